// What keeps a large view interactive: when a view counts as large (then sigma hides edges and labels
// while the camera moves, and edge hover is off), and which edges a zoomed-out large view still draws:
// the EDGE_BUDGET visible edges between the best-connected entities, as plain lines.
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** A view with more visible nodes or edges than these is large. */
export const LARGE_VIEW_NODES = 2000;
export const LARGE_VIEW_EDGES = 5000;

/** The most edges a zoomed-out large view draws. */
export const EDGE_BUDGET = 15000;

/** Camera ratio from which a large view counts as zoomed out (1 is the whole graph fitted). */
export const ZOOMED_OUT_RATIO = 0.7;

export const isLargeView = (nodes: number, edges: number): boolean =>
  nodes > LARGE_VIEW_NODES || edges > LARGE_VIEW_EDGES;

/**
 * The `budget` visible edges whose less connected end is best connected (ties by key), or undefined
 * when every visible edge fits the budget.
 * @example edgesToKeep(graph, hiddenEdges, 15000)?.has(edge)
 */
export function edgesToKeep(
  graph: ReadoutGraph,
  hiddenEdges: ReadonlySet<string>,
  budget = EDGE_BUDGET,
): Set<string> | undefined {
  if (graph.size - hiddenEdges.size <= budget) return undefined;
  const ranked: { edge: string; rank: number }[] = [];
  graph.forEachEdge((edge, _a, source, target) => {
    if (!hiddenEdges.has(edge)) ranked.push({ edge, rank: Math.min(graph.degree(source), graph.degree(target)) });
  });
  ranked.sort((a, b) => b.rank - a.rank || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
  return new Set(ranked.slice(0, budget).map((r) => r.edge));
}
