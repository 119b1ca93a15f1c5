// Meetings known by kind and place, told with a qualifier between the two: "the negotiations between the parties in
// Istanbul in March 2022", "the talks he held with Prime Minister X in Hanoi" → "negotiations in Istanbul in March 2022",
// "talks in Hanoi". (The plain "their meeting in Buenos Aires" is event.meeting-in, "the talks they held in
// Lisbon" event.held-in.)
import type { Ctx } from './context.ts';
import { matchesIf } from './text.ts';
import type { Found } from './types.ts';
import { directedToMeet } from './rules-fl14a.ts';
import { WEEKDAYS } from './lexicons.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Rule event.held-qualified: kind, a "between the parties" or "he held with X" qualifier, then the place (and month, year). */
export const HELD_QUALIFIED = new RegExp(
  `\\b(?:their|the|his|her|its)[^\\S\\n]+(talks|negotiations|consultations|meeting|summit)[^\\S\\n]+` +
    `(?:between[^\\S\\n]+the[^\\S\\n]+(?:two[^\\S\\n]+)?(?:parties|sides|leaders|delegations|countries)|` +
    `(?:he|she|they|we)[^\\S\\n]+(?:had[^\\S\\n]+)?held[^\\S\\n]+with[^\\S\\n]+[^.;,\\n]{1,60}?)` +
    `[^\\S\\n]+in[^\\S\\n]+(\\p{Lu}[\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?)(?![^\\S\\n]+${MONTH}\\b)` +
    `(?:[^\\S\\n]+in[^\\S\\n]+((?:${MONTH}[^\\S\\n]+)?(?:19|20)\\d\\d))?`,
  'gu',
);

export function findHeldQualified(ctx: Ctx, add: AddEvent): void {
  for (const m of ctx.text.matchAll(HELD_QUALIFIED)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const f = add('Event', m[0].slice(m[0].indexOf(m[1]!)), at, 'event.held-qualified');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.held-qualified') continue;
    f.name = `${m[1]!} in ${m[2]!}${m[3] ? ` in ${m[3]}` : ''}`;
    ctx.rename(e.key, f.name);
  }
}

/** Rule event.weekday: "The Monday call", "the Tuesday meeting": a meeting or call known by its weekday. */
export const WEEKDAY_EVENT =
  /\b[Tt]he[^\S\n]+((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[^\S\n]+(?:telephone[^\S\n]+call|phone[^\S\n]+call|call|conversation|meeting|talks))\b/gu;

/** Rule event.leaders-of: "a meeting of the leaders of the Normandy Four", "a summit of the heads of state of the G5". */
export const LEADERS_OF =
  /\b(?:[Aa]n?|[Tt]he)[^\S\n]+((?:summit|meeting)[^\S\n]+of[^\S\n]+the[^\S\n]+(?:leaders|heads[^\S\n]+of[^\S\n]+state(?:[^\S\n]+and[^\S\n]+government)?|foreign[^\S\n]+ministers)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}\d-]*(?:[^\S\n]+\p{Lu}[\p{L}\d-]*){0,3})/gu;

/** What every match of LEADERS_OF holds (`mayMatch`); WEEKDAY_EVENT's hold a weekday. */
const LEADERS_OF_NEEDS = ['leaders', 'heads', 'foreign'];

/** Meetings known by their weekday or by the leaders of a named group that hold them. */
export function findWeekdayAndLeadersOf(ctx: Ctx, add: AddEvent): void {
  for (const [re, rule, needs] of [
    [WEEKDAY_EVENT, 'event.weekday', WEEKDAYS],
    [LEADERS_OF, 'event.leaders-of', LEADERS_OF_NEEDS],
  ] as const)
    for (const m of matchesIf(ctx.text, re, needs)) add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), rule);
}

/** Rule event.group-will-meet: "consular officials of the two countries would meet" → "meeting of consular officials". */
export const GROUP_WILL_MEET =
  /\b((?:(?!(?:that|the|and|which|when|whether|while|if|said|agreed|noted)\b)[a-z][\p{L}-]+[^\S\n]+){0,2}(?:officials|experts|negotiators|commanders|delegations|teams))[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:two|three|both)[^\S\n]+(?:countries|sides|governments)[^\S\n]+(?:will|would|are[^\S\n]+to|agreed[^\S\n]+to|were[^\S\n]+to)[^\S\n]+meet\b/gu;
/** What every match of GROUP_WILL_MEET holds: the sides' noun (`mayMatch`). */
const GROUP_WILL_MEET_NEEDS = ['countries', 'sides', 'governments'];

/** Rule event.directed-to-meet (fl14a): "directed the Chiefs of Defence Forces of X and Y to meet" → a planned meeting. */
function findDirectedToMeet(ctx: Ctx, add: AddEvent): void {
  for (const d of directedToMeet(ctx.text)) {
    const f = add('Event', d.surface, d.start, 'event.directed-to-meet');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.directed-to-meet') continue;
    f.name = d.name;
    ctx.rename(e.key, f.name);
    f.planned = true;
    e.props.status = 'planned';
    delete e.props.date;
  }
}

export function findGroupWillMeet(ctx: Ctx, add: AddEvent): void {
  findDirectedToMeet(ctx, add);
  for (const m of matchesIf(ctx.text, GROUP_WILL_MEET, GROUP_WILL_MEET_NEEDS)) {
    const f = add('Event', m[0], m.index, 'event.group-will-meet');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.group-will-meet') continue;
    f.name = `meeting of ${m[1]!}`;
    ctx.rename(e.key, f.name);
    f.planned = true;
    e.props.status = 'planned';
    delete e.props.date;
  }
}
