// GEXF 1.3 through graphology-gexf's writer, on a MultiDirectedGraph of the flattened graph
// (arrays and objects as JSON strings, so evidence survives in Gephi).
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';

import type { ApiGraph } from '../types.ts';
import { flattenGraph } from './flatten.ts';

/** The graph as a GEXF 1.3 document (directed multigraph); edges carry `label` = relationship type. */
export function toGexf(graph: ApiGraph): string {
  const flat = flattenGraph(graph);
  const g = new MultiDirectedGraph();
  g.setAttribute('creator', 'Readout Graph');
  g.setAttribute('description', 'Entities and facts read from diplomatic readouts, with evidence per document');
  for (const n of flat.nodes) g.addNode(n.key, n.attributes);
  for (const e of flat.edges) g.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return write(g, { version: '1.3', pretty: true });
}
