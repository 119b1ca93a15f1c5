// The sixth events paraphrase bank (issue 6, round ev13): a blind bank written before any rule change of the round,
// on the recall of meeting events in general rather than one construction: each passage holds two to four events of
// different kinds and roles (the readout's own meeting, an earlier one it follows up, a planned one, a session of it,
// one named by its kind plus place, date or partner, one told only by a verb in a later clause), in the plain style of
// many issuers (ministries, presidencies, wire agencies, UN / AU / ASEAN / EU / OSCE bodies), and negatives (generic
// mentions: "meetings of this kind", "regular contacts", negated or hypothetical meetings). Its area is the Events and
// PARTICIPATED_IN and PART_OF. Same format and runner as the earlier events banks (`npm run bank -- events-6`).
// First pass (blind, bank at 92e20f5, rules of main f71645a): 18/59 cases pass; facts found 160/281 (56.9 %), false
// facts 22.
import { type BankCase, E, O, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];

/** The readout's meeting and an earlier meeting it follows up, named by kind plus place or date. */
const EARLIER: BankCase[] = [
  {
    id: 'earlier-since-their-meeting-in-place',
    form: 'main "A met B" and "since their meeting in City in Month" (an earlier meeting by place and month)',
    date: '2024-02-16',
    source: 'Ministry of Foreign Affairs of Poland',
    text:
      'Foreign Minister Radosław Sikorski met Foreign Minister Annalena Baerbock in Munich on 16 February. ' +
      'The ministers reviewed the progress made since their meeting in Warsaw in December.',
    entities: [
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski', 'Sikorski'),
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      E('Sikorski-Baerbock meeting in Munich', ['meeting'], '2024-02-16'),
      E('meeting in Warsaw in December', ['their meeting in Warsaw']),
    ],
    relations: [
      ...took('Sikorski-Baerbock meeting in Munich', 'Radosław Sikorski', 'Annalena Baerbock'),
      ...took('meeting in Warsaw in December', 'Radosław Sikorski', 'Annalena Baerbock'),
    ],
  },
  {
    id: 'earlier-recalled-the-summit-in-place',
    form: 'presidency: "A received B … recalled the summit in City last year"',
    date: '2023-10-25',
    source: 'Presidency of the Republic of Korea',
    text:
      'President Yoon Suk Yeol received Prime Minister Anthony Albanese at the Yongsan presidential office on Wednesday. ' +
      'The two leaders recalled the fruitful bilateral summit in Madrid last year and agreed to expand defence industry cooperation.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      E('Yoon-Albanese meeting', ['meeting'], '2023-10-25'),
      E('bilateral summit in Madrid', ['summit in Madrid']),
    ],
    relations: [
      ...took('Yoon-Albanese meeting', 'Yoon Suk Yeol', 'Anthony Albanese'),
      ...took('bilateral summit in Madrid', 'Yoon Suk Yeol', 'Anthony Albanese'),
    ],
  },
  {
    id: 'earlier-follow-up-to-call-of-date',
    form: 'ministry: "as a follow-up to the telephone conversation of D Month" (an earlier call by date)',
    date: '2023-05-09',
    source: 'Ministry of Foreign Affairs of Greece',
    text:
      'Minister of Foreign Affairs Nikos Dendias met in Athens with Minister of Foreign Affairs Mevlüt Çavuşoğlu of Türkiye. ' +
      'The meeting was a follow-up to their telephone conversation of 10 February, after the earthquakes.',
    entities: [
      P('Nikos Dendias', 'Minister of Foreign Affairs Nikos Dendias', 'Dendias'),
      P('Mevlüt Çavuşoğlu', 'Minister of Foreign Affairs Mevlüt Çavuşoğlu', 'Çavuşoğlu'),
      S('Türkiye'),
      E('Dendias-Çavuşoğlu meeting in Athens', ['meeting', 'the meeting'], '2023-05-09'),
      E('telephone conversation of 10 February', ['telephone conversation'], '2023-02-10'),
      E('earthquakes', []),
    ],
    relations: [
      ...took('Dendias-Çavuşoğlu meeting in Athens', 'Nikos Dendias', 'Mevlüt Çavuşoğlu'),
      ...took('telephone conversation of 10 February', 'Nikos Dendias', 'Mevlüt Çavuşoğlu'),
    ],
  },
  {
    id: 'earlier-first-summit-in-place',
    form: 'wire: "their third summit … after the first summit in City in Month Year"',
    date: '2024-11-15',
    source: 'Kyodo News',
    text:
      'LIMA, Nov. 15 (Kyodo) - Prime Minister Shigeru Ishiba and President Xi Jinping held their first talks on Friday on the fringes of the APEC forum. ' +
      'Ishiba said the two countries should build on the summit in San Francisco in November 2023 between Xi and his predecessor Fumio Kishida.',
    entities: [
      P('Shigeru Ishiba', 'Prime Minister Shigeru Ishiba', 'Ishiba'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Fumio Kishida', 'Kishida'),
      O('APEC'),
      E('Ishiba-Xi talks in Lima', ['talks', 'first talks'], '2024-11-15'),
      E('APEC forum', ['APEC']),
      E('summit in San Francisco in November 2023', ['summit in San Francisco']),
    ],
    relations: [
      ...took('Ishiba-Xi talks in Lima', 'Shigeru Ishiba', 'Xi Jinping'),
      ...took('APEC forum', 'Shigeru Ishiba', 'Xi Jinping'),
      part('Ishiba-Xi talks in Lima', 'APEC forum'),
      ...took('summit in San Francisco in November 2023', 'Xi Jinping', 'Fumio Kishida'),
    ],
  },
  {
    id: 'earlier-last-met-in-place',
    form: '"the two leaders last met in City in Month" (an earlier meeting told by a verb)',
    date: '2024-07-10',
    source: 'Office of the Prime Minister of Canada',
    text:
      'Prime Minister Justin Trudeau met with President Volodymyr Zelenskyy of Ukraine on the margins of the NATO Summit in Washington. ' +
      'The two leaders last met in Ottawa in September.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Ukraine'),
      E('Trudeau-Zelenskyy meeting', ['meeting'], '2024-07-10'),
      E('NATO Summit in Washington', ['NATO Summit']),
      E('Trudeau-Zelenskyy meeting in Ottawa in September', ['meeting in Ottawa']),
    ],
    relations: [
      ...took('Trudeau-Zelenskyy meeting', 'Justin Trudeau', 'Volodymyr Zelenskyy'),
      ...took('NATO Summit in Washington', 'Justin Trudeau', 'Volodymyr Zelenskyy'),
      part('Trudeau-Zelenskyy meeting', 'NATO Summit in Washington'),
      ...took('Trudeau-Zelenskyy meeting in Ottawa in September', 'Justin Trudeau', 'Volodymyr Zelenskyy'),
    ],
  },
  {
    id: 'earlier-visit-of-person-to-place-in-year',
    form: 'ministry: "recalled the visit of Title A to City in Year" (an earlier visit)',
    date: '2023-06-05',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text:
      'Deputy Foreign Minister Do Hung Viet held political consultations with Deputy Foreign Minister Marc Cools of Belgium in Hanoi on 5 June. ' +
      'Both sides recalled the state visit of King Philippe to Viet Nam in March 2023.',
    entities: [
      P('Do Hung Viet', 'Deputy Foreign Minister Do Hung Viet'),
      P('Marc Cools', 'Deputy Foreign Minister Marc Cools', 'Cools'),
      P('Philippe', 'King Philippe'),
      S('Belgium'),
      E('political consultations in Hanoi', ['political consultations'], '2023-06-05'),
      E("King Philippe's state visit to Viet Nam", ['state visit of King Philippe to Viet Nam']),
    ],
    relations: [
      ...took('political consultations in Hanoi', 'Do Hung Viet', 'Marc Cools'),
      ...took("King Philippe's state visit to Viet Nam", 'Philippe'),
    ],
  },
  {
    id: 'earlier-previous-round-in-place',
    form: 'OSCE: "the previous round in City in Month" after "the talks resumed"',
    date: '2023-11-07',
    source: 'OSCE',
    text:
      'The Geneva International Discussions resumed in Geneva on 7 November under the co-chairmanship of the OSCE, the EU and the UN. ' +
      'The co-chairs noted that the previous round in July had been held in a constructive atmosphere.',
    entities: [
      O('OSCE'),
      O('European Union', 'EU'),
      O('United Nations', 'UN'),
      E('Geneva International Discussions', ['Geneva International Discussions in Geneva'], '2023-11-07'),
      E('previous round of the Geneva International Discussions in July', ['previous round in July']),
    ],
    relations: [
      part('previous round of the Geneva International Discussions in July', 'Geneva International Discussions'),
    ],
  },
  {
    id: 'earlier-meeting-of-two-leaders-in-place',
    form: 'presidency: "the meeting of the two Presidents in City in Month" (an earlier meeting by its people and place)',
    date: '2024-04-18',
    source: 'Presidency of Brazil',
    text:
      'President Luiz Inácio Lula da Silva received President Gabriel Boric of Chile at the Planalto Palace. ' +
      'They took stock of the commitments made at the meeting of the two Presidents in Santiago in December.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Gabriel Boric', 'President Gabriel Boric', 'Boric'),
      S('Chile'),
      E('Lula-Boric meeting at the Planalto Palace', ['meeting'], '2024-04-18'),
      E('meeting of the two Presidents in Santiago in December', ['meeting in Santiago']),
    ],
    relations: [
      ...took('Lula-Boric meeting at the Planalto Palace', 'Luiz Inácio Lula da Silva', 'Gabriel Boric'),
      ...took('meeting of the two Presidents in Santiago in December', 'Luiz Inácio Lula da Silva', 'Gabriel Boric'),
    ],
  },
];

