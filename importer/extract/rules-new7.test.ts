// Unit tests of the new7 round's rules (issue 6, construction 7 and the relations on agreements), found on the first
// look of three samples in new issuers' styles: made-up sentences about real states in invented settings, each rule
// with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function extract(text: string, source = 'Ministry of Foreign Affairs of Norway') {
  const { out, rels } = extractFacts(text, { file: 'test.txt', date: '2024-05-03', source });
  return { names: out.entities.map((e) => `${e.type}|${e.name}`), rels: [...rels] };
}

describe('agreement.title-continued', () => {
  it('reads a title on over "for …" and "between A and B" complements, with the parties named in it', () => {
    const { names, rels } = extract(
      'The two presidents met in Oslo on 3 May. They adopted the Joint Declaration of Tromsø for Cooperation and Trust between Norway and Iceland.',
    );
    expect(names).toContain(
      'Agreement|Joint Declaration of Tromsø for Cooperation and Trust between Norway and Iceland',
    );
    expect(rels).toContain(
      'PARTY_TO|Iceland|Joint Declaration of Tromsø for Cooperation and Trust between Norway and Iceland',
    );
  });

  it('keeps "for <State>" inside a title ("Declaration of Support for Ukraine")', () => {
    const { names } = extract(
      'Norway joined the Joint Declaration of Support for Ukraine that the G7 countries adopted in Vilnius.',
    );
    expect(names).toContain('Agreement|Joint Declaration of Support for Ukraine');
  });

  it('goes on over "for" after the head only when a common-noun complement follows, not a side', () => {
    const { names } = extract(
      'The Framework Agreement for Commercial Cooperation between Norway and Iceland was signed. Ambassador Eva Berg negotiated the Nordic Fisheries Agreement for Iceland.',
    );
    expect(names).toContain('Agreement|Framework Agreement for Commercial Cooperation between Norway and Iceland');
    expect(names).toContain('Agreement|Nordic Fisheries Agreement');
    expect(names.some((n) => /Agreement for Iceland/.test(n))).toBe(false);
  });

  it('does not continue a title over a weekday, a month or lowercase words', () => {
    const { names } = extract(
      'The ministers signed the Declaration of Intent on Friday. They discussed the Treaty of Bergen for many hours.',
    );
    expect(names).toContain('Agreement|Declaration of Intent');
    expect(names).toContain('Agreement|Treaty of Bergen');
    expect(names.some((n) => /Friday|many/.test(n))).toBe(false);
  });
});

describe('guidelines titled head first, and agreement.other-instrument', () => {
  it('reads "the Guidelines for Accelerating … Code of Conduct in …" as its own agreement beside the Code', () => {
    const { names } = extract(
      'Norway and Iceland welcomed progress on the Code of Conduct. The ministers adopted the Guidelines for Accelerating the Early Conclusion of an Effective Code of Conduct in the Barents Sea.',
    );
    expect(names).toContain(
      'Agreement|Guidelines for Accelerating the Early Conclusion of an Effective Code of Conduct in the Barents Sea',
    );
    expect(names).toContain('Agreement|Code of Conduct');
  });

  it('reads no guidelines title from "the Guidelines to the summit", and still merges a fuller form of one name', () => {
    const { names } = extract(
      'The ministers will submit the Guidelines to the Nordic Summit. They discussed the Fisheries Agreement, and the 2019 Nordic Fisheries Agreement was praised.',
    );
    expect(names.some((n) => /Guidelines/.test(n))).toBe(false);
    expect(names.filter((n) => /Fisheries Agreement/.test(n))).toHaveLength(1);
  });
});

