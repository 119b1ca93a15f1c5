// The writer against a fake transaction that records each query constant and its rows (graphrag's
// test_kg_writer.py style), plus the validation and the shape of the literal per-label/per-type queries.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';

import {
  MERGE_DOCUMENTS,
  MERGE_ENTITIES,
  MERGE_FACTS_BY_TYPE,
  READ_DOCUMENT_SHAS,
  RETRACT_ATTESTATIONS,
  RETRACT_MENTIONS,
  RETRACT_SHARED_FACTS,
  RETRACT_SOLE_FACTS,
} from './queries/write.ts';
import { READ_MENTIONED_ENTITY_IDS, REFRESH_DEGREES } from './queries/degree.ts';
import { ENTITY_LABELS, FACT_TYPES, RELATION_ENDPOINTS } from './schema.ts';
import type { DocumentForWrite } from './types.ts';
import { cypherSubstring, planDocumentWrite, sentenceToStore, warmUpDocument } from './write-plan.ts';
import {
  DocumentValidationError,
  documentId,
  factRows,
  writePlanInTx,
  writePlansInTx,
  type QueryRunner,
} from './write-store.ts';

interface Call {
  query: string;
  params: Record<string, unknown>;
}

/** The rows of a batched query's parameters (graph/batch-params.ts). */
const rowsOf = (params: Record<string, unknown>): unknown[] => [
  ...((params.batch as { rows?: unknown[] } | undefined)?.rows ?? []),
];

/** A transaction that records calls; READ_DOCUMENT_SHAS answers `storedSha` for every id; every write creates `created` of each. */
function fakeTx(storedSha?: string, created = { nodes: 1, rels: 2 }): QueryRunner & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    run(query, params = {}) {
      calls.push({ query, params });
      const ids = rowsOf(params) as string[];
      const records =
        query === READ_DOCUMENT_SHAS && storedSha
          ? ids.map((id) => ({ get: (k: string) => (k === 'id' ? id : k === 'sha256' ? storedSha : null) }))
          : [];
      const updates = () => ({ nodesCreated: created.nodes, relationshipsCreated: created.rels });
      return Promise.resolve({ records, summary: { counters: { updates } } });
    },
  };
}

const SENTENCE = 'Mr. Taro Kono, Minister for Foreign Affairs of Japan, met the former Prime Minister Mori.';

function sampleDoc(over: Partial<DocumentForWrite> = {}): DocumentForWrite {
  return {
    document: { file: '2019-05-10-Kono Visit.txt', title: 'Kono visit', date: '2019-05-10', sha256: 'abc' },
    text: SENTENCE,
    entities: [
      { id: 'person:taro-kono', type: 'Person', name: 'Taro Kono', aliases: ['Mr. Taro Kono', 'Kono', 'Kono'] },
      {
        id: 'office:minister-for-foreign-affairs-of-japan',
        type: 'Office',
        name: 'Minister for Foreign Affairs of Japan',
        aliases: [],
        title: 'Minister for Foreign Affairs',
        state: 'Japan',
        kind: 'ignored: not an Office property',
      },
      { id: 'state:japan', type: 'State', name: 'Japan', aliases: [], iso2: 'JP', iso3: 'JPN' },
      { id: 'agreement:peace-treaty', type: 'Agreement', name: 'Peace Treaty', aliases: [], year: 1956 },
    ],
    relations: [
      {
        type: 'HOLDS_OFFICE',
        from: 'person:taro-kono',
        to: 'office:minister-for-foreign-affairs-of-japan',
        evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
      },
      {
        type: 'OFFICE_OF',
        from: 'office:minister-for-foreign-affairs-of-japan',
        to: 'state:japan',
        evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
      },
      // A second attestation of the same fact in the same document: only the first is kept.
      {
        type: 'OFFICE_OF',
        from: 'office:minister-for-foreign-affairs-of-japan',
        to: 'state:japan',
        evidence: { sentence: 'later', start: 100, end: 105 },
      },
    ],
    mentions: [
      { entityId: 'person:taro-kono', start: 4, end: 13 },
      { entityId: 'person:taro-kono', start: 4, end: 13 },
      { entityId: 'state:japan', start: 48, end: 53 },
    ],
    ...over,
  };
}

