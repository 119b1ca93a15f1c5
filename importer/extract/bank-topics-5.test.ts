// The fifth topics paraphrase bank as a test (issue 6, round top18): each case listed in PASSING must give every
// expected fact of the area (Events, Agreements, DISCUSSED, INVOLVES, PARTY_TO) and no false one. The first, blind pass
// (2287b77, rules of main 6111230) passed 22 of 62 cases; the cases the top18 rules made pass, the two the corrections
// to the dev gold's conventions made pass, and the cases that passed already (negatives included) are asserted here.
// Full per-case figures with the shared scorer: `npm run bank -- topics-5`.
import { beforeAll } from 'vitest';

import { describeEventBank } from './bank-events.test-helper.ts';
import { BANK_ENTITY_TYPES, BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-topics-5.ts';
import { extractFacts } from './test-facts.ts';

/** The cases that pass. */
const PASSING = new Set<string>([
  // made pass by the top18 rules
  'agenda-included-colon-list',
  'agreement-which-the-two-countries-signed-in-year',
  'also-touched-on-council-session',
  'association-council-took-place',
  'attack-on-soldiers-claimed-by-group',
  'attempted-coup-in-capital',
  'cooperation-council-co-chaired-by-presidents',
  'discussed-forthcoming-negotiations-between-bodies',
  'guarantors-are-no-parties',
  'history-agreement-no-topic',
  'informed-about-cross-border-shelling-by',
  'intergovernmental-commission-by-demonyms',
  'it-was-agreed-to-convene-council',
  'loan-agreement-concluded-with-bank',
  'mediator-is-no-party',
  'negative-credentials-of-ambassador',
  'officials-met-for-boundary-negotiations',
  'raid-on-embassy-by-police',
  'reviewed-agreement-between-and-trilateral',
  'reviewed-progress-under-combining-form-agreement',
  'sco-exchanged-views-on-preparations',
  'siege-of-city-by-group',
  'signed-by-the-presidents-of-three',
  'talks-under-auspices-of-body',
  'wire-held-round-of-consultations-on',
  'year-treaty-between-on',
  // made pass by the corrections after the first pass (Ivory Coast alias; a host thanked for hosting is INVOLVED)
  'franco-adjective-treaty',
  'thanked-third-state-for-hosting',
  // passed already on the first pass
  'agreed-that-president-would-visit',
  'agreement-between-two-bodies-not-in-force',
  'among-issues-raised-cyberattack',
  'attention-given-to-mou-with-body',
  'attention-paid-to-state-visit',
  'consultations-between-ministries-level-of',
  'downing-of-drone-by-state',
  'economic-blockade-of-by',
  'host-is-no-party-concluded-in',
  'incursion-was-among-issues-raised',
  'later-sentence-agreed-timing-of-consultations',
  'projects-under-bilateral-investment-treaty',
  'raised-detention-of-nationals-at-city',
  'raised-illegal-detentions-by-occupation-forces',
  'sino-adjective-agreement-in-force',
  'solidarity-following-floods-in-city',
  'wire-deal-the-two-countries-signed-last-year',
  'witnesses-are-no-parties',
  // negatives
  'negative-bodies-of-the-participants',
  'negative-gathering-named-in-passing',
  'negative-topical-issues-of-agenda',
  'negative-wire-demonym-leaders-at-border',
]);

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

describeEventBank('topics-5 paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, BANK_ENTITY_TYPES);
