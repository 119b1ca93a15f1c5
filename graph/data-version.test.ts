import { describe, expect, it } from 'vitest';
import { dataVersionOf } from './data-version.ts';

describe('dataVersionOf', () => {
  it('is 16 hex digits, independent of order, and changes with any document', () => {
    const v = dataVersionOf(['aa', 'bb']);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(dataVersionOf(['bb', 'aa'])).toBe(v);
    expect(dataVersionOf(['aa', 'bc'])).not.toBe(v);
    expect(dataVersionOf(['aa'])).not.toBe(v);
    expect(dataVersionOf([])).toMatch(/^[0-9a-f]{16}$/);
  });
});
