// Provenance read on demand (graph/README.md "Storage model"): each attestation of a fact — one document's
// sentence and offsets — is an :Attestation node keyed by the fact's edge key (`TYPE:from->to`, as
// graph/schema.ts edgeKey) and its document id, both indexed, so that hub relationships stay small.

/** One page of a fact's attestations, by document id (readouts named by date come in date order), with the total. */
export const READ_ATTESTATIONS = `MATCH (a:Attestation {fact: $fact})
WITH a ORDER BY a.doc
WITH collect(a) AS atts
RETURN size(atts) AS total,
  [a IN atts[toInteger($skip)..toInteger($skip + $limit)] | {doc: a.doc, sentence: a.sentence, start: a.start, end: a.end}] AS page`;

/** Every attestation of the facts $facts (an export's edges), in order, at most $limit per fact. */
export const READ_ATTESTATIONS_OF_FACTS = `UNWIND $facts AS fact
MATCH (a:Attestation {fact: fact})
WITH fact, a ORDER BY a.doc
WITH fact, collect({doc: a.doc, sentence: a.sentence, start: a.start, end: a.end})[..toInteger($limit)] AS evidence
RETURN fact, evidence`;

/** The attestations of the documents $docs (every fact they state), through the index on `doc`. */
export const READ_ATTESTATIONS_OF_DOCUMENTS = `MATCH (a:Attestation)
WHERE a.doc IN $docs
RETURN a.fact AS fact, a.doc AS doc, a.sentence AS sentence, a.start AS start, a.end AS end`;
