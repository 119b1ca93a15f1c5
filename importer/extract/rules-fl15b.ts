// Rules of round fl15b (issue 6), written after the first look at three new samples (the IGAD Secretariat, the Office
// of the President of Rwanda, the Ministry of Foreign Affairs of Poland).

import { PLACE_NAME_HEADS } from './lexicons.ts';
import { lastOfText } from './text-memo.ts';

/**
 * Rule event.session-of-members-body: "the 33rd Extraordinary Session of the IGAD Assembly of Heads of State and
 * Government", "the ordinary session of the Council of Ministers of the X": a body named after its members ("of Heads of
 * State and Government", "of Ministers", "of Foreign Ministers") is a standing body like a Commission or a Council, so
 * the whole name is the session's, not only its first word ("Session of the IGAD"). Used by `sessionsOf`
 * (event-between.ts) on the capitalised words after "session of the".
 */
export const SESSION_OF_MEMBERS_BODY = {
  id: 'event.session-of-members-body',
  pattern:
    /\b(?:Assembly|Council|Conference|Summit|Meeting|Committee)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:Heads[^\S\n]+of[^\S\n]+State(?:[^\S\n]+and[^\S\n]+(?:of[^\S\n]+)?Government)?|Heads[^\S\n]+of[^\S\n]+Government|(?:Foreign[^\S\n]+|Defence[^\S\n]+|Defense[^\S\n]+)?Ministers(?:[^\S\n]+of[^\S\n]+Foreign[^\S\n]+Affairs)?)$/u,
};

/** Rule event.session-of-members-body: whether capitalised words end in a body named after its members. */
export function isMembersBody(words: string): boolean {
  return SESSION_OF_MEMBERS_BODY.pattern.test(words);
}

interface Spanned {
  start: number;
  end: number;
  from?: number;
  to?: number;
}

/**
 * Rule person.side-line-end: a list of the people of each side, "Heads of delegation at the Session:\n- Kenya: Uhuru
 * Kenyatta\n- Uganda: Yoweri Kaguta Museveni": a full name that ends a line headed by a state and a colon is a person of
 * that state even with no title, comma or verb after it (person.side-line-name needs one), when the list stands under
 * a line that announces people ("Heads of delegation", "delegations", "participants", "attended by", "represented").
 */
export const SIDE_LINE_END = {
  id: 'person.side-line-end',
  /** A list line: a bullet or none, a side, a colon, then something. */
  line: /^[^\S\n]*(?:[-*•–][^\S\n]*)?[^:\n]{2,60}:[^\S\n]*\S/,
  /** The heading of a list of people. */
  header:
    /\b(?:heads?[^\S\n]+of[^\S\n]+(?:delegations?|state|government)|delegations?|participants|attended[^\S\n]+by|represented[^\S\n]+by|signatories)\b[^\n]*:[^\S\n]*$/i,
};

/** The heading line of the list of people whose line holds `p`, or undefined when the line is in no such list. */
export function peopleListHeader(text: string, p: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', p - 1) + 1;
  const lines = text.slice(Math.max(0, lineStart - 800), lineStart).split('\n');
  lines.pop(); // what precedes the line's own start
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    const l = lines[i]!;
    if (SIDE_LINE_END.line.test(l) && !SIDE_LINE_END.header.test(l)) continue;
    return SIDE_LINE_END.header.test(l) ? l : undefined;
  }
  return undefined;
}

/** Rule person.side-line-end: whether the name read at `p` (ending at `end`) ends a side line of a list of people. */
export function endsPeopleLine(text: string, p: number, end: number): boolean {
  return /^[^\S\n]*(?:\n|$)/.test(text.slice(end, end + 4)) && peopleListHeader(text, p) !== undefined;
}

/**
 * Rules negotiates-for.not-gathering-list and participated.side-line-list: a list of people "at the Session" (summit,
 * meeting, conference) is of the heads of delegation who attended it: they take part in the readout's gathering and
 * do not negotiate for their side (the GUIDE gives no NEGOTIATES_FOR to leaders who merely lead a delegation); a list
 * about negotiations or talks keeps its sides (negotiates-for.side-list).
 */
