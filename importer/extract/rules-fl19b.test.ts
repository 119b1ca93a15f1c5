// The fl19b round's tests (issue 6): constructions shown by three first-look samples in new styles (a negotiating
// round, a telephone conversation, a working visit), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_NOT_STATE_NAME,
  DISCUSSED_FRONTED_SESSION,
  INVOLVES_ADMISSION_PARTIES,
  admissionCueEnd,
  ALIAS_PAIR_OF_WHOLE,
  NEGOTIATES_FOR_SIGNED_BY_FOR,
  PARTICIPATED_DELEGATION_INCLUDED,
  delegationIncluded,
  endsWithStateName,
  signedByForCues,
  signerIn,
  EVENT_INCIDENT_AS_MODIFIER,
  EVENT_SESSION_ON_TOPIC,
  incidentAsModifier,
  PARTICIPATED_SESSION_VERB,
  openedByAt,
  pairOfWhole,
  sessionsOnTopic,
  toldFronted,
  toldOpeningAfter,
} from './rules-fl19b.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(PARTICIPATED_SESSION_VERB.id, () => {
  it('reads who opened, addressed or closed a gathering, in each of the three forms', () => {
    expect(toldOpeningAfter(', also addressed the ')).toBe(true);
    expect(toldOpeningAfter(', the Deputy Minister, formally opened the ')).toBe(true);
    expect(toldOpeningAfter(' chaired the ')).toBe(true);
    expect(openedByAt(' were officially opened on 4 May by the Minister of Trade, Ms ')).toBeGreaterThan(0);
    expect(openedByAt(' was closed by ')).toBeGreaterThan(0);
    expect(toldFronted('Speaking at the ', ', Dr. ')).toBe(true);
    expect(toldFronted('In the ', ', Minister ')).toBe(true);
  });
  it('leaves other verbs, other clauses and a fronted gathering with a clause after its comma', () => {
    expect(toldOpeningAfter(' praised the ')).toBe(false);
    expect(toldOpeningAfter(' said that the ministers opened the ')).toBe(false);
    expect(openedByAt(' was praised by ')).toBeUndefined();
    expect(openedByAt(' opened the way to a deal backed by ')).toBeUndefined();
    expect(toldFronted('They spoke about the ', ', Dr. ')).toBe(false);
    expect(toldFronted('In the ', ', which lasted two hours. Minister ')).toBe(false);
    expect(toldFronted('During the ', ', the President and Prime Minister ', false)).toBe(false);
    expect(toldFronted('Speaking at the ', ', Dr. ', false)).toBe(true);
  });
  it('makes the opener, the speaker and the one addressing a session take part in it and in the whole', () => {
    const f = eventFacts(
      'The second round of negotiations between Arland and Bexia was held in Calda from 2 to 4 May. ' +
        'The negotiations were officially opened on 2 May by the Minister of Trade of Calda, Ms Vera Lind. ' +
        'The Secretary General of the Union, Dr. Omar Falk, also addressed the opening session. ' +
        'Speaking at the closing session, Ambassador Rui Nole said that the talks had been constructive.',
    );
    const whole = f.names.find((n) => /second round/.test(n))!;
    expect(whole).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Vera Lind', whole)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Omar Falk', 'opening session')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Omar Falk', whole)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Rui Nole', 'closing session')).toBe(true);
  });
  it('gives no part in a gathering still to come', () => {
    const f = eventFacts(
      'The Minister of Trade of Arland, Ms Vera Lind, met the Minister of Trade of Bexia, Mr Paul Rand, in Calda. ' +
        'The Secretary General of the Union, Dr. Omar Falk, will address the opening session of the summit in June.',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Omar Falk|'))).toBe(false);
  });
});

