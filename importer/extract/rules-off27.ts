// The off27 office rules (issue 6, the offices-2 bank): a bare leader's title of a visitor named by surname in another
// state's release ("President Macron", "Chancellor Scholz", "Prime Minister Marape") is the state the text pairs with
// the issuer's ("the Brazil–France strategic partnership", "between Australia and Papua New Guinea"). Rule ids are
// what --explain prints. Rule office.subnational: a head of a sub-national unit ("The Governor of Lagos State, Mr. A",
// "California Governor A", "Premier A of Quebec", "Chief Minister Punjab A", "the President of the Regional Government
// of Madeira, A") holds "<head> of <unit>", OFFICE_OF the unit's country (as the entities banks have it).
import type { GazetteerHit } from './gazetteer.ts';
import { SUBNATIONAL_HEADS, SUBNATIONAL_UNITS } from './lexicons.ts';
import { alt } from './text.ts';

/** Patterns of the off27 office rules, as named data. */
export const OFF27_PATTERNS = {
  /** Between two states of a pair: a dash or slash ("Brazil–France", "India-Germany"), or "and" ("Greece and Türkiye"). */
  pairJoin: /^[^\S\n]*(?:[-–—/]|and(?:[^\S\n]+the)?)[^\S\n]*$/,
  /** Before an "and" pair: "between", "relations of", "ties of" ("between Greece and Türkiye"). */
  andPairOpen: /\b(?:between|of)[^\S\n]+(?:the[^\S\n]+)?$/,
  /** A name of one word: a surname only ("Macron", "Erdoğan", "Li"). */
  surnameOnly: /^\p{Lu}[\p{L}'’-]*$/u,
};

const P = OFF27_PATTERNS;

/** Patterns of rule office.met-in-place, as named data. */
export const MET_IN_PLACE = {
  id: 'office.met-in-place',
  /** Right before the title: a meeting verb ("held talks with", "met", "called on", "was received by"). */
  verbBefore:
    /\b(?:met|meets|met\s+with|meeting\s+with|held\s+talks\s+with|holds\s+talks\s+with|talks\s+with|called\s+on|was\s+received\s+by|paid\s+a\s+courtesy\s+call\s+on)[^\S\n]+(?:the[^\S\n]+)?$/,
  /** Right after the name: "in <Place>" closed by punctuation, "on" or "at" ("… Lawrence Wong in Singapore on 12 March"). */
  inPlaceAfter:
    /^[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)?)(?=[^\S\n]*(?:[,;.]|$|[^\S\n]+(?:on|at|to|for|and)\b))/u,
};

/**
 * Rule office.met-in-place (off27): "Party General Secretary A held talks with Prime Minister B in Singapore": a bare
 * title right after a meeting verb, whose holder the issuer's side met in a named foreign capital or city-state, is
 * that state's. `before` is the sentence up to the title, `after` the text after the holder's name; `placeState` maps
 * a place to its state (a capital's or a state's own name).
 */
export function metInPlaceState(
  before: string,
  after: string,
  home: string | undefined,
  placeState: (place: string) => string | undefined,
): string | undefined {
  // No issuer's state, no foreign place: the rule needs to know whose capital is home.
  if (!home || !MET_IN_PLACE.verbBefore.test(before)) return undefined;
  const place = MET_IN_PLACE.inPlaceAfter.exec(after)?.[1];
  const state = place ? placeState(place) : undefined;
  return state && state !== home ? state : undefined;
}

/**
 * The one state the text pairs with `home`: "H–X" or "X–H" compounds, "between H and X". Undefined when none or more
 * than one. `hits` are the gazetteer hits of the text.
 */
