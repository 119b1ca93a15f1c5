// Rules of round fl27b (issue 6), written after the first look at three new samples (a Caribbean prime minister's
// office's plain-text media release on a hemispheric summit, a Pyrenean government's web page on the conclusion of an
// association agreement's negotiations, a Pacific prime minister's office's Markdown press release on the signing of a
// treaty establishing a commission). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl27b.test.ts. Rule data (patterns) are named next to the rules.
import type { GazetteerHit } from './gazetteer.ts';
import { ORG_HEADS, TITLE_HEADS } from './lexicons.ts';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Rule event.dateline-hyphen-cut: "Port of Spain, Sunday 19 April 2009 - The Fifth Summit of the Americas ended …":
 * a dateline closed by a spaced hyphen (a plain "-" where other houses write a dash) is no part of the name of the
 * event named right after it. The part before the hyphen must end with a year, a day of the month, a weekday or a
 * month; "ASEAN - Japan Summit" (capitalised sides around a hyphen) keeps its name.
 */
export const EVENT_DATELINE_HYPHEN_CUT = {
  id: 'event.dateline-hyphen-cut',
  /** A leading date run and its spaced hyphen or dash. */
  lead: new RegExp(
    `^(?:(?:${WEEKDAYS}),?[^\\S\\n]+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?[^\\S\\n]+)?(?:${MONTHS})(?:[^\\S\\n]+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?[^\\S\\n]+\\d{4})?|\\d{4}|${WEEKDAYS})[^\\S\\n]+[-–—][^\\S\\n]+`,
  ),
};

/** Rule event.dateline-hyphen-cut: a named event's match without its leading dateline (the same match when none). */
export function withoutDatelineLead(m: RegExpExecArray): RegExpExecArray {
  if (!/[-–—]/.test(m[0])) return m;
  const lead = EVENT_DATELINE_HYPHEN_CUT.lead.exec(m[0]);
  if (!lead) return m;
  const cut = Object.assign([m[0].slice(lead[0].length)], { index: m.index + lead[0].length, input: m.input });
  return cut as unknown as RegExpExecArray;
}

/**
 * Rule person.counterpart-from: "met her counterpart from San Marino, the Secretary of State for Foreign and Political
 * Affairs, International Economic Cooperation and Digital Transition, Luca Beccari": the state after "counterpart from
 * / of" is the side of the person whose title follows, not the issuer (issue 6's local cue for an office's state).
 * Only a state (not a demonym) named right before the comma that opens the apposition, and only the first person
 * after it (no ", and" or ";" between).
 */
export const PERSON_COUNTERPART_FROM = {
  id: 'person.counterpart-from',
  /** The text before the person: "counterpart from <State>, (the) <title words, commas inside>, ". */
  before:
    /\bcounterparts?\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,3}),\s+(?:the\s+)?(?:(?!,\s+and\s)[^;()])*?$/u,
};

/** Rule person.counterpart-from: the state of a person right after "counterpart from <State>, …", if any. */
export function counterpartFromState(
  text: string,
  sentenceStart: number,
  from: number,
  hits: readonly GazetteerHit[],
): string | undefined {
  const before = text.slice(sentenceStart, from);
  if (!before.includes('counterpart')) return undefined;
  const m = PERSON_COUNTERPART_FROM.before.exec(before);
  if (!m) return undefined;
  const at = sentenceStart + m.index + m[0].indexOf(m[1]!, m[0].indexOf(' '));
  const h = hits.find((x) => x.type === 'State' && !x.demonym && x.start === at && x.end === at + m[1]!.length);
  return h?.name;
}

/**
 * Rule event.not-title-or-body-head: "Trinidad and Tobago's National Summit Coordinator, Ambassador X", "the Joint
 * Summit Working Group", "the Conference Secretariat": a capitalised run read as an event's name ("… National Summit",
 * "Joint Summit") that an office's head (Coordinator, Chair, Secretary, …) or a body's head (Working Group, Committee,
 * Secretariat, Commission, …) continues is part of a title or of a body's name, no event. Only the capitalised word right
 * after the name counts ("the Summit, Chair of …" or "the Summit. Secretary X …" keep the summit).
 */
export const EVENT_NOT_TITLE_OR_BODY_HEAD = {
  id: 'event.not-title-or-body-head',
  /** The heads that continue a title or a body's name; built from the lexicons' TITLE_HEADS and ORG_HEADS. */
  heads: (titleHeads: readonly string[], orgHeads: readonly string[]) =>
    new RegExp(
      `^[^\\S\\n]+(?:${[...titleHeads, ...orgHeads, 'Working Group', 'Group', 'Committee', 'Task Force']
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})(?![\\p{L}-])`,
      'u',
    ),
};

const TITLE_OR_BODY_HEAD = EVENT_NOT_TITLE_OR_BODY_HEAD.heads(TITLE_HEADS, ORG_HEADS);

/** Rule event.not-title-or-body-head: whether the event name ending at `end` of `text` is continued by such a head. */
export function titleOrBodyContinues(text: string, end: number): boolean {
  const next = text.slice(end, end + 30);
  return /^[^\S\n]+\p{Lu}/u.test(next) && TITLE_OR_BODY_HEAD.test(next);
}
