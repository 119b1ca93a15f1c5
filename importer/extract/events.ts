// Events and agreements: capitalised names ending in an event or agreement head ("24th Japan-Russia Summit
// Meeting", "Japan-Soviet Joint Declaration"), lowercase agreements with a modifier ("peace treaty"),
// "X's visit to Y", and the readout's main event (from the title, else the first meeting, call or visit).
import { titleAloneMention } from './rules-fl26b.ts';
import { AGREEMENT_AMENDING_DESCRIBED } from './rules-fl27c.ts';
import { findGroupAgain } from './rules-fl23b.ts';
import { findMeetingsOfMinistersOfBodies, findUnnamedGuestMeetings, nextMeetingSpan } from './rules-fl21b.ts';
import { findVisitingMissions } from './rules-fl22b.ts';
import { EVENT_SESSION_TOLD_AT, sessionsToldAt } from './rules-fl19a.ts';
import { FL14B_NEEDS, FL14B_PATTERNS, ordinalHeadOfBody, quotedMeetings, visitToFullState } from './rules-fl14b.ts';
import { statusByModality } from './rules-agr17.ts';
import { FL13B_PATTERNS } from './rules-fl13b.ts';
import { sessionsAndFormats } from './rules-fl13c.ts';
import { ceremoniesTold, meetingsOfWith, sequenceSessions } from './rules-fl16b.ts';
import { pairHeldBilateral, quotedEvents } from './rules-fl17b.ts';
import { metRestrictedSessions } from './rules-fl16a-sessions.ts';
import { conferencesNamedFor, findNegotiationsOn, findVisitsInPlace } from './rules-fl17c.ts';
import { bodyWithGatheringHead, capitalVisitRenames, coordinatedVisits, sessionsFollowedBy } from './rules-fl17a.ts';
import { capitalState } from './capital-metonyms.ts';
import { findPronounHeldWith } from './rules-fl17a-told.ts';
import {
  EVENT_BODY_OF_DATES,
  EVENT_PLANNED_SAME_FORMAT,
  bodiesOfDates,
  EVENT_SESSION_HELD_WITH,
  findGatheringObjects,
  findSummitsOfBodies,
  EVENT_SESSION_FOLLOWED_LIST,
  plannedSameFormat,
  sessionsFollowedList,
  sessionsHeldWith,
} from './rules-fl18a.ts';
import { consultationsWith, jointBodyMeetings, possessiveWith } from './rules-top15-events.ts';
import { pairBodySittingEvents } from './rules-top18-events.ts';
import { cancelledAfter } from './rules-ev11.ts';
import { findVisitMeetings } from './rules-ev9.ts';
import { findEv22Visits } from './rules-ev22.ts';
import { findLowerCaseGatherings } from './rules-ev23.ts';
import { findCeremonyVerbs } from './rules-ev24.ts';
import { findArrivedForVisits } from './rules-ev25.ts';
import { findReferredPairMeetings } from './rules-ev25-ref.ts';
import { EVENT_GATHERING_OF_PROCESS, EVENT_PROCESS_NAMED, findNamedProcesses } from './rules-ev26.ts';
import { findEv27Events } from './rules-ev27.ts';
import { findEvk31aEvents } from './rules-evk31a.ts';
import { findPrecededBy, findSessionStages, findTheirBesideCeremony } from './rules-evk32a.ts';
import { findCouncilsToBeHeld, findSignedAtCeremony, findTheCeremonyHeld } from './rules-evk32b.ts';
import { findEvs28Events } from './rules-evs28.ts';
import { addMainMeetingAliases } from './rules-evn29.ts';
import { findTop27Events } from './rules-top27-events.ts';
import { bodiesInPlaceOnDate } from './rules-fl30a.ts';
import { venueContinues } from './rules-fl25a.ts';
import {
  addSignings,
  findBodySittings,
  findEarlierMeetings,
  findSigningAttended,
  findSigningNouns,
} from './rules-ev10.ts';
import { EVENT_SESSION_ON_TOPIC, endsWithStateName, sessionsOnTopic } from './rules-fl19b.ts';
import type { Ctx } from './context.ts';
import { findGazetteerHits, type GazetteerHit } from './gazetteer.ts';
import { EVENT_HEADS, FRAME_NOUN, TITLE_HEADS } from './lexicons.ts';
import { acronymAfter, agreementSpans } from './agreements.ts';
import { bracketedNameOf, titleOfDescription } from './rules-agr26.ts';
import { shortenedOf } from './rules-new6.ts';
import { findIncidents } from './incidents.ts';
import { findTitleVisits } from './event-title-visit.ts';
import { findCalledOnTitle } from './told-called-on.ts';
import { findGroupHeld, findPossessiveWith } from './rules-fl13a-events.ts';
import { findBetweenTwoTitles } from './event-between-titles.ts';
import { findTravelForTalks } from './told-travel.ts';
import { findSigningsIn } from './told-signing.ts';
import { gatheringBodies } from './event-gathering.ts';
import { sessionsOf, talksBetween } from './event-between.ts';
import { findTalksNounHeldIn } from './rules-fl29a-events.ts';
import { mergeKnownAs, mergeLongerForms } from './event-merge.ts';
import { mergePlaceNamed } from './event-same-place.ts';
import { negotiationsOf } from './event-aliases.ts';
import { findProcesses } from './event-processes.ts';
import { resolveDate } from '../dates.ts';
import { eventDate, placeOf } from './event-when-where.ts';
import { findCourtesyCalls, findHappenings, findReferredEvents } from './happenings.ts';
import { EVENT_SESSION_SUBJECT, fl20aEventSpans, sessionSubjects } from './rules-fl20a.ts';
import { bodyNotEvent, findMetInClause, findParticipleIncidents } from './rules-ev7.ts';
import { findInc13Events, findVesselIncidents } from './rules-inc13.ts';
import { findMain, kindOf } from './main-event.ts';
import { findMeetingsHeldSeparately } from './rules-separately.ts';
import {
  addPairMeeting,
  findDatedMeetings,
  findListedMeetings,
  findMetMeetings,
  findPairAgain,
  findSeparateMeetings,
  findToldMeetings,
  findVisitVerbs,
} from './told-meetings.ts';
import { plannedAt } from './rel-kit.ts';
import { datedLater } from './rules-fl24a.ts';
import { findCallsInClauses, hypotheticalAt } from './rules-ev15.ts';
import { unheldIncidentAt } from './rules-ev21-filters.ts';
import { findEv21Events } from './rules-ev21.ts';
import { findEv17Events, findNumberedCouncils, headlineToAttend } from './rules-ev17.ts';
import { alt, anyFirstWord, matchAllInLines, matchesIf } from './text.ts';
import { findOnVisits, findTitledVisits, findVisitTheOne } from './told-visits.ts';
import { findGroupWillMeet, findHeldQualified, findWeekdayAndLeadersOf } from './told-held.ts';
import { findLeadersOfTalks } from './rules-fl32a.ts';
import { EVENT_CEREMONY_OF_EVENT, findCeremonyOfEvent } from './rules-fl33a.ts';
import { findPluralCalls } from './told-calls.ts';
import { findLastTold } from './rules-fl11a.ts';
import { findMeetingPhrases, findToldAnyClause, PHRASE_HELD } from './rules-ev13.ts';
import { heldPhraseMain, withHeadsOfState } from './rules-fl15a.ts';
import { outcomeAtMain } from './rules-fl30b.ts';
import { EVENT_ACCESSION_CONFERENCE, findAccessionConferences } from './rules-fl31a.ts';
import { findCallsInPassing, findSidesHeld } from './rules-ev14.ts';
import { findReceivedPronoun } from './told-received.ts';
import { EV19_PATTERNS, findReceivedBy } from './rules-ev19.ts';
import { findClauseMeetings, findTours, placeNamedAndRecalled } from './rules-ev20.ts';
import { findOpeningLeadersOf, findSessionsBetweenDelegationsIn, findSignedListItems } from './rules-fl15b-events.ts';
import { signedWithParty } from './rules-fl29b.ts';
import { EVENT_FACILITATED_BY, facilitatedBy, mergeSigningCeremony } from './rules-fl15c-events.ts';
import { findTitleHostMeetings } from './told-by-title.ts';
import { SpanSet } from './span-set.ts';
import { heldByPastVerb, sessionsDevoted, toldByPastVerb } from './rules-fl18b.ts';
import { findFramedNamedCalls, findPairTitleHeldLater, findPronounMet } from './rules-fl18b-told.ts';
import { earlierSameName, markEarlierName } from './rules-flb10.ts';
import type { EventFacts, Found, PeopleFacts, PersonMention } from './types.ts';
import { EV18_PATTERNS } from './rules-ev18.ts';
import { findFightingTold, findPlannedTold } from './rules-aud19.ts';
import { namedOnStateTail } from './rules-fl20b.ts';
import { findQualifiedMeetingWith, findSessionSequence } from './rules-aud20.ts';
import { heldInRecalledGated, meetingsWithEachGated, nounOfPairGated, receivedGroupNamedGated } from './rules-aud21.ts';
import { withConferenceTail } from './rules-ent23.ts';
import { withoutNameAcronym } from './rules-ent24.ts';
import { STATE_BY_NAME } from './states.ts';
import { literalGate } from './literal-need.ts';
import { withSecondHead } from './rules-fl26a.ts';
import { titleOrBodyContinues, withoutDatelineLead } from './rules-fl27b.ts';

export type { EventFacts, Found } from './types.ts';

// A capitalised word; a period only inside an abbreviation ("U.S."), never a sentence end ("Japan. The").
const CAPW =
  "(?:[\\p{Lu}\\d][\\p{L}\\d'’+–-]*(?:\\.\\p{Lu}[\\p{L}\\d'’+–-]*)*(?:(?<=\\p{Lu}\\.\\p{Lu})\\.)?|\\d\\+\\d|\\(\\p{Lu}{2,}\\))";