describe('planDocumentWrite', () => {
  it('derives the document id from the file base name without extension', () => {
    expect(documentId('2018-12-01-japan-russia-summit.txt')).toBe('document:2018-12-01-japan-russia-summit');
    expect(documentId('some/dir/Outcomes List.html')).toBe('document:outcomes-list');
  });

  it('builds entity rows with deduplicated aliases, label properties only and integer year and spans', () => {
    const plan = planDocumentWrite(sampleDoc());
    expect(plan.docId).toBe('document:2019-05-10-kono-visit');
    const person = plan.entities.Person![0]!;
    expect(person.aliases).toEqual(['Mr. Taro Kono', 'Kono']);
    expect(person.starts).toEqual([neo4j.int(4)]);
    expect(person.ends).toEqual([neo4j.int(13)]);
    expect(plan.entities.Office![0]!.props).toEqual({ title: 'Minister for Foreign Affairs', state: 'Japan' });
    expect(plan.entities.State![0]!.props).toEqual({ iso2: 'JP', iso3: 'JPN' });
    const year = plan.entities.Agreement![0]!.props.year;
    expect(neo4j.isInt(year)).toBe(true);
    expect(plan.entities.Agreement![0]!.starts).toEqual([]);
    expect(plan.nodeRows).toBe(5);
    expect(plan.relationshipRows).toBe(2 + 4);
  });

  it('keeps the first attestation of a fact per document and dates HOLDS_OFFICE with the document date', () => {
    const plan = planDocumentWrite(sampleDoc());
    expect(plan.facts.OFFICE_OF).toHaveLength(1);
    expect(plan.facts.OFFICE_OF![0]!.first!.start).toEqual(neo4j.int(0));
    expect(plan.facts.HOLDS_OFFICE![0]).toMatchObject({ former: false, date: '2019-05-10', doc: plan.docId });
    expect(plan.doc).toMatchObject({ id: plan.docId, name: 'Kono visit', sha256: 'abc', text: SENTENCE });
  });

  it('rejects a relation whose endpoints the ontology forbids, naming the document and the relation', () => {
    const doc = sampleDoc();
    doc.relations.push({
      type: 'HOLDS_OFFICE',
      from: 'person:taro-kono',
      to: 'state:japan',
      evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
    });
    expect(() => planDocumentWrite(doc)).toThrow(DocumentValidationError);
    expect(() => planDocumentWrite(doc)).toThrow(
      /2019-05-10-Kono Visit\.txt.*HOLDS_OFFICE person:taro-kono → state:japan/,
    );
  });

  it('rejects a relation to an entity that is not in the document, and a mention of one', () => {
    const doc = sampleDoc();
    doc.relations.push({
      type: 'OFFICE_OF',
      from: 'office:x',
      to: 'state:japan',
      evidence: { sentence: '', start: 0, end: 0 },
    });
    expect(() => planDocumentWrite(doc)).toThrow(/"office:x" is not an entity of the document/);
    const doc2 = sampleDoc({ mentions: [{ entityId: 'person:nobody', start: 0, end: 3 }] });
    expect(() => planDocumentWrite(doc2)).toThrow(/unknown entity "person:nobody"/);
  });

  it('rejects an id that does not carry its label', () => {
    const doc = sampleDoc();
    doc.entities.push({ id: 'state:kono', type: 'Person', name: 'Kono', aliases: [] });
    expect(() => planDocumentWrite(doc)).toThrow(/"state:kono" does not start with "person:"/);
  });
});

