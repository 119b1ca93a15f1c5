// GET /api/negotiations, GET /api/offices/:id/holders and GET /api/graph?asOf= against a real Neo4j
// holding two Japan–Russia readouts: the 2018-12-01 sample and a fixture of the 2019-01-22 summit.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import type {
  ApiErrorBody,
  ApiGraph,
  NegotiationParty,
  NegotiationsResponse,
  OfficeHoldersResponse,
} from '../graph/types.ts';
import { join } from 'node:path';

import { importPaths } from '../importer/write.ts';
import { apiServer, call, SAMPLES_DIR } from './api-helpers.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

const READOUTS = [
  join(SAMPLES_DIR, '2018-12-01-japan-russia-summit.txt'),
  join(import.meta.dirname, 'fixtures', 'negotiations', '2019-01-22-japan-russia-summit-moscow.txt'),
];

let conn: GraphConnection;
let app: FastifyInstance;

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  const summary = await importPaths(conn, READOUTS, { onError: 'fail' });
  expect(summary.imported).toBe(READOUTS.length);
  app = await apiServer(conn);
});
afterAll(async () => {
  await app?.close();
  await conn?.close();
});

/** The id of the one Person whose name ends with `surname` (ids come from the import, not from here). */
async function personId(surname: string): Promise<string> {
  const res = await runConsoleQuery(conn, 'MATCH (p:Person) WHERE p.name ENDS WITH $s RETURN p.id', { s: surname });
  expect(res.rows, `one person named …${surname}`).toHaveLength(1);
  return String(res.rows[0]![0]);
}

/** Ids of several people by surname. */
async function people<K extends string>(...surnames: K[]): Promise<Record<K, string>> {
  return Object.fromEntries(await Promise.all(surnames.map(async (s) => [s, await personId(s)] as const))) as Record<
    K,
    string
  >;
}

const party = (body: NegotiationsResponse, id: string): NegotiationParty => {
  const p = body.parties.find((x) => x.id === id);
  expect(p, `party ${id}`).toBeDefined();
  return p!;
};

const hasLink = (body: NegotiationsResponse, type: string, from: string, to: string) =>
  body.links.some((l) => l.attributes.relType === type && l.source === from && l.target === to);

const expectError = (res: { status: number; body: unknown }, status: number, code: string, text?: RegExp) => {
  expect(res.status).toBe(status);
  expect((res.body as ApiErrorBody).error.code).toBe(code);
  if (text) expect((res.body as ApiErrorBody).error.message).toMatch(text);
};

