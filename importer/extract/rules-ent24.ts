// ent24 rules (issue 6): names and offices the fourth entities bank (bank-entities-4.ts) found wrong or missed, as
// general constructions: a given name written as initials ("JD Vance", "KP Sharma Oli"), … Word lists live in
// lexicons.ts, states.ts and gazetteer-orgs.ts.
import type { PersonMention } from './types.ts';

/**
 * Rule person.initials-given-name: "JD Vance", "KP Sharma Oli", "MK Stalin": a first word of two or three capitals
 * with no vowel is a given name written as initials, not a family name in capitals put first ("KIKUTA Yutaka"), so
 * the name keeps its order and the initials their case. "NG" is a family name ("NG Eng Hen"); a word with a vowel
 * ("LEE", "KIM", "OH") may be one too.
 */
export const INITIALS_GIVEN = {
  id: 'person.initials-given-name',
  word: /^[B-DF-HJ-NP-TV-XZ]{2,3}$/,
  /** Capital words without a vowel that are family names. */
  familyNames: new Set(['NG']),
};

/** Whether `w`, first in a name of more words, is a given name's initials (INITIALS_GIVEN). */
export const isGivenInitials = (w: string): boolean =>
  INITIALS_GIVEN.word.test(w) && !INITIALS_GIVEN.familyNames.has(w);

/**
 * Rule person.title-word-surname: "Amy Pope met …", "Senator Angus King of Maine": a title word that is also a family
 * name ends a name of two or more words when nothing capitalised follows it (no "Pope Francis", "King Charles") and
 * no "of" and a state ("… King of Jordan"): it is the person's family name, not a title cutting the name to "Amy".
 */
export const TITLE_WORD_SURNAME = {
  id: 'person.title-word-surname',
  words: new Set(['Pope', 'King']),
  /** Right after the name: "of" and the word a state would be (group 1). */
  ofNext: /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}'’-]*)/u,
};

/** Whether `last`, the last of a name's words and a title word, is the family name (TITLE_WORD_SURNAME). */
export function titleWordSurname(last: string, after: string, isStateWord: (w: string) => boolean): boolean {
  if (!TITLE_WORD_SURNAME.words.has(last)) return false;
  const of = TITLE_WORD_SURNAME.ofNext.exec(after);
  return !of || !isStateWord(of[1]!);
}

export { PLURAL_POSSESSIVE, SAME_PLURAL_DEMONYM } from './rules-ent24-titles.ts';

/** A person mention's title, as the person readers give it (types.ts `PersonMention['titles']`). */
type MentionTitle = PersonMention['titles'][number];

/**
 * Rule office.counterpart-title: "Foreign Minister A held talks with his Ghanaian counterpart, B", "Egypt's Foreign
 * Minister A told his Iranian counterpart, B": B holds A's office in the adjective's state. A is the last person
 * before in the sentence with a present title; the title is cut at its first comma ("Minister of Foreign Affairs,
 * African Integration and Togolese Abroad" → "Minister of Foreign Affairs"). Not a bare rank ("Minister A … his
 * Italian counterpart": "Minister" alone names no office), not an aide's or envoy's title of another's.
 */
export const COUNTERPART_TITLE = {
  id: 'office.counterpart-title',
  /** What the counterpart does not share: the portfolio list after the first comma. */
  cut: /,[\s\S]*$/,
  /** One word is a rank, not an office. */
  rank: /^\S+$/,
};

/** B's title from the subject's (COUNTERPART_TITLE), owned by `state`; `span` the words that tell it. */
export function counterpartTitle(
  people: readonly PersonMention[],
  sentence: number,
  span: { start: number; end: number },
  state: string,
): MentionTitle | undefined {
  let subject: PersonMention | undefined;
  for (const m of people)
    if (m.sentence === sentence && m.end <= span.start && m.titles.some((t) => !t.former)) subject = m;
  const t = subject?.titles.find((x) => !x.former && !x.principal && !x.principalPerson && !x.ownLeader);
  if (!t) return undefined;
  const title = t.title.replace(COUNTERPART_TITLE.cut, '');
  if (COUNTERPART_TITLE.rank.test(title)) return undefined;
  return {
    start: span.start,
    end: span.end,
    surface: title,
    title,
    lowercase: false,
    owner: { type: 'State', name: state },
    rule: COUNTERPART_TITLE.id,
  };
}

/**
 * Rule person.regnal-numeral-case: "Pope Leo XIV", "King Carl XVI Gustaf", "Abdullah II": a Roman numeral after the
 * first word of a name keeps its capitals (it was "II" to "VIII" only, so "Leo XIV" came out "Leo Xiv").
 */
export const REGNAL_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Rule office.org-acronym-forms: "WTO Director-General X", "MILF Chairman Y", "IOM Director General Z": an office of an
 * organisation the text also names by its acronym is known by that acronym too ("Director-General of the WTO",
 * "Chairman of MILF"), as a state's office is by each spelling of the state (ownerSpellings in people-stage.ts).
 */
export const ORG_ACRONYM_FORMS = {
  id: 'office.org-acronym-forms',
  acronym: /^\p{Lu}[\p{Lu}\d/-]{1,9}$/u,
};

/** The office's forms with each acronym the text gives its organisation (ORG_ACRONYM_FORMS). */
export function orgAcronymForms(title: string, surfaces: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of new Set(surfaces))
    if (ORG_ACRONYM_FORMS.acronym.test(s)) out.push(`${title} of ${s}`, `${title} of the ${s}`);
  return out;
}

/**
 * Rule event.acronym-out-of-name: "the Antalya Diplomacy Forum (ADF)": an acronym in brackets closing a named event's
 * run is no part of its name; it is the event's alias (alias.event-acronym, rules-ent23.ts, reads it after the name).
 */
export const EVENT_NAME_ACRONYM = {
  id: 'event.acronym-out-of-name',
  tail: /[^\S\n]*\((?:\p{Lu}[\p{L}]*\p{Lu}|\p{Lu}{2,})(?:[^\S\n]?\d{1,4})?\)$/u,
};

/** The named event's surface without a closing bracketed acronym (EVENT_NAME_ACRONYM). */
export const withoutNameAcronym = (surface: string): string => {
  const m = EVENT_NAME_ACRONYM.tail.exec(surface);
  return m && m.index > 0 ? surface.slice(0, m.index) : surface;
};
