// Unit tests of the extraction context: endpoint checking is a hard error, not a silent drop.
import { describe, expect, it } from 'vitest';

import { SchemaViolationError } from '../errors.ts';
import { Ctx } from './context.ts';

describe('Ctx.relate', () => {
  const doc = { file: 'x.txt', title: 'x', text: 'Mr. A met B.', sha256: '0' };
  it('throws SchemaViolationError for endpoints the ontology forbids', () => {
    const ctx = new Ctx(doc, [{ index: 0, text: doc.text, start: 0, end: doc.text.length, heading: false }]);
    const p = ctx.add('Person', 'A', { surface: 'A', start: 4, end: 5 }, 'test');
    const s = ctx.add('State', 'Japan', undefined, 'test');
    expect(() => ctx.relate('HOLDS_OFFICE', p, s, 0, 'bad-rule')).toThrow(SchemaViolationError);
    expect(() => ctx.relate('HOLDS_OFFICE', p, s, 0, 'bad-rule')).toThrow(/bad-rule/);
  });
  it('throws, under test, for a relation end that is no candidate (no silent drop)', () => {
    const ctx = new Ctx(doc, [{ index: 0, text: doc.text, start: 0, end: doc.text.length, heading: false }]);
    const p = ctx.add('Person', 'A', { surface: 'A', start: 4, end: 5 }, 'test');
    expect(() => ctx.relate('HOLDS_OFFICE', p, 'c99', 0, 'lost-end')).toThrow(/lost-end.*unknown end c99/);
    expect(ctx.relations).toHaveLength(0);
  });
});
