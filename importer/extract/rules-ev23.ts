// Rules of the ev23 round (issue 6, bank events-15): gatherings named in lower case and participants told in a
// following sentence. A gathering named by its body and a lower-case kind ("the G20 foreign ministers' meeting", "the
// Joint Expeditionary Force leaders' summit", "the meeting of NATO foreign ministers", "A meeting of the Weimar
// Triangle was held") is an event as its capitalised form is; a sentence that lists a gathering's attendees by a cue
// the participation rules lacked ("Among those attending: A (host), B and C", "It brought together six heads of state:
// A, B …", "Also present at the talks were A and B", "B and C were among the guests", "Guests at the opening ceremony
// included A and B") gives them the readout's event (the cue joins ALSO_PRESENT of rules-participation.ts).
import type { Ctx } from './context.ts';
import { textHas, wordGate } from './gates.ts';
import type { Found } from './types.ts';
import { literalGate } from './literal-need.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => Found | undefined;

const SP = String.raw`[^\S\n]+`;
/** A capitalised word of a body's name, an acronym or a name with digits ("Joint", "G20", "NATO", "ASEAN-GCC"). */
const CAP = String.raw`(?:\p{Lu}[\p{L}\d&-]*|\p{Lu}\d+)`;
/** Portfolios of a lower-case ministers' meeting ("foreign ministers'", "defence ministers'"). */
const PORTFOLIO = String.raw`(?:foreign|defen[cs]e|finance|trade|economy|economic|energy|agriculture|health|interior|justice|environment|transport)`;
/** The lower-case kind after a body's name: "foreign ministers' meeting", "leaders' summit", "leaders’ retreat". */
const LOWER_KIND = String.raw`(?:(?:${PORTFOLIO}${SP})?ministers|leaders)['’]${SP}(?:summit|meeting|retreat|dialogue)\b`;
/** Words that start a sentence or a clause, never a body's name. */
const NOT_NAME =
  /^(?:The|A|An|At|On|In|Of|For|To|Their|Our|His|Her|Its|This|That|These|Those|Both|All|And|After|Before|During|While|When|Since)$/;

/** A month's name: "the October summit" is named by its date, not its body. */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** The patterns of the ev23 rules, as named data. */
export const EV23_PATTERNS = {
  /**
   * event.lower-case-gathering: a body's name of up to five capitalised words (an acronym alone too) before a
   * lower-case kind ("the G20 foreign ministers' meeting", "The Joint Expeditionary Force leaders' summit").
   */
  bodyLowerKind: new RegExp(String.raw`\b(${CAP}(?:${SP}${CAP}){0,4})${SP}${LOWER_KIND}`, 'gu'),
  /**
   * event.lower-case-gathering: a summit named by two or more capitalised words of its parties or body, told as
   * attended or as the frame of a meeting ("attended the European Political Community summit", "At the close of the
   * EU-Western Balkans summit"); one word alone is a place or a body already read.
   */
  namesSummit: new RegExp(
    String.raw`\b(?:(?:[Aa]t|[Oo]n)${SP}the${SP}(?:close|end|conclusion|opening|sidelines|margins)${SP}of|attended|attending|took${SP}part${SP}in)${SP}the${SP}` +
      String.raw`(${CAP}(?:${SP}${CAP}){1,4})${SP}summit\b`,
    'gu',
  ),
  /**
   * event.main-not-frame (ev23, beside the ev10 frames of main-event.ts): "At the close of the EU-Western Balkans
   * summit, A met B", "on the eve of Sunday's summit", "Ahead of the NATO Summit": the gathering's noun is not the
   * pair's own meeting's.
   */
  frameBefore: new RegExp(
    String.raw`\b(?:at${SP}the${SP}(?:close|end|conclusion|opening|start)${SP}of|on${SP}the${SP}eve${SP}of|ahead${SP}of|in${SP}the${SP}run-up${SP}to|attended)${SP}(?:the${SP})?(?:[\p{L}\d'’.-]+${SP}){0,6}$`,
    'iu',
  ),
  /**
   * event.told-met-framed (told-meetings.ts): "met" in a sentence that places the meeting on the margins or sidelines
   * of a gathering ("Vance met President Zelensky in the margins of the conference"); group 1 is "met".
   */
  metFramed: new RegExp(
    String.raw`\b(met)\b(?=[^.;\n]*?\b(?:on|in|at)${SP}the${SP}(?:sidelines|margins|side-lines|fringes?)${SP}of\b)`,
    'g',
  ),
  /** The nouns of a gathering the ev23 frames hold ("at the end of the talks" tells the talks themselves). */
  gatheringNoun: /^(?:summit|conference|forum|session|assembly|council|games|ceremony)\b/i,
  /** A gathering told only as a time reference ("before the meeting of the Weimar Triangle foreign ministers"). */
  timeBefore: /\b(?:before|after|ahead\s+of|eve\s+of|following)\s+$/i,
  /**
   * event.main-not-topic (ev23): "met B to discuss the country's accession talks": a noun inside what a meeting
   * discussed is a topic, not the pair's own meeting's noun.
   */
  topicBefore: new RegExp(
    String.raw`\bdiscuss(?:ed|ing)?${SP}(?:the${SP}|their${SP}|its${SP})?(?:[\p{L}\d'’.-]+${SP}){0,4}$`,
    'iu',
  ),
  /**
   * event.lower-case-gathering: "the meeting of NATO foreign ministers", "A meeting of the Weimar Triangle was held": a
   * lower-case meeting of a body's ministers or leaders, or of a named format told as held.
   */
  meetingOfBody: new RegExp(
    String.raw`\b(?:[Aa]|[Tt]he)${SP}meeting${SP}of${SP}(?:the${SP})?(${CAP}(?:${SP}${CAP}){0,3})` +
      String.raw`(?:${SP}(?:${PORTFOLIO}${SP})?(?:ministers|leaders)\b|(?=${SP}(?:was${SP}held|took${SP}place|met)\b))`,
    'gu',
  ),
  /**
   * participated.listed-after-cue: a sentence that lists a gathering's attendees: "Among those attending:", "It
   * brought together six heads of state:", "Also present at the talks were", "were among the guests", "Guests at the
   * opening ceremony included". ASCII classes only: ALSO_PRESENT of rules-participation.ts reads it without the u flag.
   */
  attendingCue: new RegExp(
    [
      String.raw`\bamong${SP}(?:those|the${SP}(?:leaders|participants|guests))${SP}(?:attending|present)[^\S\n]*:`,
      String.raw`\bbrought${SP}together${SP}(?:[\w-]+${SP}){0,4}?(?:heads${SP}of${SP}(?:state|government)|leaders|ministers|presidents)(?:${SP}(?:and${SP})?(?:[\w-]+${SP}){0,3}?(?:government|ministers))?[^\S\n]*:`,
      String.raw`\balso${SP}present${SP}at${SP}the${SP}(?:talks|meeting|summit|session|ceremony|dinner|lunch|signing)${SP}(?:were|was)\b`,
      String.raw`\b(?:were|was)${SP}among${SP}the${SP}guests\b`,
      String.raw`\bguests${SP}at${SP}the${SP}(?:[\w-]+${SP}){0,3}?(?:ceremony|dinner|banquet|reception|lunch|summit)${SP}included\b`,
    ].join('|'),
    'iu',
  ),
};

