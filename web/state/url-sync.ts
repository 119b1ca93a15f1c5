// The URL follows the view: restores it once the first graph is loaded (or opens the overview of a
// large graph when the link holds no view), then rewrites the query string (replaceState) whenever
// the UI state or the camera changes. Says so when the data changed since the link was made.
import type Sigma from 'sigma';
import { NO_FILTERS, OVERVIEW_FROM } from '../graph/filters.ts';
import { ensureNode, graph, graphStore, INITIAL_LIMIT } from './graph-store.ts';
import { pushToast } from './toast-store.ts';
import { centerOn, selectEdge, selectNode, setFilters, uiStore } from './ui-store.ts';
import { decodeView, encodeView, hasView } from './url-state.ts';
import type { UrlView } from './url-state.ts';

const WRITE_DELAY_MS = 250;

/** Selects what the link selected, fetching a node that the first load left out. */
async function restoreSelection(view: UrlView): Promise<void> {
  const sel = view.ui.selection;
  if (sel?.kind === 'node') {
    try {
      await ensureNode(sel.id);
      selectNode(sel.id, { center: !view.camera });
    } catch {
      selectNode(null);
      pushToast({ kind: 'info', title: 'The linked entity is not in the data any more', detail: sel.id });
    }
  } else if (sel?.kind === 'edge' && graph.hasEdge(sel.key)) {
    const ev = graph.getEdgeAttribute(sel.key, 'evidence')[0];
    selectEdge(sel.key, ev ? { docId: ev.doc, highlight: { start: ev.start, end: ev.end } } : undefined);
    if (!view.camera) centerOn(...graph.extremities(sel.key));
  }
}

/** Applies the view of `search` (or the default first view) to the stores and the camera. */
export function restoreView(sigma: Sigma, search: string): void {
  const view = decodeView(search);
  const current = graphStore.get().stats?.dataVersion;
  if (view.dataVersion && current && view.dataVersion !== current) {
    pushToast(
      {
        kind: 'info',
        title: 'The data has changed since this link was made',
        detail: `The link shows data version ${view.dataVersion}; the database now holds ${current}. Some entities or facts may differ.`,
      },
      20_000,
    );
  }
  if (!hasView(search)) {
    if (graph.order > OVERVIEW_FROM) setFilters({ overview: true });
    return;
  }
  const { selection, ...rest } = view.ui;
  uiStore.set((s) => ({ ...s, ...rest, filters: { ...NO_FILTERS, ...view.filters } }));
  if (view.camera) sigma.getCamera().setState(view.camera);
  if (selection) void restoreSelection(view);
}

/** The query string of the current view. */
export function currentSearch(sigma: Sigma): string {
  const { x, y, ratio } = sigma.getCamera().getState();
  const { stats, nodeLimit } = graphStore.get();
  return encodeView({
    ui: uiStore.get(),
    camera: { x, y, ratio },
    dataVersion: stats?.dataVersion,
    nodeLimit: nodeLimit === INITIAL_LIMIT ? undefined : nodeLimit,
  });
}

/** Keeps the URL on the view from now on; returns the function that stops it. */
export function followView(sigma: Sigma): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const search = currentSearch(sigma);
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, WRITE_DELAY_MS);
  };
  const camera = sigma.getCamera();
  const unsubscribe = uiStore.subscribe(schedule);
  camera.on('updated', schedule);
  schedule();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    camera.off('updated', schedule);
  };
}
