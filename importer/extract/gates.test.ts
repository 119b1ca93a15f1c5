// Unit tests of the trigger-word gates (gates.ts, perf18a): the mechanism, and for each gated rule the sentences of
// its doc comment (one per branch of its patterns) let through, a sentence without its words kept out.
import { describe, expect, it } from 'vitest';

import { Ctx } from './context.ts';
import {
  holdsTrigger,
  holdsWord,
  orMarks,
  sentenceHas,
  textHas,
  whenTextWord,
  whenTextWords,
  whenWord,
  whenWords,
  wordGate,
  type Triggers,
  type WordGate,
} from './gates.ts';
import { AIDE_TO_NEEDS } from './rules-negotiators.ts';
import { CALL_WORDS } from './rules-ev14.ts';
import { ROL14_GATES } from './rules-rol14.ts';
import { ROL15_NEEDS } from './rules-rol15.ts';
import { ROL17_NEEDS } from './rules-rol17.ts';
import { ROLE_GATES } from './rules-roles.ts';
import type { Sentence } from '../types.ts';

/** Whether a gate lets a sentence through: words looked up with `includes`, or a word gate's whole words. */
const lets = (words: Triggers | WordGate, s: string) => {
  if (Array.isArray(words)) return holdsTrigger(s.toLowerCase(), words as Triggers);
  const c = ctxOf(s);
  return sentenceHas(c, c.sentences[0]!, words as WordGate);
};
/** A gate's trigger words and stems, to check they are lower case. */
const triggersOf = (words: Triggers | WordGate): readonly string[] =>
  Array.isArray(words) ? (words as Triggers) : [...(words as WordGate).words, ...(words as WordGate).stems];

function ctxOf(text: string): Ctx {
  const sentences: Sentence[] = [{ index: 0, text, start: 0, end: text.length, heading: false }];
  return new Ctx({ file: 'gate.txt', title: 'gate', text, sha256: '0' }, sentences);
}

describe('wordGate / whenWord / whenTextWord (whole words)', () => {
  const makesState = (c: Ctx) => void c.add('State', 'Japan', undefined, 'test');
  it('looks words up whole: "led" is no word of "called", a stem starts a word', () => {
    const c = ctxOf('He CALLED the renegotiation, co-chaired by X (2024_a).');
    const words = c.sentenceWords(c.sentences[0]!)!;
    expect([...words]).toEqual(['he', 'called', 'the', 'renegotiation', 'co', 'chaired', 'by', 'x', '2024_a']);
    expect(holdsWord(words, wordGate('led'))).toBe(false);
    expect(holdsWord(words, wordGate('chaired'))).toBe(true);
    expect(holdsWord(words, wordGate('negotiat*'))).toBe(false);
    expect(holdsWord(words, wordGate('renegot*'))).toBe(true);
    expect(textHas(c, wordGate(['x', 'y']))).toBe(true);
    expect(textHas(c, orMarks(wordGate('y'), /[:;]/))).toBe(false);
    expect(textHas(ctxOf('For Tuvalu: X'), orMarks(wordGate('y'), /[:;]/))).toBe(true);
  });
  it('lets everything through in a text with the long s or the Kelvin sign (no word set)', () => {
    const c = ctxOf('the good offiſes of');
    expect(c.sentenceWords(c.sentences[0]!)).toBeUndefined();
    expect(sentenceHas(c, c.sentences[0]!, wordGate('mediation'))).toBe(true);
    expect(textHas(ctxOf('\u212Aing'), wordGate('mediation'))).toBe(true);
  });
  it('rejects a trigger that is no lower-case word or stem', () => {
    expect(() => wordGate('on behalf of')).toThrow(/word gate/);
    expect(() => wordGate('Led')).toThrow(/word gate/);
  });
  it('runs the rule on a sentence or text holding a word, and under test throws when a skipped rule acts', () => {
    const c = ctxOf('The talks were LED by X.');
    whenWord(wordGate('led'), (k: Ctx) => makesState(k))(c, c.sentences[0]!);
    whenTextWord(wordGate('talks'), (k: Ctx) => makesState(k))(c);
    expect(c.entities).toHaveLength(2);
    const d = ctxOf('X called Y.');
    expect(() => whenWord(wordGate('led'), (k: Ctx) => makesState(k))(d, d.sentences[0]!)).toThrow(/gate of rule/);
    expect(() => whenTextWord(wordGate('led'), (_k: Ctx, add: () => void) => add())(d, () => undefined)).toThrow(
      /gate of rule/,
    );
  });
});

