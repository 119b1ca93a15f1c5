// The off28 office rules (issue 6, constructions 2–4; the offices-3 bank). Rule ids are what --explain prints.
// Rule office.plural-title-comma-names: a plural title, a comma, then its holders' names ("The Co-Princes, A and B",
// "The Captains Regent, A and B", "The Presidents of the two countries, A and B", "The Foreign Ministers, A and B",
// "The members of the Presidency of X, A, B and C", "the ministers of foreign affairs, A (X), B (Y) and C (Z)", "The
// chief negotiators, A for X and B for Y", "The Special Representatives of X and Y on …, A and B", "The leaders of X
// and Y, Prime Minister A and President B"): each name holds the singular title, of the state its own item names ("(X)",
// "of X", "for X"), else of the state of its rank in the list the title names ("of X and Y"), else of the one state
// the title names ("of Bosnia and Herzegovina"), else of its rank in the pair of states told just before ("X and Y
// signed …. The Foreign Ministers, A and B, …"); a collegial title (Co-Prince, Captain Regent, Member of …) is never
// split over a pair.
import type { Sentence } from '../types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { HONORIFIC_STARTS_NAME } from './lexicons.ts';
import type { PersonMention, TitleRef } from './types.ts';
import { parseTitleAt, type TitleParse } from './titles.ts';
import { honorificAt, isNameLike, matchesIf, NAME, NON_NAME } from './text.ts';
import { OFFICE_PLURAL_TITLE_PAIR_TAIL } from './rules-fl29c-words.ts';
import { OFFICE_COMMA_STACK_AFTER_WORD } from './rules-fl30b-words.ts';
import { listedComplementEnd, statesListBefore } from './rules-off31.ts';
import { statesOfRecentSentence } from './rules-fl32a.ts';

/** Patterns of rule office.plural-title-comma-names, as named data. */
export const OFFICE_PLURAL_TITLE_COMMA_NAMES = {
  id: 'office.plural-title-comma-names',
  /**
   * A determiner, an optional count, a plural title of one to three words ("Co-Princes", "Foreign Ministers", "chief
   * negotiators"; "Captains Regent"), an optional complement ("of the two countries", "of India and China on the
   * boundary question", "of the Presidency of Bosnia and Herzegovina", "of foreign affairs"), a comma.
   */
  head: /(?<![\p{L}-])(?:[Tt]he|[Ii]ts|[Tt]heir)[^\S\n]+(?:(two|three|four)[^\S\n]+)?((?:[\p{L}-]+[^\S\n]+){0,2}?[\p{L}-]+?(?:ies|s))([^\S\n]+Regent)?((?:[^\S\n]+(?:of|on|for)[^\S\n]+[^,;:()\n]{1,80}?)?),[^\S\n]+(?=\p{Lu})/gu,
  /** What every match of `head` holds: a plural's "s" (or "s Regent", or a complement) right before ", " and a capital. */
  needs: /,\s+\p{Lu}/u,
  /** The complement that names no state but a pair told before: "of the two countries", "of both sides". */
  // office.plural-title-recent-states (fl32a): "of the four (five) countries" too.
  pairComplement:
    /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:two|three|four|five|both)[^\S\n]+(?:countries|states|nations|sides|governments)$/,
  /** Heads that are no office of their own: each name brings its own title ("Prime Minister A and President B"). */
  leaders: /^(?:leaders|heads(?:[^\S\n]+of[^\S\n]+(?:state|government))?)$/i,
  /** A verb or relative word in what follows the plural: a clause, no complement of the title. */
  clause:
    /\b(?:included|includes|including|attending|attended|present|were|was|are|is|who|which|that|met|meet|signed|held|took|said|also)\b/,
  /** Collegial titles: one office of one state, shared by every holder, never split over a pair. */
  collegial: /^(?:Co-Prince|Captain Regent|Member\b.*)$/,
  /** Between the two states of a pair told before: "and", a dash or slash. */
  // fl29c: "between the Republic of X and the Republic of Y" ("and the").
  pairJoin: /^[^\S\n]*(?:and(?:[^\S\n]+the)?|[-–—/])[^\S\n]*$/,
  /** After a name in the list: its own state ("(X)", "of X", "for X"). */
  itemState: /^(?:[^\S\n]*\(|,?[^\S\n]+(?:of|for)[^\S\n]+(?:the[^\S\n]+)?)/,
  /** Between the names: ", ", " and ", ", and ". */
  separator: /^(?:,[^\S\n]+and[^\S\n]+|[^\S\n]+and[^\S\n]+|,[^\S\n]+)/,
  /** Words of a lowercase plural's complement kept lowercase when the title is capitalised. */
  small: /^(?:of|and|the|for|on|to|with)$/,
};
const P = OFFICE_PLURAL_TITLE_COMMA_NAMES;
const PAIR_TAIL = OFFICE_PLURAL_TITLE_PAIR_TAIL.tail;
const NAME_AT = new RegExp(`^${NAME}`, 'u');

