// Unit tests of the ev20 rules (issue 6) on made-up sentences about invented people in invented settings: the
// readout's own meeting told only by a generic noun, a passive call, "exchanged by telephone" or a headline verb over
// the pair; a meeting "between A and B" named after them; tours told by their stops or legs, their traveller and the
// meetings part of them; a meeting told in a relative clause of the visit's sentence. Negative cases with each. The
// twelfth events bank (bank-events-12.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { EV20_PATTERNS } from './rules-ev20.ts';
import { eventFacts as facts } from './test-facts.ts';

const eventOf = (names: string[], re: RegExp) => names.find((n) => re.test(n));

describe('event.main-generic-told', () => {
  it('names the talks of a body that tells them by the noun alone after the pair named in the headline', () => {
    const f = facts(
      'President Morel meets Prime Minister Tamm\n\nThe talks, held at the Lantern Palace in Portavia on 4 March 2024, centred on fisheries and port tariffs.',
    );
    const t = eventOf(f.names, /^Morel-Tamm talks/);
    expect(t).toBeDefined();
    expect(t).toMatch(/in Portavia$/);
    expect(f.has('PARTICIPATED_IN', 'Morel', t!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Tamm', t!)).toBe(true);
  });

  it('reads "Discussions between A and B" after an agency dateline', () => {
    const f = facts(
      'PORTAVIA, 4 March (NAV) — Discussions between President Lina Morel and Prime Minister Karl Tamm of Vellland focused on a joint railway.',
    );
    const t = eventOf(f.names, /^Morel-Tamm discussions/);
    expect(t).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', t!)).toBe(true);
  });

  it('reads a passive call and "exchanged by telephone" as calls of the pair', () => {
    const a = facts(
      'Prime Minister Karl Tamm was called by President Lina Morel this morning. Their conversation covered grain exports.',
    );
    const ca = eventOf(a.names, /Tamm-Morel call|Morel-Tamm call/);
    expect(ca).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Lina Morel', ca!)).toBe(true);
    const b = facts('President Lina Morel and Chancellor Karl Tamm exchanged by telephone on Sunday.');
    expect(eventOf(b.names, /Morel-Tamm call/)).toBeDefined();
  });

  it('reads a headline verb over a body that names the two and what they reviewed', () => {
    const f = facts(
      'Vellish President receives Portavian Prime Minister\n\nPresident Lina Morel and Prime Minister Karl Tamm today reviewed the customs union.',
    );
    const t = eventOf(f.names, /^Morel-Tamm meeting/);
    expect(t).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', t!)).toBe(true);
  });

  it('makes no meeting of a wish, of a gathering with a chair, or of a reviewing verb without a headline', () => {
    expect(
      facts('President Lina Morel said she was ready to hold talks with Prime Minister Karl Tamm.').of(
        'PARTICIPATED_IN',
      ),
    ).toHaveLength(0);
    const g = facts(
      'An emergency session of the Coastal Bureau was convened on 4 March 2024. The meeting was chaired by President Lina Morel and joined by Prime Minister Karl Tamm.',
    );
    // (an earlier step may name the pair's meeting from the noun; this rule adds none of its own)
    expect(g.events.some((e) => (e as { rules?: string[] }).rules?.includes('event.main-generic-told'))).toBe(false);
    expect(
      facts('President Lina Morel and Prime Minister Karl Tamm today reviewed the customs union.').names,
    ).toHaveLength(0);
  });

  it('skips a dateline and names the generic noun', () => {
    expect(EV20_PATTERNS.dateline.exec('PORTAVIA, 4 March (NAV) — The talks')?.[0]).toBe('PORTAVIA, 4 March (NAV) — ');
    expect(EV20_PATTERNS.genericLead.exec('In the course of the exchange, they')?.[1]).toBe('exchange');
    expect(EV20_PATTERNS.genericLead.exec('Exchanges of students grew')).toBeNull();
  });
});

describe('event.main-between-pair', () => {
  it('names a meeting "between A and B" after A and B, not after the one who reports it', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz said on Tuesday that the talks between Prime Minister Karl Tamm and President Lina Morel had focused on energy.',
    );
    expect(eventOf(f.names, /^Tamm-Morel talks/)).toBeDefined();
    expect(eventOf(f.names, /Ruiz/)).toBeUndefined();
  });
});