describe('whenWords / whenTextWords', () => {
  const makesState = (c: Ctx) => void c.add('State', 'Japan', undefined, 'test');
  it('runs the rule on a sentence holding a trigger word in any case', () => {
    const c = ctxOf('Under the MEDIATION of X, the parties met.');
    whenWords(['mediation'], (k: Ctx) => makesState(k))(c, c.sentences[0]!);
    whenTextWords(['mediation'], (k: Ctx) => makesState(k))(c);
    expect(c.entities).toHaveLength(2);
  });
  it('reads the long s and the Kelvin sign as a pattern of flag iu does ("ſ" folds to "s", "K" to "k")', () => {
    const c = ctxOf('the good offiſes of');
    expect(c.lowerSentence(c.sentences[0]!)).toContain('offises');
    expect(c.lowerSentence({ ...c.sentences[0]!, text: 'Another Sentence' })).toBe('another sentence');
    expect(ctxOf('\u212Aingdom').lowerText()).toBe('kingdom');
  });
  it('under test, throws when a skipped rule would have made a candidate or a relation', () => {
    const c = ctxOf('A sentence without the word.');
    expect(() => whenWords(['mediation'], (k: Ctx) => makesState(k))(c, c.sentences[0]!)).toThrow(/gate of rule/);
    expect(() => whenTextWords(['mediation'], (k: Ctx) => makesState(k))(c)).toThrow(/gate of rule/);
  });
  it('under test, throws when a skipped rule calls what it was given (an `add`)', () => {
    const c = ctxOf('A sentence without the word.');
    const rule = whenTextWords(['mediation'], (_k: Ctx, add: () => void) => add());
    expect(() => rule(c, () => undefined)).toThrow(/gate of rule/);
  });
  it('under test, lets a skipped rule that makes nothing pass', () => {
    const c = ctxOf('A sentence without the word.');
    expect(() => whenWords(['mediation'], () => undefined)(c, c.sentences[0]!)).not.toThrow();
    expect(c.relations).toHaveLength(0);
  });
});

