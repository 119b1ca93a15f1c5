// Rules of round fl19a (issue 6), written after the first look at three new samples (a Baltic foreign ministry's web
// page on a ministerial council it chaired, a Central European foreign ministry's Markdown news item on a summit, a
// Southern African government's plain-text release on a state visit). Each rule is a general construction; tests on
// made-up sentences in rules-fl19a.test.ts. This file imports nothing from the stages that call it but the lexicons,
// so that no import cycle forms.

import { SPELLED_ORDINALS } from './lexicons.ts';

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.spelled-ordinal-session: an ordinal written in words beyond "tenth" ("the eighteenth meeting of the OSCE
 * Ministerial Council", "the twenty-first session of the Joint Commission") numbers a session of a body as "18th"
 * does, so the session of the body is an event and the body an organisation (the sessions rule of event-between.ts
 * reads it). `source` is the alternation, for that rule's pattern.
 */
export const EVENT_SPELLED_ORDINAL_SESSION = {
  id: 'event.spelled-ordinal-session',
  source: String.raw`(?:(?:${SPELLED_ORDINALS.tensBefore.join('|')})-(?:${SPELLED_ORDINALS.units.join('|')})|${[...SPELLED_ORDINALS.teens, ...SPELLED_ORDINALS.tens].join('|')})`,
};

/** The words before a session's head: its place in the proceedings and its kind ("opening plenary", "working"). */
const SESSION_PLACE = String.raw`(?:opening|closing|final|concluding|first|second|third|fourth|last|morning|afternoon|evening)`;
// fl20a: "In the closed session, Ministers reviewed …".
const SESSION_KIND = String.raw`(?:plenary|working|general|informal|special|thematic|interactive|restricted|enlarged|closed)`;
/**
 * The heads of a session told as the occasion of what the sentence says; (evk31b) "At the opening ceremony on Sunday
 * evening, the outgoing Chairman …", "After the opening plenary, the participants tasked …" (with its place word only:
 * the pattern's `qualified`).
 */
const SESSION_HEAD = String.raw`(?:session|debate|segment|dinner|lunch|luncheon|breakfast|ceremony|plenary)`;

/**
 * Rule event.session-told-at: a session of the readout's gathering told in lowercase as the occasion of its sentence,
 * with at least one word of its place or kind: "At the opening plenary session the Chairperson presented …", "In the
 * working session the leaders reviewed …", "were among the speakers in the plenary debate", "preceded by an informal
 * dinner of the members of …". Its rule starts with "event.session", so the session steps join it to the gathering
 * and give it its people. A bare head ("at the session", "at dinner") names nothing; "a working session of the
 * Committee" (a session of a body) is the sessions-of-bodies rule's to read; an indefinite one ("launched the round at
 * a plenary session on Monday") is told in passing, unless the members who sat at it follow ("an informal dinner of
 * the members of …"). Group 1 is the session's name.
 */
export const EVENT_SESSION_TOLD_AT = {
  id: 'event.session-told-at',
  pattern: new RegExp(
    String.raw`\b(?:[Aa]t|[Ii]n|[Dd]uring|by|[Ff]ollowing|[Aa]fter)${SP}(?:the|an?(?=(?:${SP}[\p{L}-]+){1,3}${SP}of${SP}the${SP}\p{Ll}))${SP}((?:${SESSION_PLACE}${SP})?(?:${SESSION_KIND}${SP})?${SESSION_HEAD})\b(?!${SP}of${SP}the${SP}\p{Lu})`,
    'gu',
  ),
  /** At least one word before the head. */
  qualified: new RegExp(String.raw`^\S+${SP}\S`),
  /**
   * (evk31b) The heads "ceremony" and "plenary" only where the preposition opens a sentence or clause ("At the opening
   * ceremony on Sunday evening, …"): "Guests at the opening ceremony included …" names the readout's ceremony itself.
   */
  clauseHead: /(?:ceremony|plenary)$/,
  clauseOpen: /(?:^|[.;:,!?]\s*|\n\s*)$/,
};

/** Rule event.session-told-at: the sessions a text tells as the occasion of a sentence. */
export function sessionsToldAt(text: string): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  for (const m of text.matchAll(EVENT_SESSION_TOLD_AT.pattern)) {
    if (!EVENT_SESSION_TOLD_AT.qualified.test(m[1]!)) continue;
    const { clauseHead, clauseOpen } = EVENT_SESSION_TOLD_AT;
    if (clauseHead.test(m[1]!) && !clauseOpen.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push({ surface: m[1]!, start: m.index + m[0].length - m[1]!.length });
  }
  return out;
}

/** A group told as a gathering's members or guests: "the leaders of the six partners from the region", "the ministers". */
const JOINING_GROUP = String.raw`(?:[Tt]he${SP}(?:[\p{L}-]+${SP}){0,2}(?:leaders|ministers|heads${SP}of${SP}(?:state|government|delegation)(?:${SP}and${SP}government)?|delegations|partners|guests|participants)(?:${SP}of${SP}(?:the${SP})?[^,.;:]{1,60}?)?)`;

/**
 * Rule participated.joined-them-list: "On Wednesday the leaders of the six partners from the region joined them: the
 * President of X, A, the Prime Minister of Y, B, …" (or "joined the summit, namely …"): a group that joined the
 * gathering's members, its people listed after a colon or "namely", took part in the readout's gathering. A single
 * person who joined ("President A joined them") is told by other rules; people after "joined" with no list mark ("the
 * ministers joined the call launched by President A") are not read.
 */
export const PARTICIPATED_JOINED_THEM_LIST = {
  id: 'participated.joined-them-list',
  pattern: new RegExp(
    String.raw`\b${JOINING_GROUP}${SP}(?:also${SP}|then${SP}|later${SP})?joined${SP}(?:them|us|the${SP}(?:leaders|ministers|meeting|summit|talks|session|conference|discussions?))(?:${SP}(?:on|in|at|for)${SP}[^,.;:]{1,40}?)?(?::|,${SP}namely|,${SP}including)${SP}`,
    'u',
  ),
};

/** Rule participated.joined-them-list: where the listed people begin in `sentence`, if it tells so. */
export function joinedThemListFrom(sentence: string): number | undefined {
  if (!sentence.includes('joined')) return undefined;
  const m = PARTICIPATED_JOINED_THEM_LIST.pattern.exec(sentence);
  return m ? m.index + m[0].length : undefined;
}

/**
 * Rule participated.chaired-with: "The summit was hosted by A and chaired by the President of X, B, with the President of
 * Y, C, and the High Representative, D": those named after "with" that follows a passive of chairing or hosting the
 * readout's gathering took part in it beside its chair. Not read after "with" in other sentences ("met A with B"), nor
 * after a "with" that opens a topic ("chaired by A, with a focus on …": no person follows).
 */
export const PARTICIPATED_CHAIRED_WITH = {
  id: 'participated.chaired-with',
  pattern: new RegExp(
    String.raw`\b(?:was|were|is|are)${SP}(?:[^.;]{0,120}?${SP})?(?:chaired|co-chaired|hosted|presided${SP}over|opened)${SP}by${SP}[^;]{3,160}?,${SP}(?:together${SP})?with${SP}`,
    'u',
  ),
  /** The subject of the passive: the gathering itself. */
  subject:
    /^(?:The|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}(?:summit|meeting|conference|session|forum|council|dialogue|talks|gathering|event)\b/iu,
};

/** Rule participated.chaired-with: where the people beside the chair begin in `sentence`, if it tells so. */
export function chairedWithFrom(sentence: string): number | undefined {
  if (!PARTICIPATED_CHAIRED_WITH.subject.test(sentence)) return undefined;
  const m = PARTICIPATED_CHAIRED_WITH.pattern.exec(sentence);
  return m ? m.index + m[0].length : undefined;
}

/**
 * Rule participated.session-told-at: in a sentence that tells a session of the gathering (event.session-told-at),
 * the people who act in it take part in it: a person followed (after an apposition of its own) by a verb of speaking,
 * presenting or opening ("At the opening plenary session …, and the Secretary General, A, addressed the ministers"),
 * and the persons joined to such a one by "and" ("A and the Minister of Y, B, were among the speakers in the plenary
 * debate"); (evk31b) the outgoing chair who "handed over to" the incoming one. A person told as a topic ("discussed the visit of President A") acts in nothing and is not read.
 */
export const PARTICIPATED_SESSION_TOLD_AT = {
  id: 'participated.session-told-at',
  /** What follows an acting person: its apposition, then the verb. */
  actedAfter: new RegExp(
    String.raw`^(?:,[^,;]{1,90}?)?,?${SP}(?:also${SP}|then${SP}|later${SP}|first${SP})?(?:addressed|presented|spoke|opened|closed|chaired|delivered|made|took${SP}the${SP}floor|informed|briefed|reported|introduced|gave|were${SP}among|was${SP}among|handed${SP}over)\b`,
    'u',
  ),
};

/** Rule participated.session-told-at: which of the person spans (in order, offsets within `sentence`) act in it. */
export function actingPersons(sentence: string, spans: readonly { start: number; end: number }[]): boolean[] {
  const out = spans.map((p) => PARTICIPATED_SESSION_TOLD_AT.actedAfter.test(sentence.slice(p.end, p.end + 140)));
  // "A and the Minister of Y, B, were among …": A acts with B.
  for (let i = spans.length - 2; i >= 0; i--) {
    const between = sentence.slice(spans[i]!.end, spans[i + 1]!.start);
    if (out[i + 1] && /^(?:,[^,;]{1,90}?)?,?\s+and\s+(?:the\s+)?[^;]{0,90}$/u.test(between)) out[i] = true;
  }
  return out;
}

/**
 * Rule participated.visit-possessive: "President A welcomed President B … during her State Visit to X": the visit told
 * by a possessive ("during his/her/their (State|official|working) visit") is the visit of the person welcomed,
 * received or hosted when the sentence's verb is one of welcoming (the guest is its object); otherwise, of the
 * subject of its clause ("A met B during his visit to X" is A's; "the approach that Minister B set out during his visit
 * to X" is B's). That person took part in the visit.
 */
export const PARTICIPATED_VISIT_POSSESSIVE = {
  id: 'participated.visit-possessive',
  visit: new RegExp(
    String.raw`\b(?:during|on|in${SP}the${SP}course${SP}of|at${SP}the${SP}start${SP}of)${SP}(?:his|her|their)${SP}(?:(?:[Ss]tate|[Oo]fficial|[Ww]orking|[Ff]irst|[Ii]naugural|[Oo]fficial${SP}[Gg]oodwill)${SP})?[Vv]isit\b`,
    'u',
  ),
  /** A verb whose object is the guest. */
  welcomed: new RegExp(String.raw`\b(?:welcomed|received|hosted|greeted)${SP}`, 'u'),
};

/**
 * Rule participated.visit-possessive: the index, among the person spans of `sentence` (in order, offsets within it),
 * of the visitor its possessive visit belongs to, or -1.
 */
export function possessiveVisitor(sentence: string, spans: readonly { start: number; end: number }[]): number {
  const v = PARTICIPATED_VISIT_POSSESSIVE.visit.exec(sentence);
  if (!v || !spans.length) return -1;
  const w = PARTICIPATED_VISIT_POSSESSIVE.welcomed.exec(sentence);
  if (w && w.index < v.index) {
    const at = w.index + w[0].length;
    return spans.findIndex((p) => p.start >= at && p.end <= v.index);
  }
  // The subject of the phrase's clause: the first person after the last relative word before it ("… the approach that
  // Minister B set out during his visit" is B's), else the sentence's first person ("A met B during his visit").
  const rel = [...sentence.slice(0, v.index).matchAll(/\b(?:that|which|who|whom)\b/g)].pop();
  const from = rel ? rel.index : 0;
  return spans.findIndex((p) => p.start >= from && p.end <= v.index);
}

/**
 * Rule participated.host-delegation-not-visit: "The Botswana delegation included the Minister …, A": a delegation of the
 * state a visit goes to is the host's; its members take part in the talks with the visitor, not in the visit (the GUIDE:
 * "the host only if the text says so"). `delegationState` is what names the delegation's state in the sentence.
 */
export const PARTICIPATED_HOST_DELEGATION = {
  id: 'participated.host-delegation-not-visit',
  /** "The <State or demonym> delegation": group 1, the state's word. */
  delegationState: new RegExp(
    String.raw`\b[Tt]he${SP}(\p{Lu}[\p{L}-]+(?:${SP}\p{Lu}[\p{L}-]+)?)${SP}delegation\b`,
    'u',
  ),
  /** "visit to (the Republic of) <State>": group 1, where the state starts. */
  visitTo: new RegExp(String.raw`\bvisit${SP}to${SP}(?:the${SP})?`, 'giu'),
};

/**
 * Rule reached-at.end-of-talks: "At the end of the talks the two Heads of State witnessed the signing of A and B",
 * "Following their meeting, the ministers signed …": what is signed at the close of the readout's talks or meeting is
 * reached at those talks, not at the visit that frames them (the dev gold gives the frame no REACHED_AT in 7 of 8 such
 * cases). Group 1 is the noun; the event taken is the one held event of the text, other than the readout's own
 * frame, whose name holds that noun.
 */
export const REACHED_AT_END_OF_TALKS = {
  id: 'reached-at.end-of-talks',
  pattern: new RegExp(
    String.raw`^(?:(?:At|On)${SP}the${SP}(?:end|close|conclusion)${SP}of|After|Following)${SP}(?:the|their)${SP}(?:(?:official|bilateral|delegation-level)${SP})?(talks|meeting|discussions|consultations)\b`,
    'u',
  ),
  /** A verb of signing or reaching after the cue; (fl20a) "witnessed the exchange of an Agreement" too. */
  signed: /\b(?:signed|signing|concluded|adopted|exchanged|exchange[^\S\n]+of)\b/,
};

/** Rule reached-at.end-of-talks: the noun of the talks whose close `sentence` tells a signing at, if it does. */
export function endOfTalksNoun(sentence: string): string | undefined {
  const m = REACHED_AT_END_OF_TALKS.pattern.exec(sentence);
  return m && REACHED_AT_END_OF_TALKS.signed.test(sentence.slice(m[0].length)) ? m[1] : undefined;
}

/**
 * Rule office.rank-after-title: "The Special Representative of the Chairperson-in-Office, Ambassador A", "the Co-Chairs
 * of the Minsk Group, Ambassadors B of X, C of Y and D of Z": "Ambassador" after a title in apposition is the person's
 * diplomatic rank, not an office of their state (the GUIDE's "The Greek Cypriot negotiator, Ambassador X" has no
 * ambassador's office). "Ambassador A" with no title before it, and "the Ambassador of X, Ambassador A" (an
 * ambassador's own title before), are left as they were.
 */
export const OFFICE_RANK_AFTER_TITLE = {
  id: 'office.rank-after-title',
  /** The rank as a bare title. */
  rank: /^Ambassadors?$/,
  /** What stands before it: a title with its article, one of its words capitalised, then a comma (not "On Monday, "). */
  titleBefore: new RegExp(String.raw`\b[Tt]he${SP}(?=[^,]*\p{Lu})[\p{L}-]+(?:${SP}[\p{L}-]+){0,12},${SP}$`, 'u'),
  /** A title that is itself an ambassador's. */
  ambassadorBefore: /\bAmbassadors?\b[^,]*,\s*$/,
};

/** Rule office.rank-after-title: whether the bare title `title` at `start` in `text` is a rank after a title. */
export function rankAfterTitle(text: string, title: string, start: number): boolean {
  if (!OFFICE_RANK_AFTER_TITLE.rank.test(title)) return false;
  const before = text.slice(Math.max(0, start - 160), start);
  const clause = before.slice(before.search(/[^.;:\n]*$/));
  return OFFICE_RANK_AFTER_TITLE.titleBefore.test(clause) && !OFFICE_RANK_AFTER_TITLE.ambassadorBefore.test(clause);
}
