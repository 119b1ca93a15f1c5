// Unit tests of the fourth topic round (issue 6): incidents told as disasters or clashes, and the parties of events
// (INVOLVES) and the subjects of meetings (DISCUSSED), on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, source?: string) {
  const { out, rels } = extractFacts(text, source ? { source } : {});
  const of = (type: string, from?: string) =>
    [...rels].filter((r) => r.startsWith(`${type}|`) && (!from || r.startsWith(`${type}|${from}|`)));
  const events = out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
  return { out, rels, of, events };
}

const call =
  'Call between the Presidents of Chile and Peru\n\nOn 4 May 2022, President Gabriel Boric of Chile held a telephone conversation with President Pedro Castillo of Peru.\n\n';

describe('event.incident: disasters and clashes are incidents', () => {
  it('finds a named disaster, discussed by the call and involving the state that commemorates it', () => {
    const { events, rels } = facts(
      `${call}President Castillo recalled that Peru today remembers the victims of the Yungay disaster of 1970.\n`,
    );
    expect(events.some((n) => /^Yungay disaster/.test(n))).toBe(true);
    const disaster = events.find((n) => /^Yungay disaster/.test(n))!;
    expect(rels).toContain(`INVOLVES|${disaster}|Peru`);
    expect([...rels].some((r) => r.startsWith('DISCUSSED|') && r.endsWith(`|${disaster}`))).toBe(true);
  });

  it('finds clashes pinned down by a place or nationality', () => {
    const { events } = facts(
      `${call}The two Presidents discussed the armed clashes in Ecuador and how to support dialogue.\n`,
    );
    expect(events.some((n) => /clashes in Ecuador/.test(n))).toBe(true);
  });

  it('finds an incident whose modifier carries digits', () => {
    const { events } = facts(`${call}The Presidents recalled the MH17 crash and called for accountability.\n`);
    expect(events.some((n) => /MH17 crash/.test(n))).toBe(true);
  });

  it('makes no incident of a disaster or clashes nothing pins down', () => {
    const { events } = facts(
      `${call}They agreed to cooperate on disaster relief. They said that clashes must be avoided at all costs.\n`,
    );
    expect(events.filter((n) => /disaster|clashes/i.test(n))).toHaveLength(0);
  });
});

describe('event.incident: a noun between a listed modifier and the head, and an actor told after it', () => {
  it('keeps the noun after a listed modifier in the name ("deadly car bombing")', () => {
    const { events, rels } = facts(
      `${call}President Boric condemned the recent deadly car bombing in Ecuador, an attack on civilians.\n`,
    );
    const bombing = events.find((n) => /bombing/.test(n));
    expect(bombing).toMatch(/^deadly car bombing in Ecuador/);
    expect(rels).toContain(`INVOLVES|${bombing}|Ecuador`);
  });

  it('does not take an unlisted adjective or a verb into the name', () => {
    const { events } = facts(
      `${call}The two Presidents discussed the recent Bolivian border crisis and the general strike in Ecuador.\n`,
    );
    expect(events).not.toContain('recent Bolivian border crisis');
    expect(events.some((n) => /^general strike in Ecuador/.test(n))).toBe(true);
  });

  it('pins an incident down by the state told as carrying it out', () => {
    const { events, rels } = facts(
      `${call}The Presidents welcomed the mutual release of detained persons carried out by Bolivia and Paraguay on 2 May.\n`,
    );
    const release = events.find((n) => /release/.test(n));
    expect(release).toMatch(/^release of detained persons/);
    expect(rels).toContain(`INVOLVES|${release}|Bolivia`);
    expect(rels).toContain(`INVOLVES|${release}|Paraguay`);
  });

  it('makes no incident of an unpinned phrase whose "by" names no state', () => {
    const { events } = facts(
      `${call}The Presidents welcomed the release of detained persons carried out by the authorities last week.\n`,
    );
    expect(events.filter((n) => /release/.test(n))).toHaveLength(0);
  });
});

describe('event.incident: an intransitive verb of happening between the head and its place', () => {
  it('names "armed clashes erupted along the X border" without the verb, with both states', () => {
    const { events, rels } = facts(
      `${call}The call took place after armed clashes erupted along the Ecuador-Peru border on 1 May 2022.\n`,
    );
    const clashes = events.find((n) => /clashes/.test(n));
    expect(clashes).toMatch(/^armed clashes along the Ecuador-Peru border\b/);
    expect(rels).toContain(`INVOLVES|${clashes}|Ecuador`);
    expect(rels).toContain(`INVOLVES|${clashes}|Peru`);
  });

  it('keeps no verb when no place follows it', () => {
    const { events } = facts(
      `${call}They spoke after the Ecuador-Peru clashes erupted last week, and hoped for calm.\n`,
    );
    expect(events.filter((n) => /erupted/.test(n))).toHaveLength(0);
    expect(events).toContain('Ecuador-Peru clashes');
  });
});

