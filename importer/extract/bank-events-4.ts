// The fourth events paraphrase bank (issue 6, round ev10): a blind bank written before any rule change of the round,
// from the taxonomy of event constructions that first looks of new readouts missed again and again (docs/first-look.md,
// "Recurring event misses of first looks (ev10)"): signings told by a noun or a clause beside a meeting, meetings told
// by a clause beside the main event ("The signing followed a meeting earlier in the day between …", "After talks
// lasting an hour, …"), earlier meetings recalled by ordinal, place or date ("their last meeting in Lima", "the 12th
// round"), negotiations, rounds, exploratory talks and consultations at a level ("Director-General-level
// consultations"), virtual and telephone formats ("a briefing by telephone", "a virtual meeting"), bodies' sittings
// ("The Committee …, which met in Accra", "at its meeting of 20 December"), planned events and their status, missions,
// visits and tours, meetings "on the sidelines of" a host gathering (PART_OF), sessions of a meeting (press and media
// conferences, plenaries), and negatives (no event: "meeting the needs", "a call for restraint", "a new round of
// sanctions", "a visiting professor", a press release). Its area is the events and PARTICIPATED_IN, PART_OF and
// REACHED_AT. Same format and runner as the earlier events banks (`npm run bank -- events-4`).
import { A, type BankCase, E, O, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

const SIGNINGS: BankCase[] = [
  {
    id: 'sign-followed-meeting-earlier-in-day',
    form: '"X and Y signed A in City. The signing followed a meeting earlier in the day between P and Q"',
    date: '2025-05-12',
    source: 'Ministry of Foreign Affairs of Ghana',
    text:
      'Foreign Minister Samuel Okudzeto Ablakwa and Foreign Minister Robert Dussey of Togo signed a Memorandum of Understanding on Border Security in Accra on 12 May 2025. ' +
      'The signing followed a meeting earlier in the day between President John Dramani Mahama and Foreign Minister Dussey.',
    entities: [
      P('Samuel Okudzeto Ablakwa', 'Foreign Minister Samuel Okudzeto Ablakwa', 'Ablakwa'),
      P('Robert Dussey', 'Foreign Minister Robert Dussey', 'Dussey'),
      P('John Dramani Mahama', 'President John Dramani Mahama', 'Mahama'),
      S('Togo'),
      S('Ghana'),
      A('Memorandum of Understanding on Border Security'),
      E('signing of the Memorandum of Understanding on Border Security', ['signing'], '2025-05-12'),
      E('Mahama-Dussey meeting', ['meeting earlier in the day'], '2025-05-12'),
    ],
    relations: [
      ...took('Mahama-Dussey meeting', 'John Dramani Mahama', 'Robert Dussey'),
      ...took(
        'signing of the Memorandum of Understanding on Border Security',
        'Samuel Okudzeto Ablakwa',
        'Robert Dussey',
      ),
      at(
        'Memorandum of Understanding on Border Security',
        'signing of the Memorandum of Understanding on Border Security',
      ),
    ],
  },
  {
    id: 'sign-after-talks-lasting',
    form: '"After talks lasting almost two hours, the two Presidents signed X" (talks told by a fronted clause)',
    date: '2024-06-20',
    source: 'Presidency of Indonesia',
    text:
      'President Joko Widodo received President Ferdinand Marcos Jr. at the Bogor Palace on 20 June 2024. ' +
      'After talks lasting almost two hours, the two Presidents signed the Plan of Action for Maritime Cooperation.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.', 'Marcos'),
      A('Plan of Action for Maritime Cooperation'),
      E('Widodo-Marcos talks at the Bogor Palace', ['talks', 'meeting'], '2024-06-20'),
    ],
    relations: [
      ...took('Widodo-Marcos talks at the Bogor Palace', 'Joko Widodo', 'Ferdinand Marcos Jr.'),
      at('Plan of Action for Maritime Cooperation', 'Widodo-Marcos talks at the Bogor Palace'),
    ],
  },
  {
    id: 'sign-ceremony-witnessed-by',
    form: '"X was signed at a ceremony witnessed by the two Prime Ministers" (a ceremony told by a noun, its witnesses)',
    date: '2023-09-14',
    source: 'Prime Minister’s Office of Malaysia',
    text:
      'Prime Minister Anwar Ibrahim held talks with Prime Minister Lee Hsien Loong in Putrajaya on 14 September 2023. ' +
      'The Agreement on the Johor-Singapore Special Economic Zone was later signed at a ceremony witnessed by the two Prime Ministers.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong', 'Lee'),
      A('Agreement on the Johor-Singapore Special Economic Zone'),
      E('Anwar-Lee talks in Putrajaya', ['talks'], '2023-09-14'),
      E('signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone', [
        'ceremony',
        'signing ceremony',
      ]),
    ],
    relations: [
      ...took('Anwar-Lee talks in Putrajaya', 'Anwar Ibrahim', 'Lee Hsien Loong'),
      ...took(
        'signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone',
        'Anwar Ibrahim',
        'Lee Hsien Loong',
      ),
      at(
        'Agreement on the Johor-Singapore Special Economic Zone',
        'signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone',
      ),
    ],
  },
  {
    id: 'sign-took-place-in-presence',
    form: '"The signing of X took place in City in the presence of A and B" (signing as subject, presence)',
    date: '2022-12-17',
    source: 'Ministry of Foreign Affairs of Azerbaijan',
    text:
      'The signing of the Memorandum of Understanding on Green Energy Transmission took place in Bucharest on 17 December 2022 ' +
      'in the presence of President Ilham Aliyev and President Klaus Iohannis.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      P('Klaus Iohannis', 'President Klaus Iohannis', 'Iohannis'),
      A('Memorandum of Understanding on Green Energy Transmission'),
      E('signing of the Memorandum of Understanding on Green Energy Transmission', ['signing'], '2022-12-17'),
    ],
    relations: [
      ...took(
        'signing of the Memorandum of Understanding on Green Energy Transmission',
        'Ilham Aliyev',
        'Klaus Iohannis',
      ),
      at(
        'Memorandum of Understanding on Green Energy Transmission',
        'signing of the Memorandum of Understanding on Green Energy Transmission',
      ),
    ],
  },
  {
    id: 'sign-fronted-at-the-meeting',
    form: '"X met Y in City. At the meeting, the two ministers signed Z" (REACHED_AT the meeting told before)',
    date: '2024-04-10',
    source: 'Ministry of Foreign Affairs of Peru',
    text:
      'Foreign Minister Javier González-Olaechea met Foreign Minister Diana Mondino of Argentina in Lima on 10 April 2024. ' +
      'At the meeting, the two ministers signed the Joint Declaration on Consular Cooperation.',
    entities: [
      P('Javier González-Olaechea', 'Foreign Minister Javier González-Olaechea', 'González-Olaechea'),
      P('Diana Mondino', 'Foreign Minister Diana Mondino', 'Mondino'),
      S('Argentina'),
      A('Joint Declaration on Consular Cooperation'),
      E('González-Olaechea-Mondino meeting in Lima', ['meeting'], '2024-04-10'),
    ],
    relations: [
      ...took('González-Olaechea-Mondino meeting in Lima', 'Javier González-Olaechea', 'Diana Mondino'),
      at('Joint Declaration on Consular Cooperation', 'González-Olaechea-Mondino meeting in Lima'),
    ],
  },
];