describe(EVENT_SESSION_ON_TOPIC.id, () => {
  it('reads a session told by its topic or its kind', () => {
    expect(
      sessionsOnTopic('In the session on peace and security, Minister X briefed them.').map((s) => s.surface),
    ).toEqual(['session on peace and security']);
    expect(sessionsOnTopic('Experts took part in the technical sessions.').map((s) => s.surface)).toEqual([
      'technical sessions',
    ]);
    expect(
      sessionsOnTopic('They held a thematic session on trade and energy; it was useful.').map((s) => s.surface),
    ).toEqual(['thematic session on trade and energy']);
  });
  it('leaves a bare session, a session of a body, a session on a date and a capitalised session', () => {
    expect(sessionsOnTopic('The session was long.')).toEqual([]);
    expect(sessionsOnTopic('the 79th session of the General Assembly.')).toEqual([]);
    expect(sessionsOnTopic('the session on 3 May was long.')).toEqual([]);
    expect(sessionsOnTopic('the Session on Oceans, held in Lisbon.')).toEqual([]);
    expect(sessionsOnTopic('the session on the sidelines of the summit.')).toEqual([]);
    expect(sessionsOnTopic('They joined the sessions on the final two days.')).toEqual([]);
    expect(sessionsOnTopic('the working session on the second day was closed.')).toEqual([]);
  });
  it('makes the session part of the readout’s gathering, its speaker taking part', () => {
    const f = eventFacts(
      'The first round of negotiations between Arland and Bexia was held in Calda on 2 May. ' +
        'In the session on trade and investment, Minister Vera Lind of Arland presented her proposals.',
    );
    const whole = f.names.find((n) => /first round/.test(n))!;
    expect(f.has('PART_OF', 'session on trade and investment', whole)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Vera Lind', 'session on trade and investment')).toBe(true);
  });
});

describe(ALIAS_PAIR_OF_WHOLE.id, () => {
  it('tells whether a pair takes part in a whole', () => {
    expect(pairOfWhole(new Set(['A', 'B']), [new Set(['A', 'B', 'C'])])).toBe(true);
    expect(pairOfWhole(new Set(['A', 'B']), [new Set(['A', 'C'])])).toBe(false);
    expect(pairOfWhole(new Set(['A', 'B']), [])).toBe(false);
  });
  it('keeps the pair’s name for the whole, not for a session of it', () => {
    const { out } = extractFacts(
      'Prime Minister Ana Vella of Arland held talks with Prime Minister Karl Borg of Bexia in Calda on 3 May. ' +
        'The two Prime Ministers first met in a one-to-one meeting, which was followed by plenary talks between the ' +
        'two delegations. The Minister of Trade of Arland, Mr Paul Rand, also took part in the talks.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    const withPair = out.entities.filter(
      (e) => e.type === 'Event' && e.aliases.some((a) => /^talks of (?:Ana Vella|Karl Borg) and/.test(a)),
    );
    expect(withPair.every((e) => !/delegations/.test(e.name))).toBe(true);
  });
});

describe('fl19b lexicon words', () => {
  it('reads portfolio words and a bracketed doctorate in titles', () => {
    const { rels } = extractFacts(
      'The Minister for Home Affairs, National Security and Law Enforcement of Ghana, Mr Paul Rand, met the Deputy ' +
        'Secretary General in charge of Productive and Social Sectors of the African Union, Hon. Rui Nole. The ' +
        'Secretary General of the African Union, Hon. (Dr.) Omar Falk, attended.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Paul Rand\|.*Law Enforcement/.test(r))).toBe(true);
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Rui Nole\|.*Productive and Social Sectors/.test(r))).toBe(true);
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Omar Falk\|Secretary General/.test(r))).toBe(true);
    expect([...rels].some((r) => /\|(?:Enforcement|Social Sectors)\|/.test(r))).toBe(false);
  });
});

describe(`${ALIAS_PAIR_OF_WHOLE.id}, a meeting on the margins of a summit`, () => {
  it('keeps the pair’s name of a meeting inside a summit both attend', () => {
    expect(ALIAS_PAIR_OF_WHOLE.notMeeting.test('IGAD Summit')).toBe(true);
    expect(ALIAS_PAIR_OF_WHOLE.notMeeting.test('Abela-Borg talks')).toBe(false);
  });
});

describe(EVENT_INCIDENT_AS_MODIFIER.id, () => {
  it('tells an incident noun that modifies the noun after it', () => {
    expect(incidentAsModifier(' forces have installed fences')).toBe(true);
    expect(incidentAsModifier(' regime in the region')).toBe(true);
    expect(incidentAsModifier(' line near the village')).toBe(true);
    expect(incidentAsModifier(' of the northern region')).toBe(false);
    expect(incidentAsModifier(' in the east')).toBe(false);
  });
  it('reads no incident in "the occupation forces", and the borderisation as one', () => {
    const f = eventFacts(
      'Minister Ana Vella of Georgia informed Minister Karl Borg of Slovakia about the continuing borderisation in the ' +
        'vicinity of the village of Tsnelisi, where the Russian occupation forces have been installing fences.',
    );
    expect(f.names.some((n) => /occupation/.test(n))).toBe(false);
    expect(f.names.some((n) => /^borderisation in the vicinity/.test(n))).toBe(true);
  });
});

