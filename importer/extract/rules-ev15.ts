// Rules of the ev15 round (issue 6), from the eighth, blind events bank (importer/extract/bank-events-8.ts;
// docs/first-look.md "events-8 (ev15)"). Each is a general construction of readouts, never one passage's wording:
// a visit told as the frame of the opening's meeting with a possessive ("On the sidelines of his official visit to X,
// A met B"), sessions told without the word "format", calls told in passing by a relative clause or a possessive,
// gatherings still to come inside a clause of expectation, and guards for hypothetical or negated meetings.
import { titleAloneMention } from './rules-fl26b.ts';
import type { Ctx } from './context.ts';
import { FRAME_NOUN } from './lexicons.ts';
import { addCall, CALL_TOLD, CALL_WORDS, type CallKit, mainPair } from './rules-ev14.ts';
import { whenTextWords } from './gates.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;
import { titleHolders } from './participants-of.ts';

const SP = '[^\\S\\n]+';

/** Patterns of the ev15 rules, as named data. */
export const EV15_PATTERNS = {
  /**
   * event.main-not-visit-frame: "On the sidelines of his official visit to Türkiye, A met B", "In the course of her
   * working visit to X, A held talks with B": a visit told as the frame of the opening (with any determiner or
   * possessive) is the frame of the meeting the sentence tells, not the readout's own event. Tested on the text right
   * before the visit's name. "During" and "as part of" were tried and left out: the visit or tour they frame is the
   * main event of the events-4 bank's readouts ("As part of a tour of the Middle East, X stopped in Doha, where he met
   * Y"), whose meetings the visit rules already name.
   */
  visitFrameBefore: new RegExp(
    `\\b(?:(?:on|at|in)${SP}the${SP}${FRAME_NOUN}${SP}of|in${SP}the${SP}course${SP}of|(?:within|in)${SP}the${SP}framework${SP}of)${SP}(?:the${SP}|his${SP}|her${SP}|their${SP}|its${SP})?(?:\\p{Lu}[\\p{L}'’.-]*${SP}){0,3}$`,
    'iu',
  ),
  /**
   * event.main-title-generic: a page headline that coordinates plural kinds and names nothing ("Official visits and
   * talks", "Meetings and calls") is a section of a site, not the readout's event.
   */
  genericPluralTitle:
    /^(?:[\p{L}-]+[^\S\n]+)?(?:visits|meetings|talks|calls|contacts|conferences|events|engagements)[^\S\n]+(?:and|&)[^\S\n]+(?:[\p{L}-]+[^\S\n]+)?(?:visits|meetings|talks|calls|contacts|conferences|events|engagements)$/iu,
  /**
   * event.not-hypothetical: "Any summit between A and B would depend on …", "No meeting … is planned": a meeting told
   * with "any" or "no" before its noun is no event. Tested on the sentence's text before the event's name.
   */
  anyBefore: /\b(?:any|no)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,2}$/iu,
  /**
   * event.not-hypothetical: "a visit to Moscow was out of the question", "a summit is ruled out for now": a meeting
   * told as excluded is no event. Tested on the text right after the event's name.
   */
  excludedAfter:
    /^[^\S\n]+(?:was|is|remains|remained|would[^\S\n]+be|had[^\S\n]+been|has[^\S\n]+been)[^\S\n]+(?:(?:still|now|therefore)[^\S\n]+)?(?:out[^\S\n]+of[^\S\n]+the[^\S\n]+question|ruled[^\S\n]+out|off[^\S\n]+the[^\S\n]+table|not[^\S\n]+on[^\S\n]+the[^\S\n]+agenda)\b/iu,
  /**
   * event.main-not-before-opening: "Before the opening of the Paris Peace Forum, A received B": a gathering whose opening
   * or close frames the sentence is not the meeting the sentence tells. Tested on the text before the gathering's name.
   */
  openingFrameBefore:
    /\b(?:before|after|ahead[^\S\n]+of|prior[^\S\n]+to|on[^\S\n]+the[^\S\n]+eve[^\S\n]+of)[^\S\n]+the[^\S\n]+(?:opening|start|close|closing|end)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/iu,
  /**
   * event.main-not-pluperfect: "A received B in Ankara on 21 March. The visit had been agreed in a telephone
   * conversation between the two leaders on 10 February": a later sentence's event told in the pluperfect is earlier
   * than the readout's meeting, which the opening still tells by its verb. Tested on the sentence's text before it.
   */
  pluperfectBefore: /\bhad[^\S\n]+(?:(?:already|first|previously)[^\S\n]+)?(?:been[^\S\n]+)?\p{Ll}+(?:ed|en|ne|t)\b/u,
  /**
   * event.call-pair-clause: "The leaders, who last spoke by phone in January, reviewed …": a call of the readout's own
   * pair told by a relative clause on a plural subject. Group 1: the call's words (verb and medium).
   */
  pairWhoSpoke:
    /\b(?:leaders|presidents|ministers|counterparts|two|both)\b,?[^\S\n]+who[^\S\n]+(?:had[^\S\n]+|have[^\S\n]+)?(?:(?:last|previously|already|recently|first)[^\S\n]+)?((?:spoke|spoken|talked)[^\S\n]+(?:by|over[^\S\n]+the|on[^\S\n]+the)[^\S\n]+(?:tele)?phone)\b/iu,
  /**
   * event.call-pair-clause: "The meeting had been arranged in their phone conversation last week": a call of the pair
   * told by "their" and a call noun. Group 1: the call's noun.
   */
  theirCall:
    /\btheir[^\S\n]+(?:(?:recent|last|earlier|previous|first)[^\S\n]+)?((?:tele)?phone[^\S\n]+(?:call|conversation|talks)|video[^\S\n]+(?:call|conversation|conference))\b/iu,
  /**
   * event.call-who-spoke-to: "A, who had spoken to B by phone the night before, said …": the gap between the two people
   * (groupless), then the medium right after the second.
   */
  whoSpokeTo:
    /^,[^\S\n]+who[^\S\n]+(?:had[^\S\n]+|has[^\S\n]+)?(?:(?:last|also|earlier|already|previously)[^\S\n]+)?(?:spoke|spoken|talked)[^\S\n]+(?:to|with)[^\S\n]+$/u,
  byPhoneAfter: /^[^\S\n]+(?:by|over[^\S\n]+the|on[^\S\n]+the)[^\S\n]+(?:tele)?phone\b/u,
};

