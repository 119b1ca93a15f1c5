// One identity across documents, in the database, on readouts of our own (test/fixtures/identity/):
// a person is one node however the readouts name them; two people sharing a surname in different
// states stay two; an office is one node per state; HOLDS_OFFICE carries first and last seen dates;
// states are normalised (ISO codes, official names, abbreviations).
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import { extractFile } from '../importer/pipeline.ts';
import { importPaths } from '../importer/write.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';
import { counts, graphSnapshot } from './write-helpers.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'identity');
const file = (name: string) => join(DIR, name);

let conn: GraphConnection;

async function rows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const res = await runConsoleQuery(conn, query, params);
  return res.rows.map((r) => Object.fromEntries(res.columns.map((c, i) => [c, r[i]])));
}

/** People whose name or an alias contains the token as a word. */
const peopleNamed = (token: string) =>
  rows(
    'MATCH (p:Person) WHERE any(n IN p.aliases + [p.name] WHERE n =~ $re) RETURN p.name AS name, p.aliases AS aliases ORDER BY name',
    { re: `(?i).*\\b${token}\\b.*` },
  );

const tenure = (person: string, office: string) =>
  rows(
    'MATCH (:Person {name: $person})-[h:HOLDS_OFFICE]->(:Office {name: $office}) RETURN h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, size(h.docs) AS docs',
    { person, office },
  );

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  await conn?.close();
});

