// Tests of the ev21 rules (issue 6, bank events-13) on made-up sentences, negatives included: new incident heads and
// modifiers, relative verbs, a bare coup, a definite escalation, incidents averted or told of "any" member, a shooting
// told by its place, a missile told by a contact clause, a launch told by its verb, damage to a cable or pipeline, a
// capital's possessive, and who is no party (a stance's subject, a title's body, a titled person's state).
import { describe, expect, it } from 'vitest';

import { ev21NotIncident, unheldIncidentAt } from './rules-ev21-filters.ts';
import { EV21_PATTERNS } from './rules-ev21.ts';
import { eventFacts as facts } from './test-facts.ts';

const MET = 'Minister Ana Ruiz met Minister Ivo Mora in Lisbon on 3 May 2024. ';
const MEETING = 'Ruiz-Mora meeting in Lisbon';

describe('new heads, modifiers and relative verbs (lexicons.ts)', () => {
  it(
    'a famine, a bombardment and an armed confrontation pinned by their places are incidents',
    { timeout: 30000 },
    () => {
      const f = facts(`${MET}They discussed the famine in Tigray, Ethiopia, and the bombardment of Khartoum.`);
      expect(f.names).toContain('bombardment of Khartoum');
      expect(f.names).toContain('famine in Tigray');
      expect(f.has('INVOLVES', 'famine in Tigray', 'Ethiopia')).toBe(true);
      expect(f.has('DISCUSSED', MEETING, 'famine in Tigray')).toBe(true);
      const g = facts(`${MET}They discussed the armed confrontation between Eritrea and Ethiopia.`);
      expect(g.has('INVOLVES', 'armed confrontation between Eritrea and Ethiopia', 'Eritrea')).toBe(true);
      expect(g.has('INVOLVES', 'armed confrontation between Eritrea and Ethiopia', 'Ethiopia')).toBe(true);
    },
  );

  it('a famine only feared and a confrontation without "military" or "armed" are no incidents', () => {
    expect(facts(`${MET}They warned of the risk of famine in Yemen.`).names).toEqual([MEETING]);
    expect(facts(`${MET}They rejected confrontation between Chile and Peru.`).names).toEqual([MEETING]);
  });

  it('"that battered", "which targeted" carry the place into the name', () => {
    const f = facts(
      'Minister Ana Ruiz spoke with Mozambican Foreign Minister Verónica Macamo on 3 May 2024 and conveyed condolences for the cyclone that battered Mozambique. ' +
        'She condemned the missile attack which targeted a shopping centre in Kremenchuk.',
    );
    expect(f.names).toContain('cyclone that battered Mozambique');
    expect(f.names).toContain('missile attack which targeted a shopping centre in Kremenchuk');
    expect(f.has('INVOLVES', 'cyclone that battered Mozambique', 'Mozambique')).toBe(true);
  });
});

describe('event.incident-bare-coup and event.incident-told-definitely (rules-ev21-filters.ts)', () => {
  it("a bare coup with its place is an incident of the place's state; one without is none", () => {
    const f = facts(`${MET}They discussed the coup in Ouagadougou of 30 September.`);
    expect(f.names).toContain('coup in Ouagadougou of 30 September');
    expect(f.has('INVOLVES', 'coup in Ouagadougou of 30 September', 'Burkina Faso')).toBe(true);
    expect(facts('The vote was a diplomatic coup for the Government of Chile.').names).toEqual([]);
    expect(ev21NotIncident('a coup for Chile', 2, 'coup', 'coup')).toBe(true);
  });

  it('an escalation told definitely is an incident; "de-escalation" and "any escalation" are not', () => {
    const f = facts(
      `${MET}They discussed the escalation in the Strait of Hormuz. They called for de-escalation in the Middle East and urged both sides to avoid any escalation in Lebanon.`,
    );
    expect(f.names).toEqual(['escalation in the Strait of Hormuz', MEETING]);
    const text = 'to avoid further escalation in Lebanon';
    expect(ev21NotIncident(text, text.indexOf('escalation'), 'escalation', 'escalation in Lebanon')).toBe(true);
  });
});

