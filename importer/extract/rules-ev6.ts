// Relation rules of the ev6 round (issue 6, items 6 and 9), written from the events paraphrase bank
// (bank-events.ts): a meeting held "at" a named gathering is part of it; talks whose parties are told as
// "delegations of A and B" or after "between" further on involve those parties.
import type { GazetteerHit } from './gazetteer.ts';
import { kindOf } from './main-event.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { allMatches } from './text.ts';
import { reachedAtIncludingAfter } from './rules-ev18.ts';

/** PART_OF with the participants of the child carried to the parent (rules-participation.ts partOfWith). */
export type PartOfFn = (child: Found, parent: Found, si: number, rule: string) => void;

/** "at the NATO Summit", "at the 16th BRICS Summit in Kazan": a gathering a meeting is held at. */
export const AT_GATHERING = /\bat\s+(?:the\s+)?$/i;
/** Kinds of events that gather many: the frame of a meeting held there. */
const GATHERING_KIND = /^(?:summit|conference)$/;

/**
 * Rule part-of.at-gathering: "Prime Minister X held a bilateral meeting with President Y at the NATO Summit in
 * Washington": the readout's own meeting, told in the sentence, is part of the summit or conference it was held at.
 */
export function partOfAtGathering(k: RelKit, si: number, inS: Found[], partOf: PartOfFn): void {
  const { ctx, main, mainName, nameOf } = k;
  if (!main || !mainName || !/\b(?:meeting|talks|call on|conversation)\b/i.test(mainName)) return;
  if (ctx.hasRelationFrom('PART_OF', main.key)) return;
  const mainHere = inS.find((e) => nameOf(e) === mainName) ?? (main.sentence === si ? main : undefined);
  if (!mainHere) return;
  const parent = inS.find(
    (e) =>
      e.start > mainHere.start &&
      nameOf(e) !== mainName &&
      !e.planned &&
      GATHERING_KIND.test(kindOf(nameOf(e))) &&
      AT_GATHERING.test(ctx.text.slice(Math.max(0, e.start - 8), e.start)),
  );
  if (parent) partOf(main, parent, si, 'part-of.at-gathering');
}

/** "Delegations of Serbia and Kosovo", "the delegations of the two governments of A and B": the parties' teams. */
const DELEGATIONS_OF = /\b[Dd]elegations\s+of\s+(?:the\s+)?/g;
/** "negotiations on a free trade agreement between the European Union and the Philippines": parties after the topic. */
const TOPIC_BETWEEN = /^\s+(?:on|of|for)\s+[^.;:()]{1,80}?\bbetween\s+(?:the\s+)?/;
/** What joins two parties of a list: ", ", " and ", ", and ". */
const PARTY_SEP = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/;

/** The states and organisations listed from `at` on ("A and B", "A, B and C"); none when fewer than two. */
function partiesAt(k: RelKit, at: number): GazetteerHit[] {
  const { ctx, hitKeys } = k;
  const out: GazetteerHit[] = [];
  let pos = at;
  for (;;) {
    // The hits starting at `pos` (a binary search, not a scan of the document's hits).
    const h = k
      .hitsIn(pos, pos + 120)
      .find(
        (x) => x.start === pos && (x.type === 'State' || x.type === 'Organization') && !x.demonym && hitKeys.has(x),
      );
    if (!h) break;
    out.push(h);
    const sep = PARTY_SEP.exec(ctx.text.slice(h.end, h.end + 12));
    if (!sep) break;
    pos = h.end + sep[0].length;
  }
  return out.length >= 2 ? out : [];
}

/** The talks, rounds and negotiations of each sentence (no incident, no visit, no call), grouped once. */
function talksBySentence(k: RelKit): Map<number, Found[]> {
  const out = new Map<number, Found[]>();
  for (const e of k.ev.eventMentions)
    if (
      !INCIDENT_NAME.test(k.nameOf(e)) &&
      /\b(?:talks|negotiations|round|consultations|dialogue)\b/i.test(k.nameOf(e))
    )
      out.set(e.sentence, [...(out.get(e.sentence) ?? []), e]);
  return out;
}

