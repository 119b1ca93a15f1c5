// Round top15: meetings of joint bodies of two states told without an ordinal (issue 6). This file imports nothing, so
// that the event stage can call it without an import cycle; tests in rules-top15.test.ts.

/** A joint body of two sides: "Angola–Namibia Joint Commission of Cooperation", "Binational Cabinet". */
const JOINT_BODY =
  "(?:\\p{Lu}[\\p{L}'’]*(?:[-–]\\p{Lu}[\\p{L}'’]*)*[^\\S\\n]+){0,4}?(?:Joint|Intergovernmental|Inter-Governmental|Bilateral|Binational|Bi-National|Mixed)[^\\S\\n]+(?:Permanent[^\\S\\n]+)?(?:Council|Commission|Committee|Cabinet)(?:[^\\S\\n]+(?:of|for|on)[^\\S\\n]+\\p{Lu}[\\p{L}'’]*(?:[^\\S\\n]+(?:and[^\\S\\n]+)?\\p{Lu}[\\p{L}'’]*){0,2})?";

/** Patterns of the top15 event rules, as named data. */
export const TOP15_EVENT_PATTERNS = {
  /**
   * Rule event.joint-body-session: "the ministerial session of the Angola–Namibia Joint Commission of Cooperation",
   * "the annual meeting of the Joint Committee": a sitting of a joint body named by its kind rather than an ordinal
   * (event.ordinal-body-meeting reads the ordinals).
   */
  jointBodySession: new RegExp(
    `\\b(?:ministerial|plenary|annual|inaugural|extraordinary|regular|latest|technical)[^\\S\\n]+(?:meeting|session)[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+${JOINT_BODY}`,
    'gu',
  ),
  /**
   * Rule event.joint-body-of-sides: "The Binational Cabinet of Peru and Ecuador met in Tumbes", "the Joint Commission
   * of Ghana and Togo will meet": a joint body named by its two sides, as the subject of a verb of meeting, is a
   * sitting of it (the verb is not part of the name).
   */
  jointBodyOfSides: new RegExp(
    `\\b(?:Joint|Binational|Bi-National|Intergovernmental|Mixed)[^\\S\\n]+(?:Permanent[^\\S\\n]+)?(?:Cabinet|Commission|Committee|Council)(?:[^\\S\\n]+(?:for|on)[^\\S\\n]+\\p{Lu}[\\p{L}'’]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’]*){0,2})?[^\\S\\n]+of[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){0,2}[^\\S\\n]+and[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){0,2}(?=[^\\S\\n]+(?:met|meets|convened|opened|closed|concluded|ended|held|will[^\\S\\n]+(?:meet|convene)))`,
    'gu',
  ),
};

/** The sittings of joint bodies told by their kind or by their sides (event.joint-body-session, -of-sides). */
export function jointBodyMeetings(text: string): { surface: string; start: number; rule: string }[] {
  if (!/Council|Commission|Committee|Cabinet/.test(text)) return [];
  const out: { surface: string; start: number; rule: string }[] = [];
  for (const m of text.matchAll(TOP15_EVENT_PATTERNS.jointBodySession))
    out.push({ surface: m[0], start: m.index, rule: 'event.joint-body-session' });
  for (const m of text.matchAll(TOP15_EVENT_PATTERNS.jointBodyOfSides))
    out.push({ surface: m[0], start: m.index, rule: 'event.joint-body-of-sides' });
  return out;
}

/** Whether an organisation hit lies inside a sitting of a joint body (an Event, not a body; as inOrdinalMeeting). */
export function inJointBodyMeeting(text: string, start: number, end: number): boolean {
  return jointBodyMeetings(text).some((m) => start < m.start + m.surface.length && end > m.start);
}
