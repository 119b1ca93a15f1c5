// Rules of the evk32a round (issue 6): encounters the extractor never made, told as the stages of one meeting (study
// in docs/first-look.md, "Events the extractor never makes, round 2: encounters"). Each rule is a general construction
// with its patterns named next to it; tests on made-up sentences, negatives included, in rules-evk32a.test.ts. This
// file imports only types from the stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = String.raw`[^\S\n]+`;
/** The formats a first stage of talks is told in. */
const FORMAT = String.raw`(?:narrow|restricted|one-on-one|limited|closed)`;

/**
 * Rule event.session-stage: the stages of one meeting told in sequence where no other session rule reads them. The
 * names are the samples' gold names of those stages.
 * - a first stage "first in a restricted / narrow format" after "held talks" ("The two Heads of State then held talks,
 *   first in a restricted format and then with their delegations") → session "talks in a restricted format";
 * - a later stage with the delegations after a first stage of the same sentence ("… and then with their delegations",
 *   "began with a one-on-one meeting between the two leaders and continued at delegation level") → session
 *   "delegation-level talks";
 * - "held a closed session, followed by expanded talks", "began with a closed session" → session "closed session".
 * A closed session of a named body ("a closed session of the Security Council") is that body's sitting, not read; a
 * later stage with no first stage in its sentence ("The minister then met the delegations") is not read.
 */
export const EVENT_SESSION_STAGE = {
  id: 'event.session-stage',
  /** Group 1 the format of the first stage. */
  firstFormat: new RegExp(String.raw`\bheld${SP}talks,?${SP}first${SP}in${SP}an?${SP}(${FORMAT})${SP}format\b`, 'giu'),
  /** Group 1 the later stage's words. */
  delegationStage: new RegExp(
    String.raw`\b(?:then|continued|proceeded)${SP}(?:(?:continued|proceeded)${SP})?((?:at${SP}(?:the${SP})?delegations?[- ]level)|(?:with${SP}(?:their|both|the${SP}two)${SP}delegations))(?![^\S\n]+(?:of|from)\b)`,
    'giu',
  ),
  /** Before the later stage, in its sentence: a first stage ("first", "began with", "a one-on-one meeting"). */
  firstBefore: /\b(?:first|began|started|opened|one-on-one|tête-à-tête|restricted|narrow)\b/i,
  /** Group 1 "closed session". */
  closed: new RegExp(
    String.raw`\b(?:held|had|began${SP}with|opened${SP}with|started${SP}with)${SP}an?${SP}(closed${SP}session)(?!${SP}(?:of|on)\b)`,
    'giu',
  ),
  /** The names of the stages. */
  names: { delegation: 'delegation-level talks', closed: 'closed session' },
};

/** Adds one stage under `name` unless an event already covers its words. */
function addStage(ctx: Ctx, add: AddEvent, surface: string, start: number, name: string): void {
  const end = start + surface.length;
  if (ctx.ofType('Event').some((c) => c.start < end && c.end > start)) return;
  const f = add('Event', surface, start, EVENT_SESSION_STAGE.id);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== EVENT_SESSION_STAGE.id) return;
  if (f.name !== name) {
    f.name = name;
    ctx.rename(c.key, name);
  }
}

/** Rule event.session-stage: the stages of one meeting a text tells in sequence (see EVENT_SESSION_STAGE). */
export function findSessionStages(ctx: Ctx, add: AddEvent): void {
  const { text } = ctx;
  const rule = EVENT_SESSION_STAGE;
  if (text.includes('format'))
    for (const m of text.matchAll(rule.firstFormat)) {
      const surface = `talks in a ${m[1]!.toLowerCase()} format`;
      addStage(ctx, add, m[0].slice(m[0].lastIndexOf('in ')), m.index + m[0].lastIndexOf('in '), surface);
    }
  if (text.includes('delegation'))
    for (const m of text.matchAll(rule.delegationStage)) {
      const s = ctx.sentences[ctx.sentenceAt(m.index)];
      if (!s || !rule.firstBefore.test(text.slice(s.start, m.index))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!);
      addStage(ctx, add, m[1]!, at, rule.names.delegation);
    }
  if (text.includes('closed session'))
    for (const m of text.matchAll(rule.closed))
      addStage(ctx, add, m[1]!, m.index + m[0].lastIndexOf(m[1]!), rule.names.closed);
}

