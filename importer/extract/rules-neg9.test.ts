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

describe('negotiates.responsible: "the final text of X was agreed by", "chaired the negotiations on X"', () => {
  it('gives the people the final text of a named agreement was agreed by', () => {
    const rels = negotiates(
      'The final text of the Chile-Peru Border Trade Agreement was agreed by the two chief negotiators, Ms. Ana Ruiz of Chile and Mr. Luis Mora of Peru.',
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Chile-Peru Border Trade Agreement');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Chile-Peru Border Trade Agreement');
  });
  it('gives nothing to a person the text was merely read out by', () => {
    const rels = negotiates(
      'The final text of the Chile-Peru Border Trade Agreement was read out by Ms. Ana Ruiz, spokesperson of the Ministry of Foreign Affairs of Chile.',
    );
    expect(rels).toEqual([]);
  });
  it('gives the chair of the negotiations on a named declaration, not the chair of a dinner', () => {
    expect(
      negotiates("Chile's Sherpa, Ana Ruiz, chaired the final negotiations on the Santiago Leaders' Declaration."),
    ).toContain("NEGOTIATES|Ana Ruiz|Santiago Leaders' Declaration");
    expect(
      negotiates(
        "Chile's Sherpa, Ana Ruiz, chaired the dinner after the negotiations on the Santiago Leaders' Declaration.",
      ),
    ).toEqual([]);
  });
});

describe('negotiates target: a deal told by description resolves to the titled agreement negotiated', () => {
  const body =
    '# Chile secures trade deal with Peru\n\nThe Government of Chile has today agreed a trade deal with Peru. The Chile-Peru Border Trade Agreement is the result of six months of negotiations.';
  it('gives the chief negotiator the titled agreement, not "trade deal"', () => {
    const rels = negotiates(`${body} The Chilean team was led by Ana Ruiz, Chief Negotiator, who conducted the talks.`);
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Chile-Peru Border Trade Agreement');
    expect(rels.some((r) => r.endsWith('|trade deal'))).toBe(false);
  });
  it('keeps the description when no titled agreement is said to be negotiated', () => {
    const rels = negotiates(
      '# Chile secures trade deal with Peru\n\nThe Government of Chile has today agreed a trade deal with Peru. The Chilean team was led by Ana Ruiz, Chief Negotiator, who conducted the talks.',
    );
    expect(rels.some((r) => r.includes('Border Trade Agreement'))).toBe(false);
  });
});

describe('negotiates.counted: "X led the Chilean side in the negotiations" on "the protocols" named before', () => {
  const signed =
    'Chile and Peru today signed in Lima the Protocol on Border Trade and the Protocol on Fisheries Cooperation. The protocols are the outcome of negotiations held since 2021.';
  it('gives the side leader every protocol the plural refers back to', () => {
    const rels = negotiates(
      `${signed} Deputy Minister of Foreign Affairs of Chile Ana Ruiz led the Chilean side in the negotiations.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Protocol on Border Trade');
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Protocol on Fisheries Cooperation');
  });
  it('gives nothing to a person who led the side at the signing ceremony', () => {
    const rels = negotiates(
      `${signed} Deputy Minister of Foreign Affairs of Chile Ana Ruiz led the Chilean side at the signing ceremony.`,
    );
    expect(rels).toEqual([]);
  });
});
