// Participation and PART_OF: who took part in which event (same sentence, "the two leaders", delegations,
// attendance lists), and events held on the occasion / margins of another or as its sessions.
import { participateTookPartBare, timeAnchorAt } from './rules-fl30b.ts';
import { visitNamedAfter } from './rules-fl28c.ts';
import { EVENT_REFERRED_PAIR_ID } from './rules-ev25.ts';
import { toldOtherYear } from './rules-fl24a.ts';
import { behalfPrincipalAt, reportedVisit } from './rules-fl20b.ts';
import { hostDelegationOfVisit } from './rules-fl19a-rel.ts';
import {
  EVENT_RECEIVED_SEPARATELY,
  MET_SEPARATELY_RULE,
  receivedSeparatelyHost,
  separateMeeting,
} from './rules-separately.ts';
import { participateTookPartInOwn } from './rules-fl16a.ts';
import { participateCallPair } from './rules-ev14.ts';
import { metAfterVisit, metInVisitSentence, participateSessionUnnamed } from './rules-ev15.ts';
import { invitedBefore, participateMainPair } from './rules-ev11.ts';
import { frameUnnamed, phraseParticipation, sentencePeopleTakePart } from './rules-ev13.ts';
import { IN_VISIT_RULE } from './rules-ev9.ts';
import { FRAME_NOUN } from './lexicons.ts';
import { FL13A_EVENT_PATTERNS, GROUP_HELD_RULE, sidelinesHeld } from './rules-fl13a-events.ts';
import { heldOnOtherDay } from './rules-fl13a.ts';
import type { Found } from './types.ts';
import type { PersonCluster } from './persons-resolve.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { hostOfVisit, lateOnes, reachedThere, titleHolders } from './participants-of.ts';
import { INCIDENT_NAME, plannedBeforeSpeech, type RelKit } from './rel-kit.ts';
import { SEPARATE, hostsNamedMeeting } from './told-meetings.ts';
import { participateTripCompany } from './participants-trip.ts';
import { partOfAtGathering } from './rules-ev6.ts';
import { participateWitnesses } from './told-signing.ts';
import { participateAccompanying, participateReferentAttended, stoodInFor } from './rules-par28.ts';
import {
  participateAmongPresent,
  participateOpenedBy,
  participateSideLedBy,
  speakingElsewhere,
} from './rules-par29.ts';
import {
  participateBareAttendance,
  participateChairHandover,
  participateJoinedBy,
  participateSignerCeremony,
} from './rules-par30.ts';
import { allMatches, execIf, groupBy, mayMatch } from './text.ts';
import {
  participateBothTitles,
  participatePairAgain,
  participateWeekday,
  participateStatementAuthor,
  participateParagraphEvent,
  participateSigners,
  participateWhoAttends,
} from './participants-told.ts';
import { behalfPrincipal, FL14A_PATTERNS } from './rules-fl14a.ts';
import { EV17_PATTERNS, inRecalledClause, possessiveVisitor, subjectNotAttended } from './rules-ev17.ts';
import { EV18_PATTERNS, inOtherClause, partOfSessionOfNamed, toldNotTakingPart } from './rules-ev18.ts';
import { EV19_PATTERNS, toldNotPresent } from './rules-ev19.ts';

import { EV23_PATTERNS } from './rules-ev23.ts';
import { PARTICIPATED_GATHERING_BROUGHT_TOGETHER } from './rules-fl26c.ts';
import { PARTICIPATED_GUESTS_AND_SPEAKERS } from './rules-fl28a.ts';
import { FL14B_PATTERNS, onHisBehalfSpans } from './rules-fl14b.ts';
import { pastSignatoryAt } from './rules-fl22b.ts';
import { literalGate } from './literal-need.ts';
import { lastOfText } from './text-memo.ts';
import { cueGate, sentenceCued } from './gates.ts';
import { otherVerbClause, pairOfNoun } from './rules-prc29b.ts';
import { negotiatorNotMain, PRC32_PATTERNS, recalledProductMentions } from './rules-prc32.ts';
import { leadersPairOf, PARTICIPATED_TWO_LEADERS_TWO_STATES } from './rules-fl29c.ts';

const TWO_STATES_ID = PARTICIPATED_TWO_LEADERS_TWO_STATES.id;

const PART_OF_RE = new RegExp(`\\b(?:on|at|in)\\s+the\\s+${FRAME_NOUN}\\s+of\\b`, 'i');
const ATTEND_RE = /\b(?:to attend|attending|while attending|in order to attend)\b/i;
/** What every match of ATTEND_RE holds, under its case flag (`mayMatch`). */
const ATTEND_NEEDS = /attend/i;
const ATTENDED_RE =
  /\b(attended|represented|was also present|were also present|were present|was present|joined|accompanied|(?:also\s+)?took\s+part|(?:also\s+)?participated|facilitated|mediated|moderated|(?:delegation|team|side)s?\s+(?:also\s+)?(?:included|comprised))\b/i;
/**
 * "Also present were A and B"; "Taking part in the session were: A; B" and "The following also attended the meeting:"
 * (an attendance list, colon or not).
 */
const ALSO_PRESENT_BASE =
  /\b(?:also\s+present\s+(?:were|was)|present\s+(?:were|was)\s+also|[Tt]he\s+following\s+(?:also\s+)?(?:attended|took\s+part|were\s+(?:also\s+)?present)|(?:were|was)\s+also\s+present|(?:taking|also\s+taking)\s+part\s+(?:in\s+the\s+(?:session|meeting|summit|talks)\s+)?(?:were|was))\b/i;
// participated.in-attendance (fl14a): "Also in attendance were A, B and C"; participated.delegation-made-up (fl14a):
// "The X delegation was made up of A, B and C", a list of the meeting's attendees wherever it stands after it;
// participated.listed-after-cue (ev23): "Among those attending: A, B", "It brought together six heads of state: A, B";
// participated.gathering-brought-together (fl26c): "The Summit brought together, around the host, A, B and C".
// participated.guests-and-speakers (fl28a): "The special guests of the Conference were A and B", "Addresses were
// also delivered by A".
const ALSO_PRESENT = new RegExp(
  `(?:${ALSO_PRESENT_BASE.source}|${FL14A_PATTERNS.inAttendance.source}|${FL14A_PATTERNS.delegationMadeUp.source}|${EV17_PATTERNS.amongAttending.source}|${EV18_PATTERNS.attendingCue.source}|${EV19_PATTERNS.attendingCue.source}|${EV19_PATTERNS.hostedList.source}|${EV23_PATTERNS.attendingCue.source}|${PARTICIPATED_GATHERING_BROUGHT_TOGETHER.cue.source}|${PARTICIPATED_GUESTS_AND_SPEAKERS.cue.source})`,
  'i',
);
/** participated.attendance-list: the cue that opens a list ("Taking part in the session were:"), one item a line. */
const ATTEND_LIST_CUE = new RegExp(`${ALSO_PRESENT.source}[^.;]*:\\s*$`, 'i');
const LIST_ITEM = /^\s*(?:[-*•–]|\d+[.)])\s+/;
/** In an item, whoever follows "on behalf of" is the principal, not an attendee. */
const ON_BEHALF = /\bon\s+behalf\s+of\b/i;
const MAIN_HELD_DURING =
  /^(?:The|This|Their)\s+(?:meeting|talks|call|conversation|summit|discussions?)\s+(?:took\s+place|was\s+held|were\s+held)\s+during\b/i;
const TWO_LEADERS =
  /\b(the two|both) (leaders|ministers|foreign ministers|presidents|prime ministers|heads of state|sides)\b/i;
/** "at which the two sides", "where both leaders", "during which the two ministers": a relative clause on a meeting. */
const THEIR_OWN_SIDES = /\b(?:(?:at|during|in)\s+which|where)\s+(?:the\s+two|both)\s+\w+/i;
/** A mention of the readout's own event without its name: "the Meeting", "the talks", "the round". */
const MAIN_ALIAS =
  /\bthe\s+(?:[\w-]+\s+)?(Meeting|Summit|Dialogue|meeting|summit|talks|call|conversation|round|visit|consultations|negotiations|ceremony|mission|Visit)\b/;
/** The opening's own telling of the main event: "Vladimir Putin had a telephone conversation with …". */
const OPENING_ALIAS =
  /\b(?:had|held|holds|has)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|summit|talks|call|conversation|telephone conversation|telephone talk|video conference)\b|\b(?:spoke|speaks|talked|talks|met|meets)\s+(?:today\s+|by\s+(?:tele)?phone\s+|virtually\s+)?(?:to|with)\b|\b(?:met|meets)\s+(?:on|in)\b[^.;]{0,60}?,\s+with\b/i;
