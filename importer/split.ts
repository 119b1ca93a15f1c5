// Stage 2: text → Sentence[] with offsets into the text. Lines are blocks; short unpunctuated lines are
// headings (their own sentence); prose lines split at . ! ? unless the period ends an abbreviation.
import type { Sentence } from './types.ts';

/** Tokens that end with a period without ending the sentence (compared without the period). */
const ABBREVIATIONS = new Set(
  [
    'mr',
    // "Md. Shahidul Haque", "Mohd. Ali": Mohammad abbreviated before a South or Southeast Asian name.
    'md',
    'mohd',
    // ent21: "Ma. Theresa Lazaro": Maria abbreviated before a Philippine name.
    'ma',
    'mrs',
    'ms',
    'dr',
    'prof',
    'h.e',
    'st',
    'sr',
    'jr',
    'gen',
    'lt',
    'col',
    'capt',
    // fl11b: "Maj.-Gen. (res.) X", "Brig. Gen. (ret.) Y".
    'maj',
    'brig',
    'res',
    'ret',
    'adm',
    'rep',
    'sen',
    'gov',
    'amb',
    'hon',
    // fl20a: "Dr. the Rt. Hon. X", "the Rt. Hon. Y" (Commonwealth style).
    'rt',
    'rev',
    'no',
    'nos',
    'vol',
    'art',
    'para',
    'fig',
    'approx',
    'etc',
    'vs',
    'cf',
    'e.g',
    'i.e',
    'u.s',
    'u.k',
    'u.n',
    'e.u',
    'p.m',
    'a.m',
    'inc',
    'ltd',
    'co',
    'corp',
    'dept',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'mt',
    'ft',
  ].map((s) => s.toLowerCase()),
);

/**
 * The ASCII letters and periods right before `end` in `line`: what `/([A-Za-z.]+)$/` captures of `line.slice(0, end)`,
 * read backwards from `end` (the pattern tries every position of the line and runs each word to its end).
 */
function trailingLetters(line: string, end: number): string {
  const letterOrDot = (c: number) => c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let i = end;
  while (i > 0 && letterOrDot(line.charCodeAt(i - 1))) i--;
  return line.slice(i, end);
}

/**
 * Rule split.non-ascii-capital (fl21a): a sentence may open with a capital outside ASCII ("… on 11–12 June. Þórdís
 * Kolbrún recalled …", "… in Ankara. Çavuşoğlu said …", "… . Ålands …"): the boundary looks for any capital letter
 * (it looked for A–Z only, so such a sentence ran on into the one before it, and the future tense of the one after
 * made the events of both "planned"). A single such capital before the period is an initial, as an ASCII one is.
 */
export const SPLIT_NON_ASCII_CAPITAL = {
  id: 'split.non-ascii-capital',
  /** A sentence's end: its mark and closing quotes or brackets, before a space and a capital or a digit. */
  boundary: /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}0-9])/gu,
  /** A single capital outside ASCII right before the period, after no letter: an initial. */
  initial: /(?:^|[^\p{L}])[^\P{Lu}A-Z]$/u,
};

/** True when the period at `dot` in `line` ends an abbreviation or an initial, not a sentence. */
function isAbbreviation(line: string, dot: number): boolean {
  const before = trailingLetters(line, dot);
  const word = before.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (/^[A-Z]$/.test(before)) return true; // an initial: "S. Jaishankar"
  // split.non-ascii-capital (fl21a): an initial with a diacritic or of another alphabet, "Ö. Çelik", "Þ. Gylfadóttir".
  if (!before && SPLIT_NON_ASCII_CAPITAL.initial.test(line.slice(Math.max(0, dot - 2), dot))) return true;
  if (/^([a-z]\.)+[a-z]$/i.test(word)) return true; // "U.S", "H.E"
  // A list number at the start of a line: "1. The inaugural …"
  if (/^\s*\d{1,2}$/.test(line.slice(0, dot))) return true;
  return false;
}

/** A line that is a heading: short, no sentence-final punctuation. */
function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length < 200 && !/[.!?:;]["”’)]*$/.test(t);
}

/**
 * Splits text into sentences and headings with exact offsets (`text.slice(start, end) === sentence.text`).
 * @example splitSentences('Mr. Abe met Mr. Xi. They agreed.').map((s) => s.text) // ['Mr. Abe met Mr. Xi.', 'They agreed.']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, heading: boolean) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ index: out.length, text: text.slice(start, end), start, end, heading });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const base = lineStart;
    lineStart += line.length + 1;
    if (!line.trim()) continue;
    if (isHeading(line)) {
      push(base, base + line.length, true);
      continue;
    }
    let s = 0;
    const re = SPLIT_NON_ASCII_CAPITAL.boundary;
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      // "(res.)", "(ret.)": an abbreviation closed by its own bracket ends no sentence either.
      const bracketed = m[0] === '.)' && /\([A-Za-z]+$/.test(line.slice(0, m.index));
      if (m[0][0] === '.' && (m[0].length === 1 || bracketed) && isAbbreviation(line, m.index)) continue;
      const end = m.index + m[0].length;
      push(base + s, base + end, false);
      s = end;
    }
    push(base + s, base + line.length, false);
  }
  return out;
}
