// The seventh topics paraphrase bank as a test (issue 6, round top22): each case listed in PASSING must give every
// expected fact of the area (Events, Agreements, DISCUSSED, INVOLVES) and no false one. The first, blind pass
// (c8b7469, rules of main 3694699) passed 40 of 69 cases; 42 after the three corrections to the GUIDE's and the
// banks' conventions recorded in docs/first-look.md ("Round top22"); 51 with the top22 rules. The cases that pass are
// asserted here. Full per-case figures with the shared scorer: `npm run bank -- topics-7`.
import { beforeAll } from 'vitest';

import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_ENTITY_TYPES, BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics-7.ts';
import { extractFacts } from './test-facts.ts';

/** The cases that pass. */
const PASSING = new Set<string>([
  // made pass by the top22 rules
  'drone-attacks-attributed-to-group',
  'insurgency-in-province-of-state',
  'negative-participants-states-as-nationalities',
  'negative-state-of-a-past-post',
  'regional-developments-including-in-states',
  'state-topic-beside-incident-not-party',
  'such-as-multilateral-issues',
  'talks-served-to-prepare-summit-hosted-by',
  'turning-to-multilateral-matters',
  // passed on the first pass (two of them after the corrections)
  'abduction-of-nationals-in-state',
  'agreement-also-came-up',
  'agreement-was-raised-as-was',
  'another-topic-was-treaty',
  'antara-earthquake-struck-region-of-state',
  'ap-sabotage-of-railway-in-state-blamed-on',
  'attack-on-embassy-of-state-in-city',
  'attempted-coup-in-state',
  'audience-then-earlier-talks-each-own-topic',
  'concerning-state-opening',
  'in-particular-list',
  'kidnapping-of-pupils-in-state-region',
  'named-cyclone-in-two-states',
  'notably-list',
  'plenary-after-tete-a-tete-topic-of-plenary',
  'process-between-states-led-by-state',
  'recovery-conference-co-hosted-by-two-states',
  'regional-issues-including-were-on-agenda',
  'reviewed-progress-in-implementing-agreement',
  'shelling-of-border-posts-by-forces-of-state',
  'shooting-down-of-drones-in-airspace',
  'speaker-said-not-party-dpa',
  'state-featured-prominently',
  'state-pair-war-hyphen',
  'talks-facilitated-by-state',
  'they-further-discussed-body',
  'topics-in-dot-bullets',
  'views-were-also-exchanged-on',
  'welcomed-ceasefire-agreement-between-others',
  'welcomed-peace-agreement-signed-between',
  'welcomed-progress-in-negotiations-on-agreement',
  'wildfires-in-state-region',
  'wire-quoted-we-talked-about',
  'with-a-focus-on-states',
  'working-dinner-the-evening-before',
  // negatives
  'negative-areas-such-as',
  'negative-body-as-venue-headquarters',
  'negative-gathering-as-time-mark',
  'negative-own-states-in-trade-list',
  'negative-regions-after-including',
  'negative-speaker-state-of-quoted-condemnation',
  'negative-welcomed-the-delegation',
]);

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

describeEventBank('topics-7 paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, BANK_ENTITY_TYPES);