describe('based-on.relative and the bounds of based-on.phrase', () => {
  it('rests the agreement after "pursuant to which" on the one the clause hangs on, not the reverse', () => {
    const { rels } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. They reaffirmed the Declaration on the Conduct of Parties in the Barents Sea, pursuant to which the Code of Conduct is being negotiated.',
    );
    expect(rels).toContain('BASED_ON|Code of Conduct|Declaration on the Conduct of Parties in the Barents Sea');
    expect(rels).not.toContain('BASED_ON|Declaration on the Conduct of Parties in the Barents Sea|Code of Conduct');
  });

  it('reads "on the basis of which … was signed", but no basis from a relative that tells no drafting', () => {
    const { rels } = extract(
      'Norway and Iceland recalled the Treaty of Bergen, on the basis of which the Fisheries Protocol was signed in 1999. They also recalled the Oslo Accord, under which the Tromsø Declaration remains a reference.',
    );
    expect(rels).toContain('BASED_ON|Fisheries Protocol|Treaty of Bergen');
    expect(rels.some((r) => r.startsWith('BASED_ON|Tromsø Declaration|'))).toBe(false);
  });

  it('rests nothing on a basis whose "whose negotiations" refers back to no agreement', () => {
    const { rels } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. They discussed the Code of Conduct. They encouraged progress on the upgrade of the fisheries area, whose negotiations build on the Framework Agreement on Fisheries between Norway and Iceland.',
    );
    expect(rels.filter((r) => r.startsWith('BASED_ON|'))).toEqual([]);
  });

  it('takes no agreement of the next sentence as resting on an "implementation of" cue', () => {
    const { rels } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. They reaffirmed the full implementation of the Declaration on the Conduct of Parties, while negotiations on the Code of Conduct continue. They marked the anniversary of the Treaty of Amity.',
    );
    expect(rels.some((r) => r.startsWith('BASED_ON|Treaty of Amity|'))).toBe(false);
  });
});

describe('party-to.stated', () => {
  it("gives an acceded treaty the acceding state only, not the readout's other side", () => {
    const { rels } = extract(
      "Norway and the European Union held talks in Oslo on 3 May. They marked the tenth anniversary of Norway's accession to the Treaty of Amity and Cooperation in the Arctic.",
    );
    expect(rels).toContain('PARTY_TO|Norway|Treaty of Amity and Cooperation in the Arctic');
    expect(rels).not.toContain('PARTY_TO|European Union|Treaty of Amity and Cooperation in the Arctic');
  });

  it('gives a declaration its adopters ("that the G7 countries adopted"), not the pair of the readout', () => {
    const { rels } = extract(
      'Norway and Iceland held talks in Oslo on 3 May. The agreement builds on the Joint Declaration of Support for Ukraine that the G7 countries adopted in 2023.',
    );
    expect(rels).toContain('PARTY_TO|G7|Joint Declaration of Support for Ukraine');
    expect(rels).not.toContain('PARTY_TO|Norway|Joint Declaration of Support for Ukraine');
  });

  it('gives "the X, to which both States are parties" the two states of the agreement named between them', () => {
    const { rels } = extract(
      'The presidents of Guyana and Venezuela met in Kingstown on 3 May, facilitated by Prime Minister Ralph Gonsalves of Saint Vincent and the Grenadines. They agreed the Joint Declaration of Kingstown between Guyana and Venezuela. Disputes will be settled under the Geneva Agreement of 17 February 1966, to which both States are parties.',
    );
    expect(rels).toContain('PARTY_TO|Guyana|Geneva Agreement');
    expect(rels).toContain('PARTY_TO|Venezuela|Geneva Agreement');
    expect(rels).not.toContain('PARTY_TO|Saint Vincent and the Grenadines|Geneva Agreement');
  });

  it('states no party from a relative clause that names no adopter, nor from "the accession talks"', () => {
    const { rels } = extract(
      'Norway and Iceland held talks in Oslo on 3 May. They discussed the Treaty of Bergen, which both ministers praised, and the Accession Protocol that was signed in 2020.',
    );
    expect(rels.filter((r) => r.startsWith('PARTY_TO|') && !/\|(Norway|Iceland)\|/.test(r))).toEqual([]);
  });
});

