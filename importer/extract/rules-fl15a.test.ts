// The fl15a round's tests (issue 6): constructions shown by three first-look samples in new styles (a European federal
// ministry's press release, a West African presidency's release, a South American foreign ministry's page), each rule
// on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { INCIDENT_NAME } from './rel-kit.ts';
import {
  MAIN_HELD_PHRASE,
  MEETING_ON_TOPIC,
  meetingTopic,
  NEGOTIATOR_OF,
  SESSION_OF_MAIN,
  SUMMIT_OF_HEADS,
} from './rules-fl15a.ts';
import { SEPARATELY } from './rules-separately.ts';
import { extractFacts } from './test-facts.ts';

const META = { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Ruritania' };
const facts = (text: string) => extractFacts(text, META);
const events = (text: string) =>
  facts(text)
    .out.entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);
const participants = (rels: Set<string>, event: RegExp) =>
  [...rels]
    .filter((r) => r.startsWith('PARTICIPATED_IN|') && event.test(r.split('|')[2]!))
    .map((r) => r.split('|')[1]!)
    .sort();

describe('event.separately', () => {
  it('has its id', () => expect(SEPARATELY.id).toBe('event.separately'));

  it('"X received A and B separately" is two meetings, each with the host and one guest', () => {
    const t =
      'On 2 May, Foreign Minister Anna Kovacs received Deputy Prime Minister Jonas Alver and Minister of Trade Carla Mendes separately at the Ministry.';
    const f = facts(t);
    const names = f.out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    const alver = names.find((n) => /Alver/.test(n));
    const mendes = names.find((n) => /Mendes/.test(n));
    expect(alver).toBeDefined();
    expect(mendes).toBeDefined();
    expect(participants(f.rels, new RegExp(alver!))).toEqual(['Anna Kovacs', 'Jonas Alver']);
    expect(participants(f.rels, new RegExp(mendes!))).toEqual(['Anna Kovacs', 'Carla Mendes']);
  });

  it('"X met separately with A and with B" splits the same way, leaving another clause\'s pair out', () => {
    const t =
      'On the margins of the summit, President Paul Ruiz held a meeting with President Omar Haddad, and Minister Anna Kovacs met separately with Minister Jonas Alver and with the Foreign Minister of Peru, Luis Ortega.';
    const f = facts(t);
    const alver = participants(f.rels, /Alver/);
    expect(alver).toContain('Anna Kovacs');
    expect(alver).not.toContain('Luis Ortega');
    expect(alver).not.toContain('Paul Ruiz');
    expect(participants(f.rels, /Ortega/)).toEqual(['Anna Kovacs', 'Luis Ortega']);
  });

  it('leaves one meeting alone without "separately", or with one guest', () => {
    const t1 =
      'On 2 May, Foreign Minister Anna Kovacs received Deputy Prime Minister Jonas Alver and Minister of Trade Carla Mendes at the Ministry.';
    expect(events(t1).filter((n) => /Mendes/.test(n))).toEqual([]);
    const t2 =
      'On 2 May, Foreign Minister Anna Kovacs separately received Deputy Prime Minister Jonas Alver at the Ministry.';
    expect(events(t2).length).toBeLessThanOrEqual(1);
  });
});

describe('event.meeting-on-topic', () => {
  it('has its id and patterns', () => {
    expect(MEETING_ON_TOPIC.id).toBe('event.meeting-on-topic');
    expect(MEETING_ON_TOPIC.notTopic.test('the sidelines of the Forum')).toBe(true);
  });

  it('pins a meeting phrase by its topic when a place follows or a verb of holding precedes', () => {
    expect(meetingTopic(' on the security situation in the Sahel at the State Lodge.', 'The President hosted ')).toBe(
      'the security situation in the Sahel',
    );
    expect(meetingTopic(' on the energy transition.', 'The Minister convened ')).toBe('the energy transition');
    const t =
      'President Anna Kovacs on Tuesday hosted a consultative meeting on the security situation in the Sahel at the State Lodge.';
    const f = facts(t);
    expect(events(t)).toContain('consultative meeting on the security situation in the Sahel');
    expect(participants(f.rels, /consultative meeting/)).toEqual(['Anna Kovacs']);
  });

  it('leaves a topic with no pin, a frame and a day alone', () => {
    expect(meetingTopic(' on the energy transition.', 'They discussed the outcome of ')).toBeUndefined();
    expect(meetingTopic(' on the sidelines of the Forum in Davos.', 'The two held ')).toBeUndefined();
    expect(meetingTopic(' on Monday evening at the Palace.', 'The two held ')).toBeUndefined();
    expect(meetingTopic(' on trade, which was held at the Palace.', 'They recalled ')).toBeUndefined();
  });

  it('a meeting on a crisis is no incident, the crisis alone still is', () => {
    expect(INCIDENT_NAME.test('consultative meeting on the situation in the Sahel')).toBe(false);
    expect(INCIDENT_NAME.test('talks on the war in the region')).toBe(false);
    expect(INCIDENT_NAME.test('the war in the region')).toBe(true);
  });
});

