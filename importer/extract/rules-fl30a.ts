// Rules of the fl30a round (issue 6), found on the first look of three samples in new issuers' styles (the Hungarian
// Government's plain-text release, the Romanian defence ministry's web page, the Bulgarian interior ministry's
// Markdown release) and stated as general constructions of diplomatic prose; each is tested on made-up sentences in
// rules-fl30a.test.ts.

/**
 * Rule event.main-not-prepared: "Hungary and Ukraine have agreed to begin the preparation of a meeting between Prime
 * Minister A and President B, the minister said …, after talks with C and D": a meeting told as one being prepared,
 * arranged or organised is still to come, so it is no held meeting of the pair and never the readout's own. Tested on
 * the words right before the meeting's noun (at most three words between the cue and the noun).
 */
export const EVENT_MAIN_NOT_PREPARED = {
  id: 'event.main-not-prepared',
  before:
    /\b(?:preparations?\s+(?:of|for)|(?:to|will|would|shall)\s+(?:begin\s+to\s+)?(?:prepare|arrange|organi[sz]e|convene)(?:\s+for)?|organi[sz]ation\s+of)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i,
};

/** Rule event.main-not-prepared: whether the text right before a meeting's noun tells it as being prepared. */
export function preparedBefore(before: string): boolean {
  return /prepar|arrang|organi|conven/i.test(before) && EVENT_MAIN_NOT_PREPARED.before.test(before.slice(-90));
}

/**
 * Rule event.pair-not-prepared: the two people a prepared meeting is "between" ("the preparation of a meeting between
 * Prime Minister A and President B, the minister said …, after talks with C and D") are not the pair of the held talks
 * the same sentence tells; `from` is where the person's mention (with its title) starts.
 */
export const EVENT_PAIR_NOT_PREPARED = {
  id: 'event.pair-not-prepared',
  between:
    /\b(?:meeting|talks|summit|visit|call|conversation|consultations)\s+between\s+(?:[^.;:!?\n]{0,80}?\s+and\s+)?(?:the\s+)?$/i,
};

/** Rule event.pair-not-prepared: whether the mention starting at `from` is one of a prepared meeting's pair. */
export function inPreparedPair(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 200), from);
  const m = EVENT_PAIR_NOT_PREPARED.between.exec(before);
  return !!m && preparedBefore(before.slice(0, m.index));
}

const PREPARED_NOUN_BETWEEN = /\b(?:meeting|talks|summit|visit|call|conversation|consultations)\s+between\b/gi;

/** Rule event.pair-not-prepared: whether a sentence tells a meeting "between" two as being prepared. */
export function tellsPreparedMeeting(sentence: string): boolean {
  if (!/between/i.test(sentence)) return false;
  for (const m of sentence.matchAll(PREPARED_NOUN_BETWEEN))
    if (preparedBefore(sentence.slice(Math.max(0, m.index - 90), m.index))) return true;
  return false;
}

const MONTH_NAMES = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/**
 * Rule event.body-in-place-on-date: "decided by the European Council in Brussels on 14 December", "a decision of the
 * Justice and Home Affairs Council in Brussels on 12 December", "the Human Rights Council in Geneva on 24 February": a
 * sitting body named with the place and the day it met or meets is that meeting, an event named so and also known as
 * "<body> in <place>" (the body stays an organisation where the text names it alone). Only bodies whose name ends in a
 * word of sitting (Council, Summit, Assembly, Conference, Forum); the place is one to three capitalised words.
 */
export const EVENT_BODY_IN_PLACE_ON_DATE = {
  id: 'event.body-in-place-on-date',
  body: /\b(?:Council|Summit|Assembly|Conference|Forum)$/,
  after: new RegExp(
    String.raw`^[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2})[^\S\n]+on[^\S\n]+(\d{1,2}(?:(?:[^\S\n]+and[^\S\n]+|[–-])\d{1,2})?[^\S\n]+${MONTH_NAMES}(?:[^\S\n]+\d{4})?)\b`,
    'u',
  ),
};

/** Rule event.body-in-place-on-date: the meetings of bodies named with place and day, and the short form of each. */
export function bodiesInPlaceOnDate(
  text: string,
  hits: readonly { type: string; start: number; end: number }[],
): { surface: string; start: number; rule: string; alias: string }[] {
  const R = EVENT_BODY_IN_PLACE_ON_DATE;
  const out: { surface: string; start: number; rule: string; alias: string }[] = [];
  for (const h of hits) {
    if (h.type !== 'Organization') continue;
    const body = text.slice(h.start, h.end);
    if (!R.body.test(body)) continue;
    const m = R.after.exec(text.slice(h.end, h.end + 80));
    if (m) out.push({ surface: body + m[0], start: h.start, rule: R.id, alias: `${body} in ${m[1]}` });
  }
  return out;
}

/**
 * Rule event.main-hosted-gathering: "… by the Minister of National Defence, Z, who hosted the ceremony", "X hosted the
 * meeting of NATO Ministers": hosting a gathering named as the verb's object is no meeting of the host with the next
 * person named, so "hosted" / "hosts" tells a meeting only when no gathering's noun follows it.
 */
export const EVENT_MAIN_HOSTED_GATHERING = {
  id: 'event.main-hosted-gathering',
  verb: /\b(?:met|meets|received|receives|welcomed|welcomes)\b|\b(?:hosted|hosts)\b(?![^\S\n]+(?:the|a|an|this|their|its)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?(?:ceremony|signing|summit|conference|forum|session|meeting|talks|round|event|reception|dinner|lunch|luncheon|banquet|breakfast|gathering)\b)/i,
};

/**
 * Rule event.main-signing-behalf-gap: "The Minister …, X, signed in Istanbul on Thursday, 11 January 2024, on behalf of
 * Romania, the Memorandum of …": a side told by "on behalf of" between the signing verb and the agreement is an
 * adverbial like the place and the day, so the opening's signing is still found (event.main-signing-opening).
 */
export const EVENT_MAIN_SIGNING_BEHALF_GAP = {
  id: 'event.main-signing-behalf-gap',
  behalf:
    /,?[^\S\n]*\bon[^\S\n]+behalf[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}'’-]+){0,4}[^\S\n]*,?/gu,
};

/** Rule event.main-signing-behalf-gap: `gap` (the verb → the agreement) with its "on behalf of X" taken out. */
export function withoutBehalfOf(gap: string): string {
  if (!gap.includes('behalf')) return gap;
  return gap.replace(EVENT_MAIN_SIGNING_BEHALF_GAP.behalf, ' ');
}

/**
 * Rule org.council-presidency: "the Hungarian Presidency of the Council of the European Union", "the Belgian Presidency
 * of the Council of the EU": the rotating presidency is the Council of the European Union acting through one member
 * state, so the phrase is that organisation's alias, not an organisation of its own (GUIDE: aliases of one entity).
 */
export const ORG_COUNCIL_PRESIDENCY = {
  id: 'org.council-presidency',
  name: /^(?:\p{Lu}[\p{L}-]+[^\S\n]+)?Presidency[^\S\n]+of[^\S\n]+the[^\S\n]+Council[^\S\n]+of[^\S\n]+the[^\S\n]+(?:European[^\S\n]+Union|EU)$/u,
  canonical: 'Council of the European Union',
};

/** Rule org.council-presidency: the Council's name for a presidency's name, else undefined. */
export function councilOfPresidency(name: string): string | undefined {
  return name.includes('Presidency') && ORG_COUNCIL_PRESIDENCY.name.test(name)
    ? ORG_COUNCIL_PRESIDENCY.canonical
    : undefined;
}
