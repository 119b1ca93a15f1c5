// Rules of the new7 round (issue 6, construction 7 and the relations that hang on agreements), found on the first
// look of three samples in new issuers' styles (CARICOM Secretariat, German Federal Government, ASEAN Secretariat)
// and stated as general constructions of diplomatic prose; each is tested on made-up sentences in
// rules-new7.test.ts.
import { AGREEMENT_HEADS, MONTHS, WEEKDAYS } from './lexicons.ts';
import { relativeWithPartner } from './rules-agr17.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { alt } from './text.ts';
import { titleCommaSeriesClosedLink } from './rules-fl33a.ts';
import { STATE_NAMES, type RelKit } from './rel-kit.ts';
import { readoutPair } from './rules-parties.ts';
import { ELIDED_PARTICLE } from './rules-fl29c-words.ts';
import type { Found } from './types.ts';

const SP = '[^\\S\\n]+';
/** A capitalised word of a formal title; never a month or a weekday ("… on Friday", "… of May"). */
// agreement.elided-particle (fl29c): "… of Côte d'Ivoire".
const TITLE_WORD = `(?!(?:${alt([...MONTHS, ...WEEKDAYS])})\\b)${ELIDED_PARTICLE}\\p{Lu}[\\p{L}\\d'’-]*`;
/** Words that join the capitalised words of one complement: "Dialogue and Peace", "Republic of Guyana". */
// agreement.title-comma-series-closed (rules-fl33a.ts): "for Security, Public Health and Safe Communities".
const JOIN = `(?:${SP}(?:and|of|of${SP}the|for|the)${SP}|${SP}|${titleCommaSeriesClosedLink(TITLE_WORD, SP)})`;

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
  const words = short.toLowerCase().split(/\s+/);
  const head = /^(?:the\s+)?(?:\d{4}\s+)?([\p{L}]+)/u.exec(long)?.[1]?.toLowerCase();
  if (head && OPENING_HEADS.has(head) && !words.includes(head)) return true;
  // "the Single Draft … Code of Conduct Negotiating Text": a last head the shorter name lacks is another instrument.
  const last = HEAD_LAST.exec(long)?.[0].toLowerCase().split(/\s+/);
  return Boolean(last && !last.every((w) => words.includes(w)));
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

