// Topic and party rules of a second pass (issue 6): the parties of meetings told as "of both sides" or held by
// "the two Governments" (INVOLVES), run by rules-topics.ts after its own party rules.
import type { Found } from './types.ts';
import { kindOf } from './main-event.ts';
import { INCIDENT_NAME, type RelKit } from './rel-kit.ts';
import { readoutPair } from './rules-parties.ts';
import { EVENT_QUALIFIED_MEETING_NOUN } from './rules-evs28.ts';

/** "the regional army commanders of both sides", "consular officials of the two countries": right after a mention. */
const OF_BOTH_AFTER =
  /^[^,;:.]{0,40}?\b(?:of|from)\s+(?:both\s+(?:sides|countries|governments|parties)|the\s+two\s+(?:sides|countries|governments|parties|nations))\b/i;
/** "The two Governments will also … and will hold a High-Level Meeting": the two as the subject of holding it. */
const TWO_HOLD_BEFORE =
  /\b(?:the\s+two|both)\s+(?:governments|countries|sides|nations)\b[^.;]{0,160}?\b(?:will|would|shall|agreed\s+to|decided\s+to|plan\s+to)\s+(?:also\s+)?(?:hold|convene|organi[sz]e|resume)\s+(?:an?\s+|the\s+|their\s+)?$/i;

/**
 * involves.both-sides: a meeting nobody in the readout is told to attend, held "of both sides" ("an informal meeting
 * of the regional army commanders of both sides") or by "the two Governments" ("the two Governments will hold a
 * High-Level Meeting"), involves the readout's two states.
 */
export function addBothSidesParties(k: RelKit): void {
  const { ctx, ev, nameOf, participants } = k;
  const pair = readoutPair(k);
  if (!pair) return;
  const attended = new Set(
    ev.eventMentions.filter((e) => (participants.get(e.key)?.size ?? 0) > 0).map((e) => nameOf(e)),
  );
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || INCIDENT_NAME.test(nameOf(e)) || attended.has(nameOf(e))) continue;
    // evs28: a meeting someone "held" in passing ("the leaders first held a bilateral meeting") is attended.
    if (k.ctx.entity(e.key)?.rule === EVENT_QUALIFIED_MEETING_NOUN.id) continue;
    if (!toldOfBothSides(k, e)) continue;
    for (const st of pair) {
      const key = k.stateKey(st);
      if (key && st !== nameOf(e)) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.both-sides');
    }
  }
}

/** Whether the mention of `e` is followed by "of both sides" or preceded by "the two Governments will hold". */
function toldOfBothSides(k: RelKit, e: Found): boolean {
  const s = k.ctx.sentences[e.sentence]!;
  const after = k.ctx.text.slice(e.end, s.end);
  const inside = k.ctx.text.slice(e.start, e.end);
  if (OF_BOTH_AFTER.test(after) || OF_BOTH_AFTER.test(` ${inside.replace(/^\S+/, '')}`)) return true;
  return TWO_HOLD_BEFORE.test(k.ctx.text.slice(s.start, e.start));
}

/**
 * Verbs of going over a matter: what a meeting briefed, reviewed or compared is its subject. Not "recalled": a
 * meeting its people held and recall is background ("He also recalled his official visit to Viet Nam").
 */
export const TOPIC_VERB =
  /\b(briefed|discussed|explained|reviewed|compared|assessed|exchanged views|took stock|welcomed|looked back|evaluated|informed)\b/i;

/** "The two Presidents, who last spoke by telephone in April, …": a relative clause dating the pair's last meeting. */
const LAST_MET_CLAUSE =
  /,\s*(?:who|which)\s+(?:had\s+)?(?:last|first|previously|already|most\s+recently)\s+(?:(?:spoke|met|talked|held|had)\b[^,;]*)?$/i;

/**
 * discussed.gone-over: an earlier meeting its people held is a subject when a sentence that names it goes over it
 * ("informed his counterpart of his meeting with President Zelenskyy"), not when it only dates their last contact
 * in a relative clause ("The two Presidents, who last spoke by telephone in April, also reviewed trade").
 */
