// Unit tests of the top round's topic and party rules (DISCUSSED, INVOLVES) on made-up sentences, with negative
// cases.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';

function facts(text: string, file = 'test.txt') {
  const out = toExtractionOutput(extractText(text, { file }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = new Set(out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`));
  const of = (type: string, from?: string) =>
    [...rels].filter((r) => r.startsWith(`${type}|`) && (!from || r.startsWith(`${type}|${from}|`)));
  return { out, rels, of };
}

const involving = (rels: string[], state: string) => rels.filter((r) => r.endsWith(`|${state}`));

describe('involves.both-sides: a meeting held "of both sides" or by "the two Governments"', () => {
  const head =
    'Prime Minister of Portugal meets President of Brazil\n\nPrime Minister António Costa of Portugal met President Luiz Inácio Lula da Silva of Brazil in Lisbon on 22 April 2023.\n\n';

  it('involves the two states in a meeting the two Governments will hold', () => {
    const { of } = facts(
      `${head}The two Governments will also review the 2000 Treaty of Friendship, and will hold a High-Level Meeting before the end of the year.\n`,
    );
    const inv = of('INVOLVES').filter((r) => r.includes('High-Level Meeting'));
    expect(involving(inv, 'Portugal')).toHaveLength(1);
    expect(involving(inv, 'Brazil')).toHaveLength(1);
  });

  it('involves the two states in a meeting of officials of the two countries', () => {
    const { of } = facts(
      `${head}The leaders agreed that consular officials of the two countries would meet to examine the cases of detained nationals.\n`,
    );
    const inv = of('INVOLVES');
    expect(involving(inv, 'Portugal').length).toBeGreaterThan(0);
    expect(involving(inv, 'Brazil').length).toBeGreaterThan(0);
  });

  it('leaves a meeting the two Governments did not hold without parties', () => {
    const { of } = facts(
      `${head}The two Governments welcomed the results of the High-Level Meeting that Spain hosted in May.\n`,
    );
    const inv = of('INVOLVES').filter((r) => r.includes('High-Level Meeting'));
    expect(involving(inv, 'Portugal')).toHaveLength(0);
    expect(involving(inv, 'Brazil')).toHaveLength(0);
  });
});
