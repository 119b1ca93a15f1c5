// Unit tests of the rel2 round's relation rules (REACHED_AT, INVOLVES, DISCUSSED) on made-up sentences, with
// negative cases.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const of = (type: string, from?: string) =>
    [...rels].filter((r) => r.startsWith(`${type}|`) && (!from || r.startsWith(`${type}|${from}|`)));
  return { out, rels, of };
}

describe('reached-at.signed-list: a list opened by "witnessed the signing of a set of agreements:"', () => {
  const head =
    'Press release: Chile-Peru Leaders Retreat, 3 March 2022\n\nPresident Gabriel Boric was hosted by President Pedro Castillo of the Republic of Peru in Lima today for the Chile-Peru Leaders Retreat.\n\n';
  const items =
    'a) the Agreement on the Realignment of the Maritime Boundary between Arica and Tacna, signed by the two Ministers;\n\nb) the Agreement on Cooperation in Border Crossings between Chile and Peru, signed by the two Ministers of the Interior.\n';

  it('reaches each lettered item at the meeting', () => {
    const { of } = facts(`${head}The Leaders witnessed the signing and exchange of a set of agreements:\n\n${items}`);
    const reached = of('REACHED_AT');
    expect(
      reached.some((r) =>
        r.startsWith('REACHED_AT|Agreement on the Realignment of the Maritime Boundary between Arica and Tacna|'),
      ),
    ).toBe(true);
    expect(
      reached.some((r) =>
        r.startsWith('REACHED_AT|Agreement on Cooperation in Border Crossings between Chile and Peru|'),
      ),
    ).toBe(true);
  });

  it('does not reach a list that no signing opens', () => {
    const { of } = facts(`${head}The Leaders reviewed the progress on a set of agreements:\n\n${items}`);
    expect(of('REACHED_AT').some((r) => r.startsWith('REACHED_AT|Agreement on'))).toBe(false);
  });
});

describe('involves.between-sides: a meeting told as held between two sides', () => {
  const head =
    'Crown Prince receives President\n\nRiyadh, 3 May 2024 -- Crown Prince Mohammed bin Salman received President Volodymyr Zelenskyy of Ukraine in Riyadh.\n\n';

  it('involves both sides, named by their delegations', () => {
    const { of } = facts(
      `${head}The meeting also touched on the meeting in Doha on 2 April between a U.S. delegation headed by Secretary Marco Rubio and a Russian delegation headed by Sergey Lavrov.\n`,
    );
    expect(of('INVOLVES', 'meeting in Doha').sort()).toEqual([
      'INVOLVES|meeting in Doha|Russia',
      'INVOLVES|meeting in Doha|United States',
    ]);
  });

  it('does not take states named after another clause as sides', () => {
    const { of } = facts(
      `${head}The meeting also touched on the meeting in Doha on 2 April, and on relations between the United States and Russia.\n`,
    );
    expect(of('INVOLVES', 'meeting in Doha')).toEqual([]);
  });
});

describe('discussed.not-venue / not-border / not-addressee', () => {
  const head =
    'Chancellor speaks with Prime Minister\n\n12 May 2022\n\nChancellor Olaf Scholz held a telephone conversation with Prime Minister Mark Rutte today.\n\n';

  it('keeps the states a border lies between, a venue and an addressee out of the topics', () => {
    const { of } = facts(
      `${head}They spoke about the people stranded at the border between Poland and Belarus. The two had last met on the sidelines of the United Nations General Assembly. The plan will be submitted to the International Civil Aviation Organization for approval.\n`,
    );
    const topics = of('DISCUSSED').map((r) => r.split('|')[2]);
    expect(topics).not.toContain('Belarus');
    expect(topics).not.toContain('International Civil Aviation Organization');
  });

  it('keeps a state named as holding a chair out of the topics', () => {
    const { of } = facts(
      `${head}They discussed Poland's upcoming presidency of the Council and the situation in Belarus.\n`,
    );
    const topics = of('DISCUSSED').map((r) => r.split('|')[2]);
    expect(topics).not.toContain('Poland');
    expect(topics).toContain('Belarus');
  });

  it('still takes a state named as the subject', () => {
    const { of } = facts(`${head}They spoke about the situation in Belarus and the sanctions against Belarus.\n`);
    expect(of('DISCUSSED').map((r) => r.split('|')[2])).toContain('Belarus');
  });
});

