// The prc29b round's tests (issue 6): precision of PARTICIPATED_IN, PARTY_TO and OFFICE_OF, each rule on made-up
// sentences, the false reading it withholds (negative) and the true reading it keeps (positive).
import { describe, expect, it, vi } from 'vitest';

import {
  PARTNER_AFTER_NAME as PRC29B_PATTERNS_WITH,
  PARTNER_NOT,
  PRC29B_PATTERNS,
  pairOfNoun,
} from './rules-prc29b.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The relations a rule gave, by its id, as "TYPE|from|to" with entity names. */
const byRule = (text: string, rule: string) => madeUpRelations(text).byRule(rule);

const SUMMIT =
  'The 12th Summit of the Andean Forum was held in Quito on 3 May 2024 under the chairmanship of President Emil ' +
  'Novak of Ecuador, with President Marta Ruiz of Chile and Foreign Minister Luis Vega of Peru.\n\n';

describe('participated.session-group', () => {
  it("gives a session told as the Heads of State's the meeting's leaders, not its ministers", () => {
    const got = byRule(
      SUMMIT + 'In a closed-door session that lasted two hours, the Heads of State reviewed the border issue.',
      'participated.session-of-whole',
    );
    for (const p of ['Emil Novak', 'Marta Ruiz']) expect(got).toContain(`PARTICIPATED_IN|${p}|closed-door session`);
    expect(got).not.toContain('PARTICIPATED_IN|Luis Vega|closed-door session');
  });

  it('keeps every participant in a session told without a group', () => {
    const got = byRule(SUMMIT + 'The Summit opened with a plenary session.', 'participated.session-of-whole');
    for (const p of ['Emil Novak', 'Marta Ruiz', 'Luis Vega'])
      expect(got).toContain(`PARTICIPATED_IN|${p}|plenary session`);
  });

  it("gives a session told as the ministers' the meeting's ministers", () => {
    const got = byRule(
      SUMMIT + 'In the closed session, Ministers reviewed the strategy.',
      'participated.session-of-whole',
    );
    expect(got).toContain('PARTICIPATED_IN|Luis Vega|closed session');
    expect(got).not.toContain('PARTICIPATED_IN|Emil Novak|closed session');
  });

  it('names leaders and ministers as groups, not their possessives', () => {
    const g = PRC29B_PATTERNS.sessionGroup;
    expect(g.exec('the Heads of State and Government adopted')?.[1]).toBeTruthy();
    expect(g.exec('the leaders reviewed')?.[1]).toBeTruthy();
    expect(g.exec('Ministers reviewed the strategy')?.[2]).toBeTruthy();
    expect(g.exec('the Prime Ministers agreed')?.[1]).toBeTruthy();
    expect(g.test("the leaders' declaration")).toBe(false);
    expect(g.test('with the participation of senior officials')).toBe(false);
    expect(PRC29B_PATTERNS.ministerTitle.test('Secretary of State for Northern Ireland')).toBe(true);
    expect(PRC29B_PATTERNS.ministerTitle.test('Secretary General')).toBe(false);
  });
});

describe('participated.other-verb-clause', () => {
  const rel = (text: string) =>
    madeUpRelations(text)
      .of('PARTICIPATED_IN')
      .map((r) => `${r.from}|${r.to}`);
  const CALL =
    'President Emil Novak of Ecuador held talks with President Marta Ruiz of Chile in Quito on 3 May 2024.\n\n' +
    'Earlier in the day, President Novak paid a courtesy call on King Harald of Norway and met Prime Minister Jonas ' +
    'Berg of Norway.';

  it('keeps a person met in a later clause out of the earlier clause’s meeting, and the reverse', () => {
    const got = rel(CALL);
    expect(got).not.toContain('Jonas Berg|courtesy call on King Harald');
    expect(got).not.toContain('Harald|Novak-Berg meeting');
  });

  it('keeps the shared subject in both meetings, and each meeting’s own guest', () => {
    const got = rel(CALL);
    expect(got).toContain('Emil Novak|courtesy call on King Harald');
    expect(got).toContain('Emil Novak|Novak-Berg meeting');
    expect(got).toContain('Harald|courtesy call on King Harald');
  });

  it('keeps the people of a later clause in the gathering both meetings were held on the margins of', () => {
    const got = rel(
      'The 12th Summit of the Andean Forum was held in Quito on 3 May 2024.\n\n' +
        'On the margins of the Summit, President Emil Novak of Ecuador held a bilateral meeting with President Marta ' +
        'Ruiz of Chile, and Foreign Minister Luis Vega of Peru met separately with Foreign Minister Ana Soto of Bolivia.',
    );
    expect(got.filter((r) => r.startsWith('Luis Vega|') && r.includes('Novak'))).toEqual([]);
    expect(got).toContain('Luis Vega|12th Summit of the Andean Forum');
    expect(got).toContain('Ana Soto|12th Summit of the Andean Forum');
  });

  it('reads two coordinated subjects as one clause', () => {
    const got = rel(
      'Mr. Luis Vega, Minister of Foreign Affairs of Peru, and Ms. Ana Soto, Minister of Foreign Affairs of Bolivia, ' +
        'co-chaired the Fourth Meeting of the Peru-Bolivia Joint Commission in Lima on 3 May 2024.',
    );
    for (const p of ['Luis Vega', 'Ana Soto'])
      expect(got).toContain(`${p}|Fourth Meeting of the Peru-Bolivia Joint Commission`);
  });
});

