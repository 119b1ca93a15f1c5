// Provenance read on demand (graph/README.md "Storage model"): each attestation of a fact — one document's
// sentence and offsets — is an entry of its Document's attestation lists (`attFacts`, `attStarts`, `attEnds`: the
// fact's edge key, `TYPE:from->to` as graph/schema.ts edgeKey, and the offsets), found from the fact's `docs`, so
// that hub relationships stay small; stores written before the lists hold :Attestation nodes keyed by the fact and
// its document, both indexed, which every read here reads too. The sentence is read from the document's text at the
// attestation's offsets (LISTED_SENTENCE, ATTESTATION_SENTENCE).

/**
 * The sentence of the attestation `a` of the Document `d`: the text between its offsets, or the node's own
 * `sentence` where the writer stored one (the text has a character outside the Basic Multilingual Plane before
 * the sentence's end, where Cypher's code-point offsets and the stored UTF-16 ones differ, or a writer's sentence
 * that is not the text's slice; graph/write-plan.ts `sentenceToStore`), and in stores not yet migrated.
 */
export const ATTESTATION_SENTENCE = (a: string, d: string): string =>
  `coalesce(${a}.sentence, substring(${d}.text, ${a}.start, ${a}.end - ${a}.start))`;

/**
 * The index of the fact `fact` (its edge key) in the attestation lists of the Document `d` (graph/write-plan.ts
 * `AttestationLists`), or null: `d` is null, states no fact, or is a document whose attestations are :Attestation
 * nodes (stores written before the lists).
 */
export const LISTED_INDEX = (d: string, fact: string): string =>
  `[i IN range(0, size(coalesce(${d}.attFacts, [])) - 1) WHERE ${d}.attFacts[i] = ${fact}][0]`;

/**
 * The sentence of entry `i` of the Document `d`'s attestation lists: the text between its offsets, or the sentence
 * the writer stored (`attSentences`, every sentence of a document where `substring` would not give one back).
 */
export const LISTED_SENTENCE = (d: string, i: string): string =>
  `coalesce(${d}.attSentences[${i}], substring(${d}.text, ${d}.attStarts[${i}], ${d}.attEnds[${i}] - ${d}.attStarts[${i}]))`;

/**
 * The attestation found for a fact in the document `doc` (a map: the Document `d`, the index `i` of the fact in its
 * lists, or the :Attestation `a` of a store written before the lists) as `{doc, sentence, start, end}`.
 */
const ATTESTATION_OF = (x: string): string =>
  `{doc: ${x}.doc, sentence: CASE WHEN ${x}.i IS NULL THEN ${ATTESTATION_SENTENCE(`${x}.a`, `${x}.d`)} ` +
  `ELSE ${LISTED_SENTENCE(`${x}.d`, `${x}.i`)} END, ` +
  `start: coalesce(${x}.d.attStarts[${x}.i], ${x}.a.start), end: coalesce(${x}.d.attEnds[${x}.i], ${x}.a.end)}`;

/**
 * The attestations of the fact `f` (a map: `key`, `type`, `from`, `to`) as maps {doc, d, i, a} (ATTESTATION_OF), by
 * document id (at most `limit`, a `LIMIT` clause): one per document of the fact's `docs` that has one, from the
 * Document's lists or, in stores written before them, its :Attestation node (found by fact and document).
 */
const ATTESTATIONS_OF_FACT = (
  f: string,
  limit = '',
): string => `OPTIONAL MATCH (:Entity {id: ${f}.from})-[r]->(:Entity {id: ${f}.to})
WHERE type(r) = ${f}.type
UNWIND coalesce(r.docs, []) AS doc
OPTIONAL MATCH (d:Document {id: doc})
WITH doc, d, ${LISTED_INDEX('d', `${f}.key`)} AS i
OPTIONAL MATCH (a:Attestation {fact: ${f}.key, doc: doc}) WHERE i IS NULL
WITH doc, d, i, a WHERE i IS NOT NULL OR a IS NOT NULL
WITH doc, d, i, a ORDER BY doc${limit}`;

/**
 * One page of the attestations of the fact $fact ({key, type, from, to}), by document id (readouts named by date
 * come in date order), with the total.
 */
export const READ_ATTESTATIONS = `${ATTESTATIONS_OF_FACT('$fact')}
WITH collect({doc: doc, d: d, i: i, a: a}) AS atts
WITH size(atts) AS total, atts[toInteger($skip)..toInteger($skip + $limit)] AS paged
CALL (paged) {
  UNWIND paged AS x
  RETURN collect(${ATTESTATION_OF('x')}) AS page
}
RETURN total, page`;

/** Every attestation of the facts $facts ({key, type, from, to}: an export's edges), in order, at most $limit per fact. */
export const READ_ATTESTATIONS_OF_FACTS = `UNWIND $facts AS f
CALL (f) {
  ${ATTESTATIONS_OF_FACT('f', ' LIMIT toInteger($limit)').split('\n').join('\n  ')}
  WITH {doc: doc, d: d, i: i, a: a} AS x
  RETURN collect(${ATTESTATION_OF('x')}) AS evidence
}
WITH f, evidence WHERE size(evidence) > 0
RETURN f.key AS fact, evidence`;

/**
 * The attestations of the documents $docs (every fact they state): their Documents' lists, and the :Attestation nodes
 * of documents written before the lists (through the index on `doc`).
 */
export const READ_ATTESTATIONS_OF_DOCUMENTS = `MATCH (d:Document) WHERE d.id IN $docs
UNWIND range(0, size(coalesce(d.attFacts, [])) - 1) AS i
RETURN d.attFacts[i] AS fact, d.id AS doc, ${LISTED_SENTENCE('d', 'i')} AS sentence, d.attStarts[i] AS start,
  d.attEnds[i] AS end
UNION ALL
MATCH (a:Attestation)
WHERE a.doc IN $docs
OPTIONAL MATCH (d:Document {id: a.doc})
RETURN a.fact AS fact, a.doc AS doc, ${ATTESTATION_SENTENCE('a', 'd')} AS sentence, a.start AS start, a.end AS end`;
