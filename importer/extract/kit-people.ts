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

/** After a side, "by" and its own signer ("for Mali by A, for Burkina Faso by B"). */
export const SIDE_THEN_BY = /^\s+by\s+/;

/**
 * Rule negotiates-for.for-side-not-by (rol25): a side followed by "by" has its own signer next ("… for Mali by A, for
 * Burkina Faso by B"): no person before it ("A, for Burkina Faso") signs for it.
 */
export const sideThenBy = (text: string, h: GazetteerHit, end: number): boolean =>
  SIDE_THEN_BY.test(text.slice(h.end, end));

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
