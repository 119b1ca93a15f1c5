// Unit tests of the top27 rules (issue 6, bank topics-10) on made-up sentences about invented people and real states
// and bodies (none of them a passage of bank-topics-10), negatives included.
import { beforeAll, describe, expect, it } from 'vitest';

import { departureUnnamed, ledProcesses, namedModifier, tracksBetween } from './rules-top27-events.ts';
import { missionState } from './rules-top27.ts';
import { extractFacts, madeUpRelations } from './test-facts.ts';

/** Relations (ends by name) of made-up readout text. */
function facts(text: string) {
  const { out, rels, of } = madeUpRelations(text);
  return {
    rel: of,
    has: (type: string, from: string, to: string) =>
      rels.some((r) => r.type === type && r.from === from && r.to === to),
    events: () => out.entities.filter((e) => e.type === 'Event').map((e) => e.name),
  };
}

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

const OPENING = 'Foreign Minister Ana Ruiz of Peru met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ';
const MEETING = 'Ruiz-Mora meeting in Lima';

describe('event.incident.departure', () => {
  it('reads an exit, a drawdown, a disengagement and a withdrawal told with who leaves or what is left', () => {
    for (const [head, after] of [
      ['exit', ' of Chad and Sudan from the bloc'],
      ['drawdown', ' of UNMISS in the coming year'],
      ['disengagement', ' of MINUSCA from the north'],
      ['withdrawal', ' from Iraq'],
      ['withdrawal', ' of the two countries from the organisation'],
      ['withdrawal', ' of foreign forces from Libya'],
      ['closure', ' of the Torkham border crossing'],
      ['closure', ' of the border between Peru and Bolivia'],
      ['closure', ' of Ecuadorian airspace'],
    ])
      expect(departureUnnamed(head!, after!), `${head} ${after}`).toBe(false);
  });

  it('leaves an exit strategy, the exit from a crisis, a closure of a session and a complaint withdrawn', () => {
    for (const [head, after] of [
      ['exit', ' strategy for the mission'],
      ['exit', ' from the crisis'],
      ['disengagement', ' of forces and hardware'],
      ['withdrawal', ' of the complaint'],
      ['closure', ' of the session'],
      ['closure', ' of the Embassy of Peru'],
      ['closure', ' of the meeting'],
    ])
      expect(departureUnnamed(head!, after!), `${head} ${after}`).toBe(true);
  });

  it('gives the meeting the exit as a topic, and the exit the leaving states and the body left as parties', () => {
    const f = facts(`${OPENING}They discussed the exit of Ecuador and Bolivia from the Andean Community.`);
    const exit = f.events().find((n) => n.startsWith('exit of Ecuador'));
    expect(exit).toBeDefined();
    expect(f.has('DISCUSSED', MEETING, exit!)).toBe(true);
    for (const party of ['Ecuador', 'Bolivia', 'Andean Community']) expect(f.has('INVOLVES', exit!, party)).toBe(true);
    expect(f.has('DISCUSSED', MEETING, 'Ecuador')).toBe(false);
  });

  it('makes a border closure between two states an event of both', () => {
    const f = facts(`${OPENING}The ministers reviewed the closure of the border between Venezuela and Colombia.`);
    const closure = 'closure of the border between Venezuela and Colombia';
    expect(f.events()).toContain(closure);
    expect(f.has('INVOLVES', closure, 'Venezuela')).toBe(true);
    expect(f.has('INVOLVES', closure, 'Colombia')).toBe(true);
  });

  it('makes no event of the closure of a session or an exit strategy', () => {
    const f = facts(`${OPENING}After the closure of the session in Lima, they discussed an exit strategy for Haiti.`);
    expect(f.events().some((n) => /closure|exit/.test(n))).toBe(false);
  });
});

