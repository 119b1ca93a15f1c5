// Office titles: parses "Senior Deputy Minister for Foreign Affairs of Japan", "Russian Foreign Minister",
// "U.S. President", "Special Representative for the President" into a bare title and the state or
// organisation it names, if any.
import type { GazetteerHit } from './gazetteer.ts';
import { ORGANIZATIONS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicons.ts';
import { STATES } from './states.ts';
import { alt, NON_NAME } from './text.ts';

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
}

const PRINCIPALS = 'President|Prime Minister|Chancellor|Secretary-General|Chair|Premier|King';
/** An envoy serves "of" a principal however the text puts it: "for the President", "of President" → "of the President". */
export function normaliseTitle(title: string): string {
  return title
    .replace(new RegExp(`\\b(of|for|to)\\s+(${PRINCIPALS})\\b`, 'g'), '$1 the $2')
    .replace(
      new RegExp(`\\b(Representative|Envoy|Adviser|Advisor|Emissary)\\s+for\\s+the\\s+(${PRINCIPALS})\\b`),
      '$1 of the $2',
    );
}

const HEAD = alt(TITLE_HEADS);
const MOD = alt([
  ...TITLE_MODIFIERS,
  'Minister',
  'Prime Minister',
  "Prime Minister's",
  'Presidential',
  'Commission',
  'Trade',
]);
const CORE_RE = new RegExp(`^(?:${MOD}\\s+){0,3}${HEAD}(?![\\p{L}-])`, 'u');
const LOWER_HEADS = [
  'ambassador',
  'member',
  'vice premier',
  'chief negotiator',
  'chief',
  'head',
  'commander',
  'governor',
  'special envoy',
  'spokesperson',
  'adviser',
  'advisor',
  'secretary',
];
const LOWER_RE = new RegExp(`^(?:${alt(LOWER_HEADS)})(?![\\p{L}-])`, 'u');

const PORTFOLIO_WORDS =
  'Europe Justice Interior Commerce Industry Finance Treasury Defence Defense Foreign Affairs External Home Trade Development Relations Cooperation Diaspora Investment Tourism Culture Energy Environment Agriculture Health Education Transport Immigration Security Planning Commonwealth Economy Innovation Science Technology Resources Fisheries Communications Infrastructure'.split(
    ' ',
  );

/** Vocabulary allowed in a title complement besides states and organisations ("Foreign Affairs", "the Interior"). */
const COMPLEMENT_WORDS = new Set<string>([
  ...NON_NAME,
  ...STATES.flatMap((s) => s.names.flatMap((n) => n.split(/\s+/))),
  ...ORGANIZATIONS.flat().flatMap((n) => n.split(/\s+/)),
  ...PORTFOLIO_WORDS,
  ...'Justice Interior Commerce Industry Finance Treasury Defence Defense Foreign Affairs External Home Trade International Development Arms Control Relations Duchy Lancaster Task Force Political Bureau Central Committee Armed Services Staff Secretary-General Council Border Management Economic Affairs Environment Energy Agriculture Health Education Culture Tourism Transport Labour Labor Immigration Security Intelligence Planning Strategy Peace Negotiations Cooperation Republic'.split(
    ' ',
  ),
]);

/** Portfolio words that may follow "and" inside a complement ("International Relations and Cooperation"). */
const PORTFOLIO = new Set(PORTFOLIO_WORDS);

const DEMONYMS = new Set(STATES.flatMap((s) => s.demonyms));
const TITLE_WORDS = new Set(TITLE_HEADS.flatMap((t) => t.split(/\s+/)));

const PREFIX_WORDS = new Map<string, { type: 'State' | 'Organization'; name: string }>();
for (const s of STATES)
  for (const d of [...s.demonyms, ...s.names])
    if (!d.includes(' ') || d === 'U.S.') PREFIX_WORDS.set(d, { type: 'State', name: s.name });
for (const [canon, ...aliases] of ORGANIZATIONS)
  for (const n of [canon!, ...aliases])
    if (/^\p{Lu}{2,}$|^[A-Z]\.[A-Z]\.$/u.test(n)) PREFIX_WORDS.set(n, { type: 'Organization', name: canon! });
