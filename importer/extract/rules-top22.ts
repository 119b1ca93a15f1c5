// Rules of the top22 round (issue 6, bank topics-7): DISCUSSED and INVOLVES between nodes the extractor already finds.
// "exchanged views on the X Agreement" is a subject, not an agreement reached; a gathering "which A will host" involves
// its host, which is no topic; an item listed before an incident that names its own target ("discussed Syria and the
// Israeli strikes on Lebanon") is a topic, not a party; a state of a participant's past post is no topic; "the
// situation of Uzbek students in Hungary" is no incident (rules-top22-events.ts); an incident "attributed to" a group involves it; a state
// after "including in" is a listed topic, not a place.
import type { GazetteerHit } from './gazetteer.ts';
import { textHas, wordGate } from './gates.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { coordinatedPlace } from './rules-top15.ts';
import { notTopicSince18 } from './rules-top19.ts';

type Span = { start: number; end: number };

/**
 * reached-at.not-exchanged-views: "exchanged views / opinions / information on the X Agreement" is talk about it, not
 * an exchange of the agreement's instruments: the verb is no reaching verb there (the agreement stays a subject).
 * A negative lookahead after "exchanged" in rules-agreements' REACH_VERB.
 */
export const NOT_EXCHANGED_VIEWS = {
  id: 'reached-at.not-exchanged-views',
  after:
    /\s+(?:(?:their|frank|candid|detailed|in-depth|useful|extensive|broad|wide-ranging|substantive|constructive|comprehensive|further|some|initial|first)(?:,|\s+and)?\s+){0,4}(?:views|opinions|ideas|information|assessments|experiences|greetings|perspectives|thoughts|analyses|insights)\b/i,
};

/**
 * involves.host-relative: a gathering followed by a relative clause naming its host ("COP30, which Brazil will host in
 * Belém", "the Consultative Meeting …, which Kazakhstan hosted", "the summit that Hungary is hosting") involves the
 * host (GUIDE: a gathering's host state); discussed.not-host-relative: the host so told is no topic of the meeting,
 * nor is the second of two hosts or chairs after "co-chaired by A and B".
 */
export const HOST_RELATIVE = {
  id: 'involves.host-relative',
  notTopic: 'discussed.not-host-relative',
  /** Between the gathering's mention (and an "of …" complement its name left out) and its host. */
  relative: /^(?:\s+(?:of|on|for)\s+[^,;.()]{1,80}?)?,?\s+(?:which|that)\s+(?:the\s+)?$/,
  /** The host's verb right after its name. */
  verb: /^\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|has\s+offered\s+to|has\s+agreed\s+to)\s+(?:co-)?host|(?:co-)?hosted|(?:co-)?hosts|is\s+(?:co-)?hosting|will\s+be\s+(?:co-)?hosting|ha[sd]\s+(?:co-)?hosted)\b/i,
  /** "co-chaired by France and …": the text before the second of two hosts or chairs. */
  secondHost:
    /\b(?:hosted|organi[sz]ed|chaired|convened|facilitated|mediated|sponsored)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+and\s+(?:the\s+)?$/u,
  gate: wordGate('host', 'hosts', 'hosted', 'hosting'),
};

/** discussed.not-host-relative: whether the hit is told as a gathering's host in a relative clause, or a second host. */
export function hostRelative(text: string, h: Span): boolean {
  const before = text.slice(Math.max(0, h.start - 70), h.start);
  return (
    (/,?\s+(?:which|that)\s+(?:the\s+)?$/.test(before) && HOST_RELATIVE.verb.test(text.slice(h.end, h.end + 40))) ||
    HOST_RELATIVE.secondHost.test(before)
  );
}

/** involves.host-relative: relates each gathering so told to its host. */
export function involvesHostRelative(k: RelKit): void {
  if (!textHas(k, HOST_RELATIVE.gate)) return;
  const { ctx } = k;
  for (const h of k.hits) {
    if ((h.type !== 'State' && h.type !== 'Organization') || h.demonym || !k.hitKeys.has(h)) continue;
    if (!HOST_RELATIVE.verb.test(ctx.text.slice(h.end, h.end + 40))) continue;
    const e = k.ev.eventMentions.find(
      (x) =>
        x.end <= h.start &&
        h.start - x.end < 110 &&
        HOST_RELATIVE.relative.test(ctx.text.slice(x.end, h.start)) &&
        x !== k.main &&
        !INCIDENT_NAME.test(k.nameOf(x)),
    );
    if (e && k.nameOf(e) !== h.name)
      ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, ctx.sentenceAt(h.start), HOST_RELATIVE.id);
  }
}

/**
 * involves.not-item-before-incident: a state listed right before an incident that names its own target or place
 * ("They discussed Syria and the Israeli strikes on Lebanon", "the humanitarian situation in Sudan and the escalation in
 * Lebanon") is another item of the list: a topic of the meeting, no party to the incident. Not after "between" or
 * "by" ("clashes between A and the B forces").
 */
