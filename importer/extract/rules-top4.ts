// Topic and party rules of the fourth round (issue 6): events told in the paragraph of another meeting, meetings named
// by a combining form of their states, concurrent visits and meetings referred to by their other participant.
import type { Found } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { TOPIC_VERB } from './rules-top.ts';
import { STATE_COMBINING_FORMS } from './lexicons.ts';
import { allMatches, esc } from './text.ts';
import { siblingMeetings } from './rules-separately.ts';
import { isToldMeetingRule } from './rules-fl20a.ts';

/**
 * discussed.told-event: an event named in the paragraph of a meeting told beside the readout's own ("Chancellor Merkel
 * also spoke with the Prime Minister of Poland. Their conversation was devoted to … the situation at the border") is
 * that meeting's subject too, besides the main event's; not a meeting it is part of or was held during.
 */
export function addToldEvents(k: RelKit, toldIn: (at: number) => Found | undefined): void {
  const { ctx, ev, nameOf } = k;
  const partOf = ctx.relationsOf('PART_OF');
  const framed = (t: Found, e: Found) =>
    partOf.some((r) => (r.from === t.key && r.to === e.key) || (r.from === e.key && r.to === t.key));
  for (const e of ev.eventMentions) {
    if (e.key === k.main?.key || nameOf(e) === k.mainName) continue;
    // discussed.told-event-nearest (fl20a): a told meeting is no other told meeting's subject; the told meeting of the
    // event's own sentence, before it, is the one that dealt with it.
    const rule = (x: Found) => ctx.entity(x.key)?.rule;
    if (isToldMeetingRule(rule(e))) continue;
    const near = ev.eventMentions
      .filter((x) => x.sentence === e.sentence && x.start < e.start && x.key !== e.key && isToldMeetingRule(rule(x)))
      .pop();
    const t = near ?? toldIn(e.start);
    if (!t || t.key === e.key || nameOf(t) === nameOf(e) || framed(t, e)) continue;
    // discussed.not-sibling-meeting (fl15b): "received A and B separately" tells two meetings, neither the other's subject.
    if (siblingMeetings(ctx.entity(t.key)?.rule, ctx.entity(e.key)?.rule, t.sentence === e.sentence)) continue;
    ctx.relate('DISCUSSED', t.key, e.key, e.sentence, 'discussed.told-event');
  }
}

/** The combining forms as patterns, each with its states ("Inter-Korean" in any case). */
const COMBINING = STATE_COMBINING_FORMS.map(
  ([form, states]) => [new RegExp(`(?<![\\p{L}-])${esc(form)}(?![\\p{L}-])`, 'iu'), states] as const,
);

/**
 * involves.combining-form: a meeting named by a combining form of its states ("the Inter-Korean Summit", "the
 * intra-Afghan negotiations") involves those states, when the readout names them and nobody in it is told to attend.
 */
export function addCombiningFormParties(k: RelKit): void {
  const { ctx, ev, nameOf, participants } = k;
  for (const e of ev.events) {
    if (e.key === k.main?.key || nameOf(e) === k.mainName || (participants.get(e.key)?.size ?? 0) > 0) continue;
    for (const [re, states] of COMBINING) {
      if (!re.test(nameOf(e))) continue;
      for (const st of states) {
        const key = k.stateKey(st);
        if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.combining-form');
      }
    }
  }
}

/**
 * discussed.not-concurrent-visit: a visit told only in the sentence that tells the readout's meeting ("met in Rome with
 * Wang Yi, …, who is also in Italy on an official visit") is the meeting's setting, not its subject.
 */
export function concurrentVisit(k: RelKit, main: Found, mentions: readonly Found[]): boolean {
  return (
    mentions.length > 0 &&
    mentions.every((x) => x.sentence === main.sentence && !x.planned && /\bvisits?\b/i.test(k.nameOf(x)))
  );
}

/** "his meeting with", "her recent talks with", "their call with": a meeting referred to by its other participant. */
const MEETING_WITH =
  /\b(?:his|her|their|its)\s+(?:(?:recent|earlier|previous|last)\s+)?(?:meeting|talks|conversation|call|discussions)\s+with\s+/gi;

/** "his meeting with" fits a meeting or talks, "his call with" a call or telephone conversation, not a summit. */
const sameKind = (phrase: string, name: string) =>
  /\b(?:call|conversation)\b/i.test(phrase)
    ? /\b(?:call|conversation|telephone|phone)\b/i.test(name)
    : /\b(?:meeting|talks|discussions)\b/i.test(name);

/**
 * discussed.meeting-with: an earlier meeting a sentence that goes over something (TOPIC_VERB) refers to by its other
 * participant ("President Jokowi informed his counterpart of his meeting with President Zelenskyy") is a subject, like
 * one named there; the participant must have taken part in it and not in the readout's own meeting.
 */
export function goneOverByParticipant(k: RelKit, e: Found): boolean {
  const { ctx, clusterOf, participants } = k;
  const took = participants.get(e.key);
  if (!took?.size) return false;
  const own = participants.get(k.main?.key ?? '') ?? new Set();
  for (const s of ctx.sentences) {
    if (s.heading || !TOPIC_VERB.test(s.text)) continue;
    for (const m of allMatches(s.text, MEETING_WITH)) {
      const at = s.start + m.index + m[0].length;
      const who = k.personsIn(s.index).find(([pm]) => pm.start >= at && pm.start - at <= 30);
      const c = who && clusterOf.get(who[0]);
      if (c && took.has(c) && !own.has(c) && sameKind(m[0], k.nameOf(e))) return true;
    }
  }
  return false;
}

/**
 * discussed.not-side: a state or body named as one side of another meeting "between" two sides ("the meeting hosted in
 * Riyadh between a U.S. delegation … and a Russian delegation") takes part in that meeting in that sentence; it is not
 * the readout's topic there.
 */
export function sideOfOtherMeeting(k: RelKit, h: { start: number }, key: string | undefined): boolean {
  const si = k.ctx.sentenceAt(h.start);
  return k.ctx
    .relationsOf('INVOLVES')
    .some((r) => r.to === key && r.sentence === si && /^involves\.between-/.test(r.rule));
}

/** ", which hosted …", ", which has facilitated …": a relative clause telling what a state has done for peace or talks. */
const RECORD_CLAUSE =
  /^,\s*which\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:hosted|facilitated|organi[sz]ed|brokered|mediated|supported|helped|chaired|initiated)\b[^;:]*$/i;
/** ", will continue", ", remains": the main clause resuming after the relative clause. */
const CLAUSE_RESUMES = /,\s+(?:will|would|is|has|remains|continues|stands|intends)\b/i;

/**
 * discussed.not-own-record: what a relative clause on the issuing state tells it has done ("Türkiye, which hosted the
 * negotiations between the parties in March 2022 and facilitated the Black Sea Grain Initiative together with the
 * United Nations, will continue to contribute …") is that state's record, not a subject of the meeting.
 */
export function inOwnRecord(k: RelKit, at: number): boolean {
  const { ctx, hits, people } = k;
  if (!people.home) return false;
  const s = ctx.sentences[ctx.sentenceAt(at)]!;
  return hits.some((h) => {
    if (h.name !== people.home || h.demonym || h.start < s.start || h.end > at) return false;
    const clause = ctx.text.slice(h.end, at);
    return RECORD_CLAUSE.test(clause) && !CLAUSE_RESUMES.test(clause);
  });
}
