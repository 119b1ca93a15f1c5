// Read Cypher of the explorer and the exports (graph/read-store.ts runs them). Every value is a
// parameter; labels and types are filtered with `any(l IN labels(n) WHERE l IN $labels)` and
// `type(r) IN $types`. Integer parameters (LIMIT) must be sent as neo4j.int.
// Every query starts from a label: `:Entity` (on every entity node, unique `id`), `:Document` or one
// ontology label, so that no plan scans all nodes or all relationships (test/query-plans.int.test.ts).
import { FACT_TYPES, NODE_LABELS, RELATION_TYPES } from '../schema.ts';
import { degreeOf } from './degree.ts';
import { DOC_ISSUER } from './sources.ts';

/** `:A|B|…` of every fact type, for patterns that must not follow MENTIONS. */
const FACT_PATTERN = FACT_TYPES.join('|');

/** The node `n` with id $id, entity or document (two index seeks); `nodesByIds(v)`: those whose id is in $ids. */
const NODE_BY_ID = `CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Document {id: $id}) RETURN n
}`;
const nodesByIds = (v: string) => `CALL () {
  MATCH (${v}:Entity) WHERE ${v}.id IN $ids RETURN ${v}
  UNION
  MATCH (${v}:Document) WHERE ${v}.id IN $ids RETURN ${v}
}`;

// ---------------------------------------------------------------------------------------------
// Graph page (GET /api/graph, filtered exports)
// ---------------------------------------------------------------------------------------------

/**
 * $from, $to: ISO dates ('' and '\uffff' for an open end; $to already padded so that a date-time of
 * that day is in). Ids of the documents dated in the range: a seek of the `document_date` index.
 */
export const READ_DOCUMENT_IDS_IN_RANGE = `
MATCH (d:Document)
WHERE d.date >= $from AND d.date <= $to
RETURN collect(d.id) AS ids`;

/**
 * $states: State ids, names or aliases (lower-cased in $lowerStates); $types: relationship types to walk.
 * Ids of the matched states and of every node within 2 hops of them.
 */
export const READ_STATE_SCOPE = `
MATCH (s:State)
WHERE s.id IN $states OR toLower(s.name) IN $lowerStates
   OR any(a IN coalesce(s.aliases, []) WHERE toLower(a) IN $lowerStates)
MATCH p = (s)-[:${FACT_PATTERN}*0..2]-(n)
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN collect(DISTINCT n.id) AS ids`;

/**
 * Entity nodes matching $labels, $scope and (when $needFact) a fact of $types in $docs / $dateDocs.
 * $allLabels / $allTypes (booleans) say that $labels / $types hold every label / fact type, so that the
 * walk for a matching fact reads no label or type per relationship; $dateDocs is a map (document id →
 * true), looked up per attesting document instead of scanning a list.
 */
const GRAPH_NODE_MATCH = `MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $labels)
  AND ($scope IS NULL OR n.id IN $scope)
  AND (NOT $needFact OR EXISTS {
    MATCH (n)-[r:${FACT_PATTERN}]-(m)
    WHERE ($allTypes OR type(r) IN $types) AND ($allLabels OR any(l IN labels(m) WHERE l IN $labels))
      AND ($scope IS NULL OR m.id IN $scope)
      AND ($docs IS NULL OR any(d IN r.docs WHERE d IN $docs))
      AND ($dateDocs IS NULL OR any(d IN r.docs WHERE $dateDocs[d]))
  })`;

/**
 * Entity nodes of the page, best connected first: $labels, $types, $scope (ids or null), and when
 * $needFact the node must have a matching fact ($docs: ids or null, $dateDocs: see GRAPH_NODE_MATCH).
 * $limit: int. The degree is a sum of per-type degree counts, read from the store without walking
 * relationships.
 */
export const READ_GRAPH_NODES = `
${GRAPH_NODE_MATCH}
WITH n, ${FACT_TYPES.map((t) => `CASE WHEN '${t}' IN $types THEN COUNT { (n)-[:${t}]-() } ELSE 0 END`).join(' + ')} AS degree
ORDER BY degree DESC, n.id
LIMIT $limit
RETURN n`;

