// The fl21b round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// briefing of traditional leaders, a ministry's note handed to a chargé d'affaires, a regional summit), each rule on
// made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  behalfOfHead,
  EVENT_MEETING_OF_MINISTERS_OF_BODY,
  EVENT_NEXT_MEETING_OF_BODY,
  EVENT_UNNAMED_GUESTS,
  nextMeetingThroughBody,
  meetingsOfMinistersOfBodies,
  headHolderFor,
  NEGOTIATES_FOR_BEHALF_OF_HEAD,
  unnamedGuestsIn,
} from './rules-fl21b.ts';
import { eventFacts, extractFacts } from './test-facts.ts';
import { findGazetteerHits } from './gazetteer.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_UNNAMED_GUESTS.mainId, () => {
  it('reads the guest phrase after a verb of meeting, past a time, a venue and "with"', () => {
    expect(
      unnamedGuestsIn(
        "X received today at the Foreign Ministry the Chargé d'Affaires a.i. of Ruritania and handed him a note.",
      )?.guest,
    ).toBe("the Chargé d'Affaires a.i. of Ruritania");
    expect(
      unnamedGuestsIn('X met at State House with elders of the northern communities to brief them on the talks.')
        ?.guest,
    ).toBe('elders of the northern communities');
    expect(
      unnamedGuestsIn('X met the ambassadors of the member states of the African Union accredited in Accra.')?.guest,
    ).toBe('the ambassadors of the member states of the African Union');
  });

  it('leaves the passive, a guest phrase without "of", and verbs with no such guest', () => {
    expect(unnamedGuestsIn("X was received by the Chargé d'Affaires of Ruritania.")).toBeUndefined();
    expect(unnamedGuestsIn('X welcomed the delegations and opened the session.')).toBeUndefined();
    expect(unnamedGuestsIn('X met the press after the talks.')).toBeUndefined();
  });

  it("makes the opening's meeting with unnamed guests the readout's own, its host taking part", () => {
    const f = eventFacts(
      "Minister of Foreign Affairs of Norway Anna Berg received today at the Ministry the Chargé d'Affaires a.i. of the Republic of Moldova and handed him a note of protest. The note concerns the seizure of a Norwegian fishing vessel by the Moldovan navy on 2 May.",
    );
    const name = "meeting of Anna Berg with the Chargé d'Affaires a.i. of the Republic of Moldova";
    expect(f.names).toContain(name);
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', name)).toBe(true);
    // One envoy stands for the state as one side of a bilateral meeting: no INVOLVES, and no DISCUSSED by mention.
    expect(f.has('INVOLVES', name, 'Moldova')).toBe(false);
    expect(f.has('DISCUSSED', name, 'Moldova')).toBe(false);
  });

  it('takes the meeting, not the negotiations the guests were briefed on', () => {
    const f = eventFacts(
      'Vice President Tomas Rel today met with chiefs and elders of the coastal communities to brief them on the conclusion of the negotiations between the Government of Ghana and the Government of Togo.',
    );
    const name = 'meeting of Tomas Rel with chiefs and elders of the coastal communities';
    expect(f.names).toContain(name);
    expect(f.has('PARTICIPATED_IN', 'Tomas Rel', name)).toBe(true);
    expect(f.of('PARTICIPATED_IN').filter((r) => r.includes('negotiations'))).toEqual([]);
  });

  it('leaves a guest named after the verb, and a gathering the guests came to', () => {
    const named = eventFacts(
      'Minister Anna Berg received the Ambassador of the Republic of Moldova, Mr Ion Rusu, at the Ministry.',
    );
    expect(named.names.filter((n) => n.startsWith('meeting of Anna Berg with'))).toEqual([]);
    const framed = eventFacts(
      'President Anna Berg welcomed the heads of delegation of the member states to the Fifth Summit of the Nordic Council in Oslo.',
    );
    expect(framed.names.filter((n) => n.startsWith('meeting of Anna Berg with'))).toEqual([]);
  });
});

