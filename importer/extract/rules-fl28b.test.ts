// The fl28b round's tests (issue 6): constructions shown by three first-look samples in new styles (a government's
// plain-text communiqué on joint-development talks, a presidency's web page on a regional mediation mission, a
// government information service's Markdown release on a treaty's signing), each rule on made-up sentences with
// negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_NO_PRAISE_ADJECTIVE,
  AGREEMENT_PARTICIPLE_END,
  AGREEMENT_SUBJECT_BEHALF_STOP,
  commonPluralName,
  EVENT_MAIN_OPENING_TALKS,
  EVENT_MAIN_TITLE_VERB_CUT,
  INVOLVES_HELD_BY_SIDES_PLACE_FIRST,
  ORG_PAIR_PREFIX,
  PARTY_LIST_REPEATED_PREPOSITION,
  openingTalks,
  PERSON_NOT_COMMON_PLURAL,
  withoutHeadlineVerb,
} from './rules-fl28b.ts';
import { agreementNames, entityFacts, eventFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_MAIN_TITLE_VERB_CUT.id, () => {
  it('cuts a headline at the present-tense verb after the event noun', () => {
    expect(withoutHeadlineVerb('ECOWAS presidential mission adopts six-point roadmap')).toBe(
      'ECOWAS presidential mission',
    );
    expect(withoutHeadlineVerb('Andean Summit closes with a joint declaration')).toBe('Andean Summit');
    expect(withoutHeadlineVerb('Border dialogue ends without agreement')).toBe('Border dialogue');
  });

  it('keeps names with no such verb, or whose kept part holds no event noun', () => {
    expect(withoutHeadlineVerb('Official visit of the President to Ghana')).toBe(
      'Official visit of the President to Ghana',
    );
    expect(withoutHeadlineVerb('Talks on fisheries')).toBe('Talks on fisheries');
    expect(withoutHeadlineVerb('Minister adopts mission statement')).toBe('Minister adopts mission statement');
    expect(withoutHeadlineVerb('Summit Signs')).toBe('Summit Signs');
  });

  it('names the readout’s mission after the headline’s subject', () => {
    const f = eventFacts(
      'SADC mission adopts plan to end the dispute\n\nThe Southern African Development Community mission led by the President of Botswana, Kabo Leteane, held talks in Maseru today with the Prime Minister of Lesotho, Thabo Mokete.',
    );
    expect(f.names).toContain('SADC mission');
    expect(f.names.some((n) => /adopts/.test(n))).toBe(false);
  });
});

describe(AGREEMENT_SUBJECT_BEHALF_STOP.id, () => {
  it('ends a head-first agreement name before "on behalf of"', () => {
    const names = agreementNames(
      'The two ministers signed the Agreement on the Delimitation of the Continental Shelf on behalf of their Governments.',
    );
    expect(names).toContain('Agreement on the Delimitation of the Continental Shelf');
    expect(names.some((n) => /behalf/.test(n))).toBe(false);
  });

  it('keeps a subject that goes on with other lowercase words', () => {
    const names = agreementNames(
      'The two ministers signed the Agreement on the Protection of Migrant Workers in Qatar.',
    );
    expect(names.some((n) => n.startsWith('Agreement on the Protection of Migrant Workers'))).toBe(true);
  });
});

describe(AGREEMENT_PARTICIPLE_END.id, () => {
  it('ends a described roadmap before a participle of authorship', () => {
    const names = agreementNames(
      'All the parties adopted the roadmap for the resolution of the political crisis proposed by the ministerial mission.',
    );
    expect(names).toContain('roadmap for the resolution of the political crisis');
    expect(names.some((n) => /proposed/.test(n))).toBe(false);
  });

  it('leaves a roadmap whose subject holds no participle as it was', () => {
    const names = agreementNames('The two sides agreed on a roadmap for the return of refugees to the border areas.');
    expect(names.some((n) => n.startsWith('roadmap for the return of refugees'))).toBe(true);
  });
});

describe(AGREEMENT_NO_PRAISE_ADJECTIVE.id, () => {
  it('drops a praise adjective before a lowercase agreement', () => {
    const names = agreementNames('Samoa and Tonga today signed a historic maritime boundary treaty in Apia.');
    expect(names).toContain('maritime boundary treaty');
    expect(names.some((n) => /historic/.test(n))).toBe(false);
  });

  it('keeps other modifiers', () => {
    const names = agreementNames('Samoa and Tonga today signed a new fisheries agreement in Apia.');
    expect(names.some((n) => /fisheries agreement/.test(n))).toBe(true);
  });
});

describe(PERSON_NOT_COMMON_PLURAL.id, () => {
  it('reads no person in a body’s plural noun after a title', () => {
    expect(commonPluralName('Heads')).toBe(true);
    expect(commonPluralName('People')).toBe(true);
    expect(commonPluralName('Pereira')).toBe(false);
    const f = entityFacts(
      "The mission came at the request of the Chairperson of the Authority of ECOWAS Heads of State and Government. It met the President of the National People's Assembly, Rui Tavares.",
    );
    expect([...f.names].some((n) => n === 'Person|Heads' || n === 'Person|People')).toBe(false);
  });

  it('still reads a one-word surname after a title', () => {
    const f = entityFacts('The delegation was received by President Tavares and by Foreign Minister Costa in Bissau.');
    expect([...f.names].some((n) => n.startsWith('Person|') && /Tavares/.test(n))).toBe(true);
  });
});

