// Small helpers that the roles rules (rules-nf11, rules-rol14, rules-rol15, rules-rol17, rules-rol18, …) share over a
// RelKit: the sides a person can act for, a sentence's people in text order, and the agent before a point.
import type { GazetteerHit } from './gazetteer.ts';
import { endOf, startOf } from './mention-span.ts';
import type { RelKit } from './rel-kit.ts';
import type { PersonMention } from './types.ts';

type Sentence = RelKit['ctx']['sentences'][number];
type Person = readonly [PersonMention, string];

/** A state or an organisation: a side someone can act for. */
export const isSide = (h: GazetteerHit): boolean => h.type === 'State' || h.type === 'Organization';

/** The people of a sentence in text order. */
export const peopleInOrder = (k: RelKit, s: Sentence): Person[] =>
  [...k.personsIn(s.index)].sort((x, y) => startOf(x[0]) - startOf(y[0]));

/** The last person ending before `at` with no semicolon between, not a possessor ("President Y's envoy"). */
export function agentBefore(k: RelKit, s: Sentence, at: number): Person | undefined {
  const text = k.ctx.text;
  return peopleInOrder(k, s)
    .filter(([p]) => endOf(p) <= at && !/^['’]s\b/.test(text.slice(p.end, p.end + 3)))
    .filter(([p]) => !/;/.test(text.slice(endOf(p), at)))
    .pop();
}
