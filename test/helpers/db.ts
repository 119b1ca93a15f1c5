// Integration-test access to the Neo4j that test/global-setup.ts provided: a connection with the schema
// in place, and a way to empty the database between tests (the Cypher lives in graph/admin.ts).
import { inject } from 'vitest';

import { clearAll, hasTestMarker } from '../../graph/admin.ts';
import { connect, type GraphConnection } from '../../graph/connection.ts';
import { ensureSchema } from '../../graph/constraints.ts';

/** Connects to the provided Neo4j and ensures constraints + full-text index. Close it in afterAll. */
export async function testConnection(): Promise<GraphConnection> {
  const conn = await connect({
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
    database: inject('neo4jDatabase') || undefined,
  });
  await ensureSchema(conn);
  return conn;
}

/**
 * Deletes all nodes and relationships (the schema stays); refuses a database that the test setup did not
 * claim (graph/admin.ts claimForTests), so that a test never empties someone's own data.
 */
export async function clearDatabase(conn: GraphConnection): Promise<void> {
  if (!(await hasTestMarker(conn))) {
    throw new Error(`test/helpers/db: ${conn.uri} is not marked as a test database; refusing to clear it`);
  }
  await clearAll(conn);
}
