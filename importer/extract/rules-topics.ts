// Topics: DISCUSSED (the main event's other events, agreements and the states and organisations it dealt with)
// and INVOLVES (the parties of incidents and of meetings nobody in the readout attended).
import { EVENT_CALL_FRAME_NAMED_PAIR } from './rules-fl18b.ts';
import { involvesJointBodyMeeting } from './rules-fl16a.ts';
import { gatheringBody, involvesBodyInName, inWatersName, involvesParticipleIncident } from './rules-ev7.ts';
import type { Found } from './types.ts';
import type { GazetteerHit } from './gazetteer.ts';
import { INCIDENT_NOUNS, PARTY_EVENT_NOUNS } from './lexicons.ts';
import { INCIDENT_NAME, STATE_NAMES, type RelKit } from './rel-kit.ts';
import {
  apartFromIncident,
  addBetweenSides,
  addBilateralParties,
  addComponentsReached,
  addGatheredParties,
  addHostParties,
  addIncidentParties,
} from './rules-parties.ts';
import { reachedThere } from './participants-of.ts';
import {
  addBetweenTheParties,
  addBodyMeetingParties,
  addBothSidesParties,
  atThatMeeting,
  goneOver,
  onlyLastMet,
  ownEventNames,
  talksOfVisit,
} from './rules-top.ts';
import {
  addCombiningFormParties,
  addToldEvents,
  concurrentVisit,
  goneOverByParticipant,
  inOwnRecord,
  sideOfOtherMeeting,
} from './rules-top4.ts';
import {
  involvesBetweenCapitals,
  involvesCapitalPlace,
  involvesHelpedBy,
  involvesVenueCapital,
  sideNotTopic,
} from './rules-top9.ts';
import { alt, groupBy } from './text.ts';
import { NARRATED_RULES } from './told-meetings.ts';
import { DISCUSSED_NOT_HELD_SITTING } from './rules-evk31a.ts';
import { unattendedByParties } from './rules-top10.ts';
import { involvesRoundOfSeries } from './rules-inv12.ts';
import { addInc13Parties, inWhichListed } from './rules-inc13.ts';
import { otherMeetingAt } from './rules-oth13.ts';
import { addIncidentPlaces, atBody, frameNames, inFrameName, namesPeopleOf, recalledOwn } from './rules-top13.ts';
import {
  builtOnOrEarlierFrame,
  involvesParticipleClause,
  involvesSidesInName,
  situationOf,
  thankedForWelcome,
  toldAsHistory,
} from './rules-top15.ts';
import { addTop18Parties, addTop18Relations, backgroundRelations } from './rules-top18.ts';
import { addTop19Relations, recalledFrame, recalledPhrase, talksDuringVisit } from './rules-top19.ts';
import { addTop22Relations, notTopicSince18To22 } from './rules-top22.ts';
import { involvesUnderMediation, involvesVenueState, notTopicTop23, subjectOrTopicPlace } from './rules-top23.ts';
import { addAud26Relations, toldAsHost } from './rules-aud26.ts';
import { addInv25Parties } from './rules-inv25.ts';
import { addInv30Relations } from './rules-inv30.ts';
import { involvesMissionState } from './rules-top27.ts';
import { arrivedFrom } from './rules-top25.ts';
import { DISCUSSED_NOT_EV27_HAPPENING } from './rules-ev27.ts';
import { cueGate, sentenceCued } from './gates.ts';
import { elsewhereOrNotSubject, heldAtWhich, notTopicPrc29, toldAsPrecedent } from './rules-prc29.ts';
import { inStateListRun, neighbourEvent, uncuedTopic } from './rules-top30.ts';
import { dropSigningMainTopics } from './rules-fl31a.ts';
import { recalledProductMentions } from './rules-prc32.ts';
import { addDis33Topics, namedAsAgent } from './rules-dis33.ts';

/** Events whose parties are states rather than participants. */
const INVOLVING_EVENT = new RegExp(`\\b${alt([...INCIDENT_NOUNS, ...PARTY_EVENT_NOUNS])}\\b`, 'i');

/** Adds DISCUSSED and INVOLVES relations. */
export function addTopicRelations(k: RelKit): void {
  addComponentsReached(k);
  addTop18Parties(k); // party-to.contact-clause (top18)
  // Who a gathering brought together or was hosted by takes part in it: no topic of the meeting (see notATopic).
  addGatheredParties(k);
  addHostParties(k);
  addBetweenSides(k);
  // DISCUSSED: the main event dealt with the other events and the agreements it did not conclude or rest on.
  // The talks held during a visit, when the readout tells them, are what dealt with its subjects.
  const talks = talksOfVisit(k) ?? talksDuringVisit(k); // discussed.talks-during-visit (top19)
  const t = talks ? { ...k, main: talks, mainName: k.nameOf(talks) } : k;
  if (t.main) {
    // discussed.other-meeting (oth13): a sentence whose subject or frame is another meeting tells that meeting's facts.
    const told = toldParagraph(t);
    const toldIn = (at: number) => {
      const o = otherMeetingAt(t, at);
      return o && o !== 'elsewhere' ? o : told(at);
    };
    discussedEvents(t, t.main);
    addToldEvents(t, toldIn);
    // An agreement told of another meeting stays the main one's subject too (the dev gold's reading): only `told`.
    discussedAgreements(t, t.main, toldIn, told);
    discussedTopics(t, t.main, toldIn);
    dropSigningMainTopics(k.ctx, t.main, t.mainName); // discussed.not-signing-main (fl31a)
  }
  addDis33Topics(t); // dis33: discussed.negotiations-length, discussed.not-provision
  addIncidentParties(k);
  addBilateralParties(k);
  addBothSidesParties(k);
  addBetweenTheParties(k);
  involvesJointBodyMeeting(k);
  addBodyMeetingParties(k);
  addCombiningFormParties(k);
  involvesInName(k);
  involvesParticipleIncident(k);
  involvesCapitalPlace(k);
  involvesBetweenCapitals(k);
  involvesHelpedBy(k);
  involvesRoundOfSeries(k);
  involvesVenueCapital(k);
  addInc13Parties(k);
  involvesParticipleClause(k);
  involvesSidesInName(k);
  addTop18Relations(k);
  addTop19Relations(k, t.main); // discussed.demonym-file, involves.capital-pair-name (top19)
  addTop22Relations(k); // involves.host-relative, involves.attributed-to (top22)
  involvesUnderMediation(k); // top23
  involvesVenueState(k); // top23
  addInv25Parties(k); // involves.sides-between, involves.led-premodifier, involves.fighting-city (inv25)
  addAud26Relations(k); // involves.organ-meeting (aud26)
  addInv30Relations(k); // involves.series-body (inv30)
  involvesMissionState(k); // top27
}

