// The fl17b round's tests (issue 6): constructions shown by three first-look samples in new styles, each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  AGREEMENT_NOT_POSSESSIVE_FRAGMENT,
  EVENT_MAIN_NOT_NAMED_IN_TITLE,
  EVENT_MAIN_NOT_PREPARED_FOR,
  EVENT_PAIR_HELD_BILATERAL,
  EVENT_QUOTED_NAME,
  EVENT_ROUNDS_OF_NEGOTIATIONS,
  ORG_NOT_MEMBERS_OF,
  PERSON_ELIDED_PARTICLE,
  PLACE_NOT_QUOTED,
  REACHED_AT_AFTER_PROCESS,
  insideQuotes,
  namedInTitle,
  pairHeldBilateral,
  quotedEvents,
  roundsOfNegotiations,
} from './rules-fl17b.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

const names = (text: string, type: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' })
    .out.entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe(PERSON_ELIDED_PARTICLE.id, () => {
  it('keeps a family name written with a glued elided particle', () => {
    expect(names("The Minister of Culture, Jeanne Morel d'Aubigny, opened the exhibition.", 'Person')).toContain(
      "Jeanne Morel d'Aubigny",
    );
    expect(names('President Luc Martin d’Estrées met the delegation.', 'Person')).toContain('Luc Martin d’Estrées');
  });
  it("does not read Côte d'Ivoire into a name, nor a lowercase word after a name", () => {
    const p = names("Foreign Minister Jean Kouassi of Côte d'Ivoire met the delegation.", 'Person');
    expect(p).toContain('Jean Kouassi');
    expect(p.some((x) => /Ivoire/.test(x))).toBe(false);
    expect(names("The President, Paul Girard d'accord, spoke.", 'Person').some((x) => /accord/.test(x))).toBe(false);
  });
});

describe(ORG_NOT_MEMBERS_OF.id, () => {
  it('reads the body, not its member states, as the organisation', () => {
    const o = names('The Prime Minister thanked the member States of the Pacific Islands Forum.', 'Organization');
    expect(o).toContain('Pacific Islands Forum');
    expect(o.some((x) => /^States\b/.test(x))).toBe(false);
  });
  it('leaves names whose head comes after the states alone', () => {
    expect(ORG_NOT_MEMBERS_OF.pattern.test('Organization of American States')).toBe(false);
    expect(ORG_NOT_MEMBERS_OF.pattern.test('League of Arab States')).toBe(false);
    expect(ORG_NOT_MEMBERS_OF.pattern.test('States of the Sahel Alliance')).toBe(true);
  });
});

describe(AGREEMENT_NOT_POSSESSIVE_FRAGMENT.id, () => {
  it('reads no agreement named by the letter after a possessive', () => {
    const a = names("The President said that today's agreement opens a new chapter.", 'Agreement');
    expect(a.some((x) => /^s\b/.test(x))).toBe(false);
  });
  it('still reads a lowercase agreement with modifiers of its own', () => {
    expect(names('The two sides signed a fisheries agreement on 2 May.', 'Agreement')).toContain('fisheries agreement');
  });
});

describe(EVENT_QUOTED_NAME.id, () => {
  it('reads a gathering named in quotation marks after its noun', () => {
    expect(
      quotedEvents('on the sidelines of the high-level event "Blue Horizons", held in Lima').map((x) => x.surface),
    ).toEqual(['Blue Horizons']);
    expect(quotedEvents('She opened the forum “Cities of Tomorrow” on Monday.').map((x) => x.surface)).toEqual([
      'Cities of Tomorrow',
    ]);
  });
  it('does not read a quotation after a verb, nor a lowercase one, nor one after another noun', () => {
    expect(quotedEvents('The meeting was "useful and frank", the minister said.')).toEqual([]);
    expect(quotedEvents('They called the summit "a turning point".')).toEqual([]);
    expect(quotedEvents('They adopted a document titled "Shared Waters".')).toEqual([]);
  });
  it('makes the quoted gathering the frame of the meeting held on its sidelines', () => {
    const t =
      'The Minister of Foreign Affairs, Ana Ruiz, met on Friday with the Minister of Trade of Chile, Pablo Mora, on ' +
      'the sidelines of the regional forum "Blue Horizons", which Peru hosted in Lima.';
    const f = eventFacts(t);
    expect(f.names).toContain('Blue Horizons');
    const meeting = f.names.find((n) => /Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PART_OF', meeting!, 'Blue Horizons')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Pablo Mora', meeting!)).toBe(true);
  });
});

describe(PLACE_NOT_QUOTED.id, () => {
  it('tells words inside a quoted name from the words after it', () => {
    const s = 'the event "Immersed in Change" was held in Lima';
    expect(insideQuotes(s, s.indexOf('in Change'))).toBe(true);
    expect(insideQuotes(s, s.indexOf('in Lima'))).toBe(false);
    expect(insideQuotes('the forum “Life in Cities” in Quito', 14)).toBe(true);
    expect(insideQuotes('the forum “Life in Cities” in Quito', 27)).toBe(false);
  });
});

