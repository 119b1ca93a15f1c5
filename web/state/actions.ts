// User actions that span stores: fetch-and-select, expand neighbours, shortest path. Failures become
// toasts (the canvas keeps what it had).
import { ApiError, getPath } from '../api/client.ts';
import { ensureNode, expandNeighbours, graph, mergeGraph } from './graph-store.ts';
import { pushToast, toastError } from './toast-store.ts';
import { centerOn, selectNode, setFocus, startPath, uiStore } from './ui-store.ts';

/**
 * Brings `id` into the canvas when missing, selects it and centres the camera on it; while a
 * "path to…" waits for its other end, finds the path to `id` instead.
 */
export async function focusEntity(id: string, opts: { keepReader?: boolean } = {}): Promise<void> {
  const from = uiStore.get().pathFrom;
  if (from && from !== id) return findPath(from, id);
  try {
    await ensureNode(id);
    selectNode(id, { center: true, keepReader: opts.keepReader });
  } catch (err) {
    toastError('Could not open this entity', err);
  }
}

/** Merges the neighbours of `id` into the canvas and says how many were added. */
export async function expand(id: string): Promise<void> {
  try {
    const { addedNodes } = await expandNeighbours(id);
    const name = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
    pushToast(
      {
        kind: 'info',
        title: addedNodes.length
          ? `Added ${addedNodes.length} neighbours of ${name}`
          : `All neighbours of ${name} are already shown`,
      },
      3500,
    );
  } catch (err) {
    toastError('Could not expand the neighbours', err);
  }
}

/** Finds the shortest path between two entities, merges it and keeps only it in focus. */
export async function findPath(from: string, to: string): Promise<void> {
  startPath(undefined);
  try {
    const path = await getPath(from, to);
    mergeGraph(path);
    const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
    setFocus({
      nodes: new Set(path.nodes.map((n) => n.key)),
      edges: new Set(path.edges.map((e) => e.key)),
      caption: `Path from ${name(from)} to ${name(to)} (${path.edges.length} step${path.edges.length === 1 ? '' : 's'})`,
    });
    selectNode(to);
    centerOn(...path.nodes.map((n) => n.key));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404)
      pushToast({ kind: 'info', title: 'No path between these two entities' });
    else toastError('Could not find a path', err);
  }
}
