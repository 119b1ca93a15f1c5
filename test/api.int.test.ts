// The HTTP API against a real Neo4j holding five imported samples: each route's shape and status codes,
// filters checked against the data, validation (400), unknown ids (404), read-only console (403),
// Neo4j down (503), and the graph JSON loading into graphology.
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import { dataVersionOf } from '../graph/data-version.ts';
import { getGraph } from '../graph/read-store.ts';
import { FACT_TYPES } from '../graph/schema.ts';
import type {
  ApiErrorBody,
  ApiGraph,
  CypherResponse,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
  EvidencePage,
  SearchHit,
  StatsResponse,
  TemplatesResponse,
} from '../graph/types.ts';
import { apiServer, call, importReadSamples, offlineApiServer } from './api-helpers.ts';
import { testConnection } from './helpers/db.ts';

let conn: GraphConnection;
let app: FastifyInstance;
let full: ApiGraph;

const count = async (query: string): Promise<number> =>
  Number((await runConsoleQuery(conn, query)).rows[0]?.[0] ?? NaN);

beforeAll(async () => {
  conn = await testConnection();
  await importReadSamples(conn);
  app = await apiServer(conn);
  full = (await call<ApiGraph>(app, '/api/graph?limit=20000')).body;
});
afterAll(async () => {
  await app?.close();
  await conn?.close();
});

const expectError = (res: { status: number; body: unknown }, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect((res.body as ApiErrorBody).error.code).toBe(code);
  expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /); // never a stack trace
};

