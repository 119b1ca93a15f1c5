// The seventh events paraphrase bank (issue 6, round ev14): a blind bank written before any rule change of the round,
// on the constructions earlier rounds left unsolved (the "Left" paragraphs of docs/first-look.md): visits told in
// lowercase or with a possessive ("within the framework of the state visit of the President of X, Name, to Y",
// "During his visit", "the Prime Minister's visit to Z", "on the sidelines of his official visit"), meetings told only
// by a verb or a role ("received … separately", "also called on", "was accompanied by A and B"), calls told in
// passing, planned gatherings in lowercase ("agreed to meet again in City for a trilateral summit", "the next session
// will take place in Geneva"), incidents and dialogues in lowercase (INVOLVES), and negatives (generic plurals,
// hypotheticals, a headline, background). Many issuers' house styles. Its area is Events, PARTICIPATED_IN, PART_OF and
// INVOLVES. Same format and runner as the earlier events banks (`npm run bank -- events-7`).
// First pass (blind, bank at 47938d7, rules of main 7800684): 30/62 cases pass; facts found 156/251 (62.2 %), false
// facts 30.
import { type BankCase, E, O, P, S, inv, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'INVOLVES'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];

/** Visits told in lowercase or with a possessive, and what was held during them. */
const VISITS: BankCase[] = [
  {
    id: 'visit-within-framework-of-state-visit-of-title-name',
    form: 'ministry: "Within the framework of the state visit of the President of X, Name, to Y, talks were held"',
    date: '2023-01-26',
    source: 'Ministry of Foreign Affairs of the Kyrgyz Republic',
    text:
      'Within the framework of the state visit of the President of the Republic of Uzbekistan, Shavkat Mirziyoyev, to the Kyrgyz Republic, ' +
      'President Sadyr Japarov and President Shavkat Mirziyoyev held talks in Bishkek on 26 January 2023.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      P('Sadyr Japarov', 'President Sadyr Japarov', 'Japarov'),
      S('Uzbekistan', 'Republic of Uzbekistan'),
      S('Kyrgyzstan', 'Kyrgyz Republic'),
      E(
        "Mirziyoyev's state visit to the Kyrgyz Republic",
        ['state visit', 'state visit to the Kyrgyz Republic'],
        '2023-01-26',
      ),
      E('Japarov-Mirziyoyev talks in Bishkek', ['talks'], '2023-01-26'),
    ],
    relations: [
      ...took("Mirziyoyev's state visit to the Kyrgyz Republic", 'Shavkat Mirziyoyev'),
      ...took('Japarov-Mirziyoyev talks in Bishkek', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
      part('Japarov-Mirziyoyev talks in Bishkek', "Mirziyoyev's state visit to the Kyrgyz Republic"),
    ],
  },
  {
    id: 'visit-during-his-visit-second-sentence',
    form: 'wire: "A arrived in City …. During his visit, he met B" (the visit told by a pronoun and a verb of arrival)',
    date: '2023-11-04',
    source: 'Australian Associated Press',
    text:
      'Prime Minister Anthony Albanese arrived in Shanghai on 4 November 2023, the first visit to China by an Australian leader in seven years. ' +
      'During his visit, he met President Xi Jinping at the Great Hall of the People in Beijing.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('China'),
      S('Australia', 'Australian'),
      E("Albanese's visit to China", ['visit to China', 'his visit', 'visit to Shanghai'], '2023-11-04'),
      E('Albanese-Xi meeting at the Great Hall of the People', ['Albanese-Xi meeting'], '2023-11-06'),
    ],
    relations: [
      ...took("Albanese's visit to China", 'Anthony Albanese'),
      ...took('Albanese-Xi meeting at the Great Hall of the People', 'Anthony Albanese', 'Xi Jinping'),
      part('Albanese-Xi meeting at the Great Hall of the People', "Albanese's visit to China"),
    ],
  },
  {
    id: 'visit-the-prime-ministers-visit-to-frame',
    form: 'ministry: "During the Prime Minister\'s visit to X, Prime Minister A held a Summit Meeting with B"',
    date: '2023-03-20',
    source: 'Ministry of Foreign Affairs of Japan',
    text: "During the Prime Minister's visit to India, Prime Minister Kishida Fumio held a Japan-India Summit Meeting with Shri Narendra Modi, Prime Minister of India, in New Delhi on March 20.",
    entities: [
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida'),
      P('Narendra Modi', 'Shri Narendra Modi', 'Modi'),
      S('India'),
      E("Kishida's visit to India", ["Prime Minister's visit to India", 'visit to India'], '2023-03-20'),
      E('Japan-India Summit Meeting', [], '2023-03-20'),
    ],
    relations: [
      ...took("Kishida's visit to India", 'Fumio Kishida'),
      ...took('Japan-India Summit Meeting', 'Fumio Kishida', 'Narendra Modi'),
      part('Japan-India Summit Meeting', "Kishida's visit to India"),
    ],
  },
  {
    id: 'visit-on-sidelines-of-his-state-visit',
    form: 'presidency: "On the sidelines of his state visit to X, A met B"',
    date: '2024-05-23',
    source: 'Presidency of Kenya',
    text: 'On the sidelines of his state visit to the United States, President William Ruto met Vice President Kamala Harris in Washington on 23 May.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      P('Kamala Harris', 'Vice President Kamala Harris', 'Harris'),
      S('United States'),
      E("Ruto's state visit to the United States", ['state visit', 'state visit to the United States'], '2024-05-22'),
      E('Ruto-Harris meeting in Washington', ['Ruto-Harris meeting'], '2024-05-23'),
    ],
    relations: [
      ...took("Ruto's state visit to the United States", 'William Ruto'),
      ...took('Ruto-Harris meeting in Washington', 'William Ruto', 'Kamala Harris'),
      part('Ruto-Harris meeting in Washington', "Ruto's state visit to the United States"),
    ],
  },
  {
    id: 'visit-in-the-course-of-his-working-visit',
    form: 'ministry: "In the course of his working visit to City, Title A held talks with B"',
    date: '2023-08-31',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text: 'In the course of his working visit to Moscow, Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan held talks with Foreign Minister Sergey Lavrov on 31 August.',
    entities: [
      P('Hakan Fidan', 'Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan', 'Fidan'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      S('Türkiye', 'Republic of Türkiye'),
      E("Fidan's working visit to Moscow", ['working visit', 'working visit to Moscow'], '2023-08-31'),
      E('Fidan-Lavrov talks', ['talks'], '2023-08-31'),
    ],
    relations: [
      ...took("Fidan's working visit to Moscow", 'Hakan Fidan'),
      ...took('Fidan-Lavrov talks', 'Hakan Fidan', 'Sergey Lavrov'),
      part('Fidan-Lavrov talks', "Fidan's working visit to Moscow"),
    ],
  },
  {
    id: 'visit-the-visit-of-title-name-to-then-called-on',
    form: 'ministry: "The visit of the Prime Minister of X, Name, to Y … During the visit, he called on B"',
    date: '2023-03-31',
    source: 'Ministry of Foreign Affairs of Malaysia',
    text:
      "The official visit of the Prime Minister of Malaysia, Anwar Ibrahim, to the People's Republic of China took place from 29 March to 1 April 2023. " +
      'During the visit, he called on President Xi Jinping at the Great Hall of the People.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister of Malaysia, Anwar Ibrahim', 'Anwar'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('Malaysia'),
      S('China', "People's Republic of China"),
      E(
        "Anwar's official visit to China",
        ['official visit', "official visit to the People's Republic of China"],
        '2023-03-29',
      ),
      E('Anwar-Xi meeting at the Great Hall of the People', ['Anwar-Xi meeting'], '2023-03-31'),
    ],
    relations: [
      ...took("Anwar's official visit to China", 'Anwar Ibrahim'),
      ...took('Anwar-Xi meeting at the Great Hall of the People', 'Anwar Ibrahim', 'Xi Jinping'),
      part('Anwar-Xi meeting at the Great Hall of the People', "Anwar's official visit to China"),
    ],
  },
  {
    id: 'visit-possessive-name-state-visit-concluded',
    form: 'wire: "President A\'s state visit to X concluded …. In City, A held talks with B"',
    date: '2023-04-15',
    source: 'Reuters',
    text:
      "BEIJING, April 15 (Reuters) - President Luiz Inácio Lula da Silva's state visit to China concluded on Saturday. " +
      'On Friday in Beijing, Lula held talks with President Xi Jinping, who hosted him at the Great Hall of the People.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('China'),
      E("Lula's state visit to China", ['state visit', 'state visit to China'], '2023-04-12'),
      E('Lula-Xi talks in Beijing', ['Lula-Xi talks'], '2023-04-14'),
    ],
    relations: [
      ...took("Lula's state visit to China", 'Luiz Inácio Lula da Silva'),
      ...took('Lula-Xi talks in Beijing', 'Luiz Inácio Lula da Silva', 'Xi Jinping'),
      part('Lula-Xi talks in Beijing', "Lula's state visit to China"),
    ],
  },
  {
    id: 'visit-for-his-first-official-visit-where-met',
    form: 'government: "A travelled to City for his first official visit to X, where he met B at <venue>"',
    date: '2023-02-25',
    source: 'Federal Government of Germany',
    text: 'Chancellor Olaf Scholz travelled to New Delhi on 25 February 2023 for his first official visit to India, where he met Prime Minister Narendra Modi at Hyderabad House.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('India'),
      E("Scholz's official visit to India", ['official visit', 'first official visit to India'], '2023-02-25'),
      E('Scholz-Modi meeting at Hyderabad House', ['Modi-Scholz meeting'], '2023-02-25'),
    ],
    relations: [
      ...took("Scholz's official visit to India", 'Olaf Scholz'),
      ...took('Scholz-Modi meeting at Hyderabad House', 'Olaf Scholz', 'Narendra Modi'),
      part('Scholz-Modi meeting at Hyderabad House', "Scholz's official visit to India"),
    ],
  },
  {
    id: 'visit-he-was-accompanied-by-two-ministers',
    form: 'presidency: "A began a state visit to X. He was accompanied by Title B and Title C" (the visit\'s participants)',
    date: '2023-04-05',
    source: 'Élysée',
    text:
      'President Emmanuel Macron began a state visit to China on 5 April 2023. ' +
      'He was accompanied by Minister for Europe and Foreign Affairs Catherine Colonna and Minister of Culture Rima Abdul Malak.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Catherine Colonna', 'Minister for Europe and Foreign Affairs Catherine Colonna', 'Colonna'),
      P('Rima Abdul Malak', 'Minister of Culture Rima Abdul Malak', 'Abdul Malak'),
      S('China'),
      E("Macron's state visit to China", ['state visit', 'state visit to China'], '2023-04-05'),
    ],
    relations: [...took("Macron's state visit to China", 'Emmanuel Macron', 'Catherine Colonna', 'Rima Abdul Malak')],
  },
  {
    id: 'visit-ms-x-was-accompanied-by-at-meeting',
    form: 'government: "A met B in City for the annual leaders\' meeting. Ms A was accompanied by Title C"',
    date: '2022-07-08',
    source: 'Prime Minister of New Zealand',
    text:
      "Prime Minister Jacinda Ardern met Prime Minister Anthony Albanese in Sydney on 8 July 2022 for the annual Australia-New Zealand Leaders' Meeting. " +
      'Ms Ardern was accompanied by Foreign Minister Nanaia Mahuta.',
    entities: [
      P('Jacinda Ardern', 'Prime Minister Jacinda Ardern', 'Ardern'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Nanaia Mahuta', 'Foreign Minister Nanaia Mahuta', 'Mahuta'),
      E("Australia-New Zealand Leaders' Meeting", ['annual leaders meeting'], '2022-07-08'),
    ],
    relations: [
      ...took("Australia-New Zealand Leaders' Meeting", 'Jacinda Ardern', 'Anthony Albanese', 'Nanaia Mahuta'),
    ],
  },
  {
    id: 'visit-is-in-country-on-her-first-visit-in-city-met',
    form: 'ministry: "A is in X on her first visit to the region. In City, she met B"',
    date: '2022-05-26',
    source: 'Department of Foreign Affairs and Trade of Australia',
    text:
      'Foreign Minister Penny Wong is in Fiji on her first visit to the Pacific as Foreign Minister. ' +
      'In Suva, she met Prime Minister Frank Bainimarama on 26 May.',
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Frank Bainimarama', 'Prime Minister Frank Bainimarama', 'Bainimarama'),
      S('Fiji'),
      E("Wong's visit to Fiji", ['first visit to the Pacific', 'visit to the Pacific'], '2022-05-26'),
      E('Wong-Bainimarama meeting in Suva', ['Wong-Bainimarama meeting'], '2022-05-26'),
    ],
    relations: [
      ...took("Wong's visit to Fiji", 'Penny Wong'),
      ...took('Wong-Bainimarama meeting in Suva', 'Penny Wong', 'Frank Bainimarama'),
      part('Wong-Bainimarama meeting in Suva', "Wong's visit to Fiji"),
    ],
  },
  {
    id: 'visit-delegation-headed-by-paid-visit-received-by',
    form: 'ministry: "A delegation headed by Title A paid a working visit to City, where it was received by B"',
    date: '2023-03-03',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text: 'A delegation headed by Minister of Foreign Affairs Murat Nurtleu paid a working visit to Tashkent on 3 March 2023, where it was received by President Shavkat Mirziyoyev.',
    entities: [
      P('Murat Nurtleu', 'Minister of Foreign Affairs Murat Nurtleu', 'Nurtleu'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      E("Nurtleu's working visit to Tashkent", ['working visit', 'working visit to Tashkent'], '2023-03-03'),
      E('Mirziyoyev-Nurtleu meeting', ['Nurtleu-Mirziyoyev meeting'], '2023-03-03'),
    ],
    relations: [
      ...took("Nurtleu's working visit to Tashkent", 'Murat Nurtleu'),
      ...took('Mirziyoyev-Nurtleu meeting', 'Shavkat Mirziyoyev', 'Murat Nurtleu'),
      part('Mirziyoyev-Nurtleu meeting', "Nurtleu's working visit to Tashkent"),
    ],
  },
  {
    id: 'visit-welcomed-on-his-introductory-visit-four-eyes',
    form: 'government: "A welcomed B on his introductory visit to X. The two leaders held a four-eyes meeting at <venue>"',
    date: '2023-01-30',
    source: "Prime Minister's Office of Singapore",
    text:
      'Prime Minister Lee Hsien Loong welcomed Prime Minister Anwar Ibrahim on his introductory visit to Singapore on 30 January 2023. ' +
      'The two leaders held a four-eyes meeting at the Istana.',
    entities: [
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong', 'Lee'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      S('Singapore'),
      E(
        "Anwar's introductory visit to Singapore",
        ['introductory visit', 'introductory visit to Singapore'],
        '2023-01-30',
      ),
      E('four-eyes meeting at the Istana', ['four-eyes meeting'], '2023-01-30'),
    ],
    relations: [
      ...took("Anwar's introductory visit to Singapore", 'Anwar Ibrahim'),
      ...took('four-eyes meeting at the Istana', 'Lee Hsien Loong', 'Anwar Ibrahim'),
      part('four-eyes meeting at the Istana', "Anwar's introductory visit to Singapore"),
    ],
  },
  {
    id: 'visit-as-part-of-his-tour-of-region',
    form: 'ministry: "As part of his tour of the region, Title A visited City, where he held talks with B"',
    date: '2023-08-02',
    source: 'Ministry of Foreign Affairs of India',
    text: 'As part of his visit to the Gulf, External Affairs Minister S. Jaishankar travelled to Abu Dhabi, where he held talks with Foreign Minister Abdullah bin Zayed Al Nahyan on 2 August.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Abdullah bin Zayed Al Nahyan', 'Foreign Minister Abdullah bin Zayed Al Nahyan', 'Abdullah bin Zayed'),
      E("Jaishankar's visit to the Gulf", ['visit to the Gulf'], '2023-08-02'),
      E('Jaishankar-Abdullah bin Zayed talks in Abu Dhabi', ['talks in Abu Dhabi'], '2023-08-02'),
    ],
    relations: [
      ...took("Jaishankar's visit to the Gulf", 'S. Jaishankar'),
      ...took('Jaishankar-Abdullah bin Zayed talks in Abu Dhabi', 'S. Jaishankar', 'Abdullah bin Zayed Al Nahyan'),
      part('Jaishankar-Abdullah bin Zayed talks in Abu Dhabi', "Jaishankar's visit to the Gulf"),
    ],
  },
];