describe('fl19b gazetteer and event heads', () => {
  it('reads a named negotiating format with the head "Discussions" as an event', () => {
    const f = eventFacts(
      'Minister Ana Vella of Georgia and Minister Karl Borg of Slovakia discussed the Geneva International Discussions.',
    );
    expect(f.names).toContain('Geneva International Discussions');
    const r = eventFacts(
      'Minister Ana Vella of Georgia and Minister Karl Borg of Slovakia prepared the 60th round of the Geneva ' +
        'International Discussions.',
    );
    expect(r.names).toContain('60th round of the Geneva International Discussions');
  });
  it('reads the Government of National Accord as Libya, not as an agreement', () => {
    const { out } = extractFacts(
      'The Memorandum of Understanding was signed by Prime Minister Ana Vella of Malta and by Prime Minister Karl Borg ' +
        'for the Government of National Accord.',
      { file: 'made-up.txt', date: '2020-05-28' },
    );
    expect(out.entities.some((e) => e.type === 'Agreement' && /Accord/.test(e.name))).toBe(false);
    expect(out.entities.some((e) => e.type === 'State' && e.name === 'Libya')).toBe(true);
  });
  it('gives a monitoring mission’s head an office of the mission', () => {
    const { rels } = extractFacts(
      'Minister Ana Vella of Georgia received the Head of the European Union Monitoring Mission in Georgia, Mr Karl Borg.',
      { file: 'made-up.txt', date: '2019-11-14' },
    );
    expect(
      rels.has(
        'OFFICE_OF|Head of the European Union Monitoring Mission in Georgia|European Union Monitoring Mission in Georgia',
      ),
    ).toBe(true);
  });
});

describe(NEGOTIATES_FOR_SIGNED_BY_FOR.id, () => {
  it('reads "by X for (the Government of) Y" in a signing sentence', () => {
    expect(
      signedByForCues('The accord was signed by Prime Minister al-Vella for the Government of Malta.').map(
        (c) => c.signer,
      ),
    ).toEqual(['Prime Minister al-Vella']);
    expect(signerIn('Prime Minister al-Vella', 'Ana al-Vella')).toBe(true);
    expect(signerIn('Prime Minister Borg', 'Ana al-Vella')).toBe(false);
  });
  it('leaves "for the first time" and a signer followed by a clause', () => {
    expect(signedByForCues('It was signed by Minister Vella for the first time.')).toEqual([]);
    expect(signedByForCues('It was signed by Minister Vella, who thanked them for the Malta talks.')).toEqual([]);
  });
  it('makes the signer act for the side, and the side a party', () => {
    const { rels } = extractFacts(
      'A Memorandum of Understanding on fisheries was signed by Prime Minister Ana Vella on behalf of the Government ' +
        'of Malta and by Prime Minister Karl al-Borg for the Government of National Accord.',
      { file: 'made-up.txt', date: '2020-05-28' },
    );
    expect(rels.has('NEGOTIATES_FOR|Karl al-Borg|Libya')).toBe(true);
    expect([...rels].some((r) => /^PARTY_TO\|Libya\|Memorandum of Understanding/.test(r))).toBe(true);
  });
});

describe(PARTICIPATED_DELEGATION_INCLUDED.id, () => {
  it('reads the people a delegation included and the gathering it went to', () => {
    expect(delegationIncluded('The Libyan delegation to the plenary talks included the Minister, X.')).toMatchObject({
      gathering: 'plenary talks',
    });
    expect(delegationIncluded('The Kenyan delegation included the Minister, X.')?.gathering).toBeUndefined();
    expect(delegationIncluded('The agenda included trade.')).toBeUndefined();
    expect(delegationIncluded('The Georgian delegation at the Geneva Discussions is headed by Mr X.')).toMatchObject({
      gathering: 'Geneva Discussions',
    });
    expect(delegationIncluded('A delegation headed by Mr X arrived.')).toBeUndefined();
    expect(delegationIncluded('The UK delegation was led by Mr X, who acts on behalf of Mr Y.')?.head).toBe(true);
    expect(delegationIncluded('The UK delegation included Mr X and Mr Y.')?.head).toBe(false);
    expect(delegationIncluded('The delegation will include the Minister, X.')).toBeUndefined();
  });
  it('makes the listed people take part in the session and in the talks', () => {
    const f = eventFacts(
      'Prime Minister Ana Vella of Malta held talks with Prime Minister Karl Borg of Libya in Tripoli on 3 May. ' +
        'The two Prime Ministers first met in a one-to-one meeting, which was followed by plenary talks between the ' +
        'two delegations. The Libyan delegation to the plenary talks included the Minister of Foreign Affairs, Omar ' +
        'Falk, and the Minister of Interior, Rui Nole.',
    );
    expect(f.of('PARTICIPATED_IN').filter((r) => r.startsWith('PARTICIPATED_IN|Omar Falk|')).length).toBeGreaterThan(1);
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Rui Nole|'))).toBe(true);
  });
});

