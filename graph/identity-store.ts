// Reads what cross-document identity needs from the store: known people and the states they serve.
import { batchParams } from './batch-params.ts';
import { toGraphStoreError } from './errors.ts';
import type { GraphConnection } from './connection.ts';
import { COUNT_PERSONS, READ_PERSONS_BY_NAME_TOKENS, READ_STORED_PERSON_IDS } from './queries/identity.ts';

export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
  /** Names of the states (or organisations) whose offices the person holds. */
  states: string[];
  /** True for people read from the store (their ids win); false or absent for a batch's own people. */
  stored?: boolean;
}

/**
 * People already in the graph whose name or an alias has one of `tokens` (lower case, as from
 * importer/link.ts lookupTokens) as a word: one indexed query for a whole batch of documents.
 */
export async function findKnownPersons(conn: GraphConnection, tokens: string[]): Promise<KnownPerson[]> {
  if (tokens.length === 0) return [];
  try {
    const { records } = await conn.driver.executeQuery(
      READ_PERSONS_BY_NAME_TOKENS,
      batchParams([...new Set(tokens)].filter((t) => /^[\p{L}\p{N}]+$/u.test(t))),
      { database: conn.database, routing: 'READ' },
    );
    return records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      aliases: r.get('aliases') as string[],
      states: r.get('states') as string[],
      stored: true,
    }));
  } catch (err) {
    throw toGraphStoreError(err, 'graph/identity-store');
  }
}

/** Which of the person `ids` are stored. Throws GraphStoreError. */
export async function findStoredPersonIds(conn: GraphConnection, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  try {
    const { records } = await conn.driver.executeQuery(READ_STORED_PERSON_IDS, batchParams(ids), {
      database: conn.database,
      routing: 'READ',
    });
    return new Set(records.map((r) => r.get('id') as string));
  } catch (err) {
    throw toGraphStoreError(err, 'graph/identity-store');
  }
}

/** Whether the store holds any Person (read from the count store). Throws GraphStoreError. */
export async function anyPersonStored(conn: GraphConnection): Promise<boolean> {
  try {
    const { records } = await conn.driver.executeQuery(COUNT_PERSONS, {}, { database: conn.database, routing: 'READ' });
    return Number(records[0]?.get('persons') ?? 0) > 0;
  } catch (err) {
    throw toGraphStoreError(err, 'graph/identity-store');
  }
}