describe('GET /api/health and /api/stats', () => {
  it('reports the database', async () => {
    const res = await call<{ ok: boolean; serverVersion: string }>(app, '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.serverVersion).toMatch(/Neo4j/);
  });

  it('counts what is stored', async () => {
    const { status, body } = await call<StatsResponse>(app, '/api/stats');
    expect(status).toBe(200);
    expect(body.labels.Person).toBe(await count('MATCH (n:Person) RETURN count(n)'));
    expect(body.labels.Document).toBe(5);
    expect(body.types.HOLDS_OFFICE).toBe(await count('MATCH ()-[r:HOLDS_OFFICE]->() RETURN count(r)'));
    expect(body).not.toHaveProperty('documents');
    expect(body.dateRange).toEqual({ min: '2018-07-17', max: '2021-02-23' });
    expect(body.states.map((s) => s.id)).toContain('state:russia');
  });

  it('gives a data version computed from the documents, stable between calls', async () => {
    const { body } = await call<StatsResponse>(app, '/api/stats');
    const shas = (await runConsoleQuery(conn, 'MATCH (d:Document) RETURN d.sha256')).rows.map((r) => String(r[0]));
    expect(shas).toHaveLength(5);
    expect(body.dataVersion).toBe(dataVersionOf(shas));
    expect((await call<StatsResponse>(app, '/api/stats')).body.dataVersion).toBe(body.dataVersion);
  });
});

describe('GET /api/templates', () => {
  it('offers read-only templates that run in the console', async () => {
    const { status, body } = await call<TemplatesResponse>(app, '/api/templates');
    expect(status).toBe(200);
    expect(body.templates.map((t) => t.title)).toEqual(
      expect.arrayContaining(['Who negotiates for whom', 'Offices of a person over time']),
    );
    for (const t of body.templates) {
      const res = await call<CypherResponse>(app, '/api/cypher', { query: t.query, params: t.params ?? {} });
      expect(res.status, t.title).toBe(200);
    }
  });
});

describe('GET /api/graph', () => {
  it('returns entities and facts only, consistent, loadable into graphology', async () => {
    expect(full.nodes.length).toBe(await count('MATCH (n:Entity) RETURN count(n)'));
    expect(full.edges.length).toBe(await count("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)"));
    expect(full.truncated).toBe(false);
    const keys = new Set(full.nodes.map((n) => n.key));
    for (const e of full.edges) {
      expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      expect(FACT_TYPES).toContain(e.attributes.relType);
      // The first attestation travels with the edge; the count says how many documents attest it.
      expect(e.attributes.evidence).toHaveLength(1);
      expect(e.attributes.evidenceCount ?? 1).toBe(e.attributes.docs.length);
      for (const ev of e.attributes.evidence) expect(ev.docTitle).toBeTruthy();
    }
    expect(full.nodes.some((n) => n.attributes.entityType === 'Document')).toBe(false);
    const g = MultiDirectedGraph.from(full as never);
    expect(g.order).toBe(full.nodes.length);
    expect(g.size).toBe(full.edges.length);
  });

  it('cites evidence that is the text of the document at the given offsets', async () => {
    const texts = new Map<string, string>();
    for (const e of full.edges.slice(0, 40)) {
      for (const ev of e.attributes.evidence) {
        if (!texts.has(ev.doc))
          texts.set(ev.doc, (await call<DocumentDetail>(app, `/api/documents/${ev.doc}`)).body.text);
        expect(texts.get(ev.doc)!.slice(ev.start, ev.end)).toBe(ev.sentence);
      }
    }
  });

  it('pages through the attestations of a fact: one per document, each the text at its offsets', async () => {
    const shared = full.edges.filter((e) => (e.attributes.evidenceCount ?? 0) > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const e of shared.slice(0, 10)) {
      const url = `/api/relationships/${encodeURIComponent(e.key)}/evidence`;
      const all = (await call<EvidencePage>(app, `${url}?limit=500`)).body;
      expect(all.total).toBe(e.attributes.docs.length);
      expect(all.evidence.map((ev) => ev.doc).sort()).toEqual([...e.attributes.docs].sort());
      expect(all.evidence).toContainEqual(e.attributes.evidence[0]);
      for (const ev of all.evidence) {
        const text = (await call<DocumentDetail>(app, `/api/documents/${ev.doc}`)).body.text;
        expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
        expect(ev.docTitle).toBeTruthy();
      }
      const second = (await call<EvidencePage>(app, `${url}?offset=1&limit=1`)).body;
      expect(second).toMatchObject({ total: all.total, offset: 1, evidence: [all.evidence[1]] });
    }
    expectError(
      await call(app, '/api/relationships/HOLDS_OFFICE%3Aperson%3Anobody-%3Eoffice%3Anone/evidence'),
      404,
      'NOT_FOUND',
    );
    expectError(
      await call(app, `/api/relationships/${encodeURIComponent(shared[0]!.key)}/evidence?limit=0`),
      400,
      'BAD_REQUEST',
    );
  });

  it('filters by labels, types, documents and dates', async () => {
    const persons = (await call<ApiGraph>(app, '/api/graph?labels=Person,Office&types=HOLDS_OFFICE')).body;
    expect(persons.nodes.every((n) => ['Person', 'Office'].includes(n.attributes.entityType))).toBe(true);
    expect(persons.edges.length).toBe(full.edges.filter((e) => e.attributes.relType === 'HOLDS_OFFICE').length);

    const doc = 'document:2018-12-01-japan-russia-summit';
    const byDoc = (await call<ApiGraph>(app, `/api/graph?docs=${doc}`)).body;
    expect(byDoc.edges.length).toBe(full.edges.filter((e) => e.attributes.docs.includes(doc)).length);
    const linked = new Set(byDoc.edges.flatMap((e) => [e.source, e.target]));
    expect(byDoc.nodes.every((n) => linked.has(n.key))).toBe(true);

    const dated = (await call<ApiGraph>(app, '/api/graph?from=2018-01-01&to=2018-12-31')).body;
    const in2018 = (e: ApiGraph['edges'][number]) => e.attributes.docs.some((d) => d.startsWith('document:2018-'));
    expect(dated.edges.length).toBe(full.edges.filter(in2018).length);
    expect(dated.edges.length).toBeGreaterThan(0);
    // Facts of 2019 and 2021 only stay out, and so do entities left without a fact of 2018.
    expect(dated.edges.every(in2018)).toBe(true);
    expect(full.edges.some((e) => !in2018(e))).toBe(true);
    const kept = new Set(dated.edges.flatMap((e) => [e.source, e.target]));
    expect(dated.nodes.map((n) => n.key).sort()).toEqual([...kept].sort());
    expect(dated.truncated).toBe(false);
  });

  it('bounds the walk of a date-filtered page and says the answer is truncated', async () => {
    const filter = { from: '2018-01-01', to: '2018-12-31' };
    const all = await getGraph(conn, filter);
    // A walk of 3 relationships reads fewer than the page holds: fewer edges, and `truncated` says so.
    const bounded = await getGraph(conn, filter, { nodes: 20000, edges: 20000, walk: 3 });
    expect(all.truncated).toBe(false);
    expect(bounded.truncated).toBe(true);
    expect(bounded.nodes).toEqual(all.nodes);
    expect(bounded.edges.length).toBeLessThanOrEqual(3);
    expect(bounded.edges.length).toBeLessThan(all.edges.length);
    const keys = new Set(all.edges.map((e) => e.key));
    expect(bounded.edges.every((e) => keys.has(e.key))).toBe(true);
  });

  it('keeps the chosen states and what lies within two hops of them', async () => {
    const res = await call<ApiGraph>(app, '/api/graph?states=Russia');
    const ids = new Set(res.body.nodes.map((n) => n.key));
    expect(ids.has('state:russia')).toBe(true);
    const u = new UndirectedGraph();
    for (const n of full.nodes) u.addNode(n.key);
    for (const e of full.edges) if (!u.hasEdge(e.source, e.target)) u.addEdge(e.source, e.target);
    for (const id of ids) expect((bidirectional(u, 'state:russia', id)?.length ?? 99) - 1).toBeLessThanOrEqual(2);
    expect(ids.size).toBeLessThan(full.nodes.length);
  });

  it('caps the size and says so, best connected first, with the totals', async () => {
    const res = await call<ApiGraph>(app, '/api/graph?limit=3');
    expect(res.body.nodes).toHaveLength(3);
    expect(res.body.truncated).toBe(true);
    expect(res.body.totals).toEqual({ nodes: full.nodes.length, edges: full.edges.length });
    // The degree the writer stores on each entity ranks the page: nobody left out has more facts.
    const degree = (id: string) => full.edges.filter((e) => e.source === id || e.target === id).length;
    const kept = new Set(res.body.nodes.map((n) => n.key));
    const left = full.nodes.filter((n) => !kept.has(n.key)).map((n) => degree(n.key));
    expect(Math.min(...[...kept].map(degree))).toBeGreaterThanOrEqual(Math.max(...left));
    expect(Math.min(...[...kept].map(degree))).toBeGreaterThan(0);
  });

  it('rejects bad parameters with 400 JSON', async () => {
    for (const q of ['labels=Person,Nope', 'types=LIKES', 'from=2018-02-30', 'limit=abc', 'limit=20001', 'x=1']) {
      expectError(await call(app, `/api/graph?${q}`), 400, 'BAD_REQUEST');
    }
    expectError(await call(app, '/api/graph?from=2020-01-01&to=2019-01-01'), 400, 'BAD_REQUEST');
  });
});

describe('entities, neighbours, paths', () => {
  const MORGULOV = 'person:igor-vladimirovich-morgulov';

  it('GET /api/entities/:id gives relationships grouped by type with evidence, and documents', async () => {
    const { status, body } = await call<EntityDetail>(app, `/api/entities/${encodeURIComponent(MORGULOV)}`);
    expect(status).toBe(200);
    expect(body.node.attributes.label).toBe('Igor Vladimirovich Morgulov');
    const offices = body.relationships.HOLDS_OFFICE ?? [];
    expect(offices.length).toBeGreaterThan(0);
    for (const row of offices) {
      expect(row.direction).toBe('out');
      expect(row.other.entityType).toBe('Office');
      expect(row.attributes.evidence[0]?.docTitle).toBeTruthy();
    }
    const all = Object.values(body.relationships).flat();
    expect(all.length).toBe(full.edges.filter((e) => e.source === MORGULOV || e.target === MORGULOV).length);
    expect(body.documents.map((d) => d.id)).toContain('document:2018-12-01-japan-russia-summit');
    expectError(await call(app, '/api/entities/person:nobody-at-all'), 404, 'NOT_FOUND');
  });

  it('GET /api/entities/:id/neighbours returns the neighbourhood', async () => {
    const { body } = await call<ApiGraph>(app, `/api/entities/${MORGULOV}/neighbours?depth=1`);
    const expected = new Set([MORGULOV]);
    for (const e of full.edges) {
      if (e.source === MORGULOV) expected.add(e.target);
      if (e.target === MORGULOV) expected.add(e.source);
    }
    expect(new Set(body.nodes.map((n) => n.key))).toEqual(expected);
    expectError(await call(app, `/api/entities/${MORGULOV}/neighbours?depth=4`), 400, 'BAD_REQUEST');
    expectError(await call(app, '/api/entities/person:nobody-at-all/neighbours'), 404, 'NOT_FOUND');
  });

  it('GET /api/path finds a shortest path, 404 when there is none', async () => {
    const u = new UndirectedGraph();
    for (const n of full.nodes) u.addNode(n.key);
    for (const e of full.edges) if (!u.hasEdge(e.source, e.target)) u.addEdge(e.source, e.target);
    const target = 'state:russia';
    const expected = bidirectional(u, MORGULOV, target)!;
    const { status, body } = await call<ApiGraph>(app, `/api/path?from=${MORGULOV}&to=${target}`);
    expect(status).toBe(200);
    expect(body.nodes.length).toBe(expected.length);
    expect(body.edges.length).toBe(expected.length - 1);
    expect(body.nodes[0]?.key).toBe(MORGULOV);
    expect(expected.length).toBeGreaterThan(2); // via the office: a shorter maxHops must find nothing
    const short = await call(app, `/api/path?from=${MORGULOV}&to=${target}&maxHops=${expected.length - 2}`);
    expectError(short, 404, 'NOT_FOUND');
    const unreachable = full.nodes.find((n) => !bidirectional(u, MORGULOV, n.key));
    if (unreachable) expectError(await call(app, `/api/path?from=${MORGULOV}&to=${unreachable.key}`), 404, 'NOT_FOUND');
    expectError(await call(app, `/api/path?from=${MORGULOV}`), 400, 'BAD_REQUEST');
    expectError(await call(app, `/api/path?from=${MORGULOV}&to=state:atlantis`), 404, 'NOT_FOUND');
  });
});

describe('search and documents', () => {
  it('GET /api/search finds a person by surname, alias, prefix or a piece of a word', async () => {
    for (const q of ['Morgulov', 'morgulov', 'Morgul', 'rgulo']) {
      const { status, body } = await call<SearchHit[]>(app, `/api/search?q=${q}`);
      expect(status).toBe(200);
      expect(body.map((h) => h.name)).toContain('Igor Vladimirovich Morgulov');
      expect(body[0]?.name).toMatch(/Morgulov/);
    }
    expectError(await call(app, '/api/search'), 400, 'BAD_REQUEST');
    expect((await call<SearchHit[]>(app, '/api/search?q=%22%2B*%3A')).status).toBe(200);
  });

  it('GET /api/documents and /api/documents/:id give text and mention spans', async () => {
    const list = (await call<DocumentSummary[]>(app, '/api/documents')).body;
    expect(list).toHaveLength(5);
    expect(list.map((d) => d.date)).toEqual([...list.map((d) => d.date)].sort());
    const pages = [
      (await call<DocumentSummary[]>(app, '/api/documents?limit=2')).body,
      (await call<DocumentSummary[]>(app, '/api/documents?limit=2&offset=2')).body,
      (await call<DocumentSummary[]>(app, '/api/documents?limit=2&offset=4')).body,
    ];
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((d) => d.id)).toEqual(list.map((d) => d.id));
    expectError(await call(app, '/api/documents?limit=0'), 400, 'BAD_REQUEST');
    const { body } = await call<DocumentDetail>(app, `/api/documents/${list[1]!.id}`);
    expect(body.text.length).toBeGreaterThan(100);
    expect(body.mentions.length).toBeGreaterThan(0);
    for (const m of body.mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(body.text.slice(m.start, m.end).trim()).not.toBe('');
    }
    expectError(await call(app, '/api/documents/document:nope'), 404, 'NOT_FOUND');
  });
});

