// Node labels that never overlap: a greedy placement in priority order (the selection and what is
// forced first, then the larger nodes), each label tried right, left, below and above its node, then
// right and left a line higher or lower, and dropped when every spot is taken (by another label, another node's disc, or the viewport's edge).
// Pure: the canvas drawer (LabelsController) feeds it pixels.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelCandidate {
  key: string;
  /** Node centre and drawn radius, in viewport pixels. */
  x: number;
  y: number;
  r: number;
  /** Text width in pixels at the label font. */
  width: number;
  /** Higher goes first (selection, forced labels, then size). */
  priority: number;
}

export type Anchor = 'right' | 'left' | 'below' | 'above' | 'right-up' | 'right-down' | 'left-up' | 'left-down';

export interface PlacedLabel {
  key: string;
  anchor: Anchor;
  /** The text's box (including a small margin). */
  box: Box;
}

const GAP = 3;
const MARGIN = 1;
const ANCHORS: readonly Anchor[] = [
  'right',
  'left',
  'below',
  'above',
  'right-up',
  'right-down',
  'left-up',
  'left-down',
];

/** True when two boxes share any area. */
export const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The box of a label of `height` px placed at `anchor` of the candidate's node. */
export function labelBox(c: LabelCandidate, anchor: Anchor, height: number): Box {
  const w = c.width + 2 * MARGIN;
  const h = height + 2 * MARGIN;
  const right = c.x + c.r + GAP - MARGIN;
  const left = c.x - c.r - GAP - c.width - MARGIN;
  const line = h + 1;
  switch (anchor) {
    case 'right':
      return { x: right, y: c.y - h / 2, w, h };
    case 'left':
      return { x: left, y: c.y - h / 2, w, h };
    case 'right-up':
      return { x: right, y: c.y - h / 2 - line, w, h };
    case 'right-down':
      return { x: right, y: c.y - h / 2 + line, w, h };
    case 'left-up':
      return { x: left, y: c.y - h / 2 - line, w, h };
    case 'left-down':
      return { x: left, y: c.y - h / 2 + line, w, h };
    case 'below':
      return { x: c.x - w / 2, y: c.y + c.r + GAP - MARGIN, w, h };
    case 'above':
      return { x: c.x - w / 2, y: c.y - c.r - GAP - height - MARGIN, w, h };
  }
}

type Owned = Box & { owner: string };

/** A coarse spatial index of boxes (cells of `cell` px), each owned by a node. */
class BoxGrid {
  private readonly cells = new Map<string, Owned[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.w) / this.cell); i++)
      for (let j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.h) / this.cell); j++) out.push(`${i},${j}`);
    return out;
  }

  /** True when `b` meets a box not owned by `owner`. */
  collides(b: Box, owner: string): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => o.owner !== owner && intersects(o, b)));
  }

  add(b: Owned): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

export interface PlaceOptions {
  /** The viewport: labels must lie inside it. */
  bounds?: { width: number; height: number };
  /** Avoid the discs of the candidates' nodes (other than a label's own node). */
  avoidNodes?: boolean;
}

const inside = (b: Box, bounds: PlaceOptions['bounds']): boolean =>
  !bounds || (b.x >= 0 && b.y >= 0 && b.x + b.w <= bounds.width && b.y + b.h <= bounds.height);

/**
 * Places labels of `height` px without overlap, highest priority first; candidates whose every
 * anchor is taken are left out.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  height: number,
  opts: PlaceOptions = {},
): PlacedLabel[] {
  const grid = new BoxGrid(64);
  if (opts.avoidNodes)
    for (const c of candidates) grid.add({ owner: c.key, x: c.x - c.r, y: c.y - c.r, w: 2 * c.r, h: 2 * c.r });
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  for (const c of order) {
    for (const anchor of ANCHORS) {
      const box = labelBox(c, anchor, height);
      if (!inside(box, opts.bounds) || grid.collides(box, c.key)) continue;
      grid.add({ ...box, owner: c.key });
      placed.push({ key: c.key, anchor, box });
      break;
    }
  }
  return placed;
}
