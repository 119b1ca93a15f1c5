// For the events banks' tests (bank-events.test.ts, bank-events-2.test.ts): asserts that each case listed as
// passing gives every expected event fact and no false one, with the matching of the shared scorer (bank-match.ts).
import { describe, expect, it } from 'vitest';

import type { BankCase } from './bank-events.ts';
import { bankMisses } from './bank-match.ts';
import { extractFacts } from './test-facts.ts';

/**
 * One test per case of `bank` whose id is in `passing` (every id must name a case), over `relations` and the entity
 * types `entities` (Events unless given).
 */
export function describeEventBank(
  title: string,
  bank: BankCase[],
  relations: string[],
  passing: ReadonlySet<string>,
  entities: string[] = ['Event'],
): void {
  describe(title, () => {
    it('lists only cases of the bank', () => {
      const ids = new Set(bank.map((c) => c.id));
      expect([...passing].filter((id) => !ids.has(id))).toEqual([]);
    });
    for (const c of bank.filter((x) => passing.has(x.id))) {
      it(`${c.id}: ${c.form}`, () => {
        const text = (c.title ? `${c.title}\n\n` : '') + c.text;
        const { out } = extractFacts(text, {
          file: `${c.id}.txt`,
          date: c.date,
          ...(c.source ? { source: c.source } : {}),
        });
        expect(bankMisses(c, out, relations, entities)).toEqual({ missed: [], spurious: [] });
      });
    }
  });
}
