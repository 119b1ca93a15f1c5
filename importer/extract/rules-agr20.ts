// Agreements told in constructions the third agreements bank (bank-agreements-3.ts, helper agr20) found missed; rule
// ids are what --explain prints. Name rules (called from agreements.ts): agreement.lowercase-built-on,
// agreement.lowercase-base, agreement.described-head-first, agreement.title-state-list, agreement.not-appositive.
// Relation rules (called from rules-agreements.ts): based-on.built-on-in-name, party-to.owner-with,
// party-to.its-signatories, party-to.appositive-between.
import { AGREEMENT_PARTICIPLE_END } from './rules-fl28b.ts';
import { firstStatePair, PARTY_TO_TWO_STATES_BETWEEN } from './rules-fl27a.ts';
import { findGazetteerHits, type GazetteerHit } from './gazetteer.ts';
import type { Found } from './types.ts';
import type { RelKit } from './rel-kit.ts';
import { whenTextWord, wordGate } from './gates.ts';

/** A name span (the shape agreements.ts returns). */
interface NameSpan {
  surface: string;
  start: number;
  rule: string;
}

const SP = '[^\\S\\n]+';
/** Heads of an instrument that carries out or changes another one. */
const BUILT_HEAD = `(?:implementing${SP})?(?:protocol|arrangement|memorandum|action${SP}plan|work${SP}plan|programme|roadmap)`;
/** Heads of the agreement built on (either case): "the readmission agreement", "the 2019 Agreement on …". */
const BASE_HEAD =
  '(?:[Aa]greement|[Cc]onvention|[Tt]reaty|[Aa]ccord|[Mm]emorandum(?:[^\\S\\n]+of[^\\S\\n]+[Uu]nderstanding)?)';
/** A base's words before its head: a year, lowercase modifiers or capitalised title words (four at most). */
const BASE_WORDS = `(?:(?:19|20)\\d\\d${SP})?(?:[\\p{L}-]+${SP}){0,4}?`;
/** "between A and B" after a base (capitalised names, one "and"). */
const BASE_BETWEEN = `(?:${SP}between${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:of${SP})?\\p{Lu}[\\p{L}'’-]*)*${SP}and${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:of${SP}|and${SP})?\\p{Lu}[\\p{L}'’-]*)*)?`;
/** The capitalised complements of a formal base title: " on Maritime Search and Rescue". */
const BASE_TAIL = `(?:${SP}(?:on|of|for)${SP}(?:the${SP})?\\p{Lu}[\\p{L}-]*(?:${SP}(?:and|of|the)${SP}\\p{Lu}[\\p{L}-]*|${SP}\\p{Lu}[\\p{L}-]*)*)?`;
/** Where a described agreement's subject ends. */
const SUBJECT_END = `(?=[^\\S\\n]*(?:[,;.:)]|\\n|$)|${SP}(?:signed|initial(?:l)?ed|adopted|concluded|agreed|reached|struck|brokered|announced|${AGREEMENT_PARTICIPLE_END.alternation}|which|that|under|within|at|during|in${SP}(?:accordance|line|\\p{Lu}[\\p{L}'’-]*)|pursuant|between|with|by|as|was|were|is|are|will|would|and${SP}(?:an?|the|its|their)${SP})\\b)`;