const keyNameOf = (k: RelKit, key: string) => k.ctx.entity(key)!.name;
/** Meetings merely told as happening beside the main one ("After the meeting, Minister Kishida paid a courtesy call …"). */
const narratedBy = (k: RelKit) => (e: { key: string }) => NARRATED_RULES.has(k.ctx.entity(e.key)!.rule);

/**
 * discussed.time-mark: an event told as a point in time or as the process an outcome ends is no subject: "since the
 * Kuwait consultations", "a few hours before the opening of the NATO Summit", "after the close of the session", "the
 * result of nine months of negotiations", "concludes several weeks of intensive talks".
 */
export const TIME_MARK_BEFORE = [
  /\bsince\s+(?:the\s+)?$/i,
  /\b(?:before|ahead\s+of|prior\s+to|after|following|at)\s+the\s+(?:official\s+)?(?:opening|start|beginning|end|close|conclusion)\s+of\s+(?:the\s+)?$/i,
  /\b(?:(?:is|was|are|were)\s+the\s+(?:result|outcome|fruit|culmination)\s+of|conclude[sd]?|crown(?:s|ed)?|culminat(?:es|ed))\s+(?:(?:(?:the|some|several|many|nearly|almost|over|more\s+than|[\p{N}]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|intensive|long|difficult|hard)[\s-]+){0,4}(?:days?|weeks?|months?|years?)\s+of\s+(?:[\p{L}-]+\s+){0,2})?$/iu,
];

/**
 * discussed.anniversary (top10): "met in Kyiv on the second anniversary of Russia's full-scale invasion": an event a
 * meeting is dated by, incidents included, is no subject of it.
 */
const ANNIVERSARY_OF = /\banniversary\s+of\s+(?:the\s+)?$/i;

/** A vote: an election or referendum, which a meeting may be dated by. */
const VOTE = /\b(?:elections?|referendum)\b/i;
/** "The agreement follows …", "It sets up …", "The memorandum builds on …": a sentence about another agreement. */
const ANOTHER_SUBJECT =
  /^(?:The|This|That|Its|Their)\s+(?:(?:new|final|historic|landmark|trade|peace)\s+)?(?:agreement|accord|memorandum|declaration|protocol|treaty|deal|arrangement|text|communiqué|instrument)s?\b/i;

/**
 * discussed.agreement-described (top9): an agreement named only in sentences about another agreement — its precedent,
 * basis, content or kind ("The agreement follows the joint statement issued on 13 August", "The agreement is the first
 * free trade agreement the EU has concluded", "It … sets up a Partnership Council") — or only in a heading ("Building
 * on the Vilnius declaration") is that agreement's background, not the meeting's subject.
 */
function describesAnother(k: RelKit, m: Found): boolean {
  const s = k.ctx.sentences[m.sentence]!;
  return (s.heading && s.index > 0) || (ANOTHER_SUBJECT.test(s.text) && m.start > s.start + 12);
}

/**
 * discussed.agreement-basis (top10): an agreement named only as what something rests on or follows ("Based on the
 * recent agreement reached in Singapore, …", "within the framework set out in …", "as provided for in the Terms of
 * Reference", "commitments under the Paris Agreement", "Following the consensus reached by …", "the fortieth
 * anniversary year of the 1976 Framework Agreement") is background, not a subject of the meeting. Not "in line with" or
 * "under": "steps under the Trilateral Memorandum", "in line with the Charter" are what the sides went over.
 */
const BASIS_BEFORE =
  /\b(?:[Bb]ased\s+on|as\s+provided\s+for\s+in|within\s+the\s+framework\s+set\s+out\s+in|commitments\s+(?:\w+\s+){0,3}under|[Ff]ollowing|anniversary\s+(?:year\s+)?of)\s+(?:the\s+|its\s+|their\s+)?(?:(?:recent|earlier|existing|previous)\s+)?$/;

function toldAsBasis(text: string, at: number): boolean {
  return BASIS_BEFORE.test(text.slice(Math.max(0, at - 60), at)) || toldAsPrecedent(text, at); // prc29
}

/** discussed.time-mark (top9): "convened eleven days after the referendum", "two weeks before the elections". */
const SPAN_AFTER = /\b(?:days?|weeks?|months?|years?)\s+(?:after|before)\s+(?:the\s+)?(?:[a-z]+\s+)?$/i;

/** An event rule whose events are happenings the readout tells, no subjects (ev27's, evk31a's held sittings). */
const happeningRule = (rule: string) =>
  DISCUSSED_NOT_EV27_HAPPENING.rules.has(rule) || DISCUSSED_NOT_HELD_SITTING.rules.has(rule);

