// Unit tests of the people, office and agreement rules on a readout of our own
// (test/fixtures/readouts/2017-03-24-australia-china-canberra.txt: written in our own words about the real
// Turnbull-Li Keqiang meeting in Canberra, 24 March 2017, details simplified) and on short texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const FIXTURE = new URL('../../test/fixtures/readouts/2017-03-24-australia-china-canberra.txt', import.meta.url)
  .pathname;

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const of = (type: string) => out.entities.filter((e) => e.type === type);
  return { out, rels, of };
}

describe('people and agreements of the Australia-China readout', () => {
  const { rels, of } = facts(readFileSync(FIXTURE, 'utf8'), '2017-03-24-australia-china-canberra.txt');

  it('gives the host the bare titles when the guest "was visiting" it', () => {
    expect(rels).toContain('HOLDS_OFFICE|Malcolm Turnbull|Prime Minister of Australia');
    expect(rels).toContain('HOLDS_OFFICE|Li Keqiang|Premier of the State Council of China');
    expect(of('Office').map((o) => o.name)).not.toContain('Prime Minister of China');
  });

  it('reads each leader of a "led by … and by …" chain as negotiating for their side', () => {
    expect(rels).toContain('NEGOTIATES_FOR|Steven Ciobo|Australia');
    expect(rels).toContain('NEGOTIATES_FOR|Zhong Shan|China');
  });

  it('bases an agreement on the one "that" refers back to, and does not reach the older one again', () => {
    expect(rels).toContain('BASED_ON|declaration of intent|China-Australia Free Trade Agreement');
    expect(rels).not.toContain(
      "REACHED_AT|China-Australia Free Trade Agreement|Australia-China Annual Leaders' Meeting",
    );
  });

  it("names a joint statement by its lowercase subject and keeps a title's usual forms as aliases", () => {
    expect(of('Agreement').map((a) => a.name)).toContain('joint statement on investment cooperation');
    const trade = of('Office').find((o) => o.name === 'Trade Minister of Australia');
    expect(trade?.aliases).toContain('Minister of Trade of Australia');
  });
});

describe('people and agreement rules on short texts', () => {
  it('reads the principal of "the Prime Minister\'s envoy" and of "the UN Secretary-General"', () => {
    const { rels } = facts(
      "Japan-China Summit Meeting\nNovember 10, 2014\n\nOn November 10, Prime Minister Shinzo Abe held a Japan-China Summit Meeting with President Xi Jinping. Ahead of the meeting, Mr. Taro Sato, Secretary General of the National Security Secretariat, was dispatched to Beijing as the Prime Minister's envoy.",
    );
    expect(rels).toContain('NEGOTIATES_FOR|Taro Sato|Shinzo Abe');
    const un = facts(
      'Consultations on Yemen\nDecember 13, 2018\n\nThe consultations were convened by Mr. John Roe, Special Envoy of the UN Secretary-General for Yemen. UN Secretary-General Ana Perez joined the consultations on their final day.',
    ).rels;
    expect(un).toContain('NEGOTIATES_FOR|John Roe|Ana Perez');
  });

  it('reads plural titles of a state, department appositions and a "Jr." before an apposition', () => {
    const { rels } = facts(
      "Outcomes\nOctober 7, 2024\n\nPresident Erdogan said that he would send Turkey's Ministers of Justice and Interior to Washington. It was signed for the Indian side by Shri Ajay Rao, Secretary, Department of Economic Affairs, Ministry of Finance. H.E. Pedro L. Cruz Jr., Secretary of Foreign Affairs of the Philippines, attended.",
    );
    expect(rels).toContain('OFFICE_OF|Minister of Justice of Turkey|Turkey');
    expect(rels).toContain('OFFICE_OF|Minister of Interior of Turkey|Turkey');
    expect(rels).toContain('NEGOTIATES_FOR|Ajay Rao|India');
    expect(
      [...rels].some((r) => /^HOLDS_OFFICE\|Ajay Rao\|Secretary of the Department of Economic Affairs of/.test(r)),
    ).toBe(true);
    expect(rels).toContain('HOLDS_OFFICE|Pedro L. Cruz Jr.|Secretary of Foreign Affairs of the Philippines');
  });

  it('makes every state of "signed … by A, B and C" a party', () => {
    const { rels } = facts(
      'Joint Statement on Syria\nNovember 11, 2017\n\nThe presidents welcomed the Memorandum of Principles signed in Amman on November 8, 2017, by Jordan, Russia and the United States.',
    );
    for (const st of ['Jordan', 'Russia', 'United States'])
      expect(rels).toContain(`PARTY_TO|${st}|Memorandum of Principles`);
  });

  it('keeps "Jr." in the name and joins the later surname to it', () => {
    const { of, rels } = facts(
      'Summit Meeting\nMay 2, 2022\n\nOn May 2, Prime Minister Sato held a meeting with H.E. Mr. Joseph R. Roe, Jr., President of the United States of America, who was visiting Japan. Prime Minister Sato welcomed President Roe.',
    );
    expect(of('Person').map((p) => p.name)).toEqual(expect.arrayContaining(['Joseph R. Roe Jr.']));
    expect(of('Person').some((p) => p.name === 'Roe')).toBe(false);
    expect(rels).toContain('HOLDS_OFFICE|Sato|Prime Minister of Japan');
  });

  it('reads a quoted document title and a numbered set of documents as agreements', () => {
    const { of } = facts(
      'Japan-China Summit\nNovember 10, 2014\n\nThe two sides released a document entitled "Regarding Discussions toward Improving Japan-China Relations." China seeks to develop relations on the basis of the four political documents between the two countries.',
    );
    const names = of('Agreement').map((a) => a.name);
    expect(names).toContain('Regarding Discussions toward Improving Japan-China Relations');
    expect(names).toContain('four political documents');
  });

  it('links the ministers who "reached agreement on" a subject, and "on behalf of" each side in turn', () => {
    const { rels } = facts(
      "Japan-ROK Foreign Ministers' Meeting\nDecember 28, 2015\n\nOn December 28, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a Japan-ROK Foreign Ministers' Meeting with Mr. Yun Byung-se, Minister of Foreign Affairs of the ROK. The two ministers confirmed that the two governments had reached agreement on the issue of comfort women.",
    );
    expect(rels).toContain('NEGOTIATES|Fumio Kishida|agreement on the issue of comfort women');
    expect(rels).toContain('NEGOTIATES|Yun Byung-se|agreement on the issue of comfort women');
    const signed = facts(
      'EU-Canada Summit\nOctober 30, 2016\n\nPresident Tusk and President Juncker of the European Commission signed on behalf of the European Union, and Prime Minister Trudeau on behalf of Canada.',
    ).rels;
    expect([...signed].some((r) => /^NEGOTIATES_FOR\|.*Trudeau\|Canada$/.test(r))).toBe(true);
  });
});
