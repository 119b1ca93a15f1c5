// The fl13c round's rules (issue 6), written on three first-look samples in styles new to the project (a Central Asian
// foreign ministry's press-service note, a Caribbean foreign ministry's web page, a South Asian foreign ministry's
// press release) and tested on made-up sentences in rules-fl13c.test.ts. Rule ids are what --explain prints. This file
// imports nothing from the stages that call it (only the text helpers), so that no import cycle forms.
import { titledPluralItem } from './rules-fl20a.ts';
import { matchesIf } from './text.ts';
import { lastOfText } from './text-memo.ts';

/** Patterns of the fl13c rules, as named data. */
export const FL13C_PATTERNS = {
  /**
   * Rule event.session-format: the sessions of talks told by their format after a verb ("The talks began in a narrow
   * format and continued in an extended format", "the meeting was held first in a restricted format, and then in an
   * expanded format"). Group 1 is the first format; the rest of the sentence must name the next (formatNext): one
   * format alone is not read.
   */
  formatFirst:
    /\b(?:talks|meeting|negotiations|conversation)[^\S\n]+(?:began|started|opened|continued|proceeded|(?:were|was)[^\S\n]+(?:first[^\S\n]+)?(?:held|conducted))(?:[^\S\n]+first)?[^\S\n]+in[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?((?:narrow|restricted|expanded|extended|enlarged|one-on-one)[^\S\n]+(?:format|circle|composition))\b/giu,
  /**
   * … "and continued in an extended format", "and then in an expanded format", within the same sentence; (ev15) a
   * format told as a circle or composition ("first in a narrow circle and then in an expanded circle").
   */
  formatNext:
    /\b(?:and|then|before|followed)[^\S\n]+(?:then[^\S\n]+|by[^\S\n]+talks[^\S\n]+)?(?:(?:continued|proceeded|moved|went[^\S\n]+on)[^\S\n]+)?in[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?((?:narrow|restricted|expanded|extended|enlarged)[^\S\n]+(?:format|circle|composition))\b/giu,
  /**
   * Rule person.quoted-title: the capitalised words of a quoted title after "titled" / "entitled" / "named" / "called"
   * ('a Joint Vision document titled "Promoting Connectivity, Catalysing Prosperity"') are a document's or a
   * programme's name, never people. Group 1 is the quoted span.
   */
  quotedTitle:
    /\b(?:titled|entitled|named|called|themed|under[^\S\n]+the[^\S\n]+(?:title|theme))[^\S\n]*[:,]?[^\S\n]*(["“«'‘][^"”»’\n]{3,200}["”»’'])/giu,
  /**
   * Rule agreement.plural-list: a plural head followed by two or more subjects each told by "on" ("exchanged Memoranda
   * of Understanding on cooperation in renewable energy, on port development and on animal husbandry"): one agreement
   * per subject, named with the singular head. Group 1 is the head, group 2 the list.
   */
  pluralList:
    /\b(Memoranda[^\S\n]+of[^\S\n]+Understanding|memoranda[^\S\n]+of[^\S\n]+understanding|MoUs|MOUs|Agreements|agreements)[^\S\n]+(on[^\S\n][^.;\n]+)/gu,
  /** Where one subject of the list gives way to the next: ", on", ", and on", " and on". */
  pluralListSplit: /,[^\S\n]+(?:and[^\S\n]+)?(?=on[^\S\n])|[^\S\n]+and[^\S\n]+(?=on[^\S\n])/u,
  /** Where the last subject ends: a comma, or a word that turns to something else ("as well as", "between", "with"). */
  pluralListEnd:
    /,|[^\S\n]+(?:as[^\S\n]+well[^\S\n]+as|between|with|signed|in[^\S\n]+the[^\S\n]+presence|at|during|which|that)\b/u,
  /**
   * Rule event.ordinal-body-meeting: an ordinal before a joint body of two sides names one of its meetings, an Event,
   * not the body ("the Third Cuba-European Union Joint Council", "the 5th Intergovernmental Commission", "the Seventh
   * India-Oman Joint Commission"). The body must be joint (Joint, Intergovernmental, Bilateral, Binational, Mixed) or
   * name a pair ("A-B … Council"): "the Third Committee of the General Assembly" is an organ, not a meeting.
   */
  ordinalBodyMeeting:
    /\b(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d{1,2}(?:st|nd|rd|th)|[IVX]{1,5}(?=[^\S\n]))[^\S\n]+((?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*[^\S\n]+){0,4}?(?:Joint|Intergovernmental|Inter-Governmental|Bilateral|Binational|Bi-National|Mixed)[^\S\n]+(?:Council|Commission|Committee)|\p{Lu}[\p{L}'’]*(?:[^\S\n]+\p{Lu}[\p{L}'’]*)?-\p{Lu}[\p{L}'’]*(?:[^\S\n]+\p{Lu}[\p{L}'’]*){0,2}[^\S\n]+(?:Council|Commission|Committee))\b/gu,
  /**
   * … and a meeting of such a body told in lowercase with "next" or an ordinal ("the next meeting of the Sri
   * Lanka-India Joint Commission", "the third session of the Intergovernmental Commission"): the meeting with its body.
   */
  bodyMeetingOf:
    /\b(?:next|upcoming|forthcoming|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[^\S\n]+(?:meeting|session)[^\S\n]+of[^\S\n]+the[^\S\n]+(?:(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*[^\S\n]+){0,4}?(?:Joint|Intergovernmental|Inter-Governmental|Bilateral|Binational|Bi-National|Mixed)[^\S\n]+(?:Council|Commission|Committee)|\p{Lu}[\p{L}'’]*(?:[^\S\n]+\p{Lu}[\p{L}'’]*)?-\p{Lu}[\p{L}'’]*(?:[^\S\n]+\p{Lu}[\p{L}'’]*){0,2}[^\S\n]+(?:Council|Commission|Committee))\b/gu,
};

/** A meeting of a joint body told with an ordinal (rule event.ordinal-body-meeting): its surface, start and the body. */
export interface OrdinalMeeting {
  surface: string;
  start: number;
  end: number;
  rule: 'event.ordinal-body-meeting';
}

/**
 * Rule event.ordinal-body-meeting: the meetings of joint bodies told with an ordinal. A later shorter mention with the
 * same ordinal and head ("the Third Joint Council" after "the Third Cuba-European Union Joint Council") is the same
 * meeting and is not returned again.
 */
export function ordinalBodyMeetings(text: string): OrdinalMeeting[] {
  const out: OrdinalMeeting[] = [];
  const key = (ord: string, body: string) => `${ord.toLowerCase()} ${body.split(/\s+/).slice(-2).join(' ')}`;
  const seen = new Set<string>();
  const { ordinal, of } = ordinalMatches(text);
  for (const m of ordinal) {
    const k = key(m[1]!, m[2]!);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ surface: m[0], start: m.index, end: m.index + m[0].length, rule: 'event.ordinal-body-meeting' });
  }
  for (const m of of)
    out.push({ surface: m[0], start: m.index, end: m.index + m[0].length, rule: 'event.ordinal-body-meeting' });
  return out;
}