const TOLD_BY_CLAUSE: BankCase[] = [
  {
    id: 'clause-earlier-in-day-working-meeting',
    form: '"Earlier in the day, X held a working meeting with Y" beside a main ceremony',
    date: '2023-12-13',
    source: 'Ministry of Foreign Affairs of Chile',
    text:
      'The Minister of Foreign Affairs, Alberto van Klaveren, attended the opening of the Chilean Pavilion in Brussels on 13 December 2023. ' +
      'Earlier in the day, the Minister held a working meeting with the European Commissioner for Trade, Valdis Dombrovskis.',
    entities: [
      P('Alberto van Klaveren', 'van Klaveren'),
      P('Valdis Dombrovskis', 'Dombrovskis'),
      E('van Klaveren-Dombrovskis working meeting', ['working meeting'], '2023-12-13'),
    ],
    relations: [...took('van Klaveren-Dombrovskis working meeting', 'Alberto van Klaveren', 'Valdis Dombrovskis')],
  },
  {
    id: 'clause-before-ceremony-met-privately',
    form: '"Before the ceremony, the two Presidents met privately for an hour" (a meeting told by a clause)',
    date: '2024-02-03',
    source: 'Presidency of Portugal',
    text:
      'President Marcelo Rebelo de Sousa welcomed President Luiz Inácio Lula da Silva to Belém Palace on 3 February 2024. ' +
      'Before the official welcome ceremony, the two Presidents met privately for an hour.',
    entities: [
      P('Marcelo Rebelo de Sousa', 'President Marcelo Rebelo de Sousa', 'Rebelo de Sousa'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      E('Rebelo de Sousa-Lula meeting', ['meeting', 'met privately'], '2024-02-03'),
      E('official welcome ceremony', ['welcome ceremony']),
    ],
    relations: [
      ...took('Rebelo de Sousa-Lula meeting', 'Marcelo Rebelo de Sousa', 'Luiz Inácio Lula da Silva'),
      ...took('official welcome ceremony', 'Marcelo Rebelo de Sousa', 'Luiz Inácio Lula da Silva'),
    ],
  },
  {
    id: 'clause-later-joined-lunch',
    form: '"The talks were followed by a lunch hosted by X" (a meal told by a later clause, PART_OF the visit)',
    date: '2023-05-22',
    source: 'Government of Sweden',
    text:
      'Prime Minister Ulf Kristersson held talks with Prime Minister Petteri Orpo in Stockholm on 22 May 2023 during Orpo’s official visit to Sweden. ' +
      'The talks were followed by a lunch hosted by Prime Minister Kristersson.',
    entities: [
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      P('Petteri Orpo', 'Prime Minister Petteri Orpo', 'Orpo'),
      S('Sweden'),
      E('Kristersson-Orpo talks in Stockholm', ['talks'], '2023-05-22'),
      E("Orpo's official visit to Sweden", ['official visit']),
      E('lunch hosted by Prime Minister Kristersson', ['lunch']),
    ],
    relations: [
      ...took('Kristersson-Orpo talks in Stockholm', 'Ulf Kristersson', 'Petteri Orpo'),
      ...took("Orpo's official visit to Sweden", 'Petteri Orpo'),
      ...took('lunch hosted by Prime Minister Kristersson', 'Ulf Kristersson', 'Petteri Orpo'),
      part('Kristersson-Orpo talks in Stockholm', "Orpo's official visit to Sweden"),
      part('lunch hosted by Prime Minister Kristersson', "Orpo's official visit to Sweden"),
    ],
  },
  {
    id: 'clause-which-met-in-city',
    form: '"The Committee of X, which met in City on D, …" (a body’s meeting told by a relative clause)',
    date: '2023-08-19',
    source: 'State House Nigeria',
    text: 'The President noted the recommendations of the ECOWAS Committee of Chiefs of Defence Staff, which met in Accra on 17 and 18 August 2023.',
    entities: [
      O('ECOWAS', 'Economic Community of West African States'),
      E('meeting of the ECOWAS Committee of Chiefs of Defence Staff in Accra', ['met in Accra'], '2023-08-17'),
    ],
    relations: [],
  },
  {
    id: 'clause-when-they-met-ordinal',
    form: '"the agreements they had reached when they met in Astana in July" (an earlier meeting told by a clause)',
    date: '2024-10-03',
    source: 'Kremlin',
    text:
      'President Vladimir Putin received President Kassym-Jomart Tokayev in the Kremlin on 3 October 2024. ' +
      'The two Presidents recalled the agreements they had reached when they met in Astana in July.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      E('Putin-Tokayev meeting in the Kremlin', ['meeting'], '2024-10-03'),
      E('Putin-Tokayev meeting in Astana', ['met in Astana'], '2024-07'),
    ],
    relations: [
      ...took('Putin-Tokayev meeting in the Kremlin', 'Vladimir Putin', 'Kassym-Jomart Tokayev'),
      ...took('Putin-Tokayev meeting in Astana', 'Vladimir Putin', 'Kassym-Jomart Tokayev'),
    ],
  },
  {
    id: 'clause-tete-a-tete-then-delegations',
    form: '"The talks began with a tête-à-tête and continued with the participation of the delegations" (sessions of talks)',
    date: '2023-06-06',
    source: 'Presidency of Türkiye',
    text:
      'President Recep Tayyip Erdoğan held talks with Prime Minister Viktor Orbán in Ankara on 6 June 2023. ' +
      'The talks began with a tête-à-tête meeting and continued with the participation of the delegations.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Viktor Orbán', 'Prime Minister Viktor Orbán', 'Orbán'),
      E('Erdoğan-Orbán talks in Ankara', ['talks'], '2023-06-06'),
      E('tête-à-tête meeting', ['tête-à-tête']),
    ],
    relations: [
      ...took('Erdoğan-Orbán talks in Ankara', 'Recep Tayyip Erdoğan', 'Viktor Orbán'),
      ...took('tête-à-tête meeting', 'Recep Tayyip Erdoğan', 'Viktor Orbán'),
      part('tête-à-tête meeting', 'Erdoğan-Orbán talks in Ankara'),
    ],
  },
];

