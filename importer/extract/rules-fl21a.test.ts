// The fl21a round's tests (issue 6): constructions shown by three first-look samples in new styles (a prime minister's
// office's release on a session of peace talks, a foreign ministry's item on a video call, a foreign ministry's web
// page on a visit), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  EVENT_SERIES_OF_SESSION,
  INVOLVES_HELD_IN_HOST,
  INVOLVES_SIBLING_SESSION,
  PARTICIPATED_NOT_BEHALF_LIST,
  PARTICIPATED_WHERE_REPRESENTED,
  PARTICIPATED_WHICH_ATTENDED,
  seriesAfterSession,
} from './rules-fl21a.ts';
import { SPLIT_NON_ASCII_CAPITAL, splitSentences } from '../split.ts';
import type { Found } from './types.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const sentencesOf = (text: string) => splitSentences(text).map((s) => s.text);

describe(SPLIT_NON_ASCII_CAPITAL.id, () => {
  it('ends a sentence before one that opens with a capital outside ASCII', () => {
    expect(sentencesOf('The conference ended on 12 June. Þórdís Kolbrún said it went well.')).toEqual([
      'The conference ended on 12 June.',
      'Þórdís Kolbrún said it went well.',
    ]);
    expect(sentencesOf('They met in Ankara. Çavuşoğlu thanked his guest.')).toHaveLength(2);
  });

  it('keeps an initial with a diacritic, an abbreviation and a lower-case word inside the sentence', () => {
    expect(sentencesOf('Minister Ö. Çelik met the envoy.')).toHaveLength(1);
    expect(sentencesOf('Mr. Émile Dupont met Dr. Ågren.')).toHaveLength(1);
    expect(sentencesOf('The talks went on. élan was lacking.')).toHaveLength(1);
  });
});

describe('office.portfolio-words (fl21a lexicon)', () => {
  const officesOf = (text: string) => {
    const { out, rels } = extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    return { people, rels: [...rels].filter((r) => r.startsWith('HOLDS_OFFICE|')) };
  };

  it('reads a portfolio list with "Reform" or "Promotion" as one title, and the name after it whole', () => {
    const f = officesOf(
      'The delegation of Ghana included Minister of Economic Reform, Science and Technology Ana Lopez and Minister of Trade and Investment Promotion Sara Mbeki.',
    );
    expect(f.people).toEqual(expect.arrayContaining(['Ana Lopez', 'Sara Mbeki']));
    expect(f.people).not.toContain('Reform');
    expect(f.people).not.toContain('Promotion');
    expect(
      f.rels.some((r) => r.startsWith('HOLDS_OFFICE|Ana Lopez|Minister of Economic Reform, Science and Technology')),
    ).toBe(true);
  });

  it('reads "Political Wing" inside a title, and leaves an ordinary name after a title alone', () => {
    const f = officesOf(
      'The Front was represented by Mr. Ali Musa, Head of the Political Wing of the Front, who met Minister of Finance Reza Wing.',
    );
    expect(f.people).not.toContain('Wing');
    expect(f.people).toContain('Reza Wing');
  });
});

/** A Found of `name` at `start` in a made-up text. */
const found = (key: string, name: string, start: number): Found => ({
  key,
  type: 'Event',
  name,
  start,
  end: start + name.length,
  sentence: 0,
  planned: false,
});

describe(EVENT_SERIES_OF_SESSION.id, () => {
  const nameOf = (e: Found) => e.name;

  it('finds the talks named right after a numbered session or round', () => {
    const text = 'The Third Session of Peace Talks between A and B ended.';
    const session = found('a', 'Third Session', 4);
    const series = found('b', 'Peace Talks between A and B', 21);
    expect(seriesAfterSession(text, session, [session, series], nameOf)?.key).toBe('b');
    const t2 = 'the fifth round of the negotiations on trade';
    const r = found('a', 'fifth round', 4);
    const n = found('b', 'negotiations on trade', 23);
    expect(seriesAfterSession(t2, r, [r, n], nameOf)?.key).toBe('b');
  });

  it('leaves a session of a gathering that is no series of talks, and an unnumbered session', () => {
    const text = 'the second session of the Council of Ministers';
    const s = found('a', 'second session', 4);
    const c = found('b', 'Council of Ministers', 26);
    expect(seriesAfterSession(text, s, [s, c], nameOf)).toBeUndefined();
    const t2 = 'the opening session of the Peace Talks';
    const o = found('a', 'opening session', 4);
    const p = found('b', 'Peace Talks', 27);
    expect(seriesAfterSession(t2, o, [o, p], nameOf)).toBeUndefined();
  });

  it('makes the session one event, and its siblings involve the sides of the talks', () => {
    const f = eventFacts(
      'The Third Session of Peace Talks between the Government of Colombia and the National Liberation Army concluded in Havana today. ' +
        'The Government delegation was headed by Minister Ana Perez. The Fourth Session of Peace Talks will be held in Mexico in June.',
      '2024-05-03',
    );
    expect(f.names.some((n) => /^Peace Talks between/.test(n))).toBe(false);
    expect(f.of('PART_OF').some((r) => r.includes('Peace Talks'))).toBe(false);
    expect(f.has('INVOLVES', 'Fourth Session', 'Colombia')).toBe(true);
    expect(f.has('INVOLVES', 'Fourth Session', 'National Liberation Army')).toBe(true);
    expect(f.has('INVOLVES', 'Fourth Session', 'Mexico')).toBe(true);
    expect(INVOLVES_SIBLING_SESSION.sibling.test('Fourth Session of Peace Talks')).toBe(true);
    // Talks whose name states their sides give those sides to the round itself.
    const g = eventFacts('The Seventh Round of India–Bangladesh Foreign Office Consultations was held in Dhaka today.');
    expect(g.has('INVOLVES', 'Seventh Round', 'India') || g.of('INVOLVES').some((r) => /Round.*\|India$/.test(r))).toBe(
      true,
    );
    expect(INVOLVES_SIBLING_SESSION.sibling.test('opening session')).toBe(false);
  });
});

