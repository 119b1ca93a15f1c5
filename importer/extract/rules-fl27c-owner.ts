// Office-owner rules of round fl27c (issue 6; the round's other rules are in rules-fl27c.ts). Read by the people stage
// (people-stage.ts, beside office.whose-title-state); tests in rules-fl27c.test.ts.
import { ONLY_LEADER_TITLES } from './lexicons.ts';

/**
 * Rule office.its-title-state: "thanked the Italian Republic and its Minister of Foreign Affairs, X", "Norway, with its
 * State Secretary, Y", "the EU through its Special Representative, Z": a title right after "<State> and / with /
 * through its" is that state's office (the local cue), not the issuer's. Only a state named right before (not a
 * demonym); "by its" is read by the represented-by rules already.
 */
export const OFFICE_ITS_TITLE_STATE = {
  id: 'office.its-title-state',
  /** The text right before the title: a conjunction or "with" / "through", then "its". */
  before: /[^\S\n]+(?:and|with|through)[^\S\n]+its[^\S\n]+$/,
};

/** Rule office.its-title-state: the state named right before "and its" that ends where `before`'s match starts. */
export function itsTitleState(
  text: string,
  titleStart: number,
  states: readonly { name: string; end: number }[],
): string | undefined {
  const m = OFFICE_ITS_TITLE_STATE.before.exec(text.slice(Math.max(0, titleStart - 16), titleStart));
  if (!m) return undefined;
  const at = titleStart - m[0].length;
  return states.find((h) => h.end === at)?.name;
}

/**
 * Rule office.only-titled-state: "the Head of State was received by His Majesty King Mohammed VI … the request of the
 * Kingdom of Morocco" in another state's release: a title only some states have (King, Queen, Amir, Governor-General;
 * lexicons' ONLY_LEADER_TITLES) whose guessed state lacks it (office.owner-has-title, off13) is the office of the one
 * state its sentence names that has it, else of the one such state the whole text names (by name, not a demonym). None
 * when two such states are named there (a King of Spain and a King of Morocco) or none.
 */
export const OFFICE_ONLY_TITLED_STATE = { id: 'office.only-titled-state' };

/** Rule office.only-titled-state: the one state of `named` that has the title `title`, when the title is a rare one. */
export function onlyTitledState(title: string, named: Iterable<string>): string | undefined {
  const rare = ONLY_LEADER_TITLES.find(([re]) => re.test(title));
  if (!rare) return undefined;
  const having = new Set([...named].filter((n) => rare[1].has(n)));
  return having.size === 1 ? [...having][0] : undefined;
}

/**
 * Rule negotiates-for.agent-title-and: "were conducted for A by the Minister of Foreign Affairs and Cooperation, X":
 * an "and" between two capitalised words of a title ("Affairs and Cooperation", "Trade and Industry") does not part the
 * side from its agent the way "by X and Y" does; read by negotiates-for.side-by-agent (rules-nf11.ts), which takes the
 * first person after "by" only when no "and" stands between.
 */
export const NEGOTIATES_FOR_AGENT_TITLE_AND = {
  id: 'negotiates-for.agent-title-and',
  /** An "and" inside a title: a capitalised word on each side. */
  inTitle: /(?<=\p{Lu}[\p{L}'’-]*)[^\S\n]+and[^\S\n]+(?=\p{Lu})/gu,
};

/** Rule negotiates-for.agent-title-and: the text between a side and its agent without the "and"s inside titles. */
export function withoutTitleAnd(between: string): string {
  return between.replace(NEGOTIATES_FOR_AGENT_TITLE_AND.inTitle, ' ');
}
