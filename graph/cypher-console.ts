// Runs a user's Cypher for `kg cypher` and POST /api/cypher: read-only by default (READ access mode,
// plus the guard of cypher-guard.ts), with a transaction timeout and a row cap; returns rows and a graph.
import neo4j, {
  isNode,
  isPath,
  isRelationship,
  type ManagedTransaction,
  type Node,
  type Relationship,
} from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { assertReadOnly } from './cypher-guard.ts';
import { GraphStoreError, toGraphStoreError } from './errors.ts';
import { READ_NODES_BY_ELEMENT_ID } from './queries/console.ts';
import { isRelationType } from './schema.ts';
import type { ApiEdge, ApiGraph, ApiNode, CypherResponse } from './types.ts';
import { nodeKey, nodeLabelOf, nodeToApi, relToApi, toPlain } from './wire.ts';

export interface ConsoleOptions {
  /** Allow writes: a WRITE session and no guard (`kg cypher --write`). */
  write?: boolean;
  /** Transaction timeout; the server stops the query after it. */
  timeoutMs?: number;
  /** Rows kept; the rest are not consumed and `truncated` is set. */
  rowLimit?: number;
  /** Tests only: skip the guard, to check that the READ access mode refuses writes on its own. */
  skipGuard?: boolean;
}

const CONTEXT = 'graph/cypher-console';

/** JSON parameter values for Cypher: whole numbers become integers (a JS number is sent as a float). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/** Every node and relationship inside a value (lists, maps and paths included). */
function collect(value: unknown, nodes: Map<string, Node>, rels: Map<string, Relationship>): void {
  if (isNode(value)) nodes.set(value.elementId, value);
  else if (isRelationship(value)) rels.set(value.elementId, value);
  else if (isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      nodes.set(s.end.elementId, s.end);
      rels.set(s.relationship.elementId, s.relationship);
    }
  } else if (Array.isArray(value)) for (const v of value) collect(v, nodes, rels);
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collect(v, nodes, rels);
  }
}

interface RawResult {
  columns: string[];
  values: unknown[][];
  nodes: Map<string, Node>;
  rels: Map<string, Relationship>;
  truncated: boolean;
}

async function consume(tx: ManagedTransaction, query: string, params: unknown, rowLimit: number): Promise<RawResult> {
  const result = tx.run(query, params as Record<string, unknown>);
  const values: unknown[][] = [];
  let columns: string[] | undefined;
  let truncated = false;
  // Iterate rather than await the whole result, so that a huge result is cancelled after the cap.
  for await (const record of result) {
    if (values.length >= rowLimit) {
      truncated = true;
      break;
    }
    columns ??= record.keys.map(String);
    values.push(record.keys.map((c) => record.get(c)));
  }
  // With no rows, the column names still come from the server's RUN response.
  columns ??= await result.keys();
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  collect(values, nodes, rels);
  // Relationships returned without their nodes still need both ends to be drawn.
  const missing = new Set([...rels.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]));
  for (const id of nodes.keys()) missing.delete(id);
  if (missing.size > 0) {
    const res = await tx.run(READ_NODES_BY_ELEMENT_ID, { ids: [...missing] });
    for (const rec of res.records) collect(rec.get('n'), nodes, rels);
  }
  return { columns, values, nodes, rels, truncated };
}

function toResponse(raw: RawResult): CypherResponse {
  const ids = new Map<string, string>();
  for (const [elementId, node] of raw.nodes) ids.set(elementId, nodeKey(node));
  const apiNodes = new Map<string, ApiNode>();
  for (const node of raw.nodes.values()) if (nodeLabelOf(node)) apiNodes.set(nodeKey(node), nodeToApi(node));
  const edges = new Map<string, ApiEdge>();
  for (const rel of raw.rels.values()) {
    const from = ids.get(rel.startNodeElementId);
    const to = ids.get(rel.endNodeElementId);
    if (!isRelationType(rel.type) || !from || !to || !apiNodes.has(from) || !apiNodes.has(to)) continue;
    const edge = relToApi(rel, from, to);
    edges.set(edge.key, edge);
  }
  const graph: ApiGraph = { nodes: [...apiNodes.values()], edges: [...edges.values()], truncated: raw.truncated };
  const rows = raw.values.map((row) => row.map((v) => toPlain(v, ids)));
  return { columns: raw.columns, rows, graph, truncated: raw.truncated };
}

function consoleError(err: unknown, timeoutMs: number): GraphStoreError {
  const code = (err as { code?: string })?.code ?? '';
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new GraphStoreError('FORBIDDEN', `${CONTEXT}: the query tried to write; the console is read-only`, {
      cause: err,
      hint: 'Use `kg cypher --write` to change the graph on purpose.',
    });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new GraphStoreError('QUERY', `${CONTEXT}: the query ran longer than ${timeoutMs / 1000} s and was stopped`, {
      cause: err,
      hint: 'Add a LIMIT or narrow the MATCH.',
    });
  }
  return toGraphStoreError(err, CONTEXT);
}

/**
 * Runs one Cypher query for the console. Read-only unless `write`: the guard refuses write clauses before
 * the query is sent (GraphStoreError FORBIDDEN) and the session's READ access mode refuses any other write.
 * Rows are plain JSON (nodes `{id, labels, properties}`, relationships `{type, start, end, properties}`);
 * `graph` holds the ontology nodes and relationships found in them, in the wire shape.
 * @example await runConsoleQuery(conn, 'MATCH (p:Person {name: $name})--(o) RETURN p, o', { name: 'Shinzo Abe' })
 */
export async function runConsoleQuery(
  conn: GraphConnection,
  query: string,
  params: Record<string, unknown> = {},
  opts: ConsoleOptions = {},
): Promise<CypherResponse> {
  const { write = false, timeoutMs = 10_000, rowLimit = 1000 } = opts;
  if (!query.trim()) throw new GraphStoreError('QUERY', `${CONTEXT}: the query is empty`);
  if (!Number.isInteger(rowLimit) || rowLimit < 1) {
    throw new GraphStoreError('QUERY', `${CONTEXT}: the row limit must be a positive integer, got ${rowLimit}`);
  }
  if (!write && !opts.skipGuard) assertReadOnly(query);
  const session = conn.driver.session({
    database: conn.database,
    defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
    fetchSize: Math.min(rowLimit + 1, 1000),
  });
  const cypherParams = toCypherParams(params);
  const work = (tx: ManagedTransaction) => consume(tx, query, cypherParams, rowLimit);
  try {
    const config = { timeout: timeoutMs };
    const raw = write ? await session.executeWrite(work, config) : await session.executeRead(work, config);
    return toResponse(raw);
  } catch (err) {
    throw consoleError(err, timeoutMs);
  } finally {
    await session.close().catch(() => undefined);
  }
}
