// Round aud21 (issue 6): events told in passing, third round: earlier gatherings recalled by where they were held, and
// meetings told by a noun with their two people, the two largest open sub-causes of the first-look audit's class A
// besides negotiations and incidents (docs/first-look.md, "Events told in passing, third round"). Tested in
// rules-aud21.test.ts. This file imports only types (and the pair-meeting helper) from the stages that call it, so
// that no import cycle forms.
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import { whenTextWords } from './gates.ts';
import { addPairMeeting } from './told-meetings.ts';
import type { Found, PeopleFacts, PersonMention } from './types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A gathering's head noun, singular or plural. */
const GATHERING = '(?:meeting|summit|conference|session|talks|consultations|round|dialogue|forum|retreat)s?';
/** Up to four modifiers before the head noun, none a function word ("the consultative", "Intergovernmental"). */
const MODIFIERS = `(?:(?!(?:of|and|the|to|with|for|on|in|at|by|a|an|two|three|several)\\b)[\\p{L}\\p{M}'’-]+${SP}){0,4}?`;
/** A date told after "held": "on 14 April", "on 1-2 May 2023", "in June", "in March 2022", "last year". */
const DATE =
  `(?:(?:on${SP})?\\d{1,2}(?:[–-]\\d{1,2})?${SP}${MONTH}(?:${SP}\\d{4})?|(?:on${SP})?${MONTH}${SP}\\d{1,2}(?:,?${SP}\\d{4})?` +
  `|in${SP}${MONTH}(?:${SP}\\d{4})?|in${SP}(?:19|20)\\d\\d|last${SP}(?:year|month|week))`;

/** Trigger words of the aud21 rules, as named data (gates.ts): a text without any of them is not read. */
export const AUD21_TRIGGERS = {
  /** event.held-in-recalled: the participle that tells where an earlier gathering was held. */
  heldIn: ['held', 'convened'],
  /** event.noun-of-pair: the nouns a meeting of two people is told by. */
  nounOfPair: ['meeting', 'meetings', 'talks', 'conversation'],
} as const;

