// Sources → visibility: hides facts no document of the chosen issuers states, and (with the switch on)
// facts fewer than two issuers state; nodes left without a visible fact are hidden too. Applied after
// the other filters (filters.ts), on their result.
import type { Visibility } from './filters.ts';
import type { ReadoutGraph } from './to-sigma-graph.ts';

export interface SourceFilter {
  /** Issuer names; empty means every issuer. */
  issuers: readonly string[];
  /** Keep only facts stated by two or more issuers. */
  multiIssuerOnly: boolean;
}

/** True when the source filter narrows the view. */
export const isSourceFiltering = (f: SourceFilter): boolean => f.issuers.length > 0 || f.multiIssuerOnly;

const key = (s: string): string => s.trim().toLowerCase();

/** True when a fact stated by two or more issuers (the canvas draws the others lighter). */
export const isCorroborated = (issuers: number | undefined): boolean => (issuers ?? 0) >= 2;

/**
 * `vis` narrowed by the source filter. `docIssuers` maps Document ids to their issuer (documents of
 * unknown issuer match no issuer).
 */
export function applySourceFilter(
  graph: ReadoutGraph,
  vis: Visibility,
  f: SourceFilter,
  docIssuers: Readonly<Record<string, string | undefined>>,
): Visibility {
  if (!isSourceFiltering(f)) return vis;
  const wanted = new Set(f.issuers.map(key));
  const hiddenEdges = new Set(vis.hiddenEdges);
  const withEdge = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (hiddenEdges.has(e)) return;
    const ofIssuer =
      wanted.size === 0 ||
      a.docs.some((d) => {
        const issuer = docIssuers[d];
        return issuer !== undefined && wanted.has(key(issuer));
      });
    if (!ofIssuer || (f.multiIssuerOnly && !isCorroborated(a.issuers))) hiddenEdges.add(e);
    else {
      withEdge.add(s);
      withEdge.add(t);
    }
  });
  const hiddenNodes = new Set(vis.hiddenNodes);
  graph.forEachNode((n) => {
    if (!withEdge.has(n)) hiddenNodes.add(n);
  });
  return { hiddenNodes, hiddenEdges };
}

/** Each issuer with the number of its documents, most documents first. */
export function issuerCounts(documents: readonly { issuer?: string }[]): { issuer: string; documents: number }[] {
  const counts = new Map<string, number>();
  for (const d of documents) if (d.issuer) counts.set(d.issuer, (counts.get(d.issuer) ?? 0) + 1);
  return [...counts]
    .map(([issuer, documents]) => ({ issuer, documents }))
    .sort((a, b) => b.documents - a.documents || a.issuer.localeCompare(b.issuer));
}
