// Unit tests of the neg12 NEGOTIATES rules on made-up sentences about invented people and real states.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const negotiates = (text: string) =>
  [...extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }).rels].filter((r) => r.startsWith('NEGOTIATES|'));

const signed =
  '# Chile and Peru sign Border Trade Agreement\n\nChile and Peru today signed the Border Trade Agreement in Lima.';

describe('negotiates.the-two: "the X Treaty negotiations between the two ministers"', () => {
  const met =
    "# Chile-Peru Foreign Ministers' Meeting\n\nOn 3 May, Ms. Ana Ruiz, Minister of Foreign Affairs of Chile, held a Chile-Peru Foreign Ministers' Meeting with Mr. Luis Mora, Minister of Foreign Affairs of Peru, in Lima.";
  it('gives both ministers the agreement named right before "negotiations"', () => {
    const rels = negotiates(
      `${met} It was the third round of the Boundary Treaty negotiations between the two ministers, following the round held in Santiago in March.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Boundary Treaty');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Boundary Treaty');
  });
  it('gives the same from "negotiations on X" (British spelling of the verb nearby)', () => {
    const rels = negotiates(`${met} The two ministers continued the negotiations on the Boundary Treaty.`);
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Boundary Treaty');
  });
  it('gives nothing when the two ministers merely mention an agreement', () => {
    const rels = negotiates(`${met} The two ministers recalled the Boundary Treaty of 1929.`);
    expect(rels).toEqual([]);
  });
  it('gives nothing when the agreement is named but the negotiations are not theirs', () => {
    const rels = negotiates(
      `${met} The two ministers welcomed the signing of the Fisheries Agreement by their trade ministers.`,
    );
    expect(rels).toEqual([]);
  });
});

describe('negotiates.responsible: heads of delegation at "the negotiations" of the readout\'s agreement', () => {
  it('gives both heads the agreement signed in the readout', () => {
    const rels = negotiates(
      `${signed} The text had been negotiated over the previous two days. Vice Minister Ana Ruiz led the Chilean delegation at the negotiations, while the Peruvian delegation was headed by Luis Mora, Permanent Secretary of the Ministry of Foreign Affairs of Peru.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Border Trade Agreement');
  });
  it('gives both heads the agreement signed in the text when the headline only describes it', () => {
    const rels = negotiates(
      '# Chile and Peru sign arrangement on cross-border trade\n\nThe two foreign ministers today signed the "Arrangement on Cross-Border Trade between Chile and Peru" in Lima. The text had been negotiated over the previous two days in Arica. Vice Minister Ana Ruiz led the Chilean delegation at the negotiations, while the Peruvian delegation was headed by Luis Mora, Permanent Secretary of the Ministry of Foreign Affairs of Peru.',
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Arrangement on Cross-Border Trade between Chile and Peru');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Arrangement on Cross-Border Trade between Chile and Peru');
  });
  it('gives the chief negotiators who opened a round, the agreement named in the sentence before', () => {
    const rels = negotiates(
      'Chile and Peru held the fifth round of negotiations on a Chile-Peru Investment Protection Treaty in Lima on 2 May. The round was opened by the chief negotiators, Ana Ruiz of Chile and Luis Mora of Peru.',
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Chile-Peru Investment Protection Treaty');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Chile-Peru Investment Protection Treaty');
  });
  it('gives the negotiators in a passive with the agents after the verb', () => {
    const rels = negotiates(
      `${signed} The negotiations were conducted by Ana Ruiz, Vice Minister of Foreign Affairs of Chile, and Luis Mora, Vice Minister of Foreign Affairs of Peru.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Border Trade Agreement');
  });
  it('gives the chief negotiator who opened a round on a named agreement', () => {
    const rels = negotiates(
      "Ana Ruiz, Chile's chief negotiator, opened the fourth round of negotiations on the Chile-Peru Fisheries Agreement in Lima.",
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Chile-Peru Fisheries Agreement');
  });
  it('gives nothing to heads of delegation at a summit with no negotiation', () => {
    const rels = negotiates(
      `${signed} Vice Minister Ana Ruiz led the Chilean delegation at the summit, while the Peruvian delegation was headed by Luis Mora.`,
    );
    expect(rels).toEqual([]);
  });
  it('gives nothing to a person who merely welcomed the agreement', () => {
    const rels = negotiates(`${signed} Vice Minister Ana Ruiz welcomed the agreement as a step forward.`);
    expect(rels).toEqual([]);
  });
  it('gives nothing when no agreement is named in the readout', () => {
    const rels = negotiates(
      '# Chile and Peru hold consultations\n\nVice Minister Ana Ruiz led the Chilean delegation at the consultations in Lima, while the Peruvian delegation was headed by Luis Mora.',
    );
    expect(rels).toEqual([]);
  });
  it('gives nothing to the minister who reports, before "said that", on negotiations led by others', () => {
    const rels = negotiates(
      `${signed} In his speech, Foreign Minister Pedro Vidal of Ecuador said that the agreement crowns a year of negotiations, led by Ana Ruiz and Luis Mora.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
    expect(rels).not.toContain('NEGOTIATES|Pedro Vidal|Border Trade Agreement');
  });
  it('gives no resolution as the agreement of negotiations on something the text does not name as an agreement', () => {
    const rels = negotiates(
      '# Chile and Peru agree on annex\n\nBoth sides recalled UNSCR 1244. The negotiations on the annex were conducted by Ana Ruiz, Vice Minister of Foreign Affairs of Chile.',
    );
    expect(rels.filter((r) => r.includes('UNSCR'))).toEqual([]);
  });
});

describe('negotiates.the-two-titled: "the negotiations were led by the two Foreign Ministers"', () => {
  const fms =
    '# Chile and Peru sign Border Trade Agreement\n\nMs. Ana Ruiz, Minister of Foreign Affairs of Chile, and Mr. Luis Mora, Minister of Foreign Affairs of Peru, today signed the Border Trade Agreement in Lima, in the presence of President Pedro Vidal of Chile.';
  it('gives the two holders of the title the agreement', () => {
    const rels = negotiates(
      `${fms} The negotiations were led by the two Foreign Ministers, who met six times this year.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Border Trade Agreement');
    expect(rels).not.toContain('NEGOTIATES|Pedro Vidal|Border Trade Agreement');
  });
  it('gives the two Presidents of the parties, not a third president, "the two Presidents negotiated the text"', () => {
    const rels = negotiates(
      '# Chile and Peru adopt Declaration of Arica\n\nPresident Pedro Vidal of Chile and President Rosa Quispe of Peru adopted the Declaration of Arica between Chile and Peru, in the presence of President Marta Gomez of Colombia. The two Presidents negotiated the text of the declaration in direct talks.',
    );
    expect(rels).toContain('NEGOTIATES|Pedro Vidal|Declaration of Arica between Chile and Peru');
    expect(rels).toContain('NEGOTIATES|Rosa Quispe|Declaration of Arica between Chile and Peru');
    expect(rels).not.toContain('NEGOTIATES|Marta Gomez|Declaration of Arica between Chile and Peru');
  });
  it('gives nothing for "the two sides negotiated"', () => {
    const rels = negotiates(`${fms} The two sides negotiated for a year.`);
    expect(rels).toEqual([]);
  });
  it('narrows three holders of the title to those of the parties', () => {
    const rels = negotiates(
      `${fms} Mr. Jorge Paz, Minister of Foreign Affairs of Ecuador, attended. The negotiations were led by the two Foreign Ministers.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
    expect(rels).not.toContain('NEGOTIATES|Jorge Paz|Border Trade Agreement');
  });
  it('gives nothing when no two people hold the title', () => {
    const rels = negotiates(`${fms} The negotiations were led by the two Deputy Ministers.`);
    expect(rels).toEqual([]);
  });
});

describe('negotiates.talks-delegation-head: "The memorandum concludes weeks of talks. … The X delegation was led by A"', () => {
  const signed3 =
    '# Chile, Peru and Bolivia sign memorandum\n\nThe foreign ministers of Chile, Peru and Bolivia today signed the Tripartite Memorandum on Water Resources in La Paz.';
  it('gives the heads of delegation told after the sentence that the agreement concluded talks', () => {
    const rels = negotiates(
      `${signed3} The memorandum concludes several weeks of intensive talks hosted by Bolivia. Senior officials met in Sucre on 2 May. The Chilean delegation was led by Ana Ruiz, Director-General for Borders, and the Peruvian delegation by Luis Mora, Vice Minister of Foreign Affairs.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Tripartite Memorandum on Water Resources');
    expect(rels).toContain('NEGOTIATES|Luis Mora|Tripartite Memorandum on Water Resources');
  });
  it('gives nothing to heads of delegation when no sentence says the agreement concluded talks', () => {
    const rels = negotiates(
      `${signed3} The memorandum was welcomed by the region. The Chilean delegation was led by Ana Ruiz, Director-General for Borders.`,
    );
    expect(rels).toEqual([]);
  });
  it('gives nothing to heads of delegation told far after the talks sentence', () => {
    const rels = negotiates(
      `${signed3} The memorandum concludes several weeks of talks. It covers three rivers. It enters into force in June. It will be reviewed in 2027. The Chilean delegation to the signing was led by Ana Ruiz.`,
    );
    expect(rels).toEqual([]);
  });
});

describe('negotiates.responsible: "who took part in the final round of talks"', () => {
  it('gives a participant of a negotiating round the agreement', () => {
    const rels = negotiates(
      `${signed} The President thanked Ms. Ana Ruiz, Special Envoy of Chile for Trade, who took part in the final round of talks in Arica on his behalf.`,
    );
    expect(rels).toContain('NEGOTIATES|Ana Ruiz|Border Trade Agreement');
  });
  it('gives nothing to a guest who merely took part in a dinner', () => {
    const rels = negotiates(
      `${signed} Ms. Ana Ruiz, Special Envoy of Chile for Trade, took part in the official dinner.`,
    );
    expect(rels).toEqual([]);
  });
});
