// Unit tests of the agr31 rules on made-up sentences about invented people and real states (none of them a passage of
// an annotated sample or a bank), negatives included.
import { describe, expect, it } from 'vitest';

import {
  BASED_ON_IT_AFTER_DEFINITE_SUBJECT,
  PART_OF_ROUND_OF_PROCESS,
  REACHED_AT_GATHERING_ADOPTED,
  REACHED_AT_NOT_REFERRED_TO,
} from './rules-agr31.ts';
import { madeUpRelations } from './test-facts.ts';

/** The PART_OF facts the round rule made, as `part -> whole`. */
const rounds = (text: string) =>
  madeUpRelations(text)
    .of('PART_OF')
    .filter((r) => r.rule === PART_OF_ROUND_OF_PROCESS.id)
    .map((r) => `${r.from} -> ${r.to}`);

describe('part-of.round-of-process', () => {
  it('gives a numbered round of negotiations to the negotiations between the two governments', () => {
    const got = rounds(
      'Minister Ana Ruiz briefed the Cabinet on 3 May 2024 on the negotiations between the Government of Chile and ' +
        'the Government of Peru on the maritime boundary. She said that the fourth round of negotiations, held in ' +
        'Lima from 10 to 12 April 2024, had ended with agreement on most of the text.',
    ).join(' ');
    expect(got).toMatch(/fourth round of negotiations[^>]*-> negotiations between the Government of Chile/);
  }, 60_000);

  it('gives rounds told without a head word to the only talks of the readout', () => {
    const got = rounds(
      'Norway hosted in Oslo today the third round of indirect talks between Chile and Peru, with Foreign Minister ' +
        'Lars Berg carrying messages between the two delegations. The round follows the first round, held in Oslo ' +
        'on 2 April, and the second round, held in Bergen on 19 April.',
    ).join(' ');
    expect(got).toMatch(/first round[^>]*-> [^>]*talks between Chile and Peru/);
    expect(got).toMatch(/second round[^>]*-> [^>]*talks between Chile and Peru/);
  });

  it('reads the head word just after a place-named round: "the Lima round of the Forum"', () => {
    const got = rounds(
      'The Andean Reconciliation Forum was launched by the two Presidents in January 2024 in Quito. The agreement ' +
        'signed today incorporates the declaration reached at the Lima round of the Forum on 2 March 2024.',
    ).join(' ');
    expect(got).toMatch(/Lima round[^>]*-> Andean Reconciliation Forum/);
  });

  it('gives no round to a gathering that only holds "Forum" in its name', () => {
    const got = rounds(
      'Prime Minister Ana Ruiz of Fiji met Minister Pablo Mora of Australia in Suva on 3 May 2024. They recalled the ' +
        '52nd Pacific Islands Forum Leaders Meeting in Rarotonga. The final round of the negotiations on the ' +
        'agreement was held in Canberra in March.',
    );
    expect(got).toEqual([]);
  });

  it('gives no round to talks told at the same place, nor a round still to come', () => {
    const got = rounds(
      'The talks in Doha between the delegations of Chile and Peru ended on 3 May 2024. The final round of talks in ' +
        'Doha lasted two days. The next round of talks will be held in Lima in June.',
    );
    expect(got).toEqual([]);
  });

  it('gives no round to an earlier meeting known by its place, nor a round told in apposition', () => {
    const got = rounds(
      'Minister Ana Ruiz of Chile and Minister Pablo Mora of Peru met in Lima on Monday for a second round of trade ' +
        'talks, a month after the Geneva talks produced a truce. Their delegations returned after taking part in ' +
        'the fourth Quito meeting, the first round of the Quito process that Peru has attended.',
    );
    expect(got).toEqual([]);
  });

  it('does not take a round table for a round', () => {
    expect(PART_OF_ROUND_OF_PROCESS.round.test('ministerial round table')).toBe(false);
    expect(PART_OF_ROUND_OF_PROCESS.round.test('second round of talks')).toBe(true);
    expect(PART_OF_ROUND_OF_PROCESS.whole.test('51st Pacific Islands Forum Leaders Meeting')).toBe(false);
    expect(PART_OF_ROUND_OF_PROCESS.whole.test('talks between Chile and Peru')).toBe(true);
  });
});

/** The REACHED_AT facts of made-up text, as `agreement -> event`, with the rule that made them. */
const reached = (text: string) =>
  madeUpRelations(text)
    .of('REACHED_AT')
    .map((r) => `${r.from} -> ${r.to} [${r.rule}]`);

