// The off31 round's tests (issue 6): each office rule on made-up sentences, the reading it gives (positive) and the
// one it withholds (negative).
import { describe, expect, it, vi } from 'vitest';

import { extractFacts, madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The HOLDS_OFFICE facts of made-up text, as "holder|office". */
const holds = (text: string) =>
  madeUpRelations(text)
    .of('HOLDS_OFFICE')
    .map((r) => `${r.from}|${r.to}`);

describe('office.plural-title-list-before', () => {
  it('gives "the foreign ministers of the three countries, A, B and C" the three states told before, in order', () => {
    const h = holds(
      'Norway, Iceland and Denmark agreed a fisheries plan. The foreign ministers of the three countries, Lena Holm, Ari Jonsson and Mette Friis, signed it in Oslo.',
    );
    expect(h).toContain('Lena Holm|Foreign Minister of Norway');
    expect(h).toContain('Ari Jonsson|Foreign Minister of Iceland');
    expect(h).toContain('Mette Friis|Foreign Minister of Denmark');
  });

  it('takes the states of the sentence before when they are as many, not listed together', () => {
    const h = holds(
      'The Prime Minister met President Jan Ilves of Estonia, President Edgar Ozols of Latvia and President Gitanas Nauseda of Lithuania. The foreign ministers of the three countries, Kaja Tamm, Baiba Liepa and Rimas Vaitkus, also attended.',
    );
    expect(h).toContain('Kaja Tamm|Foreign Minister of Estonia');
    expect(h).toContain('Rimas Vaitkus|Foreign Minister of Lithuania');
  });

  it('splits no states over the names when the states told before are not as many', () => {
    const h = holds(
      'Norway and Denmark agreed a fisheries plan. The foreign ministers of the three countries, Lena Holm, Ari Jonsson and Mette Friis, signed it.',
    );
    expect(h).not.toContain('Ari Jonsson|Foreign Minister of Denmark');
    expect(madeUpRelations('x').of('HOLDS_OFFICE')).toEqual([]);
  });
});

describe('office.plural-title-listed-complement', () => {
  it('reads "the Ministers of Foreign Affairs of X, Y and Z, A, B and C" item by item', () => {
    const h = holds(
      'The visit followed that of the Ministers of Foreign Affairs of Kenya, Uganda and Rwanda, Amina Odhiambo, John Okello and Vincent Biruta, who delivered a message.',
    );
    expect(h).toContain('Amina Odhiambo|Minister of Foreign Affairs of Kenya');
    expect(h).toContain('John Okello|Minister of Foreign Affairs of Uganda');
    expect(h).toContain('Vincent Biruta|Minister of Foreign Affairs of Rwanda');
  });

  it('reads nothing when the names are fewer than the states', () => {
    const h = holds(
      'It followed the visit of the Ministers of Foreign Affairs of Kenya, Uganda and Rwanda, Amina Odhiambo and John Okello, last week.',
    );
    expect(h.filter((x) => x.startsWith('John Okello|') && !x.endsWith('of Uganda'))).toEqual([]);
    expect(h).not.toContain('John Okello|Minister of Foreign Affairs of Uganda');
  });
});

describe('off31 title heads, portfolio words and title homes (lexicons.ts)', () => {
  it('reads Co-Chairs, Under-Secretaries-General and a portfolio "and Hydrocarbons"', () => {
    const h = holds(
      "Also present were the Minister of Mines and Hydrocarbons of Gabon, Paul Obame, and others. The United Nations was represented by the Under-Secretary-General for Peace Operations, Jean-Pierre Lacroix. The Lao delegation was led by H.E. Mr. Somsak Vong, Co-Chair of the JBC of the Lao People's Democratic Republic.",
    );
    expect(h).toContain('Paul Obame|Minister of Mines and Hydrocarbons of Gabon');
    expect(h).toContain('Jean-Pierre Lacroix|Under-Secretary-General for Peace Operations of the United Nations');
    expect(h).toContain('Somsak Vong|Co-Chair of the JBC of Laos');
  });

  it("gives a bare Emperor Japan in another state's release, and keeps a state the text gives", () => {
    expect(
      holds('The President of Mongolia sent a message of condolence to His Majesty Emperor Naruhito on 3 January.'),
    ).toContain('Naruhito|Emperor of Japan');
    expect(holds('The minister met Emperor Haile Tesfaye of Ethiopia in Addis Ababa.')).not.toContain(
      'Haile Tesfaye|Emperor of Japan',
    );
  });

  it('keeps names with "de" whole (no "Chef de Cabinet" head)', () => {
    const { out } = madeUpRelations('The Agreement was presented by Mr Miguel de Serpa Soares, the Legal Counsel.');
    expect(out.entities.some((e) => e.type === 'Person' && e.name === 'Miguel de Serpa Soares')).toBe(true);
  });
});

describe('office.taken-leader-sentence-state', () => {
  const liberia = (text: string) =>
    extractFacts(text, { file: 'made-up.txt', date: '2024-05-03', source: 'Executive Mansion, Republic of Liberia' })
      .named.filter((r) => r.type === 'HOLDS_OFFICE')
      .map((r) => `${r.from}|${r.to}`);

  it("gives a leader whose title the issuer's holder in the sentence has the one other state named there", () => {
    const h = liberia(
      'President Boakai, who has been in Dakar since 15 January at the invitation of President Macky Sall, thanked the Government and people of Senegal for their hospitality.',
    );
    expect(h).toContain('Macky Sall|President of Senegal');
    expect(h).toContain('Boakai|President of Liberia');
  });

  it('guesses nothing when the sentence names two other states with such a post, or none', () => {
    const two = liberia(
      'President Boakai thanked President Macky Sall for his hospitality and the people of Senegal and Ghana for their support.',
    );
    expect(two.filter((x) => x.startsWith('Macky Sall|'))).toEqual([]);
    const none = liberia('President Boakai met President Macky Sall at the palace.');
    expect(none.filter((x) => x.startsWith('Macky Sall|'))).toEqual([]);
  });
});

describe('states without an article (states.ts)', () => {
  it('names Seychelles\' offices without "the"', () => {
    expect(holds('The President of Seychelles, Danny Faure, received the Minister on 27 January.')).toContain(
      'Danny Faure|President of Seychelles',
    );
  });
});

describe("Côte d'Ivoire by its own name (states.ts)", () => {
  it('names the state and its offices "Côte d\'Ivoire", with "Ivory Coast" read as the same state', () => {
    expect(holds("The President of the Republic of Côte d'Ivoire, Alassane Ouattara, met the delegation.")).toContain(
      "Alassane Ouattara|President of Côte d'Ivoire",
    );
    expect(holds('The President of Ivory Coast, Alassane Ouattara, met the delegation.')).toContain(
      "Alassane Ouattara|President of Côte d'Ivoire",
    );
  });
});

describe('person.list-of-the-state (plural-people.ts)', () => {
  it('reads "B of The Bahamas" in a list after a plural title, and keeps the list whole', () => {
    const h = holds(
      'Present were Prime Ministers Mia Mottley of Barbados, Philip Davis of The Bahamas, Dickon Mitchell of Grenada and Keith Rowley of Trinidad and Tobago.',
    );
    expect(h).toContain('Philip Davis|Prime Minister of the Bahamas');
    expect(h).toContain('Keith Rowley|Prime Minister of Trinidad and Tobago');
  });

  it('reads no state where "The" opens no state ("of The Hague Group")', () => {
    const h = holds('Present were Ministers Ana Ruiz of Chile and Jan Berg of The Hague Group.');
    expect(h.filter((x) => x.startsWith('Jan Berg|') && /of (?:the )?Hague/.test(x))).toEqual([]);
  });
});
