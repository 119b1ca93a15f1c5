// Tests of the par28 rules (issue 6, bank participants-1) on made-up sentences, negatives included: who took part in a
// meeting, signing or ceremony the extractor already finds.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

describe('participated.referent-attended-by', () => {
  it('gives the signing the witnesses a later sentence names after "The ceremony was witnessed by"', () => {
    const r = madeUpRelations(
      'President Ana Ruiz of Peru and Prime Minister Tomas Mora of Chile signed the Lima Accord in Lima on Friday. ' +
        'The ceremony was witnessed by the Chairperson of the African Union, President Jon Okafor of Nigeria, and King Sipho III of Eswatini.',
    );
    const by = r.byRule('participated.referent-attended-by');
    expect(by).toContain('PARTICIPATED_IN|Jon Okafor|signing of the Lima Accord');
    expect(by).toContain('PARTICIPATED_IN|Sipho III|signing of the Lima Accord');
  });

  it('reads "was chaired by A, and attended by B" on a ceremony named in the subject', () => {
    const r = madeUpRelations(
      'The leaders of the two movements signed the Accra Accord on Monday. ' +
        'The signing ceremony was chaired by the President of Ghana, John Mensah, and attended by the Secretary-General of the Commonwealth, Ruth Adeyemi.',
    );
    const who = r
      .of('PARTICIPATED_IN')
      .filter((x) => /signing/.test(x.to))
      .map((x) => x.from);
    expect(who).toContain('John Mensah');
    expect(who).toContain('Ruth Adeyemi');
  });

  it('gives no participation for a meeting still to come, nor to the principal someone attends for', () => {
    const planned = madeUpRelations(
      'Foreign Minister Luis Vega of Chile held talks with Foreign Minister Karl Novak of Austria in Santiago on Monday. ' +
        'The next meeting will be attended by Deputy Minister Eva Berg.',
    );
    expect(planned.of('PARTICIPATED_IN').some((x) => x.from === 'Eva Berg')).toBe(false);
    const behalf = madeUpRelations(
      'President Ana Ruiz of Peru and Prime Minister Tomas Mora of Chile signed the Lima Accord in Lima on Friday. ' +
        'The ceremony was attended by Ambassador Omar Haddad on behalf of President Jon Okafor of Nigeria.',
    );
    expect(behalf.of('PARTICIPATED_IN').map((x) => x.from)).toContain('Omar Haddad');
    expect(behalf.byRule('participated.referent-attended-by').some((f) => f.includes('Jon Okafor'))).toBe(false);
  });

  it('reads a gathering that "brought together" its people, and leaves a speaker after the list', () => {
    const r = madeUpRelations(
      'The summit in Vienna on Tuesday brought together President Luis Vega, Prime Minister Karl Novak and Chancellor Eva Berg.',
    );
    const by = r.byRule('participated.referent-attended-by');
    for (const n of ['Luis Vega', 'Karl Novak', 'Eva Berg']) expect(by.some((f) => f.includes(`|${n}|`))).toBe(true);
    const said = madeUpRelations(
      'Foreign Minister Luis Vega of Chile held talks with Foreign Minister Karl Novak of Austria in Santiago on Monday. ' +
        'The talks brought together the two delegations after a year of silence, Deputy Minister Eva Berg said.',
    );
    expect(said.byRule('participated.referent-attended-by')).toEqual([]);
  });

  it('leaves the people of a relative clause on an attendee', () => {
    const r = madeUpRelations(
      'Foreign Minister Luis Vega of Chile held talks with Foreign Minister Karl Novak of Austria in Santiago on Monday. ' +
        'The talks were also attended by Ambassador Omar Haddad, who came in place of Deputy Minister Eva Berg.',
    );
    const by = r.byRule('participated.referent-attended-by');
    expect(by.some((f) => f.includes('Eva Berg'))).toBe(false);
  });

  it("leaves a meeting named with another year for the readout's own", () => {
    const r = madeUpRelations(
      'The foreign ministers met in Lima on Friday, 3 May 2024, for the Pacific Ministerial Meeting. ' +
        'They recalled the meeting in Quito in August 2018. ' +
        'The meeting was chaired by Foreign Minister Luis Vega of Peru.',
    );
    expect(r.byRule('participated.referent-attended-by').some((f) => /2018/.test(f))).toBe(false);
  });

  it('leaves a sentence whose subject is no event alone', () => {
    const r = madeUpRelations(
      'Foreign Minister Luis Vega of Chile held talks with Foreign Minister Karl Novak of Austria in Santiago on Monday. ' +
        'The proposal was attended to by Deputy Minister Eva Berg, who was praised by President Ana Ruiz.',
    );
    expect(r.byRule('participated.referent-attended-by')).toEqual([]);
  });
});

