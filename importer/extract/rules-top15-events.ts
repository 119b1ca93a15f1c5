// Round top15: meetings of joint bodies of two states told without an ordinal (issue 6). This file imports only the
// text helpers, so that the event stage can call it without an import cycle; tests in rules-top15.test.ts.
import { matchAllInLines } from './text.ts';
import { literalGate } from './literal-need.ts';

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
    `\\b(?:ministerial|plenary|annual|extraordinary|regular|latest|technical)[^\\S\\n]+(?:meeting|session)[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+${JOINT_BODY}`,
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
  /**
   * Rule event.consultations-with: "Political consultations with Mongolia were held at the Czernin Palace", "Bilateral
   * consultations with the Republic of Korea took place in Prague": consultations of the issuer's state with another,
   * told with no person, as the subject of "were held" / "took place" (group 1 the name).
   */
  consultationsWith:
    /\b((?:[Pp]olitical|[Bb]ilateral|[Ii]nter-?ministerial|[Cc]onsular|[Ss]trategic|[Ff]oreign[^\S\n]+[Oo]ffice|[Dd]iplomatic)[^\S\n]+consultations[^\S\n]+with[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}'’-]*){0,3})(?=[^\S\n]+(?:were|was)[^\S\n]+held\b|[^\S\n]+took[^\S\n]+place\b)/gu,
  /**
   * Rule event.possessive-with: "Sri Lanka's negotiations with the International Monetary Fund", "Ethiopia's talks with
   * Egypt": a state's or body's talks with another named by their two sides (group 1 the owner, group 2 the partner;
   * the event stage keeps only owners and partners that are states or bodies).
   */
  possessiveWith:
    /\b((?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,2}\p{Lu}[\p{L}-]*)['’]s[^\S\n]+(?:(?:ongoing|stalled|recent|bilateral|direct|indirect)[^\S\n]+)?(?:negotiations|talks|consultations|dialogue)[^\S\n]+with[^\S\n]+((?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}[\p{L}'’-]*){0,4})/gu,
};

type JointBodyMeeting = { surface: string; start: number; rule: string };

/** The last text's sittings: the event stage and every organisation hit ask for the same text's (one scan per text). */
let lastSittings: { text: string; sittings: readonly JointBodyMeeting[] } | undefined;

/** The sittings of joint bodies told by their kind or by their sides (event.joint-body-session, -of-sides). */
export function jointBodyMeetings(text: string): readonly JointBodyMeeting[] {
  if (lastSittings?.text !== text) lastSittings = { text, sittings: scanJointBodyMeetings(text) };
  return lastSittings.sittings;
}

function scanJointBodyMeetings(text: string): JointBodyMeeting[] {
  if (!/Council|Commission|Committee|Cabinet/.test(text)) return [];
  const out: JointBodyMeeting[] = [];
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

/** TOP15_EVENT_PATTERNS.consultationsWith's literals (perf25a): a text without them is not scanned. */
const CONSULTATIONS_WITH_GATE = literalGate(TOP15_EVENT_PATTERNS.consultationsWith);

/** The consultations of the issuer's state told with no person (event.consultations-with): name and start. */
export function consultationsWith(text: string): { surface: string; start: number; rule: string }[] {
  if (!CONSULTATIONS_WITH_GATE(text)) return [];
  return [...text.matchAll(TOP15_EVENT_PATTERNS.consultationsWith)].map((m) => ({
    surface: m[1]!,
    start: m.index,
    rule: 'event.consultations-with',
  }));
}

/** What every match of TOP15_EVENT_PATTERNS.possessiveWith holds, on one line (`matchAllInLines`). */
const POSSESSIVE_WITH_LINE = /(?:negotiations|talks|consultations|dialogue)[^\S\n]+with[^\S\n]/;

/** Talks named by their owner and partner (event.possessive-with): the span and its two sides' texts. */
export function possessiveWith(text: string): { surface: string; start: number; owner: string; partner: string }[] {
  return matchAllInLines(text, TOP15_EVENT_PATTERNS.possessiveWith, POSSESSIVE_WITH_LINE).map((m) => ({
    surface: m[0],
    start: m.index,
    owner: m[1]!,
    partner: m[2]!,
  }));
}

/**
 * Rule event.main-not-discussed-gathering (top15): "X met Y in Paris. They also discussed the G20 Summit in Rio": a
 * summit or conference named after the opening as what the meeting went over (after a verb of discussing, briefing or
 * reviewing, at most four words before it) is its subject, not the readout's own meeting told again by a noun. The
 * text of the sentence before the gathering's mention.
 */
export const DISCUSSED_BEFORE =
  /\b(?:discussed|discussing|discuss|exchanged\s+(?:views|opinions|assessments)\s+(?:on|about|regarding)|touched\s+(?:up)?on|reviewed|addressed|talked\s+about|spoke\s+about|focused\s+on|covered|raised|briefed\s+(?:\S+\s+){0,3}?(?:on|about)|informed\s+(?:\S+\s+){0,3}?(?:of|about))\s+(?:the\s+)?(?:(?:outcome|outcomes|results?|preparations?|follow-up|agenda)\s+(?:of|for|to)\s+(?:the\s+)?)?(?:[\p{L}\p{N}'’.-]+\s+){0,4}$/iu;

/** Whether a gathering's mention is told as a subject of discussion (event.main-not-discussed-gathering). */
export function toldAsSubject(sentenceBefore: string): boolean {
  return DISCUSSED_BEFORE.test(sentenceBefore);
}
