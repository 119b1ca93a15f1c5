// Unit tests of the event rules on made-up sentences (invented people and places; real state names only where the
// gazetteer must know them). Each construction has a positive case and a negative one.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string) {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }, true);
  const events = out.entities.filter((e) => e.type === 'Event');
  const agreements = out.entities.filter((e) => e.type === 'Agreement');
  const event = (n: string) => events.find((e) => e.name === n);
  return { out, rels, events, agreements, event };
}

describe('event.main-told: a headline that says who met whom is no name', () => {
  const { events, event, rels } = facts(
    'Minister Kovac meets Minister Horak\n\nVIENNA, 3 May 2024 - Foreign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland.\n\nThe two ministers reviewed trade.',
  );
  const main = 'Kovac-Horak talks in Vienna';

  it('names the meeting after the two, placed by the dateline, and keeps the headline as a form only', () => {
    expect(event(main)?.aliases).toContain('Minister Kovac meets Minister Horak');
    expect(events.map((e) => e.name)).not.toContain('Minister Kovac meets Minister Horak');
    expect(rels).toContain(`PARTICIPATED_IN|Anna Kovac|${main}`);
    expect(rels).toContain(`PARTICIPATED_IN|Pavel Horak|${main}`);
  });

  it('dates a call instead of placing it', () => {
    const call = facts(
      'President Ilse Berger speaks with President Karl Novak\n\nOttawa, Ontario\n\nPresident Ilse Berger of Austria spoke by telephone with President Karl Novak of Slovakia today.',
    );
    expect(call.events.map((e) => e.name)).toContain('Berger-Novak call of 3 May 2024');
  });

  it('takes a meeting verb of the opening when the headline has none ("X met Y in City")', () => {
    const met = facts(
      'President Berger met President Novak in Graz\n\nPresident Ilse Berger of Austria met President Karl Novak of Slovakia in Graz on 3 May.',
    );
    expect(met.events.map((e) => e.name)).toContain('Berger-Novak meeting in Graz');
  });

  it('keeps a headline that names the meeting itself', () => {
    const named = facts(
      'Telephone conversation with President Karl Novak of Slovakia\n\nPresident Ilse Berger of Austria had a telephone conversation with President Karl Novak.',
    );
    expect(named.events.map((e) => e.name)).toContain('Telephone conversation with President Karl Novak of Slovakia');
  });
});

describe('event.told-met: a meeting told only by its verb', () => {
  const text =
    'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria met Foreign Minister Pavel Horak of Poland in Vienna today.\n\nEarlier in the day, Minister Kovac met with her Hungarian counterpart, Laszlo Varga. Later, President Ilse Berger received Minister Horak in Salzburg.';
  const { events, rels } = facts(text);

  it('names it after host and guest, with its place, and gives it to them', () => {
    const names = events.map((e) => e.name);
    expect(names).toContain('Kovac-Varga meeting');
    expect(names).toContain('Berger-Horak meeting in Salzburg');
    expect(rels).toContain('PARTICIPATED_IN|Laszlo Varga|Kovac-Varga meeting');
    expect(rels).not.toContain('PARTICIPATED_IN|Laszlo Varga|Kovac-Horak meeting in Vienna');
  });

  it('reads no meeting from a future or a sentence that names the meeting held', () => {
    const neg = facts(
      'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria met Foreign Minister Pavel Horak of Poland in Vienna today.\n\nMinister Horak was received by President Ilse Berger. Minister Kovac will meet President Karl Novak next week. On 2 May, Minister Kovac met Minister Jan Lisko, in the first Austria-Slovakia Ministerial Meeting.',
    );
    const names = neg.events.map((e) => e.name);
    // (ev13) "Minister Horak was received by President Ilse Berger" after the opening is a meeting of its own
    // (event.told-any-clause, GUIDE: a meeting held during a visit); the future and the named meeting stay none.
    expect(names.filter((n) => /Novak|Lisko/.test(n))).toEqual([]);
  });
});

