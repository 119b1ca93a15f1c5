// Unit tests of the ev6 event rules (issue 6, items 6 and 9) on made-up sentences about invented people and real
// states: each rule with a positive and a negative case. The bank (bank-events.test.ts) holds more positives.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, date = '2024-05-03') {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date }, true);
  const events = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
  const has = (type: string, from: string, to: string) => rels.has(`${type}|${from}|${to}`);
  const of = (type: string) => [...rels].filter((r) => r.startsWith(`${type}|`));
  const rules = new Set(out.relations.map((r) => (r as { rule?: string }).rule ?? ''));
  return { events, has, of, rules };
}

describe('event.main-told-opening: an opening that tells its meeting by a verb alone', () => {
  it('names the meeting after the two and gives it both, with its city', () => {
    const f = facts('President Ana Ruiz received Prime Minister Luis Mora of Peru at the Palace in Quito on Monday.');
    expect(f.events).toEqual(['Ruiz-Mora meeting in Quito']);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'Ruiz-Mora meeting in Quito')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Ruiz-Mora meeting in Quito')).toBe(true);
  });

  it('leaves the readout its named meeting when the text names one held', () => {
    const f = facts(
      'President Ana Ruiz received Prime Minister Luis Mora of Peru in Quito. The Ecuador-Peru Binational Meeting opened later that day.',
    );
    expect(f.events.some((e) => /Ruiz-Mora/.test(e))).toBe(false);
  });

  it('takes the noun the next sentence gives the meeting ("The talks …")', () => {
    const f = facts('Minister Ana Ruiz was received by President Luis Mora in Lima. The talks focused on trade.');
    expect(f.events).toEqual(['Ruiz-Mora talks in Lima']);
  });

  it('reads "called on" as a call in person, with its place', () => {
    const f = facts('Minister Ana Ruiz called on Prime Minister Luis Mora in Lima on 3 May 2024.');
    expect(f.events).toEqual(['Ruiz-Mora call in Lima']);
  });
});

describe('event.main-not-incident: an incident in the opening is no meeting of the readout', () => {
  it('gives the call its pair and the election none of them', () => {
    const f = facts(
      'President Ana Ruiz spoke with President Luis Mora by telephone about the presidential election in Bolivia.',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.endsWith('|presidential election in Bolivia'))).toBe(false);
    expect(f.events.some((e) => /^Ruiz-Mora call/.test(e))).toBe(true);
  });
});

describe('incidents: complements after "between" and "that struck"', () => {
  it('names the conflict with its parties and the earthquake with the state it struck', () => {
    const f = facts(
      'Minister Ana Ruiz met Minister Luis Mora in Geneva. They discussed the conflict between Armenia and Azerbaijan and the earthquake that struck Morocco in September.',
    );
    expect(f.has('INVOLVES', 'conflict between Armenia and Azerbaijan', 'Azerbaijan')).toBe(true);
    expect(f.has('INVOLVES', 'earthquake that struck Morocco in September', 'Morocco')).toBe(true);
  });

  it('does not make an event of an unpinned "conflict between the two sides"', () => {
    const f = facts(
      'Minister Ana Ruiz met Minister Luis Mora in Geneva. They discussed the conflict between the two sides.',
    );
    expect(f.events.some((e) => /conflict/.test(e))).toBe(false);
  });
});

describe('part-of.met-in-visit and event.told-met-in-visit', () => {
  it('makes the meeting told after the visit in its sentence a part of it', () => {
    const f = facts(
      'Minister Ana Ruiz paid an official visit to Peru on 3 May 2024, during which she met President Luis Mora Jr. at the Government Palace.',
    );
    expect(f.has('PART_OF', 'Ruiz-Mora meeting', 'official visit to Peru')).toBe(true);
  });

  it('does not make a meeting told before the visit part of it', () => {
    const f = facts(
      'Minister Ana Ruiz met President Luis Mora in Lima and then paid an official visit to Chile on 3 May 2024.',
    );
    expect(f.of('PART_OF')).toEqual([]);
  });
});

