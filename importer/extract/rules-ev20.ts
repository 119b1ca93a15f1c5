// Rules of the ev20 round (issue 6), from the twelfth, blind events bank (importer/extract/bank-events-12.ts;
// docs/first-look.md "events-12 (ev20)"): the readout's own meeting told generically, and the tours that frame a
// meeting. Each is a general construction of readouts, never one passage's wording: an opening that tells the meeting
// only by a generic noun ("The talks, held at …", "Discussions between A and B focused on", "Their conversation
// covered"), a passive call ("A was called by B"), a call told by "exchanged by telephone", a headline verb over a body
// that names the two without a noun of meeting; a meeting "between A and B" named after A and B, not after whoever
// reports it; a tour told by its stops ("the first stop of a tour that also takes him to …", "on the Hanoi leg of his
// Asia trip"), the meetings of its traveller part of it, and its traveller alone taking part in it. Tested in
// rules-ev20.test.ts; the bank's cases in bank-events-12.test.ts.
import type { Ctx } from './context.ts';
import type { Sentence } from '../types.ts';
import type { RelKit } from './rel-kit.ts';
import { longDate } from './text.ts';
import { whenWord, wordGate } from './gates.ts';
import { addPairMeeting, familyName } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';

const SP = '[^\\S\\n]+';
/** A capitalised word of a name, accents and inner hyphens or apostrophes allowed. */
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";