describe(EVENT_MAIN_OPENING_TALKS.id, () => {
  it('reads talks told with the place before their noun', () => {
    expect(openingTalks('The two delegations concluded today in Apia three days of talks on fisheries.')).toMatchObject(
      {
        name: 'talks in Apia',
        surface: 'talks',
      },
    );
    expect(
      openingTalks('The two governments opened in Port Louis a new round of negotiations on the border.')?.name,
    ).toBe('negotiations in Port Louis');
  });

  it('reads no talks still to come, nor a place after the noun', () => {
    expect(openingTalks('The two delegations will hold in Apia three days of talks.')).toBeUndefined();
    expect(openingTalks('The two delegations held talks in Apia on fisheries.')).toBeUndefined();
    expect(openingTalks('The ministers concluded in Apia an agreement on fisheries.')).toBeUndefined();
  });

  it('makes them the readout’s talks, with the heads of delegation told after them', () => {
    const f = eventFacts(
      'The Government of Samoa and a high-level delegation of the Republic of Fiji concluded today in Apia three days of talks on relaunching the cooperation of the two States in fisheries.\n\nThe Samoan delegation was headed by the Minister of Foreign Affairs, Tala Mua. The Fijian delegation was led by the Minister of Fisheries, Ratu Koro.',
    );
    expect(f.names).toContain('talks in Apia');
    expect(f.has('PARTICIPATED_IN', 'Tala Mua', 'talks in Apia')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ratu Koro', 'talks in Apia')).toBe(true);
  });

  it('leaves a readout whose opening names its meeting otherwise', () => {
    const text =
      'The Prime Minister of Samoa, Tala Mua, held talks in Apia today with the Prime Minister of Fiji, Ratu Koro.';
    expect(openingTalks(text)).toBeUndefined();
    const f = eventFacts(text);
    expect(f.has('PARTICIPATED_IN', 'Ratu Koro', 'talks in Apia') || f.of('PARTICIPATED_IN').length > 0).toBe(true);
  });
});

describe(PARTY_LIST_REPEATED_PREPOSITION.id, () => {
  it('pairs the agents with sides listed "of A and of B respectively"', () => {
    const f = roleFacts(
      'The Co-Chairs of the Commission, Dr. Ana Ruiz and Ambassador Carlos Mora, led the talks on behalf of the Government of Chile and of the Government of Peru respectively.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Carlos Mora|Peru');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Carlos Mora|Chile');
  });

  it('pairs nobody when the agents and the sides do not match in number', () => {
    const f = roleFacts(
      'Dr. Ana Ruiz, Ambassador Carlos Mora and Mr. Luis Paz led the talks on behalf of Chile and of Peru respectively.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Carlos Mora|Peru');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Luis Paz|Peru');
  });
});

describe(INVOLVES_HELD_BY_SIDES_PLACE_FIRST.id, () => {
  it('gives the talks the sides of their subject, one told by its delegation', () => {
    const f = eventFacts(
      'The Government of Samoa and a high-level delegation of the Republic of Fiji concluded today in Apia three days of talks on fisheries.\n\nThe Samoan delegation was headed by the Minister of Foreign Affairs, Tala Mua.',
    );
    expect(f.has('INVOLVES', 'talks in Apia', 'Samoa')).toBe(true);
    expect(f.has('INVOLVES', 'talks in Apia', 'Fiji')).toBe(true);
  });

  it('gives none when the subject holds one side, or more than sides', () => {
    expect(INVOLVES_HELD_BY_SIDES_PLACE_FIRST.sidesOnly.test('The   and a high-level delegation of the  ')).toBe(true);
    expect(INVOLVES_HELD_BY_SIDES_PLACE_FIRST.sidesOnly.test(' welcomed   and ')).toBe(false);
    const f = eventFacts(
      'Samoa welcomed the Fijian proposal and concluded today in Apia three days of talks on fisheries.\n\nThe Samoan delegation was headed by the Minister of Foreign Affairs, Tala Mua.',
    );
    expect(f.of('INVOLVES').some((r) => r.endsWith('|Fiji'))).toBe(false);
  });
});

describe(ORG_PAIR_PREFIX.id, () => {
  it('starts a body named by its form at the state joined to it by a dash', () => {
    const f = entityFacts('The Chile–Peru Joint Boundary Commission held three rounds of talks in Lima.');
    expect(f.names.has('Organization|Chile–Peru Joint Boundary Commission')).toBe(true);
    expect(f.names.has('Organization|Peru Joint Boundary Commission')).toBe(false);
  });

  it('leaves a body with no state before its dash, and a pair body told as a sitting', () => {
    const a = entityFacts('The Andean Joint Boundary Commission held three rounds of talks in Lima.');
    expect([...a.names].some((n) => n.startsWith('Organization|Andean Joint Boundary Commission'))).toBe(true);
    const b = entityFacts('The Kenya–Uganda Joint Permanent Commission met in Nairobi.');
    expect([...b.names].some((n) => n.startsWith('Organization|Kenya–Uganda'))).toBe(false);
    const c = eventFacts('The 5th Session of the Chile–Peru Joint Permanent Commission was held in Lima on 22 May.');
    expect(c.of('INVOLVES').some((r) => r.endsWith('|Chile'))).toBe(true);
  });
});
