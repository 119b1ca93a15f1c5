// Agreements and what hangs on them, told in general constructions (helper agr13, bank-agreements.ts); rule ids are
// what --explain prints. Name rules (called from agreements.ts): agreement.lowercase-complement,
// agreement.shifted-object, agreement.council-resolution. Relation rules (called from rules-agreements.ts):
// party-to.subject-of-verb, party-to.negotiations-between, based-on.pronoun-subject.
import { leadAgreement } from './rules-fl14a.ts';
import { BASED_ON_IT_AFTER_DEFINITE_SUBJECT, itAfterDefiniteSubject } from './rules-agr31.ts';
import { subjectEnd } from './agreement-described.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import type { GazetteerHit } from './gazetteer.ts';

/** A name span (the shape agreements.ts returns). */
interface NameSpan {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';
/** The heads of agr13's head-first titles with a lowercase subject. */
const LOWERCASE_SUBJECT_HEAD = `(?:Agreement|Treaty|Convention|Protocol|Accord|Memorandum${SP}of${SP}Understanding)`;
/** A capitalised name ("the Republic of Korea"), then a list of them joined by commas and "and". */
const CAP_NAME = `(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:of${SP}(?:the${SP})?)?\\p{Lu}[\\p{L}'’-]*)*`;
const NAME_LIST = `${CAP_NAME}(?:,${SP}${CAP_NAME})*,?${SP}and${SP}${CAP_NAME}`;

/** Patterns of the rules in this file, as named data. */
export const AGR13_PATTERNS = {
  /**
   * More verbs of reaching an agreement at the readout's event (reached-at.main-event): "held talks … and announced
   * the extension of the Treaty", "the meeting … ended with both sides adopting the X", "sealed a deal".
   */
  reachVerb:
    /\b(?:announced\s+the\s+(?:extension|renewal)\s+of|agreed\s+to\s+(?:extend|renew)|(?:ended|concluded|closed)\s+with\s+(?:both\s+sides|the\s+(?:two\s+)?(?:sides|parties|leaders))\s+(?:adopting|signing)|sealed|inked|clinched)\b/,
  /** … and before "at" / "during" an event (reached-at.verb-at-event): "sealed a deal …, at a meeting in Windsor". */
  reachCue: /sealed|inked|clinched|initialled|initialed/,
  /** A place closing a lowercase subject: "… of migratory birds in Lima" names the signing's place, not the subject. */
  trailingPlace: /\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u,
  /** A title that is a head alone: "Memorandum of Understanding", "Joint Declaration", "Protocol". */
  bareHead:
    /^(?:Joint\s+)?(?:Memorandum\s+of\s+Understanding|Memorandum|Declaration|Statement|Agreement|Treaty|Protocol|Accord|Arrangement|Communiqu[eé])$/u,
  /** "… on a strategic and comprehensive partnership", "… concerning the return of": a lowercase complement. */
  complement: new RegExp(
    `^${SP}(?:on|concerning|regarding)${SP}(?:(?:a|an|the)${SP})?(?=[a-z])(?!behalf\\b|how\\b|what\\b|whether\\b)`,
    'u',
  ),
  /**
   * "signed in Cairo on Thursday an agreement on …", "signed with his Latvian counterpart X an agreement on …": the
   * object after an adverbial of place, time or partner (no comma), then the head and "on".
   */
  shiftedObject: new RegExp(
    `\\b(?:signed|concluded|initialled|initialed|inked|reached|proposed)${SP}(?:in|on|at|with|during|to)${SP}[^.;,\\n]{1,60}?${SP}(?:an?|the)${SP}((?:(?!that\\b|which\\b)[a-z]{3,}${SP}){0,2}(?:agreement|memorandum(?:${SP}of${SP}understanding)?|treaty|accord|arrangement|protocol)${SP}(?:on|concerning)${SP})(?!how\\b|what\\b|whether\\b|behalf\\b)`,
    'gu',
  ),
  /**
   * "the agreement between Egypt, Ethiopia and Sudan on the filling of the dam": a lowercase head right after its
   * determiner, its parties after "between" (capitalised names, a list), then "on" and its subject.
   */
  betweenOn: new RegExp(
    `\\b(?:the|an?)${SP}((?:agreement|treaty|memorandum(?:${SP}of${SP}understanding)?|accord|deal|arrangement)${SP}between${SP}${NAME_LIST}${SP}on${SP})(?=(?:the${SP})?[a-z])`,
    'gu',
  ),
  /**
   * "the Agreement on the path to normalisation between A and B": a head-first title whose subject is lowercase (the
   * article looked behind from after the head: a lookbehind first would be tried at every position of the text).
   */
  headFirstLowercase: new RegExp(
    `(${LOWERCASE_SUBJECT_HEAD}(?<=\\b(?:the|a|an|The|A|An)${SP}${LOWERCASE_SUBJECT_HEAD})${SP}on${SP}(?:the${SP})?)(?=[a-z])(?!behalf\\b|how\\b|what\\b|whether\\b)`,
    'gu',
  ),
  /** "the Implementation Annex to the Agreement on …": an annex, named by its capitalised words, attached to a title. */
  annex: new RegExp(
    `\\b(?:\\p{Lu}[\\p{L}-]*${SP}){1,3}Annex(?=${SP}(?:to|of)${SP}the${SP}(?=\\p{Lu})(?:[\\p{L}'’-]+${SP}){0,8}?(?:Agreement|Treaty|Protocol|Convention|Accord|Declaration|Memorandum|Charter)\\b)`,
    'gu',
  ),
  /**
   * "the Mexico Agreement", "the Oslo Accords": a name that is one state (or place) and a head names where the
   * agreement was made, not a party (heads that a state's own programme may bear, "Facility", "Plan", are not here).
   */
  venueName:
    /^(?:the\s+)?(\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)?)\s+(?:Agreement|Agreements|Accord|Accords|Declaration|Protocol|Treaty|Memorandum|Consensus|Communiqu[eé]|Statement|Document|Framework)$/u,
  /** Words a shifted adverbial never holds: it would be a clause of its own. */
  notAdverbial: /\b(?:agreement|memorandum|treaty|accord|that|which|who|and\s+(?:signed|agreed))\b/i,
  /** "Security Council resolution 2728 (2024)": a resolution named by its number, lowercase as the UN writes it. */
  councilResolution: new RegExp(
    `\\b(?:(?:UN|United${SP}Nations)${SP})?Security${SP}Council${SP}resolution${SP}\\d{3,4}(?:${SP}\\(\\d{4}\\))?`,
    'gu',
  ),
  /**
   * The verb right before an agreement that makes its subject a party: signing, ratifying, extending, concluding its
   * negotiations, suspending one's participation in it or withdrawing from it, joining it.
   */
  partyVerb: new RegExp(
    `\\b(?:signed|initialled|initialed|inked|sealed|ratified|concluded(?:${SP}(?:the${SP})?negotiations${SP}(?:on|for))?|agreed${SP}(?:on|upon)|extended|renewed|(?:completed${SP}the${SP}process|agreed|decided)${SP}to${SP}extend|(?:suspended|suspending|suspends)${SP}(?:its|their)${SP}participation${SP}in|withdr(?:ew|awn|awing|aws)${SP}from|withdraw${SP}from|pulled${SP}out${SP}of|joined)${SP}(?:(?:the|a|an|its|their)${SP})?(?:(?:final${SP})?(?:text|terms)${SP}of${SP}(?:the${SP})?)?$`,
    'iu',
  ),
  /** Where the subject's clause opens: after "that", after a fronted phrase's comma, or a dateline's dash. */
  clauseOpen:
    /^(?:.*\b(?:that|where|whereby)\s+|.*[-–—]{1,2}\s+|(?:On|At|In|During|Following|After|Before|Under|Today|Yesterday)\b[^,]*,\s+)/su,
  /** Words a subject may hold besides its states, organisations and people. */
  subjectWord:
    /^(?:and|the|of|both|government|governments|leaders|teams?|technical|delegations?|representatives|parliament|senior|commanders|heads|state|authorities|president|prime|minister|ministers|foreign|today|yesterday|also|jointly|formally|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|they|would|will|is|are|has|have|had|announced|said)$/i,
  /** A title and the name after it, read as a person the people rules did not find: "President von der Leyen". */
  titledName:
    /\b(?:President|Prime\s+Minister|Chancellor|Commissioner|Minister|Secretary)\s+(?:(?:von|van|der|de|al|bin)\s+|\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+/gu,
  /**
   * "Japan has proposed to China a bilateral agreement on …", "signed with his Latvian counterpart an agreement on …":
   * the partner named between the verb and the agreement (group 1).
   */
  partnerBefore: new RegExp(
    `\\b(?:proposed|offered|signed|concluded)${SP}(?:to|with)${SP}((?:(?:the|his|her|its|their)${SP})?[^.;,]{2,60}?)${SP}(?:(?:an?|the)${SP})?(?:[a-z]{3,}${SP}){0,2}$`,
    'u',
  ),
  /** "action under the Paris Agreement", "obligations under the X": an agreement acted under, not one of the sides'. */
  actedUnder: /\b(?:under|within)\s+(?:the\s+)?$/i,
  /** "binding commitments by both parties under the X": those bound by it are its parties after all. */
  boundUnder: /\b(?:commitments?|obligations?|bound|parties)\b[^.;]{0,40}$/i,
  /** "… the X Treaty with the United States": a partner after the agreement. */
  withAfter: /^,?\s+with\s+(?:the\s+)?$/i,
  /** "…, which Iran and the IAEA will implement by June": a relative clause whose subject carries out the agreement. */
  relativeAfter:
    /^[^.;]{0,120}?,\s*which\s+([^.;,]{2,80}?)\s+(?:(?:will|would|shall|must|have|has|had|both|jointly)\s+){0,2}(?:implement|sign|signed|ratify|ratified|adopted|concluded|initialled)\b/,
  /** A base no readout's parties sign: a resolution, a convention or charter, a law. */
  notSignedBase: /\b(?:resolution|UNSCR|Charter|Convention|Security\s+Council|law|act)\b/i,
  /** "negotiations between A and B on a peace treaty": what lies between the last party and the agreement. */
  negotiationsBetween: /\b(?:negotiations|talks)\s+(?:between|with)\s+(?:the\s+)?$/i,
  onAfterParties: /^\s+(?:on|for|towards?|over)\s+(?:(?:a|an|the)\s+)?$/i,
  /**
   * "It will be implemented in line with …", "X underlined that the agreement should be reached on the basis of …": a
   * clause whose subject refers back ("it", "the agreement"), then a basis phrase right before the base (group 1: the
   * noun).
   */
  pronounSubject:
    /^(?:.*\b(?:that|said|says|stated|noted|stressed|explained)\s+)?(?:It|it|This|this|[Tt]he\s+(?:new\s+)?(agreement|deal|treaty|accord|arrangement|ceasefire|pact))\s+(?:[\w-]+\s+){0,4}?(?:in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|builds?\s+(?:up)?on|is\s+based\s+on|implements|on\s+the\s+basis\s+of)\s+(?:the\s+)?$/s,
};

/**
 * Rule agreement.lowercase-complement: "a Memorandum of Understanding on a strategic and comprehensive partnership",
 * "a Joint Declaration on historical dialogue": a title that is its head alone, named by the lowercase complement
 * after it (read as a subject noun phrase, agreement-described.ts), not by the bare head.
 */
export function withLowercaseComplement(text: string, span: NameSpan): NameSpan {
  if (!AGR13_PATTERNS.bareHead.test(span.surface)) return span;
  const end0 = span.start + span.surface.length;
  const m = AGR13_PATTERNS.complement.exec(text.slice(end0, end0 + 30));
  if (!m) return span;
  const end = subjectEnd(text, end0 + m[0].length, 10);
  if (end <= end0 + m[0].length) return span;
  const surface = text.slice(span.start, end).replace(AGR13_PATTERNS.trailingPlace, '');
  return { surface, start: span.start, rule: 'agreement.lowercase-complement' };
}

/** Rule agreement.shifted-object: "signed in Cairo on Thursday an agreement on the delimitation of …". */
export function shiftedObjectSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(AGR13_PATTERNS.shiftedObject)) {
    const headStart = m.index + m[0].length - m[1]!.length;
    if (
      AGR13_PATTERNS.notAdverbial.test(
        text
          .slice(m.index, headStart)
          .replace(/^\S+\s+/, '')
          .slice(0, -m[1]!.length),
      )
    )
      continue;
    const end = subjectEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length)
      out.push({
        surface: text.slice(headStart, end).replace(AGR13_PATTERNS.trailingPlace, ''),
        start: headStart,
        rule: 'agreement.shifted-object',
      });
  }
  return out;
}

