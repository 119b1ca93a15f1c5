// States and organisations found by name: world-countries names and demonyms, the organisation list,
// "the X side" / "the X delegation" as aliases of the state. Case-sensitive; two-letter codes never match.
import { councilOfPresidency } from './rules-fl30a.ts';
import { portfolioListNameEnd, withoutPossessiveState } from './rules-ent22.ts';
import { nationalBodyOfState } from './rules-ent23.ts';
import { FL17C_PATTERNS } from './rules-fl17c-patterns.ts';
import { ORG_LEADING_SUBORDINATOR } from './rules-fl15c.ts';
import { ORG_LEADING_INDEFINITE_ARTICLE } from './rules-fl24b.ts';
import { ORG_NOT_DOCUMENT_NAME } from './rules-fl26b-orgs.ts';
import { ORGANIZATIONS } from './lexicons.ts';
import { withoutMembersOf } from './rules-fl17b.ts';
import { withoutLeadingEnvoys } from './rules-fl24a-orgs.ts';
import { withoutMeetingsOf } from './rules-fl18a.ts';
import { holderAfterRemit, personForBody } from './rules-rol18-orgs.ts';
import { holderAfterComplement } from './rules-fl30b-orgs.ts';
import { bareCommonwealth } from './rules-fl13b.ts';
import { stateInsidePlace } from './rules-ent21-places.ts';
import { STATES, type StateInfo } from './states.ts';
import { alt, altTrie } from './text.ts';

export interface GazetteerHit {
  type: 'State' | 'Organization';
  name: string;
  surface: string;
  start: number;
  end: number;
  demonym: boolean;
  state?: StateInfo;
  /** Found by its form (an organisation noun), not by name. */
  pattern?: boolean;
  /** A capital standing for its state (capital-metonyms.ts). */
  capital?: boolean;
}

const lookup = new Map<string, { type: 'State' | 'Organization'; name: string; demonym: boolean; state?: StateInfo }>();
for (const s of STATES) {
  for (const n of s.names) if (!lookup.has(n)) lookup.set(n, { type: 'State', name: s.name, demonym: false, state: s });
  for (const d of s.demonyms)
    if (!lookup.has(d)) lookup.set(d, { type: 'State', name: s.name, demonym: true, state: s });
}
for (const [canon, ...aliases] of ORGANIZATIONS)
  for (const n of [canon!, ...aliases]) lookup.set(n, { type: 'Organization', name: canon!, demonym: false });
// Plural demonyms name a state's citizens ("three detained Americans", "Canadians facing the death penalty").
for (const [n, e] of [...lookup])
  if (e.demonym && /(?:an|ani|i)$/.test(n) && !lookup.has(`${n}s`)) lookup.set(`${n}s`, e);