/** Patterns of party-to.stated, as named data. */
export const STATED_PARTY_PATTERNS = {
  /** "China's accession to the", "the accession of Timor-Leste to the", "Timor-Leste acceded to the". */
  accession:
    /(?:(\S[^,;:.]{0,40}?)['’]s\s+accession\s+to|accession\s+of\s+(?:the\s+)?(\S[^,;:.]{0,40}?)\s+to|(\S[^,;:.]{0,40}?)\s+acceded\s+to)\s+(?:the\s+)?$/u,
  /** "… that the G7 countries adopted", "…, which Norway signed", "… adopted by the G7". */
  adopter:
    /^,?\s*(?:(?:that|which)\s+(?:the\s+)?([^,;:.]{2,60}?)\s+(?:(?:countries|leaders|members|states|governments|partners|ministers)\s+)?(?:had\s+|have\s+|has\s+|jointly\s+)?(?:adopted|signed|concluded|issued|endorsed)|,?\s*(?:adopted|issued|endorsed)\s+by\s+(?:the\s+)?([^,;:.]{2,60}?)(?=\s+(?:countries|leaders|members|on|in|at)\b|[,;:.]|$))/u,
  /** ", to which both States are parties", "to which the two countries are party". */
  both: /^(?:\s+(?:of|dated|signed\s+(?:in|on))\s+[^,;:]{1,40})?,?\s*to\s+which\s+(?:both|the\s+two)\s+(?:States|states|countries|sides|parties|Parties|Governments|governments)\s+are\s+(?:a\s+)?(?:part(?:y|ies)|signator(?:y|ies))\b/u,
};

/** The states and organisations a text names in `segment` (keys of their entities), none when it names others too. */
function onlyNamed(k: RelKit, from: number, segment: string | undefined): string[] {
  if (!segment) return [];
  const at = k.ctx.text.indexOf(segment, Math.max(0, from));
  const hits = k.hitsIn(at, at + segment.length).filter((h) => !h.demonym || /\bcountries\b/.test(segment));
  return hits.flatMap((h) => k.hitKeys.get(h) ?? []);
}

/** The two parties of an agreement named "between A and B" in the readout, else the readout's pair of states. */
function bothOf(k: RelKit, a: Found): string[] {
  const named = new Map<string, string[]>();
  for (const r of k.ctx.relationsOf('PARTY_TO'))
    if (r.rule === 'party-to.named' && r.to !== a.key) named.set(r.to, [...(named.get(r.to) ?? []), r.from]);
  const pair = [...named.values()].find((ps) => new Set(ps).size === 2);
  if (pair) return [...new Set(pair)];
  return [...(readoutPair(k) ?? [])].flatMap((st) => k.stateKey(st) ?? []);
}

/**
 * Rule party-to.stated: the parties a sentence states for an agreement it mentions: an acceding state ("China's
 * accession to the Treaty of Amity"), its adopters ("the Joint Declaration that the G7 countries adopted"), or "both
 * States" of the readout ("the Geneva Agreement, to which both States are parties"). They replace the readout's sides.
 */
export function statedParties(k: RelKit, a0: Found): string[] {
  const { ev } = k;
  const name = k.nameOf(a0);
  const out = new Set<string>();
  for (const a of ev.agreementMentions.filter((x) => k.nameOf(x) === name)) {
    const told = toldParties(k, a);
    const found = [...told.named, ...(told.both ? bothOf(k, a) : [])];
    for (const x of found) out.add(x);
  }
  return [...out];
}

/** What the text around one agreement mention states (read once per mention: every agreement of its name asks). */
const toldOf = new WeakMap<Found, { named: string[]; both: boolean }>();
function toldParties(k: RelKit, a: Found): { named: string[]; both: boolean } {
  let told = toldOf.get(a);
  if (told) return told;
  const { ctx } = k;
  const s = ctx.sentences[a.sentence]!;
  const before = ctx.text.slice(Math.max(s.start, a.start - 60), a.start);
  const after = ctx.text.slice(a.end, Math.min(s.end, a.end + 120));
  const acc = STATED_PARTY_PATTERNS.accession.exec(before);
  const ad = STATED_PARTY_PATTERNS.adopter.exec(after);
  told = {
    named: [
      ...onlyNamed(k, a.start - 60, acc?.[1] ?? acc?.[2] ?? acc?.[3]),
      ...onlyNamed(k, a.end, ad?.[1] ?? ad?.[2]),
      // party-to.relative-signed-with (agr17): "…, which Indonesia signed with Singapore".
      ...(ad ? relativeWithPartner(k, a) : []),
    ],
    both: STATED_PARTY_PATTERNS.both.test(after),
  };
  toldOf.set(a, told);
  return told;
}

/**
 * Rule reached-at.not-last-period: "concluded an agreement on fisheries with Iceland last year", "… signed earlier this
 * month": an agreement told as reached in a past period is not reached at the readout's event.
 */
export function toldLastPeriod(text: string, end: number): boolean {
  return /^[^.;]{0,40}?\b(?:last\s+(?:year|month|week|autumn|spring|summer|winter)|earlier\s+this\s+(?:year|month|week)|a\s+(?:year|month|week)\s+ago|(?:\w+\s+)?(?:years|months|weeks)\s+ago)\b/i.test(
    text.slice(end, end + 60),
  );
}

/** "agreement on X with <partner>": an agreement named by its subject and the partner it is made with. */
const WITH_PARTNER = /\bwith\s+(?:the\s+)?\S/;

/**
 * Rule party-to.with-partner: "Norway concluded an agreement on fisheries with Iceland", "where the President is to
 * sign an agreement on security cooperation with France": besides the partner named in it, the signing subject's
 * state (a state subject, else the state of the person named first in the sentence) is a party.
 */
export function addPartnerSubjects(k: RelKit): void {
  const { ctx, ev } = k;
  for (const a of ev.agreements) {
    if (ctx.entity(a.key)?.rule !== 'agreement.reached-on' || !WITH_PARTNER.test(a.name)) continue;
    const partners = new Set(k.hitsIn(a.start, a.end).map((h) => h.name));
    if (!partners.size) continue;
    const s = ctx.sentences[a.sentence]!;
    const state =
      k.hitsIn(s.start, a.start).find((h) => !h.demonym && h.type === 'State' && !partners.has(h.name))?.name ??
      k
        .personsIn(a.sentence)
        .map(([m]) => personStateOf(k, k.clusterOf.get(m)))
        .find((x) => x !== undefined && !partners.has(x));
    const key = state ? k.stateKey(state) : undefined;
    if (key) ctx.relate('PARTY_TO', key, a.key, a.sentence, 'party-to.with-partner');
  }
}

/** The state whose office a person holds. */
function personStateOf(
  k: RelKit,
  c: Parameters<RelKit['people']['offices']['get']>[0] | undefined,
): string | undefined {
  if (!c) return undefined;
  return (k.people.offices.get(c) ?? []).map((o) => o.owner).find((o) => STATE_NAMES.has(o));
}

/** Words that open a person's title or name ("President", "Prime", "Mr"): a list of them names people, not a title. */
const TITLE_WORDS = new Set(
  'President Prime Minister Chancellor King Queen Sultan Emir Secretary Ambassador Foreign Vice Deputy Crown Sheikh Mr Ms Mrs Dr'.split(
    ' ',
  ),
);

/** ", Diplomatic Relations and Full Normalisation": the rest of a list of capitalised complements, closed by "and". */
const COMMA_LIST = new RegExp(
  `^(?:,${SP}${TITLE_WORD}(?:${JOIN}${TITLE_WORD})*?)+,?${SP}and${SP}${TITLE_WORD}(?:${JOIN}${TITLE_WORD})*`,
  'u',
);

/**
 * Rule agreement.title-list: "the Declaration of Peace, Cooperation and Constructive Diplomatic and Friendly Relations
 * between Bahrain and Israel", "Peace Agreement: Treaty of Peace, Diplomatic Relations and Full Normalisation between
 * …": a title whose complement is a list of capitalised nouns goes on over the list and what follows it. A span that
 * ends in its head ("the Paris Agreement, Kyoto Protocol and …") lists other agreements instead.
 */
export function withTitleList<T extends { surface: string; start: number }>(text: string, span: T): T {
  if (HEAD_LAST.test(span.surface)) return span;
  const end = span.start + span.surface.length;
  const m = COMMA_LIST.exec(text.slice(end, end + 200));
  // A list item that names a head of its own starts another agreement ("…, Trade Agreement and …").
  // A list of states or bodies after a title names its parties or others, not its subject.
  if (
    !m ||
    new RegExp(`\\b(?:${alt(AGREEMENT_HEADS)})\\b`, 'u').test(m[0]) ||
    findGazetteerHits(m[0]).length ||
    m[0].split(/[\s,]+/).some((w) => TITLE_WORDS.has(w))
  )
    return span;
  // Only a list that the title's parties close ("… between A and B") is surely inside the title.
  const listed = { ...span, surface: span.surface + m[0] };
  return /^\s+between\s/.test(text.slice(end + m[0].length, end + m[0].length + 10))
    ? withTitleContinuation(text, listed)
    : span;
}

/** " Negotiating Text", " Implementation Plan": capitalised words right after a title, ending in a head of their own. */
const STACKED_HEAD = new RegExp(`^(?:${SP}${TITLE_WORD})*?${SP}(?:${alt(AGREEMENT_HEADS)})(?![\\p{L}])`, 'u');

/**
 * Rule agreement.stacked-head: "the Single Draft South China Sea Code of Conduct Negotiating Text": a title ending in a
 * head ("Code of Conduct") that capitalised words ending in another head follow at once is one name up to the last.
 */
export function withStackedHead<T extends { surface: string; start: number }>(text: string, span: T): T {
  if (!HEAD_LAST.test(span.surface)) return span;
  const end = span.start + span.surface.length;
  const m = STACKED_HEAD.exec(text.slice(end, end + 80));
  return m ? { ...span, surface: span.surface + m[0] } : span;
}
