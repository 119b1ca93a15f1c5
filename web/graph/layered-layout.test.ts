import { describe, expect, it } from 'vitest';

import type { ApiEdge, NegotiationParty } from '../../graph/types.ts';
import {
  AGREEMENTS_COLUMN,
  components,
  layersOf,
  layoutNegotiations,
  sidesOf,
  UNALIGNED_SIDE,
} from './layered-layout.ts';

const person = (id: string, side?: string): NegotiationParty => ({
  id,
  name: id.toUpperCase(),
  entityType: 'Person',
  offices: [],
  ...(side ? { side: { id: side, name: side.replace('state:', '') } } : {}),
});
const agreement = (id: string): NegotiationParty => ({ id, name: id, entityType: 'Agreement', offices: [] });
const link = (relType: 'NEGOTIATES' | 'NEGOTIATES_FOR' | 'REPORTS_TO', source: string, target: string): ApiEdge => ({
  key: `${relType}:${source}->${target}`,
  source,
  target,
  attributes: { relType, docs: ['d'], evidence: [] },
});

// Two sides of one treaty: a principal, a minister and a special representative each.
const parties = [
  person('abe', 'state:japan'),
  person('kono', 'state:japan'),
  person('mori', 'state:japan'),
  person('putin', 'state:russia'),
  person('lavrov', 'state:russia'),
  person('morgulov'),
  agreement('treaty'),
];
const links = [
  link('NEGOTIATES_FOR', 'mori', 'abe'),
  link('REPORTS_TO', 'mori', 'kono'),
  link('NEGOTIATES', 'mori', 'treaty'),
  link('NEGOTIATES', 'kono', 'treaty'),
  link('NEGOTIATES_FOR', 'morgulov', 'putin'),
  link('REPORTS_TO', 'morgulov', 'lavrov'),
  link('NEGOTIATES', 'morgulov', 'treaty'),
];
const byId = new Map(parties.map((p) => [p.id, p]));

describe('layersOf', () => {
  it('puts principals on top, superiors below them, negotiators at the bottom', () => {
    const layers = layersOf(
      parties.map((p) => p.id),
      byId,
      links,
    );
    expect(layers.get('abe')).toBe(0);
    expect(layers.get('putin')).toBe(0);
    expect(layers.get('kono')).toBe(1);
    expect(layers.get('lavrov')).toBe(1);
    expect(layers.get('mori')).toBe(2);
    expect(layers.get('morgulov')).toBe(2);
    expect(layers.has('treaty')).toBe(false);
  });

  it('removes empty rows and survives cycles', () => {
    const ids = ['a', 'b'];
    const p = new Map(ids.map((id) => [id, person(id)]));
    const layers = layersOf(ids, p, [link('NEGOTIATES_FOR', 'a', 'b'), link('REPORTS_TO', 'b', 'a')]);
    expect([...layers.values()].sort()).toEqual([0, 1]);
    const flat = layersOf(['a'], new Map([['a', person('a')]]), []);
    expect(flat.get('a')).toBe(0);
  });
});

describe('sidesOf', () => {
  it('takes the side given, else the side of whom one negotiates for or reports to', () => {
    const sides = sidesOf(
      parties.map((p) => p.id),
      byId,
      links,
    );
    expect(sides.get('mori')).toBe('state:japan');
    expect(sides.get('morgulov')).toBe('state:russia');
    expect(sides.has('treaty')).toBe(false);
    expect(sidesOf(['x'], new Map([['x', person('x')]]), []).get('x')).toBe(UNALIGNED_SIDE);
  });
});

describe('components', () => {
  it('separates unrelated negotiations and puts the focus first', () => {
    const more = [...parties, person('frost'), person('johnson'), agreement('fta')];
    const moreLinks = [...links, link('NEGOTIATES_FOR', 'frost', 'johnson'), link('NEGOTIATES', 'frost', 'fta')];
    const groups = components(new Map(more.map((p) => [p.id, p])), moreLinks);
    expect(groups.map((g) => g.length)).toEqual([7, 3]);
    expect(components(new Map(more.map((p) => [p.id, p])), moreLinks, 'fta')[0]).toContain('frost');
  });
});

describe('layoutNegotiations', () => {
  const layout = layoutNegotiations(parties, links);
  const node = (id: string) => layout.nodes.find((n) => n.id === id)!;

  it('gives one column per side with the agreement in the middle', () => {
    expect(layout.blocks).toHaveLength(1);
    expect(layout.blocks[0]!.columns.map((c) => c.name)).toEqual(['japan', 'Agreement', 'russia']);
    expect(node('treaty').column).toBe(AGREEMENTS_COLUMN);
    expect(node('mori').x).toBeLessThan(node('treaty').x);
    expect(node('treaty').x).toBeLessThan(node('morgulov').x);
    expect(node('treaty').y).toBe(node('mori').y);
  });

  it('draws principals above negotiators and never overlaps two boxes', () => {
    expect(node('abe').y).toBeLessThan(node('kono').y);
    expect(node('kono').y).toBeLessThan(node('mori').y);
    for (const a of layout.nodes)
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    expect(Math.max(...layout.nodes.map((n) => n.x + n.width))).toBeLessThanOrEqual(layout.width);
    expect(Math.max(...layout.nodes.map((n) => n.y + n.height))).toBeLessThanOrEqual(layout.height);
  });

  it('clips edges to the borders of their two boxes', () => {
    expect(layout.edges).toHaveLength(links.length);
    const e = layout.edges.find((x) => x.key === 'REPORTS_TO:mori->kono')!;
    expect(e.y1).toBeCloseTo(node('mori').y); // leaves Mori's top
    expect(e.y2).toBeCloseTo(node('kono').y + node('kono').height); // reaches Kono's bottom
    expect(e.path).toMatch(/^M [\d.]+ [\d.]+ L /);
  });

  it('bows an edge that skips a row round the outer side, clear of the box in between', () => {
    const e = layout.edges.find((x) => x.key === 'NEGOTIATES_FOR:mori->abe')!;
    expect(e.path).toMatch(/ C /);
    expect(e.x1).toBe(node('mori').x); // Japan is left of the agreement: out on the left
    expect(e.labelX).toBeLessThan(node('kono').x);
    const r = layout.edges.find((x) => x.key === 'NEGOTIATES_FOR:morgulov->putin')!;
    expect(r.labelX).toBeGreaterThan(node('lavrov').x + node('lavrov').width);
  });

  it('is deterministic and empty for no links', () => {
    expect(layoutNegotiations(parties, links)).toEqual(layout);
    expect(layoutNegotiations([], []).nodes).toEqual([]);
  });
});
