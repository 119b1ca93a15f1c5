// Rules of round fl17a (issue 6), written after the first look at three new samples (a West African presidency's
// Markdown release, a Nordic intergovernmental body's web page, a Baltic foreign ministry's plain-text release). Each
// rule is a general construction; tests on made-up sentences in rules-fl17a.test.ts. This file imports nothing from
// the stages that call it, so that no import cycle forms.

const SP = String.raw`[^\S\n]+`;
/** The office-holders a group subject is made of ("prime ministers", "heads of state and government"). */
const GROUP_HEAD = String.raw`(?:prime${SP}ministers|presidents|leaders|heads${SP}of${SP}(?:state${SP}and${SP}government|state|government)|foreign${SP}ministers|(?:defen[cs]e|finance|trade|energy)${SP}ministers|ministers${SP}(?:of|for)${SP}(?:foreign${SP}affairs|defen[cs]e|finance|trade))`;
/** The qualifier of a group: one to three capitalised words or acronyms ("Nordic", "EU", "G7", "Central Asian"). */
const GROUP_QUALIFIER = String.raw`\p{Lu}[\p{L}\d-]*(?:${SP}(?:and${SP})?\p{Lu}[\p{L}\d-]*){0,2}`;

/**
 * Rule event.main-group-subject: an opening whose subject is a group of office-holders named by what binds them ("The
 * Nordic prime ministers met the President of Ukraine, X, in Oslo", "The EU foreign ministers held talks with …")
 * tells the readout's own meeting, though it names only the guest: "meeting of the Nordic prime ministers with X".
 * The pair subjects ("The two leaders", "Both Presidents") are event.main-pair-subject's; a group with no qualifier
 * ("The ministers met …") or no verb of meeting is not read. Group 1 is the group, group 2 the verb.
 */
export const EVENT_MAIN_GROUP_SUBJECT = {
  id: 'event.main-group-subject',
  pattern: new RegExp(
    String.raw`^(?:(?:Today|Yesterday|On${SP}\p{Lu}\p{L}+(?:${SP}\d{1,2}${SP}\p{Lu}\p{L}+)?),?${SP})?The${SP}(${GROUP_QUALIFIER}${SP}${GROUP_HEAD})${SP}(?:today${SP})?(met(?:${SP}with)?|held${SP}(?:talks|a${SP}meeting)${SP}with|received|hosted)${SP}`,
    'u',
  ),
};

/** Rule event.main-group-subject: the group and the verb of a sentence whose subject is a group that met someone. */
export function groupSubjectMeeting(sentence: string): { group: string; verbAt: number; verb: string } | undefined {
  const m = EVENT_MAIN_GROUP_SUBJECT.pattern.exec(sentence);
  if (!m) return undefined;
  // "The Two …" is no qualifier: a pair is told by event.main-pair-subject.
  if (/^(?:Two|Three|Both)\b/.test(m[1]!)) return undefined;
  return { group: m[1]!, verbAt: m[0].lastIndexOf(m[2]!), verb: m[2]! };
}

/**
 * Rule event.session-followed-by: a stage of a meeting told after another with no article or with a head noun other
 * than "session" ("a tête-à-tête, which was followed by enlarged talks with the delegations", "followed by an expanded
 * meeting") is a session: an Event whose rule starts with "event.session", so it is PART_OF the meeting and its people
 * take part in the whole. A stage of another body ("followed by expanded talks of the working group") is not read.
 * Group 1 is the session.
 */
export const EVENT_SESSION_FOLLOWED_BY = {
  id: 'event.session-followed-by',
  pattern: new RegExp(
    String.raw`\bfollowed${SP}by${SP}(?:an?${SP})?((?:enlarged|expanded|extended|restricted|broader|wider)${SP}(?:talks|meeting|discussions))(?!${SP}(?:of|on)\b)`,
    'giu',
  ),
};

/** Rule event.session-followed-by: the sessions a text tells as following another stage, with where each starts. */
export function sessionsFollowedBy(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  if (!text.includes('followed')) return out;
  for (const m of text.matchAll(EVENT_SESSION_FOLLOWED_BY.pattern))
    out.push({ surface: m[1]!, start: m.index + m[0].lastIndexOf(m[1]!), rule: EVENT_SESSION_FOLLOWED_BY.id });
  return out;
}

/** The kinds of a visit that readouts coordinate ("friendship and working visit", "official and working visit"). */
const VISIT_KIND = String.raw`(?:friendship|working|official|state|private|fraternal|courtesy)`;

