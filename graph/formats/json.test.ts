// JSON export: graphology's serialised form, loadable with Graph.from, nested attributes intact.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';

import { toJson } from './json.ts';
import { renderExport } from './render.ts';
import { SAMPLE_GRAPH } from './sample-graph.test-fixture.ts';

describe('toJson', () => {
  it('loads back with MultiDirectedGraph.from, attributes and evidence unchanged', () => {
    const g = MultiDirectedGraph.from(JSON.parse(toJson(SAMPLE_GRAPH)));
    expect(g.order).toBe(SAMPLE_GRAPH.nodes.length);
    expect(g.size).toBe(SAMPLE_GRAPH.edges.length);
    for (const n of SAMPLE_GRAPH.nodes) expect(g.getNodeAttributes(n.key)).toEqual(n.attributes);
    for (const e of SAMPLE_GRAPH.edges) {
      expect(g.getEdgeAttributes(e.key)).toEqual(e.attributes);
      expect(g.extremities(e.key)).toEqual([e.source, e.target]);
    }
    expect(g.getAttribute('truncated')).toBe(false);
  });
});

describe('renderExport', () => {
  it('names the file and sets the content type per format', () => {
    expect(renderExport(SAMPLE_GRAPH, 'graphml')).toMatchObject({ filename: 'readout-graph.graphml' });
    expect(renderExport(SAMPLE_GRAPH, 'gexf').contentType).toMatch(/^application\/gexf\+xml/);
    expect(renderExport(SAMPLE_GRAPH, 'cypher').filename).toBe('readout-graph.cypher');
    expect(renderExport(SAMPLE_GRAPH, 'csv').body.startsWith('element,')).toBe(true);
    expect(renderExport(SAMPLE_GRAPH, 'csv', 'nodes')).toMatchObject({ filename: 'readout-graph-nodes.csv' });
    expect(renderExport(SAMPLE_GRAPH, 'csv', 'edges').body.startsWith('id,source,target,relType')).toBe(true);
  });
});
