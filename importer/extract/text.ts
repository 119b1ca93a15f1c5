// Small text helpers shared by the rules: regex escaping, name tokens, stopword vocabulary.
import {
  AGREEMENT_HEADS,
  EVENT_HEADS,
  HONORIFICS,
  MONTHS,
  ORG_HEADS,
  UNIT_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from './lexicons.ts';
import { STATES } from './states.ts';
import { PERSON_ELIDED_PARTICLE } from './rules-fl17b.ts';

export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The starts of `word` (not empty) in `text` where the character before it does not match `notBefore` (tested on what
 * ends there, e.g. /[\p{L}]$/u) and the character after it does not match `notAfter` (tested on what starts there,
 * e.g. /^[\p{L}]/u), in order and not overlapping: what `text.matchAll(new RegExp(`(?<!…)${esc(word)}(?!…)`, 'gu'))`
 * finds, without compiling a regex per word (a Unicode regex with letter classes takes a fraction of a millisecond to
 * compile, and the people's names of every document were compiled so).
 */
export function* wordStarts(text: string, word: string, notBefore: RegExp, notAfter: RegExp): Generator<number> {
  let at = text.indexOf(word);
  while (at >= 0) {
    const end = at + word.length;
    const whole = !notBefore.test(text.slice(Math.max(0, at - 2), at)) && !notAfter.test(text.slice(end, end + 2));
    if (whole) yield at;
    at = text.indexOf(word, whole ? end : at + 1);
  }
}

/**
 * `text.matchAll(re)` (`re` global), run only on the lines where `may` finds something: the same matches, with the
 * same indexes, for a regex that never matches across "\n" (no `\s`, `.` with the s flag or negated class that takes
 * a newline; no `^` or `$` unless beside "\n": it sees a line's start and end as it sees "\n", through `\b` and
 * lookarounds that take no newline) when a line without a match of `may` can hold no match (a word every match
 * contains). A long pattern that tries every capital of the text is then tried only on the few lines that can hold it.
 * Under the tests (VITEST) every call is checked against `text.matchAll(re)`, so that a pattern changed without its
 * guard fails loudly instead of losing matches. `may` is words or classes (no `^`, `$`, lookaround or `g` flag).
 */
export function matchAllInLines(text: string, re: RegExp, may: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // `may` (words, no `^`, `$` or lookaround) finds in the whole text whatever it finds in a line, at the same place: one
  // scan of the text for its next match gives the next line to try (a line with no match of it is skipped unread).
  const next = globalOf(may);
  for (let from = 0; from <= text.length;) {
    next.lastIndex = from;
    const hit = next.exec(text);
    if (!hit) break;
    const start = text.lastIndexOf('\n', hit.index - 1) + 1;
    const nl = text.indexOf('\n', hit.index);
    const end = nl < 0 ? text.length : nl;
    // allMatches, not `line.matchAll(re)`: the same matches without a copy of `re` per line.
    for (const m of allMatches(text.slice(start, end), re)) {
      m.index += start;
      out.push(m);
    }
    from = end + 1;
  }
  if (CHECK_LINES) checkLines(text, re, may, out);
  return out;
}

/**
 * The global copy of a line guard, made once per guard's source and flags: a guard written as a literal at its call
 * (`/["“]/`) is a new object at every call, so the copies are kept by what the guard says (its source, a string that
 * keeps its hash, then its flags), not by the object.
 */
const globals = new Map<string, { flags: string; g: RegExp }[]>();
function globalOf(may: RegExp): RegExp {
  const flags = may.flags;
  let list = globals.get(may.source);
  if (!list) globals.set(may.source, (list = []));
  for (const e of list) if (e.flags === flags) return e.g;
  const g = new RegExp(may.source, `${flags.replace(/[gy]/g, '')}g`);
  list.push({ flags, g });
  return g;
}

const CHECK_LINES = !!process.env.VITEST;

/**
 * Whether `s` may hold a match of `re`: false when `s` holds none of `need`, the trigger words that every match of `re`
 * contains (a list of words, looked up with `includes`, or for a pattern of any case a small pattern with `re`'s case
 * flags). A rule asks it before a long pattern that it runs on every sentence or text: one look-up instead of a pattern
 * tried at every word. Under the tests (VITEST) every "no" is checked against `re` itself, so that a pattern changed
 * without its trigger words fails loudly instead of losing matches.
 */
export function mayMatch(s: string, need: readonly string[] | RegExp, re: RegExp): boolean {
  const may = need instanceof RegExp ? need.test(s) : holdsAny(s, need);
  if (!may && CHECK_LINES) checkNoMatch(s, need, re);
  return may;
}

/** Whether `s` holds any of `words` (`words.some((w) => s.includes(w))` without a closure per call). */
export function holdsAny(s: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (s.includes(words[i]!)) return true;
  return false;
}

/** `allMatches(s, re)` (`re` global), or none without running `re` when `s` holds none of `need` (see `mayMatch`). */
export const matchesIf = (s: string, re: RegExp, need: readonly string[] | RegExp): RegExpExecArray[] =>
  mayMatch(s, need, re) ? allMatches(s, re) : [];

/** `re.exec(s)` (`re` not global), or null without running `re` when `s` holds none of `need` (see `mayMatch`). */
export const execIf = (s: string, re: RegExp, need: readonly string[] | RegExp): RegExpExecArray | null =>
  mayMatch(s, need, re) ? re.exec(s) : null;

function checkNoMatch(s: string, need: readonly string[] | RegExp, re: RegExp): void {
  if (need instanceof RegExp && (need.global || need.sticky)) throw new Error(`mayMatch: ${need} is global or sticky`);
  if (new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(s))
    throw new Error(`mayMatch: ${need} misses a match of /${re.source.slice(0, 80)}…/ in "${s.slice(0, 80)}…"`);
}

function checkLines(text: string, re: RegExp, may: RegExp, got: RegExpExecArray[]): void {
  const all = [...text.matchAll(re)];
  if (all.length === got.length && all.every((m, i) => m.index === got[i]!.index && m[0] === got[i]![0])) return;
  throw new Error(`matchAllInLines: ${may} or the lines miss matches of /${re.source.slice(0, 80)}…/`);
}

/** A regex finding the first word of any of `phrases`: a line where it finds nothing holds none of them. */
export const anyFirstWord = (phrases: Iterable<string>): RegExp =>
  new RegExp(alt([...phrases].map((p) => p.split(' ')[0]!)));

/** Alternation of phrases, longest first, as a non-capturing group source. */
export const alt = (xs: Iterable<string>): string =>
  `(?:${[...new Set(xs)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})`;

/**
 * The same alternation as `alt(xs)`, written as a trie: "(?:A(?:frican Union|SEAN)|B(?:…))". At a position only the
 * branch of its next character can match, each branch keeps the longest-first order (a phrase that is the whole of a
 * branch's prefix comes last in it, as the empty rest), so a regex finds the same matches. The source is shorter
 * (V8 leaves a pattern of over 20,000 characters unoptimised) and V8 tries one check per branch, not per phrase.
 */
export const altTrie = (xs: Iterable<string>): string =>
  `(?:${trie([...new Set(xs)].sort((a, b) => b.length - a.length)).join('|')})`;

/**
 * `new RegExp(source(altTrie(phrases)), flags).exec`, for a `source` that starts with `^` and the phrases: one regex
 * per first character of the phrases, run only on a string that starts with that character. The same matches (phrases
 * of other first characters cannot match there), each regex small, and most strings need none.
 */
export function firstCharExec(
  phrases: Iterable<string>,
  source: (alternation: string) => string,
  flags: string,
): (s: string) => RegExpExecArray | null {
  const groups = new Map<string, string[]>();
  for (const p of new Set(phrases)) {
    const first = String.fromCodePoint(p.codePointAt(0)!);
    (groups.get(first) ?? groups.set(first, []).get(first)!).push(p);
  }
  const res = new Map([...groups].map(([first, ps]) => [first, new RegExp(source(altTrie(ps)), flags)]));
  return (s) => {
    const re = s ? res.get(String.fromCodePoint(s.codePointAt(0)!)) : undefined;
    return re ? re.exec(s) : null;
  };
}

/**
 * The branches of `xs` (distinct, longest first) by first character; a phrase alone in its branch stays whole.
 * Branches whose first characters are caseless single UTF-16 units ("'", "’", "-", digits) and whose rests are
 * written alike share one class: "(?:'s Fund|’s Fund)" is "['’]s Fund" (perf28: the same matches, as such branches
 * exclude each other and every other branch by their first character, with the i flag too; a shorter source).
 */
function trie(xs: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const x of xs) {
    const first = x ? String.fromCodePoint(x.codePointAt(0)!) : '';
    const rests = groups.get(first) ?? groups.set(first, []).get(first)!;
    rests.push(x.slice(first.length));
  }
  const branches: { firsts: string[]; rest: string }[] = [];
  const caselessByRest = new Map<string, { firsts: string[]; rest: string }>();
  for (const [first, rests] of groups) {
    const rest = branchRest(rests);
    const shared = caseless(first) ? caselessByRest.get(rest) : undefined;
    if (shared) shared.firsts.push(first);
    else {
      const branch = { firsts: [first], rest };
      branches.push(branch);
      if (caseless(first)) caselessByRest.set(rest, branch);
    }
  }
  return branches.map(
    ({ firsts, rest }) => (firsts.length === 1 ? esc(firsts[0]!) : `[${firsts.map(classEsc).join('')}]`) + rest,
  );
}

/**
 * What follows a branch's first character: its one phrase's rest, or the rests' common prefix and their trie. A trie
 * whose last branch is empty is an optional group, "(?:ese)?" for "(?:ese|)", "s?" for "(?:s|)" (a greedy "?" tries
 * the group first, as the empty branch came last: the same matches, a shorter source); a trie of one branch (its
 * rests all in one class) needs no group.
 */
function branchRest(rests: string[]): string {
  if (rests.length === 1) return esc(rests[0]!);
  const common = commonPrefix(rests);
  const sub = trie(rests.map((r) => r.slice(common.length)));
  if (sub.at(-1) !== '') return esc(common) + (sub.length === 1 ? sub[0]! : `(?:${sub.join('|')})`);
  const body = sub.slice(0, -1);
  return esc(common) + (body.length === 1 && ONE_UNIT.test(body[0]!) ? `${body[0]}?` : `(?:${body.join('|')})?`);
}

/** One UTF-16 unit, plain or escaped: "s", "\\." (a "?" after it makes it optional, with or without the u flag). */
const ONE_UNIT = /^(?:[^\\]|\\[^])$/;

/** One UTF-16 unit without case: no other character matches it under the i flag. */
const caseless = (c: string): boolean => c.length === 1 && c.toLowerCase() === c && c.toUpperCase() === c;

/** A character written inside a class. */
const classEsc = (c: string): string => c.replace(/[\\\]^-]/g, '\\$&');

