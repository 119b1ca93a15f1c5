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

describe('event.signed-at-ceremony: "A signed X …, at a ceremony held in <Place>" (evk32b)', { timeout: 60000 }, () => {
  const SIGNED =
    'Kuwait City, 3 May 2024 - Kuwait and Oman signed an agreement on the joint oil field today. ' +
    'The Minister of Foreign Affairs of Kuwait, Abdullah Al-Yahya, signed the agreement on behalf of Kuwait, and the Minister of Energy of Oman, Salim Al-Aufi, signed it on behalf of the Sultanate, at a ceremony held in Al-Wafra.';

  it('makes the ceremony, where the signers took part', () => {
    const r = madeUpRelations(SIGNED);
    expect(r.out.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toContain(
      'signing ceremony in Al-Wafra',
    );
    const took = r
      .of('PARTICIPATED_IN')
      .filter((x) => x.to === 'signing ceremony in Al-Wafra')
      .map((x) => x.from);
    expect(took).toEqual(expect.arrayContaining(['Abdullah Al-Yahya', 'Salim Al-Aufi']));
  });

  it('leaves a signing already read, a signature still to come and a ceremony with no place alone', () => {
    const own = eventsOf(
      'Lomé, 3 May 2024 - The Minister of Foreign Affairs of Togo, Robert Dussey, and the Minister of Foreign Affairs of Ghana, Samuel Ablakwa, signed the Border Treaty in Lomé today. ' +
        'Dussey signed the treaty on behalf of Togo, and Ablakwa signed it on behalf of Ghana, at a ceremony held in Lomé.',
    );
    expect(own.filter((n) => /^ceremony/.test(n))).toEqual([]);
    const future = eventsOf(
      OPENING +
        'The two Presidents will sign the agreement, which is expected to be signed at a ceremony held in Cotonou.',
    );
    expect(future.filter((n) => /ceremony/.test(n))).toEqual([]);
    const noPlace = eventsOf(OPENING + 'The two Presidents signed a memorandum at a short ceremony.');
    expect(noPlace.filter((n) => /^ceremony/.test(n))).toEqual([]);
  });
});

describe('event.council-to-be-held: "the <Name> Council, to be held in <Place>" (evk32b)', { timeout: 60000 }, () => {
  it('makes a planned sitting, a topic of the meeting, involving the body in its name', () => {
    const r = madeUpRelations(
      OPENING +
        'The two Presidents also discussed the agenda of the OSCE Ministerial Council, to be held in Vienna on 5-6 December.',
    );
    const sitting = 'OSCE Ministerial Council in Vienna';
    expect(r.out.entities.find((e) => e.name === sitting)?.status).toBe('planned');
    expect(r.of('DISCUSSED').map((x) => `${x.from}|${x.to}`)).toContain(`${MEETING}|${sitting}`);
    expect(r.of('INVOLVES').map((x) => `${x.from}|${x.to}`)).toContain(`${sitting}|OSCE`);
  });

  it('leaves a council that acts, and a council named with no sitting verb, alone', () => {
    const names = eventsOf(
      OPENING +
        'The two Presidents welcomed the decision of the Peace and Security Council of the African Union. ' +
        'The Ministerial Council decided in Vienna to extend the mission.',
    );
    expect(names.filter((n) => /Council/.test(n))).toEqual([]);
  });
});

describe('event.possessive-mission: "his / her / their mission to <Place>" (evk32b)', { timeout: 60000 }, () => {
  it('makes the mission, a topic of the meeting that heard the report', () => {
    const r = madeUpRelations(
      'Accra, 3 May 2024 - President Nana Akufo-Addo hosted a consultative meeting on the situation in Mali at Jubilee House in Accra today. ' +
        'The meeting was attended by the ECOWAS Mediator for Mali, Dr. Goodluck Ebele Jonathan. ' +
        'Dr. Jonathan then presented his report on his mission to Bamako.',
    );
    expect(r.out.entities.find((e) => e.name === 'mission to Bamako')?.status).toBe('held');
    expect(r.of('DISCUSSED').map((x) => x.to)).toContain('mission to Bamako');
  });

  it('leaves a mission to a person, and a mission with no possessive or series word, alone', () => {
    const names = eventsOf(
      'Accra, 3 May 2024 - The President of Ghana, Nana Akufo-Addo, received the ECOWAS Special Envoy, Goodluck Jonathan, in Accra today. ' +
        'Jonathan reported on his mission to President Tinubu. The Council extended the mandate of the support mission to Haiti.',
    );
    expect(names.filter((n) => /mission/.test(n))).toEqual([]);
  });
});

describe(
  'event.the-ceremony-held: "The ceremony was held in the presence of …" after a signature (evk32b)',
  { timeout: 60000 },
  () => {
    it('makes the signing ceremony, where the people of its sentence took part', () => {
      const r = madeUpRelations(
        'Mexico City, 16 January 1992 - President Alfredo Cristo travelled to Mexico City today for the conclusion of the peace process. ' +
          'At Chapultepec Castle the parties signed the Peace Agreement. ' +
          'The ceremony was held in the presence of the Secretary-General of the United Nations, Javier Mendes, and of the President of Mexico, Carlos Ruiz.',
      );
      const took = r
        .of('PARTICIPATED_IN')
        .filter((x) => x.to === 'signing ceremony')
        .map((x) => x.from);
      expect(took).toEqual(expect.arrayContaining(['Javier Mendes', 'Carlos Ruiz']));
    });

    it('leaves a signing the opening already made, and a ceremony with nothing signed before it, alone', () => {
      const own = eventsOf(
        'Mexico City, 16 January 1992 - The Government of El Salvador and the FMLN signed the Peace Agreement at Chapultepec Castle today. ' +
          'The ceremony was held in the presence of the Secretary-General of the United Nations, Javier Mendes.',
      );
      expect(own).not.toContain('signing ceremony');
      const names = eventsOf(OPENING + 'The ceremony was held at the Presidential Palace with military honours.');
      expect(names.filter((n) => /ceremony/.test(n))).toEqual([]);
    });
  },
);
