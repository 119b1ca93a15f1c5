// Tests of the ev26 rules (issue 6, bank events-18) on made-up sentences, negatives included: the readout's own signing
// told by the verb alone, and processes and formats named without a kind word with the gatherings held in them.
import { describe, expect, it } from 'vitest';

import { gatheringsOfProcess, isProcessName, processNames } from './rules-ev26.ts';
import { eventFacts } from './test-facts.ts';

describe('event.main-signing-by-people', () => {
  it('reads two named signatories set in place and time as the readout own signing', () => {
    const a = eventFacts(
      'Prime Minister Ana Ruiz and Prime Minister Tomas Mora signed the Harbour Defence Treaty at the Old Palace in Lima on Monday.',
    );
    const s = a.names.find((n) => /^signing of the Harbour Defence Treaty/.test(n));
    expect(s).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', s!)).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Tomas Mora', s!)).toBe(true);
    expect(a.has('REACHED_AT', 'Harbour Defence Treaty', s!)).toBe(true);
  });

  it('reads three presidents who signed "at <venue>"', () => {
    const a = eventFacts(
      'President Ana Ruiz, President Tomas Mora and President Luis Vega signed the Treaty on the Border Junction at the Arica Town Hall today.',
    );
    const s = a.names.find((n) => /^signing of the Treaty on the Border Junction/.test(n));
    expect(s).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Luis Vega', s!)).toBe(true);
  });

  it('makes no signing of states alone, of one person, or with no place or day', () => {
    expect(
      eventFacts('Chile and Peru signed the Harbour Defence Treaty in Lima on Monday.').names.some((n) =>
        /^signing of/.test(n),
      ),
    ).toBe(false);
    expect(
      eventFacts('Prime Minister Ana Ruiz signed the Harbour Defence Treaty in Lima on Monday.').names.some((n) =>
        /^signing of/.test(n),
      ),
    ).toBe(false);
    expect(
      eventFacts('Prime Minister Ana Ruiz and Prime Minister Tomas Mora signed the Harbour Defence Treaty.').names.some(
        (n) => /^signing of/.test(n),
      ),
    ).toBe(false);
  });
});

describe('event.process-named', () => {
  it('reads a process or format named by a place with no kind word', () => {
    expect(processNames('The ministers discussed the Lisbon process and the situation in Chad.')).toEqual([
      { surface: 'Lisbon process', start: 28 },
    ]);
    expect(processNames('They met in the Weimar format.').map((x) => x.surface)).toEqual(['Weimar format']);
    expect(processNames('They praised the Oslo channel.').map((x) => x.surface)).toEqual(['Oslo channel']);
  });

  it('reads no process from a sentence start, lower-case words, a generic head or talks told of the same place', () => {
    expect(processNames('Lisbon process talks resumed.')).toEqual([]);
    expect(processNames('They backed the Colombian peace process.')).toEqual([]);
    expect(processNames('They backed the Peace process.')).toEqual([]);
    expect(processNames('the Geneva talks … the Geneva process.')).toEqual([]);
    expect(processNames('They discussed the Lisbon process between Chad and Niger.')).toEqual([]);
  });

  it('gives the process as an Event a meeting call discussed', () => {
    const a = eventFacts(
      'President Ana Ruiz and President Tomas Mora spoke by telephone on Tuesday about the Lisbon process.',
    );
    expect(a.names).toContain('Lisbon process');
    const c = a.names.find((n) => /^Ruiz-Mora/.test(n));
    expect(c).toBeDefined();
    expect(a.has('DISCUSSED', c!, 'Lisbon process')).toBe(true);
  });
});

describe('event.gathering-of-process and part-of.gathering-of-process', () => {
  it('reads the gathering of a process by its whole phrase, a time word dropped', () => {
    expect(
      gatheringsOfProcess('at the latest ministerial meeting of the Lisbon process, chaired by X').map(
        (x) => x.surface,
      ),
    ).toEqual(['ministerial meeting of the Lisbon process']);
    expect(
      gatheringsOfProcess('The 12th international meeting on Chad in the Lisbon format ended.').map((x) => x.surface),
    ).toEqual(['12th international meeting on Chad in the Lisbon format']);
  });

  it('reads no gathering of a process without a gathering noun', () => {
    expect(gatheringsOfProcess('the future of the Lisbon process')).toEqual([]);
    expect(gatheringsOfProcess('the spirit of the Lisbon process')).toEqual([]);
  });

  it('a gathering of a process is part of it and its people take part in both', () => {
    const a = eventFacts(
      'Lima, 3 May 2024. Foreign Minister Ana Ruiz and Foreign Minister Tomas Mora co-chaired the fifth ministerial conference of the Lisbon Process in Lima on Friday.',
    );
    const g = 'fifth ministerial conference of the Lisbon Process';
    expect(a.names).toContain(g);
    expect(a.names).toContain('Lisbon Process');
    expect(a.has('PART_OF', g, 'Lisbon Process')).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', g)).toBe(true);
    expect(isProcessName('Lisbon Process')).toBe(true);
    expect(isProcessName(g)).toBe(false);
  });
});

describe('event.main-headline-two-sides', () => {
  it('reads the headline pair meeting over "The two sides", part of the summit that frames it', () => {
    const a = eventFacts(
      '---\ntitle: Ruiz and Mora meet in Quito\ndate: 2024-05-03\n---\nRuiz and Mora meet in Quito\n\nQuito, 4 April – The two sides discussed energy trade on the sidelines of the Andean Summit on Friday, the first meeting of President Ana Ruiz with her Peruvian counterpart Tomas Mora.',
    );
    const m = a.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(m).toBeDefined();
    expect(a.has('PART_OF', m!, 'Andean Summit')).toBe(true);
  });

  it('leaves a headline of a meeting to come and an opening that does not start with "The two"', () => {
    const future = eventFacts(
      '---\ntitle: Ruiz to meet Mora in Quito\ndate: 2024-05-03\n---\nRuiz to meet Mora in Quito\n\nQuito, 4 April – The two sides will discuss energy trade at the Andean Summit on Friday.',
    );
    expect(future.names.some((n) => /^Ruiz-Mora meeting/.test(n))).toBe(false);
  });
});

describe('event.main-signing-by-people, negatives of the setting', () => {
  it('makes no signing of a city and weekday alone', () => {
    expect(
      eventFacts(
        'Prime Minister Ana Ruiz and Prime Minister Tomas Mora signed the Harbour Defence Treaty in Lima on Monday.',
      ).names.some((n) => /^signing of/.test(n)),
    ).toBe(false);
  });
});