// Typographic apostrophes: "People’s Republic of China" is the "People's Republic of China", not "Republic of China".
for (const [n, e] of [...lookup])
  if (n.includes("'") && !lookup.has(n.replace(/'/g, '’'))) lookup.set(n.replace(/'/g, '’'), e);

/** Words after a demonym that make it geography or a product, not the state ("Indian Ocean", "Korean Peninsula"). */
// fl18b: "5 billion US dollars" (a currency, not the state).
const NOT_STATE_AFTER =
  /^\s+(Ocean|Sea|Peninsula|Gulf|Subcontinent|Airlines|Airways|language|Rupee|Won|Yen|Dollars?|dollars?)\b/;
/** A compass word right before a name ("South Georgia"): see rule state.compass-place. */
const COMPASS_BEFORE = /(?<![\p{L}])(?:North|South|East|West)[^\S\n]+$/u;
/** Prefixes that make a compound about something else ("Inter-Korean", "Pan-African"). */
// fl18b: "Ibero-American", "Ibero-America" (state.compound-prefix).
const NOT_STATE_BEFORE = /(?<![\p{L}])(Inter|inter|Pan|pan|Trans|trans|Anti|anti|Sino|Afro|Euro|Ibero)-$/u;

const GENERIC_ALIAS = new Set([
  'Security Council',
  'Islamic State',
  'Arab League',
  'World Bank',
  'Quad',
  // gaz13: generic names that end longer ones ("Sri Lanka Human Rights Council", "Kosovo National Liberation Army").
  'Human Rights Council',
  'Economic and Social Council',
  'Pacific Community',
  'National Liberation Army',
]);

/** Official-style prefixes that keep naming the same state: "Republic of Maldives", "Government of Japan". */
// Rule state.government-prefix (fl17c): "the Government of the Kingdom of Thailand", "the Royal Government of Cambodia".
const STATE_PREFIX =
  `(?:${FL17C_PATTERNS.styledGovernment}|(?:${FL17C_PATTERNS.governmentOf})?` +
  "(?:(?:the\\s+)?(?:Government|Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Principality|Socialist Republic|Islamic Republic|Federal Republic|People['’]s Republic|Democratic Republic|Hashemite Kingdom|Swiss Confederation|Union)\\s+of\\s+(?:the\\s+)?))";
/** "the Government of (the) " opening a state's official name ("the Government of the Democratic Republic of …"). */
const GOVERNMENT_OF_HEAD = new RegExp(`^${FL17C_PATTERNS.governmentOf}`, 'u');
// The names as a trie (altTrie): the same matches, and a source short enough for V8 to optimise (at most 20 × 1,024
// characters: V8 compiles a longer pattern unoptimised, and this scan then takes about 4.7 times the CPU; perf28 found
// it at 20,593 after the 26th and 27th rounds' names; gazetteer.test.ts keeps it there).
const RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${STATE_PREFIX}|the\\s+)?(${altTrie(lookup.keys())})(?:\\s+(side|delegation|Government|government))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The names pattern's source, for the test that keeps it short enough for V8 to optimise (perf28). */
export const gazetteerSource = (): string => RE.source;

/**
 * A title head that takes "of State": "Minister of", "Secretary of", "Councillor of"; (fl26c) "Head of" and "Chief of"
 * ("the President of the Transition, Head of State of Mali, Colonel X" is Mali's Head of State, not a "Head of Mali").
 */
const OF_STATE_TITLE = /\b(?:Minister|Secretary|Councillor|Councilor|Counsellor|Head|Heads|Chief)\s+of\s+$/;

/**
 * The hits of the texts scanned lately (perf18a): the stages ask again for the same texts (the whole text, by the
 * events' sittings; destinations and names). A scan depends on the text alone; each caller gets its own copies.
 */
const scanned = new Map<string, readonly GazetteerHit[]>();
const SCANNED_MAX = 512;

/** Every state and organisation mention in `text`, in order. */
export function findGazetteerHits(text: string): GazetteerHit[] {
  let hits = scanned.get(text);
  if (!hits) {
    if (scanned.size >= SCANNED_MAX) scanned.clear();
    scanned.set(text, (hits = scanGazetteer(text)));
  }
  return hits.map((h) => ({ ...h }));
}