/** Meetings told only by a verb or a role. */
const VERB_TOLD: BankCase[] = [
  {
    id: 'verb-received-separately-before-summit',
    form: 'news agency: "Before the summit, A received B and C separately" (two meetings by one verb)',
    date: '2023-05-17',
    source: 'Xinhua',
    text: "XI'AN, May 17 (Xinhua) - Ahead of the China-Central Asia Summit, President Xi Jinping received President Kassym-Jomart Tokayev of Kazakhstan and President Shavkat Mirziyoyev of Uzbekistan separately in Xi'an on Wednesday.",
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      S('Kazakhstan'),
      S('Uzbekistan'),
      E('China-Central Asia Summit', []),
      E('Xi-Tokayev meeting', ['Tokayev-Xi meeting'], '2023-05-17'),
      E('Xi-Mirziyoyev meeting', ['Mirziyoyev-Xi meeting'], '2023-05-17'),
    ],
    relations: [
      ...took('Xi-Tokayev meeting', 'Xi Jinping', 'Kassym-Jomart Tokayev'),
      ...took('Xi-Mirziyoyev meeting', 'Xi Jinping', 'Shavkat Mirziyoyev'),
    ],
  },
  {
    id: 'verb-also-called-on-during-visit',
    form: 'ministry: "A, who is visiting X, held the Strategic Dialogue with B. Minister A also called on Prime Minister C"',
    date: '2023-07-27',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      "Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, who is visiting India, held the Japan-India Foreign Ministers' Strategic Dialogue with Dr. S. Jaishankar, Minister of External Affairs, on July 27. " +
      'Minister Hayashi also called on Prime Minister Narendra Modi.',
    entities: [
      P('Yoshimasa Hayashi', 'HAYASHI Yoshimasa', 'Hayashi', 'Minister Hayashi'),
      P('S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('India'),
      E("Japan-India Foreign Ministers' Strategic Dialogue", [], '2023-07-27'),
      E('Hayashi-Modi meeting', ['courtesy call on Prime Minister Modi'], '2023-07-27'),
    ],
    relations: [
      ...took("Japan-India Foreign Ministers' Strategic Dialogue", 'Yoshimasa Hayashi', 'S. Jaishankar'),
      ...took('Hayashi-Modi meeting', 'Yoshimasa Hayashi', 'Narendra Modi'),
    ],
  },
  {
    id: 'verb-was-received-by-crown-prince',
    form: 'department: "Secretary A was received by Crown Prince B in City on Date" (a meeting told by a passive)',
    date: '2023-06-07',
    source: 'U.S. Department of State',
    text: 'Secretary of State Antony J. Blinken was received by Crown Prince and Prime Minister Mohammed bin Salman in Jeddah on June 6.',
    entities: [
      P('Antony J. Blinken', 'Secretary of State Antony J. Blinken', 'Blinken'),
      P('Mohammed bin Salman', 'Crown Prince and Prime Minister Mohammed bin Salman', 'Mohammed bin Salman'),
      E('Blinken-Mohammed bin Salman meeting in Jeddah', ['meeting in Jeddah'], '2023-06-06'),
    ],
    relations: [...took('Blinken-Mohammed bin Salman meeting in Jeddah', 'Antony J. Blinken', 'Mohammed bin Salman')],
  },
  {
    id: 'verb-received-at-palace-ahead-of-signing',
    form: 'presidency: "President A received Prime Minister B of X at the Palace on Date, ahead of the signing of …"',
    date: '2024-03-17',
    source: 'Presidency of the Arab Republic of Egypt',
    text: 'President Abdel Fattah El-Sisi received Prime Minister Kyriakos Mitsotakis of Greece at the Ittihadiya Palace on 17 March 2024, ahead of the signing of the strategic and comprehensive partnership between Egypt and the European Union.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi', 'El-Sisi'),
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      S('Greece'),
      S('Egypt'),
      O('European Union'),
      E('El-Sisi-Mitsotakis meeting at the Ittihadiya Palace', ['El-Sisi-Mitsotakis meeting'], '2024-03-17'),
    ],
    relations: [
      ...took('El-Sisi-Mitsotakis meeting at the Ittihadiya Palace', 'Abdel Fattah El-Sisi', 'Kyriakos Mitsotakis'),
    ],
  },
  {
    id: 'verb-the-secretary-was-accompanied-by-ambassador',
    form: 'department: "A met B in City. The Secretary was accompanied by Ambassador C" (a participant by a role)',
    date: '2023-09-06',
    source: 'U.S. Department of State',
    text:
      'Secretary of State Antony J. Blinken met President Volodymyr Zelenskyy in Kyiv on 6 September 2023. ' +
      'The Secretary was accompanied by Ambassador Bridget A. Brink.',
    entities: [
      P('Antony J. Blinken', 'Secretary of State Antony J. Blinken', 'Blinken', 'The Secretary'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Bridget A. Brink', 'Ambassador Bridget A. Brink', 'Brink'),
      E('Blinken-Zelenskyy meeting in Kyiv', ['Blinken-Zelenskyy meeting'], '2023-09-06'),
    ],
    relations: [
      ...took('Blinken-Zelenskyy meeting in Kyiv', 'Antony J. Blinken', 'Volodymyr Zelenskyy', 'Bridget A. Brink'),
    ],
  },
  {
    id: 'verb-received-a-delegation-headed-by',
    form: 'royal court: "His Majesty King A received at <palace> a delegation … headed by Senator B"',
    date: '2023-02-19',
    source: 'Royal Hashemite Court',
    text: 'His Majesty King Abdullah II received at Al Husseiniya Palace on Sunday a delegation from the US Senate Armed Services Committee headed by Senator Jack Reed.',
    entities: [
      P('Abdullah II', 'His Majesty King Abdullah II', 'King Abdullah II'),
      P('Jack Reed', 'Senator Jack Reed', 'Reed'),
      O('US Senate Armed Services Committee'),
      E('Abdullah II-Reed meeting at Al Husseiniya Palace', ['meeting at Al Husseiniya Palace'], '2023-02-19'),
    ],
    relations: [...took('Abdullah II-Reed meeting at Al Husseiniya Palace', 'Abdullah II', 'Jack Reed')],
  },
  {
    id: 'verb-met-separately-with-two',
    form: 'government: "In City, A met separately with B and with C" (two meetings by one verb)',
    date: '2022-06-16',
    source: 'Federal Government of Germany',
    text: 'In Kyiv, Chancellor Olaf Scholz met separately with President Volodymyr Zelenskyy and with Prime Minister Denys Shmyhal on 16 June 2022.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Denys Shmyhal', 'Prime Minister Denys Shmyhal', 'Shmyhal'),
      E('Scholz-Zelenskyy meeting in Kyiv', ['Scholz-Zelenskyy meeting'], '2022-06-16'),
      E('Scholz-Shmyhal meeting in Kyiv', ['Scholz-Shmyhal meeting'], '2022-06-16'),
    ],
    relations: [
      ...took('Scholz-Zelenskyy meeting in Kyiv', 'Olaf Scholz', 'Volodymyr Zelenskyy'),
      ...took('Scholz-Shmyhal meeting in Kyiv', 'Olaf Scholz', 'Denys Shmyhal'),
    ],
  },
  {
    id: 'verb-she-later-met-second-sentence',
    form: 'ministry: "A held talks with B in City. She later met Title C" (a pronoun subject, a later meeting)',
    date: '2024-07-26',
    source: 'Global Affairs Canada',
    text:
      'Foreign Minister Mélanie Joly held talks with Foreign Minister Wang Yi in Guangzhou on 26 July 2024. ' +
      'She later met Guangdong Party Secretary Huang Kunming.',
    entities: [
      P('Mélanie Joly', 'Foreign Minister Mélanie Joly', 'Joly'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      P('Huang Kunming', 'Guangdong Party Secretary Huang Kunming', 'Huang'),
      E('Joly-Wang talks in Guangzhou', ['talks'], '2024-07-26'),
      E('Joly-Huang meeting', ['Huang-Joly meeting'], '2024-07-26'),
    ],
    relations: [
      ...took('Joly-Wang talks in Guangzhou', 'Mélanie Joly', 'Wang Yi'),
      ...took('Joly-Huang meeting', 'Mélanie Joly', 'Huang Kunming'),
    ],
  },
  {
    id: 'verb-was-hosted-by-at-state-banquet',
    form: 'presidency: "A was hosted by King B at a state banquet at <palace> on Date"',
    date: '2023-11-21',
    source: 'Presidency of the Republic of Korea',
    text: 'President Yoon Suk Yeol was hosted by King Charles III at a state banquet at Buckingham Palace on 21 November 2023.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Charles III', 'King Charles III', 'King Charles'),
      E('state banquet at Buckingham Palace', ['state banquet'], '2023-11-21'),
    ],
    relations: [...took('state banquet at Buckingham Palace', 'Yoon Suk Yeol', 'Charles III')],
  },
  {
    id: 'verb-paid-a-courtesy-call-on',
    form: 'ministry: "Title A paid a courtesy call on Prime Minister B in City on Date"',
    date: '2022-12-09',
    source: 'Department of Defence of Australia',
    text: 'Deputy Prime Minister and Minister for Defence Richard Marles paid a courtesy call on Prime Minister Fumio Kishida in Tokyo on 9 December 2022.',
    entities: [
      P('Richard Marles', 'Deputy Prime Minister and Minister for Defence Richard Marles', 'Marles'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      E('Marles-Kishida courtesy call in Tokyo', ['courtesy call', 'Kishida-Marles meeting'], '2022-12-09'),
    ],
    relations: [...took('Marles-Kishida courtesy call in Tokyo', 'Richard Marles', 'Fumio Kishida')],
  },
  {
    id: 'verb-was-joined-by-in-the-meeting',
    form: 'White House: "A was joined by B and C in the meeting with D" (participants by a role)',
    date: '2023-11-15',
    source: 'The White House',
    text:
      'President Joe Biden met President Xi Jinping in Woodside, California on 15 November 2023. ' +
      'President Biden was joined by Secretary of State Antony Blinken and National Security Advisor Jake Sullivan.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Jake Sullivan', 'National Security Advisor Jake Sullivan', 'Sullivan'),
      E('Biden-Xi meeting in Woodside', ['Biden-Xi meeting'], '2023-11-15'),
    ],
    relations: [...took('Biden-Xi meeting in Woodside', 'Joe Biden', 'Xi Jinping', 'Antony Blinken', 'Jake Sullivan')],
  },
];

