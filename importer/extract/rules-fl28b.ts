// Rules of round fl28b (issue 6), written after the first look at three new samples (a West African island
// government's plain-text communiqué on a round of joint-development talks, a West African presidency's web page on a
// regional organisation's mediation mission, a Caribbean government information service's Markdown release on a
// maritime boundary treaty's signing). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl28b.test.ts. Rule data (patterns) are named next to the rules; word lists are in lexicons.ts.
import {
  AGREEMENT_CLOSING_PARTICIPLES,
  COMMON_PLURAL_NOUNS,
  HEADLINE_PRESENT_VERBS,
  PRAISE_ADJECTIVES,
} from './lexicons.ts';

/**
 * Rule event.main-title-verb-cut: "ECOWAS presidential mission adopts six-point roadmap to end the political crisis",
 * "EU-China Summit closes with a joint statement": a headline whose event noun is followed by a present-tense verb
 * names the event by the words before the verb; the rest is the news about it. Only a lowercase verb of the list
 * (lexicons' HEADLINE_PRESENT_VERBS), at least one word after the event noun's start.
 */
export const EVENT_MAIN_TITLE_VERB_CUT = {
  id: 'event.main-title-verb-cut',
  /** The verb and what follows it. */
  verb: new RegExp(`[^\\S\\n]+(?:${HEADLINE_PRESENT_VERBS.join('|')})\\b.*$`, 'u'),
  /** An event noun the kept part must end in or hold. */
  noun: /\b(?:mission|summit|talks|meeting|visit|conference|dialogue|consultations|negotiations|session|round)\b/iu,
};

/** Rule event.main-title-verb-cut: the event's name from a headline, without its verb and the news after it. */
export function withoutHeadlineVerb(name: string): string {
  const m = EVENT_MAIN_TITLE_VERB_CUT.verb.exec(name);
  if (!m || m.index === 0) return name;
  const kept = name.slice(0, m.index);
  return EVENT_MAIN_TITLE_VERB_CUT.noun.test(kept) ? kept : name;
}

/**
 * Rule agreement.subject-behalf-stop: "put their signatures to the Treaty on the Delimitation of Marine and Submarine
 * Areas on behalf of their respective Governments", "the protocol on fisheries respectively": "on behalf of" and
 * "respectively" end the subject of an agreement named head first; they tell who signed, not what it settles.
 */
export const AGREEMENT_SUBJECT_BEHALF_STOP = {
  id: 'agreement.subject-behalf-stop',
  words: ['behalf', 'respectively'],
};

/**
 * Rule agreement.participle-end: "the roadmap for the resolution of the political crisis proposed by the ministerial
 * mission": a past participle of authorship (proposed, drafted, submitted, …) ends a described agreement's subject,
 * as "signed" and "adopted" already do.
 */
export const AGREEMENT_PARTICIPLE_END = {
  id: 'agreement.participle-end',
  /** The participles, as a regex alternation for the described-head-first pattern. */
  alternation: AGREEMENT_CLOSING_PARTICIPLES.join('|'),
};

/**
 * Rule agreement.no-praise-adjective: "the historic maritime boundary treaty", "a landmark trade deal": an evaluative
 * adjective before a lowercase agreement's head is praise, not part of its name ("maritime boundary treaty").
 */
export const AGREEMENT_NO_PRAISE_ADJECTIVE = {
  id: 'agreement.no-praise-adjective',
  words: new Set(PRAISE_ADJECTIVES),
};

/**
 * Rule person.not-common-plural: "the Chairperson of the Authority of ECOWAS Heads of State and Government", "the
 * President of the National People's Assembly, X": a one-word "name" after a title that is a capitalised plural noun
 * (lexicons' COMMON_PLURAL_NOUNS) belongs to the name of a body or a rank, it is no person.
 */
export const PERSON_NOT_COMMON_PLURAL = {
  id: 'person.not-common-plural',
  words: new Set(COMMON_PLURAL_NOUNS),
};

/** Rule person.not-common-plural: whether a one-word name read after a title is a common plural noun. */
export const commonPluralName = (raw: string): boolean => PERSON_NOT_COMMON_PLURAL.words.has(raw.trim());

const GAP = '[^\\S\\n]+';
/** A place name of one to four capitalised words ("São Tomé", "Port of Spain", "Dar es Salaam" not). */
const PLACE = `\\p{Lu}[\\p{L}'’.-]*(?:${GAP}(?:and${GAP}|de${GAP}|of${GAP})?\\p{Lu}[\\p{L}'’.-]*){0,3}`;

/**
 * Rule event.main-opening-talks: "The Government of X and a high-level delegation of Y concluded today in São Tomé
 * three days of talks on …", "… opened in Bissau a new round of negotiations": the opening sentence tells the
 * readout's own talks by a past verb of holding, the place before the talks' noun (the order many press offices
 * translated from Portuguese, French or Spanish use). When no earlier step finds the readout's event, these are the
 * talks, named by kind and place ("talks in São Tomé"); the heads of delegation told after them take part in them.
 * Not "will hold", not a place after the noun (ev13's meeting phrase and fl23a's opening phrase read those).
 */
