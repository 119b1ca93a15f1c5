// Cypher of GET /api/compare: the facts two documents state (read by graph/read-compare.ts).

/**
 * Every fact of $types attested by document $a or $b, with both ends. A document MENTIONS every entity it
 * names, so the walk starts from the two Document nodes instead of scanning every relationship.
 */
export const READ_FACTS_OF_DOCUMENTS = `
MATCH (d:Document)
WHERE d.id IN [$a, $b]
MATCH (d)-[:MENTIONS]->(x)-[r]->(y)
WHERE type(r) IN $types AND d.id IN coalesce(r.docs, [r.doc])
RETURN DISTINCT r, x, y`;
