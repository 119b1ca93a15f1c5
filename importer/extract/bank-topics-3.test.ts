// The third topics paraphrase bank as a test (issue 6, round top13): each case listed in PASSING must give every
// expected fact of the area (Events, DISCUSSED, INVOLVES) and no false one. The first, blind pass (6093622, rules of
// 7a65169) passed 11 of 30 cases; the case the top13 rules made pass and the negatives that pass are asserted here.
// Full per-case figures with the shared scorer: `npm run bank -- topics-3`.
import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics-3.ts';

/** The case the top13 rules made pass (negative-venue-organisation, discussed.at-body) and the passing negatives. */
const PASSING = new Set<string>([
  'negative-venue-organisation',
  'negative-office-title-organisation',
  'negative-signed-earlier-basis',
  'negative-issuer-organisation-in-byline',
]);

describeEventBank('topics-3 paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING);