describe('POST /api/cypher', () => {
  it('runs read queries and refuses writes with 403', async () => {
    const ok = await call<{ columns: string[]; rows: unknown[][] }>(app, '/api/cypher', {
      query: 'MATCH (s:State {id: $id}) RETURN s.name AS name',
      params: { id: 'state:russia' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ columns: ['name'], rows: [['Russia']] });
    const before = await count('MATCH (n) RETURN count(n)');
    expectError(await call(app, '/api/cypher', { query: "CREATE (:Person {id: 'person:x'})" }), 403, 'FORBIDDEN');
    expect(await count('MATCH (n) RETURN count(n)')).toBe(before);
    expectError(await call(app, '/api/cypher', { query: 'MATCH (n RETURN n' }), 400, 'QUERY');
    expectError(await call(app, '/api/cypher', { q: 'x' }), 400, 'BAD_REQUEST');
  });
});

describe('when Neo4j is down', () => {
  it('answers 503 with a hint, at once', async () => {
    const started = Date.now();
    const offline = await offlineApiServer();
    try {
      for (const url of ['/api/health', '/api/stats', '/api/graph']) {
        const res = await call<ApiErrorBody>(offline, url);
        expectError(res, 503, 'UNAVAILABLE');
        expect(res.body.error.hint).toMatch(/NEO4J_URI/);
      }
      expect(Date.now() - started).toBeLessThan(5000); // no 30 s of transaction retries
    } finally {
      await offline.close();
    }
  });
});
