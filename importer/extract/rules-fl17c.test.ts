// The fl17c round's tests (issue 6): constructions shown by three first-look samples in new styles, each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { conferencesNamedFor, FL17C_PATTERNS } from './rules-fl17c.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

describe('event.conference-named-for', () => {
  it('reads a gathering whose capitalised name puts its head first as an event with its participants', () => {
    const t =
      'The Minister of Foreign Affairs of Hungary, Anna Kovacs, took part today in Vienna in the Conference for the ' +
      'Reconstruction of the Western Balkans.';
    const f = eventFacts(t);
    expect(f.names).toContain('Conference for the Reconstruction of the Western Balkans');
    expect(f.has('PARTICIPATED_IN', 'Anna Kovacs', 'Conference for the Reconstruction of the Western Balkans')).toBe(
      true,
    );
  });
  it('reads an ordinal and a qualifier, and ends the name at its last capitalised word', () => {
    expect(
      conferencesNamedFor('She attended the Second International Conference on Water Security in Dushanbe.', []),
    ).toEqual([
      {
        surface: 'Second International Conference on Water Security in Dushanbe',
        start: 17,
        rule: 'event.conference-named-for',
      },
    ]);
  });
  it('does not read a body the gazetteer knows, a lowercase conference, nor a head with no capitalised name', () => {
    const t = 'He addressed the Conference on Interaction and Confidence-Building Measures in Asia.';
    const orgs = findGazetteerHits(t).filter((h) => h.type === 'Organization');
    expect(conferencesNamedFor(t, orgs)).toEqual([]);
    expect(conferencesNamedFor('They agreed to hold a conference on the reconstruction of Gaza.', [])).toEqual([]);
    expect(conferencesNamedFor('The Summit on the whole went well.', [])).toEqual([]);
  });
});

describe('event.visit-in-place', () => {
  it('reads a visit told by its visitor being in the country', () => {
    const t =
      'The President of Hungary, Anna Kovacs, held talks with the President of Slovakia, Jan Novak, in Bratislava. ' +
      'President Kovacs is in the country for a two-day state visit.';
    const f = eventFacts(t);
    expect(f.names).toContain("Anna Kovacs's state visit");
    expect(f.has('PARTICIPATED_IN', 'Anna Kovacs', "Anna Kovacs's state visit")).toBe(true);
  });
  it('names the place when the text gives it', () => {
    const t = 'The Prime Minister of Hungary, Anna Kovacs, who is in Bratislava on an official visit, met the press.';
    expect(eventFacts(t).names).toContain("Anna Kovacs's official visit to Bratislava");
  });
  it('does not read a clause with no visitor before it, nor a visit not told as a stay', () => {
    expect(eventFacts('A delegation is in the country for a two-day working visit.').names).not.toContain(
      expect.stringMatching(/visit/),
    );
    expect(FL17C_PATTERNS.visitInPlace.test('She was in the country for a holiday before her visit.')).toBe(false);
  });
});

describe('state.government-prefix', () => {
  it('reads a styled government as the state it governs', () => {
    const hits = findGazetteerHits(
      'acting on behalf of the Royal Government of Cambodia and the Federal Government of Somalia',
    );
    expect(hits.map((h) => [h.name, h.surface])).toEqual([
      ['Cambodia', 'Royal Government of Cambodia'],
      ['Somalia', 'Federal Government of Somalia'],
    ]);
    const nested = findGazetteerHits('the Government of the Kingdom of Thailand');
    expect(nested.map((h) => [h.name, h.surface])).toEqual([['Thailand', 'Government of the Kingdom of Thailand']]);
  });
  it('gives NEGOTIATES_FOR the state a delegation head acts for', () => {
    const t =
      'The Hungarian delegation was led by H.E. Anna Kovacs, Senior Minister, acting on behalf of the Royal Government ' +
      'of Hungary.';
    expect(extractFacts(t).rels.has('NEGOTIATES_FOR|Anna Kovacs|Hungary')).toBe(true);
  });
  it('does not take a government word that is not a styled government', () => {
    const hits = findGazetteerHits('the Royal Thai Government and the National Assembly of Cambodia');
    expect(hits.map((h) => h.surface)).not.toContain('the Royal Thai Government and the National Assembly of Cambodia');
    expect(hits.map((h) => h.surface)).toContain('Cambodia');
  });
});

describe('office.in-charge-of', () => {
  it('reads "in charge of" as joining a title to its remit', () => {
    const t = 'The Senior Minister in Charge of State Border Affairs, Anna Kovacs, met the press in Budapest.';
    const { out } = extractFacts(t, { source: 'Ministry of Foreign Affairs of Hungary' });
    expect(out.entities.filter((e) => e.type === 'Office').map((e) => e.name)).toContain(
      'Senior Minister in Charge of State Border Affairs of Hungary',
    );
  });
  it('does not join a lowercase clause that is no remit', () => {
    const t = 'The Minister of Trade of Hungary, Anna Kovacs, who is in charge of the talks, met the press.';
    const { out } = extractFacts(t);
    expect(out.entities.filter((e) => e.type === 'Office').map((e) => e.name)).toEqual([
      'Minister of Trade of Hungary',
    ]);
  });
});

