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
import { AUD21_TRIGGERS } from './rules-aud21.ts';
import { CALL_WORDS } from './rules-ev14.ts';
import { ROL14_GATES } from './rules-rol14.ts';
import { ROL15_NEEDS } from './rules-rol15.ts';
import { ROL17_NEEDS } from './rules-rol17.ts';
import { ROLE_GATES } from './rules-roles.ts';
import { ROL18_NEEDS } from './rules-rol18.ts';
import { ROL19_GATES } from './rules-rol19.ts';
import { ROL20_GATES } from './rules-rol20.ts';
import { ROL21_GATES, ROL21_VETO_GATE } from './rules-rol21.ts';
import { ROL22_GATES } from './rules-rol22.ts';
import { ROL22_MORE_GATES } from './rules-rol22-more.ts';
import { ROL23_GATES } from './rules-rol23.ts';
import { ROL24_GATES } from './rules-rol24.ts';
import { ROL25_GATES } from './rules-rol25.ts';
import { ROL26_GATES } from './rules-rol26.ts';
import { ROLES7_GATES } from './rules-roles7.ts';
import { NF11_GATES } from './rules-nf11.ts';
import { EV17_GATE } from './rules-ev17.ts';
import { TOUR_GATE } from './rules-ev20.ts';
import { EV21_GATE } from './rules-ev21.ts';
import { EV22_GATE } from './rules-ev22.ts';
import { EV23_GATE, EV23_MET_GATE } from './rules-ev23.ts';
import { EV23_REL_GATE } from './rules-ev23-rel.ts';
import { SIGNATORIES_GATE } from './rules-agr20.ts';
import { EVENT_VISITING_MISSION, NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY } from './rules-fl22b.ts';
import {
  EVENT_MEETING_OF_MINISTERS_OF_BODY,
  EVENT_UNNAMED_GUESTS,
  NEGOTIATES_FOR_BEHALF_OF_HEAD,
} from './rules-fl21b.ts';
import { UNION_OF_ISSUER } from './rules-ent21.ts';
import { CLAUSE_PARTICIPANT_GATE, HELD_IN_GATE, REPRESENTED_GATE, SESSION_SERIES_GATE } from './rules-fl21a.ts';
import { COURTESY_BEHALF_GATE, WITNESS_GATE } from './rules-fl22a.ts';
import { EVENT_GROUP_AGAIN, EVENT_MAIN_SIGNING_OPENING, PARTICIPATED_NOT_OTHER_TALKS } from './rules-fl23b.ts';
import { SIDES_HELD_GATE } from './rules-ev14.ts';
import { SESSION_BETWEEN_DELEGATIONS_GATE } from './rules-fl15b-events.ts';
import { ATTRIBUTED_TO, HOST_RELATIVE } from './rules-top22.ts';
import { UNDER_MEDIATION } from './rules-top23.ts';
import type { Sentence } from '../types.ts';
import { wordsIn } from './word-bits.ts';

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
    expect(wordsIn(c.lowerSentence(c.sentences[0]!))).toEqual([
      'he',
      'called',
      'the',
      'renegotiation',
      'co',
      'chaired',
      'by',
      'x',
      '2024_a',
    ]);
    const has = (g: WordGate) => sentenceHas(c, c.sentences[0]!, g);
    expect(has(wordGate('led'))).toBe(false);
    expect(has(wordGate('chaired'))).toBe(true);
    expect(has(wordGate('negotiat*'))).toBe(false);
    expect(has(wordGate('renegot*'))).toBe(true);
    // Bits made before a gate's words had bits cannot tell: the gate lets them through.
    const early = c.sentenceWords(c.sentences[0]!);
    expect(holdsWord(early, wordGate('lately'))).toBe(true);
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
  it('gives bits to trigger words registered after a sentence’s bits were made (made again)', () => {
    const c = ctxOf('A rare zyzzyva word.');
    expect(sentenceHas(c, c.sentences[0]!, wordGate('led'))).toBe(false);
    expect(sentenceHas(c, c.sentences[0]!, wordGate('zyzzyva'))).toBe(true);
    expect(textHas(c, wordGate('zyzzyvas', 'zyzz*'))).toBe(true);
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
    'rol19 officeRoles',
    ROL19_GATES.officeRoles,
    [
      "The President's envoy, former minister X, has held talks",
      "X, the Chief Adviser's High Representative",
      'The envoy of the Chairperson of the Commission, Ambassador X',
      "The Minister's special adviser, X",
    ],
    "The President's visit.",
  ],
  [
    'rol19 personalEnvoys',
    ROL19_GATES.personalEnvoys,
    [
      'X travelled with her Special Representative for the Process, Y',
      'X was represented at the meeting by his special representative, Y',
      'Foreign Minister Y, personal emissary of President X, held talks',
    ],
    'X travelled with her adviser, Y.',
  ],
  [
    'rol19 teamLists',
    ROL19_GATES.teamLists,
    [
      'The Ethiopian delegation, led by Minister X and comprising A, B and C, met',
      'Nepal has named its negotiating team for the talks: A, B and C',
      'The African Union High-Level Panel on Sudan, comprising A, B and C, met',
    ],
    'The Ethiopian delegation, led by Minister X, met.',
  ],
  [
    'rol19 nominalRoles',
    ROL19_GATES.nominalRoles,
    [
      "Bolivia's representation at the talks with Chile was entrusted to X",
      'Leadership of the Ecuadorian delegation at the talks fell to X',
      'Responsibility for the negotiations on behalf of Finland rests with X',
      "Talks on Jamaica's behalf were handled by X",
      'With X at the helm of the Peruvian negotiating team',
      "B, who now leads the UN's mediation in Yemen",
      'X negotiated for the group',
    ],
    'X led the Peruvian team.',
  ],
  [
    'rol19 titledEnvoys',
    ROL19_GATES.titledEnvoys,
    [
      "The Commonwealth Secretary-General's Special Envoy, X, held consultations",
      'The Chief Negotiator for the Definition of Permanent Maritime Boundaries, X, opened the talks',
    ],
    'The Commonwealth Secretary-General, X, held consultations.',
  ],
  [
    'rol20 officeRoles',
    ROL20_GATES.officeRoles,
    [
      "The Taoiseach's special envoy, X, arrived",
      "The Prime Minister's representative at the talks, X, said",
      'X, envoy of the Head of State, met',
    ],
    "The Taoiseach's adviser, X, arrived.",
  ],
  [
    'rol20 teamPairs',
    ROL20_GATES.teamPairs,
    [
      'the negotiating teams of Kenya, led by A, and Uganda, led by B',
      'A, who co-chaired the Samoan team with B,',
      'Minister A and her Tongan counterpart B headed their delegations',
    ],
    'A and her Tongan counterpart B opened the talks.',
  ],
  [
    'rol20 labelledLists',
    ROL20_GATES.labelledLists,
    [
      'Head of delegation (Seychelles): A.',
      'Members of the Lesotho negotiating team: A, B and C.',
      'On the Lao side, A; on the Thai side, B.',
      'The AU High-Level Panel on South Sudan, chaired by A with B and C as members',
    ],
    'In Vientiane, A; in Bangkok, B.',
  ],
  [
    'rol20 issuerRoles',
    ROL20_GATES.issuerRoles,
    [
      'The newly appointed chief negotiator, X, opened',
      "X, the Kingdom's chief negotiator,",
      'the Sultanate’s delegation',
    ],
    'The newly appointed minister, X, opened the talks.',
  ],
  [
    'rol20 nominalRoles',
    ROL20_GATES.nominalRoles,
    [
      'The task of negotiating for Oman was given to X',
      'The mediation on behalf of SADC is in the hands of X',
      "Honduras's interests at the talks were represented by X",
      'The lead in the negotiations for Denmark is taken by X',
      "X, Kiribati's focal point for the fisheries talks,",
      'The Bangladeshi team, under the stewardship of X, concluded the talks',
    ],
    'The Bangladeshi team concluded the talks with X.',
  ],
  [
    'rol20 organisationOffices',
    ROL20_GATES.organisationOffices,
    [
      'X facilitated the talks on behalf of the Secretary-General',
      'The Special Envoy of the Chairperson of the AU Commission for the Great Lakes, X,',
    ],
    'The Special Envoy of the AU Commission, X, spoke.',
  ],
  [
    'rol20 vetoes',
    ROL20_GATES.vetoes,
    [
      'met her predecessor as Special Envoy, B',
      'Norway followed the round as observers',
      'B, who as Norway’s special envoy had helped broker the accord',
      'A congratulated B on his appointment as chief negotiator',
      'the teams of Kenya, headed by A, and Uganda, headed by B',
    ],
    'A congratulated B on the talks.',
  ],
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

  // Whole-word gates (perf19a).
  [
    'rol17 representedAfterPhrase',
    ROL17_NEEDS.representedAfterPhrase,
    [
      'The Georgian side at the 62nd round of the Geneva International Discussions was represented by X',
      'The Government was represented in the talks with the group by X',
    ],
    'The Georgian side met X at the talks.',
  ],
  [
    'rol17 inCapacityAs',
    ROL17_NEEDS.inCapacityAs,
    ["X met the general in his capacity as the ASEAN Chair's Special Envoy"],
    'X met the general as envoy.',
  ],
  [
    'rol17 teamLists',
    ROL17_NEEDS.teamLists,
    [
      "President Y's negotiating team comprised A and B",
      'Argentina’s negotiators — A and B — reached',
      "The members of Ghana's team in the debt talks were A and B",
    ],
    'Argentina’s envoys A and B reached a deal.',
  ],
  [
    'rol17 headsOfTwoDelegations',
    ROL17_NEEDS.headsOfTwoDelegations,
    ['The heads of the two delegations, A and B, held the talks'],
    'The heads of state A and B held the talks.',
  ],
  [
    'rol17 reportsTo',
    ROL17_NEEDS.reportsTo,
    [
      'X, who works under chief negotiator Y',
      'Chief negotiator Y is assisted by two deputies, A and B',
      'The negotiating committee, placed under the authority of Prime Minister Y, is chaired by X',
    ],
    'X met chief negotiator Y to understand the file.',
  ],
  [
    'rol17 sideLeaders (whole words: not "leaders", "headquarters", "negotiations")',
    ROL17_NEEDS.sideLeaders,
    ['X heads the delegation'],
    'The leaders met at the headquarters for negotiations.',
  ],
  [
    'rol15 teamMembers',
    ROL15_NEEDS.teamMembers,
    [
      "Sri Lanka's negotiating team with the bondholders comprised A and B",
      'The Uzbek delegation, with Deputy Foreign Minister X at its head, held the third round',
      'The Chilean negotiating team, under X, closed the chapter',
    ],
    'The Uzbek minister, with X, held the third round.',
  ],
  [
    'rol15 sideList',
    ROL15_NEEDS.sideList,
    [
      'For the Peruvian side, Vice Minister X took part',
      'Negotiators of the treaty: for Tuvalu, Foreign Minister X; for Australia, Ambassador Y',
      'Negotiators from Bhutan, led by Foreign Secretary X',
    ],
    'For Peru, Vice Minister X took part.',
  ],
  [
    'rol18 pluralRoleList',
    ROL18_NEEDS.pluralRoleList,
    ["The co-mediators, Qatar's Minister of State A and Egypt's intelligence chief B, presented"],
    'The mediation of Qatar was presented.',
  ],
  [
    'rol18 reportsTo',
    ROL18_NEEDS.reportsTo,
    [
      'Guyana’s negotiating team, which reports to Minister Y, is led by X',
      'A and B are assisting chief negotiator Y',
      'X, who assists Special Envoy Y',
    ],
    'X met Minister Y.',
  ],
  [
    'rol18 sideRoles',
    ROL18_NEEDS.sideRoles,
    [
      'the head of the Ukrainian delegation, X',
      "Samoa's newly named chief negotiator, X",
      "Panama's negotiators at the talks were led by X",
      "X, who took over Chile's negotiations with the EU",
    ],
    "Chile's negotiations with the EU went on.",
  ],
  [
    'rol18 references',
    ROL18_NEEDS.references,
    ["X led the regional bloc's mediation team", 'X, who mediates the talks on behalf of the Sultanate'],
    'X mediates the talks.',
  ],
  [
    'roles7 coordinatedSidesBy',
    ROLES7_GATES.coordinatedSidesBy,
    ['Armenia and Azerbaijan were represented, respectively, by X and Y', 'A and B were headed by X and Y'],
    'Armenia and Azerbaijan met.',
  ],
  [
    'roles7 pluralOfSides',
    ROLES7_GATES.pluralOfSides,
    [
      'the chief negotiators of Kosovo and Serbia, X and Y',
      'the special envoys of A and B',
      'the heads of delegation of A and B',
    ],
    'the negotiator of Kosovo, X',
  ],
  [
    'roles7 sentHisEnvoy',
    ROLES7_GATES.sentHisEnvoy,
    [
      'President Xi Jinping sent his special envoy, Vice President Han Zheng, to',
      'The Chairperson has dispatched his Special Envoy for Sudan, Ambassador Y',
    ],
    'President Xi received the envoy.',
  ],
  [
    'roles7 reportingTo',
    ROLES7_GATES.reportingTo,
    [
      'The task force, headed by Ambassador X and reporting to Foreign Minister Y',
      'Acting on the instructions of President Y, Foreign Minister X travelled',
    ],
    'X met Foreign Minister Y.',
  ],
  [
    'roles7 possessiveAide',
    ROLES7_GATES.possessiveAide,
    ["President Cyril Ramaphosa's national security adviser, Sydney Mufamadi", "the President's chief of staff, X"],
    "President Ramaphosa's minister, X",
  ],
  [
    'roles7 underTwoNamed',
    ROLES7_GATES.underTwoNamed,
    ['A and B held consultations under the guidance of the two foreign ministers, Y and Z'],
    'A and B held consultations.',
  ],
  [
    'nf11 asRole',
    NF11_GATES.asRole,
    ["as Japan's envoy", 'as its Special Representative', 'as his personal envoy', "as the Emir's emissary"],
    "as Japan's minister",
  ],
  ['nf11 titleBehalf', NF11_GATES.titleBehalf, ["acting on the King's behalf", 'on his behalf'], 'acting for the King'],
  [
    'nf11 hisRoleApposition',
    NF11_GATES.hisRoleApposition,
    ['X, his Special Envoy for Hostage Affairs, met', 'Y, her national security adviser, said'],
    'X, his brother, met',
  ],
  [
    'rol14 countrysRole',
    ROL14_GATES.countrysRole,
    ["the country's chief negotiator", 'The Kingdom’s envoy', "the Republic's lead negotiator"],
    "the country's minister",
  ],
  [
    'rol14 appointedByLeader',
    ROL14_GATES.appointedByLeader,
    [
      'X, whom President Y appointed to lead the negotiations',
      'X was entrusted by President Y with the negotiations',
      'was tasked by Y to lead the talks',
    ],
    'X met President Y.',
  ],
  [
    'rol14 headOfLeadersOffice',
    ROL14_GATES.headOfLeadersOffice,
    ["X, head of President Y's office"],
    "X, a member of President Y's office",
  ],
  [
    'rol14 leaderTitlePossessive',
    ROL14_GATES.leaderTitlePossessive,
    ["the President's Special Representative for Afghanistan", "the Prime Minister's adviser"],
    "the President's visit",
  ],
  [
    'roles signedForOrLeading (whole words: not "leaders", "headquarters", "initial")',
    ROLE_GATES.signedForOrLeading,
    ['X will lead the talks for Norway'],
    'The leaders called at the headquarters for an initial exchange.',
  ],
  ['roles onHisBehalf', ROLE_GATES.onHisBehalf, ['the address of Y on his behalf'], 'the address of Y'],
  [
    'roles envoyOf, asHisEnvoy, leadersEnvoy',
    ROLE_GATES.envoyOf,
    [
      'X, Special Envoy of President Y',
      'as representative of the Secretary-General',
      'the Special Envoy of President Y for Latin America, X',
      'X to Warsaw as his special envoy',
      "as the President's special emissary",
    ],
    'X, Minister of Foreign Affairs',
  ],
  [
    'roles respectivePrincipals',
    ROLE_GATES.respectivePrincipals,
    ['The ministers signed on behalf of their respective Presidents, A and B'],
    'The ministers signed on behalf of their Presidents.',
  ],
  ['roles speaksThrough', ROLE_GATES.speaksThrough, ['spoke for MERCOSUR through X'], 'spoke for MERCOSUR'],
  [
    'roles signedForSide',
    ROLE_GATES.signedForSide,
    ['signed for the Indian side by X', 'for the Austrian delegation by X'],
    'signed for India by X',
  ],
  [
    'roles represents',
    ROLE_GATES.represents,
    [
      'who represented President X',
      'who represents Ukraine in the Group',
      'acting for the Chair',
      'spoke for the Union',
    ],
    'who met President X',
  ],
  [
    'ev17 events',
    EV17_GATE,
    [
      'Leaders of the Pacific Islands Forum met in Rarotonga',
      'The Heads of State and Government of SADC gathered in Luanda',
      'X was signed in Istanbul at a ceremony attended by A and B',
      'the two delegations ended a round of talks in Riga',
      'Talks between the delegations of X and Y, hosted by Z, ended in Beijing',
    ],
    'Leaders of the Forum will meet in Rarotonga.',
  ],
  [
    'ev20 tour-told',
    TOUR_GATE,
    [
      'X arrived in Lomé, the first stop of a tour that also takes him to Tunisia and Togo',
      'On the Hanoi leg of his Asia trip, X met Y',
    ],
    'On the Hanoi leg of his Asia visit, X met Y.',
  ],
  [
    'ev22 a stay in a place (text)',
    EV22_GATE,
    ['During his stay in Dhaka, Foreign Secretary X also called on Y', 'During her stay in New Delhi, X met Y'],
    'During his visit to Dhaka, X also called on Y.',
  ],
  [
    'ev23 lower-case gatherings (text)',
    EV23_GATE,
    [
      "The G20 foreign ministers' meeting opened in X",
      'The Joint Expeditionary Force leaders’ summit took place in X',
      'A meeting of the Weimar Triangle was held in X',
    ],
    'The G20 Summit opened in X.',
  ],
  [
    'ev23 met on the margins (text)',
    EV23_MET_GATE,
    ['X met Y in the margins of the conference', 'X met Y on the sidelines of the summit', 'on the fringe of it'],
    'X met Y in Munich after the conference.',
  ],
  [
    'ev23 at the close of, attended (sentence)',
    EV23_REL_GATE,
    ['At the close of the X summit, A met B', 'A attended the X summit and met B there', 'at the end of the talks'],
    'A met B on the sidelines of the X summit.',
  ],
  [
    'agr20 its-signatories (text)',
    SIGNATORIES_GATE,
    [
      'the Accord remained binding on its two signatories, the Government of A and the B',
      'the signatory states: A and B',
    ],
    'the Accord remained binding on both parties, A and B.',
  ],
  [
    'fl21a series of sessions (text)',
    SESSION_SERIES_GATE,
    [
      'The Third Session of Peace Talks between A and B ended',
      'the fifth round of negotiations',
      'two rounds of talks',
    ],
    'The talks between A and B ended.',
  ],
  [
    'fl21a held-in-host (text)',
    HELD_IN_GATE,
    [
      'The Fourth Session will be held in Thailand',
      'the Support Meeting held in Oslo',
      'the Council of Europe Summit in Reykjavík',
      'the Donors Conference held in Oslo',
    ],
    'The ministers spoke by telephone.',
  ],
  [
    'fl21a where-represented (text)',
    REPRESENTED_GATE,
    ['the Summit on Peace in Ukraine, where the Prime Minister represented Iceland'],
    'the Summit on Peace in Ukraine, which the Prime Minister attended',
  ],
  [
    'fl21a clause participants (text)',
    CLAUSE_PARTICIPANT_GATE,
    [
      'who leads the talks on behalf of the Government and of the Prime Minister',
      'the Support Meeting, which X attended',
    ],
    'the Support Meeting, that X attended',
  ],
  [
    'fl22a courtesy on behalf of',
    COURTESY_BEHALF_GATE,
    ['who thanked A and B on behalf of the Government of X'],
    'who thanked A and B for their support',
  ],
  [
    'fl22a witness of an act',
    WITNESS_GATE,
    ['In the presence of the President, X, Y signed on behalf of Z'],
    'Y signed on behalf of Z',
  ],
  [
    'fl23b signing told in the opening',
    EVENT_MAIN_SIGNING_OPENING.gate,
    ['The President of A, X, and the President of B, Y, signed today, in Z, the Accord for Peace.'],
    'The President of A, X, and the President of B, Y, will sign the Accord for Peace.',
  ],
  [
    'fl23b sides of other talks',
    PARTICIPATED_NOT_OTHER_TALKS.gate,
    ['X briefed the Minister on the talks, which bring together the delegation of A, headed by B'],
    'X briefed the Minister on the talks between the delegation of A, headed by B',
  ],
  [
    'fl23b group met again',
    EVENT_GROUP_AGAIN.gate,
    ['When the four Heads of State last met, in Luanda on 2 February 2020, they agreed.'],
    'When the Heads of State last met, in Luanda on 2 February 2020, they agreed.',
  ],
  [
    'ev14 sides-held',
    SIDES_HELD_GATE,
    [
      'Canada and the Republic of Korea held a strategic dialogue on economic security in Ottawa',
      'A and B resumed their talks',
    ],
    'Canada and Korea discussed economic security.',
  ],
  [
    'ev21 shooting, missiles launched or fired, damage to cables (text)',
    EV21_GATE,
    [
      'the shooting at the Embassy of X in Y',
      'the ballistic missile North Korea launched towards',
      'Iran fired two ballistic missiles at Erbil',
      'the damage to the undersea cables linking A with B',
    ],
    'the missile attack on the port of Odesa',
  ],
  [
    'fl21b unnamed guests',
    EVENT_UNNAMED_GUESTS.gate,
    [
      "X received today the Chargé d'Affaires a.i. of Y",
      'X met the ambassadors of the member states of Z',
      'X met with Chiefs and traditional leaders of the W communities',
      'X welcomed the heads of mission of the G7',
    ],
    'X met the Ambassador of Y, Mr Z.',
  ],
  [
    'fl21b behalf of the head (text)',
    NEGOTIATES_FOR_BEHALF_OF_HEAD.gate,
    ['X led the team on behalf of the Head of State', 'on behalf of the Head of Government'],
    'X led the team for the Head of State.',
  ],
  [
    'fl22b visiting mission (text)',
    EVENT_VISITING_MISSION.gate,
    ['the mission of Heads of State that visited Banjul', 'A second mission, led by the Mediator, met him'],
    'The delegation of Heads of State visited Banjul.',
  ],
  [
    'fl22b behalf of the Government by (text)',
    NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.gate,
    ['The talks were led on behalf of the Government by the Minister, X.'],
    'The talks were led for the Government by the Minister, X.',
  ],
  [
    'fl21b meeting of ministers of a body (text)',
    EVENT_MEETING_OF_MINISTERS_OF_BODY.gate,
    ['the Meeting of Ministers of Foreign Affairs of CELAC', 'The Extraordinary Meeting of Foreign Ministers of ASEAN'],
    'the Council of Ministers of Foreign Affairs of CELAC',
  ],
  [
    'ent21 the-union-of-issuer (text)',
    UNION_OF_ISSUER.gate,
    ['The Union remains steadfast in its support', "reaffirmed the Union's commitment", 'the Union’s position'],
    'The Council remains steadfast in its support.',
  ],
  [
    'fl15b sessions between delegations (text)',
    SESSION_BETWEEN_DELEGATIONS_GATE,
    ['talks between the two delegations', 'a closed-door session', 'followed by a plenary session'],
    'talks between the two ministers',
  ],
  [
    'aud21 heldIn',
    AUD21_TRIGGERS.heldIn,
    [
      'The meeting follows up on the consultative meeting of the ministers of A and B held in Sorno on 14 April',
      'the meeting of special envoys convened by the United Nations in Doha on 1-2 May',
    ],
    'The meeting in Sorno on 14 April.',
  ],
  [
    'aud21 nounOfPair',
    AUD21_TRIGGERS.nounOfPair,
    [
      'The Conference was preceded by a meeting of Prime Minister A with Commissioner B',
      'the talks between A and B',
      'a conversation of A with B',
    ],
    'The Conference was preceded by a call of A with B.',
  ],
  [
    'rol21 roles',
    ROL21_GATES.roles,
    [
      "Ankara's envoy to the talks, X,",
      "the TPLF's negotiators, A and B,",
      "The King's special envoy, X,",
      "The Forum's envoy for the consultations, X,",
      "President Y sent his government's envoy, X,",
      'A and B, the sherpas of Italy and Japan,',
      "the two Prime Ministers' emissaries, A and B",
      'the heads of delegation of Chile and Peru',
    ],
    "Ankara's proposal, X said, was tabled.",
  ],
  [
    'rol21 teamRoles',
    ROL21_GATES.teamRoles,
    [
      'X, deputy head of the Nepali negotiating team,',
      'the NDFP panel, chaired by X',
      'and the Kenyan one, headed by B',
      'Kenya, whose delegation was led by A,',
    ],
    'X, deputy head of the ministry, said.',
  ],
  [
    'rol21 mediatorRoles',
    ROL21_GATES.mediatorRoles,
    [
      'X, designated by ECOWAS as mediator',
      'the mediator appointed by the IGAD Summit, X,',
      'and now mediator for the African Union',
      'A SADC team of mediators led by X',
      "who facilitated the talks on Egypt's behalf",
    ],
    'X, a mediator for the African Union, met Y.',
  ],
  [
    'rol21 changesAndSg',
    ROL21_GATES.changesAndSg,
    [
      "A succeeded B as Norway's special envoy",
      'A took over from B as',
      'X, who represents the Secretary-General',
      "the Secretary-General's good offices, exercised by his Personal Envoy, X",
    ],
    'A met B in Oslo.',
  ],
  [
    'rol21 forSideList',
    ROL21_GATES.forSideList,
    ['Heads of delegation: A for Uzbekistan and B for Tajikistan.'],
    'Heads of delegation: A and B.',
  ],
  [
    'rol21 bracketedSideList',
    ROL21_GATES.bracketedSideList,
    [
      'The envoys of the Quartet, A (UN), B (EU) and C (US), met',
      'The talks were led by A (Kyrgyzstan) and B (Tajikistan).',
    ],
    'A (Kyrgyzstan) and B (Tajikistan) met.',
  ],
  [
    'rol21 vetoes',
    ROL21_VETO_GATE,
    [
      'The former Liberian chief negotiator, X,',
      'then Ghana’s negotiator',
      'replacing B',
      'until B takes over',
      'A succeeded B as envoy',
      'the Turkish Cypriot negotiator',
      'and the Kenyan one, headed by B',
    ],
    'The Liberian chief negotiator, X, spoke.',
  ],
  [
    'top22 host-relative (text)',
    HOST_RELATIVE.gate,
    [
      'COP30, which Brazil will host in Belém',
      'the summit that Hungary hosted in May',
      'the meeting, which Kazakhstan is hosting',
      'the forum, which Chile hosts every year',
    ],
    'COP30, which Brazil will organise in Belém',
  ],
  [
    'top22 attributed-to (text)',
    ATTRIBUTED_TO.gate,
    [
      'the drone attacks attributed to the RSF',
      'the sabotage, which was blamed on Russia',
      'the bombing claimed by ISIS',
    ],
    'the drone attacks by the RSF',
  ],
  [
    'top23 under-mediation (text)',
    UNDER_MEDIATION.gate,
    [
      'the talks in Doha under Egyptian, Qatari and American mediation',
      'the negotiations held under the mediation of Qatar and Egypt',
      'the talks under Norwegian facilitation',
    ],
    'the talks under the auspices of the United Nations',
  ],
  [
    'rol22 teamNextSentence',
    ROL22_GATES.teamNextSentence,
    [
      'It is led by Ambassador X.',
      'Its chief negotiator is X.',
      'The head of the delegation was X.',
      'Its mediator, Minister X, met both sides.',
      'The team is chaired by X.',
    ],
    'He met Minister X on Monday.',
  ],
  [
    'rol22 twoDelegationsInOrder',
    ROL22_GATES.twoDelegationsInOrder,
    ['They were headed respectively by A and B.', 'Leading the two delegations were A and B.'],
    'They were headed by A.',
  ],
  [
    'rol22 leadsElidedTeam',
    ROL22_GATES.leadsElidedTeam,
    ['A leads the government delegation; B heads the M23’s.', 'B led the Platform’s.'],
    'B met the M23’s envoy.',
  ],
  [
    'rol22 colonLists',
    ROL22_GATES.colonLists,
    ["Fiji's negotiating team: A (chair), B and C.", 'The heads of delegation were: for Kenya, A; for Uganda, B.'],
    'Fiji’s team: A and B.',
  ],
  [
    'rol22 memberOfSidesTeam',
    ROL22_GATES.memberOfSidesTeam,
    ["X, a member of the ELN's peace delegation,", "X, one of the Government's plenipotentiaries,"],
    'X, a negotiator, said.',
  ],
  [
    'rol22 sideTeamForms',
    ROL22_GATES.sideTeamForms,
    [
      'Heading the Qatari delegation was X.',
      'The Malaysian negotiating delegation, consisting of A and B,',
      "Kosovo's chief negotiator and First Deputy Prime Minister X said",
    ],
    'The Qatari delegation was headed by X.',
  ],
  [
    'rol22 deputyNextSentence',
    ROL22_GATES.deputyNextSentence,
    ['His deputy, X, chaired the sessions.'],
    'His adviser, X, chaired the sessions.',
  ],
  [
    'rol22 pronounRepresents',
    ROL22_GATES.pronounRepresents,
    ['He represents the TPLF in the talks.', 'She leads the Fijian delegation.', 'He will head the team.'],
    'He met the TPLF in the talks.',
  ],
  [
    'rol22 appositionAndColonRoles',
    ROL22_GATES.appositionAndColonRoles,
    ['X, in charge of border affairs, led the Lao side.', "Two mediators took part: Qatar's A and Egypt's B."],
    'X, in charge of border affairs, met the Lao side.',
  ],
  [
    'rol22 governmentTeam',
    ROL22_MORE_GATES.governmentTeam,
    [
      'The Government delegation is headed by X.',
      "X headed the government's team",
      'the Government’s team was led by X',
    ],
    'The delegation is headed by X.',
  ],
  [
    'rol22 leadsSideInTalks',
    ROL22_MORE_GATES.leadsSideInTalks,
    ['B leads the MILF side.', "Indonesia's delegation was under the leadership of X."],
    'B met the MILF side.',
  ],
  [
    'rol22 hisTeamMembers',
    ROL22_MORE_GATES.hisTeamMembers,
    ['Members of his negotiating team included Y.', 'Her delegation comprised Y.'],
    'Members of the team included Y.',
  ],
  [
    'rol22 authoritiesAndInChief',
    ROL22_MORE_GATES.authoritiesAndInChief,
    ["X led the authorities' team in the talks.", "Peru's negotiator-in-chief, X,"],
    'X led the team in the talks.',
  ],
  [
    'rol22 shortOrgAndAdviser',
    ROL22_MORE_GATES.shortOrgAndAdviser,
    ['X negotiated on behalf of the alliance.', "President X's security adviser, Y,"],
    'X negotiated for the alliance.',
  ],
  [
    'rol23 respectivelyRepresented',
    ROL23_GATES.respectivelyRepresented,
    ['The co-chairs, the EU, the OSCE and the UN, were represented by A, B and C respectively.'],
    'The co-chairs were represented by A, B and C.',
  ],
  [
    'rol23 negotiatorsLedBy',
    ROL23_GATES.negotiatorsLedBy,
    ['Negotiators for the FARC, led by X, read the text.', 'The negotiating team of the ELN, headed by X,'],
    'The delegation of the ELN, headed by X,',
  ],
  [
    'rol23 frontedForSide',
    ROL23_GATES.frontedForSide,
    ['For the European Union, X took the floor.'],
    'On the European Union side, X took the floor.',
  ],
  [
    'rol23 sideDesignatedAs',
    ROL23_GATES.sideDesignatedAs,
    ['The Community designated X as facilitator.', 'The Government appointed X as its envoy.'],
    'The Community chose X as facilitator.',
  ],
  [
    'rol23 sentTitledEnvoy',
    ROL23_GATES.sentTitledEnvoy,
    ['President A sent Special Envoy X to Juba.', 'President A dispatched Envoy X to Juba.'],
    'President A received Special Envoy X in Juba.',
  ],
  [
    'rol23 groupChairNextSentence',
    ROL23_GATES.groupChairNextSentence,
    ['Its chair, X of Kenya, said the group was united.'],
    'The chair, X of Kenya, said the group was united.',
  ],
  [
    'rol24 theirPrincipalsInOrder',
    ROL24_GATES.theirPrincipalsInOrder,
    ['A and B met on behalf of their leaders, P and Q.'],
    'A and B met on behalf of the leaders, P and Q.',
  ],
  [
    'rol24 respectivelyOnBehalf',
    ROL24_GATES.respectivelyOnBehalf,
    ['A and B signed on behalf of the governments of X and Y respectively.'],
    'A and B signed on behalf of the governments of X and Y.',
  ],
  [
    'rol24 formerLatter',
    ROL24_GATES.formerLatter,
    ['The former negotiates for X, the latter for Y.'],
    'The first negotiates for X, the second for Y.',
  ],
  [
    'rol24 gappedRepresentedBy',
    ROL24_GATES.gappedRepresentedBy,
    ['X was represented by A, Y by B.'],
    'X was led by A, Y by B.',
  ],
  [
    'rol24 headsColonList',
    ROL24_GATES.headsColonList,
    ['Heads of delegation: X — A; Y — B.', 'Negotiators: X — A.'],
    'Delegations: X — A; Y — B.',
  ],
  [
    'rol24 atItsHead',
    ROL24_GATES.atItsHead,
    ['At its head is the Minister of Foreign Affairs, A.'],
    'Leading it is the Minister of Foreign Affairs, A.',
  ],
  [
    'rol24 speakingForFronted',
    ROL24_GATES.speakingForFronted,
    ['Speaking for the African Group, A called for a fund.', 'Negotiating for the EU, A said no.'],
    'For the African Group, A called for a fund.',
  ],
  [
    'rol24 stateHeadOfDelegation',
    ROL24_GATES.stateHeadOfDelegation,
    ["Ghana's head of delegation, Ambassador A, said."],
    "Ghana's delegate, Ambassador A, said.",
  ],
  [
    'rol24 roleDesignatedBy',
    ROL24_GATES.roleDesignatedBy,
    ['A, the facilitator designated by the SADC, opened.', 'A, the mediator appointed by IGAD, opened.'],
    'A, the facilitator of the SADC, opened.',
  ],
  [
    'rol24 representsOrgChair',
    ROL24_GATES.representsOrgChair,
    ['A, who represents the OSCE Chairpersonship, visited.'],
    'A, who speaks for the OSCE Chairpersonship, visited.',
  ],
  [
    'rol24 reportsToNamed',
    ROL24_GATES.reportsToNamed,
    ['A reports to the Minister, B.', 'A will report directly to B.'],
    'A answers to the Minister, B.',
  ],
  [
    'rol24 deputyOfNegotiator',
    ROL24_GATES.deputyOfNegotiator,
    ['Deputy chief negotiator A, under the authority of B, spoke.'],
    'Chief negotiator A, under the authority of B, spoke.',
  ],
  [
    'rol25 gappedSideBy',
    ROL25_GATES.gappedSideBy,
    ['The X side was headed by A, the Y side by B.', 'X’s delegation was led by A; Y’s by B.'],
    'The X side and the Y side met A and B.',
  ],
  [
    'rol25 ourDelegation',
    ROL25_GATES.ourDelegation,
    ['Our delegation was headed by A.', 'A led our delegation.'],
    'The delegation was headed by A.',
  ],
  [
    'rol26 chairDrops',
    ROL26_GATES.chairDrops,
    ['The committee, chaired by A of X, adjourned.', 'The session was presided over by A.'],
    'The committee, led by A of X, adjourned.',
  ],
  [
    'rol26 behalfOfOwn',
    ROL26_GATES.behalfOfOwn,
    ['A and B signed it, each on behalf of his party.'],
    'A and B signed it, each for his party.',
  ],
  [
    'rol26 orgOfficerBy',
    ROL26_GATES.orgOfficerBy,
    ['It was negotiated by CDU leader A.', 'It was signed by ANC Secretary-General A.'],
    'It was negotiated by A of the CDU.',
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
