// The write side against a real Neo4j: importing readouts (idempotence, facts shared by documents,
// changed documents, bad documents, error policy, Neo4j going away) and the storage-model details.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, Socket, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import type { ApiEdge, EvidenceRef } from '../graph/types.ts';
import { ensureSchema } from '../graph/constraints.ts';
import { dataVersionOf } from '../graph/data-version.ts';
import { readEvidence, withAllEvidence, withDocumentsEvidence } from '../graph/read-evidence.ts';
import { getStats } from '../graph/read-store.ts';
import { GraphStoreError } from '../graph/errors.ts';
import {
  DocumentValidationError,
  planDocumentWrite,
  warmUpWriter,
  writeDocument,
  writePlans,
} from '../graph/write-store.ts';
import { extractFile } from '../importer/pipeline.ts';
import { importPaths } from '../importer/write.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';
import { counts, factDoc, graphSnapshot, KONO, KONO_FM, rows } from './write-helpers.ts';

const ROOT = join(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'importer', 'samples');
const INT = join(ROOT, 'test', 'fixtures', 'int');
const MOSCOW = join(INT, '2019-01-14-japan-russia-foreign-ministers-moscow.txt');
const MUNICH = join(INT, '2019-02-16-japan-russia-foreign-ministers-munich.txt');

let conn: GraphConnection;
let tmp: string;

beforeAll(async () => {
  conn = await testConnection();
  tmp = await mkdtemp(join(tmpdir(), 'kg-import-int-'));
});
afterAll(async () => {
  await conn?.close();
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await clearDatabase(conn);
});

