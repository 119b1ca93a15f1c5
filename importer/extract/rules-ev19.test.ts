// Unit tests of the ev19 rules (issue 6) on made-up sentences about invented people in invented settings: a gathering
// told with a list of three or more people is one gathering (not the meeting of its first two), "A was (also)
// received by B" and "by B and by C" as meetings of their own, a visitor's meetings part of the visit, people named
// but not present, attendance cues, coordinated ordinals ("the 12th and 13th … Summits"), the people of an "in which …
// took part" clause, a pronoun subject who "paid a courtesy call on", sessions of a meeting named later, and
// agreements signed in a "where" clause; negative cases with each. The eleventh events bank (bank-events-11.test.ts)
// holds more.
import { describe, expect, it } from 'vitest';

import { EV19_PATTERNS, gatheringName } from './rules-ev19.ts';
import { eventFacts as facts } from './test-facts.ts';

const eventOf = (names: string[], re: RegExp) => names.find((n) => re.test(n));

describe('event.gathering-not-pair', () => {
  it('makes a colon list of five presidents one gathering, named by its ordinal summit', () => {
    const f = facts(
      'The heads of state of the Union of Coastal States gathered in Portavia on 4 March 2024 for the sixth summit of the organisation: Presidents Lina Morel, Karl Tamm, Ana Ruiz, Piet Maas and Omar Dallas.',
    );
    const s = eventOf(f.names, /^sixth summit$/);
    expect(s).toBeDefined();
    for (const p of ['Lina Morel', 'Karl Tamm', 'Ana Ruiz', 'Piet Maas', 'Omar Dallas'])
      expect(f.has('PARTICIPATED_IN', p, s!)).toBe(true);
    expect(eventOf(f.names, /Morel-Tamm/)).toBeUndefined();
  });

  it('reads "hosted A and B for the first trilateral summit" as one gathering of three', () => {
    const f = facts(
      'President Lina Morel hosted Prime Minister Karl Tamm and President Ana Ruiz at Lake Vell on 4 March 2024 for the first trilateral summit of the three countries.',
    );
    const s = eventOf(f.names, /trilateral summit/);
    expect(s).toBeDefined();
    for (const p of ['Lina Morel', 'Karl Tamm', 'Ana Ruiz']) expect(f.has('PARTICIPATED_IN', p, s!)).toBe(true);
  });

  it('names a group that met after the group ("X foreign ministers meeting")', () => {
    expect(
      gatheringName('The Amber Coast foreign ministers met at Vell on 4 March 2024: A for X, B for Y and C for Z.'),
    ).toBe('Amber Coast foreign ministers meeting');
    expect(gatheringName('The ninth annual summit of the bloc opened.')).toBe('ninth annual summit');
  });

  it('leaves a bilateral meeting with a companion as the pair it was', () => {
    const f = facts(
      'President Lina Morel, accompanied by Foreign Minister Ana Ruiz, met Prime Minister Karl Tamm in Portavia on 4 March 2024.',
    );
    expect(eventOf(f.names, /Morel-Tamm/)).toBeDefined();
    expect(gatheringName('President Lina Morel met Prime Minister Karl Tamm in Portavia.')).toBeUndefined();
  });
});

