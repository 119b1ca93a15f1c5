// The prc32 round's tests (issue 6): PARTICIPATED_IN precision, each rule on made-up sentences, the reading it
// withholds (negative) and the one it keeps (positive).
import { describe, expect, it, vi } from 'vitest';

import { negotiatorNotMain, PRC32_PATTERNS, recalledProduct } from './rules-prc32.ts';
import { inOtherMeeting } from './rules-participation.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The PARTICIPATED_IN facts of made-up text, as "person|event". */
const participants = (text: string) =>
  madeUpRelations(text)
    .of('PARTICIPATED_IN')
    .map((r) => `${r.from}|${r.to}`);

describe('participated.negotiator-not-main', () => {
  it('reads a sentence telling who negotiated against a main event that is no negotiation', () => {
    const signing = 'signing of the Peace Agreement';
    expect(
      negotiatorNotMain(
        'The Government delegation was led by the Minister of Justice, Mr Dan Obi, who negotiated for the Government throughout the talks.',
        signing,
      ),
    ).toBe(true);
    expect(
      negotiatorNotMain('The text was negotiated over several weeks by technical teams of both sides.', signing),
    ).toBe(true);
    expect(
      negotiatorNotMain('The Bordurian side was led by Mr Ivo Ban, his Special Envoy for the negotiations.', signing),
    ).toBe(true);
    expect(negotiatorNotMain('The mediation committee was headed by Ana Lu, who steered the talks.', signing)).toBe(
      true,
    );
    // "conducted the talks" against a meeting: the meeting's own talks, kept.
    expect(negotiatorNotMain('Minister Ana Lu conducted the talks on behalf of the EU.', 'Lu-Ban meeting')).toBe(false);
    expect(negotiatorNotMain('Minister Ana Lu conducted the talks on behalf of the EU.', signing)).toBe(true);
  });

  it('keeps the main event that is itself the negotiations, and a sentence that tells a signing', () => {
    expect(
      negotiatorNotMain('The delegation was led by X, who negotiated on behalf of Y.', 'third round of talks'),
    ).toBe(false);
    expect(negotiatorNotMain('The chief negotiator, X, led the negotiations.', 'negotiations on the treaty')).toBe(
      false,
    );
    expect(
      negotiatorNotMain('The Agreement, negotiated by A, was signed by B and C.', 'signing of the Agreement'),
    ).toBe(false);
    // No negotiating told: the delegation of the main event.
    expect(negotiatorNotMain('The Bordurian side was led by Mr Ivo Ban.', 'signing of the Peace Agreement')).toBe(
      false,
    );
  });

  it('gives the negotiator no part in the readout signing, and keeps the signers', () => {
    const signing =
      'The President of Ghana, Kwame Asante, and the President of Togo, Koffi Mensah, today signed the Peace Agreement at the State House in Lomé.';
    const text = [
      signing,
      "The Group was chaired by Ghana's coordinator, Ambassador Daniel Boateng, who conducted the negotiations on behalf of the host Government.",
    ].join('\n\n');
    const facts = participants(text);
    expect(facts).toContain('Kwame Asante|signing of the Peace Agreement');
    expect(facts).toContain('Koffi Mensah|signing of the Peace Agreement');
    expect(facts).not.toContain('Daniel Boateng|signing of the Peace Agreement');
    // The same ambassador told without negotiating still takes part.
    const present = participants(
      [signing, "The ceremony was chaired by Ghana's coordinator, Ambassador Daniel Boateng."].join('\n\n'),
    );
    expect(present).toContain('Daniel Boateng|signing of the Peace Agreement');
  });
});