describe('importing the bundled samples', () => {
  it('imports the 202 samples, and a second import changes nothing', async () => {
    const first = await importPaths(conn, [SAMPLES]);
    expect(first.failures).toEqual([]);
    expect(first).toMatchObject({ files: 202, imported: 202, unchanged: 0, failed: 0 });
    const before = await counts(conn);
    expect(before.documents).toBe(202);
    expect(first.nodesCreated).toBe(before.nodes);
    expect(first.relationshipsCreated).toBe(before.relationships);
    const snapshot = await graphSnapshot(conn);

    const second = await importPaths(conn, [SAMPLES]);
    expect(second).toMatchObject({ imported: 0, unchanged: 202, failed: 0, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await counts(conn)).toEqual(before);
    expect(await graphSnapshot(conn)).toEqual(snapshot);

    // Offsets and years are integers, never floats.
    const types = await rows(
      conn,
      'MATCH ()-[r]->() WHERE r.start IS NOT NULL RETURN DISTINCT valueType(r.start) AS t',
    );
    expect(types).toEqual([['INTEGER NOT NULL']]);
    const starts = await rows(conn, 'MATCH ()-[m:MENTIONS]->() UNWIND m.starts AS s RETURN DISTINCT valueType(s) AS t');
    expect(starts).toEqual([['INTEGER NOT NULL']]);
    // Every entity is mentioned by a document; every Document keeps its text and sha256.
    expect(
      await rows(conn, 'MATCH (e) WHERE NOT e:Document AND NOT e:Attestation AND NOT ()-[:MENTIONS]->(e) RETURN e.id'),
    ).toEqual([]);
    // One attestation per (fact, document), as many as the facts' documents, offsets integers too.
    const [[docEntries]] = (await rows(
      conn,
      "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN sum(size(r.docs))",
    )) as [[number]];
    expect(before.attestations).toBe(docEntries);
    expect(
      await rows(conn, 'MATCH (d:Document) UNWIND d.attStarts + d.attEnds AS s RETURN DISTINCT valueType(s) AS t'),
    ).toEqual([['INTEGER NOT NULL']]);
    // Each entry names a fact that lists its document, once per document.
    expect(
      await rows(
        conn,
        `MATCH (d:Document) UNWIND d.attFacts AS fact
         WITH d, fact, split(fact, ':')[0] AS type, split(substring(fact, size(split(fact, ':')[0]) + 1), '->') AS ends
         OPTIONAL MATCH (:Entity {id: ends[0]})-[r]->(:Entity {id: ends[1]}) WHERE type(r) = type AND d.id IN r.docs
         WITH d, fact, count(r) AS found WHERE found <> 1 RETURN d.id, fact`,
      ),
    ).toEqual([]);
    expect(await rows(conn, 'MATCH (a:Attestation) RETURN count(a)')).toEqual([[0]]);
    const doc = await rows(
      conn,
      'MATCH (d:Document {id: "document:2018-12-01-japan-russia-summit"}) RETURN d.name, d.source, size(d.text) > 1000, d.sha256 IS NOT NULL',
    );
    expect(doc).toEqual([['Japan-Russia Summit Meeting', 'Ministry of Foreign Affairs of Japan', true, true]]);
    // Every sample names its issuer in its front matter.
    expect(await rows(conn, 'MATCH (d:Document) WHERE d.source IS NULL RETURN d.id')).toEqual([]);
  });

  it('links the negotiators of the 2018 Japan-Russia summit to their principals', async () => {
    await importPaths(conn, [SAMPLES]);
    const pairs = await rows(conn, 'MATCH (p:Person)-[:NEGOTIATES_FOR]->(q) RETURN p.name, q.name');
    expect(pairs).toContainEqual(['Takeo Mori', 'Shinzo Abe']);
    expect(pairs).toContainEqual(['Igor Vladimirovich Morgulov', 'Vladimir Vladimirovich Putin']);
    // The same mandate, restated by later rounds of the talks, is one relationship with their documents.
    const docs = await rows(
      conn,
      `MATCH (:Person {name: 'Igor Vladimirovich Morgulov'})-[r:NEGOTIATES_FOR]->(:Person {name: 'Vladimir Vladimirovich Putin'})
       RETURN r.docs`,
    );
    expect(docs[0]![0]).toEqual(expect.arrayContaining(['document:2018-12-01-japan-russia-summit']));
    expect((docs[0]![0] as string[]).length).toBeGreaterThan(1);
  });

  it('dates an office held by successive people: Kono, then Motegi, as Foreign Minister of Japan', async () => {
    await importPaths(conn, [SAMPLES]);
    const holders = await rows(
      conn,
      `MATCH (p:Person)-[r:HOLDS_OFFICE]->(:Office {id: 'office:minister-of-foreign-affairs-of-japan'})
       WHERE p.name IN ['Taro Kono', 'Toshimitsu Motegi']
       RETURN p.name, r.firstSeen, r.lastSeen ORDER BY r.firstSeen`,
    );
    expect(holders.map((h) => h[0])).toEqual(['Taro Kono', 'Toshimitsu Motegi']);
    expect(String(holders[0]![2]) < String(holders[1]![1])).toBe(true);
  });
});

describe('facts shared by documents', () => {
  it('stores a fact read from two readouts as one relationship with two docs', async () => {
    const summary = await importPaths(conn, [MOSCOW, MUNICH]);
    expect(summary).toMatchObject({ imported: 2, failed: 0 });
    const found = await rows(
      conn,
      `MATCH (:Person {id: 'person:taro-kono'})-[r:HOLDS_OFFICE]->(:Office {id: 'office:minister-of-foreign-affairs-of-japan'})
       OPTIONAL MATCH (d:Document) WHERE 'HOLDS_OFFICE:' + startNode(r).id + '->' + endNode(r).id IN d.attFacts
       WITH r, count(d) AS attestations
       RETURN r.docs, r.attestations, attestations, r.doc, r.firstSeen, r.lastSeen, r.former, r.evidences`,
    );
    expect(found).toEqual([
      [
        [
          'document:2019-01-14-japan-russia-foreign-ministers-moscow',
          'document:2019-02-16-japan-russia-foreign-ministers-munich',
        ],
        2,
        2,
        'document:2019-01-14-japan-russia-foreign-ministers-moscow',
        '2019-01-14',
        '2019-02-16',
        false,
        null,
      ],
    ]);
  });

  it('moves firstSeen/lastSeen only with current attestations and tracks former ones', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C', { former: true }));
    const r = await rows(
      conn,
      'MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.docs, r.formerDocs, r.firstSeen, r.lastSeen, r.former, r.doc, r.evidence',
    );
    expect(r).toEqual([
      [
        ['document:a', 'document:b', 'document:c'],
        ['document:c'],
        '2018-05-01',
        '2019-01-10',
        false,
        'document:a',
        'A: Mr. Taro Kono, Minister for Foreign Affairs of Japan, spoke.',
      ],
    ]);
    await clearDatabase(conn);
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C', { former: true }));
    expect(await rows(conn, 'MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.former, r.firstSeen, r.lastSeen')).toEqual([
      [true, null, null],
    ]);
  });

  it('writes a fact that several documents of one batch attest as one document after the other does', async () => {
    // One row per fact and batch (graph/write-store.ts factRows): its documents, former ones and dates folded in order.
    const docs = [
      factDoc('b.txt', '2018-05-01', 'B'),
      factDoc('c.txt', '2021-03-01', 'C', { former: true }),
      factDoc('d.txt', '2017-02-01', 'D'),
      factDoc('e.txt', '2019-06-30', 'E'),
    ];
    const read = () => graphSnapshot(conn);
    for (const stored of [[], [factDoc('a.txt', '2019-01-10', 'A')]]) {
      await clearDatabase(conn);
      for (const doc of stored) await writeDocument(conn, doc);
      await writePlans(
        conn,
        docs.map((d) => planDocumentWrite(d)),
      );
      const batched = await read();
      await clearDatabase(conn);
      for (const doc of [...stored, ...docs]) await writeDocument(conn, doc);
      expect(batched).toEqual(await read());
    }
    expect(
      await rows(conn, 'MATCH ()-[r:HOLDS_OFFICE]->() RETURN size(r.docs), r.formerDocs, r.firstSeen, r.lastSeen'),
    ).toEqual([[5, ['document:c'], '2017-02-01', '2019-06-30']]);
  });

  it('counts created and matched nodes and relationships', async () => {
    const a = await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    // Document + Kono + office; HOLDS_OFFICE + 2 MENTIONS.
    expect(a).toEqual({
      nodesCreated: 3,
      nodesMatched: 0,
      relationshipsCreated: 3,
      relationshipsMatched: 0,
      unchanged: false,
    });
    const b = await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
    expect(b).toEqual({
      nodesCreated: 1,
      nodesMatched: 2,
      relationshipsCreated: 2,
      relationshipsMatched: 1,
      unchanged: false,
    });
    const again = await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
    expect(again.unchanged).toBe(true);
    expect(again.nodesCreated + again.relationshipsCreated).toBe(0);
  });

  it('adds an alias that two documents of one batch bring once, as one document after the other does', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    const withAlias = (file: string, tag: string) => {
      const doc = factDoc(file, '2019-02-01', tag);
      doc.entities[0]!.aliases.push('Foreign Minister Kono');
      return planDocumentWrite(doc);
    };
    const aliases = () => rows(conn, 'MATCH (p:Person {id: $id}) RETURN p.aliases', { id: KONO.id });
    await writePlans(conn, [withAlias('b.txt', 'B'), withAlias('c.txt', 'C')]);
    const batched = await aliases();
    expect(batched).toEqual([[['Mr. Taro Kono', 'Foreign Minister Kono']]]);
    await clearDatabase(conn);
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    for (const plan of [withAlias('b.txt', 'B'), withAlias('c.txt', 'C')]) await writePlans(conn, [plan]);
    expect(await aliases()).toEqual(batched);
  });
});

