// Unit tests of the top25 DISCUSSED rules on made-up sentences about invented people and real states and bodies (none
// of them a passage of bank-topics-9), negatives included. Each integration test that asserts a fact fails on main's
// rules (ff137aa).
import { beforeAll, describe, expect, it } from 'vitest';

import { arrivedFrom, implementationTopic, signedLongAgo, topicPreposition } from './rules-top25.ts';
import { extractFacts, madeUpRelations } from './test-facts.ts';

/** Relations (ends by name) of made-up readout text: all of one type, one fact, those to one end. */
function facts(text: string) {
  const { rels, of } = madeUpRelations(text);
  return {
    rel: of,
    has: (type: string, from: string, to: string) =>
      rels.some((r) => r.type === type && r.from === from && r.to === to),
    to: (type: string, to: string) => of(type).filter((r) => r.to === to),
  };
}

// The first extraction loads the rules: on a loaded machine it alone may take longer than a test's five seconds.
beforeAll(() => void extractFacts('Minister A met Minister B in Lima.'), 120_000);

const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const OPENING = 'Foreign Minister Ana Ruiz of Peru met Foreign Minister Pablo Mora of Chile in Lima on 3 May. ';
const MEETING = 'Ruiz-Mora meeting in Lima';

describe('discussed.topic-preposition', () => {
  it('reads a state after "Turning to", "With regard to", "in relation to", "then turned to" and "attention shifted to"', () => {
    for (const s of [
      'Turning to Moldova, the ministers',
      'With regard to Lebanon, the minister',
      'They spoke in relation to Venezuela',
      'The conversation then turned to Serbia',
      'Attention then shifted to Serbia',
      'Attention then turned to the situation in Haiti',
      'with respect to the Sudan',
    ]) {
      const state = /(Moldova|Lebanon|Venezuela|Serbia|Haiti|Sudan)/.exec(s)![1]!;
      expect(topicPreposition(s, at(s, state)), s).toBe(true);
    }
  });

  it('leaves "travelled to", "returned to", "moved to" of a person and "to" of an address as places', () => {
    for (const s of [
      'The minister then travelled to Ecuador',
      'She returned to Bolivia',
      'He moved to Brazil in 2010',
      'a letter to Argentina',
    ]) {
      const state = /(Ecuador|Bolivia|Brazil|Argentina)/.exec(s)![1]!;
      expect(topicPreposition(s, at(s, state)), s).toBe(false);
    }
  });

  it('gives the meeting the state told after "Turning to" and "With regard to" as a topic', () => {
    const f = facts(
      `${OPENING}They spoke first about fisheries. Turning to Moldova, the ministers backed its reforms.`,
    );
    expect(f.has('DISCUSSED', MEETING, 'Moldova')).toBe(true);
    const g = facts(`${OPENING}With regard to Lebanon, Minister Ruiz stressed the need for a ceasefire.`);
    expect(g.has('DISCUSSED', MEETING, 'Lebanon')).toBe(true);
    const h = facts(`${OPENING}They agreed on port investment. In relation to Bolivia, both backed the dialogue.`);
    expect(h.has('DISCUSSED', MEETING, 'Bolivia')).toBe(true);
  });

  it('keeps a state the minister travelled on to from the topics', () => {
    const f = facts(`${OPENING}They spoke about fisheries. Minister Ruiz then travelled to Ecuador.`);
    expect(f.to('DISCUSSED', 'Ecuador')).toEqual([]);
  });
});

describe('discussed.not-arrived-from', () => {
  it('reads "who arrived from A", "returning from A", "travelled directly from A" as an origin', () => {
    for (const s of [
      'the minister, who arrived from Croatia,',
      'returning from Japan',
      'having travelled directly from Kenya',
    ]) {
      const state = /(Croatia|Japan|Kenya)/.exec(s)![1]!;
      expect(arrivedFrom(s, at(s, state)), s).toBe(true);
    }
  });

  it('leaves "the withdrawal of forces from A" and "imports from A" alone', () => {
    for (const s of ['the withdrawal of Russian forces from Ukraine', 'rising imports from China']) {
      const state = /(Ukraine|China)/.exec(s)![1]!;
      expect(arrivedFrom(s, at(s, state)), s).toBe(false);
    }
  });

  it('keeps the state a visitor arrived from out of the topics, and the state discussed in', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz of Peru received Foreign Minister Pablo Mora of Chile, who arrived from Ecuador, in Lima on 3 May. ' +
        'The two ministers discussed the situation in Venezuela.',
    );
    expect(f.to('DISCUSSED', 'Ecuador')).toEqual([]);
    expect(f.to('DISCUSSED', 'Venezuela').length).toBe(1);
  });
});

describe('reached-at.not-years-after', () => {
  it('reads "N years after it was signed" and "decades since its signing" as dating an older agreement', () => {
    expect(signedLongAgo('They reaffirmed the Accord, twenty-five years after it was signed.')).toBe(true);
    expect(signedLongAgo('the Treaty, three decades since its signing, remains the basis')).toBe(true);
  });

  it('leaves a signing of the day and a term of years alone', () => {
    expect(signedLongAgo('The ministers signed the Agreement on Trade today.')).toBe(false);
    expect(signedLongAgo('The agreement, signed today, runs for five years.')).toBe(false);
  });

  it('keeps the agreement a subject of the meeting, not reached at it', () => {
    const f = facts(
      `${OPENING}Both ministers reaffirmed their commitment to the Brasilia Peace Agreement, twenty-five years after it was signed.`,
    );
    expect(f.rel('REACHED_AT')).toEqual([]);
    expect(f.has('DISCUSSED', MEETING, 'Brasilia Peace Agreement')).toBe(true);
  });
});

describe('based-on.not-implementation-topic', () => {
  it('reads "the implementation of" with no agreement before it as a topic, not a basis cue', () => {
    const a = 'They reviewed the implementation of the Lima Declaration';
    expect(implementationTopic(a, a.indexOf('implementation'), 'implementation of', false)).toBe(true);
  });

  it('keeps "in implementation of" and an agreement named before it as a basis', () => {
    const a = 'The Protocol was adopted in implementation of the Treaty';
    expect(implementationTopic(a, a.indexOf('implementation'), 'implementation of', false)).toBe(false);
    const b = 'The Action Plan, the implementation of the Treaty';
    expect(implementationTopic(b, b.indexOf('implementation'), 'implementation of', true)).toBe(false);
  });

  it('gives no basis to an agreement of an earlier sentence, and keeps the implemented one a subject', () => {
    const f = facts(
      `${OPENING}They welcomed the conclusion of negotiations on the Memorandum of Understanding on Fisheries Cooperation. ` +
        'The ministers also exchanged views on regional developments, including the implementation of the Lima ' +
        'Declaration on Migration, and on the negotiations on the Pacific Alliance Framework Agreement.',
    );
    expect(f.rel('BASED_ON')).toEqual([]);
    expect(f.has('DISCUSSED', MEETING, 'Lima Declaration on Migration')).toBe(true);
  });
});
