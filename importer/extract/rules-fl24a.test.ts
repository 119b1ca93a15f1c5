// The fl24a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// release with surnames in capitals, a presidency's page on a ceasefire with an armed movement, a foreign ministry's
// release on a partnership agreement), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import type { GazetteerHit } from './gazetteer.ts';
import {
  capsSurnameMentions,
  hyphenMovementHits,
  ORG_HYPHEN_ACRONYM_MOVEMENT,
  ORG_NOT_LEADING_ARTICLE_OR_ENVOYS,
  PERSON_CAPS_SURNAME,
  withoutLeadingEnvoys,
} from './rules-fl24a.ts';
import { entityFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const hit = (name: string, start: number): GazetteerHit => ({
  type: 'Organization',
  name,
  surface: name,
  start,
  end: start + name.length,
  demonym: false,
});

describe(ORG_HYPHEN_ACRONYM_MOVEMENT.id, () => {
  it('reads a word joined to an acronym by a hyphen after "the" as a movement, every time it stands', () => {
    const text = 'Talks between the Government and the Umoja-FDL resumed. Umoja-FDL fighters will gather in camps.';
    const hits = hyphenMovementHits(text, []);
    expect(hits.map((h) => [h.name, text.slice(h.start, h.end)])).toEqual([
      ['Umoja-FDL', 'Umoja-FDL'],
      ['Umoja-FDL', 'Umoja-FDL'],
    ]);
    expect(hyphenMovementHits('the leader of the MRD-FPK, Mr Tomas Arno', []).map((h) => h.name)).toEqual(['MRD-FPK']);
  });

  it('leaves pairs of known names, meeting modifiers, words with digits and words without "the"', () => {
    const text = 'the EU-CELAC summit and the Kora-ZTB summit';
    expect(hyphenMovementHits(text, [hit('EU', 4), hit('CELAC', 7)])).toEqual([]);
    expect(hyphenMovementHits('the Kora-ZTB talks were held', [])).toEqual([]);
    expect(hyphenMovementHits('the COVID-19 pandemic', [])).toEqual([]);
    expect(hyphenMovementHits('Umoja-FDL fighters left.', [])).toEqual([]);
    expect(hyphenMovementHits('the Non-Aligned states', [])).toEqual([]);
  });

  it('makes the movement a party to the ceasefire it signs and the side its negotiator speaks for', () => {
    const f = roleFacts(
      'The Government of Chad and the Umoja-FDL signed the Comprehensive Ceasefire Agreement in Arusha. The Government delegation was led by the Minister of the Interior, General Paul Kaze, who negotiated on behalf of the Government; the Umoja-FDL side was represented by its spokesman, Mr Pascal Ndore.',
    );
    expect(f.rels.has('PARTY_TO|Umoja-FDL|Comprehensive Ceasefire Agreement')).toBe(true);
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Pascal Ndore|Umoja-FDL');
  });
});

describe(PERSON_CAPS_SURNAME.id, () => {
  const taken = { overlaps: () => false };

  it('finds the capitalised surname standing alone after a full name that ends with it', () => {
    const text = 'His Excellency Jean MBALLA met the envoy. President MBALLA then left; Mr NDO KEMBE stayed.';
    const found = capsSurnameMentions(text, [['Jean MBALLA'], ['Rose NDO KEMBE']], taken);
    expect(found[0]!.map((m) => text.slice(m.start, m.end))).toEqual(['MBALLA', 'MBALLA']);
    expect(found[1]!.map((m) => m.surface)).toEqual(['NDO KEMBE']);
  });

  it('leaves shared surnames, short ones, capitals inside a heading and names without a capitalised surname', () => {
    const text = 'PRESIDENCY OF MBALLA REPUBLIC. President MBALLA spoke. Mr LI left. Mr Tanaka came.';
    expect(capsSurnameMentions(text, [['Jean MBALLA'], ['Paul MBALLA']], taken)).toEqual([[], []]);
    expect(capsSurnameMentions(text, [['Wei LI']], taken)).toEqual([[]]);
    expect(capsSurnameMentions(text, [['Jean MBALLA']], taken)[0]!.map((m) => m.start)).toEqual([
      text.indexOf('President MBALLA') + 10,
    ]);
    expect(capsSurnameMentions(text, [['Ken Tanaka']], taken)).toEqual([[]]);
  });

  it('lets "on behalf of" after the bare capitalised surname give the signatory his side', () => {
    const f = roleFacts(
      'The Head of State, His Excellency Jean MBALLA, received His Excellency Victor OKORO, President of the Republic of Ghana. President MBALLA signed the Accord on behalf of the Republic of Cameroon and President OKORO on behalf of the Republic of Ghana.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Jean Mballa|Cameroon');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Victor Okoro|Ghana');
    const people = [...entityFacts('His Excellency Jean MBALLA arrived. President MBALLA spoke.').names].filter((n) =>
      n.startsWith('Person|'),
    );
    expect(people).toEqual(['Person|Jean Mballa']);
  });
});

describe(ORG_NOT_LEADING_ARTICLE_OR_ENVOYS.id, () => {
  it('drops an opening article or the envoys of a body from the front of its name', () => {
    expect(withoutLeadingEnvoys(0, 'An African Union special task force')).toEqual({
      s: 3,
      name: 'African Union special task force',
    });
    expect(withoutLeadingEnvoys(10, 'Representatives of the African Union').name).toBe('African Union');
    expect(withoutLeadingEnvoys(0, 'Observers from the Pacific Islands Forum').name).toBe('Pacific Islands Forum');
  });

  it('keeps names that only begin like them', () => {
    expect(withoutLeadingEnvoys(0, 'Asian Development Bank').name).toBe('Asian Development Bank');
    expect(withoutLeadingEnvoys(0, 'Representatives Committee').name).toBe('Representatives Committee');
    expect(withoutLeadingEnvoys(0, 'Arab League').name).toBe('Arab League');
  });

  it('names the body itself in a sentence, not its envoys or the article', () => {
    const f = entityFacts(
      'Representatives of the Asian Development Bank were present. An Asian Development Bank team will visit Dili.',
    );
    expect(f.names.has('Organization|Asian Development Bank')).toBe(true);
    expect([...f.names].some((n) => /Representatives|^Organization\|An /.test(n))).toBe(false);
  });
});

describe('person.not-name-vocabulary (fl24a words) and office portfolio "Safety"', () => {
  it('reads no person in an agreement or body name ending in "Peace" or "Mechanism"', () => {
    const f = entityFacts(
      'The Agreement of Principles towards Lasting Peace was signed. A Joint Verification and Monitoring Mechanism will be set up.',
    );
    expect([...f.names].filter((n) => n.startsWith('Person|'))).toEqual([]);
  });

  it('reads "Minister of Safety and Security of the Republic of South Africa" after a name', () => {
    const f = entityFacts(
      'The talks were facilitated by Mr Daniel Mokoena, Minister of Safety and Security of the Republic of South Africa.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Daniel Mokoena|Minister of Safety and Security of South Africa')).toBe(true);
  });
});
