// The hit index answers position questions as a scan of the whole hit list would, in the list's own order.
import { describe, expect, it } from 'vitest';

import type { GazetteerHit } from './gazetteer.ts';
import { hitsAt, hitsOverlapping, hitsStartingIn } from './hit-index.ts';

const hit = (start: number, end: number, name: string): GazetteerHit => ({
  type: 'State',
  name,
  surface: name,
  start,
  end,
  demonym: false,
});

describe('hit index', () => {
  // Made-up hits in no particular order, some sharing a start.
  const hits = Array.from({ length: 240 }, (_, i) => hit((i * 29) % 700, ((i * 29) % 700) + 2 + (i % 17), `h${i}`));

  it('agrees with a scan, in the list order', () => {
    for (let at = 0; at < 720; at += 3) {
      const to = at + (at % 40);
      expect(hitsAt(hits, at)).toEqual(hits.filter((h) => h.start === at));
      expect(hitsStartingIn(hits, at, to)).toEqual(hits.filter((h) => h.start >= at && h.start < to));
      expect(hitsOverlapping(hits, at, to)).toEqual(hits.filter((h) => h.start < to && h.end > at));
    }
  });

  it('keeps one index per list: another list is answered from its own hits', () => {
    const other = [hit(5, 9, 'Ruritania'), hit(5, 7, 'Ruri')];
    expect(hitsAt(other, 5).map((h) => h.name)).toEqual(['Ruritania', 'Ruri']);
    expect(hitsAt(hits, 5).map((h) => h.name)).not.toContain('Ruritania');
    expect(hitsOverlapping([], 0, 10)).toEqual([]);
  });
});
