import { describe, expect, it } from 'vitest';

import { esc, wordStarts } from './text.ts';

/** What the rules used to do: a Unicode regex per word, with lookarounds of the same classes. */
function byRegex(text: string, word: string, before: string, after: string): number[] {
  const re = new RegExp(`(?<![${before}])${esc(word)}(?![${after}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

const starts = (text: string, word: string, before: string, after: string) => [
  ...wordStarts(text, word, new RegExp(`[${before}]$`, 'u'), new RegExp(`^[${after}]`, 'u')),
];

describe('wordStarts', () => {
  const cases: [string, string][] = [
    ['Abe met Abe-san and Abe, then Abe.', 'Abe'],
    ["O'Abe and ’Abe and -Abe and 2Abe and .Abe", 'Abe'],
    ['Shinzo Abe, Shinzo Abes, Shinzo Abe2, Shinzo Abe', 'Shinzo Abe'],
    ['aaaa aa aaa', 'aa'],
    ['Zoë Zoë Zoë', 'Zoë'],
    // A letter outside the Basic Multilingual Plane (two UTF-16 units) before and after the word.
    ['𝒜Abe Abe𝒜 Abe 𐐀Abe', 'Abe'],
    ['Kim Jong Un met Kim Jong Un', 'Kim Jong Un'],
    ['no such name here', 'Abe'],
  ];
  const classes: [string, string][] = [
    ["\\p{L}\\p{N}'’-", '\\p{L}\\p{N}-'],
    ["\\p{L}\\p{N}.'’-", '\\p{L}\\p{N}-'],
  ];
  for (const [before, after] of classes)
    it(`finds what the regex found (not after [${before}])`, () => {
      for (const [text, word] of cases)
        expect(starts(text, word, before, after)).toEqual(byRegex(text, word, before, after));
    });

  it('finds whole words only, without overlaps', () => {
    expect(starts('Abe met Abe-san and Abe.', 'Abe', '\\p{L}', '\\p{L}-')).toEqual([0, 20]);
    expect(starts('aaaa', 'aa', 'x', 'x')).toEqual([0, 2]);
  });
});
