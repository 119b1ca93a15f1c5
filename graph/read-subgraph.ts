// Sub-graphs for the explorer and the exports: the graph induced by a list of ids, a neighbourhood
// (breadth-first over facts), the shortest path between two entities, and exportGraph's three sources.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { runConsoleQuery } from './cypher-console.ts';
import { GraphStoreError } from './errors.ts';
import { clampLimit, edgeLimitFor, edgesFromRecords, MAX_LIMIT, runRead, withDocTitles } from './read-common.ts';
import { READ_GRAPH_EDGES, READ_NEIGHBOUR_IDS, READ_NODES_BY_IDS, READ_SHORTEST_PATH } from './queries/read.ts';
import { FACT_TYPES, RELATION_TYPES, type RelationType } from './schema.ts';
import type { ApiGraph, GraphFilter } from './types.ts';
import { nodeLabelOf, nodeToApi, relToApi } from './wire.ts';
import { withAllEvidence } from './read-evidence.ts';
import { getGraph } from './read-store.ts';

/** The stored nodes whose id is in `ids` (ontology labels only). */
async function storedNodes(conn: GraphConnection, ids: string[]): Promise<Node[]> {
  const records = await runRead(conn, READ_NODES_BY_IDS, { ids });
  return records.map((r) => r.get('n') as Node).filter((n) => nodeLabelOf(n) !== undefined);
}

/** Throws NOT_FOUND naming the ids that are not stored. */
async function requireNodes(conn: GraphConnection, ids: string[]): Promise<void> {
  const found = new Set((await storedNodes(conn, ids)).map((n) => String(n.properties.id)));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    throw new GraphStoreError(
      'NOT_FOUND',
      `graph/read-subgraph: no entity with id ${missing.map((m) => `"${m}"`).join(', ')}`,
      {
        hint: 'Find ids with GET /api/search?q=<name>.',
      },
    );
  }
}

/**
 * The graph induced by `ids`: those nodes and every relationship of `types` between two of them
 * (by default every type, MENTIONS included when Documents are among the ids). Unknown ids are skipped.
 */
export async function subgraphByIds(
  conn: GraphConnection,
  ids: string[],
  types: readonly RelationType[] = RELATION_TYPES,
  edgeLimit = MAX_LIMIT,
): Promise<ApiGraph> {
  const unique = [...new Set(ids)].slice(0, MAX_LIMIT);
  const stored = await storedNodes(conn, unique);
  const nodes = stored.map(nodeToApi);
  const records = await runRead(conn, READ_GRAPH_EDGES, {
    ids: nodes.map((n) => n.key),
    elementIds: stored.map((n) => n.elementId),
    types: [...types],
    docs: null,
    dateDocs: null,
    walk: neo4j.int(Number.MAX_SAFE_INTEGER),
    limit: neo4j.int(edgeLimit + 1),
  });
  const edges = edgesFromRecords(records);
  const truncated = edges.length > edgeLimit || new Set(ids).size > MAX_LIMIT;
  if (edges.length > edgeLimit) edges.length = edgeLimit;
  return { nodes, edges: await withDocTitles(conn, edges), truncated };
}

/**
 * The entity and everything within `depth` (1..3) fact hops of it, nearest and best linked first, at
 * most `limit` nodes, with the facts among them. NOT_FOUND for an unknown id.
 */
export async function expandNeighbours(conn: GraphConnection, id: string, depth = 1, limit = 500): Promise<ApiGraph> {
  await requireNodes(conn, [id]);
  const maxNodes = clampLimit(limit, 500);
  const seen = [id];
  let frontier = [id];
  let truncated = false;
  for (let d = 0; d < Math.max(1, Math.min(3, Math.floor(depth))) && frontier.length > 0; d++) {
    const room = maxNodes - seen.length;
    const records = await runRead(conn, READ_NEIGHBOUR_IDS, {
      frontier,
      seen,
      types: [...FACT_TYPES],
      limit: neo4j.int(room + 1),
    });
    const next = records.map((r) => String(r.get('id')));
    if (next.length > room) {
      truncated = true;
      next.length = Math.max(0, room);
    }
    seen.push(...next);
    frontier = next;
    if (truncated) break;
  }
  const graph = await subgraphByIds(conn, seen, FACT_TYPES, edgeLimitFor(maxNodes));
  return { ...graph, truncated: graph.truncated || truncated };
}

/**
 * The shortest chain of facts (either direction) between two entities, at most `maxHops` (1..8) long.
 * NOT_FOUND when an id is unknown or no such path exists.
 */
export async function shortestPath(
  conn: GraphConnection,
  fromId: string,
  toId: string,
  maxHops = 6,
): Promise<ApiGraph> {
  await requireNodes(conn, fromId === toId ? [fromId] : [fromId, toId]);
  if (fromId === toId) return { ...(await subgraphByIds(conn, [fromId], FACT_TYPES)), edges: [] };
  const hops = Math.max(1, Math.min(8, Math.floor(maxHops)));
  const rec = (
    await runRead(conn, READ_SHORTEST_PATH, {
      from: fromId,
      to: toId,
      types: [...FACT_TYPES],
      maxHops: neo4j.int(hops),
    })
  )[0];
  if (!rec) {
    throw new GraphStoreError(
      'NOT_FOUND',
      `graph/read-subgraph: no path of at most ${hops} facts between "${fromId}" and "${toId}"`,
      {
        hint: 'Try a larger maxHops (up to 8).',
      },
    );
  }
  const nodes = (rec.get('nodes') as Node[]).filter((n) => nodeLabelOf(n) !== undefined).map(nodeToApi);
  const rels = rec.get('rels') as { rel: Relationship; fromId: string; toId: string }[];
  const edges = rels.map((x) => relToApi(x.rel, x.fromId, x.toId));
  return { nodes, edges: await withDocTitles(conn, edges), truncated: false };
}

export interface ExportSource {
  /** The filtered graph page (GraphFilter). */
  filter?: GraphFilter;
  /** A read-only Cypher query whose nodes, relationships and paths make the graph. */
  query?: string;
  /** Node ids: the graph they induce (the explorer's current view). */
  ids?: string[];
}

/**
 * The graph to export: by ids, by a read-only query, or by filter (in that order of precedence), each fact
 * with all of its attestations (graph/read-evidence.ts).
 */
export async function exportGraph(conn: GraphConnection, source: ExportSource): Promise<ApiGraph> {
  const graph = await selectExportGraph(conn, source);
  return { ...graph, edges: await withAllEvidence(conn, graph.edges) };
}

async function selectExportGraph(conn: GraphConnection, source: ExportSource): Promise<ApiGraph> {
  if (source.ids) return subgraphByIds(conn, source.ids);
  if (source.query !== undefined) {
    const res = await runConsoleQuery(conn, source.query, {}, { rowLimit: MAX_LIMIT, timeoutMs: 30_000 });
    return res.graph;
  }
  // An export wants every fact of the page: its walk is not bounded (getGraph's `walk`), only timed out.
  const limit = clampLimit(source.filter?.limit, MAX_LIMIT);
  return getGraph(
    conn,
    { ...source.filter, limit },
    { nodes: limit, edges: edgeLimitFor(limit), walk: Number.MAX_SAFE_INTEGER },
  );
}
