// Tests of the off27 rules on made-up sentences (not the offices-2 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { pairedOtherState } from './rules-off27.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { roleFacts as facts } from './test-facts.ts';

describe('office.paired-state-leader (off27)', () => {
  it("a leader by title and surname after the issuer's leader: the state paired with the issuer's", () => {
    const f = facts(
      'Prime Minister Jonas Gahr Støre welcomed President Stubb to Oslo on 3 May. The two leaders reviewed the Norway–Finland border cooperation.',
      'Office of the Prime Minister of Norway',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Stubb|President of Finland');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Stubb|President of Norway');
  });
  it('one title twice, "between X and Y": the second holder the other state\'s', () => {
    const f = facts(
      'Prime Minister Carney and Prime Minister Starmer signed the agreement between Canada and the United Kingdom in Ottawa.',
      'Prime Minister of Canada',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Starmer|Prime Minister of the United Kingdom');
    expect(f.rels).toContain('HOLDS_OFFICE|Carney|Prime Minister of Canada');
  });
  it("negative: no pair with the issuer's state (a third state only discussed) leaves the guess alone", () => {
    const f = facts(
      'President Lula received President Peña in Brasília to discuss Bolivia’s accession to Mercosur.',
      'Presidency of Brazil',
    );
    expect(f.rels).not.toContain('HOLDS_OFFICE|Peña|President of Bolivia');
  });
  it("negative: a full name is not a surname-only mention; the first leader of the sentence keeps the issuer's post", () => {
    const f = facts(
      'Prime Minister Narendra Modi called on President Droupadi Murmu before the India–Japan summit.',
      'Prime Minister’s Office, India',
    );
    expect(f.rels).not.toContain('HOLDS_OFFICE|Droupadi Murmu|President of Japan');
    expect(f.rels).toContain('HOLDS_OFFICE|Narendra Modi|Prime Minister of India');
  });
  it("negative: an earlier leader of the paired state itself gives later surnames no side (the merge's mend)", () => {
    const f = facts(
      'Prime Minister Mark Carney of Canada and I opened the United Kingdom–Canada summit in London. Prime Minister Carney and I signed a new charter, which builds on the one signed by Prime Ministers Johnson and Trudeau in 2021.',
      'Prime Minister of the United Kingdom',
    );
    expect(f.rels).not.toContain('HOLDS_OFFICE|Johnson|Prime Minister of Canada');
  });
  it('pairedOtherState: dashes and "between … and", never two other states', () => {
    const at = (t: string, home: string) => pairedOtherState(t, findGazetteerHits(t), home);
    expect(at('the Brazil–France partnership', 'Brazil')).toBe('France');
    expect(at('relations between Greece and Italy', 'Greece')).toBe('Italy');
    expect(at('Greece and Italy met', 'Greece')).toBeUndefined();
    expect(at('the Brazil–France and Brazil–Chile partnerships', 'Brazil')).toBeUndefined();
  });
});

describe('office.subnational (off27)', () => {
  it('"The Governor of X State, Mr A", "Y Premier B": each office OFFICE_OF its country', () => {
    const f = facts(
      'The Governor of Kano State, Mr. Abba Yusuf, received Ontario Premier Doug Ford in Kano.',
      'Kano State Government',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Abba Yusuf|Governor of Kano State');
    expect(f.rels).toContain('OFFICE_OF|Governor of Kano State|Nigeria');
    expect(f.rels).toContain('HOLDS_OFFICE|Doug Ford|Premier of Ontario');
    expect(f.rels).toContain('OFFICE_OF|Premier of Ontario|Canada');
    expect(f.rels).not.toContain('OFFICE_OF|Premier of Ontario|Nigeria');
  });
  it('"Premier A of Quebec", "the First Minister of Wales, B", "Chief Minister Sindh C"', () => {
    const f = facts(
      'Premier Marie Tremblay of Quebec met the First Minister of Wales, Eluned Morgan, and Chief Minister Sindh Murad Ali Shah in London.',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Marie Tremblay|Premier of Quebec');
    expect(f.rels).toContain('OFFICE_OF|Premier of Quebec|Canada');
    expect(f.rels).toContain('OFFICE_OF|First Minister of Wales|United Kingdom');
    expect(f.rels).toContain('HOLDS_OFFICE|Murad Ali Shah|Chief Minister of Sindh');
    expect(f.people).not.toContain('Sindh Murad Ali Shah');
  });
  it('a unit two states share takes the one the text names; none named, no sub-national office', () => {
    const named = facts('Chief Minister of Punjab Bhagwant Mann met investors from India and Canada in Chandigarh.');
    expect(named.rels).toContain('OFFICE_OF|Chief Minister of Punjab|India');
    const none = facts('Chief Minister of Punjab Ali Khan met investors in Lahore.');
    expect([...none.rels].filter((r) => r.includes('Chief Minister of Punjab'))).toEqual([]);
  });
  it("negative: a central bank's Governor and a state's President stay as they were", () => {
    const f = facts(
      'The Governor of the Central Bank of Kenya, Kamau Thugge, met President Ruto and the President of the Regional Government of the Azores, José Bolieiro.',
      'State House Kenya',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Kamau Thugge|Governor of the Central Bank of Kenya');
    expect(f.rels).toContain('OFFICE_OF|President of the Regional Government of the Azores|Portugal');
    expect(f.rels).not.toContain('HOLDS_OFFICE|José Bolieiro|President of Kenya');
  });
});

describe('party and organisation offices (off27)', () => {
  it('office.lowercase-party-secretary: "X, general secretary of the CPC Central Committee" OFFICE_OF the party', () => {
    const f = facts(
      'Xi Jinping, general secretary of the Communist Party of China (CPC) Central Committee, met Prime Minister Hun Manet in Beijing.',
      'CGTN',
    );
    expect(f.rels).toContain(
      'OFFICE_OF|General secretary of the Communist Party of China Central Committee|Communist Party of China',
    );
    expect([...f.rels].filter((r) => r.startsWith('OFFICE_OF|General secretary') && r.endsWith('|China'))).toEqual([]);
  });
  it("a ruling party's office is the party's, the state office beside it the state's (Communist Party of Cuba)", () => {
    const f = facts(
      'The First Secretary of the Communist Party of Cuba, Miguel Díaz-Canel, received Prime Minister Gaston Browne in Havana.',
      'Cubaminrex',
    );
    expect(f.rels).toContain('OFFICE_OF|First Secretary of the Communist Party of Cuba|Communist Party of Cuba');
    expect(f.rels).not.toContain('OFFICE_OF|First Secretary of the Communist Party of Cuba|Cuba');
  });
  it('"IMF Managing Director X", "the Managing Director of the IMF, Y"; a company\'s Managing Director no office', () => {
    const f = facts(
      'IMF Managing Director Ana Lopez met the Finance Minister, and the Deputy Managing Director of the IMF, Ken Ito, met the Managing Director of Tata Motors, Rahul Mehta.',
      'Ministry of Finance of Ghana',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Ana Lopez|Managing Director of the International Monetary Fund');
    expect(f.rels).toContain(
      'OFFICE_OF|Deputy Managing Director of the International Monetary Fund|International Monetary Fund',
    );
    expect([...f.rels].filter((r) => r.startsWith('HOLDS_OFFICE|Rahul Mehta') || r.includes('of Tata'))).toEqual([]);
    expect([...f.rels].filter((r) => /Managing Director of Ghana/.test(r))).toEqual([]);
  });
});

describe('titles in lists and tables (off27)', () => {
  it('office.parenthesis-state-end: "A, Minister of … (State);" each title its parenthesis\'s state', () => {
    const f = facts(
      'The meeting was attended by: Ana Silva, Minister of Foreign Affairs (Timor-Leste); and Rui Costa, Deputy Prime Minister and Minister of Defence (Portugal).',
      'Ministry of Foreign Affairs of Indonesia',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Ana Silva|Minister of Foreign Affairs of Timor-Leste');
    expect(f.rels).toContain('HOLDS_OFFICE|Rui Costa|Minister of Defence of Portugal');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Ana Silva|Minister of Foreign Affairs of Indonesia');
    expect([...f.rels].filter((r) => r.includes('(Portugal)') || r.includes('(Timor-Leste)'))).toEqual([]);
  });
  it('a parenthesis that is no state stays in the title ("(Trade)")', () => {
    const f = facts('Ana Silva, Deputy Minister (Trade), met the delegation in Dili.', 'Government of Timor-Leste');
    expect([...f.rels].some((r) => r.startsWith('HOLDS_OFFICE|Ana Silva|Deputy Minister (Trade)'))).toBe(true);
  });
  it('office.table-row-cells: "| Name | Title | Country |" rows', () => {
    const f = facts(
      'Participants:\n\n| Name | Title | Country |\n| --- | --- | --- |\n| Maria Ruiz | Minister of Foreign Affairs | Chile |\n| Tomas Berg | State Secretary | Norway |\n| Observers | World Bank | - |',
      'Ministry of Foreign Affairs of Chile',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Maria Ruiz|Minister of Foreign Affairs of Chile');
    expect(f.rels).toContain('HOLDS_OFFICE|Tomas Berg|State Secretary of Norway');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Tomas Berg|State Secretary of Chile');
    expect(f.people).not.toContain('Name');
    expect(f.people).not.toContain('Observers');
  });
});

describe('office.met-in-place and designates (off27)', () => {
  it('"held talks with Prime Minister B in <capital>": the capital\'s state', () => {
    const f = facts(
      'Foreign Minister Ana Lima held talks with Prime Minister Kamal Rahman in Dhaka on 4 May, and the two sides signed a visa waiver.',
      'Ministry of Foreign Affairs of Brazil',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Kamal Rahman|Prime Minister of Bangladesh');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Kamal Rahman|Prime Minister of Brazil');
  });
  it("negative: met in the issuer's own capital, or at a city that is no capital, leaves the guess alone", () => {
    const home = facts(
      'President Ana Lima met Prime Minister Kamal Rahman in Brasília on 4 May.',
      'Presidency of Brazil',
    );
    expect(home.rels).not.toContain('HOLDS_OFFICE|Kamal Rahman|Prime Minister of Bangladesh');
    const city = facts(
      'Foreign Minister Ana Lima met Minister of Trade Kamal Rahman in Geneva on 4 May.',
      'Ministry of Foreign Affairs of Brazil',
    );
    expect(city.rels).not.toContain('HOLDS_OFFICE|Kamal Rahman|Minister of Trade of Switzerland');
  });
  it('"Prime Minister-designate A": the designation, not the office', () => {
    const f = facts(
      'President Ana Lima received Prime Minister-designate Omar Haddad at the palace.',
      'Presidency of Lebanon',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Omar Haddad|Prime Minister-designate of Lebanon');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Omar Haddad|Prime Minister of Lebanon');
  });
});
