import { describe, expect, it } from 'vitest';
import { LABEL_COLORS, nodeSize } from './appearance.ts';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { createGraph, mergeApiGraph, toSigmaGraph } from './to-sigma-graph.ts';

describe('toSigmaGraph', () => {
  it('keeps keys, puts the label in entityType and never sets type to a label', () => {
    const g = toSigmaGraph(SAMPLE_GRAPH);
    expect(g.order).toBe(8);
    expect(g.size).toBe(8); // two edges between the same pair (a multigraph)
    const abe = g.getNodeAttributes('person:shinzo-abe');
    expect(abe).toMatchObject({ label: 'Shinzo Abe', entityType: 'Person', color: LABEL_COLORS.Person });
    expect(abe).not.toHaveProperty('type');
    expect(Number.isFinite(abe.x) && Number.isFinite(abe.y)).toBe(true);
    const e = g.getEdgeAttributes('NEGOTIATES:person:igor-vladimirovich-morgulov->agreement:peace-treaty');
    expect(e).toMatchObject({ relType: 'NEGOTIATES', label: 'negotiates', type: 'arrow' });
    expect(e.size).toBeGreaterThan(g.getEdgeAttribute('OFFICE_OF:office:prime-minister-of-japan->state:japan', 'size'));
  });

  it('sizes by degree', () => {
    const g = toSigmaGraph(SAMPLE_GRAPH);
    expect(g.getNodeAttribute('event:g20', 'size')).toBe(nodeSize(4));
    expect(g.getNodeAttribute('person:lonely', 'size')).toBe(nodeSize(0));
  });

  it('is deterministic', () => {
    const a = toSigmaGraph(SAMPLE_GRAPH).export();
    expect(toSigmaGraph(SAMPLE_GRAPH).export()).toEqual(a);
  });
});

describe('mergeApiGraph', () => {
  it('adds only what is new, keeps positions and places new nodes near the anchor', () => {
    const g = createGraph();
    mergeApiGraph(g, { nodes: SAMPLE_GRAPH.nodes.slice(0, 3), edges: [], truncated: false });
    const before = { ...g.getNodeAttributes('person:shinzo-abe') };
    const r = mergeApiGraph(g, SAMPLE_GRAPH, 'person:shinzo-abe');
    expect(r.addedNodes).toHaveLength(5);
    expect(r.addedEdges).toHaveLength(8);
    expect(g.getNodeAttribute('person:shinzo-abe', 'x')).toBe(before.x);
    const again = mergeApiGraph(g, SAMPLE_GRAPH);
    expect(again).toEqual({ addedNodes: [], addedEdges: [] });
  });

  it('skips edges whose ends are missing', () => {
    const g = createGraph();
    const r = mergeApiGraph(g, { nodes: SAMPLE_GRAPH.nodes.slice(0, 1), edges: SAMPLE_GRAPH.edges, truncated: false });
    expect(r.addedEdges).toEqual([]);
  });
});
