// Typed reads over graph/queries/read.ts for the explorer: the filtered graph page, stats, entity and
// document details, documents list. Search and sub-graphs (neighbours, paths, exports) are in read-search.ts
// and read-subgraph.ts, re-exported here so that callers have one module to import.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { dataVersionOf } from './data-version.ts';
import { GraphStoreError } from './errors.ts';
import { issuerKey } from './issuers.ts';
import {
  clampLimit,
  compact,
  DEFAULT_NODE_LIMIT,
  documentSummary,
  edgeLimitFor,
  edgesFromRecords,
  MAX_LIMIT,
  type GraphCap,
  runRead,
  runReadAt,
  str,
  withDocTitles,
} from './read-common.ts';
import {
  READ_DATE_RANGE,
  READ_DOCUMENT,
  READ_DOCUMENT_HASHES,
  READ_DOCUMENT_IDS_IN_RANGE,
  READ_DOCUMENT_LIST,
  READ_GRAPH_EDGES,
  READ_GRAPH_NODES,
  READ_GRAPH_NODES_ALL_TYPES,
  READ_LABEL_COUNTS,
  READ_MENTIONING_DOCUMENTS,
  READ_NODE_BY_ID,
  READ_NODE_DEGREES,
  READ_NODE_RELATIONSHIPS,
  READ_STATE_SCOPE,
  READ_STATES,
  READ_TYPE_COUNTS,
} from './queries/read.ts';
import { READ_DOCUMENT_IDS_OF_ISSUERS } from './queries/sources.ts';
import { ENTITY_LABELS, FACT_TYPES, isNodeLabel, isRelationType, type RelationType } from './schema.ts';
import type {
  ApiGraph,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
  GraphFilter,
  RelationshipRow,
  StatsResponse,
} from './types.ts';
import { nodeLabelOf, nodeToApi, relToApi } from './wire.ts';

export { searchEntities } from './read-search.ts';
export { expandNeighbours, exportGraph, shortestPath, subgraphByIds } from './read-subgraph.ts';
export { DEFAULT_EDGE_LIMIT, DEFAULT_NODE_LIMIT, MAX_LIMIT } from './read-common.ts';

// ---------------------------------------------------------------------------------------------
// Graph page
// ---------------------------------------------------------------------------------------------

/** The documents a filter keeps facts of: its `docs`, narrowed to those of its issuers (null: every document). */
async function docsOfFilter(conn: GraphConnection, filter: GraphFilter): Promise<string[] | null> {
  const docs = filter.docs?.length ? filter.docs : null;
  if (!filter.issuer?.length) return docs;
  const rows = await runRead(conn, READ_DOCUMENT_IDS_OF_ISSUERS, { issuers: filter.issuer.map(issuerKey) });
  const ofIssuers = (rows[0]?.get('ids') as string[] | undefined) ?? [];
  return docs ? ofIssuers.filter((d) => docs.includes(d)) : ofIssuers;
}

/**
 * Entities and facts matching the filter (never Documents or MENTIONS): labels, types, states (entities
 * within 2 hops of those states, and the states), from/to (facts attested by a document dated in the
 * range), docs (facts attested by one of them), issuer (facts stated by a document of one of those issuers);
 * with from/to, docs or issuer, only nodes that keep a fact.
 * Capped at `limit` nodes (default 2000) and a matching number of edges (or at the server's `cap`);
 * `truncated` says so.
 */
