// Whole-database maintenance on a connection: emptying it (tests, resets) and counting what is in it.
import type { GraphConnection } from './connection.ts';
import { toGraphStoreError } from './errors.ts';
import { COUNT_ALL, DELETE_ALL } from './queries/admin.ts';

/** Deletes all nodes and relationships; the schema (constraints, indexes) stays. */
export async function clearAll(conn: GraphConnection): Promise<void> {
  // CALL … IN TRANSACTIONS is refused inside managed transactions, so this uses an auto-commit session.run.
  const session = conn.driver.session({ database: conn.database });
  try {
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
