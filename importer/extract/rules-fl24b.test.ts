// The fl24b round's tests (issue 6): constructions shown by three first-look samples in new styles (a state house's
// release on a peace agreement with a rebel movement, a kingdom's page on a regional envoy's visit, a foreign ministry's
// note on an agreement between a government and provincial prefects), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { findGazetteerHits, findPatternOrgs } from './gazetteer.ts';
import { ORG_HEADS } from './lexicons.ts';
import {
  OFFICE_SECOND_TITLE_MODIFIER,
  ORG_LEADING_INDEFINITE_ARTICLE,
  PERSON_PLURAL_OF_STATES_INTERLEAVED,
} from './rules-fl24b.ts';
import { NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER } from './rules-fl24b-rel.ts';
import { entityFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const patternOrgs = (text: string) => findPatternOrgs(text, findGazetteerHits(text), ORG_HEADS).map((h) => h.surface);

describe(ORG_LEADING_INDEFINITE_ARTICLE.id, () => {
  it('drops an indefinite article opening a sentence from the organisation after it', () => {
    expect(patternOrgs('A Joint Monitoring Committee, chaired by the mediator, will meet in Juba.')).toEqual([
      'Joint Monitoring Committee',
    ]);
    expect(patternOrgs('An Oversight Board will be set up within a month.')).toEqual(['Oversight Board']);
  });

  it('keeps names that merely contain a capital A, and the definite article rule as it was', () => {
    expect(patternOrgs('The Agency for Development and the Aga Khan Foundation signed.')).toEqual([
      'Agency for Development',
      'Aga Khan Foundation',
    ]);
    expect(patternOrgs('Antara Development Bank opened an office.')).toEqual(['Antara Development Bank']);
  });
});

describe('fl24b gazetteer and lexicon rows', () => {
  it('knows UNASUR, the OAU and ECOMOG by their names and acronyms', () => {
    const hits = (t: string) => findGazetteerHits(t).map((h) => `${h.name}:${h.surface}`);
    expect(hits('the Union of South American Nations (UNASUR) met')).toEqual([
      'Union of South American Nations:Union of South American Nations',
      'Union of South American Nations:UNASUR',
    ]);
    expect(hits('the OAU and ECOMOG')).toEqual(['Organization of African Unity:OAU', 'ECOMOG:ECOMOG']);
    expect(hits('a union of nations of South America')).toEqual([]);
  });

  it('drops the Reverend and a rank from a name, and reads Prefect as a title', () => {
    const f = entityFacts(
      'The talks were attended by the Reverend Amos Tengo. The rebel movement was represented by its leader, Corporal Dido Kamara. The Prefect of the Department of Oruro, Luis Mendaro, met the Minister. Prefect Mendaro said the talks went well.',
      'Ministry of Foreign Affairs of Bolivia',
    );
    expect(f.names.has('Person|Amos Tengo')).toBe(true);
    expect([...f.forms].some((n) => /^Person\|(?:the )?Reverend Amos Tengo$/.test(n))).toBe(true);
    expect(f.names.has('Person|Dido Kamara')).toBe(true);
    expect(f.names.has('Person|Luis Mendaro')).toBe(true);
    expect(f.names.has('Person|Prefect Mendaro')).toBe(false);
    expect(f.names.has('Organization|Prefect of the Department of Oruro')).toBe(false);
    expect([...f.rels].some((r) => r.startsWith('HOLDS_OFFICE|Luis Mendaro|Prefect of the Department of Oruro'))).toBe(
      true,
    );
  });

  it('leaves a lower-case reverend, captain or prefect in running text alone', () => {
    const f = entityFacts('The ship\u2019s captain and the regional prefect were briefed by Minister Ana Ruiz.');
    expect([...f.names].filter((n) => n.startsWith('Person|'))).toEqual(['Person|Ana Ruiz']);
  });
});

describe(OFFICE_SECOND_TITLE_MODIFIER.id, () => {
  it('gives both titles to the name when the second carries a word of tenure', () => {
    const f = entityFacts(
      'The ceremony was hosted by the President of Ghana and current Chairman of the African Union, John Mensah. The meeting was convened by the President of Peru and pro tempore President of the Andean Community, Rosa Quispe.',
    );
    expect(f.rels.has('HOLDS_OFFICE|John Mensah|President of Ghana')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|John Mensah|Chairman of the African Union')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Rosa Quispe|President of Peru')).toBe(true);
  });

  it('leaves a second title that is another person\'s, and a word of tenure without "and"', () => {
    const f = entityFacts(
      'The President of Ghana, Kofi Boateng, received the outgoing Chairman of the African Union, John Mensah.',
    );
    expect(f.rels.has('HOLDS_OFFICE|John Mensah|President of Ghana')).toBe(false);
    expect(f.rels.has('HOLDS_OFFICE|Kofi Boateng|President of Ghana')).toBe(true);
    expect(OFFICE_SECOND_TITLE_MODIFIER.andThen.exec(' and the current Chairman')![0]).toBe(' and the ');
    expect(OFFICE_SECOND_TITLE_MODIFIER.andThen.test(' and current Chairman')).toBe(true);
    expect(OFFICE_SECOND_TITLE_MODIFIER.andThen.test(' current Chairman')).toBe(false);
    expect(OFFICE_SECOND_TITLE_MODIFIER.andThen.exec(' and pro tempore President')![0]).toBe(' and pro tempore ');
  });
});