/**
 * participated.delegation: "led / headed / accompanied / chaired / co-chaired / facilitated / moderated by X", and a
 * further "and by Y", a gapped "and the <panel> by Y" or "…, and included Y and Z".
 */
const LED_BY_BASE =
  /\b(?:led|headed|accompanied|chaired|co-chaired|facilitated|moderated|mediated|presided\s+over)\s+by\s+|\bunder\s+the\s+(?:co-)?chairmanship\s+of\s+|,?\s+and\s+(?:the\s+(?:[\p{L}-]+\s+){1,3})?by\s+|,?\s+and\s+(?:also\s+)?included\s+/giu;
// participated.hosted-by (fl14a): "… and was hosted by President C": the host took part.
const LED_BY = new RegExp(`(?:${LED_BY_BASE.source})|(?:${FL14A_PATTERNS.hostedBy.source})`, 'giu');
/**
 * What may stand between "led / chaired by" and the person: a lowercase title ("led by its chief negotiator X") or
 * (ev10) a counted plural title in apposition ("co-chaired by the two Foreign Ministers, Dr. X and Dr. Y").
 */
const LED_BY_GAP_BASE =
  /^(?:(?:its|their|his|her|the)\s+)?(?:[\p{Ll}-]+\s+){0,4}$|^the\s+(?:two|both|three|four)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s+$/u;
// participated.title-apposition (fl14a): "accompanied by the Special Envoy for Latin America, X".
const LED_BY_GAP = new RegExp(`(?:${LED_BY_GAP_BASE.source})|(?:${FL14A_PATTERNS.titleApposition.source})`, 'u');
/** (ev10) "A headed the Turkish delegation and Ambassador B the Greek delegation": B, gapped, heads the other side. */
const GAPPED_SIDE_AFTER = /^\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:delegation|side|team)\b/u;
/** "On Wednesday evening he was received by President Rouhani": a visitor told by a pronoun was received. */
const RECEIVED_BY = /\b(?:he|she|they)\s+(?:was|were)\s+(?:also\s+)?received\s+by\b/i;
/** What every match of RECEIVED_BY holds, under its case flag (`mayMatch`). */
const RECEIVED_BY_NEEDS = /received/i;
const DURING_STAY = /\b(?:during|in the course of)\s+(?:his|her|their|the)\s+(?:stay|visit|trip|mission)\b/i;
const CONTINUE_RE = /\b(met|meets|held talks|was received|were received|called on|paid a courtesy call|had talks)\b/i;
const HELD_RE =
  /\b(held|hold|holds|met|meets|attended|attending|attend|took part|participated|joined|visited|hosted|spoke|speaks|talked|had an? (?:[\w-]+\s+)?(?:telephone conversation|conversation|call|talk|meeting|exchange)|launched|opened|co-chaired|chaired|led|headed|accompanied|signed|put their signatures|received|were present|was present|travelled|traveled|arrived|represented|convened|paid an? (?:courtesy )?(?:call|visit)|(?:made|makes|making|paid|pays|paying) an? (?:[\w-]+ ){0,2}visit|accorded|in the presence of|called on|calls on|(?:was|were) (?:given|offered) by|agreed on|adopted|(?:was|were) agreed (?:during|at)|conferred|confers|caught up|catches up|sat down|sits down|(?:granted|grants|gave) an? (?:private )?audience|had an? (?:private )?audience)\b/i;

/**
 * participated.welcomed-guest: "X welcomed Chancellor Y to the Élysée Palace": a guest told by title after "welcomed" was
 * met ("welcomed the agreement" tells nothing held).
 */
