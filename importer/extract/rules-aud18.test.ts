// The aud18 round's tests (issue 6): rules for the largest open causes of the first-look audit (docs/first-look.md,
// "First-look audit"), each on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { AUD18_PATTERNS, partyGroupsLength } from './rules-aud18.ts';
import { eventFacts, madeUpRelations } from './test-facts.ts';

/** The relations a rule gave, by its id, as "TYPE|from|to" with entity names. */
const byRule = (text: string, rule: string) => madeUpRelations(text).byRule(rule);

const SUMMIT =
  'The 12th Summit of the Andean Forum was held in Quito on 3 May 2024 under the chairmanship of President Emil ' +
  'Novak of Ecuador, with President Marta Ruiz of Chile and President Luis Vega of Peru.\n\n';

describe('participated.session-of-whole', () => {
  it("gives a session of the meeting, told without participants of its own, the meeting's participants", () => {
    const got = byRule(
      SUMMIT + 'The Summit opened with a closed-door session, followed by an open session in the afternoon.',
      'participated.session-of-whole',
    );
    for (const p of ['Emil Novak', 'Marta Ruiz', 'Luis Vega'])
      for (const s of ['closed-door session', 'open session']) expect(got).toContain(`PARTICIPATED_IN|${p}|${s}`);
  });

  it('leaves a session told with its own participants, and a session still to come', () => {
    const own =
      'President Emil Novak of Slovenia and President Marta Ruiz of Chile held talks in Santiago on 3 May 2024.\n\n' +
      'The talks began with a restricted session between the two Presidents, followed by a plenary session.';
    expect(byRule(own, 'participated.session-of-whole')).toEqual([]);
    const planned = eventFacts(
      SUMMIT + 'The leaders agreed that the next plenary session of the Forum will be held in Lima in 2025.',
    );
    expect(planned.of('PARTICIPATED_IN').some((r) => /plenary session/.test(r))).toBe(false);
  });

  it('names sessions, not other meetings, and keeps visits out as wholes', () => {
    const s = AUD18_PATTERNS.sessionName;
    expect(['plenary session', 'closed-door deliberations', 'a sitting', 'the plenary'].every((x) => s.test(x))).toBe(
      true,
    );
    expect(['tête-à-tête', 'working lunch', 'bilateral meeting', 'sessional'].some((x) => s.test(x))).toBe(false);
    expect(AUD18_PATTERNS.visitName.test('state visit of President Novak to Chile')).toBe(true);
    expect(AUD18_PATTERNS.visitName.test('12th Summit')).toBe(false);
  });
});

describe('event.between-party-groups', () => {
  const MET =
    'Foreign Minister Lena Varga of Hungary met Foreign Minister Piet Janssen of the Netherlands in Budapest on ' +
    '2 March 2024.\n\n';

  it('reads talks between the working groups of named states as an event involving them', () => {
    const f = eventFacts(
      MET +
        'The ministers reviewed the negotiations between the expert groups of Hungary and the Netherlands on water ' +
        'management, and the consultations between customs experts of Hungary, Austria and the Netherlands.',
    );
    const inv = f.of('INVOLVES');
    for (const s of ['Hungary', 'Netherlands'])
      expect(inv.some((r) => r.includes('negotiations between the expert groups') && r.endsWith(`|${s}`))).toBe(true);
    for (const s of ['Hungary', 'Austria', 'Netherlands'])
      expect(inv.some((r) => r.includes('consultations between customs experts') && r.endsWith(`|${s}`))).toBe(true);
  });

  it('takes lowercase group nouns only: no names, no delegations, no people', () => {
    expect(partyGroupsLength('the expert groups of Hungary and Austria')).toBeGreaterThan(0);
    expect(partyGroupsLength('senior officials of Hungary and Austria')).toBeGreaterThan(0);
    expect(partyGroupsLength('the Expert Groups of Hungary')).toBe(0);
    expect(partyGroupsLength('the delegations of Hungary and Austria')).toBe(0);
    expect(partyGroupsLength('the Presidents of Hungary and Austria')).toBe(0);
    expect(partyGroupsLength('experts from Hungary and Austria')).toBe(0);
  });
});
