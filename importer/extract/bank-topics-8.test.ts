// The eighth topics paraphrase bank as a test (issue 6, round top23): each case listed in PASSING must give every
// expected fact of the area (Events, Agreements, DISCUSSED, INVOLVES) and no false one. The first, blind pass
// (232db19, rules of main fa9eec0) passed 18 of 56 cases; 23 after the six corrections to the GUIDE's and the
// banks' conventions recorded in docs/first-look.md ("Round top23"); 35 with the top23 rules (and the three frame
// corrections made with them), 34 asserted here: possessive-mediation-between-states passes the shared scorer, whose
// lenient match pairs its meeting "Youssouf-Taye meeting of 20 August 2024" (Djibouti the city and the state), not
// this helper's stricter one. The cases that pass are asserted here. Full
// per-case figures with the shared scorer: `npm run bank -- topics-8`.
import { beforeAll } from 'vitest';

import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_ENTITY_TYPES, BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics-8.ts';
import { extractFacts } from './test-facts.ts';

/** The cases that pass. */
const PASSING = new Set<string>([
  // made pass by the top23 rules (retreat-session… after the frame correction)
  'as-regards-region-then-states',
  'assassination-attempt-on-demonym-leader',
  'attack-condemned-by-body-not-party',
  'body-led-peace-process-in-state',
  'discussions-also-extended-to',
  'expulsion-of-ambassador-of-state-from-state',
  'negative-embassy-of-state-as-venue',
  'retreat-session-of-summit-its-own-topic',
  'round-of-talks-under-three-demonym-mediators',
  'sides-briefed-each-other-on',
  'the-call-covered',
  // passed on the first pass (five of them after the corrections)
  'among-other-things-they-talked-about',
  'arbitrary-detention-of-nationals-by-state',
  'attacks-on-un-mission-positions-in-region',
  'congratulated-state-on-chairmanship-of-body',
  'direct-talks-between-demonym-delegations-hosted-by',
  'expressed-support-for-bid-to-join',
  'forced-deportation-of-children-to-state',
  'meeting-then-telephone-talk-each-own-topic',
  'meeting-was-also-an-opportunity-to-address',
  'minister-also-raised-state-and-body',
  'occupation-of-regions-of-state-by-demonym',
  'on-state-the-two-leaders-later-paragraph',
  'on-the-state-issue-the-leaders',
  'preparations-for-body-summit-which-will-be-held',
  'reaffirmed-support-for-territorial-integrity',
  'reviewed-state-of-play-of-agreement',
  'round-of-negotiations-between-body-and-state-on-agreement',
  'talks-focused-on-implementation-and-preparations',
  // negatives
  'negative-drought-in-region-no-party',
  'negative-international-community-only',
  'negative-own-states-in-stance-sentence',
  'negative-speaker-nationality-told-reporters',
  'negative-state-only-as-venue-after-city',
]);

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

describeEventBank('topics-8 paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, BANK_ENTITY_TYPES);
