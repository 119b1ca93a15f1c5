// Relation rules of the ev24 round (issue 6, bank events-16): a ceremony told by its verb (rules-ev24.ts) has its
// performers and companions as participants, and is part of the visit its sentence tells it inside.
import { kindOf } from './main-event.ts';
import type { RelKit } from './rel-kit.ts';
import { ceremoniesOf, EV24_PATTERNS } from './rules-ev24.ts';
import type { Found } from './types.ts';

/** The patterns of the ev24 relation rules, as named data. */
export const EV24_REL_PATTERNS = {
  /** part-of.session-of-event: a part's head noun ("Outreach Session", "plenary session", "working dinner"). */
  partName: /\b(?:session|plenary|retreat|segment|dinner|lunch|luncheon|breakfast|reception|banquet)\b/i,
  /** part-of.session-of-event: what joins a part to its whole right after it: " of the ". */
  ofThe: /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/,
  /** participated.not-inviter: what stands right before an inviter: "at the invitation of ". */
  inviter: /\bat[^\S\n]+the[^\S\n]+(?:kind[^\S\n]+)?invitation[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$/i,
  /** participated.not-inviter: an inviter told as meeting the guest after all: ", who received him". */
  inviterMet:
    /^[^\S\n]*,?[^\S\n]*who[^\S\n]+(?:later[^\S\n]+|then[^\S\n]+)?(?:received|welcomed|hosted|met|held|greeted|accompanied)\b/i,
  /** The participation rules that read no more than a sentence's people (EV20_PATTERNS.sentenceOnly). */
  sentenceOnly: /^participated\.(?:same-sentence|main-sentence|main-leaders)$/,
};

/**
 * Rules participated.ceremony-verb and part-of.ceremony-in-visit: the performers and companions of a ceremony told by
 * its verb take part in it; a ceremony whose sentence tells it inside a held visit ("during the Uzbek leader's visit to
 * Azerbaijan", "on the first day of his official visit") is PART_OF that visit.
 */
export function ceremonyVerbRelations(k: RelKit): void {
  const { ctx } = k;
  for (const c of ceremoniesOf(ctx)) {
    const f = k.ev.eventMentions.find((x) => x.key === c.key) ?? k.ev.events.find((x) => x.key === c.key);
    if (!f) continue;
    for (const p of c.people) k.participate(f, p, c.sentence, 'participated.ceremony-verb');
    if (ctx.relationsOf('PART_OF').some((r) => r.from === c.key)) continue;
    const s = ctx.sentences[c.sentence]!;
    const inside = (v: Found) =>
      EV24_PATTERNS.beforeVisit.test(ctx.text.slice(Math.max(s.start, v.start - 80), v.start));
    const visit = k.ev.eventMentions.find(
      (v) => v.sentence === c.sentence && v.key !== c.key && !v.planned && kindOf(k.nameOf(v)) === 'visit' && inside(v),
    );
    if (visit) ctx.relate('PART_OF', c.key, visit.key, c.sentence, 'part-of.ceremony-in-visit');
  }
}

/**
 * Rule part-of.session-of-event: "the Outreach Session of the G7 Summit", "the plenary session of the 44th ASEAN
 * Summit": a session, meal or retreat named right before "of the" and another event is PART_OF that event (GUIDE:
 * sessions of a meeting are part of it); not one already part of something.
 */
export function partOfSessionOfEvent(k: RelKit): void {
  const { ctx } = k;
  const ms = [...k.ev.eventMentions].sort((a, b) => a.start - b.start);
  for (const x of ms) {
    if (!EV24_REL_PATTERNS.partName.test(k.nameOf(x))) continue;
    const whole = ms.find(
      (y) =>
        y.key !== x.key &&
        y.start > x.end &&
        y.start - x.end <= 10 &&
        EV24_REL_PATTERNS.ofThe.test(ctx.text.slice(x.end, y.start)) &&
        !EV24_REL_PATTERNS.partName.test(k.nameOf(y)),
    );
    if (!whole || ctx.relationsOf('PART_OF').some((r) => r.from === x.key)) continue;
    ctx.relate('PART_OF', x.key, whole.key, x.sentence, 'part-of.session-of-event');
  }
}

/**
 * Rule participated.not-inviter: "A participated in the Outreach Session of the G7 Summit, at the invitation of
 * Prime Minister B": the one who invites is no participant from the sentence alone (GUIDE: the host of a visit only if
 * the text says so), unless the sentence goes on with the inviter meeting the guest ("at the invitation of King B, who
 * received him at the Royal Palace"); a participation read from more than the sentence stays.
 */
export function dropSentenceInviters(k: RelKit): void {
  const { ctx } = k;
  const invited = (from: string, si: number) => {
    const ms = k.personsIn(si).filter(([, key]) => key === from);
    return (
      ms.length > 0 &&
      ms.every(
        ([m]) =>
          EV24_REL_PATTERNS.inviter.test(ctx.text.slice(Math.max(0, (m.from ?? m.start) - 40), m.from ?? m.start)) &&
          !EV24_REL_PATTERNS.inviterMet.test(ctx.text.slice(m.to ?? m.end, (m.to ?? m.end) + 40)),
      )
    );
  };
  const drop = ctx.relations.filter(
    (r) => r.type === 'PARTICIPATED_IN' && EV24_REL_PATTERNS.sentenceOnly.test(r.rule) && invited(r.from, r.sentence),
  );
  if (drop.length) ctx.replaceRelations(ctx.relations.filter((r) => !drop.includes(r)));
}