/** Patterns of the aud21 rules, as named data. */
export const AUD21_PATTERNS = {
  /**
   * Rule event.held-in-recalled: an earlier gathering told by a determiner, its noun phrase and where it was held: "the
   * consultative meeting of the foreign ministers of A, B and C held in Sorno on 14 January", "a meeting with the
   * Commission held in Copenhagen", "the Intergovernmental Conference held in June in Brussels", "the meeting of
   * special envoys convened by the United Nations in Doha on 1-2 May". Groups: 1 the noun phrase (modifiers, head noun,
   * an "of"/"with"/"on"/"between" complement), 2 the place.
   */
  heldIn: new RegExp(
    `\\b(?:the|a|an|its|their|his|her)${SP}(${MODIFIERS}${GATHERING}(?:${SP}(?:of|with|on|between)${SP}[^.;:()\\n]{1,120}?)?)` +
      `${SP}(?:that${SP}(?:was|were)${SP})?(?:held|convened(?:${SP}by${SP}(?:the${SP})?${CAP}(?:${SP}(?:${CAP}|of|the)){0,5})?)` +
      `(?:${SP}by${SP}videoconference)?(?:${SP}${DATE})?${SP}in${SP}((?:The${SP})?${CAP}(?:${SP}${CAP}){0,2})`,
    'gu',
  ),
  /** A gathering still to come, told after the match: "held in Sorno next month", "… in Sorno in 2030". */
  laterAfter: /^[^.;]{0,40}?\b(?:next|coming|upcoming|later\s+this|tomorrow)\b/u,
  /** A gathering still to come or a wish, told before the match in its clause: "ahead of", "will attend". */
  laterBefore:
    /\b(?:ahead\s+of|prior\s+to|in\s+preparation\s+for|preparations?\s+for|to\s+prepare|will|shall|would|to\s+attend|to\s+hold|plans?\s+to|looks?\s+forward)\b[^.;]{0,80}$/u,
  /** A pair told after the place: "… held in Sorno (on 2 February) between A and B". */
  betweenAfter: new RegExp(`^(?:${SP}${DATE})?${SP}between\\b`, 'u'),
  /** A meeting's own clause telling it still to come: "… will take place next week", "is to be held". */
  laterVerb: /\b(?:will|would|shall|is\s+to|are\s+to)\b/u,
  /** The own clause of a recalled gathering, naming who took part: ", at which the Envoy represented …", "in which". */
  ownClause: /^[^.;]{0,80}?,\s*(?:at|in|during)\s+which\b/u,
  /**
   * Rule event.noun-of-pair: a meeting told by its noun with its two people: "a meeting of Prime Minister A with
   * Commissioner B", "the meeting between A and B", "the talks of A and B", "the meeting held in Sorno on 2 February
   * between A and the Minister of Calda, B". Group 1: the noun.
   */
  nounOfPair: new RegExp(
    `\\b(?:a|an|the|their)${SP}(?:(?:first|brief|short|bilateral|private|separate|informal|recent|earlier|last)${SP}){0,2}` +
      `(meeting|talks|conversation)(?:${SP}held${SP}in${SP}${CAP}(?:${SP}${CAP})?(?:${SP}${DATE})?)?${SP}(?:of|between)${SP}`,
    'gu',
  ),
  /** What may stand between the first person and "with"/"and": nothing but the whole mention's end. */
  pairJoin: /^[^\S\n]*,?[^\S\n]*(?:with|and)[^\S\n]+$/u,
  /** A title or honorific before a person's name in the pair ("Prime Minister", "the Minister of Foreign Affairs of X,"). */
  titleGap:
    /^(?:the[^\S\n]+)?(?:(?:[\p{Lu}][\p{L}.’'-]*|of|for|the|and)[^\S\n]+){0,12}(?:[\p{Lu}][\p{L}.’'-]*[^\S\n]*,[^\S\n]*)?$/u,
} as const;

/** The place of a recalled gathering told in its noun phrase already ("… meeting in Sorno"), else "in <place>". */
function heldName(np: string, place: string): string {
  const head = np.replace(/\s+/g, ' ').trim();
  return new RegExp(`\\bin\\s+${place}\\b`).test(head) ? head : `${head} in ${place}`;
}

/** Which events each document's event.held-in-recalled made, with the span its own clause may name people in. */
const recalled = new WeakMap<Ctx, Map<string, Recalled>>();

/** An earlier gathering event.held-in-recalled read: where its own clause may lie (after the match, in its sentence). */
interface Recalled {
  from: number;
  to: number;
}

/**
 * Rule event.held-in-recalled: an earlier gathering recalled by where it was held ("The meeting follows up on the
 * consultative meeting of the foreign ministers of A, B and C held in Sorno on 14 January"; "reached agreement at a
 * meeting with the Commission held in Copenhagen"), named by its noun phrase and place ("consultative meeting of the
 * foreign ministers of A, B and C in Sorno"). Not the sentence's subject (the readout's own meeting is told so: "The
 * meeting held in Vetra on Monday …"), not a gathering still to come ("ahead of the summit held in …", "… next
 * month"), not where another event was read over the same words. Held, with no date of its own from this rule.
 */
export function findHeldInRecalled(ctx: Ctx, main: Found | undefined, add: AddEvent): void {
  const text = ctx.text;
  const mine = recalled.get(ctx) ?? new Map<string, Recalled>();
  recalled.set(ctx, mine);
  for (const m of text.matchAll(AUD21_PATTERNS.heldIn)) {
    const si = ctx.sentenceAt(m.index);
    const s = ctx.sentences[si]!;
    if (s.heading || (main && main.sentence === si && main.start >= m.index)) continue;
    const before = text.slice(s.start, m.index);
    // The sentence's subject is the readout's own gathering or one still told as news: not recalled.
    if (!/\p{L}/u.test(before) || AUD21_PATTERNS.laterBefore.test(before)) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, s.end);
    // "the meeting held in Sorno on 2 February between A and B" is the two's meeting (event.noun-of-pair).
    if (AUD21_PATTERNS.laterAfter.test(after) || AUD21_PATTERNS.betweenAfter.test(after)) continue;
    const np = m[1]!;
    const from = m.index + m[0].indexOf(np);
    if (ctx.within('Event', from, end).length || ctx.covering('Event', from, from + 1).length) continue;
    if (/\bvisit\b/i.test(np)) continue;
    const f = add('Event', text.slice(from, end), from, 'event.held-in-recalled');
    const c = f && ctx.entity(f.key);
    if (!f || !c || c.rule !== 'event.held-in-recalled') continue;
    const name = heldName(np, m[2]!);
    ctx.rename(c.key, name);
    f.name = name;
    // Told by its past participle: held, whatever a later clause of the sentence plans ("and the preparations for …").
    f.planned = false;
    c.props.status = 'held';
    mine.set(c.key, { from: end, to: s.end });
  }
}

/**
 * Rule participated.held-in-recalled: the people an earlier gathering's own clause names ("…, at which the Special
 * Envoy represented the Organisation", "in which the delegation of A was led by X") took part in it.
 */
export function participateHeldInRecalled(k: RelKit): void {
  const mine = recalled.get(k.ctx);
  if (!mine?.size) return;
  for (const e of k.ev.eventMentions) {
    const span = mine.get(e.key);
    if (!span) continue;
    const own = AUD21_PATTERNS.ownClause.exec(k.ctx.text.slice(span.from, span.to));
    if (!own) continue;
    const at = span.from + own[0].length;
    for (const [m, key] of k.personsIn(e.sentence))
      if (m.start >= at) k.ctx.relate('PARTICIPATED_IN', key, e.key, e.sentence, 'participated.held-in-recalled');
  }
}

