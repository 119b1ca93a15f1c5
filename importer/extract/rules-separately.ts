// One rule family for "X received A and B separately" (issue 6): one host, two or more guests told by one verb marked
// "separately" (or "separate meetings / talks with"), so one meeting per guest, each held by the host and that guest
// alone. Folded from the three rounds that wrote it at once (fl15a, fl15b, fl15c): one set of named patterns (SEPARATELY),
// one way of making the meetings (addPairMeeting, told-meetings.ts, through `pair`), one record of their hosts, and no
// pass after the relation rules that removes what they wrote.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found, PairTold, PeopleFacts, PersonMention } from './types.ts';

/** The verb of "held separate (bilateral) talks / meetings / conversations with": group 1 the noun. */
const HELD_SEPARATE = String.raw`\b(?:held|had|holds)[^\S\n]+separate[^\S\n]+(?:bilateral[^\S\n]+)?(talks|meetings|conversations|consultations)[^\S\n]+with[^\S\n]+`;

/**
 * Rule family event.separately: the named patterns of the host's verb, the "separately" / "separate meetings with"
 * marker and the guests' clause, read by event.met-separately (a told meeting whose guest list says "separately"),
 * event.held-separate-with and event.received-separately (a verb with the marker in its clause).
 */
export const SEPARATELY = {
  id: 'event.separately',
  /** The host's verb, with the marker before the guests or "separate <meetings>" as the verb's object. */
  hostVerb:
    /\b(?:received|receives|met(?:[^\S\n]+with)?|meets(?:[^\S\n]+with)?|hosted|welcomed)\b|\b(?:held|had|holds)[^\S\n]+separate[^\S\n]+(?:meetings|talks|audiences|bilateral[^\S\n]+meetings)[^\S\n]+with\b/g,
  /** "held separate (bilateral) conversations with A and B": the verb and the noun the meetings take (group 1). */
  heldSeparate: new RegExp(HELD_SEPARATE, 'g'),
  /** The marker anywhere in the clause after the verb. */
  marker: /\bseparately\b|^[^\S\n]+separate\b|\bseparate[^\S\n]+(?:meetings|talks|audiences)\b/,
  /** What ends the guests' clause. */
  clauseEnd: /;|\b(?:where|during which|at which|who|after which)\b/,
  /** "received A and B separately", "met A, B and C separately": after the last guest (and its state). */
  after:
    /^(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3})?,?[^\S\n]+separately\b/u,
  /** "received separately A and B", "met separately with A and B", "met each of A and B": right before the first guest. */
  before: /\b(?:separately|each[^\S\n]+of)[^\S\n]+(?:with[^\S\n]+)?(?:the[^\S\n]+)?$/,
  /** Between two guests of the list: a comma or "and", after the first one's state ("A of X and B of Y"). */
  gap: /^(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3})?(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)$/u,
  /** "held talks with A at the Palace and with B in Berlin": "with" said again after a place of the first guest's own,
   * each guest a meeting of its own ("met with A, with B and with C" during a mission is its business). */
  withAgain:
    /^(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]*(?:[^\S\n]+\p{Lu}[\p{L}-]*){0,3}?)?,?[^\S\n]+(?:at|in)[^\S\n]+(?:the[^\S\n]+)?[\p{Lu}][^,;.\n]{0,50}?,?[^\S\n]+and[^\S\n]+(?:also[^\S\n]+)?with[^\S\n]+(?:the[^\S\n]+)?$/u,
};

/** Rule event.met-separately: the list patterns of SEPARATELY that make a told meeting one meeting per guest. */
export const MET_SEPARATELY = {
  id: 'event.met-separately',
  after: SEPARATELY.after,
  before: SEPARATELY.before,
  gap: SEPARATELY.gap,
  withAgain: SEPARATELY.withAgain,
  /** "held separate (bilateral) conversations with A and B" right before the first guest. */
  held: new RegExp(`${HELD_SEPARATE}$`),
};

/** Rule event.held-separate-with: "held separate (bilateral) talks / meetings / conversations with A and B". */
export const HELD_SEPARATE_WITH = SEPARATELY.heldSeparate;

/**
 * Rule event.received-separately: "The President received separately the Minister A and the Minister B", "X met A and
 * B separately", "X held separate meetings with A and with B": the host is the last person named before the verb in
 * its clause; the guests every person named after it in the sentence, before any clause of its own (a semicolon,
 * "where", "during which", "who"). Without the marker (one meeting of all of them) or with fewer than two guests,
 * nothing.
 */
