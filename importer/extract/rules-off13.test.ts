// Unit tests of the off13 office rules on made-up sentences about invented people and real states and bodies.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const facts = (text: string, source?: string) => [
  ...extractFacts(text, { file: 'made-up.txt', date: '2025-05-03', ...(source ? { source } : {}) }).rels,
];
const holds = (text: string, source?: string) => facts(text, source).filter((r) => r.startsWith('HOLDS_OFFICE|'));

describe("office.state-word-not-name: a word of a state name alone starts the holder's name", () => {
  it('ends "Deputy Secretary of State" before the given name', () => {
    const r = holds(
      'Deputy Secretary of State Marshall Kent met the delegation in Washington.',
      'U.S. Department of State',
    );
    expect(r).toContain('HOLDS_OFFICE|Marshall Kent|Deputy Secretary of State of the United States');
  });
  it('keeps a state of several words the gazetteer finds', () => {
    const r = holds('The Minister of Foreign Affairs of Sierra Leone, Ana Bah, arrived in Accra on Monday.');
    expect(r).toContain('HOLDS_OFFICE|Ana Bah|Minister of Foreign Affairs of Sierra Leone');
  });
});

describe("military body words in a title's complement", () => {
  it('reads "Chairman of the Joint Chiefs of Staff" whole', () => {
    const r = holds(
      'Chairman of the Joint Chiefs of Staff Gen. Paul Reed visited the base.',
      'U.S. Department of Defense',
    );
    expect(r).toContain('HOLDS_OFFICE|Paul Reed|Chairman of the Joint Chiefs of Staff of the United States');
  });
  it('reads "Commander of the Armed Forces" whole', () => {
    const r = holds('Commander of the Armed Forces General Ivan Petrov met the minister in Moscow.', 'Kremlin');
    expect(r).toContain('HOLDS_OFFICE|Ivan Petrov|Commander of the Armed Forces of Russia');
  });
});

describe('office.multiword-demonym-prefix', () => {
  it('gives "former Sri Lankan President X" the office of Sri Lanka', () => {
    const r = holds('Former Sri Lankan President Anil Perera addressed the forum in Geneva.', 'United Nations');
    expect(r).toContain('HOLDS_OFFICE|Anil Perera|President of Sri Lanka');
  });
  it('gives "the South African Foreign Minister" the office of South Africa in a foreign readout', () => {
    const r = holds(
      'The South African Foreign Minister Thabo Dlamini met the Minister in Tokyo.',
      'Ministry of Foreign Affairs of Japan',
    );
    expect(r).toContain('HOLDS_OFFICE|Thabo Dlamini|Foreign Minister of South Africa');
    expect(r).not.toContain('HOLDS_OFFICE|Thabo Dlamini|Foreign Minister of Japan');
  });
});

describe('office.indefinite-apposition and office.and-demonym-title / org.and-demonym-ends', () => {
  it('reads "X, a member of … and Chinese defence minister" as two titles', () => {
    const r = holds(
      'Li Wen, a member of the Political Bureau of the Communist Party of China Central Committee and Chinese defence minister, held talks with Pedro Rojas in Beijing.',
      'Xinhua',
    );
    expect(r).toContain('HOLDS_OFFICE|Li Wen|Defence Minister of China');
  });
  it('gives no office to "X, a businessman from Tunis"', () => {
    const r = holds('Omar Haddad, a businessman from Tunis, met the delegation on Monday.');
    expect(r).toEqual([]);
  });
});

