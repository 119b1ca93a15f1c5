// Rules of the ev24 round (issue 6, bank events-16): ceremonies told by their verb. "A and B laid flowers at the tomb of
// X", "A cut the ribbon to open the X Bridge, at a ceremony attended by B and C", "A and B planted a tree at Government
// House", "A and B laid the foundation stone of the X school", "A inaugurated the new building of the X Embassy,
// together with B": the ceremony is an Event (named by the
// phrase that tells it: "laid flowers at the tomb of X", "opening of the X Bridge"), its performers (the sentence's
// subject) and companions ("together with", "accompanied by", "alongside", "attended by") take part in it, and a
// ceremony told "during", "in the course of", "on the first day of", "at the end of" or "as part of" a visit is PART_OF
// that visit (rules-ev24-rel.ts).
import type { Ctx } from './context.ts';
import { whenWord, wordGate } from './gates.ts';
import type { Found, PeopleFacts, PersonCluster, PersonMention } from './types.ts';
import type { Sentence } from '../types.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = String.raw`[^\S\n]+`;
/** The object of a ceremony's verb: up to a clause's end, a date, a companion cue or a visit frame. */
const OBJECT =
  String.raw`((?!(?:on|in|at|by|as|to|for|from|with|during|and|yesterday|today|last|this|next)\b)(?:(?:the|a|an|its|their)${SP})?[^,.;:\n]{2,90}?)` +
  String.raw`(?=[^\S\n]*[,.;:\n]|${SP}on${SP}\d|${SP}(?:on${SP}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the${SP}(?:first|second|third|last|final|opening|closing))|in${SP}the${SP}presence|together|accompanied|alongside|jointly|during|ahead|before|after|at${SP}the${SP}(?:start|end|beginning|close|conclusion)|as${SP}part|in${SP}the${SP}course|and${SP}(?:then|later|afterwards|held|met)|where|which|with${SP}(?:President|Prime|Premier|King|Queen|Chancellor|Minister|Foreign|the))\b|$)`;

/** What tells a ceremony inside a visit, up to the visit's head noun: "during his state ", "on the first day of the ". */
const VISIT_CUE = String.raw`\b(?:during|in${SP}the${SP}course${SP}of|on${SP}the${SP}(?:first|second|third|last|final)${SP}day${SP}of|at${SP}the${SP}(?:start|end|beginning|close|conclusion)${SP}of|as${SP}part${SP}of)${SP}(?:(?:his|her|their|the|its)${SP})?(?:[\p{L}'’-]+${SP}){0,4}?`;

/** The patterns of the ev24 event rule, as named data. */
export const EV24_PATTERNS = {
  /**
   * event.ceremony-verb: a ceremony told by its past-tense verb and object. Group 1 is the phrase to name it by,
   * group 2 the object opened by "cut the ribbon to open" (named "opening of …"). Not "was inaugurated", "newly
   * inaugurated", "inaugurated as President" (a passive, an adjective, an office). Not "witnessed the signing of five
   * agreements": events-10 gives the agreements signed REACHED_AT the leaders' talks, with no signing event.
   */
  ceremonyVerb: new RegExp(
    [
      String.raw`\b(laid${SP}(?:a${SP}|the${SP})?(?:wreaths?|flowers|floral${SP}tributes?)${SP}(?:at|on|before|to)${SP}${OBJECT})`,
      String.raw`\bcut${SP}the${SP}(?:ceremonial${SP})?ribbon${SP}to${SP}(?:open|inaugurate)${SP}${OBJECT}`,
      String.raw`\b(planted${SP}(?:a|an|the)${SP}(?:[\p{Ll}-]+${SP})?(?:tree|sapling)${SP}(?:at|in|on)${SP}${OBJECT})`,
      String.raw`\b(laid${SP}the${SP}foundation${SP}stones?${SP}(?:of|for)${SP}${OBJECT})`,
      String.raw`(?<!\b(?:was|were|been|be|being|newly|recently|is|are)${SP})\b(inaugurated${SP}(?!as\b)${OBJECT})`,
      String.raw`\b(unveiled${SP}(?:a|the)${SP}(?:[\p{Ll}-]+${SP}){0,2}(?:plaque|monument|statue|bust|memorial)\b(?:${SP}(?:to|of|in${SP}honou?r${SP}of)${SP}${OBJECT})?)`,
    ].join('|'),
    'gu',
  ),
  /** What joins a subject's people: nothing but "and", commas and an appositive ("A and B", "A, B and C"). */
  subjectGap: /^[^\S\n]*(?:,[^\S\n]*)?(?:and[^\S\n]+)?$/,
  /** What may stand between a subject and its verb: an adverb of togetherness ("jointly", "together", "also"). */
  verbGap: /^[^\S\n]*(?:(?:also|jointly|together|then|later|formally|symbolically)[^\S\n]+)?$/,
  /** A companion cue after the verb: "together with", "accompanied by", "alongside", "attended by", "joined by". */
  companionCue:
    /\b(?:together[^\S\n]+with|accompanied[^\S\n]+by|alongside|attended[^\S\n]+by|joined[^\S\n]+by)[^\S\n]+$/,
  /**
   * event.ceremony-verb, part-of.ceremony-in-visit: a ceremony told inside a visit: "during his state visit to", "in
   * the course of the visit", "on the first day of his official visit", "at the end of the Cambodian leader's official
   * visit", "as part of the visit" (up to four words of the visit's name before "visit").
   */
  visitFrame: new RegExp(`${VISIT_CUE}(?:visit|tour|stay)\\b`, 'iu'),
  /** part-of.ceremony-in-visit: the same cue right before a visit's mention ("during the Uzbek leader's |visit"). */
  beforeVisit: new RegExp(`${VISIT_CUE}$`, 'iu'),
  /** Between two companions: "and", a comma. */
  companionGap: /^[^\S\n]*(?:,|and|,[^\S\n]*and)[^\S\n]*$/,
};