export async function getGraph(conn: GraphConnection, filter: GraphFilter = {}, cap?: GraphCap): Promise<ApiGraph> {
  const labels = filter.labels?.length ? filter.labels : [...ENTITY_LABELS];
  const types = filter.types?.length ? filter.types : [...FACT_TYPES];
  const nodeLimit = cap
    ? Math.max(1, Math.min(cap.nodes, Math.floor(filter.limit ?? DEFAULT_NODE_LIMIT)))
    : clampLimit(filter.limit, DEFAULT_NODE_LIMIT);
  const edgeLimit = cap ? cap.edges : edgeLimitFor(nodeLimit);
  const docs = await docsOfFilter(conn, filter);
  const dateDocs = await docsInRange(conn, filter);
  let scope: string[] | null = null;
  if (filter.states?.length) {
    const rows = await runRead(conn, READ_STATE_SCOPE, {
      states: filter.states,
      lowerStates: filter.states.map((s) => s.toLowerCase()),
      types: [...FACT_TYPES],
    });
    scope = (rows[0]?.get('ids') as string[] | undefined) ?? [];
  }
  const allTypes = FACT_TYPES.every((t) => types.includes(t));
  const needFact = docs !== null || dateDocs !== null;
  const [totals, nodeRecords] = await Promise.all([
    storeTotals(conn, labels, types),
    runRead(
      conn,
      allTypes ? READ_GRAPH_NODES_ALL_TYPES : READ_GRAPH_NODES,
      {
        labels,
        types,
        scope,
        docs,
        dateDocs,
        needFact,
        allTypes,
        allLabels: ENTITY_LABELS.every((l) => labels.includes(l)),
        limit: neo4j.int(nodeLimit + 1),
      },
      cap?.timeoutMs,
    ),
  ]);
  const stored = nodeRecords.map((r) => r.get('n') as Node).filter((n) => nodeLabelOf(n) !== undefined);
  const nodesTruncated = stored.length > nodeLimit;
  if (nodesTruncated) stored.length = nodeLimit;
  const nodes = stored.map(nodeToApi);
  // A date range keeps few of the hubs' facts: its walk is bounded instead of reading hubs whole. A filter on
  // named documents or issuers stays complete (a readout's own facts are few, and a user checks them all).
  const bounded = dateDocs !== null;
  const walk = bounded ? (cap?.walk ?? edgeLimit * WALK_PER_EDGE) : Number.MAX_SAFE_INTEGER;
  const edgeRecords = await runRead(
    conn,
    READ_GRAPH_EDGES,
    {
      ids: nodes.map((n) => n.key),
      elementIds: stored.map((n) => n.elementId),
      types: allTypes ? null : types,
      docs,
      dateDocs,
      walk: neo4j.int(walk),
      limit: neo4j.int(edgeLimit + 1),
    },
    cap?.timeoutMs,
  );
  const edges = edgesFromRecords(edgeRecords);
  const edgesTruncated = edges.length > edgeLimit || (bounded && walkMayStop(stored, walk));
  if (edges.length > edgeLimit) edges.length = edgeLimit;
  return {
    nodes,
    edges: await withDocTitles(conn, edges),
    truncated: nodesTruncated || edgesTruncated,
    totals,
  };
}

/**
 * Relationships walked per edge of a filtered page at most (READ_GRAPH_EDGES `$walk`): a date range of
 * 3 years in 26 keeps about one fact in 25 of the hubs', so the page gets about 1,500 of its 5,000 edges
 * for a bounded cost whatever the hubs' degrees; `truncated` says that more may exist.
 */
export const WALK_PER_EDGE = 8;

/** The documents dated in the filter's range as a set (document id → true) for READ_GRAPH_*; null without a range. */
async function docsInRange(conn: GraphConnection, filter: GraphFilter): Promise<Record<string, true> | null> {
  if (!filter.from && !filter.to) return null;
  const range = { from: filter.from ?? '', to: `${filter.to ?? ''}\uffff` };
  const rows = await runRead(conn, READ_DOCUMENT_IDS_IN_RANGE, range);
  const ids = (rows[0]?.get('ids') as string[] | undefined) ?? [];
  return Object.fromEntries(ids.map((id) => [id, true as const]));
}

/**
 * Whether a walk of `walk` relationships may have stopped before the page's last one: the page's stored
 * degrees add up to more (an entity without a stored degree counts as more).
 */
function walkMayStop(stored: Node[], walk: number): boolean {
  let total = 0;
  for (const n of stored) {
    const degree = n.properties.degree;
    total += degree === undefined || degree === null ? Infinity : Number(degree);
    if (total > walk) return true;
  }
  return false;
}

/** Nodes of `labels` and relationships of `types` in the whole store (count store). */
async function storeTotals(
  conn: GraphConnection,
  labels: readonly string[],
  types: readonly string[],
): Promise<{ nodes: number; edges: number }> {
  const { labels: byLabel, types: byType } = await storeCounts(conn);
  const sum = (counts: Record<string, number | undefined>, keys: readonly string[]) =>
    keys.reduce((n, k) => n + (counts[k] ?? 0), 0);
  return { nodes: sum(byLabel, labels), edges: sum(byType, types) };
}

