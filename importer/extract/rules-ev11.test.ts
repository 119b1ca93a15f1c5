// Unit tests of the ev11 event rules (issue 6, items 6 and 9) on made-up sentences about invented people: each rule
// with a positive and a negative case. The fifth events bank (bank-events-5.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { cancelledAfter, futureHeadline, invitedBefore, laterNounOfClause, toldDatedEarlier } from './rules-ev11.ts';
import { eventFacts as facts } from './test-facts.ts';

describe('sessions of a meeting: a bare tête-à-tête', () => {
  it('makes "began with a tête-à-tête" a session of the talks, held by their two principals', () => {
    const f = facts(
      'President Ana Ruiz held talks with President Luis Mora of Chile in Lima. The talks began with a tête-à-tête, followed by lunch.',
    );
    const talks = f.names.find((n) => /^Ruiz-Mora talks/.test(n))!;
    expect(talks).toBeDefined();
    expect(f.has('PART_OF', 'tête-à-tête', talks)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'tête-à-tête')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'tête-à-tête')).toBe(true);
  });

  it('keeps "held a tête-à-tête meeting" the readout\'s own meeting, not a session of it', () => {
    const f = facts('President Ana Ruiz and President Luis Mora held a tête-à-tête meeting in Lima.');
    expect(f.names).not.toContain('tête-à-tête');
    expect(f.of('PART_OF')).toEqual([]);
  });
});

describe('event.main-headline-future', () => {
  it('reads a headline "X to hold talks with Y" as a meeting still to come', () => {
    expect(futureHeadline('Ruiz to hold talks with Mora in Lima on Friday')).toBe(true);
    expect(futureHeadline('Foreign ministers set to meet in Paris')).toBe(true);
    const f = facts(
      'Ruiz to hold talks with Mora in Lima on Friday\n\nPrime Minister Ana Ruiz is expected to hold talks with President Luis Mora in Lima on Friday.',
    );
    expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });

  it('does not read a headline with a finite verb before "to" as still to come', () => {
    expect(futureHeadline('Prime Minister Ruiz travels to Lima to hold talks with Mora')).toBe(false);
    expect(futureHeadline('Ruiz meets Mora in Lima')).toBe(false);
    const f = facts(
      'Ruiz holds talks with Mora in Lima\n\nPrime Minister Ana Ruiz held talks with President Luis Mora in Lima.',
    );
    expect(f.of('PARTICIPATED_IN').length).toBeGreaterThan(0);
  });
});

describe('event.not-cancelled and event.main-not-invited', () => {
  it('gives no participants to a meeting the sentence tells cancelled or postponed', () => {
    expect(cancelledAfter(' planned for Monday in Brussels was cancelled.')).toBe(true);
    expect(cancelledAfter(' has been postponed until March.')).toBe(true);
    const f = facts(
      'The meeting between Prime Minister Ana Ruiz and Prime Minister Luis Mora planned for Monday was called off.',
    );
    expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });

  it('keeps a held meeting whose sentence tells something else postponed in another clause', () => {
    expect(cancelledAfter(' in Lima on Monday. The vote was postponed.')).toBe(false);
    const f = facts('Prime Minister Ana Ruiz met Prime Minister Luis Mora in Lima on Monday.');
    expect(f.of('PARTICIPATED_IN').length).toBe(2);
  });

  it('reads "invited X to visit City" as no visit held', () => {
    expect(invitedBefore('Minister Ana Ruiz invited Minister Luis Mora to ')).toBe(true);
    const f = facts('In a letter, Foreign Minister Ana Ruiz invited Foreign Minister Luis Mora to visit Lima.');
    expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });

  it('still reads "visited" after an invitation told as the reason', () => {
    expect(invitedBefore('Minister Luis Mora, at the invitation of Minister Ana Ruiz, ')).toBe(false);
  });
});

describe('event.main-later-noun: the noun a later clause gives a verb-told meeting', () => {
  it('names the meeting after "The two leaders then held talks"', () => {
    expect(laterNounOfClause('The two leaders then held talks for an hour.')).toBe('talks');
    expect(laterNounOfClause('She hosted him for a working lunch after their talks.')).toBe('talks');
    const f = facts(
      "Prime Minister Ana Ruiz welcomed Prime Minister Luis Mora to the Prime Minister's Office. The two leaders then held talks for an hour.",
    );
    expect(f.names.some((n) => /^Ruiz-Mora talks/.test(n))).toBe(true);
  });

  it('takes no noun from a clause about others or a meeting still to come', () => {
    expect(laterNounOfClause('The ministers also held a meeting with business leaders.')).toBeUndefined();
    expect(laterNounOfClause('They will hold talks next week.')).toBeUndefined();
  });
});

describe("event.main-title-referent: a title used alone as the meeting's other principal", () => {
  it('reads "The Federal Chancellor received X" under a headline naming Chancellor Y as a Y-X meeting', () => {
    const f = facts(
      'Chancellor Ruiz meets Prime Minister Mora\n\nThe Federal Chancellor received Prime Minister Luis Mora at the Federal Chancellery on Friday.',
    );
    const meeting = f.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', meeting!)).toBe(true);
  });

  it('does not make a recalled visit of one person a pair event with the title holder', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz met Ambassador Luis Mora in Lima on 3 May 2024. The Foreign Minister recalled the official visit of President Carla Vega to Japan in April.',
    );
    expect(f.names.filter((n) => /Ruiz-Vega|Vega-Ruiz/.test(n))).toEqual([]);
  });
});