describe('event.incident-unheld (rules-ev21-filters.ts)', () => {
  it('an attack foiled, planned or told of "any member" is no event; one condemned is', () => {
    const f = facts(
      'Minister Ana Ruiz met Minister Ivo Mora in Nairobi on 3 May 2024. They praised the police, who foiled a bomb attack on the Parliament of Kenya. ' +
        'They agreed that in the event of an attack on any member of the Alliance, Portugal would help.',
    );
    expect(f.names).toEqual(['Ruiz-Mora meeting in Nairobi']);
    const g = facts(`${MET}They condemned the bomb attack on the Parliament of Kenya.`);
    expect(g.has('INVOLVES', 'bomb attack on the Parliament of Kenya', 'Kenya')).toBe(true);
  });

  it('reads the text before the name: indefinite "an" with "against one" is unheld, a meeting is never', () => {
    const t = 'They recalled that an armed attack against one Ally is an attack against all.';
    expect(unheldIncidentAt(t, t.indexOf('armed'), t.indexOf(' is an'), 0)).toBe(true);
    const v = 'They were preparing a visit to Chile.';
    expect(unheldIncidentAt(v, v.indexOf('visit'), v.length - 1, 0)).toBe(false);
  });
});

describe('event.shooting-at, event.missile-contact-clause, event.state-launched, event.damage-to-line', () => {
  it('a shooting told by its place and a missile told by a contact clause', () => {
    const f = facts(
      `${MET}They condemned the shooting at the Consulate of India in Toronto, and the cruise missiles Iran fired at Erbil on Monday.`,
    );
    expect(f.has('INVOLVES', 'shooting at the Consulate of India in Toronto', 'India')).toBe(true);
    expect(f.has('INVOLVES', 'cruise missiles fired by Iran at Erbil on Monday', 'Iran')).toBe(true);
    expect(f.has('DISCUSSED', MEETING, 'cruise missiles fired by Iran at Erbil on Monday')).toBe(true);
    expect(EV21_PATTERNS.shootingAt.test('the shooting of a documentary film')).toBe(false);
  });

  it('a launch told by its verb with a state as subject; satellites and initiatives launched are none', () => {
    const f = facts('North Korea fired two short-range ballistic missiles into the East Sea this morning.');
    expect(f.has('INVOLVES', 'launch of two short-range ballistic missiles by North Korea', 'North Korea')).toBe(true);
    const g = facts(
      'India launched two satellites from Sriharikota on Monday. Japan launched a new initiative on clean energy.',
    );
    expect(g.names).toEqual([]);
  });

  it('damage to a cable between two states involves both; damage to relations is no incident', () => {
    const f = facts(
      `${MET}They discussed the damage to the Estlink 2 power cable between Finland and Estonia. They deplored the damage to bilateral relations with Chile.`,
    );
    const name = 'damage to the Estlink 2 power cable between Finland and Estonia';
    expect(f.names).toEqual([name, MEETING]);
    expect(f.has('INVOLVES', name, 'Finland') && f.has('INVOLVES', name, 'Estonia')).toBe(true);
  });

  it("a capital's possessive pins an incident and gives its state when the readout names it", () => {
    const f = facts(
      "Minister Ana Ruiz spoke with Ukrainian Foreign Minister Ivo Mora on 3 May 2024. She condemned Moscow's drone strikes of Saturday night and Russia's disregard for civilians.",
    );
    expect(f.has('INVOLVES', "Moscow's drone strikes", 'Russia')).toBe(true);
    // A war told by its capital is another name of the war, no incident of its own.
    const g = facts(
      "Minister Ana Ruiz spoke with Minister Ivo Mora on 3 May 2024 about the costs of Moscow's aggression.",
    );
    expect(g.names).toEqual(['Ruiz-Mora call of 3 May 2024']);
  });
});

describe('who is no party (rules-ev21-filters.ts, ev21NotParty)', () => {
  it('a body that opens the sentence with "expressed" speaks about the incident', () => {
    const f = facts(
      'The African Union Commission expressed its solidarity with Mozambique after the cyclone that battered Cabo Delgado.',
    );
    expect(f.of('INVOLVES')).toEqual(['INVOLVES|cyclone that battered Cabo Delgado|Mozambique']);
  });

  it("a titled person's state and a title's body are no parties", () => {
    const f = facts(
      'President William Ruto of Kenya received President Ivo Mora at State House in Nairobi on 3 May 2024 to discuss the coup in Niamey.',
    );
    expect(f.of('INVOLVES')).toEqual(['INVOLVES|coup in Niamey|Niger']);
    // An incident placed nowhere else keeps the titled person's state: it is the one it struck.
    const h = facts(
      'President Ana Ruiz met President Ivo Mora of Bolivia in Lima on 3 May 2024, their first meeting since the failed coup attempt of 26 June.',
    );
    expect(h.of('INVOLVES')).toContain('INVOLVES|failed coup attempt of 26 June|Bolivia');
    const g = facts(
      "Minister Ana Ruiz spoke with UN Under-Secretary-General Ivo Mora on 3 May 2024 about the attack on the mission's compound in Juba.",
    );
    expect(g.of('INVOLVES')).toEqual(["INVOLVES|attack on the mission's compound in Juba|South Sudan"]);
  });
});
