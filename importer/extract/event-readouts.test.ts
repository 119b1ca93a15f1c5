// Unit tests of event, topic and party rules on readouts of our own in styles the dev set lacks. Fixture origins (all
// written for this project in our own words, loosely after public reports of real meetings; not copied):
// 2022-10-22-australia-japan-leaders-meeting.txt — Albanese and Kishida in Perth, 22 October 2022 (PM media-release
//   style with a generic title);
// 2022-03-30-uk-turkey-call.txt — Liz Truss and Mevlüt Çavuşoğlu, March 2022, after the Istanbul talks (gov.uk style);
// 2023-09-11-india-saudi-arabia-talks.txt — Modi and Mohammed bin Salman in New Delhi after the G20 summit (MEA style);
// 2024-03-02-canada-italy-toronto.txt — Trudeau and Meloni in Toronto, March 2024 (Canadian PMO style);
// 2022-11-10-south-africa-kenya-state-visit.txt — Ramaphosa and Ruto in Pretoria, November 2022 (Presidency style);
// 2021-06-02-eu-indonesia-jakarta.txt — Borrell and Retno Marsudi in Jakarta, June 2021 (EEAS style);
// 2024-06-19-new-zealand-japan-tokyo.txt — Luxon and Kishida in Tokyo, June 2024 (Beehive style);
// 2023-09-20-brazil-ukraine-new-york.txt — Lula and Zelenskyy in New York, September 2023 (Planalto style).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const names = (type: string) => out.entities.filter((e) => e.type === type).map((e) => e.name);
  const entity = (type: string, n: string) => out.entities.find((e) => e.type === type && e.name === n);
  const from = (type: string, n: string) => [...rels].filter((r) => r.startsWith(`${type}|${n}|`));
  return { out, rels, names, entity, from };
}
const fixture = (f: string) =>
  facts(readFileSync(new URL(`../../test/fixtures/readouts/${f}`, import.meta.url).pathname, 'utf8'), f);

describe('generic title over an opening that names the meeting', () => {
  const { rels, names, entity, from } = fixture('2022-10-22-australia-japan-leaders-meeting.txt');
  const main = "Australia-Japan Leaders' Meeting";

  it('makes one event, the named one, with the title as an alias', () => {
    expect(names('Event')).toContain(main);
    expect(names('Event')).not.toContain('Meeting with the Prime Minister of Japan');
    expect(entity('Event', main)?.aliases).toContain('Meeting with the Prime Minister of Japan');
    expect(rels).toContain(`PARTICIPATED_IN|Anthony Albanese|${main}`);
    expect(rels).toContain(`PARTICIPATED_IN|Fumio Kishida|${main}`);
  });

  it('does not make the meeting involve or discuss its own two states', () => {
    expect(from('INVOLVES', main)).toEqual([]);
    expect(rels).not.toContain(`DISCUSSED|${main}|Australia`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Japan`);
  });

  it('reads "Russia\'s invasion of Ukraine" as an incident of both states, discussed', () => {
    const inv = "Russia's invasion of Ukraine";
    expect(entity('Event', inv)?.aliases).toContain('invasion of Ukraine');
    expect(rels).toContain(`DISCUSSED|${main}|${inv}`);
    expect(rels).toContain(`INVOLVES|${inv}|Russia`);
    expect(rels).toContain(`INVOLVES|${inv}|Ukraine`);
  });

  it('takes "the situation on the Korean Peninsula" as no event, and the Quad as a subject', () => {
    expect(names('Event').some((n) => /situation/i.test(n))).toBe(false);
    expect(rels).toContain(`DISCUSSED|${main}|Quad`);
  });
});

describe('talks named by their parties', () => {
  const { rels, names } = fixture('2022-03-30-uk-turkey-call.txt');
  const main = "Foreign Secretary's call with the Turkish Foreign Minister";

  it('discusses the state of a "situation in Ukraine", not a situation event', () => {
    expect(names('Event').some((n) => /situation/i.test(n))).toBe(false);
    expect(rels).toContain(`DISCUSSED|${main}|Ukraine`);
  });

  it('makes "negotiations between Russia and Ukraine" an event involving both, discussed by the call', () => {
    const neg = 'negotiations between Russia and Ukraine';
    expect(rels).toContain(`DISCUSSED|${main}|${neg}`);
    expect(rels).toContain(`INVOLVES|${neg}|Russia`);
    expect(rels).toContain(`INVOLVES|${neg}|Ukraine`);
    const talks = 'talks between the Russian and Ukrainian delegations in Istanbul';
    expect(rels).toContain(`INVOLVES|${talks}|Russia`);
    expect(rels).toContain(`INVOLVES|${talks}|Ukraine`);
  });

  it('gives the call its two speakers, and keeps a state thanked for hosting out of the subjects only', () => {
    expect(rels).toContain(`PARTICIPATED_IN|Liz Truss|${main}`);
    expect(rels).toContain(`PARTICIPATED_IN|Mevlüt Çavuşoğlu|${main}`);
    expect(rels).toContain(`DISCUSSED|${main}|Russia`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Turkey`);
  });
});