/** discussed.event: the other events the main event dealt with, not its frame, parts, venues or background. */
function discussedEvents(k: RelKit, main: Found): void {
  const { ctx, ev, mainName, nameOf, participants } = k;
  const keyName = (key: string) => keyNameOf(k, key);
  const narrated = narratedBy(k);
  // The gathering a meeting was part of, and a held part of another, are its frame, not its subject; a planned
  // meeting "to be held on the occasion of the G20 Osaka Summit" is a subject.
  const plannedNames = new Set(ev.events.filter((x) => x.planned).map(nameOf));
  const partOfNames = new Set(
    ctx
      .relationsOf('PART_OF')
      .flatMap((r) => [keyName(r.to), keyName(r.from)])
      .filter((n) => !plannedNames.has(n)),
  );
  const parents = new Set(ev.eventMentions.filter((e) => partOfNames.has(nameOf(e))).map((e) => e.key));
  // A part of the readout's own event ("Later in the visit, President Muizzu will travel to Agra") is not its subject.
  const mainParts = ownEventNames(k);
  // An earlier meeting its people held, recalled as background ("after the first round in Moscow", "adopted … at
  // their summit in Tokyo"), is not a subject unless the meeting went over it ("briefed the President on the talks").
  const mentionsNamed = groupBy(ev.eventMentions, nameOf);
  const attended = new Set([...participants].filter(([, cs]) => cs.size).map(([key]) => key));
  const attendedNames = new Set(ev.eventMentions.filter((x) => attended.has(x.key)).map(nameOf));
  // "the first direct talks between the parties since the Kuwait consultations of 2016": a time mark, not a subject.
  const since = (e: Found) =>
    (mentionsNamed.get(nameOf(e)) ?? []).every((x) =>
      ANNIVERSARY_OF.test(ctx.text.slice(Math.max(0, x.start - 30), x.start)),
    ) ||
    ((!INCIDENT_NAME.test(nameOf(e)) || VOTE.test(nameOf(e))) &&
      (mentionsNamed.get(nameOf(e)) ?? []).every(
        (x) =>
          TIME_MARK_BEFORE.some((re) => re.test(ctx.text.slice(Math.max(0, x.start - 60), x.start))) ||
          (VOTE.test(nameOf(e)) && SPAN_AFTER.test(ctx.text.slice(Math.max(0, x.start - 40), x.start))) ||
          followedUp(k, x) ||
          onwardLeg(k, x),
      ));
  // "the MoU announced at the G20 Leaders' Summit": the summit is where an agreement was reached, not a subject.
  // Also an occasion an agreement was signed on ("the Memorandum signed on the margins of the NATO Summit").
  const reachedIn = (x: Found) =>
    ctx.relationsOf('REACHED_AT').some((r) => r.sentence === x.sentence && keyName(r.to) === nameOf(x));
  const venueOnly = (e: Found) =>
    !e.planned && (mentionsNamed.get(nameOf(e)) ?? []).every((x) => reachedThere(k, x) || reachedIn(x));
  const background = (e: Found) =>
    since(e) ||
    (mentionsNamed.get(nameOf(e)) ?? [e]).every((x) => inOwnRecord(k, x.start)) ||
    concurrentVisit(k, main, mentionsNamed.get(nameOf(e)) ?? [e]) ||
    venueOnly(e) ||
    onlyLastMet(k, mentionsNamed.get(nameOf(e)) ?? [e]) ||
    recalledOwn(k, e, mentionsNamed.get(nameOf(e)) ?? [e]) ||
    recalledFrameOrProduct(k, mentionsNamed.get(nameOf(e)) ?? [e]) || // top19 discussed.not-recalled-frame; prc32
    (!e.planned &&
      !INCIDENT_NAME.test(nameOf(e)) &&
      (mentionsNamed.get(nameOf(e)) ?? [e]).every((x) => builtOnOrEarlierFrame(ctx.text, x))) ||
    (!e.planned &&
      !INCIDENT_NAME.test(nameOf(e)) &&
      !/\bvisits?\b/i.test(nameOf(e)) &&
      attendedNames.has(nameOf(e)) &&
      !goneOver(k, mentionsNamed.get(nameOf(e)) ?? [e]) &&
      !goneOverByParticipant(k, e));
  for (const e of ev.events) {
    const w = atWhich(k, e.start) ?? atThatMeeting(k, e.start);
    if (w && nameOf(w) !== nameOf(e)) ctx.relate('DISCUSSED', w.key, e.key, e.sentence, 'discussed.at-which');
    else if (
      nameOf(e) !== mainName &&
      !parents.has(e.key) &&
      !narrated(e) &&
      // discussed.not-recalled-phrase (ev13): a held meeting the fallback named is recalled, not a subject.
      // discussed.outcome-of-meeting (top19): unless the meeting went over what came of it.
      !recalledPhrase(ctx, e, mentionsNamed.get(nameOf(e)) ?? [e]) &&
      // discussed.not-session (ev18): a held session ("In the plenary session that followed, …") is no subject.
      !(ctx.entity(e.key)!.rule.startsWith('event.session') && !e.planned) &&
      !mainParts.has(nameOf(e)) &&
      // fl18b: a call told as its own sentence's frame, with its two people as subject, is a happening, not a subject.
      ctx.entity(e.key)!.rule !== EVENT_CALL_FRAME_NAMED_PAIR.id &&
      !happeningRule(ctx.entity(e.key)!.rule) && // ev27: addresses, pair calls; evk31a: a body's held sitting
      !background(e) &&
      !neighbourEvent(k, mentionsNamed.get(nameOf(e)) ?? [e]) && // top30: discussed.not-neighbour-event
      !elsewhereOrNotSubject(k, e, mentionsNamed.get(nameOf(e)) ?? [e]) // oth13; prc29: duration, onward attendance
    )
      ctx.relate('DISCUSSED', main.key, e.key, e.sentence, 'discussed.event');
  }
}

const mentionsBySentence = new WeakMap<RelKit, Map<string, Found[]>>();
/**
 * prc32: an event participated.not-recalled-product kept its sentence's people out of ("in execution of the decisions
 * of the summit held in Dakar") stays background, no subject, as it was while it had them; an event so named in a
 * sentence that names nobody is left as it was.
 */
function productSourceOnly(k: RelKit, mentions: readonly Found[]): boolean {
  const { ctx } = k;
  if (!mentionsBySentence.has(k))
    mentionsBySentence.set(
      k,
      groupBy(k.ev.eventMentions, (x) => String(x.sentence)),
    );
  const bySentence = mentionsBySentence.get(k)!;
  return mentions.every(
    (x) =>
      k.personsIn(x.sentence).length > 0 &&
      recalledProductMentions(ctx.text, ctx.sentences[x.sentence]!, bySentence.get(String(x.sentence)) ?? [x]).has(x),
  );
}

/** discussed.not-recalled-frame (top19), or an event named only as a recalled product's source (prc32). */
const recalledFrameOrProduct = (k: RelKit, mentions: Found[]) =>
  recalledFrame(k.ctx.text, mentions) || productSourceOnly(k, mentions);