/**
 * Rule event.their-beside-ceremony: a meeting of two people told by its possessive and placed before or after the
 * readout's signing or ceremony ("The two foreign ministers, A and B, also discussed X during their meeting before the
 * ceremony", "In their conversation after the ceremony, the Minister and the Secretary reviewed …") is an Event of its
 * own, held, named by its words without the possessive ("meeting before the ceremony"); its people are those its
 * sentence names. A meeting placed before or after anything else ("their meeting after the summit") is left to the
 * other rules, and so is one still to come ("will hold their meeting after the ceremony").
 */
export const EVENT_THEIR_BESIDE_CEREMONY = {
  id: 'event.their-beside-ceremony',
  /** Group 1 the meeting's words after the possessive. */
  pattern: new RegExp(
    String.raw`\b(?:their|his|her)${SP}((?:(?:brief|bilateral|private)${SP})?(?:meeting|conversation|talks|discussions|exchange)${SP}(?:before|after|following|ahead${SP}of|prior${SP}to)${SP}the${SP}(?:signing${SP}ceremony|signing|ceremony))\b`,
    'giu',
  ),
  /** Before the possessive, in its clause: a verb still to come. */
  future: /\b(?:will|would|shall|to)[^\S\n]+(?:\p{L}+[^\S\n]+)?$/u,
};

