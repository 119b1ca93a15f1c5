// The prc30 round's tests (issue 6): PARTY_TO, OFFICE_OF and HOLDS_OFFICE, each rule on made-up sentences, the
// reading it gives (positive) and the one it withholds (negative).
import { describe, expect, it, vi } from 'vitest';

import {
  behalfAfterTitle,
  behalfWhoAgentState,
  itsTitleOrganisation,
  mediatorByNoun,
  PRC30_PATTERNS,
  wordAfterTheTitle,
} from './rules-prc30.ts';
import { titleHome } from './lexicons.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The OFFICE_OF facts of made-up text, as "office|owner". */
const owners = (text: string) =>
  madeUpRelations(text)
    .of('OFFICE_OF')
    .map((r) => `${r.from}|${r.to}`);

describe('office.behalf-after-title', () => {
  it('reads the state after "Name, Title, on behalf of the Government of"', () => {
    expect(behalfAfterTitle('was signed by Mr. A, and by Mr. B, ', ', on behalf of the Government of ', ', and')).toBe(
      true,
    );
    expect(behalfAfterTitle('', ', Prof. Dana Lee, on behalf of the ', '.')).toBe(true);
  });

  it('reads "for" a state only after a signing, and only at the end of the clause', () => {
    expect(behalfAfterTitle('The MoU was signed by X, and by the ', ', Prof. Dana Lee, for the ', '.')).toBe(true);
    expect(behalfAfterTitle('The Minister thanked the ', ', Dana Lee, for the ', '.')).toBe(false);
    expect(behalfAfterTitle('It was signed by the ', ', Dana Lee, for ', "'s support")).toBe(false);
    expect(PRC30_PATTERNS.behalfAfterTitle.test(' met the delegation for the ')).toBe(false);
  });

  it('gives a title between a name and "on behalf of the Government of X" X\'s office, not the first signer\'s', () => {
    const got = owners(
      'The Agreement on Power Trade between Norway and Peru was signed by Mr. Ola Berg, Secretary at the Ministry ' +
        'of Energy, on behalf of the Government of Norway, and by Mr. Juan Rivas, Secretary at the Ministry of ' +
        'Mines, on behalf of the Government of Peru.',
    );
    expect(got).toContain('Secretary at the Ministry of Mines of Peru|Peru');
    expect(got).not.toContain('Secretary at the Ministry of Mines of Norway|Norway');
    expect(got).toContain('Secretary at the Ministry of Energy of Norway|Norway');
  });

  it('gives "the Minister of X, Name, for <state>" in a signing sentence that state', () => {
    const got = owners(
      'The memorandum was signed by the Minister of Trade, Hon. Ana Moyo, on behalf of the Government of the ' +
        'Republic of Zambia, and by the Minister of Transport, Prof. Tomas Kaira, for the Republic of Malawi.',
    );
    expect(got).toContain('Minister of Transport of Malawi|Malawi');
    expect(got).not.toContain('Minister of Transport of Zambia|Zambia');
  });
});

describe('person.not-word-after-the', () => {
  /** The people of made-up text with the offices they hold, as "person|office". */
  const holders = (text: string) =>
    madeUpRelations(text)
      .of('HOLDS_OFFICE')
      .map((r) => `${r.from}|${r.to}`);

  it('reads no person in the word after "the <Title> of the <Word>"', () => {
    expect(wordAfterTheTitle('Chairman of the National', 'Transitional')).toBe(true);
    expect(wordAfterTheTitle('Relations with the State', 'Philatelic')).toBe(true);
    const got = holders(
      'The Chairman of the National Transitional Government will not stand in the elections.\n\n' +
        'Secretary Blake toured the locks with the Administrator of the Panama Canal, who briefed him.',
    );
    expect(got.some((f) => f.startsWith('Transitional|') || f.startsWith('Canal|'))).toBe(false);
  });

  it('keeps a one-word name after a state form, and names of two words', () => {
    expect(wordAfterTheTitle('President of the Republic', 'Lula')).toBe(false);
    expect(wordAfterTheTitle('President of the Council', 'Ana Soto')).toBe(false);
    expect(wordAfterTheTitle('Minister of Foreign Affairs', 'Soto')).toBe(false);
    const got = holders('Foreign Minister Luis Vega of Peru met the Chairman of the Andean Council, Marta Ruiz.');
    expect(got.some((f) => f.startsWith('Luis Vega|'))).toBe(true);
  });
});

