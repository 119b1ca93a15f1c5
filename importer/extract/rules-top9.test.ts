// Unit tests of the top9 rules (what a meeting discussed, who an incident or talks involve) on made-up sentences
// about invented people and real states and organisations, with negative cases.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

const OPENING = 'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May 2024.';
const MEETING = 'Mora-Vega meeting in Lima';

/** The DISCUSSED and INVOLVES facts of a text, as "TYPE from -> to", and its entities as "Type name". */
function facts(text: string) {
  const { out, rels } = madeUpRelations(text);
  return {
    rel: rels
      .filter((r) => r.type === 'DISCUSSED' || r.type === 'INVOLVES')
      .map((r) => `${r.type} ${r.from} -> ${r.to}`),
    ent: out.entities.map((e) => `${e.type} ${e.name}`),
  };
}
const withOpening = (s: string) => facts(`${OPENING} ${s}`);

describe('involves.incident-sentence: the incident’s own item of a list', () => {
  it('ends the item at "and on …": the next subject is a topic, not a party', () => {
    const { rel } = withOpening(
      'They discussed the crisis in Haiti and on reform of the United Nations Security Council.',
    );
    expect(rel).toContain('INVOLVES crisis in Haiti -> Haiti');
    expect(rel).toContain(`DISCUSSED ${MEETING} -> United Nations Security Council`);
    expect(rel).not.toContain('INVOLVES crisis in Haiti -> United Nations Security Council');
  });

  it('ends it at a new clause ("and offered …") and at "and the <noun> …"', () => {
    const quake = withOpening(
      'Mora expressed condolences after the earthquake that struck Morocco and offered Chilean assistance.',
    ).rel;
    expect(quake).toContain('INVOLVES earthquake that struck Morocco -> Morocco');
    expect(quake.filter((r) => r.startsWith('INVOLVES'))).toHaveLength(1);
    const offensive = withOpening(
      "They discussed Azerbaijan's military offensive in Karabakh and the needs of the refugees arriving in Armenia.",
    ).rel;
    expect(offensive).toContain("INVOLVES Azerbaijan's military offensive in Karabakh -> Azerbaijan");
    expect(offensive).not.toContain("INVOLVES Azerbaijan's military offensive in Karabakh -> Armenia");
  });

  it('keeps both states of "between A and B" and an agent after "by"', () => {
    const { rel } = withOpening(
      'They condemned the attack on Ukrainian ports carried out by Russia and the Houthi attacks.',
    );
    expect(rel.some((r) => /^INVOLVES attack on Ukrainian ports.* -> Russia$/.test(r))).toBe(true);
  });
});

describe('waters and territories', () => {
  it('reads no state party or topic in "the Taiwan Strait", and Hong Kong is no state', () => {
    const { rel, ent } = withOpening(
      'They discussed the detention of a Chilean writer in China, the situation in the Taiwan Strait and the situation in Hong Kong.',
    );
    expect(rel.filter((r) => r.endsWith('-> Taiwan'))).toEqual([]);
    expect(ent).not.toContain('State Hong Kong');
    expect(rel).toContain('INVOLVES detention of a Chilean writer in China -> China');
  });
});

describe('incident heads and names', () => {
  it('reads a takeover, an offensive, a referendum, an explosion and a prisoner exchange as incidents', () => {
    expect(withOpening('They discussed the military takeover in Niger.').rel).toContain(
      'INVOLVES military takeover in Niger -> Niger',
    );
    expect(
      withOpening('They discussed the referendum held in Venezuela on 3 December on the border region.').rel,
    ).toContain('INVOLVES referendum in Venezuela on 3 December -> Venezuela');
    expect(
      withOpening('They discussed the exchange of prisoners between Russia and Ukraine mediated by Türkiye.').rel,
    ).toEqual(
      expect.arrayContaining([
        'INVOLVES exchange of prisoners between Russia and Ukraine -> Russia',
        'INVOLVES exchange of prisoners between Russia and Ukraine -> Ukraine',
        'INVOLVES exchange of prisoners between Russia and Ukraine -> Turkey',
      ]),
    );
  });

  it('ends a name before a span of time ("two days earlier") and reads a named storm', () => {
    const { ent } = withOpening('They discussed the explosion at the Port of Beirut two days earlier.');
    expect(ent).toContain('Event explosion at the Port of Beirut');
    expect(
      withOpening('They discussed the damage caused by Hurricane Beryl, which hit Jamaica on 3 July.').rel,
    ).toEqual(
      expect.arrayContaining([`DISCUSSED ${MEETING} -> Hurricane Beryl`, 'INVOLVES Hurricane Beryl -> Jamaica']),
    );
  });

  it('makes no incident of an ordinary "operation" or of an exchange of views', () => {
    const { ent } = withOpening('They exchanged views on the operation of the dam and on the exchange of students.');
    expect(ent.filter((e) => e.startsWith('Event'))).toEqual([`Event ${MEETING}`]);
  });
});

