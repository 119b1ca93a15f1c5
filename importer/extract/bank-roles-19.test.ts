// The nineteenth roles bank as a test (issue 6, round rol28): each case listed in PASSING gives every expected fact and
// no false one; every case of the bank but those listed in FALSE_LEFT gives no fact it lists as absent. PASSING holds the
// cases the rol28 rules made pass (each failed at the bank's first pass, 9d2af1f with the rules of main 1fe2162); the
// cases that passed before the round are in the bank but not asserted whole. Full per-case figures:
// `npm run bank -- roles-19`.
import { describe } from 'vitest';

import { ROLES_BANK_19 } from './bank-roles-19.ts';
import { itGivesNoFalseFacts, itPassesBankCases } from './bank-roles.test-helper.ts';

/** The cases the rol28 rules made pass. */
const PASSING = [
  'frag19.negotiations-on-detainees-resumed-under-auspices-of-un-envoys-office-and-icrc-then-the-government-delegation-is-headed-by-a-and-the-movement-delegation-by-b',
  'frag19.s-foreign-minister-a-and-t-s-b-who-lead-their-countries-delegations-met-then-host-foreign-minister-hosted-but-did-not-take-part',
  'frag19.s-transitional-authorities-represented-by-foreign-minister-a-received-the-org-mediator-former-president-b-for-consultations-then-surname-was-accompanied',
  'frag19.the-demonym-delegation-arrived-for-talks-with-s-then-it-is-headed-by-a-title-then-the-american-side-is-represented-by-b-c-and-d',
  'read19.org-and-s-reach-staff-level-agreement-then-the-org-mission-led-by-a-held-talks-with-the-demonym-authorities-then-finance-minister-b-led-the-demonym-side-then-surname-said',
  'read19.s-and-org-conclude-agreement-then-secretary-a-and-commissioner-b-announced-then-the-negotiations-were-led-on-the-part-of-s-by-a-and-on-the-part-of-org-by-b',
];

/** The case that still gives a false fact: a US envoy given Russia by his office's guessed owner. */
const FALSE_LEFT = new Set([
  'read19.envoy-meets-president-then-a-the-special-envoy-of-us-president-b-held-talks-with-c-then-a-was-met-by-d-the-russian-presidents-special-envoy-then-spokesman-said',
]);

describe('nineteenth roles bank (rol28)', () => {
  itPassesBankCases('passes', ROLES_BANK_19, PASSING);
  itGivesNoFalseFacts(
    'no false fact',
    ROLES_BANK_19,
    ROLES_BANK_19.map((c) => c.id).filter((id) => !FALSE_LEFT.has(id)),
  );
});
