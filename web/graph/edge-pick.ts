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
