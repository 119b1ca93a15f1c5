// Unit tests of the gaz13 gazetteers: more organisations (gazetteer-orgs.ts) and major cities (cities.ts, rule
// place.city-state). Sentences are made up.
import { describe, expect, it } from 'vitest';

import { MAJOR_CITIES } from './cities.ts';
import { acronymHits, findGazetteerHits } from './gazetteer.ts';
import { MORE_ORGANIZATIONS } from './gazetteer-orgs.ts';
import { ORGANIZATIONS } from './lexicons.ts';
import { PLACE_STATE, STATE_BY_NAME, VENUE_STATE } from './states.ts';
import { eventFacts } from './test-facts.ts';

const orgs = (text: string) =>
  findGazetteerHits(text)
    .filter((h) => h.type === 'Organization')
    .map((h) => `${h.name}:${h.surface}`);

describe('organisation gazetteer (gaz13)', () => {
  it('names every form only once across both lists', () => {
    const forms = ORGANIZATIONS.flat();
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('keeps no two-letter acronym and no loose "Al" word', () => {
    expect(MORE_ORGANIZATIONS.flat().filter((f) => /^[A-Z]{2}$/.test(f) || /(?:^|\s)Al\s/.test(f))).toEqual([]);
  });

  it('finds regional bodies, banks, UN agencies and armed groups by name and acronym', () => {
    expect(
      orgs('ECCAS and the East African Community asked the AfDB and the Asian Infrastructure Investment Bank'),
    ).toEqual([
      'Economic Community of Central African States:ECCAS',
      'East African Community:East African Community',
      'African Development Bank:AfDB',
      'Asian Infrastructure Investment Bank:Asian Infrastructure Investment Bank',
    ]);
    expect(orgs('talks with the ELN and the EMC; the M23 took Goma; the RSF and the TPLF; UNICEF and MONUSCO')).toEqual(
      [
        'National Liberation Army:ELN',
        'Estado Mayor Central:EMC',
        'M23:M23',
        'Rapid Support Forces:RSF',
        "Tigray People's Liberation Front:TPLF",
        "United Nations Children's Fund:UNICEF",
        'MONUSCO:MONUSCO',
      ],
    );
    expect(orgs('the UN Refugee Agency, Hizbullah and OPEC+')).toEqual([
      'United Nations High Commissioner for Refugees:UN Refugee Agency',
      'Hezbollah:Hizbullah',
      'OPEC+:OPEC+',
    ]);
  });

  it('does not read a longer or other name as one of them', () => {
    // A generic name at the end of a longer one; an acronym inside a hyphenated one; acronyms left out as ambiguous.
    expect(orgs('the Sri Lanka Human Rights Council and the Kosovo National Liberation Army')).toEqual([]);
    expect(orgs('the IFC-IOR in Gurugram; the ADF and the SDF exercise; the SAF band')).toEqual([]);
    expect(orgs('an eco-friendly Mayor; the bis repetita')).toEqual([]);
  });
});

describe('rule org.acronym-defined (an acronym left out of the gazetteer, defined in the text)', () => {
  const defined = (text: string) => acronymHits(text, findGazetteerHits(text)).map((h) => `${h.name}:${h.start}`);

  it('names the organisation wherever the text uses the acronym it defined in parentheses', () => {
    const t = 'The Syrian Democratic Forces (SDF) agreed to talks; the SDF delegation arrived on Monday.';
    expect(defined(t)).toEqual([
      `Syrian Democratic Forces:${t.indexOf('SDF')}`,
      `Syrian Democratic Forces:${t.lastIndexOf('SDF')}`,
    ]);
  });

  it('reads no acronym that the text did not define after the name, nor one standing after a longer name', () => {
    expect(defined('The Syrian Democratic Forces met; the SDF exercise went ahead.')).toEqual([]);
    expect(defined('The Syrian Democratic Forces Liaison Office (SDFLO) opened.')).toEqual([]);
  });
});

describe('rule place.city-state (gaz13)', () => {
  it('maps every city to a known state, and never a state name or a left-out ambiguous name', () => {
    expect(Object.values(MAJOR_CITIES).filter((s) => !STATE_BY_NAME.has(s))).toEqual([]);
    for (const c of ['Nice', 'Victoria', 'Georgia', 'Alexandria', 'Birmingham', 'Perth', 'Medina', 'Xinjiang', 'Rafah'])
      expect(PLACE_STATE.has(c)).toBe(false);
    expect(PLACE_STATE.get('Kharkiv')).toBe('Ukraine');
    expect(PLACE_STATE.get('Giza')).toBe('Egypt');
    // A capital keeps its state; New York seats the UN and hosts nobody's talks.
    expect(PLACE_STATE.get('Kyiv')).toBe('Ukraine');
    expect(VENUE_STATE.has('New York')).toBe(false);
    expect(PLACE_STATE.get('New York')).toBe('United States');
  });

  const lead = 'Foreign Minister Ana Ruiz of Spain met Foreign Minister Li Wen of China in Madrid. ';

  it('an incident placed in a major city involves its state', () => {
    const f = eventFacts(`${lead}They condemned the missile strike on Kharkiv and the attack in Goma.`);
    expect(f.of('INVOLVES')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^INVOLVES\|missile strike on Kharkiv\|Ukraine$/),
        expect.stringMatching(/^INVOLVES\|attack in Goma\|DR Congo$/),
      ]),
    );
  });

  it('talks between two states in a city of a third state the readout names have it as host', () => {
    const f = eventFacts(`${lead}They welcomed the talks between Sudan and South Sudan in Giza and thanked Egypt.`);
    expect(f.has('INVOLVES', 'talks between Sudan and South Sudan in Giza', 'Egypt')).toBe(true);
  });

  it('a city left out as ambiguous, or a meeting in New York, gives no state', () => {
    const f = eventFacts(`${lead}They condemned the bombing in Nice.`);
    expect(f.of('INVOLVES').filter((r) => r.includes('bombing'))).toEqual([]);
    const g = eventFacts(
      `${lead}They recalled the talks between Sudan and South Sudan in New York and thanked the United States.`,
    );
    expect(g.of('INVOLVES').filter((r) => r.endsWith('|United States'))).toEqual([]);
  });
});