describe('participated.not-recalled-product', () => {
  const at = (text: string, event: string, prev?: number) => {
    const start = text.indexOf(event);
    return recalledProduct(text, 0, text.length, { start, end: start + event.length }, prev);
  };

  it('reads an event named only as the source of decisions, resolutions, a follow-up or an appointment', () => {
    expect(
      at(
        'The mission came at the request of the Chair, Ana Lu, in execution of the decisions of the summit held in Accra on 4 June.',
        'summit held in Accra',
      ),
    ).toBe(true);
    expect(
      at(
        'The Envoy recalled the position of the Organisation, as expressed in the resolutions of the 12th Session of the Council, held in Dakar.',
        '12th Session of the Council',
      ),
    ).toBe(true);
    expect(at('They reviewed the follow-up to the EU-CELAC Summit held in Brussels in July.', 'EU-CELAC Summit')).toBe(
      true,
    );
    expect(
      at(
        'Mr Obi was appointed Facilitator to Lesotho by the Extraordinary Summit held in Pretoria.',
        'Extraordinary Summit',
      ),
    ).toBe(true);
    expect(
      at(
        'The Proclamation was adopted by the Heads of State and Government at the II CELAC Summit in Havana.',
        'II CELAC Summit',
      ),
    ).toBe(true);
  });

  it('reads the coordinated second event after the first ("…, and of the 49th Session")', () => {
    const text =
      'as expressed in the resolutions of the 17th Session of the Council, held in Islamabad, and of the 49th Session of the Council, held in Nouakchott.';
    const first = text.indexOf('17th Session of the Council');
    const firstEnd = first + '17th Session of the Council'.length;
    expect(at(text, '17th Session of the Council')).toBe(true);
    expect(at(text, '49th Session of the Council', firstEnd)).toBe(true);
    expect(at(text, '49th Session of the Council')).toBe(false);
  });

  it('keeps an event whose attendance the sentence tells, and an event with no product words before it', () => {
    expect(
      at(
        'They discussed the outcomes of the 51st Forum Leaders Meeting held in Suva, which was attended by Prime Minister Ana Lu.',
        '51st Forum Leaders Meeting',
      ),
    ).toBe(false);
    expect(
      at(
        'They also reviewed the decisions of the Summit on Peace at Lucerne, where the Prime Minister represented Iceland.',
        'Summit on Peace',
      ),
    ).toBe(false);
    expect(at('President Ana Lu attended the summit held in Accra on 4 June.', 'summit held in Accra')).toBe(false);
  });

  it('gives the chair named beside a recalled summit no part in it, and keeps an attended one', () => {
    const opening =
      'The President of Ghana, Kwame Asante, received the President of Togo, Koffi Mensah, in Accra today.';
    const recalled = participants(
      [
        opening,
        'President Mensah, the Chairperson of ECOWAS, came in execution of the decisions of the ECOWAS Summit held in Abuja on 4 March.',
      ].join('\n\n'),
    );
    expect(recalled.filter((f) => f.endsWith('|ECOWAS Summit'))).toEqual([]);
    const attended = participants(
      [opening, 'President Mensah attended the ECOWAS Summit held in Abuja on 4 March.'].join('\n\n'),
    );
    expect(attended).toContain('Koffi Mensah|ECOWAS Summit');
  });
});

describe('participated.follows-other-meeting', () => {
  it('reads "<the main event> follows the <meeting> … of" and leaves other frames alone', () => {
    const re = PRC32_PATTERNS.followsMeeting;
    expect(re.test('The visit follows the mission to Accra on 26 June of a delegation composed of A and B.')).toBe(
      true,
    );
    expect(re.test('The Lomé meeting follows the visit to Accra on 6 September of the Ministers A and B.')).toBe(true);
    expect(re.test('The talks came after a telephone call between the two Presidents.')).toBe(true);
    expect(re.test('The visit follows the decision of the Council.')).toBe(false);
    expect(re.test('The Minister followed the ceremony from the front row.')).toBe(false);
  });

  it('puts the people named after the earlier meeting in that one, not the people before it', () => {
    const text =
      'The Lomé meeting, chaired by President Kwame Asante, follows the visit to Accra on 6 September of the Ministers of Foreign Affairs, Ama Dogbe and Yao Kuma.';
    const s = { index: 0, start: 0, end: text.length, text, heading: false };
    expect(inOtherMeeting(s, { start: text.indexOf('Ama Dogbe') })).toBe(true);
    expect(inOtherMeeting(s, { start: text.indexOf('Kwame Asante') })).toBe(false);
    const plain = 'The Lomé meeting, chaired by President Kwame Asante, was attended by Ama Dogbe.';
    expect(inOtherMeeting({ ...s, end: plain.length, text: plain }, { start: plain.indexOf('Ama Dogbe') })).toBe(false);
  });
});
