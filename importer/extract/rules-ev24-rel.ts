// Relation rules of the ev24 round (issue 6, bank events-16): a ceremony told by its verb (rules-ev24.ts) has its
// performers and companions as participants, and is part of the visit its sentence tells it inside.
import { kindOf } from './main-event.ts';
import type { RelKit } from './rel-kit.ts';
import { ceremoniesOf, EV24_PATTERNS } from './rules-ev24.ts';
import type { Found } from './types.ts';

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
