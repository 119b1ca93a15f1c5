// Event rules of round fl18b (issue 6) that need the people found and the told-meeting helpers; the rule data and
// pure helpers are in rules-fl18b.ts.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import { familyName } from './told-meetings.ts';
import { addCall, mentionAt } from './rules-ev14.ts';
import { addPronounMeetings, participateInPronounMeetings, pronounMeetings } from './rules-fl17a-told.ts';
import {
  EVENT_CALL_FRAME_NAMED_PAIR,
  EVENT_PAIR_TITLE_HELD_LATER,
  EVENT_PRONOUN_MET,
  EVENT_SESSION_DEVOTED,
  PARTICIPATED_ACCOMPANIED_VISITOR,
  PARTICIPATED_CHAIR_OF_HELD,
  futureClauses,
  pairTitleHeldLater,
  sessionsDevoted,
  pronounMet,
} from './rules-fl18b.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';
import { literalGate } from './literal-need.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/**
 * Rule event.call-frame-named-pair (rules-fl18b.ts): "In a telephone call this afternoon, President A and the President
 * of the French Republic, Mr. B, discussed …": the call of A and B, named after them ("A-B telephone conversation"),
 * so that the people named in its name take part in it. Not in a heading.
 */
export function findFramedNamedCalls(ctx: Ctx, people: PeopleFacts, events: readonly Found[], add: AddEvent): void {
  const mentions = [...people.personKey.keys()].sort((x, y) => x.start - y.start);
  const clusterOf = (m: PersonMention) => people.clusters.find((c) => c.mentions.includes(m));
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const frame = EVENT_CALL_FRAME_NAMED_PAIR.pattern.exec(s.text);
    // A call an earlier rule named there already ("In a video conference on 3 March, A and B …") is left as it is.
    if (!frame || events.some((e) => e.sentence === s.index && e.start < s.start + frame[0].length)) continue;
    const first = mentionAt(ctx, mentions, s.start + frame[0].length);
    if (!first || first.sentence !== s.index) continue;
    const firstEnd = first.to ?? first.end;
    const glue = EVENT_CALL_FRAME_NAMED_PAIR.glue.exec(ctx.text.slice(firstEnd, firstEnd + 8));
    const second = glue ? mentionAt(ctx, mentions, firstEnd + glue[0].length) : undefined;
    if (!second || second.sentence !== s.index) continue;
    const [a, b] = [clusterOf(first), clusterOf(second)];
    if (!a || !b) continue;
    const at = s.start + frame[0].indexOf(frame[1]!);
    addCall({ ctx, events, add }, a, b, at, at + frame[1]!.length, EVENT_CALL_FRAME_NAMED_PAIR.id);
  }
}

/** The fl18b rules whose events are named after the two people who held them. */
const PAIR_NAMED = new Set([EVENT_CALL_FRAME_NAMED_PAIR.id, EVENT_PAIR_TITLE_HELD_LATER.id]);

/**
 * Rule participated.call-frame-named-pair: the two people a call of event.call-frame-named-pair (or the talks of
 * event.pair-title-held-later) is named after take part in it (the people of the readout, found by family name).
 */
export function participateFramedNamedCalls(k: RelKit): void {
  const { ctx, ev, people, nameOf } = k;
  for (const e of ev.events) {
    if (e.planned || !PAIR_NAMED.has(ctx.entity(e.key)?.rule ?? '')) continue;
    const pair = /^(\S+)-(\S+)\s/.exec(nameOf(e));
    if (!pair) continue;
    for (const c of people.clusters)
      if (familyName(c) === pair[1] || familyName(c) === pair[2])
        k.participate(e, c, e.sentence, 'participated.call-frame-named-pair');
  }
}

/**
 * Rule event.pair-title-held-later (rules-fl18b.ts): "Before the meeting, the two Prime Ministers held talks at …": the
 * talks of the only two holders of that title, named "A-B talks", unless the readout's own event is named after them.
 */