describe('warming up the writer', () => {
  it('stores nothing: its document is written in a transaction that is rolled back', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    const before = await graphSnapshot(conn);
    await warmUpWriter(conn);
    expect(await graphSnapshot(conn)).toEqual(before);
  });
});

describe('stores written with evidence lists on the relationship', () => {
  it('are moved to :Attestation nodes by ensureSchema, read as if written today', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
    const today = await graphSnapshot(conn);
    const evidence = await readEvidence(conn, `HOLDS_OFFICE:${KONO.id}->${KONO_FM.id}`);
    // The former storage model: parallel lists on the relationship, no attestation of its own.
    await conn.driver.executeQuery(
      `MATCH (p)-[r:HOLDS_OFFICE]->(o)
       CALL (p, r, o) {
         UNWIND range(0, size(r.docs) - 1) AS i
         MATCH (d:Document {id: r.docs[i]})
         WITH i, d, [j IN range(0, size(d.attFacts) - 1) WHERE d.attFacts[j] = 'HOLDS_OFFICE:' + p.id + '->' + o.id][0] AS j
         WITH i, d.attStarts[j] AS start, d.attEnds[j] AS end, d.text AS text ORDER BY i
         RETURN collect(substring(text, start, end - start)) AS sentences, collect(start) AS starts, collect(end) AS ends
       }
       SET r.evidences = sentences, r.starts = starts, r.ends = ends
       REMOVE r.attestations
       WITH count(*) AS n
       MATCH (d:Document) REMOVE d.attFacts, d.attStarts, d.attEnds, d.attSentences`,
      {},
      { database: conn.database },
    );
    expect(await counts(conn)).toMatchObject({ attestations: 0 });
    await ensureSchema(conn);
    const moved = await graphSnapshot(conn);
    // The relationships as today; the attestations :Attestation nodes (the model before the Documents' lists),
    // which every read reads as it reads the lists.
    expect(moved.rels).toEqual(today.rels);
    expect(await counts(conn)).toMatchObject({ attestations: 2 });
    expect(await rows(conn, 'MATCH (a:Attestation) RETURN count(a)')).toEqual([[2]]);
    expect(await readEvidence(conn, `HOLDS_OFFICE:${KONO.id}->${KONO_FM.id}`)).toEqual(evidence);
    await ensureSchema(conn);
    expect(await graphSnapshot(conn)).toEqual(moved);
  });
});

