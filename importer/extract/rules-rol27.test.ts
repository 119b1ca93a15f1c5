// Tests of the rol27 rules on made-up sentences (not the roles-18 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts as facts } from './test-facts.ts';

describe('signatories each for their own side (rol27)', () => {
  it('negotiates-for.each-for-own: "A, B and C signed, each for their country"', () => {
    const f = facts(
      'The convention on river navigation was signed in Vienna on 3 May. Austria’s Minister of Transport Leonore Gewessler, Hungary’s Minister of Transport János Lázár and Slovakia’s Minister of Transport Jozef Ráž signed, each for their country.',
    );
    expect(f.by('negotiates-for.each-for-own')).toEqual(
      expect.arrayContaining([
        'NEGOTIATES_FOR|Leonore Gewessler|Austria',
        'NEGOTIATES_FOR|János Lázár|Hungary',
        'NEGOTIATES_FOR|Jozef Ráž|Slovakia',
      ]),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|János Lázár|Austria');
  });
  it('"The two leaders signed the treaty for their respective governments": the two people named just before', () => {
    const f = facts(
      'President Carla Mendes hosted Prime Minister Jonas Berg of Norway and Prime Minister Mette Holm of Denmark in Lisbon. The two leaders signed the fisheries treaty for their respective governments.',
    );
    expect(f.by('negotiates-for.each-for-own')).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Jonas Berg|Norway', 'NEGOTIATES_FOR|Mette Holm|Denmark']),
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Carla Mendes|'))).toEqual([]);
  });
  it('no "each", "their" or "respective": "signed for his country" alone is left to the other rules', () => {
    const f = facts(
      'Foreign Minister Anna Lind of Sweden signed the protocol in Oslo; she said it was good for her country.',
    );
    expect(f.by('negotiates-for.each-for-own')).toEqual([]);
  });
});

describe('the bare Government as a signer’s side (rol27)', () => {
  it('negotiates-for.for-the-government: "The Minister of Finance, A, signed on behalf of the Government" in the issuer’s release', () => {
    const f = facts(
      'The Minister of Finance, Anna Kowalska, signed the loan agreement with the World Bank on behalf of the Government in Warsaw on Monday.',
      'Ministry of Finance of Poland',
    );
    expect(f.by('negotiates-for.for-the-government')).toContain('NEGOTIATES_FOR|Anna Kowalska|Poland');
  });
  it('"the Government of X" told in the passage is the bare Government; "The head of the Government delegation, A"', () => {
    const f = facts(
      'Talks between the Government of Nepal and the Federal Alliance resumed in Kathmandu. The head of the Government delegation, Ram Thapa, presented a proposal.',
    );
    expect(f.by('negotiates-for.for-the-government')).toContain('NEGOTIATES_FOR|Ram Thapa|Nepal');
  });
  it('not "the Government of X" after the cue, and not a person far from the cue', () => {
    const f = facts(
      'The Minister of Trade, Peter Okello, welcomed the delegation; the agreement was later signed on behalf of the Government of Kenya by officials.',
    );
    expect(f.by('negotiates-for.for-the-government')).toEqual([]);
  });
});

describe('a counterpart told by his office in a negotiation (rol27)', () => {
  it('negotiates-for.counterpart-with: "A held a round of consultations with US Commerce Secretary B" on a deal', () => {
    const f = facts(
      'Canada’s Minister of International Trade, Maninder Sidhu, held a third round of consultations on the tariff deal with US Commerce Secretary Howard Lutnick in Washington.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Howard Lutnick|United States', 'NEGOTIATES_FOR|Maninder Sidhu|Canada']),
    );
  });
  it('a visit’s "held talks" on no negotiation gives no side', () => {
    const f = facts(
      'Minister of Foreign Affairs Anna Lind held talks in Oslo on Monday with Norway’s Minister of Foreign Affairs, Espen Barth Eide. The ministers discussed Arctic research.',
    );
    expect(f.by('negotiates-for.counterpart-with')).toEqual([]);
  });
  it('a mediator’s sentence gives no counterpart', () => {
    const f = facts(
      'The mediator held talks on the ceasefire agreement with Sudanese Foreign Minister Ali Youssef in Jeddah.',
    );
    expect(f.by('negotiates-for.counterpart-with')).toEqual([]);
  });
});

