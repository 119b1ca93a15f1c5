// Stores extracted documents in Neo4j: batches of documents in one managed write transaction, UNWIND rows
// per label and per type across the batch, merged on stable ids, idempotent by sha256, a changed text
// retracted before it is written again. A batch that fails is written again one document per transaction
// by the caller (importer/write.ts), so one bad document never costs the others.
import neo4j from 'neo4j-driver';

import { batchParams } from './batch-params.ts';
import type { GraphConnection } from './connection.ts';
import { toGraphStoreError } from './errors.ts';
import { READ_MENTIONED_ENTITY_IDS, REFRESH_DEGREES } from './queries/degree.ts';
import {
  MERGE_DOCUMENTS,
  MERGE_ENTITIES,
  MERGE_FACTS_BY_TYPE,
  READ_DOCUMENT_SHAS,
  RETRACT_ATTESTATIONS,
  RETRACT_MENTIONS,
  RETRACT_SHARED_FACTS,
  RETRACT_SOLE_FACTS,
} from './queries/write.ts';
import { ENTITY_LABELS, FACT_TYPES, type FactType } from './schema.ts';
import type { DocumentForWrite, WriteSummary } from './types.ts';
import { planDocumentWrite, warmUpDocument, type FactRow, type WritePlan } from './write-plan.ts';

export { DocumentValidationError, documentId, planDocumentWrite, type WritePlan } from './write-plan.ts';

/** What the writer needs of a transaction (a neo4j ManagedTransaction, or a fake in unit tests). */
export interface QueryRunner {
  run(
    query: string,
    parameters?: Record<string, unknown>,
  ): PromiseLike<{
    records: { get(key: string): unknown }[];
    summary: {
      counters: {
        updates(): {
          nodesCreated: number;
          relationshipsCreated: number;
          nodesDeleted?: number;
          relationshipsDeleted?: number;
        };
      };
    };
  }>;
}

/**
 * The result of a batch: which documents were unchanged (in the order given), the batch's totals, and what the
 * retraction of stored versions removed (graph nodes and relationships; :Attestation nodes of older stores are not
 * counted).
 */
export interface BatchWriteSummary {
  unchanged: boolean[];
  total: Omit<WriteSummary, 'unchanged'>;
  retracted: { nodes: number; relationships: number };
}

/** Ids of the entities the plans write or link (their `degree` is refreshed after the batch). */
export function touchedEntities(plans: WritePlan[]): string[] {
  const ids = new Set<string>();
  for (const p of plans) {
    for (const rows of Object.values(p.entities)) for (const row of rows ?? []) ids.add(row.id);
    for (const rows of Object.values(p.facts)) for (const row of rows ?? []) ids.add(row.from).add(row.to);
  }
  return [...ids];
}

/**
 * A fact query's row for a batch: one per fact (type, from, to), whatever the number of the batch's documents that
 * attest it (the documents of a batch share many facts: one `MERGE`, two endpoint seeks and one `SET` per fact
 * instead of per document). `docs` are those documents in the batch's order, appended to the fact's `docs` as the
 * rows of one document each used to be; `first` is the first row's first attestation (`doc`, `evidence`, `start`,
 * `end`), stored when the row creates the fact. HOLDS_OFFICE rows also carry `formerDocs` (the documents stating
 * the office as former) and `dates` (the dates of the others, null left out), folded into the fact in that order.
 */
export interface FactBatchRow {
  from: string;
  to: string;
  docs: string[];
  first?: FactRow['first'];
  formerDocs?: string[];
  dates?: string[];
}

