// Unit tests of the new6 round's agreement rules (issue 6, construction 7), found on the first look of three new
// samples: made-up sentences about real states in invented settings, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function extract(text: string, source = 'Ministry of Foreign Affairs of Norway') {
  const { out, rels } = extractFacts(text, { file: 'test.txt', date: '2024-05-03', source });
  return { names: out.entities.map((e) => `${e.type}|${e.name}`), rels: [...rels] };
}

describe('lowercase heads: memorandum, accord, accession protocols', () => {
  it('reads "signed a bilateral memorandum" and "the new maritime accord" as agreements', () => {
    const { names } = extract(
      'The ministers of Norway and Iceland met in Oslo on 3 May. They signed a fisheries memorandum. Under the maritime accord, patrols will be shared.',
    );
    expect(names).toContain('Agreement|fisheries memorandum');
    expect(names).toContain('Agreement|maritime accord');
  });

  it('reads "the accession protocols" but not "health protocols" of a meeting', () => {
    const { names } = extract(
      'Ministers met in Oslo on 3 May under strict health protocols, and the accession protocols must now be ratified.',
    );
    expect(names).toContain('Agreement|accession protocols');
    expect(names.some((n) => /health protocols/.test(n))).toBe(false);
  });

  it('does not take a headline verb into the name ("chiefs ink military accord")', () => {
    const { names } = extract('Defence chiefs ink military accord\n\nThe ministers met in Oslo on 3 May.');
    expect(names).toContain('Agreement|military accord');
    expect(names.some((n) => /ink/.test(n))).toBe(false);
  });
});

describe('agreement.place-lowercase', () => {
  it('reads "the Bergen declaration" as an agreement, and as the full title named before', () => {
    const { names } = extract(
      'The two presidents signed the "Spring Bergen Joint Declaration" in Bergen on 3 May. The Bergen declaration sets out a plan for fisheries.',
    );
    expect(names).toContain('Agreement|Spring Bergen Joint Declaration');
    expect(names.filter((n) => n.startsWith('Agreement|'))).toHaveLength(1);
  });

  it('reads "sign Tromso accord" in a headline', () => {
    const { names } = extract('Norway, Iceland sign Tromso accord\n\nThe two ministers met in Tromso on 3 May.');
    expect(names).toContain('Agreement|Tromso accord');
  });

  it('takes no month, title or determiner for a name ("the May agreement", "the President agreement")', () => {
    const { names } = extract(
      'They recalled the May agreement. The Foreign Minister of Norway said that This agreement is important.',
    );
    expect(names.some((n) => /May agreement|This agreement/.test(n))).toBe(false);
  });
});

describe('reached-at: a basis and a sequence are not where an agreement was reached', () => {
  it('gives no REACHED_AT to an agreement that is implemented or modernised by what was signed', () => {
    const { rels } = extract(
      'Norway and Iceland held the Oslo Summit on 3 May. At the Oslo Summit the ministers signed the Fisheries Agreement, which modernises the Association Agreement.',
    );
    expect(rels).toContain('REACHED_AT|Fisheries Agreement|Oslo Summit');
    expect(rels).not.toContain('REACHED_AT|Association Agreement|Oslo Summit');
  });

  it('does not place a signing at the event it came after', () => {
    const { rels } = extract(
      'Norway and Iceland held the Oslo Summit on 3 May. The leaders signed the Fisheries Agreement at the Royal Palace after the Oslo Summit.',
    );
    expect(rels).not.toContain('REACHED_AT|Fisheries Agreement|Oslo Summit');
  });
});