/** state.possessed-region: a capitalised name's possessive right before ("Georgia's "), and "region(s)" after. */
const POSSESSIVE_BEFORE = /\p{Lu}[\p{L}-]*['’]s\s+$/u;
const REGION_AFTER = /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+regions?\b/u;

/**
 * Rule state.possessed-region: "Georgia's Abkhazia and Tskhinvali regions", "Moldova's Transnistria region": a name
 * after another state's possessive and before "region(s)" is that state's region, not a state of its own.
 */
function possessedRegion(text: string, start: number, end: number): boolean {
  return (
    POSSESSIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && REGION_AFTER.test(text.slice(end, end + 40))
  );
}

function scanGazetteer(text: string): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  RE.lastIndex = 0;
  for (let m = RE.exec(text); m; m = RE.exec(text)) {
    const key = m[2]!;
    // "Democratic Republic of the Congo" is a name of its own, not a prefix before "Congo"; so after "the Government of"
    // (rol25: "the Government of the Democratic Republic of the Congo" was the Republic of the Congo).
    const whole = m[1]
      ? (lookup.get(`${m[1].replace(/^the\s+/, '')}${key}`) ??
        lookup.get(`${m[1].replace(GOVERNMENT_OF_HEAD, '')}${key}`))
      : lookup.get(key);
    const e = whole?.type === 'State' ? whole : lookup.get(key)!;
    const keyStart = m.index + (m[1]?.length ?? 0);
    if (NOT_STATE_BEFORE.test(text.slice(Math.max(0, keyStart - 6), keyStart))) continue;
    // "North American", "Latin American", "Latin America and the Caribbean": a region, not the state.
    if (
      (e.demonym || key === 'America') &&
      /\b(North|South|Latin|Central)\s+$/.test(text.slice(Math.max(0, keyStart - 9), keyStart))
    )
      continue;
    if (e.type === 'State' && NOT_STATE_AFTER.test(text.slice(keyStart + key.length, keyStart + key.length + 20)))
      continue;
    if (e.type === 'State' && !e.demonym && possessedRegion(text, keyStart, keyStart + key.length)) continue;
    // Rule state.compass-place (fl11b): "South Georgia", "West Java": a compass word before a state's name that is
    // no state of its own (those, "South Korea", "North Macedonia", are longer keys) makes a place, not the state.
    if (
      e.type === 'State' &&
      !e.demonym &&
      !m[1] &&
      COMPASS_BEFORE.test(text.slice(Math.max(0, keyStart - 7), keyStart))
    )
      continue;
    // Rule state.inside-place-name (ent21): "Port of Spain", "the Gulf of Guinea", "the Jordan Valley", "Atlanta, Georgia".
    if (
      e.type === 'State' &&
      !e.demonym &&
      (!m[1] || /^the\s+$/.test(m[1])) &&
      stateInsidePlace(text, keyStart, keyStart + key.length, e.name)
    )
      continue;
    // A generic alias inside a longer name ("Supreme National Security Council") is not that organisation.
    if (GENERIC_ALIAS.has(key) && /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, keyStart - 30), keyStart)))
      continue;
    // org.national-body-of-state (ent23): "the Security Council of the Russian Federation" is Russia's own.
    if (
      GENERIC_ALIAS.has(key) &&
      nationalBodyOfState(text.slice(keyStart + key.length, keyStart + key.length + 60), isStateName)
    )
      continue;
    // "US"/"UK" only in running text: never an all-capitals heading.
    if (/^(US|UK|EU|UN)$/.test(key) && /^\p{Lu}+(\s+\p{Lu}+)*$/u.test(lineOf(text, keyStart))) continue;
    // Rule org.bare-commonwealth (fl13b): "the Commonwealth", not "Commonwealth Secretariat" nor "Commonwealth of X".
    if (key === 'Commonwealth' && !bareCommonwealth(text, keyStart, keyStart + key.length)) continue;
    const side = Boolean(m[3]);
    // Rule office.of-state-title: "Secretary of State of the Holy See", "Minister of State of the Republic of the
    // Congo": the "State" belongs to the title before it, not to a formal "State of X" name.
    const ofStateTitle =
      /^State\s/.test(m[1] ?? '') && OF_STATE_TITLE.test(text.slice(Math.max(0, m.index - 30), m.index));
    const prefixed = Boolean(m[1] && m[1] !== 'the ' && !/^the\s+$/.test(m[1]) && e.type === 'State' && !ofStateTitle);
    const start = side || prefixed ? m.index + (/^the\s/.test(m[1] ?? '') && prefixed ? 4 : 0) : keyStart;
    const end = side ? m.index + m[0].length : keyStart + key.length;
    const surface = side ? text.slice(m.index, end) : text.slice(start, end);
    out.push({
      type: e.type,
      name: e.name,
      surface,
      start: side ? m.index : start,
      end,
      demonym: e.demonym && !side && !prefixed,
      ...(e.state ? { state: e.state } : {}),
    });
  }
  return out;
}