const RECALLED: BankCase[] = [
  {
    id: 'recall-last-meeting-in-city',
    form: '"since their last meeting in Lima" (an earlier meeting of the pair told by "last" and a place)',
    date: '2024-11-16',
    source: 'White House',
    text:
      'President Joseph R. Biden, Jr. met with President Xi Jinping of the People’s Republic of China in Lima, Peru, on November 16, 2024. ' +
      'The leaders reviewed progress since their last meeting in Woodside, California, in November 2023.',
    entities: [
      P('Joseph R. Biden, Jr.', 'President Joseph R. Biden, Jr.', 'Biden', 'Joe Biden'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('China', 'People’s Republic of China'),
      S('Peru'),
      E('Biden-Xi meeting in Lima', ['meeting'], '2024-11-16'),
      E('Biden-Xi meeting in Woodside', ['last meeting in Woodside', 'meeting in Woodside'], '2023-11'),
    ],
    relations: [
      ...took('Biden-Xi meeting in Lima', 'Joseph R. Biden, Jr.', 'Xi Jinping'),
      ...took('Biden-Xi meeting in Woodside', 'Joseph R. Biden, Jr.', 'Xi Jinping'),
    ],
  },
  {
    id: 'recall-previous-meeting-held-in',
    form: '"Their previous meeting, held in Jakarta in September 2023, …" (a fronted earlier meeting with "held in")',
    date: '2024-05-08',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister Kamikawa Yoko held a meeting with Foreign Minister Retno Marsudi of Indonesia in Tokyo on 8 May 2024. ' +
      'Their previous meeting, held in Jakarta in September 2023, had launched the maritime dialogue.',
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister Kamikawa Yoko', 'Kamikawa Yoko', 'Kamikawa'),
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi', 'Retno'),
      S('Indonesia'),
      E('Kamikawa-Retno meeting in Tokyo', ['meeting'], '2024-05-08'),
      E('Kamikawa-Retno meeting in Jakarta', ['previous meeting'], '2023-09'),
    ],
    relations: [
      ...took('Kamikawa-Retno meeting in Tokyo', 'Yoko Kamikawa', 'Retno Marsudi'),
      ...took('Kamikawa-Retno meeting in Jakarta', 'Yoko Kamikawa', 'Retno Marsudi'),
    ],
  },
  {
    id: 'recall-first-summit-ordinal-date',
    form: '"It was their third summit, after their first in City on D and a second there on D2" (ordinal earlier summits)',
    date: '2018-09-18',
    source: 'Yonhap News Agency',
    text:
      'President Moon Jae-in and Chairman Kim Jong-un held a summit in Pyongyang on Tuesday. ' +
      'It was their third summit, after their first in Panmunjom on April 27 and a second there on May 26.',
    entities: [
      P('Moon Jae-in', 'President Moon Jae-in', 'Moon'),
      P('Kim Jong-un', 'Chairman Kim Jong-un', 'Kim'),
      E('Moon-Kim summit in Pyongyang', ['third summit', 'summit'], '2018-09-18'),
      E('first Moon-Kim summit in Panmunjom', ['first summit'], '2018-04-27'),
      E('second Moon-Kim summit in Panmunjom', ['second summit'], '2018-05-26'),
    ],
    relations: [
      ...took('Moon-Kim summit in Pyongyang', 'Moon Jae-in', 'Kim Jong-un'),
      ...took('first Moon-Kim summit in Panmunjom', 'Moon Jae-in', 'Kim Jong-un'),
      ...took('second Moon-Kim summit in Panmunjom', 'Moon Jae-in', 'Kim Jong-un'),
    ],
  },
  {
    id: 'recall-understandings-reached-at',
    form: '"implement the X signed at their meeting in City last December" (an earlier meeting as an agreement’s venue)',
    date: '2024-03-12',
    source: 'Ministry of Foreign Affairs of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis met with President Recep Tayyip Erdoğan in Athens on 12 March 2024. ' +
      'They agreed to implement the Athens Declaration on Friendly Relations signed at their meeting in Athens last December.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      A('Athens Declaration on Friendly Relations'),
      E('Mitsotakis-Erdoğan meeting in Athens', ['meeting'], '2024-03-12'),
      E('Mitsotakis-Erdoğan meeting in Athens last December', ['meeting in Athens last December'], '2023-12'),
    ],
    relations: [
      ...took('Mitsotakis-Erdoğan meeting in Athens', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      ...took('Mitsotakis-Erdoğan meeting in Athens last December', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      at('Athens Declaration on Friendly Relations', 'Mitsotakis-Erdoğan meeting in Athens last December'),
    ],
  },
  {
    id: 'recall-visit-recalled',
    form: '"recalled the official visit of X to Y in April 2023" (an earlier visit recalled, with its visitor)',
    date: '2023-10-25',
    source: 'Ministry of Foreign Affairs of Bangladesh',
    text:
      'Foreign Minister Dr. A. K. Abdul Momen met the Ambassador of Japan, Iwama Kiminori, in Dhaka on 25 October 2023. ' +
      'The Foreign Minister recalled the official visit of Prime Minister Sheikh Hasina to Japan in April 2023.',
    entities: [
      P('A. K. Abdul Momen', 'Dr. A. K. Abdul Momen', 'Momen'),
      P('Kiminori Iwama', 'Iwama Kiminori'),
      P('Sheikh Hasina', 'Prime Minister Sheikh Hasina', 'Hasina'),
      S('Japan'),
      E('Momen-Iwama meeting in Dhaka', ['met'], '2023-10-25'),
      E("Hasina's official visit to Japan", ['official visit'], '2023-04'),
    ],
    relations: [
      ...took('Momen-Iwama meeting in Dhaka', 'A. K. Abdul Momen', 'Kiminori Iwama'),
      ...took("Hasina's official visit to Japan", 'Sheikh Hasina'),
    ],
  },
];

const PROCESSES: BankCase[] = [
  {
    id: 'process-dg-level-consultations',
    form: '"Director-General-level consultations between A and B were held in City … The A side was led by X, the B side by Y"',
    date: '2024-03-05',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Japan-China Director-General-level consultations were held in Beijing on 5 March 2024. ' +
      'The Japanese side was led by Mr. Kanai Masaaki, Director-General of the Asian and Oceanian Affairs Bureau, and the Chinese side by Mr. Liu Jinsong, Director-General of the Department of Asian Affairs.',
    entities: [
      P('Masaaki Kanai', 'Mr. Kanai Masaaki', 'Kanai Masaaki'),
      P('Liu Jinsong', 'Mr. Liu Jinsong'),
      S('Japan', 'Japanese'),
      S('China', 'Chinese'),
      E('Japan-China Director-General-level consultations', ['consultations'], '2024-03-05'),
    ],
    relations: [...took('Japan-China Director-General-level consultations', 'Masaaki Kanai', 'Liu Jinsong')],
  },
  {
    id: 'process-exploratory-talks-round',
    form: '"The 61st round of exploratory talks between A and B took place in City" and the heads of delegation',
    date: '2021-01-25',
    source: 'Ministry of Foreign Affairs of Türkiye',
    text:
      'The 61st round of exploratory talks between Türkiye and Greece took place in Istanbul on 25 January 2021. ' +
      'Deputy Foreign Minister Sedat Önal headed the Turkish delegation and Ambassador Pavlos Apostolidis the Greek delegation.',
    entities: [
      P('Sedat Önal', 'Deputy Foreign Minister Sedat Önal', 'Önal'),
      P('Pavlos Apostolidis', 'Ambassador Pavlos Apostolidis', 'Apostolidis'),
      S('Türkiye', 'Turkish', 'Turkey'),
      S('Greece', 'Greek'),
      E(
        '61st round of exploratory talks between Türkiye and Greece',
        ['61st round of exploratory talks'],
        '2021-01-25',
      ),
    ],
    relations: [
      ...took('61st round of exploratory talks between Türkiye and Greece', 'Sedat Önal', 'Pavlos Apostolidis'),
    ],
  },
  {
    id: 'process-negotiations-on-sidelines',
    form: '"The text was negotiated by the two delegations on the sidelines of X in City" (negotiations PART_OF a gathering)',
    date: '2017-11-23',
    source: 'Ministry of Foreign Affairs of Bangladesh',
    text: 'The arrangement had been negotiated by the two delegations on the sidelines of the ASEM Foreign Ministers’ Meeting in Naypyidaw on 20 and 21 November.',
    entities: [
      E('negotiations on the arrangement', ['negotiated']),
      E('ASEM Foreign Ministers’ Meeting', ['ASEM Foreign Ministers’ Meeting in Naypyidaw'], '2017-11-20'),
    ],
    relations: [part('negotiations on the arrangement', 'ASEM Foreign Ministers’ Meeting')],
  },
  {
    id: 'process-strategic-dialogue-vice-ministers',
    form: '"The fifth A-B Strategic Dialogue at Deputy Minister level was held in City, co-chaired by X and Y"',
    date: '2023-11-27',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text:
      'The fifth Viet Nam-Australia Strategic Dialogue at Deputy Minister level was held in Canberra on 27 November 2023, ' +
      'co-chaired by Deputy Foreign Minister Ha Kim Ngoc and Secretary of the Department of Foreign Affairs and Trade Jan Adams.',
    entities: [
      P('Ha Kim Ngoc', 'Deputy Foreign Minister Ha Kim Ngoc'),
      P('Jan Adams', 'Secretary of the Department of Foreign Affairs and Trade Jan Adams', 'Adams'),
      S('Viet Nam'),
      S('Australia'),
      E('fifth Viet Nam-Australia Strategic Dialogue', ['Strategic Dialogue'], '2023-11-27'),
    ],
    relations: [...took('fifth Viet Nam-Australia Strategic Dialogue', 'Ha Kim Ngoc', 'Jan Adams')],
  },
  {
    id: 'process-political-consultations-level',
    form: '"Political consultations between the foreign ministries of A and B at the level of deputy ministers took place in City"',
    date: '2024-04-16',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Political consultations between the Ministries of Foreign Affairs of Kazakhstan and Hungary at the level of deputy ministers took place in Budapest on 16 April 2024. ' +
      'The Kazakh delegation was headed by Deputy Minister Alibek Bakayev.',
    entities: [
      P('Alibek Bakayev', 'Deputy Minister Alibek Bakayev', 'Bakayev'),
      S('Kazakhstan', 'Kazakh'),
      S('Hungary'),
      E('political consultations between Kazakhstan and Hungary', ['Political consultations'], '2024-04-16'),
    ],
    relations: [...took('political consultations between Kazakhstan and Hungary', 'Alibek Bakayev')],
  },
  {
    id: 'process-chief-negotiators-round',
    form: '"Chief negotiators A of X and B of Y led the first round of negotiations for Z in City" (a round told by its leaders)',
    date: '2023-12-08',
    source: 'Department of Trade, Philippines',
    text:
      'Chief negotiators Allan Gepty of the Philippines and Helena König of the European Union led the first round of negotiations ' +
      'for a Philippines-EU Free Trade Agreement in Manila from 5 to 8 December 2023.',
    entities: [
      P('Allan Gepty', 'Gepty'),
      P('Helena König', 'König'),
      S('Philippines'),
      O('European Union', 'EU'),
      A('Philippines-EU Free Trade Agreement'),
      E(
        'first round of negotiations for a Philippines-EU Free Trade Agreement',
        ['first round of negotiations'],
        '2023-12-05',
      ),
    ],
    relations: [
      ...took('first round of negotiations for a Philippines-EU Free Trade Agreement', 'Allan Gepty', 'Helena König'),
    ],
  },
  {
    id: 'process-round-hosted-by-state',
    form: '"the third round, which Indonesia hosted in Jakarta in May" (a round told by a hosting clause)',
    date: '2023-07-13',
    source: 'ASEAN Secretariat',
    text: 'The Ministers welcomed the progress made at the third round of negotiations on the Digital Economy Framework Agreement, which Indonesia hosted in Jakarta in May 2023.',
    entities: [
      S('Indonesia'),
      A('Digital Economy Framework Agreement'),
      E('third round of negotiations on the Digital Economy Framework Agreement', ['third round'], '2023-05'),
    ],
    relations: [],
  },
  {
    id: 'process-joint-commission-session',
    form: '"The 9th session of the A-B Joint Commission was held in City, co-chaired by the two Foreign Ministers, X and Y"',
    date: '2024-08-21',
    source: 'Ministry of External Affairs of India',
    text:
      'The 9th Session of the India-Singapore Joint Ministerial Committee was held in Singapore on 21 August 2024. ' +
      'It was co-chaired by the two Foreign Ministers, Dr. S. Jaishankar and Dr. Vivian Balakrishnan.',
    entities: [
      P('S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('Vivian Balakrishnan', 'Dr. Vivian Balakrishnan', 'Balakrishnan'),
      S('India'),
      S('Singapore'),
      E('9th Session of the India-Singapore Joint Ministerial Committee', ['9th Session'], '2024-08-21'),
    ],
    relations: [
      ...took('9th Session of the India-Singapore Joint Ministerial Committee', 'S. Jaishankar', 'Vivian Balakrishnan'),
    ],
  },
  {
    id: 'process-12th-round-lowercase',
    form: '"A and B commanders held the 13th round of their … talks at Place on Sunday" (a numbered round in lowercase, its lead)',
    date: '2021-10-10',
    source: 'Press Trust of India',
    text:
      'Indian and Chinese military commanders held the 13th round of their corps commander-level talks at Moldo on Sunday. ' +
      'Lt Gen P.G.K. Menon led the Indian side.',
    entities: [
      P('P.G.K. Menon', 'Lt Gen P.G.K. Menon', 'Menon'),
      S('India', 'Indian'),
      S('China', 'Chinese'),
      E('13th round of corps commander-level talks', ['13th round'], '2021-10-10'),
    ],
    relations: [...took('13th round of corps commander-level talks', 'P.G.K. Menon')],
  },
];

const FORMATS: BankCase[] = [
  {
    id: 'format-briefing-by-telephone',
    form: '"The President later received a briefing by telephone from X" (a call told as a briefing)',
    date: '2023-08-19',
    source: 'State House Nigeria',
    text: 'President Bola Ahmed Tinubu later received a briefing by telephone from the former Head of State, General Abdulsalami Abubakar, who led the delegation to Niamey.',
    entities: [
      P('Bola Ahmed Tinubu', 'President Bola Ahmed Tinubu', 'Tinubu'),
      P('Abdulsalami Abubakar', 'General Abdulsalami Abubakar', 'Abubakar'),
      E('Tinubu-Abubakar telephone briefing', ['briefing by telephone', 'briefing'], '2023-08-19'),
    ],
    relations: [...took('Tinubu-Abubakar telephone briefing', 'Bola Ahmed Tinubu', 'Abdulsalami Abubakar')],
  },
  {
    id: 'format-held-virtual-meeting',
    form: '"The two ministers held a virtual meeting on D" (a virtual meeting held by a pair)',
    date: '2021-06-03',
    source: 'Global Affairs Canada',
    text: 'Minister of Foreign Affairs Marc Garneau and Mexico’s Secretary of Foreign Affairs Marcelo Ebrard held a virtual meeting on 3 June 2021.',
    entities: [
      P('Marc Garneau', 'Minister of Foreign Affairs Marc Garneau', 'Garneau'),
      P('Marcelo Ebrard', 'Secretary of Foreign Affairs Marcelo Ebrard', 'Ebrard'),
      S('Mexico', 'Mexico’s'),
      E('Garneau-Ebrard virtual meeting', ['virtual meeting'], '2021-06-03'),
    ],
    relations: [...took('Garneau-Ebrard virtual meeting', 'Marc Garneau', 'Marcelo Ebrard')],
  },
  {
    id: 'format-fronted-in-telephone-conversation',
    form: '"In a telephone conversation on Tuesday, A and B reviewed …" (a call told by a fronted phrase)',
    date: '2024-01-16',
    source: 'Presidency of Finland',
    text: 'In a telephone conversation on Tuesday, President Sauli Niinistö and President Volodymyr Zelenskyy reviewed the situation on the front.',
    entities: [
      P('Sauli Niinistö', 'President Sauli Niinistö', 'Niinistö'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E('Niinistö-Zelenskyy telephone conversation', ['telephone conversation', 'call'], '2024-01-16'),
    ],
    relations: [...took('Niinistö-Zelenskyy telephone conversation', 'Sauli Niinistö', 'Volodymyr Zelenskyy')],
  },
  {
    id: 'format-by-video-link-talks',
    form: '"X and Y held talks by video link" (a video call told by "by video link")',
    date: '2022-04-11',
    source: 'Ministry of External Affairs of India',
    text: 'Prime Minister Narendra Modi and President Joe Biden held talks by video link on 11 April 2022.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      E('Modi-Biden video call', ['talks by video link', 'talks'], '2022-04-11'),
    ],
    relations: [...took('Modi-Biden video call', 'Narendra Modi', 'Joe Biden')],
  },
  {
    id: 'format-telephone-review-of',
    form: '"A and B had already gone over the text in a telephone call on D" (a call told by "in a telephone call")',
    date: '2024-02-16',
    source: 'German Federal Government',
    text: 'Chancellor Olaf Scholz and President Volodymyr Zelenskyy had already gone over the text in a telephone call on 12 February.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E('Scholz-Zelenskyy telephone call', ['telephone call', 'call'], '2024-02-12'),
    ],
    relations: [...took('Scholz-Zelenskyy telephone call', 'Olaf Scholz', 'Volodymyr Zelenskyy')],
  },
  {
    id: 'format-trilateral-video-conference',
    form: '"A, B and C held a trilateral videoconference" (three people, one video call)',
    date: '2023-07-04',
    source: 'Ministry of Foreign Affairs of Spain',
    text: 'Minister José Manuel Albares, Minister Antonio Tajani and Minister Catherine Colonna held a trilateral videoconference on 4 July 2023 on migration in the Mediterranean.',
    entities: [
      P('José Manuel Albares', 'Minister José Manuel Albares', 'Albares'),
      P('Antonio Tajani', 'Minister Antonio Tajani', 'Tajani'),
      P('Catherine Colonna', 'Minister Catherine Colonna', 'Colonna'),
      E('trilateral videoconference', ['videoconference'], '2023-07-04'),
    ],
    relations: [...took('trilateral videoconference', 'José Manuel Albares', 'Antonio Tajani', 'Catherine Colonna')],
  },
];

const BODIES: BankCase[] = [
  {
    id: 'body-at-its-meeting-of-date',
    form: '"The Federal Council, at its meeting of 20 December, approved X" (a body’s sitting told by "at its meeting of")',
    date: '2024-12-20',
    source: 'Federal Department of Foreign Affairs, Switzerland',
    text: 'At its meeting of 20 December 2024, the Federal Council took note of the material conclusion of the negotiations with the EU.',
    entities: [
      O('Federal Council'),
      O('European Union', 'EU'),
      E('Federal Council meeting of 20 December 2024', ['meeting of 20 December 2024'], '2024-12-20'),
    ],
    relations: [],
  },
  {
    id: 'body-numbered-session-adopted',
    form: '"At its 41st session, held in City, the Supreme Council adopted X" (a numbered session, REACHED_AT)',
    date: '2021-01-05',
    source: 'GCC Secretariat General',
    text: 'At its 41st session, held in Al-Ula on 5 January 2021, the Supreme Council of the Gulf Cooperation Council adopted the Al-Ula Declaration.',
    entities: [
      O('Gulf Cooperation Council', 'GCC'),
      A('Al-Ula Declaration'),
      E('41st session of the Supreme Council of the Gulf Cooperation Council', ['41st session'], '2021-01-05'),
    ],
    relations: [at('Al-Ula Declaration', '41st session of the Supreme Council of the Gulf Cooperation Council')],
  },
  {
    id: 'body-cabinet-chaired-by',
    form: '"The Cabinet, meeting under the chairmanship of Prime Minister X, approved …" (a body’s sitting and its chair)',
    date: '2024-01-31',
    source: 'Prime Minister’s Office of Pakistan',
    text: 'The Federal Cabinet, meeting in Islamabad on 31 January 2024 under the chairmanship of Caretaker Prime Minister Anwaar-ul-Haq Kakar, approved the draft agreement with the United Arab Emirates.',
    entities: [
      P('Anwaar-ul-Haq Kakar', 'Caretaker Prime Minister Anwaar-ul-Haq Kakar', 'Kakar'),
      S('United Arab Emirates'),
      E('Federal Cabinet meeting', ['meeting'], '2024-01-31'),
    ],
    relations: [...took('Federal Cabinet meeting', 'Anwaar-ul-Haq Kakar')],
  },
  {
    id: 'body-ordinal-meeting-of-council',
    form: '"the twelfth meeting of the A-B Cooperation Council was held in Brussels … chaired by X" (an ordinal meeting of a council)',
    date: '2023-11-20',
    source: 'Council of the European Union',
    text:
      'The twelfth meeting of the EU-Kazakhstan Cooperation Council was held in Brussels on 20 November 2023. ' +
      'It was chaired by the High Representative, Josep Borrell, and Foreign Minister Murat Nurtleu.',
    entities: [
      P('Josep Borrell', 'Borrell'),
      P('Murat Nurtleu', 'Foreign Minister Murat Nurtleu', 'Nurtleu'),
      O('European Union', 'EU'),
      S('Kazakhstan'),
      E(
        'twelfth meeting of the EU-Kazakhstan Cooperation Council',
        ['EU-Kazakhstan Cooperation Council'],
        '2023-11-20',
      ),
    ],
    relations: [...took('twelfth meeting of the EU-Kazakhstan Cooperation Council', 'Josep Borrell', 'Murat Nurtleu')],
  },
  {
    id: 'body-plenary-addressed',
    form: '"X addressed the plenary session of the Y Summit" (a plenary of a summit: PART_OF, participants)',
    date: '2023-09-09',
    source: 'Presidency of South Africa',
    text: 'President Cyril Ramaphosa addressed the opening plenary session of the G20 Leaders’ Summit in New Delhi on 9 September 2023.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      O('G20'),
      E('G20 Leaders’ Summit', ['G20 Leaders’ Summit in New Delhi'], '2023-09-09'),
      E('opening plenary session', ['plenary session']),
    ],
    relations: [
      ...took('G20 Leaders’ Summit', 'Cyril Ramaphosa'),
      ...took('opening plenary session', 'Cyril Ramaphosa'),
      part('opening plenary session', 'G20 Leaders’ Summit'),
    ],
  },
  {
    id: 'body-security-council-briefed',
    form: '"The Security Council held an open debate on X on D, presided over by Y" (a body’s sitting told by its kind)',
    date: '2024-01-23',
    source: 'United Nations, meetings coverage',
    text: 'The Security Council held an open debate on the situation in the Middle East on 23 January 2024, presided over by Foreign Minister Stéphane Séjourné of France.',
    entities: [
      P('Stéphane Séjourné', 'Foreign Minister Stéphane Séjourné', 'Séjourné'),
      O('Security Council', 'United Nations Security Council'),
      S('France'),
      E('Security Council open debate on the situation in the Middle East', ['open debate'], '2024-01-23'),
    ],
    relations: [...took('Security Council open debate on the situation in the Middle East', 'Stéphane Séjourné')],
  },
];