describe('fl24b: "Right Honourable" bare after the title\'s comma', () => {
  it('gives the Prime Minister his office through the style', () => {
    const f = entityFacts(
      'The Government delegation was headed by the Prime Minister, Right Honourable Sipho Dube, and included the Minister of Finance.',
      'Government of the Kingdom of Eswatini',
    );
    expect([...f.rels].some((r) => /^HOLDS_OFFICE\|Sipho Dube\|Prime Minister of /.test(r))).toBe(true);
    expect(f.names.has('Person|Right Honourable Sipho Dube')).toBe(false);
  });
});

describe(PERSON_PLURAL_OF_STATES_INTERLEAVED.id, () => {
  it('pairs each state with the name after it', () => {
    const f = entityFacts(
      'The Presidents of Ghana, John Mensah, and of Togo, Kofi Eklu, also attended the ceremony. The Foreign Ministers of Chile, Ana Soto, of Peru, Luis Vega, and of Bolivia, Rosa Mamani, met in Lima.',
    );
    expect(f.rels.has('HOLDS_OFFICE|John Mensah|President of Ghana')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Kofi Eklu|President of Togo')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Luis Vega|Foreign Minister of Peru')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Rosa Mamani|Foreign Minister of Bolivia')).toBe(true);
  });

  it('needs two pairs closed by "and of"', () => {
    const f = entityFacts(
      'The Presidents of Ghana, John Mensah, said the summit was a success. The Ministers of Ghana, Kofi Eklu, of Togo, Ama Dede, spoke.',
    );
    expect([...f.rels].filter((r) => r.startsWith('HOLDS_OFFICE|'))).toEqual([]);
    expect(PERSON_PLURAL_OF_STATES_INTERLEAVED.nameToState.test(', and of Togo')).toBe(true);
    expect(PERSON_PLURAL_OF_STATES_INTERLEAVED.nameToState.test(', who met Togo')).toBe(false);
  });
});

describe(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.id, () => {
  const bolivia = 'Ministry of Foreign Affairs and Worship of Bolivia';

  it("gives the issuer's state to who signs on behalf of the National Government", () => {
    const f = roleFacts(
      'The Vice President of the Republic, Luis Mendaro, and the Governor of the Department of Oruro, Ana Ruiz, signed an agreement today. The Vice President signed on behalf of the National Government, and Governor Ruiz on behalf of the regional council.',
      bolivia,
    );
    expect(f.by(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.id)).toEqual(['NEGOTIATES_FOR|Luis Mendaro|Bolivia']);
  });

  it('leaves a named government, a bare "the Government" and a readout without an issuer', () => {
    const named = roleFacts(
      'The Minister of Finance of Bolivia, Luis Mendaro, signed on behalf of the National Government of Peru.',
      bolivia,
    );
    expect(named.by(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.id)).toEqual([]);
    const bare = roleFacts('The Minister, Rosa Quispe, signed on behalf of the Government.', bolivia);
    expect(bare.by(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.id)).toEqual([]);
    const none = roleFacts('Rosa Quispe signed on behalf of the National Government.');
    expect(none.by(NEGOTIATES_FOR_NATIONAL_GOVERNMENT_ISSUER.id)).toEqual([]);
  });
});