describe('agreements named by their subject: bounds, tense and time', () => {
  it('reads "is to sign an agreement on X with <State>" as a proposed agreement reached at no event', () => {
    const { out, rels } = extractFacts(
      'Talks in Oslo\n\nThe Prime Minister of Norway received President Halla Tomasdottir of Iceland in Oslo on 3 May. In the evening the President travelled on to Copenhagen, where she is to sign an agreement on fisheries cooperation with Denmark with Prime Minister Mette Frederiksen.',
      { file: 'test.txt', date: '2024-05-03', source: 'Government of Norway' },
    );
    const a = out.entities.find((e) => e.type === 'Agreement');
    expect(a?.name).toBe('agreement on fisheries cooperation with Denmark');
    expect(a?.status).toBe('proposed');
    expect([...rels].some((r) => r.startsWith('REACHED_AT|'))).toBe(false);
  });

  it('ends a subject at a time word, and reaches at no event what was concluded "last year"', () => {
    const { names, rels } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. Norway concluded an agreement on fisheries with Iceland last year.',
    );
    expect(names).toContain('Agreement|agreement on fisheries with Iceland');
    expect(rels.some((r) => r.startsWith('REACHED_AT|agreement on fisheries'))).toBe(false);
  });

  it('still reaches at the meeting an agreement signed there today', () => {
    const { rels } = extract(
      'Foreign Minister Espen Barth Eide of Norway held talks with Foreign Minister Thordis Gylfadottir of Iceland in Oslo on 3 May. The two ministers signed an agreement on fisheries cooperation.',
    );
    expect(rels.some((r) => r.startsWith('REACHED_AT|agreement on fisheries cooperation|'))).toBe(true);
  });
});

describe('party-to.with-partner', () => {
  it('gives "X concluded an agreement on Y with Z" both the subject state and the partner', () => {
    const { rels } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. Denmark concluded an agreement on fisheries with Iceland last year.',
    );
    expect(rels).toContain('PARTY_TO|Iceland|agreement on fisheries with Iceland');
    expect(rels).toContain('PARTY_TO|Denmark|agreement on fisheries with Iceland');
    expect(rels).not.toContain('PARTY_TO|Norway|agreement on fisheries with Iceland');
  });

  it('adds no subject to an agreement named without a partner', () => {
    const { rels } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. Denmark welcomed that they had signed an agreement on fisheries cooperation.',
    );
    expect(rels).not.toContain('PARTY_TO|Denmark|agreement on fisheries cooperation');
  });
});

describe('"a bilateral agreement" is no name', () => {
  it('makes no agreement of "a bilateral agreement" alone, so that "The agreement" is the titled one', () => {
    const { names, rels } = extract(
      'Norway and Iceland have signed a bilateral agreement in Oslo. The two foreign ministers signed the Agreement on Fisheries Cooperation between Norway and Iceland. The agreement builds on the Treaty of Bergen.',
    );
    expect(names.some((n) => /bilateral agreement/.test(n))).toBe(false);
    expect(rels).toContain('BASED_ON|Agreement on Fisheries Cooperation between Norway and Iceland|Treaty of Bergen');
  });

  it('keeps a bilateral agreement named by its subject ("bilateral investment treaty")', () => {
    const { names } = extract('Norway and Iceland signed a bilateral investment treaty in Oslo on 3 May.');
    expect(names).toContain('Agreement|bilateral investment treaty');
  });
});

describe('agreement.title-list', () => {
  it('reads a title whose complement is a list closed by its parties ("of Peace, Cooperation and … between A and B")', () => {
    const { names, rels } = extract(
      'The Minister of Foreign Affairs of Norway signed the Declaration of Peace, Cooperation and Friendly Relations between Norway and Iceland.',
    );
    expect(names).toContain(
      'Agreement|Declaration of Peace, Cooperation and Friendly Relations between Norway and Iceland',
    );
    expect(rels).toContain(
      'PARTY_TO|Iceland|Declaration of Peace, Cooperation and Friendly Relations between Norway and Iceland',
    );
  });

  it('does not take a list after a title into it when no parties close it, nor a list of agreements', () => {
    const { names } = extract(
      'The ministers of Norway and Iceland recalled the Declaration of Principles, Trade and Fisheries being their priorities. They cited the Paris Agreement, Kyoto Protocol and Montreal Protocol between many states.',
    );
    expect(names).toContain('Agreement|Declaration of Principles');
    expect(names.some((n) => /Principles, Trade/.test(n))).toBe(false);
    expect(names.some((n) => /Agreement, Kyoto/.test(n))).toBe(false);
  });
});

