// Read Cypher of the explorer and the exports (graph/read-store.ts runs them). Every value is a
// parameter; labels and types are filtered with `any(l IN labels(n) WHERE l IN $labels)` and
// `type(r) IN $types`. Integer parameters (LIMIT) must be sent as neo4j.int.
import { DOC_ISSUER } from './sources.ts';

// ---------------------------------------------------------------------------------------------
// Graph page (GET /api/graph, filtered exports)
// ---------------------------------------------------------------------------------------------

/** $from, $to: ISO dates or null. Ids of the documents dated in the range (dates compared on their first 10 chars). */
export const READ_DOCUMENT_IDS_IN_RANGE = `
MATCH (d:Document)
WHERE d.date IS NOT NULL
  AND ($from IS NULL OR left(d.date, 10) >= $from)
  AND ($to IS NULL OR left(d.date, 10) <= $to)
RETURN collect(d.id) AS ids`;

/**
 * $states: State ids, names or aliases (lower-cased in $lowerStates); $types: relationship types to walk.
 * Ids of the matched states and of every node within 2 hops of them.
 */
export const READ_STATE_SCOPE = `
MATCH (s:State)
WHERE s.id IN $states OR toLower(s.name) IN $lowerStates
   OR any(a IN coalesce(s.aliases, []) WHERE toLower(a) IN $lowerStates)
MATCH p = (s)-[*0..2]-(n)
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN collect(DISTINCT n.id) AS ids`;

/**
 * Entity nodes of the page, best connected first: $labels, $types, $scope (ids or null), and when
 * $needFact the node must have a matching fact ($docs, $dateDocs: ids or null). $limit: int.
 */
export const READ_GRAPH_NODES = `
MATCH (n)
WHERE NOT n:Document AND any(l IN labels(n) WHERE l IN $labels)
  AND ($scope IS NULL OR n.id IN $scope)
  AND (NOT $needFact OR EXISTS {
    MATCH (n)-[r]-(m)
    WHERE type(r) IN $types AND NOT m:Document AND any(l IN labels(m) WHERE l IN $labels)
      AND ($scope IS NULL OR m.id IN $scope)
      AND ($docs IS NULL OR any(d IN r.docs WHERE d IN $docs))
      AND ($dateDocs IS NULL OR any(d IN r.docs WHERE d IN $dateDocs))
  })
WITH n, COUNT { (n)-[r]-() WHERE type(r) IN $types } AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n`;

/** Facts between the nodes $ids: $types, $docs and $dateDocs (ids or null). $limit: int. */
export const READ_GRAPH_EDGES = `
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
  AND ($docs IS NULL OR any(d IN r.docs WHERE d IN $docs))
  AND ($dateDocs IS NULL OR any(d IN r.docs WHERE d IN $dateDocs))
RETURN r, a.id AS fromId, b.id AS toId
ORDER BY size(coalesce(r.docs, [])) DESC, fromId, toId
LIMIT $limit`;

// ---------------------------------------------------------------------------------------------
// Sub-graphs by id (neighbourhoods, exports of the current view)
// ---------------------------------------------------------------------------------------------

/** Nodes whose id is in $ids. */
export const READ_NODES_BY_IDS = `
MATCH (n)
WHERE n.id IN $ids
RETURN n`;

/** One breadth-first step: neighbours of $frontier over $types not in $seen, most linked first. $limit: int. */
export const READ_NEIGHBOUR_IDS = `
MATCH (a)-[r]-(b)
WHERE a.id IN $frontier AND type(r) IN $types AND b.id IS NOT NULL AND NOT b.id IN $seen
RETURN b.id AS id, count(r) AS links
ORDER BY links DESC, id
LIMIT $limit`;

/**
 * Shortest undirected path over $types from $from to $to, at most 8 hops (the API's ceiling);
 * $maxHops (int) cuts it shorter. No row when there is none.
 */
