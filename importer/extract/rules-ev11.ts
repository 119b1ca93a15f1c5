// Rules of the ev11 round (issue 6): the readout's own meeting and what is no held meeting of it, from the fifth,
// blind events bank (importer/extract/bank-events-5.ts; docs/first-look.md "events-5 (ev11)"). Patterns as named
// data; the rules that read them live where the events are found (main-event.ts, events.ts) and cite these ids.
import { MONTHS } from './lexicons.ts';
import { mayMatch } from './text.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found, PersonCluster } from './types.ts';

/** Patterns of the ev11 rules, as named data. */
export const UNHELD = {
  /**
   * event.main-headline-future: "Scholz to hold talks with Biden in Berlin on Friday", "Chinese Premier to visit
   * Australia", "Foreign ministers set to meet in Paris": a headline whose subject is followed by an infinitive (no
   * finite verb before it) tells a meeting still to come.
   */
  headlineFuture:
    /^(?:[\p{L}\p{N}'’.,-]+[^\S\n]+){1,8}?(?:(?:is|are)[^\S\n]+)?(?:set[^\S\n]+|expected[^\S\n]+|due[^\S\n]+|poised[^\S\n]+)?to[^\S\n]+(?:hold|meet|visit|attend|travel|host|receive|sign|speak|call|discuss|address|chair|co-chair|lead|head|pay)\b/iu,
  /** A finite verb before the "to" of a headline ("travels to Kazan to attend"): the headline tells what is done. */
  headlineFinite:
    /\b(?:travels|travelled|traveled|arrives|arrived|leaves|left|heads|headed|goes|went|flies|flew|visits|visited|meets|met|holds|held|says|said|invites|invited|agrees|agreed|urges|urged|calls|called|hosts|hosted|receives|received|in|at|on|for)[^\S\n]/iu,
  /**
   * event.not-cancelled: "The meeting between A and B planned for Monday was cancelled", "the visit … has been
   * postponed", "talks … did not take place": the sentence tells the meeting as not held.
   */
  cancelledAfter:
    /^[^.;]*?\b(?:(?:was|were|has[^\S\n]+been|have[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:cancel+ed|called[^\S\n]+off|postponed|put[^\S\n]+off|suspended|scrapped|delayed)|did[^\S\n]+not[^\S\n]+take[^\S\n]+place|never[^\S\n]+took[^\S\n]+place)\b/iu,
  /**
   * event.main-not-invited: "invited Foreign Minister Wong to visit Ulaanbaatar", "an invitation to Y to visit": a
   * visit or meeting someone is invited to make is still to come.
   */
  invitedBefore: /\binvit(?:ed|es|ing|ation)[^\S\n]+(?:[^\s.;]+[^\S\n]+){0,6}?to[^\S\n]+(?:[^\s.;]+[^\S\n]+)?$/iu,
};

/** event.main-headline-future: a headline that tells a meeting still to come (UNHELD.headlineFuture). */
export function futureHeadline(title: string): boolean {
  const m = UNHELD.headlineFuture.exec(title);
  if (!m) return false;
  const subject = m[0].slice(0, m[0].search(/\b(?:is|are|set|expected|due|poised|to)[^\S\n]+\S+$/iu));
  return !UNHELD.headlineFinite.test(`${subject} `);
}

/** What every match of UNHELD.cancelledAfter holds, under its case flags (`mayMatch`). */
const CANCELLED_NEEDS = /cancel|called|postponed|put|suspended|scrapped|delayed|place/iu;

/** event.not-cancelled: the rest of the sentence after an event's name tells it as not held. */
export const cancelledAfter = (after: string): boolean =>
  mayMatch(after, CANCELLED_NEEDS, UNHELD.cancelledAfter) && UNHELD.cancelledAfter.test(after);

/** event.main-not-invited: the text before a meeting noun or verb tells an invitation to it. */
export const invitedBefore = (before: string): boolean => UNHELD.invitedBefore.test(before);

/**
 * event.main-later-noun (widened in ev11): a meeting told by its verb ("welcomed X to the Prime Minister's Office")
 * takes the noun a later sentence gives it: "The two leaders then held talks …", "They held talks …", "… for a
 * working lunch after their talks". Group 1: the noun. (The sentence-initial "The talks focused on …" is
 * main-event.ts's LATER_NOUN.)
 */
export const LATER_NOUN_CLAUSES: RegExp[] = [
  /^(?:The\s+two\s+[\p{Ll}-]+|They|Both\s+[\p{Ll}-]+)\s+(?:then\s+|later\s+|subsequently\s+)?(?:held|had)\s+(?:a\s+|an\s+)?(?:[\p{Ll}-]+\s+)?(talks|meeting|conversation|discussions?)\b/u,
  // Not "after their talks in Melbourne in March": a place or date after the noun tells another meeting.
  /\b(?:after|following|during|before)\s+their\s+(talks|meeting|conversation|discussions?)\b(?!\s+(?:in|of|on)\s+\p{Lu})/iu,
];

/** The noun a later sentence gives a meeting told by its verb (LATER_NOUN_CLAUSES), if any. */
export function laterNounOfClause(text: string): string | undefined {
  for (const re of LATER_NOUN_CLAUSES) {
    const m = re.exec(text);
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * event.main-pair-subject: "Both Presidents spoke by telephone on Thursday", "The two leaders met …", "The Foreign
 * Ministers of A and B met in City": a sentence among the first three whose subject is the pair, by a plural title or
 * "both" / "the two", with no name; the pair is the two people the sentence before (or after) names.
 */
export const PAIR_SUBJECT =
  /^(?:(?:On|In|At|Later|Earlier|Afterwards|Then)\b[^,]{0,40},[^\S\n]+)?(?:Both[^\S\n]+|The[^\S\n]+two[^\S\n]+|The[^\S\n]+(?=\p{Lu}))(?:[\p{L}-]+[^\S\n]+){0,2}?(?:leaders|Leaders|Presidents|presidents|Ministers|ministers|Prime[^\S\n]+Ministers|Secretaries|secretaries|Chancellors|heads[^\S\n]+of[^\S\n]+(?:state|government))(?:[^\S\n]+of[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?[^\S\n]+and[^\S\n]+\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)?[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?=met|held|had|spoke|talked|conferred|sat)/u;

/**
 * event.main-not-guest-visit: "President A received … Prime Minister B, who is on a working visit to Istanbul": a visit
 * told in a relative clause about the guest is the frame of the meeting the sentence tells, not the readout's own
 * event (the meeting is, PART_OF the visit).
 */
export const GUEST_VISIT_BEFORE =
  /\bwho[^\S\n]+(?:is|was|are|were)[^\S\n]+(?:currently[^\S\n]+|here[^\S\n]+)?(?:on|paying|making)[^\S\n]+(?:a|an|his|her|their)[^\S\n]+$/u;

/** event.main-not-guest-visit: the text before an event's name tells it as the guest's visit. */
export const guestVisitBefore = (before: string): boolean => GUEST_VISIT_BEFORE.test(before);

/** The pair a main event was named after when its sentence does not name both (a title used alone, a plural subject). */
const mainPairs = new WeakMap<object, { event: Found; people: PersonCluster[] }[]>();

/** Records that `event` is the meeting of `people`, told by a title or plural subject rather than by both names. */
export function noteMainPair(ctx: object, event: Found, people: PersonCluster[]): void {
  const list = mainPairs.get(ctx) ?? [];
  list.push({ event, people });
  mainPairs.set(ctx, list);
}

/**
 * participated.main-pair: the two people a main event was named after, one told by a title used alone ("The Federal
 * Chancellor received X") or both by a plural subject ("Both Presidents spoke by telephone"), took part in it.
 */
export function participateMainPair(k: RelKit): void {
  for (const { event, people } of mainPairs.get(k.ctx) ?? [])
    if (!event.planned) for (const c of people) k.participate(event, c, event.sentence, 'participated.main-pair');
}

/** Patterns of the session-of-gathering rule, as named data. */
export const SESSION_OF = {
  /** A session's own name: "opening session", "plenary session", "closing plenary", "inaugural session". */
  name: /^(?:(?:opening|closing|inaugural|final|high-level|first|second|third)[^\S\n]+)?(?:plenary[^\S\n]+)?(?:session|plenary)$/i,
  /** Between the session and the gathering named right after it: "of the", "of". */
  of: /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/,
  /** Between a person and the session: the verb of taking part ("addressed the", "attended the", "chaired the"). */
  verb: /^[^.;]{0,40}?\b(?:addressed|attended|chaired|co-chaired|opened|closed|spoke[^\S\n]+at|took[^\S\n]+part[^\S\n]+in|participated[^\S\n]+in|joined)[^\S\n]+(?:the[^\S\n]+)?$/,
};

/**
 * part-of.session-of-gathering and participated.session-of-gathering: "President X addressed the opening session of
 * the 43rd ASEAN Summit": the session is PART_OF the gathering named right after it, and whoever the sentence says
 * addressed, attended or chaired it took part in both (GUIDE: a session's participants take part in the whole).
 */
export function sessionOfGathering(k: RelKit): void {
  const { ctx, ev, nameOf, personsIn, clusterOf } = k;
  for (const e of ev.eventMentions) {
    if (e.planned || !SESSION_OF.name.test(nameOf(e))) continue;
    const whole = ev.eventMentions.find(
      (x) => x !== e && x.start > e.end && SESSION_OF.of.test(ctx.text.slice(e.end, x.start)),
    );
    if (!whole || nameOf(whole) === nameOf(e)) continue;
    ctx.relate('PART_OF', e.key, whole.key, e.sentence, 'part-of.session-of-gathering');
    for (const [m] of personsIn(e.sentence)) {
      const end = m.to ?? m.end;
      if (end > e.start || !SESSION_OF.verb.test(ctx.text.slice(end, e.start))) continue;
      for (const target of [e, whole])
        k.participate(target, clusterOf.get(m)!, e.sentence, 'participated.session-of-gathering');
    }
  }
}

/** "… in March", "… in July 2023", "…, held in Vilnius in July 2023": the month and year told right after an event. */
const TOLD_MONTH_AFTER = new RegExp(
  `^,?[^\\S\\n]+(?:held[^\\S\\n]+)?(?:in[^\\S\\n]+\\p{Lu}[\\p{L}-]+[^\\S\\n]+)?in[^\\S\\n]+(${MONTHS.join('|')})(?:[^\\S\\n]+((?:19|20)\\d\\d))?\\b`,
  'u',
);

/**
 * event.main-not-dated-earlier: "It was their second meeting this year, after their talks in Melbourne in March", "the
 * Vilnius Summit in July 2023": an event told with a month (and year) before the readout's date is an earlier one, no
 * meeting of the readout's own that would stop its opening's verb-told meeting.
 */
export function toldDatedEarlier(after: string, docDate: string | undefined): boolean {
  const m = TOLD_MONTH_AFTER.exec(after);
  if (!m || !docDate) return false;
  const [y, mo] = docDate.split('-').map(Number) as [number, number];
  const year = m[2] ? Number(m[2]) : y;
  const month = MONTHS.indexOf(m[1]!) + 1;
  return year < y || (year === y && month < mo);
}

/** "Foreign Minister X held the following meetings in New York on 1 October:": a list of meetings introduced by who held them. */
export const HELD_FOLLOWING =
  /\b(?:held|had|conducted)[^\S\n]+(?:the[^\S\n]+following|these)[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?(?:meetings|talks|bilaterals|consultations)\b/u;

/**
 * participated.listed-meeting-holder: the person who "held the following meetings:" took part in each meeting the list
 * items after it name (event.listed-meeting), the people in the item being the other side.
 */
export function listedMeetingsHolder(k: RelKit): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const e of ev.eventMentions.filter((x) => !x.planned && ctx.entity(x.key)?.rule === 'event.listed-meeting')) {
    let si = e.sentence - 1;
    while (si >= 0 && si > e.sentence - 12 && /^\s*(?:[-*•–]|\d+[.)])\s+/.test(ctx.sentences[si]!.text)) si--;
    const intro = ctx.sentences[si];
    const held = intro && HELD_FOLLOWING.exec(intro.text);
    if (!intro || !held) continue;
    const subject = personsIn(si).filter(([m]) => (m.to ?? m.end) <= intro.start + held.index);
    if (subject.length === 1)
      k.participate(e, clusterOf.get(subject[0]![0])!, si, 'participated.listed-meeting-holder');
  }
}