const PLANNED: BankCase[] = [
  {
    id: 'planned-will-fly-to-attend',
    form: '"will fly to New York next week to attend the UN General Assembly" (a planned gathering told by a travel verb)',
    date: '2023-09-12',
    source: 'Yonhap News Agency',
    text: 'President Yoon Suk Yeol will fly to New York next week to attend the 78th session of the United Nations General Assembly.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      O('United Nations', 'UN'),
      E('78th session of the United Nations General Assembly', ['United Nations General Assembly']),
    ],
    relations: [],
  },
  {
    id: 'planned-agreed-to-meet-again',
    form: '"The two sides agreed to hold the next round of … in Beijing later this year" (a planned round, no participants)',
    date: '2024-05-27',
    source: 'Office of the President of Korea',
    text:
      'President Yoon Suk Yeol held a summit with Premier Li Qiang in Seoul on 26 May 2024. ' +
      'The two sides agreed to hold the next round of the two countries’ strategic dialogue in Beijing later this year.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Li Qiang', 'Premier Li Qiang', 'Li'),
      E('Yoon-Li summit in Seoul', ['summit'], '2024-05-26'),
      E('next round of the strategic dialogue', ['next round']),
    ],
    relations: [...took('Yoon-Li summit in Seoul', 'Yoon Suk Yeol', 'Li Qiang')],
  },
  {
    id: 'planned-scheduled-state-visit',
    form: '"is scheduled to pay a state visit to Japan in April" (a planned visit, no participants)',
    date: '2024-03-08',
    source: 'White House',
    text: 'Prime Minister Kishida Fumio is scheduled to pay an official visit to the United States from 8 to 14 April, the White House announced.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida'),
      S('United States'),
      E("Kishida's official visit to the United States", ['official visit'], '2024-04-08'),
    ],
    relations: [],
  },
  {
    id: 'planned-postponed-summit',
    form: '"The summit, originally planned for March, has been postponed" (an event not held)',
    date: '2023-02-20',
    source: 'Agence France-Presse',
    text: 'The EU-Canada Summit, originally planned for March in Ottawa, has been postponed, President Charles Michel and Prime Minister Justin Trudeau said.',
    entities: [
      P('Charles Michel', 'President Charles Michel', 'Michel'),
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      O('European Union', 'EU'),
      S('Canada'),
      E('EU-Canada Summit'),
    ],
    relations: [],
  },
  {
    id: 'planned-to-be-held-headline',
    form: 'headline "Foreign ministers to meet in Paris" over "will hold talks in Paris on Friday" (planned, headline no name)',
    date: '2024-02-20',
    title: 'Foreign ministers to meet in Paris',
    source: 'Ministry for Europe and Foreign Affairs of France',
    text: 'Minister Stéphane Séjourné will hold talks with Foreign Minister Radosław Sikorski in Paris on Friday.',
    entities: [
      P('Stéphane Séjourné', 'Minister Stéphane Séjourné', 'Séjourné'),
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski', 'Sikorski'),
      E('Séjourné-Sikorski talks in Paris', ['talks']),
    ],
    relations: [],
  },
  {
    id: 'planned-invited-next-summit-held-present',
    form: '"X invited Y to the next summit, to be held in City in 2025" beside a held meeting',
    date: '2024-07-10',
    source: 'Government of Poland',
    text: 'Prime Minister Donald Tusk met Prime Minister Petr Fiala in Warsaw on 10 July 2024 and invited him to the next Visegrad Group summit, to be held in Kraków in 2025.',
    entities: [
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      P('Petr Fiala', 'Prime Minister Petr Fiala', 'Fiala'),
      O('Visegrad Group'),
      E('Tusk-Fiala meeting in Warsaw', ['meeting'], '2024-07-10'),
      E('next Visegrad Group summit', ['Visegrad Group summit']),
    ],
    relations: [...took('Tusk-Fiala meeting in Warsaw', 'Donald Tusk', 'Petr Fiala')],
  },
];