describe('attestation sentences', () => {
  const FACT = `HOLDS_OFFICE:${KONO.id}->${KONO_FM.id}`;
  const sentences = async () => (await readEvidence(conn, FACT)).evidence.map((e) => [e.doc, e.sentence]);
  const edge = (): ApiEdge => ({
    key: FACT,
    source: KONO.id,
    target: KONO_FM.id,
    attributes: { relType: 'HOLDS_OFFICE', docs: [], evidence: [] },
  });
  /** The fact's attestations as each read gives them: paged, an export's, a comparison's of the two documents. */
  const reads = async () => {
    const compared = edge();
    await withDocumentsEvidence(conn, [compared], ['document:a', 'document:b']);
    return {
      paged: (await readEvidence(conn, FACT)).evidence,
      exported: (await withAllEvidence(conn, [edge()]))[0]!.attributes.evidence,
      compared: compared.attributes.evidence,
    };
  };
  const A = 'A: Mr. Taro Kono, Minister for Foreign Affairs of Japan, spoke.';
  // A character outside the BMP: Neo4j's substring counts code points, the offsets count UTF-16 units.
  const B = 'B 🇯🇵 Ü: Mr. Taro Kono, Minister for Foreign Affairs of Japan, spoke.';

  it('are read from the text, stored only where Cypher would count otherwise, and moved on retraction', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B 🇯🇵 Ü', { extra: 'person:yoko-kamikawa' }));
    // b's text has a character outside the BMP before its sentence: b stores its sentences, a none.
    expect(await rows(conn, 'MATCH (d:Document) RETURN d.id, d.attSentences ORDER BY d.id')).toEqual([
      ['document:a', null],
      ['document:b', [B]],
    ]);
    expect(await sentences()).toEqual([
      ['document:a', A],
      ['document:b', B],
    ]);
    // a changes: the fact's first attestation moves to b's, whose sentence is its own.
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A2', { withoutFact: true }));
    expect(await rows(conn, 'MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.doc, r.evidence')).toEqual([['document:b', B]]);
    expect(await sentences()).toEqual([['document:b', B]]);
    // and back: b changes, a states it again; the first attestation is read from a's text.
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B2', { withoutFact: true }));
    expect(await rows(conn, 'MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.doc, r.evidence')).toEqual([['document:a', A]]);
  });

  it('stored on every :Attestation (the previous model) go where the text gives them back, reads unchanged', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B 🇯🇵 Ü', { extra: 'person:yoko-kamikawa' }));
    const read = await sentences();
    const all = await reads();
    expect(all.exported.map((e) => e.sentence)).toEqual([A, B]);
    const bare = (evidence: EvidenceRef[]) =>
      evidence.map(({ doc, sentence, start, end }) => ({ doc, sentence, start, end }));
    expect(bare(all.compared)).toEqual(bare(all.exported));
    // The model before the Documents' lists: an :Attestation per fact and document, which at first stored every
    // attestation's sentence.
    await conn.driver.executeQuery(
      `MATCH (d:Document)
       UNWIND range(0, size(d.attFacts) - 1) AS i
       CREATE (:Attestation {fact: d.attFacts[i], doc: d.id, start: d.attStarts[i], end: d.attEnds[i],
         sentence: coalesce(d.attSentences[i], substring(d.text, d.attStarts[i], d.attEnds[i] - d.attStarts[i]))})
       WITH DISTINCT d
       REMOVE d.attFacts, d.attStarts, d.attEnds, d.attSentences`,
      {},
      { database: conn.database },
    );
    expect(await rows(conn, 'MATCH (a:Attestation) RETURN a.sentence ORDER BY a.doc')).toEqual([[A], [B]]);
    expect(await sentences()).toEqual(read);
    expect(await reads()).toEqual(all);
    await ensureSchema(conn);
    expect(await rows(conn, 'MATCH (a:Attestation) RETURN a.doc, a.sentence ORDER BY a.doc')).toEqual([
      ['document:a', null],
      ['document:b', B],
    ]);
    expect(await reads()).toEqual(all);
    const once = await graphSnapshot(conn);
    await ensureSchema(conn);
    expect(await graphSnapshot(conn)).toEqual(once);
    // A document written again leaves the model before: its :Attestation goes, its Document lists the fact.
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A', { extra: 'person:someone-else' }));
    expect(await rows(conn, 'MATCH (a:Attestation) RETURN a.doc ORDER BY a.doc')).toEqual([['document:b']]);
    expect(await reads()).toEqual(all);
  });
});

