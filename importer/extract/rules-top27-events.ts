// The top27 filters of incident events (issue 6, bank topics-10), apart from the relation rules so that incidents.ts
// can use them without the relation kit.

/**
 * event.incident.departure: a state, body or mission leaving, scaling down or disengaging is an event of the states and
 * bodies it names when told with who leaves or what is left ("the exit of Burkina Faso, Mali and Niger from ECOWAS",
 * "the withdrawal of the three countries from the Economic Community of West African States", "the withdrawal from
 * Afghanistan", "the drawdown of ATMIS", "the disengagement of MONUSCO from South Kivu"); "an exit strategy", "the
 * withdrawal of the complaint", "the disengagement of forces" and "the exit from the crisis" are none. A closure is one
 * only of a border, a crossing or an airspace ("the closure of the border between Burundi and Rwanda", "the closure of
 * the Katuna/Gatuna border"); "the closure of the session" is none.
 */
export const DEPARTURE = {
  id: 'event.incident.departure',
  head: /\b(?:exit|withdrawal|drawdown|disengagement)$/i,
  /** Who leaves, or what is left, right after the head: a name, or "the three countries". */
  named:
    /^[^\S\n]+(?:(?:of|from)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}|of[^\S\n]+the[^\S\n]+(?:two|three|four|five|six|\d)[^\S\n]+(?:countries|states|member[^\S\n]+states)\b|of[^\S\n]+(?:the[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+)?(?:troops|forces)\b[^.;]{0,30}?\bfrom[^\S\n]+(?:the[^\S\n]+)?\p{Lu})/u,
  /** "the withdrawal of troops" and "the withdrawal of the X forces" (the older reading of withdrawal). */
  ofForces: /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}|\w+[^\S\n]+(?:troops|forces))/u,
  closure: /\bclosure$/i,
  closed:
    /^[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:(?:\p{Lu}[\p{L}/-]*|common|land|shared)[^\S\n]+){0,3}(?:border(?:[^\S\n]+crossings?)?|borders|crossings?|airspace)\b/u,
};

/**
 * event.incident.departure: whether a match of a departure head or of "closure" tells no event, given the text right
 * after it. Other heads: false.
 */
export function departureUnnamed(head: string, after: string): boolean {
  if (DEPARTURE.closure.test(head)) return !DEPARTURE.closed.test(after);
  if (!DEPARTURE.head.test(head)) return false;
  if (/withdrawal$/i.test(head) && DEPARTURE.ofForces.test(after)) return false;
  return !DEPARTURE.named.test(after);
}

const SP = String.raw`[^\S\n]+`;

/**
 * event.led-process: a dialogue, process, track or mediation told with the body or state that leads, facilitates or
 * brokers it right before its lower-case head ("the EU-facilitated dialogue with Serbia", "the UN-led political process
 * in Libya", "the AU-led mediation", "an IGAD-led peace process") is an event named from the premodifier, with a "with
 * / in / on <Name>" complement; the premodifier pins it (a bare "the dialogue" or "the political process" is none).
 * Not before "between" (event-between.ts names "the EU-facilitated dialogue between A and B" with its sides), not talks,
 * negotiations or consultations (their own rules name those), not a premodifier that is a month or a title word.
 */
export const EVENT_LED_PROCESS = {
  id: 'event.led-process',
  pattern: new RegExp(
    String.raw`(?<=\b(?:the|an?|this|that|its)${SP})((?:\p{Lu}[\p{L}.'’]*${SP}){0,2}\p{Lu}[\p{L}.'’]*-(?:led|facilitated|brokered|mediated|sponsored|convened)${SP}(?:(?:peace|political|national|inclusive|direct|indirect|intra-[\p{L}]+|inter-[\p{L}]+|regional|technical)${SP}){0,2}(?:dialogue|process|track|mediation)(?:${SP}(?:with|in|on)${SP}(?:the${SP})?\p{Lu}[\p{L}'’-]+(?:${SP}(?:of${SP}(?:the${SP})?)?\p{Lu}[\p{L}'’-]+){0,4})?)(?![\p{L}-])`,
    'gu',
  ),
  /** "between" right after: the older between-rule names the event with its sides. */
  between: /^[^\S\n]+between\b/,
  /** The complement whose state or body is a party: "with Serbia", "in Libya", "on Afghanistan". */
  complement: /[^\S\n](?:with|in|on)[^\S\n]/,
};

