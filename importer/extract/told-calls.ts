// Calls told with a plural other end: "X spoke by telephone with both Prime Ministers", "Y, who had spoken to the two
// leaders" → "X's telephone calls with the two Prime Ministers", "Y's calls to the two leaders".
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts } from './types.ts';
import { HONORIFIC_RE } from './text.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** Rule event.calls-plural: the verb, the medium, then "both" or "the two" and a plural of leaders. */
export const CALLS_PLURAL =
  /\b(?:spoke|speaks|has[^\S\n]+spoken|had[^\S\n]+spoken|talked)((?:[^\S\n]+(?:by|on[^\S\n]+the|over[^\S\n]+the)[^\S\n]+(?:tele)?phone))?[^\S\n]+(with|to)[^\S\n]+(?:both|the[^\S\n]+two)[^\S\n]+((?:Prime[^\S\n]+Ministers|Presidents|leaders|Leaders|Foreign[^\S\n]+Ministers|ministers|Ministers|heads[^\S\n]+of[^\S\n]+(?:state|government)))\b/gu;
/** What may stand between the caller's name and the verb: nothing, a relative "who", a time adverb. */
const CALLER_GAP = /^(?:,?[^\S\n]+who)?(?:[^\S\n]+(?:also|then|later|earlier|separately))?[^\S\n]+$/;

export function findPluralCalls(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(CALLS_PLURAL)) {
    const si = ctx.sentenceAt(m.index);
    const who = mentions
      .filter((p) => p.sentence === si && (p.to ?? p.end) <= m.index)
      .sort((a, b) => a.start - b.start)
      .pop();
    if (!who || !CALLER_GAP.test(ctx.text.slice(who.to ?? who.end, m.index))) continue;
    const f = add('Event', m[0], m.index, 'event.calls-plural');
    const e = f && ctx.entity(f.key);
    if (!f || !e || e.rule !== 'event.calls-plural') continue;
    const caller = who.surface.replace(HONORIFIC_RE, '').trim();
    f.name = `${caller}'s ${m[1] ? 'telephone calls' : 'calls'} ${m[2]!} the two ${m[3]!.replace(/\s+/g, ' ')}`;
    ctx.rename(e.key, f.name);
    e.props.kind = 'call';
  }
}
