// Unit tests of the inc13 rules (incidents and state-level events and their INVOLVES parties) on made-up sentences
// about real states and invented people, with negative cases.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

/** The events and INVOLVES facts of a text. */
function facts(text: string): { events: string[]; involves: string[] } {
  const { out, of } = madeUpRelations(text);
  return {
    events: out.entities.filter((e) => e.type === 'Event').map((e) => e.name),
    involves: of('INVOLVES').map((r) => `${r.from} -> ${r.to}`),
  };
}

describe('incident heads of the round', () => {
  it('finds a kidnapping, a sabotage and a storming, each pinned by a nationality or a state', () => {
    const { events, involves } = facts(
      'Foreign Minister Ana Ruiz of Peru met Foreign Minister Jorge Salas of Chile in Lima. ' +
        'They discussed the kidnapping of two Chilean engineers in Bolivia and the storming of the Peruvian ' +
        'consulate in La Paz.',
    );
    expect(events).toContain('kidnapping of two Chilean engineers in Bolivia');
    expect(involves).toContain('kidnapping of two Chilean engineers in Bolivia -> Bolivia');
    expect(involves).toContain('kidnapping of two Chilean engineers in Bolivia -> Chile');
    expect(events.some((e) => e.startsWith('storming of the Peruvian consulate'))).toBe(true);
  });

  it('a border dispute between two states involves both; "resolving the dispute" alone is no event', () => {
    const { events, involves } = facts(
      'President Ana Ruiz of Peru met President Jorge Salas of Chile in Lima. They discussed the border dispute ' +
        'between Guyana and Venezuela and the ways of resolving the dispute.',
    );
    // fl23b's "border" modifier keeps the kind in the name, as the gold's "border war" and "border conflict" do.
    expect(involves).toContain('border dispute between Guyana and Venezuela -> Guyana');
    expect(involves).toContain('border dispute between Guyana and Venezuela -> Venezuela');
    expect(events.filter((e) => /dispute/.test(e))).toEqual(['border dispute between Guyana and Venezuela']);
  });

  // ev21 (event.incident-bare-coup): a bare "coup" is a head when its place or date follows it; alone it is none.
  it('a military coup placed in a capital involves the capital’s state; a bare "coup" only with its place', () => {
    const { events, involves } = facts(
      'President Ana Ruiz of Peru received President Jorge Salas of Chile in Lima. Their talks focused on the ' +
        'military coup in Niamey. They also discussed the coup in Lima in 1968 and called the vote a diplomatic coup.',
    );
    expect(involves).toContain('military coup in Niamey -> Niger');
    expect(events.filter((e) => /coup/.test(e))).toEqual(['military coup in Niamey', 'coup in Lima in 1968']);
  });

  it('not an outbreak told without what broke out ("its outbreak on 15 April")', () => {
    const { events } = facts(
      'President Ana Ruiz of Peru received President Jorge Salas of Chile in Lima. They discussed the conflict in ' +
        'Bolivia since its outbreak on 15 April.',
    );
    expect(events.some((e) => /outbreak/.test(e))).toBe(false);
  });

  it('not the launch of an initiative, only of what is fired', () => {
    const { events } = facts(
      'Minister Ana Ruiz of Peru met Minister Jorge Salas of Chile in Lima. They welcomed the launch of the Pacific ' +
        'Green Hydrogen Partnership in Chile.',
    );
    expect(events.some((e) => /launch/.test(e))).toBe(false);
  });

  it('a possessive actor before an ordinal: "the DPRK\'s sixth nuclear test"', () => {
    const { involves } = facts(
      "President Ana Ruiz of Peru spoke with President Jorge Salas of Chile. They condemned the DPRK's sixth nuclear test.",
    );
    expect(involves).toContain("DPRK's sixth nuclear test -> North Korea");
  });

  it('keeps "imposed on" in the name and gives the target and the actors: "the blockade imposed on Qatar by …"', () => {
    const { events, involves } = facts(
      'Minister Ana Ruiz of Peru met Minister Jorge Salas of Chile. They recalled the blockade imposed on Cuba by ' +
        'the United States.',
    );
    expect(events).toContain('blockade imposed on Cuba by the United States');
    expect(involves).toContain('blockade imposed on Cuba by the United States -> Cuba');
    expect(involves).toContain('blockade imposed on Cuba by the United States -> United States');
  });
});