/**
 * "The engagement follows the telephone conversation of 7 June", "His mission follows up on …", "The visit comes after …";
 * fl11b: "The round follows the first round, held in …" (rounds, sessions, consultations, dialogues, conferences too);
 * fl13b: "The leaders' meeting was preceded by the Ministers' Meeting on 24 October" (what came before it).
 */
const MAIN_FOLLOWS =
  /^(?:The|This|His|Her|Their)\s+(?:[\w'’-]+\s+)?(?:engagement|visit|mission|meeting|talks|call|conversation|trip|summit|round|session|consultations|dialogue|negotiations|conference)\s+(?:follows(?:\s+up\s+on)?|followed|comes\s+after|came\s+after|builds\s+on|(?:was|were|had\s+been)\s+preceded\s+by)\b/i;
/** "He travels next to Stockholm for talks …, and then to Vilnius for the NATO Summit": the trip's later legs. */
const ONWARD =
  /\b(?:travels?|travell?ing|heads?|goes|will\s+(?:then\s+)?(?:travel|go|head|proceed))\s+(?:next|then|on)\s+to\b/i;

/** discussed.not-followed-up: the earlier meeting the readout's own event follows up on is its background. */
function followedUp(k: RelKit, x: Found): boolean {
  const s = k.ctx.sentences[x.sentence]!;
  const m = MAIN_FOLLOWS.exec(s.text);
  return Boolean(m && x.start >= s.start + m.index + m[0].length);
}

/** discussed.not-onward-leg: events of the trip's next stops are where the traveller goes, not what was discussed. */
function onwardLeg(k: RelKit, x: Found): boolean {
  const s = k.ctx.sentences[x.sentence]!;
  const m = ONWARD.exec(s.text);
  return Boolean(m && x.start >= s.start + m.index);
}

/**
 * The event a position of the text is told under: a meeting told beside the main one whose paragraph it is in
 * ("Prime Minister Abe and President Park held a telephone talk in which … the Claims Settlement Agreement …").
 */
export function toldParagraph(k: RelKit): (at: number) => Found | undefined {
  const { ctx, ev } = k;
  const narrated = narratedBy(k);
  // "Prime Minister Abe and President Park held a telephone talk in which … Abe stated that … the Claims Settlement
  // Agreement …": what the paragraph of a meeting told beside the main one names is that meeting's subject.
  // Talks held "Ahead of the meeting" prepared it: what their paragraph names stays the meeting's subject.
  const preparatory = (e: Found) =>
    /^\W*(?:Ahead of|Prior to|Before|In preparation for)\s+(?:the|this)\s+(?:meeting|summit|talks|visit)\b/i.test(
      ctx.text.slice(ctx.text.lastIndexOf('\n', e.start) + 1, e.start),
    );
  return (at: number) =>
    ev.eventMentions.find(
      (e) => narrated(e) && !e.planned && e.start < at && !ctx.text.slice(e.end, at).includes('\n') && !preparatory(e),
    ) ?? atWhich(k, at);
}

/** ", at which the two sides discussed", ", in which", ", during which": what follows is that event's subject. */
const AT_WHICH = /^\s*,?\s*(?:at|in|during)\s+which\b[^;]*$/i;

/**
 * discussed.at-which: the event a relative clause right after it tells the subject of ("the Riyadh meeting, at which
 * the two sides discussed ways of ending the conflict in Ukraine"): the last other event before `at` in its sentence.
 */
function atWhich(k: RelKit, at: number): Found | undefined {
  const { ctx, ev, nameOf } = k;
  const si = ctx.sentenceAt(at);
  return (
    ev.eventMentions
      .filter(
        (e) =>
          e.sentence === si &&
          e.end <= at &&
          nameOf(e) !== k.mainName &&
          !INCIDENT_NAME.test(nameOf(e)) &&
          AT_WHICH.test(ctx.text.slice(e.end, at)),
      )
      .pop() ?? heldAtWhich(k, at)
  ); // discussed.held-at-which (prc29)
}

/** discussed.agreement / told-paragraph / that-meeting: agreements the meeting dealt with and did not conclude. */
function discussedAgreements(
  k: RelKit,
  main: Found,
  toldIn: (at: number) => Found | undefined,
  toldApart: (at: number) => Found | undefined,
): void {
  const { ctx, ev, mainName, nameOf } = k;
  const keyName = (key: string) => keyNameOf(k, key);
  // Concluded at this meeting (or a part of it); one reached at an earlier meeting ("the ceasefire …, finalised at
  // their Hamburg meeting") is still a subject of this one.
  const ownParts = ownEventNames(k);
  // A basis named only as such ("on the basis of the Japan-Soviet Joint Declaration") is not a subject; one the
  // meeting also spoke of elsewhere ("Taking stock of the ceasefire …") is.
  // (A text the agreement is "in line with" stays a subject: based-on.in-line.)
  const basisSentences = new Set(
    ctx
      .relationsOf('BASED_ON')
      .filter((r) => r.rule !== 'based-on.in-line')
      .map((r) => r.sentence),
  );
  const agreementsNamed = groupBy(ev.agreementMentions, nameOf);
  const onlyBasis = (n: string) => (agreementsNamed.get(n) ?? []).every((a) => basisSentences.has(a.sentence));
  const concludedNames = new Set([
    ...ctx
      .relationsOf('REACHED_AT')
      .filter((r) => ownParts.has(keyName(r.to)))
      .map((r) => keyName(r.from)),
    ...ctx
      .relationsOf('BASED_ON')
      .filter((r) => onlyBasis(keyName(r.to)))
      .map((r) => keyName(r.to)),
  ]);
  const concluded = new Set(ev.agreementMentions.filter((a) => concludedNames.has(nameOf(a))).map((a) => a.key));
  for (const a of ev.agreementMentions) {
    const t = toldIn(a.start);
    if (t) ctx.relate('DISCUSSED', t.key, a.key, a.sentence, 'discussed.told-paragraph');
    // "In that conversation, the Head of State had warned that … the 2015 nuclear agreement …": that meeting's too.
    const that = /^(?:In|During)\s+(?:that|this|the)\s+(conversation|call|meeting|talks?)\b/i.exec(
      ctx.sentences[a.sentence]!.text,
    );
    const back =
      that &&
      ev.eventMentions
        .filter(
          (e) => e.sentence < a.sentence && e !== main && nameOf(e).toLowerCase().includes(that[1]!.toLowerCase()),
        )
        .pop();
    if (back && nameOf(back) !== mainName)
      ctx.relate('DISCUSSED', back.key, a.key, a.sentence, 'discussed.that-meeting');
  }
  const record = (a: Found) =>
    (agreementsNamed.get(nameOf(a)) ?? [a]).every(
      (m) =>
        inOwnRecord(k, m.start) ||
        describesAnother(k, m) ||
        toldAsBasis(k.ctx.text, m.start) ||
        backgroundRelations(k.ctx.sentences[m.sentence]!.text), // discussed.not-background-relations (top18)
    );
  for (const a of ev.agreements)
    if (
      !concluded.has(a.key) &&
      !record(a) &&
      !ev.agreementMentions.every((m) => nameOf(m) !== nameOf(a) || toldApart(m.start))
    )
      ctx.relate('DISCUSSED', main.key, a.key, a.sentence, 'discussed.agreement');
}

/** discussed.topic / told-topic: states and organisations the readout talks about that are not its own parties. */
function discussedTopics(k: RelKit, main: Found, toldIn: (at: number) => Found | undefined): void {
  const { ctx, hits, hitKeys, people, ev, nameOf, participants, sides } = k;
  const keyName = (key: string) => keyNameOf(k, key);
  // States and organisations the readout talks about that are not its own parties: the meeting's topics.
  const own = new Set<string>([...sides, ...(people.home ? [people.home] : [])]);
  // The states of the people who held it or another meeting told; someone merely spoken of ("President Bashar al-Assad had recently
  // committed himself …") leaves his state a subject.
  const holders = new Set([...participants.values()].flatMap((cs) => [...cs]));
  for (const c of people.clusters) {
    if (holders.size && !holders.has(c) && !c.mentions.some((m) => m.sentence === main.sentence)) continue;
    for (const o of people.offices.get(c) ?? []) if (o.owner) own.add(o.owner);
    if (c.state) own.add(c.state);
  }
  // At a gathering of many states ("ASEAN Leaders' Meeting") a member can be the subject too ("the situation in
  // Myanmar"): only the readout's issuer and an organisation host stay its own.
  const mainStates = new Set(
    [...(participants.get(main.key) ?? [])].flatMap((c) =>
      (people.offices.get(c) ?? []).map((o) => o.owner).filter((o) => STATE_NAMES.has(o)),
    ),
  );
  const member = new Set(mainStates.size >= 4 ? [...mainStates].filter((st) => st !== people.home) : []);
  for (const st of member) own.delete(st);
  // …named where no person is: the members' representatives are named with their states.
  const personSentences = new Set([...people.personKey.keys()].map((m) => m.sentence));
  const withPerson = (si: number) => personSentences.has(si);
  const inMention = coversAny([...ev.eventMentions, ...ev.agreementMentions]);
  const inNames = (h: GazetteerHit) => inMention(h) || ctx.covering('Office', h.start, h.end).length > 0;
  const named = frameNames(k, main);
  const incidents = groupBy(
    ev.eventMentions.filter((e) => e.key !== main.key && INCIDENT_NAME.test(nameOf(e))),
    (e) => String(e.sentence),
  );
  const statesIn = new Map<number, Set<string>>();
  for (const x of hits)
    if (x.type === 'State')
      statesIn.set(ctx.sentenceAt(x.start), (statesIn.get(ctx.sentenceAt(x.start)) ?? new Set()).add(x.name));
  const topical = new Map<string, GazetteerHit>();
  const parties = new Set(ctx.relationsOf('PARTY_TO').map((r) => keyName(r.from)));
  const env: TopicEnv = { own, member, withPerson, inNames, named, incidents, statesIn, parties };
  // Hits read as a title's body ("the Commission" of its President) are no entities, so no topics either.
  for (const h of hits)
    if (
      hitKeys.has(h) &&
      !notATopic(k, h, env) &&
      !notTopicPrc29(k, h) && // prc29: thanked supporter, chair, offered host, addressee, contact line, person's state
      !uncuedTopic(k, h) && // top30: discussed.not-uncued, no word of discussing, stance or topic in its sentence
      !namedAsAgent(k.ctx, h) && // dis33: discussed.not-agent ("the mechanism launched by A, B and C")
      !topical.has(h.name) &&
      otherMeetingAt(k, h.start) !== 'elsewhere'
    )
      topical.set(h.name, h);
  // A topic named in the paragraph of a meeting told beside the main one is that meeting's.
  for (const h of topical.values()) {
    const t = toldIn(h.start);
    ctx.relate(
      'DISCUSSED',
      (t ?? main).key,
      hitKeys.get(h)!,
      ctx.sentenceAt(h.start),
      t ? 'discussed.told-topic' : 'discussed.topic',
    );
  }
  addIncidentPlaces(k, own);
}

/** What the topic rule knows of the document: the readout's own sides, members, names and incidents. */
interface TopicEnv {
  own: Set<string>;
  member: Set<string>;
  withPerson: (si: number) => boolean;
  inNames: (h: GazetteerHit) => boolean;
  named: string[];
  /** Sentences telling an incident. */
  incidents: Map<string, Found[]>;
  /** The states each sentence names. */
  statesIn: Map<number, Set<string>>;
  parties: Set<string>;
}

/** ", and stressed that …", "; it welcomed …": a new clause with its own verb, not another item of a list. */
const NEW_CLAUSE = /(?:,\s+and|;)\s+(?:also\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b/;

/** discussed.not-incident-party: whether a state is named in another clause of the sentence than an incident. */
function inOtherClause(text: string, h: { start: number; end: number }, e: { start: number; end: number }): boolean {
  return NEW_CLAUSE.test(h.end <= e.start ? text.slice(h.end, e.start) : text.slice(e.end, h.start));
}

/**
 * A state or organisation named as a host, place, venue, member, party or inside a name: not a topic (with top18's
 * discussed.not-venue-at, -not-guarantor, -not-mediator: notTopicTop18).
 */
function notATopic(k: RelKit, h: GazetteerHit, env: TopicEnv): boolean {
  const { ctx } = k;
  const { own, member, withPerson, inNames, named, incidents, statesIn, parties } = env;
  if (own.has(h.name) || h.demonym || inNames(h) || ctx.sentences[ctx.sentenceAt(h.start)]!.heading) return true;
  // discussed.not-thanked-host, discussed.not-history (top15).
  if (thankedForWelcome(ctx.text, h) || toldAsHistory(ctx.sentences[ctx.sentenceAt(h.start)]!.text)) return true;
  if (member.has(h.name) && withPerson(ctx.sentenceAt(h.start))) return true;
  // A body of one of the readout's own states ("Transportation Safety Board of Canada") is no topic, nor is the
  // state thanked for hosting ("thanks the Government of Austria for its hospitality").
  if (h.type === 'Organization' && [...own].some((o) => new RegExp(`\\bof (?:the )?${o}$`).test(h.name))) return true;
  if (
    /^[^.;]{0,30}?\bfor\s+(?:its\s+|their\s+|the\s+)?(?:hospitality|hosting)\b/i.test(ctx.text.slice(h.end, h.end + 50))
  )
    return true;
  // "The Head of State reaffirmed France's support for Ukraine": a speaker restating his own state's stance
  // speaks for that state; it is not the subject of the talks.
  if (
    h.type === 'State' &&
    /^['’]s\s+(?:\w+\s+)?(?:support|commitment|solidarity|readiness|determination|willingness)\b/.test(
      ctx.text.slice(h.end, h.end + 40),
    ) &&
    /\b(?:reaffirmed|reiterated|expressed|confirmed|underlined|stressed|restated|assured\s+\S+\s+of)\s+$/.test(
      ctx.text.slice(Math.max(0, h.start - 30), h.start),
    )
  )
    return true;
  // "the summit hosted by Egypt", "talks facilitated by Norway": the host or facilitator, not a topic.
  if (
    /\b(?:hosted|organi[sz]ed|chaired|convened|facilitated|mediated|sponsored)\s+by\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/i.test(
      ctx.text.slice(Math.max(0, h.start - 45), h.start),
    )
  )
    return true;
  if (procedureOrMembership(k, h) || namedAsSide(k.ctx.text, h) || notTopicSince18To22(k, h)) return true;
  if (venueBorderOrAddressee(k.ctx.text, h) || isObserver(k.ctx.text, h) || gatheringBody(k.ctx.text, h)) return true;
  const key = k.hitKeys.get(h);
  if (ctx.relationsOf('INVOLVES').some((r) => r.rule === 'involves.gathered' && r.to === key)) return true;
  if (sideOfOtherMeeting(k, h, key) || inOwnRecord(k, h.start) || inWhichListed(k, h)) return true;
  // "convened today at the ASEAN Secretariat in Jakarta": the venue.
  if (
    /\b(?:held|convened|took place|met|gathered)\s+(?:\w+\s+)?at\s+(?:the\s+)?$/i.test(
      ctx.text.slice(Math.max(0, h.start - 40), h.start),
    )
  )
    return true;
  // A state only named inside names ("joint statement on Syria") is discussed when the text names it on its own
  // too ("see ISIS defeated in Syria"); an organisation in the meeting's own or frame name, or in a name told in the
  // same sentence, is its host or author (discussed.org-beyond-name, top13); "the advisers of" names people's principal.
  if (inFrameName(k, h, named) || namesPeopleOf(ctx.text, h) || atBody(ctx.text, h)) return true;
  // An enumeration of states ("citizens of Iran, Ukraine, Sweden …") lists, it does not discuss (top30: one run).
  const si = ctx.sentenceAt(h.start);
  if ((statesIn.get(si)?.size ?? 0) >= 4 && (h.type !== 'State' || inStateListRun(k, h))) return true;
  // States named with an incident are its parties ("citizens of Ukraine, Sweden, Afghanistan … died"), unless told
  // in a clause of their own ("…, and stressed … trilateral cooperation with the United States").
  // "the crisis in Haiti and on reform of the United Nations Security Council": another item of the list (top9).
  if (
    !situationOf(ctx.text, h) &&
    (incidents.get(String(si)) ?? []).some((e) => !inOtherClause(ctx.text, h, e) && !apartFromIncident(ctx.text, h, e))
  )
    return true;
  // A party to an agreement the readout names ("concluded by Jordan, Russia and the United States") is tied to it.
  if (parties.has(h.name)) return true;
  // A place ("in Singapore", "Vienna, Austria") is not a topic.
  if (
    h.type === 'State' &&
    /\b(?:in|to|at|from|of)\s+\p{Lu}[\p{L}-]+,\s*$/u.test(ctx.text.slice(Math.max(0, h.start - 30), h.start))
  )
    return true;
  // "held in Seoul, Japan", "travelled to Iran": a place of the meeting or a trip; "ISIS defeated in Syria" is a topic.
  if (
    h.type === 'State' &&
    /^\s*(?:,|\s)?\s*(?:to|in|at|from)\s*$/.test(ctx.text.slice(h.start - 4, h.start)) &&
    !subjectOrTopicPlace(ctx.text, h) && // coordinatedPlace (top15), listed-place (top22), subject-noun-in (top23)
    !/\b(?:defeated|fighting|war|conflict|situation|crisis|peace|ceasefire|stability|security|violence|presence|operations?|interests|investment|elections?)\s+(?:\w+\s+)?$/i.test(
      ctx.text.slice(Math.max(0, h.start - 30), h.start - 3),
    )
  )
    return true;
  return false;
}

/** A state or body named to identify people, as waters or as a side of the meeting (top9). */
function namedAsSide(text: string, h: GazetteerHit): boolean {
  // "the situation in the Taiwan Strait", "the South China Sea": waters named after a state.
  // top23: discussed.not-mission-venue, discussed.not-condemner; top25: discussed.not-arrived-from; aud26:
  // discussed.not-host.
  return (
    identifiesPeople(text, h) ||
    inWatersName(text, h) ||
    sideNotTopic(text, h) ||
    notTopicTop23(text, h) ||
    arrivedFrom(text, h) ||
    toldAsHost(text, h)
  );
}

/** A sentence about a text's approval: "Once the European Parliament has given its consent", "ratification by …". */
const PROCEDURE =
  /\b(?:consent|scrutiny|applied\s+provisionally|provisional\s+application|ratif(?:y|ied|ies|ication)|internal\s+procedures|domestic\s+(?:treaty|legal|procedures)|legislative\s+process(?:es)?|enter(?:s|ed)?\s+into\s+force|entry\s+into\s+force)\b/i;
/** A legislature or cabinet, which approves what the sides concluded. */
const LEGISLATURE = /\b(?:Parliament|Assembly|Congress|Senate|Council of Ministers|Diet|Duma|Bundestag|Majlis)\b/;
/** "established by the United Nations", "under the auspices of", "which brings together", "a strong NATO Ally". */
const AUTHOR_BEFORE =
  /\b(?:established|created|set\s+up|founded|convened)\s+by\s+(?:the\s+)?$|\bunder\s+the\s+auspices\s+of\s+(?:the\s+)?(?:(?:[\p{L}]+\s+){1,4}(?:and|,)\s+(?:the\s+)?)?$|\b(?:brings\s+together|comprises|comprising|consists\s+of|members?\s+of)\s+(?:[^.;]{0,60}?)$/iu;
const MEMBER_AFTER = /^\s+(?:Ally|ally|member(?:\s+state)?|Member\s+State)\b/;

/**
 * discussed.not-procedure / not-author: a legislature or state approving what was concluded ("ratification by the
 * Italian Parliament", "until Belgium had completed its internal procedures"), the body that set something up or
 * under whose auspices it was, and a membership ("which brings together Ukraine, Russia and the OSCE", "a NATO Ally").
 */
function procedureOrMembership(k: RelKit, h: GazetteerHit): boolean {
  const { ctx } = k;
  const s = ctx.sentences[ctx.sentenceAt(h.start)]!;
  if (sentenceCued(k, s, PROCEDURE_GATE) && PROCEDURE.test(s.text) && (h.type === 'State' || LEGISLATURE.test(h.name)))
    return true;
  if (AUTHOR_BEFORE.test(ctx.text.slice(Math.max(s.start, h.start - 80), h.start))) return true;
  return MEMBER_AFTER.test(ctx.text.slice(h.end, h.end + 20));
}

/**
 * "his Saudi counterpart", "the Kenya delegation", "their Egypt counterparts": a state's name used as the modifier of a
 * word for people identifies them; it is not a subject (discussed.not-identifier, top9).
 */
const PEOPLE_AFTER =
  /^\s+(?:counterparts?|delegations?|side|team|officials?|host|hosts|guests?|envoys?|ambassadors?|negotiators?|interlocutors?)\b/;
const POSSESSOR_BEFORE = /\b(?:his|her|their|its|our|the)\s+$/i;

export function identifiesPeople(text: string, h: { start: number; end: number }): boolean {
  return (
    PEOPLE_AFTER.test(text.slice(h.end, h.end + 20)) &&
    POSSESSOR_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))
  );
}

/** "on the sidelines of the United Nations General Assembly", "on the margins of the summit": a venue. */
const SIDELINES_BEFORE = /\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?$/i;
/** "the border between Belarus and the European Union": the states a border lies between. */
const BORDER_BEFORE = /\bborders?\s+between\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$/u;
/** "the Cambodia-Thailand border", "the Belarus border": a state naming a border. */
const BORDER_AFTER = /^(?:-[\p{L}-]+)?\s+(?:border|frontier)s?\b/u;
/** "Brunei Darussalam's Chairmanship theme", "Italy's upcoming presidency of the G20": a state holding a chair. */
const CHAIR_AFTER =
  /^['’]s\s+(?:(?:upcoming|current|incoming|outgoing|forthcoming)\s+)?(?:Chairmanship|Chairship|Presidency|Chair)\b/i;
/** "submitted to the ICAO for approval", "presented to the United Nations": the body a text goes to. */
const ADDRESSEE_BEFORE =
  /\b(?:submitted|presented|notified|referred|transmitted|deposited)\s+(?:\w+\s+)?(?:to|with)\s+(?:the\s+)?$/i;

/**
 * "Chile attended the meeting as an observer", "Chile, Peru and Brazil took part as observers": a state (or body),
 * alone or in a list, followed by at most four words and "as (an) observer(s)".
 */
const OBSERVER_AFTER =
  /^(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)*(?:\s+[\p{Ll}-]+){0,4}\s+as\s+(?:an?\s+)?observers?\b/u;
/** "Bangladesh's bid to join ASEAN as an observer": the body joined, not the observer (top9). */
const JOINED_BEFORE =
  /\b(?:join|joining|joined|admission\s+to|accession\s+to|accede\s+to|admitted\s+to)\s+(?:the\s+)?$/i;
/** "observers from Chile and Peru", "an observer of the African Union": the observer itself. */
const OBSERVER_BEFORE = /\bobservers?\s+(?:from|of)\s+(?:the\s+)?(?:[^.;]{0,40}?(?:,|\band)\s+(?:the\s+)?)?$/i;

/**
 * discussed.not-observer: who attends as an observer watches the talks; it is not their subject.
 */
export function isObserver(text: string, h: { start: number; end: number }): boolean {
  return (
    (OBSERVER_AFTER.test(text.slice(h.end, h.end + 90)) &&
      !JOINED_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start))) ||
    OBSERVER_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start))
  );
}

