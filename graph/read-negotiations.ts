// GET /api/negotiations: who negotiates for whom, on what, under whom. The chains principal ←
// negotiator (NEGOTIATES_FOR), negotiator → agreement (NEGOTIATES) and negotiator → superior
// (REPORTS_TO), for the whole graph or around one agreement, state or person, optionally as they stood
// on a date: each person with the offices held then and a side (the state or organisation they act for).
import type { Node } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { GraphStoreError } from './errors.ts';
import { holdingOn, type Tenure } from './office-tenure.ts';
import { compact, documentSummary, edgesFromRecords, runRead, str, withDocTitles } from './read-common.ts';
import { keepDocuments } from './read-evidence.ts';
import { tenuresOf } from './read-time.ts';
import {
  NEG_ALL_NEGOTIATORS,
  NEG_DOCUMENTS_UNTIL,
  NEG_LINKS,
  NEG_NEGOTIATORS_OF_AGREEMENTS,
  NEG_NEGOTIATORS_OF_PERSON,
  NEG_NEGOTIATORS_OF_STATE,
  NEG_PARTIES,
  NEG_PERSON_OFFICES,
} from './queries/negotiations.ts';
import { READ_DOCUMENT_SUMMARIES } from './queries/read.ts';
import type { EntityLabel } from './schema.ts';
import type {
  ApiEdge,
  DocumentSummary,
  EntityRef,
  NegotiationChain,
  NegotiationParty,
  NegotiationsResponse,
  OfficeTenureRow,
} from './types.ts';
import { nodeLabelOf } from './wire.ts';

export interface NegotiationsQuery {
  agreement?: string;
  state?: string;
  person?: string;
  /** ISO date: only facts attested by readouts dated on or before it; offices held then. */
  asOf?: string;
}

/** How far above the negotiators the chains of superiors and principals are followed. */
const MAX_CLIMB = 3;

const idsOf = async (conn: GraphConnection, query: string, params: Record<string, unknown>): Promise<string[]> =>
  ((await runRead(conn, query, params))[0]?.get('ids') as string[] | undefined) ?? [];

/** The entity nodes `ids` (people, states, organisations, agreements) by id. */
async function partyNodes(conn: GraphConnection, ids: string[]): Promise<Map<string, Node>> {
  const rows = await runRead(conn, NEG_PARTIES, { ids });
  return new Map(rows.map((r) => r.get('n') as Node).map((n) => [String(n.properties.id), n]));
}

const FOCUS_LABELS: Record<'agreement' | 'state' | 'person', readonly EntityLabel[]> = {
  agreement: ['Agreement'],
  state: ['State', 'Organization'],
  person: ['Person'],
};

/** The focus entity, or NOT_FOUND naming the parameter. */
async function resolveFocus(conn: GraphConnection, q: NegotiationsQuery): Promise<EntityRef | undefined> {
  const kind = (['agreement', 'state', 'person'] as const).find((k) => q[k] !== undefined);
  if (!kind) return undefined;
  const id = q[kind]!;
  const node = (await partyNodes(conn, [id])).get(id);
  const label = node ? nodeLabelOf(node) : undefined;
  if (!node || !label || !(FOCUS_LABELS[kind] as readonly string[]).includes(label)) {
    throw new GraphStoreError('NOT_FOUND', `graph/read-negotiations: no ${kind} with id "${id}"`, {
      hint: `Find ids with GET /api/search?q=<name>; \`${kind}\` takes ${FOCUS_LABELS[kind].join(' or ')} ids.`,
    });
  }
  return { id, name: str(node.properties.name) ?? id, entityType: label };
}

