// Rules of the ev19 round (issue 6), from the eleventh, blind events bank (importer/extract/bank-events-11.ts;
// docs/first-look.md "events-11 (ev19)"): which node a relation hangs on and who took part in what. Each is a general
// construction of readouts, never one passage's wording: a gathering told with a list of three or more people is one
// gathering, not the meeting of its first two; a guest "was (also) received by" a host in a meeting of its own (and
// "by A and by B" in two); a meeting of a visit's visitor told after the visit is part of the visit; who is named but
// took part in nothing ("X, who did not attend", "the greetings of X", "X's government"); an attendance cue "attending
// included". Tested in rules-ev19.test.ts.
import type { Ctx } from './context.ts';
import { MAJOR_CITIES } from './cities.ts';
import { INCIDENT_NAME, plannedBeforeSpeech } from './rel-kit.ts';
import type { RelKit } from './rel-kit.ts';
import { receivedByTitledGap, withoutFrontedPhrase } from './rules-aud20.ts';
import { EVENT_RECEIVED_TITLE_SUBJECT, receivedTitleGuest } from './rules-evk31a.ts';
import { delegationGuest } from './rules-evk32a.ts';
import { CAPITAL_STATE, STATE_BY_NAME } from './states.ts';
import { addPairMeeting, familyName } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';
import { literalGate } from './literal-need.ts';
import { cueGate, sentenceCued } from './gates.ts';

const SP = '[^\\S\\n]+';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';
/** A capitalised word of a name, accents and inner hyphens or apostrophes allowed. */
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";