describe('party-to.signers-active', () => {
  it('gives the parties from the states of the subject of "signed"', () => {
    const { rels } = extract(
      'Norwegian Prime Minister Jonas Gahr Store and Danish leader Mette Frederiksen signed a fisheries memorandum in Oslo on Friday.',
    );
    expect(rels).toContain('PARTY_TO|Norway|fisheries memorandum');
    expect(rels).toContain('PARTY_TO|Denmark|fisheries memorandum');
  });

  it('reads the signatories of a relative clause "that A and B adopted"', () => {
    const { rels } = extract(
      'The plan builds on the Bergen Declaration that Prime Minister Jonas Gahr Store of Norway and President Sauli Niinisto of Finland adopted in 2019.',
    );
    expect(rels).toContain('PARTY_TO|Norway|Bergen Declaration');
    expect(rels).toContain('PARTY_TO|Finland|Bergen Declaration');
  });

  it('needs two signatories of known states, and the signing verb', () => {
    const { rels } = extract(
      'Prime Minister Jonas Gahr Store of Norway and Anna Berg discussed a fisheries memorandum in Oslo on Friday.',
    );
    expect(rels.filter((r) => r.startsWith('PARTY_TO|') && r.endsWith('|fisheries memorandum'))).toEqual([]);
  });
});

describe('negotiates-for.fronted-for', () => {
  it('gives each signatory after "For the European Union," that side', () => {
    const { rels } = extract(
      'The Fisheries Agreement was signed in Oslo on 3 May. For the European Union, the agreement was signed by the Commissioner for Trade, Anna Berg, and by the High Representative, Paul Durand.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Anna Berg|European Union');
    expect(rels).toContain('NEGOTIATES_FOR|Paul Durand|European Union');
  });

  it('splits sides at ";" and leaves out people "in the presence of"', () => {
    const { rels } = extract(
      'For Norway, Foreign Minister Anna Berg signed the Fisheries Agreement in the presence of Prime Minister Jonas Gahr Store; for Denmark, Foreign Minister Paul Durand.',
    );
    expect(rels).toContain('NEGOTIATES_FOR|Anna Berg|Norway');
    expect(rels).toContain('NEGOTIATES_FOR|Paul Durand|Denmark');
    expect(rels).not.toContain('NEGOTIATES_FOR|Jonas Gahr Store|Norway');
    expect(rels).not.toContain('NEGOTIATES_FOR|Paul Durand|Norway');
  });

  it('needs a signature: "For Norway, the talks were useful, said Anna Berg" gives nothing', () => {
    const { rels } = extract('For Norway, the talks in Oslo on 3 May were useful, said Foreign Minister Anna Berg.');
    expect(rels.filter((r) => r.startsWith('NEGOTIATES_FOR|'))).toEqual([]);
  });
});

describe('party-to.signers-collective', () => {
  const opening =
    'The Nordic Summit was held in Oslo on 3 May. Taking part were Prime Minister Jonas Gahr Store of Norway, Prime Minister Mette Frederiksen of Denmark and Prime Minister Ulf Kristersson of Sweden.';

  it('gives "The leaders signed the X" the states of the people at the meeting', () => {
    const { rels } = extract(`${opening} The leaders signed the Oslo Declaration in the Town Hall.`);
    expect(rels).toContain('PARTY_TO|Norway|Oslo Declaration');
    expect(rels).toContain('PARTY_TO|Denmark|Oslo Declaration');
    expect(rels).toContain('PARTY_TO|Sweden|Oslo Declaration');
  });

  it('needs the collective subject of the signing: "The leaders discussed the X" gives no parties that way', () => {
    const text = `${opening} The leaders discussed the Oslo Declaration of 1990.`;
    const { out } = extractFacts(text, { file: 'test.txt', date: '2024-05-03', source: 'NATO News' }, true);
    const rules = out.relations.map((r) => (r as { rule?: string }).rule);
    expect(rules).not.toContain('party-to.signers-collective');
    const signed = `${opening} The leaders signed the Oslo Declaration in the Town Hall.`;
    const withVerb = extractFacts(signed, { file: 'test.txt', date: '2024-05-03', source: 'NATO News' }, true);
    expect(withVerb.out.relations.map((r) => (r as { rule?: string }).rule)).toContain('party-to.signers-collective');
  });
});

describe('vague modifiers and headline verbs are no agreement names', () => {
  it('reads no agreement in "a mutually acceptable agreement" or "Norway secures trade deal"', () => {
    const { names } = extract(
      'Norway secures trade deal\n\nThe ministers met in Oslo on 3 May and hoped to reach a mutually acceptable agreement soon.',
    );
    expect(names.some((n) => /acceptable|secures/.test(n))).toBe(false);
    expect(names).toContain('Agreement|trade deal');
  });
});

