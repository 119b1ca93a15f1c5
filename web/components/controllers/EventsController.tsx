// Render-nothing controller: canvas clicks and hovers → ui-store (selection, hover, path target).
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { nearestSegment, pickAt } from '../../graph/edge-pick.ts';
import type { Disc, Segment } from '../../graph/edge-pick.ts';
import { graph } from '../../state/graph-store.ts';
import { findPath } from '../../state/actions.ts';
import { hoverNode, selectEdge, selectNode, uiStore } from '../../state/ui-store.ts';

const EDGE_TOLERANCE_PX = 5;

/** Selects a relationship and opens the readout of its first evidence sentence. */
function openEdge(edge: string): void {
  const ev = graph.getEdgeAttribute(edge, 'evidence')[0];
  selectEdge(edge, ev ? { docId: ev.doc, highlight: { start: ev.start, end: ev.end } } : undefined);
}

/** The visible edges as segments in viewport pixels. */
function* visibleSegments(sigma: Sigma): Generator<Segment> {
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    if (attributes.hidden) continue;
    const a = sigma.graphToViewport(graph.getNodeAttributes(source));
    const b = sigma.graphToViewport(graph.getNodeAttributes(target));
    yield { key: edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  }
}

/** A node as drawn, in viewport pixels. */
function drawnDisc(sigma: Sigma, node: string): Disc | undefined {
  const data = sigma.getNodeDisplayData(node);
  if (!data) return undefined;
  const { x, y } = sigma.framedGraphToViewport(data);
  return { key: node, x, y, r: sigma.scaleSize(data.size) };
}

/** Selects a node, or ends a pending "path to…" there. */
function clickOnNode(node: string): void {
  const from = uiStore.get().pathFrom;
  if (from && from !== node) void findPath(from, node);
  else selectNode(node);
}

/** Click a node to select it (or to end a "path to…"), an edge to read its evidence, the stage to clear. */
export function EventsController(): null {
  const registerEvents = useRegisterEvents();
  const sigma = useSigma();

  useEffect(() => {
    registerEvents({
      clickNode: ({ node, event }) => {
        // Sigma's node picking reaches a few pixels past the drawn disc: an edge there wins.
        const pick = pickAt(event.x, event.y, drawnDisc(sigma, node), visibleSegments(sigma), EDGE_TOLERANCE_PX);
        if (pick?.kind === 'edge') openEdge(pick.key);
        else clickOnNode(node);
      },
      clickEdge: ({ edge }) => openEdge(edge),
      clickStage: ({ event }) => {
        // Thin edges are hard to hit: take the nearest visible one within a few pixels.
        const edge = nearestSegment(event.x, event.y, visibleSegments(sigma), EDGE_TOLERANCE_PX);
        if (edge) openEdge(edge);
        else if (!uiStore.get().pathFrom) selectNode(null);
      },
      enterNode: ({ node }) => {
        hoverNode(node);
        sigma.getContainer().style.cursor = 'pointer';
      },
      leaveNode: () => {
        hoverNode(undefined);
        sigma.getContainer().style.cursor = '';
      },
      enterEdge: () => void (sigma.getContainer().style.cursor = 'pointer'),
      leaveEdge: () => void (sigma.getContainer().style.cursor = ''),
    });
  }, [registerEvents, sigma]);
  return null;
}
