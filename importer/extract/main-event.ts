// The readout's main event: a named event in the title, a title that names a meeting or call, a signing, else the
// first meeting, call or visit of the opening, named after its two principals.
import { receivedAtCloseOf } from './rules-fl22a.ts';
import { mainOfSigningOpening, nounInRoleClause } from './rules-fl23b.ts';
import { endedBySigning } from './rules-fl27c.ts';
import { EVENT_MAIN_OPENING_PHRASE, inviterLeadIn, openingPhraseHeld, toldDayEarlier } from './rules-fl23a.ts';
import { insideQuotes, namedInTitle, QUOTED_FRAME_BEFORE } from './rules-fl17b.ts';
import { toldAsSubject } from './rules-top15-events.ts';
import { EVENT_UNNAMED_GUESTS, mainOfUnnamedGuests } from './rules-fl21b.ts';
import { EVENT_MAIN_GROUP_SUBJECT, groupSubjectMeeting } from './rules-fl17a.ts';
import { openingSentence } from './rules-fl18a.ts';
import { behalfPrincipal } from './rules-fl14a.ts';
import { sameVisit, visitOfTitle } from './rules-fl13a.ts';
import { heldPassive } from './rules-fl14b.ts';
import type { EventKind } from '../../graph/schema.ts';
import type { Candidate, Ctx } from './context.ts';
import type { Found } from './types.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { travelledToWhere } from './rules-fl33b.ts';
import type { PeopleFacts, PersonCluster, PersonMention } from './types.ts';
import { FRAME_NOUN, INCIDENT_NOUNS, PARTICIPLE_INCIDENT_HEADS } from './lexicons.ts';
import { EV15_PATTERNS, hypotheticalAt, pluperfectLater, visitFrameBefore } from './rules-ev15.ts';
import { EV17_PATTERNS, inRecalledClause, referenceNotMain, referenceNoun } from './rules-ev17.ts';
import { allMatches, alt, longDate } from './text.ts';
import { familyName } from './told-meetings.ts';
import { eventDate } from './event-when-where.ts';
import { titleHolderRefs } from './participants-of.ts';
import { companionInApposition } from './rules-ev18.ts';
import { betweenPair, EV20_PATTERNS, mainOfGenericTold } from './rules-ev20.ts';
import { pinnedPhraseIn } from './rules-ev13.ts';
import { EV23_PATTERNS } from './rules-ev23.ts';
import { EV25_MEETING_VERBS } from './rules-ev25.ts';
import { welcomeCeremony } from './rules-fl26b.ts';
import { EVENT_MAIN_OPENING_TALKS, openingTalks, withoutHeadlineVerb } from './rules-fl28b.ts';
import { EVENT_MAIN_HOSTED_GATHERING, inPreparedPair, preparedBefore, tellsPreparedMeeting } from './rules-fl30a.ts';
import { EVENT_MAIN_HEADLINE_TWO_SIDES, isProcessName } from './rules-ev26.ts';
import {
  cancelledAfter,
  futureHeadline,
  guestVisitBefore,
  invitedBefore,
  laterNounOfClause,
  noteMainPair,
  PAIR_SUBJECT,
  toldDatedEarlier,
} from './rules-ev11.ts';

