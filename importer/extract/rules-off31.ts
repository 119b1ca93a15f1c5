// The off31 office rules (issue 6): constructions the annotated samples' missed offices showed most (docs/first-look.md,
// "Offices, HOLDS_OFFICE and OFFICE_OF missed on the annotated samples, by cause"). Rule ids are what --explain prints.
import type { GazetteerHit } from './gazetteer.ts';

/** Patterns of the off31 plural-title rules, as named data. */
export const OFF31_PLURAL = {
  /**
   * Rule office.plural-title-listed-complement: "the Ministers of Foreign Affairs of Eritrea, Ethiopia and Somalia, A, B
   * and C": the plural title's complement is a list of three or more states with commas, which the plural head's
   * complement (no comma) stops at the first of.
   */
  listedId: 'office.plural-title-listed-complement',
  /** Between two states of the list: ", ", ", and " or " and " (an optional "the"). */
  listJoin: /^(?:,[^\S\n]+and[^\S\n]+|[^\S\n]+and[^\S\n]+|,[^\S\n]+)(?:the[^\S\n]+)?/,
  /** After the list's last state: the comma before the names. */
  listClose: /^,[^\S\n]+(?=\p{Lu})/u,
  /**
   * Rule office.plural-title-list-before: "Burkina Faso, Mali and Niger …. The Ministers of Foreign Affairs of the three
   * countries, A, B and C": a plural title "of the three (four) countries" takes its holders' states, in order, from the
   * last list of as many states told before (joined by commas and "and"), else from the states the sentence before and
   * this one name before the title when they are exactly as many ("President A of X, President B of Y and Prime
   * Minister C of Z …. the foreign ministers of the three countries, D, E and F").
   */
  beforeId: 'office.plural-title-list-before',
};

const stateHit = (hits: GazetteerHit[], j: number) =>
  hits.find((h) => h.type === 'State' && !h.demonym && h.start === j);

/**
 * Rule office.plural-title-listed-complement: where the complement of a plural title that ends with a state at
 * `compEnd` ("of Eritrea") goes on with more states ("…, Ethiopia and Somalia, "): the end of the last state, when the
 * list closes with "and" and a comma before a capital (the names); undefined otherwise.
 */
export function listedComplementEnd(text: string, compEnd: number, hits: GazetteerHit[]): number | undefined {
  if (!hits.some((h) => h.type === 'State' && !h.demonym && h.end === compEnd)) return undefined;
  let j = compEnd;
  let closed = false;
  for (let k = 0; k < 8 && !closed; k++) {
    const join = OFF31_PLURAL.listJoin.exec(text.slice(j, j + 12));
    const st = join ? stateHit(hits, j + join[0].length) : undefined;
    if (!st) return undefined;
    closed = /\band/.test(join![0]);
    j = st.end;
  }
  return closed && OFF31_PLURAL.listClose.test(text.slice(j, j + 4)) ? j : undefined;
}

/** The last list of `n` distinct states joined by commas and "and" wholly between `from` and `at`, in order. */
function joinedListBefore(
  text: string,
  from: number,
  at: number,
  hits: GazetteerHit[],
  n: number,
): string[] | undefined {
  const states = hits
    .filter((h) => h.type === 'State' && !h.demonym && h.start >= from && h.end <= at)
    .sort((a, b) => a.start - b.start);
  for (let i = states.length - n; i >= 0; i--) {
    const run = states.slice(i, i + n);
    const names = new Set(run.map((h) => h.name));
    if (names.size !== n) continue;
    const joins = run.slice(1).map((h, k) => text.slice(run[k]!.end, h.start));
    const ok = joins.every((g, k) =>
      k === joins.length - 1
        ? /^(?:,)?[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?$/.test(g)
        : /^,[^\S\n]+(?:the[^\S\n]+)?$/.test(g),
    );
    if (ok) return run.map((h) => h.name);
  }
  return undefined;
}

/**
 * Rule office.plural-title-list-before: the `n` (three or more) states a plural title "of the three countries" at
 * `at` refers to, in order: the last list of `n` states told before, else the `n` distinct states of the sentence
 * before and of this one up to the title (`sentenceFrom`, `prevFrom`) when there are exactly `n`.
 */
export function statesListBefore(
  text: string,
  at: number,
  prevFrom: number,
  hits: GazetteerHit[],
  n: number,
): string[] | undefined {
  if (n < 3) return undefined;
  const joined = joinedListBefore(text, 0, at, hits, n);
  if (joined) return joined;
  const near = hits
    .filter((h) => h.type === 'State' && !h.demonym && h.start >= prevFrom && h.end <= at)
    .sort((a, b) => a.start - b.start)
    .map((h) => h.name);
  const distinct = [...new Set(near)];
  return distinct.length === n ? distinct : undefined;
}

/**
 * Rule office.taken-leader-sentence-state: a leader's title (President, Prime Minister, Chancellor, King …) of a person
 * named in full (a surname alone is office.paired-state-leader's) with no state of his own, in a sentence where the issuer's holder of that title is named too (so not the issuer's:
 * office.home-leader-taken), is the office of the one other state the sentence names that has such a post and whose
 * holder of it is nobody else in the sentence: "President Taylor handed over power to Vice President Blah, who was
 * sworn in as President …; Mr. Taylor left for Nigeria at the invitation of President Olusegun Obasanjo", "President
 * Barrow, who has been in Dakar … at the invitation of President Macky Sall, thanked … the people of Senegal". None when
 * two or more such states are named (then nothing is guessed, as before).
 */
export const OFFICE_TAKEN_LEADER_SENTENCE_STATE = { id: 'office.taken-leader-sentence-state' };

/**
 * The state `office.taken-leader-sentence-state` gives: of the `named` states of the sentence (in text order, names
 * and capitals), the one that is not `home`, has the title (`hasTitle`) and is not `taken` by another holder.
 */
export function takenLeaderSentenceState(
  named: readonly string[],
  home: string | undefined,
  hasTitle: (state: string) => boolean,
  taken: (state: string) => boolean,
): string | undefined {
  const left = [...new Set(named)].filter((st) => st !== home && hasTitle(st) && !taken(st));
  return left.length === 1 ? left[0] : undefined;
}
