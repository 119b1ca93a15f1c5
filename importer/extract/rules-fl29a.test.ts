// The fl29a round's tests (issue 6): constructions shown by three first-look samples in new styles (a princely
// government's page on a treaty signing, a Caribbean foreign ministry's statement on a facilitated dialogue, a Caribbean
// information service's release on a Commonwealth summit), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { HONORIFICS } from './lexicons.ts';
import {
  asTitleOfClauseSubject,
  chairOfHeadsTitle,
  coordinatedTail,
  NEGOTIATES_FOR_BEHALF_OF_ORGAN,
  NEGOTIATES_FOR_WHO_CLAUSE_LIST,
  OFFICE_AND_CHAINED_TITLES,
  OFFICE_AS_TITLE_OF_CLAUSE_SUBJECT,
  OFFICE_CHAIR_OF_HEADS_BODY,
  PERSON_PLURAL_OF_STATES_QUALIFIED,
} from './rules-fl29a.ts';
import { EVENT_TALKS_NOUN_HELD_IN } from './rules-fl29a-events.ts';
import { saintForms, STATE_BY_NAME } from './states.ts';
import { extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;

describe('state.saint-abbreviated', () => {
  it('writes a "Saint" state as "St" and "St." too, and nothing else', () => {
    expect(saintForms(['Saint Lucia', 'Grenada'])).toEqual(['Saint Lucia', 'St Lucia', 'St. Lucia', 'Grenada']);
    expect(saintForms(['Saints Row'])).toEqual(['Saints Row']);
    expect(STATE_BY_NAME.get('Saint Kitts and Nevis')!.names).toContain('St. Kitts and Nevis');
    expect(STATE_BY_NAME.get('Saint Vincent and the Grenadines')!.names).toContain('St Vincent and the Grenadines');
  });

  it('gives an office the abbreviated state it names', () => {
    const rels = facts(
      'The Minister of Foreign Affairs of St. Kitts and Nevis, the Honourable Mark Brown, met the Prime Minister of Samoa, the Honourable Tala Vaai.',
    );
    expect(rels.has('HOLDS_OFFICE|Mark Brown|Minister of Foreign Affairs of Saint Kitts and Nevis')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Mark Brown|Minister of Foreign Affairs of Samoa')).toBe(false);
  });

  it('reads no state in a street or a saint', () => {
    const rels = facts('The Minister of Finance, Mark Brown, spoke at St. Lucy Church on St. George Street.');
    expect([...rels].some((r) => r.includes('Saint Lucia'))).toBe(false);
  });
});

describe('person.caribbean-styles (HONORIFICS)', () => {
  it('holds the stopped and Jamaican styles and the serene highness', () => {
    for (const h of ['the Rt. Hon.', 'the Most Hon.', 'The Most Honourable', 'H.S.H.']) expect(HONORIFICS).toContain(h);
  });

  it('reads a name after "the Most Hon." as the holder of the title before it', () => {
    const rels = facts('The Prime Minister of Jamaica, the Most Hon. Ben Cato, opened the meeting on Sunday.');
    expect(rels.has('HOLDS_OFFICE|Ben Cato|Prime Minister of Jamaica')).toBe(true);
  });
});

describe(PERSON_PLURAL_OF_STATES_QUALIFIED.id, () => {
  it('pairs the states of "the three former Prime Ministers of A, B and C" with three styled names', () => {
    const rels = facts(
      'The talks were conducted by the three former Prime Ministers of The Bahamas, Jamaica and Saint Lucia, the Rt. Hon. Ana Roll, the Most Hon. Ben Cato and Dr. the Hon. Cy Dent.',
    );
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Prime Minister of the Bahamas')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Ben Cato|Prime Minister of Jamaica')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Cy Dent|Prime Minister of Saint Lucia')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Prime Minister of Jamaica')).toBe(false);
  });

  it('reads a count alone before the title', () => {
    const rels = facts('The two Presidents of Ghana and Togo, Ana Roll and Ben Cato, met in Lomé.');
    expect(rels.has('HOLDS_OFFICE|Ana Roll|President of Ghana')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Ben Cato|President of Togo')).toBe(true);
  });

  it('pairs nothing when the names do not match the states in number', () => {
    const rels = facts('The three former Presidents of Ghana, Togo and Benin, Ana Roll and Ben Cato, met in Lomé.');
    expect(rels.has('HOLDS_OFFICE|Ana Roll|President of Ghana')).toBe(false);
    expect(rels.has('HOLDS_OFFICE|Ben Cato|President of Togo')).toBe(false);
  });
});