/** Patterns of the ev20 rules, as named data. */
export const EV20_PATTERNS = {
  /**
   * event.main-generic-told: a wire or agency dateline before the opening ("NAIROBI, 12 March (KNA) —", "ABU DHABI,
   * 13th February, 2024 (WAM) --"), skipped before the generic noun is looked for.
   */
  dateline: new RegExp(
    `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]+,[^—–\\n]{0,40}?(?:\\([^)\\n]{1,30}\\))?${SP}(?:[—–]|-{1,2})${SP}`,
    'u',
  ),
  /**
   * event.main-generic-told: the opening of a sentence that tells the readout's meeting by a generic noun alone: "The
   * talks, held at …", "Discussions between A and B focused on", "During the conversation, …", "In the course of the
   * exchange", "Their conversation covered", "During the reception, …", "At the meeting in Singapore, …". Group 1: the
   * noun.
   */
  genericLead: new RegExp(
    `^(?:(?:During|At|In|After|Following|Throughout)${SP}(?:the${SP}course${SP}of${SP})?)?(?:(?:the|their)${SP})?(talks|meeting|conversation|exchange|discussions?|reception|(?:tele)?phone${SP}(?:call|conversation)|call)\\b`,
    'iu',
  ),
  /**
   * event.main-generic-told: a call told by a verb the main-event steps do not read: "A was called by B", "A and B
   * exchanged by telephone", "exchanged views by phone".
   */
  callVerb: new RegExp(
    `\\b(?:(?:was|were)${SP}(?:tele)?(?:phoned|called)${SP}by|exchanged(?:${SP}views)?${SP}(?:by|over${SP}the|on${SP}the)${SP}(?:tele)?phone)\\b`,
    'iu',
  ),
  /** A gathering with a chair or attendees ("chaired by", "attended by", "joined by"), not a pair's meeting. */
  gatheringCue: /\b(?:co-?chaired|chaired\s+by|attended\s+by|joined\s+by|presided\s+over)\b/iu,
  /** Any noun of a meeting or call in an earlier sentence. */
  meetingNoun:
    /\b(?:meeting|talks|summit|conference|session|call|conversation|consultations|dialogue|discussions|visit|negotiations)\b/iu,
  /** A headline that tells a meeting by its verb: "UAE President receives Indian Prime Minister", "A meets B". */
  headlineVerb: /\b(?:meets|met|receives|received|hosts|hosted|welcomes|welcomed|holds talks|held talks)\b/iu,
  /**
   * event.main-generic-told: a verb of dealing with a subject, which tells a meeting when a headline told one and the
   * body names the two: "A and B today reviewed bilateral relations", "discussed", "exchanged views on".
   */
  dealtVerb: /\b(?:reviewed|discussed|exchanged\s+views|held\s+discussions|took\s+stock)\b/iu,
  /** A sentence that tells something not held: a wish, a plan, a refusal. */
  unheld:
    /\b(?:will|would|shall|plans?\s+to|intends?\s+to|(?:is|are|was|were)\s+(?:due|expected|set|ready|willing)\s+to|hopes?\s+to|proposed|called\s+off|postponed|cancell?ed)\b/iu,
  /**
   * event.main-not-offered: a meeting only offered or proposed, told before its noun in the same clause: "said he was
   * ready to meet B for talks", "offered to hold talks with", "proposed to meet". Tested on the text before the noun.
   */
  readyBefore:
    /\b(?:(?:is|are|was|were|am)\s+(?:ready|willing|prepared)|offered|proposed|(?:expressed|stated|reiterated)\s+(?:his|her|their)\s+(?:readiness|willingness))\s+to\s+[^,;.]{0,80}$/iu,
  /**
   * event.main-between-pair: "the meeting between President A and President B", "talks between A and B": the people
   * right after the noun. Tested on the text after the noun.
   */
  betweenAfter: new RegExp(`^${SP}between${SP}`, 'u'),
  /**
   * event.tour-told: a tour or trip told by its stops or legs: "the first stop of a tour that also takes him to X",
   * "the final stop of his tour of Central Asia", "On the Hanoi leg of his Asia trip", "his Asia trip". Group 1: the
   * region or states after "of" (or before "trip"/"tour"); the whole match is the tour's span.
   */
  tourOfStops: new RegExp(
    `\\b(?:first|second|third|last|final|next|opening|latest)${SP}(?:stop|leg)${SP}of${SP}(?:a|an|his|her|the)${SP}(?:(?:regional|\\w+-(?:day|nation|country))${SP})?(?:tour|trip)\\b`,
    'iu',
  ),
  /** "on the Hanoi leg of his Asia trip", "his Asia trip": a trip named by its region (group 1) before the noun. */
  regionTrip: new RegExp(`\\b(?:his|her)${SP}(${CAP}(?:${SP}${CAP})?)${SP}(trip|tour)\\b`, 'u'),
  /** The states or places a tour takes its traveller to: "that also takes him to Tunisia, Togo and Côte d'Ivoire". */
  tourTakesTo: new RegExp(`^${SP}that${SP}(?:also${SP})?(?:takes|took|will${SP}take)${SP}(?:him|her)${SP}to\\b`, 'u'),
  /** A tour's or trip's name: "tour of Africa", "Wang Yi's tour", "Asia trip". */
  tourName: /\b(?:tour|trip)\b/iu,
  /**
   * A tour of states or a region, not of a site ("tour of the Miraflores Locks" has guides and hosts): "tour of
   * Africa", "Asia trip", "African tour", "Wang Yi's tour", "tour abroad".
   */
  regionalTour: new RegExp(
    `\\b(?:tour|trip)${SP}(?:of|to)${SP}(?!the\\b)\\p{Lu}|\\p{Lu}[\\p{L}-]*${SP}(?:tour|trip)\\b|['’]s${SP}(?:tour|trip)$|\\b(?:tour|trip)${SP}abroad\\b`,
    'u',
  ),
  /**
   * event.visit-clause-meeting: a meeting the visitor or traveller had, told in a relative clause of the sentence that
   * tells the visit or tour: ", where he was received by B", ", in the course of which he had a meeting with B",
   * ", during which she held talks with B". Group 1: whether the visitor was received (the host is named after it).
   */
  /** What every clauseMeeting holds, looked for in the sentence before its people are read (perf20c). */
  clauseCue: new RegExp(`\\b(?:where|which)${SP}(?:he|she)\\b`, 'u'),
  clauseMeeting: new RegExp(
    `,${SP}(?:where|during${SP}which|in${SP}the${SP}course${SP}of${SP}which|in${SP}which)${SP}(?:he|she)${SP}(?:(?:also|then|first)${SP})?(?:(was${SP}received${SP}by)|had${SP}(?:a${SP}(?:meeting|bilateral${SP}meeting)|talks)${SP}with|held${SP}talks${SP}with|met(?:${SP}with)?)${SP}$`,
    'u',
  ),
  /**
   * event.place-named-is-main: "the Ankara talks", "At the Brussels gathering": a later name of the readout's meeting by
   * its place and a generic noun. Group 1: the place.
   */
  placeNamed: /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:talks|meeting|gathering|consultations|discussions)$/u,
  /** What tells a place-named meeting as another: a date, a partner, a time before ("of 10 January", "between", "last"). */
  anotherAfter:
    /^\s*(?:of\s+\d|on\s+\d|between|last|earlier|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))/u,
  /**
   * event.their-recalled-meeting: "since their 7 December meeting in Athens", "recalled their first meeting, held in
   * Leticia in July 2023": an earlier meeting of the readout's pair, told by "their" with its place. Group 1: the
   * noun; group 2: the place.
   */
  theirMeeting: new RegExp(
    `\\btheir${SP}(?:(?:first|last|previous|earlier|latest)${SP})?(?:\\d{1,2}${SP}\\p{Lu}\\p{L}+${SP}|\\p{Lu}\\p{L}+${SP}\\d{1,2}${SP})?(meeting|talks|summit)(?:,${SP}held)?${SP}in${SP}(\\p{Lu}[\\p{L}-]+(?:${SP}\\p{Lu}[\\p{L}-]+)?)\\b`,
    'gu',
  ),
  /** Rules whose PARTICIPATED_IN in a tour or visit is read from the sentence alone, not told of the person. */
  sentenceOnly: /^participated\.(?:same-sentence|main-sentence|main-leaders)$/,
};