describe('event.body-session and sessions: meetings named by kind', () => {
  const { events, rels } = facts(
    'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna.\n\nThe ministers then attended a working dinner and an official welcome ceremony. They prepared the meeting of the Joint Border Commission.',
  );
  const main = 'Kovac-Horak talks in Vienna';

  it('reads working meals and welcome ceremonies as sessions of the meeting', () => {
    expect(rels).toContain(`PART_OF|working dinner|${main}`);
    expect(rels).toContain(`PART_OF|official welcome ceremony|${main}`);
  });

  it('reads "the meeting of the <body>" as an event, without an ordinal before it', () => {
    expect(events.map((e) => e.name)).toContain('meeting of the Joint Border Commission');
    expect(facts('They spoke of a meeting of the minds.').events).toEqual([]);
  });
});

describe('event.named: a gathering named after "on the sidelines of"', () => {
  it('cuts the person and the marker off the name', () => {
    const { events } = facts(
      'President Berger Receives the Prime Minister of Poland on the Sidelines of the Danube Neighbours Summit\n\nPresident Ilse Berger of Austria received Prime Minister Jan Nowak of Poland today.',
    );
    const names = events.map((e) => e.name);
    expect(names).toContain('Danube Neighbours Summit');
    expect(names.some((n) => /Sidelines/.test(n))).toBe(false);
  });
});

describe('events referred to by participle, ordinal, days or place', () => {
  const { events, event } = facts(
    'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna on 3 May.\n\nThe ministers recalled the talks they held in Lisbon and their 12th meeting. They also recalled their calls of 3 and 5 May. They condemned the rockets fired in June at Lviv.',
  );
  const names = events.map((e) => e.name);

  it('event.fired: an attack told by a participle and its time is an incident', () => {
    expect(names).toContain('rockets fired in June');
    expect((event('rockets fired in June') as { kind?: string } | undefined)?.kind).toBe('incident');
  });

  it('event.ordinal, event.of-days, event.held-in', () => {
    expect(names).toContain('12th meeting');
    expect(names).toContain('calls of 3 and 5 May');
    expect(names).toContain('talks in Lisbon');
  });

  it('reads no ordinal meeting in "It was their tenth meeting", nor a place when a list of named meetings follows', () => {
    const neg = facts(
      'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna.\n\nIt was also their tenth meeting. Minister Kovac briefed him on the talks she had held in Graz: the Austria-Slovakia Summit Meeting and the Austria-Hungary Summit Meeting.',
    );
    const n = neg.events.map((e) => e.name);
    expect(n).not.toContain('tenth meeting');
    expect(n).not.toContain('talks in Graz');
    expect(facts('The missiles were old.').events).toEqual([]);
  });
});

describe('agreements by title, by description, and by tense', () => {
  const { agreements, rels } = facts(
    'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna.\n\nThe two sides agreed to sign the Agreement on Cooperation in the Field of Inland Navigation between Austria and Poland in May. They welcomed the package of measures. They agreed to make arrangements for a visit.',
  );
  const title = 'Agreement on Cooperation in the Field of Inland Navigation between Austria and Poland';
  const names = agreements.map((a) => a.name);

  it('reads a long formal title that opens with its head, with its parties', () => {
    expect(names).toContain(title);
    expect(rels).toContain(`PARTY_TO|Austria|${title}`);
    expect(rels).toContain(`PARTY_TO|Poland|${title}`);
  });

  it('keeps an agreement to be signed proposed, reached at nothing', () => {
    expect((agreements.find((a) => a.name === title) as { status?: string } | undefined)?.status).toBe('proposed');
    expect([...rels].filter((r) => r.startsWith(`REACHED_AT|${title}|`))).toEqual([]);
  });

  it('reads "a package of measures" as an agreement, but no verb phrase ("make arrangements")', () => {
    expect(names).toContain('package of measures');
    expect(names.some((n) => /arrangements/.test(n))).toBe(false);
  });
});