/**
 * READ_GRAPH_NODES when $types holds every fact type: the entities in the order of the `entity_degree`
 * index (graph/queries/degree.ts: every relationship but MENTIONS), so the page reads about $limit
 * entities, not all of them. Entities without a stored degree (written by other means than the writer,
 * such as a Cypher export run by hand) come after them, ranked by their computed degree; that second
 * part only runs when the first leaves the page short.
 */
export const READ_GRAPH_NODES_ALL_TYPES = `
CALL () {
  ${GRAPH_NODE_MATCH}
    AND n.degree IS NOT NULL
  WITH n ORDER BY n.degree DESC, n.id
  RETURN n
  UNION ALL
  ${GRAPH_NODE_MATCH}
    AND n.degree IS NULL
  WITH n, ${degreeOf('n')} AS degree
  ORDER BY degree DESC, n.id
  RETURN n
}
RETURN n
LIMIT $limit`;

/**
 * Facts (and MENTIONS) between the nodes $ids (their element ids in $elementIds): $types (null: every
 * type), $docs (ids or null) and $dateDocs (a map document id → true, or null). $limit, $walk: ints.
 * Walks from the nodes in the order of $ids (the page's best connected first) and stops at $limit, so a
 * page of hubs never reads every relationship of every hub; the other end is checked by element id first,
 * which reads nothing from the store, and a fact's documents are read only for facts inside the page.
 * At most $walk relationships are walked: a filter that keeps few facts (a date range) would otherwise walk
 * the hubs whole to fill the page (graph/read-store.ts getGraph sets it and says `truncated`).
 */
export const READ_GRAPH_EDGES = `
UNWIND range(0, size($ids) - 1) AS i
CALL (i) {
  MATCH (a:Entity {id: $ids[i]}) RETURN a
  UNION
  MATCH (a:Document {id: $ids[i]}) RETURN a
}
MATCH (a)-[r]->(b)
WITH a, r, b LIMIT $walk
WITH a, r, b WHERE elementId(b) IN $elementIds
  AND ($types IS NULL OR type(r) IN $types)
  AND ($docs IS NULL OR any(d IN r.docs WHERE d IN $docs))
  AND ($dateDocs IS NULL OR any(d IN r.docs WHERE $dateDocs[d]))
RETURN r, a.id AS fromId, b.id AS toId
LIMIT $limit`;

// ---------------------------------------------------------------------------------------------
// Sub-graphs by id (neighbourhoods, exports of the current view)
// ---------------------------------------------------------------------------------------------

/** Nodes whose id is in $ids. */
export const READ_NODES_BY_IDS = `
${nodesByIds('n')}
RETURN n`;

/** One breadth-first step: neighbours of $frontier over $types not in $seen, most linked first. $limit: int. */
export const READ_NEIGHBOUR_IDS = `
MATCH (a:Entity) WHERE a.id IN $frontier
MATCH (a)-[r]-(b:Entity)
WHERE type(r) IN $types AND NOT b.id IN $seen
RETURN b.id AS id, count(r) AS links
ORDER BY links DESC, id
LIMIT $limit`;

/**
 * Shortest undirected path over $types from $from to $to, at most 8 hops (the API's ceiling);
 * $maxHops (int) cuts it shorter. No row when there is none.
 */
export const READ_SHORTEST_PATH = `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${FACT_PATTERN}*..8]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
WITH p WHERE length(p) <= $maxHops
RETURN nodes(p) AS nodes, [r IN relationships(p) | {rel: r, fromId: startNode(r).id, toId: endNode(r).id}] AS rels`;

// ---------------------------------------------------------------------------------------------
// Entities and documents
// ---------------------------------------------------------------------------------------------

/** The node (entity or document) with id $id. */
export const READ_NODE_BY_ID = `
${NODE_BY_ID}
RETURN n
LIMIT 1`;

/**
 * The fact relationships of the entity $id, with the other end and the direction: a page of at most
 * $perType (int) per type after skipping $skip (int), in store order, so that a hub is never read whole.
 */
export const READ_NODE_RELATIONSHIPS = `
MATCH (n:Entity {id: $id})
CALL (n) {
${FACT_TYPES.map((t) => `  MATCH (n)-[r:${t}]-(m) RETURN r, m SKIP $skip LIMIT $perType`).join('\n  UNION ALL\n')}
}
RETURN r, startNode(r) = n AS outgoing, m`;

