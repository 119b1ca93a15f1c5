// rol18: a name pattern the organisation rule must not read as an organisation. Kept apart from rules-rol18.ts so that
// the gazetteer can use it without importing the relation rules.
import { PORTFOLIO_WORDS } from './lexicons.ts';

/** "Helena König for the European Union": two to four capitalised words (no head word) and "for" before a known body. */
export const PERSON_FOR_BODY = /^((?:\p{Lu}[\p{L}'’.-]*\s+){2,4})for\s+(?:the\s+)?$/u;

/**
 * Rule org.not-person-for-body: "The chief negotiators, Helena König for the European Union and Y for Indonesia": a
 * chain that is a person's name, "for" and an organisation the gazetteer knows (ending where the chain ends) is a
 * person acting for that body, not an organisation named "… for the European Union".
 */
export function personForBody(
  text: string,
  start: number,
  end: number,
  known: readonly { type: string; start: number; end: number }[],
  heads: ReadonlySet<string>,
): boolean {
  const body = known.find((h) => h.type === 'Organization' && h.start > start && h.end === end);
  if (!body) return false;
  const m = PERSON_FOR_BODY.exec(text.slice(start, body.start));
  return (
    !!m &&
    !m[1]!
      .trim()
      .split(/\s+/)
      .some((w) => heads.has(w))
  );
}

/** Portfolio words (lexicons.ts), as a set. */
const PORTFOLIO = new Set(PORTFOLIO_WORDS);

/**
 * Rule org.holder-after-remit: "Chairman of the State Committee for National Security Kamchybek Tashiev": after a
 * title, a body's remit of portfolio words ("for National Security") followed by two or three capitalised words that
 * are neither portfolio nor head words ends at the remit; those words are the title holder's name. `toks` are the
 * chain's words, `connector` the index of "for", `end` where the complement ends; gives the new end.
 */
export function holderAfterRemit(
  toks: readonly string[],
  connector: number,
  end: number,
  heads: ReadonlySet<string>,
): number {
  if (toks[connector] !== 'for') return end;
  let last = -1;
  for (let j = connector + 1; j < end; j++) if (PORTFOLIO.has(toks[j]!)) last = j;
  const tail = toks.slice(last + 1, end);
  const nameLike = tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !PORTFOLIO.has(w) && !heads.has(w));
  return last > connector && tail.length >= 2 && tail.length <= 3 && nameLike ? last + 1 : end;
}