/** Calls and conversations told in passing, dated or not. */
const CALLS: BankCase[] = [
  {
    id: 'call-in-a-telephone-conversation-on-date-pluperfect',
    form: 'government: main meeting, then "In a telephone conversation on D Month, the two leaders had agreed …"',
    date: '2023-12-07',
    source: 'Prime Minister of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis met President Recep Tayyip Erdoğan in Athens on 7 December 2023. ' +
      'In a telephone conversation on 6 February, the two leaders had agreed to reopen the channels of dialogue.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      E('Mitsotakis-Erdoğan meeting in Athens', ['Erdoğan-Mitsotakis meeting'], '2023-12-07'),
      E('telephone conversation on 6 February', ['Mitsotakis-Erdoğan telephone conversation'], '2023-02-06'),
    ],
    relations: [
      ...took('Mitsotakis-Erdoğan meeting in Athens', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      ...took('telephone conversation on 6 February', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
    ],
  },
  {
    id: 'call-talks-agreed-during-call-between-on-date',
    form: 'department: "The talks were agreed during a telephone call between A and B on D Month"',
    date: '2024-04-05',
    source: 'U.S. Department of the Treasury',
    text:
      'Secretary Janet L. Yellen held talks with Vice Premier He Lifeng in Guangzhou on 5 April 2024. ' +
      'The talks were agreed during a telephone call between President Joe Biden and President Xi Jinping on 2 April.',
    entities: [
      P('Janet L. Yellen', 'Secretary Janet L. Yellen', 'Yellen'),
      P('He Lifeng', 'Vice Premier He Lifeng'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      E('Yellen-He talks in Guangzhou', ['talks'], '2024-04-05'),
      E('Biden-Xi telephone call', ['telephone call'], '2024-04-02'),
    ],
    relations: [
      ...took('Yellen-He talks in Guangzhou', 'Janet L. Yellen', 'He Lifeng'),
      ...took('Biden-Xi telephone call', 'Joe Biden', 'Xi Jinping'),
    ],
  },
  {
    id: 'call-the-two-had-spoken-by-telephone-on-date',
    form: 'government: main meeting, then "The two had spoken by telephone on D Month"',
    date: '2023-11-16',
    source: 'Foreign, Commonwealth and Development Office',
    text:
      'Foreign Secretary David Cameron met Foreign Minister Dmytro Kuleba in Kyiv on 16 November 2023. ' +
      'The two had spoken by telephone on 14 November.',
    entities: [
      P('David Cameron', 'Foreign Secretary David Cameron', 'Cameron'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba'),
      E('Cameron-Kuleba meeting in Kyiv', ['Cameron-Kuleba meeting'], '2023-11-16'),
      E('Cameron-Kuleba telephone conversation', ['Cameron-Kuleba call'], '2023-11-14'),
    ],
    relations: [
      ...took('Cameron-Kuleba meeting in Kyiv', 'David Cameron', 'Dmytro Kuleba'),
      ...took('Cameron-Kuleba telephone conversation', 'David Cameron', 'Dmytro Kuleba'),
    ],
  },
  {
    id: 'call-during-a-phone-call-with-opening',
    form: 'ministry: "During a phone call with Title B on Day, Prime Minister A conveyed …"',
    date: '2023-07-15',
    source: "Prime Minister's Office of India",
    text: 'During a phone call with President Emmanuel Macron on Saturday, Prime Minister Narendra Modi thanked him for the warm hospitality extended in Paris.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('Modi-Macron phone call', ['phone call', 'Macron-Modi call'], '2023-07-15'),
    ],
    relations: [...took('Modi-Macron phone call', 'Narendra Modi', 'Emmanuel Macron')],
  },
  {
    id: 'call-followed-up-on-the-video-call-between-in-month',
    form: 'White House: main meeting, then "followed up on the video call between A and B in Month"',
    date: '2022-03-14',
    source: 'The White House',
    text:
      'National Security Advisor Jake Sullivan met Director Yang Jiechi in Rome on 14 March 2022. ' +
      'The meeting followed up on the video call between President Joe Biden and President Xi Jinping in November.',
    entities: [
      P('Jake Sullivan', 'National Security Advisor Jake Sullivan', 'Sullivan'),
      P('Yang Jiechi', 'Director Yang Jiechi', 'Yang'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      E('Sullivan-Yang meeting in Rome', ['the meeting'], '2022-03-14'),
      E('Biden-Xi video call', ['video call'], '2021-11-15'),
    ],
    relations: [
      ...took('Sullivan-Yang meeting in Rome', 'Jake Sullivan', 'Yang Jiechi'),
      ...took('Biden-Xi video call', 'Joe Biden', 'Xi Jinping'),
    ],
  },
  {
    id: 'call-received-a-telephone-call-from',
    form: 'presidency: "President A received a telephone call from President B on Date"',
    date: '2023-06-15',
    source: 'The Presidency of the Republic of South Africa',
    text: 'President Cyril Ramaphosa received a telephone call from President Volodymyr Zelenskyy on 15 June 2023.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E('Ramaphosa-Zelenskyy telephone call', ['telephone call'], '2023-06-15'),
    ],
    relations: [...took('Ramaphosa-Zelenskyy telephone call', 'Cyril Ramaphosa', 'Volodymyr Zelenskyy')],
  },
  {
    id: 'call-before-travelling-she-had-a-phone-call',
    form: 'government: main meeting, then "Before travelling, she had a phone call with Title B"',
    date: '2023-06-06',
    source: 'Presidency of the Council of Ministers of Italy',
    text:
      'Prime Minister Giorgia Meloni met President Kais Saied in Tunis on 6 June 2023. ' +
      'Before travelling, she had a phone call with President Emmanuel Macron.',
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      P('Kais Saied', 'President Kais Saied', 'Saied'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('Meloni-Saied meeting in Tunis', ['Meloni-Saied meeting'], '2023-06-06'),
      E('Meloni-Macron phone call', ['phone call'], '2023-06-06'),
    ],
    relations: [
      ...took('Meloni-Saied meeting in Tunis', 'Giorgia Meloni', 'Kais Saied'),
      ...took('Meloni-Macron phone call', 'Giorgia Meloni', 'Emmanuel Macron'),
    ],
  },
  {
    id: 'call-had-telephone-talks-with-title-of-state',
    form: 'ministry: "On D Month, A had telephone talks with Minister of Foreign Affairs of X B"',
    date: '2023-10-03',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text: 'On 3 October, Sergey Lavrov had telephone talks with Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó.',
    entities: [
      P('Sergey Lavrov', 'Lavrov'),
      P('Péter Szijjártó', 'Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó', 'Szijjártó'),
      E('Lavrov-Szijjártó telephone talks', ['telephone talks'], '2023-10-03'),
    ],
    relations: [...took('Lavrov-Szijjártó telephone talks', 'Sergey Lavrov', 'Péter Szijjártó')],
  },
];

/** Gatherings still to come, told in lowercase: no participants. */
const PLANNED: BankCase[] = [
  {
    id: 'planned-agreed-to-meet-again-in-country-for-trilateral-summit',
    form: 'presidency: three leaders met; "The leaders agreed to meet again in X for the next trilateral summit"',
    date: '2022-12-14',
    source: 'Presidency of the Republic of Azerbaijan',
    text:
      'President Ilham Aliyev, President Recep Tayyip Erdoğan and President Serdar Berdimuhamedov met in Avaza on 14 December 2022 for their first trilateral summit. ' +
      'The leaders agreed to meet again in Türkiye for the next trilateral summit.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Serdar Berdimuhamedov', 'President Serdar Berdimuhamedov', 'Berdimuhamedov'),
      S('Türkiye'),
      E('trilateral summit in Avaza', ['first trilateral summit'], '2022-12-14'),
      E('next trilateral summit in Türkiye', ['next trilateral summit']),
    ],
    relations: [...took('trilateral summit in Avaza', 'Ilham Aliyev', 'Recep Tayyip Erdoğan', 'Serdar Berdimuhamedov')],
  },
  {
    id: 'planned-next-session-will-take-place-in-city-in-month',
    form: 'UN: a session concluded; "the next session would take place in Geneva in Month"',
    date: '2022-06-03',
    source: 'Office of the UN Special Envoy for Syria',
    text:
      'The eighth session of the Small Body of the Syrian Constitutional Committee concluded in Geneva on 3 June 2022. ' +
      'Special Envoy Geir Pedersen said the next session would take place in Geneva in July.',
    entities: [
      P('Geir Pedersen', 'Special Envoy Geir Pedersen', 'Pedersen'),
      E('eighth session of the Small Body of the Syrian Constitutional Committee', ['eighth session'], '2022-06-03'),
      E('next session in Geneva in July', ['next session']),
    ],
    relations: [],
  },
  {
    id: 'planned-will-travel-to-for-an-official-visit',
    form: 'government: a call; "The Prime Minister will travel to City in Month for an official visit"',
    date: '2023-09-03',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese spoke with President Joe Biden by telephone on 3 September 2023. ' +
      'The Prime Minister will travel to Washington in October for an official visit.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      E('Albanese-Biden telephone call', ['Albanese-Biden call'], '2023-09-03'),
      E("Albanese's official visit to Washington", ['official visit', 'official visit to Washington']),
    ],
    relations: [...took('Albanese-Biden telephone call', 'Anthony Albanese', 'Joe Biden')],
  },
  {
    id: 'planned-invited-to-pay-state-visit-accepted',
    form: 'presidency: meeting on the margins; "A invited B to pay a state visit to X, and the invitation was accepted"',
    date: '2023-10-17',
    source: 'Presidency of the Republic of Serbia',
    text:
      'President Aleksandar Vučić met President Xi Jinping in Beijing on 17 October 2023 on the margins of the Belt and Road Forum. ' +
      'Vučić invited Xi to pay a state visit to Serbia, and the invitation was accepted.',
    entities: [
      P('Aleksandar Vučić', 'President Aleksandar Vučić', 'Vučić'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('Serbia'),
      E('Vučić-Xi meeting in Beijing', ['Vučić-Xi meeting'], '2023-10-17'),
      E('Belt and Road Forum', []),
      E("Xi's state visit to Serbia", ['state visit to Serbia']),
    ],
    relations: [
      ...took('Vučić-Xi meeting in Beijing', 'Aleksandar Vučić', 'Xi Jinping'),
      ...took('Belt and Road Forum', 'Aleksandar Vučić', 'Xi Jinping'),
      part('Vučić-Xi meeting in Beijing', 'Belt and Road Forum'),
    ],
  },
  {
    id: 'planned-next-meeting-of-leaders-will-be-hosted-by',
    form: 'Commonwealth: a meeting closed; "The next meeting of leaders will be hosted by X in Year"',
    date: '2022-06-25',
    source: 'Commonwealth Secretariat',
    text:
      'Secretary-General Patricia Scotland attended the closing session of the Commonwealth Heads of Government Meeting in Kigali on 25 June 2022. ' +
      'The next meeting of Commonwealth leaders will be hosted by Samoa in 2024.',
    entities: [
      P('Patricia Scotland', 'Secretary-General Patricia Scotland', 'Scotland'),
      S('Samoa'),
      E(
        'Commonwealth Heads of Government Meeting in Kigali',
        ['Commonwealth Heads of Government Meeting'],
        '2022-06-24',
      ),
      E('closing session of the Commonwealth Heads of Government Meeting', ['closing session'], '2022-06-25'),
      E('next meeting of Commonwealth leaders in Samoa', ['next meeting of Commonwealth leaders']),
    ],
    relations: [
      ...took('Commonwealth Heads of Government Meeting in Kigali', 'Patricia Scotland'),
      ...took('closing session of the Commonwealth Heads of Government Meeting', 'Patricia Scotland'),
      part(
        'closing session of the Commonwealth Heads of Government Meeting',
        'Commonwealth Heads of Government Meeting in Kigali',
      ),
    ],
  },
  {
    id: 'planned-to-prepare-possessive-visit-in-month',
    form: 'ministry: "A met B in City on Date to prepare President C\'s visit to X in Month"',
    date: '2023-05-17',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text: "Foreign Minister Retno Marsudi met Foreign Minister Penny Wong in Jakarta on 17 May 2023 to prepare President Joko Widodo's visit to Australia in July.",
    entities: [
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi', 'Marsudi'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      S('Australia'),
      E('Marsudi-Wong meeting in Jakarta', ['Marsudi-Wong meeting'], '2023-05-17'),
      E("Widodo's visit to Australia", ['visit to Australia']),
    ],
    relations: [...took('Marsudi-Wong meeting in Jakarta', 'Retno Marsudi', 'Penny Wong')],
  },
  {
    id: 'planned-next-round-of-consultations-in-city-in-autumn',
    form: 'ministry: consultations held; "The sides agreed to hold the next round of consultations in City in the autumn"',
    date: '2024-02-14',
    source: 'Ministry of Foreign Affairs of Latvia',
    text:
      'State Secretary Andris Pelšs held political consultations with Deputy Foreign Minister Mykola Tochytskyi in Kyiv on 14 February 2024. ' +
      'The sides agreed to hold the next round of consultations in Riga in the autumn.',
    entities: [
      P('Andris Pelšs', 'State Secretary Andris Pelšs', 'Pelšs'),
      P('Mykola Tochytskyi', 'Deputy Foreign Minister Mykola Tochytskyi', 'Tochytskyi'),
      E('political consultations in Kyiv', ['political consultations'], '2024-02-14'),
      E('next round of consultations in Riga', ['next round of consultations']),
    ],
    relations: [...took('political consultations in Kyiv', 'Andris Pelšs', 'Mykola Tochytskyi')],
  },
  {
    id: 'planned-is-expected-to-meet-at-venue',
    form: 'wire: "A is expected to meet B at <venue> on Date, a spokesperson said" (a future meeting by a verb)',
    date: '2023-02-06',
    source: 'Associated Press',
    text: 'Brazilian President Luiz Inácio Lula da Silva is expected to meet President Joe Biden at the White House on 10 February, a spokesperson said on Monday.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      E('Lula-Biden meeting at the White House', ['Biden-Lula meeting'], '2023-02-10'),
    ],
    relations: [],
  },
  {
    id: 'planned-ordinary-summit-will-be-held-in-city',
    form: 'commission: "the ordinary summit of Heads of State of X will be held in City on Date" (INVOLVES the body)',
    date: '2023-11-12',
    source: 'ECOWAS Commission',
    text: 'The ECOWAS Commission announced on 12 November 2023 that the ordinary summit of Heads of State and Government of ECOWAS will be held in Abuja on 10 December.',
    entities: [
      O('ECOWAS', 'ECOWAS Commission'),
      E('ordinary summit of Heads of State and Government of ECOWAS', ['ECOWAS summit in Abuja'], '2023-12-10'),
    ],
    relations: [...inv('ordinary summit of Heads of State and Government of ECOWAS', 'ECOWAS')],
  },
];

