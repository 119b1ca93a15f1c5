import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_GRAPH } from '../graph/fixture.test-data.ts';
import {
  graph,
  graphStore,
  INITIAL_LIMIT,
  loadAll,
  MAX_LOAD_LIMIT,
  mergeGraph,
  nextNodeLimit,
  showGraph,
  storedEntities,
} from './graph-store.ts';
import { selectNode, uiStore } from './ui-store.ts';

afterEach(() => vi.unstubAllGlobals());

/** A fetch that answers each API path with a JSON body (or an error status). */
function stubApi(routes: Record<string, { status?: number; body: unknown }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = url.split('?')[0]!;
      const r = routes[path];
      return r
        ? Response.json(r.body, { status: r.status ?? 200 })
        : Response.json({ error: { code: 'NOT_FOUND', message: path } }, { status: 404 });
    }),
  );
}

const stats = { labels: { Person: 3, Document: 1 }, types: {}, states: [], dateRange: {} };
const documents = [{ id: 'document:d1', title: 'D1', date: '2019-01-22' }];

describe('graph-store', () => {
  it('loads health, stats, documents and graph into the one instance, laid out, and resets the UI', async () => {
    stubApi({
      '/api/health': { body: { ok: true, uri: 'bolt://x' } },
      '/api/stats': { body: stats },
      '/api/documents': { body: documents },
      '/api/graph': { body: SAMPLE_GRAPH },
    });
    selectNode('person:shinzo-abe');
    const same = graph;
    const seen: string[] = [];
    const off = graphStore.subscribe(() => seen.push(graphStore.get().status.kind));
    await loadAll();
    off();
    expect(seen[0]).toBe('loading');
    expect(graphStore.get().status).toEqual({ kind: 'ready', truncated: false, source: 'all' });
    expect(graph).toBe(same);
    expect(graph.order).toBe(SAMPLE_GRAPH.nodes.length);
    expect(uiStore.get().selection).toBeNull();
    expect(graphStore.get().stats).toEqual(stats);
    expect(graphStore.get().documents).toEqual(documents);
  });

  it('turns an unreachable Neo4j into an error status carrying the hint, and an empty canvas', async () => {
    stubApi({
      '/api/health': {
        status: 503,
        body: {
          error: {
            code: 'UNAVAILABLE',
            message: 'Neo4j at bolt://127.0.0.1:7687 is unreachable',
            hint: 'npm run neo4j',
          },
        },
      },
    });
    await loadAll();
    const status = graphStore.get().status;
    expect(status.kind).toBe('error');
    if (status.kind === 'error') expect(status.error).toMatchObject({ status: 503, hint: 'npm run neo4j' });
    expect(graph.order).toBe(0);
  });

  it('asks /api/graph for the given node limit and keeps it for reloads; load more grows it to the cap', async () => {
    stubApi({
      '/api/health': { body: { ok: true, uri: 'bolt://x' } },
      '/api/stats': { body: stats },
      '/api/documents': { body: documents },
      '/api/graph': { body: { ...SAMPLE_GRAPH, truncated: true } },
    });
    await loadAll(8000);
    const asked = vi
      .mocked(fetch)
      .mock.calls.map(([url]) => String(url))
      .find((u) => u.startsWith('/api/graph'));
    expect(new URLSearchParams(asked!.split('?')[1]).get('limit')).toBe('8000');
    expect(graphStore.get()).toMatchObject({ nodeLimit: 8000, status: { kind: 'ready', truncated: true } });
    expect(nextNodeLimit(INITIAL_LIMIT)).toBe(INITIAL_LIMIT * 4);
    expect(nextNodeLimit(8000)).toBe(MAX_LOAD_LIMIT);
    expect(nextNodeLimit(MAX_LOAD_LIMIT)).toBeUndefined();
    expect(storedEntities({ ...stats, dataVersion: 'v1', labels: { Person: 3, State: 2, Document: 9 } })).toBe(5);
    expect(storedEntities(undefined)).toBeUndefined();
  });

  it('merges without duplicates and asks for a layout run only when nodes were added', () => {
    showGraph({ nodes: SAMPLE_GRAPH.nodes.slice(0, 2), edges: [], truncated: false });
    expect(graphStore.get().status).toMatchObject({ kind: 'ready', source: 'query' });
    const before = graphStore.get().layoutRequest;
    mergeGraph(SAMPLE_GRAPH, 'person:shinzo-abe');
    expect(graph.order).toBe(SAMPLE_GRAPH.nodes.length);
    expect(graphStore.get().layoutRequest).toBe(before + 1);
    mergeGraph(SAMPLE_GRAPH);
    expect(graphStore.get().layoutRequest).toBe(before + 1);
  });
});
