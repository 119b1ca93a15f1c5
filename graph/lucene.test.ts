// The Lucene query builder of entity search: tokens, escaping, prefix and fuzzy clauses.
import { describe, expect, it } from 'vitest';

import { escapeLucene, searchTokens, toInfixQuery, toLuceneQuery } from './lucene.ts';

describe('toLuceneQuery', () => {
  it('matches each token exactly, as a prefix and fuzzily', () => {
    expect(toLuceneQuery('Morgul')).toBe('(morgul^4 OR morgul*^2 OR morgul~1)');
    expect(toLuceneQuery('Xi Jinping')).toBe('(xi^4 OR xi*^2) AND (jinping^4 OR jinping*^2 OR jinping~1)');
    expect(toLuceneQuery('Xi Jinping', 'any')).toContain(') OR (');
  });

  it('splits on punctuation and drops operators and syntax', () => {
    expect(searchTokens('Japan-Russia "Summit" AND (G20)*')).toEqual(['japan', 'russia', 'summit', 'and', 'g20']);
    expect(toLuceneQuery('*:* OR ~')).toBe('(or^4 OR or*^2)');
    expect(toLuceneQuery('  ')).toBeUndefined();
    expect(toLuceneQuery('?!')).toBeUndefined();
  });

  it('keeps letters of every script', () => {
    expect(searchTokens('Лавров Łukasz')).toEqual(['лавров', 'łukasz']);
  });

  it('escapes Lucene specials', () => {
    expect(escapeLucene('a+b-c:d/e\\f"g')).toBe('a\\+b\\-c\\:d\\/e\\\\f\\"g');
  });

  it('asks for every word inside a word for substring search', () => {
    expect(toInfixQuery('rgulo')).toBe('*rgulo*');
    expect(toInfixQuery('Vladimirovich Morg')).toBe('*vladimirovich* AND *morg*');
    expect(toInfixQuery('*:*')).toBeUndefined();
  });
});
