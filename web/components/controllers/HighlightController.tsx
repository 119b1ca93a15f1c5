// Render-nothing controller: hover, selection, path focus and zoom (edge labels) as sigma reducers.
import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useState } from 'react';
import { buildReducers } from '../../graph/highlight.ts';
import { edgesToKeep, isLargeView, ZOOMED_OUT_RATIO } from '../../graph/scale.ts';
import { compareEdgeColors, useCompare } from '../../state/compare-store.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { useUi } from '../../state/ui-store.ts';
import { useVisibility } from '../../state/visibility.ts';

const SMALL_GRAPH = 80;
const LABEL_SIZE_THRESHOLD = 10;

/** Camera ratio under which every edge shows its relationship type. */
const ZOOM_FOR_EDGE_LABELS = 0.45;

/** Installs reducers for the current hover, selection and focus (none when idle). */
export function HighlightController(): null {
  const setSettings = useSetSettings();
  const sigma = useSigma();
  const [zoomedIn, setZoomedIn] = useState(false);
  const [zoomedOut, setZoomedOut] = useState(true);
  const hoveredNode = useUi((s) => s.hoveredNode);
  const selection = useUi((s) => s.selection);
  const focus = useUi((s) => s.focus);
  const version = useGraphState((s) => s.version);
  // A console result drawn in the canvas: every node it holds is labelled.
  const labelAll = useGraphState((s) => s.status.kind === 'ready' && s.status.source === 'query');
  const compare = useCompare((s) => s);

  useEffect(() => {
    const camera = sigma.getCamera();
    const onUpdate = () => {
      setZoomedIn(camera.ratio < ZOOM_FOR_EDGE_LABELS);
      setZoomedOut(camera.ratio >= ZOOMED_OUT_RATIO);
    };
    onUpdate();
    camera.on('updated', onUpdate);
    return () => void camera.off('updated', onUpdate);
  }, [sigma]);

  // Small views (a console result, a filtered view) show every label; large ones only the bigger nodes'.
  const { hiddenNodes, hiddenEdges } = useVisibility();
  const small = version >= 0 && graph.order - hiddenNodes.size <= SMALL_GRAPH;
  // A zoomed-out large view draws only its best-connected edges (graph/scale.ts).
  const large = isLargeView(graph.order - hiddenNodes.size, graph.size - hiddenEdges.size);
  const thin = zoomedOut && large;
  // Hover dims the rest of a small view; in a large one it would redraw every node and edge per hover.
  const hovered = large ? undefined : hoveredNode;
  const keepEdges = useMemo(
    () => (thin && version >= 0 ? edgesToKeep(graph, hiddenEdges) : undefined),
    [thin, hiddenEdges, version],
  );
  useEffect(() => {
    setSettings({ labelRenderedSizeThreshold: small ? 0 : LABEL_SIZE_THRESHOLD });
  }, [setSettings, small]);

  useEffect(() => {
    const reducers = buildReducers(graph, {
      hoveredNode: hovered,
      selectedNode: selection?.kind === 'node' ? selection.id : undefined,
      selectedEdge: selection?.kind === 'edge' ? selection.key : undefined,
      focus,
      zoomedIn,
      labelAll,
      edgeColors: compareEdgeColors(compare),
      keepEdges,
    });
    setSettings({ nodeReducer: reducers?.nodeReducer ?? null, edgeReducer: reducers?.edgeReducer ?? null });
  }, [setSettings, hovered, selection, focus, version, zoomedIn, labelAll, compare, keepEdges]);
  return null;
}
