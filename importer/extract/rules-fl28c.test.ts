// The fl28c round's tests (issue 6): constructions shown by three first-look samples in new styles (a Central African
// presidency's plain-text release on a peace agreement signed with armed groups, a Middle Eastern prime minister's
// media office web page on a state visit, an Indian Ocean presidency's Markdown release on official talks), each rule
// on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  EVENT_MAIN_SIGNING_VENUE_GAP,
  EVENT_TOLD_MET_DEMONYM_TITLE_SUBJECT,
  demonymTitleSubject,
  OFFICE_APPOSITION_NOT_LIST_ITEM,
  PARTICIPATED_NOT_PRIVATE_SESSION_DELEGATIONS,
  PARTICIPATED_VISIT_NAMED_VISITOR,
  privateSessionName,
  visitNamedAfter,
  OFFICE_COMMA_STACKED_BEFORE,
  PERSON_TITLE_OF_SHORT_OWNER,
  answersShortOwner,
  listItemNotApposition,
  PERSON_HEAD_OF_DELEGATION_INCLUDED,
  commaStackedBefore,
  includedInHeadsDelegation,
  PARTICIPATED_SIGNING_IN_PRESENCE,
  PERSON_PLURAL_OF_N_RESPECTIVE,
  countOf,
  signingInPresence,
  singularTitle,
  withoutSigningVenue,
} from './rules-fl28c.ts';
import { PARTY_TO_SIGNED_WITH_LISTED } from './rules-fl28c-parties.ts';
import { entityFacts, eventFacts, extractFacts, madeUpRelations, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_MAIN_SIGNING_VENUE_GAP.id, () => {
  it('takes a capitalised venue out of the gap between the verb and the agreement', () => {
    expect(withoutSigningVenue(' this afternoon at the Palais de la Renaissance the ')).toBe(' this afternoon the ');
    expect(withoutSigningVenue(' today at the State House the ')).toBe(' today the ');
    expect(withoutSigningVenue(' in the Hall of Columns the ')).toBe(' the ');
  });

  it('leaves lowercase phrases that are no venue', () => {
    expect(withoutSigningVenue(' at the request of the parties the ')).toBe(' at the request of the parties the ');
    expect(withoutSigningVenue(' with the leaders the ')).toBe(' with the leaders the ');
  });

  it("makes the opening's signing the readout's event when a venue stands before the agreement", () => {
    const f = eventFacts(
      'The President of the Republic of Ghana, Kofi Mensah, signed today at the State House the Accord for Peace in the North. The ceremony was attended by ministers.',
    );
    expect(f.names).toContain('signing of the Accord for Peace in the North');
    expect(f.has('PARTICIPATED_IN', 'Kofi Mensah', 'signing of the Accord for Peace in the North')).toBe(true);
  });

  it('finds no signing when the phrase after "at the" is lowercase', () => {
    const f = eventFacts(
      'The President of the Republic of Ghana, Kofi Mensah, signed today at the request of the chiefs the Accord for Peace in the North. The ceremony was attended by ministers.',
    );
    expect(f.names).not.toContain('signing of the Accord for Peace in the North');
  });
});

describe(PARTICIPATED_SIGNING_IN_PRESENCE.id, () => {
  it('reads "The ceremony took place in the presence of"', () => {
    expect(signingInPresence('The ceremony took place in the presence of the Secretary-General, X.')).toBe(true);
    expect(signingInPresence('The signing was held in the presence of the two Presidents.')).toBe(true);
    expect(signingInPresence('The ceremony will take place in the presence of the Secretary-General.')).toBe(false);
    expect(signingInPresence('The talks took place in the presence of observers.')).toBe(false);
  });

  it("gives the people named after it to the opening's signing", () => {
    const f = eventFacts(
      'The President of the Republic of Ghana, Kofi Mensah, signed today at the State House the Accord for Peace in the North. The ceremony took place in the presence of the Secretary-General of the United Nations, António Guterres.',
    );
    expect(f.has('PARTICIPATED_IN', 'António Guterres', 'signing of the Accord for Peace in the North')).toBe(true);
  });

  it('gives no one a signing still to come', () => {
    const f = eventFacts(
      'The President of the Republic of Ghana, Kofi Mensah, signed today at the State House the Accord for Peace in the North. The ceremony will take place in the presence of the Secretary-General of the United Nations, António Guterres.',
    );
    expect(f.has('PARTICIPATED_IN', 'António Guterres', 'signing of the Accord for Peace in the North')).toBe(false);
  });
});