/** "Secretaries" → "Secretary", "Ministers" → "Minister". */
const singular = (w: string) => (/ies$/.test(w) ? w.replace(/ies$/, 'y') : w.replace(/s$/, ''));
/** "chief negotiators of foreign affairs" → "Chief Negotiators of Foreign Affairs". */
const capitalised = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => (P.small.test(w) ? w : w.replace(/(^|-)\p{Ll}/gu, (x) => x.toUpperCase())))
    .join(' ');

interface Item {
  raw: string;
  start: number;
  /** Where the item starts with its title and honorifics ("Dr. A"). */
  from: number;
  end: number;
  state?: string;
  /** The item's own side is an organisation ("B for the European Union"). */
  org?: boolean;
  title?: TitleParse;
}

/** The state hit starting at `j` (not a demonym). */
const stateAt = (hits: GazetteerHit[], j: number) =>
  hits.find((h) => h.type === 'State' && !h.demonym && h.start === j);

/** One name of the list at `j`: an optional title (`titled`), honorifics, the name, its own state. */
function readItem(text: string, j: number, hits: GazetteerHit[], titled: boolean): Item | undefined {
  let title: TitleParse | undefined;
  const from = j;
  if (titled) {
    title = parseTitleAt(text, j, hits);
    if (!title || title.owner) return undefined;
    j = title.end + (/^[^\S\n]+/.exec(text.slice(title.end, title.end + 3))?.[0].length ?? 0);
  }
  for (let k = 0; k < 3; k++) {
    const h = HONORIFIC_STARTS_NAME.exec(text.slice(j, j + 40)) ?? honorificAt(text.slice(j, j + 40));
    const sp = h ? /^[^\S\n]+/.exec(text.slice(j + h[0].length)) : null;
    if (!h || (!sp && !/\s$/.test(h[0]))) break;
    j += h[0].length + (sp?.[0].length ?? 0);
  }
  const m = NAME_AT.exec(text.slice(j, j + 120));
  const toks = m ? m[0].replace(/,$/, '').split(/\s+/) : [];
  const cut = toks.findIndex((t, i) => i > 0 && NON_NAME.has(t));
  const raw = (cut > 0 ? toks.slice(0, cut) : toks).join(' ');
  if (!raw || !isNameLike(raw) || NON_NAME.has(toks[0]!)) return undefined;
  const item: Item = { raw, start: j, from, end: j + raw.length, ...(title ? { title } : {}) };
  const own = P.itemState.exec(text.slice(item.end, item.end + 12));
  const at = item.end + (own?.[0].length ?? 0);
  const st = own ? hits.find((h) => !h.demonym && h.start === at) : undefined;
  const close = st && own![0].includes('(') ? /^[^\S\n]*\)/.exec(text.slice(st.end, st.end + 3)) : undefined;
  if (st && (!own![0].includes('(') || close)) {
    item.state = st.name;
    if (st.type === 'Organization') item.org = true;
    item.end = st.end + (close?.[0].length ?? 0);
  }
  return item;
}

