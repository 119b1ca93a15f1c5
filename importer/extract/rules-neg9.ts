// Negotiators of an agreement told in general constructions (helper neg9); rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';
import { cueGate, sentenceCued } from './gates.ts';

/** Patterns of the rules in this file, as named data. */
export const NEG9_PATTERNS = {
  /** "the two texts", "both agreements", "the three protocols": a counted back-reference to agreements just named. */
  counted:
    /\b(?:the\s+)?(two|three|four|both)\s+(?:texts|agreements|documents|instruments|protocols|accords|arrangements|memorand(?:a|ums))\b/i,
  /** "the final text of the X Agreement was agreed by": the agreement whose text or wording the clause is about. */
  /** An agreement told only by a description ("trade deal", "the agreement"): no capital letter in its name. */
  described: /^[^A-Z]*$/,
  /** A formal title: it starts and ends with a capitalised word ("UK-EU Trade and Cooperation Agreement"). */
  titled: /^[A-Z0-9][^\s]*(?:\s+\S+)*\s+[A-Z][\w-]*$/,
  textOf: /\b(?:wording|text|terms)\s+of\s+(?:the\s+)?/i,
};

/** "the protocols": an uncounted plural of an agreement head, referring back to every agreement of that head named. */
const PLURAL_HEAD = /\bthe\s+(protocol|agreement|treat|memorand|declaration|accord)(?:s|ies|a|ums)\b/i;

const COUNTS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

/**
 * "The two texts were negotiated by A and B": the counted agreements are the last ones named before the sentence
 * (distinct, in text order). Empty when the sentence has no such count or fewer agreements were named.
 */
export function countedAgreements(k: RelKit, sentence: number): Found[] {
  const s = k.ctx.sentences[sentence];
  const m = s && (sentenceCued(k, s, COUNTED_GATE) ? NEG9_PATTERNS.counted.exec(s.text) : null);
  if (s && !m) return pluralHeadAgreements(k, s.index);
  if (!s || !m) return [];
  const n = COUNTS[m[1]!.toLowerCase()]!;
  const at = s.start + m.index;
  const seen = new Map<string, Found>();
  for (const a of k.ev.agreementMentions.filter((x) => x.end <= at && !x.planned).reverse())
    if (!seen.has(a.key) && seen.size < n) seen.set(a.key, a);
  return seen.size === n ? [...seen.values()].reverse() : [];
}

/** "The final text of the X Agreement was agreed by …": the agreement named right after "text of", if any. */
export function textOfAgreement(k: RelKit, sentence: number): Found | undefined {
  const s = k.ctx.sentences[sentence];
  const m = s && (sentenceCued(k, s, TEXT_OF_GATE) ? NEG9_PATTERNS.textOf.exec(s.text) : null);
  if (!s || !m) return undefined;
  const at = s.start + m.index + m[0].length;
  return k.ev.agreementMentions.find((a) => a.sentence === sentence && a.start >= at - 4 && a.start <= at + 1);
}

/**
 * "secures trade deal" in the title, then "The UK-EU Trade and Cooperation Agreement is the result of nine months of
 * negotiations": a target told only by a description resolves to the titled agreement the text says was negotiated.
 */
export function titledFor(target: Found | undefined, negotiated: (Found | undefined)[]): Found | undefined {
  if (!target || !NEG9_PATTERNS.described.test(target.name)) return target;
  return negotiated.find((a) => a && !a.planned && NEG9_PATTERNS.titled.test(a.name)) ?? target;
}

/** "The protocols are the outcome of negotiations": every distinct agreement named before whose name opens with the head. */
function pluralHeadAgreements(k: RelKit, sentence: number): Found[] {
  const s = k.ctx.sentences[sentence]!;
  const m = sentenceCued(k, s, PLURAL_HEAD_GATE) ? PLURAL_HEAD.exec(s.text) : null;
  if (!m) return [];
  const head = new RegExp(`^${m[1]}`, 'i');
  const at = s.start + m.index;
  const seen = new Map<string, Found>();
  for (const a of k.ev.agreementMentions) if (a.end <= at && !a.planned && head.test(a.name)) seen.set(a.key, a);
  return seen.size >= 2 ? [...seen.values()] : [];
}

/** Sentences holding a word cue of NEG9_PATTERNS.textOf (perf29): the others hold no match of it. */
const TEXT_OF_GATE = cueGate(NEG9_PATTERNS.textOf);

/** Sentences holding a word cue of NEG9_PATTERNS.counted (perf29): the others hold no match of it. */
const COUNTED_GATE = cueGate(NEG9_PATTERNS.counted);

/** Sentences holding a word cue of PLURAL_HEAD (perf29): the others hold no match of it. */
const PLURAL_HEAD_GATE = cueGate(PLURAL_HEAD);
