// Runs a user's Cypher for `kg cypher` and POST /api/cypher: read-only by default (the server classifies the
// query with EXPLAIN first, see cypher-guard.ts; the session is in READ access mode), with a transaction
// timeout the client enforces too, a row cap and a response-size cap; returns rows and a graph.
import neo4j, {
  isNode,
  isPath,
  isRelationship,
  type ManagedTransaction,
  type Node,
  type Relationship,
  type Transaction,
} from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { assertReadOnly, classifyPlan, forbidden, type PlanNode } from './cypher-guard.ts';
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
  /** Bytes of row JSON kept (default 8 MiB); past it the rest is not consumed and `truncated` is set. */
  byteLimit?: number;
  /** Tests only: skip the guard, to check that the READ access mode refuses writes on its own. */
  skipGuard?: boolean;
  /** Tests only: false skips the lexical pre-check, to check that the server's classification refuses alone. */
  lexical?: boolean;
}

const CONTEXT = 'graph/cypher-console';
/** Default cap on the JSON size of the rows of one console answer. */
export const CONSOLE_BYTE_LIMIT = 8 * 1024 * 1024;
/** How deep parameters may nest (lists and maps); deeper is refused before anything is sent. */
export const MAX_PARAM_DEPTH = 32;
/** How long after the transaction timeout the client gives up on its own, if the server has not. */
const CLIENT_GRACE_MS = 500;

/**
 * JSON parameter values for Cypher: whole numbers become integers (a JS number is sent as a float).
 * Throws GraphStoreError QUERY when the value nests deeper than MAX_PARAM_DEPTH.
 */
export function toCypherParams(value: unknown, depth = 0): unknown {
  if (depth > MAX_PARAM_DEPTH) {
    throw new GraphStoreError('QUERY', `${CONTEXT}: parameters nest deeper than ${MAX_PARAM_DEPTH} levels`);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map((v) => toCypherParams(v, depth + 1));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v, depth + 1)]));
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

interface Limits {
  rowLimit: number;
  byteLimit: number;
}