describe('event.hosted-named / participated.hosted-named', () => {
  it('gives the named meeting the hosts and guests of the next sentence, and no meeting of their own', () => {
    const f = facts(
      'The third Chile-Peru Strategic Dialogue was held on 3 May 2024. Minister Ana Ruiz and Minister Pablo Cano hosted Minister Luis Mora and Minister Ines Lara.',
    );
    expect(f.events).toEqual(['Chile-Peru Strategic Dialogue']);
    expect(f.of('PARTICIPATED_IN')).toHaveLength(4);
  });

  it('keeps a meeting of their own when the hosts receive their guests in another city', () => {
    const f = facts(
      'The third Chile-Peru Strategic Dialogue was held on 3 May 2024. Minister Ana Ruiz received Minister Luis Mora in Valparaiso.',
    );
    expect(f.events).toContain('Ruiz-Mora meeting in Valparaiso');
  });
});

describe('part-of.at-gathering', () => {
  it('puts the readout meeting held "at" a summit in it', () => {
    const f = facts(
      'Prime Minister Ana Ruiz held a bilateral meeting with President Luis Mora of Peru at the G20 Summit in Rio.',
    );
    expect(f.of('PART_OF')).toHaveLength(1);
  });

  it('does not for a building ("at the Palace")', () => {
    const f = facts(
      'Prime Minister Ana Ruiz held a bilateral meeting with President Luis Mora of Peru at the Palace in Lima.',
    );
    expect(f.of('PART_OF')).toEqual([]);
  });
});

describe('involves.delegations-of, involves.topic-between, event.between-bodies', () => {
  it('gives talks the parties of "Delegations of A and B" and of "between A and B" after their topic', () => {
    const a = facts('Delegations of Chile and Peru gathered in Lima for the second round of talks on fisheries.');
    expect(
      a
        .of('INVOLVES')
        .map((r) => r.split('|')[2])
        .sort(),
    ).toEqual(['Chile', 'Peru']);
    const b = facts('The third round of negotiations on a trade agreement between Chile and Peru took place in Lima.');
    expect(
      b
        .of('INVOLVES')
        .map((r) => r.split('|')[2])
        .sort(),
    ).toEqual(['Chile', 'Peru']);
    const c = facts('Political consultations between the foreign ministries of Chile and Peru were held in Lima.');
    expect(
      c
        .of('INVOLVES')
        .map((r) => r.split('|')[2])
        .sort(),
    ).toEqual(['Chile', 'Peru']);
  });

  it('does not give the parties after the topic to talks that named people held', () => {
    const f = facts(
      'Minister Ana Ruiz and Minister Luis Mora held the third round of negotiations on a trade agreement between Chile and Peru in Lima.',
    );
    expect(f.of('INVOLVES')).toEqual([]);
  });
});

describe('event.next-meeting, event.to-be-held', () => {
  it('names meetings still to come, with no participants', () => {
    const f = facts(
      'President Ana Ruiz spoke with President Luis Mora by telephone. They agreed to hold the next trilateral summit in Lima and discussed the peace conference to be held in Geneva.',
    );
    expect(f.events).toEqual(expect.arrayContaining(['next trilateral summit in Lima', 'peace conference in Geneva']));
    expect(f.of('PARTICIPATED_IN').some((r) => /Lima|Geneva/.test(r))).toBe(false);
  });

  it('does not name a bare "the next meeting"', () => {
    const f = facts(
      'President Ana Ruiz spoke with President Luis Mora by telephone. They will talk again before the next meeting.',
    );
    expect(f.events.some((e) => /next meeting/.test(e))).toBe(false);
  });
});

describe('reached-at.during-the, reached-at.at-which', () => {
  it('reads "signed during the visit" and "a ceremony at which the Treaty … was signed"', () => {
    const a = facts(
      'Minister Ana Ruiz paid an official visit to Peru on 3 May 2024. The Memorandum of Understanding on Fisheries signed during the visit opens new markets.',
    );
    expect(a.has('REACHED_AT', 'Memorandum of Understanding on Fisheries', 'official visit to Peru')).toBe(true);
    const b = facts(
      'After their talks, President Ana Ruiz and President Luis Mora attended a signing ceremony at which the Treaty on the Border was signed.',
    );
    expect(b.has('REACHED_AT', 'Treaty on the Border', 'signing ceremony')).toBe(true);
  });

  it('does not for an agreement only mentioned before the visit', () => {
    const f = facts(
      'Minister Ana Ruiz paid an official visit to Peru on 3 May 2024. The Memorandum of Understanding on Fisheries of 2010 was discussed during the visit.',
    );
    expect(f.of('REACHED_AT')).toEqual([]);
  });
});

