// Relation rules of round fl21b (issue 6); the rule data and pure helpers are in rules-fl21b.ts.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { textHas } from './gates.ts';
import { negotiatesForBehalfOf } from './rules-fl18a-rel.ts';
import {
  behalfOfHead,
  EVENT_UNNAMED_GUESTS,
  headHolderFor,
  NEGOTIATES_FOR_BEHALF_OF_HEAD,
  unnamedGuestsMeeting,
} from './rules-fl21b.ts';

/**
 * Rules participated.unnamed-guests-host, involves.unnamed-guests-of and discussed.not-guests-own (rules-fl21b.ts): the
 * host of a meeting with unnamed guests took part in it (the readout's own has its opening's people already); an
 * organisation whose members' envoys were the guests ("the ambassadors of the member states of NATO") is a party to
 * it; a state one envoy stood for ("the Chargé d'Affaires of X") is no party (a bilateral meeting takes none, as the
 * dev gold and the incidents bank have it), and the states and organisations of the guest phrase are no subjects of
 * the meeting by being mentioned elsewhere (their DISCUSSED is taken back).
 */
export function unnamedGuestsRelations(k: RelKit): void {
  const { ctx, ev, people, clusterOf, hitsIn, hitKeys } = k;
  if (!textHas(ctx, EVENT_UNNAMED_GUESTS.gate)) return;
  const ids = new Set([EVENT_UNNAMED_GUESTS.id, EVENT_UNNAMED_GUESTS.mainId]);
  const seen = new Set<string>();
  for (const e of ev.eventMentions) {
    const rule = ctx.entity(e.key)?.rule;
    if (!rule || !ids.has(rule) || seen.has(e.key)) continue;
    seen.add(e.key);
    const s = ctx.sentences[e.sentence]!;
    const t = unnamedGuestsMeeting(ctx, people, s, undefined);
    if (!t) continue;
    if (rule === EVENT_UNNAMED_GUESTS.id)
      k.participate(e, clusterOf.get(t.host)!, s.index, EVENT_UNNAMED_GUESTS.participatedId);
    else notInSubjects(k, s.start + t.g.guestEnd, e);
    const own = new Set<string>();
    for (const h of hitsIn(s.start + t.g.guestAt, s.start + t.g.guestEnd)) {
      const to = hitKeys.get(h);
      if (to && (h.type === 'State' || h.type === 'Organization')) own.add(to);
      if (to && h.type === 'Organization') ctx.relate('INVOLVES', e.key, to, s.index, EVENT_UNNAMED_GUESTS.involvesId);
    }
    const drop = ctx.relations.filter((r) => r.type === 'DISCUSSED' && r.from === e.key && own.has(r.to));
    if (drop.length) ctx.replaceRelations(ctx.relations.filter((r) => !drop.includes(r)));
  }
}

/**
 * Rule participated.not-briefed-subject (rules-fl21b.ts): the events the opening tells after its guest phrase are what
 * the guests were told about ("to brief them on the conclusion of the negotiations between …"), not events the
 * sentence's people took part in by that sentence.
 */
function notInSubjects(k: RelKit, guestEnd: number, main: Found): void {
  const { ctx, ev } = k;
  const subjects = new Set(
    ev.eventMentions
      .filter((x) => x.sentence === main.sentence && x.key !== main.key && x.start >= guestEnd)
      .map((x) => x.key),
  );
  const bySentence = new Set(['participated.same-sentence', 'participated.main-sentence']);
  const drop = ctx.relations.filter(
    (r) => r.type === 'PARTICIPATED_IN' && subjects.has(r.to) && r.sentence === main.sentence && bySentence.has(r.rule),
  );
  if (drop.length) ctx.replaceRelations(ctx.relations.filter((r) => !drop.includes(r)));
}

/** Rule negotiates-for.behalf-of-head (rules-fl21b.ts): the agent acts for the named head of its own state. */
export function negotiatesForBehalfOfHead(k: RelKit): void {
  if (!textHas(k.ctx, NEGOTIATES_FOR_BEHALF_OF_HEAD.gate)) return;
  negotiatesForBehalfOf(
    k,
    behalfOfHead,
    (cue, owners, holders) => headHolderFor(cue.head, owners, holders),
    NEGOTIATES_FOR_BEHALF_OF_HEAD.id,
  );
}