describe('discussed.time-mark: a vote a meeting is dated by', () => {
  it('is no topic when told as "eleven days after the referendum", but is when discussed', () => {
    expect(
      withOpening('The meeting was held eleven days after the referendum held in Venezuela.').rel.filter((r) =>
        r.startsWith('DISCUSSED'),
      ),
    ).toEqual([]);
    expect(withOpening('They discussed the referendum held in Venezuela.').rel).toContain(
      `DISCUSSED ${MEETING} -> referendum in Venezuela`,
    );
  });
});

describe('INVOLVES by capitals', () => {
  it('adds the state of the capital an incident is placed in, and the states of talks between two capitals', () => {
    const { rel, ent } = withOpening('They condemned the missile strike on a hospital in Kyiv carried out by Russia.');
    expect(ent).toContain('State Ukraine');
    expect(rel).toEqual(
      expect.arrayContaining([
        'INVOLVES missile strike on a hospital in Kyiv -> Ukraine',
        'INVOLVES missile strike on a hospital in Kyiv -> Russia',
      ]),
    );
    const talks = facts(
      `${OPENING} They discussed the United States and North Korea, and the stalled talks between Washington and Pyongyang.`,
    ).rel;
    expect(talks).toEqual(
      expect.arrayContaining([
        'INVOLVES talks between Washington and Pyongyang -> United States',
        'INVOLVES talks between Washington and Pyongyang -> North Korea',
      ]),
    );
  });

  it('involves the host of talks between two others held in its capital, not a state of the talks', () => {
    const { rel } = withOpening(
      'They welcomed the Doha talks between the United States and Iran, which Qatar supports.',
    );
    expect(rel).toContain('INVOLVES talks between the United States and Iran -> Qatar');
    const own = withOpening('They recalled the Tehran talks between the United States and Iran.').rel;
    expect(own.filter((r) => r.startsWith('INVOLVES')).sort()).toEqual([
      'INVOLVES talks between the United States and Iran -> Iran',
      'INVOLVES talks between the United States and Iran -> United States',
    ]);
  });

  it('reads no state from a capital the meeting was merely held in', () => {
    const { ent } = facts(
      'President Luis Mora of Chile met President Carla Vega of Peru in Kyiv. They discussed trade.',
    );
    expect(ent).not.toContain('State Ukraine');
  });
});

describe('event.main-not-topic-talks: talks between other parties told as a subject', () => {
  it('keeps the opening’s meeting as the readout’s own and makes the talks its topic', () => {
    const { rel } = withOpening('They discussed the stalled talks between the United States and North Korea.');
    expect(rel).toEqual(
      expect.arrayContaining([
        `DISCUSSED ${MEETING} -> talks between the United States and North Korea`,
        'INVOLVES talks between the United States and North Korea -> United States',
        'INVOLVES talks between the United States and North Korea -> North Korea',
      ]),
    );
  });

  it('reads "the peace process between A and B" as their talks', () => {
    expect(withOpening('They discussed the peace process between Armenia and Azerbaijan.').rel).toEqual(
      expect.arrayContaining([
        'INVOLVES peace process between Armenia and Azerbaijan -> Armenia',
        'INVOLVES peace process between Armenia and Azerbaijan -> Azerbaijan',
      ]),
    );
  });
});

