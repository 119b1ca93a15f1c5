// Unit tests of the ev9 event rules (issue 6, items 6 and 9) on made-up sentences about invented people: each rule
// with a positive and a negative case. The third events bank (bank-events-3.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { eventFacts as facts } from './test-facts.ts';

describe('meeting and call verbs: "conferred by telephone with", "spoke over the phone with", phrasal verbs', () => {
  it('reads "conferred by telephone with" as a call of the two', () => {
    const f = facts('Defence Minister Ana Ruiz conferred by telephone today with Defence Minister Luis Mora of Chile.');
    const call = f.names.find((n) => /^Ruiz-Mora call/.test(n));
    expect(call).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', call!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', call!)).toBe(true);
  });

  it('reads "caught up with" and "sat down with" as meetings, placed by the sentence', () => {
    const f = facts('Foreign Minister Ana Ruiz caught up with Foreign Minister Luis Mora in Lisbon on 3 May 2024.');
    expect(f.names).toContain('Ruiz-Mora meeting in Lisbon');
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Ruiz-Mora meeting in Lisbon')).toBe(true);
    const g = facts('Prime Minister Ana Ruiz sat down with President Luis Mora in Quito on Monday.');
    expect(g.names).toContain('Ruiz-Mora meeting in Quito');
  });

  it('reads "granted an audience to" as an audience', () => {
    const f = facts('The Chairperson, Ana Ruiz, granted an audience to Foreign Minister Luis Mora of Chile in Geneva.');
    expect(f.names).toContain('Ruiz-Mora audience in Geneva');
  });

  it('makes no call of "caught up" without "with" a person, nor a meeting of "granted a visa"', () => {
    const f = facts(
      'Minister Ana Ruiz said the economy had caught up. Minister Luis Mora granted a visa to the journalists.',
    );
    expect(f.names).toEqual([]);
  });
});

describe('event.main-told-date: the day the sentence tells names the call', () => {
  it('names a call "spoke over the phone with Y on 10 October" after that day, not the readout\'s', () => {
    const f = facts(
      'Prime Minister Ana Ruiz spoke over the phone with Prime Minister Luis Mora of Chile on 10 October.',
      '2023-10-12',
    );
    const call = f.events.find((e) => e.name.startsWith('Ruiz-Mora call'))!;
    expect(call.name).toBe('Ruiz-Mora call of 10 October 2023');
    expect(call.date).toBe('2023-10-10');
  });

  it("keeps the readout's day when the sentence tells none", () => {
    const f = facts('Prime Minister Ana Ruiz spoke by phone with Prime Minister Luis Mora of Chile.', '2023-10-12');
    expect(f.names).toContain('Ruiz-Mora call of 12 October 2023');
  });
});

describe('event.main-not-session and part-of.not-sibling-session: restricted formats and what follows them', () => {
  it('takes "a one-on-one … followed by a working lunch" for the meeting, with the lunch no part of it', () => {
    const f = facts(
      'President Ana Ruiz held a one-on-one with President Luis Mora at the Palacio Real in Lima, followed by a working lunch.',
    );
    const main = f.names.find((n) => /^Ruiz-Mora one-on-one/.test(n));
    expect(main).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', main!)).toBe(true);
    expect(f.of('PART_OF')).toEqual([]);
  });

  it('keeps the expanded talks after a meeting of no restricted format part of it', () => {
    const f = facts(
      'President Ana Ruiz and President Luis Mora held a meeting in Lima, followed by talks in an expanded format.',
    );
    expect(f.of('PART_OF').length).toBe(1);
  });
});