const WELCOMED_GUEST =
  /\b(?:welcomed|welcomes)\s+(?:(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterpart,?\s+|the\s+)?(?:President|Prime\s+Minister|Chancellor|Premier|King|Queen|Emir|Sultan|Crown\s+Prince|Foreign\s+Minister|Minister|Secretary)\b/u;

/** Their literals, asked once of a text (perf25a): a readout without them does not run them on its sentences. */
const welcomedIn = lastOfText(literalGate(WELCOMED_GUEST));
const briefedIn = lastOfText(literalGate(EV17_PATTERNS.briefedByPhone));
const welcomedPassiveIn = lastOfText(literalGate(EV17_PATTERNS.welcomedPassive));

type Participate = (e: Found, c: PersonCluster, si: number, rule: string) => void;
type Sentence = RelKit['ctx']['sentences'][number];

/** The working state of the participation rules over one document. */
interface Participation {
  k: RelKit;
  /** k.participate, except for the dead and for the host of a visit. */
  participate: Participate;
  /** Sentences that name the main event. */
  mainSentences: Set<number>;
  /** People known to have taken part in the main event so far, and the last sentence that added one. */
  inMain: Set<PersonCluster>;
  lastMainSentence: number;
  mainCount: number;
  /** Inside an attendance list opened by a cue ending in a colon. */
  attendList: boolean;
  /**
   * participated.other-verb-clause (prc29b): people kept out of an event because they met in a later clause of its
   * sentence; they still take part in the gathering it is PART_OF (the summit on whose margins both meetings were held).
   */
  aside: Map<string, Set<PersonCluster>>;
}

/** One sentence as the participation rules read it. */
interface SentenceView {
  s: Sentence;
  /** Held events of the sentence other than the main one. */
  evs: Found[];
  ps: ReturnType<RelKit['personsIn']>;
  held: boolean;
  mentionsMain: boolean;
}

/** Adds PARTICIPATED_IN and PART_OF relations. */
export function addParticipation(k: RelKit): void {
  const { ctx, main, mainName, leaders, participants } = k;
  // The host of a visit takes part in its sessions, not in the visit itself, unless the text says so.
  // "the State Funeral for the late former Prime Minister ABE Shinzo": the dead take part in nothing.
  const late = lateOnes(k);
  const aside = new Map<string, Set<PersonCluster>>();
  let toldAtMain = -1; // participated.streak-known (fl31a): the last sentence that told anyone at the main event
  const participate: Participate = (e, c, si, rule) => {
    if (late.has(c)) return;
    // participated.not-absent, participated.quoted-elsewhere (ev18): "X did not attend", "X, speaking in an interview".
    if (toldNotTakingPart(ctx, c, si) || toldNotPresent(ctx, c, si)) return; // ev19: participated.not-present
    if (stoodInFor(ctx, c, si)) return; // par28: participated.stood-in-for
    if (speakingElsewhere(k, e, c, si)) return; // par29: participated.speaking-elsewhere
    // participated.own-clause (ev18): "…; Foreign Ministers A and B joined the plenary session that followed".
    if (inOtherClause(ctx, k.ev.eventMentions, e, c, si)) return;
    if (otherVerbClause(ctx, e, c, si)) {
      if (!aside.has(e.key)) aside.set(e.key, new Set());
      aside.get(e.key)!.add(c);
      return; // prc29b: participated.other-verb-clause
    }
    if (hostOfVisit(k, e, c) && !/visitor|named-in-event/.test(rule)) return;
    // participated.phrase-own (ev13): a meeting the fallback named takes the people held there or named in it only.
    if (!phraseParticipation(ctx.entity(e.key)!.rule, rule)) return;
    if (e.key === main?.key) toldAtMain = si;
    k.participate(e, c, si, rule);
  };
  const p: Participation = {
    k,
    participate,
    mainSentences: new Set(ctx.named('Event', mainName).map((c) => c.sentence)),
    inMain: new Set(),
    lastMainSentence: -1,
    mainCount: 0,
    attendList: false,
    aside,
  };
  participateNamedInEvent(p);
  participateMainPair(p.k);
  participateBetweenPeople(p);
  const ofOtherEvent = participateParagraphEvent(k, participate);
  // Participation: people named in a sentence that mentions a held event with a meeting verb.
  for (const s of ctx.sentences) {
    if (plannedBeforeSpeech(s.text)) continue;
    const v = viewOf(p, s);
    p.attendList = ATTEND_LIST_CUE.test(s.text) || (p.attendList && LIST_ITEM.test(s.text));
    if (v.held) participateHeld(p, v);
    participateTwoLeaders(p, v);
    if (main && !v.evs.length && v.ps.length && !ofOtherEvent.has(s.index)) participateDelegation(p, v, main);
    // participated.streak-known (fl31a): naming again someone at the main event keeps the streak, as a new one does.
    if (main && (participants.get(main.key)?.size !== p.mainCount || toldAtMain === s.index)) {
      p.lastMainSentence = s.index;
      p.mainCount = participants.get(main.key)?.size ?? 0;
    }
    if (main) for (const c of participants.get(main.key) ?? []) p.inMain.add(c);
  }
  if (main && !participants.get(main.key)?.size)
    for (const c of leaders.slice(0, 2)) participate(main, c, main.sentence, 'participated.main-leaders');
  participateSigners(k, participate);
  // participated.took-part-in-own (fl16a): "X also took part in the videoconference", however far from it.
  participateTookPartInOwn(k, participate);
  participateTookPartBare(k, participate); // participated.took-part-bare (fl30b)
  participateWhoAttends(k, participate);
  participateBothTitles(k, participate);
  participatePairAgain(k, participate);
  participateCallPair(k, participate);
  participateWitnesses(k, participate);
  participateReferentAttended(k, participate); // par28
  participateAccompanying(k, participate); // par28
  participateSideLedBy(k, participate); // par29
  participateOpenedBy(k, participate); // par29
  participateAmongPresent(k, participate); // par29
  participateSignerCeremony(k, participate); // par30
  participateBareAttendance(k, participate); // par30
  participateChairHandover(k, participate); // par30
  participateJoinedBy(k, participate); // par30
  participateWeekday(k, participate);
  participateStatementAuthor(k, participate);
  addPartOf(p);
  participateTripCompany(k, participate);
}

/**
 * participated.named-in-event: people named in the main event's own name ("Telephone conversation with Prime Minister
 * … Netanyahu", "Mission of Mr Emmanuel Bonne … to Tehran") take part in it; so do those named in any other held
 * event's name: "courtesy call on President Park Geun-hye".
 */
function participateNamedInEvent(p: Participation): void {
  const { ctx, ev, clusterOf, main, mainName, nameOf } = p.k;
  const { participate } = p;
  const mentions = [...p.k.people.personKey.keys()];
  for (const e of ev.eventMentions) {
    if (INCIDENT_NAME.test(nameOf(e))) continue;
    const target = main && nameOf(e) === mainName ? main : e;
    for (const m of mentions.filter((x) => x.start >= e.start && x.end <= e.end))
      participate(target, clusterOf.get(m)!, m.sentence, 'participated.named-in-event');
  }
  if (main)
    for (const c of ctx.named('Event', mainName).filter((x) => x.end > x.start))
      for (const m of mentions.filter((x) => x.start >= c.start && x.end <= c.end))
        participate(main, clusterOf.get(m)!, m.sentence, 'participated.named-in-event');
}

/**
 * participated.between-people: "the telephone conversation on 11 May between President Ana Kovac and President Karl
 * Novak": the two people it was between took part in it, unless it is still to come.
 */
function participateBetweenPeople(p: Participation): void {
  const { ctx, ev, clusterOf, nameOf } = p.k;
  const mentions = [...p.k.people.personKey.keys()];
  // "President von der Leyen": a title and lowercase particles the mention's span may leave out.
  const at = (i: number) =>
    mentions.find(
      (m) =>
        (m.from ?? m.start) >= i &&
        /^(?:\p{Lu}[\p{L}-]*[^\S\n]+|(?:von|van|der|den|de|di|da|del|la|le)[^\S\n]+){0,5}$/u.test(
          ctx.text.slice(i, m.from ?? m.start),
        ),
    );
  for (const e of ev.eventMentions) {
    if (e.planned || INCIDENT_NAME.test(nameOf(e))) continue;
    // "on 11 May between …": the day may stand before the two.
    // "between then Prime Minister A and President B": a former holder's "then" stands before the title.
    const between =
      /^[^\S\n]+(?:(?:on|of)[^\S\n]+[\w ]{1,20}?[^\S\n]+)?between[^\S\n]+(?:(?:then|former)[^\S\n]+)?/.exec(
        ctx.text.slice(e.end, e.end + 40),
      );
    const a = between && at(e.end + between[0].length);
    const and = a && /^,?[^\S\n]+and[^\S\n]+/.exec(ctx.text.slice(a.to ?? a.end, (a.to ?? a.end) + 8));
    const b = a && and && at((a.to ?? a.end) + and[0].length);
    if (a && b) for (const m of [a, b]) p.participate(e, clusterOf.get(m)!, e.sentence, 'participated.between-people');
  }
}

/** "who represented President X", "Special Envoy of President X", "on behalf of the Prime Minister, X". */
const PRINCIPAL_BEFORE =
  /\b(?:represent(?:ed|ing|s)|on\s+behalf\s+of|(?:[Ee]nvoy|[Rr]epresentative|[Ee]missary|[Aa]dvis[eo]r|[Aa]ide|[Cc]abinet|[Cc]hief\s+of\s+[Ss]taff)\s+(?:of|to|for))\s+(?:the\s+|his\s+|her\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Crown\s+Prince|Sultan|Secretary-General|Head\s+of\s+State|Chair(?:man|person)?)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?,?\s*$/u;

/**
 * participated.not-principal: a person named as the principal someone else represents, speaks or acts for ("attended as
 * Special Envoy of President Rodrigo Duterte") did not take part in person through that mention.
 */
export function principalMention(text: string, m: { start: number; from?: number }): boolean {
  const at = Math.min(m.start, m.from ?? m.start);
  return (
    PRINCIPAL_BEFORE.test(text.slice(Math.max(0, at - 70), at)) ||
    PRINCIPAL_BEFORE.test(text.slice(Math.max(0, m.start - 70), m.start))
  );
}

/** "The meeting also touched on the meeting hosted in Riyadh between …", "recalled the talks between …": another meeting. */
const OTHER_MEETING =
  /\b(?:touched\s+on|discussed|reviewed|addressed|recalled|referred\s+to|noted)\s+(?:also\s+)?(?:the|a|an|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|negotiations|call|conversation|visit|consultations)\b/i;

/**
 * participated.not-other-meeting: a person named after a sentence's topic that is itself another meeting ("The meeting
 * also touched on the meeting hosted in Riyadh between a delegation headed by X …") took part in that one, not in the
 * readout's own.
 */
export function inOtherMeeting(s: Sentence, m: { start: number }): boolean {
  // Rule participated.earlier-rounds (rules-fl13a-events.ts): "The Declaration builds on the two rounds of talks held
  // in Ankara in July, in which the Ethiopian delegation was led by X": X took part in those rounds.
  // prc32: participated.follows-other-meeting ("The visit follows the mission to X of a delegation composed of A").
  const other =
    OTHER_MEETING.exec(s.text) ??
    FL13A_EVENT_PATTERNS.buildsOnMeeting.exec(s.text) ??
    (/follow|came|comes/.test(s.text) ? PRC32_PATTERNS.followsMeeting.exec(s.text) : null);
  return Boolean(other && m.start > s.start + other.index);
}

/** The held events of a sentence and whether it tells the main event, by name or by an alias ("the talks"). */
function viewOf(p: Participation, s: Sentence): SentenceView {
  const { ctx, ev, main, mainName, nameOf, personsIn } = p.k;
  const { mainSentences } = p;
  const evs = ev.eventMentions.filter((e) => e.sentence === s.index && !e.planned && nameOf(e) !== mainName);
  const firstProse = ctx.sentences.find((x) => !x.heading)?.index;
  // "the telephone conversation" in a readout of a mission is another event, not the mission.
  const alias = MAIN_ALIAS.exec(s.text);
  const otherKind = (x: string) =>
    /\b(telephone|call|phone)\b/i.test(x) ? 'call' : /\b(visit|mission)\b/i.test(x) ? 'visit' : '';
  const sameKind =
    !alias || !otherKind(alias[0]) || !mainName || !otherKind(mainName) || otherKind(alias[0]) === otherKind(mainName);
  // "Prime Minister Kishida, who was in Vilnius for the NATO Summit, held a meeting with …": a gathering named only
  // as the frame of the opening's meeting leaves that meeting the readout's own.
  const framesOnly = evs.every((e) =>
    /\b(?:for|at|attending|attended|during|(?:occasion|margins?|sidelines?|fringes?)\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(
      ctx.text.slice(Math.max(s.start, e.start - 40), e.start),
    ),
  );
  const aliasOfMain =
    // Rule participated.alias-other-day (rules-fl13a.ts): "the meeting held in Bangkok on 26–27 January between A and
    // B", in a readout of 28 January, is another meeting.
    (!evs.length && alias && sameKind && !heldOnOtherDay(s.text.slice(alias.index + alias[0].length), ctx.doc.date)) ||
    ((!evs.length || framesOnly) && s.index === firstProse && OPENING_ALIAS.test(s.text));
  const mentionsMain = main && (mainSentences.has(s.index) || aliasOfMain);
  const ps = personsIn(s.index).filter(([m]) => !principalMention(ctx.text, m));
  // (ev17) event.main-briefed-by-phone: "A briefed B by phone on …" tells a call held.
  const held =
    HELD_RE.test(s.text) ||
    (welcomedIn(ctx.text) && WELCOMED_GUEST.test(s.text)) ||
    (briefedIn(ctx.text) && EV17_PATTERNS.briefedByPhone.test(s.text)) ||
    (welcomedPassiveIn(ctx.text) && EV17_PATTERNS.welcomedPassive.test(s.text));
  return { s, evs, ps, held, mentionsMain: Boolean(mentionsMain) };
}

/**
 * participated.not-ahead-of: "met … a few hours before the opening of the NATO Summit", "ahead of the summit": an
 * event told as still to come when the sentence's meeting took place gets no participants from that sentence.
 */
const AHEAD_OF =
  /\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+)?(?:(?:opening|start|beginning)\s+of\s+(?:the\s+)?)?$/i;

/**
 * participated.same-sentence / title-ref / main-sentence / occasion-main: in a sentence with a meeting verb, the
 * people named take part in the held events named there, and in the main event when the sentence tells it.
 */
/**
 * participated.visitor-of-frame (ev14): "Within the framework of the state visit of the President of X, A, to Y, talks
 * were held between …": the visitor named inside a visit that frames the sentence's meeting takes part in it too.
 */
const VISIT_FRAME_LEAD = /\b(?:(?:framework|course|occasion)\s+of|during)\s+(?:the|his|her)\s+$/i;
function visitFraming(k: Participation['k'], e: Found): boolean {
  return /\bvisit\b/i.test(k.nameOf(e)) && VISIT_FRAME_LEAD.test(k.ctx.text.slice(Math.max(0, e.start - 40), e.start));
}

// (ev25) event.referred-pair-meeting: "after the meeting of A and B in Kazan" is A's and B's alone.
const OWN_TWO_RULES = new Set([
  IN_VISIT_RULE,
  MET_SEPARATELY_RULE,
  EVENT_RECEIVED_SEPARATELY.id,
  EVENT_REFERRED_PAIR_ID,
]);
/** A meeting whose own rule named its two (in a visit, received separately): true when the sentence adds nobody. */
function ownTwoAlone(p: Participation, e: Found, sentence: number): boolean {
  const { ctx, clusterOf } = p.k;
  const own = ctx.entity(e.key)!.rule;
  const host = receivedSeparatelyHost(ctx, e.key);
  const hostCluster = host && clusterOf.get(host);
  if (hostCluster) p.participate(e, hostCluster, sentence, 'participated.received-separately');
  return OWN_TWO_RULES.has(own) || host !== undefined;
}

/** An event a title used alone in its sentence takes part in; (fl30b) participated.not-time-anchor: not "one day after the X". */
function titleRefEvent(k: RelKit, sentenceStart: number, x: Found): boolean {
  const { ctx, nameOf } = k;
  return (
    !INCIDENT_NAME.test(nameOf(x)) &&
    sentencePeopleTakePart(ctx.entity(x.key)!.rule, ctx.text, sentenceStart, x.start) &&
    !timeAnchorAt(ctx.text, sentenceStart, x.start)
  );
}

function participateHeld(p: Participation, v: SentenceView): void {
  const { ctx, clusterOf, main, nameOf } = p.k;
  const { participate } = p;
  const { s, evs, ps, mentionsMain } = v;
  const titledIn = (si: number) => titleHolders(p.k, si);
  // "the Japan-ROK Summit Meeting with Mr. Moon Jae-in, …, and the Japan-China Summit Meeting with … Li Keqiang":
  // a person named "with" one meeting of a list did not attend the others that name their own counterpart.
  const boundTo = new Map<PersonCluster, Found>();
  for (const e of evs)
    for (const [m] of ps) {
      const gap = ctx.text.slice(e.end, m.from ?? m.start);
      if ((m.from ?? m.start) > e.end && /^,?\s+with\s+(?:[\w.]+\s+){0,3}$/.test(gap))
        boundTo.set(clusterOf.get(m)!, e);
    }
  const hasOwn = new Set(boundTo.values());
  // "accorded a ceremonial welcome … by the Rashtrapati": a title alone, held by one person of the readout.
  for (const c of titledIn(s.index))
    for (const e of evs.filter((x) => titleRefEvent(p.k, s.start, x)))
      participate(e, c, s.index, 'participated.title-ref');
  const products = recalledProductMentions(ctx.text, s, evs); // prc32: participated.not-recalled-product
  for (const e of evs) {
    if (products.has(e)) continue;
    // Nobody takes part in an attack or a downing told beside a meeting; "their meeting in Buenos Aires" is its
    // own pair's, and the summit "on the sidelines of" which a meeting was held gets that meeting's participants.
    // A meeting held inside a visit has its own two (participated.in-visit-meeting), not the sentence's others.
    // participated.met-separately (fl15b) and event.received-separately (fl15c): each meeting of one host with one
    // guest ("received A and B separately") has those two alone.
    if (ownTwoAlone(p, e, s.index) || INCIDENT_NAME.test(nameOf(e))) continue;
    // participated.phrase-held (ev13): a meeting the fallback named takes the sentence's people only as held there.
    if (!sentencePeopleTakePart(ctx.entity(e.key)!.rule, ctx.text, s.start, e.start)) continue;
    const lead = ctx.text.slice(Math.max(s.start, e.start - 40), e.start);
    if (
      /\btheir\s+(?:[\w-]+\s+){0,2}$/.test(lead) ||
      /(?:occasion|margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?$/i.test(lead) ||
      AHEAD_OF.test(lead)
    )
      continue;
    // (ev17) participated.not-in-reference: "reaffirmed their support for the X Dialogue"; the visitor of a recalled
    // visit keeps it (participated.possessive-visitor: "As agreed during President X's state visit to Y").
    if (subjectNotAttended(ctx, e)) {
      for (const [m] of ps.filter(([x]) => possessiveVisitor(ctx, e, x)))
        participate(e, clusterOf.get(m)!, s.index, 'participated.possessive-visitor');
      continue;
    }
    const onVisit = ctx.entity(e.key)!.rule === 'event.on-visit';
    for (const [m] of ps) {
      const b = boundTo.get(clusterOf.get(m)!);
      if (b && b !== e && hasOwn.has(e)) continue;
      // participated.on-visit-own: "… met with Y, who is also in Italy on an official visit": the visit is Y's alone.
      // "President X arrived in Berlin on a state visit": the subject right before it is the visitor.
      const gap = ctx.text.slice(m.to ?? m.end, e.start);
      if (onVisit && !/^,\s*who\b/.test(gap) && !/^\s+$/.test(gap)) continue;
      if (behalfPrincipal(ctx.text, s.start, m)) continue; // participated.principal-absent (fl14a)
      // participated.visit-not-met (ev15): "… of his official visit to X, A met B": B is met, not a visitor.
      if (/\bvisit/i.test(nameOf(e)) && m.start > e.end && metAfterVisit(ctx.text.slice(e.end, m.from ?? m.start)))
        continue;
      participate(e, clusterOf.get(m)!, s.index, 'participated.same-sentence');
    }
  }
  if (main && mentionsMain)
    // participated.not-other-meeting: a person named inside another held event of the sentence ("a day after the
    // Mission met President X in Kyiv") is that event's.
    // participated.principal-absent (fl14a): "signed on behalf of His Majesty King X" names a principal, not a participant.
    for (const [m] of ps.filter(
      ([x]) =>
        !inOtherMeeting(s, x) &&
        !evs.some((e) => x.start >= e.start && x.end <= e.end && !visitFraming(p.k, e)) &&
        !inRecalledClause(ctx, evs, x) &&
        !behalfPrincipal(ctx.text, s.start, x) &&
        !negotiatorNotMain(s.text, p.k.mainName), // prc32: participated.negotiator-not-main
    ))
      participate(main, clusterOf.get(m)!, s.index, 'participated.main-sentence');
  // "President Obama met today with President Erdogan on the margins of the G20 Leaders' Summit": the meeting
  // told there, with no name of its own, is the readout's own.
  const occasion = PART_OF_RE.exec(s.text);
  const gatherings = evs.filter((e) => !INCIDENT_NAME.test(nameOf(e)));
  if (main && occasion && gatherings.length === 1 && gatherings[0]!.start > s.start + occasion.index)
    for (const [m] of ps.filter(([x]) => x.start < s.start + occasion.index))
      participate(main, clusterOf.get(m)!, s.index, 'participated.occasion-main');
}

/** participated.their-event / the-two-leaders: "the two leaders", "their meeting in X", "at the summit". */
function participateTwoLeaders(p: Participation, v: SentenceView): void {
  const { ctx, clusterOf, leaders, main, nameOf, participants } = p.k;
  const { participate } = p;
  const { s, evs, ps, held, mentionsMain } = v;
  const k = p.k;
  // "the leaders" of a two-leader readout are those two.
  const mainPair = main ? [...(participants.get(main.key) ?? [])] : [];
  // participated.the-two-leaders: "the leaders" of a readout whose meeting two leaders held are those two, even when
  // the text names a third leader elsewhere ("President Assad").
  const firstProse = ctx.sentences.find((x) => !x.heading)?.index;
  const mainLeaders = leaders.filter((c) =>
    mainPair.length ? mainPair.includes(c) : c.mentions.some((m) => m.sentence === firstProse),
  );
  const noun = TWO_LEADERS.exec(s.text)?.[2]?.toLowerCase() ?? 'leaders'; // "the two ministers", "the two leaders"
  // participated.two-leaders-two-states (fl29c): of three leaders or more, two of two states, of the noun's kind.
  const { pair: leadersPair, byStates } = leadersPairOf(leaders, mainLeaders, k.people.offices, noun);
  // participated.not-their-sides: "… took part in the Riyadh meeting, at which the two sides discussed …": the two of
  // a relative clause on another meeting are that meeting's own sides, not the readout's pair.
  const ofOther = !mentionsMain && evs.length > 0 && THEIR_OWN_SIDES.test(s.text);
  const twoLeaders =
    !ofOther &&
    (TWO_LEADERS.test(s.text) ||
      ((leaders.length === 2 || mainLeaders.length === 2) && /\bthe (leaders|presidents)\b/i.test(s.text)));
  // "the two ministers" are the two ministers who held the main event; "the two leaders" the two heads.
  const pair = pairOfNoun(noun, mainPair, leadersPair, k.people.offices); // prc29b: two-ministers-not-leaders
  const pairInMain = !mainPair.length || pair.every((c) => mainPair.includes(c));
  const pairRule = byStates && pair === leadersPair ? TWO_STATES_ID : 'participated.the-two-leaders';
  // "the leaders noted … their Hamburg meeting": the pair's own earlier meeting, whatever the verb.
  const theirs = evs.filter(
    (e) =>
      !INCIDENT_NAME.test(nameOf(e)) &&
      /\b[Tt]heir\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(Math.max(s.start, e.start - 30), e.start)),
  );
  for (const e of theirs) {
    // "reached by Prime Minister Shinzo Abe and President Vladimir Putin at their meeting in Singapore": those two.
    const named = ps
      .filter(([m]) => m.end <= e.start)
      .map(([m]) => m)
      .sort((a, b) => a.start - b.start)
      .slice(-2);
    const two =
      named.length === 2 &&
      /^[^.;:]*$/.test(ctx.text.slice(named[1]!.to ?? named[1]!.end, e.start)) &&
      /^,?\s+and\s+/.test(ctx.text.slice(named[0]!.to ?? named[0]!.end, named[1]!.from ?? named[1]!.start));
    // "X spoke with Y, following up on their meeting in Paris": the pair of the readout's own event, named here.
    const ownPair = mentionsMain && mainPair.length === 2 && named.every((m) => mainPair.includes(clusterOf.get(m)!));
    // (ev10) "They recalled their last meeting in X": no one named, the readout's own pair.
    const pronounPair = !named.length && mainPair.length === 2 && e.key !== main?.key;
    const who = two ? named.map((m) => clusterOf.get(m)!) : twoLeaders ? pair : ownPair || pronounPair ? mainPair : [];
    for (const c of who) participate(e, c, s.index, 'participated.their-event');
  }
  // "instructions given by the two leaders at the Japan-ROK Summit Meeting held in Seoul", "the two ministers
  // announced its results at a joint press occasion": being at a meeting is taking part, whatever the verb.
  const at = twoLeaders
    ? evs.find(
        (e) =>
          !INCIDENT_NAME.test(nameOf(e)) &&
          /\b(?:at|during|in)\s+(?:the|their|a)\s+(?:[\w-]+\s+){0,2}$/.test(
            ctx.text.slice(Math.max(s.start, e.start - 30), e.start),
          ) &&
          // "The leaders welcomed the MoU announced at the G20 Summit": the agreement's venue, not the leaders'.
          !reachedThere(k, e),
      )
    : undefined;
  if (at && !held) for (const c of pair) participate(at, c, s.index, pairRule);
  if (twoLeaders && held) {
    // "the two leaders presented the results at a joint press conference": the sessions named with them too.
    const sessions = evs.filter((e) => ctx.entity(e.key)!.rule.startsWith('event.session'));
    // "the third round … between the two ministers, after the first round … and the second round …": the pair's
    // meetings named with them.
    // A session of event.group-held (rules-fl13a-events.ts) takes its holders from its own group noun.
    const other = at
      ? [at]
      : evs.filter((e) => !INCIDENT_NAME.test(nameOf(e)) && ctx.entity(e.key)!.rule !== GROUP_HELD_RULE);
    const targets =
      main && (mentionsMain || !evs.length) && !at && pairInMain ? [main, ...sessions] : [...sessions, ...other];
    for (const e of targets) for (const c of pair) participate(e, c, s.index, pairRule);
  }
}

/**
 * participated.delegation / met-visitor / attended / signed: delegation heads, the people a visitor met, and who else
 * attended: "The UK delegation was led by …", "In Tehran, Mr Bonne met …", "Pence … attended the ceremony".
 */
function participateDelegation(p: Participation, v: SentenceView, main: Found): void {
  const { ctx, clusterOf, mainName } = p.k;
  const { participate, inMain, lastMainSentence } = p;
  const { s, ps } = v;
  // "accompanied by the Minister …, X, and by the Ambassador …, Y": a second "and by" continues the list.
  // "The Bordurian panel was chaired by A, and the Syldavian panel by B": a gapped second "by" continues the list.
  const ledBy = [...allMatches(s.text, LED_BY)]
    .filter((x, i, all) => !/^,?\s+and/.test(x[0]) || (i > 0 && !/^,?\s+and/.test(all[0]![0])))
    .map((x) => s.start + x.index + x[0].length);
  const ledThe = /\b(?:led|headed)\s+the\s+(?:\S+\s+)?(?:delegation|side|team)\b/i.test(s.text);
  // "On Wednesday evening he was received by President Rouhani": the visitor, told by a pronoun, was received.
  const receivedBy = mayMatch(s.text, RECEIVED_BY_NEEDS, RECEIVED_BY) && RECEIVED_BY.test(s.text);
  // Only a trip gathers the meetings of its visitor: beside a meeting, "President A met the Governor" is another one.
  const trip = /\b(?:visit|mission|trip|tour|stay)\b/i.test(mainName ?? '') || DURING_STAY.test(s.text);
  const withKnown =
    trip &&
    ((CONTINUE_RE.test(s.text) && ps.some(([m]) => inMain.has(clusterOf.get(m)!))) || (receivedBy && inMain.size > 0));
  // "Also present were A and B": an attendance list after the meeting's own sentences.
  // participated.delegation-composition (fl14b): "The Nepali delegation comprised A and B", another sentence between.
  // participated.host-delegation-not-visit (fl19a): the host's delegation takes part in the talks, not in the visit.
  const hostDelegation = hostDelegationOfVisit(p.k, s.index);
  const composition =
    FL14B_PATTERNS.delegationComposition.test(s.text) && lastMainSentence >= 0 && !main.planned && !hostDelegation;
  const streak =
    !hostDelegation &&
    ((ATTENDED_RE.test(s.text) && lastMainSentence === s.index - 1) ||
      (ALSO_PRESENT.test(s.text) && lastMainSentence >= 0) ||
      composition);
  const signing = /^signing\b/.test(mainName ?? '') && /\b(signed|signatures?)\b/i.test(s.text);
  // participated.not-past-signatories (rules-fl22b.ts): "the Treaty, signed on 1 August 2017 by A and B".
  const pastSignatory = (from: number) => pastSignatoryAt(s.text, from - s.start, p.k.docYear);
  const hosted = hostsNamedMeeting(ctx, { sentence: main.sentence, name: mainName ?? '' }, s.index);
  const listed = listedAttendee(p, s);
  let prevLed: (typeof ps)[number][0] | undefined;
  // negotiates-for.on-his-behalf (fl14b): "delivered the address of Y on his behalf": Y did not attend.
  const behalf = onHisBehalfSpans(s.text).map(([a, b]) => [s.start + a, s.start + b]);
  for (const [m] of [...ps].sort((a, b) => a[0].start - b[0].start)) {
    if (inOtherMeeting(s, m) || behalf.some(([a, b]) => m.start >= a! && m.start < b!)) continue;
    if (behalfPrincipalAt(ctx.text, s.start, m.from ?? m.start)) continue; // participated.not-behalf-principal (fl20b)
    const from = m.from ?? m.start;
    // "headed by Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs, and Mr. KONO Taro, Minister of Defense".
    const andNext = prevLed && /^\s*,?\s*(?:and\s+)?$/.test(ctx.text.slice(prevLed.to ?? prevLed.end, from));
    const led =
      // "led by its chief negotiator Mohammed Abdulsalam": a title may stand between.
      ledBy.some((at) => from >= at && LED_BY_GAP.test(ctx.text.slice(at, from))) ||
      Boolean(andNext) ||
      (ledThe && from < s.start + s.text.search(/\b(?:led|headed)\s+the\b/i)) ||
      (ledThe && GAPPED_SIDE_AFTER.test(ctx.text.slice(m.to ?? m.end, s.end)));
    prevLed = led ? m : undefined;
    if (hosted) participate(main, clusterOf.get(m)!, s.index, 'participated.hosted-named');
    else if (led || withKnown || streak || (signing && !pastSignatory(from)) || listed(m))
      participate(
        main,
        clusterOf.get(m)!,
        s.index,
        led
          ? 'participated.delegation'
          : withKnown
            ? 'participated.met-visitor'
            : streak
              ? composition
                ? 'participated.delegation-composition'
                : 'participated.attended'
              : signing
                ? 'participated.signed'
                : 'participated.attendance-list',
      );
  }
}

/**
 * participated.attendance-list: "Taking part in the session were:" followed by one attendee per list item; a person
 * after "on behalf of" in the item is the attendee's principal, not an attendee.
 */
function listedAttendee(p: Participation, s: Sentence): (m: { start: number; from?: number }) => boolean {
  if (!p.attendList || !LIST_ITEM.test(s.text)) return () => false;
  const behalf = s.text.search(ON_BEHALF);
  return (m) => behalf < 0 || (m.from ?? m.start) < s.start + behalf;
}

type PartOf = (child: Found, parent: Found, si: number, rule: string) => void;

/**
 * PART_OF: "on the occasion / margins / sidelines of <event>", "in Beijing to attend <event>, held <event>"; sessions
 * of the main event ("small-group meeting", "joint press conference"); the meetings of a visit.
 */
function addPartOf(p: Participation): void {
  const { ctx, ev } = p.k;
  const partOf = partOfWith(p);
  partOfSeries(p, partOf);
  for (const s of ctx.sentences) {
    const inS = ev.eventMentions.filter((e) => e.sentence === s.index);
    partOfOccasion(p, s, inS, partOf);
    partOfThatVisit(p, s, inS);
    partOfDuringVisit(p, s, inS);
    partOfSessions(p, s, inS, partOf);
    partOfAtGathering(p.k, s.index, inS, partOf);
    // part-of.session-of-named (ev18): "the second working session of the G20 Summit".
    partOfSessionOfNamed(
      ctx,
      s.index,
      inS,
      (e) => ctx.entity(e.key)?.rule.startsWith('event.session') ?? false,
      partOf,
    );
  }
  partOfOpeningVisit(p);
  partOfCurrentVisit(p);
}

/** A visit told as past ("his last visit", "recalled his official visit") or as one of a kind ("agreed on a visit to X"). */
const PAST_VISIT =
  /\b(?:last|previous|earlier|former|prior|past|recalled\s+(?:his|her|their|the))\s+(?:[\w-]+\s+){0,2}$|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * part-of.current-visit: the readout's meeting is part of the visit under way that the text names elsewhere ("The
 * visit to Türkiye began on Thursday in Kahramanmaraş", "Brussels is the first stop of the Prime Minister's visit to
 * Europe"): a held visit of the readout's days, not told as past, made by nobody but the meeting's own people.
 */
function partOfCurrentVisit(p: Participation): void {
  const { ctx, main, mainName } = p.k;
  if (!main || /\b(?:visit|call|telephone|phone|conversation|video)\b/i.test(mainName ?? '')) return;
  if (ctx.hasRelationFrom('PART_OF', main.key)) return;
  const visit = currentVisitOf(p, main);
  if (!visit) return;
  ctx.relate('PART_OF', main.key, visit.key, visit.sentence, 'part-of.current-visit');
  for (const c of visitorsOf(p, main, visit)) p.participate(visit, c, visit.sentence, 'participated.visitor');
}

/** The held visit of the readout's days that the text names anywhere, not as past nor as one of a kind. */
function currentVisitOf(p: Participation, main: Found): Found | undefined {
  const { ctx, ev, mainName, nameOf } = p.k;
  const current = visitUnderWay(p, main);
  return ev.events.find(
    (e) =>
      !e.planned &&
      /\bvisit\b/i.test(nameOf(e)) &&
      nameOf(e) !== mainName &&
      !ev.events.some((x) => x.planned && nameOf(x) === nameOf(e)) &&
      ev.eventMentions
        .filter((x) => nameOf(x) === nameOf(e))
        .every((x) => !PAST_VISIT.test(ctx.text.slice(Math.max(0, x.start - 40), x.start))) &&
      current(e),
  );
}

/**
 * participated.visitor: who made the visit the readout's meeting was part of: its people named where the visit is
 * told ("The visit to Moscow came a day after President Jokowi …"), else those not of the visited state, and the
 * meeting's people of the visitors' states (their delegation).
 */
function visitorsOf(p: Participation, main: Found, visit: Found): PersonCluster[] {
  const { ev, nameOf, participants, people, personsIn, clusterOf } = p.k;
  const inMain = [...(participants.get(main.key) ?? [])];
  const told = new Set(
    ev.eventMentions
      .filter((x) => nameOf(x) === nameOf(visit))
      .flatMap((x) => personsIn(x.sentence).map(([m]) => clusterOf.get(m)!)),
  );
  const dest = / to (?:the )?(.+)$/.exec(nameOf(visit))?.[1];
  const destState = dest && findGazetteerHits(dest).find((h) => h.type === 'State' && h.start === 0)?.name;
  const named = inMain.filter((c) => told.has(c) && !hostOfVisit(p.k, visit, c) && !metInVisitSentence(p.k, visit, c));
  const visitors = named.length ? named : destState ? inMain.filter((c) => !hostOfVisit(p.k, visit, c)) : [];
  const statesOf = (c: PersonCluster) =>
    [c.state, ...(people.offices.get(c) ?? []).map((o) => o.owner)].filter(Boolean);
  // participated.visit-named-visitor (fl28c): "X's official visit to Baghdad" is X's; who met X there is no visitor.
  const namedAfter = inMain.filter((c) => visitNamedAfter(nameOf(visit), c.name));
  const seed = namedAfter.length === 1 ? namedAfter : visitors;
  const own = new Set(seed.flatMap(statesOf));
  // participated.visit-not-met (ev15): the one met after the visit's name is no visitor, whatever its state.
  return inMain.filter(
    (c) => (seed.includes(c) || statesOf(c).some((st) => own.has(st))) && !metInVisitSentence(p.k, visit, c),
  );
}

/**
 * A visit of the readout's days (no year in its name, no date two weeks off the readout's) not named after someone
 * who did not hold the main meeting ("Secretary Rubio's visit to İstanbul" is his).
 */
function visitUnderWay(p: Participation, main: Found): (e: Found) => boolean {
  const { ctx, nameOf, participants, people, clusterOf } = p.k;
  const docDay = ctx.doc.date ? Date.parse(ctx.doc.date) : NaN;
  const mainPeople = participants.get(main.key) ?? new Set();
  return (e) => {
    const date = ctx.entity(e.key)?.props.date;
    const day = typeof date === 'string' ? Date.parse(date.length === 7 ? `${date}-28` : date) : NaN;
    const byOthers = [...people.personKey.keys()].some(
      (m) =>
        ((m.start >= e.start && m.end <= e.end) ||
          (m.end < e.start && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(ctx.text.slice(m.to ?? m.end, e.start)))) &&
        !mainPeople.has(clusterOf.get(m)!),
    );
    return (
      !/\b(?:19|20)\d\d\b/.test(nameOf(e)) &&
      (Number.isNaN(day) || Number.isNaN(docDay) || Math.abs(day - docDay) < 15 * 864e5) &&
      !byOthers &&
      !reportedVisit(ctx.text.slice(ctx.sentences[e.sentence]!.start, e.start)) // part-of.not-reported-visit (fl20b)
    );
  };
}

/**
 * part-of.opening-visit: the readout's meeting told in its opening together with a visit under way ("President A,
 * on a visit to Moscow, held talks with President B") is part of that visit, unless the visit is an earlier one.
 */
function partOfOpeningVisit(p: Participation): void {
  const { ctx, main, mainName, nameOf } = p.k;
  if (!main || /\b(?:visit|call|telephone|phone|conversation)\b/i.test(mainName ?? '')) return;
  if (ctx.hasRelationFrom('PART_OF', main.key)) return;
  const visit = openingVisitOf(p, main);
  if (!visit || nameOf(visit) === mainName) return;
  ctx.relate('PART_OF', main.key, visit.key, visit.sentence, 'part-of.opening-visit');
  for (const c of visitorsOf(p, main, visit)) p.participate(visit, c, visit.sentence, 'participated.visitor');
}

/** A visit under way told in the readout's first two sentences ("President A, on a visit to Moscow, held talks"). */
function openingVisitOf(p: Participation, main: Found): Found | undefined {
  const { ctx, ev, nameOf } = p.k;
  const opening = ctx.sentences
    .filter((x) => !x.heading)
    .slice(0, 2)
    .map((x) => x.index);
  const current = visitUnderWay(p, main);
  return ev.eventMentions.find(
    (e) =>
      opening.includes(e.sentence) &&
      !e.planned &&
      /\bvisit\b/i.test(nameOf(e)) &&
      current(e) &&
      !/\b(?:last|previous|earlier|former|prior|past)\s+(?:[\w-]+\s+){0,2}$/i.test(
        ctx.text.slice(Math.max(0, e.start - 30), e.start),
      ),
  );
}

/** A PART_OF relation whose parent then gets the child's participants (and counts as held). */
function partOfWith(p: Participation): PartOf {
  const { ctx, ev, main, mainName, nameOf, participants } = p.k;
  const { participate } = p;
  const mentionsOf = groupBy(ev.eventMentions, (x) => x.key);
  return (child: Found, parent: Found, si: number, rule: string) => {
    if (nameOf(child) === nameOf(parent)) return;
    ctx.relate('PART_OF', child.key, parent.key, si, rule);
    parent.planned = false;
    // participated.part-of stops at a visit: a session's guests and hosts did not make the visit (GUIDE: the visitor
    // takes part in the visit, the host only if the text says so).
    if (/\bvisit\b/i.test(nameOf(parent))) return;
    // Participants were recorded against whichever mention named the child: gather them by name.
    const same = [...participants.keys()].filter(
      (k) =>
        (mentionsOf.get(k) ?? []).some((x) => nameOf(x) === nameOf(child)) ||
        (k === main?.key && nameOf(child) === mainName),
    );
    for (const c of same.flatMap((k) => [...participants.get(k)!])) participate(parent, c, si, 'participated.part-of');
    for (const c of [...(p.aside.get(child.key) ?? [])]) participate(parent, c, si, 'participated.part-of');
    if (child.key === main?.key)
      for (const c of participants.get(main.key) ?? []) participate(parent, c, si, 'participated.part-of');
  };
}

/** part-of.separate-meeting: each meeting of a series of "separate talks" is part of the readout's gathering. */
function partOfSeries(p: Participation, partOf: PartOf): void {
  const { ctx, ev, clusterOf, personsIn, main } = p.k;
  const { participate } = p;
  // "Parmelin and Cassis … held separate talks with the two delegations": they held each meeting of the series, a
  // part of the gathering the readout is about.
  const series = ctx.sentences.find((x) => !x.heading && SEPARATE.test(x.text));
  if (series && main) {
    const at = series.start + series.text.search(SEPARATE);
    const hosts = personsIn(series.index).filter(([m]) => m.start < at);
    for (const e of ev.eventMentions.filter((x) => ctx.entity(x.key)!.rule === 'event.separate-meeting')) {
      for (const [m] of hosts) participate(e, clusterOf.get(m)!, series.index, 'participated.separate-host');
      partOf(e, main, e.sentence, 'part-of.separate-meeting');
    }
  }
}

/** part-of.occasion: "on the occasion / margins / sidelines of <event>", "to attend <event>". */
function partOfOccasion(p: Participation, s: Sentence, inS: Found[], partOf: PartOf): void {
  const { ctx, main, nameOf } = p.k;
  const m =
    (sentenceCued(p.k, s, PART_OF_GATE) ? PART_OF_RE.exec(s.text) : null) ??
    (sentenceCued(p.k, s, ATTEND_GATE) ? execIf(s.text, ATTEND_RE, ATTEND_NEEDS) : null);
  if (m) {
    const at = s.start + m.index;
    // part-of.invited-to-attend (ev13): "invited X to attend the meeting in Accra": nothing is part of a meeting to come.
    if (!PART_OF_RE.test(s.text) && invitedBefore(s.text.slice(0, m.index + m[0].length + 1))) return;
    const after = inS.find((e) => e.start > at);
    // part-of.frame-unnamed (ev13): "On the margins of the meeting, A talked with B": the frame is the readout's own
    // meeting, unnamed there; the event after the comma is the part.
    const unnamed = frameUnnamed(ctx.text, at, after, main);
    const parent = unnamed ? main : after;
    // "after the first round in Moscow and the second round in Munich, held on the occasion of …": the nearest.
    const before = inS.filter((e) => e.end <= at && !INCIDENT_NAME.test(nameOf(e)));
    // Else the meeting told in the sentence, not one of its sessions ("held a summit meeting …, including a
    // small-group meeting").
    const isSession = (e: Found) => ctx.entity(e.key)!.rule.startsWith('event.session');
    const child =
      (unnamed ? after : undefined) ??
      (parent &&
        (before.pop() ??
          inS.find((e) => nameOf(e) !== nameOf(parent) && !INCIDENT_NAME.test(nameOf(e)) && !isSession(e)))) ??
      // part-of.not-other-year (fl24a): "Negotiations were launched … in 2018, on the margins of …".
      (main && parent && nameOf(main) !== nameOf(parent) && !toldOtherYear(s.text, ctx.doc.date) ? main : undefined);
    // "the Memorandum that A, B and C signed on the margins of the NATO Summit": the agreement was reached there.
    // Rule part-of.sidelines-held (rules-fl13a-events.ts): "On the sidelines of the meeting, A held a bilateral meeting
    // with B": the meeting told after the phrase is the part, the readout's own meeting the whole.
    if (parent && sidelinesHeld(ctx.entity(parent.key)!.rule)) {
      if (main && parent.key !== main.key) partOf(parent, main, s.index, 'part-of.sidelines-held');
      return;
    }
    // part-of.met-separately (fl15b) links the meetings of "received A and B separately" to the frame.
    if (parent && separateMeeting(ctx, parent.key)) return;
    const signed = parent && agreementSignedBefore(p.k, s, at);
    if (parent && signed) ctx.relate('REACHED_AT', signed.key, parent.key, s.index, 'reached-at.occasion');
    // part-of.not-planned-whole (ev15): "A and B met in Canberra. They expect to meet again on the margins of the G20
    // summit": a held meeting is no part of a gathering still to come.
    else if (parent && child && !(parent.planned && !child.planned)) partOf(child, parent, s.index, 'part-of.occasion');
  }
}

/** Signing verbs between an agreement and an occasion cue: what was done on the margins was the signing. */
const SIGNED_THERE = /^[^.;:]*?\b(?:signed|concluded|initialled|initialed|adopted|reached|agreed)\b[^.;:]*$/i;

/** The agreement of a sentence whose signing is told right before the position `at` (an occasion cue), if any. */
function agreementSignedBefore(k: RelKit, s: Sentence, at: number): Found | undefined {
  return k.ev.agreementMentions
    .filter(
      (a) => a.sentence === s.index && a.end <= at && !k.ev.eventMentions.some((e) => e.start > a.end && e.end <= at),
    )
    .filter((a) => SIGNED_THERE.test(k.ctx.text.slice(a.end, at)))
    .pop();
}

/** part-of.that-visit: "During that visit, the 2+2 will be held": the meetings of the sentence, of the last visit. */
function partOfThatVisit(p: Participation, s: Sentence, inS: Found[]): void {
  const { ctx, ev, nameOf } = p.k;
  // "Minister Lavrov will visit Japan … During that visit, the 2+2 will be held …": the meetings of that sentence
  // are part of the visit last named.
  if (
    /^(?:\(\w+\)\s*|\d+\.\s*)?(?:During|In the course of|As part of|Later in|Earlier in|(?:In|Within) the framework of)\s+(?:that|this|the|his|her)\s+(?:[\w-]+\s+)?visit\b/i.test(
      s.text,
    )
  ) {
    const lastVisit = ev.eventMentions.filter((e) => e.sentence < s.index && /\bvisit/i.test(nameOf(e))).pop();
    if (lastVisit)
      for (const e of inS.filter((x) => !INCIDENT_NAME.test(nameOf(x)) && nameOf(x) !== nameOf(lastVisit)))
        ctx.relate('PART_OF', e.key, lastVisit.key, s.index, 'part-of.that-visit');
  }
}

/** part-of.during-visit: "President Yoon, who arrived … for a two-day working visit to Japan, held a summit". */
function partOfDuringVisit(p: Participation, s: Sentence, inS: Found[]): void {
  const { ctx, clusterOf, personsIn, main, mainName, nameOf } = p.k;
  const { participate, mainSentences } = p;
  const k = p.k;
  // "President Yoon, who arrived in Tokyo for a two-day working visit to Japan, held a Korea-Japan summit": the
  // meeting is part of the visit, which the visitor (named before it) made.
  const visit = inS.find(
    (e) =>
      /\bvisit/i.test(nameOf(e)) &&
      /\b(?:(?:for|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}|during\s+)$/.test(
        ctx.text.slice(Math.max(s.start, e.start - 40), e.start),
      ) &&
      !reportedVisit(ctx.text.slice(s.start, e.start)), // part-of.not-reported-visit (fl20b)
  );
  // The opening under a title that names the meeting tells that meeting: "… held talks with …, during the State Visit".
  const openingOfTitled =
    main && ctx.sentences[main.sentence]?.heading && s.index === ctx.sentences.find((x) => !x.heading)?.index;
  // "The meeting took place during Minister X's visit to Italy": the readout's meeting, told by its alias.
  const aliasHeld = MAIN_HELD_DURING.test(s.text);
  if (main && visit && (mainSentences.has(s.index) || openingOfTitled || aliasHeld) && nameOf(visit) !== mainName) {
    ctx.relate('PART_OF', main.key, visit.key, s.index, 'part-of.during-visit');
    // participated.visit-named-visitor (fl28c): before "X's official visit", only X and X's compatriots visit.
    const namer = personsIn(s.index)
      .map(([x]) => clusterOf.get(x)!)
      .find((c) => visitNamedAfter(nameOf(visit), c.name));
    const notNamer = (c: PersonCluster) => namer && c !== namer && !(c.state && c.state === namer.state);
    for (const [m] of personsIn(s.index).filter(([x]) => x.start < visit.start && !notNamer(clusterOf.get(x)!)))
      // "Prime Minister Modi held talks with Crown Prince … during the State Visit of the Crown Prince to India":
      // the host named first did not make the visit.
      // "President Ramaphosa today hosted President Ruto … for a State Visit": the subject of hosting neither.
      if (
        !hostOfVisit(k, visit, clusterOf.get(m)!) &&
        !/^\s*(?:today\s+|on\s+\w+\s+|\w+ly\s+)?(?:hosted|welcomed|received)\b/.test(
          ctx.text.slice(m.to ?? m.end, (m.to ?? m.end) + 30),
        )
      )
        participate(visit, clusterOf.get(m)!, s.index, 'participated.visitor');
  }
}

/** part-of.session: the sessions of the main event, and a standing body's session held during the readout's visit. */
function partOfSessions(p: Participation, s: Sentence, inS: Found[], partOf: PartOf): void {
  const { ctx, main, mainName } = p.k;
  if (main && !restrictedFormat(ctx, main))
    for (const e of inS)
      if (
        ctx.entity(e.key)!.rule.startsWith('event.session') ||
        // "… hosted President Ruto for a State Visit. The two Presidents co-chaired the inaugural session of the
        // Bi-National Commission": a standing body's session held during the readout's visit.
        (ctx.entity(e.key)!.rule === 'event.body-session' &&
          /\bvisit\b/i.test(mainName ?? '') &&
          !e.planned &&
          !/\b(?:occasion|margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(
            ctx.text.slice(Math.max(0, e.start - 40), e.start),
          ))
      ) {
        partOf(e, ceremonyOfVisit(p, e) ?? main, s.index, 'part-of.session');
        participateSessionUnnamed(p.k, e, main, p.participate); // participated.session-unnamed (ev15)
      }
  if (main) for (const e of inS) participateJointSession(p, e, main);
}

/** The words that tell a meeting held in a restricted format: "a tête-à-tête meeting", "a one-on-one". */
const RESTRICTED_FORMAT =
  /\b(?:tête-à-tête|tete-a-tete|one-on-one|restricted(?:-format)?|narrow(?:-format)?|small-group)\s*(?:meeting|talks)?\s*$/i;

/**
 * part-of.not-sibling-session: "held a tête-à-tête meeting, followed by talks in an expanded format", "a one-on-one,
 * followed by a working lunch": when the readout's meeting is itself a restricted session, the sessions after it are
 * its siblings, not parts of it.
 */
function restrictedFormat(ctx: RelKit['ctx'], main: Found): boolean {
  return RESTRICTED_FORMAT.test(ctx.text.slice(Math.max(0, main.start - 30), main.end));
}

/** A session the two sides hold together: "joint press conference", "joint statements to the press". */
const JOINT_SESSION =
  /^(?:joint\b|t[êe]te-[àa]-t[êe]te\b|(?:expanded|extended|restricted|narrow|enlarged)[\s-]+format\b|(?:talks|meeting)\s+in\s+(?:an?\s+|the\s+)?(?:expanded|extended|restricted|narrow|enlarged)\s+format\b)/i;

/**
 * participated.joint-session: a joint session of the readout's meeting (a joint press conference, joint statements to
 * the press) is held by the meeting's two principals, whoever the sentence names.
 */
function participateJointSession(p: Participation, e: Found, main: Found): void {
  const { ctx, leaders, nameOf, participants } = p.k;
  if (e.planned || !JOINT_SESSION.test(nameOf(e)) || !ctx.entity(e.key)!.rule.startsWith('event.session')) return;
  const inMain = [...(participants.get(main.key) ?? [])];
  const pair = leaders.filter((c) => inMain.includes(c)).slice(0, 2);
  const who = pair.length === 2 ? pair : inMain.length === 2 ? inMain : [];
  for (const c of who) p.participate(e, c, e.sentence, 'participated.joint-session');
}

/** A welcome ceremony, arrival or state banquet: a session of a visit rather than of one meeting in it. */
const VISIT_CEREMONY = /\b(?:welcome|welcoming|arrival|banquet|state\s+dinner)\b/i;

/**
 * part-of.session of a visit: "following the official welcome ceremony at Parliament House, the two Prime Ministers
 * held talks": when the readout's meeting is one of a visit, its welcome ceremony belongs to the visit.
 */
function ceremonyOfVisit(p: Participation, e: Found): Found | undefined {
  const { main, mainName, nameOf } = p.k;
  if (!main || !VISIT_CEREMONY.test(nameOf(e)) || /\bvisit\b/i.test(mainName ?? '')) return undefined;
  const visit = openingVisitOf(p, main) ?? currentVisitOf(p, main);
  return visit && nameOf(visit) !== mainName ? visit : undefined;
}

/** Sentences holding a word cue of PART_OF_RE (perf29): the others hold no match of it. */
const PART_OF_GATE = cueGate(PART_OF_RE);

/** Sentences holding a word cue of ATTEND_RE (perf29): the others hold no match of it. */
const ATTEND_GATE = cueGate(ATTEND_RE);
