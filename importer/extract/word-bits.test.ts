import { describe, expect, it } from 'vitest';

import { standsAsWord, triggerBits, wordBits, wordsIn } from './word-bits.ts';

describe('wordBits (the trie of trigger words and stems, perf20a)', () => {
  // Many words, so that the trie outgrows its first tables.
  const many = Array.from({ length: 200 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
  const words = ['led', 'lead', 'le', 'talks', 'co', '2024_a', 'x', ...many];
  const stems = ['negotiat', 'le', 'talk', 'co_'];
  // The bit of each trigger (a word and a stem of the same letters have two bits).
  const wordBit = new Map(words.map((w) => [w, triggerBits([w], [])[1]]));
  const stemBit = new Map(stems.map((s) => [s, triggerBits([], [s])[1]]));
  /** The bits as `wordsIn` defines them: each whole trigger word, and each stem some word starts with. */
  const reference = (lower: string): number[] => {
    const out = new Set<number>();
    for (const w of wordsIn(lower)) {
      if (wordBit.has(w)) out.add(wordBit.get(w)!);
      for (const [s, b] of stemBit) if (w.startsWith(s)) out.add(b);
    }
    return [...out].sort((a, b) => a - b);
  };
  const got = (lower: string): number[] => {
    const w = wordBits(lower, lower)!;
    const out: number[] = [];
    for (let b = 0; b < 32 * w.bits.length; b++) if (w.bits[b >> 5]! & (1 << (b & 31))) out.push(b);
    return out;
  };
  it('gives the bits of the whole words and stems of wordsIn, on chosen and random texts', () => {
    expect(got('he called the renegotiation, co-chaired by x (2024_a).')).toEqual(
      [wordBit.get('co'), wordBit.get('x'), wordBit.get('2024_a')].sort((a, b) => a! - b!),
    );
    const texts = [
      'led lead leader le l talks talk talking negotiator co co_op',
      'été led·talks ñle 2024_ab co_',
      '',
      many.join(' '),
    ];
    const alphabet = 'abcdeklnotwx_02 -·é.';
    let seed = 7;
    const pick = () => alphabet[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length];
    for (let n = 0; n < 500; n++) texts.push(Array.from({ length: 40 }, pick).join(''));
    for (const t of texts) expect(got(t), t).toEqual(reference(t));
  });
  it('standsAsWord finds a word of wordsIn, or a stem one starts with, as the bits do', () => {
    const alphabet = 'abcdelnotx_02 -·é.';
    let seed = 11;
    const pick = () => alphabet[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length];
    for (let n = 0; n < 500; n++) {
      const t = Array.from({ length: 30 }, pick).join('');
      const ws = wordsIn(t);
      for (const w of ['le', 'led', 'a', 'to', 'x_0', 'dot'])
        expect([standsAsWord(t, w, true), standsAsWord(t, w, false)], `${w} in ${t}`).toEqual([
          ws.includes(w),
          ws.some((x) => x.startsWith(w)),
        ]);
    }
  });
});
