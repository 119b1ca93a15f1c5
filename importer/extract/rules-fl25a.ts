// Rules of round fl25a (issue 6), written after the first look at three new samples (an Indian Ocean presidency's
// plain-text communiqué on talks under a regional mediation, a southern African ministry's web page on an inter-party
// agreement signed before regional witnesses, a Pacific presidency's Markdown release on an agreement signed on the
// margins of a leaders' meeting). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl25a.test.ts. Rule data (patterns) are named next to the rules.
import type { GazetteerHit } from './gazetteer.ts';
import { PLACE_NAME_HEADS } from './lexicons.ts';
import { parseTitleAt, type TitleParse } from './titles.ts';
import type { PersonMention } from './types.ts';

/**
 * Rule event.not-venue-name: "at the Joaquim Chissano International Conference Centre", "in the Kenyatta International
 * Convention Center", "at the Summit Hall": a capitalised run read as an event's name ("… International Conference")
 * that a place or building word (Centre, Center, Hall, Palace, Complex, …) continues is the name of the venue, no
 * event. Only the word right after the name, capitalised, counts ("the Conference Centre" but not "the Conference,
 * Centre-left parties …").
 */
export const EVENT_NOT_VENUE_NAME = {
  id: 'event.not-venue-name',
  /** Right after the name: one space and a place or building word ending a venue's name. */
  venueWord: new RegExp(
    `^[^\\S\\n]+(?:${[...PLACE_NAME_HEADS, 'Hall', 'Hotel', 'Pavilion', 'Auditorium', 'Arena'].join('|')})\\b(?!-)`,
    'u',
  ),
};

/** Rule event.not-venue-name: whether the event name ending at `end` of `text` is continued by a venue word. */
export function venueContinues(text: string, end: number): boolean {
  const next = text.slice(end, end + 20);
  return /^[^\S\n]+\p{Lu}/u.test(next) && EVENT_NOT_VENUE_NAME.venueWord.test(next);
}

/**
 * Rule office.stacked-title-comma-title: "the SADC Facilitator, President Thabo Mbeki of South Africa", "the
 * Chairperson of the African Union, President Jakaya Kikwete of Tanzania", "the Mediator, former President X": a title,
 * a comma, then a second title written before the name: both titles are the person's (the first is not an apposition
 * of the person named before it). After the name, "of <State>" may give the second title's state. Only when the first
 * title names its owner (an organisation or state: "the Chairperson-in-Office, Slovak Minister … X" keeps its reading),
 * not after a possessive ("by its High Representative, former President X" keeps the side's reading), and not when the
 * first title's comma opens a list of titles without names.
 */
export const OFFICE_STACKED_TITLE_COMMA_TITLE = {
  id: 'office.stacked-title-comma-title',
  /** After the name: an optional "of <capitalised words>" (the state of the second title), then a stop. */
  ofStateThenStop:
    /^(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})?\s*(?:[,.;)]|$)/u,
  /** "former" or "then" before the second title. */
  former: /^(?:former|then)[^\S\n]+/,
};

/**
 * Rule office.stacked-title-comma-title: the second title at `at` (after the first title's comma), when a title is
 * read there and one space and a capitalised word (the name) follow it; `former` when "former" or "then" opens it.
 */
export function stackedSecondTitle(
  text: string,
  at: number,
  hits: GazetteerHit[],
): (TitleParse & { former?: boolean }) | undefined {
  const fm = OFFICE_STACKED_TITLE_COMMA_TITLE.former.exec(text.slice(at, at + 12));
  const from = at + (fm ? fm[0].length : 0);
  const t = parseTitleAt(text, from, hits);
  if (!t || t.start !== from || !/^[^\S\n]\p{Lu}/u.test(text.slice(t.end, t.end + 2))) return undefined;
  return fm ? { ...t, former: true } : t;
}

/** Rule office.stacked-title-comma-title: the state of "<name> of <State>", as a title's owner, when one is named. */
export function stateOfAfterName(text: string, end: number, hits: GazetteerHit[]): TitleParse['owner'] {
  const of = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/.exec(text.slice(end, end + 12));
  const h = of && hits.find((x) => x.type === 'State' && !x.demonym && x.start === end + of[0].length);
  return h ? { type: 'State', name: h.name } : undefined;
}

/**
 * Rule negotiates-for.envoy-not-own-holder: "the Special Envoy of the UN Secretary-General, Mr X, the Special Envoy of
 * the Chairperson of the AU Commission, Mr Y": a list of "<title>, <name>" items. X, whose own title stands before the
 * name, is not the agent of the next item's role (that role is Y's), and Y, read with the title written before the
 * comma, is not the principal of X's.
 */
export const NEGOTIATES_FOR_ENVOY_NOT_OWN_HOLDER = { id: 'negotiates-for.envoy-not-own-holder' };

/** Rule negotiates-for.envoy-not-own-holder: whether mention `p` holds the title that ends before `from`. */
export function holdsRoleBefore(p: PersonMention, from: number): boolean {
  return p.rule === 'person.title-comma-name' && p.from !== undefined && p.from < from;
}

/** Rule negotiates-for.envoy-not-own-holder: whether agent `p`, titled before its name, opens a list item at `gap`. */
export function titledListItem(p: PersonMention, gap: string): boolean {
  return p.rule === 'person.title-comma-name' && /^\s*,\s*the\s+$/.test(gap);
}
