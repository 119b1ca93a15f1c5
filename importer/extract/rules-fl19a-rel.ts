// Relation rules of round fl19a (issue 6); the rule data and pure helpers are in rules-fl19a.ts.
import type { RelKit } from './rel-kit.ts';
import {
  EVENT_SESSION_TOLD_AT,
  PARTICIPATED_CHAIRED_WITH,
  PARTICIPATED_SESSION_TOLD_AT,
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
