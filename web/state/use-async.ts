// A fetch-on-change hook with a status union (loading | ready | error); stale answers are ignored.
import { useEffect, useState } from 'react';

export type AsyncState<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; error: unknown };

/** Runs `load` whenever `key` changes (skips when key is undefined). */
export function useAsync<T>(key: string | undefined, load: (key: string) => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T> & { key?: string }>({ kind: 'loading' });
  useEffect(() => {
    if (key === undefined) return;
    let stale = false;
    setState({ kind: 'loading', key });
    load(key).then(
      (value) => !stale && setState({ kind: 'ready', value, key }),
      (error: unknown) => !stale && setState({ kind: 'error', error, key }),
    );
    return () => {
      stale = true;
    };
    // `load` is a module-level API function; only the key decides when to refetch.
  }, [key]);
  return state.key === key ? state : { kind: 'loading' };
}