describe('involves.between-described: "the talks … between A and B" told of a meeting named by its place', () => {
  const head =
    'President of Kazakhstan receives President of Azerbaijan\n\nAstana, 3 June 2024 -- President Kassym-Jomart Tokayev of Kazakhstan received President Ilham Aliyev of Azerbaijan in Astana today.\n\n';

  it('involves both sides in the place-named talks a description tells of', () => {
    const { rels } = facts(
      `${head}President Aliyev thanked Kazakhstan for hosting, last month in Almaty, the talks between the delegations of Azerbaijan and Armenia. Foreign Minister Murat Nurtleu of Kazakhstan had opened the Almaty talks.\n`,
    );
    expect(rels).toContain('INVOLVES|Almaty talks|Azerbaijan');
    expect(rels).toContain('INVOLVES|Almaty talks|Armenia');
  });

  it('takes a place after the description, up to another description', () => {
    const { rels } = facts(
      `${head}The Presidents also touched on the meeting held in Baku on 12 May between an Armenian delegation and an Azerbaijani delegation. Kazakhstan welcomed the outcome of the Baku meeting.\n`,
    );
    expect(rels).toContain('INVOLVES|Baku meeting|Armenia');
    expect(rels).toContain('INVOLVES|Baku meeting|Azerbaijan');
  });

  it('does not read a place of another clause or another description as the meeting’s', () => {
    const { rels } = facts(
      `${head}The Presidents discussed the meeting between Armenia and Georgia; another will follow in Baku. The Presidents also touched on the meeting hosted by Georgia in Tbilisi. Both sides welcomed the Baku meeting and the Tbilisi meeting.\n`,
    );
    expect(rels).not.toContain('INVOLVES|Baku meeting|Georgia');
    expect(rels).not.toContain('INVOLVES|Tokayev-Aliyev meeting in Astana|Georgia');
  });
});

describe('discussed.told-event: an event named in the paragraph of a meeting told beside the main one', () => {
  const head =
    'Chancellor speaks with the President of Finland\n\nFederal Chancellor Olaf Scholz held a telephone conversation with President Sauli Niinistö of Finland today. The two discussed the war in Ukraine.\n\n';

  it('makes the event that paragraph names the told meeting’s subject', () => {
    const { of } = facts(
      `${head}Chancellor Scholz also spoke on the telephone with the Prime Minister of Estonia, Kaja Kallas. Their conversation was devoted to the crisis in Moldova, which remains of concern.\n`,
    );
    const told = of('DISCUSSED').filter((r) => r.endsWith('|crisis in Moldova') && !r.includes('Niinistö'));
    expect(told.some((r) => /Kallas/.test(r))).toBe(true);
  });

  it('leaves an event of the main paragraph to the main event only', () => {
    const { of } = facts(
      `${head}Chancellor Scholz also spoke on the telephone with the Prime Minister of Estonia, Kaja Kallas.\n`,
    );
    const onWar = of('DISCUSSED').filter((r) => r.endsWith('|war in Ukraine'));
    expect(onWar.filter((r) => /Kallas/.test(r))).toHaveLength(0);
    expect(onWar.length).toBeGreaterThan(0);
  });
});

describe('discussed.told-event: a meeting told by its guest’s title is told beside the main one', () => {
  it('makes what the paragraph of "received Secretary of State X" names that meeting’s subject', () => {
    const { of, events } = facts(
      'King of Jordan receives President of Ukraine\n\nAmman, 2 March 2025 -- King Abdullah II of Jordan received President Volodymyr Zelenskyy of Ukraine in Amman today. They discussed the war in Ukraine.\n\nEarlier in the day, His Majesty the King received Secretary of State Blinken at the palace. They discussed relations with the United States and the war in Ukraine.\n',
    );
    const told = events.find((n) => /Blinken/.test(n));
    expect(told).toBeDefined();
    expect(of('DISCUSSED', told)).toContain(`DISCUSSED|${told}|war in Ukraine`);
  });
});

