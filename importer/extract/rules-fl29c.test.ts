// The fl29c round's tests (issue 6): constructions shown by three first-look samples in new styles (a West African
// presidency's plain-text final communiqué on a gas cooperation agreement signed during a visit, a West African
// presidency's web page on a strategic partnership signed during a state visit, a Sahelian presidency's Markdown
// release on a continental summit), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY,
  PARTICIPATED_TWO_LEADERS_TWO_STATES,
  respectiveAgentsAfter,
} from './rules-fl29c.ts';
import {
  ELIDED_PARTICLE,
  OFFICE_PLURAL_TITLE_PAIR_TAIL,
  PARTICIPATED_SIGNING_SUBJECT_HONORIFICS,
} from './rules-fl29c-words.ts';
import { agreementNames, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('agreement.elided-particle', () => {
  it('reads an elided particle as part of the next capitalised word', () => {
    const w = new RegExp(`^${ELIDED_PARTICLE}\\p{Lu}\\p{L}+$`, 'u');
    expect(w.test("d'Ivoire")).toBe(true);
    expect(w.test('d’Ivoire')).toBe(true);
    expect(w.test("l'Union")).toBe(true);
    expect(w.test("d'accord")).toBe(false);
    expect(w.test("s'Ivoire")).toBe(false);
  });

  it("keeps a title whole over Côte d'Ivoire and gives both parties", () => {
    const text =
      "Talks in Accra\n\nThe two ministers signed the Strategic Partnership Agreement between the Republic of Côte d'Ivoire and the Republic of Ghana in Accra.";
    expect(agreementNames(text)).toContain(
      "Strategic Partnership Agreement between the Republic of Côte d'Ivoire and the Republic of Ghana",
    );
    const parties = madeUpRelations(text)
      .of('PARTY_TO')
      .map((r) => r.from);
    expect(parties).toEqual(expect.arrayContaining(["Côte d'Ivoire", 'Ghana']));
  });

  it('does not run a title on over a lowercase elision', () => {
    const names = agreementNames(
      "Talks in Lima\n\nThe two ministers signed the Agreement on Cooperation between Chile and Peru d'un commun accord.",
    );
    expect(names).toContain('Agreement on Cooperation between Chile and Peru');
    expect(names.some((n) => n.includes("d'un"))).toBe(false);
  });
});

describe('office portfolio words (fl29c: Energies, Renewable)', () => {
  it('reads plural and renewable portfolios inside a title', () => {
    const r = madeUpRelations(
      'Senegal and Ghana\n\nThe delegation of Senegal included Mr Awa Ndiaye, Minister of Petroleum and Energies, and Mr Musa Diop, Minister of Petroleum, Energy and the Development of Renewable Energies.',
    );
    const held = r.of('HOLDS_OFFICE').map((x) => `${x.from}|${x.to}`);
    expect(held).toContain('Awa Ndiaye|Minister of Petroleum and Energies of Senegal');
    expect(held).toContain(
      'Musa Diop|Minister of Petroleum, Energy and the Development of Renewable Energies of Senegal',
    );
    expect(r.out.entities.some((e) => e.type === 'Person' && e.name === 'Energies')).toBe(false);
  });
});

describe(PARTICIPATED_TWO_LEADERS_TWO_STATES.id, () => {
  const text =
    'Visit of the President of Peru\n\nThe President of Chile, Mr Jan Kowal, welcomed the President of Peru, Mr Ivan Petrov, at the airport of Santiago on 3 May 2024, in the presence of the Prime Minister of Chile, Mr Adam Nowak. The two Heads of State then held a private meeting at the Palace, followed by talks in an enlarged format.';

  it('takes two heads of state of two states, not the host and his prime minister', () => {
    const r = madeUpRelations(text);
    const inPrivate = r
      .of('PARTICIPATED_IN')
      .filter((x) => x.to === 'private meeting')
      .map((x) => x.from);
    expect(inPrivate).toEqual(expect.arrayContaining(['Jan Kowal', 'Ivan Petrov']));
    expect(inPrivate).not.toContain('Adam Nowak');
    expect(r.byRule(PARTICIPATED_TWO_LEADERS_TWO_STATES.id).length).toBeGreaterThan(0);
  });

  it('keeps a readout with two leaders as it was', () => {
    const r = madeUpRelations(
      'Talks in Santiago\n\nThe President of Chile, Mr Jan Kowal, received the President of Peru, Mr Ivan Petrov, in Santiago on 3 May 2024. The two Heads of State held a private meeting.',
    );
    expect(r.byRule(PARTICIPATED_TWO_LEADERS_TWO_STATES.id)).toEqual([]);
    const inPrivate = r
      .of('PARTICIPATED_IN')
      .filter((x) => x.to === 'private meeting')
      .map((x) => x.from);
    expect(inPrivate).toEqual(expect.arrayContaining(['Jan Kowal', 'Ivan Petrov']));
  });
});

describe(OFFICE_PLURAL_TITLE_PAIR_TAIL.id, () => {
  it('matches only a trailing pair complement', () => {
    expect(OFFICE_PLURAL_TITLE_PAIR_TAIL.tail.test(' of Foreign Affairs of the two countries')).toBe(true);
    expect(OFFICE_PLURAL_TITLE_PAIR_TAIL.tail.test(' of Foreign Affairs of both sides')).toBe(true);
    expect(OFFICE_PLURAL_TITLE_PAIR_TAIL.tail.test(' of the two countries in Asia')).toBe(false);
    expect(OFFICE_PLURAL_TITLE_PAIR_TAIL.tail.test(' of Foreign Affairs')).toBe(false);
  });

  it('gives each name the title without the pair, of its own state, from a pair told earlier', () => {
    const r = madeUpRelations(
      'Chile and Peru sign a partnership agreement\n\nThe two Presidents met in Lima to sign a Strategic Partnership Agreement between the Republic of Chile and the Republic of Peru. They reviewed trade, energy and security, and the preparations of the next summit of their regional organisation, to be held in Quito in December, as well as the situation on their common border and the fight against organised crime in the region. The Agreement was signed on behalf of their respective Governments by the Ministers of Foreign Affairs of the two countries, Mr. Adam Nowak and Mrs. Eva Ruzek.',
    );
    const held = r.of('HOLDS_OFFICE').map((x) => `${x.from}|${x.to}`);
    expect(held).toContain('Adam Nowak|Minister of Foreign Affairs of Chile');
    expect(held).toContain('Eva Ruzek|Minister of Foreign Affairs of Peru');
    expect(held.some((h) => /Two Countries/.test(h))).toBe(false);
  });

  it('takes no pair told far back for a plural title without the pair tail', () => {
    const r = madeUpRelations(
      'Norway and Iceland settle their fisheries dispute\n\nForeign Minister Ola Berg and the Minister for Fisheries of Iceland, Jon Sigurdsson, today signed in Oslo an agreement with Iceland on fishing rights. The new agreement replaces the 1980 arrangement between Greenland and Canada on shared stocks, which left the question of capelin open. It was prepared by a joint working group that met eleven times over four years in Oslo, Reykjavik and Bergen, and consulted fishing communities, scientists and regional authorities on both sides of the sea before it reported to the two governments last spring. Its report set out catch limits for each of the next ten seasons, a shared register of licensed vessels, joint inspections at sea and in port, and a procedure for settling any future difference by consultation rather than by unilateral measures. The two foreign ministers, Ola Berg and Anna Dahl, also discussed Arctic cooperation.',
    );
    const held = r.of('HOLDS_OFFICE').map((x) => `${x.from}|${x.to}`);
    expect(held.some((h) => /^Ola Berg\|.*(Greenland|Canada)/.test(h))).toBe(false);
    expect(held.some((h) => /^Anna Dahl\|.*(Greenland|Canada)/.test(h))).toBe(false);
  });
});

describe(NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY.id, () => {
  it('finds the agents after "by" only in the passive', () => {
    expect(respectiveAgentsAfter('The Agreement was signed ', ' by the two ministers, A and B.')).toBe(4);
    expect(respectiveAgentsAfter('The Protocol has been duly initialled ', ' by A and B')).toBe(4);
    expect(respectiveAgentsAfter('A and B signed the Agreement ', ' by the end of the day.')).toBeUndefined();
    expect(respectiveAgentsAfter('The Agreement was signed ', ' in Lima.')).toBeUndefined();
  });

  it('gives each signer named after "by" their own state', () => {
    const r = madeUpRelations(
      'Chile and Peru sign a partnership agreement\n\nThe leaders met in Lima on Monday. The Agreement was signed on behalf of their respective Governments by the Minister of Foreign Affairs of Chile, Mr Adam Nowak, and the Minister of Foreign Affairs of Peru, Mrs Eva Ruzek.',
    );
    expect(r.byRule(NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY.id)).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Adam Nowak|Chile', 'NEGOTIATES_FOR|Eva Ruzek|Peru']),
    );
  });

  it('keeps the active form to the people before the phrase', () => {
    const r = madeUpRelations(
      'Chile and Peru sign a partnership agreement\n\nThe Minister of Foreign Affairs of Chile, Mr Adam Nowak, and the Minister of Foreign Affairs of Peru, Mrs Eva Ruzek, signed the Agreement on behalf of their respective Governments.',
    );
    expect(r.byRule(NEGOTIATES_FOR_RESPECTIVE_PASSIVE_BY.id)).toEqual([]);
    expect(r.byRule('negotiates-for.on-behalf-respective')).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Adam Nowak|Chile', 'NEGOTIATES_FOR|Eva Ruzek|Peru']),
    );
  });
});

