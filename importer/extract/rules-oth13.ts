// Round oth13: DISCUSSED rules (issue 6) — what a sentence tells of another meeting than the readout's own (a session
// or working meal of it, the summit it was held beside, an earlier call) belongs to that meeting, not the main one.
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { EARLIER_MEETING_KIND, EARLIER_MEETING_NAME } from './rules-top15.ts';

/**
 * discussed.other-meeting (oth13): the kinds of meeting a sentence's subject or frame can name, each with the pattern
 * an event's name must match to be that meeting. Generic words for talks ("meeting", "talks", "discussions") are not
 * here: a readout calls its own meeting so.
 */
export const OTHER_MEETING_KINDS: readonly (readonly [string, RegExp])[] = [
  ['summit', /\bsummit\b/i],
  ['plenary(?:\\s+session)?', /\bplenary\b/i],
  ['working\\s+(?:lunch|luncheon|dinner|breakfast)', /\b(?:lunch|luncheon|dinner|breakfast)\b/i],
  ['(?:lunch|luncheon|dinner|breakfast)', /\b(?:lunch|luncheon|dinner|breakfast)\b/i],
  [
    '(?:telephone\\s+|phone\\s+|video\\s+)?(?:call|conversation|conference\\s+call)',
    /\b(?:call|conversation|telephone|phone)\b/i,
  ],
  ['conference', /\bconference\b/i],
  ['forum', /\bforum\b/i],
  ['retreat', /\bretreat\b/i],
  // top15: "At their previous meeting, in Canberra in December, …".
  [EARLIER_MEETING_KIND, EARLIER_MEETING_NAME],
];
const KIND = `(${OTHER_MEETING_KINDS.map(([w]) => w).join('|')})`;
/** Up to three modifiers of the meeting noun ("the 37th AU", "an earlier telephone"). */
const MODS = `(?:[\\p{L}\\p{N}'’.+-]+\\s+){0,3}?`;

/**
 * discussed.other-meeting: a sentence whose subject is a meeting that dealt with something ("The Summit discussed …",
 * "The plenary session addressed …") or whose frame is one ("At the working lunch that followed, the leaders exchanged
 * views on …", "during the call they discussed …", "In a telephone conversation on 2 May, the presidents had
 * discussed …"): group 1 the article, group 2 the noun.
 */
export const OTHER_MEETING_SUBJECT = new RegExp(
  `^(?:[\\p{L}]+,\\s+)?(the|this|that)\\s+${MODS}${KIND}\\s+(?:[\\p{L}]+\\s+){0,3}?(?:also\\s+)?(?:discussed|addressed|considered|reviewed|examined|focused|covered|exchanged|took\\s+stock|was\\s+devoted|dealt)\\b`,
  'iu',
);
export const OTHER_MEETING_FRAME = new RegExp(
  `\\b(?:at|during|in)\\s+(the|that|this|their|a|an|an\\s+earlier)\\s+${MODS}${KIND}\\b[^;]*$`,
  'iu',
);
/** "had discussed", "had agreed": what the sides did before the readout's meeting. */
export const PLUPERFECT = /\bhad\s+(?:(?:also|already|earlier|previously)\s+)?[a-z]+(?:ed|en)\b/i;
/** "on 2 May", "of 11 May", "last week", "in March": a frame dated apart from the readout's meeting. */
export const DATED_AFTER = new RegExp(
  `^\\s+(?:(?:on|of|held\\s+on)\\s+(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2})|last\\s+(?:week|month|year)|earlier\\s+(?:this|that)\\s+(?:week|month|year))`,
  'u',
);

/** What the frame of a position names: another event, a meeting the rules did not find, or nothing. */
export type OtherMeeting = Found | 'elsewhere' | undefined;

/**
 * discussed.other-meeting (oth13): the other meeting a position is told under, when its sentence's subject or frame
 * names a kind of meeting the readout's own is not (its name does not have that noun): the last event of that kind
 * named before it, not planned, not an incident. When no such event was found, the facts still belong elsewhere if the
 * frame is indefinite or dated ("In a telephone conversation on 2 May"), told in the pluperfect ("had discussed"), or a
 * call while the readout's meeting is not one; otherwise (a summit the rules missed) nothing is said.
 */
export function otherMeetingAt(k: RelKit, at: number): OtherMeeting {
  const { ctx, ev, nameOf } = k;
  const s = ctx.sentences[ctx.sentenceAt(at)]!;
  const pre = ctx.text.slice(s.start, at);
  const subject = OTHER_MEETING_SUBJECT.exec(pre);
  const m = subject ?? OTHER_MEETING_FRAME.exec(pre);
  if (!m) return undefined;
  const noun = m[2]!.toLowerCase();
  const kind = OTHER_MEETING_KINDS.find(([w]) => new RegExp(`^${w}$`, 'i').test(noun))![1];
  const earlier =
    PLUPERFECT.test(s.text) ||
    /^(?:a|an)\b/i.test(m[1]!) ||
    /earlier/i.test(m[1]!) ||
    /^(?:previous|last|earlier|prior)\b/i.test(m[2]!);
  const nounEnd = s.start + m.index + m[0].indexOf(m[2]!) + m[2]!.length;
  const dated = DATED_AFTER.test(ctx.text.slice(nounEnd, nounEnd + 40));
  // "at the 51st Pacific Islands Forum Leaders Meeting": a name going on after the noun is no frame of what it names.
  if (!/(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/u.test(ctx.text.slice(nounEnd, at))) return undefined;
  if (k.mainName && kind.test(k.mainName) && !earlier && !dated) return undefined;
  const cue = s.start + m.index;
  const fits = (e: Found) =>
    e.start < at &&
    !e.planned &&
    nameOf(e) !== k.mainName &&
    !INCIDENT_NAME.test(nameOf(e)) &&
    kind.test(nameOf(e)) &&
    (e.end <= cue || e.sentence === s.index);
  const found = ev.eventMentions.filter(fits).pop();
  // "During the summit, the two leaders discussed …": in a frame (not as subject) the gathering the readout's meeting
  // was held at is where it took place.
  if (found && !subject && partOfMain(k, found)) return undefined;
  if (found) return found;
  const callApart = kind.test('call') && !(k.mainName && kind.test(k.mainName));
  return earlier || dated || callApart ? 'elsewhere' : undefined;
}

/** Whether every mention of a name is told of another meeting. */
export function allElsewhere(k: RelKit, mentions: readonly Found[]): boolean {
  return mentions.length > 0 && mentions.every((x) => otherMeetingAt(k, x.start) !== undefined);
}

/** Whether the readout's own meeting is PART_OF the event. */
function partOfMain(k: RelKit, e: Found): boolean {
  const name = k.nameOf(e);
  return k.ctx.relationsOf('PART_OF').some((r) => r.from === k.main?.key && k.ctx.entity(r.to)?.name === name);
}