export const GATHERING_LIST = {
  id: 'participated.side-line-list',
  gathering:
    /\b(?:at|to|in)[^\S\n]+the[^\S\n]+(?:[\p{L}\d-]+[^\S\n]+){0,4}?(?:session|summit|meeting|conference|assembly|forum|ceremony)\b/iu,
  negotiation: /\bnegotiat|\btalks\b|\bround\b|\bconsultations\b/i,
};

/** Whether the list of people holding `p` is told as attending a gathering, not as negotiating. */
export function gatheringList(text: string, p: number): boolean {
  const h = peopleListHeader(text, p);
  return !!h && GATHERING_LIST.gathering.test(h) && !GATHERING_LIST.negotiation.test(h);
}

/**
 * Rule office.head-of-diplomacy: "the head of Polish diplomacy, Minister X", "Minister Y, head of Italian diplomacy":
 * the bare title "Minister" of a person called the head of a state's diplomacy is that state's Minister of Foreign
 * Affairs (not "Minister of <issuer's state>"). Applied to the person mentions of a sentence (people.ts).
 */
export const HEAD_OF_DIPLOMACY = {
  id: 'office.head-of-diplomacy',
  before: /\bhead[^\S\n]+of[^\S\n]+(\p{Lu}[\p{L}-]+)[^\S\n]+diplomacy,?[^\S\n]+$/u,
  after: /^,[^\S\n]+(?:the[^\S\n]+)?head[^\S\n]+of[^\S\n]+(\p{Lu}[\p{L}-]+)[^\S\n]+diplomacy\b/u,
  title: 'Minister of Foreign Affairs',
};

interface TitledMention extends Spanned {
  titles: { title: string; owner?: { type: 'State' | 'Organization'; name: string }; rule: string }[];
}

/** Rule office.head-of-diplomacy: completes the bare "Minister" of the mentions so described. */
export function headOfDiplomacy(
  text: string,
  people: readonly TitledMention[],
  hits: readonly { start: number; end: number; type: string; name: string; demonym?: boolean }[],
): void {
  for (const p of people) {
    const t = p.titles[0];
    if (!t || t.title !== 'Minister') continue;
    const from = p.from ?? p.start;
    const to = p.to ?? p.end;
    const m =
      HEAD_OF_DIPLOMACY.before.exec(text.slice(Math.max(0, from - 60), from)) ??
      HEAD_OF_DIPLOMACY.after.exec(text.slice(to, to + 60));
    if (!m) continue;
    const state = hits.find((h) => h.type === 'State' && h.demonym && text.slice(h.start, h.end) === m[1]);
    if (!state) continue;
    t.title = HEAD_OF_DIPLOMACY.title;
    t.owner ??= { type: 'State', name: state.name };
    t.rule = HEAD_OF_DIPLOMACY.id;
  }
}

/** Rule person.not-a-place: whether a name read as a full name ends in a place or building word (PLACE_NAME_HEADS). */
export function placeName(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return PLACE_HEADS.has(last);
}
const PLACE_HEADS = new Set(PLACE_NAME_HEADS);

/**
 * Rule person.same-title-surname: a one-word mention with a title ("President Kagame") that two full names share as
 * surname goes to the one whose mentions bear that title ("President Paul Kagame", not "First Lady Jeannette
 * Kagame"); when none or all do, the pool is left as it is (the nearest full mention then wins).
 */
export function sameTitled<C extends { mentions: readonly { titles: readonly { title: string }[] }[] }>(
  m: { titles: readonly { title: string }[] },
  pool: C[],
): C[] {
  const title = m.titles[0]?.title;
  if (!title || pool.length < 2) return pool;
  const same = pool.filter((c) => c.mentions.some((x) => x.titles.some((t) => t.title === title)));
  return same.length ? same : pool;
}

/**
 * Rules participated.represented-by and participated.held-at-invitation: "Germany was represented by Federal Foreign
 * Minister X", "The meeting was held at the invitation of the Minister …, Y": told right after the readout's own
 * meeting (within three sentences, naming no other event), the people after the phrase took part in it.
 */
