// Event rules of the ev7 round (issue 6, items 6 and 9), written from the second events paraphrase bank
// (bank-events-2.ts): incidents told by a participle and their actor or target ("the drones launched by Russia
// against Ukrainian ports", "the hostages taken by Hamas", "the missile test conducted by the DPRK").
import type { Ctx } from './context.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { incidentComplement } from './incidents.ts';
import { INCIDENT_PARTICIPLES, PARTICIPLE_INCIDENT_HEADS } from './lexicons.ts';
import type { RelKit } from './rel-kit.ts';
import { alt, matchAllInLines } from './text.ts';
import type { Found } from './types.ts';

type Add = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

/** A complement that names the actor, origin or target: "by", "from", "into", "against", "at", "on". */
const COMPLEMENT_AHEAD = /^[^\S\n]+(?:by|from|into|against|at|on|over)[^\S\n]+/;

/**
 * Rule event.participle-incident: "the rockets fired from southern Lebanon into northern Israel", "the drones launched
 * by Russia against Ukrainian ports on the Danube", "the hostages taken by Hamas", "the intercontinental ballistic
 * missile test conducted by the DPRK on 31 October": an incident told by what was fired or taken, its participle and a
 * complement that names an actor, a target or a date.
 */
export const PARTICIPLE_INCIDENT = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose)[^\\S\\n]+((?:[\\p{L}-]+[^\\S\\n]+){0,3}?${alt(PARTICIPLE_INCIDENT_HEADS)}[^\\S\\n]+${alt(INCIDENT_PARTICIPLES).replace(/ /g, '[^\\S\\n]+')})\\b`,
  'gu',
);

/** PARTICIPLE_INCIDENT never crosses a line and holds one of its heads (matchAllInLines). */
const PARTICIPLE_HEAD = new RegExp(alt(PARTICIPLE_INCIDENT_HEADS));

/** event.participle-incident: see PARTICIPLE_INCIDENT. */
export function findParticipleIncidents(ctx: Ctx, add: Add): void {
  const text = ctx.text;
  for (const m of matchAllInLines(text, PARTICIPLE_INCIDENT, PARTICIPLE_HEAD)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const headEnd = at + m[1]!.length;
    if (!COMPLEMENT_AHEAD.test(text.slice(headEnd, headEnd + 12))) continue;
    const end = incidentComplement(text, headEnd);
    const phrase = text.slice(at, end);
    // Pinned down by a name, a nationality or a date in its complement.
    if (!/\p{Lu}|\d/u.test(text.slice(headEnd, end))) continue;
    const f = add('Event', phrase, at, 'event.participle-incident');
    const c = f && ctx.entity(f.key);
    if (c && c.rule === 'event.participle-incident') c.props.kind = 'incident';
  }
}

/**
 * Rule involves.participle-incident: the states and organisations named in such an incident's name are its actors or
 * targets ("by Russia against Ukrainian ports": Russia and Ukraine; "taken by Hamas": Hamas).
 */
export function involvesParticipleIncident(k: RelKit): void {
  const { ctx, ev, hitKeys } = k;
  for (const e of ev.eventMentions) {
    if (ctx.entity(e.key)?.rule !== 'event.participle-incident') continue;
    for (const h of k.hitsIn(e.start, e.end)) {
      const key = hitKeys.get(h);
      if (key) ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.participle-incident');
    }
  }
}

/** "Foreign Minister X of Türkiye": a state right after a person's name and "of". */
const OF_BEFORE = /\s+of\s+(?:the\s+)?$/;
/** "in the Gulf of Oman", "the Sea of Japan": a sea or strait named after a state is a place. */
const WATERS_OF_BEFORE = /\b(?:Gulf|Sea|Strait|Straits|Bay|Gulf\s+Coast)\s+of\s+(?:the\s+)?$/;
/** "the Taiwan Strait", "the Korea Strait", "the Japan Sea" (top9): a state naming waters after it. */
const WATERS_AFTER = /^\s+(?:Strait|Straits|Sea|Gulf)\b/;

/**
 * Rule involves.not-person-state: a state named as part of a sea's name ("the Gulf of Oman") is no party of an incident
 * told in the sentence, nor is a state named as a person's ("Foreign Minister X of Türkiye") when the incident's own
 * name tells its actor or target ("the seizure of the tanker X by Iran"); otherwise the person's state may be where
 * it happened ("President Erdogan of Turkey … since the failed coup attempt of July 15").
 */
/** Whether a state is named as part of a sea's or strait's name ("the Gulf of Oman"). */
export function inWatersName(text: string, h: { start: number; end?: number }): boolean {
  return (
    WATERS_OF_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) ||
    (h.end !== undefined && WATERS_AFTER.test(text.slice(h.end, h.end + 12)))
  );
}

export function notIncidentParty(
  k: RelKit,
  h: { start: number; end: number },
  e: { start: number; end: number },
): boolean {
  const before = k.ctx.text.slice(Math.max(0, h.start - 40), h.start);
  if (inWatersName(k.ctx.text, h)) return true;
  const of = OF_BEFORE.exec(before);
  if (!of || !k.hitsIn(e.start, e.end).some((x) => !x.demonym && !inWatersName(k.ctx.text, x))) return false;
  const at = h.start - before.length + of.index;
  return [...k.people.personKey.keys()].some((m) => m.end === at);
}

/** involves.in-name.planned: the organisations named in a planned gathering's name (see rules-topics.ts involvesInName). */
export function involvesBodyInName(k: RelKit, e: Found): void {
  for (const h of k.hitsIn(e.start, e.end)) {
    const key = k.hitKeys.get(h);
    if (h.type === 'Organization' && key) k.ctx.relate('INVOLVES', e.key, key, e.sentence, 'involves.in-name.planned');
  }
}

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * Rule event.met-in-clause: "a month after the two leaders met in Granada", "When the two leaders met in Hiroshima in
 * May, …": an earlier meeting of the readout's pair told by a clause, named by its place (and month); "when they met
 * in X" is left to the pair rules, which name it after the two.
 */
export const MET_IN_CLAUSE = new RegExp(
  `\\b(?:[Aa]fter|[Ww]hen|[Ss]ince|[Bb]efore)[^\\S\\n]+(?:the[^\\S\\n]+two[^\\S\\n]+\\w+|both[^\\S\\n]+\\w+)[^\\S\\n]+(?:last[^\\S\\n]+|first[^\\S\\n]+)?met[^\\S\\n]+in[^\\S\\n]+(\\p{Lu}[\\p{L}-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}-]+)?)(?:[^\\S\\n]+in[^\\S\\n]+(${MONTHS}(?:[^\\S\\n]+\\d{4})?|\\d{4}))?`,
  'gu',
);

/** event.met-in-clause: see MET_IN_CLAUSE. */
export function findMetInClause(ctx: Ctx, add: Add): void {
  for (const m of ctx.text.matchAll(MET_IN_CLAUSE)) {
    const at = m.index + m[0].indexOf('met');
    const f = add('Event', ctx.text.slice(at, m.index + m[0].length), at, 'event.met-in-clause');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.met-in-clause') continue;
    f.name = `meeting in ${m[1]}${m[2] ? ` in ${m[2]}` : ''}`;
    ctx.rename(c.key, f.name);
    c.props.kind = 'meeting';
  }
}

/** "Leaders of the X", "Heads of State and Government of X": a body's members, no event. */
const MEMBERS_OF =
  /^(?:(?:The|the)\s+)?(?:Leaders|Heads(?:\s+of\s+State(?:\s+and\s+Government)?)?|Members|Ministers)\s+of\b/;

/**
 * Rule event.not-body: a name that is only an organisation's ("Pacific Islands Forum", "World Economic Forum" read as a
 * body) or its members' ("Leaders of the Pacific Islands Forum") is no event; "Pacific Islands Forum Leaders Meeting"
 * is one.
 */
export function bodyNotEvent(name: string): boolean {
  if (MEMBERS_OF.test(name)) return true;
  const hits = findGazetteerHits(name);
  return hits.some((h) => h.type === 'Organization' && h.start === 0 && h.end === name.length);
}

/** "Leaders of the Pacific Islands Forum", "Heads of State and Government of ECOWAS": a body's members before it. */
const MEMBERS_BEFORE =
  /\b(?:[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate(?:\s+and\s+[Gg]overnment)?|[Mm]inisters|[Mm]embers)\s+of\s+(?:the\s+)?$/;
/** "a video conference of G7 leaders", "a meeting of ASEAN foreign ministers": the body's members after it. */
const MEMBERS_AFTER = /^\s+(?:leaders|heads\s+of\s+state|(?:foreign\s+|defen[cs]e\s+)?ministers|members)\b/i;

/**
 * Rule discussed.not-gathering-body: a body named as the one whose members gather ("Leaders of the Pacific Islands Forum
 * gathered", "a video conference of G7 leaders") is who met, not what was discussed.
 */
export function gatheringBody(text: string, h: { start: number; end: number }): boolean {
  return (
    MEMBERS_BEFORE.test(text.slice(Math.max(0, h.start - 50), h.start)) ||
    (/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, h.start - 8), h.start)) &&
      MEMBERS_AFTER.test(text.slice(h.end, h.end + 30)))
  );
}