/**
 * Rules involves.delegations-of and involves.topic-between: "Delegations of Serbia and Kosovo gathered in Brussels for
 * the third round of talks"; "The second round of negotiations on a free trade agreement between the European
 * Union and the Philippines took place in Manila": the talks of the sentence involve the parties so told.
 */
export function involvesTalkParties(k: RelKit): void {
  const { ctx } = k;
  const bySentence = talksBySentence(k);
  for (const [si, talks] of bySentence) {
    const s = ctx.sentences[si]!;
    if (s.heading || talks.length !== 1) continue;
    const e = talks[0]!;
    const parties = [...allMatches(s.text, DELEGATIONS_OF)].flatMap((m) =>
      partiesAt(k, s.start + m.index + m[0].length),
    );
    for (const h of parties) relateParty(k, e, h, s.index, 'involves.delegations-of');
    // Talks that named people held are known by them, not by the parties after their topic.
    const between = TOPIC_BETWEEN.exec(ctx.text.slice(e.end, s.end));
    if (between && attended(k, e)) continue;
    if (between)
      for (const h of partiesAt(k, e.end + between[0].length)) relateParty(k, e, h, s.index, 'involves.topic-between');
  }
}

/** Whether anyone took part in the event, under any mention of its name. */
function attended(k: RelKit, e: Found): boolean {
  const name = k.nameOf(e);
  return k.ev.eventMentions.some((x) => k.nameOf(x) === name && (k.participants.get(x.key)?.size ?? 0) > 0);
}

function relateParty(k: RelKit, e: Found, h: GazetteerHit, si: number, rule: string): void {
  const key = k.hitKeys.get(h);
  if (key) k.ctx.relate('INVOLVES', e.key, key, si, rule);
}

