import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { splitSentences } from '../split.ts';
import { exportedRegexes } from './test-regexes.ts';
import { literalGate, literalNeed } from './literal-need.ts';

const words = (re: RegExp): readonly string[] | undefined => literalNeed(re)?.words;

/** Whether the need lets `s` through: a "no" must mean no match. */
const lets = (re: RegExp, s: string): boolean => {
  const need = literalNeed(re);
  return !need || need.holds(s);
};

describe('literalNeed (the literals every match needs, read from the source, perf24a)', () => {
  it('reads words, alternations, optional parts and joins exact pieces', () => {
    expect(words(/\b(?:led|headed|chaired)\s+by\b/)).toEqual(['led', 'headed', 'chaired']);
    expect(words(/\b[Tt]he\s+agreements?\b/)).toEqual(['agreement']);
    expect(words(/abc(?:d|e)?f/)).toEqual(['abcdf', 'abcef', 'abcf']);
    expect(words(/[’']s\s+visit/u)).toEqual(['visit']);
    expect(words(/on\s+behalf\s+of/)).toEqual(['behalf']);
    expect(words(/x(?:yz){2,3}/)).toEqual(['yz']);
  });
  it('reads a positive lookaround as a need of the text, a negative one as none', () => {
    expect(words(/(?<=signed\s)(\w+)/)).toEqual(['signed']);
    expect(words(/(?=[^.]*\btalks\b)\w+/)).toEqual(['talks']);
    expect(words(/(?!foo)\w+/)).toBeUndefined();
    expect(words(/(?<!un)signed/)).toEqual(['signed']);
  });
  it('knows no need where a branch, an optional part or a class can do without one', () => {
    expect(words(/talks|\p{Lu}\w+/u)).toBeUndefined();
    expect(words(/(?:the\s+)?\w+/)).toBeUndefined();
    expect(words(/[a-z]+\s+\d+/)).toBeUndefined();
    expect(words(/a?/)).toBeUndefined();
    expect(words(/(\w+)\s+\1/)).toBeUndefined();
  });
  it('gives up on what it cannot read (the v flag, modifiers, an odd escape)', () => {
    expect(literalNeed(new RegExp('[\\p{L}--[a-z]]talks', 'v'))).toBeUndefined();
    expect(words(new RegExp('\\u0041talks'))).toEqual(['talks']);
  });
  it('looks words of the i flag up in any case, "ſ" and the Kelvin sign as the flags match them', () => {
    const re = /\bmasks\b/iu;
    expect(literalNeed(re)).toMatchObject({ words: ['masks'], lower: true });
    for (const s of ['MASKS', 'Masks', 'maſks', 'MAS\u212AS']) {
      expect(re.test(s)).toBe(true);
      expect(lets(re, s)).toBe(true);
    }
    expect(lets(re, 'no such word')).toBe(false);
    // Other letters are looked up with the pattern's own case flags: they fold as they fold in it.
    expect(words(/\bΣΑΣ\b/iu)).toEqual(['ΣΑΣ']);
    expect(lets(/\bΣΑΣ\b/iu, 'σας')).toBe(true);
    expect(lets(/\bΣΑΣ\b/iu, 'σα')).toBe(false);
    expect(words(/\bcôte\b/iu)).toEqual(['côte']);
  });
  it('keeps case without the i flag', () => {
    expect(lets(/\bAgreement\b/, 'the agreement')).toBe(false);
    expect(lets(/\bAgreement\b/, 'the Agreement')).toBe(true);
  });
});

/** Made-up sentences in the readouts' manner (and near misses: words cut, cased otherwise, "ſ"). */
const MADE_UP = [
  'The delegation of Norway was headed by State Secretary Anne Berg, who signed the memorandum on behalf of Oslo.',
  'Foreign Minister Ruiz met his counterpart on the sidelines of the 12th ASEAN Summit in Jakarta on 3 May 2024.',
  'THE TWO MINISTERS DISCUSSED TRADE, THE CEASEFIRE AND THE ACCESSION OF MOLDOVA TO THE AGREEMENT.',
  'Also present were Ambassador Li and Deputy Minister Okafor; the talks were co-chaired by both envoys.',
  'They agreed to hold the third round of consultations in Geneva, the ſecond plenary meeting in Bern.',
  'headed, led, chaired, lead, head, chair, agree, agreem, negotiat, minist, summi, visi, accessio',
  '“We welcome the Kingdom’s decision,” the spokesperson said, and the Parties signed the Protocol.',
];

describe('literalGate (a call-site check from the need, perf25a)', () => {
  it('says no to a text lacking the words, yes to one holding them, in the pattern’s case', () => {
    const gate = literalGate(/\bnegotiat\w*\s+(?:on|for)\s+/i);
    expect(gate('The ministers met in Geneva. They spoke of trade.')).toBe(false);
    expect(gate('The ministers met in Geneva. NEGOTIATIONS on trade resumed.')).toBe(true);
    const cased = literalGate(/\baccompanied\s+by\b/g);
    expect(cased('He was Accompanied by X.')).toBe(false);
    expect(cased('She was accompanied by the minister.')).toBe(true);
  });

  it('lets every text through when the pattern needs no literal', () => {
    const gate = literalGate(/^\p{Lu}\p{Ll}+$/u);
    expect(gate('')).toBe(true);
    expect(gate('anything')).toBe(true);
  });
});

describe('literalNeed against the extractor’s own patterns', () => {
  it('never says "no" to a sentence holding a match, for every exported pattern, on the samples and made-up texts', async () => {
    const res = await exportedRegexes();
    const samples = join(import.meta.dirname, '..', 'samples');
    const texts = readdirSync(samples)
      .filter((f) => /\.(txt|md)$/.test(f) && !/^README/i.test(f))
      .sort()
      .filter((_, i) => i % 8 === 0)
      .flatMap((f) => splitSentences(readFileSync(join(samples, f), 'utf8')).map((s) => s.text));
    texts.push(...MADE_UP);
    let asked = 0;
    let skipped = 0;
    for (const re of res) {
      const need = literalNeed(re);
      if (!need) continue;
      const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
      for (const t of texts) {
        asked++;
        if (need.holds(t)) continue;
        skipped++;
        expect(plain.test(t), `${re} on "${t.slice(0, 60)}"`).toBe(false);
      }
    }
    // The check checks something: many patterns, many sentences skipped.
    expect(res.length).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(asked / 4);
  }, 120_000);
});
