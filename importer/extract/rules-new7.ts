// Rules of the new7 round (issue 6, construction 7 and the relations that hang on agreements), found on the first
// look of three samples in new issuers' styles (CARICOM Secretariat, German Federal Government, ASEAN Secretariat)
// and stated as general constructions of diplomatic prose; each is tested on made-up sentences in
// rules-new7.test.ts.
import { AGREEMENT_HEADS, MONTHS, WEEKDAYS } from './lexicons.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { alt } from './text.ts';
import type { RelKit } from './rel-kit.ts';

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

/** "pursuant to which", "on the basis of which", "under which": a basis cue that opens a relative clause. */
export const BASIS_RELATIVE =
  /,?\s*(?:pursuant\s+to|on\s+the\s+basis\s+of|in\s+implementation\s+of|within\s+the\s+framework\s+of|under|building\s+on|based\s+on)\s+which\s+(?:the\s+)?$/i;
/** What the relative clause tells of the agreement after "which": it is negotiated, concluded, signed, drawn up. */
const RELATIVE_VERB =
  /^\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|is\s+being|are\s+being|would\s+be|is\s+to\s+be)\s+)?(?:negotiated|concluded|signed|adopted|drawn\s+up|established|agreed|implemented|prepared|developed)\b/i;

/**
 * Rule based-on.relative: "the Declaration on the Conduct of Parties …, pursuant to which the Code of Conduct is being
 * negotiated", "the 1995 Treaty, on the basis of which the Protocol was signed": the agreement after "which" rests on
 * the one the relative clause hangs on (the nearest agreement named before the cue).
 */
export function basedOnRelative(k: RelKit): void {
  const { ctx, ev } = k;
  const ms = ev.agreementMentions;
  for (let i = 0; i < ms.length; i++) {
    const built = ms[i]!;
    const lead = ctx.text.slice(Math.max(0, built.start - 60), built.start);
    const cue = BASIS_RELATIVE.exec(lead);
    if (!cue || !RELATIVE_VERB.test(ctx.text.slice(built.end, built.end + 40))) continue;
    const at = built.start - (lead.length - cue.index);
    const base = [...ms].reverse().find((a) => a.sentence === built.sentence && a.end <= at && a.name !== built.name);
    if (base) ctx.relate('BASED_ON', built.key, base.key, built.sentence, 'based-on.relative');
  }
}

/** "…, pursuant to which …": the cue of based-on.phrase opens a relative clause (read by based-on.relative). */
export function cueOpensRelative(rest: string): boolean {
  return /^\s+which\b/i.test(rest);
}

/** "whose negotiations build on the X": the cue's subject is what "whose" refers back to, named before or not at all. */
export function cueAfterWhose(before: string): boolean {
  return /\bwhose\s+(?:[a-z]+\s+){0,2}$/i.test(before);
}