describe(EVENT_UNNAMED_GUESTS.id, () => {
  it('tells a later meeting with unnamed guests, its host taking part and the organisations named its parties', () => {
    const f = eventFacts(
      'Prime Minister Anna Berg held talks with President Ion Rusu of Moldova in Oslo. In the afternoon, Prime Minister Berg met the ambassadors of the member states of the European Union accredited in Oslo, whom she briefed on the talks.',
    );
    const name = 'meeting of Anna Berg with the ambassadors of the member states of the European Union';
    expect(f.names).toContain(name);
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', name)).toBe(true);
    expect(f.has('INVOLVES', name, 'European Union')).toBe(true);
  });

  it('leaves a host who said someone else met them, and a sentence naming a guest', () => {
    const f = eventFacts(
      'Prime Minister Anna Berg held talks with President Ion Rusu of Moldova in Oslo. Prime Minister Berg said that officials met the representatives of the European Union. Later, Berg met the Ambassador of Moldova, Mr Petru Lupu.',
    );
    expect(f.names.filter((n) => n.startsWith('meeting of Anna Berg with'))).toEqual([]);
  });
});

describe(NEGOTIATES_FOR_BEHALF_OF_HEAD.id, () => {
  it('reads which head the cue names', () => {
    expect(behalfOfHead('X, who led the team on behalf of the Head of State since 2015, said')?.head).toBe('state');
    expect(behalfOfHead('X negotiated on behalf of the Head of Government')?.head).toBe('government');
    expect(behalfOfHead('X spoke on behalf of the Head of State of Ghana')).toBeUndefined();
    expect(behalfOfHead('X spoke on behalf of the President')).toBeUndefined();
  });

  it("picks the one leader of the agent's own state, not a vice leader or another state's", () => {
    const holders = [
      { who: 'A', title: 'President', owner: 'Ghana' },
      { who: 'B', title: 'Vice President', owner: 'Ghana' },
      { who: 'C', title: 'President', owner: 'Togo' },
      { who: 'D', title: 'Prime Minister', owner: 'Togo' },
    ];
    expect(headHolderFor('state', ['Ghana'], holders)).toBe('A');
    expect(headHolderFor('government', ['Togo'], holders)).toBe('D');
    expect(headHolderFor('government', ['Ghana'], holders)).toBeUndefined();
    expect(headHolderFor('state', [], holders)).toBeUndefined();
  });

  it('gives the envoy NEGOTIATES_FOR the head of state the readout names elsewhere', () => {
    const text =
      'President of the Republic of Ghana Kwame Asante received the report of the talks. Mr Kofi Mensah, Special Envoy of Ghana, who has led the negotiating team on behalf of the Head of State since 2019, briefed the Cabinet. Vice President of Ghana Ama Owusu attended.';
    const { rels } = extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
    expect(rels.has('NEGOTIATES_FOR|Kofi Mensah|Kwame Asante')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Kofi Mensah|Ama Owusu')).toBe(false);
  });

  it('gives none when two heads of the state are named', () => {
    const text =
      'President of Ghana Kwame Asante and former President of Ghana Yaw Boateng met. Mr Kofi Mensah, Special Envoy of Ghana, negotiated on behalf of the Head of State.';
    const { rels } = extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' });
    expect([...rels].filter((r) => r.startsWith('NEGOTIATES_FOR|Kofi Mensah|') && !r.endsWith('|Ghana'))).toEqual([]);
  });
});

describe('person.honorific: a bare "Honourable" (fl21b)', () => {
  it('drops the style before a named minister, who keeps the titles of the apposition', () => {
    const { out, rels } = extractFacts(
      'The Vice President of Ghana was accompanied by Honourable Ama Owusu, Minister of Foreign Affairs of Ghana, and by Mr Kofi Mensah.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Ama Owusu');
    expect(rels.has('HOLDS_OFFICE|Ama Owusu|Minister of Foreign Affairs of Ghana')).toBe(true);
  });

  it('makes no person of the style before a title or a body', () => {
    const { out } = extractFacts(
      'The Honourable Members of Parliament welcomed the report, and Honourable Ministers took note of it.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect(out.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe(EVENT_MEETING_OF_MINISTERS_OF_BODY.id, () => {
  const found = (t: string) => meetingsOfMinistersOfBodies(t, findGazetteerHits(t)).map((g) => g.surface);
  it("reads a capitalised meeting of a body's ministers or heads, with the body", () => {
    expect(found('prepared by the Meeting of Ministers of Foreign Affairs of the African Union, chaired by X')).toEqual(
      ['Meeting of Ministers of Foreign Affairs of the African Union'],
    );
    expect(found('The Extraordinary Meeting of Foreign Ministers of ASEAN opened')).toEqual([
      'Extraordinary Meeting of Foreign Ministers of ASEAN',
    ]);
    expect(found('the 12th Meeting of Heads of State and Government of the African Union')).toEqual([
      '12th Meeting of Heads of State and Government of the African Union',
    ]);
  });

  it('leaves a lowercase meeting, other officials and a body the gazetteer does not know', () => {
    expect(found('a meeting of ministers of the African Union was held')).toEqual([]);
    expect(found('the Meeting of Senior Officials of the African Union')).toEqual([]);
    expect(found('the Meeting of Ministers of Foreign Affairs of the Northern Coastal Forum')).toEqual([]);
  });

  it('names the gathering, its chair taking part, and gives a bare head read elsewhere the whole name', () => {
    const f = eventFacts(
      'The Summit was prepared on 8 April by the Meeting of Ministers of Foreign Affairs of the African Union, chaired by the Minister of Foreign Affairs of Ghana, Ama Owusu. The Extraordinary Meeting of Foreign Ministers of ASEAN was held in Jakarta on 3 May.',
    );
    expect(f.names).toContain('Meeting of Ministers of Foreign Affairs of the African Union');
    expect(f.has('PARTICIPATED_IN', 'Ama Owusu', 'Meeting of Ministers of Foreign Affairs of the African Union')).toBe(
      true,
    );
    expect(f.names).toContain('Extraordinary Meeting of Foreign Ministers of ASEAN');
    expect(f.names).not.toContain('Extraordinary Meeting');
  });
});

describe(EVENT_NEXT_MEETING_OF_BODY.id, () => {
  const through = (t: string, surface: string) =>
    nextMeetingThroughBody(t, findGazetteerHits(t), surface, t.indexOf(surface));
  it("carries a next meeting's name to the end of the body it was cut in", () => {
    const t = 'will raise it at the next meeting of the Foreign Affairs Council of the European Union.';
    const body = 'Foreign Affairs Council of the European Union';
    const hits = [{ type: 'Organization', start: t.indexOf(body), end: t.indexOf(body) + body.length }];
    const cut = 'next meeting of the Foreign Affairs';
    expect(nextMeetingThroughBody(t, hits, cut, t.indexOf(cut))).toBe(`next meeting of the ${body}`);
  });

  it('leaves a name that ends where a body ends, or with no body in it', () => {
    const t = 'at the next meeting of the European Union in Brussels';
    expect(through(t, 'next meeting of the European Union')).toBe('next meeting of the European Union');
    const u = 'at the next meeting of the Joint Commission in Accra';
    expect(through(u, 'next meeting of the Joint Commission')).toBe('next meeting of the Joint Commission');
  });

  it('names the event with the whole body in a readout', () => {
    const f = eventFacts(
      'Albania will raise the matter at the next meeting of the Foreign Affairs Council of the European Union.',
    );
    expect(f.names).toContain('next meeting of the Foreign Affairs Council of the European Union');
  });
});
