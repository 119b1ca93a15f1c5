// Unit tests of the ev7 event rules (issue 6, items 6 and 9) on made-up sentences about invented people and real
// states: each rule with a positive and a negative case. The second events bank (bank-events-2.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, date = '2024-05-03') {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date }, true);
  const events = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
  const has = (type: string, from: string, to: string) => rels.has(`${type}|${from}|${to}`);
  const of = (type: string) => [...rels].filter((r) => r.startsWith(`${type}|`));
  return { events, has, of };
}

describe('event.participle-incident: an incident told by what was fired or taken and its participle', () => {
  it('reads the drones launched by one state against another, with both as parties and nobody taking part', () => {
    const f = facts(
      'President Ana Ruiz held a telephone call with President Luis Mora. They discussed the drones launched by Russia against Ukrainian ports on the Danube.',
    );
    const e = 'drones launched by Russia against Ukrainian ports on the Danube';
    expect(f.events).toContain(e);
    expect(f.has('INVOLVES', e, 'Russia')).toBe(true);
    expect(f.has('INVOLVES', e, 'Ukraine')).toBe(true);
    expect(f.of('PARTICIPATED_IN').some((r) => r.endsWith(`|${e}`))).toBe(false);
  });

  it('reads hostages taken by an organisation', () => {
    const f = facts('Minister Ana Ruiz met Minister Luis Mora in Oslo. They spoke about the hostages taken by Hamas.');
    expect(f.has('INVOLVES', 'hostages taken by Hamas', 'Hamas')).toBe(true);
  });

  it('needs a complement that names an actor, a target or a date', () => {
    const f = facts(
      'Minister Ana Ruiz met Minister Luis Mora in Oslo. They spoke about the tests conducted by experts.',
    );
    expect(f.events.some((e) => /tests conducted/.test(e))).toBe(false);
  });
});

describe("involves.not-person-state: a person's state or a sea's name is no party of an incident", () => {
  it('leaves out the state of the person spoken with when the incident names its actor', () => {
    const f = facts(
      'Secretary Ana Ruiz spoke with Foreign Minister Luis Mora of Norway on 3 May 2024 about the seizure of the tanker Sea Star by Iran in the Gulf of Oman.',
    );
    const e = f.events.find((x) => x.startsWith('seizure of the tanker Sea Star'))!;
    expect(f.has('INVOLVES', e, 'Iran')).toBe(true);
    expect(f.has('INVOLVES', e, 'Norway')).toBe(false);
    expect(f.has('INVOLVES', e, 'Oman')).toBe(false);
  });

  it("keeps the person's state when the incident names no party of its own", () => {
    const f = facts(
      'President Ana Ruiz met President Luis Mora of Turkey in Rome, their first meeting since the failed coup attempt of July 15.',
    );
    expect(f.has('INVOLVES', 'failed coup attempt of July 15', 'Turkey')).toBe(true);
  });
});

describe('incident heads and complements', () => {
  it('reads a cyberattack and an attempted coup', () => {
    const f = facts(
      'President Ana Ruiz met Minister Luis Mora in Tirana. They discussed the cyberattack against Albania and the attempted coup in Bolivia on Monday.',
    );
    expect(f.has('INVOLVES', 'cyberattack against Albania', 'Albania')).toBe(true);
    expect(
      f.has(
        'INVOLVES',
        f.events.find((e) => e.startsWith('attempted coup in Bolivia'))!,
        'Bolivia',
      ),
    ).toBe(true);
  });
});

describe('discussed.not-incident-party: a state in another clause than an incident stays a topic', () => {
  it("discusses the state of the later clause, not the incident's", () => {
    const f = facts(
      'President Ana Ruiz met Prime Minister Luis Mora in Tokyo. Referring to the missile fired by North Korea that morning, the President warned of the threat, and stressed cooperation with the United States.',
    );
    expect(f.of('DISCUSSED').some((r) => r.endsWith('|United States'))).toBe(true);
    expect(f.of('INVOLVES').some((r) => r.endsWith('|United States'))).toBe(false);
  });
});

describe('event.main-not-frame and kinds as whole words', () => {
  it('names the pair\'s meeting "meeting", not after the summit on whose sidelines it was held', () => {
    const f = facts(
      'President Ana Ruiz and President Luis Mora met in Astana on 14 October 2022 on the sidelines of the CIS summit.',
    );
    expect(f.events).toContain('Ruiz-Mora meeting in Astana');
    expect(f.events.some((e) => /Ruiz-Mora summit/.test(e))).toBe(false);
  });

  it('reads no meeting in "shelling around"', () => {
    const f = facts(
      'Director General Ana Ruiz met President Luis Mora of Ukraine in Kyiv and discussed the shelling around the Zaporizhzhia Nuclear Power Plant.',
    );
    expect(f.events).toContain('Ruiz-Mora meeting in Kyiv');
    expect(f.has('INVOLVES', 'shelling around the Zaporizhzhia Nuclear Power Plant', 'Ukraine')).toBe(true);
  });
});

