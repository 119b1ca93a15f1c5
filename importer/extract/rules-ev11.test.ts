// Unit tests of the ev11 event rules (issue 6, items 6 and 9) on made-up sentences about invented people: each rule
// with a positive and a negative case. The fifth events bank (bank-events-5.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { cancelledAfter, futureHeadline, invitedBefore, laterNounOfClause } from './rules-ev11.ts';
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
