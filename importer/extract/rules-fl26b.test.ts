// The fl26b round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// release on a state visit with signings, a government's web page on a summit and a debt-conversion memorandum, a
// presidency's communiqué on an accession protocol signed at a ministerial conference), each rule on made-up sentences
// with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { GROUP_HELD } from './rules-fl13a-events.ts';
import {
  EVENT_GROUP_HELD_HEADS,
  EVENT_MAIN_NOT_WELCOME_CEREMONY,
  NEGOTIATES_FOR_SIGNED_FOR_PEOPLE,
  OFFICE_WHOSE_TITLE_STATE,
  PERSON_HEAD_OF_STATE_REF,
  PERSON_REPRESENTED_BY_ITS_AND_BY,
  signedForPeople,
  welcomeCeremony,
  whoseTitleState,
} from './rules-fl26b.ts';
import { ORG_NOT_DOCUMENT_NAME } from './rules-fl26b-orgs.ts';
import { entityFacts, eventFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const groupHeld = (text: string) => [...text.matchAll(new RegExp(GROUP_HELD.source, 'gu'))].map((m) => m[2]);

describe(EVENT_GROUP_HELD_HEADS.id, () => {
  it('reads heads of state or government in capitals as a group that held a session', () => {
    expect(groupHeld('The two Heads of State then held talks.')).toEqual(['Heads of State']);
    expect(groupHeld('the three Heads of Government held a trilateral meeting')).toEqual(['Heads of Government']);
    expect(groupHeld('The two heads of state held talks.')).toEqual(['heads of state']);
  });

  it('leaves other heads, and what is still to be held', () => {
    expect(groupHeld('The two heads of delegation held talks.')).toEqual([]);
    expect(groupHeld('The two Heads of State will hold talks in May.')).toEqual([]);
  });

  it('gives the talks of "the two Heads of State" to the two leaders, as part of the visit', () => {
    const f = eventFacts(
      'President Tomas Arno of Norway arrived in Helsinki today for a State Visit, at the invitation of President Pascal Ndore of Finland. The two Heads of State then held talks, first in a restricted format and then with their delegations.',
    );
    expect(f.names).toContain('talks of the two Heads of State');
    expect(f.has('PARTICIPATED_IN', 'Tomas Arno', 'talks of the two Heads of State')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Pascal Ndore', 'talks of the two Heads of State')).toBe(true);
  });
});

describe(EVENT_MAIN_NOT_WELCOME_CEREMONY.id, () => {
  it('tells a welcome or arrival ceremony from other ceremonies', () => {
    expect(welcomeCeremony('welcome ceremony')).toBe(true);
    expect(welcomeCeremony('official arrival ceremony')).toBe(true);
    expect(welcomeCeremony('signing ceremony')).toBe(false);
    expect(welcomeCeremony('wreath-laying ceremony')).toBe(false);
  });

  it('gives the topics to the talks of the visit, not to its welcome ceremony', () => {
    const f = eventFacts(
      'President Tomas Arno of Norway was welcomed by the President of Finland, Pascal Ndore, at a welcome ceremony in Helsinki, at the start of a State Visit. The two Heads of State then held talks. They discussed the war in Ukraine.',
    );
    expect(f.of('DISCUSSED').some((r) => r.startsWith('DISCUSSED|welcome ceremony|'))).toBe(false);
    expect(f.has('PART_OF', 'welcome ceremony', 'State Visit')).toBe(true);
    expect(f.has('PART_OF', 'talks of the two Heads of State', 'State Visit')).toBe(true);
  });

  it("keeps a signing ceremony told in the opening as the readout's own event", () => {
    const f = eventFacts(
      'President Tomas Arno of Norway and President Pascal Ndore of Finland attended a signing ceremony in Helsinki. They discussed the war in Ukraine.',
    );
    // The readout's own event takes its participants (since fl31a a signing that is the readout's own event takes no
    // topics from the general topic rules: discussed.not-signing-main).
    expect(f.has('PARTICIPATED_IN', 'Tomas Arno', 'signing ceremony')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Pascal Ndore', 'signing ceremony')).toBe(true);
  });
});

describe(PERSON_REPRESENTED_BY_ITS_AND_BY.id, () => {
  it('gives the later items of "<State> was represented by its A, X, and by the B, Y" that state\'s offices', () => {
    expect(
      PERSON_REPRESENTED_BY_ITS_AND_BY.before.test(
        'Finland was represented by its Minister of Defence, Tomas Arno, and by the Minister of Trade, ',
      ),
    ).toBe(true);
    const f = entityFacts(
      'Foreign Minister Lena Varga held talks in Oslo with the Foreign Minister of Finland. Finland was represented at the talks by its Minister of Defence, Tomas Arno, and by the Minister of Trade, Pascal Ndore.',
      'Ministry of Foreign Affairs of Norway',
    );
    expect(f.rels.has('HOLDS_OFFICE|Tomas Arno|Minister of Defence of Finland')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Pascal Ndore|Minister of Trade of Finland')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Pascal Ndore|Minister of Trade of Norway')).toBe(false);
  });

  it('leaves a title of the next sentence to the issuer', () => {
    const f = entityFacts(
      'Finland was represented by its Minister of Defence, Tomas Arno. The Minister of Trade, Pascal Ndore, opened the session.',
      'Ministry of Foreign Affairs of Norway',
    );
    expect(f.rels.has('HOLDS_OFFICE|Pascal Ndore|Minister of Trade of Finland')).toBe(false);
  });
});

describe(ORG_NOT_DOCUMENT_NAME.id, () => {
  it('reads a protocol or communiqué of a union as no organisation', () => {
    const f = entityFacts(
      'President Tomas Arno signed the Protocol of Accession of the Union of the Comoros in Geneva. The Communiqué of the Presidency of the Union was issued later.',
    );
    expect([...f.names].some((n) => /^Organization\|(?:Protocol|Communiqué)/.test(n))).toBe(false);
    expect(ORG_NOT_DOCUMENT_NAME.words.test('Accord of the Council')).toBe(true);
  });

  it('keeps organisations whose names hold no document kind', () => {
    const f = entityFacts(
      'President Tomas Arno met the Council of the European Union and the African Union Commission.',
    );
    expect(f.names.has('Organization|African Union Commission')).toBe(true);
    expect(ORG_NOT_DOCUMENT_NAME.words.test('Protocolary Office')).toBe(false);
  });
});

describe(OFFICE_WHOSE_TITLE_STATE.id, () => {
  it('gives a title after "<State>, whose" that state', () => {
    const text = 'the accession of the Republic of Estonia, whose Prime Minister, Lena Varga, spoke';
    const at = text.indexOf('Prime');
    expect(whoseTitleState(text, at, [{ name: 'Estonia', end: text.indexOf(', whose') }])).toBe('Estonia');
    const f = entityFacts(
      'President Tomas Arno of Norway spoke in Geneva. The Conference approved the accession of the Republic of Estonia, whose Prime Minister, Lena Varga, congratulated the President.',
      'Office of the President of Norway',
    );
    expect(f.rels.has('HOLDS_OFFICE|Lena Varga|Prime Minister of Estonia')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Lena Varga|Prime Minister of Norway')).toBe(false);
  });

  it('leaves "whose" after something that is not a state', () => {
    const text = 'the delegation, whose Prime Minister, Lena Varga, spoke';
    expect(whoseTitleState(text, text.indexOf('Prime'), [])).toBeUndefined();
    expect(
      whoseTitleState('Estonia and its Prime Minister', 'Estonia and its '.length, [{ name: 'Estonia', end: 7 }]),
    ).toBeUndefined();
  });
});

describe(NEGOTIATES_FOR_SIGNED_FOR_PEOPLE.id, () => {
  it('reads a signature "on behalf of the <demonym> people" as given for the state', () => {
    expect(signedForPeople('The President signed the Protocol ')).toBe(true);
    const f = roleFacts(
      'President Tomas Arno of Norway signed the Protocol of Accession in Geneva. The President signed on behalf of the Norwegian people.',
      'Office of the President of Norway',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Tomas Arno|Norway');
  });

  it('leaves a wreath laid or thanks conveyed on behalf of a people', () => {
    expect(signedForPeople('The President laid a wreath ')).toBe(false);
    expect(signedForPeople('He signed the book, and thanked them ')).toBe(false);
    const f = roleFacts(
      'President Tomas Arno of Norway laid a wreath on behalf of the Norwegian people.',
      'Office of the President of Norway',
    );
    expect(f.negotiates).toEqual([]);
  });
});

describe(PERSON_HEAD_OF_STATE_REF.id, () => {
  it('reads "the Head of State" as the issuer\'s sole head of state, once named', () => {
    const f = roleFacts(
      'President Tomas Arno of Norway arrived in Geneva for the conference. The Head of State signed the Protocol on behalf of Norway.',
      'Office of the President of Norway',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Tomas Arno|Norway');
  });

  it("leaves another state's head named before it in the sentence, and an indefinite head of state", () => {
    expect(PERSON_HEAD_OF_STATE_REF.pattern.test('a Head of State of Norway')).toBe(false);
    PERSON_HEAD_OF_STATE_REF.pattern.lastIndex = 0;
    expect('the Heads of State met'.match(PERSON_HEAD_OF_STATE_REF.pattern)).toBeNull();
    const f = roleFacts(
      'President Tomas Arno of Norway opened the meeting. Mr Lena Varga, Director of Cabinet to President Pascal Ndore of Finland, attended on behalf of the Head of State.',
      'Office of the President of Norway',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Lena Varga|Tomas Arno');
  });
});

describe('office.vice-prime-minister and person.lusophone-e-surnames (lexicons.ts, text.ts)', () => {
  it('reads "Vice-Prime Minister and Minister of …" as two titles, and a name with "e" between family names', () => {
    const f = entityFacts(
      'The Prime Minister, Rui Mendes e Costa, received the Vice-Prime Minister and Minister of Trade, Ana Lopes, in Praia.',
      'Governo de Cabo Verde',
    );
    expect(f.names.has('Person|Rui Mendes e Costa')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Ana Lopes|Vice-Prime Minister of Cape Verde')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Ana Lopes|Minister of Trade of Cape Verde')).toBe(true);
  });

  it('does not join two names "e" does not stand between, nor a lowercase word', () => {
    const f = entityFacts(
      'Minister Ana Lopes and Minister Rui Mendes met in Praia; e-mail was used.',
      'Governo de Cabo Verde',
    );
    expect(f.names.has('Person|Ana Lopes')).toBe(true);
    expect(f.names.has('Person|Rui Mendes')).toBe(true);
    expect([...f.names].some((n) => / e /.test(n))).toBe(false);
  });
});