/**
 * Rule event.visit-coordinated-kind: a visit whose kind is two coordinated words ("made a friendship and working visit
 * to Nouakchott", "an official and working visit to the Republic of X") is named by both, not by the last alone. The
 * destination runs on to the whole state's name where the gazetteer knows it (event.visit-to-full-state). Two kinds
 * of something else ("trade and investment visit") are not read.
 */
export const EVENT_VISIT_COORDINATED = {
  id: 'event.visit-coordinated-kind',
  pattern: new RegExp(
    String.raw`\b${VISIT_KIND}${SP}and${SP}${VISIT_KIND}${SP}visit${SP}to${SP}(?:the${SP})?\p{Lu}\p{L}+(?:${SP}\p{Lu}\p{L}+)?`,
    'gu',
  ),
};

/** Rule event.visit-coordinated-kind: the visits of a text named by two coordinated kinds, with where each starts. */
export function coordinatedVisits(text: string): { surface: string; start: number }[] {
  if (!/\band\b[^.\n]{0,30}\bvisit\b/i.test(text)) return [];
  return [...text.matchAll(EVENT_VISIT_COORDINATED.pattern)].map((m) => ({ surface: m[0], start: m.index }));
}

/** "working visit to Nouakchott": the words before "visit to" and the destination. */
const VISIT_SHAPE = /^(.*?\bvisit)\s+to\s+(?:the\s+)?(.+)$/i;

/**
 * Rule event.visit-capital-same: one visit told to a state (in the headline, "visit to the Islamic Republic of X") and
 * to that state's capital (in the body, "visit to Nouakchott") with the same kind words is one event, named after the
 * state. `stateOf` gives the state a destination names (a capital's state for a capital); visits of other kinds or to
 * a city that is no capital of that state stay apart. Returns the renames [from, to].
 */
export function capitalVisitRenames(
  names: readonly string[],
  stateOfState: (dest: string) => string | undefined,
  stateOfCapital: (dest: string) => string | undefined,
): [string, string][] {
  const out: [string, string][] = [];
  const visits = names.map((n) => ({ n, m: VISIT_SHAPE.exec(n) })).filter((x) => x.m);
  for (const city of visits) {
    const capOf = stateOfCapital(city.m![2]!);
    if (!capOf) continue;
    const same = visits.filter(
      (x) => x !== city && x.m![1]!.toLowerCase() === city.m![1]!.toLowerCase() && stateOfState(x.m![2]!) === capOf,
    );
    if (same.length === 1) out.push([city.n, same[0]!.n]);
  }
  return out;
}

/**
 * Rule negotiates-for.negotiated-for-person: "X, who negotiated for President Y", "X negotiates for Prime Minister Y":
 * the person named right after "negotiated for" is the principal X acts for (NEGOTIATES_FOR Y), and by that mention no
 * negotiator. A state or body after "for" is left to the other rules; "negotiated for months" names nobody. `cue`
 * finds the cue's end; `agentGap` is what may stand between the agent's mention and the cue; `principalLead` what may
 * stand between the cue and the principal's name (titles, capitalised).
 */
export const NEGOTIATES_FOR_NAMED_PRINCIPAL = {
  id: 'negotiates-for.negotiated-for-person',
  cue: /\b(?:negotiated|negotiates|negotiating|negotiate)[^\S\n]+for[^\S\n]+/g,
  agentGap:
    /^(?:,[^\S\n]*who[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+|also[^\S\n]+)?|[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+|also[^\S\n]+)?)$/,
  principalLead: /^(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,5}$/u,
};

/** One person mention's span: where its name starts and ends, and where its titles and appositions start and end. */
interface Span {
  start: number;
  end: number;
  from?: number;
  to?: number;
}

/**
 * Rule negotiates-for.negotiated-for-person: [agent, principal] pairs of person mentions of one sentence (text from
 * `sentStart`), each mention with its span in the document.
 */
export function negotiatedForPairs<M extends Span>(
  text: string,
  sentStart: number,
  sentEnd: number,
  ms: M[],
): [M, M][] {
  const out: [M, M][] = [];
  const s = text.slice(sentStart, sentEnd);
  for (const c of s.matchAll(NEGOTIATES_FOR_NAMED_PRINCIPAL.cue)) {
    const cueStart = sentStart + c.index;
    const cueEnd = cueStart + c[0].length;
    const principal = ms.find(
      (m) => m.start >= cueEnd && NEGOTIATES_FOR_NAMED_PRINCIPAL.principalLead.test(text.slice(cueEnd, m.start)),
    );
    const agent = ms
      .filter((m) => (m.to ?? m.end) <= cueStart)
      .find((m) => NEGOTIATES_FOR_NAMED_PRINCIPAL.agentGap.test(text.slice(m.to ?? m.end, cueStart)));
    if (principal && agent && principal !== agent) out.push([agent, principal]);
  }
  return out;
}

