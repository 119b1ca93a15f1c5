// Relation rules of round fl18a (issue 6); the rule data and pure helpers are in rules-fl18a.ts.
import type { RelKit } from './rel-kit.ts';
import type { PersonCluster } from './types.ts';
import {
  NEGOTIATES_FOR_BEHALF_OF_TITLE,
  PARTICIPATED_DELEGATION_MEMBER,
  behalfOfTitle,
  titleHolderFor,
  PARTICIPATED_GROUP_JOINED_BY,
  delegationMemberAt,
  joinedByFrom,
} from './rules-fl18a.ts';
import { holdsCurrently } from './rules-fl22b.ts';

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

/** A holder of one of the readout's offices, as the "on behalf of" rules pick their principal among them. */
export type OfficeHolder = { who: PersonCluster; title: string; owner: string; office: string };

/**
 * The loop of the "on behalf of" rules (negotiates-for.behalf-of-title here, negotiates-for.behalf-of-head in
 * rules-fl21b-rel.ts): in each sentence where `cueOf` finds its cue, the last person named before the cue acts for the
 * principal that `principalOf` picks among the holders of the readout's offices, given the agent's own offices' owners.
 */
export function negotiatesForBehalfOf<C extends { at: number }>(
  k: RelKit,
  cueOf: (sentence: string) => C | undefined,
  principalOf: (cue: C, owners: readonly string[], holders: readonly OfficeHolder[]) => PersonCluster | undefined,
  rule: string,
): void {
  const { ctx, people, personsIn, clusterOf, key } = k;
  const holders = [...people.offices].flatMap(([c, os]) =>
    os.map((o) => ({ who: c, title: ctx.entity(o.key)?.props.title ?? o.title, owner: o.owner, office: o.key })),
  );
  for (const s of ctx.sentences) {
    const cue = cueOf(s.text);
    if (!cue) continue;
    // The agent: the last person named before the cue in the sentence.
    const agent = personsIn(s.index)
      .filter(([p]) => p.end <= s.start + cue.at)
      .pop();
    if (!agent) continue;
    const ac = clusterOf.get(agent[0])!;
    const owners = (people.offices.get(ac) ?? []).map((o) => o.owner);
    const principal = principalOf(cue, owners, holders);
    if (!principal || principal === ac) continue;
    ctx.relate('NEGOTIATES_FOR', key(ac), key(principal), s.index, rule);
  }
}

/** Rule negotiates-for.behalf-of-title (rules-fl18a.ts): the agent acts for the one holder of the leader's title. */
export function negotiatesForBehalfOfTitle(k: RelKit): void {
  negotiatesForBehalfOf(
    k,
    behalfOfTitle,
    // negotiates-for.principal-not-former (rules-fl22b.ts): "then President X" is no candidate principal.
    (cue, owners, holders) =>
      titleHolderFor(
        cue.title,
        owners,
        holders.filter((h) => holdsCurrently(k.ctx, k.key(h.who), h.office)),
      ),
    NEGOTIATES_FOR_BEHALF_OF_TITLE.id,
  );
}
