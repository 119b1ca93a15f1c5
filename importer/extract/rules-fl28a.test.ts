// The fl28a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// communiqué on a restitution deed, a Pacific government's release on a dialogue between a subregional grouping and a
// regional organisation, a government's page on a regional summit), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_DEED_OF_TRANSFER,
  EVENT_REGULAR_SESSION_OF_BODY,
  listedHonorificLength,
  ORG_FORM_SIDE_REFERENCE,
  orgFormSide,
  OFFICE_HEAD_OF_GOVERNMENT_IN_PRESIDENTIAL_STACK,
  stackedHeadOfStateAt,
  ORG_FORM_IN_TITLE_COMPLEMENT,
  orgTitleBefore,
  PARTICIPATED_GUESTS_AND_SPEAKERS,
  OFFICE_OWNER_ACRONYM_END,
  ownerAcronymLength,
  PERSON_LIST_HONORIFIC,
} from './rules-fl28a.ts';
import { extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const facts = (text: string, source?: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2025-06-01', ...(source ? { source } : {}) }).rels;

describe(PERSON_LIST_HONORIFIC.id, () => {
  it('measures a style before a listed name, and nothing else', () => {
    expect(listedHonorificLength('the Honorable Mark Brown and …')).toBe('the Honorable '.length);
    expect(listedHonorificLength('His Excellency Ali Rahman, …')).toBe('His Excellency '.length);
    expect(listedHonorificLength('Mark Brown and …')).toBe(0);
    expect(listedHonorificLength('the Honorable and …')).toBe(0);
  });

  it('pairs the states of a plural title with names that carry a style', () => {
    const rels = facts(
      'The delegation was joined by the Prime Ministers of Samoa and the Cook Islands, the Honorable Tala Vaai and the Honorable Tere Marsters.',
    );
    expect(rels.has('HOLDS_OFFICE|Tala Vaai|Prime Minister of Samoa')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Tere Marsters|Prime Minister of the Cook Islands')).toBe(true);
  });

  it('reads three names with a style each after three states, one of them with a capitalised article', () => {
    const rels = facts(
      'Addresses were delivered by the Prime Ministers of The Bahamas, Grenada and Belize, the Honourable Ana Roll, the Honourable Ben Cato and the Honourable Cy Dent.',
    );
    expect(rels.has('HOLDS_OFFICE|Ana Roll|Prime Minister of the Bahamas')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Ben Cato|Prime Minister of Grenada')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Cy Dent|Prime Minister of Belize')).toBe(true);
  });

  it('pairs nothing when the names do not match the states in number', () => {
    const rels = facts(
      'The Prime Ministers of Samoa and Tonga, the Honorable Tala Vaai, met the press in Apia with officials.',
    );
    expect(rels.has('HOLDS_OFFICE|Tala Vaai|Prime Minister of Tonga')).toBe(false);
  });
});

describe(OFFICE_OWNER_ACRONYM_END.id, () => {
  it('measures brackets holding only another name of the owner', () => {
    const hits = [{ name: 'Micronesia', start: 2, end: 5 }];
    expect(ownerAcronymLength(' (FSM), met', 0, { name: 'Micronesia' }, hits)).toBe(6);
    expect(ownerAcronymLength(' (FSM), met', 0, { name: 'Palau' }, hits)).toBe(0);
    expect(ownerAcronymLength(' (FSM), met', 0, undefined, hits)).toBe(0);
    expect(ownerAcronymLength(' (Defence), met', 0, { name: 'Micronesia' }, hits)).toBe(0);
  });

  it("ends a title at its owner's initials after a name", () => {
    const rels = facts('Ali Rahman, President of the Federated States of Micronesia (FSM), arrived in Suva.');
    expect(rels.has('HOLDS_OFFICE|Ali Rahman|President of Micronesia')).toBe(true);
    expect([...rels].some((r) => r.includes('(FSM)'))).toBe(false);
  });

  it("reads the name after a title closed by its owner's initials", () => {
    const rels = facts(
      'The delegation met the Minister of Foreign Affairs of the Republic of Korea (ROK), Park Jin, in Seoul.',
    );
    expect(rels.has('HOLDS_OFFICE|Park Jin|Minister of Foreign Affairs of South Korea')).toBe(true);
  });

  it('keeps other brackets as part of the title', () => {
    const rels = facts(
      'Ana Roll, Minister (Defence), met the Minister of Foreign Affairs of Japan, Taro Kono, in Tokyo.',
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Ana Roll|Minister (Defence)'))).toBe(true);
  });
});

describe('org.micronesian-presidents-summit (gazetteer, lexicons.ts)', () => {
  it('reads the grouping as a side, not as the meeting of the day', () => {
    const { out } = extractFacts(
      "President Ali Rahman joined the Leaders of the Micronesian Presidents' Summit (MPS) in Suva for a High-Level Political Dialogue with the Pacific Islands Forum. The MPS was represented by three leaders.",
      { file: 'made-up.txt', date: '2025-06-01' },
    );
    const mps = out.entities.filter((e) => /Micronesian Presidents/.test(e.name));
    expect(mps.map((e) => e.type)).toEqual(['Organization']);
  });

  it('does not read members of parliament as the grouping', () => {
    const { out } = extractFacts('Three MPs from the ruling party met the delegation in Suva.', {
      file: 'made-up.txt',
    });
    expect(out.entities.some((e) => /Micronesian Presidents/.test(e.name))).toBe(false);
  });
});

const events = (text: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2025-06-01' }).out.entities.filter((e) => e.type === 'Event');

describe(EVENT_REGULAR_SESSION_OF_BODY.id, () => {
  it("names a regular meeting of an organisation's conference in full", () => {
    const names = events(
      'The Twenty-Ninth Regular Meeting of the Conference of Heads of Government of the Caribbean Community opened in Basseterre on Monday.',
    ).map((e) => e.name);
    expect(names).toContain(
      'Twenty-Ninth Regular Meeting of the Conference of Heads of Government of the Caribbean Community',
    );
  });

  it('names a special meeting of a council of ministers in full', () => {
    const names = events(
      'The 18th Special Meeting of the Council of Ministers of the Pacific Community opened in Noumea on Monday.',
    ).map((e) => e.name);
    expect(names).toContain('18th Special Meeting of the Council of Ministers of the Pacific Community');
  });

  it('makes no session of a conference no organisation owns', () => {
    const names = events('A regular meeting of the Conference of Parents of the school was held in May.').map(
      (e) => e.name,
    );
    expect(names.some((n) => /Conference of Parents/.test(n))).toBe(false);
  });
});

describe(PARTICIPATED_GUESTS_AND_SPEAKERS.id, () => {
  it('tells guests and speakers, not letters or guest houses', () => {
    const cue = PARTICIPATED_GUESTS_AND_SPEAKERS.cue;
    expect(cue.test('The special guests of the Conference were A and B.')).toBe(true);
    expect(cue.test('Among the guests were A and B.')).toBe(true);
    expect(cue.test('Addresses were also delivered by A.')).toBe(true);
    expect(cue.test('The President addressed a letter to A.')).toBe(false);
    expect(cue.test('The delegation stayed at the state guest house.')).toBe(false);
    expect(cue.test('Guests will be invited to the next summit.')).toBe(false);
  });

  it("gives the meeting's guests and speakers, told after it, as its participants", () => {
    const rels = facts(
      'The Ninth Summit of the Pacific Islands Forum opened in Apia on Monday, chaired by Prime Minister Tala Vaai of Samoa. Addresses were also delivered by Prime Minister Ana Rollins of Tonga and by President Ben Cato of Palau. The special guests of the Summit were Foreign Minister Cy Denton of Japan and Foreign Minister Dee Foxworth of Chile.',
    );
    const part = [...rels].filter((r) => r.startsWith('PARTICIPATED_IN|'));
    for (const n of ['Ana Rollins', 'Ben Cato', 'Cy Denton', 'Dee Foxworth'])
      expect(part.some((r) => r.startsWith(`PARTICIPATED_IN|${n}|`))).toBe(true);
  });
});

describe(ORG_FORM_IN_TITLE_COMPLEMENT.id, () => {
  it('tells an officer title right before the form word', () => {
    expect(orgTitleBefore('Addresses were delivered by the Secretary-General of ')).toBe(true);
    expect(orgTitleBefore('The Deputy Secretary General of ')).toBe(true);
    expect(orgTitleBefore('They spoke about the future of ')).toBe(false);
  });

  it('gives the office to the one organisation named whose name ends with the word', () => {
    const rels = facts(
      'The Caribbean Community met in Georgetown. Addresses were delivered by the Secretary-General of the Community, Dr. Ana Rollins.',
    );
    expect(rels.has('HOLDS_OFFICE|Ana Rollins|Secretary-General of the Caribbean Community')).toBe(true);
  });

  it('gives no organisation when two are named with that word', () => {
    const rels = facts(
      'The European Union and the African Union met in Brussels. The President of the Union, Ana Rollins, spoke.',
    );
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Ana Rollins\|.*(African|European) Union/.test(r))).toBe(false);
  });
});

describe(OFFICE_HEAD_OF_GOVERNMENT_IN_PRESIDENTIAL_STACK.id, () => {
  it('finds the "Head of State" stacked right before a current "Head of Government"', () => {
    const text = 'The President of the Republic, Head of State, Head of Government, Mr X.';
    const at = text.indexOf('Head of Government');
    expect(stackedHeadOfStateAt('Head of Government', false, text, at)).toBe(text.indexOf('Head of State'));
    expect(stackedHeadOfStateAt('Head of Government', true, text, at)).toBe(-1);
    const pm = 'The Prime Minister, Head of Government, Mr X.';
    expect(stackedHeadOfStateAt('Head of Government', false, pm, pm.indexOf('Head of Government'))).toBe(-1);
  });

  it('gives the stacked holder the presidency, and no "Head of Government" office', () => {
    const rels = facts(
      'The President of the Republic, Head of State, Head of Government, His Excellency Mr Paul ADJOVI, received the delegation in Cotonou.',
      'Presidency of the Republic of Benin',
    );
    expect(rels.has('HOLDS_OFFICE|Paul Adjovi|President of Benin')).toBe(true);
    expect([...rels].some((r) => r.includes('Head of Government of Benin'))).toBe(false);
  });

  it('leaves a prime minister who heads the government as he was', () => {
    const rels = facts(
      'The Prime Minister, Head of Government, Mr Paul ADJOVI, received the delegation in Cotonou.',
      'Presidency of the Republic of Benin',
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Paul Adjovi|President'))).toBe(false);
  });
});

describe(ORG_FORM_SIDE_REFERENCE.id, () => {
  it('tells a side by a possessive side noun after the word or a second "and of" after "on behalf of"', () => {
    expect(orgFormSide('', "'s side was led by")).toBe(true);
    expect(orgFormSide('signed it on behalf of the MPS and of ', ' respectively')).toBe(true);
    expect(orgFormSide('', "'s agenda was long")).toBe(false);
    expect(orgFormSide('the future of the region and of ', ' was discussed')).toBe(false);
  });

  it("gives the leader of the organisation's side, told by its form word, that side", () => {
    const rels = facts(
      "The leaders held talks in Suva with the Pacific Islands Forum on its reform. The Forum's side was led by Prime Minister Tala Vaai of Samoa.",
    );
    expect(rels.has('NEGOTIATES_FOR|Tala Vaai|Pacific Islands Forum')).toBe(true);
  });
});

describe('negotiates-for.respectively-and-of (agreement-parties.ts, rules-roles.ts)', () => {
  it('pairs the signatories in the order written with the sides joined by "and of", and makes both parties', () => {
    const rels = facts(
      'The talks were held in Suva between the Pacific Islands Forum and the Caribbean Community. At the close, President Ana Rollins and Prime Minister Tala Vaai signed the Suva Accord on behalf of the Caribbean Community and of the Pacific Islands Forum respectively.',
    );
    expect(rels.has('NEGOTIATES_FOR|Ana Rollins|Caribbean Community')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Tala Vaai|Pacific Islands Forum')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Ana Rollins|Pacific Islands Forum')).toBe(false);
    expect(rels.has('PARTY_TO|Caribbean Community|Suva Accord')).toBe(true);
    expect(rels.has('PARTY_TO|Pacific Islands Forum|Suva Accord')).toBe(true);
  });
});

describe(AGREEMENT_DEED_OF_TRANSFER.id, () => {
  it('reads a deed of transfer signed for two sides as an agreement with both parties', () => {
    const rels = facts(
      'After the talks, the deed of transfer of ownership of the royal works was signed for the Republic of Benin by the Minister of Culture, Mr Ali RAHMAN, and for the French Republic by the Minister of Culture, Mrs Anne DUBOIS.',
    );
    expect(rels.has('PARTY_TO|Benin|deed of transfer of ownership')).toBe(true);
    expect(rels.has('PARTY_TO|France|deed of transfer of ownership')).toBe(true);
  });

  it('reads a deed of cession too', () => {
    const { out } = extractFacts('The two governments signed a deed of cession of the island in Apia on Monday.', {
      file: 'made-up.txt',
    });
    expect(out.entities.some((e) => e.type === 'Agreement' && /deed of cession/.test(e.name))).toBe(true);
  });

  it('makes no agreement of good deeds or a title deed', () => {
    const { out } = extractFacts(
      'The President praised the good deeds of the volunteers in Cotonou and handed over the title deed of the school.',
      { file: 'made-up.txt' },
    );
    expect(out.entities.some((e) => e.type === 'Agreement')).toBe(false);
  });
});
