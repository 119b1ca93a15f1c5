import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../graph/types.ts';
import { rankHits } from './search-rank.ts';

const hit = (name: string, aliases: string[] = []): SearchHit => ({
  id: name,
  name,
  entityType: 'State',
  aliases,
  score: 1,
});

describe('rankHits', () => {
  it('puts the exact name first, then exact aliases, then prefixes, keeping API order otherwise', () => {
    const hits = [
      hit('24th Japan-Russia Summit Meeting'),
      hit('Korea-Japan Summit'),
      hit('Japan-China Summit'),
      hit('Japan'),
      hit('Nippon', ['japan']),
    ];
    expect(rankHits(hits, ' Japan ').map((h) => h.name)).toEqual([
      'Japan',
      'Nippon',
      'Japan-China Summit',
      '24th Japan-Russia Summit Meeting',
      'Korea-Japan Summit',
    ]);
  });
});