export const TOOK_PART_AFTER = {
  representedBy: {
    id: 'participated.represented-by',
    pattern:
      /\b(?:was|were)[^\S\n]+(?:also[^\S\n]+)?represented[^\S\n]+(?:there[^\S\n]+|at[^\S\n]+the[^\S\n]+(?:meeting|talks|summit|conference|session)[^\S\n]+)?by[^\S\n]+/,
  },
  heldAtInvitation: {
    id: 'participated.held-at-invitation',
    pattern:
      /^(?:The|This)[^\S\n]+(?:meeting|talks|summit|conference|session|dialogue|consultations)[^\S\n]+(?:was|were)[^\S\n]+(?:held|convened|organi[sz]ed|hosted)[^\S\n]+at[^\S\n]+the[^\S\n]+invitation[^\S\n]+of[^\S\n]+/,
  },
  /** How many sentences after the meeting's own the phrase may stand. */
  within: 3,
};

/**
 * Rule participated.the-n-group: "The talks of the three ministers were held over a working lunch and ended with a
 * joint press conference": "the three (four, five) ministers / leaders" are the people of the readout's own meeting
 * when it has that many, and they take part in the sessions the sentence names ("the two …" is the older
 * participated.the-two-leaders).
 */
export const THE_N_GROUP = {
  id: 'participated.the-n-group',
  pattern:
    /\b(?:the|all)[^\S\n]+(three|four|five|six)[^\S\n]+(?:leaders|ministers|foreign[^\S\n]+ministers|presidents|prime[^\S\n]+ministers|heads[^\S\n]+of[^\S\n]+(?:state|government|delegation))\b/i,
  numbers: { three: 3, four: 4, five: 5, six: 6 } as Record<string, number>,
};

/**
 * Rule event.session-between-delegations: sessions told without "format" ("a one-on-one meeting, followed by bilateral
 * talks between the two delegations", "a closed-door deliberation of the Heads of State, followed by an open session
 * at which …"): the talks of the delegations and a closed-door or open session of a gathering are sessions of the
 * readout's meeting, as "delegation-level talks" and "closing session" are (SESSION, events.ts). Its rule id starts with
 * "event.session", so the session relations apply.
 */
export const SESSION_BETWEEN_DELEGATIONS = {
  id: 'event.session-between-delegations',
  pattern:
    /\b(?:(?:bilateral|official|formal)[^\S\n]+)?(?:talks|meeting|consultations)[^\S\n]+between[^\S\n]+the[^\S\n]+(?:two[^\S\n]+|full[^\S\n]+)?delegations\b(?![^\S\n]+of\b)|\bclosed-door[^\S\n]+(?:deliberations?|session|sitting)\b|(?<=\bfollowed[^\S\n]+by[^\S\n]+an?[^\S\n]+)(?:open|closed|plenary)[^\S\n]+session\b/giu,
};

/**
 * Rule office.who-is-current: "President X, who is the current Chairperson of the African Union": a title in a
 * relative clause with "current" (outgoing, rotating, sitting) is the person's (office.as-title, people.ts, takes these
 * adjectives); a chair an organisation rotates among its members' leaders does not make its holder that
 * organisation's official, so it gives the person no state of its own when another title stands beside it.
 */
export const WHO_IS_CURRENT_RULE = 'office.who-is-current';
export const WHO_IS_CURRENT = /\b(?:current|outgoing|rotating|sitting)[^\S\n]+$/;

/**
 * Rules agreement.signed-list-item and reached-at.signed-list: "Following the talks, the two leaders witnessed the
 * signing of the following agreements:" and a list of one agreement a line. A line that names no agreement the other
 * rules find, short and capitalised ("- Cultural Exchange Programme for the years 2018-2022"), is one by its words; each
 * agreement of the list was reached at the readout's held visit, or at its own meeting when it tells no visit (the
 * dev gold's way with "The following agreements were signed during the visit:").
 */