/** The words every text the ev23 framed-met rule acts on holds. */
export const EV23_MET_GATE = wordGate('sidelines', 'margins', 'fringe', 'fringes', 'side');

/** The words every text the ev23 event rule acts on holds. */
export const EV23_GATE = wordGate('ministers', 'leaders', 'meeting');

/** The literals of the three ev23 event patterns, each asked once of a text (perf25a). */
const EV23_GATES = [EV23_PATTERNS.bodyLowerKind, EV23_PATTERNS.namesSummit, EV23_PATTERNS.meetingOfBody].map(
  literalGate,
);

/** Whether `name` (a match's body part) can name a body: not a sentence's opening word alone. */
function bodyName(name: string, least = 1): boolean {
  const words = name.split(/\s+/u);
  while (words.length && NOT_NAME.test(words[0]!)) words.shift();
  if (words.some((w) => MONTH.test(w))) return false;
  const parts = words.flatMap((w) => w.split('-')).filter(Boolean).length;
  return (
    words.length > 0 && parts >= least && (words.length > 1 || /\p{Lu}.*(?:\p{Lu}|\d)/u.test(words[0]!) || parts > 1)
  );
}

/** The start of the body's name inside match `m` of group 1, past an opening word ("The Joint …" → "Joint …"). */
function nameStart(m: RegExpMatchArray): number {
  const lead = /^(?:(?:The|A|An|At|On|In)\s+)+/u.exec(m[1]!);
  return m.index! + m[0].indexOf(m[1]!) + (lead ? lead[0].length : 0);
}

/** Adds the gathering of match `m` (its body's name in group 1) unless `ok` is false or an event already covers it. */
function addNamed(ctx: Ctx, add: AddEvent, m: RegExpMatchArray, ok: boolean): void {
  if (!ok) return;
  const start = nameStart(m);
  const end = m.index! + m[0].length;
  if (ctx.within('Event', start, end).length || ctx.within('Person', start, end).length) return;
  // "the Putin-Trump summit": a pair's meeting named after its people is the main-event rules' to name.
  const names = new Set(ctx.ofType('Person').flatMap((p) => p.name.split(/\s+/u)));
  if (m[1]!.split(/[\s-]+/u).some((w) => names.has(w))) return;
  add('Event', ctx.text.slice(start, end), start, 'event.lower-case-gathering');
}

/**
 * Rule event.lower-case-gathering: a gathering named by its body and a lower-case kind is an event, unless an event
 * already covers it; "the meeting of NATO foreign ministers" keeps its "meeting of" form.
 */
export const findLowerCaseGatherings = function findLowerCaseGatherings(ctx: Ctx, add: AddEvent): void {
  if (!textHas(ctx, EV23_GATE)) return;
  const [kind, summit, meeting] = EV23_GATES.map((gate) => gate(ctx.text));
  if (kind) for (const m of ctx.text.matchAll(EV23_PATTERNS.bodyLowerKind)) addNamed(ctx, add, m, bodyName(m[1]!));
  if (summit) for (const m of ctx.text.matchAll(EV23_PATTERNS.namesSummit)) addNamed(ctx, add, m, bodyName(m[1]!, 2));
  for (const m of meeting ? ctx.text.matchAll(EV23_PATTERNS.meetingOfBody) : []) {
    if (!bodyName(m[1]!)) continue;
    if (EV23_PATTERNS.timeBefore.test(ctx.text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const start = m.index! + m[0].search(/meeting/iu);
    const end = m.index! + m[0].length;
    if (!ctx.within('Event', start, end).length)
      add('Event', ctx.text.slice(start, end), start, 'event.lower-case-gathering');
  }
};
