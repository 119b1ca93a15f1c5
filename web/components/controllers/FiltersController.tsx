// Render-nothing controller: applies the filters as sigma's `hidden` attribute (no reload).
import { useEffect } from 'react';
import { graph } from '../../state/graph-store.ts';
import { useVisibility } from '../../state/visibility.ts';

/** Writes `hidden` on every node and edge from the current visibility. */
export function FiltersController(): null {
  const { hiddenNodes, hiddenEdges } = useVisibility();
  useEffect(() => {
    // Per-item updates, and only where the value changes: sigma's batched partial refresh (hints)
    // throws for nodes it has not indexed yet, right after a reload.
    graph.forEachNode((n, a) => {
      if (!!a.hidden !== hiddenNodes.has(n)) graph.setNodeAttribute(n, 'hidden', hiddenNodes.has(n));
    });
    graph.forEachEdge((e, a) => {
      if (!!a.hidden !== hiddenEdges.has(e)) graph.setEdgeAttribute(e, 'hidden', hiddenEdges.has(e));
    });
  }, [hiddenNodes, hiddenEdges]);
  return null;
}
