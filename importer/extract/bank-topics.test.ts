// The topics paraphrase bank as a test (issue 6, round top9): each case listed in PASSING must give every expected
// fact of the area (Events, DISCUSSED, INVOLVES) and no false one. The cases that passed on the first, blind pass
// (a5599b5, rules of 19d2a41) are in the bank but not asserted here, except the three negatives; the cases still
// failing are listed as left in docs/first-look.md. Full per-case figures with the shared scorer:
// `npm run bank -- topics`.
import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics.ts';

/** The cases the top9 rules made pass (each failed on the rules of 19d2a41), and the three negatives. */
const PASSING = new Set<string>([
  'agreed-to-cooperate-on-third',
  'consultations-between-ministries',
  'earthquake-that-struck',
  'explosion-at-port-of',
  'hurricane-that-hit',
  'issues-such-as',
  'missile-strike-on-hospital-in-city',
  'offensive-possessive-region',
  'office-body-not-topic-peace-process',
  'raised-the-case-detention',
  'talked-about-third-state',
  'terrorist-attack-at-near-city',
  'negative-anniversary-statement',
  'negative-donor-statement',
  'negative-biography-offices',
]);

describeEventBank('topics paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING);
