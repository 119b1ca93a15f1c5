// Unit tests of the ev2 event rules (issue 6): visits told by a clause, on made-up sentences, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';

function events(text: string) {
  const out = toExtractionOutput(extractText(text, { file: 'test.txt' }));
  return out.entities.filter((e) => e.type === 'Event').map((e) => e.name);
}

describe('event.visit-verb past an apposition', () => {
  it('reads the visit of a person whose apposition stands before the verb', () => {
    const names = events(
      'Ministers speak by phone\n4 March 2022\n\nForeign Minister Ana Reyes of Spain spoke with Foreign Minister Jan Novak of Poland. ' +
        'The Spanish side said that its Special Envoy for the Sahel, Carlos Mendez, formerly Ambassador to Mali, will travel to Niger next month.',
    );
    expect(names.some((n) => /Mendez's visit to Niger/.test(n))).toBe(true);
  });

  it('reads no visit when the apposition ends the clause', () => {
    const names = events(
      'Ministers speak by phone\n4 March 2022\n\nForeign Minister Ana Reyes of Spain spoke with Foreign Minister Jan Novak of Poland. ' +
        'They praised Carlos Mendez, formerly Ambassador to Mali, for his work in Niger.',
    );
    expect(names.some((n) => /visit/i.test(n))).toBe(false);
  });
});

describe('event.on-visit', () => {
  const opener =
    'Ministers meet in Lisbon\n4 March 2022\n\nForeign Minister Ana Reyes of Spain met Foreign Minister Jan Novak of Poland in Lisbon. ';

  it('names the visit a person is on', () => {
    const names = events(
      opener +
        'The minister met Ivan Petrov, Minister of Trade of Bulgaria, who is also in Portugal on an official visit.',
    );
    expect(names).toContain("Ivan Petrov's official visit to Portugal");
  });

  it('reads no visit from a person merely in a place', () => {
    const names = events(
      opener + 'The minister met Ivan Petrov, Minister of Trade of Bulgaria, who is also in Portugal for a conference.',
    );
    expect(names.some((n) => /visit to Portugal/.test(n))).toBe(false);
  });
});

describe('event.visit-titled', () => {
  const opener =
    'Leaders speak by phone\n4 March 2022\n\nPresident Ana Reyes of Chile spoke by telephone with President Jan Novak of Poland. ';

  it('names a planned visit whose visitor is told only by a title', () => {
    const names = events(
      opener + 'Mr Novak said that the commander of the Polish Navy would come to Santiago shortly.',
    );
    expect(names).toContain('visit of the commander of the Polish Navy to Santiago');
  });

  it('reads no visit from a title that only speaks', () => {
    const names = events(
      opener + 'Mr Novak said that the commander of the Polish Navy would speak to Chilean officers.',
    );
    expect(names.some((n) => /commander/.test(n))).toBe(false);
  });
});

describe('event.told-received with a titled host', () => {
  const opener =
    'Leaders meet in Lima\n4 March 2022\n\nPresident Ana Reyes of Chile held talks with President Luis Vargas of Peru in Lima. ';

  it('names the meeting of a guest received by a host whose title precedes the name', () => {
    const names = events(
      opener +
        'The talks came a day after President Reyes was received in Quito by President of Ecuador Pablo Mora, and shortly after she took part in the G20 Summit.',
    );
    expect(names).toContain('Reyes-Mora meeting in Quito');
  });

  it('names no meeting when nobody receives the guest', () => {
    const names = events(
      opener +
        'The talks came a day after President Reyes was received in Quito with honours, and shortly after the G20 Summit.',
    );
    expect(names.some((n) => /Mora|Quito/.test(n))).toBe(false);
  });
});

describe('event.held-qualified', () => {
  const opener =
    'Leaders meet in Lima\n4 March 2022\n\nPresident Ana Reyes of Chile held talks with President Luis Vargas of Peru in Lima. ';

  it('names negotiations by place and date past a "between the parties" qualifier', () => {
    const names = events(
      opener + 'Peru recalled that it hosted the negotiations between the parties in Cusco in May 2019.',
    );
    expect(names).toContain('negotiations in Cusco in May 2019');
  });

  it('names talks by place past a "he held with X" qualifier', () => {
    const names = events(opener + 'Mr Vargas recalled the talks he held with Foreign Minister Pablo Mora in Santiago.');
    expect(names).toContain('talks in Santiago');
  });

  it('names nothing from talks without a place', () => {
    const names = events(opener + 'Mr Vargas recalled the talks he held with Foreign Minister Pablo Mora in detail.');
    expect(names.some((n) => /^talks in/.test(n))).toBe(false);
  });
});

describe('event.calls-plural', () => {
  const opener =
    'Special meeting in Lima\n4 March 2022\n\nPresident Ana Reyes of Chile chaired a special meeting on the border dispute between Peru and Bolivia. ';

  it('names the calls of a person who spoke by telephone with both leaders', () => {
    const names = events(
      opener + 'That evening, President Reyes spoke by telephone with both Prime Ministers and urged calm.',
    );
    expect(names).toContain("President Reyes's telephone calls with the two Prime Ministers");
  });

  it('names the calls of a person told in a relative clause', () => {
    const names = events(opener + 'She thanked Secretary-General Pablo Mora, who had spoken to the two leaders.');
    expect(names.some((n) => /Mora's calls to the two leaders/.test(n))).toBe(true);
  });

  it('names no calls from speaking about the two leaders', () => {
    const names = events(opener + 'That evening, President Reyes spoke about the two Prime Ministers and urged calm.');
    expect(names.some((n) => /calls/.test(n))).toBe(false);
  });
});

describe('event.weekday and event.leaders-of', () => {
  const opener =
    'Leaders speak again\n4 March 2022\n\nPresident Ana Reyes of Chile held another telephone conversation with President Luis Vargas of Peru today. ';

  it('names a call known by its weekday', () => {
    expect(events(opener + 'The Monday call had been prepared with Bolivia.')).toContain('Monday call');
  });

  it('names a meeting of the leaders of a named group', () => {
    const names = events(opener + 'They hoped for a meeting of the leaders of the Andean Community soon.');
    expect(names).toContain('meeting of the leaders of the Andean Community');
  });

  it('names nothing from a weekday alone or leaders of no named group', () => {
    const names = events(
      opener + 'On Monday they met the leaders of both parties at a meeting of the leaders of industry.',
    );
    expect(names.some((n) => /Monday|leaders of/.test(n))).toBe(false);
  });
});

describe('event.visit-the-one', () => {
  const opener =
    'Visit to Peru\n4 March 2022\n\nPresident Ana Reyes of Chile held talks with President Luis Vargas of Peru in Lima. ';

  it('names an earlier visit told by "the one" and its date', () => {
    const names = events(opener + "It is Ana Reyes's second visit to Peru, after the one she made in May 2019.");
    expect(names).toContain("Ana Reyes's visit to Peru in May 2019");
  });

  it('names nothing when "the one" has no date', () => {
    const names = events(opener + "It is Ana Reyes's second visit to Peru, after the one she made last year.");
    expect(names.some((n) => /visit to Peru in/.test(n))).toBe(false);
  });
});

describe('event.group-will-meet', () => {
  const opener =
    'Ministers meet\n4 March 2022\n\nForeign Minister Ana Reyes of Chile met Foreign Minister Luis Vargas of Peru in Lima. ';

  it('names the planned meeting of a group of both countries', () => {
    const names = events(opener + 'They agreed that fisheries experts of the two countries would meet in April.');
    expect(names).toContain('meeting of fisheries experts');
  });

  it('names nothing when the group only works', () => {
    const names = events(opener + 'They agreed that fisheries experts of the two countries would work together.');
    expect(names.some((n) => /experts/.test(n))).toBe(false);
  });
});
