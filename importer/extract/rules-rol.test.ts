// Unit tests of the rol round's rules (issue 6, constructions 1, 3 and 8): made-up sentences about real states and
// organisations in invented settings, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';

function rels(text: string, meta: { title?: string; source?: string } = {}): string[] {
  const out = toExtractionOutput(extractText(text, { file: 'test.txt', ...meta }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return [...new Set(out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`))];
}

describe('negotiates.side-negotiator', () => {
  const round =
    'The third round of negotiations on the Fisheries Partnership Agreement was held in Copenhagen from 4 to 6 May 2021. The Norwegian delegation was headed by the Minister of Fisheries, Ola Berg. The Danish delegation was headed by the Minister of Fisheries, Jon Einarsson.';

  it('gives the delegation heads of a negotiating round the agreement its readout is about', () => {
    const r = rels(round, { title: 'Fisheries Partnership Agreement: third round of negotiations' });
    expect(r).toContain('NEGOTIATES|Ola Berg|Fisheries Partnership Agreement');
    expect(r).toContain('NEGOTIATES|Jon Einarsson|Fisheries Partnership Agreement');
  });

  it('gives nothing when the readout is not about negotiations', () => {
    const r = rels(
      'The Fisheries Partnership Agreement entered into force in 2019. The Norwegian delegation was headed by the Minister of Fisheries, Ola Berg, who visited a harbour in Copenhagen.',
      { title: 'Fisheries Partnership Agreement: ministerial visit' },
    );
    expect(r.some((x) => x.startsWith('NEGOTIATES|'))).toBe(false);
  });

  it('leaves heads of state or government who lead a delegation to the sentence rules', () => {
    const r = rels(
      'The Danish delegation was headed by Prime Minister Jon Einarsson at the talks on the Fisheries Partnership Agreement in Oslo.',
      { title: 'Talks on the Fisheries Partnership Agreement' },
    );
    expect(r).not.toContain('NEGOTIATES|Jon Einarsson|Fisheries Partnership Agreement');
  });
});

describe('office.issuing-organisation', () => {
  const text =
    'Ministers meet in Strasbourg\n\nStrasbourg, 12 May 2022\n\nThe foreign ministers of the member states met in Strasbourg today. Secretary General Anna Novak welcomed the adoption of the declaration.';

  it('gives a bare organisational title to the organisation that issued the readout', () => {
    const r = rels(text, { source: 'Council of Europe' });
    expect(r).toContain('HOLDS_OFFICE|Anna Novak|Secretary General of the Council of Europe');
    expect(r).toContain('OFFICE_OF|Secretary General of the Council of Europe|Council of Europe');
  });

  it("leaves a state's readout and a title no organisation gives alone", () => {
    expect(rels(text, { source: 'Ministry of Foreign Affairs of Poland' })).not.toContain(
      'OFFICE_OF|Secretary General of the Council of Europe|Council of Europe',
    );
    const r = rels(
      'Ministers meet in Strasbourg\n\nStrasbourg, 12 May 2022\n\nFinance Minister Anna Novak welcomed the adoption of the declaration.',
      { source: 'Council of Europe' },
    );
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Anna Novak|') && x.includes('Council of Europe'))).toBe(false);
  });
});

describe('negotiates-for.on-behalf-by and person.behalf-by', () => {
  const text =
    'Signing in Santiago\n\n3 May 2021\n\nThe Arctic Fisheries Agreement was signed on behalf of Canada by Ambassador Anne Roy, Special Envoy for Ukraine Reconstruction, and on behalf of Norway by Ola Berg.';

  it('gives each agent after "by" the side named before it, and that side to a bare title', () => {
    const r = rels(text, { source: 'Ministry of Foreign Affairs of Chile' });
    expect(r).toContain('NEGOTIATES_FOR|Anne Roy|Canada');
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Norway');
    expect(r).not.toContain('NEGOTIATES_FOR|Anne Roy|Norway');
    expect(r).toContain('OFFICE_OF|Special Envoy for Ukraine Reconstruction of Canada|Canada');
  });

  it('keeps the active form: the people before "on behalf of" act for the side after it', () => {
    const r = rels(
      'Signing in Santiago\n\n3 May 2021\n\nAnne Roy signed the Arctic Fisheries Agreement on behalf of Canada.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Anne Roy|Canada');
  });
});

describe('office.state-remit', () => {
  it('keeps a portfolio word after the state inside a title', () => {
    const r = rels(
      'Talks in Oslo\n\n3 May 2021\n\nOla Berg, Special Representative of Norway for Afghanistan Reconciliation, met Anne Roy.',
    );
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Ola Berg|') && x.includes('Afghanistan Reconciliation'))).toBe(
      true,
    );
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Reconciliation'))).toBe(false);
  });

  it('still ends a title at the state before a name', () => {
    const r = rels(
      'Talks in Oslo\n\n3 May 2021\n\nPrime Minister of Norway Ola Berg met Minister for Foreign Affairs of Sweden Eva Lund.',
    );
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Prime Minister of Norway');
    expect(r).toContain('HOLDS_OFFICE|Eva Lund|Minister for Foreign Affairs of Sweden');
  });
});

describe('person.heads-of-delegations and negotiates.heads-of-delegations', () => {
  const text =
    'The second round of the dialogues closed in Lima on 10 March 2023. The heads of the two delegations, Otty Patiño and Pablo Beltrán, signed the Lima Agreement.';

  it('reads the names after "the heads of the two delegations," as people who negotiate the agreement', () => {
    const r = rels(text, { title: 'Second round of the dialogues closes in Lima' });
    expect(r).toContain('NEGOTIATES|Otty Patiño|Lima Agreement');
    expect(r).toContain('NEGOTIATES|Pablo Beltrán|Lima Agreement');
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Otty Patiño|'))).toBe(false);
  });

  it('gives no NEGOTIATES outside a readout of negotiations', () => {
    const r = rels(text.replace('The second round of the dialogues closed', 'The fair opened'), {
      title: 'Cultural fair opens in Lima',
    });
    expect(r.some((x) => x.startsWith('NEGOTIATES|'))).toBe(false);
  });
});

describe('negotiates.side-negotiator with a front-matter title', () => {
  it('finds the readout agreement named in the front-matter title, up to its "between"', () => {
    const r = rels(
      'Oslo, 3 May 2021\n\nThe Agreement for Lasting Peace in the North between Norway and the National Democratic Front of the Philippines was signed today. The agreement was signed on behalf of Norway by Ola Berg.',
      { title: 'Minister attends signing of the Agreement for Lasting Peace in the North' },
    );
    expect(r.some((x) => x.startsWith('NEGOTIATES|Ola Berg|Agreement for Lasting Peace in the North'))).toBe(true);
  });
});

describe('office.portfolio-demonym', () => {
  it("gives a minister whose portfolio names a state's nationals that state", () => {
    const r = rels(
      'Visit to Rabat\n\n7 April 2022\n\nThe President of the Government of Spain met the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, in Rabat.',
      { source: 'La Moncloa, Government of Spain' },
    );
    expect(
      r.some(
        (x) =>
          x.startsWith('OFFICE_OF|Minister of Foreign Affairs, African Cooperation and Moroccan') &&
          x.endsWith('|Morocco'),
      ),
    ).toBe(true);
  });

  it("leaves an envoy for another state's affairs to the envoy's own state", () => {
    const r = rels(
      'Talks in Beijing\n\n7 April 2022\n\nSpecial Envoy for Afghan Affairs Yue Xiaoyong met the Foreign Minister of Pakistan in Beijing.',
      { source: "Ministry of Foreign Affairs of the People's Republic of China" },
    );
    expect(
      r.some((x) => x.startsWith('OFFICE_OF|Special Envoy for Afghan Affairs') && x.endsWith('|Afghanistan')),
    ).toBe(false);
  });
});

describe('person.coordinated-leaders', () => {
  const head =
    'Leaders meet in Canberra\n\n7 March 2024\n\nPrime Minister Pham Minh Chinh met Prime Minister Anthony Albanese of Australia. ';

  it('gives the second of two coordinated holders of one leader title the other side', () => {
    const r = rels(
      head +
        'The partnership builds on the one that then Prime Minister Nguyen Xuan Phuc and then Prime Minister Malcolm Turnbull set up in 2018.',
      { source: 'Government of Viet Nam' },
    );
    expect(r).toContain('HOLDS_OFFICE|Malcolm Turnbull|Prime Minister of Australia');
    expect(r).toContain('HOLDS_OFFICE|Nguyen Xuan Phuc|Prime Minister of Vietnam');
  });

  it('leaves former holders told apart in separate sentences with the same state', () => {
    const r = rels(
      head +
        'Then Prime Minister Nguyen Xuan Phuc set it up in 2018. Then Prime Minister Nguyen Tan Dung had proposed it.',
      { source: 'Government of Viet Nam' },
    );
    expect(r).toContain('HOLDS_OFFICE|Nguyen Tan Dung|Prime Minister of Vietnam');
  });
});

describe('person.represented-principal', () => {
  const text = (gap: string) =>
    `African leaders in St Petersburg\n\n17 June 2023\n\nThe delegation comprised President Cyril Ramaphosa of South Africa; President Macky Sall of Senegal; and Prime Minister Mostafa Madbouly of Egypt${gap}President Abdel Fattah el-Sisi.`;

  it('gives the principal a stand-in represents the stand-in state', () => {
    const r = rels(text(', who represented '), { source: 'The Presidency, Republic of South Africa' });
    expect(r).toContain('HOLDS_OFFICE|Abdel Fattah el-Sisi|President of Egypt');
    expect(r).not.toContain('HOLDS_OFFICE|Abdel Fattah el-Sisi|President of South Africa');
  });

  it('leaves a principal met by someone of another state', () => {
    // Senegal's President left unnamed, so that two states keep an open presidency and office.taken-leader-sentence-state
    // (which names the one state left over) guesses nothing either.
    const r = rels(text(', who later met ').replace('President Macky Sall', 'Prime Minister Amadou Ba'), {
      source: 'The Presidency, Republic of South Africa',
    });
    expect(r).not.toContain('HOLDS_OFFICE|Abdel Fattah el-Sisi|President of Egypt');
  });
});

describe('office.possessive-owner', () => {
  const head =
    'Talks in Oslo\n\n22 August 2016\n\nThe Government of the Republic of the Philippines (GRP) and the National Democratic Front of the Philippines (NDFP) met in Oslo. ';

  it("gives a title after an organisation's possessive to that organisation", () => {
    const r = rels(head + "The NDFP's Chief Negotiator, Luis Jalandoni, also took part.", {
      source: 'Norwegian Ministry of Foreign Affairs',
    });
    expect(r).toContain(
      'HOLDS_OFFICE|Luis Jalandoni|Chief Negotiator of the National Democratic Front of the Philippines',
    );
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Luis Jalandoni|Chief Negotiator of Norway'))).toBe(false);
  });

  it("leaves a person's possessive to the other rules", () => {
    const r = rels(head + "The Prime Minister's Special Envoy, Ola Berg, also took part.", {
      source: 'Norwegian Ministry of Foreign Affairs',
    });
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Ola Berg|') && x.includes('National Democratic Front'))).toBe(
      false,
    );
  });
});

describe('person.subject-through', () => {
  const text = (verb: string) =>
    `Conclusion of the negotiations\n\n28 June 2019\n\nThe Brazilian Government announced the conclusion of the negotiations. Argentina, which holds the presidency of the bloc, ${verb} Foreign Minister Jorge Faurie.`;

  it('gives the person a state acts "through" the state the sentence opens with', () => {
    const r = rels(text('spoke for MERCOSUR through'), { source: 'Ministry of Foreign Affairs of Brazil' });
    expect(r).toContain('HOLDS_OFFICE|Jorge Faurie|Foreign Minister of Argentina');
    expect(r).not.toContain('HOLDS_OFFICE|Jorge Faurie|Foreign Minister of Brazil');
  });

  it('leaves a person the sentence does not reach through', () => {
    const r = rels(text('thanked'), { source: 'Ministry of Foreign Affairs of Brazil' });
    expect(r).not.toContain('HOLDS_OFFICE|Jorge Faurie|Foreign Minister of Argentina');
  });
});

describe('person.represented-by-its and "leading the <demonym> team"', () => {
  const opening = 'Talks in Vienna\n3 May 2024\n\nForeign Minister Anna Kovac of Austria held talks with ';

  it('gives "its ambassador" the state that "was represented by" them', () => {
    const r = rels(opening + 'Peru in Vienna. Peru was represented by its ambassador, Luis Prado.');
    expect(r).toContain('HOLDS_OFFICE|Luis Prado|Ambassador of Peru');
    expect(r).not.toContain('HOLDS_OFFICE|Luis Prado|Ambassador of Austria');
  });

  it('gives "X, leading the Polish team" the state of the team', () => {
    const r = rels(
      opening +
        'Foreign Minister Pavel Horak of Poland in Vienna. Ambassador Piotr Nowak, leading the Polish team, spoke first.',
    );
    expect(r).toContain('HOLDS_OFFICE|Piotr Nowak|Ambassador of Poland');
  });

  it('leaves an ambassador with no side cue to the issuer', () => {
    const r = rels(opening + 'Peru in Vienna. Ambassador Luis Prado was present.');
    expect(r).not.toContain('HOLDS_OFFICE|Luis Prado|Ambassador of Peru');
  });
});