describe('GET /api/negotiations', () => {
  it('gives the chains of the Japan–Russia peace treaty, with offices, sides and evidence', async () => {
    const {
      Mori: mori,
      Abe: abe,
      Kono: kono,
      Morgulov: morgulov,
      Putin: putin,
      Lavrov: lavrov,
    } = await people('Mori', 'Abe', 'Kono', 'Morgulov', 'Putin', 'Lavrov');
    const { status, body } = await call<NegotiationsResponse>(
      app,
      '/api/negotiations?agreement=agreement:peace-treaty',
    );
    expect(status).toBe(200);
    expect(body.focus).toMatchObject({ id: 'agreement:peace-treaty', entityType: 'Agreement' });
    expect(hasLink(body, 'NEGOTIATES_FOR', mori, abe)).toBe(true);
    expect(hasLink(body, 'NEGOTIATES_FOR', morgulov, putin)).toBe(true);
    expect(hasLink(body, 'REPORTS_TO', mori, kono)).toBe(true);
    expect(hasLink(body, 'REPORTS_TO', morgulov, lavrov)).toBe(true);
    expect(hasLink(body, 'NEGOTIATES', mori, 'agreement:peace-treaty')).toBe(true);
    // Only this agreement's NEGOTIATES facts.
    expect(body.links.filter((l) => l.attributes.relType === 'NEGOTIATES').map((l) => l.target)).toEqual(
      expect.arrayContaining(['agreement:peace-treaty']),
    );
    expect(new Set(body.links.filter((l) => l.attributes.relType === 'NEGOTIATES').map((l) => l.target)).size).toBe(1);
    expect(body.chains.find((c) => c.negotiator === mori)).toMatchObject({
      principals: [abe],
      agreements: ['agreement:peace-treaty'],
      reportsTo: [kono],
    });

    expect(party(body, mori).side?.id).toBe('state:japan');
    expect(party(body, morgulov).side?.id).toBe('state:russia');
    const moriHeld = party(body, mori)
      .offices.filter((o) => o.heldOn)
      .map((o) => o.name);
    expect(moriHeld.some((n) => /Special Representative/.test(n))).toBe(true);
    expect(party(body, abe).offices.find((o) => o.heldOn)?.name).toBe('Prime Minister of Japan');
    expect(party(body, kono).offices.find((o) => o.heldOn)?.name).toBe('Minister for Foreign Affairs of Japan');

    const link = body.links.find((l) => l.attributes.relType === 'NEGOTIATES_FOR' && l.source === mori)!;
    expect(link.attributes.evidence[0]?.sentence).toMatch(/Mori/);
    expect(link.attributes.evidence[0]?.docTitle).toBeTruthy();
    const docIds = new Set(body.documents.map((d) => d.id));
    for (const l of body.links) for (const d of l.attributes.docs) expect(docIds.has(d)).toBe(true);
    expect(body.documents.map((d) => d.date?.slice(0, 10))).toEqual(['2018-12-01', '2019-01-22']);
  });

  it('as of a date keeps only the readouts dated on or before it', async () => {
    const mori = await personId('Mori');
    const before = await call<NegotiationsResponse>(
      app,
      '/api/negotiations?agreement=agreement:peace-treaty&asOf=2018-11-30',
    );
    expect(before.status).toBe(200);
    expect(before.body.links).toEqual([]);
    expect(before.body.chains).toEqual([]);

    const { body } = await call<NegotiationsResponse>(
      app,
      '/api/negotiations?agreement=agreement:peace-treaty&asOf=2019-01-01',
    );
    expect(body.asOf).toBe('2019-01-01');
    expect(body.documents.map((d) => d.date?.slice(0, 10))).toEqual(['2018-12-01']);
    for (const l of body.links) expect(l.attributes.docs).toEqual([body.documents[0]!.id]);
    expect(party(body, mori).at).toBe('2019-01-01');
    const full = await call<NegotiationsResponse>(app, '/api/negotiations?agreement=agreement:peace-treaty');
    expect(full.body.links.some((l) => l.attributes.docs.length === 2)).toBe(true);
  });

  it('for a state, gives its negotiators and their counterparts', async () => {
    const { Mori: mori, Morgulov: morgulov } = await people('Mori', 'Morgulov');
    const { status, body } = await call<NegotiationsResponse>(app, '/api/negotiations?state=state:japan');
    expect(status).toBe(200);
    const negotiators = body.chains.map((c) => c.negotiator);
    expect(negotiators).toEqual(expect.arrayContaining([mori, morgulov]));
    expect(body.parties.map((p) => p.id)).toContain('agreement:peace-treaty');
    const none = await call<NegotiationsResponse>(app, '/api/negotiations?state=state:ukraine');
    expect(none.status).toBe(200);
    expect(none.body.links).toEqual([]);
  });

  it('for a person, gives who negotiates for them or reports to them', async () => {
    const { Abe: abe, Mori: mori, Morgulov: morgulov } = await people('Abe', 'Mori', 'Morgulov');
    const { body } = await call<NegotiationsResponse>(app, `/api/negotiations?person=${abe}`);
    expect(body.chains.map((c) => c.negotiator)).toContain(mori);
    expect(body.chains.map((c) => c.negotiator)).not.toContain(morgulov);
  });

  it('for the whole graph, gives every negotiation', async () => {
    const { body } = await call<NegotiationsResponse>(app, '/api/negotiations');
    const expected = await runConsoleQuery(
      conn,
      'MATCH (p:Person)-[:NEGOTIATES|NEGOTIATES_FOR]->() RETURN count(DISTINCT p) AS n',
    );
    expect(body.chains).toHaveLength(Number(expected.rows[0]![0]));
    expect(body.focus).toBeUndefined();
  });

  it('rejects bad input and unknown ids in the error shape', async () => {
    expectError(
      await call(app, '/api/negotiations?agreement=agreement:peace-treaty&state=state:japan'),
      400,
      'BAD_REQUEST',
      /at most one/,
    );
    expectError(await call(app, '/api/negotiations?asOf=2018-13-01'), 400, 'BAD_REQUEST', /asOf/);
    expectError(await call(app, '/api/negotiations?who=x'), 400, 'BAD_REQUEST');
    expectError(
      await call(app, '/api/negotiations?agreement=agreement:nothing-like-this'),
      404,
      'NOT_FOUND',
      /agreement/,
    );
    expectError(await call(app, '/api/negotiations?agreement=state:japan'), 404, 'NOT_FOUND');
    expectError(await call(app, '/api/negotiations?person=state:japan'), 404, 'NOT_FOUND', /person/);
  });
});