/** Meetings still to come, named by kind plus place, date or partner. */
const PLANNED: BankCase[] = [
  {
    id: 'planned-next-meeting-in-place-next-year',
    form: 'ministry: "agreed to hold the next meeting of the Joint Commission in City next year"',
    date: '2024-09-12',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister S. Jaishankar co-chaired the Joint Commission with Foreign Minister Faisal bin Farhan of Saudi Arabia in Riyadh on 12 September. ' +
      'The two sides agreed to hold the next session of the Joint Commission in New Delhi.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Faisal bin Farhan', 'Foreign Minister Faisal bin Farhan'),
      S('Saudi Arabia'),
      E('Joint Commission in Riyadh', ['Joint Commission'], '2024-09-12'),
      E('next session of the Joint Commission in New Delhi', ['next session of the Joint Commission']),
    ],
    relations: [...took('Joint Commission in Riyadh', 'S. Jaishankar', 'Faisal bin Farhan')],
  },
  {
    id: 'planned-visit-at-convenient-time',
    form: 'presidency: "B accepted the invitation to pay a state visit to X" (a planned visit)',
    date: '2023-07-04',
    source: 'Presidency of Indonesia',
    text:
      'President Joko Widodo held a bilateral meeting with President William Ruto at State House in Nairobi on Tuesday. ' +
      'President Ruto accepted an invitation to make a state visit to Indonesia next year.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('William Ruto', 'President William Ruto', 'Ruto'),
      S('Indonesia'),
      E('Widodo-Ruto bilateral meeting in Nairobi', ['bilateral meeting'], '2023-07-04'),
      E("Ruto's state visit to Indonesia", ['state visit to Indonesia']),
    ],
    relations: [...took('Widodo-Ruto bilateral meeting in Nairobi', 'Joko Widodo', 'William Ruto')],
  },
  {
    id: 'planned-summit-in-place-later-this-year',
    form: 'chancellery: "prepare the summit in City later this year" (planned by kind and place)',
    date: '2024-03-20',
    source: 'Federal Chancellery of Austria',
    text:
      'Chancellor Karl Nehammer spoke by telephone with Prime Minister Petr Fiala of the Czech Republic on Wednesday. ' +
      'They discussed preparations for the Central European summit in Vienna in June.',
    entities: [
      P('Karl Nehammer', 'Chancellor Karl Nehammer', 'Nehammer'),
      P('Petr Fiala', 'Prime Minister Petr Fiala', 'Fiala'),
      S('Czech Republic'),
      E('Nehammer-Fiala telephone call', ['telephone call'], '2024-03-20'),
      E('Central European summit in Vienna in June', ['summit in Vienna']),
    ],
    relations: [...took('Nehammer-Fiala telephone call', 'Karl Nehammer', 'Petr Fiala')],
  },
  {
    id: 'planned-will-meet-again-in-place',
    form: 'wire: "the two negotiators will meet again in City next month" (planned meeting told by a verb)',
    date: '2024-05-30',
    source: 'Agence France-Presse',
    text:
      'Serbian negotiator Petar Petković and Kosovo negotiator Besnik Bislimi met EU envoy Miroslav Lajčák in Brussels on Thursday. ' +
      'The three will meet again in Brussels in July, an EU spokesperson said.',
    entities: [
      P('Petar Petković', 'Petković'),
      P('Besnik Bislimi', 'Bislimi'),
      P('Miroslav Lajčák', 'Lajčák'),
      O('European Union', 'EU'),
      E('Lajčák-Petković-Bislimi meeting in Brussels', ['meeting'], '2024-05-30'),
      E('meeting in Brussels in July', []),
    ],
    relations: [
      ...took('Lajčák-Petković-Bislimi meeting in Brussels', 'Petar Petković', 'Besnik Bislimi', 'Miroslav Lajčák'),
    ],
  },
  {
    id: 'planned-second-round-of-consultations',
    form: 'ministry: "the second round of consultations will take place in City in the autumn"',
    date: '2023-03-28',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      'Secretary General Jonatan Vseviov held the first round of political consultations with his Korean counterpart Chang Ho-jin in Tallinn. ' +
      'The second round of consultations will take place in Seoul in the autumn.',
    entities: [
      P('Jonatan Vseviov', 'Secretary General Jonatan Vseviov', 'Vseviov'),
      P('Chang Ho-jin'),
      S('South Korea', 'Korean'),
      E('first round of political consultations in Tallinn', ['first round of political consultations']),
      E('second round of consultations in Seoul', ['second round of consultations']),
    ],
    relations: [...took('first round of political consultations in Tallinn', 'Jonatan Vseviov', 'Chang Ho-jin')],
  },
  {
    id: 'planned-invited-to-attend-the-forum',
    form: 'AU: "invited the President to attend the summit in City in Month" (a planned gathering)',
    date: '2024-06-11',
    source: 'African Union Commission',
    text:
      'The Chairperson of the AU Commission, Moussa Faki Mahamat, held talks with President Paul Kagame in Kigali. ' +
      'He invited President Kagame to attend the mid-year coordination meeting in Accra in July.',
    entities: [
      P('Moussa Faki Mahamat', 'Faki'),
      P('Paul Kagame', 'President Paul Kagame', 'Kagame'),
      O('African Union Commission', 'AU Commission'),
      E('Faki-Kagame talks in Kigali', ['talks'], '2024-06-11'),
      E('mid-year coordination meeting in Accra', ['mid-year coordination meeting']),
    ],
    relations: [...took('Faki-Kagame talks in Kigali', 'Moussa Faki Mahamat', 'Paul Kagame')],
  },
  {
    id: 'planned-leaders-meeting-ahead-of',
    form: 'embassy: "ahead of the leaders\' meeting in City on D Month" (a planned meeting by place and date)',
    date: '2023-11-10',
    source: 'U.S. Department of State',
    text: 'Secretary of State Antony Blinken met Chinese Vice President Han Zheng in Washington on Friday, ahead of the meeting of President Biden and President Xi in San Francisco on November 15.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Han Zheng', 'Vice President Han Zheng'),
      P('Joe Biden', 'President Biden', 'Biden'),
      P('Xi Jinping', 'President Xi', 'Xi'),
      S('China', 'Chinese'),
      E('Blinken-Han Zheng meeting in Washington', ['meeting'], '2023-11-10'),
      E(
        'Biden-Xi meeting in San Francisco',
        ['meeting of President Biden and President Xi in San Francisco'],
        '2023-11-15',
      ),
    ],
    relations: [...took('Blinken-Han Zheng meeting in Washington', 'Antony Blinken', 'Han Zheng')],
  },
  {
    id: 'planned-visit-by-title-announced',
    form: 'ministry: "announced the visit of the Prime Minister to City next month"',
    date: '2024-01-22',
    source: 'Ministry of Foreign Affairs of Portugal',
    text:
      'Minister of Foreign Affairs João Gomes Cravinho received his Angolan counterpart Téte António in Lisbon. ' +
      'The ministers prepared the forthcoming official visit of Prime Minister António Costa to Luanda.',
    entities: [
      P('João Gomes Cravinho', 'Minister of Foreign Affairs João Gomes Cravinho', 'Cravinho'),
      P('Téte António'),
      P('António Costa', 'Prime Minister António Costa', 'Costa'),
      S('Angola', 'Angolan'),
      E('Cravinho-Téte António meeting in Lisbon', ['meeting'], '2024-01-22'),
      E("Costa's official visit to Luanda", ['official visit of Prime Minister António Costa to Luanda']),
    ],
    relations: [...took('Cravinho-Téte António meeting in Lisbon', 'João Gomes Cravinho', 'Téte António')],
  },
];

