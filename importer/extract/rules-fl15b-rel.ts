// Relation rules of round fl15b (issue 6); the rule data and pure helpers are in rules-fl15b.ts.
import type { RelKit } from './rel-kit.ts';
import {
  DELEGATION_SESSION,
  EVENT_WITNESSED_SIGNING,
  SIGNED_LIST,
  THE_N_GROUP,
  TOOK_PART_AFTER,
  gatheringList,
  signedListItems,
} from './rules-fl15b.ts';
import { kindOf } from './main-event.ts';
import { behalfPrincipal } from './rules-fl14a.ts';
import { cueGate, sentenceCued } from './gates.ts';

/**
 * Rule participated.side-line-list: "Heads of delegation at the Session:\n- Kenya: Uhuru Kenyatta": each person of a
 * list of people told as attending a gathering takes part in the readout's own meeting (when it was held).
 */
export function sideLineListParticipants(k: RelKit): void {
  const { ctx, main, people, clusterOf } = k;
  if (!main || main.planned) return;
  for (const [m] of people.personKey)
    if (m.rule === 'person.side-line-name' && gatheringList(ctx.text, m.start))
      k.participate(main, clusterOf.get(m)!, m.sentence, 'participated.side-line-list');
}

/** Rules participated.represented-by and participated.held-at-invitation (TOOK_PART_AFTER, rules-fl15b.ts). */
export function tookPartAfter(k: RelKit): void {
  const { ctx, main, ev, personsIn, clusterOf } = k;
  if (!main || main.planned) return;
  for (const s of ctx.sentences.slice(main.sentence + 1, main.sentence + 1 + TOOK_PART_AFTER.within)) {
    if (s.heading || ev.eventMentions.some((e) => e.sentence === s.index && e.key !== main.key)) continue;
    for (const r of [TOOK_PART_AFTER.representedBy, TOOK_PART_AFTER.heldAtInvitation]) {
      const m = r.pattern.exec(s.text);
      if (!m) continue;
      const at = s.start + m.index + m[0].length;
      // Up to a relative clause: "represented by X, who delivered the address of President Y" has Y absent.
      const who = ctx.text.slice(at, s.end).search(/,\s*who\b/);
      const end = who < 0 ? s.end : at + who;
      for (const [p] of personsIn(s.index))
        if (p.start >= at && p.start < end && !behalfPrincipal(ctx.text, s.start, p))
          k.participate(main, clusterOf.get(p)!, s.index, r.id);
    }
  }
}

/** Rule participated.the-n-group (THE_N_GROUP, rules-fl15b.ts). */
export function theNGroupSessions(k: RelKit): void {
  const { ctx, main, ev, participants } = k;
  if (!main || main.planned) return;
  const group = [...(participants.get(main.key) ?? [])];
  for (const s of ctx.sentences) {
    const m = THE_N_GROUP.pattern.exec(s.text);
    if (!m || THE_N_GROUP.numbers[m[1]!.toLowerCase()] !== group.length) continue;
    for (const e of ev.eventMentions.filter((x) => x.sentence === s.index && !x.planned))
      if (ctx.entity(e.key)?.rule.startsWith('event.session'))
        for (const c of group) k.participate(e, c, s.index, THE_N_GROUP.id);
  }
}

/** Rule reached-at.signed-list (SIGNED_LIST, rules-fl15b.ts): the agreements of the list, at the visit or meeting. */
export function reachedAtSignedList(k: RelKit): void {
  const { ctx, ev, main } = k;
  const items = signedListItems(ctx.text);
  if (!items.length) return;
  const visit = ev.events.find((e) => !e.planned && kindOf(k.nameOf(e)) === 'visit');
  const at = visit ?? (main && !main.planned ? main : undefined);
  if (!at) return;
  for (const a of ev.agreementMentions)
    if (items.some((it) => a.start >= it.start && a.start < it.end))
      ctx.relate('REACHED_AT', a.key, at.key, a.sentence, SIGNED_LIST.id);
}

/** Rule reached-at.event-witnessed-signing (EVENT_WITNESSED_SIGNING, rules-fl15b.ts). */
export function reachedAtEventWitnessed(k: RelKit): void {
  const { ctx, ev, main, mainName } = k;
  if (!main || main.planned || !mainName) return;
  for (const s of ctx.sentences) {
    const m = EVENT_WITNESSED_SIGNING.pattern.exec(s.text);
    if (!m || !new RegExp(`\\b${m[1]!}\\b`, 'i').test(mainName)) continue;
    const after = s.start + m[0].length;
    for (const a of ev.agreementMentions.filter((x) => x.sentence === s.index && x.start >= after))
      ctx.relate('REACHED_AT', a.key, main.key, s.index, EVENT_WITNESSED_SIGNING.id);
  }
}

/** Rule participated.delegation-session (DELEGATION_SESSION, rules-fl15b.ts). */
export function delegationSessionMembers(k: RelKit): void {
  const { ctx, ev, personsIn, clusterOf } = k;
  for (const s of ctx.sentences) {
    const m = sentenceCued(k, s, SESSION_MEMBERS_GATE) ? DELEGATION_SESSION.members.exec(s.text) : null;
    if (!m) continue;
    const sessions = ev.eventMentions.filter(
      (e) =>
        (e.sentence === s.index || e.sentence === s.index - 1) &&
        !e.planned &&
        ctx.entity(e.key)?.rule.startsWith('event.session') &&
        DELEGATION_SESSION.session.test(k.nameOf(e)),
    );
    const at = s.start + m.index + m[0].length;
    for (const e of sessions)
      for (const [p] of personsIn(s.index))
        if (p.start >= at) k.participate(e, clusterOf.get(p)!, s.index, DELEGATION_SESSION.id);
  }
}

/** Sentences holding a word cue of DELEGATION_SESSION.members (perf29): the others hold no match of it. */
const SESSION_MEMBERS_GATE = cueGate(DELEGATION_SESSION.members);
