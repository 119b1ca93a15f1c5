// Exports of imported samples against a real Neo4j: GraphML and GEXF downloads parse back into graphology
// with the same nodes, edges and evidence as the API graph; CSV parts; exports of a view (ids) and of a
// query; and the Cypher script recreating the graph in an emptied database.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { expectSameGraph } from '../graph/formats/roundtrip.test-helper.ts';
import { exportGraph } from '../graph/read-store.ts';
import { runExport } from '../importer/commands/export.ts';
import type { ApiErrorBody, ApiGraph } from '../graph/types.ts';
import { apiServer, call, importReadSamples, withEvidenceFromApi } from './api-helpers.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

let conn: GraphConnection;
let app: FastifyInstance;
let full: ApiGraph;

beforeAll(async () => {
  conn = await testConnection();
  await importReadSamples(conn);
  app = await apiServer(conn);
  // Exports carry every attestation; the graph page only the first of each fact, the others on demand.
  full = await withEvidenceFromApi(app, (await call<ApiGraph>(app, '/api/graph?limit=20000')).body);
});
afterAll(async () => {
  await app?.close();
  await conn?.close();
});

describe('GET /api/export', () => {
  it('GraphML parses back into graphology with the same nodes, edges and evidence', async () => {
    const res = await call<string>(app, '/api/export?format=graphml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="readout-graph.graphml"');
    expect(full.edges.length).toBeGreaterThan(20);
    expectSameGraph(parseGraphml(MultiDirectedGraph, res.text), full);
  });

  it('GEXF parses back into graphology with the same nodes, edges and evidence', async () => {
    const res = await call<string>(app, '/api/export?format=gexf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="readout-graph.gexf"');
    expectSameGraph(parseGexf(MultiDirectedGraph, res.text), full);
  });

  it('applies the graph filter', async () => {
    const res = await call<string>(app, '/api/export?format=graphml&types=HOLDS_OFFICE&labels=Person,Office');
    const g = parseGraphml(MultiDirectedGraph, res.text);
    expect(g.size).toBe(full.edges.filter((e) => e.attributes.relType === 'HOLDS_OFFICE').length);
    g.forEachNode((_k, a) => expect(['Person', 'Office']).toContain(a.entityType));
  });

  it('JSON is graphology serialised; CSV comes whole or by part', async () => {
    const json = await call<object>(app, '/api/export?format=json');
    expect(json.headers['content-disposition']).toBe('attachment; filename="readout-graph.json"');
    expect(MultiDirectedGraph.from(json.body as never).size).toBe(full.edges.length);
    const csv = await call<string>(app, '/api/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n').filter((l) => l.startsWith('edge,'))).toHaveLength(full.edges.length);
    const nodes = await call<string>(app, '/api/export?format=csv&part=nodes');
    expect(nodes.headers['content-disposition']).toBe('attachment; filename="readout-graph-nodes.csv"');
    expect(nodes.text.startsWith('id,label,entityType,aliases')).toBe(true);
  });

  it('rejects an unknown format', async () => {
    const res = await call<ApiErrorBody>(app, '/api/export?format=xlsx');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_REQUEST');
  });
});

describe('POST /api/export', () => {
  it('exports the graph induced by a list of ids (the current view)', async () => {
    const ids = full.nodes.slice(0, 12).map((n) => n.key);
    const res = await call<string>(app, '/api/export', { format: 'gexf', ids: [...ids, 'person:not-stored'] });
    expect(res.status).toBe(200);
    const g = parseGexf(MultiDirectedGraph, res.text);
    expect(g.nodes().sort()).toEqual([...ids].sort());
    const inside = full.edges.filter((e) => ids.includes(e.source) && ids.includes(e.target));
    expect(g.edges().sort()).toEqual(inside.map((e) => e.key).sort());
  });

  it('exports the graph of a read query, and refuses a write query', async () => {
    const res = await call<string>(app, '/api/export', {
      format: 'graphml',
      query: 'MATCH p = (:Person)-[:HOLDS_OFFICE]->(:Office) RETURN p',
    });
    const g = parseGraphml(MultiDirectedGraph, res.text);
    expect(g.size).toBe(full.edges.filter((e) => e.attributes.relType === 'HOLDS_OFFICE').length);
    const write = await call<ApiErrorBody>(app, '/api/export', { format: 'json', query: 'MATCH (n) DETACH DELETE n' });
    expect(write.status).toBe(403);
    const both = await call<ApiErrorBody>(app, '/api/export', { format: 'json', ids: ['a'], query: 'RETURN 1' });
    expect(both.status).toBe(400);
  });
});

describe('Cypher script export', () => {
  it('recreates the same graph in an emptied database', async () => {
    const script = (await call<string>(app, '/api/export?format=cypher')).text;
    const statements = script.split('\n').filter((l) => l.trim() && !l.startsWith('//'));
    expect(statements.length).toBe(full.nodes.length + full.edges.length);
    await clearDatabase(conn);
    try {
      // One write transaction for the whole script, as cypher-shell would run it.
      const session = conn.driver.session({ database: conn.database });
      try {
        await session.executeWrite(async (tx) => {
          for (const s of statements) await tx.run(s);
        });
      } finally {
        await session.close();
      }
      const again = await exportGraph(conn, { filter: {} });
      const strip = (g: ApiGraph) => ({
        nodes: [...g.nodes].sort((a, b) => a.key.localeCompare(b.key)),
        edges: [...g.edges]
          .sort((a, b) => a.key.localeCompare(b.key))
          // Document nodes are not part of the graph page, so their titles and issuers (and the issuer
          // counts made from them) cannot come back.
          .map((e) => {
            const { issuers: _n, ...attributes } = e.attributes;
            return {
              ...e,
              attributes: {
                ...attributes,
                evidence: attributes.evidence.map(({ docTitle: _t, docIssuer: _i, ...ev }) => ev),
              },
            };
          }),
      });
      expect(strip(again)).toEqual(strip(full));
    } finally {
      await importReadSamples(conn);
    }
  });
});

describe('kg export', () => {
  it('writes the neighbourhood of a name or alias, and CSV as two files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-export-int-'));
    const saved = { ...process.env };
    Object.assign(process.env, {
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
      NEO4J_DATABASE: inject('neo4jDatabase'),
    });
    try {
      const id = 'person:igor-vladimirovich-morgulov';
      await runExport({
        format: 'graphml',
        around: 'Deputy Minister Morgulov',
        depth: '1',
        out: join(dir, 'm.graphml'),
      });
      expect(process.exitCode ?? 0).toBe(0);
      const g = parseGraphml(MultiDirectedGraph, await readFile(join(dir, 'm.graphml'), 'utf8'));
      const expected = new Set([
        id,
        ...full.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])),
      ]);
      expect(new Set(g.nodes())).toEqual(expected);

      await runExport({ format: 'csv', out: join(dir, 'all.csv') });
      const edges = await readFile(join(dir, 'all-edges.csv'), 'utf8');
      expect(edges.trim().split('\r\n')).toHaveLength(full.edges.length + 1);
      expect(await readFile(join(dir, 'all-nodes.csv'), 'utf8')).toMatch(/^id,label,entityType,aliases/);

      await runExport({ format: 'pdf' });
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = 0;
      process.env = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
