// Whole-database maintenance on a connection: emptying it (tests, resets), counting what is in it and
// listing its schema.
import type { GraphConnection } from './connection.ts';
import { toGraphStoreError } from './errors.ts';
import { COUNT_ALL, DELETE_ALL, SHOW_CONSTRAINTS, SHOW_INDEXES } from './queries/admin.ts';

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