/**
 * Rule reached-at.signed-on-margins: "The agreement was signed on the margins of the European Council meeting", "A and B
 * signed the Treaty on the sidelines of the Summit": the agreement signed, adopted or concluded is reached at the
 * gathering it was signed on the margins of. The agreement is the one the sentence names before the cue, else, for a
 * subject told by its head alone ("The agreement", "The treaty", "It"), the last one named before. A gathering that
 * is not named as an event, or one told as still to come, gives nothing. Group 1 is the frame word.
 */
export const REACHED_AT_SIGNED_ON_MARGINS = {
  id: 'reached-at.signed-on-margins',
  pattern: new RegExp(
    String.raw`\b(?:signed|adopted|concluded|initialled|initialed)\b[^.;\n]{0,160}?${SP}(?:on|at)${SP}the${SP}(margins?|sidelines?|fringes?)${SP}of${SP}(?:the${SP})?`,
    'u',
  ),
  /** A subject told by its head alone, the agreement named before: "The agreement was signed …". */
  anaphor:
    /^(?:The|This)[^\S\n]+(agreement|treaty|memorandum|declaration|accord|protocol|convention|document|text)\b|^It[^\S\n]+(?:was|has[^\S\n]+been)\b/i,
};

/**
 * Rule reached-at.signed-on-margins: where the gathering's name starts (after the cue) and, for an anaphoric subject,
 * its head noun ('' for "It"), in one sentence; undefined when the sentence tells no signing on the margins.
 */
export function signedOnMargins(
  sentence: string,
): { gatheringAt: number; cueAt: number; anaphor?: string } | undefined {
  const m = REACHED_AT_SIGNED_ON_MARGINS.pattern.exec(sentence);
  if (!m) return undefined;
  const a = REACHED_AT_SIGNED_ON_MARGINS.anaphor.exec(sentence);
  return { gatheringAt: m.index + m[0].length, cueAt: m.index, anaphor: a ? (a[1] ?? '').toLowerCase() : undefined };
}

/**
 * Rule event.frame-body-with-head: a body named as a meeting's frame and followed by the noun of its gathering ("on the
 * margins of the European Council meeting", "on the sidelines of the Council session") is no gathering by itself: the
 * gathering is the whole phrase, which the meeting-phrase rules name; event.frame-body leaves the body alone there.
 */
export const EVENT_FRAME_BODY_WITH_HEAD = {
  id: 'event.frame-body-with-head',
  after: /^[^\S\n]+(?:meeting|summit|session|sitting|conference)\b/,
};

/** Rule event.frame-body-with-head: whether the body ending at `end` is followed by the noun of its gathering. */
export const bodyWithGatheringHead = (text: string, end: number): boolean =>
  EVENT_FRAME_BODY_WITH_HEAD.after.test(text.slice(end, end + 20));

/**
 * Rule office.proposed-not-held: "the leaders agreed to propose Prime Minister X as the next High Representative",
 * "nominated Y as the future Secretary-General": an office a person is proposed, nominated or recommended for is not
 * one she holds; the "as" title gives no HOLDS_OFFICE (office.as-title), so her other titles keep their own state. An
 * appointment ("was appointed as the next …", office.appointed-next) is held and left to that rule.
 */
export const OFFICE_PROPOSED_NOT_HELD = {
  id: 'office.proposed-not-held',
  before:
    /\b(?:propos(?:e|ed|es|ing)|nominat(?:e|ed|es|ing)|recommend(?:ed|s|ing)?|put(?:s|ting)?[^\S\n]+forward|endors(?:e|ed|es|ing)|candidacy[^\S\n]+of|candidate)\b[^.;:\n]{0,80}?[^\S\n]as[^\S\n]+(?:the[^\S\n]+)?(?:(?:next|future|new|incoming|prospective)[^\S\n]+)?$/i,
};

/** Rule office.proposed-not-held: whether the text of a sentence up to an "as" title tells a proposal, not a holding. */
export const proposedForTitle = (sentenceBefore: string): boolean =>
  OFFICE_PROPOSED_NOT_HELD.before.test(sentenceBefore);

/**
 * Rule party-to.collective-same-title: "The prime ministers adopted a joint statement", after a meeting of the prime
 * ministers with a guest of another title: the collective signers named by a title are the participants who hold that
 * title, not the guest. Each plural title with the pattern an office's title must match; "the leaders" and "the two
 * heads of state" name everyone and are not listed.
 */
