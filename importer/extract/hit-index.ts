// Position look-ups over a document's gazetteer hits without scanning them all: rules that asked "which hit starts
// here?" of every hit, once per word, made extraction quadratic in the document's length. The index of a hit list is
// built once (the lists are never changed after they are made) and answers in the list's own order, so a `find` over
// its answer returns what a `find` over the whole list would.
import type { GazetteerHit } from './gazetteer.ts';

interface HitIndex {
  /** Positions in the list, sorted by start (ties in list order). */
  byStart: number[];
  longest: number;
}

const indexes = new WeakMap<readonly GazetteerHit[], HitIndex>();

function indexOf(hits: readonly GazetteerHit[]): HitIndex {
  let idx = indexes.get(hits);
  if (!idx) {
    const byStart = hits.map((_, i) => i).sort((a, b) => hits[a]!.start - hits[b]!.start || a - b);
    idx = { byStart, longest: hits.reduce((n, h) => Math.max(n, h.end - h.start), 0) };
    indexes.set(hits, idx);
  }
  return idx;
}

/** First position in `byStart` whose hit starts at or after `at`. */
function lowerBound(hits: readonly GazetteerHit[], byStart: number[], at: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[byStart[mid]!]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The hits starting in [from, until), in the list's order. */
export function hitsStartingIn(hits: readonly GazetteerHit[], from: number, until: number): GazetteerHit[] {
  const { byStart } = indexOf(hits);
  const stop = lowerBound(hits, byStart, until);
  const found: number[] = [];
  for (let i = lowerBound(hits, byStart, from); i < stop; i++) found.push(byStart[i]!);
  return found.sort((a, b) => a - b).map((i) => hits[i]!);
}

/** The hits starting at `at`, in the list's order. */
export const hitsAt = (hits: readonly GazetteerHit[], at: number): GazetteerHit[] => hitsStartingIn(hits, at, at + 1);

/** The hits overlapping [start, end) (h.start < end and h.end > start), in the list's order. */
export function hitsOverlapping(hits: readonly GazetteerHit[], start: number, end: number): GazetteerHit[] {
  return hitsStartingIn(hits, start - indexOf(hits).longest, end).filter((h) => h.end > start);
}
