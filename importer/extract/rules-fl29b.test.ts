// The fl29b round's tests (issue 6): constructions shown by three first-look samples in new styles (a foreign
// ministry's Markdown release on a boundary agreement, a government's web page on a summit and its sideline talks, a
// chancellery's plain-text release on a mediated release), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_SIGNED_WITH_PARTY,
  demonymTitleHolder,
  EVENT_TOLD_MET_DEMONYM_TITLE_HOLDER,
  listItemAppositionLength,
  listItemTitleLength,
  PERSON_LIST_ITEM_APPOSITION,
  STATE_FORM_IN_TITLE_COMPLEMENT,
  stateTitleBefore,
} from './rules-fl29b.ts';
import { agreementNames, eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(AGREEMENT_SIGNED_WITH_PARTY.id, () => {
  it('names an agreement told by its head and the party after "with", after a signing verb', () => {
    expect(
      agreementNames(
        'Foreign Minister Ida Sten of Norway today signed in Reykjavik an agreement with Iceland that settles the fisheries zone.',
      ),
    ).toContain('agreement with Iceland');
    expect(agreementNames('Chile concluded a new treaty with the European Union on Tuesday.')).toContain(
      'treaty with the European Union',
    );
  });

  it('gives the opening signing of such an agreement as the readout event, with its signers and parties', () => {
    const f = eventFacts(
      'Foreign Minister Ida Sten of Norway today signed in Reykjavik an agreement with Iceland that settles the fisheries zone. The agreement was signed at a ceremony at the Foreign Ministry.',
    );
    expect(f.names).toContain('signing of the agreement with Iceland');
    expect(f.has('PARTICIPATED_IN', 'Ida Sten', 'signing of the agreement with Iceland')).toBe(true);
    expect(f.has('REACHED_AT', 'agreement with Iceland', 'signing of the agreement with Iceland')).toBe(true);
    expect(f.has('PARTY_TO', 'Iceland', 'agreement with Iceland')).toBe(true);
  });

  it('names nothing without a signing verb, before a possessive or a subject, or with no state or body after "with"', () => {
    expect(agreementNames('The minister said he was in agreement with Iceland on the matter.')).not.toContain(
      'agreement with Iceland',
    );
    expect(agreementNames('Norway signed an agreement with Iceland’s fisheries agency.').join()).not.toMatch(
      /agreement with Iceland/,
    );
    expect(agreementNames('Norway signed an agreement with Iceland on fisheries.').join()).not.toMatch(
      /^agreement with Iceland$/,
    );
    expect(agreementNames('The company signed an agreement with Nordic Shipping Lines.')).not.toContain(
      'agreement with Nordic Shipping Lines',
    );
  });
});

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;

describe(STATE_FORM_IN_TITLE_COMPLEMENT.id, () => {
  it('tells a state officer title right before the form word', () => {
    expect(stateTitleBefore('thanked the Minister of Foreign Affairs of ')).toBe(true);
    expect(stateTitleBefore('and the Ambassador of ')).toBe(true);
    expect(stateTitleBefore('They recalled the long history of ')).toBe(false);
    expect(stateTitleBefore('the people of ')).toBe(false);
  });

  it("gives the office to the one state whose formal name opens with the word, not to the issuer's state", () => {
    const rels = facts(
      'The Prime Minister thanked Sultan Said bin Ali, Sultan of Oman, and the Minister of Foreign Affairs of the Sultanate, Nasser bin Khalid, for their help.',
      'Federal Public Service Foreign Affairs, Belgium',
    );
    expect(rels.has('HOLDS_OFFICE|Nasser bin Khalid|Minister of Foreign Affairs of Oman')).toBe(true);
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Nasser bin Khalid\|.*Belgium/.test(r))).toBe(false);
  });

  it('gives no state when two states of that form are named', () => {
    const rels = facts(
      'The Kingdom of Spain and the Kingdom of Morocco met in Rabat. The Minister of Foreign Affairs of the Kingdom, Ana Ruiz, spoke.',
    );
    expect([...rels].some((r) => /^OFFICE_OF\|Minister of Foreign Affairs of (Spain|Morocco)/.test(r))).toBe(false);
  });
});

