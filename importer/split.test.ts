// Unit tests of the sentence splitter: offsets, abbreviations, headings.
import { describe, expect, it } from 'vitest';

import { splitSentences } from './split.ts';

describe('splitSentences', () => {
  it('keeps exact offsets and does not split after Mr., H.E. or U.S.', () => {
    const text = 'Title line\nOn May 1, H.E. Mr. Abe met U.S. President Trump. They agreed.\n1. Next point.';
    const s = splitSentences(text);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.text)).toEqual([
      'Title line',
      'On May 1, H.E. Mr. Abe met U.S. President Trump.',
      'They agreed.',
      '1. Next point.',
    ]);
    expect(s[0]!.heading).toBe(true);
    expect(s[1]!.heading).toBe(false);
  });

  it('keeps an initial inside a name', () => {
    expect(splitSentences('Dr. S. Jaishankar spoke. Then he left.').length).toBe(2);
  });
});
