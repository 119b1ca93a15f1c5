// The fl27a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// communiqué on a court's judgment, a foreign ministry's page on an organisation's ministerial council, a government's
// release on a treaty signing), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { isHeadOfState, OFFICE_HEAD_OF_STATE_PRESIDENT, presidentialState } from './rules-fl27a.ts';
import { extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;

describe(OFFICE_HEAD_OF_STATE_PRESIDENT.id, () => {
  it('tells a bare current "Head of State" with no other presidency stacked before it', () => {
    const text = 'The President of the Republic, Head of State, Mr X.';
    expect(isHeadOfState('Head of State', false, text, text.indexOf('Head'))).toBe(true);
    expect(isHeadOfState('Head of State', true, text, text.indexOf('Head'))).toBe(false);
    expect(isHeadOfState('Head of State and Government', false, text, text.indexOf('Head'))).toBe(false);
    const body = 'The President of the Transitional Military Council, Head of State, General X.';
    expect(isHeadOfState('Head of State', false, body, body.indexOf('Head'))).toBe(false);
  });

  it('tells republics from monarchies by the official name', () => {
    expect(presidentialState('Gabonese Republic')).toBe(true);
    expect(presidentialState('Kingdom of Eswatini')).toBe(false);
    expect(presidentialState('Burkina Faso')).toBe(false);
    expect(presidentialState(undefined)).toBe(false);
  });

  it('gives "President of the Republic, Head of State, X" the presidency, not a "Head of State" office', () => {
    const rels = facts(
      'The President of the Republic, Head of State, His Excellency Paul Ndong, received the delegation in Libreville.',
      'Presidency of the Gabonese Republic',
    );
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|Head of State of Gabon')).toBe(false);
  });

  it('reads a demonym "Head of State" of a republic as its President', () => {
    const rels = facts('The Gabonese Head of State, Paul Ndong, received the delegation.', 'Presidency of Ruritania');
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(true);
  });

  it('merges "Head of State" into the presidency the same person bears', () => {
    const rels = facts(
      'The Head of State, His Excellency Paul Ndong, President of the Gabonese Republic, received the delegation. The Head of State thanked them.',
      'Presidency of the Gabonese Republic',
    );
    expect(rels.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(true);
    expect([...rels].some((r) => r.includes('Head of State of Gabon'))).toBe(false);
  });

  it('leaves a former head of state, a monarchy and a presidency of a body stacked before', () => {
    const former = facts(
      'The delegation was led by former Head of State, General Paul Ndong.',
      'Presidency of the Gabonese Republic',
    );
    expect(former.has('HOLDS_OFFICE|Paul Ndong|President of Gabon')).toBe(false);
    const king = facts(
      'The Head of State, His Majesty King Paul III, received the delegation.',
      'Royal Court of the Kingdom of Eswatini',
    );
    expect([...king].some((r) => /President of/.test(r))).toBe(false);
    const body = facts(
      'The President of the Transitional Military Council, Head of State, General Paul Ndong, attended.',
      'Presidency of the Republic of Chad',
    );
    expect(body.has('HOLDS_OFFICE|Paul Ndong|President of Chad')).toBe(false);
  });
});
