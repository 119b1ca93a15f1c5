// Unit tests of office title parsing and office naming.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { splitSentences } from '../split.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { mayBeCapital } from './text.ts';
import { lowerTitleAfterNone, normaliseTitle, officeName, parseTitleAt, titleStarts } from './titles.ts';

const parse = (text: string, lower = false) => parseTitleAt(text, 0, findGazetteerHits(text), lower);

describe('parseTitleAt', () => {
  it('splits the owner off "of <state>" and keeps the portfolio', () => {
    const t = parse('Minister for Foreign Affairs of Japan, said')!;
    expect(t.title).toBe('Minister for Foreign Affairs');
    expect(t.owner).toEqual({ type: 'State', name: 'Japan' });
    expect(parse('Deputy Minister of Foreign Affairs of the Russian Federation')!.owner?.name).toBe('Russia');
  });

  it('reads a title that starts with a lowercase owner prefix, and none at other lowercase words (perf21a gate)', () => {
    const t = parse('the Maldives Foreign Minister Moosa Zameer')!;
    expect(t.title).toBe('Foreign Minister');
    expect(t.owner?.name).toBe('Maldives');
    expect(parse('said Foreign Minister Moosa Zameer')).toBeUndefined();
    expect(parse('special envoy for Yemen')).toBeUndefined();
    expect(parse('special envoy for Yemen', true)!.title).toMatch(/^Special envoy/i);
  });

  it('reads a demonym or state prefix as the owner', () => {
    const t = parse('Russian Foreign Minister Sergei Lavrov')!;
    expect(t.title).toBe('Foreign Minister');
    expect(t.owner?.name).toBe('Russia');
    expect(parse('U.S. President Donald Trump')!.owner?.name).toBe('United States');
  });

  it('stops before a name and keeps a principal', () => {
    const t = parse('Special Representative for the President and the Japanese side')!;
    // One office however the text links envoy and principal: "for the President" and "of President" → "of the".
    expect(t.title).toBe('Special Representative of the President');
    expect(t.written).toBe('Special Representative for the President');
    expect(t.principal).toBe('President');
    expect(parse('Special Envoy of President Rodrigo Roa Duterte')!.title).toBe('Special Envoy of the President');
    expect(parse('Prime Minister of Israel Benjamin Netanyahu')!.surface).toBe('Prime Minister of Israel');
  });

  it('does not read a possessive as a title ("the Prime Minister\'s envoy")', () => {
    expect(parse("Prime Minister's envoy")).toBeUndefined();
  });

  it("reads a title's words once per form, each parse with its own result (perf30a)", () => {
    // The same words with and without an owner prefix: "foreign minister" is an office only after an owner.
    expect(parse("Kenya's foreign minister Musalia Mudavadi")!.title).toBe('Foreign Minister');
    expect(parse('foreign minister Musalia Mudavadi', true)).toBeUndefined();
    // A lowercase head alone needs an owner, whether the form is read for the first time or again.
    for (let i = 0; i < 2; i++) {
      expect(parse('head of the delegation', true)).toBeUndefined();
      expect(parse('head of the Federal Department of Foreign Affairs (FDFA) said', true)!.title).toMatch(/^head/i);
    }
    // An acronym title and a national title keep their owners on every read; a change to one result is not seen later.
    const first = parse('SRSG for Libya Hanna Tetteh')!;
    expect(first.title).toMatch(/^Special Representative of the Secretary-General\b/);
    expect(first.owner).toEqual({ type: 'Organization', name: 'United Nations' });
    first.owner!.name = 'changed';
    first.title = 'changed';
    expect(parse('SRSG for Libya Hanna Tetteh')).toMatchObject({
      title: first.surface.replace('SRSG', 'Special Representative of the Secretary-General'),
      owner: { type: 'Organization', name: 'United Nations' },
    });
    expect(parse('Apostolic Nuncio to Kenya Archbishop X')!.owner?.name).toBe('Vatican City');
    expect(parse('Apostolic Nuncio to Kenya Archbishop X')!.owner?.name).toBe('Vatican City');
    expect(parse('High Representative Kaja Kallas')!.owner?.name).toBe('European Union');
    expect(parse('Russian High Representative X')!.owner?.name).toBe('Russia');
  });
});

describe('normaliseTitle', () => {
  it('leaves a portfolio "for" alone', () => {
    expect(normaliseTitle('Minister for Foreign Affairs')).toBe('Minister for Foreign Affairs');
    expect(normaliseTitle('Adviser to President')).toBe('Adviser to the President');
  });
});

describe('officeName', () => {
  it('completes the title with its owner, before "to <state>"', () => {
    expect(officeName({ title: 'Prime Minister' }, 'Japan')).toBe('Prime Minister of Japan');
    expect(officeName({ title: 'Ambassador to the United States' }, 'China')).toBe(
      'Ambassador of China to the United States',
    );
  });
});

describe('lowerTitleAfterNone (perf31)', () => {
  /** At every capitalised word start of `text` where the parse with `lower` false gives none: both answers. */
  const pairs = (text: string) => {
    const hits = findGazetteerHits(text);
    return splitSentences(text).flatMap((s) =>
      titleStarts(s.text, s.start)
        .filter((p) => mayBeCapital(text, p) && !parseTitleAt(text, p, hits))
        .map((p) => ({ p, got: lowerTitleAfterNone(text, p, hits), want: parseTitleAt(text, p, hits, true) })),
    );
  };

  it('reads a lowercase head after an owner prefix, as the parse with lowercase heads does', () => {
    const text =
      'Beijing sent the Chinese ambassador, Li Wei, and Kenya’s chief negotiator Amina Odhiambo to the talks.';
    const found = pairs(text).filter((x) => x.want);
    expect(found.map((x) => x.got?.title)).toEqual(['Ambassador', 'Chief negotiator']);
    for (const x of found) expect(x.got).toEqual(x.want);
  });

  it('gives none where the parse with lowercase heads gives none: capitalised words, states, titles cut off', () => {
    const text =
      'The Joint Declaration of Freedonia and Sylvania was signed in Geneva by the Parties on Monday. ' +
      'Chinese officials met the Kenyan side; the French Republic and European Union welcomed it.';
    const all = pairs(text);
    expect(all.length).toBeGreaterThan(10);
    for (const x of all) expect(x.got).toEqual(x.want);
    expect(all.every((x) => x.got === undefined)).toBe(true);
  });

  it('answers as the parse with lowercase heads at every such word of the samples', () => {
    const dir = join(import.meta.dirname, '..', 'samples');
    let asked = 0;
    let titles = 0;
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/i.test(n) && !/^README/i.test(n))) {
      for (const x of pairs(readFileSync(join(dir, f), 'utf8'))) {
        asked++;
        if (x.want) titles++;
        expect(x.got).toEqual(x.want);
      }
    }
    expect(asked).toBeGreaterThan(5000);
    expect(titles).toBeGreaterThan(0);
  });
});