/** Patterns of the ev19 rules, as named data. */
export const EV19_PATTERNS = {
  /**
   * participated.not-present: what follows a person named but not present: ", who did not attend the meeting", ",
   * who was not present", ", who could not take part". Tested right after the person's name.
   */
  notPresentAfter: new RegExp(
    `^(?:${SP})?,${SP}who${SP}(?:(?:did${SP}not|didn['’]t|could${SP}not|couldn['’]t|was${SP}unable${SP}to|had${SP}not)${SP}(?:attend|take${SP}part|participate|join|travel)|was${SP}not${SP}(?:present|there|at))\\b`,
    'iu',
  ),
  /**
   * participated.not-present: what stands before a person who only sent words: "the greetings of", "a message from",
   * "the condolences of", "a letter from". Tested right before the person's mention (its title included).
   */
  sentWordsBefore: new RegExp(
    `\\b(?:greetings|regards|(?:best${SP})?wishes|message|letter|condolences|congratulations)${SP}(?:of|from)${SP}(?:the${SP})?$`,
    'iu',
  ),
  /**
   * participated.not-present: a possessive naming what is no event ("X's government established relations", "X's
   * administration", "X's message"). Tested right after the person's name.
   */
  possessiveNotEvent: new RegExp(
    `^['’]s${SP}(?:(?:late|former|then)${SP})?(?:government|administration|era|tenure|term|legacy|predecessor|successor|cabinet|policy|policies|message|letter|greetings|words|memory)\\b`,
    'iu',
  ),
  /**
   * participated.attending-included: "The heads of state and government attending included A, B and C", "Those in
   * attendance included": a list of the gathering's attendees after it. Joins the "Also present were" cue of
   * rules-participation.ts.
   */
  attendingCue: new RegExp(`\\b(?:attending|in${SP}attendance|present)${SP}(?:also${SP})?included\\b`, 'iu'),
  /**
   * event.gathering-not-pair: a gathering's own noun in the sentence that tells it with three or more people: "the
   * first stand-alone trilateral summit", "the tenth summit of the organisation" (its ordinal or kind adjective
   * required). Group 1: the name, without article and without a generic "of the organisation".
   */
  gatheringNoun: new RegExp(
    `\\b(?:the${SP})?((?:${ORDINAL}${SP})?(?:(?:stand-alone|standalone|annual|informal|extraordinary|special)${SP})*(?:trilateral|quadrilateral|three-way|four-way)${SP}(?:summit|meeting|talks)|${ORDINAL}${SP}(?:(?:annual|informal|extraordinary|special)${SP})?summit)(?=${SP}of${SP}the${SP}(?:organi[sz]ation|group|forum|bloc|alliance|community|three|four|five|member)\\b|[^\\p{L}]|$)`,
    'iu',
  ),
  /**
   * event.gathering-not-pair: a group subject that met, "The Weimar Triangle foreign ministers met", "The Nordic prime
   * ministers gathered". Group 1: the group's name (capitalised words); group 2: who.
   */
  groupSubject: new RegExp(
    `^(?:The${SP})?((?:${CAP}${SP}){1,4}?)((?:foreign|defen[cs]e|finance|trade|economy)${SP}ministers|ministers|leaders|heads${SP}of${SP}state(?:${SP}and${SP}government)?|presidents|prime${SP}ministers)${SP}(?:met|gathered|convened)\\b`,
    'u',
  ),
  /** A colon that opens a list of people after the gathering: "met in Astana on 3 November: A, B and C". */
  colonList: /:[^.;:]*,[^.;:]*\band\b/u,
  /** A meeting named after a pair: "Tokayev-Erdoğan summit in Astana", "Séjourné-Baerbock meeting of 12 February". */
  pairName: new RegExp(`^${CAP}(?:${SP}${CAP})*-${CAP}(?:${SP}${CAP})*${SP}(?:summit|meeting|talks)\\b`, 'u'),
  /**
   * event.received-by: "<guest> was (also) received (in audience) by <host>", "He had earlier been received by", "The
   * Chinese Foreign Minister was also received by": the verb. Group 1: "in audience".
   */
  receivedBy: new RegExp(
    `\\b(?:was|were|(?:had|has)(?:${SP}(?:also|earlier|previously|already))?${SP}been)(?:${SP}(?:also|earlier|later|then|subsequently))?${SP}received(${SP}in${SP}audience)?${SP}by${SP}`,
    'giu',
  ),
  /** What may stand between "received … by" and the host's name: nothing or a title ("His Majesty Emperor"). */
  hostGap: new RegExp(`^(?:(?:${CAP}|of|the|for)(?:${SP}(?:${CAP}|of|the|for)){0,6}${SP})?$`, 'u'),
  /** What may stand between the guest's name and the verb: nothing, or one apposition between commas. */
  guestGap: /^(?:\s*,[^,;.]{1,90},)?\s*$/u,
  /** A subject told by pronoun or title, opening the sentence: "He", "She", "The Secretary", "The Chinese Foreign Minister". */
  // evk31a: also "he" after a fronted phrase ("On Saturday he was received by").
  subjectRef: new RegExp(`^(?:[Hh]e|[Ss]he|The(?:${SP}${CAP}){1,4})${SP}$`, 'u'),
  /** A second host after the first: "received by A and by B". */
  andBy: new RegExp(`^${SP}and${SP}(?:also${SP})?by${SP}`, 'u'),
  /** A place after the host: "at the Imperial Palace in Tokyo", "in Jeddah". Group 1: the city. */
  placeAfter: new RegExp(`^[^.;]{0,60}?\\bin${SP}(${CAP}(?:${SP}${CAP})?)`, 'u'),
  /** A place fronted in the sentence: "In Kyiv, …", "In the Karacasu container city, which …, …". Group 1. */
  frontedPlace: new RegExp(`^(?:In|At)${SP}(?:the${SP})?(${CAP}(?:${SP}[\\p{L}'’-]+){0,3})(?:${SP})?,`, 'u'),
  /** A venue right after the host: "in the Oval Office". Group 1: the venue with its article. */
  venueAfter: new RegExp(`^${SP}(?:in|at)${SP}(the${SP}${CAP}(?:${SP}${CAP}){0,3})`, 'u'),
  /** The place a meeting's name ends with: "Jokowi-Zelenskyy meeting in Kyiv". Group 1. */
  nameEndPlace: new RegExp(`\\bin${SP}(${CAP}(?:${SP}${CAP})?)$`, 'u'),
  /** Right before a meeting held before the trip: "travelled to X from the …". */
  beforeTrip: /\b(?:from|before|since)\s+(?:the\s+)?$/i,
  /**
   * participated.attending-included (also): a list of three or more people "were hosted by" a host, after the gathering
   * ("A, B and C were hosted by Foreign Minister D"): all of them attended.
   */
  hostedList: new RegExp(
    `^[^;:]*,[^;:]*\\band${SP}[^;:]*\\bwere${SP}(?:warmly${SP})?(?:hosted|welcomed)${SP}by\\b`,
    'u',
  ),
  /**
   * event.session-more-ev19: sessions of a meeting or summit no other session pattern names: "the plenary meeting of the
   * two delegations", "a dinner for heads of state and government".
   */
  session: new RegExp(
    `\\b(?:plenary${SP}meeting(?:${SP}of${SP}the${SP}(?:two${SP})?delegations)?|(?:working${SP})?dinner${SP}for${SP}(?:the${SP})?heads${SP}of${SP}(?:state${SP}and${SP}government|state|delegations?))\\b`,
    'giu',
  ),
  /**
   * event.ordinals-coordinated: "the 40th and 41st ASEAN Summits", "the fifth and sixth Ministerial Meetings": two
   * gatherings told by one plural noun. Groups: the two ordinals, the name between, the plural noun.
   */
  ordinalsCoordinated: new RegExp(
    `\\b(${ORDINAL})${SP}and${SP}(${ORDINAL})${SP}((?:${CAP}${SP}){0,4})(Summits|Meetings|Sessions|Conferences|summits|meetings|sessions)\\b`,
    'gu',
  ),
  /** Who chaired the gatherings of the sentence: "under the chairmanship of", "chaired by". */
  chairCue: new RegExp(
    `\\b(?:under${SP}the${SP}(?:chairmanship|chairpersonship|presidency)${SP}of|chaired${SP}by)${SP}$`,
    'iu',
  ),
  /**
   * participated.in-which-nearest: "…, followed by talks in an expanded format, in which Ministers A and B took part":
   * the people of the relative clause took part in the event right before it. Group 1: the clause's opening.
   */
  inWhich: new RegExp(
    `,${SP}(?:in|at|during)${SP}which${SP}[^.;]*?\\b(?:took${SP}part|participated|joined|were${SP}present|sat${SP}in)\\b`,
    'u',
  ),
  /** participated.pronoun-subject: "She then paid a courtesy call on", "He also called on", "He later met". */
  pronounCall: new RegExp(
    `^(?:He|She)${SP}(?:(?:then|also|later|subsequently|afterwards)${SP})?(?:paid${SP}(?:a${SP})?courtesy${SP}calls?${SP}on|called${SP}on|met(?:${SP}with)?|held${SP}talks${SP}with)\\b`,
    'u',
  ),
  /** reached-at.where-clause: ", where the two leaders signed", ", where they adopted". */
  whereSigned: new RegExp(`,${SP}where${SP}[^.;]*?\\b(?:signed|adopted|initialled|initialed|concluded|issued)\\b`, 'u'),
  /** A visit: the frame its visitor's meetings are part of. */
  visitName: /\bvisit\b/i,
  /** What is no meeting of a visit but a gathering of its own, or a call. */
  notOfVisit:
    /\b(?:conference|forum|assembly|congress|parliament|council|G\d+|BRICS|ASEAN|NATO|SCO|APEC|CHOGM|OSCE|telephone|phone|call|video|virtual|visit|tour|trip)\b/i,
};

