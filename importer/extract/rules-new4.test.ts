// Unit tests of the new4 round's rules (issue 6, constructions 2 and 8, as readouts in new issuers' styles tell
// them): made-up sentences about real states and organisations in invented settings, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const rels = (text: string, meta: { title?: string; source?: string } = {}) => [...extractFacts(text, meta).rels];

/** The rule ids (what --explain prints) of the relations extracted from `text`. */
const rulesOf = (text: string) =>
  extractFacts(text, {}, true).out.relations.map((r) => (r as { rule?: string }).rule ?? '');

describe('negotiates-for.signed-by-list', () => {
  it('gives each signatory of a "by A, for X, by B, for Y, and by the <title> for Z" list its own side', () => {
    const r = rels(
      'The Secretary-General of the United Nations, Ana Ferreira, opened the ceremony in Geneva. The fisheries arrangement was signed by the Minister of Fisheries of Norway, Ola Berg, for Norway, by the Minister of Fisheries of Iceland, Jon Einarsson, for Iceland, and by the Secretary-General for the United Nations.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Norway');
    expect(r).toContain('NEGOTIATES_FOR|Jon Einarsson|Iceland');
    expect(r).toContain('NEGOTIATES_FOR|Ana Ferreira|United Nations');
    expect(r).not.toContain('NEGOTIATES_FOR|Ola Berg|Iceland');
  });

  it('reads "signed for X by <title> <name>": the agent after the side', () => {
    const r = rels('The treaty was signed for Norway by Prime Minister Ola Berg at a ceremony in Oslo.');
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Norway');
  });

  it('gives nothing across another clause ("…, and for the Icelandic side by …") or without a signature', () => {
    const r = rels(
      'The letter for Norway was signed by Ola Berg, who leads the Norwegian team; the letter for Iceland was sent by the embassy. Jon Einarsson spoke by telephone with Ola Berg, and for Iceland the talks were useful.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ola Berg|Iceland');
    expect(r).not.toContain('NEGOTIATES_FOR|Jon Einarsson|Iceland');
  });
});

describe('negotiates-for.behalf-of-title', () => {
  const text =
    'The Secretary-General of the United Nations, Ana Ferreira, welcomed the arrangement. It was negotiated by Ola Berg, Under-Secretary-General for Political Affairs, and Jon Einarsson, Secretary-General of UNCTAD, who led the talks on behalf of the Secretary-General.';

  it('gives the negotiators the one holder of the title as principal', () => {
    const r = rels(text);
    expect(r).toContain('NEGOTIATES_FOR|Ola Berg|Ana Ferreira');
    expect(r).toContain('NEGOTIATES_FOR|Jon Einarsson|Ana Ferreira');
  });

  it('takes no agent as the principal: an agent holding the title alone gives nothing', () => {
    const r = rels(
      'It was negotiated by Ola Berg and Jon Einarsson, Secretary-General of UNCTAD, who led the talks on behalf of the Secretary-General.',
    );
    expect(r.some((x) => x.startsWith('NEGOTIATES_FOR|Ola Berg|'))).toBe(false);
  });

  it('gives nothing when nobody named holds the title', () => {
    const r = rels(
      'The arrangement was negotiated by Ola Berg and Jon Einarsson, who led the talks on behalf of the Secretary-General.',
    );
    expect(r.some((x) => x.startsWith('NEGOTIATES_FOR|Ola Berg|'))).toBe(false);
  });
});

describe('negotiates-for.fronted-named and reports-to.on-directives', () => {
  it('reads "On behalf of President X, and on the directives of Y, Crown Prince, Z, Minister, signed …"', () => {
    const r = rels(
      'ABU DHABI, 3rd May, 2021 (WAM) -- On behalf of President His Highness Sheikh Khalid bin Saif Al Mansoori, and on the directives of His Highness Sheikh Hamad bin Saif Al Mansoori, Crown Prince of Abu Dhabi, His Highness Sheikh Rashid bin Saif Al Mansoori, Minister of Foreign Affairs, today signed the agreement on air services between the United Arab Emirates and Norway.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Rashid bin Saif Al Mansoori|Khalid bin Saif Al Mansoori');
    expect(r).toContain('REPORTS_TO|Rashid bin Saif Al Mansoori|Hamad bin Saif Al Mansoori');
    expect(r).not.toContain('NEGOTIATES_FOR|Hamad bin Saif Al Mansoori|Khalid bin Saif Al Mansoori');
  });

  it('gives nothing when the sentence does not open with "On behalf of", or no act follows the agent', () => {
    const rules = rulesOf(
      'Sheikh Rashid bin Saif Al Mansoori, Minister of Foreign Affairs, praised the work done on behalf of President Khalid bin Saif Al Mansoori and on the directives of Sheikh Hamad bin Saif Al Mansoori. On behalf of President Khalid bin Saif Al Mansoori, and on the directives of Sheikh Hamad bin Saif Al Mansoori, Crown Prince of Abu Dhabi, Prime Minister Ola Berg of Norway is warmly thanked.',
    );
    expect(rules).not.toContain('negotiates-for.fronted-named');
    expect(rules).not.toContain('reports-to.on-directives');
  });
});

