// Relation rules of round fl19a (issue 6); the rule data and pure helpers are in rules-fl19a.ts.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import {
  EVENT_SESSION_TOLD_AT,
  PARTICIPATED_CHAIRED_WITH,
  PARTICIPATED_SESSION_TOLD_AT,
  PARTICIPATED_HOST_DELEGATION,
  PARTICIPATED_VISIT_POSSESSIVE,
  REACHED_AT_END_OF_TALKS,
  endOfTalksNoun,
  possessiveVisitor,
  actingPersons,
  PARTICIPATED_JOINED_THEM_LIST,
  chairedWithFrom,
  joinedThemListFrom,
} from './rules-fl19a.ts';

/**
 * Rules participated.joined-them-list and participated.chaired-with (rules-fl19a.ts): the people listed after the cue
 * take part in the readout's gathering (held, not planned).
 */
export function participateJoinedAndChairedWith(k: RelKit): void {
  const { ctx, main, personsIn, clusterOf } = k;
  if (!main || main.planned || ctx.entity(main.key)?.props.kind === 'incident') return;
  for (const s of ctx.sentences) {
    for (const [from, id] of [
      [joinedThemListFrom(s.text), PARTICIPATED_JOINED_THEM_LIST.id],
      [chairedWithFrom(s.text), PARTICIPATED_CHAIRED_WITH.id],
    ] as const) {
      if (from === undefined) continue;
      for (const [m] of personsIn(s.index).filter(([p]) => (p.from ?? p.start) >= s.start + from))
        k.participate(main, clusterOf.get(m)!, s.index, id);
    }
  }
}

/**
 * Rule participated.session-told-at (rules-fl19a.ts): the people acting in a sentence that tells a held session of the
 * gathering take part in that session and in the gathering.
 */
export function participateSessionToldAt(k: RelKit): void {
  const { ctx, main, personsIn, clusterOf, ev } = k;
  for (const e of ev.eventMentions) {
    const c = ctx.entity(e.key);
    if (!c || c.rule !== EVENT_SESSION_TOLD_AT.id || e.planned) continue;
    const s = ctx.sentences[e.sentence]!;
    const ps = [...personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);
    const spans = ps.map(([p]) => ({ start: (p.from ?? p.start) - s.start, end: (p.to ?? p.end) - s.start }));
    const acting = actingPersons(s.text, spans);
    ps.forEach(([m], i) => {
      if (!acting[i]) return;
      k.participate(e, clusterOf.get(m)!, s.index, PARTICIPATED_SESSION_TOLD_AT.id);
      if (main && !main.planned && main.key !== e.key)
        k.participate(main, clusterOf.get(m)!, s.index, PARTICIPATED_SESSION_TOLD_AT.id);
    });
  }
}

/** A visit's name. */
const VISIT_NAME = /\bvisit\b/i;

/**
 * Rule participated.visit-possessive (rules-fl19a.ts): the visitor of "during her State Visit to X" takes part in the
 * visit the phrase names (or in the readout's visit, when the phrase is no event of its own).
 */
export function participateVisitPossessive(k: RelKit): void {
  const { ctx, main, personsIn, clusterOf, ev, nameOf } = k;
  for (const s of ctx.sentences) {
    if (!s.text.includes('isit')) continue;
    const ps = [...personsIn(s.index)].sort((a, b) => a[0].start - b[0].start);
    const spans = ps.map(([p]) => ({ start: (p.from ?? p.start) - s.start, end: (p.to ?? p.end) - s.start }));
    const i = possessiveVisitor(s.text, spans);
    if (i < 0) continue;
    const inS = ev.eventMentions.filter((e) => e.sentence === s.index && !e.planned && VISIT_NAME.test(nameOf(e)));
    const visit = inS[0] ?? (main && !main.planned && VISIT_NAME.test(nameOf(main)) ? main : undefined);
    if (visit) k.participate(visit, clusterOf.get(ps[i]![0])!, s.index, PARTICIPATED_VISIT_POSSESSIVE.id);
  }
}

/**
 * Rule participated.host-delegation-not-visit (rules-fl19a.ts): whether `sentence` (of index `si`) tells the delegation
 * of the state the readout's visit goes to.
 */
export function hostDelegationOfVisit(k: RelKit, si: number): boolean {
  const { ctx, main, nameOf, hitsIn } = k;
  if (!main || !VISIT_NAME.test(nameOf(main))) return false;
  const s = ctx.sentences[si]!;
  const d = PARTICIPATED_HOST_DELEGATION.delegationState.exec(s.text);
  if (!d) return false;
  const at = s.start + d.index + d[0].indexOf(d[1]!);
  const own = hitsIn(at, s.end).find((h) => h.type === 'State' && h.start === at);
  if (!own) return false;
  // Where the visit goes: the first "visit to <State>" of the text (its heading may tell it in capitals).
  for (const v of ctx.text.matchAll(PARTICIPATED_HOST_DELEGATION.visitTo)) {
    const from = v.index + v[0].length;
    const to = hitsIn(from, from + 40).find((h) => h.type === 'State' && h.start - from < 20);
    if (to) return to.name === own.name;
  }
  return false;
}

/**
 * Rule reached-at.end-of-talks (rules-fl19a.ts): the held talks of the text whose close sentence `si` tells, when they
 * are not the readout's own event (a visit frames them) and only one held event has that noun.
 */
export function endOfTalksEvent(k: RelKit, si: number): Found | undefined {
  const { ctx, ev, main, nameOf } = k;
  const noun = endOfTalksNoun(ctx.sentences[si]!.text);
  if (!noun) return undefined;
  const head = new RegExp(`\\b${noun}\\b`, 'i');
  // "the talks" of a readout whose own event is talks are those: reached-at.main-event reads them as before.
  if (main && head.test(nameOf(main))) return undefined;
  const held = ev.events.filter((e) => !e.planned && e.sentence <= si && e.key !== main?.key && head.test(nameOf(e)));
  return held.length === 1 ? held[0] : undefined;
}

/**
 * Rule reached-at.end-of-talks (rules-fl19a.ts): the agreements named in a sentence that tells a signing at the close
 * of the readout's talks are reached at those talks (reached-at.main-event leaves such a sentence alone).
 */
export function reachedAtEndOfTalks(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const talks = endOfTalksEvent(k, s.index);
    if (!talks) continue;
    for (const a of ev.agreementMentions.filter((x) => x.sentence === s.index))
      ctx.relate('REACHED_AT', a.key, talks.key, s.index, REACHED_AT_END_OF_TALKS.id);
  }
}