describe('importing the readouts together', () => {
  beforeAll(async () => {
    await clearDatabase(conn);
    const summary = await importPaths(conn, [DIR]);
    expect(summary.failures).toEqual([]);
  });

  it('makes one node of a person however the readouts name them', async () => {
    const abe = await peopleNamed('Abe');
    expect(abe.map((p) => p.name)).toEqual(['Shinzo Abe']);
    expect(abe[0]!.aliases).toEqual(expect.arrayContaining(['Prime Minister Abe']));
    expect((await peopleNamed('Putin')).map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect((await peopleNamed('Kishida')).map((p) => p.name)).toEqual(['Fumio Kishida']);
  });

  it('keeps two people sharing a surname in different states apart, and links a bare surname by its state', async () => {
    expect((await peopleNamed('Lee')).map((p) => p.name)).toEqual(['Lee Hsien Loong', 'Lee Nak-yon']);
    const singapore = await tenure('Lee Hsien Loong', 'Prime Minister of Singapore');
    expect(singapore[0]?.docs).toBe(2); // the Busan summit and the commemorative summit ("Prime Minister Lee of Singapore")
    expect(await tenure('Lee Nak-yon', 'Prime Minister of Singapore')).toEqual([]);
  });

  it('keeps one office per title and state', async () => {
    const dupes = await rows(
      'MATCH (o:Office) WITH o.title AS title, o.state AS state, count(*) AS n WHERE n > 1 RETURN title, state, n',
    );
    expect(dupes).toEqual([]);
    const pms = await rows("MATCH (o:Office {title: 'Prime Minister'}) RETURN o.state AS state ORDER BY state");
    expect(pms.map((r) => r.state)).toEqual(expect.arrayContaining(['Japan', 'Singapore', 'South Korea']));
  });

  it('dates each office held from the documents that attest it; a former mention does not move lastSeen', async () => {
    expect(await tenure('Fumio Kishida', 'Minister for Foreign Affairs of Japan')).toEqual([
      { firstSeen: '2016-04-30', lastSeen: '2016-04-30', docs: 1 },
    ]);
    expect(await tenure('Fumio Kishida', 'Prime Minister of Japan')).toEqual([
      { firstSeen: '2022-05-23', lastSeen: '2022-09-26', docs: 2 },
    ]);
    const [abe] = await tenure('Shinzo Abe', 'Prime Minister of Japan');
    expect(abe).toMatchObject({ firstSeen: '2017-09-07', lastSeen: '2019-10-24' });
    expect(abe!.docs).toBe(4); // 2017, 2018, 2019 and the 2022 mention of the "late former Prime Minister"
  });

  it('normalises states: one node per state with ISO codes, whatever the text calls it', async () => {
    const korea = await rows(
      "MATCH (s:State) WHERE s.name IN ['South Korea', 'Republic of Korea', 'Korea', 'ROK'] RETURN s.name AS name, s.iso2 AS iso2, s.iso3 AS iso3, s.aliases AS aliases",
    );
    expect(korea).toHaveLength(1);
    expect(korea[0]).toMatchObject({ name: 'South Korea', iso2: 'KR', iso3: 'KOR' });
    expect(korea[0]!.aliases).toEqual(expect.arrayContaining(['ROK', 'Republic of Korea']));
    const us = await rows("MATCH (s:State {iso2: 'US'}) RETURN s.name AS name");
    expect(us.map((r) => r.name)).toEqual(['United States']);
    const codesAsNames = await rows('MATCH (s:State) WHERE size(s.name) <= 3 RETURN s.name AS name');
    expect(codesAsNames).toEqual([]);
  });
});

describe('importing the readouts one run at a time', () => {
  beforeAll(async () => {
    await clearDatabase(conn);
  });

  it('links a later readout that gives only a surname to the person already stored', async () => {
    await importPaths(conn, [file('2018-09-10-japan-russia-summit-full-names.txt')]);
    await importPaths(conn, [file('2017-09-07-japan-russia-summit-vladivostok.txt')]);
    expect((await peopleNamed('Abe')).map((p) => p.name)).toEqual(['Shinzo Abe']);
    expect((await peopleNamed('Putin')).map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect(await tenure('Shinzo Abe', 'Prime Minister of Japan')).toEqual([
      { firstSeen: '2017-09-07', lastSeen: '2018-09-10', docs: 2 },
    ]);
  });

  it('does not link a surname to a stored person of another state', async () => {
    await importPaths(conn, [file('2019-10-24-japan-rok-prime-ministers.txt')]);
    await importPaths(conn, [file('2019-11-26-asean-rok-commemorative-summit.txt')]);
    // "Prime Minister Lee of Singapore" is not the stored Lee Nak-yon of South Korea: a node of its own.
    expect((await peopleNamed('Lee')).map((p) => p.name)).toEqual(['Lee', 'Lee Nak-yon']);
    expect(await tenure('Lee', 'Prime Minister of Singapore')).toHaveLength(1);
    expect(await tenure('Lee Nak-yon', 'Prime Minister of Singapore')).toEqual([]);
  });
});

describe('importing while files are still extracted', () => {
  const shortNames = file('2017-09-07-japan-russia-summit-vladivostok.txt'); // "Prime Minister Abe", "President Putin"
  const fullNames = file('2018-09-10-japan-russia-summit-full-names.txt');

  /**
   * The graph without what depends on the order of the writes (the first attestation of a fact, the order
   * of a fact's documents and of an entity's aliases): the people, their names and facts, each fact's documents.
   */
  async function orderFree() {
    const { nodes, rels } = await graphSnapshot(conn);
    const sorted = (props: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => !['doc', 'evidence', 'start', 'end'].includes(k))
          .map(([k, v]) => [k, Array.isArray(v) ? [...(v as string[])].sort() : v]),
      );
    return {
      nodes: nodes.map((n) => [...n.slice(0, -1), sorted(n.at(-1) as Record<string, unknown>)]),
      rels: rels.map((r) => [...r.slice(0, -1), sorted(r.at(-1) as Record<string, unknown>)]),
    };
  }

  it('writes a document again when a later file gives its person a fuller name: the same graph as when both were read first', async () => {
    await clearDatabase(conn);
    await importPaths(conn, [shortNames, fullNames]);
    const together = await orderFree();

    // The file with the full names is extracted only once the one with the surnames is stored.
    await clearDatabase(conn);
    let stored!: () => void;
    const firstStored = new Promise<void>((res) => (stored = res));
    const summary = await importPaths(conn, [shortNames, fullNames], {
      extract: async (path) => {
        if (path === fullNames) await firstStored;
        return extractFile(path);
      },
      onProgress: (done) => done === 1 && stored(),
    });
    expect(summary).toMatchObject({ imported: 2, failed: 0 });
    // The summary tells what the run left: the surname-only people it created and then removed are not counted.
    const left = await counts(conn);
    expect(summary.nodesCreated).toBe(left.nodes);
    expect(summary.relationshipsCreated).toBe(left.relationships);
    expect((await peopleNamed('Abe')).map((p) => p.name)).toEqual(['Shinzo Abe']);
    expect((await peopleNamed('Putin')).map((p) => p.name)).toEqual(['Vladimir Putin']);
    expect(await tenure('Shinzo Abe', 'Prime Minister of Japan')).toEqual([
      { firstSeen: '2017-09-07', lastSeen: '2018-09-10', docs: 2 },
    ]);
    expect(await orderFree()).toEqual(together);
  });
});