// "Kenya's Cabinet Secretary for Foreign and Diaspora Affairs": a possessive state prefix too.
// "New Zealand's Minister of Foreign Affairs": a state's name of several words, in the possessive only.
for (const s of STATES)
  for (const n of s.names)
    if (n.includes(' ')) for (const ap of ["'s", '’s']) PREFIX_WORDS.set(`${n}${ap}`, { type: 'State', name: s.name });
const PREFIX_RE = new RegExp(`^(${alt(PREFIX_WORDS.keys())})(?:['’]s)?[^\\S\\n]+`, 'u');

/** Titles in other languages or styles that name a common English office. */
export const TITLE_SYNONYMS: Record<string, string> = {
  Rashtrapati: 'President',
  'Raksha Mantri': 'Minister of Defence',
  'Pradhan Mantri': 'Prime Minister',
  'Videsh Mantri': 'Minister of External Affairs',
  PM: 'Prime Minister',
};

/** Title words that are the short name of an organisation ("Commission President" → of the European Commission). */
const ORG_WORD_PREFIX = /^(Commission|Council|Parliament)\s+/;

/**
 * Parses an office title starting exactly at `pos`. `hits` are gazetteer hits of the document (to read
 * "of the Russian Federation"). `lower` accepts lowercase heads (appositions: "vice premier of the State Council").
 */
