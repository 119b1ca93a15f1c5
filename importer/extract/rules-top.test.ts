// Unit tests of the top round's topic and party rules (DISCUSSED, INVOLVES) on made-up sentences, with negative
// cases.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const of = (type: string, from?: string) =>
    [...rels].filter((r) => r.startsWith(`${type}|`) && (!from || r.startsWith(`${type}|${from}|`)));
  return { out, rels, of };
}

const involving = (rels: string[], state: string) => rels.filter((r) => r.endsWith(`|${state}`));

describe('involves.both-sides: a meeting held "of both sides" or by "the two Governments"', () => {
  const head =
    'Prime Minister of Portugal meets President of Brazil\n\nPrime Minister António Costa of Portugal met President Luiz Inácio Lula da Silva of Brazil in Lisbon on 22 April 2023.\n\n';

  it('involves the two states in a meeting the two Governments will hold', () => {
    const { of } = facts(
      `${head}The two Governments will also review the 2000 Treaty of Friendship, and will hold a High-Level Meeting before the end of the year.\n`,
    );
    const inv = of('INVOLVES').filter((r) => r.includes('High-Level Meeting'));
    expect(involving(inv, 'Portugal')).toHaveLength(1);
    expect(involving(inv, 'Brazil')).toHaveLength(1);
  });

  it('involves the two states in a meeting of officials of the two countries', () => {
    const { of } = facts(
      `${head}The leaders agreed that consular officials of the two countries would meet to examine the cases of detained nationals.\n`,
    );
    const inv = of('INVOLVES');
    expect(involving(inv, 'Portugal').length).toBeGreaterThan(0);
    expect(involving(inv, 'Brazil').length).toBeGreaterThan(0);
  });

  it('leaves a meeting the two Governments did not hold without parties', () => {
    const { of } = facts(
      `${head}The two Governments welcomed the results of the High-Level Meeting that Spain hosted in May.\n`,
    );
    const inv = of('INVOLVES').filter((r) => r.includes('High-Level Meeting'));
    expect(involving(inv, 'Portugal')).toHaveLength(0);
    expect(involving(inv, 'Brazil')).toHaveLength(0);
  });
});

describe('discussed.at-that-meeting: a clause telling what another, earlier meeting dealt with', () => {
  const head =
    'Japan-Australia Summit Telephone Talk\n\nOn 12 June 2023, Prime Minister Fumio Kishida of Japan held a telephone talk with Prime Minister Anthony Albanese of Australia.\n\n';

  it('makes the summits compared at the trilateral meeting its subjects, not the call’s', () => {
    const { of } = facts(
      `${head}Prime Minister Kishida briefed his counterpart on the Japan-China-ROK Summit Meeting he had attended in Tokyo. He explained that at the trilateral meeting the three leaders had compared their assessments of the Inter-Korean Summit of April 27.\n`,
    );
    expect(of('DISCUSSED', 'Japan-China-ROK Summit Meeting')).toContain(
      'DISCUSSED|Japan-China-ROK Summit Meeting|Inter-Korean Summit',
    );
    expect(of('DISCUSSED').filter((r) => r.endsWith('|Inter-Korean Summit'))).toHaveLength(1);
  });

  it('leaves "at the meeting" to the readout’s own meeting', () => {
    const { of } = facts(
      `${head}Prime Minister Kishida briefed his counterpart on the Japan-China-ROK Summit Meeting he had attended in Tokyo. He explained that at the meeting the two leaders had compared their assessments of the Inter-Korean Summit of April 27.\n`,
    );
    expect(of('DISCUSSED', 'Japan-China-ROK Summit Meeting')).not.toContain(
      'DISCUSSED|Japan-China-ROK Summit Meeting|Inter-Korean Summit',
    );
  });

  it('does not take a bilateral meeting for "the trilateral meeting"', () => {
    const { of } = facts(
      `${head}Prime Minister Kishida briefed his counterpart on the Japan-ROK Summit Meeting he had held in Tokyo. He explained that at the trilateral meeting the three leaders had compared their assessments of the Inter-Korean Summit of April 27.\n`,
    );
    expect(of('DISCUSSED', 'Japan-ROK Summit Meeting')).toEqual([]);
  });
});

