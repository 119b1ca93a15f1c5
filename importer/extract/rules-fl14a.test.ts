// The fl14a round's tests (issue 6): constructions shown by three first-look samples in new styles (a regional
// community's summit release, a Central American foreign ministry's press release, a Gulf news agency's wire), each
// rule on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  behalfPrincipal,
  directedToMeet,
  envoyTitleName,
  signedWithParties,
  twoSidesSigned,
  venueNamed,
} from './rules-fl14a.ts';
import { extractFacts } from './test-facts.ts';

const facts = (text: string) =>
  extractFacts(text, { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Portugal' }).rels;
const of = (rels: Set<string>, type: string) => [...rels].filter((r) => r.startsWith(`${type}|`));

describe('participated.in-attendance', () => {
  const t =
    'President Lena Moyo of Zambia chaired the Extraordinary Summit of the East African Community in Arusha on ' +
    '3 May 2024. ' +
    'The Council of Ministers approved the budget on the previous day. ' +
    'Also in attendance were President Amos Kibet of Kenya and President Rose Nkurunziza of Burundi.';
  it('gives the people listed after "Also in attendance were" to the meeting', () => {
    const p = of(facts(t), 'PARTICIPATED_IN');
    expect(p.some((r) => /^PARTICIPATED_IN\|Amos Kibet\|/.test(r))).toBe(true);
    expect(p.some((r) => /^PARTICIPATED_IN\|Rose Nkurunziza\|/.test(r))).toBe(true);
  });
  it('does not read "attendance" in another sense', () => {
    const u = t.replace('Also in attendance were', 'The summit praised the school attendance work of');
    const p = of(facts(u), 'PARTICIPATED_IN');
    expect(p.some((r) => /^PARTICIPATED_IN\|Amos Kibet\|/.test(r))).toBe(false);
  });
});

describe('participated.hosted-by', () => {
  it('gives the host named after "was hosted by" to the meeting', () => {
    const t =
      'The Extraordinary Summit of the Southern African Development Community was held in Lusaka on 3 May 2024. ' +
      'The Summit was chaired by President Lena Moyo of Zambia, and was hosted by President Tomas Banda of Malawi.';
    expect(of(facts(t), 'PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Tomas Banda\|/.test(r))).toBe(true);
  });
  it('does not read a host of something else told without "was hosted by"', () => {
    const t =
      'The Extraordinary Summit of the Southern African Development Community was held in Lusaka on 3 May 2024. ' +
      'The Summit was chaired by President Lena Moyo of Zambia. It thanked the country that President Tomas Banda of ' +
      'Malawi leads for its offer to host the next one.';
    expect(of(facts(t), 'PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Tomas Banda\|/.test(r))).toBe(false);
  });
});

describe('participated.delegation-made-up', () => {
  const lead =
    'The President of the Portuguese Republic, Karl Brenner, received the Minister of Foreign Affairs of Chile, ' +
    'Marta Ruiz, at the Presidential Palace on 3 May 2024. The meeting was cordial and lasted two hours. ';
  it('gives the members of a delegation "made up of" to the meeting', () => {
    const t =
      lead +
      'The Portuguese delegation was made up of the Minister of Trade, Otto Weiss, and the Minister of Energy, Lisa Graf.';
    const p = of(facts(t), 'PARTICIPATED_IN');
    expect(p.some((r) => /^PARTICIPATED_IN\|Otto Weiss\|/.test(r))).toBe(true);
    expect(p.some((r) => /^PARTICIPATED_IN\|Lisa Graf\|/.test(r))).toBe(true);
  });
  it('does not read a body "made up of" its members', () => {
    const t = lead + 'The new board, made up of the Minister of Trade, Otto Weiss, will meet next year.';
    expect(of(facts(t), 'PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Otto Weiss\|/.test(r))).toBe(false);
  });
});

describe('participated.title-apposition', () => {
  const lead =
    'The President of the Portuguese Republic, Karl Brenner, received the Secretary of State of the United States, ' +
    'John Carter, at the Presidential Palace on 3 May 2024. ';
  it('reads the person after "accompanied by" and a capitalised title in apposition', () => {
    const t = lead + 'Secretary Carter was accompanied by the Special Envoy for Latin America, Paul Dunn.';
    expect(of(facts(t), 'PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Paul Dunn\|/.test(r))).toBe(true);
  });
  it('does not read a person inside a clause after the title', () => {
    const t = lead + 'Secretary Carter was accompanied by officials. He later thanked the press, as Paul Dunn wrote.';
    expect(of(facts(t), 'PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Paul Dunn\|/.test(r))).toBe(false);
  });
});

describe('negotiates-for.principal-not-agent / participated.principal-absent', () => {
  it('knows a principal named right after "on behalf of"', () => {
    const t =
      'The Prince signed on behalf of His Majesty King Omar, while Secretary Lee signed on behalf of Ruritania.';
    const king = t.indexOf('King Omar');
    expect(behalfPrincipal(t, 0, { start: king + 5, end: king + 9, from: king })).toBe(true);
    const lee = t.indexOf('Secretary Lee');
    expect(behalfPrincipal(t, 0, { start: lee + 10, end: lee + 13, from: lee })).toBe(false);
  });
  it('gives the second "on behalf of" to its own signer, not to the first principal', () => {
    const t =
      'Manama, 3 May 2024 (RNA) -- The Crown Prince of Bahrain, Prince Zayed bin Omar Al Nasser, and the Secretary ' +
      'of State of the United States, John Carter, signed the Maritime Security Agreement today. Prince Zayed signed ' +
      'the agreement on behalf of His Majesty King Omar bin Ali Al Nasser, while Secretary Carter signed on behalf of ' +
      'the United States.';
    const n = of(facts(t), 'NEGOTIATES_FOR');
    expect(n).toContain('NEGOTIATES_FOR|John Carter|United States');
    expect(n.some((r) => /^NEGOTIATES_FOR\|Omar bin Ali Al Nasser\|/.test(r))).toBe(false);
  });
  it('a person after "on behalf of" further on in the clause is no principal', () => {
    const t = 'The Minister spoke on behalf of the Government, and President Lena Moyo replied.';
    const p = t.indexOf('President Lena');
    expect(behalfPrincipal(t, 0, { start: p + 10, end: p + 19, from: p })).toBe(false);
  });
});

describe('negotiates-for.envoy-title-name', () => {
  it('gives the holder named after "Special Envoy of President Y for …," to Y', () => {
    const t =
      'The President of Portugal, Karl Brenner, received the Secretary of State of the United States, John Carter, ' +
      'on 3 May 2024. Secretary Carter was accompanied by the Special Envoy of President Mark Hale for Latin America, ' +
      'Paul Dunn.';
    expect(facts(t)).toContain('NEGOTIATES_FOR|Paul Dunn|Mark Hale');
  });
  it('needs the comma before the holder and a principal right after the role', () => {
    const text = 'the Special Envoy of President Mark Hale met Paul Dunn';
    const s = { start: 0, text };
    const hale = { start: text.indexOf('Mark'), end: text.indexOf(' met'), from: text.indexOf('President') };
    const dunn = { start: text.indexOf('Paul'), end: text.length };
    expect(envoyTitleName(text, s, [hale, dunn])).toEqual([]);
    const u = 'the Special Envoy of the Minister, Paul Dunn';
    expect(envoyTitleName(u, { start: 0, text: u }, [{ start: u.indexOf('Paul'), end: u.length }])).toEqual([]);
  });
});

describe('agreement.venue-name', () => {
  it('drops "Convention" heading a building', () => {
    const t = 'The summit was held at the Julius Nyerere International Convention Centre in Dar es Salaam.';
    const span = { surface: 'Julius Nyerere International Convention', start: t.indexOf('Julius') };
    expect(venueNamed(t, span)).toBe(true);
    const rels = facts(
      `The Summit of the Heads of State was held at the Mandela International Convention Centre on 3 May 2024.`,
    );
    expect(of(rels, 'PARTY_TO')).toEqual([]);
  });
  it('keeps a convention that is an agreement', () => {
    const t = 'They discussed the Minamata Convention on Mercury at the centre.';
    expect(venueNamed(t, { surface: 'Minamata Convention', start: t.indexOf('Minamata') })).toBe(false);
  });
});

describe('party-to.signed-with / party-to.two-governments', () => {
  it('gives an agreement "signed with" a state to that state and the one state before', () => {
    const t =
      'The Foreign Minister of Portugal, Karl Brenner, met the Foreign Minister of Chile, Marta Ruiz, in Santiago ' +
      'on 3 May 2024. Portugal will not renew the Memorandum of Understanding on Fisheries signed with Japan in 2017.';
    const p = of(facts(t), 'PARTY_TO');
    expect(p).toContain('PARTY_TO|Japan|Memorandum of Understanding on Fisheries');
    expect(p).toContain('PARTY_TO|Portugal|Memorandum of Understanding on Fisheries');
    expect(p).not.toContain('PARTY_TO|Chile|Memorandum of Understanding on Fisheries');
  });
  it('needs one state before the agreement', () => {
    const t = 'Chile and Peru reviewed the Fisheries Agreement signed with Japan.';
    const hits = ['Chile', 'Peru', 'Japan'].map((n) => ({
      type: 'State',
      start: t.indexOf(n),
      end: t.indexOf(n) + n.length,
    }));
    const a = { start: t.indexOf('Fisheries'), end: t.indexOf(' signed') };
    const r = signedWithParties(t, 0, a, hits);
    expect(r.partner?.start).toBe(t.indexOf('Japan'));
    expect(r.before.length).toBe(2);
    expect(
      signedWithParties('The Fisheries Agreement was praised by Japan.', 0, { start: 4, end: 23 }, []).partner,
    ).toBe(undefined);
  });
  it('reads "signed by the two governments" right after the agreement only', () => {
    const t = 'flights carried out under the memorandum of understanding signed by the two governments in July';
    expect(twoSidesSigned(t, { start: t.indexOf('memorandum') }, t.length)).toBe(true);
    const u = 'the memorandum of understanding. Later a treaty was signed by the two governments';
    expect(twoSidesSigned(u, { start: 0 }, u.indexOf('.'))).toBe(false);
  });
});

describe('agreement.title-case-connector', () => {
  it('reads a title with a capitalised "Concerning" or "Regarding"', () => {
    const t =
      'The Foreign Minister of Portugal, Karl Brenner, met the Foreign Minister of Chile, Marta Ruiz, in Santiago on ' +
      '3 May 2024. They reviewed the Treaty Concerning the Permanent Neutrality of the Strait.';
    const names = extractFacts(t)
      .out.entities.filter((e) => e.type === 'Agreement')
      .map((e) => e.name);
    expect(names).toContain('Treaty Concerning the Permanent Neutrality of the Strait');
  });
  it('does not run a name on past a lowercase clause', () => {
    const t =
      'The Foreign Minister of Portugal, Karl Brenner, met the Foreign Minister of Chile, Marta Ruiz, in Santiago on ' +
      '3 May 2024. They signed the Treaty, regarding which questions remain.';
    const names = extractFacts(t)
      .out.entities.filter((e) => e.type === 'Agreement')
      .map((e) => e.name);
    expect(names.some((n) => /regarding/i.test(n))).toBe(false);
  });
});

describe('based-on.lead-agreement', () => {
  const lead =
    'Washington, 3 May 2024 -- The Prime Minister of Portugal, Luis Costa, and the Secretary of State of the United ' +
    'States, John Carter, today signed the Comprehensive Security Agreement. They held talks before the signing. ' +
    'They discussed the situation in Africa. ';
  it('gives "the agreement" of a later reported sentence to the lead agreement', () => {
    const t = lead + 'Prime Minister Costa said the agreement builds on the Defence Cooperation Agreement of 1991.';
    expect(facts(t)).toContain('BASED_ON|Comprehensive Security Agreement|Defence Cooperation Agreement');
  });
  it('needs the agreement as the subject of the basis phrase', () => {
    const t = lead + 'Prime Minister Costa praised the agreement and the Defence Cooperation Agreement of 1991.';
    expect(of(facts(t), 'BASED_ON')).toEqual([]);
  });
  it('does not guess when the lead names two agreements of that noun', () => {
    const t =
      'Washington, 3 May 2024 -- The Prime Minister of Portugal, Luis Costa, and the Secretary of State of the United ' +
      'States, John Carter, today signed the Comprehensive Security Agreement and the Trade Facilitation Agreement. ' +
      'They held talks before the signing. They discussed the situation in Africa. ' +
      'Prime Minister Costa said the agreement builds on the Defence Cooperation Agreement of 1991.';
    expect(of(facts(t), 'BASED_ON')).toEqual([]);
  });
});

describe('incident capture (INCIDENT_NOUNS)', () => {
  it('reads "the capture of the city of X by Y" as an incident involving Y', () => {
    const t =
      'President Lena Moyo of Zambia met President Amos Kibet of Kenya in Lusaka on 3 May 2024. They expressed ' +
      'concern over the capture of the city of Goma by the M23 in January.';
    const inv = of(facts(t), 'INVOLVES');
    expect(inv.some((r) => /^INVOLVES\|capture of the city of Goma[^|]*\|M23$/.test(r))).toBe(true);
  });
  it('reads no incident in "carbon capture"', () => {
    const t =
      'President Lena Moyo of Zambia met President Amos Kibet of Kenya in Lusaka on 3 May 2024. They agreed to ' +
      'cooperate on carbon capture and storage.';
    expect(extractFacts(t).out.entities.some((e) => e.type === 'Event' && /capture/i.test(e.name))).toBe(false);
  });
});

describe('event.main-pair-principal', () => {
  const t =
    'Washington, 3 May 2024 (RNA) -- The Crown Prince of Bahrain, Prince Zayed bin Omar Al Nasser, who is on an ' +
    'official visit to the United States, signed the Maritime Security Agreement on behalf of His Majesty King Omar ' +
    'bin Ali Al Nasser, while the Secretary of State of the United States, John Carter, signed on behalf of the ' +
    'United States.';
  it('does not name the meeting after the principal an agent signed for', () => {
    const events = extractFacts(t)
      .out.entities.filter((e) => e.type === 'Event')
      .map((e) => e.name);
    expect(events.some((n) => /Omar bin Ali/.test(n))).toBe(false);
    expect(of(facts(t), 'PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Omar bin Ali Al Nasser\|/.test(r))).toBe(
      false,
    );
  });
  it('still names a pair that meets, when nobody signs for anyone', () => {
    const u =
      'Washington, 3 May 2024 (RNA) -- The Crown Prince of Bahrain, Prince Zayed bin Omar Al Nasser, met the ' +
      'Secretary of State of the United States, John Carter, in Washington.';
    const events = extractFacts(u)
      .out.entities.filter((e) => e.type === 'Event')
      .map((e) => e.name);
    expect(events.some((n) => /Carter/.test(n))).toBe(true);
  });
});

describe('office.behalf-issuer', () => {
  const agency = (text: string) =>
    extractFacts(text, { file: 't.txt', date: '2024-05-03', source: 'Bahrain News Agency (BNA)' }).rels;
  it("gives a King named after 'on behalf of His Majesty' the issuer's state when the sentence's state has no King", () => {
    const t =
      'Washington, 3 May (BNA) -- The Crown Prince, who is on an official visit to the United States, signed the ' +
      'agreement on behalf of His Majesty King Omar bin Ali Al Nasser, while Secretary John Carter signed on behalf ' +
      'of the United States.';
    const r = agency(t);
    expect(r).toContain('HOLDS_OFFICE|Omar bin Ali Al Nasser|King of Bahrain');
    expect(r).not.toContain('HOLDS_OFFICE|Omar bin Ali Al Nasser|King of the United States');
  });
  it('leaves a signer named before "on behalf of" to the state he signs for', () => {
    const t =
      'Washington, 3 May (BNA) -- The agreement was signed by Ambassador John Carter on behalf of the United States.';
    expect(agency(t)).toContain('HOLDS_OFFICE|John Carter|Ambassador of the United States');
  });
});

describe('person.title-name-list-particles', () => {
  const agency = (text: string) =>
    extractFacts(text, { file: 't.txt', date: '2024-05-03', source: 'Bahrain News Agency (BNA)' }).rels;
  const lead = 'Manama, 3 May (BNA) -- The Crown Prince of Bahrain held talks with the Foreign Minister of Chile. ';
  it('keeps the first pair of a "the Title, Name, the Title, Name" list whose next name has particles', () => {
    const t =
      lead +
      'The talks were attended by the Minister of Foreign Affairs, Dr. Omar bin Ali Al Nasser, the Minister of ' +
      'Finance, Shaikh Zayed bin Khalid Al Nasser, and the Minister of Energy, Hamad Saleh.';
    const r = agency(t);
    expect(r).toContain('HOLDS_OFFICE|Omar bin Ali Al Nasser|Minister of Foreign Affairs of Bahrain');
    expect(r).toContain('HOLDS_OFFICE|Zayed bin Khalid Al Nasser|Minister of Finance of Bahrain');
  });
  it("still reads a title after a name as that name's own when no name follows it", () => {
    const t = lead + 'The talks were attended by the Minister of Foreign Affairs, Omar bin Ali Al Nasser, the host.';
    expect(agency(t)).toContain('HOLDS_OFFICE|Omar bin Ali Al Nasser|Minister of Foreign Affairs of Bahrain');
  });
});

describe('event.directed-to-meet', () => {
  it('reads a body of officials directed to meet as a planned meeting', () => {
    const t = 'The Summit directed the Chiefs of Defence Forces of the EAC and SADC to meet within five days.';
    expect(directedToMeet(t).map((d) => d.name)).toEqual([
      'meeting of the Chiefs of Defence Forces of the EAC and SADC',
    ]);
    const u = 'The leaders instructed the Ministers of Trade to convene before the end of the year.';
    expect(directedToMeet(u).map((d) => d.name)).toEqual(['meeting of the Ministers of Trade']);
  });
  it('needs a body of officials and the verb "meet" or "convene"', () => {
    expect(directedToMeet('The Summit directed the Secretariat to meet the costs of the mission.')).toEqual([]);
    expect(directedToMeet('The Summit directed the Chiefs of Defence Forces to prepare a plan.')).toEqual([]);
  });
  it('makes the planned meeting a subject of the meeting that directed it', () => {
    const t =
      'President Lena Moyo of Zambia chaired the Extraordinary Summit of the East African Community in Arusha on ' +
      '3 May 2024. The Summit directed the Chiefs of Defence Forces of the East African Community to meet within ' +
      'five days.';
    const ev = extractFacts(t, { date: '2024-05-03' }).out.entities.filter((e) => e.type === 'Event');
    const planned = ev.find((e) => e.name === 'meeting of the Chiefs of Defence Forces of the East African Community');
    expect(planned?.status).toBe('planned');
  });
});