/** The negotiators to start from and the agreements their NEGOTIATES facts are limited to (null: any). */
async function startingPoint(
  conn: GraphConnection,
  focus: EntityRef | undefined,
): Promise<{ ids: string[]; agreements: string[] | null }> {
  if (!focus) return { ids: await idsOf(conn, NEG_ALL_NEGOTIATORS, {}), agreements: null };
  if (focus.entityType === 'Agreement') {
    return {
      ids: await idsOf(conn, NEG_NEGOTIATORS_OF_AGREEMENTS, { agreements: [focus.id] }),
      agreements: [focus.id],
    };
  }
  if (focus.entityType === 'Person') {
    return { ids: [focus.id, ...(await idsOf(conn, NEG_NEGOTIATORS_OF_PERSON, { id: focus.id }))], agreements: null };
  }
  const row = (await runRead(conn, NEG_NEGOTIATORS_OF_STATE, { id: focus.id }))[0];
  const agreements = [...new Set((row?.get('agreements') as string[] | undefined) ?? [])];
  const own = (row?.get('ids') as string[] | undefined) ?? [];
  const counterparts = await idsOf(conn, NEG_NEGOTIATORS_OF_AGREEMENTS, { agreements });
  return { ids: [...new Set([...own, ...counterparts])], agreements };
}

/** Keeps only the evidence of readouts in `keep` (all when null); drops facts left with none. */
function onlyDocs(edges: ApiEdge[], keep: ReadonlySet<string> | null): ApiEdge[] {
  if (!keep) return edges;
  return edges.map((e) => keepDocuments(e, keep)).filter((e) => e.attributes.docs.length > 0);
}

/** The facts of the negotiators, then of their principals and superiors, up to MAX_CLIMB levels. */
async function collectLinks(
  conn: GraphConnection,
  start: { ids: string[]; agreements: string[] | null },
  keep: ReadonlySet<string> | null,
): Promise<ApiEdge[]> {
  const links = new Map<string, ApiEdge>();
  const visited = new Set(start.ids);
  let frontier = start.ids;
  for (let level = 0; level <= MAX_CLIMB && frontier.length; level++) {
    const records = await runRead(conn, NEG_LINKS, {
      ids: frontier,
      withNegotiates: level === 0,
      agreements: start.agreements,
    });
    const found = onlyDocs(edgesFromRecords(records), keep);
    for (const e of found) links.set(e.key, e);
    frontier = [...new Set(found.filter((e) => e.attributes.relType !== 'NEGOTIATES').map((e) => e.target))].filter(
      (id) => id.startsWith('person:') && !visited.has(id),
    );
    frontier.forEach((id) => visited.add(id));
  }
  return [...links.values()];
}

interface OfficeRow extends OfficeTenureRow {
  person: string;
}