export const EVENT_MAIN_OPENING_TALKS = {
  id: 'event.main-opening-talks',
  needs: /\b(?:talks|consultations|negotiations)\b/,
  pattern: new RegExp(
    `\\b(?:held|concluded|opened|began|completed|started|resumed|wrapped${GAP}up)${GAP}(?:(?:today|yesterday)${GAP})?in${GAP}(?<place>${PLACE})${GAP}(?:(?:today|yesterday)${GAP})?(?:(?:two|three|four|five|six|several|\\d{1,2})${GAP}days${GAP}of${GAP}|(?:a|the)${GAP}(?:(?:first|second|third|fourth|fifth|new|further|final|next)${GAP})?round${GAP}of${GAP})?(?<noun>talks|consultations|negotiations)\\b`,
    'u',
  ),
  notHeld: /\b(?:will|would|shall|to\s+be\s+held)\b/i,
};

/** Rule event.main-opening-talks: the talks an opening sentence tells, by name and offset in the sentence. */
export function openingTalks(sentence: string): { name: string; offset: number; surface: string } | undefined {
  const { needs, pattern, notHeld } = EVENT_MAIN_OPENING_TALKS;
  if (!needs.test(sentence) || notHeld.test(sentence)) return undefined;
  const m = pattern.exec(sentence);
  if (!m?.groups) return undefined;
  const { noun, place } = m.groups as { noun: string; place: string };
  return { name: `${noun} in ${place}`, offset: m.index + m[0].length - noun.length, surface: noun };
}

/**
 * Rule party-list.repeated-preposition: "on behalf of the Government of Grenada and of the Government of the Republic
 * of Trinidad and Tobago respectively", "for Austria and for Poland": a list of sides whose second member repeats the
 * preposition is still one list (so negotiates-for.on-behalf-respectively pairs the agents with them in order).
 */
export const PARTY_LIST_REPEATED_PREPOSITION = {
  id: 'party-list.repeated-preposition',
  sep: /^[^\S\n]+and[^\S\n]+(?:of|for)[^\S\n]+/,
};

/**
 * Rule involves.held-by-sides-place-first: "The Government of X and a high-level delegation of Y concluded today in
 * São Tomé three days of talks": involves.held-by-sides (event-aliases.ts) with the place before the talks' noun, a
 * count of days or a round between, and a side told by its delegation ("a high-level delegation of the Federal
 * Republic of Y"). The same sides only: states and organisations joined by "and".
 */
export const INVOLVES_HELD_BY_SIDES_PLACE_FIRST = {
  id: 'involves.held-by-sides-place-first',
  /** The verb, the place and a count before the event's span. */
  verb: new RegExp(
    `${GAP}(?:held|concluded|opened|began|completed|started|resumed|wrapped${GAP}up)${GAP}(?:(?:today|yesterday)${GAP})?in${GAP}${PLACE}${GAP}(?:(?:today|yesterday)${GAP})?(?:(?:two|three|four|five|six|several|\\d{1,2})${GAP}days${GAP}of${GAP}|(?:a|the)${GAP}(?:(?:first|second|third|fourth|fifth|new|further|final|next)${GAP})?round${GAP}of${GAP})?$`,
    'u',
  ),
  /** What may stand around the sides once they are cut out: articles, "and", "Government of", "delegation of". */
  sidesOnly:
    /^(?:\s|,|\band\b|\b[Tt]he\b|\ban?\b|\bGovernments?\s+of\b|\b(?:high-level|senior|joint)\b|\b(?:delegation|team)\s+(?:of|from)\b)*$/u,
};

/**
 * Rule org.pair-prefix: "the Grenada–Trinidad and Tobago Joint Boundary Commission", "the Chile-Peru Joint Border
 * Committee": a body named by its form whose capitalised run follows "<State>–" (a dash or hyphen joining the two
 * states) starts at that state; the dash had cut the first state off. Only a state the gazetteer found, ending right
 * before the dash.
 */
export const ORG_PAIR_PREFIX = {
  id: 'org.pair-prefix',
  dashBefore: /[–-]$/u,
};

/** Rule org.pair-prefix: the pattern organisations with the state joined before them by a dash, as hits. */
export function withPairPrefix<T extends { start: number; end: number; name: string; surface: string }>(
  text: string,
  orgs: T[],
  states: readonly { type: string; start: number; end: number; demonym: boolean }[],
  sitting: (start: number, end: number) => boolean,
): T[] {
  return orgs.map((o) => {
    if (!ORG_PAIR_PREFIX.dashBefore.test(text.slice(o.start - 1, o.start))) return o;
    const st = states.find((h) => h.type === 'State' && !h.demonym && h.end === o.start - 1);
    // A pair body told as a sitting ("the 5th Session of the A–B Joint Commission") stays the events' to read.
    if (!st || sitting(o.start, o.end) || sitting(st.start, o.end)) return o;
    const prefix = text.slice(st.start, o.start);
    return { ...o, start: st.start, surface: prefix + o.surface, name: prefix + o.name };
  });
}
