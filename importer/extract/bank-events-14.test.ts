// The fourteenth events paraphrase bank as a test (issue 6, round ev22): each case listed in PASSING must give every
// expected event fact (Events, PARTICIPATED_IN, PART_OF, INVOLVES, REACHED_AT) and no false one. The cases that passed
// on the first pass are in the bank but not asserted here, except the negatives; the cases still failing are listed as
// left in docs/first-look.md. Full per-case figures: `npm run bank -- events-14`.
import { BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-events-14.ts';
import { describeEventBank } from './bank-events.test-helper.ts';

/** The cases that pass now and failed on the first pass (by the ev22 rules), and the passing negatives. */
const PASSING = new Set<string>([]);

describeEventBank('fourteenth events paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, ['Event']);
