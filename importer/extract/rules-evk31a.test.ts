// Tests of the evk31a rules (issue 6) on made-up sentences, negatives included: sittings of standing and joint bodies
// told in passing, which the extractor never made as Events.
import { describe, expect, it } from 'vitest';

import { eventFacts } from './test-facts.ts';

const OPENING = 'Foreign Minister Anna Berg held talks in Oslo on Tuesday with Foreign Minister Erik Lund of Sweden. ';

/** The events of made-up text after a made-up opening meeting: name → status. */
const events = (text: string) =>
  Object.fromEntries(eventFacts(OPENING + text).events.map((e) => [e.name, (e as { status?: string }).status]));

describe('event.its-sitting', { timeout: 60000 }, () => {
  it('reads the next, first or further sitting of a body told by "its", planned, with its place', () => {
    expect(
      events(
        'The two sides agreed that the Joint Boundary Commission will continue its work, and that its next session will be held in Bergen in July.',
      ),
    ).toMatchObject({ 'next session of the Joint Boundary Commission in Bergen': 'planned' });
    expect(
      events(
        'The treaty sets up a Supreme Interstate Council chaired by the two Heads of State; its first meeting is to be held in Tromsø.',
      ),
    ).toMatchObject({ 'first meeting of the Supreme Interstate Council in Tromsø': 'planned' });
    expect(
      events(
        'Minister Lund will brief the Council for Foreign and Community Relations of CARICOM on the talks at its next meeting.',
      ),
    ).toMatchObject({ 'next meeting of the Council for Foreign and Community Relations of CARICOM': 'planned' });
  });

  it('reads a sitting told as held: "whose last meeting took place in", "at its meeting on"', () => {
    expect(
      events('The ministers praised the Nordic Defence Council, whose last meeting took place in Reykjavik in May.'),
    ).toMatchObject({ 'last meeting of the Nordic Defence Council in Reykjavik': 'held' });
    expect(events('The Federal Council took note of the outcome at its meeting on the same day.')).toMatchObject({
      'meeting of the Federal Council': 'held',
    });
  });

  it('gives a held sitting no DISCUSSED from the readout meeting, a planned one its DISCUSSED', () => {
    const f = eventFacts(
      OPENING +
        'The Federal Council took note of the outcome at its meeting on the same day. ' +
        'The two ministers agreed that the Joint Boundary Commission will meet again, and that its next session will be held in Bergen.',
    );
    expect(f.of('DISCUSSED').filter((r) => r.includes('Federal Council'))).toEqual([]);
    expect(f.of('DISCUSSED').some((r) => r.endsWith('|next session of the Joint Boundary Commission in Bergen'))).toBe(
      true,
    );
  });

  it('reads no bare "its meeting" without a preposition before and a day or place after, and no other owner', () => {
    const none = (text: string) =>
      expect(Object.keys(events(text)).filter((n) => /\b(?:meeting|session|round) of the\b/.test(n))).toEqual([]);
    none('The Joint Boundary Commission said its meeting had been useful.');
    none('The Joint Boundary Commission reported that Sweden would host its next session in Bergen.');
    none('Sweden welcomed the Nordic Council and said its next meeting would be held in Bergen.');
    none('Meetings of this kind take place whenever the Commission decides on its own procedure.');
    none('Its next session will be held in Bergen.');
  });
});

describe('event.body-met-in', { timeout: 60000 }, () => {
  it('reads a body told to have met in a place, with its date, held', () => {
    expect(
      events(
        'The Committee of Chiefs of Defence Staff of the Nordic Council, which met in Tromsø on 17 and 18 April, agreed on the exercise plan.',
      ),
    ).toMatchObject({ 'meeting of the Committee of Chiefs of Defence Staff of the Nordic Council in Tromsø': 'held' });
    expect(events('The Joint Border Commission met in Narvik on 2 March to review the markers.')).toMatchObject({
      'meeting of the Joint Border Commission in Narvik': 'held',
    });
  });

  it('reads "met in the <Body> in <Place>" and a second sitting "and again in <Place>"', () => {
    const e = events(
      'Ministers of the four countries met in the Ad Hoc Commission in Bergen in September and again in Tromsø, where they reviewed the complaints.',
    );
    expect(e).toMatchObject({
      'meeting of the Ad Hoc Commission in Bergen': 'held',
      'meeting of the Ad Hoc Commission in Tromsø': 'held',
    });
  });

  it('reads no transitive "met", no lowercase body, no headline, no place that is a month', () => {
    const none = (text: string) =>
      expect(Object.keys(events(text)).filter((n) => n.startsWith('meeting of the'))).toEqual([]);
    none('The Joint Border Commission met the Prime Minister of Norway on Friday.');
    none('A working group of officials, which met in Bergen, prepared the text.');
    none('The Joint Border Commission met in May to review the markers.');
  });
});