export const PARTY_TO_COLLECTIVE_SAME_TITLE = {
  id: 'party-to.collective-same-title',
  titles: [
    [/^the\s+(?:\w+\s+)?prime\s+ministers\b/i, /^(?:Prime Minister|Premier)\b/],
    [/^the\s+(?:\w+\s+)?foreign\s+ministers\b/i, /^(?:Foreign Minister|Minister (?:of|for) Foreign Affairs)\b/],
    [/^the\s+(?:\w+\s+)?presidents\b/i, /^President\b/],
  ] as [RegExp, RegExp][],
};

/** Rule party-to.collective-same-title: the office-title pattern a collective subject ("the prime ministers") names. */
export function collectiveTitle(subject: string): RegExp | undefined {
  return PARTY_TO_COLLECTIVE_SAME_TITLE.titles.find(([re]) => re.test(subject))?.[1];
}

/**
 * Rule office.apposition-and-current: "X, President of Y and current Chairperson of the African Union": a second title
 * coordinated with the first in a person's apposition, qualified by "current" (incumbent, rotating, outgoing), is held
 * by that person too. The gap from the person's mention to the second title must be the first title alone: a verb or
 * another clause between ("X met the President and current Chair") stops it.
 */
export const OFFICE_APPOSITION_AND_CURRENT = {
  id: 'office.apposition-and-current',
  gap: /^,[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?(?:current|incumbent|rotating|outgoing|sitting)[^\S\n]+$/u,
  /** The same gap after a mention whose apposition already holds the first title. */
  afterApposition: /^[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?(?:current|incumbent|rotating|outgoing|sitting)[^\S\n]+$/,
};

/**
 * Rule office.apposition-and-current: whether the text from a person's mention to a bare title is such a gap;
 * `apposed` tells that the mention's span already runs over its first title.
 */
export const appositionAndCurrent = (gap: string, apposed: boolean): boolean =>
  OFFICE_APPOSITION_AND_CURRENT.gap.test(gap) || (apposed && OFFICE_APPOSITION_AND_CURRENT.afterApposition.test(gap));

/**
 * Rule event.pronoun-held-with: "In the afternoon he held bilateral talks with Prime Minister X", "She also had a
 * meeting with Y": a meeting whose first party is told by a pronoun is the meeting of the person the pronoun stands
 * for (the last person named before it in the sentence, else the first of the sentence before) with the person named
 * right after "with". A "with" that names no person ("talks with the delegation") gives nothing. Group 1 is the noun.
 */
export const EVENT_PRONOUN_HELD_WITH = {
  id: 'event.pronoun-held-with',
  pattern: new RegExp(
    String.raw`\b(?:he|she|He|She)${SP}(?:also${SP}|then${SP}|later${SP}|subsequently${SP})?(?:held|had)${SP}(?:an?${SP})?((?:(?:bilateral|separate|private|brief)${SP})?(?:talks|meeting|conversation))${SP}with${SP}`,
    'g',
  ),
  /** What may stand between "with" and the person's name: titles. */
  guestLead: /^(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}.'’-]*[^\S\n]+){0,5}$/u,
};

/**
 * The matches of a global `pattern` whose clause has a "he" or "she" subject in one sentence (`sentStart`..`sentEnd`),
 * each with where it starts and ends in `text` (event.pronoun-held-with, fl18b's event.pronoun-met).
 */
export function pronounClauses(
  text: string,
  sentStart: number,
  sentEnd: number,
  pattern: RegExp,
): { m: RegExpMatchArray; at: number; end: number }[] {
  const s = text.slice(sentStart, sentEnd);
  if (!/\b(?:he|she)\b/i.test(s)) return [];
  return [...s.matchAll(pattern)].map((m) => ({
    m,
    at: sentStart + m.index!,
    end: sentStart + m.index! + m[0].length,
  }));
}

/**
 * Rule event.pronoun-held-with: in one sentence (`sentStart`..`sentEnd`), the meetings told with a pronoun subject:
 * the noun, where the clause starts and ends, and the guest's mention (one of `ms`, the sentence's people).
 */
export function pronounHeldWith<M extends Span>(
  text: string,
  sentStart: number,
  sentEnd: number,
  ms: M[],
): { noun: string; from: number; to: number; pronounAt: number; guest: M }[] {
  const out: { noun: string; from: number; to: number; pronounAt: number; guest: M }[] = [];
  for (const { m, at, end } of pronounClauses(text, sentStart, sentEnd, EVENT_PRONOUN_HELD_WITH.pattern)) {
    const guest = ms.find((x) => x.start >= end && EVENT_PRONOUN_HELD_WITH.guestLead.test(text.slice(end, x.start)));
    if (guest)
      out.push({
        noun: m[1]!.replace(/\s+/g, ' '),
        from: at + m[0].indexOf(m[1]!),
        to: guest.end,
        pronounAt: at,
        guest,
      });
  }
  return out;
}
