// Unit tests of the top22 DISCUSSED and INVOLVES rules on made-up sentences about invented people and real states and
// bodies (none of them a passage of bank-topics-7), negatives included. Each integration test fails on main's rules
// (3694699).
import { describe, expect, it } from 'vitest';

import { hostRelative, itemBeforeIncident, listedPlace, NOT_EXCHANGED_VIEWS, pastPost } from './rules-top22.ts';
import { situationOfPeople } from './rules-top22-events.ts';
import { madeUpRelations } from './test-facts.ts';

/** Entities and relations (with the rule that made each) of made-up readout text. */
function facts(text: string) {
  const { out, rels } = madeUpRelations(text);
  return {
    has: (type: string, from: string, to: string) =>
      rels.some((r) => r.type === type && r.from === from && r.to === to),
    to: (type: string, to: string) => rels.filter((r) => r.type === type && r.to === to),
    names: (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name),
  };
}

const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const OPENING = 'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ';
const MEETING = 'Ruiz-Mora meeting in Lima';

describe('reached-at.not-exchanged-views', () => {
  it('reads "exchanged views / frank views / information" as talk, "exchanged the instruments" as an exchange', () => {
    const verb = new RegExp(`exchanged(?!${NOT_EXCHANGED_VIEWS.after.source})`, 'i');
    expect(verb.test('They exchanged views on the treaty')).toBe(false);
    expect(verb.test('They exchanged frank and detailed views')).toBe(false);
    expect(verb.test('The sides exchanged information on the accord')).toBe(false);
    expect(verb.test('They exchanged the instruments of ratification')).toBe(true);
    expect(verb.test('The ministers exchanged the signed texts')).toBe(true);
  });

  it('keeps an agreement views were exchanged on a subject, not an agreement reached', () => {
    const f = facts(`${OPENING}They exchanged views on the Treaty of Amity and Cooperation in Southeast Asia.`);
    expect(f.has('DISCUSSED', MEETING, 'Treaty of Amity and Cooperation in Southeast Asia')).toBe(true);
    expect(f.to('REACHED_AT', MEETING)).toEqual([]);
  });
});

describe('involves.host-relative, discussed.not-host-relative', () => {
  it('finds the host after ", which A will host", "that A hosted", and the second co-chair', () => {
    const a = 'the Leaders Meeting, which Solomon Islands will host in Honiara';
    expect(hostRelative(a, at(a, 'Solomon Islands'))).toBe(true);
    const b = 'the summit that Hungary hosted in May';
    expect(hostRelative(b, at(b, 'Hungary'))).toBe(true);
    const c = 'the conference co-chaired by France and Saudi Arabia';
    expect(hostRelative(c, at(c, 'Saudi Arabia'))).toBe(true);
  });

  it('is no host when the relative clause says something else', () => {
    const a = 'the summit, which Kenya welcomed';
    expect(hostRelative(a, at(a, 'Kenya'))).toBe(false);
    const b = 'They discussed France and Saudi Arabia';
    expect(hostRelative(b, at(b, 'Saudi Arabia'))).toBe(false);
  });

  it('relates the gathering to its host, which is no topic', () => {
    const f = facts(
      `${OPENING}They discussed the Pacific Islands Forum Leaders Meeting, which Solomon Islands will host.`,
    );
    expect(f.to('INVOLVES', 'Solomon Islands').map((r) => r.rule)).toContain('involves.host-relative');
    expect(f.has('DISCUSSED', MEETING, 'Solomon Islands')).toBe(false);
  });
});