describe('event.in-visit-meeting: meetings held inside a visit told after it', () => {
  it('reads "During his stay in City, he also met A and B" as two meetings of the visitor, each part of the visit', () => {
    const f = facts(
      'President Ana Ruiz is on an official visit to Chile. During her stay in Santiago, she also met President Luis Mora and Foreign Minister Pedro Lagos.',
    );
    const visit = f.names.find((n) => /visit to Chile/.test(n))!;
    for (const [name, other] of [
      ['Ruiz-Mora meeting', 'Luis Mora'],
      ['Ruiz-Lagos meeting', 'Pedro Lagos'],
    ]) {
      expect(f.names).toContain(name);
      expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', name!)).toBe(true);
      expect(f.has('PARTICIPATED_IN', other!, name!)).toBe(true);
      expect(f.has('PART_OF', name!, visit)).toBe(true);
    }
    expect(f.has('PARTICIPATED_IN', 'Pedro Lagos', 'Ruiz-Mora meeting')).toBe(false);
  });

  it('reads "The visit included talks with A and a meeting with B" with the noun of each', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz paid a working visit to Chile on 3 May 2024. The visit included talks with President Luis Mora and a meeting with Senator Pedro Lagos.',
    );
    expect(f.names).toContain('Ruiz-Mora talks');
    expect(f.names).toContain('Ruiz-Lagos meeting');
  });

  it('reads "In the course of the visit, he held talks with Y" after "arrived in City on a state visit"', () => {
    const f = facts(
      'President Luis Mora arrived in Lisbon on a state visit on 3 May 2024. In the course of the visit, he held talks with Prime Minister Ana Ruiz.',
    );
    expect(f.names).toContain("Luis Mora's state visit to Lisbon");
    expect(f.has('PART_OF', 'Mora-Ruiz talks', "Luis Mora's state visit to Lisbon")).toBe(true);
  });

  it('makes no meeting of a sentence outside the visit, nor of a person merely named in it', () => {
    const f = facts(
      'President Ana Ruiz is on an official visit to Chile. She thanked President Luis Mora for the invitation. Her meeting with the press was cancelled.',
    );
    expect(f.names.filter((n) => /Ruiz-Mora/.test(n))).toEqual([]);
  });
});

describe('event.listed-meeting: a dated or timed programme line', () => {
  it('reads "• Tuesday 5 March: meeting with X" in the programme of a visit', () => {
    const f = facts(
      'Programme of the official visit of Prime Minister Ana Ruiz to Chile:\n• Tuesday 5 March: meeting with President Luis Mora at La Moneda\n',
    );
    const m = f.names.find((n) => /meeting with President Luis Mora/.test(n))!;
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', m)).toBe(true);
  });

  it('needs the bullet: a sentence "Tuesday: meeting with X" in prose is no programme line', () => {
    const f = facts('The minister said on Tuesday: meeting with President Luis Mora was useful.');
    expect(f.names.filter((n) => /meeting with/.test(n))).toEqual([]);
  });
});

describe('event.main-not-unheld and the "is expected to" cue: meetings still to come or not held', () => {
  it('makes no held pair visit of "will pay a state visit", and gives it no participants', () => {
    const f = facts(
      'At the invitation of President Ana Ruiz, President Luis Mora of Chile will pay a state visit to Peru from 26 to 31 May.',
    );
    expect(f.names.filter((n) => /Ruiz-Mora|Mora-Ruiz/.test(n))).toEqual([]);
    expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });

  it('gives no participant to a gathering someone "is expected to attend"', () => {
    const f = facts(
      'President Ana Ruiz is expected to attend the Commonwealth Heads of Government Meeting in Apia in October.',
    );
    expect(f.of('PARTICIPATED_IN')).toEqual([]);
  });

  it('makes no meeting of "no meeting between A and B was scheduled"', () => {
    const f = facts(
      'The spokesperson said that no meeting between President Ana Ruiz and President Luis Mora was scheduled.',
    );
    expect(f.names).toEqual([]);
  });

  it('still reads the held meeting of a sentence that also plans one', () => {
    const f = facts('President Ana Ruiz met President Luis Mora in Lima on 3 May 2024 and will visit Chile in June.');
    expect(f.names).toContain('Ruiz-Mora meeting in Lima');
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Ruiz-Mora meeting in Lima')).toBe(true);
  });
});

