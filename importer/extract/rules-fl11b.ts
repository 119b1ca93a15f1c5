// The fl11b round's rules (issue 6, constructions 1, 2, 6 and 8), written on three first-look samples in styles
// new to the project (a Gulf wire agency, a prime minister's office, a Latin American foreign ministry in English)
// and tested on made-up sentences in rules-fl11b.test.ts. Rule ids are what --explain prints.
import { MONTHS } from './lexicons.ts';

/** Patterns of the fl11b rules, as named data. */
export const FL11B_PATTERNS = {
  /** Rule person.month-surname: a month word that no day number or year follows. */
  notDateAfter: /^(?![^\S\n]*,?[^\S\n]*\d)/,
};

const MONTH_SET = new Set(MONTHS);

/**
 * Rule person.month-surname: "Prime Minister Theresa May", "Ms Anne June said": a month word right after a given name,
 * closing the capitalised chain and followed by no day number or year, is the surname. `chain` is the capitalised
 * chain as read, `cleaned` the name before the month was cut, `after` the text after the chain. Returns the name with
 * its surname, or undefined.
 */
export function monthSurname(chain: string, cleaned: string, after: string): string | undefined {
  const toks = chain.replace(/['’]s$/, '').split(/\s+/);
  const got = cleaned ? cleaned.split(/\s+/).length : 0;
  if (got < 1 || toks.length !== got + 1 || !MONTH_SET.has(toks[got]!)) return undefined;
  if (!FL11B_PATTERNS.notDateAfter.test(after)) return undefined;
  return `${cleaned} ${toks[got]}`;
}
