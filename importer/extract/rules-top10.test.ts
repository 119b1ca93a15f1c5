// Unit tests of the top10 rules (who an event told only by its parties involves) on made-up sentences about real
// states and organisations and invented people, with negative cases.
import { describe, expect, it } from 'vitest';

import { extractFacts, madeUpRelations } from './test-facts.ts';

/** The facts of one relation type of a text, as "from -> to". */
function factsOf(type: string, text: string): string[] {
  return madeUpRelations(text)
    .of(type)
    .map((r) => `${r.from} -> ${r.to}`);
}
const involves = (text: string) => factsOf('INVOLVES', text);

describe('involves.in-name.own: the readout’s own talks told only by their parties', () => {
  it('involves the parties of a dialogue named with an en dash that nobody is said to attend', () => {
    const rel = involves(
      'The Chile–Peru Vice-Ministerial Strategic Dialogue convened in Lima on 3 May to review trade.',
    );
    expect(rel).toContain('Chile–Peru Vice-Ministerial Strategic Dialogue -> Chile');
    expect(rel).toContain('Chile–Peru Vice-Ministerial Strategic Dialogue -> Peru');
  });

  it('involves the parties of a numbered ministers’ meeting held without named people', () => {
    const rel = involves("The fourth Chile-Peru 2+2 Foreign and Defence Ministers' Meeting was held in Lima on 3 May.");
    expect(rel.filter((r) => r.endsWith('-> Chile') || r.endsWith('-> Peru'))).toHaveLength(2);
  });

  it('not when the readout names a minister of one of its parties: the dialogue is theirs', () => {
    const rel = involves(
      'The Chile–Peru Strategic Dialogue was held in Lima on 3 May. ' +
        'Foreign Minister Ana Ruiz of Chile and her counterpart Jorge Salas discussed trade.',
    );
    expect(rel).toEqual([]);
  });

  it('not for a single party: "the Chile consultations" name no pair', () => {
    expect(involves('The annual Chile consultations were held in Lima on 3 May.')).toEqual([]);
  });
});

describe('involves.venue-capital widened: the host city of talks between two other parties', () => {
  it('involves the state of a venue city that is no capital ("held in İstanbul")', () => {
    const rel = involves(
      'Direct negotiations between Chile and Peru held in İstanbul ended on 3 May. Turkey welcomed the outcome.',
    );
    expect(rel.some((r) => r.endsWith('-> Turkey'))).toBe(true);
  });

  it('not a state that is itself a party ("between Turkey and Peru held in İstanbul")', () => {
    const rel = involves('Direct negotiations between Turkey and Peru held in İstanbul ended on 3 May.');
    expect(rel.filter((r) => r.endsWith('-> Turkey'))).toHaveLength(1);
  });
});

describe('involves.helped-by widened: the mediator of the readout’s own talks told only by their parties', () => {
  it('involves "the Sultanate of Oman" that mediated them', () => {
    const rel = involves(
      'Indirect talks between Chile and Peru, mediated by the Sultanate of Oman, were held on 3 May.',
    );
    expect(rel.some((r) => r.endsWith('-> Oman'))).toBe(true);
  });
});

describe('an incident’s sympathisers and a meeting’s date marks', () => {
  it('a state offering "condolences" over a disaster is no party of it', () => {
    const rel = involves(
      'President Luis Mora of Chile spoke with President Carla Vega of Peru on 3 May. ' +
        "Mora conveyed Chile's condolences over the floods that hit Peru's northern city of Piura.",
    );
    expect(rel.some((r) => r.endsWith('-> Peru'))).toBe(true);
    expect(rel.some((r) => r.endsWith('-> Chile'))).toBe(false);
  });

  it('discussed.anniversary: an incident the meeting is dated by ("on the anniversary of") is no subject', () => {
    const text =
      "President Luis Mora of Chile met President Carla Vega of Peru in Lima on the first anniversary of Bolivia's invasion of Peru.";
    expect(factsOf('DISCUSSED', text)).toEqual([]);
    expect(factsOf('DISCUSSED', `${text} They discussed the earthquake in Ecuador.`).length).toBeGreaterThan(0);
  });
});

describe('involves.held-by-sides widened: rounds held by the sides’ ministries or officials', () => {
  it('reads the parties behind "The Ministries of Foreign Affairs of A and B held their tenth round of …"', () => {
    const rel = involves(
      'The Ministries of Foreign Affairs of Chile and Peru held their tenth round of political consultations in Lima on 3 May.',
    );
    expect(rel.some((r) => r.endsWith('-> Chile'))).toBe(true);
    expect(rel.some((r) => r.endsWith('-> Peru'))).toBe(true);
  });

  it('finds an unnumbered round a verb tells as held ("held a round of consultations on Africa")', () => {
    const rel = involves('The foreign ministries of Chile and Peru held a round of consultations on Africa in Lima.');
    expect(rel).toContain('round of consultations -> Chile');
    expect(rel).toContain('round of consultations -> Peru');
  });

  it('not a subject with a person in it ("President X of Chile and Peru held …" is no pair of sides)', () => {
    const rel = involves('President Luis Mora of Chile held a round of consultations with business leaders in Lima.');
    expect(rel).toEqual([]);
  });
});

describe('event.not-list-of-bodies: a list of bodies is no event', () => {
  it('reads "cooperation within ASEAN and the Pacific Islands Forum" as two topics, not an event', () => {
    const text =
      'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May. ' +
      'They discussed cooperation within ASEAN and the Pacific Islands Forum.';
    const dis = factsOf('DISCUSSED', text);
    expect(dis.some((r) => r.endsWith('-> Pacific Islands Forum'))).toBe(true);
    expect(dis.some((r) => r.endsWith('-> ASEAN and the Pacific Islands Forum'))).toBe(false);
  });

  it('keeps a gathering named by a body ("the ASEAN Regional Forum" alone)', () => {
    const text =
      'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May. ' +
      'They discussed the coming ASEAN Regional Forum.';
    expect(factsOf('DISCUSSED', text).some((r) => r.endsWith('-> ASEAN Regional Forum'))).toBe(true);
  });
});

describe('an en dash with spaces around it is no joiner of names', () => {
  it('keeps a dateline "3 May 2024 – The X Conference" out of the event name', () => {
    const { out } = extractFacts(
      '3 May 2024 – The Pacific Alliance Ministerial Conference opened in Lima with a meeting of trade ministers.',
      { file: 'made-up.txt', date: '2024-05-03' },
      true,
    );
    expect(out.entities.filter((e) => e.type === 'Event' && /2024\s+–/.test(e.name))).toEqual([]);
  });
});

describe('discussed.agreement-basis: an agreement named only as a basis or a precedent', () => {
  const opening = 'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May 2024. ';
  it('is no subject after "Based on", "Following", "as provided for in", "the anniversary year of"', () => {
    for (const s of [
      'Based on the Lima Accord of 2019, the two sides agreed to open a consulate.',
      'Following the consensus reached by the two Presidents, trade teams met in April.',
      'Work went on in five groups, as provided for in the Terms of Reference agreed in March.',
      'The meeting fell in the anniversary year of the 1994 Chile-Peru Framework Agreement.',
    ])
      expect(factsOf('DISCUSSED', opening + s)).toEqual([]);
  });

  it('stays a subject when the meeting went over it ("They reviewed the Lima Accord")', () => {
    expect(factsOf('DISCUSSED', `${opening}They reviewed the implementation of the Lima Accord.`)).toContain(
      'Mora-Vega meeting in Lima -> Lima Accord',
    );
  });
});
