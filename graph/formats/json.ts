// JSON export: graphology's serialised form (`graph.export()`), nested attributes kept as they are,
// so `Graph.from(JSON.parse(text))` restores the graph the API served.
import { MultiDirectedGraph } from 'graphology';

import type { ApiGraph, EdgeAttributes, NodeAttributes } from '../types.ts';

/** A graphology MultiDirectedGraph holding the wire graph (node key = id, edge key = `<TYPE>:<from>-><to>`). */
export function toGraphology(graph: ApiGraph): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const n of graph.nodes) g.mergeNode(n.key, n.attributes);
  for (const e of graph.edges) {
    if (!g.hasEdge(e.key)) g.addEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  return g;
}

/** The graph as graphology serialised JSON, with `truncated` among the graph attributes. */
export function toJson(graph: ApiGraph): string {
  const g = toGraphology(graph);
  g.setAttribute('generator', 'Readout Graph');
  g.setAttribute('truncated', graph.truncated);
  return JSON.stringify(g.export(), null, 2) + '\n';
}
