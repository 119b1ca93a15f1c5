import { describe, expect, it } from 'vitest';

import {
  alt,
  altTrie,
  anyFirstWord,
  esc,
  execIf,
  firstCharExec,
  matchAllInLines,
  matchesIf,
  mayMatch,
  standsBetweenSpaces,
  wordStarts,
} from './text.ts';

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

describe('standsBetweenSpaces', () => {
  const viaRegex = (text: string, word: string) => new RegExp(`(?:^|[\\s-])${esc(word)}(?:[\\s-]|$)`, 'u').test(text);
  const cases: [string, string, boolean][] = [
    ['Lind-Okafor meeting', 'Lind', true],
    ['Lind-Okafor meeting', 'Okafor', true],
    ['the Lindqvist meeting', 'Lind', false],
    ['the Kalind meeting', 'Lind', false],
    ['talks with Lind', 'Lind', true],
    ['talks with Lind.', 'Lind', false],
    ['Ó Briain–Lind talks', 'Lind', false],
    ['Ó Briain\u00a0Lind talks', 'Lind', true],
    ['Dr. A.B. Sen talks', 'A.B.', true],
    ['Dr. AxB. Sen talks', 'A.B.', false],
    ['', '', true],
    ['Lind', '', false],
    ['Lind -', '', true],
    ['Lind-x', '', false],
    ['Lind  x', '', true],
  ];
  it('says what the regex it replaces says, without compiling one per word', () => {
    for (const [text, word, want] of cases) {
      expect(standsBetweenSpaces(text, word), `${word} in ${text}`).toBe(want);
      expect(viaRegex(text, word), `regex: ${word} in ${text}`).toBe(want);
    }
  });
});

describe('matchAllInLines', () => {
  // A capitalised run ending in a head, as agreement.named reads it: it never takes a newline.
  const NAMED =
    /(?<![\p{L}])\p{Lu}[\p{L}-]*(?:[^\S\n]+(?:of[^\S\n]+)?\p{Lu}[\p{L}-]*)*?[^\S\n]+(?:Joint Statement|Treaty|Accord)\b/gu;
  const text = [
    'The Treaty of Amity was signed. Leaders of Japan and Korea',
    'Treaty talks went on; the Paris Accord and the Joint Statement stood.',
    '',
    'Nothing here at all',
    'Lone Treaty',
  ].join('\n');

  it('finds what matchAll finds, at the same indexes, on the lines that hold a head', () => {
    const got = matchAllInLines(text, NAMED, anyFirstWord(['Joint Statement', 'Treaty', 'Accord']));
    const all = [...text.matchAll(NAMED)];
    expect(got.map((m) => [m.index, m[0]])).toEqual(all.map((m) => [m.index, m[0]]));
    expect(got.map((m) => m[0])).toContain('Paris Accord');
  });

  it('fails loudly under the tests when its guard misses a line that holds a match', () => {
    expect(() => matchAllInLines(text, NAMED, /Accord/)).toThrow(/miss matches/);
  });
});

describe('mayMatch', () => {
  // A made-up rule pattern and its trigger word: every match holds "behalf".
  const BEHALF = /\bon\s+(?:his|her)\s+behalf\b/gi;

  it('says no, without the pattern, for a sentence without the trigger words, and yes otherwise', () => {
    expect(mayMatch('The ministers met in Oslo.', ['behalf'], BEHALF)).toBe(false);
    expect(mayMatch('She spoke on his behalf.', ['behalf'], BEHALF)).toBe(true);
    expect(mayMatch('She spoke ON HIS BEHALF.', /behalf/i, BEHALF)).toBe(true);
    // A trigger word is only a precondition: "behalf" without the pattern's phrase may still match nothing.
    expect(matchesIf('Acting on behalf of the Union.', BEHALF, ['behalf'])).toEqual([]);
  });

  it('gives the matches and the first match the pattern gives where the trigger words stand', () => {
    const text = 'She spoke on his behalf; he spoke on her behalf.';
    expect(matchesIf(text, BEHALF, ['behalf']).map((m) => m.index)).toEqual(
      [...text.matchAll(BEHALF)].map((m) => m.index),
    );
    expect(execIf('He spoke on her behalf.', /on\s+her\s+behalf/, ['behalf'])?.index).toBe(9);
    expect(execIf('He spoke for her.', /on\s+her\s+behalf/, ['behalf'])).toBeNull();
  });

  it('fails loudly under the tests when the trigger words miss a match of the pattern', () => {
    // Lowercase trigger words for a pattern of any case: "ON HIS BEHALF" holds no "behalf".
    expect(() => mayMatch('She spoke ON HIS BEHALF.', ['behalf'], BEHALF)).toThrow(/misses a match/);
  });
});

