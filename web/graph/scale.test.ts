import { describe, expect, it } from 'vitest';
import { buildReducers } from './highlight.ts';
import {
  boxAround,
  edgesToKeep,
  isLargeView,
  LARGE_VIEW_EDGES,
  LARGE_VIEW_NODES,
  nodesToDraw,
  NOT_DRAWN,
} from './scale.ts';
import { createGraph } from './to-sigma-graph.ts';
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** A hub `h` linked to every leaf, and a chain of leaves: the chain's edges join two low-degree nodes. */
function hubAndChain(leaves: number): ReadoutGraph {
  const g = createGraph();
  const add = (key: string) =>
    g.addNode(key, { label: key, entityType: 'Person', aliases: [], props: {}, x: 0, y: 0, size: 1, color: '#000' });
  const edge = (key: string, s: string, t: string) =>
    g.addDirectedEdgeWithKey(key, s, t, {
      relType: 'NEGOTIATES',
      docs: [],
      evidence: [],
      label: 'negotiates',
      color: '#000',
      size: 1,
      type: 'arrow',
    });
  add('h');
  for (let i = 0; i < leaves; i++) {
    add(`l${i}`);
    edge(`hub-${i}`, 'h', `l${i}`);
    if (i > 0) edge(`chain-${i}`, `l${i - 1}`, `l${i}`);
  }
  return g;
}

describe('large views', () => {
  it('are large above either threshold', () => {
    expect(isLargeView(LARGE_VIEW_NODES, LARGE_VIEW_EDGES)).toBe(false);
    expect(isLargeView(LARGE_VIEW_NODES + 1, 0)).toBe(true);
    expect(isLargeView(10, LARGE_VIEW_EDGES + 1)).toBe(true);
  });

  it('keep the edges whose weaker end is best connected, up to the budget, among the visible ones', () => {
    const g = hubAndChain(10); // hub edges: min degree 2 or 3 (leaf); chain edges: min degree 2 or 3
    expect(edgesToKeep(g, new Set(), 100)).toBeUndefined();
    const kept = edgesToKeep(g, new Set(), 5)!;
    expect(kept.size).toBe(5);
    // Inner leaves have degree 3 (hub + two chain links): their chain edges rank first.
    for (const e of kept) {
      const [s, t] = g.extremities(e);
      expect(Math.min(g.degree(s), g.degree(t))).toBe(3);
    }
    const hidden = new Set(g.edges().filter((e) => e.startsWith('chain')));
    const keptVisible = edgesToKeep(g, hidden, 5)!;
    expect([...keptVisible].every((e) => !hidden.has(e))).toBe(true);
  });

  it('a zoomed-out large view draws only the kept edges, as lines, and those of the selection', () => {
    const g = hubAndChain(4);
    const keep = new Set(['chain-2']);
    const r = buildReducers(g, { keepEdges: keep, selectedNode: 'l0', lines: true })!;
    const data = (e: string) => ({ ...g.getEdgeAttributes(e) });
    expect(r.edgeReducer('chain-2', data('chain-2'))).toMatchObject({ type: 'line' });
    expect(r.edgeReducer('chain-2', data('chain-2')).hidden).toBeFalsy();
    expect(r.edgeReducer('chain-3', data('chain-3'))).toMatchObject({ hidden: true, type: NOT_DRAWN });
    expect(r.edgeReducer('hub-0', data('hub-0')).hidden).toBeFalsy(); // an edge of the selected l0
    const zoomedIn = buildReducers(g, { keepEdges: keep })!;
    expect(zoomedIn.edgeReducer('chain-2', data('chain-2'))).toMatchObject({ type: 'arrow' });
  });

  it('culls what lies outside the viewport: nodes outside the box, edges with no end inside', () => {
    const g = hubAndChain(6);
    g.forEachNode((n) => g.mergeNodeAttributes(n, { x: n === 'h' ? 0 : Number(n.slice(1)), y: 0 }));
    const box = boxAround({ x: -0.5, y: -1 }, { x: 1.5, y: 1 }, 0); // h, l0, l1
    const inView = nodesToDraw(g, new Set(), box)!;
    expect([...inView].sort()).toEqual(['h', 'l0', 'l1']);
    expect(nodesToDraw(g, new Set(), boxAround({ x: -1, y: -1 }, { x: 9, y: 1 }, 0))).toBeUndefined();
    // Within the budget, the best connected: the hub, then inner leaves (degree 3) by key.
    expect([...nodesToDraw(g, new Set(), undefined, 3)!]).toEqual(['h', 'l1', 'l2']);
    expect([...nodesToDraw(g, new Set(['h']), box, 5)!].sort()).toEqual(['l0', 'l1']);
    // Every hub edge has the hub in view; of the chain, only l0–l1 and l1–l2 have an end in view.
    const kept = edgesToKeep(g, new Set(), 100, inView)!;
    expect([...kept].filter((e) => e.startsWith('chain')).sort()).toEqual(['chain-1', 'chain-2']);
    expect(kept.size).toBe(8);
    expect(edgesToKeep(g, new Set(), 3, inView)!.size).toBe(3);
    expect(boxAround({ x: 0, y: 0 }, { x: 2, y: 4 }, 0.5)).toEqual({ minX: -1, maxX: 3, minY: -2, maxY: 6 });
    const r = buildReducers(g, { keepNodes: inView, keepEdges: kept })!;
    const node = (n: string) => ({ ...g.getNodeAttributes(n) });
    expect(r.nodeReducer('l1', node('l1')).type).toBeUndefined();
    expect(r.nodeReducer('l5', node('l5')).type).toBe(NOT_DRAWN);
    const selected = buildReducers(g, { keepNodes: inView, keepEdges: kept, selectedNode: 'l5' })!;
    expect(selected.nodeReducer('l5', node('l5')).type).toBeUndefined(); // the selection is always drawn
  });
});
