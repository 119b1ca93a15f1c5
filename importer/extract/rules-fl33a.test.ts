// The fl33a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// web page on a trilateral summit, a presidency's release on a ceasefire signed at a closing ceremony, a presidency's
// release on a state visit), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_TITLE_COMMA_SERIES_CLOSED,
  AGREEMENT_VENUE_HEADED,
  ceremonyOfOther,
  EVENT_CEREMONY_OF_EVENT,
  PARTICIPATED_HELD_QUALIFIED_WITH,
  PERSON_NOT_TITLE_SERIES_ITEM,
  REACHED_AT_DURING_WHICH_SIGNED,
  titleCommaSeriesClosedLink,
  titleSeriesItem,
  venueHeaded,
} from './rules-fl33a.ts';
import { agreementNames, eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const people = (text: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' })
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe(AGREEMENT_TITLE_COMMA_SERIES_CLOSED.id, () => {
  const link = new RegExp(`Agreement on \\p{Lu}\\p{L}*${titleCommaSeriesClosedLink('\\p{Lu}\\p{L}*', ' ')}`, 'u');

  it('links a series of capitalised words closed by "and" and the end of the title', () => {
    expect(link.test('the Agreement on Maritime, Customs and Border Security.')).toBe(true);
    expect(link.test('the Agreement on Maritime, Customs and Border Security between the two states')).toBe(true);
  });

  it('does not link when a clause verb follows the closing words', () => {
    expect(link.test('the Agreement on Fisheries, Norway and Iceland will meet again')).toBe(false);
    expect(link.test("the Agreement on Fisheries, Norway and Iceland's ministers")).toBe(false);
  });

  it('reads the whole title of a ceasefire signed by two sides', () => {
    const names = agreementNames(
      'In Caracas on 12 May, the two delegations signed the Agreement on the Humanitarian, Regional and Provisional Truce.',
    );
    expect(names).toContain('Agreement on the Humanitarian, Regional and Provisional Truce');
    expect(names).not.toContain('Agreement on the Humanitarian');
  });

  it('reads a framework title with "for" and a closing series', () => {
    const names = agreementNames(
      'The two delegations adopted the Northern Framework for Energy, Rural Roads and Clean Water, which runs to 2030.',
    );
    expect(names).toContain('Northern Framework for Energy, Rural Roads and Clean Water');
  });

  it('keeps the title cut when the series is a clause of its own', () => {
    const names = agreementNames(
      'Both leaders praised the Treaty of Friendship, Norway and Denmark will sign new protocols next year.',
    );
    expect(names).not.toContain('Treaty of Friendship, Norway and Denmark');
  });
});

describe(PERSON_NOT_TITLE_SERIES_ITEM.id, () => {
  it('reads no person in the series of a title', () => {
    const text =
      'The presidents recalled the Treaty of Friendship, Good Neighbourliness and Cooperation signed in 1994.';
    const p = text.indexOf('Good');
    expect(titleSeriesItem(text, p, p + 'Good Neighbourliness'.length)).toBe(true);
    expect(people(text)).not.toContain('Good Neighbourliness');
  });

  it('reads no person in the closing item after "and"', () => {
    const text = 'Both sides adopted the Southern Framework for Security, Public Health and Safe Borders last week.';
    const p = text.indexOf('Safe');
    expect(titleSeriesItem(text, p, p + 'Safe Borders'.length)).toBe(true);
  });

  it('keeps a name after a title when no series follows', () => {
    const text = 'They signed the Treaty of Friendship, Ambassador Mara Lind said on Tuesday.';
    const p = text.indexOf('Mara');
    expect(titleSeriesItem(text, p, p + 'Mara Lind'.length)).toBe(false);
    const text2 = 'During the official visit of Friendship, Mara Lind and Piet Hol, the two envoys, met in Oslo.';
    const q = text2.indexOf('Mara');
    expect(titleSeriesItem(text2, q, q + 'Mara Lind'.length)).toBe(false);
  });
});

describe(EVENT_CEREMONY_OF_EVENT.id, () => {
  it('makes the closing ceremony of a named round of talks an event of its own, beside the round', () => {
    const { names } = eventFacts(
      'The President of Norway, Ola Berg, attended on Friday the closing ceremony of the second round of the peace talks between the Government of Sudan and the SPLM-N, at which the two delegations signed a protocol.',
    );
    expect(names.some((n) => /^closing ceremony of the second round of the peace talks/.test(n))).toBe(true);
    expect(names.some((n) => /^second round of the peace talks/.test(n))).toBe(true);
  });

  it('makes the opening ceremony of a summit an event', () => {
    const { names } = eventFacts(
      'Tomorrow, Prime Minister Ana Lopes will attend the opening ceremony of the Lisbon Ocean Summit, where leaders will adopt a declaration.',
    );
    expect(names).toContain('opening ceremony of the Lisbon Ocean Summit');
  });

  it('makes no event of the opening ceremony of a building', () => {
    const { names } = eventFacts(
      'Prime Minister Ana Lopes attended the opening ceremony of the new Harbour Terminal, built with Japanese help.',
    );
    expect(names.some((n) => /ceremony of the new Harbour Terminal/.test(n))).toBe(false);
  });

  it('tells the ceremony apart from the gathering when merging longer forms', () => {
    expect(ceremonyOfOther('third cycle of the talks', 'closing ceremony of the third cycle of the talks')).toBe(true);
    expect(ceremonyOfOther('third cycle of the talks', 'third cycle of the talks in Havana')).toBe(false);
  });
});

describe(AGREEMENT_VENUE_HEADED.id, () => {
  it('reads no agreement in a hall named with an agreement head', () => {
    const names = agreementNames(
      'The two ministers met on Monday at the Santa Clara Protocol Hall in Havana to review the peace process.',
    );
    expect(names.some((n) => /Santa Clara Protocol/.test(n))).toBe(false);
    expect(venueHeaded('at the Santa Clara Protocol Hall', { surface: 'Santa Clara Protocol', start: 7 })).toBe(true);
  });

  it('keeps the agreement when no venue noun follows its head right away', () => {
    const names = agreementNames(
      'The two ministers signed the Santa Clara Protocol in a hall of the Foreign Ministry on Monday.',
    );
    expect(names).toContain('Santa Clara Protocol');
    expect(venueHeaded('the Santa Clara Protocol in a hall', { surface: 'Santa Clara Protocol', start: 4 })).toBe(
      false,
    );
  });
});

describe(REACHED_AT_DURING_WHICH_SIGNED.id, () => {
  it('ties an agreement signed in a "during which" clause to the visit the clause hangs on', () => {
    const { named } = extractFacts(
      'President Omar Rasulov welcomed President Aibek Toktomushev in Dushanbe. The President recalled his state visit to Bishkek on 2 May, during which he and President Aibek Toktomushev signed the Treaty on the State Border between the two countries.',
      { file: 'made-up.txt', date: '2025-06-01' },
      true,
    );
    const mine = named.filter((r) => r.rule === REACHED_AT_DURING_WHICH_SIGNED.id);
    expect(mine.map((r) => `${r.from}|${r.to}`)).toContain('Treaty on the State Border|state visit to Bishkek');
  });

  it('gives nothing when a clause with its own verb stands between the event and the cue', () => {
    const { named } = extractFacts(
      'The President recalled his state visit to Bishkek, which was a success in many ways, during which he and President Aibek Toktomushev signed the Treaty on the State Border.',
      { file: 'made-up.txt', date: '2025-06-01' },
      true,
    );
    expect(named.filter((r) => r.rule === REACHED_AT_DURING_WHICH_SIGNED.id)).toEqual([]);
  });
});

describe(PARTICIPATED_HELD_QUALIFIED_WITH.id, () => {
  const byRule = (text: string) =>
    extractFacts(text, { file: 'made-up.txt', date: '2025-06-01' }, true)
      .named.filter((r) => r.rule === PARTICIPATED_HELD_QUALIFIED_WITH.id)
      .map((r) => `${r.from}|${r.to}`);

  it('gives the meeting told in passing to "He" (the person of the sentence before) and the titled guest', () => {
    const rels = byRule(
      'Interior Minister Petar Vasilev of Bulgaria attended the meeting of interior ministers in Vienna. Minister Vasilev said Bulgaria would keep its border police in place. He also held a short bilateral conversation with Interior Minister Karl Huber of Austria on police cooperation.',
    );
    expect(rels).toContain('Petar Vasilev|short bilateral conversation');
    // the guest named by title and name is read by older rules too (the fact keeps their id)
    const all = extractFacts(
      'Interior Minister Petar Vasilev of Bulgaria attended the meeting of interior ministers in Vienna. He also held a short bilateral conversation with Interior Minister Karl Huber of Austria.',
      { file: 'made-up.txt', date: '2025-06-01' },
    ).rels;
    expect(all.has('PARTICIPATED_IN|Karl Huber|short bilateral conversation')).toBe(true);
  });

  it('gives nothing to a subject when no one and no pronoun opens the clause', () => {
    const rels = byRule(
      'Interior Minister Petar Vasilev of Bulgaria attended the meeting of interior ministers in Vienna. Afterwards there also was held a short bilateral conversation on police cooperation.',
    );
    expect(rels).toEqual([]);
  });
});

describe(`${AGREEMENT_TITLE_COMMA_SERIES_CLOSED.id}: participles`, () => {
  it('does not close a series that a participle of a clause follows', () => {
    const link = new RegExp(`Declaration of \\p{Lu}\\p{L}*${titleCommaSeriesClosedLink('\\p{Lu}\\p{L}*', ' ')}`, 'u');
    expect(link.test('the Declaration of Principles, Trade and Fisheries being their priorities')).toBe(false);
    expect(link.test('the Declaration of Principles, Trade and Fisheries of 1994')).toBe(true);
  });
});