const LINK = '(?:[^\\S\\n]+(?:and|of|on)[^\\S\\n]+(?:the[^\\S\\n]+)?|[^\\S\\n]+|[^\\S\\n]*-[^\\S\\n]*|–)';
/** NAMED_EVENT never crosses a line and holds one of its heads (matchAllInLines). Rule event.edition-year (fl13b). */
const NAMED_EVENT_WORDS = anyFirstWord(EVENT_HEADS);
const EDITION_YEAR = FL13B_PATTERNS.editionYear.source;
const NAMED_EVENT = new RegExp(
  `(?:\\b\\d+(?:st|nd|rd|th)[^\\S\\n]+)?${CAPW}(?:${LINK}${CAPW})*?[^\\S\\n]+${alt(EVENT_HEADS)}(?![\\p{L}])(?:[^\\S\\n]+\\((?:\\d\\+\\d|[A-Z]{2,})\\))?${EDITION_YEAR}`,
  'gu',
);
/** "EU-Canada summit", "16th Korea-Japan summit", "U.S.-Russia summit in Geneva", "Xi-Trump meeting". */
// rol21: a region's compass word belongs to the first side ("the Central Asia-Germany summit", "South Korea-Japan").
const COMPOUND_EVENT =
  /(?:\b\d+(?:st|nd|rd|th)[^\S\n]+)?(?<![\p{L}-])(?:(?:Central|South|North|East|West|Southeast|Northeast)[^\S\n]+(?=\p{Lu}))?(?:\p{Lu}[\p{L}.]*[-–])+\p{Lu}[\p{L}.]*(?:[^\S\n]+(?:\p{L}+-)+\p{L}+|[^\S\n]+(?:high-level|strategic|economic|security|bilateral|trilateral|foreign|defence|defense|ministerial|annual|intergovernmental|future relationship|arms control|economic and trade))*[^\S\n]+(?:summit meeting|summit|meeting|talks|telephone conversation|telephone call|telephone talk|telephone conference|phone call|dialogue|consultations|negotiations|retreat)\b(?:[^\S\n]+in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)?/gu;
/** "G20 summit", "APEC leaders' meeting": an organisation's gathering written in lowercase. */
const ORG_SUMMIT =
  /\b(?:G20|G7|G8|APEC|ASEAN|NATO|EU|BRICS|SCO|OSCE)[^\S\n]+(?:leaders['’]?[^\S\n]+)?(?:summit|meeting|ministerial meeting)\b/g;
/** What every match of ORG_SUMMIT holds: the organisation's short name (`mayMatch`). */
const ORG_SUMMIT_NEEDS = ['G20', 'G7', 'G8', 'APEC', 'ASEAN', 'NATO', 'EU', 'BRICS', 'SCO', 'OSCE'];
/** UN climate conferences by their code: "COP28", "COP 29 in Baku". */
const COP = /\bCOP[^\S\n]?\d{1,2}\b(?:[^\S\n]+in[^\S\n]+\p{Lu}\p{L}+)?/gu;
/** "the Danang meeting", "their Hamburg meeting", "the Kuwait consultations": a meeting named by its place. */
const PLACE_EVENT =
  /\b(?:the|their|a|its)[^\S\n]+(\p{Lu}\p{Ll}+)[^\S\n]+(?:meeting|summit|talks|round|consultations|conversation)\b/gu;
const NON_NAME_PLACE =
  /^(Joint|Summit|Ministerial|Leaders|Foreign|First|Second|Third|Annual|Bilateral|Trilateral|Special|Extraordinary|Informal|Formal|General|Plenary|Presidential|Working|Closing|Opening|Final|Next|Further)$/;
/** "their meeting in Buenos Aires": a meeting known by its place. */
const MEETING_IN =
  /\b(?:their|an?|the|his|her)[^\S\n]+((?:(?:extraordinary|emergency|special|informal|virtual|trilateral|bilateral)[^\S\n]+)?(?:summit meeting|summit|meeting|talks)[^\S\n]+in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?(?:[^\S\n]+in[^\S\n]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+)?(?:19|20)\d\d)?)/gu;
/** "the second round", "a further round of consultations", "the first round in Moscow"; (top18) "the 12th round of
 * consultations on consular issues": a subject ending in issues, matters, affairs or questions. */
const ROUND =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|next|further|final|latest|\d+(?:st|nd|rd|th))[^\S\n]+(?:(?:negotiating|ministerial|formal|technical)[^\S\n]+)?round(?:[^\S\n]+of[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,4}?(?:negotiations|consultations|talks)(?:[^\S\n]+on[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}(?:issues|matters|affairs|questions))?)?(?:[^\S\n]+in[^\S\n]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{L}+(?:[^\S\n]+in[^\S\n]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![^\S\n]+\d{1,2}\b)(?:[^\S\n]+\d{4})?)?)?/gu;
/** "held a round of consultations", "resumed another round of talks": an unnumbered round a verb tells as held. */
const HELD_A_ROUND =
  /\b(?:held|hold|holds|resumed|conducted|concluded|completed)[^\S\n]+(?:a|another|a[^\S\n]+new|a[^\S\n]+further)[^\S\n]+(round[^\S\n]+of[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?(?:negotiations|consultations|talks))\b/gu;
/**
 * event.meeting-of-negotiations: "the 1st meeting of the negotiations on the 12th Special Measures Agreement", "the
 * third session of the talks": one numbered sitting of negotiations, named with the agreement negotiated when the text
 * gives it (its name stays an agreement of its own too).
 */
const MEETING_OF_NEGOTIATIONS =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|\d+(?:st|nd|rd|th))[^\S\n]+(?:meeting|session|sitting)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:negotiations|talks|consultations)(?:[^\S\n]+on[^\S\n]+the[^\S\n]+(?:\d+(?:st|nd|rd|th)[^\S\n]+)?(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,6}?(?:Agreement|Treaty|Convention|Protocol|Accord|Arrangement)\b)?/gu;
/**
 * "two-day working visit to Japan", "visit to Russia"; (ev10) "a tour of the Middle East", "a (four-nation) tour of",
 * "a trip to", and a mission only as one of a series ("the first mission to Niamey": "a support mission to Haiti" is a
 * deployment; reading every "mission to" lowered dev 0.9337 / 0.8460 → 0.9333 / 0.8457 on slice readouts, aggregate
 * figures only). Rule event.possessive-mission (evk32b): also a mission told with its holder's possessive ("presented
 * his report on his mission to Bamako"), not one to a person ("his mission to President X").
 */
