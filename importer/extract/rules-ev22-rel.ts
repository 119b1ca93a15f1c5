// Relation rules of the ev22 round (issue 6, bank events-14): a guest met inside a visit takes part in its own meeting.
import type { RelationCandidate } from '../types.ts';
import type { RelKit } from './rel-kit.ts';
import { IN_VISIT_RULE } from './rules-ev9.ts';

/** The participation rules that read a sentence's or readout's people wholesale, not a meeting's own span. */
const WHOLESALE = new Set([
  'participated.same-sentence',
  'participated.main-sentence',
  'participated.main-leaders',
  'participated.in-visit-meeting',
]);

/**
 * Rule participated.in-visit-own-pair: a person met inside a visit (the one a meeting of event.in-visit-meeting is
 * named after: "talks with A, a meeting with B and a meeting with C") takes part in that meeting, not in the other
 * meetings of its sentence, nor in the visit itself (GUIDE: "the visitor PARTICIPATED_IN the visit, the host only if the
 * text says so"), when only a wholesale rule gave it.
 */
export function inVisitOwnPair(k: RelKit): void {
  const { ctx } = k;
  const inVisit = new Set(
    k.ev.eventMentions.filter((x) => ctx.entity(x.key)?.rule === IN_VISIT_RULE).map((x) => x.key),
  );
  if (!inVisit.size) return;
  const sentenceOf = new Map(k.ev.eventMentions.map((x) => [x.key, x.sentence]));
  const wholeOf = new Map(
    ctx
      .relationsOf('PART_OF')
      .filter((r) => inVisit.has(r.from))
      .map((r) => [r.from, r.to] as const),
  );
  const parts = ctx.relationsOf('PARTICIPATED_IN');
  // Each guest's own meeting (named after it), and where it stands: its sentence and its visit.
  const own = new Map<string, { event: string; sentence: number; visit?: string }[]>();
  for (const r of parts)
    if (inVisit.has(r.to) && r.rule === 'participated.named-in-event')
      own.set(r.from, [
        ...(own.get(r.from) ?? []),
        { event: r.to, sentence: sentenceOf.get(r.to) ?? -1, visit: wholeOf.get(r.to) },
      ]);
  const drop = (r: RelationCandidate) =>
    r.type === 'PARTICIPATED_IN' &&
    WHOLESALE.has(r.rule) &&
    (own.get(r.from) ?? []).some(
      (o) =>
        o.event !== r.to &&
        !own.get(r.from)!.some((x) => x.event === r.to) &&
        (o.visit === r.to || o.sentence === sentenceOf.get(r.to)),
    );
  if (ctx.relations.some(drop)) ctx.replaceRelations(ctx.relations.filter((r) => !drop(r)));
}

/** A session's name: "opening session", "second session", "the plenary session", "BRICS Plus/Outreach session". */
const SESSION_NAME = /\bsession\b/i;

/**
 * Rule part-of.session-sibling: a session told as part of the readout's meeting when that meeting is itself a session
 * of a gathering ("At the opening session of the G20 Leaders' Summit …; the Prime Minister spoke at the second session")
 * is its sibling, part of the gathering; who took part in it takes part in the gathering, not in the sibling session.
 */
export function sessionSiblingOfSession(k: RelKit): void {
  const { ctx } = k;
  const isSession = (key: string) => SESSION_NAME.test(ctx.entity(key)?.name ?? '');
  const wholeOf = new Map<string, RelationCandidate>();
  for (const r of ctx.relationsOf('PART_OF')) if (!wholeOf.has(r.from)) wholeOf.set(r.from, r);
  const moved = ctx
    .relationsOf('PART_OF')
    .filter((r) => r.rule === 'part-of.session' && isSession(r.from) && isSession(r.to))
    .map((r) => ({ r, whole: wholeOf.get(r.to)?.to }))
    .filter((x): x is { r: RelationCandidate; whole: string } => !!x.whole && x.whole !== x.r.from);
  if (!moved.length) return;
  const parts = ctx.relationsOf('PARTICIPATED_IN');
  const inPart = (p: string, e: string) => parts.some((x) => x.from === p && x.to === e);
  const gone = new Set(moved.map((x) => x.r));
  // Who takes part in the sibling takes part in the old whole only when told in the old whole's own sentence.
  const told = new Set(k.ev.eventMentions.map((x) => `${x.key}|${x.sentence}`));
  const drop = (r: RelationCandidate) =>
    gone.has(r) ||
    (r.type === 'PARTICIPATED_IN' &&
      !told.has(`${r.to}|${r.sentence}`) &&
      moved.some((x) => x.r.to === r.to && inPart(r.from, x.r.from)));
  const kept = ctx.relations.filter((r) => !drop(r));
  ctx.replaceRelations(kept);
  for (const { r, whole } of moved) {
    ctx.relate('PART_OF', r.from, whole, r.sentence, 'part-of.session-sibling');
    for (const p of parts.filter((x) => x.to === r.from))
      ctx.relate('PARTICIPATED_IN', p.from, whole, r.sentence, 'participated.session-sibling');
  }
}

/** A press conference's name, and what ties it to the gathering right after it ("… following the EU-Japan summit"). */
export const PRESS_AFTER = {
  name: /\bpress\s+(?:conference|availability|encounter|point)\b/i,
  after: /^[^\S\n]+(?:that\s+)?(?:followed|following|after)[^\S\n]+(?:the[^\S\n]+)?$/i,
};

/**
 * Rule part-of.press-conference-following: "At the joint press conference following the EU-Japan summit in Tokyo, A, B
 * and C …": a press conference told as following a gathering is part of it (GUIDE: "the joint press conference after
 * it" is a session), and who took part in it takes part in the gathering. Run before the INVOLVES rules, which read
 * who attended.
 */
export function pressConferenceFollowing(k: RelKit): void {
  const { ctx } = k;
  const presses = k.ev.eventMentions.filter((x) => PRESS_AFTER.name.test(ctx.entity(x.key)?.name ?? ''));
  for (const p of presses) {
    const next = k.ev.eventMentions.find(
      (x) =>
        x.key !== p.key &&
        x.sentence === p.sentence &&
        x.start > p.end &&
        PRESS_AFTER.after.test(ctx.text.slice(p.end, x.start)),
    );
    if (!next || ctx.relationsOf('PART_OF').some((r) => r.from === p.key)) continue;
    ctx.relate('PART_OF', p.key, next.key, p.sentence, 'part-of.press-conference-following');
    for (const c of k.participants.get(p.key) ?? [])
      k.participate(next, c, p.sentence, 'participated.press-conference-following');
  }
}
