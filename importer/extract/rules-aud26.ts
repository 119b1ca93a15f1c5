// Rules of the aud26 round (issue 6, after the audit of the annotated samples' INVOLVES and DISCUSSED gold against
// ../shared/eval/GUIDE.md): a gathering of one of a body's organs that nobody in the readout is told to attend is known
// by that body ("the Extraordinary Summit of the ECOWAS Authority", "a meeting of the SADC Double Troika"): GUIDE,
// "INVOLVES also serves events whose only stated parties are states or organisations"; and a state or body told as a
// gathering's host is no subject of it.
import { textHas, wordGate } from './gates.ts';
import type { RelKit } from './rel-kit.ts';

/** A stretch of text (a gazetteer hit). */
interface Span {
  start: number;
  end: number;
}

/**
 * involves.organ-meeting: a summit, meeting, session, conference or forum whose name ends right before "of (the)
 * <organisation> <organ>" ("Authority", "Council", "Assembly", "(Double) Troika", "Committee", "Commission", "Organ",
 * "Secretariat") and that no person of the readout took part in involves the organisation. A meeting of the body
 * itself or of its ministers or leaders is involves.body-meeting's (rules-top.ts); the organ is what that rule does
 * not read. Not the readout's own meeting (its participants tell its sides), not the body's possessions ("the meeting
 * of the ECOWAS Commission's staff").
 */
export const ORGAN_MEETING = {
  id: 'involves.organ-meeting',
  gate: wordGate('summit', 'meeting', 'session', 'conference', 'forum', 'summits', 'meetings', 'sessions'),
  /** The gathering's name: its head noun ends the mention. */
  head: /\b(?:[Ss]ummits?|[Mm]eetings?|[Ss]essions?|[Cc]onference|[Ff]orum)$/,
  /** Between the name and the body: "of the", "of". */
  of: /^\s+of\s+(?:the\s+)?/,
  /** The body's organ right after the body's name. */
  organ: /^\s+(?:Double\s+)?(?:Authority|Council|Assembly|Troika|Committee|Commission|Organ|Secretariat)\b(?!['’]s)/,
};

/** involves.organ-meeting: relates an unattended gathering of a body's organ to the body. */
export function involvesOrganMeeting(k: RelKit): void {
  if (!textHas(k, ORGAN_MEETING.gate)) return;
  const { ctx } = k;
  for (const x of k.ev.eventMentions) {
    if (!ORGAN_MEETING.head.test(ctx.text.slice(x.start, x.end))) continue;
    if (x === k.main || k.nameOf(x) === k.mainName || (k.participants.get(x.key)?.size ?? 0) > 0) continue;
    const m = ORGAN_MEETING.of.exec(ctx.text.slice(x.end, x.end + 12));
    if (!m) continue;
    const at = x.end + m[0].length;
    const h = k.hits.find((y) => y.start === at && y.type === 'Organization' && !y.demonym);
    const key = h && k.hitKeys.get(h);
    if (key && ORGAN_MEETING.organ.test(ctx.text.slice(h.end, h.end + 30)))
      ctx.relate('INVOLVES', x.key, key, x.sentence, ORGAN_MEETING.id);
  }
}

/**
 * discussed.not-host: a state or body told as the host of a gathering ("The Government of South Africa hosted the
 * talks", "the dialogue, hosted by the High Representative of the European Union", "President X of Rwanda, host of the
 * last summit") is where or by whom it was held, not a subject of it (GUIDE: a place is no party; the venue and
 * sidelines exclusions of discussed.not-venue). "They discussed Qatar's offer to host the next round" keeps Qatar (no
 * host verb right after it, no "hosted by" before it).
 */
export const TOLD_AS_HOST = {
  id: 'discussed.not-host',
  /** Right after the name: "hosted", "will host", ", host of", "(SA) co-hosted". */
  after:
    /^(?:\s*\([^)]{1,20}\))?(?:\s+(?:has|had|have|will|would|is|was|were|also|jointly|had\s+kindly|kindly))*\s+(?:co-)?host(?:ed|s|ing)?\s+(?:the|a|an|this|these|their|its|both)\b|^,\s+(?:the\s+)?(?:co-)?host\s+of\b/i,
  /** Before the name: "hosted by (the) …" within six words of a title ("the High Representative of the"), none a
   * conjunction or a lower-case word other than "of"/"the" ("hosted by Switzerland and the situation in Georgia"). */
  before: /\b(?:[Cc]o-)?[Hh]osted\s+by\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+|(?:of|the)\s+){0,6}?$/u,
};

/** discussed.not-host: whether the state or body hit `h` is told as a gathering's host. */
export function toldAsHost(text: string, h: Span): boolean {
  const after = text.slice(h.end, h.end + 40);
  if (after.includes('host') && TOLD_AS_HOST.after.test(after)) return true;
  const before = text.slice(Math.max(0, h.start - 80), h.start);
  return before.includes('hosted') && TOLD_AS_HOST.before.test(before);
}

/** The aud26 relation rules, called last in addTopicRelations (rules-topics.ts). */
export function addAud26Relations(k: RelKit): void {
  involvesOrganMeeting(k);
}
