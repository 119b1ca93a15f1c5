// The Cypher console against a real Neo4j: read-only by the guard and by the READ access mode on its
// own, row cap, timeout, parameters, and rows/graph conversion (wire keys, no Document text).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import { GraphStoreError } from '../graph/errors.ts';
import { edgeKey } from '../graph/schema.ts';
import { writeDocument } from '../graph/write-store.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';
import { counts, factDoc, KONO, KONO_FM } from './write-helpers.ts';

let conn: GraphConnection;

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  await conn?.close();
});
beforeEach(async () => {
  await clearDatabase(conn);
  await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
  await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
});

const WRITES = [
  ['CREATE', 'CREATE (n:Person {id: "person:intruder", name: "Intruder"}) RETURN n'],
  ['MERGE', 'MERGE (n:Person {id: "person:intruder"}) RETURN n'],
  ['DELETE', 'MATCH (n:Person) DETACH DELETE n'],
  ['SET', 'MATCH (n:Person) SET n.name = "changed" RETURN n'],
] as const;

async function forbidden(query: string, opts: { skipGuard?: boolean } = {}): Promise<GraphStoreError> {
  const err = await runConsoleQuery(conn, query, {}, opts).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(GraphStoreError);
  expect((err as GraphStoreError).code).toBe('FORBIDDEN');
  return err as GraphStoreError;
}

describe('read-only console', () => {
  it.each(WRITES)('the guard refuses %s before it reaches Neo4j', async (clause, query) => {
    const before = await counts(conn);
    const err = await forbidden(query);
    expect(err.message).toMatch(new RegExp(`${clause}.* not allowed`));
    expect(err.cause).toBeUndefined(); // refused locally, never sent
    expect(await counts(conn)).toEqual(before);
  });

  it.each(WRITES)('the READ access mode alone refuses %s (guard bypassed)', async (_clause, query) => {
    const before = await counts(conn);
    const err = await forbidden(query, { skipGuard: true });
    expect((err.cause as { code?: string }).code).toBe('Neo.ClientError.Statement.AccessMode');
    expect(await counts(conn)).toEqual(before);
    expect((await runConsoleQuery(conn, 'MATCH (n:Person) RETURN n.name')).rows).toEqual([['Taro Kono']]);
  });

  it('writes only with write: true', async () => {
    const res = await runConsoleQuery(conn, 'CREATE (n:Scratch {id: "x"}) RETURN n', {}, { write: true });
    expect(res.rows).toEqual([[{ id: 'x', labels: ['Scratch'], properties: { id: 'x' } }]]);
    expect(res.graph.nodes).toEqual([]); // not an ontology node
    expect((await counts(conn)).nodes).toBe(5);
  });
});

