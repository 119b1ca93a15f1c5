// Time in the graph view: when the as-of date changes (or the graph is reloaded), fetch the graph as
// it stood on that date, merge what is missing and keep its keys, so that useVisibility hides the
// rest; and playback, which steps the as-of date through the readouts' and events' dates.
import { getGraphAsOf } from '../api/client-negotiations.ts';
import type { AsOfKeep } from '../graph/as-of.ts';
import { createStore, useStore } from './store.ts';
import { graphStore, INITIAL_LIMIT, mergeGraph } from './graph-store.ts';
import { toastError } from './toast-store.ts';
import { uiStore } from './ui-store.ts';

export interface TimeState {
  /** The as-of graph's keys, once loaded for the current date. */
  keep?: AsOfKeep;
  /** True while playback steps the date. */
  playing: boolean;
  /** True while the as-of graph is being fetched. */
  loading: boolean;
}

export const timeStore = createStore<TimeState>({ playing: false, loading: false });

/** Reads a slice of the time state. */
export const useTime = <S>(selector: (s: TimeState) => S): S => useStore(timeStore, selector);

export const setPlaying = (playing: boolean): void => timeStore.set((s) => ({ ...s, playing }));

/** Loads the as-of graph for `asOf` (or clears the keep sets); stale answers are dropped. */
async function sync(asOf: string | undefined): Promise<void> {
  if (!asOf) {
    timeStore.set((s) => ({ ...s, keep: undefined, loading: false }));
    return;
  }
  timeStore.set((s) => ({ ...s, loading: true }));
  try {
    const api = await getGraphAsOf(asOf, INITIAL_LIMIT);
    if (uiStore.get().asOf !== asOf) return;
    mergeGraph(api);
    const keep = { asOf, nodes: new Set(api.nodes.map((n) => n.key)), edges: new Set(api.edges.map((e) => e.key)) };
    timeStore.set((s) => ({ ...s, keep, loading: false }));
  } catch (err) {
    timeStore.set((s) => ({ ...s, loading: false, playing: false }));
    toastError(`Could not load the graph as of ${asOf}`, err);
  }
}

let started = false;

/** Starts following the as-of date and graph reloads (once; later calls do nothing). */
export function startTimeSync(): void {
  if (started) return;
  started = true;
  let lastAsOf: string | undefined;
  let lastStatus = graphStore.get().status;
  const check = () => {
    const asOf = uiStore.get().asOf;
    const status = graphStore.get().status;
    const reloaded = status !== lastStatus && status.kind === 'ready';
    lastStatus = status;
    if (asOf === lastAsOf && !reloaded) return;
    lastAsOf = asOf;
    if (status.kind === 'ready' || !asOf) void sync(asOf);
  };
  uiStore.subscribe(check);
  graphStore.subscribe(check);
  check();
}
