// What keeps a large view interactive: when a view counts as large (then sigma hides edges and labels
// while the camera moves, and edge hover is off), and what a large view still draws once the camera
// stops: the nodes in and around the viewport, and at most EDGE_BUDGET visible edges with an end among
// them, those between the best-connected entities first (as plain lines when zoomed out). The rest go to
// sigma's `none` programs, which draw nothing (a hidden item would still cost its share of every frame).
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** A view with more visible nodes or edges than these is large. */
export const LARGE_VIEW_NODES = 2000;
export const LARGE_VIEW_EDGES = 5000;

/** The most edges a zoomed-out large view draws. */
export const EDGE_BUDGET = 15000;

/** The most nodes a large view draws (the best-connected first): each costs its share of every frame, moving or not. */
export const NODE_BUDGET = 20000;

/** Sigma's program type that draws nothing (registered for nodes and edges in GraphView). */
export const NOT_DRAWN = 'none';

/** How far around the viewport a large view still draws nodes, in viewport widths and heights. */
export const VIEW_MARGIN = 0.5;

/** Camera ratio from which a large view counts as zoomed out (1 is the whole graph fitted). */
export const ZOOMED_OUT_RATIO = 0.7;

export const isLargeView = (nodes: number, edges: number): boolean =>
  nodes > LARGE_VIEW_NODES || edges > LARGE_VIEW_EDGES;

/** A rectangle of graph coordinates (what the viewport shows, and a margin). */
export interface GraphBox {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The box spanned by two opposite corners, grown by `margin` of its width and height on every side. */
export function boxAround(a: { x: number; y: number }, b: { x: number; y: number }, margin = VIEW_MARGIN): GraphBox {
  const [dx, dy] = [Math.abs(a.x - b.x) * margin, Math.abs(a.y - b.y) * margin];
  return {
    minX: Math.min(a.x, b.x) - dx,
    maxX: Math.max(a.x, b.x) + dx,
    minY: Math.min(a.y, b.y) - dy,
    maxY: Math.max(a.y, b.y) + dy,
  };
}

/**
 * The visible nodes inside `box` (every visible node without one), at most `budget` of them, the best
 * connected first (ties by key); undefined when every node is drawn (nothing to cull).
 * @example nodesToDraw(graph, hiddenNodes, boxAround(sigma.viewportToGraph({ x: 0, y: 0 }), sigma.viewportToGraph({ x: w, y: h })))
 */
export function nodesToDraw(
  graph: ReadoutGraph,
  hiddenNodes: ReadonlySet<string>,
  box?: GraphBox,
  budget = NODE_BUDGET,
): Set<string> | undefined {
  const inside: string[] = [];
  graph.forEachNode((node, a) => {
    if (hiddenNodes.has(node)) return;
    if (!box || (a.x >= box.minX && a.x <= box.maxX && a.y >= box.minY && a.y <= box.maxY)) inside.push(node);
  });
  if (inside.length === graph.order - hiddenNodes.size && inside.length <= budget) return undefined;
  if (inside.length > budget) {
    const degree = new Map(inside.map((n) => [n, graph.degree(n)]));
    inside.sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    inside.length = budget;
  }
  return new Set(inside);
}

/**
 * The `budget` visible edges whose less connected end is best connected (ties by key), among those with
 * an end in `inView` when given; undefined when every visible edge is kept.
 * @example edgesToKeep(graph, hiddenEdges, 15000)?.has(edge)
 */
export function edgesToKeep(
  graph: ReadoutGraph,
  hiddenEdges: ReadonlySet<string>,
  budget = EDGE_BUDGET,
  inView?: ReadonlySet<string>,
): Set<string> | undefined {
  if (!inView && graph.size - hiddenEdges.size <= budget) return undefined;
  const ranked: { edge: string; rank: number }[] = [];
  graph.forEachEdge((edge, _a, source, target) => {
    if (hiddenEdges.has(edge) || (inView && !inView.has(source) && !inView.has(target))) return;
    ranked.push({ edge, rank: Math.min(graph.degree(source), graph.degree(target)) });
  });
  if (ranked.length <= budget) return new Set(ranked.map((r) => r.edge));
  ranked.sort((a, b) => b.rank - a.rank || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
  return new Set(ranked.slice(0, budget).map((r) => r.edge));
}
