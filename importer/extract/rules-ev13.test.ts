// Unit tests of the ev13 event rules (issue 6) on made-up sentences about invented people: the meeting-phrase fallback,
// meetings told by a verb in any clause, and the two part-of hooks, each with positive and negative cases. The sixth
// events bank (bank-events-6.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { MEETING_PHRASE, TOLD_ANY_CLAUSE, frameUnnamed } from './rules-ev13.ts';
import { eventFacts as facts } from './test-facts.ts';
import type { Found } from './types.ts';

const OPENING = 'Foreign Minister Ana Ruiz received Foreign Minister Luis Mora of Chile in Lima on 3 May. ';

describe('event.meeting-phrase: a meeting noun phrase pinned by place, date or a capitalised modifier', () => {
  it('names an earlier meeting by its place and month, without the possessive', () => {
    const f = facts(`${OPENING}The ministers reviewed the progress made since their consultations in Quito in March.`);
    expect(f.names).toContain('consultations in Quito in March');
  });

  it('names a meeting by its date, its kind adjective and place, its venue', () => {
    const f = facts(
      `${OPENING}They built on the virtual meeting of 12 February 2024. ` +
        'A quadrilateral meeting in Bogotá had prepared the ground. ' +
        'The King later received the two ministers in an audience at Orchid Palace.',
    );
    expect(f.names).toContain('virtual meeting of 12 February 2024');
    expect(f.names).toContain('quadrilateral meeting in Bogotá');
    expect(f.names).toContain('audience at Orchid Palace');
  });

  it('drops opinion words and keeps the kind ("the fruitful bilateral summit in Tallinn")', () => {
    const f = facts(`${OPENING}The two ministers recalled the fruitful bilateral summit in Tallinn last year.`);
    expect(f.names).toContain('bilateral summit in Tallinn');
  });

  it("names a meeting on the sidelines of a gathering by the gathering's place", () => {
    const f = facts(
      `${OPENING}The ministers first discussed the matter at their meeting on the sidelines of the Global Ocean Forum in Nairobi on 2 April.`,
    );
    expect(f.names).toContain('meeting in Nairobi');
  });

  it('reads a meeting invited to as still to come: no one takes part in it, nothing is part of it', () => {
    const f = facts(
      `${OPENING}Minister Ruiz invited Minister Mora to attend the regional coordination meeting in Quito in July.`,
    );
    const name = f.names.find((n) => n.startsWith('regional coordination meeting in Quito'));
    expect(name).toBeDefined();
    expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith(`|${name}`))).toEqual([]);
    expect(f.of('PART_OF').filter((r) => r.endsWith(`|${name}`))).toEqual([]);
  });

  it('makes no event of a bare noun, a generic or negated meeting, or a predicate describing the meeting', () => {
    const f = facts(
      `${OPENING}The meeting was cordial. Meetings of this kind are useful. ` +
        'No summit in Quito is planned. Any talks in Bogotá would be possible only after the elections. ' +
        'It was the first meeting between the two ministers.',
    );
    expect(f.names.filter((n) => /Quito|Bogotá|first meeting|^meeting$/.test(n))).toEqual([]);
  });

  it('keeps its patterns as named data', () => {
    expect(MEETING_PHRASE.generic.test('regular')).toBe(true);
    expect(MEETING_PHRASE.generic.test('bilateral')).toBe(false);
    expect(MEETING_PHRASE.kindAfter.test(' of this kind are useful')).toBe(true);
    expect(MEETING_PHRASE.placeIn.exec(' in Santiago in December, they')?.[0]).toBe(' in Santiago in December');
    expect(MEETING_PHRASE.placeIn.test(' in March')).toBe(false);
    expect(MEETING_PHRASE.partner.test(' with Prime Minister of the State of Chile Luis Mora')).toBe(false);
  });
});

describe('event.told-any-clause: a meeting told by its verb in any later clause', () => {
  it('reads "X also met with Y" and "X was also received by Y" after the opening', () => {
    const f = facts(
      `${OPENING}Minister Mora also met with Vice President Clara Soto. Minister Mora was later received by President Jorge Vidal.`,
    );
    expect(f.names).toContain('Mora-Soto meeting');
    expect(f.names).toContain('Vidal-Mora meeting');
    expect(f.has('PARTICIPATED_IN', 'Clara Soto', 'Mora-Soto meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Jorge Vidal', 'Vidal-Mora meeting')).toBe(true);
  });

  it('reads "A and B met in City" as a meeting of the two at that place', () => {
    const f = facts(
      `${OPENING}The visit follows up on January, when President Jorge Vidal and President Elsa Brand met in Davos.`,
    );
    expect(f.names).toContain('Vidal-Brand meeting in Davos');
    expect(f.has('PARTICIPATED_IN', 'Elsa Brand', 'Vidal-Brand meeting in Davos')).toBe(true);
  });

  it('reads "had spoken by phone with" as a call, and no meeting from "is expected to meet" (still to come)', () => {
    const f = facts(
      `${OPENING}On Monday, Minister Ruiz had spoken by phone with Minister Clara Soto. ` +
        'President Jorge Vidal is expected to meet President Elsa Brand in Geneva next month.',
    );
    expect(f.names).toContain('Ruiz-Soto telephone conversation');
    expect(f.names.filter((n) => n.includes('Vidal-Brand'))).toEqual([]);
  });

  it('reads a sentence led by "He" as told of the readout\'s subject', () => {
    const f = facts(`${OPENING}He also met the Minister of Finance, Clara Soto, with whom he discussed trade.`);
    expect(f.names).toContain('Ruiz-Soto meeting');
  });

  it('makes no meeting of people who lead teams, of the opening, or of a pair already met', () => {
    const f = facts(
      `${OPENING}Minister Ruiz and Minister Mora met again on 4 May. ` +
        'The two negotiating teams, led by Clara Soto and Jorge Vidal, met in Lima in successive rounds.',
    );
    expect(f.names.filter((n) => /Soto|Vidal/.test(n))).toEqual([]);
    expect(f.names.filter((n) => /Ruiz-Mora meeting$/.test(n))).toEqual([]);
  });

  it('keeps its connectors as named data', () => {
    const met = TOLD_ANY_CLAUSE.find((t) => t.id === 'met')!;
    expect(met.between.test(' also met with ')).toBe(true);
    expect(met.between.test(' said that the ministers met ')).toBe(false);
  });
});

describe('part-of.frame-unnamed', () => {
  const ev = (name: string, start: number, sentence: number) => ({ name, start, sentence }) as Found;
  it('reads "On the margins of the meeting, A talked with B" as a part of the readout\'s meeting', () => {
    const text = 'On the margins of the meeting, Ruiz talked with Mora.';
    expect(frameUnnamed(text, 0, ev('Ruiz-Mora meeting', 31, 2), ev('Lima Forum', 0, 0))).toBe(true);
  });
  it('does not when the frame is named right after the cue', () => {
    const text = 'On the margins of the Lima Forum, Ruiz talked with Mora.';
    expect(frameUnnamed(text, 0, ev('Lima Forum', 18, 2), ev('Ruiz-Mora meeting', 0, 0))).toBe(false);
  });
});