/** What the main-event steps lend the rule: adding the main event, noting its pair, the pairs of sentences. */
export interface MainKit {
  ctx: Ctx;
  people: PeopleFacts;
  title: { index: number; start: number; end: number; text: string } | undefined;
  addMain: (name: string, at: number, rule: string, surface: string) => Found | undefined;
  notePair: (f: Found, pair: PersonCluster[]) => void;
  pairOf: (si: number) => PersonCluster[];
  placeOf: (text: string) => string | undefined;
  familyName: (c: PersonCluster) => string;
}

/** The generic noun or verb of a sentence that tells the readout's meeting, with the word it is named by. */
function genericCue(
  text: string,
  headlineTold: boolean,
  callTold: boolean,
): { word: string; at: number; surface: string } | undefined {
  const lead = EV20_PATTERNS.dateline.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);
  const g = EV20_PATTERNS.genericLead.exec(body);
  if (g) {
    const noun = g[1]!.toLowerCase().replace(/\s+/g, ' ');
    const word = /exchange|reception/.test(noun)
      ? callTold
        ? 'call'
        : 'meeting'
      : /^conversation$/.test(noun) && callTold
        ? 'telephone conversation'
        : noun;
    return { word, at: lead + g.index + g[0].length - g[1]!.length, surface: g[1]! };
  }
  const c = EV20_PATTERNS.callVerb.exec(text);
  if (c) return { word: 'call', at: c.index, surface: c[0] };
  const d = headlineTold ? EV20_PATTERNS.dealtVerb.exec(text) : null;
  if (d) return { word: 'meeting', at: d.index, surface: d[0] };
  return undefined;
}

/**
 * Rule event.main-generic-told: when no step found the readout's own meeting, the first of its first three prose
 * sentences that tells it by a generic noun alone ("The talks, held at Parliament House on 12 November, focused on …";
 * "Discussions between A and B focused on …"; "Their conversation covered …"), by a passive call ("A was called by B"),
 * by "exchanged by telephone", or under a headline that tells a meeting by its verb, by a verb of dealing with a subject
 * ("A and B today reviewed …"), tells the meeting of the two people it names, else of the two the headline names. Named
 * after them ("Albanese-Prabowo talks in Canberra"); the pair takes part.
 */
