// GEXF export: parses back with graphology-gexf into the same graph.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';

import { toGexf } from './gexf.ts';
import { expectSameGraph } from './roundtrip.test-helper.ts';
import { SAMPLE_GRAPH } from './sample-graph.test-fixture.ts';

describe('toGexf', () => {
  it('parses back into graphology with the same nodes, edges and evidence', () => {
    const xml = toGexf(SAMPLE_GRAPH);
    expect(xml).toContain('version="1.3"');
    expectSameGraph(parse(MultiDirectedGraph, xml), SAMPLE_GRAPH);
  });

  it('keeps integer props typed', () => {
    const parsed = parse(MultiDirectedGraph, toGexf(SAMPLE_GRAPH));
    expect(parsed.getNodeAttribute('agreement:japan-soviet-joint-declaration', 'year')).toBe(1956);
  });
});
