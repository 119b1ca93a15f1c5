// Rules of the fl31a round (issue 6), from three first-look samples in new styles (a Central American interior
// ministry's plain-text bulletin on an agreement signed in Washington, an EU Council presidency's web page on an
// accession conference, a collegial presidency's Markdown release on a border treaty signed in Vienna). Each is a
// general construction of readouts, never one passage's wording; tests in rules-fl31a.test.ts.
import type { Ctx } from './context.ts';
import { SPELLED_ORDINALS } from './lexicons.ts';
import { matchAllInLines } from './text.ts';
import type { Found } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';
const ORDINAL = `(?:(?:${[...SPELLED_ORDINALS.units, 'tenth', ...SPELLED_ORDINALS.teens].join('|')})|(?:First|Second|Third|Fourth|Fifth)|\\d{1,2}(?:st|nd|rd|th))`;
const CAP_WORD = "\\p{Lu}[\\p{L}'’-]+";
/** A side named by one to four capitalised words, "of" between them ("the Republic of North Macedonia"). */
const SIDE = `(?:the${SP})?${CAP_WORD}(?:${SP}(?:of${SP})?${CAP_WORD}){0,3}(?![\\p{L}'’-]|${SP}(?:of${SP})?\\p{Lu})`;

/**
 * Rule event.accession-conference: the gathering at which a candidate state negotiates its accession with a union,
 * told by its kind and its partner ("the second accession conference with Serbia at ministerial level", "the first
 * intergovernmental conference with Albania", "an Intergovernmental Conference with Montenegro"). A meeting's noun
 * pinned only by a partner is no event to the fallback (event.meeting-phrase), but an accession or intergovernmental
 * conference with a state is always one sitting of a negotiation. One state only: "the intergovernmental conferences
 * with North Macedonia and Albania" are two sittings and stay unread; so does "an intergovernmental conference
 * convened by the General Assembly" (no partner).
 */
export const EVENT_ACCESSION_CONFERENCE = {
  id: 'event.accession-conference',
  gate: /[Cc]onference (?:with|between|on the accession)/,
  /** perf32: the lines the pattern runs on (no match takes a newline; every match holds this). */
  line: /(?:[Aa]ccession|[Ii]ntergovernmental)[^\S\n]+[Cc]onference/,
  pattern: new RegExp(
    `\\b(?:${ORDINAL}${SP})?(?:[Aa]ccession|[Ii]ntergovernmental)${SP}[Cc]onference${SP}` +
      `(?:with${SP}${SIDE}(?!${SP}and${SP}\\p{Lu})|between${SP}${SIDE}${SP}and${SP}${SIDE}|on${SP}the${SP}accession${SP}of${SP}${SIDE}${SP}to${SP}${SIDE})` +
      `(?:${SP}at${SP}ministerial${SP}level)?`,
    'gu',
  ),
};

/**
 * Rule event.accession-conference: each sitting of an accession negotiation told by its kind and partner. Found before
 * the merges of longer forms, so that "the accession conference with Serbia" of a headline is the "second accession
 * conference with Serbia at ministerial level" of the lead.
 */
export function findAccessionConferences(ctx: Ctx, add: AddEvent): void {
  const R = EVENT_ACCESSION_CONFERENCE;
  if (!ctx.text.includes('onference') || !R.gate.test(ctx.text)) return;
  for (const m of matchAllInLines(ctx.text, R.pattern, R.line)) add('Event', m[0], m.index, R.id);
}

/**
 * Rule discussed.not-signing-main: a readout whose own event is a signing ("signing of the Treaty on the State Border
 * …") tells its other events, agreements and named bodies as the treaty's background, the speeches' recollections or
 * what was said beside it, not as subjects the ceremony dealt with: the main-event topic rules (discussed.event,
 * discussed.agreement, discussed.topic) give a signing no DISCUSSED. On the 167 annotated samples 100 of their 122 such
 * facts were false (the golds give a signing DISCUSSED in 14 readouts only, where talks were held at the ceremony).
 * Topics told of another meeting (discussed.told-topic, discussed.told-paragraph, discussed.at-which) are kept.
 */
export const DISCUSSED_NOT_SIGNING_MAIN = {
  id: 'discussed.not-signing-main',
  signing: /^signing\b/i,
  rules: new Set(['discussed.event', 'discussed.agreement', 'discussed.topic']),
};

/** Rule discussed.not-signing-main: drops the main-event topic facts of a signing that is the readout's own event. */
export function dropSigningMainTopics(ctx: Ctx, main: { key: string } | undefined, mainName: string | undefined): void {
  const R = DISCUSSED_NOT_SIGNING_MAIN;
  if (!main || !mainName || !R.signing.test(mainName)) return;
  const drop = (r: { type: string; from: string; rule: string }) =>
    r.type === 'DISCUSSED' && r.from === main.key && R.rules.has(r.rule);
  if (ctx.relations.some(drop)) ctx.replaceRelations(ctx.relations.filter((r) => !drop(r)));
}