/** Sessions of the readout's meeting: PART_OF it, their people also taking part in the whole. */
const SESSIONS: BankCase[] = [
  {
    id: 'session-talks-in-narrow-then-plenary',
    form: 'Kremlin style: "talks began in a restricted format and continued with a plenary session"',
    date: '2024-05-16',
    source: 'President of Russia',
    text:
      'Vladimir Putin and Xi Jinping held talks in Beijing. ' +
      'The talks began in a restricted format and continued with a plenary session with the participation of the two delegations.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Xi Jinping', 'Xi'),
      E('Putin-Xi talks in Beijing', ['talks', 'the talks'], '2024-05-16'),
      E('plenary session', []),
    ],
    relations: [
      ...took('Putin-Xi talks in Beijing', 'Vladimir Putin', 'Xi Jinping'),
      ...took('plenary session', 'Vladimir Putin', 'Xi Jinping'),
      part('plenary session', 'Putin-Xi talks in Beijing'),
    ],
  },
  {
    id: 'session-working-lunch-hosted',
    form: 'ministry: "A hosted a working lunch for B" after their meeting',
    date: '2024-04-11',
    source: 'Ministry for Foreign Affairs of Sweden',
    text:
      'Minister for Foreign Affairs Tobias Billström met Minister for Foreign Affairs Bárbara Pereira of Portugal in Stockholm. ' +
      'After the meeting, Mr Billström hosted a working lunch for his guest.',
    entities: [
      P('Tobias Billström', 'Minister for Foreign Affairs Tobias Billström', 'Billström'),
      P('Bárbara Pereira', 'Minister for Foreign Affairs Bárbara Pereira'),
      S('Portugal'),
      E('Billström-Pereira meeting', ['meeting', 'the meeting'], '2024-04-11'),
      E('working lunch', []),
    ],
    relations: [
      ...took('Billström-Pereira meeting', 'Tobias Billström', 'Bárbara Pereira'),
      ...took('working lunch', 'Tobias Billström', 'Bárbara Pereira'),
      part('working lunch', 'Billström-Pereira meeting'),
    ],
  },
  {
    id: 'session-joint-press-conference-after',
    form: 'presidency: "The two Presidents then gave a joint press conference" after a meeting',
    date: '2023-09-27',
    source: 'Presidency of Lithuania',
    text:
      'President Gitanas Nausėda received President Alar Karis of Estonia at the Presidential Palace in Vilnius. ' +
      'Following the meeting, the two Presidents held a joint press conference.',
    entities: [
      P('Gitanas Nausėda', 'President Gitanas Nausėda', 'Nausėda'),
      P('Alar Karis', 'President Alar Karis', 'Karis'),
      S('Estonia'),
      E('Nausėda-Karis meeting in Vilnius', ['meeting', 'the meeting'], '2023-09-27'),
      E('joint press conference', []),
    ],
    relations: [
      ...took('Nausėda-Karis meeting in Vilnius', 'Gitanas Nausėda', 'Alar Karis'),
      ...took('joint press conference', 'Gitanas Nausėda', 'Alar Karis'),
      part('joint press conference', 'Nausėda-Karis meeting in Vilnius'),
    ],
  },
  {
    id: 'session-one-on-one-then-delegations',
    form: 'prime minister\'s office: "a one-on-one meeting, followed by talks between the delegations"',
    date: '2024-02-06',
    source: 'Prime Minister of Japan',
    text:
      "Prime Minister Fumio Kishida held a summit meeting with Prime Minister Mark Rutte of the Netherlands at the Prime Minister's Office. " +
      'The leaders first held a one-on-one meeting, followed by an expanded meeting with their delegations.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Mark Rutte', 'Prime Minister Mark Rutte', 'Rutte'),
      S('Netherlands'),
      E('Japan-Netherlands Summit Meeting', ['summit meeting', 'Kishida-Rutte summit meeting'], '2024-02-06'),
      E('one-on-one meeting', []),
      E('expanded meeting', []),
    ],
    relations: [
      ...took('Japan-Netherlands Summit Meeting', 'Fumio Kishida', 'Mark Rutte'),
      ...took('one-on-one meeting', 'Fumio Kishida', 'Mark Rutte'),
      ...took('expanded meeting', 'Fumio Kishida', 'Mark Rutte'),
      part('one-on-one meeting', 'Japan-Netherlands Summit Meeting'),
      part('expanded meeting', 'Japan-Netherlands Summit Meeting'),
    ],
  },
  {
    id: 'session-state-banquet-during-visit',
    form: 'royal court: "the King gave a state banquet in honour of the President" during a state visit',
    date: '2023-11-21',
    source: 'The Royal Household',
    text:
      'President Yoon Suk Yeol began his state visit to the United Kingdom on Tuesday. ' +
      'King Charles III gave a state banquet in honour of the President at Buckingham Palace in the evening.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Charles III', 'King Charles III'),
      S('United Kingdom'),
      E("Yoon's state visit to the United Kingdom", ['state visit to the United Kingdom', 'state visit'], '2023-11-21'),
      E('state banquet in honour of the President', ['state banquet']),
    ],
    relations: [
      ...took("Yoon's state visit to the United Kingdom", 'Yoon Suk Yeol'),
      ...took('state banquet in honour of the President', 'Charles III', 'Yoon Suk Yeol'),
      part('state banquet in honour of the President', "Yoon's state visit to the United Kingdom"),
    ],
  },
  {
    id: 'session-closing-ceremony-of-conference',
    form: 'UN: "the Secretary-General spoke at the closing ceremony of the Conference"',
    date: '2023-03-22',
    source: 'United Nations',
    text:
      'The UN 2023 Water Conference opened in New York on 22 March, co-hosted by Tajikistan and the Netherlands. ' +
      'Secretary-General António Guterres addressed the opening ceremony of the Conference.',
    entities: [
      P('António Guterres', 'Secretary-General António Guterres', 'Guterres'),
      S('Tajikistan'),
      S('Netherlands'),
      O('United Nations', 'UN'),
      E('UN 2023 Water Conference', ['Water Conference', 'the Conference'], '2023-03-22'),
      E('opening ceremony of the Conference', ['opening ceremony']),
    ],
    relations: [
      ...took('UN 2023 Water Conference', 'António Guterres'),
      ...took('opening ceremony of the Conference', 'António Guterres'),
      part('opening ceremony of the Conference', 'UN 2023 Water Conference'),
    ],
  },
  {
    id: 'session-meeting-during-visit-with-speaker',
    form: 'ministry: during a visit, "the Minister also met the Speaker of Parliament" (a meeting told by a verb, PART_OF the visit)',
    date: '2024-03-14',
    source: 'Ministry of Foreign Affairs of Ireland',
    text:
      'Tánaiste Micheál Martin paid an official visit to Jordan on 14 March. ' +
      'During the visit, the Tánaiste also met Speaker of the House of Representatives Ahmad Safadi.',
    entities: [
      P('Micheál Martin', 'Tánaiste Micheál Martin', 'Tánaiste', 'Martin'),
      P('Ahmad Safadi', 'Speaker of the House of Representatives Ahmad Safadi'),
      S('Jordan'),
      E("Martin's official visit to Jordan", ['official visit to Jordan', 'the visit'], '2024-03-14'),
      E('Martin-Safadi meeting', []),
    ],
    relations: [
      ...took("Martin's official visit to Jordan", 'Micheál Martin'),
      ...took('Martin-Safadi meeting', 'Micheál Martin', 'Ahmad Safadi'),
      part('Martin-Safadi meeting', "Martin's official visit to Jordan"),
    ],
  },
  {
    id: 'session-wreath-laying-ceremony-visit',
    form: 'presidency: "the President laid a wreath … a wreath-laying ceremony" during a state visit',
    date: '2024-10-08',
    source: 'Presidency of Poland',
    text:
      'President Andrzej Duda arrived in Seoul on a state visit to the Republic of Korea on Tuesday. ' +
      'He then attended a wreath-laying ceremony at the Seoul National Cemetery.',
    entities: [
      P('Andrzej Duda', 'President Andrzej Duda', 'Duda'),
      S('South Korea', 'Republic of Korea'),
      E(
        "Duda's state visit to the Republic of Korea",
        ['state visit to the Republic of Korea', 'state visit'],
        '2024-10-08',
      ),
      E('wreath-laying ceremony at the Seoul National Cemetery', ['wreath-laying ceremony']),
    ],
    relations: [
      ...took("Duda's state visit to the Republic of Korea", 'Andrzej Duda'),
      ...took('wreath-laying ceremony at the Seoul National Cemetery', 'Andrzej Duda'),
      part('wreath-laying ceremony at the Seoul National Cemetery', "Duda's state visit to the Republic of Korea"),
    ],
  },
];

