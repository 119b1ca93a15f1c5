// Unit tests of the prc29a rules (issue 6, precision of DISCUSSED and INVOLVES) on made-up sentences about invented
// people and real states and bodies, negatives (the false reading) and positives (the true reading kept).
import { beforeAll, describe, expect, it } from 'vitest';

import { helpedThrough } from './rules-prc29-incidents.ts';
import { DURATION_EVENT, toldAsPrecedent } from './rules-prc29.ts';
import { extractFacts, madeUpRelations } from './test-facts.ts';

/** Relations (ends by name) of made-up readout text. */
function facts(text: string) {
  const { out, rels } = madeUpRelations(text);
  return {
    has: (type: string, from: string, to: string) =>
      rels.some((r) => r.type === type && r.from === from && r.to === to),
    topicsOf: (from: string) => rels.filter((r) => r.type === 'DISCUSSED' && r.from === from).map((r) => r.to),
    events: () => out.entities.filter((e) => e.type === 'Event').map((e) => e.name),
  };
}

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

const OPENING = 'Foreign Minister Ana Ruiz of Peru met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ';
const MEETING = 'Ruiz-Mora meeting in Lima';

describe('discussed.held-at-which', () => {
  it("gives what a side meeting's relative clause names to that meeting, past its people and time", () => {
    const f = facts(
      `${OPENING}Minister Ruiz also held a separate meeting with Minister Mora's deputy after the talks, in which ` +
        'they discussed the Andean Summit.',
    );
    expect(f.has('DISCUSSED', MEETING, 'Andean Summit')).toBe(false);
    expect(f.has('DISCUSSED', 'separate meeting', 'Andean Summit')).toBe(true);
  });

  it("keeps the subject of the readout's own meeting told without a relative clause", () => {
    const f = facts(`${OPENING}The two ministers discussed the Lima Summit of the Pacific Alliance.`);
    expect(f.has('DISCUSSED', MEETING, 'Lima Summit')).toBe(true);
  });
});

describe('prc29 topic vetoes', () => {
  it("does not read a thanked supporter, a chair, an offered host, an addressee or a person's state as a topic", () => {
    for (const [sentence, body] of [
      ['Minister Ruiz thanked Brazil, Norway and the European Union for their continued support.', 'Norway'],
      ['Minister Ruiz thanked the United Nations and Norway for accompanying the process.', 'Norway'],
      ['The chairmanship passed to Minister Mora, with Ecuador as incoming Chair.', 'Ecuador'],
      ['The Government of Ecuador has offered to host the next meeting.', 'Ecuador'],
      ['Minister Mora will brief the Andean Community on the outcome of the talks.', 'Andean Community'],
      [
        'Minister Ruiz will report on the meeting to the Organization of American States.',
        'Organization of American States',
      ],
      ['The talks were observed by Ambassador Luis Vega of Ecuador.', 'Ecuador'],
      ['For more information, please contact the Andean Community.', 'Andean Community'],
    ]) {
      const f = facts(`${OPENING}${sentence}`);
      expect(f.topicsOf(MEETING), sentence).not.toContain(body);
    }
  });

  it('keeps states and bodies the meeting dealt with', () => {
    for (const [sentence, body] of [
      ['The ministers discussed the situation in Ecuador and thanked each other for their support.', 'Ecuador'],
      ['They discussed relations with Norway.', 'Norway'],
      ['They discussed the Andean Community and its chairmanship.', 'Andean Community'],
      ['They discussed the request of Ecuador to join the Pacific Alliance.', 'Ecuador'],
    ]) {
      const f = facts(`${OPENING}${sentence}`);
      expect(f.topicsOf(MEETING), sentence).toContain(body);
    }
  });
});

describe('discussed.not-duration', () => {
  it('reads a span of talks counted in time as a duration, not a named process or round', () => {
    for (const name of ['two years of negotiations', 'almost three years of negotiations', 'Nine months of talks'])
      expect(DURATION_EVENT.name.test(name), name).toBe(true);
    for (const name of ['first round of negotiations', 'negotiations of 2023', 'Year of Dialogue'])
      expect(DURATION_EVENT.name.test(name), name).toBe(false);
  });
});

describe('discussed.not-onward-attendance', () => {
  it('does not give the meeting a gathering someone goes on to attend or travel to', () => {
    for (const sentence of [
      'Minister Ruiz will attend the Andean Summit in Quito next week.',
      'Minister Mora leaves tomorrow for Quito for the Andean Summit.',
    ]) {
      const f = facts(`${OPENING}The ministers discussed trade. ${sentence}`);
      expect(f.events(), sentence).toContain('Andean Summit');
      expect(f.topicsOf(MEETING), sentence).not.toContain('Andean Summit');
    }
  });

  it('keeps a gathering the meeting dealt with', () => {
    const f = facts(`${OPENING}The ministers discussed trade and the Andean Summit. Minister Ruiz will attend it.`);
    expect(f.topicsOf(MEETING)).toContain('Andean Summit');
  });
});

describe('involves.not-helped-through', () => {
  const S = { start: 0, end: 10_000 };
  const at = (text: string, helper: string, incident: string) => {
    const h = text.indexOf(helper);
    const e = text.indexOf(incident);
    return helpedThrough(text, S, { start: h, end: h + helper.length }, { start: e, end: e + incident.length });
  };

  it('reads a state thanked for help through an incident, or its help, as a helper', () => {
    expect(
      at('He thanked the Government of India for the relief extended after the earthquake.', 'India', 'earthquake'),
    ).toBe(true);
    expect(at('He thanked Chile for its support during the floods of May.', 'Chile', 'floods')).toBe(true);
    expect(at('He recalled the assistance Chile has extended to Peru since the floods.', 'Chile', 'floods')).toBe(true);
    expect(at('He recalled the aid provided by Chile during the floods.', 'Chile', 'floods')).toBe(true);
  });

  it('keeps the state the incident struck and a state named as its actor', () => {
    expect(
      at(
        'He thanked Chile for its support after the storm struck Peru and for the aid during the floods.',
        'Peru',
        'floods',
      ),
    ).toBe(false);
    expect(at('He condemned the attack by Chile on the border post.', 'Chile', 'attack')).toBe(false);
    expect(at('He discussed the support of Chile for Peru during the floods.', 'Peru', 'floods')).toBe(false);
  });
});

describe('discussed.not-precedent', () => {
  const at = (text: string, name: string) => toldAsPrecedent(text, text.indexOf(name));

  it('reads an agreement the new text succeeds, replaces or incorporates, or the talks followed, as background', () => {
    expect(at('The Lima Accord succeeds the Quito Agreement of 2000.', 'Quito Agreement')).toBe(true);
    expect(at('It replaces the Treaty of Santiago of 1984.', 'Treaty of Santiago')).toBe(true);
    expect(
      at('It incorporates the Arica Declaration, reached in June, and the Tacna Protocol.', 'Tacna Protocol'),
    ).toBe(true);
    expect(at('The talks followed the ceasefire agreement signed in May.', 'ceasefire agreement')).toBe(true);
  });

  it('keeps an agreement the meeting went over, built on or rested on', () => {
    expect(at('The ministers reviewed the Quito Agreement of 2000.', 'Quito Agreement')).toBe(false);
    expect(at('It builds on the Arica Declaration.', 'Arica Declaration')).toBe(false);
    expect(at('Peace must rest on international law and the UN Charter.', 'UN Charter')).toBe(false);
  });
});