describe('event.tour-told, participated.tour-traveller and part-of.tour-meeting', () => {
  it('makes the tour of "the first stop of a tour that also takes him to" and puts the talks in it', () => {
    const f = facts(
      'Foreign Minister Karl Tamm held talks with Foreign Minister Lina Morel in Portavia on 4 March 2024, the first stop of a tour that also takes him to Vell and Ostria.',
    );
    const tour = eventOf(f.names, /^Karl Tamm's tour$/);
    const talks = eventOf(f.names, /^Tamm-Morel talks/);
    expect(tour).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', tour!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', tour!)).toBe(false);
    expect(f.has('PART_OF', talks!, tour!)).toBe(true);
  });

  it('names a trip by its region ("his Asia trip") and puts the leg\'s talks in it', () => {
    const f = facts(
      'On the Portavia leg of his Ostrian trip, President Karl Tamm held talks with President Lina Morel on 4 March 2024.',
    );
    const trip = eventOf(f.names, /Ostrian trip$/);
    expect(trip).toBeDefined();
    expect(f.of('PART_OF').some((r) => r.endsWith(`|${trip}`))).toBe(true);
  });

  it('keeps the host of "who is on a tour of" out of the tour', () => {
    const f = facts(
      'Prime Minister Karl Tamm, who is on a tour of Ostria, met President Lina Morel in Portavia on 4 March 2024.',
    );
    const tour = eventOf(f.names, /tour of Ostria/);
    expect(tour).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', tour!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', tour!)).toBe(false);
  });

  it('leaves a guided tour of a site, and a tour still to come, alone', () => {
    expect(EV20_PATTERNS.regionalTour.test('tour of the Old Locks')).toBe(false);
    expect(EV20_PATTERNS.regionalTour.test('tour of Ostria')).toBe(true);
    const f = facts('Prime Minister Karl Tamm will travel to Portavia, the first stop of a tour of the region.');
    expect(eventOf(f.names, /Karl Tamm's tour/)).toBeUndefined();
  });
});

describe('event.visit-clause-meeting', () => {
  it('reads ", where he was received by B" and ", in the course of which he had a meeting with B"', () => {
    const a = facts(
      'Foreign Minister Karl Tamm concluded his visit to Ostria in Portavia, where he was received by President Lina Morel on 4 March 2024.',
    );
    const m = eventOf(a.names, /Morel-Tamm meeting|Tamm-Morel meeting/);
    expect(m).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Lina Morel', m!)).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Karl Tamm', m!)).toBe(true);
    const b = facts(
      'Prime Minister Karl Tamm paid a working visit to Portavia on 4 March 2024, in the course of which he had a meeting with Prime Minister Lina Morel.',
    );
    const n = eventOf(b.names, /Tamm-Morel meeting|Morel-Tamm meeting/);
    const v = eventOf(b.names, /visit/);
    expect(n).toBeDefined();
    expect(b.has('PART_OF', n!, v!)).toBe(true);
    expect(b.has('PARTICIPATED_IN', 'Lina Morel', v!)).toBe(false);
  });

  it('makes no meeting of a clause without a meeting verb', () => {
    const f = facts(
      'Prime Minister Karl Tamm paid a working visit to Portavia on 4 March 2024, where he praised President Lina Morel.',
    );
    expect(eventOf(f.names, /Tamm-Morel|Morel-Tamm/)).toBeUndefined();
  });
});

describe('event.place-named-is-main and event.their-recalled-meeting', () => {
  it('takes "the Portavia talks" for the readout\'s talks in Portavia, not a second event', () => {
    const f = facts(
      'Foreign Minister Karl Tamm and Foreign Minister Lina Morel held talks in Portavia on 4 March 2024. The Portavia talks, their third this year, focused on fisheries.',
    );
    expect(f.names.filter((n) => /Portavia/.test(n))).toHaveLength(1);
  });

  it('keeps "the Portavia talks of 10 January" apart: a date tells another meeting', () => {
    expect(EV20_PATTERNS.anotherAfter.test(' of 10 January between the two')).toBe(true);
    expect(EV20_PATTERNS.anotherAfter.test(', their third this year,')).toBe(false);
  });

  it('makes "their 7 December meeting in Vell" an earlier meeting of the pair, both taking part', () => {
    const f = facts(
      'Prime Minister Karl Tamm and President Lina Morel met in Portavia on 4 March 2024. The two leaders reviewed progress since their 7 December meeting in Vell.',
    );
    const m = eventOf(f.names, /Tamm-Morel meeting in Vell/);
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', m!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', m!)).toBe(true);
  });

  it('makes no recalled meeting of "their meeting in" the readout\'s own place', () => {
    const f = facts(
      'Prime Minister Karl Tamm and President Lina Morel met in Portavia on 4 March 2024. At their meeting in Portavia, they agreed to open a consulate.',
    );
    expect(f.names.filter((n) => /Portavia/.test(n))).toHaveLength(1);
  });
});

describe('event.visit-clause-meeting: its cue (perf20c)', () => {
  it('is found before every clause the meeting pattern reads, not in a clause without "he" or "she"', () => {
    for (const s of [
      'X visited Ostia, where he was received by ',
      'X toured the region, in the course of which she had a meeting with ',
      'X visited Arland, during which he also held talks with ',
    ]) {
      expect(EV20_PATTERNS.clauseMeeting.test(s), s).toBe(true);
      expect(EV20_PATTERNS.clauseCue.test(s), s).toBe(true);
    }
    expect(EV20_PATTERNS.clauseCue.test('X visited Ostia, where the two ministers met ')).toBe(false);
  });
});
