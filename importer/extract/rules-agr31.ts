// Rules of round agr31 (issue 6): PART_OF and REACHED_AT constructions the annotated samples miss (docs/first-look.md,
// "Agreements, PART_OF, REACHED_AT and BASED_ON missed on the annotated samples, by cause").
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/**
 * Rule part-of.round-of-process: a round of talks or negotiations is PART_OF the talks, negotiations, dialogue, forum or
 * process it is a round of, when the readout names that whole as an event of its own: "the ninth round of negotiations,
 * held in Berlin" of "the negotiations between the Governments of A and B"; "The round follows the first round, held in
 * Muscat" of "the indirect talks between A and B"; "the Khartoum round of the Forum" of "the High-Level Revitalization
 * Forum"; "after a second round of talks" of the summit's "Pyongyang talks". The whole is the event whose name holds the
 * round's own head word ("of negotiations", "of the Forum"); a round told without one ("the first round") takes the
 * readout's only whole, or the one its sibling rounds were given. Not a round still to come ("the next round"), a
 * round table, nor a whole that is itself a round or holds the round's name.
 */
export const PART_OF_ROUND_OF_PROCESS = {
  id: 'part-of.round-of-process',
  /** A round's name: "ninth round of negotiations", "first round", "Khartoum round", "second round of talks in Rome". */
  round: /^(?:the\s+)?(?:[\p{L}\d'’-]+\s+){1,3}?round\b(?!\s*-?\s*tables?\b)/iu,
  /** A round still to come, or one of several told at once. */
  notHeld: /^(?:the\s+)?(?:next|further|new|another|upcoming|forthcoming|future|following)\b/i,
  /** The round's own head word, in its name or just after its mention: "of negotiations", "of the Forum". */
  head: /^(?:[^\S\n]+round)?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[\p{L}'’-]+[^\S\n]+){0,4}?(talks|negotiations|consultations|dialogue|discussions|forum|process)\b/iu,
  /** A whole's name: its head word last, or before what the whole is between, on or of ("talks between A and B"). */
  whole:
    /\b(?:talks|negotiations|consultations|dialogue|discussions|forum|process)(?:[^\S\n]+(?:between|on|of|with|over|among)\b.*)?$/i,
  /** One meeting known by its place or name ("the Geneva talks"), an earlier round rather than the whole. */
  oneMeeting: /^(?:the\s+)?\p{Lu}[\p{L}'’-]+\s+(?:talks|negotiations|consultations|discussions)$/u,
  /** A round told in apposition to another event ("the third Doha meeting, the first round of the Doha process"). */
  apposition: /,[^\S\n]*(?:the[^\S\n]+|a[^\S\n]+)?$/,
  /** A place a name ends in: "talks in Doha". */
  place: /\bin[^\S\n]+(\p{Lu}[\p{L}'’-]+)$/u,
};

/** "the final round of talks in Doha" and "the talks in Doha": one event told twice, not a round of a whole. */
function samePlace(round: string, whole: string): boolean {
  const a = PART_OF_ROUND_OF_PROCESS.place.exec(round)?.[1];
  return Boolean(a && a === PART_OF_ROUND_OF_PROCESS.place.exec(whole)?.[1]);
}

/** The head word of a round told by `m` (in its name, else just after its mention), lower-case; '' when none. */
function roundHead(k: RelKit, m: Found): string {
  const name = k.nameOf(m);
  const r = PART_OF_ROUND_OF_PROCESS;
  const inName = r.head.exec(name.slice(name.search(/\bround\b/i) + 'round'.length));
  if (inName) return inName[1]!.toLowerCase();
  const after = r.head.exec(k.ctx.text.slice(m.end, m.end + 80));
  return after && after.index === 0 ? after[1]!.toLowerCase() : '';
}

/** Is the round mention `m` told in apposition to another event mention just before it? */
function appositive(k: RelKit, m: Found): boolean {
  const before = k.ctx.text.slice(Math.max(0, m.start - 8), m.start);
  const comma = PART_OF_ROUND_OF_PROCESS.apposition.exec(before);
  if (!comma) return false;
  const at = m.start - before.length + comma.index;
  return k.ev.eventMentions.some((e) => e.key !== m.key && e.end === at);
}

/** Rule part-of.round-of-process over the readout's events. */
export function partOfRoundOfProcess(k: RelKit): void {
  const { ctx, ev } = k;
  const r = PART_OF_ROUND_OF_PROCESS;
  const isRound = (e: Found) => r.round.test(k.nameOf(e));
  const wholes = ev.events.filter(
    (e) =>
      !e.planned &&
      !isRound(e) &&
      r.whole.test(k.nameOf(e)) &&
      !r.oneMeeting.test(k.nameOf(e)) &&
      !/\bround\b/i.test(k.nameOf(e)),
  );
  if (!wholes.length) return;
  const rounds = ev.events.filter((e) => isRound(e) && !e.planned && !r.notHeld.test(k.nameOf(e)));
  const given = new Map<string, Found>();
  const bare: Found[] = [];
  for (const round of rounds) {
    if (ctx.relationsOf('PART_OF').some((x) => x.from === round.key)) continue;
    const mentions = ev.eventMentions.filter((m) => m.key === round.key);
    if (mentions.some((m) => appositive(k, m))) continue;
    const head = mentions.map((m) => roundHead(k, m)).find(Boolean) ?? '';
    if (!head) {
      bare.push(round);
      continue;
    }
    const fits = wholes.filter((w) => new RegExp(`\\b${head}\\b`, 'i').test(k.nameOf(w)));
    if (fits.length === 1) given.set(round.key, fits[0]!);
  }
  const siblings = new Set([...given.values()].map((w) => w.key));
  const only = wholes.length === 1 ? wholes[0] : siblings.size === 1 ? [...given.values()][0] : undefined;
  if (only) for (const round of bare) given.set(round.key, only);
  for (const round of rounds) {
    const whole = given.get(round.key);
    if (!whole || whole.key === round.key || k.nameOf(whole).includes(k.nameOf(round))) continue;
    if (samePlace(k.nameOf(round), k.nameOf(whole))) continue;
    ctx.relate('PART_OF', round.key, whole.key, round.sentence, r.id);
  }
}

/**
 * Rule reached-at.not-referred-to: an agreement a sentence only refers to is not reached at the readout's event, though
 * the sentence tells of something adopted or signed: "reaffirmed their commitment to the European Convention on …",
 * "decisions … on the 25th anniversary of the Code of Conduct", "adopted a decision on the TRIPS Agreement", "No
 * consensus was reached on a joint declaration", "on the opening day of the Conference of the Parties to the Framework
 * Convention" (an agreement inside an event's name). What was adopted is the decision or declaration, not what it is on.
 */
export const REACHED_AT_NOT_REFERRED_TO = {
  id: 'reached-at.not-referred-to',
  /** The words right before the agreement. */
  before:
    /\b(?:(?:commitment|committed|adherence|attachment|allegiance)\s+to|anniversary\s+of|(?:decisions?|resolutions?)\s+(?:on|concerning|regarding)|no\s+(?:consensus|agreement)\s+(?:was|could\s+be|has\s+been)\s+reached\s+on)\s+(?:(?:the|a|an|its|their)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$/i,
};

/** Rule reached-at.not-referred-to: is the agreement at [start, end) only referred to, or inside an event's name? */
export function referredToOnly(k: RelKit, start: number, end: number): boolean {
  if (REACHED_AT_NOT_REFERRED_TO.before.test(k.ctx.text.slice(Math.max(0, start - 60), start))) return true;
  return k.ev.eventMentions.some((e) => e.start < start && e.end >= end);
}

/**
 * Rule reached-at.gathering-adopted: "The Summit adopted a Joint Communiqué and directed …", "At the close of the
 * Meeting, the Council adopted a Declaration on …": the agreement a gathering told by its own head word adopts,
 * approves, endorses or issues right after the verb is reached at the readout's event, when that event's name holds
 * the head word and is no visit. Not a gathering still to come, not what the verb is only about ("adopted decisions on
 * the anniversary of the Code of Conduct": the agreement must follow the verb and its article).
 */
export const REACHED_AT_GATHERING_ADOPTED = {
  id: 'reached-at.gathering-adopted',
  pattern:
    /\b[Tt]he\s+((?:[A-Z][\p{L}-]*\s+){0,2}(Summit|Council|Meeting|Conference|Assembly|Session|Forum|Retreat|Commission))\s+(?:also\s+|formally\s+|unanimously\s+)?(?:adopted|approved|endorsed|issued|signed)\s+(?:(?:a|an|the|its|their)\s+)?$/u,
  cue: /\b(?:adopted|approved|endorsed|issued|signed)\b/,
};

/** Rule reached-at.gathering-adopted over the readout's agreement mentions. */
export function reachedAtGatheringAdopted(k: RelKit): void {
  const { ctx, ev, main, mainName } = k;
  const r = REACHED_AT_GATHERING_ADOPTED;
  if (!main || !mainName || main.planned || /\bvisit\b/i.test(mainName)) return;
  for (const a of ev.agreementMentions) {
    const s = ctx.sentences[a.sentence]!;
    const before = ctx.text.slice(Math.max(s.start, a.start - 90), a.start);
    if (!r.cue.test(before)) continue;
    const m = r.pattern.exec(before);
    if (!m || !new RegExp(`\\b${m[2]}\\b`, 'i').test(mainName)) continue;
    if (ctx.relationsOf('REACHED_AT').some((x) => x.from === a.key)) continue;
    ctx.relate('REACHED_AT', a.key, main.key, a.sentence, r.id);
  }
}

/**
 * Rule based-on.it-after-definite-subject: "The Declaration, in nine points, provides for … . It builds on the Cairo
 * reconciliation agreement of 2011", "The Ocean Declaration commits member countries to … . It builds on the Living
 * Lands Charter": an "It" that opens the sentence after one whose subject is a definite agreement noun ("The
 * Agreement", "The Ocean Declaration") is that agreement — the one named before with that noun (and its modifier), the
 * readout's lead one when several — not merely the last agreement the sentence before names ("under the United Nations
 * Convention on the Law of the Sea").
 */
export const BASED_ON_IT_AFTER_DEFINITE_SUBJECT = {
  id: 'based-on.it-after-definite-subject',
  /** The sentence before opens with a definite agreement noun, after an optional capitalised modifier. */
  subject:
    /^(?:The|This)\s+(?:new\s+)?((?:\p{Lu}[\p{L}-]+\s+)?(agreement|declaration|treaty|protocol|memorandum|accord|communiqu[eé]|charter|convention|roadmap|arrangement))\b(?!\s+(?:of|on|between)\b)/iu,
};

/** Rule based-on.it-after-definite-subject: the agreement an "It" of sentence `si` stands for, if the rule knows it. */
export function itAfterDefiniteSubject(k: RelKit, si: number): Found | undefined {
  const prev = k.ctx.sentences[si - 1];
  if (!prev) return undefined;
  const m = BASED_ON_IT_AFTER_DEFINITE_SUBJECT.subject.exec(prev.text.trimStart());
  if (!m) return undefined;
  const phrase = m[1]!.toLowerCase();
  const noun = m[2]!.toLowerCase();
  const before = k.ev.agreementMentions.filter((x) => x.sentence < si);
  const named = (w: string) => before.filter((x) => k.nameOf(x).toLowerCase().includes(w));
  const fits = phrase === noun ? named(noun) : named(phrase);
  return new Set(fits.map((x) => k.nameOf(x))).size === 1 ? fits[0] : undefined;
}

/** The agr31 relation rules, in order. */
export function addAgr31Relations(k: RelKit): void {
  partOfRoundOfProcess(k);
  reachedAtGatheringAdopted(k);
}
