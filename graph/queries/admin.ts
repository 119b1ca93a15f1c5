// Cypher for whole-database maintenance (tests and `kg` resets). Parameterised, never interpolated.

/** Deletes every node and relationship in batches; needs an auto-commit transaction (session.run). */
export const DELETE_ALL = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/** Node and relationship totals, to check a database is empty. */
export const COUNT_ALL = 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships';
