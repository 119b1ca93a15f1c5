// What the database itself refuses, against the real Neo4j of the test run (the embedded launcher here, or
// TEST_NEO4J_URI): connections without the right password, LOAD CSV from files and a transaction beyond its
// memory limit, even for `kg cypher --write`, which skips the console's own checks.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { connect, type GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import { GraphStoreError } from '../graph/errors.ts';
import { testConnection } from './helpers/db.ts';

let conn: GraphConnection;

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  await conn?.close();
});

const uri = () => inject('neo4jUri');

describe('the test database refuses', () => {
  it('a connection without a password, or with a wrong one', async () => {
    expect(inject('neo4jPassword').length).toBeGreaterThanOrEqual(16);
    for (const password of ['', 'wrong-password-1234']) {
      const err = await connect({ uri: uri(), user: inject('neo4jUser'), password }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GraphStoreError);
      expect((err as GraphStoreError).code).toBe('AUTH');
    }
  });

  it('LOAD CSV from a file, even in a write session that skips the console checks', async () => {
    const err = await runConsoleQuery(
      conn,
      "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
      {},
      { write: true },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphStoreError);
    expect((err as GraphStoreError).message).toMatch(/allow_csv_import_from_file_urls/);
  });

  it('a transaction that needs more memory than db.memory.transaction.max', async () => {
    const err = await runConsoleQuery(
      conn,
      'UNWIND range(1, 60000000) AS x WITH collect(x) AS l RETURN size(l)',
      {},
      { write: true, timeoutMs: 110_000 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphStoreError);
    expect((err as GraphStoreError).message).toMatch(/more memory than a transaction may use/);
    expect(((err as GraphStoreError).cause as { code?: string }).code).toMatch(/MemoryPoolOutOfMemoryError/);
    expect((await runConsoleQuery(conn, 'RETURN 1 AS one')).rows).toEqual([[1]]);
  }, 120_000);
});
