import { describe, expect, it } from 'vitest';
import { distanceToSegment, nearestSegment } from './edge-pick.ts';

const h = { key: 'h', x1: 0, y1: 0, x2: 10, y2: 0 };
const v = { key: 'v', x1: 20, y1: -10, x2: 20, y2: 10 };

describe('edge picking', () => {
  it('measures the distance to a segment, clamped to its ends', () => {
    expect(distanceToSegment(5, 3, h)).toBe(3);
    expect(distanceToSegment(13, 4, h)).toBe(5);
    expect(distanceToSegment(1, 1, { key: 'p', x1: 1, y1: 1, x2: 1, y2: 1 })).toBe(0);
  });

  it('picks the nearest segment within the tolerance only', () => {
    expect(nearestSegment(5, 2, [h, v], 4)).toBe('h');
    expect(nearestSegment(18, 1, [h, v], 4)).toBe('v');
    expect(nearestSegment(15, 9, [h, v], 4)).toBeUndefined();
  });
});