/**
 * Rule participated.not-present: whether every mention of person `c` in sentence `si` names someone who took part in
 * nothing there: ", who did not attend the meeting", "conveyed the greetings of President X", "X's government".
 */
export function toldNotPresent(ctx: Ctx, c: PersonCluster, si: number): boolean {
  const inS = c.mentions.filter((m) => ctx.sentenceAt(m.start) === si);
  return (
    inS.length > 0 &&
    inS.every((m) => {
      const after = ctx.text.slice(m.end, m.end + 80);
      const from = m.from ?? m.start;
      return (
        EV19_PATTERNS.notPresentAfter.test(after) ||
        EV19_PATTERNS.possessiveNotEvent.test(after) ||
        EV19_PATTERNS.sentWordsBefore.test(ctx.text.slice(Math.max(0, from - 40), from))
      );
    })
  );
}

/** The gathering's name a sentence gives besides its people, or undefined (rule event.gathering-not-pair). */
export function gatheringName(sentence: string): string | undefined {
  const noun = EV19_PATTERNS.gatheringNoun.exec(sentence);
  if (noun) return noun[1];
  const group = EV19_PATTERNS.groupSubject.exec(sentence);
  return group ? `${group[1]!.trim()} ${group[2]!.toLowerCase()} meeting` : undefined;
}