export function findPairTitleHeldLater(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const firstProse = ctx.sentences.find((x) => !x.heading)?.index;
  const mainName = main ? (ctx.entity(main.key)?.name ?? '') : '';
  for (const s of ctx.sentences) {
    if (s.heading || s.index === firstProse) continue;
    const told = pairTitleHeldLater(s.text);
    if (!told) continue;
    const holders = people.clusters.filter((c) => (people.offices.get(c) ?? []).some((o) => o.title === told.title));
    if (holders.length !== 2) continue;
    const names = holders.map(familyName);
    if (names[0] === names[1] || names.every((n) => mainName.includes(n))) continue;
    const at = s.start + told.nounAt;
    // The noun with what follows it up to the clause's end ("talks at the Office of the Government"): a bare noun is
    // no name the event stage takes.
    const clause = /^[^,;.]{1,80}/.exec(ctx.text.slice(at, s.end))![0];
    const f = add('Event', clause, at, EVENT_PAIR_TITLE_HELD_LATER.id);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== EVENT_PAIR_TITLE_HELD_LATER.id) continue;
    f.name = `${names[0]}-${names[1]} ${told.noun}`;
    ctx.rename(c.key, f.name);
    c.alias = false;
    c.props.kind = 'meeting';
  }
}

/** A relative clause right after the guest's mention. */
const GUEST_RELATIVE = /^,?[^\S\n]*(?:whose|who|which)\b/;

/** The "he met X" meetings of a text with their two people, sentence by sentence (event.pronoun-met). */
function toldPronounMet(ctx: Ctx, mentions: PersonMention[]) {
  return pronounMeetings(ctx, mentions, pronounMet, (host) => !notSubject(ctx, host));
}

/**
 * "On Saturday he was received by President X. He also met …": a person named after "by", or after another pronoun
 * of the sentence, is not who the pronoun stands for (the pronoun chain's own antecedent is further back).
 */
function notSubject(ctx: Ctx, m: PersonMention): boolean {
  const s = ctx.sentences[m.sentence]!;
  const before = ctx.text.slice(s.start, m.from ?? m.start);
  return /\b(?:he|she)\b/i.test(before) || /\bby\s+(?:\S+\s+){0,2}$/.test(before);
}

/** Rule event.pronoun-met (rules-fl18b.ts): the meeting, named after its two people. */
export function findPronounMet(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const told = toldPronounMet(ctx, [...people.personKey.keys()]);
  // A gathering named in a relative clause about the guest ("X, whose country will host the XXIX Summit") is not what
  // the two held: it bars nothing.
  addPronounMeetings(ctx, people, main, add, told, EVENT_PRONOUN_MET.id, ({ guest: g }) =>
    GUEST_RELATIVE.test(ctx.text.slice(g.to ?? g.end, (g.to ?? g.end) + 12)),
  );
}

/** Rule participated.pronoun-met: the two people of such a meeting take part in it. */
export function participatePronounMet(k: RelKit): void {
  participateInPronounMeetings(k, EVENT_PRONOUN_MET.id, toldPronounMet, 'participated.pronoun-met');
}

/**
 * Rule discussed.session-devoted: a session of event.session-devoted discussed the events, agreements, states and
 * organisations named after its cue, to the end of the sentence ("was devoted to the crisis in X").
 */
export function discussedSessionDevoted(k: RelKit): void {
  const { ctx, ev, hits, hitKeys } = k;
  for (const f of sessionsDevoted(ctx.text)) {
    const e = ev.eventMentions.find((x) => x.start === f.start && ctx.entity(x.key)?.rule === EVENT_SESSION_DEVOTED.id);
    if (!e) continue;
    const s = ctx.sentences[e.sentence]!;
    const inCue = (a: number) => a >= f.topicAt && a < s.end;
    const topics = [
      ...[...ev.eventMentions, ...ev.agreementMentions]
        .filter((x) => x.key !== e.key && inCue(x.start))
        .map((x) => x.key),
      ...hits.filter((h) => inCue(h.start)).map((h) => hitKeys.get(h)),
    ];
    for (const t of new Set(topics)) if (t) ctx.relate('DISCUSSED', e.key, t, e.sentence, 'discussed.session-devoted');
  }
}

