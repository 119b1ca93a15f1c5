// The negotiations view's layered layout (not force-directed): one block per connected group of
// negotiations; in a block one column per side (the state or organisation a person acts for) with the
// agreements in a middle column; rows by rank, principals on top, superiors below them, negotiators
// at the bottom next to the agreement they negotiate. Pure and deterministic.
import type { ApiEdge, NegotiationParty } from '../../graph/types.ts';

export const NODE_W = 250;
export const NODE_H = 62;
const GAP_X = 28;
const GAP_Y = 56;
const SIDE_GAP = 84;
const BLOCK_HEADER = 58;
const BLOCK_GAP = 40;
const MARGIN = 24;
/** How far an edge that skips rows bows out of its column. */
const BOW = 70;

/** Rank weight of an "is below" fact: a principal sits two rows above, a superior one. */
const WEIGHT: Partial<Record<string, number>> = { NEGOTIATES_FOR: 2, REPORTS_TO: 1 };

export const AGREEMENTS_COLUMN = '__agreements';
export const UNALIGNED_SIDE = '__unaligned';

export interface LayoutNode {
  id: string;
  party: NegotiationParty;
  /** Top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Row within its block (0: top). */
  layer: number;
  /** The side id, AGREEMENTS_COLUMN or UNALIGNED_SIDE. */
  column: string;
  /** -1 for columns left of the agreements (or of the middle), 1 for the others: the outer side. */
  outward: -1 | 1;
}

export interface LayoutEdge {
  key: string;
  link: ApiEdge;
  /** Where it leaves the source box and reaches the target box. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** SVG path: straight, or bowed outwards when it skips rows of the same column (not to cross a box). */
  path: string;
  /** A point on the path for its label. */
  labelX: number;
  labelY: number;
}

export interface LayoutColumn {
  id: string;
  name: string;
  x: number;
  width: number;
}

export interface LayoutBlock {
  /** The agreements of the block (or its people when it has none). */
  title: string;
  y: number;
  height: number;
  columns: LayoutColumn[];
}

export interface NegotiationsLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  blocks: LayoutBlock[];
  width: number;
  height: number;
}

type Parties = ReadonlyMap<string, NegotiationParty>;

/** Connected groups of parties over the links; the focus's group first, then larger first, then by name. */
export function components(parties: Parties, links: readonly ApiEdge[], focus?: string): string[][] {
  const adj = new Map<string, string[]>();
  for (const l of links) {
    if (!parties.has(l.source) || !parties.has(l.target)) continue;
    adj.set(l.source, [...(adj.get(l.source) ?? []), l.target]);
    adj.set(l.target, [...(adj.get(l.target) ?? []), l.source]);
  }
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const id of [...adj.keys()].sort()) {
    if (seen.has(id)) continue;
    const group: string[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length) {
      const n = stack.pop()!;
      group.push(n);
      for (const m of adj.get(n) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        stack.push(m);
      }
    }
    groups.push(group.sort());
  }
  const name = (g: string[]) => parties.get(g[0]!)?.name ?? '';
  return groups.sort(
    (a, b) =>
      Number(focus !== undefined && b.includes(focus)) - Number(focus !== undefined && a.includes(focus)) ||
      b.length - a.length ||
      name(a).localeCompare(name(b)),
  );
}

/** Side of each non-agreement party: its own (states, organisations), its `side`, else a neighbour's. */
export function sidesOf(group: readonly string[], parties: Parties, links: readonly ApiEdge[]): Map<string, string> {
  const side = new Map<string, string>();
  for (const id of group) {
    const p = parties.get(id)!;
    if (p.entityType === 'Agreement') continue;
    if (p.entityType === 'State' || p.entityType === 'Organization') side.set(id, id);
    else if (p.side) side.set(id, p.side.id);
  }
  // People without a side take the side of whom they negotiate for or report to, or of who does so for them.
  for (let changed = true; changed;) {
    changed = false;
    for (const l of links) {
      if (l.attributes.relType === 'NEGOTIATES') continue;
      for (const [a, b] of [
        [l.source, l.target],
        [l.target, l.source],
      ] as const) {
        if (group.includes(a) && !side.has(a) && side.has(b)) {
          side.set(a, side.get(b)!);
          changed = true;
        }
      }
    }
  }
  for (const id of group)
    if (parties.get(id)!.entityType !== 'Agreement' && !side.has(id)) side.set(id, UNALIGNED_SIDE);
  return side;
}

