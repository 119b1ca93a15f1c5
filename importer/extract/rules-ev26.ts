// Rules of the ev26 round (issue 6, bank events-18): the readout's own signing told by the verb alone, and processes
// and formats named without a kind word. Each rule is a general construction with its patterns named next to it; tests
// on made-up sentences, negatives included, in rules-ev26.test.ts.
import { formatIsGroup } from './rules-fl32a.ts';
import type { Ctx } from './context.ts';
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

type Sentence = Ctx['sentences'][number];

const SP = String.raw`[^\S\n]+`;

/**
 * Rule event.main-signing-by-people: "Prime Minister A and Prime Minister B signed the X Treaty at Parliament House in
 * Canberra on Monday", "Presidents A, B and C signed the Treaty on … in Khujand today": an opening whose subject is two
 * or more named people and whose signing is set in place or time is the readout's own signing, an occasion the text
 * tells as such even with no noun "ceremony" (events-17 and events-18: the signatories and witnesses take part, the
 * agreement is REACHED_AT it). Not a subject of states or governments alone ("A and B signed the agreement": the
 * GUIDE's "signed in Amman" gives no Event), not an opening with no venue.
 */
export const EVENT_MAIN_SIGNING_BY_PEOPLE = {
  id: 'event.main-signing-by-people',
  /**
   * The signing set at a venue after the verb: "at Parliament House", "at Malacañang". A city, a day or "today" alone
   * ("signed the agreement … in Washington on Wednesday", "signed today in Luanda the …") is left to the older rules
   * (the agreements bank and rules-fl23b give such a signing no Event).
   */
  setting: new RegExp(String.raw`\bat${SP}(?:the${SP})?\p{Lu}`, 'u'),
};

/**
 * Rule event.main-signing-by-people: does the opening `first`, whose signing verb is at `verbAt` (in its text), tell
 * the signing by two or more named people set in place or time?
 */
export function signingByPeople(ctx: Ctx, first: Sentence, verbAt: number): boolean {
  const people = new Set(ctx.within('Person', first.start, first.start + verbAt).map((c) => c.name));
  if (people.size < 2) return false;
  return EVENT_MAIN_SIGNING_BY_PEOPLE.setting.test(first.text.slice(verbAt));
}

/**
 * Rule event.process-named: "the latest ministerial meeting of the Luanda process", "the 22nd international meeting on
 * Syria in the Astana format", "spoke … about the Jeddah process", "the Oslo channel": a process, format, channel or
 * track named by a capitalised place or name with no kind word of a gathering is an Event (a round or meeting of it is
 * PART_OF it by the session rules). Only after a lower-case "the" (a sentence's first word is no name), only capitalised
 * name words ("the Colombian peace process", "the process" are not this), the kind word in lower case or "Process";
 * not when the text tells the same place's talks or negotiations ("the Geneva talks": the process is those talks), not
 * before "between" ("the Luanda process between A and B": the older process rule names it with its sides).
 */
export const EVENT_PROCESS_NAMED = {
  id: 'event.process-named',
  pattern: new RegExp(
    String.raw`(?<=\bthe${SP})((?:\p{Lu}[\p{L}'’-]+${SP}){0,2}\p{Lu}[\p{L}'’-]+${SP}(?:process|Process|format|channel|track))\b`,
    'gu',
  ),
  /** Name words that are no place or name: a title word, a month, a generic capitalised head. */
  notName: /^(?:The|This|That|Joint|New|Peace|Political|Consultative|Accession|Selection|Negotiating|Review)$/,
};

/**
 * Rule event.gathering-of-process: "the latest ministerial meeting of the Luanda process", "the 22nd international
 * meeting on Syria in the Astana format", "the eighth ministerial conference of the Bali Process": a gathering noun with
 * lower-case or ordinal modifiers (and an "on <Topic>"), then "of / in / within the <process>", is one event named by the
 * whole phrase (a time word such as "latest" dropped), PART_OF the process by part-of.gathering-of-process.
 */
