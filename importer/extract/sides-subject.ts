// Rule sides.subject-pair (issue 6, construction 7): "The Government of the Republic of the Philippines (GRP) and the
// National Democratic Front of the Philippines (NDFP) today ended their first round of formal peace talks": the two
// parties a sentence opens with, as the subject of their talks, are the sides of the readout.
import type { GazetteerHit } from './gazetteer.ts';
import type { RelKit } from './rel-kit.ts';

/** Patterns of the rule, as named data. */
export const SUBJECT_PAIR_PATTERNS = {
  /** Between the two parties: an acronym in parentheses, then "and (the)". */
  and: /^(?:\s*\([A-Z][A-Za-z]{1,8}\))?\s+and\s+(?:the\s+)?$/,
  /** After the second party: its acronym, then within a few words "their" talks, negotiations, round or dialogue. */
  // (new9) also "held talks", "held the ninth meeting of the … Mechanism", "met in Manila".
  talks:
    /^(?:\s*\([A-Z][A-Za-z]{1,8}\))?\s+(?:[\p{Ll}]+\s+){0,3}?(?:(?:held|ended|concluded|began|opened|resumed|started|completed|continued)\s+(?:(?:their|the|a|an)\s+(?:[\p{L}\d-]+\s+){0,5}?)?(?:talks|negotiations|round|consultations|dialogue|meeting|session)\b|met\s+(?:in|at|on)\b)/u,
};

const isParty = (h: GazetteerHit) => (h.type === 'State' || h.type === 'Organization') && !h.demonym;

/** The two sides a body sentence among the first few opens with, as the subject of their talks. */
export function subjectPairSides(k: RelKit): string[] {
  const body = k.ctx.sentences.filter((s) => !s.heading).slice(0, 4);
  for (const s of body) {
    const lead = /^(?:The\s+)?/.exec(s.text)![0].length;
    const a = k.hits.find((h) => isParty(h) && h.start === s.start + lead);
    if (!a) continue;
    const b = k.hits.find(
      (h) => isParty(h) && h.start > a.end && SUBJECT_PAIR_PATTERNS.and.test(k.ctx.text.slice(a.end, h.start)),
    );
    if (!b || b.name === a.name || !SUBJECT_PAIR_PATTERNS.talks.test(k.ctx.text.slice(b.end, s.end))) continue;
    return [a.name, b.name];
  }
  return [];
}
