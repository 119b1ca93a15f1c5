// Rules of the ev9 round (issue 6, item 6): meetings held inside a visit told after it, in the sentences that follow
// the visit ("During his stay in Hanoi, he also met A and B", "In the course of the visit, he held talks with Y",
// "The visit included talks with A and a meeting with B", "The second day of X's visit … began with a meeting with
// Y"). Each meeting is named after the visitor and the person met, with the visitor and that person taking part and
// the visit holding it (relations in `visitMeetingRelations`).
import type { Ctx } from './context.ts';
import { kindOf } from './main-event.ts';
import type { PersonCluster } from './persons-resolve.ts';
import type { RelKit } from './rel-kit.ts';
import { EV22_VISIT_SCOPE } from './rules-ev22.ts';
import { addPairMeeting } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** The rule id of a meeting held inside a visit (event.in-visit-meeting). */
export const IN_VISIT_RULE = 'event.in-visit-meeting';

/**
 * A sentence told inside a visit: "During his stay in Hanoi", "In the course of the visit", "As part of the visit",
 * "On the second day of the visit", "The visit included", "The second day of X's state visit … began with", "He then".
 */
export const VISIT_SCOPE =
  /\b(?:during|in\s+the\s+course\s+of|as\s+part\s+of|on\s+the\s+(?:first|second|third|last|final)\s+day\s+of)\s+(?:his|her|their|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:stay|visit|trip|tour)\b|\bthe\s+(?:visit|programme|program)\s+(?:also\s+)?included\b|^The\s+(?:first|second|third|last|final)\s+day\s+of\b|^(?:He|She)\s+then\b/iu;

/**
 * What tells that the person right after it was met: a verb ("met", "held talks with", "called on") or a noun of a
 * meeting ("a meeting with", "delegation-level talks with", "an audience with"), with the titles between.
 */
const MET_CUE =
  /(?:\b(?:met|meets)(?:\s+with)?|\bcall(?:ed|s)?\s+on|\b(?:held|had)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|consultations|conversation)\s+with|\b(meeting|talks|audience|lunch|luncheon|dinner|breakfast|conversation)\s+with)\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*|of|for)\s+){0,8}$/u;
/** "held talks with A, with B and with C": the business of the stay with several people, no pair meetings. */
const WITH_LIST = /\bwith\b[^.;]{0,120}?,\s*(?:and\s+)?with\b/;
/** A further person met, coordinated with the one before: "… met A and National Assembly Chairman B". */
const AND_NEXT = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\p{Lu}][\p{L}'’.-]*\s+){0,6}$/u;

/** The first held visit of the readout and its visitor: the person named before it in its sentence, else after it. */
function visitAndVisitor(
  ctx: Ctx,
  people: PeopleFacts,
  events: Found[],
): { visit: Found; visitor: PersonMention } | undefined {
  const visit = events.find((e) => !e.planned && kindOf(e.name) === 'visit');
  if (!visit) return undefined;
  const inS = [...people.personKey.keys()].filter((p) => p.sentence === visit.sentence);
  const before = inS.filter((p) => (p.to ?? p.end) <= visit.start).sort((a, b) => a.start - b.start);
  const visitor = before.pop() ?? inS.filter((p) => p.start >= visit.end).sort((a, b) => a.start - b.start)[0];
  return visitor ? { visit, visitor } : undefined;
}

/**
 * Rule event.in-visit-meeting: in the sentences after a held visit that are told inside it (VISIT_SCOPE), each person
 * met (MET_CUE, and people coordinated with one met) holds a meeting with the visitor, named after the two.
 */
export function findVisitMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  events: Found[],
  main: Found | undefined,
  add: AddEvent,
): void {
  const found = visitAndVisitor(ctx, people, events);
  if (!found) return;
  const { visit, visitor } = found;
  const clusterOf = (p: PersonMention) => people.clusters.find((c) => c.mentions.includes(p));
  const visitorCluster = clusterOf(visitor);
  for (const s of ctx.sentences.slice(visit.sentence, visit.sentence + 6)) {
    if (s.heading || !(VISIT_SCOPE.test(s.text) || EV22_VISIT_SCOPE.test(s.text)) || WITH_LIST.test(s.text)) continue;
    const inS = [...people.personKey.keys()]
      .filter((p) => p.sentence === s.index && p.start >= visit.end)
      .sort((a, b) => a.start - b.start);
    let last: { end: number; noun: string } | undefined;
    for (const p of inS) {
      const from = p.from ?? p.start;
      const next = last && AND_NEXT.test(ctx.text.slice(last.end, from));
      const cue = next ? null : MET_CUE.exec(ctx.text.slice(Math.max(s.start, from - 120), from));
      if (clusterOf(p) === visitorCluster || (!cue && !next)) {
        last = undefined;
        continue;
      }
      const noun = cue ? (cue[1]?.toLowerCase() ?? (/talks/.test(cue[0]) ? 'talks' : 'meeting')) : last!.noun;
      const at = cue ? from - cue[0].length : from;
      addPairMeeting(ctx, people, main, add, {
        host: visitor,
        guest: p,
        place: undefined,
        from: at,
        to: p.end,
        rule: IN_VISIT_RULE,
        noun,
        inOpening: true,
        several: true,
      });
      last = { end: p.to ?? p.end, noun };
    }
  }
}

