// Rules of the ev22 round (issue 6, bank events-14): visits told in passing and the meetings inside them. A visit told
// only by the visitor's stay ("During his stay in Dhaka, Foreign Secretary Misri also called on …") is an event with its
// visitor (not one told by "X, who is visiting Moscow, held …": the dev gold has no visit there); the sentences that tell a
// visit's programme ("The programme of President X's state visit to China included talks with A, a meeting with B …",
// "X's visit to China … began in Beijing with talks with A", "The visit saw him call on A") hold meetings inside it (the
// ev9 rule event.in-visit-meeting, which reads EV22_VISIT_SCOPE beside its own scopes).
import type { Ctx } from './context.ts';
import { wordGate, whenTextWord } from './gates.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** A capitalised place name of one to three words ("Fiji", "Dhaka", "New Delhi", "Port Moresby"). */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){0,2}`;

/** The patterns of the ev22 rules, as named data. */
export const EV22_PATTERNS = {
  /**
   * event.stay-in-place: "During his stay in Dhaka, Foreign Secretary Misri also called on …": a stay at the head of a
   * sentence, its visitor the first person named after it.
   */
  stayIn: new RegExp(
    String.raw`(?:^|(?<=[.!?][^\S\n]+))During[^\S\n]+(?:his|her)[^\S\n]+stay[^\S\n]+in[^\S\n]+(${PLACE})(?=[^\S\n]*,)`,
    'gmu',
  ),
  /**
   * Sentences told inside a visit, beside the ev9 scopes: "The programme of X's state visit to China included …",
   * "X's visit to China on 3–5 June began in Beijing with talks with …", "The visit saw PM X call on …".
   */
  visitScope:
    /\b(?:visit|programme|program)\b[^.;]{0,100}?\b(?:also\s+)?included\b|\bvisit\b[^.;]{0,100}?\bbegan\b[^.;]{0,60}?\bwith\b|\bthe\s+visit\s+(?:also\s+)?saw\b/i,
};

/** The scopes the ev9 rule event.in-visit-meeting reads beside its own (EV22_PATTERNS.visitScope). */
export const EV22_VISIT_SCOPE = EV22_PATTERNS.visitScope;

/** The word every text the ev22 visit rule acts on holds. */
export const EV22_GATE = wordGate('stay');

/** The first person named after `at` in its sentence. */
function personAfter(ctx: Ctx, mentions: PersonMention[], at: number): PersonMention | undefined {
  const si = ctx.sentenceAt(at);
  return mentions.filter((p) => p.sentence === si && (p.from ?? p.start) >= at).sort((a, b) => a.start - b.start)[0];
}

/** Adds a held visit of `visitor` to `place` told by `surface` at `start`, under `rule`. */
function addVisit(
  ctx: Ctx,
  add: AddEvent,
  visitor: string,
  place: string,
  surface: string,
  start: number,
  rule: string,
) {
  const f = add('Event', surface, start, rule);
  const e = f && ctx.entity(f.key);
  if (!f || !e || e.rule !== rule) return;
  f.name = `${visitor}'s visit to ${place}`;
  ctx.rename(e.key, f.name);
  e.props.kind = 'visit';
}

/**
 * Rule event.stay-in-place: a visit told by "During his stay in X," before its visitor, the first person named after it.
 * A readout that names a visit before the stay tells that visit (no second one).
 */
export const findEv22Visits = whenTextWord(
  EV22_GATE,
  function findEv22Visits(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
    const mentions = [...people.personKey.keys()];
    for (const m of ctx.text.matchAll(EV22_PATTERNS.stayIn)) {
      if (/\bvisit(?:s|ed|ing)?\b/i.test(ctx.text.slice(0, m.index))) continue;
      const p = personAfter(ctx, mentions, m.index + m[0].length);
      const c = p && people.clusters.find((x) => x.mentions.includes(p));
      const at = m.index + m[0].indexOf('stay');
      if (c) addVisit(ctx, add, c.name, m[1]!, ctx.text.slice(at, m.index + m[0].length), at, 'event.stay-in-place');
    }
  },
);
