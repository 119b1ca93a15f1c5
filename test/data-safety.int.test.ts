// Tests never touch a user's data, against a real Neo4j: a database holding Documents without the test
// suite's marker is refused (by the setup's claim and by every clear), an empty one is claimed and marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { claimForTests, clearAll, hasTestMarker } from '../graph/admin.ts';
import type { GraphConnection } from '../graph/connection.ts';
import { GraphStoreError } from '../graph/errors.ts';
import { writeDocument } from '../graph/write-store.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';
import { counts, factDoc } from './write-helpers.ts';

let conn: GraphConnection;

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  // Whatever happened, leave the database claimed and empty for the next test file.
  await clearAll(conn).catch(() => undefined);
  await claimForTests(conn).catch(() => undefined);
  await conn?.close();
});

/** Removes the marker, as on a database the tests never claimed. */
const unmark = () =>
  conn.driver.executeQuery('DROP INDEX readout_graph_test_marker IF EXISTS', {}, { database: conn.database });

describe('the test database guard', () => {
  it('the setup claimed the test database', async () => {
    expect(await hasTestMarker(conn)).toBe(true);
  });

  it('refuses a database with Documents it did not create, and clears nothing', async () => {
    await clearDatabase(conn);
    await writeDocument(conn, factDoc('users-own.txt', '2020-01-01', 'U'));
    await unmark();
    const before = await counts(conn);
    expect(before.documents).toBe(1);
    const err = await claimForTests(conn).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphStoreError);
    expect((err as GraphStoreError).message).toMatch(/holds 1 documents the tests did not create; refusing/);
    await expect(clearDatabase(conn)).rejects.toThrow(/not marked as a test database; refusing to clear it/);
    expect(await counts(conn)).toEqual(before);
    expect(await hasTestMarker(conn)).toBe(false);
  });

  it('claims an empty database and marks it; the mark survives clearing', async () => {
    await unmark();
    await clearAll(conn);
    await claimForTests(conn);
    expect(await hasTestMarker(conn)).toBe(true);
    await writeDocument(conn, factDoc('a.txt', '2020-01-01', 'A'));
    await claimForTests(conn); // a marked database with documents is the tests' own
    await clearDatabase(conn);
    expect(await counts(conn)).toEqual({ nodes: 0, relationships: 0, documents: 0, attestations: 0 });
    expect(await hasTestMarker(conn)).toBe(true);
  });
});