describe('GET /api/offices/:id/holders', () => {
  const office = 'office:minister-of-foreign-affairs-of-japan';

  it('lists the holders with first and last seen dates, and who held it on a date', async () => {
    const kono = await personId('Kono');
    const stored = await runConsoleQuery(
      conn,
      'MATCH (p:Person)-[h:HOLDS_OFFICE]->(:Office {id: $o}) RETURN p.id, h.firstSeen, h.lastSeen',
      { o: office },
    );
    const { status, body } = await call<OfficeHoldersResponse>(app, `/api/offices/${office}/holders`);
    expect(status).toBe(200);
    expect(body.office).toMatchObject({ id: office, state: { id: 'state:japan' } });
    expect(body.holders.map((h) => [h.person.id, h.firstSeen, h.lastSeen])).toEqual(
      expect.arrayContaining(stored.rows.map((r) => [r[0], r[1], r[2]])),
    );
    expect(body.holders).toHaveLength(stored.rows.length);
    expect(body.holdersOnDate).toBeUndefined();

    const on = await call<OfficeHoldersResponse>(app, `/api/offices/${office}/holders?date=2019-01-01`);
    expect(on.body.date).toBe('2019-01-01');
    expect(on.body.holdersOnDate?.map((h) => h.person.id)).toEqual([kono]);
    expect(on.body.holdersOnDate?.[0]?.heldOn).toBe('attested');
    // After the last readout, presumed still in office (no successor seen).
    const later = await call<OfficeHoldersResponse>(app, `/api/offices/${office}/holders?date=2019-03-01`);
    expect(later.body.holdersOnDate?.map((h) => [h.person.id, h.heldOn])).toEqual([[kono, 'inferred']]);

    const early = await call<OfficeHoldersResponse>(app, `/api/offices/${office}/holders?date=2010-01-01`);
    expect(early.body.holdersOnDate).toEqual([]);
  });

  it('answers 404 for an unknown office and 400 for a bad date', async () => {
    expectError(await call(app, '/api/offices/office:nothing/holders'), 404, 'NOT_FOUND', /office/);
    expectError(await call(app, `/api/offices/${office}/holders?date=yesterday`), 400, 'BAD_REQUEST', /date/);
  });
});

describe('GET /api/graph?asOf=', () => {
  const summit = 'event:24th-japan-russia-summit-meeting';

  it('shows the 2018-12-01 summit from that day on, not before', async () => {
    const before = await call<ApiGraph>(app, '/api/graph?asOf=2018-11-30');
    const on = await call<ApiGraph>(app, '/api/graph?asOf=2018-12-01');
    expect(before.status).toBe(200);
    expect(before.body.nodes.map((n) => n.key)).not.toContain(summit);
    expect(on.body.nodes.map((n) => n.key)).toContain(summit);
    expect(on.body.nodes.length).toBeGreaterThan(before.body.nodes.length);
  });

  it('keeps only evidence dated on or before the date and offices held then', async () => {
    const docs = await runConsoleQuery(conn, 'MATCH (d:Document) RETURN d.id, d.date');
    const dates = new Map(docs.rows.map((r) => [String(r[0]), String(r[1])]));
    const { body } = await call<ApiGraph>(app, '/api/graph?asOf=2019-01-01&limit=20000');
    expect(body.edges.length).toBeGreaterThan(0);
    for (const e of body.edges) {
      for (const d of e.attributes.docs) expect(dates.get(d)!.slice(0, 10) <= '2019-01-01').toBe(true);
      if (e.attributes.relType === 'HOLDS_OFFICE')
        expect(e.attributes.firstSeen!.slice(0, 10) <= '2019-01-01').toBe(true);
    }
    for (const n of body.nodes) {
      if (n.attributes.entityType === 'Event' && typeof n.attributes.props.date === 'string') {
        expect(n.attributes.props.date.slice(0, 10) <= '2019-01-01').toBe(true);
      }
    }
  });

  it('rejects a bad date', async () => {
    expectError(await call(app, '/api/graph?asOf=2019-02-30'), 400, 'BAD_REQUEST', /asOf/);
  });
});
