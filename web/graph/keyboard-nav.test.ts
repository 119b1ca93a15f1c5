import { describe, expect, it } from 'vitest';
import { navigationOrder, nextNode } from './keyboard-nav.ts';
import { toSigmaGraph } from './to-sigma-graph.ts';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';

describe('keyboard navigation', () => {
  it('orders the visible nodes by degree, then name', () => {
    const g = toSigmaGraph(SAMPLE_GRAPH);
    const order = navigationOrder(g);
    expect(order).toHaveLength(g.order);
    for (let i = 1; i < order.length; i++) expect(g.degree(order[i - 1]!)).toBeGreaterThanOrEqual(g.degree(order[i]!));
    const first = order[0]!;
    g.setNodeAttribute(first, 'hidden', true);
    expect(navigationOrder(g)).not.toContain(first);
  });

  it('moves with the arrows, wrapping, and starts at the first node', () => {
    const order = ['a', 'b', 'c'];
    expect(nextNode(order, undefined, 'ArrowDown')).toBe('a');
    expect(nextNode(order, 'a', 'ArrowRight')).toBe('b');
    expect(nextNode(order, 'c', 'ArrowDown')).toBe('a');
    expect(nextNode(order, 'a', 'ArrowUp')).toBe('c');
    expect(nextNode(order, 'b', 'End')).toBe('c');
    expect(nextNode(order, 'gone', 'ArrowDown')).toBe('a');
    expect(nextNode(order, 'a', 'x')).toBeUndefined();
    expect(nextNode([], 'a', 'ArrowDown')).toBeUndefined();
  });
});