describe(AGREEMENT_NOT_STATE_NAME.id, () => {
  it('drops an agreement whose head is the end of a state’s name, not one that ends with a state', () => {
    expect(endsWithStateName([{ end: 40, surface: 'Government of National Accord' }], 40)).toBe(true);
    expect(endsWithStateName([{ end: 40, surface: 'Albania' }], 40)).toBe(false);
    expect(endsWithStateName([{ end: 30, surface: 'Government of National Accord' }], 40)).toBe(false);
    const title = 'Chairman of the Council and Prime Minister of the Government of National Accord of Libya';
    expect(endsWithStateName([{ end: 30, surface: 'Government of National Accord' }], 40, title)).toBe(true);
    const treaty = 'Treaty between Libya and the Government of National Accord';
    expect(endsWithStateName([{ end: 30, surface: 'Government of National Accord' }], 40, treaty)).toBe(false);
  });
});

describe(INVOLVES_ADMISSION_PARTIES.id, () => {
  it('reads the cue right after the event', () => {
    expect(admissionCueEnd(' for the admission of the Federal Republic of X')).toBeGreaterThan(0);
    expect(admissionCueEnd(' on the accession of X')).toBeGreaterThan(0);
    expect(admissionCueEnd(' in Nairobi on the admission of X')).toBeUndefined();
  });
  it('makes negotiations on A’s admission into B involve both', () => {
    const f = eventFacts(
      'The first round of negotiations for the admission of the Federal Republic of Somalia into the East African ' +
        'Community was held in Nairobi from 22 to 31 August. The Minister of Trade of Somalia, Mr Omar Falk, led the ' +
        'Somali team.',
      '2023-09-01',
    );
    const round = f.names.find((n) => /first round/.test(n))!;
    expect(f.has('INVOLVES', round, 'Somalia')).toBe(true);
    expect(f.has('INVOLVES', round, 'East African Community')).toBe(true);
  });
  it('reads no event in a welcome of an admission', () => {
    const f = eventFacts(
      'President Ana Vella of Kenya welcomed the admission of Somalia into the East African Community.',
      '2023-12-01',
    );
    expect(f.of('INVOLVES')).toEqual([]);
  });
});

describe(DISCUSSED_FRONTED_SESSION.id, () => {
  it('gives a fronted session the topics of its sentence', () => {
    const f = eventFacts(
      'The first round of negotiations between Kenya and Somalia was held in Nairobi on 2 May. In the session on ' +
        'peace and security, Minister Omar Falk of Somalia briefed the Kenyan side on the Al-Shabaab attack on Mogadishu ' +
        'airport.',
    );
    const topic = f.names.find((n) => /attack/.test(n))!;
    expect(topic).toBeDefined();
    expect(f.has('DISCUSSED', 'session on peace and security', topic)).toBe(true);
  });
  it('leaves a session told later in its sentence', () => {
    expect(DISCUSSED_FRONTED_SESSION.fronted.test('Minister X said in the ')).toBe(false);
    expect(DISCUSSED_FRONTED_SESSION.fronted.test('In the ')).toBe(true);
  });
});

describe('event.incident-perfect-affected and event.incident-and-of (incidents.ts)', () => {
  it('reads "the drought that has affected A and B" with its parties', () => {
    const f = eventFacts(
      'President Ana Vella of Kenya and President Omar Falk of Somalia discussed the drought that has affected Somalia ' +
        'and Kenya since 2020.',
    );
    const d = f.names.find((n) => /^drought that has affected Somalia/.test(n))!;
    expect(d).toBeDefined();
    expect(f.has('INVOLVES', d, 'Somalia')).toBe(true);
  });
  it('reads a second complement joined by "and of", not an "and" that starts a clause', () => {
    const f = eventFacts(
      'Prime Minister Ana Vella of Malta and Prime Minister Omar Falk of Libya discussed the shelling of residential ' +
        'areas and of Mitiga airport in Tripoli.',
    );
    expect(f.names).toContain('shelling of residential areas and of Mitiga airport in Tripoli');
    const g = eventFacts(
      'Prime Minister Ana Vella of Malta condemned the shelling of Tripoli and called for a ceasefire in Libya.',
    );
    expect(g.names.some((n) => /and called/.test(n))).toBe(false);
    const h = eventFacts(
      'Minister Ana Vella of Indonesia and Minister Omar Falk of Malta discussed the situation in the region and on the ' +
        'accession of Timor-Leste to ASEAN.',
    );
    expect(h.names.some((n) => /and on the accession/.test(n))).toBe(false);
  });
});
