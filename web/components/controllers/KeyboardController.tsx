// Render-nothing controller: makes the canvas focusable and walkable by keyboard. With the canvas
// focused, the arrows (Home, End) move the selection through the visible nodes, best connected
// first, and centre on it (its panel opens); Escape clears the selection; + and − zoom. A live
// region announces each node.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { navigationOrder, nextNode } from '../../graph/keyboard-nav.ts';
import { graph } from '../../state/graph-store.ts';
import { selectNode, uiStore } from '../../state/ui-store.ts';

const HELP = 'Graph. Arrow keys move through the entities, best connected first; Escape clears the selection.';

/** Says `text` through the canvas's live region. */
function announce(container: HTMLElement, text: string): void {
  let region = container.parentElement?.querySelector<HTMLElement>('[data-testid=canvas-announcer]');
  if (!region) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.dataset.testid = 'canvas-announcer';
    container.parentElement?.append(region);
  }
  region.textContent = text;
}

/** Keyboard access to the canvas. */
export function KeyboardController(): null {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', HELP);
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== container) return;
      const camera = sigma.getCamera();
      if (e.key === '+' || e.key === '=') void camera.animatedZoom({ duration: 200 });
      else if (e.key === '-') void camera.animatedUnzoom({ duration: 200 });
      else if (e.key === 'Escape') selectNode(null);
      else {
        const sel = uiStore.get().selection;
        const next = nextNode(navigationOrder(graph), sel?.kind === 'node' ? sel.id : undefined, e.key);
        if (!next) return;
        selectNode(next, { center: true });
        const a = graph.getNodeAttributes(next);
        announce(container, `${a.label}, ${a.entityType}, ${graph.degree(next)} relationships`);
      }
      e.preventDefault();
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [sigma]);
  return null;
}
