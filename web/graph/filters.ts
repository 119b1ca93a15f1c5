// Filters → visibility, computed without touching the graph: which nodes and edges to hide for a
// set of label, relationship, state, document and date filters. FiltersController applies it.
import type { ReadoutGraph } from './to-sigma-graph.ts';

export interface Filters {
  /** Unchecked labels and relationship types (so labels first seen later show by default). */
  hiddenLabels: ReadonlySet<string>;
  hiddenTypes: ReadonlySet<string>;
  /** Selected State ids; empty means all. Keeps the states and what lies within two hops of them. */
  states: ReadonlySet<string>;
  /** Selected Document ids; empty means all. Keeps facts attested by one of them. */
  docs: ReadonlySet<string>;
  /** ISO dates (inclusive); keeps facts attested by a document dated in the range. */
  from?: string;
  to?: string;
  /** With a relationship type unchecked, still show the entities it leaves without any relationship. */
  showUnconnected?: boolean;
  /** The overview: only the OVERVIEW_SIZE best-connected entities (and the selection's neighbourhood). */
  overview?: boolean;
}

export const NO_FILTERS: Filters = {
  hiddenLabels: new Set(),
  hiddenTypes: new Set(),
  states: new Set(),
  docs: new Set(),
};

/** How many entities the overview keeps, and from how many loaded entities the first view is one. */
export const OVERVIEW_SIZE = 60;
export const OVERVIEW_FROM = 150;

/** True when any filter narrows the view. */
export const isFiltering = (f: Filters): boolean =>
  f.hiddenLabels.size > 0 ||
  f.hiddenTypes.size > 0 ||
  f.states.size > 0 ||
  f.docs.size > 0 ||
  !!f.from ||
  !!f.to ||
  !!f.overview;

/** The `size` entities (documents aside) with the most relationships, ties by id. */
export function bestConnected(graph: ReadoutGraph, size: number): Set<string> {
  const ranked = graph
    .filterNodes((_, a) => a.entityType !== 'Document')
    .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  return new Set(ranked.slice(0, size));
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** Nodes within `depth` undirected hops of `sources` (sources included when present). */
function reach(graph: ReadoutGraph, sources: Iterable<string>, depth: number): Set<string> {
  const seen = new Set<string>();
  let frontier = [...sources].filter((s) => graph.hasNode(s));
  frontier.forEach((s) => seen.add(s));
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) {
          seen.add(m);
          next.push(m);
        }
      });
    frontier = next;
  }
  return seen;
}

/**
 * Which nodes and edges the filters hide. `docDates` maps Document ids to ISO dates (undated
 * documents never match a date range). When a state, document or date filter is on, or a
 * relationship type is unchecked (unless `showUnconnected`), nodes left without any visible
 * relationship are hidden too (except the selected states and `keep`). `keep` (the selection's
 * neighbourhood) stays in the overview.
 */
export function computeVisibility(
  graph: ReadoutGraph,
  f: Filters,
  docDates: Readonly<Record<string, string | undefined>>,
  keep: ReadonlySet<string> = new Set(),
): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const factFilter = f.states.size > 0 || f.docs.size > 0 || !!f.from || !!f.to;
  const dropUnconnected = factFilter || (f.hiddenTypes.size > 0 && !f.showUnconnected);
  const near = f.states.size > 0 ? reach(graph, f.states, 2) : undefined;
  const overview = f.overview ? bestConnected(graph, OVERVIEW_SIZE) : undefined;

  const nodeOk = (n: string): boolean =>
    !f.hiddenLabels.has(graph.getNodeAttribute(n, 'entityType')) &&
    (!near || near.has(n)) &&
    (!overview || overview.has(n) || keep.has(n));
  const inRange = (doc: string): boolean => {
    if (!f.from && !f.to) return true;
    const date = docDates[doc]?.slice(0, 10);
    if (!date) return false;
    return (!f.from || date >= f.from) && (!f.to || date <= f.to);
  };

  const withEdge = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    const docs = a.docs.filter((d) => (f.docs.size === 0 || f.docs.has(d)) && inRange(d));
    const ok =
      !f.hiddenTypes.has(a.relType) &&
      nodeOk(s) &&
      nodeOk(t) &&
      (!factFilter || docs.length > 0 || (a.docs.length === 0 && f.docs.size === 0 && !f.from && !f.to));
    if (!ok) hiddenEdges.add(e);
    else {
      withEdge.add(s);
      withEdge.add(t);
    }
  });
  graph.forEachNode((n) => {
    if (!nodeOk(n) || (dropUnconnected && !withEdge.has(n) && !f.states.has(n) && !keep.has(n))) hiddenNodes.add(n);
  });
  return { hiddenNodes, hiddenEdges };
}

/** Count of nodes per entity label and of edges per relationship type (for the legend). */
export function countByKind(graph: ReadoutGraph): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  graph.forEachNode((_, a) => void (labels[a.entityType] = (labels[a.entityType] ?? 0) + 1));
  graph.forEachEdge((_, a) => void (types[a.relType] = (types[a.relType] ?? 0) + 1));
  return { labels, types };
}