/** Rule agreement.between-on: "the agreement between A, B and C on the filling of the dam". */
export function betweenOnSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(AGR13_PATTERNS.betweenOn)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = subjectEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length)
      out.push({
        surface: text.slice(start, end).replace(AGR13_PATTERNS.trailingPlace, ''),
        start,
        rule: 'agreement.between-on',
      });
  }
  return out;
}

/** Rule agreement.head-first-lowercase: "the Agreement on the path to normalisation between Kosovo and Serbia". */
export function headFirstLowercaseSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of text.matchAll(AGR13_PATTERNS.headFirstLowercase)) {
    const end = subjectEnd(text, m.index + m[0].length);
    if (end > m.index + m[0].length)
      out.push({
        surface: text.slice(m.index, end).replace(AGR13_PATTERNS.trailingPlace, ''),
        start: m.index,
        rule: 'agreement.head-first-lowercase',
      });
  }
  return out;
}

/** Rule agreement.annex: "the Implementation Annex to the Agreement …" (BASED_ON it by based-on.attached). */
export function annexSpans(text: string): NameSpan[] {
  // The pattern needs the word "Annex": a text without it (most) is not scanned.
  if (!text.includes('Annex')) return [];
  return [...text.matchAll(AGR13_PATTERNS.annex)].map((m) => ({
    surface: m[0].replace(/^(?:The|A|An)\s+/, ''),
    start: m.index + (/^(?:The|A|An)\s+/.exec(m[0])?.[0].length ?? 0),
    rule: 'agreement.annex',
  }));
}