describe('changed documents', () => {
  it('retracts the old version: the graph equals one where only the new version was imported', async () => {
    await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A', { extra: 'person:old-only' }));
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C', { former: true }));
    // a.txt changes: it no longer states the office, and names someone else.
    const changed = factDoc('a.txt', '2019-01-10', 'A2', { withoutFact: true, extra: 'person:new-only' });
    const summary = await writeDocument(conn, changed);
    expect(summary.unchanged).toBe(false);
    const retracted = await graphSnapshot(conn);
    expect(JSON.stringify(retracted)).not.toContain('person:old-only');
    const fact = await rows(
      conn,
      'MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.docs, r.doc, r.firstSeen, r.lastSeen, r.former, r.formerDocs',
    );
    expect(fact).toEqual([
      [['document:b', 'document:c'], 'document:b', '2018-05-01', '2018-05-01', false, ['document:c']],
    ]);
    // The first attestation moved to b's sentence; a's attestation is gone, b's and c's stay.
    expect(await rows(conn, 'MATCH ()-[r:HOLDS_OFFICE]->() RETURN r.evidence, r.attestations')).toEqual([
      ['B: Mr. Taro Kono, Minister for Foreign Affairs of Japan, spoke.', 2],
    ]);
    expect(await rows(conn, 'MATCH (d:Document) RETURN d.id, d.attFacts ORDER BY d.id')).toEqual([
      ['document:a', null],
      ['document:b', [`HOLDS_OFFICE:${KONO.id}->${KONO_FM.id}`]],
      ['document:c', [`HOLDS_OFFICE:${KONO.id}->${KONO_FM.id}`]],
    ]);

    await clearDatabase(conn);
    await writeDocument(conn, factDoc('b.txt', '2018-05-01', 'B'));
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C', { former: true }));
    await writeDocument(conn, changed);
    expect(retracted).toEqual(await graphSnapshot(conn));
  });

  it('extracts and writes again a readout stored by another version of the extractor, dropping what only it gave', async () => {
    const first = await importPaths(conn, [MOSCOW]);
    expect(first).toMatchObject({ imported: 1, failed: 0 });
    const fresh = await graphSnapshot(conn);
    const [[stamp]] = (await rows(conn, 'MATCH (d:Document) RETURN d.extractor')) as [[string]];
    expect(stamp).toMatch(/^rules:[0-9a-f]{16}$/);
    // What an older extractor left: another stamp, and an office under an id the rules no longer give.
    await conn.driver.executeQuery(
      `MATCH (d:Document) SET d.extractor = 'rules:0000000000000000'
       CREATE (d)-[:MENTIONS]->(:Entity:Office {id: 'office:former-form-of-an-office', name: 'Former form'})`,
      {},
      { database: conn.database },
    );
    expect(await importPaths(conn, [MOSCOW])).toMatchObject({ imported: 1, unchanged: 0, failed: 0 });
    expect(await graphSnapshot(conn)).toEqual(fresh);
    expect(await rows(conn, "MATCH (o:Office {id: 'office:former-form-of-an-office'}) RETURN o")).toEqual([]);
    expect(await importPaths(conn, [MOSCOW])).toMatchObject({ imported: 0, unchanged: 1, failed: 0 });
  });

  it('refreshes the degree of entities the old version named and the new one does not', async () => {
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C'));
    await writeDocument(conn, factDoc('d.txt', '2021-04-01', 'D', { withoutFact: true }));
    const degree = () => rows(conn, 'MATCH (p:Person {id: $id}) RETURN p.degree', { id: KONO.id });
    expect(await degree()).toEqual([[1]]);
    // c.txt changes: it names only somebody else, so Kono (still named by d.txt) loses his only fact.
    const other = factDoc('c.txt', '2021-03-01', 'C2', { withoutFact: true, extra: 'person:new-only' });
    const changed = {
      ...other,
      entities: other.entities.filter((e) => e.id === 'person:new-only'),
      mentions: other.mentions.filter((m) => m.entityId === 'person:new-only'),
    };
    await writeDocument(conn, changed);
    expect(await degree()).toEqual([[0]]);
    const retracted = await graphSnapshot(conn);
    await clearDatabase(conn);
    await writeDocument(conn, factDoc('d.txt', '2021-04-01', 'D', { withoutFact: true }));
    await writeDocument(conn, changed);
    expect(await graphSnapshot(conn)).toEqual(retracted);
  });

  it('deletes a fact when its only document no longer states it', async () => {
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C', { former: true }));
    await writeDocument(conn, factDoc('c.txt', '2021-03-01', 'C2', { withoutFact: true }));
    expect(await rows(conn, 'MATCH ()-[r:HOLDS_OFFICE]->() RETURN count(r)')).toEqual([[0]]);
    expect(await counts(conn)).toMatchObject({ attestations: 0 });
  });

  it('re-imports a readout file whose text changed', async () => {
    const dir = await mkdtemp(join(tmp, 'changed-'));
    const moscow = join(dir, 'moscow.txt');
    const munich = join(dir, 'munich.txt');
    await copyFile(MOSCOW, moscow);
    await copyFile(MUNICH, munich);
    expect(await importPaths(conn, [dir])).toMatchObject({ imported: 2 });
    const text = await readFile(MOSCOW, 'utf8');
    await writeFile(
      moscow,
      text.replace('Mr. Sergey Viktorovich Lavrov, Minister', 'Mr. Igor Vladimirovich Morgulov, Deputy Minister'),
    );
    expect(await importPaths(conn, [dir])).toMatchObject({ imported: 1, unchanged: 1, failed: 0 });
    const retracted = await graphSnapshot(conn);

    await clearDatabase(conn);
    await importPaths(conn, [munich]);
    await importPaths(conn, [moscow]);
    expect(retracted).toEqual(await graphSnapshot(conn));
  });
});