export const SIGNED_LIST = {
  id: 'reached-at.signed-list',
  itemId: 'agreement.signed-list-item',
  /** The line that opens the list. */
  header:
    /\b(?:signing|signature|exchange|conclusion)[^\S\n]+of[^\S\n]+the[^\S\n]+following[^\S\n]+(?:agreements|documents|instruments|memoranda|MoUs)\b[^\n]*:[^\S\n]*$|\bfollowing[^\S\n]+(?:agreements|documents|instruments|memoranda|MoUs)(?:[^\S\n]+and[^\S\n]+\w+)?[^\S\n]+(?:were|have[^\S\n]+been)[^\S\n]+(?:signed|exchanged|concluded)\b[^\n]*:[^\S\n]*$/im,
  /** A list line: a bullet, a number or a roman numeral, then the item. */
  item: /^[^\S\n]*(?:[-*•–]|\d{1,2}[.)]|\((?:[ivx]{1,5}|\d{1,2}|[a-z])\))[^\S\n]+(\p{Lu}[^\n]*)$/gmu,
  /** An item read as an agreement by its words: at most this many words, no sentence inside. */
  maxWords: 9,
};

/**
 * The list lines (start, end of the item's words) under a signing list header, for each such header: read once per
 * text (the event stage and reached-at.signed-list ask for the same text's; perf23a). The caller must not change it.
 */
export function signedListItems(text: string): readonly SignedListItem[] {
  return signedListsOf(text);
}

type SignedListItem = { start: number; end: number; words: string };

const signedListsOf = lastOfText(scanSignedLists);

function scanSignedLists(text: string): SignedListItem[] {
  const out: { start: number; end: number; words: string }[] = [];
  const h = SIGNED_LIST.header.exec(text);
  if (!h) return out;
  let at = h.index + h[0].length;
  for (;;) {
    // The list runs on over blank lines, up to the first line that is not an item.
    const rest = /^(?:[^\S\n]*\n)+/.exec(text.slice(at));
    if (!rest) break;
    const lineStart = at + rest[0].length;
    const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
    SIGNED_LIST.item.lastIndex = 0;
    const m = SIGNED_LIST.item.exec(text.slice(lineStart, lineEnd));
    if (!m) break;
    const start = lineStart + m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: lineEnd, words: m[1]!.trim() });
    at = lineEnd;
  }
  return out;
}

/** Rule agreement.signed-list-item: whether an item's words can stand as an agreement's name. */
export function itemAsAgreement(words: string): boolean {
  return (
    words.split(/\s+/).length <= SIGNED_LIST.maxWords &&
    !/[.;:]\s|[.;:]$/.test(words) &&
    !/^(?:Two|Three|Four|Five|Several)\b/.test(words)
  );
}

/**
 * Rule reached-at.event-witnessed-signing: "The Session witnessed the signing of the X Agreement", "The Summit also
 * witnessed the signing of …": the readout's own meeting, told by a noun of its name as the sentence's subject, is
 * where the agreements named after the phrase were reached.
 */
export const EVENT_WITNESSED_SIGNING = {
  id: 'reached-at.event-witnessed-signing',
  pattern:
    /^(?:The|This)[^\S\n]+(Session|Summit|Meeting|Conference|Forum|Council|Assembly|Ceremony)[^\S\n]+(?:also[^\S\n]+)?(?:witnessed|saw)[^\S\n]+the[^\S\n]+(?:signing|signature|adoption)[^\S\n]+of[^\S\n]+/,
};

/**
 * Rule participated.delegation-session: "The two leaders first held a one-on-one meeting, followed by bilateral talks
 * between the two delegations. The Rwandan delegation included Minister A and Minister B.": the members a delegation
 * "included" take part in the delegations' session told in that sentence or the one before (talks between the
 * delegations, delegation-level talks, talks in an expanded or extended format), not in the leaders' tête-à-tête.
 */
export const DELEGATION_SESSION = {
  id: 'participated.delegation-session',
  members:
    /\bdelegations?[^\S\n]+(?:also[^\S\n]+)?(?:included|comprised|was[^\S\n]+composed[^\S\n]+of|consisted[^\S\n]+of|was[^\S\n]+joined[^\S\n]+by)[^\S\n]+/i,
  session: /\bdelegations?\b|\bdelegation-level\b|\b(?:expanded|extended|enlarged)\b/i,
};