const EVENT_KIND: [RegExp, EventKind][] = [
  [/telephone|phone|call\b/i, 'call'],
  [/summit/i, 'summit'],
  // ev21: "the attack on the mission's headquarters" is no mission of its own.
  [/visit|\bmission(?!['’]s)|\btrip\b|\btour\b/i, 'visit'],
  [/conference|forum/i, 'conference'],
  // "shelling around the plant" holds no "round": whole words only.
  [/\b(?:meeting|talks|dialogue|consultation|negotiation|round|session|retreat|dinner|lunch)/i, 'meeting'],
  [new RegExp(`\\b${alt([...INCIDENT_NOUNS, ...PARTICIPLE_INCIDENT_HEADS, 'wildfire'])}\\b`, 'i'), 'incident'],
  // "UAE President receives Japanese Prime Minister": a title that only says who received or met whom.
  [/\b(?:meets|met with|receives|received|holds talks|held talks)\b/i, 'meeting'],
];
/** The kind of an event from its name. */
export const kindOf = (name: string): EventKind => EVENT_KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

const MAIN_NOUN =
  /\b(telephone conversation|telephone call|telephone talk|telephone conference|phone call|video call|video conference|videoconference|courtesy call|summit meeting|summit|meeting|one-on-one|retreat|talks|consultations|negotiations|conversation|visit|mission|bilateral(?=\s+with\b))\b/i;
/** MAIN_NOUN for allMatches, built once (perf33: it was built per sentence); allMatches restores lastIndex. */
const MAIN_NOUN_ALL = new RegExp(MAIN_NOUN.source, 'gi');
/**
 * event.main-modifier: the word before the noun that tells which meeting it was ("held a bilateral meeting with",
 * "a virtual summit"); the pair's meeting keeps it in its name ("Starmer-Stubb bilateral meeting in Washington").
 */
const NOUN_MODIFIER = /\b(bilateral|trilateral|virtual|restricted|face-to-face|in-person|tête-à-tête|informal)\s+$/i;
/** A title that is itself the event's name: "Telephone conversation with …", "Readout of the President's Meeting with …". */
// event.main-title-on-lead (fl32a): "On the talks of the … leaders in Minsk" is "talks of the … leaders in Minsk".
const TITLE_EVENT =
  /^(?:Readout of (?:the )?|(?:On|About|Regarding) (?:the )?(?=\p{Ll}))?((?:[\p{L}'’.-]+\s+){0,3}(?:telephone conversation|telephone call|conversation|meeting|call|talks|visit|mission|summit)\b.*?)(?:\s*:.*)?$/iu;
/** A title with a verb of speaking or meeting names a call or meeting: "Prime Minister X speaks with President Y". */
const TITLE_VERB =
  /\b(speaks|spoke|talks|talked|meets|met|holds talks|held talks|receives|received|calls|called)\s+with\b|\b(?:meets|met|receives|received|welcomes|welcomed|hosts|hosted)\s+(?:the\s+)?\p{Lu}/iu;
/** "Indonesia: High Representative … meets Foreign Minister …": a leading place or topic before the colon. */
const TITLE_LABEL = /^[\p{Lu}][\p{L} -]{0,30}:\s+/u;
/** "UK and EU conclude first round of future relationship negotiations", "consultations in Rimbo". */
const TITLE_NP =
  /\b((?:(?:first|second|third|fourth|fifth|next|final|new)\s+)?round\s+of\s+[\w\s-]*?negotiations|\p{Lu}[\p{L}-]+\s+(?:consultations|talks|negotiations)\s+in\s+\p{Lu}\p{L}+)\b/u;

/** The readout's title and first prose sentence, as the main-event steps read them. */
interface MainView {
  ctx: Ctx;
  events: Found[];
  people: PeopleFacts;
  title: Sentence | undefined;
  first: Sentence | undefined;
}
type Sentence = Ctx['sentences'][number];

/** A gathering named as a meeting's frame: "on the margins of the G20 Summit". */
// ev14: "Within the framework of the state visit of …, A and B held talks": the visit frames the talks.
const PARENT_FRAME = new RegExp(
  `\\b(?:${FRAME_NOUN}\\s+of|(?:within|in)\\s+the\\s+framework\\s+of|(?:while|when)\\s+attending|to\\s+attend)\\s+(?:the\\s+)?$`,
  'i',
);
// (ev15) event.main-not-before-opening: "Before the opening of the Paris Peace Forum, A received B".
const isParentIn = (ctx: Ctx) => (e: Found) =>
  PARENT_FRAME.test(ctx.text.slice(Math.max(0, e.start - 40), e.start)) ||
  EV15_PATTERNS.openingFrameBefore.test(ctx.text.slice(Math.max(0, e.start - 40), e.start)) ||
  // event.quoted-name (fl17b): "on the sidelines of the high-level event "X"".
  QUOTED_FRAME_BEFORE.test(ctx.text.slice(Math.max(0, e.start - 70), e.start)) ||
  // event.main-received-at-close-of (fl22a): "received Mrs X … at the close of the first round of the Forum".
  receivedAtCloseOf(ctx.text.slice(ctx.sentences[e.sentence]?.start ?? e.start, e.start)) ||
  heldAtGathering(ctx, e);

/**
 * event.main-at-gathering: "X held a bilateral meeting with Y at the G20 Summit in Rio": a summit or conference a
 * meeting noun of the same clause was held at is its frame, not the readout's own event.
 */
function heldAtGathering(ctx: Ctx, e: Found): boolean {
  const s = ctx.sentences[e.sentence];
  if (!s || !/^(?:summit|conference)$/.test(kindOf(e.name))) return false;
  const before = ctx.text.slice(s.start, e.start);
  return /\bat\s+(?:the\s+)?$/i.test(before) && /\b(?:meeting|talks|conversation)\b[^.;:]*$/i.test(before);
}

/** The readout's own event, by the first of the steps below that finds one. */
export function findMain(
  ctx: Ctx,
  events: Found[],
  people: PeopleFacts,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): Found | undefined {
  // Only a heading is a title: a readout without one starts with prose, which names no event by itself.
  const title =
    ctx.sentences.find((s) => s.text === ctx.doc.title && s.heading) ??
    ctx.sentences.find((s) => s.heading && !/^(Readout|Press release|Media note)$/i.test(s.text));
  // event.opening-skips-dateline (fl18a): a date set as a paragraph of its own is no opening.
  const first = openingSentence(ctx.sentences);
  const v: MainView = { ctx, events, people, title, first };
  const isParent = isParentIn(ctx);
  const found =
    mainOfHeadlineTwoSides(v) ??
    mainOfGenericTitle(v) ??
    mainOfTitleWith(v) ??
    mainNamedInTitle(v) ??
    mainOfSigning(v) ??
    mainOfTitle(v) ??
    // event.main-unnamed-guests (fl21b): "X received today the Chargé d'Affaires of Y": the opening's meeting.
    mainOfUnnamedGuests(ctx, people, events, first, (n, at, r, sf) => addMain(ctx, events, n, at, r, sf)) ??
    // event.main-not-incident: "spoke … about the presidential election in Venezuela": what the opening tells of is no
    // meeting of the readout's.
    (first &&
      events.find(
        (e) =>
          e.sentence === first.index &&
          !e.planned &&
          !isParent(e) &&
          // event.main-not-named-in-title (fl17b): "the Special Envoy … for the Third Ocean Conference, X".
          !namedInTitle(ctx.text, e.start, inTitle(people, e.start)) &&
          kindOf(e.name) !== 'incident' &&
          // (ev26) event.process-named: "the ministerial meeting of the Luanda process": a process is a frame.
          !isProcessName(e.name) &&
          !toldAsEarlier(ctx, e) &&
          !guestVisit(ctx, e) &&
          // (ev17) event.main-not-reference: "their first meeting since the Vilnius Summit".
          !referenceNotMain(ctx, e) &&
          !sessionAfterMeeting(ctx, first, e) &&
          // event.main-not-welcome-ceremony (fl26b): the visit's welcome ceremony is a session of it.
          !welcomeCeremony(e.name) &&
          // event.main-signing-ends-process (fl27c): "…, concluding three years of negotiations" is what it closes.
          !endedBySigning(ctx.text, e.start),
      ));
  return (
    found ??
    mainOfOpening(v, add) ??
    mainOfPairSubject(v) ??
    mainOfGroupSubject(v) ??
    mainOfGeneric(v) ??
    // event.main-signing-opening (fl23b): "A and B signed today, at …, the X Accord": the signing, when nothing else is.
    mainOfSigningOpening(ctx, first, events, (n, at, r, sf) => addMain(ctx, events, n, at, r, sf)) ??
    mainOfOpeningPhrase(v) ??
    mainOfHeadlinePair(v) ??
    mainOfOpeningTalks(v)
  );
}

/** (ev26) event.main-headline-two-sides (rules-ev26.ts): a headline's meeting over "The two sides …" in the opening. */
function mainOfHeadlineTwoSides(v: MainView): Found | undefined {
  const { ctx, events, people, title, first } = v;
  const r = EVENT_MAIN_HEADLINE_TWO_SIDES;
  // A dateline read as a sentence of its own ("Tbilisi, 28 October 2024.") is no opening.
  const opening =
    first && r.datelineOnly.test(first.text) ? ctx.sentences.find((x) => x.index > first.index && !x.heading) : first;
  if (!title || !opening || opening.heading || !r.twoSides.test(opening.text)) return undefined;
  if (!(TITLE_VERB.test(title.text) || r.pluralMeet.test(title.text)) || futureHeadline(title.text)) return undefined;
  if (MAIN_NOUN.test(title.text)) return undefined;
  const f = pairMain(ctx, events, people, [title]);
  if (f) ctx.add('Event', f.name, { surface: f.name, start: f.start, end: f.start }, r.id);
  return f;
}

/**
 * (ev25) event.main-headline-pair: "Prime Minister X hosts Prime Minister Y in Warsaw" over a body that names neither
 * as a pair ("The heads of government agreed today …"): the headline's verb tells the readout's meeting, named after
 * the two it names, when no other step found one. Not a headline of a meeting to come ("X to meet Y").
 */
function mainOfHeadlinePair(v: MainView): Found | undefined {
  const { ctx, events, people, title } = v;
  if (!title || !TITLE_VERB.test(title.text) || futureHeadline(title.text)) return undefined;
  return pairMain(ctx, events, people, [title]);
}

/** (fl28b) event.main-opening-talks (rules-fl28b.ts): "… concluded today in São Tomé three days of talks on …". */
function mainOfOpeningTalks(v: MainView): Found | undefined {
  const { ctx, events, first } = v;
  const t = first && openingTalks(first.text);
  if (!t) return undefined;
  return addMain(ctx, events, t.name, first.start + t.offset, EVENT_MAIN_OPENING_TALKS.id, t.surface);
}

/** (fl23a) event.main-opening-phrase (rules-fl23a.ts): the opening's meeting phrase pinned by a place, last of all. */
function mainOfOpeningPhrase(v: MainView): Found | undefined {
  const { ctx, events, first } = v;
  const p = first && pinnedPhraseIn(ctx.text, first.start, first.end);
  if (!p || !openingPhraseHeld(ctx.text, first, p)) return undefined;
  const f = addMain(ctx, events, p.name, p.start, EVENT_MAIN_OPENING_PHRASE.id, p.surface);
  if (f && f.name !== p.name) ctx.renameAll('Event', f.name, p.name);
  if (f) f.name = p.name;
  return f;
}

/** event.main-generic-told (ev20, rules-ev20.ts): the own meeting told by a generic noun alone, last of the steps. */
function mainOfGeneric(v: MainView): Found | undefined {
  const { ctx, events, people, title } = v;
  return mainOfGenericTold({
    ctx,
    people,
    title,
    addMain: (name, at, rule, surface) => addMain(ctx, events, name, at, rule, surface),
    notePair: (f, pair) => noteMainPair(ctx, f, pair),
    pairOf: (si) => pairClusters(people, si, 'meeting'),
    placeOf: (text) => placeInSentence(text) ?? datelinePlace(ctx),
    familyName,
  });
}

/**
 * event.main-group-subject (fl17a): "The Nordic prime ministers met the President of Ukraine, X, in Oslo": an opening
 * sentence among the first three whose subject is a qualified group of office-holders tells the readout's meeting of
 * that group with the people the sentence names ("meeting of the Nordic prime ministers with X in Oslo").
 */
function mainOfGroupSubject(v: MainView): Found | undefined {
  const { ctx, events, people } = v;
  for (const s of ctx.sentences.filter((x) => !x.heading).slice(0, 3)) {
    const g = groupSubjectMeeting(s.text);
    if (!g) continue;
    const guests = pairClusters(people, s.index, 'meeting');
    if (!guests.length || guests.length > 2) return undefined;
    const place = placeInSentence(s.text.slice(g.verbAt)) ?? datelinePlace(ctx);
    const name = `meeting of the ${g.group.replace(/\s+/g, ' ')} with ${guests.map((c) => c.name).join(' and ')}${place ? ` in ${place}` : ''}`;
    return addMain(ctx, events, name, s.start + g.verbAt, EVENT_MAIN_GROUP_SUBJECT.id, g.verb);
  }
  return undefined;
}

/**
 * event.main-pair-subject (ev11): "President A thanked President B for … Both Presidents spoke by telephone on
 * Thursday": when the opening names no meeting, a sentence among the first three whose subject is the pair told by a
 * plural title ("Both Presidents", "The two leaders", "The Foreign Ministers of A and B") tells the readout's meeting
 * of the two people the sentence before or after names.
 */
function mainOfPairSubject(v: MainView): Found | undefined {
  const { ctx, events, people } = v;
  const prose = ctx.sentences.filter((s) => !s.heading).slice(0, 3);
  for (const s of prose) {
    if (!PAIR_SUBJECT.test(s.text)) continue;
    const own = pairClusters(people, s.index, 'meeting');
    if (own.length) continue;
    const pair = [s.index - 1, s.index + 1].map((i) => pairClusters(people, i, 'meeting')).find((c) => c.length === 2);
    if (pair) return pairMain(ctx, events, people, [s], undefined, pair);
  }
  // event.main-second-told (ev11): "X arrived in Amman on his first tour of the region. King Y received the Minister at
  // the Palace": the opening tells no meeting; the next sentence tells it by its verb, with the visitor by title.
  const second = prose[1];
  if (!second || MEETING_VERBS.some(([re]) => re.test(prose[0]!.text))) return undefined;
  if (!MEETING_VERBS.some(([re]) => re.test(second.text)) || pairClusters(people, second.index, 'meeting').length !== 2)
    return undefined;
  return pairMain(ctx, events, people, [second]);
}

/**
 * event.main-not-session: "X held a one-on-one with Y …, followed by a working lunch": a session or meal told after the
 * noun of the meeting it followed is no main event of its own; the meeting is.
 */
function sessionAfterMeeting(ctx: Ctx, first: Sentence, e: Found): boolean {
  if (!ctx.entity(e.key)?.rule.startsWith('event.session')) return false;
  const noun = MAIN_NOUN.exec(first.text);
  return !!noun && first.start + noun.index < e.start;
}

/**
 * event.main-title-alias: a generic title ("Meeting with the Prime Minister of Japan") over an opening that names the
 * meeting ("… welcomed Prime Minister Y to Perth for the annual Australia-Japan Leaders' Meeting"): one event, the
 * named one.
 */
function mainOfGenericTitle(v: MainView): Found | undefined {
  const { ctx, events, title, first } = v;
  const generic =
    title &&
    (TITLE_EVENT.exec(title.text) ??
      (TITLE_VERB.test(title.text) ? [title.text, title.text.replace(TITLE_LABEL, '')] : null));
  const namedInOpening =
    generic && first && (heldInOpening(ctx, events, first) ?? heldPassiveInOpening(ctx, events, first));
  if (title && generic && namedInOpening) {
    const phrase = generic[1]!.replace(/[\s,;:]+$/, '');
    if (phrase.split(/\s+/).length >= 2) {
      const at = title.start + title.text.indexOf(phrase);
      ctx.add(
        'Event',
        namedInOpening.name,
        { surface: phrase, start: at, end: at + phrase.length },
        'event.main-title-alias',
      );
    }
    const c = ctx.entity(namedInOpening.key)!;
    if (!c.props.date && ctx.doc.date) c.props.date = ctx.doc.date;
    return namedInOpening;
  }
  return undefined;
}

/**
 * The words of a title before its noun of a meeting hold a verb of a headline clause in lower case ("X holds talks with
 * Y"). A title-case headline ("Wang Yi Holds Talks with …") stays the event's name, as event.main-title reads it.
 */
const HEADLINE_NOUN = /\b(?:conversation|meeting|call|talks)\b/i;
const headlineClauseBefore = (name: string): boolean => {
  const before = name.split(/\b(?:telephone conversation|conversation|meeting|call|talks)\b/i)[0]!;
  return HEADLINE_CLAUSE.test(before) && /(?:^|\s)(?!(?:of|the|and|for|to)\b)\p{Ll}/u.test(before);
};

/** event.main-title: a title that names a meeting with someone ("… Meeting with President X of Turkey"). */
function mainOfTitleWith(v: MainView): Found | undefined {
  const { ctx, events, title } = v;
  const withTitle = title && TITLE_EVENT.exec(title.text);
  if (
    title &&
    withTitle &&
    /\b(with|between)\b/.test(withTitle[1]!) &&
    /^\S+\s+(?:\S+\s+){0,3}?(?:telephone conversation|conversation|meeting|call|talks)\b/i.test(withTitle[1]!) &&
    // (ev25) event.main-title-not-clause: "X holds talks with President Y" is a headline's clause, not a name.
    !headlineClauseBefore(withTitle[1]!)
  ) {
    const f = addMain(
      ctx,
      events,
      withTitle[1]!.replace(/[\s,;:]+$/, ''),
      title.start + title.text.indexOf(withTitle[1]!),
      'event.main-title',
      withTitle[1]!.replace(/[\s,;:]+$/, ''),
      ctx.doc.date,
      futureHeadline(title.text),
    );
    if (f) {
      // "the President's Meeting" found inside "the President's Meeting with President X" is that meeting.
      for (const e of events.filter((x) => x !== f && x.start >= f.start && x.end <= f.end)) {
        const old = e.name;
        ctx.renameAll('Event', old, f.name);
        for (const x of events) if (x.name === old) x.name = f.name;
      }
      return f;
    }
  }
  return undefined;
}

/** A named event in the title, with the title's place ("U.S.-Russia Arms Control Negotiations in Vienna"). */
function mainNamedInTitle(v: MainView): Found | undefined {
  const { ctx, events, title, first } = v;
  const isParent = isParentIn(ctx);
  const heads = ctx.sentences
    .slice(0, 4)
    .filter((x) => x.heading)
    .map((x) => x.index);
  const inTitle =
    (title && events.find((e) => e.sentence === title.index && !e.planned && !isParent(e))) ??
    events.find((e) => heads.includes(e.sentence) && !e.planned && !isParent(e));
  if (inTitle) {
    // "U.S.-Russia Arms Control Negotiations in Vienna": a title names the place too.
    const place = /^[^\S\n]+in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?(?=[^\S\n]*$)/u.exec(
      ctx.text.slice(inTitle.end, ctx.sentences[inTitle.sentence]!.end),
    );
    if (place) {
      const c = ctx.entity(inTitle.key)!;
      const old = c.name;
      const name = `${old}${place[0]}`;
      ctx.renameAll('Event', old, name);
      for (const f of [...events]) if (f.name === old) f.name = name;
    }
    mergeHeldInOpening(ctx, events, inTitle, first);
    // The readout's own event happened on the readout's date unless the text says otherwise.
    const c = ctx.entity(inTitle.key)!;
    if (!c.props.date && ctx.doc.date) c.props.date = ctx.doc.date;
    return inTitle;
  }
  return undefined;
}

/**
 * event.signing-at-meeting: "A, B sign X" over an opening that tells the meeting the signing ended or crowned ("hosted
 * a meeting in Madrid … At the end of the meeting … signed", "signed … after a second round of talks"): the meeting is
 * the readout's event and the signing a moment of it, so no "signing of X" is made the main event.
 */
export const SIGNING_AT_MEETING = [
  /\b(?:hosted|held|had|convened|chaired)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|summit|talks|session)\b/iu,
  /\b(?:at|after|during|following)\s+(?:the\s+)?(?:end|close|conclusion|margins?|sidelines?)\s+of\s+(?:the|their|a)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|summit|talks|session)\b/iu,
  // event.signing-at-received (fl13b): "The President received this afternoon at the Government Palace the President of
  // X": a head of state's or government's audience at a seat of office, told in the opening, is the meeting the signing
  // took place at (not an audience given to a delegation).
  /\breceived\s+(?:(?:today|this\s+(?:morning|afternoon|evening)|on\s+\p{Lu}\p{Ll}+)\s+)?at\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Palace|House|Residence|Chancellery|Kremlin)(?:\s+in\s+\p{Lu}[\p{L}-]+)?,?\s+(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|Sultan|Crown\s+Prince|Premier|Vice\s+President|Head\s+of\s+State)\b/u,
];
const openingHoldsMeeting = (ctx: Ctx): boolean =>
  ctx.sentences
    .filter((s) => !s.heading)
    .slice(0, 2)
    .some((s) => SIGNING_AT_MEETING.some((re) => re.test(s.text)));

/** event.main-signing: "China, U.S. sign phase one economic and trade agreement": the signing is the event. */
function mainOfSigning(v: MainView): Found | undefined {
  const { ctx, events, title } = v;
  // "President X meets with Prime Minister Y: Protocol signed": a headline telling a meeting first names the meeting.
  const lead = title?.text.split(':')[0] ?? '';
  if (TITLE_VERB.test(lead) && !/\bsign/i.test(lead)) return undefined;
  if (openingHoldsMeeting(ctx)) return undefined;
  if (title && /\bsign(s|ed)?\b/i.test(title.text)) {
    const ag = namedSignedAgreement(ctx, ctx.within('Agreement', title.start, title.end)[0]);
    if (ag) {
      const f = addMain(ctx, events, `signing of the ${ag.name}`, ag.start, 'event.main-signing', ag.surface);
      if (f) return f;
    }
  }
  return undefined;
}

/**
 * (ev25) event.main-signing-body-name: a headline's agreement told in lower case only ("UK and India sign landmark trade
 * deal") is a description, not a name: the first prose sentence that tells the signing names it ("signed the UK-India
 * Free Trade Agreement at Chequers today").
 */
function namedSignedAgreement<T extends { name: string }>(ctx: Ctx, ag: T | undefined): T | Candidate | undefined {
  if (!ag || /\p{Lu}/u.test(ag.name)) return ag;
  const s = ctx.sentences.find((x) => !x.heading && /\bsigned\b/.test(x.text));
  return (s && ctx.within('Agreement', s.start, s.end).find((a) => /\p{Lu}/u.test(a.name))) ?? ag;
}

/**
 * event.main-title / event.main-headline: the title names the event ("Telephone conversation with …"); a headline that
 * only says who met whom ("X meets Y", "X receives Y") is no name: the meeting is named after the two.
 */
function mainOfTitle(v: MainView): Found | undefined {
  const { ctx, events, people, title } = v;
  if (title) {
    const t = title.text;
    const m = TITLE_EVENT.exec(t) ?? TITLE_NP.exec(t);
    // event.main-title-generic (ev15): "Official visits and talks" heads a site's section, not a readout's event.
    if (m && !HEADLINE_CLAUSE.test(m[1]!) && !EV15_PATTERNS.genericPluralTitle.test(m[1]!.trim())) {
      const at = title.start + t.indexOf(m[1]!);
      // event.main-headline-future (ev11): "X to hold talks with Y on Friday" names a meeting still to come.
      const planned = futureHeadline(t);
      // Rule event.main-title-verb-cut (rules-fl28b.ts): "X mission adopts a roadmap" names the mission.
      const name = withoutHeadlineVerb(m[1]!.replace(/[\s,;:]+$/, ''));
      // Rule event.title-visit-of (rules-fl13a.ts): "Visit to Thailand of the Minister of Foreign Affairs of … and
      // signing of …" is the visit to Thailand; the title stays a form of it.
      const visit = visitOfTitle(name);
      const told = visit ? sameVisit(visit, events) : undefined;
      if (told) return told;
      const f = addMain(
        ctx,
        events,
        visit ?? name,
        at,
        'event.main-title',
        visit ? visit : name,
        ctx.doc.date,
        planned,
      );
      if (f) return f;
    }
    if (m || TITLE_VERB.test(t)) {
      const f =
        pairMain(ctx, events, people, ctx.sentences.filter((s) => !s.heading).slice(0, 3)) ??
        // (ev25) event.main-headline-pair: the body names no pair; the two of a headline clause with a noun of a
        // meeting ("X holds talks with Y") are the meeting's. A bare "X meets Y" leaves the body's noun to ev20.
        (HEADLINE_NOUN.test(t) && headlineClauseBefore(t) && !futureHeadline(t)
          ? pairMain(ctx, events, people, [title])
          : undefined);
      // The headline stays a form the meeting is known by, not its name.
      const phrase = t.replace(TITLE_LABEL, '');
      if (f)
        ctx.add(
          'Event',
          f.name,
          { surface: phrase, start: title.end - phrase.length, end: title.end },
          'event.main-headline',
        );
      if (f) return f;
    }
  }
  return undefined;
}

/**
 * event.main-described / event.main: the first meeting, call or visit of the text, named after its two principals; a
 * heading that names one without them ("President of Ukraine had a phone call with the President of China") lends its
 * noun to the pair the next sentences name.
 */
function mainOfOpening(
  v: MainView,
  add: (t: 'Event', s: string, st: number, r: string) => Found | undefined,
): Found | undefined {
  const { ctx, events, people } = v;
  let fallback: { s: (typeof ctx.sentences)[number]; m: RegExpExecArray } | undefined;
  for (const s of ctx.sentences.slice(0, 8)) {
    const m = MAIN_NOUN.exec(s.text);
    // event.main-verb-first (fl11a): "X spoke today with Y about …": a first prose sentence that tells the meeting or
    // call by its verb alone ends the search; a noun of a later sentence ("their virtual meeting on …") is another.
    if (!m && !s.heading && MEETING_VERBS.some(([re]) => re.test(s.text))) break;
    if (!m) continue;
    const f = pairMain(ctx, events, people, [s], fallback?.m[1]);
    if (f) return f;
    fallback ??= { s, m };
    if (!s.heading) break;
  }
  return (
    (fallback ? add('Event', fallback.m[0], fallback.s.start + fallback.m.index, 'event.main') : undefined) ??
    mainToldByVerb(v)
  );
}

/**
 * Rule event.main-told-opening: "President X received Prime Minister Y at the Union Buildings in Pretoria …": an
 * opening that tells its meeting or call by a verb alone names it after the two, but only when the readout names no
 * held meeting, call, visit or conference anywhere (a named event is the readout's own, told again by the verb).
 */
function mainToldByVerb(v: MainView): Found | undefined {
  const { ctx, events, people, first } = v;
  if (!first || !MEETING_VERBS.some(([re]) => re.test(first.text))) return undefined;
  // A gathering the meeting was held at ("On the sidelines of the 78th session …") is not the readout's own.
  const isParent = isParentIn(ctx);
  // Nor is a session or meal of the meeting ("Afterwards, X hosted a working lunch"), or an earlier meeting ("the talks
  // they held in Lisbon last Tuesday").
  const named = events.some(
    (e) =>
      !e.planned &&
      !isParent(e) &&
      !namedInTitle(ctx.text, e.start, inTitle(people, e.start)) &&
      !ctx.entity(e.key)?.rule.startsWith('event.session') &&
      !toldAsEarlier(ctx, e) &&
      !guestVisit(ctx, e) &&
      !referenceNotMain(ctx, e) &&
      !(
        e.sentence > first.index &&
        (toldDatedEarlier(ctx.text.slice(e.end, e.end + 60), ctx.doc.date) ||
          // (fl23a) event.main-not-dated-earlier-day: "… follows the visit to X on 6 September".
          toldDayEarlier(ctx.text.slice(e.end, e.end + 60), ctx.doc.date))
      ) &&
      !pluperfectLater(ctx.text, e, ctx.sentences[e.sentence]!.start, first.index) &&
      !otherPartiesTalks(ctx, e, first.index) &&
      // event.main-not-discussed-gathering (top15): "They also discussed the G20 Summit in Rio".
      !(e.sentence > first.index && toldAsSubject(ctx.text.slice(ctx.sentences[e.sentence]!.start, e.start))) &&
      /^(?:meeting|summit|call|visit|conference)$/.test(kindOf(e.name)),
  );
  if (named) return undefined;
  // event.main-later-noun: "… was received by President Y in Jerusalem. The talks focused on …": the text's own noun.
  const later = ctx.sentences.slice(first.index + 1, first.index + 3).filter((s) => !s.heading);
  const next = later.find((s) => LATER_NOUN.test(s.text));
  // (ev11) "The two leaders then held talks", "… after their talks": a clause that gives the noun.
  const noun =
    (next && LATER_NOUN.exec(next.text)![1]!.toLowerCase()) ??
    later.map((s) => laterNounOfClause(s.text)).find(Boolean);
  return pairMain(ctx, events, people, [first], noun);
}

/** event.main-not-guest-visit (ev11): "…, who is on a working visit to Istanbul" frames the meeting told. */
// (ev15) event.main-not-visit-frame: "On the sidelines of his official visit to X, A met B": the visit frames the meeting.
const guestVisit = (ctx: Ctx, e: Found): boolean =>
  kindOf(e.name) === 'visit' &&
  (guestVisitBefore(ctx.text.slice(Math.max(0, e.start - 60), e.start)) ||
    (visitFrameBefore(ctx.text.slice(ctx.sentences[e.sentence]?.start ?? 0, e.start)) &&
      MEETING_VERBS.some(([re]) => re.test(ctx.text.slice(e.end, ctx.sentences[e.sentence]?.end ?? e.end)))));

/**
 * event.main-not-topic-talks (top9): talks named by their parties after the opening ("They discussed the stalled talks
 * between Washington and Pyongyang") are a subject of the readout's meeting, not that meeting told again.
 */
function otherPartiesTalks(ctx: Ctx, e: Found, opening: number): boolean {
  return ctx.entity(e.key)?.rule === 'event.between' && e.sentence > opening;
}

/** Nouns of meetings and calls before verbs that tell one; a visit or mission last. */
const rank = (c: { m: RegExpExecArray; word: string }) =>
  /visit|mission/.test(c.word) ? 2 : MAIN_NOUN.test(c.m[0]) ? 0 : 1;

/** A headline clause: a verb of meeting or speaking with its subject ("Prime Minister X holds talks with …"). */
const HEADLINE_CLAUSE =
  /\b(?:holds|held|has|had|meets|met|receives|received|hosts|hosted|welcomes|welcomed|speaks|spoke|engages|engaged)\b/i;
/** Verbs that tell a meeting or a call without naming it, and the noun they stand for. */
export const MEETING_VERBS: [RegExp, string][] = [
  [
    // "A and B spoke by phone on 30 July": the call of a coordinated pair, no "with".
    /\b(?:spoke|speaks|talked)\s+(?:today\s+)?(?:(?:(?:by|over)\s+(?:tele)?phone\s+|(?:on|over)\s+the\s+(?:tele)?phone\s+)?(?:with|to)\b|(?:(?:by|over)\s+(?:tele)?phone|(?:on|over)\s+the\s+(?:tele)?phone)\b)/i,
    'call',
  ],
  // "X conferred by telephone today with Y": a call told by "conferred" and its medium.
  [/\b(?:conferred|confers)\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+(?:today\s+)?with\b/i, 'call'],
  // "Pope Francis received in audience President X": an audience, the Holy See's and monarchs' word for it.
  [/\b(?:received|receives)\s+in\s+(?:private\s+|a\s+private\s+)?audience\b/i, 'audience'],
  // "granted an audience to X": the audience told from the host's side.
  [/\b(?:granted|grants|gave)\s+(?:a\s+(?:private\s+)?|an\s+)audience\s+(?:\S+\s+){0,6}?to\b/i, 'audience'],
  // (ev15) event.main-had-audience: "X had an audience with His Majesty King Y": the audience told from the guest's side.
  [/\b(?:had|has|was\s+granted)\s+(?:a\s+(?:private\s+)?|an\s+)audience\s+with\b/i, 'audience'],
  // (fl30a) event.main-hosted-gathering: "…, who hosted the ceremony" is no meeting with the next person named.
  [EVENT_MAIN_HOSTED_GATHERING.verb, 'meeting'],
  // "sat down with", "caught up with", "conferred with": a meeting told by a phrasal verb.
  [/\b(?:sat|sits)\s+down\s+with\b|\b(?:caught|catches)\s+up\s+with\b|\b(?:conferred|confers)\s+with\b/i, 'meeting'],
  // "X called on Prime Minister Y in Putrajaya": a call in person, held at a place.
  [/\b(?:called|calls|paid\s+a\s+call)\s+on\b/i, 'call on'],
  // (ev17) event.main-briefed-by-phone: "A briefed B by phone on Monday on …".
  [EV17_PATTERNS.briefedByPhone, 'call'],
  // (ev25) event.main-video-call, event.main-pair-verb: "A and B spoke by video link", "A and B reviewed … today".
  ...EV25_MEETING_VERBS,
  // (ev26) event.main-headline-two-sides: a headline's "A and B meet in Bangkok".
  [EVENT_MAIN_HEADLINE_TWO_SIDES.pluralMeet, 'meeting'],
];
/** "… last Tuesday", "… earlier this month", "… two weeks ago": a meeting told as one held before the readout's. */
const TOLD_EARLIER =
  /^[^.;]*?\b(?:last\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)|earlier\s+this\s+(?:week|month|year)|\w+\s+(?:days|weeks|months)\s+ago)\b/;
/**
 * event.main-not-earlier: a meeting told as held before the readout's own ("the talks they held in Lisbon last Tuesday",
 * "the talks the two ministers held in Adelaide") is not its own.
 */
function toldAsEarlier(ctx: Ctx, e: Found): boolean {
  return (
    /^event\.(?:held-in|met-in-clause|earlier-meeting)$/.test(ctx.entity(e.key)?.rule ?? '') ||
    TOLD_EARLIER.test(ctx.text.slice(e.end, Math.min(ctx.sentences[e.sentence]!.end, e.end + 40)))
  );
}

/** "The talks focused on …", "During the meeting, …": the noun the text later gives a meeting told by its verb. */
const LATER_NOUN =
  /^(?:(?:During|At|In|After|Following)\s+)?(?:the|their)\s+(talks|meeting|conversation|telephone conversation|phone call|telephone call|call|discussions?)\b/i;

/**
 * "Prime Minister Abe held talks with President Xi in Beijing", "X today met in Rome with Y": the meeting, call or
 * talks of the first sentence that tells one with two principals, named after them ("Abe-Xi talks in Beijing"), with
 * its place, else its date ("Abe-Xi telephone call of 3 May 2019").
 */
/**
 * event.main-not-frame: "met in Astana on the sidelines of the CIS summit": the noun of the gathering a meeting is held
 * on the sidelines of is no noun of the pair's own meeting.
 */
/**
 * event.main-not-unheld: "will pay a state visit to China", "is expected to meet", "no meeting between A and B was
 * scheduled": a meeting told as still to come or as not held is no held meeting of the pair.
 */
const UNHELD_BEFORE =
  /\b(?:no|not\s+(?:a|any))\s+(?:[\w-]+\s+)?$|\b(?:will|would|shall|(?:is|are)\s+(?:due\s+|expected\s+|set\s+)?to|plans?\s+to|intends?\s+to)\s+(?:[\w-]+\s+){0,3}$/i;
// (ev11) an invitation to the meeting ("invited X to visit"), and a sentence that tells it cancelled or postponed.
const unheldAt = (text: string, i: number) =>
  UNHELD_BEFORE.test(text.slice(Math.max(0, i - 50), i)) ||
  EV20_PATTERNS.readyBefore.test(text.slice(Math.max(0, i - 100), i)) || // ev20: event.main-not-offered
  invitedBefore(text.slice(Math.max(0, i - 80), i)) ||
  preparedBefore(text.slice(Math.max(0, i - 90), i)) || // fl30a: event.main-not-prepared
  cancelledAfter(text.slice(i));
// event.main-noun-not-in-role-clause (fl23b): "received X, who leads the facilitation of the talks": no own meeting.
const frameOrUnheldAt = (text: string, i: number) =>
  FRAME_BEFORE.test(text.slice(Math.max(0, i - 70), i)) ||
  (EV23_PATTERNS.frameBefore.test(text.slice(Math.max(0, i - 90), i)) &&
    EV23_PATTERNS.gatheringNoun.test(text.slice(i))) || // ev23
  EV23_PATTERNS.topicBefore.test(text.slice(Math.max(0, i - 70), i)) || // ev23: "to discuss the accession talks"
  unheldAt(text, i) ||
  nounInRoleClause(text.slice(0, i));
// (ev10) every frame noun and spelling of the lexicon, and "while attending" / "to attend" the gathering.
const FRAME_BEFORE = new RegExp(
  `\\b(?:${FRAME_NOUN}\\s+of|(?:while|when|after|before)\\s+attending|to\\s+attend)\\s+(?:the\\s+)?(?:[\\p{L}\\d'’.-]+\\s+){0,6}$`,
  'iu',
);

/**
 * event.main-not-earlier: "spoke with Y, following up on the talks the two ministers held in Adelaide last week": the
 * noun of a meeting told as held before is no noun of the readout's own.
 */
const HELD_EARLIER_AFTER =
  /^\s+(?:that\s+)?(?:they|he|she|we|the\s+two\s+\w+|both\s+\w+)\s+(?:had\s+)?(?:held|had)\b|^[^.;,]{0,40}?\blast\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * Rule event.main-not-in-title (off13): "… Commissioner for European Neighbourhood Policy and Enlargement Negotiations,
 * Johannes Hahn": a noun inside a person's title is that office's remit, not the readout's meeting.
 */
const inTitle = (people: PeopleFacts, at: number): boolean =>
  people.clusters.some((c) => c.mentions.some((m) => m.titles.some((t) => t.start <= at && at < t.end)));

/** (ev10) The word a pair's meeting is named by: "held a bilateral with" is the British noun of a bilateral meeting. */
const nounWord = (word: string): string => (word === 'bilateral' ? 'bilateral meeting' : word);

/**
 * Who is named in the opening but is none of the pair: a principal after "on behalf of" (fl14a), a person inside a
 * clause recalling an earlier event ((ev17) participated.not-in-reference: "As agreed during President X's visit, A
 * and B met"), a companion in apposition ((ev18) event.pair-not-companion: "A, accompanied by C, met B").
 */
const notOfPair =
  (ctx: Ctx, events: Found[], start: number, people: PeopleFacts) =>
  (p: PersonMention): boolean =>
    behalfPrincipal(ctx.text, start, p) ||
    inRecalledClause(ctx, events, p) ||
    companionInApposition(ctx.text, p) ||
    // (fl23a) event.pair-not-inviter: "At the invitation of King X, A met B".
    inviterLeadIn(ctx.text, people, start, p) ||
    // (fl30a) event.pair-not-prepared: "the preparation of a meeting between A and B, …, after talks with C and D".
    inPreparedPair(ctx.text, p.from ?? p.start);

/** The pair a sentence's meeting is named after; (ev20) event.main-between-pair: the two right after "between". */
const pairOfNoun = (
  ctx: Ctx,
  events: Found[],
  people: PeopleFacts,
  s: { index: number; start: number; end: number },
  m: RegExpExecArray,
  word: string,
): PersonCluster[] =>
  betweenPair(people, s.index, s.start + m.index + m[0].length, s.end, ctx.text) ??
  pairClusters(people, s.index, word, notOfPair(ctx, events, s.start, people));

function pairMain(
  ctx: Ctx,
  events: Found[],
  people: PeopleFacts,
  sentences: { index: number; start: number; end: number; text: string }[],
  noun0?: string,
  pair?: PersonCluster[],
): Found | undefined {
  for (const s of sentences) {
    // The earliest noun or verb of a meeting or call, a visit last; not the head of another named gathering
    // (event.main-told: "… who heads his delegation to the Summit of X").
    const inNamed = (x: RegExpExecArray) =>
      /^\p{Lu}/u.test(x[1]!) &&
      x.index > 0 &&
      (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(x.index + x[0].length)) ||
        ctx
          .covering('Event', s.start + x.index, s.start + x.index + x[0].length)
          .some((e) => e.end - e.start > x[0].length));
    const cands = [
      ...[...allMatches(s.text, MAIN_NOUN_ALL)]
        .filter(
          (x) =>
            !(inNamed(x) || inTitle(people, s.start + x.index) || referenceNoun(ctx, events, s, x.index)) &&
            !frameOrUnheldAt(s.text, x.index) &&
            !HELD_EARLIER_AFTER.test(s.text.slice(x.index + x[0].length)),
        )
        .map((x) => ({ m: x, word: x[1]!.toLowerCase() })),
      ...MEETING_VERBS.flatMap(([re, n]) => {
        const x = re.exec(s.text);
        return x && !unheldAt(s.text, x.index) ? [{ m: x, word: n }] : [];
      }),
    ].sort((a, b) => rank(a) - rank(b) || a.m.index - b.m.index);
    const pick = cands[0];
    if (!pick) continue;
    const m = pick.m;
    const noun = MAIN_NOUN.test(m[0]) ? m : null;
    const clusters = pair ?? pairOfNoun(ctx, events, people, s, m, pick.word);
    const surnames = [...new Set(clusters.map((c) => familyName(c)))];
    if (surnames.length < 2) continue;
    const modifier = noun && !noun0 ? NOUN_MODIFIER.exec(s.text.slice(0, m.index))?.[1]?.toLowerCase() : undefined;
    const medium = CALL_WORD.test(pick.word) ? undefined : mediumAfter(s.text.slice(m.index + m[0].length));
    let word = medium?.word ?? noun0?.toLowerCase() ?? nounWord(pick.word);
    const at = s.start + m.index;
    // "Putin-Trump conversation", placed by the readout's dateline when it has one ("… in Danang"); a call has no place.
    // "called on": a call in person, at a place.
    const inPerson = word === 'call on';
    if (inPerson) word = 'call';
    const call = !inPerson && CALL_WORD.test(word);
    const dateline = datelinePlace(ctx);
    // "Its text was drawn up with the Danang meeting in mind": the dateline's place names the meeting.
    const placed = dateline ? events.find((e) => !e.planned && e.name.startsWith(`${dateline} `)) : undefined;
    if (placed) return placed;
    const place = call ? undefined : (placeInSentence(s.text) ?? dateline);
    // Without a place, the date tells this call from the pair's other calls ("… of 17 November 2021"): the day the
    // sentence tells (event.main-told-date: "spoke over the phone with Y on 10 October"), else the readout's.
    const day = toldDay(ctx, s, at, m[0].length) ?? ctx.doc.date;
    const when = !place && day ? longDate(day) : undefined;
    const name = `${surnames.slice(0, 2).join('-')} ${word}${place ? ` in ${place}` : when ? ` of ${when}` : ''}`;
    const f = addMain(
      ctx,
      events,
      name,
      at,
      noun ? 'event.main-described' : 'event.main-told',
      medium?.surface ?? m[0],
      day,
    );
    if (!f) continue;
    notePairTold(ctx, f, s.index, clusters, pair);
    // Also known by the two full names: "meeting between Anthony Albanese and Fumio Kishida in Perth".
    const full = `${word} between ${clusters[0]!.name} and ${clusters[1]!.name}${place ? ` in ${place}` : ''}`;
    ctx.add('Event', name, { surface: full, start: at, end: at + m[0].length }, 'event.main-told');
    // …and by the text's own words for it: "Starmer-Stubb bilateral meeting in Washington".
    const modified = modifier && name.replace(` ${word}`, ` ${modifier} ${word}`);
    if (modified)
      ctx.add('Event', name, { surface: modified, start: at, end: at + m[0].length }, 'event.main-modifier');
    return f;
  }
  return undefined;
}

/** participated.main-pair: the pair of a main event whose sentence does not name both (see noteMainPair). */
function notePairTold(ctx: Ctx, f: Found, si: number, clusters: PersonCluster[], pair?: PersonCluster[]): void {
  // (fl30a) event.pair-not-prepared: a sentence that also tells a prepared meeting reads as still to come, so the held
  // pair it names is noted here ("… agreed to prepare a meeting between A and B, after talks with C and D").
  const prepared = () => tellsPreparedMeeting(ctx.sentences[si]!.text);
  const told =
    pair ?? (clusters.some((c) => !c.mentions.some((x) => x.sentence === si)) || prepared() ? clusters : undefined);
  if (told) noteMainPair(ctx, f, told.slice(0, 2));
}

/**
 * The people of a sentence that tells the pair's meeting, in the order it tells them; event.main-title-referent (ev11):
 * "The Federal Chancellor received Prime Minister X": a title used alone that one person of the readout holds is that
 * person, the meeting's other principal (not for a visit, which has one visitor: "The Minister recalled the official
 * visit of Prime Minister X"). event.main-pair-principal (fl14a): `skip` leaves out a principal named after "on behalf
 * of" ("signed on behalf of His Majesty King X"), who is not one of the pair.
 */
function pairClusters(
  people: PeopleFacts,
  si: number,
  word: string,
  skip: (p: PersonMention) => boolean = () => false,
): PersonCluster[] {
  const inS = [...people.personKey.keys()]
    .filter((p) => p.sentence === si && !skip(p))
    .sort((a, b) => a.start - b.start);
  const named = inS.map((p) => people.clusters.find((c) => c.mentions.includes(p))!);
  const byTitle =
    new Set(named).size === 1 && !/visit|mission/.test(word)
      ? titleHolderRefs(people, si, true).find(([, c]) => !named.includes(c))
      : undefined;
  if (!byTitle) return [...new Set(named)];
  return byTitle[0].start < inS[0]!.start ? [byTitle[1], named[0]!] : [named[0]!, byTitle[1]];
}

/** The full day a sentence tells for the event at `at` (see eventDate), if it is a full day. */
function toldDay(
  ctx: Ctx,
  s: { start: number; end: number; text: string },
  at: number,
  len: number,
): string | undefined {
  const d = eventDate(ctx.text, s, at, at + len, ctx.doc.date);
  return d && /^\d{4}-\d\d-\d\d$/.test(d) ? d : undefined;
}

/**
 * event.kind-by-medium: "concluded the negotiations in a call", "held talks by telephone", "met by video link": the
 * medium the clause gives tells what the pair's event was, a call, whatever the noun or verb before it.
 */
export const MEDIUM_AFTER =
  /^[^.;:]{0,60}?\b(?:(?:in|during|over|on)\s+(?:a|an|the|their)\s+((?:(?:tele)?phone\s+|video\s+)?(?:call|conversation)|video\s*conference)|by\s+((?:tele)?phone|video\s*(?:link|conference)|videoconference))\b/i;
const CALL_WORD = /call|telephone|phone|conversation/;
function mediumAfter(after: string): { word: string; surface: string } | undefined {
  const m = MEDIUM_AFTER.exec(after);
  if (!m) return undefined;
  if (m[1]) return { word: /video/i.test(m[1]) ? 'video call' : m[1].toLowerCase(), surface: m[1] };
  return { word: /video/i.test(m[2]!) ? 'video call' : 'call', surface: m[2]! };
}

/** "met in Rome with …", "… at the Royal Palace in Rabat": the first city the sentence places its meeting in. */
function placeInSentence(text: string): string | undefined {
  for (const m of text.matchAll(/\bin\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?![\p{L}'’-])/gu)) {
    const w = m[1]!;
    if (MONTH_WORD.test(w) || /^(?:The|This|That|Their|His|Her)\b/.test(w)) continue;
    // place.not-quoted (fl17b): "the event "Immersed in Change"": words inside a quoted name are no place.
    if (insideQuotes(text, m.index)) continue;
    // A state is a country visited, not the city met in; an organisation is no place.
    if (findGazetteerHits(w).some((h) => h.start === 0 && h.end === w.length)) continue;
    return w;
  }
  // place.travelled-to-where (fl33b): "travelled today to Damascus, …, where he met": the city travelled to.
  return travelledToWhere(text, (w) => findGazetteerHits(w).some((h) => h.start === 0 && h.end === w.length));
}

function addMain(
  ctx: Ctx,
  events: Found[],
  name: string,
  at: number,
  rule: string,
  surface = name,
  date = ctx.doc.date,
  planned = false,
): Found | undefined {
  if (name.split(/\s+/).length < 2) return undefined;
  // event.not-hypothetical (ev15): "Any summit between A and B would depend on …" tells no meeting.
  if (hypotheticalAt(ctx.text, at, at + surface.length, ctx.sentences[ctx.sentenceAt(at)]?.start ?? 0))
    return undefined;
  const kind = kindOf(name);
  const place = / in (\p{Lu}[\p{L}-]+)$/u.exec(name)?.[1] ?? datelinePlace(ctx);
  // A verb that told the meeting ("met") is its span, not a form of its name.
  const verbOnly =
    rule === 'event.main-told' || rule === EVENT_MAIN_GROUP_SUBJECT.id || rule === EVENT_UNNAMED_GUESTS.mainId;
  const key = ctx.add(
    'Event',
    name,
    { surface, start: at, end: at + surface.length },
    rule,
    {
      kind,
      status: planned ? 'planned' : 'held',
      ...(date && !planned ? { date } : {}),
      ...(place ? { place } : {}),
    },
    !verbOnly,
  );
  const f: Found = {
    key,
    type: 'Event',
    name,
    start: at,
    end: at + surface.length,
    sentence: ctx.sentenceAt(at),
    planned,
  };
  events.unshift(f);
  return f;
}

/**
 * "U.S.-Russia Arms Control Negotiations in Vienna" (title), then "… held a first round of negotiations …" in the
 * opening sentence: the event held there is the title's event, under another name.
 */
function mergeHeldInOpening(
  ctx: Ctx,
  events: Found[],
  main: Found,
  first: { index: number; start: number } | undefined,
): void {
  if (!first) return;
  const held = events.find(
    (e) =>
      e.sentence === first.index &&
      e.name !== main.name &&
      /\b(held|holds|hold)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:(?!(?:before|after|on|in|at|during|with|since|prior)\b)\S+\s+){0,2}$/.test(
        ctx.text.slice(Math.max(first.start, e.start - 40), e.start),
      ),
  );
  if (!held || /\b(occasion|margins?|sidelines?)\s+of\s+(?:the\s+)?$/.test(ctx.text.slice(held.start - 30, held.start)))
    return;
  const old = held.name;
  ctx.renameAll('Event', old, main.name);
  for (const f of events) if (f.name === old) f.name = main.name;
}

/**
 * The meeting the opening sentence names as the one held: "… welcomed Prime Minister Y to Perth for the annual
 * Australia-Japan Leaders' Meeting", "… held the 16th Korea-Japan Summit". Not a gathering it was part of ("on the
 * margins of the G20 Summit", "during the State Visit"), a visit, an incident or a meeting still to come.
 */
function heldInOpening(ctx: Ctx, events: Found[], first: { index: number; start: number }): Found | undefined {
  return events.find(
    (e) =>
      e.sentence === first.index &&
      !e.planned &&
      /^(?:meeting|summit|conference|call)$/.test(kindOf(e.name)) &&
      /\b(?:meeting|summit|talks?|dialogue|consultations|conversation|call)$/i.test(e.name) &&
      // A gathering of an organisation ("attended the NATO Summit, …, and met …") frames the meeting, it is not it.
      !(findGazetteerHits(e.name).some((h) => h.type === 'Organization') && !/\p{L}-\p{Lu}/u.test(e.name)) &&
      /\b(?:for|held|holds|hold|co-chaired|chaired|convened|hosted|opened)\s+(?:the|their|a|an|its)?\s*(?:(?!(?:occasion|margins?|sidelines?|fringes?)\b)[\w-]+\s+){0,2}$/i.test(
        ctx.text.slice(Math.max(first.start, e.start - 40), e.start),
      ) &&
      !/\b(?:occasion|margins?|sidelines?|fringes?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(
        ctx.text.slice(Math.max(first.start, e.start - 40), e.start),
      ),
  );
}

/**
 * Rule event.main-held-passive (fl14b): "On 4 July, the meeting of the Council of Heads of State of X was held in Y":
 * the opening's subject is a meeting told as held; under a generic headline ("Meeting of the Council … held in Y") it
 * is the readout's own event.
 */
function heldPassiveInOpening(ctx: Ctx, events: Found[], first: { index: number; start: number }): Found | undefined {
  return events.find(
    (e) =>
      e.sentence === first.index &&
      !e.planned &&
      /^(?:meeting|summit|conference)$/.test(kindOf(e.name)) &&
      heldPassive(ctx.text, first.start, e.start, e.end),
  );
}

/** "Canberra (MOFA) - On the morning …", "MINSK, 1 October 2019 – …": a place opening the first paragraph. */
const DATELINE_LEAD =
  /^(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)(?:,[^\n–—()]{1,30}?)?\s*(?:\([^)\n]{1,20}\)\s*)?(?:[–—]|--?)\s/u;

/** A dateline: a short line naming a place among the opening lines ("Danang", "Ottawa, Ontario"). */
function datelinePlace(ctx: Ctx): string | undefined {
  const lead = DATELINE_LEAD.exec(ctx.sentences.find((s) => !s.heading)?.text ?? '');
  if (lead) {
    // "KUALA LUMPUR" → "Kuala Lumpur": every capitalised word of the dateline.
    const w = lead[1]!.replace(/(?<![\p{L}])(\p{Lu})(\p{Lu}+)\b/gu, (_, a: string, b: string) => a + b.toLowerCase());
    if (!MONTH_WORD.test(w) && !findGazetteerHits(w).length) return w;
  }
  for (const s of ctx.sentences.slice(1, 6)) {
    if (!s.heading || s.text === ctx.doc.title) continue;
    // "Danang", "Ottawa, Ontario", "Cairo, 13 July 2023": a place line, with a day after it or not.
    const m =
      /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:,\s*\p{Lu}\p{Ll}+)?(?:,\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})?$/u.exec(
        s.text,
      );
    if (
      m &&
      !/^(Readout|Press|Statement|Overview|Outcomes|Published|Media|Release)$/i.test(m[1]!) &&
      !findGazetteerHits(m[1]!).length &&
      !MONTH_WORD.test(m[1]!)
    )
      return m[1];
  }
  return undefined;
}
const MONTH_WORD =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
