import { describe, expect, it } from 'vitest';
import { DIM_EDGE, DIM_NODE, relationColor } from './appearance.ts';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { buildReducers } from './highlight.ts';
import { toSigmaGraph } from './to-sigma-graph.ts';

const g = toSigmaGraph(SAMPLE_GRAPH);
const node = (n: string) => ({ ...g.getNodeAttributes(n) });
const edge = (e: string) => ({ ...g.getEdgeAttributes(e) });

describe('buildReducers', () => {
  it('returns null when idle and zoomed in; hides edge labels when zoomed out', () => {
    expect(buildReducers(g, { zoomedIn: true })).toBeNull();
    const r = buildReducers(g, {})!;
    const e = 'OFFICE_OF:office:prime-minister-of-japan->state:japan';
    expect(r.edgeReducer(e, edge(e)).label).toBe('');
    expect(buildReducers(g, { selectedEdge: e })!.edgeReducer(e, edge(e)).label).toBe('office of');
  });

  it('hover keeps neighbours, dims the rest and never mutates the data', () => {
    const r = buildReducers(g, { hoveredNode: 'person:shinzo-abe' })!;
    const before = g.getNodeAttribute('state:russia', 'color');
    expect(r.nodeReducer('state:russia', node('state:russia')).color).toBe(DIM_NODE);
    expect(g.getNodeAttribute('state:russia', 'color')).toBe(before);
    expect(r.nodeReducer('event:g20', node('event:g20'))).toMatchObject({ forceLabel: true });
    const kept = 'PARTICIPATED_IN:person:shinzo-abe->event:g20';
    expect(r.edgeReducer(kept, edge(kept)).color).toBe(relationColor('PARTICIPATED_IN'));
    const dimmed = 'INVOLVES:event:g20->state:russia';
    expect(r.edgeReducer(dimmed, edge(dimmed)).label).toBe('');
  });

  it('a focus set (path) dims everything outside it', () => {
    const r = buildReducers(g, {
      focus: {
        nodes: new Set(['person:shinzo-abe', 'event:g20']),
        edges: new Set(['PARTICIPATED_IN:person:shinzo-abe->event:g20']),
      },
    })!;
    expect(r.nodeReducer('state:japan', node('state:japan')).color).toBe(DIM_NODE);
    expect(r.nodeReducer('event:g20', node('event:g20')).color).not.toBe(DIM_NODE);
  });

  it('labels the neighbours and relationships of the selected node', () => {
    const r = buildReducers(g, { selectedNode: 'person:shinzo-abe' })!;
    expect(r.nodeReducer('event:g20', node('event:g20')).forceLabel).toBe(true);
    expect(r.nodeReducer('state:russia', node('state:russia')).forceLabel).toBeUndefined();
    const e = 'PARTICIPATED_IN:person:shinzo-abe->event:g20';
    expect(r.edgeReducer(e, edge(e)).label).toBe('participated in');
  });

  it('marks the selected node and both ends of the selected edge', () => {
    const e = 'OFFICE_OF:office:prime-minister-of-japan->state:japan';
    const r = buildReducers(g, { selectedNode: 'person:lonely', selectedEdge: e })!;
    expect(r.nodeReducer('person:lonely', node('person:lonely')).highlighted).toBe(true);
    expect(r.nodeReducer('state:japan', node('state:japan')).highlighted).toBe(true);
    expect(r.edgeReducer(e, edge(e)).size).toBe(g.getEdgeAttribute(e, 'size') + 2);
  });

  it('a selected node dims everything outside its neighbourhood', () => {
    const r = buildReducers(g, { selectedNode: 'person:shinzo-abe' })!;
    expect(r.nodeReducer('state:russia', node('state:russia'))).toMatchObject({ color: DIM_NODE, label: '' });
    expect(r.nodeReducer('event:g20', node('event:g20')).color).toBe(g.getNodeAttribute('event:g20', 'color'));
    const away = 'INVOLVES:event:g20->state:russia';
    expect(r.edgeReducer(away, edge(away)).color).toBe(DIM_EDGE);
    const own = 'PARTICIPATED_IN:person:shinzo-abe->event:g20';
    expect(r.edgeReducer(own, edge(own)).color).toBe(relationColor('PARTICIPATED_IN'));
  });

  it('a selected relationship keeps only its two ends in view', () => {
    const e = 'OFFICE_OF:office:prime-minister-of-japan->state:japan';
    const r = buildReducers(g, { selectedEdge: e })!;
    expect(r.nodeReducer('state:japan', node('state:japan')).color).not.toBe(DIM_NODE);
    expect(r.nodeReducer('person:shinzo-abe', node('person:shinzo-abe')).color).toBe(DIM_NODE);
  });

  it('labels every node of a console result', () => {
    const r = buildReducers(g, { labelAll: true, zoomedIn: true })!;
    g.forEachNode((n) => expect(r.nodeReducer(n, node(n)).forceLabel).toBe(true));
  });
});
