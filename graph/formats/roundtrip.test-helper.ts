// Shared check of the XML formats: a graph parsed back from GraphML or GEXF holds the same nodes,
// edges, relationship types, aliases and evidence as the wire graph it was written from.
import type { AbstractGraph } from 'graphology-types';
import { expect } from 'vitest';

import type { ApiGraph } from '../types.ts';

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** Asserts that `parsed` (from graphology-graphml or graphology-gexf `parse`) matches `graph`. */
export function expectSameGraph(parsed: AbstractGraph, graph: ApiGraph): void {
  expect(parsed.type).toBe('directed');
  expect(parsed.nodes().sort()).toEqual(graph.nodes.map((n) => n.key).sort());
  expect(parsed.edges().sort()).toEqual(graph.edges.map((e) => e.key).sort());
  for (const n of graph.nodes) {
    const a = parsed.getNodeAttributes(n.key);
    expect(a.label).toBe(n.attributes.label);
    expect(a.entityType).toBe(n.attributes.entityType);
    expect(parseJson(a.aliases)).toEqual(n.attributes.aliases);
    for (const [k, v] of Object.entries(n.attributes.props)) {
      expect(Array.isArray(v) ? parseJson(a[k]) : a[k]).toEqual(v);
    }
  }
  for (const e of graph.edges) {
    expect(parsed.source(e.key)).toBe(e.source);
    expect(parsed.target(e.key)).toBe(e.target);
    const a = parsed.getEdgeAttributes(e.key);
    expect(a.relType).toBe(e.attributes.relType);
    expect(parseJson(a.docs)).toEqual(e.attributes.docs);
    expect(parseJson(a.evidence)).toEqual(e.attributes.evidence);
    if (e.attributes.firstSeen) expect(a.firstSeen).toBe(e.attributes.firstSeen);
    if (e.attributes.former !== undefined) expect(a.former).toBe(e.attributes.former);
  }
}
