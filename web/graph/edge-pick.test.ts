import { describe, expect, it } from 'vitest';
import { distanceToSegment, nearestSegment, pickAt } from './edge-pick.ts';

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

describe('pickAt', () => {
  // An edge from (0, 0) to (40, 0) and a node of radius 4 drawn 7 px below the edge's middle.
  const edge = { key: 'e', x1: 0, y1: 0, x2: 40, y2: 0 };
  const node = { key: 'n', x: 20, y: 7, r: 4 };

  it('selects the edge when the click on its middle is off the drawn node', () => {
    expect(pickAt(20, 0, node, [edge], 5)).toEqual({ kind: 'edge', key: 'e' });
  });

  it('selects the node when the click lands on its disc, even near an edge', () => {
    expect(pickAt(20, 4, node, [edge], 5)).toEqual({ kind: 'node', key: 'n' });
  });

  it('falls back to the reported node, or nothing', () => {
    expect(pickAt(20, 13, node, [edge], 5)).toEqual({ kind: 'node', key: 'n' });
    expect(pickAt(20, 13, undefined, [edge], 5)).toBeUndefined();
    expect(pickAt(20, 2, undefined, [edge], 5)).toEqual({ kind: 'edge', key: 'e' });
  });
});
