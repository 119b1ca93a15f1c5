// A meeting told only by "received him": "The Prime Minister made an official visit to Morocco at the invitation of
// King X, who received him at the Royal Palace in Rabat" holds a meeting of the visitor and the host within the visit.
import type { Ctx } from './context.ts';
import { addPairMeeting } from './told-meetings.ts';
import type { Found, PeopleFacts } from './types.ts';

/** "who received him", "received her", "welcomed them": a host's verb with the guest told by a pronoun. */
const RECEIVED_PRONOUN =
  /(?:,[^\S\n]*who[^\S\n]+)?\b(?:received|receives|hosted|hosts)[^\S\n]+(?:him|her|them)\b(?:[^\S\n]+(?:today|later|then))?/g;
/** Where: "at the Royal Palace in Rabat", "in Rabat". */
const PLACE_AFTER =
  /^(?:[^\S\n]+at(?:[^\S\n]+the)?(?:[^\S\n]+\p{Lu}[\p{L}-]*){1,4})?[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/u;
/** A trip's name: only a visit holds meetings told inside the sentence that tells it. */
const TRIP = /\b(?:visit|mission|trip|tour)\b/i;

/**
 * Rule event.received-pronoun: in a readout of a visit, "<host>, who received him (at <venue>) in <City>" is a meeting of
 * the host and the visitor (the sentence's first person) in that city, named after the two; with no city, none (being
 * received is then the visit itself).
 */
export function findReceivedPronoun(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  if (!main || main.planned || !TRIP.test(ctx.entity(main.key)?.name ?? '')) return;
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(RECEIVED_PRONOUN)) {
    const si = ctx.sentenceAt(m.index);
    if (ctx.sentences[si]!.heading) continue;
    const place = PLACE_AFTER.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 70));
    if (!place) continue;
    const before = mentions
      .filter((p) => p.sentence === si && (p.to ?? p.end) <= m.index)
      .sort((a, b) => a.start - b.start);
    const host = before[before.length - 1];
    const guest = before[0];
    if (!host || !guest || host === guest || !/^\s*$/.test(ctx.text.slice(host.to ?? host.end, m.index))) continue;
    const verb = m.index + m[0].search(/\b(?:received|receives|hosted|hosts)\b/);
    addPairMeeting(ctx, people, main, add, {
      host: guest,
      guest: host,
      place: place[1],
      from: verb,
      to: m.index + m[0].length + place[0].length,
      rule: 'event.received-pronoun',
      inOpening: true,
    });
  }
}
