// Unit tests of people and office rules on readout styles of governments absent from the dev set. Fixture origins
// (all written for this project in our own words, loosely after public reports; details simplified, not copied):
// 2024-04-17-singapore-new-zealand.txt — Lee Hsien Loong and Christopher Luxon at the Istana, April 2024;
// 2023-02-10-australia-indonesia-ministers.txt — Penny Wong and Retno Marsudi (Australian media-release style);
// 2024-01-12-uk-ukraine-kyiv.txt — the UK Prime Minister and President Zelenskyy in Kyiv, January 2024 (No 10 style);
// 2023-06-12-eu-brazil-brasilia.txt — Ursula von der Leyen and Lula in Brasília, June 2023 (Commission style);
// 2024-02-12-us-jordan-white-house.txt — President Biden and King Abdullah II at the White House, February 2024.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const names = (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name);
  return { out, rels, names };
}
const fixture = (f: string) =>
  facts(readFileSync(new URL(`../../test/fixtures/readouts/${f}`, import.meta.url).pathname, 'utf8'), f);

describe('Singapore PMO style', () => {
  const { rels, names } = fixture('2024-04-17-singapore-new-zealand.txt');

  it('stops "Prime Minister of New Zealand" before the name and reads "PM Lee"', () => {
    expect(rels).toContain('HOLDS_OFFICE|Christopher Luxon|Prime Minister of New Zealand');
    expect(rels).toContain('HOLDS_OFFICE|Lee Hsien Loong|Prime Minister of Singapore');
    expect(names('Person')).not.toContain('Lee');
  });

  it('drops "Dr" from the title and reads a possessive state of two words', () => {
    expect(rels).toContain('HOLDS_OFFICE|Vivian Balakrishnan|Minister for Foreign Affairs of Singapore');
    expect(rels).toContain('HOLDS_OFFICE|Winston Peters|Minister of Foreign Affairs of New Zealand');
  });
});

describe('Australian ministerial style', () => {
  const { rels, names } = fixture('2023-02-10-australia-indonesia-ministers.txt');

  it('drops "Senator the Hon", "the Hon" and "MP", and keeps initials inside a name', () => {
    expect(names('Person').sort()).toEqual(['Penny Wong', 'Retno L.P. Marsudi', 'Richard Marles']);
    expect(rels).toContain('HOLDS_OFFICE|Penny Wong|Minister for Foreign Affairs of Australia');
    expect(rels).toContain('HOLDS_OFFICE|Retno L.P. Marsudi|Foreign Minister of Indonesia');
  });

  it('gives both titles of "The Deputy Prime Minister and Minister for Defence, the Hon …" to the one name', () => {
    expect(rels).toContain('HOLDS_OFFICE|Richard Marles|Deputy Prime Minister of Australia');
    expect(rels).toContain('HOLDS_OFFICE|Richard Marles|Minister for Defence of Australia');
  });
});

describe('No 10 style', () => {
  const { rels, names } = fixture('2024-01-12-uk-ukraine-kyiv.txt');

  it('creates no person for the unnamed Prime Minister and reads the named ones', () => {
    expect(names('Person').sort()).toEqual(['David Cameron', 'Zelenskyy']);
    expect(rels).toContain('HOLDS_OFFICE|Zelenskyy|President of Ukraine');
    expect(rels).toContain('PARTY_TO|Ukraine|UK-Ukraine Agreement on Security Cooperation');
  });
});

describe('European Commission style', () => {
  const { rels } = fixture('2023-06-12-eu-brazil-brasilia.txt');

  it("gives the organisation's president its office and a bare minister the one state the readout names", () => {
    expect(rels).toContain('HOLDS_OFFICE|Ursula von der Leyen|President of the European Commission');
    expect(rels).toContain('HOLDS_OFFICE|Luiz Inácio Lula da Silva|President of Brazil');
    expect(rels).toContain('HOLDS_OFFICE|Mauro Vieira|Minister of Foreign Affairs of Brazil');
  });
});

describe('White House style with a monarch', () => {
  const { rels, names } = fixture('2024-02-12-us-jordan-white-house.txt');

  it('keeps a regnal number in the name and apart from a relative named after him', () => {
    expect(names('Person')).toEqual(expect.arrayContaining(['Abdullah II', 'Hussein bin Abdullah']));
    expect(rels).toContain('HOLDS_OFFICE|Abdullah II|King of Jordan');
  });

  it("gives the guest's state a title the issuing republic does not have", () => {
    expect(rels).toContain('HOLDS_OFFICE|Hussein bin Abdullah|Crown Prince of Jordan');
    expect(rels).toContain('HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations');
  });
});

