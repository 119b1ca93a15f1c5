// The fl13a round's rules (issue 6), written on three first-look samples in styles new to the project (Thailand's,
// Jordan's and Ethiopia's foreign ministries) and tested on made-up sentences in rules-fl13a.test.ts. Rule ids are
// what --explain prints (the office and person rules show through the rule of the title they shape).
import { GIVEN_NAME_STATES } from './states.ts';

/** Patterns of the fl13a rules, as named data. */
export const FL13A_PATTERNS = {
  /**
   * Rule office.assistant-to-leader: "Assistant" heads a title of its own when "to the <leader>" follows ("Assistant
   * to the President for National Security Affairs"); elsewhere it stays a modifier ("Assistant Secretary of State").
   */
  assistantHead:
    'Assistant(?=[^\\S\\n]+to[^\\S\\n]+the[^\\S\\n]+(?:President|Prime Minister|Chancellor|King|Emir|Crown Prince|Secretary-General)(?![\\p{L}-]))',
  /** Rule office.and-title-name: "and " before a second title that a name follows. */
  andBefore: /^\s+and\s+/,
  /**
   * Rule person.gapped-side: the side's noun and its verb (or the gapped "by" alone) between a state and the person:
   * "…, and the Somali delegation by Minister X", "the Ugandan side, led by Minister Y".
   */
  sideBy: /^\s+(?:delegation|side|team)\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:(?:led|headed)\s+)?by\s+$/,
};

/**
 * Rule person.given-name-address: in states where a person is called by the first name, the rest being patronymics
 * ("Prime Minister Abiy Ahmed" … "Prime Minister Abiy"), a short mention by the first word does not show the name
 * written family name first: the order stays.
 */
export function keepsGivenFirst(state: string | undefined): boolean {
  return state !== undefined && GIVEN_NAME_STATES.has(state);
}

/**
 * Rule person.gapped-side: the state of the side a person heads when the text before the person's mention (from the
 * sentence's start) ends "the <State or demonym> delegation (was led) by ". `stateEndingAt` gives the state whose
 * mention ends at an offset of `before`. Undefined when there is none.
 */
export function gappedSide(before: string, stateEndingAt: (at: number) => string | undefined): string | undefined {
  const m =
    /\bthe\s+\S[^,;]*?((\s+(?:delegation|side|team))\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:(?:led|headed)\s+)?by\s+)$/.exec(
      before,
    );
  if (!m || !FL13A_PATTERNS.sideBy.test(m[1]!)) return undefined;
  // The gazetteer reads the side with its noun ("Somali delegation") or the demonym alone.
  const at = m.index + m[0].length - m[1]!.length;
  return stateEndingAt(at) ?? stateEndingAt(at + m[2]!.length);
}