describe('involves.combining-form: a meeting named by a combining form of its states', () => {
  const head =
    'Japan-Australia Summit Telephone Talk\n\nOn 2 May 2018, Prime Minister Shinzo Abe of Japan held a telephone talk with Prime Minister Malcolm Turnbull of Australia.\n\n';

  it('involves both Koreas in the Inter-Korean Summit the readout names them with', () => {
    const { rels } = facts(
      `${head}The two leaders welcomed the Inter-Korean Summit of April 27 and agreed that North Korea must give up its missiles. They also discussed relations with South Korea.\n`,
    );
    expect(rels).toContain('INVOLVES|Inter-Korean Summit|North Korea');
    expect(rels).toContain('INVOLVES|Inter-Korean Summit|South Korea');
  });

  it('adds no state the readout does not name, and nothing for a plain Korean meeting', () => {
    const { rels } = facts(
      `${head}The two leaders welcomed the Inter-Korean Summit of April 27. They also recalled the Korean Peninsula Energy Summit.\n`,
    );
    expect([...rels].filter((r) => r.startsWith('INVOLVES|') && /North Korea$/.test(r))).toHaveLength(0);
    expect([...rels].filter((r) => r.startsWith('INVOLVES|Korean Peninsula'))).toHaveLength(0);
  });
});

describe('discussed.not-concurrent-visit: a visit told only in the sentence of the readout’s meeting', () => {
  const meet =
    'Minister Joly meets Minister Wong\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today met in Tokyo with Penny Wong, Minister for Foreign Affairs of Australia, who is also in Japan on an official visit. The meeting took place during Minister Joly’s visit to Japan.';

  it('is the meeting’s setting, not its subject', () => {
    const { of, events } = facts(`${meet} The ministers discussed the Indo-Pacific.\n`);
    const visit = events.find((n) => /Wong.*visit/i.test(n));
    expect(visit).toBeDefined();
    expect(of('DISCUSSED').filter((r) => r.endsWith(`|${visit}`))).toHaveLength(0);
  });

  it('leaves a visit the ministers spoke of in another sentence a subject', () => {
    const { of, events } = facts(
      `${meet} The ministers discussed the Indo-Pacific. Minister Joly welcomed Prime Minister Albanese's planned visit to Canada.\n`,
    );
    const planned = events.find((n) => /visit to Canada/i.test(n));
    expect(planned).toBeDefined();
    expect(of('DISCUSSED').some((r) => r.endsWith(`|${planned}`))).toBe(true);
  });
});

describe('discussed.meeting-with: an earlier meeting referred to by its other participant', () => {
  const head =
    'President Ramaphosa meets President Lula in Brasília\n\nPresident Cyril Ramaphosa of South Africa held a bilateral meeting with President Luiz Inácio Lula da Silva of Brazil in Brasília on 3 June 2024. The visit came a day after President Ramaphosa was received in Santiago by President of Chile Gabriel Boric.\n\n';

  it('makes the meeting a subject when the talks go over it ("informed … of his meeting with X")', () => {
    const { of, events } = facts(
      `${head}Opening the talks, President Ramaphosa informed his counterpart of his meeting with President Boric.\n`,
    );
    const earlier = events.find((n) => /Boric/.test(n));
    expect(earlier).toBeDefined();
    expect(of('DISCUSSED').some((r) => r.endsWith(`|${earlier}`))).toBe(true);
  });

  it('leaves it background when no sentence goes over it, or names a call instead', () => {
    const { of, events } = facts(
      `${head}Opening the talks, President Ramaphosa informed his counterpart of his call with President Boric.\n`,
    );
    const earlier = events.find((n) => /Boric/.test(n));
    expect(earlier).toBeDefined();
    expect(of('DISCUSSED').some((r) => r.endsWith(`|${earlier}`))).toBe(false);
  });
});

