// The comparison of two readouts: fetched when the UI store names two documents (compareA, compareB),
// merged into the canvas, its facts coloured by both / only A / only B and everything else dimmed.
import type { CompareResponse } from '../../graph/types.ts';
import { getCompare } from '../api/client.ts';
import { COMPARE_COLORS } from '../graph/appearance.ts';
import { mergeGraph } from './graph-store.ts';
import { createStore, useStore } from './store.ts';
import { centerOn, setFocus, uiStore } from './ui-store.ts';

export type CompareSide = keyof typeof COMPARE_COLORS;

export type CompareState =
  | { kind: 'idle' }
  | { kind: 'loading'; a: string; b: string }
  | { kind: 'error'; a: string; b: string; message: string }
  | { kind: 'ready'; a: string; b: string; result: CompareResponse; sides: ReadonlyMap<string, CompareSide> };

export const compareStore = createStore<CompareState>({ kind: 'idle' });

/** Reads a slice of the comparison state. */
export const useCompare = <S>(selector: (s: CompareState) => S): S => useStore(compareStore, selector);

/** Which list each fact of a comparison is in, by edge key. */
export function sidesOf(result: CompareResponse): Map<string, CompareSide> {
  const sides = new Map<string, CompareSide>();
  for (const side of ['both', 'onlyA', 'onlyB'] as const) for (const f of result[side]) sides.set(f.key, side);
  return sides;
}

/** Edge colours of the current comparison (none when there is none). */
export function compareEdgeColors(state: CompareState): ReadonlyMap<string, string> | undefined {
  if (state.kind !== 'ready') return undefined;
  return new Map([...state.sides].map(([key, side]) => [key, COMPARE_COLORS[side]]));
}

/** Fetches the comparison of `a` and `b`, merges its graph and focuses the canvas on it. */
export async function loadCompare(a: string, b: string): Promise<void> {
  compareStore.set({ kind: 'loading', a, b });
  try {
    const result = await getCompare(a, b);
    const ui = uiStore.get();
    if (ui.compareA !== a || ui.compareB !== b) return; // the user picked others meanwhile
    mergeGraph(result.graph);
    const sides = sidesOf(result);
    compareStore.set({ kind: 'ready', a, b, result, sides });
    const nodes = new Set(result.graph.nodes.map((n) => n.key));
    setFocus({ nodes, edges: new Set(sides.keys()), caption: `Comparing “${result.a.title}” and “${result.b.title}”` });
    if (nodes.size > 0) centerOn(...nodes);
  } catch (err) {
    compareStore.set({ kind: 'error', a, b, message: err instanceof Error ? err.message : String(err) });
  }
}

/** Follows the UI store: loads a comparison when both documents are set, clears it (and its focus) otherwise. */
export function syncCompare(compareA: string | undefined, compareB: string | undefined): void {
  const cur = compareStore.get();
  if (compareA && compareB && compareA !== compareB) {
    if (cur.kind !== 'idle' && cur.a === compareA && cur.b === compareB) return;
    void loadCompare(compareA, compareB);
    return;
  }
  if (cur.kind === 'idle') return;
  compareStore.set({ kind: 'idle' });
  if (uiStore.get().focus?.caption.startsWith('Comparing')) setFocus(undefined);
}