const SIDELINES: BankCase[] = [
  {
    id: 'sidelines-separate-sentence',
    form: '"X met Y in City. The meeting took place on the sidelines of Z" (sidelines told in a second sentence)',
    date: '2024-09-24',
    source: 'Ministry of Foreign Affairs of Brazil',
    text:
      'Foreign Minister Mauro Vieira met Foreign Minister Penny Wong of Australia in New York on 24 September 2024. ' +
      'The meeting took place on the sidelines of the 79th session of the United Nations General Assembly.',
    entities: [
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Vieira'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      S('Australia'),
      O('United Nations', 'UN'),
      E('Vieira-Wong meeting in New York', ['meeting'], '2024-09-24'),
      E('79th session of the United Nations General Assembly', ['United Nations General Assembly']),
    ],
    relations: [
      ...took('Vieira-Wong meeting in New York', 'Mauro Vieira', 'Penny Wong'),
      ...took('79th session of the United Nations General Assembly', 'Mauro Vieira', 'Penny Wong'),
      part('Vieira-Wong meeting in New York', '79th session of the United Nations General Assembly'),
    ],
  },
  {
    id: 'sidelines-in-the-margins-british',
    form: '"In the margins of the X, the Foreign Secretary held a bilateral with Y" (British "in the margins", "a bilateral")',
    date: '2024-02-17',
    source: 'Foreign, Commonwealth & Development Office',
    text: 'In the margins of the Munich Security Conference, Foreign Secretary David Cameron held a bilateral with Chinese Foreign Minister Wang Yi.',
    entities: [
      P('David Cameron', 'Foreign Secretary David Cameron', 'Cameron'),
      P('Wang Yi', 'Chinese Foreign Minister Wang Yi', 'Wang'),
      S('China', 'Chinese'),
      E('Cameron-Wang Yi bilateral meeting', ['bilateral'], '2024-02-17'),
      E('Munich Security Conference'),
    ],
    relations: [
      ...took('Cameron-Wang Yi bilateral meeting', 'David Cameron', 'Wang Yi'),
      ...took('Munich Security Conference', 'David Cameron', 'Wang Yi'),
      part('Cameron-Wang Yi bilateral meeting', 'Munich Security Conference'),
    ],
  },
  {
    id: 'sidelines-on-the-side-lines-trailing',
    form: '"A met B on Thursday on the side-lines of the X Summit in City" (trailing hyphenated "side-lines")',
    date: '2023-07-13',
    source: 'Prime Minister’s Office of Sweden',
    text: 'Prime Minister Ulf Kristersson met President Joe Biden on Tuesday on the side-lines of the NATO Summit in Vilnius.',
    entities: [
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      O('NATO'),
      E('Kristersson-Biden meeting', ['met'], '2023-07-11'),
      E('NATO Summit in Vilnius', ['NATO Summit']),
    ],
    relations: [
      ...took('Kristersson-Biden meeting', 'Ulf Kristersson', 'Joe Biden'),
      ...took('NATO Summit in Vilnius', 'Ulf Kristersson', 'Joe Biden'),
      part('Kristersson-Biden meeting', 'NATO Summit in Vilnius'),
    ],
  },
  {
    id: 'sidelines-on-the-occasion-of-conference',
    form: '"On the occasion of COP28 in Dubai, X held talks with Y" (occasion)',
    date: '2023-12-01',
    source: 'Presidency of Egypt',
    text: 'On the occasion of COP28 in Dubai, President Abdel Fattah El-Sisi held talks with President Emmanuel Macron.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi', 'El-Sisi'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('El-Sisi-Macron talks', ['talks'], '2023-12-01'),
      E('COP28', ['COP28 in Dubai']),
    ],
    relations: [
      ...took('El-Sisi-Macron talks', 'Abdel Fattah El-Sisi', 'Emmanuel Macron'),
      ...took('COP28', 'Abdel Fattah El-Sisi', 'Emmanuel Macron'),
      part('El-Sisi-Macron talks', 'COP28'),
    ],
  },
  {
    id: 'sidelines-held-on-fringe-passive',
    form: '"A meeting between A and B was held on the fringe of the X Summit" (passive, "fringe")',
    date: '2023-05-20',
    source: 'Government of Italy',
    text: 'A meeting between Prime Minister Giorgia Meloni and Prime Minister Rishi Sunak was held on the fringe of the G7 Summit in Hiroshima on 20 May 2023.',
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      O('G7'),
      E('Meloni-Sunak meeting', ['meeting'], '2023-05-20'),
      E('G7 Summit in Hiroshima', ['G7 Summit']),
    ],
    relations: [
      ...took('Meloni-Sunak meeting', 'Giorgia Meloni', 'Rishi Sunak'),
      ...took('G7 Summit in Hiroshima', 'Giorgia Meloni', 'Rishi Sunak'),
      part('Meloni-Sunak meeting', 'G7 Summit in Hiroshima'),
    ],
  },
  {
    id: 'sidelines-while-attending',
    form: '"While attending the X in City, A met B" (an enclosing gathering told by "while attending")',
    date: '2023-11-16',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'While attending the APEC Economic Leaders’ Meeting in San Francisco, President Vo Van Thuong met Prime Minister Fumio Kishida.',
    entities: [
      P('Vo Van Thuong', 'President Vo Van Thuong'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      O('APEC'),
      E('Vo Van Thuong-Kishida meeting', ['met'], '2023-11-16'),
      E('APEC Economic Leaders’ Meeting', ['APEC Economic Leaders’ Meeting in San Francisco']),
    ],
    relations: [
      ...took('Vo Van Thuong-Kishida meeting', 'Vo Van Thuong', 'Fumio Kishida'),
      ...took('APEC Economic Leaders’ Meeting', 'Vo Van Thuong', 'Fumio Kishida'),
      part('Vo Van Thuong-Kishida meeting', 'APEC Economic Leaders’ Meeting'),
    ],
  },
];