describe(PARTY_TO_SIGNED_WITH_LISTED.id, () => {
  it('gives PARTY_TO to the organisations listed after "with"', () => {
    const r = madeUpRelations(
      'The President, Kofi Mensah, signed the Accord for Peace in the North, for the Government, with the leaders of the armed movements, among them the Northern Liberation Front (NLF) and the Economic Community of West African States.',
    );
    const parties = r.of('PARTY_TO').map((x) => `${x.from}|${x.to}`);
    expect(parties).toEqual(
      expect.arrayContaining([
        'Northern Liberation Front|Accord for Peace in the North',
        'Economic Community of West African States|Accord for Peace in the North',
      ]),
    );
  });

  it('gives none to helpers, witnesses, or a signing to come', () => {
    const help = madeUpRelations(
      'The Minister of Finance of Ghana, Kofi Mensah, signed the Accord on Trade in Services with the support of the European Union.',
    );
    expect(help.byRule(PARTY_TO_SIGNED_WITH_LISTED.id)).toEqual([]);
    const planned = madeUpRelations(
      'The Minister of Finance of Ghana, Kofi Mensah, will sign the Accord on Trade in Services with the European Union.',
    );
    expect(planned.byRule(PARTY_TO_SIGNED_WITH_LISTED.id)).toEqual([]);
    const passive = madeUpRelations(
      'The Ministers recalled the Declaration on Trade, signed by Ghana and Togo in 2002, pursuant to which the Accord on Services is negotiated in accordance with the United Nations Charter.',
    );
    expect(passive.byRule(PARTY_TO_SIGNED_WITH_LISTED.id)).toEqual([]);
    const witnessed = madeUpRelations(
      'The Minister of Finance of Ghana, Kofi Mensah, signed the Accord on Trade in Services with Togo in the presence of the United Nations.',
    );
    expect(witnessed.byRule(PARTY_TO_SIGNED_WITH_LISTED.id)).not.toContain(
      'PARTY_TO|United Nations|Accord on Trade in Services',
    );
  });

  it('lets a signer act for the bare Government told after a long object (negotiates-for.for-the-government)', () => {
    const f = roleFacts(
      'The President of the Republic of Ghana, Kofi Mensah, signed today at the State House the Political Agreement for Peace and Reconciliation in the Northern Regions, for the Government, with the Northern Liberation Front.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Kofi Mensah|Ghana');
  });
});

