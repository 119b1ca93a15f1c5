// The sixteenth events paraphrase bank as a test (issue 6, round ev24): each case listed in PASSING must give every
// expected event fact (Events, PARTICIPATED_IN, PART_OF, INVOLVES, REACHED_AT) and no false one. The bank is committed
// before any rule of the round (43869c1); the cases the ev24 rules made pass are asserted here, with those that passed
// on the first pass. Cases still failing are listed as left in docs/first-look.md.
// Full per-case figures: `npm run bank -- events-16`.
import { BANK_EVENT_RELATIONS, EVENT_BANK } from './bank-events-16.ts';
import { describeEventBank } from './bank-events.test-helper.ts';

/** The cases that pass now: by the ev24 rules, and those that passed on the first pass. */
const PASSING = new Set<string>([
  // part-of.session-of-event, participated.not-inviter
  'sess-participated-in-the-outreach-session-of-the-summit-at-the-invitation-of',
  // event.incident-actor-relative, the 'arrest' incident noun
  'inc-the-strike-that-a-state-launched-on-a-city',
  'inc-the-arrest-of-a-demonym-journalist-by-demonym-security-services',
  // event.ceremony-verb, participated.ceremony-verb
  'cer-inaugurated-the-new-building-of-the-embassy-together-with',
  'cer-cut-the-ribbon-to-open-the-bridge-at-a-ceremony-attended-by',
  // passed on the first pass
  'inc-cross-border-clashes-between-a-group-and-a-demonym-army',
  'inc-seizure-of-a-flagged-vessel-by-a-state-which-had-nationals-among-its-crew',
  'inc-met-about-the-dispute-between-the-two-sides-over-tariffs',
  'ref-both-countries-agreed-to-convene-the-next-meeting-of-the-joint-commission',
  'cer-during-the-retreat-witnessed-the-signing-ceremony-of-the-agreement',
  'negative-a-clash-of-views-at-a-meeting-is-no-incident',
]);

describeEventBank('sixteenth events paraphrase bank', EVENT_BANK, BANK_EVENT_RELATIONS, PASSING, ['Event']);
