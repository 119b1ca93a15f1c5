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

  it('drops a label when every spot is taken', () => {
    const stack = [9, 8, 7, 6, 5, 4, 3, 2, 1].map((p) => cand(`p${p}`, 100, 100, p));
    const placed = placeLabels(stack, 12);
    expect(placed.slice(0, 4).map((p) => [p.key, p.anchor])).toEqual([
      ['p9', 'right'],
      ['p8', 'left'],
      ['p7', 'below'],
      ['p6', 'above'],
    ]);
    expect(placed.length).toBeLessThan(stack.length);
    expect(placed.map((p) => p.key)).not.toContain('p1');
  });

  it('keeps labels inside the viewport and off other nodes when asked', () => {
    const edge = cand('edge', 590, 100, 5);
    expect(placeLabels([edge], 12, { bounds: { width: 600, height: 400 } })[0]?.anchor).toBe('left');
    const blocker = cand('blocker', 100 + 5 + 30, 100, 1, 0);
    const placed = placeLabels([cand('a', 100, 100, 9), blocker], 12, { avoidNodes: true });
    expect(placed.find((p) => p.key === 'a')?.anchor).toBe('left');
    expect(placeLabels([cand('a', 100, 100, 9), blocker], 12)[0]).toMatchObject({ key: 'a', anchor: 'right' });
  });
});