/** Both ordinal-meeting patterns end in Council, Commission or Committee: a text without these words is not scanned. */
const namesJointBody = (text: string): boolean =>
  text.includes('Council') || text.includes('Commission') || text.includes('Committee');

/** Whether an organisation hit lies inside a meeting of a joint body told with an ordinal (an Event, not a body). */
export function inOrdinalMeeting(text: string, start: number, end: number): boolean {
  return ordinalMeetingSpans(text).some(([s, e]) => start < e && end > s);
}

/**
 * The matches of both ordinal-meeting patterns in a text, read once per text (perf23a): every organisation hit asks
 * for their spans and the event stage for the meetings. The callers must not change them.
 */
const ordinalMatches = lastOfText((text: string) =>
  namesJointBody(text)
    ? {
        ordinal: [...text.matchAll(FL13C_PATTERNS.ordinalBodyMeeting)],
        of: [...text.matchAll(FL13C_PATTERNS.bodyMeetingOf)],
      }
    : { ordinal: [], of: [] },
);

/** The spans of both ordinal-meeting patterns: one scan per text, not one per organisation hit. */
const ordinalMeetingSpans = lastOfText((text: string): [number, number][] => {
  const { ordinal, of } = ordinalMatches(text);
  return [...ordinal, ...of].map((m) => [m.index, m.index + m[0].length]);
});

/** The singular head of a plural agreement head (rule agreement.plural-list). */
const SINGULAR_HEAD: [RegExp, string][] = [
  [/^memoranda/i, 'Memorandum of Understanding'],
  [/^mous$/i, 'MoU'],
  [/^agreements$/i, 'Agreement'],
];

/** Rule agreement.plural-list: one agreement per "on" subject after a plural head, with a span ending at the subject. */
export function pluralListSpans(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  for (const m of text.matchAll(FL13C_PATTERNS.pluralList)) {
    const head = SINGULAR_HEAD.find(([re]) => re.test(m[1]!))![1];
    const listStart = m.index + m[0].length - m[2]!.length;
    const parts = m[2]!.split(FL13C_PATTERNS.pluralListSplit);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    const cut = last.search(FL13C_PATTERNS.pluralListEnd);
    parts[parts.length - 1] = cut < 0 ? last : last.slice(0, cut);
    let at = listStart;
    for (const part of parts) {
      const item = part.trim();
      const itemStart = text.indexOf(item, at);
      at = itemStart + item.length;
      // agreement.plural-list-titled (fl20a): "Memoranda of Understanding on Energy Efficiency, on Sports and Youth".
      const titled = titledPluralItem(m[1]!, item);
      if ((!titled && !/^on[^\S\n]+\p{Ll}/u.test(item)) || item.split(/\s+/).length < 2) continue;
      const surface = `${head} ${item}`;
      out.push({ surface, start: Math.max(0, at - surface.length), rule: 'agreement.plural-list' });
    }
  }
  return out;
}