/** "signed during the visit", "adopted at the meeting": a signing verb and a definite event noun after it. */
const SIGNED_DURING_THE =
  /^\s*,?\s*(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?(?:signed|concluded|adopted|initialled|initialed|reached)\s+(?:during|at|in\s+the\s+course\s+of)\s+(?:the|this)\s+(visit|meeting|talks|summit|ceremony|conference)\b/i;
/** "a signing ceremony at which the Treaty … was signed": the agreement right after "at which". */
const AT_WHICH = /\bat\s+which\s+(?:the\s+)?$/i;
/** The signing verb after an agreement named after "at which". */
const WAS_SIGNED = /^\s+(?:was|were)\s+(?:signed|concluded|adopted|initialled|initialed)\b/i;

/** The event a definite noun ("the visit") refers back to: the readout's own if of that kind, else the last before. */
function eventOfNoun(k: RelKit, noun: string, before: number): Found | undefined {
  const { ev, main, mainName, nameOf } = k;
  const kindRe = new RegExp(`\\b${noun === 'talks' ? 'talks' : noun}\\b`, 'i');
  if (main && mainName && kindRe.test(mainName)) return main;
  return ev.eventMentions.filter((e) => e.start < before && !e.planned && kindRe.test(nameOf(e))).pop();
}

/**
 * Rules reached-at.during-the and reached-at.at-which: "The Memorandum … signed during the visit" is reached at the
 * visit the text is about; "attended a signing ceremony at which the Treaty … was signed" at that ceremony.
 */
export function reachedAtDefinite(k: RelKit): void {
  const { ctx, ev } = k;
  for (const a of ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const during = SIGNED_DURING_THE.exec(ctx.text.slice(a.end, s.end));
    const e = during && eventOfNoun(k, during[1]!.toLowerCase(), a.start);
    if (e) ctx.relate('REACHED_AT', a.key, e.key, a.sentence, 'reached-at.during-the');
    if (!AT_WHICH.test(ctx.text.slice(Math.max(s.start, a.start - 20), a.start))) continue;
    if (!WAS_SIGNED.test(ctx.text.slice(a.end, a.end + 30))) continue;
    const host = ev.eventMentions.filter((x) => x.sentence === a.sentence && x.end <= a.start).pop();
    if (host) ctx.relate('REACHED_AT', a.key, host.key, a.sentence, 'reached-at.at-which');
  }
  // reached-at.including-after (ev18): "Four agreements were concluded during the visit, including X and Y".
  reachedAtIncludingAfter(
    ctx,
    ev.agreementMentions,
    // "the talks" of a readout whose own event is a meeting: that meeting.
    (noun, before) =>
      eventOfNoun(k, noun, before) ??
      (/^(?:talks|meeting)$/.test(noun) && k.main && !k.main.planned && /\b(?:meeting|talks)\b/.test(k.mainName ?? '')
        ? k.main
        : undefined),
    (a, e, si) => ctx.relate('REACHED_AT', a.key, e.key, si, 'reached-at.including-after'),
  );
}

/** A trip's name: the visitor of a programme's meetings. */
const TRIP = /\b(?:visit|mission|trip|tour)\b/i;

/**
 * Rules participated.listed-meeting and part-of.listed-meeting: a meeting listed in a programme (event.listed-meeting)
 * is held by the person it names and by the visitor of the readout's visit, of which it is part.
 */
export function listedMeetingRelations(k: RelKit): void {
  const { ctx, ev, main, mainName, clusterOf, personsIn, participants } = k;
  const trip = main && !main.planned && TRIP.test(mainName ?? '') ? main : undefined;
  for (const e of ev.eventMentions.filter((x) => ctx.entity(x.key)?.rule === 'event.listed-meeting')) {
    for (const [m] of personsIn(e.sentence).filter(([x]) => x.start >= e.start && x.end <= e.end))
      k.participate(e, clusterOf.get(m)!, e.sentence, 'participated.listed-meeting');
    if (!trip) continue;
    ctx.relate('PART_OF', e.key, trip.key, e.sentence, 'part-of.listed-meeting');
    for (const c of participants.get(trip.key) ?? []) k.participate(e, c, e.sentence, 'participated.listed-meeting');
  }
}

/** "paid a state visit", "is on an official visit", "began his three-day working visit": the visitor's verb before it. */
const PAID_VISIT =
  /\b(?:paid|pays|paying|made|makes|undertook|undertakes|began|begins|concluded|concludes|(?:is|was)\s+on|arrived\s+(?:in\s+\p{Lu}[\p{L}-]+\s+)?(?:for|on))\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$/u;

/**
 * Rule participated.visit-subject: "President X paid a state visit to Spain …": the person the sentence opens with,
 * right before the verb of visiting, made the visit.
 */
export function participateVisitSubject(k: RelKit): void {
  const { ctx, ev, clusterOf, personsIn, nameOf } = k;
  for (const e of ev.eventMentions.filter((x) => !x.planned && /\bvisit\b/i.test(nameOf(x)))) {
    const s = ctx.sentences[e.sentence]!;
    const before = ctx.text.slice(s.start, e.start);
    const v = PAID_VISIT.exec(before);
    if (!v) continue;
    const verbAt = s.start + v.index;
    const subject = personsIn(e.sentence)
      .filter(([m]) => (m.to ?? m.end) <= verbAt)
      .sort((a, b) => a[0].start - b[0].start)
      .pop();
    // Only the verb's own subject: nothing but an apposition or "who" between them.
    if (
      !subject ||
      /[.;:]|\b(?:and|that|met|received|said)\b/.test(ctx.text.slice(subject[0].to ?? subject[0].end, verbAt))
    )
      continue;
    k.participate(e, clusterOf.get(subject[0])!, e.sentence, 'participated.visit-subject');
  }
}
