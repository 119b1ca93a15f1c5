// The fl13a round's role rule (issue 6): a facilitator or mediator of talks acts for his state. Tested on made-up
// sentences in rules-fl13a.test.ts; the rule id is what --explain prints.
import type { RelKit } from './rel-kit.ts';
import { STATE_NAMES } from './rel-kit.ts';

type Sentence = RelKit['ctx']['sentences'][number];

/** Patterns of the rule negotiates-for.as-facilitator, as named data. */
export const FL13A_ROLE_PATTERNS = {
  /** Right after the person (and the apposition read with the name): "as facilitator", "acting as the mediator". */
  asFacilitator:
    /^,?[^\S\n]+(?:(?:acting|serving)[^\S\n]+)?as[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+|chief[^\S\n]+|lead[^\S\n]+)?(?:co-)?(?:facilitator|mediator)\b/,
};

/**
 * Rule negotiates-for.as-facilitator: "with Turkish Minister of Foreign Affairs X as facilitator": a facilitator or
 * mediator of the talks acts for the state of the office the readout gives him (GUIDE: a mediator's minister carrying
 * messages negotiates for his state).
 */
export function asFacilitator(k: RelKit, s: Sentence): void {
  for (const [p, pk] of k.personsIn(s.index)) {
    if (!FL13A_ROLE_PATTERNS.asFacilitator.test(k.ctx.text.slice(p.to ?? p.end, s.end))) continue;
    const c = k.clusterOf.get(p);
    if (!c) continue;
    const owner = (k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o)) ?? c.state;
    const key = owner ? k.stateKey(owner) : undefined;
    if (key) k.ctx.relate('NEGOTIATES_FOR', pk, key, s.index, 'negotiates-for.as-facilitator');
  }
}
