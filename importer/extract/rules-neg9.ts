// Negotiators of an agreement told in general constructions (helper neg9); rule ids are what --explain prints.
import type { RelKit } from './rel-kit.ts';
import type { Found } from './types.ts';

/** Patterns of the rules in this file, as named data. */
export const NEG9_PATTERNS = {
  /** "the two texts", "both agreements", "the three protocols": a counted back-reference to agreements just named. */
  counted:
    /\b(?:the\s+)?(two|three|four|both)\s+(?:texts|agreements|documents|instruments|protocols|accords|arrangements|memorand(?:a|ums))\b/i,
  /** "the final text of the X Agreement was agreed by": the agreement whose text or wording the clause is about. */
  textOf: /\b(?:wording|text|terms)\s+of\s+(?:the\s+)?/i,
};

const COUNTS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };

/**
 * "The two texts were negotiated by A and B": the counted agreements are the last ones named before the sentence
 * (distinct, in text order). Empty when the sentence has no such count or fewer agreements were named.
 */
export function countedAgreements(k: RelKit, sentence: number): Found[] {
  const s = k.ctx.sentences[sentence];
  const m = s && NEG9_PATTERNS.counted.exec(s.text);
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
  const m = s && NEG9_PATTERNS.textOf.exec(s.text);
  if (!s || !m) return undefined;
  const at = s.start + m.index + m[0].length;
  return k.ev.agreementMentions.find((a) => a.sentence === sentence && a.start >= at - 4 && a.start <= at + 1);
}