const VISITS: BankCase[] = [
  {
    id: 'visit-during-three-day-visit',
    form: '"during a three-day visit to Hanoi, X met Y" (a visit told by a duration, with a meeting in it)',
    date: '2023-09-11',
    source: 'Associated Press',
    text: 'During a two-day visit to Hanoi, President Joe Biden met General Secretary Nguyen Phu Trong on Sunday.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Nguyen Phu Trong', 'General Secretary Nguyen Phu Trong'),
      E("Biden's visit to Hanoi", ['two-day visit'], '2023-09-10'),
      E('Biden-Nguyen Phu Trong meeting', ['met'], '2023-09-10'),
    ],
    relations: [
      ...took("Biden's visit to Hanoi", 'Joe Biden'),
      ...took('Biden-Nguyen Phu Trong meeting', 'Joe Biden', 'Nguyen Phu Trong'),
      part('Biden-Nguyen Phu Trong meeting', "Biden's visit to Hanoi"),
    ],
  },
  {
    id: 'visit-first-mission',
    form: '"The delegation’s first mission to Niamey, led by X, …" (a mission as an event, led by someone)',
    date: '2023-08-19',
    source: 'State House Nigeria',
    text: 'The ECOWAS delegation’s first mission to Niamey on 3 August, led by General Abdulsalami Abubakar, was not received by the junta.',
    entities: [
      P('Abdulsalami Abubakar', 'General Abdulsalami Abubakar', 'Abubakar'),
      O('ECOWAS'),
      E('first ECOWAS mission to Niamey', ['first mission'], '2023-08-03'),
    ],
    relations: [...took('first ECOWAS mission to Niamey', 'Abdulsalami Abubakar')],
  },
  {
    id: 'visit-wrapped-up-official-visit',
    form: '"X wrapped up a four-day state visit to Kenya on Friday" (a visit told by "wrapped up")',
    date: '2023-11-03',
    source: 'BBC News',
    text: 'King Charles III wrapped up a four-day state visit to Kenya on Friday with a stop in Mombasa.',
    entities: [
      P('Charles III', 'King Charles III'),
      S('Kenya'),
      E("Charles III's state visit to Kenya", ['state visit'], '2023-10-31'),
    ],
    relations: [...took("Charles III's state visit to Kenya", 'Charles III')],
  },
  {
    id: 'visit-tour-of-region',
    form: '"As part of a tour of the Middle East, X stopped in Doha, where he met Y" (a tour holding a meeting)',
    date: '2024-01-08',
    source: 'Agence France-Presse',
    text: 'As part of a tour of the Middle East, Secretary of State Antony Blinken stopped in Doha on Sunday, where he met Emir Sheikh Tamim bin Hamad Al Thani.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Tamim bin Hamad Al Thani', 'Emir Sheikh Tamim bin Hamad Al Thani', 'Sheikh Tamim'),
      E("Blinken's tour of the Middle East", ['tour'], '2024-01'),
      E('Blinken-Tamim meeting in Doha', ['met'], '2024-01-07'),
    ],
    relations: [
      ...took("Blinken's tour of the Middle East", 'Antony Blinken'),
      ...took('Blinken-Tamim meeting in Doha', 'Antony Blinken', 'Tamim bin Hamad Al Thani'),
      part('Blinken-Tamim meeting in Doha', "Blinken's tour of the Middle East"),
    ],
  },
  {
    id: 'visit-envoys-travelled-to',
    form: '"The special envoys travelled to Pyongyang on D and met X" (a trip of envoys told by a travel verb)',
    date: '2018-09-06',
    source: 'Cheong Wa Dae',
    text: 'National Security Office Director Chung Eui-yong and National Intelligence Service Director Suh Hoon travelled to Pyongyang on 5 September as special envoys and met Chairman Kim Jong-un.',
    entities: [
      P('Chung Eui-yong', 'National Security Office Director Chung Eui-yong', 'Chung'),
      P('Suh Hoon', 'National Intelligence Service Director Suh Hoon', 'Suh'),
      P('Kim Jong-un', 'Chairman Kim Jong-un', 'Kim'),
      E('special envoys’ visit to Pyongyang', ['travelled to Pyongyang'], '2018-09-05'),
      E('meeting with Kim Jong-un', ['met'], '2018-09-05'),
    ],
    relations: [
      ...took('special envoys’ visit to Pyongyang', 'Chung Eui-yong', 'Suh Hoon'),
      ...took('meeting with Kim Jong-un', 'Chung Eui-yong', 'Suh Hoon', 'Kim Jong-un'),
      part('meeting with Kim Jong-un', 'special envoys’ visit to Pyongyang'),
    ],
  },
  {
    id: 'visit-oval-office-meeting-during',
    form: '"During his visit to Washington, X was received by Y in the Oval Office" (a passive reception in a visit)',
    date: '2020-09-15',
    source: 'Emirates News Agency (WAM)',
    text: 'During his visit to Washington, Sheikh Abdullah bin Zayed Al Nahyan was received by President Donald Trump in the Oval Office.',
    entities: [
      P('Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed Al Nahyan', 'Abdullah bin Zayed'),
      P('Donald Trump', 'President Donald Trump', 'Trump'),
      E("Abdullah bin Zayed's visit to Washington", ['visit'], '2020-09-15'),
      E('Oval Office meeting', ['received'], '2020-09-15'),
    ],
    relations: [
      ...took("Abdullah bin Zayed's visit to Washington", 'Abdullah bin Zayed Al Nahyan'),
      ...took('Oval Office meeting', 'Abdullah bin Zayed Al Nahyan', 'Donald Trump'),
      part('Oval Office meeting', "Abdullah bin Zayed's visit to Washington"),
    ],
  },
];

