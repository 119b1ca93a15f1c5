// Shared by the read modules (read-store, read-search, read-subgraph): the READ-mode query runner,
// size limits, and the finishing of wire edges (evidence document titles).
import neo4j from 'neo4j-driver';
import type { Relationship } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { toGraphStoreError } from './errors.ts';
import { countIssuers } from './issuers.ts';
import { READ_DOCUMENT_TITLES } from './queries/read.ts';
import { isRelationType } from './schema.ts';
import type { ApiEdge, DocumentSummary } from './types.ts';
import { relToApi } from './wire.ts';

export const DEFAULT_NODE_LIMIT = 2000;
export const DEFAULT_EDGE_LIMIT = 5000;
export const MAX_LIMIT = 20000;

export type Records = { get(key: string): unknown }[];

/** Server-side limit of one read; the explorer's queries take milliseconds, so this only stops runaways. */
export const READ_TIMEOUT_MS = 30_000;

/**
 * Runs a read query in an auto-commit READ session and returns its records; driver errors become
 * GraphStoreError. Auto-commit on purpose: managed transactions retry ServiceUnavailable for 30 s, and
 * an interactive API should answer 503 at once when Neo4j is down (a read is safe to retry by hand).
 */
export async function runRead(
  conn: GraphConnection,
  query: string,
  params: Record<string, unknown>,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<Records> {
  return (await runReadAt(conn, query, params, timeoutMs)).records;
}

/**
 * `runRead` that also answers the state of the database the read saw: the session's bookmark after it, which
 * names the last transaction committed when the read ran (the same string until something is written).
 */
export async function runReadAt(
  conn: GraphConnection,
  query: string,
  params: Record<string, unknown>,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<{ records: Records; state: string }> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(query, params, { timeout: timeoutMs });
    return { records: res.records, state: [...session.lastBookmarks()].sort().join(' ') };
  } catch (err) {
    throw toGraphStoreError(err, 'graph/read-store');
  } finally {
    await session.close().catch(() => undefined);
  }
}

/**
 * A server's own cap on one /api/graph answer (ApiServerOptions.graphCap): up to `nodes` nodes may be
 * asked for, and an answer holds up to `edges` edges whatever the node limit. Default: MAX_LIMIT nodes and
 * edgeLimitFor(limit) edges. The benchmark raises it to load 50k nodes and 200k edges into the explorer.
 */
export interface GraphCap {
  nodes: number;
  edges: number;
  /** Server-side limit of each read of such an answer (default READ_TIMEOUT_MS): 200k edges take longer. */
  timeoutMs?: number;
  /** Relationships a page filtered by documents or dates walks at most (default `edges` × WALK_PER_EDGE). */
  walk?: number;
}

/** A limit clamped to 1..MAX_LIMIT. */
export const clampLimit = (limit: number | undefined, fallback: number): number =>
  Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit ?? fallback)));

/** Edge cap that goes with a node cap: 5000 by default, more for bigger pages, never above MAX_LIMIT. */
export const edgeLimitFor = (nodeLimit: number): number =>
  Math.min(MAX_LIMIT, Math.max(DEFAULT_EDGE_LIMIT, Math.round(nodeLimit * 2.5)));

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Drops null and undefined fields (the wire types use optional fields, not nulls). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** A DocumentSummary from a record of the columns of read.ts DOCUMENT_SUMMARY. */
export function documentSummary(r: Records[number]): DocumentSummary {
  const id = String(r.get('id'));
  return compact({
    id,
    title: str(r.get('title')) ?? id,
    file: str(r.get('file')),
    date: str(r.get('date')),
    source: str(r.get('source')),
    issuer: str(r.get('issuer')),
    url: str(r.get('url')),
  });
}

/**
 * Fills `docTitle` and `docIssuer` in every EvidenceRef from the Document nodes (one query for the whole
 * graph), and each fact's `issuers` count (see issuers.ts).
 */
export async function withDocTitles(conn: GraphConnection, edges: ApiEdge[]): Promise<ApiEdge[]> {
  const ids = [...new Set(edges.flatMap((e) => e.attributes.evidence.map((ev) => ev.doc)))];
  if (ids.length === 0) return edges;
  const titles = new Map<string, string>();
  const issuers = new Map<string, string>();
  for (const r of await runRead(conn, READ_DOCUMENT_TITLES, { ids })) {
    const title = str(r.get('title'));
    const issuer = str(r.get('issuer'));
    if (title) titles.set(String(r.get('id')), title);
    if (issuer) issuers.set(String(r.get('id')), issuer);
  }
  for (const e of edges) {
    for (const ev of e.attributes.evidence) {
      const title = titles.get(ev.doc);
      const issuer = issuers.get(ev.doc);
      if (title) ev.docTitle = title;
      if (issuer) ev.docIssuer = issuer;
    }
    if (e.attributes.relType !== 'MENTIONS') e.attributes.issuers = countIssuers(e.attributes.docs, issuers);
  }
  return edges;
}

/** Edges from rows of {r, fromId, toId}, ontology types only. */
export function edgesFromRecords(records: Records): ApiEdge[] {
  return records
    .filter((rec) => isRelationType((rec.get('r') as Relationship).type))
    .map((rec) => relToApi(rec.get('r') as Relationship, String(rec.get('fromId')), String(rec.get('toId'))));
}