/** Incidents and dialogues told in lowercase, with INVOLVES. */
const INCIDENTS: BankCase[] = [
  {
    id: 'incident-violent-clashes-between-troops-in-valley',
    form: 'ministry: "strained since the violent clashes between X and Y troops in the Z Valley in Month Year"',
    date: '2023-07-13',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister S. Jaishankar met Foreign Minister Wang Yi in Jakarta on 13 July 2023. ' +
      'Ties have been strained since the violent clashes between Indian and Chinese troops in the Galwan Valley in June 2020.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      S('India', 'Indian'),
      S('China', 'Chinese'),
      E('Jaishankar-Wang meeting in Jakarta', ['Jaishankar-Wang meeting'], '2023-07-13'),
      E('clashes in the Galwan Valley', ['violent clashes between Indian and Chinese troops'], '2020-06-15'),
    ],
    relations: [
      ...took('Jaishankar-Wang meeting in Jakarta', 'S. Jaishankar', 'Wang Yi'),
      ...inv('clashes in the Galwan Valley', 'India', 'China'),
    ],
  },
  {
    id: 'incident-armed-clashes-on-the-border-since',
    form: 'government: "A hosted talks between B of X and C of Y …, following the armed clashes on the border since Date"',
    date: '2025-07-28',
    source: "Prime Minister's Office of Malaysia",
    text:
      'Prime Minister Anwar Ibrahim hosted talks between Acting Prime Minister Phumtham Wechayachai of Thailand and Prime Minister Hun Manet of Cambodia in Putrajaya on 28 July 2025, ' +
      'following the armed clashes on the border since 24 July.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Phumtham Wechayachai', 'Acting Prime Minister Phumtham Wechayachai', 'Phumtham'),
      P('Hun Manet', 'Prime Minister Hun Manet'),
      S('Thailand'),
      S('Cambodia'),
      E('talks in Putrajaya', ['Phumtham-Hun Manet talks'], '2025-07-28'),
      E('armed clashes on the border', ['armed clashes'], '2025-07-24'),
    ],
    relations: [
      ...took('talks in Putrajaya', 'Anwar Ibrahim', 'Phumtham Wechayachai', 'Hun Manet'),
      ...inv('armed clashes on the border', 'Thailand', 'Cambodia'),
    ],
  },
  {
    id: 'dialogue-only-states-held-lowercase',
    form: 'ministry: "X and Y held a strategic dialogue on … in City on Date" (only states: INVOLVES)',
    date: '2024-05-12',
    source: 'Global Affairs Canada',
    text: 'Canada and the Republic of Korea held a strategic dialogue on economic security in Ottawa on 12 May 2024.',
    entities: [
      S('Canada'),
      S('South Korea', 'Republic of Korea'),
      E('strategic dialogue on economic security', ['strategic dialogue'], '2024-05-12'),
    ],
    relations: [...inv('strategic dialogue on economic security', 'Canada', 'South Korea')],
  },
  {
    id: 'dialogue-the-political-dialogue-held-under-it',
    form: 'ministry: "X and Y upgraded ties in Year; the political dialogue held under it met in City on Date"',
    date: '2024-03-04',
    source: 'Ministry of Foreign Affairs of Italy',
    text: 'Italy and Viet Nam upgraded their ties to a comprehensive strategic partnership in 2023; the political dialogue held under it met in Rome on 4 March 2024 at the level of deputy foreign ministers.',
    entities: [
      S('Italy'),
      S('Viet Nam', 'Vietnam'),
      E('political dialogue in Rome', ['political dialogue'], '2024-03-04'),
    ],
    relations: [...inv('political dialogue in Rome', 'Italy', 'Viet Nam')],
  },
  {
    id: 'incident-blockade-imposed-by-on',
    form: 'ministry: "He denounced the economic blockade imposed by X on Y"',
    date: '2023-11-20',
    source: 'Ministry of Foreign Affairs of Cuba',
    text:
      'Foreign Minister Bruno Rodríguez Parrilla met Foreign Minister Sergey Lavrov in Moscow on 20 November 2023. ' +
      'He denounced the economic blockade imposed by the United States on Cuba.',
    entities: [
      P('Bruno Rodríguez Parrilla', 'Foreign Minister Bruno Rodríguez Parrilla', 'Rodríguez'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      S('United States'),
      S('Cuba'),
      E('Rodríguez-Lavrov meeting in Moscow', ['Rodríguez-Lavrov meeting'], '2023-11-20'),
      E('economic blockade imposed by the United States on Cuba', ['economic blockade']),
    ],
    relations: [
      ...took('Rodríguez-Lavrov meeting in Moscow', 'Bruno Rodríguez Parrilla', 'Sergey Lavrov'),
      ...inv('economic blockade imposed by the United States on Cuba', 'United States', 'Cuba'),
    ],
  },
  {
    id: 'incident-earthquakes-of-date-that-struck',
    form: 'department: "A visited City … after the earthquakes of D Month that struck X and Y"',
    date: '2023-02-19',
    source: 'U.S. Department of State',
    text: 'Secretary Blinken visited Incirlik Air Base on 19 February 2023 to see the relief effort after the earthquakes of 6 February that struck Türkiye and Syria.',
    entities: [
      P('Antony Blinken', 'Secretary Blinken', 'Blinken'),
      S('Türkiye'),
      S('Syria'),
      E("Blinken's visit to Incirlik Air Base", ['visit to Incirlik Air Base'], '2023-02-19'),
      E('earthquakes of 6 February', ['earthquakes'], '2023-02-06'),
    ],
    relations: [
      ...took("Blinken's visit to Incirlik Air Base", 'Antony Blinken'),
      ...inv('earthquakes of 6 February', 'Türkiye', 'Syria'),
    ],
  },
  {
    id: 'incident-armed-attack-on-embassy-in-city-in-month',
    form: 'ministry: "the investigation into the armed attack on the X embassy in City in Month"',
    date: '2023-11-30',
    source: 'Ministry of Foreign Affairs of Azerbaijan',
    text:
      'Foreign Minister Jeyhun Bayramov met Foreign Minister Hossein Amir-Abdollahian in Baku on 30 November 2023. ' +
      'The ministers discussed the investigation into the armed attack on the Azerbaijani embassy in Tehran in January.',
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      P('Hossein Amir-Abdollahian', 'Foreign Minister Hossein Amir-Abdollahian', 'Amir-Abdollahian'),
      S('Azerbaijan', 'Azerbaijani'),
      S('Iran'),
      E('Bayramov-Amir-Abdollahian meeting in Baku', ['meeting in Baku'], '2023-11-30'),
      E('armed attack on the Azerbaijani embassy in Tehran', ['armed attack'], '2023-01-27'),
    ],
    relations: [
      ...took('Bayramov-Amir-Abdollahian meeting in Baku', 'Jeyhun Bayramov', 'Hossein Amir-Abdollahian'),
      ...inv('armed attack on the Azerbaijani embassy in Tehran', 'Azerbaijan', 'Iran'),
    ],
  },
  {
    id: 'incident-launch-by-on-date-condemned-at-trilateral',
    form: 'ministry: "The foreign ministers of X, Y and Z met … and condemned the launch of an ICBM by W on Date"',
    date: '2023-07-14',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'Foreign Minister Park Jin, Minister for Foreign Affairs Hayashi Yoshimasa and Secretary of State Antony Blinken met in Jakarta on 14 July 2023 ' +
      'and condemned the launch of a Hwasong-18 intercontinental ballistic missile by North Korea on 12 July.',
    entities: [
      P('Park Jin', 'Foreign Minister Park Jin'),
      P('Yoshimasa Hayashi', 'Minister for Foreign Affairs Hayashi Yoshimasa', 'Hayashi'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      S('North Korea'),
      E('trilateral meeting in Jakarta', ['Park-Hayashi-Blinken meeting', 'meeting in Jakarta'], '2023-07-14'),
      E('launch of a Hwasong-18 intercontinental ballistic missile', ['launch'], '2023-07-12'),
    ],
    relations: [
      ...took('trilateral meeting in Jakarta', 'Park Jin', 'Yoshimasa Hayashi', 'Antony Blinken'),
      ...inv('launch of a Hwasong-18 intercontinental ballistic missile', 'North Korea'),
    ],
  },
  {
    id: 'incident-coup-in-country-to-discuss',
    form: 'presidency: "A received B in City on Date to discuss the coup in X"',
    date: '2023-08-09',
    source: 'Presidency of Nigeria',
    text: 'President Bola Tinubu received President Patrice Talon of Benin in Abuja on 9 August 2023 to discuss the coup in Niger.',
    entities: [
      P('Bola Tinubu', 'President Bola Tinubu', 'Tinubu'),
      P('Patrice Talon', 'President Patrice Talon', 'Talon'),
      S('Benin'),
      S('Niger'),
      E('Tinubu-Talon meeting in Abuja', ['Tinubu-Talon meeting'], '2023-08-09'),
      E('coup in Niger', []),
    ],
    relations: [
      ...took('Tinubu-Talon meeting in Abuja', 'Bola Tinubu', 'Patrice Talon'),
      ...inv('coup in Niger', 'Niger'),
    ],
  },
];

