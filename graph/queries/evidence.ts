// Provenance read on demand (graph/README.md "Storage model"): each attestation of a fact — one document's
// sentence and offsets — is an :Attestation node keyed by the fact's edge key (`TYPE:from->to`, as
// graph/schema.ts edgeKey) and its document id, both indexed, so that hub relationships stay small.
// The sentence is read from the document's text at the attestation's offsets (ATTESTATION_SENTENCE).

/**
 * The sentence of the attestation `a` of the Document `d`: the text between its offsets, or the node's own
 * `sentence` where the writer stored one (the text has a character outside the Basic Multilingual Plane before
 * the sentence's end, where Cypher's code-point offsets and the stored UTF-16 ones differ, or a writer's sentence
 * that is not the text's slice; graph/write-plan.ts `sentenceToStore`), and in stores not yet migrated.
 */
export const ATTESTATION_SENTENCE = (a: string, d: string): string =>
  `coalesce(${a}.sentence, substring(${d}.text, ${a}.start, ${a}.end - ${a}.start))`;

/** One page of a fact's attestations, by document id (readouts named by date come in date order), with the total. */
export const READ_ATTESTATIONS = `MATCH (a:Attestation {fact: $fact})
WITH a ORDER BY a.doc
WITH collect(a) AS atts
WITH size(atts) AS total, atts[toInteger($skip)..toInteger($skip + $limit)] AS paged
CALL (paged) {
  UNWIND paged AS a
  OPTIONAL MATCH (d:Document {id: a.doc})
  RETURN collect({doc: a.doc, sentence: ${ATTESTATION_SENTENCE('a', 'd')}, start: a.start, end: a.end}) AS page
}
RETURN total, page`;

/** Every attestation of the facts $facts (an export's edges), in order, at most $limit per fact. */
export const READ_ATTESTATIONS_OF_FACTS = `UNWIND $facts AS fact
MATCH (a:Attestation {fact: fact})
WITH fact, a ORDER BY a.doc
WITH fact, collect(a)[..toInteger($limit)] AS atts
CALL (atts) {
  UNWIND atts AS a
  OPTIONAL MATCH (d:Document {id: a.doc})
  RETURN collect({doc: a.doc, sentence: ${ATTESTATION_SENTENCE('a', 'd')}, start: a.start, end: a.end}) AS evidence
}
RETURN fact, evidence`;

/** The attestations of the documents $docs (every fact they state), through the index on `doc`. */
export const READ_ATTESTATIONS_OF_DOCUMENTS = `MATCH (a:Attestation)
WHERE a.doc IN $docs
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN a.fact AS fact, a.doc AS doc, ${ATTESTATION_SENTENCE('a', 'd')} AS sentence, a.start AS start, a.end AS end`;