describe('discussed.not-last-met: a meeting named only to date the pair’s last contact is background', () => {
  const head =
    'President of Chile meets President of Argentina\n\nPresident Gabriel Boric of Chile met President Alberto Fernández of Argentina in Santiago on 4 April 2022.\n\n';

  it('does not make "who last spoke by telephone in March" a subject', () => {
    const { of } = facts(
      `${head}The two Presidents, who last spoke by telephone in March, also reviewed trade and investment.\n`,
    );
    expect(of('DISCUSSED').filter((r) => /telephone|conversation|call/i.test(r))).toEqual([]);
  });
});

describe('discussed.talks-of-visit: the talks held during a visit, not the visit, have its subjects', () => {
  const head =
    'State Visit of the President of Ghana to India (6 - 9 March 2025)\n\nPresident John Mahama of Ghana is on a State Visit to India from 6 to 9 March 2025 at the invitation of President Droupadi Murmu.\n\n';

  it('makes the delegation-level talks the subject', () => {
    const { of } = facts(
      `${head}Prime Minister Narendra Modi and President Mahama held delegation-level talks at Hyderabad House and reviewed bilateral relations. They agreed to begin negotiations on a Preferential Trade Agreement.\n`,
    );
    const d = of('DISCUSSED').filter((r) => r.endsWith('|Preferential Trade Agreement'));
    expect(d).toEqual(['DISCUSSED|delegation-level talks|Preferential Trade Agreement']);
  });

  it('leaves the visit the subject when no talks are told as its part', () => {
    const { of } = facts(
      `${head}During the visit, the two sides agreed to begin negotiations on a Preferential Trade Agreement.\n`,
    );
    const d = of('DISCUSSED').filter((r) => r.endsWith('|Preferential Trade Agreement'));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/^DISCUSSED\|[^|]*Visit[^|]*\|/);
  });
});

describe('involves.between-parties: a meeting held "between the parties" or "between the two sides"', () => {
  const head =
    'Direct talks between Armenia and Azerbaijan held in Almaty\n\nForeign Minister Ararat Mirzoyan of Armenia and Foreign Minister Jeyhun Bayramov of Azerbaijan held talks in Almaty on 10 May 2024.\n\n';

  it('involves the two states in earlier negotiations between the parties', () => {
    const { of } = facts(
      `${head}Kazakhstan, which hosted the negotiations between the parties in Astana in March 2023, welcomed the resumption of dialogue.\n`,
    );
    const inv = of('INVOLVES').filter((r) => /negotiations/.test(r));
    expect(involving(inv, 'Armenia')).toHaveLength(1);
    expect(involving(inv, 'Azerbaijan')).toHaveLength(1);
  });

  it('does not read "between the parties of the conflict" as the readout’s two states', () => {
    const { of } = facts(
      `${head}Kazakhstan recalled the negotiations between the parties of the conflict in Yemen held in Astana in March 2023.\n`,
    );
    const inv = of('INVOLVES').filter((r) => /negotiations/.test(r));
    expect(involving(inv, 'Armenia')).toHaveLength(0);
  });
});

describe('involves.body-meeting: a meeting of a body or of its leaders or ministers', () => {
  const head =
    'Foreign Minister of Finland meets Foreign Minister of Norway\n\nForeign Minister Elina Valtonen of Finland met Foreign Minister Espen Barth Eide of Norway in Helsinki on 3 April 2024.\n\n';

  it('involves NATO in a meeting of NATO ministers', () => {
    const { of } = facts(
      `${head}The ministers had last seen each other at the Informal Meeting of NATO Ministers of Foreign Affairs in Prague in May 2023.\n`,
    );
    expect(of('INVOLVES').filter((r) => r.endsWith('|NATO'))).toHaveLength(1);
  });

  it('involves the body whose leaders met', () => {
    const { of } = facts(
      `${head}They discussed the outcome of the meeting of the leaders of the Nordic Council in Oslo in November 2023.\n`,
    );
    expect(of('INVOLVES').filter((r) => r.endsWith('|Nordic Council'))).toHaveLength(1);
  });

  it('does not involve a body only named after the meeting’s topic', () => {
    const { of } = facts(
      `${head}They discussed the outcome of the meeting on NATO enlargement held in Oslo in November 2023.\n`,
    );
    expect(of('INVOLVES').filter((r) => r.endsWith('|NATO'))).toHaveLength(0);
  });
});

