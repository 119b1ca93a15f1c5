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
  /** What must follow the style: a capitalised word (the name). person.list-honorific-particle (fl31b): or a name
   *  opening with the Arabic article ("Lieutenant General A and Lieutenant General al-Amami", as NAME_TOKEN reads it). */
  nameAfter: /^(?:al-|el-)?\p{Lu}/u,
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

/**
 * Rule participated.guests-and-speakers (widens the attendance cues of rules-participation.ts, ALSO_PRESENT): "The
 * special guests of the Conference were A and B", "Among the guests were A and B", "Addresses were also delivered by A
 * and by B", "Remarks were delivered by A": guests and speakers of the readout's meeting, told after its own sentences,
 * take part in it. Not a guest "invited to" a meeting still to come (the cue reads only the past "were"), not
 * "addressed a letter", not "guest house".
 */
export const PARTICIPATED_GUESTS_AND_SPEAKERS = {
  id: 'participated.guests-and-speakers',
  // Read case-blind with the other attendance cues (no Unicode classes: the cues are joined under the flag "i" alone).
  cue: /\b(?:(?:the\s+)?(?:special\s+|distinguished\s+)?guests\s+(?:of\s+(?:honou?r|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+)?were|among\s+the\s+(?:special\s+)?guests\s+were|(?:addresses|remarks|statements|speeches)\s+were\s+(?:also\s+)?(?:delivered|made|given)\s+by)\b/i,
};

/**
 * Rule event.regular-session-of-body (widens event.body-session, event-between.ts): "the Forty-Third Regular Meeting of
 * the Conference of Heads of Government of the Caribbean Community", "the 18th Special Meeting of the Council of
 * Ministers of X": "regular" and "special" qualify a standing body's meeting as "ordinary" and "extraordinary" do, and
 * a "Conference of …" of a known organisation is such a body. The data are read by event-between.ts's SESSION_OF and
 * BODY_OF.
 */
export const EVENT_REGULAR_SESSION_OF_BODY = {
  id: 'event.regular-session-of-body',
  qualifiers: ['regular', 'special'],
  bodies: ['Conference'],
};

/**
 * Rule org.form-in-title-complement (widens state.form-reference, rules-fla10.ts): "the Secretary-General of the
 * Community, Dr. X", "the Chair of the Forum, Prime Minister Y", "Deputy Secretary General of the Union": after an
 * organisation's officer title, "the Community" (Forum, Union, Alliance) is the one organisation named in the readout
 * whose name ends with that word, as it is in a role cue; so the office is that organisation's, not the issuer's. Never
 * when two such organisations are named, never after other words ("the future of the Union").
 */
export const ORG_FORM_IN_TITLE_COMPLEMENT = {
  id: 'org.form-in-title-complement',
  /** An organisation officer's title and "of" right before "the Community". */
  titleBefore:
    /\b(?:(?:Deputy|Assistant|Under)[\s-]+)?(?:Secretary[\s-]+General|Secretary|Chair|Chairman|Chairwoman|Chairperson|President|Vice[\s-]+President|Director[\s-]+General|Commissioner|Executive\s+Secretary|Special\s+Envoy|Special\s+Representative|High\s+Representative|Ambassador|Permanent\s+Representative)\s+(?:of|to)\s+$/,
};

/** Rule org.form-in-title-complement: whether `before` (the text right before "the Community") ends with a title. */
export const orgTitleBefore = (before: string): boolean => ORG_FORM_IN_TITLE_COMPLEMENT.titleBefore.test(before);

/**
 * Rule office.head-of-government-in-presidential-stack (widens office.head-of-state-president, rules-fl27a.ts): "The
 * President of the Republic, Head of State, Head of Government, His Excellency Mr X": where a republic's President is
 * also its head of government, "Head of Government" stacked right after "Head of State" names the same presidency, as
 * "Head of State" does; no "Head of Government" office of its own. Not "the Prime Minister, Head of Government, X"
 * (no "Head of State" right before), not "Head of State and Government" (read as it was).
 */
export const OFFICE_HEAD_OF_GOVERNMENT_IN_PRESIDENTIAL_STACK = {
  id: 'office.head-of-government-in-presidential-stack',
  headOfGovernment: /^Head of Government$/,
  /** "Head of State, " right before the title, and where that "Head of State" starts. */
  headOfStateBefore: /\bHead\s+of\s+State\s*,\s*$/,
};

/**
 * Rule office.head-of-government-in-presidential-stack: where the "Head of State" stacked right before a current "Head
 * of Government" at `start` starts, or -1.
 */
export function stackedHeadOfStateAt(title: string, former: boolean | undefined, text: string, start: number): number {
  const r = OFFICE_HEAD_OF_GOVERNMENT_IN_PRESIDENTIAL_STACK;
  if (former || !r.headOfGovernment.test(title)) return -1;
  const before = text.slice(Math.max(0, start - 40), start);
  const m = r.headOfStateBefore.exec(before);
  return m ? start - before.length + m.index : -1;
}

/**
 * Rule org.form-side-reference (widens state.form-reference, rules-fla10.ts): "The Forum's side was led by X", "the
 * Union's delegation comprised …", and "signed … on behalf of the MPS and of the Forum respectively": "the Forum"
 * (Union, Alliance, Community) as a side is the one organisation named whose name ends with that word, told by a
 * possessive side noun after it or by a second "and of" continuing an "on behalf of" before it. Not "the Forum's
 * agenda", not "and of the Union" with no "on behalf of" before.
 */
export const ORG_FORM_SIDE_REFERENCE = {
  id: 'org.form-side-reference',
  /** A possessive side noun after the form word. */
  sideAfter: /^['’]s\s+(?:side|delegation|negotiators?|negotiating\s+team|team|representatives?|envoy)\b/,
  /** "on behalf of <a short side> and of " right before the form word. */
  andOfBefore: /\bon\s+behalf\s+of\s+(?:the\s+)?[^,;.]{1,50}?\s+and\s+of\s+$/,
};

/** Rule org.form-side-reference: whether the form word between `before` and `after` stands for a side. */
export const orgFormSide = (before: string, after: string): boolean =>
  ORG_FORM_SIDE_REFERENCE.sideAfter.test(after) || ORG_FORM_SIDE_REFERENCE.andOfBefore.test(before);

/**
 * Rule agreement.deed-of-transfer (widens agreement.lowercase, agreements.ts): "the deed of transfer of ownership of
 * the twenty-six works was signed for the Republic of Benin by X and for the French Republic by Y", "a deed of cession
 * signed by the two governments": a deed that transfers, cedes or donates between sides is an agreement named by
 * description, with the parties its signatures are made for. Only "deed of" one of those acts (not "good deeds", not
 * "title deed").
 */
export const AGREEMENT_DEED_OF_TRANSFER = {
  id: 'agreement.deed-of-transfer',
  /** The lowercase head, as agreements.ts's LOWER_HEAD alternatives are written. */
  head: 'deeds? of (?:transfer|cession|donation|gift|assignment)(?: of ownership)?',
  /** The head's first word, for the line gate. */
  lineWord: 'deed',
};
