// Rules of the fl11a round (rules-fl11a.ts and the small hooks it needs), on made-up sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from './test-facts.ts';
import { titleCovers } from './rules-fl11a.ts';

const rels = (text: string, source: string, date = '2023-03-18') => extractFacts(text, { date, source }).rels;
const STATE = 'U.S. Department of State, Office of the Spokesperson';
const EEAS = 'European External Action Service (EEAS), Press and information team';

describe('person.title-ref: a title used alone for the issuer’s named office holder', () => {
  it('reads "the Secretary" as the Secretary of State named before, so the meeting it tells by a verb has both', () => {
    const r = rels(
      'Secretary of State Anna Berg spoke today with Foreign Minister Li Wei of China. Earlier in the day, the Secretary met Foreign Minister Pavel Horak of Poland in Warsaw.',
      STATE,
      '2022-03-05',
    );
    expect(r).toContain('PARTICIPATED_IN|Anna Berg|Berg-Horak meeting in Warsaw');
    expect(r).toContain('PARTICIPATED_IN|Pavel Horak|Berg-Horak meeting in Warsaw');
  });

  it('reads "on behalf of the High Representative" as the High Representative named before', () => {
    const r = rels(
      'High Representative Josep Ruiz hosted President Ivo Marek of Serbia and Prime Minister Ana Dedaj of Kosovo in Ohrid. The negotiations were conducted by the EU Special Representative, Pavel Novak, on behalf of the High Representative.',
      EEAS,
    );
    expect(r).toContain('NEGOTIATES_FOR|Pavel Novak|Josep Ruiz');
  });

  it('takes no holder when two people hold the title, nor one of another state’s office', () => {
    const two = rels(
      'President Tom Hale met President Xu Ming of China in Beijing. Later, the President met Foreign Minister Pavel Horak of Poland.',
      STATE,
    );
    expect([...two].filter((x) => x.includes('Horak meeting'))).not.toContainEqual(
      expect.stringMatching(/^PARTICIPATED_IN\|(?:Tom Hale|Xu Ming)\|/),
    );
    const other = rels(
      'Secretary of State Anna Berg met Foreign Minister Li Wei of China. Later, the Foreign Minister met President Ivo Marek of Serbia.',
      STATE,
    );
    expect(other).not.toContain('PARTICIPATED_IN|Li Wei|Li-Marek meeting');
  });

  it('matches a short title to the longer one it begins, at a word boundary only', () => {
    expect(titleCovers('Secretary of State', 'Secretary')).toBe(true);
    expect(titleCovers('Special Representative for the Dialogue', 'Special Representative')).toBe(true);
    expect(titleCovers('Secretary-General', 'Secretary')).toBe(false);
    expect(titleCovers('Secretary General', 'Secretary')).toBe(false);
  });
});

describe('issuer.service: a service that issues for an organisation', () => {
  it('gives an EEAS readout the European Union as issuer, not a state the text names first', () => {
    const r = rels(
      'High Representative Josep Ruiz and the EU Special Representative, Pavel Novak, hosted Prime Minister Ana Dedaj of Kosovo in Ohrid.',
      EEAS,
    );
    expect(r).toContain('HOLDS_OFFICE|Pavel Novak|Special Representative of the European Union');
    expect(r).not.toContain('HOLDS_OFFICE|Pavel Novak|Special Representative of Kosovo');
  });
});

describe('negotiates.not-principal and negotiates-for.not-relative-subject', () => {
  it('makes no negotiator of the principal named after "on behalf of"', () => {
    const r = rels(
      'Secretary-General Ana Ruiz attended the signing of the Black Sea Grain Accord. The Black Sea Grain Accord was negotiated by Tom Hale, Under-Secretary-General for Humanitarian Affairs, who led the talks on behalf of the Secretary-General.',
      'United Nations',
    );
    expect(r).toContain('NEGOTIATES_FOR|Tom Hale|Ana Ruiz');
    expect([...r].filter((x) => x.startsWith('NEGOTIATES|Ana Ruiz|'))).toEqual([]);
  });

  it('gives no role to the subject of "whom X appointed", only to the one who conducts the talks', () => {
    const r = rels(
      'President Bola Ade, Chairman of the ECOWAS Authority, dispatched a delegation to Niamey. The delegation was led by General Musa Bello, whom the Chairman appointed as ECOWAS Special Envoy, and who conducts the talks on behalf of the Authority.',
      'State House, Nigeria',
      '2023-08-19',
    );
    expect(r).toContain('NEGOTIATES_FOR|Musa Bello|Economic Community of West African States');
    expect([...r].filter((x) => x.startsWith('NEGOTIATES_FOR|Bola Ade|'))).toEqual([]);
  });
});