/** Rule event.led-process over the text (gated on the premodifier's suffixes): each event with its start. */
export function ledProcesses(text: string): { surface: string; start: number }[] {
  if (!/-(?:led|facilitated|brokered|mediated|sponsored|convened)\b/.test(text)) return [];
  const out: { surface: string; start: number }[] = [];
  for (const m of text.matchAll(EVENT_LED_PROCESS.pattern)) {
    const end = m.index! + m[1]!.length;
    if (EVENT_LED_PROCESS.between.test(text.slice(end, end + 10))) continue;
    out.push({ surface: m[1]!, start: m.index! });
  }
  return out;
}

/**
 * event.incident.named-modifier: an incident named by a capitalised name before its head, after a lower-case article
 * ("the Rohingya crisis", "the Gaza war", "the Essequibo controversy", "the Darfur conflict", "the Ebola outbreak") is
 * pinned by that name, like one named by a state or a date: a name the gazetteer does not know still makes it one
 * event. Not at a sentence's start (any word is capitalised there), not a title or generic word ("the Joint crisis
 * cell", "the New Year floods"), and not a name of more than three words.
 */
export const INCIDENT_NAMED_MODIFIER = {
  id: 'event.incident.named-modifier',
  before: /\b(?:the|a|an|this|that|its|their)[^\S\n]+$/,
  name: /^(?:\p{Lu}[\p{L}'’-]+[^\S\n]+){1,3}/u,
  generic:
    /^(?:The|This|That|Joint|New|Global|International|National|Regional|World|Summit|Council|Government|Ministry|President|Prime|Minister|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/,
};

/** event.incident.named-modifier: whether the incident phrase starting at `start` is pinned by a name before its head. */
export function namedModifier(text: string, start: number, phrase: string): boolean {
  if (!INCIDENT_NAMED_MODIFIER.before.test(text.slice(Math.max(0, start - 8), start))) return false;
  const m = INCIDENT_NAMED_MODIFIER.name.exec(phrase);
  if (!m) return false;
  return !m[0]
    .trim()
    .split(/[^\S\n]+/)
    .some((w) => INCIDENT_NAMED_MODIFIER.generic.test(w));
}

/**
 * event.track-between: a track, format, channel or platform named by a place and told with its sides ("the Jeddah
 * track between the Sudanese Armed Forces and the Rapid Support Forces", "the Moscow format between A and B") is one
 * event named with its sides, whose sides involves.sides-between (inv25) reads; event.process-named (ev26) leaves
 * names before "between" to the older rule, which knows only talks, dialogues and processes.
 */
export const EVENT_TRACK_BETWEEN = {
  id: 'event.track-between',
  pattern: new RegExp(
    String.raw`(?<=\bthe${SP})((?:\p{Lu}[\p{L}'’-]+${SP}){1,2}(?:track|format|channel|platform)${SP}between${SP}(?:the${SP})?(?:\p{Lu}[\p{L}'’-]*${SP}){0,4}\p{Lu}[\p{L}'’-]*${SP}and${SP}(?:the${SP})?(?:\p{Lu}[\p{L}'’-]*${SP}){0,4}\p{Lu}[\p{L}'’-]*)`,
    'gu',
  ),
};

/** Rule event.track-between over the text (gated on "between"): each event with its start. */
export function tracksBetween(text: string): { surface: string; start: number }[] {
  if (!/\b(?:track|format|channel|platform)[^\S\n]+between\b/.test(text)) return [];
  return [...text.matchAll(EVENT_TRACK_BETWEEN.pattern)].map((m) => ({ surface: m[1]!, start: m.index! }));
}

/** The top27 event rules over the text: event.led-process and event.track-between. */
export function findTop27Events(
  text: string,
  add: (type: 'Event', name: string, start: number, rule: string) => unknown,
): void {
  for (const x of ledProcesses(text)) add('Event', x.surface, x.start, EVENT_LED_PROCESS.id);
  for (const x of tracksBetween(text)) add('Event', x.surface, x.start, EVENT_TRACK_BETWEEN.id);
}
