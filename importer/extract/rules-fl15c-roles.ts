// Role rules of round fl15c (issue 6): NEGOTIATES_FOR told of a plural subject and the principals it names.
import type { RelKit } from './rel-kit.ts';
import type { Sentence } from '../types.ts';

/**
 * Rule negotiates-for.respective-principals: "The ministers negotiated on behalf of their respective Heads of State, A
 * and B", "the two negotiators signed on behalf of their respective Presidents, A and B": a plural subject told by a
 * title noun acts for principals named after "their respective …". Each principal's agent is the one person of the
 * readout holding a title with the subject's noun ("Minister", "Negotiator") for the principal's state; a principal
 * with no state, or with no such agent or several, gives nothing.
 */
export const NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS = {
  id: 'negotiates-for.respective-principals',
  /** The plural subject's noun (group 1), the verb phrase, then the cue before the principals. */
  told: /\b(?:[Tt]he|[Bb]oth)[^\S\n]+(?:two[^\S\n]+|three[^\S\n]+)?(?:[a-z]+[^\S\n]+)?(ministers|negotiators|envoys|representatives|delegates|foreign[^\S\n]+ministers)\b[^.;]{0,80}?\b(?:on[^\S\n]+behalf|in[^\S\n]+the[^\S\n]+name)[^\S\n]+of[^\S\n]+their[^\S\n]+respective[^\S\n]+[^,.;]{2,40}?,[^\S\n]+/g,
};

/** The title word a plural subject noun stands for: "foreign ministers" → "Minister". */
function titleWord(noun: string): string {
  const last = noun.split(/\s+/).pop()!.replace(/s$/, '');
  return last[0]!.toUpperCase() + last.slice(1);
}

/** negotiates-for.respective-principals (see NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS). */
export function respectivePrincipals(k: RelKit, s: Sentence): void {
  const R = NEGOTIATES_FOR_RESPECTIVE_PRINCIPALS;
  if (!/\brespective\b/.test(s.text)) return;
  for (const m of s.text.matchAll(R.told)) {
    const after = s.start + m.index + m[0].length;
    const word = titleWord(m[1]!);
    const principals = k.personsIn(s.index).filter(([p]) => (p.from ?? p.start) >= after);
    if (principals.length < 2) continue;
    const stateOf = (c: ReturnType<typeof k.clusterOf.get>) => {
      const owners = [...new Set((k.people.offices.get(c!) ?? []).map((o) => o.owner))];
      return owners.length === 1 ? owners[0] : undefined;
    };
    const principalClusters = new Set(principals.map(([p]) => k.clusterOf.get(p)));
    for (const [p, pk] of principals) {
      const st = stateOf(k.clusterOf.get(p));
      if (!st) continue;
      const agents = k.people.clusters.filter(
        (c) =>
          !principalClusters.has(c) &&
          (k.people.offices.get(c) ?? []).some((o) => o.owner === st && o.title.split(/[\s,]+/).includes(word)),
      );
      if (agents.length === 1) k.ctx.relate('NEGOTIATES_FOR', k.key(agents[0]!), pk, s.index, R.id);
    }
  }
}
