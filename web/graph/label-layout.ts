// Node labels that never overlap: a greedy placement in priority order (the selection and what is
// forced first, then the larger nodes), each label tried right, left, below and above its node and
// dropped when every spot is taken. Pure: the canvas drawer (LabelsController) feeds it pixels.

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

export type Anchor = 'right' | 'left' | 'below' | 'above';

export interface PlacedLabel {
  key: string;
  anchor: Anchor;
  /** The text's box (including a small margin). */
  box: Box;
}

const GAP = 3;
const MARGIN = 1;
const ANCHORS: readonly Anchor[] = ['right', 'left', 'below', 'above'];

/** True when two boxes share any area. */
export const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The box of a label of `height` px placed at `anchor` of the candidate's node. */
export function labelBox(c: LabelCandidate, anchor: Anchor, height: number): Box {
  const w = c.width + 2 * MARGIN;
  const h = height + 2 * MARGIN;
  switch (anchor) {
    case 'right':
      return { x: c.x + c.r + GAP - MARGIN, y: c.y - h / 2, w, h };
    case 'left':
      return { x: c.x - c.r - GAP - c.width - MARGIN, y: c.y - h / 2, w, h };
    case 'below':
      return { x: c.x - w / 2, y: c.y + c.r + GAP - MARGIN, w, h };
    case 'above':
      return { x: c.x - w / 2, y: c.y - c.r - GAP - height - MARGIN, w, h };
  }
}

/** A coarse spatial index of placed boxes (cells of `cell` px). */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.w) / this.cell); i++)
      for (let j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.h) / this.cell); j++) out.push(`${i},${j}`);
    return out;
  }

  collides(b: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => intersects(o, b)));
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/**
 * Places labels of `height` px without overlap, highest priority first; candidates whose every
 * anchor collides with a placed label are left out.
 */
export function placeLabels(candidates: readonly LabelCandidate[], height: number): PlacedLabel[] {
  const grid = new BoxGrid(64);
  const placed: PlacedLabel[] = [];
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  for (const c of order) {
    for (const anchor of ANCHORS) {
      const box = labelBox(c, anchor, height);
      if (grid.collides(box)) continue;
      grid.add(box);
      placed.push({ key: c.key, anchor, box });
      break;
    }
  }
  return placed;
}