describe('participation: attendance lists and planned meetings', () => {
  it('gives the meeting to those "also present"', () => {
    const { rels } = facts(
      'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna.\n\nAlso present were Ambassador Eva Bauer and State Secretary Karl Weiss.',
    );
    expect(rels).toContain('PARTICIPATED_IN|Eva Bauer|Kovac-Horak talks in Vienna');
    expect(rels).toContain('PARTICIPATED_IN|Karl Weiss|Kovac-Horak talks in Vienna');
  });

  it('gives nobody a meeting still to come', () => {
    const { rels, events } = facts(
      'Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna.\n\nMinister Kovac and Minister Horak will attend the planned Danube Summit in Linz.',
    );
    expect(events.map((e) => e.name)).toContain('Danube Summit');
    expect([...rels].filter((r) => r.startsWith('PARTICIPATED_IN|') && r.endsWith('|Danube Summit'))).toEqual([]);
  });
});

describe('lexicons: one incident-noun list read by every rule', () => {
  it('makes every incident noun an incident kind and an incident for the relation rules', async () => {
    const { INCIDENT_NOUNS } = await import('./lexicons.ts');
    const { kindOf } = await import('./main-event.ts');
    const { INCIDENT_NAME } = await import('./rel-kit.ts');
    for (const n of INCIDENT_NOUNS) {
      expect(kindOf(`Syldavian ${n} in Klow`)).toBe('incident');
      expect(INCIDENT_NAME.test(`the ${n} in Klow`)).toBe(true);
    }
    expect(INCIDENT_NAME.test('the summit in Klow')).toBe(false);
  });
});

describe('DISCUSSED precision: the enclosing visit and the host are no topics', () => {
  const { rels } = facts(
    "Minister Kovac meets Minister Horak\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Rome.\n\nThe meeting took place during Minister Kovac's visit to Italy. The ministers discussed the conference on Ukraine hosted by Switzerland and the situation in Georgia.",
  );
  const main = 'Kovac-Horak talks in Rome';

  it('part-of.during-visit: "the meeting took place during X\'s visit" makes the meeting a part of the visit', () => {
    expect(rels).toContain(`PART_OF|${main}|Minister Kovac's visit to Italy`);
    expect(rels).not.toContain(`DISCUSSED|${main}|Minister Kovac's visit to Italy`);
  });

  it('discussed.topic: the state a gathering is "hosted by" is no topic; the place talked about is', () => {
    expect(rels).not.toContain(`DISCUSSED|${main}|Switzerland`);
    expect(rels).toContain(`DISCUSSED|${main}|Georgia`);
  });
});

describe('agreements: clauses and other signed things are not agreements reached', () => {
  it('agreement.compound: a name with its modifiers, not a clause ("X-Y underlined that the agreement")', () => {
    const { agreements } = facts(
      'The two sides welcomed the Austria-Poland trade and investment agreement. Berger-Novak underlined that the agreement mattered.',
    );
    expect(agreements.map((a) => a.name)).toEqual(['Austria-Poland trade and investment agreement']);
  });

  it('reached-at.main-event: "signed his decision to submit the Protocol" reaches no protocol', () => {
    const { rels } = facts(
      'President Berger met President Novak in Graz\n\nPresident Ilse Berger of Austria met President Karl Novak of Slovakia in Graz.\n\nIn connection with the meeting, President Novak signed his decision to submit the Danube Protocol to parliament. The two presidents signed the Graz Declaration.',
    );
    expect([...rels].filter((r) => r.startsWith('REACHED_AT|Danube Protocol|'))).toEqual([]);
    const basis = facts(
      'President Berger met President Novak in Graz\n\nPresident Ilse Berger of Austria met President Karl Novak of Slovakia in Graz.\n\nThe sides reached agreement on the river border, in line with the Danube Framework Decision of 2016.',
    );
    expect([...basis.rels].filter((r) => r.startsWith('REACHED_AT|Danube Framework'))).toEqual([]);
    expect(rels).toContain('REACHED_AT|Graz Declaration|Berger-Novak meeting in Graz');
  });
});