export function goneOver(k: RelKit, mentions: readonly Found[]): boolean {
  return mentions.some((x) => TOPIC_VERB.test(k.ctx.sentences[x.sentence]!.text) && !lastMet(k, x));
}

/** discussed.not-last-met: a meeting named only in a clause dating the pair's last contact is background. */
export function onlyLastMet(k: RelKit, mentions: readonly Found[]): boolean {
  return mentions.length > 0 && mentions.every((x) => lastMet(k, x));
}

function lastMet(k: RelKit, x: Found): boolean {
  const s = k.ctx.sentences[x.sentence]!;
  return LAST_MET_CLAUSE.test(k.ctx.text.slice(s.start, x.end));
}

/**
 * "at the trilateral meeting the three leaders had compared …", "at that summit they had agreed …": a clause that
 * tells what another, earlier named meeting dealt with. The determiner must point away from the readout's own
 * meeting ("that", or "the" with "trilateral", "bilateral", "earlier", "previous").
 */
const AT_THAT_MEETING =
  /\b(?:at|during|in)\s+(?:that|the\s+(trilateral|bilateral|earlier|previous))\s+(meeting|summit|talks|call|conversation)\b[^;]*$/i;

/** The number of parties a name lists ("Japan-China-ROK Summit Meeting": 3), counting its hyphen-joined words. */
const partiesInName = (name: string) =>
  /\b\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)+/u.exec(name)?.[0].split('-').length ?? 0;

/**
 * discussed.at-that-meeting: the earlier named meeting a clause before `at` in its sentence tells of ("He explained
 * that at the trilateral meeting the three leaders had compared their assessments of the Inter-Korean Summit"): the
 * last non-main event named before the clause whose kind the clause names and whose parties its adjective counts.
 */
export function atThatMeeting(k: RelKit, at: number): Found | undefined {
  const { ctx, ev, nameOf } = k;
  const s = ctx.sentences[ctx.sentenceAt(at)]!;
  const m = AT_THAT_MEETING.exec(ctx.text.slice(s.start, at));
  if (!m) return undefined;
  const cue = s.start + m.index;
  const adj = m[1]?.toLowerCase();
  const noun = m[2]!.toLowerCase();
  const kind =
    noun === 'call' || noun === 'conversation' ? /\b(?:call|conversation|telephone)\b/i : new RegExp(`\\b${noun}`, 'i');
  const fits = (e: Found) =>
    e.end <= cue &&
    nameOf(e) !== k.mainName &&
    !INCIDENT_NAME.test(nameOf(e)) &&
    kind.test(nameOf(e)) &&
    (adj !== 'trilateral' || partiesInName(nameOf(e)) === 3 || /trilateral/i.test(nameOf(e))) &&
    (adj !== 'bilateral' || partiesInName(nameOf(e)) === 2);
  return ev.eventMentions.filter(fits).pop();
}

/** Talks held during a visit, not its ceremonies, meals or press events. */
const TALKS_NAME = /\b(?:talks|meeting|summit|consultations|conversation)\b/i;
const NOT_TALKS = /\b(?:dinner|lunch|luncheon|banquet|breakfast|ceremony|reception|press|photo)\b/i;

/**
 * discussed.talks-of-visit: when the readout's event is a visit and the talks held during it are told as its part
 * ("President Muizzu's State Visit …; the two leaders held delegation-level talks"), what was discussed was
 * discussed at those talks, not by the visit: the first held meeting, talks or summit PART_OF the visit.
 */
export function talksOfVisit(k: RelKit): Found | undefined {
  const { ctx, ev, main, nameOf } = k;
  if (!main || !k.mainName || kindOf(k.mainName) !== 'visit') return undefined;
  const parts = new Set(
    ctx
      .relationsOf('PART_OF')
      .filter((r) => r.to === main.key)
      .map((r) => r.from),
  );
  return ev.eventMentions.find(
    (e) => parts.has(e.key) && !e.planned && TALKS_NAME.test(nameOf(e)) && !NOT_TALKS.test(nameOf(e)),
  );
}

/**
 * discussed.own-frame: the events that are the readout's own, not its subjects: the main event, its parts, and the
 * visit it was held during with that visit's other parts ("the currency swap agreement exchanged during the State
 * Visit" was concluded, not discussed, at the talks held in it).
 */