/**
 * Rule event.gathering-not-pair (with participated.gathering-list): a held meeting the opening named after its first
 * two people ("Tokayev-Erdoğan summit") whose sentence names three or more people and tells a gathering (its own noun,
 * "trilateral summit", "tenth summit of the organisation"; a group that "met"; or a colon list of the people) is one
 * gathering: every person of the sentence takes part, and it takes the sentence's name for it when there is one.
 */
export function gatheringNotPair(k: RelKit): void {
  const { ctx, ev } = k;
  for (const e of ctx.ofType('Event')) {
    if (!EV19_PATTERNS.pairName.test(e.name) || e.props.status === 'planned') continue;
    const s = ctx.sentences[e.sentence]!;
    const people = [...new Set(k.personsIn(s.index).map(([, key]) => key))];
    if (people.length < 3) continue;
    const name = gatheringName(s.text);
    if (!name && !EV19_PATTERNS.colonList.test(s.text)) continue;
    for (const [m, key] of k.personsIn(s.index)) {
      const c = k.clusterOf.get(m);
      if (c && toldNotPresent(ctx, c, s.index)) continue;
      if (!ctx.relationsOf('PARTICIPATED_IN').some((r) => r.from === key && r.to === e.key))
        ctx.relate('PARTICIPATED_IN', key, e.key, s.index, 'participated.gathering-list');
    }
    if (!name) continue;
    for (const f of [...ev.events, ...ev.eventMentions]) if (f.key === e.key) f.name = name;
    ctx.rename(e.key, name);
  }
}

/** One meeting told by "was received by": the guest, the host, where the verb and host stand. */
export interface ToldReceived {
  guest: PersonMention;
  host: PersonMention;
  si: number;
  from: number;
  to: number;
  place: string | undefined;
  audience: boolean;
  /** Which host of the verb: 0 for the first, 1 for the one after "and by". */
  nth: number;
}

/** The guest of "was received by" in sentence `si`: the person right before the verb, or the readout's subject. */
function receivedGuest(
  ctx: Ctx,
  inS: PersonMention[],
  lead: PersonMention | undefined,
  at: number,
  si: number,
  titleGuest?: TitleGuest,
  all: PersonMention[] = [],
) {
  const before = inS.filter((p) => (p.to ?? p.end) <= at).pop();
  if (before && EV19_PATTERNS.guestGap.test(ctx.text.slice(before.to ?? before.end, at))) return before;
  const s = ctx.sentences[si]!;
  // event.received-title-subject (evk31a): "The Secretary of State was also received by": the one holder of the title.
  const titled = before ? undefined : titleGuest?.(at, si);
  if (titled) return titled;
  // event.received-delegation-guest (evk32a): "the delegation was also received by": the one who led it.
  const led = delegationGuest(ctx.text, s.start, at, all);
  if (led) return led;
  // "He had earlier been received by", "The Secretary was also received by": the readout's subject (its lead's first
  // person), when the sentence names nobody before the verb.
  if (before || !lead || lead.sentence >= si) return undefined;
  // aud20; evk31a: a time phrase fronted without a comma before a pronoun ("On Saturday he was received by").
  const subject = withoutFrontedPhrase(ctx.text.slice(s.start, at)).replace(
    EVENT_RECEIVED_TITLE_SUBJECT.frontedPronoun,
    '',
  );
  return EV19_PATTERNS.subjectRef.test(subject.replace(/(?:was|were|had|has|been|also)\s*/g, '')) ? lead : undefined;
}

