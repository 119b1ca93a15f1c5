// Sources and paired readouts against a real Neo4j: two readouts of one meeting by two governments
// (test/fixtures/compare) and one sample by a third issuer. Issuer fields on documents, issuer counts
// on facts, the issuer filter of /api/graph, and GET /api/compare's three lists.
import { join } from 'node:path';

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { documentId } from '../graph/write-plan.ts';
import type {
  ApiErrorBody,
  ApiGraph,
  ComparedFact,
  CompareResponse,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
} from '../graph/types.ts';
import { importPaths } from '../importer/write.ts';
import { apiServer, call, SAMPLES_DIR } from './api-helpers.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'compare');
const JAPAN_FILE = '2023-11-16-japan-china-summit-san-francisco.txt';
const CHINA_FILE = '2023-11-16-china-japan-meeting-san-francisco.md';
const THIRD_FILE = '2019-12-09-normandy-format-summit-paris-elysee.html';
const JAPAN = documentId(JAPAN_FILE);
const CHINA = documentId(CHINA_FILE);
const MOFA_JAPAN = 'Ministry of Foreign Affairs of Japan';
const MFA_CHINA = "Ministry of Foreign Affairs of the People's Republic of China";

let conn: GraphConnection;
let app: FastifyInstance;
let full: ApiGraph;

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  const summary = await importPaths(
    conn,
    [join(FIXTURES, JAPAN_FILE), join(FIXTURES, CHINA_FILE), join(SAMPLES_DIR, THIRD_FILE)],
    { onError: 'fail' },
  );
  expect(summary.imported).toBe(3);
  app = await apiServer(conn);
  full = (await call<ApiGraph>(app, '/api/graph?limit=20000')).body;
});
afterAll(async () => {
  await app?.close();
  await conn?.close();
});

/** Names of the two ends of an edge of the full graph. */
const nameOf = (g: ApiGraph, id: string) => g.nodes.find((n) => n.key === id)?.attributes.label ?? id;
const holds = (g: ApiGraph, person: string) =>
  g.edges.find((e) => e.attributes.relType === 'HOLDS_OFFICE' && nameOf(g, e.source) === person);
const factLine = (f: ComparedFact) => `${f.from.name} ${f.type} ${f.to.name}`;

