// One gathering under two descriptions: "President X, who is in Osaka for the G20 Summit, …" and later "the Osaka
// meeting" are one event, not two.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';

/** "in Osaka for the", "in Madrid to attend the", "in Bali at the": the place a gathering is held, told before it. */
const IN_PLACE_FOR =
  /\bin[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)[^\S\n]+(?:for|to[^\S\n]+attend|attending|at)[^\S\n]+(?:the[^\S\n]+)?$/u;
/** " in Osaka": the place told right after a gathering's name. */
const IN_PLACE_AFTER = /^[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/u;
/** A gathering's head: what a place-named meeting may stand for. */
const GATHERING = /\b(?:summit|meeting|conference|forum|assembly|session)\b/i;

/**
 * Rule event.place-named.same: a meeting named by its place alone ("the Osaka meeting", event.place-named) is the one
 * held gathering the text places there ("in Osaka for the G20 Summit", "the G20 Summit in Osaka"); it takes that
 * gathering's name. Two gatherings placed there, or none: left alone.
 */
export function mergePlaceNamed(ctx: Ctx, events: Found[]): void {
  for (const short of events.filter((e) => ctx.entity(e.key)?.rule === 'event.place-named')) {
    const place = short.name.split(/\s+/)[0]!;
    const placed = new Set(
      events
        .filter((e) => e.name !== short.name && !e.planned && GATHERING.test(e.name) && placedAt(ctx, e) === place)
        .map((e) => e.name),
    );
    if (placed.size !== 1) continue;
    const [to] = [...placed];
    const old = short.name;
    ctx.renameAll('Event', old, to!);
    for (const f of events) if (f.name === old) f.name = to!;
  }
}

/** The place told with an event's mention: before it ("in Osaka for the") or right after it (" in Osaka"). */
function placedAt(ctx: Ctx, e: Found): string | undefined {
  const before = IN_PLACE_FOR.exec(ctx.text.slice(Math.max(0, e.start - 60), e.start))?.[1];
  return before ?? IN_PLACE_AFTER.exec(ctx.text.slice(e.end, e.end + 40))?.[1];
}