describe('involves.gathered: a second cue of the sentence goes on with the same gathering', () => {
  it('involves the state taking part "with the participation of" after a co-organiser', () => {
    const { of } = facts(
      'Special Meeting in Kuala Lumpur\n\nThe Prime Minister of Malaysia, Anwar Ibrahim, hosted a Special Meeting on 28 July 2025 with Prime Minister Hun Manet of Cambodia and Acting Prime Minister Phumtham Wechayachai of Thailand.\n\n2. The Special Meeting was co-organised by the United States, represented by its Ambassador to Malaysia, Edgard Kagan, with the participation of the People’s Republic of China, represented by its Ambassador to Malaysia, Ouyang Yujing.\n',
    );
    const inv = of('INVOLVES').filter((r) => r.startsWith('INVOLVES|Special Meeting'));
    expect(involving(inv, 'United States')).toHaveLength(1);
    expect(involving(inv, 'China')).toHaveLength(1);
  });
});

describe('gazetteer: typographic apostrophes', () => {
  it('reads "People’s Republic of China" as China, not as the Republic of China', () => {
    const { out } = facts(
      'Call with China\n\nPresident Tom Hale of Canada spoke today with Premier Li Qiang of the People’s Republic of China.\n',
    );
    const states = out.entities.filter((e) => e.type === 'State').map((e) => e.name);
    expect(states).toContain('China');
    expect(states).not.toContain('Taiwan');
  });
});

describe('involves.not-stance: a state taking a stance on an incident is not its party', () => {
  const head =
    'Telephone conversation with the President of Iran\n\nPresident Emmanuel Macron of France spoke by telephone with President Hassan Rouhani of Iran on 6 July 2019.\n\n';

  it('does not involve the states that opposed it', () => {
    const { of } = facts(
      `${head}France, which has consistently opposed the withdrawal of the United States from the nuclear agreement, remains committed, together with Germany and the United Kingdom, to preserving it.\n`,
    );
    const inv = of('INVOLVES').filter((r) => r.includes('withdrawal'));
    expect(involving(inv, 'United States')).toHaveLength(1);
    for (const st of ['France', 'Germany', 'United Kingdom']) expect(involving(inv, st)).toHaveLength(0);
  });

  it('still involves the states a clause on the incident tells it harmed', () => {
    const { of } = facts(
      'Call with the Prime Minister of Iraq\n\nPrime Minister Justin Trudeau of Canada spoke with Prime Minister Adil Abdul-Mahdi of Iraq on 9 January 2020.\n\nPrime Minister Trudeau condemned the missile strikes of January 8 on bases in Iraq, which had endangered Canadian personnel.\n',
    );
    const inv = of('INVOLVES').filter((r) => r.includes('missile strikes'));
    expect(involving(inv, 'Canada')).toHaveLength(1);
  });

  it('does not involve the state whose concerns were raised, nor another item of the list', () => {
    const { of } = facts(
      `${head}President Macron also raised France's concerns about the situation in Lebanon, as well as the detention of two journalists in Iran.\n`,
    );
    const inv = of('INVOLVES').filter((r) => r.includes('detention'));
    expect(involving(inv, 'Lebanon')).toHaveLength(0);
    expect(involving(inv, 'France')).toHaveLength(0);
  });
});

describe('gazetteer: plural demonyms name citizens', () => {
  it('involves the citizens’ state in an incident told by a plural demonym', () => {
    const { of } = facts(
      'Telephone talk with the President of Korea\n\nPrime Minister Shinzo Abe of Japan held a telephone talk with President Moon Jae-in of the Republic of Korea on 10 May 2018.\n\nThe two leaders welcomed the release of three detained Canadians by North Korea.\n',
    );
    const inv = of('INVOLVES').filter((r) => r.includes('release'));
    expect(involving(inv, 'Canada')).toHaveLength(1);
  });

  it('does not make the citizens’ state a topic of the meeting', () => {
    const { of } = facts(
      'Meeting with the Prime Minister of India\n\nPrime Minister Fumio Kishida of Japan met Prime Minister Narendra Modi of India in Tokyo on 3 May 2022.\n\nThe leaders welcomed the many Canadians and Indians studying in Japan.\n',
    );
    expect(of('DISCUSSED').filter((r) => r.endsWith('|Canada'))).toEqual([]);
  });
});
