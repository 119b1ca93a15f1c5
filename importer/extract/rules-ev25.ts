// Rules of the ev25 round (issue 6, bank events-17): the readout's own meeting told with no noun of a meeting. "Prime
// Minister A and President B reviewed … at Hyderabad House today, on the second day of the President's state visit"
// (the two principals as a joint subject of a verb of talking: the meeting of the two, not the visit it is held in),
// "A and B spoke by video link on Tuesday" (a video call). Each adds one entry to the verbs that tell a meeting
// (main-event.ts MEETING_VERBS), so the opening's pair names the meeting as for "met" or "spoke by phone".

const SP = String.raw`[^\S\n]+`;
/** A named person with the title before the name: capitalised words, "Dr", "Sir", "of" inside a title. */
const TITLED = String.raw`(?:\p{Lu}[\p{L}'’.-]*${SP}(?:(?:of|for|the)${SP})?){0,7}\p{Lu}[\p{L}'’-]+`;
/**
 * (ev25fix) A document as the verb's object ("discussed a fisheries memorandum"): the talk is of the document, left to
 * the older agreement rules (a meeting here would make the readout's sides its parties, rules-new6 party-to).
 */
const NOT_DOCUMENT = String.raw`(?!${SP}(?:a|an|the)${SP}(?:[\p{L}-]+${SP}){0,2}(?:memorandum|agreement|treaty|accord|declaration|convention|protocol)\b)`;
/**
 * (ev25fix) A reviewing verb ("reviewed", "covered") tells the meeting only when its sentence places the two
 * together ("at the Palacio", "in Lima", "during the visit"); without it (and without a headline) it is no meeting
 * (rules-ev20 event.main-generic-told).
 */
const PLACED = String.raw`[^.;\n]*\b(?:(?:at|in)${SP}(?:the${SP})?\p{Lu}|visit\b)`;
/** A time adverb between the subject and its verb: "on Monday", "today", "this morning". */
const WHEN = String.raw`(?:(?:on${SP}(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|this${SP}(?:morning|afternoon|evening))${SP})?`;

/** The patterns of the ev25 rules, as named data. */
export const EV25_PATTERNS = {
  /**
   * event.main-pair-verb: "A and B reviewed / discussed / exchanged views on / covered / agreed to …": two named
   * persons joined by "and" as the subject of a verb of talking tell the meeting of the two (the verb's sentence has no
   * noun of a meeting, or only a visit that frames it). Not a plural subject of more than two ("A, B and C"), not a
   * verb after "who" or "which", not when the sentence names their meeting ("… during their annual consultation in
   * Bogor": that noun is the meeting, events-2).
   */
  pairTalkVerb: new RegExp(
    String.raw`(?<![,\p{L}]${SP}|,)\b${TITLED}${SP}and${SP}${TITLED}${SP}${WHEN}(?:(?:exchanged${SP}views|agreed${SP}(?:to|on))\b|discussed\b${NOT_DOCUMENT}|(?:reviewed|covered|deliberated)\b(?=${PLACED}))(?![^.;\n]*\b(?:their|the)${SP}(?:[\p{L}-]+${SP}){0,2}(?:consultations?|meeting|talks|summit|dialogue|session|conversation|call)\b)`,
    'u',
  ),
  /** event.main-video-call: "A and B spoke by video link", "A spoke with B via videoconference": a video call. */
  videoVerb: new RegExp(
    String.raw`\b(?:spoke|speaks|talked|met|meets|held${SP}talks|conferred)${SP}(?:(?:with|to)${SP}(?:${TITLED}${SP})?)?(?:by|via|over)${SP}(?:a${SP})?video(?:${SP}?link|conference|${SP}conference|${SP}call)?\b`,
    'u',
  ),
};

/** The entries ev25 adds to the verbs that tell a meeting without naming it, with the noun each stands for. */
export const EV25_MEETING_VERBS: [RegExp, string][] = [
  [EV25_PATTERNS.videoVerb, 'video call'],
  [EV25_PATTERNS.pairTalkVerb, 'meeting'],
];

/** An Event adder of the text-level finders: type, name, start, rule id. */
type AddNamed = (type: 'Event', name: string, start: number, rule: string) => unknown;

