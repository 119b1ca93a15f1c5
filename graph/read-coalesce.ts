// Identical reads in flight at the same time share one query: twenty explorers opening the overview
// at once cost Neo4j one /api/graph, not twenty. Nothing is kept once the query has answered.

const inFlight = new Map<string, Promise<unknown>>();

/**
 * Runs `read` unless a read with the same `key` is already running, in which case its answer is shared.
 * @example coalesce(`graph:${JSON.stringify(filter)}`, () => getGraph(conn, filter))
 */
export function coalesce<T>(key: string, read: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key);
  if (running) return running as Promise<T>;
  const p = read().finally(() => inFlight.delete(key));
  inFlight.set(key, p);
  return p;
}
