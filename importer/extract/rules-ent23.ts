// ent23 rules (issue 6): names the third entities bank (bank-entities-3.ts) found wrong or missed, as general
// constructions: a portfolio for a state's citizens abroad ("Minister of Foreign Affairs, Migration and Tunisians
// Abroad"), … Word lists live in lexicons.ts, states.ts and gazetteer-orgs.ts.

/**
 * Rule office.citizens-abroad-remit: "… and Tunisians Abroad", "… International Cooperation and Gambians Abroad",
 * "… Cooperation and Mauritanians Abroad": a state's demonym in the plural before "Abroad" (or "Overseas", "Living
 * Abroad", "Residing Abroad") is a portfolio of a foreign ministry, and names the title's state. Only before those
 * words: "Americans" alone is no portfolio.
 */
export const CITIZENS_ABROAD = {
  id: 'office.citizens-abroad-remit',
  /** Right after the plural demonym. */
  abroad: /^[^\S\n]+(?:(?:Living|Residing)[^\S\n]+)?(?:Abroad|Overseas)\b/,
};

/** The singular demonym of `word` when it is a known demonym's plural told before "Abroad" (`after` what follows). */
export function citizensAbroad(word: string, after: string, demonyms: ReadonlySet<string>): string | undefined {
  // office.citizens-abroad-same-plural (ent24, rules-ent24-titles.ts): "… and Togolese Abroad", "… and Swiss Abroad".
  if (SAME_PLURAL_DEMONYM.test(word) && demonyms.has(word) && CITIZENS_ABROAD.abroad.test(after)) return word;
  if (!word.endsWith('s') || !CITIZENS_ABROAD.abroad.test(after)) return undefined;
  const one = word.slice(0, -1);
  return demonyms.has(one) ? one : undefined;
}

import { SAME_PLURAL_DEMONYM } from './rules-ent24-titles.ts';

