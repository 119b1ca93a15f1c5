// Tests of the ent25 rules on made-up sentences (not the entities-5 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { findGazetteerHits } from './gazetteer.ts';
import { stateWordInName } from './rules-ent25.ts';
import { entityFacts } from './test-facts.ts';

const facts = entityFacts;
const has = (f: { names: Set<string> }, n: string) => f.names.has(n);
/** The state words of `text` that person.state-word-name reads as parts of names. */
const inNames = (text: string) => {
  const g = findGazetteerHits(text);
  return g.filter((h) => stateWordInName(text, h, g)).map((h) => h.surface);
};

describe('person.state-word-name (ent25)', () => {
  it('a state name as a given name after a title, a calling or a style', () => {
    const f = facts('Secretary of Transportation Chad Jones met the Minister of Trade of Peru, Ana Torres, in Lima.');
    expect(has(f, 'Person|Chad Jones')).toBe(true);
    expect(has(f, 'State|Chad')).toBe(false);
    expect([...f.names].some((n) => n.startsWith('Office|') && n.includes('Chad'))).toBe(false);
    expect(inNames('Former lawmaker Jordan Smith and Deputy Minister Kenya Lopez attended the dinner.')).toEqual([
      'Jordan',
      'Kenya',
    ]);
    expect(inNames('The talks were attended by Mr. Israel Ortiz, a lawyer, and others.')).toEqual(['Israel']);
  });
  it('a state name first, then a comma and a title', () => {
    expect(inNames('Georgia Lane, Director of the National Museum, opened the exhibition in Tbilisi.')).toEqual([
      'Georgia',
    ]);
  });
  it('a state name as a family name after a title and its complement, and its later mentions', () => {
    const f = facts(
      'Minister of Health Tom Holland met the Minister of Trade of Peru, Ana Torres. Holland said it went well.',
    );
    expect(has(f, 'Person|Tom Holland')).toBe(true);
    expect(has(f, 'State|Netherlands')).toBe(false);
  });
  it('negatives: a state after "of", "to", "the"; a state before a body word; headlines; a topic after a comma', () => {
    expect(inNames('The Ambassador to Chad Smith Lake was not named.')).toEqual([]);
    expect(inNames('He met the Governor of the Maldives Monetary Authority in Male.')).toEqual([]);
    expect(inNames('They toured the locks with the Administrator of the Panama Canal, Mr. Ruiz, on Monday.')).toEqual(
      [],
    );
    expect(inNames('On Taiwan, the President made clear that the policy had not changed.')).toEqual([]);
    expect(inNames('Minister Meets Chad Leaders In Capital')).toEqual([]);
    expect(inNames('The President of Kenya William Ruto met the Prime Minister of Israel in Nairobi.')).toEqual([]);
    const f = facts('The Foreign Minister of Jordan, Ayman Safadi, met Israeli officials and discussed Gaza.');
    expect(has(f, 'State|Jordan')).toBe(true);
  });
});

describe('issuer.agency-source (ent25)', () => {
  it("a national news agency as the source gives the issuer's state to bare titles", () => {
    const text =
      'Foreign Minister Ri Son Gwon met the visiting Deputy Foreign Minister of Laos, Somchai Vong, in the capital.';
    const f = facts(text, 'Korean Central News Agency');
    expect(f.rels.has('HOLDS_OFFICE|Ri Son Gwon|Foreign Minister of North Korea')).toBe(true);
    expect(has(f, 'State|South Korea')).toBe(false);
    const g = facts(
      'President Budi Santoso received the Prime Minister of Singapore, Tan Wei Ming, in Jakarta.',
      'Antara',
    );
    expect(g.rels.has('HOLDS_OFFICE|Budi Santoso|President of Indonesia')).toBe(true);
  });
  it('negative: an agency named in the text, not the source, is no issuer cue', () => {
    const f = facts(
      'President Budi Santoso told Antara that the Prime Minister of Singapore, Tan Wei Ming, would visit.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Budi Santoso|President of Indonesia')).toBe(false);
  });
});

describe('org.slash-acronym and org.slash-name (ent25)', () => {
  it('a bracketed acronym with a slash, and a name going on after a slash', () => {
    const text =
      'The government signed an accord with the Patriotic Liberation Movement/Army (PLM/A) and with the National Resistance Front of Liberia (NRF/L). The PLM/A welcomed it.';
    const f = entityFacts(text);
    expect(f.forms.has('Organization|Patriotic Liberation Movement/Army')).toBe(true);
    expect(f.forms.has('Organization|PLM/A')).toBe(true);
    expect(f.forms.has('Organization|NRF/L')).toBe(true);
  });
  it('negatives: no slash acronym after it, no name after the slash; an acronym is not cut at its slash', () => {
    const f = entityFacts(
      'The Patriotic Liberation Movement/Army split in 2011. The National Resistance Front (NRF/L) met.',
    );
    expect(f.forms.has('Organization|Patriotic Liberation Movement/Army')).toBe(false);
    expect(f.forms.has('Organization|NRF')).toBe(false);
  });
});
