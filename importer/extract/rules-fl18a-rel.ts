// Relation rules of round fl18a (issue 6); the rule data and pure helpers are in rules-fl18a.ts.
import type { RelKit } from './rel-kit.ts';
import { PARTICIPATED_GROUP_JOINED_BY, joinedByFrom } from './rules-fl18a.ts';

/** Rule participated.group-joined-by (rules-fl18a.ts): those who joined the gathering's members take part in it. */
export function participateGroupJoinedBy(k: RelKit): void {
  const { ctx, main, personsIn, clusterOf } = k;
  if (!main || main.planned) return;
  for (const s of ctx.sentences) {
    const from = joinedByFrom(s.text);
    if (from === undefined) continue;
    for (const [m] of personsIn(s.index).filter(([p]) => p.start >= s.start + from))
      k.participate(main, clusterOf.get(m)!, s.index, PARTICIPATED_GROUP_JOINED_BY.id);
  }
}