describe('involves.not-item-before-incident', () => {
  it('is an item before "and the" an incident that names its own target, not a side after "between"', () => {
    const a = 'They discussed Iraq and the Turkish strikes on Syria.';
    expect(itemBeforeIncident(a, at(a, 'Iraq'), at(a, 'Turkish strikes on Syria'))).toBe(true);
    const b = 'the clashes between Armenia and the Azerbaijani raids on Tegh';
    expect(itemBeforeIncident(b, at(b, 'Armenia'), at(b, 'Azerbaijani raids on Tegh'))).toBe(false);
    const c = 'They discussed Ukraine and the Russian aggression.';
    expect(itemBeforeIncident(c, at(c, 'Ukraine'), at(c, 'Russian aggression'))).toBe(false);
  });

  it('makes the listed state a topic and no party of the incident', () => {
    const f = facts(`${OPENING}They discussed Iraq and the Turkish strikes on Syria.`);
    expect(f.has('DISCUSSED', MEETING, 'Iraq')).toBe(true);
    expect(f.has('INVOLVES', 'Turkish strikes on Syria', 'Iraq')).toBe(false);
    expect(f.has('INVOLVES', 'Turkish strikes on Syria', 'Syria')).toBe(true);
  });
});

describe('discussed.not-past-post', () => {
  it('reads a state after "a former ambassador to", "who served as Ambassador in"', () => {
    const a = 'Ana Ruiz, a former ambassador to Japan, met';
    expect(pastPost(a, at(a, 'Japan'))).toBe(true);
    const b = 'Ana Ruiz, who served as Ambassador in the Netherlands, met';
    expect(pastPost(b, at(b, 'Netherlands'))).toBe(true);
    const c = 'They discussed the ambassadors of Japan';
    expect(pastPost(c, at(c, 'Japan'))).toBe(false);
  });

  it('gives the state of a past post no DISCUSSED', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz, a former ambassador to Japan, met Foreign Minister Pablo Mora of Chile in Lima on 3 May. They discussed trade.',
    );
    expect(f.has('DISCUSSED', MEETING, 'Japan')).toBe(false);
  });
});

describe('discussed.listed-place', () => {
  it('reads "including in", "notably in" as a list, "held in" as a place', () => {
    const a = 'regional developments, including in Mali';
    expect(listedPlace(a, at(a, 'Mali'))).toBe(true);
    const b = 'the meeting held in Mali';
    expect(listedPlace(b, at(b, 'Mali'))).toBe(false);
  });

  it('makes a state listed after "including in" a topic', () => {
    const f = facts(`${OPENING}They reviewed regional developments, including in Mali.`);
    expect(f.has('DISCUSSED', MEETING, 'Mali')).toBe(true);
  });
});

describe('event.incident.not-situation-of-people', () => {
  it('reads how a group of nationals fares as no incident, a group in distress as one', () => {
    expect(situationOfPeople('situation', ' of Kyrgyz workers in Russia')).toBe(true);
    expect(situationOfPeople('situation', ' of the Kazakh community in Russia')).toBe(true);
    expect(situationOfPeople('situation', ' of Rohingya refugees in Bangladesh')).toBe(false);
    expect(situationOfPeople('attack', ' of Kyrgyz workers')).toBe(false);
  });

  it('makes no event of "the situation of Kyrgyz workers in Russia"', () => {
    const f = facts(`${OPENING}They discussed the situation of Kyrgyz workers in Russia.`);
    expect(f.names('Event').filter((n) => /situation/.test(n))).toEqual([]);
    expect(f.to('INVOLVES', 'Russia')).toEqual([]);
  });
});

describe('involves.attributed-to', () => {
  it('relates an incident to the group it is attributed to', () => {
    const f = facts(`${OPENING}They condemned the bombing of a market in Mogadishu attributed to al-Shabaab.`);
    expect(f.to('INVOLVES', 'Al-Shabaab').map((r) => r.rule)).toContain('involves.attributed-to');
  });

  it('relates nothing when no incident stands before "attributed to"', () => {
    const f = facts(`${OPENING}They discussed the growth attributed to Chile's reforms.`);
    expect(f.to('INVOLVES', 'Chile')).toEqual([]);
  });
});

describe('top22 incident lexicon: "insurgency"', () => {
  it('finds "the insurgency in northern Mozambique" and its state', () => {
    const f = facts(`${OPENING}They discussed the insurgency in northern Mozambique.`);
    expect(f.has('INVOLVES', 'insurgency in northern Mozambique', 'Mozambique')).toBe(true);
  });
});
