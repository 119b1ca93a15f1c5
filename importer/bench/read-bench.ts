// Read figures on the synthetic graph (graph/synthetic-graph.ts): each read of the explorer alone
// (p50/p95 over repeated calls, sizes of the answers), then 20 HTTP clients on loopback for a bounded time.
import type { AddressInfo } from 'node:net';

import type { GraphConnection } from '../../graph/connection.ts';
import type { ApiGraph } from '../../graph/types.ts';
import { createApiServer } from '../../graph/api/server.ts';
import {
  expandNeighbours,
  getEntity,
  getGraph,
  getStats,
  searchEntities,
  shortestPath,
} from '../../graph/read-store.ts';
import { buildSyntheticGraph, syntheticCounts, type SyntheticGraphSize } from '../../graph/synthetic-graph.ts';
import { latencies, round, timed, type Report } from './figures.ts';

const pick = (n: number, from = 0) => from + Math.floor(Math.random() * (n - from));
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

/** Builds the synthetic graph into the (emptied) store; figures under `reads`. */
export async function buildReadGraph(report: Report, conn: GraphConnection, size: SyntheticGraphSize) {
  const [, ms] = await timed(() => buildSyntheticGraph(conn, size));
  report.add(
    'reads',
    'nodes',
    size.nodes,
    'synthetic graph',
    `${size.nodes} nodes, ${size.relationships} relationships`,
  );
  report.add('reads', 'relationships', size.relationships, '  built in', `${(ms / 1000).toFixed(0)} s`);
  return syntheticCounts(size.nodes);
}

/**
 * Calls `fn` `times` times (after 2 warm-up calls) and reports the latencies; returns the last result.
 * A read that fails (the 30 s read timeout) is counted, reported, and ends that measurement.
 */
async function measure<T>(
  report: Report,
  key: string,
  label: string,
  times: number,
  fn: (i: number) => Promise<T>,
  size?: (r: T) => string,
): Promise<T | undefined> {
  const xs: number[] = [];
  let last: T | undefined;
  try {
    for (let i = 0; i < 2; i++) await fn(-1 - i);
    for (let i = 0; i < times; i++) {
      const [r, ms] = await timed(() => fn(i));
      xs.push(ms);
      last = r;
    }
  } catch (err) {
    report.add(
      'reads',
      `${key}Error`,
      String((err as Error).message).slice(0, 200),
      label,
      `FAILED: ${String((err as Error).message).slice(0, 120)}`,
    );
    return undefined;
  }
  report.addLatency('reads', key, xs, label, size && last !== undefined ? `, ${size(last)}` : '');
  return last;
}

/** One call of each read (their answers are not measured). */
async function settle(conn: GraphConnection, person: string): Promise<void> {
  await searchEntities(conn, 'Person 1');
  await searchEntities(conn, 'zzqx');
  await getEntity(conn, person);
  await expandNeighbours(conn, person, 1);
  await getStats(conn);
  await getGraph(conn);
}

/** Each read alone, on the synthetic graph. */
export async function benchReads(
  report: Report,
  conn: GraphConnection,
  counts: ReturnType<typeof syntheticCounts>,
  times = 30,
): Promise<void> {
  const person = (i: number) => `person:syn-${pick(counts.Person, i < 0 ? 0 : 1000)}`;
  // The store was just written: one read of each kind first, so that the first figure does not pay for
  // the caches that the build left cold (the full-text index, the page cache of the hubs).
  await settle(conn, person(0));
  // Search takes a few milliseconds, so 3× the samples: a p95 of 30 samples is the second slowest call.
  await measure(report, 'search', 'search (a name)', times * 3, () =>
    searchEntities(conn, `Person ${pick(counts.Person)}`),
  );
  await measure(report, 'searchMiss', 'search (no such name)', times, (i) => searchEntities(conn, `zzqx${i + 10}`));
  await measure(report, 'entity', 'entity (a person)', times, () => getEntity(conn, person(0)));
  const hub = await measure(report, 'entityHub', 'entity (the biggest hub, paged)', Math.ceil(times / 3), () =>
    getEntity(conn, 'state:syn-0'),
  );
  if (hub)
    report.add(
      'reads',
      'entityHubBytes',
      bytes(hub),
      '  hub answer',
      `${round(bytes(hub) / 1024)} kB, truncated ${hub.truncated}`,
    );
  await measure(report, 'neighbours', 'neighbours (depth 1)', times, () => expandNeighbours(conn, person(0), 1));
  await measure(report, 'path', 'shortest path (two people)', times, () =>
    shortestPath(conn, person(0), person(0)).catch(() => undefined),
  );
  const stats = await measure(report, 'stats', 'stats', Math.ceil(times / 3), () => getStats(conn));
  if (stats) report.add('reads', 'statsBytes', bytes(stats), '  stats answer', `${round(bytes(stats) / 1024)} kB`);
  const describe = (g: ApiGraph) =>
    `${g.nodes.length} nodes, ${g.edges.length} edges (of ${g.totals?.nodes} and ${g.totals?.edges}), ` +
    `truncated ${g.truncated}, ${round(bytes(g) / 2 ** 20)} MB`;
  const graph = await measure(
    report,
    'graph',
    '/api/graph overview',
    Math.ceil(times / 3),
    () => getGraph(conn),
    describe,
  );
  if (graph) report.add('reads', 'graphBytes', bytes(graph), '  overview answer', `${round(bytes(graph) / 1024)} kB`);
  await measure(
    report,
    'graphDateFilter',
    '/api/graph, 2010–2012',
    Math.ceil(times / 10),
    () => getGraph(conn, { from: '2010-01-01', to: '2012-12-31' }),
    describe,
  );
}

/** `clients` HTTP clients on loopback for `seconds`, a mix of the explorer's calls; counts errors (5xx, network). */
export async function benchConcurrency(
  report: Report,
  conn: GraphConnection,
  counts: ReturnType<typeof syntheticCounts>,
  clients = 20,
  seconds = 30,
): Promise<void> {
  const app = await createApiServer({ conn, webDir: false, closeConnection: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const person = () => `person:syn-${pick(counts.Person)}`;
  const calls = [
    () => `/api/search?q=Person%20${pick(counts.Person)}`,
    () => `/api/entities/${person()}`,
    () => `/api/entities/${person()}/neighbours?depth=1`,
    () => `/api/path?from=${person()}&to=${person()}`,
    () => '/api/stats',
    () => '/api/graph',
  ];
  const xs: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = c; performance.now() < until; i++) {
          const t0 = performance.now();
          try {
            const res = await fetch(base + calls[i % calls.length]!());
            await res.arrayBuffer();
            if (res.status >= 500) errors++;
          } catch {
            errors++;
          }
          xs.push(performance.now() - t0);
        }
      }),
    );
  } finally {
    await app.close();
  }
  const l = latencies(xs);
  report.add(
    'concurrency',
    'latency',
    l,
    `${clients} clients × ${seconds} s on loopback`,
    `${xs.length} requests, ${errors} errors; p50 ${l.p50} / p95 ${l.p95} / p99 ${l.p99} ms`,
  );
  report.add('concurrency', 'errors', errors, '  errors', String(errors));
  report.add('concurrency', 'requests', xs.length, '  requests per second', round(xs.length / seconds).toString());
}
