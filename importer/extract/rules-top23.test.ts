// Unit tests of the top23 DISCUSSED and INVOLVES rules and incident filters on made-up sentences about invented people
// and real states and bodies (none of them a passage of bank-topics-8), negatives included. Each integration test that
// asserts a fact fails on main's rules (fa9eec0).
import { describe, expect, it } from 'vitest';

import { briefedBody, condemner, notTopicTop23, subjectNounIn, VENUE_STATE } from './rules-top23.ts';
import { bareProcess, kindOfViolence, mediationWithoutSides } from './rules-top23-events.ts';
import { extractFacts } from './test-facts.ts';

type Rel = { type: string; from: string; to: string; rule?: string };

/** Entities and relations (with the rule that made each) of made-up readout text. */
function facts(text: string) {
  const { out } = extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }, true);
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = (out.relations as Rel[]).map((r) => ({ ...r, from: name.get(r.from)!, to: name.get(r.to)! }));
  return {
    has: (type: string, from: string, to: string) =>
      rels.some((r) => r.type === type && r.from === from && r.to === to),
    to: (type: string, to: string) => rels.filter((r) => r.type === type && r.to === to),
    from: (type: string, from: string) => rels.filter((r) => r.type === type && r.from === from),
    names: (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name),
  };
}

const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const OPENING = 'Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ';
const MEETING = 'Ruiz-Mora meeting in Lima';

describe('discussed.subject-noun-in', () => {
  it('reads a state after "developments / transition / reconstruction … in", and the states listed after it', () => {
    const a = 'They reviewed the latest developments in Libya';
    expect(subjectNounIn(a, at(a, 'Libya'))).toBe(true);
    const b = 'the political transition in Chad';
    expect(subjectNounIn(b, at(b, 'Chad'))).toBe(true);
    const c = 'Reconstruction in Ukraine and Moldova';
    expect(subjectNounIn(c, at(c, 'Moldova'))).toBe(true);
  });

  it('is no subject after other nouns: a meeting or an office in a state stays a place', () => {
    const a = 'They met at the embassy in Peru';
    expect(subjectNounIn(a, at(a, 'Peru'))).toBe(false);
    const b = 'the business forum held in Ghana';
    expect(subjectNounIn(b, at(b, 'Ghana'))).toBe(false);
  });

  it('gives the meeting the state of "the latest developments in A" and "the political transition in B" as topics', () => {
    const f = facts(`${OPENING}The ministers briefed each other on the latest developments in Libya.`);
    expect(f.has('DISCUSSED', MEETING, 'Libya')).toBe(true);
    const g = facts(`${OPENING}The ministers also addressed the political transition in Chad.`);
    expect(g.has('DISCUSSED', MEETING, 'Chad')).toBe(true);
  });

  it('keeps a state the ministers only travelled to from the topics', () => {
    const f = facts(`${OPENING}Minister Ruiz then travelled to Ecuador for a regional forum.`);
    expect(f.has('DISCUSSED', MEETING, 'Ecuador')).toBe(false);
  });
});

describe('discussed.not-mission-venue, involves.not-condemner', () => {
  it('reads a state whose embassy or residence is the venue as no topic; an attacked embassy stays one', () => {
    const a = 'The talks were held at the Embassy of Norway in the capital';
    expect(notTopicTop23(a, at(a, 'Norway'))).toBe(true);
    const b = 'a dinner at the official Residence of the Ambassador of Italy';
    expect(notTopicTop23(b, at(b, 'Italy'))).toBe(true);
    const c = 'They condemned the attack on the Embassy of Norway in the capital';
    expect(notTopicTop23(c, at(c, 'Norway'))).toBe(false);
  });

  it('reads the subject of ", which X condemned / has strongly denounced" as a commenter, not an actor', () => {
    const a = 'the shelling of a school in Gaza, which the European Union condemned';
    expect(condemner(a, at(a, 'European Union'))).toBe(true);
    const b = 'the raid on the port, which Egypt has strongly denounced';
    expect(condemner(b, at(b, 'Egypt'))).toBe(true);
    const c = 'the raid on the port, which Egypt carried out';
    expect(condemner(c, at(c, 'Egypt'))).toBe(false);
  });

  it('reads the body briefed on an incident or process as its addressee, not a party', () => {
    const a = 'She briefed the Security Council on 2 May on the peace process between A and B';
    expect(briefedBody(a, at(a, 'Security Council'))).toBe(true);
    const b = 'the Security Council on 2 May condemned the attack';
    expect(briefedBody(b, at(b, 'Security Council'))).toBe(false);
  });

  it('keeps the embassy state out of the topics', () => {
    const f = facts(`${OPENING}The meeting took place at the Embassy of Portugal and covered trade.`);
    expect(f.has('DISCUSSED', MEETING, 'Portugal')).toBe(false);
  });

  it('gives an incident no party, and the meeting no topic, in the body that only condemned it', () => {
    const f = facts(
      `${OPENING}They discussed the attack on a hospital in Sudan's Kordofan region, which the African Union condemned.`,
    );
    const incident = f.names('Event').find((n) => n.startsWith('attack on a hospital'));
    expect(incident).toBeDefined();
    expect(f.has('INVOLVES', incident!, 'Sudan')).toBe(true);
    expect(f.has('INVOLVES', incident!, 'African Union')).toBe(false);
    expect(f.has('DISCUSSED', MEETING, 'African Union')).toBe(false);
  });
});

