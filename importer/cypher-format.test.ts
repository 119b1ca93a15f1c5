// `kg cypher` argument parsing and table output.
import { describe, expect, it } from 'vitest';

import { cellText, formatTable, parseLimit, parseParams } from './cypher-format.ts';

describe('parseParams', () => {
  it('reads JSON values and falls back to strings', () => {
    expect(parseParams(['n=5', 'names=["a","b"]', 'name=Shinzo Abe', 'eq=a=b'])).toEqual({
      n: 5,
      names: ['a', 'b'],
      name: 'Shinzo Abe',
      eq: 'a=b',
    });
  });

  it('refuses a pair without a key', () => {
    expect(() => parseParams(['=5'])).toThrow(/--param "=5" is not key=value/);
    expect(() => parseParams(['noequals'])).toThrow(/not key=value/);
  });
});

describe('parseLimit', () => {
  it('accepts positive whole numbers only', () => {
    expect(parseLimit('25')).toBe(25);
    expect(parseLimit(undefined)).toBe(1000);
    expect(() => parseLimit('0')).toThrow(/--limit "0"/);
    expect(() => parseLimit('2.5')).toThrow(/--limit/);
  });
});

describe('formatTable', () => {
  it('aligns columns, shows nodes and relationships compactly and cuts long cells', () => {
    const node = { id: 'person:shinzo-abe', labels: ['Person'], properties: { name: 'Shinzo Abe' } };
    const rel = { type: 'HOLDS_OFFICE', start: 'person:shinzo-abe', end: 'office:pm', properties: {} };
    const text = formatTable(
      ['p', 'r', 'n'],
      [
        [node, rel, 1],
        ['x'.repeat(100), null, [1, 2]],
      ],
      {
        truncated: false,
        maxCell: 30,
      },
    );
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^p {29} {2}r {29} {2}n$/);
    expect(lines[2]).toContain('(:Person Shinzo Abe)');
    expect(lines[2]).toContain('[:HOLDS_OFFICE person:shinzo-…');
    expect(lines[3]).toContain('x'.repeat(29) + '…');
    expect(lines[3]).toContain('null');
    expect(lines[3]!.endsWith('[1,2]')).toBe(true);
    expect(lines.at(-1)).toBe('2 rows');
  });

  it('says when the result was truncated', () => {
    expect(
      formatTable(['a'], [[1]], { truncated: true })
        .split('\n')
        .at(-1),
    ).toMatch(/^1 row \(truncated/);
  });

  it('shows paths as their nodes', () => {
    const n = (name: string) => ({ id: name, labels: ['State'], properties: { name } });
    expect(cellText({ nodes: [n('Japan'), n('Russia')], relationships: [{}] })).toBe(
      '(:State Japan)-(:State Russia) (1 hops)',
    );
  });
});
