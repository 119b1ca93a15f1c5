// The off32 round's tests (issue 6): each office rule on made-up sentences, the reading it gives (positive) and the
// one it withholds (negative).
import { describe, expect, it, vi } from 'vitest';

import { madeUpRelations } from './test-facts.ts';
import { headOfStateRefTitle, orgNamedInTitle, orgOnlyTitle } from './rules-off32.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The HOLDS_OFFICE facts of made-up text, as "holder|office". */
const holds = (text: string) =>
  madeUpRelations(text)
    .of('HOLDS_OFFICE')
    .map((r) => `${r.from}|${r.to}`);

/** The names of the offices of made-up text. */
const offices = (text: string) =>
  madeUpRelations(text)
    .out.entities.filter((e) => e.type === 'Office')
    .map((e) => e.name);

describe('office.head-of-state-ref-president', () => {
  it("reads a republic's Head of State named with no holder as its President, one office", () => {
    const o = offices(
      'President Amina Sule received President Rafael Orta of Indonesia at State House. The visit is the first by an Indonesian Head of State in thirty years.',
    );
    expect(o).toContain('President of Indonesia');
    expect(o).not.toContain('Head of State of Indonesia');
  });

  it("keeps a kingdom's Head of State, and a title that is not Head of State, as they are", () => {
    expect(headOfStateRefTitle('Head of State', { type: 'State', name: 'Saudi Arabia' })).toBeUndefined();
    expect(headOfStateRefTitle('Head of State', { type: 'State', name: 'Senegal' })).toBe('President');
    expect(headOfStateRefTitle('Head of Government', { type: 'State', name: 'Senegal' })).toBeUndefined();
    expect(headOfStateRefTitle('Head of State', { type: 'Organization', name: 'African Union' })).toBeUndefined();
    const o = offices('The minister met the delegation. The Saudi Head of State was not present.');
    expect(o).not.toContain('President of Saudi Arabia');
  });
});

describe('office.title-forms-each-spelling (people-stage.ts)', () => {
  it('names "Foreign Minister A" of a state the text writes otherwise with each spelling, in each form', () => {
    const o = madeUpRelations(
      'President Recep Tayyip Erdoğan of Türkiye arrived in Baghdad with Foreign Minister Hakan Fidan.',
    ).out.entities.find((e) => e.type === 'Office' && e.name.startsWith('Foreign Minister'));
    expect(o?.aliases).toContain('Minister of Foreign Affairs of Türkiye');
  });

  it('gives no spelling the text does not use', () => {
    const o = madeUpRelations(
      'President Recep Tayyip Erdoğan of Turkey arrived in Baghdad with Foreign Minister Hakan Fidan.',
    ).out.entities.find((e) => e.type === 'Office' && e.name.startsWith('Foreign Minister'));
    expect(o?.aliases).toContain('Minister of Foreign Affairs of Turkey');
    expect(o?.aliases ?? []).not.toContain('Minister of Foreign Affairs of Türkiye');
  });
});

describe('office.org-named-in-title', () => {
  it('gives a title that names a known organisation after "of" to that organisation, not the issuer\'s state', () => {
    const h = madeUpRelations(
      'President Ama Mensah of Ghana met Mr Azzam Saleh, Member of the Fatah Central Committee, in Accra.',
    ).rels.filter((r) => r.type === 'OFFICE_OF');
    expect(h.map((r) => `${r.from}|${r.to}`)).toContain('Member of the Fatah Central Committee|Fatah');
    expect(h.some((r) => r.from.startsWith('Member of the Fatah') && r.to === 'Ghana')).toBe(false);
  });

  it('leaves a body found by its form alone, and a title naming two organisations, to the other rules', () => {
    const hits = [
      { type: 'Organization', name: 'Transitional Council', start: 16, end: 36, pattern: true },
      { type: 'Organization', name: 'Fatah', start: 44, end: 49 },
    ];
    expect(orgNamedInTitle('the Chairman of the Transitional Council', 4, 40, hits)).toBeUndefined();
    // The acronym the text gave a name found by its form is a name: "chief negotiator of LURD".
    const lurd = { type: 'Organization', name: 'Liberians United', start: 26, end: 30, pattern: true, surface: 'LURD' };
    expect(orgNamedInTitle('Mr A, chief negotiator of LURD', 6, 30, [lurd])).toBe('Liberians United');
    const text = 'the Joint Envoy of African Union and of United Nations';
    const at = (name: string) => ({
      type: 'Organization',
      name,
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
    });
    const two = [at('African Union'), at('United Nations')];
    expect(orgNamedInTitle(text, 4, text.length, two)).toBeUndefined();
    expect(orgNamedInTitle('the Joint Envoy of African Union', 4, 32, two)).toBe('African Union');
  });
});

describe('office.ambassador-in-place', () => {
  it('reads "the Ambassador of X in <capital>, A" as the Ambassador of X to the capital\'s state, held by A', () => {
    const h = holds('The talks were assisted by the Ambassador of Norway in Colombo, Mr. Jon Westborg.');
    expect(h).toContain('Jon Westborg|Ambassador of Norway to Sri Lanka');
    expect(holds('The Ambassador of the Republic of Chile in Peru, Ana Soto, attended the ceremony.')).toContain(
      'Ana Soto|Ambassador of Chile to Peru',
    );
  });

  it('reads no post from a place with no name after it, nor from a place that is no state or capital', () => {
    const o = madeUpRelations('The Minister received the Ambassador of Iran in Baghdad on 2 April.').out.entities;
    expect(o.some((e) => e.type === 'Office' && e.name.includes(' to Iraq'))).toBe(false);
    expect(holds('The Ambassador of Norway in Residence, Mr. Jon Westborg, attended.')).not.toContain(
      'Jon Westborg|Ambassador of Norway to Sri Lanka',
    );
  });
});

describe('office.org-title-no-guessed-state', () => {
  it("gives a bare Secretary-General or Commissioner no state guessed from a state's readout", () => {
    const h = holds(
      'President Filipe Nyusi of Mozambique signed the accord in Maputo in the presence of Secretary-General António Guterres and of Commissioner for Peace and Security Smail Chergui.',
    );
    expect(h).not.toContain('António Guterres|Secretary-General of Mozambique');
    expect(h.filter((x) => x.startsWith('Smail Chergui|') && x.endsWith('of Mozambique'))).toEqual([]);
  });

  it("keeps a state's title with its complement, and a state the text gives the holder", () => {
    expect(orgOnlyTitle('Secretary General of the Ministry of Foreign Affairs')).toBe(false);
    expect(orgOnlyTitle('Secretary-General')).toBe(true);
    expect(orgOnlyTitle('Commissioner for Trade')).toBe(true);
    expect(orgOnlyTitle('Commissioner of Police')).toBe(false);
    expect(
      holds('The Secretary-General of the Ministry of Foreign Affairs of Austria, Peter Launsky, attended.'),
    ).toContain('Peter Launsky|Secretary-General of the Ministry of Foreign Affairs of Austria');
  });
});
