// The Neo4j the tests get (test/global-setup.ts) behaves like the one the app needs: it is 5.26, the
// schema is idempotent, the full-text index answers, READ sessions refuse writes and tx timeouts stop queries.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';

import { clearAll, countAll, readSchema } from '../graph/admin.ts';
import { batchParams } from '../graph/batch-params.ts';
import type { GraphConnection } from '../graph/connection.ts';
import { ENTITY_NAMES_INDEX, ensureSchema, ID_CONSTRAINTS } from '../graph/constraints.ts';
import { toGraphStoreError } from '../graph/errors.ts';
import { BUSY_READ } from '../graph/queries/admin.ts';
import { SEARCH_ENTITY_NAMES } from '../graph/queries/read.ts';
import { MERGE_DOCUMENTS, MERGE_ENTITIES } from '../graph/queries/write.ts';
import { NODE_LABELS } from '../graph/schema.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';

let conn: GraphConnection;
const docId = 'document:neo4j-int-test';

/** Writes one Document and one Person through the store's own write queries. */
async function writePerson(name: string, aliases: string[]): Promise<void> {
  const db = { database: conn.database };
  await conn.driver.executeQuery(MERGE_DOCUMENTS, batchParams([{ id: docId, name: 'int test', sha256: 'x' }]), db);
  const row = {
    doc: docId,
    id: `person:${name.toLowerCase().replace(/\W+/g, '-')}`,
    label: 'Person',
    name,
    aliases,
    props: {},
    starts: [],
    ends: [],
  };
  await conn.driver.executeQuery(MERGE_ENTITIES, batchParams([row]), db);
}

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  await conn?.close();
});
beforeEach(async () => {
  await clearDatabase(conn);
});

describe('the provided Neo4j', () => {
  it('is a reachable Neo4j 5.26 at the provided URI', () => {
    expect(conn.uri).toBe(inject('neo4jUri'));
    expect(conn.serverVersion).toMatch(/^Neo4j\/5\.26\./);
  });

  it('has one id constraint per node label and the entity_names full-text index, all online', async () => {
    const { constraints, indexes } = await readSchema(conn);
    for (const label of NODE_LABELS) {
      const c = constraints.find((x) => x.name === `${label.toLowerCase()}_id_unique`);
      expect(c, `constraint for ${label}`).toMatchObject({
        type: 'UNIQUENESS',
        labelsOrTypes: [label],
        properties: ['id'],
      });
    }
    const ft = indexes.find((i) => i.name === ENTITY_NAMES_INDEX);
    expect(ft).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', properties: ['name', 'aliases'] });
    expect(ft?.labelsOrTypes.sort()).toEqual(['Agreement', 'Event', 'Office', 'Organization', 'Person', 'State']);
    expect(indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
  });

  it('ensureSchema is idempotent: running it twice changes no constraint or index', async () => {
    const before = await readSchema(conn);
    await ensureSchema(conn);
    await ensureSchema(conn);
    const after = await readSchema(conn);
    expect(after.constraints.map((c) => c.name).sort()).toEqual(before.constraints.map((c) => c.name).sort());
    expect(after.indexes.map((i) => i.name).sort()).toEqual(before.indexes.map((i) => i.name).sort());
    expect(after.constraints.length).toBeGreaterThanOrEqual(Object.keys(ID_CONSTRAINTS).length);
  });

  it('finds an entity by name and by alias through the full-text index', async () => {
    await writePerson('Shinzo Abe', ['Prime Minister Abe']);
    await writePerson('Vladimir Putin', ['Putin']);
    const search = async (query: string): Promise<string[]> => {
      const { records } = await conn.driver.executeQuery(
        SEARCH_ENTITY_NAMES,
        { query, limit: neo4j.int(10) },
        { database: conn.database, routing: 'READ' },
      );
      return records.map((r) => r.get('node').properties.name as string);
    };
    expect(await search('abe')).toEqual(['Shinzo Abe']);
    expect(await search('"prime minister"')).toEqual(['Shinzo Abe']);
    expect(await search('putin')).toEqual(['Vladimir Putin']);
    expect(await search('merkel')).toEqual([]);
  });

  it('a READ session refuses a write, mapped to FORBIDDEN, and nothing is written', async () => {
    const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
    try {
      const attempt = session.run(MERGE_DOCUMENTS, batchParams([{ id: docId, name: 'should not exist', sha256: 'x' }]));
      const err = await attempt.then(
        () => undefined,
        (e: unknown) => e as { code?: string },
      );
      expect(err?.code).toBe('Neo.ClientError.Statement.AccessMode');
      expect(toGraphStoreError(err).code).toBe('FORBIDDEN');
    } finally {
      await session.close();
    }
    expect(await countAll(conn)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('a transaction timeout stops a long read', async () => {
    const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
    const started = Date.now();
    try {
      const run = session.executeRead((tx) => tx.run(BUSY_READ, { n: neo4j.int(5_000_000_000) }), { timeout: 300 });
      const err = await run.then(
        () => undefined,
        (e: unknown) => e as { code?: string },
      );
      expect(err?.code).toMatch(/TransactionTimedOut/);
    } finally {
      await session.close();
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('clearAll empties the database but keeps the schema', async () => {
    await writePerson('Shinzo Abe', []);
    expect((await countAll(conn)).nodes).toBe(2);
    await clearAll(conn);
    expect(await countAll(conn)).toEqual({ nodes: 0, relationships: 0 });
    expect((await readSchema(conn)).indexes.some((i) => i.name === ENTITY_NAMES_INDEX)).toBe(true);
  });
});
