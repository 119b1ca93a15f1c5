// The fl23a round's tests (issue 6): constructions shown by three first-look samples in new styles (a prime minister's
// office's release on an agreement signed during a visit, a government's press statement on a facilitation, a foreign
// ministry's page on a meeting held at a king's invitation), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  asRoleOfOrganization,
  EVENT_MAIN_NOT_DATED_EARLIER_DAY,
  EVENT_MAIN_OPENING_PHRASE,
  EVENT_PAIR_NOT_INVITER,
  MEETING_DURATION,
  openingPhraseHeld,
  PERSON_AS_ROLE_NO_STATE,
  toldDayEarlier,
} from './rules-fl23a.ts';
import { eventFacts, extractFacts, gazetteerStates } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_MAIN_NOT_DATED_EARLIER_DAY.id, () => {
  it('reads a day told right after an event as earlier than the readout', () => {
    expect(toldDayEarlier(' on 6 September of the Ministers of Foreign Affairs', '2018-09-17')).toBe(true);
    expect(toldDayEarlier(', held in Rome on 3 March 2017, was', '2018-09-17')).toBe(true);
    expect(toldDayEarlier(' on September 6, 2018 by the two sides', '2018-09-17')).toBe(true);
    expect(toldDayEarlier(' on Monday, 10 September', '2018-09-17')).toBe(true);
  });

  it('leaves a day on or after the readout, a day told further on, and a readout without a full date', () => {
    expect(toldDayEarlier(' on 17 September', '2018-09-17')).toBe(false);
    expect(toldDayEarlier(' on 25 September', '2018-09-17')).toBe(false);
    expect(toldDayEarlier(' of the Ministers, who came on 6 September', '2018-09-17')).toBe(false);
    expect(toldDayEarlier(' on 6 September', '2018-09')).toBe(false);
    expect(toldDayEarlier(' on 6 September', undefined)).toBe(false);
  });

  it("no longer lets an earlier visit bar the opening's verb-told meeting", () => {
    const f = eventFacts(
      'President Lena Ortiz met in Lisbon this Monday the Prime Minister of Portugal, Rui Matos. The two leaders discussed trade and energy. The Lisbon meeting follows the visit to Madrid on 2 May of the Minister of Foreign Affairs, Ana Prieto.',
      '2024-05-20',
    );
    const own = f.names.find((n) => /Ortiz-Matos/.test(n));
    expect(own).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lena Ortiz', own!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Rui Matos', own!)).toBe(true);
  });
});

describe(EVENT_PAIR_NOT_INVITER.id, () => {
  it("reads an opening invitation phrase up to the inviter's name", () => {
    const { leadIn } = EVENT_PAIR_NOT_INVITER;
    expect(leadIn.test('At the invitation of the Custodian of the Two Holy Mosques, King ')).toBe(true);
    expect(leadIn.test('Upon the invitation of President ')).toBe(true);
    // An invitation told after the meeting verb, or a phrase already closed before the person: no lead-in.
    expect(leadIn.test('President Soto met Prime Minister Lind at the invitation of ')).toBe(false);
    expect(leadIn.test('At the invitation of King Abdullah, the President, ')).toBe(false);
  });

  it('names the meeting after the two who met, not after the host who invited them', () => {
    const f = eventFacts(
      'At the invitation of His Majesty King Abdullah II, the President of the Republic, Ana Soto, met in Amman this Tuesday the President of Chile, Luis Prado. The two Presidents discussed the border question.',
    );
    const own = f.names.find((n) => /Soto-Prado/.test(n));
    expect(own).toBeDefined();
    expect(f.names.some((n) => /Abdullah/.test(n))).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Luis Prado', own!)).toBe(true);
  });

  it('keeps the inviter as the other side when only one more person is named', () => {
    const f = eventFacts(
      'At the invitation of President Luis Prado, Prime Minister Ana Soto met him in Santiago today.',
    );
    expect(f.names.some((n) => /Prado/.test(n) && /Soto/.test(n))).toBe(true);
  });
});