/** The names of a list at `at` ("A and B", "A, B and C", "A (X), B (Y) and C (Z)"), closed by "and". */
function readItems(text: string, at: number, limit: number, hits: GazetteerHit[], titled: boolean): Item[] | undefined {
  const out: Item[] = [];
  let j = at;
  for (;;) {
    const closing = out.length > 0 && /\band[^\S\n]+$/.test(text.slice(out[out.length - 1]!.end, j));
    const item = readItem(text, j, hits, titled);
    if (!item || item.end > limit) return undefined;
    out.push(item);
    if (closing) return out;
    const sep = P.separator.exec(text.slice(item.end, item.end + 8));
    if (!sep) return undefined;
    j = item.end + sep[0].length;
  }
}

/** The states of a list in `span` ("India and China", "X, Y and Z") from its start, closed by "and". */
function statesListed(text: string, from: number, to: number, hits: GazetteerHit[]): string[] {
  const out: string[] = [];
  let j = from;
  for (;;) {
    const st = stateAt(hits, j);
    if (!st || st.end > to) return [];
    out.push(st.name);
    const rest = text.slice(st.end, to);
    if (out.length > 1 && /\band[^\S\n]+(?:the[^\S\n]+)?$/.test(text.slice(j - 12, j))) return out;
    const sep = /^(?:,[^\S\n]+and[^\S\n]+|[^\S\n]+and[^\S\n]+|,[^\S\n]+)(?:the[^\S\n]+)?/.exec(rest);
    if (!sep) return out.length === 1 ? out : [];
    j = st.end + sep[0].length;
  }
}

/** The pair of states ("X and Y", "X–Y") told last before `at`, in this sentence or the one before. */
function pairBefore(text: string, from: number, at: number, hits: GazetteerHit[]): string[] | undefined {
  const states = hits
    .filter((h) => h.type === 'State' && !h.demonym && h.start >= from && h.end <= at)
    .sort((a, b) => a.start - b.start);
  for (let i = states.length - 2; i >= 0; i--) {
    const [a, b] = [states[i]!, states[i + 1]!];
    if (a.name !== b.name && P.pairJoin.test(text.slice(a.end, b.start))) return [a.name, b.name];
  }
  return undefined;
}

/** The complement from its last " of " on (" of Foreign Affairs of X, Y and Z" → " of X, Y and Z"), or "". */
const lastOfTail = (comp: string) => {
  const i = comp.lastIndexOf(' of ');
  return i > 0 ? comp.slice(i) : '';
};

