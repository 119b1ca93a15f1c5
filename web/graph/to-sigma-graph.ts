// Wire graph (ApiGraph, graphology's serialised shape) → the one graphology MultiDirectedGraph the
// canvas draws, with display attributes added beside the domain ones (never sigma's `type` = label).
import { MultiDirectedGraph } from 'graphology';
import type { ApiGraph, EdgeAttributes, NodeAttributes } from '../../graph/types.ts';
import { KEY_RELATIONS, edgeColor, humanizeRelation, labelColor, nodeSize } from './appearance.ts';
import { seedPosition, seedRadius } from './layout.ts';
import type { Point } from './layout.ts';

/** A node as the canvas holds it: domain attributes plus position, size and colour. */
export interface SigmaNode extends NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  hidden?: boolean;
}

/** An edge as the canvas holds it: domain attributes plus label (relationship), colour and size. */
export interface SigmaEdge extends EdgeAttributes {
  /** Sigma's display text: the humanised relationship type. */
  label: string;
  color: string;
  size: number;
  /** Sigma's render program, never a relationship type. */
  type: 'arrow';
  hidden?: boolean;
}

export type ReadoutGraph = MultiDirectedGraph<SigmaNode, SigmaEdge>;

/** An empty graph of the kind the explorer uses. */
export const createGraph = (): ReadoutGraph => new MultiDirectedGraph<SigmaNode, SigmaEdge>();

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Merges `api` into `graph`: new nodes get a seeded position (near `anchor` when given), existing
 * nodes keep theirs and get fresher domain attributes; edges whose ends are missing are skipped.
 * Sizes are recomputed from degree afterwards.
 */
export function mergeApiGraph(graph: ReadoutGraph, api: ApiGraph, anchor?: string): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const anchorPoint: Point | undefined =
    anchor && graph.hasNode(anchor)
      ? { x: graph.getNodeAttribute(anchor, 'x'), y: graph.getNodeAttribute(anchor, 'y') }
      : undefined;
  const radius = anchorPoint ? 3 * Math.sqrt(api.nodes.length + 1) + 5 : seedRadius(graph.order + api.nodes.length);

  for (const { key, attributes } of api.nodes) {
    const domain = {
      label: attributes.label,
      entityType: attributes.entityType,
      aliases: attributes.aliases ?? [],
      props: attributes.props ?? {},
    };
    if (graph.hasNode(key)) {
      graph.mergeNodeAttributes(key, domain);
      continue;
    }
    const p = seedPosition(key, radius, anchorPoint);
    graph.addNode(key, { ...domain, x: p.x, y: p.y, size: nodeSize(0), color: labelColor(attributes.entityType) });
    addedNodes.push(key);
  }

  for (const { key, source, target, attributes } of api.edges) {
    if (graph.hasEdge(key) || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.addDirectedEdgeWithKey(key, source, target, {
      ...attributes,
      docs: attributes.docs ?? [],
      evidence: attributes.evidence ?? [],
      label: humanizeRelation(attributes.relType),
      color: edgeColor(attributes.relType, attributes.issuers),
      size:
        Math.min(5, 1.5 + Math.log2(Math.max(1, attributes.docs?.length ?? 1))) +
        (KEY_RELATIONS.has(attributes.relType) ? 1 : 0) +
        ((attributes.issuers ?? 0) >= 2 ? 0.5 : 0),
      type: 'arrow',
    });
    addedEdges.push(key);
  }
  applyDegreeSizes(graph);
  return { addedNodes, addedEdges };
}

/** Sets every node's size from its degree (all relationship kinds counted). */
export function applyDegreeSizes(graph: ReadoutGraph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node))));
}

/**
 * Builds a fresh graph from the wire shape (pure: no layout beyond the seeded positions).
 * @example const g = toSigmaGraph(await getGraph()); g.getNodeAttribute('person:shinzo-abe', 'color')
 */
export function toSigmaGraph(api: ApiGraph): ReadoutGraph {
  const graph = createGraph();
  mergeApiGraph(graph, api);
  return graph;
}
