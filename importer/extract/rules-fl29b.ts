// Rules of round fl29b (issue 6), written after the first look at three new samples (a Nordic foreign ministry's
// Markdown release on a boundary agreement signed in another capital, a Central European government's web page on a
// summit of a new European forum and the talks on its sidelines, a Benelux prime minister's chancellery's plain-text
// release on a release negotiated through a Gulf mediator). Each rule is a general construction; tests on made-up
// sentences, negative ones included, in rules-fl29b.test.ts. Rule data (patterns) are named next to the rules.
import type { Ctx } from './context.ts';
import { matchAllInLines } from './text.ts';

const SP = '[^\\S\\n]+';
/** A weekday or month after "on": a date, not what the agreement is on. */
const WHEN =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b';
const NAME = `\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:of${SP}(?:the${SP})?)?\\p{Lu}[\\p{L}'’-]*){0,4}`;

/**
 * Rule agreement.signed-with-party: "A and B today signed in Ottawa an agreement with Canada that settles …", "Norway
 * concluded a new treaty with the European Union": an agreement told by its head and the party after "with", right after
 * a verb of signing or concluding (a place or a time word may stand between), is an agreement named "<head> with
 * <party>" when the party is a state or an organisation the text names there. Not "in agreement with X", not "X's
 * position", not an agreement another rule already names over the span.
 */
export const AGREEMENT_SIGNED_WITH_PARTY = {
  id: 'agreement.signed-with-party',
  /** A cheap gate: the text holds " with " after one of the heads. */
  gate: /\b(?:agreement|treaty|accord)[^\S\n]+with\b/u,
  /**
   * perf32: the lines the pattern runs on: those holding a head and "with" (no match takes a newline, every match
   * holds this), not the whole text.
   */
  line: /(?:agreement|treaty|accord)[^\S\n]+with\b/u,
  /** Group 1: "agreement with Canada" (the name); group 2: the party's name. */
  pattern: new RegExp(
    `\\b(?:signed|concluded|initiall?ed|sign|conclude|initial)` +
      `(?:${SP}(?:in|at)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?)?` +
      `(?:${SP}(?:today|yesterday|tomorrow|on${SP}\\p{Lu}\\p{Ll}+(?:${SP}\\d{1,2})?))?` +
      `(?:${SP}(?:in|at)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?)?` +
      `${SP}(?:an?|the)${SP}(?:(?:new|historic|landmark|bilateral|long-awaited|first)${SP})?` +
      `((?:agreement|treaty|accord)${SP}with${SP}(?:the${SP})?(?:Government${SP}of${SP}(?:the${SP})?)?(${NAME}))` +
      `(?![\\p{L}'’-]|${SP}\\p{Lu}|${SP}(?:on|of|concerning|regarding)${SP}(?!${WHEN}))`,
    'gu',
  ),
};

/** A name span to add as an agreement. */
export interface NamedSpan {
  surface: string;
  start: number;
  rule: string;
}

