import { describe, expect, it } from 'vitest';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { NO_FILTERS, OVERVIEW_SIZE, bestConnected, computeVisibility, countByKind, isFiltering } from './filters.ts';
import type { Filters } from './filters.ts';
import { createGraph, toSigmaGraph } from './to-sigma-graph.ts';

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

  it('hides a relationship type and the entities it leaves unconnected, unless asked to keep them', () => {
    const v = vis({ hiddenTypes: new Set(['DISCUSSED']) });
    expect(v.hiddenEdges.size).toBe(2);
    const unconnected = g.filterNodes((n) => g.edges(n).every((e) => v.hiddenEdges.has(e)));
    expect(unconnected).toContain('person:lonely');
    expect([...v.hiddenNodes].sort()).toEqual(unconnected.sort());
    const kept = vis({ hiddenTypes: new Set(['DISCUSSED']), showUnconnected: true });
    expect(kept.hiddenEdges.size).toBe(2);
    expect(kept.hiddenNodes.size).toBe(0);
  });

  it('the overview keeps the best-connected entities and the selection neighbourhood', () => {
    const top = bestConnected(g, 3);
    expect(top.size).toBe(3);
    const degrees = g.nodes().map((n) => g.degree(n));
    const minTop = Math.min(...[...top].map((n) => g.degree(n)));
    expect(degrees.filter((d) => d > minTop).length).toBeLessThanOrEqual(3);
    expect(isFiltering({ ...NO_FILTERS, overview: true })).toBe(true);
    // A chain of OVERVIEW_SIZE + 40 people, the first half also tied to one state: the state and
    // the people with two links stay.
    const big = createGraph();
    const n = OVERVIEW_SIZE + 40;
    const add = (key: string, entityType: 'Person' | 'State') =>
      big.addNode(key, { label: key, entityType, aliases: [], props: {}, x: 0, y: 0, size: 1, color: '#000' });
    add('s', 'State');
    for (let i = 0; i < n; i++) add(`p${String(i).padStart(3, '0')}`, 'Person');
    const link = (a: string, b: string) =>
      big.addDirectedEdge(a, b, {
        relType: 'REPORTS_TO',
        docs: [],
        evidence: [],
        label: '',
        color: '',
        size: 1,
        type: 'arrow',
      });
    for (let i = 1; i < n; i++) link(`p${String(i - 1).padStart(3, '0')}`, `p${String(i).padStart(3, '0')}`);
    for (let i = 0; i < n / 2; i++) link(`p${String(i).padStart(3, '0')}`, 's');
    const ov = computeVisibility(big, { ...NO_FILTERS, overview: true }, {});
    expect(big.order - ov.hiddenNodes.size).toBe(OVERVIEW_SIZE);
    expect(ov.hiddenNodes.has('s')).toBe(false);
    expect(ov.hiddenNodes.has(`p${String(n - 1).padStart(3, '0')}`)).toBe(true);
    const keep = new Set(['person:lonely']);
    const withSel = computeVisibility(g, { ...NO_FILTERS, overview: true }, dates, keep);
    expect(withSel.hiddenNodes.has('person:lonely')).toBe(false);
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
