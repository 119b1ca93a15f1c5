// Rules of round fl28a (issue 6), written after the first look at three new samples (a West African presidency's
// plain-text communiqué on a restitution deed signed in Paris, a Pacific government's Markdown release on a dialogue
// between a subregional grouping and a regional organisation's leadership, a South American government's web page on a
// regional organisation's summit). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl28a.test.ts. Rule data (patterns) are named next to the rules.

import { honorificAt } from './text.ts';

/**
 * Rule person.list-honorific (widens the name lists of plural-people.ts: person.plural-of-states, person.plural-title-
 * pair, person.plural-apposition): "the Prime Ministers of Samoa and the Cook Islands, the Honorable A and the Honorable
 * B", "the Prime Ministers of X, Y and Z, the Honourable A, the Honourable B and the Honourable C", "Presidents H.E. A
 * and H.E. B": a style before each listed name (the Honourable, His Excellency, Dr., Senator the Hon.) is skipped, as it
 * is before a single name. Only a style the honorific lexicon knows, followed by a capitalised word.
 */
export const PERSON_LIST_HONORIFIC = {
  id: 'person.list-honorific',
  /** What must follow the style: a capitalised word (the name). */
  nameAfter: /^\p{Lu}/u,
};

/** Rule person.list-honorific: the length of a style right at the start of `s` that a listed name follows, or 0. */
export function listedHonorificLength(s: string): number {
  const m = honorificAt(s);
  return m && PERSON_LIST_HONORIFIC.nameAfter.test(s.slice(m[0].length)) ? m[0].length : 0;
}

/**
 * Rule office.owner-acronym-end (narrows the parenthesised unit of people.ts's withUnit): "President of the Federated
 * States of Micronesia (FSM)", "Secretary-General of the Caribbean Community (CARICOM)": brackets that hold only another
 * name of the title's owner (its initials or acronym, a gazetteer hit of the same state or organisation) close the
 * title; they are no unit of it ("President (FSM)"). Brackets with anything else ("Minister (Defence)") stay as they were.
 */
export const OFFICE_OWNER_ACRONYM_END = {
  id: 'office.owner-acronym-end',
  /** Brackets right after the title: their inside. */
  brackets: /^\s*\(([^()\n]{2,40})\)/,
};

/**
 * Rule office.owner-acronym-end: the length of brackets at the start of `after` (text from `at`) holding only a name
 * of `owner`, or 0.
 */
export function ownerAcronymLength(
  after: string,
  at: number,
  owner: { name: string } | undefined,
  hits: readonly { name: string; start: number; end: number }[],
): number {
  const m = owner ? OFFICE_OWNER_ACRONYM_END.brackets.exec(after) : null;
  if (!m) return 0;
  const s = at + m[0].indexOf('(') + 1;
  const e = at + m[0].length - 1;
  return hits.some((h) => h.start === s && h.end === e && h.name === owner!.name) ? m[0].length : 0;
}