/** The batch's fact rows of one type (`rows` in the batch's order) as one row per fact (FactBatchRow). */
export function factRows(type: FactType, rows: readonly FactRow[]): FactBatchRow[] {
  const facts = new Map<string, FactBatchRow>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.to}`;
    let fact = facts.get(key);
    if (!fact) {
      fact = { from: row.from, to: row.to, docs: [] };
      if (row.first) fact.first = row.first;
      if (type === 'HOLDS_OFFICE') Object.assign(fact, { formerDocs: [], dates: [] });
      facts.set(key, fact);
    }
    fact.docs.push(row.doc);
    if (type !== 'HOLDS_OFFICE') continue;
    if (row.former === true) fact.formerDocs!.push(row.doc);
    else if (row.date != null) fact.dates!.push(row.date);
  }
  return [...facts.values()];
}

/** How writePlans treats stored documents. */
export interface WriteOptions {
  /**
   * Writes the documents again even when their stored sha256 is the same (retracted first, as a changed
   * text is): the import does so for a document whose people it links otherwise once the run is read whole.
   */
  rewrite?: boolean;
}

/**
 * Writes the plans inside `tx` (their document ids must be distinct): documents whose stored version (sha256
 * and extractor stamp) is the same are left alone (unless `rewrite`); a stored document whose text or
 * extractor changed is retracted first; then the Documents,
 * the entities (+ MENTIONS) of every label and the facts per type of all the others, one query each, and
 * the `degree` of their entities (graph/queries/degree.ts).
 */
export async function writePlansInTx(
  tx: QueryRunner,
  plans: WritePlan[],
  opts: WriteOptions = {},
): Promise<BatchWriteSummary> {
  const stored = new Map<string, string>();
  const shas = await tx.run(READ_DOCUMENT_SHAS, batchParams(plans.map((p) => p.docId)));
  for (const r of shas.records) stored.set(String(r.get('id')), documentVersion(r.get('sha256'), r.get('extractor')));
  const unchanged = plans.map(
    (p) => !opts.rewrite && stored.get(p.docId) === documentVersion(p.doc.sha256, p.doc.extractor),
  );
  const todo = plans.filter((_, i) => !unchanged[i]);
  const total = { nodesCreated: 0, nodesMatched: 0, relationshipsCreated: 0, relationshipsMatched: 0 };
  for (const [i, p] of plans.entries()) {
    if (!unchanged[i]) continue;
    total.nodesMatched += p.nodeRows;
    total.relationshipsMatched += p.relationshipRows;
  }
  const removed = { nodes: 0, relationships: 0 };
  if (todo.length === 0) return { unchanged, total, retracted: removed };

  // Entities an older version mentioned lose its facts even when the new version no longer names them.
  const retracted: string[] = [];
  const storedIds = todo.filter((p) => stored.has(p.docId)).map((p) => p.docId);
  if (storedIds.length > 0) {
    // The stored versions of all of them at once, one query per step (README "Benchmark", sixteenth round: the
    // import's final relink retracted a few documents five queries each).
    const docs = batchParams(storedIds);
    const ids = await tx.run(READ_MENTIONED_ENTITY_IDS, docs);
    retracted.push(...((ids.records[0]?.get('ids') as string[] | undefined) ?? []));
    // Order matters: facts first, so that RETRACT_MENTIONS sees which entities are left unconnected, and
    // shared facts before the attestations, so that the documents' own are gone only once the next is read.
    for (const q of [RETRACT_SOLE_FACTS, RETRACT_SHARED_FACTS, RETRACT_ATTESTATIONS, RETRACT_MENTIONS]) {
      const u = (await tx.run(q, docs)).summary.counters.updates();
      if (q !== RETRACT_ATTESTATIONS) removed.nodes += u.nodesDeleted ?? 0;
      removed.relationships += u.relationshipsDeleted ?? 0;
    }
  }
  // The writes go out together (Bolt pipelines them in this transaction and Neo4j runs them in order), so
  // the driver packs the next query while Neo4j runs the previous one, with no round trip between them.
  const writes: { query: string; params: Record<string, unknown>; nodes: boolean }[] = [
    { query: MERGE_DOCUMENTS, params: batchParams(todo.map((p) => p.doc)), nodes: true },
  ];
  const entities = ENTITY_LABELS.flatMap((label) => todo.flatMap((p) => p.entities[label] ?? []));
  if (entities.length) writes.push({ query: MERGE_ENTITIES, params: batchParams(entities), nodes: true });
  for (const type of FACT_TYPES) {
    const rows = factRows(
      type,
      todo.flatMap((p) => p.facts[type] ?? []),
    );
    if (rows.length) writes.push({ query: MERGE_FACTS_BY_TYPE[type], params: batchParams(rows), nodes: false });
  }
  const degrees = batchParams([...new Set([...touchedEntities(todo), ...retracted])]);
  const results = await Promise.all([
    ...writes.map((w) => tx.run(w.query, w.params)),
    tx.run(REFRESH_DEGREES, degrees),
  ]);
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  for (const [i, w] of writes.entries()) {
    const u = results[i]!.summary.counters.updates();
    if (w.nodes) nodesCreated += u.nodesCreated;
    relationshipsCreated += u.relationshipsCreated;
  }
  const nodeRows = todo.reduce((n, p) => n + p.nodeRows, 0);
  const relationshipRows = todo.reduce((n, p) => n + p.relationshipRows, 0);
  total.nodesCreated = nodesCreated;
  total.relationshipsCreated = relationshipsCreated;
  total.nodesMatched += Math.max(0, nodeRows - nodesCreated);
  total.relationshipsMatched += Math.max(0, relationshipRows - relationshipsCreated);
  return { unchanged, total, retracted: removed };
}

/** One document's write inside `tx` (writePlansInTx with a batch of one). */
export async function writePlanInTx(tx: QueryRunner, plan: WritePlan): Promise<WriteSummary> {
  const { unchanged, total } = await writePlansInTx(tx, [plan]);
  return { ...total, unchanged: unchanged[0] === true };
}

/**
 * Stores a batch of planned documents (distinct ids) in a single managed write transaction, retried by
 * the driver on transient errors: all of them or none. `what` names the batch in errors.
 */
export async function writePlans(
  conn: GraphConnection,
  plans: WritePlan[],
  what?: string,
  opts: WriteOptions = {},
): Promise<BatchWriteSummary> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writePlansInTx(tx, plans, opts));
  } catch (err) {
    const name = what ?? (plans.length === 1 ? `document "${plans[0]!.doc.file}"` : `${plans.length} documents`);
    throw toGraphStoreError(err, `graph/write-store: ${name}`);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/**
 * A stored document's version: its bytes' sha256 and the stamp of the extractor that read them (none for
 * documents written before stamps were stored, or by other writers).
 */
export const documentVersion = (sha256: unknown, extractor: unknown): string =>
  `${String(sha256)}|${extractor == null ? '' : String(extractor)}`;

/**
 * The stored versions (`documentVersion`) of the documents `ids` (those stored), outside any write: the import
 * skips extracting a file whose bytes and extractor are those of its stored document (importer/write.ts).
 * Throws GraphStoreError.
 */
export async function readStoredVersions(conn: GraphConnection, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  try {
    const { records } = await conn.driver.executeQuery(READ_DOCUMENT_SHAS, batchParams(ids), {
      database: conn.database,
      routing: 'READ',
    });
    return new Map(records.map((r) => [String(r.get('id')), documentVersion(r.get('sha256'), r.get('extractor'))]));
  } catch (err) {
    throw toGraphStoreError(err, 'graph/write-store: stored documents');
  }
}

/**
 * Has Neo4j plan the writer's queries ahead of the first batch (a fresh server plans each on first use,
 * about a tenth of a second each on 2 cores, so the first batch of an import paid seconds): writes
 * warmUpDocument() in a transaction and rolls it back, so nothing is stored. The import runs it while
 * files are extracted. Never throws: a failure here shows again, with its document, in the real write.
 */
export async function warmUpWriter(conn: GraphConnection): Promise<void> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  const tx = session.beginTransaction();
  try {
    await writePlansInTx(tx, [planDocumentWrite(warmUpDocument())]);
  } catch {
    // Reported by the real write, if it matters.
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}

/**
 * Stores one document in its own transaction. Validates first: a document breaking the ontology throws
 * DocumentValidationError and writes nothing.
 * @example const summary = await writeDocument(conn, await extractFile('readout.txt'));
 */
export async function writeDocument(conn: GraphConnection, doc: DocumentForWrite): Promise<WriteSummary> {
  const { unchanged, total } = await writePlans(conn, [planDocumentWrite(doc)], `document "${doc.document.file}"`);
  return { ...total, unchanged: unchanged[0] === true };
}
