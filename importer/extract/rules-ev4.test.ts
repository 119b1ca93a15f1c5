// Unit tests of the ev4 event and participation rules (issue 6, items 6 and 9): made-up sentences about invented
// people and real states, each rule with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string) {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }, true);
  const events = out.entities.filter((e) => e.type === 'Event');
  const to = (type: string, what: string) =>
    [...rels]
      .filter((r) => r.startsWith(`${type}|`) && r.endsWith(`|${what}`))
      .map((r) => r.split('|')[1])
      .sort();
  const ruleOf = (r: unknown) => (r as { rule?: string }).rule ?? '';
  const rules = new Set(out.relations.map(ruleOf));
  return { out, rels, events, names: events.map((e) => e.name), to, rules };
}

describe('participated.delegation and participated.attended: chairs, facilitators and who also took part', () => {
  const opening =
    'Joint press release\n3 May 2024\n\nThe Government of Colombia and the rebel movement today ended their first round of formal peace talks in Geneva. ' +
    'Minister Ana Ruiz headed the government delegation on behalf of President Tomas Vidal.';

  it('reads the panel chairs, the gapped "and the other panel by", who also took part and who facilitated', () => {
    const { to } = facts(
      opening +
        ' The government panel was chaired by Mr Luis Mora, and the rebel panel by Pablo Cano. ' +
        'Ms Ines Lara, the movement’s adviser, also took part. ' +
        'Switzerland’s Special Envoy, Ambassador Marta Keller, facilitated the talks.',
    );
    const round = to('PARTICIPATED_IN', 'first round of formal peace talks in Geneva');
    for (const who of ['Luis Mora', 'Pablo Cano', 'Ines Lara', 'Marta Keller']) expect(round).toContain(who);
  });

  it("does not read a chair or a participant of another named event as the main event's", () => {
    const { to } = facts(
      opening +
        ' The government panel was chaired by Mr Luis Mora. ' +
        'Later in May, Ms Ines Lara took part in the Oslo Forum, which was moderated by Pablo Cano.',
    );
    const round = to('PARTICIPATED_IN', 'first round of formal peace talks in Geneva');
    expect(round).toContain('Luis Mora');
    expect(round).not.toContain('Ines Lara');
    expect(round).not.toContain('Pablo Cano');
  });
});

describe('participated.delegation: "…, and included A and B" continues a delegation led by someone', () => {
  const opening =
    'Joint press release\n3 May 2024\n\nDelegations of Chile and Peru held the second round of border talks in Lima today. ';

  it('gives the talks the delegation head and every member the delegation included', () => {
    const { to } = facts(
      opening +
        'The Chilean delegation was headed by Vice-Minister Ana Soto, and included Deputy Minister of Defence Luis Mora and Ambassador Pablo Cano.',
    );
    expect(to('PARTICIPATED_IN', 'second round of border talks in Lima')).toEqual([
      'Ana Soto',
      'Luis Mora',
      'Pablo Cano',
    ]);
  });

  it('does not read "and included" in a sentence that leads nobody', () => {
    const { to } = facts(
      opening + 'The agenda was drafted in March, and included proposals named after Admiral Luis Mora.',
    );
    expect(to('PARTICIPATED_IN', 'second round of border talks in Lima')).not.toContain('Luis Mora');
  });
});

describe('participated.accompanied and participated.welcomed-on-arrival: the company of a trip', () => {
  const visit =
    'Press release\n3 May 2024\n\nPresident Ana Soto of Chile today made an official visit to the Kingdom of Spain. ';

  it('gives the trip the minister who accompanied the visitor and the host who welcomed her at the airport', () => {
    const { to, rules } = facts(
      visit +
        'On her arrival, the President was welcomed at the airport by the Prime Minister of Spain, Luis Ortega. ' +
        'She held talks with King Felipe Roca on trade. Minister of Foreign Affairs Marta Diaz accompanied the President.',
    );
    const trip = to('PARTICIPATED_IN', 'official visit to the Kingdom of Spain');
    expect(trip).toContain('Marta Diaz');
    expect(trip).toContain('Luis Ortega');
    expect(rules.has('participated.accompanied') && rules.has('participated.welcomed-on-arrival')).toBe(true);
  });

  it('leaves a companion of another named event, and a readout that is no trip, alone', () => {
    const other = facts(
      visit + 'Minister Marta Diaz accompanied the President to the Madrid Climate Forum, where she spoke.',
    );
    expect(other.to('PARTICIPATED_IN', 'official visit to the Kingdom of Spain')).not.toContain('Marta Diaz');
    const call = facts(
      'Press release\n3 May 2024\n\nPresident Ana Soto of Chile held a telephone conversation with King Felipe Roca of Spain. ' +
        'Minister Marta Diaz accompanied the President.',
    );
    expect(call.rules.has('participated.accompanied')).toBe(false);
  });
});