export const ITEM_BEFORE_INCIDENT = {
  id: 'involves.not-item-before-incident',
  between: /^\s+and\s+(?:the\s+)?$/,
  sideLead: /\b(?:between|by|from|of|with|against)\s+(?:the\s+)?$/i,
  /** The incident's own target or place: a capitalised name after a preposition. */
  ownTarget: /\s(?:on|in|against|into|at)\s+(?:the\s+)?\p{Lu}/u,
};

/** involves.not-item-before-incident: whether the hit is the item listed before the incident `e`. */
export function itemBeforeIncident(text: string, h: Span, e: Span): boolean {
  if (h.end > e.start || !ITEM_BEFORE_INCIDENT.between.test(text.slice(h.end, e.start))) return false;
  if (ITEM_BEFORE_INCIDENT.sideLead.test(text.slice(Math.max(0, h.start - 20), h.start))) return false;
  return ITEM_BEFORE_INCIDENT.ownTarget.test(text.slice(e.start, e.end));
}

/**
 * discussed.not-past-post: the state of a post a participant held or holds abroad, told in a biography ("X, a former
 * ambassador to the Netherlands, met …", "who served as Ambassador in Japan") identifies the person; no topic.
 */
export const NOT_PAST_POST = {
  id: 'discussed.not-past-post',
  before:
    /\b(?:(?:a|the)\s+(?:former|onetime|one-time)|formerly|previously|once|then|who\s+(?:had\s+)?served\s+as|who\s+was)\s+(?:(?:his|her|the|a)\s+)?(?:country['’]s\s+)?(?:ambassador|envoy|consul|consul-general|high\s+commissioner|permanent\s+representative|representative|chargé\s+d['’]affaires)\s+(?:to|in|at)\s+(?:the\s+)?$/i,
};

/** discussed.not-past-post: whether the hit is the state of a post in a biography. */
export function pastPost(text: string, h: Span): boolean {
  return NOT_PAST_POST.before.test(text.slice(Math.max(0, h.start - 90), h.start));
}

/**
 * discussed.listed-place: "regional developments, including in Haiti and Venezuela", "notably in Burkina Faso": a
 * state after a listing word and "in" is an item of the meeting's subjects, not the place of something.
 */
export const LISTED_PLACE = {
  id: 'discussed.listed-place',
  before:
    /\b(?:including|notably|particularly|especially|primarily|mainly|namely|in\s+particular)\s+in\s+(?:the\s+)?$/i,
};

/** discussed.listed-place: whether the state is listed after "including in". */
export function listedPlace(text: string, h: Span): boolean {
  return LISTED_PLACE.before.test(text.slice(Math.max(0, h.start - 40), h.start));
}

/** The top22 reasons a state or body is no topic of the readout's meeting. */
export function notTopicTop22(text: string, h: GazetteerHit): boolean {
  return hostRelative(text, h) || pastPost(text, h);
}

/** The top18 and top19 reasons (notTopicSince18) and the top22 ones, as rules-topics' notATopic asks them. */
export function notTopicSince18To22(k: RelKit, h: GazetteerHit): boolean {
  return notTopicSince18(k, h) || notTopicTop22(k.ctx.text, h);
}

/** A state after "in" that is a subject, not a place: coordinated with one (top15) or listed (discussed.listed-place). */
export function topicPlace(text: string, h: GazetteerHit): boolean {
  return coordinatedPlace(text, h) || listedPlace(text, h);
}

/**
 * involves.attributed-to: an incident "attributed to", "blamed on" or "claimed by" a state or group right after its
 * mention ("the drone attacks on Port Sudan attributed to the Rapid Support Forces", "the bombing, which was claimed by
 * ISIS") involves it as actor.
 */
export const ATTRIBUTED_TO = {
  id: 'involves.attributed-to',
  after:
    /^,?\s+(?:(?:which|that)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:(?:widely|reportedly|allegedly|officially|later)\s+)?(?:attributed\s+to|blamed\s+on|claimed\s+by)\s+(?:the\s+)?/i,
  gate: wordGate('attributed', 'blamed', 'claimed'),
};

/** involves.attributed-to: relates each incident so told to its actor. */
export function involvesAttributedTo(k: RelKit): void {
  if (!textHas(k, ATTRIBUTED_TO.gate)) return;
  const { ctx } = k;
  for (const e of k.ev.eventMentions) {
    if (e === k.main || !INCIDENT_NAME.test(k.nameOf(e))) continue;
    const m = ATTRIBUTED_TO.after.exec(ctx.text.slice(e.end, e.end + 80));
    if (!m) continue;
    const at = e.end + m[0].length;
    const h = k.hits.find((x) => x.start === at && !x.demonym && k.hitKeys.has(x));
    if (h && (h.type === 'State' || h.type === 'Organization'))
      ctx.relate('INVOLVES', e.key, k.hitKeys.get(h)!, e.sentence, ATTRIBUTED_TO.id);
  }
}

/** The top22 relations added after the topic rules (hooked at the end of rules-topics' addTopicRelations). */
export function addTop22Relations(k: RelKit): void {
  involvesHostRelative(k);
  involvesAttributedTo(k);
}