export function mainOfGenericTold(k: MainKit): Found | undefined {
  const { ctx, title } = k;
  const prose = ctx.sentences.filter((s) => !s.heading).slice(0, 3);
  const headlineTold = !!title && EV20_PATTERNS.headlineVerb.test(title.text);
  const callTold = /\b(?:tele)?phone|\bcall(?:ed|s)?\b|\bspoke\b/i.test(
    prose.map((s) => s.text).join(' ') + (title?.text ?? ''),
  );
  const titlePair = title ? distinct(k.pairOf(title.index)) : [];
  for (const [i, s] of prose.entries()) {
    if (EV20_PATTERNS.unheld.test(s.text) || EV20_PATTERNS.gatheringCue.test(s.text)) continue;
    // "A special meeting of the Bureau was convened … The meeting was chaired by …": a noun after an earlier one
    // refers back to it; the rule reads only the first telling.
    if (prose.slice(0, i).some((x) => EV20_PATTERNS.meetingNoun.test(x.text))) break;
    const cue = genericCue(s.text, headlineTold, callTold);
    // "At their meeting in Portavia": a noun another rule already named is that event, not a new one.
    if (!cue || ctx.covering('Event', s.start + cue.at, s.start + cue.at + cue.surface.length).length) continue;
    const own = distinct(k.pairOf(s.index));
    // Not the pair of the sentence before: "A received B in City. Talks centred on …" is the opening's meeting, told
    // by its verb, which the earlier steps name (or leave for a reason of their own).
    const pair = own.length === 2 ? own : titlePair.length === 2 ? titlePair : undefined;
    if (!pair) continue;
    const names = pair.map(k.familyName);
    if (names[0] === names[1]) continue;
    const call = /call|telephone|phone/.test(cue.word);
    const place = call ? undefined : k.placeOf(s.text);
    const when = !place && ctx.doc.date ? longDate(ctx.doc.date) : undefined;
    const name = `${names.join('-')} ${cue.word}${place ? ` in ${place}` : when ? ` of ${when}` : ''}`;
    const f = k.addMain(name, s.start + cue.at, 'event.main-generic-told', cue.surface);
    if (!f) continue;
    k.notePair(f, pair);
    return f;
  }
  return undefined;
}

/** Distinct clusters, in order. */
const distinct = (list: PersonCluster[]): PersonCluster[] => [...new Set(list)];

/**
 * Rule event.main-between-pair: "Spokesperson A said that the meeting between President B and President C in Woodside
 * had been candid": the pair of a meeting noun followed by "between" is the two people named right after it, not the
 * sentence's first two. Returns undefined when the text after the noun names no two people.
 */
export function betweenPair(
  people: PeopleFacts,
  si: number,
  nounEnd: number,
  sentenceEnd: number,
  text: string,
): PersonCluster[] | undefined {
  if (!EV20_PATTERNS.betweenAfter.test(text.slice(nounEnd, sentenceEnd))) return undefined;
  const after = [...people.personKey.keys()]
    .filter((p) => p.sentence === si && p.start > nounEnd && p.start < sentenceEnd)
    .sort((a, b) => a.start - b.start)
    .slice(0, 2);
  if (after.length < 2) return undefined;
  // The two must be joined by "and": "between A and B", not "between A's government and the rebels, said C".
  const gap = text.slice(after[0]!.to ?? after[0]!.end, after[1]!.from ?? after[1]!.start);
  if (!/^\s*(?:,\s*)?and\s+(?:\S+\s+){0,4}$/u.test(gap)) return undefined;
  const pair = distinct(after.map((p) => people.clusters.find((c) => c.mentions.includes(p))!));
  return pair.length === 2 ? pair : undefined;
}

/** Tours found by event.tour-told and meetings by event.visit-clause-meeting, with their people, per document. */
const toldTours = new WeakMap<Ctx, { key: string; traveller: PersonCluster }[]>();
const clauseMeetings = new WeakMap<Ctx, { key: string; pair: PersonCluster[]; frame: string }[]>();

