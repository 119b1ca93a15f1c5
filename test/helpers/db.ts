// Integration-test access to the Neo4j that test/global-setup.ts provided: a connection with the schema
// in place, and a way to empty the database between tests (the Cypher lives in graph/admin.ts).
import { inject } from 'vitest';

import { clearAll } from '../../graph/admin.ts';
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

/** Deletes all nodes and relationships (the schema stays). */
export async function clearDatabase(conn: GraphConnection): Promise<void> {
  await clearAll(conn);
}