describe(PERSON_PLURAL_OF_N_RESPECTIVE.id, () => {
  it('singularises the plural title and reads the count', () => {
    expect(singularTitle('ministers responsible for transport')).toBe('Minister responsible for transport');
    expect(singularTitle('foreign ministers')).toBe('Foreign Minister');
    expect(singularTitle('Heads of State')).toBe('Head of State');
    expect(countOf('four')).toBe(4);
    expect(countOf('12')).toBe(12);
  });

  it('pairs the names with the states of a later respective list, in order', () => {
    const f = roleFacts(
      'The ministers responsible for transport of the three countries, Ali Hassan, Omar Haddad and Kemal Aydin, then signed the trilateral memorandum on railways, each on behalf of his government: Iraq, Jordan and Türkiye.',
    );
    expect([...f.rels]).toEqual(
      expect.arrayContaining([
        'HOLDS_OFFICE|Ali Hassan|Minister responsible for transport of Iraq',
        'HOLDS_OFFICE|Omar Haddad|Minister responsible for transport of Jordan',
        'HOLDS_OFFICE|Kemal Aydin|Minister responsible for transport of Turkey',
        'NEGOTIATES_FOR|Omar Haddad|Jordan',
      ]),
    );
    const g = roleFacts(
      'The foreign ministers of the two states, Ali Hassan and Omar Haddad, signed the memorandum respectively, Iraq and Jordan.',
    );
    expect([...g.rels]).toContain('HOLDS_OFFICE|Omar Haddad|Foreign Minister of Jordan');
  });

  it('gives no office when the counts disagree or no list follows', () => {
    const f = roleFacts(
      'The ministers responsible for transport of the four countries, Ali Hassan, Omar Haddad and Kemal Aydin, signed the memorandum, each on behalf of his government: Iraq, Jordan and Türkiye.',
    );
    expect(f.by('office.plural-of-n-respective')).toEqual([]);
    const g = roleFacts(
      'The foreign ministers of the three countries, Ali Hassan, Omar Haddad and Kemal Aydin, met in Amman on Monday.',
    );
    expect(g.by('office.plural-of-n-respective')).toEqual([]);
  });
});

describe(PERSON_HEAD_OF_DELEGATION_INCLUDED.id, () => {
  it('reads a head of delegation "that included" the next person', () => {
    expect(includedInHeadsDelegation(', who arrived at the head of a high-level delegation that included ')).toBe(true);
    expect(includedInHeadsDelegation(', heading a delegation comprising the ')).toBe(true);
    expect(includedInHeadsDelegation(', whose delegation then met ')).toBe(false);
    expect(includedInHeadsDelegation(', at the head of a delegation, met ')).toBe(false);
  });

  it("gives the included ministers the head's state, not the issuer's", () => {
    const f = entityFacts(
      'Prime Minister Ali Hassan received in Baghdad the President of the Republic of Türkiye, Kemal Aydin, who arrived at the head of a delegation that included Foreign Minister Cem Bulut and Energy Minister Deniz Kaya.',
      'Media Office of the Prime Minister of Iraq',
    );
    expect([...f.rels]).toEqual(
      expect.arrayContaining([
        'HOLDS_OFFICE|Cem Bulut|Foreign Minister of Turkey',
        'HOLDS_OFFICE|Deniz Kaya|Energy Minister of Turkey',
      ]),
    );
    const g = entityFacts(
      'Prime Minister Ali Hassan received in Baghdad the President of the Republic of Türkiye, Kemal Aydin. The talks were attended by Foreign Minister Omar Haddad.',
      'Media Office of the Prime Minister of Iraq',
    );
    expect([...g.rels]).toContain('HOLDS_OFFICE|Omar Haddad|Foreign Minister of Iraq');
  });
});

describe('office.head-of-state-president (fl28c: a republic named so in common use)', () => {
  it('makes the Head of State of the Central African Republic its President', () => {
    const f = entityFacts(
      'The President of the Republic, Head of State, His Excellency Professor Jean-Marie KOYA, signed the agreement.',
      'Presidency of the Central African Republic',
    );
    expect([...f.rels]).toContain('HOLDS_OFFICE|Jean-Marie Koya|President of the Central African Republic');
  });
});

