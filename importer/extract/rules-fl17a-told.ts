// Event and participation rules of round fl17a (issue 6) that need the told-meeting stage; the rule data and pure
// helpers are in rules-fl17a.ts.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import { EVENT_PRONOUN_HELD_WITH, pronounHeldWith } from './rules-fl17a.ts';
import { addPairMeeting } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

/** The person a pronoun at `at` in sentence `si` stands for: the last named before it there, else the first before. */
export function antecedent(mentions: PersonMention[], si: number, at: number): PersonMention | undefined {
  const here = mentions.filter((p) => p.sentence === si && (p.to ?? p.end) <= at).sort((a, b) => a.start - b.start);
  if (here.length) return here[here.length - 1];
  return mentions.filter((p) => p.sentence === si - 1).sort((a, b) => a.start - b.start)[0];
}

/** One sentence's pronoun meetings, as a finder of rules-fl17a.ts or rules-fl18b.ts gives them. */
type PronounFinder<T> = (text: string, sentStart: number, sentEnd: number, ms: PersonMention[]) => T[];

/**
 * The pronoun meetings of a text that `find` reads, sentence by sentence (headings left out), each with its host: the
 * pronoun's antecedent, when it is not the guest and `hostOk` accepts it.
 */
export function pronounMeetings<T extends { pronounAt: number; guest: PersonMention }>(
  ctx: Ctx,
  mentions: PersonMention[],
  find: PronounFinder<T>,
  hostOk: (host: PersonMention) => boolean = () => true,
): (T & { host: PersonMention; si: number })[] {
  return ctx.sentences.flatMap((s) =>
    s.heading
      ? []
      : find(
          ctx.text,
          s.start,
          s.end,
          mentions.filter((p) => p.sentence === s.index),
        ).flatMap((t) => {
          const host = antecedent(mentions, s.index, t.pronounAt);
          return host && host !== t.guest && hostOk(host) ? [{ ...t, host, si: s.index }] : [];
        }),
  );
}

/** The pronoun meetings of a text with their two people, sentence by sentence. */
function toldWithPronoun(ctx: Ctx, mentions: PersonMention[]) {
  return pronounMeetings(ctx, mentions, pronounHeldWith);
}

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** A pronoun meeting as `pronounMeetings` gives it: its two people, its clause and its noun. */
interface ToldPronounMeeting {
  host: PersonMention;
  guest: PersonMention;
  from: number;
  to: number;
  noun: string;
}

/**
 * Adds each pronoun meeting `told` found as a meeting named after its two people, made by `rule` (event.pronoun-held-with,
 * fl18b's event.pronoun-met); `several` says of a meeting whether it bars nothing (see `addPairMeeting`).
 */
export function addPronounMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: AddEvent,
  told: readonly ToldPronounMeeting[],
  rule: string,
  several: (t: ToldPronounMeeting) => boolean = () => false,
): void {
  for (const t of told) {
    const { host, guest, from, to, noun } = t;
    addPairMeeting(ctx, people, main, add, {
      host,
      guest,
      place: undefined,
      from,
      to,
      rule,
      noun,
      several: several(t),
    });
  }
}

/** Rule event.pronoun-held-with (rules-fl17a.ts): the meeting, named after its two people. */
export function findPronounHeldWith(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const told = toldWithPronoun(ctx, [...people.personKey.keys()]);
  addPronounMeetings(ctx, people, main, add, told, EVENT_PRONOUN_HELD_WITH.id);
}

/** Rule participated.pronoun-held-with: the two people of such a meeting take part in it. */
export function participatePronounHeldWith(k: RelKit): void {
  participateInPronounMeetings(k, EVENT_PRONOUN_HELD_WITH.id, toldWithPronoun, 'participated.pronoun-held-with');
}

/**
 * The host and the guest of each pronoun meeting that `told` reads take part in the event `eventRule` made for it in
 * that sentence (participated.pronoun-held-with, fl18b's participated.pronoun-met).
 */
export function participateInPronounMeetings(
  k: RelKit,
  eventRule: string,
  told: (ctx: Ctx, mentions: PersonMention[]) => { host: PersonMention; guest: PersonMention; si: number }[],
  rule: string,
): void {
  const { ctx, ev, clusterOf } = k;
  const mine = ev.eventMentions.filter((e) => ctx.entity(e.key)?.rule === eventRule);
  if (!mine.length) return;
  for (const t of told(ctx, [...clusterOf.keys()])) {
    const e = mine.find((x) => x.sentence === t.si);
    if (!e) continue;
    for (const m of [t.host, t.guest]) k.participate(e, clusterOf.get(m)!, t.si, rule);
  }
}
