import { describe, expect, it } from 'vitest';

import { syntheticCounts } from '../../graph/synthetic-graph.ts';
import { EXPLORER_SIZES, sizeKey, syntheticSizeFor } from '../bench/explorer-bench.ts';
import { BENCH_PARTS, benchParts } from './bench.ts';

describe('kg bench', () => {
  it('--only picks parts and names a wrong one', () => {
    expect([...benchParts(undefined)]).toEqual([...BENCH_PARTS]);
    expect([...benchParts('explorer, reads')]).toEqual(['explorer', 'reads']);
    expect(() => benchParts('explorer,nope')).toThrow(/--only .* got "explorer,nope"/);
    expect(() => benchParts('')).toThrow(/--only/);
  });

  it('sizes the synthetic graph so that the explorer gets the entities and facts it names', () => {
    expect(EXPLORER_SIZES.map(sizeKey)).toEqual(['g10k', 'g50k']);
    for (const size of EXPLORER_SIZES) {
      const synthetic = syntheticSizeFor(size);
      const counts = syntheticCounts(synthetic.nodes);
      const entities = Object.entries(counts).reduce((n, [l, c]) => (l === 'Document' ? n : n + c), 0);
      expect(Math.abs(entities - size.nodes) / size.nodes).toBeLessThan(0.01);
      expect(Math.round(synthetic.relationships * 0.9)).toBe(size.edges);
    }
  });
});
