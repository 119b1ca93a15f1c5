// The explorer's one graphology instance and the status of loading it (idle | loading | ready |
// error), plus stats and health. Actions load, merge (expand), replace (console result) and reload.
import { ApiError, getAllDocuments, getGraph, getHealth, getNeighbours, getStats } from '../api/client.ts';
import type { ApiGraph, DocumentSummary, HealthResponse, StatsResponse } from '../../graph/types.ts';
import { layoutSync } from '../graph/layout.ts';
import { createGraph, mergeApiGraph } from '../graph/to-sigma-graph.ts';
import type { MergeResult } from '../graph/to-sigma-graph.ts';
import { drawnLabels } from './label-frame.ts';
import { createStore, useStore } from './store.ts';
import { resetUi } from './ui-store.ts';

export type GraphStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; message: string }
  | { kind: 'ready'; truncated: boolean; source: 'all' | 'query' }
  | { kind: 'error'; error: ApiError };

export interface GraphState {
  status: GraphStatus;
  /** Bumped on every structural change of `graph`, so views can recount. */
  version: number;
  stats?: StatsResponse;
  /** Every document's summary (GET /api/documents, paged), oldest first. */
  documents?: DocumentSummary[];
  health?: HealthResponse;
  /** The last health check's verdict (polled): false when the API or Neo4j did not answer. */
  online?: boolean;
  /** Bumped when new nodes want a short layout run (after an expand, or a load too large to lay out here). */
  layoutRequest: number;
  /** How many nodes the last whole-graph load asked of /api/graph (the `n` of the URL when not the default). */
  nodeLimit: number;
}

/** The single graph the canvas draws; never replaced, only cleared and refilled. */
export const graph = createGraph();

/** Upper bound of nodes asked of /api/graph on the first load. */
export const INITIAL_LIMIT = 2000;

/** The most nodes "load more" asks for (the API's default cap; a server may allow more, see `n` in the URL). */
export const MAX_LOAD_LIMIT = 20000;

/** Graphs larger than this are laid out by the ForceAtlas2 worker, not synchronously on load. */
export const SYNC_LAYOUT_MAX = 3000;

/**
 * Graphs up to this size get a short worker run on load; larger ones keep their seeded positions until the
 * layout is started by hand (a few seconds of ForceAtlas2 would not change them, and every pass redraws all).
 */
export const AUTO_LAYOUT_MAX = 20000;

export const graphStore = createStore<GraphState>({
  status: { kind: 'idle' },
  version: 0,
  layoutRequest: 0,
  nodeLimit: INITIAL_LIMIT,
});

/** Reads a slice of the graph state. */
export const useGraphState = <S>(selector: (s: GraphState) => S): S => useStore(graphStore, selector);

const toApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError(0, 'CLIENT', err instanceof Error ? err.message : String(err));

function bump(p: Partial<GraphState> = {}): void {
  graphStore.set((s) => ({ ...s, ...p, version: s.version + 1 }));
}

function replaceWith(api: ApiGraph, source: 'all' | 'query'): void {
  graph.clear();
  mergeApiGraph(graph, api);
  // Deterministic pre-layout so every load of the same data looks the same; the worker refines on demand,
  // and lays out at once what is too large for the main thread.
  const large = graph.order > SYNC_LAYOUT_MAX;
  if (!large) layoutSync(graph, graph.order > 800 ? 80 : 400);
  bump({ status: { kind: 'ready', truncated: api.truncated, source } });
  if (large && graph.order <= AUTO_LAYOUT_MAX) graphStore.set((s) => ({ ...s, layoutRequest: s.layoutRequest + 1 }));
}

/** The node limit after `current` for "load more": four times as many, up to MAX_LOAD_LIMIT (undefined: no more). */
export const nextNodeLimit = (current: number): number | undefined =>
  current < MAX_LOAD_LIMIT ? Math.min(MAX_LOAD_LIMIT, current * 4) : undefined;

/** Entities the database holds (Documents aside), from the stats; undefined before they are known. */
export function storedEntities(stats: StatsResponse | undefined): number | undefined {
  if (!stats) return undefined;
  return Object.entries(stats.labels).reduce((n, [l, c]) => (l === 'Document' ? n : n + (c ?? 0)), 0);
}

/**
 * Checks health, loads stats, the documents and the whole graph (the `nodeLimit` best-connected entities,
 * INITIAL_LIMIT by default, the last one asked otherwise); resets the UI.
 */
export async function loadAll(nodeLimit = graphStore.get().nodeLimit): Promise<void> {
  graphStore.set((s) => ({ ...s, nodeLimit, status: { kind: 'loading', message: 'Connecting to Neo4j…' } }));
  try {
    const health = await getHealth();
    graphStore.set((s) => ({ ...s, health, online: true, status: { kind: 'loading', message: 'Loading the graph…' } }));
    const [stats, documents, api] = await Promise.all([getStats(), getAllDocuments(), getGraph({ limit: nodeLimit })]);
    graphStore.set((s) => ({ ...s, stats, documents }));
    resetUi();
    replaceWith(api, 'all');
  } catch (err) {
    graph.clear();
    bump({ status: { kind: 'error', error: toApiError(err) } });
  }
}

/** Replaces the canvas content with a result graph (console "show in graph"). */
export function showGraph(api: ApiGraph): void {
  resetUi();
  replaceWith(api, 'query');
}

/** Merges a graph into the canvas, new nodes placed around `anchor`, and asks for a short layout. */
export function mergeGraph(api: ApiGraph, anchor?: string): MergeResult {
  const result = mergeApiGraph(graph, api, anchor);
  if (result.addedNodes.length || result.addedEdges.length) {
    graphStore.set((s) => ({
      ...s,
      version: s.version + 1,
      layoutRequest: s.layoutRequest + (result.addedNodes.length ? 1 : 0),
    }));
  }
  return result;
}

/** Fetches the neighbours of `id` and merges them. */
export async function expandNeighbours(id: string, depth = 1): Promise<MergeResult> {
  return mergeGraph(await getNeighbours(id, depth), id);
}

/** Makes sure `id` is in the canvas (fetching its neighbourhood when it is not). */
export async function ensureNode(id: string): Promise<void> {
  if (!graph.hasNode(id)) await expandNeighbours(id);
}

/** Read-only hook for tests and debugging: `window.__readoutGraph`. */
export function exposeForTests(sigma: () => unknown): void {
  (window as unknown as { __readoutGraph: unknown }).__readoutGraph = {
    graph,
    sigma,
    state: () => graphStore.get(),
    visibleNodes: () => graph.filterNodes((_, a) => !a.hidden),
    labels: drawnLabels,
  };
}
