import { describe, expect, it } from 'vitest';
import { BAR_MAX_PX, barHeight, perYear } from './histogram.ts';

describe('date histogram', () => {
  it('counts readouts per year, with the empty years in between', () => {
    const docs = ['2018-05-01', '2018-09-10', '2020-01-02'].map((date, i) => ({ id: `d${i}`, title: 't', date }));
    expect(perYear(docs)).toEqual([
      { year: 2018, count: 2 },
      { year: 2019, count: 0 },
      { year: 2020, count: 1 },
    ]);
    expect(perYear([{ id: 'x', title: 'undated' }])).toEqual([]);
  });

  it('draws no bar for an empty year and the full height for the busiest', () => {
    expect(barHeight(0, 5)).toBe(0);
    expect(barHeight(5, 5)).toBe(BAR_MAX_PX);
    expect(barHeight(1, 5)).toBeGreaterThan(0);
    expect(barHeight(1, 5)).toBeLessThan(barHeight(2, 5));
  });
});
