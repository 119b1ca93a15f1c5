// The off32 office rules (issue 6): constructions of the annotated samples' missed and false offices (docs/first-look.md,
// "Offices, HOLDS_OFFICE and OFFICE_OF on the annotated samples, round 2 by cause"). Rule ids are what --explain prints.
import { OFFICE_HEAD_OF_STATE_PRESIDENT, presidentialState } from './rules-fl27a.ts';
import { capitalState } from './capital-metonyms.ts';
import { STATE_BY_NAME } from './states.ts';

/**
 * Rule office.head-of-state-ref-president: "the Senegalese Head of State was welcomed by his host", "the first visit
 * by an Indonesian Head of State in thirty years": a republic's "Head of State" named with its state but with no holder
 * is that state's President, as office.head-of-state-president (fl27a) reads it beside a named holder; one office (the
 * President's, with "Head of State of X" among its names), not a second office of no one.
 */
export const OFFICE_HEAD_OF_STATE_REF_PRESIDENT = { id: 'office.head-of-state-ref-president' };

/** The title a holderless reference `title` of `owner` stands for: "President" for a republic's "Head of State". */
export function headOfStateRefTitle(title: string, owner: { type: string; name: string }): string | undefined {
  if (owner.type !== 'State' || !OFFICE_HEAD_OF_STATE_PRESIDENT.headOfState.test(title)) return undefined;
  return presidentialState(STATE_BY_NAME.get(owner.name)?.official ?? owner.name) ? 'President' : undefined;
}

/**
 * Rule office.org-named-in-title: "Mr A, chief negotiator of LURD", "B, Member of the Fatah Central Committee", "the
 * Chairman of the ECOWAS Authority of Heads of State and Government, C": a title with no owner of its own whose words
 * name an organisation the gazetteer or the text's own acronym knows (not one found by its form alone, as a state's
 * "Transitional Sovereignty Council" is), right after "of (the)", is that organisation's office, not one of a state
 * guessed from the issuer or the sentence.
 */
export const OFFICE_ORG_NAMED_IN_TITLE = {
  id: 'office.org-named-in-title',
  /** What stands right before the organisation's name inside the title. */
  before: /\s(?:of|at)\s+(?:the\s+)?$/,
  /** An acronym the text gives a name found by its form ("Liberians United for … (LURD)"): a name all the same. */
  acronym: /^[A-Z][A-Z&-]{2,}$/,
};

/** The organisation `office.org-named-in-title` gives a title read over `text[start, end)`, if any. */
export function orgNamedInTitle(
  text: string,
  start: number,
  end: number,
  hits: readonly { type: string; name: string; start: number; end: number; pattern?: boolean; surface?: string }[],
): string | undefined {
  const inside = hits.filter(
    (h) =>
      h.type === 'Organization' &&
      (!h.pattern || OFFICE_ORG_NAMED_IN_TITLE.acronym.test(h.surface ?? '')) &&
      h.start > start &&
      h.end <= end &&
      OFFICE_ORG_NAMED_IN_TITLE.before.test(text.slice(start, h.start)),
  );
  const names = new Set(inside.map((h) => h.name));
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * Rule office.ambassador-in-place: "assisted by the Ambassador of Norway in Colombo, Mr. A", "the Ambassador of the
 * People's Republic of China in Ecuador, B, attended": an ambassador's post told by the capital or the state he serves
 * "in", with his name right after, is the office "Ambassador of X to <that state>" (GUIDE's "Ambassador of China to the
 * United States"), held by that name. Not without a name after the place: "received the Ambassador of Iran in Baghdad
 * on 2 April" may tell where they met.
 */
export const OFFICE_AMBASSADOR_IN_PLACE = {
  id: 'office.ambassador-in-place',
  /** The title before "of X": an ambassador's. */
  head: /^(?:[\p{L}-]+\s+)?(?:Ambassador|High Commissioner|Chargé d'Affaires|Charge d'Affaires)$/u,
  /** " in <Place>" up to the comma before a capitalised name. */
  inPlace:
    /^[^\S\n]+in[^\S\n]+((?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})(?=,[^\S\n]+\p{Lu})/u,
};

/** Where `office.ambassador-in-place`'s place ends after `i` (the end of "of X"), and the state it names. */
export function ambassadorInPlace(
  text: string,
  i: number,
  title: string,
  hits: readonly { type: string; name: string; start: number; end: number; demonym: boolean }[],
): { end: number; state: string } | undefined {
  if (text.slice(i, i + 4) !== ' in ' || !OFFICE_AMBASSADOR_IN_PLACE.head.test(title)) return undefined;
  const m = OFFICE_AMBASSADOR_IN_PLACE.inPlace.exec(text.slice(i, i + 80));
  if (!m) return undefined;
  const end = i + m[0].length;
  const place = m[1]!.replace(/^the\s+/, '');
  const hit = hits.find((h) => h.type === 'State' && !h.demonym && h.end === end && h.start >= end - m[1]!.length);
  const state = hit?.name ?? capitalState(place);
  return state ? { end, state } : undefined;
}

/**
 * Rule office.org-title-no-guessed-state: "the Secretary-General, A, addressed the session", "Secretary General B of the
 * Forum" with no state of its own, "Commissioner for Peace and Security C": titles that an organisation's officials
 * bear bare (a state's Secretary-General or Commissioner is one "of the Ministry", "of Police") are not given a state
 * guessed from the issuer, the sentence or the visit; the issuing organisation's, if the readout is one, else none.
 */
export const OFFICE_ORG_TITLE_NO_GUESSED_STATE = {
  id: 'office.org-title-no-guessed-state',
  title: /^(?:(?:Deputy|Assistant|Under-)\s*)?Secretary[- ]General$|^Commissioner(?: for \p{Lu}[\p{L}, -]*)?$/u,
};

/** Whether `title` is one `office.org-title-no-guessed-state` keeps from a guessed state. */
export const orgOnlyTitle = (title: string): boolean => OFFICE_ORG_TITLE_NO_GUESSED_STATE.title.test(title);
