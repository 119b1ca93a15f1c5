// The rule family event.separately (rules-separately.ts): "X received A and B separately" told in the ways the three
// rounds of 6 December read (fl15a, fl15b, fl15c; their own cases stay in their test files). Cases here: what the fold
// changed, the family's patterns read once, and the meetings of one sentence that are no frame of each other.
import { describe, expect, it } from 'vitest';

import { EVENT_RECEIVED_SEPARATELY, HELD_SEPARATE_WITH, MET_SEPARATELY, SEPARATELY } from './rules-separately.ts';
import { extractFacts } from './test-facts.ts';

const META = { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Ruritania' };
const rels = (text: string, type: string) => [...extractFacts(text, META).rels].filter((r) => r.startsWith(`${type}|`));

describe('event.separately (the family)', () => {
  it('reads each pattern once: the rules of the family share them', () => {
    expect(EVENT_RECEIVED_SEPARATELY.verb).toBe(SEPARATELY.hostVerb);
    expect(EVENT_RECEIVED_SEPARATELY.marker).toBe(SEPARATELY.marker);
    expect(MET_SEPARATELY.gap).toBe(SEPARATELY.gap);
    expect(HELD_SEPARATE_WITH).toBe(SEPARATELY.heldSeparate);
    expect(MET_SEPARATELY.held.test('Minister X held separate bilateral talks with ')).toBe(true);
    expect(MET_SEPARATELY.held.test('Minister X held bilateral talks with ')).toBe(false);
  });

  it('makes no meeting of "met separately with A and with B" part of its sibling, nor gives it the other guest', () => {
    const t =
      'The Summit of the Pacific Islands Forum was held today in Suva. On the margins of the Summit, Minister Anna ' +
      'Kovacs met separately with Minister Jonas Alver and with the Foreign Minister of Peru, Luis Ortega.';
    expect(rels(t, 'PARTICIPATED_IN')).toContain('PARTICIPATED_IN|Luis Ortega|Kovacs-Ortega meeting');
    expect(rels(t, 'PARTICIPATED_IN')).toContain('PARTICIPATED_IN|Jonas Alver|Kovacs-Alver meeting');
    expect(rels(t, 'PART_OF').filter((r) => /Kovacs-\w+ meeting\|Kovacs-\w+ meeting/.test(r))).toEqual([]);
    expect(
      rels(t, 'PARTICIPATED_IN').filter((r) => /Luis Ortega\|Kovacs-Alver|Jonas Alver\|Kovacs-Ortega/.test(r)),
    ).toEqual([]);
  });
});