const clusterOf = (people: PeopleFacts, p: PersonMention): PersonCluster | undefined =>
  people.clusters.find((c) => c.mentions.includes(p));

/** The person mentions of a sentence, in text order. */
function mentionsIn(people: PeopleFacts, si: number): PersonMention[] {
  return [...people.personKey.keys()].filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
}

/**
 * Rule event.tour-told: a tour or trip told by its stops or legs ("the first stop of a tour that also takes him to X, Y
 * and Z", "the final stop of his tour", "On the Hanoi leg of his Asia trip") is an event of its own, the traveller's
 * tour ("Wang Yi's tour", "Joe Biden's Asia trip"): the traveller is the sentence's first person. Not when the
 * sentence already names a tour or trip, nor when it tells it still to come.
 */
export function findTours(
  ctx: Ctx,
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const s of ctx.sentences) if (!s.heading) tourIn(ctx, s, people, add);
}

/** The words one of which every sentence event.tour-told reads holds: regionTrip's and tourOfStops' nouns (perf20c). */
export const TOUR_GATE = wordGate('tour', 'trip');

/** Rule event.tour-told in sentence `s`. */
const tourIn = whenWord(
  TOUR_GATE,
  function tourTold(
    ctx: Ctx,
    s: Sentence,
    people: PeopleFacts,
    add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
  ): void {
    const r = EV20_PATTERNS.regionTrip.exec(s.text);
    const m = r ?? EV20_PATTERNS.tourOfStops.exec(s.text);
    if (!m || EV20_PATTERNS.unheld.test(s.text)) return;
    if (ctx.inSentence(s.index).some((c) => c.type === 'Event' && EV20_PATTERNS.tourName.test(c.name))) return;
    const first = mentionsIn(people, s.index)[0];
    const traveller = first && clusterOf(people, first);
    if (!traveller) return;
    const f = add('Event', m[0], s.start + m.index, 'event.tour-told');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.tour-told') return;
    f.name = r ? `${traveller.name}'s ${r[1]} ${r[2]}` : `${traveller.name}'s tour`;
    ctx.rename(c.key, f.name);
    c.alias = false;
    c.props.kind = 'visit';
    c.props.status = 'held';
    toldTours.set(ctx, [...(toldTours.get(ctx) ?? []), { key: f.key, traveller }]);
  },
);

/**
 * Rule event.visit-clause-meeting: "X concluded his tour of Central Asia in Astana, where he was received by President
 * B"; "X paid a working visit to Rome, in the course of which he had a meeting with Prime Minister B": the clause tells
 * a meeting of the visitor (the sentence's first person) with B, named after the two and placed in the sentence's city.
 */
export function findClauseMeetings(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  for (const s of ctx.sentences) {
    if (s.heading || !/\b(?:visit|tour|trip)\b/i.test(s.text) || !EV20_PATTERNS.clauseCue.test(s.text)) continue;
    const ms = mentionsIn(people, s.index);
    const visitor = ms[0];
    if (!visitor) continue;
    for (const host of ms.slice(1)) {
      const before = ctx.text.slice(s.start, host.from ?? host.start);
      const c = EV20_PATTERNS.clauseMeeting.exec(before);
      if (!c) continue;
      const [a, b] = [clusterOf(people, visitor), clusterOf(people, host)];
      if (!a || !b || a === b) continue;
      const place = /\bin\s+(\p{Lu}[\p{L}-]+)(?=[\s,])/u.exec(before.slice(0, c.index))?.[1];
      const f = addPairMeeting(ctx, people, main, add, {
        host: c[1] ? host : visitor,
        guest: c[1] ? visitor : host,
        place,
        from: s.start + c.index + 1,
        to: host.to ?? host.end,
        rule: 'event.visit-clause-meeting',
        inOpening: true,
        several: true,
      });
      const frame = ctx
        .inSentence(s.index)
        .find((x) => x.type === 'Event' && /\b(?:visit|tour|trip)\b/i.test(x.name) && x.start < s.start + c.index);
      if (f && frame)
        clauseMeetings.set(ctx, [...(clauseMeetings.get(ctx) ?? []), { key: f.key, pair: [a, b], frame: frame.name }]);
    }
  }
}