describe('reached-at.gathering-adopted', () => {
  it("gives the text the gathering adopted to the readout's summit", () => {
    const got = reached(
      'The Joint Summit of the Heads of State of the Andean Community was held in Lima on 3 May 2024 under the ' +
        'chairmanship of President Ana Ruiz of Peru. The Summit adopted a Joint Communiqué and welcomed the outcome ' +
        'of the Fourth Meeting of the Andean Council of Ministers, held in Quito in April.',
    ).join(' ');
    expect(got).toMatch(/Joint Communiqué -> [^[]*Summit[^[]*\[reached-at.gathering-adopted\]/);
  }, 60_000);

  it('reads "the Council adopted" at the close of the readout\'s council meeting, before a meeting to come', () => {
    const got = reached(
      'The Twelfth Meeting of the Council of Foreign Ministers of the Andean Community was held in Quito on 3 May ' +
        '2024. At the close of the Meeting, the Council adopted a Declaration on the Border Issues of Chile and Peru, ' +
        'and agreed on the recommendations to be submitted to the Fifth Summit of the Andean Community in July.',
    ).join(' ');
    expect(got).toMatch(
      /Declaration on the Border Issues of Chile and Peru -> Twelfth Meeting[^[]*\[reached-at.gathering/,
    );
  });

  it("needs the head word in the readout event's name and the agreement right after the verb", () => {
    const p = REACHED_AT_GATHERING_ADOPTED.pattern;
    expect(p.test('At the close of the Meeting, the Council adopted a ')).toBe(true);
    expect(p.test('The Summit also adopted the ')).toBe(true);
    expect(p.test('The Council also adopted decisions and declarations on the 25th anniversary of the ')).toBe(false);
    expect(p.test('The leaders adopted the ')).toBe(false);
  });
});

describe('reached-at.not-referred-to', () => {
  it('reads an agreement only referred to as not reached', () => {
    const b = REACHED_AT_NOT_REFERRED_TO.before;
    expect(b.test('the leaders reaffirmed their commitment to the ')).toBe(true);
    expect(b.test('decisions and declarations on the 25th anniversary of the ')).toBe(true);
    expect(b.test('Ministers also adopted a decision on the ')).toBe(true);
    expect(b.test('No consensus was reached on a ')).toBe(true);
    expect(b.test('The two Presidents signed the ')).toBe(false);
    expect(b.test('the Ministers adopted a ')).toBe(false);
  });

  it('gives no REACHED_AT to a convention the leaders reaffirmed their commitment to', () => {
    const got = reached(
      'The Heads of State and Government of Chile and Peru concluded their summit in Lima today by adopting the ' +
        'Lima Declaration. In the Declaration, the leaders also endorsed the Lima Principles and reaffirmed their ' +
        'commitment to the European Convention on Human Rights.',
    ).join(' ');
    expect(got).not.toMatch(/European Convention on Human Rights ->/);
  });
});

/** The BASED_ON facts of made-up text, as `agreement -> base [rule]`. */
const based = (text: string) =>
  madeUpRelations(text)
    .of('BASED_ON')
    .map((r) => `${r.from} -> ${r.to} [${r.rule}]`);

describe('based-on.it-after-definite-subject', () => {
  it('reads "It builds on" after a sentence whose subject is "The Declaration"', () => {
    const got = based(
      'The delegations of Chile and Peru signed the Lima Declaration on Border Cooperation in Lima on 3 May 2024. ' +
        'The Declaration, in six points, provides for joint patrols under the Treaty of Peace and Friendship of ' +
        '1929. It builds on the Santiago Accord of 2011 and on the understandings reached since.',
    ).join(' ');
    expect(got).toContain('Lima Declaration on Border Cooperation -> Santiago Accord');
    expect(got).not.toMatch(/Treaty of Peace and Friendship[^>]*-> Santiago Accord/);
  }, 60_000);

  it('takes the modifier of "The Ocean Declaration" to tell the declaration from the convention before it', () => {
    const got = based(
      'The leaders of the Pacific Islands Forum adopted the Suva Leaders Ocean Declaration in Suva on 3 May 2024. ' +
        'The Ocean Declaration commits members to keep maritime zones established under the United Nations ' +
        'Convention on the Law of the Sea. It builds on the Boe Declaration on Regional Security.',
    ).join(' ');
    expect(got).toMatch(/Ocean Declaration -> Boe Declaration on Regional Security/);
    expect(got).not.toMatch(/Law of the Sea -> Boe Declaration/);
  });

  it('leaves an "It" after a sentence with no definite agreement subject to the older rule', () => {
    const p = BASED_ON_IT_AFTER_DEFINITE_SUBJECT.subject;
    expect(p.test('The Agreement covers policing and defence.')).toBe(true);
    expect(p.test('The Declaration of Principles was signed in 1993.')).toBe(false);
    expect(p.test('The leaders met in Suva.')).toBe(false);
  });
});
