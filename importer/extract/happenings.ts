// Events named by what happened rather than by a title: a courtesy call on someone, a missile fired, an aircraft
// shot down, exercises, talks known by their rank and rounds of consultations. Run by events.ts with its `add`.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';
import type { PeopleFacts } from './types.ts';
import { matchAllInLines, matchesIf } from './text.ts';

type Add = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** "paid a courtesy call on Ms. Park Geun-hye": a call on a named person. */
export const COURTESY_CALL =
  /\bcourtesy[^\S\n]+call[^\S\n]+on[^\S\n]+(?:(?:Mr|Ms|Mrs|Dr|H\.E)\.?[^\S\n]+)?(?:\p{Lu}[\p{L}'’.-]*[^\S\n]+){0,4}\p{Lu}[\p{L}'’-]+/gu;
/** "the Director-General-level consultations", "working-level talks": talks known by the rank that holds them. */
const LEVEL_TALKS =
  /\b(?:(?:\p{Lu}[\p{L}]*-)+|working-|expert-|vice-ministerial-|ministerial-)level[^\S\n]+(?:consultations|talks|dialogue|meetings?)\b/gu;
/**
 * Rule event.group-meeting: "an informal meeting of the regional army commanders", "a meeting of defence attachés", "a
 * high-level meeting in June": a meeting named by the group that holds it, or by its rank.
 */
const GROUP_MEETING =
  /\b(?:[Aa]n?|[Tt]he)[^\S\n]+((?:(?:informal|formal|technical|high-level|annual|special|joint|first|second|further)[^\S\n]+){0,2}meetings?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:(?:[a-z][\p{L}-]*|Canadian|Chinese|American|Russian|Ukrainian|European)[^\S\n]+(?:and[^\S\n]+)?){0,4}(?:commanders|attach[ée]s|officials|experts|envoys|negotiators|delegations|representatives|chiefs|coordinators)|high-level[^\S\n]+meeting)\b/gu;