describe('the data version of the stats', () => {
  it('follows every change, also one written through another connection, and stays while nothing changes', async () => {
    const other = await testConnection();
    try {
      const served = async () => (await getStats(conn)).dataVersion;
      const stored = async () =>
        dataVersionOf((await rows(conn, 'MATCH (d:Document) RETURN d.sha256')).map((r) => String(r[0])));
      await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
      const first = await served();
      expect(first).toBe(await stored());
      expect(await served()).toBe(first);
      // Another process (an import while the explorer is open) changes a document, then adds one.
      await writeDocument(other, factDoc('a.txt', '2019-01-10', 'A2'));
      const changed = await served();
      expect(changed).not.toBe(first);
      expect(changed).toBe(await stored());
      await writeDocument(other, factDoc('b.txt', '2018-05-01', 'B'));
      expect(await served()).toBe(await stored());
      expect(await served()).not.toBe(changed);
    } finally {
      await other.close();
    }
  });
});

describe('re-importing', () => {
  it('does not extract again a file whose bytes are those of its stored document', async () => {
    const dir = await mkdtemp(join(tmp, 'skip-'));
    const moscow = join(dir, 'moscow.txt');
    const munich = join(dir, 'munich.txt');
    await copyFile(MOSCOW, moscow);
    await copyFile(MUNICH, munich);
    const seen: string[] = [];
    const extract = (path: string, o: { extractor?: string }) => {
      seen.push(basename(path));
      return extractFile(path, o);
    };
    expect(await importPaths(conn, [dir], { extract })).toMatchObject({ imported: 2, failed: 0 });
    expect(seen.sort()).toEqual(['moscow.txt', 'munich.txt']);

    seen.length = 0;
    await writeFile(munich, `${await readFile(MUNICH, 'utf8')}\nThe two ministers agreed to meet again.\n`);
    const again = await importPaths(conn, [dir], { extract });
    expect(again).toMatchObject({ files: 2, imported: 1, unchanged: 1, failed: 0 });
    expect(seen).toEqual(['munich.txt']);

    // Two files with one document id: both go through the extractor and the writer, in order.
    seen.length = 0;
    const other = await mkdtemp(join(tmp, 'skip-other-'));
    await copyFile(MOSCOW, join(other, 'moscow.txt'));
    const twice = await importPaths(conn, [dir, other], { extract });
    expect(twice).toMatchObject({ files: 3, imported: 0, unchanged: 3, failed: 0 });
    expect(seen).toEqual(['moscow.txt', 'moscow.txt']);
  });
});