describe('event.led-process', () => {
  it('reads a dialogue, process, track or mediation told with who leads or facilitates it', () => {
    const names = (t: string) => ledProcesses(t).map((x) => x.surface);
    expect(names('They discussed the EU-facilitated dialogue with Kosovo.')).toEqual([
      'EU-facilitated dialogue with Kosovo',
    ]);
    expect(names('support for the UN-led political process in Yemen')).toEqual(['UN-led political process in Yemen']);
    expect(names('progress in the IGAD-led peace process')).toEqual(['IGAD-led peace process']);
    expect(names('welcomed the Qatar-brokered mediation')).toEqual(['Qatar-brokered mediation']);
  });

  it('leaves a bare dialogue, talks led by a body, a process told with its sides and a led initiative', () => {
    const names = (t: string) => ledProcesses(t).map((x) => x.surface);
    expect(names('They discussed the political dialogue and the peace process.')).toEqual([]);
    expect(names('the UN-led consultations on Yemen in Sweden')).toEqual([]);
    expect(names('the EU-facilitated dialogue between Belgrade and Pristina')).toEqual([]);
    expect(names('the Czech-led initiative to procure ammunition')).toEqual([]);
  });

  it('gives the meeting the process as a topic, and the process its leader and its state as parties', () => {
    const f = facts(`${OPENING}They reviewed the UN-led political process in Libya.`);
    const p = 'UN-led political process in Libya';
    expect(f.events()).toContain(p);
    expect(f.has('DISCUSSED', MEETING, p)).toBe(true);
    expect(f.has('INVOLVES', p, 'United Nations')).toBe(true);
    expect(f.has('INVOLVES', p, 'Libya')).toBe(true);
  });
});

describe('event.incident.named-modifier', () => {
  const pinned = (text: string, phrase: string) => namedModifier(text, text.indexOf(phrase), phrase);

  it('pins an incident by a capitalised name after a lower-case article', () => {
    expect(pinned('They discussed the Darfur crisis.', 'Darfur crisis')).toBe(true);
    expect(pinned('concern about the Cabo Delgado insurgency', 'Cabo Delgado insurgency')).toBe(true);
  });

  it('leaves a sentence-initial word, a title word and a month', () => {
    expect(pinned('Darfur crisis talks resumed.', 'Darfur crisis')).toBe(false);
    expect(pinned('They set up the Joint crisis cell.', 'Joint crisis')).toBe(false);
    expect(pinned('after the March floods', 'March floods')).toBe(false);
  });

  it('makes "the Darfur conflict" a topic of the meeting and no bare "the crisis"', () => {
    const f = facts(`${OPENING}They discussed the Darfur conflict and the crisis.`);
    expect(f.events()).toContain('Darfur conflict');
    expect(f.has('DISCUSSED', MEETING, 'Darfur conflict')).toBe(true);
    expect(f.events()).not.toContain('crisis');
  });
});

describe('involves.mission-state', () => {
  it('reads the state a mission serves in, not one it is sent to', () => {
    expect(missionState('United Nations Mission in South Sudan')).toBe('South Sudan');
    expect(missionState('SADC Mission in Mozambique')).toBe('Mozambique');
    expect(missionState('OSCE Special Monitoring Mission to Ukraine')).toBeUndefined();
    expect(missionState('Permanent Mission of Peru')).toBeUndefined();
  });

  it('makes the drawdown of a mission in a state an event of that state', () => {
    const f = facts(`${OPENING}They discussed the drawdown of ATMIS and its successor mission.`);
    const d = f.events().find((n) => n.startsWith('drawdown of ATMIS'));
    expect(d).toBeDefined();
    expect(f.has('INVOLVES', d!, 'Somalia')).toBe(true);
    const g = facts(`${OPENING}They discussed the drawdown of the OSCE Special Monitoring Mission to Ukraine.`);
    expect(g.rel('INVOLVES').filter((r) => r.rule === 'involves.mission-state')).toEqual([]);
  });
});

describe('event.track-between', () => {
  it('names a track or format told with its two sides, not a process (the older rule) nor a bare track', () => {
    const names = (t: string) => tracksBetween(t).map((x) => x.surface);
    expect(names('They reviewed the Cairo track between Yemen and the Houthis.')).toEqual([
      'Cairo track between Yemen and the Houthis',
    ]);
    expect(names('They reviewed the Minsk process between Russia and Ukraine.')).toEqual([]);
    expect(names('They reviewed the Cairo track.')).toEqual([]);
    expect(names('a fast track between Lima and Quito')).toEqual([]);
  });

  it("makes the sides of the track its parties, not the meeting's subjects", () => {
    const f = facts(`${OPENING}They discussed the Jeddah track between Ethiopia and Eritrea.`);
    const t = 'Jeddah track between Ethiopia and Eritrea';
    expect(f.events()).toContain(t);
    expect(f.has('DISCUSSED', MEETING, t)).toBe(true);
    expect(f.has('INVOLVES', t, 'Ethiopia')).toBe(true);
    expect(f.has('INVOLVES', t, 'Eritrea')).toBe(true);
    expect(f.has('DISCUSSED', MEETING, 'Ethiopia')).toBe(false);
  });
});
