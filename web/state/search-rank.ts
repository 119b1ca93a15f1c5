// Client-side ordering of search hits: an exact name or alias match first, then a name that starts
// with the query, then the API's own score order (full-text scores favour long names otherwise).
import type { SearchHit } from '../../graph/types.ts';

function tier(hit: SearchHit, q: string): number {
  const name = hit.name.toLowerCase();
  if (name === q) return 0;
  if (hit.aliases.some((a) => a.toLowerCase() === q)) return 1;
  if (name.startsWith(q)) return 2;
  return 3;
}

/** Hits reordered for `query` (stable within a tier, so the API's order is kept there). */
export function rankHits(hits: readonly SearchHit[], query: string): SearchHit[] {
  const q = query.trim().toLowerCase();
  return hits
    .map((h, i) => ({ h, i, t: tier(h, q) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.h);
}