describe('results', () => {
  it('returns plain rows and the graph in the wire shape', async () => {
    const res = await runConsoleQuery(
      conn,
      'MATCH (p:Person)-[r:HOLDS_OFFICE]->(o:Office) RETURN p, r, o.name AS office',
    );
    expect(res.columns).toEqual(['p', 'r', 'office']);
    const [p, r, office] = res.rows[0]!;
    expect(p).toEqual({
      id: KONO.id,
      labels: ['Person'],
      // The console shows what is stored, the writer's `degree` (one fact) included.
      properties: { id: KONO.id, name: 'Taro Kono', aliases: ['Mr. Taro Kono'], degree: 1 },
    });
    expect(r).toMatchObject({ type: 'HOLDS_OFFICE', start: KONO.id, end: KONO_FM.id });
    expect((r as { properties: { attestations: unknown } }).properties.attestations).toBe(2);
    expect(office).toBe(KONO_FM.name);
    expect(res.graph.nodes.map((n) => n.key)).toEqual([KONO.id, KONO_FM.id]);
    expect(res.graph.nodes[0]!.attributes).toEqual({
      label: 'Taro Kono',
      entityType: 'Person',
      aliases: ['Mr. Taro Kono'],
      props: {},
    });
    expect(res.graph.edges).toHaveLength(1);
    const edge = res.graph.edges[0]!;
    expect(edge.key).toBe(edgeKey('HOLDS_OFFICE', KONO.id, KONO_FM.id));
    expect(edge.attributes).toMatchObject({
      relType: 'HOLDS_OFFICE',
      docs: ['document:a', 'document:b'],
      firstSeen: '2018-05-01',
      lastSeen: '2019-01-10',
      former: false,
    });
    expect(edge.attributes.evidence.map((e) => [e.doc, e.start])).toEqual([['document:a', 0]]);
    expect(edge.attributes.evidenceCount).toBe(2);
  });

  it('fetches the endpoints of relationships returned alone, and never ships Document text', async () => {
    const rels = await runConsoleQuery(conn, 'MATCH ()-[r:MENTIONS]->() RETURN r');
    expect(rels.graph.edges).toHaveLength(4);
    expect(rels.graph.nodes.map((n) => n.key).sort()).toEqual(['document:a', 'document:b', KONO_FM.id, KONO.id].sort());
    const doc = rels.graph.nodes.find((n) => n.key === 'document:a')!;
    expect(doc.attributes.label).toBe('Readout A');
    expect(doc.attributes.props.text).toBeUndefined();
    expect(doc.attributes.props.sha256).toEqual(expect.any(String));
    const plain = await runConsoleQuery(conn, 'MATCH (d:Document {id: "document:a"}) RETURN d');
    expect((plain.rows[0]![0] as { properties: Record<string, unknown> }).properties.text).toBeUndefined();
  });

  it('converts paths', async () => {
    const res = await runConsoleQuery(
      conn,
      'MATCH p = (:Document {id: "document:a"})-[:MENTIONS]->(:Person)-[:HOLDS_OFFICE]->() RETURN p',
    );
    const path = res.rows[0]![0] as { nodes: { id: string }[]; relationships: { type: string; start: string }[] };
    expect(path.nodes.map((n) => n.id)).toEqual(['document:a', KONO.id, KONO_FM.id]);
    expect(path.relationships.map((r) => [r.type, r.start])).toEqual([
      ['MENTIONS', 'document:a'],
      ['HOLDS_OFFICE', KONO.id],
    ]);
    expect(res.graph.edges.map((e) => e.attributes.relType).sort()).toEqual(['HOLDS_OFFICE', 'MENTIONS']);
  });

  it('caps rows, passes whole-number parameters as integers and stops slow queries', async () => {
    const capped = await runConsoleQuery(conn, 'UNWIND range(1, 1000000) AS x RETURN x', {}, { rowLimit: 5 });
    expect(capped.rows).toEqual([[1], [2], [3], [4], [5]]);
    expect(capped.truncated).toBe(true);
    const exact = await runConsoleQuery(conn, 'UNWIND range(1, 5) AS x RETURN x', {}, { rowLimit: 5 });
    expect(exact.truncated).toBe(false);
    const limited = await runConsoleQuery(conn, 'UNWIND range(1, 10) AS x RETURN x LIMIT $n', { n: 2 });
    expect(limited.rows).toEqual([[1], [2]]);
    const slow = await runConsoleQuery(
      conn,
      // 100 million rows in constant memory: only the time limit can stop it (not the transaction memory limit).
      'UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b RETURN count(*)',
      {},
      { timeoutMs: 300 },
    ).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(GraphStoreError);
    expect((slow as Error).message).toMatch(/longer than 0.3 s/);
  });

  it('reports a syntax error as a QUERY error', async () => {
    const err = await runConsoleQuery(conn, 'MATCH (n RETURN n').catch((e: unknown) => e);
    expect((err as GraphStoreError).code).toBe('QUERY');
    expect((err as Error).message).toMatch(/^graph\/cypher-console: Invalid input/);
  });
});