/** Meetings named by kind plus place, date or partner, anywhere in the passage. */
const BY_KIND: BankCase[] = [
  {
    id: 'kind-virtual-meeting-of-date',
    form: 'ministry: "the virtual meeting of D Month Year" (an earlier meeting by kind and date)',
    date: '2024-01-30',
    source: 'Ministry of Foreign Affairs of New Zealand',
    text:
      'Foreign Minister Winston Peters met Foreign Minister Vivian Balakrishnan in Singapore on 30 January. ' +
      'The ministers built on the outcomes of the virtual meeting of 12 December 2023 between their officials.',
    entities: [
      P('Winston Peters', 'Foreign Minister Winston Peters', 'Peters'),
      P('Vivian Balakrishnan', 'Foreign Minister Vivian Balakrishnan', 'Balakrishnan'),
      E('Peters-Balakrishnan meeting in Singapore', ['meeting'], '2024-01-30'),
      E('virtual meeting of 12 December 2023', ['virtual meeting'], '2023-12-12'),
    ],
    relations: [...took('Peters-Balakrishnan meeting in Singapore', 'Winston Peters', 'Vivian Balakrishnan')],
  },
  {
    id: 'kind-audience-at-palace',
    form: 'news agency: "received in audience at X Palace" (an audience named by its place)',
    date: '2024-02-19',
    source: 'Kuwait News Agency',
    text:
      'His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received Foreign Minister Sameh Shoukry of Egypt in an audience at Bayan Palace on Monday. ' +
      'Shoukry conveyed a message from President Abdel Fattah al-Sisi.',
    entities: [
      P('Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah'),
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Shoukry'),
      P('Abdel Fattah al-Sisi', 'President Abdel Fattah al-Sisi'),
      S('Egypt'),
      E('audience at Bayan Palace', ['audience'], '2024-02-19'),
    ],
    relations: [...took('audience at Bayan Palace', 'Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Sameh Shoukry')],
  },
  {
    id: 'kind-quadrilateral-meeting-in-place',
    form: 'wire: "a quadrilateral meeting in City" (kind adjective plus place), and the earlier one',
    date: '2023-04-04',
    source: 'TASS',
    text:
      'MOSCOW, April 4. /TASS/. Deputy foreign ministers of Russia, Iran, Syria and Türkiye held a quadrilateral meeting in Moscow on Tuesday. ' +
      'It was the first such meeting since the trilateral talks of defence ministers in Moscow in December.',
    entities: [
      S('Russia'),
      S('Iran'),
      S('Syria'),
      S('Türkiye'),
      E('quadrilateral meeting in Moscow', ['quadrilateral meeting'], '2023-04-04'),
      E('trilateral talks of defence ministers in Moscow in December', ['trilateral talks of defence ministers']),
    ],
    relations: [],
  },
  {
    id: 'kind-donors-conference-in-place',
    form: 'EU: "the pledging conference in City on D Month" (a conference by kind and place)',
    date: '2023-03-20',
    source: 'European Commission',
    text:
      'Commissioner Janez Lenarčič announced new humanitarian aid for Türkiye and Syria. ' +
      "He will present the package at the international donors' conference in Brussels on 20 March.",
    entities: [
      P('Janez Lenarčič', 'Commissioner Janez Lenarčič', 'Lenarčič'),
      S('Türkiye'),
      S('Syria'),
      E("international donors' conference in Brussels", ["donors' conference"]),
    ],
    relations: [],
  },
  {
    id: 'kind-meeting-with-partner-by-title',
    form: 'ministry: "his meeting with the Foreign Minister of X" (a meeting named by its partner)',
    date: '2024-05-22',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Foreign Minister Espen Barth Eide visited Ramallah on 22 May. ' +
      'In his meeting with Prime Minister Mohammad Mustafa, Eide stressed the importance of the Palestinian Authority.',
    entities: [
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide', 'Eide'),
      P('Mohammad Mustafa', 'Prime Minister Mohammad Mustafa'),
      O('Palestinian Authority'),
      E("Eide's visit to Ramallah", ['visit to Ramallah'], '2024-05-22'),
      E('Eide-Mustafa meeting', ['meeting with Prime Minister Mohammad Mustafa']),
    ],
    relations: [
      ...took("Eide's visit to Ramallah", 'Espen Barth Eide'),
      ...took('Eide-Mustafa meeting', 'Espen Barth Eide', 'Mohammad Mustafa'),
      part('Eide-Mustafa meeting', "Eide's visit to Ramallah"),
    ],
  },
  {
    id: 'kind-ministerial-meeting-of-body-in-place',
    form: 'ASEAN: "the ASEAN Foreign Ministers\' Meeting in City" and "the retreat" (by body, kind and place)',
    date: '2024-01-29',
    source: 'ASEAN Secretariat',
    text:
      "The ASEAN Foreign Ministers' Retreat was held in Luang Prabang on 29 January under the chairmanship of Lao PDR. " +
      'Minister Saleumxay Kommasith chaired the retreat, which prepared the ASEAN Summit in Vientiane in October.',
    entities: [
      P('Saleumxay Kommasith', 'Minister Saleumxay Kommasith', 'Kommasith'),
      S('Laos', 'Lao PDR'),
      O('ASEAN'),
      E("ASEAN Foreign Ministers' Retreat", ['retreat', 'the retreat'], '2024-01-29'),
      E('ASEAN Summit in Vientiane', ['ASEAN Summit']),
    ],
    relations: [...took("ASEAN Foreign Ministers' Retreat", 'Saleumxay Kommasith')],
  },
  {
    id: 'kind-video-call-with-partner',
    form: 'chancellery: "In a video call with X" in a later clause (a call by kind and partner)',
    date: '2024-02-08',
    source: 'Federal Chancellor of Germany',
    text:
      'Chancellor Olaf Scholz received President Emmanuel Macron at the Chancellery in Berlin. ' +
      'Earlier in the day, Scholz held a video call with Prime Minister Donald Tusk of Poland.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      S('Poland'),
      E('Scholz-Macron meeting in Berlin', ['meeting'], '2024-02-08'),
      E('Scholz-Tusk video call', ['video call'], '2024-02-08'),
    ],
    relations: [
      ...took('Scholz-Macron meeting in Berlin', 'Olaf Scholz', 'Emmanuel Macron'),
      ...took('Scholz-Tusk video call', 'Olaf Scholz', 'Donald Tusk'),
    ],
  },
  {
    id: 'kind-summit-of-body-in-place-lowercase',
    form: 'presidency: "at the EU-Western Balkans summit in City" (lowercase kind with place)',
    date: '2023-12-13',
    source: 'Presidency of Montenegro',
    text:
      'President Jakov Milatović took part in the EU-Western Balkans summit in Brussels on 13 December. ' +
      'On the sidelines of the summit, he met President of the European Council Charles Michel.',
    entities: [
      P('Jakov Milatović', 'President Jakov Milatović', 'Milatović'),
      P('Charles Michel', 'President of the European Council Charles Michel'),
      O('European Council'),
      E('EU-Western Balkans summit in Brussels', ['EU-Western Balkans summit', 'the summit'], '2023-12-13'),
      E('Milatović-Michel meeting', []),
    ],
    relations: [
      ...took('EU-Western Balkans summit in Brussels', 'Jakov Milatović', 'Charles Michel'),
      ...took('Milatović-Michel meeting', 'Jakov Milatović', 'Charles Michel'),
      part('Milatović-Michel meeting', 'EU-Western Balkans summit in Brussels'),
    ],
  },
  {
    id: 'kind-working-meeting-of-two',
    form: 'ministry: "a working meeting between A and B" (kind plus two named people)',
    date: '2023-08-30',
    source: 'Ministry of Foreign Affairs of Colombia',
    text:
      'A working meeting between Foreign Minister Álvaro Leyva and Foreign Minister Mauro Vieira of Brazil took place in Bogotá on 30 August. ' +
      'They agreed to convene the binational commission before the end of the year.',
    entities: [
      P('Álvaro Leyva', 'Foreign Minister Álvaro Leyva', 'Leyva'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Vieira'),
      S('Brazil'),
      E('working meeting between Leyva and Vieira in Bogotá', ['working meeting'], '2023-08-30'),
      E('binational commission', []),
    ],
    relations: [...took('working meeting between Leyva and Vieira in Bogotá', 'Álvaro Leyva', 'Mauro Vieira')],
  },
  {
    id: 'kind-trilateral-summit-nth',
    form: 'presidency: "the ninth trilateral summit" (ordinal, kind) and a planned foreign ministers\' meeting',
    date: '2024-05-27',
    source: 'Presidency of the Republic of Korea',
    text:
      'President Yoon Suk Yeol hosted the ninth trilateral summit with Premier Li Qiang and Prime Minister Fumio Kishida in Seoul. ' +
      "The leaders agreed that a trilateral foreign ministers' meeting would be held in Japan next year.",
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Li Qiang', 'Premier Li Qiang'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      E('ninth trilateral summit in Seoul', ['ninth trilateral summit'], '2024-05-27'),
      E("trilateral foreign ministers' meeting in Japan", ["trilateral foreign ministers' meeting"]),
    ],
    relations: [...took('ninth trilateral summit in Seoul', 'Yoon Suk Yeol', 'Li Qiang', 'Fumio Kishida')],
  },
  {
    id: 'kind-envoys-talks-in-place',
    form: 'OSCE: "talks in City between the envoys" (talks by place, held)',
    date: '2023-10-12',
    source: 'OSCE Chairpersonship',
    text:
      'The OSCE Chairman-in-Office, Bujar Osmani, welcomed the talks in Vienna between the representatives of Moldova and Transnistria on 12 October. ' +
      'Osmani had discussed the process with Prime Minister Dorin Recean in Chișinău in September.',
    entities: [
      P('Bujar Osmani', 'Osmani'),
      P('Dorin Recean', 'Prime Minister Dorin Recean'),
      S('Moldova'),
      O('OSCE'),
      E('talks in Vienna between the representatives of Moldova and Transnistria', ['talks in Vienna'], '2023-10-12'),
      E('Osmani-Recean meeting in Chișinău', []),
    ],
    relations: [...took('Osmani-Recean meeting in Chișinău', 'Bujar Osmani', 'Dorin Recean')],
  },
];