/** The longest prefix that all of `xs` share, never ending inside a surrogate pair. */
function commonPrefix(xs: string[]): string {
  let n = 0;
  while (xs.every((x) => n < x.length && x[n] === xs[0]![n])) n++;
  if (n > 0 && /[\uD800-\uDBFF]/.test(xs[0]![n - 1]!)) n--;
  return xs[0]!.slice(0, n);
}

/**
 * One word of a personal name: capitalised (accents, apostrophes, hyphens, "O'Connor", "McKay"), an initial ("J.",
 * "A.B.", or a bare "K" before a capitalised word: "K Shanmugam"; never the words "A" and "I"), or UPPERCASE.
 */
// person.glued-initial (ent21): the Mongolian official style "U.Khurelsukh", "B.Battsetseg" (the patronymic's initial
// glued to the name) is one word of a name.
// ent22 (person.okina-initial): a name word may open with the ʻokina ("ʻAisake Valu Eke", Tongan and Hawaiian).
export const NAME_TOKEN =
  "(?:\\p{Lu}{2,}(?:-\\p{Lu}+)?(?![\\p{Ll}'’])|(?:\\p{Lu}\\.){1,3}(?=\\s)|\\p{Lu}\\.\\p{Lu}[\\p{Ll}\\p{M}]{2,}(?:-\\p{L}[\\p{Ll}\\p{M}]*)*|(?![AI]\\s)\\p{Lu}(?=[^\\S\\n]+\\p{Lu}\\p{Ll})|(?:al-|el-|Mc|Mac|Di|De|Da|Du|La|Le|ʻ)?\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}\\p{M}'’ʻ]+(?:-\\p{L}[\\p{Ll}\\p{M}]*)*)";
