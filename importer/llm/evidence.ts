// Grounds what the model says in the document text: finds the mentions of a surface form, and the sentence a
// quoted evidence string comes from (exact, then ignoring case, whitespace and typographic quotes/dashes).
import type { Sentence } from '../types.ts';

/** Folds case, whitespace, typographic quotes and dashes so a near-verbatim quote still matches. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’‚`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Offsets of every whole-word occurrence of `surface` in `text` (case as written, or with its first letter's
 * case flipped, so "the Japanese side" also finds "The Japanese side").
 */
export function findMentions(text: string, surface: string): { start: number; end: number }[] {
  const s = surface.trim();
  if (!s) return [];
  const first = s[0]!;
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  const head = flipped === first ? escape(first) : `[${escape(first)}${escape(flipped)}]`;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])${head}${escape(s.slice(1)).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** True when the sentence mentions one of the surface forms (case-insensitive, whole words). */
function mentionsAny(sentence: Sentence, surfaces: string[]): boolean {
  const t = normalise(sentence.text);
  return surfaces.some((s) => {
    const n = normalise(s);
    return n && new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'u').test(t);
  });
}

/** Among candidate sentences, the first that mentions both ends, else the first. */
function pick(cands: Sentence[], ends: EndSurfaces): Sentence | undefined {
  return cands.find((s) => mentionsAny(s, ends.from) && mentionsAny(s, ends.to)) ?? cands[0];
}

/** Surface forms (name and aliases) of a relation's two ends. */
export interface EndSurfaces {
  from: string[];
  to: string[];
}

/**
 * The sentence a relation's evidence comes from: where the quote occurs verbatim; else where it occurs ignoring
 * case and whitespace (or, for a quote running over several sentences, the sentences it covers); else the first
 * sentence that mentions both ends. Undefined when none fits.
 */
export function locateEvidence(
  text: string,
  sentences: Sentence[],
  quote: string | undefined,
  ends: EndSurfaces,
): Sentence | undefined {
  const q = quote?.trim() ?? '';
  if (q.length >= 8) {
    const at = text.indexOf(q);
    if (at >= 0) {
      const hit = pick(
        sentences.filter((s) => s.start < at + q.length && s.end > at),
        ends,
      );
      if (hit) return hit;
    }
    const nq = normalise(q).replace(/[.!?;:,]+$/, '');
    const inside = sentences.filter((s) => normalise(s.text).includes(nq));
    if (inside.length) return pick(inside, ends);
    const covered = sentences.filter(
      (s) => normalise(s.text).length >= 8 && nq.includes(normalise(s.text).replace(/[.!?;:,]+$/, '')),
    );
    if (covered.length) return pick(covered, ends);
  }
  return sentences.find((s) => mentionsAny(s, ends.from) && mentionsAny(s, ends.to));
}
