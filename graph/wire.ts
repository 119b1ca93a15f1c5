// Neo4j records → JSON: the wire shape of graph/types.ts (ApiNode, ApiEdge) for the explorer, and plain
// JSON rows for the console. Integers become numbers, temporals strings; a Document's `text` never leaves.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';

import {
  edgeKey,
  ENTITY_INDEX_LABEL,
  isNodeLabel,
  isRelationType,
  type NodeLabel,
  type RelationType,
} from './schema.ts';
import type { ApiEdge, ApiNode, EdgeAttributes, EvidenceRef, PropValue } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/**
 * A Document's text and its attestation lists (graph/write-plan.ts `AttestationLists`: provenance, read through
 * graph/read-evidence.ts): large, and never a node's property on the wire or in a console row.
 */
const DOCUMENT_STORAGE = new Set(['text', 'attFacts', 'attStarts', 'attEnds', 'attSentences']);

/** Node properties that never go on the wire: `id`, `name` and `aliases` have their own fields, DOCUMENT_STORAGE. */
/** `degree` is the store's ranking aid (graph/queries/degree.ts): the explorer counts what it draws. */
const NODE_FIELDS_NOT_IN_PROPS = new Set(['id', 'name', 'aliases', 'degree', ...DOCUMENT_STORAGE]);

/**
 * A driver value as plain JSON: Integer → number, temporal → ISO string, point → {srid, x, y, z?},
 * nodes, relationships and paths → plain objects (see `toPlainRow`), lists and maps recursively.
 */
export function toPlain(value: unknown, ids: ReadonlyMap<string, string> = new Map()): unknown {
  if (value === null || value === undefined) return null;
  // Integers beyond 2^53 would lose digits as JSON numbers: they are answered as strings.
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isNode(value)) return plainNode(value);
  if (isRelationship(value)) return plainRelationship(value, ids);
  if (isPath(value)) return plainPath(value, ids);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value)) {
    return value.toString();
  }
  if (isDuration(value)) return value.toString();
  if (isPoint(value)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, ids));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v, ids)]));
  }
  return value;
}

/** A property value as a wire PropValue (lists of mixed or nested values become strings). */
function toPropValue(value: unknown): PropValue {
  const plain = toPlain(value);
  if (plain === null || typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean') {
    return plain;
  }
  if (Array.isArray(plain) && plain.every((v) => typeof v === 'number')) return plain as number[];
  if (Array.isArray(plain)) return plain.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return JSON.stringify(plain);
}

const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const asStringList = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(toPlain(x))) : []);

// ---------------------------------------------------------------------------------------------
// Plain JSON (console rows)
// ---------------------------------------------------------------------------------------------

/** Our stable id of a node, or its elementId when it has none (a node created by hand). */
export const nodeKey = (node: Node): string => asString(node.properties.id) ?? node.elementId;

function plainProperties(props: Record<string, unknown>, omitText: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!(omitText && DOCUMENT_STORAGE.has(k))) out[k] = toPlain(v);
  return out;
}

function plainNode(node: Node): { id: string; labels: string[]; properties: Record<string, unknown> } {
  // The storage label `:Entity` is an index, not part of the ontology: console rows show the ontology's.
  const labels = node.labels.filter((l) => l !== ENTITY_INDEX_LABEL);
  return { id: nodeKey(node), labels, properties: plainProperties(node.properties, true) };
}

function plainRelationship(
  rel: Relationship,
  ids: ReadonlyMap<string, string>,
): { type: string; start: string; end: string; properties: Record<string, unknown> } {
  return {
    type: rel.type,
    start: ids.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    end: ids.get(rel.endNodeElementId) ?? rel.endNodeElementId,
    properties: plainProperties(rel.properties, false),
  };
}

function plainPath(path: Path, ids: ReadonlyMap<string, string>) {
  const nodes = [path.start, ...path.segments.map((s) => s.end)];
  return {
    nodes: nodes.map(plainNode),
    relationships: path.segments.map((s) => plainRelationship(s.relationship, ids)),
  };
}

// ---------------------------------------------------------------------------------------------
// Wire graph (explorer)
// ---------------------------------------------------------------------------------------------

/** The node's label from schema.ts, or undefined for a node outside the ontology. */
export function nodeLabelOf(node: Node): NodeLabel | undefined {
  return node.labels.find(isNodeLabel);
}

/**
 * A Neo4j node as an ApiNode: key = our `id`, label = `name` (a Document's `title`), every other property
 * in `props` except `text` and `degree`. Throws for a node outside the ontology (check with `nodeLabelOf` first).
 */
export function nodeToApi(node: Node): ApiNode {
  const entityType = nodeLabelOf(node);
  if (!entityType)
    throw new Error(`graph/wire: node ${node.elementId} has no ontology label (${node.labels.join(', ')})`);
  const p = node.properties as Record<string, unknown>;
  const props: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(p)) if (!NODE_FIELDS_NOT_IN_PROPS.has(k)) props[k] = toPropValue(v);
  const label = asString(p.name) ?? asString(p.title) ?? nodeKey(node);
  return { key: nodeKey(node), attributes: { label, entityType, aliases: asStringList(p.aliases), props } };
}

/**
 * Provenance of a fact on the wire: its documents, the first attestation (kept on the relationship) and
 * how many there are; the others are read on demand (graph/read-evidence.ts), never carried by the edge.
 */
function evidenceOf(p: Record<string, unknown>): { docs: string[]; evidence: EvidenceRef[]; evidenceCount: number } {
  const doc = asString(p.doc);
  const docs = asStringList(p.docs);
  if (!doc) return { docs, evidence: [], evidenceCount: 0 };
  const first = {
    doc,
    sentence: asString(p.evidence) ?? '',
    start: Number(toPlain(p.start) ?? 0),
    end: Number(toPlain(p.end) ?? 0),
  };
  const counted = Number(toPlain(p.attestations) ?? NaN);
  return {
    docs: docs.length > 0 ? docs : [doc],
    evidence: [first],
    evidenceCount: Number.isFinite(counted) ? counted : Math.max(1, docs.length),
  };
}

/** True when the relationship's type belongs to the ontology (only those go on the wire). */
export const isOntologyRelationship = (rel: Relationship): boolean => isRelationType(rel.type);

/**
 * A Neo4j relationship as an ApiEdge between two node keys (our ids): key from edgeKey(), provenance
 * from evidenceOf (the first attestation and the count); MENTIONS has its document as `docs`.
 */
export function relToApi(rel: Relationship, fromId: string, toId: string): ApiEdge {
  if (!isRelationType(rel.type)) throw new Error(`graph/wire: relationship type ${rel.type} is not in the ontology`);
  const relType: RelationType = rel.type;
  const p = rel.properties as Record<string, unknown>;
  const { docs, evidence, evidenceCount } =
    relType === 'MENTIONS' ? { docs: [fromId], evidence: [], evidenceCount: 0 } : evidenceOf(p);
  const attributes: EdgeAttributes = { relType, docs, evidence };
  if (evidenceCount > evidence.length) attributes.evidenceCount = evidenceCount;
  if (relType === 'HOLDS_OFFICE') {
    const firstSeen = asString(toPlain(p.firstSeen));
    const lastSeen = asString(toPlain(p.lastSeen));
    if (firstSeen) attributes.firstSeen = firstSeen;
    if (lastSeen) attributes.lastSeen = lastSeen;
    if (typeof p.former === 'boolean') attributes.former = p.former;
  }
  return { key: edgeKey(relType, fromId, toId), source: fromId, target: toId, attributes };
}
