// Tests of the ent26 rules on made-up sentences (not the entities-6 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { entityFacts } from './test-facts.ts';
import { isLegislatureName } from './rules-ent26.ts';

const orgs = (text: string, source?: string) =>
  [...entityFacts(text, source).names].filter((n) => n.startsWith('Organization|')).map((n) => n.slice(13));

describe('org.legislature (ent26)', () => {
  it('a legislature named "of" its state', () => {
    expect(orgs('The treaty will go to the National Assembly of Gabon and to the Parliament of Chad.')).toEqual(
      expect.arrayContaining(['National Assembly of Gabon', 'Parliament of Chad']),
    );
    expect(orgs('The minister addressed the Assembly of the Republic of Albania on Tuesday.')).toContain(
      'Assembly of the Republic of Albania',
    );
  });
  it('a bare legislature in a sentence on what it does, named with the issuer’s state', () => {
    const o = orgs(
      'The Prime Minister said the accord would be laid before Parliament in March.',
      'Office of the Prime Minister of Jamaica',
    );
    expect(o).toContain('Parliament of Jamaica');
    expect(
      orgs(
        'The President said the protocol will be submitted to the National Assembly for ratification.',
        'Presidency of Benin',
      ),
    ).toContain('National Assembly of Benin');
  });
  it('one body, one entity: a demonym form and the full name', () => {
    const o = orgs(
      'The accord was sent to the Grand National Assembly of Türkiye. Officials said the Turkish Parliament would vote on it soon.',
    );
    expect(o).toContain('Grand National Assembly of Türkiye');
    expect(o).not.toContain('Turkish Parliament');
  });
  it('legislatures by their own names', () => {
    expect(orgs('The Speaker of the Knesset met members of the Sejm in Warsaw.')).toEqual(
      expect.arrayContaining(['Knesset', 'Sejm']),
    );
  });
  it('no legislature in other names, buildings, titles or a sentence that does nothing with one', () => {
    const src = 'Ministry of Foreign Affairs of Kenya';
    expect(orgs('The delegation toured Parliament House and met the press.', src)).toEqual([]);
    expect(orgs('Two Members of Parliament joined the delegation at the talks.', src)).not.toContain(
      'Parliament of Kenya',
    );
    expect(orgs('The minister will brief Parliament on the talks next week.', src)).toEqual([]);
    expect(orgs('The Indian National Congress held a rally, and the bill was passed.', src)).not.toContain(
      'Congress of Kenya',
    );
    expect(orgs('The resolution was adopted by the European Parliament.', src)).not.toContain('Parliament of Kenya');
  });
});

describe('office.leader-of-body (ent26)', () => {
  const rels = (text: string, source?: string) => entityFacts(text, source).rels;
  it('a leader named before or after "leader of the <body>"', () => {
    const r = rels(
      'The accord was signed by the Prime Minister, Mr Tomas Vale, leader of the United Reform Congress, and by the leader of the Popular Liberation Front (PLF), Mr Pedro Ruiz.',
      'Government of Lesotho',
    );
    expect(r).toContain('HOLDS_OFFICE|Tomas Vale|Leader of the United Reform Congress');
    expect(r).toContain('OFFICE_OF|Leader of the United Reform Congress|United Reform Congress');
    expect(r).toContain('HOLDS_OFFICE|Pedro Ruiz|Leader of the Popular Liberation Front');
    expect(r).toContain('OFFICE_OF|Leader of the Popular Liberation Front|Popular Liberation Front');
  });
  it('not a leader of a state, of the opposition, nor a phrase with no one named next to it', () => {
    const r = [
      ...rels('The President met Mr Tomas Vale, leader of the Opposition, in the capital.', 'Government of Lesotho'),
      ...rels('Mr Tomas Vale, leader of the Netherlands delegation, spoke first.', 'Government of Lesotho'),
      ...rels('The leader of the United Reform Congress was not present at the talks.', 'Government of Lesotho'),
    ];
    expect(r.filter((x) => x.includes('Leader of the'))).toEqual([]);
  });
});

describe('party-to.not-legislature (merge of ent26 and agr26)', () => {
  const rels = (text: string) => [...entityFacts(text).rels];
  it('names a legislature by its own name or by its head and state, not other bodies', () => {
    expect(isLegislatureName('Sejm')).toBe(true);
    expect(isLegislatureName('National Assembly of Gabon')).toBe(true);
    expect(isLegislatureName('African Union')).toBe(false);
    expect(isLegislatureName('Assembly of Heads of State and Government')).toBe(false);
  });
  it('leaves a legislature that voted on a treaty out of its parties; the state stays one', () => {
    const r = rels('Latvia’s withdrawal from the Ottawa Convention took effect after the Saeima voted to leave it.');
    expect(r).toContain('PARTY_TO|Latvia|Ottawa Convention');
    expect(r.filter((x) => x.startsWith('PARTY_TO|Saeima|'))).toEqual([]);
  });
});
