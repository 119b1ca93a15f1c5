// The identity of an office across its title forms: "Foreign Minister of Russia", "Minister of Foreign Affairs of
// Russia" and "Minister for Foreign Affairs of Russia" are one office; "Defence Minister", "Minister of Defense" and
// "Minister for Defence" too. One normalisation, used for the Office id by the resolver (importer/resolve.ts), so
// that one document's forms are one node and two documents' forms merge in the store; the text's own form stays the
// name. Only true synonyms: a portfolio word before the head and the "of/for" complement, British and American
// spellings, "the" before the portfolio; never a wider or narrower portfolio ("Minister of Trade and Industry" is not
// the "Minister of Trade"), another rank ("Deputy", "Vice") or another state.
import { INVERTED_PORTFOLIO, PORTFOLIO_SPELLINGS, PORTFOLIO_WORDS } from './lexicons.ts';

const lower = (o: Readonly<Record<string, string>>) =>
  new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
const INVERTED = lower(INVERTED_PORTFOLIO);
const SPELLINGS = lower(PORTFOLIO_SPELLINGS);
const PORTFOLIO = new Set(PORTFOLIO_WORDS.map((w) => w.toLowerCase()));

/** A rank before the head that makes another office: "Deputy", "First Deputy", "Vice", "Under". */
const RANK = String.raw`((?:(?:first|senior|principal|executive)\s)?(?:deputy|vice|assistant|under)\s)?`;
/** "Foreign Minister of Russia", "Trade and Industry Minister": portfolio words before the head. */
const INVERTED_FORM = new RegExp(String.raw`^${RANK}((?:[a-z]+\s)+?)(minister|secretary)((?:\sof\s.*)?)$`);
/** "Minister for Foreign Affairs of Russia", "Secretary of the Treasury": the head and its complement. */
const COMPLEMENT_FORM = new RegExp(String.raw`^${RANK}(minister|secretary)\s(?:of|for)\s(?:the\s)?(.+)$`);

/** The words before the head, if every one is a portfolio word (or an "and" between two). */
function portfolioOf(words: string): string | undefined {
  const ws = words.trim().split(' ');
  const ok = ws.every((w, i) => PORTFOLIO.has(w) || (w === 'and' && i > 0 && i < ws.length - 1));
  if (!ok) return undefined;
  const joined = ws.join(' ');
  return INVERTED.get(joined) ?? joined;
}

/**
 * The identity key of an office name: lower case, hyphens as spaces, portfolio spellings folded, and the title
 * written "<rank> <head> of <portfolio> <rest>".
 * @example officeIdentityKey('Foreign Minister of Russia') === officeIdentityKey('Minister for Foreign Affairs of Russia')
 */
export function officeIdentityKey(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/(\p{L})[-‐–](\p{L})/gu, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b[a-z]+\b/g, (w) => SPELLINGS.get(w) ?? w);
  const inv = INVERTED_FORM.exec(s);
  const portfolio = inv && portfolioOf(inv[2]!);
  if (inv && portfolio) return `${inv[1] ?? ''}${inv[3]} of ${portfolio}${inv[4]}`;
  const comp = COMPLEMENT_FORM.exec(s);
  if (comp) return `${comp[1] ?? ''}${comp[2]} of ${comp[3]}`;
  return s;
}

/** Whether two office names name one office (the same identity key). */
export const sameOffice = (a: string, b: string): boolean => officeIdentityKey(a) === officeIdentityKey(b);