/** The guest a title subject of "was received by" stands for (evk31a's receivedTitleGuest), given the verb's start. */
export type TitleGuest = (at: number, si: number) => PersonMention | undefined;

/** Every "was received by" of the text, one per host ("received by A and by B" gives two). */
export function toldReceivedBy(ctx: Ctx, mentions: PersonMention[], titleGuest?: TitleGuest): ToldReceived[] {
  if (!ctx.text.includes('received')) return [];
  const firstProse = ctx.sentences.find((s) => !s.heading)?.index;
  const lead = mentions.filter((p) => p.sentence === firstProse).sort((a, b) => a.start - b.start)[0];
  const out: ToldReceived[] = [];
  for (const m of ctx.text.matchAll(EV19_PATTERNS.receivedBy)) {
    const si = ctx.sentenceAt(m.index);
    if (ctx.sentences[si]!.heading) continue;
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const guest = receivedGuest(ctx, inS, lead, m.index, si, titleGuest, mentions);
    if (!guest) continue;
    let end = m.index + m[0].length;
    let from = m.index;
    for (let nth = 0; ; nth++) {
      const gapTo = end;
      const host = inS.find(
        (p) =>
          (p.from ?? p.start) >= gapTo &&
          (EV19_PATTERNS.hostGap.test(ctx.text.slice(gapTo, p.from ?? p.start)) ||
            receivedByTitledGap(ctx.text.slice(gapTo, p.from ?? p.start))), // aud20
      );
      if (!host || host === guest) break;
      const rest = ctx.text.slice(host.to ?? host.end, ctx.sentences[si]!.end);
      // "in Jeddah", "at the Imperial Palace in Tokyo"; else a venue of its own, "in the Oval Office".
      const place = EV19_PATTERNS.placeAfter.exec(rest)?.[1] ?? EV19_PATTERNS.venueAfter.exec(rest)?.[1];
      out.push({ guest, host, si, from, to: host.end, place, audience: Boolean(m[1]), nth });
      const more = EV19_PATTERNS.andBy.exec(ctx.text.slice(host.to ?? host.end));
      if (!more) break;
      from = host.to ?? host.end;
      end = from + more[0].length;
    }
  }
  return out;
}

/**
 * Rule event.received-by: "A was (also) received by B", "He had earlier been received by B", "received by B and by C"
 * (two meetings): a meeting of the guest and each host, named after the two ("an audience" when "received in
 * audience"), within the visit the opening tells when it tells one.
 */
export function findReceivedBy(
  ctx: Ctx,
  people: PeopleFacts,
  main: Found | undefined,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): void {
  const trip = !!main && !main.planned && EV19_PATTERNS.visitName.test(ctx.entity(main.key)?.name ?? main.name);
  const told = toldReceivedBy(ctx, [...people.personKey.keys()], receivedTitleGuest(ctx, people));
  for (const t of told)
    // Named host first ("Vidal-Mora meeting"), as event.told-any-clause names the same meeting.
    addPairMeeting(ctx, people, main, add, {
      host: t.host,
      guest: t.guest,
      place: t.place,
      from: t.from,
      to: t.to,
      rule: 'event.received-by',
      ...(t.audience ? { noun: 'audience' } : {}),
      // "received by A and by B": the meeting with B is one of its own, even in the opening.
      ...(trip || t.nth > 0 ? { inOpening: true } : {}),
      ...(told.filter((x) => x.si === t.si).length > 1 ? { several: true } : {}),
    });
}

