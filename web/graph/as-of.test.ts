import { describe, expect, it } from 'vitest';

import { hideOutside, nextDate, previousDate, timelineDates } from './as-of.ts';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { createGraph, mergeApiGraph } from './to-sigma-graph.ts';

const graph = () => {
  const g = createGraph();
  mergeApiGraph(g, SAMPLE_GRAPH);
  return g;
};

describe('hideOutside', () => {
  it('hides nodes and edges missing from the as-of graph, and edges of hidden nodes', () => {
    const g = graph();
    const none = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>() };
    const keepNodes = new Set(['person:shinzo-abe', 'office:prime-minister-of-japan', 'state:japan']);
    const keepEdges = new Set(g.edges()); // every edge listed: only the node rule can hide them
    const v = hideOutside(g, none, { asOf: '2018-12-01', nodes: keepNodes, edges: keepEdges });
    expect(v.hiddenNodes.has('event:g20')).toBe(true);
    expect(v.hiddenNodes.has('person:shinzo-abe')).toBe(false);
    expect(v.hiddenEdges.has('PARTICIPATED_IN:person:shinzo-abe->event:g20')).toBe(true);
    expect(v.hiddenEdges.has('HOLDS_OFFICE:person:shinzo-abe->office:prime-minister-of-japan')).toBe(false);
    expect(none.hiddenNodes.size).toBe(0); // the input is untouched
  });

  it('keeps the filters’ own hiding and returns the same object without a date', () => {
    const g = graph();
    const v = { hiddenNodes: new Set(['state:japan']), hiddenEdges: new Set<string>() };
    expect(hideOutside(g, v, undefined)).toBe(v);
    const all = { asOf: 'x', nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
    expect(hideOutside(g, v, all).hiddenNodes).toEqual(new Set(['state:japan']));
  });
});

describe('timelineDates and stepping', () => {
  it('collects readout and full event dates once, in order', () => {
    const g = graph();
    g.mergeNodeAttributes('event:g20', { props: { date: '2018-12-01' } });
    g.mergeNodeAttributes('agreement:peace-treaty', { props: { date: '1956' } });
    const docs = [
      { id: 'a', title: 'a', date: '2019-01-22' },
      { id: 'b', title: 'b', date: '2018-12-01T09:00:00Z' },
      { id: 'c', title: 'c' },
    ];
    expect(timelineDates(docs, g)).toEqual(['2018-12-01', '2019-01-22']);
  });

  it('steps forward and back, from the ends when no date is set', () => {
    const dates = ['2018-12-01', '2019-01-22', '2019-05-10'];
    expect(nextDate(dates, undefined)).toBe('2018-12-01');
    expect(nextDate(dates, '2019-01-01')).toBe('2019-01-22');
    expect(nextDate(dates, '2019-05-10')).toBeUndefined();
    expect(previousDate(dates, undefined)).toBe('2019-05-10');
    expect(previousDate(dates, '2019-01-22')).toBe('2018-12-01');
    expect(previousDate(dates, '2018-12-01')).toBeUndefined();
  });
});
