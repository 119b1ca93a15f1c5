// Rules of the flb10 round (issue 6, construction 7 and the relations that hang on agreements), found on the first
// look of three samples in new issuers' styles (Maghreb Arabe Presse, Greece's Ministry of Foreign Affairs, the IAEA)
// and stated as general constructions of diplomatic prose; each is tested on made-up sentences in rules-flb10.test.ts.
import { AGREEMENT_HEADS, MONTHS } from './lexicons.ts';
import { alt, anyFirstWord, execIf, matchAllInLines } from './text.ts';
import { LIST_ITEM } from './agreement-basis.ts';
import { partyListAt } from './agreement-parties.ts';
import { toldUnreached } from './agreement-status.ts';
import { olderThanDoc, PLANNED, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import type { Ctx } from './context.ts';
import { cueGate, sentencesFor } from './gates.ts';

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}'’-]*";
/** One token of a long formal title: a link word, a capitalised word, a number, a bracketed year, a comma. */
const ENUM_TOKEN = `(?:${SP}(?:of|the|a|an|and|in|for|on|to|by|as|with|concerning|regarding)(?![\\p{L}])|${SP}${CAP}|${SP}\\d{1,4}(?![\\p{L}\\d])|${SP}\\((?:19|20)\\d\\d\\)|,)`;