describe(OFFICE_CHAIR_OF_HEADS_BODY.id, () => {
  it('reads the chair of a summit organ as one title owned by the organisation', () => {
    const rels = facts('The Chairman of the Conference of Heads of Government of CARICOM, the Hon. Ana Roll, spoke.');
    expect(
      rels.has(
        'OFFICE_OF|Chairman of the Conference of Heads of Government of the Caribbean Community|Caribbean Community',
      ),
    ).toBe(true);
    expect(
      rels.has('HOLDS_OFFICE|Ana Roll|Chairman of the Conference of Heads of Government of the Caribbean Community'),
    ).toBe(true);
  });

  it('reads "Heads of State and Government" and "of the" before the organisation', () => {
    const rels = facts(
      'The Chairperson of the Assembly of Heads of State and Government of the African Union, Ana Roll, opened the summit.',
    );
    expect(
      rels.has(
        'OFFICE_OF|Chairperson of the Assembly of Heads of State and Government of the African Union|African Union',
      ),
    ).toBe(true);
  });

  it('keeps the chair in his own state: his other title takes no organisation', () => {
    const rels = facts(
      'President Ana Roll, Chairman of the Authority of Heads of State and Government of ECOWAS, received the envoy in Abuja.',
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Ana Roll|President of the Economic Community'))).toBe(
      false,
    );
    expect(chairOfHeadsTitle('Chairperson of the Assembly of Heads of State and Government')).toBe(true);
    expect(chairOfHeadsTitle('Chairperson of the African Union Commission')).toBe(false);
  });

  it('gives no owner when no known organisation follows, nor to a body of other members', () => {
    const rels = facts('The Chairman of the Conference of Presidents, Ana Roll, opened the summit in Accra.');
    expect([...rels].some((r) => r.startsWith('OFFICE_OF|Chairman of the Conference of Presidents|'))).toBe(false);
  });
});

describe(OFFICE_AND_CHAINED_TITLES.id, () => {
  it('keeps every title of a three-title chain before the name', () => {
    const rels = facts(
      'The Prime Minister and Minister of Finance of Grenada and Chairman of the Conference of Heads of Government of CARICOM, the Hon. Ana Roll, K.C., welcomed the talks.',
    );
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Prime Minister of Grenada')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Minister of Finance of Grenada')).toBe(true);
    expect(
      rels.has('HOLDS_OFFICE|Ana Roll|Chairman of the Conference of Heads of Government of the Caribbean Community'),
    ).toBe(true);
  });

  it('still reads two titles, and no chain that ends without a comma and a name', () => {
    const two = facts('The Prime Minister and Minister of Finance of Grenada, the Hon. Ana Roll, welcomed the talks.');
    expect(two.has('HOLDS_OFFICE|Ana Roll|Prime Minister of Grenada')).toBe(true);
    const none = facts(
      'The Prime Minister and Minister of Finance of Grenada and Chairman of CARICOM welcomed the talks with Ana Roll.',
    );
    expect([...none].some((r) => r.startsWith('HOLDS_OFFICE|Ana Roll|'))).toBe(false);
  });
});

