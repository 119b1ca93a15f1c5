// Whole-database maintenance on a connection: emptying it (tests, resets), counting what is in it and
// listing its schema.
import { createHash } from 'node:crypto';

import neo4j, { type Integer } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { GraphStoreError, toGraphStoreError } from './errors.ts';
import {
  COUNT_ALL,
  COUNT_DOCUMENTS,
  CREATE_TEST_MARKER,
  DELETE_ALL,
  DELETE_ALL_RELATIONSHIPS,
  HAS_TEST_MARKER,
  READ_ALL_NODES,
  READ_ALL_RELATIONSHIPS,
  SHOW_CONSTRAINTS,
  SHOW_INDEXES,
  TEST_MARKER_INDEX,
} from './queries/admin.ts';

/** Deletes all nodes and relationships; the schema (constraints, indexes) stays. */
export async function clearAll(conn: GraphConnection): Promise<void> {
  // CALL … IN TRANSACTIONS is refused inside managed transactions, so this uses an auto-commit session.run.
  const session = conn.driver.session({ database: conn.database });
  try {
    await session.run(DELETE_ALL_RELATIONSHIPS);
    await session.run(DELETE_ALL);
  } catch (err) {
    throw toGraphStoreError(err, 'graph/admin: clearAll');
  } finally {
    await session.close();
  }
}

/** Node and relationship totals of the database. */
export async function countAll(conn: GraphConnection): Promise<{ nodes: number; relationships: number }> {
  try {
    const { records } = await conn.driver.executeQuery(COUNT_ALL, {}, { database: conn.database, routing: 'READ' });
    const row = records[0];
    return { nodes: Number(row?.get('nodes') ?? 0), relationships: Number(row?.get('relationships') ?? 0) };
  } catch (err) {
    throw toGraphStoreError(err, 'graph/admin: countAll');
  }
}

/** What a store holds, comparable between two stores: counts per label and type, and a digest of everything. */
export interface GraphFingerprint {
  nodeCount: number;
  relationshipCount: number;
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** sha256 of every node (labels, properties) and relationship (type, endpoint ids, properties), sorted. */
  digest: string;
}

/** The fingerprint of the whole store (reads every node and relationship: small stores only). */
export async function graphFingerprint(conn: GraphConnection): Promise<GraphFingerprint> {
  const opts = { database: conn.database, routing: 'READ' as const };
  try {
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    const lines: string[] = [];
    const all = await conn.driver.executeQuery(READ_ALL_NODES, {}, opts);
    for (const r of all.records) {
      const labels = (r.get('labels') as string[]).sort();
      for (const l of labels) nodes[l] = (nodes[l] ?? 0) + 1;
      lines.push(`N${canonical([labels, r.get('props')])}`);
    }
    const rels = await conn.driver.executeQuery(READ_ALL_RELATIONSHIPS, {}, opts);
    for (const r of rels.records) {
      const type = r.get('type') as string;
      relationships[type] = (relationships[type] ?? 0) + 1;
      lines.push(`R${canonical([type, r.get('from'), r.get('to'), r.get('props')])}`);
    }
    const digest = createHash('sha256').update(lines.sort().join('\n')).digest('hex');
    return {
      nodeCount: all.records.length,
      relationshipCount: rels.records.length,
      nodes: sortedKeys(nodes),
      relationships: sortedKeys(relationships),
      digest,
    };
  } catch (err) {
    throw toGraphStoreError(err, 'graph/admin: graphFingerprint');
  }
}

/** JSON with object keys sorted and Neo4j integers as decimal strings. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (neo4j.isInt(v)) return (v as Integer).toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) return sortedKeys(v as Record<string, unknown>);
    return v;
  });
}

const sortedKeys = <T>(o: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export interface SchemaItem {
  name: string;
  type: string;
  labelsOrTypes: string[];
  properties: string[];
  /** Indexes only: ONLINE, POPULATING or FAILED. */
  state?: string;
}

/** The database's constraints and indexes, as SHOW CONSTRAINTS / SHOW INDEXES report them. */
export async function readSchema(conn: GraphConnection): Promise<{ constraints: SchemaItem[]; indexes: SchemaItem[] }> {
  const opts = { database: conn.database, routing: 'READ' as const };
  try {
    const [c, i] = [
      await conn.driver.executeQuery(SHOW_CONSTRAINTS, {}, opts),
      await conn.driver.executeQuery(SHOW_INDEXES, {}, opts),
    ];
    const item = (r: { toObject(): Record<string, unknown> }): SchemaItem => {
      const o = r.toObject();
      return {
        name: String(o.name),
        type: String(o.type),
        labelsOrTypes: (o.labelsOrTypes as string[] | null) ?? [],
        properties: (o.properties as string[] | null) ?? [],
        ...(o.state === undefined ? {} : { state: String(o.state) }),
      };
    };
    return { constraints: c.records.map(item), indexes: i.records.map(item) };
  } catch (err) {
    throw toGraphStoreError(err, 'graph/admin: readSchema');
  }
}

/** True when the test suite's marker (an index) is in the database. */
export async function hasTestMarker(conn: GraphConnection): Promise<boolean> {
  const { records } = await conn.driver.executeQuery(
    HAS_TEST_MARKER,
    { name: TEST_MARKER_INDEX },
    {
      database: conn.database,
    },
  );
  return Number(records[0]?.get('n') ?? 0) > 0;
}

/**
 * Claims a database for the test suite, which clears it between tests: marks it when it holds no Document,
 * and refuses (GraphStoreError CONFIG) when it holds Documents but not the mark, i.e. someone's own data.
 */
export async function claimForTests(conn: GraphConnection): Promise<void> {
  try {
    if (await hasTestMarker(conn)) return;
    const { records } = await conn.driver.executeQuery(COUNT_DOCUMENTS, {}, { database: conn.database });
    const documents = Number(records[0]?.get('n') ?? 0);
    if (documents > 0) {
      throw new GraphStoreError(
        'CONFIG',
        `graph/admin: the test database at ${conn.uri} holds ${documents} documents the tests did not create; ` +
          'refusing to clear it',
        { hint: 'Point TEST_NEO4J_URI at an empty database of its own, or unset it to use a throw-away Neo4j.' },
      );
    }
    await conn.driver.executeQuery(CREATE_TEST_MARKER, {}, { database: conn.database });
  } catch (err) {
    throw toGraphStoreError(err, 'graph/admin: claimForTests');
  }
}
