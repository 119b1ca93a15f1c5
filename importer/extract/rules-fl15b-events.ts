// Event rules of round fl15b (issue 6) that need the told-meeting helpers; rule data in rules-fl15b.ts.
import type { Ctx } from './context.ts';
import type { Found, PeopleFacts } from './types.ts';
import { addPairMeeting } from './told-meetings.ts';
import { LEADERS_OF } from './told-held.ts';
import {
  HELD_SEPARATE_WITH,
  MET_SEPARATELY_RULE,
  SESSION_BETWEEN_DELEGATIONS,
  SIGNED_LIST,
  itemAsAgreement,
  separateGuests,
  signedListItems,
} from './rules-fl15b.ts';

/**
 * Rule event.held-separate-with: "Before the trilateral meeting, X held separate bilateral conversations with Minister A
 * and Minister B": one meeting of X with each person of the list (event.met-separately's relations), named after the
 * two ("X-A meeting"); "talks" keep their noun. Not "held separate talks with the two delegations" (no person listed,
 * the series rule's), nor a list of one.
 */
export function findHeldSeparateWith(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  if (!ctx.text.includes('separate')) return;
  const mentions = [...people.personKey.keys()];
  for (const m of ctx.text.matchAll(HELD_SEPARATE_WITH)) {
    const si = ctx.sentenceAt(m.index);
    const end = m.index + m[0].length;
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const host = inS.filter((p) => (p.to ?? p.end) <= m.index).pop();
    const first = inS.find((p) => (p.from ?? p.start) >= end && /^\s*$/.test(ctx.text.slice(end, p.from ?? p.start)));
    if (!host || !first) continue;
    const guests = separateGuests(ctx.text, end, first, inS);
    if (guests.length < 2) continue;
    for (const g of guests)
      addPairMeeting(ctx, people, main, add, {
        host,
        guest: g,
        place: undefined,
        from: g === first ? m.index : (g.from ?? g.start),
        to: g.end,
        rule: MET_SEPARATELY_RULE,
        noun: m[1] === 'talks' ? 'talks' : 'meeting',
        several: true,
      });
  }
}

/**
 * Rule event.opening-leaders-of: "Minister X took part in a meeting of the foreign ministers of the Weimar Triangle":
 * a meeting named by the group whose leaders or ministers hold it (event.leaders-of, told-held.ts) and told in the
 * readout's first prose sentence is found before the readout's own meeting is chosen, so that it can be that meeting.
 */
export function findOpeningLeadersOf(ctx: Ctx, add: (t: 'Event', s: string, st: number, r: string) => unknown): void {
  const first = ctx.sentences.find((s) => !s.heading);
  if (!first) return;
  for (const m of first.text.matchAll(LEADERS_OF))
    add('Event', m[1]!, first.start + m.index + m[0].indexOf(m[1]!), 'event.leaders-of');
}

/** Rule event.session-between-delegations (SESSION_BETWEEN_DELEGATIONS, rules-fl15b.ts): the sessions it names. */
export function findSessionsBetweenDelegations(
  text: string,
  add: (t: 'Event', s: string, st: number, r: string) => unknown,
): void {
  for (const m of text.matchAll(SESSION_BETWEEN_DELEGATIONS.pattern))
    add('Event', m[0], m.index, SESSION_BETWEEN_DELEGATIONS.id);
}

/** Rule agreement.signed-list-item (SIGNED_LIST, rules-fl15b.ts): list items that no other rule read as agreements. */
export function findSignedListItems(
  ctx: Ctx,
  agreementMentions: readonly Found[],
  add: (t: 'Agreement', s: string, st: number, r: string) => unknown,
): void {
  for (const it of signedListItems(ctx.text)) {
    if (agreementMentions.some((a) => a.start < it.end && a.end > it.start) || !itemAsAgreement(it.words)) continue;
    add('Agreement', it.words, it.start, SIGNED_LIST.itemId);
  }
}