/** The title and the owner a plural head and its complement give ("Members of the Presidency of X" → Member of …). */
function headTitle(
  text: string,
  m: RegExpExecArray,
  base: number,
  hits: GazetteerHit[],
): { title: string; listed: string[]; owner?: string; pair: boolean; tail: boolean; leaders: boolean } | undefined {
  const words = `${m[2]!}${m[3] ?? ''}`.split(/\s+/);
  const plural = m[3] ? words.slice(0, -1) : words;
  const head = [...plural.slice(0, -1), singular(plural[plural.length - 1]!), ...(m[3] ? ['Regent'] : [])].join(' ');
  const full = m[4] ?? '';
  // "The heads of state attending included President A, …": a clause, not a complement of the title.
  if (P.clause.test(full)) return undefined;
  // office.plural-title-pair-tail (fl29c): "of Foreign Affairs of the two countries" is "of Foreign Affairs" of a pair.
  const tail = PAIR_TAIL.exec(full);
  const comp = tail && tail.index > 0 ? full.slice(0, tail.index) : full;
  const leaders =
    P.leaders.test(`${m[2]!}${comp}`) ||
    (P.leaders.test(m[2]!) && (!comp || /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u.test(comp)));
  const compStart = base + m[0].indexOf(comp, m[0].indexOf(m[2]!) + m[2]!.length);
  const pair = !!m[1] || P.pairComplement.test(comp) || comp !== full;
  const of = /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/.exec(comp);
  let listed = of && !pair ? statesListed(text, compStart + of[0].length, compStart + comp.length, hits) : [];
  let title = capitalised(head);
  let owner: string | undefined;
  if (listed.length === 1) [owner] = listed;
  // office.plural-title-listed-complement (off31): "Ministers of Foreign Affairs of X, Y and Z": the title's own
  // complement, then the list of states after its last "of".
  const lastOf = !pair && !listed.length ? /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?/.exec(lastOfTail(comp)) : null;
  const tailList = lastOf
    ? statesListed(
        text,
        compStart + comp.length - lastOfTail(comp).length + lastOf[0].length,
        compStart + comp.length,
        hits,
      )
    : [];
  if (tailList.length > 1) {
    listed = tailList;
    title = capitalised(`${head}${comp.slice(0, comp.length - lastOfTail(comp).length)}`);
  } else if (comp && (!pair || comp !== full) && !listed.length) {
    // A complement that is part of the title, up to a state it may end with ("of the Presidency of X").
    const st = hits.find((h) => h.type === 'State' && h.start > compStart && h.end === compStart + comp.length);
    const part = comp
      .slice(0, st ? st.start - compStart : undefined)
      .replace(/[^\S\n]+(?:of|for)(?:[^\S\n]+the)?[^\S\n]*$/, '');
    title = capitalised(`${head}${part}`);
    owner = st?.name;
  }
  // Only "The leaders of X and Y, …": "on behalf of their leaders, A and B" names principals, no holders to read.
  if (leaders) return listed.length > 1 ? { title, listed, pair, tail: comp !== full, leaders } : undefined;
  const t = P.collegial.test(title) ? { end: title.length } : parseTitleAt(title, 0, []);
  if (!t || t.end !== title.length) return undefined;
  return {
    title,
    listed: listed.length > 1 ? listed : [],
    ...(owner ? { owner } : {}),
    pair,
    tail: comp !== full,
    leaders,
  };
}

/**
 * Rule office.plural-title-listed-complement (rules-off31.ts): the head's match stretched over a complement that lists
 * three or more states with commas ("of Eritrea, Ethiopia and Somalia, "), which the head's pattern stops at the first of.
 */
function withListedComplement(text: string, m: RegExpExecArray, base: number, hits: GazetteerHit[]): RegExpExecArray {
  const sep = /,[^\S\n]+$/.exec(m[0])!;
  const compEnd = base + sep.index;
  const end = m[4] ? listedComplementEnd(text, compEnd, hits) : undefined;
  if (end === undefined) return m;
  const close = /^,[^\S\n]+/.exec(text.slice(end, end + 4))!;
  const out = [...m] as unknown as RegExpExecArray;
  out[0] = text.slice(base, end + close[0].length);
  out[4] = `${m[4]}${text.slice(compEnd, end)}`;
  out.index = m.index;
  out.input = m.input;
  return out;
}

/**
 * Rule office.plural-title-comma-names (off28): the person mentions of "The <plural title>[ complement], A and B":
 * each name holds the singular title with the state the item, the title's list, the title or the pair told before
 * gives it (see the file's header). `taken` are the starts of names other plural rules read already.
 */
