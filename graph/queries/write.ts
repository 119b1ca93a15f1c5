// Write Cypher of the store (graph/README.md "Storage model"): the document, entities per label with
// their MENTIONS, fact relationships per type, and the retraction of a document whose text changed.
// Entities of every label go through one query (the label is set from the row); a relationship type cannot
// be: Neo4j 5.26 plans a MERGE of a dynamic type as a scan of all relationships, so facts have one query per type.
import type { FactType } from '../schema.ts';
import { ATTESTATION_SENTENCE, LISTED_INDEX, LISTED_SENTENCE } from './evidence.ts';
import { KEEP_PLAN } from './plan-options.ts';

// Every query takes the rows of a whole batch of documents (importer/write.ts writes up to MAX_BATCH
// in one transaction) as `$batch.rows` (graph/batch-params.ts: a list inside a map, planned once for any
// number of rows); each row names its document, and rows come in document order.

/**
 * The stored sha256 and extractor stamp of the documents whose ids are $batch.rows (those stored), to skip
 * unchanged re-imports.
 */
export const READ_DOCUMENT_SHAS = `${KEEP_PLAN}
UNWIND $batch.rows AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.sha256 AS sha256, d.extractor AS extractor`;

/** Creates or overwrites Document nodes; each of `$batch.rows` holds every property (id, name, title, file, sha256, text…). */
export const MERGE_DOCUMENTS = `${KEEP_PLAN}
UNWIND $batch.rows AS doc
MERGE (d:Document {id: doc.id})
SET d = doc`;

// ---------------------------------------------------------------------------------------------
// Entities, each with the MENTIONS from the document being written
// ---------------------------------------------------------------------------------------------

/**
 * Rows: {doc, id, label, name, aliases, props, starts, ends}, entities of every label in one query (merged on
 * the :Entity id constraint, their own label set when created: one plan for the six labels, where a query per
 * label had a fresh Neo4j plan six, about 0.2 s of its CPU each). New aliases are appended, never duplicated;
 * name and aliases are written only when they change (each write re-indexes the node in both full-text indexes).
 * The MENTIONS is created, not merged: the writer only writes documents that are new or just retracted.
 * `added` is computed for all the rows before any is written (Neo4j reads eagerly here), so two documents
 * of a batch bringing the same new alias are filtered again against the aliases as they are at the SET.
 * An Office keeps the name it was first stored under: its id is the identity key of its title forms
 * (importer/extract/office-identity.ts), so another document's form ("Minister for Foreign Affairs of Japan"
 * beside "Foreign Minister of Japan") becomes an alias, and the title and state follow the stored name.
 */
export const MERGE_ENTITIES = `${KEEP_PLAN}
UNWIND $batch.rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:$(row.label), e.name = row.name, e.aliases = row.aliases
WITH e, row, row.label = 'Office' AS keep
WITH e, row, keep,
  [a IN row.aliases + CASE WHEN keep THEN [row.name] ELSE [] END
   WHERE NOT a IN coalesce(e.aliases, []) AND NOT (keep AND a = e.name)] AS added
CALL (e, row, keep, added) {
  WITH * WHERE (e.name <> row.name AND NOT keep) OR size(added) > 0
  SET e.name = CASE WHEN keep THEN e.name ELSE row.name END,
    e.aliases = coalesce(e.aliases, []) + [a IN added WHERE NOT a IN coalesce(e.aliases, []) AND NOT (keep AND a = e.name)]
}
SET e += CASE WHEN e.name = row.name THEN row.props ELSE {} END
WITH e, row
MATCH (d:Document {id: row.doc})
CREATE (d)-[:MENTIONS {starts: row.starts, ends: row.ends}]->(e)`;

// ---------------------------------------------------------------------------------------------
// Fact relationships: one per (type, from, to), with the batch's documents appended; its attestations apart
// ---------------------------------------------------------------------------------------------

/**
 * Rows: one per fact of the batch (graph/write-store.ts `factRows`): {from, to, docs, first?: {doc, evidence, start,
 * end}} (+ {formerDocs, dates} for HOLDS_OFFICE), `docs` the batch's documents that attest it, in order, appended as
 * a row per document used to append each (the same fact, half the rows in the bench's batches: README "Benchmark",
 * twenty-second round); HOLDS_OFFICE folds `dates` into firstSeen/lastSeen one after the other, with the comparison a
 * row per document made. An endpoint of one label
 * in RELATION_ENDPOINTS is matched by that label; one of several (`State|Organization`) by the :Entity id constraint, since
 * `(b:State|Organization {id: …})` is planned as one index seek per label and a Distinct (about 0.45 ms of Neo4j's
 * CPU per readout): the writer has checked the endpoints' labels against RELATION_ENDPOINTS (planDocumentWrite) and
 * an id carries its label (a unit test checks both forms). The first attestation stays in doc/evidence/start/end
 * (`row.first`, one map `SET`: the first document's). The map `SET` has the planner put an
 * `Eager` before the `MERGE` (it may write any property); set property by property there is none, but the fresh
 * Neo4j plans the twelve queries about 0.3 s longer and the writes were no faster (README "Benchmark",
 * twenty-first round: Neo4j 9.62 against 10.21 ms per readout, medians of three alternated runs).
 * A row's document is never in the fact's `docs` yet: the writer writes only documents that are new or just
 * retracted, and a batch's documents are distinct. The attestation itself (the document's sentence of the fact) is an entry
 * of the Document's lists (`attFacts`, `attStarts`, `attEnds`: MERGE_DOCUMENTS writes them), where a node per row with
 * two indexes cost Neo4j about a fifth of its writes (README "Benchmark", twenty-first round).
 */