describe('office.inverted-portfolio-phrase and military ranks', () => {
  it('reads "Natural Resources Minister X" as the minister for that portfolio and "Marshal X" as a name', () => {
    const r = rels(
      'MOSCOW, September 13. /TASS/. President Ivan Petrov of Russia received Natural Resources Minister Alexander Kozlov and Marshal Ri Pyong Chol.',
      'TASS',
      '2023-09-13',
    );
    expect(r).toContain('HOLDS_OFFICE|Alexander Kozlov|Natural Resources Minister of Russia');
    expect(r).toContain('PARTICIPATED_IN|Ri Pyong Chol|Petrov-Kozlov meeting');
    expect([...r].filter((x) => /Marshal/.test(x))).toEqual([]);
  });

  it('keeps one portfolio word before the head as it was, and no list of more than three', () => {
    const r = rels('Defence Minister Ana Kovac of Austria met Trade Minister Ivo Marek of Serbia.', STATE);
    expect(r).toContain('HOLDS_OFFICE|Ana Kovac|Defence Minister of Austria');
    expect(r).toContain('HOLDS_OFFICE|Ivo Marek|Trade Minister of Serbia');
  });
});

describe('event.main-verb-first and event.main-not-dated-earlier', () => {
  it('names the opening’s call told by "spoke today with", not a dated earlier meeting of other people', () => {
    const r = rels(
      'Secretary of State Anna Berg spoke today with Foreign Minister Li Wei of China about trade. President Tom Hale and President Xu Ming agreed at their virtual meeting on November 15, 2021 to keep talking.',
      STATE,
      '2022-03-05',
    );
    expect(r).toContain('PARTICIPATED_IN|Anna Berg|Berg-Li call of 5 March 2022');
    expect(r).toContain('PARTICIPATED_IN|Li Wei|Berg-Li call of 5 March 2022');
    expect([...r].filter((x) => x.startsWith('PARTICIPATED_IN|Anna Berg|Hale-Xu'))).toEqual([]);
  });

  it('leaves an opening that names its meeting by a noun to that noun', () => {
    const r = rels(
      'Secretary of State Anna Berg held talks with Foreign Minister Li Wei of China in Beijing. They last met at their meeting on November 15, 2021.',
      STATE,
      '2022-03-05',
    );
    expect(r).toContain('PARTICIPATED_IN|Anna Berg|Berg-Li talks in Beijing');
  });
});

describe('event.last-told: a pair’s earlier call or meeting told by "last spoke / last met" and its date', () => {
  it('names the call after the two, a title used alone standing for the one person who holds it', () => {
    const r = rels(
      'Secretary of State Anna Berg spoke today with State Councilor Li Wei of China about trade. The Secretary and the State Councilor last spoke on February 22.',
      STATE,
      '2022-03-05',
    );
    expect(r).toContain('PARTICIPATED_IN|Anna Berg|Berg-Li call of 22 February 2022');
    expect(r).toContain('PARTICIPATED_IN|Li Wei|Berg-Li call of 22 February 2022');
  });

  it('reads "last met in May" as a meeting, and nothing without a date or a pair', () => {
    const met = rels(
      'Foreign Minister Ana Kovac of Austria received Foreign Minister Ivo Marek of Serbia in Vienna. Minister Kovac and Minister Marek last met in May 2021.',
      STATE,
      '2022-03-05',
    );
    expect(met).toContain('PARTICIPATED_IN|Ana Kovac|Kovac-Marek meeting of May 2021');
    const none = rels(
      'Foreign Minister Ana Kovac of Austria received Foreign Minister Ivo Marek of Serbia in Vienna. They last spoke at length, and Minister Kovac last met Minister Marek recently.',
      STATE,
      '2022-03-05',
    );
    expect([...none].filter((x) => /call of|meeting of/.test(x))).toEqual([]);
  });
});