/** Replaces the document's relations by those `keep` accepts. */
const keepRelations = (ctx: Ctx, keep: (r: Ctx['relations'][number]) => boolean): void =>
  ctx.replaceRelations(ctx.relations.filter(keep));

/**
 * Rules participated.visit-clause-meeting and part-of.visit-clause-meeting: both people of a clause meeting take part
 * in it, it is part of the visit or tour its sentence tells, and its host takes no part in that visit or tour from the
 * sentence alone (the host only if the text says so: GUIDE).
 */
export function clauseMeetingRelations(k: RelKit): void {
  const { ctx } = k;
  for (const m of clauseMeetings.get(ctx) ?? []) {
    const frame = ctx.named('Event', m.frame)[0];
    if (!frame) continue;
    for (const c of m.pair)
      ctx.relate('PARTICIPATED_IN', k.key(c), m.key, ctx.entity(m.key)!.sentence, 'participated.visit-clause-meeting');
    ctx.relate('PART_OF', m.key, frame.key, ctx.entity(m.key)!.sentence, 'part-of.visit-clause-meeting');
    const host = ctx.entity(k.key(m.pair[1]!))?.name;
    keepRelations(
      ctx,
      (r) =>
        !(
          r.type === 'PARTICIPATED_IN' &&
          ctx.entity(r.from)?.name === host &&
          ctx.entity(r.to)?.name === m.frame &&
          EV20_PATTERNS.sentenceOnly.test(r.rule)
        ),
    );
  }
}

/** The traveller of a tour: told by event.tour-told, else the last person named before the tour in its sentence. */
function travellerOf(k: RelKit, tour: { key: string; start: number; sentence: number }): PersonCluster | undefined {
  const told = toldTours.get(k.ctx)?.find((t) => t.key === tour.key);
  if (told) return told.traveller;
  const before = mentionsIn(k.people, tour.sentence).filter((p) => p.end <= tour.start);
  const last = before[before.length - 1];
  return last && clusterOf(k.people, last);
}

/**
 * Rules participated.tour-traveller and part-of.tour-meeting: in a readout of one held tour of states or a region
 * ("tour of Africa", "Asia trip", not "tour of the Miraflores Locks"), the traveller takes part in it and nobody else
 * from the sentence alone ("A, who is on a tour of Africa, met B": B hosts a meeting, not the tour); each held meeting or
 * visit the traveller takes part in, told in the tour's sentence or after it and part of nothing yet, is PART_OF it.
 */
export function tourRelations(k: RelKit): void {
  const { ctx } = k;
  const tours = ctx
    .ofType('Event')
    .filter(
      (e) =>
        EV20_PATTERNS.tourName.test(e.name) && EV20_PATTERNS.regionalTour.test(e.name) && e.props.status !== 'planned',
    );
  if (new Set(tours.map((t) => t.name)).size !== 1) return;
  const tour = tours[0]!;
  const traveller = travellerOf(k, tour);
  if (!traveller) return;
  const who = traveller.name;
  const isTour = (key: string) => ctx.entity(key)?.name === tour.name;
  const parts = ctx.relationsOf('PARTICIPATED_IN');
  if (!parts.some((r) => isTour(r.to) && ctx.entity(r.from)?.name === who))
    ctx.relate('PARTICIPATED_IN', k.key(traveller), tour.key, tour.sentence, 'participated.tour-traveller');
  keepRelations(
    ctx,
    (r) =>
      !(
        r.type === 'PARTICIPATED_IN' &&
        isTour(r.to) &&
        ctx.entity(r.from)?.name !== who &&
        EV20_PATTERNS.sentenceOnly.test(r.rule)
      ),
  );
  const framed = new Set(ctx.relationsOf('PART_OF').map((r) => ctx.entity(r.from)?.name));
  const withTraveller = new Set(
    ctx
      .relationsOf('PARTICIPATED_IN')
      .filter((r) => ctx.entity(r.from)?.name === who)
      .map((r) => ctx.entity(r.to)?.name),
  );
  const done = new Set<string>();
  for (const e of ctx.ofType('Event')) {
    if (e.name === tour.name || done.has(e.name) || framed.has(e.name) || e.props.status === 'planned') continue;
    if (e.sentence < tour.sentence || !withTraveller.has(e.name) || EV20_PATTERNS.tourName.test(e.name)) continue;
    if (!/^(?:meeting|visit)$/.test(String(e.props.kind ?? '')) && !/\b(?:meeting|talks|visit)\b/i.test(e.name))
      continue;
    done.add(e.name);
    ctx.relate('PART_OF', e.key, tour.key, e.sentence, 'part-of.tour-meeting');
  }
}

