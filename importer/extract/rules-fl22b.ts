// Rules of round fl22b (issue 6), written after the first look at three new samples (an Indian Ocean state house's
// Markdown release on a visiting foreign secretary and an agreement signed "on behalf of their respective
// Governments", a West African foreign ministry's plain-text release on a regional mediation, a Balkan foreign
// ministry's web page on a protocol signed under an earlier treaty). Each rule is a general construction; tests on
// made-up sentences, negative ones included, in rules-fl22b.test.ts. Rule data (patterns, trigger words) are named next
// to the rules.
import type { Ctx } from './context.ts';
import { wordGate, textHas } from './gates.ts';
import type { RelKit } from './rel-kit.ts';

const SP = String.raw`[^\S\n]+`;
const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/**
 * Rule negotiates-for.principal-not-former: "X, who conducted the negotiations on behalf of the President": the
 * principal is the one who holds the title now; a holder the text names as past ("then President Y", "former
 * President Z", HOLDS_OFFICE marked former by every mention) is no candidate, so a readout that recalls a predecessor
 * still finds its principal. Used by the loop of the "on behalf of" rules (rules-fl18a-rel.ts).
 */
export const NEGOTIATES_FOR_PRINCIPAL_NOT_FORMER = { id: 'negotiates-for.principal-not-former' };

/** Rule negotiates-for.principal-not-former: does some HOLDS_OFFICE of `person` to `office` not say "former"? */
export function holdsCurrently(ctx: Ctx, person: string, office: string): boolean {
  const held = ctx.relations.filter((r) => r.type === 'HOLDS_OFFICE' && r.from === person && r.to === office);
  return !held.length || held.some((r) => !r.former);
}

/**
 * Rule participated.not-past-signatories: "the Treaty …, which was signed in Skopje on 1 August 2017 by Prime
 * Ministers A and B", "the Accord signed by A and B in 2015": the people named after "by" of a signing dated to
 * another year than the readout's signed an earlier agreement; they take no part in the readout's own signing by that
 * sentence. A signing with no date, or of the readout's year, is left alone ("signed today by A and B").
 */
export const PARTICIPATED_NOT_PAST_SIGNATORIES = {
  id: 'participated.not-past-signatories',
  /** "signed", then up to a clause's length without a sentence stop, then "by". */
  signedBy: new RegExp(String.raw`\bsigned\b([^.;]{0,120}?)${SP}by${SP}`, 'gu'),
  /** A year right after the persons: "by A and B in 2015". */
  yearAfter: new RegExp(String.raw`^[^.;]{0,80}?\b(?:in|on${SP}\d{1,2}${SP}${MONTHS})${SP}((?:19|20)\d\d)\b`, 'u'),
  year: /\b((?:19|20)\d\d)\b/u,
};

/**
 * Rule participated.not-past-signatories: is the person starting at `from` (an offset in `sentence`) named after "by"
 * of a signing dated to another year than `docYear`?
 */
export function pastSignatoryAt(sentence: string, from: number, docYear: number | undefined): boolean {
  if (!docYear || !sentence.includes('signed')) return false;
  const P = PARTICIPATED_NOT_PAST_SIGNATORIES;
  for (const m of sentence.matchAll(P.signedBy)) {
    const byEnd = m.index + m[0].length;
    if (byEnd > from || from - byEnd > 80) continue;
    const year = P.year.exec(m[1]!)?.[1] ?? P.yearAfter.exec(sentence.slice(from))?.[1];
    if (year && Number(year) !== docYear) return true;
  }
  return false;
}

/**
 * Rule reached-at.not-founding-treaty: "the Protocol of the Second Session of the Joint Commission established under
 * the Treaty of Friendship": an agreement named as what a body or mechanism was set up under, or provided for in, is
 * the frame of what was signed, not reached at the readout's event. Not "signed the Treaty", not "agreed under the
 * Treaty to …" (no participle of founding before it).
 */
export const REACHED_AT_NOT_FOUNDING_TREATY = {
  id: 'reached-at.not-founding-treaty',
  before: new RegExp(
    String.raw`\b(?:established|set${SP}up|created|constituted|instituted|provided${SP}for|foreseen)${SP}(?:under|by|in)${SP}(?:Article${SP}\d+${SP}of${SP})?(?:the${SP})?$`,
    'iu',
  ),
};