/** Patterns of the rules in this file, as named data. */
export const FLB10_PATTERNS = {
  /**
   * agreement.title-enumerated: "Final Agreement for the Settlement of the Differences as Described in the United
   * Nations Security Council Resolutions 817 (1993) and 845 (1993), the Termination of the Interim Accord of 1995, and
   * the Establishment of a Strategic Partnership between the Parties": a formal title that enumerates its objects
   * (commas, numbers, bracketed years, a capitalised participle "as Described in") and closes with its parties.
   */
  enumeratedTail: new RegExp(
    `^(?:${ENUM_TOKEN}){2,70}?${SP}between${SP}(?:the${SP})?(?:Parties|${CAP}(?:(?:${SP}(?:of|and|the|of${SP}the|and${SP}the)${SP}|${SP})${CAP})*)(?=[.;,:)]|\\n|$|${SP}[a-z])`,
    'u',
  ),
  /** What makes the continuation more than the complements agreement.title-continued reads already. */
  enumerating: /,|\bas\s+\p{Lu}|\d/u,
  /** A head inside the continuation, with what comes before it since the last comma. */
  headInside: new RegExp(`(?:^|,)([^,]*?)(?<![\\p{L}])(?:${alt(AGREEMENT_HEADS)})(?![\\p{L}])`, 'gu'),
  /** Before a head that stays inside the title: an "of" complement ("the Termination of the Interim Accord"). */
  ofComplement: /\bof\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*$/u,
  /**
   * agreement.not-action-lead: "Signing of the Final Agreement …", "Adoption of the Joint Declaration …" (a title-case
   * headline): the act done to the agreement is no part of its name.
   */
  actionLead:
    /^(?:Signing|Signature|Conclusion|Adoption|Ratification|Initial(?:l)?ing|Renewal|Extension|Entry\s+into\s+Force)\s+of\s+(?:the\s+)?(?=\p{Lu})/u,
  /**
   * agreement.not-verb-lead: "IAEA and Iran Agree Joint Statement", "Ministers Sign New Framework Agreement" (a
   * title-case headline): the words up to the verb name who agreed or signed, not the agreement.
   */
  verbLead:
    /^(?:(?!(?:on|of|for|the|to|in|with|between)\s)[\p{L}\d'’.-]+,?\s+){1,5}?(?:Agree|Agrees|Agreed|Sign|Signs|Signed|Adopt|Adopts|Adopted|Conclude|Concludes|Concluded|Reach|Reaches|Ink|Inks|Renew|Renews)\s+(?:on\s+)?(?:the\s+|a\s+|an\s+)?(?=\p{Lu})/u,
};

/**
 * Rule agreement.open-pair: "Signing of the Final Agreement between Greece and the former Yugoslav Republic of
 * Macedonia": a "between" complement whose pair the title does not close (the text goes on with "and" after its first
 * party) is cut off; the title is the words before "between".
 */
export function withoutOpenPair<T extends { surface: string; start: number }>(text: string, span: T): T {
  const end = span.start + span.surface.length;
  const m = /[^\S\n]+between[^\S\n]+(?:the[^\S\n]+)?[^,]+$/u.exec(span.surface);
  if (!m || / and /.test(m[0]) || !/^[^\S\n]+and[^\S\n]/u.test(text.slice(end, end + 6))) return span;
  return { ...span, surface: span.surface.slice(0, m.index) };
}

const FIRST_HEAD = new RegExp(`(?<![\\p{L}])(?:${alt(AGREEMENT_HEADS)})(?![\\p{L}])`, 'u');

/** The span without a leading act ("Signing of the") or headline subject and verb ("A and B Agree"). */
export function dropActionLead(surface: string, start: number): { surface: string; start: number } {
  const verb = FLB10_PATTERNS.verbLead.exec(surface);
  // "Agreement on Sign Language …": a head before the verb-like word makes it part of the title.
  const m = FLB10_PATTERNS.actionLead.exec(surface) ?? (verb && !FIRST_HEAD.test(verb[0]) ? verb : null);
  return m ? { surface: surface.slice(m[0].length), start: start + m[0].length } : { surface, start };
}

/**
 * Rule agreement.named-inside: "Final Agreement for … the Termination of the Interim Accord of 1995 …" names the Interim
 * Accord inside it: a name that stands inside a longer title after that title's own first head is another instrument,
 * not a shorter form of the title (the two are not merged).
 */
export function namedInsideTitle(short: string, long: string): boolean {
  const at = long.toLowerCase().indexOf(short.toLowerCase());
  const head = FIRST_HEAD.exec(long);
  return at > 0 && Boolean(head) && head!.index + head![0].length <= at;
}

/**
 * Rule agreement.title-enumerated (see FLB10_PATTERNS.enumeratedTail): the span goes on over the enumeration up to its
 * parties. A head in the enumeration that is not inside an "of" complement starts another agreement ("…, and in
 * Brussels the Protocol between A and B"), so the span stays as it is.
 */
export function withTitleEnumerated<T extends { surface: string; start: number }>(text: string, span: T): T {
  const end = span.start + span.surface.length;
  const m = FLB10_PATTERNS.enumeratedTail.exec(text.slice(end, end + 400));
  if (!m) return span;
  const body = m[0].slice(0, m[0].lastIndexOf(' between'));
  if (!FLB10_PATTERNS.enumerating.test(body)) return span;
  for (const h of body.matchAll(FLB10_PATTERNS.headInside)) if (!FLB10_PATTERNS.ofComplement.test(h[1]!)) return span;
  return { ...span, surface: span.surface + m[0] };
}

type Sentence = RelKit['ctx']['sentences'][number];

/** "at Psarades", "at Lancaster House": "at" before a proper name (never "at the …") tells a place. */
const AT_PLACE = /^[^\S\n]+(?!The\b)\p{Lu}[\p{L}'’-]+/u;

/**
 * Rule reached-at.place-not-event: "signed today at Psarades, on the shore of the lake, the Final Agreement": the
 * "signed … at" of the sentence (`reached`, whose last group is the preposition) names a place, not an event.
 */
export function placeOnlyAt(k: RelKit, s: Sentence, reached: RegExpExecArray): boolean {
  const end = s.start + reached.index + reached[0].length;
  return reached[reached.length - 1] === 'at' && AT_PLACE.test(k.ctx.text.slice(end, end + 40));
}

/** The patterns of a list's introducing sentence, as named data. */
export const LIST_INTRO = {
  /** The sentence closes with a colon: "…, namely:", "… the following instruments:". */
  colon: /:\s*$/,
  /** "between the Kingdom of Morocco and the State of Israel": where the parties of every listed item open. */
  between: /\bbetween\s+(?:the\s+)?(?=\p{Lu})/u,
  /** A signing verb in the introducing sentence ("were then signed", "the ministers signed"). */
  signed: /\b(?:signed|concluded|initial(?:l)?ed|exchanged|adopted)\b/i,
  /** A basis cue right before an agreement: "In implementation of the X,", "pursuant to the X". */
  basis:
    /\b(?:in\s+implementation\s+of|pursuant\s+to|on\s+the\s+basis\s+of|based\s+on|building\s+(?:up)?on|under|within\s+the\s+framework\s+of|in\s+application\s+of)\s+(?:the\s+|its\s+|their\s+)?$/i,
  /** The occasion named back: "at the same ceremony", "on this occasion", "at the ceremony". */
  sameOccasion:
    /\b(?:at|during|on)\s+(?:the\s+same|this|that|the)\s+(?:ceremony|occasion|meeting|event|signing(?:\s+ceremony)?)\b/i,
};

/** The sentence a list item belongs to: the nearest sentence before the list that closes with a colon. */
function listIntro(k: RelKit, si: number): Sentence | undefined {
  const { ctx } = k;
  const itemAt = (s: Sentence) => {
    const lineStart = ctx.text.lastIndexOf('\n', s.start - 1) + 1;
    return LIST_ITEM.test(ctx.text.slice(lineStart, lineStart + 8));
  };
  if (!itemAt(ctx.sentences[si]!)) return undefined;
  for (let i = si - 1; i >= 0 && i >= si - 30; i--) {
    const s = ctx.sentences[i]!;
    if (itemAt(s)) continue;
    return LIST_INTRO.colon.test(s.text) ? s : undefined;
  }
  return undefined;
}

/**
 * Rule party-to.list-intro: "four bilateral instruments were then signed between the Kingdom of Morocco and the State
 * of Israel, namely:" followed by a bulleted list: the parties the introducing sentence names after "between" are the
 * parties of every agreement listed (not the readout's sides, nor a third state of the meeting). Returns the party
 * keys, or none when the item's agreement has no such introduction.
 */
export function listIntroParties(k: RelKit, a: Found): string[] {
  const intro = listIntro(k, a.sentence);
  if (!intro) return [];
  const btw = LIST_INTRO.between.exec(intro.text);
  if (!btw) return [];
  const list = partyListAt(k, intro.start + btw.index + btw[0].length);
  return list.length >= 2 ? list.map((h) => k.hitKeys.get(h)!) : [];
}

/** The first agreement named on each list item after `intro`. */
function listedAgreements(k: RelKit, intro: Sentence): Found[] {
  const out: Found[] = [];
  for (let i = intro.index + 1; i < k.ctx.sentences.length; i++) {
    if (listIntro(k, i)?.index !== intro.index) break;
    const first = k.ev.agreementMentions.find((a) => a.sentence === i);
    if (first) out.push(first);
  }
  return out;
}

/**
 * Rules based-on.list-intro and reached-at.list-intro: "In implementation of the Joint Declaration, four instruments were
 * then signed at the same ceremony …, namely:" — every listed agreement rests on the agreement the basis cue names,
 * and was reached at the occasion the sentence names back (the event it names, else the readout's held main event).
 */
export function listIntroRelations(k: RelKit): void {
  const { ctx, ev, main } = k;
  for (const s of ctx.sentences) {
    if (!LIST_INTRO.colon.test(s.text)) continue;
    const items = listedAgreements(k, s);
    if (!items.length) continue;
    const base = ev.agreementMentions.find(
      (a) => a.sentence === s.index && LIST_INTRO.basis.test(ctx.text.slice(Math.max(s.start, a.start - 40), a.start)),
    );
    for (const a of items)
      if (base && k.nameOf(a) !== k.nameOf(base))
        ctx.relate('BASED_ON', a.key, base.key, a.sentence, 'based-on.list-intro');
    if (!LIST_INTRO.signed.test(s.text) || PLANNED.test(s.text)) continue;
    const named = ev.eventMentions.find((e) => e.sentence === s.index && !e.planned);
    const target = named ?? (LIST_INTRO.sameOccasion.test(s.text) && main && !main.planned ? main : undefined);
    if (!target) continue;
    for (const a of items)
      if (!olderThanDoc(k, a) && !toldUnreached(ctx.text, a.start, a.end))
        ctx.relate('REACHED_AT', a.key, target.key, a.sentence, 'reached-at.list-intro');
  }
}

/** The next sentence opens on the ceremony of the signing just told: "The signing ceremony took place …". */
const NEXT_CEREMONY = /^(?:The|This|That)\s+(?:signing\s+)?(?:ceremony|signing)\b/;
/** A signing told in the past: "signed today", "signed on Sunday", "have signed". */
const SIGNED = /\b(?:signed|initial(?:l)?ed|concluded)\b/;

/**
 * Rule reached-at.next-ceremony: "A and B signed today at Psarades the Final Agreement … . The signing ceremony took
 * place in the presence of …": the agreements a held signing names were reached at the ceremony the next sentence
 * opens on (a sentence that names an event of its own, or tells of a signing to come, gives nothing).
 */
export function reachedAtNextCeremony(k: RelKit): void {
  const { ctx, ev } = k;
  for (const e of ev.eventMentions) {
    const s = ctx.sentences[e.sentence]!;
    const prev = ctx.sentences[e.sentence - 1];
    const opening = NEXT_CEREMONY.exec(s.text);
    // Only the event the opening words name ("The signing ceremony"), not one named later ("… followed a meeting").
    if (e.planned || !prev || !opening || e.start >= s.start + opening[0].length) continue;
    if (!SIGNED.test(prev.text) || PLANNED.test(prev.text) || ev.eventMentions.some((x) => x.sentence === prev.index))
      continue;
    for (const a of ev.agreementMentions)
      if (a.sentence === prev.index && !olderThanDoc(k, a) && !toldUnreached(ctx.text, a.start, a.end))
        ctx.relate('REACHED_AT', a.key, e.key, s.index, 'reached-at.next-ceremony');
  }
}

const MONTH = alt(MONTHS);
/**
 * agreement.earlier-same-name: "builds on the Joint Statement that A and B agreed during the previous visit, on 5 March
 * 2022": a restrictive clause after an agreement's mention telling that it was agreed or signed on an earlier date.
 */
export const EARLIER_SAME_NAME = new RegExp(
  `^[^\\S\\n]+(?:that|which)[^\\S\\n]+[^.;]{0,140}?\\b(?:agreed|signed|adopted|concluded|issued|reached)\\b[^.;]{0,100}?\\b(?:on|of|in)[^\\S\\n]+((?:\\d{1,2}[^\\S\\n]+)?(?:${MONTH})(?:[^\\S\\n]+\\d{1,2},)?[^\\S\\n]+(?:19|20)\\d\\d)\\b`,
  'u',
);

/**
 * Rule agreement.earlier-same-name: the name of an earlier agreement with the same title as one named before it ("The
 * Joint Statement builds on the Joint Statement that … agreed … on 5 March 2022" names two statements): its title and
 * the date the clause gives, when that date is before the readout's. Undefined for any other mention.
 */
export function earlierSameName(
  text: string,
  name: string,
  end: number,
  docDate: string | undefined,
): string | undefined {
  const m = EARLIER_SAME_NAME.exec(text.slice(end, end + 300));
  if (!m || !docDate) return undefined;
  const at = Date.parse(`${m[1]!.replace(',', '')} UTC`);
  return Number.isFinite(at) && at < Date.parse(`${docDate} UTC`) ? `${name} of ${m[1]!.replace(',', '')}` : undefined;
}

const HEAD_AFTER_ARTICLE = new RegExp(
  `(?<=\\b(?:the|an?)[^\\S\\n]+)(?:${CAP}[^\\S\\n]+){0,4}(?:${alt(AGREEMENT_HEADS)})(?![\\p{L}])`,
  'gu',
);
/** HEAD_AFTER_ARTICLE never crosses a line and holds a head (matchAllInLines). */
const HEAD_WORDS = anyFirstWord(AGREEMENT_HEADS);

/** Spans of agreement.earlier-same-name: "the Joint Statement" before a clause telling it was agreed on a date. */
export function earlierSameNameSpans(text: string): { surface: string; start: number; rule: string }[] {
  const out: { surface: string; start: number; rule: string }[] = [];
  for (const m of matchAllInLines(text, HEAD_AFTER_ARTICLE, HEAD_WORDS))
    if (EARLIER_SAME_NAME.test(text.slice(m.index + m[0].length, m.index + m[0].length + 300)))
      out.push({ surface: m[0], start: m.index, rule: 'agreement.earlier-same-name' });
  return out;
}

/** The dated names agreement.earlier-same-name gave, per document: never a fuller form of the title they share. */
const EARLIER_NAMES = new WeakMap<Ctx, Set<string>>();

/** Records a name given by agreement.earlier-same-name. */
export function markEarlierName(ctx: Ctx, name: string): void {
  const set = EARLIER_NAMES.get(ctx) ?? new Set<string>();
  set.add(name);
  EARLIER_NAMES.set(ctx, set);
}

/** A name agreement.earlier-same-name gave: the earlier agreement, not a fuller form of the later one. */
export function isEarlierName(ctx: Ctx, name: string): boolean {
  return EARLIER_NAMES.get(ctx)?.has(name) ?? false;
}

/** Capitalised heads a title opens with, before a lowercase subject ("a Memorandum of Understanding on support for …"). */
const OPEN_HEADS = 'Memorandum of Understanding|Memorandum|Agreement|Protocol|Treaty|Convention|Arrangement|Accord';
/**
 * agreement.lowercase-subject: "signed a Memorandum of Understanding on support for private investment projects, under
 * which …", "an Agreement on fisheries cooperation": a capitalised head with "on" and a lowercase subject, up to a
 * comma, a relative word or a verb (not "on behalf of", "on the basis of").
 */
export const LOWERCASE_SUBJECT = new RegExp(
  `(?<=\\b(?:a|an|the|A|An|The)[^\\S\\n]+)(?:${OPEN_HEADS})[^\\S\\n]+on[^\\S\\n]+(?!(?:behalf|the|a|an|which|its|their|his|her|this|that|these|those)\\b)[a-z][a-z-]*(?:[^\\S\\n]+(?:[a-z][\\p{L}-]*|\\p{Lu}[\\p{L}-]*)){0,11}?(?=[^\\S\\n]*(?:[,;.:)]|\\n|$)|[^\\S\\n]+(?:under|which|that|who|whose|signed|was|were|is|are|will|would|to|between|by|at|during|with|as)\\b)`,
  'gu',
);
/** LOWERCASE_SUBJECT never crosses a line and holds one of OPEN_HEADS (matchAllInLines). */
const OPEN_HEAD = new RegExp(OPEN_HEADS);

/** Spans of agreement.lowercase-subject. */
export function lowercaseSubjectSpans(text: string): { surface: string; start: number; rule: string }[] {
  return matchAllInLines(text, LOWERCASE_SUBJECT, OPEN_HEAD).map((m) => ({
    surface: m[0],
    start: m.index,
    rule: 'agreement.lowercase-subject',
  }));
}

/**
 * agreement.to-negotiate: "agreed to negotiate further agreements on trade, tourism and innovation in the coming
 * months": agreements still to be negotiated, named by their plural head and the subjects listed after "on".
 */
export const TO_NEGOTIATE = {
  span: /(?<=\b(?:to|will|shall|would)\s+negotiate\s+(?:(?:further|new|additional|other|two|three|several)\s+)?)(?:agreements|treaties|accords|protocols|arrangements)\s+on\s+(?!(?:behalf|the|a|an|which|its|their)\b)[a-z][a-z-]*(?:(?:,\s+|\s+and\s+|\s+)(?!(?:in|by|before|during|within|next|this|over|at|with|the|and)\b)[a-z][a-z-]*){0,8}(?=\s+(?:in|by|before|during|within|next|this|over|at|with)\b|[.;:,]|$)/g,
  /** The verb and the words before the agreement: "Morocco and Israel agreed to negotiate further". */
  before:
    /\b(?:agreed|decided|undertook|resolved)\s+to\s+negotiate\s+(?:(?:further|new|additional|other|two|three|several)\s+)?$/,
};

/** Spans of agreement.to-negotiate. */
export function toNegotiateSpans(text: string): { surface: string; start: number; rule: string }[] {
  // The span's lookbehind holds "negotiate" (and takes newlines: no line guard).
  return (/negotiate/.test(text) ? [...text.matchAll(TO_NEGOTIATE.span)] : []).map((m) => ({
    surface: m[0],
    start: m.index,
    rule: 'agreement.to-negotiate',
  }));
}

/**
 * Rule party-to.to-negotiate: "…, and Morocco and Israel agreed to negotiate further agreements on …": the states and
 * organisations of the clause's subject (two or more, from the last comma or the sentence's start) are the parties.
 */
export function toNegotiateParties(k: RelKit, a: Found): string[] {
  const { ctx, hits, hitKeys } = k;
  const verb = TO_NEGOTIATE.before.exec(ctx.text.slice(Math.max(0, a.start - 70), a.start));
  if (!verb) return [];
  const s = ctx.sentences[a.sentence]!;
  const at = a.start - (verb[0].length + (a.start - Math.max(0, a.start - 70) - verb.index - verb[0].length));
  const from = Math.max(s.start, ctx.text.lastIndexOf(',', at) + 1);
  const subject = hits.filter(
    (h) => (h.type === 'State' || h.type === 'Organization') && !h.demonym && h.start >= from && h.end <= at,
  );
  return new Set(subject.map((h) => h.name)).size >= 2 ? subject.map((h) => hitKeys.get(h)!) : [];
}

/**
 * reached-at.final-text: "They agreed the final text in their telephone conversation of 12 June", "The final wording was
 * settled at the meeting in Vienna": the text of the agreement the readout is about was reached at that event.
 */
export const FINAL_TEXT =
  /\b(?:(?:agreed|settled|finali[sz]ed|approved|sealed)\s+(?:on\s+)?(?:the|its)\s+(?:final\s+)?(?:text|wording|terms)|(?:final\s+)?(?:text|wording|terms)\s+(?:was|were|had\s+been)\s+(?:agreed|settled|finali[sz]ed|approved))\b[^.;]{0,30}?\s(?:in|at|during)\s/i;
/** What every match of FINAL_TEXT holds, under its case flag (`mayMatch`). */
const FINAL_TEXT_NEEDS = /text|wording|terms/i;
/** The sentences reached-at.final-text reads: those holding a word cue of FINAL_TEXT (perf29). */
export const FINAL_TEXT_GATE = cueGate(FINAL_TEXT);

/** The agreement named most often before `at` (the first named on a tie): the one the readout is about. */
function mostNamed(k: RelKit, at: number): Found | undefined {
  const count = new Map<string, number>();
  let best: Found | undefined;
  for (const a of k.ev.agreementMentions) {
    if (a.start >= at) break;
    const n = (count.get(k.nameOf(a)) ?? 0) + 1;
    count.set(k.nameOf(a), n);
    if (!best || n > count.get(k.nameOf(best))!) best = a;
  }
  return best;
}

/** Rule reached-at.final-text (see FINAL_TEXT): no agreement named in the sentence, a held event after the cue. */
export function reachedAtFinalText(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of sentencesFor(ctx, FINAL_TEXT_GATE)) {
    const m = execIf(s.text, FINAL_TEXT, FINAL_TEXT_NEEDS);
    if (!m || PLANNED.test(s.text) || ev.agreementMentions.some((a) => a.sentence === s.index)) continue;
    const at = s.start + m.index;
    const target = ev.eventMentions.find((e) => e.sentence === s.index && e.start > at && !e.planned);
    const ag = target ? mostNamed(k, s.start) : undefined;
    if (target && ag) ctx.relate('REACHED_AT', ag.key, target.key, s.index, 'reached-at.final-text');
  }
}
