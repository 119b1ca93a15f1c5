// Tests of the ev22 rules (issue 6, bank events-14) on made-up sentences, negatives included: a visit told by the
// visitor's stay, the sentences that tell a visit's programme (meetings inside it, each with its own guest), a session
// beside the readout's own session, and a press conference told as following a gathering.
import { describe, expect, it } from 'vitest';

import { EV22_PATTERNS } from './rules-ev22.ts';
import { PRESS_AFTER } from './rules-ev22-rel.ts';
import { eventFacts as facts } from './test-facts.ts';

describe('event.stay-in-place', () => {
  it('"During his stay in City, Title X also called on A and B": a visit, and a call on each inside it', () => {
    const f = facts(
      'Foreign Secretary Ana Ruiz and Foreign Secretary Ivo Mora held consultations in Lisbon on 3 May 2024. ' +
        'During his stay in Lisbon, Foreign Secretary Mora also called on Prime Minister Rui Costa and Speaker Eva Lima.',
    );
    expect(f.names).toContain("Ivo Mora's visit to Lisbon");
    expect(f.has('PARTICIPATED_IN', 'Ivo Mora', "Ivo Mora's visit to Lisbon")).toBe(true);
    const calls = f.of('PART_OF').filter((r) => r.endsWith("|Ivo Mora's visit to Lisbon"));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    // Each guest takes part in the call named after it, not in the other one.
    const withCosta = f.names.find((n) => /Costa/.test(n) && /meeting|call/.test(n))!;
    expect(withCosta).toBeTruthy();
    expect(f.has('PARTICIPATED_IN', 'Eva Lima', withCosta)).toBe(false);
  });

  it('a stay after a visit already named is that visit; a stay not at the head of a sentence is none', () => {
    const f = facts(
      'Minister Ana Ruiz paid an official visit to Peru on 3 May 2024. During her stay in Lima, she met President Rui Costa.',
    );
    expect(f.names.filter((n) => /visit/.test(n))).toHaveLength(1);
    expect(f.names).not.toContain("Ana Ruiz's visit to Lima");
    expect([...'He spoke of a stay in Lima, which he enjoyed.'.matchAll(EV22_PATTERNS.stayIn)]).toHaveLength(0);
    expect([...'During his stay in Lima, he met X.'.matchAll(EV22_PATTERNS.stayIn)]).toHaveLength(1);
  });
});

describe('the sentences that tell a visit’s programme (EV22_VISIT_SCOPE, read by event.in-visit-meeting)', () => {
  it('"The programme of X\'s state visit to Y included talks with A, a meeting with B and a meeting with C"', () => {
    const f = facts(
      "The programme of President Ana Ruiz's state visit to Peru included talks with President Rui Costa on 3 May 2024, a meeting with Prime Minister Eva Lima and a meeting with Speaker Joao Reis.",
    );
    const inVisit = f.of('PART_OF').filter((r) => r.endsWith('|state visit to Peru'));
    expect(inVisit).toHaveLength(3);
    expect(f.of('PARTICIPATED_IN').filter((r) => r.startsWith('PARTICIPATED_IN|Ana Ruiz|'))).toHaveLength(3);
    // The host met inside the visit takes part in his own talks, not in the visit nor in the other two meetings.
    expect(f.has('PARTICIPATED_IN', 'Rui Costa', 'state visit to Peru')).toBe(false);
    expect(f.of('PARTICIPATED_IN').filter((r) => r.startsWith('PARTICIPATED_IN|Rui Costa|'))).toHaveLength(1);
  });

  it('scopes: "included", "began … with", "The visit saw"; not a visit merely mentioned', () => {
    const scope = EV22_PATTERNS.visitScope;
    expect(scope.test('The programme of the Minister’s visit to Chile included talks with X')).toBe(true);
    expect(scope.test("X's visit to China on 3–5 June began in Beijing with talks with Y")).toBe(true);
    expect(scope.test('The visit saw PM X call on Y')).toBe(true);
    expect(scope.test('X thanked Y for the visit and met Z later in the year')).toBe(false);
    expect(scope.test('The agenda included trade with Chile')).toBe(false);
  });
});

describe('part-of.session-sibling', () => {
  it("a session beside the readout's own session is part of their gathering, and its speaker takes part there", () => {
    const f = facts(
      "At the opening session of the G20 Leaders' Summit in Rio de Janeiro on 3 May 2024, President Ana Ruiz launched a new alliance. " +
        'Prime Minister Ivo Mora spoke at the second session, on trade.',
    );
    const whole = f.names.find((n) => /^G20 Leaders' Summit/.test(n))!;
    expect(f.has('PART_OF', 'second session', whole)).toBe(true);
    expect(f.has('PART_OF', 'second session', 'opening session')).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Ivo Mora', whole)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ivo Mora', 'opening session')).toBe(false);
  });
});

describe('part-of.press-conference-following', () => {
  it('"At the joint press conference following the X summit in City, A and B …": part of the summit, both at it', () => {
    const f = facts(
      'At the joint press conference following the EU-Chile summit in Brussels on 3 May 2024, President Ana Ruiz and President Ivo Mora presented the new agreement.',
    );
    const summit = f.names.find((n) => /^EU-Chile summit/.test(n))!;
    expect(f.has('PART_OF', 'joint press conference', summit)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', summit)).toBe(true);
  });

  it('only a press conference told as following or after the gathering; not one before it', () => {
    expect(PRESS_AFTER.name.test('joint press conference')).toBe(true);
    expect(PRESS_AFTER.name.test('press release')).toBe(false);
    expect(PRESS_AFTER.after.test(' following the ')).toBe(true);
    expect(PRESS_AFTER.after.test(' before the ')).toBe(false);
    expect(PRESS_AFTER.after.test(' on the eve of the ')).toBe(false);
  });
});
