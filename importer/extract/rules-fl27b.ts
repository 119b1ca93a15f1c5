// Rules of round fl27b (issue 6), written after the first look at three new samples (a Caribbean prime minister's
// office's plain-text media release on a hemispheric summit, a Pyrenean government's web page on the conclusion of an
// association agreement's negotiations, a Pacific prime minister's office's Markdown press release on the signing of a
// treaty establishing a commission). Each rule is a general construction; tests on made-up sentences, negative ones
// included, in rules-fl27b.test.ts. Rule data (patterns) are named next to the rules.
import type { GazetteerHit } from './gazetteer.ts';
import { ORG_HEADS, TITLE_HEADS } from './lexicons.ts';

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Rule event.dateline-hyphen-cut: "Port of Spain, Sunday 19 April 2009 - The Fifth Summit of the Americas ended …":
 * a dateline closed by a spaced hyphen (a plain "-" where other houses write a dash) is no part of the name of the
 * event named right after it. The part before the hyphen must end with a year, a day of the month, a weekday or a
 * month; "ASEAN - Japan Summit" (capitalised sides around a hyphen) keeps its name.
 */
export const EVENT_DATELINE_HYPHEN_CUT = {
  id: 'event.dateline-hyphen-cut',
  /** A leading date run and its spaced hyphen or dash. */
  lead: new RegExp(
    `^(?:(?:${WEEKDAYS}),?[^\\S\\n]+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?[^\\S\\n]+)?(?:${MONTHS})(?:[^\\S\\n]+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?[^\\S\\n]+\\d{4})?|\\d{4}|${WEEKDAYS})[^\\S\\n]+[-–—][^\\S\\n]+`,
  ),
};

/** Rule event.dateline-hyphen-cut: a named event's match without its leading dateline (the same match when none). */
export function withoutDatelineLead(m: RegExpExecArray): RegExpExecArray {
  if (!/[-–—]/.test(m[0])) return m;
  const lead = EVENT_DATELINE_HYPHEN_CUT.lead.exec(m[0]);
  if (!lead) return m;
  const cut = Object.assign([m[0].slice(lead[0].length)], { index: m.index + lead[0].length, input: m.input });
  return cut as unknown as RegExpExecArray;
}

/**
 * Rule person.counterpart-from: "met her counterpart from San Marino, the Secretary of State for Foreign and Political
 * Affairs, International Economic Cooperation and Digital Transition, Luca Beccari": the state after "counterpart from
 * / of" is the side of the person whose title follows, not the issuer (issue 6's local cue for an office's state).
 * Only a state (not a demonym) named right before the comma that opens the apposition, and only the first person
 * after it (no ", and" or ";" between).
 */
export const PERSON_COUNTERPART_FROM = {
  id: 'person.counterpart-from',
  /** The text before the person: "counterpart from <State>, (the) <title words, commas inside>, ". */
  before:
    /\bcounterparts?\s+(?:from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){0,3}),\s+(?:the\s+)?(?:(?!,\s+and\s)[^;()])*?$/u,
};

/** Rule person.counterpart-from: the state of a person right after "counterpart from <State>, …", if any. */
export function counterpartFromState(
  text: string,
  sentenceStart: number,
  from: number,
  hits: readonly GazetteerHit[],
): string | undefined {
  const before = text.slice(sentenceStart, from);
  if (!before.includes('counterpart')) return undefined;
  const m = PERSON_COUNTERPART_FROM.before.exec(before);
  if (!m) return undefined;
  const at = sentenceStart + m.index + m[0].indexOf(m[1]!, m[0].indexOf(' '));
  const h = hits.find((x) => x.type === 'State' && !x.demonym && x.start === at && x.end === at + m[1]!.length);
  return h?.name;
}

/**
 * Rule event.not-title-or-body-head: "Trinidad and Tobago's National Summit Coordinator, Ambassador X", "the Joint
 * Summit Working Group", "the Conference Secretariat": a capitalised run read as an event's name ("… National Summit",
 * "Joint Summit") that an office's head (Coordinator, Chair, Secretary, …) or a body's head (Working Group, Committee,
 * Secretariat, Commission, …) continues is part of a title or of a body's name, no event. Only the capitalised word right
 * after the name counts ("the Summit, Chair of …" or "the Summit. Secretary X …" keep the summit).
 */
