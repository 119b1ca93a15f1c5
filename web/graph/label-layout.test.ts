import { describe, expect, it } from 'vitest';
import { intersects, placeLabels } from './label-layout.ts';
import type { LabelCandidate } from './label-layout.ts';
import { mulberry32 } from './layout.ts';

const cand = (key: string, x: number, y: number, priority = 1, width = 60): LabelCandidate => ({
  key,
  x,
  y,
  r: 5,
  width,
  priority,
});

describe('placeLabels', () => {
  it('never lets two placed labels overlap, however crowded the nodes', () => {
    const rnd = mulberry32(7);
    const crowd = Array.from({ length: 300 }, (_, i) => cand(`n${i}`, rnd() * 600, rnd() * 400, rnd() * 10));
    const placed = placeLabels(crowd, 12);
    expect(placed.length).toBeGreaterThan(20);
    expect(placed.length).toBeLessThan(crowd.length);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(intersects(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('places the higher priority first and moves a neighbour to a free side', () => {
    const placed = placeLabels([cand('small', 100, 100, 1), cand('selected', 110, 100, 9)], 12);
    expect(placed[0]).toMatchObject({ key: 'selected', anchor: 'right' });
    expect(placed[1]?.key).toBe('small');
    expect(placed[1]?.anchor).not.toBe('right');
  });

  it('drops a label when all four sides are taken', () => {
    const stack = [5, 4, 3, 2, 1].map((p) => cand(`p${p}`, 100, 100, p));
    const placed = placeLabels(stack, 12);
    expect(placed.map((p) => [p.key, p.anchor])).toEqual([
      ['p5', 'right'],
      ['p4', 'left'],
      ['p3', 'below'],
      ['p2', 'above'],
    ]);
  });
});
