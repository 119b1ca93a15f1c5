// Within-document person coreference: surname-only and shorter mentions join the full name; canonical
// names in usual English order (UPPERCASE family names and family-name-first Japanese order reversed,
// Chinese/Korean/Vietnamese order kept); two people sharing a surname in different states stay two.
import { sameTitled } from './rules-fl15b.ts';
import { sameGivenName } from './lexicons.ts';
import { SpanSet } from './span-set.ts';
import { distinctMiddle, givenAndFather, patronymicChain } from './rules-fla10.ts';
import { doubleSurnameSame, initialsPrefixSame } from './rules-fl13c.ts';
import type { PersonCluster, PersonMention } from './types.ts';
import { FAMILY_FIRST_STATES } from './states.ts';
import { keepsGivenFirst } from './rules-fl13a.ts';
import { splitGluedInitial } from './rules-ent21.ts';
import { royalGivenName } from './rules-ent23.ts';
import { isGivenInitials, REGNAL_NUMERAL } from './rules-ent24.ts';
import { capsSurnameMentions } from './rules-fl24a.ts';

const royalCluster = (c: PersonCluster) =>
  !/\s/.test(c.name) && c.mentions.some((m) => royalGivenName(m.surface, m.raw, m.titles));
import { PATRONYMIC, titleCase, wordStarts } from './text.ts';

export type { PersonCluster } from './types.ts';

/** A generational suffix ("Joseph R. Biden, Jr."): part of the name, but no surname for coreference. */
const SUFFIX_RE = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/;

const UPPER_WORD = /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u;
const isUpperWord = (w: string) => UPPER_WORD.test(w);

function tokensOf(m: PersonMention): { toks: string[]; upperFirst: boolean; suffix?: string } {
  let raw = m.raw;
  if (m.inverted) {
    const [sur, given] = raw.split(/,\s+/);
    raw = `${given} ${sur}`;
  }
  let sx = SUFFIX_RE.exec(raw);
  // "King Abdullah II": a regnal number after a single name is part of the name, not a generational suffix.
  if (sx && /^I/.test(sx[1]!) && !/\s/.test(raw.slice(0, sx.index))) sx = null;
  if (sx && sx.index > 0) raw = raw.slice(0, sx.index);
  const toks = splitGluedInitial(raw.split(/\s+/));
  const upperFirst =
    toks.length > 1 &&
    isUpperWord(toks[0]!) &&
    !isGivenInitials(toks[0]!) &&
    toks.slice(1).some((t) => !isUpperWord(t));
  return { toks, upperFirst, ...(sx && sx.index > 0 ? { suffix: sx[1]!.replace(/^(Jr|Sr)$/, '$1.') } : {}) };
}

const fold = (w: string) =>
  w
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');

/** Groups person mentions into people and names them. `stateOf` gives a mention's explicit state, if any. */
export function clusterPeople(
  mentions: PersonMention[],
  stateOf: (m: PersonMention) => string | undefined,
  derivedOf: (m: PersonMention) => string | undefined = () => undefined,
  home?: string,
): PersonCluster[] {
  const clusters: (PersonCluster & {
    upperFirst: boolean;
    familyFirst: boolean;
    folded: string[];
    suffix?: string;
  })[] = [];
  // Each mention's tokens read once (the sort would read them at every comparison).
  const tokens = new Map(mentions.map((m) => [m, tokensOf(m)]));
  const order = [...mentions].sort(
    (a, b) => tokens.get(b)!.toks.length - tokens.get(a)!.toks.length || a.start - b.start,
  );
  for (const m of order) {
    const { toks, upperFirst, suffix } = tokens.get(m)!;
    const f = toks.map(fold);
    const st = stateOf(m);
    const compatible = (c: (typeof clusters)[number]) => !st || !c.state || c.state === st;
    let target: (typeof clusters)[number] | undefined;
    if (f.length > 1) {
      target = clusters.find((c) => compatible(c) && sameLongName(c.folded, f));
    } else {
      const w = f[0]!;
      const cands = clusters.filter((c) => compatible(c) && joinsLonger(c.folded, w, m));
      const byLast = cands.filter((c) => c.folded[c.folded.length - 1] === w);
      // person.same-title-surname (fl15b): "President Kagame" after "President Paul Kagame and First Lady Jeannette
      // Kagame" is the one of the namesakes who bears that title.
      const pool = sameTitled(m, byLast.length ? byLast : cands);
      // Nearest full mention before this one wins; else the first.
      target = pool.sort((a, b) => nearest(b, m.start) - nearest(a, m.start))[0];
      if (target && !byLast.length && target.folded[0] === w && target.folded.length === 2) target.familyFirst = true;
      if (!target) target = clusters.find((c) => compatible(c) && c.folded.length === 1 && c.folded[0] === w);
    }
    if (target) {
      target.mentions.push(m);
      if (st && !target.state) target.state = st;
      if (upperFirst) target.upperFirst = true;
      if (suffix) target.suffix ??= suffix;
    } else {
      clusters.push({
        id: clusters.length,
        name: '',
        mentions: [m],
        tokens: toks,
        folded: f,
        upperFirst,
        familyFirst: false,
        ...(suffix ? { suffix } : {}),
        ...(st ? { state: st } : {}),
      });
    }
  }
  // No title says the state: read it from the context of the mentions (lists, sides, delegations).
  for (const c of clusters) if (!c.state) c.state = c.mentions.map(derivedOf).find(Boolean);
  for (const c of clusters) {
    const keepOrder = c.state !== undefined && FAMILY_FIRST_STATES.has(c.state);
    // Roman numerals stay upper case ("Abdullah II").
    let toks = c.tokens.map(nameCase);
    // Rule person.korean-given-name: "Lee Tae-woo" (a hyphenated given name with a lowercase second part) is written
    // family name first already, as Korean names are; only other family-first forms turn round.
    const koreanGiven = toks.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(toks[1]!);
    // Rule person.given-name-address (rules-fl13a.ts): "Prime Minister Abiy" is no family name first (a person of no
    // known state is taken for one of the issuer's).
    const familyFirst = c.familyFirst && !keepsGivenFirst(c.state ?? home);
    if ((c.upperFirst || familyFirst) && !keepOrder && !koreanGiven && toks.length === 2) toks = [toks[1]!, toks[0]!];
    c.name = [...toks, ...(c.suffix ? [c.suffix] : [])].join(' ');
    c.mentions.sort((a, b) => a.start - b.start);
  }
  return clusters.map(({ id, name, mentions, state, tokens }) => ({
    id,
    name,
    mentions,
    tokens,
    ...(state ? { state } : {}),
  }));
}