/**
 * Row of each non-agreement party: height(x) = max over those below x (who negotiate for or report
 * to x) of height + weight; rows count down from the highest, empty rows removed. Cycles are cut.
 */
export function layersOf(group: readonly string[], parties: Parties, links: readonly ApiEdge[]): Map<string, number> {
  const below = new Map<string, { id: string; w: number }[]>();
  for (const l of links) {
    const w = WEIGHT[l.attributes.relType];
    if (w && group.includes(l.target)) below.set(l.target, [...(below.get(l.target) ?? []), { id: l.source, w }]);
  }
  const height = new Map<string, number>();
  const visiting = new Set<string>();
  const h = (id: string): number => {
    const known = height.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const value = Math.max(0, ...(below.get(id) ?? []).map((c) => h(c.id) + c.w));
    visiting.delete(id);
    height.set(id, value);
    return value;
  };
  const people = group.filter((id) => parties.get(id)!.entityType !== 'Agreement');
  const top = Math.max(0, ...people.map(h));
  const used = [...new Set(people.map((id) => top - h(id)))].sort((a, b) => a - b);
  return new Map(people.map((id) => [id, used.indexOf(top - h(id))]));
}

/** Where the segment from the centre of `a` towards the centre of `b` leaves the box `a`. */
function border(a: LayoutNode, b: LayoutNode): { x: number; y: number } {
  const cx = a.x + a.width / 2;
  const cy = a.y + a.height / 2;
  const dx = b.x + b.width / 2 - cx;
  const dy = b.y + b.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(
    dx === 0 ? Infinity : a.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : a.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * t, y: cy + dy * t };
}

/** The path from box `a` to box `b`: bowed round the outer side when rows in between could be in the way. */
function route(a: LayoutNode, b: LayoutNode): Omit<LayoutEdge, 'key' | 'link'> {
  const overlapX = a.x < b.x + b.width && b.x < a.x + a.width;
  if (a.column === b.column && overlapX && Math.abs(a.layer - b.layer) > 1) {
    const sx = a.outward < 0 ? a.x : a.x + a.width;
    const tx = b.outward < 0 ? b.x : b.x + b.width;
    const sy = a.y + a.height / 2;
    const ty = b.y + b.height / 2;
    const cx = (a.outward < 0 ? Math.min(sx, tx) : Math.max(sx, tx)) + a.outward * BOW;
    const path = `M ${sx} ${sy} C ${cx} ${sy}, ${cx} ${ty}, ${tx} ${ty}`;
    // The cubic's midpoint (t = 0.5).
    return { x1: sx, y1: sy, x2: tx, y2: ty, path, labelX: (sx + tx) / 8 + (3 * cx) / 4, labelY: (sy + ty) / 2 };
  }
  const p = border(a, b);
  const q = border(b, a);
  return {
    x1: p.x,
    y1: p.y,
    x2: q.x,
    y2: q.y,
    path: `M ${p.x} ${p.y} L ${q.x} ${q.y}`,
    labelX: (p.x + q.x) / 2,
    labelY: (p.y + q.y) / 2,
  };
}

const sideName = (id: string, parties: Parties, fallback: Map<string, string>): string =>
  id === UNALIGNED_SIDE ? 'No side known' : (parties.get(id)?.name ?? fallback.get(id) ?? id);