const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Rule event.conference-on-tail: "the Fourth International Conference on Small Island Developing States", "the Ninth
 * Tokyo International Conference on African Development", "the Fourth International Conference on Financing for
 * Development": a named conference, summit, symposium or forum goes on over "on/for" and its capitalised subject
 * (words joined by "of", "and", "for"), which the run of capitalised words before the head had stopped short of. Not a
 * date ("the Summit on Monday"), not "in" (the place is no part of the name), and never a state alone after "on" (that
 * is event.named-on-state's).
 */
export const CONFERENCE_ON_TAIL = {
  id: 'event.conference-on-tail',
  /** The named event's head. */
  head: /\b(?:Conference|Summit|Symposium|Forum)$/,
  /** Its subject right after it; group 1 the capitalised words. */
  tail: /^[^\S\n]+(?:on|for)[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:of|and|for)[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}'’-]*){0,7})/u,
};

/** The named event `surface` with the subject after it (CONFERENCE_ON_TAIL), or as it is. */
export function withConferenceTail(
  text: string,
  surface: string,
  start: number,
  isState: (w: string) => boolean,
): string {
  if (!CONFERENCE_ON_TAIL.head.test(surface)) return surface;
  const end = start + surface.length;
  const m = CONFERENCE_ON_TAIL.tail.exec(text.slice(end, end + 120));
  if (!m) return surface;
  const words = m[1]!.split(/[^\S\n]+/);
  if (MONTH_OR_DAY.test(words[0]!) || isState(m[1]!)) return surface;
  // A date word later in the run ends it ("… on Oceans Monday" is no name).
  const stop = words.findIndex((w) => MONTH_OR_DAY.test(w));
  const kept =
    stop > 0
      ? words
          .slice(0, stop)
          .join(' ')
          .replace(/[^\S\n]+(?:of|and|for|the)$/, '')
      : m[1]!;
  return text.slice(start, end + m[0].length - m[1]!.length + kept.length);
}

/**
 * Rule alias.event-acronym: "the Fourth International Conference on Small Island Developing States (SIDS4)", "(FfD4)",
 * "(TICAD 9)", "(CHOGM 2024)", "(UNGA79)": an acronym in brackets right after an event's name, with its digits or
 * year, is a form the event is known by; so is "COP28" of "COP28 in Dubai".
 */
export const EVENT_ACRONYM = {
  id: 'alias.event-acronym',
  /** Right after the event's mention. */
  bracketed: /^[^\S\n]*\(((?:\p{Lu}[\p{L}]*\p{Lu}|\p{Lu}{2,})(?:[^\S\n]?\d{1,4})?)\)/u,
  /** A conference of the parties named with its place. */
  placed: /^(COP[^\S\n]?\d{1,2})[^\S\n]+in[^\S\n]+\p{Lu}/u,
};

/** The forms EVENT_ACRONYM gives an event mention ending at `end` and named `name`. */
export function eventAcronymForms(text: string, name: string, end: number): { surface: string; start: number }[] {
  const out: { surface: string; start: number }[] = [];
  const b = EVENT_ACRONYM.bracketed.exec(text.slice(end, end + 24));
  if (b) out.push({ surface: b[1]!, start: end + b[0].indexOf(b[1]!) });
  const p = EVENT_ACRONYM.placed.exec(name);
  if (p) out.push({ surface: p[1]!, start: end - name.length });
  return out;
}

/**
 * Rule person.royal-given-name: "His Majesty Sultan Ibrahim … Prime Minister Anwar Ibrahim", "King Charles … Charles
 * Michel", "Sheikh Tamim … Tamim bin Hamad Al Thani": a one-word name after a ruler's style is the ruler's given or
 * regnal name, never another person's surname; it joins only a longer name that begins with it.
 */
export const ROYAL_GIVEN_NAME = {
  id: 'person.royal-given-name',
  /** The style right before the one-word name, in the mention as written. */
  style:
    /\b(?:Sultan|King|Queen|Emir|Amir|Emperor|Empress|Grand[^\S\n]+Duke|Grand[^\S\n]+Duchess|Prince|Princess|Sheikh|Sheikha|Sayyid|Crown[^\S\n]+Prince)[^\S\n]+$/,
};

/** Whether a one-word person mention (`surface` as written, `raw` its name) is a ruler's given name. */
export function royalGivenName(surface: string, raw: string, titles: readonly { title: string }[]): boolean {
  if (/\s/.test(raw.trim())) return false;
  const at = surface.lastIndexOf(raw);
  if (at > 0 && ROYAL_GIVEN_NAME.style.test(surface.slice(0, at))) return true;
  return titles.some((t) => /^(?:Sultan|King|Queen|Emir|Amir|Emperor|Empress|Grand Duke)\b/.test(t.title));
}

/**
 * Rule agreement.treaty-organisation: "the Collective Security Treaty Organization", "the Amazon Cooperation Treaty
 * Organization": a treaty's name followed by "Organization" is the body's name, no agreement.
 */
export const TREATY_ORGANISATION = {
  id: 'agreement.treaty-organisation',
  after: /^[^\S\n]+Organi[sz]ation\b/,
};

/** Whether an agreement's span (`start`, `surface`) runs on into an organisation's name. */
export function treatyOrganisation(text: string, span: { start: number; surface: string }): boolean {
  const end = span.start + span.surface.length;
  return /Treaty$/.test(span.surface) && TREATY_ORGANISATION.after.test(text.slice(end, end + 16));
}

/**
 * Rule org.national-body-of-state: "the Secretary of the Security Council of the Russian Federation", "the Human Rights
 * Council of Sri Lanka": a generic body's name followed by "of <a state>" is that state's own body, not the
 * international one the bare name stands for.
 */
export const NATIONAL_BODY_OF_STATE = {
  id: 'org.national-body-of-state',
  /** Right after the generic name; group 1 the words that may name a state. */
  of: /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:and[^\S\n]+)?\p{Lu}[\p{L}'’-]*){0,4})/u,
};

/** Whether the generic name ending before `after` is followed by "of <state>" (`isState` tells a state's name). */
export function nationalBodyOfState(after: string, isState: (name: string) => boolean): boolean {
  const m = NATIONAL_BODY_OF_STATE.of.exec(after);
  if (!m) return false;
  const words = m[1]!.split(/[^\S\n]+/);
  for (let n = words.length; n > 0; n--) if (isState(words.slice(0, n).join(' '))) return true;
  return false;
}