describe('person.title-in-parentheses', () => {
  it('reads "Name (Title, State)" with the state in the parentheses', () => {
    const r = facts(
      'The meeting was co-chaired by Anna Berg (Minister for Foreign Affairs, Sweden) and Ole Dahl (Minister of Foreign Affairs, Norway).',
      'Nordic Council of Ministers',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Berg|Minister for Foreign Affairs of Sweden');
    expect(r).toContain('OFFICE_OF|Minister of Foreign Affairs of Norway|Norway');
    expect(r).not.toContain('OFFICE_OF|Minister of Foreign Affairs of Norway|Sweden');
  });
  it('takes no state from a parenthesis that closes on something else', () => {
    const r = holds('The report was presented by Anna Berg (Minister for Foreign Affairs, 2019 to 2022) in Oslo.');
    expect(r.filter((x) => /of Sweden|of Norway/.test(x))).toEqual([]);
  });
});

describe('office.home-leader-taken', () => {
  it("does not give the issuer's President to a second President in the sentence", () => {
    const r = holds(
      "President Biden's envoy Ana Ruiz travelled to Caracas, where she met President Nicolás Maduro for two hours.",
      'The White House',
    );
    expect(r).not.toContain('HOLDS_OFFICE|Nicolás Maduro|President of the United States');
  });
  it('keeps a past holder named with a year', () => {
    const r = holds(
      'President Biden recalled the accords signed in 1978 by President Jimmy Carter at Camp David.',
      'The White House',
    );
    expect(r).toContain('HOLDS_OFFICE|Jimmy Carter|President of the United States');
  });
  it("does not give the issuing organisation's President to a state's President beside it", () => {
    const r = holds(
      'The President of the European Council, Ana Ruiz, met President Petr Novak in Prague.',
      'European Council',
    );
    expect(r).not.toContain('HOLDS_OFFICE|Petr Novak|President of the European Council');
  });
});

describe('office.owner-has-title and the US without Ministers', () => {
  it('gives a King no republic', () => {
    const r = holds(
      'His Majesty King Harald received the President of the Republic of Cyprus, Eleni Georgiou, in Oslo.',
    );
    expect(r.filter((x) => x.includes('King of Cyprus'))).toEqual([]);
  });
  it('gives a Vice Foreign Minister no United States office in a State Department readout', () => {
    const r = holds(
      'Deputy Secretary Kent met Vice Foreign Minister Hiroshi Sato in Tokyo.',
      'U.S. Department of State',
    );
    expect(r.filter((x) => x.includes('Vice Foreign Minister of the United States'))).toEqual([]);
  });
});

describe('organisation titles with a remit in an organisation readout', () => {
  it('gives "the Commissioner for Energy" the European Commission', () => {
    const r = facts('Dan Holm, the Commissioner for Energy, met the ministers in Brussels.', 'European Commission');
    expect(r).toContain('HOLDS_OFFICE|Dan Holm|European Commissioner for Energy');
    expect(r).toContain('OFFICE_OF|European Commissioner for Energy|European Commission');
  });
});

describe('title heads: Taoiseach, Ambassador Extraordinary and Plenipotentiary', () => {
  it('reads the Taoiseach', () => {
    const r = holds('The Taoiseach, Seán Walsh, met the Prime Minister of Portugal, Rui Costa, in Dublin.');
    expect(r).toContain('HOLDS_OFFICE|Seán Walsh|Taoiseach of Ireland');
  });
  it('reads the full rank of an ambassador', () => {
    const r = holds(
      'The Minister received Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of Poland Kenji Ito.',
      'Ministry of Foreign Affairs of the Republic of Poland',
    );
    expect(r).toContain(
      'HOLDS_OFFICE|Kenji Ito|Ambassador Extraordinary and Plenipotentiary of Japan to the Republic of Poland',
    );
  });
});

describe('issuer cues of foreign ministries and royal courts', () => {
  it('reads the Farnesina as Italy', () => {
    const r = holds('Minister of Foreign Affairs Marco Bruni met his counterpart in Rome.', 'Farnesina');
    expect(r).toContain('HOLDS_OFFICE|Marco Bruni|Minister of Foreign Affairs of Italy');
  });
  it('reads the Royal Hashemite Court as Jordan', () => {
    const r = holds(
      'His Majesty King Faisal received a delegation of senators at Al Husseiniya Palace.',
      'Royal Hashemite Court',
    );
    expect(r).toContain('HOLDS_OFFICE|Faisal|King of Jordan');
  });
});

describe('person.side-gapped after a comma', () => {
  it('gives the second head of delegation in a list of three the state of its side', () => {
    const r = holds(
      'The Brazilian delegation was led by Foreign Minister Ana Souza, the Chilean delegation by Deputy Foreign Minister Pedro Rojas, and the Peruvian delegation by Deputy Foreign Minister Luis Mora.',
      'Mercosur',
    );
    expect(r).toContain('HOLDS_OFFICE|Pedro Rojas|Deputy Foreign Minister of Chile');
    expect(r).not.toContain('HOLDS_OFFICE|Pedro Rojas|Deputy Foreign Minister of Brazil');
  });
});

describe('office.behalf-after-name', () => {
  it('gives the bare title of a signatory "on behalf of the Government of X" that state', () => {
    const r = holds(
      'The accord was signed by Deputy Minister Ana Lopez on behalf of the Government of Chile and by Ambassador Tom Green on behalf of the Government of Canada.',
      'Ministerio de Relaciones Exteriores de Chile',
    );
    expect(r).toContain('HOLDS_OFFICE|Tom Green|Ambassador of Canada');
    expect(r).not.toContain('HOLDS_OFFICE|Tom Green|Ambassador of Chile');
  });
  it('takes no state from "on behalf of" a person', () => {
    const r = holds(
      'Ambassador Tom Green spoke on behalf of President Ana Lopez at the ceremony in Ottawa.',
      'Global Affairs Canada',
    );
    expect(r.filter((x) => x.startsWith('HOLDS_OFFICE|Tom Green|') && !x.endsWith('of Canada'))).toEqual([]);
  });
});

describe('office.owner-word-in-title: a demonym in a portfolio does not name the owner', () => {
  it('completes "Minister of …, Emigration and Egyptian Expatriates" with Egypt', () => {
    const r = holds(
      'The Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Omar Nabil, received the delegation in Cairo.',
      'Ministry of Foreign Affairs of the Arab Republic of Egypt',
    );
    expect(r).toContain(
      'HOLDS_OFFICE|Omar Nabil|Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt',
    );
  });
});

describe('office.visited-capital', () => {
  it('gives someone met where the traveller went the state of that capital', () => {
    const r = holds(
      'Secretary Kent travelled to Hanoi on Monday, where he met Deputy Prime Minister Tran Van Minh.',
      'U.S. Department of State',
    );
    expect(r).toContain('HOLDS_OFFICE|Tran Van Minh|Deputy Prime Minister of Vietnam');
  });
  it('leaves the issuer its own officials met at home', () => {
    const r = holds(
      'The President received Foreign Minister Ana Lopez in Santiago, where she met Minister of Finance Luis Mora.',
      'Ministerio de Relaciones Exteriores de Chile',
    );
    expect(r).toContain('HOLDS_OFFICE|Luis Mora|Minister of Finance of Chile');
  });
});

describe('office.behalf-sole-state', () => {
  it('gives a head of state named "on behalf of" the one state of the sentence', () => {
    const r = holds(
      'Prince Salim bin Hadi, Crown Prince and Prime Minister of the Kingdom of Bahrain, attended on behalf of King Faris bin Nasser.',
      'GCC Secretariat General',
    );
    expect(r).toContain('HOLDS_OFFICE|Faris bin Nasser|King of Bahrain');
  });
  it('gives nothing when the sentence names two states', () => {
    const r = holds(
      'The Foreign Minister of Kuwait, Ali Sabah, and the Foreign Minister of Oman, Omar Said, spoke on behalf of Emir Nawaf Ahmad.',
      'GCC Secretariat General',
    );
    expect(r.filter((x) => x.startsWith('HOLDS_OFFICE|Nawaf Ahmad|'))).toEqual([]);
  });
});
