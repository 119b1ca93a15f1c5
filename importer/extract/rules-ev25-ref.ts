// The ctx-level half of event.referred-pair-meeting (rules-ev25.ts): "after the meeting of Prime Minister A and
// President B in Kazan" is the A-B meeting in Kazan, an Event whose span holds the two.
import type { Ctx } from './context.ts';
import { EVENT_REFERRED_PAIR_ID, referredPairMeetings } from './rules-ev25.ts';
import { familyName } from './told-meetings.ts';
import type { Found, PeopleFacts } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** Rule event.referred-pair-meeting over every prose sentence. */
export function findReferredPairMeetings(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  for (const s of ctx.sentences) {
    if (s.heading || !/\b(?:meeting|summit|talks)\s+(?:of|between)\b/.test(s.text)) continue;
    const ms = [...people.personKey.keys()]
      .filter((p) => p.sentence === s.index)
      .sort((a, b) => a.start - b.start)
      .map((p) => {
        const c = people.clusters.find((x) => x.mentions.includes(p));
        return { from: p.from ?? p.start, to: p.to ?? p.end, family: c ? familyName(c) : '' };
      });
    for (const r of referredPairMeetings(s.text, s.start, ms)) {
      if (ctx.covering('Event', r.at, r.end).length) continue;
      const f = add('Event', ctx.text.slice(r.at, r.end), r.at, EVENT_REFERRED_PAIR_ID);
      const c = f && ctx.entity(f.key);
      if (!f || !c || c.rule !== EVENT_REFERRED_PAIR_ID) continue;
      f.name = r.name;
      ctx.rename(c.key, r.name);
      c.alias = false;
      c.props.kind = /talks/.test(r.name) ? 'meeting' : /summit/.test(r.name) ? 'summit' : 'meeting';
      c.props.status = 'held';
    }
  }
}