describe('event.main-held-phrase', () => {
  it('has its id', () => expect(MAIN_HELD_PHRASE.id).toBe('event.main-held-phrase'));

  it('makes the meeting held in the opening the readout\'s own, so "The meeting was attended by" tells its people', () => {
    const t =
      'President Anna Kovacs on Tuesday hosted a consultative meeting on the security situation in the Sahel at the State Lodge.\n\nThe meeting was attended by President Paul Ruiz of Peru and President Omar Haddad of Chile.';
    const f = facts(t);
    expect(participants(f.rels, /consultative meeting/)).toEqual(['Anna Kovacs', 'Omar Haddad', 'Paul Ruiz']);
  });

  it('does not take a meeting of a later sentence or a planned one', () => {
    const t =
      'President Anna Kovacs on Tuesday spoke about the economy to the press at the State Lodge in the capital city.\n\nShe will host a consultative meeting on the security situation in the Sahel at the State Lodge next month. The meeting will be attended by President Paul Ruiz of Peru.';
    const f = facts(t);
    expect(participants(f.rels, /consultative meeting/)).not.toContain('Paul Ruiz');
  });
});

describe('negotiates-for.long-title-principal and negotiates-for.negotiator-of', () => {
  it('has its id', () => expect(NEGOTIATOR_OF.id).toBe('negotiates-for.negotiator-of'));

  it('"on behalf of the <long title>, <Name>" names the person as principal', () => {
    const t =
      'The meeting in Lima was chaired by Anna Kovacs, Deputy Secretary General of the European External Action Service, on behalf of the High Representative of the Union for Foreign Affairs and Security Policy, Josep Borrell.';
    expect(facts(t).rels.has('NEGOTIATES_FOR|Anna Kovacs|Josep Borrell')).toBe(true);
  });

  it('"X acts as chief negotiator of <State>" acts for the state', () => {
    const t =
      'Deputy Foreign Minister Karl Dorn of Peru also acts as chief negotiator of the Republic of Peru in the talks.';
    expect(facts(t).rels.has('NEGOTIATES_FOR|Karl Dorn|Peru')).toBe(true);
  });

  it('leaves a negotiator the subject did not act as, and a negotiator of an agreement, alone', () => {
    const t1 = 'Deputy Foreign Minister Karl Dorn of Peru met the chief negotiator of the Republic of Chile in Lima.';
    expect(facts(t1).rels.has('NEGOTIATES_FOR|Karl Dorn|Chile')).toBe(false);
    const t2 = 'Minister Karl Dorn of Peru acted as chief negotiator of the trade agreement with Chile.';
    expect(facts(t2).rels.has('NEGOTIATES_FOR|Karl Dorn|Chile')).toBe(false);
  });
});

describe('event.summit-of-heads', () => {
  it('has its id', () => expect(SUMMIT_OF_HEADS.id).toBe('event.summit-of-heads'));

  it('keeps "of Heads of State … of X" in a bare ordinal summit\'s name, and the short form is the same summit', () => {
    const t =
      'President Anna Kovacs chaired in Lima the XII Summit of Heads of State and Government of the Andean Community (CAN). President Paul Ruiz of Peru took part in the Andean Community Summit.';
    const names = events(t);
    // The bracketed acronym is an alias since ent24 (event.acronym-out-of-name), not part of the name.
    expect(names).toContain('XII Summit of Heads of State and Government of the Andean Community');
    expect(names).not.toContain('XII Summit');
  });

  it('leaves a name with words of its own, and another complement, alone', () => {
    const t1 = 'The Joint Summit of the Heads of State of the Region was held in Quito on Friday.';
    expect(events(t1).some((n) => /Heads of State/.test(n))).toBe(false);
    expect(SUMMIT_OF_HEADS.bare.test('XII Summit')).toBe(true);
    expect(SUMMIT_OF_HEADS.bare.test('Joint EAC-SADC Summit')).toBe(false);
    expect(SUMMIT_OF_HEADS.tail.test(' of the Americas in Panama')).toBe(false);
  });
});

describe('event.session-of-main', () => {
  it('has its id', () => expect(SESSION_OF_MAIN.id).toBe('event.session-of-main'));

  it("a closed-door session told after the readout's own meeting is part of it, with the people named there", () => {
    const t =
      'President Anna Kovacs on Tuesday hosted a consultative meeting on the security situation in the Sahel at the State Lodge.\n\nAfter the opening remarks, the Heads of State held a closed-door session with Colonel Luis Ortega.';
    const f = facts(t);
    expect(f.rels.has('PART_OF|closed-door session|consultative meeting on the security situation in the Sahel')).toBe(
      true,
    );
    expect(f.rels.has('PARTICIPATED_IN|Luis Ortega|closed-door session')).toBe(true);
    expect(f.rels.has('PARTICIPATED_IN|Luis Ortega|consultative meeting on the security situation in the Sahel')).toBe(
      true,
    );
  });

  it('leaves a planned session, a plenary session and a readout with no meeting of its own alone', () => {
    const t1 =
      'President Anna Kovacs on Tuesday hosted a consultative meeting on the security situation in the Sahel at the State Lodge.\n\nThe Heads of State will hold a joint session with Colonel Luis Ortega next week. The round opened with a plenary session.';
    const n1 = events(t1);
    expect(n1).not.toContain('joint session');
    expect(n1).not.toContain('plenary session');
    const t2 = 'The parliament of Ruritania held a joint session on the budget.';
    expect(events(t2)).not.toContain('joint session');
  });
});
