// Keyboard travel through the canvas: the visible nodes in reading order (best connected first, then
// by name), and the node an arrow key moves to from the current one.
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** Visible nodes, most connected first, ties by name. */
export function navigationOrder(graph: ReadoutGraph): string[] {
  return graph
    .filterNodes((_, a) => !a.hidden)
    .sort(
      (a, b) =>
        graph.degree(b) - graph.degree(a) ||
        graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')),
    );
}

/**
 * The node after `current` in `order` for a key: ArrowDown/ArrowRight next, ArrowUp/ArrowLeft
 * previous (wrapping), Home first, End last; undefined for other keys or an empty order. From no
 * current node (or one not in the order) the first move lands on the first node.
 */
export function nextNode(order: readonly string[], current: string | undefined, key: string): string | undefined {
  if (!order.length) return undefined;
  const i = current === undefined ? -1 : order.indexOf(current);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return order[i < 0 ? 0 : (i + 1) % order.length];
    case 'ArrowUp':
    case 'ArrowLeft':
      return order[i < 0 ? 0 : (i - 1 + order.length) % order.length];
    case 'Home':
      return order[0];
    case 'End':
      return order[order.length - 1];
    default:
      return undefined;
  }
}
