// Unit tests of the ev14 event rules (issue 6) on made-up sentences about invented people: calls told in passing
// (a call between two named people, a call framing a sentence whose subject is "the two leaders", "The two had spoken
// by telephone", "she had a phone call with"), with negative cases. The seventh events bank (bank-events-7.test.ts)
// holds more.
import { describe, expect, it } from 'vitest';

import { CALL_TOLD, SIDES_HELD } from './rules-ev14.ts';
import { TOLD_ANY_CLAUSE } from './rules-ev13.ts';
import { eventFacts as facts } from './test-facts.ts';

const OPENING = 'President Marta Silvan met Prime Minister Tomas Ekberg in Riga on 3 May. ';

describe('event.call-between: a call noun phrase between two named people', () => {
  it('names the call after its two people, who take part in it, and leaves the readout meeting its own', () => {
    const f = facts(
      `${OPENING}The visit had been arranged during a telephone call between President Silvan and President Omar Haddad on 2 April.`,
    );
    expect(f.names).toContain('Silvan-Haddad telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Omar Haddad', 'Silvan-Haddad telephone conversation')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Marta Silvan', 'Silvan-Haddad telephone conversation')).toBe(true);
    expect(
      f.of('PARTICIPATED_IN').filter((r) => r.startsWith('PARTICIPATED_IN|Omar Haddad|') && !/telephone/.test(r)),
    ).toEqual([]);
  });

  it('reads a video call with a month after the pair', () => {
    const f = facts(
      `${OPENING}It followed up on the video call between Chancellor Ida Brandt and President Omar Haddad in January.`,
    );
    expect(f.names).toContain('Brandt-Haddad telephone conversation');
  });

  it('makes no call of one still to come, of a call between states, or of a call for something', () => {
    const f = facts(
      `${OPENING}The two will hold a telephone call between President Silvan and President Omar Haddad next week. ` +
        'A video conference between Latvia and Sweden took place. The leaders renewed their call for calm.',
    );
    expect(f.names.filter((n) => /telephone conversation|call$/.test(n))).toEqual([]);
  });
});

describe("event.call-frame and event.pair-again: a call of the readout meeting's pair", () => {
  it('reads "In a telephone conversation on <date>, the two leaders …" as a call of the two', () => {
    const f = facts(`${OPENING}In a telephone conversation on 9 March, the two leaders had agreed on a visit.`);
    expect(f.names).toContain('Silvan-Ekberg telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Tomas Ekberg', 'Silvan-Ekberg telephone conversation')).toBe(true);
  });

  it('makes no second call when the readout is itself a call, nor of other subjects or of a meeting', () => {
    const call = facts(
      'President Marta Silvan had a telephone conversation with Prime Minister Tomas Ekberg on 3 May. ' +
        'During the call, the two leaders discussed energy.',
    );
    expect(call.events.length).toBe(1);
    const other = facts(
      `${OPENING}In a telephone conversation on 9 March, the ministers had prepared the meeting. The two had met in Oslo before.`,
    );
    expect(other.names.filter((n) => /telephone conversation/.test(n))).toEqual([]);
  });

  it('keeps its patterns as named data', () => {
    expect(CALL_TOLD.frame.test('In a phone call on 2 May, the two presidents spoke.')).toBe(true);
    expect(CALL_TOLD.frame.test('In a statement on 2 May, the two presidents spoke.')).toBe(false);
  });
});

describe('event.told-any-clause, "had a phone call with" (ev14)', () => {
  it('reads a call told by "she had a phone call with", the pronoun for the readout subject', () => {
    const f = facts(`${OPENING}Before travelling, she had a phone call with President Omar Haddad.`);
    expect(f.names).toContain('Silvan-Haddad telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Marta Silvan', 'Silvan-Haddad telephone conversation')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Omar Haddad', 'Silvan-Haddad telephone conversation')).toBe(true);
  });

  it('has the connector as named data, and not for a call one only plans', () => {
    const c = TOLD_ANY_CLAUSE.find((x) => x.id === 'had-call-with')!;
    expect(c.between.test(' had a brief telephone call with ')).toBe(true);
    expect(c.between.test(' will have a telephone call with ')).toBe(false);
  });
});

