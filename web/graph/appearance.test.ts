import { describe, expect, it } from 'vitest';
import {
  LABEL_COLORS,
  RELATION_COLORS,
  contrastOnWhite,
  edgeColor,
  humanizeRelation,
  labelColor,
  lighten,
  nodeSize,
} from './appearance.ts';

describe('appearance', () => {
  it('gives every label a distinct colour and every relationship type one', () => {
    // Completeness over the ontology lists is checked by the Record<NodeLabel | RelationType, …> types.
    const colours = Object.values(LABEL_COLORS);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of Object.values(RELATION_COLORS)) expect(c).toMatch(/^#[0-9A-F]{6}$/i);
    expect(labelColor('Nope')).toBe('#888888');
  });

  it('lightens towards white', () => {
    expect(lighten('#000000', 0)).toBe('#000000');
    expect(lighten('#000000', 1)).toBe('#ffffff');
    expect(lighten('#0072B2', 0.5)).toBe('#80b9d9');
  });

  it('sizes nodes monotonically by degree with a cap', () => {
    expect(nodeSize(0)).toBe(4);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(22);
  });

  it('humanises relationship types', () => {
    expect(humanizeRelation('NEGOTIATES_FOR')).toBe('negotiates for');
  });

  it('draws the negotiation relationships dark on white and apart from each other', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 0);
    expect(contrastOnWhite('#FFFFFF')).toBeCloseTo(1, 5);
    for (const t of ['NEGOTIATES', 'NEGOTIATES_FOR']) expect(contrastOnWhite(edgeColor(t))).toBeGreaterThanOrEqual(4.5);
    const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const [a, b] = [rgb(edgeColor('NEGOTIATES')), rgb(edgeColor('NEGOTIATES_FOR'))];
    expect(Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)).toBeGreaterThan(120);
    // Every other relationship stays visible on white, if lighter.
    for (const t of Object.keys(RELATION_COLORS).filter((t) => t !== 'MENTIONS'))
      expect(contrastOnWhite(edgeColor(t)), t).toBeGreaterThan(1.4);
  });
});
