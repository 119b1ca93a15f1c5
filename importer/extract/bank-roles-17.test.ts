// The seventeenth roles bank as a test (issue 6, round rol26): each case listed in PASSING gives every expected fact and
// no false one; every case of the bank but those listed in FALSE_LEFT gives no fact it lists as absent. PASSING holds the
// cases the rol26 rules made pass (each failed at the bank's first pass, e9f6b4b with the rules of main ede5c58); the
// cases that passed before the round are in the bank but not asserted whole. Full per-case figures:
// `npm run bank -- roles-17`.
import { describe } from 'vitest';

import { ROLES_BANK_17 } from './bank-roles-17.ts';
import { itGivesNoFalseFacts, itPassesBankCases } from './bank-roles.test-helper.ts';

/** The cases the rol26 rules made pass. */
const PASSING = [
  'one17.stacked-minister-and-minister-hon-signed-on-behalf-of-x-and-the-y-minister-signed-for-y',
  'one17.deputy-pm-and-minister-dr-x-signed-on-behalf-of-the-government-of-s-and-the-minister-dr-y-on-behalf-of-t',
  'one17.treaty-was-signed-for-x-by-president-surname-and-for-y-by-prime-minister',
  'frag17.statement-signed-by-party-president-on-behalf-of-party-and-party-leader-on-behalf-of-party-then-secretary-general-led-team',
  'one17.agreement-between-two-parties-signed-by-party-secretaries-each-on-behalf-of-his-party',
  'frag17.meeting-of-chief-negotiators-then-the-delegations-were-headed-by-colon-dash-list-then-facilitated-by',
  'frag17.heads-of-delegation-at-round-colon-markdown-table-side-head-of-delegation',
  'not17.the-negotiating-committee-chaired-by-ambassador-of-x-adjourned-without-agreement',
];

/**
 * The cases that still give a false fact: a mediator's or facilitator's own state (the project's
 * negotiates-for.mediator-own-state convention against the bank's negatives: 3 cases), a bloc's negotiator given his
 * state, a front's negotiator given the government's, and offices given the issuer's state (2).
 */
const FALSE_LEFT = new Set([
  'frag17.agreement-signed-by-chair-of-government-panel-for-x-and-by-chair-of-front-panel-for-y-then-facilitator-signed-as-witness',
  'not17.states-minister-of-state-who-facilitated-the-talks-between-x-and-y-said-the-parties-would-meet-again',
  'frag17.negotiations-conducted-by-professor-x-minister-of-state-and-the-bloc-chief-negotiator-for-the-bloc-and-by-commissioner-for-y',
  'frag17.the-government-delegation-was-headed-by-adviser-then-a-who-later-became-interim-president-headed-the-fronts-then-mediation',
  'frag17.president-of-the-government-met-president-surname-in-capital-then-minister-signed-for-x-with-counterpart',
  'one17.secretary-of-state-and-president-of-the-board-of-trade-signed-for-x-minister-surname-for-y-prime-minister-surname-present',
]);

describe('seventeenth roles bank (rol26)', () => {
  itPassesBankCases('passes', ROLES_BANK_17, PASSING);
  itGivesNoFalseFacts(
    'no false fact',
    ROLES_BANK_17,
    ROLES_BANK_17.map((c) => c.id).filter((id) => !FALSE_LEFT.has(id)),
  );
});
