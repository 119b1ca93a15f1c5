// One office under two title forms across documents, in the database (issue 6, construction 5): two made-up readouts,
// one writing "Russian Foreign Minister Oleg Sokolov", the other "Oleg Sokolov, Minister for Foreign Affairs of the
// Russian Federation", give one Office node held by him, found by search under either form; re-importing changes
// nothing, whether the readouts come in one run or in two.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { searchEntities } from '../graph/read-store.ts';
import { importPaths } from '../importer/write.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';
import { graphSnapshot, rows } from './write-helpers.ts';

const CALL = `Foreign Ministers' Telephone Call
3 May 2025

On 3 May, Foreign Minister Anna Kovac of Austria held a telephone call with Russian Foreign Minister Oleg Sokolov.
The two ministers discussed grain exports across the Black Sea.
`;
const TALKS = `Talks in Vienna
9 May 2025

On 9 May, Anna Kovac, Minister for Foreign Affairs of Austria, received Oleg Sokolov, Minister for Foreign Affairs of the Russian Federation, in Vienna.
Deputy Minister of Foreign Affairs of Russia Pavel Orlov also attended the talks.
`;

let conn: GraphConnection;
let dir: string;
let callFile: string;
let talksFile: string;

beforeAll(async () => {
  conn = await testConnection();
  dir = await mkdtemp(join(tmpdir(), 'kg-office-synonyms-'));
  callFile = join(dir, '2025-05-03-austria-russia-call.txt');
  talksFile = join(dir, '2025-05-09-austria-russia-talks-vienna.txt');
  await writeFile(callFile, CALL);
  await writeFile(talksFile, TALKS);
});
afterAll(async () => {
  await conn?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearDatabase(conn);
});

/** The Offices of a state with their holders, by name. */
async function officesOf(state: string) {
  const found = await rows(
    conn,
    `MATCH (o:Office {state: $state})
     OPTIONAL MATCH (p:Person)-[:HOLDS_OFFICE]->(o)
     WITH o, collect(p.name) AS holders ORDER BY o.name
     RETURN o.id, o.name, o.aliases, holders`,
    { state },
  );
  return found.map(([id, name, aliases, holders]) => ({
    id: id as string,
    name: name as string,
    aliases: aliases as string[],
    holders: (holders as string[]).sort(),
  }));
}

async function expectOneForeignMinistry(firstName: string, otherForm: string) {
  const russia = await officesOf('Russia');
  const minister = russia.filter((o) => o.holders.includes('Oleg Sokolov'));
  expect(minister).toHaveLength(1);
  expect(minister[0]).toMatchObject({ name: firstName, holders: ['Oleg Sokolov'] });
  expect(minister[0]!.aliases).toContain(otherForm);
  // The deputy minister holds another office.
  expect(russia.find((o) => o.holders.includes('Pavel Orlov'))?.id).not.toBe(minister[0]!.id);
  for (const form of ['Foreign Minister of Russia', 'Minister for Foreign Affairs of Russia']) {
    const hits = await searchEntities(conn, form);
    expect(
      hits.some((h) => h.id === minister[0]!.id),
      form,
    ).toBe(true);
  }
  // Austria's minister, named in two forms as well, is one office too.
  expect((await officesOf('Austria')).map((o) => o.holders)).toEqual([['Anna Kovac']]);
}

describe('one office under two title forms across readouts', () => {
  it('imports two readouts in one run as one Office node, and a second import changes nothing', async () => {
    const first = await importPaths(conn, [callFile, talksFile]);
    expect(first.failures).toEqual([]);
    await expectOneForeignMinistry('Foreign Minister of Russia', 'Minister for Foreign Affairs of Russia');
    const snapshot = await graphSnapshot(conn);
    const second = await importPaths(conn, [callFile, talksFile]);
    expect(second).toMatchObject({ imported: 0, unchanged: 2, failed: 0 });
    expect(await graphSnapshot(conn)).toEqual(snapshot);
  });

  it('merges the second readout into the stored office when they come in two runs, in either order', async () => {
    await importPaths(conn, [talksFile]);
    await importPaths(conn, [callFile]);
    await expectOneForeignMinistry('Minister for Foreign Affairs of Russia', 'Foreign Minister of Russia');
    const snapshot = await graphSnapshot(conn);
    expect(await importPaths(conn, [callFile, talksFile])).toMatchObject({ imported: 0, unchanged: 2 });
    expect(await graphSnapshot(conn)).toEqual(snapshot);
  });
});
