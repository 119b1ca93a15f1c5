// Unit tests of the ev3 event and participation rules (issue 6, item 6 and the PARTICIPATED_IN misses): made-up
// sentences about invented people and real states, each rule with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string) {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt' });
  const events = out.entities.filter((e) => e.type === 'Event');
  const to = (type: string, what: string) =>
    [...rels].filter((r) => r.startsWith(`${type}|`) && r.endsWith(`|${what}`)).map((r) => r.split('|')[1]);
  return { rels, events, names: events.map((e) => e.name), to };
}

describe('event.visit-to: a destination written "the Kingdom of X"', () => {
  it('keeps "of <state>" after a form of state in the visit\'s name', () => {
    const { names } = facts(
      'Prime Minister visits Morocco\n3 May 2024\n\nPrime Minister Ana Soto of Spain today made an official visit to the Kingdom of Morocco, where she met King Omar Idrissi.',
    );
    expect(names).toContain('official visit to the Kingdom of Morocco');
    expect(names).not.toContain('official visit to the Kingdom');
  });

  it('does not run on past a city into "of"', () => {
    const { names } = facts(
      'Minister visits Lisbon\n3 May 2024\n\nForeign Minister Ana Soto of Spain made a visit to Lisbon of two days, where she met Foreign Minister Rui Costa of Portugal.',
    );
    expect(names.some((n) => /Lisbon of/.test(n))).toBe(false);
  });
});

