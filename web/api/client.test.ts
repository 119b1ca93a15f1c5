import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fetchTemplates, filterQuery, getAllDocuments, getEntity } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

describe('filterQuery', () => {
  it('joins lists and skips empty fields', () => {
    expect(filterQuery({ labels: ['Person', 'State'], types: [], from: '2018-01-01', limit: 5 })).toBe(
      'labels=Person%2CState&from=2018-01-01&limit=5',
    );
    expect(filterQuery()).toBe('');
  });
});

describe('request errors', () => {
  it('turns an API error body into ApiError with its hint, and encodes ids', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json(
        { error: { code: 'UNAVAILABLE', message: 'Neo4j at bolt://x is down', hint: 'npm run neo4j' } },
        { status: 503 },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const err = await getEntity('person:shinzo abe').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 503, code: 'UNAVAILABLE', hint: 'npm run neo4j' });
    expect(fetchMock).toHaveBeenCalledWith('/api/entities/person%3Ashinzo%20abe', undefined);
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(getEntity('a:b')).rejects.toMatchObject({ status: 0, code: 'UNREACHABLE' });
  });
});

describe('endpoints', () => {
  it('reads every document page by page from /api/documents until a short page', async () => {
    const docs = Array.from({ length: 5 }, (_, i) => ({ id: `document:d${i}`, title: `D${i}` }));
    const fetchMock = vi.fn(async (url: string) => {
      const q = new URL(url, 'http://x').searchParams;
      const offset = Number(q.get('offset'));
      return Response.json(docs.slice(offset, offset + Number(q.get('limit'))));
    });
    vi.stubGlobal('fetch', fetchMock);
    expect(await getAllDocuments(2)).toEqual(docs);
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/api/documents?limit=2&offset=0',
      '/api/documents?limit=2&offset=2',
      '/api/documents?limit=2&offset=4',
    ]);
  });

  it('fetches the console templates from /api/templates (not /api/api/templates)', async () => {
    const fetchMock = vi.fn(async () => Response.json({ templates: [], defaultQuery: 'MATCH (n) RETURN n' }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchTemplates()).resolves.toMatchObject({ defaultQuery: 'MATCH (n) RETURN n' });
    expect(fetchMock).toHaveBeenCalledWith('/api/templates', undefined);
  });
});
