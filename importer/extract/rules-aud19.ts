// Round aud19 (issue 6): events told in passing, the largest open sub-cause of the first-look audit's class A that the
// GUIDE backs ("Planned events": a meeting or visit announced, agreed or hoped for is an Event, DISCUSSED from the meeting
// that arranged it; a gathering INVOLVES its host state). docs/first-look.md, "Events in passing"; tested in
// rules-aud19.test.ts. This file imports only types from the stages that call it, so that no import cycle forms.
import type { Ctx } from './context.ts';
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { CAPITAL_STATE } from './states.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A place after "in": one or two capitalised words, never a month ("in Paris", "in Buenos Aires"). */
const PLACE = `(?!${MONTH}\\b)\\p{Lu}[\\p{L}'’-]+(?:${SP}\\p{Lu}[\\p{L}'’-]+)?`;
/** A gathering noun in lowercase; capitalised only after "next" ("the next Summit", "the next CHOGM"). */
const HEAD = '(?:meeting|summit|conference|session|round|consultations|dialogue|celebration|ceremony|forum|retreat)';
const NEXT_HEAD = `(?:next|upcoming|forthcoming)${SP}(?:[\\p{Ll}-]+${SP})?(?:Summit|Meeting|Session|Conference|Forum|\\p{Lu}{3,})`;