/**
 * discussed.not-venue / not-border / not-chair / not-addressee: a body whose sidelines a meeting was held on, the states
 * a border lies between (the border, or the situation there, is the subject), a state named as holding a chair (the
 * chaired body is the subject), and the body a text is submitted or presented to.
 */
export function venueBorderOrAddressee(text: string, h: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, h.start - 80), h.start);
  return (
    SIDELINES_BEFORE.test(before) ||
    BORDER_BEFORE.test(before) ||
    BORDER_AFTER.test(text.slice(h.end, h.end + 30)) ||
    CHAIR_AFTER.test(text.slice(h.end, h.end + 40)) ||
    ADDRESSEE_BEFORE.test(before)
  );
}

/** involves.in-name: states and organisations named inside an incident's or exercise's name (meetings have participants). */
function involvesInName(k: RelKit): void {
  const { ctx, hitKeys, people, ev, hitsIn, main, mainName, nameOf, participants } = k;
  // Who took part in the events of each name (and in events no mention names, counted for every name).
  const firstMention = new Map<string, Found>();
  for (const x of ev.eventMentions) if (!firstMention.has(x.key)) firstMention.set(x.key, x);
  const byName = groupBy([...participants], ([key]) => (firstMention.has(key) ? nameOf(firstMention.get(key)!) : ''));
  const unnamed = byName.get('') ?? [];
  const plannedNames = new Set(ev.events.filter((x) => x.planned).map(nameOf));
  const framed = frameOf(k);
  for (const e of ev.events) {
    // Meetings that nobody in the readout attended are known by their parties ("Inter-Korean Summit").
    const who = new Set([...(byName.get(nameOf(e)) ?? []), ...unnamed].flatMap(([, cs]) => [...cs]));
    // involves.in-name.own: the readout's own talks named by their parties and told without anyone who took part
    // ("Political consultations between the foreign ministries of A and B were held in …").
    // Also a round of a series named by its two states ("The 12th round of the India-China Corps Commander Level
    // Meeting was held at …").
    const ownBetween =
      !who.size &&
      (ctx.entity(e.key)?.rule === 'event.between' ||
        (ctx.entity(e.key)?.rule === 'event.round-of-named' &&
          hitsIn(e.start, e.end).filter((h) => h.type === 'State').length >= 2) ||
        // involves.in-name.own (top10): any event named by two or more parties and told without anyone who took part
        // ("The Philippines–Japan Vice-Ministerial Strategic Dialogue convened in Manila").
        unattendedByParties(k, e));
    if ((e === main || nameOf(e) === mainName) && !ownBetween) continue;
    // A meeting attended by someone of each state in its name is known by its participants; the "Japan-China-ROK
    // Trilateral Summit" that only the Japanese and Korean leaders are named at also involves its states.
    const ownStates = new Set(
      [...who].flatMap((c) => [c.state, ...(people.offices.get(c) ?? []).map((o) => o.owner)].filter(Boolean)),
    );
    const inName = hitsIn(e.start, e.end).filter((h) => h.type === 'State');
    const attended = who.size > 0 && inName.every((h) => ownStates.has(h.name));
    // A meeting first told as still to come stays planned when named again.
    const planned = plannedNames.has(nameOf(e));
    // Talks named by their parties ("negotiations between Russia and Ukraine") involve them, held or to come.
    const between = ctx.entity(e.key)?.rule === 'event.between';
    // involves.in-name.planned: a gathering still to come that nobody is said to attend is known by the bodies its name
    // gives ("the G20 summit in Rio de Janeiro", "a meeting of the leaders of the Normandy Four"); states named in a
    // planned summit's name are not its parties ("the U.S.-North Korea Summit Meeting").
    const toCome = planned && !who.size && !/\bvisit\b/i.test(nameOf(e));
    if (!between && !INVOLVING_EVENT.test(nameOf(e)) && (attended || planned || /\bvisit\b/i.test(nameOf(e)))) {
      if (toCome) involvesBodyInName(k, e);
      continue;
    }
    // "the Kuwait consultations": a meeting named by its place does not involve the place; (ev24) nor a ceremony named by
    // the phrase that tells it ("inaugurated the new building of the Moldovan Embassy"): its object is no party.
    if (ctx.entity(e.key)?.rule === 'event.place-named' || ctx.entity(e.key)?.rule === 'event.ceremony-verb') continue;
    for (const h of hitsIn(e.start, e.end)) {
      // A place ("meeting in Singapore") or the host organisation of a summit ("G20 Osaka Summit") is no party.
      if (/\bin\s+$/.test(ctx.text.slice(Math.max(0, h.start - 4), h.start)) && !INVOLVING_EVENT.test(nameOf(e)))
        continue;
      // …but talks "between the European Union and Australia", and a gathering nobody in the readout attended ("the
      // ASEAN-Japan Commemorative Summit held in Tokyo"), involve the bodies their names give (top9).
      if (
        (h.type === 'Organization' && !INVOLVING_EVENT.test(nameOf(e)) && !between && (who.size > 0 || framed(e))) ||
        inWatersName(ctx.text, h)
      )
        continue;
      // A hit read as part of a joint body's sitting (no entity of its own) is no party (top15).
      const key = hitKeys.get(h);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.in-name');
    }
  }
}

