// Unit tests of the ev15 event rules (issue 6) on made-up sentences about invented people: a visit framing the
// opening's meeting with a possessive, the person met not taken for a visitor, sessions told without "format", calls
// told by a relative clause or "their", pluperfect and hypothetical meetings, planned gatherings told with "expect to",
// with negative cases. The eighth events bank (bank-events-8.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { EV15_PATTERNS, hypotheticalAt, metAfterVisit, visitFrameBefore } from './rules-ev15.ts';
import { eventFacts as facts } from './test-facts.ts';

describe('event.main-not-visit-frame and participated.visit-not-met', () => {
  it('tells the meeting of a sentence framed by a possessive visit, part of the visit, the host no visitor', () => {
    const f = facts(
      'On the margins of her working visit to Estonia, President Lina Morel met the Speaker of the Riigikogu, Karl Tamm, in Tallinn on 2 May 2024.',
    );
    const meeting = f.names.find((n) => /Morel-Tamm/.test(n));
    const visit = f.names.find((n) => /visit to Estonia/.test(n));
    expect(meeting).toBeDefined();
    expect(visit).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', meeting!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', visit!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', visit!)).toBe(false);
    expect(f.has('PART_OF', meeting!, visit!)).toBe(true);
  });

  it('reads the frame words with any determiner, and only right before the visit', () => {
    expect(visitFrameBefore('On the sidelines of his ')).toBe(true);
    expect(visitFrameBefore('within the framework of His Highness’s ')).toBe(true);
    expect(visitFrameBefore('In the course of their ')).toBe(true);
    expect(visitFrameBefore('As part of a ')).toBe(false);
    expect(visitFrameBefore('The minister recalled his ')).toBe(false);
    expect(visitFrameBefore('The talks prepared the ')).toBe(false);
  });

  it('takes a person met after the visit for its host, not one named in apposition', () => {
    expect(metAfterVisit(', Prime Minister A met with ')).toBe(true);
    expect(metAfterVisit(', the delegation was received by President ')).toBe(true);
    expect(metAfterVisit(', who ')).toBe(false);
    expect(metAfterVisit(' and Foreign Minister ')).toBe(false);
  });
});

describe('event.session without "format", participated.session-unnamed', () => {
  it('reads a one-to-one conversation and talks with the delegations as sessions of the talks, held by the two', () => {
    const f = facts(
      'President Ana Varga held talks with President Ivo Lind in Vilnius on 4 May 2024. ' +
        'A one-to-one conversation between the two Heads of State preceded talks with the participation of the delegations.',
    );
    const main = f.names.find((n) => /Varga-Lind/.test(n))!;
    const one = f.names.find((n) => /one-to-one conversation/.test(n))!;
    const dele = f.names.find((n) => /with the participation of the delegations/.test(n))!;
    expect(f.has('PART_OF', one, main)).toBe(true);
    expect(f.has('PART_OF', dele, main)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ivo Lind', one)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Varga', dele)).toBe(true);
  });

  it('reads the format told as a circle, and a meal in her honour', () => {
    const f = facts(
      'President Ana Varga received Prime Minister Eva Holm at the Presidential Palace on 4 May 2024. ' +
        'The talks were held first in a restricted circle and then in an expanded circle. ' +
        'The President later hosted a dinner in her honour.',
    );
    expect(f.names.some((n) => /restricted circle/.test(n))).toBe(true);
    expect(f.names.some((n) => /expanded circle/.test(n))).toBe(true);
    expect(f.names.some((n) => /dinner in her honour/.test(n))).toBe(true);
  });

  it('gives no session to a person named in full who opens it alone, nor reads "talks with the delegations of"', () => {
    const f = facts(
      'The leaders of the Union met in Brussels on 4 May 2024 for the Spring Summit, chaired by President Ana Varga and Prime Minister Ivo Lind. ' +
        'Queen Mira Solberg opened the executive session.',
    );
    const session = f.names.find((n) => /executive session/.test(n));
    if (session) expect(f.has('PARTICIPATED_IN', 'Ivo Lind', session)).toBe(false);
    const g = facts('Minister Ana Varga held talks with the delegations of Chile and Peru in Lima on 4 May 2024.');
    expect(g.names.filter((n) => /^talks with the delegations/.test(n))).toEqual([]);
  });
});

describe('event.call-pair-clause and event.call-who-spoke-to', () => {
  const OPENING = 'Chancellor Ida Brandt met President Omar Haddad in Vienna on 3 May 2024. ';

  it('reads a call of the pair told by "who last spoke by phone" or by "their phone call"', () => {
    const a = facts(`${OPENING}The two leaders, who last spoke by telephone in March, discussed energy.`);
    const call = a.names.find((n) => n.startsWith('Brandt-Haddad telephone conversation'));
    expect(call).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Omar Haddad', call!)).toBe(true);
    const b = facts(`${OPENING}The visit was prepared in their phone call last week.`);
    expect(b.names).toContain('Brandt-Haddad telephone conversation');
  });

  it('reads "A, who had spoken to B by phone the day before"', () => {
    const f = facts(
      `${OPENING}Ida Brandt, who had spoken to President Lea Novak by phone the day before, briefed him.`,
    );
    expect(f.names).toContain('Brandt-Novak telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Ida Brandt', 'Brandt-Novak telephone conversation')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lea Novak', 'Brandt-Novak telephone conversation')).toBe(true);
  });

  it('makes no call of one still to come, of another subject, or of a call in person', () => {
    const f = facts(
      `${OPENING}The two leaders will hold their phone call next month. ` +
        'Ida Brandt, who had spoken to President Lea Novak in Graz, left. The ministers, who met by chance, agreed.',
    );
    expect(f.names.filter((n) => /telephone conversation/.test(n))).toEqual([]);
  });
});

