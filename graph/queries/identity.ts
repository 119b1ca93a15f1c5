// Read Cypher for cross-document identity: the people already stored whose names share a token with
// the people of the documents being imported, with the states of the offices they hold. One query per
// batch of documents, through the full-text index `person_names` (graph/constraints.ts).
import { KEEP_PLAN } from './plan-options.ts';

/**
 * $batch.rows: lower-case name tokens (letters and digits only). Each token is looked up as a whole word in
 * names and aliases (accents folded), at most 200 people per token. Returns id, name, aliases and the
 * names of the states of their offices, once per person.
 */
export const READ_PERSONS_BY_NAME_TOKENS = `
${KEEP_PLAN}
UNWIND $batch.rows AS token
CALL db.index.fulltext.queryNodes('person_names', token, {limit: 200}) YIELD node
WITH DISTINCT node AS p
OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:OFFICE_OF]->(s)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, collect(DISTINCT s.name) AS states
`;

/** $batch.rows: person ids; returns those stored (the import tells the people it created from those it found). */
export const READ_STORED_PERSON_IDS = `
${KEEP_PLAN}
UNWIND $batch.rows AS id
MATCH (p:Person {id: id})
RETURN p.id AS id
`;

/**
 * Whether any Person is stored (from the count store, no scan): an import into a store without people skips
 * the look-ups above, which could only find the people it writes itself.
 */
export const COUNT_PERSONS = `MATCH (p:Person) RETURN count(p) AS persons`;