describe('discussed.at-which: the subject told in a relative clause after another meeting', () => {
  it('makes the topic after "at which" that meeting’s, not the main one’s', () => {
    const { of } = facts(
      'Minister receives Minister\n\n4 June 2024\n\nForeign Minister Penny Wong received Foreign Minister Retno Marsudi in Canberra today. They recalled the Bali meeting, at which the two sides discussed the crisis in Myanmar.\n',
    );
    expect(of('DISCUSSED', 'Bali meeting')).toContain('DISCUSSED|Bali meeting|crisis in Myanmar');
    expect(of('DISCUSSED').filter((r) => r.endsWith('|crisis in Myanmar'))).toHaveLength(1);
  });

  it('gives a state named in the clause to that meeting', () => {
    const { of } = facts(
      'Minister receives Minister\n\n4 June 2024\n\nForeign Minister Penny Wong received Foreign Minister Retno Marsudi in Canberra today. They recalled the Bali meeting, at which the two sides discussed relief for Myanmar.\n',
    );
    expect(of('DISCUSSED').filter((r) => r.endsWith('|Myanmar'))).toEqual(['DISCUSSED|Bali meeting|Myanmar']);
  });

  it('leaves the topic with the main meeting without the clause', () => {
    const { of } = facts(
      'Minister receives Minister\n\n4 June 2024\n\nForeign Minister Penny Wong received Foreign Minister Retno Marsudi in Canberra today. They recalled the Bali meeting and discussed the crisis in Myanmar.\n',
    );
    expect(of('DISCUSSED', 'Bali meeting')).toEqual([]);
  });
});

describe('reached-at.negotiations-concluded: "Negotiations … were concluded … at a meeting"', () => {
  const head =
    'Chile and the EU sign Advanced Framework Agreement\n\n13 December 2023\n\nForeign Minister Alberto van Klaveren and High Representative Josep Borrell signed the Chile-European Union Advanced Framework Agreement in Brussels today.\n\n';

  it('reaches the readout’s agreement at the meeting its negotiations were concluded at', () => {
    const { of } = facts(
      `${head}Negotiations began in 2017 and were concluded on 9 December 2022 at a meeting in Santiago between the two ministers.\n`,
    );
    expect(of('REACHED_AT')).toContain('REACHED_AT|Advanced Framework Agreement|meeting in Santiago');
  });

  it('does not reach it at a meeting the negotiations merely began at', () => {
    const { of } = facts(`${head}Negotiations began in 2017 at a meeting in Santiago between the two ministers.\n`);
    expect(of('REACHED_AT').some((r) => r.endsWith('|meeting in Santiago'))).toBe(false);
  });
});

describe('based-on.phrase: "as the X foresees", "as provided for in the X"', () => {
  const head =
    'Panels agree on timetable\n\n26 August 2016\n\nThe negotiating panels of Borduria and Syldavia concluded their talks in Oslo today.\n\n';

  it('bases an agreement to be negotiated on the one whose terms foresee it', () => {
    const { of } = facts(
      `${head}The panels set a timetable, starting with a Comprehensive Agreement on Political Reforms, to be negotiated as The Hague Joint Declaration foresees.\n`,
    );
    expect(of('BASED_ON')).toContain('BASED_ON|Comprehensive Agreement on Political Reforms|Hague Joint Declaration');
  });

  it('bases nothing when what "as" cites has no agreement before it', () => {
    const { of } = facts(
      `${head}Detailed work took place in eleven negotiating groups, as provided for in the Terms of Reference agreed between the two sides.\n`,
    );
    expect(of('BASED_ON')).toEqual([]);
  });
});
