// Tests of the ent22 rules on made-up sentences (not the entities-2 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import {
  capitalActs,
  hostCapital,
  inTheSeat,
  leadsNamedBody,
  portfolioListNameEnd,
  withoutPossessiveState,
} from './rules-ent22.ts';
import { entityFacts, gazetteerStates } from './test-facts.ts';

const facts = entityFacts;
const ofType = (f: { names: Set<string> }, type: string) => [...f.names].filter((n) => n.startsWith(`${type}|`));
const states = gazetteerStates;

describe('office.in-the-seat (ent22)', () => {
  it('a seat of government after a minister is part of the title', () => {
    expect(inTheSeat(' in the Presidency, said', 0, 'Minister')).toBe(' in the Presidency'.length);
    expect(inTheSeat(" in the Prime Minister's Department said", 0, 'Minister')).toBeGreaterThan(0);
    expect(inTheSeat(" in the President's Office for Regional Administration", 0, 'Minister of State')).toBeGreaterThan(
      0,
    );
    const f = facts(
      "The Minister in the Prime Minister's Department, Azalina Othman Said, met the Attorney-General of Singapore.",
      'Prime Minister’s Office of Malaysia',
    );
    expect(f.rels).toContain(
      "HOLDS_OFFICE|Azalina Othman Said|Minister in the Prime Minister's Department of Malaysia",
    );
    expect(ofType(f, 'Office')).not.toContain('Office|Prime Minister of Malaysia');
  });
  it('not after another head, nor a place that is no seat of government', () => {
    expect(inTheSeat(' in the Presidency', 0, 'President')).toBe(0);
    expect(inTheSeat(' in the capital on Monday', 0, 'Minister')).toBe(0);
    expect(inTheSeat(' in the Office of the Prime Minister', 0, 'Minister')).toBe(0);
  });
});

describe('office.acronym-national-title (ent22)', () => {
  it('EAM, FM and DPM before a name are the offices they abbreviate; EAM is India’s', () => {
    const f = facts('EAM Dr. S. Jaishankar met FM Penny Wong of Australia in Canberra on Tuesday.');
    expect(f.rels).toContain('HOLDS_OFFICE|S. Jaishankar|External Affairs Minister of India');
    expect(f.rels).toContain('HOLDS_OFFICE|Penny Wong|Foreign Minister of Australia');
    const g = facts("Malaysia's DPM Fadillah Yusof opened the forum in Kuching.");
    expect(g.rels).toContain('HOLDS_OFFICE|Fadillah Yusof|Deputy Prime Minister of Malaysia');
  });
  it('not the letters without a name after them', () => {
    const f = facts('Three FM radio stations in the north of Ghana carried the broadcast.');
    expect(ofType(f, 'Office')).toEqual([]);
    expect(ofType(f, 'Person')).toEqual([]);
  });
});

describe('state.capital-actor (ent22)', () => {
  const isCap = (n: string) => ['Ankara', 'Athens', 'Kigali', 'Kinshasa'].includes(n);
  const acts = (text: string, cap: string) => {
    const at = text.indexOf(cap);
    return capitalActs(text, at, at + cap.length, isCap);
  };
  it('a capital as the subject of acting or saying, or the object of accusing, is its state', () => {
    expect(acts('Ankara welcomed the decision on Monday.', 'Ankara')).toBe(true);
    expect(acts('Ankara and Athens agreed to resume talks.', 'Ankara')).toBe(true);
    expect(acts('Ankara and Athens agreed to resume talks.', 'Athens')).toBe(true);
    expect(acts('The minister accused Kigali of backing the rebels.', 'Kigali')).toBe(true);
    const f = facts('Ankara welcomed the proposal, while Athens rejected it on Friday.');
    expect(ofType(f, 'State')).toEqual(expect.arrayContaining(['State|Turkey', 'State|Greece']));
  });
  it('not a capital after a preposition, nor Brussels, nor a capital with no verb of acting', () => {
    expect(acts('The delegation arrived in Ankara and held talks.', 'Ankara')).toBe(false);
    expect(acts('Flights between Ankara and Athens resumed.', 'Athens')).toBe(false);
    expect(acts('Kinshasa is a city of many millions.', 'Kinshasa')).toBe(false);
    expect(ofType(facts('The ministers met in Ankara on Monday to review trade.'), 'State')).toEqual([]);
    expect(ofType(facts('London and Brussels agreed to meet again in the spring.'), 'State')).not.toContain(
      'State|Belgium',
    );
  });
});

describe('office.leads-named-body (ent22)', () => {
  it('a body’s leader title over a commission, centre or organisation found by its form is that body’s', () => {
    expect(leadsNamedBody('Secretary General', 'Indian Ocean Commission')).toBe(true);
    expect(leadsNamedBody('Executive Secretary', 'Economic and Social Commission for Western Asia')).toBe(true);
    const f = facts(
      'Rola Dashti, Executive Secretary of the Economic and Social Commission for Western Asia, met the Foreign Minister of Jordan, Ayman Safadi.',
    );
    expect(f.rels).toContain(
      'OFFICE_OF|Executive Secretary of the Economic and Social Commission for Western Asia|Economic and Social Commission for Western Asia',
    );
    expect([...f.rels].filter((r) => r.startsWith('OFFICE_OF|Executive Secretary'))).toHaveLength(1);
  });
  it('not councils and secretariats, nor titles that lead no body', () => {
    expect(leadsNamedBody('Chairman', 'Presidential Council')).toBe(false);
    expect(leadsNamedBody('Secretary General', 'National Security Secretariat')).toBe(false);
    expect(leadsNamedBody('Minister', 'Development Bank')).toBe(false);
  });
});

