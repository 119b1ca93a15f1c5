// Render-nothing controller: a large view (graph/scale.ts) stays interactive: sigma draws no edges and no
// labels while the camera moves, no edge labels, and edges take no hover or click (sigma would draw every
// edge a second time to pick them); a small view gets all of these back. The first frame that draws a
// newly loaded graph is marked `readout-graph:drawn` in the page's performance timeline (`kg bench`).
import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { isLargeView } from '../../graph/scale.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { useVisibility } from '../../state/visibility.ts';

/** Switches sigma's costly settings by the size of the visible graph. */
export function ScaleController(): null {
  const setSettings = useSetSettings();
  const sigma = useSigma();
  const loaded = useGraphState((s) => (s.status.kind === 'ready' ? s.status : undefined));
  const { hiddenNodes, hiddenEdges } = useVisibility();
  const large = isLargeView(graph.order - hiddenNodes.size, graph.size - hiddenEdges.size);
  useEffect(() => {
    setSettings({
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      renderEdgeLabels: !large,
      enableEdgeEvents: !large,
    });
  }, [setSettings, large]);
  useEffect(() => {
    if (!loaded) return;
    const mark = () => {
      if (graph.order === 0) return;
      performance.mark('readout-graph:drawn', { detail: { nodes: graph.order, edges: graph.size } });
      sigma.off('afterRender', mark);
    };
    sigma.on('afterRender', mark);
    return () => void sigma.off('afterRender', mark);
  }, [sigma, loaded]);
  return null;
}