const SESSIONS: BankCase[] = [
  {
    id: 'session-joint-press-conference-after',
    form: '"At a joint press conference after the talks, A and B …" (a press conference PART_OF the talks)',
    date: '2024-03-15',
    source: 'Deutsche Welle',
    text:
      'Chancellor Olaf Scholz held talks with President Emmanuel Macron in Berlin on 15 March 2024. ' +
      'At a joint press conference after the talks, the two leaders promised more arms for Ukraine.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('Scholz-Macron talks in Berlin', ['talks'], '2024-03-15'),
      E('joint press conference', ['press conference']),
    ],
    relations: [
      ...took('Scholz-Macron talks in Berlin', 'Olaf Scholz', 'Emmanuel Macron'),
      ...took('joint press conference', 'Olaf Scholz', 'Emmanuel Macron'),
      part('joint press conference', 'Scholz-Macron talks in Berlin'),
    ],
  },
  {
    id: 'session-media-conference-told',
    form: '"At a media conference in Bern, X and Y announced …" (a media conference held by two)',
    date: '2024-12-20',
    source: 'Federal Department of Foreign Affairs, Switzerland',
    text: 'At a media conference in Bern on 20 December 2024, President Viola Amherd and Commission President Ursula von der Leyen announced the material conclusion of the negotiations.',
    entities: [
      P('Viola Amherd', 'President Viola Amherd', 'Amherd'),
      P('Ursula von der Leyen', 'Commission President Ursula von der Leyen', 'von der Leyen'),
      E('media conference in Bern', ['media conference'], '2024-12-20'),
    ],
    relations: [...took('media conference in Bern', 'Viola Amherd', 'Ursula von der Leyen')],
  },
  {
    id: 'session-restricted-then-expanded-format',
    form: '"The talks were held first in restricted format and then with delegations" (a restricted session PART_OF talks)',
    date: '2023-06-14',
    source: 'Kremlin',
    text:
      'Vladimir Putin held talks with President Abdelmadjid Tebboune of Algeria in the Kremlin on 15 June 2023. ' +
      'The talks were held first in a restricted format and then with the participation of the delegations.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Abdelmadjid Tebboune', 'President Abdelmadjid Tebboune', 'Tebboune'),
      S('Algeria'),
      E('Putin-Tebboune talks in the Kremlin', ['talks'], '2023-06-15'),
    ],
    relations: [...took('Putin-Tebboune talks in the Kremlin', 'Vladimir Putin', 'Abdelmadjid Tebboune')],
  },
  {
    id: 'session-roundtable-chaired',
    form: '"X chaired a roundtable with business leaders during the visit" (a roundtable PART_OF a visit)',
    date: '2023-10-17',
    source: 'Prime Minister’s Office of Singapore',
    text:
      'Prime Minister Lee Hsien Loong paid an official visit to Saudi Arabia on 17 October 2023. ' +
      'During the visit, he chaired a roundtable with Saudi business leaders in Riyadh.',
    entities: [
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong', 'Lee'),
      S('Saudi Arabia', 'Saudi'),
      E("Lee's official visit to Saudi Arabia", ['official visit'], '2023-10-17'),
      E('roundtable with Saudi business leaders', ['roundtable']),
    ],
    relations: [
      ...took("Lee's official visit to Saudi Arabia", 'Lee Hsien Loong'),
      ...took('roundtable with Saudi business leaders', 'Lee Hsien Loong'),
      part('roundtable with Saudi business leaders', "Lee's official visit to Saudi Arabia"),
    ],
  },
  {
    id: 'session-briefing-to-press-after',
    form: '"X briefed the press after the meeting" (no separate event: a briefing to the press is no meeting)',
    date: '2024-06-05',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Foreign Minister Espen Barth Eide met Foreign Minister Mohammad Mustafa of Palestine in Oslo on 5 June 2024. ' +
      'Foreign Minister Eide briefed the press after the meeting.',
    entities: [
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide', 'Eide'),
      P('Mohammad Mustafa', 'Foreign Minister Mohammad Mustafa', 'Mustafa'),
      S('Palestine'),
      E('Eide-Mustafa meeting in Oslo', ['meeting'], '2024-06-05'),
    ],
    relations: [...took('Eide-Mustafa meeting in Oslo', 'Espen Barth Eide', 'Mohammad Mustafa')],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-call-for-restraint',
    form: 'negative: "a call for restraint" (a call that is an appeal) makes no event',
    date: '2024-04-14',
    source: 'United Nations, statement',
    text: 'The Secretary-General renewed his call for maximum restraint and urged all parties to avoid escalation in the Middle East.',
    entities: [],
    relations: [],
  },
  {
    id: 'negative-new-round-of-sanctions',
    form: 'negative: "a new round of sanctions" makes no negotiating round',
    date: '2024-02-23',
    source: 'Council of the European Union',
    text: 'The Council of the European Union adopted a new round of sanctions against Russia on 23 February 2024.',
    entities: [O('Council of the European Union'), S('Russia')],
    relations: [],
  },
  {
    id: 'negative-meeting-the-needs',
    form: 'negative: "aimed at meeting the needs of" makes no meeting',
    date: '2024-05-02',
    source: 'Ministry of Foreign Affairs of Norway',
    text: 'Norway will provide additional funding aimed at meeting the needs of displaced families in Sudan.',
    entities: [S('Norway'), S('Sudan')],
    relations: [],
  },
  {
    id: 'negative-visiting-professor',
    form: 'negative: "a visiting professor" makes no visit',
    date: '2024-03-14',
    source: 'Embassy release',
    text: 'The lecture was given by Dr Amina Diallo, a visiting professor at the University of Nairobi.',
    entities: [P('Amina Diallo', 'Dr Amina Diallo', 'Diallo')],
    relations: [],
  },
  {
    id: 'negative-in-a-press-release',
    form: 'negative: "In a press release issued on Monday, the Ministry …" makes no event',
    date: '2024-06-10',
    source: 'Ministry of Foreign Affairs of Peru',
    text: 'In a press release issued on Monday, the Ministry of Foreign Affairs of Peru welcomed the ceasefire proposal.',
    entities: [S('Peru')],
    relations: [],
  },
  {
    id: 'negative-summit-conference-hall',
    form: 'negative: a venue named after an event kind ("the Summit Hall", "the Conference Centre") makes no event',
    date: '2024-09-03',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text: 'The exhibition of Indonesian crafts opened at the Jakarta Convention Center on 3 September 2024.',
    entities: [S('Indonesia')],
    relations: [],
  },
];

/** The bank: every case in the order of its construction groups. */
export const EVENT_BANK: BankCase[] = [
  ...SIGNINGS,
  ...TOLD_BY_CLAUSE,
  ...RECALLED,
  ...PROCESSES,
  ...FORMATS,
  ...BODIES,
  ...PLANNED,
  ...SIDELINES,
  ...VISITS,
  ...SESSIONS,
  ...NEGATIVES,
];