describe('event.frame-body: a body named as the frame of a meeting is its gathering', () => {
  const open =
    'Press release\n3 May 2024\n\nPresident Ana Soto of Chile met President Karl Berg of Austria in Santiago. They discussed trade. ';

  it('reads "on the sidelines of the United Nations General Assembly" as an event, with the earlier meeting part of it', () => {
    const { rels, events, out } = facts(
      open +
        'The two Presidents had previously met in New York on 20 September 2023, on the sidelines of the United Nations General Assembly.',
    );
    const unga = events.find((e) => e.name === 'United Nations General Assembly');
    expect(unga).toBeDefined();
    expect(out.entities.some((e) => e.type === 'Organization' && e.name === 'United Nations General Assembly')).toBe(
      false,
    );
    expect(rels).toContain(
      'PART_OF|Soto-Berg meeting in New York on 20 September 2023|United Nations General Assembly',
    );
    expect(rels).toContain('PARTICIPATED_IN|Ana Soto|United Nations General Assembly');
  });

  it('keeps the body an organisation where it acts', () => {
    const { events, out } = facts(open + 'They welcomed the resolution the United Nations General Assembly adopted.');
    expect(events.some((e) => e.name === 'United Nations General Assembly')).toBe(false);
    expect(out.entities.some((e) => e.type === 'Organization' && e.name === 'United Nations General Assembly')).toBe(
      true,
    );
  });
});

describe('event.received-pronoun and part-of.received-in-visit: a meeting told only by "who received him"', () => {
  it('makes the host and the visitor meet in the city named, within the visit', () => {
    const { names, rels } = facts(
      'Press release\n3 May 2024\n\nThe Prime Minister of Spain, Luis Ortega, today made an official visit to the Kingdom of Jordan at the invitation of King Hassan II, who received him at the Royal Palace in Amman. They discussed trade.',
    );
    expect(names).toContain('Ortega-Hassan II meeting in Amman');
    expect(rels).toContain('PART_OF|Ortega-Hassan II meeting in Amman|official visit to the Kingdom of Jordan');
    expect(rels).toContain('PARTICIPATED_IN|Hassan II|Ortega-Hassan II meeting in Amman');
    expect(rels).toContain('PARTICIPATED_IN|Luis Ortega|Ortega-Hassan II meeting in Amman');
  });

  it('makes no meeting without a city, nor outside a visit', () => {
    const noCity = facts(
      'Press release\n3 May 2024\n\nThe Prime Minister of Spain, Luis Ortega, today made an official visit to the Kingdom of Jordan at the invitation of King Hassan II, who received him warmly. They discussed trade.',
    );
    expect(noCity.names.some((n) => /meeting/.test(n))).toBe(false);
    const call = facts(
      'Press release\n3 May 2024\n\nThe Prime Minister of Spain, Luis Ortega, held a telephone conversation with King Hassan II of Jordan, who received him in Amman last year.',
    );
    expect(call.names.some((n) => /meeting in Amman/.test(n))).toBe(false);
  });
});

