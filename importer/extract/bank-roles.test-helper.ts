// For the roles banks' tests (rules-roles9.test.ts, rules-nf11.test.ts): the cases a round made pass give every
// expected fact and no false one; its negatives give no fact they list as absent. An id that names no case fails.
import { expect, it } from 'vitest';

import { runBankCase, type BankCase } from './bank.ts';

function caseOf(bank: BankCase[], id: string): BankCase {
  const found = bank.find((c) => c.id === id);
  if (!found) throw new Error(`no bank case "${id}"`);
  return found;
}

/** One test per id: the case passes whole (nothing missed, nothing false). */
export function itPassesBankCases(label: string, bank: BankCase[], ids: string[]): void {
  it.each(ids)(`${label} %s`, (id) => {
    const r = runBankCase(caseOf(bank, id));
    expect(r.missed).toEqual([]);
    expect(r.falseFacts).toEqual([]);
  });
}

/** One test per id: the case gives no false fact. */
export function itGivesNoFalseFacts(label: string, bank: BankCase[], ids: string[]): void {
  it.each(ids)(`${label} %s`, (id) => {
    expect(runBankCase(caseOf(bank, id)).falseFacts).toEqual([]);
  });
}