/** "on the sidelines of the G20 summit", "at the NATO Summit": a gathering the readout's people were at. */
const FRAME_BEFORE =
  /\b(?:on|in)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?$|\bon\s+the\s+occasion\s+of\s+(?:the\s+)?$|\b(?:at|during|attend(?:ed|ing)?|for)\s+the\s+$/i;

/** Whether an event frames the readout's meetings: the whole of a PART_OF, or told as where they were. */
function frameOf(k: RelKit): (e: Found) => boolean {
  const wholes = new Set(k.ctx.relationsOf('PART_OF').map((r) => k.ctx.entity(r.to)!.name));
  return (e) =>
    wholes.has(k.nameOf(e)) ||
    k.ev.eventMentions.some(
      (x) =>
        k.nameOf(x) === k.nameOf(e) &&
        FRAME_BEFORE.test(k.ctx.text.slice(Math.max(0, x.start - 40), x.start)) &&
        // "the Memorandum signed on the margins of the NATO Summit in Madrid": where an agreement was reached.
        !/\b(?:signed|concluded|adopted|reached|agreed|initialled|launched)\b[^.;]*$/.test(
          k.ctx.text.slice(Math.max(0, x.start - 60), x.start),
        ),
    );
}

/** Whether a hit lies inside one of some spans: a binary search over the spans sorted by start. */
function coversAny(spans: readonly { start: number; end: number }[]): (h: GazetteerHit) => boolean {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const longest = byStart.reduce((n, x) => Math.max(n, x.end - x.start), 0);
  return (h) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < h.end - longest) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < byStart.length && byStart[i]!.start <= h.start; i++) if (byStart[i]!.end >= h.end) return true;
    return false;
  };
}

/** Sentences holding a word cue of PROCEDURE (perf29): the others hold no match of it. */
const PROCEDURE_GATE = cueGate(PROCEDURE);