describe('org.possessive-state-prefix and org.portfolio-list-name (ent22)', () => {
  it('a state’s possessive before a body is no part of its name', () => {
    const isState = (a: number, b: number) => a === 0 && b === 5;
    expect(withoutPossessiveState(0, "Japan's Fair Trade Commission", isState)).toEqual({
      s: 8,
      name: 'Fair Trade Commission',
    });
    expect(withoutPossessiveState(0, "Nobody's Fair Trade Commission", isState).name).toBe(
      "Nobody's Fair Trade Commission",
    );
    const f = facts("Japan's Fair Trade Commission opened an inquiry on Monday.");
    expect(ofType(f, 'Organization')).toContain('Organization|Fair Trade Commission');
    expect(ofType(f, 'Organization')).not.toContain("Organization|Japan's Fair Trade Commission");
  });
  it('a ministry’s name goes on over a list of portfolio words, not over other names', () => {
    const t = 'The Ministry of Trade, Industry and Tourism said';
    expect(portfolioListNameEnd(t, 'Ministry of Trade', 21)).toBe(t.indexOf(' said'));
    const u = 'The Ministry of Trade, Kenya and Uganda agreed';
    expect(portfolioListNameEnd(u, 'Ministry of Trade', 21)).toBe(21);
    expect(portfolioListNameEnd(t, 'Trade Commission', 21)).toBe(21);
  });
});

describe('office.host-in-capital (ent22)', () => {
  it('a bare title opening the sentence, whose holder receives in a capital, is the capital’s state’s', () => {
    expect(hostCapital('', 'Head of Government X Y received on Monday in Rabat the Prime Minister of Z.')).toBe(
      'Rabat',
    );
    expect(hostCapital('The ', 'Speaker A B hosted at the Parliament House in Canberra a delegation.')).toBe(
      'Canberra',
    );
    const f = facts(
      'Head of Government Saad Dine El Otmani received in Rabat the Prime Minister of Portugal, António Costa.',
    );
    expect(f.rels).toContain('OFFICE_OF|Head of Government of Morocco|Morocco');
    expect(f.rels).not.toContain('OFFICE_OF|Head of Government of Portugal|Portugal');
  });
  it('not a title inside the sentence, nor a holder who goes elsewhere', () => {
    expect(hostCapital('Later that day, ', 'Head of Government X Y received in Rabat the guest.')).toBeUndefined();
    expect(hostCapital('', 'Head of Government X Y travelled to Rabat on Monday.')).toBeUndefined();
  });
});

describe('smaller ent22 forms', () => {
  it('State Counsellor is an office, and "State Counsellor to President X" reports to X', () => {
    const f = facts('State Counsellor Aung San Suu Kyi met the Japanese Foreign Minister, Taro Kono, in Naypyitaw.');
    expect(f.rels).toContain('HOLDS_OFFICE|Aung San Suu Kyi|State Counsellor of Myanmar');
    const g = facts('Timur Bekov, State Counsellor to President Kassym-Jomart Tokayev, received the delegation.');
    expect(g.rels).toContain('REPORTS_TO|Timur Bekov|Kassym-Jomart Tokayev');
  });
  it('"CAR" is the Central African Republic, "car" no state', () => {
    expect(states('The CAR and Chad reopened their border.')).toEqual(['Central African Republic', 'Chad']);
    expect(states('The minister travelled by car to the border.')).toEqual([]);
  });
  it('a barracks named after a state is no state', () => {
    expect(states('The chiefs met at Burma Camp in Accra.')).toEqual([]);
    expect(states('Burma and Laos signed the border protocol.')).toEqual(['Myanmar', 'Laos']);
  });
  it('a name opening with the ʻokina, and a judge’s style', () => {
    const f = facts('Prime Minister ʻAkilisi Pōhiva of Tonga met the Prime Minister of Fiji, Frank Bainimarama.');
    expect(ofType(f, 'Person')).toContain('Person|ʻAkilisi Pōhiva');
    const g = facts(
      'Judge Joan Donoghue, President of the International Court of Justice, received the Foreign Minister of Chile.',
    );
    expect(ofType(g, 'Person')).toEqual(['Person|Joan Donoghue']);
  });
  it('portfolios in expenditure, digitalisation and industrial sovereignty are read whole', () => {
    const f = facts(
      'Minister for Public Expenditure and Digitalisation Paschal Donohoe met the French minister.',
      'Gov.ie',
    );
    expect(
      ofType(f, 'Office').some((o) => o.startsWith('Office|Minister for Public Expenditure and Digitalisation')),
    ).toBe(true);
  });
  it("an organisation's own title with a remit is the issuing organisation's, not the one state named", () => {
    const f = facts(
      'Commissioner for Trade and Economic Security Maroš Šefčovič met the Greek Minister of Economy and Finance, Kyriakos Pierrakakis.',
      'European Commission',
    );
    expect(f.rels).toContain('OFFICE_OF|European Commissioner for Trade and Economic Security|European Commission');
    expect([...f.rels].some((r) => /^OFFICE_OF\|.*Commissioner.*\|Greece$/.test(r))).toBe(false);
    const g = facts('Commissioner for Trade and Economic Security Maroš Šefčovič met Greek officials.', 'Reuters');
    expect(
      [...g.rels].some((r) => r.startsWith('OFFICE_OF|European Commissioner') && r.endsWith('|European Commission')),
    ).toBe(false);
  });
});
