import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { hashString, layoutSync, mulberry32, seedPosition } from './layout.ts';

describe('seeded positions', () => {
  it('are deterministic per key and differ between keys', () => {
    expect(seedPosition('person:a', 50)).toEqual(seedPosition('person:a', 50));
    expect(seedPosition('person:a', 50)).not.toEqual(seedPosition('person:b', 50));
    const p = seedPosition('x', 10, { x: 100, y: 100 });
    expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThanOrEqual(10);
  });

  it('hash and prng are stable', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a()]).toEqual([b(), b()]);
  });
});

describe('layoutSync', () => {
  it('gives the same positions on the same input', () => {
    const build = () => {
      const g = new MultiDirectedGraph();
      for (const k of ['a', 'b', 'c', 'd']) g.addNode(k, { ...seedPosition(k, 20), size: 5 });
      g.addEdge('a', 'b');
      g.addEdge('b', 'c');
      g.addEdge('c', 'a');
      g.addEdge('c', 'd');
      layoutSync(g, 50);
      return g.mapNodes((n, a) => [n, a.x, a.y]);
    };
    const first = build();
    expect(build()).toEqual(first);
    expect(first.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });
});
