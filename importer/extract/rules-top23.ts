// Rules of the top23 round (issue 6, bank topics-8): DISCUSSED and INVOLVES between nodes the extractor already finds.
// A state after "developments / transition / reconstruction … in" is a subject, not a place; a state whose embassy or
// mission is the venue is no topic; a body or state that only condemned an incident ("…, which the African Union
// condemned") is neither its party nor a topic; the mediators of talks told "under Egyptian, Qatari and American
// mediation" or "under the mediation of A and B" are parties of the talks; a gathering or talks nobody in the readout
// attended, told as held in a state ("the talks between A and B held in Saudi Arabia", "the Conference … in Seville,
// Spain"), involve that state; the body briefed on an incident or process is none of its parties.
import type { GazetteerHit } from './gazetteer.ts';
import { textHas, wordGate } from './gates.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { topicPlace } from './rules-top22.ts';
import { topicPreposition } from './rules-top25.ts';

type Span = { start: number; end: number };

/**
 * discussed.subject-noun-in: a state after a noun of what happens in a country ("the latest developments in Syria",
 * "the political transition in Guinea", "reconstruction in Ukraine", "the unrest in Bangladesh") is the subject of the
 * talks, not a place (the place exclusion of `notATopic` is skipped, like top22's listed place).
 */
export const SUBJECT_NOUN_IN = {
  id: 'discussed.subject-noun-in',
  before:
    /\b(?:[Dd]evelopments|[Tt]ransition|[Rr]econstruction|[Rr]ecovery|[Uu]nrest|[Tt]ensions|[Ii]nstability|[Ee]scalation|[Dd]ynamics)\s+(?:(?:on\s+the\s+ground|taking\s+place|unfolding)\s+)?in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}(?:,\s+|,?\s+and\s+)(?:the\s+)?){0,3}$/u,
};

/** discussed.subject-noun-in: whether the state hit `h` is told after such a noun and "in". */
export function subjectNounIn(text: string, h: Span): boolean {
  return SUBJECT_NOUN_IN.before.test(text.slice(Math.max(0, h.start - 60), h.start));
}

/**
 * A state after "in" or "to" that is a subject, not a place: top15's coordinated place, top22's listed place, this rule,
 * or top25's discussed.topic-preposition ("Turning to A").
 */
export function subjectOrTopicPlace(text: string, h: GazetteerHit): boolean {
  return topicPlace(text, h) || subjectNounIn(text, h) || topicPreposition(text, h);
}

/**
 * discussed.not-mission-venue: a state named by its embassy, consulate or mission as where a meeting took place ("The
 * meeting took place at the Embassy of Portugal", "a working lunch at the Residence of the Ambassador of Japan") is the
 * venue, no topic. "the attack on the Embassy of A" (no "at" / "in") stays a topic or party.
 */
export const NOT_MISSION_VENUE = {
  id: 'discussed.not-mission-venue',
  before:
    /\b(?:at|in)\s+the\s+(?:Embassy|Consulate(?:[\s-]+General)?|High\s+Commission|Permanent\s+Mission|Permanent\s+Representation|(?:official\s+)?Residence\s+of\s+the\s+(?:Ambassador|High\s+Commissioner))\s+of\s+(?:the\s+)?$/i,
};

/**
 * involves.not-condemner / discussed.not-condemner: a body or state that only took a stance on an incident in a relative
 * clause after it ("the attack on a convoy in Darfur, which the African Union condemned", "…, which the United States
 * has strongly denounced") is neither a party of the incident nor a topic of the meeting.
 */
export const CONDEMNER = {
  id: 'involves.not-condemner',
  notTopic: 'discussed.not-condemner',
  before: /,\s+(?:which|that)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/,
  after:
    /^\s+(?:(?:has|have|had|also|strongly|swiftly|firmly|immediately|publicly)\s+){0,3}(?:condemned|denounced|deplored|decried|critici[sz]ed|regretted|rejected)\b/i,
};

/**
 * involves.not-briefed-body: the body or person's state briefed on an incident or a process ("briefed the Security
 * Council on the peace process between A and B", "briefed the European Union on the attack on …") heard about it; it is
 * no party.
 */
export const BRIEFED_BODY = {
  id: 'involves.not-briefed-body',
  before: /\b(?:briefed|brief|briefing|informed|updated)\s+(?:the\s+)?$/i,
  after: /^[^.;]{0,60}?\s(?:on|about|regarding)\s/i,
};

/** involves.not-briefed-body: whether the hit `h` is the addressee of a briefing told before the incident. */
export function briefedBody(text: string, h: Span): boolean {
  return (
    BRIEFED_BODY.before.test(text.slice(Math.max(0, h.start - 20), h.start)) &&
    BRIEFED_BODY.after.test(text.slice(h.end, h.end + 70))
  );
}

/** involves.not-condemner: whether the hit `h` is the subject of a stance verb in a relative clause. */
export function condemner(text: string, h: Span): boolean {
  return (
    CONDEMNER.before.test(text.slice(Math.max(0, h.start - 40), h.start)) &&
    CONDEMNER.after.test(text.slice(h.end, h.end + 50))
  );
}