describe('party-to.state-signed', () => {
  it('makes a state that "also signed the declaration" a party of the declaration named before', () => {
    const { rels } = extract(
      'Prime Minister Jonas Gahr Store of Norway and Prime Minister Mette Frederiksen of Denmark adopted the Oslo Declaration in Oslo on 3 May. The Republic of Finland also signed the declaration.',
    );
    expect(rels).toContain('PARTY_TO|Finland|Oslo Declaration');
  });

  it('reads "signed it for Sweden"', () => {
    const { rels } = extract(
      'The ministers of Norway and Denmark adopted the Oslo Declaration in Oslo on 3 May. Foreign Minister Anna Berg signed it for Sweden.',
    );
    expect(rels).toContain('PARTY_TO|Sweden|Oslo Declaration');
  });

  it('takes no party from a state that only discussed or welcomed the declaration', () => {
    const { rels } = extract(
      'The ministers of Norway and Denmark adopted the Oslo Declaration in Oslo on 3 May. Finland welcomed the declaration.',
    );
    expect(rels).not.toContain('PARTY_TO|Finland|Oslo Declaration');
  });
});

describe('org.not-person-title', () => {
  it('reads no organisation in "Minister A of Norway and Sweden’s Minister of the Armed Forces B"', () => {
    const { names } = extract(
      'Defence Minister Anna Berg of Norway and Sweden’s Minister of the Armed Forces Paul Durand met in Oslo on 3 May.',
    );
    expect(names.filter((n) => n.startsWith('Organization|'))).toEqual([]);
    expect(names).toContain('Person|Paul Durand');
  });

  it('keeps "the Norwegian Armed Forces and the Swedish Armed Forces" as organisations', () => {
    const { names } = extract('The Norwegian Armed Forces and the Swedish Armed Forces held an exercise on 3 May.');
    expect(names).toContain('Organization|Norwegian Armed Forces');
    expect(names).toContain('Organization|Swedish Armed Forces');
  });
});

describe('participated.not-ahead-of', () => {
  it('gives no participants to a summit the meeting was held "before the opening of"', () => {
    const { rels } = extract(
      'Prime Minister Jonas Gahr Store of Norway hosted a meeting in Madrid on 3 May with Prime Minister Mette Frederiksen of Denmark, a few hours before the opening of the NATO Summit.',
    );
    expect(rels).not.toContain('PARTICIPATED_IN|Jonas Gahr Store|NATO Summit');
    expect(rels).toContain('PARTICIPATED_IN|Jonas Gahr Store|meeting in Madrid');
  });

  it('still gives participants to a summit "at" which they met', () => {
    const { rels } = extract(
      'Prime Minister Jonas Gahr Store of Norway met Prime Minister Mette Frederiksen of Denmark at the NATO Summit in Madrid on 3 May.',
    );
    expect(rels).toContain('PARTICIPATED_IN|Jonas Gahr Store|NATO Summit');
  });
});

describe('agreements named by their subject after a signing verb', () => {
  it('reads "signed an agreement on fisheries cooperation" and "inked a memorandum of understanding on energy"', () => {
    const { names } = extract(
      'Norway and Denmark signed an agreement on fisheries cooperation in Oslo on 3 May. The ministers also inked a memorandum of understanding on energy cooperation.',
    );
    expect(names).toContain('Agreement|agreement on fisheries cooperation');
    expect(names).toContain('Agreement|memorandum of understanding on energy cooperation');
  });

  it('takes no agreement from "signed the agreement on behalf of Norway"', () => {
    const { names } = extract('Foreign Minister Anna Berg signed the agreement on behalf of Norway in Oslo on 3 May.');
    expect(names.some((n) => /behalf/.test(n))).toBe(false);
  });
});