/** What every match of VISIT_TO holds, on one line (`matchAllInLines`): its noun. */
const VISIT_TO_LINE = /visit|trip|tour|mission/;
const VISIT_TO =
  /\b(?:(?:two-day|three-day|official|working|state|first|brief)[^\S\n]+){0,2}(?:visits?|trips?|tours?|(?<=(?:first|second|third|last|previous|fact-finding)[^\S\n]+)missions?|(?<=(?:his|her|their)[^\S\n]+)missions?(?![^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?(?:President|Prime|King|Queen|Crown|Minister|Secretary|Chancellor|Emir|Sultan|Pope|His|Her|Mr|Mrs|Ms|Dr)\b))[^\S\n]+(?:to|(?<=tours?[^\S\n]+)of)[^\S\n]+(?:the[^\S\n]+)?(?:(?:Kingdom|Republic|State|Sultanate|Principality|Commonwealth|Federation|Grand[^\S\n]+Duchy)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?/gu;
/**
 * event.next-meeting: "agreed to hold the next trilateral summit with Japan in Tokyo", "the upcoming NATO Summit": a
 * meeting still to come told in lowercase, pinned by a modifier, a party or a place.
 */
const NEXT_MEETING =
  /\b(?:the|a|its|their)[^\S\n]+((?:next|upcoming|forthcoming|future)[^\S\n]+(?:([\p{Ll}-]+)[^\S\n]+)?(?:summit|meeting|session|dialogue|conference)(?:([^\S\n]+(?:of|with)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)?([^\S\n]+in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)?))/gu;
/** What every match of NEXT_MEETING holds (`mayMatch`). */
const NEXT_MEETING_NEEDS = ['next', 'upcoming', 'forthcoming', 'future'];
/**
 * event.round-of-named: "The fifth round of the Pakistan-Türkiye Strategic Dialogue was held in Islamabad": one round of
 * a named series is one event under the whole name (the series' name alone merges into it).
 */
const ORDINAL_WORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';
const ROUND_OF_NAMED = new RegExp(
  `\\b(${ORDINAL_WORD})(?:[^\\S\\n]+and[^\\S\\n]+(${ORDINAL_WORD}))?[^\\S\\n]+rounds?[^\\S\\n]+of[^\\S\\n]+the[^\\S\\n]+((?:[\\p{Lu}\\d][\\p{L}\\d'’+-]*[^\\S\\n]+){1,6}?(?:Dialogue|Talks|talks|Consultations|Negotiations|Discussions|Meeting)(?:[^\\S\\n]+on[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?)\\b`,
  'gu',
);
/**
 * event.body-held-its: "The Peace and Security Council of the African Union held its 1200th meeting on …": a body's
 * numbered meeting or session, named with the body ("1200th meeting of the Peace and Security Council of the
 * African Union"). Groups: the body (capitalised words), the numbered gathering.
 */
const BODY_HELD_ITS =
  /\b((?:\p{Lu}[\p{L}'’–-]*)(?:[^\S\n]+(?:\p{Lu}[\p{L}'’-]*|of|the|and|for|on)){0,9}?)[^\S\n]+(?:held|convened|holds|convenes)[^\S\n]+its[^\S\n]+((?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[^\S\n]+(?:(?:ordinary|extraordinary|special|annual|regular|plenary)[^\S\n]+)?(?:meeting|session|summit))\b/gu;
/**
 * event.to-be-held: "the peace summit to be held in Switzerland in June" → "peace summit in Switzerland"; (ev14) "the
 * next session would take place in Geneva", "the next summit will be held in Rome": told with a future verb; (evk31a)
 * "a further session is expected to be held in Barbados next week", "is due / scheduled to take place in".
 */
const TO_BE_HELD =
  /\b(?:[Tt]he|[Aa])[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,2}?(?:summit|meeting|conference|session))[^\S\n]+(?:to|will|would|shall|(?:is|are)[^\S\n]+(?:expected|due|scheduled|set|planned)[^\S\n]+to)[^\S\n]+(?:be[^\S\n]+(?:held|hosted|convened)|take[^\S\n]+place)[^\S\n]+(in[^\S\n]+\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)/gu;
/** What every match of TO_BE_HELD holds (`mayMatch`). */
const TO_BE_HELD_NEEDS = ['held', 'hosted', 'convened', 'place'];
/** Sessions of a meeting: "small-group meeting", "expanded meeting", "joint press conference", "closing session";
 * rule event.private-session (fl13b): "held a private meeting, followed by an expanded meeting"; "opened the executive
 * session"; (ev15) told without "format": "a one-on-one conversation … followed by talks with the participation of the
 * delegations", "a broader session with ministers"; (evk32a) "talks in a narrow format". The "with/by a" before
 * "tête-à-tête" is looked behind from after the word: a lookbehind first in a branch would be tried at every position of
 * the text. */
export const SESSION =
  /\b(?:small-group meeting|private meeting|private talks|closed-door meeting|closed-door talks|expanded meeting|extended meeting|enlarged meeting|restricted meeting|one-on-one meeting|tête-à-tête(?<=\b(?:with|by)[^\S\n]+an?[^\S\n]+tête-à-tête)[^\S\n]+(?:meeting|talks)|tête-à-tête(?![^\S\n]+(?:meeting|talks))|joint press conference|joint press occasion|joint statements?[^\S\n]+to[^\S\n]+the[^\S\n]+(?:press|media)|joint press statements|press conference|closing session|opening session|executive session|signing ceremony|ceremonial welcome|(?:official[^\S\n]+)?welcom(?:e|ing) ceremony|working (?:dinner|lunch|luncheon|breakfast)|official (?:dinner|lunch|luncheon)|state (?:dinner|banquet)|delegation-level talks|group photo ceremony|broader session|wider session|one-(?:on|to)-one conversation|one-to-one (?:meeting|talks)|(?:talks|meeting)[^\S\n]+with[^\S\n]+the[^\S\n]+(?:participation[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?delegations(?![^\S\n]+of\b)|(?:talks|meeting)[^\S\n]+in[^\S\n]+(?:an?[^\S\n]+|the[^\S\n]+)?(?:expanded|extended|restricted|narrow|enlarged)[^\S\n]+format|(?:expanded|extended|restricted|narrow|enlarged)-format[^\S\n]+(?:talks|meeting))\b/giu;
/**
 * A meal given for a guest: "the King offered an iftar in honour of the President", "hosted a state dinner in honour of";
 * (ev15) "hosted a lunch in her honour", "the meeting ended with a lunch offered by President X" (the meal and its host).
 */
const MEAL_IN_HONOUR =
  /\b(?:offered|hosted|gave|held|organi[sz]ed)[^\S\n]+(?:a|an)[^\S\n]+((?:(?:official|state|working|private)[^\S\n]+)?(?:iftar|dinner|lunch|luncheon|banquet|reception|breakfast)[^\S\n]+(?:in[^\S\n]+hono(?:u)?r[^\S\n]+of|for)[^\S\n]+[^,.;:\n]{3,60}?|(?<!state[^\S\n]+)(?:(?:official|working|private)[^\S\n]+)?(?:iftar|dinner|lunch|luncheon|reception|breakfast)[^\S\n]+in[^\S\n]+(?:his|her|their)[^\S\n]+hono(?:u)?r)(?=[^\S\n]*(?:[,.;:]|$)|[^\S\n]+(?:attended|at|on|in)\b)|\b(?:ended|concluded|closed)[^\S\n]+with[^\S\n]+(?:a|an)[^\S\n]+((?:(?:official|state|working|private)[^\S\n]+)?(?:dinner|lunch|luncheon|banquet|reception|breakfast)[^\S\n]+(?:offered|hosted|given)[^\S\n]+by[^\S\n]+[^,.;:\n]{3,60}?)(?=[^\S\n]*(?:[,.;:]|$))/gmu;
/** "State Visit of the President of Maldives to India", a title "State Visit by President X of Kenya": a visit named
 * with its visitor and destination, or a title line naming the visitor only. */
const VISIT_OF =
  /\b(?:(?:State|Official|Working)[^\S\n]+)?Visit[^\S\n]+(?:of|by)[^\S\n]+(?:the[^\S\n]+)?(?:[^\n.:;,]{1,60}?[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?|[^\n.:;,]{1,80}(?=[^\S\n]*$))/gmu;
const LEAD_STOP =
  /^(Holds|Hold|Meets|Meet|Conclude|Sign|Convey|Conveys|Welcome|Host(?![^\S\n]+(?:Country[^\S\n]+|Government[^\S\n]+)?Agreement\b)|Receive|Attend|Discuss|Launch|Launches|Open|Opens|Speaks|Visits|Receives|Calls|Hosts|Welcomes|Attends|Signs|Says|Concludes|Endorse|Endorses|The|This|That|These|Those|On|In|At|During|After|Before|Both|Under|With|For|As|To|From|By|Following|Since|While|Ahead|Prior|Upon|Within|Amid|Regarding|Readout|Overview|Outcomes?|Results?|Chairman['’]s|Press|Statement|Based)\s+/;

/**
 * "Looking ahead to the U.S.-North Korea Summit Meeting", "in preparation for the summit": a meeting still to come; (ev14)
 * "to prepare President Joko Widodo's visit to Australia" (no "for", a visitor's name before the noun).
 */
const FUTURE_BEFORE =
  /\b(?:ahead\s+(?:to|of)|in\s+preparation\s+for|preparations?\s+for|to\s+prepare(?:\s+for)?)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

const AGREEMENT_KIND: [RegExp, string][] = [
  [/treaty/i, 'treaty'],
  [/declaration/i, 'declaration'],
  [/joint statement|statement/i, 'joint statement'],
  [/memorandum|mou/i, 'memorandum'],
  [/framework/i, 'framework'],
  [/resolution/i, 'resolution'],
  [/ceasefire|cessation/i, 'ceasefire'],
  [/consensus/i, 'consensus'],
  [/plan/i, 'action plan'],
];

/** "Prime Minister of Ethiopia on the Sidelines of the … Summit": what is named is the gathering after the marker. */
const FRAME_MARKER = new RegExp(`^.*?\\b(?:on|at|in)\\s+the\\s+${FRAME_NOUN}\\s+of\\s+(?:the\\s+)?`, 'i');

function clean(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim().replace(FRAME_MARKER, '');
  for (;;) {
    const n = t.replace(LEAD_STOP, '').replace(/^(of|the|and|for|on|to|with|\d+\.)\s+/, '');
    if (n === t) break;
    t = n;
  }
  return t;
}

type Add = (type: 'Event' | 'Agreement', surface: string, start: number, rule: string) => Found | undefined;

/** The working state of the event and agreement finder over one document. */
interface FindState {
  ctx: Ctx;
  people: PeopleFacts;
  events: Found[];
  agreements: Found[];
  eventMentions: Found[];
  agreementMentions: Found[];
  /** Spans already named: a later rule never names a part of them again. */
  taken: SpanSet;
  /** The person mentions, and the spans of their titles and of titles used alone, as span sets. */
  mentions: SpanSet<PersonMention>;
  titles: SpanSet;
}

/** The meetings and visits told by their people (told, met, received, held with, visits, series), in this order. */
function findMeetingsOfPeople(ctx: Ctx, people: PeopleFacts, main: Found | undefined, events: Found[], add: Add): void {
  findToldMeetings(ctx, people, main, add);
  findMetMeetings(ctx, people, main, add);
  findReceivedPronoun(ctx, people, main, add);
  findReceivedBy(ctx, people, main, add); // event.received-by (ev19)
  findClauseMeetings(ctx, people, main, add); // event.visit-clause-meeting (ev20)
  findTours(ctx, people, add); // event.tour-told (ev20)
  findCeremonyVerbs(ctx, people, add); // event.ceremony-verb (ev24)
  findReferredPairMeetings(ctx, people, add); // event.referred-pair-meeting (ev25)
  findPronounHeldWith(ctx, people, main, add); // event.pronoun-held-with (fl17a)
  findPronounMet(ctx, people, main, add); // event.pronoun-met (fl18b)
  findQualifiedMeetingWith(ctx, people, main, add); // event.qualified-meeting-with (aud20)
  nounOfPairGated(ctx, people, main, add); // event.noun-of-pair (aud21)
  meetingsWithEachGated(ctx, people, main, add); // event.meetings-with-each (aud21)
  receivedGroupNamedGated(ctx, people, add); // event.received-group-named (aud21)
  findUnnamedGuestMeetings(ctx, people, main, events, add); // event.met-unnamed-guests (fl21b)
  // event.separately: one host, several guests received separately (rules-separately.ts).
  findMeetingsHeldSeparately(ctx, people, main, add, addPairMeeting);
  findTitleHostMeetings(ctx, people, main, add);
  findVisitVerbs(ctx, people, main, add);
  findOnVisits(ctx, people, add);
  findEv22Visits(ctx, people, add); // event.who-is-visiting, event.stay-in-place (ev22)
  findVisitsInPlace(ctx, people, add); // event.visit-in-place (fl17c)
  findTitledVisits(ctx, people, add);
  findVisitTheOne(ctx, add);
  findHeldQualified(ctx, add);
  findPossessiveWith(ctx, add);
  findGroupHeld(ctx, main, add);
  findLeadersOfTalks(ctx, add); // event.leaders-of-talks (fl32a), before the older event.leaders-of
  findWeekdayAndLeadersOf(ctx, add);
  findGroupWillMeet(ctx, add);
  findPluralCalls(ctx, people, add);
  findLastTold(ctx, people, add);
  findDatedMeetings(ctx, main, add);
  findSeparateMeetings(ctx, people, add);
  findListedMeetings(ctx, people, add);
  findVisitMeetings(ctx, people, events, main, add);
  findPairAgain(ctx, people, main, add);
  findGroupAgain(ctx, main, add); // event.group-again (fl23b)
  findVisitingMissions(ctx, add); // event.visiting-mission (fl22b)
  findEvs28Events(ctx, main, add); // event.will-meet-subject, event.qualified-meeting-noun (evs28), after the above
  findEvk31aEvents(ctx, add); // event.its-sitting, event.body-met-in (evk31a), after the above
  findSessionStages(ctx, add); // event.session-stage (evk32a): stages no session rule above reads
  findTheirBesideCeremony(ctx, add); // event.their-beside-ceremony (evk32a)
  findPrecededBy(ctx, add); // event.preceded-by (evk32a)
  findSignedAtCeremony(ctx, add); // event.signed-at-ceremony (evk32b)
  findCouncilsToBeHeld(ctx, add); // event.council-to-be-held (evk32b)
  findTheCeremonyHeld(ctx, add); // event.the-ceremony-held (evk32b)
}

/**
 * The gatherings named by a body: "the Meeting of Ministers of Foreign Affairs of CELAC" (fl21b), "the G20 foreign
 * ministers' meeting", "the meeting of NATO foreign ministers" (ev23).
 */
function findBodyGatherings(ctx: Ctx, hits: GazetteerHit[], events: Found[], add: Add): void {
  findMeetingsOfMinistersOfBodies(ctx, hits, events, add); // event.meeting-of-ministers-of-body (fl21b)
  findLowerCaseGatherings(ctx, add); // event.lower-case-gathering (ev23)
  findCeremonyOfEvent(ctx, add); // event.ceremony-of-event (fl33a): "the closing ceremony of the third cycle of …"
}

/**
 * The meetings of bodies named by their days (event.body-of-dates: "the European Council of 20 and 21 March") or by
 * place and day (event.body-in-place-on-date: "the European Council in Brussels on 14 December", also known as "European
 * Council in Brussels"), and the sittings of accession negotiations (event.accession-conference: "the second accession
 * conference with Serbia").
 */
function addBodyMeetings(ctx: Ctx, hits: GazetteerHit[], add: Add): void {
  for (const x of bodiesOfDates(ctx.text, hits)) add('Event', x.surface, x.start, EVENT_BODY_OF_DATES.id);
  findAccessionConferences(ctx, add); // event.accession-conference (fl31a), before the merges of longer forms
  for (const x of bodiesInPlaceOnDate(ctx.text, hits)) {
    const f = add('Event', x.surface, x.start, x.rule);
    const name = f && ctx.entity(f.key)?.name;
    if (name) ctx.add('Event', name, { surface: x.alias, start: x.start, end: x.start + x.surface.length }, x.rule);
  }
}

/** Finds events and agreements and the readout's main event. */
export function findEventsAndAgreements(ctx: Ctx, hits: GazetteerHit[], people: PeopleFacts): EventFacts {
  const st: FindState = {
    ctx,
    people,
    events: [],
    agreements: [],
    eventMentions: [],
    agreementMentions: [],
    taken: new SpanSet(),
    // A title used alone stays a title for names ("the Agreement between the Secretary-General and …"), not a name.
    mentions: new SpanSet([...people.personKey.keys()].filter((m) => !titleAloneMention(m.rule))),
    titles: new SpanSet([...[...people.personKey.keys()].flatMap((m) => m.titles), ...people.refs]),
  };
  const { events, agreements, eventMentions, agreementMentions } = st;
  const add: Add = (type, surface, start, rule) => addFound(st, type, surface, start, rule);
  findByPattern(ctx, hits, people, add);
  findSummitsOfBodies(ctx, hits, events, add); // event.summit-of-body (fl18a)
  findBodyGatherings(ctx, hits, events, add); // event.meeting-of-ministers-of-body (fl21b), lower-case-gathering (ev23)
  addBodyMeetings(ctx, hits, add); // event.body-of-dates (fl18a), event.body-in-place-on-date (fl30a)
  // event.session-held-with (fl18a): with guests, not with a body ("a working session with the OAS Department of …").
  for (const x of sessionsHeldWith(ctx.text))
    if (!ctx.within('Organization', x.start, x.start + x.surface.length).length)
      add('Event', x.surface, x.start, EVENT_SESSION_HELD_WITH.id);
  for (const x of plannedSameFormat(ctx.text)) add('Event', x.surface, x.start, EVENT_PLANNED_SAME_FORMAT.id);
  for (const x of sessionsOnTopic(ctx.text)) add('Event', x.surface, x.start, EVENT_SESSION_ON_TOPIC.id); // fl19b
  findSessionsBetweenDelegationsIn(ctx, add); // event.session-between-delegations (fl15b)
  findSignedListItems(ctx, agreementMentions, add); // agreement.signed-list-item (fl15b)
  for (const x of signedWithParty(ctx)) add('Agreement', x.surface, x.start, x.rule); // agreement.signed-with-party (fl29b)
  findNegotiationsOn(ctx, agreementMentions, add); // event.negotiations-on-agreement (fl17c)
  for (const t of facilitatedBy(ctx.text, hits)) add('Event', t.surface, t.start, EVENT_FACILITATED_BY.id); // fl15c
  findNamedProcesses(ctx.text, add); // event.process-named, event.gathering-of-process (ev26)
  findTop27Events(ctx.text, add); // event.led-process, event.track-between (top27)
  mergeLongerForms(ctx, events);
  mergeCapitalVisits(ctx, events);
  mergePlaceNamed(ctx, events);
  mergeLongerForms(ctx, agreements);
  mergeKnownAs(ctx, agreementMentions, agreements);
  mergeKnownAs(ctx, eventMentions, events);
  // aud19, after the merges: a gathering still to come is never another event's longer or placed form.
  findToldInPassing(ctx, hits, add); // aud19's planned gatherings and fighting
  events.sort((a, b) => a.start - b.start);
  agreements.sort((a, b) => a.start - b.start);
  placedForms(ctx, eventMentions);
  // The readout's own event is told where its people are named, not where a title stands for them (person.title-ref).
  const named = new Map([...people.personKey].filter(([m]) => !titleAloneMention(m.rule)));
  findOpeningLeadersOf(ctx, add); // event.opening-leaders-of (fl15b)
  findNumberedCouncils(ctx, add); // event.numbered-ministerial-council (ev17)
  findGatheringObjects(ctx, add); // event.gathering-object (fl18a)
  const planned = (at: number) => plannedIn(ctx, at);
  addSignings(st, findSigningAttended(ctx, agreementMentions, planned), true); // fl26c, before the main event
  const main = findMain(ctx, events, { ...people, personKey: named }, add);
  if (main && !eventMentions.includes(main)) eventMentions.push(main);
  addMainMeetingAliases(ctx, main); // event.main-kind-referent, event.main-text-phrase (evn29)
  findEv27Events(ctx, people, add); // event.address-to-legislature, event.sworn-in (ev27), after the main event
  findSessionSequence(ctx, add); // event.sequence-session (aud20), after the main event: a session is never it
  findMeetingsOfPeople(ctx, people, main, events, add);
  addSignings(st, findSigningNouns(ctx, agreementMentions, planned), false);
  // event.told-any-clause (ev13): a meeting told by its verb between two named people in any later clause.
  findToldAnyClause(ctx, people, main, events, add);
  findCallsInPassing(ctx, people, main, events, add); // event.call-between, event.call-frame (ev14): told in passing
  findFramedNamedCalls(ctx, people, events, add); // event.call-frame-named-pair (fl18b)
  findPairTitleHeldLater(ctx, people, main, add); // event.pair-title-held-later (fl18b)
  // event.call-pair-clause, event.call-who-spoke-to (ev15): calls told by a relative clause or "their".
  findCallsInClauses(ctx, people, main, events, add);
  findSidesHeld(ctx, add); // event.sides-held (ev14): a gathering states or organisations held, in lowercase
  findEv17Events(ctx, add); // event.members-met, event.ceremony-attended-by, event.talks-between-opening (ev17)
  findTalksNounHeldIn(ctx, add); // event.talks-noun-held-in (fl29a)
  // event.meeting-phrase (ev13): the fallback, last, for meeting phrases no rule above named.
  findMeetingPhrases(ctx, eventMentions, add);
  // event.held-in-recalled (aud21): after the fallback, an earlier gathering no rule above named.
  heldInRecalledGated(ctx, main, add);
  // event.signing-at-ceremony (fl15c): "signed the Treaty at a ceremony at X" is one event, the signing.
  mergeSigningCeremony(ctx, events, main);
  placeNamedAndRecalled(ctx, people, main, events, add); // ev20
  eventMentions.sort((a, b) => a.start - b.start);
  agreementMentions.sort((a, b) => a.start - b.start);
  // event.main-held-phrase (fl15a): no main event found, a meeting held in the opening sentence is the readout's own.
  const own = main ?? fallbackMain(ctx, eventMentions);
  return { ...(own ? { main: own } : {}), events, agreements, eventMentions, agreementMentions };
}

/** event.main-held-phrase (fl15a), then event.main-outcome-at (fl30b): the readout's own event when no rule found it. */
function fallbackMain(ctx: Ctx, mentions: Found[]): Found | undefined {
  const held = heldPhraseMain(ctx, mentions, (from, at) => PHRASE_HELD.test(ctx.text.slice(from, at)));
  return held ?? outcomeAtMain(ctx, mentions);
}

/** Events told in passing (aud19), after the merges: a gathering still to come is never another event's longer form. */
function findToldInPassing(ctx: Ctx, hits: GazetteerHit[], add: Add): void {
  findPlannedTold(ctx, hits, add); // event.agreed-to-hold, …-meet-again-in, …-next-held-in (aud19)
  findFightingTold(ctx, add); // event.fighting-in (aud19)
}

/** Whether the sentence at `at` tells what is at `at` as still to come. */
function plannedIn(ctx: Ctx, at: number): boolean {
  const s = ctx.sentences[ctx.sentenceAt(at)]!;
  return plannedAt(s.text, at - s.start);
}

/**
 * event.visit-to, with event.visit-to-full-state (fl14b): "visit to Papua New Guinea", not "visit to Papua New"; after
 * the fl14b round's other events.
 */
function findVisitsTo(text: string, hits: GazetteerHit[], add: Add): void {
  findFl14bEvents(text, hits, add);
  // event.visit-coordinated-kind (fl17a): "a friendship and working visit to X".
  for (const v of coordinatedVisits(text))
    add('Event', visitToFullState(v.surface, v.start, hits, text), v.start, 'event.visit-coordinated-kind');
  for (const m of matchAllInLines(text, VISIT_TO, VISIT_TO_LINE))
    add('Event', visitToFullState(m[0], m.index, hits, text), m.index, 'event.visit-to');
  findArrivedForVisits(text, add); // event.visit-arrived-for (ev25)
}

/** Rule event.visit-capital-same (fl17a): a visit to a state's capital is the visit to that state told again. */
function mergeCapitalVisits(ctx: Ctx, events: Found[]): void {
  const live = events.filter((e) => !e.planned && kindOf(e.name) === 'visit').map((e) => e.name);
  const stateOf = (dest: string) => {
    const h = findGazetteerHits(dest).find((x) => x.type === 'State' && x.start === 0 && x.end === dest.length);
    return h?.name;
  };
  for (const [from, to] of capitalVisitRenames([...new Set(live)], stateOf, capitalState)) {
    ctx.renameAll('Event', from, to);
    for (const f of events) if (f.name === from) f.name = to;
  }
}

/** event.ordinal-head-of-body (fl14b): a named event run on over the body it is of, unless a known organisation. */
function namedOfBody(text: string, hits: GazetteerHit[], surface: string, start: number): string {
  return ordinalHeadOfBody(text, start, surface, (at) => hits.some((h) => h.type === 'Organization' && h.start === at));
}

/** The fl14b round's events: meetings named in quotes, lowercase visits told with visitor and destination. */
function findFl14bEvents(text: string, hits: GazetteerHit[], add: Add): void {
  // event.quoted-name (fl14b): 'an "Outreach Plus" meeting'.
  for (const q of quotedMeetings(text)) add('Event', q.surface, q.start, 'event.quoted-name');
  // event.visit-of-lowercase (fl14b): "the official visit of Prime Minister X to India".
  for (const m of matchesIf(text, FL14B_PATTERNS.visitOfLowercase, FL14B_NEEDS.visitOfLowercase))
    add('Event', visitToFullState(m[0], m.index, hits, text), m.index, 'event.visit-of-lowercase');
}

/**
 * What every match of findByPattern's whole-text patterns holds on its line (`matchAllInLines`: the same matches, the
 * pattern tried only on the lines where these words stand instead of at every word of the text).
 */
const LINE_WORDS = {
  mealInHonour: /iftar|dinner|lunch|banquet|reception|breakfast/,
  placeEvent: /meeting|summit|talks|round|consultations|conversation/,
  meetingIn: /(?:summit|meeting|talks)[^\S\n]+in[^\S\n]/,
  roundOfNamed: /rounds?[^\S\n]+of[^\S\n]+the[^\S\n]/,
  round: /round/,
  heldARound: /round[^\S\n]+of[^\S\n]/,
  meetingOfNegotiations: /(?:meeting|session|sitting)[^\S\n]+of[^\S\n]/,
  ev18Session: /availability|session|retreat/i,
};

/** Rule event.visit: "Prime Minister X's official visit to India". */
const POSSESSIVE_VISIT =
  /\b(?:(?:President|Prime Minister|Minister|Chancellor|Secretary)\s+)?\p{Lu}[\p{L}-]+['’]s\s+(?:\w+\s+)?visit\s+to\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?/gu;
/** What every match of POSSESSIVE_VISIT holds (`mayMatch`). */
const POSSESSIVE_VISIT_NEEDS = ['visit'];

/** The agreement rules whose spans are added before the events (titled ones; agr26's descriptions too). */
const FIRST_AGREEMENT_RULES = new Set([
  'agreement.named',
  'agreement.lowercase-complement',
  'agreement.mou',
  'agreement.titled',
  'agreement.quoted-title',
  'agreement.earlier-same-name',
  'agreement.lowercase-subject',
  'agreement.definite-description',
  'agreement.to-extend',
  'agreement.listed-instruments', // sgn27
]);

/** The pattern rules in order, most specific first: each names what the ones before left free. */
function findByPattern(ctx: Ctx, hits: GazetteerHit[], people: PeopleFacts, add: Add): void {
  const text = ctx.text;
  const first = (r: string) => FIRST_AGREEMENT_RULES.has(r);
  // The agreement patterns read the whole text: found once, the titled ones added first, the others last.
  const spans = agreementSpans(text);
  for (const a of spans.filter((x) => first(x.rule))) add('Agreement', a.surface, a.start, a.rule);
  // perf33: both patterns need their literal word (case-sensitive); a text without it is not scanned.
  if (text.includes('Visit')) for (const m of text.matchAll(VISIT_OF)) add('Event', m[0], m.index, 'event.visit-of');
  // "the 36th Ordinary Session of the Assembly of the African Union": the session's longer name wins.
  const [sessions, between] = [sessionsOf(text, hits), talksBetween(text, hits)];
  findProcesses(ctx, hits, add, between);
  // "Direct Negotiations between Russia and Ukraine": the parties belong to the name.
  for (const t of between) add('Event', t.surface, t.start, 'event.between');
  // "The 41st Session of the Supreme Council concludes …": a named event that overlaps a session at all yields to it.
  // event.dateline-hyphen-cut (rules-fl27b.ts): "Sunday 19 April 2009 - The Fifth Summit …" loses its dateline.
  for (const m of matchAllInLines(text, NAMED_EVENT, NAMED_EVENT_WORDS).map(withoutDatelineLead))
    if (
      !sessions.some((t) => t.start < m.index + m[0].length && t.start + t.surface.length > m.index) &&
      !listOfBodies(text, hits, m.index, m.index + m[0].length)
    )
      addNamedEvent(fullNamed(text, hits, m), m.index, add);
  findFl20aEvents(ctx, people, add); // event.audience-granted, event.inauguration (fl20a)
  findCourtesyCalls(ctx, people, add);
  findCalledOnTitle(ctx, people, add);
  findBetweenTwoTitles(ctx, people, add);
  findTravelForTalks(ctx, people, add);
  findSigningsIn(ctx, add);
  for (const m of matchAllInLines(text, COMPOUND_EVENT, /[-–]\p{Lu}/u)) add('Event', m[0], m.index, 'event.compound');
  for (const m of matchAllInLines(text, MEAL_IN_HONOUR, LINE_WORDS.mealInHonour))
    add('Event', (m[1] ?? m[2])!, m.index + m[0].indexOf((m[1] ?? m[2])!), 'event.session-meal');
  addSessionsAndSittings(text, add);
  for (const m of matchesIf(text, ORG_SUMMIT, ORG_SUMMIT_NEEDS)) add('Event', m[0], m.index, 'event.org-summit');
  if (text.includes('COP')) for (const m of text.matchAll(COP)) add('Event', m[0], m.index, 'event.cop');
  for (const m of matchAllInLines(text, PLACE_EVENT, LINE_WORDS.placeEvent))
    if (!findGazetteerHits(m[1]!).some((h) => h.demonym || h.type === 'Organization') && !NON_NAME_PLACE.test(m[1]!))
      add('Event', m[0].slice(m[0].indexOf(m[1]!)), m.index + m[0].indexOf(m[1]!), 'event.place-named');
  for (const m of matchAllInLines(text, MEETING_IN, LINE_WORDS.meetingIn))
    add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.meeting-in');
  for (const m of matchAllInLines(text, BODY_HELD_ITS, /[^\S\n]its[^\S\n]/)) addBodyHeldIts(ctx, m, add);
  findBodySittings(ctx, add);
  findEarlierMeetings(ctx, add);
  // "The second and third rounds of the Jeddah talks on Sudan": one event for each round.
  for (const m of matchAllInLines(text, ROUND_OF_NAMED, LINE_WORDS.roundOfNamed))
    if (!m[2]) add('Event', m[0], m.index, 'event.round-of-named');
    else for (const ord of [m[1]!, m[2]]) add('Event', `${ord} round of the ${m[3]!}`, m.index, 'event.round-of-named');
  for (const m of matchesIf(text, NEXT_MEETING, NEXT_MEETING_NEEDS))
    if (m[2] || m[3] || m[4]) add('Event', ...nextMeetingSpan(text, hits, m), 'event.next-meeting'); // fl21b
  for (const m of matchesIf(text, TO_BE_HELD, TO_BE_HELD_NEEDS)) addToBeHeld(ctx, m, add);
  addRounds(text, add);

  for (const m of matchAllInLines(text, MEETING_OF_NEGOTIATIONS, LINE_WORDS.meetingOfNegotiations)) {
    add('Event', m[0], m.index, 'event.meeting-of-negotiations');
    const process = negotiationsOf(m[0]);
    if (process) add('Event', process.surface, m.index + process.at, 'event.negotiations-of-meeting');
  }
  findTitleVisits(ctx, people, add);
  for (const m of matchesIf(text, POSSESSIVE_VISIT, POSSESSIVE_VISIT_NEEDS)) add('Event', m[0], m.index, 'event.visit');
  findVisitsTo(text, hits, add);
  for (const t of sessions) add('Event', t.surface, t.start, 'event.body-session');
  // event.frame-body-with-head (fl17a): "on the margins of the European Council meeting" is the meeting, not the body.
  for (const h of gatheringBodies(text, hits))
    if (!bodyWithGatheringHead(text, h.end)) add('Event', h.surface, h.start, 'event.frame-body');
  findVesselIncidents(ctx, add);
  findIncidents(ctx, add);
  findHappenings(ctx, add);
  findReferredEvents(ctx, add);
  findParticipleIncidents(ctx, add);
  findInc13AndEv21Events(ctx, add);
  findMetInClause(ctx, add);
  for (const a of spans.filter((x) => !first(x.rule))) add('Agreement', a.surface, a.start, a.rule);
}

/** The inc13 incidents, then ev21's (event.shooting-at, event.missile-contact-clause, event.state-launched, …). */
function findInc13AndEv21Events(ctx: Ctx, add: Add): void {
  findInc13Events(ctx, add);
  findEv21Events(ctx, add);
}

/** event.round ("the second round of talks in Geneva") and event.held-round. */
function addRounds(text: string, add: Add): void {
  for (const m of matchAllInLines(text, ROUND, LINE_WORDS.round))
    if (!/\b(?:This|It)\s+(?:was|is)\s+the\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index)))
      add('Event', m[0], m.index, 'event.round');
  // event.held-round (top10): "Germany and France held a round of consultations on Africa", "held another round of
  // talks": an unnumbered round that its sides held, named without its article.
  for (const m of matchAllInLines(text, HELD_A_ROUND, LINE_WORDS.heldARound))
    add('Event', m[1]!, m.index + m[0].indexOf(m[1]!), 'event.held-round');
}

/** event.body-held-its: the numbered gathering named after the body that held it. */
function addBodyHeldIts(ctx: Ctx, m: RegExpMatchArray, add: Add): void {
  const body = m[1]!.replace(/^The\s+/, '');
  if (!/\b(?:Council|Commission|Committee|Assembly|Board|Conference|Forum|Parliament|Group)\b/.test(body)) return;
  const at = m.index! + m[0].lastIndexOf(m[2]!);
  const f = add('Event', m[2]!, at, 'event.body-held-its');
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== 'event.body-held-its') return;
  f.name = `${m[2]!} of the ${body}`;
  ctx.rename(c.key, f.name);
}

/** event.to-be-held: the meeting named by its noun and place, without the verb between them. */
function addToBeHeld(ctx: Ctx, m: RegExpMatchArray, add: Add): void {
  const at = m.index! + m[0].indexOf(m[1]!);
  const f = add('Event', m[1]!, at, 'event.to-be-held');
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== 'event.to-be-held') return;
  f.name = `${m[1]!} ${m[2]!}`;
  ctx.rename(c.key, f.name);
}

/**
 * The name of a span: a named event never swallows a person ("President Yoon Suk Yeol Holds Korea-Japan Summit" →
 * "Korea-Japan Summit"); leading verbs and articles go; a quoted title is kept whole. Undefined when the span is
 * taken, crosses a person or is no name (one lowercase word).
 */
function nameSpan(
  st: FindState,
  surface0: string,
  start0: number,
  rule: string,
): { name: string; s: number; e: number } | undefined {
  const text = st.ctx.text;
  let surface = surface0;
  let start = start0;
  if (rule.endsWith('.named')) {
    const inside = st.mentions.inside(start, start + surface.length);
    const last = inside.sort((a, b) => b.end - a.end)[0];
    if (last) {
      const cut = /\p{Lu}/u.exec(text.slice(last.end, start + surface.length));
      if (!cut) return undefined;
      const ns = last.end + cut.index;
      surface = text.slice(ns, start + surface.length);
      start = ns;
    }
  }
  // A quoted title is kept whole ("Regarding Discussions toward Improving Japan-China Relations").
  const name = rule === 'agreement.titled' ? surface : clean(surface);
  // One lowercase word is no name, except a ceasefire the text tells as reached or carried out.
  // event.session-tete-a-tete (ev11): "began with a tête-à-tête": the one hyphenated session noun is a name.
  if (
    name.split(/\s+/).length < 2 &&
    !/\d|[A-Z]{3,}/.test(name) &&
    rule !== 'agreement.ceasefire-told' &&
    !(rule.startsWith('event.session') && /^t[êe]te-[àa]-t[êe]te$/i.test(name))
  )
    return undefined;
  // event.not-office: "Presidential Adviser on the Peace Process" is an office whose complement names a process.
  if (rule === 'event.named' && (OFFICE_COMPLEMENT.test(name) || bodyNotEvent(name))) return undefined;
  const s = start + surface.indexOf(name);
  const e = s + name.length;
  // event.not-in-title: "Senior Adviser for Security Negotiations", "Representative for … Negotiations": a name read
  // inside a person's title is that office's remit, no event.
  if (rule === 'event.named' && st.titles.contains(s, e)) return undefined;
  // event.not-title-complement: "Ambassador X, Representative for ROK-US Defense Cost Sharing Negotiations": the name
  // is the complement of a title written just before it, even where no person's title was read there.
  if (rule === 'event.named' && TITLE_COMPLEMENT_BEFORE.test(text.slice(Math.max(0, s - 60), s))) return undefined;
  // event.not-venue-name (rules-fl25a.ts): "the … International Conference Centre" is a venue.
  if (rule === 'event.named' && venueContinues(text, e)) return undefined;
  // event.not-title-or-body-head (rules-fl27b.ts): "National Summit Coordinator", "Joint Summit Working Group".
  if (rule === 'event.named' && titleOrBodyContinues(text, e)) return undefined;
  // "Joint Statement on the Sample Meeting" wraps the meeting named inside it.
  const wraps =
    rule === 'agreement.on-event' ||
    rule === 'event.meeting-of-negotiations' ||
    rule === 'event.round-of-named' ||
    rule === 'event.negotiations-of-meeting' ||
    rule === 'event.negotiations-on-agreement' || // fl17c: "negotiations on a Preferential Trade Agreement"
    rule === EVENT_PROCESS_NAMED.id || // ev26: "the first summit in the Normandy format" holds the format
    rule === EVENT_GATHERING_OF_PROCESS.id ||
    // fl31a: "the Intergovernmental Conference with Ukraine" holds the "Intergovernmental Conference" an earlier rule read.
    rule === EVENT_ACCESSION_CONFERENCE.id ||
    rule === EVENT_CEREMONY_OF_EVENT.id || // fl33a: "the closing ceremony of the third cycle of the talks"
    // agreement.amending-protocol (fl13b): "the Protocol to upgrade the Free Trade Agreement between A and B".
    rule === 'agreement.amending-protocol' ||
    rule === 'agreement.lowercase-built-on' || // agr20: "a protocol implementing the readmission agreement …
    rule === AGREEMENT_AMENDING_DESCRIBED.id || // fl27c: "the agreements amending the Compact of …"
    // agreement.plural-list (fl13c): "Memoranda of Understanding on A, on B and on C": each named with the head.
    rule === 'agreement.plural-list' ||
    // "an agreement on implementing the Panmunjom Declaration": an agreement named by what it does to another.
    (rule === 'agreement.reached-on' && IMPLEMENTING_SUBJECT.test(surface));
  const free = wraps || !st.taken.overlaps(s, e);
  const personSpan = st.mentions.overlapping(s, e).some((m) => !(s <= m.start && e >= m.end));
  return free && !personSpan ? { name, s, e } : undefined;
}

/** An office head with its complement inside a name ("Adviser on the …", "Special Envoy for the …"). */
const OFFICE_COMPLEMENT = new RegExp(`\\b${alt(TITLE_HEADS)}\\s+(?:on|for|of|to)\\b`);
/** A title head and its preposition right before a name: "Representative for ", "Special Envoy on the ". */
const TITLE_COMPLEMENT_BEFORE = new RegExp(`\\b${alt(TITLE_HEADS)}[^\\S\\n]+(?:on|for)[^\\S\\n]+(?:the[^\\S\\n]+)?$`);

/** "Joint Statement on U.S.-Sample Economic Meeting": a statement issued on a meeting, named after it. */
const STATEMENT_ON = /^(?:Joint\s+)?(?:Statement|Declaration|Communiqu[eé])\s+on\s+(?:the\s+)?/u;

/** Rules event.audience-granted and event.inauguration (rules-fl20a.ts): each event under the name the rule gives. */
function findFl20aEvents(ctx: Ctx, people: PeopleFacts, add: Add): void {
  const mentions = [...people.personKey.keys()];
  const guestEnd = (at: number) => mentions.find((p) => (p.from ?? p.start) === at)?.end;
  for (const t of fl20aEventSpans(ctx.text, guestEnd)) {
    const f = add('Event', t.surface, t.start, t.rule);
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== t.rule || c.name === t.name) continue;
    f.name = t.name;
    ctx.rename(c.key, t.name);
  }
}

/** A named event's whole name: heads of state, a second head (event.second-head, fl26a), an "on" tail, a body. */
function fullNamed(text: string, hits: GazetteerHit[], m: RegExpExecArray): string {
  const withHeads = withSecondHead(text, withHeadsOfState(text, m), m.index);
  return namedOfBody(text, hits, withOnTail(text, hits, withHeads, m.index), m.index);
}

/** event.named, or agreement.on-event with the event it names inside. */
/**
 * event.not-list-of-bodies (top10): "cooperation within ASEAN and the Pacific Islands Forum": a capitalised run whose
 * head word ends an organisation's name given after "and" or a comma is a list of bodies, no event.
 */
function listOfBodies(text: string, hits: GazetteerHit[], start: number, end: number): boolean {
  return hits.some(
    (h) =>
      h.type === 'Organization' &&
      h.end === end &&
      h.start > start &&
      /(?:\band(?:\s+the)?|,)\s*$/.test(text.slice(start, h.start)),
  );
}

/** event.named-on-state (fl20b): "the 21st International Meeting on Syria in the Astana format". */
function withOnState(text: string, hits: GazetteerHit[], surface: string, start: number): string {
  return surface + namedOnStateTail(text, hits, surface, start + surface.length);
}

/** event.named-on-state (fl20b), else event.conference-on-tail (ent23): the subject after the name's head. */
function withOnTail(text: string, hits: GazetteerHit[], surface: string, start: number): string {
  const onState = withOnState(text, hits, surface, start);
  if (onState !== surface) return onState;
  return withConferenceTail(text, surface, start, (w) => STATE_BY_NAME.has(w));
}

function addNamedEvent(named: string, start: number, add: Add): void {
  // event.acronym-out-of-name (rules-ent24.ts): "the Antalya Diplomacy Forum (ADF)".
  const surface = named.endsWith(')') ? withoutNameAcronym(named) : named;
  const on = STATEMENT_ON.exec(surface);
  if (!on) {
    add('Event', surface, start, 'event.named');
    return;
  }
  add('Event', surface.slice(on[0].length), start + on[0].length, 'event.named');
  add('Agreement', surface, start, 'agreement.on-event');
}

/** Kind, status, date, place of an event; kind, year, status of an agreement. */
function foundProps(
  st: FindState,
  type: 'Event' | 'Agreement',
  name: string,
  s: number,
  e: number,
  planned: boolean,
): Record<string, unknown> {
  const { ctx, events } = st;
  const text = ctx.text;
  const sent = ctx.sentences[ctx.sentenceAt(s)]!;
  const props: Record<string, unknown> = {};
  if (type === 'Event') {
    props.kind = kindOf(name);
    props.status = planned ? 'planned' : 'held';
    const d = eventDate(text, sent, s, e, ctx.doc.date);
    // A name met again later keeps the date of its first telling ("Looking ahead to the … Summit Meeting").
    if (d && !planned && !events.some((x) => x.name === name)) props.date = d;
    const place = placeOf(name, text.slice(e, Math.min(sent.end, e + 60)));
    if (place) props.place = place;
  } else {
    props.kind = AGREEMENT_KIND.find(([re]) => re.test(name))?.[1] ?? 'agreement';
    const y = /\b(19|20)\d\d\b/.exec(name)?.[0];
    if (y) props.year = +y;
    // "agreed to sign it in May": still to be concluded; (agr17) agreement.status-modality first.
    props.status =
      statusByModality(sent.text) ??
      (/\b(?:agreed|plans?|planned|intends?|expects?|expected|hopes?)\s+to\s+sign\b|\b(?:will|to)\s+be\s+signed\b|\b(?:will|(?:is|are|was|were)\s+to)\s+sign\b/i.test(
        sent.text,
      )
        ? 'proposed'
        : /\bnegotiat|draft|future|proposed/i.test(sent.text)
          ? 'under negotiation'
          : 'concluded');
  }
  return props;
}

/** agreement.implementing: "agreement on implementing (the implementation of) X" names another agreement inside it. */
const IMPLEMENTING_SUBJECT =
  /^(?:agreement|memorandum(?: of understanding)?|accord|arrangement) on (?:implementing|the implementation of)\s/;

/** Adds an event or agreement mention found by `rule`: a new name, or a later form of one already found. */
/** An earlier agreement of the same title, under its dated name (agreement.earlier-same-name). */
function addEarlier(
  st: FindState,
  name: string,
  span: { surface: string; start: number; end: number },
  sentence: number,
): Found {
  const props = foundProps(st, 'Agreement', name, span.start, span.end, false);
  const key = st.ctx.add('Agreement', name, span, 'agreement.earlier-same-name', props);
  markEarlierName(st.ctx, name);
  const f: Found = { key, type: 'Agreement', name, start: span.start, end: span.end, sentence, planned: false };
  if (!st.agreements.some((x) => x.name === name)) st.agreements.push(f);
  st.agreementMentions.push(f);
  return f;
}

function addFound(
  st: FindState,
  type: 'Event' | 'Agreement',
  surface0: string,
  start0: number,
  rule: string,
): Found | undefined {
  const { ctx, events, agreements } = st;
  const text = ctx.text;
  const span = nameSpan(st, surface0, start0, rule);
  if (!span) return undefined;
  const { name, s, e } = span;
  const sentence = ctx.sentenceAt(s);
  const sent = ctx.sentences[sentence]!;
  // agreement.not-state-name (fl19b): "for the Government of National Accord" names a state.
  if (type === 'Agreement' && endsWithStateName(ctx.within('State', s, e), e, name)) return undefined;
  // event.not-hypothetical (ev15): "Any summit between A and B would depend on …", "a visit to X was out of the question".
  if (type === 'Event' && hypotheticalAt(text, s, e, sent.start)) return undefined;
  // event.incident-unheld (ev21): "helped to prevent a terrorist attack", "an armed attack against one Ally".
  if (type === 'Event' && unheldIncidentAt(text, s, e, sent.start)) return undefined;
  st.taken.add({ start: s, end: e });
  const planned =
    type === 'Event' &&
    // event.held-by-past-verb (fl18b): "X chaired this Friday the Meeting of …, on the eve of the Summit, which … will".
    ((plannedAt(sent.text, e - sent.start) &&
      !heldByPastVerb(text.slice(sent.start, s)) &&
      // event.told-by-past-verb (fl18b): "He also met X, whose country will host …": told by its past verb.
      !toldByPastVerb(rule, text.slice(s, e))) ||
      FUTURE_BEFORE.test(text.slice(Math.max(0, s - 50), s)) ||
      // event.headline-to-attend (ev17): "Foreign Minister to attend the World Economic Forum".
      headlineToAttend(ctx, sentence, s) ||
      // event.not-cancelled (ev11): "The meeting between A and B planned for Monday was cancelled".
      cancelledAfter(text.slice(e, sent.end)) ||
      datedLater(text.slice(e, e + 80), ctx.doc.date)); // event.planned-dated-later (fl24a)
  const props = foundProps(st, type, name, s, e, planned);
  // A shortened mention of an event or agreement already named ("Foreign Ministers' Meeting") is that one; "a further
  // Foreign Ministers' Meeting" is another, still to come.
  const lname = name.toLowerCase();
  // agreement.earlier-same-name (flb10): "… builds on the Joint Statement that … agreed … on 5 March 2022".
  const earlier =
    type === 'Agreement' && agreements.some((x) => x.start < s && (x.name === name || x.name.startsWith(`${name} `)))
      ? earlierSameName(text, name, e, ctx.doc.date)
      : undefined;
  if (earlier) return addEarlier(st, earlier, { surface: name, start: s, end: e }, sentence);
  // The negotiations a numbered meeting is a sitting of are another event than the meeting whose name ends with them.
  const sitting = rule === 'event.negotiations-of-meeting';
  const prior =
    (type === 'Event' ? events : agreements).find(
      (x) =>
        !(sitting && x.start <= s && x.end >= e) &&
        x.name !== name &&
        (lowerName(st, x.name).endsWith(` ${lname}`) || lowerName(st, x.name) === lname),
    ) ??
    (rule === 'agreement.lowercase' ? describedBefore(agreements, name) : undefined) ??
    (rule === 'agreement.place-lowercase' ? shortenedOf(agreements, name) : undefined) ??
    (type === 'Agreement' ? bracketedNameOf(text, agreements, s, e) : undefined) ?? // agreement.bracketed-short-name (agr26)
    (rule === 'agreement.definite-description' || rule === 'agreement.to-extend'
      ? titleOfDescription(agreements, name) // agreement.description-of-title (agr26)
      : undefined);
  if (type === 'Event') {
    const next = anotherOrLater(st, { name, s, e, sentence, planned, rule, props }, prior);
    if (next) return next;
  }
  if (prior) {
    const k = ctx.add(type, prior.name, { surface: name, start: s, end: e }, `${rule}.shortened`);
    const f = { ...prior, key: k, start: s, end: e, sentence, planned: prior.planned };
    (type === 'Event' ? st.eventMentions : st.agreementMentions).push(f);
    return f;
  }
  const key = ctx.add(type, name, { surface: name, start: s, end: e }, rule, props);
  const f: Found = { key, type, name, start: s, end: e, sentence, planned };
  (type === 'Event' ? events : agreements).push(f);
  (type === 'Event' ? st.eventMentions : st.agreementMentions).push(f);
  if (type === 'Agreement') addAcronyms(st, f);
  return f;
}

/** Names lowercased once per extraction: each new name is compared with every earlier one (`addFound`). */
const lowered = new WeakMap<FindState, Map<string, string>>();
function lowerName(st: FindState, name: string): string {
  let names = lowered.get(st);
  if (!names) lowered.set(st, (names = new Map()));
  let lower = names.get(name);
  if (lower === undefined) names.set(name, (lower = name.toLowerCase()));
  return lower;
}

/** A common prefix of two words long enough to make them one stem ("association" / "associating"). */
const sameStem = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= 7 && i >= 0.7 * Math.min(a.length, b.length);
};

/**
 * agreement.lowercase.shortened: "the association agreement" after "an agreement associating X with Y" is that one
 * (a modifier of the same stem as a word of an agreement described before).
 */
function describedBefore(agreements: Found[], name: string): Found | undefined {
  const mods = name.toLowerCase().split(/\s+/).slice(0, -1);
  return agreements.findLast(
    (x) =>
      /^(?:agreement|memorandum|arrangement|accord|treaty|protocol)\s/.test(x.name) &&
      mods.some((m) =>
        x.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => sameStem(m, w)),
      ),
  );
}

