// The two summit heads of round evk32b (issue 6): event.summit-of-heads-of-body and event.next-summit-of-body, asked by
// rules-fl18a.ts's summitsOfBodies after event.summit-of-body's own head. Kept apart from rules-evk32b.ts, and
// importing nothing, so that rules-fl18a.ts (which gazetteer.ts imports) forms no import cycle.

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.summit-of-heads-of-body: a summit named by its capitalised head, the complement "of (the) Heads of State
 * (and Government)" and the organisation whose leaders meet ("the next Summit of Heads of State and Government of the
 * Economic Community of West African States (ECOWAS), due to be held in Abuja", "on the sidelines of the Summit of
 * Heads of State of the Alliance of Sahel States"): an event named so, held or planned as its sentence tells, that
 * involves the organisation (involves.body-meeting). A summit with an ordinal ("the LXV Summit of Heads of State of …")
 * is event.summit-of-heads's; "Conference" and "Assembly of Heads of State" are left out (often the organ, an
 * Organization: "the Chairman of the Conference of Heads of Government of CARICOM"). Group 1 is the head.
 */
export const EVENT_SUMMIT_OF_HEADS_OF_BODY = {
  id: 'event.summit-of-heads-of-body',
  head: new RegExp(
    String.raw`\b((?:(?:Extraordinary|Special|Ordinary)${SP})?Summit)${SP}of${SP}(?:the${SP})?Heads${SP}of${SP}(?:State|Government)(?:${SP}and${SP}(?:of${SP})?(?:State|Government))?${SP}of${SP}(?:the${SP})?$`,
    'u',
  ),
  /** How far before the organisation's name the head may start. */
  reach: 110,
};

/**
 * Rule event.next-summit-of-body: a summit or conference of an organisation told in lowercase after "next", "coming",
 * "upcoming" or "forthcoming" ("the preparation of the coming summit of the Economic Community of West African
 * States", "ahead of the next summit of the Intergovernmental Authority on Development"): a planned gathering named
 * "summit of <the organisation>", involving it. A lowercase summit with no such word ("a summit of the African Union",
 * "summits of this kind") is not read: it is often generic. Group 1 is the head.
 */
export const EVENT_NEXT_SUMMIT_OF_BODY = {
  id: 'event.next-summit-of-body',
  head: new RegExp(
    String.raw`\b(?:next|coming|upcoming|forthcoming)${SP}((?:(?:ordinary|extraordinary|annual|special)${SP})?(?:summit|conference))${SP}of${SP}(?:the${SP})?$`,
    'u',
  ),
  reach: 70,
};

/** The heads of these two rules, each with its id, tried after event.summit-of-body's own. */
export const SUMMIT_OF_BODY_MORE_HEADS = [EVENT_SUMMIT_OF_HEADS_OF_BODY, EVENT_NEXT_SUMMIT_OF_BODY];
