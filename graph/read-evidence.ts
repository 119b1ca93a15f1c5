// Provenance on demand: a fact's attestations (one per document: sentence and offsets) are entries of their
// Documents' attestation lists (or :Attestation nodes in stores written before them), not lists on the
// relationship, so hub relationships stay small; the explorer pages through them
// (GET /api/relationships/:key/evidence) and exports fill every edge with all of its attestations.
import neo4j from 'neo4j-driver';

import { GraphStoreError } from './errors.ts';
import { runRead, withDocTitles } from './read-common.ts';
import { READ_ATTESTATIONS, READ_ATTESTATIONS_OF_DOCUMENTS, READ_ATTESTATIONS_OF_FACTS } from './queries/evidence.ts';
import { splitEdgeKey } from './schema.ts';
import type { GraphConnection } from './connection.ts';
import type { ApiEdge, EvidencePage, EvidenceRef } from './types.ts';

/** Most attestations an export carries per fact (a fact read from more documents keeps its count). */
export const MAX_EXPORT_EVIDENCE = 10_000;

const toRef = (v: unknown): EvidenceRef => {
  const a = v as { doc: string; sentence: string | null; start: unknown; end: unknown };
  return { doc: a.doc, sentence: a.sentence ?? '', start: Number(a.start ?? 0), end: Number(a.end ?? 0) };
};

/** One page of the attestations of the fact `key`, by document id, with titles. NOT_FOUND if it has none. */
export async function readEvidence(conn: GraphConnection, key: string, offset = 0, limit = 50): Promise<EvidencePage> {
  const rows = await runRead(conn, READ_ATTESTATIONS, {
    fact: splitEdgeKey(key),
    skip: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  const row = rows[0];
  const total = Number(row?.get('total') ?? 0);
  if (total === 0) {
    throw new GraphStoreError('NOT_FOUND', `graph/read-evidence: no attestation of the fact "${key}"`, {
      hint: 'A fact is keyed TYPE:from->to, as the edges of GET /api/graph are.',
    });
  }
  const evidence = ((row?.get('page') as unknown[] | undefined) ?? []).map(toRef);
  await withDocTitles(conn, [{ key, source: '', target: '', attributes: { relType: 'MENTIONS', docs: [], evidence } }]);
  return { key, total, offset, evidence };
}

/**
 * Gives every fact edge all of its attestations (exports carry the whole provenance), then the titles
 * and issuers of their documents. Edges whose store has no attestation keep the first one they have.
 */
export async function withAllEvidence(conn: GraphConnection, edges: ApiEdge[]): Promise<ApiEdge[]> {
  const facts = edges.filter((e) => e.attributes.relType !== 'MENTIONS').map((e) => e.key);
  if (facts.length === 0) return edges;
  const byFact = new Map<string, EvidenceRef[]>();
  const rows = await runRead(conn, READ_ATTESTATIONS_OF_FACTS, {
    facts: facts.map(splitEdgeKey),
    limit: neo4j.int(MAX_EXPORT_EVIDENCE),
  });
  for (const r of rows) byFact.set(String(r.get('fact')), (r.get('evidence') as unknown[]).map(toRef));
  for (const e of edges) {
    const all = byFact.get(e.key);
    if (!all || all.length === 0) continue;
    e.attributes.evidence = all;
    if (e.attributes.evidenceCount !== undefined && e.attributes.evidenceCount <= all.length)
      delete e.attributes.evidenceCount;
  }
  return withDocTitles(conn, edges);
}

/**
 * Adds to each edge the attestations of the documents `docs` (GET /api/compare: what each of two readouts
 * says of a fact), after the first one it carries; one query through the index on `doc`.
 */
export async function withDocumentsEvidence(conn: GraphConnection, edges: ApiEdge[], docs: string[]): Promise<void> {
  const byFact = new Map<string, EvidenceRef[]>();
  for (const r of await runRead(conn, READ_ATTESTATIONS_OF_DOCUMENTS, { docs })) {
    const list = byFact.get(String(r.get('fact'))) ?? [];
    list.push(toRef({ doc: r.get('doc'), sentence: r.get('sentence'), start: r.get('start'), end: r.get('end') }));
    byFact.set(String(r.get('fact')), list);
  }
  for (const e of edges) {
    const more = (byFact.get(e.key) ?? []).filter((x) => !e.attributes.evidence.some((ev) => ev.doc === x.doc));
    e.attributes.evidence = [...e.attributes.evidence, ...more.sort((x, y) => x.doc.localeCompare(y.doc))];
  }
}

/**
 * The edge restricted to the documents in `keep` (a date or issuer filter): its docs, the sentence it
 * carries when from one of them, and the count of the documents left (the other sentences on demand).
 */
export function keepDocuments(e: ApiEdge, keep: ReadonlySet<string>): ApiEdge {
  const docs = e.attributes.docs.filter((d) => keep.has(d));
  const evidence = e.attributes.evidence.filter((ev) => keep.has(ev.doc));
  const { evidenceCount: _all, ...rest } = e.attributes;
  const attributes = { ...rest, docs, evidence };
  return {
    ...e,
    attributes: docs.length > evidence.length ? { ...attributes, evidenceCount: docs.length } : attributes,
  };
}