describe(`${EVENT_MAIN_NOT_NAMED_IN_TITLE.id} and ${EVENT_MAIN_NOT_PREPARED_FOR.id}`, () => {
  it('does not take a conference named in an envoy title or as what an event prepares as the opening meeting', () => {
    const t =
      'The Minister of Foreign Affairs, Ana Ruiz, met on Friday with the Special Envoy of the President of Chile ' +
      'for the Fifth World Water Conference, Pablo Mora, in Lima.';
    const f = eventFacts(t);
    const meeting = f.names.find((n) => /Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'Fifth World Water Conference')).toBe(false);
    expect(namedInTitle('as the official pre-conference of the ', 38, false)).toBe(true);
    expect(namedInTitle('in preparation for the ', 23, false)).toBe(true);
  });
  it('still takes a conference the opening tells as attended', () => {
    expect(namedInTitle('The Minister attended the ', 26, false)).toBe(false);
    expect(namedInTitle('The President of Chile opened the ', 34, false)).toBe(false);
    const f = eventFacts(
      'The Minister of Foreign Affairs, Ana Ruiz, attended the Fifth World Water Conference in Lima.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'Fifth World Water Conference')).toBe(true);
  });
});

describe(EVENT_PAIR_HELD_BILATERAL.id, () => {
  it('reads a bilateral meeting two people held before or after the gathering the readout opens with', () => {
    const t =
      'Prime Minister Ana Ruiz of Peru hosted the Andean Water Summit in Lima, attended by President Pablo Mora of ' +
      'Chile. Before the summit, Prime Minister Ruiz and President Mora held a bilateral meeting.';
    const f = eventFacts(t);
    expect(f.names).toContain('bilateral meeting');
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'bilateral meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Pablo Mora', 'bilateral meeting')).toBe(true);
    expect(
      pairHeldBilateral('After the plenary, President Mora held separate talks with Prime Minister Ruiz.'),
    ).toEqual([{ surface: 'separate talks', start: 39, rule: 'event.pair-held-bilateral' }]);
  });
  it('does not read a meeting still to come, one with no pair, nor one without a time before another gathering', () => {
    expect(
      pairHeldBilateral('Before the summit, Prime Minister Ruiz and President Mora will hold a bilateral meeting.'),
    ).toEqual([]);
    expect(pairHeldBilateral('After the summit, the delegations held bilateral talks on trade.')).toEqual([]);
    expect(pairHeldBilateral('Prime Minister Ruiz and President Mora held a bilateral meeting in Lima.')).toEqual([]);
  });
});

describe(EVENT_ROUNDS_OF_NEGOTIATIONS.id, () => {
  it('reads a process told by its number of rounds', () => {
    expect(roundsOfNegotiations('It was agreed after thirteen rounds of negotiations.').map((x) => x.surface)).toEqual([
      'thirteen rounds of negotiations',
    ]);
    expect(roundsOfNegotiations('following more than 20 rounds of talks').map((x) => x.surface)).toEqual([
      '20 rounds of talks',
    ]);
  });
  it('does not read rounds still to come, nor rounds of something else', () => {
    expect(roundsOfNegotiations('The sides will hold two rounds of talks next year.')).toEqual([]);
    expect(roundsOfNegotiations('after three rounds of voting')).toEqual([]);
    expect(roundsOfNegotiations('after the third round of negotiations')).toEqual([]);
  });
});

describe(REACHED_AT_AFTER_PROCESS.id, () => {
  it('reads an agreement reached after a negotiating process as reached at it', () => {
    const t =
      'Peru and Chile concluded a fisheries agreement on 2 May. The agreement was reached after eleven rounds of ' +
      'negotiations, which the two countries launched in 2022.';
    const f = eventFacts(t);
    expect(f.has('REACHED_AT', 'fisheries agreement', 'eleven rounds of negotiations')).toBe(true);
    const g = eventFacts('Peru and Chile signed a fisheries agreement after two years of talks.');
    expect(g.has('REACHED_AT', 'fisheries agreement', 'two years of talks')).toBe(true);
  });
  it('does not read negotiations merely told beside an agreement, nor ones a reaching verb does not precede', () => {
    const f = eventFacts(
      'Peru and Chile signed a fisheries agreement on 2 May. Eleven rounds of negotiations on trade are planned.',
    );
    expect(f.of('REACHED_AT').some((r) => r.includes('rounds of negotiations'))).toBe(false);
    const g = eventFacts(
      'Member States today adopted the Ocean Accord at the Tenth Ocean Assembly, after more than two years of negotiations.',
    );
    expect(g.of('REACHED_AT').some((r) => r.includes('years of negotiations'))).toBe(false);
    expect(REACHED_AT_AFTER_PROCESS.cue.test('The ministers met after ')).toBe(false);
    expect(REACHED_AT_AFTER_PROCESS.cue.test('The deal was reached after ')).toBe(true);
  });
});