const ROUNDS_OF =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)[^\S\n]+rounds[^\S\n]+of[^\S\n]+((?:[\p{L}-]+[^\S\n]+){1,5}?(?:consultations|negotiations|talks))\b/gu;
/** "the exercises "Dharma Guardian" and "SHINYUU Maitri"": exercises named in quotes. */
const EXERCISE_LIST = /\bexercises?[^\S\n]+((?:["“][^"”\n]{2,40}["”](?:,[^\S\n]*|[^\S\n]+and[^\S\n]+)?)+)/g;
/** "the first bilateral fighter aircraft exercise": an exercise known by its order and kind. */
const EXERCISE_NP =
  /\b(?:first|second|third|next|inaugural|first-ever)[^\S\n]+(?:bilateral|joint|trilateral)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,3}exercise\b/gu;
/** "the intercontinental ballistic missile fired by North Korea": a launch told by its missile and launcher. */
const MISSILE_FIRED =
  /\b(?:(?:intercontinental|short-range|medium-range|intermediate-range|long-range|submarine-launched|ballistic|cruise|hypersonic)[^\S\n]+){0,3}(?:missiles?|rockets?)[^\S\n]+(?:fired|launched)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+){0,2}/gu;
/** "The plane was shot down over the Mediterranean Sea": a downing told of an aircraft named before. */
const SHOT_DOWN_PASSIVE =
  /\b(?:The|the)[^\S\n]+(?:plane|aircraft|airliner|jet|drone|helicopter)[^\S\n]+(?:was|had been)[^\S\n]+shot[^\S\n]+down\b/g;
/** Trigger words of the happenings' whole-text patterns: every match holds one (`mayMatch`). */
const HAPPENING_NEEDS = {
  courtesyCall: ['courtesy'],
  missileFired: ['fired', 'launched'],
  exercise: ['exercise'],
  roundsOf: ['rounds'],
  shotDown: ['shot', 'shoot'],
};
/** "the Russian Il-20 aircraft": an aircraft named by its owner and type. */
const AIRCRAFT_NP =
  /\bthe[^\S\n]+(?:\p{Lu}[\p{L}\d-]*[^\S\n]+){1,5}(?:aircraft|plane|airliner|jet|drone|helicopter)\b/gu;
/** "shot down Ukraine International Airlines Flight PS752", "shot down a Russian Il-20 aircraft". */
const SHOT_DOWN =
  /\b(?:shot|shoot|shoots|shooting)[^\S\n]+down[^\S\n]+((?:(?:the|a|an)[^\S\n]+)?(?:[\p{L}\d-]+[^\S\n]+){0,3}?(?:\p{Lu}[\p{L}\d-]*[^\S\n]+){0,5}(?:Flight[^\S\n]+[A-Z]{0,3}\d+|aircraft|airliner|plane|jet|drone|helicopter))\b/gu;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "the rockets fired in June", "the drones launched at Odesa": an attack told by a participle, pinned by time or target. */
const FIRED = new RegExp(
  `\\b(?:the|a|an)[^\\S\\n]+((?:[\\p{L}-]+[^\\S\\n]+){0,2}?(?:missiles?|rockets?|drones?|shells)[^\\S\\n]+(?:fired|launched)[^\\S\\n]+(?:in[^\\S\\n]+${MONTH}(?:[^\\S\\n]+\\d{4})?|on[^\\S\\n]+\\d{1,2}[^\\S\\n]+${MONTH}|(?:at|on|against|into)[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?))`,
  'gu',
);
/** Words every match of FIRED holds (mayMatch). */
const FIRED_NEEDS = ['fired', 'launched'];
/** "their 12th meeting", "the third call": a meeting of a series known by its ordinal. */
const ORDINAL_MEETING =
  /\btheir[^\S\n]+((?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[^\S\n]+(?:meeting|summit|telephone call|call|conversation))\b/giu;
/** "their calls of 3 and 5 May": meetings or calls known by their days. */
const OF_DAYS = new RegExp(
  `\\b(?:their|the)[^\\S\\n]+((?:telephone[^\\S\\n]+|phone[^\\S\\n]+)?(?:calls?|conversations?|meetings?|talks)[^\\S\\n]+of[^\\S\\n]+\\d{1,2}(?:[^\\S\\n]+and[^\\S\\n]+\\d{1,2})?[^\\S\\n]+${MONTH}(?:[^\\S\\n]+\\d{4})?)`,
  'gu',
);
/** What every match of OF_DAYS holds: "of" and the day's number (mayMatch). */
const OF_DAYS_NEEDS = /of[^\S\n]+\d/;
/** "the talks they held in Lisbon": a meeting known by its kind and the place it was held in. */
const HELD_IN =
  /\bthe[^\S\n]+(talks|meeting|summit|consultations|negotiations)[^\S\n]+(?:that[^\S\n]+)?(?:they|he|she|we|the[^\S\n]+two[^\S\n]+\w+)[^\S\n]+(?:had[^\S\n]+)?held[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/gu;
const HELD_IN_NEEDS = ['held'];

/**
 * event.fired / event.ordinal / event.of-days / event.held-in: events referred to by a participle, an ordinal, their
 * days or their place rather than by a name.
 */
export function findReferredEvents(ctx: Ctx, add: Add): void {
  const text = ctx.text;
  for (const m of matchesIf(text, FIRED, FIRED_NEEDS)) {
    const f = add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.fired');
    const c = f && ctx.entity(f.key);
    if (c && c.rule === 'event.fired') c.props.kind = 'incident';
  }
  for (const m of matchAllInLines(text, ORDINAL_MEETING, /their/i))
    if (!/\b(?:This|It|That)\s+(?:was|is)\s+(?:also\s+)?$/.test(text.slice(Math.max(0, m.index - 20), m.index)))
      add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.ordinal');
  for (const m of matchesIf(text, OF_DAYS, OF_DAYS_NEEDS))
    add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.of-days');
  for (const m of matchesIf(text, HELD_IN, HELD_IN_NEEDS)) {
    // "the talks he had held in Tokyo on May 9: the … Summit Meeting, the …": a list of named meetings follows.
    if (/^[^.;:]{0,30}:/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const f = add('Event', m[0].slice(4), m.index + 4, 'event.held-in');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.held-in') continue;
    f.name = `${m[1]} in ${m[2]}`;
    ctx.rename(c.key, f.name);
  }
}

/** "paid a courtesy call on Ms. Park Geun-hye" → "courtesy call on President Park Geun-hye". */
export function findCourtesyCalls(ctx: Ctx, people: PeopleFacts, add: Add): void {
  const text = ctx.text;
  for (const m of matchesIf(text, COURTESY_CALL, HAPPENING_NEEDS.courtesyCall)) {
    const f = add('Event', m[0], m.index, 'event.courtesy-call');
    const c = f && ctx.entity(f.key);
    const p = f && [...people.personKey.keys()].find((x) => x.start >= f.start && x.end <= f.end);
    const cl = p && people.clusters.find((x) => x.mentions.includes(p));
    if (!f || !c || !cl || c.rule !== 'event.courtesy-call') continue;
    // Named after the person called on, with the title the readout gives them: "courtesy call on President Park Geun-hye".
    const title = people.offices.get(cl)?.[0]?.title;
    f.name = `courtesy call on ${title ? `${title} ` : ''}${cl.name}`;
    ctx.rename(c.key, f.name);
  }
}

/** Missiles fired, exercises, rank-level talks, rounds of consultations and aircraft shot down. */
/** What tells a group's meeting is still to come: "agreed to …", "to be followed by …", "will hold …". */
const GROUP_PLANNED = /\b(?:will|would|to\s+be|agreed|agree|plans?|planned|next|upcoming|forthcoming|followed)\b/;

function groupMeeting(ctx: Ctx, add: Add, m: RegExpExecArray): void {
  const at = m.index + m[0].indexOf(m[1]!);
  const f = add('Event', m[1]!, at, 'event.group-meeting');
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== 'event.group-meeting') return;
  const s = ctx.sentences[ctx.sentenceAt(m.index)]!;
  const around = ctx.text.slice(Math.max(s.start, m.index - 80), Math.min(s.end, m.index + m[0].length + 60));
  if (!GROUP_PLANNED.test(around)) return;
  f.planned = true;
  c.props.status = 'planned';
}

export function findHappenings(ctx: Ctx, add: Add): void {
  const text = ctx.text;
  for (const m of matchesIf(text, MISSILE_FIRED, HAPPENING_NEEDS.missileFired))
    add('Event', m[0], m.index, 'event.incident');
  // Exercises: "the exercises "Dharma Guardian" and "SHINYUU Maitri"", "the first bilateral fighter aircraft exercise".
  for (const m of matchesIf(text, EXERCISE_LIST, HAPPENING_NEEDS.exercise))
    for (const q of m[1]!.matchAll(/["“]([^"”\n]{2,40})["”]/g))
      add('Event', q[1]!, m.index + m[0].indexOf(q[0]) + 1, 'event.exercise');
  for (const m of matchesIf(text, EXERCISE_NP, HAPPENING_NEEDS.exercise)) add('Event', m[0], m.index, 'event.exercise');
  for (const m of matchAllInLines(text, LEVEL_TALKS, /-level/)) add('Event', m[0], m.index, 'event.level-talks');
  for (const m of text.matchAll(GROUP_MEETING)) groupMeeting(ctx, add, m);
  // "held 13 rounds of high-level economic and trade consultations": the consultations, all rounds together.
  for (const m of matchesIf(text, ROUNDS_OF, HAPPENING_NEEDS.roundsOf))
    add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.rounds-of');
  // "its armed forces had shot down Ukraine International Airlines Flight PS752": the downing of a named aircraft.
  const downing = (np: string, at: number) => {
    const f = add('Event', np, at, 'event.shot-down');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.shot-down') return;
    f.name = `downing of ${/^the\s/i.test(np) ? 'the ' : ''}${c.name}`;
    ctx.rename(c.key, f.name);
    c.props.kind = 'incident';
  };
  for (const m of matchesIf(text, SHOT_DOWN, HAPPENING_NEEDS.shotDown)) downing(m[1]!, m.index + m[0].indexOf(m[1]!));
  // "… on board the Russian Il-20 aircraft. The plane was shot down …": the aircraft named just before.
  for (const m of matchesIf(text, SHOT_DOWN_PASSIVE, HAPPENING_NEEDS.shotDown)) {
    const before = text.slice(Math.max(0, m.index - 400), m.index);
    const np = [...before.matchAll(AIRCRAFT_NP)].pop();
    if (np) downing(np[0], m.index - before.length + np.index);
  }
}