describe('event.round-of-named', () => {
  it('makes one event of "the fifth round of the <named dialogue>"', () => {
    const f = facts(
      'The fifth round of the Chile-Peru Strategic Dialogue was held in Lima on 3 May 2024. The Chilean delegation was led by Vice-Minister Ana Ruiz.',
    );
    expect(f.events).toEqual(['fifth round of the Chile-Peru Strategic Dialogue']);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'fifth round of the Chile-Peru Strategic Dialogue')).toBe(true);
  });

  it('leaves two rounds of the dialogue two events', () => {
    const f = facts(
      'The fifth round of the Chile-Peru Strategic Dialogue was held in Lima. The fourth round of the Chile-Peru Strategic Dialogue had been held in Santiago.',
    );
    expect(f.events.filter((e) => /round/.test(e))).toHaveLength(2);
  });
});

describe('event.body-held-its', () => {
  it("names a body's numbered meeting after the body", () => {
    const f = facts('The Joint Border Commission of Chile and Peru held its 12th meeting in Lima on 3 May 2024.');
    expect(f.events).toEqual(['12th meeting of the Joint Border Commission of Chile and Peru']);
  });

  it('does not for a subject that is no body', () => {
    const f = facts('President Ana Ruiz held its first meeting in Lima on 3 May 2024.');
    expect(f.events.some((e) => /^first meeting of/.test(e))).toBe(false);
  });
});

describe('participated.visit-subject, event.listed-meeting', () => {
  const opening =
    'At the invitation of President Luis Mora, President Ana Ruiz paid a state visit to Peru on 3 May 2024.';

  it('gives the visit its subject', () => {
    const f = facts(opening);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'state visit to Peru')).toBe(true);
    expect(f.rules.has('participated.visit-subject')).toBe(true);
  });

  it('gives it nobody whose own verb stands between ("X said that … paid a visit")', () => {
    const f = facts('President Ana Ruiz said that the Government of Chile paid a state visit to Peru in 2019.');
    expect(f.rules.has('participated.visit-subject')).toBe(false);
  });

  it('makes each meeting of a listed programme part of the visit, held by the visitor and the person met', () => {
    const f = facts(
      `${opening} The programme of the visit included:\n- a meeting with Prime Minister Pablo Cano at the Palace;\n- talks with Minister Ines Lara.`,
    );
    expect(f.has('PART_OF', 'meeting with Prime Minister Pablo Cano', 'state visit to Peru')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'talks with Minister Ines Lara')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ines Lara', 'talks with Minister Ines Lara')).toBe(true);
  });

  it('does not read a meeting with someone in running prose as a listed one', () => {
    const f = facts(`${opening} She looks forward to a meeting with Prime Minister Pablo Cano.`);
    expect(f.events.some((e) => /^meeting with/.test(e))).toBe(false);
  });
});

describe('event.meeting-in with a kind word', () => {
  it('names "an extraordinary summit in Abuja" and what it dealt with', () => {
    const f = facts('The leaders of the region held an extraordinary summit in Abuja on the coup d’état in Niger.');
    expect(f.events).toEqual(expect.arrayContaining(['extraordinary summit in Abuja', 'coup d’état in Niger']));
  });

  it('does not name "an extraordinary effort in Abuja"', () => {
    const f = facts('The leaders of the region made an extraordinary effort in Abuja.');
    expect(f.events).toEqual([]);
  });
});

describe('participated.same-sentence after "was given by"', () => {
  it('gives a meal given by a host in honour of a guest both of them', () => {
    const f = facts(
      'In the evening, a state banquet was given by King Pablo Cano in honour of President Ana Ruiz at the Palace.',
    );
    expect(f.of('PARTICIPATED_IN').sort()).toEqual([
      'PARTICIPATED_IN|Ana Ruiz|state banquet',
      'PARTICIPATED_IN|Pablo Cano|state banquet',
    ]);
  });

  it('gives nobody a meal merely mentioned', () => {
    const f = facts('President Ana Ruiz thanked King Pablo Cano for the state banquet.');
    expect(f.of('PARTICIPATED_IN').some((r) => r.endsWith('|state banquet'))).toBe(false);
  });
});