/** Patterns of the rules in this file, as named data. */
export const AGR20_PATTERNS = {
  /**
   * agreement.lowercase-built-on: "signed a protocol implementing the readmission agreement between Denmark and Iraq",
   * "a protocol amending the 1995 double taxation convention between A and B", "the action plan to implement the
   * strategic partnership agreement between A and B", "an addendum to the 2005 Labour Agreement between A and B": a
   * lowercase instrument named by what it does to another agreement, the other's name inside it (BASED_ON it by
   * based-on.built-on-in-name).
   */
  builtOn: new RegExp(
    `(?<=\\b(?:the|an?)${SP})(?:${BUILT_HEAD}${SP}(?:implementing|amending|supplementing|to${SP}(?:implement|amend|supplement))|addendum${SP}to)${SP}the${SP}(${BASE_WORDS}${BASE_HEAD}${BASE_TAIL}${BASE_BETWEEN})(?![\\p{L}])`,
    'gu',
  ),
  /** What every builtOn match holds on its line. */
  builtOnLine: /implementing|amending|supplementing|to implement|to amend|to supplement|addendum to/,
  /**
   * agreement.lowercase-base: the built-on agreement inside such a name when its head is lowercase and no other rule
   * reads it ("the 1995 double taxation convention between Finland and Ghana"): from its first word to its parties.
   */
  lowercaseBase: new RegExp(
    `^(?:(?:19|20)\\d\\d${SP})?[a-z][a-z-]*(?:${SP}[a-z][a-z-]*){0,3}${SP}(?:agreement|convention|treaty|accord)${BASE_BETWEEN}$`,
    'u',
  ),
  /**
   * agreement.described-head-first: "the memorandum on joint border patrols, signed at …", "the roadmap for the joint
   * development of the X gas field", "the political roadmap on synchronisation, signed in 2018 by …", "an implementing
   * arrangement on the French battalion's logistics under …": a lowercase memorandum, protocol, arrangement or
   * roadmap right after its determiner, named by its subject up to a comma or a clause word. "Agreement" is not read
   * this way: "the agreement on the need to …" is too common; nor is a plan for a time ("a roadmap for the new stage
   * of relations", "for the next five years"), which names no subject.
   */
  describedHeadFirst: new RegExp(
    `(?<=\\b(?:the|an?)${SP})(?:(?:new|political|implementing|bilateral|trilateral|tripartite|joint)${SP})?(?:memorandum|protocol|arrangement|roadmap|road${SP}map)${SP}(?:on|for)${SP}(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)(?!behalf\\b|which\\b|how\\b|what\\b|whether\\b|(?:the|a)${SP}(?:first|second|third|next|new|future|coming|current|period|years?|stage|phase)\\b)(?:the${SP})?[\\p{L}’'-]+(?:${SP}(?!(?:signed|initial(?:l)?ed|adopted|concluded|agreed|reached|struck|brokered|announced|${AGREEMENT_PARTICIPLE_END.alternation}|which|that|under|within|at|during|pursuant|between|with|by|as|was|were|is|are|will|would)\\b)(?!in${SP}(?:accordance|line|\\p{Lu}))[\\p{L}’'-]+){0,9}?${SUBJECT_END}`,
    'gu',
  ),
  /** "a roadmap for Somalia to align its laws …": a plan for someone to act, not a described agreement. */
  forSomeoneTo: /\bfor\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+to\s+[a-z]/u,
  /** What every describedHeadFirst match holds on its line. */
  describedLine: /memorandum|protocol|arrangement|roadmap|road map/,
  /** agreement.title-state-list: ", Tajikistan and Uzbekistan" right after a title that ends "of Kyrgyzstan". */
  stateListTail:
    /^(?:,[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)*)*,?[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:and[^\S\n]+)?\p{Lu}[\p{L}'’-]*)*/u,
  /**
   * agreement.not-appositive / party-to.appositive-between: "the Helsinki Treaty, the 1962 agreement between Denmark,
   * Finland, …": a lowercase agreement in apposition to a named one is that one told again; its parties are the named
   * one's. Matched on the text right after the named agreement.
   */
  appositive: new RegExp(
    `^,${SP}the${SP}(?:(?:19|20)\\d\\d${SP})?(?:[a-z][a-z-]*${SP}){0,3}(?:agreement|treaty|accord|convention|pact|deal)(?=${SP}between${SP}|,|${SP}(?:signed|concluded|that|which)\\b)`,
    'u',
  ),
  /**
   * party-to.owner-with: "Uzbekistan's enhanced partnership and cooperation agreement with the European Union", "its
   * status-of-forces agreement with the Government of South Sudan": an agreement owned by a state or body (a
   * possessive), with its partner after "with". Before the agreement: the owner; after: "with" and the partner.
   */
  ownerBefore: /(?:\b(?:its|their)|['’]s)[^\S\n]+(?:(?:19|20)\d\d[^\S\n]+)?$/u,
  withAfter:
    /^,?[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?(?:(?:Government|Republic|Kingdom|State)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?/u,
  /**
   * party-to.their-countries: "the Treaty on …, which their countries signed in 2006", "the defence framework the two
   * countries signed last year": the countries of the readout's sides signed it. Matched right after the agreement.
   */
  theirCountries:
    /^,?[^\S\n]*(?:(?:which|that)[^\S\n]+)?(?:their|the[^\S\n]+(?:two|three|four|five)|both)[^\S\n]+(?:countries|governments|[Ss]tates)[^\S\n]+(?:(?:had|have|jointly)[^\S\n]+)?(?:signed|concluded|adopted|ratified|initial(?:l)?ed)\b/u,
  /** The countries a readout lists by their ministers or leaders: "the foreign ministers of A, B, C and D met …". */
  ministersOf:
    /\b(?:ministers|leaders|presidents|heads[^\S\n]+of[^\S\n]+(?:state|government)(?:[^\S\n]+and[^\S\n]+government)?)[^\S\n]+of[^\S\n]+(?=(?:the[^\S\n]+)?\p{Lu})([^.;:]{3,200}?)(?=[^\S\n]+(?:met|held|gathered|convened|adopted|signed|agreed|reaffirmed|discussed)\b|[.;:])/u,
  /** A built-on name ("protocol implementing the …", "addendum to the …"): another instrument than the one it names. */
  builtOnName:
    /^(?:(?:implementing\s+)?(?:protocol|arrangement|memorandum|action\s+plan|work\s+plan|programme|roadmap)\s+(?:implementing|amending|supplementing|to\s+(?:implement|amend|supplement))|addendum\s+to|agreements?\s+amending|amendments?\s+to)\s/iu,
  /** party-to.from-base: the cue before a base whose parties the agreement built on it shares. */
  frameworkCue:
    /\b(?:within\s+the\s+framework\s+of|under(?:\s+the\s+framework\s+of)?|pursuant\s+to|in\s+furtherance\s+of|in\s+implementation\s+of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$/iu,
  /** party-to.its-signatories: "binding on its two signatories, the National Government of X and the Y". */
  signatories:
    /\b(?:its|the)[^\S\n]+(?:(?:two|three|four|five|six)[^\S\n]+)?(?:signatories|signatory[^\S\n]+(?:states|parties|governments))[^\S\n]*(?:,|:|—|–|\()[^\S\n]*([^.;)]{3,200})/giu,
};

/** The spans of AGR20_PATTERNS.builtOn, and of the lowercase agreement each one names inside it. */
export function builtOnSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  if (!AGR20_PATTERNS.builtOnLine.test(text)) return out;
  for (const m of text.matchAll(AGR20_PATTERNS.builtOn)) {
    // The base first: the built-on name wraps it (events.ts), a later span inside a taken one would be dropped.
    const base = m[1]!;
    if (AGR20_PATTERNS.lowercaseBase.test(base))
      out.push({ surface: base, start: m.index + m[0].length - base.length, rule: 'agreement.lowercase-base' });
    out.push({ surface: m[0], start: m.index, rule: 'agreement.lowercase-built-on' });
  }
  return out;
}

/** The spans of AGR20_PATTERNS.describedHeadFirst (agreement.described-head-first). */
export function describedHeadFirstSpans(text: string): NameSpan[] {
  if (!AGR20_PATTERNS.describedLine.test(text)) return [];
  return [...text.matchAll(AGR20_PATTERNS.describedHeadFirst)]
    .filter((m) => m[0].split(/\s+/).length >= 3 && !AGR20_PATTERNS.forSomeoneTo.test(m[0]))
    .map((m) => ({
      surface: m[0].replace(/\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u, ''),
      start: m.index,
      rule: 'agreement.described-head-first',
    }));
}

/**
 * Rule agreement.title-state-list: "the Treaty on the Junction Point of the State Borders of Kyrgyzstan, Tajikistan and
 * Uzbekistan": a title that ends in a state after "of" goes on over a list of states joined by commas and "and" (the
 * parties the title names; a list of other words is left to agreement.title-list).
 */
export function withTitleStateList<T extends { surface: string; start: number }>(text: string, span: T): T {
  const end = span.start + span.surface.length;
  if (!/\bof\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.test(span.surface)) return span;
  const last = /(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.exec(span.surface)![0];
  const m = AGR20_PATTERNS.stateListTail.exec(text.slice(end, end + 200));
  if (!m || !isState(last)) return span;
  const items = m[0].split(/,|\band\b/).map((x) => x.trim().replace(/^the\s+/, ''));
  if (!items.filter(Boolean).every(isState)) return span;
  return { ...span, surface: span.surface + m[0] };
}

/** Whether `s` is one state's name and nothing else (the gazetteer's). */
function isState(s: string): boolean {
  const hits = findGazetteerHits(s);
  return hits.length === 1 && hits[0]!.type === 'State' && hits[0]!.surface.length === s.length;
}

/** Rule agreement.not-appositive: whether `span` is a lowercase agreement in apposition to the named one before it. */
export function appositiveOfNamed(text: string, span: { start: number }, named: { start: number; surface: string }[]) {
  return named.some((n) => {
    const end = n.start + n.surface.length;
    if (end >= span.start || span.start - end > 12) return false;
    const m = AGR20_PATTERNS.appositive.exec(text.slice(end, end + 80));
    return !!m && end + m[0].length > span.start;
  });
}

/** Rule based-on.built-on-in-name: a lowercase built-on instrument rests on the agreement its name holds. */
export function basedOnBuiltOnInName(k: RelKit): void {
  const { ctx, ev } = k;
  for (const p of ev.agreementMentions) {
    // agreement.amending-described (fl27c): "the agreements amending the Compact of …" rests on it too.
    const rule = ctx.entity(p.key)?.rule;
    if (rule !== 'agreement.lowercase-built-on' && rule !== 'agreement.amending-described') continue;
    const inner = ev.agreementMentions
      .filter((a) => a.key !== p.key && a.start > p.start && a.end <= p.end)
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (inner) ctx.relate('BASED_ON', p.key, inner.key, p.sentence, 'based-on.built-on-in-name');
  }
}

const isParty = (h: GazetteerHit) => (h.type === 'State' || h.type === 'Organization') && !h.demonym;

function relateHit(k: RelKit, h: GazetteerHit, a: Found, rule: string): void {
  const key = k.hitKeys.get(h);
  if (key) k.ctx.relate('PARTY_TO', key, a.key, a.sentence, rule);
}

/**
 * Rule party-to.owner-with: an agreement told with its owner before it ("Uzbekistan's …", "its …") and a partner after
 * "with": the partner is a party, and so is the owner when the possessive names a state or organisation.
 */
export function addOwnerWithParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const before = ctx.text.slice(Math.max(0, a.start - 40), a.start);
    if (!AGR20_PATTERNS.ownerBefore.test(before)) continue;
    const w = AGR20_PATTERNS.withAfter.exec(ctx.text.slice(a.end, a.end + 60));
    if (!w) continue;
    const at = a.end + w[0].length;
    const partner = k.hits.find((h) => isParty(h) && h.start >= at - 16 && h.start <= at && h.end > at);
    if (!partner) continue;
    relateHit(k, partner, a, 'party-to.owner-with');
    const owner = k.hits.find(
      (h) =>
        isParty(h) && /^['’]s\s/.test(ctx.text.slice(h.end, h.end + 3)) && h.end <= a.start && a.start - h.end <= 24,
    );
    if (owner) relateHit(k, owner, a, 'party-to.owner-with');
  }
}

/**
 * Rule party-to.its-signatories: "the X Agreement remained binding on its two signatories, the Government of A and
 * the B": the states and organisations of the apposition after "signatories" are the parties of the agreement named
 * last before it in the sentence.
 */
export function addSignatoriesParties(k: RelKit): void {
  const { ctx } = k;
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(AGR20_PATTERNS.signatories)) {
      const at = s.start + m.index;
      const a = k.ev.agreementMentions.filter((x) => x.sentence === s.index && x.end <= at).at(-1);
      if (!a) continue;
      const from = at + m[0].length - m[1]!.length;
      for (const h of k.hitsIn(from, from + m[1]!.length))
        if (isParty(h)) relateHit(k, h, a, 'party-to.its-signatories');
    }
  }
}

/**
 * Rule party-to.appositive-between: "the Helsinki Treaty, the 1962 agreement between Denmark, Finland, Iceland,
 * Norway and Sweden": the states listed after the apposition's "between" are the named agreement's parties.
 */
export function addAppositiveParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    const after = ctx.text.slice(a.end, a.end + 80);
    const m = AGR20_PATTERNS.appositive.exec(after);
    if (!m || !/^\s+between\s/.test(after.slice(m[0].length))) continue;
    const from = a.end + m[0].length;
    const s = ctx.sentences[a.sentence]!;
    const stop = ctx.text
      .slice(from, s.end)
      .search(/[;:]|,\s+(?:to|which|that|and\s+(?!the\s+\p{Lu}))\b|\s(?:to|in|on|for)\s+[a-z]/u);
    const to = stop < 0 ? s.end : from + stop;
    const list = k.hitsIn(from, to).filter(isParty);
    if (list.length >= 2) for (const h of list) relateHit(k, h, a, 'party-to.appositive-between');
  }
}

/**
 * Rule agreement.built-on-other (event-merge.ts): "protocol implementing the readmission agreement …" is another
 * instrument than the agreement it names, not a fuller form of it: the two are not merged.
 */
export function builtOnOther(short: string, long: string): boolean {
  const m = AGR20_PATTERNS.builtOnName.exec(long);
  return !!m && !short.toLowerCase().startsWith(m[0].split(/\s+/)[0]!.toLowerCase());
}

/**
 * Rule party-to.title-state-list: "the Treaty on the Junction Point of the State Borders of Kyrgyzstan, Tajikistan and
 * Uzbekistan": each state of the list that closes the title is a party.
 */
export function addTitleStateListParties(k: RelKit): void {
  for (const a of k.ev.agreementMentions) {
    const surface = k.ctx.text.slice(a.start, a.end);
    const m =
      /\bof\s+(?:the\s+)?\p{Lu}[^,]*(?:,\s+(?:the\s+)?\p{Lu}[^,]*)+?,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]*$/u.exec(
        surface,
      );
    if (!m) continue;
    const items = m[0]
      .replace(/^of\s+/, '')
      .split(/,|\band\b/)
      .map((x) => x.trim().replace(/^the\s+/, ''));
    if (items.length < 3 || !items.every(isState)) continue;
    const from = a.start + m.index;
    for (const h of k.hitsIn(from, a.end)) if (isParty(h)) relateHit(k, h, a, 'party-to.title-state-list');
  }
}