describe('an agreement announced at a summit', () => {
  const { rels } = fixture('2023-09-11-india-saudi-arabia-talks.txt');
  const main = "Prime Minister's meeting with the Crown Prince and Prime Minister of Saudi Arabia";
  const mou = 'Memorandum of Understanding on the India-Middle East-Europe Economic Corridor';
  const summit = "G20 Leaders' Summit";

  it('reaches the agreement at the summit, which is not a subject nor attended by the pair', () => {
    expect(rels).toContain(`REACHED_AT|${mou}|${summit}`);
    expect(rels).toContain(`DISCUSSED|${main}|${mou}`);
    expect(rels).not.toContain(`DISCUSSED|${main}|${summit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Narendra Modi|${summit}`);
  });

  it('places the meeting in the visit during which it was held; the host does not make the visit', () => {
    const visit = 'State Visit of the Crown Prince to India';
    expect(rels).toContain(`PART_OF|${main}|${visit}`);
    expect(rels).toContain(`PARTICIPATED_IN|Mohammed bin Salman|${visit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Narendra Modi|${visit}`);
    expect(rels).not.toContain(`DISCUSSED|${main}|${visit}`);
  });
});

describe('Canadian PMO: a war of aggression and a visit of the guest', () => {
  const { rels, entity } = fixture('2024-03-02-canada-italy-toronto.txt');
  const war = "Russia's illegal and unjustifiable war of aggression against Ukraine";

  it('keeps the actor and adjectives in the name, the bare war as an alias, both states involved', () => {
    expect(entity('Event', war)?.aliases).toContain('war of aggression against Ukraine');
    expect(rels).toContain(`INVOLVES|${war}|Russia`);
    expect(rels).toContain(`INVOLVES|${war}|Ukraine`);
  });

  it('gives the visit to the guest, not to the host who welcomed her', () => {
    const visit = 'first official visit to Canada';
    expect(rels).toContain(`PARTICIPATED_IN|Giorgia Meloni|${visit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Justin Trudeau|${visit}`);
  });
});

describe('South African Presidency: a State Visit title and a commission session', () => {
  const { rels, names } = fixture('2022-11-10-south-africa-kenya-state-visit.txt');
  const visit = 'State Visit by President William Ruto of the Republic of Kenya';
  const session = 'inaugural session of the South Africa-Kenya Bi-National Commission';

  it('names the visit by its whole title and gives it to the visitor only', () => {
    expect(names('Event')).toContain(visit);
    expect(rels).toContain(`PARTICIPATED_IN|William Ruto|${visit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Cyril Ramaphosa|${visit}`);
  });

  it('makes the co-chaired session an event of the visit, held by both presidents', () => {
    expect(rels).toContain(`PART_OF|${session}|${visit}`);
    expect(rels).toContain(`PARTICIPATED_IN|Cyril Ramaphosa|${session}`);
    expect(rels).toContain(`PARTICIPATED_IN|William Ruto|${session}`);
  });
});

