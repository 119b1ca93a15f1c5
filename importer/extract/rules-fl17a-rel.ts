// Relation rules of round fl17a (issue 6); the rule data and pure helpers are in rules-fl17a.ts.
import type { RelKit } from './rel-kit.ts';
import {
  NEGOTIATES_FOR_NAMED_PRINCIPAL,
  REACHED_AT_SIGNED_ON_MARGINS,
  negotiatedForPairs,
  signedOnMargins,
} from './rules-fl17a.ts';

/**
 * Rule negotiates-for.negotiated-for-person (rules-fl17a.ts): "X, who negotiated for President Y": NEGOTIATES_FOR Y,
 * and Y, a principal, negotiates nothing by that sentence.
 */
export function negotiatedForPerson(k: RelKit): void {
  const { ctx, personsIn, clusterOf, key } = k;
  const sameAs = (a: string, b: string) => a === b || ctx.entity(a)?.name === ctx.entity(b)?.name;
  for (const s of ctx.sentences) {
    if (!/negotiat\w*\s+for\b/.test(s.text)) continue;
    const ms = personsIn(s.index).map(([m]) => m);
    const principals = new Set<string>();
    for (const [a, p] of negotiatedForPairs(ctx.text, s.start, s.end, ms)) {
      const pk = key(clusterOf.get(p)!);
      ctx.relate('NEGOTIATES_FOR', key(clusterOf.get(a)!), pk, s.index, NEGOTIATES_FOR_NAMED_PRINCIPAL.id);
      principals.add(pk);
    }
    if (!principals.size) continue;
    ctx.replaceRelations(
      ctx.relations.filter(
        (r) => !(r.type === 'NEGOTIATES' && r.sentence === s.index && [...principals].some((p) => sameAs(p, r.from))),
      ),
    );
  }
}

/** Rule reached-at.signed-on-margins (rules-fl17a.ts): the agreement signed on the margins of a gathering, reached there. */
export function reachedAtSignedOnMargins(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const cue = /margin|sideline|fringe/.test(s.text) ? signedOnMargins(s.text) : undefined;
    if (!cue) continue;
    const at = s.start + cue.gatheringAt;
    const gathering = ev.eventMentions
      .filter((e) => e.sentence === s.index && !e.planned && e.start >= at && e.start <= at + 1)
      .sort((a, b) => b.end - a.end)[0];
    if (!gathering) continue;
    const here = ev.agreementMentions.filter((a) => a.sentence === s.index && a.end <= s.start + cue.cueAt + 60);
    const head = cue.anaphor;
    const before =
      head === undefined
        ? undefined
        : ev.agreementMentions
            .filter(
              (a) => a.sentence < s.index && !a.planned && (!head || new RegExp(`\\b${head}\\b`, 'i').test(a.name)),
            )
            .pop();
    for (const a of here.length ? here : before ? [before] : [])
      ctx.relate('REACHED_AT', a.key, gathering.key, s.index, REACHED_AT_SIGNED_ON_MARGINS.id);
  }
}