/**
 * Rule party-to.their-countries: an agreement "which their countries signed" or "the two countries signed": the
 * readout's sides (two or more), else the countries the readout lists by their ministers or leaders.
 */
export function addTheirCountriesParties(k: RelKit): void {
  const { ctx } = k;
  for (const a of k.ev.agreementMentions) {
    if (!AGR20_PATTERNS.theirCountries.test(ctx.text.slice(a.end, a.end + 60))) continue;
    let keys = [...k.sides].flatMap((x) => k.stateKey(x) ?? []);
    if (keys.length < 2) {
      const m = AGR20_PATTERNS.ministersOf.exec(ctx.text);
      const from = m ? m.index + m[0].length - m[1]!.length : 0;
      const listed = m ? k.hitsIn(from, from + m[1]!.length).filter((h) => isParty(h)) : [];
      keys = listed.flatMap((h) => k.hitKeys.get(h) ?? []);
    }
    // party-to.two-states-between (fl27a): "which the two States signed": the text's first "between A and B".
    const pair = keys.length < 2 && PARTY_TO_TWO_STATES_BETWEEN.two.test(ctx.text.slice(a.end, a.end + 60));
    const between = pair ? firstStatePair(ctx.text, k.hits) : undefined;
    if (between) keys = between.flatMap((h) => k.hitKeys.get(h) ?? []);
    if (keys.length >= 2)
      for (const p of new Set(keys))
        ctx.relate(
          'PARTY_TO',
          p,
          a.key,
          a.sentence,
          between ? PARTY_TO_TWO_STATES_BETWEEN.id : 'party-to.their-countries',
        );
  }
}

