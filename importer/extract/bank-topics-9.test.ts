// The ninth topics paraphrase bank as a test (issue 6, round top25): each case listed in PASSING must give every
// expected fact of the area (Events, Agreements, DISCUSSED) and no false one. Full per-case figures with the shared
// scorer: `npm run bank -- topics-9`.
import { beforeAll } from 'vitest';

import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_ENTITY_TYPES, BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics-9.ts';
import { extractFacts } from './test-facts.ts';

/** The cases that pass. */
const PASSING = new Set<string>([]);

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

describeEventBank('topics-9 paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, BANK_ENTITY_TYPES);
