// The fl32b round's tests (issue 6): constructions shown by three first-look samples in the house styles of
// international bodies (the Eurasian Economic Commission's plain-text news on a free trade agreement signed during an
// intergovernmental council, the Benelux Union's web page on a treaty signed by three states' ministers, OPEC's Markdown
// release on a ministerial meeting), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { extractFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const holds = (text: string) =>
  madeUpRelations(text)
    .of('HOLDS_OFFICE')
    .map((r) => `${r.from}|${r.to}`);
const people = (text: string) =>
  extractFacts(text)
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('person.he-style', () => {
  it('drops "HE" before a name as it drops "H.E."', () => {
    const text =
      'News from Vienna\n\nThe meeting was held under the chairmanship of HE Tomas Verel, Minister of Energy of Chile, and attended by HE Ana Lopes, Minister of Mines of Peru.';
    expect(people(text)).toEqual(expect.arrayContaining(['Tomas Verel', 'Ana Lopes']));
    const h = holds(text);
    expect(h).toContain('Tomas Verel|Minister of Energy of Chile');
    expect(h).toContain('Ana Lopes|Minister of Mines of Peru');
  });

  it('drops "HE" before a title and name', () => {
    const h = holds('News from Doha\n\nHE Minister of Foreign Affairs of Chile Tomas Verel met the delegation today.');
    expect(h).toContain('Tomas Verel|Minister of Foreign Affairs of Chile');
  });

  it('never takes the pronoun "he" or "He" for a style', () => {
    const names = people(
      'News from Lima\n\nThe Minister of Finance of Peru, Ana Lopes, met Tomas Verel. He thanked Tomas Verel, and he Ana Lopes welcomed.',
    );
    expect(names.some((n) => /^he\b/i.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Ana Lopes', 'Tomas Verel']));
  });
});

const negotiatesFor = (text: string) =>
  madeUpRelations(text)
    .of('NEGOTIATES_FOR')
    .map((r) => `${r.from}|${r.to}`);

describe('negotiates-for.fronted-for-side and office.fronted-side-owner', () => {
  const three =
    'News from Brussels\n\nThe ministers of Chile, Peru and Ecuador signed a treaty on police cooperation today. For Chile the treaty was signed by Tomas Verel, Deputy Prime Minister and Minister of the Interior, and by Ana Lopes, Minister of Justice.';

  it('gives the signatories after "by" the side the sentence opens with', () => {
    const n = negotiatesFor(three);
    expect(n).toContain('Tomas Verel|Chile');
    expect(n).toContain('Ana Lopes|Chile');
  });

  it('gives their bare titles that state, among several states', () => {
    const h = holds(three);
    expect(h).toContain('Tomas Verel|Deputy Prime Minister of Chile');
    expect(h).toContain('Ana Lopes|Minister of Justice of Chile');
  });

  it('reads an organisation side too', () => {
    const n = negotiatesFor(
      'News from Apia\n\nFor the African Union, the agreement was signed by Tomas Verel, Commissioner for Trade.',
    );
    expect(n).toContain('Tomas Verel|African Union');
  });

  it('stops at another side or a witness', () => {
    const n = negotiatesFor(
      'News from Lima\n\nThe ministers of Chile and Peru met today. For Chile the agreement was signed by Tomas Verel, Minister of Finance, in the presence of Ana Lopes, Minister of Trade of Peru.',
    );
    expect(n).toContain('Tomas Verel|Chile');
    expect(n).not.toContain('Ana Lopes|Chile');
    const h = holds(
      'News from Lima\n\nThe ministers of Chile and Peru met today. For Chile the agreement was signed by Tomas Verel, Minister of Finance, while Peru was represented by Ana Lopes, Minister of Trade.',
    );
    expect(h).not.toContain('Ana Lopes|Minister of Trade of Chile');
  });

  it('reads no side from a "For" that opens no signing', () => {
    const n = negotiatesFor(
      'News from Lima\n\nThe ministers of Chile and Peru met today. For Chile, the meeting was a success, said Tomas Verel, Minister of Finance.',
    );
    expect(n).not.toContain('Tomas Verel|Chile');
  });
});

describe('negotiates-for.fronted-behalf-list and office.fronted-side-owner', () => {
  const text =
    'News from Brussels\n\nThe ministers of Chile, Peru and Ecuador signed a treaty today. On behalf of the Republic of Peru, the Deputy Prime Minister and Minister of the Interior, Tomas Verel, and the Minister of Justice, Ana Lopes, put their signatures to the text.';

  it('gives every listed signatory the side', () => {
    const n = negotiatesFor(text);
    expect(n).toContain('Tomas Verel|Peru');
    expect(n).toContain('Ana Lopes|Peru');
  });

  it('gives their bare titles the fronted state, not the first one named', () => {
    const h = holds(text);
    expect(h).toContain('Tomas Verel|Deputy Prime Minister of Peru');
    expect(h).toContain('Ana Lopes|Minister of Justice of Peru');
    expect(h).not.toContain('Ana Lopes|Minister of Justice of Chile');
  });

  it('does not pass a clause between two people', () => {
    const n = negotiatesFor(
      'News from Brussels\n\nOn behalf of the Republic of Peru, the Minister of the Interior, Tomas Verel, signed the treaty, which Ana Lopes, Minister of Justice, welcomed.',
    );
    expect(n).toContain('Tomas Verel|Peru');
    expect(n).not.toContain('Ana Lopes|Peru');
  });
});

describe('person.not-common-plural (Countries, Economies)', () => {
  it('makes no person of "the OPEC Member Countries" or "the APEC Member Economies"', () => {
    const text =
      'News from Vienna\n\nThe ministers of the OPEC Member Countries and of the APEC Member Economies met Ana Lopes, Minister of Energy of Chile.';
    expect(people(text)).toEqual(['Ana Lopes']);
    expect(holds(text)).toEqual(['Ana Lopes|Minister of Energy of Chile']);
  });

  it('still reads a person named after a title', () => {
    expect(people('News from Vienna\n\nThe meeting was opened by Member of Parliament Ana Lopes.')).toContain(
      'Ana Lopes',
    );
  });
});

describe('party-to.signatory-side', () => {
  const parties = (text: string) =>
    madeUpRelations(text)
      .of('PARTY_TO')
      .map((r) => `${r.from}|${r.to}`);

  it('makes the side each signatory acts for a party to the one agreement signed', () => {
    const p = parties(
      'Ministers sign new Andean Community Police Treaty\n\nThe ministers of justice of Chile, Peru and Ecuador today signed a new Andean Community treaty on police cooperation in Lima. On behalf of the Republic of Peru, the Minister of Justice, Ana Lopes, put her signature to the text. Chile was represented by the Minister of the Interior, Tomas Verel.',
    );
    expect(p).toEqual(
      expect.arrayContaining(['Chile|Andean Community Police Treaty', 'Peru|Andean Community Police Treaty']),
    );
    expect(p).not.toContain('Ecuador|Andean Community Police Treaty');
  });

  it('adds no party from a meeting that is no signing', () => {
    const rules = madeUpRelations(
      'News from Lima\n\nThe Ministers of Foreign Affairs of Chile and Peru met in Lima today and adopted the Lima Declaration. Uruguay was represented by its Minister of Trade, Tomas Verel.',
    ).rels.filter((r) => r.rule === 'party-to.signatory-side');
    expect(rules).toEqual([]);
  });
});

describe('office.government-organ-head and the Eurasian Economic Commission', () => {
  it('keeps "of the Government" in a government head\'s title', () => {
    const h = holds(
      'News from Moscow\n\nThe agreement was welcomed by the Chairman of the Government of the Russian Federation Tomas Verel and the President of the Government of Spain Ana Lopes.',
    );
    expect(h).toContain('Tomas Verel|Chairman of the Government of Russia');
    expect(h).toContain('Ana Lopes|President of the Government of Spain');
    expect(h).not.toContain('Ana Lopes|President of Spain');
  });

  it('leaves other titles before "the Government of X" alone', () => {
    const h = holds(
      'News from Lima\n\nThe Minister of Finance of the Government of Peru, Ana Lopes, and the President of Chile, Tomas Verel, met.',
    );
    expect(h).toContain('Tomas Verel|President of Chile');
    expect(h.some((x) => x.startsWith('Ana Lopes|Minister of Finance'))).toBe(true);
    expect(h.some((x) => x.includes('of the Government of the Government'))).toBe(false);
  });

  it("gives the Commission's Board titles the Commission", () => {
    const h = holds(
      'News from Moscow\n\nThe Chairman of the Board of the Eurasian Economic Commission Tomas Verel met the Minister of Trade of Serbia, Ana Lopes.',
    );
    expect(h).toContain('Tomas Verel|Chairman of the Board of the Eurasian Economic Commission');
  });
});
