// Edge picking by geometry: thin WebGL edges are hard to hit exactly (sigma's picking buffer is
// downsized), so a click on the stage selects the nearest edge within a few pixels.
export interface Segment {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Distance from point (px, py) to the segment (x1, y1)–(x2, y2). */
export function distanceToSegment(px: number, py: number, s: Segment): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / len2));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

/** The key of the segment nearest to the point, if one lies within `tolerance` (same units). */
export function nearestSegment(
  px: number,
  py: number,
  segments: Iterable<Segment>,
  tolerance: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = tolerance;
  for (const s of segments) {
    const d = distanceToSegment(px, py, s);
    if (d <= bestDistance) {
      best = s.key;
      bestDistance = d;
    }
  }
  return best;
}

/** A node as drawn: centre and radius in the same units as the click. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
}

export type Pick = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | undefined;

/** Slack around a node's drawn disc within which a click still means the node. */
export const NODE_SLACK = 1.5;

/**
 * What a click at (px, py) selects. `node` is the node the renderer reports under the pointer (its
 * picking area is coarser than what it draws): it wins only when the click lands on its drawn disc;
 * otherwise the nearest edge within `tolerance` wins, and the renderer's node comes last.
 */
export function pickAt(
  px: number,
  py: number,
  node: Disc | undefined,
  segments: Iterable<Segment>,
  tolerance: number,
): Pick {
  if (node && Math.hypot(px - node.x, py - node.y) <= node.r + NODE_SLACK) return { kind: 'node', key: node.key };
  const edge = nearestSegment(px, py, segments, tolerance);
  if (edge) return { kind: 'edge', key: edge };
  return node ? { kind: 'node', key: node.key } : undefined;
}
