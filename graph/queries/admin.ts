// Cypher for whole-database maintenance (tests and `kg` resets). Parameterised, never interpolated.

/**
 * Deletes every relationship in batches; needs an auto-commit transaction (session.run). Runs before
 * DELETE_ALL: a batch of nodes that holds hubs would otherwise delete millions of relationships in one
 * transaction and exceed the transaction memory limit.
 */
export const DELETE_ALL_RELATIONSHIPS = 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS';

/** Deletes every node (and what relationships are left) in batches; needs an auto-commit transaction. */
export const DELETE_ALL = 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

/** Node and relationship totals, to check a database is empty. */
export const COUNT_ALL = `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

/**
 * Every node with its labels and properties, and every relationship with its type, endpoints (by `id`, or
 * `fact` and `doc` for an :Attestation) and properties: what two writes of the same documents must agree on
 * (the bench compares its writers' stores). Scans the whole store: small stores only.
 */
export const READ_ALL_NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
export const READ_ALL_RELATIONSHIPS = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

/** Constraint names and types, to check the schema (ensureSchema). */
export const SHOW_CONSTRAINTS = 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties';

/** Index names, types and states (ONLINE, POPULATING, FAILED). */
export const SHOW_INDEXES = 'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties';

/** A CPU-bound read of adjustable length ($n: int), to check that transaction timeouts stop queries. */
export const BUSY_READ = 'UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS c';

/**
 * The mark of a database the test suite owns: an index (not a node, so clearing and counting stay as they
 * were) on a label no readout uses. Tests refuse to clear a database holding Documents without it.
 */
export const TEST_MARKER_INDEX = 'readout_graph_test_marker';
export const CREATE_TEST_MARKER =
  'CREATE INDEX readout_graph_test_marker IF NOT EXISTS FOR (n:ReadoutGraphTestMarker) ON (n.id)';
export const HAS_TEST_MARKER = 'SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n';
export const COUNT_DOCUMENTS = 'MATCH (d:Document) RETURN count(d) AS n';