/**
 * event.call-pair-clause, event.call-who-spoke-to (ev15): calls told in passing by a relative clause or a possessive,
 * each named after its two people ("A-B telephone conversation") like ev14's calls. The pair's clauses only after the
 * opening, when the readout's own meeting is named after two people and is no call, and the sentence names nobody else;
 * never a call still to come.
 */
/** findCallsInClauses, run only on a text that tells of a call (CALL_WORDS: every pattern of the rule holds one). */
export const findCallsInClauses = whenTextWords(CALL_WORDS, callsInClauses);

function callsInClauses(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  events: readonly Found[],
  add: AddEvent,
): void {
  const k: CallKit = { ctx, events, add };
  const mentions = [...people.personKey.keys()].sort((x, y) => x.start - y.start);
  const clusterOf = (m: PersonMention) => people.clusters.find((c) => c.mentions.includes(m));
  const mainIsCall = !!main && ctx.entity(main.key)?.props.kind === 'call';
  const pair = mainIsCall ? undefined : mainPair(people, main);
  for (const s of ctx.sentences) {
    if (s.heading || !main || s.index <= main.sentence) continue;
    const here = mentions.filter((m) => m.sentence === s.index);
    for (const m of here) {
      const end = m.to ?? m.end;
      const second = here.find(
        (x) => (x.from ?? x.start) > end && EV15_PATTERNS.whoSpokeTo.test(ctx.text.slice(end, x.from ?? x.start)),
      );
      const [a, b] = [clusterOf(m), second && clusterOf(second)];
      if (a && b && EV15_PATTERNS.byPhoneAfter.test(ctx.text.slice(second!.to ?? second!.end)))
        addCall(k, a, b, m.from ?? m.start, second!.to ?? second!.end, 'event.call-who-spoke-to');
    }
    if (!pair || here.some((m) => !pair.includes(clusterOf(m)!))) continue;
    const told = EV15_PATTERNS.pairWhoSpoke.exec(s.text) ?? EV15_PATTERNS.theirCall.exec(s.text);
    if (told && !CALL_TOLD.future.test(s.text.slice(0, told.index))) {
      const at = s.start + told.index + told[0].lastIndexOf(told[1]!);
      addCall(k, pair[0], pair[1], at, at + told[1]!.length, 'event.call-pair-clause');
    }
  }
}
/** event.main-not-pluperfect: the event `e` stands in a later sentence than `first`, in a clause told in the pluperfect. */
export function pluperfectLater(text: string, e: Found, sentStart: number, first: number): boolean {
  return e.sentence > first && EV15_PATTERNS.pluperfectBefore.test(text.slice(sentStart, e.start));
}

