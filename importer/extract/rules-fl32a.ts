// Rules of the fl32a round (issue 6), from three first-look samples in new styles (a Caribbean government information
// service's plain-text release on a treaty signed at a regional council's meeting, an East European foreign ministry's
// web page on a summit of four leaders and a contact group's signing, a Central African foreign ministry's Markdown
// release on a peace agreement signed in a third capital). Each is a general construction of readouts, never one
// passage's wording; tests in rules-fl32a.test.ts.
import type { Ctx } from './context.ts';
import { ORGANIZATIONS } from './lexicons.ts';

type AddEvent = (t: 'Event', s: string, st: number, r: string) => unknown;

const SP = '[^\\S\\n]+';
const CAP = "\\p{Lu}[\\p{L}'’-]+";
/** One name of a group or state: one to four capitalised words, "of" (the) between them. */
const NAMED = `${CAP}(?:${SP}(?:of${SP}(?:the${SP})?)?${CAP}){0,3}`;

/**
 * Rule event.leaders-of-talks: a gathering told by its kind and by who held it, "the negotiations of the leaders of the
 * 'Normandy format'", "the talks of the foreign ministers of Russia, Ukraine, France and Germany", "a summit of the
 * Heads of State of the two countries", "the consultations of the heads of government of Lithuania and Poland": talks,
 * negotiations and consultations as well as meetings and summits, held by leaders, heads of state or government,
 * presidents, prime ministers or foreign ministers of a named group (quoted or not), of a list of two or more states
 * closed by "and", or of "the two (three, four) countries". The older event.leaders-of reads "meeting / summit of the
 * leaders of <one name>" and stops at a list's first state; it is left to do so for the forms it reads.
 */
export const EVENT_LEADERS_OF_TALKS = {
  id: 'event.leaders-of-talks',
  gate: / of the (?:[Ll]eaders|[Hh]eads|[Pp]residents|[Pp]rime|[Ff]oreign|[Mm]inisters) /,
  /** A title that names a gathering: the opening's is the same one. */
  titleGathering: /\b(?:talks|negotiations|consultations|meeting|summit)\b/i,
  pattern: new RegExp(
    `\\b(?:[Aa]n?|[Tt]he)${SP}((summit|meeting|talks|negotiations|consultations)${SP}of${SP}the${SP}` +
      `(?:[Ll]eaders|[Hh]eads${SP}of${SP}(?:[Ss]tate(?:${SP}and${SP}[Gg]overnment)?|[Gg]overnment)|[Pp]residents|[Pp]rime${SP}[Mm]inisters|[Ff]oreign${SP}[Mm]inisters|[Mm]inisters${SP}of${SP}[Ff]oreign${SP}[Aa]ffairs)${SP}of${SP}` +
      `(?:(the${SP}(?:two|three|four|five|both)${SP}(?:countries|states|nations|governments))` +
      `|((?:the${SP})?["“]\\p{Lu}[^"”\\n]{1,60}["”])` +
      `|((?:the${SP})?${NAMED}(?:,${SP}(?:the${SP})?${NAMED}){0,6},?${SP}and${SP}(?:the${SP})?${NAMED})` +
      `|(?:the${SP})?${NAMED}))`,
    'gu',
  ),
};

/**
 * The span of the opening sentence when the title names a gathering ("On the talks of the … leaders in Minsk"): the
 * opening's gathering is the title's, which event.main-title names, so the rule makes no second event there.
 */
function titledOpening(ctx: Ctx): [number, number] | undefined {
  const title = ctx.sentences.find((s) => s.heading && s.text === ctx.doc.title);
  if (!title || !EVENT_LEADERS_OF_TALKS.titleGathering.test(title.text)) return undefined;
  const first = ctx.sentences.find((s) => !s.heading);
  return first ? [first.start, first.end] : undefined;
}

/** Rule event.leaders-of-talks over `text` (starting at `base` in the readout), none in `skip`. */
function leadersOfTalksIn(text: string, base: number, add: AddEvent, skip?: [number, number]): void {
  const R = EVENT_LEADERS_OF_TALKS;
  if (!R.gate.test(text)) return;
  for (const m of text.matchAll(R.pattern)) {
    if (skip && base + m.index >= skip[0] && base + m.index < skip[1]) continue;
    const newNoun = m[2] !== 'summit' && m[2] !== 'meeting';
    if (!newNoun && !m[3] && !m[4] && !m[5]) continue;
    add('Event', m[1]!, base + m.index + m[0].indexOf(m[1]!), R.id);
  }
}