/** A session found by event.session-format: its surface ("narrow format") and where it starts. */
export interface FormatSession {
  surface: string;
  start: number;
  rule: 'event.session-format';
}

/** Rule event.session-format: the format sessions of talks told after a verb, in the order the sentence gives them. */
export function formatSessions(text: string): FormatSession[] {
  const out: FormatSession[] = [];
  // formatFirst needs the word "format" (any case): a text without it (most) is not scanned.
  if (!/format|circle|composition/i.test(text)) return out;
  for (const m of text.matchAll(FL13C_PATTERNS.formatFirst)) {
    const first = m[1]!;
    const start = m.index + m[0].lastIndexOf(first);
    const after = start + first.length;
    const stop = text.slice(after).search(/[.;\n]/);
    const rest = text.slice(after, stop < 0 ? text.length : after + stop);
    const next = [...rest.matchAll(FL13C_PATTERNS.formatNext)].map((n) => ({
      surface: n[1]!,
      start: after + n.index + n[0].lastIndexOf(n[1]!),
      rule: 'event.session-format' as const,
    }));
    // One format alone ("first in a restricted format and then with the delegations") names no session pair.
    if (next.length) out.push({ surface: first, start, rule: 'event.session-format' }, ...next);
  }
  return out;
}

/**
 * The sessions the SESSION pattern names (rule event.session), then those told by their format (event.session-format),
 * then the meetings of joint bodies told with an ordinal (event.ordinal-body-meeting).
 */
export function sessionsAndFormats(text: string, session: RegExp): { surface: string; start: number; rule: string }[] {
  const named = [...text.matchAll(session)].map((m) => ({ surface: m[0], start: m.index, rule: 'event.session' }));
  return [...named, ...formatSessions(text), ...ordinalBodyMeetings(text)];
}

/** What every match of FL13C_PATTERNS.quotedTitle holds: an opening quote (`mayMatch`). */
const QUOTED_TITLE_NEEDS = ['"', '“', '«', "'", '‘'];

/** Rule person.quoted-title: the spans of quoted titles; a person name inside one is no person. */
export function quotedTitleSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of matchesIf(text, FL13C_PATTERNS.quotedTitle, QUOTED_TITLE_NEEDS)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    out.push([start, start + m[1]!.length]);
  }
  return out;
}

/** The last text asked of `inQuotedTitle` and its spans: the people stage asks once per person of a sentence. */
let quotedOf: { text: string; spans: [number, number][] } | undefined;

/** Whether [start, end) lies inside a quoted title (rule person.quoted-title). */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  if (quotedOf?.text !== text) quotedOf = { text, spans: quotedTitleSpans(text) };
  return quotedOf.spans.some(([s, e]) => start >= s && end <= e);
}

/** Rule person.initials-prefix: a folded name word that is only initials ("m.u.m", "s"). */
const INITIALS = /^\p{L}(?:\.\p{L})*\.?$/u;

/**
 * Rule person.initials-prefix: "M.U.M. Ali Sabry" is "Ali Sabry": a name led by initials is the same person as the
 * name without them (both folded to lower-case words; the shorter has at least two words).
 */
export function initialsPrefixSame(long: readonly string[], short: readonly string[]): boolean {
  let k = 0;
  while (k < long.length && INITIALS.test(long[k]!)) k++;
  if (k === 0 || short.length < 2 || long.length - k !== short.length) return false;
  return short.every((w, i) => w === long[k + i]);
}

/**
 * Rule person.double-surname: "Minister Rodríguez Parrilla" is "Bruno Rodríguez Parrilla": a two-word mention equal to
 * the last two words of a longer name (a double surname, or a name after its given name) is that person.
 */
export function doubleSurnameSame(long: readonly string[], short: readonly string[]): boolean {
  // "Al Thani", "El Sisi": a family name several people share, told with its particle, is left alone.
  if (/^(?:al|el|aal|bin|bint|ibn|van|von|de|da|del)$/.test(short[0] ?? '')) return false;
  return short.length === 2 && long.length >= 3 && long[long.length - 2] === short[0] && long.at(-1) === short[1];
}
