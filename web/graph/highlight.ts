// Transient looks as pure reducers (never mutating the graph): hover keeps a node's neighbourhood
// and dims the rest; a path or a console result dims all but its members; a selected node keeps its
// neighbourhood (a selected relationship its two ends) and dims the rest, and stands out.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIM_EDGE, DIM_NODE, relationColor } from './appearance.ts';
import { NOT_DRAWN } from './scale.ts';
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** A set as the reducers read it (a live view of a set that changes without new reducers will do). */
export type KeySet = Pick<ReadonlySet<string>, 'has'>;

export interface HighlightState {
  hoveredNode?: string;
  selectedNode?: string;
  selectedEdge?: string;
  /** Nodes and edges to keep in focus (a path); everything else is dimmed. */
  focus?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Zoomed in far enough for every edge label; otherwise only hovered, focused or selected edges show one. */
  zoomedIn?: boolean;
  /** Label every node in focus (a console result drawn in the canvas). */
  labelAll?: boolean;
  /** Colours that replace some edges' own (a comparison of two readouts: both, only A, only B). */
  edgeColors?: ReadonlyMap<string, string>;
  /** A large view (graph/scale.ts): only these edges are drawn, besides those in focus; hidden ones are not drawn at all. */
  keepEdges?: KeySet;
  /** A large view's nodes in and around the viewport: only these are drawn, besides those in focus. */
  keepNodes?: KeySet;
  /** Draw the kept edges as plain lines (a zoomed-out large view). */
  lines?: boolean;
}

type NodeData = Partial<NodeDisplayData> & Record<string, unknown>;
type EdgeData = Partial<EdgeDisplayData> & Record<string, unknown>;

export interface Reducers {
  nodeReducer: (node: string, data: NodeData) => NodeData;
  edgeReducer: (edge: string, data: EdgeData) => EdgeData;
}

/** Builds sigma node and edge reducers for `state` over `graph`; `null` when nothing needs them (zoomed in, idle). */
export function buildReducers(graph: ReadoutGraph, state: HighlightState): Reducers | null {
  const { hoveredNode, selectedNode, selectedEdge, focus, zoomedIn, labelAll, edgeColors, keepEdges, keepNodes } =
    state;
  const { lines } = state;
  if (
    !hoveredNode &&
    !selectedNode &&
    !selectedEdge &&
    !focus &&
    zoomedIn &&
    !labelAll &&
    !edgeColors &&
    !keepEdges &&
    !keepNodes
  )
    return null;

  const hover = hoveredNode && graph.hasNode(hoveredNode) ? hoveredNode : undefined;
  const hoverSet = hover ? new Set([hover, ...graph.neighbors(hover)]) : undefined;
  const selectedSet =
    selectedNode && graph.hasNode(selectedNode) ? new Set([selectedNode, ...graph.neighbors(selectedNode)]) : undefined;
  const edgeEnds: string[] = selectedEdge && graph.hasEdge(selectedEdge) ? graph.extremities(selectedEdge) : [];
  // What the selection keeps in view: the selected node's neighbourhood and the selected edge's ends.
  const selectionKeeps = selectedSet || edgeEnds.length ? new Set([...(selectedSet ?? []), ...edgeEnds]) : undefined;
  const isSelectedEdge = (edge: string): boolean =>
    edge === selectedEdge ||
    (!!selectedNode && (graph.source(edge) === selectedNode || graph.target(edge) === selectedNode));

  const nodeReducer = (node: string, data: NodeData): NodeData => {
    const inFocus = hoverSet
      ? hoverSet.has(node)
      : focus
        ? focus.nodes.has(node)
        : selectionKeeps
          ? selectionKeeps.has(node)
          : true;
    const res: NodeData = { ...data };
    if (data.hidden || (keepNodes && !keepNodes.has(node) && !(inFocus && (hoverSet || focus || selectionKeeps)))) {
      res.type = NOT_DRAWN;
      return res;
    }
    if (!inFocus) {
      res.color = DIM_NODE;
      res.label = '';
      res.zIndex = 0;
      return res;
    }
    if (hoverSet || focus || labelAll || selectedSet?.has(node)) res.forceLabel = true;
    res.zIndex = 1;
    if (node === selectedNode || edgeEnds.includes(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    return res;
  };

  const edgeReducer = (edge: string, data: EdgeData): EdgeData => {
    const res: EdgeData = { ...data };
    const inFocus = hover
      ? graph.source(edge) === hover || graph.target(edge) === hover
      : focus
        ? focus.edges.has(edge)
        : selectionKeeps
          ? isSelectedEdge(edge)
          : true;
    const ofSelection = isSelectedEdge(edge);
    if (data.hidden || (keepEdges && !keepEdges.has(edge) && !ofSelection && !(inFocus && (hover || focus)))) {
      res.hidden = true;
      res.type = NOT_DRAWN;
      return res;
    }
    if (lines) res.type = 'line';
    if (!inFocus) {
      res.color = DIM_EDGE;
      res.label = '';
      res.zIndex = 0;
      return res;
    }
    const relType = graph.getEdgeAttribute(edge, 'relType');
    if (!hover && !focus && !ofSelection && !zoomedIn) res.label = '';
    if (hover || focus || ofSelection) {
      res.color = relationColor(relType);
      res.zIndex = 1;
    }
    if (focus) res.forceLabel = true;
    const special = edgeColors?.get(edge);
    if (special) {
      res.color = special;
      res.size = (typeof data.size === 'number' ? data.size : 1) + 1;
      res.zIndex = 1;
    }
    if (edge === selectedEdge) {
      res.size = (typeof data.size === 'number' ? data.size : 1) + 2;
      res.forceLabel = true;
      res.zIndex = 2;
    }
    return res;
  };

  return { nodeReducer, edgeReducer };
}