// person.lusophone-e-surnames (fl26b): "Ulisses Correia e Silva": "e" joins two family names in Portuguese names.
const PARTICLE = '(?:von|van|der|den|de|da|del|di|du|la|le|al|el|bin|bint|ibn|dos|das|e)';
/** A personal name: 1–6 name words, particles allowed inside, optional Jr./Sr. */
// person.elided-particle (fl17b): "Olivier Poivre d'Arvor".
// A name never runs over a line break: "… meets Foreign Minister Retno Marsudi" above a dateline "Jakarta, …".
export const NAME = `${NAME_TOKEN}(?:[^\\S\\n]+(?:${PARTICLE}\\s+){0,2}${PERSON_ELIDED_PARTICLE.glue}${NAME_TOKEN}){0,5}(?:,?\\s+(?:Jr|Sr)\\.)?`;

export const HONORIFIC = alt(HONORIFICS);
// office.general-secretary-not-rank (ent21): "General Secretary Tô Lâm": "General" before "Secretary" is the title's own
// word, not the military rank among the honorifics. The honorifics as a trie (`altTrie`: the same matches as `alt`):
// asked at every word that starts as an honorific may.
export const HONORIFIC_RE = new RegExp(`^(?:(?!General\\s+Secretary\\b)${altTrie(HONORIFICS)}\\s+)+`, 'u');
const HONORIFIC_FIRST = new Set(HONORIFICS.map((h) => h[0]));
/** `HONORIFIC_RE.exec(s)`, asked only when `s` starts with an honorific's first character (most words do not). */
export const honorificAt = (s: string): RegExpExecArray | null =>
  HONORIFIC_FIRST.has(s[0]!) ? HONORIFIC_RE.exec(s) : null;

