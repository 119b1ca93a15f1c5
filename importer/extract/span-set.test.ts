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
});
