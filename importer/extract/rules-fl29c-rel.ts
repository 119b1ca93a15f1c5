// Relation rules of the fl29c round (issue 6); patterns in rules-fl29c.ts, tests in rules-fl29c.test.ts.
import type { RelKit } from './rel-kit.ts';
import { attendedByAt, PARTICIPATED_EVENT_ATTENDED_BY } from './rules-fl29c.ts';

/**
 * Rule participated.event-attended-by: "On the Mauritanian side, the talks were attended by A, Minister of …, B and
 * C": each person named after "attended by" took part in the event the noun names (the last one so named, told in
 * this sentence or before it). Only in the past ("were attended", not "will be attended").
 */
export function participateEventAttendedBy(k: RelKit): void {
  const { ctx, personsIn, clusterOf, ev, nameOf } = k;
  if (!ctx.text.includes(PARTICIPATED_EVENT_ATTENDED_BY.needs)) return;
  for (const s of ctx.sentences) {
    if (s.heading || !s.text.includes(PARTICIPATED_EVENT_ATTENDED_BY.needs)) continue;
    const hit = attendedByAt(s.text);
    if (!hit) continue;
    const event = ev.eventMentions
      .filter((e) => !e.planned && e.sentence <= s.index && hit.noun.test(nameOf(e)))
      .sort((a, b) => a.start - b.start)
      .pop();
    if (!event) continue;
    for (const [p] of personsIn(s.index))
      if (p.start >= s.start + hit.end)
        k.participate(event, clusterOf.get(p)!, s.index, PARTICIPATED_EVENT_ATTENDED_BY.id);
  }
}