describe('event.place-named.same: a gathering under two descriptions is one event', () => {
  const open =
    'Press release\n3 May 2024\n\nPresident Ana Soto of Chile, who is in Lima for the APEC Summit, met President Karl Berg of Austria. ';

  it('reads "the Lima meeting" as the gathering placed in Lima', () => {
    const { names, rels } = facts(
      open + 'Chancellor Eva Roth of Germany, who also attends the Lima meeting, joined them.',
    );
    expect(names).not.toContain('Lima meeting');
    expect(rels).toContain('PARTICIPATED_IN|Eva Roth|APEC Summit');
  });

  it('keeps a place-named meeting of another place, or of a place with two gatherings, apart', () => {
    expect(facts(open + 'They recalled the Quito meeting.').names).toContain('Quito meeting');
    const two = facts(
      open + 'She is also in Lima for the Pacific Forum. Chancellor Eva Roth of Germany attends the Lima meeting.',
    );
    expect(two.names).toContain('Lima meeting');
  });
});

describe('event.pair-again (noun) and participated.pair-again: "their last meeting took place in …"', () => {
  const open =
    'Press release\n3 May 2024\n\nForeign Minister Ana Soto of Chile held talks with Foreign Minister Karl Berg of Austria in Vienna today. They discussed trade. ';

  it("adds the pair's earlier meeting in its place, with the two in it and part of the gathering it was held at", () => {
    const { names, rels } = facts(
      open +
        "The ministers' last formal meeting took place in November 2019 in Nagoya, on the margins of the G20 Foreign Ministers' Meeting.",
    );
    const nagoya = names.find((n) => /^Soto-Berg meeting in Nagoya/.test(n));
    expect(nagoya).toBeDefined();
    expect(rels).toContain(`PARTICIPATED_IN|Ana Soto|${nagoya}`);
    expect(rels).toContain(`PARTICIPATED_IN|Karl Berg|${nagoya}`);
    expect(rels).toContain(`PART_OF|${nagoya}|G20 Foreign Ministers' Meeting`);
  });

  it('reads no earlier meeting from a noun with no marker of the past, nor from a meeting to come', () => {
    expect(facts(open + 'The meeting took place in Vienna.').names.some((n) => /^Soto-Berg meeting/.test(n))).toBe(
      false,
    );
    expect(
      facts(open + 'Their next meeting will take place in Lima.').names.some((n) =>
        /^Soto-Berg meeting in Lima/.test(n),
      ),
    ).toBe(false);
  });
});

describe('event.incident: pandemics, disasters and clashes; event.incident.not-time-mark; event.incident.happened', () => {
  const open =
    'Press release\n3 May 2024\n\nForeign Minister Ana Soto of Chile held talks with Foreign Minister Karl Berg of Austria in Vienna today. ';

  it('reads a pandemic named with a code, a disaster named by its place and clashes told with their verb', () => {
    const { names } = facts(
      open +
        'They discussed the response to the COVID-19 pandemic and recalled the Fukushima disaster of 2011. ' +
        'The talks came after armed clashes erupted along the Peru-Ecuador border on 2 May.',
    );
    expect(names).toContain('COVID-19 pandemic');
    expect(names).toContain('Fukushima disaster of 2011');
    expect(names).toContain('armed clashes along the Peru-Ecuador border on 2 May');
  });

  it('makes no event of a pandemic that only dates something, nor of an unnamed one', () => {
    const { names } = facts(
      open +
        'It was their first meeting in person since the outbreak of the COVID-19 pandemic. They spoke of the pandemic and of clashes.',
    );
    expect(names.some((n) => /pandemic|clashes/.test(n))).toBe(false);
    const began = facts(open + 'It was the first such visit since the COVID-19 pandemic began.');
    expect(began.names.some((n) => /pandemic/.test(n))).toBe(false);
  });
});

describe('event.title-visit and participated.title-visit: "the Prime Minister\'s visit to Europe"', () => {
  it("names the visit after the readout's own current holder of the title, who made it", () => {
    const { names, rels } = facts(
      'Press release\n3 May 2024\n\nPrime Minister Ana Soto of Chile and President Karl Berg of Austria signed a trade agreement in Vienna. ' +
        'Talks had been concluded in 2022 by then Prime Minister Luis Mora. Vienna is the first stop of the Prime Minister’s visit to Europe.',
    );
    expect(names).toContain("Prime Minister Soto's visit to Europe");
    expect(rels).toContain("PARTICIPATED_IN|Ana Soto|Prime Minister Soto's visit to Europe");
  });

  it('keeps the title alone when no one named holds it', () => {
    const { names, rels } = facts(
      'Press release\n3 May 2024\n\nPrime Minister Ana Soto of Chile met Prime Minister Karl Berg of Austria in Vienna. ' +
        'Vienna is the first stop of the President’s visit to Europe.',
    );
    expect(names).toContain('President’s visit to Europe');
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|') && r.endsWith('|President’s visit to Europe'))).toBe(
      false,
    );
  });
});