describe('issuers of documents', () => {
  it('lists each document with its issuer', async () => {
    const docs = (await call<DocumentSummary[]>(app, '/api/documents')).body;
    const issuer = Object.fromEntries(docs.map((d) => [d.id, d.issuer]));
    expect(issuer[JAPAN]).toBe(MOFA_JAPAN);
    expect(issuer[CHINA]).toBe(MFA_CHINA);
    expect(issuer[documentId(THIRD_FILE)]).toBe('Élysée - Présidence de la République');
  });

  it('gives one document its issuer and its headline as title (no category line, no "# ")', async () => {
    const japan = (await call<DocumentDetail>(app, `/api/documents/${JAPAN}`)).body;
    expect(japan).toMatchObject({ issuer: MOFA_JAPAN, title: 'Japan-China Summit Meeting' });
    const china = (await call<DocumentDetail>(app, `/api/documents/${CHINA}`)).body;
    expect(china.title).toBe('President Xi Jinping Meets with Japanese Prime Minister Fumio Kishida');
    expect(china.text).not.toMatch(/^#/m);
  });
});

describe('issuer counts on facts', () => {
  it('counts two issuers for a fact both readouts state and one for a fact only one states', () => {
    const kishida = holds(full, 'Fumio Kishida');
    expect(kishida?.attributes.docs.sort()).toEqual([CHINA, JAPAN].sort());
    expect(kishida?.attributes.issuers).toBe(2);
    // The edge carries its first sentence (the other is fetched on demand); issuers come from every document.
    expect([MFA_CHINA, MOFA_JAPAN]).toContain(kishida?.attributes.evidence[0]?.docIssuer);
    expect(kishida?.attributes.evidenceCount).toBe(2);
    expect(holds(full, 'Yoshimasa Hayashi')?.attributes.issuers).toBe(1);
    expect(holds(full, 'Wang Yi')?.attributes.issuers).toBe(1);
    for (const e of full.edges) expect(e.attributes.issuers).toBeLessThanOrEqual(e.attributes.docs.length);
  });

  it('gives the issuer count on the relationships of /api/entities/:id', async () => {
    const id = full.nodes.find((n) => n.attributes.label === 'Fumio Kishida')!.key;
    const detail = (await call<EntityDetail>(app, `/api/entities/${encodeURIComponent(id)}`)).body;
    const rows = detail.relationships.HOLDS_OFFICE ?? [];
    expect(rows.map((r) => r.attributes.issuers)).toEqual([2]);
    const events = detail.relationships.PARTICIPATED_IN ?? [];
    expect(events.length).toBeGreaterThan(0);
    for (const r of events) expect(r.attributes.issuers).toBe(1);
  });
});

describe('GET /api/graph?issuer=', () => {
  it("keeps only facts stated by that issuer's documents, in any case", async () => {
    const g = (await call<ApiGraph>(app, `/api/graph?issuer=${encodeURIComponent(MOFA_JAPAN.toUpperCase())}`)).body;
    expect(g.edges.length).toBeGreaterThan(0);
    for (const e of g.edges) expect(e.attributes.docs).toContain(JAPAN);
    expect(holds(g, 'Yoshimasa Hayashi')).toBeDefined();
    expect(holds(g, 'Wang Yi')).toBeUndefined();
    expect(g.nodes.some((n) => n.attributes.label === 'Wang Yi')).toBe(false);
  });

  it('takes several issuers, combines with docs, and gives an empty graph for an unknown issuer', async () => {
    const both = (await call<ApiGraph>(app, `/api/graph?issuer=${encodeURIComponent(`${MOFA_JAPAN},${MFA_CHINA}`)}`))
      .body;
    expect(holds(both, 'Wang Yi')).toBeDefined();
    expect(holds(both, 'Yoshimasa Hayashi')).toBeDefined();
    for (const e of both.edges) expect(e.attributes.docs.some((d) => d === JAPAN || d === CHINA)).toBe(true);
    expect(both.edges.length).toBeLessThan(full.edges.length);
    const narrowed = (
      await call<ApiGraph>(app, `/api/graph?issuer=${encodeURIComponent(MOFA_JAPAN)}&docs=${encodeURIComponent(CHINA)}`)
    ).body;
    expect(narrowed.edges).toEqual([]);
    const none = (await call<ApiGraph>(app, '/api/graph?issuer=Nobody%20at%20all')).body;
    expect(none).toMatchObject({ nodes: [], edges: [] });
  });
});

describe('GET /api/compare', () => {
  it('splits the facts into both, only the first, only the second, with each sentence', async () => {
    const res = await call<CompareResponse>(app, `/api/compare?a=${JAPAN}&b=${CHINA}`);
    expect(res.status).toBe(200);
    const { a, b, both, onlyA, onlyB, graph } = res.body;
    expect(a).toMatchObject({ id: JAPAN, issuer: MOFA_JAPAN });
    expect(b).toMatchObject({ id: CHINA, issuer: MFA_CHINA });
    const kishida = both.find((f) => factLine(f) === 'Fumio Kishida HOLDS_OFFICE Prime Minister of Japan');
    expect(kishida?.a?.sentence).toMatch(/Mr\. Fumio Kishida, Prime Minister of Japan/);
    expect(kishida?.b?.sentence).toMatch(/Japanese Prime Minister Fumio Kishida|Prime Minister of Japan Fumio Kishida/);
    expect(onlyA.map(factLine)).toContain('Yoshimasa Hayashi HOLDS_OFFICE Chief Cabinet Secretary of Japan');
    expect(onlyB.map((f) => f.from.name)).toContain('Wang Yi');
    for (const f of both) expect(f.a && f.b).toBeTruthy();
    for (const f of onlyA) expect(f.a && !f.b).toBeTruthy();
    for (const f of onlyB) expect(!f.a && f.b).toBeTruthy();
    // Nothing from the third document, and the graph holds exactly the compared facts.
    const keys = [...both, ...onlyA, ...onlyB].map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(graph.edges.map((e) => e.key).sort()).toEqual([...keys].sort());
    for (const e of graph.edges) expect(e.attributes.docs.some((d) => d === JAPAN || d === CHINA)).toBe(true);
    // Each document's facts are what its own graph page holds.
    const ofJapan = (await call<ApiGraph>(app, `/api/graph?docs=${JAPAN}`)).body.edges.map((e) => e.key);
    expect([...both, ...onlyA].map((f) => f.key).sort()).toEqual([...ofJapan].sort());
  });

  it('swaps the lists when the documents swap', async () => {
    const ab = (await call<CompareResponse>(app, `/api/compare?a=${JAPAN}&b=${CHINA}`)).body;
    const ba = (await call<CompareResponse>(app, `/api/compare?a=${CHINA}&b=${JAPAN}`)).body;
    expect(ba.onlyA.map((f) => f.key).sort()).toEqual(ab.onlyB.map((f) => f.key).sort());
    expect(ba.both.map((f) => f.key).sort()).toEqual(ab.both.map((f) => f.key).sort());
  });

  it('answers 400 for a missing or repeated id and 404 for an unknown document', async () => {
    const missing = await call<ApiErrorBody>(app, `/api/compare?a=${JAPAN}`);
    expect(missing.status).toBe(400);
    const same = await call<ApiErrorBody>(app, `/api/compare?a=${JAPAN}&b=${JAPAN}`);
    expect(same.status).toBe(400);
    expect(same.body.error.message).toMatch(/two different documents/);
    const unknown = await call<ApiErrorBody>(app, `/api/compare?a=${JAPAN}&b=document:nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/document:nope/);
  });
});
