// Unit tests of the inv12 rules (the parties of a series' other rounds) on made-up sentences about real states and
// invented people, with negative cases.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

/** The INVOLVES facts of a text, as "event -> party". */
function involves(text: string): string[] {
  return madeUpRelations(text)
    .of('INVOLVES')
    .map((r) => `${r.from} -> ${r.to}`);
}

describe('involves.round-of-series: the other rounds of the readout’s own talks', () => {
  it('gives the earlier rounds, named only by their place in the series, the parties of the talks', () => {
    const rel = involves(
      'Lisbon, 3 May --- Portugal hosted today the fourth round of talks between Chile and Peru on their maritime ' +
        'boundary. The round follows the second round, held in Madrid in March, and the third round, held in Rome.',
    );
    expect(rel).toContain('second round -> Chile');
    expect(rel).toContain('second round -> Peru');
    expect(rel).toContain('third round -> Chile');
    expect(rel).toContain('third round -> Peru');
  });

  it('not when the readout’s own meeting names no pair of parties', () => {
    const rel = involves(
      'Lisbon, 3 May --- Portugal hosted today the fourth round of maritime talks. ' +
        'The round follows the second round, held in Madrid in March.',
    );
    expect(rel.filter((r) => r.startsWith('second round'))).toEqual([]);
  });

  it('not for a round of another named series ("the second round of the Chile-Bolivia consultations")', () => {
    const rel = involves(
      'Lisbon, 3 May --- Portugal hosted today the fourth round of talks between Chile and Peru. ' +
        'Chile recalled the second round of the Chile-Bolivia consultations, held in La Paz.',
    );
    expect(rel).not.toContain('second round of the Chile-Bolivia consultations -> Peru');
  });

  it('not for a round the readout names people at: attended talks are theirs', () => {
    const rel = involves(
      'Lisbon, 3 May --- Portugal hosted today the fourth round of talks between Chile and Peru. ' +
        'Foreign Minister Ana Ruiz of Chile and Foreign Minister Jorge Salas of Peru met at the second round in Madrid.',
    );
    expect(rel.filter((r) => r.startsWith('second round'))).toEqual([]);
  });
});

describe('involves.not-designation: a state that only designates a person by office is no party of an incident', () => {
  it('drops the state of a counterpart designated "Republic of Chile (ROC) Foreign Minister X"', () => {
    const rel = involves(
      'Prime Minister Ana Ruiz of Peru spoke today with Republic of Chile (ROC) Foreign Minister Jorge Salas about ' +
        'the earthquake in Bolivia.',
    );
    expect(rel).not.toContain('earthquake in Bolivia -> Chile');
    expect(rel).toContain('earthquake in Bolivia -> Bolivia');
  });

  it('drops a possessive designation ("Peru\'s Foreign Minister")', () => {
    const rel = involves("Peru's Foreign Minister Jorge Salas condemned the missile attack on Ukraine by Russia.");
    expect(rel.filter((r) => r.endsWith('-> Peru'))).toEqual([]);
  });

  it("keeps a state named as the incident's target, not before a title", () => {
    const rel = involves(
      'Prime Minister Ana Ruiz of Peru spoke today with Foreign Minister Jorge Salas about the attack on Chile ' +
        'by armed groups from Bolivia.',
    );
    expect(rel.some((r) => r.endsWith('-> Chile'))).toBe(true);
  });
});

describe('involves.not-stance (inv12): a state committing itself to support is no party of the war it names', () => {
  it('drops the subject of "commits itself to supporting B against the X war of aggression"', () => {
    const rel = involves(
      'Peru commits itself to supporting Ukraine over the long term against the Russian war of aggression.',
    );
    expect(rel.filter((r) => r.endsWith('-> Peru'))).toEqual([]);
    expect(rel.some((r) => r.endsWith('-> Russia'))).toBe(true);
  });

  it('drops "remains committed to" and "reaffirmed its solidarity" subjects', () => {
    const a = involves('Chile remains committed to ending the Russian invasion of Ukraine.');
    const b = involves('Chile reaffirmed its solidarity with the victims of the earthquake in Bolivia.');
    expect([...a, ...b].filter((r) => r.endsWith('-> Chile'))).toEqual([]);
  });

  it('keeps a state that is the incident’s actor ("Russia continues to attack Ukraine" names no stance)', () => {
    const rel = involves('Chile condemned the attack on Ukraine, which Russia continues to wage.');
    expect(rel.some((r) => r.endsWith('-> Russia'))).toBe(true);
  });
});