describe('participated.between-people: "a meeting in <City> between then Prime Minister A and President B"', () => {
  const open =
    'Press release\n3 May 2024\n\nPrime Minister Ana Soto of Chile and President Karl Berg of Austria signed a trade agreement in Vienna today. ';

  it('gives the meeting the former holder after "then" and a name with lowercase particles', () => {
    const { rels } = facts(
      open +
        'Negotiations were concluded on 30 June 2022 at a meeting in Brussels between then Prime Minister Luis Mora and President Eva von der Hofen.',
    );
    expect(rels).toContain('PARTICIPATED_IN|Luis Mora|meeting in Brussels');
    expect(rels).toContain('PARTICIPATED_IN|Eva von der Hofen|meeting in Brussels');
  });

  it('does not reach past a clause to a name after "between … and" that is not a person list', () => {
    const { rels } = facts(
      open + 'Trade grew after a meeting in Brussels between officials, and President Eva von der Hofen welcomed it.',
    );
    expect(rels).not.toContain('PARTICIPATED_IN|Eva von der Hofen|meeting in Brussels');
  });
});

describe('event.called-on-title and participated.called-on-title: "the two Japanese Ministers called on the Prime Minister"', () => {
  const open =
    'Joint press release\n3 May 2024\n\nThe second Chile-Austria Ministerial Dialogue was held in Santiago today. The Austrian delegation was headed by Foreign Minister Karl Berg and Defence Minister Eva Roth. ';

  it("makes a call on the title's one holder, with the plural subject's ministers in it", () => {
    const { names, to } = facts(
      open +
        'Earlier in the day, the two Austrian Ministers called on the President. President Luis Mora welcomed them.',
    );
    expect(names).toContain('call on President Mora');
    expect(to('PARTICIPATED_IN', 'call on President Mora')).toEqual(['Eva Roth', 'Karl Berg', 'Luis Mora']);
  });

  it('makes no call on a title nobody, or two people, in the readout hold', () => {
    expect(facts(open + 'The two Austrian Ministers called on the King.').names.some((n) => /^call on/.test(n))).toBe(
      false,
    );
  });
});

describe('participated.not-their-sides: "the two sides" of a relative clause on another meeting', () => {
  const open =
    'Press release\n3 May 2024\n\nPresident Ana Soto of Chile held talks with President Karl Berg of Austria in Vienna today. ';

  it("does not give the readout's pair a meeting whose own sides the clause names", () => {
    const { rels } = facts(
      open +
        'Foreign Minister Luis Mora also took part in the Lima meeting, at which the two sides discussed fisheries.',
    );
    expect(rels).toContain('PARTICIPATED_IN|Luis Mora|Lima meeting');
    expect(rels).not.toContain('PARTICIPATED_IN|Ana Soto|Lima meeting');
  });

  it('still gives the pair a meeting the two leaders are said to have held', () => {
    const { rels } = facts(open + 'The two leaders also held a joint press conference, at which they took questions.');
    expect(rels).toContain('PARTICIPATED_IN|Ana Soto|joint press conference');
  });
});

describe('event.between-two-titles: "a meeting between the two Presidents"', () => {
  const open =
    'Press release\n3 May 2024\n\nPresident Ana Soto of Chile held a telephone conversation with President Karl Berg of Austria. ';

  it('names the meeting after the two holders of the title, planned when it is proposed, with nobody in it', () => {
    const { events, rels } = facts(open + 'President Soto proposed a meeting between the two Presidents.');
    const e = events.find((x) => x.name === 'meeting between President Soto and President Berg') as
      { status?: string; name: string } | undefined;
    expect(e?.status).toBe('planned');
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|') && r.endsWith(`|${e!.name}`))).toBe(false);
  });

  it('makes none when the readout names one holder of the title', () => {
    const { names } = facts(
      'Press release\n3 May 2024\n\nPresident Ana Soto of Chile held a telephone conversation with Prime Minister Karl Berg of Austria. ' +
        'They proposed a meeting between the two Presidents.',
    );
    expect(names.some((n) => /^meeting between President/.test(n))).toBe(false);
  });
});

