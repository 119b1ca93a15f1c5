// The date filter's histogram: readouts per year over the covered span, and each bar's height (an
// empty year has no bar, only the baseline).
import type { DocumentSummary } from '../../graph/types.ts';

/** Height in px of the tallest bar, and of the smallest non-empty one. */
export const BAR_MAX_PX = 48;
export const BAR_MIN_PX = 6;

/** Years covered by the documents, with counts, in order (years without a readout count 0). */
export function perYear(docs: readonly DocumentSummary[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const d of docs) {
    const y = d.date ? Number(d.date.slice(0, 4)) : NaN;
    if (Number.isFinite(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  if (!counts.size) return [];
  const years = [...counts.keys()];
  const out = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/** A bar's height in px: 0 for an empty year, else from BAR_MIN_PX up to BAR_MAX_PX for `max`. */
export function barHeight(count: number, max: number): number {
  if (count <= 0) return 0;
  return BAR_MIN_PX + ((BAR_MAX_PX - BAR_MIN_PX) * count) / Math.max(1, max);
}
