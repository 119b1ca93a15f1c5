// Tests of the evk32b round (issue 6, Events the extractor never made, round 2: summits of organisations) on made-up
// sentences, negatives included.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

const OPENING =
  'Lomé, 3 May 2024 - The President of Togo, Faure Gnassingbé, received the President of Benin, Patrice Talon, at the Presidential Palace in Lomé today. ';
const MEETING = 'Gnassingbé-Talon meeting in Lomé';

/** The Event names of a made-up text. */
const eventsOf = (text: string) =>
  madeUpRelations(text)
    .out.entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe(
  'event.summit-of-heads-of-body: "Summit of Heads of State (and Government) of <body>" (evk32b)',
  { timeout: 60000 },
  () => {
    it('makes a planned summit, a topic of the meeting, involving the body', () => {
      const r = madeUpRelations(
        OPENING +
          'The two Heads of State discussed the preparations for the next Summit of Heads of State and Government of the Economic Community of West African States (ECOWAS), due to be held in Abuja in December.',
      );
      const summit = 'Summit of Heads of State and Government of the Economic Community of West African States';
      expect(r.out.entities.find((e) => e.name === summit)?.status).toBe('planned');
      expect(r.of('DISCUSSED').map((x) => `${x.from}|${x.to}`)).toContain(`${MEETING}|${summit}`);
      expect(r.of('INVOLVES').map((x) => `${x.from}|${x.to}`)).toContain(
        `${summit}|Economic Community of West African States`,
      );
      expect(r.of('PARTICIPATED_IN').filter((x) => x.to === summit)).toEqual([]);
    });

    it('makes a held summit whose margins hold the meeting', () => {
      const r = madeUpRelations(
        OPENING.replace('at the Presidential Palace in Lomé today', 'in Addis Ababa today') +
          'The meeting took place on the sidelines of the Summit of Heads of State of the African Union.',
      );
      const summit = 'Summit of Heads of State of the African Union';
      expect(r.of('PART_OF').map((x) => `${x.from}|${x.to}`)).toContain(
        `Gnassingbé-Talon meeting in Addis Ababa|${summit}`,
      );
      expect(r.of('INVOLVES').map((x) => `${x.from}|${x.to}`)).toContain(`${summit}|African Union`);
    });

    it("reads the same summit told by the body's acronym once", () => {
      const names = eventsOf(
        '# First Summit of Heads of State of the AU in Addis Ababa\n\n' +
          'The President of Togo, Faure Gnassingbé, took part today in Addis Ababa in the first session of the Summit of Heads of State of the African Union (AU).',
      );
      expect(names.filter((n) => /Summit of Heads of State/.test(n))).toHaveLength(1);
    });

    it('leaves a conference of heads of government (an organ) and a summit of no body alone', () => {
      const names = eventsOf(
        OPENING +
          'President Talon briefed his host on the decisions of the Conference of Heads of Government of the Caribbean Community. ' +
          'They agreed that a Summit of Heads of State of both countries would be useful.',
      );
      expect(names.filter((n) => /Heads of (State|Government)/.test(n))).toEqual([]);
    });
  },
);

describe('event.next-summit-of-body: "the next / coming summit of <body>" (evk32b)', { timeout: 60000 }, () => {
  it('makes a planned summit told in lowercase after next or coming, a topic, involving the body', () => {
    const r = madeUpRelations(
      OPENING +
        'They discussed the security situation in the Sahel and the preparation of the coming summit of the African Union.',
    );
    const summit = 'summit of the African Union';
    expect(r.out.entities.find((e) => e.name === summit)?.status).toBe('planned');
    expect(r.of('DISCUSSED').map((x) => `${x.from}|${x.to}`)).toContain(`${MEETING}|${summit}`);
    expect(r.of('INVOLVES').map((x) => `${x.from}|${x.to}`)).toContain(`${summit}|African Union`);
  });

  it('leaves a lowercase summit with no such word, and a summit of no body, alone', () => {
    const names = eventsOf(
      OPENING +
        'They agreed that a summit of the African Union on the matter would be useful, and that summits of this kind help. ' +
        'They looked forward to the next summit between the two countries.',
    );
    expect(names.filter((n) => /summit/i.test(n))).toEqual([]);
  });

  it('is not read in a headline alone', () => {
    const names = eventsOf('# Next summit of the African Union\n\n' + OPENING + 'The two Presidents discussed trade.');
    expect(names.filter((n) => /summit/i.test(n))).toEqual([]);
  });
});
