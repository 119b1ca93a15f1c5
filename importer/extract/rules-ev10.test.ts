// Unit tests of the ev10 event rules (issue 6, items 6 and 9) on made-up sentences about invented people: each rule
// with a positive and a negative case. The fourth events bank (bank-events-4.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { eventFacts as facts } from './test-facts.ts';

describe('host gatherings in every spelling (FRAME_NOUNS)', () => {
  it('reads "on the side-lines of" like "on the sidelines of": the pair meeting is part of the summit', () => {
    const f = facts('Prime Minister Ana Ruiz met President Luis Mora on the side-lines of the NATO Summit in Vilnius.');
    const meeting = f.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PART_OF', meeting!, 'NATO Summit')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'NATO Summit')).toBe(true);
  });

  it('reads "In the margins of X, A held a bilateral with B" as a bilateral meeting part of X', () => {
    const f = facts(
      'In the margins of the Munich Security Conference, Foreign Secretary Ana Ruiz held a bilateral with Foreign Minister Luis Mora.',
    );
    const meeting = f.names.find((n) => /^Ruiz-Mora bilateral meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PART_OF', meeting!, 'Munich Security Conference')).toBe(true);
  });

  it('reads "While attending the X, A met B" as a meeting part of X, not X itself', () => {
    const f = facts(
      "While attending the APEC Economic Leaders' Meeting in San Francisco, President Ana Ruiz met Prime Minister Luis Mora.",
    );
    const meeting = f.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PART_OF', meeting!, "APEC Economic Leaders' Meeting")).toBe(true);
  });

  it('makes no bilateral meeting of "bilateral" as an adjective, nor a frame of "a margin of error"', () => {
    const f = facts(
      'Minister Ana Ruiz praised the bilateral relations with Chile. The poll had a margin of error of three points.',
    );
    expect(f.names.filter((n) => /bilateral/.test(n))).toEqual([]);
    expect(f.of('PART_OF')).toEqual([]);
  });
});

describe('signings told by a noun (event.signing-noun, event.signing-back, event.signing-ceremony)', () => {
  it('reads "The signing of the X took place … in the presence of A and B" as a held signing', () => {
    const f = facts(
      'The signing of the Memorandum of Understanding on Rail Transport took place in Sofia on 3 May 2024 in the presence of President Ana Ruiz and President Luis Mora.',
    );
    const s = 'signing of the Memorandum of Understanding on Rail Transport';
    expect(f.names).toContain(s);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', s)).toBe(true);
    expect(f.has('REACHED_AT', 'Memorandum of Understanding on Rail Transport', s)).toBe(true);
  });

  it('reads "The signing followed a meeting …" as the signing of what the sentence before signed, by its signers', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz and Foreign Minister Luis Mora of Chile signed the Agreement on Visa Exemption in Lima on 3 May 2024. ' +
        'The signing followed a meeting earlier in the day between President Eva Soto and Foreign Minister Mora.',
    );
    const s = 'signing of the Agreement on Visa Exemption';
    expect(f.names).toContain(s);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', s)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', s)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Eva Soto', s)).toBe(false);
    expect(f.has('REACHED_AT', 'Agreement on Visa Exemption', s)).toBe(true);
    expect(f.of('REACHED_AT')).toHaveLength(1);
  });

  it('reads "X was later signed at a ceremony" as the signing ceremony of X', () => {
    const f = facts(
      'President Ana Ruiz held talks with President Luis Mora in Quito on 3 May 2024. The Agreement on Border Trade was later signed at a ceremony.',
    );
    expect(f.names).toContain('signing ceremony of the Agreement on Border Trade');
    expect(f.has('REACHED_AT', 'Agreement on Border Trade', 'signing ceremony of the Agreement on Border Trade')).toBe(
      true,
    );
  });

  it('makes no signing of "witnessed the signing of" with no held verb, nor of a signing still to come', () => {
    const f = facts(
      'The ministers discussed the signing of the Agreement on Fisheries. The signing of the Treaty on Water Sharing will take place in June.',
    );
    expect(f.names.filter((n) => /^signing/.test(n) && !/Treaty/.test(n))).toEqual([]);
    const planned = f.events.find((e) => /Treaty on Water Sharing/.test(e.name));
    if (planned) expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith(planned.name))).toEqual([]);
    expect(f.of('REACHED_AT')).toEqual([]);
  });

  it('involves no state of the agreement\'s name in its signing ("… between A and B")', () => {
    const f = facts(
      'The signing of the Agreement on Border Cooperation between Colombia and Ecuador took place in Quito on 3 May 2024.',
    );
    expect(f.of('INVOLVES')).toEqual([]);
  });
});

