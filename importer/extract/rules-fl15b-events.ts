// Event rules of round fl15b (issue 6) that need the told-meeting helpers; rule data in rules-fl15b.ts.
import type { Ctx } from './context.ts';
import type { Found } from './types.ts';
import { LEADERS_OF } from './told-held.ts';
import { findOpeningLeadersOfTalks } from './rules-fl32a.ts';
import { SESSION_BETWEEN_DELEGATIONS, SIGNED_LIST, itemAsAgreement, signedListItems } from './rules-fl15b.ts';
import { whenTextWord, wordGate } from './gates.ts';

/**
 * Rule event.opening-leaders-of: "Minister X took part in a meeting of the foreign ministers of the Weimar Triangle":
 * a meeting named by the group whose leaders or ministers hold it (event.leaders-of, told-held.ts) and told in the
 * readout's first prose sentence is found before the readout's own meeting is chosen, so that it can be that meeting.
 */
export function findOpeningLeadersOf(ctx: Ctx, add: (t: 'Event', s: string, st: number, r: string) => unknown): void {
  findOpeningLeadersOfTalks(ctx, add); // event.leaders-of-talks (fl32a): its longer forms first
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

/**
 * The words of SESSION_BETWEEN_DELEGATIONS' pattern, whole (gates.ts, `wordGate`): "delegations", the "closed" of
 * "closed-door", the "session" followed by … : a text without one holds no such session.
 */
export const SESSION_BETWEEN_DELEGATIONS_GATE = wordGate('delegations', 'closed', 'session');

/** Rule event.session-between-delegations in a document's text (above). */
function sessionsBetweenDelegations(ctx: Ctx, add: (t: 'Event', s: string, st: number, r: string) => unknown): void {
  findSessionsBetweenDelegations(ctx.text, add);
}

/** Rule event.session-between-delegations, run only on a text holding its words. */
export const findSessionsBetweenDelegationsIn = whenTextWord(
  SESSION_BETWEEN_DELEGATIONS_GATE,
  sessionsBetweenDelegations,
);

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