/** Nodes per label and relationships per type, from the count store. */
async function storeCounts(conn: GraphConnection): Promise<Pick<StatsResponse, 'labels' | 'types'>> {
  const [labelRows, typeRows] = await Promise.all([
    runRead(conn, READ_LABEL_COUNTS, {}),
    runRead(conn, READ_TYPE_COUNTS, {}),
  ]);
  const labels: StatsResponse['labels'] = {};
  for (const r of labelRows) {
    const label = String(r.get('label'));
    if (isNodeLabel(label)) labels[label] = Number(r.get('count'));
  }
  const types: StatsResponse['types'] = {};
  for (const r of typeRows) {
    const type = String(r.get('type'));
    if (isRelationType(type)) types[type] = Number(r.get('count'));
  }
  return { labels, types };
}

// ---------------------------------------------------------------------------------------------
// Stats and documents
// ---------------------------------------------------------------------------------------------

/**
 * Counts per label and relationship type, the states, the documents' date range and the data version;
 * small whatever the store's size (the documents themselves come in pages from listDocuments).
 */
export async function getStats(conn: GraphConnection): Promise<StatsResponse> {
  const [counts, stateRows, range] = await Promise.all([
    storeCounts(conn),
    runRead(conn, READ_STATES, {}),
    runReadAt(conn, READ_DATE_RANGE, {}),
  ]);
  const states = stateRows.map((r) => ({ id: String(r.get('id')), name: str(r.get('name')) ?? String(r.get('id')) }));
  const first = range.records[0];
  const dateRange = compact({ min: str(first?.get('min')), max: str(first?.get('max')) });
  return { ...counts, states, dateRange, dataVersion: await dataVersionAt(conn, range.state) };
}

/** The data version last computed per connection, with the database state it was read at. */
const versions = new WeakMap<GraphConnection, { state: string; version: string }>();

/**
 * The data version (a hash of every document's sha256): read again only when the database has committed something
 * since the last reading (its bookmark moved), so that stats stay cheap whatever the number of documents.
 */
async function dataVersionAt(conn: GraphConnection, state: string): Promise<string> {
  const known = versions.get(conn);
  if (known && state && known.state === state) return known.version;
  const { records, state: readAt } = await runReadAt(conn, READ_DOCUMENT_HASHES, {});
  const version = dataVersionOf(records.map((r) => String(r.get('sha256'))));
  if (readAt) versions.set(conn, { state: readAt, version });
  return version;
}

/** Documents listed at most per call of listDocuments. */
export const DOCUMENT_PAGE_LIMIT = MAX_LIMIT;

/** The documents' summaries (no text), oldest first (undated last): `limit` (default and at most 20000) after `offset`. */
export async function listDocuments(
  conn: GraphConnection,
  page: { limit?: number; offset?: number } = {},
): Promise<DocumentSummary[]> {
  const rows = await runRead(conn, READ_DOCUMENT_LIST, {
    skip: neo4j.int(Math.max(0, Math.floor(page.offset ?? 0))),
    limit: neo4j.int(clampLimit(page.limit, DOCUMENT_PAGE_LIMIT)),
  });
  return rows.map(documentSummary);
}

interface MentionRow {
  id: string;
  labels: string[];
  name: string | null;
  starts: number[] | null;
  ends: number[] | null;
}