describe('bad documents', () => {
  it('refuses a document with a relation the ontology forbids and writes nothing of it', async () => {
    const bad = factDoc('bad.txt', '2019-01-10', 'A');
    bad.relations.push({
      type: 'HOLDS_OFFICE',
      from: KONO.id,
      to: KONO.id,
      evidence: { sentence: 'x', start: 0, end: 1 },
    });
    const err = await writeDocument(conn, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentValidationError);
    expect((err as Error).message).toMatch(
      /"bad\.txt".*HOLDS_OFFICE person:taro-kono → person:taro-kono.*Person → Person/,
    );
    expect(await counts(conn)).toEqual({ nodes: 0, relationships: 0, documents: 0, attestations: 0 });
  });

  it('rolls the whole document back when Neo4j refuses a write half way', async () => {
    const bad = factDoc('bad.txt', '2019-01-10', 'A');
    // A map is not a valid property value: MERGE_DOCUMENTS succeeds, the Office entity write fails.
    (bad.entities[1] as { name: unknown }).name = { not: 'a string' };
    await expect(writeDocument(conn, bad)).rejects.toBeInstanceOf(GraphStoreError);
    expect(await counts(conn)).toEqual({ nodes: 0, relationships: 0, documents: 0, attestations: 0 });
  });

  it('skips a failing document among good ones and reports it (policy skip)', async () => {
    const dir = await mkdtemp(join(tmp, 'skip-'));
    await copyFile(MOSCOW, join(dir, 'a-moscow.txt'));
    await writeFile(join(dir, 'b-empty.txt'), '');
    await copyFile(MUNICH, join(dir, 'c-munich.txt'));
    await writeFile(join(dir, 'notes.pdf'), 'not a readout');
    const summary = await importPaths(conn, [dir], { onError: 'skip' });
    expect(summary).toMatchObject({ files: 3, imported: 2, failed: 1, notAttempted: 0 });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.file).toMatch(/b-empty\.txt$/);
    expect(summary.failures[0]!.message).toMatch(/empty/);
    expect(summary.skippedFiles).toEqual([join(dir, 'notes.pdf')]);
    expect((await counts(conn)).documents).toBe(2);
  });

  it('skips a document whose extraction breaks the ontology, and stops at it with policy fail', async () => {
    const extract = async (path: string) => {
      const doc = await extractFile(path);
      if (path === MOSCOW)
        doc.relations.push({
          type: 'OFFICE_OF',
          from: KONO.id,
          to: KONO_FM.id,
          evidence: { sentence: '', start: 0, end: 0 },
        });
      return doc;
    };
    const skip = await importPaths(conn, [MOSCOW, MUNICH], { extract });
    expect(skip).toMatchObject({ imported: 1, failed: 1 });
    expect(skip.failures[0]!.message).toMatch(/2019-01-14-japan-russia-foreign-ministers-moscow\.txt.*OFFICE_OF/);
    await clearDatabase(conn);
    const fail = await importPaths(conn, [MOSCOW, MUNICH], { extract, onError: 'fail' });
    expect(fail).toMatchObject({ imported: 0, failed: 1, notAttempted: 1 });
    expect(fail.stoppedBecause).toMatch(/--on-error=fail/);
    expect((await counts(conn)).documents).toBe(0);
  });
});