describe('warmUpDocument', () => {
  it('has a row for every label and every fact type, so that warming up plans every write query', async () => {
    const plan = planDocumentWrite(warmUpDocument());
    expect(Object.keys(plan.entities).sort()).toEqual([...ENTITY_LABELS].sort());
    expect(Object.keys(plan.facts).sort()).toEqual([...FACT_TYPES].sort());
    const tx = fakeTx();
    await writePlanInTx(tx, plan);
    const written = new Set(tx.calls.map((c) => c.query));
    for (const q of [MERGE_ENTITIES, ...Object.values(MERGE_FACTS_BY_TYPE)]) expect(written.has(q)).toBe(true);
  });
});

describe('writePlanInTx', () => {
  it('writes a new document: sha check, document, entities, facts per type, no retraction', async () => {
    const tx = fakeTx(undefined, { nodes: 1, rels: 1 });
    const summary = await writePlanInTx(tx, planDocumentWrite(sampleDoc()));
    expect(tx.calls.map((c) => c.query)).toEqual([
      READ_DOCUMENT_SHAS,
      MERGE_DOCUMENTS,
      MERGE_ENTITIES,
      MERGE_FACTS_BY_TYPE.HOLDS_OFFICE,
      MERGE_FACTS_BY_TYPE.OFFICE_OF,
      REFRESH_DEGREES,
    ]);
    // Entities of every label in one query, label by label, each row naming its label and document.
    expect(rowsOf(tx.calls[2]!.params)).toMatchObject(
      ['Person', 'Office', 'State', 'Agreement'].map((label) => ({ label, doc: 'document:2019-05-10-kono-visit' })),
    );
    // The degree of every entity written is refreshed once, after the facts.
    expect(new Set(rowsOf(tx.calls.at(-1)!.params) as string[])).toEqual(
      new Set([
        'person:taro-kono',
        'office:minister-for-foreign-affairs-of-japan',
        'state:japan',
        'agreement:peace-treaty',
      ]),
    );
    // 4 writes create 1 node and 1 relationship each (fake counters); nodes the 2 fact writes report (a fact
    // query creates none) are not counted as graph nodes; the rest of the 5 node and 6 relationship rows count as
    // matched.
    expect(summary).toEqual({
      nodesCreated: 2,
      nodesMatched: 3,
      relationshipsCreated: 4,
      relationshipsMatched: 2,
      unchanged: false,
    });
  });

  it('passes every batch of rows inside a map, never as a list parameter (plans are cached per list size)', async () => {
    const tx = fakeTx();
    await writePlanInTx(tx, planDocumentWrite(sampleDoc()));
    for (const { query, params } of tx.calls) {
      expect(query).toContain('$batch.rows');
      expect(Object.values(params).filter(Array.isArray)).toEqual([]);
    }
  });

  it('does nothing but the check when the stored sha256 is the same', async () => {
    const tx = fakeTx('abc');
    const summary = await writePlanInTx(tx, planDocumentWrite(sampleDoc()));
    expect(tx.calls.map((c) => c.query)).toEqual([READ_DOCUMENT_SHAS]);
    expect(summary).toMatchObject({ unchanged: true, nodesCreated: 0, relationshipsCreated: 0, nodesMatched: 5 });
  });

  it('retracts and writes again a document of the same sha256 read by another extractor', async () => {
    const same = await writePlanInTx(fakeTx('abc'), planDocumentWrite({ ...sampleDoc(), extractor: 'rules:0001' }));
    expect(same.unchanged).toBe(false);
    const tx = fakeTx('abc', { nodes: 0, rels: 0 });
    await writePlanInTx(tx, planDocumentWrite({ ...sampleDoc(), extractor: 'rules:0002' }));
    expect(tx.calls.map((c) => c.query)).toContain(RETRACT_MENTIONS);
    const doc = (tx.calls.find((c) => c.query === MERGE_DOCUMENTS)!.params.batch as { rows: { extractor?: string }[] })
      .rows[0];
    expect(doc?.extractor).toBe('rules:0002');
  });

  it('retracts the stored version first when the text changed', async () => {
    const tx = fakeTx('old-sha', { nodes: 0, rels: 0 });
    const summary = await writePlanInTx(tx, planDocumentWrite(sampleDoc()));
    expect(tx.calls.slice(0, 7).map((c) => c.query)).toEqual([
      READ_DOCUMENT_SHAS,
      READ_MENTIONED_ENTITY_IDS,
      RETRACT_SOLE_FACTS,
      RETRACT_SHARED_FACTS,
      RETRACT_ATTESTATIONS,
      RETRACT_MENTIONS,
      MERGE_DOCUMENTS,
    ]);
    for (const call of tx.calls.slice(1, 6)) expect(rowsOf(call.params)).toEqual(['document:2019-05-10-kono-visit']);
    expect(summary).toMatchObject({ unchanged: false, nodesMatched: 5, relationshipsMatched: 6 });
  });

  it('retracts the stored documents of a batch together: each retraction query once, with every stored id', async () => {
    const tx = fakeTx('old-sha', { nodes: 0, rels: 0 });
    const plans = ['a.txt', 'b.txt', 'c.txt'].map((file) =>
      planDocumentWrite(sampleDoc({ document: { ...sampleDoc().document, file } })),
    );
    await writePlansInTx(tx, plans);
    const retractions = [
      READ_MENTIONED_ENTITY_IDS,
      RETRACT_SOLE_FACTS,
      RETRACT_SHARED_FACTS,
      RETRACT_ATTESTATIONS,
      RETRACT_MENTIONS,
    ];
    expect(tx.calls.slice(1, 6).map((c) => c.query)).toEqual(retractions);
    for (const call of tx.calls.slice(1, 6))
      expect(rowsOf(call.params)).toEqual(['document:a', 'document:b', 'document:c']);
    expect(tx.calls.filter((c) => retractions.includes(c.query))).toHaveLength(5);
  });
});