const isStateName = (name: string) => lookup.get(name)?.type === 'State' && !lookup.get(name)!.demonym;

function lineOf(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}

/**
 * Rule state.acronym: "the Government of the Republic of the Philippines (GRP)": an acronym defined in parentheses right
 * after a state's name names that state wherever the text uses it ("the GRP delegation", "the GRP panel").
 * Rule org.acronym-defined: so does one after a known organisation's name that the gazetteer does not give it ("the
 * Syrian Democratic Forces (SDF) … integrating the SDF"), where the bare acronym is too ambiguous to list (its mentions print as org.acronym).
 */
export function acronymHits(text: string, hits: GazetteerHit[]): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (const h of hits) {
    // "National Democratic Front of the Philippines (NDFP)": the acronym of a longer name ending in the state.
    if (h.demonym || (h.type === 'State' && /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, h.start - 8), h.start))))
      continue;
    const acro = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(h.end, h.end + 12));
    if (!acro || lookup.has(acro[1]!)) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${acro[1]}(?![\\p{L}])`, 'gu')))
      out.push({ ...h, surface: acro[1]!, start: m.index, end: m.index + acro[1]!.length });
  }
  return out;
}

/** A capitalised chain with connectors ("Reserve Bank of India", "Federal Department of Foreign Affairs"). */
const CHAIN =
  /(?<![\p{L}\d-])\p{Lu}[\p{L}'’-]*(?:(?:[^\S\n]+(?:of|for|on|against|and|the|de|des|du))*[^\S\n]+\p{Lu}[\p{L}'’-]*)*/gu;
// fl24b: "Prefect of the Department of X" is a title (TITLE_HEADS), not an organisation headed by "Department"; ent26
// (office.leader-of-body): nor is "Leader of the Democratic Alliance".
const TITLE_START =
  /^(Minister|President|Premier|Prime|Secretary|Head|Chief|Director|Governor|Prefect|Chair|Chairman|Commander|Member|Deputy|Vice|Special|Ambassador|High|Senior|Commissioner|Spokesperson|Leader|Executive(?=\s+(?:Secretary|Director)\b))\b/;
/** Where a capitalised chain holds two names: "… and the …", or "and" before a title word. */
const AND_SPLIT =
  /(\s+and\s+(?:of\s+)?the\s+|\s+and\s+(?=(?:Minister|Director|Member|Head|Chief|Secretary|Chair|Chairman|President|Governor|Commissioner|Deputy|Vice|Commander|Special|Senior)\b))/;
/**
 * Rule org.not-person-title: "South Korean Defense Minister Song Young-moo and North Korea's Minister of People's Armed
 * Forces": a chain holding a title before a person's name is people, not an organisation.
 */
const PERSON_TITLE_INSIDE =
  /\b(?:Minister|President|Secretary|Ambassador|Chairman|Chairperson|Governor|Commander)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+)?\s+and\s/u;
/** An office head inside the chain: "Chairperson of the African Union", "General Secretary of the …". */
const TITLE_INSIDE = /^(?:[\p{Lu}][\p{L}-]*\s+)?(?:Chairperson|Secretary|Secretary-General|President|Minister)\s+of\b/u;
// org.not-treaty-party (flb10): "the Second Party", "the First Party" of an agreement's text are its sides, no body.
const NOT_ORG =
  /\b(Agreement|Treaty|Declaration|Summit|Meeting|Dialogue|Conference|Statement|Memorandum|Framework|Plan|Convention|Consensus|Talks|Resolution|Session)\b|^(?:First|Second|Third|Other|Contracting|Receiving|Sending|Requesting|Requested)\s+Party$|^West\s+Bank$/;
// org.leading-subordinator (fl15c): "Until the Court rules": the words ORG_LEADING_SUBORDINATOR lists too.
// org.leading-indefinite-article (fl24b): "A Joint Implementation Committee … will meet": ORG_LEADING_INDEFINITE_ARTICLE.
const LEADING = new RegExp(
  `^(The|This|That|These|Once|If|When|Where|Although|On|In|At|Under|With|For|As|To|From|By|And|Both|During|After|Before|Since|While|Following|Representing|Speaking|Acting|Leading|Heading|Negotiating|Signing|Welcoming|Addressing|Thanking|Visiting|Attending|Hosting|${ORG_LEADING_SUBORDINATOR.words.join('|')}|${ORG_LEADING_INDEFINITE_ARTICLE.words.join('|')})\\s+`,
);

/** States' one-word demonyms ("Chinese"), which end a chain after "and". */
const CHAIN_DEMONYMS = new Set(STATES.flatMap((st) => st.demonyms).filter((d) => !d.includes(' ')));

/**
 * Rules org.slash-acronym and org.slash-name (ent25): a bracketed acronym may hold a slash and digits ("(RUF/SL)",
 * "(AFC/M23)"); a name goes on after a slash up to a slash acronym ("Liberation Movement/Army (SPLM/A)").
 */
const SLASH_ACRONYM = /^\s*\(([A-Z][A-Za-z0-9-]{1,9}(?:\/[A-Z0-9][A-Za-z0-9-]{0,8})?)\)/;
const SLASH_NAME = /^\/\p{Lu}[^()\n,;]{0,50}?(?=[^\S\n]*\([A-Z][A-Za-z0-9-]*\/[A-Z0-9][A-Za-z0-9-]*\))/u;

/** After a state inside a capitalised chain: "… for Indonesia and Helena …", a second name. */
const STATE_THEN_AND = /^\s+and\s+\p{Lu}/u;

/** Rule org.head-first: "Ministry of Foreign Affairs and Trade", "Department of the Treasury": a head, then "of". */
const HEAD_FIRST_ORG = /^(?:Ministry|Department|Office|Agency|Directorate)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

/** A name with an organisation head that is no title and no pair of names. */
function orgShaped(name: string, headAt: number): boolean {
  if (headAt < 0 || (headAt === 0 && !HEAD_FIRST_ORG.test(name))) return false;
  // org.not-document-name (fl26b): "the Protocol of Accession of the Union of X" is a document.
  return (
    !NOT_ORG.test(name) &&
    !ORG_NOT_DOCUMENT_NAME.words.test(name) &&
    !TITLE_START.test(name) &&
    !TITLE_INSIDE.test(name) &&
    !PERSON_TITLE_INSIDE.test(name)
  );
}

/**
 * Where the capitalised words and connectors after an organisation's head end. Rule org.and-demonym-ends (off13):
 * "… Central Committee and Chinese foreign minister": "and" before a demonym starts another phrase.
 */
function complementEnd(toks: string[], from: number): number {
  let k = from;
  while (
    k < toks.length &&
    (/^\p{Lu}/u.test(toks[k]!) || /^(and|the|of)$/.test(toks[k]!)) &&
    !(toks[k] === 'and' && CHAIN_DEMONYMS.has(toks[k + 1] ?? ''))
  )
    k++;
  return k;
}

/**
 * A chain right before a treaty's name is part of that name; rule org.not-person-for-body (rol18, personForBody): "A for
 * the European Union" is a person acting for the body.
 */
const ORG_BEFORE_TREATY = /^\s*(\([A-Z]+\)\s*)?(Treaty|Agreement|Convention|Protocol)\b/;

/** A chain piece without its leading words (LEADING, repeated) and a leading "the". */
function withoutLeading(index: number, text: string): { s: number; name: string } {
  let s = index;
  let name = text;
  for (;;) {
    const lead = LEADING.exec(name);
    if (!lead) break;
    s += lead[0].length;
    name = name.slice(lead[0].length);
  }
  if (/^the\s+/.test(name)) return { s: s + 4, name: name.slice(4) };
  return { s, name };
}

/** A pattern finding any of `heads` anywhere in a string, word or not (one per list of heads). */
const headPatterns = new WeakMap<readonly string[], RegExp>();
function headsInside(heads: readonly string[]): RegExp {
  let re = headPatterns.get(heads);
  if (!re) headPatterns.set(heads, (re = new RegExp(alt(heads))));
  return re;
}

/**
 * Organisations found by their form: a capitalised name whose head is an organisation noun (Bank, Commission,
 * Bureau, …). A title in front ("Secretary of the Supreme National Security Council") is cut off; a following
 * acronym in parentheses ("(CBI)") becomes an alias.
 */
export function findPatternOrgs(text: string, known: GazetteerHit[], heads: readonly string[]): GazetteerHit[] {
  const headSet = new Set(heads);
  const headInside = headsInside(heads);
  const out: GazetteerHit[] = [];
  const pieces: { index: number; text: string }[] = [];
  for (const m of text.matchAll(CHAIN)) {
    // Every name read below is a slice of the chain's text (its leading words, a title and a possessive state cut
    // off), and it needs a head among its words: a chain holding no head, even inside a word, gives none (perf30a: most
    // chains are people's names, titles and places, and each piece cost a dozen short regex runs).
    if (!headInside.test(m[0])) continue;
    // "Reserve Bank of India and the Maldives Monetary Authority": two names. "… of the CPC Central Committee and
    // Director of the Office of …": a second title starts after "and".
    let off = 0;
    for (const part of m[0].split(AND_SPLIT)) {
      if (!/^\s+and\s+(?:of\s+)?(?:the\s+)?$/.test(part)) pieces.push({ index: m.index + off, text: part });
      off += part.length;
    }
  }
  for (const m of pieces) {
    let { s, name } = withoutLeading(m.index, m.text);
    // org.not-members-of (fl17b): "the member States of the Non-Aligned Movement": the body is what follows.
    ({ s, name } = withoutMembersOf(s, name));
    ({ s, name } = withoutMeetingsOf(s, name)); // org.not-meetings-of (fl18a)
    ({ s, name } = withoutLeadingEnvoys(s, name)); // org.not-leading-article-or-envoys (fl24a)
    // "Secretary of the Supreme National Security Council of Iran" → "Supreme National Security Council of Iran".
    const t = TITLE_START.exec(name) ? /\s(?:of|for)\s+(?:the\s+)?/.exec(name) : null;
    if (t) {
      s += t.index + t[0].length;
      name = name.slice(t.index + t[0].length);
    }
    // org.possessive-state-prefix (ent22): "China's National Development and Reform Commission".
    ({ s, name } = withoutPossessiveState(s, name, (a, b) =>
      known.some((h) => h.type === 'State' && h.start === a && h.end === b),
    ));
    const toks = name.split(/\s+/);
    const headAt = toks.findIndex((w) => headSet.has(w));
    // Rule org.pattern: not a title ("Chairperson of the African Union"), nor two names ("Spain and of the EU").
    if (!orgShaped(name, headAt)) continue;
    // Up to the head, plus "of <State>" or "of/for <Capitalised words>" after it.
    let keep = headAt + 1;
    if (/^(of|for|against)$/.test(toks[keep] ?? '')) {
      let k = complementEnd(toks, keep + 1);
      while (k > keep + 1 && /^(and|the|of)$/.test(toks[k - 1]!)) k--;
      // "… Commission of the CPC Central Committee Wang Yi held talks": capitalised words straight after a later
      // head noun, with no connector, are the name of the title's holder, not part of the organisation.
      let lastHead = -1;
      for (let j = keep + 1; j < k; j++) if (headSet.has(toks[j]!)) lastHead = j;
      if (lastHead > 0 && lastHead < k - 1 && !toks.slice(lastHead + 1, k).some((w) => /^(and|the|of)$/.test(w)))
        k = lastHead + 1;
      if (t) k = holderAfterRemit(toks, keep, k, headSet); // org.holder-after-remit (rol18)
      if (t) k = holderAfterComplement(toks, keep, k); // org.holder-after-complement (fl30b)
      if (k > keep + 1) keep = k;
    }
    name = toks.slice(0, keep).join(' ');
    // org.portfolio-list-name (ent22): "Federal Department of Economic Affairs, Education and Research".
    name = text.slice(s, portfolioListNameEnd(text, name, s + name.length));
    // org.slash-name (ent25): "… Movement/Army (SPLM/A)": the name goes on after a slash, up to a slash acronym.
    name += SLASH_NAME.exec(text.slice(s + name.length, s + name.length + 80))?.[0] ?? '';
    const e = s + name.length;
    if (known.some((h) => h.start === s && h.end === e)) continue;
    if (known.some((h) => h.type === 'Organization' && h.start <= s && h.end >= e)) continue;
    // Rule org.not-name-pair: "A for Indonesia and B for the European Union": a state inside the chain followed by
    // "and" and a capital ends one name and starts another.
    if (known.some((h) => h.type === 'State' && h.start > s && h.end < e && STATE_THEN_AND.test(text.slice(h.end, e))))
      continue;
    if (ORG_BEFORE_TREATY.test(text.slice(e, e + 30)) || personForBody(text, s, e, known, headSet)) continue;
    out.push(...withAcronym(text, known, name, s, e));
  }
  return out;
}

/**
 * The pattern organisation `name` at [s, e), and its bracketed acronym (org.slash-acronym) with that acronym's other
 * occurrences. Rule org.known-acronym-names-it (agr26): "the Congo River Alliance/March 23 Movement (AFC/M23)", whose
 * bracketed acronym the gazetteer knows (M23): the long name is that organisation's alias, not a second organisation.
 */
function withAcronym(text: string, known: GazetteerHit[], name: string, s: number, e: number): GazetteerHit[] {
  const acro = SLASH_ACRONYM.exec(text.slice(e, e + 20));
  const a = acro ? e + acro[0].indexOf(acro[1]!) : -1;
  const knownAcro = acro ? knownOrgAt(known, a, a + acro[1]!.length) : undefined;
  const org = (surface: string, start: number): GazetteerHit => ({
    type: 'Organization',
    name,
    surface,
    start,
    end: start + surface.length,
    demonym: false,
  });
  // (fl30a) org.council-presidency: "the Hungarian Presidency of the Council of the EU" is the Council's alias.
  const canonical = knownAcro?.name ?? councilOfPresidency(name) ?? name;
  const out: GazetteerHit[] = [{ ...org(name, s), name: canonical, pattern: true }];
  if (!acro || knownAcro) return out;
  out.push(org(acro[1]!, a));
  for (const mm of text.matchAll(new RegExp(`(?<![\\p{L}/])${acro[1]}(?![\\p{L}/])`, 'gu')))
    if (mm.index !== a) out.push(org(acro[1]!, mm.index));
  return out;
}

/** The gazetteer's organisation hit spanning exactly [s, e] (a known acronym), if any. */
function knownOrgAt(known: GazetteerHit[], s: number, e: number): GazetteerHit | undefined {
  return known.find((h) => h.type === 'Organization' && !h.pattern && h.start === s && h.end === e);
}

/** Hits (sorted by start) inside [s, e]: a binary search, then the few that start there. */
export function hitsWithin(hits: GazetteerHit[], s: number, e: number): GazetteerHit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: GazetteerHit[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start <= e; i++) if (hits[i]!.end <= e) out.push(hits[i]!);
  return out;
}
