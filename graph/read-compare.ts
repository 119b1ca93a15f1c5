// GET /api/compare: two documents (typically two governments' readouts of one meeting) side by side —
// the facts both state, only the first states and only the second states, each with its sentences.
import type { Node, Relationship } from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { GraphStoreError } from './errors.ts';
import { documentSummary, runRead, withDocTitles } from './read-common.ts';
import { withDocumentsEvidence } from './read-evidence.ts';
import { READ_FACTS_OF_DOCUMENTS } from './queries/compare.ts';
import { READ_DOCUMENT_SUMMARIES } from './queries/read.ts';
import { FACT_TYPES, isFactType } from './schema.ts';
import type { ApiEdge, ApiNode, ComparedFact, CompareResponse, DocumentSummary, Evidence, FactEnd } from './types.ts';
import { nodeLabelOf, nodeToApi, relToApi } from './wire.ts';

/** The two documents' summaries; NOT_FOUND naming any id that is not stored. */
async function comparedDocuments(
  conn: GraphConnection,
  a: string,
  b: string,
): Promise<[DocumentSummary, DocumentSummary]> {
  const byId = new Map<string, DocumentSummary>();
  for (const r of await runRead(conn, READ_DOCUMENT_SUMMARIES, { ids: [a, b] })) {
    const doc = documentSummary(r);
    byId.set(doc.id, doc);
  }
  const missing = [a, b].filter((id) => !byId.has(id));
  if (missing.length) {
    throw new GraphStoreError(
      'NOT_FOUND',
      `graph/read-compare: no document with id ${missing.map((m) => `"${m}"`).join(', ')}`,
      {
        hint: 'List the documents with GET /api/documents.',
      },
    );
  }
  return [byId.get(a)!, byId.get(b)!];
}

const endOf = (api: ApiNode): FactEnd => ({
  id: api.key,
  name: api.attributes.label,
  entityType: api.attributes.entityType,
});

/** The sentence `doc` states the fact in, if it does. */
function statedIn(edge: ApiEdge, doc: string): Evidence | undefined {
  const ev = edge.attributes.evidence.find((e) => e.doc === doc);
  return ev ? { sentence: ev.sentence, start: ev.start, end: ev.end } : undefined;
}

/** Splits facts into both / only A / only B by the documents that state them; each list in reading order of its document. */
export function partitionFacts(facts: ComparedFact[]): Pick<CompareResponse, 'both' | 'onlyA' | 'onlyB'> {
  const byStart = (k: 'a' | 'b') => (x: ComparedFact, y: ComparedFact) =>
    (x[k]?.start ?? 0) - (y[k]?.start ?? 0) || x.key.localeCompare(y.key);
  return {
    both: facts.filter((f) => f.a && f.b).sort(byStart('a')),
    onlyA: facts.filter((f) => f.a && !f.b).sort(byStart('a')),
    onlyB: facts.filter((f) => !f.a && f.b).sort(byStart('b')),
  };
}

/** The facts documents `a` and `b` state, in three lists, and the graph they make. NOT_FOUND for an unknown id. */
export async function compareDocuments(conn: GraphConnection, a: string, b: string): Promise<CompareResponse> {
  const [docA, docB] = await comparedDocuments(conn, a, b);
  const rows = await runRead(conn, READ_FACTS_OF_DOCUMENTS, { a, b, types: [...FACT_TYPES] });
  const nodes = new Map<string, ApiNode>();
  const edges = new Map<string, ApiEdge>();
  const facts: ComparedFact[] = [];
  for (const rec of rows) {
    const rel = rec.get('r') as Relationship;
    const x = rec.get('x') as Node;
    const y = rec.get('y') as Node;
    if (!isFactType(rel.type) || !nodeLabelOf(x) || !nodeLabelOf(y)) continue;
    const from = nodeToApi(x);
    const to = nodeToApi(y);
    const edge = relToApi(rel, from.key, to.key);
    if (edges.has(edge.key)) continue;
    nodes.set(from.key, from).set(to.key, to);
    edges.set(edge.key, edge);
    facts.push({ key: edge.key, type: rel.type, from: endOf(from), to: endOf(to) });
  }
  // An edge carries its first attestation only: the sentences of a and b come from their Documents' attestation lists.
  await withDocumentsEvidence(conn, [...edges.values()], [a, b]);
  for (const fact of facts) {
    const inA = statedIn(edges.get(fact.key)!, a);
    const inB = statedIn(edges.get(fact.key)!, b);
    if (inA) fact.a = inA;
    if (inB) fact.b = inB;
  }
  const graphEdges = await withDocTitles(conn, [...edges.values()]);
  return {
    a: docA,
    b: docB,
    ...partitionFacts(facts),
    graph: { nodes: [...nodes.values()], edges: graphEdges, truncated: false },
  };
}