describe('Neo4j going away during an import', () => {
  let proxy: Server;
  const sockets = new Set<Socket>();

  afterAll(() => {
    for (const s of sockets) s.destroy();
    proxy?.close();
  });

  it('stops with a clear error and keeps the documents already stored', async () => {
    // A TCP proxy in front of the test database, closed after the first document.
    const target = new URL(conn.uri.replace(/^(bolt|neo4j)(\+s|\+ssc)?:/, 'http:'));
    proxy = createServer((client) => {
      const server = new Socket().connect(Number(target.port || 7687), target.hostname);
      for (const s of [client, server]) {
        sockets.add(s);
        s.on('error', () => undefined);
      }
      client.pipe(server).pipe(client);
    });
    await new Promise<void>((res) => proxy.listen(0, '127.0.0.1', res));
    const port = (proxy.address() as { port: number }).port;
    const password = inject('neo4jPassword');
    const auth = password ? neo4j.auth.basic(inject('neo4jUser'), password) : undefined;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 1000,
      connectionAcquisitionTimeout: 2000,
    });
    const viaProxy: GraphConnection = { ...conn, driver, uri: `bolt://127.0.0.1:${port}`, close: () => driver.close() };
    const third = join(SAMPLES, '2018-12-01-japan-russia-summit.txt');
    const summary = await importPaths(viaProxy, [MOSCOW, MUNICH, third], {
      onProgress: (done) => {
        if (done !== 1) return;
        proxy.close();
        for (const s of sockets) s.destroy();
      },
    });
    await driver.close();
    expect(summary).toMatchObject({ imported: 1, failed: 1, notAttempted: 1 });
    expect(summary.failures.at(-1)!.message).toMatch(/unreachable|unavailable/i);
    expect(summary.stoppedBecause).toMatch(/became unavailable while writing .*munich.*stored intact/);
    const docs = await rows(conn, 'MATCH (d:Document) RETURN d.id');
    expect(docs).toEqual([['document:2019-01-14-japan-russia-foreign-ministers-moscow']]);
  });
});