export const EVENT_RECEIVED_SEPARATELY = {
  id: 'event.received-separately',
  verb: SEPARATELY.hostVerb,
  marker: SEPARATELY.marker,
  clauseEnd: SEPARATELY.clauseEnd,
};

interface Spanned {
  start: number;
  end: number;
  from?: number;
  to?: number;
}

/**
 * Rule event.met-separately: given the first guest of a told meeting and the person mentions of its sentence in order,
 * returns the guests it was held with one by one ("the Chairperson received A and B separately", "held separate
 * conversations with A and B"), the first included, or only the first guest when the sentence does not say
 * "separately" / "separate": "received A and B" stays one meeting. "Held talks with A at the Palace and with B in
 * Berlin" says "with" again: two meetings too.
 */
export function separateGuests<P extends Spanned>(
  text: string,
  verbEnd: number,
  first: P,
  inSentence: readonly P[],
): P[] {
  const list = [first];
  let again = false;
  for (const p of inSentence) {
    const last = list[list.length - 1]!;
    if ((p.from ?? p.start) < (last.to ?? last.end)) continue;
    const gap = text.slice(last.to ?? last.end, p.from ?? p.start);
    const withAgain = MET_SEPARATELY.withAgain.test(gap);
    if (!withAgain && !MET_SEPARATELY.gap.test(gap)) break;
    again ||= withAgain;
    list.push(p);
  }
  if (list.length < 2) return [first];
  if (again) return list;
  const lead = text.slice(Math.max(0, verbEnd - 60), first.from ?? first.start);
  const tail = text.slice(list[list.length - 1]!.to ?? list[list.length - 1]!.end);
  return MET_SEPARATELY.after.test(tail) || MET_SEPARATELY.before.test(lead) || MET_SEPARATELY.held.test(lead)
    ? list
    : [first];
}

/** Rule event.met-separately: the rule id its meetings carry (told-meetings.ts), one per guest. */
export const MET_SEPARATELY_RULE = 'event.met-separately';

/** part-of.met-separately: a frame before the meetings, "On the margins of the Session, X received A and B separately". */
export const MARGINS_FRAME = /\b(?:margins?|sidelines?|fringes?|occasion)[^\S\n]+of[^\S\n]+/i;

/**
 * Rule discussed.not-sibling-meeting: two meetings of one "received A and B separately" (same rule, same sentence) are
 * told side by side; neither is the other's subject (discussed.told-event, rules-top4.ts).
 */
export function siblingMeetings(ruleA: string | undefined, ruleB: string | undefined, sameSentence: boolean): boolean {
  return sameSentence && ruleA === MET_SEPARATELY_RULE && ruleB === MET_SEPARATELY_RULE;
}

/** Rule event.met-separately: the city one guest's own words give ("… with B in Berlin"), up to the next guest. */
export function ownPlace(text: string, g: Spanned, next: Spanned | undefined, sentenceEnd: number): string | undefined {
  const seg = text.slice(g.to ?? g.end, next ? (next.from ?? next.start) : sentenceEnd);
  return /^[^.;]{0,40}?\bin[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)/u.exec(seg)?.[1];
}

