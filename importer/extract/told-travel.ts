// A stop of a trip told by its travel: "He travels next to Stockholm for talks with Swedish Prime Minister X".
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts } from './types.ts';

/** "travels next to Stockholm for talks with", "then travelled to Oslo for a meeting with". */
const TRAVEL_FOR =
  /\b(travels|will\s+travel|is\s+to\s+travel|then\s+travels|travelled|traveled|went)[^\S\n]+(?:(?:next|then|on)[^\S\n]+)?to[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)[^\S\n]+for[^\S\n]+(?:a[^\S\n]+)?(talks|meeting|meetings)[^\S\n]+with[^\S\n]+/gu;

/**
 * Rule event.travel-for-talks: "He travels next to Stockholm for talks with Swedish Prime Minister Ulf Kristersson" is
 * the talks with that person in that city ("talks with Swedish Prime Minister Ulf Kristersson in Stockholm"), still to
 * come when the travel is told in the present or future, held when in the past.
 */
export function findTravelForTalks(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const m of ctx.text.matchAll(TRAVEL_FOR)) {
    const end = m.index + m[0].length;
    const who = [...people.personKey.keys()].find(
      (p) =>
        (p.from ?? p.start) >= end && /^\s*(?:the\s+)?[\p{L}\s-]{0,40}$/u.test(ctx.text.slice(end, p.from ?? p.start)),
    );
    if (!who) continue;
    const person = ctx.text.slice(end, who.to ?? who.end);
    const at = m.index + m[0].lastIndexOf(m[3]!);
    const f = add('Event', ctx.text.slice(at, who.to ?? who.end), at, 'event.travel-for-talks');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.travel-for-talks') continue;
    f.name = `${m[3]} with ${person.replace(/\s+/g, ' ')} in ${m[2]}`;
    ctx.rename(c.key, f.name);
    const past = /^(?:travelled|traveled|went)$/.test(m[1]!);
    f.planned = !past;
    c.props.status = past ? 'held' : 'planned';
    c.props.kind = 'meeting';
  }
}