/**
 * Rule party-to.not-acted-under: an agreement every mention of which is one "under" or "within" which something is done
 * ("climate action under the Paris Agreement") is no agreement of the readout's sides.
 */
export function actedUnderOnly(k: RelKit, a: Found): boolean {
  const name = k.nameOf(a);
  return k.ev.agreementMentions
    .filter((x) => k.nameOf(x) === name)
    .every(
      (x) =>
        AGR13_PATTERNS.actedUnder.test(k.ctx.text.slice(Math.max(0, x.start - 12), x.start)) &&
        !AGR13_PATTERNS.boundUnder.test(k.ctx.text.slice(Math.max(0, x.start - 60), x.start)),
    );
}

/** Rule party-to.not-venue-name: whether the state `surface` names the agreement `name` only as its place. */
export function venueOnlyName(name: string, surface: string): boolean {
  return AGR13_PATTERNS.venueName.exec(name)?.[1] === surface;
}

/** Rule agreement.council-resolution: "Security Council resolution 2728". */
export function councilResolutionSpans(text: string): NameSpan[] {
  return [...text.matchAll(AGR13_PATTERNS.councilResolution)].map((m) => ({
    surface: m[0].replace(/\s+\(\d{4}\)$/, ''),
    start: m.index,
    rule: 'agreement.council-resolution',
  }));
}