/** Meetings told only by a verb, in any clause, not only the opening. */
const VERB_TOLD: BankCase[] = [
  {
    id: 'verb-later-called-on-title',
    form: '"Later, the Minister called on President X" (a second meeting told by a verb)',
    date: '2024-04-23',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister S. Jaishankar held talks with Foreign Minister Moussa Mara of Mali in New Delhi. ' +
      'Later in the day, Foreign Minister Mara called on Prime Minister Narendra Modi.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Moussa Mara', 'Foreign Minister Moussa Mara', 'Mara'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('Mali'),
      E('Jaishankar-Mara talks in New Delhi', ['talks'], '2024-04-23'),
      E('Mara-Modi meeting', ['call on Prime Minister Narendra Modi'], '2024-04-23'),
    ],
    relations: [
      ...took('Jaishankar-Mara talks in New Delhi', 'S. Jaishankar', 'Moussa Mara'),
      ...took('Mara-Modi meeting', 'Moussa Mara', 'Narendra Modi'),
    ],
  },
  {
    id: 'verb-also-met-with-in-second-sentence',
    form: '"The Secretary also met with X" (a second meeting in a later sentence)',
    date: '2024-06-10',
    source: 'U.S. Department of State',
    text:
      'Secretary Antony J. Blinken met with Egyptian President Abdel Fattah al-Sisi in Cairo today. ' +
      'The Secretary also met with Foreign Minister Sameh Shoukry to discuss the ceasefire proposal.',
    entities: [
      P('Antony J. Blinken', 'Secretary Antony J. Blinken', 'Blinken'),
      P('Abdel Fattah al-Sisi', 'President Abdel Fattah al-Sisi', 'al-Sisi'),
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Shoukry'),
      S('Egypt', 'Egyptian'),
      E('Blinken-al-Sisi meeting in Cairo', ['meeting'], '2024-06-10'),
      E('Blinken-Shoukry meeting', [], '2024-06-10'),
    ],
    relations: [
      ...took('Blinken-al-Sisi meeting in Cairo', 'Antony J. Blinken', 'Abdel Fattah al-Sisi'),
      ...took('Blinken-Shoukry meeting', 'Antony J. Blinken', 'Sameh Shoukry'),
    ],
  },
  {
    id: 'verb-spoke-by-phone-before',
    form: '"Before the meeting, A had spoken by phone with B" (an earlier call told by a verb)',
    date: '2024-03-12',
    source: 'Office of the President of Finland',
    text:
      'President Alexander Stubb met Prime Minister Ulf Kristersson of Sweden in Helsinki on Tuesday. ' +
      'On Monday, President Stubb had spoken by phone with President Volodymyr Zelenskyy.',
    entities: [
      P('Alexander Stubb', 'President Alexander Stubb', 'Stubb'),
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Sweden'),
      E('Stubb-Kristersson meeting in Helsinki', ['meeting'], '2024-03-12'),
      E('Stubb-Zelenskyy phone call', ['phone call'], '2024-03-11'),
    ],
    relations: [
      ...took('Stubb-Kristersson meeting in Helsinki', 'Alexander Stubb', 'Ulf Kristersson'),
      ...took('Stubb-Zelenskyy phone call', 'Alexander Stubb', 'Volodymyr Zelenskyy'),
    ],
  },
  {
    id: 'verb-was-received-by-in-second-sentence',
    form: '"The visiting minister was also received by President X" (passive, later sentence)',
    date: '2023-10-17',
    source: 'Ministry of Foreign Affairs of Uzbekistan',
    text:
      'Foreign Minister Bakhtiyor Saidov held talks with Foreign Minister Jeyhun Bayramov of Azerbaijan in Tashkent. ' +
      'Minister Bayramov was also received by President Shavkat Mirziyoyev.',
    entities: [
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov', 'Saidov'),
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      S('Azerbaijan'),
      E('Saidov-Bayramov talks in Tashkent', ['talks'], '2023-10-17'),
      E('Mirziyoyev-Bayramov meeting', [], '2023-10-17'),
    ],
    relations: [
      ...took('Saidov-Bayramov talks in Tashkent', 'Bakhtiyor Saidov', 'Jeyhun Bayramov'),
      ...took('Mirziyoyev-Bayramov meeting', 'Jeyhun Bayramov', 'Shavkat Mirziyoyev'),
    ],
  },
  {
    id: 'verb-hosted-dinner-and-visited',
    form: '"In the evening, the Prime Minister hosted a dinner for X" and "visited City" (two verb-told events)',
    date: '2024-09-04',
    source: 'Prime Minister of Singapore',
    text:
      'Prime Minister Lawrence Wong received Pope Francis at Parliament House on 4 September. ' +
      'Earlier, Prime Minister Wong had visited Jakarta, where he met President Joko Widodo.',
    entities: [
      P('Lawrence Wong', 'Prime Minister Lawrence Wong', 'Wong'),
      P('Francis', 'Pope Francis'),
      P('Joko Widodo', 'President Joko Widodo'),
      E('Wong-Pope Francis meeting at Parliament House', ['meeting'], '2024-09-04'),
      E("Wong's visit to Jakarta", ['visit to Jakarta']),
      E('Wong-Widodo meeting in Jakarta', []),
    ],
    relations: [
      ...took('Wong-Pope Francis meeting at Parliament House', 'Lawrence Wong', 'Francis'),
      ...took("Wong's visit to Jakarta", 'Lawrence Wong'),
      ...took('Wong-Widodo meeting in Jakarta', 'Lawrence Wong', 'Joko Widodo'),
      part('Wong-Widodo meeting in Jakarta', "Wong's visit to Jakarta"),
    ],
  },
  {
    id: 'verb-gerund-after-meeting-a-held-talks',
    form: '"After meeting the King, the President held talks with the Prime Minister" (gerund meeting plus talks)',
    date: '2024-01-25',
    source: 'Élysée',
    text:
      'The President of the Republic, Emmanuel Macron, travelled to Stockholm on 25 January. ' +
      'After meeting King Carl XVI Gustaf, he held talks with Prime Minister Ulf Kristersson.',
    entities: [
      P('Emmanuel Macron', 'President of the Republic', 'Macron'),
      P('Carl XVI Gustaf', 'King Carl XVI Gustaf'),
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      E("Macron's visit to Stockholm", ['visit to Stockholm'], '2024-01-25'),
      E('Macron-Carl XVI Gustaf meeting', []),
      E('Macron-Kristersson talks', ['talks']),
    ],
    relations: [
      ...took("Macron's visit to Stockholm", 'Emmanuel Macron'),
      ...took('Macron-Carl XVI Gustaf meeting', 'Emmanuel Macron', 'Carl XVI Gustaf'),
      ...took('Macron-Kristersson talks', 'Emmanuel Macron', 'Ulf Kristersson'),
      part('Macron-Carl XVI Gustaf meeting', "Macron's visit to Stockholm"),
      part('Macron-Kristersson talks', "Macron's visit to Stockholm"),
    ],
  },
  {
    id: 'verb-held-consultations-relative-clause',
    form: '"X, who also held consultations with Y" (a meeting in a relative clause)',
    date: '2023-06-20',
    source: 'Ministry of Foreign Affairs of the Czech Republic',
    text: 'The Deputy Minister Jiří Kozák, who also held consultations with Deputy Minister Andrij Melnyk in Kyiv, presented the Czech reconstruction programme at the Ukraine Recovery Conference in London.',
    entities: [
      P('Jiří Kozák', 'Deputy Minister Jiří Kozák', 'Kozák'),
      P('Andrij Melnyk', 'Deputy Minister Andrij Melnyk', 'Melnyk'),
      E('Kozák-Melnyk consultations in Kyiv', ['consultations']),
      E('Ukraine Recovery Conference in London', ['Ukraine Recovery Conference'], '2023-06-20'),
    ],
    relations: [
      ...took('Kozák-Melnyk consultations in Kyiv', 'Jiří Kozák', 'Andrij Melnyk'),
      ...took('Ukraine Recovery Conference in London', 'Jiří Kozák'),
    ],
  },
  {
    id: 'verb-talked-with-on-margins-second-sentence',
    form: '"On the margins of the X, the Minister talked with Y" in a later sentence (PART_OF the gathering)',
    date: '2024-02-22',
    source: 'Ministry of Foreign Affairs of Brazil',
    text:
      "Minister Mauro Vieira opened the G20 Foreign Ministers' Meeting in Rio de Janeiro on 22 February. " +
      'On the margins of the meeting, Vieira talked with Foreign Minister Sergey Lavrov of Russia.',
    entities: [
      P('Mauro Vieira', 'Minister Mauro Vieira', 'Vieira'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      S('Russia'),
      O('G20'),
      E("G20 Foreign Ministers' Meeting in Rio de Janeiro", ["G20 Foreign Ministers' Meeting"], '2024-02-22'),
      E('Vieira-Lavrov meeting', ['talks']),
    ],
    relations: [
      ...took("G20 Foreign Ministers' Meeting in Rio de Janeiro", 'Mauro Vieira', 'Sergey Lavrov'),
      ...took('Vieira-Lavrov meeting', 'Mauro Vieira', 'Sergey Lavrov'),
      part('Vieira-Lavrov meeting', "G20 Foreign Ministers' Meeting in Rio de Janeiro"),
    ],
  },
];