/** The words one of which a text party-to.its-signatories acts on holds: its pattern's nouns (perf20c). */
export const SIGNATORIES_GATE = wordGate('signatories', 'signatory');

const gatedSignatoriesParties = whenTextWord(SIGNATORIES_GATE, addSignatoriesParties);

/** The party rules of this file, in order (called once from rules-agreements.ts). */
export function addAgr20Parties(k: RelKit): void {
  addOwnerWithParties(k);
  gatedSignatoriesParties(k);
  addAppositiveParties(k);
  addTitleStateListParties(k);
  addTheirCountriesParties(k);
}

/**
 * Rule party-to.from-base: "a memorandum on …, signed within the framework of the Treaty on Strategic Partnership
 * between A and B": an agreement no rule gave parties, built on one with two or more, has the base's parties (the
 * reverse of party-to.from-built).
 */
export function addPartiesFromBase(k: RelKit): void {
  const { ctx } = k;
  const partiesOf = (key: string) => ctx.relations.filter((r) => r.type === 'PARTY_TO' && r.to === key);
  for (const r of ctx.relations.filter((x) => x.type === 'BASED_ON')) {
    if (partiesOf(r.from).length || !frameworkCueBefore(k, r.to, r.sentence)) continue;
    const base = partiesOf(r.to);
    if (base.length >= 2)
      for (const p of base) ctx.relate('PARTY_TO', p.from, r.from, r.sentence, 'party-to.from-base');
  }
}