describe('event.told-met: "held a summit (talks) with Y"', () => {
  it("reads a summit held during a visit as the pair's, part of the visit", () => {
    const f = facts(
      'During his working visit to Budapest, Prime Minister Ana Ruiz held talks with Prime Minister Luis Mora.',
    );
    expect(f.has('PART_OF', 'Ruiz-Mora talks', 'working visit to Budapest')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Ruiz-Mora talks')).toBe(true);
  });

  it('reads no pair meeting from talks with a list of interlocutors', () => {
    const f = facts(
      'Mr Ana Ruiz paid a visit to Tehran. During his stay, Mr Ruiz held talks with Minister Luis Mora, with Minister Carla Pinto and with Minister Jon Ek.',
    );
    expect(f.events.some((e) => /Ruiz-Mora/.test(e))).toBe(false);
  });
});

describe('involves.in-name.planned: a gathering still to come involves the body its name gives', () => {
  it('involves the G20 in its summit still to come', () => {
    const f = facts(
      'President Ana Ruiz spoke by telephone with Prime Minister Luis Mora. They consulted on preparations for the G20 summit in Rio de Janeiro.',
    );
    expect(f.has('INVOLVES', 'G20 summit', 'G20')).toBe(true);
    expect(f.of('PARTICIPATED_IN').some((r) => r.endsWith('|G20 summit'))).toBe(false);
  });

  it('gives a planned summit no states from its name', () => {
    const f = facts(
      'President Ana Ruiz spoke by telephone with Prime Minister Luis Mora. They discussed the upcoming U.S.-North Korea Summit Meeting.',
    );
    expect(f.of('INVOLVES').some((r) => r.startsWith('INVOLVES|U.S.-North Korea Summit Meeting'))).toBe(false);
  });
});

describe('participants: attendance lists, "agreed on", clauses', () => {
  it('reads "The following also attended the meeting:" and its items', () => {
    const f = facts(
      'President Ana Ruiz received Prime Minister Luis Mora of Peru at the Palace in Quito. The following also attended the meeting:\n- Minister of Foreign Affairs Carla Pinto;\n- Minister of Finance Jon Ek.',
    );
    expect(f.has('PARTICIPATED_IN', 'Carla Pinto', 'Ruiz-Mora meeting in Quito')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Jon Ek', 'Ruiz-Mora meeting in Quito')).toBe(true);
  });

  it('gives those who "agreed on" something at a named summit that summit', () => {
    const f = facts(
      'At the Camp David Summit on 18 August 2023, President Ana Ruiz and Prime Minister Luis Mora agreed on a new plan.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'Camp David Summit')).toBe(true);
  });

  it('reads an earlier meeting told by "after the two leaders met in City", beside the call of "A and B spoke by phone"', () => {
    const f = facts(
      'President Ana Ruiz and Prime Minister Luis Mora spoke by phone on 3 May 2024, a month after the two leaders met in Granada.',
    );
    expect(f.events).toContain('meeting in Granada');
    expect(f.events.some((e) => /^Ruiz-Mora call/.test(e))).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'meeting in Granada')).toBe(true);
  });

  it("does not take the earlier talks for the readout's own", () => {
    const f = facts(
      'Minister Ana Ruiz spoke with Minister Luis Mora on 3 May 2024, following up on the talks the two ministers held in Adelaide last week.',
    );
    expect(f.events.some((e) => /^Ruiz-Mora call/.test(e))).toBe(true);
  });
});

describe('kinds: meals for a guest, audiences, bodies that are no events', () => {
  it('reads a luncheon hosted for the guest as a session of the meeting', () => {
    const f = facts(
      'Prime Minister Ana Ruiz held a meeting with President Luis Mora of Peru in Lima. Following the meeting, Prime Minister Ruiz hosted a luncheon for President Mora.',
    );
    expect(f.events).toContain('luncheon for President Mora');
    expect(f.has('PART_OF', 'luncheon for President Mora', 'Ruiz-Mora meeting in Lima')).toBe(true);
  });

  it('names an audience an audience', () => {
    const f = facts('King Ana Ruiz received in audience President Luis Mora of Peru on 3 May 2024.');
    expect(f.events.some((e) => /^Ruiz-Mora audience/.test(e))).toBe(true);
  });

  it("makes no event of an organisation's members", () => {
    const f = facts(
      'Leaders of the Pacific Islands Forum gathered for the Leaders’ Retreat in Aitutaki, chaired by Prime Minister Ana Ruiz.',
    );
    expect(f.events.some((e) => /^Leaders of/.test(e))).toBe(false);
  });
});

describe('rounds of a named series and the bodies that gather', () => {
  it('reads "the second and third rounds of the X talks on Y" as two rounds', () => {
    const f = facts('The second and third rounds of the Jeddah talks on Sudan were held in May and June 2023.');
    expect(f.events).toContain('second round of the Jeddah talks on Sudan');
    expect(f.events).toContain('third round of the Jeddah talks on Sudan');
    expect(f.events).not.toContain('third round');
  });

  it('involves the two states of a round told without participants, and not those of a round with them', () => {
    const f = facts(
      'The 12th round of the India-China Corps Commander Level Meeting was held at Chushul on 31 July 2021.',
    );
    expect(f.has('INVOLVES', '12th round of the India-China Corps Commander Level Meeting', 'India')).toBe(true);
    const g = facts(
      'The fifth round of the Pakistan-Türkiye Strategic Dialogue was held in Islamabad, led by Foreign Secretary Ana Ruiz and Deputy Foreign Minister Luis Mora.',
    );
    expect(g.of('INVOLVES').some((r) => r.startsWith('INVOLVES|fifth round'))).toBe(false);
  });

  it('discusses no body whose leaders are the ones who met', () => {
    const f = facts(
      'Prime Minister Ana Ruiz joined a video conference of G7 leaders convened by Prime Minister Luis Mora on 24 February 2025. They discussed Ukraine.',
    );
    expect(f.of('DISCUSSED').some((r) => r.endsWith('|G7'))).toBe(false);
    expect(f.of('DISCUSSED').some((r) => r.endsWith('|Ukraine'))).toBe(true);
  });
});