describe('participants of processes and sittings (participated.delegation widened)', () => {
  it('reads a gapped second head "A headed the X delegation and B the Y delegation"', () => {
    const f = facts(
      'The fifth round of political talks between Chile and Peru took place in Lima on 3 May 2024. Deputy Minister Ana Ruiz headed the Chilean delegation and Ambassador Luis Mora the Peruvian delegation.',
    );
    const talks = f.events.find((e) => /talks/.test(e.name))!.name;
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', talks)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', talks)).toBe(true);
  });

  it('reads "It was co-chaired by the two Foreign Ministers, A and B"', () => {
    const f = facts(
      'The 9th Session of the Chile-Peru Joint Commission was held in Lima on 3 May 2024. It was co-chaired by the two Foreign Ministers, Ana Ruiz and Luis Mora.',
    );
    const s = '9th Session of the Chile-Peru Joint Commission';
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', s)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', s)).toBe(true);
  });

  it('gives no part to a person after "the two ministers" that is no apposition, nor to a gapped non-delegation', () => {
    const f = facts(
      'The 9th Session of the Chile-Peru Joint Commission was held in Lima on 3 May 2024. It was co-chaired by the two ministers. Senator Eva Soto praised the session. Minister Ana Ruiz headed the Chilean delegation and Luis Mora the panel discussion.',
    );
    const s = '9th Session of the Chile-Peru Joint Commission';
    expect(f.has('PARTICIPATED_IN', 'Eva Soto', s)).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', s)).toBe(false);
  });
});

describe("bodies' sittings (event.body-sitting-fronted, -ordinal, -meeting)", () => {
  it('reads "At its meeting of 20 December 2024, the Federal Council …" as the Council\'s sitting', () => {
    const f = facts('At its meeting of 20 December 2024, the Federal Council approved the mandate.', '2024-12-20');
    expect(f.names).toContain('meeting of the Federal Council of 20 December 2024');
  });

  it('reads "The twelfth meeting of the X Cooperation Council was held … It was chaired by A and B"', () => {
    const f = facts(
      'The twelfth meeting of the Chile-Peru Cooperation Council was held in Lima on 3 May 2024. It was chaired by Foreign Minister Ana Ruiz and Foreign Minister Luis Mora.',
    );
    const s = 'twelfth meeting of the Chile-Peru Cooperation Council';
    expect(f.names).toContain(s);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', s)).toBe(true);
  });

  it('reads "The Federal Cabinet, meeting … under the chairmanship of X" as the Cabinet\'s meeting chaired by X', () => {
    const f = facts(
      'The Federal Cabinet, meeting in Lima on 3 May 2024 under the chairmanship of Prime Minister Ana Ruiz, approved the draft law.',
    );
    expect(f.names).toContain('meeting of the Federal Cabinet');
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'meeting of the Federal Cabinet')).toBe(true);
  });

  it('makes no sitting of "meeting the targets" after a body, nor of "the next meeting of the Council"', () => {
    const f = facts(
      'The Federal Council, meeting the targets set in 2020, cut emissions. The second meeting of the Council of Ministers will be held in June.',
    );
    expect(f.names).not.toContain('meeting of the Federal Council');
    const planned = f.events.find((e) => /second meeting/.test(e.name));
    if (planned) expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });
});