/**
 * event.*.another: "a further Foreign Ministers' Meeting" after one named is another, still to come; event.*.later:
 * "… for the Annual Summit in December" after the 13th Annual Summit held in the past is the next one, known by its time.
 */
function anotherOrLater(
  st: FindState,
  m: {
    name: string;
    s: number;
    e: number;
    sentence: number;
    planned: boolean;
    rule: string;
    props: Record<string, unknown>;
  },
  prior: Found | undefined,
): Found | undefined {
  const { ctx, events, eventMentions } = st;
  const text = ctx.text;
  const { name, s, e, sentence, planned, rule, props } = m;
  const another = /\b(?:a|the)\s+(further|next|new)\s+$/i.exec(text.slice(Math.max(0, s - 14), s));
  if ((prior || events.some((x) => x.name === name)) && another) {
    const fname = `${another[1]!.toLowerCase()} ${name}`;
    const key = ctx.add(
      'Event',
      fname,
      { surface: fname, start: s - another[1]!.length - 1, end: e },
      `${rule}.another`,
      { ...props, status: 'planned' },
    );
    const f: Found = { key, type: 'Event', name: fname, start: s, end: e, sentence, planned: true };
    events.push(f);
    eventMentions.push(f);
    return f;
  }
  const when =
    prior && planned && !prior.planned
      ? /^[^\S\n]+in[^\S\n]+((?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[^\S\n]+\d{4})?)\b/.exec(
          text.slice(e, e + 30),
        )
      : null;
  if (!when) return prior && !planned ? earlierOne(st, m) : undefined;
  const fname = `${name} in ${when[1]}`;
  const key = ctx.add('Event', fname, { surface: fname, start: s, end: e + when[0].length }, `${rule}.later`, props);
  const f: Found = { key, type: 'Event', name: fname, start: s, end: e + when[0].length, sentence, planned: true };
  events.push(f);
  eventMentions.push(f);
  return f;
}

