// Cypher script export: parameter-free MERGE statements that recreate the subgraph in any Neo4j.
// The one place where Cypher is built from strings, because the script itself is the output format
// (never run by this app): labels and types are checked against schema.ts and backticked, every
// value becomes an escaped literal (cypherLiteral).
import { edgeKey, ENTITY_INDEX_LABEL, isNodeLabel, isRelationType } from '../schema.ts';
import type { ApiEdge, ApiGraph, ApiNode, PropValue } from '../types.ts';
import { uniqueByKey } from './flatten.ts';

type Literal = PropValue | undefined;

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A Cypher string literal: single-quoted, backslash, quotes and control or line-separator characters escaped. */
export function cypherString(s: string): string {
  const body = s.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    /[\\'"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

/** A Cypher literal for a property value (integers stay integers, other numbers get a decimal point). */
export function cypherLiteral(value: Literal): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    if (Number.isInteger(value)) return String(value);
    const s = String(value);
    return /[.e]/.test(s) ? s : `${s}.0`;
  }
  return `[${(value as (string | number)[]).map((v) => cypherLiteral(v)).join(', ')}]`;
}

/** A backticked identifier (label, type or property key), backticks doubled. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function mapLiteral(props: Record<string, Literal>): string {
  const entries = Object.entries(props).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
}

function nodeStatement(n: ApiNode): string {
  const label = n.attributes.entityType;
  if (!isNodeLabel(label))
    throw new Error(`graph/formats/cypher-script: node ${n.key} has an unknown label "${label}"`);
  const props: Record<string, Literal> = { ...n.attributes.props, name: n.attributes.label };
  if (label !== 'Document') props.aliases = n.attributes.aliases ?? [];
  delete props.id;
  // Entities also carry the storage label `:Entity` (graph/schema.ts), which every read starts from.
  const also = label === 'Document' ? '' : `n:${ENTITY_INDEX_LABEL}, `;
  return `MERGE (n:${label} {id: ${cypherLiteral(n.key)}}) SET ${also}n += ${mapLiteral(props)};`;
}

function edgeStatement(e: ApiEdge, labels: Map<string, string>): string {
  const a = e.attributes;
  if (!isRelationType(a.relType)) {
    throw new Error(`graph/formats/cypher-script: edge ${e.key} has an unknown type "${a.relType}"`);
  }
  const from = `(a:${labels.get(e.source)} {id: ${cypherLiteral(e.source)}})`;
  const to = `(b:${labels.get(e.target)} {id: ${cypherLiteral(e.target)}})`;
  // The wire carries no mention spans, so a MENTIONS link is recreated bare.
  if (a.relType === 'MENTIONS') return `MATCH ${from}, ${to} MERGE (a)-[:MENTIONS]->(b);`;
  const ev = a.evidence ?? [];
  const first = ev[0];
  // The storage model of graph/README.md: the first attestation, the documents and the count on the
  // relationship; every attestation as an :Attestation node keyed by the fact and its document (the model before
  // the Documents' attestation lists, which every read still reads: the export need not hold the Documents and
  // their text, and its sentences are the node's own).
  const props: Record<string, Literal> = {
    doc: first?.doc,
    evidence: first?.sentence,
    start: first?.start,
    end: first?.end,
    docs: a.docs ?? ev.map((x) => x.doc),
    attestations: Math.max(a.evidenceCount ?? 0, ev.length),
    firstSeen: a.firstSeen,
    lastSeen: a.lastSeen,
    former: a.former,
  };
  const attestations = ev.map((x) => mapLiteral({ doc: x.doc, sentence: x.sentence, start: x.start, end: x.end }));
  return (
    `MATCH ${from}, ${to} MERGE (a)-[r:${a.relType}]->(b) SET r += ${mapLiteral(props)} ` +
    `WITH r UNWIND [${attestations.join(', ')}] AS x ` +
    `MERGE (t:Attestation {fact: ${cypherLiteral(edgeKey(a.relType, e.source, e.target))}, doc: x.doc}) ` +
    'SET t.sentence = x.sentence, t.start = x.start, t.end = x.end;'
  );
}

/**
 * A Cypher script (one statement per line, `;`-terminated) that MERGEs every node by label and id,
 * then every relationship, with all stored properties. Run it with `cypher-shell -f readout-graph.cypher`.
 */
export function toCypherScript(graph: ApiGraph): string {
  const nodes = uniqueByKey(graph.nodes);
  const labels = new Map(nodes.map((n) => [n.key, n.attributes.entityType as string]));
  const edges = uniqueByKey(graph.edges).filter((e) => labels.has(e.source) && labels.has(e.target));
  return [
    `// Readout Graph export: ${nodes.length} nodes, ${edges.length} relationships.`,
    '// Recreate with: cypher-shell -f readout-graph.cypher',
    ...nodes.map(nodeStatement),
    ...edges.map((e) => edgeStatement(e, labels)),
    '',
  ].join('\n');
}