/** Rule participated.received-by: the guest and the host of each such meeting take part in it. */
export function participateReceivedBy(k: RelKit): void {
  const { ctx, ev, clusterOf } = k;
  const mine = ev.eventMentions.filter((e) => ctx.entity(e.key)?.rule === 'event.received-by');
  if (!mine.length) return;
  const told = toldReceivedBy(ctx, [...clusterOf.keys()], receivedTitleGuest(ctx, k.people));
  for (const t of told) {
    const host = clusterOf.get(t.host);
    const guest = clusterOf.get(t.guest);
    if (!host || !guest) continue;
    const e = mine.find((x) => x.sentence === t.si && (ctx.entity(x.key)?.name ?? '').includes(familyName(host)));
    if (!e) continue;
    for (const c of [guest, host]) k.participate(e, c, t.si, 'participated.received-by');
    // "received by A and by B": each host met the guest in their own meeting only, not in the other's.
    const others = told.filter((x) => x.si === t.si && x.host !== t.host).map((x) => clusterOf.get(x.host));
    const hostKey = k.key(host);
    const otherKeys = new Set(others.flatMap((c) => (c ? [k.key(c)] : [])));
    if (!otherKeys.size) continue;
    ctx.replaceRelations(
      ctx.relations.filter(
        (r) =>
          r.type !== 'PARTICIPATED_IN' ||
          r.sentence !== t.si ||
          !((r.from === hostKey && r.to !== e.key && t.nth > 0) || (otherKeys.has(r.from) && r.to === e.key)),
      ),
    );
  }
}

/** Whether a meeting's place (if any) lies where the visit goes: named in it, or a city of the state named in it. */
function placeInVisit(place: string | undefined, visitName: string): boolean {
  if (!place || visitName.includes(place)) return true;
  const state = STATE_BY_NAME.has(place) ? place : (CAPITAL_STATE.get(place) ?? MAJOR_CITIES[place]);
  return !!state && visitName.includes(state);
}

/** Where a meeting was held: its place, the place its name ends with, or the first "in <Place>" after it. */
function placeOf(ctx: Ctx, e: { name: string; end: number; sentence: number; props: { place?: unknown } }) {
  if (typeof e.props.place === 'string') return e.props.place;
  const named = EV19_PATTERNS.nameEndPlace.exec(e.name.replace(/\s+of\s+\d.*$/, ''))?.[1];
  if (named) return named;
  // "In the Karacasu container city, … X met Y": a fronted place is the meeting's own, known or not.
  const fronted = EV19_PATTERNS.frontedPlace.exec(ctx.sentences[e.sentence]!.text)?.[1];
  if (fronted) return fronted;
  // Told after it in the sentence: only a known city or state counts ("in September" is no place).
  const after = EV19_PATTERNS.placeAfter.exec(ctx.text.slice(e.end, ctx.sentences[e.sentence]!.end))?.[1];
  return after && (CAPITAL_STATE.has(after) || after in MAJOR_CITIES || STATE_BY_NAME.has(after)) ? after : undefined;
}

/**
 * Rule part-of.visitor-meeting: in a readout of one held visit, a held meeting told after the visit's sentence (or in
 * it, by "was received by"),
 * in which the visit's visitor takes part, part of nothing yet and no gathering, call or trip of its own, is part of
 * the visit (GUIDE: "A meeting held during a visit is PART_OF the visit"). A meeting with a place of its own that the
 * visit's name does not hold is left alone (a stop in another country).
 */