/** The top23 exclusions from the meeting's topics (discussed.not-mission-venue, discussed.not-condemner). */
export function notTopicTop23(text: string, h: Span): boolean {
  return NOT_MISSION_VENUE.before.test(text.slice(Math.max(0, h.start - 70), h.start)) || condemner(text, h);
}

/**
 * involves.under-mediation: talks or a process told with their mediators after "under" ("the new round of talks in
 * Doha under Egyptian, Qatari and American mediation", "the negotiations, held under the mediation of Qatar and
 * Egypt", "talks under Norwegian facilitation") involve each mediator (GUIDE: every state or body the text names as a
 * party). The event is the last one mentioned before "under" in the sentence.
 */
export const UNDER_MEDIATION = {
  id: 'involves.under-mediation',
  gate: wordGate('mediation', 'facilitation'),
  /** "under A-ian, B-i and C-n mediation": the mediators as adjectives before the noun. */
  adjectives:
    /\bunder\s+(?:the\s+)?(?:joint\s+)?((?:\p{Lu}[\p{L}-]+(?:,\s+|,?\s+and\s+|\s+))*\p{Lu}[\p{L}-]+)\s+(?:mediation|facilitation)\b/gu,
  /** "under the (joint) mediation of A, B and C": the mediators after "of". */
  of: /\bunder\s+the\s+(?:joint\s+)?(?:mediation|facilitation)\s+of\s+((?:(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,4}(?:,\s+|,?\s+and\s+)?){1,5})/gu,
};

/** involves.under-mediation: relates the talks told before "under … mediation" to each mediator. */
export function involvesUnderMediation(k: RelKit): void {
  if (!textHas(k, UNDER_MEDIATION.gate)) return;
  const { ctx } = k;
  for (const re of [UNDER_MEDIATION.adjectives, UNDER_MEDIATION.of]) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const si = ctx.sentenceAt(m.index);
      const before = k.ev.eventMentions.filter((e) => e !== k.main && e.sentence === si && e.end <= m!.index);
      const e = before.sort((a, b) => b.end - a.end)[0];
      if (!e || ctx.text.slice(e.end, m.index).length > 100) continue;
      const from = m.index + m[0].indexOf(m[1]!);
      for (const h of mediatorsIn(k, from, from + m[1]!.length)) {
        const key = h.demonym ? k.stateKey(h.name) : (k.hitKeys.get(h) ?? k.stateKey(h.name));
        if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, UNDER_MEDIATION.id);
      }
    }
  }
}

/** The states and bodies (demonyms too) named between `from` and `to`. */
function mediatorsIn(k: RelKit, from: number, to: number): GazetteerHit[] {
  return k.hits.filter((h) => h.start >= from && h.end <= to && (h.type === 'State' || h.type === 'Organization'));
}

/**
 * involves.venue-state: talks or a gathering that nobody in the readout is said to attend, told as held in a state
 * ("the talks between the United States and Russia held in Saudi Arabia", "the conference on … in Seville, Spain"),
 * involve that state as their venue (topics-1: "the peace talks … held in Caracas"). Not planned gatherings (the events
 * bank: "the peace summit to be held in Switzerland" has no venue party), not incidents (their places have their own
 * rules), not the readout's own meetings (their venue is no party).
 */
export const VENUE_STATE = {
  id: 'involves.venue-state',
  /**
   * From the event's mention (and an "of / on / for …" complement its name left out) to the state: "held in (City,)",
   * "in City,". A bare "in A" is not enough ("the peace summit in Switzerland", "the Leaders Meeting in Tonga": the
   * events banks give those no venue party).
   */
  before:
    /^(?:\s+(?:of|on|for)\s+[^,;.()]{1,80}?)?(?:,?\s+(?:(?:which|that)\s+(?:was|were|will\s+be|is\s+to\s+be|are\s+to\s+be|is\s+being)\s+|to\s+be\s+)?(?:held|convened|hosted|taking\s+place|to\s+take\s+place)\s+in\s+(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2},\s+)?|\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2},\s+)(?:the\s+)?$/u,
  /** Inside the event's own name ("talks … held in Saudi Arabia"): the name's text before the state. */
  inName: /\s(?:held|convened|hosted)\s+in\s+(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2},\s+)?(?:the\s+)?$/u,
};

/** involves.venue-state: relates each such event to the state it is told as held in. */
export function involvesVenueState(k: RelKit): void {
  const { ctx } = k;
  const planned = new Set(k.ev.events.filter((x) => x.planned).map((x) => x.key));
  for (const e of k.ev.eventMentions) {
    if (e === k.main || planned.has(e.key) || (k.participants.get(e.key)?.size ?? 0) > 0) continue;
    if (INCIDENT_NAME.test(k.nameOf(e))) continue;
    const h = k.hits.find(
      (x) =>
        x.type === 'State' &&
        !x.demonym &&
        ctx.sentenceAt(x.start) === e.sentence &&
        (x.start >= e.end
          ? VENUE_STATE.before.test(ctx.text.slice(e.end, x.start))
          : x.start > e.start && x.end <= e.end && VENUE_STATE.inName.test(ctx.text.slice(e.start, x.start))),
    );
    const key = h && (k.hitKeys.get(h) ?? k.stateKey(h.name));
    if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, VENUE_STATE.id);
  }
}