describe(MEETING_DURATION.id, () => {
  it('reads a meeting phrase opened by a count of days or rounds, pinned by its place', () => {
    const f = eventFacts(
      'The three ministers signed the Accord at the end of two days of talks at the Palace of Nations in Geneva. They thanked the hosts.',
    );
    expect(f.names.some((n) => /^talks at the Palace/.test(n))).toBe(true);
    expect(f.names.some((n) => /two days/.test(n))).toBe(false);
  });

  it('names no meeting from a count without a place or date, nor from another noun', () => {
    const f = eventFacts(
      'The ministers signed the Accord after two days of talks. Three days of rain at the Palace of Nations followed.',
    );
    expect(f.names.some((n) => /^talks/.test(n))).toBe(false);
    expect(new RegExp(MEETING_DURATION.det).test('two weeks of')).toBe(true);
    expect(new RegExp(`^${MEETING_DURATION.det}$`).test('two years of')).toBe(false);
  });
});

describe(EVENT_MAIN_OPENING_PHRASE.id, () => {
  it('takes a held meeting phrase of the opening for its own event, with the opening’s people', () => {
    const f = eventFacts(
      'The leaders of the four parties today signed the Charter at the end of two days of talks at the State House in Accra, facilitated by the Vice-President of Ghana, Mr Kofi Mensah. The Charter opens a new chapter.',
    );
    const own = f.names.find((n) => /^talks at the State House/.test(n));
    expect(own).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Kofi Mensah', own!)).toBe(true);
  });

  it('leaves a phrase told as planned, as a frame, or without a verb of holding before it', () => {
    const s = (text: string) => ({ start: 0, text });
    const at = (text: string, phrase: string) => ({ start: text.indexOf(phrase) });
    const planned = 'The leaders will sign the Charter at the end of the talks at the State House in Accra next week.';
    expect(openingPhraseHeld(planned, s(planned), at(planned, 'talks at'))).toBe(false);
    const framed = 'The Minister signed the Accord on the sidelines of the summit in Accra.';
    expect(openingPhraseHeld(framed, s(framed), at(framed, 'summit in'))).toBe(false);
    const noVerb = 'The meeting at the State House in Accra brought together the four leaders.';
    expect(openingPhraseHeld(noVerb, s(noVerb), at(noVerb, 'meeting at'))).toBe(false);
    const held = 'The leaders signed the Charter at the end of the talks at the State House in Accra.';
    expect(openingPhraseHeld(held, s(held), at(held, 'talks at'))).toBe(true);
    expect(openingPhraseHeld(held, s(held), undefined)).toBe(false);
  });
});

describe(PERSON_AS_ROLE_NO_STATE.id, () => {
  it('keeps a surname appointed to an organisation’s role with its full name', () => {
    const { out, rels } = extractFacts(
      'The Vice-President of Ghana, Mr Kofi Mensah, arrived in Maseru on Monday. Mr Mensah was appointed SADC Facilitator by the Summit in August.',
      { file: 'made-up.txt', date: '2025-06-01' },
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Kofi Mensah']);
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Kofi Mensah|Facilitator'))).toBe(true);
  });

  it('only for an organisation’s title taken on "as" or by appointment', () => {
    expect(asRoleOfOrganization({ rule: 'office.as-title', owner: { type: 'Organization' } })).toBe(true);
    expect(asRoleOfOrganization({ rule: 'office.apposition', owner: { type: 'Organization' } })).toBe(false);
    expect(asRoleOfOrganization({ rule: 'office.as-title', owner: { type: 'State' } })).toBe(false);
    expect(asRoleOfOrganization({ rule: 'office.as-title' })).toBe(false);
  });
});

describe('state.djiboutian (states.ts)', () => {
  it('reads the English adjective of Djibouti', () => {
    expect(gazetteerStates('The Djiboutian delegation was headed by the President.')).toContain('Djibouti');
    expect(gazetteerStates('The delegation was headed by the President.')).not.toContain('Djibouti');
  });
});
