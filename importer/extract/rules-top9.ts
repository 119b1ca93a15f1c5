// Rules of the top9 round (issue 6): parties of incidents and of talks told by the capitals of their states.
import type { RelKit } from './rel-kit.ts';
import { INCIDENT_NAME } from './rel-kit.ts';
import { isoOf } from './people-stage.ts';
import { CAPITAL_STATE, PLACE_STATE, VENUE_STATE } from './states.ts';
import { alt } from './text.ts';
import type { Found } from './types.ts';
import { partiesInName, unattendedByParties } from './rules-top10.ts';

/** Any capital's or major city's name as a whole word (place.city-state, gaz13). */
const CAPITAL = new RegExp(`(?<![\\p{L}])${alt(PLACE_STATE.keys())}(?![\\p{L}])`, 'gu');
/** "between Washington and Pyongyang": two capitals standing for their states. */
const BETWEEN_CAPITALS = new RegExp(
  `\\bbetween\\s+(${alt(CAPITAL_STATE.keys())})\\s+and\\s+(${alt(CAPITAL_STATE.keys())})(?![\\p{L}])`,
  'u',
);

/** The states a span's capitals name, each once. */
export function capitalStates(text: string): string[] {
  return [...new Set([...text.matchAll(CAPITAL)].map((m) => PLACE_STATE.get(m[0])!))];
}

function relateStates(k: RelKit, e: Found, states: readonly string[], rule: string, infer = false): void {
  for (const st of states) {
    // A state the readout only refers to by its capital is plainly implied: added, with no alias (GUIDE).
    const key =
      k.stateKey(st) ??
      (infer ? k.ctx.add('State', st, undefined, 'state.capital-inferred', isoOf(st), false) : undefined);
    if (key) k.ctx.relate('INVOLVES', e.key, key, e.sentence, rule);
  }
}

/**
 * Rule involves.capital-place: an incident whose name places it in a capital ("the missile strike on a children's
 * hospital in Kyiv", "the explosion at the Port of Beirut", "the terrorist attack at Crocus City Hall near Moscow")
 * affects that capital's state, when the readout names the state.
 */
export function involvesCapitalPlace(k: RelKit): void {
  for (const e of k.ev.eventMentions) {
    if (e === k.main || k.nameOf(e) === k.mainName || !INCIDENT_NAME.test(k.nameOf(e))) continue;
    relateStates(k, e, capitalStates(k.ctx.text.slice(e.start, e.end)), 'involves.capital-place', true);
  }
}

/**
 * Rule involves.between-capitals: talks or negotiations "between Washington and Pyongyang" involve the two states the
 * capitals stand for, when the readout names them.
 */
export function involvesBetweenCapitals(k: RelKit): void {
  for (const e of k.ev.eventMentions) {
    if (e === k.main || k.nameOf(e) === k.mainName) continue;
    const m = BETWEEN_CAPITALS.exec(k.ctx.text.slice(e.start, e.end));
    if (m) relateStates(k, e, [CAPITAL_STATE.get(m[1]!)!, CAPITAL_STATE.get(m[2]!)!], 'involves.between-capitals');
  }
}

/** "facilitated by Saudi Arabia and the United States", "mediated by the UAE", "brokered by Qatar, Egypt and …". */
const HELPED_BY_BEFORE =
  /\b(?:facilitated|mediated|brokered|sponsored)\s+by\s+(?:the\s+)?(?:(?:Governments?|Sultanate|Kingdom|State|Republic)\s+of\s+(?:the\s+)?)?(?:[^.;]{0,60}?(?:,|\band)\s+(?:the\s+)?)?$/i;
/** "AU-led peace talks", "the UN-brokered truce": a body that led or brokered what follows. */
const LED_AFTER = /^[-–](?:led|brokered|facilitated|mediated|sponsored)\b/;

/**
 * Rule involves.helped-by: who facilitated, mediated or brokered talks or an exchange told beside the readout's own
 * meeting ("the talks in Jeddah between A and B, facilitated by Saudi Arabia and the United States"; "the exchange of
 * prisoners mediated by the UAE"; "AU-led peace talks") is one of its parties.
 */