describe('event.received-by and participated.received-by', () => {
  it('reads "received by A and by B" as two meetings, each host in its own', () => {
    const f = facts(
      'In Portavia, Foreign Minister Lina Morel was received by President Karl Tamm and by Prime Minister Ana Ruiz on 4 March 2024.',
    );
    const a = eventOf(f.names, /Morel-Tamm|Tamm-Morel/);
    const b = eventOf(f.names, /Morel-Ruiz|Ruiz-Morel/);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', b!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', a!)).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', b!)).toBe(false);
  });

  it('reads "The <Title> was also received by" after talks as a meeting of the readout\'s subject', () => {
    const f = facts(
      'Foreign Minister Lina Morel held talks with Foreign Minister Karl Tamm in Portavia on 4 March 2024. ' +
        'The Arlandian Foreign Minister was also received by President Ana Ruiz.',
    );
    const m = eventOf(f.names, /Morel-Ruiz|Ruiz-Morel/);
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', m!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', m!)).toBe(true);
    const talks = eventOf(f.names, /Morel-Tamm/);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', talks!)).toBe(false);
  });

  it('matches the verb forms and not an object received', () => {
    const p = EV19_PATTERNS.receivedBy;
    const hit = (s: string) => [...s.matchAll(p)].length > 0;
    expect(hit('He had earlier been received by Premier Li')).toBe(true);
    expect(hit('She was received in audience by the Emir')).toBe(true);
    expect(hit('The proposal was welcomed by the ministers')).toBe(false);
    expect(hit('The letter received by the ministry was answered')).toBe(false);
  });
});

describe('part-of.visitor-meeting', () => {
  it("makes the visitor's later meeting part of the one visit", () => {
    const f = facts(
      'Foreign Minister Lina Morel paid an official visit to Portavia on 4 March 2024. ' +
        'She held talks with Foreign Minister Karl Tamm and paid a courtesy call on President Ana Ruiz.',
    );
    const visit = eventOf(f.names, /visit/);
    expect(visit).toBeDefined();
    const parts = f.of('PART_OF').filter((r) => r.endsWith(`|${visit}`));
    expect(parts.length).toBeGreaterThan(0);
  });

  it('leaves a meeting held before the trip or in another country out of the visit', () => {
    const f = facts(
      'President Joko Widodo paid a visit to Moscow on 30 June 2022, where he met President Vladimir Putin. ' +
        'A day earlier, President Widodo had met President Volodymyr Zelenskyy in Kyiv.',
    );
    const kyiv = eventOf(f.names, /Zelenskyy/);
    if (kyiv) expect(f.of('PART_OF').some((r) => r.startsWith(`PART_OF|${kyiv}|`) && /visit/.test(r))).toBe(false);
    expect(EV19_PATTERNS.beforeTrip.test('had travelled to Vell from the ')).toBe(true);
  });
});

describe('participated.not-present', () => {
  it('keeps out a spokesperson "who did not attend", a sender of greetings and a possessor of a government', () => {
    const f = facts(
      'Chancellor Lina Morel met President Karl Tamm in Portavia on 4 March 2024. ' +
        'Spokesperson Piet Maas, who did not attend the meeting, told reporters that the talks had gone well.',
    );
    const m = eventOf(f.names, /Morel-Tamm/);
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', m!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Piet Maas', m!)).toBe(false);
    expect(EV19_PATTERNS.sentWordsBefore.test('who conveyed the greetings of ')).toBe(true);
    expect(EV19_PATTERNS.possessiveNotEvent.test("'s government established relations")).toBe(true);
  });

  it('is no bar for a person whose possessive names an event or who attended', () => {
    expect(EV19_PATTERNS.possessiveNotEvent.test("'s visit to Vell")).toBe(false);
    expect(EV19_PATTERNS.notPresentAfter.test(', who attended the meeting,')).toBe(false);
    expect(EV19_PATTERNS.sentWordsBefore.test('the invitation of ')).toBe(false);
  });
});

describe('participated.attending-included and participated.hosted-list', () => {
  it('gives a summit the leaders "attending included" and a meeting the ministers "hosted by" its host', () => {
    const f = facts(
      'The Amber Coast Ministerial Meeting took place in Vell on 4 March 2024. ' +
        'Foreign Minister Lina Morel, Foreign Minister Karl Tamm and Foreign Minister Ana Ruiz were hosted by Foreign Minister Piet Maas.',
    );
    const m = eventOf(f.names, /Amber Coast Ministerial Meeting/);
    expect(m).toBeDefined();
    for (const p of ['Lina Morel', 'Karl Tamm', 'Ana Ruiz', 'Piet Maas'])
      expect(f.has('PARTICIPATED_IN', p, m!)).toBe(true);
    expect(EV19_PATTERNS.attendingCue.test('The heads of government attending included A, B and C')).toBe(true);
  });

  it('is no cue for one guest hosted or an attendance to come', () => {
    expect(EV19_PATTERNS.hostedList.test('The delegation was hosted by the Minister at a dinner')).toBe(false);
    expect(EV19_PATTERNS.attendingCue.test('Those expected to attend include A and B')).toBe(false);
  });
});

