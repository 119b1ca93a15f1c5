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
  /** Bumped when new nodes want a short layout run (after an expand). */
  layoutRequest: number;
}

/** The single graph the canvas draws; never replaced, only cleared and refilled. */
export const graph = createGraph();

export const graphStore = createStore<GraphState>({ status: { kind: 'idle' }, version: 0, layoutRequest: 0 });

/** Reads a slice of the graph state. */
export const useGraphState = <S>(selector: (s: GraphState) => S): S => useStore(graphStore, selector);

/** Upper bound of nodes asked of /api/graph on the first load. */
export const INITIAL_LIMIT = 2000;

const toApiError = (err: unknown): ApiError =>
  err instanceof ApiError ? err : new ApiError(0, 'CLIENT', err instanceof Error ? err.message : String(err));

function bump(p: Partial<GraphState> = {}): void {
  graphStore.set((s) => ({ ...s, ...p, version: s.version + 1 }));
}

function replaceWith(api: ApiGraph, source: 'all' | 'query'): void {
  graph.clear();
  mergeApiGraph(graph, api);
  // Deterministic pre-layout so every load of the same data looks the same; the worker refines on demand.
  if (graph.order <= 3000) layoutSync(graph, graph.order > 800 ? 80 : 400);
  bump({ status: { kind: 'ready', truncated: api.truncated, source } });
}

/** Checks health, loads stats, the documents and the whole graph (up to INITIAL_LIMIT nodes); resets the UI. */
export async function loadAll(): Promise<void> {
  graphStore.set((s) => ({ ...s, status: { kind: 'loading', message: 'Connecting to Neo4j…' } }));
  try {
    const health = await getHealth();
    graphStore.set((s) => ({ ...s, health, online: true, status: { kind: 'loading', message: 'Loading the graph…' } }));
    const [stats, documents, api] = await Promise.all([
      getStats(),
      getAllDocuments(),
      getGraph({ limit: INITIAL_LIMIT }),
    ]);
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