export function pluralTitleCommaNames(
  text: string,
  s: Sentence,
  hits: GazetteerHit[],
  taken: Set<number>,
): PersonMention[] {
  const out: PersonMention[] = [];
  if (!s.text.includes(', ')) return out;
  for (const m0 of matchesIf(s.text, P.head, P.needs)) {
    const base = s.start + m0.index;
    const m = withListedComplement(text, m0, base, hits);
    const head = headTitle(text, m, base, hits);
    if (!head) continue;
    const items = readItems(text, base + m[0].length, s.end, hits, head.leaders);
    if (!items || items.length < 2 || items.some((i) => taken.has(i.start))) continue;
    if (head.listed.length && head.listed.length !== items.length) continue;
    const collegial = P.collegial.test(head.title);
    // office.plural-title-pair-tail (fl29c): "of the two countries" with no pair near: the last pair told before.
    // Only for that tail: "The two foreign ministers, A and B" takes no pair told far back (an old treaty's two sides).
    const context =
      collegial || head.listed.length
        ? undefined
        : (pairBefore(text, Math.max(0, s.start - 400), s.start, hits) ??
          (head.tail ? pairBefore(text, 0, s.start, hits) : undefined));
    // office.plural-title-list-before (off31): "of the three countries" takes a list of three told before.
    const many =
      context?.length !== items.length && head.pair && !collegial && !head.listed.length
        ? (statesListBefore(text, base, Math.max(0, s.start - 400), hits, items.length) ??
          // office.plural-title-recent-states (fl32a): "of the four countries", not "The two ministers" (no far pair).
          (m[1] ? undefined : statesOfRecentSentence(text, s.start, hits, items.length)))
        : undefined;
    const told = context?.length === items.length ? context : many;
    const pair = told && (head.pair || !head.owner) ? told : undefined;
    const start = base + m[0].indexOf(m[2]!);
    items.forEach((it, i) => {
      const state = it.state ?? head.listed[i] ?? head.owner ?? pair?.[i];
      const t = it.title ?? { start, end: start + m[2]!.length, surface: m[2]!, title: head.title, lowercase: false };
      const type = it.state && it.org ? ('Organization' as const) : ('State' as const);
      const office = { ...t, former: false, rule: P.id, ...(state ? { owner: { type, name: state } } : {}) };
      out.push({
        start: it.start,
        end: it.start + it.raw.length,
        surface: it.raw,
        raw: it.raw,
        sentence: s.index,
        rule: 'person.plural-title-comma-names',
        titles: [office],
        ...(state && type === 'State' ? { ofState: state } : {}),

        from: i === 0 ? base : it.from,
        to: it.end,
      });
    });
  }
  return out;
}

/** Patterns of rule office.comma-stack-before-name, as named data. */
export const OFFICE_COMMA_STACK_BEFORE_NAME = {
  id: 'office.comma-stack-before-name',
  /** Between the first title and the next: a comma alone. */
  gap: /^,[^\S\n]+$/,
  /** Before the first title: "The" (then the chain must be a closed apposition), or nothing but a sentence start. */
  article: /(?:^|[.;:!?\n]\s*|^\s*)[Tt]he[^\S\n]+$/,
  /** Any other determiner before the first title: no stack ("his Deputy, Minister A"). */
  otherDeterminer: /\b(?:a|an|his|her|its|their|our|the)[^\S\n]+$/i,
  /** Where the stack starts: a sentence, a line or a dateline's dash, "The" allowed. */
  opening: /(?:^|[.!?;:\n][^\S\n]*|[–—][^\S\n]+)(?:[Tt]he[^\S\n]+)?$/,
  /** Styles and ranks read as titles: never the second title of a stack. */
  style: /^(?:Ambassador|Senator|Cardinal|Archbishop|Bishop|General|Admiral|Colonel|Judge|Justice)$/,
};

/**
 * Rule office.comma-stack-before-name (off28): "First Deputy Prime Minister, Minister of Foreign Affairs, A",
 * "Deputy Prime Minister, Minister of Foreign Affairs A", "The Prime Minister, Minister for Foreign Affairs and Trade,
 * A, received …": a title with no owner of its own, a comma, then the title of the person named next, is one more
 * title of that person. After "The", only when the second title and the name are a closed apposition (", Title, A,"),
 * since "The Prime Minister, Foreign Minister A and …" lists people. Only where a sentence, a line or a dateline's dash
 * opens the stack (inside a sentence "… thanked the Secretary, Minister A" is more often two people), and never on a
 * style or rank read as the second title ("Principal Secretary, Ambassador A"). The second title's owner is the
 * first's too.
 */