describe('participated.stood-in-for', () => {
  it('gives nothing to the one an attendee came in place of, or stood in for', () => {
    const opening =
      'Foreign Minister Luis Vega of Chile held talks with Foreign Minister Karl Novak of Austria in Santiago on Monday. ';
    const r = madeUpRelations(
      opening +
        'The talks were also attended by Ambassador Omar Haddad, who came in place of Deputy Minister Eva Berg.',
    );
    const who = r.of('PARTICIPATED_IN').map((x) => x.from);
    expect(who).toContain('Omar Haddad');
    expect(who).not.toContain('Eva Berg');
  });

  it('leaves an attendee who stands in for someone unnamed', () => {
    const r = madeUpRelations(
      'Foreign Minister Luis Vega of Chile held talks with Foreign Minister Karl Novak of Austria in Santiago on Monday. ' +
        'Deputy Minister Eva Berg, standing in for the President, also took part.',
    );
    expect(r.of('PARTICIPATED_IN').map((x) => x.from)).toContain('Eva Berg');
  });
});

describe('participated.accompanying-delegation', () => {
  const visit =
    'President Ana Ruiz of Peru paid a state visit to Chile from 3 to 5 May at the invitation of President Tomas Mora. ';

  it('gives those who accompanied the visitor the visit and the talks of the delegations', () => {
    const r = madeUpRelations(
      visit +
        'The President was accompanied by the Minister of Foreign Affairs, Luis Vega, and the Minister of Trade, Eva Berg. ' +
        'The two Heads of State first held a tête-à-tête, followed by enlarged talks with the members of the two delegations.',
    );
    const by = r.byRule('participated.accompanying-delegation');
    for (const n of ['Luis Vega', 'Eva Berg']) {
      expect(by.some((f) => f.startsWith(`PARTICIPATED_IN|${n}|`) && /talks/.test(f))).toBe(true);
      expect(r.of('PARTICIPATED_IN').some((x) => x.from === n && /visit/.test(x.to))).toBe(true);
    }
    expect(by.some((f) => /tête/.test(f))).toBe(false);
  });

  it('leaves a relative clause after the list, and a visit still to come', () => {
    const r = madeUpRelations(
      visit +
        'The President was accompanied by the Minister of Foreign Affairs, Luis Vega, who replaced Karl Novak in March. ' +
        'The two Heads of State then held delegation-level talks.',
    );
    expect(r.byRule('participated.accompanying-delegation').some((f) => f.includes('Karl Novak'))).toBe(false);
    const planned = madeUpRelations(
      'President Ana Ruiz of Peru will pay a state visit to Chile next month. She will be accompanied by Foreign Minister Luis Vega.',
    );
    expect(planned.byRule('participated.accompanying-delegation')).toEqual([]);
  });
});

describe('participated.accompanying-delegation (principals)', () => {
  it("gives nothing to the principal inside an attendee's title", () => {
    const r = madeUpRelations(
      'President Ana Ruiz of Peru paid a state visit to Chile from 3 to 5 May at the invitation of President Tomas Mora. ' +
        'The President was accompanied by the Special Envoy of President Karl Novak for Latin America, Luis Vega. ' +
        'The two Heads of State then held delegation-level talks.',
    );
    const by = r.byRule('participated.accompanying-delegation');
    expect(by.some((f) => f.includes('Luis Vega'))).toBe(true);
    expect(by.some((f) => f.includes('Karl Novak'))).toBe(false);
  });
});

describe('participated.referent-attended-by (sides)', () => {
  it('reads "were attended, on the A side, by X, and on the B side by Y"', () => {
    const r = madeUpRelations(
      'President Ana Ruiz held official talks with President Tomas Mora of Chile at the Palace in Lima on Monday. ' +
        'The talks at the level of delegations were attended, on the Peruvian side, by the Minister of Foreign Affairs, Luis Vega, and on the Chilean side by the Minister of Trade, Eva Berg.',
    );
    const who = r.of('PARTICIPATED_IN').map((x) => x.from);
    expect(who).toContain('Luis Vega');
    expect(who).toContain('Eva Berg');
  });
});
