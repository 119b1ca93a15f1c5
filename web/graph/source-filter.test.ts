import { describe, expect, it } from 'vitest';
import type { ApiGraph } from '../../graph/types.ts';
import { edgeColor } from './appearance.ts';
import { SAMPLE_GRAPH } from './fixture.test-data.ts';
import { NO_FILTERS, computeVisibility } from './filters.ts';
import { applySourceFilter, issuerCounts } from './source-filter.ts';
import { toSigmaGraph } from './to-sigma-graph.ts';

// The sample graph with issuer counts: the fact of two documents by two issuers is corroborated.
const api: ApiGraph = {
  ...SAMPLE_GRAPH,
  edges: SAMPLE_GRAPH.edges.map((e) => ({
    ...e,
    attributes: { ...e.attributes, issuers: e.attributes.docs.length },
  })),
};
const g = toSigmaGraph(api);
const issuers = { 'document:jr': 'Ministry of Foreign Affairs of Japan', 'document:jr2': 'The Kremlin' };
const base = computeVisibility(g, NO_FILTERS, {});
const visible = (v: { hiddenEdges: Set<string> }) => g.filterEdges((e) => !v.hiddenEdges.has(e)).sort();

describe('applySourceFilter', () => {
  it('changes nothing when off', () => {
    expect(applySourceFilter(g, base, { issuers: [], multiIssuerOnly: false }, issuers)).toBe(base);
  });

  it('hides facts no document of the chosen issuer states, and nodes left alone (any case)', () => {
    const v = applySourceFilter(g, base, { issuers: ['the kremlin'], multiIssuerOnly: false }, issuers);
    expect(visible(v)).toEqual([
      'NEGOTIATES:person:igor-vladimirovich-morgulov->agreement:peace-treaty',
      'NEGOTIATES_FOR:person:igor-vladimirovich-morgulov->state:russia',
    ]);
    expect(v.hiddenNodes.has('person:shinzo-abe')).toBe(true);
    expect(v.hiddenNodes.has('state:russia')).toBe(false);
  });

  it('keeps only facts of two or more issuers with the switch on', () => {
    const v = applySourceFilter(g, base, { issuers: [], multiIssuerOnly: true }, issuers);
    expect(visible(v)).toEqual(['NEGOTIATES:person:igor-vladimirovich-morgulov->agreement:peace-treaty']);
  });

  it('keeps what the other filters hide hidden', () => {
    const hidden = computeVisibility(g, { ...NO_FILTERS, hiddenTypes: new Set(['NEGOTIATES']) }, {});
    const v = applySourceFilter(g, hidden, { issuers: [], multiIssuerOnly: true }, issuers);
    expect(visible(v)).toEqual([]);
  });
});

describe('issuers in the look and the lists', () => {
  it('draws single-issuer facts lighter than corroborated ones', () => {
    const single = parseInt(edgeColor('NEGOTIATES', 1).slice(1, 3), 16);
    const several = parseInt(edgeColor('NEGOTIATES', 2).slice(1, 3), 16);
    expect(single).toBeGreaterThan(several);
    expect(g.getEdgeAttribute('NEGOTIATES:person:igor-vladimirovich-morgulov->agreement:peace-treaty', 'color')).toBe(
      edgeColor('NEGOTIATES', 2),
    );
  });

  it('counts documents per issuer, most first', () => {
    expect(issuerCounts([{ issuer: 'B' }, { issuer: 'A' }, { issuer: 'B' }, {}])).toEqual([
      { issuer: 'B', documents: 2 },
      { issuer: 'A', documents: 1 },
    ]);
  });
});