export function pairedOtherState(text: string, hits: GazetteerHit[], home: string | undefined): string | undefined {
  if (!home) return undefined;
  const states = hits.filter((h) => h.type === 'State').sort((a, b) => a.start - b.start);
  const others = new Set<string>();
  for (let i = 0; i + 1 < states.length; i++) {
    const [a, b] = [states[i]!, states[i + 1]!];
    if ((a.name === home) === (b.name === home)) continue;
    const join = text.slice(a.end, b.start);
    if (!P.pairJoin.test(join)) continue;
    if (/and/.test(join) && !P.andPairOpen.test(text.slice(Math.max(0, a.start - 20), a.start))) continue;
    others.add(a.name === home ? b.name : a.name);
  }
  return others.size === 1 ? [...others][0] : undefined;
}

/**
 * Rule office.paired-state-leader (off27): a person named by title and surname only, whose leader's title follows
 * another leader's in the same sentence ("Prime Minister Albanese and Prime Minister Marape signed …", "Prime Minister A
 * met President Putin"), holds the office of the state the text pairs with the issuer's, when that state has such a
 * post. `names` are the person's names as written; `earlierLeader` says whether a leader-titled person comes before
 * them in the sentence.
 */
export function pairedStateLeader(
  names: string[],
  earlierLeader: boolean,
  paired: string | undefined,
  lacks: (state: string) => boolean,
): string | undefined {
  if (!paired || !earlierLeader || !names.length || !names.every((n) => P.surnameOnly.test(n))) return undefined;
  return lacks(paired) ? undefined : paired;
}

const UNIT = alt(Object.keys(SUBNATIONAL_UNITS));
const HEAD = alt(SUBNATIONAL_HEADS);
const UNIT_SUFFIX = String.raw`(?:[^\S\n]+(Province|State|Region|Prefecture))?`;

/** Patterns of rule office.subnational, as named data. */
export const SUBNATIONAL_PATTERNS = {
  /** A cheap gate: a head word somewhere in the sentence. */
  gate: /Governor|Premier|Chief Minister|First Minister|Minister-President|Chief Executive|Regional|Generalitat|President of the (?:Region|Government)/,
  /** "Governor of Lagos State", "the Governor of China's Guangdong Province", "First Minister of Scotland". */
  headOfUnit: new RegExp(
    String.raw`\b(${HEAD})[^\S\n]+of[^\S\n]+(the[^\S\n]+)?(?:\p{Lu}[\p{L}]*['’]s[^\S\n]+)?(${UNIT})${UNIT_SUFFIX}\b`,
    'gu',
  ),
  /** "California Governor", "Queensland Premier": the unit as a prefix. */
  unitHead: new RegExp(String.raw`\b(${UNIT})${UNIT_SUFFIX}[^\S\n]+(${HEAD})\b`, 'gu'),
  /** "Chief Minister Punjab": the unit after the head, before the name. */
  headUnit: new RegExp(String.raw`\b(${HEAD})[^\S\n]+(${UNIT})[^\S\n]+(?=\p{Lu})`, 'gu'),
  /** Between a title before the name and the name: a comma or nothing, honorifics. */
  beforeName: /^[^\S\n]*,?[^\S\n]*(?:(?:Mr|Mrs|Ms|Dr|Prof|Hon|Sir|Dame|H\.[^\S\n]?E)\.?[^\S\n]+)*$/,
  /** Between the name and a title after it: a comma, "the". */
  afterName: /^,[^\S\n]*(?:the[^\S\n]+)?$/,
  /** After the name: " of Quebec". */
  ofUnitAfter: new RegExp(String.raw`^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(${UNIT})${UNIT_SUFFIX}\b`, 'u'),
};

const HEADS = new Set(SUBNATIONAL_HEADS);
const UNIT_AT = new RegExp(String.raw`^(?:${UNIT})${UNIT_SUFFIX}(?![\p{L}'’-])`, 'u');

/** Rule office.subnational in the title parser: the length of a known unit at the start of `rest` after `head`. */
export function subnationalUnitAt(head: string, rest: string): number {
  return HEADS.has(head) ? (UNIT_AT.exec(rest)?.[0].length ?? 0) : 0;
}
