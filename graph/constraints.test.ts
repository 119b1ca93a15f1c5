// ensureSchema when another process creates the same schema at the same moment (two first imports on a
// fresh database): Neo4j's "equivalent schema rule already exists" is not a failure; other errors are.
import { describe, expect, it } from 'vitest';

import type { GraphConnection } from './connection.ts';
import { ensureSchema } from './constraints.ts';
import { GraphStoreError } from './errors.ts';

/** A connection whose executeQuery fails once with `code` on the first schema command, then succeeds. */
function racingConnection(code: string): { conn: GraphConnection; queries: string[] } {
  const queries: string[] = [];
  const executeQuery = async (query: string) => {
    queries.push(query);
    if (queries.length === 1) throw Object.assign(new Error('An equivalent index already exists'), { code });
    return { records: [] };
  };
  const session = () => ({ run: executeQuery, close: async () => {} });
  const conn = {
    driver: { executeQuery, session },
    database: undefined,
    uri: 'bolt://x',
    serverVersion: '',
    close: async () => {},
  };
  return { conn: conn as unknown as GraphConnection, queries };
}

describe('ensureSchema under a race', () => {
  it('goes on when the other process created the same constraint first', async () => {
    const { conn, queries } = racingConnection('Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists');
    await ensureSchema(conn);
    expect(queries.at(-1)).toMatch(/awaitIndexes/);
    expect(queries.length).toBeGreaterThan(6);
  });

  it('still fails on any other error', async () => {
    const { conn } = racingConnection('Neo.ClientError.Statement.SyntaxError');
    await expect(ensureSchema(conn)).rejects.toBeInstanceOf(GraphStoreError);
  });
});
