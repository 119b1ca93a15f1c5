// Relation rules of round fl18a (issue 6); the rule data and pure helpers are in rules-fl18a.ts.
import type { RelKit } from './rel-kit.ts';
import {
  PARTICIPATED_DELEGATION_MEMBER,
  PARTICIPATED_GROUP_JOINED_BY,
  delegationMemberAt,
  joinedByFrom,
} from './rules-fl18a.ts';

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

/** Rule participated.delegation-member (rules-fl18a.ts): a delegation's member named before the cue takes part. */
export function participateDelegationMember(k: RelKit): void {
  const { ctx, main, personsIn, clusterOf } = k;
  if (!main || main.planned || ctx.entity(main.key)?.props.kind === 'incident') return;
  for (const s of ctx.sentences) {
    const at = delegationMemberAt(s.text);
    if (at === undefined) continue;
    const before = personsIn(s.index).filter(([p]) => p.end <= s.start + at);
    // The subject: the first person of the sentence ("Ambassador X, who represents the President, was a member …").
    if (before[0]) k.participate(main, clusterOf.get(before[0][0])!, s.index, PARTICIPATED_DELEGATION_MEMBER.id);
  }
}
