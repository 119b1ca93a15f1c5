// Rules of the fl29c round (issue 6), found on the first look of three samples in new issuers' styles (the Mauritanian
// presidency's plain-text final communiqué, the Ivorian presidency's web page, Niger's presidency's Markdown release)
// and stated as general constructions of diplomatic prose; each is tested on made-up sentences in rules-fl29c.test.ts.
import type { PersonCluster } from './types.ts';

type Offices = (c: PersonCluster) => readonly { title: string; owner: string }[];
type OfficeMap = ReadonlyMap<PersonCluster, readonly { title: string; owner: string }[]>;

/**
 * Rule participated.two-leaders-two-states: "The two Heads of State held a private meeting" in a readout naming three
 * leaders (two Presidents and the host's Prime Minister at the airport) are two leaders of two states, of the kind the
 * noun names: heads of state for "heads of state" / "presidents", heads of government for "prime ministers".
 */
export const PARTICIPATED_TWO_LEADERS_TWO_STATES = {
  id: 'participated.two-leaders-two-states',
  headOfState: /^(?:President|King|Queen|Sultan|Emir|Amir|Rashtrapati|Grand Duke|Prince)\b/,
  headOfGovernment: /^(?:Prime Minister|Premier|Chancellor|Federal Chancellor)\b/,
  leaderTitle:
    /^(?:President|King|Queen|Sultan|Emir|Amir|Rashtrapati|Prime Minister|Premier|Chancellor|Federal Chancellor)\b/,
};

/**
 * The two leaders "the two heads of state / presidents / prime ministers / leaders" stand for among `leaders` (in order
 * of mention): the first of the kind the noun names, then the next of that kind from another state; undefined when
 * there are no two such (the caller keeps its own pair).
 */
export function twoLeadersOfTwoStates(
  leaders: readonly PersonCluster[],
  offices: Offices,
  noun: string,
): PersonCluster[] | undefined {
  const R = PARTICIPATED_TWO_LEADERS_TWO_STATES;
  const kind = /heads\s+of\s+state|presidents/i.test(noun)
    ? R.headOfState
    : /prime\s+ministers/i.test(noun)
      ? R.headOfGovernment
      : R.leaderTitle;
  const stateOf = (c: PersonCluster) => offices(c).find((o) => kind.test(o.title))?.owner ?? c.state;
  const ofKind = leaders.filter((c) =>
    offices(c).some((o) => kind.test(o.title) && !/\b(?:Vice|Deputy)\b/.test(o.title)),
  );
  const first = ofKind[0];
  if (!first) return undefined;
  const second = ofKind.find((c) => c !== first && stateOf(c) && stateOf(c) !== stateOf(first));
  return second ? [first, second] : undefined;
}

/**
 * The pair "the two leaders" of a sentence stand for: the main event's two leaders when it has two, else (three
 * leaders or more) two of two states of the noun's kind (participated.two-leaders-two-states), else the first two.
 */
export function leadersPairOf(
  leaders: readonly PersonCluster[],
  mainLeaders: readonly PersonCluster[],
  offices: OfficeMap,
  noun: string,
): { pair: PersonCluster[]; byStates: boolean } {
  if (leaders.length !== 2 && mainLeaders.length === 2) return { pair: [...mainLeaders], byStates: false };
  const two = leaders.length > 2 ? twoLeadersOfTwoStates(leaders, (c) => offices.get(c) ?? [], noun) : undefined;
  return two ? { pair: two, byStates: true } : { pair: leaders.slice(0, 2), byStates: false };
}

/**
 * Rule negotiates-for.respective-passive-by: "The Agreement was signed on behalf of their respective Governments by
 * the Ministers of Foreign Affairs of the two countries, A and B": in the passive, the people who act for their own
 * sides follow "by" after the phrase, not before it. `after` is the sentence's text after "on behalf of their respective
 * X"; the offset (in it) where the agents start, or undefined when no passive "by" follows.
 */
export const NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY = {
  id: 'negotiates-for.respective-passive-by',
  by: /^[^\S\n]+by[^\S\n]+/,
  /** The passive verb before the phrase: "was signed", "were initialled", "has been concluded". */
  passive:
    /\b(?:was|were|been|be)[^\S\n]+(?:(?:jointly|formally|duly)[^\S\n]+)?(?:signed|initialled|initialed|concluded)[^\S\n]*$/,
};

export function respectiveAgentsAfter(before: string, after: string): number | undefined {
  const R = NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY;
  if (!R.passive.test(before)) return undefined;
  const by = R.by.exec(after);
  return by ? by[0].length : undefined;
}