describe('participants of events named by kind, place, date and partner', () => {
  it('participated.between-people: "the Geneva talks of 10 January between A and B"', () => {
    const f = facts(
      'Allies were briefed on the Geneva talks of 10 January between Deputy Foreign Minister Ana Ruiz and Deputy Foreign Minister Luis Mora.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'Geneva talks')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'Geneva talks')).toBe(true);
  });

  it('participated.their-event: "X spoke with Y, following up on their meeting in Paris last month"', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz spoke with Foreign Minister Luis Mora of Chile, following up on their meeting in Paris last month.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'meeting in Paris')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'meeting in Paris')).toBe(true);
  });

  it('participated.their-event: no pair for "their meeting" of people outside the readout\'s own event', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz spoke with Foreign Minister Luis Mora of Chile. Minister Pedro Lagos recalled their meeting in Paris last month.',
    );
    expect(f.has('PARTICIPATED_IN', 'Pedro Lagos', 'meeting in Paris')).toBe(false);
  });

  it('participated.same-sentence: the subject of "arrived in City on a state visit" made the visit', () => {
    const f = facts('President Luis Mora arrived in Lisbon on a state visit on 3 May 2024.');
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', "Luis Mora's state visit to Lisbon")).toBe(true);
  });
});

describe('event.org-gathering: a qualified meeting or session of an organisation', () => {
  it('reads "the ministerial meeting of the Quad" as the gathering the four attended, no pair meeting', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz joined her counterparts, Luis Mora, Pedro Lagos and Jon Ek, for the ministerial meeting of the Quad in Tokyo on 29 July 2024.',
    );
    expect(f.names).toContain('ministerial meeting of the Quad');
    for (const who of ['Ana Ruiz', 'Luis Mora', 'Pedro Lagos', 'Jon Ek'])
      expect(f.has('PARTICIPATED_IN', who, 'ministerial meeting of the Quad')).toBe(true);
    expect(f.names.filter((n) => /Ruiz-Mora/.test(n))).toEqual([]);
  });

  it('keeps the longer body a session is of ("the 55th session of the United Nations Human Rights Council")', () => {
    const f = facts(
      'Minister Ana Ruiz met Minister Luis Mora on the sidelines of the 55th session of the United Nations Human Rights Council.',
    );
    expect(f.names).toContain('55th session of the United Nations Human Rights Council');
  });

  it('makes no gathering of an unqualified "a meeting of the EU"', () => {
    const f = facts('Minister Ana Ruiz said a meeting of the EU could help.');
    expect(f.names).toEqual([]);
  });
});

describe('event.round-between: an ordinal round of talks between parties', () => {
  it('names "the fourth round of political consultations between the Ministries of Foreign Affairs of A and B" with its round', () => {
    const f = facts(
      'The fourth round of political consultations between the Ministries of Foreign Affairs of Armenia and Greece was held in Athens. The Armenian delegation was headed by Deputy Foreign Minister Ana Ruiz.',
    );
    const e = f.names.find((n) => /^fourth round of political consultations between/.test(n));
    expect(e).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', e!)).toBe(true);
  });

  it('keeps talks between parties with no round as they are', () => {
    const f = facts('Political consultations between Armenia and Greece were held in Athens.');
    expect(f.names.some((n) => /^Political consultations between Armenia and Greece/i.test(n))).toBe(true);
  });
});

describe('participated.in-visitor-honour: what is given "in his honour" during a visit', () => {
  it('gives the visitor the state banquet a host gave in his honour', () => {
    const f = facts(
      'President Luis Mora is paying a state visit to Spain from 20 to 23 May 2024. On 21 May, King Pedro Lagos hosted a state banquet in his honour at the Royal Palace.',
    );
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'state banquet')).toBe(true);
  });

  it('gives nobody a banquet told without a visit', () => {
    const f = facts(
      'King Pedro Lagos hosted a state banquet in his honour at the Royal Palace. President Luis Mora spoke.',
    );
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', 'state banquet')).toBe(false);
  });
});

describe('participated.welcomed-guest: a guest told by title after "welcomed"', () => {
  it('gives the guest of "X welcomed Chancellor Y to the Palace" the meeting', () => {
    const f = facts('President Ana Ruiz welcomed Chancellor Luis Mora to the Royal Palace on 3 May 2024.');
    const m = f.names.find((n) => /^Ruiz-Mora meeting/.test(n))!;
    expect(f.has('PARTICIPATED_IN', 'Luis Mora', m)).toBe(true);
  });

  it('gives no event to people of a sentence that welcomes an agreement', () => {
    const f = facts(
      'Minister Pedro Lagos welcomed the agreement on fisheries. On 3 May 2024, President Ana Ruiz held talks with President Luis Mora in Lima.',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Pedro Lagos|'))).toBe(false);
  });
});
