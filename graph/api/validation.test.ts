// Input validation of the API: list parameters, dates, limits, unknown keys, export bodies.
import { describe, expect, it } from 'vitest';

import { HttpError } from './errors.ts';
import {
  exportBodySchema,
  graphQuerySchema,
  graphQuerySchemaFor,
  parseInput,
  searchQuerySchema,
  toFilter,
} from './validation.ts';

describe('graphQuerySchema', () => {
  it('reads comma-separated and repeated lists, dates and limits', () => {
    const q = parseInput(
      graphQuerySchema,
      {
        labels: 'Person, Office',
        types: ['HOLDS_OFFICE', 'OFFICE_OF'],
        states: 'Japan,',
        from: '2018-01-01',
        limit: '50',
      },
      'filter',
    );
    expect(toFilter(q)).toEqual({
      labels: ['Person', 'Office'],
      types: ['HOLDS_OFFICE', 'OFFICE_OF'],
      states: ['Japan'],
      from: '2018-01-01',
      limit: 50,
    });
  });

  it('takes limits up to the server cap (20,000 by default)', () => {
    expect(() => parseInput(graphQuerySchema, { limit: '50000' }, 'filter')).toThrow(HttpError);
    expect(parseInput(graphQuerySchemaFor(60_000), { limit: '50000' }, 'filter').limit).toBe(50_000);
    expect(() => parseInput(graphQuerySchemaFor(60_000), { limit: '60001' }, 'filter')).toThrow(HttpError);
  });

  it('rejects unknown labels, impossible dates, reversed ranges, bad limits and stray keys', () => {
    for (const bad of [
      { labels: 'Document' },
      { types: 'MENTIONS' },
      { from: '2019-02-29' },
      { from: '2019-1-1' },
      { from: '2020-01-01', to: '2019-01-01' },
      { limit: '0' },
      { limit: '1.5' },
      { limit: '20001' },
      { q: 'x' },
    ]) {
      expect(() => parseInput(graphQuerySchema, bad, 'filter'), JSON.stringify(bad)).toThrow(HttpError);
    }
  });

  it('names the bad field in a 400', () => {
    try {
      parseInput(graphQuerySchema, { labels: 'Nope' }, 'graph filter');
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
      expect((err as Error).message).toMatch(/^graph\/api: invalid graph filter: labels\.0: /);
    }
  });
});

describe('other schemas', () => {
  it('search needs a non-blank q and defaults the limit', () => {
    expect(parseInput(searchQuerySchema, { q: ' Abe ' }, 'search')).toEqual({ q: 'Abe', limit: 10 });
    expect(() => parseInput(searchQuerySchema, { q: '   ' }, 'search')).toThrow(HttpError);
  });

  it('an export body takes at most one source', () => {
    expect(parseInput(exportBodySchema, { format: 'csv', ids: ['state:japan'] }, 'export')).toMatchObject({
      part: 'all',
    });
    expect(() => parseInput(exportBodySchema, { format: 'csv', ids: ['a'], query: 'RETURN 1' }, 'export')).toThrow(
      /at most one/,
    );
    expect(() => parseInput(exportBodySchema, { format: 'pdf' }, 'export')).toThrow(HttpError);
  });
});
