// Unit tests of the people, office and role rules on made-up sentences: invented people, real states (the gazetteer
// knows only real ones). Each construction has a positive case and, where a rule could overreach, a negative one.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { extractFacts } from './test-facts.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { issuingState } from './index.ts';
import { parseTitleAt, portfolioListEnd } from './titles.ts';

function facts(text: string) {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt' });
  const of = (type: string) => out.entities.filter((e) => e.type === type);
  return { rels, of };
}
const parse = (text: string) => parseTitleAt(text, 0, findGazetteerHits(text));
const issuer = (text: string) => issuingState(text, findGazetteerHits(text));

describe('title spans (office.portfolio-list, heads)', () => {
  it('keeps commas and "and" of a portfolio list inside the title', () => {
    expect(parse('Minister of Agriculture, Livestock and Food Supply, Anna Berg, said')!.title).toBe(
      'Minister of Agriculture, Livestock and Food Supply',
    );
    expect(parse('Minister for Trade, Industry and Energy Kim Jong-soo')!.title).toBe(
      'Minister for Trade, Industry and Energy',
    );
    expect(parse('Minister for Trade and Export Growth Tom Reed')!.title).toBe('Minister for Trade and Export Growth');
  });

  it('does not take a name, another title or a clause after the comma', () => {
    expect(parse('Minister of Foreign Affairs, Ambassador Karl Brun, who led')!.title).toBe(
      'Minister of Foreign Affairs',
    );
    const text = 'Minister of Finance, and Minister of Health';
    expect(portfolioListEnd(text, text.indexOf(','))).toBeUndefined();
    expect(parse('Minister of Finance, Mr Ole Dahl and Ms Kari Lund')!.title).toBe('Minister of Finance');
  });

  it('reads aides, hyphenated and royal or religious heads', () => {
    const aide = parse('Aide to the President of the Russian Federation, said')!;
    expect(aide.title).toBe('Aide to the President');
    expect(aide.owner?.name).toBe('Russia');
    expect(parse('Governor-General Ann Fox')!.title).toBe('Governor-General');
    expect(parse('Executive Vice-President Tomas Berg')!.title).toBe('Executive Vice-President');
    expect(parse('Pope Clement')!.title).toBe('Pope');
  });
});

describe("a person's state from the local cue", () => {
  it('gives the whole "The X delegation …" sentence to that side (person.sentence-side)', () => {
    const { rels } = facts(
      "Chile and Norway hold talks\n3 May 2024\n\nChile's Foreign Minister Pablo Soto held talks with Norway in Santiago. The Norwegian delegation was headed by Ola Dahl, State Secretary, and included Deputy Minister of Finance Kari Lund.",
    );
    expect(rels).toContain('HOLDS_OFFICE|Pablo Soto|Foreign Minister of Chile');
    expect(rels).toContain('HOLDS_OFFICE|Kari Lund|Deputy Minister of Finance of Norway');
    expect(rels).toContain('HOLDS_OFFICE|Ola Dahl|State Secretary of Norway');
  });

  it('reads ", of <state>," after a name, but not a state inside a longer phrase', () => {
    const { rels } = facts(
      'Ministers meet\n3 May 2024\n\nBrazil hosted the meeting. Foreign Minister Ana Ruiz, of Paraguay, attended it.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Paraguay');
    const other = facts(
      'Ministers meet\n3 May 2024\n\nBrazil hosted the meeting. Foreign Minister Ana Ruiz, of the talks in Paraguay, spoke.',
    ).rels;
    expect(other).not.toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Paraguay');
  });
});

describe('issuing state cues', () => {
  it('does not take the place "at the Kremlin" or a bare "(MOFA)" for the press office', () => {
    expect(
      issuer(
        'Visit to Moscow\n\nPresident of the Republic of Indonesia Ana Putri held talks with President Ivan Petrov at the Kremlin today.',
      ),
    ).toBe('Indonesia');
    expect(issuer('Kremlin, Moscow\n\nVladimir Ivanov held talks with Chancellor Max Weber of Germany.')).toBe(
      'Russia',
    );
    expect(
      issuer(
        'Prime Minister Tran Van An meets Australian counterpart\nCanberra (MOFA) - Viet Nam and Australia agreed.',
      ),
    ).toBe('Vietnam');
  });

  it('does not take a state that names a gathering or the parties of third-party talks', () => {
    expect(
      issuer(
        'President Amr Said Receives the Prime Minister of Ethiopia at the Sudan Neighbours Summit\nCairo\n\nEgypt hosted the summit. Egypt thanked all.',
      ),
    ).toBe('Egypt');
    expect(
      issuer(
        'Talks held\n\nDirect negotiations between the delegations of the Russian Federation and Ukraine were held today under the chairmanship of the Minister of Foreign Affairs of Türkiye. Türkiye hosted them.',
      ),
    ).toBe('Turkey');
  });
});

