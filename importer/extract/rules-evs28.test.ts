// Tests of the evs28 rules (issue 6) on made-up sentences, negatives included: Event classes the annotated samples
// miss in the most readouts.
import { describe, expect, it } from 'vitest';

import { eventFacts } from './test-facts.ts';

const OPENING = 'Foreign Minister Anna Berg held talks in Oslo on Tuesday with Foreign Minister Erik Lund of Norway. ';

/** The planned events of made-up text after a made-up opening meeting, by name. */
const planned = (text: string) =>
  eventFacts(OPENING + text)
    .events.filter((e) => e.status === 'planned')
    .map((e) => e.name);

describe('event.will-meet-subject', { timeout: 60000 }, () => {
  it('reads a group that will meet, with its place', () => {
    expect(planned('The parties will meet again in Bergen on 21 May to review the plan.')).toContain(
      'meeting of the parties in Bergen',
    );
    expect(planned('The two leaders agreed to meet soon in Washington.')).toContain(
      'meeting of the two leaders in Washington',
    );
    expect(planned('The three principals are to meet again this week to allocate the ministries.')).toContain(
      'meeting of the three principals',
    );
    expect(planned('Officials will meet in early 2026 to agree on the programme.')).toContain('meeting of officials');
  });

  it('reads a standing body that will meet or convene, and one after a participle apposition', () => {
    expect(planned('The Cabinet will convene afterwards to approve the agreement.')).toContain(
      'meeting of the Cabinet',
    );
    expect(planned('The two sides agreed that the Border Working Group would meet at an early date.')).toContain(
      'meeting of the Border Working Group',
    );
    expect(
      planned('A Joint Monitoring Committee, chaired by the African Union, will meet in Lusaka within a month.'),
    ).toContain('meeting of the Joint Monitoring Committee in Lusaka');
  });

  it('reads an order to meet or convene', () => {
    expect(planned('The Prime Minister instructed the Security Council to convene later today.')).toContain(
      'meeting of the Security Council',
    );
    expect(planned('They instructed their Ministers of Defence to meet to prepare the plan.')).toContain(
      'meeting of the Ministers of Defence',
    );
  });

  it('names a meeting of two named people after them', () => {
    expect(
      planned('In Lisbon, Prime Minister Tomas Mora and President Ana Ruiz will meet within the dialogue.'),
    ).toContain('meeting of Tomas Mora and Ana Ruiz');
  });

  it('reads no transitive verb, no pronoun or relative subject, no clause as subject', () => {
    const none = (text: string) => expect(planned(text).filter((n) => n.startsWith('meeting of'))).toEqual([]);
    none('The two countries will meet their obligations under the treaty.');
    none('The Government will convene a donors conference in the spring.');
    none('The Parliament, which will meet only to pass the budget, was prorogued.');
    none('Tomorrow I will meet Premier Li Wen for the annual dialogue.');
    none('Officials said they would meet the demands of the unions.');
    none('President Ana Ruiz is expected to meet Prime Minister Tomas Mora on the margins of the summit.');
  });

  it('leaves a meeting another rule already read in the clause', () => {
    const names = planned('The Heads of State agreed to meet again in Porto on 3 May 2025 for a trilateral summit.');
    expect(names).toContain('trilateral summit in Porto');
    expect(names.some((n) => n.startsWith('meeting of the Heads of State'))).toBe(false);
  });
});

describe('event.qualified-meeting-noun', { timeout: 60000 }, () => {
  const names = (text: string) => eventFacts(OPENING + text).names;

  it('reads a qualified meeting told in passing, and the two who held it take part', () => {
    const f = eventFacts(OPENING + 'Before the talks, the two ministers held a brief bilateral meeting on trade.');
    expect(f.names).toContain('brief bilateral meeting');
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', 'brief bilateral meeting')).toBe(true);
    expect(
      names('The Prime Minister of Denmark congratulated the Swedish minister in a short meeting on the margins.'),
    ).toContain('short meeting');
    expect(names('The King later received the Swedish minister at the Palace for a working meeting.')).toContain(
      'working meeting',
    );
  });

  it('reads no bare meeting, no qualified meeting in the opening sentence, no other noun', () => {
    expect(names('Before the talks, the two ministers held a meeting on trade.')).not.toContain('meeting');
    const opening = eventFacts(
      'Foreign Minister Ana Torres held a working meeting with Foreign Minister Erik Lund in Oslo.',
    );
    expect(opening.names).not.toContain('working meeting');
    expect(names('The two ministers held a brief press conference.').some((n) => /brief/.test(n))).toBe(false);
    // A pair told by name is the pair rules' meeting.
    expect(names('Before the talks, Berg and Lund held a brief bilateral meeting.')).not.toContain(
      'brief bilateral meeting',
    );
  });
});

describe('event.invited-to-visit', { timeout: 60000 }, () => {
  const planned = (text: string) =>
    eventFacts(OPENING + text)
      .events.filter((e) => e.status === 'planned')
      .map((e) => e.name);

  it('reads a visit told by an invitation, named by its visitor when the text names one', () => {
    expect(planned('Minister Lund accepted an invitation to visit Denmark.')).toContain('visit to Denmark');
    expect(planned('The President invited Erik Lund to pay a State Visit to Finland at a convenient time.')).toContain(
      'State Visit of Erik Lund to Finland',
    );
    expect(planned('The Speaker invited him to pay an official visit to Iceland.')).toContain(
      'official visit to Iceland',
    );
  });

  it('reads no invitation to a place in lowercase, nor to something other than a visit', () => {
    const none = (text: string) => expect(planned(text).filter((n) => /visit/i.test(n))).toEqual([]);
    none('The ministers invited the experts to visit the site of the new port.');
    none('Minister Berg invited Norway to join the Nordic initiative.');
    none('He accepted an invitation to attend the Stockholm Forum.');
    none('Minister Berg extended a standing invitation to all Nordic ministers to visit Uppsala at any time.');
  });
});