export function parseTitleAt(text: string, pos: number, hits: GazetteerHit[], lower = false): TitleParse | undefined {
  let i = pos;
  let owner: TitleParse['owner'];
  let ownerVia: 'of' | 'at' | 'prefix' | undefined;
  const pre = PREFIX_RE.exec(text.slice(i, i + 60));
  if (pre) {
    const after = text.slice(i + pre[0].length, i + pre[0].length + 80);
    if (CORE_RE.test(after) || (lower && LOWER_RE.test(after))) {
      owner = PREFIX_WORDS.get(pre[1]!);
      ownerVia = 'prefix';
      i += pre[0].length;
    }
  }
  const orgWord = ORG_WORD_PREFIX.exec(text.slice(i, i + 40));
  if (orgWord && !owner && CORE_RE.test(text.slice(i + orgWord[0].length, i + orgWord[0].length + 60))) {
    const org = hits.find((h) => h.type === 'Organization' && h.name.endsWith(` ${orgWord[1]}`));
    if (org) {
      owner = { type: 'Organization', name: org.name };
      ownerVia = 'prefix';
      i += orgWord[0].length;
    }
  }
  const rest = text.slice(i, i + 80);
  const core = CORE_RE.exec(rest) ?? (lower || ownerVia === 'prefix' ? LOWER_RE.exec(rest) : null);
  if (!core) return undefined;
  const titleStart = i;
  i += core[0].length;
  // "High Representative/Vice-President Josep Borrell": the second title of a slash pair is no part of the name.
  const second = /^\/((?:\p{Lu}[\p{L}]*[\s-]){0,2}?(\p{Lu}\p{Ll}+))(?![\p{L}-])/u.exec(text.slice(i, i + 40));
  const coreEnd = i;
  if (second && TITLE_WORDS.has(second[2]!)) i += second[0].length;
  // "the Prime Minister's envoy": the title names someone else.
  if (/^['’]s\b/.test(text.slice(i, i + 3))) return undefined;
  // "Sultan and Yang Di-Pertuan of Brunei Darussalam": a double title with one state.
  const dbl = /^\s+and\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=\s+of\s)/u.exec(text.slice(i, i + 60));
  if (dbl && !dbl[1]!.split(/\s+/).some((w) => TITLE_WORDS.has(w))) i += dbl[0].length;
  let titleEnd = second && i > coreEnd ? coreEnd : i;
  let principal: string | undefined;
  let ownerInside = false;
  // Complements: "of/for/to/with/at (the) <vocabulary or gazetteer name>…", repeated.
  for (;;) {
    const c = /^\s+(of|for|to|on|at|with)\s+(the\s+)?/.exec(text.slice(i, i + 12));
    if (!c) break;
    let j = i + c[0].length;
    let consumed = false;
    let complementOwner: TitleParse['owner'];
    let lastHit: GazetteerHit | undefined;
    let words = 0;
    let prevWord = '';
    for (;;) {
      // The longest name starting here: "Maldives Monetary Authority" over "Maldives".
      const hit = hits.filter((h) => h.start === j).sort((a, b) => b.end - a.end)[0];
      if (hit && !hit.demonym) {
        // An organisation found by its form only owns the office through a state inside it
        // ("People's Bank of China" → China); otherwise it is part of the title ("National Security Secretariat").
        // A state leading the name ("Maldives Monetary Authority") makes the body itself the owner.
        const lead = hits.some((h) => h.type === 'State' && h.start === hit.start && h.end < hit.end);
        // "head of the Federal Department of Foreign Affairs": the head of a ministry or department leads that body.
        const headsBody =
          hit.type === 'Organization' &&
          /^(?:head|chief|director|director-general|director general)$/i.test(text.slice(titleStart, i).trim()) &&
          /\b(?:Department|Ministry|Agency|Office|Service|Directorate)\b/.test(hit.name);
        const inner =
          hit.pattern && !lead && !headsBody
            ? (hits.find((h) => h.type === 'State' && !h.demonym && h.start > hit.start && h.end <= hit.end) ??
              hits.find((h) => !h.pattern && h.type === 'Organization' && h.start > hit.start && h.end <= hit.end))
            : hit;
        if (inner && inner !== hit && inner.type === 'State' && inner.end === hit.end) {
          // "State Council of the People's Republic of China": the title takes the council; the state, the owner.
          const cut = /\s+of\s+(?:the\s+)?$/.exec(text.slice(hit.start, inner.start));
          if (cut) {
            j = hit.start + cut.index;
            consumed = true;
            lastHit = undefined;
            break;
          }
        }
        if (inner) complementOwner ??= { type: inner.type, name: inner.name };
        if (inner && inner !== hit) ownerInside = true;
        lastHit = inner === hit ? hit : undefined;
        j = hit.end;
        consumed = true;
        prevWord = '';
      } else {
        // "Prime Minister of New Zealand Christopher Luxon": a state ends the complement before a name.
        if (lastHit?.type === 'State' && !lastHit.pattern) break;
        // "Minister for Foreign Affairs Dr Vivian Balakrishnan": an honorific starts the name.
        if (/^(?:Dr|Mr|Ms|Mrs|Prof|Hon|Rt\.? Hon|H\.E|Senator the Hon)\.?\s/.test(text.slice(j, j + 20))) break;
        const w = /^(\p{Lu}[\p{L}'’-]*|\(?[A-Z]{2,}\)?)/u.exec(text.slice(j, j + 40));
        if (!w || !(COMPLEMENT_WORDS.has(w[1]!.replace(/['’]s$/, '')) || /^\(?[A-Z]{2,}\)?$/.test(w[1]!))) break;
        // A demonym before a lowercase noun ("the Chinese side") or a title before a name ("… Ambassador Marshall")
        // ends the complement.
        if (DEMONYMS.has(w[1]!) && /^\s+\p{Ll}/u.test(text.slice(j + w[0].length, j + w[0].length + 3))) break;
        // "Diplomatic Adviser to the French President": the complement names another office by its state's
        // adjective; rather than a title cut after the adjective, the bare title is kept.
        const nextWord = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(j + w[0].length, j + w[0].length + 30))?.[1];
        if (DEMONYMS.has(w[1]!) && words === 0 && nextWord && TITLE_WORDS.has(nextWord)) break;
        if (
          words > 0 &&
          TITLE_WORDS.has(w[1]!) &&
          !TITLE_WORDS.has(prevWord) &&
          !/\bthe\s+$/.test(text.slice(j - 5, j))
        )
          break;
        prevWord = w[1]!;
        j += w[0].length;
        consumed = true;
        words++;
        lastHit = undefined;
      }
      const sp = /^\s+(?=\p{Lu}|\()/u.exec(text.slice(j, j + 3));
      // "Minister of International Relations and Cooperation", "Secretary for Foreign and Diaspora Affairs".
      const and = /^\s+and\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(j, j + 30));
      if (!sp && and && words > 0 && PORTFOLIO.has(and[1]!) && PORTFOLIO.has(prevWord)) {
        j += and[0].length - and[1]!.length;
        continue;
      }
      if (!sp) break;
      j += sp[0].length;
    }
    j = trimBack(text, i, j);
    if (!consumed || j <= i + c[0].length) break;
    const phrase = text.slice(i + c[0].length, j);
    const wholeHit = lastHit && lastHit.end === j && lastHit.start === i + c[0].length;
    if (complementOwner && wholeHit && (c[1] === 'of' || c[1] === 'at')) {
      // "of Japan", "of the Russian Federation", "at the European Commission": the owner, not the bare title.
      if (phrase === 'Republic' || ownerVia !== 'prefix' || owner?.name !== complementOwner.name) {
        owner = complementOwner;
        ownerVia = c[1];
      }
      i = j;
      continue;
    }
    // "of the UN Secretary-General for Yemen": the principal behind the organisation's acronym.
    const bare = phrase.replace(/^(?:[A-Z]{2,}|[A-Z]\.[A-Z]\.)\s+/, '');
    if (/^(President|Prime Minister|Chancellor|Secretary-General|Chair|Premier)\b/.test(bare))
      principal = bare.split(/\s+(?:of|for)\s+/)[0];
    if (complementOwner && c[1] === 'of' && !owner) {
      owner = complementOwner;
      ownerVia = 'of';
    }
    i = j;
    titleEnd = j;
  }
  const surface = text.slice(pos, Math.max(i, titleEnd));
  // A lowercase head alone ("head", "chief", "member") is not a title without what it heads.
  if (/^(head|chief|member|commander)$/i.test(text.slice(titleStart, titleEnd)) && !owner) return undefined;
  // "Head of the Federal Department of Foreign Affairs (FDFA)": the acronym is no part of the title.
  let title = text
    .slice(titleStart, titleEnd)
    .replace(/\s*\([A-Z]{2,}\)/g, '')
    .replace(/\s+/g, ' ');
  title = TITLE_SYNONYMS[title] ?? title;
  title = title[0]!.toUpperCase() + title.slice(1);
  const written = title;
  title = normaliseTitle(title);
  // "European Commissioner for Trade": a member of the European Commission, whatever state it names.
  if (/^European Commissioner\b/.test(title) && (!owner || owner.type === 'State') && ownerVia !== 'of')
    owner = { type: 'Organization', name: 'European Commission' };
  // "High Representative Josep Borrell": the Union's foreign-policy chief, whoever issued the readout.
  if (/^High Representative$/.test(title) && !owner) owner = { type: 'Organization', name: 'European Union' };
  return {
    ...(written !== title ? { written } : {}),
    start: pos,
    end: pos + surface.length,
    surface,
    title,
    ...(owner ? { owner } : {}),
    ...(ownerVia === 'at' ? { ownerAt: true } : {}),
    ...(ownerInside && ownerVia === 'of' ? { ownerInside: true } : {}),
    ...(principal ? { principal } : {}),
    lowercase: /^\p{Ll}/u.test(surface),
  };
}

/** The canonical office name: title completed with its owner ("Ambassador of China to the United States"). */
export function officeName(
  t: { title: string; ownerAt?: boolean; ownerInside?: boolean },
  ownerPhrase: string,
): string {
  // "European Commissioner for Trade" of the European Commission: the title names its owner already.
  if (t.ownerInside || t.title.includes(ownerPhrase.replace(/^the\s+/, ''))) return t.title;
  // "High Commissioner of Maldives to India": the title already names its state.
  if (new RegExp(`\\sof\\s+${ownerPhrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(t.title))
    return t.title;
  if (t.ownerAt) return `${t.title} at ${ownerPhrase}`;
  // "Diplomatic Adviser to the President of the Republic": the title already says whose it is.
  if (/\bof the Republic$/.test(t.title)) return t.title;
  // "Ambassador to the United States" of China → "Ambassador of China to the United States".
  const to = /^(?:[\w-]+\s+)?(Ambassador|High Commissioner|Permanent Representative|Envoy|Consul)/.test(t.title)
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

/** Positions where a title may start in a sentence (capitalised words, or any word when `lower`). */
export function titleStarts(sentence: string, base: number): number[] {
  const out: number[] = [];
  const re = /(?<![\p{L}\p{N}.'’-])[\p{L}]/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push(base + m.index);
  return out;
}