/** The words every sentence event.ceremony-verb reads holds: its verbs. */
export const EV24_GATE = wordGate('laid', 'cut', 'planted', 'inaugurated', 'unveiled');

/** A ceremony found by event.ceremony-verb, with its people, per document. */
export interface ToldCeremony {
  key: string;
  sentence: number;
  start: number;
  people: PersonCluster[];
}
const toldCeremonies = new WeakMap<Ctx, ToldCeremony[]>();

/** The ceremonies event.ceremony-verb found in the document, with their performers and companions. */
export const ceremoniesOf = (ctx: Ctx): readonly ToldCeremony[] => toldCeremonies.get(ctx) ?? [];

const clusterOf = (people: PeopleFacts, p: PersonMention): PersonCluster | undefined =>
  people.clusters.find((c) => c.mentions.includes(p));

/** The start and end of a person mention with its titles and appositions. */
const spanOf = (p: PersonMention): [number, number] => [p.from ?? p.start, p.to ?? p.end];

/** The subject's people of a verb at `at`: the mentions right before it, joined by "and" and commas only. */
function subjectOf(ctx: Ctx, ms: PersonMention[], at: number): PersonMention[] {
  const before = ms.filter((p) => spanOf(p)[1] <= at);
  const out: PersonMention[] = [];
  let edge = at;
  for (let i = before.length - 1; i >= 0; i--) {
    const [from, to] = spanOf(before[i]!);
    const gap = ctx.text.slice(to, edge);
    if (!(out.length ? EV24_PATTERNS.subjectGap : EV24_PATTERNS.verbGap).test(gap)) break;
    out.unshift(before[i]!);
    edge = from;
  }
  return out;
}

/** The companions after `at` ("together with B", "at a ceremony attended by B and C"), until the sentence's end. */
function companionsOf(ctx: Ctx, ms: PersonMention[], at: number, end: number): PersonMention[] {
  const after = ms.filter((p) => spanOf(p)[0] >= at);
  const out: PersonMention[] = [];
  for (const p of after) {
    const [from] = spanOf(p);
    const prev = out[out.length - 1];
    const gap = prev ? ctx.text.slice(spanOf(prev)[1], from) : '';
    if (prev && EV24_PATTERNS.companionGap.test(gap)) out.push(p);
    else if (EV24_PATTERNS.companionCue.test(ctx.text.slice(Math.max(at, from - 40), from))) out.push(p);
    else if (prev) break;
  }
  return out.filter((p) => spanOf(p)[1] <= end);
}

/** Rule event.ceremony-verb in sentence `s`. */
const ceremoniesIn = whenWord(
  EV24_GATE,
  function ceremonyVerbIn(ctx: Ctx, s: Sentence, people: PeopleFacts, add: AddEvent): void {
    const ms = [...people.personKey.keys()].filter((p) => p.sentence === s.index).sort((a, b) => a.start - b.start);
    EV24_PATTERNS.ceremonyVerb.lastIndex = 0;
    for (const m of s.text.matchAll(EV24_PATTERNS.ceremonyVerb)) {
      const named = m.slice(1).find((g) => g !== undefined);
      if (!named) continue;
      const start = s.start + m.index! + m[0].indexOf(named);
      const end = start + named.length;
      if (ctx.within('Event', start, end).length || ctx.within('Agreement', start, end).length) continue;
      const subject = subjectOf(ctx, ms, s.start + m.index!);
      if (!subject.length) continue;
      const who = [
        ...new Set(
          [...subject, ...companionsOf(ctx, ms, end, s.end)]
            .map((p) => clusterOf(people, p))
            .filter((x): x is PersonCluster => !!x),
        ),
      ];
      // One performer alone ("Before the talks, A laid a wreath at X"): a courtesy told in passing, unless the sentence
      // tells it inside a visit (the dev gold leaves a lone wreath-laying out; events-15 keeps one told "at the start of
      // his state visit").
      if (who.length < 2 && !EV24_PATTERNS.visitFrame.test(s.text)) continue;
      const f = add('Event', named, start, 'event.ceremony-verb');
      const c = f && ctx.entity(f.key);
      if (!f || !c || c.rule !== 'event.ceremony-verb') continue;
      if (m[0].startsWith('cut')) ctx.rename(c.key, `opening of ${named}`);
      c.alias = false;
      c.props.kind = 'other';
      c.props.status = 'held';
      const list = toldCeremonies.get(ctx) ?? [];
      list.push({ key: f.key, sentence: s.index, start, people: who });
      toldCeremonies.set(ctx, list);
    }
  },
);

/**
 * Rule event.ceremony-verb: a ceremony told by its verb ("laid flowers at", "cut the ribbon to open", "planted a tree
 * at", "laid the foundation stone of", "inaugurated the", "unveiled a plaque") with people as its subject is an Event, unless an event or agreement already covers its phrase.
 */
export function findCeremonyVerbs(ctx: Ctx, people: PeopleFacts, add: AddEvent): void {
  for (const s of ctx.sentences) if (!s.heading) ceremoniesIn(ctx, s, people, add);
}