export function involvesHelpedBy(k: RelKit): void {
  const { ctx, hits, hitKeys, ev } = k;
  for (const h of hits) {
    if ((h.type !== 'State' && h.type !== 'Organization') || h.demonym || !hitKeys.has(h)) continue;
    // "facilitated by Italy's Ministry of Foreign Affairs": the ministry facilitated, not the state.
    if (/^['’]s\s/.test(ctx.text.slice(h.end, h.end + 3))) continue;
    const si = ctx.sentenceAt(h.start);
    const s = ctx.sentences[si]!;
    let e: Found | undefined;
    if (LED_AFTER.test(ctx.text.slice(h.end, h.end + 14)))
      e = ev.eventMentions.find((x) => x.sentence === si && x.start <= h.start + 1 && x.end > h.end);
    else if (HELPED_BY_BEFORE.test(ctx.text.slice(Math.max(s.start, h.start - 90), h.start)))
      e = ev.eventMentions.filter((x) => x.sentence === si && x.end <= h.start && h.start - x.end < 160).pop();
    // "The meeting took place during the Minister's visit to Italy and was facilitated by …": the visit is a frame.
    if (e && /\bduring\s+$/.test(ctx.text.slice(Math.max(0, e.start - 8), e.start))) continue;
    // The readout's own talks too when told only by their parties ("Indirect talks between A and B, mediated by C,
    // were held in …"): top10.
    const own = e && (e === k.main || k.nameOf(e) === k.mainName) && !unattendedByParties(k, e);
    if (e && !own && k.nameOf(e) !== h.name) ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, si, 'involves.helped-by');
  }
}

/** "The Supreme Council … held its forty-first session", "the member states of the Council of Europe concluded their …". */
const HOLDS_ITS_AFTER =
  /^[^.;]{0,40}?\s(?:held|concluded|convened|opened|closed|began|wrapped\s+up)\s+(?:its|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:session|summit|meeting|conference|assembly|congress|plenary|forum)\b/iu;
/** "included officials of the Department of Defense and of the …", "experts from the Ministry of …". */
const STAFF_OF_BEFORE =
  /\b(?:officials?|representatives?|staff|experts?|delegates?|personnel|members\s+of\s+staff)\s+(?:from|of)\s+(?:the\s+)?(?:[^.;]{0,50}?(?:,|\band)\s+(?:of\s+|from\s+)?(?:the\s+)?)?$/i;
/** "The United Nations was represented by two observers": a side of the meeting. */
const REPRESENTED_AFTER = /^\s+(?:was|were)\s+(?:also\s+)?represented\s+(?:by|at)\b/;
/** "Latvia takes over the Presidency of the Committee of Ministers", "… from Iceland": who holds a chair. */
const TAKES_CHAIR_AFTER =
  /^\s+(?:takes?\s+over|took\s+over|assumes?|assumed|hands?\s+over|handed\s+over|holds?|held)\s+the\s+(?:rotating\s+)?(?:Presidency|Chairmanship|Chairpersonship|Chair)\b/;
const CHAIR_FROM_BEFORE = /\b(?:Presidency|Chairmanship|Chairpersonship|Chair)\b[^.;]{0,60}\bfrom\s+(?:the\s+)?$/;
/** "at the headquarters of the ruling Workers' Party", "at the seat of the OSCE": the venue's owner. */
const SEAT_OF_BEFORE =
  /\b(?:at|in|to)\s+the\s+(?:headquarters|seat|premises|offices|secretariat)\s+of\s+(?:the\s+)?(?:ruling\s+)?$/i;
/** "the Icelandic Presidency of the Committee of Ministers": a chair is an office of a body, not a subject. */
const CHAIR_BODY = /^(?:\p{L}+\s+)?(?:Presidency|Chairmanship|Chairpersonship)\b/u;

/**
 * Rule discussed.not-side (top9): a state or body named as a side of the meeting, not its subject: the body holding
 * the session ("The Supreme Council held its forty-first session"), the bodies of a delegation's officials
 * ("included officials of the Department of Defense"), one "represented by" someone, one leading the talks
 * ("AU-led"), a chair and who takes it over, and the body at whose headquarters the meeting was held.
 */
export function sideNotTopic(text: string, h: { start: number; end: number; name: string }): boolean {
  const before = text.slice(Math.max(0, h.start - 90), h.start);
  const after = text.slice(h.end, h.end + 120);
  return (
    HOLDS_ITS_AFTER.test(after) ||
    STAFF_OF_BEFORE.test(before) ||
    REPRESENTED_AFTER.test(after) ||
    LED_AFTER.test(after) ||
    TAKES_CHAIR_AFTER.test(after) ||
    CHAIR_FROM_BEFORE.test(before) ||
    SEAT_OF_BEFORE.test(before) ||
    CHAIR_BODY.test(h.name)
  );
}

/** "… in Riyadh", "… held in Caracas": a capital an event's name places it in. */
const IN_CAPITAL = new RegExp(`\\b(?:in|at)\\s+(${alt(VENUE_STATE.keys())})(?![\\p{L}])`, 'u');

/** "the Riyadh meeting between …": a capital naming the event's place before its head. */
const CAPITAL_FIRST = new RegExp(
  `^(?:the\\s+)?(${alt(VENUE_STATE.keys())})\\s+(?:meeting|talks|negotiations|round|consultations|summit)\\b`,
  'iu',
);

/** "the Doha talks between …": a capital right before the event's name. */
const CAPITAL_BEFORE = new RegExp(`(?<![\\p{L}])(${alt(VENUE_STATE.keys())})\\s+$`, 'u');

/**
 * Rule involves.venue-capital: talks known by their parties ("the Riyadh meeting between the United States and Russia",
 * "the first cycle of the peace dialogues in Caracas") held in a third state's capital involve that state too, as
 * their host.
 */
export function involvesVenueCapital(k: RelKit): void {
  const { ctx } = k;
  const parties = new Map<string, Set<string>>();
  for (const r of ctx.relationsOf('INVOLVES')) parties.set(r.from, (parties.get(r.from) ?? new Set()).add(r.to));
  for (const e of k.ev.events) {
    // The parties it involves, or else those its name gives ("Direct Negotiations between the Russian Federation and
    // Ukraine Held in İstanbul", attended by their delegations): top10.
    const own = parties.get(e.key) ?? new Set(partiesInName(k, e).map((h) => k.hitKeys.get(h)!));
    if (own.size < 2 || INCIDENT_NAME.test(k.nameOf(e))) continue;
    const m =
      IN_CAPITAL.exec(k.nameOf(e)) ??
      CAPITAL_FIRST.exec(k.nameOf(e)) ??
      CAPITAL_BEFORE.exec(ctx.text.slice(Math.max(0, e.start - 24), e.start));
    const host = m && k.stateKey(VENUE_STATE.get(m[1]!)!);
    if (host && !own.has(host)) ctx.relate('INVOLVES', e.key, host, e.sentence, 'involves.venue-capital');
  }
}
