// The fl24a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// release with surnames in capitals, a presidency's page on a ceasefire with an armed movement, a foreign ministry's
// release on a partnership agreement), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import type { GazetteerHit } from './gazetteer.ts';
import {
  capsSurnameMentions,
  datedLater,
  EVENT_PLANNED_DATED_LATER,
  hyphenMovementHits,
  ORG_HYPHEN_ACRONYM_MOVEMENT,
  ORG_NOT_LEADING_ARTICLE_OR_ENVOYS,
  PART_OF_NOT_OTHER_YEAR,
  PERSON_CAPS_SURNAME,
  REACHED_AT_NOT_LAUNCHED,
  toldOtherYear,
  withoutLeadingEnvoys,
} from './rules-fl24a.ts';
import { entityFacts, eventFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const hit = (name: string, start: number): GazetteerHit => ({
  type: 'Organization',
  name,
  surface: name,
  start,
  end: start + name.length,
  demonym: false,
});

describe(ORG_HYPHEN_ACRONYM_MOVEMENT.id, () => {
  it('reads a word joined to an acronym by a hyphen after "the" as a movement, every time it stands', () => {
    const text = 'Talks between the Government and the Umoja-FDL resumed. Umoja-FDL fighters will gather in camps.';
    const hits = hyphenMovementHits(text, []);
    expect(hits.map((h) => [h.name, text.slice(h.start, h.end)])).toEqual([
      ['Umoja-FDL', 'Umoja-FDL'],
      ['Umoja-FDL', 'Umoja-FDL'],
    ]);
    expect(hyphenMovementHits('the leader of the MRD-FPK, Mr Tomas Arno', []).map((h) => h.name)).toEqual(['MRD-FPK']);
  });

  it('leaves pairs of known names, meeting modifiers, words with digits and words without "the"', () => {
    const text = 'the EU-CELAC summit and the Kora-ZTB summit';
    expect(hyphenMovementHits(text, [hit('EU', 4), hit('CELAC', 7)])).toEqual([]);
    expect(hyphenMovementHits('the Kora-ZTB talks were held', [])).toEqual([]);
    expect(hyphenMovementHits('the COVID-19 pandemic', [])).toEqual([]);
    expect(hyphenMovementHits('Umoja-FDL fighters left.', [])).toEqual([]);
    expect(hyphenMovementHits('the Non-Aligned states', [])).toEqual([]);
  });

  it('makes the movement a party to the ceasefire it signs and the side its negotiator speaks for', () => {
    const f = roleFacts(
      'The Government of Chad and the Umoja-FDL signed the Comprehensive Ceasefire Agreement in Arusha. The Government delegation was led by the Minister of the Interior, General Paul Kaze, who negotiated on behalf of the Government; the Umoja-FDL side was represented by its spokesman, Mr Pascal Ndore.',
    );
    expect(f.rels.has('PARTY_TO|Umoja-FDL|Comprehensive Ceasefire Agreement')).toBe(true);
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Pascal Ndore|Umoja-FDL');
  });
});

describe(PERSON_CAPS_SURNAME.id, () => {
  const taken = { overlaps: () => false };

  it('finds the capitalised surname standing alone after a full name that ends with it', () => {
    const text = 'His Excellency Jean MBALLA met the envoy. President MBALLA then left; Mr NDO KEMBE stayed.';
    const found = capsSurnameMentions(text, [['Jean MBALLA'], ['Rose NDO KEMBE']], taken);
    expect(found[0]!.map((m) => text.slice(m.start, m.end))).toEqual(['MBALLA', 'MBALLA']);
    expect(found[1]!.map((m) => m.surface)).toEqual(['NDO KEMBE']);
  });

  it('leaves shared surnames, short ones, capitals inside a heading and names without a capitalised surname', () => {
    const text = 'PRESIDENCY OF MBALLA REPUBLIC. President MBALLA spoke. Mr LI left. Mr Tanaka came.';
    expect(capsSurnameMentions(text, [['Jean MBALLA'], ['Paul MBALLA']], taken)).toEqual([[], []]);
    expect(capsSurnameMentions(text, [['Wei LI']], taken)).toEqual([[]]);
    expect(capsSurnameMentions(text, [['Jean MBALLA']], taken)[0]!.map((m) => m.start)).toEqual([
      text.indexOf('President MBALLA') + 10,
    ]);
    expect(capsSurnameMentions(text, [['Ken Tanaka']], taken)).toEqual([[]]);
  });

  it('lets "on behalf of" after the bare capitalised surname give the signatory his side', () => {
    const f = roleFacts(
      'The Head of State, His Excellency Jean MBALLA, received His Excellency Victor OKORO, President of the Republic of Ghana. President MBALLA signed the Accord on behalf of the Republic of Cameroon and President OKORO on behalf of the Republic of Ghana.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Jean Mballa|Cameroon');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Victor Okoro|Ghana');
    const people = [...entityFacts('His Excellency Jean MBALLA arrived. President MBALLA spoke.').names].filter((n) =>
      n.startsWith('Person|'),
    );
    expect(people).toEqual(['Person|Jean Mballa']);
  });
});

describe(ORG_NOT_LEADING_ARTICLE_OR_ENVOYS.id, () => {
  it('drops an opening article or the envoys of a body from the front of its name', () => {
    expect(withoutLeadingEnvoys(0, 'An African Union special task force')).toEqual({
      s: 3,
      name: 'African Union special task force',
    });
    expect(withoutLeadingEnvoys(10, 'Representatives of the African Union').name).toBe('African Union');
    expect(withoutLeadingEnvoys(0, 'Observers from the Pacific Islands Forum').name).toBe('Pacific Islands Forum');
  });

  it('keeps names that only begin like them', () => {
    expect(withoutLeadingEnvoys(0, 'Asian Development Bank').name).toBe('Asian Development Bank');
    expect(withoutLeadingEnvoys(0, 'Representatives Committee').name).toBe('Representatives Committee');
    expect(withoutLeadingEnvoys(0, 'Arab League').name).toBe('Arab League');
  });

  it('names the body itself in a sentence, not its envoys or the article', () => {
    const f = entityFacts(
      'Representatives of the Asian Development Bank were present. An Asian Development Bank team will visit Dili.',
    );
    expect(f.names.has('Organization|Asian Development Bank')).toBe(true);
    expect([...f.names].some((n) => /Representatives|^Organization\|An /.test(n))).toBe(false);
  });
});

describe('person.not-name-vocabulary (fl24a words) and office portfolio "Safety"', () => {
  it('reads no person in an agreement or body name ending in "Peace" or "Mechanism"', () => {
    const f = entityFacts(
      'The Agreement of Principles towards Lasting Peace was signed. A Joint Verification and Monitoring Mechanism will be set up.',
    );
    expect([...f.names].filter((n) => n.startsWith('Person|'))).toEqual([]);
  });

  it('reads "Minister of Safety and Security of the Republic of South Africa" after a name', () => {
    const f = entityFacts(
      'The talks were facilitated by Mr Daniel Mokoena, Minister of Safety and Security of the Republic of South Africa.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Daniel Mokoena|Minister of Safety and Security of South Africa')).toBe(true);
  });
});

