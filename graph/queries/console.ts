// Cypher the console adds around a user's query: fetching the endpoints of relationships whose nodes
// the query did not return, so that the result can be drawn as a graph.

/** Nodes by elementId (`$ids`), returned as `n`. */
export const READ_NODES_BY_ELEMENT_ID = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';
