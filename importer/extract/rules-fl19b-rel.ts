// Relation rules of round fl19b (issue 6); the rule data and pure helpers are in rules-fl19b.ts.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { PARTICIPATED_SESSION_VERB, openedByAt, toldFronted, toldOpeningAfter } from './rules-fl19b.ts';

/** The held event a session is PART_OF, when its name tells a session ("opening session", "session on trade"). */
function wholeOfSession(k: RelKit, e: Found): Found | undefined {
  if (!/\bsessions?\b/i.test(k.nameOf(e))) return undefined;
  const part = k.ctx.relations.find((r) => r.type === 'PART_OF' && r.from === e.key);
  return part ? k.ev.events.find((x) => x.key === part.to && !x.planned) : undefined;
}

/** Rule participated.session-verb (rules-fl19b.ts): who opened, addressed or closed a held gathering takes part in it. */
export function participateSessionVerb(k: RelKit): void {
  const { ctx, ev, clusterOf } = k;
  const rule = PARTICIPATED_SESSION_VERB.id;
  const take = (e: Found, c: PersonCluster | undefined, si: number) => {
    if (!c) return;
    k.participate(e, c, si, rule);
    const whole = wholeOfSession(k, e);
    if (whole) k.participate(whole, c, si, rule);
  };
  const told = [...ev.eventMentions];
  // "The negotiations were officially opened on 3 May by …": the main event told by its head noun.
  const main = k.main && !k.main.planned ? k.main : undefined;
  for (const s of main ? ctx.sentences : []) {
    const m = PARTICIPATED_SESSION_VERB.subject.exec(s.text);
    if (m && !told.some((e) => e.sentence === s.index && e.start < s.start + m[0].length))
      told.push({ ...main!, sentence: s.index, start: s.start, end: s.start + m[0].length });
  }
  for (const e of told) {
    if (e.planned) continue;
    const s = ctx.sentences[e.sentence]!;
    const people = k.personsIn(e.sentence);
    // "The Secretary General, Dr X, also addressed the opening session".
    for (const [m] of people) {
      const end = m.to ?? m.end;
      if (end <= e.start && toldOpeningAfter(ctx.text.slice(end, e.start))) take(e, clusterOf.get(m), e.sentence);
    }
    const after = people.filter(([m]) => (m.from ?? m.start) >= e.end);
    const first = after[0]?.[0];
    if (!first) continue;
    // "The negotiations were officially opened on 3 May by the Minister of Trade, Ms Y".
    const by = openedByAt(ctx.text.slice(e.end, s.end));
    const from = first.from ?? first.start;
    if (by !== undefined && from >= e.end + by && from - (e.end + by) <= PARTICIPATED_SESSION_VERB.byReach) {
      if (!ctx.text.slice(e.end + by, from).includes(';')) take(e, clusterOf.get(first), e.sentence);
      continue;
    }
    // "Speaking at the closing session, Dr X said …", "In the session on trade, Minister Z briefed …".
    if (toldFronted(ctx.text.slice(s.start, e.start), ctx.text.slice(e.end, from)))
      take(e, clusterOf.get(first), e.sentence);
  }
}