/** Main meetings told by a lowercase noun phrase only: kind plus place, date or partner in the lead. */
const NOUN_LEADS: BankCase[] = [
  {
    id: 'noun-lead-the-meeting-took-place',
    form: 'lead: "A meeting between the Foreign Ministers of X and Y took place in City" (no verb of meeting)',
    date: '2024-03-06',
    source: 'Ministry of Foreign Affairs of Georgia',
    text:
      'A meeting between Foreign Minister Ilia Darchiashvili and Foreign Minister Jeyhun Bayramov took place in Baku on 6 March. ' +
      'The ministers discussed the Middle Corridor.',
    entities: [
      P('Ilia Darchiashvili', 'Foreign Minister Ilia Darchiashvili', 'Darchiashvili'),
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      E('meeting between Darchiashvili and Bayramov in Baku', ['meeting'], '2024-03-06'),
    ],
    relations: [...took('meeting between Darchiashvili and Bayramov in Baku', 'Ilia Darchiashvili', 'Jeyhun Bayramov')],
  },
  {
    id: 'noun-lead-talks-were-held',
    form: 'lead: "Talks between President A and President B were held in City" and "the talks in narrow format"',
    date: '2023-10-13',
    source: 'Presidency of Kyrgyzstan',
    text:
      'Talks between President Sadyr Japarov and President Kassym-Jomart Tokayev were held in Bishkek on 13 October. ' +
      'Following the talks in narrow format, the heads of state met in an expanded format.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov', 'Japarov'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      E('Japarov-Tokayev talks in Bishkek', ['talks', 'the talks'], '2023-10-13'),
      E('talks in narrow format', []),
      E('talks in expanded format', ['expanded format']),
    ],
    relations: [
      ...took('Japarov-Tokayev talks in Bishkek', 'Sadyr Japarov', 'Kassym-Jomart Tokayev'),
      ...took('talks in narrow format', 'Sadyr Japarov', 'Kassym-Jomart Tokayev'),
      ...took('talks in expanded format', 'Sadyr Japarov', 'Kassym-Jomart Tokayev'),
      part('talks in narrow format', 'Japarov-Tokayev talks in Bishkek'),
      part('talks in expanded format', 'Japarov-Tokayev talks in Bishkek'),
    ],
  },
  {
    id: 'noun-lead-telephone-conversation-took-place',
    form: 'lead: "A telephone conversation took place between A and B" (passive-noun lead)',
    date: '2024-08-02',
    source: 'President of Russia',
    text:
      'A telephone conversation took place between Vladimir Putin and President of Türkiye Recep Tayyip Erdoğan. ' +
      'The two leaders agreed to continue contacts.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Recep Tayyip Erdoğan', 'President of Türkiye Recep Tayyip Erdoğan', 'Erdoğan'),
      S('Türkiye'),
      E('Putin-Erdoğan telephone conversation', ['telephone conversation'], '2024-08-02'),
    ],
    relations: [...took('Putin-Erdoğan telephone conversation', 'Vladimir Putin', 'Recep Tayyip Erdoğan')],
  },
  {
    id: 'noun-lead-consultations-headed-by',
    form: 'lead: "Consultations between the foreign ministries of X and Y were held in City, headed by A and B"',
    date: '2023-11-28',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Political consultations between the foreign ministries of Kazakhstan and Mongolia were held in Astana on 28 November. ' +
      'The delegations were headed by Deputy Minister Alibek Bakayev and State Secretary Munkhjargal Myagmarjav.',
    entities: [
      P('Alibek Bakayev', 'Deputy Minister Alibek Bakayev', 'Bakayev'),
      P('Munkhjargal Myagmarjav', 'State Secretary Munkhjargal Myagmarjav'),
      S('Kazakhstan'),
      S('Mongolia'),
      E(
        'political consultations between the foreign ministries of Kazakhstan and Mongolia',
        ['political consultations'],
        '2023-11-28',
      ),
    ],
    relations: [
      ...took(
        'political consultations between the foreign ministries of Kazakhstan and Mongolia',
        'Alibek Bakayev',
        'Munkhjargal Myagmarjav',
      ),
    ],
  },
  {
    id: 'noun-lead-bilateral-on-sidelines',
    form: 'lead: "On the sidelines of the X, the Prime Minister had a bilateral with Y" (a meeting noun "bilateral")',
    date: '2023-12-01',
    source: "Prime Minister's Office, United Kingdom",
    text:
      'On the sidelines of COP28 in Dubai, the Prime Minister Rishi Sunak had a bilateral meeting with President Isaac Herzog of Israel. ' +
      "He later attended the leaders' dinner hosted by the President of the UAE.",
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Isaac Herzog', 'President Isaac Herzog', 'Herzog'),
      S('Israel'),
      E('Sunak-Herzog bilateral meeting', ['bilateral meeting'], '2023-12-01'),
      E('COP28 in Dubai', ['COP28']),
      E("leaders' dinner", []),
    ],
    relations: [
      ...took('Sunak-Herzog bilateral meeting', 'Rishi Sunak', 'Isaac Herzog'),
      ...took('COP28 in Dubai', 'Rishi Sunak', 'Isaac Herzog'),
      part('Sunak-Herzog bilateral meeting', 'COP28 in Dubai'),
      ...took("leaders' dinner", 'Rishi Sunak'),
      part("leaders' dinner", 'COP28 in Dubai'),
    ],
  },
  {
    id: 'noun-lead-round-of-negotiations-concluded',
    form: 'EU: "The Xth round of negotiations for the agreement concluded in City" and the next round',
    date: '2024-02-02',
    source: 'European Commission, Directorate-General for Trade',
    text:
      'The first round of negotiations for an EU-Thailand free trade agreement concluded in Brussels on 2 February. ' +
      'The second round will take place in Thailand in June.',
    entities: [
      S('Thailand'),
      O('European Union', 'EU'),
      E(
        'first round of negotiations for an EU-Thailand free trade agreement',
        ['first round of negotiations'],
        '2024-02-02',
      ),
      E('second round of negotiations in Thailand', ['second round']),
    ],
    relations: [],
  },
  {
    id: 'noun-lead-courtesy-call-then-meeting',
    form: 'ASEAN: "X paid a courtesy call on Y … The meeting was followed by a signing ceremony"',
    date: '2024-08-08',
    source: 'ASEAN Secretariat',
    text:
      'Ambassador Vijay Kumar paid a courtesy call on Secretary-General of ASEAN Kao Kim Hourn at the ASEAN Secretariat in Jakarta. ' +
      'The call was followed by a signing ceremony for the ASEAN-India cooperation fund.',
    entities: [
      P('Vijay Kumar', 'Ambassador Vijay Kumar'),
      P('Kao Kim Hourn'),
      O('ASEAN'),
      E('Kumar-Kao courtesy call', ['courtesy call', 'the call'], '2024-08-08'),
      E('signing ceremony', []),
    ],
    relations: [
      ...took('Kumar-Kao courtesy call', 'Vijay Kumar', 'Kao Kim Hourn'),
      ...took('signing ceremony', 'Vijay Kumar', 'Kao Kim Hourn'),
    ],
  },
  {
    id: 'noun-lead-session-of-council',
    form: 'UN: "The Security Council held an open debate on …, presided over by X" (a body meeting with its president and a briefer)',
    date: '2024-04-30',
    source: 'United Nations Security Council',
    text:
      'The Security Council held an open debate on the protection of civilians on 30 April, presided over by Foreign Minister Ian Borg of Malta. ' +
      'Under-Secretary-General Martin Griffiths briefed the Council.',
    entities: [
      P('Ian Borg', 'Foreign Minister Ian Borg', 'Borg'),
      P('Martin Griffiths', 'Under-Secretary-General Martin Griffiths', 'Griffiths'),
      S('Malta'),
      O('Security Council', 'the Council'),
      E('Security Council open debate on the protection of civilians', ['open debate'], '2024-04-30'),
    ],
    relations: [...took('Security Council open debate on the protection of civilians', 'Ian Borg', 'Martin Griffiths')],
  },
];