/** event.not-hypothetical: an event told with "any" / "no" before it, or as excluded after it, is none. */
export function hypotheticalAt(text: string, start: number, end: number, sentStart: number): boolean {
  return (
    EV15_PATTERNS.anyBefore.test(text.slice(Math.max(sentStart, start - 40), start)) ||
    EV15_PATTERNS.excludedAfter.test(text.slice(end, end + 60))
  );
}

/** event.main-not-visit-frame: the text before a visit's name frames it as the setting of the sentence's meeting. */
export const visitFrameBefore = (before: string): boolean => EV15_PATTERNS.visitFrameBefore.test(before);

/**
 * participated.visit-not-met: "On the sidelines of his official visit to Türkiye, A met the Speaker, B", "Within the
 * framework of his official visit to Singapore, A met with B at the Istana": a person named after the visit and after a
 * verb or noun of meeting is the one the visitor met, not a visitor (GUIDE: the host takes part in the visit only if the
 * text says so). Tested on the text between the visit's name and the person's mention.
 */
export const VISIT_MET_GAP =
  /\b(?:met|meets|meeting|held|holds|received|receives|called[^\S\n]+on|calls[^\S\n]+on|talks|talked|spoke|conversation|audience|hosted|welcomed|greeted)\b/i;

/** participated.visit-not-met: true when `gap` (visit's end to the person's mention) tells the person met, not a visitor. */
export const metAfterVisit = (gap: string): boolean => VISIT_MET_GAP.test(gap) && !/^,\s*who\b/.test(gap);

/**
 * participated.visit-not-met, for the visitors of a visit the readout's meeting is part of: a person whose every mention
 * in the visit's sentence comes after it and after a verb of meeting is the one met there, not a visitor.
 */
export function metInVisitSentence(k: RelKit, visit: Found, c: PersonCluster): boolean {
  const here = c.mentions.filter(
    (m) =>
      k.ctx.sentences[visit.sentence] &&
      m.start >= k.ctx.sentences[visit.sentence]!.start &&
      m.end <= k.ctx.sentences[visit.sentence]!.end,
  );
  return (
    here.length > 0 &&
    here.every((m) => m.start > visit.end && metAfterVisit(k.ctx.text.slice(visit.end, m.from ?? m.start)))
  );
}

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;

/**
 * participated.session-unnamed: "A one-on-one conversation between the Heads of State was followed by talks with the
 * participation of the delegations", "The Head of State then hosted a lunch in her honour": a session of the readout's
 * meeting told in a sentence that names nobody, or only the meeting's own people by a title alone ("the Head of
 * State"), is held by the meeting's two people (GUIDE: sessions of a meeting and their participants). Only when the meeting has exactly two,
 * and the session is no planned one.
 */
export function participateSessionUnnamed(k: RelKit, e: Found, main: Found, participate: Participate): void {
  if (e.planned || e.sentence === main.sentence) return;
  const two = [...(k.participants.get(main.key) ?? [])];
  if (two.length !== 2) return;
  // A person named in full opens or chairs the session alone ("King X opened the executive session"): not read.
  // person.head-of-state-ref (fl26b): a title used alone names nobody.
  if (
    k.personsIn(e.sentence).some(([m]) => !titleAloneMention(m.rule)) ||
    titleHolders(k, e.sentence).some((c) => !two.includes(c))
  )
    return;
  for (const c of two) participate(e, c, e.sentence, 'participated.session-unnamed');
}