/** Passages that must give no event fact. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-regular-contacts-and-future-visits',
    form: 'generic plurals: "the importance of regular contacts and of future visits at the highest level"',
    date: '2024-04-10',
    source: 'Ministry of Foreign Affairs of Slovakia',
    text: 'Both sides stressed the importance of regular contacts and of future visits at the highest level.',
    entities: [],
    relations: [],
  },
  {
    id: 'negative-hypothetical-ready-to-visit-if',
    form: 'hypothetical: "said he would be ready to visit City if conditions allowed"',
    date: '2023-05-11',
    source: 'Reuters',
    text: 'Prime Minister Viktor Orbán said he would be ready to visit Kyiv if conditions allowed.',
    entities: [P('Viktor Orbán', 'Prime Minister Viktor Orbán', 'Orbán')],
    relations: [],
  },
  {
    id: 'negative-headline-visits-and-meetings',
    form: 'a page headline "Visits and meetings" over a sentence with no meeting',
    date: '2024-01-15',
    title: 'Visits and meetings',
    source: 'Ministry of Foreign Affairs of Estonia',
    text: "The Ministry publishes the Minister's schedule of engagements every week.",
    entities: [],
    relations: [],
  },
  {
    id: 'negative-background-predecessors-met-regularly',
    form: 'background: "Like his predecessors, who met their X counterparts regularly, A favours …"',
    date: '2024-03-05',
    source: 'Associated Press',
    text: 'Like his predecessors, who met their Russian counterparts regularly, President Alexander Stubb favours direct channels of communication.',
    entities: [P('Alexander Stubb', 'President Alexander Stubb', 'Stubb')],
    relations: [],
  },
  {
    id: 'negative-standing-invitation-to-visit-at-any-time',
    form: 'generic: "extended a standing invitation to all leaders to visit at any time"',
    date: '2023-09-20',
    source: 'Government of Fiji',
    text: 'Prime Minister Sitiveni Rabuka extended a standing invitation to all Pacific leaders to visit Suva at any time.',
    entities: [P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka', 'Rabuka')],
    relations: [],
  },
  {
    id: 'negative-visa-free-visits',
    form: 'not an event: "visa-free visits of up to 30 days"',
    date: '2024-01-01',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text: 'Citizens of Kazakhstan may make visa-free visits of up to 30 days to Viet Nam.',
    entities: [S('Kazakhstan'), S('Viet Nam')],
    relations: [],
  },
  {
    id: 'negative-renewed-his-call-for-ceasefire',
    form: 'not a call: "renewed his call for an immediate ceasefire"',
    date: '2024-02-20',
    source: 'United Nations',
    text: 'Secretary-General António Guterres renewed his call for an immediate humanitarian ceasefire.',
    entities: [P('António Guterres', 'Secretary-General António Guterres', 'Guterres')],
    relations: [],
  },
  {
    id: 'negative-more-than-forty-bilateral-meetings',
    form: 'a count: "held more than forty bilateral meetings over the past year"',
    date: '2023-12-28',
    source: 'Office of the Prime Minister of Canada',
    text: 'Over the past year, Prime Minister Justin Trudeau held more than forty bilateral meetings with his counterparts.',
    entities: [P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau')],
    relations: [],
  },
  {
    id: 'negative-received-tourists',
    form: 'not a meeting: "X received over 20 million tourists in Year"',
    date: '2024-01-10',
    source: 'Croatian National Tourist Board',
    text: 'Croatia received more than 20 million tourists in 2023, Minister Nikolina Brnjac said.',
    entities: [S('Croatia'), P('Nikolina Brnjac', 'Minister Nikolina Brnjac', 'Brnjac')],
    relations: [],
  },
  {
    id: 'negative-if-elected-would-meet',
    form: 'hypothetical: "said that, if elected, he would meet B within a month"',
    date: '2024-10-30',
    source: 'Associated Press',
    text: 'Former President Donald Trump said that, if elected, he would meet President Vladimir Putin within a month.',
    entities: [
      P('Donald Trump', 'Former President Donald Trump', 'Trump'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
    ],
    relations: [],
  },
  {
    id: 'negative-statement-accompanied-by-fact-sheet',
    form: 'not participants: "The statement was accompanied by a fact sheet"',
    date: '2024-06-13',
    source: 'The White House',
    text: 'The joint statement was accompanied by a fact sheet on the outcomes of the partnership.',
    entities: [],
    relations: [],
  },
];

/** The bank: 62 passages. */
export const EVENT_BANK: BankCase[] = [...VISITS, ...VERB_TOLD, ...CALLS, ...PLANNED, ...INCIDENTS, ...NEGATIVES];
