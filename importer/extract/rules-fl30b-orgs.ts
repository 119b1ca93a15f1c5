// fl30b: the organisation-name rule of the fl30b round, kept apart from rules-fl30b.ts so that the gazetteer can use it
// without importing the relation rules.
import { ACRONYM_ORG_HEADS, ORG_HEADS } from './lexicons.ts';
import { isNameLike } from './text.ts';

/** Patterns of rule org.holder-after-complement, as named data. */
export const ORG_HOLDER_AFTER_COMPLEMENT = {
  id: 'org.holder-after-complement',
  /** A word of a person's name: a capital, then a lowercase letter (hyphens and apostrophes inside). */
  nameWord: /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u,
  /** Words that join a complement; a name is never preceded by one of them inside the chain. */
  joiner: /^(?:of|for|the|and|on|against)$/,
  /** A possessive ("the National People's Congress") is a body's word, never a holder's. */
  possessive: /['’]s$/,
  /**
   * Endings of common nouns and adjectives of a body's remit ("Combating Extremist Ideology", "Countering
   * Disinformation", "Strategic Studies"): a word with one is no word of a holder's name.
   */
  remitEnding:
    /(?:tion|sion|ment|ness|ity|ism|ist|ogy|ics|ance|ence|ing|ship|ure|ies|ive|ary|ory|ery|ic|ical|ies|ors|ers)$/,
};
const H = ORG_HOLDER_AFTER_COMPLEMENT;
/** Head words of bodies (ORG_HEADS and ACRONYM_ORG_HEADS, lexicons.ts): "Congress", "League" name no one. */
const BODY_WORDS = new Set([...ORG_HEADS, ...ACRONYM_ORG_HEADS]);
/** Whether `w` may be a word of a person's name at the end of a chain. */
const nameWord = (w: string) =>
  H.nameWord.test(w) && !H.possessive.test(w) && !H.remitEnding.test(w) && !BODY_WORDS.has(w);

/**
 * Rule org.holder-after-complement: "Chairman of the State Committee for National Security of the Kyrgyz Republic
 * Kamchybek Tashiev", "Head of the Department of Safeguards Massimo Aparo", "Director of the Executive Committee of the
 * SCO Regional Anti-Terrorist Structure Ruslan Mirzaev": after a title (no comma before the name, the style of many
 * Central Asian, Russian and agency releases), the body's complement ends before its last two (else three) words when
 * they read as a person's name and at least one capitalised word of the complement stays before them. `toks` are the
 * chain's words, `connector` the index of "of" / "for" after the head, `end` where the complement ends; gives the new
 * end. Names of bodies that end in two name-like words with nothing of their own before them ("the Department of Peace
 * Operations", "the Centre for Humanitarian Dialogue") are left whole.
 */
export function holderAfterComplement(toks: readonly string[], connector: number, end: number): number {
  for (const n of [2, 3]) {
    const cut = end - n;
    const tail = toks.slice(cut, end);
    const before = toks.slice(connector + 1, cut);
    if (before.length < 1 || !before.some((w) => /^\p{Lu}/u.test(w))) continue;
    if (H.joiner.test(toks[cut - 1]!) || H.possessive.test(toks[cut - 1]!)) continue;
    if (tail.every(nameWord) && isNameLike(tail.join(' '))) return cut;
  }
  return end;
}
