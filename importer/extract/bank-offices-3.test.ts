// The off28 offices-3 bank as a test (issue 6): each case listed must give every expected fact and no false one. The
// cases that passed on the blind first pass (bank at cf77605, rules of main 1fe2162) are in the bank but not asserted
// here, except through their absent facts; full per-case figures: `npm run bank -- offices-3`.
import { describe } from 'vitest';

import { OFFICES_3_BANK } from './bank-offices-3.ts';
import { itGivesNoFalseFacts, itPassesBankCases } from './bank-roles.test-helper.ts';

/** The 19 cases the off28 rules made pass (each failed on the rules of 1fe2162). */
const PASSING = [
  'after.dash-title-of-state-lines',
  'after.em-dash-possessive-title-in-sentence',
  'after.parenthesis-title-comma-state-signed',
  'plural.captains-regent-comma-names-receive-secretary-of-state',
  'plural.chief-negotiators-comma-names-for-sides',
  'plural.co-chairs-the-foreign-ministers-of-x-and-y-names',
  'plural.co-princes-comma-names-and-head-of-government',
  'plural.leaders-of-x-and-y-names-witnessed',
  'plural.members-of-the-presidency-names-collegial',
  'plural.ministers-of-foreign-affairs-names-each-with-parenthesis-state',
  'plural.presidents-of-the-two-countries-names-states-told-before',
  'plural.special-representatives-of-x-and-y-names-negotiate',
  'plural.the-foreign-ministers-comma-names-signed-states-told-before',
  'plural.the-two-prime-ministers-comma-names-states-told-before',
  'rel.the-presidents-envoy-who-is-also-minister-negotiated',
  'stack.deputy-pm-comma-minister-no-comma-name-met-fm-of-x',
  'stack.first-deputy-pm-comma-minister-comma-name-received-ambassador',
  'stack.pm-comma-minister-for-foreign-affairs-and-trade-comma-name-received-pm-of-x',
  'stack.who-is-also-minister-for-foreign-affairs',
];

/** The negatives: every case's absent facts, but those of the two cases still false (docs/first-look.md, off28). */
const LEFT = new Set([
  'royal.his-majesty-king-name-welcomed-president-of-x-comma-name',
  'rel.possessive-state-title-comma-name-and-his-counterpart-title-name',
]);
const NEGATIVES = OFFICES_3_BANK.filter((c) => c.absent?.length && !LEFT.has(c.id)).map((c) => c.id);

describe('offices-3 bank (off28)', () => {
  itPassesBankCases('passes', OFFICES_3_BANK, PASSING);
  itGivesNoFalseFacts('no false facts', OFFICES_3_BANK, NEGATIVES);
});