describe(PARTICIPATED_SIGNING_SUBJECT_HONORIFICS.id, () => {
  it('removes the dots of honorifics only', () => {
    const strip = (s: string) => s.replace(PARTICIPATED_SIGNING_SUBJECT_HONORIFICS.dots, '');
    expect(strip('A, and his counterpart, H.E. Mr. B, ')).not.toMatch(/\./);
    expect(strip('A. Then Dr. B ')).toMatch(/\./);
  });

  it('gives the signing to both leaders of a subject with honorifics', () => {
    const r = madeUpRelations(
      'Chile and Peru\n\nThe President of Chile, H.E. Mr. Jan Kowal, and his Peruvian counterpart, H.E. Mr. Ivan Petrov, attended on Tuesday the signing of the Agreement on Trade and Transit between Chile and Peru.',
    );
    const signing = r
      .of('PARTICIPATED_IN')
      .filter((x) => /^signing of/.test(x.to))
      .map((x) => x.from);
    expect(signing).toEqual(expect.arrayContaining(['Jan Kowal', 'Ivan Petrov']));
  });

  it('still stops at a sentence end between the name and the verb', () => {
    const r = madeUpRelations(
      'Chile and Peru\n\nThe President of Chile, Mr Jan Kowal, arrived in Lima. Later the Minister of Trade of Peru, Mr. Ivan Petrov, attended the signing of the Agreement on Trade and Transit between Chile and Peru.',
    );
    const signing = r
      .of('PARTICIPATED_IN')
      .filter((x) => /^signing of/.test(x.to))
      .map((x) => x.from);
    expect(signing).not.toContain('Jan Kowal');
  });
});