describe('agreement.not-place-date and "builds upon"', () => {
  it('ends a head-first title before "in Oslo on 3 May"', () => {
    const { names } = extract(
      'Norway and Denmark exchanged the instruments of ratification of the Treaty on Maritime Delimitation in Oslo on 3 May.',
    );
    expect(names).toContain('Agreement|Treaty on Maritime Delimitation');
  });

  it('keeps a title whose last complement is a place when no day follows, and cuts "on Friday"', () => {
    const { names } = extract('Norway and Denmark signed the Agreement on Cooperation in Antarctica.');
    expect(names).toContain('Agreement|Agreement on Cooperation in Antarctica');
    const friday = extract('Norway and Denmark signed the Agreement on Fisheries Cooperation on Friday.');
    expect(friday.names).toContain('Agreement|Agreement on Fisheries Cooperation');
  });

  it('reads BASED_ON from "builds upon"', () => {
    const { rels } = extract(
      'Norway and Denmark held talks in Oslo on 3 May. The Oslo Accord, signed by the two prime ministers, builds upon the 2015 Framework Agreement.',
    );
    expect(rels).toContain('BASED_ON|Oslo Accord|2015 Framework Agreement');
    expect(rels).not.toContain('BASED_ON|2015 Framework Agreement|Oslo Accord');
  });
});

describe('REACHED_AT "on the sidelines of", BASED_ON "amends" / "modernises"', () => {
  it('places a signing "on the sidelines of the NATO Summit" at that summit', () => {
    const { rels } = extract(
      'Foreign Minister Anna Berg of Norway and Foreign Minister Paul Durand of Denmark signed the Fisheries Agreement on the sidelines of the NATO Summit in Madrid on 3 May.',
    );
    expect(rels).toContain('REACHED_AT|Fisheries Agreement|NATO Summit');
  });

  it('reads "which amends the 1990 Fisheries Treaty" as BASED_ON, and not "which mentions" it', () => {
    const opening =
      'Prime Minister Jonas Gahr Store of Norway held talks with Prime Minister Mette Frederiksen of Denmark in Oslo on 3 May.';
    const amends = extract(`${opening} They signed the Fisheries Protocol, which amends the 1990 Fisheries Treaty.`);
    expect(amends.rels).toContain('BASED_ON|Fisheries Protocol|1990 Fisheries Treaty');
    const mentions = extract(
      `${opening} They signed the Fisheries Protocol, which mentions the 1990 Fisheries Treaty.`,
    );
    expect(mentions.rels).not.toContain('BASED_ON|Fisheries Protocol|1990 Fisheries Treaty');
  });
});

describe('REACHED_AT from "witnessed the exchange / signing of"', () => {
  const opening =
    'Prime Minister Jonas Gahr Store of Norway held talks with Prime Minister Mette Frederiksen of Denmark in Oslo on 3 May.';

  it('places a memorandum whose exchange the leaders witnessed at the readout’s meeting', () => {
    const { rels } = extract(
      `${opening} The two leaders witnessed the exchange of the Memorandum of Understanding on Energy Cooperation.`,
    );
    expect(rels).toContain(
      'REACHED_AT|Memorandum of Understanding on Energy Cooperation|Store-Frederiksen talks in Oslo',
    );
  });

  it('does not place an agreement that another "provides for the signing of"', () => {
    const { rels } = extract(`${opening} The 1990 Declaration provides for the signing of the Fisheries Agreement.`);
    expect(rels.filter((r) => r.startsWith('REACHED_AT|'))).toEqual([]);
  });
});

describe('lowercase head: joint communiqués', () => {
  it('reads "the three Norway-Denmark joint communiqués" as an agreement of both', () => {
    const { names, rels } = extract(
      'Prime Minister Jonas Gahr Store of Norway held talks with Prime Minister Mette Frederiksen of Denmark in Oslo on 3 May. Both sides should abide by the three Norway-Denmark joint communiqués.',
    );
    expect(names.some((n) => /^Agreement\|.*Norway-Denmark joint communiqués$/.test(n))).toBe(true);
    expect(rels.some((r) => /^PARTY_TO\|Denmark\|.*joint communiqués$/.test(r))).toBe(true);
  });

  it('reads no agreement from "the final communiqué" alone', () => {
    const { names } = extract('The ministers met in Oslo on 3 May and adopted the final communiqué.');
    expect(names.some((n) => /communiqué/.test(n))).toBe(false);
  });
});