/** A document with its full text and one span per entity mention, in text order. NOT_FOUND if unknown. */
export async function getDocument(conn: GraphConnection, id: string): Promise<DocumentDetail> {
  const rec = (await runRead(conn, READ_DOCUMENT, { id }))[0];
  if (!rec) {
    throw new GraphStoreError('NOT_FOUND', `graph/read-store: no document with id "${id}"`, {
      hint: 'List the documents with GET /api/documents.',
    });
  }
  const mentions: DocumentDetail['mentions'] = [];
  for (const m of rec.get('mentions') as MentionRow[]) {
    const entityType = m.labels.find(isNodeLabel);
    if (!entityType || !m.id) continue;
    const starts = m.starts ?? [];
    const ends = m.ends ?? [];
    starts.forEach((start, i) => {
      const end = ends[i];
      if (end !== undefined) {
        mentions.push({ entityId: m.id, entityType, name: m.name ?? m.id, start: Number(start), end: Number(end) });
      }
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    ...documentSummary(rec),
    text: str(rec.get('text')) ?? '',
    mentions,
  };
}

// ---------------------------------------------------------------------------------------------
// Entity detail
// ---------------------------------------------------------------------------------------------

/** Documents listed with an entity, at most. */
export const ENTITY_DOCUMENT_LIMIT = 1000;

/**
 * The node, its facts grouped by type (each with the other end and evidence) and the documents mentioning it.
 * A hub comes in pages: at most `page.limit` facts of each type (default 200) after `page.offset`, with
 * `totals` per type and `truncated`.
 */
export async function getEntity(
  conn: GraphConnection,
  id: string,
  page: { limit?: number; offset?: number } = {},
): Promise<EntityDetail> {
  const perType = Math.max(1, Math.floor(page.limit ?? 200));
  const skip = Math.max(0, Math.floor(page.offset ?? 0));
  // One round trip: the node and its pages are read at once (the pages are empty for an unknown id).
  const [nodeRecords, relRecords, docRecords, degreeRecords] = await Promise.all([
    runRead(conn, READ_NODE_BY_ID, { id }),
    runRead(conn, READ_NODE_RELATIONSHIPS, { id, perType: neo4j.int(perType), skip: neo4j.int(skip) }),
    runRead(conn, READ_MENTIONING_DOCUMENTS, { id, limit: neo4j.int(ENTITY_DOCUMENT_LIMIT) }),
    runRead(conn, READ_NODE_DEGREES, { id }),
  ]);
  const found = nodeRecords[0]?.get('n') as Node | undefined;
  if (!found || !nodeLabelOf(found)) {
    throw new GraphStoreError('NOT_FOUND', `graph/read-store: no entity with id "${id}"`, {
      hint: 'Find ids with GET /api/search?q=<name>.',
    });
  }
  const rows: RelationshipRow[] = [];
  const seen = new Set<string>();
  for (const rec of relRecords) {
    const rel = rec.get('r') as Relationship;
    const other = rec.get('m') as Node;
    const otherType = nodeLabelOf(other);
    if (!isRelationType(rel.type) || !otherType) continue;
    const otherId = String(other.properties.id ?? other.elementId);
    const outgoing = rec.get('outgoing') === true;
    const edge = relToApi(rel, outgoing ? id : otherId, outgoing ? otherId : id);
    if (seen.has(edge.key)) continue;
    seen.add(edge.key);
    rows.push({
      key: edge.key,
      relType: rel.type,
      direction: outgoing ? 'out' : 'in',
      other: {
        id: otherId,
        name: str(other.properties.name) ?? str(other.properties.title) ?? otherId,
        entityType: otherType,
      },
      attributes: edge.attributes,
    });
  }
  await withDocTitles(
    conn,
    rows.map((r) => ({ key: r.key, source: '', target: '', attributes: r.attributes })),
  );
  rows.sort((a, b) => a.other.name.localeCompare(b.other.name));
  const relationships: EntityDetail['relationships'] = {};
  for (const row of rows) (relationships[row.relType as RelationType] ??= []).push(row);
  const documents = docRecords.map((r) =>
    compact({ id: String(r.get('id')), title: str(r.get('title')) ?? String(r.get('id')), date: str(r.get('date')) }),
  );
  const degrees = (degreeRecords[0]?.get('degrees') ?? {}) as Record<string, unknown>;
  const totals: EntityDetail['totals'] = {};
  for (const [type, n] of Object.entries(degrees)) if (isRelationType(type) && Number(n) > 0) totals[type] = Number(n);
  const truncated =
    skip > 0 ||
    Object.entries(totals).some(([type, n]) => type !== 'MENTIONS' && n > perType) ||
    (totals.MENTIONS ?? 0) > documents.length;
  return { node: nodeToApi(found), relationships, documents, totals, truncated };
}