export function commaStackHolder(text: string, r: TitleRef, people: PersonMention[]): PersonMention | undefined {
  const P2 = OFFICE_COMMA_STACK_BEFORE_NAME;
  if (r.lowercase || r.principalAt !== undefined) return undefined;
  const before = text.slice(Math.max(0, r.start - 12), r.start);
  const articled = P2.article.test(before);
  if (!articled && P2.otherDeterminer.test(before)) return undefined;
  // office.comma-stack-after-word (fl30b): a bare stack may open after "by", "with", "and", "included" ….
  const afterWord = !articled && OFFICE_COMMA_STACK_AFTER_WORD.before.test(before);
  if (r.owner && !afterWord) return undefined;
  if (!afterWord && !P2.opening.test(text.slice(Math.max(0, r.start - 60), r.start))) return undefined;
  const first = (x: PersonMention) => x.titles.reduce((a, t) => (t.start < a.start ? t : a), x.titles[0]!);
  const next = people.find((x) => x.titles.length > 0 && first(x).start > r.end && first(x).start - r.end <= 3);
  if (!next || !P2.gap.test(text.slice(r.end, first(next).start))) return undefined;
  const t = first(next);
  // "Principal Secretary, Ambassador A": a style or rank before the name is no second title to stack on.
  if (P2.style.test(t.title)) return undefined;
  // Only the title of the name that follows it ("Minister of X A", "Minister of X, A"), not an apposition after a name.
  if (t.end > next.start || !/^(?:,[^\S\n]+|[^\S\n]+)$/.test(text.slice(t.end, next.start))) return undefined;
  if (articled && !(/^,/.test(text.slice(t.end, next.start)) && /^,/.test(text.slice(next.end, next.end + 1))))
    return undefined;
  // office.comma-stack-after-word: a first title naming its state gives it to a second naming none, never another.
  if (r.owner && t.owner && t.owner.name !== r.owner.name) return undefined;
  if (t.owner) r.owner = t.owner;
  return next;
}

/** The id of the rule that stacked the title `r`: office.comma-stack-after-word when a word opens the stack. */
export function commaStackRule(text: string, r: TitleRef): string {
  const before = text.slice(Math.max(0, r.start - 12), r.start);
  return !OFFICE_COMMA_STACK_BEFORE_NAME.article.test(before) && OFFICE_COMMA_STACK_AFTER_WORD.before.test(before)
    ? OFFICE_COMMA_STACK_AFTER_WORD.id
    : OFFICE_COMMA_STACK_BEFORE_NAME.id;
}

/** Patterns of rule office.dash-after-name, as named data. */
export const OFFICE_DASH_AFTER_NAME = {
  id: 'office.dash-after-name',
  /** Between the name and the title: an en or em dash with spaces, or " - " when the name starts its line. */
  dash: /^[^\S\n]+[–—][^\S\n]+$/,
  hyphen: /^[^\S\n]+-[^\S\n]+$/,
  /** After the title: the end of the line or text, a closing dash, a comma, a semicolon or a full stop. */
  after: /^(?:[^\S\n]*(?:$|\n|[–—,;.)]))/,
};

/**
 * Rule office.dash-after-name (off28): "A – Minister of Foreign Affairs of X" (a line of a participants list), "A —
 * X's Minister of Finance — and B —": a bare title right after a person's name and a dash, and closed by the line's
 * end, a dash or a comma, is that person's.
 */
export function dashTitleHolder(text: string, r: TitleRef, people: PersonMention[]): PersonMention | undefined {
  const P3 = OFFICE_DASH_AFTER_NAME;
  if (r.principalAt !== undefined || !P3.after.test(text.slice(r.end, r.end + 3))) return undefined;
  return people.find((x) => {
    const gap = text.slice(x.to ?? x.end, r.start);
    if (P3.dash.test(gap)) return true;
    const lineStart = text.lastIndexOf('\n', x.from ?? x.start) + 1;
    return P3.hyphen.test(gap) && /^[^\S\n]*$/.test(text.slice(lineStart, x.from ?? x.start));
  });
}