describe('discussed.not-side: a side of another meeting held "between" two sides is no topic there', () => {
  const head =
    'President of Kazakhstan receives President of Azerbaijan\n\nAstana, 3 June 2024 -- President Kassym-Jomart Tokayev of Kazakhstan received President Ilham Aliyev of Azerbaijan in Astana today.\n\n';

  it('leaves the sides of the Baku meeting to that meeting', () => {
    const { rels } = facts(
      `${head}The Presidents also touched on the meeting held in Baku on 12 May between an Armenian delegation and a Georgian delegation. Kazakhstan welcomed the outcome of the Baku meeting.\n`,
    );
    expect(rels).toContain('INVOLVES|Baku meeting|Georgia');
    expect([...rels].filter((r) => r.startsWith('DISCUSSED|') && r.endsWith('|Georgia'))).toHaveLength(0);
  });

  it('keeps a state the talks went over in a sentence of its own', () => {
    const { rels } = facts(
      `${head}The Presidents also touched on the meeting held in Baku on 12 May between an Armenian delegation and a Georgian delegation. Kazakhstan welcomed the outcome of the Baku meeting. The Presidents discussed cooperation with Georgia.\n`,
    );
    expect([...rels].filter((r) => r.startsWith('DISCUSSED|') && r.endsWith('|Georgia')).length).toBeGreaterThan(0);
  });
});

describe('discussed.not-own-record: what a relative clause on the issuing state says it has done', () => {
  const head =
    'Press Release Regarding the Talks between Armenia and Azerbaijan Held in Oslo\n\n12 May 2024\n\nForeign Minister Ararat Mirzoyan of Armenia and Foreign Minister Jeyhun Bayramov of Azerbaijan held talks in Oslo today, hosted by Foreign Minister Espen Barth Eide of Norway.\n\n';
  const record =
    'Norway, which hosted the Oslo Accords negotiations in 1993 and facilitated the Colombian peace process together with the United Nations, will continue to support dialogue.';

  it('is the issuer’s record, not a subject of the talks', () => {
    const { of } = facts(
      `${head}The ministers discussed the peace treaty.\n\n${record}\n`,
      'Norwegian Ministry of Foreign Affairs',
    );
    const disc = of('DISCUSSED');
    expect(disc.filter((r) => /\|United Nations$|\|Colombian peace process$/.test(r))).toHaveLength(0);
  });

  it('keeps what the talks themselves went over, even in a clause on another state', () => {
    const { of } = facts(
      `${head}The ministers discussed the Colombian peace process and the role of the United Nations.\n\n${record}\n`,
      'Norwegian Ministry of Foreign Affairs',
    );
    const disc = of('DISCUSSED');
    expect(disc.some((r) => r.endsWith('|United Nations'))).toBe(true);
  });
});

describe('involves.not-stance: a state as the subject of a stance verb speaks about an incident', () => {
  it('does not involve "China" in "China hopes to see …" said on the crisis', () => {
    const { rels } = facts(
      `${call}On the Bolivian crisis, President Castillo said that Chile hopes to see talks resume and supports efforts to that end.\n`,
    );
    expect(rels).toContain('INVOLVES|Bolivian crisis|Bolivia');
    expect(rels).not.toContain('INVOLVES|Bolivian crisis|Chile');
  });

  it('still involves a state the incident harmed in the same sentence', () => {
    const { rels } = facts(
      `${call}On the Bolivian crisis, which has displaced thousands of Chilean citizens, the Presidents agreed to stay in contact.\n`,
    );
    expect(rels).toContain('INVOLVES|Bolivian crisis|Chile');
  });
});

describe('involves.both-sides: the two sides of a readout where one side is a body', () => {
  const text =
    'Signing of the Comprehensive Agreement on the Bangsamoro between the Government of the Philippines and the MILF\n\nKuala Lumpur, 27 March 2014\n\nThe Malaysia-facilitated peace talks between the Government of the Republic of the Philippines and the Moro Islamic Liberation Front (MILF), which opened in Kuala Lumpur on 20 March 2014, concluded today with the signing of the Comprehensive Agreement on the Bangsamoro.\n\nThe talks were facilitated by a panel led by Ali Alatas, former Minister for Foreign Affairs of Indonesia.\n\nThe delegation of the Government of the Philippines was led by Miriam Coronel-Ferrer, who signed the agreement on behalf of the Government. The MILF delegation was led by Mohagher Iqbal, who signed on behalf of the MILF.\n\nThe Panel will convene a meeting of the senior commanders of the two sides in the coming days to agree the modalities of decommissioning.\n';

  it('involves the state and the body in a meeting "of the two sides", not the facilitator’s state', () => {
    const { of } = facts(text);
    const inv = of('INVOLVES', 'meeting of the senior commanders');
    expect(inv).toContain('INVOLVES|meeting of the senior commanders|Philippines');
    expect(inv).toContain('INVOLVES|meeting of the senior commanders|Moro Islamic Liberation Front');
    expect(inv.filter((r) => r.endsWith('|Indonesia'))).toHaveLength(0);
  });
});
