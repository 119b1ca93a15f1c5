// Positions: deterministic seeded placement (a hash of the node key, so a node lands in the same
// spot on every load and merges never move existing nodes) and ForceAtlas2 settings and passes.
import type Graph from 'graphology-types';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A deterministic position for `key`: uniform in a disc of `radius` around `center`.
 * @example seedPosition('person:shinzo-abe', 100) // always the same point
 */
export function seedPosition(key: string, radius: number, center: Point = { x: 0, y: 0 }): Point {
  const rnd = mulberry32(hashString(key));
  const angle = rnd() * 2 * Math.PI;
  const r = radius * Math.sqrt(rnd());
  return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
}

/** Radius of the seeding disc for a graph of `order` nodes (keeps density roughly constant). */
export const seedRadius = (order: number): number => 10 * Math.sqrt(Math.max(1, order));

/** ForceAtlas2 settings for our graphs: inferred, with gravity so disconnected readouts stay close. */
export function layoutSettings(graph: Graph): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(graph),
    gravity: 0.6,
    scalingRatio: 25,
    slowDown: 2,
    adjustSizes: false,
    barnesHutOptimize: graph.order > 400,
    edgeWeightInfluence: 0,
  };
}

/** Runs `iterations` synchronous ForceAtlas2 passes (deterministic for the same input). */
export function layoutSync(graph: Graph, iterations = 150): void {
  if (graph.order < 2) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph) });
}
