// The fl13a round's rules (issue 6), written on three first-look samples in styles new to the project (Thailand's,
// Jordan's and Ethiopia's foreign ministries) and tested on made-up sentences in rules-fl13a.test.ts. Rule ids are
// what --explain prints (the office and person rules show through the rule of the title they shape).
import { MONTHS } from './lexicons.ts';
import { GIVEN_NAME_STATES } from './states.ts';
import { alt } from './text.ts';

/** Patterns of the fl13a rules, as named data. */
export const FL13A_PATTERNS = {
  /**
   * Rule office.assistant-to-leader: "Assistant" heads a title of its own when "to the <leader>" follows ("Assistant
   * to the President for National Security Affairs"); elsewhere it stays a modifier ("Assistant Secretary of State").
   */
  assistantHead:
    'Assistant(?=[^\\S\\n]+to[^\\S\\n]+the[^\\S\\n]+(?:President|Prime Minister|Chancellor|King|Emir|Crown Prince|Secretary-General)(?![\\p{L}-]))',
  /** Rule office.and-title-name: "and " before a second title that a name follows. */
  andBefore: /^\s+and\s+/,
  /**
   * Rule person.gapped-side: the side's noun and its verb (or the gapped "by" alone) between a state and the person:
   * "…, and the Somali delegation by Minister X", "the Ugandan side, led by Minister Y".
   */
  /**
   * Rule reached-at.agreed-on: "met in Ankara … and agreed on the Ankara Declaration": "agreed on" with a capitalised
   * name right after it (no "agreed on the need to …") reaches it at the readout's meeting.
   */
  agreedOnNamed: /\bagreed[^\S\n]+(?:on|upon)[^\S\n]+(?:the[^\S\n]+)?\**(?=\p{Lu})/u,
  /** Rule reached-at.signed-in-other-month: a signing verb and its article right before the agreement. */
  signedBefore: /\b(?:signed|concluded|adopted|initial(?:l)?ed|reached)\s+(?:a|an|the|its|their)\s+$/,
  /** … and after it, its partner and the month: " with Somaliland in January 2024". */
  monthAfter: new RegExp(
    `^\\s+(?:with\\s+[^.;,]{1,40}?\\s+)?(?:in|on)\\s+(?:\\d{1,2}\\s+)?(${alt(MONTHS)})(?:\\s+\\d{1,2})?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
    'u',
  ),
  /**
   * Rule event.title-visit-of: a press release's title "(Official) Visit to <Place> of/by <the visitor's title or name>
   * (and …)": the visit is named by its kind and place.
   */
  titleVisitOf:
    /^((?:(?:Official|State|Working|Official Working|Bilateral)\s+)?Visit\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+(?:of|by)\s+(?:the\s+|H\.E\.\s+)?\p{Lu}/u,
  /** Rule participated.alias-other-day: "held (in <Place>) on 26(–27) January (2024)" right after "the meeting". */
  heldOnDay: new RegExp(
    `^\\s+held\\s+(?:in\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+)?on\\s+(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+(${alt(MONTHS)})(?:\\s+((?:19|20)\\d\\d))?\\b`,
    'u',
  ),
  sideBy: /^\s+(?:delegation|side|team)\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:(?:led|headed)\s+)?by\s+$/,
};

/**
 * Rule person.given-name-address: in states where a person is called by the first name, the rest being patronymics
 * ("Prime Minister Abiy Ahmed" … "Prime Minister Abiy"), a short mention by the first word does not show the name
 * written family name first: the order stays.
 */
export function keepsGivenFirst(state: string | undefined): boolean {
  return state !== undefined && GIVEN_NAME_STATES.has(state);
}

/**
 * Rule person.gapped-side: the state of the side a person heads when the text before the person's mention (from the
 * sentence's start) ends "the <State or demonym> delegation (was led) by ". `stateEndingAt` gives the state whose
 * mention ends at an offset of `before`. Undefined when there is none.
 */
export function gappedSide(before: string, stateEndingAt: (at: number) => string | undefined): string | undefined {
  const m =
    /\bthe\s+\S[^,;]*?((\s+(?:delegation|side|team))\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:(?:led|headed)\s+)?by\s+)$/.exec(
      before,
    );
  if (!m || !FL13A_PATTERNS.sideBy.test(m[1]!)) return undefined;
  // The gazetteer reads the side with its noun ("Somali delegation") or the demonym alone.
  const at = m.index + m[0].length - m[1]!.length;
  return stateEndingAt(at) ?? stateEndingAt(at + m[2]!.length);
}

/**
 * Rule reached-at.signed-in-other-month: "after Ethiopia signed a memorandum of understanding with Somaliland in January
 * 2024": an agreement whose signing the sentence dates to another month (or year) than the readout's was not reached at
 * the readout's own meeting. `before` and `after` are the text either side of the agreement's mention, `docDate` ISO.
 */
export function signedInOtherMonth(before: string, after: string, docDate: string | undefined): boolean {
  const date = /^(\d{4})-(\d{2})/.exec(docDate ?? '');
  if (!date || !FL13A_PATTERNS.signedBefore.test(before)) return false;
  const m = FL13A_PATTERNS.monthAfter.exec(after);
  if (!m) return false;
  const month = MONTHS.indexOf(m[1]! as (typeof MONTHS)[number]) + 1;
  return month !== +date[2]! || (m[2] !== undefined && +m[2] !== +date[1]!);
}

/** Rule event.title-visit-of: "Visit to Thailand of the Minister …" → "Visit to Thailand"; undefined for other titles. */
export function visitOfTitle(title: string): string | undefined {
  return FL13A_PATTERNS.titleVisitOf.exec(title)?.[1];
}

/** … and the body's own mention of that visit ("paid an official visit to Thailand"), which is then the readout's event. */
export function sameVisit<T extends { name: string; planned: boolean }>(
  visit: string,
  events: readonly T[],
): T | undefined {
  const tail = visit.replace(/^(?:Official\s+Working|Official|State|Working|Bilateral)\s+/, '').toLowerCase();
  return events.find((e) => !e.planned && e.name.toLowerCase().endsWith(tail));
}

/**
 * Rule participated.alias-other-day: a definite "the meeting" told as "held … on <day> <Month>" on days that do not
 * include the readout's date is another meeting than the readout's own. `after` is the text after the alias.
 */
export function heldOnOtherDay(after: string, docDate: string | undefined): boolean {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(docDate ?? '');
  const m = FL13A_PATTERNS.heldOnDay.exec(after);
  if (!d || !m) return false;
  const month = MONTHS.indexOf(m[3]! as (typeof MONTHS)[number]) + 1;
  if (month !== +d[2]! || (m[4] !== undefined && +m[4] !== +d[1]!)) return true;
  const from = +m[1]!;
  const to = m[2] ? +m[2] : from;
  return +d[3]! < from || +d[3]! > to;
}