/** Every office of the people `ids` with its dates, and the tenures of every holder of those offices. */
async function officesOf(
  conn: GraphConnection,
  ids: string[],
): Promise<{ rows: OfficeRow[]; tenures: Map<string, Tenure[]> }> {
  const seen = new Set<string>();
  const rows: OfficeRow[] = [];
  for (const r of await runRead(conn, NEG_PERSON_OFFICES, { ids })) {
    const key = `${String(r.get('person'))}|${String(r.get('id'))}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stateId = str(r.get('stateId'));
    rows.push(
      compact({
        person: String(r.get('person')),
        id: String(r.get('id')),
        name: str(r.get('name')) ?? String(r.get('id')),
        state: stateId ? { id: stateId, name: str(r.get('stateName')) ?? stateId } : undefined,
        firstSeen: str(r.get('firstSeen')),
        lastSeen: str(r.get('lastSeen')),
        former: r.get('former') === true ? true : undefined,
      }),
    );
  }
  const tenures = await tenuresOf(conn, [...new Set(rows.map((o) => o.id))]);
  return { rows, tenures };
}

/** The readouts that attest `links`, oldest first. */
async function documentsOf(conn: GraphConnection, links: ApiEdge[]): Promise<DocumentSummary[]> {
  const ids = [...new Set(links.flatMap((l) => l.attributes.docs))];
  const docs = (await runRead(conn, READ_DOCUMENT_SUMMARIES, { ids })).map(documentSummary);
  // Oldest first, undated last, as in the document list (code-unit order, as Cypher sorts strings).
  const key = (d: DocumentSummary) => [d.date === undefined ? 1 : 0, d.date ?? '', d.id].join('\u0000');
  return docs.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The latest date of the readouts attesting a link of `id` (when its offices are read without asOf). */
function latestDate(id: string, links: ApiEdge[], dates: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  for (const l of links) {
    if (l.source !== id && l.target !== id) continue;
    for (const d of l.attributes.docs) {
      const date = dates.get(d)?.slice(0, 10);
      if (date && (!best || date > best)) best = date;
    }
  }
  return best;
}

/**
 * A person's side: the state or organisation they negotiate for, else the state of an office held
 * then, else of any office (the layout gives the rest the side of whom they act for).
 */
function sideOf(id: string, offices: OfficeTenureRow[], links: ApiEdge[], nodes: Map<string, Node>) {
  const principal = links.find(
    (l) => l.source === id && l.attributes.relType === 'NEGOTIATES_FOR' && !l.target.startsWith('person:'),
  );
  const node = principal ? nodes.get(principal.target) : undefined;
  if (node && principal) return { id: principal.target, name: str(node.properties.name) ?? principal.target };
  const office = offices.find((o) => o.heldOn && o.state) ?? offices.find((o) => o.state);
  return office?.state;
}

function toParty(
  node: Node,
  ctx: {
    links: ApiEdge[];
    offices: OfficeRow[];
    tenures: Map<string, Tenure[]>;
    dates: Map<string, string>;
    nodes: Map<string, Node>;
    asOf?: string;
  },
): NegotiationParty | undefined {
  const entityType = nodeLabelOf(node);
  if (!entityType) return undefined;
  const id = String(node.properties.id);
  const base = { id, name: str(node.properties.name) ?? id, entityType };
  if (entityType === 'Agreement') {
    return compact({ ...base, offices: [], status: str(node.properties.status), kind: str(node.properties.kind) });
  }
  if (entityType !== 'Person') return { ...base, offices: [] };
  const at = ctx.asOf ?? latestDate(id, ctx.links, ctx.dates);
  const offices = ctx.offices
    .filter((o) => o.person === id)
    .map(({ person: _person, ...o }) => {
      const heldOn = at ? holdingOn(ctx.tenures.get(o.id) ?? [], at).get(id) : undefined;
      return heldOn ? { ...o, heldOn } : o;
    });
  return compact({ ...base, offices, at, side: sideOf(id, offices, ctx.links, ctx.nodes) });
}

function chainsOf(links: ApiEdge[]): NegotiationChain[] {
  const chains = new Map<string, NegotiationChain>();
  for (const l of links) {
    const c = chains.get(l.source) ?? { negotiator: l.source, principals: [], agreements: [], reportsTo: [] };
    if (l.attributes.relType === 'NEGOTIATES_FOR') c.principals.push(l.target);
    else if (l.attributes.relType === 'NEGOTIATES') c.agreements.push(l.target);
    else c.reportsTo.push(l.target);
    chains.set(l.source, c);
  }
  return [...chains.values()]
    .filter((c) => c.principals.length || c.agreements.length)
    .sort((a, b) => a.negotiator.localeCompare(b.negotiator));
}

/** The negotiation chains for the query; NOT_FOUND when the focus id is unknown or of the wrong kind. */
export async function getNegotiations(conn: GraphConnection, q: NegotiationsQuery = {}): Promise<NegotiationsResponse> {
  const focus = await resolveFocus(conn, q);
  const keep = q.asOf ? new Set(await idsOf(conn, NEG_DOCUMENTS_UNTIL, { asOf: q.asOf })) : null;
  const links = await withDocTitles(conn, await collectLinks(conn, await startingPoint(conn, focus), keep));
  const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))];
  const [nodes, documents, offices] = await Promise.all([
    partyNodes(conn, ids),
    documentsOf(conn, links),
    officesOf(
      conn,
      ids.filter((id) => id.startsWith('person:')),
    ),
  ]);
  const dates = new Map(documents.flatMap((d) => (d.date ? [[d.id, d.date] as const] : [])));
  const ctx = { links, offices: offices.rows, tenures: offices.tenures, dates, nodes, asOf: q.asOf };
  const parties = [...nodes.values()]
    .map((n) => toParty(n, ctx))
    .filter((p): p is NegotiationParty => p !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  return compact({ asOf: q.asOf, focus, parties, links, chains: chainsOf(links), documents });
}
