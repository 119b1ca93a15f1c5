// The fl31b round's tests (issue 6): constructions shown by three first-look samples in new styles (a foreign
// ministry's plain-text release on mediated talks, a presidential council's web page on a ceasefire signed by military
// delegations, a prime minister's office's Markdown release on a peace agreement signing), each rule on made-up
// sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { andLowerRole, longestAt, NEGOTIATES_FOR_BEHALF_LONGEST_SIDE, OFFICE_AND_LOWER_ROLE } from './rules-fl31b.ts';
import { listedHonorificLength } from './rules-fl28a.ts';
import { madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const holds = (text: string) =>
  madeUpRelations(text)
    .of('HOLDS_OFFICE')
    .map((r) => `${r.from}|${r.to}`);

describe(OFFICE_AND_LOWER_ROLE.id, () => {
  it('reads the lowercase second title up to its comma', () => {
    const s = 'the Minister of Trade and head of the negotiating team, Ana Lopes, said';
    const at = s.indexOf(' and ');
    expect(andLowerRole(s, at, [])?.end).toBe(s.indexOf(', Ana'));
    const c = 'the Minister of the Interior and coordinator of the Commission, Dr. Ana Lopes';
    expect(andLowerRole(c, c.indexOf(' and '), [])?.title?.title).toBe('Coordinator of the Commission');
  });

  it('passes over no clause, list or other person', () => {
    const clause = 'the Minister of Trade and head of the team who met them, Ana Lopes';
    expect(andLowerRole(clause, clause.indexOf(' and '), [])).toBeUndefined();
    const two = 'the Minister of Trade and members of the delegation, Ana Lopes';
    expect(andLowerRole(two, two.indexOf(' and '), [])).toBeUndefined();
    const wife = 'the Minister of Trade and his wife, Ana Lopes';
    expect(andLowerRole(wife, wife.indexOf(' and '), [])).toBeUndefined();
    const verb = 'the Minister of Trade and head of the team said on Monday, Ana Lopes';
    expect(andLowerRole(verb, verb.indexOf(' and '), [])).toBeUndefined();
  });

  it('keeps the first title of "<Title> and head of the … delegation, <rank> <Name>"', () => {
    const h = holds(
      'News from Juba\n\nThe accord was signed on behalf of the Government of Chad by the Deputy Chairman of the Military Council and head of the government negotiating delegation, General Tomas Verel, on Saturday.',
    );
    expect(h).toContain('Tomas Verel|Deputy Chairman of the Military Council of Chad');
  });

  it('gives both titles when the second reads as one', () => {
    const h = holds(
      'News from Lima\n\nThe agreement was signed for Peru by the Minister of Foreign Trade and chief negotiator, Ana Lopes, and for Chile by the Minister of Finance, Pablo Reyes.',
    );
    expect(h).toContain('Ana Lopes|Minister of Foreign Trade of Peru');
    expect(h.some((x) => x.startsWith('Ana Lopes|Chief negotiator'))).toBe(true);
    expect(h).toContain('Pablo Reyes|Minister of Finance of Chile');
  });

  it('gives no title to a name after "<Title> and his wife"', () => {
    const h = holds(
      'News from Lima\n\nThe dinner was hosted by the Minister of Finance of Peru and his wife, Ana Lopes.',
    );
    expect(h.filter((x) => x.startsWith('Ana Lopes|'))).toEqual([]);
  });
});

describe(NEGOTIATES_FOR_BEHALF_LONGEST_SIDE.id, () => {
  const fors = (text: string) =>
    madeUpRelations(text)
      .of('NEGOTIATES_FOR')
      .map((r) => `${r.from}|${r.to}`);

  it('gives the organisation whose name opens with a demonym, not the state', () => {
    const f = fors(
      'News from Juba\n\nThe agreement was signed on behalf of the Government of Chad by the Prime Minister, Albert Pahimi, and on behalf of the Sudanese Revolutionary Front by its Chairman, Dr. Hadi Idris.',
    );
    expect(f).toContain('Hadi Idris|Sudanese Revolutionary Front');
    expect(f).toContain('Albert Pahimi|Chad');
    expect(f).not.toContain('Albert Pahimi|Sudan');
    expect(f).not.toContain('Hadi Idris|Sudan');
  });

  it('reads the agent before "on behalf of" too', () => {
    const f = fors('News from Juba\n\nHadi Idris signed the agreement on behalf of the Sudanese Revolutionary Front.');
    expect(f).toEqual(['Hadi Idris|Sudanese Revolutionary Front']);
  });

  it('keeps the state for its own organ', () => {
    const f = fors(
      'News from Rome\n\nThe protocol was signed by President Meloni on behalf of the Italian Government and Prime Minister Rama on behalf of the Albanian Council of Ministers.',
    );
    expect(f).toContain('Rama|Albania');
    expect(f).toContain('Meloni|Italy');
  });

  it('picks the state when only the state starts there', () => {
    type H = { start: number; end: number; type: string; name: string };
    const state: H = { start: 10, end: 18, type: 'State', name: 'Sudan' };
    const org: H = { start: 10, end: 40, type: 'Organization', name: 'Sudanese Revolutionary Front' };
    const organ: H = { start: 10, end: 35, type: 'Organization', name: 'Sudanese Council of Ministers' };
    const other: H = { start: 12, end: 40, type: 'Organization', name: 'Revolutionary Front' };
    expect(longestAt([state, org], state)).toBe(org);
    expect(longestAt([state, organ], state)).toBe(state);
    expect(longestAt([state, other], state)).toBe(state);
    expect(longestAt([org, state], org)).toBe(org);
    expect(longestAt([], undefined)).toBeUndefined();
  });
});

describe('person.list-honorific-particle', () => {
  it('reads a listed name opening with the Arabic article after a rank', () => {
    const r = madeUpRelations(
      'News from Geneva\n\nThe two heads of delegation, Lieutenant General Omar Haddad and Lieutenant General Salem al-Obeidi, signed the text in Geneva on Friday.',
    );
    const people = r.out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Omar Haddad', 'Salem al-Obeidi']));
    expect(people).not.toContain('Lieutenant');
  });

  it('takes no lowercase word after a style for a name', () => {
    expect(listedHonorificLength('General al-Obeidi and')).toBe('General '.length);
    expect(listedHonorificLength('General assembly of')).toBe(0);
    expect(listedHonorificLength('General alone')).toBe(0);
  });
});