/** The states and organisations of a subject (lo..hi), when it holds nothing else but people and SUBJECT words. */
function subjectParties(k: RelKit, lo: number, hi: number): GazetteerHit[] {
  const { ctx } = k;
  const hits = k.hitsIn(lo, hi);
  let rest = ctx.text.slice(lo, hi);
  const cut = (s: number, e: number) => {
    rest = rest.slice(0, s - lo) + ' '.repeat(e - s) + rest.slice(e - lo);
  };
  for (const h of hits) cut(h.start, h.end);
  for (const [m] of k.personsIn(ctx.sentenceAt(lo))) if (m.start >= lo && m.end <= hi) cut(m.start, m.end);
  // "President von der Leyen and the leaders of A and B": a title and the name after it are a person's.
  const words = rest
    .replace(AGR13_PATTERNS.titledName, ' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!words.every((w) => AGR13_PATTERNS.subjectWord.test(w))) return [];
  // "The Turkish parliament": a demonym stands for its state before its institution only.
  return hits.filter((h) => !h.demonym || /^\s+(?:parliament|government|authorities)\b/i.test(ctx.text.slice(h.end)));
}

/**
 * Rule party-to.subject-of-verb: "Technical teams of A and B initialled the text of the X", "The Turkish parliament
 * ratified X", "A and B completed the process to extend X", "Moscow is suspending its participation in X with the
 * United States", "the leaders of A, B and C concluded the negotiations for X": the subject of a verb of signing,
 * ratifying, extending, concluding, suspending or withdrawing right before the agreement, and a partner named "with"
 * right after it, are its parties.
 */
export function addSubjectOfVerbParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const before = ctx.text.slice(s.start, a.start);
    const verb = AGR13_PATTERNS.partyVerb.exec(before) ?? AGR13_PATTERNS.partnerBefore.exec(before);
    if (!verb) continue;
    // "to China", "with his Latvian counterpart": the partner before the agreement.
    const toGroup = verb[1] ? s.start + verb.index + verb[0].indexOf(verb[1]) : -1;
    const partners = verb[1]
      ? k
          .hitsIn(toGroup, toGroup + verb[1].length)
          .filter((h) => !h.demonym || /^\s+counterparts?\b/.test(ctx.text.slice(h.end)))
      : [];
    const head = before.slice(0, verb.index);
    const open = AGR13_PATTERNS.clauseOpen.exec(head);
    const lo = s.start + (open ? open[0].length : 0);
    const subject = subjectParties(k, lo, s.start + verb.index);
    if (!subject.length && !partners.length) continue;
    const partner = k.hits.find(
      (h) => h.start > a.end && h.start < a.end + 12 && AGR13_PATTERNS.withAfter.test(ctx.text.slice(a.end, h.start)),
    );
    for (const h of [...subject, ...partners, ...(partner ? [partner] : [])])
      relateParty(k, h, a, 'party-to.subject-of-verb');
  }
}