/**
 * `[...s.matchAll(re)]` (`re` global) without `matchAll`'s copy of `re`: a `RegExp` built per call, which the rules that
 * scan every sentence paid about 360 times a readout. The matches are all read before any is used, from `re.lastIndex`
 * as `matchAll` reads them, and `re.lastIndex` is left as it was.
 */
export function allMatches(s: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: /${re.source}/ is not global`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match moves on by one character (one code point under the u or v flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

function advance(s: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= s.length) return at + 1;
  const c = s.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

/** Whether a UTF-16 code unit is one of JavaScript's `\s` characters. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 160 &&
    (c === 160 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * Whether `word` stands in `text` after a space or hyphen (or the start) and before one (or the end): what
 * `new RegExp(`(?:^|[\\s-])${esc(word)}(?:[\\s-]|$)`, 'u').test(text)` says, without compiling a regex per word (a
 * person's name: a new pattern for each, compiled at about 15 µs).
 */
export function standsBetweenSpaces(text: string, word: string): boolean {
  if (!word) return EMPTY_BETWEEN_SPACES.test(text);
  const edge = (c: number) => c === 45 || isSpaceCode(c);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || edge(text.charCodeAt(at - 1))) && (end === text.length || edge(text.charCodeAt(end)))) return true;
  }
  return false;
}
const EMPTY_BETWEEN_SPACES = /(?:^|[\s-])(?:[\s-]|$)/u;

/**
 * Whether spaces stand right before `p` and the character before them (at or after `from`) is one of `lastChars`: a
 * gate for a pattern of words ending in `\s+$` tried on `text.slice(from, p)` at every word, which can match only
 * there (its words' last letters as `lastChars`).
 */
export function wordBeforeEndsIn(text: string, from: number, p: number, lastChars: string): boolean {
  let q = p;
  while (q > from && isSpaceCode(text.charCodeAt(q - 1))) q--;
  return q < p && q > from && lastChars.includes(text[q - 1]!);
}

/** `w.replace(/['’]s$/, '')` without a pattern: the word without its possessive "'s". */
export const withoutPossessive = (w: string): string => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);

/**
 * Whether a pattern that starts with a capital (`^\p{Lu}`) may match at `at`: false for any other ASCII character (a
 * lowercase word, a digit, punctuation); other characters are left to the pattern. A gate for the readers tried at
 * every word.
 */
export const mayBeCapital = (text: string, at = 0): boolean => {
  const c = text.charCodeAt(at);
  return c >= 128 || (c >= 65 && c <= 90);
};

// "Jan" is left out: it is a common given name (Jan Egeland, Jan Lipavský); a month abbreviation is
// followed by a dot or a number, never by a surname.
const MONTH_WORDS = `${MONTHS.join(' ')} Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`;
const DAYS = WEEKDAYS.join(' ');
const COMMON = `The This That These Those On In At During After Before Both She They It We His Her Their Its Our Also
However Furthermore Moreover Addition Regarding With For As To From By Under Following Prior Since While When Meanwhile
Today Readout Overview Press Release Published Statement Government Office Ministry Mission Relations Leaders Ministers
Affairs Issue Cooperation International Situation Republic Federation Kingdom State States United Union Islamic
People's Democratic Socialist Federal Confederation Commonwealth Northern Southern Western Eastern North South East West
Central Great Democratic Joint Summit Meeting Talks Telephone Phone Call Conference Agreement Treaty Declaration Comprehensive
Economic Trade Strategic Partnership Security Defence Defense Foreign National Nations Action Plan Framework Consensus
Dialogue Annual Ministerial Leaders' Ministers' Bilateral Trilateral Multilateral Global Regional World Council
Commission Parliament Secretariat Assembly Force Forces Air Navy Army Military Coalition Party Committee Bureau Department
Bank Agency Organization Organisation Centre Center Authority Academy University Board Foundation Institute Court House
Hall Palace Villa Castle Bhavan Square Street Island Islands Strait Sea Ocean Peninsula Region Governorate Province City
Airport Airlines Flight Minister President Prime Premier Chancellor Secretary Ambassador Envoy Representative Chief Head
Director Chair Chairman Spokesperson Adviser Advisor Governor Sultan King Queen Emir Commander Member Deputy Vice Senior
Special First Second Third Fourth Fifth New Old Mr Mrs Ms Dr Media Note Spokesperson Immediate For Release White
Kremlin Élysée Downing Cabinet Task Overview Outcomes Visit Visits State Official Residence Initiative Crisis Issues
Welcome Ceremony Delegation Side Sides Memorandum Understanding Resolution Protocol Convention Accord Instrument
Terms Reference Political Declaration COVID-19 Communist Council Councillor Di-Pertuan Mantri Raksha Rashtrapati
Shri Smt Excellency Majesty Highness Honourable Honorable Group Economy Agenda Programme Program Initiative Phase
Holds Meets Speaks Visits Receives Calls Hosts Welcomes Attends Signs Says Discusses Concludes Endorse Endorses Talks
Conclude Meet Hold Sign Discuss Welcome Host Receive Visit Attend Convey Conveys Urge Urges Agree Agrees Launch Launches
Open Opens Reaffirm Reaffirms Call Speak Announce Announces
Cyclone Hurricane Typhoon Storm Tropical
Society Information
Peace Stability Mechanism
Chairman's Chairman’s Prime Minister's Prime Minister’s President's President’s`;

/** A patronymic particle: the word before it is a given name, whatever else it may be ("Sultan bin Ahmed"). */
export const PATRONYMIC = /^(?:bin|bint|ibn)$/;

/** Capitalised words that never begin or form a personal name. */
export const NON_NAME = new Set<string>([
  ...`${MONTH_WORDS} ${DAYS} ${COMMON}`.split(/\s+/),
  ...TITLE_HEADS.flatMap((t) => t.split(/\s+/)),
  ...TITLE_MODIFIERS,
  ...ORG_HEADS,
  ...UNIT_WORDS,
  ...EVENT_HEADS.flatMap((t) => t.split(/\s+/)),
  ...AGREEMENT_HEADS.flatMap((t) => t.split(/\s+/)),
  ...STATES.flatMap((s) => [...s.names, ...s.demonyms]).filter((n) => !n.includes(' ')),
]);

/** True when a capitalised chain could be a personal name (its words are not vocabulary). */
// The letter-class patterns of the per-word readers are module constants: the bundle rewrites a `\p{…}` literal into a
// `new RegExp(…)` evaluated at each call (README "Extraction CPU"), and these run at nearly every word.
const CAPITAL_FIRST = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

export function isNameLike(name: string): boolean {
  const all = name.replace(/,?\s+(Jr|Sr)\.$/, '').split(/\s+/);
  // Rule person.given-name-not-title: a word before a patronymic is a given name ("Sultan bin Ahmed Al Jaber").
  const toks = all.filter((t, i) => CAPITAL_FIRST.test(t) && !PATRONYMIC.test(all[i + 1] ?? ''));
  if (!toks.length) return false;
  return toks.every(
    (t) =>
      (!NON_NAME.has(t.replace(/['’]s$/, '').replace(/\.$/, '')) && !ALL_CAPITALS.test(t)) ||
      (ALL_CAPITALS.test(t) && toks.length > 1 && toks.some((u) => !ALL_CAPITALS.test(u)) && !NON_NAME.has(t)),
  );
}

/** Title-cases an UPPERCASE word ("MOTEGI" → "Motegi"). */
export const titleCase = (w: string): string =>
  w.replace(/\p{L}+/gu, (p) => (p === p.toUpperCase() && p.length > 1 ? p[0] + p.slice(1).toLowerCase() : p));

const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
/** "2021-11-17" → "17 November 2021". */
export function longDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${+m[3]!} ${MONTH_NAMES[+m[2]! - 1]} ${m[1]}` : undefined;
}

/** Items grouped by a name, each group in the items' order. */
export function groupBy<T>(items: readonly T[], nameOf: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const list = out.get(nameOf(x));
    if (list) list.push(x);
    else out.set(nameOf(x), [x]);
  }
  return out;
}
