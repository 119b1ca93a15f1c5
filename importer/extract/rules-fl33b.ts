// Rules of the fl33b round (issue 6), found on the first look of three samples in new house styles (the CSTO
// Secretariat's plain text, the OPCW's web page, Algeria's foreign ministry in Markdown) and stated as general
// constructions of diplomatic prose; each is tested on made-up sentences in rules-fl33b.test.ts.
// This file imports nothing, so any stage may use it without closing an import cycle.

/**
 * Rule place.travelled-to-where (main-event.ts, placeInSentence): "THE HAGUE — The Director-General travelled today to
 * Damascus, where he met …", "The Secretary traveled to Seoul, where she met …", "flew to Abu Dhabi on Monday, where
 * he held talks with …": the city a person travelled to, told by a "where" clause that holds the meeting, places the
 * meeting, not the dateline of the issuer's head office. Only with the "where" clause after it (a journey "to Paris"
 * alone may be the next leg), and not when the place is a state (a country visited is not the city met in).
 */
export const PLACE_TRAVELLED_TO_WHERE = {
  id: 'place.travelled-to-where',
  pattern:
    /\b(?:travel+ed|went|flew|came|returned)\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2}(?:\s+\p{Lu}\p{Ll}+)?(?:\s+\d{4})?)?|also|then|again)\s+){0,2}to\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?![\p{L}'’-])[^.;]{0,90}?,\s*where\s+(?:he|she|they|the\s+\p{L}+(?:\s+\p{L}+)?|\p{Lu}[\p{L}-]+)\s+(?:also\s+)?(?:met|held|had|received|called\s+on|was\s+received)\b/u,
};

/**
 * The city the sentence's traveller went to, when a "where" clause tells a meeting held there
 * (PLACE_TRAVELLED_TO_WHERE); `isStateOrBody` rejects a name that is a state or organisation of the gazetteer.
 */
export function travelledToWhere(text: string, isStateOrBody: (w: string) => boolean): string | undefined {
  const m = PLACE_TRAVELLED_TO_WHERE.pattern.exec(text);
  if (!m) return undefined;
  const w = m[1]!;
  if (/^(?:The|This|That|Their|His|Her)\b/.test(w) || isStateOrBody(w)) return undefined;
  return w;
}

/**
 * Rule event.session-not-day-before (rules-fl15a.ts, event.session-of-main): "The day before, on 27 November, the
 * councils of ministers held a joint session in Astana", "On the eve of the summit, the ministers met in a restricted
 * session": a session told as held the day before (or on the eve of) the readout's meeting is a meeting of its own,
 * not a session of that meeting, and its people do not take part in the whole. The same framing tells a separate
 * meeting in other readouts ("On the eve of the meeting, the Federal Minister received …", "On the eve of the
 * ministerial meeting, the Prime Minister received …").
 */
export const EVENT_SESSION_NOT_DAY_BEFORE = {
  id: 'event.session-not-day-before',
  pattern:
    /\b(?:the\s+day\s+before|the\s+previous\s+day|the\s+preceding\s+day|a\s+day\s+earlier|the\s+evening\s+before|on\s+the\s+eve\s+of)\b/i,
};

/** Whether the text before a session's noun tells it as held the day before the readout's meeting. */
export function toldDayBefore(before: string): boolean {
  return EVENT_SESSION_NOT_DAY_BEFORE.pattern.test(before);
}
