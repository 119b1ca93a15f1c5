// Office titles: parses "Senior Deputy Minister for Foreign Affairs of Japan", "Russian Foreign Minister",
// "U.S. President", "Special Representative for the President" into a bare title and the state or
// organisation it names, if any.
import { orgOfPrincipal } from './rules-fl27a.ts';
import { inTheSeat, leadsNamedBody } from './rules-ent22.ts';
import { citizensAbroad } from './rules-ent23.ts';
import { stateWordInNameAt } from './rules-ent25.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { hitsAt, hitsStartingIn } from './hit-index.ts';
import {
  ACRONYM_TITLES,
  NATIONAL_TITLE_STATES,
  HONORIFIC_STARTS_NAME,
  ORGANIZATIONS,
  MILITARY_BODY_WORDS,
  PORTFOLIO_WORDS,
  REGION_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './lexicons.ts';
import { STATES, withArticle } from './states.ts';
import { ambassadorInPlace } from './rules-off32.ts';
import { organPrefix } from './rules-fl11b.ts';
import { FL13A_PATTERNS } from './rules-fl13a.ts';
import { FL17C_PATTERNS } from './rules-fl17c-patterns.ts';
import { alt, altTrie, firstCharExec, mayBeCapital, NON_NAME } from './text.ts';
import { PLURAL_POSSESSIVE } from './rules-ent24-titles.ts';
import { whoseOwner } from './rules-fl26a.ts';
import { subnationalUnitAt } from './rules-off27.ts';
import { chairOfHeadsBody } from './rules-fl29a.ts';

export interface TitleParse {
  start: number;
  end: number;
  surface: string;
  /** Title without the state prefix or the trailing "of <state>": "Minister for Foreign Affairs". */
  title: string;
  /** State or organisation named by the title itself. */
  owner?: { type: 'State' | 'Organization'; name: string };
  /** The complement points at another office ("Adviser to the President", "Envoy of the Prime Minister"). */
  principal?: string;
  /** The owner was read from "at <organisation>". */
  ownerAt?: boolean;
  /** The title names its owner inside ("Member of the Political Bureau of the Communist Party of China …"). */
  ownerInside?: boolean;
  lowercase: boolean;
  /** The title as written, where the canonical title normalises it ("Special Representative for the President"). */
  written?: string;
  /** A local head's title naming its place ("Governor of Kahramanmaraş"): the state is where that place is. */
  place?: boolean;
}

/** A title's complement connector; rule office.in-charge-of (fl17c) adds "in charge of". */
const IN_CHARGE_COMPLEMENT = new RegExp(
  `^\\s+(of|for|to|on|at|with|in(?=\\s+the\\s+Office\\s+of\\b)|${FL17C_PATTERNS.inChargeOf})\\s+(the\\s+)?`,
);
const PRINCIPALS = 'President|Prime Minister|Chancellor|Secretary-General|Chair|Premier|King';
const OF_PRINCIPAL = new RegExp(`\\b(of|for|to)\\s+(${PRINCIPALS})\\b`, 'g');
const AIDE_FOR_PRINCIPAL = new RegExp(
  `\\b(Representative|Envoy|Adviser|Advisor|Emissary)\\s+for\\s+the\\s+(${PRINCIPALS})\\b`,
);
const normalisedTitles = new Map<string, string>();

/**
 * An envoy serves "of" a principal however the text puts it: "for the President", "of President" → "of the President".
 * A function of the title alone, asked about 14 times a readout for some 7 titles (every reading of a person's title,
 * the people stage's and the relation rules'), so kept for the last few hundred titles (perf23a).
 */
export function normaliseTitle(title: string): string {
  const known = normalisedTitles.get(title);
  if (known !== undefined) return known;
  const normal = normaliseTitleOnce(title);
  if (normalisedTitles.size >= 512) normalisedTitles.clear();
  normalisedTitles.set(title, normal);
  return normal;
}

function normaliseTitleOnce(title: string): string {
  const inv = invertedList(title);
  // A list ("Trade and Export Growth Minister") reads as "Minister for …"; a phrase ("Natural Resources Minister")
  // keeps its form, as "Defence Minister" does.
  if (inv && inv[0] === title && /,|\sand\s/.test(inv[1]!)) return `${inv[4]} for ${inv[1]}`;
  return title.replace(OF_PRINCIPAL, '$1 the $2').replace(AIDE_FOR_PRINCIPAL, '$1 of the $2');
}

// As tries (`altTrie`: the same matches as `alt`): CORE_RE is tried at every capitalised word.
const HEAD = altTrie(TITLE_HEADS);
const MOD_WORDS = [
  ...TITLE_MODIFIERS,
  'Minister',
  'Prime Minister',
  "Prime Minister's",
  'Presidential',
  'Commission',
  'Trade',
  'International',
];
const MOD = altTrie(MOD_WORDS);
// Rule office.assistant-to-leader (rules-fl13a.ts): "Assistant to the President …" is a title of its own.
const CORE_RE = new RegExp(`^(?:${MOD}[^\\S\\n]+){0,3}(?:${HEAD}|${FL13A_PATTERNS.assistantHead})(?![\\p{L}-])`, 'u');
/** The characters a CORE_RE match starts with (a modifier's or a head's first): tried at every word, most fail here. */
const CORE_FIRST = new Set([...MOD_WORDS, ...TITLE_HEADS, FL13A_PATTERNS.assistantHead].map((w) => w[0]));
const LOWER_HEADS = [
  'ambassador',
  'member',
  'vice premier',
  'chief negotiator',
  'lead negotiator',
  'principal negotiator',
  'negotiator',
  'chief',
  'head',
  'commander',
  'governor',
  'special envoy',
  'spokesperson',
  'adviser',
  'advisor',
  'secretary',
  // off27 (office.lowercase-party-secretary): "X, general secretary of the CPC Central Committee" (Xinhua's style).
  'general secretary',
];
const LOWER_RE = new RegExp(`^(?:${alt(LOWER_HEADS)})(?![\\p{L}-])`, 'u');
/**
 * Rule office.lowercase-owned: leader and minister heads in lowercase, read only right after a state's demonym or
 * possessive ("The Kenyan president, X", "X, Russia's foreign minister,"), which gives the office its state.
 */
const LOWER_OWNED_HEADS = [
  ...['deputy prime minister', 'prime minister', 'vice president', 'vice-president', 'president', 'premier'],
  ...['chancellor', 'foreign secretary', 'defence secretary', 'defense secretary', 'secretary of state'],
  ...['deputy foreign minister', 'vice foreign minister', 'foreign minister', 'defence minister', 'defense minister'],
  ...['trade minister', 'finance minister', 'interior minister', 'economy minister', 'energy minister'],
  ...['foreign affairs secretary', 'foreign affairs minister'],
];
/** A lowercase portfolio word: "trade", "foreign", "affairs". */
const LOWER_PORTFOLIO = alt(PORTFOLIO_WORDS.filter((w) => /^[A-Z][a-z]+$/.test(w)).map((w) => w.toLowerCase()));
/** "minister for trade and tourism", "minister for foreign affairs": a lowercase head with a portfolio complement. */
const LOWER_OWNED_PORTFOLIO = `(?:minister|secretary)\\s+(?:for|of)\\s+(?:the\\s+)?${LOWER_PORTFOLIO}(?:(?:,\\s+|\\s+and\\s+|\\s+)${LOWER_PORTFOLIO}){0,4}`;
const LOWER_OWNED_RE = new RegExp(`^(?:${alt(LOWER_OWNED_HEADS)}|${LOWER_OWNED_PORTFOLIO})(?![\\p{L}'’-])`, 'u');

/** Vocabulary allowed in a title complement besides states and organisations ("Foreign Affairs", "the Interior"). */
const COMPLEMENT_WORDS = new Set<string>([
  ...NON_NAME,
  ...STATES.flatMap((s) => s.names.flatMap((n) => n.split(/\s+/))),
  ...ORGANIZATIONS.flat().flatMap((n) => n.split(/\s+/)),
  ...PORTFOLIO_WORDS,
  ...'Arms Control Duchy Lancaster Task Force Political Bureau Central Committee Armed Services Staff Secretary-General Council Strategy Negotiations Republic Presidency Chairmanship Balkans Sahel Caucasus Arctic Horn Lakes Region Peninsula Organ Wing'.split(
    ' ',
  ),
  // Rule office.region-remit (fl11b): world regions in a remit ("Special Envoy … for the Middle East", "Minister of
  // State for Europe and the Americas").
  ...REGION_WORDS,
  ...MILITARY_BODY_WORDS,
]);

/**
 * Rule office.state-word-not-name (off13): words the complement knows only from states' names ("Christopher" of "Saint
 * Christopher and Nevis", "Marshall", "Leone"). A state's name is found by the gazetteer first; such a word alone,
 * before a capitalised word the complement does not know, starts a name ("Deputy Secretary of State Christopher
 * Landau"), it does not continue the title.
 */
const STATE_ONLY_WORDS = ((orgWords: ReadonlySet<string>) =>
  new Set(
    STATES.flatMap((s) => s.names.flatMap((n) => n.split(/\s+/))).filter(
      (w) => !NON_NAME.has(w) && !orgWords.has(w) && !PORTFOLIO_WORDS.includes(w) && !REGION_WORDS.includes(w),
    ),
  ))(
  // The organisations' words once (perf22a: asked per state word, their names split each time, it cost the worker
  // about 70 ms of CPU at every start).
  new Set(ORGANIZATIONS.flat().flatMap((n) => n.split(/\s+/))),
);
const stateWordStartsName = (w: string, next: string | undefined) =>
  STATE_ONLY_WORDS.has(w) && !!next && !COMPLEMENT_WORDS.has(next) && !STATE_ONLY_WORDS.has(next);

/** A military rank, then the next capitalised word: "General Ivan", "Adm. Sir". */
const RANK_BEFORE_NAME =
  /^(?:General|Admiral|Colonel|Marshal|Lieutenant General|Major General|Brigadier General|Gen\.|Adm\.)\s+(\p{Lu}[\p{L}'’-]*)/u;

/** Portfolio words that may follow "and" inside a complement ("International Relations and Cooperation"). */
const PORTFOLIO = new Set(PORTFOLIO_WORDS);
/** The first characters of the portfolio words: an inverted list starts with one. */
const PORTFOLIO_FIRST = new Set(PORTFOLIO_WORDS.map((w) => w[0]!));
const REGIONS = new Set(REGION_WORDS);
/** A word that may follow "and (the)" inside a complement: a portfolio or a region ("Europe and the Americas"). */
const remitWord = (w: string) => PORTFOLIO.has(w) || REGIONS.has(w);

const DEMONYMS = new Set(STATES.flatMap((s) => s.demonyms));
const TITLE_WORDS = new Set(TITLE_HEADS.flatMap((t) => t.split(/\s+/)));

const PREFIX_WORDS = new Map<string, { type: 'State' | 'Organization'; name: string }>();
for (const s of STATES)
  for (const d of [...s.demonyms, ...s.names])
    if (!d.includes(' ') || d === 'U.S.') PREFIX_WORDS.set(d, { type: 'State', name: s.name });
// Rule office.multiword-demonym-prefix (off13): "former South African President X", "the Sri Lankan Foreign Minister":
// a demonym of several words before a title names its state as a one-word demonym does.
for (const s of STATES)
  for (const d of s.demonyms) if (d.includes(' ')) PREFIX_WORDS.set(d, { type: 'State', name: s.name });
for (const [canon, ...aliases] of ORGANIZATIONS)
  for (const n of [canon!, ...aliases])
    if (/^\p{Lu}{2,}$|^[A-Z]\.[A-Z]\.$/u.test(n)) PREFIX_WORDS.set(n, { type: 'Organization', name: canon! });
// "Kenya's Cabinet Secretary for Foreign and Diaspora Affairs": a possessive state prefix too.
// "New Zealand's Minister of Foreign Affairs": a state's name of several words, in the possessive only.
for (const s of STATES)
  for (const n of s.names)
    if (n.includes(' '))
      for (const ap of ["'s", '’s', '']) PREFIX_WORDS.set(`${n}${ap}`, { type: 'State', name: s.name });
// "the European Union's Chief Negotiator": an organisation's name of several words, in the possessive; rule
// office.organisation-prefix: "United Nations Secretary-General X", "African Union Commission Chairperson Y" too.
for (const [canon, ...aliases] of ORGANIZATIONS)
  for (const n of [canon!, ...aliases])
    if (n.includes(' '))
      for (const ap of ["'s", '’s', '']) PREFIX_WORDS.set(`${n}${ap}`, { type: 'Organization', name: canon! });
/** `^(prefix word)('s)? ` at the start of a string, one small regex per first character (firstCharExec). */
// office.plural-possessive-state (rules-ent24-titles.ts): "Barbados' Minister …" as "Egypt's Minister …".
const execPrefix = firstCharExec(
  PREFIX_WORDS.keys(),
  (words) => `^(${words})${PLURAL_POSSESSIVE.ending}?[^\\S\\n]+`,
  'u',
);

/** Titles in other languages or styles that name a common English office. */
export const TITLE_SYNONYMS: Record<string, string> = {
  Rashtrapati: 'President',
  'Raksha Mantri': 'Minister of Defence',
  'Pradhan Mantri': 'Prime Minister',
  'Videsh Mantri': 'Minister of External Affairs',
  PM: 'Prime Minister',
  // ent22 (office.acronym-national-title): "EAM Dr. S. Jaishankar", "FM X of Oman", "DPM X".
  EAM: 'External Affairs Minister',
  FM: 'Foreign Minister',
  DPM: 'Deputy Prime Minister',
  // fla10: Kiribati's head of state, written as a title before or beside "President".
  'Te Beretitenti': 'President',
  // ent21: Bhutan's head of government and king in their own words ("Lyonchhen X", "His Majesty The Druk Gyalpo"); the
  // owner is Bhutan (NATIONAL_TITLE_STATES) when the title names none.
  Lyonchhen: 'Prime Minister',
  'Druk Gyalpo': 'King',
};

/** Title words that are the short name of an organisation ("Commission President" → of the European Commission). */
const ORG_WORD_PREFIX = /^(Commission|Council|Parliament)\s+/; // gated by its first letters, C and P

/** The parse under way: where it stands, the owner read so far and how, the title's end. */
interface TitleState {
  text: string;
  hits: GazetteerHit[];
  i: number;
  titleStart: number;
  titleEnd: number;
  owner?: TitleParse['owner'];
  ownerVia?: 'of' | 'at' | 'prefix';
  principal?: string;
  ownerInside: boolean;
  /** The title names a place inside ("Governor of Kahramanmaraş"): the office keeps that name. */
  place?: boolean;
  /** office.ambassador-in-place (off32): the state an ambassador told "in <place>" serves in. */
  accredited?: string;
}

/** "Russian Foreign Minister", "Kenya's Cabinet Secretary", "Commission President": an owner before the title. */
function readOwnerPrefix(text: string, pos: number, hits: GazetteerHit[], lower: boolean) {
  let i = pos;
  let owner: TitleParse['owner'];
  const pre = execPrefix(text.slice(i, i + 60));
  if (pre) {
    const after = text.slice(i + pre[0].length, i + pre[0].length + 80);
    if (CORE_RE.test(after) || (lower && LOWER_RE.test(after)) || LOWER_OWNED_RE.test(after)) {
      owner = PREFIX_WORDS.get(pre[1]!);
      i += pre[0].length;
    }
  }
  const orgWord = text[i] === 'C' || text[i] === 'P' ? ORG_WORD_PREFIX.exec(text.slice(i, i + 40)) : null;
  if (orgWord && !owner && CORE_RE.test(text.slice(i + orgWord[0].length, i + orgWord[0].length + 60))) {
    const org = hits.find((h) => h.type === 'Organization' && h.name.endsWith(` ${orgWord[1]}`));
    if (org) {
      owner = { type: 'Organization', name: org.name };
      i += orgWord[0].length;
    }
  }
  return { i, owner };
}

/**
 * The title's head with its modifiers ("Senior Deputy Minister"), a slash pair ("High Representative/Vice-President")
 * and a double title with one state ("Sultan and Yang Di-Pertuan of Brunei"). Undefined when no title starts here or
 * the title is someone else's ("the Prime Minister's envoy").
 */
/**
 * Rule office.inverted-portfolio-list: "Trade and Export Growth Minister", "Research, Science and Innovation
 * Minister": a list of portfolio words before the head (read as "Minister for …" by `normaliseTitle`).
 */
const INVERTED_LIST_RE =
  /^((\p{Lu}[\p{L}-]*)(?:(?:,[^\S\n]+|[^\S\n]+and[^\S\n]+|[^\S\n]+)(\p{Lu}[\p{L}-]*))+)[^\S\n]+(Minister|Secretary)(?![\p{L}-])/u;

function invertedList(rest: string): RegExpExecArray | null {
  // The list's first word (the run of letters and hyphens `rest` starts with) must be a portfolio word; and the pattern
  // ends with one of its two heads: a string without either holds no list (tried at every capital).
  if (!PORTFOLIO_FIRST.has(rest[0]!)) return null;
  if (!rest.includes('Minister') && !rest.includes('Secretary')) return null;
  const m = INVERTED_LIST_RE.exec(rest);
  if (!m) return null;
  const words = m[1]!.split(/,?\s+(?:and\s+)?/);
  // office.inverted-portfolio-phrase (fl11a): two or three portfolio words with no separator ("Natural Resources
  // Minister", "Home Affairs Minister") are one portfolio too.
  if (!/,|\sand\s/.test(m[1]!) && (words.length < 2 || words.length > 3)) return null;
  return words.every((w) => PORTFOLIO.has(w)) ? m : null;
}

/** "High Representative/Vice-President": a second title after a slash. */
const SLASH_SECOND = /^\/((?:\p{Lu}[\p{L}]*[\s-]){0,2}?(\p{Lu}\p{Ll}+))(?![\p{L}-])/u;
/** "Sultan and Yang Di-Pertuan of Brunei": a double title with one state. */
const AND_DOUBLE_TITLE = /^\s+and\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=\s+of\s)/u;

function readCore(
  text: string,
  i: number,
  lowerOk: boolean,
  owned = false,
): { i: number; titleEnd: number } | undefined {
  const rest = text.slice(i, i + 80);
  const inv = invertedList(rest);
  if (inv) return { i: i + inv[0].length, titleEnd: i + inv[0].length };
  const core =
    (CORE_FIRST.has(rest[0]) ? CORE_RE.exec(rest) : null) ??
    (lowerOk ? LOWER_RE.exec(rest) : null) ??
    (owned ? LOWER_OWNED_RE.exec(rest) : null);
  if (!core) return undefined;
  i += core[0].length;
  const second = text[i] === '/' ? SLASH_SECOND.exec(text.slice(i, i + 40)) : null;
  const coreEnd = i;
  if (second && TITLE_WORDS.has(second[2]!)) i += second[0].length;
  if (/^['’]s\b/.test(text.slice(i, i + 3))) return undefined;
  const dbl = AND_DOUBLE_TITLE.exec(text.slice(i, i + 60));
  if (dbl && !dbl[1]!.split(/\s+/).some((w) => TITLE_WORDS.has(w))) i += dbl[0].length;
  return { i, titleEnd: second && i > coreEnd ? coreEnd : i };
}

/** One complement being read: where it stands, what it consumed, the owner it names. */
interface Complement {
  j: number;
  consumed: boolean;
  owner?: TitleParse['owner'];
  lastHit?: GazetteerHit;
  words: number;
  prevWord: string;
  /** The complement ended inside a name ("State Council of the People's Republic of China"). */
  stop?: boolean;
}

/**
 * A gazetteer name inside a complement. An organisation found by its form only owns the office through a state inside
 * it ("People's Bank of China" → China); otherwise it is part of the title ("National Security Secretariat"). A state
 * leading the name ("Maldives Monetary Authority") makes the body itself the owner; "head of the Federal Department
 * of Foreign Affairs" leads that body.
 */
function complementHit(st: TitleState, c: Complement, hit: GazetteerHit): void {
  const { text, hits } = st;
  const lead = hitsAt(hits, hit.start).some((h) => h.type === 'State' && h.end < hit.end);
  const headsBody =
    hit.type === 'Organization' &&
    /^(?:head|chief|director|director-general|director general)$/i.test(text.slice(st.titleStart, st.i).trim()) &&
    // office.heads-body (flb10): "Head of the Atomic Energy Organization of Iran" leads the organisation too.
    /\b(?:Department|Ministry|Agency|Office|Service|Directorate|Organi[sz]ation|Authority|Institute)\b/.test(hit.name);
  // Rule office.leads-named-body (ent22): "Secretary General of the Indian Ocean Commission" leads that body.
  // Not an organ named after its organisation ("the ECOWAS Commission"): its offices stay the organisation's.
  const leadsBody =
    hit.pattern === true &&
    !lead &&
    !hitsAt(hits, hit.start).some((h) => h.type === 'Organization' && !h.pattern && h.end < hit.end) &&
    leadsNamedBody(text.slice(st.titleStart, st.i).trim(), hit.name);
  const inner =
    hit.pattern && !lead && !headsBody && !leadsBody
      ? (hitsStartingIn(hits, hit.start + 1, hit.end).find(
          (h) => h.type === 'State' && !h.demonym && h.end <= hit.end,
        ) ??
        hitsStartingIn(hits, hit.start + 1, hit.end).find(
          (h) => !h.pattern && h.type === 'Organization' && h.end <= hit.end,
        ))
      : hit;
  if (inner && inner !== hit && inner.type === 'State' && inner.end === hit.end) {
    // "State Council of the People's Republic of China": the title takes the council; the state, the owner.
    const cut = /\s+of\s+(?:the\s+)?$/.exec(text.slice(hit.start, inner.start));
    if (cut) {
      c.j = hit.start + cut.index;
      c.consumed = true;
      c.lastHit = undefined;
      c.stop = true;
      return;
    }
  }
  if (inner) c.owner ??= { type: inner.type, name: inner.name };
  if (inner && inner !== hit) st.ownerInside = true;
  c.lastHit = inner === hit ? hit : undefined;
  c.j = hit.end;
  c.consumed = true;
  c.prevWord = '';
}

/** A vocabulary word inside a complement ("Foreign Affairs", "the Interior"); false where the complement ends. */
/** A family name in capitals, then one given name: "KIHARA Minoru held", "KAMIKAWA Yoko," (Japanese style). */
export const CAPITAL_FAMILY_NAME = /^([A-Z]{3,})[^\S\n]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|[^\S\n]+\p{Lu})/u;

/**
 * Rule office.capital-family-name (nam13): "Minister of Defense KIHARA Minoru", "Minister for Foreign Affairs KAMIKAWA
 * Yoko": a word in capitals that one capitalised word closes, no complement word, starts the holder's name (written
 * family name first), not an acronym of the complement. True when `s` opens with one.
 */
export function capitalFamilyName(s: string): boolean {
  const m = CAPITAL_FAMILY_NAME.exec(s);
  return !!m && /[AEIOU]/.test(m[1]!) && !COMPLEMENT_WORDS.has(m[2]!) && !TITLE_WORDS.has(m[2]!);
}

/** A complement's word: capitalised, or an acronym in parentheses ("(FDFA)"). */
const COMPLEMENT_WORD = /^(\p{Lu}[\p{L}'’-]*|\(?[A-Z]{2,}\)?)/u;
const NEXT_CAPITAL_WORD = /^[^\S\n]+(\p{Lu}[\p{L}'’-]*)/u;
const NEXT_TITLE_WORD = /^\s+(\p{Lu}[\p{L}-]*)/u;
const LOWERCASE_NEXT = /^\s+\p{Ll}/u;

function complementWord(st: TitleState, c: Complement): boolean {
  const { text } = st;
  const j = c.j;
  // "Prime Minister of New Zealand Christopher Luxon": a state ends the complement before a name.
  // Rule office.state-remit: "Special Representative for Afghanistan Reconciliation,": a portfolio word that ends the
  // title right after the state belongs to it (a name would follow as a capitalised word instead).
  if (c.lastHit?.type === 'State' && !c.lastHit.pattern && !stateRemitWord(text, j)) return false;
  // "Minister for Foreign Affairs Dr Vivian Balakrishnan": an honorific starts the name.
  if (/^(?:Dr|Mr|Ms|Mrs|Prof|Hon|Rt\.? Hon|H\.E|Senator the Hon)\.?\s/.test(text.slice(j, j + 20))) return false;
  // Rule office.subnational (rules-off27.ts): "Chief Minister of Kerala A", "Governor of Lagos State,": a known unit.
  const unit = c.words === 0 ? subnationalUnitAt(text.slice(st.titleStart, st.titleEnd), text.slice(j, j + 60)) : 0;
  if (unit) {
    st.place = true;
    c.j += unit;
    c.consumed = true;
    c.words++;
    c.lastHit = undefined;
    return true;
  }
  // Rule office.honorific-ends-title: "Minister of Defense His Royal Highness Prince X".
  if (HONORIFIC_STARTS_NAME.test(text.slice(j, j + 24))) return false;
  // Rule office.rank-ends-title (off13): "Commander of the Armed Forces General Ivan Petrov": a military rank before a
  // word the complement does not know starts the name ("Chief of the General Staff" keeps its body).
  const rank = RANK_BEFORE_NAME.exec(text.slice(j, j + 40));
  if (rank && !COMPLEMENT_WORDS.has(rank[1]!)) return false;
  const w = COMPLEMENT_WORD.exec(text.slice(j, j + 40));
  if (!w) return false;
  if (c.words > 0 && capitalFamilyName(text.slice(j, j + 40))) return false;
  // Rule office.place-affairs (rol19): "Minister for Bougainville Affairs", "Sabah, Sarawak Affairs": any capitalised
  // word right before "Affairs" names the portfolio's region.
  const known =
    COMPLEMENT_WORDS.has(w[1]!.replace(/['’]s$/, '')) ||
    /^\(?[A-Z]{2,}\)?$/.test(w[1]!) ||
    /^[^\S\n]+Affairs\b/.test(text.slice(j + w[0].length, j + w[0].length + 10));
  if (!known && !placeOfTitle(st, c, text.slice(j + w[0].length, j + w[0].length + 3))) return false;
  const after = NEXT_CAPITAL_WORD.exec(text.slice(j + w[0].length, j + w[0].length + 30))?.[1];
  // person.state-word-name (rules-ent25.ts): "Secretary of Transportation Chad Wolf": the state word starts the name.
  if (stateWordStartsName(w[1]!, after) || stateWordInNameAt(text, j + w[0].length - w[1]!.length)) return false;
  // A demonym before a lowercase noun ("the Chinese side") ends the complement.
  if (DEMONYMS.has(w[1]!) && LOWERCASE_NEXT.test(text.slice(j + w[0].length, j + w[0].length + 3))) return false;
  // "Diplomatic Adviser to the French President": rather than a title cut after the adjective, the bare title.
  const nextWord = NEXT_TITLE_WORD.exec(text.slice(j + w[0].length, j + w[0].length + 30))?.[1];
  if (DEMONYMS.has(w[1]!) && c.words === 0 && nextWord && TITLE_WORDS.has(nextWord)) return false;
  // A title word after the complement's words starts another title ("… Ambassador Marshall").
  if (c.words > 0 && TITLE_WORDS.has(w[1]!) && !TITLE_WORDS.has(c.prevWord) && !/\bthe\s+$/.test(text.slice(j - 5, j)))
    return false;
  c.prevWord = w[1]!;
  c.j += w[0].length;
  c.consumed = true;
  c.words++;
  c.lastHit = undefined;
  return true;
}

/**
 * Rule office.place-title: "Governor of Kahramanmaraş,", "Mayor of Graz": a local head's complement is the one place
 * word after it, unknown to the gazetteer, closed by punctuation; the office stays the state's.
 */
function placeOfTitle(st: TitleState, c: Complement, next: string): boolean {
  const head = st.text.slice(st.titleStart, st.titleEnd);
  st.place = c.words === 0 && PLACE_HEADS.test(head) && PLACE_CLOSED.test(next);
  return st.place;
}
const PLACE_HEADS = /^(?:Governor|Mayor|Provincial Governor|Regional Governor)$/;
const PLACE_CLOSED = /^(?:[,;.)]|\s+\p{Ll})/u;

/** A portfolio word right after a state in a complement that closes the title ("Afghanistan Reconciliation,"). */
function stateRemitWord(text: string, j: number): boolean {
  const w = /^\s*(\p{Lu}[\p{L}-]*)(?=\s*(?:[,;.)]|\s+\p{Ll}|$))/u.exec(text.slice(j, j + 40));
  return !!w && PORTFOLIO.has(w[1]!);
}

/** "… and Energy and Foreign Minister X": after a closed list, "and" opening a second title ends it (rol18). */
const SECOND_TITLE_AFTER_AND =
  /^\s+and\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Minister|Secretary|Deputy|Vice|President|Envoy|Ambassador|Head|Chief)\b/u;

const listWord = (w: string) => PORTFOLIO.has(w) || DEMONYMS.has(w) || COMPLEMENT_WORDS.has(w);

/**
 * Rule office.portfolio-list: "Minister of Agriculture, Livestock and Food Supply", "Minister for Foreign Affairs,
 * European Union and Cooperation": after a portfolio word, comma-separated portfolios closed by "and <portfolio>" are
 * part of the title. Returns where the list ends, or undefined when what follows the comma is no such list (a name,
 * another title, a clause).
 */
export function portfolioListEnd(text: string, from: number): number | undefined {
  const WORD = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/u;
  let j = from;
  let items = 0;
  // rol18: a closing item may itself hold "and" ("…, Small and Medium Enterprises and Communications X"): a further
  // "and <portfolio>" continues the list, and the list ends at the last item that held.
  let closed: number | undefined;
  for (;;) {
    const sep = items === 0 ? /^,\s+/.exec(text.slice(j, j + 4)) : /^,?\s+and\s+|^,\s+/.exec(text.slice(j, j + 8));
    if (!sep) return closed;
    const closing = /\band\s+$/.test(sep[0]);
    if (closing && items === 0) return undefined;
    if (closed !== undefined && !closing) return closed;
    let k = j + sep[0].length;
    let words = 0;
    for (;;) {
      const w = WORD.exec(text.slice(k, k + 40));
      // office.citizens-abroad-remit (ent23): "… and Tunisians Abroad".
      if (w && !listWord(w[1]!) && citizensAbroad(w[1]!, text.slice(k + w[0].length, k + w[0].length + 20), DEMONYMS))
        w[1] = 'Abroad';
      if (!w || !listWord(w[1]!)) break;
      // In the closing item, a title word or a name ends the list: "… and Energy Kim Jong".
      k += w[0].length;
      words++;
      const sp = /^[^\S\n]+(?=\p{Lu})/u.exec(text.slice(k, k + 3));
      if (!sp || !listWord(WORD.exec(text.slice(k + sp[0].length, k + 40))?.[1] ?? '')) break;
      k += sp[0].length;
    }
    if (!words) return closed;
    // A non-closing item must end at a comma or "and"; else the comma began something else.
    if (!closing && !/^(?:,|\s+and\s)/.test(text.slice(k, k + 6))) return undefined;
    j = k;
    items++;
    const further = text.slice(j, j + 60);
    if (closing && (!/^\s+and\s+\p{Lu}/u.test(further) || SECOND_TITLE_AFTER_AND.test(further))) return j;
    if (closing) closed = j;
  }
}

/** A complement's noun, singular or plural ("Agreements", "Negotiations", "Forces"). */
const complementNoun = (w: string) => COMPLEMENT_WORDS.has(w) || COMPLEMENT_WORDS.has(w.replace(/s$/, ''));

/**
 * Rule office.and-complement: "Minister of Industry and Advanced Technology,", "Senior Adviser for Security
 * Negotiations and Agreements at …": "and" and up to three capitalised words that end the title (a punctuation mark,
 * a lowercase word or "at/of/in" follows), the last a complement's noun and none a title word ("… and Deputy Supreme
 * Commander" is a second title), belong to the complement. Returns where it ends, or undefined.
 */
export function andComplementEnd(text: string, from: number): number | undefined {
  const m = /^\s+and\s+((?:\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=\s*[,;.)]|\s+\p{Ll})/u.exec(
    text.slice(from, from + 60),
  );
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => TITLE_WORDS.has(w)) || !complementNoun(words[words.length - 1]!)) return undefined;
  // Rule office.and-demonym-title (off13): "… Central Committee and Chinese foreign minister": a demonym before a
  // lowercase word starts a second title, it ends no complement.
  if (DEMONYMS.has(words[words.length - 1]!)) return undefined;
  return from + m[0].length;
}

const SPACE_BEFORE_NAME = /^[^\S\n]+(?=\p{Lu}|\()/u;
const AND_CAPITAL_WORD = /^\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/u;

/** Reads the words and names of one complement after "of/for/to/on/at/with (the)". */
function readComplement(st: TitleState, from: number): Complement {
  const { text, hits } = st;
  const c: Complement = { j: from, consumed: false, words: 0, prevWord: '' };
  for (;;) {
    // The longest name starting here: "Maldives Monetary Authority" over "Maldives".
    const hit = hitsAt(hits, c.j).sort((a, b) => b.end - a.end)[0];
    if (hit && !hit.demonym) {
      complementHit(st, c, hit);
      if (c.stop) break;
    } else if (!complementWord(st, c)) break;
    // A complement ends with its line ("… Minister of Foreign Affairs\n\nFor the Government of …").
    const sp = SPACE_BEFORE_NAME.exec(text.slice(c.j, c.j + 3));
    // "Minister of International Relations and Cooperation", "Secretary for Foreign and Diaspora Affairs".
    const and = AND_CAPITAL_WORD.exec(text.slice(c.j, c.j + 34));
    if (!sp && and && c.words > 0 && remitWord(and[1]!) && remitWord(c.prevWord)) {
      c.j += and[0].length - and[1]!.length;
      continue;
    }
    const andEnd = !sp && and && c.words > 0 ? andComplementEnd(text, c.j) : undefined;
    if (andEnd !== undefined) {
      c.j = andEnd;
      break;
    }
    const listEnd = c.words > 0 && PORTFOLIO.has(c.prevWord) ? portfolioListEnd(text, c.j) : undefined;
    if (listEnd !== undefined) {
      c.j = listEnd;
      break;
    }
    if (!sp) break;
    c.j += sp[0].length;
  }
  c.j = trimBack(text, st.i, c.j);
  return c;
}

/**
 * Rule office.secretary-general-owner (nf11): "Special Envoy of the Secretary-General for Yemen", "Personal Envoy of the
 * UN Secretary-General for Mozambique": an office held "of the Secretary-General" belongs to the organisation the
 * Secretary-General heads (an acronym before it, else the United Nations), not to the state of its remit.
 */
function secretaryGeneralOwner(st: TitleState, from: number, phrase: string): TitleParse['owner'] {
  const sg = /^(?:([A-Z]{2,}|[A-Z]\.[A-Z]\.)\s+)?Secretary[- ]General\b(?!\s+of\b)/.exec(phrase);
  if (!sg) return undefined;
  const org = sg[1] ? st.hits.find((h) => h.type === 'Organization' && h.start === from) : undefined;
  if (sg[1]) return org ? { type: 'Organization', name: org.name } : undefined;
  return { type: 'Organization', name: 'United Nations' };
}

/** The remit of an envoy, in lowercase words: "to the Philippine peace process", "for the talks on Syria". */
// rol24: the remit's noun capitalised too ("for the Belgrade-Pristina Dialogue").
const ENVOY_REMIT =
  /^\s+(?:to|for|on)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:[Pp]eace\s+[Pp]rocess|[Pp]rocess|[Tt]alks|[Nn]egotiations|[Dd]ialogue|[Ii]ssue|[Qq]uestion)\b/u;

/** Rule office.envoy-and-tail (rol24): the heads of titles that take a long remit. */
const ENVOY_HEAD = /^(?:[\p{L}.-]+\s+){0,6}?(?:Envoy|Representative|Coordinator|Mediator|Facilitator)\b/u;
/**
 * "… and Regional Issues, X", "… and other Western Balkan regional issues, X", "… and Central Asian Regional Affairs,
 * X": an "and" tail of capitalised words (and the lowercase words of a remit) that runs to a comma and a name.
 */
const ENVOY_AND_TAIL =
  /^[^\S\n]+and[^\S\n]+(?:(?:the|other)[^\S\n]+)?((?:(?:\p{Lu}[\p{L}'’-]*|regional|issues|affairs|questions|related)[^\S\n]+){0,5}?(?:\p{Lu}[\p{L}'’-]*|issues|affairs|questions))(?=[^\S\n]*,[^\S\n]+(?:(?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador|former[^\S\n]+\p{Lu}[\p{L}-]+)[^\S\n]+)?\p{Lu}\p{Ll})/u;

/**
 * Rule office.envoy-and-tail (rol24): an envoy's or representative's remit may run on with "and" past where the
 * complement stopped (a state ends it, an unknown word does) up to the comma before the holder's name: "Personal Envoy
 * of the Secretary-General on Afghanistan and Regional Issues, X". Not when the tail holds a title word ("… and Head of
 * UNOWAS, X" is a second office).
 */
function envoyAndTail(st: TitleState): void {
  const end = Math.max(st.i, st.titleEnd);
  if (!ENVOY_HEAD.test(st.text.slice(st.titleStart, end))) return;
  const m = ENVOY_AND_TAIL.exec(st.text.slice(end, end + 90));
  if (!m || m[1]!.split(/\s+/).some((w) => TITLE_WORDS.has(w))) return;
  st.i = end + m[0].length;
  st.titleEnd = st.i;
}

/**
 * Rule office.government-organ-head (fl32b): "the President of the Government of Spain", "the Chairman of the Government
 * of the Russian Federation", "Vice-Chairman of the Government of …": the head of a government is its head of
 * government, whose title keeps "of the Government" when the state's name that follows is read as "Government of X"
 * (the gazetteer's alias), so the office is no "President of Spain" or "Chairman of Russia", another post.
 */
export const OFFICE_GOVERNMENT_ORGAN_HEAD = {
  id: 'office.government-organ-head',
  /** The presiding titles of a government. */
  head: /^(?:(?:First\s+)?(?:Deputy|Vice)[\s-])?(?:President|Chairman|Chairwoman|Chairperson)$/,
  /** "the Government" opening the owner's name as read. */
  organ: /^(?:the\s+)?Government(?=\s+of\s)/,
};

/** Complements: "of/for/to/with/at (the) <vocabulary or gazetteer name>…", repeated; owner and principal from them. */
function readComplements(st: TitleState): void {
  const { text } = st;
  // Rule office.envoy-remit: "Special Envoy to the Philippine peace process", "Special Representative for the talks".
  const remit = /^(?:[\w-]+\s+)*(?:Envoy|Representative|Coordinator|Negotiator)$/.test(text.slice(st.titleStart, st.i))
    ? ENVOY_REMIT.exec(text.slice(st.i, st.i + 80))
    : null;
  if (remit) {
    st.i += remit[0].length;
    st.titleEnd = st.i;
  }
  for (;;) {
    // Rule office.in-the-seat (ent22): "Minister in the Presidency", "Minister in the Prime Minister's Office".
    const seat = inTheSeat(text, st.i, text.slice(st.titleStart, st.i));
    if (seat) {
      st.i += seat;
      st.titleEnd = st.i;
      continue;
    }
    // Rule office.chair-of-heads-body (fl29a): "Chairman of the Conference of Heads of Government of CARICOM".
    const heads = chairOfHeadsBody(text, st.titleStart, st.i, st.hits);
    if (heads) {
      [st.i, st.titleEnd, st.owner, st.ownerVia] = [heads.end, heads.titleEnd, heads.owner, 'of'];
      break;
    }
    // Rule office.in-office-of (fl15c): "Minister in the Office of the Prime Minister for X" is one title.
    // Rule office.in-charge-of (fl17c): "Senior Minister in Charge of State Border Affairs".
    const m = IN_CHARGE_COMPLEMENT.exec(text.slice(st.i, st.i + 30));
    if (!m) break;
    const c = readComplement(st, st.i + m[0].length);
    if (!c.consumed || c.j <= st.i + m[0].length) break;
    const phrase = text.slice(st.i + m[0].length, c.j);
    const wholeHit = c.lastHit && c.lastHit.end === c.j && c.lastHit.start === st.i + m[0].length;
    if (c.owner && wholeHit && (m[1] === 'of' || m[1] === 'at')) {
      // "of Japan", "of the Russian Federation", "at the European Commission": the owner, not the bare title.
      if (phrase === 'Republic' || st.ownerVia !== 'prefix' || st.owner?.name !== c.owner.name) {
        st.owner = c.owner;
        st.ownerVia = m[1];
      }
      // office.government-organ-head (fl32b): "Chairman of the Government of the Russian Federation" keeps its organ.
      const organ = OFFICE_GOVERNMENT_ORGAN_HEAD.organ.exec(phrase);
      if (organ && OFFICE_GOVERNMENT_ORGAN_HEAD.head.test(text.slice(st.titleStart, st.i)))
        st.titleEnd = st.i + m[0].length + organ[0].length;
      st.i = c.j;
      continue;
    }
    // "of the UN Secretary-General for Yemen": the principal behind the organisation's acronym.
    const bare = phrase.replace(/^(?:[A-Z]{2,}|[A-Z]\.[A-Z]\.)\s+/, '');
    // office.org-principal-owner (fl27a): "of the Chairperson-in-Office": the organisation that has that title.
    const orgOwner = st.owner ? undefined : orgOfPrincipal(bare);
    if (/^(President|Prime Minister|Chancellor|Secretary-General|Chair|Premier)\b/.test(bare) || orgOwner) {
      st.principal = bare.split(/\s+(?:of|for)\s+/)[0];
      const sgOwner = orgOwner
        ? { type: 'Organization' as const, name: orgOwner }
        : st.owner
          ? undefined
          : secretaryGeneralOwner(st, st.i + m[0].length, phrase);
      if (sgOwner) [st.owner, st.ownerVia, st.ownerInside] = [sgOwner, 'of', true];
    }
    if (c.owner && m[1] === 'of' && !st.owner) {
      st.owner = c.owner;
      st.ownerVia = 'of';
    }
    st.i = c.j;
    st.titleEnd = c.j;
  }
}

/**
 * Rule office.possessive-owner: "the NDFP's Chief Negotiator", "the Taliban's Chief Negotiator": a state or
 * organisation in the possessive right before the title owns it (the gazetteer's prefixes cover only known names).
 */
function possessiveOwner(st: TitleState, pos: number): TitleParse['owner'] {
  const poss = /['’]s\s+$/.exec(st.text.slice(Math.max(0, pos - 4), pos));
  if (!poss) return undefined;
  const end = pos - poss[0].length;
  const hit = st.hits.find((h) => (h.type === 'State' || h.type === 'Organization') && h.end === end);
  return hit ? { type: hit.type, name: hit.name } : undefined;
}

/** A lowercase word's first letter (not "of", "for", "and", "the"): "foreign minister" → "Foreign Minister". */
const LOWER_WORD_START = /(^|[\s-])(?!(?:of|for|and|the)\b)(\p{Ll})/gu;
const LOWERCASE_FIRST = /^\p{Ll}/u;

/** What `finishTitle` reads from the title's words alone: a function of the words and of whether an owner prefix came. */
interface TitleForm {
  /** A lowercase head alone ("head", "chief", "member"): no title without an owner. */
  headAlone: boolean;
  nationalHome?: string;
  /** The title as written (capitalised), and the title normalised (an acronym spelt out). */
  written: string;
  title: string;
  ownedLower: boolean;
  /** The organisation an acronym title names ("SRSG": the United Nations). */
  acronymOrg?: string;
  europeanCommissioner: boolean;
  bareHighRepresentative: boolean;
  ofUnion: boolean;
}

/**
 * The forms of the titles read lately, by their words (and "1"/"0" for an owner prefix before them): a reading of the
 * words alone, which the parses of one readout repeat (about half of its titles are read again: "President",
 * "Minister for Foreign Affairs"); each parse builds its own result from it (perf30a).
 */
const titleForms = new Map<string, TitleForm>();

function titleFormOf(words: string, prefixed: boolean): TitleForm {
  const key = (prefixed ? '1' : '0') + words;
  let form = titleForms.get(key);
  if (!form) {
    if (titleForms.size >= 1024) titleForms.clear();
    titleForms.set(key, (form = readTitleForm(words, prefixed)));
  }
  return form;
}

function readTitleForm(words: string, prefixed: boolean): TitleForm {
  // A lowercase head alone ("head", "chief", "member") is not a title without what it heads.
  const headAlone = /^(head|chief|member|commander)$/i.test(words);
  // "Head of the Federal Department of Foreign Affairs (FDFA)": the acronym is no part of the title.
  let title = words.replace(/\s*\([A-Z]{2,}\)/g, '').replace(/\s+/g, ' ');
  // Rule office.national-title-owner (ent21): "Lyonchhen" is Bhutan's Prime Minister wherever it is told.
  // ent23: "Apostolic Nuncio to Kenya" is the Holy See's, whatever state it is accredited to.
  const nationalHome = NATIONAL_TITLE_STATES[title] ?? NATIONAL_TITLE_STATES[title.replace(/ to .*$/, '')];
  title = TITLE_SYNONYMS[title] ?? title;
  // Rule office.lowercase-owned: "foreign minister" is the office "Foreign Minister".
  const ownedLower = prefixed && LOWER_OWNED_RE.test(title);
  title = ownedLower ? title.replace(LOWER_WORD_START, (_, b: string, c: string) => b + c.toUpperCase()) : title;
  title = title[0]!.toUpperCase() + title.slice(1);
  const written = title;
  title = normaliseTitle(title);
  // Rule office.acronym-title (rol20): "SRSG X", "the PESG for Western Sahara", "EUSR for the Sahel X".
  const acronym = ACRONYM_TITLES.find(([re]) => re.test(title));
  if (acronym) title = title.replace(acronym[0], acronym[1]);
  return {
    headAlone,
    ...(nationalHome !== undefined ? { nationalHome } : {}),
    written,
    title,
    ownedLower,
    ...(acronym ? { acronymOrg: acronym[2] } : {}),
    europeanCommissioner: /^European Commissioner\b/.test(title),
    bareHighRepresentative: /^High Representative$/.test(title),
    // fl18a (office.high-representative-of-eu): "High Representative of the European Union for Foreign Affairs …" too.
    ofUnion: /^High Representative of the (?:European )?Union\b/.test(title),
  };
}

/** The parse's result: the title as written and normalised, with its owner and principal. */
function finishTitle(st: TitleState, pos: number): TitleParse | undefined {
  const { text } = st;
  const surface = text.slice(pos, Math.max(st.i, st.titleEnd));
  const form = titleFormOf(text.slice(st.titleStart, st.titleEnd), st.ownerVia === 'prefix');
  if (form.headAlone && !st.owner) return undefined;
  const { written, ownedLower, nationalHome, ofUnion } = form;
  const title = st.accredited ? `${form.title} to ${withArticle(st.accredited)}` : form.title;
  let owner =
    st.owner ?? possessiveOwner(st, pos) ?? (nationalHome ? { type: 'State', name: nationalHome } : undefined);
  if (form.acronymOrg) owner = { type: 'Organization', name: form.acronymOrg };
  // "European Commissioner for Trade": a member of the European Commission, whatever state it names.
  if (form.europeanCommissioner && (!owner || owner.type === 'State') && st.ownerVia !== 'of')
    owner = { type: 'Organization', name: 'European Commission' };
  // "High Representative Josep Borrell": the Union's foreign-policy chief, whoever issued the readout.
  // "High Representative of the Union for Foreign Affairs and Security Policy": "the Union" is the European Union.
  if ((form.bareHighRepresentative && !owner) || ofUnion) owner = { type: 'Organization', name: 'European Union' };
  return {
    ...(written !== title ? { written } : {}),
    start: pos,
    end: pos + surface.length,
    surface,
    title,
    ...(owner ? { owner } : {}),
    ...(st.ownerVia === 'at' ? { ownerAt: true } : {}),
    ...((st.ownerInside && st.ownerVia === 'of') || st.place || ofUnion ? { ownerInside: true } : {}),
    ...(st.principal ? { principal: st.principal } : {}),
    ...(st.place ? { place: true } : {}),
    lowercase: ownedLower || LOWERCASE_FIRST.test(surface),
  };
}

/**
 * Parses an office title starting exactly at `pos`. `hits` are gazetteer hits of the document (to read
 * "of the Russian Federation"). `lower` accepts lowercase heads (appositions: "vice premier of the State Council").
 */
/**
 * The lowercase ASCII letters a title may start with when lowercase heads are not asked for: the first letters of the
 * owner prefixes ("the Maldives", "al-…") and of the heads and modifiers. A title needs one of them, or a character
 * that `mayBeCapital` lets through (an organ prefix, an inverted list, "Commission"), at its start.
 */
const LOWER_TITLE_FIRST = new Set(
  [...PREFIX_WORDS.keys(), ...MOD_WORDS, ...TITLE_HEADS, FL13A_PATTERNS.assistantHead]
    .map((w) => w[0]!)
    .filter((c) => c >= 'a' && c <= 'z'),
);
/** Whether a title read with `lower` false may start at `pos`: not at an ASCII lowercase letter that starts none. */
const mayStartTitle = (text: string, pos: number): boolean => {
  const c = text.charCodeAt(pos);
  return !(c >= 97 && c <= 122) || LOWER_TITLE_FIRST.has(text[pos]!);
};

/** " bin ", " bint ", " ibn ": a patronymic particle, so the word before it is a given name. */
const PATRONYMIC_AFTER = /^\s+(?:bin|bint|ibn)\s/;

export function parseTitleAt(text: string, pos: number, hits: GazetteerHit[], lower = false): TitleParse | undefined {
  // Most words of a sentence start with a lowercase letter that starts no title (asked at every word by the people).
  if (!lower && !mayStartTitle(text, pos)) return undefined;
  const pre = readOwnerPrefix(text, pos, hits, lower);
  let core = readCore(text, pre.i, lower || pre.owner !== undefined, pre.owner?.type === 'State');
  // Rule office.organ-prefix (fl11b): "Mossad Director X": the agency's name is part of the title.
  const organ = core || pre.owner || !mayBeCapital(text, pos) ? undefined : organPrefix(text.slice(pos, pos + 80));
  if (organ && (organ.seat || !hitsStartingIn(hits, pos, pos + organ.length).length)) {
    core = readCore(text, pos + organ.length, false);
    if (organ.seat) pre.owner = { type: 'State', name: organ.seat };
  }
  if (!core) return undefined;
  // Rule office.whose-title (fl26a): "Solomon Islands, whose Prime Minister, Hon. X": a title read whole up to its comma.
  const whose = pre.owner || text[core.titleEnd] !== ',' ? undefined : whoseOwner(text, pos, hits);
  if (whose) pre.owner = whose;
  // Rule person.given-name-not-title: "Dr. Sultan bin Ahmed Al Jaber": a title word before a patronymic is a name.
  if (PATRONYMIC_AFTER.test(text.slice(core.titleEnd, core.titleEnd + 7))) return undefined;
  const st: TitleState = {
    text,
    hits,
    i: core.i,
    titleStart: pre.i,
    titleEnd: core.titleEnd,
    ownerInside: false,
    ...(pre.owner ? { owner: pre.owner, ownerVia: 'prefix' as const } : {}),
  };
  readComplements(st);
  envoyAndTail(st);
  // Rule office.ambassador-in-place (rules-off32.ts): "the Ambassador of Norway in Colombo, Mr. A".
  const inPlace =
    st.owner?.type === 'State' && st.ownerVia === 'of'
      ? ambassadorInPlace(text, st.i, text.slice(st.titleStart, st.titleEnd), hits)
      : undefined;
  if (inPlace) [st.i, st.accredited] = [inPlace.end, inPlace.state];
  return finishTitle(st, pos);
}

/**
 * `parseTitleAt(text, pos, hits, true)` where `parseTitleAt(text, pos, hits)` (`lower` false) gave none and `pos` holds
 * no ASCII lowercase letter (`mayBeCapital`), without reading the title again (perf31). The two parses differ there only
 * by an owner prefix taken for a lowercase head after it ("Chinese ambassador"): every LOWER_RE head starts with an
 * ASCII lowercase letter, so the lowercase core cannot match at `pos` itself, and a prefix taken for a capitalised or an
 * owned head (or "Commission") makes both parses read the same. So without such a prefix the answer is none again.
 */
export function lowerTitleAfterNone(text: string, pos: number, hits: GazetteerHit[]): TitleParse | undefined {
  const pre = execPrefix(text.slice(pos, pos + 60));
  const at = pre ? pos + pre[0].length : -1;
  if (pre && LOWER_RE.test(text.slice(at, at + 80))) return parseTitleAt(text, pos, hits, true);
  if (CHECK_REREAD && parseTitleAt(text, pos, hits, true))
    throw new Error(`lowerTitleAfterNone: a lowercase title at ${pos}: ${text.slice(pos, pos + 40)}`);
  return undefined;
}
/** Under the tests, every "none" of `lowerTitleAfterNone` is checked against the parse itself. */
const CHECK_REREAD = !!process.env.VITEST;

/** Whether `title` says "of <owner>" in words (/\sof\s+OWNER(?:\s|$)/), without compiling a regex per owner. */
function namesOfOwner(title: string, owner: string): boolean {
  for (let at = title.indexOf(owner); at >= 0 && owner; at = title.indexOf(owner, at + 1)) {
    const next = title[at + owner.length];
    if ((next === undefined || /\s/.test(next)) && /\sof\s+$/.test(title.slice(0, at))) return true;
  }
  return false;
}

/** Whether `title` holds `words` as whole words. */
function namesWord(title: string, words: string): boolean {
  for (let at = title.indexOf(words); at >= 0 && words; at = title.indexOf(words, at + 1)) {
    const before = title[at - 1];
    const after = title[at + words.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      return true;
  }
  return false;
}

/** The canonical office name: title completed with its owner ("Ambassador of China to the United States"). */
export function officeName(
  t: { title: string; ownerAt?: boolean; ownerInside?: boolean },
  ownerPhrase: string,
): string {
  // "European Commissioner for Trade" of the European Commission: the title names its owner already.
  // Rule office.owner-word-in-title (off13): the owner as a word of its own, not inside a demonym ("Egypt" is not
  // named by "Minister of Foreign Affairs, Emigration and Egyptian Expatriates").
  if (t.ownerInside || namesWord(t.title, ownerPhrase.replace(/^the\s+/, ''))) return t.title;
  // "High Commissioner of Maldives to India": the title already names its state.
  if (namesOfOwner(t.title, ownerPhrase)) return t.title;
  if (t.ownerAt) return `${t.title} at ${ownerPhrase}`;
  // Rule office.of-the-republic: "President of the Republic" (of France) → "President of France", one office per
  // state; "Diplomatic Adviser to the President of the Republic" → "… to the President of France".
  if (/\bof the Republic$/.test(t.title)) return t.title.replace(/the Republic$/, ownerPhrase);
  // "Ambassador to the United States" of China → "Ambassador of China to the United States".
  const to =
    /^(?:[\w-]+\s+)?(Ambassador|High Commissioner|Permanent Representative|Permanent Observer|Envoy|Consul|Apostolic Nuncio)/.test(
      t.title,
    )
      ? t.title.indexOf(' to ')
      : -1;
  if (to > 0) return `${t.title.slice(0, to)} of ${ownerPhrase}${t.title.slice(to)}`;
  return `${t.title} of ${ownerPhrase}`;
}

function trimBack(text: string, from: number, to: number): number {
  let j = to;
  while (j > from && /\s/.test(text[j - 1]!)) j--;
  return j;
}

/** A code point other than ASCII that is a letter, or one that may stand inside a word (`[\p{L}\p{N}’]`). */
const LETTER = /^\p{L}$/u;
const IN_WORD = /^[\p{L}\p{N}’]$/u;

/**
 * Positions where a title may start in a sentence (capitalised words, or any word when `lower`): each letter that
 * follows no letter, number, ".", "'", "’" or "-", i.e. the matches of /(?<![\p{L}\p{N}.'’-])\p{L}/gu, read code point
 * by code point (ASCII by its code, the rest by a one-character test) instead of a lookbehind tried at every position.
 */
export function titleStarts(sentence: string, base: number): number[] {
  const out: number[] = [];
  let afterWord = false;
  for (let i = 0; i < sentence.length;) {
    const c = sentence.codePointAt(i)!;
    const size = c > 0xffff ? 2 : 1;
    let letter: boolean;
    let inWord: boolean;
    if (c < 128) {
      letter = (c | 32) >= 97 && (c | 32) <= 122;
      inWord = letter || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45;
    } else {
      const ch = sentence.slice(i, i + size);
      letter = LETTER.test(ch);
      inWord = letter || IN_WORD.test(ch);
    }
    if (letter && !afterWord) out.push(base + i);
    afterWord = inWord;
    i += size;
  }
  return out;
}
