// Unit tests of the oth13 DISCUSSED rule (facts told of another meeting than the readout's own), on made-up sentences
// about invented people and real states and bodies.
import { describe, expect, it } from 'vitest';

import { DATED_AFTER, OTHER_MEETING_FRAME, OTHER_MEETING_SUBJECT, PLUPERFECT } from './rules-oth13.ts';
import { madeUpRelations } from './test-facts.ts';

/** DISCUSSED relations as "from -> to" names. */
function discussed(text: string): string[] {
  return madeUpRelations(text)
    .of('DISCUSSED')
    .map((r) => `${r.from} -> ${r.to}`);
}
const met = 'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May 2024. ';
const fromMain = (d: string[], topic: string) =>
  d.some((x) => /^Mora-Vega \w+ in Lima -> /.test(x) && x.endsWith(`-> ${topic}`));

describe('discussed.other-meeting: facts of a session, a summit or an earlier call', () => {
  it('gives a working lunch its own topics, not the main meeting', () => {
    const d = discussed(
      `${met}At the working lunch that followed, the leaders exchanged views on the situation in Sudan.`,
    );
    expect(fromMain(d, 'Sudan')).toBe(false);
    expect(d.some((x) => /lunch -> Sudan$/.test(x))).toBe(true);
  });

  it('gives the summit a meeting was held beside what "The Summit discussed"', () => {
    const d = discussed(
      'President Luis Mora of Chile met President Carla Vega of Peru on the sidelines of the APEC Summit in Lima on 3 May 2024. ' +
        'The Summit discussed the crisis in Haiti.',
    );
    expect(d.some((x) => /meeting .*-> crisis in Haiti$/.test(x))).toBe(false);
    expect(d.some((x) => /Summit -> crisis in Haiti$/.test(x))).toBe(true);
  });

  it('keeps from the main meeting what an earlier, dated call dealt with', () => {
    const d = discussed(
      `${met}In a telephone conversation on 2 April, the two presidents had discussed the situation in Sudan.`,
    );
    expect(fromMain(d, 'Sudan')).toBe(false);
  });

  it('keeps from the main meeting what a call the visitors paid dealt with', () => {
    const d = discussed(
      `${met}Later the ministers called on the Speaker, and during the call they discussed relations with Japan.`,
    );
    expect(fromMain(d, 'Japan')).toBe(false);
  });

  it('(negative) leaves the main meeting its own topics in the same readout', () => {
    const d = discussed(
      `${met}They discussed relations with Brazil. At the working lunch, they exchanged views on Sudan.`,
    );
    expect(fromMain(d, 'Brazil')).toBe(true);
  });

  it('(negative) leaves a call its topics when the readout is of that call', () => {
    const d = discussed(
      'President Luis Mora of Chile held a telephone conversation with President Carla Vega of Peru on 3 May 2024. ' +
        'During the call, they discussed the situation in Sudan.',
    );
    expect(d.some((x) => x.endsWith('-> Sudan'))).toBe(true);
  });

  it('(negative) leaves the summit its topics when the readout is of the summit', () => {
    const d = discussed('The APEC Summit was held in Lima on 3 May 2024. The Summit discussed the situation in Sudan.');
    expect(d.some((x) => /Summit -> Sudan$/.test(x))).toBe(true);
  });

  it('(negative) reads generic words for talks as the main meeting', () => {
    expect(fromMain(discussed(`${met}During the talks, they discussed the situation in Sudan.`), 'Sudan')).toBe(true);
  });
});

describe('discussed.other-meeting patterns', () => {
  it('reads a meeting noun as subject or frame', () => {
    expect(OTHER_MEETING_SUBJECT.test('The plenary session addressed ')).toBe(true);
    expect(OTHER_MEETING_SUBJECT.test('The 37th AU Summit also discussed ')).toBe(true);
    expect(OTHER_MEETING_SUBJECT.test('The two leaders discussed ')).toBe(false);
    expect(OTHER_MEETING_FRAME.test('At the working lunch that followed, the leaders exchanged views on ')).toBe(true);
    expect(OTHER_MEETING_FRAME.test('During the talks, they discussed ')).toBe(false);
  });

  it('reads a pluperfect and a date after the noun', () => {
    expect(PLUPERFECT.test('the two presidents had discussed')).toBe(true);
    expect(PLUPERFECT.test('the two presidents discussed')).toBe(false);
    expect(DATED_AFTER.test(' on 2 May, the')).toBe(true);
    expect(DATED_AFTER.test(' of May 11')).toBe(true);
    expect(DATED_AFTER.test(', they discussed')).toBe(false);
  });
});

describe('discussed.other-meeting: the gathering a meeting was held at', () => {
  it('(negative) leaves the main meeting what it discussed "during the summit" it was held beside', () => {
    const d = discussed(
      'President Luis Mora of Chile met President Carla Vega of Peru on the sidelines of the APEC Summit in Lima on 3 May 2024. ' +
        'During the summit, the two presidents discussed the situation in Sudan.',
    );
    expect(fromMain(d, 'Sudan')).toBe(true);
  });
});

describe('discussed.other-meeting: a name going on after the meeting noun', () => {
  it('(negative) reads "at the X Forum Leaders Meeting" as one name, no frame of its last words', () => {
    const d = discussed(
      `${met}They recalled the declaration endorsed at the 51st Pacific Islands Forum Leaders Meeting in Suva.`,
    );
    expect(d.some((x) => /^51st Pacific Islands Forum -> /.test(x))).toBe(false);
  });
});