export const READ_SHORTEST_PATH = `
MATCH (a) WHERE a.id = $from
MATCH (b) WHERE b.id = $to
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
RETURN nodes(p) AS nodes, [r IN relationships(p) | {rel: r, fromId: startNode(r).id, toId: endNode(r).id}] AS rels`;

// ---------------------------------------------------------------------------------------------
// Entities and documents
// ---------------------------------------------------------------------------------------------

/** The node with id $id. */
export const READ_NODE_BY_ID = `
MATCH (n)
WHERE n.id = $id
RETURN n
LIMIT 1`;

/** Every relationship of the node $id but MENTIONS, with the other end and the direction. */
export const READ_NODE_RELATIONSHIPS = `
MATCH (n)-[r]-(m)
WHERE n.id = $id AND type(r) <> 'MENTIONS'
RETURN r, startNode(r) = n AS outgoing, m`;

/** Documents that mention the node $id, oldest first. */
export const READ_MENTIONING_DOCUMENTS = `
MATCH (d:Document)-[:MENTIONS]->(n)
WHERE n.id = $id
RETURN d.id AS id, coalesce(d.title, d.name) AS title, d.date AS date
ORDER BY d.date, d.id`;

/** Titles and issuers of the documents $ids. */
export const READ_DOCUMENT_TITLES = `
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.name) AS title, ${DOC_ISSUER} AS issuer`;

const DOCUMENT_SUMMARY = `d.id AS id, coalesce(d.title, d.name) AS title, d.file AS file, d.date AS date, d.source AS source,
  ${DOC_ISSUER} AS issuer, d.url AS url`;

/** Summaries of every document, oldest first. */
export const READ_DOCUMENT_LIST = `
MATCH (d:Document)
RETURN ${DOCUMENT_SUMMARY}
ORDER BY d.date, d.id`;

/** Summaries of the documents $ids. */
export const READ_DOCUMENT_SUMMARIES = `
MATCH (d:Document)
WHERE d.id IN $ids
RETURN ${DOCUMENT_SUMMARY}`;

/** The document $id with its text and the spans of every entity it mentions. */
export const READ_DOCUMENT = `
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(e)
RETURN ${DOCUMENT_SUMMARY}, d.text AS text,
  collect(CASE WHEN e IS NULL THEN null ELSE
    {id: e.id, labels: labels(e), name: e.name, starts: m.starts, ends: m.ends} END) AS mentions`;

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

/** $query: a Lucene query over the full-text index `entity_names` (name and aliases). $limit: int. */
export const SEARCH_ENTITY_NAMES = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
WHERE NOT node:Document
RETURN node, score
ORDER BY score DESC
LIMIT $limit`;

/** $q: lower-cased text; entities whose name or an alias contains it (exact and prefix matches first). */
export const SEARCH_ENTITY_CONTAINS = `
MATCH (n)
WHERE NOT n:Document AND n.name IS NOT NULL
  AND (toLower(n.name) CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $q))
WITH n, CASE
    WHEN toLower(n.name) = $q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $q) THEN 1.0
    WHEN toLower(n.name) STARTS WITH $q THEN 0.8
    ELSE 0.5 END AS score
RETURN n, score
ORDER BY score DESC, size(n.name), n.name
LIMIT $limit`;

// ---------------------------------------------------------------------------------------------
// Stats
// ---------------------------------------------------------------------------------------------

export const READ_LABEL_COUNTS = `
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count`;

export const READ_TYPE_COUNTS = `
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count`;

export const READ_STATES = `
MATCH (s:State)
RETURN s.id AS id, s.name AS name
ORDER BY s.name`;

/** The sha256 of every imported document (the data version is computed from them). */
export const READ_DOCUMENT_HASHES = `
MATCH (d:Document)
WHERE d.sha256 IS NOT NULL
RETURN d.sha256 AS sha256
ORDER BY sha256`;

export const READ_DATE_RANGE = `
MATCH (d:Document)
WHERE d.date IS NOT NULL
RETURN min(d.date) AS min, max(d.date) AS max`;
