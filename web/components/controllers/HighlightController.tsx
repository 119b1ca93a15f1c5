// Render-nothing controller: hover, selection, path focus and zoom (edge labels) as sigma reducers. A
// large view (graph/scale.ts) draws, once the camera has settled, only the nodes in and around the
// viewport and a budget of the edges with an end among them.
import { useSetSettings, useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildReducers } from '../../graph/highlight.ts';
import { boxAround, EDGE_BUDGET, edgesToKeep, isLargeView, nodesToDraw, ZOOMED_OUT_RATIO } from '../../graph/scale.ts';
import type { GraphBox } from '../../graph/scale.ts';
import { compareEdgeColors, useCompare } from '../../state/compare-store.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { useUi } from '../../state/ui-store.ts';
import { useVisibility } from '../../state/visibility.ts';

const SMALL_GRAPH = 80;
const LABEL_SIZE_THRESHOLD = 10;

/** Camera ratio under which every edge shows its relationship type. */
const ZOOM_FOR_EDGE_LABELS = 0.45;

/** How long the camera must rest before a large view redraws what is in view. */
const SETTLE_MS = 150;

/** What the viewport showed when the camera last settled. */
interface SettledView {
  box: GraphBox;
  ratio: number;
  /** The graph version it was taken on. */
  version: number;
}

/** What a large view draws (undefined: everything). */
interface Culled {
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

/** The keys of `all` that one of `a` and `b` keeps and the other does not (undefined keeps every key). */
function changedKeys(all: string[], a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): string[] {
  return all.filter((k) => (a ? a.has(k) : true) !== (b ? b.has(k) : true));
}

/** Installs reducers for the current hover, selection and focus (none when idle). */
export function HighlightController(): null {
  const setSettings = useSetSettings();
  const sigma = useSigma();
  const [zoomedIn, setZoomedIn] = useState(false);
  const hoveredNode = useUi((s) => s.hoveredNode);
  const selection = useUi((s) => s.selection);
  const focus = useUi((s) => s.focus);
  const version = useGraphState((s) => s.version);
  // A console result drawn in the canvas: every node it holds is labelled.
  const labelAll = useGraphState((s) => s.status.kind === 'ready' && s.status.source === 'query');
  const compare = useCompare((s) => s);

  const [view, setView] = useState<SettledView | undefined>();

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer: number | undefined;
    const settle = () => {
      timer = undefined;
      if (sigma.getMouseCaptor().isMouseDown || camera.isAnimated()) {
        timer = window.setTimeout(settle, SETTLE_MS);
        return;
      }
      const { width, height } = sigma.getDimensions();
      const box = boxAround(sigma.viewportToGraph({ x: 0, y: 0 }), sigma.viewportToGraph({ x: width, y: height }));
      setView({ box, ratio: camera.ratio, version });
    };
    const onUpdate = () => {
      setZoomedIn(camera.ratio < ZOOM_FOR_EDGE_LABELS);
      window.clearTimeout(timer);
      timer = window.setTimeout(settle, SETTLE_MS);
    };
    onUpdate();
    camera.on('updated', onUpdate);
    sigma.on('resize', onUpdate);
    return () => {
      window.clearTimeout(timer);
      camera.off('updated', onUpdate);
      sigma.off('resize', onUpdate);
    };
  }, [sigma, version]);

  // Small views (a console result, a filtered view) show every label; large ones only the bigger nodes'.
  const { hiddenNodes, hiddenEdges } = useVisibility();
  const small = version >= 0 && graph.order - hiddenNodes.size <= SMALL_GRAPH;
  const large = isLargeView(graph.order - hiddenNodes.size, graph.size - hiddenEdges.size);
  // A large view changes only when the camera settles: the zoom of the last settled view, no edge labels
  // (ScaleController turns them off), the nodes around the viewport and a budget of their edges.
  const settled = view?.version === version ? view : undefined;
  const lines = large && (settled?.ratio ?? 1) >= ZOOMED_OUT_RATIO;
  const edgeLabels = large ? false : zoomedIn;
  // Hover dims the rest of a small view; in a large one it would redraw every node and edge per hover.
  const hovered = large ? undefined : hoveredNode;
  const box = settled?.box;
  const keepNodes = useMemo(
    () => (large && version >= 0 ? nodesToDraw(graph, hiddenNodes, box) : undefined),
    [large, hiddenNodes, box, version],
  );
  const keepEdges = useMemo(
    () => (large && version >= 0 ? edgesToKeep(graph, hiddenEdges, EDGE_BUDGET, keepNodes) : undefined),
    [large, hiddenEdges, version, keepNodes],
  );
  useEffect(() => {
    setSettings({ labelRenderedSizeThreshold: small ? 0 : LABEL_SIZE_THRESHOLD });
  }, [setSettings, small]);

  // The reducers read what is drawn through `live`: when only that changes (the camera settled elsewhere),
  // sigma re-reads just the nodes and edges that come or go instead of reducing the whole graph again.
  const latest = useRef<Culled>({});
  latest.current = { nodes: keepNodes, edges: keepEdges };
  const live = useRef<Culled>({});
  const liveKeep = useMemo(
    () => ({
      nodes: { has: (n: string) => live.current.nodes?.has(n) ?? true },
      edges: { has: (e: string) => live.current.edges?.has(e) ?? true },
    }),
    [],
  );

  useEffect(() => {
    live.current = latest.current;
    const reducers = buildReducers(graph, {
      hoveredNode: hovered,
      selectedNode: selection?.kind === 'node' ? selection.id : undefined,
      selectedEdge: selection?.kind === 'edge' ? selection.key : undefined,
      focus,
      zoomedIn: edgeLabels,
      labelAll,
      edgeColors: compareEdgeColors(compare),
      keepEdges: large ? liveKeep.edges : undefined,
      keepNodes: large ? liveKeep.nodes : undefined,
      lines,
    });
    setSettings({ nodeReducer: reducers?.nodeReducer ?? null, edgeReducer: reducers?.edgeReducer ?? null });
  }, [setSettings, hovered, selection, focus, version, edgeLabels, labelAll, compare, large, liveKeep, lines]);

  useEffect(() => {
    const before = live.current;
    live.current = { nodes: keepNodes, edges: keepEdges };
    if (!large || (before.nodes === keepNodes && before.edges === keepEdges)) return;
    const nodes = changedKeys(graph.nodes(), before.nodes, keepNodes);
    const edges = changedKeys(graph.edges(), before.edges, keepEdges);
    if (nodes.length || edges.length) sigma.refresh({ partialGraph: { nodes, edges }, schedule: true });
  }, [sigma, large, keepNodes, keepEdges]);
  return null;
}
