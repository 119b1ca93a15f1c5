import { describe, expect, it } from 'vitest';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { NO_FILTERS, computeVisibility, countByKind, isFiltering } from './filters.ts';
import type { Filters } from './filters.ts';
import { toSigmaGraph } from './to-sigma-graph.ts';

const g = toSigmaGraph(SAMPLE_GRAPH);
const dates = { 'document:jr': '2018-12-01', 'document:jr2': '2019-05-10' };
const vis = (f: Partial<Filters>) => computeVisibility(g, { ...NO_FILTERS, ...f }, dates);

describe('computeVisibility', () => {
  it('hides nothing without filters', () => {
    expect(vis({})).toEqual({ hiddenNodes: new Set(), hiddenEdges: new Set() });
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('hides a label and the edges touching it', () => {
    const v = vis({ hiddenLabels: new Set(['Person']) });
    expect([...v.hiddenNodes].sort()).toEqual([
      'person:igor-vladimirovich-morgulov',
      'person:lonely',
      'person:shinzo-abe',
    ]);
    expect(v.hiddenEdges.has('HOLDS_OFFICE:person:shinzo-abe->office:prime-minister-of-japan')).toBe(true);
    expect(v.hiddenEdges.has('OFFICE_OF:office:prime-minister-of-japan->state:japan')).toBe(false);
  });

  it('hides a relationship type but keeps the nodes', () => {
    const v = vis({ hiddenTypes: new Set(['DISCUSSED']) });
    expect(v.hiddenEdges.size).toBe(2);
    expect(v.hiddenNodes.size).toBe(0);
  });

  it('keeps only facts of the selected documents and drops nodes left alone', () => {
    const v = vis({ docs: new Set(['document:jr2']) });
    const visibleNodes = g.filterNodes((n) => !v.hiddenNodes.has(n)).sort();
    expect(visibleNodes).toEqual(['agreement:peace-treaty', 'person:igor-vladimirovich-morgulov', 'state:russia']);
  });

  it('filters by date range', () => {
    const v = vis({ from: '2019-01-01' });
    expect(g.filterEdges((e) => !v.hiddenEdges.has(e)).length).toBe(2);
    const none = vis({ to: '2010-01-01' });
    expect(none.hiddenNodes.size).toBe(g.order);
  });

  it('keeps a state and its two-hop surroundings', () => {
    const v = vis({ states: new Set(['state:japan']) });
    const visibleNodes = g.filterNodes((n) => !v.hiddenNodes.has(n)).sort();
    expect(visibleNodes).toEqual(['office:prime-minister-of-japan', 'person:shinzo-abe', 'state:japan']);
  });
});

describe('countByKind', () => {
  it('counts nodes per label and edges per type', () => {
    const c = countByKind(g);
    expect(c.labels).toMatchObject({ Person: 3, State: 2, Event: 1 });
    expect(c.types).toMatchObject({ DISCUSSED: 2, HOLDS_OFFICE: 1 });
  });
});