describe('event.relative-incident, event.vessel-told, event.airspace-violation, event.persons-detained', () => {
  it('a missile told by a relative clause, with its actor by demonym', () => {
    const { events, involves } = facts(
      'President Ana Ruiz of Peru spoke with President Jorge Salas of Chile. They discussed the Russian missile that ' +
        'hit a school in Kharkiv on Monday.',
    );
    expect(events).toContain('Russian missile that hit a school in Kharkiv');
    expect(involves).toContain('Russian missile that hit a school in Kharkiv -> Russia');
  });

  it('not a relative clause of something that is not fired ("the report that struck a chord")', () => {
    const { events } = facts(
      'President Ana Ruiz of Peru spoke with President Jorge Salas of Chile. They discussed the report that struck ' +
        'a chord in Lima.',
    );
    expect(events.some((e) => /report/.test(e))).toBe(false);
  });

  it('a ship named and seized, named "seizure of the … by …"', () => {
    const { events, involves } = facts(
      'Minister Ana Ruiz of Peru called Minister Jorge Salas of Chile. She raised the tanker Pacific Star, seized by ' +
        'Ecuador off the Galapagos on 2 May.',
    );
    expect(events).toContain('seizure of the tanker Pacific Star by Ecuador');
    expect(involves).toContain('seizure of the tanker Pacific Star by Ecuador -> Ecuador');
  });

  it('not a ship told without an actor after "by"', () => {
    const { events } = facts(
      'Minister Ana Ruiz of Peru called Minister Jorge Salas of Chile. She raised the tanker Pacific Star, seized off ' +
        'the Galapagos.',
    );
    expect(events.some((e) => /seizure of the tanker/.test(e))).toBe(false);
  });

  it('an airspace violation by a demonym’s aircraft', () => {
    const { involves } = facts(
      'Minister Ana Ruiz of Estonia met Minister Jorge Salas of Latvia in Riga. They condemned the violation of ' +
        'Estonian airspace by a Russian fighter jet on Friday.',
    );
    expect(involves).toContain('violation of Estonian airspace by a Russian fighter jet -> Estonia');
    expect(involves).toContain('violation of Estonian airspace by a Russian fighter jet -> Russia');
  });

  it('named people detained in a state make a detention, named with the adverb as an adjective', () => {
    const { events, involves } = facts(
      'Minister Ana Ruiz of Peru met Minister Jorge Salas of Chile. She stressed the cases of Tomas Vidal and Eva ' +
        'Soto, wrongfully detained in Venezuela since 2022.',
    );
    expect(events).toContain('wrongful detention of Tomas Vidal and Eva Soto');
    expect(involves).toContain('wrongful detention of Tomas Vidal and Eva Soto -> Venezuela');
  });

  it('not people "detained" in a place that is no state', () => {
    const { events } = facts(
      'Minister Ana Ruiz of Peru met Minister Jorge Salas of Chile. She stressed the cases of Tomas Vidal and Eva ' +
        'Soto, detained in Valparaiso since 2022.',
    );
    expect(events.some((e) => /detention of Tomas Vidal/.test(e))).toBe(false);
  });
});

describe('event.format-talks, event.mechanism-meetings, involves.in-which-listed', () => {
  it('talks in a named format and the parties listed after "in which"', () => {
    const { events, involves } = facts(
      'Foreign Minister Ana Ruiz of Peru held talks with Foreign Minister Jorge Salas of Colombia in Lima on 3 May. ' +
        'They discussed the recent meeting in the ' +
        'Lima format, in which Chile, Bolivia and Ecuador act as guarantors.',
    );
    expect(events).toContain('recent meeting in the Lima format');
    expect(involves).toContain('recent meeting in the Lima format -> Chile');
    expect(involves).toContain('recent meeting in the Lima format -> Bolivia');
    expect(involves).toContain('recent meeting in the Lima format -> Ecuador');
  });

  it('the meetings of a mechanism named by two states involve them', () => {
    const { involves } = facts(
      'Minister Ana Ruiz of Peru met Minister Jorge Salas of Chile in Lima. They welcomed the recent meetings of the ' +
        'Working Mechanism on Peru-Chile Border Affairs.',
    );
    expect(involves.filter((r) => r.startsWith('meetings of the Working Mechanism')).sort()).toEqual([
      'meetings of the Working Mechanism on Peru-Chile Border Affairs -> Chile',
      'meetings of the Working Mechanism on Peru-Chile Border Affairs -> Peru',
    ]);
  });

  it('not the meetings of a mechanism whose name gives no states', () => {
    const { events } = facts(
      'Minister Ana Ruiz of Peru met Minister Jorge Salas of Chile in Lima. Meetings under the mechanism will take ' +
        'place every year.',
    );
    expect(events.some((e) => /mechanism/i.test(e))).toBe(false);
  });
});

