// Unit tests of the ev17 event rules (issue 6) on made-up sentences about invented or real people in invented
// settings: an event named only as a reference or a subject of the opening ("since the X Summit", "As agreed during
// A's visit", "support for the X Dialogue", "briefed B on the talks …"), a call told by "briefed … by phone", a
// headline "to attend", an organisation's members that "met", a ceremony "attended by", talks opening their sentence
// with their two sides, and the "enlarged meeting" and "Ministerial Council" words; negative cases with each. The
// ninth events bank (bank-events-9.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { EV17_PATTERNS } from './rules-ev17.ts';
import { eventFacts as facts } from './test-facts.ts';

describe('event.main-not-reference and participated.not-in-reference', () => {
  it('tells the meeting, not the summit named after "since", and keeps the pair on the meeting', () => {
    const f = facts(
      'President Lina Morel met Prime Minister Karl Tamm in Tartu on 2 May 2024, their first meeting since the Riga Summit.',
    );
    const meeting = f.names.find((n) => /Morel-Tamm/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', meeting!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', meeting!)).toBe(true);
  });

  it('leaves the visitor of a recalled visit out of the meeting, and on his visit', () => {
    const f = facts(
      "As agreed during President Omar Dallas's state visit to Chile in May, Minister Ana Ruiz and Minister Piet Maas met in Lima on 2 September 2024.",
    );
    const meeting = f.names.find((n) => /Ruiz-Maas|Maas-Ruiz/.test(n));
    const visit = f.names.find((n) => /visit to Chile/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Omar Dallas', meeting!)).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', visit!)).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Omar Dallas', visit!)).toBe(true);
  });

  it('gives no participants to a process named as supported', () => {
    const f = facts(
      'Minister Ana Ruiz and Minister Piet Maas met in Lima on 2 September 2024 and reaffirmed their support for the Andean Dialogue.',
    );
    expect(f.names).toContain('Andean Dialogue');
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'Andean Dialogue')).toBe(false);
    expect(f.names.some((n) => /Ruiz-Maas meeting/.test(n))).toBe(true);
  });

  it('reads the cues only right before the event', () => {
    const ref = EV17_PATTERNS.referenceBefore;
    expect(ref.test('their first meeting since the ')).toBe(true);
    expect(ref.test("As agreed during President Omar Dallas's ")).toBe(true);
    expect(ref.test('briefed the Minister by phone on the indirect ')).toBe(true);
    expect(ref.test('reaffirmed their support for the ')).toBe(true);
    expect(ref.test('President A met B on the margins of the ')).toBe(false);
    expect(ref.test('President A attended the ')).toBe(false);
    expect(ref.test('Since then, the two leaders held the ')).toBe(false);
  });
});

describe('event.main-briefed-by-phone', () => {
  it('tells a call by "briefed … by phone"', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz briefed Foreign Minister Piet Maas by phone on Monday on the border talks.',
    );
    expect(f.names.some((n) => /Ruiz-Maas call/.test(n))).toBe(true);
  });
  it('needs the medium: a briefing in person is no call', () => {
    expect(EV17_PATTERNS.briefedByPhone.test('Minister A briefed the press on Monday.')).toBe(false);
    expect(EV17_PATTERNS.briefedByPhone.test('Minister A updated Minister B over the telephone')).toBe(true);
  });
});

describe('event.headline-to-attend', () => {
  it('gives no participant to a gathering a headline says its subject is to attend', () => {
    const f = facts(
      'Foreign Minister to attend the Baltic Sea Forum\n\nEstonia has pledged new aid, Foreign Minister Karl Tamm announced today.',
    );
    expect(f.names).toContain('Baltic Sea Forum');
    expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith('|Baltic Sea Forum'))).toEqual([]);
  });
  it('reads only a headline infinitive', () => {
    expect(EV17_PATTERNS.headlineInfinitiveBefore.test('Prime Minister to attend the ')).toBe(true);
    expect(EV17_PATTERNS.headlineInfinitiveBefore.test('Prime Minister attends the ')).toBe(false);
  });
});

