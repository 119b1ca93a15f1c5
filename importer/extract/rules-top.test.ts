// Unit tests of the top round's topic and party rules (DISCUSSED, INVOLVES) on made-up sentences, with negative
// cases.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';

function facts(text: string, file = 'test.txt') {
  const out = toExtractionOutput(extractText(text, { file }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = new Set(out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`));
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