describe('office.its-title-organisation', () => {
  const org = (name: string, start: number, end: number) =>
    ({ type: 'Organization', name, start, end, demonym: false }) as const;
  const state = (name: string, start: number, end: number) =>
    ({ type: 'State', name, start, end, demonym: false }) as const;

  it('gives a title after "by its" the organisation named last before it', () => {
    const text = 'The Front (NLF) was represented by its Secretary-General, Mr Ali Musa.';
    const at = text.indexOf('Secretary');
    expect(itsTitleOrganisation(text, 0, at, [org('National Liberation Front', 11, 14)])).toBe(
      'National Liberation Front',
    );
    const got = owners(
      'The National Liberation Front (NLF) was represented by its Secretary-General, Mr Ali Musa, and by its ' +
        'spokesperson, Mr Omar Said.',
    );
    expect(got).toContain('Secretary-General of the National Liberation Front|National Liberation Front');
  });

  it('leaves the title when a state is named nearer, or no "its" stands before it', () => {
    const text = 'The AU asked Chad, and its President, X, to attend.';
    const at = text.indexOf('President');
    expect(itsTitleOrganisation(text, 0, at, [org('African Union', 4, 6), state('Chad', 13, 17)])).toBeUndefined();
    const t2 = 'The AU was represented by the Commissioner, Y.';
    expect(itsTitleOrganisation(t2, 0, t2.indexOf('Commissioner'), [org('African Union', 4, 6)])).toBeUndefined();
    const got = owners('The delegation of Peru was led by its Minister of Foreign Affairs, Mr Luis Vega.');
    expect(got).toContain('Minister of Foreign Affairs of Peru|Peru');
  });
});

describe('office.behalf-who-agent', () => {
  it("gives the principal's title the state of the agent who acts on his behalf, not the host's", () => {
    const text =
      'Prime Minister Lopez of Peru met the Chilean Minister of Trade and the United States Secretary of Commerce, ' +
      'Ann Grey, who is visiting Lima on behalf of President Tom Hale.';
    const at = text.indexOf('President Tom');
    const us = { name: 'United States', end: text.indexOf(' Secretary of Commerce') };
    expect(behalfWhoAgentState(text, at, [{ name: 'Peru', end: 29 }, us])).toBe('United States');
    const got = madeUpRelations(
      'Lima, 3 May 2024\n\nPrime Minister Rosa Lopez of Peru witnessed the signing of the agreement by the Minister ' +
        'of Trade, Luis Vega, and the United States Secretary of Commerce, Ann Grey, who is visiting Lima on behalf ' +
        'of President Tom Hale.',
    )
      .of('HOLDS_OFFICE')
      .map((r) => `${r.from}|${r.to}`);
    expect(got).toContain('Tom Hale|President of the United States');
    expect(got).not.toContain('Tom Hale|President of Peru');
  });

  it('reads no agent without a relative clause, or past a stop', () => {
    const text = 'The United States and Peru signed it on behalf of President Tom Hale.';
    expect(behalfWhoAgentState(text, text.indexOf('President'), [{ name: 'Peru', end: 26 }])).toBeUndefined();
    expect(PRC30_PATTERNS.agentWhoBehalf.test('. He said the envoy, who came on behalf of ')).toBe(false);
    expect(PRC30_PATTERNS.agentWhoBehalf.test(', who attended on behalf of ')).toBe(true);
  });
});

describe('title homes (prc30): External Affairs Minister, State Councilor', () => {
  it("gives India's and China's bare titles their state, whatever state the readout is", () => {
    expect(titleHome('External Affairs Minister', 'Sri Lanka')).toBe('India');
    expect(titleHome('State Councilor', 'Solomon Islands')).toBe('China');
    expect(titleHome('State Counsellor', 'Myanmar')).toBe('Myanmar');
    expect(titleHome('Minister of External Affairs', 'Sri Lanka')).toBe('Sri Lanka');
    const got = madeUpRelations(
      'Colombo, 3 May 2024\n\nPresident Ranil Perera of Sri Lanka received External Affairs Minister Ravi Kumar, who ' +
        'called on him after his arrival.',
    )
      .of('HOLDS_OFFICE')
      .map((r) => `${r.from}|${r.to}`);
    expect(got).toContain('Ravi Kumar|External Affairs Minister of India');
    expect(got).not.toContain('Ravi Kumar|External Affairs Minister of Sri Lanka');
  });
});

describe('sides.mediation-noun', () => {
  it('reads a state whose mediation or hosting of the talks the text tells as a mediator', () => {
    const t1 = 'He thanked the Qatari mediation for its patience.';
    expect(mediatorByNoun(t1, { start: 15, end: 21, demonym: true })).toBe(true);
    const t2 = 'It crowns a year of negotiations hosted by the State of Qatar, during which';
    const q = t2.indexOf('Qatar');
    expect(mediatorByNoun(t2, { start: q, end: q + 5, demonym: false })).toBe(true);
  });

  it("reads no mediator in a state's own delegation, or a summit it hosted", () => {
    const t1 = 'The Qatari delegation was led by the Minister.';
    expect(mediatorByNoun(t1, { start: 4, end: 10, demonym: true })).toBe(false);
    const t2 = 'The summit hosted by Qatar adopted a declaration.';
    const q = t2.indexOf('Qatar');
    expect(mediatorByNoun(t2, { start: q, end: q + 5, demonym: false })).toBe(false);
  });

  it('gives an agreement of two sides no party in the state that mediated', () => {
    const got = madeUpRelations(
      'Doha, 3 May 2024\n\nThe Government of Chad and the rebel Front signed the Doha Peace Agreement today. The ' +
        'Qatari mediation was conducted by Minister Ali Nasser. President Mahamat Deby of Chad thanked Qatar.',
    )
      .of('PARTY_TO')
      .map((r) => `${r.from}|${r.to}`);
    expect(got).not.toContain('Qatar|Doha Peace Agreement');
  });
});