/** Negatives: generic, negated, hypothetical or habitual mentions of meetings give no event. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-regular-contacts',
    form: 'generic: "the two ministers agreed to maintain regular contacts and meetings at all levels"',
    date: '2024-04-02',
    source: 'Ministry of Foreign Affairs of Croatia',
    text: 'Minister Gordan Grlić Radman said that Croatia and Slovenia maintain regular contacts and meetings at all levels.',
    entities: [P('Gordan Grlić Radman', 'Minister Gordan Grlić Radman'), S('Croatia'), S('Slovenia')],
    relations: [],
  },
  {
    id: 'negative-meetings-of-this-kind',
    form: 'generic: "meetings of this kind are important for mutual understanding"',
    date: '2023-09-14',
    source: 'Ministry of Foreign Affairs of Slovakia',
    text: 'State Secretary Ingrid Brocková stressed that meetings of this kind are important for mutual understanding between parliaments.',
    entities: [P('Ingrid Brocková', 'State Secretary Ingrid Brocková')],
    relations: [],
  },
  {
    id: 'negative-no-meeting-was-held',
    form: 'negated: "no meeting between the two leaders has taken place since Year"',
    date: '2024-05-03',
    source: 'Reuters',
    text: 'Spokesperson Mao Ning said no decision had been taken on the matter and that no summit between the two countries was planned.',
    entities: [P('Mao Ning', 'Spokesperson Mao Ning')],
    relations: [],
  },
  {
    id: 'negative-hypothetical-meeting',
    form: 'hypothetical: "a meeting would be possible only if conditions were met"',
    date: '2024-02-14',
    source: 'Associated Press',
    text: 'Foreign Minister Dmytro Kuleba said any talks would be possible only after the withdrawal of troops.',
    entities: [P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba')],
    relations: [],
  },
  {
    id: 'negative-meeting-room-and-format',
    form: 'not an event: "the meeting room", "summit-level engagement", "dialogue mechanism"',
    date: '2023-06-15',
    source: 'Ministry of Foreign Affairs of Thailand',
    text: 'Thailand supports dialogue as the means to settle differences and values summit-level engagement with its neighbours.',
    entities: [S('Thailand')],
    relations: [],
  },
  {
    id: 'negative-readiness-to-meet',
    form: 'hypothetical: "expressed readiness to meet at any time"',
    date: '2024-01-09',
    source: 'Presidency of Azerbaijan',
    text: 'President Ilham Aliyev expressed readiness to meet at any time and in any format with a view to signing a peace treaty.',
    entities: [P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev')],
    relations: [],
  },
  {
    id: 'negative-meetings-in-general-plural',
    form: 'generic plural: "high-level visits and meetings contribute to" (no one event)',
    date: '2024-03-19',
    source: 'Ministry of Foreign Affairs of Mongolia',
    text: 'The Ambassador noted that high-level visits and meetings between Mongolia and Japan contribute to the strategic partnership.',
    entities: [S('Mongolia'), S('Japan')],
    relations: [],
  },
  {
    id: 'negative-press-statement-only',
    form: 'a statement, not a meeting: "in a statement issued after the vote, the Minister said"',
    date: '2024-06-25',
    source: 'Ministry of Foreign Affairs of Belgium',
    text: 'In a statement issued on Tuesday, Minister Hadja Lahbib welcomed the adoption of the resolution by the General Assembly.',
    entities: [P('Hadja Lahbib', 'Minister Hadja Lahbib', 'Lahbib'), O('General Assembly')],
    relations: [],
  },
];

/** The bank: 59 passages. */
export const EVENT_BANK: BankCase[] = [
  ...EARLIER,
  ...PLANNED,
  ...SESSIONS,
  ...BY_KIND,
  ...VERB_TOLD,
  ...NOUN_LEADS,
  ...NEGATIVES,
];
