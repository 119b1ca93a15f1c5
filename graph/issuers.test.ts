// Unit tests of the issuer count of a fact.
import { describe, expect, it } from 'vitest';

import { countIssuers } from './issuers.ts';

describe('countIssuers', () => {
  const of = new Map([
    ['d1', 'Ministry of Foreign Affairs of Ruritania'],
    ['d2', 'ministry of foreign affairs of Ruritania '],
    ['d3', 'Office of the President of Freedonia'],
  ]);

  it('counts distinct issuers, names compared without case or outer spaces', () => {
    expect(countIssuers(['d1', 'd2'], of)).toBe(1);
    expect(countIssuers(['d1', 'd2', 'd3'], of)).toBe(2);
  });

  it('does not count documents of unknown issuer', () => {
    expect(countIssuers(['d4', 'd5'], of)).toBe(0);
    expect(countIssuers(['d3', 'd4'], of)).toBe(1);
  });
});