describe('altTrie', () => {
  const phrases = [
    'United Nations',
    'United Nations Security Council',
    'United Kingdom',
    'Union',
    'U.S.',
    'US',
    'African Union',
    "People's Republic",
    'Côte d’Ivoire',
    '𝔄rcadia League',
    '𝔄rcadia',
  ];
  const find = (source: string, text: string) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}])${source}(?![\\p{L}])`, 'gu'))].map((m) => [m.index, m[0]]);

  it('finds the same matches as alt, the longest phrase first', () => {
    const text =
      'The United Nations Security Council, the United Nations and the United Kingdom; the Union, the U.S. and the ' +
      "US; the African Union, the People's Republic, Côte d’Ivoire, 𝔄rcadia League and 𝔄rcadia; Unionist, USA.";
    expect(find(altTrie(phrases), text)).toEqual(find(alt(phrases), text));
    expect(find(altTrie(phrases), text).map(([, s]) => s)).toContain('United Nations Security Council');
  });

  it('shares prefixes, so the source is shorter than the flat alternation', () => {
    const source = altTrie(phrases);
    expect(source.length).toBeLessThan(alt(phrases).length);
    expect(source).toContain('ted (?:Nations(?: Security Council)?|Kingdom)');
  });

  it('matches nothing that no phrase is', () => {
    expect(find(altTrie(phrases), 'Unite Nations, Africa, People, Côte')).toEqual([]);
  });

  // perf28: branches opening with caseless characters and written alike share one class.
  const quoted = [
    "Children's Fund",
    'Children’s Fund',
    "People's Party",
    'People’s Party',
    'People-s Pact',
    'Group of 7',
    'Group of 8',
    'Group of 20',
    'Peoples',
  ];
  const quotedText =
    "The Children's Fund, the Children’s Fund, the People’s Party, the People-s Pact, the Group of 8, " +
    'the Group of 20, the Group of 9, Peoples, the People`s Party.';

  it('writes caseless first characters with the same rest as one class, with the same matches', () => {
    const source = altTrie(quoted);
    expect(source).toContain("['’]s Party");
    expect(source).toContain("Children['’]s Fund");
    expect(source).toContain('[78]');
    expect(source).toContain("People(?:['’]s Party|-s Pact|s)");
    expect(source).not.toContain("(?:'s Fund|’s Fund)");
    expect(find(source, quotedText)).toEqual(find(alt(quoted), quotedText));
    expect(find(source, quotedText).map(([, s]) => s)).toEqual([
      "Children's Fund",
      'Children’s Fund',
      'People’s Party',
      'People-s Pact',
      'Group of 8',
      'Group of 20',
      'Peoples',
    ]);
  });

  it('writes a trie ending in the empty branch as an optional group, one character as "x?"', () => {
    const plural = ['Afghan', 'Afghans', 'Chinese', 'China', 'Chin', 'U.S', 'U.S.', 'Gaza', 'Gazan'];
    const source = altTrie(plural);
    expect(source).toContain('Afghans?');
    expect(source).toContain('U\\.S\\.?');
    expect(source).toContain('Chin(?:ese|a)?');
    expect(source).not.toContain('|)');
    const text = 'Afghans and an Afghan; the Chinese, China, Chin, Chinatown; the U.S. and U.S; Gazans, Gazan, Gaza.';
    expect(find(source, text)).toEqual(find(alt(plural), text));
    expect(find(source, text).map(([, s]) => s)).toEqual([
      'Afghans',
      'Afghan',
      'Chinese',
      'China',
      'Chin',
      'U.S.',
      'U.S',
      'Gazan',
      'Gaza',
    ]);
  });

  it('keeps letters apart, so the i flag finds the same matches', () => {
    const cased = ['Ab', 'ab', 'Bc', 'bc', 'aX', 'AY'];
    expect(altTrie(cased)).not.toMatch(/\[/);
    const text = 'AB ab bC Ax ay ay';
    const all = (source: string) => [...text.matchAll(new RegExp(source, 'gi'))].map((m) => [m.index, m[0]]);
    expect(all(altTrie(cased))).toEqual(all(alt(cased)));
  });
});

describe('firstCharExec', () => {
  const words = ['Kenya', "Kenya's", 'Kenyan', 'New Zealand', 'NATO', 'Ñandú Council', '𝔄rcadia'];
  const source = (w: string) => `^(${w})(?:['’]s)?[^\\S\\n]+`;
  const one = new RegExp(source(alt(words)), 'u');
  const exec = firstCharExec(words, source, 'u');

  it('gives the same match and groups as the one regex of all the words', () => {
    for (const s of ["Kenya's Cabinet", 'Kenyan President', 'New Zealand’s Minister', 'NATO Secretary', '𝔄rcadia x'])
      expect([...exec(s)!]).toEqual([...one.exec(s)!]);
    expect(exec("Kenya's Cabinet")![1]).toBe("Kenya's");
  });

  it('finds nothing where the one regex finds nothing', () => {
    for (const s of ['', 'Kenyans', 'the Kenyan', 'New Zealander', 'Ñandú', 'Zambia President'])
      expect([exec(s), one.exec(s)]).toEqual([null, null]);
  });
});