describe('event.ordinals-coordinated', () => {
  it('makes "the 12th and 13th X Summits" two summits, each with its chair', () => {
    const f = facts(
      'The 12th and 13th Amber Coast Summits were held in Vell from 4 to 6 March 2024 under the chairmanship of President Lina Morel.',
    );
    expect(f.names).toContain('12th Amber Coast Summit');
    expect(f.names).toContain('13th Amber Coast Summit');
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', '12th Amber Coast Summit')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', '13th Amber Coast Summit')).toBe(true);
  });

  it('gives a planned pair no participant', () => {
    const f = facts(
      'The 14th and 15th Amber Coast Summits will be held in Vell next year under the chairmanship of President Lina Morel.',
    );
    expect(f.of('PARTICIPATED_IN').filter((r) => /Amber Coast Summit/.test(r))).toEqual([]);
  });
});

describe('participated.in-which-nearest', () => {
  it('keeps the ministers of "in which … took part" out of the first session', () => {
    const f = facts(
      'President Lina Morel and President Karl Tamm held talks in Vell on 4 March 2024. ' +
        'A tête-à-tête was followed by talks in an expanded format, in which Foreign Ministers Ana Ruiz and Piet Maas took part.',
    );
    const tete = eventOf(f.names, /tête-à-tête/);
    expect(tete).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', tete!)).toBe(false);
    const expanded = eventOf(f.names, /expanded format/);
    expect(expanded).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', expanded!)).toBe(true);
    expect(EV19_PATTERNS.inWhich.test('the plenary, in which the ministers took part')).toBe(true);
    expect(EV19_PATTERNS.inWhich.test('the report, in which the ministers set out their views')).toBe(false);
  });
});

describe('participated.pronoun-subject and reached-at.where-clause', () => {
  it('gives the previous subject the courtesy call "She then paid"', () => {
    const f = facts(
      'Foreign Minister Lina Morel held talks with Foreign Minister Karl Tamm in Vell on 4 March 2024. ' +
        'She then paid a courtesy call on President Ana Ruiz.',
    );
    const call = eventOf(f.names, /courtesy call/);
    expect(call).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', call!)).toBe(true);
    expect(EV19_PATTERNS.pronounCall.test('She said the talks went well')).toBe(false);
  });

  it('reaches the agreement of a "where … signed" clause at the meeting before it', () => {
    expect(EV19_PATTERNS.whereSigned.test('at the Palace, where the two leaders signed the Vell Accord')).toBe(true);
    expect(EV19_PATTERNS.whereSigned.test('in Vell, where the accord had been drafted')).toBe(false);
  });

  it('reaches no agreement named before the verb ("where they discussed the deal the two signed last year")', () => {
    const f = facts(
      'President Ana Ruiz met President Karl Tamm in Vell on 4 March 2024, where they discussed the water sharing deal ' +
        'the two countries signed last year.',
    );
    expect(f.of('REACHED_AT')).toEqual([]);
  });
});

describe('event.session-more-ev19', () => {
  it('names a plenary meeting of the delegations and a dinner for heads of state as sessions', () => {
    const m = (s: string) => [...s.matchAll(EV19_PATTERNS.session)].map((x) => x[0]);
    expect(m('A one-to-one preceded the plenary meeting of the two delegations.')).toEqual([
      'plenary meeting of the two delegations',
    ]);
    expect(m('The summit opened with a dinner for heads of state and government.')).toEqual([
      'dinner for heads of state and government',
    ]);
    expect(m('The dinner for the press corps was cancelled.')).toEqual([]);
  });
});
