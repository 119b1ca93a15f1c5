// SpanSet answers overlap questions like a scan of every span would.
import { describe, expect, it } from 'vitest';

import { SpanSet } from './span-set.ts';

describe('SpanSet', () => {
  it('finds overlaps with short and long spans, added in any order', () => {
    const set = new SpanSet([
      { start: 50, end: 60 },
      { start: 0, end: 40 },
    ]);
    set.add({ start: 45, end: 46 });
    expect(set.overlaps(39, 41)).toBe(true);
    expect(set.overlaps(40, 45)).toBe(false);
    expect(set.overlaps(10, 11)).toBe(true);
    expect(set.overlaps(46, 50)).toBe(false);
    expect(set.overlaps(59, 70)).toBe(true);
    expect(set.overlaps(60, 70)).toBe(false);
  });

  it('agrees with a scan on made-up spans', () => {
    const spans = Array.from({ length: 200 }, (_, i) => ({
      start: (i * 37) % 1000,
      end: ((i * 37) % 1000) + (i % 23),
    }));
    const set = new SpanSet(spans);
    for (let s = 0; s < 1020; s += 7) {
      const e = s + (s % 5);
      expect(set.overlaps(s, e)).toBe(spans.some((x) => x.start < e && x.end > s));
    }
  });

  it('lists overlapping, inside and containing spans as a scan would', () => {
    const spans = Array.from({ length: 300 }, (_, i) => ({
      start: (i * 53) % 1500,
      end: ((i * 53) % 1500) + 1 + (i % 41),
    }));
    const set = new SpanSet(spans);
    const byStart = (list: typeof spans) => [...list].sort((a, b) => a.start - b.start);
    const ends = (list: typeof spans) => list.map((x) => `${x.start}-${x.end}`).sort();
    for (let s = 0; s < 1560; s += 11) {
      const e = s + (s % 60);
      expect(ends(set.overlapping(s, e))).toEqual(ends(spans.filter((x) => x.start < e && x.end > s)));
      expect(ends(set.inside(s, e))).toEqual(ends(spans.filter((x) => x.start >= s && x.end <= e)));
      expect(set.contains(s, e)).toBe(spans.some((x) => x.start <= s && x.end >= e));
      const inside = set.inside(s, e);
      expect(inside).toEqual(byStart(inside));
    }
  });
});