/** Each gate: sentences its rule acts on (from the rule's doc comment, one per pattern branch), and one it cannot. */
const CASES: [string, Triggers | WordGate, string[], string][] = [
  [
    'rol15 ledCountrys',
    ROL15_NEEDS.ledCountrys,
    ["X, who spearheaded the country's debt negotiations", 'led the Kingdom’s delegation'],
    'X led the talks.',
  ],
  [
    'rol15 leaderAssigned',
    ROL15_NEEDS.leaderAssigned,
    [
      "President Y has assigned X to head Zambia's negotiations",
      'X, the negotiator appointed by Prime Minister Y',
      'Y tasked X with leading the talks',
    ],
    'Y met X.',
  ],
  [
    'rol15 orgMediation',
    ROL15_NEEDS.orgMediation,
    ['X, whom the African Union designated as mediator', 'The African Union-led mediation, headed by X'],
    'The Union met.',
  ],
  [
    'rol15 mediationOf',
    ROL15_NEEDS.mediationOf,
    ['Under the mediation of Kenyan President X', 'through the good offices of Y', 'with the facilitation of Z'],
    'Under President X, the parties met.',
  ],
  [
    'rol15 ordersAndAnswers',
    ROL15_NEEDS.ordersAndAnswers,
    [
      'On the orders of King Y, X led',
      'Acting on instructions from Emir Y',
      'The negotiating team, which answers directly to Prime Minister Y, is led by X',
      'works under the supervision of Y',
    ],
    'King Y met X.',
  ],
  [
    'rol17 sideLeaders',
    ROL17_NEEDS.sideLeaders,
    [
      'Vice Foreign Minister X led the Chinese side in the consultations',
      'X, Deputy Minister and head of the Vietnamese negotiating team',
      "X was Brazil's chief negotiator",
      "X concluded New Zealand's negotiations",
      "Norway's lead envoy",
    ],
    'X met Y in Oslo.',
  ],
  [
    'rol17 sentOrEntrusted',
    ROL17_NEEDS.sentOrEntrusted,
    [
      'Sent by the Amir Sheikh Y, Minister X held talks',
      'Dispatched by King Y, X',
      'King Y entrusted the negotiations on the pipeline to Minister X',
    ],
    'King Y met X.',
  ],
  [
    'rol17 blocChairAndSentAide',
    ROL17_NEEDS.blocChairAndSentAide,
    [
      "The African Group of Negotiators' chair, X, presented",
      'Prime Minister Y sent his chief adviser, X, to Washington for talks',
      'the Alliance’s coordinator, X',
    ],
    'The Group met X.',
  ],
  [
    'rol14 representedBy',
    ROL14_GATES.representedBy,
    ['Ukraine was represented at the talks by X'],
    'Ukraine met X at the talks.',
  ],
  [
    'rol14 participleFor',
    ROL14_GATES.participleFor,
    ['X, mediating for the African Union', 'X, acting for the Chair', 'X, negotiating for Norway'],
    'X met Norway.',
  ],
  [
    'rol14 bodyChairMediating',
    ROL14_GATES.bodyChairMediating,
    [
      'X, chair of the AU Commission, who is mediating',
      'X, head of the body, brokered the deal',
      'who facilitates the talks',
    ],
    'X, chair of the AU Commission, spoke.',
  ],
  [
    'negotiators aideTo',
    AIDE_TO_NEEDS,
    [
      'Yuri Ushakov, an aide to President Vladimir Putin',
      'X, senior adviser to Y',
      'X, Deputy to Y',
      'X, counsellor to the King',
      'X, assistant to the Secretary',
    ],
    'X met President Y.',
  ],
  [
    'roles signedForOrLeading',
    ROLE_GATES.signedForOrLeading,
    [
      'X signed the agreement for Borduria',
      'X initialled it for Norway',
      'X negotiated the agreement for Borduria',
      'X conducts the talks for the Commission',
      'X, leading the Bordurian team',
      'X headed the Syldavian delegation',
      'who led the Indian delegation to the negotiations',
    ],
    'X met Y in Oslo.',
  ],
  [
    'roles sideBy',
    ROLE_GATES.sideBy,
    ['The letter for the Russian Federation was signed by X', 'Borduria was represented by its ambassador, X'],
    'Borduria met X.',
  ],
  [
    'roles onBehalf',
    ROLE_GATES.onBehalf,
    ['X signed on behalf of Canada', 'X spoke in the name of the Union'],
    'X spoke for Canada.',
  ],
  [
    'ev14 findCallsInPassing, ev15 findCallsInClauses (text)',
    CALL_WORDS,
    [
      'a telephone call between President A and President B',
      'During a Phone call, President A and Prime Minister B discussed',
      'the video conference between A and B',
      'The two leaders, who had spoken by telephone in May',
      'their video call',
    ],
    'President A met Prime Minister B in Oslo and held talks.',
  ],
];

describe('the gates of the rules', () => {
  for (const [name, words, acts, none] of CASES)
    it(`${name}: lets through the sentences the rule acts on, not one without its words`, () => {
      for (const s of acts) expect(lets(words, s), s).toBe(true);
      expect(lets(words, none), none).toBe(false);
      expect(
        triggersOf(words).every((w) => w === w.toLowerCase()),
        'trigger words are lower case',
      ).toBe(true);
    });
});