async function consume(
  tx: ManagedTransaction | Transaction,
  query: string,
  params: unknown,
  { rowLimit, byteLimit }: Limits,
): Promise<RawResult> {
  const result = tx.run(query, params as Record<string, unknown>);
  const values: unknown[][] = [];
  let columns: string[] | undefined;
  let truncated = false;
  let bytes = 0;
  // Iterate rather than await the whole result, so that a huge result is cancelled after the cap.
  for await (const record of result) {
    const row = record.keys.map((c) => record.get(c));
    bytes += JSON.stringify(toPlain(row)).length;
    if (values.length >= rowLimit || bytes > byteLimit) {
      if (values.length === 0) {
        throw new GraphStoreError('QUERY', `${CONTEXT}: the first row alone is larger than ${byteLimit} bytes`, {
          hint: 'Return smaller values (e.g. size(x) instead of x).',
        });
      }
      truncated = true;
      break;
    }
    columns ??= record.keys.map(String);
    values.push(row);
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
  if (/MemoryPoolOutOfMemoryError|OutOfMemoryError/.test(code)) {
    return new GraphStoreError('QUERY', `${CONTEXT}: the query needed more memory than a transaction may use`, {
      cause: err,
      hint: 'Add a LIMIT, or aggregate less at once.',
    });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'ClientTimeout') {
    return new GraphStoreError('QUERY', `${CONTEXT}: the query ran longer than ${timeoutMs / 1000} s and was stopped`, {
      cause: err,
      hint: 'Add a LIMIT or narrow the MATCH.',
    });
  }
  return toGraphStoreError(err, CONTEXT);
}

/** Refuses the query unless the server classifies it as read-only (EXPLAIN, same transaction and parameters). */
async function assertServerReadOnly(tx: Transaction, query: string, params: unknown, database?: string) {
  const { summary } = await tx.run(`EXPLAIN ${query}`, params as Record<string, unknown>);
  const reason = classifyPlan(summary.queryType, summary.plan as PlanNode | false, database);
  if (reason) throw forbidden(reason);
}

/** Rejects with a ClientTimeout error after `ms`, unless cleared. */
function clientTimeout(ms: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_res, rej) => {
    timer = setTimeout(() => rej(Object.assign(new Error('client-side timeout'), { code: 'ClientTimeout' })), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

/** A read: a lexical pre-check, then the server's classification, then the query, in one READ transaction. */
async function runRead(conn: GraphConnection, query: string, params: unknown, limits: Limits, opts: ConsoleOptions) {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  if (opts.lexical !== false) assertReadOnly(query);
  const session = (conn.consoleDriver ?? conn.driver).session({
    database: conn.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(limits.rowLimit + 1, 1000),
  });
  // An explicit transaction: no retries (a dead server answers at once), and the timer below holds the
  // limit even when the server checks its timeout late (a long UNWIND or a huge string).
  const timer = clientTimeout(timeoutMs + CLIENT_GRACE_MS);
  let timedOut = false;
  const work = async (): Promise<RawResult> => {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    try {
      await assertServerReadOnly(tx, query, params, conn.database);
      return await consume(tx, query, params, limits);
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  };
  try {
    return await Promise.race([
      work(),
      timer.promise.catch((err: unknown) => ((timedOut = true), Promise.reject(err))),
    ]);
  } finally {
    timer.clear();
    // After a client-side timeout the session closes in the background, once the server has stopped the query.
    const closing = session.close().catch(() => undefined);
    if (!timedOut) await closing;
  }
}

/**
 * Runs one Cypher query for the console. Read-only unless `write`: a lexical pre-check refuses write and
 * admin clauses before anything is sent, then the server's plan (EXPLAIN) must be a read ('r') without
 * LOAD CSV, SHOW/TERMINATE/admin commands or procedures outside CONSOLE_PROCEDURES (GraphStoreError
 * FORBIDDEN), and the session's READ access mode refuses any other write. Rows are plain JSON (nodes
 * `{id, labels, properties}`, relationships `{type, start, end, properties}`); `graph` holds the ontology
 * nodes and relationships found in them, in the wire shape.
 * @example await runConsoleQuery(conn, 'MATCH (p:Person {name: $name})--(o) RETURN p, o', { name: 'Shinzo Abe' })
 */
export async function runConsoleQuery(
  conn: GraphConnection,
  query: string,
  params: Record<string, unknown> = {},
  opts: ConsoleOptions = {},
): Promise<CypherResponse> {
  const { write = false, timeoutMs = 10_000, rowLimit = 1000, byteLimit = CONSOLE_BYTE_LIMIT } = opts;
  if (!query.trim()) throw new GraphStoreError('QUERY', `${CONTEXT}: the query is empty`);
  if (!Number.isInteger(rowLimit) || rowLimit < 1) {
    throw new GraphStoreError('QUERY', `${CONTEXT}: the row limit must be a positive integer, got ${rowLimit}`);
  }
  const cypherParams = toCypherParams(params);
  const limits = { rowLimit, byteLimit };
  try {
    if (!write && !opts.skipGuard)
      return toResponse(await runRead(conn, query, cypherParams, limits, { ...opts, timeoutMs }));
    const session = (conn.consoleDriver ?? conn.driver).session({
      database: conn.database,
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
      fetchSize: Math.min(rowLimit + 1, 1000),
    });
    const work = (tx: ManagedTransaction) => consume(tx, query, cypherParams, limits);
    try {
      const config = { timeout: timeoutMs };
      const raw = write ? await session.executeWrite(work, config) : await session.executeRead(work, config);
      return toResponse(raw);
    } finally {
      await session.close().catch(() => undefined);
    }
  } catch (err) {
    throw consoleError(err, timeoutMs);
  }
}