/** Rule event.leaders-of-talks over the text: each gathering the older event.leaders-of does not read whole. */
export function findLeadersOfTalks(ctx: Ctx, add: AddEvent): void {
  leadersOfTalksIn(ctx.text, 0, add, titledOpening(ctx));
}

/** Rule event.leaders-of-talks in the first prose sentence, read before the readout's own meeting is chosen. */
export function findOpeningLeadersOfTalks(ctx: Ctx, add: AddEvent): void {
  const first = ctx.sentences.find((s) => !s.heading);
  if (first && !titledOpening(ctx)) leadersOfTalksIn(first.text, first.start, add);
}

/**
 * Rule event.format-is-group: "the Normandy format" is the name the organisation gazetteer gives a standing group of
 * states (the Normandy Four), a side of its own in the golds, not a process: event.process-named leaves a "<Name>
 * format" (process, channel, track) alone when an organisation is known by that very name. "the Astana format", known
 * as no organisation, is still a process.
 */
export const EVENT_FORMAT_IS_GROUP = {
  id: 'event.format-is-group',
  names: new Set(ORGANIZATIONS.flat().map((n) => n.toLowerCase())),
};

/** Rule event.format-is-group: is `name` ("Normandy format") an organisation's own name? */
export const formatIsGroup = (name: string): boolean =>
  EVENT_FORMAT_IS_GROUP.names.has(name.replace(/\s+/g, ' ').toLowerCase());

/**
 * Rule office.plural-title-recent-states: "The foreign ministers of the four countries, A, B, C and D, took part …" after
 * "… hosted the negotiations of the leaders: the President of the Russian Federation X, the President of Ukraine Y, the
 * President of the French Republic Z and the Federal Chancellor of the Federal Republic of Germany W"; "President X of
 * France received President Y of Germany. The foreign ministers of the two countries, A and B, …": a plural title "of
 * the <n> countries" with no list or pair of states joined by "and" before it (office.plural-title-pair-tail,
 * office.plural-title-list-before) takes the states, in the order told, of the nearest of the four sentences before it
 * that names exactly n distinct states (no demonyms); none when a nearer sentence names more than n (which n is
 * unsure), so the names keep the owner they had.
 */
export const OFFICE_PLURAL_TITLE_RECENT_STATES = {
  id: 'office.plural-title-recent-states',
  /** How many sentences before the title's are read. */
  sentences: 4,
  /** Where a sentence ends in the text before the title's sentence. */
  boundary: /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})|\n\s*\n/gu,
};

/** Rule office.plural-title-recent-states: the n states of the nearest sentence before `sentenceStart`, or undefined. */
export function statesOfRecentSentence(
  text: string,
  sentenceStart: number,
  hits: readonly { type: string; name: string; start: number; end: number; demonym?: boolean }[],
  n: number,
): string[] | undefined {
  const R = OFFICE_PLURAL_TITLE_RECENT_STATES;
  const from = Math.max(0, sentenceStart - 2000);
  const ends = [
    from,
    ...[...text.slice(from, sentenceStart).matchAll(R.boundary)].map((m) => from + m.index + m[0].length),
  ];
  const cuts = [...new Set([...ends, sentenceStart])].sort((a, b) => a - b);
  for (let i = cuts.length - 2, read = 0; i >= 0 && read < R.sentences; i--, read++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    const names = hits
      .filter((h) => h.type === 'State' && !h.demonym && h.start >= a && h.end <= b)
      .sort((x, y) => x.start - y.start)
      .map((h) => h.name);
    const distinct = [...new Set(names)];
    if (distinct.length === n) return distinct;
    if (distinct.length > n) return undefined;
  }
  return undefined;
}

/**
 * Rule event.main-signing-behalf-clause: "The Minister of State, …, X, signed today in Washington, on behalf of the
 * Democratic Republic of the Congo and on the instructions of the President of the Republic, Head of State, Y, the
 * Peace Agreement between …": a side told by "on behalf of" (or "in the name of") between the signing verb and the
 * agreement, with its own appositions and commas up to the comma before the agreement, is an adverbial like the place
 * and the day (event.main-signing-behalf-gap reads a side of a few capitalised words only). No clause end (";", ":",
 * ".") inside, and only when nothing but the agreement's article follows the last comma.
 */
