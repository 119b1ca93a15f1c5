// Round aud18 (issue 6): general rules for the largest open causes of the first-look audit (docs/first-look.md,
// "First-look audit"; scripts/first-look-audit.mjs). Tested in rules-aud18.test.ts.
import type { Ctx } from './context.ts';
import type { EventFacts } from './types.ts';
import { sessionGroupFilter } from './rules-prc29b.ts';

/** Patterns of the aud18 rules, as named data. */
export const AUD18_PATTERNS = {
  /**
   * Rule participated.session-of-whole: the name of a session of a meeting ("the plenary session", "a closed-door
   * session", "the open session", "the closed-door deliberations", "a sitting").
   */
  sessionName: /\b(?:sessions?|plenary|sitting|deliberations?)\b/i,
  /** A visit is no whole whose participants sit in its sessions: its host does not make the visit (GUIDE). */
  visitName: /\bvisit\b/i,
  /**
   * Rule event.between-party-groups: the parties' working groups named before them in "talks between …": "the expert
   * groups of", "intelligence experts of", "the technical teams of", "senior officials of". Lowercase words only, so
   * that no name is taken for a group; delegations stay with event.between (they are often the readout's own sides).
   */
  partyGroups:
    /^(?:the[^\S\n]+)?(?:[a-z][a-z-]*[^\S\n]+){0,2}(?:experts|expert[^\S\n]+groups|working[^\S\n]+groups|groups|teams|officials|negotiators|agencies|services)[^\S\n]+of[^\S\n]+/,
} as const;

/**
 * Rule participated.session-of-whole: a held session that is PART_OF a held meeting (not a visit) and has no
 * participant of its own takes the meeting's participants. GUIDE: "Sessions of a meeting … are PART_OF it, and their
 * participants take part in the whole"; the dev gold gives each such session the meeting's participants ("the
 * small-group meeting", "the expanded meeting", "the closing session of the consultations"). A session told with
 * its own participants keeps them.
 */
export function sessionOfWholeParticipants(ctx: Ctx, ev: EventFacts): void {
  const nameOf = (key: string) => ctx.entity(key)?.name ?? '';
  const planned = new Set(ev.eventMentions.filter((e) => e.planned).map((e) => nameOf(e.key)));
  const partsByName = new Map<string, Set<string>>();
  for (const r of ctx.relationsOf('PARTICIPATED_IN')) {
    const n = nameOf(r.to);
    if (!partsByName.has(n)) partsByName.set(n, new Set());
    partsByName.get(n)!.add(r.from);
  }
  for (const r of [...ctx.relationsOf('PART_OF')]) {
    const child = nameOf(r.from);
    const parent = nameOf(r.to);
    if (!AUD18_PATTERNS.sessionName.test(child) || AUD18_PATTERNS.visitName.test(parent)) continue;
    if (planned.has(child) || planned.has(parent) || partsByName.get(child)?.size) continue;
    // participated.session-group (prc29b): "In the closed-door session, the Heads of State …" keeps the leaders only.
    const all = [...(partsByName.get(parent) ?? [])];
    const whole = all.filter(sessionGroupFilter(ctx, ev, r.from, all));
    for (const p of whole) ctx.relate('PARTICIPATED_IN', p, r.from, r.sentence, 'participated.session-of-whole');
    if (whole.length) partsByName.set(child, new Set(whole));
  }
}

/** Rule event.between-party-groups: length of the parties' groups standing at the start of `rest`, or 0. */
export function partyGroupsLength(rest: string): number {
  return AUD18_PATTERNS.partyGroups.exec(rest)?.[0].length ?? 0;
}
