// Agreements told in constructions the second agreements bank (bank-agreements-2.ts, helper agr17) found missed; rule
// ids are what --explain prints. Name rules (called from agreements.ts): agreement.verb-described-object,
// agreement.split-joined-title, agreement.not-domestic-plan, agreement.compound-two-word-state. Relation rules (called
// from rules-agreements.ts and rules-new7.ts): reached-at.inline-list, party-to.relative-signed-with,
// party-to.combining-form (more forms, agreement-parties.ts). Status (called from events.ts):
// agreement.status-modality.
import { AGREEMENT_DESCRIBED_HEADS, COMBINING_FORMS } from './lexicons.ts';
import { findGazetteerHits, type GazetteerHit } from './gazetteer.ts';
import { alt, matchAllInLines } from './text.ts';
import type { Found } from './types.ts';
import type { RelKit } from './rel-kit.ts';

/** A name span (the shape agreements.ts returns). */
interface NameSpan {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';
const DESCRIBED_HEAD = alt(AGREEMENT_DESCRIBED_HEADS).replace(/ /g, SP);

/** Patterns of the rules in this file, as named data. */
export const AGR17_PATTERNS = {
  /**
   * agreement.verb-described-object: "signed a framework on critical minerals at their meeting", "agreed on a roadmap
   * for the resumption of …", "signed the terms of reference of the Joint Commission", "proposed concluding an
   * agreement on visa-free travel": a lowercase head right after a verb of concluding and its determiner, with its
   * subject ("on", "for", "of", "setting out") up to a comma, a clause word or a place.
   */
  verbObject: new RegExp(
    `(?<=\\b(?:signed|concluded|initial(?:l)?ed|adopted|agreed${SP}(?:on|upon)|reached|struck|endorsed|finali[sz]ed${SP}the${SP}text${SP}of|(?:proposed|propose|proposing)${SP}(?:concluding|signing)|to${SP}(?:conclude|sign))${SP}(?:an?|the)${SP})((?:(?:new|bilateral|trilateral|joint|political)${SP})?(?:${DESCRIBED_HEAD})${SP}(?:on|for|of|setting${SP}out)${SP}(?:the${SP})?[\\p{Ll}\\p{Lu}][\\p{L}-]*(?:${SP}(?:[\\p{Ll}][\\p{L}-]*|\\p{Lu}[\\p{L}-]*)){0,10}?)(?=[^\\S\\n]*(?:[,;.:)]|\\n|$)|${SP}(?:at|during|in${SP}\\p{Lu}|on${SP}(?:\\p{Lu}|the${SP}(?:sidelines|margins))|which|that|who|under|with|by|between|as|was|were|will|would|and${SP}(?:an?|the)${SP})\\b)`,
    'gu',
  ),
  /** Words verbObject's subject may not open with: "a memorandum on which …", "an agreement on behalf of". */
  notSubject:
    /^(?:\S+\s+){1,3}?(?:on|for|of|setting\s+out)\s+(?:behalf|which|whom|its|their|how|what|whether|the\s+basis)\b/,
  /**
   * agreement.split-joined-title: "the Memorandum of Understanding on Halal Cooperation and the Letter of Intent on the
   * Bridge": a second capitalised title, opened by its own head after "and the", is an agreement of its own.
   */
  joinedTitle: new RegExp(
    `${SP}and${SP}(?:the|an?)${SP}(?=(?:${alt(['Letter of Intent', 'Memorandum of Understanding', 'Memorandum', 'Agreement', 'Treaty', 'Protocol', 'Declaration', 'Joint Statement', 'Arrangement', 'Exchange of Notes', 'Exchange of Letters', 'Action Plan', 'Work Plan', 'Programme', 'Roadmap']).replace(/ /g, SP)})\\b)`,
    'u',
  ),
  /**
   * agreement.not-domestic-plan: "the third National Action Plan on Women, Peace and Security", "the National Strategy
   * for …": a state's own plan or strategy, not an agreement between parties.
   */
  domesticPlan: /^(?:\d{4}\s+)?National\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(?:Plan|Strategy|Programme|Program|Policy)\b/u,
  /**
   * reached-at.inline-list: "The following documents were initialled during the talks: the Agreement on …; the
   * Agreement on …": a sentence that opens a list of documents signed, and holds the list after its colon.
   */
  inlineListOpener:
    /\b(?:following|these)\b[^.:;]{0,60}\b(?:agreements?|MoUs?|documents|memoranda|instruments|texts)\b[^.:;]{0,40}\b(?:signed|exchanged|concluded|adopted|initial(?:l)?ed|ratified)\b[^.:;]{0,60}:/i,
  /**
   * party-to.relative-signed-with: "the Agreement on X, which Indonesia signed with Singapore …": the partner after
   * "with" is a party too.
   */
  relativeWith:
    /^,?\s*(?:that|which)\s+[^,;:.]{2,60}?\s+(?:had\s+|has\s+|have\s+)?(?:signed|concluded|initial(?:l)?ed|agreed)\s+with\s+(?:the\s+)?/u,
  /** More verbs of reaching at the readout's event: "Their talks were followed by the signing of …". */
  reachVerb:
    /\b(?:followed\s+by|ended\s+with|culminated\s+in|crowned\s+by)\s+the\s+(?:signing|adoption|initial(?:l)?ing)\s+of\b/,
  /**
   * agreement.status-modality: tense and modality of the sentence that tells of an agreement. Proposed: hoped or
   * expected to be signed, "would be signed"; under negotiation: worked towards, its text being finalised, under
   * consideration, negotiations to resume.
   */
  proposed:
    /\b(?:would|could|should)\s+be\s+(?:signed|concluded)\b|\b(?:hope[sd]?|expect(?:s|ed)?|look(?:s|ed)?\s+forward)\b[^.;]{0,60}\b(?:to\s+be\s+signed|signing\s+of)\b|\bproposed\s+(?:concluding|signing)\b/i,
  underNegotiation:
    /\b(?:work(?:s|ed|ing)?\s+towards?|finali[sz]e\s+the\s+text|under\s+(?:consideration|discussion)\s+(?:by|of)|negotiations?\s+(?:on|for)\b[^.;]{0,120}\bwill\s+resume|agreed\s+to\s+conclude\s+(?:the\s+)?negotiations)\b/i,
};

/** What every match of AGR17_PATTERNS.verbObject holds on its line (`matchAllInLines`): its verb. */
const VERB_OBJECT_LINE =
  /\b(?:signed|concluded|initial|adopted|agreed|reached|struck|endorsed|finali|propos|to[^\S\n]+(?:conclude|sign))/;

/** Spans of agreement.verb-described-object that no other rule's span overlaps. */
export function verbObjectSpans(text: string, taken: readonly NameSpan[]): NameSpan[] {
  if (
    !/\b(?:signed|concluded|initial|adopted|agreed|reached|struck|endorsed|finali|propos|to conclude|to sign)/.test(
      text,
    )
  )
    return [];
  const out: NameSpan[] = [];
  for (const m of matchAllInLines(text, AGR17_PATTERNS.verbObject, VERB_OBJECT_LINE)) {
    const surface = m[1]!.replace(/\s+(?:and|or|the|a|an|of|for|on|in|to)$/u, '');
    const start = m.index;
    if (AGR17_PATTERNS.notSubject.test(surface)) continue;
    const end = start + surface.length;
    if (taken.some((t) => t.start < end && t.start + t.surface.length > start)) continue;
    out.push({ surface, start, rule: 'agreement.verb-described-object' });
  }
  return out;
}

/** agreement.split-joined-title: a capitalised title split where "and the" opens a second one with its own head. */
export function splitJoinedTitle(span: NameSpan): NameSpan[] {
  if (!/^\p{Lu}/u.test(span.surface)) return [span];
  const m = AGR17_PATTERNS.joinedTitle.exec(span.surface);
  if (!m || m.index < 8) return [span];
  const second = m.index + m[0].length;
  return [
    { ...span, surface: span.surface.slice(0, m.index) },
    { surface: span.surface.slice(second), start: span.start + second, rule: 'agreement.split-joined-title' },
  ];
}

/** agreement.not-domestic-plan: whether a name is one state's own national plan or strategy. */
export function domesticPlan(surface: string): boolean {
  return AGR17_PATTERNS.domesticPlan.test(surface);
}

/**
 * agreement.compound-two-word-state: "the New Zealand-Singapore digital trade agreement": a compound whose first member
 * is the second word of a state's name starts at the state's first word.
 */
export function withTwoWordStateLead(text: string, span: NameSpan): NameSpan {
  const lead = /(\p{Lu}[\p{L}]+)[^\S\n]+$/u.exec(text.slice(Math.max(0, span.start - 20), span.start));
  if (!lead) return span;
  const first = /^[\p{L}]+/u.exec(span.surface)?.[0] ?? '';
  const joined = `${lead[1]} ${first}`;
  const hit = findGazetteerHits(joined).find((h) => h.type === 'State' && h.start === 0 && h.end === joined.length);
  if (!hit) return span;
  const back = span.start - (text.slice(0, span.start).length - text.slice(0, span.start).lastIndexOf(lead[1]!));
  return { ...span, surface: text.slice(back, span.start) + span.surface, start: back };
}

/**
 * reached-at.inline-list: the agreements listed after the colon of a sentence that opens a list of documents signed
 * ("The following documents were initialled during the talks: A; B") were reached at the readout's main event.
 */
export function reachedAtInlineList(k: RelKit, older: (a: Found) => boolean): void {
  const { ctx, ev, main } = k;
  if (!main || main.planned) return;
  for (const s of ctx.sentences) {
    // The opener ends at a colon: a sentence without one holds none.
    const m = s.text.includes(':') ? AGR17_PATTERNS.inlineListOpener.exec(s.text) : null;
    if (!m) continue;
    const from = s.start + m.index + m[0].length;
    for (const a of ev.agreementMentions.filter((x) => x.sentence === s.index && x.start >= from && !older(x)))
      ctx.relate('REACHED_AT', a.key, main.key, s.index, 'reached-at.inline-list');
  }
}

/** party-to.relative-signed-with: the partner a relative clause after the agreement names ("which A signed with B"). */
export function relativeWithPartner(k: RelKit, a: Found): string[] {
  const { ctx } = k;
  const s = ctx.sentences[a.sentence]!;
  const m = AGR17_PATTERNS.relativeWith.exec(ctx.text.slice(a.end, Math.min(s.end, a.end + 120)));
  if (!m) return [];
  const at = a.end + m[0].length;
  const hit: GazetteerHit | undefined = k.hitsIn(at, Math.min(s.end, at + 60))[0];
  if (!hit || hit.start > at + 1) return [];
  return k.hitKeys.get(hit) ? [k.hitKeys.get(hit)!] : [];
}

/** agreement.status-modality: the status a sentence's tense and modality give, if they settle one. */
export function statusByModality(sentence: string): 'proposed' | 'under negotiation' | undefined {
  if (AGR17_PATTERNS.proposed.test(sentence)) return 'proposed';
  if (AGR17_PATTERNS.underNegotiation.test(sentence)) return 'under negotiation';
  return undefined;
}

/**
 * party-to.combining-form: "the Franco-Luxembourg Declaration", "the Anglo-Irish Agreement": a combining form
 * (COMBINING_FORMS) joined by a hyphen to a state's name or another combining form; both are parties. Returns the
 * states with the offsets of their forms.
 */
export function combiningFormStates(surface: string): [name: string, start: number, end: number][] {
  const forms = Object.keys(COMBINING_FORMS).join('|');
  const m = new RegExp(`(?<![\\p{L}])(${forms})-(\\p{Lu}[\\p{L}]+)`, 'u').exec(surface);
  if (!m) return [];
  const at = m.index;
  const second = at + m[1]!.length + 1;
  const otherForm = COMBINING_FORMS[m[2]!];
  const other =
    otherForm ?? findGazetteerHits(m[2]!).find((h) => h.type === 'State' && h.start === 0)?.name ?? undefined;
  const out: [string, number, number][] = [[COMBINING_FORMS[m[1]!]!, at, at + m[1]!.length]];
  if (other) out.push([other, second, second + m[2]!.length]);
  // Sino- stands alone as before ("Sino-Pacific"); the other forms only beside a state ("Indo-Pacific" is none).
  return other || m[1] === 'Sino' ? out : [];
}

/**
 * party-to.not-instituted-body: an organisation found by its form (not a known name) right after "of the" or "of a"
 * inside an agreement's name is the body the agreement sets up or governs ("… on the Establishment of a Bi-National
 * Commission", "terms of reference of the Joint Commission"), not a party.
 */
export function instituted(h: GazetteerHit, before: string): boolean {
  return h.type === 'Organization' && Boolean(h.pattern) && /\bof\s+(?:the|an?)\s+$/.test(before);
}

/**
 * agreement.not-past-clause: "Recalling the Memorandum of Understanding between A and B on …, the two sides reviewed
 * …": a name read up to a sentence's end stops at the comma that opens the main clause.
 */
export const MAIN_CLAUSE_AFTER_COMMA =
  /,\s+(?:the\s+two\s+\w+|both\s+(?:sides|leaders|ministers|parties|countries)|the\s+(?:leaders|ministers|parties|sides|presidents|delegations)|they|we|he|she)\b/;

/** A span cut before MAIN_CLAUSE_AFTER_COMMA (agreement.not-past-clause). */
export function withoutMainClause(span: { surface: string; start: number }): { surface: string; start: number } {
  const m = MAIN_CLAUSE_AFTER_COMMA.exec(span.surface);
  return m ? { ...span, surface: span.surface.slice(0, m.index) } : span;
}
