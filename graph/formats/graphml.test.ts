// GraphML writer: parses back with graphology-graphml into the same graph, with typed keys.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';

import { toGraphml } from './graphml.ts';
import { expectSameGraph } from './roundtrip.test-helper.ts';
import { SAMPLE_GRAPH } from './sample-graph.test-fixture.ts';

describe('toGraphml', () => {
  it('parses back into graphology with the same nodes, edges and evidence', () => {
    const parsed = parse(MultiDirectedGraph, toGraphml(SAMPLE_GRAPH));
    expectSameGraph(parsed, SAMPLE_GRAPH);
  });

  it('declares one key per attribute with its type', () => {
    const xml = toGraphml(SAMPLE_GRAPH);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="year" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="former" attr.type="boolean"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="evidence" attr.type="string"\/>/);
    expect(parse(MultiDirectedGraph, xml).getNodeAttribute('agreement:japan-soviet-joint-declaration', 'year')).toBe(
      1956,
    );
  });

  it('escapes XML special characters', () => {
    const xml = toGraphml(SAMPLE_GRAPH);
    expect(xml).toContain('Japan &amp; Russia &quot;Summit&quot; &lt;24th&gt;');
    expect(xml).not.toContain('<24th>');
  });

  it('writes an empty graph that still parses', () => {
    const parsed = parse(MultiDirectedGraph, toGraphml({ nodes: [], edges: [], truncated: false }));
    expect(parsed.order).toBe(0);
  });
});
