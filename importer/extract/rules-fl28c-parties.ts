// Rule party-to.signed-with-listed of round fl28c (issue 6), apart from rules-fl28c.ts because it runs on the relation
// kit (rel-kit.ts), whose own imports reach rules-fl28c.ts (an import cycle otherwise). Tests in rules-fl28c.test.ts.
import type { RelKit } from './rel-kit.ts';

const SP = String.raw`[^\S\n]+`;

/**
 * Rule party-to.signed-with-listed: "The President … signed … the Political Agreement for X, for the Government, with
 * the leaders and representatives of the fourteen groups, among them the A (FPRC), the B (UPC) and the C (3R)", "The
 * Minister signed the Accord with the Northern Front": the states and organisations named after "with" that follows
 * the agreement an active signing verb took are the agreement's other side. Not "with the support / help /
 * facilitation / mediation of X", not a "with" more than 80 characters after the agreement, not past an "in the
 * presence of" or a relative clause, not a passive or planned signing ("was signed with", "will sign … with").
 */
export const PARTY_TO_SIGNED_WITH_LISTED = {
  id: 'party-to.signed-with-listed',
  /** An active signing verb before the agreement; not "was signed", "to be signed", "will sign". */
  verb: new RegExp(
    String.raw`(?<!\b(?:be|been|being|was|were|is|are|to|will|would|shall)${SP}(?:\w+${SP})?)\b(?:signed|concluded|initial(?:l)?ed)\b`,
    'u',
  ),
  /** From the agreement's end to "with": a short stretch with no other clause. */
  lead: /^[^.;:\n]{0,80}?,?[^\S\n]+with[^\S\n]+/u,
  /** What "with" may not introduce: help and witnesses, not sides. */
  notSide:
    /^(?:the[^\S\n]+|its[^\S\n]+|their[^\S\n]+)?(?:support|help|assistance|facilitation|mediation|participation|backing|consent|approval|presence|blessing|cooperation|involvement)\b/iu,
  /** From the verb to the agreement: no "by" (a passive), no clause of its own, at most 150 characters. */
  objectGap: /^(?![^\S\n]+by\b)(?![^.;]*\b(?:which|that|pursuant|whereby|where)\b)[^.;]{0,150}$/u,
  /** Where the other side's list ends: another "with" or ", and," opens another clause. */
  stop: /\b(?:in[^\S\n]+the[^\S\n]+presence[^\S\n]+of|witnessed|which|who|whose|after|before|following|with)\b|,[^\S\n]+and,|[;:]/u,
};

/** Rule party-to.signed-with-listed: PARTY_TO of the states and organisations after "with" (see the rule's data). */
export function partyToSignedWithListed(k: RelKit): void {
  const R = PARTY_TO_SIGNED_WITH_LISTED;
  const { ctx, ev } = k;
  if (!ctx.text.includes(' with ')) return;
  for (const a of ev.agreementMentions) {
    const s = ctx.sentences[a.sentence];
    if (!s || a.planned) continue;
    const verb = R.verb.exec(s.text.slice(0, a.start - s.start));
    if (!verb || !R.objectGap.test(s.text.slice(verb.index + verb[0].length, a.start - s.start))) continue;
    const lead = R.lead.exec(ctx.text.slice(a.end, s.end));
    if (!lead || /\bwith\b/.test(lead[0].slice(0, -6))) continue;
    const from = a.end + lead[0].length;
    const rest = ctx.text.slice(from, s.end);
    if (R.notSide.test(rest)) continue;
    const stop = R.stop.exec(rest);
    const to = stop ? from + stop.index : s.end;
    for (const t of ['State', 'Organization'] as const)
      for (const c of ctx.within(t, from, to))
        if (c.rule !== 'state.demonym') ctx.relate('PARTY_TO', c.key, a.key, a.sentence, R.id);
  }
}