/** " in Singapore in October 2019": a place and a past month or year after a shortened name. */
const EARLIER_AT =
  /^[^\S\n]+in[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?)[^\S\n]+in[^\S\n]+((?:January|February|March|April|May|June|July|August|September|October|November|December)[^\S\n]+)?((?:19|20)\d\d)\b/u;

/**
 * event.*.earlier: "their Leaders' Retreat in Singapore in October 2019" after this year's Leaders' Retreat is an earlier
 * one of the series, known by its place and time, held.
 */
function earlierOne(
  st: FindState,
  m: { name: string; s: number; e: number; sentence: number; rule: string; props: Record<string, unknown> },
): Found | undefined {
  const { ctx, events, eventMentions } = st;
  const at = EARLIER_AT.exec(ctx.text.slice(m.e, m.e + 70));
  const docYear = ctx.doc.date ? +ctx.doc.date.slice(0, 4) : undefined;
  if (!at || !docYear || +at[3]! >= docYear) return undefined;
  const fname = `${m.name} in ${at[1]} in ${at[2] ?? ''}${at[3]}`;
  const end = m.e + at[0].length;
  // Its date is the month and year it is known by, not one read after the shortened name.
  const { date: _shortDate, ...props } = m.props;
  const date = resolveDate(`${at[2] ?? ''}${at[3]}`, ctx.doc.date);
  const key = ctx.add('Event', fname, { surface: fname, start: m.s, end }, `${m.rule}.earlier`, {
    ...props,
    ...(date ? { date } : {}),
    status: 'held',
  });
  const f: Found = { key, type: 'Event', name: fname, start: m.s, end, sentence: m.sentence, planned: false };
  events.push(f);
  eventMentions.push(f);
  return f;
}