/** Rule agreement.signed-with-party: the spans of "agreement with <party>" after a signing verb. */
export function signedWithParty(ctx: Ctx): NamedSpan[] {
  const { gate, line, pattern, id } = AGREEMENT_SIGNED_WITH_PARTY;
  if (!gate.test(ctx.text)) return [];
  const out: NamedSpan[] = [];
  for (const m of matchAllInLines(ctx.text, pattern, line)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    if (/['’]s$/u.test(m[2]!)) continue; // "an agreement with Iceland’s agency": a possessive, not the party
    const partyAt = start + m[1]!.length - m[2]!.length;
    const partyEnd = partyAt + m[2]!.length;
    const party = ['State', 'Organization'].some(
      (t) => ctx.within(t as 'State', partyAt, partyEnd).length || ctx.covering(t as 'State', partyAt, partyEnd).length,
    );
    if (!party || ctx.covering('Agreement', start, start + m[1]!.length).length) continue;
    out.push({ surface: m[1]!, start, rule: id });
  }
  return out;
}

/**
 * Rule state.form-in-title-complement (widens state.form-reference, rules-fla10.ts, as org.form-in-title-complement
 * does for organisations): "His Majesty Sultan X, Sultan of Oman, and the Minister of Foreign Affairs of the Sultanate,
 * Y", "the Ambassador of the Kingdom, Z": after a state officer's title and "of", "the Sultanate" (Kingdom, Emirate,
 * Principality, Grand Duchy) is the one state named in the readout whose formal name opens with that word, so the office
 * is that state's, not the issuer's. Never when two such states are named, never after other words ("the history of
 * the Kingdom").
 */
export const STATE_FORM_IN_TITLE_COMPLEMENT = {
  id: 'state.form-in-title-complement',
  /** A state officer's title (its complements capitalised: "Minister of Foreign Affairs") and "of" right before. */
  titleBefore:
    /\b(?:(?:Deputy|Vice|Assistant|First)[\s-]+)?(?:Minister|Secretary|President|Ambassador|Envoy|Representative|Chancellor|Governor|Speaker|Chief|Head|Consul(?:[\s-]+General)?)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){0,6}?\s+of\s+$/u,
};

/** Rule state.form-in-title-complement: whether `before` (the text right before "the Sultanate") ends with a title. */
export const stateTitleBefore = (before: string): boolean => STATE_FORM_IN_TITLE_COMPLEMENT.titleBefore.test(before);

/**
 * Rule person.list-item-apposition (widens the name lists of plural appositions, plural-people.ts's readNameList):
 * "their special envoys, Ruben A, Deputy Speaker of the National Assembly of X, and Ambassador Serdar B", "the
 * co-chairs, A, Minister of Foreign Affairs of X, and B, Minister of Foreign Affairs of Y": an item of the list may
 * carry its own title, set off by commas after the name or standing right before it; the list reads on past it. The
 * title must be one the title reader reads whole up to the comma (or up to the name), and a name or "and" must follow.
 */
export const PERSON_LIST_ITEM_APPOSITION = {
  id: 'person.list-item-apposition',
  /** ", " (and "the") right after a listed name, before its title. */
  open: /^,[^\S\n]+(?:the[^\S\n]+)?/u,
  /** After the title: a comma, then "and" or the next name. */
  close: /^,[^\S\n]+(?:and[^\S\n]+)?\p{Lu}/u,
  /** After a title standing before a name: one space and a capitalised word. */
  nameAfter: /^[^\S\n]\p{Lu}\p{Ll}/u,
};

/**
 * Rule person.list-item-apposition: how many characters after a listed name (at `at`) are its own title in commas
 * (", Deputy Speaker of the National Assembly of X"), so that the list's separator comes next; 0 when none.
 * `titleEnd` reads a title at a position and gives its end (or undefined).
 */
export function listItemAppositionLength(
  text: string,
  at: number,
  titleEnd: (pos: number) => number | undefined,
): number {
  const { open, close } = PERSON_LIST_ITEM_APPOSITION;
  const o = open.exec(text.slice(at, at + 8));
  if (!o) return 0;
  const end = titleEnd(at + o[0].length);
  return end !== undefined && close.test(text.slice(end, end + 8)) ? end - at : 0;
}

/** Rule person.list-item-apposition: the length of a title standing right before a listed name ("Ambassador "), or 0. */
export function listItemTitleLength(text: string, at: number, titleEnd: (pos: number) => number | undefined): number {
  const end = titleEnd(at);
  return end !== undefined && end - at <= 40 && PERSON_LIST_ITEM_APPOSITION.nameAfter.test(text.slice(end, end + 3))
    ? end + 1 - at
    : 0;
}

/**
 * Rule event.told-met-demonym-title-holder (widens event.told-met-demonym-title-subject, rules-fl28c.ts, which looks
 * for the holder in the opening only): "The Armenian Prime Minister also met the President of Türkiye, X, in Prague",
 * in a readout whose opening tells another gathering: the subject is the one person the readout has named before that
 * sentence whose office has that title and belongs to the demonym's state. Never when two such people are named.
 */
export const EVENT_TOLD_MET_DEMONYM_TITLE_HOLDER = {
  id: 'event.told-met-demonym-title-holder',
  subject:
    /^\s*The[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(Prime[^\S\n]+Minister|Foreign[^\S\n]+Minister|President|Chancellor|Premier)[^\S\n]+(?:(?:also|then|later|subsequently|separately)[^\S\n]+)?$/u,
};

/**
 * Rule event.told-met-demonym-title-holder: the one holder (among `holders`, each a person with an office's bare title
 * and owner) of the title a demonym subject opens `beforeVerb` with, `stateOf` giving the demonym's state.
 */
export function demonymTitleHolder<P>(
  beforeVerb: string,
  stateOf: (demonym: string) => string | undefined,
  holders: readonly { who: P; title: string; owner: string }[],
): P | undefined {
  const m = EVENT_TOLD_MET_DEMONYM_TITLE_HOLDER.subject.exec(beforeVerb);
  const state = m ? stateOf(m[1]!) : undefined;
  if (!m || !state) return undefined;
  const title = m[2]!.replace(/\s+/g, ' ');
  const who = new Set(holders.filter((h) => h.owner === state && h.title === title).map((h) => h.who));
  return who.size === 1 ? [...who][0] : undefined;
}
