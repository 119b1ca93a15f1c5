// Time: the holders of an office (with who held it on a date) and the graph as it stood on a date.
import type { GraphConnection } from './connection.ts';
import { GraphStoreError } from './errors.ts';
import { dateOnOrBefore, holdingOn, type Tenure } from './office-tenure.ts';
import { compact, runRead, str } from './read-common.ts';
import { keepDocuments } from './read-evidence.ts';
import { getGraph } from './read-store.ts';
import { NEG_DOCUMENTS_UNTIL, NEG_OFFICE_TENURES, OFFICE_HOLDERS } from './queries/negotiations.ts';
import type { ApiGraph, GraphFilter, OfficeHolder, OfficeHoldersResponse } from './types.ts';

interface HolderRow {
  id: string;
  name: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  former: boolean | null;
  docs: unknown;
}

const byFirstSeen = (a: OfficeHolder, b: OfficeHolder): number =>
  (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999') || a.person.name.localeCompare(b.person.name);

/** Every holder of the office with first and last seen dates; with `date`, those holding it then. */
export async function getOfficeHolders(
  conn: GraphConnection,
  id: string,
  date?: string,
): Promise<OfficeHoldersResponse> {
  const rec = (await runRead(conn, OFFICE_HOLDERS, { id }))[0];
  if (!rec) {
    throw new GraphStoreError('NOT_FOUND', `graph/read-time: no office with id "${id}"`, {
      hint: 'Find office ids with GET /api/search?q=<title>.',
    });
  }
  const holders: OfficeHolder[] = (rec.get('holders') as HolderRow[]).map((h) =>
    compact({
      person: { id: h.id, name: h.name ?? h.id },
      firstSeen: h.firstSeen ?? undefined,
      lastSeen: h.lastSeen ?? undefined,
      former: h.former === true ? true : undefined,
      docs: Number(h.docs ?? 0),
    }),
  );
  const stateId = str(rec.get('stateId'));
  const office = compact({
    id,
    name: str(rec.get('name')) ?? id,
    state: stateId ? { id: stateId, name: str(rec.get('stateName')) ?? stateId } : undefined,
  });
  if (!date) return { office, holders: holders.sort(byFirstSeen) };
  const held = holdingOn(
    holders.map((h) => compact({ id: h.person.id, firstSeen: h.firstSeen, lastSeen: h.lastSeen })),
    date,
  );
  const marked = holders.map((h) => (held.has(h.person.id) ? { ...h, heldOn: held.get(h.person.id) } : h));
  marked.sort(byFirstSeen);
  return { office, holders: marked, date, holdersOnDate: marked.filter((h) => h.heldOn) };
}

/**
 * The graph as it stood on `asOf`: facts attested by readouts dated on or before it (their evidence
 * limited to those readouts), events dated after it left out, and HOLDS_OFFICE only where the person
 * held the office then (see office-tenure.ts). The filter's other fields apply as in getGraph.
 */
export async function getGraphAsOf(conn: GraphConnection, filter: GraphFilter, asOf: string): Promise<ApiGraph> {
  const to = filter.to && filter.to < asOf ? filter.to : asOf;
  const page = await getGraph(conn, { ...filter, to });
  const keepDocs = new Set((await runRead(conn, NEG_DOCUMENTS_UNTIL, { asOf }))[0]?.get('ids') as string[]);
  const later = new Set(
    page.nodes
      .filter((n) => n.attributes.entityType === 'Event' && typeof n.attributes.props.date === 'string')
      .filter((n) => !dateOnOrBefore(n.attributes.props.date as string, asOf))
      .map((n) => n.key),
  );
  const officeIds = page.nodes.filter((n) => n.attributes.entityType === 'Office').map((n) => n.key);
  const held = await heldOffices(conn, officeIds, asOf);
  const edges = page.edges.flatMap((e) => {
    if (later.has(e.source) || later.has(e.target)) return [];
    if (e.attributes.relType === 'HOLDS_OFFICE' && !held.has(`${e.source}|${e.target}`)) return [];
    return [keepDocuments(e, keepDocs)];
  });
  return { nodes: page.nodes.filter((n) => !later.has(n.key)), edges, truncated: page.truncated };
}

/** Every holding of the offices `officeIds` with its dates, by office. */
export async function tenuresOf(conn: GraphConnection, officeIds: string[]): Promise<Map<string, Tenure[]>> {
  const byOffice = new Map<string, Tenure[]>();
  for (const r of await runRead(conn, NEG_OFFICE_TENURES, { ids: officeIds })) {
    const office = String(r.get('office'));
    const list = byOffice.get(office) ?? [];
    list.push(
      compact({ id: String(r.get('person')), firstSeen: str(r.get('firstSeen')), lastSeen: str(r.get('lastSeen')) }),
    );
    byOffice.set(office, list);
  }
  return byOffice;
}

/** `person|office` pairs of the holdings current on `asOf`. */
async function heldOffices(conn: GraphConnection, officeIds: string[], asOf: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const [office, tenures] of await tenuresOf(conn, officeIds)) {
    for (const person of holdingOn(tenures, asOf).keys()) out.add(`${person}|${office}`);
  }
  return out;
}