describe(OFFICE_COMMA_STACKED_BEFORE.id, () => {
  const titleEnds = (ends: Record<number, number>) => (at: number, end: number) => ends[at] === end;

  it('finds "the <Title>, " right before the second title', () => {
    const t = 'headed by the Minister of State, Director of Cabinet, X';
    const p = t.indexOf('Director');
    const at = t.indexOf('Minister');
    expect(commaStackedBefore(t, p, titleEnds({ [at]: at + 'Minister of State'.length }))).toBe(at);
    expect(commaStackedBefore(t, p, titleEnds({}))).toBe(-1);
    const v = 'The President of the Transition, Head of State, X';
    expect(commaStackedBefore(v, v.indexOf('Head'), () => true)).toBe(-1);
    const w = 'signed by the Prime Minister, Head of Government, Y';
    expect(commaStackedBefore(w, w.indexOf('Head'), () => true)).toBe(-1);
    const u = 'Ali Hassan, the Minister of State, Director of Cabinet, X';
    expect(commaStackedBefore(u, u.indexOf('Director'), () => true)).toBe(-1);
  });

  it('gives a person both comma-stacked titles, and not a title of a listed other person', () => {
    const f = entityFacts(
      'The talks were attended by the Deputy Prime Minister, Minister of Foreign Affairs, Omar Haddad.',
      'Media Office of the Prime Minister of Iraq',
    );
    expect([...f.rels]).toEqual(
      expect.arrayContaining([
        'HOLDS_OFFICE|Omar Haddad|Deputy Prime Minister of Iraq',
        'HOLDS_OFFICE|Omar Haddad|Minister of Foreign Affairs of Iraq',
      ]),
    );
    const g = entityFacts(
      'The talks were attended by the Minister of Trade, the Minister of Finance, Omar Haddad, and others.',
      'Media Office of the Prime Minister of Iraq',
    );
    expect([...g.rels]).not.toContain('HOLDS_OFFICE|Omar Haddad|Minister of Trade of Iraq');
  });
});

describe(OFFICE_APPOSITION_NOT_LIST_ITEM.id, () => {
  it('reads "X, the <Title> and the <noun>" as a list', () => {
    expect(listItemNotApposition(', the ', ' and the neighbouring countries for')).toBe(true);
    expect(listItemNotApposition(', the ', ' and Industry, said')).toBe(false);
    expect(listItemNotApposition(', the ', ', and the Minister of Finance')).toBe(false);
    expect(listItemNotApposition(' and ', ' and the neighbouring countries')).toBe(false);
  });

  it('gives the named person no title of the list', () => {
    const f = entityFacts(
      'He thanked President Ali Hassan, the Chairperson of the Commission and the neighbouring countries for their patience.',
      'Presidency of Ghana',
    );
    expect([...f.rels].filter((r) => r.startsWith('HOLDS_OFFICE|Ali Hassan|Chairperson'))).toEqual([]);
    const g = entityFacts('He met Ali Hassan, the Minister of Trade and Industry, in Accra.', 'Presidency of Ghana');
    expect([...g.rels]).toContain('HOLDS_OFFICE|Ali Hassan|Minister of Trade and Industry of Ghana');
  });
});

describe(PERSON_TITLE_OF_SHORT_OWNER.id, () => {
  it("matches a title told with its owner's last word", () => {
    expect(answersShortOwner('Chairperson of the Commission', 'Chairperson', 'African Union Commission')).toBe(true);
    expect(answersShortOwner('President of the Commission', 'President', 'European Commission')).toBe(true);
    expect(answersShortOwner('President of the Commission', 'President', 'Commission')).toBe(false);
    expect(answersShortOwner('President of the Council', 'President', 'European Commission')).toBe(false);
    expect(answersShortOwner('President', 'President', 'European Commission')).toBe(false);
    expect(answersShortOwner('President of the Republic', 'President', 'Gabonese Republic')).toBe(false);
  });

  it('gives the agent acting "on behalf of the Chairperson of the Commission" that principal', () => {
    const f = roleFacts(
      'The ceremony was attended by the Chairperson of the African Union Commission, Moussa Faki Mahamat. The panel was led by Commissioner Bankole Adeoye, who acted on behalf of the Chairperson of the Commission.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Bankole Adeoye|Moussa Faki Mahamat');
  });
});