/**
 * Rules participated.in-visit-meeting and part-of.in-visit-meeting: a meeting held inside a visit (event.in-visit-meeting)
 * is held by the person its span names and by the visit's visitors, and is part of the visit.
 */
export function visitMeetingRelations(k: RelKit): void {
  const { ctx, ev, clusterOf, personsIn, participants } = k;
  const visit = ev.events.find((e) => !e.planned && kindOf(k.nameOf(e)) === 'visit');
  if (!visit) return;
  const inVisit = personsIn(visit.sentence).map(([x]) => x);
  const visitor =
    inVisit.filter((x) => (x.to ?? x.end) <= visit.start).pop() ?? inVisit.find((x) => x.start >= visit.end);
  const visitors = [...(participants.get(visit.key) ?? []), ...(visitor ? [clusterOf.get(visitor)!] : [])];
  for (const e of ev.eventMentions.filter((x) => ctx.entity(x.key)?.rule === IN_VISIT_RULE)) {
    const met: PersonCluster[] = personsIn(e.sentence)
      .filter(([x]) => (x.from ?? x.start) >= e.start && x.end <= e.end)
      .map(([x]) => clusterOf.get(x)!);
    for (const c of new Set([...met, ...visitors])) k.participate(e, c, e.sentence, 'participated.in-visit-meeting');
    ctx.relate('PART_OF', e.key, visit.key, e.sentence, 'part-of.in-visit-meeting');
  }
}

/** "… hosted a state banquet in his honour": a meal or ceremony given in the honour of someone told by a pronoun. */
const IN_PRONOUN_HONOUR = /^\s+in\s+(?:his|her|their)\s+hono(?:u)?r\b/i;

/**
 * Rule participated.in-visitor-honour: "X is paying a state visit to Y … King Z hosted a state banquet in his honour":
 * the visitors of the readout's held visit take part in what is given in their honour, told by a pronoun.
 */
export function participateInVisitorHonour(k: RelKit): void {
  const { ctx, ev, participants } = k;
  const visit = ev.events.find((e) => !e.planned && kindOf(k.nameOf(e)) === 'visit');
  if (!visit) return;
  for (const e of ev.eventMentions.filter((x) => !x.planned && x.sentence >= visit.sentence && x.key !== visit.key))
    if (IN_PRONOUN_HONOUR.test(ctx.text.slice(e.end, e.end + 30)))
      for (const c of participants.get(visit.key) ?? [])
        k.participate(e, c, e.sentence, 'participated.in-visitor-honour');
}