describe('"Latin America" is a region', () => {
  it('reads no United States in "Latin America and the Caribbean", but does in "America and Canada"', () => {
    const a = extract(
      'The ministers of Norway and Iceland met in Oslo. They want Latin America and the Caribbean to stay a zone of peace.',
    );
    expect(a.names).not.toContain('State|United States');
    const b = extract('The ministers of Norway and Iceland met in Oslo. They spoke of America and Canada.');
    expect(b.names).toContain('State|United States');
  });
});

describe('negotiating texts, and agreement.other-instrument by the last head', () => {
  it('reads "the Single Draft … Code of Conduct Negotiating Text" beside the Code of Conduct named before it', () => {
    const { names } = extract(
      'Norway and Iceland discussed the Code of Conduct. They welcomed the second reading of the Single Draft Barents Sea Code of Conduct Negotiating Text.',
    );
    expect(names).toContain('Agreement|Code of Conduct');
    expect(names).toContain('Agreement|Single Draft Barents Sea Code of Conduct Negotiating Text');
  });

  it('still makes one agreement of a name and its fuller form with the same head', () => {
    const { names } = extract(
      'Norway and Iceland discussed the Fisheries Treaty. The Norway-Iceland Fisheries Treaty entered into force in 2019.',
    );
    expect(names.filter((n) => n.startsWith('Agreement|'))).toHaveLength(1);
  });
});

describe('agreement.stacked-head', () => {
  it('reads a title that runs from one head into another as one name ("… Peace Agreement Implementation Plan")', () => {
    const { names } = extract(
      'Norway and Iceland adopted the Arctic Peace Agreement Implementation Plan in Oslo on 3 May.',
    );
    expect(names).toContain('Agreement|Arctic Peace Agreement Implementation Plan');
  });

  it('does not join two agreements that a lowercase word separates', () => {
    const { names } = extract('Norway and Iceland recalled the Arctic Peace Agreement and Fisheries Treaty of 2019.');
    expect(names.some((n) => /Agreement and Fisheries/.test(n))).toBe(false);
  });
});

describe('based-on.phrase with a passive subject ("The agreement has been negotiated on the basis of")', () => {
  it('rests the agreement the subject names on the basis, not an agreement named after the cue', () => {
    const { rels } = extract(
      'Norway and Iceland concluded the Norway-Iceland Fisheries Agreement today. The agreement has been negotiated on the basis of the Political Declaration agreed in 2019, alongside the Withdrawal Agreement, which took effect in 2020.',
    );
    expect(rels).toContain('BASED_ON|Norway-Iceland Fisheries Agreement|Political Declaration');
    expect(rels).not.toContain('BASED_ON|Withdrawal Agreement|Political Declaration');
  });

  it('reads no basis when the subject is not an agreement ("The talks were held on the basis of")', () => {
    const { rels } = extract(
      'Norway and Iceland concluded the Norway-Iceland Fisheries Agreement today. The talks were held on the basis of mutual respect.',
    );
    expect(rels.filter((r) => r.startsWith('BASED_ON|'))).toEqual([]);
  });
});

describe('agreement.implementing and a parenthesis after the signing verb', () => {
  it('reads "signed, on behalf of their governments, an agreement on implementing the X" as an agreement resting on X', () => {
    const { names, rels } = extract(
      'Norway and Iceland met in Oslo on 3 May. The two ministers signed, on behalf of their respective governments, an agreement on implementing the Tromsø Declaration in the fisheries domain.',
    );
    expect(names).toContain('Agreement|agreement on implementing the Tromsø Declaration in the fisheries domain');
    expect(names).toContain('Agreement|Tromsø Declaration');
    expect(rels).toContain(
      'BASED_ON|agreement on implementing the Tromsø Declaration in the fisheries domain|Tromsø Declaration',
    );
  });

  it('makes no agreement of a gerund that goes on a subject ("reached agreement on fisheries implementing …")', () => {
    const { names } = extract(
      'Norway and Iceland met in Oslo on 3 May. They reached agreement on quotas implementing nothing new.',
    );
    expect(names.some((n) => /implementing/.test(n))).toBe(false);
  });
});