describe('titles of other governments on short texts', () => {
  it('reads portfolios joined by "and", an honorific without a dot and a possessive state', () => {
    const { rels } = facts(
      "President hosts President of Kenya\nNovember 20, 2023\n\nPresident Sipho Dlamini today hosted President Daniel Otieno of Kenya at the Union Buildings. They were joined by the Minister of International Relations and Cooperation, Dr Thandi Mokoena, and by Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Dr James Kamau.",
    );
    expect(rels).toContain('HOLDS_OFFICE|Sipho Dlamini|President of South Africa');
    expect(rels).toContain(
      'HOLDS_OFFICE|Thandi Mokoena|Minister of International Relations and Cooperation of South Africa',
    );
    expect(rels).toContain('HOLDS_OFFICE|James Kamau|Cabinet Secretary for Foreign and Diaspora Affairs of Kenya');
  });

  it('splits "Member of … Committee and Director of the Office of …" into two offices', () => {
    const { names } = facts(
      'Wang Meets with Secretary of State\nJune 19, 2023\n\nOn June 19, Wang Ming, Member of the Political Bureau of the CPC Central Committee and Director of the Office of the Central Foreign Affairs Commission, met with U.S. Secretary of State John Carter in Beijing.',
    );
    expect(names('Office')).toContain('Member of the Political Bureau of the CPC Central Committee');
    expect(names('Office')).toContain('Director of the Office of the Central Foreign Affairs Commission');
  });

  it("gives a title the issuer does not have to the other side (a former US Secretary of State in China's readout)", () => {
    const { rels } = facts(
      'Wang Meets with Secretary of State\nJune 19, 2023\n\nOn June 19, Foreign Minister Wang Ming of China met with U.S. Secretary of State John Carter in Beijing. Wang Ming recalled the visits of former Secretary of State Henry Smith to China.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Henry Smith|Secretary of State of the United States');
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Henry Smith|') && r.endsWith('of China'))).toBe(false);
  });

  it("does not give the one named state's leader title to a second person", () => {
    const { rels } = facts(
      "Readout of the Call\nApril 2, 2024\n\nPresident Tom Hale spoke today with President Li Wei of the People's Republic of China. They recalled the meeting of Presidents Tom Hale and Li Wei in November.",
    );
    expect(rels).toContain('HOLDS_OFFICE|Li Wei|President of China');
    expect(rels).not.toContain('HOLDS_OFFICE|Tom Hale|President of China');
  });

  it('takes the parties "between" whom an agreement was signed, the full name of a state and a front', () => {
    const { rels, names } = facts(
      "State Visit\nNovember 10, 2022\n\nPresident Sipho Dlamini hosted President Daniel Otieno of Kenya. The Presidents welcomed the Cessation of Hostilities Agreement signed in Pretoria on 2 November 2022 between the Government of Ethiopia and the Tigray People's Liberation Front, and discussed the eastern Democratic Republic of the Congo.",
    );
    expect(rels).toContain('PARTY_TO|Ethiopia|Cessation of Hostilities Agreement');
    expect(rels).toContain("PARTY_TO|Tigray People's Liberation Front|Cessation of Hostilities Agreement");
    expect(rels).not.toContain('PARTY_TO|Kenya|Cessation of Hostilities Agreement');
    expect(names('State')).toContain('DR Congo');
    expect(names('State')).not.toContain('Republic of the Congo');
    expect(names('Person')).not.toContain('Liberation Front');
  });

  it('reads a slash pair of titles as one office of the Union', () => {
    const { rels, names } = facts(
      'High Representative meets Foreign Minister of Brazil\nMay 12, 2023\n\nHigh Representative/Vice-President Ana Lopez met today with the Minister of Foreign Affairs of Brazil, Carlos Souza.',
    );
    expect(names('Person')).toContain('Ana Lopez');
    expect(rels).toContain('HOLDS_OFFICE|Ana Lopez|High Representative of the European Union');
    expect(rels).toContain('HOLDS_OFFICE|Carlos Souza|Minister of Foreign Affairs of Brazil');
  });
});