type Add = (t: 'Event', s: string, st: number, r: string) => Found | undefined;
/** The one maker of a pair's meeting (addPairMeeting, told-meetings.ts), passed in so that no import cycle forms. */
export type PairMaker = (
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: Add,
  t: PairTold,
) => Found | undefined;

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
  add: Add,
  pair: PairMaker,
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
      pair(ctx, people, main, add, {
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

/** The host of each meeting event.received-separately made, by document and event key. */
const HOSTS = new WeakMap<Ctx, Map<string, PersonMention>>();
/** The host event.received-separately read for an event it made (participated.received-separately). */
export const receivedSeparatelyHost = (ctx: Ctx, key: string): PersonMention | undefined => HOSTS.get(ctx)?.get(key);

/**
 * Whether the event is one meeting of a "received A and B separately" (event.met-separately, event.held-separate-with,
 * or one event.received-separately gave a host): it has its own two people and is no frame of its siblings.
 */
export function separateMeeting(ctx: Ctx, key: string): boolean {
  return ctx.entity(key)?.rule === MET_SEPARATELY_RULE || receivedSeparatelyHost(ctx, key) !== undefined;
}

/** Rule family event.separately, event side: the meetings of "held separate … with A and B", then of a verb marked
 * "separately" with two or more guests (the guests of a told meeting are split in told-meetings.ts, by separateGuests). */
export function findMeetingsHeldSeparately(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: Add,
  pair: PairMaker,
): void {
  findHeldSeparateWith(ctx, people, main, add, pair);
  findReceivedSeparately(ctx, people, main, add, pair);
}

/** The key of a meeting a told-* rule made over [from, to) in sentence `si`, if any. */
function toldAt(ctx: Ctx, si: number, from: number, to: number): string | undefined {
  return ctx
    .inSentence(si)
    .find((c) => c.type === 'Event' && c.rule.startsWith('event.told-') && c.start < to && c.end > from)?.key;
}

/** The meetings of one host with each of several guests received separately (see EVENT_RECEIVED_SEPARATELY). */
export function findReceivedSeparately(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: Add,
  pair: PairMaker,
): void {
  const R = EVENT_RECEIVED_SEPARATELY;
  if (!/\bseparate(?:ly)?\b/.test(ctx.text)) return;
  const mentions = [...people.personKey.keys()];
  const clusterOf = (p: (typeof mentions)[number]) => people.clusters.find((c) => c.mentions.includes(p));
  for (const s of ctx.sentences) {
    if (s.heading || !/\bseparate(?:ly)?\b/.test(s.text)) continue;
    for (const m of s.text.matchAll(R.verb)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const stop = R.clauseEnd.exec(ctx.text.slice(end, s.end));
      const clauseEnd = stop ? end + stop.index : s.end;
      if (!R.marker.test(m[0].includes('separate') ? ' separate' : ctx.text.slice(end, clauseEnd))) continue;
      const inS = mentions.filter((p) => p.sentence === s.index).sort((a, b) => a.start - b.start);
      const host = inS.filter((p) => (p.to ?? p.end) <= at).pop();
      if (!host || /[.;:]|\bthat\b/.test(ctx.text.slice(host.to ?? host.end, at))) continue;
      const hostCluster = clusterOf(host);
      const guests = inS.filter(
        (p) => (p.from ?? p.start) >= end && p.end <= clauseEnd && clusterOf(p) !== hostCluster,
      );
      const distinct = guests.filter((g, i) => guests.findIndex((x) => clusterOf(x) === clusterOf(g)) === i);
      if (distinct.length < 2) continue;
      // Each meeting's span is its own: the verb to the first guest, then each later guest's title and name.
      distinct.forEach((guest, i) => {
        const made = pair(ctx, people, main, add, {
          host,
          guest,
          place: undefined,
          from: i === 0 ? at : (guest.from ?? guest.start),
          to: guest.end,
          rule: EVENT_RECEIVED_SEPARATELY.id,
          inOpening: true,
          several: true,
        });
        // A meeting another rule already told for the first guest ("event.told-met") is that guest's meeting too.
        const key = made?.key ?? toldAt(ctx, s.index, i === 0 ? at : (guest.from ?? guest.start), guest.end);
        if (key) HOSTS.set(ctx, (HOSTS.get(ctx) ?? new Map<string, PersonMention>()).set(key, host));
      });
    }
  }
}

/**
 * Rules participated.met-separately and part-of.met-separately: each meeting of "X received A and B separately"
 * (event.met-separately) is held by the host, the last person named before the first guest, and by its own guest, the
 * person its span starts with, not by the other guests of the sentence; told after "on the margins of" a frame it is
 * part of the readout's own meeting, as one meeting told so is (part-of.occasion).
 */
export function metSeparatelyRelations(k: RelKit): void {
  const { ctx, ev, personsIn, clusterOf, main } = k;
  const meetings = ev.eventMentions.filter((e) => ctx.entity(e.key)?.rule === MET_SEPARATELY_RULE);
  for (const e of meetings) {
    const ps = personsIn(e.sentence).map(([m]) => m);
    const first = Math.min(...meetings.filter((x) => x.sentence === e.sentence).map((x) => x.start));
    const host = ps.filter((m) => (m.to ?? m.end) <= first).pop();
    const guest = ps.find((m) => (m.from ?? m.start) === e.start || m.start === e.start);
    for (const m of [host, guest])
      if (m) k.participate(e, clusterOf.get(m)!, e.sentence, 'participated.met-separately');
    const s = ctx.sentences[e.sentence]!;
    const frame = MARGINS_FRAME.exec(ctx.text.slice(s.start, first));
    if (frame && main && main.key !== e.key && ctx.entity(main.key)?.rule !== MET_SEPARATELY_RULE)
      ctx.relate('PART_OF', e.key, main.key, e.sentence, 'part-of.met-separately');
  }
}
