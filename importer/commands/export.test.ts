// `kg export --around NAME`: which search hit is the entity meant.
import { describe, expect, it } from 'vitest';

import type { SearchHit } from '../../graph/types.ts';
import { pickEntity } from './export.ts';

const hit = (id: string, name: string, aliases: string[] = []): SearchHit => ({
  id,
  name,
  entityType: 'Person',
  aliases,
  score: 1,
});

describe('pickEntity', () => {
  const hits = [
    hit('person:igor-morgulov', 'Igor Morgulov'),
    hit('person:igor-vladimirovich-morgulov', 'Igor Vladimirovich Morgulov', ['Deputy Minister Morgulov']),
  ];

  it('prefers an exact name, then an exact alias, then the best hit', () => {
    expect(pickEntity('igor vladimirovich morgulov', hits)?.id).toBe('person:igor-vladimirovich-morgulov');
    expect(pickEntity('Deputy Minister Morgulov', hits)?.id).toBe('person:igor-vladimirovich-morgulov');
    expect(pickEntity('Morgulov', hits)?.id).toBe('person:igor-morgulov');
    expect(pickEntity('x', [])).toBeUndefined();
  });
});