export function ownEventNames(k: RelKit): Set<string> {
  const { ctx, mainName } = k;
  if (!mainName) return new Set();
  const name = (key: string) => ctx.entity(key)!.name;
  const partOf = ctx.relationsOf('PART_OF');
  const frames = partOf
    .filter((r) => name(r.from) === mainName && kindOf(name(r.to)) === 'visit')
    .map((r) => name(r.to));
  const own = new Set([mainName, ...frames]);
  for (const r of partOf) if (own.has(name(r.to))) own.add(name(r.from));
  return own;
}

/** "the negotiations between the parties", "talks between the two sides": a meeting of the readout's own two sides. */
const BETWEEN_THE_PARTIES =
  /^[^,;:.]{0,20}?\bbetween\s+(?:the\s+)?(?:two\s+)?(?:parties|sides|countries|governments|delegations)\b(?!\s+of\b)/i;

/**
 * involves.between-parties: a meeting told as held "between the parties" or "between the two sides" ("Türkiye, which
 * hosted the negotiations between the parties in İstanbul in March 2022") involves the readout's two states.
 */
export function addBetweenTheParties(k: RelKit): void {
  const { ctx, ev, nameOf } = k;
  const pair = readoutPair(k);
  if (!pair) return;
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || INCIDENT_NAME.test(nameOf(e))) continue;
    const s = ctx.sentences[e.sentence]!;
    const inside = ctx.text.slice(e.start, e.end);
    if (
      !BETWEEN_THE_PARTIES.test(ctx.text.slice(e.end, s.end)) &&
      !/\bbetween\s+the\s+(?:two\s+)?(?:parties|sides)\b/i.test(inside)
    )
      continue;
    for (const st of pair) {
      const key = k.stateKey(st);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.between-parties');
    }
  }
}

/** "meeting of the leaders of the", "Meeting of", "session of the": the words before the body that meets. */
const MEETING_OF =
  /^(?:[\p{L}'’-]+\s+){0,3}?(?:meeting|summit|session|council|conference)\s+of\s+(?:the\s+)?(?:(?:leaders|heads(?:\s+of\s+state(?:\s+and\s+government)?)?|(?:foreign\s+|defence\s+)?ministers|members|chiefs)\s+of\s+(?:the\s+)?)?/iu;
/** "NATO Ministers of Foreign Affairs", "ASEAN Leaders": the body's people who meet. */
const BODY_PEOPLE = /^\s+(?:(?:Foreign|Defence|Defense|Finance|Economic)\s+)?(?:Ministers|Leaders|Heads|Chiefs)\b/;

/**
 * involves.body-meeting: a meeting of a body or of its leaders or ministers ("the meeting of the leaders of the
 * Normandy Four", "the Informal Meeting of NATO Ministers of Foreign Affairs", "a meeting of the General Border
 * Committee") involves that body.
 */
export function addBodyMeetingParties(k: RelKit): void {
  const { ctx, ev, hits, hitKeys, nameOf } = k;
  for (const e of ev.eventMentions) {
    if (e === k.main || nameOf(e) === k.mainName || INCIDENT_NAME.test(nameOf(e))) continue;
    const m = MEETING_OF.exec(ctx.text.slice(e.start, e.start + 120));
    if (!m) continue;
    const at = e.start + m[0].length;
    const h = hits.find((x) => x.start === at && x.type === 'Organization' && hitKeys.has(x));
    if (!h) continue;
    // "Meeting of NATO Ministers", but not "meeting of the African Union Commission's budget".
    const people = /\b(?:leaders|heads|ministers|members|chiefs)\s+of\s+(?:the\s+)?$/i.test(m[0]);
    if (!people && /^['’]s\b/.test(ctx.text.slice(h.end, h.end + 2))) continue;
    if (
      !people &&
      !BODY_PEOPLE.test(ctx.text.slice(h.end, h.end + 30)) &&
      !/^\s*(?:\(|[,.;]|\s+(?:on|in|at)\b)/.test(ctx.text.slice(h.end, h.end + 5))
    )
      continue;
    ctx.relate('INVOLVES', e.key, hitKeys.get(h)!, e.sentence, 'involves.body-meeting');
  }
}