/** party-to.subject-of-verb, in a relative clause after the agreement: "X, which A and B will implement". */
export function addRelativeSubjectParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const m = AGR13_PATTERNS.relativeAfter.exec(ctx.text.slice(a.end, s.end));
    if (!m) continue;
    const lo = a.end + m[0].indexOf(m[1]!, m[0].lastIndexOf('which'));
    const subject = subjectParties(k, lo, lo + m[1]!.length);
    for (const h of subject) relateParty(k, h, a, 'party-to.subject-of-verb');
  }
}

/**
 * Rule party-to.from-built: "the Peace Agreement, building on the Declaration of Principles signed on April 25": a base
 * the text gives no parties of has those of the agreement built on it (two or more), unless it is no signed instrument
 * (a resolution, convention, charter or law).
 */
export function addBaseParties(k: RelKit): void {
  const { ctx } = k;
  const partiesOf = (key: string) => ctx.relations.filter((r) => r.type === 'PARTY_TO' && r.to === key);
  for (const r of ctx.relations.filter((x) => x.type === 'BASED_ON')) {
    const base = ctx.entity(r.to);
    if (!base || AGR13_PATTERNS.notSignedBase.test(base.name) || partiesOf(r.to).length) continue;
    const built = partiesOf(r.from);
    if (built.length >= 2)
      for (const p of built) ctx.relate('PARTY_TO', p.from, r.to, r.sentence, 'party-to.from-built');
  }
}