/** agreement.acronym: "(CETA)" right after an agreement's name, and its other occurrences, are mentions of it. */
function addAcronyms(st: FindState, f: Found): void {
  const { ctx } = st;
  const acro = acronymAfter(ctx.text, f.end);
  for (const a of acro?.starts ?? []) {
    if (st.taken.overlaps(a, a + acro!.acronym.length)) continue;
    st.taken.add({ start: a, end: a + acro!.acronym.length });
    const k = ctx.add(
      'Agreement',
      f.name,
      { surface: acro!.acronym, start: a, end: a + acro!.acronym.length },
      'agreement.acronym',
    );
    st.agreementMentions.push({ ...f, key: k, start: a, end: a + acro!.acronym.length, sentence: ctx.sentenceAt(a) });
  }
}

/** "the NATO Summit in Washington": the event is also known with its place, as a further form of its name. */
function placedForms(ctx: Ctx, mentions: Found[]): void {
  for (const e of mentions) {
    const m =
      /^[^\S\n]+in[^\S\n]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}\p{L}+(?:[^\S\n]+\p{Lu}\p{L}+)?)(?![\p{L}'’-])/u.exec(
        ctx.text.slice(e.end, e.end + 40),
      );
    if (!m || / in \p{Lu}/u.test(e.name) || !/\b(?:summit|meeting|conference|session|forum|dialogue)$/i.test(e.name))
      continue;
    const surface = `${e.name} in ${m[1]}`;
    ctx.add('Event', e.name, { surface, start: e.start, end: e.end + m[0].length }, 'event.placed-form');
  }
}