describe('EEAS: "X meets Y" title under a label, during a visit', () => {
  const { rels, names, entity } = fixture('2021-06-02-eu-indonesia-jakarta.txt');
  const main = 'Borrell-Marsudi meeting in Jakarta';

  it('names the meeting after the two, with the title without its "Indonesia:" label as a form, part of the visit', () => {
    expect(names('Event')).toContain(main);
    expect(entity('Event', main)?.aliases).toContain(
      'High Representative/Vice-President Josep Borrell meets Foreign Minister Retno Marsudi',
    );
    expect(rels).toContain(`PARTICIPATED_IN|Retno Marsudi|${main}`);
    expect(rels).toContain(`PART_OF|${main}|visit to Indonesia`);
    expect(rels).not.toContain('PARTICIPATED_IN|Retno Marsudi|visit to Indonesia');
  });

  it('discusses Myanmar, not an undated "situation", and the meeting still to come', () => {
    expect(names('Event').some((n) => /situation/i.test(n))).toBe(false);
    expect(rels).toContain(`DISCUSSED|${main}|Myanmar`);
    expect(rels).toContain(`DISCUSSED|${main}|EU-ASEAN Ministerial Meeting`);
  });
});

describe('Beehive: launches condemned, conflicts named by their parties', () => {
  const { rels } = fixture('2024-06-19-new-zealand-japan-tokyo.txt');
  const main = 'Luxon-Kishida meeting in Tokyo';

  it('reads condemned launches and a two-party conflict as incidents of their actors', () => {
    expect(rels).toContain(`DISCUSSED|${main}|North Korea's ballistic missile launches`);
    expect(rels).toContain("INVOLVES|North Korea's ballistic missile launches|North Korea");
    expect(rels).toContain('INVOLVES|Israel-Hamas conflict|Israel');
    expect(rels).toContain('INVOLVES|Israel-Hamas conflict|Hamas');
  });

  it("discusses the summit to come but not the leaders' own states", () => {
    expect(rels).toContain(`DISCUSSED|${main}|NATO Summit`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Japan`);
    expect(rels).not.toContain(`DISCUSSED|${main}|New Zealand`);
  });
});

describe('Planalto: disasters, a session of a UN body and a conference code', () => {
  const { rels, names } = fixture('2023-09-20-brazil-ukraine-new-york.txt');
  const main = 'Lula-Zelenskyy meeting in New York';
  const unga = '78th session of the United Nations General Assembly';

  it('makes disasters events of the state struck, discussed', () => {
    expect(rels).toContain(`DISCUSSED|${main}|earthquake in Morocco`);
    expect(rels).toContain('INVOLVES|earthquake in Morocco|Morocco');
    expect(rels).toContain('INVOLVES|floods in Libya|Libya');
  });

  it('puts the meeting on the margins of the session, one way only, and knows COP28', () => {
    expect(rels).toContain(`PART_OF|${main}|${unga}`);
    expect(rels).not.toContain(`PART_OF|${unga}|${main}`);
    expect(names('Event')).toContain('COP28 in Dubai');
    expect(rels).toContain(`DISCUSSED|${main}|COP28 in Dubai`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Brazil`);
  });
});

// Constructed snippets (not readouts of real meetings): the edge cases of the generic-title rule.
describe('generic title: which opening event is the meeting', () => {
  it('merges a named call held in the opening into the title event', () => {
    const { rels, entity } = facts(
      'Telephone conversation with the President of the Republic of Korea\n2 May 2023\n\nPrime Minister Kishida ' +
        'Fumio held the Japan-ROK Summit Telephone Talk with President Yoon Suk Yeol of the Republic of Korea.\n',
    );
    const call = 'Japan-ROK Summit Telephone Talk';
    expect(entity('Event', call)?.aliases).toContain(
      'Telephone conversation with the President of the Republic of Korea',
    );
    expect(rels).toContain(`PARTICIPATED_IN|Yoon Suk Yeol|${call}`);
  });

  it("does not take an organisation's summit the leader was at for the meeting", () => {
    const { rels, names } = facts(
      'Meeting with the Prime Minister of Sweden\n11 July 2023\n\nPrime Minister Kishida Fumio, who was in ' +
        'Vilnius for the NATO Summit, held a meeting with Prime Minister Ulf Kristersson of Sweden.\n',
    );
    const main = 'Meeting with the Prime Minister of Sweden';
    expect(names('Event')).toContain(main);
    expect(rels).toContain(`PARTICIPATED_IN|Kishida Fumio|${main}`);
    expect(rels).toContain(`PARTICIPATED_IN|Ulf Kristersson|${main}`);
  });
});