/** Rule event.their-beside-ceremony: the meetings a text tells by their possessive beside its ceremony. */
export function findTheirBesideCeremony(ctx: Ctx, add: AddEvent): void {
  const { text } = ctx;
  if (!text.includes('ceremony') && !text.includes('signing')) return;
  const rule = EVENT_THEIR_BESIDE_CEREMONY;
  for (const m of text.matchAll(rule.pattern)) {
    if (rule.future.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    const end = at + m[1]!.length;
    if (ctx.ofType('Event').some((c) => c.start < end && c.end > at)) continue;
    add('Event', m[1]!, at, rule.id);
  }
}

/**
 * Rule event.received-delegation-guest (read by rules-ev19.ts's event.received-by): a delegation told as the guest of
 * "was (also) received by" ("On Thursday the delegation was also received by the President of the Republic, X", "the
 * Thai delegation was received by Deputy Prime Minister Y", "in the course of which the delegation was received by
 * President Z") stands for the person the readout says led it: "The Nigerian delegation was led by the Minister of
 * State, A", "B led a parliamentary delegation on a visit to …", "The delegation was headed by C". Where the subject
 * names the delegation's side ("the Thai delegation"), the leader must be told of that side's delegation; a bare "the
 * delegation" needs one leader told in the text. No leader told, no guest.
 */
export const EVENT_RECEIVED_DELEGATION_GUEST = {
  id: 'event.received-delegation-guest',
  /** The subject right before the verb: "the delegation", "the Thai delegation". Group 1 the side's word. */
  subject: new RegExp(
    String.raw`\b[Tt]he${SP}(?:(\p{Lu}[\p{L}'’-]*)${SP})?(?:(?:parliamentary|official|government|governmental|visiting|high-level)${SP})?delegation${SP}$`,
    'u',
  ),
  /** "The Thai delegation was led by", "The delegation is headed by". Group 1 the side's word. */
  ledBy: new RegExp(
    String.raw`\b[Tt]he${SP}(?:(\p{Lu}[\p{L}'’-]*)${SP})?(?:(?:parliamentary|official|government|governmental|visiting|high-level)${SP})?delegation${SP}(?:was|is|were)${SP}(?:led|headed)${SP}by${SP}`,
    'gu',
  ),
  /** "<person> led a parliamentary delegation", "<person> headed the delegation" (after the person's mention). */
  ledA: new RegExp(
    String.raw`^,?${SP}(?:also${SP})?(?:led|headed)${SP}(?:an?|the)${SP}(?:(?:\p{L}[\p{L}-]*)${SP}){0,2}delegation\b`,
    'u',
  ),
};

/** Whom a mention-like value is, for the rule below: where it starts and ends in the text. */
interface Span {
  start: number;
  end: number;
  from?: number;
  to?: number;
}

/**
 * Rule event.received-delegation-guest: the leader of the delegation the text before `at` (the verb "was received by")
 * names as its subject, among `mentions`; none when the subject is no delegation or no one leader is told.
 */
export function delegationGuest<T extends Span>(
  text: string,
  sentStart: number,
  at: number,
  mentions: T[],
): T | undefined {
  const rule = EVENT_RECEIVED_DELEGATION_GUEST;
  const subj = rule.subject.exec(text.slice(sentStart, at).replace(/(?:was|were|had|has|been|also)[^\S\n]*/g, ''));
  if (!subj || !text.includes('delegation')) return undefined;
  const side = subj[1];
  const leaders = new Set<T>();
  for (const m of text.matchAll(rule.ledBy)) {
    if (side && m[1] !== side) continue;
    const after = m.index + m[0].length;
    const p = mentions
      .filter((x) => (x.from ?? x.start) >= after && (x.from ?? x.start) - after < 80)
      .sort((a, b) => a.start - b.start)[0];
    if (p && !/[.;]/.test(text.slice(after, p.from ?? p.start))) leaders.add(p);
  }
  if (!side)
    for (const p of mentions) if (rule.ledA.test(text.slice(p.to ?? p.end, (p.to ?? p.end) + 60))) leaders.add(p);
  return leaders.size === 1 ? [...leaders][0] : undefined;
}

/**
 * Rule event.preceded-by: a meeting told as what came before the readout's own event, "The signing was preceded by a
 * trilateral meeting of the three defence ministers, attended by …", "The meeting was preceded by two days of
 * consultations between intelligence experts of A, B and C, which prepared …" → "trilateral meeting of the three
 * defence ministers", "consultations between intelligence experts of A, B and C": held, named by its noun phrase up to
 * the clause that follows it (", attended by", ", which", ", at which", ", chaired by"), without a duration before it.
 * A meeting already named over the words (a named summit, "the Joint Meeting of the Council of Ministers") is left
 * to the rule that named it; an announcement or anything but a meeting ("was preceded by the announcement") is not read.
 */
export const EVENT_PRECEDED_BY = {
  id: 'event.preceded-by',
  /** Group 1 the noun phrase after the article or duration. */
  pattern: new RegExp(
    String.raw`\b(?:was|were|had${SP}been)${SP}preceded${SP}by${SP}(?:an?${SP}|(?:(?:two|three|four|five|several)${SP}(?:days|weeks|rounds)${SP}of${SP}))((?:[\p{Ll}-]+${SP}){0,3}(?:meeting|talks|consultations|session|discussions)(?:${SP}(?:of|between|with|among)${SP}[^.;\n]{3,90}?)?)(?=,${SP}(?:attended|which|at${SP}which|chaired|held|where|during${SP}which)\b|[.;\n]|$)`,
    'gu',
  ),
};

/** Rule event.preceded-by: the meetings a text tells as preceding another event. */
export function findPrecededBy(ctx: Ctx, add: AddEvent): void {
  if (!ctx.text.includes('preceded by')) return;
  for (const m of ctx.text.matchAll(EVENT_PRECEDED_BY.pattern)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    const end = at + m[1]!.length;
    if (ctx.ofType('Event').some((c) => c.start < end && c.end > at)) continue;
    add('Event', m[1]!, at, EVENT_PRECEDED_BY.id);
  }
}

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/**
 * Rule participated.preceded-by-group: a meeting event.preceded-by named "of the three defence ministers" is held by the
 * readout's people whose title holds the group noun's words ("Minister of National Defence", "Defence Minister" for
 * "defence ministers"), when exactly as many hold one as the number says; else by nobody.
 */
export const PARTICIPATED_PRECEDED_BY_GROUP = {
  id: 'participated.preceded-by-group',
  /** Group 1 the number, group 2 the group noun's words before "ministers". */
  group: /\bof[^\S\n]+the[^\S\n]+(two|three|four|five)[^\S\n]+((?:[\p{Ll}-]+[^\S\n]+){0,2})ministers\b/u,
};

/** Rule participated.preceded-by-group over the events of event.preceded-by (see PARTICIPATED_PRECEDED_BY_GROUP). */
export function participatePrecededByGroup(k: RelKit): void {
  const { ctx, ev, people } = k;
  for (const e of ev.eventMentions.filter((x) => ctx.entity(x.key)?.rule === EVENT_PRECEDED_BY.id)) {
    const m = PARTICIPATED_PRECEDED_BY_GROUP.group.exec(ctx.entity(e.key)!.name);
    if (!m || e.planned) continue;
    const words = m[2]!.trim().split(/\s+/).filter(Boolean);
    const holds = (t: string) => /\bMinister\b/.test(t) && words.every((w) => new RegExp(`\\b${w}\\b`, 'i').test(t));
    const members = people.clusters.filter((c) => (people.offices.get(c) ?? []).some((o) => holds(o.title)));
    if (members.length !== COUNT[m[1]!]) continue;
    for (const c of members) k.participate(e, c, e.sentence, PARTICIPATED_PRECEDED_BY_GROUP.id);
  }
}