describe('visits told in lowercase with the visitor in apposition (event.visit-of-lowercase, ev14)', () => {
  it('reads "the state visit of the President of X, Name, to Y" as the visit, the named visitor taking part', () => {
    const f = facts(
      'Within the framework of the state visit of the President of the Republic of Latvia, Ruta Kalnina, to the Kingdom of Sweden, ' +
        'talks were held between Prime Minister Tomas Ekberg and President Ruta Kalnina in Stockholm.',
    );
    const visit = f.names.find((n) =>
      /^state visit of the President of the Republic of Latvia, Ruta Kalnina, to the Kingdom of Sweden$/.test(n),
    );
    expect(visit).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ruta Kalnina', visit!)).toBe(true);
    // The talks the visit frames are the readout's meeting, part of the visit, and its visitor takes part in them too.
    const talks = f.names.find((n) => /talks/.test(n));
    expect(talks).toBeDefined();
    expect(f.has('PART_OF', talks!, visit!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ruta Kalnina', talks!)).toBe(true);
  });

  it("reads a destination with a possessive and 'of' whole", () => {
    const f = facts(
      "The official visit of the Prime Minister of Latvia, Ruta Kalnina, to the People's Republic of China ended on Friday.",
    );
    expect(f.names).toContain(
      "official visit of the Prime Minister of Latvia, Ruta Kalnina, to the People's Republic of China",
    );
  });

  it('makes no visit when what stands between commas is a clause, not a name', () => {
    const f = facts('The visit of the President of Latvia, who came by train, to Sweden was short.');
    expect(f.names.filter((n) => /visit of/.test(n))).toEqual([]);
  });
});

describe('"called on" and "to prepare X\'s visit" (ev14)', () => {
  it('reads "he called on President B" during a visit as a meeting of the two, part of the visit', () => {
    const f = facts(
      'The official visit of Prime Minister Ruta Kalnina to Norway took place on 2 May. During the visit, she called on King Harald Olsen.',
    );
    const meeting = f.names.find((n) => /Kalnina/.test(n) && /Olsen/.test(n) && /meeting/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ruta Kalnina', meeting!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Harald Olsen', meeting!)).toBe(true);
  });

  it('keeps a call for help or a call on states to act no meeting', () => {
    const f = facts(
      `${OPENING}President Silvan called on Prime Minister Ekberg's government to act. He called on all parties to show restraint.`,
    );
    expect(f.names.filter((n) => /meeting/.test(n) && !/Riga/.test(n))).toEqual([]);
  });

  it("reads a visit one meets 'to prepare' as still to come: nobody takes part in it", () => {
    const f = facts(
      "Foreign Minister Ana Ruiz met Foreign Minister Luis Mora in Lima on 3 May to prepare President Karl Novak's visit to Chile in July.",
    );
    const visit = f.names.find((n) => /visit to Chile/.test(n));
    expect(visit).toBeDefined();
    expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith(`|${visit}`))).toEqual([]);
    expect(f.names.some((n) => /Ruiz-Mora meeting/.test(n))).toBe(true);
  });
});

describe('frames and pairs (ev14)', () => {
  it('drops "Ahead of" from the front of a named gathering', () => {
    const f = facts(
      'Ahead of the Baltic Sea Summit, President Marta Silvan received Prime Minister Tomas Ekberg in Riga on 3 May.',
    );
    expect(f.names).toContain('Baltic Sea Summit');
    expect(f.names.filter((n) => /^Ahead/.test(n))).toEqual([]);
  });

  it('reads "The two had spoken by telephone", the noun of the pair left out, as their call', () => {
    const f = facts(`${OPENING}The two had spoken by telephone on 1 May.`);
    const call = f.names.find((n) => /Silvan-Ekberg telephone conversation/.test(n));
    expect(call).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Tomas Ekberg', call!)).toBe(true);
  });

  it('does not read "the two countries had met their targets" as a meeting', () => {
    const f = facts(`${OPENING}The two countries had met their targets.`);
    expect(f.names.filter((n) => /conversation|again|met/.test(n))).toEqual([]);
  });
});