/** Patterns of the aud19 rules, as named data. */
export const AUD19_PATTERNS = {
  /**
   * Rule event.agreed-to-hold: a gathering that a verb of arranging makes the object of "hold", "host" or "convene":
   * "The delegations agreed to hold a preparatory meeting of the two co-hosts in Paris in the autumn", "reaffirmed his
   * willingness to host a meeting between the two Presidents in Luanda", "Argentina, which will host the next Summit in
   * 2025", "the offer of Arland to host the next CHOGM". Groups: 1 the lead, 2 the gathering (head, complement,
   * place). The complement runs to the first clause boundary (a comma, a time word, "before", "once" …).
   */
  agreedToHold: new RegExp(
    `\\b((?:agreed|decided|resolved|undertook|offered|proposed|hopes?|hoped|plans?|planned|intends?|ready|willingness|readiness)${SP}to${SP}(?:hold|host|convene|organi[sz]e)|(?:will|would|shall|to)${SP}host)${SP}(?:the|a|an)${SP}` +
      `((?:(?:next|first|second|third|new|further|joint|\\d+(?:st|nd|rd|th))${SP})?(?:[\\p{Ll}-]+${SP}){0,3}?(?:${HEAD}|${NEXT_HEAD})` +
      `(?:${SP}(?:of|between|with|on)${SP}(?:[^,.;:\\n()"“”]|\\.(?=\\p{L})|(?<=\\b\\p{Lu})\\.){1,70}?)?(?:${SP}in${SP}${PLACE})?)` +
      `(?=[^\\S\\n]*(?:[,;:)]|(?<!\\b\\p{Lu})\\.(?!\\p{L})|$)|${SP}(?:in|at|before|after|within|during|later|next|early|as|once|to|for|ahead|by|soon|this|from|when|on${SP}\\d)\\b)`,
    'gmu',
  ),
  /** What a complement of event.agreed-to-hold may not hold: a clause of its own ("established by", "which", "to"). */
  clauseInComplement: /\b(?:which|that|who|where|will|would|to|is|are|was|were|\p{Ll}+ed)\b/u,
  /**
   * Rule event.meet-again-in: "The Heads of State agreed to meet again in Khujand on 31 March 2025 for a trilateral
   * summit", "The Conference agreed to meet next in Dublin in the autumn": the next meeting, named by its noun (else
   * "next meeting") and its place. Groups: 1 the place, 2 the gathering when the text names one.
   */
  meetAgainIn: new RegExp(
    `\\b(?:agreed|decided|resolved)${SP}to${SP}meet${SP}(?:again|next)${SP}in${SP}(${PLACE})` +
      `(?:${SP}on${SP}\\d{1,2}${SP}${MONTH}(?:${SP}\\d{4})?|${SP}in${SP}(?:the${SP})?(?:autumn|spring|summer|winter|${MONTH})(?:${SP}(?:of${SP})?\\d{4})?)?` +
      `(?:${SP}for${SP}(?:a|an|the)${SP}((?:[\\p{Ll}-]+${SP}){0,2}${HEAD}))?`,
    'gu',
  ),
  /**
   * Rule event.next-held-in: "The next Session of the Nordic Council will be held in Stockholm", "The next meeting of
   * the Council of Heads of State will be held in Arland in 2025": the next sitting of a named body told with its place
   * (event.to-be-held reads a bare noun before the verb). Groups: 1 the sitting, 2 the place.
   */
  nextHeldIn: new RegExp(
    `\\b[Tt]he${SP}((?:next|upcoming|forthcoming)${SP}(?:[\\p{Ll}-]+${SP})?(?:summit|meeting|session|conference|Summit|Meeting|Session|Conference)${SP}of${SP}(?:the${SP})?\\p{Lu}[\\p{L}'’-]*(?:${SP}(?:\\p{Lu}[\\p{L}'’-]*|of|the|and|for)){0,6}?)` +
      `${SP}(?:will|would|shall|is${SP}to|is${SP}due${SP}to)${SP}(?:be${SP}(?:held|hosted|convened)|take${SP}place)${SP}in${SP}(${PLACE})`,
    'gu',
  ),
  /**
   * Rule event.that-host-hopes-to-hold: "the reconstruction conference that Lebanon hopes to hold with its partners",
   * "a donors' conference which Arland plans to host": a gathering named before its host's verb of arranging. Groups:
   * 1 the gathering, 2 the host.
   */
  thatHostHopes: new RegExp(
    `\\b(?:the|a|an)${SP}((?:[\\p{Ll}'’-]+${SP}){1,2}(?:conference|summit|meeting|forum))${SP}(?:that|which)${SP}(\\p{Lu}[\\p{L}'’-]*(?:${SP}\\p{Lu}[\\p{L}'’-]*){0,3})${SP}(?:hopes|plans|intends|is${SP}preparing|will|would|is${SP}to)${SP}(?:to${SP})?(?:hold|host|convene|organi[sz]e)\\b`,
    'gu',
  ),
  /**
   * Rule event.fighting-in: fighting told with where or between whom it happened, "after the fighting in northern Shan
   * State", "concern at the fighting between the M23 and the Congolese armed forces in North Kivu", "renewed fighting
   * along the border with Arland": an incident (GUIDE, "Incidents and INVOLVES"), pinned by a name in its complement.
   * "Fighting" alone ("reserves the right to resume fighting") or with an object ("fighting corruption") is no event,
   * nor fighting in a sentence that already names an incident ("the crisis in X, after the outbreak of fighting …").
   * Groups: 1 the incident, 2 its complement.
   */
  fightingIn: new RegExp(
    `\\b(?:(?:renewed|heavy|fierce|armed|recent|continued|intense)${SP})?(?:fighting|hostilities)${SP}(?:in|between|along|on|around|near|at)${SP}((?:[^,.;:\\n()]|\\.(?=\\p{L})|(?<=\\b\\p{Lu})\\.){2,90}?)` +
      `(?=[^\\S\\n]*(?:[,;:)]|(?<!\\b\\p{Lu})\\.(?!\\p{L})|$)|${SP}(?:and${SP}(?:at|on|to|in|for|the${SP}(?:humanitarian|situation|need))|which|that|since|after|before|has|have|had|was|were|is|are|who|as|to|with|from|during|urged|called)\\b)`,
    'gmu',
  ),
  /** A host standing right before the lead of event.agreed-to-hold: "Argentina, which will host", "Arland to host". */
  hostBefore: /^(?:,[^\S\n]*(?:which|that)[^\S\n]+|[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?)$/,
} as const;

/** The host of each event these rules read, by candidate key: the span of the state or organisation named as host. */
const hosts = new WeakMap<Ctx, Map<string, { start: number; end: number }>>();

/** A generic name another rule gave: two lowercase words at most ("next round", "further session"). */
const generic = (name: string) => !/\p{Lu}|\d/u.test(name) && name.split(/\s+/).length <= 2;

/**
 * Adds one gathering still to come under `name`, its text at [start, end). An event another rule already read inside
 * that span under a generic lowercase name ("next round") takes the fuller name; any other overlap is left to it.
 */
function addPlanned(ctx: Ctx, add: AddEvent, at: { start: number; end: number; name: string }, rule: string) {
  const inside = ctx.ofType('Event').filter((c) => c.start < at.end && c.end > at.start);
  if (inside.length > 1) return undefined;
  if (inside.length === 1) {
    const c = inside[0]!;
    if (c.start < at.start || c.end > at.end || !generic(c.name)) return undefined;
    ctx.rename(c.key, at.name);
    c.props.status = 'planned';
    return c.key;
  }
  const f = add('Event', ctx.text.slice(at.start, at.end), at.start, rule);
  const c = f && ctx.entity(f.key);
  if (!f || !c || c.rule !== rule) return undefined;
  f.name = at.name;
  f.planned = true;
  ctx.rename(c.key, at.name);
  c.props.status = 'planned';
  delete c.props.date;
  return c.key;
}

/** Rules event.agreed-to-hold, event.meet-again-in, event.next-held-in, event.that-host-hopes-to-hold. */
export function findPlannedTold(ctx: Ctx, hits: GazetteerHit[], add: AddEvent): void {
  const text = ctx.text;
  if (!/\b(?:hold|host|convene|organi[sz]e|meet|held|take place)\b/.test(text)) return;
  const hostOf = hosts.get(ctx) ?? new Map<string, { start: number; end: number }>();
  hosts.set(ctx, hostOf);
  const party = (h: GazetteerHit) => h.type === 'State' || h.type === 'Organization';
  for (const m of text.matchAll(AUD19_PATTERNS.agreedToHold)) {
    const np = m[2]!;
    const comp = /[^\S\n]+(?:of|between|with|on)[^\S\n]+(.*?)(?:[^\S\n]+in[^\S\n]+\p{Lu}[^\n]*)?$/u.exec(np);
    if (comp && AUD19_PATTERNS.clauseInComplement.test(comp[1]!)) continue;
    const start = m.index + m[0].length - np.length;
    const name = np.replace(/^(?:the|a|an)[^\S\n]+/, '');
    const key = addPlanned(ctx, add, { start, end: start + np.length, name }, 'event.agreed-to-hold');
    // involves.planned-host: the state or organisation right before "to host", "which will host", "hopes to hold".
    const host = hits.filter((h) => party(h) && h.end <= m.index).at(-1);
    if (key && host && AUD19_PATTERNS.hostBefore.test(text.slice(host.end, m.index)))
      hostOf.set(key, { start: host.start, end: host.end });
  }
  for (const m of text.matchAll(AUD19_PATTERNS.meetAgainIn)) {
    const at = m[2] ? m.index + m[0].length - m[2].length : m.index + m[0].indexOf('meet');
    const end = m[2] ? at + m[2].length : m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    const name = `${m[2] ?? 'next meeting'} in ${m[1]!}`;
    addPlanned(ctx, add, { start: at, end, name }, 'event.meet-again-in');
  }
  for (const m of text.matchAll(AUD19_PATTERNS.nextHeldIn)) {
    const at = m.index + m[0].indexOf(m[1]!);
    addPlanned(ctx, add, { start: at, end: at + m[1]!.length, name: `${m[1]!} in ${m[2]!}` }, 'event.next-held-in');
  }
  for (const m of text.matchAll(AUD19_PATTERNS.thatHostHopes)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const hostAt = m.index + m[0].lastIndexOf(m[2]!);
    const host = hits.find((h) => party(h) && h.start === hostAt);
    if (!host) continue;
    const key = addPlanned(
      ctx,
      add,
      { start: at, end: at + m[1]!.length, name: m[1]! },
      'event.that-host-hopes-to-hold',
    );
    if (key) hostOf.set(key, { start: host.start, end: host.end });
  }
}

/**
 * Rule involves.planned-host: a gathering still to come INVOLVES the state or organisation the text names as its host
 * (extract-common: "a gathering gets INVOLVES … of its host state"; the dev gold does so for planned summits too).
 */
export function involvesPlannedHost(k: RelKit): void {
  const hostOf = hosts.get(k.ctx);
  if (!hostOf) return;
  for (const [key, span] of hostOf) {
    const e = k.ctx.entity(key);
    const h = k.hitsIn(span.start, span.end).find((x) => x.type === 'State' || x.type === 'Organization');
    const to = h && k.hitKeys.get(h);
    if (e && to) k.ctx.relate('INVOLVES', key, to, e.sentence, 'involves.planned-host');
  }
}

/**
 * Rule involves.fighting-capital: fighting in a capital involves the state whose capital it is ("the fighting in Juba in
 * July 2016" → South Sudan), when the readout names that state (GUIDE: the states "named or plainly implied as … affected
 * party").
 */
export function involvesFightingCapital(k: RelKit): void {
  for (const c of k.ctx.ofType('Event')) {
    if (c.rule !== 'event.fighting-in') continue;
    for (const m of c.name.matchAll(/\bin[^\S\n]+(\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+)?)/gu)) {
      const state = CAPITAL_STATE.get(m[1]!) ?? CAPITAL_STATE.get(m[1]!.split(/\s+/)[0]!);
      const to = state && k.stateKey(state);
      if (to) k.ctx.relate('INVOLVES', c.key, to, c.sentence, 'involves.fighting-capital');
    }
  }
}

/** Rule event.fighting-in: fighting told with its place or sides, as an incident, when a name pins it down. */
export function findFightingTold(ctx: Ctx, add: AddEvent): void {
  if (!/fighting|hostilities/.test(ctx.text)) return;
  for (const m of ctx.text.matchAll(AUD19_PATTERNS.fightingIn)) {
    if (!/\p{Lu}/u.test(m[1]!)) continue;
    // "the crisis in Sudan …, following the outbreak of fighting between A and B": an incident its sentence already
    // names is that incident told again, no second node.
    const si = ctx.sentenceAt(m.index);
    if (ctx.inSentence(si).some((c) => c.type === 'Event' && c.props.kind === 'incident')) continue;
    const surface = m[0].replace(/^(?:recent|continued)[^\S\n]+/, '');
    const f = add('Event', surface, m.index + m[0].length - surface.length, 'event.fighting-in');
    const c = f && ctx.entity(f.key);
    if (c && c.rule === 'event.fighting-in') c.props.kind = 'incident';
  }
}