describe(PARTICIPATED_NOT_PRIVATE_SESSION_DELEGATIONS.id, () => {
  it('tells private sessions from others', () => {
    expect(privateSessionName('one-on-one meeting')).toBe(true);
    expect(privateSessionName('tête-à-tête meeting')).toBe(true);
    expect(privateSessionName('restricted session')).toBe(true);
    expect(privateSessionName('expanded session')).toBe(false);
    expect(privateSessionName('plenary session')).toBe(false);
  });

  it('gives the delegations listed after a one-on-one meeting to the whole talks, not to the meeting', () => {
    const r = madeUpRelations(
      'President Ali Hassan held official talks today with the Prime Minister of India, Narendra Modi, in New Delhi. The talks began with a one-on-one meeting between the two leaders and continued at delegation level. The Maldivian delegation included the Minister of Foreign Affairs, Omar Haddad.',
    );
    const haddad = r
      .of('PARTICIPATED_IN')
      .filter((x) => x.from === 'Omar Haddad')
      .map((x) => x.to);
    expect(haddad).not.toContain('one-on-one meeting');
    expect(haddad.length).toBeGreaterThan(0);
  });

  it('keeps the delegations of an expanded session listed after it', () => {
    const r = madeUpRelations(
      'President Ali Hassan held official talks today with the Prime Minister of India, Narendra Modi, in New Delhi. An expanded session followed in the afternoon. The Maldivian delegation included the Minister of Foreign Affairs, Omar Haddad.',
    );
    const haddad = r.of('PARTICIPATED_IN').filter((x) => x.from === 'Omar Haddad');
    expect(haddad.length).toBeGreaterThan(0);
  });
});

describe(PARTICIPATED_VISIT_NAMED_VISITOR.id, () => {
  it('reads a visit named after a person', () => {
    expect(visitNamedAfter("Kemal Aydin's official visit to Baghdad", 'Kemal Aydin')).toBe(true);
    expect(visitNamedAfter('state visit of Kemal Aydin to India', 'Kemal Aydin')).toBe(true);
    expect(visitNamedAfter("Kemal Aydin's official visit to Baghdad", 'Ali Hassan')).toBe(false);
    expect(visitNamedAfter("Aydin's visit to Baghdad", 'Aydin')).toBe(false);
  });

  it('gives the visit to the visitor and his ministers, not to the hosts who met him', () => {
    const { named } = extractFacts(
      'Prime Minister Ali Hassan received in Baghdad the President of the Republic of Türkiye, Kemal Aydin, who arrived in Baghdad on an official visit at the head of a delegation that included Foreign Minister Cem Bulut. The expanded talks were attended by the Minister of Foreign Affairs, Omar Haddad.',
      { file: 'made-up.txt', date: '2024-05-03', source: 'Media Office of the Prime Minister of Iraq' },
    );
    const visitors = named.filter((x) => x.type === 'PARTICIPATED_IN' && /visit/.test(x.to)).map((x) => x.from);
    expect(visitors).toEqual(expect.arrayContaining(['Kemal Aydin', 'Cem Bulut']));
    expect(visitors).not.toContain('Ali Hassan');
    expect(visitors).not.toContain('Omar Haddad');
  });
});

describe(EVENT_TOLD_MET_DEMONYM_TITLE_SUBJECT.id, () => {
  it('reads a demonym and a bare leader title as the subject', () => {
    expect(demonymTitleSubject('The Turkish President later ')).toBe('President');
    expect(demonymTitleSubject('The Indian Prime Minister ')).toBe('Prime Minister');
    expect(demonymTitleSubject('The Palace President ')).toBeUndefined();
    expect(demonymTitleSubject('The Turkish Minister of Trade ')).toBeUndefined();
  });

  it("tells the opening's leader's meeting with the person met", () => {
    const f = eventFacts(
      'Prime Minister Ali Hassan received today in Baghdad the President of the Republic of Türkiye, Kemal Aydin. The two sides held talks on water. The Turkish President later met the President of the Republic, Dr. Omar Rashid, at the Baghdad Palace.',
    );
    expect(f.has('PARTICIPATED_IN', 'Kemal Aydin', 'Aydin-Rashid meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Omar Rashid', 'Aydin-Rashid meeting')).toBe(true);
  });
});