export const EVENT_GATHERING_OF_PROCESS = {
  id: 'event.gathering-of-process',
  pattern: new RegExp(
    String.raw`\b(?:[Tt]he|a|its|their|year['’]s)${SP}((?:(?:latest|last|recent|previous)${SP})?(?:[\p{Ll}\d][\p{L}\d-]*${SP}){0,2}(?:meeting|round|session|summit|conference|consultations)(?:${SP}on${SP}\p{Lu}[\p{L}'’-]+)?${SP}(?:of|in|within)${SP}the${SP}(?:\p{Lu}[\p{L}'’-]+${SP}){1,3}(?:process|Process|format|channel|track))\b`,
    'gu',
  ),
  /** A time word first is no part of the name. */
  timeWord: new RegExp(String.raw`^(?:latest|last|recent|previous)${SP}`, 'u'),
};

/** Rule event.gathering-of-process over the text: each gathering with its start (a time word first dropped). */
export function gatheringsOfProcess(text: string): { surface: string; start: number }[] {
  if (!/\b(?:process|Process|format|channel|track)\b/.test(text)) return [];
  const out: { surface: string; start: number }[] = [];
  for (const m of text.matchAll(EVENT_GATHERING_OF_PROCESS.pattern)) {
    const time = EVENT_GATHERING_OF_PROCESS.timeWord.exec(m[1]!);
    const cut = time ? time[0].length : 0;
    out.push({ surface: m[1]!.slice(cut), start: m.index! + m[0].indexOf(m[1]!) + cut });
  }
  return out;
}

/** Rule event.process-named over the text (gated on the kind words): each process with its start. */
export function processNames(text: string): { surface: string; start: number }[] {
  if (!/\b(?:process|Process|format|channel|track)\b/.test(text)) return [];
  const out: { surface: string; start: number }[] = [];
  for (const m of text.matchAll(EVENT_PROCESS_NAMED.pattern)) {
    const words = m[1]!.split(/[^\S\n]+/).slice(0, -1);
    if (words.some((w) => EVENT_PROCESS_NAMED.notName.test(w))) continue;
    // "the Geneva talks … the Geneva process": the process told also as talks is those talks (their rules name it).
    const head = words.join(' ');
    if (text.includes(`${head} talks`) || text.includes(`${head} negotiations`)) continue;
    // "the Luanda process between A and B": the older rule names the process with its sides (topics-7).
    if (/^[^\S\n]+between\b/.test(text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 12))) continue;
    if (formatIsGroup(m[1]!)) continue; // event.format-is-group (fl32a)
    out.push({ surface: m[1]!, start: m.index! });
  }
  return out;
}

/** A process's name, as event.process-named makes it: the kind word last. */
export const PROCESS_NAME = /\b(?:process|Process|format|channel|track)$/;
/** A gathering's noun inside a name ("the eighth ministerial conference of the Bali Process" is no process). */
const GATHERING_NOUN = /\b(?:meeting|round|session|summit|conference|consultations|talks)\b/i;

/** Is `name` a process's own name (event.process-named), not a gathering of one? */
export function isProcessName(name: string): boolean {
  return PROCESS_NAME.test(name) && !GATHERING_NOUN.test(name);
}

/**
 * Rule part-of.gathering-of-process: "the latest ministerial meeting of the Luanda process", "the 22nd international
 * meeting on Syria in the Astana format", "the first summit in the Normandy format": the gathering told just before
 * "of / in / within the <process>" is PART_OF the process (its participants then take part in the whole by the session
 * rules). The gathering is the event mention of the same sentence that ends within 40 characters before the process,
 * else the readout's own event when the phrase is in its sentence. A process is never part of itself or of another.
 */
export const PART_OF_GATHERING_OF_PROCESS = {
  id: 'part-of.gathering-of-process',
  /** Between the gathering's mention and the process: "of the", "in the", "on Syria in the", "within the". */
  link: new RegExp(String.raw`^[^.;:\n]{0,40}?\b(?:of|in|within|under)${SP}the${SP}$`, 'u'),
  /** The gathering noun the link must follow. */
  gathering: /\b(?:meeting|round|session|summit|conference|talks|consultations?)\b[^.;:\n]{0,40}$/i,
};