describe('earlier meetings of the pair (event.earlier-meeting, participated.their-event widened)', () => {
  it('reads "since their last meeting in City" as an earlier meeting of the pair, beside the readout\'s own', () => {
    const f = facts(
      'President Ana Ruiz met with President Luis Mora in Lima on 3 May 2024. The leaders reviewed progress since their last meeting in Quito, Ecuador, in November 2023.',
    );
    expect(f.names).toContain('meeting in Quito');
    expect(f.names).toContain('Ruiz-Mora meeting in Lima');
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'meeting in Quito')).toBe(true);
  });

  it('reads a fronted "Their previous meeting, held in City, …" with the pair of the readout', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz held a meeting with Foreign Minister Luis Mora in Lima on 3 May 2024. Their previous meeting, held in Quito in September 2023, had launched the dialogue.',
    );
    expect(f.names).toContain('meeting in Quito');
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'meeting in Quito')).toBe(true);
  });

  it('keeps the readout\'s own meeting when an earlier one in the same city is told "last December"', () => {
    const f = facts(
      'Prime Minister Ana Ruiz met with President Luis Mora in Lima on 3 May 2024. They agreed to implement the Lima Declaration signed at their meeting in Lima last December.',
    );
    expect(f.names).toContain('Ruiz-Mora meeting in Lima');
  });

  it('makes no earlier meeting of "their last chance" nor of a meeting with no place', () => {
    const f = facts(
      'President Ana Ruiz met with President Luis Mora in Lima on 3 May 2024. They called it their last chance in Geneva. Their previous meeting was cordial.',
    );
    expect(f.names.filter((n) => /Geneva|previous/.test(n))).toEqual([]);
  });
});

describe('tours, trips and missions of a series (event.visit-to widened)', () => {
  it('reads "As part of a tour of the Middle East, X stopped in Doha, where he met Y": a meeting in the tour', () => {
    const f = facts(
      'As part of a tour of the Middle East, Foreign Minister Ana Ruiz stopped in Doha on Sunday, where she met Emir Luis Mora.',
    );
    expect(f.names).toContain('tour of the Middle East');
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'tour of the Middle East')).toBe(true);
    const meeting = f.names.find((n) => /^Ruiz-Mora meeting/.test(n))!;
    expect(f.has('PART_OF', meeting, 'tour of the Middle East')).toBe(true);
  });

  it('reads "the delegation\'s first mission to Niamey, led by X"', () => {
    const f = facts('The delegation’s first mission to Niamey on 3 August, led by General Ana Ruiz, was not received.');
    expect(f.names).toContain('first mission to Niamey');
  });

  it('makes no visit of "a support mission to Haiti" nor of "a tour of duty"', () => {
    const f = facts(
      'Minister Ana Ruiz welcomed the support mission to Haiti. Luis Mora served a tour of duty in the navy.',
    );
    expect(f.names.filter((n) => /mission|tour/.test(n))).toEqual([]);
  });
});

describe('the weekday a meeting is told on (eventDate, lastWeekday)', () => {
  it('dates "met X on Tuesday" of a Thursday readout to that Tuesday', () => {
    const f = facts('Prime Minister Ana Ruiz met President Luis Mora on Tuesday in Vilnius.', '2023-07-13');
    const e = f.events.find((x) => /^Ruiz-Mora meeting/.test(x.name)) as { date?: string } | undefined;
    expect(e?.date).toBe('2023-07-11');
  });

  it('keeps the readout\'s day for "on Thursday" of a Thursday readout, and reads no weekday two clauses away', () => {
    const f = facts('Prime Minister Ana Ruiz met President Luis Mora in Vilnius on Thursday.', '2023-07-13');
    const e = f.events.find((x) => /^Ruiz-Mora meeting/.test(x.name)) as { date?: string } | undefined;
    expect(e?.date).toBe('2023-07-13');
    const g = facts(
      'Prime Minister Ana Ruiz met President Luis Mora in Vilnius; the parliament had voted on Monday.',
      '2023-07-13',
    );
    const d = g.events.find((x) => /^Ruiz-Mora meeting/.test(x.name)) as { date?: string } | undefined;
    expect(d?.date).toBe('2023-07-13');
  });
});