function relateParty(k: RelKit, h: GazetteerHit, a: Found, rule: string): void {
  const key = k.hitKeys.get(h);
  if (key) k.ctx.relate('PARTY_TO', key, a.key, a.sentence, rule);
}

/** Rule party-to.negotiations-between: "negotiations between A and B on a peace treaty" gives A and B. */
export function addNegotiationsBetweenParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const hits = k.hitsIn(s.start, a.start).filter((h) => !h.demonym);
    const last = hits.at(-1);
    if (!last || !AGR13_PATTERNS.onAfterParties.test(ctx.text.slice(last.end, a.start))) continue;
    const first = hits.findLast((h) =>
      AGR13_PATTERNS.negotiationsBetween.test(ctx.text.slice(Math.max(s.start, h.start - 40), h.start)),
    );
    if (!first) continue;
    const list = hits.filter((h) => h.start >= first.start);
    const gaps = list.slice(1).map((h, i) => ctx.text.slice(list[i]!.end, h.start));
    if (!gaps.every((g) => /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/.test(g))) continue;
    for (const h of list) relateParty(k, h, a, 'party-to.negotiations-between');
  }
}

/**
 * Rule based-on.pronoun-subject: "The ceasefire agreement … took effect. It will be implemented in line with
 * Resolution 1701": a sentence whose subject is "it" or "the agreement" rests on the agreement it names after the
 * basis phrase; what rests is the last agreement named in the sentence before.
 */
export function addPronounBasis(k: RelKit): void {
  const { ctx } = k;
  for (const base of k.ev.agreementMentions) {
    const s = ctx.sentences[base.sentence]!;
    const m = AGR13_PATTERNS.pronounSubject.exec(ctx.text.slice(s.start, base.start));
    if (!m) continue;
    if (k.ev.agreementMentions.some((x) => x.sentence === s.index && x.start < base.start)) continue;
    // "it" is the last agreement of the sentence before; "the agreement" one of that noun up to two sentences before.
    const noun = m[1]?.toLowerCase();
    // based-on.it-after-definite-subject (rules-agr31.ts): "The Declaration provides for … . It builds on …".
    const definite = noun ? undefined : itAfterDefiniteSubject(k, s.index);
    const built =
      definite ??
      k.ev.agreementMentions.findLast(
        (x) =>
          x.sentence < s.index &&
          x.sentence >= s.index - (noun ? 2 : 1) &&
          (!noun || k.nameOf(x).toLowerCase().includes(noun)),
      ) ??
      (noun ? leadAgreement(k, noun, s.index) : undefined);
    if (built && k.nameOf(built) !== k.nameOf(base))
      ctx.relate(
        'BASED_ON',
        built.key,
        base.key,
        s.index,
        definite ? BASED_ON_IT_AFTER_DEFINITE_SUBJECT.id : 'based-on.pronoun-subject',
      );
  }
}

/** party-to.between-list: the parties listed in an agreement.between-on name ("between Egypt, Ethiopia and Sudan"). */
export function addBetweenListParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    if (ctx.entity(a.key)?.rule !== 'agreement.between-on') continue;
    const text = ctx.text.slice(a.start, a.end);
    const from = a.start + text.indexOf(' between ');
    const to = a.start + text.search(/ on (?:the )?[a-z]/);
    for (const h of k.hitsIn(from, to)) if (!h.demonym) relateParty(k, h, a, 'party-to.between-list');
  }
}
