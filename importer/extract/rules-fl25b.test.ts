// The fl25b round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// release on a peace agreement signed with an armed movement, a foreign ministry's page on an agreement signed at a
// negotiation table, a foreign ministry's release on a peace agreement signed with two armed movements), each rule on
// made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import type { GazetteerHit } from './gazetteer.ts';
import {
  acronymNameHits,
  ORG_ACRONYM_DEFINED_NAME,
  ORG_SHORT_FORM_OF_LONGER,
  SIGNED_IN_CITY_STATE,
  withLongerNames,
} from './rules-fl25b.ts';
import { SIGNERS_PATTERNS } from './rules-new6.ts';
import { entityFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const known = (name: string, text: string, type: GazetteerHit['type'] = 'Organization'): GazetteerHit => {
  const start = text.indexOf(name);
  return { type, name, surface: name, start, end: start + name.length, demonym: false };
};

describe(ORG_ACRONYM_DEFINED_NAME.id, () => {
  it('reads a name with an organisation head defined by its acronym, and the acronym wherever it stands', () => {
    const text = 'The Government and the Movement for Unity in Tarsia (MOUT) met. MOUT fighters will disarm.';
    const hits = acronymNameHits(text, [known('Tarsia', text, 'State')]);
    expect(hits.map((h) => [h.name, text.slice(h.start, h.end)])).toEqual([
      ['Movement for Unity in Tarsia', 'Movement for Unity in Tarsia'],
      ['Movement for Unity in Tarsia', 'MOUT'],
      ['Movement for Unity in Tarsia', 'MOUT'],
    ]);
  });

  it('reads a name without a head when its acronym is later told as an actor', () => {
    const text =
      'the Patriots United for Renewal and Peace (PURP) signed. Mr Karl Obe, chief negotiator of PURP, spoke.';
    expect(acronymNameHits(text, []).map((h) => h.surface)).toEqual([
      'Patriots United for Renewal and Peace',
      'PURP',
      'PURP',
    ]);
    const side = 'the Patriots United for Renewal and Peace (PURP) agreed; the PURP delegation left.';
    expect(acronymNameHits(side, []).map((h) => h.surface)).toContain('PURP');
  });

  it('leaves agreements, aid and goals, names without an actor cue, known names and acronyms that do not spell them', () => {
    expect(acronymNameHits('the Comprehensive Peace Agreement (CPA) and the CPA delegation', [])).toEqual([]);
    expect(acronymNameHits('the Short-Range Missile Forces (SRMF) Treaty and the SRMF forces', [])).toEqual([]);
    expect(acronymNameHits('more Official Development Assistance (ODA) and ODA to Africa', [])).toEqual([]);
    expect(acronymNameHits('the Patriots United for Renewal and Peace (PURP) was mentioned', [])).toEqual([]);
    const un = 'the United Nations Children Fund (UNICEF) helped';
    expect(acronymNameHits(un, [known('United Nations Children Fund', un)])).toEqual([]);
    expect(acronymNameHits('the Movement for Unity in Tarsia (XYZ) met', [])).toEqual([]);
    expect(
      acronymNameHits('the Government of Chad and the Movement for Unity (MU) met', []).map((h) => h.name),
    ).toEqual(['Movement for Unity', 'Movement for Unity']);
  });

  it('makes the movement a party to what it signs and the side its negotiator speaks for, not the state in its name', () => {
    const f = roleFacts(
      'The Government of Chad and the Movement for Justice in Chad (MJC) today signed a Comprehensive Peace Agreement. Mr. Paul Kaze, chief negotiator of the MJC, signed on behalf of the movement.',
    );
    expect(f.rels.has('PARTY_TO|Movement for Justice in Chad|Comprehensive Peace Agreement')).toBe(true);
    expect(f.rels.has('PARTY_TO|Chad|Comprehensive Peace Agreement')).toBe(true);
    const e = entityFacts('The Movement for Justice in Chad (MJC) met the Government of Chad in Doha.');
    expect(e.forms.has('Organization|MJC')).toBe(true);
    expect(e.forms.has('State|MJC')).toBe(false);
  });
});

describe(SIGNED_IN_CITY_STATE.id, () => {
  it('lets a place with its state between commas stand between the verb of signing and the agreement', () => {
    expect(SIGNERS_PATTERNS.verbBefore.test('A and B today signed in Accra, Ghana, a ')).toBe(true);
    expect(SIGNERS_PATTERNS.verbBefore.test('A and B signed at Addis Ababa, Ethiopia, the ')).toBe(true);
    const f = roleFacts('The Government of Chad and the Umoja Front today signed in Accra, Ghana, a Peace Agreement.');
    expect(f.rels.has('PARTY_TO|Umoja Front|Peace Agreement')).toBe(true);
    expect(f.rels.has('PARTY_TO|Chad|Peace Agreement')).toBe(true);
  });

  it('leaves a verb followed by a longer clause before the agreement', () => {
    expect(SIGNERS_PATTERNS.verbBefore.test('A and B signed in Accra, after long talks on the border, the ')).toBe(
      false,
    );
    expect(SIGNERS_PATTERNS.verbBefore.test('A and B signed, in Accra, Ghana, and later in Lomé, Togo, the ')).toBe(
      false,
    );
  });
});

describe(ORG_SHORT_FORM_OF_LONGER.id, () => {
  const org = (name: string, start: number, pattern = true): GazetteerHit => ({
    type: 'Organization',
    name,
    surface: name,
    start,
    end: start + name.length,
    demonym: false,
    pattern,
  });

  it('names a short pattern-found organisation by the one longer name it opens', () => {
    const hits = withLongerNames([org('Civic Union for Law and Peace', 0), org('Civic Union', 80)]);
    expect(hits.map((h) => [h.name, h.surface])).toEqual([
      ['Civic Union for Law and Peace', 'Civic Union for Law and Peace'],
      ['Civic Union for Law and Peace', 'Civic Union'],
    ]);
    const f = roleFacts(
      'The Government and the Civic Union for Law and Peace met in Lomé. For the Civic Union, the text was signed by Mr. Karl Obe, who negotiates on behalf of the Civic Union.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Karl Obe|Civic Union for Law and Peace');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Karl Obe|Civic Union');
  });

  it('leaves a short name two longer ones open, a one-word name, names found by name and other continuations', () => {
    const two = [
      org('Joint Commission on Trade', 0),
      org('Joint Commission on Security', 40),
      org('Joint Commission', 90),
    ];
    expect(withLongerNames(two).map((h) => h.name)).toEqual(two.map((h) => h.name));
    expect(withLongerNames([org('Union of Tarsia', 0), org('Union', 30)]).map((h) => h.name)).toEqual([
      'Union of Tarsia',
      'Union',
    ]);
    expect(withLongerNames([org('Civic Union for Peace', 0), org('Civic Union', 30, false)])[1]!.name).toBe(
      'Civic Union',
    );
    expect(withLongerNames([org('Civic Union Party', 0), org('Civic Union', 30)])[1]!.name).toBe('Civic Union');
  });
});
