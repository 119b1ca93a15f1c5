// Unit tests of the neg9 NEGOTIATES rules on made-up sentences about invented people and real states.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const negotiates = (text: string) =>
  [...extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }).rels].filter((r) => r.startsWith('NEGOTIATES|'));

describe('negotiates.responsible / negotiates.counted: "the two texts were negotiated by A and B"', () => {
  const signed =
    '# Chile and Peru sign two agreements\n\nChile and Peru today signed the Border Trade Agreement and the Fisheries Cooperation Agreement in Lima.';
  it('gives each named negotiator both agreements the count refers back to', () => {
    const rels = negotiates(
      `${signed} The two texts were negotiated over six months by Ana Ruiz, Deputy Minister of Foreign Affairs of Chile, and Luis Mora, Deputy Minister of Foreign Affairs of Peru.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Fisheries Cooperation Agreement');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Fisheries Cooperation Agreement');
  });
  it('gives nothing to a person the agreements were merely presented by', () => {
    const rels = negotiates(
      `${signed} The two texts were presented to the press by Ana Ruiz, Deputy Minister of Foreign Affairs of Chile.`,
    );
    expect(rels).toEqual([]);
  });
  it('gives nothing when "negotiated" is followed by a basis, not by an agent', () => {
    const rels = negotiates(
      `${signed} The agreements were negotiated on the basis of the declaration agreed by Ana Ruiz, Deputy Minister of Foreign Affairs of Chile, in 2019.`,
    );
    expect(rels).toEqual([]);
  });
});
