// The tenth topics paraphrase bank as a test (issue 6, round top27): each case listed in PASSING must give every
// expected fact of the area (Events, Agreements, DISCUSSED, INVOLVES) and no false one. The first, blind pass (bank
// 6d90cf1, rules of main d84283c) passed 9 of 44 cases, 10 after the naming corrections, 16 after the correction of
// the situations, 19 with the top27 rules; 17 asserted here: negative-international-situation and
// palestinian-question-and-situation-in-state pass the shared scorer, whose lenient match pairs their meetings (named
// after a two-word surname), not this helper's stricter one. Full per-case figures with the shared scorer: `npm run bank -- topics-10`.
import { beforeAll } from 'vitest';

import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_ENTITY_TYPES, BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics-10.ts';
import { extractFacts } from './test-facts.ts';

/** The cases that pass. */
const PASSING = new Set<string>([
  // passing after the situations correction (cc8c27a) on the first pass's rules
  'situation-in-the-sahel-region-only',
  'situation-on-the-korean-peninsula',
  'humanitarian-situation-in-gaza-and-escalation',
  'situation-in-red-sea-and-houthi-attacks',
  'sudanese-file-and-situation-in-state',
  // made pass by the top27 rules
  'rohingya-crisis-and-rakhine',
  'exit-of-three-states-from-body',
  'closure-of-border-between-and-process',
  // passed on the first, blind pass (after the naming corrections)
  'cyprus-issue-state-subject',
  'drone-incursion-into-airspace-adjectives',
  'the-war-bare-and-aggression-later',
  'siege-of-city-by-force',
  'negative-policy-areas',
  'negative-regional-issues-and-the-region',
  'negative-denuclearisation-of-a-peninsula-as-goal',
  'negative-cooperation-in-regions',
  'negative-body-named-after-region',
]);

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

describeEventBank('topics-10 paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, BANK_ENTITY_TYPES);