/** "within the framework of", "under", "pursuant to", "in furtherance of" right before the base in sentence `si`. */
function frameworkCueBefore(k: RelKit, key: string, si: number): boolean {
  const name = k.ctx.entity(key)?.name;
  return k.ev.agreementMentions.some(
    (a) =>
      a.sentence === si &&
      (a.key === key || k.nameOf(a) === name) &&
      AGR20_PATTERNS.frameworkCue.test(k.ctx.text.slice(Math.max(0, a.start - 40), a.start)),
  );
}

/**
 * Rule reached-at.not-base: "the ministers exchanged a memorandum on …, signed within the framework of the Treaty on …":
 * the agreement a sentence names as the basis of another one reached at an event was not itself reached there.
 */
export function dropBaseReachedAt(k: RelKit): void {
  const { ctx } = k;
  const rels = ctx.relations;
  const reached = (a: string, e: string) => rels.some((r) => r.type === 'REACHED_AT' && r.from === a && r.to === e);
  const drop = rels.filter(
    (r) =>
      r.type === 'REACHED_AT' &&
      rels.some(
        (b) =>
          b.type === 'BASED_ON' &&
          b.to === r.from &&
          b.sentence === r.sentence &&
          reached(b.from, r.to) &&
          firstIn(k, b.from, r.sentence) < firstIn(k, r.from, r.sentence),
      ),
  );
  if (drop.length) ctx.replaceRelations(rels.filter((r) => !drop.includes(r)));
}

/** Where the first mention of agreement `key` in sentence `si` starts (Infinity when none). */
function firstIn(k: RelKit, key: string, si: number): number {
  const name = k.ctx.entity(key)?.name;
  const m = k.ev.agreementMentions.find((a) => a.sentence === si && (a.key === key || k.nameOf(a) === name));
  return m ? m.start : Infinity;
}
