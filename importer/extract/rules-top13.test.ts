// Unit tests of the top13 DISCUSSED rules on made-up sentences about invented people and real states and bodies.
import { describe, expect, it } from 'vitest';

import { INCIDENT_PLACE_BEFORE, PEOPLE_OF_BEFORE, RECALLED_OWN_BEFORE } from './rules-top13.ts';
import { madeUpRelations } from './test-facts.ts';

function topics(text: string): string[] {
  return madeUpRelations(text)
    .of('DISCUSSED')
    .map((r) => r.to);
}
const opening = 'President Luis Mora of Chile met President Carla Vega of Peru in Lima on 3 May 2024. ';

describe('discussed.incident-place: the third state a discussed crisis is in', () => {
  it('gives the state when the readout names it again outside the crisis', () => {
    const t = topics(`${opening}They discussed the conflict in Sudan. The Chilean envoy travelled to Sudan in April.`);
    expect(t).toContain('conflict in Sudan');
    expect(t).toContain('Sudan');
  });

  it("gives no state named only inside the crisis (the banks' convention)", () => {
    const t = topics(`${opening}They discussed the war in Ukraine.`);
    expect(t).toContain('war in Ukraine');
    expect(t).not.toContain('Ukraine');
  });

  it("gives none of the meeting's own states", () => {
    expect(topics(`${opening}They discussed the crisis in Peru and trade with Peru.`)).not.toContain('Peru');
  });

  it('reads only crisis words before "in"', () => {
    expect(INCIDENT_PLACE_BEFORE.test('the fighting in eastern ')).toBe(true);
    expect(INCIDENT_PLACE_BEFORE.test('the elections in ')).toBe(false);
    expect(INCIDENT_PLACE_BEFORE.test('the summit in ')).toBe(false);
  });
});

describe('discussed.org-beyond-name: a body named on its own despite a name elsewhere containing it', () => {
  it('keeps the body a topic when only an earlier summit recalled elsewhere contains it', () => {
    const t = topics(
      `${opening}They recalled the Trilateral Memorandum signed at the NATO Summit in Madrid in June 2022. ` +
        'They discussed the NATO membership of Sweden.',
    );
    expect(t).toContain('NATO');
  });

  it("gives no body whose name is the meeting's frame", () => {
    const t = topics(
      'President Luis Mora of Chile met President Carla Vega of Peru on the sidelines of the G20 Summit in Rio de Janeiro on 18 November 2024. ' +
        'They discussed the G20 presidency and clean energy.',
    );
    expect(t).not.toContain('G20');
  });

  it('gives no body named in the same sentence as a name it hosts', () => {
    const t = topics(
      `${opening}As holder of the G20 Presidency, President Mora renewed his invitation to the G20 Summit in Santiago.`,
    );
    expect(t).not.toContain('G20');
  });
});

describe("discussed.people-of: a body naming people's principal", () => {
  it('gives no topic for "the advisers of the X"', () => {
    const t = topics(`${opening}Following a proposal by the political advisers of the OSCE, they discussed trade.`);
    expect(t).not.toContain('OSCE');
  });

  it('keeps the body a topic when no word for people precedes it', () => {
    expect(topics(`${opening}Following a proposal by the OSCE, they discussed trade.`)).toContain('OSCE');
  });

  it('matches words for people, not "the future of" or "the role of"', () => {
    expect(PEOPLE_OF_BEFORE.test('the political advisers of the ')).toBe(true);
    expect(PEOPLE_OF_BEFORE.test('representatives of ')).toBe(true);
    expect(PEOPLE_OF_BEFORE.test('the future of the ')).toBe(false);
    expect(PEOPLE_OF_BEFORE.test('the role of the ')).toBe(false);
  });
});

describe("discussed.recalled-own: a visit recalled as the speaker's own is background", () => {
  it('gives no topic for "recalled his official visit to X"', () => {
    const t = topics(`${opening}President Mora recalled his official visit to Peru in June 2023.`);
    expect(t.some((n) => /visit/.test(n))).toBe(false);
  });

  it('keeps an incident recalled without a possessive a topic', () => {
    expect(
      topics(`${opening}The two Presidents recalled the earthquake that struck Ecuador in April.`).some((n) =>
        /earthquake/.test(n),
      ),
    ).toBe(true);
  });

  it('keeps a visit the meeting arranged a topic', () => {
    const t = topics(`${opening}President Mora invited President Vega to pay a state visit to Chile next year.`);
    expect(t.some((n) => /visit/.test(n))).toBe(true);
  });

  it('needs the possessive right before the name', () => {
    expect(RECALLED_OWN_BEFORE.test('He also recalled his official ')).toBe(true);
    expect(RECALLED_OWN_BEFORE.test('The Presidents recalled the ')).toBe(false);
  });
});

describe('discussed.at-body: a body named as a place', () => {
  it('gives no topic for a seat ("at United Nations Headquarters")', () => {
    const t = topics(
      'Minister Ana Ruiz of Chile met Minister Luis Mora of Peru briefly at United Nations Headquarters in New York on 3 May 2024. They discussed fisheries.',
    );
    expect(t).not.toContain('United Nations');
  });

  it('gives no topic for a forum in a list of places ("including at the United Nations")', () => {
    const t = topics(`${opening}They agreed to refrain from criticising each other, including at the United Nations.`);
    expect(t).not.toContain('United Nations');
  });

  it('keeps a body after a bare "at" a topic ("its complaint at the World Trade Organization")', () => {
    const t = topics(`${opening}They welcomed Peru's withdrawal of its complaint at the World Trade Organization.`);
    expect(t).toContain('World Trade Organization');
  });
});
