// People behind one plural title: "Prime Ministers Howard and Abe", "Presidents Biden and Putin", "Presidents A, B
// and C", "Foreign Ministers A, of Paraguay, and B, of Uruguay". Each name becomes a person mention holding the
// singular title (rule person.plural-title-pair).
import { coChairsBefore, OFFICE_CO_CHAIRS_OF_BODY } from './rules-fl27a.ts';
import { listedHonorificLength } from './rules-fl28a.ts';
import { listItemAppositionLength, listItemTitleLength } from './rules-fl29b.ts';
import { pluralTitleCommaNames } from './rules-off28.ts';
import { rankAfterTitle } from './rules-fl19a.ts';
import { PERSON_PLURAL_OF_STATES_INTERLEAVED } from './rules-fl24b.ts';
import { PERSON_PLURAL_OF_STATES_QUALIFIED } from './rules-fl29a.ts';
import { countOf, PERSON_PLURAL_OF_N_RESPECTIVE, singularTitle } from './rules-fl28c.ts';
import type { Sentence } from '../types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { PersonMention } from './types.ts';
import { parseTitleAt, type TitleParse } from './titles.ts';
import { allMatches, isNameLike, matchesIf, NAME, NON_NAME } from './text.ts';

/** A capitalised plural title ("Foreign Ministers") followed by the first name. */
const PLURAL_HEAD_RE = /(?<![\p{L}\p{N}'’-])((?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Lu}\p{Ll}+(?:ies|s))\s+(?=\p{Lu})/gu;
/** What every match of PLURAL_HEAD_RE holds: a lowercase letter and "s", spaces, a capital (`mayMatch`). */
const PLURAL_HEAD_NEEDS = /\p{Ll}s\s+\p{Lu}/u;
const NAME_AT = new RegExp(`^${NAME}`, 'u');
/** ", of Paraguay," or " of Paraguay" after a name in the list. */
// off31 (person.list-of-the-state): "B of The Bahamas", "C of The Gambia": the article capitalised as these states write it.
const OF_STATE = /^,?\s+of\s+(?:[Tt]he\s+)?/;

/** "Secretaries" → "Secretary", "Ministers" → "Minister". */
const singular = (w: string) => (/ies$/.test(w) ? w.replace(/ies$/, 'y') : w.replace(/s$/, ''));

/** Trims a name read by NAME at the first vocabulary word ("Abe Prime" → "Abe"). */
function trimName(raw: string): string {
  const toks = raw.split(/\s+/);
  const cut = toks.findIndex((t, i) => i > 0 && NON_NAME.has(t));
  return (cut > 0 ? toks.slice(0, cut) : toks).join(' ');
}

interface ListedName {
  raw: string;
  start: number;
  ofState?: string;
  /** Where the item ends when a state follows the name ("A of Finland"). */
  end?: number;
  /** person.list-item-apposition (fl29b): the item's own title, before the name or in commas after it. */
  own?: TitleParse;
}

/** A state's possessive ("China's ") starting at `j`: the state and where the name after it starts. */
function possessiveStateAt(text: string, j: number, hits: GazetteerHit[]): { state: string; end: number } | undefined {
  const h = hits.find((x) => x.type === 'State' && !x.demonym && x.start === j);
  const ap = h ? /^['’]s\s+/.exec(text.slice(h.end, h.end + 4)) : null;
  return h && ap ? { state: h.name, end: h.end + ap[0].length } : undefined;
}

/**
 * Rule person.list-item-apposition (fl29b): a reader of the titles of a list's items that keeps the last one read whole
 * (its end measured by the rule) as the item's own title.
 */
function itemTitles(text: string, hits: GazetteerHit[]) {
  let last: TitleParse | undefined;
  return {
    end: (pos: number) => {
      last = parseTitleAt(text, pos, hits);
      return last?.end;
    },
    take: (len: number) => (len ? last : undefined),
  };
}

/**
 * The names of a list starting at `at`: "A and B", "A, B and C", "A, of X, and B, of Y". Undefined unless the list
 * is closed by "and" and every item is a name.
 */
export function readNameList(
  text: string,
  at: number,
  hits: GazetteerHit[],
  openEnd = false,
): ListedName[] | undefined {
  const out: ListedName[] = [];
  const own = itemTitles(text, hits);
  let j = at;
  for (;;) {
    const closing = out.length > 0 && /\band\s+$/.test(text.slice(out[out.length - 1]!.start, j));
    // "China's Wang Yi and India's Ajit Doval": a state's possessive before a name gives its state.
    const poss = possessiveStateAt(text, j, hits);
    if (poss) j = poss.end;
    // Rule person.list-honorific (fl28a): "the Prime Ministers of X and Y, the Honorable A and the Honorable B".
    j += listedHonorificLength(text.slice(j, j + 60));
    // Rule person.list-item-apposition (fl29b): "…, and Ambassador B": a listed name's own title before it.
    const before = out.length ? listItemTitleLength(text, j, own.end) : 0;
    const ownBefore = own.take(before);
    j += before;
    const m = NAME_AT.exec(text.slice(j, j + 120));
    const raw = m ? trimName(m[0].replace(/,$/, '')) : '';
    if (!raw || !isNameLike(raw) || NON_NAME.has(raw.split(/\s+/)[0]!)) return undefined;
    const item: ListedName = {
      raw,
      start: j,
      ...(poss ? { ofState: poss.state } : {}),
      ...(ownBefore ? { own: ownBefore } : {}),
    };
    j += raw.length;
    const of = OF_STATE.exec(text.slice(j, j + 12));
    const st = of ? hits.find((h) => h.type === 'State' && !h.demonym && h.start === j + of[0].length) : undefined;
    if (st && (closing || /^(?:\s*[,;.)]|\s+and\s)/.test(text.slice(st.end, st.end + 6)))) {
      item.ofState = st.name;
      item.end = st.end;
      j = st.end;
    }
    // Rule person.list-parenthesised-side (rol15): "the chief negotiators, A (European Union) and B (India)".
    const par = item.end ? null : /^\s*\(/.exec(text.slice(j, j + 3));
    const side = par ? hits.find((h) => !h.demonym && h.start === j + par[0].length) : undefined;
    const close = side ? /^\s*\)/.exec(text.slice(side.end, side.end + 3)) : null;
    if (side && close) {
      item.ofState = side.name;
      item.end = side.end + close[0].length;
      j = item.end;
    }
    out.push(item);
    if (closing) return out;
    // Rule person.list-item-apposition (fl29b): "A, Deputy Speaker of the National Assembly of X, and B".
    const after = listItemAppositionLength(text, j, own.end);
    const ownAfter = own.take(after);
    if (ownAfter) item.own = ownAfter;
    j += after;
    // A list heading's items may end with the sentence ("Heads of delegation: A (X), B (Y).").
    if (openEnd && out.length >= 2 && /^\s*(?:[.;]|$)/.test(text.slice(j, j + 2))) return out;
    const sep = /^(?:,\s+and\s+|\s+and\s+|,\s+)/.exec(text.slice(j, j + 8));
    if (!sep) return undefined;
    j += sep[0].length;
  }
}

/**
 * Rule person.plural-apposition: "the special representatives of the two leaders, A and B", "the co-chairs, A and
 * B", "the chief negotiators, A and B": a lowercase plural title, a comma, then the names. Each name holds the
 * singular title; "of the two leaders" makes each act for their own leader (`ownLeader`).
 */
const PLURAL_APPOSITION =
  /\b(?:[Tt]he|[Tt]heir)\s+(?:respective\s+)?((?:[a-z-]+\s+){0,2}?(?:representatives|envoys|negotiators|co-chairs|co-chairmen|chairs|coordinators|sherpas|advisers|advisors|ambassadors))(\s+of\s+the\s+(?:two|three)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state))?,\s+/g;

/**
 * Rule person.heads-of-delegations: "the heads of the two delegations, A and B", "the heads of delegation, A and B":
 * the names after the comma are people (a role at the table, not an office).
 */
// rol15: a list heading "Heads of delegation: A (United Kingdom), B (India)" too.
const HEADS_OF_DELEGATIONS =
  /\b[Tt]he\s+(?:two\s+)?(?:heads|leaders)\s+of\s+(?:(?:the|both)\s+)?(?:(?:two|three|respective)\s+)?(?:delegations?|negotiating\s+teams|teams|panels),\s+|(?:^|(?<=[.:]\s))Heads\s+of\s+(?:the\s+)?delegations?:\s+/g;

function headsOfDelegations(text: string, s: Sentence, hits: GazetteerHit[]): PersonMention[] {
  const out: PersonMention[] = [];
  // Asked of every sentence: only one that says "heads" or "leaders" can hold the pattern.
  if (!/heads|leaders/i.test(s.text)) return out;
  for (const m of allMatches(s.text, HEADS_OF_DELEGATIONS)) {
    const names = readNameList(text, s.start + m.index + m[0].length, hits, /:\s*$/.test(m[0]));
    if (!names || names.length < 2) continue;
    for (const n of names) out.push(listedMention(n, s, 'person.heads-of-delegations', []));
  }
  return out;
}

/** The person mention of a name read from a list, with the titles the list gives it. */
function listedMention(
  n: ListedName,
  s: Sentence,
  rule: string,
  titles: PersonMention['titles'],
  extra: Partial<PersonMention> = {},
): PersonMention {
  const end = n.start + n.raw.length;
  return {
    start: n.start,
    end,
    surface: n.raw,
    raw: n.raw,
    sentence: s.index,
    rule,
    titles,
    ...extra,
    ...(n.ofState ? { ofState: n.ofState } : {}),
    from: n.start,
    to: n.end ?? end,
  };
}

/**
 * Rule person.plural-of-states: "the foreign ministers of Türkiye, Finland and Sweden, A, B and C", "The Prime
 * Ministers of Japan and India, A and B": a plural title of a list of states, a comma, then as many names, paired in
 * order; each name holds the singular title of its state.
 */
// person.plural-of-states-qualified (fl29a): a count and a time word before the title ("the three former Prime
// Ministers of …").
const PLURAL_OF_STATES = new RegExp(
  String.raw`\b[Tt]he\s+${PERSON_PLURAL_OF_STATES_QUALIFIED.qualifier}((?:[\p{L}-]+\s+){0,2}?\p{L}+(?:ies|s))\s+of\s+(?:the\s+)?(?=\p{Lu})`,
  'gu',
);
/** What every match of PLURAL_OF_STATES holds: the plural's "s" before "of" (`mayMatch`). */
const PLURAL_OF_STATES_NEEDS = /s\s+of\s/;

/** The states of a list at `at` closed by "and" ("Türkiye, Finland and Sweden"), and where it ends. */
function readStateList(text: string, at: number, hits: GazetteerHit[]): { names: string[]; end: number } | undefined {
  const names: string[] = [];
  let j = at;
  for (;;) {
    // Rule person.list-honorific (fl28a) reads a state's capitalised article too: "of The Bahamas, Saint Lucia and …".
    const the = /^The\s+/.exec(text.slice(j, j + 5));
    const st = hits.find(
      (h) => h.type === 'State' && !h.demonym && (h.start === j || h.start === j + (the?.[0].length ?? -1)),
    );
    if (!st) return undefined;
    const closing = names.length > 0 && /\band\s+(?:the\s+)?$/.test(text.slice(j - 10, j));
    names.push(st.name);
    if (closing) return { names, end: st.end };
    const sep = /^(?:,\s+and\s+|\s+and\s+|,\s+)(?:the\s+)?/.exec(text.slice(st.end, st.end + 12));
    if (!sep) return undefined;
    j = st.end + sep[0].length;
  }
}

/**
 * Rule person.plural-of-states-interleaved: the pairs "X, A, and of Y, B" at `at` (a state, a comma, its holder's
 * name; the next pair after ", of" or ", and of"), closed by "and of"; undefined unless at least two pairs.
 */
function readInterleaved(
  text: string,
  at: number,
  hits: GazetteerHit[],
): { state: string; name: ListedName }[] | undefined {
  const { stateToName, nameToState } = PERSON_PLURAL_OF_STATES_INTERLEAVED;
  const out: { state: string; name: ListedName }[] = [];
  let j = at;
  for (;;) {
    const st = hits.find((h) => h.type === 'State' && !h.demonym && h.start === j);
    const c = st ? stateToName.exec(text.slice(st.end, st.end + 4)) : null;
    const m = st && c ? NAME_AT.exec(text.slice(st.end + c[0].length, st.end + c[0].length + 120)) : null;
    const raw = m ? trimName(m[0].replace(/,$/, '')) : '';
    if (!st || !raw || !isNameLike(raw) || NON_NAME.has(raw.split(/\s+/)[0]!)) return undefined;
    const start = st.end + c![0].length;
    out.push({ state: st.name, name: { raw, start } });
    const sep = nameToState.exec(text.slice(start + raw.length, start + raw.length + 16));
    if (!sep) return out.length >= 2 && /\band\s+of\b/.test(text.slice(at, start)) ? out : undefined;
    j = start + raw.length + sep[0].length;
  }
}

function pluralOfStates(text: string, s: Sentence, hits: GazetteerHit[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of matchesIf(s.text, PLURAL_OF_STATES, PLURAL_OF_STATES_NEEDS)) {
    const words = m[1]!.split(/\s+/);
    const single = [...words.slice(0, -1), singular(words[words.length - 1]!)]
      .map((w) => w.replace(/(^|-)\p{Ll}/gu, (x) => x.toUpperCase()))
      .join(' ');
    const t = parseTitleAt(single, 0, []);
    if (!t || t.end !== single.length) continue;
    const base = s.start + m.index;
    const listed = readStateList(text, base + m[0].length, hits);
    const comma = listed ? /^,\s+/.exec(text.slice(listed.end, listed.end + 4)) : null;
    const listedNames = listed && comma ? readNameList(text, listed.end + comma[0].length, hits) : undefined;
    // person.plural-of-states-interleaved (fl24b): "The Presidents of X, A, and of Y, B".
    const pairs = listedNames ? undefined : readInterleaved(text, base + m[0].length, hits);
    const states = pairs ? { names: pairs.map((p) => p.state) } : listed;
    const names = pairs ? pairs.map((p) => p.name) : listedNames;
    const qualified = m[0].indexOf(m[1]!) > m[0].search(/\s/) + 1;
    const rule = pairs
      ? PERSON_PLURAL_OF_STATES_INTERLEAVED.id
      : qualified
        ? PERSON_PLURAL_OF_STATES_QUALIFIED.id
        : 'person.plural-of-states';
    if (!states || !names || names.length < 2 || names.length !== states.names.length) continue;
    const start = base + m[0].indexOf(m[1]!);
    const title = {
      start,
      end: start + m[1]!.length,
      surface: m[1]!,
      title: t.title,
      lowercase: /^\p{Ll}/u.test(m[1]!),
    };
    const former = PERSON_PLURAL_OF_STATES_QUALIFIED.former.test(m[0].slice(0, m[0].indexOf(m[1]!)));
    names.forEach((n, i) => {
      const owner = { type: 'State' as const, name: states.names[i]! };
      const office = { ...title, owner, former, rule: rule.replace(/^person\./, 'office.') };
      out.push(listedMention({ ...n, ofState: owner.name }, s, rule, [office]));
    });
  }
  return out;
}

/** Rule person.plural-of-n-respective (rules-fl28c.ts): "the ministers … of the four countries, A, B, C and D, …, each
 * on behalf of his government: W, X, Y and Z": the names and the states paired in order. */
function pluralOfNRespective(text: string, s: Sentence, hits: GazetteerHit[]): PersonMention[] {
  const R = PERSON_PLURAL_OF_N_RESPECTIVE;
  const out: PersonMention[] = [];
  if (!R.needs.test(s.text)) return out;
  for (const m of allMatches(s.text, R.head)) {
    const base = s.start + m.index;
    const names = readNameList(text, base + m[0].length, hits);
    if (!names || names.length !== countOf(m[2]!)) continue;
    const last = names[names.length - 1]!;
    const after = last.end ?? last.start + last.raw.length;
    const cue = R.respective.exec(text.slice(after, s.end));
    const states = cue ? readStateList(text, after + cue.index + cue[0].length, hits) : undefined;
    if (!states || states.names.length !== names.length) continue;
    const start = base + m[0].indexOf(m[1]!);
    const lowercase = /^\p{Ll}/u.test(m[1]!);
    const title = { start, end: start + m[1]!.length, surface: m[1]!, title: singularTitle(m[1]!), lowercase };
    names.forEach((n, i) => {
      const owner = { type: 'State' as const, name: states.names[i]! };
      const office = { ...title, owner, former: false, rule: R.officeId };
      out.push(listedMention({ ...n, ofState: owner.name }, s, R.id, [office]));
    });
  }
  return out;
}

/** Rule person.list-item-apposition (fl29b): a listed name's own title, as one of its mention's titles. */
const ownTitle = (n: ListedName): PersonMention['titles'] =>
  n.own?.owner ? [{ ...n.own, former: false, rule: 'office.list-item-apposition' }] : [];

function pluralAppositions(text: string, s: Sentence, hits: GazetteerHit[]): PersonMention[] {
  const out: PersonMention[] = [
    ...headsOfDelegations(text, s, hits),
    ...pluralOfStates(text, s, hits),
    ...pluralOfNRespective(text, s, hits),
  ];
  for (const m of allMatches(s.text, PLURAL_APPOSITION)) {
    const base = s.start + m.index;
    const names = readNameList(text, base + m[0].length, hits);
    if (!names || names.length < 2) continue;
    const words = m[1]!.split(/\s+/);
    const single = [...words.slice(0, -1), singular(words[words.length - 1]!)]
      .map((w) => w.replace(/(^|-)\p{Ll}/gu, (x) => x.toUpperCase()))
      .join(' ');
    const start = base + m[0].indexOf(m[1]!);
    const title = { start, end: start + m[1]!.length, surface: m[1]!, title: single, lowercase: true };
    const office = { ...title, former: false, rule: 'office.plural-apposition', ...(m[2] ? { ownLeader: true } : {}) };
    names.forEach((n, index) =>
      out.push(
        listedMention(n, s, 'person.plural-apposition', [{ ...office }, ...ownTitle(n)], {
          ...(names.length === 2 ? { pair: { index, partner: names[1 - index]!.raw } } : {}),
        }),
      ),
    );
  }
  return out;
}

/**
 * Person mentions named by a plural title followed by a list of names. Two names carry `pair` (their position), so
 * that the people stage can give each one a side of the readout; a name followed by ", of <state>," carries it.
 */
export function findPluralTitlePairs(text: string, s: Sentence, hits: GazetteerHit[] = []): PersonMention[] {
  const out: PersonMention[] = pluralAppositions(text, s, hits);
  for (const m of matchesIf(s.text, PLURAL_HEAD_RE, PLURAL_HEAD_NEEDS)) {
    const plural = m[1]!;
    const words = plural.split(/\s+/);
    const single = [...words.slice(0, -1), singular(words[words.length - 1]!)].join(' ');
    // The singular must be a whole office title of its own ("Prime Minister"), not any plural noun ("Talks").
    const t = parseTitleAt(single, 0, []);
    if (!t || t.end !== single.length || t.lowercase) continue;
    const base = s.start + m.index;
    const names = readNameList(text, base + m[0].length, hits);
    if (!names || names[names.length - 1]!.start + names[names.length - 1]!.raw.length > s.end) continue;
    const former = /\b(former|then|late)\s+$/i.test(text.slice(Math.max(s.start, base - 12), base));
    const title = { ...t, start: base, end: base + plural.length, surface: single };
    // office.rank-after-title (fl19a): "the Co-Chairs of X, Ambassadors A of B, …": a rank, no office.
    const rank = rankAfterTitle(text, plural, base);
    // office.co-chairs-of-body (fl27a): "the Co-Chairs of the OSCE Minsk Group, Ambassadors A of X, …".
    const co = rank ? coChairsBefore(text, base, hits) : undefined;
    const coTitle = co && {
      start: co.start,
      end: base,
      surface: text.slice(co.start, base).replace(/,\s*$/, ''),
      title: co.title,
      owner: { type: 'Organization' as const, name: co.org },
      lowercase: false,
      former,
      rule: OFFICE_CO_CHAIRS_OF_BODY.id,
    };
    names.forEach((n, index) => {
      out.push({
        start: n.start,
        end: n.start + n.raw.length,
        surface: `${single} ${n.raw}`,
        raw: n.raw,
        sentence: s.index,
        rule: 'person.plural-title-pair',
        titles: coTitle ? [{ ...coTitle }] : rank ? [] : [{ ...title, former, rule: 'office.plural-title-pair' }],
        ...(names.length === 2 ? { pair: { index, partner: names[1 - index]!.raw } } : {}),
        ...(n.ofState ? { ofState: n.ofState } : {}),
        from: index === 0 ? base : n.start,
        to: n.start + n.raw.length,
      });
    });
  }
  // office.plural-title-comma-names (off28): "The Co-Princes, A and B", "The Foreign Ministers, A and B, signed".
  out.push(...pluralTitleCommaNames(text, s, hits, new Set(out.map((x) => x.start))));
  return out;
}