describe(PERSON_LIST_ITEM_APPOSITION.id, () => {
  const end = (text: string) => (pos: number) => {
    const m = /^(?:Deputy Speaker of the National Assembly of Armenia|Ambassador|Minister of Trade)/.exec(
      text.slice(pos),
    );
    return m ? pos + m[0].length : undefined;
  };

  it("measures a listed name's title in commas and a title before a name", () => {
    const s = 'Ruben Aro, Deputy Speaker of the National Assembly of Armenia, and Ambassador Selim Kaya, met.';
    expect(listItemAppositionLength(s, 'Ruben Aro'.length, end(s))).toBe(
      ', Deputy Speaker of the National Assembly of Armenia'.length,
    );
    const at = s.indexOf('Ambassador');
    expect(listItemTitleLength(s, at, end(s))).toBe('Ambassador '.length);
  });

  it('measures nothing when no name or "and" follows the title, or when no title is read', () => {
    const s = 'Ruben Aro, Minister of Trade, said the talks went well.';
    expect(listItemAppositionLength(s, 'Ruben Aro'.length, end(s))).toBe(0);
    const t = 'Ruben Aro, the old friend of the family, and Selim Kaya';
    expect(listItemAppositionLength(t, 'Ruben Aro'.length, end(t))).toBe(0);
  });

  it('reads the plural apposition on past the items’ own titles: each holds the envoy office and acts for his state', () => {
    const rels = facts(
      'President Levon Ara of Armenia met President Kemal Aksoy of Türkiye in Prague. The leaders reviewed the normalisation process between the two countries, in which their special envoys, Ruben Aro, Deputy Speaker of the National Assembly of Armenia, and Ambassador Selim Kaya, have been meeting since January.',
    );
    expect(rels.has('HOLDS_OFFICE|Ruben Aro|Deputy Speaker of the National Assembly of Armenia')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Ruben Aro|Armenia')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Selim Kaya|Turkey')).toBe(true);
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Selim Kaya\|Ambassador of Armenia/.test(r))).toBe(false);
  });

  it("gives the other member of the pair the other of the two states, not his partner's, among many named", () => {
    const rels = facts(
      'Leaders of Azerbaijan, Georgia, Russia and Armenia were present. President Levon Ara of Armenia also met the President of Türkiye, Kemal Aksoy. The leaders reviewed the process between the two countries, in which their special envoys, Ruben Aro, Deputy Speaker of the National Assembly of Armenia, and Ambassador Selim Kaya, have been meeting.',
    );
    expect(rels.has('NEGOTIATES_FOR|Selim Kaya|Turkey')).toBe(true);
    expect([...rels].some((r) => /^NEGOTIATES_FOR\|Selim Kaya\|(Armenia|Azerbaijan|Georgia|Russia)$/.test(r))).toBe(
      false,
    );
  });
});

describe(EVENT_TOLD_MET_DEMONYM_TITLE_HOLDER.id, () => {
  const stateOf = (d: string) => ({ Armenian: 'Armenia', Czech: 'Czech Republic' })[d];
  const holders = [
    { who: 'A', title: 'Prime Minister', owner: 'Czech Republic' },
    { who: 'B', title: 'Prime Minister', owner: 'Armenia' },
    { who: 'C', title: 'President', owner: 'Armenia' },
  ];

  it("picks the one holder of the demonym's state's office of that title", () => {
    expect(demonymTitleHolder('The Armenian Prime Minister also ', stateOf, holders)).toBe('B');
    expect(demonymTitleHolder('The Czech Prime Minister ', stateOf, holders)).toBe('A');
  });

  it('picks no one for an unknown demonym, a title with its complement, or two holders', () => {
    expect(demonymTitleHolder('The Georgian Prime Minister ', stateOf, holders)).toBeUndefined();
    expect(demonymTitleHolder('The Armenian Minister of Trade ', stateOf, holders)).toBeUndefined();
    const two = [...holders, { who: 'D', title: 'President', owner: 'Armenia' }];
    expect(demonymTitleHolder('The Armenian President ', stateOf, two)).toBeUndefined();
  });

  it('gives the sideline meeting its two people when the opening tells another gathering', () => {
    const f = eventFacts(
      'Leaders met on Thursday in Prague for the inaugural meeting of the European Political Community. On the sidelines of the summit, the President of the French Republic, Jean Morel, met the Prime Minister of Armenia, Levon Ara. The Armenian Prime Minister also met the President of Türkiye, Kemal Aksoy, in Prague.',
    );
    expect(f.names).toContain('Ara-Aksoy meeting in Prague');
    expect(f.has('PARTICIPATED_IN', 'Levon Ara', 'Ara-Aksoy meeting in Prague')).toBe(true);
  });
});

describe('event.meeting-phrase-upcoming', () => {
  it('reads a meeting to come named by a body of three words', () => {
    const f = eventFacts(
      'The Prime Minister, Ana Ruiz, spoke to the Taoiseach, Liam Kelly. The conversation centred on the forthcoming European Political Community summit at Blenheim Palace.',
    );
    expect(f.names.some((n) => /European Political Community summit at Blenheim Palace/.test(n))).toBe(true);
  });

  it('reads no meeting from a lowercase phrase with no meeting noun', () => {
    const f = eventFacts('The Prime Minister, Ana Ruiz, welcomed the forthcoming European Political Community report.');
    expect(f.names.some((n) => /forthcoming/.test(n))).toBe(false);
  });
});