/**
 * event.visit-arrived-for: "President X arrived in Athens on 7 December 2023 for a one-day working visit", "landed in
 * Lima on Monday on a two-day state visit": the visit told by the arrival, named by its kind and the place arrived in
 * ("working visit to Athens"); its length ("one-day", "two-day") is no part of the name. Only with a date or time
 * between the place and the visit: "arrived in Lisbon on a state visit" is the older rules' (ev9: "X's state visit").
 */
export const VISIT_ARRIVED_FOR = new RegExp(
  String.raw`\b(?:arrived|arrives|landed|lands)${SP}in${SP}(\p{Lu}[\p{L}'’-]+(?:${SP}\p{Lu}[\p{L}'’-]+){0,2})(?:${SP}on${SP}[^,.;:\n]{1,30}?|${SP}(?:today|yesterday|this${SP}(?:morning|afternoon|evening)))${SP}(?:for|on)${SP}(?:a|an|his|her|their)${SP}((?:[\p{L}\d-]+${SP}){0,3}?)visit\b`,
  'gu',
);
/** A visit's length before its kind: "one-day", "two-day", "3-day", "week-long". */
const LENGTH = /^(?:(?:\d+|one|two|three|four|five|six|seven)-day|week-long|brief|short|first|historic)$/i;

/** Rule event.visit-arrived-for over the text (gated on "arrive"/"land"). */
export function findArrivedForVisits(text: string, add: AddNamed): void {
  if (!text.includes('arrive') && !text.includes('land')) return;
  for (const m of text.matchAll(VISIT_ARRIVED_FOR)) {
    const kind = m[2]!
      .trim()
      .split(/\s+/)
      .filter((w) => w && !LENGTH.test(w));
    const name = [...kind, 'visit', 'to', m[1]!].join(' ');
    add('Event', name, m.index! + m[0].lastIndexOf('visit') - m[2]!.length, 'event.visit-arrived-for');
  }
}

/**
 * event.referred-pair-meeting: "Two months after the meeting of Prime Minister A and President B in Kazan in
 * October", "following up on the meeting of A and B in Lima": a past meeting referred to by its two principals and its
 * place is an Event of its own ("A-B meeting in Kazan"); its span holds the two, so they take part in it (and not, by
 * the sentence alone, in the readout's own meeting).
 */
export const REFERRED_PAIR = new RegExp(
  String.raw`\b(?:the|their)${SP}(meeting|summit|talks)${SP}(?:of|between)${SP}(?=\p{Lu})`,
  'gu',
);
/** What follows the second principal: "in Place" (a place is required: the form is a meeting referred to by place). */
const REFERRED_PLACE = new RegExp(String.raw`^${SP}in${SP}(\p{Lu}[\p{L}'’-]+(?:${SP}\p{Lu}[\p{L}'’-]+)?)\b`, 'u');

/** A person mention as the finder sees it: its span with titles, and its cluster's family name. */
export interface ReferredPerson {
  from: number;
  to: number;
  family: string;
}

/**
 * The referred meetings of sentence text `text` (starting at `start`): each with its surface span, name and the two
 * people's indexes in `ms` (the sentence's person mentions in order).
 */
export function referredPairMeetings(
  text: string,
  start: number,
  ms: ReferredPerson[],
): { at: number; end: number; name: string; pair: [number, number] }[] {
  const out: { at: number; end: number; name: string; pair: [number, number] }[] = [];
  if (!text.includes(' of ') && !text.includes('between')) return out;
  for (const m of text.matchAll(REFERRED_PAIR)) {
    const after = start + m.index! + m[0].length;
    const i = ms.findIndex((p) => p.from === after);
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b || !/^[^\S\n]+and[^\S\n]+$/.test(text.slice(a.to - start, b.from - start))) continue;
    const place = REFERRED_PLACE.exec(text.slice(b.to - start));
    if (!place || a.family === b.family) continue;
    const at = start + m.index! + m[0].indexOf(m[1]!);
    out.push({
      at,
      end: b.to + place[0].length,
      name: `${a.family}-${b.family} ${m[1]!.toLowerCase()} in ${place[1]}`,
      pair: [i, i + 1],
    });
  }
  return out;
}

/** The id of event.referred-pair-meeting: its Event has its own two alone (rules-participation.ts OWN_TWO_RULES). */
export const EVENT_REFERRED_PAIR_ID = 'event.referred-pair-meeting';