/** Rule reached-at.not-founding-treaty: is the agreement starting at `start` in `text` named as a founding frame? */
export function namedAsFoundingFrame(text: string, start: number): boolean {
  return REACHED_AT_NOT_FOUNDING_TREATY.before.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Rule negotiates-for.behalf-of-government-by: "The consultations on the framework were led on behalf of the
 * Government by the Deputy Prime Minister for European Affairs, X", "the talks were conducted on behalf of the
 * Government by Ambassador Y": a passive of leading or conducting talks, with a bare "the Government" as principal and
 * the agent after "by", tells that the agent negotiated for the state his own office belongs to. Not an active
 * sentence ("X spoke on behalf of the Government"), not a named government (read by negotiates-for.on-behalf-by), not
 * an agent without an office of a state.
 */
export const NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY = {
  id: 'negotiates-for.behalf-of-government-by',
  gate: wordGate('behalf'),
  pattern: new RegExp(
    String.raw`\b(?:was|were|had${SP}been|have${SP}been|has${SP}been)${SP}(?:led|conducted|handled|headed|negotiated|coordinated)${SP}on${SP}behalf${SP}of${SP}the${SP}Government${SP}by${SP}`,
    'gu',
  ),
};

/** Rule negotiates-for.behalf-of-government-by: where the agent's span starts in `sentence`, for each cue. */
export function behalfOfGovernmentBy(sentence: string): number[] {
  if (!sentence.includes('behalf')) return [];
  return [...sentence.matchAll(NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.pattern)].map((m) => m.index + m[0].length);
}

/** Rule negotiates-for.behalf-of-government-by (see above): the agent negotiates for his own office's state. */
export function negotiatesForBehalfOfGovernmentBy(k: RelKit): void {
  const { ctx, people, personsIn, clusterOf, key } = k;
  if (!textHas(ctx, NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.gate)) return;
  for (const s of ctx.sentences)
    for (const at of behalfOfGovernmentBy(s.text)) {
      const agent = personsIn(s.index).find(([p]) => {
        const from = (p.from ?? p.start) - s.start;
        return from >= at && from - at < 120;
      });
      if (!agent) continue;
      const c = clusterOf.get(agent[0])!;
      const offices = new Set((people.offices.get(c) ?? []).map((o) => o.key));
      const states = [
        ...new Set(
          ctx.relations
            .filter((r) => r.type === 'OFFICE_OF' && offices.has(r.from) && ctx.entity(r.to)?.type === 'State')
            .map((r) => r.to),
        ),
      ];
      if (states.length === 1)
        ctx.relate('NEGOTIATES_FOR', key(c), states[0]!, s.index, NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.id);
    }
}

type AddEvent = (t: 'Event', s: string, st: number, r: string) => unknown;

/**
 * Rule event.visiting-mission: "the mission of Heads of State that visited Banjul on 13 December", "A second mission,
 * led by the Mediator, met former President X in Banjul", "a joint ministerial mission to Khartoum": a mission told as
 * travelling, visiting or meeting is a visit, an event named as the text names it ("mission of Heads of State",
 * "second mission"); its leader and members are read by the participation rules of its sentence. Only a lowercase
 * "mission" (a named body, "the ECOWAS Mission in The Gambia", is an organisation), only a single one (not "diplomatic
 * missions accredited to …"), and "to <Place>" only after a qualifier ("a mission to X" alone may be a post).
 */
export const EVENT_VISITING_MISSION = {
  id: 'event.visiting-mission',
  gate: wordGate('mission'),
  pattern: new RegExp(
    [
      String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)${SP}(`,
      String.raw`(?:(?:first|second|third|fourth|fifth|final|last|new|joint|high-level|ministerial|presidential|fact-finding|mediation|solidarity|good${SP}offices|\d+(?:st|nd|rd|th))${SP})*`,
      String.raw`mission(?:${SP}of${SP}(?:the${SP})?\p{Lu}[\p{L}-]*(?:${SP}(?:of|and|\p{Lu}[\p{L}-]*))*)?)`,
      String.raw`(?=${SP}(?:that|which)${SP}(?:visited|travelled${SP}to|traveled${SP}to|went${SP}to|arrived${SP}in)\b`,
      String.raw`|,${SP}led${SP}by\b[^.;]{0,120}?,${SP}(?:met|visited|travelled|traveled|held|arrived)\b`,
      String.raw`|(?<=(?:joint|high-level|ministerial|presidential|fact-finding|mediation|solidarity|offices|first|second|third|final|\d(?:st|nd|rd|th))${SP}mission)${SP}to${SP}\p{Lu})`,
    ].join(''),
    'gu',
  ),
};

/** Rule event.visiting-mission: the missions a text tells as visits, as surface and start. */
export function visitingMissions(text: string): { surface: string; start: number }[] {
  if (!/\bmission\b/.test(text)) return [];
  return [...text.matchAll(EVENT_VISITING_MISSION.pattern)].map((m) => ({
    surface: m[1]!,
    start: m.index + m[0].length - m[1]!.length,
  }));
}

/** Rule event.visiting-mission (see above), hooked in the event stage. */
export function findVisitingMissions(ctx: Ctx, add: AddEvent): void {
  if (!textHas(ctx, EVENT_VISITING_MISSION.gate)) return;
  for (const x of visitingMissions(ctx.text))
    if (!ctx.within('Organization', x.start, x.start + x.surface.length).length)
      add('Event', x.surface, x.start, EVENT_VISITING_MISSION.id);
}

/**
 * Rule office.not-stacked-after-as: "designated President A as Mediator and President B as Co-Mediator", "appointed X
 * as Special Envoy and Y as his deputy": a title right after "as" is the role given to the person before it, not a
 * first title stacked on the person after "and" (office.two-titles would make B "Mediator of <B's state>").
 */
export const OFFICE_NOT_STACKED_AFTER_AS = { id: 'office.not-stacked-after-as', before: /\bas\s+$/ };

/** Rule office.not-stacked-after-as: does the title starting at `start` in `text` follow "as"? */
export function roleAfterAs(text: string, start: number): boolean {
  return OFFICE_NOT_STACKED_AFTER_AS.before.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Rule office.designated-by-body: "The Summit of the Authority … designated President A as Mediator", "the Council
 * appointed Ambassador B as its Special Representative": a title given after "as" to a person whom a body designated,
 * appointed, named or mandated belongs to that body (the last organisation named before the verb), not to the
 * person's state ("Mediator of Nigeria" before). Not when the title names its owner itself ("as Chair of ASEAN"), not
 * when no organisation stands before the verb ("The President appointed X as Minister of Finance").
 */
export const OFFICE_DESIGNATED_BY_BODY = {
  id: 'office.designated-by-body',
  verb: /\b(?:designated|appointed|named|mandated|elected|chose)\s+(?:[^,;.]{0,60}?)$/u,
};

/**
 * Rule office.designated-by-body: the organisation a title after "as" belongs to, given the sentence's text from its
 * start to the holder's mention (`beforeHolder`), the start of that text, and the organisations named in the sentence.
 */
export function designatingBody(
  beforeHolder: string,
  offset: number,
  orgs: readonly { name: string; start: number }[],
): string | undefined {
  const m = OFFICE_DESIGNATED_BY_BODY.verb.exec(beforeHolder);
  if (!m) return undefined;
  const verbAt = offset + m.index;
  return orgs.filter((o) => o.start < verbAt).pop()?.name;
}

/**
 * Rule agreement.title-comma-series: "the Agreement … on the Development, Management, Operation and Maintenance of
 * Facilities on Assumption Island", "the Treaty on the Promotion, Protection and Encouragement of Investments": a
 * formal title's complement may list capitalised nouns with commas, closed by "and" and a noun that governs a further
 * complement ("… and Maintenance of Facilities"); the name was cut at the first comma. A comma links only then ("the
 * Agreement on Trade, which …", "the Declaration of Principles, Trade and Fisheries being …" stay cut). `word` is the
 * title-word pattern of agreements.ts, `sp` its spacing.
 */
export const AGREEMENT_TITLE_COMMA_SERIES = { id: 'agreement.title-comma-series' };

/** Rule agreement.title-comma-series: the comma linker of a head-first title's complements, as a pattern source. */
export function titleCommaSeriesLink(word: string, sp: string): string {
  return String.raw`,${sp}(?=${word}(?:,${sp}${word})*,?${sp}and${sp}${word}(?:${sp}${word})*${sp}(?:of|on|for|in)${sp}(?:the${sp})?${word})`;
}