export function visitorMeetingsPartOfVisit(ctx: Ctx): void {
  const visits = ctx
    .ofType('Event')
    .filter((e) => EV19_PATTERNS.visitName.test(e.name) && e.props.status !== 'planned');
  if (visits.length !== 1) return;
  const visit = visits[0]!;
  const parts = ctx.relationsOf('PARTICIPATED_IN');
  const visitors = new Set(parts.filter((r) => r.to === visit.key).map((r) => r.from));
  if (!visitors.size) return;
  const partOf = ctx.relationsOf('PART_OF');
  const framed = new Set(partOf.map((r) => r.from));
  const frames = new Set(partOf.filter((r) => r.from === visit.key).map((r) => r.to));
  for (const e of ctx.ofType('Event')) {
    if (e.key === visit.key || framed.has(e.key) || frames.has(e.key) || e.props.status === 'planned') continue;
    if (EV19_PATTERNS.notOfVisit.test(e.name) || e.sentence < visit.sentence) continue;
    // In the visit's own sentence only a meeting told by "was received by" (one the opening tells inside the visit).
    if (e.sentence === visit.sentence && e.rule !== 'event.received-by') continue;
    if (!placeInVisit(placeOf(ctx, e), visit.name)) continue;
    // "travelled to X from the Informal Meeting in Y": a meeting before the trip.
    if (EV19_PATTERNS.beforeTrip.test(ctx.text.slice(Math.max(0, e.start - 12), e.start))) continue;
    if (!parts.some((r) => r.to === e.key && visitors.has(r.from))) continue;
    ctx.relate('PART_OF', e.key, visit.key, e.sentence, 'part-of.visitor-meeting');
  }
}

/**
 * Rule event.ordinals-coordinated (with participated.chair-of-coordinated): "The 40th and 41st ASEAN Summits were held
 * in Phnom Penh … under the chairmanship of A": two gatherings, "40th ASEAN Summit" and "41st ASEAN Summit", each
 * chaired by whoever the sentence names after "under the chairmanship of" or "chaired by".
 */
export function coordinatedOrdinalGatherings(k: RelKit): void {
  const { ctx } = k;
  for (const m of ctx.text.matchAll(EV19_PATTERNS.ordinalsCoordinated)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading) continue;
    const noun = m[4]!.replace(/s$/, '');
    const planned = plannedBeforeSpeech(s.text);
    const chairs = k
      .personsIn(si)
      .filter(([p]) =>
        EV19_PATTERNS.chairCue.test(ctx.text.slice(Math.max(0, (p.from ?? p.start) - 60), p.from ?? p.start)),
      );
    for (const ord of [m[1]!, m[2]!]) {
      const name = `${ord} ${m[3] ?? ''}${noun}`.replace(/\s+/g, ' ');
      if (ctx.named('Event', name).length) continue;
      const key = ctx.add(
        'Event',
        name,
        { surface: m[0], start: m.index, end: m.index + m[0].length },
        'event.ordinals-coordinated',
        { kind: /summit/i.test(noun) ? 'summit' : 'meeting', status: planned ? 'planned' : 'held' },
        false,
      );
      if (!planned)
        for (const [, pk] of chairs) ctx.relate('PARTICIPATED_IN', pk, key, si, 'participated.chair-of-coordinated');
    }
  }
}

/**
 * Rule participated.in-which-nearest: "A tête-à-tête was followed by talks in an expanded format, in which Ministers C
 * and D took part": the people of a relative clause "in which … took part" took part in the event right before it,
 * not in the sentence's other sessions (their part in the whole stays).
 */
export function inWhichNearest(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const m = EV19_PATTERNS.inWhich.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    const evs = ev.eventMentions.filter((e) => e.sentence === s.index);
    const nearest = evs.filter((e) => e.end <= at).sort((a, b) => b.end - a.end)[0];
    if (!nearest) continue;
    const whole = new Set(
      ctx
        .relationsOf('PART_OF')
        .filter((r) => r.from === nearest.key)
        .map((r) => r.to),
    );
    const people = new Set(
      k
        .personsIn(s.index)
        .filter(([p]) => p.start > at)
        .map(([, key]) => key),
    );
    const others = new Set(evs.filter((e) => e.key !== nearest.key && !whole.has(e.key)).map((e) => e.key));
    if (!people.size || !others.size) continue;
    ctx.replaceRelations(
      ctx.relations.filter((r) => !(r.type === 'PARTICIPATED_IN' && people.has(r.from) && others.has(r.to))),
    );
  }
}

