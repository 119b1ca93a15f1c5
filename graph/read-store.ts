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
  type GraphCap,
  runRead,
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
  let dateDocs: string[] | null = null;
  if (filter.from || filter.to) {
    const rows = await runRead(conn, READ_DOCUMENT_IDS_IN_RANGE, { from: filter.from ?? null, to: filter.to ?? null });
    dateDocs = (rows[0]?.get('ids') as string[] | undefined) ?? [];
  }
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
  const nodeRecords = await runRead(
    conn,
    allTypes ? READ_GRAPH_NODES_ALL_TYPES : READ_GRAPH_NODES,
    {
      labels,
      types,
      scope,
      docs,
      dateDocs,
      needFact: docs !== null || dateDocs !== null,
      limit: neo4j.int(nodeLimit + 1),
    },
    cap?.timeoutMs,
  );
  const nodes = nodeRecords
    .map((r) => r.get('n') as Node)
    .filter((n) => nodeLabelOf(n) !== undefined)
    .map(nodeToApi);
  const nodesTruncated = nodes.length > nodeLimit;
  if (nodesTruncated) nodes.length = nodeLimit;
  const ids = nodes.map((n) => n.key);
  const edgeRecords = await runRead(
    conn,
    READ_GRAPH_EDGES,
    {
      ids,
      types,
      docs,
      dateDocs,
      limit: neo4j.int(edgeLimit + 1),
    },
    cap?.timeoutMs,
  );
  const edges = edgesFromRecords(edgeRecords);
  const edgesTruncated = edges.length > edgeLimit;
  if (edgesTruncated) edges.length = edgeLimit;
  return { nodes, edges: await withDocTitles(conn, edges), truncated: nodesTruncated || edgesTruncated };
}

// ---------------------------------------------------------------------------------------------
// Stats and documents
// ---------------------------------------------------------------------------------------------

/** Counts per label and relationship type, the states, the documents, their date range and the data version. */
export async function getStats(conn: GraphConnection): Promise<StatsResponse> {
  const [labelRows, typeRows, stateRows, documents, rangeRows, hashRows] = await Promise.all([
    runRead(conn, READ_LABEL_COUNTS, {}),
    runRead(conn, READ_TYPE_COUNTS, {}),
    runRead(conn, READ_STATES, {}),
    listDocuments(conn),
    runRead(conn, READ_DATE_RANGE, {}),
    runRead(conn, READ_DOCUMENT_HASHES, {}),
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
  const states = stateRows.map((r) => ({ id: String(r.get('id')), name: str(r.get('name')) ?? String(r.get('id')) }));
  const range = rangeRows[0];
  const dateRange = compact({ min: str(range?.get('min')), max: str(range?.get('max')) });
  const dataVersion = dataVersionOf(hashRows.map((r) => String(r.get('sha256'))));
  return { labels, types, states, documents, dateRange, dataVersion };
}

/** Every document's summary (no text), oldest first. */
export async function listDocuments(conn: GraphConnection): Promise<DocumentSummary[]> {
  const rows = await runRead(conn, READ_DOCUMENT_LIST, {});
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
  const found = (await runRead(conn, READ_NODE_BY_ID, { id }))[0]?.get('n') as Node | undefined;
  if (!found || !nodeLabelOf(found)) {
    throw new GraphStoreError('NOT_FOUND', `graph/read-store: no entity with id "${id}"`, {
      hint: 'Find ids with GET /api/search?q=<name>.',
    });
  }
  const [relRecords, docRecords, degreeRecords] = await Promise.all([
    runRead(conn, READ_NODE_RELATIONSHIPS, { id, perType: neo4j.int(perType), skip: neo4j.int(skip) }),
    runRead(conn, READ_MENTIONING_DOCUMENTS, { id, limit: neo4j.int(ENTITY_DOCUMENT_LIMIT) }),
    runRead(conn, READ_NODE_DEGREES, { id }),
  ]);
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
