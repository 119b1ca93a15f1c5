// The fl27b round's tests (issue 6): constructions shown by three first-look samples in new styles (a prime
// minister's office's media release on a hemispheric summit, a government's web page on the conclusion of an
// association agreement's negotiations, a prime minister's office's press release on the signing of a treaty), each
// rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { EVENT_DATELINE_HYPHEN_CUT, PERSON_COUNTERPART_FROM, withoutDatelineLead } from './rules-fl27b.ts';
import { entityFacts, eventFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const cut = (s: string) => {
  const m = Object.assign([s], { index: 10, input: s }) as unknown as RegExpExecArray;
  const r = withoutDatelineLead(m);
  return [r[0], r.index];
};

describe(EVENT_DATELINE_HYPHEN_CUT.id, () => {
  it('drops a dateline closed by a spaced hyphen or dash', () => {
    expect(cut('Sunday 19 April 2009 - The Fifth Summit')).toEqual(['The Fifth Summit', 33]);
    expect(cut('3 May 2021 – Third Ministerial Meeting')).toEqual(['Third Ministerial Meeting', 23]);
    expect(cut('April 3, 2021 - Third Ministerial Meeting')).toEqual(['Third Ministerial Meeting', 26]);
    expect(cut('Friday - Regional Summit')).toEqual(['Regional Summit', 19]);
  });

  it('keeps names whose hyphen joins sides, and names without a dateline', () => {
    expect(cut('ASEAN - Japan Summit')).toEqual(['ASEAN - Japan Summit', 10]);
    expect(cut('EU-Canada Summit')).toEqual(['EU-Canada Summit', 10]);
    expect(cut('Fifth Summit')).toEqual(['Fifth Summit', 10]);
  });

  it('names the summit after a dateline with a weekday and a hyphen, with "of the" and its body', () => {
    const f = eventFacts(
      'Port Louis, Tuesday 4 June 2024 - The Sixth Summit of the Indian Ocean Islands ended today with a declaration. Prime Minister Ravi Anand of Mauritius chaired the Summit.',
      '2024-06-04',
    );
    expect(f.names).toContain('Sixth Summit of the Indian Ocean Islands');
    expect(f.names.some((n) => /Tuesday|June/.test(n))).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Ravi Anand', 'Sixth Summit of the Indian Ocean Islands')).toBe(true);
  });

  it('runs "The <ordinal> Summit" at a sentence start on over "of the <body>"', () => {
    const f = eventFacts('The Ninth Summit of the Andean Peoples closed in Quito on Friday.');
    expect(f.names).toContain('Ninth Summit of the Andean Peoples');
    expect(eventFacts('The Summit of the Andean Peoples closed in Quito.').names).not.toContain(
      'Summit of the Andean Peoples closed',
    );
  });
});

describe(PERSON_COUNTERPART_FROM.id, () => {
  const src = 'Ministry of Foreign Affairs of Portugal';
  it('gives the state after "counterpart from" to the titled person that follows', () => {
    const f = entityFacts(
      'The Minister of Foreign Affairs, Rui Costa, met his counterpart from Slovenia, the Minister of Foreign and European Affairs, Ana Novak, in Lisbon.',
      src,
    );
    expect(f.rels.has('HOLDS_OFFICE|Ana Novak|Minister of Foreign and European Affairs of Slovenia')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Rui Costa|Minister of Foreign Affairs of Portugal')).toBe(true);
  });

  it('reads a title with commas inside, and "counterpart of"', () => {
    const f = entityFacts(
      'The Minister, Rui Costa, received his counterpart of Slovenia, the Minister of Foreign Affairs, Trade and Development, Ana Novak.',
      src,
    );
    expect(f.rels.has('HOLDS_OFFICE|Ana Novak|Minister of Foreign Affairs, Trade and Development of Slovenia')).toBe(
      true,
    );
  });

  it('leaves a demonym, a person without "counterpart", and a second person after ", and"', () => {
    const f = entityFacts(
      'The Minister of Foreign Affairs, Rui Costa, met the Minister of Finance, Ana Novak, in Lisbon.',
      src,
    );
    expect(f.rels.has('HOLDS_OFFICE|Ana Novak|Minister of Finance of Portugal')).toBe(true);
    const g = entityFacts(
      'Rui Costa met his counterpart from Slovenia, the Minister of Foreign Affairs, Ana Novak, and the Minister of Finance, Pedro Reis.',
      src,
    );
    expect(g.rels.has('HOLDS_OFFICE|Pedro Reis|Minister of Finance of Slovenia')).toBe(false);
  });
});

describe('office.portfolio-communication (lexicon)', () => {
  it('reads "Communication" as a portfolio inside a title with commas', () => {
    const f = entityFacts(
      'The delegation includes the Minister for Justice, Communication and Foreign Affairs, Hon. Tala Sopoaga.',
      'Government of Tuvalu',
    );
    expect(
      f.rels.has('HOLDS_OFFICE|Tala Sopoaga|Minister for Justice, Communication and Foreign Affairs of Tuvalu'),
    ).toBe(true);
  });
});

describe('event.not-title-or-body-head', () => {
  it('reads no event inside a title or a body named after a summit or conference', () => {
    const f = eventFacts(
      "The negotiations were chaired by Peru's National Summit Coordinator, Ambassador Ana Ruiz. The Joint Summit Working Group met in Lima, and the Conference Secretariat published the agenda.",
    );
    expect(f.names.some((n) => /National Summit$|^Joint Summit$|^Conference$/.test(n))).toBe(false);
  });

  it('keeps a summit followed by other words', () => {
    const f = eventFacts(
      'The Andean Summit, Chair of which rotates yearly, opened in Lima. The Lima Summit Declaration was adopted.',
    );
    expect(f.names).toContain('Andean Summit');
  });
});

describe('agreement.on-topic-not-behalf', () => {
  it('reads no subject after "on behalf of"', () => {
    const f = eventFacts(
      'The Prime Minister signed the Declaration on behalf of the thirty heads of state who took part in the Summit.',
    );
    expect(f.of('REACHED_AT').some((r) => /behalf/.test(r))).toBe(false);
  });

  it('still names a statement by its lowercase subject', () => {
    const f = eventFacts('At the Lima Summit, the leaders issued a Joint Statement on maritime cooperation.');
    expect(f.of('REACHED_AT').some((r) => /Joint Statement on maritime cooperation/.test(r))).toBe(true);
  });
});

describe('office.co-prince (lexicon)', () => {
  it('reads "Co-Prince" as a title before a name', () => {
    const f = entityFacts('The Co-Prince, Joan Serra, received the Head of Government.', 'Government of Andorra');
    expect(f.rels.has('HOLDS_OFFICE|Joan Serra|Co-Prince of Andorra')).toBe(true);
  });
});

describe('party-to.summit-participants', () => {
  const rule = 'party-to.summit-participants';
  it("gives a summit's declaration the states of those who took part, when no side is read", () => {
    const f = madeUpRelations(
      'The Third Summit of the Andean Peoples ended in Quito today with the adoption of the Quito Declaration, which the President of Ecuador, Ana Ruiz, signed on behalf of the leaders who took part. On Sunday, the President of Ecuador chaired a meeting with the President of Peru, Carlos Mora, the President of Chile, Luis Paz, and the President of Bolivia, Juan Soto, on the margins of the Summit.',
    );
    expect(f.byRule(rule).sort()).toEqual(
      ['Bolivia', 'Chile', 'Ecuador', 'Peru'].map((s) => `PARTY_TO|${s}|Quito Declaration`),
    );
  });

  it('leaves a declaration reached at no summit, and one whose sides are read', () => {
    const a = madeUpRelations(
      'The foreign ministers met in Quito today and adopted the Quito Declaration. The Minister of Foreign Affairs of Peru, Carlos Mora, and the Minister of Foreign Affairs of Chile, Luis Paz, took part.',
    );
    expect(a.byRule(rule)).toEqual([]);
    const b = madeUpRelations(
      'The Third Summit of the Andean Peoples ended in Quito today. On its margins Ecuador and Peru signed the Joint Declaration on Border Trade, with the President of Chile, Luis Paz, and the President of Bolivia, Juan Soto, present.',
    );
    expect(b.byRule(rule)).toEqual([]);
  });
});