describe('based-on.attached and based-on.in-name: instruments attached to another agreement', () => {
  it('ties an accession protocol "to" a treaty, and an "its" arrangement to the agreement before it', () => {
    const { rels } = facts(
      'Minister Anna Kovac of Austria signed the Accession Protocol to the Danube Shipping Treaty. The ministers welcomed the Rail Cooperation Agreement and its Implementing Arrangement.',
    );
    expect(rels).toContain('BASED_ON|Accession Protocol|Danube Shipping Treaty');
    expect(rels).toContain('BASED_ON|Implementing Arrangement|Rail Cooperation Agreement');
  });

  it('adds the base named inside the instrument and ties the two', () => {
    const { rels, agreements } = facts(
      'The leaders agreed to carry out the Implementation Plan of the Alpine Recovery Framework without delay.',
    );
    expect(agreements.map((a) => a.name)).toContain('Alpine Recovery Framework');
    expect(rels).toContain('BASED_ON|Implementation Plan of the Alpine Recovery Framework|Alpine Recovery Framework');
  });

  it('does not tie two agreements merely listed together', () => {
    const { rels } = facts(
      'The ministers welcomed the Rail Cooperation Agreement and the Danube Shipping Treaty signed in Graz.',
    );
    expect([...rels].filter((r) => r.startsWith('BASED_ON'))).toEqual([]);
  });
});

describe('agreement.on-event and reached-at.named-event: a statement named after a meeting', () => {
  it('splits the statement from the meeting it is on and reaches it there', () => {
    const { rels, events, agreements } = facts(
      'Minister Anna Kovac of Austria and Minister Pavel Horak of Poland met in Graz on 2 May. Today the two governments released the Joint Statement on Austria-Poland Energy Meeting in Graz.',
    );
    const statement = agreements.find((a) => a.name.startsWith('Joint Statement on Austria-Poland Energy Meeting'));
    const meeting = events.find((e) => e.name.startsWith('Austria-Poland Energy Meeting'));
    expect(statement).toBeDefined();
    expect(meeting).toBeDefined();
    expect(rels).toContain(`REACHED_AT|${statement!.name}|${meeting!.name}`);
  });

  it('leaves a meeting named without a statement an event only', () => {
    const { agreements, events } = facts('The ministers prepared the Austria-Poland Energy Meeting in Graz.');
    expect(agreements).toEqual([]);
    expect(events.map((e) => e.name).join()).toContain('Austria-Poland Energy Meeting');
  });
});

describe('event.between before event.named: a capitalised talks noun keeps its parties', () => {
  it('names the talks with both parties and the place they were held in', () => {
    const { events } = facts(
      'Statement on the Direct Negotiations between Austria and Slovakia Held in Graz\n\nThe delegations met for three hours.',
    );
    expect(events.map((e) => e.name)).toContain('Direct Negotiations between Austria and Slovakia Held in Graz');
  });

  it('leaves capitalised talks without named parties to event.named', () => {
    const { events } = facts('Statement on the Direct Negotiations\n\nThe delegations of Austria met for three hours.');
    expect(events.map((e) => e.name)).toContain('Direct Negotiations');
  });
});

describe('event.dated and participated.between-people: a call told with its day and its two people', () => {
  const opening =
    'President Berger meets President Novak\n\nVIENNA, 3 May 2024 - President Ilse Berger of Austria met President Karl Novak of Slovakia in Vienna.\n\nThe two presidents reviewed trade and energy.\n\n';

  it('names the call by its day and gives it the two people', () => {
    const { rels, events } = facts(
      `${opening}The talks followed the telephone conversation on 28 April between Foreign Minister Anna Kovac of Austria and Foreign Minister Pavel Horak of Slovakia.`,
    );
    expect(events.map((e) => e.name)).toContain('telephone conversation of 28 April 2024');
    expect(rels).toContain('PARTICIPATED_IN|Anna Kovac|telephone conversation of 28 April 2024');
    expect(rels).toContain('PARTICIPATED_IN|Pavel Horak|telephone conversation of 28 April 2024');
  });

  it('gives no participants to a call still to come', () => {
    const { rels } = facts(
      `${opening}They agreed that a telephone call between Foreign Minister Anna Kovac of Austria and Foreign Minister Pavel Horak of Slovakia will follow next week.`,
    );
    expect([...rels].filter((r) => r.startsWith('PARTICIPATED_IN|Anna Kovac'))).toEqual([]);
  });
});

