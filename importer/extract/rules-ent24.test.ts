// Tests of the ent24 rules on made-up sentences (not the entities-4 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import {
  isGivenInitials,
  orgAcronymForms,
  PLURAL_POSSESSIVE,
  REGNAL_NUMERAL,
  SAME_PLURAL_DEMONYM,
  titleWordSurname,
  withoutNameAcronym,
} from './rules-ent24.ts';
import { citizensAbroad } from './rules-ent23.ts';
import { entityFacts, extractFacts } from './test-facts.ts';

const facts = entityFacts;
const people = (f: { names: Set<string> }) => [...f.names].filter((n) => n.startsWith('Person|'));

describe('person.initials-given-name (ent24)', () => {
  it('two or three capitals without a vowel are initials', () => {
    expect(isGivenInitials('JD')).toBe(true);
    expect(isGivenInitials('MK')).toBe(true);
    const f = facts('Governor JB Pritzker met the Consul General of Mexico in Chicago, Carlos Rodríguez.');
    expect(people(f)).toContain('Person|JB Pritzker');
    expect(people(f)).not.toContain('Person|Pritzker Jb');
  });
  it('not a family name in capitals, nor "NG"', () => {
    expect(isGivenInitials('NG')).toBe(false);
    expect(isGivenInitials('KIM')).toBe(false);
    expect(isGivenInitials('OH')).toBe(false);
    const f = facts('Mr. SATO Kenji, Ambassador of Japan to Kenya, called on the Cabinet Secretary.');
    expect(people(f)).toContain('Person|Kenji Sato');
  });
});

describe('person.title-word-surname (ent24)', () => {
  const isState = (w: string) => w === 'Jordan';
  it('a title word last in a name, nothing capitalised after it, is the family name', () => {
    expect(titleWordSurname('Pope', ' met the', isState)).toBe(true);
    expect(titleWordSurname('King', ' of Maine led', isState)).toBe(true);
    const f = facts('UNHCR Deputy High Commissioner Kelly King met the Minister of the Interior of Chad in Abéché.');
    expect(people(f)).toContain('Person|Kelly King');
    expect(people(f)).not.toContain('Person|Kelly');
  });
  it('not before "of" a state, nor another title word', () => {
    expect(titleWordSurname('King', ' of Jordan', isState)).toBe(false);
    expect(titleWordSurname('President', ' met the', isState)).toBe(false);
    const f = facts('His Majesty King Abdullah II received Pope Francis at the Royal Palace.');
    expect(people(f)).not.toContain('Person|Majesty King');
  });
});

describe('office.plural-possessive-state (ent24)', () => {
  it('"Barbados\' Minister …" owns the title as "Egypt\'s" does', () => {
    const f = facts(
      "The Bahamas' Minister of Foreign Affairs, Fred Mitchell, met Canada's Foreign Minister in Nassau.",
      'Global Affairs Canada',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Fred Mitchell|Minister of Foreign Affairs of the Bahamas');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Fred Mitchell|Minister of Foreign Affairs of Canada');
  });
  it('not a bare apostrophe after another letter (a closing quote)', () => {
    const ending = new RegExp(`^(?:Mali|Barbados)${PLURAL_POSSESSIVE.ending} `);
    expect(ending.test("Barbados' ")).toBe(true);
    expect(ending.test("Mali' ")).toBe(false);
    expect(ending.test("Mali's ")).toBe(true);
  });
});

describe('office.citizens-abroad-same-plural and state.demonym-not-name (ent24)', () => {
  it('a demonym in -ese before "Abroad" is a portfolio, and the title takes its state', () => {
    expect(SAME_PLURAL_DEMONYM.test('Togolese')).toBe(true);
    expect(citizensAbroad('Togolese', ' Abroad,', new Set(['Togolese']))).toBe('Togolese');
    const f = facts(
      'The Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Koffi Mensah, received the Ambassador of Egypt.',
    );
    expect(f.rels).toContain(
      'HOLDS_OFFICE|Koffi Mensah|Minister of Foreign Affairs, Regional Integration and Togolese Abroad of Togo',
    );
  });
  it('not without "Abroad"', () => {
    expect(citizensAbroad('Togolese', ' delegation', new Set(['Togolese']))).toBeUndefined();
    expect(SAME_PLURAL_DEMONYM.test('Malian')).toBe(false);
  });
});