describe(PART_OF_NOT_OTHER_YEAR.id, () => {
  it('reads a year told as a time other than the readout’s', () => {
    expect(
      toldOtherYear('Talks were launched in New York in September 2018, on the margins of the Assembly.', '2023-11-15'),
    ).toBe(true);
    expect(toldOtherYear('The forum has met since 2019 on the sidelines of the summit.', '2023-11-15')).toBe(true);
  });

  it('leaves the readout’s own year, a sentence with no year and a readout without a date', () => {
    expect(toldOtherYear('In September 2023, on the margins of the Assembly, they met.', '2023-11-15')).toBe(false);
    expect(toldOtherYear('On the margins of the Assembly, they met.', '2023-11-15')).toBe(false);
    expect(toldOtherYear('The 2018 plan was recalled on the margins of the summit.', '2023-11-15')).toBe(false);
    expect(toldOtherYear('Talks began in 2018 on the margins of the summit.', undefined)).toBe(false);
  });

  it('makes the readout’s meeting no part of a gathering told in another year', () => {
    const f = eventFacts(
      'President Ana Duarte and Prime Minister Karl Lind signed the Trade Agreement in Lisbon today. Negotiations were launched in New York in September 2019, on the margins of the United Nations General Assembly.',
      '2024-05-03',
    );
    expect(f.of('PART_OF')).toEqual([]);
    expect(f.of('PARTICIPATED_IN').filter((r) => /General Assembly/.test(r))).toEqual([]);
    expect(f.of('REACHED_AT').filter((r) => /General Assembly/.test(r))).toEqual([]);
  });

  it('still makes a meeting of the readout’s year part of the gathering', () => {
    const f = eventFacts(
      'President Ana Duarte met Prime Minister Karl Lind in New York in May 2024, on the margins of the United Nations General Assembly.',
      '2024-05-03',
    );
    expect(f.of('PART_OF').length).toBe(1);
  });
});

describe(EVENT_PLANNED_DATED_LATER.id, () => {
  it('dates an event told with a later month and year, or a later year, after the readout', () => {
    expect(datedLater(' in October 2024.', '2023-11-15')).toBe(true);
    expect(datedLater(', to be held in Apia in October 2024,', '2023-11-15')).toBe(true);
    expect(datedLater(' in 2025', '2023-11-15')).toBe(true);
  });

  it('leaves earlier dates, the readout’s month, a month without a year and a date told further on', () => {
    expect(datedLater(' in October 2022', '2023-11-15')).toBe(false);
    expect(datedLater(' in November 2023', '2023-11-15')).toBe(false);
    expect(datedLater(' in October', '2023-11-15')).toBe(false);
    expect(datedLater(' and the plans agreed in 2025', '2023-11-15')).toBe(false);
    expect(datedLater(' in 2025', undefined)).toBe(false);
  });

  it('gives nobody a part in a meeting dated after the readout', () => {
    const f = eventFacts(
      'President Ana Duarte held a bilateral meeting with Prime Minister Karl Lind, at which they discussed the preparations for the Pacific Islands Forum Leaders Meeting in September 2025.',
      '2024-05-03',
    );
    expect(f.of('PARTICIPATED_IN').filter((r) => /Forum/.test(r))).toEqual([]);
  });
});

describe(REACHED_AT_NOT_LAUNCHED.id, () => {
  it('reads launching verbs only', () => {
    expect(REACHED_AT_NOT_LAUNCHED.verb.test('launched')).toBe(true);
    expect(REACHED_AT_NOT_LAUNCHED.verb.test('began')).toBe(true);
    expect(REACHED_AT_NOT_LAUNCHED.verb.test('concluded')).toBe(false);
  });

  it('keeps the agreement reached where its negotiations were concluded', () => {
    const f = eventFacts(
      'The Ocean Partnership Agreement was signed in Suva today. Negotiations were concluded in May 2024 at the ministerial meeting in Nadi.',
      '2024-06-10',
    );
    expect(f.of('REACHED_AT').some((r) => /ministerial meeting/i.test(r))).toBe(true);
  });
});