/** The participation rules that give every person (or leader) of the opening sentence its meeting. */
const OPENING_RULES = new Set(['participated.main-sentence', 'participated.main-leaders']);

/**
 * Rules participated.chair-of-held and participated.not-in-future-clause (rules-fl18b.ts): the subject who chaired a
 * held event takes part in it; a person named in a relative clause of what is still to come does not, by that sentence
 * (their participated.main-sentence is taken back, and they leave the event's participants).
 */
export function participationChairAndFuture(k: RelKit): void {
  const { ctx, ev, clusterOf, participants, key } = k;
  for (const s of ctx.sentences) {
    const ps = k.personsIn(s.index);
    if (!ps.length) continue;
    for (const e of ev.eventMentions.filter((x) => x.sentence === s.index && !x.planned)) {
      const chair = ps.find(
        ([m]) =>
          (m.to ?? m.end) <= e.start && PARTICIPATED_CHAIR_OF_HELD.pattern.test(ctx.text.slice(m.to ?? m.end, e.start)),
      );
      if (chair) k.participate(e, clusterOf.get(chair[0])!, s.index, PARTICIPATED_CHAIR_OF_HELD.id);
    }
    const clauses = futureClauses(s.text).map((c) => ({ from: s.start + c.from, to: s.start + c.to }));
    if (!clauses.length) continue;
    const inClause = ps.filter(([m]) => clauses.some((c) => m.start > c.from && m.end <= c.to));
    const out = new Set(inClause.map(([, pk]) => pk));
    if (!out.size) continue;
    const drop = (r: { type: string; from: string; sentence: number; rule: string }) =>
      r.type === 'PARTICIPATED_IN' && r.sentence === s.index && OPENING_RULES.has(r.rule) && out.has(r.from);
    const dropped = ctx.relations.filter(drop);
    if (!dropped.length) continue;
    ctx.replaceRelations(ctx.relations.filter((r) => !drop(r)));
    for (const r of dropped) {
      const set = participants.get(r.to);
      for (const c of [...(set ?? [])]) if (key(c) === r.from) set!.delete(c);
    }
  }
}

/** PARTICIPATED_ACCOMPANIED_VISITOR's literals (perf25a): a readout without them has no sentence to read. */
const ACCOMPANIED_VISITOR_GATE = literalGate(PARTICIPATED_ACCOMPANIED_VISITOR.pattern);

/**
 * Rule participated.accompanied-visitor (rules-fl18b.ts): the people named after "was accompanied by" take part in each
 * held visit of the subject (the person right before the verb, or, after "He" / "She", any held visit of the readout
 * with a visitor).
 */
export function participateAccompaniedVisitor(k: RelKit): void {
  const { ctx, ev, clusterOf, participants, nameOf } = k;
  const visits = ev.events.filter((e) => !e.planned && /\bvisit\b/i.test(nameOf(e)));
  if (!visits.length || !ACCOMPANIED_VISITOR_GATE(ctx.text)) return;
  for (const s of ctx.sentences) {
    const m = PARTICIPATED_ACCOMPANIED_VISITOR.pattern.exec(s.text);
    if (!m) continue;
    const cueAt = s.start + m.index;
    const ps = k.personsIn(s.index);
    const subject = m[1] ? undefined : ps.find(([x]) => /^\s*$/.test(ctx.text.slice(x.to ?? x.end, cueAt)));
    if (!m[1] && !subject) continue;
    const who = subject && clusterOf.get(subject[0]);
    const mine = visits.filter((v) => {
      const held = participants.get(v.key);
      return !!held?.size && (!who || held.has(who));
    });
    const after = ps.filter(([x]) => x.start >= cueAt + m[0].length);
    for (const v of mine)
      for (const [x] of after) k.participate(v, clusterOf.get(x)!, s.index, PARTICIPATED_ACCOMPANIED_VISITOR.id);
  }
}