/** EV19_PATTERNS.session's literals (perf25a): a text without them is not scanned. */
const EV19_SESSION_GATE = literalGate(EV19_PATTERNS.session);

/**
 * The sessions of SESSION and the formats and ordinal sittings of fl13c; then the top15 events: sittings of joint
 * bodies, the issuer's consultations with another state, and talks named by their owner and partner, both of which
 * must be states or bodies the gazetteer knows ("Sri Lanka's negotiations with the IMF"; event.possessive-with).
 */
function addSessionsAndSittings(
  text: string,
  add: (type: 'Event', surface: string, start: number, rule: string) => unknown,
): void {
  for (const f of sessionsAndFormats(text, SESSION)) add('Event', f.surface, f.start, f.rule);
  // event.session-sequence (fl16b): "began with a tête-à-tête, followed by a delegation-level meeting".
  for (const f of sequenceSessions(text)) add('Event', f.surface, f.start, f.rule);
  for (const f of sessionsFollowedBy(text)) add('Event', f.surface, f.start, f.rule); // fl17a
  for (const f of sessionsFollowedList(text)) add('Event', f.surface, f.start, EVENT_SESSION_FOLLOWED_LIST.id); // fl18a
  for (const f of sessionsDevoted(text)) add('Event', f.surface, f.start, f.rule); // event.session-devoted (fl18b)
  // event.session-more (ev18): "a joint media availability", "the outreach session", "the second working session".
  for (const m of matchAllInLines(text, EV18_PATTERNS.session, LINE_WORDS.ev18Session))
    add('Event', m[0], m.index, 'event.session');
  if (EV19_SESSION_GATE(text))
    for (const m of text.matchAll(EV19_PATTERNS.session)) add('Event', m[0], m.index, 'event.session'); // ev19
  for (const f of sessionsToldAt(text)) add('Event', f.surface, f.start, EVENT_SESSION_TOLD_AT.id); // fl19a
  for (const f of sessionSubjects(text)) add('Event', f.surface, f.start, EVENT_SESSION_SUBJECT.id); // fl20a
  // event.ceremony-told (fl16b): "signed … in a virtual ceremony presided over by …".
  for (const f of ceremoniesTold(text)) add('Event', f.surface, f.start, f.rule);
  // event.meeting-of-with (fl16b): "the meeting of President A with President B".
  for (const f of meetingsOfWith(text)) add('Event', f.surface, f.start, f.rule);
  // event.quoted-name (fl17b): "the high-level event "Immersed in Change"".
  for (const f of quotedEvents(text)) add('Event', f.surface, f.start, f.rule);
  // event.pair-held-bilateral (fl17b): "Before the summit, A and B held a bilateral meeting".
  for (const f of pairHeldBilateral(text)) add('Event', f.surface, f.start, f.rule);
  // event.session-met-restricted (fl16a): "first met one-on-one and then held delegation-level talks".
  for (const f of metRestrictedSessions(text)) add('Event', f.surface, f.start, f.rule);
  for (const f of [...jointBodyMeetings(text), ...consultationsWith(text)]) add('Event', f.surface, f.start, f.rule);
  for (const f of pairBodySittingEvents(text)) add('Event', f.surface, f.start, f.rule); // top18
  // event.conference-named-for (fl17c): "the Conference for the Unification of …", unless the gazetteer knows the body.
  const orgs = findGazetteerHits(text).filter((h) => h.type === 'Organization');
  for (const f of conferencesNamedFor(text, orgs)) add('Event', f.surface, f.start, f.rule);
  const whole = (x: string) =>
    findGazetteerHits(x).some((h) => !h.demonym && h.end - h.start >= x.replace(/^the\s+/, '').length - 1);
  for (const f of possessiveWith(text))
    if (whole(f.owner) && whole(f.partner)) add('Event', f.surface, f.start, 'event.possessive-with');
}