describe('signings told with their ceremony and who was present', () => {
  it('makes "A and B signed X at a ceremony in City" a signing ceremony named by its place, with the people present', () => {
    const f = facts(
      'Ruritania and Borduria signed an Agreement on Border Crossings at a ceremony in Lima on 3 May. The ceremony was attended by Foreign Minister Ana Ruiz and Foreign Minister Luis Mora.',
    );
    expect(f.names).toContain('signing ceremony in Lima');
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'signing ceremony in Lima')).toBe(true);
    expect(f.has('REACHED_AT', 'Agreement on Border Crossings', 'signing ceremony in Lima')).toBe(true);
  });

  it('reads "Also present at the signing were A and B" and signers "with A and B signing for"', () => {
    const f = facts(
      'Chile and Peru signed the Agreement on Border Crossings in Lima on 3 May, with Minister Ana Ruiz and Minister Luis Mora signing for their governments. Also present at the signing were President Carla Vega and President Pedro Sol.',
    );
    const signing = f.names.find((n) => /^signing of the Agreement on Border Crossings/.test(n))!;
    expect(signing).toBeDefined();
    for (const p of ['Ana Ruiz', 'Luis Mora', 'Carla Vega', 'Pedro Sol'])
      expect(f.has('PARTICIPATED_IN', p, signing)).toBe(true);
  });

  it('makes no ceremony of a ceremony that is not a signing\'s, nor of "attended by" without a signing', () => {
    const f = facts(
      'Minister Ana Ruiz attended a wreath-laying ceremony in Lima. The reception was attended by Minister Luis Mora.',
    );
    expect(f.names.filter((n) => /^signing/.test(n))).toEqual([]);
  });
});

describe('event.main-pair-subject', () => {
  it('reads "Both Presidents spoke by telephone" as the call of the two named in the sentence before', () => {
    const f = facts(
      'President Ana Ruiz thanked President Luis Mora of Chile for his support. Both Presidents spoke by telephone on Thursday.',
    );
    const call = f.names.find((n) => /^Ruiz-Mora call/.test(n));
    expect(call).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', call!)).toBe(true);
  });

  it('makes no meeting of a plural subject that does not meet', () => {
    const f = facts(
      'President Ana Ruiz thanked President Luis Mora of Chile for his support. Both Presidents welcomed the ceasefire.',
    );
    expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });
});

describe('event.main-not-guest-visit', () => {
  it("names the meeting, not the guest's visit told in a relative clause, as the readout's event", () => {
    const f = facts(
      'President Ana Ruiz received at the Presidential Palace today Prime Minister Luis Mora of Chile, who is on a working visit to Lima.',
    );
    const meeting = f.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', meeting!)).toBe(true);
  });

  it("keeps a visit told as the sentence's own event the readout's event", () => {
    const f = facts('Prime Minister Luis Mora of Chile paid a working visit to Lima on 3 May 2024.');
    expect(f.names.some((n) => /visit/.test(n))).toBe(true);
  });
});

describe('part-of.session-of-gathering', () => {
  it('makes "addressed the opening session of the X Summit" a session PART_OF the summit, the speaker in both', () => {
    const f = facts('President Ana Ruiz addressed the opening session of the 43rd ASEAN Summit in Jakarta.');
    expect(f.has('PART_OF', 'opening session', '43rd ASEAN Summit')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'opening session')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', '43rd ASEAN Summit')).toBe(true);
  });

  it('gives no participant to someone who only commented on the session', () => {
    const f = facts(
      'President Ana Ruiz welcomed the outcome of the opening session of the 43rd ASEAN Summit in Jakarta.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'opening session')).toBe(false);
  });
});

describe('event.main-not-dated-earlier', () => {
  it("keeps the opening's verb-told meeting when a later sentence recalls talks of an earlier month", () => {
    const f = facts(
      'President Ana Ruiz met Prime Minister Luis Mora in Lima on 26 September 2024. It was their second meeting this year, after their talks in Quito in March.',
      '2024-09-26',
    );
    const meeting = f.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', meeting!)).toBe(true);
  });

  it("does not read a month after the readout's date as earlier", () => {
    expect(toldDatedEarlier(' in Quito in March', '2024-09-26')).toBe(true);
    expect(toldDatedEarlier(' in Quito in November', '2024-09-26')).toBe(false);
    expect(toldDatedEarlier(' in July 2023', '2024-01-15')).toBe(true);
  });
});

describe('participated.listed-meeting-holder', () => {
  it('gives the one who "held the following meetings:" a part in each listed meeting', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz held the following meetings in New York on 1 October:\n- a meeting with Luis Mora, Minister for Foreign Affairs of Chile;\n- a meeting with Carla Vega, Minister for Foreign Affairs of Peru.',
    );
    const withMora = f.names.find((n) => /Mora/.test(n))!;
    expect(withMora).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', withMora)).toBe(true);
  });

  it('gives no part to someone who only announced a list of meetings', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz welcomed the following meetings of officials:\n- a meeting with Luis Mora, Minister for Foreign Affairs of Chile.',
    );
    expect(f.of('PARTICIPATED_IN').filter((r) => r.includes('Ana Ruiz'))).toEqual([]);
  });
});