describe('plural and coordinated titles (person.plural-title-pair)', () => {
  it('gives each name of "Presidents A, B and C" the singular title', () => {
    const { rels } = facts(
      'Summit in Lusaka\n3 May 2024\n\nZambia hosted the summit. Presidents Ada Mwale of Zambia, Ben Okoro of Nigeria and Cara Diallo of Senegal attended.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ben Okoro|President of Nigeria');
    expect(rels).toContain('HOLDS_OFFICE|Cara Diallo|President of Senegal');
  });

  it('reads "Foreign Ministers A, of Paraguay, and B, of Uruguay"', () => {
    const { rels } = facts(
      'Ministers meet\n3 May 2024\n\nBrazil hosted the meeting. Foreign Ministers Ana Ruiz, of Paraguay, and Luis Vega, of Uruguay, also took part.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Paraguay');
    expect(rels).toContain('HOLDS_OFFICE|Luis Vega|Foreign Minister of Uruguay');
  });

  it('needs a list closed by "and" of names only', () => {
    const { rels } = facts('Talks\n3 May 2024\n\nBrazil said that Presidents Day, Labour Day and others are holidays.');
    expect([...rels].filter((r) => r.startsWith('HOLDS_OFFICE'))).toEqual([]);
  });
});

describe('roles: NEGOTIATES_FOR and REPORTS_TO', () => {
  it('reads "who represented President X" and, in talks, "who represents <state> in the group"', () => {
    const { rels } = facts(
      'Talks in Minsk\n3 May 2024\n\nThe contact group met for talks in Minsk. Prime Minister Omar Farouk of Egypt, who represented President Adel Nasr, spoke first. Ivan Koval, who represents Ukraine in the group, signed the letter.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Omar Farouk|Adel Nasr');
    expect(rels).toContain('NEGOTIATES_FOR|Ivan Koval|Ukraine');
  });

  it('does not read attendance at a summit ("represented Laos") as negotiating', () => {
    const { rels } = facts(
      'Leaders meet\n3 May 2024\n\nThe leaders met in Jakarta. Soma Vong, Minister of Foreign Affairs, represented Laos.',
    );
    expect([...rels].filter((r) => r.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });

  it('reads "<state> was represented by X, and <state> by Y" with gapping', () => {
    const { rels } = facts(
      'Talks in Vienna\n3 May 2024\n\nAt the talks in Vienna, Chile was represented by Ana Soto, and Peru by its ambassador, Luis Prado.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Ana Soto|Chile');
    expect(rels).toContain('NEGOTIATES_FOR|Luis Prado|Peru');
  });

  it('reads "the letter for <state> was signed by X" and "X signed the protocol for <state>"', () => {
    const { rels } = facts(
      'Letters signed\n3 May 2024\n\nThe letter for Ukraine was signed by Deputy Minister Ivan Koval. Minister Ana Soto signed the protocol for Chile.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Ivan Koval|Ukraine');
    expect(rels).toContain('NEGOTIATES_FOR|Ana Soto|Chile');
  });

  it('gives an envoy or aide in apposition their named principal', () => {
    const { rels } = facts(
      'Mission to Moscow\n3 May 2024\n\nThe talks were held in Moscow. Present were Dr Ruben Okello, Special Envoy of President Yusuf Mwangi of Uganda, and Ivan Petrov, Aide to President Oleg Sokolov.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Ruben Okello|Yusuf Mwangi');
    expect(rels).toContain('REPORTS_TO|Ivan Petrov|Oleg Sokolov');
  });

  it("gives an envoy with no principal named their office's state, and a principal behind a title and comma", () => {
    const { rels } = facts(
      "Peace talks\n3 May 2024\n\nThe talks opened in Oslo. Norway's Special Envoy to the peace process, Ambassador Kari Lund, facilitated the talks. Ambassador Tomas Berg, Special Representative of the OSCE Chairperson-in-Office, who acts on behalf of the Chairperson-in-Office, Slovak Minister of Foreign and European Affairs Peter Novak, spoke.",
    );
    expect(rels).toContain('NEGOTIATES_FOR|Kari Lund|Norway');
    expect(rels).toContain('NEGOTIATES_FOR|Tomas Berg|Peter Novak');
    expect(rels).not.toContain('NEGOTIATES_FOR|Tomas Berg|OSCE');
  });
});

describe('local cues, relative clauses and possessives', () => {
  it('reads "Mr Wu, State Councilor, of the Chinese side" and "a Chilean delegation led by Vice-Minister X"', () => {
    const { rels } = facts(
      "Talks in Lima\n3 May 2024\n\nPeru's Foreign Minister Rosa Diaz held talks in Lima with Mr Li Qiang, State Councilor, of the Chinese side. A Chilean delegation led by Vice-Minister Pedro Soto joined them.",
    );
    expect(rels).toContain('HOLDS_OFFICE|Li Qiang|State Councilor of China');
    expect(rels).toContain('HOLDS_OFFICE|Pedro Soto|Vice-Minister of Chile');
  });

  it('reads a title in a relative clause ("who is Chile\'s Special Representative")', () => {
    const { rels } = facts(
      "Talks\n3 May 2024\n\nPeru's Foreign Minister Rosa Diaz met Ana Soto, who is Chile's Special Representative, in Lima.",
    );
    expect(rels).toContain('HOLDS_OFFICE|Ana Soto|Special Representative of Chile');
  });

  it('gives "her special envoy, Mr X" the person before as principal', () => {
    const { rels } = facts(
      'Talks\n3 May 2024\n\nPresident Ada Lind of Finland and her special envoy, Mr Omar Said, met the mediators in Geneva.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Omar Said|Ada Lind');
  });

  it('keeps a hyphenated surname, but cuts a name before a hyphenated pair of states', () => {
    const { of } = facts(
      'Visit\n3 May 2024\n\nThe Ambassador of Spain to Morocco, Ricardo Diaz-Vega, attended. Prime Minister Ana Ruiz Holds Spain-Morocco talks.',
    );
    const people = of('Person').map((p) => p.name);
    expect(people).toContain('Ricardo Diaz-Vega');
    expect(people).not.toContain('Ana Ruiz Holds Spain-Morocco');
  });

  it('gives a second bare "President" the state whose President is not yet named (person.one-leader-per-state)', () => {
    const { rels } = facts(
      'Talks in Istanbul\n3 May 2024\n\nTalks between the delegations of Russia and Ukraine were held in Istanbul, hosted by Türkiye. The Ukrainian delegation acted on behalf of President Petro Koval. The Russian delegation arrived from Russia. The call was between President Ali Demir and President Ivan Orlov, in which Türkiye offered to host the talks. Russia agreed.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Petro Koval|President of Ukraine');
    expect(rels).not.toContain('HOLDS_OFFICE|Ivan Orlov|President of Ukraine');
  });
});

describe('office synonyms', () => {
  it('makes "Russian Foreign Minister" and "Minister of Foreign Affairs of the Russian Federation" one office', () => {
    const { rels, of } = facts(
      "Talks\n3 May 2024\n\nRussian Foreign Minister Oleg Sokolov met Japan's Foreign Minister Taro Abe in Tokyo. The Minister of Foreign Affairs of the Russian Federation Oleg Sokolov said the talks went well.",
    );
    const russian = of('Office').filter((o) => /Russia/.test(o.name));
    expect(russian.map((o) => o.name)).toEqual(['Minister of Foreign Affairs of Russia']);
    expect(russian[0]!.aliases).toContain('Russian Foreign Minister');
    expect(rels).toContain('HOLDS_OFFICE|Taro Abe|Foreign Minister of Japan');
  });
});

describe('office aliases under the text spelling of the state', () => {
  it('adds "… of the Republic of Türkiye" and "<title> of <state>" after a remit', () => {
    const { of } = facts(
      "Talks\n3 May 2024\n\nThe talks were chaired by Ali Demir, Minister of Foreign Affairs of the Republic of Türkiye. Norway's Special Envoy to the peace process, Ambassador Kari Lund, attended.",
    );
    const tr = of('Office').find((o) => o.name === 'Minister of Foreign Affairs of Turkey');
    expect(tr?.aliases).toContain('Minister of Foreign Affairs of the Republic of Türkiye');
    const envoy = of('Office').find((o) => /Special Envoy/.test(o.name));
    expect(envoy?.aliases).toContain('Special Envoy to the peace process of Norway');
  });
});

describe('REPORTS_TO from a plural "under the two ministers\' guidance"', () => {
  it('gives each official the minister of their own state', () => {
    const { rels } = facts(
      "Japan-Chile Foreign Ministers' Meeting\n3 May 2024\n\nOn May 3, Foreign Minister Taro Abe of Japan held a Japan-Chile Foreign Ministers' Meeting with Foreign Minister Ana Soto of Chile in Tokyo. Director-General Ken Mori of Japan and Director-General Luis Vega of Chile will continue the work under the two ministers' guidance.",
    );
    expect(rels).toContain('REPORTS_TO|Ken Mori|Taro Abe');
    expect(rels).toContain('REPORTS_TO|Luis Vega|Ana Soto');
    expect(rels).not.toContain('REPORTS_TO|Ken Mori|Ana Soto');
  });
});

describe('--explain names a rule for every fact', () => {
  it('has rules on every entity and a rule on every relation', () => {
    const out = toExtractionOutput(
      extractText(
        "Talks\n3 May 2024\n\nPeru's Foreign Minister Rosa Diaz met Ana Soto, who is Chile's Special Representative, in Lima. Chile was represented by its ambassador, Luis Prado.",
        { file: 'made-up.txt' },
      ),
      true,
    );
    expect(out.entities.length).toBeGreaterThan(3);
    for (const e of out.entities) expect((e as { rules?: string[] }).rules?.length, e.name).toBeGreaterThan(0);
    for (const r of out.relations) expect((r as { rule?: string }).rule, r.type).toBeTruthy();
  });
});

describe('heads of delegation (negotiates-for.delegation-head)', () => {
  it('act for their side in a readout of negotiations', () => {
    const { rels } = facts(
      'Direct negotiations held in Geneva\n3 May 2024\n\nThe negotiations were held in Geneva. The Chilean delegation was headed by Ana Soto, Aide to the President of Chile. The European side was led by the Commissioner for Trade, Eva Berg.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Ana Soto|Chile');
    expect(rels).toContain('NEGOTIATES_FOR|Eva Berg|European Union');
  });

  it('do not at a dialogue with no talks in view', () => {
    const { rels } = facts(
      'First Chile-Peru Ministerial Dialogue\n3 May 2024\n\nThe dialogue was held in Lima. The Chilean delegation was headed by Foreign Minister Ana Soto. Later, the ministers welcomed progress in negotiating a treaty.',
    );
    expect([...rels].filter((r) => r.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });
});

describe('organisations (gazetteer and org.pattern)', () => {
  it('knows regional blocs and does not read a title or two names as an organisation', () => {
    const { of } = facts(
      'Talks\n3 May 2024\n\nMERCOSUR and the European Free Trade Association met. Ana Soto, Chairperson of the African Union Commission, spoke of the interests of Spain and of the European Union.',
    );
    const orgs = of('Organization').map((o) => o.name);
    expect(orgs).toEqual(
      expect.arrayContaining(['Mercosur', 'European Free Trade Association', 'African Union Commission']),
    );
    expect(orgs.some((o) => /Chairperson|Spain and/.test(o))).toBe(false);
  });
});

describe('plural appositions (person.plural-apposition, negotiates-for.own-leader)', () => {
  const text =
    'Chile and Peru talks\n3 May 2024\n\nPresident Ana Soto of Chile and President Luis Vega of Peru met in Lima. They welcomed the work of the special representatives of the two leaders, Pedro Ruiz and Carla Mena, on the border talks. The co-chairs, Rosa Diaz and Omar Said, reported.';
  const { rels } = facts(text);

  it('gives each special representative the office of their side and their own leader as principal', () => {
    expect(rels).toContain('HOLDS_OFFICE|Pedro Ruiz|Special Representative of Chile');
    expect(rels).toContain('HOLDS_OFFICE|Carla Mena|Special Representative of Peru');
    expect(rels).toContain('NEGOTIATES_FOR|Pedro Ruiz|Ana Soto');
    expect(rels).toContain('NEGOTIATES_FOR|Carla Mena|Luis Vega');
    expect(rels).not.toContain('NEGOTIATES_FOR|Pedro Ruiz|Luis Vega');
  });

  it('gives the co-chairs a title but no leader to act for', () => {
    expect(rels).toContain('HOLDS_OFFICE|Rosa Diaz|Co-Chair of Chile');
    expect([...rels].filter((r) => r.startsWith('NEGOTIATES_FOR|Rosa Diaz'))).toEqual([]);
  });
});

describe('an envoy of the Chair (negotiates-for.envoy-title)', () => {
  it("acts for the one holder of the organisation's chair", () => {
    const { rels } = facts(
      'ASEAN meeting\n3 May 2024\n\nPrime Minister Ana Soto of Malaysia, as Chair of ASEAN, hosted the meeting. Foreign Minister Omar Said of Malaysia travelled to Yangon as Special Envoy of the Chair.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Omar Said|Ana Soto');
  });

  it("does not take another state's President for an adviser's principal", () => {
    const { rels } = facts(
      'Mission to Tehran\n3 May 2024\n\nMr Paul Roux, Diplomatic Adviser to the President of France, held talks in Tehran with President Ali Karimi of Iran.',
    );
    expect(rels).not.toContain('REPORTS_TO|Paul Roux|Ali Karimi');
  });
});
