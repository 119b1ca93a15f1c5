// The fla10 round's rules (issue 6, constructions 1, 2 and 8), written on three new first-look samples (a Gulf
// wire agency, a Central Asian presidency, a Pacific regional secretariat) and tested on made-up sentences in
// rules-fla10.test.ts. People, titles and honorific chains only; rule ids are what --explain prints.
import { HONORIFIC_STARTS_NAME } from './lexicons.ts';
import type { PersonMention, TitleRef } from './types.ts';

/** Patterns of the fla10 rules, as named data. */
export const FLA10_PATTERNS = {
  /** Rule office.honorific-ends-title (the pattern lives in lexicons.ts, read by titles.ts). */
  honorificStartsName: HONORIFIC_STARTS_NAME,
  /** Rule office.stacked-titles: only a comma between a bare title and the title chain of the name after it. */
  stackGap: /^,[^\S\n]+$/,
  /** An article or possessive right before a title: it refers to a person of its own, it is no stacked title. */
  articleBefore: /\b(?:the|a|an|his|her|its|their)\s+$/i,
};

/**
 * Rule office.stacked-titles: "Saudi Crown Prince, Deputy Prime Minister and Minister of Defense His Royal Highness
 * Prince X": a bare title (no article) set before a chain of two or more titles that ends in the name, with only a
 * comma between, is one more title of that person; a state or organisation written before the first title owns the
 * titles of the chain that name no owner of their own.
 */
export function stackedTitleHolder(text: string, r: TitleRef, people: PersonMention[]): PersonMention | undefined {
  if (r.lowercase || r.principalAt !== undefined) return undefined;
  if (FLA10_PATTERNS.articleBefore.test(text.slice(Math.max(0, r.start - 6), r.start))) return undefined;
  const chainStart = (x: PersonMention) => Math.min(x.from ?? x.start, ...x.titles.map((t) => t.start));
  const next = people.find((x) => x.titles.length >= 2 && chainStart(x) >= r.end && chainStart(x) - r.end <= 3);
  if (!next || !FLA10_PATTERNS.stackGap.test(text.slice(r.end, chainStart(next)))) return undefined;
  return next;
}

/** The owner a stacked chain's first title gives the titles after it that name none (office.stacked-titles). */
export function shareStackOwner(first: TitleRef, holder: PersonMention): void {
  if (!first.owner) return;
  for (const t of holder.titles) t.owner ??= first.owner;
}

/** Arabic family-name words: "Al-Sabah", "Al Saud", "El-Sisi". */
const FAMILY_WORD = /^(?:al|el|aal)(?:-|$)/;

/**
 * Rule person.given-and-father: "Sheikh Dr. Ahmad Nasser" is "Ahmad Nasser Al-Mohammad Al-Sabah": the first words of
 * a longer name whose remaining words are all family-name words ("Al-…") are the same person. `short` and `long` are
 * folded tokens.
 */
export function givenAndFather(long: string[], short: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (!short.every((w, i) => w === long[i])) return false;
  const rest = long.slice(short.length);
  return rest.every(
    (w, i) => FAMILY_WORD.test(w) || (i > 0 && FAMILY_WORD.test(rest[i - 1]!) && rest[i - 1]!.length <= 3),
  );
}

/**
 * Rule person.patronymic-chain: "Prince Abdulaziz bin Salman" is "Abdulaziz bin Salman bin Abdulaziz Al Saud": a name
 * of given name and patronymic that opens a longer chain of patronymics closed by the family name is the same person.
 */
export function patronymicChain(long: string[], short: string[], isPatronymic: (w: string) => boolean): boolean {
  if (short.length < 3 || short.length >= long.length || !isPatronymic(short[1]!)) return false;
  if (!short.every((w, i) => w === long[i])) return false;
  // The longer name must close with the family name ("… Al Saud"): a chain of patronymics alone may be another
  // reading of the name, kept apart as before.
  const rest = long.slice(short.length);
  return (isPatronymic(rest[0]!) || FAMILY_WORD.test(rest[0]!)) && rest.some((w) => FAMILY_WORD.test(w));
}

/**
 * Rule person.distinct-middle: "Sabah Khaled Al-Hamad Al-Sabah" and "Sabah Al-Ahmad Al-Jaber Al-Sabah" share their
 * first and last words but not their middle ones: two people (a family name shared within a ruling family). Both
 * names must have middle words, and neither middle be a run of the other's (initials match their word).
 */
export function distinctMiddle(a: string[], b: string[]): boolean {
  const ma = a.slice(1, -1);
  const mb = b.slice(1, -1);
  if (!ma.length || !mb.length) return false;
  const [s, l] = ma.length <= mb.length ? [ma, mb] : [mb, ma];
  let k = 0;
  for (const w of l) if (k < s.length && sameWord(s[k]!, w)) k++;
  return k < s.length;
}

const sameWord = (x: string, y: string) => x === y || (x.length === 1 && y[0] === x) || (y.length === 1 && x[0] === y);
