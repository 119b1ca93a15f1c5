// The eighteenth roles bank as a test (issue 6, round rol27): each case listed in PASSING gives every expected fact and
// no false one; every case of the bank but those listed in FALSE_LEFT gives no fact it lists as absent. PASSING holds the
// cases the rol27 rules made pass (each failed at the bank's first pass, ca675b1 with the rules of main d84283c); the
// cases that passed before the round are in the bank but not asserted whole. Full per-case figures:
// `npm run bank -- roles-18`.
import { describe } from 'vitest';

import { ROLES_BANK_18 } from './bank-roles-18.ts';
import { itGivesNoFalseFacts, itPassesBankCases } from './bank-roles.test-helper.ts';

/** The cases the rol27 rules made pass. */
const PASSING = [
  'frag18.negotiations-concluded-then-s-chief-negotiator-a-and-his-eu-counterpart-b-had-held-meetings-then-surname-will-brief',
  'frag18.spokesperson-told-reporters-that-the-blocs-trade-chief-had-held-talks-with-commerce-secretary-then-spokesperson-said-teams-would-continue',
  'frag18.agreement-signed-then-councillor-and-three-possessive-ministers-signed-each-for-their-country-and-minister-signed-for-x',
  'frag18.agreement-signed-then-foreign-minister-signed-for-x-semicolon-his-counterpart-the-eu-high-representative-signed-for-the-union-together-with',
  'frag18.an-org-delegation-led-by-the-blocs-special-envoy-former-head-of-state-held-talks-with-the-military-leader-then-surname-conveyed',
  'frag18.cycle-of-talks-with-rebel-group-closed-then-head-of-the-government-delegation-and-the-groups-chief-negotiator-signed-then-guarantors-attended',
  'frag18.dialogue-between-government-and-movement-resumed-then-demonym-panel-was-headed-by-a-and-the-movements-delegation-by-b-then-facilitated-by',
  'frag18.negotiations-resumed-then-the-demonym-negotiating-team-was-led-by-minister-while-s-minister-headed-his-countrys-delegation',
  'frag18.talks-between-the-government-of-s-and-opposition-groups-resumed-then-government-delegation-led-by-adviser-while-b-heads-the-alliances-delegation-then-chief-mediator-said',
  'frag18.the-governments-chief-negotiator-state-secretary-held-talks-in-capital-with-representatives-of-t',
  'read18.agreement-signed-then-first-deputy-pm-and-minister-signed-on-behalf-of-the-government-then-secretary-signed-for-t-then-our-team-negotiated',
  'read18.deputy-pm-and-minister-and-commissioner-signed-each-on-behalf-of-his-side-then-dpm-surname-said',
  'read18.factions-signed-declaration-then-a-led-the-movements-delegation-and-b-led-that-of-the-other-movement-then-host-foreign-minister-attended',
  'read18.president-hosted-president-of-s-and-prime-minister-of-t-then-the-two-leaders-signed-for-their-respective-governments-then-fm-chaired-the-negotiations',
  'read18.s-and-t-release-fact-sheet-then-minister-led-the-demonym-side-in-talks-with-secretary-while-trade-minister-handled-negotiations-with-representative-then-chief-of-staff-briefed',
  'read18.treaty-signed-then-minister-signed-on-behalf-of-the-government-and-foreign-minister-signed-for-t-then-our-chief-negotiator-led-then-chair-and-sg-attended',
];

/** The case that still gives a false fact: the EU's High Representative "also present" at a signing given the EU. */
const FALSE_LEFT = new Set([
  'read18.foreign-ministers-of-s-and-t-a-and-b-signed-each-for-his-country-then-prime-ministers-attended-then-un-mediator-and-eu-high-representative-present',
]);

describe('eighteenth roles bank (rol27)', () => {
  itPassesBankCases('passes', ROLES_BANK_18, PASSING);
  itGivesNoFalseFacts(
    'no false fact',
    ROLES_BANK_18,
    ROLES_BANK_18.map((c) => c.id).filter((id) => !FALSE_LEFT.has(id)),
  );
});
