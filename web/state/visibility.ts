// What the filters currently hide, derived from the graph version, the filters and the documents'
// dates; memoised on those three so the legend and FiltersController share one computation.
import { computeVisibility } from '../graph/filters.ts';
import type { Filters, Visibility } from '../graph/filters.ts';
import { applySourceFilter } from '../graph/source-filter.ts';
import type { SourceFilter } from '../graph/source-filter.ts';
import type { StatsResponse } from '../../graph/types.ts';
import { graph, useGraphState } from './graph-store.ts';
import { useUi } from './ui-store.ts';

let memo:
  | {
      version: number;
      filters: Filters;
      stats?: StatsResponse;
      sources: SourceFilter;
      result: Visibility;
    }
  | undefined;

/** Dates of the known documents, by id. */
export function docDates(stats: StatsResponse | undefined): Record<string, string | undefined> {
  return Object.fromEntries((stats?.documents ?? []).map((d) => [d.id, d.date]));
}

/** Issuers of the known documents, by id. */
export function docIssuers(stats: StatsResponse | undefined): Record<string, string | undefined> {
  return Object.fromEntries((stats?.documents ?? []).map((d) => [d.id, d.issuer]));
}

/** The current visibility (hidden node and edge sets). */
export function useVisibility(): Visibility {
  const version = useGraphState((s) => s.version);
  const stats = useGraphState((s) => s.stats);
  const filters = useUi((s) => s.filters);
  const issuers = useUi((s) => s.issuerFilter);
  const multiIssuerOnly = useUi((s) => s.multiIssuerOnly);
  const m = memo;
  if (
    m &&
    m.version === version &&
    m.filters === filters &&
    m.stats === stats &&
    m.sources.issuers === issuers &&
    m.sources.multiIssuerOnly === multiIssuerOnly
  )
    return m.result;
  const sources = { issuers, multiIssuerOnly };
  const base = computeVisibility(graph, filters, docDates(stats));
  const result = applySourceFilter(graph, base, sources, docIssuers(stats));
  memo = { version, filters, stats, sources, result };
  return result;
}
