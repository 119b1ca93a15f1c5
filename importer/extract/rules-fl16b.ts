// Rules of round fl16b (issue 6), written after the first look at three new samples (a South American foreign ministry's
// bulletin, a European foreign ministry's press release, a South-East Asian foreign ministry's web page). Each rule is
// a general construction; tests on made-up sentences in rules-fl16b.test.ts. This file imports nothing from the stages
// that call it, so that no import cycle forms.

/** What a session of a meeting is called when a readout tells the meeting's stages (rule event.session-sequence). */
const SESSION_KIND = String.raw`(?:t[êe]te-[àa]-t[êe]te|plenary[^\S\n]+session|restricted[^\S\n]+session|(?:expanded|enlarged|extended)[^\S\n]+session|delegation-level[^\S\n]+(?:meeting|talks|session)|working[^\S\n]+session)`;

/**
 * Rule event.session-sequence: the stages of a meeting told in sequence are its sessions ("The talks began with a
 * tête-à-tête, followed by a delegation-level meeting", "opened with a restricted session", "A plenary session
 * followed"): each an Event whose rule starts with "event.session", so it is PART_OF the meeting and its people take
 * part in the whole. A session of another body ("followed by a plenary session of the General Assembly") is not read.
 * Group 1, 2 or 3 is the session.
 */
export const EVENT_SESSION_SEQUENCE = {
  id: 'event.session-sequence',
  pattern: new RegExp(
    String.raw`\b(?:began|opened|started|commenced)[^\S\n]+with[^\S\n]+an?[^\S\n]+(${SESSION_KIND})(?![^\S\n]+of\b)` +
      String.raw`|\bfollowed[^\S\n]+by[^\S\n]+an?[^\S\n]+(${SESSION_KIND})(?![^\S\n]+of\b)` +
      String.raw`|(?<=(?:^|[.;:][^\S\n]+|\bthen[^\S\n]+))An?[^\S\n]+(${SESSION_KIND})(?:[^\S\n]+(?:on|with)[^\S\n]+[^.;\n]{1,60}?)?[^\S\n]+(?:followed|took[^\S\n]+place[^\S\n]+afterwards)\b`,
    'gimu',
  ),
};

/** A negotiating round named in the same sentence before a session (no plenary session of its own then). */
const ROUND_BEFORE = /\bround\b[^.;\n]*$/i;

/** Rule event.session-sequence: the sessions a text tells as stages of a meeting, with where each starts. */
export function sequenceSessions(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!/followed|began|opened|started|commenced/i.test(text)) return out;
  for (const m of text.matchAll(EVENT_SESSION_SEQUENCE.pattern)) {
    const surface = (m[1] ?? m[2] ?? m[3])!;
    // A negotiating round's plenary ("The round opened with a plenary session") is left unannotated, as the dev gold
    // has it (see event.session-of-main, fl15a).
    if (/^plenary/i.test(surface) && ROUND_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    out.push({ surface, start: m.index + m[0].indexOf(surface), rule: EVENT_SESSION_SEQUENCE.id });
  }
  return out;
}

/**
 * Rule event.ceremony-told: an act told as done in a ceremony qualified by its manner ("signed today the Agreement, in a
 * virtual ceremony presided over by the President", "the Memorandum was adopted at a solemn ceremony") is an Event, the
 * ceremony, where the agreement is reached. The verb must come first in the sentence; a ceremony with no act ("a
 * ceremony to mark the anniversary") or none qualified is left to the other rules. Group 1 is the ceremony.
 */
export const EVENT_CEREMONY_TOLD = {
  id: 'event.ceremony-told',
  pattern:
    /\b(?:signed|adopted|concluded|exchanged|initialled|initialed|ratified)\b[^.;\n]{0,160}?[^\S\n](?:in|at|during)[^\S\n]+an?[^\S\n]+((?:virtual|online|solemn|official|formal|brief|public)[^\S\n]+(?:signing[^\S\n]+)?ceremony)\b/giu,
};

/** Rule event.ceremony-told: the ceremonies a text tells an agreement's act in, with where each starts. */
export function ceremoniesTold(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!text.includes('ceremony')) return out;
  for (const m of text.matchAll(EVENT_CEREMONY_TOLD.pattern))
    out.push({ surface: m[1]!, start: m.index + m[0].lastIndexOf(m[1]!), rule: EVENT_CEREMONY_TOLD.id });
  return out;
}

/** A title word before a name in a meeting of two people ("President", "Prime Minister", "Foreign Minister"). */
const MEETING_TITLE = String.raw`(?:(?:Vice[^\S\n]+|Deputy[^\S\n]+)?(?:President|Prime[^\S\n]+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Foreign[^\S\n]+Minister|Minister|Secretary)[^\S\n]+)`;
const PERSON_WORDS = String.raw`\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,3}`;

/**
 * Rule event.meeting-of-with: a meeting told as one person's "with" another, each named with a title ("the meeting of
 * President A with President B", "the talks of Prime Minister C of X with Chancellor D"), is an Event of those two. A
 * meeting of a body ("the meeting of the Council with the Commission") has no title before a name and is not read.
 */
export const EVENT_MEETING_OF_WITH = {
  id: 'event.meeting-of-with',
  pattern: new RegExp(
    String.raw`\b(?:the|a|their|his|her)[^\S\n]+((?:meeting|talks|conversation)[^\S\n]+of[^\S\n]+${MEETING_TITLE}${PERSON_WORDS}(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?${PERSON_WORDS})?[^\S\n]+with[^\S\n]+${MEETING_TITLE}${PERSON_WORDS}(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?${PERSON_WORDS})?)`,
    'gu',
  ),
};

/** Rule event.meeting-of-with: the meetings a text tells as one titled person's with another. */
export function meetingsOfWith(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!text.includes(' with ')) return out;
  for (const m of text.matchAll(EVENT_MEETING_OF_WITH.pattern))
    out.push({ surface: m[1]!, start: m.index + m[0].indexOf(m[1]!), rule: EVENT_MEETING_OF_WITH.id });
  return out;
}
