// Render-nothing controller: canvas clicks and hovers → ui-store (selection, hover, path target).
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { graph } from '../../state/graph-store.ts';
import { findPath } from '../../state/actions.ts';
import { hoverNode, selectEdge, selectNode, uiStore } from '../../state/ui-store.ts';

/** Click a node to select it (or to end a "path to…"), an edge to read its evidence, the stage to clear. */
export function EventsController(): null {
  const registerEvents = useRegisterEvents();
  const sigma = useSigma();

  useEffect(() => {
    registerEvents({
      clickNode: ({ node }) => {
        const from = uiStore.get().pathFrom;
        if (from && from !== node) void findPath(from, node);
        else selectNode(node);
      },
      clickEdge: ({ edge }) => {
        const ev = graph.getEdgeAttribute(edge, 'evidence')[0];
        selectEdge(edge, ev ? { docId: ev.doc, highlight: { start: ev.start, end: ev.end } } : undefined);
      },
      clickStage: () => {
        if (!uiStore.get().pathFrom) selectNode(null);
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