describe('write queries', () => {
  const all = [MERGE_ENTITIES, ...Object.values(MERGE_FACTS_BY_TYPE), RETRACT_SHARED_FACTS, RETRACT_MENTIONS];

  it('are literal and parameterised', () => {
    for (const q of all) expect(q).not.toMatch(/\$\{/);
    for (const q of [MERGE_ENTITIES, ...Object.values(MERGE_FACTS_BY_TYPE)]) {
      expect(q.startsWith('CYPHER replan=skip\nUNWIND $batch.rows AS row')).toBe(true);
    }
  });

  it('merge entities on the id constraint of :Entity and set the label of the row on the nodes they create', () => {
    expect(MERGE_ENTITIES).toContain('MERGE (e:Entity {id: row.id})');
    expect(MERGE_ENTITIES).toContain('ON CREATE SET e:$(row.label),');
  });

  it('match an endpoint of one label by that label, one of several by :Entity, and merge their own type', () => {
    // One index seek per endpoint: `:A|B {id}` is planned as a seek per label and a Distinct. The writer has checked
    // the labels against RELATION_ENDPOINTS (planDocumentWrite), and an id carries its label.
    const expected = (labels: readonly string[]) => (labels.length === 1 ? labels[0] : 'Entity');
    for (const type of FACT_TYPES) {
      const q = MERGE_FACTS_BY_TYPE[type];
      const from = /\nMATCH \(a:(\w+) \{id: row\.from\}\)\n/.exec(q)?.[1];
      const to = /\nMATCH \(b:(\w+) \{id: row\.to\}\)\n/.exec(q)?.[1];
      expect(from, type).toBe(expected(RELATION_ENDPOINTS[type].from));
      expect(to, type).toBe(expected(RELATION_ENDPOINTS[type].to));
      expect(q).toContain(`MERGE (a)-[r:${type}]->(b)`);
    }
  });

  it("stores each new attestation as an entry of its Document's lists, never as a node or a list on the edge", async () => {
    for (const type of FACT_TYPES) {
      // The fact takes its first attestation from the row's `first` map when the row creates it.
      expect(MERGE_FACTS_BY_TYPE[type], type).toMatch(
        /\nMERGE \(a\)-\[r:\w+\]->\(b\)\nON CREATE SET r \+= row\.first, r\.docs = (?:row\.docs|\[\]), /,
      );
      expect(MERGE_FACTS_BY_TYPE[type], type).not.toMatch(/Attestation|row\.(?:evidence|start|end|fact|att)\b/);
      expect(MERGE_FACTS_BY_TYPE[type], type).not.toMatch(/evidences|r\.starts/);
    }
    // Every fact row of the batch, of every type, goes to its type's query once.
    const tx = fakeTx();
    const written = planDocumentWrite(sampleDoc());
    await writePlanInTx(tx, written);
    const sent = tx.calls.filter((c) => Object.values<string>(MERGE_FACTS_BY_TYPE).includes(c.query));
    expect(sent.flatMap((c) => rowsOf(c.params))).toEqual(
      FACT_TYPES.flatMap((t) => factRows(t, written.facts[t] ?? [])),
    );
    expect(sent.flatMap((c) => rowsOf(c.params) as { docs: string[] }[]).map((r) => r.docs)).toEqual(
      FACT_TYPES.flatMap((t) => (written.facts[t] ?? []).map(() => [written.docId])),
    );
    const plan = planDocumentWrite(sampleDoc());
    const keys: string[] = [];
    for (const type of FACT_TYPES)
      for (const row of plan.facts[type] ?? []) {
        keys.push(`${type}:${row.from}->${row.to}`);
        expect(row.doc).toBe(plan.docId);
        expect(row.first).toEqual({
          doc: plan.docId,
          evidence: SENTENCE,
          start: neo4j.int(0),
          end: neo4j.int(SENTENCE.length),
        });
        expect(Object.keys(row).sort()).toEqual(
          type === 'HOLDS_OFFICE' ? ['date', 'doc', 'first', 'former', 'from', 'to'] : ['doc', 'first', 'from', 'to'],
        );
      }
    // The attestations go with the Document, in the order of their sentences; the sentence is the text's slice at
    // the offsets, read from the text, so none is stored.
    expect([...plan.doc.attFacts!].sort()).toEqual(keys.sort());
    expect(plan.doc.attStarts).toEqual(keys.map(() => neo4j.int(0)));
    expect(plan.doc.attEnds).toEqual(keys.map(() => neo4j.int(SENTENCE.length)));
    expect(plan.doc.attSentences).toBeUndefined();
    // A document that states no fact has no lists (`SET d = doc` removes those of a version before).
    const bare = planDocumentWrite(sampleDoc({ relations: [] }));
    expect(Object.keys(bare.doc).filter((k) => k.startsWith('att'))).toEqual([]);
  });
});

describe('attestation sentences read from the text', () => {
  const ev = (text: string, sentence: string) => ({
    sentence,
    start: text.indexOf(sentence),
    end: text.indexOf(sentence) + sentence.length,
  });
  const store = (text: string, sentence: string) =>
    sentenceToStore(text, text.search(/[\uD800-\uDFFF]/), () => Array.from(text), ev(text, sentence));

  it('stores none where the text gives the sentence back, accents and other BMP letters included', () => {
    const s = 'Le ministre a reçu M. Müller à Genève — 外務大臣 et al.';
    const text = `Intro. ${s} End.`;
    expect(store(text, s)).toBeUndefined();
    // A character outside the BMP after the sentence changes nothing before it.
    expect(store(`${text} Emoji 😀 here.`, s)).toBeUndefined();
  });

  it('stores the sentence where Cypher would count otherwise or the offsets do not give it', () => {
    // Neo4j counts code points: a character outside the BMP before the sentence's end shifts its offsets.
    const s = 'The ministers met in Tokyo.';
    expect(store(`Flag 🇯🇵 first. ${s} More.`, s)).toBe(s);
    const s2 = 'They met 𝐭𝐨𝐝𝐚𝐲 in Paris.';
    expect(store(`Intro. ${s2} End.`, s2)).toBe(s2);
    // A writer's sentence that is not the text's slice is kept as it was given.
    expect(sentenceToStore('Abc. Def.', -1, () => [], { sentence: 'Def', start: 5, end: 9 })).toBe('Def');
    // Such a document stores every sentence of its attestations (the read takes `attSentences[i]` first).
    const plan = planDocumentWrite(sampleDoc({ text: `😀 ${SENTENCE}` }));
    expect(plan.doc.attSentences).toEqual(plan.doc.attFacts!.map(() => SENTENCE));
  });

  it("emulates Neo4j's substring: code points, clamped to the end", () => {
    const points = Array.from('a😀bc');
    expect(cypherSubstring(points, 1, 2)).toBe('😀b');
    expect(cypherSubstring(points, 2, 10)).toBe('bc');
    expect(cypherSubstring(points, 9, 1)).toBe('');
    // Where the slice at code points happens to be the sentence, Cypher gives it back: nothing to store.
    expect(store('😀 x', '😀 x')).toBeUndefined();
  });

  it("sends one row per fact of the batch: its documents in order, the first row's attestation, the plans left as they are", () => {
    const a = planDocumentWrite(sampleDoc());
    const b = planDocumentWrite(sampleDoc({ document: { ...sampleDoc().document, file: 'other.txt' } }));
    const rows = factRows('OFFICE_OF', [...a.facts.OFFICE_OF!, ...b.facts.OFFICE_OF!]);
    expect(rows).toHaveLength(a.facts.OFFICE_OF!.length);
    expect(rows.map((r) => r.docs)).toEqual(a.facts.OFFICE_OF!.map(() => [a.docId, b.docId]));
    expect(rows.map((r) => r.first)).toEqual(a.facts.OFFICE_OF!.map((r) => r.first));
    expect(rows.map((r) => Object.keys(r).sort())).toEqual(
      a.facts.OFFICE_OF!.map(() => ['docs', 'first', 'from', 'to']),
    );
    expect(b.facts.OFFICE_OF![0]!.first?.evidence).toBe(SENTENCE);
    // Facts of other endpoints stay apart, in the order of their first row.
    const other = { ...b.facts.OFFICE_OF![0]!, to: 'state:france' };
    const mixed = factRows('OFFICE_OF', [other, ...a.facts.OFFICE_OF!, ...b.facts.OFFICE_OF!]);
    expect(mixed.map((r) => [r.to, r.docs])).toEqual([
      ['state:france', [b.docId]],
      ...a.facts.OFFICE_OF!.map((r) => [r.to, [a.docId, b.docId]]),
    ]);
  });

  it('folds the documents of a HOLDS_OFFICE fact into former documents and dates, in order', () => {
    const row = { from: 'person:a', to: 'office:b' };
    const rows = factRows('HOLDS_OFFICE', [
      { ...row, doc: 'd1', former: false, date: '2020-05-01' },
      { ...row, doc: 'd2', former: true, date: '2019-01-01' },
      { ...row, doc: 'd3', former: false, date: null },
      { ...row, doc: 'd4', former: false, date: '2018-02-03' },
      { from: 'person:c', to: 'office:b', doc: 'd4', former: true, date: '2018-02-03' },
    ]);
    expect(rows).toEqual([
      { ...row, docs: ['d1', 'd2', 'd3', 'd4'], formerDocs: ['d2'], dates: ['2020-05-01', '2018-02-03'] },
      { from: 'person:c', to: 'office:b', docs: ['d4'], formerDocs: ['d4'], dates: [] },
    ]);
    // Other types carry neither.
    expect(factRows('OFFICE_OF', [{ ...row, doc: 'd1' }])).toEqual([{ ...row, docs: ['d1'] }]);
  });
});

describe('HOLDS_OFFICE attested twice in one document', () => {
  it('counts as current when any attestation is current, keeping the first as evidence', () => {
    const doc = sampleDoc();
    const first = doc.relations[0]!;
    doc.relations[0] = { ...first, former: true };
    doc.relations.push({ ...first, evidence: { sentence: 'later', start: 200, end: 205 } });
    const row = planDocumentWrite(doc).facts.HOLDS_OFFICE!;
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ former: false, first: { evidence: SENTENCE, start: neo4j.int(0) } });
  });
});