/** The readout's recalled pair meetings (event.their-recalled-meeting), with the pair, per document. */
const recalled = new WeakMap<Ctx, { key: string; pair: PersonCluster[] }[]>();

/**
 * Rules event.place-named-is-main and event.their-recalled-meeting. "A and B held talks in Ankara. The Ankara talks,
 * their second in a month, focused on Syria": a later name of the readout's meeting by its place and a generic noun is
 * that meeting, not another (unless a date, partner or "last" follows it). "A and B met in Ankara. They reviewed progress
 * since their 7 December meeting in Athens": an earlier meeting of the pair, by "their" and a place other than the
 * readout's, named after the pair ("Mitsotakis-Erdoğan meeting in Athens"); both take part (relations below).
 */
export function placeNamedAndRecalled(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  events: Found[],
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const own = main && ctx.entity(main.key);
  if (!main || !own || main.planned) return;
  const place = String(own.props.place ?? / in (\p{Lu}[\p{L}-]+)$/u.exec(main.name)?.[1] ?? '');
  for (const e of events) {
    const m = EV20_PATTERNS.placeNamed.exec(e.name);
    if (!m || e === main || e.planned || e.sentence <= main.sentence || m[1] !== place) continue;
    if (EV20_PATTERNS.anotherAfter.test(ctx.text.slice(e.end, e.end + 30))) continue;
    const old = e.name;
    ctx.renameAll('Event', old, main.name);
    for (const f of events) if (f.name === old) f.name = main.name;
  }
  const recalls = [...ctx.text.matchAll(EV20_PATTERNS.theirMeeting)];
  if (!recalls.length) return;
  const pair = distinct(mentionsIn(people, main.sentence).map((p) => clusterOf(people, p)!)).slice(0, 2);
  if (pair.length !== 2) return;
  for (const m of recalls) {
    const si = ctx.sentenceAt(m.index);
    if (si <= main.sentence || m[2] === place || main.name.includes(m[2]!)) continue;
    if (ctx.covering('Event', m.index, m.index + m[0].length).length) continue;
    const f = add('Event', m[0].replace(/^their\s+/u, ''), m.index + 6, 'event.their-recalled-meeting');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.their-recalled-meeting') continue;
    f.name = `${pair.map(familyName).join('-')} ${m[1]} in ${m[2]}`;
    ctx.rename(c.key, f.name);
    c.props.kind = 'meeting';
    c.props.status = 'held';
    recalled.set(ctx, [...(recalled.get(ctx) ?? []), { key: f.key, pair }]);
  }
}

/** Rule participated.their-recalled-meeting: the pair takes part in its recalled meeting. */
export function recalledMeetingRelations(k: RelKit): void {
  for (const r of recalled.get(k.ctx) ?? [])
    for (const c of r.pair)
      k.ctx.relate(
        'PARTICIPATED_IN',
        k.key(c),
        r.key,
        k.ctx.entity(r.key)!.sentence,
        'participated.their-recalled-meeting',
      );
}