/** How many relationships of each type the entity $id has (degree counts, never a walk). */
export const READ_NODE_DEGREES = `
MATCH (n:Entity {id: $id})
RETURN {${RELATION_TYPES.map((t) => `${t}: COUNT { (n)-[:${t}]-() }`).join(', ')}} AS degrees`;

/** Documents that mention the entity $id, oldest first, at most $limit (int). */
export const READ_MENTIONING_DOCUMENTS = `
MATCH (n:Entity {id: $id})<-[:MENTIONS]-(d:Document)
RETURN d.id AS id, coalesce(d.title, d.name) AS title, d.date AS date
ORDER BY d.date, d.id
LIMIT $limit`;

/** Titles and issuers of the documents $ids. */
export const READ_DOCUMENT_TITLES = `
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, coalesce(d.title, d.name) AS title, ${DOC_ISSUER} AS issuer`;

const DOCUMENT_SUMMARY = `d.id AS id, coalesce(d.title, d.name) AS title, d.file AS file, d.date AS date, d.source AS source,
  ${DOC_ISSUER} AS issuer, d.url AS url`;

/** Summaries of the documents, oldest first (undated last): a page of $limit (int) after $skip (int). */
export const READ_DOCUMENT_LIST = `
MATCH (d:Document)
WITH d ORDER BY d.date, d.id
SKIP $skip LIMIT $limit
RETURN ${DOCUMENT_SUMMARY}`;

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

/** Whether the entity `n` has a name or an alias containing $q (lower-cased text), and how well it matches. */
const CONTAINS_Q = `n.name IS NOT NULL
  AND (toLower(n.name) CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $q))
WITH n, CASE
    WHEN toLower(n.name) = $q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $q) THEN 1.0
    WHEN toLower(n.name) STARTS WITH $q THEN 0.8
    ELSE 0.5 END AS score`;

/**
 * $q: lower-cased text; entities whose name or an alias contains it (exact and prefix matches first),
 * among the at most $candidates (int) that the full-text index finds for $query (graph/lucene.ts
 * toInfixQuery: every word of $q inside a word of the name), so nothing scans all entities. $limit: int.
 */
export const SEARCH_ENTITY_INFIX = `
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node AS n
WHERE n:Entity AND ${CONTAINS_Q}
RETURN n, score
ORDER BY score DESC, size(n.name), n.name
LIMIT $limit`;

/** SEARCH_ENTITY_INFIX without the full-text index (a label scan): only when that index is missing. */
export const SEARCH_ENTITY_CONTAINS = `
MATCH (n:Entity)
WHERE ${CONTAINS_Q}
RETURN n, score
ORDER BY score DESC, size(n.name), n.name
LIMIT $limit`;

// ---------------------------------------------------------------------------------------------
// Stats
// ---------------------------------------------------------------------------------------------

// The count comes first (`WITH count(…)`): with the label or type as a grouping key in the same RETURN,
// Neo4j counts by scanning instead of reading the count store.

/** Nodes per ontology label, from the count store. */
export const READ_LABEL_COUNTS = NODE_LABELS.map(
  (l) => `MATCH (n:${l}) WITH count(n) AS count RETURN '${l}' AS label, count`,
).join('\nUNION ALL\n');

/** Relationships per ontology type, from the count store. */
export const READ_TYPE_COUNTS = RELATION_TYPES.map(
  (t) => `MATCH ()-[r:${t}]->() WITH count(r) AS count RETURN '${t}' AS type, count`,
).join('\nUNION ALL\n');

export const READ_STATES = `
MATCH (s:State)
RETURN s.id AS id, s.name AS name
ORDER BY s.name`;

/** The sha256 of every imported document (the data version is computed from them), read from the `document_sha256` index. */
export const READ_DOCUMENT_HASHES = `
MATCH (d:Document)
WHERE d.sha256 IS NOT NULL
RETURN d.sha256 AS sha256
ORDER BY sha256`;

/** The first and last document dates, each one read of the `document_date` index (no row when none is dated). */
export const READ_DATE_RANGE = `
CALL () { MATCH (d:Document) WHERE d.date IS NOT NULL RETURN d.date AS min ORDER BY d.date LIMIT 1 }
CALL () { MATCH (d:Document) WHERE d.date IS NOT NULL RETURN d.date AS max ORDER BY d.date DESC LIMIT 1 }
RETURN min, max`;