describe('event.recalled-not-planned: a cue of the future inside a trailing relative clause', () => {
  const opening =
    'Ministers meet in Vienna\n3 May 2024\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna. ';

  it('keeps a recalled meeting held, with the two as its participants', () => {
    const { events, to } = facts(
      opening +
        'The two ministers recalled their meeting in Graz in October 2019, at which they had agreed to resume the technical talks.',
    );
    const graz = events.find((e) => /meeting in Graz/.test(e.name));
    expect(graz?.status).toBe('held');
    expect(to('PARTICIPATED_IN', graz!.name).sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
  });

  it('still reads a meeting planned in the main clause as planned, with nobody in it', () => {
    const { events, to } = facts(
      opening +
        'The two ministers will continue the discussion at their meeting in Graz in October, where they expect to sign a plan.',
    );
    const graz = events.find((e) => /meeting in Graz/.test(e.name));
    expect(graz?.status).toBe('planned');
    expect(to('PARTICIPATED_IN', graz!.name)).toEqual([]);
  });
});

describe('participated.joint-session and event.session "joint statements to the press"', () => {
  const opening =
    'Ministers meet in Vienna\n3 May 2024\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna. ';
  const main = 'Kovac-Horak talks in Vienna';

  it('gives a joint press conference told with reported speech to the two, as a part of the talks', () => {
    const { rels, to } = facts(
      opening +
        'At the joint press conference that followed the talks, Minister Kovac said that the parliament would take up the treaty soon.',
    );
    expect(to('PARTICIPATED_IN', 'joint press conference').sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
    expect(rels).toContain(`PART_OF|joint press conference|${main}`);
  });

  it('reads joint statements to the press as a session of the meeting', () => {
    const { rels, to } = facts(opening + 'The meeting ended with joint statements to the press.');
    expect(rels).toContain(`PART_OF|joint statements to the press|${main}`);
    expect(to('PARTICIPATED_IN', 'joint statements to the press').sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
  });

  it('gives nobody a joint press conference still to come', () => {
    const { events, to } = facts(opening + 'The two ministers will hold a joint press conference on Friday.');
    expect(events.find((e) => e.name === 'joint press conference')?.status).toBe('planned');
    expect(to('PARTICIPATED_IN', 'joint press conference')).toEqual([]);
  });
});

describe('event.main-told: the dateline names a held meeting only', () => {
  it("does not take talks still to come in the dateline city for the readout's meeting", () => {
    const { names, to } = facts(
      'Minister receives his guest\n\nGraz, 3 May 2024 -- Foreign Minister Anna Kovac of Austria received Foreign Minister Pavel Horak of Poland in Graz this evening. ' +
        'The two ministers look forward to the Graz talks between their delegations on Tuesday.',
    );
    expect(names).toContain('Kovac-Horak meeting in Graz');
    expect(to('PARTICIPATED_IN', 'Kovac-Horak meeting in Graz').sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
    expect(to('PARTICIPATED_IN', 'Graz talks')).toEqual([]);
  });
});

describe('participated.not-other-meeting', () => {
  const opening =
    'Ministers meet in Vienna\n3 May 2024\n\nForeign Minister Anna Kovac of Austria held talks with Foreign Minister Pavel Horak of Poland in Vienna. ';
  const main = 'Kovac-Horak talks in Vienna';

  it('keeps the people of another meeting the talks touched on out of the talks', () => {
    const { to } = facts(
      opening +
        'The talks also touched on the meeting hosted by Austria in Linz on 18 February between a Czech delegation headed by Foreign Minister Jan Dvorak and a Slovak delegation.',
    );
    expect(to('PARTICIPATED_IN', main)).not.toContain('Jan Dvorak');
    expect(to('PARTICIPATED_IN', main).sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
  });

  it('still gives the talks a person who led a delegation to them', () => {
    const { to } = facts(opening + 'The Czech delegation to the talks was headed by Foreign Minister Jan Dvorak.');
    expect(to('PARTICIPATED_IN', main)).toContain('Jan Dvorak');
  });
});

describe('participants told by "met on <days> in <place>, with", "called on", "the delegation also included"', () => {
  const title = 'Ministers conclude Austria-Poland Trade Meeting in Vienna\n12 May 2024\n\n';
  const meeting = 'Austria-Poland Trade Meeting in Vienna';

  it('gives the titled meeting those who met on its days, with the delegation head and its members', () => {
    const { to } = facts(
      title +
        'Minister of Trade Anna Kovac and Minister of Finance Karl Berger met on 10 and 11 May in Vienna, Austria, with a delegation of Poland headed by Pavel Horak, Deputy Prime Minister. ' +
        'The Polish delegation also included Jan Nowak, Vice Minister of Trade.',
    );
    expect(to('PARTICIPATED_IN', meeting).sort()).toEqual(['Anna Kovac', 'Jan Nowak', 'Karl Berger', 'Pavel Horak']);
  });

  it('does not take a list of what an agreement included for a delegation', () => {
    const { to } = facts(
      title +
        'Minister of Trade Anna Kovac met on 10 May in Vienna, Austria, with a delegation of Poland headed by Pavel Horak, Deputy Prime Minister. ' +
        'The package included a study by Professor Jan Nowak.',
    );
    expect(to('PARTICIPATED_IN', meeting)).not.toContain('Jan Nowak');
  });

  it('gives a courtesy meeting "A and B called on C" to all three', () => {
    const { events, to } = facts(
      title +
        'Minister of Trade Anna Kovac met Pavel Horak, Deputy Prime Minister of Poland. On the eve of the talks, Minister Kovac and Minister of Finance Karl Berger called on Eva Lind, President of the Swiss Confederation.',
    );
    const call = events.find((e) => /Lind/.test(e.name) && e.name !== meeting);
    expect(call).toBeDefined();
    expect(to('PARTICIPATED_IN', call!.name).sort()).toEqual(['Anna Kovac', 'Eva Lind', 'Karl Berger']);
  });
});

describe('participated.signer', () => {
  const opening =
    "Leaders hold retreat\n3 May 2024\n\nPrime Minister Anna Kovac of Austria was hosted by Prime Minister Pavel Horak of Poland in Gdansk for the Austria-Poland Leaders' Retreat. The Leaders witnessed the signing of two agreements.\n\n";

  it('gives the meeting the ministers who signed an agreement at it', () => {
    const { to } = facts(
      opening +
        "a) the Treaty on Rail Transport, signed by Minister for Transport Karl Berger and Poland's Minister of Infrastructure Jan Nowak;\n\nb) an Exchange of Letters, exchanged by Minister Eva Lind and Minister Tomasz Wrona.",
    );
    expect(to('PARTICIPATED_IN', "Austria-Poland Leaders' Retreat").sort()).toEqual(
      ['Anna Kovac', 'Eva Lind', 'Jan Nowak', 'Karl Berger', 'Pavel Horak', 'Tomasz Wrona'].sort(),
    );
  });

  it('does not give it the signatories of an earlier year', () => {
    const { to } = facts(
      opening +
        'The agreements build on the Treaty on Trade, signed by Minister Karl Berger and Minister Jan Nowak in 2015.',
    );
    expect(to('PARTICIPATED_IN', "Austria-Poland Leaders' Retreat")).not.toContain('Karl Berger');
  });
});

describe('event.session-meal: a meal given in honour of a guest', () => {
  const opening =
    'Prime Minister visits Morocco\n7 April 2022\n\nPrime Minister Ana Soto of Spain today made an official visit to the Kingdom of Morocco, at the invitation of King Omar Idrissi. ' +
    'She was accompanied by the Spanish Minister of Trade, Luis Prado, and by the Ambassador of Spain to Morocco, Rosa Vidal.\n\n';
  const visit = 'official visit to the Kingdom of Morocco';
  const meal = 'iftar in honour of the Prime Minister';

  it('reads the meal with those who attended it, as a part of the visit they did not all make', () => {
    const { rels, to } = facts(
      opening +
        'After the talks, the King offered an iftar in honour of the Prime Minister, attended by Crown Prince Karim Idrissi and the Foreign Minister of Morocco, Hassan Alami.',
    );
    expect(rels).toContain(`PART_OF|${meal}|${visit}`);
    expect(to('PARTICIPATED_IN', meal)).toEqual(expect.arrayContaining(['Karim Idrissi', 'Hassan Alami']));
    expect(to('PARTICIPATED_IN', visit)).not.toContain('Karim Idrissi');
    expect(to('PARTICIPATED_IN', visit)).not.toContain('Hassan Alami');
    expect(to('PARTICIPATED_IN', visit)).toEqual(expect.arrayContaining(['Ana Soto', 'Luis Prado', 'Rosa Vidal']));
  });

  it('reads no meal from an offer to host one', () => {
    const { names } = facts(opening + 'The King offered to host a dinner in honour of the Prime Minister next year.');
    expect(names.some((n) => /dinner/.test(n))).toBe(false);
  });
});

describe('participated.paragraph-event', () => {
  const opening =
    'Trade talks concluded\n28 June 2019\n\nAustria and Poland concluded today, in Vienna, the negotiations on a trade agreement. ';

  it('gives a held round the people the next sentences of its paragraph list', () => {
    const { to } = facts(
      opening +
        'The final ministerial round, held in Vienna from 26 to 28 June, was conducted on the Austrian side by the Minister of Trade, Anna Kovac. ' +
        'Poland spoke through Foreign Minister Pavel Horak, accompanied by Deputy Minister Jan Nowak. Vice-Minister Eva Lind of Czechia also took part.',
    );
    expect(to('PARTICIPATED_IN', 'final ministerial round').sort()).toEqual([
      'Anna Kovac',
      'Eva Lind',
      'Jan Nowak',
      'Pavel Horak',
    ]);
  });

  it('stops at the end of the paragraph', () => {
    const { to } = facts(
      opening +
        'The final ministerial round, held in Vienna from 26 to 28 June, was conducted on the Austrian side by the Minister of Trade, Anna Kovac.\n\n' +
        'Vice-Minister Eva Lind of Czechia also took part in a seminar on tariffs.',
    );
    expect(to('PARTICIPATED_IN', 'final ministerial round')).not.toContain('Eva Lind');
  });
});

describe('event.told-met-title: a meeting whose host is told by a title or a group', () => {
  const opening =
    'Leaders meet in Vienna\n3 May 2024\n\nChancellor Anna Kovac of Austria held talks with President Pavel Horak of Poland in Vienna, a day after the Mission met President Karl Berger of Germany in Berlin. ';
  const main = 'Kovac-Horak talks in Vienna';

  it("reads the meeting of a clause of time in the opening, its guest out of the readout's talks", () => {
    const { names, to } = facts(opening);
    expect(names).toContain('meeting with Karl Berger in Berlin');
    expect(to('PARTICIPATED_IN', 'meeting with Karl Berger in Berlin')).toContain('Karl Berger');
    expect(to('PARTICIPATED_IN', main)).not.toContain('Karl Berger');
  });

  it('reads a later "the <title> received <person>"', () => {
    const { names, to } = facts(
      opening + 'Earlier on Monday, the Crown Prince received Foreign Minister Jan Nowak of Poland at the palace.',
    );
    expect(names).toContain('meeting with Jan Nowak');
    expect(to('PARTICIPATED_IN', 'meeting with Jan Nowak')).toContain('Jan Nowak');
  });

  it("reads no meeting from the opening's own verb, nor from something received", () => {
    const { names } = facts(
      'Leaders meet in Vienna\n3 May 2024\n\nThe Federal Chancellor received President Pavel Horak of Poland in Vienna. The Crown Prince received a letter from the Pope.',
    );
    expect(names.filter((n) => /^meeting with/.test(n))).toEqual([]);
  });
});

describe('event.main-told: the frame gathering lends no noun; a dateline line with its day gives the place', () => {
  it('names the meeting after the verb, placed by "City, day"', () => {
    const { names, rels } = facts(
      'President Kovac Receives the Prime Minister of Poland on the Sidelines of the Danube Countries Summit\n\nVienna, 3 May 2024\n\n' +
        "President Anna Kovac of Austria received today at the Hofburg Palace Prime Minister Pavel Horak of Poland, who heads his country's delegation to the Summit of Danube Countries hosted by Austria.",
    );
    expect(names).toContain('Kovac-Horak meeting in Vienna');
    expect(names.some((n) => /Kovac-Horak summit/.test(n))).toBe(false);
    expect([...rels].some((r) => r.startsWith('PART_OF|Kovac-Horak meeting in Vienna|'))).toBe(true);
  });

  it('keeps the noun of a summit the two held themselves', () => {
    const { names } = facts(
      'Austria and Poland deepen ties\n\nVienna, 3 May 2024\n\nPresident Anna Kovac of Austria held a summit with Prime Minister Pavel Horak of Poland.',
    );
    expect(names).toContain('Kovac-Horak summit in Vienna');
  });
});

describe('event.not-office: an office whose complement names a process is no event', () => {
  const opening =
    'Norway welcomes progress\n22 August 2016\n\nAustria and Poland today ended their first round of formal peace talks in Oslo. ';

  it('reads no event from "Presidential Adviser on the Peace Process", and gives the round its delegation head', () => {
    const { names, to } = facts(
      opening + 'Secretary Jan Nowak, Presidential Adviser on the Peace Process, headed the Polish delegation.',
    );
    expect(names.some((n) => /Adviser/.test(n))).toBe(false);
    expect(to('PARTICIPATED_IN', 'first round of formal peace talks in Oslo')).toContain('Jan Nowak');
  });

  it('still reads a named process told as one', () => {
    const { names } = facts(opening + 'Both sides support the Danube Peace Process.');
    expect(names).toContain('Danube Peace Process');
  });
});

describe('participated.the-two-leaders with a third leader named elsewhere', () => {
  const text = (opening: string) =>
    facts(
      `Leaders meet in Danang\n11 November 2017\n\n${opening} ` +
        'They called on President Omar Haddad of Syria to respect the ceasefire. ' +
        'Taking stock of the ceasefire, finalised at their Graz meeting of July 7, 2017, the leaders noted the progress made.',
    );

  it('gives "their Graz meeting" to the two leaders of the opening, not to the third', () => {
    const { to } = text('President Anna Kovac of Austria and President Pavel Horak of Poland met in Danang.');
    expect(to('PARTICIPATED_IN', 'Graz meeting').sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
  });

  it('gives it nobody when the opening names three leaders', () => {
    const { to } = text(
      'President Anna Kovac of Austria, President Pavel Horak of Poland and President Eva Lind of Czechia met in Danang.',
    );
    expect(to('PARTICIPATED_IN', 'Graz meeting')).toEqual([]);
  });
});

describe('event.named.earlier: an earlier meeting of a series, known by its place and time', () => {
  const text = (rest: string) =>
    facts(
      "Austria-Poland Leaders' Retreat, 25 January 2022\n\nChancellor Anna Kovac of Austria was hosted by Prime Minister Pavel Horak of Poland in Gdansk today for the Austria-Poland Leaders' Retreat. " +
        rest,
    );

  it('reads "their Leaders\' Retreat in Vienna in October 2019" as an earlier retreat of the two', () => {
    const { events, to } = text(
      "The agreements rest on a framework the two Leaders endorsed at their Leaders' Retreat in Vienna in October 2019.",
    );
    const earlier = events.find((e) => e.name === "Leaders' Retreat in Vienna in October 2019");
    expect(earlier?.status).toBe('held');
    expect(to('PARTICIPATED_IN', earlier!.name).sort()).toEqual(['Anna Kovac', 'Pavel Horak']);
  });

  it('reads no earlier retreat from a year still to come', () => {
    const { names } = text("The two Leaders will meet again at their Leaders' Retreat in Vienna in October 2023.");
    expect(names.some((n) => /in Vienna in October/.test(n) && !/2023/.test(n))).toBe(false);
    expect(names).not.toContain("Leaders' Retreat in Vienna in October 2023");
  });
});

describe('participated.who-attends', () => {
  const opening =
    'Trade talks concluded\n28 June 2019\n\nAustria and Poland concluded today, in Vienna, the negotiations on a trade agreement. ';

  it('gives the event of ", who is in Osaka for the …" to the person before it', () => {
    const { to } = facts(opening + 'President Anna Kovac, who is in Osaka for the G20 Summit, welcomed the outcome.');
    expect(to('PARTICIPATED_IN', 'G20 Summit')).toEqual(['Anna Kovac']);
  });

  it('gives nothing to someone only preparing for it', () => {
    const { to } = facts(opening + 'President Anna Kovac, who is preparing for the G20 Summit, welcomed the outcome.');
    expect(to('PARTICIPATED_IN', 'G20 Summit')).toEqual([]);
  });
});

describe('a relative clause "with whom …" and a family name with its particle', () => {
  it('keeps a meeting held when only its "with whom" clause speaks of the future, named with "Di <name>"', () => {
    const { events, to } = facts(
      'Minister meets Chinese counterpart\n25 August 2020\n\nForeign Minister Anna Kovac of Austria today met in Rome with Foreign Minister Wang Li of China. ' +
        "Earlier in the day, Minister Kovac met with her Italian counterpart, Marco Di Pietro, with whom she discussed Italy's upcoming presidency of the G20.",
    );
    const other = events.find((e) => e.name === 'Kovac-Di Pietro meeting');
    expect(other?.status).toBe('held');
    expect(to('PARTICIPATED_IN', 'Kovac-Di Pietro meeting').sort()).toEqual(['Anna Kovac', 'Marco Di Pietro']);
  });

  it('still plans a meeting the main clause puts in the future', () => {
    const { events } = facts(
      'Minister meets Chinese counterpart\n25 August 2020\n\nForeign Minister Anna Kovac of Austria today met in Rome with Foreign Minister Wang Li of China. ' +
        'Tomorrow, Minister Kovac will meet with her Italian counterpart, Marco Di Pietro, with whom she worked in Brussels.',
    );
    expect(events.find((e) => e.name === 'Kovac-Di Pietro meeting')?.status).not.toBe('held');
  });
});

describe('participated.both-titles', () => {
  const opening =
    'Special meeting in Vienna\n28 July 2025\n\nPrime Minister Anna Kovac of Austria hosted a special meeting with Prime Minister Pavel Horak of Poland and Acting Prime Minister Jan Nowak of Czechia. ';

  it('gives "spoke by telephone with both Prime Ministers" the two other holders of the title', () => {
    const { events, to } = facts(
      opening +
        'The previous evening, Prime Minister Kovac spoke by telephone with both Prime Ministers and appealed for calm.',
    );
    const calls = events.find((e) => /both Prime Ministers|two Prime Ministers/.test(e.name));
    expect(calls).toBeDefined();
    expect(to('PARTICIPATED_IN', calls!.name)).toEqual(expect.arrayContaining(['Pavel Horak', 'Jan Nowak']));
  });

  it('gives nobody when three other people hold the title', () => {
    const { events, to } = facts(
      opening.replace('.', ', with Prime Minister Eva Lind of Slovakia present.') +
        'The previous evening, Foreign Minister Karl Berger spoke by telephone with both Prime Ministers and appealed for calm.',
    );
    const calls = events.find((e) => /both Prime Ministers|two Prime Ministers/.test(e.name));
    const who = calls ? to('PARTICIPATED_IN', calls.name) : [];
    expect(who).not.toContain('Eva Lind');
    expect(who).not.toContain('Jan Nowak');
  });
});