describe('negotiates.responsible: thanked for their work on the negotiations, and whose terms they settled', () => {
  it('gives the agreement to the thanked, not the thanker', () => {
    const { rels } = facts(
      'VIENNA, 3 May 2024 - Austria and Slovakia signed the Danube Shipping Agreement.\n\nPresident Ilse Berger thanked Minister Anna Kovac and Minister Pavel Horak for their work in bringing the negotiations to a close.',
    );
    expect(rels).toContain('NEGOTIATES|Anna Kovac|Danube Shipping Agreement');
    expect(rels).toContain('NEGOTIATES|Pavel Horak|Danube Shipping Agreement');
    expect(rels).not.toContain('NEGOTIATES|Ilse Berger|Danube Shipping Agreement');
  });

  it('gives the statement whose terms they settled to the people who settled them', () => {
    const { rels } = facts(
      'VIENNA, 3 May 2024 - The two governments released the Danube Shipping Agreement, whose terms Minister Anna Kovac and Minister Pavel Horak settled in Graz.',
    );
    expect(rels).toContain('NEGOTIATES|Anna Kovac|Danube Shipping Agreement');
  });

  it('does not make negotiators of people thanked for something else', () => {
    const { rels } = facts(
      'VIENNA, 3 May 2024 - Austria and Slovakia signed the Danube Shipping Agreement.\n\nPresident Ilse Berger thanked Minister Anna Kovac for her work on the flood relief.',
    );
    expect([...rels].filter((r) => r.startsWith('NEGOTIATES|'))).toEqual([]);
  });
});

describe('agreement.adopted-initiative: an initiative facilitated, or something established under it', () => {
  it('finds an initiative the text says was facilitated, or that a route was established under', () => {
    const { agreements } = facts('Austria facilitated the Danube Grain Initiative together with the United Nations.');
    expect(agreements.map((a) => a.name)).toContain('Danube Grain Initiative');
    const under = facts('They urged the parties to keep open the route established under the Alpine Grain Initiative.');
    expect(under.agreements.map((a) => a.name)).toContain('Alpine Grain Initiative');
  });

  it('finds none in an initiative merely named, nor in "at the initiative of"', () => {
    expect(facts('The ministers spoke of the Danube Grain Initiative.').agreements).toEqual([]);
    expect(facts('The meeting took place at the initiative of Austria.').agreements).toEqual([]);
  });
});

describe('part-of.opening-visit: the readout meeting told with a visit under way', () => {
  const title = 'President Berger meets President Novak\n\n';
  it('makes the meeting part of the visit the opening tells', () => {
    const { rels, events } = facts(
      `${title}GRAZ, 3 May 2024 - President Ilse Berger of Austria met President Karl Novak of Slovakia in Graz.\n\nPresident Novak's visit to Austria is his first since taking office.`,
    );
    const visit = events.find((e) => /visit/i.test(e.name));
    expect(visit).toBeDefined();
    expect([...rels].some((r) => r.startsWith('PART_OF|') && r.endsWith(`|${visit!.name}`))).toBe(true);
  });

  it('leaves out an earlier visit the opening recalls', () => {
    const { rels } = facts(
      `${title}GRAZ, 3 May 2024 - President Ilse Berger of Austria met President Karl Novak of Slovakia in Graz.\n\nThey recalled the last visit to Austria of the Slovak president.`,
    );
    expect([...rels].filter((r) => r.startsWith('PART_OF|'))).toEqual([]);
  });
});
