// Read Cypher for cross-document identity: the people already stored whose names share a token
// with the people of a document being imported, with the states of the offices they hold.

/** $tokens: lower-case name tokens. Returns id, name, aliases and the names of the states of their offices. */
export const READ_PERSONS_BY_NAME_TOKENS = `
MATCH (p:Person)
WHERE any(t IN $tokens WHERE toLower(p.name) CONTAINS t
      OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS t))
OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:OFFICE_OF]->(s)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, collect(DISTINCT s.name) AS states
LIMIT 500
`;