/** Lays out one group from vertical offset `top`; returns its nodes, block and width. */
function layoutGroup(group: string[], parties: Parties, links: readonly ApiEdge[], top: number) {
  const side = sidesOf(group, parties, links);
  const layer = layersOf(group, parties, links);
  const sideNames = new Map<string, string>();
  for (const id of group) {
    const s = parties.get(id)!.side;
    if (s) sideNames.set(s.id, s.name);
  }
  const sides = [...new Set(side.values())].sort((a, b) =>
    sideName(a, parties, sideNames).localeCompare(sideName(b, parties, sideNames)),
  );
  const agreements = group.filter((id) => parties.get(id)!.entityType === 'Agreement');
  const bottom = Math.max(0, ...layer.values());
  agreements.forEach((id, i) => layer.set(id, bottom + i));
  const columnIds = [...sides];
  if (agreements.length) columnIds.splice(Math.ceil(sides.length / 2), 0, AGREEMENTS_COLUMN);
  const columnOf = (id: string) => side.get(id) ?? AGREEMENTS_COLUMN;
  const middle = agreements.length ? columnIds.indexOf(AGREEMENTS_COLUMN) : columnIds.length / 2;

  const rows = new Map<string, string[]>(); // `${column}|${layer}` → ids
  for (const id of [...group].sort((a, b) => parties.get(a)!.name.localeCompare(parties.get(b)!.name))) {
    const key = `${columnOf(id)}|${layer.get(id)}`;
    rows.set(key, [...(rows.get(key) ?? []), id]);
  }
  const columns: LayoutColumn[] = [];
  const nodes: LayoutNode[] = [];
  let x = MARGIN + BOW;
  for (const col of columnIds) {
    const widest = Math.max(1, ...[...rows].filter(([k]) => k.startsWith(`${col}|`)).map(([, ids]) => ids.length));
    const width = widest * NODE_W + (widest - 1) * GAP_X;
    columns.push({
      id: col,
      name: col === AGREEMENTS_COLUMN ? 'Agreement' : sideName(col, parties, sideNames),
      x,
      width,
    });
    for (const [key, ids] of rows) {
      if (!key.startsWith(`${col}|`)) continue;
      const rowWidth = ids.length * NODE_W + (ids.length - 1) * GAP_X;
      ids.forEach((id, i) => {
        const l = layer.get(id)!;
        nodes.push({
          id,
          party: parties.get(id)!,
          x: x + (width - rowWidth) / 2 + i * (NODE_W + GAP_X),
          y: top + BLOCK_HEADER + l * (NODE_H + GAP_Y),
          width: NODE_W,
          height: NODE_H,
          layer: l,
          column: col,
          outward: columnIds.indexOf(col) < middle ? -1 : 1,
        });
      });
    }
    x += width + SIDE_GAP;
  }
  const layers = Math.max(0, ...layer.values()) + 1;
  const height = BLOCK_HEADER + layers * NODE_H + (layers - 1) * GAP_Y;
  const names = (ids: string[]) => ids.map((id) => parties.get(id)!.name).join(' · ');
  const title = agreements.length ? names(agreements) : names(group.slice(0, 3));
  return { nodes, block: { title, y: top, height, columns }, width: x - SIDE_GAP + BOW + MARGIN };
}

/** The whole layout: blocks stacked top to bottom, edges clipped to the node boxes. */
export function layoutNegotiations(
  partyList: readonly NegotiationParty[],
  links: readonly ApiEdge[],
  focus?: string,
): NegotiationsLayout {
  const parties: Parties = new Map(partyList.map((p) => [p.id, p]));
  const nodes: LayoutNode[] = [];
  const blocks: LayoutBlock[] = [];
  let y = MARGIN;
  let width = 0;
  for (const group of components(parties, links, focus)) {
    const laid = layoutGroup(group, parties, links, y);
    nodes.push(...laid.nodes);
    blocks.push(laid.block);
    width = Math.max(width, laid.width);
    y += laid.block.height + BLOCK_GAP;
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LayoutEdge[] = [];
  for (const link of links) {
    const a = byId.get(link.source);
    const b = byId.get(link.target);
    if (!a || !b) continue;
    edges.push({ key: link.key, link, ...route(a, b) });
  }
  return {
    nodes,
    edges,
    blocks,
    width: Math.max(width, 2 * MARGIN),
    height: Math.max(y - BLOCK_GAP + MARGIN, 2 * MARGIN),
  };
}