export const EVENT_MAIN_SIGNING_BEHALF_CLAUSE = {
  id: 'event.main-signing-behalf-clause',
  /** An honorific's full stop ("Mr.", "Dr.", "H.E.") is no clause end. */
  clause:
    /,[^\S\n]*\b(?:on[^\S\n]+behalf[^\S\n]+of|in[^\S\n]+the[^\S\n]+name[^\S\n]+of)\b(?:[^;:.\n]|(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|H|E))\.)*,(?=[^\S\n]+(?:the[^\S\n]+)?$)/,
};

/** Rule event.main-signing-behalf-clause: `gap` (the verb → the agreement) with its comma-set behalf clause taken out. */
export function withoutBehalfClause(gap: string): string {
  if (!gap.includes('behalf') && !gap.includes('name of')) return gap;
  return gap.replace(EVENT_MAIN_SIGNING_BEHALF_CLAUSE.clause, '');
}

/**
 * Rule participated.not-instructing-principal: "X signed today in Washington, on behalf of the Democratic Republic of
 * the Congo and on the instructions of the President of the Republic, Head of State, His Excellency Y, the Peace
 * Agreement": the person named after "on the instructions (orders) of" or "at the instruction (direction, request) of"
 * inside a sentence, with only titles, "of the" and commas between (a stacked title), is the agent's principal, who
 * did not take part by that clause. Not a cue that opens its sentence ("On the instructions of the President, Minister
 * A travelled …": A is the agent).
 */
export const PARTICIPATED_NOT_INSTRUCTING_PRINCIPAL = {
  id: 'participated.not-instructing-principal',
  cue: /\b(?:on[^\S\n]+the[^\S\n]+(?:instructions?|orders?)|at[^\S\n]+the[^\S\n]+(?:instructions?|direction|request))[^\S\n]+of[^\S\n]+/gi,
  /** Between the cue and the mention: titles, "of (the)", "and", commas ("the President of the Republic, Head of State, His Excellency"). */
  lead: /^(?:the[^\S\n]+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and),?[^\S\n]+){0,10}$/u,
};

/** Rule participated.not-instructing-principal: is the mention starting at `from` such a principal? */
export function instructingPrincipalAt(text: string, sentenceStart: number, from: number): boolean {
  const before = text.slice(sentenceStart, from);
  if (!before.includes(' of ')) return false;
  const R = PARTICIPATED_NOT_INSTRUCTING_PRINCIPAL;
  const cue = [...before.matchAll(R.cue)].pop();
  if (!cue || !before.slice(0, cue.index).trim()) return false;
  return R.lead.test(before.slice(cue.index + cue[0].length));
}

/**
 * Rule participated.signer-inverted (the pattern; participated.signer-ceremony of rules-par30.ts reads it): a signing
 * told with its subject after the verb of being, "Signing alongside Prime Minister A were the Prime Ministers of X, Y
 * and Z, B, C and D", "Also signing were E and F", "Signing for the European Union was Commissioner G": everyone named
 * from "Signing" to the sentence's end signed (a principal after "on behalf of" excepted, as for the active verb).
 * Only "Signing" opening its sentence or after "Also"; not "Signing ceremonies were held …" (no "were" right after the
 * side or partner).
 */
export const SIGNER_INVERTED =
  /^(?:Also[^\S\n]+signing|Signing(?:[^\S\n]+(?:alongside|with|beside|for|on[^\S\n]+behalf[^\S\n]+of)[^\S\n]+[^,;:.]{1,80}?)?)[^\S\n]+(?:were|was)[^\S\n]+/;

/**
 * Rule participated.signer-and-signed (participated.signer-ceremony of rules-par30.ts reads it): "The Prime Minister …,
 * X, welcomed his colleagues to the island for the Fifty-First Meeting of the Y Authority and signed the treaty on
 * behalf of Z": a sentence that names another event may still tell a signatory of the readout's one signing, when the
 * signing is a verb joined by "and" after every other event of the sentence (the subject signed; the event was a
 * complement of the first verb).
 */
export const SIGNER_AND_SIGNED = /\band[^\S\n]+(?:then[^\S\n]+|also[^\S\n]+)?(?:signed|initial(?:l)?ed)\b/;