describe('event.travel-for-talks and part-of.travel-stop: "He travels next to Stockholm for talks with X"', () => {
  const visit =
    'Press release\n3 May 2024\n\nPrime Minister Ana Soto of Chile today made an official visit to the Kingdom of Spain, where she met King Felipe Roca. ';

  it('makes the talks to come in that city a stop of the visit, with nobody in them yet', () => {
    const { events, rels } = facts(
      visit + 'She travels next to Lisbon for talks with Portuguese Prime Minister Rui Costa.',
    );
    const talks = events.find((e) => e.name === 'talks with Portuguese Prime Minister Rui Costa in Lisbon') as
      { status?: string; name: string } | undefined;
    expect(talks?.status).toBe('planned');
    expect(rels).toContain(`PART_OF|${talks!.name}|official visit to the Kingdom of Spain`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Rui Costa|${talks!.name}`);
  });

  it('reads talks travelled to in the past as held, and no talks without a person to hold them with', () => {
    const held = facts(visit + 'She then travelled to Lisbon for talks with Prime Minister Rui Costa of Portugal.');
    expect(held.events.find((e) => /^talks with .*Rui Costa.* in Lisbon$/.test(e.name))?.status).toBe('held');
    const none = facts(visit + 'She travels next to Lisbon for talks with business leaders.');
    expect(none.names.some((n) => /in Lisbon$/.test(n))).toBe(false);
  });
});

describe('event.signing-in and participated.witnessed: "at a signing in Bali witnessed by A and B"', () => {
  const open =
    'Press release\n3 May 2024\n\nPrime Minister Ana Soto of Chile held talks with President Karl Berg of Austria in Vienna today. ';

  it('names the signing by its place and the month and year told before it, with its witnesses in it', () => {
    const { names, rels } = facts(
      open +
        'The treaty text was first concluded in April 2007 at a signing in Lima witnessed by Prime Minister Luis Mora and President Eva Roth.',
    );
    expect(names).toContain('signing in Lima in April 2007');
    expect(rels).toContain('PARTICIPATED_IN|Luis Mora|signing in Lima in April 2007');
    expect(rels).toContain('PARTICIPATED_IN|Eva Roth|signing in Lima in April 2007');
  });

  it('makes no signing of "signing in" without "at a", and gives no part to people after the witnesses\' clause', () => {
    expect(facts(open + 'They discussed signing in Lima next year.').names.some((n) => /^signing in/.test(n))).toBe(
      false,
    );
    const { rels } = facts(
      open +
        'It was concluded at a signing in Lima witnessed by President Eva Roth; Minister Luis Mora later praised it.',
    );
    expect(rels).not.toContain('PARTICIPATED_IN|Luis Mora|signing in Lima');
  });
});

describe('event.visit-verb.when: "X stated that … when he visited Beijing in 2006"', () => {
  const open =
    'Press release\n3 May 2024\n\nPrime Minister Ana Soto of Chile held talks with President Karl Berg of Austria in Vienna today. ';

  it("reads the past visit of the sentence's opening subject", () => {
    const { names, rels } = facts(
      open +
        'Prime Minister Soto stated that the two sides should return to the plan agreed when she visited Vienna in 2006.',
    );
    expect(names).toContain("Prime Minister Soto's visit to Vienna");
    expect(rels).toContain("PARTICIPATED_IN|Ana Soto|Prime Minister Soto's visit to Vienna");
  });

  it('reads no visit when the sentence opens with no person', () => {
    const { names } = facts(open + 'The plan was agreed when she visited Vienna in 2006.');
    expect(names.some((n) => /visit to Vienna/.test(n))).toBe(false);
  });
});

describe('participated.weekday: "The Monday call" held by the people of "On Monday, …"', () => {
  const open =
    'Press release\n17 May 2024\n\nPresident Ana Soto of Chile spoke again by telephone with President Karl Berg of Austria today. ';

  it('gives the weekday call the people of the sentence that opens with that day', () => {
    const { rels } = facts(
      open +
        'On Monday, in their first conversation, Foreign Minister Luis Mora and Mr Pablo Cano had addressed the border. The Monday call had been coordinated with partners.',
    );
    expect(rels).toContain('PARTICIPATED_IN|Luis Mora|Monday call');
    expect(rels).toContain('PARTICIPATED_IN|Pablo Cano|Monday call');
  });

  it('gives it nobody from a sentence that opens with another day', () => {
    const { rels } = facts(
      open +
        'On Tuesday, Foreign Minister Luis Mora addressed the border. The Monday call had been coordinated with partners.',
    );
    expect(rels).not.toContain('PARTICIPATED_IN|Luis Mora|Monday call');
  });
});

describe('participated.statement-after: the author of a statement given after a meeting took part in it', () => {
  it('gives the meeting the one whose statement the heading says followed it', () => {
    const { rels } = facts(
      'Press Statement of Special Representative Luis Mora after the meeting of the Trilateral Contact Group in Vienna\n3 May 2024\n\nThe Group discussed the ceasefire.',
    );
    expect([...rels].some((r) => /^PARTICIPATED_IN\|Luis Mora\|meeting of the Trilateral Contact Group/.test(r))).toBe(
      true,
    );
  });

  it('gives nothing for a statement ahead of a meeting', () => {
    const { rels } = facts(
      'Press Statement of Special Representative Luis Mora ahead of the meeting of the Trilateral Contact Group in Vienna\n3 May 2024\n\nThe Group will discuss the ceasefire.',
    );
    expect([...rels].some((r) => /^PARTICIPATED_IN\|Luis Mora\|/.test(r))).toBe(false);
  });
});

describe('participated.on-visit-own and part-of.same-day: the stops and visits of a trip', () => {
  const open =
    'Press release\n3 May 2024\n\nForeign Minister Ana Soto of Chile today met in Rome with Foreign Minister Karl Berg of Austria, who is also in Italy on an official visit. ' +
    "The meeting took place during Minister Soto's visit to Italy. ";

  it("keeps the other minister's visit his alone, and puts a same-day meeting in the trip", () => {
    const { rels, names } = facts(
      open + 'Earlier in the day, Minister Soto met with her Italian counterpart, Luis Mora.',
    );
    const visit = names.find((n) => /Berg's official visit to Italy/.test(n));
    expect(visit).toBeDefined();
    expect(rels).toContain(`PARTICIPATED_IN|Karl Berg|${visit}`);
    expect(rels).not.toContain(`PARTICIPATED_IN|Ana Soto|${visit}`);
    expect(rels).toContain("PART_OF|Soto-Mora meeting|Minister Soto's visit to Italy");
  });

  it('does not put a meeting told on another day in the trip', () => {
    const { rels } = facts(open + 'In March, Minister Soto met with her Italian counterpart, Luis Mora.');
    expect([...rels].some((r) => r.startsWith('PART_OF|Soto-Mora meeting|'))).toBe(false);
  });
});

describe('participated.title-ref: a title only one state uses names its holder among two presidents', () => {
  const open =
    'Joint statement\n7 October 2024\n\nPresident Ana Soto of Chile is on a State Visit to India at the invitation of Rashtrapati Smt. Droupadi Murmu. ';

  it('gives the ceremony "the Rashtrapati" the President of India', () => {
    const { rels } = facts(open + 'This morning, President Soto was accorded a ceremonial welcome by the Rashtrapati.');
    expect(rels).toContain('PARTICIPATED_IN|Droupadi Murmu|ceremonial welcome');
  });

  it('gives a bare "the President" among two presidents to nobody', () => {
    const { rels } = facts(open + 'This morning, President Soto was accorded a ceremonial welcome by the President.');
    expect(rels).not.toContain('PARTICIPATED_IN|Droupadi Murmu|ceremonial welcome');
  });
});
