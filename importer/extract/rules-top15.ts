// Round top15: DISCUSSED and INVOLVES rules (issue 6) — what is no topic of the readout's meeting (a host thanked for
// its hospitality, the history of relations, an earlier meeting a sentence builds on or tells in the pluperfect), a
// state coordinated after another topic's place ("the situation in A and in B"), and the parties of a gathering the
// sides agreed to hold.
import type { GazetteerHit } from './gazetteer.ts';
import { PERSON_PARTICIPLES } from './lexicons.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';

/**
 * discussed.not-thanked-host (top15): "thanked the Government and people of A for their warm hospitality", "for the
 * kind welcome extended to him": the host thanked, not a subject. The text right after the state, up to "for" and
 * the kind of thanks, with at most two adjectives between.
 */
export const THANKED_FOR_WELCOME =
  /^[^.;]{0,40}?\bfor\s+(?:its|their|the|his|her)\s+(?:(?:warm|kind|generous|gracious|excellent|cordial|great|traditional|brotherly|fraternal|friendly)\s+(?:and\s+)?){0,2}(?:hospitality|welcome|reception)\b/i;

/** Whether a state or body is named only as the host thanked for its welcome (discussed.not-thanked-host). */
export function thankedForWelcome(text: string, h: { start: number; end: number }): boolean {
  return (
    THANKED_FOR_WELCOME.test(text.slice(h.end, h.end + 80)) &&
    /\b(?:thank(?:s|ed|ing)?|gratitude|appreciation)\b/i.test(text.slice(Math.max(0, h.start - 80), h.start))
  );
}

/**
 * discussed.not-history (top15): a sentence telling when relations began ("A and B established diplomatic relations
 * in 1975", "since the establishment of diplomatic relations in 1992", "have maintained diplomatic relations since
 * 1965") tells history, not what the meeting dealt with. Needs a year, so that "agreed to establish diplomatic
 * relations" (an outcome) stays.
 */
export const RELATIONS_HISTORY =
  /\b(?:established|establishment\s+of|have\s+(?:had|maintained|enjoyed)|opened)\s+(?:full\s+)?(?:diplomatic\s+)?relations\b[^.;]{0,40}?\b(?:in|since)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b/i;

/** Whether a sentence tells the history of relations (discussed.not-history): its states are no topics. */
export function toldAsHistory(sentence: string): boolean {
  return RELATIONS_HISTORY.test(sentence) && !/\b(?:discuss|agreed|exchanged|review)/i.test(sentence);
}

/**
 * discussed.coordinated-place (top15): "the situation in Sudan and in Libya", "the conflicts in Yemen, in Syria and in
 * Libya": a state after "(and) in" that continues a list whose first item is a topical place. The text before the
 * second "in" (up to 80 characters).
 */
export const COORDINATED_PLACE_BEFORE =
  /\b(?:situation|conflict|conflicts|war|crisis|crises|developments|fighting|violence|peace|security|stability|elections?)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{1,40}?(?:,\s+(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)$/u;

/** Whether a state hit after "in" continues a list of topical places (discussed.coordinated-place). */
export function coordinatedPlace(text: string, h: GazetteerHit): boolean {
  if (h.type !== 'State') return false;
  const before = text.slice(Math.max(0, h.start - 90), h.start);
  const m = /\bin\s+(?:the\s+)?$/.exec(before);
  return Boolean(m && COORDINATED_PLACE_BEFORE.test(before.slice(0, m.index)));
}

/**
 * discussed.not-built-on (top15): "Building on their meeting in Asunción last July", "Following up on the talks
 * held in …", "Recalling their previous meeting": an earlier meeting the sentence starts from is background, not a
 * subject (the text right before the event's mention; not for incidents, which stay topics when recalled).
 */
export const BUILT_ON_BEFORE =
  /\b(?:[Bb]uilding\s+(?:up)?on|[Ff]ollowing\s+up\s+on|[Rr]ecalling)\s+(?:the|their|his|her|its)\s+(?:(?:recent|earlier|previous|last|first|fruitful|productive|successful|bilateral)\s+){0,2}$/;

/**
 * discussed.other-meeting, previous meeting (top15): "At their previous meeting, in Canberra in December, the two
 * ministers had discussed …", "During their last talks": a frame that names an earlier meeting by "previous", "last",
 * "earlier" or "first" tells that meeting's facts, not the readout's own (a kind added to OTHER_MEETING_KINDS, matched
 * against the event names with the meeting words below).
 */
export const EARLIER_MEETING_KIND = '(?:previous|last|earlier|prior)\\s+(?:meeting|talks|encounter|session|round)';
export const EARLIER_MEETING_NAME = /\b(?:meeting|talks|encounter|session|round|summit|consultations)\b/i;

/**
 * involves.agreed-by-sides (top15): "A, B and C agreed to hold their trilateral summit in Seoul", "A and B will convene
 * the Joint Commission": the verbs by which states that make up a subject plan a gathering of theirs (added to the
 * verbs of involves.held-by-sides).
 */
export const AGREED_TO_HOLD =
  '(?:agreed|decided|are|have\\s+agreed)[^\\S\\n]+to[^\\S\\n]+(?:hold|convene|organi[sz]e|resume)|will[^\\S\\n]+(?:hold|convene|resume)';

/** "at their previous meeting", "during the last talks": a mention that is itself the frame of an earlier meeting. */
const EARLIER_FRAME = new RegExp(`\\b(?:at|during|in)\\s+(?:their|the|its|his|her)\\s+${EARLIER_MEETING_KIND}\\b`, 'i');

/**
 * discussed.not-built-on (top15): whether an event's mention is an earlier meeting the sentence builds on ("Building
 * on their meeting in Asunción", BUILT_ON_BEFORE) or frames ("At their previous meeting, in Canberra, …").
 */
export function builtOnOrEarlierFrame(text: string, x: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, x.start - 60), x.start);
  if (BUILT_ON_BEFORE.test(before)) return true;
  const m = EARLIER_FRAME.exec(text.slice(Math.max(0, x.start - 40), x.end));
  return Boolean(m && m.index + m[0].length > Math.min(40, x.start) && m.index < Math.min(40, x.start));
}