describe('party-to.named-with', () => {
  const parties = (text: string, agreement: RegExp) =>
    madeUpRelations(text)
      .of('PARTY_TO')
      .filter((r) => agreement.test(r.to))
      .map((r) => r.from);
  const LEAD = 'Foreign Minister Luis Vega of Peru met Foreign Minister Ana Soto of Bolivia in Lima on 3 May 2024.\n\n';

  it("gives an agreement named with its partner the partner and the state before it, not the readout's sides", () => {
    const got = parties(
      LEAD +
        'He recalled that Peru had shown with the Andes Water Agreement with Ecuador that disputes can be settled.',
      /Andes Water Agreement/,
    );
    expect(got).toContain('Peru');
    expect(got).toContain('Ecuador');
    expect(got).not.toContain('Bolivia');
  });

  it('reads an organisation as the partner, after a year or a signing verb', () => {
    const P = PRC29B_PATTERNS_WITH;
    expect(P.test(' of 1991 with the ')).toBe(true);
    expect(P.test(' concluded with the ')).toBe(true);
    expect(P.test(', signed in Paris in 2012 with ')).toBe(true);
    expect(P.test(' and the talks with ')).toBe(false);
  });

  it("keeps the readout's sides for an agreement named without a partner", () => {
    const got = parties(
      LEAD + 'The two ministers signed the Andes Water Agreement, which enters into force in June.',
      /Andes Water Agreement/,
    );
    expect(got).toContain('Peru');
    expect(got).toContain('Bolivia');
  });
});

describe('participated.two-ministers-not-leaders', () => {
  const rel = (text: string) =>
    madeUpRelations(text)
      .of('PARTICIPATED_IN')
      .map((r) => `${r.from}|${r.to}`);

  it('does not read "the two Foreign Ministers" as the two Prime Ministers of the readout', () => {
    const got = rel(
      'Prime Minister Emil Novak of Slovenia and Prime Minister Marta Ruiz of Croatia signed the Border Treaty in ' +
        'Ljubljana on 3 May 2024.\n\n' +
        'The negotiations were led by the two Foreign Ministers, who met in Vienna on 30 March.',
    );
    expect(got.filter((r) => /Vienna/.test(r) && /Novak|Ruiz/.test(r))).toEqual([]);
  });

  it('keeps "the two ministers" as the pair of ministers who held the meeting', () => {
    const P = pairOfNoun;
    const offices = new Map([
      ['a', [{ title: 'Minister of Foreign Affairs' }]],
      ['b', [{ title: 'Secretary of State' }]],
      ['c', [{ title: 'Prime Minister' }]],
    ]);
    expect(P('ministers', ['a', 'b'], ['c'], offices)).toEqual(['a', 'b']);
    expect(P('foreign ministers', ['c', 'a'], ['c'], offices)).toEqual([]);
    expect(P('sides', ['c', 'a'], ['c'], offices)).toEqual(['c', 'a']);
    expect(P('leaders', ['a', 'b'], ['c'], offices)).toEqual(['c']);
  });
});

describe('party-to.named-with, not a partner', () => {
  it('reads no partner in a depositary or an office holder after "with"', () => {
    const text =
      'Foreign Minister Luis Vega of Peru met Foreign Minister Ana Soto of Bolivia in Lima on 3 May 2024.\n\n' +
      "Peru's Permanent Representative deposited the instrument of ratification of the High Seas Treaty with the " +
      'United Nations Secretary-General, the depositary.';
    const got = madeUpRelations(text)
      .of('PARTY_TO')
      .filter((r) => /High Seas Treaty/.test(r.to))
      .map((r) => r.from);
    expect(got).not.toContain('United Nations');
    expect(PARTNER_NOT.holderAfter.test(' Secretary-General, the depositary')).toBe(true);
    expect(PARTNER_NOT.holderAfter.test(', signed in Paris')).toBe(false);
  });
});
