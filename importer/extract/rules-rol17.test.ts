// The rol17 round's tests (issue 6, construction 8): the rules written on the eighth, blind roles bank
// (bank-roles-8.ts), each on made-up sentences other than the bank's, with negatives.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import { ROL17_PATTERNS } from './rules-rol17.ts';

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 't.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;
const roleOf = (r: Set<string>, who: string) =>
  [...r].filter((f) => f.startsWith(`NEGOTIATES_FOR|${who}|`) || f.startsWith(`REPORTS_TO|${who}|`));

describe('negotiates-for.led-side-in-talks', () => {
  it('reads "led the Japanese side in the consultations"', () => {
    const r = facts(
      'Director-General Kanai Masaaki led the Japanese side in the consultations with the Chinese side on the fisheries agreement.',
    );
    expect(r.has('NEGOTIATES_FOR|Masaaki Kanai|Japan') || r.has('NEGOTIATES_FOR|Kanai Masaaki|Japan')).toBe(true);
    expect(
      [...r].some((f) => /^NEGOTIATES_FOR\|Kanai Masaaki\|China$|^NEGOTIATES_FOR\|Masaaki Kanai\|China$/.test(f)),
    ).toBe(false);
  });
  it('reads "who led Chile in the talks"', () => {
    const r = facts(
      'Foreign Minister Javiera Toro, who led Chile in the talks on the lithium accord, returned to Santiago.',
    );
    expect(r.has('NEGOTIATES_FOR|Javiera Toro|Chile')).toBe(true);
  });
  it('gives nothing for a side led at a summit', () => {
    const r = facts('Prime Minister Jonas Gahr Støre led the Norwegian side at the summit in Oslo.');
    expect(roleOf(r, 'Jonas Gahr Støre')).toEqual([]);
  });
  it('gives nothing for a state led in another sense ("led Chile to victory")', () => {
    const r = facts('Coach Ricardo Gareca led Chile in the qualifiers for the World Cup.');
    expect(roleOf(r, 'Ricardo Gareca')).toEqual([]);
  });
});