/**
 * A name's word in its case: title case, but a regnal numeral (person.regnal-numeral-case, "Leo XIV") and initials
 * first (person.initials-given-name, "JD Vance"; both rules-ent24.ts) as written.
 */
const nameCase = (t: string, i: number, toks: string[]): string =>
  (i > 0 && REGNAL_NUMERAL.test(t)) || (i === 0 && toks.length > 1 && isGivenInitials(t)) ? t : titleCase(t);

/**
 * A one-word mention joins a longer name holding its word; person.royal-given-name (ent23): "Sultan Ibrahim" joins no
 * "Anwar Ibrahim", only a name it begins.
 */
function joinsLonger(folded: string[], w: string, m: PersonMention): boolean {
  if (folded.length < 2) return false;
  return royalGivenName(m.surface, m.raw, m.titles) ? folded[0] === w : folded.includes(w);
}

function sameLongName(a: string[], b: string[]): boolean {
  // Same first and last word ("Vladimir Putin" ~ "Vladimir Vladimirovich Putin"), or the same words reordered.
  // Rule person.short-given-name: "Joe Biden" is "Joseph R. Biden Jr." (see GIVEN_NAME_SHORT_FORMS).
  const firstOk = sameGivenName(a[0]!, b[0]!) || (a[0]![0] === b[0]![0] && (a[0]!.length === 1 || b[0]!.length === 1));
  if (firstOk && a[a.length - 1] === b[b.length - 1] && !distinctMiddle(a, b)) return true;
  // Rules person.patronymic-chain and person.given-and-father (rules-fla10.ts).
  const pat = (w: string) => PATRONYMIC.test(w);
  if (patronymicChain(a, b, pat) || patronymicChain(b, a, pat) || givenAndFather(a, b) || givenAndFather(b, a))
    return true;
  // Rule person.patronymic-prefix: "Sheikh Mohamed bin Zayed" is "Mohamed bin Zayed Al Nahyan": a name with its
  // patronymic, shorter by the family name.
  if (patronymicPrefix(a, b) || patronymicPrefix(b, a)) return true;
  // Rules person.initials-prefix and person.double-surname (fl13c).
  if (initialsPrefixSame(a, b) || initialsPrefixSame(b, a) || doubleSurnameSame(a, b) || doubleSurnameSame(b, a))
    return true;
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/** The first word of an Arabic family name: "Al Nahyan", "Al-Thani", "El Sisi". */
const FAMILY_PREFIX = /^(?:al|el|aal)(?:-|$)/;

/** `short` is the first words of `long`, and holds a patronymic ("mohamed bin zayed"). */
function patronymicPrefix(long: string[], short: string[]): boolean {
  if (short.length < 3 || short.length >= long.length) return false;
  if (!short.slice(1, -1).some((w) => PATRONYMIC.test(w))) return false;
  // Only a family name ("Al Nahyan", "Al-Thani") may be left out, not a further patronymic ("bin Abdullah").
  if (!FAMILY_PREFIX.test(long[short.length]!)) return false;
  return short.every((w, i) => w === long[i]);
}

function nearest(c: { mentions: PersonMention[] }, at: number): number {
  let best = -1;
  for (const m of c.mentions) if (m.start <= at && m.start > best) best = m.start;
  return best;
}

/**
 * Bare surnames of people already named in full ("led by Liu on the Chinese side and by Lighthizer and Mnuchin"):
 * each standalone occurrence not inside another mention or gazetteer name becomes a mention of that person. A
 * surname two people share is left alone.
 */
export function addSurnameMentions(
  text: string,
  clusters: PersonCluster[],
  taken: { start: number; end: number }[],
  sentenceAt: (offset: number) => number,
  nonName: Set<string>,
): void {
  const surnameOf = (c: PersonCluster) => {
    const toks = c.name.split(/\s+/).filter((t) => !/^(Jr|Sr)\.$|^(II|III|IV)$/.test(t));
    if (toks.length < 2) return undefined;
    return c.state && FAMILY_FIRST_STATES.has(c.state) ? toks[0] : toks[toks.length - 1];
  };
  const counts = new Map<string, number>();
  for (const c of clusters) {
    // person.royal-given-name (ent23): a one-word name ("Sultan Ibrahim") shares the surname of "Anwar Ibrahim".
    const s = surnameOf(c) ?? (royalCluster(c) ? c.name : undefined);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const spans = new SpanSet([
    ...taken,
    ...clusters.flatMap((c) => c.mentions.map((m) => ({ start: m.from ?? m.start, end: m.to ?? m.end }))),
  ]);
  addFullNamesAgain(text, clusters, spans, sentenceAt);
  addSurnames(text, clusters, spans, sentenceAt, nonName, surnameOf, counts);
  addCapsSurnames(text, clusters, spans, sentenceAt);
}

/** What may not touch a name found again: a letter, digit, apostrophe or hyphen before it (a dot too before a surname). */
const FULL_NAME_NOT_BEFORE = /[\p{L}\p{N}'’-]$/u;
const SURNAME_NOT_BEFORE = /[\p{L}\p{N}.'’-]$/u;
/** …and a letter, digit or hyphen after it. */
const NAME_NOT_AFTER = /^[\p{L}\p{N}-]/u;

/** Rule person.full-name-again: full names again where nothing marked them as a person ("and by Zhong Shan …"). */
function addFullNamesAgain(
  text: string,
  clusters: PersonCluster[],
  spans: SpanSet,
  sentenceAt: (offset: number) => number,
): void {
  for (const c of clusters) {
    for (const full of new Set(c.mentions.map((m) => m.raw).filter((r) => /\s/.test(r) && !/,/.test(r)))) {
      for (const start of wordStarts(text, full, FULL_NAME_NOT_BEFORE, NAME_NOT_AFTER)) {
        const end = start + full.length;
        if (spans.overlaps(start, end)) continue;
        // Inside a longer name ("Nelson Mandela Foundation", "the John Smith Memorial Lecture"): not the person.
        if (
          /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3)) ||
          /\b(?:the|The)\s+$/.test(text.slice(start - 4, start))
        )
          continue;
        spans.add({ start, end });
        c.mentions.push({
          start,
          end,
          surface: full,
          raw: full,
          sentence: sentenceAt(start),
          rule: 'person.full-name-again',
          titles: [],
        });
      }
    }
  }
}

/** Rule person.caps-surname (fl24a): "President BIYA" after "His Excellency Paul BIYA". */
function addCapsSurnames(
  text: string,
  clusters: PersonCluster[],
  spans: SpanSet,
  sentenceAt: (offset: number) => number,
): void {
  if (!/\p{Lu}{3}/u.test(text)) return;
  const found = capsSurnameMentions(
    text,
    clusters.map((c) => c.mentions.map((m) => m.raw)),
    spans,
  );
  found.forEach((ms, i) => {
    if (!ms.length) return;
    const c = clusters[i]!;
    for (const m of ms) {
      spans.add({ start: m.start, end: m.end });
      c.mentions.push({ ...m, raw: m.surface, sentence: sentenceAt(m.start), rule: 'person.caps-surname', titles: [] });
    }
    c.mentions.sort((a, b) => a.start - b.start);
  });
}

/** Rule person.surname: standalone surnames of people named in full, unless two people share them. */
function addSurnames(
  text: string,
  clusters: PersonCluster[],
  spans: SpanSet,
  sentenceAt: (offset: number) => number,
  nonName: Set<string>,
  surnameOf: (c: PersonCluster) => string | undefined,
  counts: Map<string, number>,
): void {
  for (const c of clusters) {
    const sur = surnameOf(c);
    if (!sur || counts.get(sur)! > 1 || nonName.has(sur) || !/^\p{Lu}[\p{L}'’-]+$/u.test(sur)) continue;
    for (const start of wordStarts(text, sur, SURNAME_NOT_BEFORE, NAME_NOT_AFTER)) {
      const end = start + sur.length;
      if (spans.overlaps(start, end)) continue;
      // Part of a longer capitalised name ("Van Rompuy", "Abe Shinzo") or a name used as a modifier ("the Abe
      // cabinet"): not a mention of the person.
      const prev = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? '';
      if (/^\p{Lu}/u.test(prev) && !/^(?:The|And|But|When|While|After|Before|As|For|On|In)$/.test(prev)) continue;
      if (/^the$/i.test(prev) || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
      c.mentions.push({
        start,
        end,
        surface: sur,
        raw: sur,
        sentence: sentenceAt(start),
        rule: 'person.surname',
        titles: [],
      });
    }
    c.mentions.sort((a, b) => a.start - b.start);
  }
}
