// Unit tests of the top30 rules (issue 6, DISCUSSED on the annotated samples) on made-up sentences about invented
// people and real states and bodies, negatives (the false reading) and positives (the true reading kept).
import { beforeAll, describe, expect, it } from 'vitest';

import { NEIGHBOUR_EVENT, UNCUED_TOPIC } from './rules-top30.ts';
import { extractFacts, madeUpRelations } from './test-facts.ts';

/** The DISCUSSED objects of made-up readout text, from one subject. */
function topicsOf(text: string, from: string): string[] {
  return madeUpRelations(text)
    .rels.filter((r) => r.type === 'DISCUSSED' && r.from === from)
    .map((r) => r.to);
}

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

const OPENING = 'Foreign Minister Ana Ruiz of Peru met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ';
const MEETING = 'Ruiz-Mora meeting in Lima';

describe('discussed.not-uncued', () => {
  it('does not read a state or body named as a provision, signatory, participant, place or narrative as a topic', () => {
    for (const [sentence, body] of [
      ['The accord provides for a joint commission under the supervision of the Andean Community.', 'Andean Community'],
      ['The Union was represented by a team of the European Commission.', 'European Commission'],
      ['Twelve states and the European Union signed the accord on its first day.', 'European Union'],
      ['Minister Mora leaves tomorrow for Ecuador, the second leg of his tour.', 'Ecuador'],
      ['Candidates had also been put forward by Bolivia and Paraguay.', 'Paraguay'],
      ['Minister Mora recalled that Bolivia joined the dialogue in 2019.', 'Bolivia'],
    ]) {
      expect(topicsOf(`${OPENING}The ministers discussed trade. ${sentence}`, MEETING), sentence).not.toContain(body);
    }
  }, 60_000);

  it('keeps a state or body named where the text speaks of it', () => {
    for (const [sentence, body] of [
      ['The ministers discussed the situation in Ecuador.', 'Ecuador'],
      ['They exchanged views on relations with the European Union.', 'European Union'],
      ['Both sides committed to working together within the World Trade Organization.', 'World Trade Organization'],
      ['Minister Mora pointed out that such flights violate the sovereignty of Bolivia.', 'Bolivia'],
      ['The two ministers congratulated Ecuador on its chairmanship of the Andean Community.', 'Ecuador'],
      ['They talked about the protecting power mandate of Switzerland.', 'Switzerland'],
    ]) {
      expect(topicsOf(`${OPENING}${sentence}`, MEETING), sentence).toContain(body);
    }
  }, 60_000);

  it('reads an item of a list with its lead-in', () => {
    const text = 'The leaders agreed on the following:\n(i) an immediate end to the blockade of the port;\n';
    expect(UNCUED_TOPIC.item.test('(ii) the opening of talks')).toBe(true);
    expect(UNCUED_TOPIC.item.test('The opening of talks')).toBe(false);
    const topics = topicsOf(`${OPENING}${text}(ii) a joint commission with the Andean Community.`, MEETING);
    expect(topics).toContain('Andean Community');
  });
});

describe('discussed.state-list-run', () => {
  it('keeps four states told over the clauses of a sentence as subjects', () => {
    const sentence =
      'The ministers received updates on the disputes between Guyana and Venezuela and between Belize and Guatemala.';
    const topics = topicsOf(`${OPENING}${sentence}`, MEETING);
    for (const st of ['Guyana', 'Venezuela', 'Belize', 'Guatemala']) expect(topics, st).toContain(st);
  });

  it('still reads four states in one run of a list as an enumeration, not subjects', () => {
    const sentence =
      'They expressed their sympathy to the families of the citizens of Bolivia, Ecuador, Paraguay and Uruguay who ' +
      'were lost at sea.';
    const topics = topicsOf(`${OPENING}${sentence}`, MEETING);
    for (const st of ['Bolivia', 'Ecuador', 'Paraguay', 'Uruguay']) expect(topics, st).not.toContain(st);
  });

  it('reads the witnesses of an agreement and those another meeting was held with as no subjects', () => {
    const witnessed =
      'They discussed the accord signed in Lima between Bolivia and Paraguay, witnessed by Brazil and Uruguay.';
    const held = 'They discussed the meeting on Guyana convened by the OAS in Lima with Bolivia, Brazil and Uruguay.';
    for (const sentence of [witnessed, held]) {
      const topics = topicsOf(`${OPENING}${sentence}`, MEETING);
      for (const st of ['Brazil', 'Uruguay']) expect(topics, `${st}: ${sentence}`).not.toContain(st);
    }
  }, 60_000);
});

describe('discussed.not-neighbour-event', () => {
  it('does not give the meeting an event told only as its neighbour in time', () => {
    const sentence = 'The ministers discussed trade. The talks were held in the run-up to the Andean Summit in Quito.';
    expect(madeUpRelations(`${OPENING}${sentence}`).rels.filter((r) => r.type === 'DISCUSSED')).toEqual([]);
  });

  it('keeps an event the meeting dealt with', () => {
    const sentence = 'The ministers discussed the preparations for the Andean Summit in Quito.';
    expect(topicsOf(`${OPENING}${sentence}`, MEETING)).toContain('Andean Summit');
  });

  it('reads the frame and neighbour phrases, not a subject phrase', () => {
    for (const before of [
      'is expected to meet President Lula on the margins of the ',
      'his meeting with President Lula on the sidelines of the ',
      'The summit was preceded by the ',
      'The summit will be followed on Monday by the ',
      'The talks were held in the run-up to the ',
    ])
      expect(NEIGHBOUR_EVENT.before.test(before), before).toBe(true);
    for (const before of ['They discussed the preparations for the ', 'They reviewed the outcome of the '])
      expect(NEIGHBOUR_EVENT.before.test(before), before).toBe(false);
  });
});
