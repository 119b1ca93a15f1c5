// Agreements told in constructions the fourth agreements bank (bank-agreements-4.ts, helper agr24) found missed or
// wrongly read; rule ids are what --explain prints. Name rules (called from agreements.ts): agreement.not-consent,
// agreement.not-unilateral. Relation rules (called from rules-agreements.ts, after the other REACHED_AT rules):
// reached-at.not-planned-signing, reached-at.built-on-not-base; party-to.one-of-its-signatories. The lead words of a
// signing subject (party-to.signers-active's "The delegations of …", "(ELN)") are in rules-new6.ts's
// SIGNERS_PATTERNS, the new basis cues ("to operationalise", "in application of", "under the umbrella of") in
// rules-agreements.ts's BASIS_RE and in BASE_CUE below.
import { BASIS_BEFORE } from './rules-new6.ts';
import { olderThanDoc, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { whenTextWord, wordGate } from './gates.ts';

const SP = '[^\\S\\n]+';

/** Patterns of the rules in this file, as named data. */
export const AGR24_PATTERNS = {
  /**
   * reached-at.not-planned-signing: a verb of concluding (base form or participle) whose signing is still to come
   * when a modal or a "to" of intent stands right before it: "which the presidents are to sign at the binational
   * cabinet meeting", "they will sign an agreement … at the North Sea Summit", "is expected to be signed during".
   */
  reachWord:
    /\b(?:sign(?:ed)?|conclude[ds]?|adopt(?:ed)?|initial(?:l?ed)?|reach(?:ed)?|agree[ds]?|endorse[ds]?|ink(?:ed)?|finali[sz]e[ds]?|issue[ds]?|exchange[ds]?)\b/gi,
  plannedBefore: new RegExp(
    `\\b(?:will|would|shall|(?:is|are|was|were)${SP}(?:expected${SP}|due${SP}|set${SP}|scheduled${SP}|slated${SP}|poised${SP})?to|expected${SP}to|due${SP}to|set${SP}to|scheduled${SP}to|plan(?:s|ned)?${SP}to|intend(?:s|ed)?${SP}to|hope(?:s|d)?${SP}to|aim(?:s|ed)?${SP}to|ready${SP}to|agreed${SP}to|to${SP}be)${SP}(?:(?:be|then|formally|jointly|officially|soon|also)${SP}){0,2}$`,
    'i',
  ),
  /**
   * reached-at.built-on-not-base: a cue right before an agreement that names it as the basis of the one before it:
   * "a protocol supplementing the 2013 Agreement …", "the Plan of Action to operationalise the Joint Declaration …",
   * "in application of Article 7 of the Agreement …" (besides rules-new6.ts's BASIS_BEFORE).
   */
  baseCue: new RegExp(
    `\\b(?:supplement(?:s|ing)?|to${SP}(?:operationali[sz]e|implement|amend|supplement)|operationali[sz](?:es|ing)|in${SP}application${SP}of|under${SP}the${SP}umbrella${SP}of|within${SP}the${SP}framework${SP}of|(?:additional${SP})?protocol${SP}to|addendum${SP}to)${SP}(?:(?:Article|Section|paragraph|Chapter)${SP}\\d+\\w*${SP}of${SP})?(?:the${SP})?(?:(?:19|20)\\d\\d${SP})?$`,
    'i',
  ),
  /**
   * reached-at.issued-at and reached-at.conclusion-of-negotiations-at (more cues of reached-at.verb-at-event): "the
   * Joint Statement issued at the end of Prime Minister A's state visit to B", "welcomed the conclusion of negotiations
   * on the X at the ministerial meeting in Rio".
   */
  reachCue: /issued|conclusion[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?negotiations/,
  /**
   * reached-at.agreed-a (a verb of reaching for reached-at.main-event): "In a telephone call on Tuesday, A and B agreed
   * a fisheries arrangement on …": "agreed" with an instrument as its object.
   */
  agreedObject:
    /\bagreed[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:arrangement|agreement|deal|memorandum|protocol|roadmap|framework|declaration|joint[^\S\n]+statement|accord|truce|ceasefire|package)\b/,
  /**
   * reached-at.closed-by-concluding: "closed the 19th round of negotiations in Jakarta by concluding the text of the
   * X": the verb that ends the event (right before it), then what follows the event up to the agreement.
   */
  closedVerb: /\b(?:closed|concluded|ended|completed|wrapped[^\S\n]+up)[^\S\n]+(?:the|their|a|its)?[^\S\n]*$/i,
  byConcluding:
    /^[^\S\n]*(?:(?:on|in)[^\S\n]+\p{Lu}[\p{L}-]*[^\S\n]*)?,?[^\S\n]*by[^\S\n]+(?:concluding|finali[sz]ing|agreeing(?:[^\S\n]+on)?|initial(?:l)?ing|signing|adopting)[^\S\n]+(?:the[^\S\n]+(?:text|wording)[^\S\n]+of[^\S\n]+)?(?:the|an?)?[^\S\n]*$/u,
  /** A participle of concluding between a base and the event after it: "the Joint Declaration adopted at …". */
  ownParticiple: /\b(?:signed|adopted|concluded|agreed|reached|initial(?:l)?ed|issued|endorsed|struck|inked)\b/i,
  /**
   * agreement.not-consent: "the Council’s agreement to open accession negotiations", "their agreement to hold …": a
   * possessor's consent to an act, no instrument.
   */
  consentBefore: /(?:\b(?:their|its|his|her|our)|['’]s?)[^\S\n]*$/u,
  consentAfter: /^[^\S\n]+to[^\S\n]+(?!the\b|a\b|an\b|this\b|that\b)[a-z]+/,
  /** agreement.not-unilateral: "a unilateral ceasefire", "unilaterally declared truce": one side's act. */
  unilateral: /\bunilateral(?:ly)?(?:[^\S\n]+(?:declared|announced|proclaimed))?[^\S\n]+$/i,
  /** party-to.one-of-its-signatories: "the Karen National Union, one of its signatories". */
  oneOfSignatories: /^\s*,\s*(?:one|each)\s+of\s+its\s+(?:\w+\s+)?signatories\b/i,
};

/** A name span as agreements.ts makes it. */
interface NameSpan {
  surface: string;
  start: number;
}

/**
 * Rules agreement.not-consent and agreement.not-unilateral: a span that names a possessor's consent to act ("the
 * Council’s agreement to open …") or one side's ceasefire ("a unilateral ceasefire for the Easter holiday").
 */
export function notAnInstrument(text: string, x: NameSpan): boolean {
  const end = x.start + x.surface.length;
  const before = text.slice(Math.max(0, x.start - 30), x.start);
  if (/^(?:\p{Lu}[\p{L}-]*['’]s?[^\S\n]+)?agreement$/u.test(x.surface)) {
    const owner = /['’]s?[^\S\n]+agreement$/u.test(x.surface) || AGR24_PATTERNS.consentBefore.test(before);
    if (owner && AGR24_PATTERNS.consentAfter.test(text.slice(end, end + 30))) return true;
  }
  return /^(?:ceasefire|cease-fire|truce|cessation)\b/i.test(x.surface) && AGR24_PATTERNS.unilateral.test(before);
}

type Rel = RelKit['ctx']['relations'][number];

/** The mention of the relation end `key` in sentence `si` (by key or name), last before `before` if given. */
function mentionIn(k: RelKit, list: Found[], key: string, si: number, before = Infinity): Found | undefined {
  const name = k.ctx.entity(key)?.name;
  return list.filter((m) => m.sentence === si && (m.key === key || k.nameOf(m) === name) && m.start < before).at(-1);
}

/**
 * Rule reached-at.not-planned-signing: an agreement "the presidents are to sign at the binational cabinet meeting",
 * or "will sign … at the summit", is not reached at that event: the verb nearest before the event, in its sentence,
 * has a modal or a "to" of intent right before it.
 */
export function dropPlannedReachedAt(k: RelKit): void {
  const { ctx } = k;
  const rels = ctx.relations;
  const planned = (r: Rel): boolean => {
    const e = mentionIn(k, k.ev.eventMentions, r.to, r.sentence);
    const s = ctx.sentences[r.sentence];
    if (!e || !s) return false;
    const before = ctx.text.slice(s.start, e.start);
    const verb = [...before.matchAll(AGR24_PATTERNS.reachWord)].at(-1);
    return !!verb && AGR24_PATTERNS.plannedBefore.test(before.slice(Math.max(0, verb.index - 50), verb.index));
  };
  const drop = rels.filter((r) => r.type === 'REACHED_AT' && planned(r));
  if (drop.length) ctx.replaceRelations(rels.filter((r) => !drop.includes(r)));
}

/**
 * Rule reached-at.built-on-not-base: "Kuwait and Jordan signed a protocol supplementing the 2013 Agreement on … at
 * the sixth session of the Joint Committee": the event holds for the instrument built on the base, not the base; the
 * relation moves to the instrument (dropped when it already holds), unless the base has its own participle before
 * the event ("the Joint Declaration adopted at their summit in 2024").
 */
export function reachedAtBuiltNotBase(k: RelKit): void {
  const { ctx } = k;
  const rels = ctx.relations;
  const has = (a: string, e: string) => rels.some((r) => r.type === 'REACHED_AT' && r.from === a && r.to === e);
  const drop: Rel[] = [];
  const moved: [string, string, number][] = [];
  for (const r of rels) {
    if (r.type !== 'REACHED_AT') continue;
    const base = mentionIn(k, k.ev.agreementMentions, r.from, r.sentence);
    if (!base) continue;
    const built = k.ev.agreementMentions.find(
      (a) =>
        a.sentence === r.sentence &&
        a.start < base.start &&
        k.nameOf(a) !== k.nameOf(base) &&
        cueBefore(ctx.text.slice(a.start, base.start)),
    );
    if (!built || olderThanDoc(k, built)) continue;
    const e = mentionIn(k, k.ev.eventMentions, r.to, r.sentence);
    const between = e && e.start >= base.end ? ctx.text.slice(base.end, e.start) : undefined;
    if (between !== undefined && AGR24_PATTERNS.ownParticiple.test(between)) continue;
    if (has(built.key, r.to)) drop.push(r);
    else if (between !== undefined) {
      drop.push(r);
      moved.push([built.key, r.to, r.sentence]);
    }
  }
  if (drop.length) ctx.replaceRelations(rels.filter((r) => !drop.includes(r)));
  for (const [a, e, si] of moved) ctx.relate('REACHED_AT', a, e, si, 'reached-at.built-on-not-base');
}

/** A basis cue right before the base (the end of `text`). */
const cueBefore = (text: string): boolean => BASIS_BEFORE.test(text) || AGR24_PATTERNS.baseCue.test(text);

/** The words party-to.one-of-its-signatories needs. */
export const ONE_OF_SIGNATORIES_GATE = wordGate('signatories');

/**
 * Rule party-to.one-of-its-signatories: "the Nationwide Ceasefire Agreement, which …, and the position of the Karen
 * National Union, one of its signatories": the state or organisation right before the apposition is a party of the
 * agreement named last before it in the sentence.
 */
function addOneOfSignatoriesParties(k: RelKit): void {
  for (const h of k.hits) {
    if ((h.type !== 'State' && h.type !== 'Organization') || h.demonym) continue;
    if (!AGR24_PATTERNS.oneOfSignatories.test(k.ctx.text.slice(h.end, h.end + 60))) continue;
    const a = k.ev.agreementMentions.filter((x) => x.end <= h.start).at(-1);
    const key = k.hitKeys.get(h);
    if (!a || !key || a.sentence !== k.ctx.sentences.findIndex((s) => s.start <= h.start && h.start < s.end)) continue;
    k.ctx.relate('PARTY_TO', key, a.key, a.sentence, 'party-to.one-of-its-signatories');
  }
}

export const addOneOfSignatories = whenTextWord(ONE_OF_SIGNATORIES_GATE, addOneOfSignatoriesParties);

/** The words reached-at.closed-by-concluding needs. */
export const CLOSED_BY_GATE = wordGate('by');

/**
 * Rule reached-at.closed-by-concluding: "Negotiators of A and B closed the 19th round of negotiations in Jakarta by
 * concluding the text of the X Agreement": the agreement is reached at the event the sentence closes.
 */
function reachedAtClosedBy(k: RelKit): void {
  const { ctx } = k;
  for (const e of k.ev.eventMentions) {
    const s = ctx.sentences[e.sentence];
    if (!s || !AGR24_PATTERNS.closedVerb.test(ctx.text.slice(Math.max(s.start, e.start - 40), e.start))) continue;
    const a = k.ev.agreementMentions.find(
      (x) =>
        x.sentence === e.sentence &&
        x.start > e.end &&
        AGR24_PATTERNS.byConcluding.test(ctx.text.slice(e.end, x.start)),
    );
    if (a) ctx.relate('REACHED_AT', a.key, e.key, e.sentence, 'reached-at.closed-by-concluding');
  }
}

export const addClosedByConcluding = whenTextWord(CLOSED_BY_GATE, reachedAtClosedBy);
