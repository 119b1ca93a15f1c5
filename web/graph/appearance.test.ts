import { describe, expect, it } from 'vitest';
import { LABEL_COLORS, RELATION_COLORS, humanizeRelation, labelColor, lighten, nodeSize } from './appearance.ts';

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
});