describe('involves.in-name: bodies in the names of gatherings nobody in the readout was at', () => {
  it('involves the body and state of a summit recalled without participants', () => {
    expect(
      withOpening('They reviewed the outcomes of the ASEAN-Japan Commemorative Summit held in Tokyo in December 2023.')
        .rel,
    ).toEqual(
      expect.arrayContaining([
        'INVOLVES ASEAN-Japan Commemorative Summit -> ASEAN',
        'INVOLVES ASEAN-Japan Commemorative Summit -> Japan',
      ]),
    );
  });

  it('does not involve the body of the summit the meeting was held on the sidelines of', () => {
    const { rel } = facts(
      'On the sidelines of the G20 Summit in Rio de Janeiro, President Luis Mora of Chile met President Carla Vega of Peru. They discussed trade.',
    );
    expect(rel.filter((r) => r.endsWith('-> G20'))).toEqual([]);
  });
});

describe('involves.helped-by: facilitators and mediators of talks told beside the meeting', () => {
  it('involves who facilitated the talks, and a body that led them', () => {
    expect(
      withOpening(
        'They discussed the talks in Jeddah between Sudan and Chad, facilitated by Saudi Arabia and the United States.',
      ).rel,
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^INVOLVES talks .*-> Saudi Arabia$/),
        expect.stringMatching(/^INVOLVES talks .*-> United States$/),
      ]),
    );
  });

  it('does not involve the state whose ministry facilitated, nor a visit the meeting took place during', () => {
    const { rel } = facts(
      "Minister Luis Mora of Chile met Minister Carla Vega of Peru in Rome. The meeting took place during Minister Mora's visit to Italy and was facilitated by Italy's Ministry of Foreign Affairs.",
    );
    expect(rel.filter((r) => r.startsWith('INVOLVES') && r.endsWith('-> Italy'))).toEqual([]);
  });
});

describe('discussed.not-identifier and discussed.not-side: who the meeting’s sides are is no topic', () => {
  it('makes no topic of a state naming a counterpart, but keeps the states talked about', () => {
    const { rel } = facts(
      'Minister Luis Mora of Chile met his Saudi counterpart, Prince Faisal bin Farhan, in New York. They talked about Lebanon and Iran.',
    );
    expect(rel.filter((r) => r.endsWith('-> Saudi Arabia'))).toEqual([]);
    expect(rel).toEqual(
      expect.arrayContaining([expect.stringMatching(/-> Lebanon$/), expect.stringMatching(/-> Iran$/)]),
    );
  });

  it('makes no topic of the body holding the session, of delegation officials’ bodies, of a represented body or a chair', () => {
    const { rel } = facts(
      'The Committee of Ministers of the Council of Europe held its 133rd Session in Strasbourg on 3 May 2024. The Chilean delegation included officials of the World Bank. ' +
        'The United Nations was represented by two observers. Latvia takes over the Presidency of the Committee of Ministers from Iceland. ' +
        'The session discussed the situation in Georgia.',
    );
    for (const side of ['Council of Europe', 'World Bank', 'United Nations', 'Latvia', 'Iceland'])
      expect(rel.filter((r) => r.startsWith('DISCUSSED') && r.endsWith(`-> ${side}`))).toEqual([]);
    expect(rel.some((r) => r.startsWith('DISCUSSED') && r.endsWith('-> Georgia'))).toBe(true);
  });

  it('keeps a body joined as an observer a topic', () => {
    expect(withOpening("They touched on Bangladesh's bid to join ASEAN as an observer.").rel).toContain(
      `DISCUSSED ${MEETING} -> ASEAN`,
    );
  });
});

describe('discussed.agreement-described: an agreement only named to describe another', () => {
  it('is no topic when the sentence is about another agreement, and is when discussed', () => {
    const told = (s: string) =>
      facts(`${OPENING} The two Presidents signed the Lima Trade Agreement. ${s}`).rel.filter((r) =>
        r.endsWith('-> Andean Charter'),
      );
    expect(told('The agreement follows the Andean Charter signed in 2002.')).toEqual([]);
    expect(told('They also discussed the Andean Charter signed in 2002.')).toEqual([
      `DISCUSSED ${MEETING} -> Andean Charter`,
    ]);
  });
});
