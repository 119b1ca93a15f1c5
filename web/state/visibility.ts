// What the filters currently hide, derived from the graph version, the filters, the documents' dates
// and issuers, (in the overview) the selection and (with an as-of date) what existed then; memoised on
// those so the legend and FiltersController share one computation.
import { hideOutside } from '../graph/as-of.ts';
import type { AsOfKeep } from '../graph/as-of.ts';
import { computeVisibility } from '../graph/filters.ts';
import type { Filters, Visibility } from '../graph/filters.ts';
import { applySourceFilter } from '../graph/source-filter.ts';
import type { SourceFilter } from '../graph/source-filter.ts';
import type { DocumentSummary } from '../../graph/types.ts';
import { graph, useGraphState } from './graph-store.ts';
import { useTime } from './time.ts';
import { useUi } from './ui-store.ts';

let memo:
  | {
      version: number;
      filters: Filters;
      documents?: DocumentSummary[];
      sources: SourceFilter;
      selected?: string;
      keep?: AsOfKeep;
      result: Visibility;
    }
  | undefined;

/** Dates of the known documents, by id. */
export function docDates(documents: DocumentSummary[] | undefined): Record<string, string | undefined> {
  return Object.fromEntries((documents ?? []).map((d) => [d.id, d.date]));
}

/** Issuers of the known documents, by id. */
export function docIssuers(documents: DocumentSummary[] | undefined): Record<string, string | undefined> {
  return Object.fromEntries((documents ?? []).map((d) => [d.id, d.issuer]));
}

/** The selected node and its neighbours (kept in view by the overview). */
function neighbourhood(id: string | undefined): Set<string> {
  return id && graph.hasNode(id) ? new Set([id, ...graph.neighbors(id)]) : new Set();
}

/** The current visibility (hidden node and edge sets). */
export function useVisibility(): Visibility {
  const version = useGraphState((s) => s.version);
  const documents = useGraphState((s) => s.documents);
  const filters = useUi((s) => s.filters);
  const issuers = useUi((s) => s.issuerFilter);
  const multiIssuerOnly = useUi((s) => s.multiIssuerOnly);
  const selected = useUi((s) => (s.filters.overview && s.selection?.kind === 'node' ? s.selection.id : undefined));
  // The as-of date hides what did not exist then (web/state/time.ts).
  const asOf = useUi((s) => s.asOf);
  const loaded = useTime((s) => s.keep);
  const keep = asOf ? loaded : undefined;
  const m = memo;
  if (
    m &&
    m.version === version &&
    m.filters === filters &&
    m.documents === documents &&
    m.sources.issuers === issuers &&
    m.sources.multiIssuerOnly === multiIssuerOnly &&
    m.selected === selected &&
    m.keep === keep
  )
    return m.result;
  const sources = { issuers, multiIssuerOnly };
  const base = computeVisibility(graph, filters, docDates(documents), neighbourhood(selected));
  const result = hideOutside(graph, applySourceFilter(graph, base, sources, docIssuers(documents)), keep);
  memo = { version, filters, documents, sources, selected, keep, result };
  return result;
}