describe(INVOLVES_HELD_IN_HOST.id, () => {
  it('involves the state a named gathering is held in, by its name, a place and its state, or a named state’s capital', () => {
    const f = eventFacts(
      'Foreign Minister Ana Perez held talks with Foreign Minister Luis Mora in Lima on 3 May. ' +
        'The ministers welcomed the pledges made at the Support Meeting held in Oslo on 25 April, chaired by Norway. ' +
        'They recalled the Second Session held at Pattaya, Thailand, in March.',
    );
    expect(f.has('INVOLVES', 'Support Meeting', 'Norway')).toBe(true);
    expect(f.has('INVOLVES', 'Second Session', 'Thailand')).toBe(true);
  });

  it('leaves a meeting named by its sides, a state that is the topic of a name, and a capital of an unnamed state', () => {
    const f = eventFacts(
      'They prepared the India-Japan Annual Summit to be held in Tokyo, which Japan will host. ' +
        'They reviewed the Summit on Peace in Ukraine and the Recovery Conference held in Berlin.',
    );
    const held = f.of('INVOLVES').filter((r) => /Annual Summit\|Japan|Peace in Ukraine\|Ukraine|Germany/.test(r));
    expect(held.filter((r) => /Peace in Ukraine\|Ukraine|Germany/.test(r))).toEqual([]);
    expect(INVOLVES_HELD_IN_HOST.sides.test('India-Japan Annual Summit')).toBe(true);
    // A state known only from an office ("Secretary of State X") is no host of "the NATO Summit in Washington".
    const g = eventFacts(
      'Secretary of State John Reed held talks with Foreign Minister Ana Nowak of Poland in Warsaw. ' +
        'They also consulted on the upcoming NATO Summit in Washington in July.',
    );
    expect(g.of('INVOLVES').filter((r) => r.endsWith('|United States'))).toEqual([]);
    expect(INVOLVES_HELD_IN_HOST.heldIn.exec(' will be held in Thailand from 6 to 9 January')?.[1]).toBe('Thailand');
    expect(INVOLVES_HELD_IN_HOST.heldIn.exec(' on the margins of the forum')).toBeNull();
  });
});

describe(PARTICIPATED_WHERE_REPRESENTED.id, () => {
  it('gives the gathering the one who represented a state there, told by a title of one named before', () => {
    const f = eventFacts(
      'Prime Minister Jonas Berg signed the agreement in May. The ministers reviewed the outcome of the Summit on Peace in Ukraine on 15 June, where the Prime Minister represented Norway.',
      '2024-06-26',
    );
    expect(f.has('PARTICIPATED_IN', 'Jonas Berg', 'Summit on Peace in Ukraine')).toBe(true);
  });

  it('gives nothing for a gathering still to come, nor a clause without "represented"', () => {
    expect(
      PARTICIPATED_WHERE_REPRESENTED.clause.test(' on 15 June, where the Prime Minister will represent Norway.'),
    ).toBe(false);
    expect(
      PARTICIPATED_WHERE_REPRESENTED.clause.test(' on 15 June, where the Prime Minister represented Norway '),
    ).toBe(true);
    expect(
      PARTICIPATED_WHERE_REPRESENTED.clause.test(' on 15 June, where the leaders met. X represented Norway '),
    ).toBe(false);
  });
});

describe(PARTICIPATED_NOT_BEHALF_LIST.id, () => {
  it('reads the second principal of a list after "on behalf of"', () => {
    expect(
      PARTICIPATED_NOT_BEHALF_LIST.before.test('who leads the talks on behalf of the Government and of the Hon. '),
    ).toBe(true);
    expect(PARTICIPATED_NOT_BEHALF_LIST.before.test('on behalf of the Government and ')).toBe(true);
  });

  it('leaves a person after a clause that has ended, and a list with no "on behalf of"', () => {
    expect(PARTICIPATED_NOT_BEHALF_LIST.before.test('on behalf of the Government, and Minister ')).toBe(false);
    expect(PARTICIPATED_NOT_BEHALF_LIST.before.test('the Government and of the Hon. ')).toBe(false);
  });

  it('keeps the principal out of the session the negotiator leads', () => {
    const f = eventFacts(
      'The Third Session of Peace Talks concluded in Oslo today. The Government delegation was headed by Minister Ana Perez, who leads the negotiations on behalf of the Government and of the Hon. Prime Minister Luis Mora.',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Luis Mora|'))).toBe(false);
  });
});

describe(PARTICIPATED_WHICH_ATTENDED.id, () => {
  it('gives one told in ", which X attended" the event right before it only', () => {
    const f = eventFacts(
      'They reviewed the work set up at the Second Session held in Pattaya in March, and welcomed the pledges made at the Support Meeting held in Oslo on 25 April, which Prime Minister Luis Mora attended.',
    );
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Support Meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Second Session')).toBe(false);
  });

  it('needs the relative pronoun and a verb of attending right after the person', () => {
    expect(PARTICIPATED_WHICH_ATTENDED.which.test('at the Support Meeting, which ')).toBe(true);
    expect(PARTICIPATED_WHICH_ATTENDED.which.test('at the Support Meeting and ')).toBe(false);
    expect(PARTICIPATED_WHICH_ATTENDED.verb.test(' attended.')).toBe(true);
    expect(PARTICIPATED_WHICH_ATTENDED.verb.test(' praised.')).toBe(false);
  });
});
