// The fl11b round's rules (issue 6, constructions 1, 2, 6 and 8), written on three first-look samples in styles
// new to the project (a Gulf wire agency, a prime minister's office, a Latin American foreign ministry in English)
// and tested on made-up sentences in rules-fl11b.test.ts. Rule ids are what --explain prints. People and titles here;
// the role rules, which read the relation kit, in rules-fl11b-roles.ts (so that the title stage imports no relation code).
import { MONTHS, REGION_WORDS, SEATS_OF_GOVERNMENT, TITLE_HEADS, WEEKDAYS } from './lexicons.ts';
import { mayMatch } from './text.ts';

/** Patterns of the fl11b rules, as named data. */
export const FL11B_PATTERNS = {
  /** Rule person.month-surname: a month word that no day number or year follows. */
  notDateAfter: /^(?![^\S\n]*,?[^\S\n]*\d)/,
  /** Rule office.behalf-principal: "… on behalf of " right before a principal's bare title. */
  behalfBefore: /\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?$/i,
  /**
   * Rule office.organ-prefix: an agency's name or acronym before the head of one of its offices ("Mossad Director X",
   * "ISA Director Y", "White House Middle East Coordinator Z", "Kremlin Spokesman W"): one to four capitalised words
   * (regions may follow), then a head that an agency's officer bears.
   */
  organPrefix:
    /^((?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)(?:[^\S\n]+\p{Lu}[\p{Ll}-]+){0,3})[^\S\n]+(?=(?:Director-General|Director General|Director|Coordinator|Spokesperson|Spokesman|Spokeswoman|Press Secretary|Chief of Staff)(?![\p{L}-]))/u,
};

/** What every match of `organPrefix` holds (`mayMatch`): asked at every capitalised word, most hold none. */
const ORGAN_HEAD_NEEDS = ['Director', 'Coordinator', 'Spokes', 'Press Secretary', 'Chief of Staff'];

/** Words that never name an agency before a title: months, days, titles, determiners and sentence adverbs. */
const NOT_ORGAN = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...TITLE_HEADS.flatMap((t) => t.split(/\s+/)),
  ...'The This That These Those A An On In At For And But By With From To Of As Its His Her Their Our Both Also Today Yesterday Tomorrow Later Earlier Meanwhile Then Deputy Vice Senior Acting Former Executive Assistant Associate Regional National Federal State Foreign Special General'.split(
    ' ',
  ),
]);
const REGIONS = new Set(REGION_WORDS);

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

/**
 * Rule office.organ-prefix: an agency's name before an officer's head at the start of `rest` ("Mossad " in "Mossad
 * Director David Barnea"): its length, and the state it stands for when it is a seat of government ("White House
 * Middle East Coordinator" is the United States'). Region words may close the prefix. Undefined when there is none.
 */
export function organPrefix(rest: string): { length: number; seat?: string } | undefined {
  const m = mayMatch(rest, ORGAN_HEAD_NEEDS, FL11B_PATTERNS.organPrefix) ? FL11B_PATTERNS.organPrefix.exec(rest) : null;
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  let organ = words.length;
  while (organ > 0 && REGIONS.has(words[organ - 1]!)) organ--;
  const name = words.slice(0, organ).join(' ');
  if (SEATS_OF_GOVERNMENT[name]) return { length: m[0].length, seat: SEATS_OF_GOVERNMENT[name] };
  if (organ === 0 || words.slice(0, organ).some((w) => NOT_ORGAN.has(w))) return undefined;
  return { length: m[0].length };
}

/**
 * Rule office.behalf-principal: "B, Special Envoy of the President of the United States, who is conducting the talks on
 * behalf of President Z": the bare title of the principal named after "on behalf of" is the office an agent's title in
 * the same sentence names with its state ("of the President of the United States"). `states` are the sentence's state
 * hits before the title. Returns that state's name, or undefined.
 */
export function behalfPrincipalState(
  text: string,
  sentenceStart: number,
  titleStart: number,
  title: string,
  states: readonly { start: number; name: string }[],
): string | undefined {
  if (!FL11B_PATTERNS.behalfBefore.test(text.slice(Math.max(sentenceStart, titleStart - 24), titleStart)))
    return undefined;
  const before = text.slice(sentenceStart, titleStart);
  const named = new RegExp(`\\bof\\s+the\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+of\\s+(?:the\\s+)?$`);
  const found = states.filter((h) => named.test(before.slice(0, h.start - sentenceStart)));
  return found.length === 1 ? found[0]!.name : undefined;
}
