// The Cypher console: current query and parameters, history (kept in localStorage), the last
// result and its status. Runs through POST /api/cypher (read-only on the server).
import { ApiError, runCypher } from '../api/client.ts';
import type { CypherResponse } from '../../graph/types.ts';
import { createStore, useStore } from './store.ts';

export type ConsoleStatus =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; result: CypherResponse; ms: number }
  | { kind: 'error'; error: ApiError };

export interface ConsoleState {
  query: string;
  params?: Record<string, unknown>;
  history: string[];
  status: ConsoleStatus;
}

const HISTORY_KEY = 'readout-graph.cypher-history';
const HISTORY_MAX = 30;

function loadHistory(): string[] {
  try {
    const raw = globalThis.localStorage?.getItem(HISTORY_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export const consoleStore = createStore<ConsoleState>({
  query: '',
  history: loadHistory(),
  status: { kind: 'idle' },
});

export const useConsole = <S>(selector: (s: ConsoleState) => S): S => useStore(consoleStore, selector);

/** Sets the editor text and its parameters (a typed edit drops the parameters of a prefilled query). */
export const setQuery = (query: string, params?: Record<string, unknown>): void =>
  consoleStore.set((s) => (s.query === query && s.params === params ? s : { ...s, query, params }));

/** Runs the current query and records it in the history. */
export async function runQuery(): Promise<void> {
  const { query, params } = consoleStore.get();
  if (!query.trim()) return;
  const history = [query, ...consoleStore.get().history.filter((q) => q !== query)].slice(0, HISTORY_MAX);
  try {
    globalThis.localStorage?.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage may be unavailable (private mode): history then lasts for the session only.
  }
  consoleStore.set((s) => ({ ...s, history, status: { kind: 'running' } }));
  const t0 = performance.now();
  try {
    const result = await runCypher(query, params);
    consoleStore.set((s) => ({ ...s, status: { kind: 'done', result, ms: Math.round(performance.now() - t0) } }));
  } catch (err) {
    const error = err instanceof ApiError ? err : new ApiError(0, 'CLIENT', String(err));
    consoleStore.set((s) => ({ ...s, status: { kind: 'error', error } }));
  }
}