describe(NEGOTIATES_FOR_WHO_CLAUSE_LIST.id, () => {
  const span = (x: [number, number]) => ({ start: x[0], end: x[1] });

  it('finds the list that ends with the last item', () => {
    const text = 'A met Bo, the Hon. Cy and Di';
    const items: [number, number][] = [
      [0, 1],
      [6, 8],
      [19, 21],
      [26, 28],
    ];
    expect(coordinatedTail(text, items, span)).toEqual(items.slice(1));
  });

  it('gives every listed name the principal of "who acted on behalf of"', () => {
    const rels = facts(
      'The talks were conducted by the former Prime Ministers of Ghana and Togo, the Rt. Hon. Ana Roll and the Most Hon. Ben Cato, who acted on behalf of the Economic Community of West African States.',
    );
    expect(rels.has('NEGOTIATES_FOR|Ana Roll|Economic Community of West African States')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Ben Cato|Economic Community of West African States')).toBe(true);
  });

  it('gives it to the antecedent alone when a verb stands before it', () => {
    const rels = facts(
      'The Prime Minister of Ghana, Ana Roll, met the President of Togo, Ben Cato, who acted on behalf of the African Union.',
    );
    expect(rels.has('NEGOTIATES_FOR|Ben Cato|African Union')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Ana Roll|African Union')).toBe(false);
  });
});

describe(EVENT_TALKS_NOUN_HELD_IN.id, () => {
  it('names talks told by their noun, whom they brought together and the city where they were held', () => {
    const { rels, out } = extractFacts(
      'The dialogue among Togolese parties facilitated by ECOWAS concluded in Accra today, after three days of talks. The talks were conducted by the former President of Ghana, Ana Roll.',
      { file: 'made-up.txt', date: '2025-06-01' },
    );
    expect(out.entities.some((e) => e.type === 'Event' && e.name === 'dialogue among Togolese parties in Accra')).toBe(
      true,
    );
    // participated.referent-attended-by (par28) with fl29a's verbs and kinds: "The talks were conducted by".
    expect(rels.has('PARTICIPATED_IN|Ana Roll|dialogue among Togolese parties in Accra')).toBe(true);
  });

  it('names nothing for talks to come, or ended in a state of affairs', () => {
    const names = (t: string) =>
      extractFacts(t, { file: 'made-up.txt', date: '2025-06-01' }).out.entities.filter((e) => e.type === 'Event');
    expect(names('The talks with the rebels ended in failure.').length).toBe(0);
    expect(
      names('The dialogue among the parties will conclude in Accra next week.').some((e) => /Accra/.test(e.name)),
    ).toBe(false);
  });
});

describe(NEGOTIATES_FOR_BEHALF_OF_ORGAN.id, () => {
  it('gives the organisation behind an organ of heads or ministers', () => {
    const rels = facts(
      'The talks were conducted by the former President of Ghana, Ana Roll, who acted on behalf of the Conference of Heads of Government of CARICOM.',
    );
    expect(rels.has('NEGOTIATES_FOR|Ana Roll|Caribbean Community')).toBe(true);
    const rels2 = facts(
      'Ana Roll signed the accord on behalf of the Authority of Heads of State and Government of ECOWAS.',
    );
    expect(rels2.has('NEGOTIATES_FOR|Ana Roll|Economic Community of West African States')).toBe(true);
  });

  it('gives nothing for another kind of body', () => {
    const rels = facts(
      'The President of Ghana, Ana Roll, signed on behalf of the Council of Elders of the Ashanti Region.',
    );
    expect([...rels].some((r) => r.startsWith('NEGOTIATES_FOR|Ana Roll|'))).toBe(false);
  });
});

describe(OFFICE_AS_TITLE_OF_CLAUSE_SUBJECT.id, () => {
  it('reads the subject of a "that" clause before ", as" as the title\'s holder, not the speaker', () => {
    expect(asTitleOfClauseSubject(', said that The Bahamas, as ')).toBe(true);
    expect(asTitleOfClauseSubject(', said that Grenada, as the incoming ')).toBe(true);
    const rels = facts(
      'The Foreign Minister, Ana Roll, said that Grenada, as Chair of CARICOM, remains ready to help.',
    );
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Chair of the Caribbean Community')).toBe(false);
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Foreign Minister of Grenada')).toBe(true);
  });

  it('still gives the speaker an "as" title with no subject of its own', () => {
    expect(asTitleOfClauseSubject(' said that, as ')).toBe(false);
    const rels = facts('Prime Minister Ana Roll of Grenada said that, as Chair of CARICOM, she would host the summit.');
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Chair of the Caribbean Community')).toBe(true);
  });
});