/** The pairs each document's event.noun-of-pair read, by event key. */
const nounPairs = new WeakMap<Ctx, Map<string, [PersonMention, PersonMention]>>();

/** The person of `inS` whose whole mention starts after `at` with only a title (or nothing) between. */
function personAfter(ctx: Ctx, inS: PersonMention[], at: number): PersonMention | undefined {
  return inS.find(
    (p) =>
      (p.from ?? p.start) >= at &&
      (p.from ?? p.start) - at < 160 &&
      AUD21_PATTERNS.titleGap.test(ctx.text.slice(at, p.from ?? p.start)),
  );
}

/**
 * Rule event.noun-of-pair: a meeting told by its noun with its two people ("The Conference was preceded by a meeting
 * of Prime Minister A with Commissioner B, at which …"; "welcomed the meeting held in Sorno on 2 February between A
 * and B"): the two's meeting, named after them (and its place), as event.qualified-meeting-with names its own.
 */
export function findNounOfPair(ctx: Ctx, people: PeopleFacts, main: Found | undefined, add: AddEvent): void {
  const text = ctx.text;
  const pairs = nounPairs.get(ctx) ?? new Map<string, [PersonMention, PersonMention]>();
  nounPairs.set(ctx, pairs);
  const mentions = [...people.personKey.keys()];
  for (const m of text.matchAll(AUD21_PATTERNS.nounOfPair)) {
    const si = ctx.sentenceAt(m.index);
    if (ctx.sentences[si]!.heading) continue;
    const inS = mentions.filter((p) => p.sentence === si).sort((a, b) => a.start - b.start);
    const host = personAfter(ctx, inS, m.index + m[0].length);
    if (!host) continue;
    const join = /^[^\S\n]*,?[^\S\n]*(?:with|and)[^\S\n]+/u.exec(text.slice(host.to ?? host.end));
    if (!join) continue;
    const guest = personAfter(ctx, inS, (host.to ?? host.end) + join[0].length);
    if (!guest || guest === host) continue;
    const place = /\bheld\s+in\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u.exec(m[0])?.[1];
    const f = addPairMeeting(ctx, people, main, add, {
      host,
      guest,
      place,
      from: m.index,
      to: guest.end,
      rule: 'event.noun-of-pair',
      noun: m[1] === 'talks' ? 'talks' : m[1] === 'conversation' ? 'conversation' : 'meeting',
    });
    if (!f) continue;
    pairs.set(f.key, [host, guest]);
    // Held unless its clause tells it still to come ("A and B will hold a meeting …", "… next week"): a later clause
    // of the sentence ("which will start in July") does not make it planned.
    const clause = text.slice(guest.to ?? guest.end, ctx.sentences[si]!.end).split(/[,;]/)[0]!;
    const later =
      AUD21_PATTERNS.laterBefore.test(text.slice(ctx.sentences[si]!.start, m.index)) ||
      AUD21_PATTERNS.laterAfter.test(clause) ||
      AUD21_PATTERNS.laterVerb.test(clause);
    f.planned = later;
    const c = ctx.entity(f.key);
    if (c) c.props.status = later ? 'planned' : 'held';
  }
}

/**
 * Rule participated.noun-of-pair: the two people of each such meeting take part in it, and nobody else (a meeting
 * told by its two people is theirs: "The two ministers welcomed the meeting between A and B" gives the ministers none).
 * Run after every participation rule.
 */
export function participateNounOfPair(k: RelKit): void {
  const pairs = nounPairs.get(k.ctx);
  if (!pairs?.size) return;
  const names = new Map<string, Set<string>>();
  for (const e of k.ev.eventMentions) {
    const pair = pairs.get(e.key);
    if (!pair) continue;
    const mine = names.get(e.key) ?? new Set<string>();
    names.set(e.key, mine);
    for (const m of pair) {
      const c = k.clusterOf.get(m);
      if (!c) continue;
      k.participate(e, c, e.sentence, 'participated.noun-of-pair');
      mine.add(k.ctx.entity(k.key(c))!.name);
    }
  }
  const other = (r: { type: string; from: string; to: string }) =>
    r.type === 'PARTICIPATED_IN' && names.has(r.to) && !names.get(r.to)!.has(k.ctx.entity(r.from)?.name ?? '');
  if (k.ctx.relations.some(other)) k.ctx.replaceRelations(k.ctx.relations.filter((r) => !other(r)));
}

/** event.held-in-recalled behind its gate: a text without "held" or "convened" is not read. */
export const heldInRecalledGated = whenTextWords(AUD21_TRIGGERS.heldIn, findHeldInRecalled);

/** event.noun-of-pair behind its gate: a text without a meeting noun is not read. */
export const nounOfPairGated = whenTextWords(AUD21_TRIGGERS.nounOfPair, findNounOfPair);