/** EV19_PATTERNS.hostedList's literals (perf25a): a readout without them has no sentence to read. */
const HOSTED_LIST_GATE = literalGate(EV19_PATTERNS.hostedList);

/**
 * Rule participated.hosted-list: "The Foreign Ministers of the Quad met in Tokyo on Date. A, B and C were hosted by D":
 * a sentence that lists three or more people who "were hosted by" (or "welcomed by") a host, and tells no event of its
 * own, names the attendees of the held event the sentence before it told last; the host attends too.
 */
export function participateHostedList(k: RelKit): void {
  const { ctx, ev } = k;
  if (!HOSTED_LIST_GATE(ctx.text)) return;
  for (const s of ctx.sentences) {
    if (s.index === 0 || !EV19_PATTERNS.hostedList.test(s.text)) continue;
    if (ev.eventMentions.some((e) => e.sentence === s.index)) continue;
    const before = ev.eventMentions
      .filter((e) => e.sentence === s.index - 1 && !e.planned)
      .sort((a, b) => b.start - a.start)[0];
    if (!before) continue;
    for (const [m] of k.personsIn(s.index)) {
      const c = k.clusterOf.get(m);
      if (c) k.participate(before, c, s.index, 'participated.hosted-list');
    }
  }
}

/**
 * Rule participated.pronoun-subject: "She then paid a courtesy call on His Majesty King X", "He also called on Y": a
 * sentence opened by a pronoun and a verb of calling on or meeting tells a meeting of the previous sentence's subject
 * (its first person): that person takes part in the held meetings the sentence names (not in its incidents: evk31b).
 */
export function participatePronounSubject(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    if (s.index === 0 || !EV19_PATTERNS.pronounCall.test(s.text)) continue;
    const subject = [...k.personsIn(s.index - 1)].sort(([a], [b]) => a.start - b.start)[0];
    const c = subject && k.clusterOf.get(subject[0]);
    if (!c) continue;
    // evk31b: an incident the sentence recalls ("He called on all parties …, recalling the unrest of June") has no
    // participants.
    for (const e of ev.eventMentions.filter((x) => x.sentence === s.index && !x.planned && !INCIDENT_NAME.test(x.name)))
      k.participate(e, c, s.index, 'participated.pronoun-subject');
  }
}

/**
 * Rule reached-at.where-clause: "… was received by B at 10 Downing Street, where the two leaders signed the X": the
 * agreements a relative clause "where … signed (adopted, initialled, concluded)" names were reached at the held event
 * told right before it.
 */
export function reachedAtWhereClause(k: RelKit): void {
  const { ctx, ev } = k;
  for (const s of ctx.sentences) {
    const m = sentenceCued(k, s, WHERE_SIGNED_GATE) ? EV19_PATTERNS.whereSigned.exec(s.text) : null;
    if (!m) continue;
    const at = s.start + m.index;
    const event = ev.eventMentions
      .filter((e) => e.sentence === s.index && e.end <= at && !e.planned)
      .sort((a, b) => b.end - a.end)[0];
    if (!event) continue;
    // The agreement follows the verb: "where they discussed the deal the two countries signed last year" is no signing.
    const verbEnd = at + m[0].length;
    for (const a of ev.agreementMentions.filter((x) => x.sentence === s.index && x.start >= verbEnd))
      if (!ctx.relationsOf('REACHED_AT').some((r) => r.from === a.key && r.to === event.key))
        ctx.relate('REACHED_AT', a.key, event.key, s.index, 'reached-at.where-clause');
  }
}

/** Sentences holding a word cue of EV19_PATTERNS.whereSigned (perf29): the others hold no match of it. */
const WHERE_SIGNED_GATE = cueGate(EV19_PATTERNS.whereSigned);