describe('negotiates-for.head-of-team-after-titles and negotiates-for.was-states-negotiator', () => {
  it('reads "X, Vice Minister of Commerce and head of the Chinese negotiating team"', () => {
    const r = facts(
      'Li Chenggang, Vice Minister of Commerce and head of the Chinese negotiating team, met the Australian delegation in Canberra.',
    );
    expect(r.has('NEGOTIATES_FOR|Li Chenggang|China')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Li Chenggang|Australia')).toBe(false);
  });
  it('reads "X, the ambassador in Geneva, was Peru\'s chief negotiator"', () => {
    const r = facts(
      "Ambassador Luis Chuquihuara, the Permanent Representative in Geneva, was Peru's chief negotiator in the fisheries talks.",
    );
    expect(r.has('NEGOTIATES_FOR|Luis Chuquihuara|Peru')).toBe(true);
  });
  it("gives nothing to a person who met a state's negotiator", () => {
    const r = facts("Minister Anna Lindh met Peru's chief negotiator in Lima.");
    expect(roleOf(r, 'Anna Lindh')).toEqual([]);
  });
});

describe('negotiates-for.concluded-states-negotiations', () => {
  it('reads "concluded Iceland\'s negotiations on"', () => {
    const r = facts(
      "Minister Thorgerdur Katrin Gunnarsdottir concluded Iceland's negotiations on the fisheries agreement with the Faroe Islands.",
    );
    expect(r.has('NEGOTIATES_FOR|Thorgerdur Katrin Gunnarsdottir|Iceland')).toBe(true);
  });
  it("gives nothing for a state's negotiations only welcomed", () => {
    const r = facts(
      "Minister Thorgerdur Katrin Gunnarsdottir welcomed Norway's negotiations on the fisheries agreement.",
    );
    expect(roleOf(r, 'Thorgerdur Katrin Gunnarsdottir')).toEqual([]);
  });
});

describe('negotiates-for.represented-after-phrase and negotiates-for.government-represented-by', () => {
  it('reads a side "at the round … was represented by"', () => {
    const r = facts(
      'The Moldovan side at the fourth round of the talks on the transport agreement was represented by Deputy Prime Minister Oleg Serebrian.',
    );
    expect(r.has('NEGOTIATES_FOR|Oleg Serebrian|Moldova')).toBe(true);
  });
  it('reads "was represented in the mediation … by its envoy, former President X"', () => {
    const r = facts(
      'The African Union was represented in the mediation between the two parties by its High Representative, former President Olusegun Obasanjo.',
    );
    expect(r.has('NEGOTIATES_FOR|Olusegun Obasanjo|African Union')).toBe(true);
  });
  it('reads "The Government was represented in the talks … by X" as the readout\'s state', () => {
    const r = facts(
      'The Government was represented in the talks with the armed group by Senator Iván Cepeda.',
      'Presidencia de la República de Colombia',
    );
    expect(r.has('NEGOTIATES_FOR|Iván Cepeda|Colombia')).toBe(true);
  });
  it('gives nothing for a side represented at the opening of an assembly', () => {
    const r = facts(
      'Finland at the opening of the General Assembly was represented by President Alexander Stubb, who spoke on the talks.',
    );
    expect(roleOf(r, 'Alexander Stubb')).toEqual([]);
  });
  it('gives no state to an unnamed government without talks', () => {
    const r = facts('The Government was represented by Minister Ana Paula at the ceremony.', 'Government of Portugal');
    expect(roleOf(r, 'Ana Paula')).toEqual([]);
  });
});

describe('negotiates-for.in-capacity-as', () => {
  it('reads "in her capacity as the OSCE Chair\'s Special Representative"', () => {
    const r = facts(
      "Ambassador Jana Kobzova visited Chisinau in her capacity as the OSCE Chair's Special Representative for the settlement talks.",
    );
    expect(r.has('NEGOTIATES_FOR|Jana Kobzova|OSCE')).toBe(true);
  });
  it("gives nothing for a capacity that is no envoy's", () => {
    const r = facts("Ambassador Jana Kobzova spoke in her capacity as the OSCE's longest-serving diplomat.");
    expect(roleOf(r, 'Jana Kobzova')).toEqual([]);
  });
});

describe('team lists', () => {
  it('reads a leader\'s negotiating team that "comprised" A and B (negotiates-for.leaders-team-members)', () => {
    const r = facts(
      "President Hakainde Hichilema's negotiating team comprised Finance Minister Situmbeko Musokotwane and Foreign Minister Mulambo Haimbe.",
    );
    expect(r.has('NEGOTIATES_FOR|Situmbeko Musokotwane|Hakainde Hichilema')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Mulambo Haimbe|Hakainde Hichilema')).toBe(true);
  });
  it("reads a side's negotiators between dashes (negotiates-for.dash-list)", () => {
    const r = facts(
      "Egypt's negotiators — Finance Minister Ahmed Kouchouk and Planning Minister Rania Al-Mashat — concluded the review with the IMF.",
    );
    expect(r.has('NEGOTIATES_FOR|Ahmed Kouchouk|Egypt')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Rania Al-Mashat|Egypt')).toBe(true);
  });
  it('reads "The members of Zambia\'s team in the talks were A and B" (negotiates-for.members-of-team)', () => {
    const r = facts(
      "The members of Zambia's team in the restructuring talks were Finance Minister Situmbeko Musokotwane and Treasury Secretary Felix Nkulukusa.",
    );
    expect(r.has('NEGOTIATES_FOR|Felix Nkulukusa|Zambia')).toBe(true);
  });
  it('gives nothing to the members of a team at a sports event', () => {
    const r = facts("The members of Zambia's team at the games were Captain Barbra Banda and Coach Bruce Mwape.");
    expect(roleOf(r, 'Barbra Banda')).toEqual([]);
  });
});

describe('negotiates-for.heads-of-two-delegations', () => {
  it('gives each head the state of their own office', () => {
    const r = facts(
      'The heads of the two delegations, Deputy Foreign Minister Andrey Rudenko and Deputy Foreign Minister Park Yoon-joo of the Republic of Korea, held the consultations.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(r.has('NEGOTIATES_FOR|Andrey Rudenko|Russia')).toBe(true);
    expect(r.has('NEGOTIATES_FOR|Andrey Rudenko|South Korea')).toBe(false);
  });
  it('gives nothing when both offices belong to one state', () => {
    const r = facts(
      'The heads of the two delegations, Deputy Foreign Minister Andrey Rudenko and Deputy Foreign Minister Sergei Vershinin, spoke to the press.',
      'Ministry of Foreign Affairs of the Russian Federation',
    );
    expect(roleOf(r, 'Sergei Vershinin')).toEqual([]);
  });
});

describe('negotiates-for.sent-by-fronted, negotiates-for.entrusted-to and negotiates-for.sent-his-aide', () => {
  it('reads "Dispatched by Foreign Minister Y, Ambassador X held talks"', () => {
    const r = facts(
      'Dispatched by President Paul Kagame, Ambassador Olivier Nduhungirehe held talks in Luanda with the mediators.',
    );
    expect(r.has('NEGOTIATES_FOR|Olivier Nduhungirehe|Paul Kagame')).toBe(true);
  });
  it('gives nothing for "Sent by" without talks', () => {
    const r = facts('Sent by President Paul Kagame, Ambassador Olivier Nduhungirehe laid a wreath in Luanda.');
    expect(roleOf(r, 'Olivier Nduhungirehe')).toEqual([]);
  });
  it('reads "King Y entrusted the talks on … to Minister X"', () => {
    const r = facts(
      'King Abdullah II entrusted the talks on the water deal to Minister of Water and Irrigation Raed Abu Saud.',
    );
    expect(r.has('NEGOTIATES_FOR|Raed Abu Saud|Abdullah II')).toBe(true);
  });
  it('reads "President Y sent his senior adviser, X, to Doha for talks"', () => {
    const r = facts(
      'President Félix Tshisekedi sent his senior adviser, Sumbu Sita Mambu, to Doha for talks with the rebels.',
    );
    expect(r.has('NEGOTIATES_FOR|Sumbu Sita Mambu|Félix Tshisekedi')).toBe(true);
    expect(r.has('REPORTS_TO|Sumbu Sita Mambu|Félix Tshisekedi')).toBe(true);
  });
  it('gives nothing for an adviser sent to a funeral', () => {
    const r = facts('President Félix Tshisekedi sent his senior adviser, Sumbu Sita Mambu, to Doha for the funeral.');
    expect(roleOf(r, 'Sumbu Sita Mambu').filter((f) => f.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });
});

describe('REPORTS_TO: works under, assisted by, placed under', () => {
  it('reads "X, who works under chief negotiator Y"', () => {
    const r = facts('Counsellor Maria Hedlund, who works under chief negotiator Anders Ahnlid, drafted the chapter.');
    expect(r.has('REPORTS_TO|Maria Hedlund|Anders Ahnlid')).toBe(true);
    expect(r.has('REPORTS_TO|Anders Ahnlid|Maria Hedlund')).toBe(false);
  });
  it('reads "Y is assisted by his deputies, A and B"', () => {
    const r = facts(
      'Chief negotiator Sabine Weyand is assisted by her deputies, Clara Martinez Alberola and Stefaan De Rynck.',
    );
    expect(r.has('REPORTS_TO|Clara Martinez Alberola|Sabine Weyand')).toBe(true);
    expect(r.has('REPORTS_TO|Stefaan De Rynck|Sabine Weyand')).toBe(true);
  });
  it('reads "The committee, placed under the authority of President Y, is chaired by X"', () => {
    const r = facts(
      'The negotiating committee, placed under the authority of President Bassirou Diomaye Faye, is chaired by Minister Yacine Fall.',
    );
    expect(r.has('REPORTS_TO|Yacine Fall|Bassirou Diomaye Faye')).toBe(true);
  });
  it('gives nothing for a person merely "under" a heading', () => {
    const r = facts('Ambassador Maria Hedlund, who spoke under item three, thanked Ambassador Anders Ahnlid.');
    expect(roleOf(r, 'Maria Hedlund')).toEqual([]);
  });
});

describe('negotiates-for.bloc-chair-possessive and the plural noun in an organisation name', () => {
  it('reads "The Alliance of Small Island States\' chair, X"', () => {
    const r = facts(
      "The Alliance of Small Island States' chair, Ilana Seid of Palau, presented the bloc's demands at the talks.",
    );
    expect(r.has('NEGOTIATES_FOR|Ilana Seid|Alliance of Small Island States')).toBe(true);
  });
  it('gives no state from "Negotiators" inside the bloc\'s name', () => {
    const r = facts("The African Group of Negotiators' chair, Richard Muyungi of Tanzania, spoke at the plenary.");
    expect(r.has('NEGOTIATES_FOR|Richard Muyungi|Tanzania')).toBe(false);
  });
});

describe('patterns', () => {
  it('a side in talks needs a talks noun after it', () => {
    expect(ROL17_PATTERNS.sideInTalks.test(' side in the consultations on fisheries')).toBe(true);
    expect(ROL17_PATTERNS.sideInTalks.test(' side in the football match')).toBe(false);
  });
  it('an investiture is a gathering where a stand-in does not negotiate', () => {
    const r = facts(
      'Vice-President Jessica Alupo represented President Yoweri Museveni at the investiture of the new President in Kinshasa.',
    );
    expect(roleOf(r, 'Jessica Alupo')).toEqual([]);
  });
});