describe('parties implied: place-state, sufferer, helpers, disasters, elections, included incidents', () => {
  it('the state after the place an incident’s name ends with ("…, Syria")', () => {
    const { involves } = facts(
      'President Ana Ruiz of Peru spoke with President Jorge Salas of Chile. They condemned the chemical attack on ' +
        'the people of Douma, Syria.',
    );
    expect(involves.some((r) => /chemical attack on the people of Douma -> Syria/.test(r))).toBe(true);
  });

  it('who receives solidarity is affected; who gives it is not', () => {
    const { involves } = facts(
      'Minister Ana Ruiz of France spoke with Minister Jorge Salas of India. She condemned the terror attack in ' +
        'Pahalgam and expressed the solidarity of France with India.',
    );
    expect(involves).toContain('terror attack in Pahalgam -> India');
    expect(involves).not.toContain('terror attack in Pahalgam -> France');
  });

  it('who offers assistance about a disaster is no party; the pair’s other state is struck', () => {
    const { involves } = facts(
      'Prime Minister Ana Ruiz of Australia spoke with Prime Minister Jorge Salas of Papua New Guinea. Ms Ruiz offered ' +
        'Australian assistance following the landslide in Enga Province.',
    );
    expect(involves).toContain('landslide in Enga Province -> Papua New Guinea');
    expect(involves).not.toContain('landslide in Enga Province -> Australia');
  });

  it('not the pair’s other state when nobody in the sentence helps', () => {
    const { involves } = facts(
      'Prime Minister Ana Ruiz of Australia spoke with Prime Minister Jorge Salas of Papua New Guinea. They discussed ' +
        'the landslide in Enga Province.',
    );
    expect(involves.filter((r) => r.startsWith('landslide'))).toEqual([]);
  });

  it('an election takes the one state its sentence names by a possessive', () => {
    const { involves } = facts(
      'Minister Ana Ruiz of Peru received Ambassador Jorge Salas in Lima. Mr Salas commended Chile’s authorities on ' +
        'the preparations for the presidential election of 24 March.',
    );
    expect(involves).toContain('presidential election of 24 March -> Chile');
  });

  it('an incident "including" in a broader one takes the broader one’s place', () => {
    const { involves } = facts(
      'President Ana Ruiz of Peru met President Jorge Salas of Chile. She conveyed condolences for the recent attacks ' +
        'in Colombia, including the May 2 bombing of a market in Cali.',
    );
    expect(involves).toContain('bombing of a market in Cali -> Colombia');
  });

  it('the body that opens a communiqué and considered an incident is no party of it', () => {
    const { involves } = facts(
      'The Peace and Security Council of the African Union, at its 1200th meeting held on 3 May 2024, considered the ' +
        'seizure of power by the military in Chad.',
    );
    expect(involves.filter((r) => r.startsWith('seizure of power'))).toEqual([
      expect.stringMatching(/-> Chad$/) as unknown as string,
    ]);
  });

  it('a war named by one state involves the state paired with it in a sentence about peace', () => {
    const { involves } = facts(
      'President Ana Ruiz of Peru met President Jorge Salas of Chile in Lima. On the Sudan crisis, President Ruiz said ' +
        'that Peru hopes to see peace talks between Sudan and South Sudan resume.',
    );
    expect(involves).toContain('Sudan crisis -> South Sudan');
    expect(involves).not.toContain('Sudan crisis -> Peru');
  });

  it('not a state paired with it in a sentence about something else', () => {
    const { involves } = facts(
      'President Ana Ruiz of Peru met President Jorge Salas of Chile in Lima. They discussed the war in Sudan. ' +
        'They also welcomed trade between Sudan and Egypt.',
    );
    expect(involves).not.toContain('war in Sudan -> Egypt');
  });
});
