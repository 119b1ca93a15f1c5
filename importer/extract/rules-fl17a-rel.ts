// Relation rules of round fl17a (issue 6); the rule data and pure helpers are in rules-fl17a.ts.
import type { RelKit } from './rel-kit.ts';
import { NEGOTIATES_FOR_NAMED_PRINCIPAL, negotiatedForPairs } from './rules-fl17a.ts';

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
