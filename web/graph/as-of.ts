// Time in the graph view, pure parts: hiding what did not exist on the as-of date (the API's as-of
// graph says what did) and the dates that playback steps through.
import type { DocumentSummary } from '../../graph/types.ts';
import type { Visibility } from './filters.ts';
import type { ReadoutGraph } from './to-sigma-graph.ts';

/** Node and edge keys of the graph as it stood on `asOf`. */
export interface AsOfKeep {
  asOf: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The visibility with everything outside `keep` hidden as well (a new object; the input is untouched). */
export function hideOutside(graph: ReadoutGraph, v: Visibility, keep: AsOfKeep | undefined): Visibility {
  if (!keep) return v;
  const hiddenNodes = new Set(v.hiddenNodes);
  const hiddenEdges = new Set(v.hiddenEdges);
  graph.forEachNode((n) => void (keep.nodes.has(n) || hiddenNodes.add(n)));
  graph.forEachEdge((e, _a, s, t) => {
    if (!keep.edges.has(e) || hiddenNodes.has(s) || hiddenNodes.has(t)) hiddenEdges.add(e);
  });
  return { hiddenNodes, hiddenEdges };
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The days playback steps through: every readout's and every fully dated event's, in order, once. */
export function timelineDates(documents: readonly DocumentSummary[], graph: ReadoutGraph): string[] {
  const dates = new Set<string>();
  for (const d of documents) if (d.date && FULL_DATE.test(d.date)) dates.add(d.date.slice(0, 10));
  graph.forEachNode((_, a) => {
    const date = a.props?.date;
    if (a.entityType === 'Event' && typeof date === 'string' && FULL_DATE.test(date)) dates.add(date.slice(0, 10));
  });
  return [...dates].sort();
}

/** The next date after `current` (the first one when there is none), or undefined at the end. */
export function nextDate(dates: readonly string[], current: string | undefined): string | undefined {
  return current ? dates.find((d) => d > current) : dates[0];
}

/** The date before `current` (the last one when there is none), or undefined at the start. */
export function previousDate(dates: readonly string[], current: string | undefined): string | undefined {
  return current ? [...dates].reverse().find((d) => d < current) : dates[dates.length - 1];
}
