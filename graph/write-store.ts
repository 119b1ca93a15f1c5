// Stores one extracted document in Neo4j: one managed write transaction per document, batched UNWIND
// rows merged on stable ids, idempotent by sha256, a changed text retracted before it is written again.
import neo4j from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { toGraphStoreError } from './errors.ts';
import {
  MERGE_DOCUMENT,
  MERGE_ENTITIES_BY_LABEL,
  MERGE_FACTS_BY_TYPE,
  READ_DOCUMENT_SHA,
  RETRACT_MENTIONS,
  RETRACT_SHARED_FACTS,
  RETRACT_SOLE_FACTS,
} from './queries/write.ts';
import { ENTITY_LABELS, FACT_TYPES } from './schema.ts';
import type { DocumentForWrite, WriteSummary } from './types.ts';
import { planDocumentWrite, type WritePlan } from './write-plan.ts';

export { DocumentValidationError, documentId } from './write-plan.ts';

/** What the writer needs of a transaction (a neo4j ManagedTransaction, or a fake in unit tests). */
export interface QueryRunner {
  run(
    query: string,
    parameters?: Record<string, unknown>,
  ): PromiseLike<{
    records: { get(key: string): unknown }[];
    summary: { counters: { updates(): { nodesCreated: number; relationshipsCreated: number } } };
  }>;
}

/**
 * Writes the document inside `tx`: returns unchanged when the stored sha256 is the same; retracts the
 * stored version when the text changed; then merges the Document, entities (+ MENTIONS) and facts.
 */
export async function writePlanInTx(tx: QueryRunner, plan: WritePlan): Promise<WriteSummary> {
  const existing = await tx.run(READ_DOCUMENT_SHA, { docId: plan.docId });
  const storedSha = existing.records[0]?.get('sha256');
  if (storedSha === plan.doc.sha256) {
    return {
      nodesCreated: 0,
      nodesMatched: plan.nodeRows,
      relationshipsCreated: 0,
      relationshipsMatched: plan.relationshipRows,
      unchanged: true,
    };
  }
  if (existing.records.length > 0) {
    // Order matters: facts first, so that RETRACT_MENTIONS sees which entities are left unconnected.
    await tx.run(RETRACT_SOLE_FACTS, { docId: plan.docId });
    await tx.run(RETRACT_SHARED_FACTS, { docId: plan.docId });
    await tx.run(RETRACT_MENTIONS, { docId: plan.docId });
  }

  let nodesCreated = 0;
  let relationshipsCreated = 0;
  const count = (res: Awaited<ReturnType<QueryRunner['run']>>) => {
    const u = res.summary.counters.updates();
    nodesCreated += u.nodesCreated;
    relationshipsCreated += u.relationshipsCreated;
  };
  count(await tx.run(MERGE_DOCUMENT, { doc: plan.doc }));
  for (const label of ENTITY_LABELS) {
    const rows = plan.entities[label];
    if (rows?.length) count(await tx.run(MERGE_ENTITIES_BY_LABEL[label], { rows, docId: plan.docId }));
  }
  for (const type of FACT_TYPES) {
    const rows = plan.facts[type];
    if (rows?.length) count(await tx.run(MERGE_FACTS_BY_TYPE[type], { rows }));
  }
  return {
    nodesCreated,
    nodesMatched: Math.max(0, plan.nodeRows - nodesCreated),
    relationshipsCreated,
    relationshipsMatched: Math.max(0, plan.relationshipRows - relationshipsCreated),
    unchanged: false,
  };
}

/**
 * Stores one document in a single managed write transaction (retried by the driver on transient errors).
 * Validates first: a document breaking the ontology throws DocumentValidationError and writes nothing.
 * @example const summary = await writeDocument(conn, await extractFile('readout.txt'));
 */
export async function writeDocument(conn: GraphConnection, doc: DocumentForWrite): Promise<WriteSummary> {
  const plan = planDocumentWrite(doc);
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writePlanInTx(tx, plan));
  } catch (err) {
    throw toGraphStoreError(err, `graph/write-store: document "${doc.document.file}"`);
  } finally {
    await session.close().catch(() => undefined);
  }
}