describe('event.main-not-pluperfect', () => {
  it('keeps the opening meeting when a later sentence tells an earlier call in the pluperfect', () => {
    const f = facts(
      'President Ana Varga received Prime Minister Ivo Lind in Riga on 21 May 2024. ' +
        'The visit had been arranged in a telephone conversation between the two leaders on 2 April.',
    );
    expect(f.names.some((n) => /Varga-Lind (?:meeting|talks)/.test(n))).toBe(true);
  });

  it('reads the pluperfect only before the event', () => {
    expect(EV15_PATTERNS.pluperfectBefore.test('The visit had been agreed in a ')).toBe(true);
    expect(EV15_PATTERNS.pluperfectBefore.test('The visit was agreed in a ')).toBe(false);
  });
});

describe('event.not-hypothetical, event.main-title-generic, event.main-not-before-opening', () => {
  it('makes no event of a meeting told with "any" or "no", or told as excluded', () => {
    expect(
      facts('Any meeting between President Ana Varga and President Ivo Lind would need preparation.').events,
    ).toEqual([]);
    expect(facts('Chancellor Ida Brandt said a visit to Minsk was ruled out for now.').events).toEqual([]);
    const text = 'A summit in Oslo was held.';
    expect(hypotheticalAt(text, 2, 16, 0)).toBe(false);
  });

  it('still reads a meeting told with other determiners', () => {
    expect(
      facts('President Ana Varga held a meeting with President Ivo Lind in Riga on 3 May 2024.').events.length,
    ).toBe(1);
  });

  it('reads no event from a headline that coordinates plural kinds, and still one that names a meeting', () => {
    expect(EV15_PATTERNS.genericPluralTitle.test('Meetings and calls')).toBe(true);
    expect(EV15_PATTERNS.genericPluralTitle.test('Bilateral visits and contacts')).toBe(true);
    expect(EV15_PATTERNS.genericPluralTitle.test('Visit of the President to Chile')).toBe(false);
  });

  it('gives a gathering whose opening frames the sentence none of the meeting people', () => {
    const f = facts(
      'Before the opening of the Baltic Energy Forum on 3 May 2024, President Ana Varga received Prime Minister Ivo Lind.',
    );
    const forum = f.names.find((n) => /Baltic Energy Forum/.test(n));
    if (forum) expect(f.has('PARTICIPATED_IN', 'Ivo Lind', forum)).toBe(false);
    expect(f.names.some((n) => /Varga-Lind/.test(n))).toBe(true);
  });
});

describe('planned: "expect to", "work toward", part-of.not-planned-whole', () => {
  it('makes a gathering the pair expects to meet at planned, and no part of the held meeting', () => {
    const f = facts(
      'President Ana Varga and President Ivo Lind met in Riga on 3 May 2024. ' +
        'They expect to meet again on the margins of the NATO summit in Madrid in July.',
    );
    const summit = f.names.find((n) => /NATO summit/i.test(n));
    expect(summit).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ivo Lind', summit!)).toBe(false);
    expect(f.of('PART_OF').filter((r) => r.endsWith(`|${summit}`))).toEqual([]);
  });

  it('gives no participants to a summit the two agreed to work toward', () => {
    const f = facts(
      'Minister Ana Varga met Minister Ivo Lind in Riga on 3 May 2024 and agreed to work towards a trilateral summit in Vilnius.',
    );
    const summit = f.names.find((n) => /trilateral summit/.test(n));
    if (summit) expect(f.has('PARTICIPATED_IN', 'Ivo Lind', summit)).toBe(false);
  });
});

describe('event.main-had-audience and incidents', () => {
  it('reads "had an audience with" as the meeting of the two', () => {
    const f = facts('Prime Minister Ivo Lind had an audience with King Olav Brenn at the Royal Palace on 3 May 2024.');
    expect(f.names.some((n) => /Lind-Brenn/.test(n))).toBe(true);
    expect(
      f.has(
        'PARTICIPATED_IN',
        'Olav Brenn',
        f.names.find((n) => /Lind-Brenn/.test(n))!,
      ),
    ).toBe(true);
  });

  it('reads a mutiny as an incident of its state', () => {
    const f = facts(
      'President Ana Varga met President Ivo Lind in Riga on 3 May 2024 and discussed the mutiny in Chad.',
    );
    const mutiny = f.names.find((n) => /mutiny/.test(n));
    expect(mutiny).toBeDefined();
    expect(f.has('INVOLVES', mutiny!, 'Chad')).toBe(true);
  });
});
