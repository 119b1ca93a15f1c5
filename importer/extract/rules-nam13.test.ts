// Unit tests of the nam13 round: short names of persons inside event names, on made-up sentences and names.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { conventionalShortName } from './rules-nam13.ts';
import { capitalFamilyName } from './titles.ts';

const events = (text: string) =>
  toExtractionOutput(extractText(text, { file: 'test.txt' }))
    .entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe('conventionalShortName (rule person.short-name-convention)', () => {
  const short = (n: string) => conventionalShortName(n.split(' '));
  it("keeps an Arabic given name with its father's name", () => {
    expect(short('Khalid bin Nasser Al Hamdan')).toBe('Khalid bin Nasser');
    expect(short('Faisal bin Turki bin Abdullah Al Rashid')).toBe('Faisal bin Turki');
    expect(short('Mariam bint Saeed Al Kaabi')).toBe('Mariam bint Saeed');
  });
  it('takes the first two words of a Gulf chain of family elements', () => {
    expect(short('Nawaf Al-Hamad Al-Khalid Al-Sabah')).toBe('Nawaf Al-Hamad');
    expect(short('Salem Jaber Al-Ahmad Al-Mubarak')).toBe('Salem Jaber');
  });
  it('reads a hyphened Korean given name as following the family name', () => {
    expect(short('Han Min-soo')).toBe('Han');
    expect(short('Chung Eui-yong')).toBe('Chung');
  });
  it('leaves other names alone', () => {
    expect(short('Abdel Karim El-Hadidi')).toBeUndefined(); // one family element: the family name
    expect(short('Omar Al Nuaimi')).toBeUndefined();
    expect(short('Anna Keller-Sutter')).toBeUndefined(); // a double surname, capitalised
    expect(short('Jean-Luc Martin')).toBeUndefined();
    expect(short('Ben Carter')).toBeUndefined();
    expect(short('Luis de la Fuente')).toBeUndefined();
  });
});

describe('short names in event names built from two people', () => {
  it("names a Gulf minister by given and father's name", () => {
    expect(
      events(
        'Minister of Foreign Affairs Khalid bin Nasser Al Hamdan held talks with Foreign Minister Anna Kovac of Austria in Vienna on 3 May 2024.',
      ).some((n) => /\bKhalid bin Nasser\b/.test(n) && !/\bHamdan\b/.test(n)),
    ).toBe(true);
  });
  it('names a Korean minister by the family name a hyphened given name follows', () => {
    const names = events(
      'Foreign Minister Han Min-soo held talks with Foreign Minister Anna Kovac of Austria in Vienna on 3 May 2024.',
    );
    expect(names.some((n) => /^Han-Kovac\b/.test(n))).toBe(true);
    expect(names.some((n) => /Min-soo-Kovac/.test(n))).toBe(false);
  });
  it('prefers the one-word form the readout uses later over the convention', () => {
    const names = events(
      'Minister of Foreign Affairs Khalid bin Nasser Al Hamdan held talks with Foreign Minister Anna Kovac of Austria in Vienna on 3 May 2024. Minister Hamdan thanked Minister Kovac for the invitation.',
    );
    expect(names.some((n) => /^Hamdan-Kovac\b/.test(n))).toBe(true);
    expect(names.some((n) => /bin Nasser/.test(n))).toBe(false);
  });
});

describe('capitalFamilyName (rule office.capital-family-name)', () => {
  it('reads a family name in capitals that one given name closes', () => {
    expect(capitalFamilyName('KIHARA Minoru held a meeting')).toBe(true);
    expect(capitalFamilyName('TANAKA Emi, who')).toBe(true);
  });
  it('leaves acronyms of the complement alone', () => {
    expect(capitalFamilyName('FCDO Affairs Anne Marie')).toBe(false); // a complement word closes it
    expect(capitalFamilyName('OSCE Helga Schmid said')).toBe(false); // two capitalised words follow
    expect(capitalFamilyName('SDF Joint Staff')).toBe(false);
    expect(capitalFamilyName('Kihara Minoru held')).toBe(false);
  });
  it('ends a title complement before the name, so the person and the event keep the family name', () => {
    const out = toExtractionOutput(
      extractText(
        "Japan's Minister of Defense TANAKA Emi held a meeting with Defence Minister Pavel Horak of Poland in Tokyo on 3 May 2024.",
        { file: 'test.txt' },
      ),
    );
    const names = out.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('Person:Emi Tanaka');
    expect(names.some((n) => /^Office:.*TANAKA/.test(n))).toBe(false);
    expect(names.some((n) => /^Event:(Tanaka-Horak|Horak-Tanaka)\b/.test(n))).toBe(true);
  });
});