describe('co-signers of one side (rol27)', () => {
  it('negotiates-for.co-signers: "A and B signed for the European Union"; "signed for X together with C"', () => {
    const f = facts(
      'The partnership agreement was signed in Hanoi. EU Trade Commissioner Cecilia Malmström and Romania’s Minister of Economy, Ion Popescu, signed for the European Union, and Minister of Industry Tran Anh signed for Viet Nam together with Deputy Minister Le Binh.',
    );
    expect(f.by('negotiates-for.co-signers')).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Cecilia Malmström|European Union', 'NEGOTIATES_FOR|Le Binh|Vietnam']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Le Binh|European Union');
  });
  it('a person with a side of his own is not a co-signer', () => {
    const f = facts(
      'Minister Tran Anh signed for Viet Nam and Commissioner Cecilia Malmström signed for the European Union.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Tran Anh|European Union');
    expect(f.by('negotiates-for.co-signers')).toEqual([]);
  });
});

describe('a person leading or representing a side in talks (rol27)', () => {
  it('negotiates-for.leads-side: "A, Minister …, led the Chilean delegation"; "B heads the delegation of the X"', () => {
    const f = facts(
      'The talks on the maritime boundary resumed in Lima. The Minister of Foreign Affairs, Ana Rojas, led the Chilean delegation, while Pedro Salas heads the delegation of the Andean Community.',
    );
    expect(f.by('negotiates-for.leads-side')).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Ana Rojas|Chile', 'NEGOTIATES_FOR|Pedro Salas|Andean Community']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Pedro Salas|Chile');
  });
  it('"A, Deputy Speaker …, represented Armenia, and B represented Georgia" in a normalisation process', () => {
    const f = facts(
      'The special representatives for the normalisation process met at the border. Anna Petrosyan, Deputy Speaker of the National Assembly, represented Armenia, and Giorgi Beridze represented Georgia.',
    );
    expect(f.by('negotiates-for.leads-side')).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Anna Petrosyan|Armenia', 'NEGOTIATES_FOR|Giorgi Beridze|Georgia']),
    );
  });
  it('"An ECOWAS delegation led by the bloc’s envoy, General A" (passive, the side before its noun)', () => {
    const f = facts(
      'An ECOWAS delegation led by the bloc’s mediator for the talks, General Yakubu Gowon, arrived in Bamako for talks with the junta.',
    );
    expect(f.by('negotiates-for.leads-side')).toContain(
      'NEGOTIATES_FOR|Yakubu Gowon|Economic Community of West African States',
    );
  });
  it('no talks: "led the Chilean delegation to the summit" gives no side; a principal told after it is left alone', () => {
    const f = facts('President Ana Rojas led the Chilean delegation at the Summit of the Americas in Lima.');
    expect(f.by('negotiates-for.leads-side')).toEqual([]);
    const g = facts(
      'The peace talks opened in Oslo. Pedro Salas, Presidential Adviser, headed the Chilean delegation on behalf of President Gabriel Boric.',
    );
    expect(g.by('negotiates-for.leads-side')).toEqual([]);
  });
});

describe('a counterpart told by his side (rol27)', () => {
  it('negotiates-for.side-counterpart: "S’s chief negotiator, A, and his EU counterpart, B" in a negotiation', () => {
    const f = facts(
      'The negotiations on the fisheries agreement between Norway and the European Union closed in Bergen. Norway’s chief negotiator, Lars Dahl, and his EU counterpart, Maria Costa, initialled the text.',
    );
    expect(f.by('negotiates-for.side-counterpart')).toContain('NEGOTIATES_FOR|Maria Costa|European Union');
  });
  it('"the EU’s trade chief, A, held talks" on a deal; no negotiation, no side', () => {
    const f = facts('The EU’s trade chief, Maria Costa, held talks on the tariff deal with Canada in Ottawa.');
    expect(f.by('negotiates-for.side-counterpart')).toContain('NEGOTIATES_FOR|Maria Costa|European Union');
    const g = facts(
      'Foreign Minister Lars Dahl met his Swedish counterpart, Anna Berg, in Oslo; they discussed Arctic research.',
    );
    expect(g.by('negotiates-for.side-counterpart')).toEqual([]);
  });
});
