// ent25 rules (issue 6): names and offices the fifth entities bank (bank-entities-5.ts) found wrong or missed, as
// general constructions: a state's name inside a person's name ("Chad Wolf", "Mark Holland"). Word lists live in
// lexicons.ts, states.ts and gazetteer-orgs.ts.
import type { GazetteerHit } from './gazetteer.ts';
import { HONORIFICS, PERSON_ROLE_NOUNS, TITLE_HEADS } from './lexicons.ts';
import { alt } from './text.ts';

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const TITLE_ALT = alt([...TITLE_HEADS, 'Senator', 'Governor', 'Mayor', 'Secretary', 'Undersecretary']);
const STYLE_ALT = alt(['Mr', 'Ms', 'Mrs', 'Dr', ...HONORIFICS.filter((h) => !/\s/.test(h))]);

/**
 * Rule person.state-word-name: "Acting Secretary of Homeland Security Chad Wolf", "Minister of Health Mark Holland",
 * "businessman Israel Ortiz", "Jordan Bardella, President of the …": a one-word state name next to a capitalised
 * name word, the pair right after a title (with its complement), a calling or a style (or, the state first, followed
 * by a comma and a title), is a person's given or family name, not the State. Not after "of", "to", "for", "in" ("Ambassador to Chad
 * Smith" keeps its state), and only in prose lines (a title-case headline has too few lower-case words to tell).
 */
export const STATE_WORD_NAME = {
  id: 'person.state-word-name',
  /** Before the name: a title and its capitalised complement, a calling or a style, then a space. */
  lead: new RegExp(
    String.raw`(?:\b(?:${TITLE_ALT})(?:[^\S\n]+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*|\b(?:${alt(PERSON_ROLE_NOUNS)})|\b(?:${STYLE_ALT})\.?)[^\S\n]+$`,
    'u',
  ),
  /** After the name: a comma, then a title ("…, President of the Rassemblement National"). */
  apposition: new RegExp(String.raw`^,[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,2}(?:${TITLE_ALT})\b`, 'u'),
  /** The word before the state that keeps it a state. */
  place: /\b(?:of|to|for|in|from|and|with|at|on|the)[^\S\n]+$/i,
  nextWord: new RegExp(String.raw`^[^\S\n]+(${NAME_WORD})(?![\p{L}])`, 'u'),
  prevWord: new RegExp(String.raw`(?<![\p{L}])(${NAME_WORD})[^\S\n]+$`, 'u'),
  /** A prose line: two lower-case words in a row. */
  prose: /\b\p{Ll}{3,}[^\S\n]+\p{Ll}{2,}\b/u,
};

/** The line of `text` around [start, end). */
function lineAround(text: string, start: number, end: number): string {
  const a = text.lastIndexOf('\n', start) + 1;
  const b = text.indexOf('\n', end);
  return text.slice(a, b < 0 ? text.length : b);
}

/** Whether the capitalised word `w` is a name word rather than a title, a state or an organisation's start. */
function nameWord(w: string, at: number, hits: GazetteerHit[]): boolean {
  const R = STATE_WORD_NAME;
  return (
    !new RegExp(`^(?:${TITLE_ALT})$`).test(w) &&
    !hits.some((h) => h.start <= at && h.end > at) &&
    !R.place.test(` ${w} `)
  );
}

/** Whether the state hit `h` is part of a person's name (STATE_WORD_NAME). */
export function stateWordInName(text: string, h: GazetteerHit, hits: GazetteerHit[]): boolean {
  const R = STATE_WORD_NAME;
  if (h.type !== 'State' || h.demonym || h.capital || !/^\p{Lu}\p{Ll}+$/u.test(h.surface)) return false;
  if (!R.prose.test(lineAround(text, h.start, h.end))) return false;
  const before = text.slice(Math.max(0, h.start - 90), h.start);
  const after = text.slice(h.end, h.end + 90);
  const next = R.nextWord.exec(after);
  // Given name: "Chad Wolf".
  if (next && !R.place.test(before) && nameWord(next[1]!, h.end + next[0].length - next[1]!.length, hits)) {
    const rest = after.slice(next[0].length);
    if (R.lead.test(before) || R.apposition.test(rest)) return true;
  }
  // Family name: "Mark Holland".
  const prev = R.prevWord.exec(before);
  if (!prev || !nameWord(prev[1]!, h.start - prev[0].length, hits)) return false;
  const lead = before.slice(0, before.length - prev[0].length);
  return !R.place.test(lead) && R.lead.test(lead);
}

/**
 * The later mentions of a name's state word on its own, as the name's short form: "Holland announced …" after "Minister
 * of Health Mark Holland" (a verb or possessive after it, no place word before it).
 */
export function stateWordEchoes(text: string, inNames: GazetteerHit[], hits: GazetteerHit[]): GazetteerHit[] {
  const words = new Set(inNames.map((h) => h.surface));
  return hits.filter(
    (h) =>
      h.type === 'State' &&
      words.has(h.surface) &&
      !inNames.includes(h) &&
      !STATE_WORD_NAME.place.test(text.slice(Math.max(0, h.start - 12), h.start)) &&
      /^(?:[^\S\n]+\p{Ll}|['’]s\b)/u.test(text.slice(h.end, h.end + 4)),
  );
}

/** The state words of the document being read that are parts of people's names, by start (person.state-word-name). */
let named: { text: string; words: Map<number, string> } = { text: '', words: new Map() };

/** Keeps the state hits of `text` that are parts of people's names, for the name readers of people.ts and titles.ts. */
export function markStateWordsInNames(text: string, hits: GazetteerHit[]): void {
  named = { text, words: new Map(hits.map((h) => [h.start, h.surface])) };
}

/** Whether the word at `at` of `text` is a state word kept as part of a person's name. */
export const stateWordInNameAt = (text: string, at: number): boolean => named.text === text && named.words.has(at);

/** The state words kept as parts of names inside [at, at + length) of `text`. */
export function stateWordsInNameWithin(text: string, at: number, length: number): Set<string> {
  const out = new Set<string>();
  if (named.text !== text) return out;
  for (const [start, w] of named.words) if (start >= at && start < at + length) out.add(w);
  return out;
}