describe('event.received-title-subject', { timeout: 60000 }, () => {
  const RIGA =
    'Foreign Minister Anna Berg met the Secretary of State of the United States, Antony Blinken, in Riga on Tuesday. ';

  it('gives "The <Title> was also received by" the one holder of the title as guest', () => {
    const f = eventFacts(RIGA + 'The Secretary of State was also received by Prime Minister Krišjānis Kariņš.');
    expect(f.names).toContain('Kariņš-Blinken meeting');
    expect(f.has('PARTICIPATED_IN', 'Antony Blinken', 'Kariņš-Blinken meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Krišjānis Kariņš', 'Kariņš-Blinken meeting')).toBe(true);
  });

  it('reads a title after a fronted phrase, and "he" after a fronted day without a comma', () => {
    expect(
      eventFacts(RIGA + 'During his visit, the Secretary of State was received by Prime Minister Krišjānis Kariņš.')
        .names,
    ).toContain('Kariņš-Blinken meeting');
    const t =
      'Director General Rafael Grossi arrived in Tehran on Friday for a two-day visit. ' +
      'He met the Vice-President of Iran, Mohammad Eslami. On Saturday he was received by President Ebrahim Raisi.';
    expect(eventFacts(t).names).toContain('Raisi-Grossi meeting');
  });

  it('reads no welcome on arrival, and no title two people hold', () => {
    const arrival = eventFacts(
      RIGA +
        'On arrival at Riga International Airport, the Secretary of State was received by Prime Minister Krišjānis Kariņš.',
    );
    expect(arrival.names).not.toContain('Kariņš-Blinken meeting');
    const two = eventFacts(
      'The Minister of Foreign Affairs of Norway, Anna Berg, met the Minister of Foreign Affairs of Sweden, Erik Lund, in Oslo on Tuesday. ' +
        'The Minister of Foreign Affairs was also received by Prime Minister Jonas Dahl.',
    );
    expect(two.names.filter((n) => n.startsWith('Dahl-'))).toEqual([]);
  });
});

describe('event.sitting-set-for and further sittings still to come', { timeout: 60000 }, () => {
  it('reads a further sitting set for a day, planned', () => {
    expect(
      events(
        'The two delegations agreed to continue their talks, with a further high-level meeting provisionally set for 3 May.',
      ),
    ).toMatchObject({ 'further high-level meeting': 'planned' });
    expect(events('The next round is scheduled for 12 June.')).toMatchObject({ 'next round': 'planned' });
  });

  it('reads no sitting without a series word, and no "set for" of something else', () => {
    const e = Object.keys(
      events('A meeting set for Friday was cancelled. The ministers set the agenda for the summit.'),
    );
    expect(e.filter((n) => /^(?:meeting|agenda)/.test(n))).toEqual([]);
  });

  it('event.to-be-held: "a further session is expected to be held in <Place>"', () => {
    expect(events('A further session is expected to be held in Bergen next week.')).toMatchObject({
      'further session in Bergen': 'planned',
    });
  });

  it('event.will-meet-subject: the clause ends at ", and that …", which tells another meeting', () => {
    expect(
      events(
        'The two sides agreed that the General Border Committee, co-chaired by the two Ministers of Defence, should meet at the earliest opportunity, and that the next meeting of the Commission would be held in Bergen.',
      ),
    ).toMatchObject({ 'meeting of the General Border Committee': 'planned' });
  });
});
