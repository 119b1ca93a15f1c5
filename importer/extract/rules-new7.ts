// Rules of the new7 round (issue 6, construction 7 and the relations that hang on agreements), found on the first
// look of three samples in new issuers' styles (CARICOM Secretariat, German Federal Government, ASEAN Secretariat)
// and stated as general constructions of diplomatic prose; each is tested on made-up sentences in
// rules-new7.test.ts.
import { AGREEMENT_HEADS, MONTHS, WEEKDAYS } from './lexicons.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { alt } from './text.ts';

const SP = '[^\\S\\n]+';
/** A capitalised word of a formal title; never a month or a weekday ("… on Friday", "… of May"). */
const TITLE_WORD = `(?!(?:${alt([...MONTHS, ...WEEKDAYS])})\\b)\\p{Lu}[\\p{L}\\d'’-]*`;
/** Words that join the capitalised words of one complement: "Dialogue and Peace", "Republic of Guyana". */
const JOIN = `(?:${SP}(?:and|of|of${SP}the|for|the)${SP}|${SP})`;

/**
 * Rule agreement.title-continued: "the Joint Declaration of Argyle for Dialogue and Peace between Guyana and
 * Venezuela", "the Joint Declaration of Support for Ukraine": a title read up to its head and one complement goes on
 * with further capitalised complements opened by for / between / through / on / of.
 */
export const TITLE_CONTINUATION = new RegExp(
  `^(?:${SP}(?:for|between|through|on|of)${SP}(?:the${SP})?${TITLE_WORD}(?:${JOIN}${TITLE_WORD})*)+`,
  'u',
);

/** A span that ends in its head word ("… Association Agreement", "… Economic Framework"). */
const HEAD_LAST = new RegExp(`\\b(?:${alt(AGREEMENT_HEADS)})$`, 'u');

/**
 * "negotiated the X Agreement for Chile", "… Framework for the United States": "for" right after the head and then only
 * a state or an organisation names the side someone acts for, not the title ("Framework Agreement for Commercial and
 * Economic Cooperation" goes on).
 */
function forSide(tail: string): boolean {
  const m = /^\s+for\s+(?:the\s+)?(.+?)(?=\s+(?:for|between|through|on|of)\s|$)/u.exec(tail);
  if (!m) return false;
  const hits = findGazetteerHits(m[1]!);
  return hits.length > 0 && hits[0]!.start === 0 && hits[hits.length - 1]!.end === m[1]!.length;
}

/** A name span continued over further capitalised complements of its title (agreement.title-continued). */
export function withTitleContinuation<T extends { surface: string; start: number }>(text: string, span: T): T {
  const end = span.start + span.surface.length;
  const m = TITLE_CONTINUATION.exec(text.slice(end, end + 200));
  // "negotiated the X Agreement for Chile": "for" right after the head names the side, not the title.
  if (!m || (HEAD_LAST.test(span.surface) && forSide(m[0]))) return span;
  // "… Code of Conduct of Parties" is inside a title; a trailing link word or article is not.
  const tail = m[0].replace(new RegExp(`(?:${SP}(?:and|of|for|the))+$`, 'u'), '');
  return { ...span, surface: span.surface + tail };
}

/** Single-word heads a head-first title opens with ("Guidelines for …", "Protocol to …", "Agreement on …"). */
const OPENING_HEADS = new Set(
  [...AGREEMENT_HEADS.filter((h) => !/\s/.test(h)), 'Guidelines', 'Plan', 'Programme', 'Roadmap'].map((h) =>
    h.toLowerCase(),
  ),
);

/**
 * Rule agreement.other-instrument: "the Guidelines for Accelerating the Early Conclusion of … Code of Conduct …" names
 * the Code of Conduct inside it but is another instrument: a head-first title whose head the shorter name lacks is no
 * fuller form of that name (so the two are not merged).
 */
export function otherInstrument(short: string, long: string): boolean {
  const head = /^(?:the\s+)?(?:\d{4}\s+)?([\p{L}]+)/u.exec(long)?.[1]?.toLowerCase();
  if (!head || !OPENING_HEADS.has(head)) return false;
  return !short.toLowerCase().split(/\s+/).includes(head);
}