describe('event.members-met, event.ceremony-attended-by, event.talks-between-opening', () => {
  it("names an organisation's gathering told by its members and a verb", () => {
    const f = facts('Heads of State of the East African Community met in Arusha on 24 November 2023.');
    expect(f.names.some((n) => /East African Community heads of state meeting in Arusha/.test(n))).toBe(true);
  });
  it('needs an organisation: members of a place or a people are no gathering', () => {
    expect(facts('Leaders of Tartu met in the town hall on Monday.').names).toEqual([]);
  });
  it('names a ceremony told in lowercase with those present, the agreement reached there', () => {
    const f = facts(
      'The Lake Accord was signed in Kisumu on 3 March 2024 at a ceremony attended by President Omar Dallas and Prime Minister Karl Tamm.',
    );
    const c = f.names.find((n) => /^signing ceremony/.test(n));
    expect(c).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Omar Dallas', c!)).toBe(true);
    expect(f.has('REACHED_AT', 'Lake Accord', c!)).toBe(true);
  });
  it('needs a signing: a ceremony attended by someone, nothing signed, is left to the other rules', () => {
    expect(EV17_PATTERNS.ceremonyAttended.test('The King attended a ceremony attended by many guests.')).toBe(false);
  });
  it('names talks opening their sentence with their two sides, and their parties', () => {
    const f = facts(
      'Talks between the delegations of Ghana and Togo, hosted by Benin, ended in Cotonou on 4 April 2024.',
    );
    const t = f.names.find((n) => /^talks between/.test(n));
    expect(t).toBeDefined();
    expect(f.has('INVOLVES', t!, 'Ghana')).toBe(true);
    expect(f.has('INVOLVES', t!, 'Togo')).toBe(true);
    expect(f.has('INVOLVES', t!, 'Benin')).toBe(true);
  });
  it("leaves talks between two named leaders to the rules that name the readout's own", () => {
    const f = facts('Talks between President Lina Morel and President Karl Tamm were held in Tallinn on 3 May 2024.');
    expect(f.names.some((n) => /^talks between President/.test(n))).toBe(false);
  });
  it('needs a verb of holding: talks between two sides told as a subject are not read', () => {
    expect(EV17_PATTERNS.talksBetweenOpening.test('Talks between Ghana and Togo are important for the region.')).toBe(
      false,
    );
  });
});

describe('sessions and heads', () => {
  it('reads "an enlarged meeting" as a session of the meeting', () => {
    const f = facts(
      'President Omar Dallas hosted President Lina Morel at the palace in Accra on 4 May 2024. The two presidents first talked in private and were then joined by their ministers for an enlarged meeting.',
    );
    expect(f.names).toContain('enlarged meeting');
  });
  it('reads a numbered "Ministerial Council" as the sitting it names, not the body alone', () => {
    expect(facts('The Skopje Declaration was adopted by the OSCE Ministerial Council.').names).not.toContain(
      'OSCE Ministerial Council',
    );
    const f = facts(
      'The 28th OSCE Ministerial Council took place in Lodz on 1 December 2022, chaired by Minister Piet Maas.',
    );
    expect(f.names.some((n) => /28th OSCE Ministerial Council/.test(n))).toBe(true);
  });
  it('reads "intergovernmental consultations" of a pair as a named event', () => {
    const f = facts(
      'Prime Minister Ana Ruiz and Prime Minister Piet Maas opened the Spanish-Dutch intergovernmental consultations in Utrecht on 2 June 2024.',
    );
    expect(f.names.some((n) => /^Spanish-Dutch intergovernmental consultations/.test(n))).toBe(true);
  });
});

describe('event.round-ended and participated.welcomed-passive', () => {
  it('names a round told by a verb of its end, with its place', () => {
    const f = facts('The Estonian delegation, led by Karl Tamm, ended a round of talks in Riga on 29 March 2024.');
    expect(f.names).toContain('round of talks in Riga');
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', 'round of talks in Riga')).toBe(true);
  });
  it('needs the round: "ended the talks" or "ended a round of applause" are not read', () => {
    expect(EV17_PATTERNS.roundEnded.test('The delegations ended the talks on Friday.')).toBe(false);
    expect(EV17_PATTERNS.roundEnded.test('The hall ended a round of applause.')).toBe(false);
  });
  it('gives the meeting of a passive welcome to guest and host', () => {
    const f = facts('President Lina Morel was welcomed to Tallinn on 21 May 2024 by President Karl Tamm.');
    const m = f.names.find((n) => /Morel-Tamm/.test(n));
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', m!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', m!)).toBe(true);
  });
  it('needs the agent: "was welcomed" of a decision is not read', () => {
    expect(EV17_PATTERNS.welcomedPassive.test('The decision was welcomed in Tallinn.')).toBe(false);
  });
});

describe('participated.among-attending', () => {
  it('reads "Among those attending were" as the attendance of the gathering told before', () => {
    const f = facts(
      'The 28th OSCE Ministerial Council took place in Lodz on 1 December 2022, chaired by Minister Zbigniew Rau. Among those attending were Foreign Minister Karl Tamm and Foreign Minister Lina Morel.',
    );
    const e = f.names.find((n) => /28th OSCE Ministerial Council/.test(n));
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', e!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', e!)).toBe(true);
  });
  it('needs those attending: "among the issues were" is no list of people', () => {
    expect(EV17_PATTERNS.amongAttending.test('Among the issues discussed were trade and energy.')).toBe(false);
  });
});