describe('party-to.two-sides', () => {
  const opening =
    'The Norway-Denmark Fisheries Agreement was concluded today. It was negotiated on the basis of the Framework Declaration';

  it('gives "the X agreed by the two sides" the two parties of the readout’s named pair', () => {
    const { rels } = extract(`${opening} agreed by the two sides in October 2019.`);
    expect(rels).toContain('PARTY_TO|Norway|Framework Declaration');
    expect(rels).toContain('PARTY_TO|Denmark|Framework Declaration');
  });

  it('needs "by the two sides": a declaration "agreed in October 2019" gets no parties this way', () => {
    const { out } = extractFacts(`${opening} agreed in October 2019.`, { file: 't.txt', source: 'NATO News' }, true);
    expect(out.relations.map((r) => (r as { rule?: string }).rule)).not.toContain('party-to.two-sides');
  });
});

describe('parties told by states as subjects, accession and "in implementation of"', () => {
  it('gives "Norway and Denmark concluded negotiations on a Free Trade Agreement" both as parties', () => {
    const { rels } = extract(
      'Norway and Denmark concluded negotiations on a Free Trade Agreement in Oslo on 3 May. The agreement will be signed in June.',
    );
    expect(rels).toContain('PARTY_TO|Norway|Free Trade Agreement');
    expect(rels).toContain('PARTY_TO|Denmark|Free Trade Agreement');
  });

  it('reads no subject parties when a person is the subject and the states only follow "on behalf of"', () => {
    const text =
      'Anna Berg, speaking on behalf of Norway and Denmark, signed a Free Trade Agreement with Sweden on 3 May.';
    const { out } = extractFacts(text, { file: 't.txt', source: 'NATO News' }, true);
    expect(out.relations.map((r) => (r as { rule?: string }).rule)).not.toContain('party-to.signers-active');
  });

  it('makes a state that "deposited its instrument of accession to" a convention its party', () => {
    const { rels } = extract(
      'Foreign Minister Anna Berg of Norway received Foreign Minister Paul Durand of Denmark in Oslo on 3 May. Denmark deposited its instrument of accession to the Arctic Fisheries Convention.',
    );
    expect(rels).toContain('PARTY_TO|Denmark|Arctic Fisheries Convention');
  });

  it('reads BASED_ON from "adopted in implementation of"', () => {
    const { rels } = extract(
      'Foreign Minister Anna Berg of Norway received Foreign Minister Paul Durand of Denmark in Oslo on 3 May. The new Fisheries Arrangement, adopted in implementation of the 1990 Fisheries Treaty, enters into force in June.',
    );
    expect(rels).toContain('BASED_ON|Fisheries Arrangement|1990 Fisheries Treaty');
  });
});

describe('party-to.signed-for', () => {
  it('makes each side a signature is made "for" a party of the agreement signed in the sentence before', () => {
    const { rels } = extract(
      'The Arctic Grain Initiative was signed in Oslo on 3 May. It was signed by Foreign Minister Anna Berg for Norway and by Foreign Minister Paul Durand for Denmark.',
    );
    expect(rels).toContain('PARTY_TO|Norway|Arctic Grain Initiative');
    expect(rels).toContain('PARTY_TO|Denmark|Arctic Grain Initiative');
  });

  it('leaves an agreement "between" two named bodies to them, and skips a framework named after the subject', () => {
    const text =
      'The Swap Agreement between the Central Bank of Norway and the Danish Monetary Authority, concluded under the Nordic Swap Framework, was adopted in Oslo on 3 May. It was signed for the Norwegian side by Anna Berg and for the Danish side by Paul Durand.';
    const { out } = extractFacts(text, { file: 't.txt', source: 'NATO News' }, true);
    expect(out.relations.map((r) => (r as { rule?: string }).rule)).not.toContain('party-to.signed-for');
  });
});