describe('event.negotiations-on-agreement', () => {
  const t =
    'The President of Hungary, Anna Kovacs, held talks with the President of Slovakia, Jan Novak, in Bratislava. ' +
    'The two Presidents announced the launch of negotiations on a Preferential Trade Agreement between Hungary and ' +
    'Slovakia.';
  it('reads negotiations before a named agreement as an event on it, involving its parties', () => {
    const f = eventFacts(t);
    const n = 'negotiations on the Preferential Trade Agreement between Hungary and Slovakia';
    expect(f.names).toContain(n);
    expect(f.has('DISCUSSED', n, 'Preferential Trade Agreement between Hungary and Slovakia')).toBe(true);
    expect(f.has('INVOLVES', n, 'Hungary')).toBe(true);
    expect(f.has('INVOLVES', n, 'Slovakia')).toBe(true);
  });
  it('does not read negotiations on an agreement in lowercase, nor on a topic, nor talks', () => {
    const names = (x: string) => eventFacts(x).names.filter((n) => n.startsWith('negotiations'));
    expect(
      names('The leaders agreed to accelerate negotiations on the peace treaty between Hungary and Slovakia.'),
    ).toEqual([]);
    expect(names('The leaders agreed to resume negotiations on trade between Hungary and Slovakia.')).toEqual([]);
    expect(names('The leaders held talks on the Treaty on Good Neighbourliness between Hungary and Slovakia.')).toEqual(
      [],
    );
  });
});

describe('event.negotiations-on-agreement: negotiations launched in an earlier year (merge of fl17c and ev17)', () => {
  const t =
    'The Minister of Trade of Hungary, Anna Kovacs, met the Minister of Trade of Slovakia, Jan Novak, in Bratislava. ' +
    'Hungary and Slovakia launched negotiations on a Preferential Trade Agreement in YEAR.';
  const negotiations = (year: string) =>
    extractFacts(t.replace('YEAR', year), { date: '2024-05-02' })
      .out.entities.filter((e) => e.type === 'Event' && e.name.startsWith('negotiations'))
      .map((e) => e.name);
  it('leaves negotiations launched before the readout year to history', () => {
    expect(negotiations('2016')).toEqual([]);
  });
  it('still reads negotiations launched in the readout year', () => {
    expect(negotiations('2024')).toEqual(['negotiations on the Preferential Trade Agreement']);
  });
  it('leaves negotiations still to begin to the meeting that planned them', () => {
    const planned = extractFacts(
      t.replace('launched negotiations', 'agreed to begin negotiations').replace(' in YEAR', ''),
    ).out.entities.filter((e) => e.type === 'Event' && e.name.startsWith('negotiations'));
    expect(planned).toEqual([]);
  });
});

describe('incident nouns clash and raids (lexicon, fl17c)', () => {
  it('reads one armed clash and raids as incidents', () => {
    const t =
      'The Minister of Foreign Affairs of Hungary, Anna Kovacs, met the Minister of Foreign Affairs of Slovakia, Jan ' +
      'Novak, in Bratislava. They discussed the armed clash of 3 May 2024 in the border area between Hungary and ' +
      'Slovakia.';
    const f = eventFacts(t);
    expect(f.names.some((n) => n.startsWith('armed clash of 3 May 2024'))).toBe(true);
  });
  it('does not read a clash of views as an incident', () => {
    const t = 'The Minister of Trade of Hungary, Anna Kovacs, met the press in Budapest. She noted a clash of views.';
    expect(eventFacts(t).names.some((n) => /clash/.test(n))).toBe(false);
  });
});

describe('negotiates-for.delegation-of-side', () => {
  it('gives the head of "the delegation of" a body NEGOTIATES_FOR that body', () => {
    const t =
      'The talks on the Accord on Water Sharing were held in Vienna. The delegation of the Organization of ' +
      'American States (OAS) was headed by Anna Kovacs, Assistant Secretary General.';
    expect(extractFacts(t).rels.has('NEGOTIATES_FOR|Anna Kovacs|Organization of American States')).toBe(true);
  });
  it('does not take a body named after another word than delegation', () => {
    const t =
      'The talks on the Accord on Water Sharing were held in Vienna. The Secretary General of the Organization of ' +
      'American States (OAS), Anna Kovacs, attended.';
    expect(
      [...extractFacts(t).rels].some((r) => r.startsWith('NEGOTIATES_FOR|Anna Kovacs|Organization of American States')),
    ).toBe(false);
  });
});

describe('negotiates-for.title-who-clause', () => {
  const t =
    'The ceremony took place in the presence of the Prime Minister of Hungary, Jan Novak, and the Minister of ' +
    'Foreign Affairs of Hungary, Anna Kovacs, who conducted the mediation on behalf of the President of Hungary, ' +
    'Peter Szabo. The President of Hungary, Peter Szabo, spoke.';
  it('gives only the antecedent of the relative clause NEGOTIATES_FOR the principal', () => {
    const { rels } = extractFacts(t);
    expect(rels.has('NEGOTIATES_FOR|Anna Kovacs|Peter Szabo')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Jan Novak|Peter Szabo')).toBe(false);
  });
});
