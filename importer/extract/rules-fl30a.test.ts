// The fl30a round's tests (issue 6): constructions shown by three first-look samples in new styles (a Central
// European government's plain-text release on minority-rights talks, a defence ministry's web page on a trilateral
// memorandum, an interior ministry's Markdown release on a ministerial meeting), each rule on made-up sentences with
// negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  EVENT_BODY_IN_PLACE_ON_DATE,
  EVENT_MAIN_HOSTED_GATHERING,
  EVENT_MAIN_NOT_PREPARED,
  EVENT_MAIN_SIGNING_BEHALF_GAP,
  ORG_COUNCIL_PRESIDENCY,
  councilOfPresidency,
  preparedBefore,
  tellsPreparedMeeting,
  withoutBehalfOf,
} from './rules-fl30a.ts';
import { signedObjectGap } from './rules-fl23b.ts';
import { eventFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe(EVENT_MAIN_NOT_PREPARED.id, () => {
  it('reads a meeting being prepared, arranged or organised as still to come', () => {
    expect(preparedBefore('the two sides agreed to begin the preparation of a ')).toBe(true);
    expect(preparedBefore('they discussed preparations for the next ')).toBe(true);
    expect(preparedBefore('the ministers agreed to arrange a ')).toBe(true);
    expect(preparedBefore('the envoys will organise the ')).toBe(true);
    expect(preparedBefore('the two ministers held a ')).toBe(false);
    expect(preparedBefore('after the preparation of the report, they had a long ')).toBe(false);
    expect(preparedBefore('the minister arranged for the delegation to hold a ')).toBe(false);
  });

  it('tells a sentence holding a prepared meeting between two', () => {
    expect(tellsPreparedMeeting('They agreed to prepare a meeting between President A and President B.')).toBe(true);
    expect(tellsPreparedMeeting('They held a meeting between President A and President B.')).toBe(false);
    expect(tellsPreparedMeeting('They agreed to prepare the summit.')).toBe(false);
  });

  const lead =
    'News from Lviv\n\nPoland and Ukraine have agreed to begin the preparation of a meeting between Prime Minister Jan Kowal and President Ivan Petrenko, the Minister of Foreign Affairs said in Lviv on Monday, after talks with Ukrainian Foreign Minister Oleh Sydorenko and Mykola Bondar, Head of the Office of the President of Ukraine.';

  it('gives the held talks to the people they were held with, not to the pair of the prepared meeting', () => {
    const r = madeUpRelations(lead);
    const took = r.of('PARTICIPATED_IN').map((x) => x.from);
    expect(took).toEqual(expect.arrayContaining(['Oleh Sydorenko', 'Mykola Bondar']));
    expect(took).not.toContain('Jan Kowal');
    expect(took).not.toContain('Ivan Petrenko');
  });

  it('keeps a held meeting between two as the readout’s own', () => {
    const r = madeUpRelations(
      'News from Lviv\n\nA meeting between Prime Minister Jan Kowal and President Ivan Petrenko was held in Lviv on Monday. They discussed energy.',
    );
    const took = r.of('PARTICIPATED_IN').map((x) => x.from);
    expect(took).toEqual(expect.arrayContaining(['Jan Kowal', 'Ivan Petrenko']));
  });
});

describe(EVENT_BODY_IN_PLACE_ON_DATE.id, () => {
  it('reads a place and a day after a sitting body', () => {
    const R = EVENT_BODY_IN_PLACE_ON_DATE;
    expect(R.after.exec(' in Brussels on 14 December, was')?.[1]).toBe('Brussels');
    expect(R.after.exec(' in New York on 5 and 6 May 2024')?.[2]).toBe('5 and 6 May 2024');
    expect(R.after.test(' in Brussels last week')).toBe(false);
    expect(R.after.test(' on 14 December')).toBe(false);
    expect(R.after.test(' in the capital on 14 December')).toBe(false);
    expect(R.body.test('European Council')).toBe(true);
    expect(R.body.test('European Commission')).toBe(false);
  });

  const text =
    'News from Tallinn\n\nForeign Minister Jaan Tamm met Foreign Minister Piotr Nowak in Tallinn on Friday. The ministers discussed the decision taken by the European Council in Brussels on 14 December and the outcome of the Justice and Home Affairs Council in Brussels on 12 December 2023.';

  it('gives each body meeting as an event the meeting discussed, involving the body', () => {
    const r = madeUpRelations(text, '2024-01-10');
    const events = r.out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
    expect(events).toEqual(
      expect.arrayContaining([
        'European Council in Brussels on 14 December',
        'Justice and Home Affairs Council in Brussels on 12 December 2023',
      ]),
    );
    const ec = r.out.entities.find((e) => e.name === 'European Council in Brussels on 14 December');
    expect(ec?.aliases).toContain('European Council in Brussels');
    expect(r.of('INVOLVES').map((x) => `${x.from}|${x.to}`)).toContain(
      'European Council in Brussels on 14 December|European Council',
    );
    expect(r.of('DISCUSSED').map((x) => x.to)).toContain('European Council in Brussels on 14 December');
  });

  it('leaves a body named alone, with a place alone or by another word as it was', () => {
    const r = eventFacts(
      'News from Tallinn\n\nForeign Minister Jaan Tamm met Foreign Minister Piotr Nowak in Tallinn on Friday. They discussed the role of the European Council in Brussels and the European Commission in Brussels on 14 December.',
    );
    expect(r.names.some((n) => /European (?:Council|Commission) in Brussels/.test(n))).toBe(false);
  });
});

describe(EVENT_MAIN_HOSTED_GATHERING.id, () => {
  it('reads "hosted" as a meeting only when no gathering is its object', () => {
    const v = EVENT_MAIN_HOSTED_GATHERING.verb;
    expect(v.test('the Minister, who hosted the ceremony.')).toBe(false);
    expect(v.test('X hosted the meeting of NATO Ministers')).toBe(false);
    expect(v.test('X hosted a working dinner')).toBe(false);
    expect(v.test('X hosted President Y at the palace')).toBe(true);
    expect(v.test('X hosts his counterpart in Rome')).toBe(true);
    expect(v.test('X met Y')).toBe(true);
    expect(v.test('X welcomed the delegation')).toBe(true);
  });

  it('makes no meeting of a host of a ceremony and the signer named before him', () => {
    const r = eventFacts(
      'News from Ankara\n\nThe Minister of Defence of Romania, Ion Popa, signed the Protocol on Naval Cooperation on Thursday. The document was signed for the Republic of Bulgaria by the Minister of Defence, Petar Ivanov, and for the Republic of Türkiye by the Minister of National Defence, Ali Demir, who hosted the ceremony.',
    );
    expect(r.names.some((n) => /Ivanov-Demir meeting/.test(n))).toBe(false);
  });

  it('keeps a meeting told by "hosted" a person', () => {
    const r = eventFacts(
      'News from Ankara\n\nMinister of National Defence Ali Demir hosted Minister of Defence Petar Ivanov in Ankara on Thursday. They discussed naval cooperation.',
    );
    expect(r.names.some((n) => /Demir-Ivanov meeting/.test(n))).toBe(true);
  });
});

describe(EVENT_MAIN_SIGNING_BEHALF_GAP.id, () => {
  it('takes "on behalf of X" out of the gap between the verb and the agreement', () => {
    expect(withoutBehalfOf(' in Istanbul on Thursday on behalf of Romania, the ')).toBe(
      ' in Istanbul on Thursday  the ',
    );
    expect(signedObjectGap(' in Istanbul on Thursday, 11 January 2024, on behalf of Romania, the ')).toBe(true);
    expect(signedObjectGap(' on behalf of the Republic of Chile, the ')).toBe(true);
    expect(signedObjectGap(' on behalf of his government a letter and the ')).toBe(false);
    expect(signedObjectGap(' with Romania the ')).toBe(false);
  });

  it('finds the opening signing with its signers and what was reached at it', () => {
    const text =
      'News from Istanbul\n\nThe Minister of National Defence, Ion Popa, signed in Istanbul on Thursday, 11 January 2024, on behalf of Romania, the Memorandum of Understanding on Naval Cooperation, together with his counterparts. The document was signed for the Republic of Bulgaria by the Minister of Defence, Petar Ivanov. The ceremony was held at the Ministry.';
    const r = eventFacts(text, '2024-01-11');
    const signing = r.names.find((n) =>
      n.startsWith('signing of the Memorandum of Understanding on Naval Cooperation'),
    );
    expect(signing).toBeDefined();
    expect(r.has('PARTICIPATED_IN', 'Ion Popa', signing!)).toBe(true);
    expect(r.has('REACHED_AT', 'Memorandum of Understanding on Naval Cooperation', signing!)).toBe(true);
  });

  it('finds no signing event when nothing tells an occasion', () => {
    const r = eventFacts(
      'News from Istanbul\n\nThe Minister of National Defence, Ion Popa, signed on behalf of Romania the Memorandum of Understanding on Naval Cooperation.',
      '2024-01-11',
    );
    expect(r.names.some((n) => n.startsWith('signing of'))).toBe(false);
  });
});

describe(ORG_COUNCIL_PRESIDENCY.id, () => {
  it('names a rotating presidency as the Council of the European Union', () => {
    expect(councilOfPresidency('Hungarian Presidency of the Council of the European Union')).toBe(
      'Council of the European Union',
    );
    expect(councilOfPresidency('Belgian Presidency of the Council of the EU')).toBe('Council of the European Union');
    expect(councilOfPresidency('Presidency of the Council of the EU')).toBe('Council of the European Union');
    expect(councilOfPresidency('Presidency of the Council of Ministers')).toBeUndefined();
    expect(councilOfPresidency('Presidency of the European Commission')).toBeUndefined();
    expect(councilOfPresidency('Council of the European Union')).toBeUndefined();
  });

  it('makes the presidency an alias of the Council, not an organisation of its own', () => {
    const r = madeUpRelations(
      'News from Vienna\n\nMinister of Interior Karl Huber met Minister of Interior Jan Kowal in Vienna on Friday, on behalf of the Polish Presidency of the Council of the European Union.',
    );
    const orgs = r.out.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.name)).not.toContain('Polish Presidency of the Council of the European Union');
    const council = orgs.find((e) => e.name === 'Council of the European Union');
    expect(council?.aliases).toContain('Polish Presidency of the Council of the European Union');
  });

  it('leaves a national presidency as it was', () => {
    const r = madeUpRelations(
      'News from Vienna\n\nMinister Karl Huber met the head of the Presidency of the Council of Ministers of Bosnia and Herzegovina in Vienna on Friday.',
    );
    expect(r.out.entities.some((e) => e.name === 'Council of the European Union')).toBe(false);
  });
});