describe('office.and-after-apposition', () => {
  it('does not give a person the title of the next one in "together with Minister X and the Secretary-General"', () => {
    const r = rels(
      'The Secretary-General of the United Nations, Ana Ferreira, attended. The text was signed by the Minister of Fisheries of Norway, Ola Berg, together with Minister Berg and the Secretary-General.',
    );
    expect(r.some((x) => /^HOLDS_OFFICE\|Ola Berg\|Secretary-General/.test(x))).toBe(false);
    expect(r).toContain('HOLDS_OFFICE|Ana Ferreira|Secretary-General of the United Nations');
  });

  it('still reads "and <title>" that continues a chain of appositions', () => {
    const r = rels('Ola Berg, Deputy Prime Minister of Norway and Minister of Fisheries, visited Reykjavik.');
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Minister of Fisheries of Norway');
  });
});

describe('person.given-name-not-title and the bint particle', () => {
  it('reads "Dr. Sultan bin Saif Al Mansoori" and "Hind bint Saif Al Mansoori" as whole names', () => {
    const { out } = extractFacts(
      'Also present were Dr. Sultan bin Saif Al Mansoori, Minister of Energy, and Hind bint Saif Al Mansoori, Minister of State for Trade.',
      { source: 'Emirates News Agency (WAM)' },
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Sultan bin Saif Al Mansoori');
    expect(people).toContain('Hind bint Saif Al Mansoori');
    expect(people).not.toContain('Saif Al Mansoori');
  });

  it('keeps "Sultan" a title before a name without a patronymic', () => {
    const r = rels('Sultan Haitham of Oman received Prime Minister Ola Berg of Norway in Muscat.');
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Haitham|'))).toBe(true);
  });
});

describe('person.patronymic-prefix', () => {
  it('joins "Sheikh Hamad bin Saif" to "Hamad bin Saif Al Mansoori", shorter by the family name', () => {
    const { out } = extractFacts(
      'His Highness Sheikh Hamad bin Saif Al Mansoori, Minister of Foreign Affairs, met Prime Minister Ola Berg of Norway. Sheikh Hamad bin Saif said that the talks were useful.',
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Hamad bin Saif Al Mansoori');
    expect(people).not.toContain('Hamad bin Saif');
  });

  it('keeps apart a name shorter by a further patronymic, and two people sharing a father', () => {
    const { out } = extractFacts(
      'Prince Khalid bin Saif bin Nasser, Minister of Foreign Affairs, met Prince Khalid bin Saif. Sheikh Hamad bin Saif Al Mansoori met Sheikh Rashid bin Saif Al Mansoori.',
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Hamad bin Saif Al Mansoori');
    expect(people).toContain('Rashid bin Saif Al Mansoori');
    expect(people).toContain('Khalid bin Saif');
  });
});

describe('office.and-complement', () => {
  it('keeps "and <portfolio words>" that end the title inside it', () => {
    const r = rels(
      'Ola Berg, Minister of Industry and Advanced Technology, met Jon Einarsson, Senior Adviser for Security Negotiations and Agreements at the Ministry of Foreign Affairs of Iceland, in Oslo.',
      { source: 'Government of Norway' },
    );
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Minister of Industry and Advanced Technology of Norway');
    expect(
      r.some((x) => x.startsWith('HOLDS_OFFICE|Jon Einarsson|Senior Adviser for Security Negotiations and Agreements')),
    ).toBe(true);
    expect(r.some((x) => x.startsWith('HOLDS_OFFICE|Advanced Technology|'))).toBe(false);
  });

  it('leaves "and" before a second title, or before a name, outside', () => {
    const r = rels(
      'Ola Berg, Minister of Industry and Deputy Prime Minister of Norway, met Minister of Fisheries and Jon Einarsson in Oslo.',
    );
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Minister of Industry of Norway');
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Deputy Prime Minister of Norway');
    expect(r.some((x) => /Minister of Fisheries and Jon/.test(x))).toBe(false);
  });
});

describe('office.list-of-appositions', () => {
  it('gives each person of "A, title, B, title, and C, title" their own title', () => {
    const r = rels(
      'Also present were Ola Berg, Minister of Fisheries, Kari Nordmann, Minister of Trade, and Jon Hansen, Ambassador of Norway to Iceland.',
      { source: 'Government of Norway' },
    );
    expect(r).toContain('HOLDS_OFFICE|Ola Berg|Minister of Fisheries of Norway');
    expect(r).toContain('HOLDS_OFFICE|Kari Nordmann|Minister of Trade of Norway');
    expect(r).not.toContain('HOLDS_OFFICE|Kari Nordmann|Minister of Fisheries of Norway');
  });
});

describe('org.pattern split before a second title', () => {
  it('reads "Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed Forces" as no organisation', () => {
    const { out } = extractFacts(
      'His Highness Sheikh Hamad bin Saif Al Mansoori, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received Prime Minister Ola Berg of Norway.',
    );
    const orgs = out.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
    expect(orgs.some((n) => /Crown Prince/.test(n))).toBe(false);
  });
});

describe('event.not-in-title', () => {
  const events = (text: string) =>
    extractFacts(text, { source: 'Government of Norway' })
      .out.entities.filter((e) => e.type === 'Event')
      .map((e) => e.name);

  it('reads no event inside a title ("Senior Adviser for Security Negotiations")', () => {
    const ev = events('Ola Berg, Senior Adviser for Security Negotiations, visited Reykjavik on 3 May.');
    expect(ev.some((n) => /Security Negotiations/.test(n))).toBe(false);
  });

  it('still reads the same words as an event outside a title', () => {
    const ev = events('The Fisheries Negotiations opened in Reykjavik on 3 May, led by Ola Berg.');
    expect(ev.some((n) => /Fisheries Negotiations/.test(n))).toBe(true);
  });
});

describe('agreement.soft-head-first and agreement.known-as', () => {
  const agreements = (text: string) =>
    extractFacts(text, { source: 'Government of Norway' })
      .out.entities.filter((e) => e.type === 'Agreement')
      .map((e) => e.name);

  it('reads a signed initiative titled head first, and its "known as" name as the same agreement', () => {
    const a = agreements(
      'Ministers from Norway and Iceland attended the signing of the Initiative on the Safe Passage of Fish Stocks from Arctic Waters, known as the Arctic Fish Initiative, in Oslo on 3 May. The Arctic Fish Initiative will remain in force for a year.',
    );
    expect(a).toContain('Initiative on the Safe Passage of Fish Stocks from Arctic Waters');
    expect(a).not.toContain('Arctic Fish Initiative');
  });

  it('reads no agreement from an initiative that is only talked about, nor a "known as" name after something else', () => {
    const a = agreements(
      'The ministers discussed the Initiative on the Safe Passage of Fish Stocks from Arctic Waters. The city of Tromso, known as the Gateway to the Arctic, hosted them.',
    );
    expect(a.some((n) => /Initiative on the Safe Passage/.test(n))).toBe(false);
  });
});

describe('event.meeting-of-negotiations and agreement.not-event-lead', () => {
  const text =
    'Outcome of the 2nd Meeting on the 4th Norway-Iceland Fisheries Agreement Negotiations\n\nNorway and Iceland held the 2nd meeting of the negotiations on the 4th Fisheries Agreement in Reykjavik from 3 to 5 May. The two sides agreed to hold the 3rd meeting of the negotiations in Oslo in June.';
  const found = () => {
    const { out } = extractFacts(text, { source: 'Government of Norway' });
    return {
      events: out.entities.filter((e) => e.type === 'Event').map((e) => e.name),
      agreements: out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name),
    };
  };

  it('reads a numbered meeting of negotiations, with the agreement it negotiates', () => {
    const { out } = extractFacts(text.split('\n\n')[1]!, { source: 'Government of Norway' });
    const events = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(events).toContain('2nd meeting of the negotiations on the 4th Fisheries Agreement');
    expect(events).toContain('3rd meeting of the negotiations');
  });

  it('starts an agreement named in a headline after the meeting "on the"', () => {
    const { agreements } = found();
    expect(agreements.some((n) => /^Outcome|Meeting on/.test(n))).toBe(false);
  });

  it('reads no meeting from "the meeting of the two ministers" (no number, no negotiations)', () => {
    const { out } = extractFacts('The first meeting of the two ministers took place in Oslo on 3 May.', {
      source: 'Government of Norway',
    });
    expect(out.entities.some((e) => e.type === 'Event' && /of the negotiations/.test(e.name))).toBe(false);
  });
});

describe('person.korean-given-name', () => {
  const people = (text: string) =>
    extractFacts(text)
      .out.entities.filter((e) => e.type === 'Person')
      .map((e) => e.name);

  it('keeps "Lee Tae-woo" family name first when the text calls him "Ambassador Lee"', () => {
    expect(people('Ambassador Lee Tae-woo met Ola Berg in Oslo. Ambassador Lee thanked him.')).toContain('Lee Tae-woo');
  });

  it('still turns a family-first name without a hyphenated given name ("Kono Taro" known as "Kono")', () => {
    expect(people('Mr. KONO Taro met Ola Berg in Oslo. Mr. Kono thanked him.')).toContain('Taro Kono');
  });
});