export const MERGE_FACTS_BY_TYPE = {
  HOLDS_OFFICE: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Office {id: row.to})
MERGE (a)-[r:HOLDS_OFFICE]->(b)
ON CREATE SET r += row.first, r.docs = [], r.attestations = 0, r.formerDocs = []
SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs),
  r.formerDocs = coalesce(r.formerDocs, []) + row.formerDocs,
  r.firstSeen = reduce(m = r.firstSeen, x IN row.dates | CASE WHEN m <= x THEN m ELSE x END),
  r.lastSeen = reduce(m = r.lastSeen, x IN row.dates | CASE WHEN m >= x THEN m ELSE x END)
SET r.former = size(r.formerDocs) = size(r.docs)`,
  OFFICE_OF: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Office {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:OFFICE_OF]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  PARTICIPATED_IN: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  PART_OF: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  NEGOTIATES: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:NEGOTIATES]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  NEGOTIATES_FOR: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:NEGOTIATES_FOR]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  REPORTS_TO: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:REPORTS_TO]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  PARTY_TO: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:PARTY_TO]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  BASED_ON: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Agreement {id: row.from})
MATCH (b:Agreement {id: row.to})
MERGE (a)-[r:BASED_ON]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  REACHED_AT: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Agreement {id: row.from})
MATCH (b:Event {id: row.to})
MERGE (a)-[r:REACHED_AT]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  DISCUSSED: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:DISCUSSED]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
  INVOLVES: `${KEEP_PLAN}
UNWIND $batch.rows AS row
MATCH (a:Event {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:INVOLVES]->(b)
ON CREATE SET r += row.first, r.docs = row.docs, r.attestations = size(row.docs)
ON MATCH SET r.docs = r.docs + row.docs, r.attestations = r.attestations + size(row.docs)`,
} as const satisfies Record<FactType, string>;

// ---------------------------------------------------------------------------------------------
// Retraction of the previous versions of a batch's stored documents (their text changed, or the import links
// their people otherwise): run in this order, each once for all the documents ($batch.rows: their ids)
// ---------------------------------------------------------------------------------------------

// A fact attested by a document starts at an entity the document MENTIONS, so each retraction walks from
// the documents' mentions, never over all relationships; RETRACT_MENTIONS therefore runs last. A fact or an
// entity that several of the documents share is met once per document: each query goes on with it once
// (DISTINCT), so that the result is the one of retracting the documents one after another.

/** Facts attested by these documents alone disappear. */
export const RETRACT_SOLE_FACTS = `UNWIND $batch.rows AS docId
MATCH (:Document {id: docId})-[:MENTIONS]->(e)-[r]->()
WHERE docId IN r.docs AND all(x IN r.docs WHERE x IN $batch.rows)
WITH DISTINCT r
DELETE r`;

/**
 * Facts attested by others lose these documents from `docs` and their count; the first attestation moves to
 * the next document's (read from that Document's attestation lists and text, or its :Attestation in a store written
 * before the lists); HOLDS_OFFICE recomputes formerDocs, former, firstSeen
 * and lastSeen. Runs before RETRACT_ATTESTATIONS.
 */
export const RETRACT_SHARED_FACTS = `UNWIND $batch.rows AS docId
MATCH (:Document {id: docId})-[:MENTIONS]->(e)-[r]->()
WHERE docId IN r.docs
WITH DISTINCT r
SET r.docs = [x IN r.docs WHERE NOT x IN $batch.rows]
SET r.attestations = size(r.docs)
WITH r, r.doc IN $batch.rows AS moved
OPTIONAL MATCH (nd:Document {id: r.docs[0]}) WHERE moved
WITH r, moved, nd, type(r) + ':' + startNode(r).id + '->' + endNode(r).id AS fact
WITH r, moved, nd, fact, ${LISTED_INDEX('nd', 'fact')} AS i
OPTIONAL MATCH (next:Attestation {fact: fact, doc: r.docs[0]}) WHERE moved AND i IS NULL
FOREACH (_ IN CASE WHEN moved THEN [1] ELSE [] END |
  SET r.doc = r.docs[0],
    r.evidence = CASE WHEN i IS NULL THEN ${ATTESTATION_SENTENCE('next', 'nd')} ELSE ${LISTED_SENTENCE('nd', 'i')} END,
    r.start = coalesce(nd.attStarts[i], next.start), r.end = coalesce(nd.attEnds[i], next.end))
WITH r WHERE type(r) = 'HOLDS_OFFICE'
SET r.formerDocs = [x IN coalesce(r.formerDocs, []) WHERE NOT x IN $batch.rows]
WITH r
OPTIONAL MATCH (d:Document) WHERE d.id IN r.docs AND NOT d.id IN r.formerDocs AND d.date IS NOT NULL
WITH r, min(d.date) AS firstSeen, max(d.date) AS lastSeen
SET r.firstSeen = firstSeen, r.lastSeen = lastSeen, r.former = size(r.formerDocs) = size(r.docs)`;

/**
 * The documents' :Attestation nodes (stores written before the attestation lists: a document's lists go with its
 * Document's properties, which the new version's `SET d = doc` replaces), found through the index on `doc`.
 */
export const RETRACT_ATTESTATIONS = `UNWIND $batch.rows AS docId
MATCH (a:Attestation {doc: docId})
DELETE a`;

/** The documents' MENTIONS go; entities left with no relationship at all (only these documents knew them) too. */
export const RETRACT_MENTIONS = `UNWIND $batch.rows AS docId
MATCH (:Document {id: docId})-[m:MENTIONS]->(e)
DELETE m
WITH DISTINCT e
WHERE NOT (e)--()
DELETE e`;