describe('office.counterpart-title (ent24)', () => {
  it("the counterpart holds the subject's office, cut at its first comma, in the adjective's state", () => {
    const f = facts(
      'The Minister of Foreign Affairs, Cooperation and Beninese Abroad, Paul Hounsou, met his Nigerian counterpart, Tunde Bakare, in Cotonou.',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Tunde Bakare|Minister of Foreign Affairs of Nigeria');
    expect(f.rels).toContain('OFFICE_OF|Minister of Foreign Affairs of Nigeria|Nigeria');
  });
  it('not from a bare rank, nor without an adjective', () => {
    const f = facts(
      'Minister Lindqvist met his Danish counterpart, Jens Holm, in Malmö.',
      'Government Offices of Sweden',
    );
    expect([...f.rels].some((r) => r.startsWith('HOLDS_OFFICE|Jens Holm|Minister of'))).toBe(false);
    const g = facts(
      'Defence Minister Rui Alves spoke with his counterpart, Mark Tan, by phone.',
      'Government of Portugal',
    );
    expect([...g.rels].some((r) => r.startsWith('HOLDS_OFFICE|Mark Tan|'))).toBe(false);
  });
});

describe("the Holy See's offices and regnal numerals (ent24)", () => {
  it('"Secretary for Relations with States" is the Holy See\'s, whatever state is named beside it', () => {
    const f = facts(
      'The President of Ecuador, Daniel Noboa, later met Archbishop Paul Gallagher, Secretary for Relations with States.',
      'Holy See Press Office',
    );
    expect(f.rels).toContain('OFFICE_OF|Secretary for Relations with States of Vatican City|Vatican City');
    expect(
      [...f.rels].some((r) => r.startsWith('OFFICE_OF|Secretary for Relations with States') && r.endsWith('|Ecuador')),
    ).toBe(false);
  });
  it("a Permanent Observer to the UN is the sending body's", () => {
    const f = facts(
      'Archbishop Ettore Balestrero, Permanent Observer of the Holy See to the United Nations in Geneva, spoke.',
    );
    expect(f.rels).toContain('OFFICE_OF|Permanent Observer of the Holy See to the United Nations|Vatican City');
    expect([...f.rels].some((r) => r.startsWith('OFFICE_OF|Permanent Observer') && r.endsWith('|United Nations'))).toBe(
      false,
    );
  });
  it('"Leo XIV" keeps its numeral; a word that is no numeral is title-cased', () => {
    expect(REGNAL_NUMERAL.test('XIV')).toBe(true);
    expect(REGNAL_NUMERAL.test('XVI')).toBe(true);
    expect(REGNAL_NUMERAL.test('XI')).toBe(true);
    expect(REGNAL_NUMERAL.test('MK')).toBe(false);
    expect(REGNAL_NUMERAL.test('IIX')).toBe(false);
    const f = facts('Pope Leo XIV received the Prime Minister of Italy, Giorgia Meloni, in the Apostolic Palace.');
    expect(people(f)).toContain('Person|Leo XIV');
  });
});

describe('UN missions by full name and armed coalitions (ent24 gazetteer rows)', () => {
  it('the mission\'s head is the mission\'s, not cut to "Head of the United Nations"', () => {
    const f = facts(
      'The Head of the United Nations Interim Force in Lebanon (UNIFIL), Major General Diodato Abagnara, met the Lebanese Prime Minister.',
    );
    expect(f.rels).toContain('HOLDS_OFFICE|Diodato Abagnara|Head of the United Nations Interim Force in Lebanon');
    expect([...f.rels].some((r) => r.includes('|Head of the United Nations|'))).toBe(false);
  });
  it('a coalition by its own name is no person', () => {
    const f = facts('Viv Ansanm said on Monday it would block the roads into Cap-Haïtien.');
    expect([...f.names]).toContain('Organization|Viv Ansanm');
    expect(people(f)).not.toContain('Person|Viv Ansanm');
  });
});

describe('office.org-acronym-forms (ent24)', () => {
  it("an organisation's office is known by the acronym the text gives it", () => {
    expect(orgAcronymForms('Director-General', ['WTO', 'World Trade Organization'])).toEqual([
      'Director-General of WTO',
      'Director-General of the WTO',
    ]);
    const f = facts('UNHCR High Commissioner Barham Salih visited a camp near Gambella with officials of Ethiopia.');
    expect([...f.forms]).toContain('Office|High Commissioner of the UNHCR');
  });
  it('not a name that is no acronym', () => {
    expect(orgAcronymForms('Secretary-General', ['Commonwealth', 'Arab League'])).toEqual([]);
  });
});

describe('event.acronym-out-of-name (ent24)', () => {
  it('a bracketed acronym closing the run is the alias, not part of the name', () => {
    expect(withoutNameAcronym('Antalya Diplomacy Forum (ADF)')).toBe('Antalya Diplomacy Forum');
    const { out } = extractFacts('Prime Minister Li Qiang opened the Boao Forum for Asia (BFA) in Hainan.', {
      file: 'made-up.txt',
      date: '2025-03-27',
    });
    const ev = out.entities.filter((e) => e.type === 'Event');
    expect(ev.some((e) => e.name.endsWith(')'))).toBe(false);
  });
  it('not brackets that hold no acronym, nor a bracket alone', () => {
    expect(withoutNameAcronym('Summit of the Americas (Ninth)')).toBe('Summit of the Americas (Ninth)');
    expect(withoutNameAcronym('(ADF)')).toBe('(ADF)');
  });
});
