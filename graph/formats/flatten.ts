// Flattens the wire graph (nested attributes) into scalar attribute records for the formats that
// have no nested values (GraphML, GEXF, CSV): arrays and objects become JSON strings.
import type { ApiGraph, PropValue } from '../types.ts';

export type Scalar = string | number | boolean;

export interface FlatNode {
  key: string;
  attributes: Record<string, Scalar>;
}

export interface FlatEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, Scalar>;
}

export interface FlatGraph {
  nodes: FlatNode[];
  edges: FlatEdge[];
}

/** Node attribute names that `props` may not overwrite; a colliding prop is written as `prop_<name>`. */
const NODE_RESERVED = new Set(['key', 'label', 'entityType', 'aliases']);

/** A value as a scalar: arrays and objects as JSON, null/undefined dropped (undefined result). */
export function toScalar(value: PropValue | object | undefined): Scalar | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function put(target: Record<string, Scalar>, name: string, value: PropValue | object | undefined): void {
  const scalar = toScalar(value);
  if (scalar !== undefined) target[name] = scalar;
}

/**
 * The graph with one flat attribute record per node and edge.
 * Nodes: `label`, `entityType`, `aliases` (JSON), then every prop. Edges: `label` and `relType` (the
 * relationship type), `docs` and `evidence` (JSON, one EvidenceRef per document), `firstSeen`,
 * `lastSeen`, `former`.
 */
export function flattenGraph(graph: ApiGraph): FlatGraph {
  const nodes = uniqueByKey(graph.nodes).map((n): FlatNode => {
    const attributes: Record<string, Scalar> = {};
    put(attributes, 'label', n.attributes.label);
    put(attributes, 'entityType', n.attributes.entityType);
    put(attributes, 'aliases', n.attributes.aliases ?? []);
    for (const [name, value] of Object.entries(n.attributes.props ?? {})) {
      put(attributes, NODE_RESERVED.has(name) ? `prop_${name}` : name, value);
    }
    return { key: n.key, attributes };
  });
  const edges = uniqueByKey(graph.edges).map((e): FlatEdge => {
    const a = e.attributes;
    const attributes: Record<string, Scalar> = {};
    put(attributes, 'label', a.relType);
    put(attributes, 'relType', a.relType);
    put(attributes, 'docs', a.docs ?? []);
    put(attributes, 'evidence', a.evidence ?? []);
    put(attributes, 'firstSeen', a.firstSeen);
    put(attributes, 'lastSeen', a.lastSeen);
    put(attributes, 'former', a.former);
    return { key: e.key, source: e.source, target: e.target, attributes };
  });
  return { nodes, edges };
}

/** The records with the first of each key kept (a graph never holds two elements with one key). */
export function uniqueByKey<T extends { key: string }>(records: T[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r.key) && Boolean(seen.add(r.key)));
}

/** Attribute names in first-seen order across the records. */
export function attributeNames(records: { attributes: Record<string, Scalar> }[]): string[] {
  const names = new Set<string>();
  for (const r of records) for (const name of Object.keys(r.attributes)) names.add(name);
  return [...names];
}