describe('event.sides-held: a gathering held by states, told in lowercase (ev14)', () => {
  it('names the gathering by its kind, topic and place; the states held it (INVOLVES)', () => {
    const f = facts(
      'Latvia and the Republic of Korea held a strategic dialogue on supply chains in Riga on 12 May 2024.',
    );
    expect(f.names).toContain('strategic dialogue on supply chains in Riga');
    expect(f.has('INVOLVES', 'strategic dialogue on supply chains in Riga', 'Latvia')).toBe(true);
    expect(f.has('INVOLVES', 'strategic dialogue on supply chains in Riga', 'South Korea')).toBe(true);
  });

  it('makes none when people or one state hold it, or when it is generic', () => {
    const f = facts(
      'Minister Ana Ruiz and Minister Luis Mora held a strategic dialogue on supply chains in Lima. ' +
        'Latvia held a national dialogue on reforms in Riga. Latvia and Estonia hold regular consultations on energy.',
    );
    expect(f.names.filter((n) => /^(?:strategic dialogue|national dialogue|regular consultations)/.test(n))).toEqual(
      [],
    );
  });

  it('keeps its patterns as named data', () => {
    expect(SIDES_HELD.clause.test('Chile and Peru held a round-table meeting in Lima.')).toBe(true);
    expect(SIDES_HELD.generic.test('regular consultations')).toBe(true);
  });
});

describe('incidents told in lowercase (ev14)', () => {
  it('reads an incident pinned only by the date it began ("since 24 July") with the states of its sentence', () => {
    const f = facts(
      'Prime Minister Ana Ruiz of Chile hosted talks between President Karl Novak of Peru and President Omar Haddad of Bolivia in Santiago on 28 July, ' +
        'following the armed clashes on the border since 24 July.',
    );
    expect(f.names).toContain('armed clashes on the border');
    expect(f.has('INVOLVES', 'armed clashes on the border', 'Peru')).toBe(true);
  });

  it('makes no incident of unpinned clashes, or of a date that does not follow the name', () => {
    const f = facts('The ministers discussed armed clashes on the border. Since 2021, clashes have been rare.');
    expect(f.names.filter((n) => /clashes/.test(n))).toEqual([]);
  });

  it('reads "the blockade imposed by X on Y" with its actor and target', () => {
    const f = facts(`${OPENING}He denounced the blockade imposed by Russia on Georgia.`);
    expect(f.names).toContain('blockade imposed by Russia on Georgia');
    expect(f.has('INVOLVES', 'blockade imposed by Russia on Georgia', 'Russia')).toBe(true);
    expect(f.has('INVOLVES', 'blockade imposed by Russia on Georgia', 'Georgia')).toBe(true);
  });
});

describe('event.to-be-held with a future verb (ev14)', () => {
  it('reads "the next session would take place in Geneva" and "will be held in" as gatherings still to come', () => {
    const f = facts(
      `${OPENING}They agreed that the next summit will be held in Tallinn. The next session would take place in Vilnius.`,
    );
    expect(f.names).toContain('next summit in Tallinn');
    expect(f.names).toContain('next session in Vilnius');
    expect(f.of('PARTICIPATED_IN').filter((r) => /Tallinn|Vilnius/.test(r))).toEqual([]);
  });

  it('makes none of a meeting held in the past or with no place', () => {
    const f = facts(`${OPENING}The summit was held in Tallinn last year. The next session will take place soon.`);
    expect(f.names.filter((n) => /Tallinn|next session/.test(n))).toEqual([]);
  });
});
