// The fifteenth events paraphrase bank as a test (issue 6, round ev23): each case listed in PASSING must give every
// expected event fact (Events, PARTICIPATED_IN, PART_OF, INVOLVES, REACHED_AT) and no false one. The bank is committed
// before any rule of the round; the cases its rules make pass and the passing negatives are listed once it has run.
// Full per-case figures: `npm run bank -- events-15`.
import { BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-events-15.ts';
import { describeEventBank } from './bank-events.test-helper.ts';

/** The cases that pass now and failed on the first pass (by the ev23 rules), and the passing negatives. */
const PASSING = new Set<string>([]);

describeEventBank('fifteenth events paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, ['Event']);