/** Rule part-of.gathering-of-process over the found events. */
export function partOfGatheringOfProcess(k: RelKit): void {
  const { ctx } = k;
  const ms = [...k.ev.eventMentions].sort((a, b) => a.start - b.start);
  const r = PART_OF_GATHERING_OF_PROCESS;
  for (const p of ms) {
    if (!isProcessName(k.nameOf(p))) continue;
    const s = ctx.sentences[p.sentence]!;
    const before = ctx.text.slice(Math.max(s.start, p.start - 80), p.start);
    if (!/\bthe[^\S\n]+$/.test(before) || !r.gathering.test(before.replace(/\bthe[^\S\n]+$/, ''))) continue;
    const linked = (x: Found) =>
      x.end <= p.start
        ? r.link.test(ctx.text.slice(x.end, p.start))
        : x.start < p.start && x.end >= p.end && r.gathering.test(ctx.text.slice(x.start, p.start));
    const part =
      ms
        .filter((x) => x.key !== p.key && x.sentence === p.sentence && !isProcessName(k.nameOf(x)) && linked(x))
        .pop() ?? (k.main && k.main.sentence === p.sentence && !isProcessName(k.nameOf(k.main)) ? k.main : undefined);
    if (!part || part.key === p.key) continue;
    if (ctx.relationsOf('PART_OF').some((x) => x.from === part.key && x.to === p.key)) continue;
    ctx.relate('PART_OF', part.key, p.key, p.sentence, r.id);
  }
}

/** Rules event.process-named and event.gathering-of-process over the text: processes, then the gatherings of them. */
export function findNamedProcesses(
  text: string,
  add: (type: 'Event', name: string, start: number, rule: string) => unknown,
): void {
  for (const p of processNames(text)) add('Event', p.surface, p.start, EVENT_PROCESS_NAMED.id);
  for (const g of gatheringsOfProcess(text)) add('Event', g.surface, g.start, EVENT_GATHERING_OF_PROCESS.id);
}

/**
 * Rule event.main-headline-two-sides: a headline that tells a meeting by its verb ("X and Y meet in Bangkok", "X hosts
 * Y in Tbilisi", "X holds talks with <demonym> FM Y") over an opening that names the pair only as "the two sides" or
 * "the two <plural title>" ("The two sides discussed … on the sidelines of the sixth BIMSTEC Summit", "The two Prime
 * Ministers held a tête-à-tête …"): the readout's own event is the headline pair's meeting, not the summit, visit or
 * session the opening names (those are its frame or its parts). Only the first prose sentence, only when it starts so
 * (after a dateline); not a headline of a meeting to come, nor one with a noun of a meeting ("X, Y hold talks in Z":
 * the older title steps name those).
 */
export const EVENT_MAIN_HEADLINE_TWO_SIDES = {
  id: 'event.main-headline-two-sides',
  /** The opening's subject: "The two sides", "The two Prime Ministers", after an optional dateline ending in a dash. */
  twoSides: new RegExp(
    String.raw`^(?:[^–—\n]{0,80}[–—]${SP}|[^.\n]{0,60}\/\p{Lu}+\/\.?${SP}|[^:\n]{0,60}:${SP}|\p{Lu}[^.\n]{0,40}\d{4}\.${SP})?The${SP}two${SP}(?:sides|leaders|Presidents|Prime${SP}Ministers|heads${SP}of${SP}(?:state|government)|ministers|Foreign${SP}Ministers)\b`,
    'u',
  ),
  /** A dateline read as a sentence of its own: "Tbilisi, 28 October 2024." */
  datelineOnly: /^\p{Lu}[^.\n]{0,40}\d{4}\.$/u,
  /** A headline's plural verb of meeting with its place: "X and Y meet in Bangkok". */
  pluralMeet: new RegExp(String.raw`\bmeet${SP}(?:in|at)${SP}\p{Lu}`, 'u'),
};