/**
 * discussed.situation-in (top15): "the situation in Venezuela following the presidential election": a state whose
 * situation the meeting went over is its topic, even in a sentence that names an incident (which would otherwise
 * take the state as its party).
 */
export const SITUATION_IN_BEFORE = /\bsituation\s+(?:in|inside)\s+(?:the\s+)?$/i;

/** Whether a hit is the state of "the situation in X" (discussed.situation-in). */
export function situationOf(text: string, h: { start: number }): boolean {
  return SITUATION_IN_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start));
}

/**
 * involves.election-place (top15): "the situation in Venezuela following the presidential election of 28 July", "the
 * climate in Chad ahead of the elections": an election or referendum whose name gives no state, told right after a
 * state and a time word, involves that state. The text before the vote's mention.
 */
export const ELECTION_PLACE_BEFORE =
  /\b(?:in|inside)\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]{1,40}?)\s+(?:following|after|since|ahead\s+of|before|during)\s+(?:the\s+)?(?:recent\s+|last\s+|upcoming\s+|forthcoming\s+)?$/u;

/**
 * involves.participle-clause (top15): "the killing of two Nepali peacekeepers serving with MINUSCA in the Central
 * African Republic": the body the victims served with and the state they were in, told in the participle clause right
 * after an incident's name, are its parties. The clause runs to the next comma, semicolon or full stop.
 */
export function involvesParticipleClause(k: RelKit): void {
  const { ctx, ev, hitKeys, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || !INCIDENT_NAME.test(nameOf(e))) continue;
    const m = /^\s+([a-z]+)\s+[^,;.]{0,80}/.exec(ctx.text.slice(e.end, e.end + 90));
    if (!m || !PERSON_PARTICIPLES.test(m[1]!)) continue;
    for (const h of k.hitsIn(e.end, e.end + m[0].length)) {
      const key = hitKeys.get(h);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.participle-clause');
    }
  }
}

/**
 * involves.sides-in-name (top15): the consultations of the issuer's state with another (event.consultations-with)
 * involve both, the issuer's state when the readout names it; talks named by their owner and partner
 * (event.possessive-with) involve the states and bodies their name holds.
 */
export function involvesSidesInName(k: RelKit): void {
  const { ctx, ev, hitKeys, people } = k;
  for (const e of ev.eventMentions) {
    const rule = ctx.entity(e.key)!.rule;
    if (rule !== 'event.consultations-with' && rule !== 'event.possessive-with') continue;
    const keys = k
      .hitsIn(e.start, e.end)
      .filter((h) => !h.demonym)
      .map((h) => hitKeys.get(h));
    if (rule === 'event.consultations-with' && people.home) keys.push(k.stateKey(people.home));
    for (const key of new Set(keys)) if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.sides-in-name');
  }
}
