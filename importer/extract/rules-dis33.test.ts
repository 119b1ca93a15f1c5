// The dis33 round's tests (issue 6): a discussed meeting's own party is no topic of its own, and negotiations named
// by their length dealt with the agreement they produced; made-up readouts, each rule with a negative its guard stops.
import { describe, expect, it, vi } from 'vitest';

import { DISCUSSED_NEGOTIATIONS_LENGTH, DISCUSSED_NOT_AGENT, DISCUSSED_NOT_PROVISION } from './rules-dis33.ts';
import { madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const TALLINN =
  'Estonia and Chile foreign ministers meet in Tallinn\n\nForeign Minister Ana Berg of Estonia met Foreign Minister ' +
  'Juan Ruiz of Chile in Tallinn on 2 May. The ministers discussed preparations for the NATO Summit in Washington ' +
  'in July. They also discussed the membership of Finland in the North Atlantic Treaty Organization. They exchanged ' +
  'views on the crisis in Sudan and agreed that the people of Sudan need an immediate ceasefire.';

describe('discussed.not-other-meeting-party', () => {
  const topics = () =>
    madeUpRelations(TALLINN)
      .of('DISCUSSED')
      .filter((r) => r.from === 'Berg-Ruiz meeting in Tallinn')
      .map((r) => r.to);
  it('takes no topic that is already the party of a meeting the main one discussed', () => {
    const facts = madeUpRelations(TALLINN);
    // NATO is the party of the NATO Summit (its own INVOLVES), which the meeting discussed.
    expect(facts.byRule('involves.in-name.planned')).toContain('INVOLVES|NATO Summit|NATO');
    expect(topics()).toContain('NATO Summit');
    expect(topics()).not.toContain('NATO');
    // Finland, told on its own, stays a topic.
    expect(topics()).toContain('Finland');
  });
  it('keeps the party of a discussed incident or situation a topic too', () => {
    const facts = madeUpRelations(TALLINN);
    expect(facts.byRule('involves.incident-sentence')).toContain('INVOLVES|crisis in Sudan|Sudan');
    expect(topics()).toEqual(expect.arrayContaining(['crisis in Sudan', 'Sudan']));
  });
});

describe('discussed.negotiations-length', () => {
  const R = DISCUSSED_NEGOTIATIONS_LENGTH;
  it('reads the words that make the negotiations the outcome of an agreement', () => {
    for (const before of [
      'The text is the result of ',
      'the agreement crowns more than ',
      'The Agreement concludes ',
      'The accord was reached after ',
      'The memorandum, the natural outcome of nearly ',
    ])
      expect(R.outcome.test(before), before).toBe(true);
    for (const before of ['The Council broke off the negotiations in May 2021, after ', 'Talks began ', 'During '])
      expect(R.outcome.test(before), before).toBe(false);
  });
  const OSLO =
    'Norway and Iceland sign fisheries agreement\n\nForeign Minister Ana Berg of Norway and Foreign Minister Jon ' +
    'Olafsson of Iceland signed the Agreement on the Management of the Herring Stock in Oslo on 2 May. The text is ' +
    'the result of eleven months of negotiations between the two Governments. The ministers also recalled the ' +
    'Framework Agreement on Fisheries of 1995. After seven years of talks, the two sides had broken off an earlier ' +
    'attempt in 2019.';
  it('links "the text is the result of N months of negotiations" to the agreement signed', () => {
    expect(madeUpRelations(OSLO).byRule(R.id)).toEqual([
      'DISCUSSED|eleven months of negotiations|Agreement on the Management of the Herring Stock',
    ]);
  });
  it('links an agreement named in the sentence itself, and nothing where no outcome is told', () => {
    const text =
      'Andorra and the Union conclude talks\n\nThe Association Agreement between the European Union and Andorra is ' +
      'the outcome of eight years of negotiations, the Minister said in Brussels on 2 May. The Minister recalled ' +
      'that the Customs Agreement of 1990 had been broken off once, after three years of talks.';
    const got = madeUpRelations(text).byRule(R.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^DISCUSSED\|eight years of negotiations\|.*Association Agreement/);
    expect(got.some((f) => f.startsWith('DISCUSSED|three years of talks'))).toBe(false);
  });
});

describe('discussed.not-provision', () => {
  const ACCRA =
    'Presidents of Ghana and Togo hold talks in Accra\n\nPresident Kofi Mensah of Ghana held talks with President ' +
    'Yao Agbeko of Togo in Accra on 2 May. The two Presidents reviewed the implementation of the Agreement on ' +
    'Strategic Partnership signed in Lomé in 2019. It establishes a Joint Steering Committee, chaired by the two ' +
    'Heads of State, and provides for cooperation with the Economic Community of West African States on ' +
    'cross-border security. The two Presidents also discussed the situation in Burkina Faso and the work of the ' +
    'African Development Bank on the coastal corridor.';
  it("takes no topic from a sentence telling an agreement's provisions, and keeps the others", () => {
    const topics = madeUpRelations(ACCRA)
      .of('DISCUSSED')
      .map((r) => r.to);
    expect(topics).toEqual(
      expect.arrayContaining(['Agreement on Strategic Partnership', 'Burkina Faso', 'African Development Bank']),
    );
    expect(topics).not.toContain('Joint Steering Committee');
    expect(topics).not.toContain('Economic Community of West African States');
  });
  it("reads provisions at the start of a sentence, not what the meeting's own people did in a text", () => {
    const R = DISCUSSED_NOT_PROVISION.provision;
    for (const s of [
      'It establishes a Joint Commission chaired by the two Heads of State.',
      'The document provides for financing by the World Bank.',
      'In it, Armenia agreed to a civilian mission of the European Union.',
      'Under the Joint Statement, the United Kingdom will keep the base.',
      'The Declaration also calls on the United Nations to act.',
    ])
      expect(R.test(s), s).toBe(true);
    for (const s of [
      'In the Declaration, the leaders endorsed the principles of the Council of Europe.',
      'The ministers discussed the role of the African Union.',
      'In Geneva, the delegations met the envoy of the United Nations.',
      'They agreed that the document provides for too little.',
    ])
      expect(R.test(s), s).toBe(false);
  });
});

describe('discussed.not-agent', () => {
  const TALLINN_2 =
    'Estonia and Chile foreign ministers meet in Tallinn\n\nForeign Minister Ana Berg of Estonia met Foreign ' +
    'Minister Juan Ruiz of Chile in Tallinn on 2 May. The ministers exchanged views on the Andean Dialogue Mechanism ' +
    'launched by Peru, Mexico and Uruguay, and on the statements of support issued by the African Union Commission. ' +
    'They also discussed the situation in Haiti and the role of Brazil in the region.';
  it('takes no topic named as the agent of another named thing, every item of the list after "by"', () => {
    const topics = madeUpRelations(TALLINN_2)
      .of('DISCUSSED')
      .map((r) => r.to);
    for (const agent of ['Peru', 'Mexico', 'Uruguay', 'African Union Commission']) expect(topics).not.toContain(agent);
    expect(topics).toEqual(expect.arrayContaining(['Haiti', 'Brazil']));
  });
  it('reads the agent before the name, not a subject after "by" without a product verb', () => {
    const agent = (before: string) => DISCUSSED_NOT_AGENT.by.test(before) || DISCUSSED_NOT_AGENT.under.test(before);
    expect(agent('the advisory opinion sought from the Court by ')).toBe(true);
    expect(agent('the Committee, co-chaired by Saudi Arabia and ')).toBe(true);
    expect(agent('meeting under the coordination of the ')).toBe(true);
    expect(agent('its role as co-chair, with ')).toBe(true);
    expect(agent('The ministers were briefed by ')).toBe(false);
    expect(agent('They discussed the support given to ')).toBe(false);
    expect(agent('the mechanism launched by Peru. They then discussed ')).toBe(false);
  });
});