describe('involves.under-mediation', () => {
  it('relates talks to mediators told by adjectives and after "the mediation of"', () => {
    const f = facts(
      `${OPENING}They discussed the talks between Armenia and Azerbaijan under Swiss and Kazakh mediation.`,
    );
    const talks = f.names('Event').find((n) => n.startsWith('talks between Armenia and Azerbaijan'));
    expect(talks).toBeDefined();
    expect(f.has('INVOLVES', talks!, 'Switzerland')).toBe(true);
    expect(f.has('INVOLVES', talks!, 'Kazakhstan')).toBe(true);
    const g = facts(
      `${OPENING}They discussed the talks between Sudan and South Sudan under the mediation of Egypt and Qatar.`,
    );
    const other = g.names('Event').find((n) => n.startsWith('talks between Sudan and South Sudan'));
    expect(other).toBeDefined();
    expect(g.has('INVOLVES', other!, 'Egypt')).toBe(true);
    expect(g.has('INVOLVES', other!, 'Qatar')).toBe(true);
  });

  it('gives the readout’s own meeting no mediator party, and makes no event of "the mediation of"', () => {
    const f = facts(`${OPENING}The meeting was held under the mediation of Qatar.`);
    expect(f.has('INVOLVES', MEETING, 'Qatar')).toBe(false);
    expect(f.names('Event').some((n) => /mediation/i.test(n))).toBe(false);
  });
});

describe('involves.venue-state', () => {
  it('reads "held in A" and "in City, A" after an event (not a bare "in A"), and "held in A" inside its name', () => {
    expect(VENUE_STATE.before.test(' held in ')).toBe(true);
    expect(VENUE_STATE.before.test(' on Oceans in Lisbon, ')).toBe(true);
    expect(VENUE_STATE.before.test(', which will be held in ')).toBe(true);
    expect(VENUE_STATE.before.test(' and the situation in ')).toBe(false);
    expect(VENUE_STATE.before.test(' in ')).toBe(false);
    expect(VENUE_STATE.inName.test('talks between A and B held in ')).toBe(true);
  });

  it('relates talks of other parties held in a state to it, and not the readout’s own meeting', () => {
    const f = facts(`${OPENING}They discussed the talks between Serbia and Hungary held in Austria.`);
    const talks = f.names('Event').find((n) => n.startsWith('talks between Serbia and Hungary'));
    expect(talks).toBeDefined();
    expect(f.has('INVOLVES', talks!, 'Austria')).toBe(true);
    const g = facts('Foreign Minister Ana Ruiz met Foreign Minister Pablo Mora in Santiago, Chile, on 3 May.');
    expect(g.to('INVOLVES', 'Chile')).toEqual([]);
  });
});

describe('event.incident: mediation-between, led-peace-process, kind-of-violence', () => {
  it('keeps a mediation with its sides and a peace process with its leader, place or sides', () => {
    expect(mediationWithoutSides('mediation', 'mediation between Sudan and Chad')).toBe(false);
    expect(mediationWithoutSides('mediation', 'mediation of Qatar')).toBe(true);
    expect(bareProcess('AU-led peace process', 'peace process in Libya')).toBe(false);
    expect(bareProcess('peace process', 'peace process between A and B')).toBe(false);
    expect(bareProcess('Philippine peace process', 'Philippine peace process')).toBe(true);
  });

  it('reads violence by its kind, not a bare "violence"', () => {
    expect(kindOfViolence('gang violence')).toBe(true);
    expect(kindOfViolence('jihadist violence')).toBe(true);
    expect(kindOfViolence('violence')).toBe(false);
  });

  it('makes events of a mediation between states, a led peace process, gang violence, an expulsion', () => {
    const f = facts(
      `${OPENING}They discussed Egypt's mediation between Sudan and Chad, the AU-led peace process in Libya, ` +
        'the gang violence in Haiti and the expulsion of the Dutch ambassador from Mali.',
    );
    const events = f.names('Event');
    const mediation = events.find((n) => n.startsWith("Egypt's mediation between Sudan and Chad"));
    expect(mediation).toBeDefined();
    expect(f.has('INVOLVES', mediation!, 'Egypt')).toBe(true);
    expect(f.has('INVOLVES', mediation!, 'Chad')).toBe(true);
    expect(events.some((n) => n.startsWith('gang violence in Haiti'))).toBe(true);
    const expulsion = events.find((n) => n.startsWith('expulsion of the Dutch ambassador'));
    expect(expulsion).toBeDefined();
    expect(f.has('INVOLVES', expulsion!, 'Netherlands')).toBe(true);
    expect(f.has('INVOLVES', expulsion!, 'Mali')).toBe(true);
  });

  it('makes no event of an office’s field or a thanked mediation', () => {
    const f = facts(`${OPENING}Chile's Special Envoy to the Colombian peace process thanked Norway for its mediation.`);
    expect(f.names('Event').some((n) => /peace process|mediation/i.test(n))).toBe(false);
  });
});
