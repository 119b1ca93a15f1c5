// Meetings known by kind and place, told with a qualifier between the two: "the negotiations between the parties in
// Istanbul in March 2022", "the talks he held with Prime Minister X in Hanoi" → "negotiations in Istanbul in March 2022",
// "talks in Hanoi". (The plain "their meeting in Buenos Aires" is event.meeting-in.)
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Rule event.held-in: kind, a "between the parties" or "he held with X" qualifier, then the place (and month, year). */
export const HELD_IN = new RegExp(
  `\\b(?:their|the|his|her|its)[^\\S\\n]+(talks|negotiations|consultations|meeting|summit)[^\\S\\n]+` +
    `(?:between[^\\S\\n]+the[^\\S\\n]+(?:two[^\\S\\n]+)?(?:parties|sides|leaders|delegations|countries)|` +
    `(?:he|she|they|we)[^\\S\\n]+(?:had[^\\S\\n]+)?held[^\\S\\n]+with[^\\S\\n]+[^.;,\\n]{1,60}?)` +
    `[^\\S\\n]+in[^\\S\\n]+(\\p{Lu}[\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?)(?![^\\S\\n]+${MONTH}\\b)` +
    `(?:[^\\S\\n]+in[^\\S\\n]+((?:${MONTH}[^\\S\\n]+)?(?:19|20)\\d\\d))?`,
  'gu',
);

export function findHeldIn(ctx: Ctx, add: AddEvent): void {
  for (const m of ctx.text.matchAll(HELD_IN)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const f = add('Event', m[0].slice(m[0].indexOf(m[1]!)), at, 'event.held-in');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.held-in') continue;
    f.name = `${m[1]!} in ${m[2]!}${m[3] ? ` in ${m[3]}` : ''}`;
    ctx.rename(e.key, f.name);
  }
}