export const EVENT_NOT_TITLE_OR_BODY_HEAD = {
  id: 'event.not-title-or-body-head',
  /** The heads that continue a title or a body's name; built from the lexicons' TITLE_HEADS and ORG_HEADS. */
  heads: (titleHeads: readonly string[], orgHeads: readonly string[]) =>
    new RegExp(
      `^[^\\S\\n]+(?:${[...titleHeads, ...orgHeads, 'Working Group', 'Group', 'Committee', 'Task Force']
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})(?![\\p{L}-])`,
      'u',
    ),
};

const TITLE_OR_BODY_HEAD = EVENT_NOT_TITLE_OR_BODY_HEAD.heads(TITLE_HEADS, ORG_HEADS);

/** Rule event.not-title-or-body-head: whether the event name ending at `end` of `text` is continued by such a head. */
export function titleOrBodyContinues(text: string, end: number): boolean {
  const next = text.slice(end, end + 30);
  return /^[^\S\n]+\p{Lu}/u.test(next) && TITLE_OR_BODY_HEAD.test(next);
}

/**
 * Rule party-to.summit-participants: "The Fifth Summit of the Americas ended with the adoption of the Declaration of
 * Commitment of Port of Spain, which the Prime Minister signed on behalf of the Heads of State and Government who took
 * part": a summit's declaration, communiqué or statement that no rule gives a side is the text of the states whose
 * leaders or ministers took part in the summit it was reached at. Only a declaration, communiqué or statement, only a
 * summit, and only when no other side is read.
 */
export const PARTY_TO_SUMMIT_PARTICIPANTS = {
  id: 'party-to.summit-participants',
  /** An agreement that is a gathering's collective text. */
  text: /\b(?:Declaration|Communiqu[eé]|Statement)\b/,
  /** The gathering it was reached at. */
  summit: /\bSummit\b/,
};

/** The relation view rule party-to.summit-participants needs (a part of Ctx). */
export interface SummitPartyView {
  ofType(type: 'Agreement' | 'Event'): readonly { key: string; name: string; sentence: number }[];
  entity(key: string): { type: string; name: string } | undefined;
  relationsOf(type: 'PARTY_TO' | 'REACHED_AT' | 'PARTICIPATED_IN' | 'HOLDS_OFFICE' | 'OFFICE_OF'): readonly {
    from: string;
    to: string;
  }[];
  relate(type: 'PARTY_TO', from: string, to: string, sentence: number, rule: string): void;
}

/** Rule party-to.summit-participants: sides for a summit's text from the states of those who took part. */
export function partyToSummitParticipants(ctx: SummitPartyView): void {
  const P = PARTY_TO_SUMMIT_PARTICIPANTS;
  const nameOf = (key: string) => ctx.entity(key)?.name;
  const parties = new Set(ctx.relationsOf('PARTY_TO').map((r) => nameOf(r.to)));
  const events = new Map(ctx.ofType('Event').map((e) => [e.name, e]));
  for (const a of ctx.ofType('Agreement')) {
    if (!P.text.test(a.name) || parties.has(a.name)) continue;
    const at = ctx.relationsOf('REACHED_AT').filter((r) => nameOf(r.from) === a.name);
    const summit = at.map((r) => nameOf(r.to)).find((n) => n && P.summit.test(n));
    if (!summit || !events.has(summit)) continue;
    const people = new Set(
      ctx
        .relationsOf('PARTICIPATED_IN')
        .filter((r) => nameOf(r.to) === summit)
        .map((r) => nameOf(r.from)),
    );
    const offices = new Set(
      ctx
        .relationsOf('HOLDS_OFFICE')
        .filter((r) => people.has(nameOf(r.from)))
        .map((r) => nameOf(r.to)),
    );
    const states = new Map<string, string>();
    for (const r of ctx.relationsOf('OFFICE_OF'))
      if (offices.has(nameOf(r.from)) && ctx.entity(r.to)?.type === 'State') states.set(nameOf(r.to)!, r.to);
    for (const key of states.values()) ctx.relate('PARTY_TO', key, a.key, a.sentence, P.id);
  }
}
