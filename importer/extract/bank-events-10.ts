// The tenth events paraphrase bank (issue 6, round ev18): a blind bank written before any rule change of the round,
// with its weight on who took part. Constructions the nine earlier events banks do not hold: participants told apart
// from the event's sentence ("Also attending were", a colon list of a delegation, "flanked by", "Sitting in on the
// talks were", "The meeting was also attended by", a delegation whose members are named in the next sentence, the
// visitor "was received" in the next sentence), participants told by office only, by pronoun, by "the pair", "both
// ministers" and "the two leaders" for a second event; multilateral gatherings (plural titles "Presidents A of X and B
// of Y", a dash-enclosed list of ministers, co-hosts, invited guests and outreach sessions, a state "represented by"
// someone, a leader who "did not attend", an observer, a leader taking part by video link); sessions inside a visit or
// summit and who took part in which; REACHED_AT ("The talks ended with the signing of", "witnessed the signing of",
// "concluded during the visit", adopted at a summit's closing session, an exchange of notes at a meeting and one told
// by a place only); and negatives (future meetings with named participants, people thanked or quoted, a spokesperson
// who briefed reporters afterwards, a summit "expected to be attended by", a delegation "will be led by"). House
// styles of many issuers (presidencies, ministries, wires, UN, AU, EAC, ASEAN, Arab League, EU, G7, BRICS, Quad).
// Its area is Events, PARTICIPATED_IN, PART_OF and REACHED_AT. Same format and runner as the earlier events banks
// (`npm run bank -- events-10`).
// First pass (blind, bank at 1828a67, rules of main 6111230): 25/64 cases pass; facts found 207/320 (64.7 %), false
// facts 31.
import { type BankCase, A, E, O, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

/** Participants told apart from the sentence that tells the event. */
const APART: BankCase[] = [
  {
    id: 'apart-also-attending-were',
    form: 'chancellery: "A received B at <building> on Date. Also attending were Title C and Title D"',
    date: '2023-02-09',
    source: 'Federal Chancellery of Austria',
    text:
      'Chancellor Karl Nehammer received Czech Prime Minister Petr Fiala at the Federal Chancellery in Vienna on 9 February 2023. ' +
      'Also attending were Foreign Minister Alexander Schallenberg and Czech Foreign Minister Jan Lipavský.',
    entities: [
      P('Karl Nehammer', 'Chancellor Karl Nehammer', 'Nehammer'),
      P('Petr Fiala', 'Czech Prime Minister Petr Fiala', 'Fiala'),
      P('Alexander Schallenberg', 'Foreign Minister Alexander Schallenberg', 'Schallenberg'),
      P('Jan Lipavský', 'Czech Foreign Minister Jan Lipavský', 'Lipavský'),
      E('Nehammer-Fiala meeting in Vienna', ['Nehammer-Fiala meeting'], '2023-02-09'),
    ],
    relations: [
      ...took(
        'Nehammer-Fiala meeting in Vienna',
        'Karl Nehammer',
        'Petr Fiala',
        'Alexander Schallenberg',
        'Jan Lipavský',
      ),
    ],
  },
  {
    id: 'apart-delegation-comprised-colon-list',
    form: 'external affairs: "A held talks with B at <venue>. The X delegation at the talks comprised: C; D; and E" (a colon list)',
    date: '2023-06-22',
    source: 'Ministry of External Affairs (India)',
    text:
      'Prime Minister Narendra Modi held talks with President Joe Biden at the White House on 22 June 2023. ' +
      'The Indian delegation at the talks comprised: External Affairs Minister S. Jaishankar; National Security Adviser Ajit Doval; and Foreign Secretary Vinay Kwatra.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Ajit Doval', 'National Security Adviser Ajit Doval', 'Doval'),
      P('Vinay Kwatra', 'Foreign Secretary Vinay Kwatra', 'Kwatra'),
      E('Modi-Biden talks at the White House', ['talks', 'Modi-Biden talks'], '2023-06-22'),
    ],
    relations: [
      ...took(
        'Modi-Biden talks at the White House',
        'Narendra Modi',
        'Joe Biden',
        'S. Jaishankar',
        'Ajit Doval',
        'Vinay Kwatra',
      ),
    ],
  },
  {
    id: 'apart-accompanied-by-in-apposition-to-the-subject',
    form: 'prime minister\'s office: "A, accompanied by Title C, met B at <venue> in City on Date" (apposition inside the subject)',
    date: '2023-11-06',
    source: 'Prime Minister of Australia',
    text: 'Prime Minister Anthony Albanese, accompanied by Foreign Minister Penny Wong, met President Xi Jinping at the Great Hall of the People in Beijing on 6 November 2023.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      E('Albanese-Xi meeting in Beijing', ['Albanese-Xi meeting'], '2023-11-06'),
    ],
    relations: [...took('Albanese-Xi meeting in Beijing', 'Anthony Albanese', 'Penny Wong', 'Xi Jinping')],
  },
  {
    id: 'apart-joined-by-in-apposition-trilateral',
    form: 'presidency: "A, joined by Title C, held a trilateral meeting with B at <palace> on Date"',
    date: '2024-05-06',
    source: 'Présidence de la République (Elysée)',
    text: 'President Emmanuel Macron, joined by European Commission President Ursula von der Leyen, held a trilateral meeting with President Xi Jinping at the Elysée Palace on 6 May 2024.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Ursula von der Leyen', 'European Commission President Ursula von der Leyen', 'von der Leyen'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      E(
        'trilateral meeting at the Elysée Palace',
        ['trilateral meeting', 'Macron-von der Leyen-Xi meeting'],
        '2024-05-06',
      ),
    ],
    relations: [
      ...took('trilateral meeting at the Elysée Palace', 'Emmanuel Macron', 'Ursula von der Leyen', 'Xi Jinping'),
    ],
  },
  {
    id: 'apart-met-in-the-presence-of',
    form: 'UN: "A met B in City on Date, in the presence of Title C" (a meeting, not a signing, with someone present)',
    date: '2022-04-28',
    source: 'United Nations (Office of the Spokesperson)',
    text: 'The Secretary-General, António Guterres, met President Volodymyr Zelenskyy in Kyiv on 28 April 2022, in the presence of Foreign Minister Dmytro Kuleba.',
    entities: [
      P('António Guterres', 'Secretary-General', 'Guterres'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba'),
      E('Guterres-Zelenskyy meeting in Kyiv', ['Guterres-Zelenskyy meeting'], '2022-04-28'),
    ],
    relations: [
      ...took('Guterres-Zelenskyy meeting in Kyiv', 'António Guterres', 'Volodymyr Zelenskyy', 'Dmytro Kuleba'),
    ],
  },
  {
    id: 'apart-arrived-then-the-president-was-received-by',
    form: 'presidency: "A arrived in City on Date for a state visit to X. The President was received at <venue> by B on Date" (office subject, next sentence)',
    date: '2023-04-14',
    source: 'Presidency of the Republic of Brazil (Planalto)',
    text:
      'President Luiz Inácio Lula da Silva arrived in Beijing on 13 April 2023 for a state visit to China. ' +
      'The President was received at the Great Hall of the People by President Xi Jinping on 14 April.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula', 'The President'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('China'),
      E("Lula's state visit to China", ['state visit to China', 'state visit'], '2023-04-13'),
      E('Lula-Xi meeting at the Great Hall of the People', ['Lula-Xi meeting'], '2023-04-14'),
    ],
    relations: [
      ...took("Lula's state visit to China", 'Luiz Inácio Lula da Silva'),
      ...took('Lula-Xi meeting at the Great Hall of the People', 'Luiz Inácio Lula da Silva', 'Xi Jinping'),
      part('Lula-Xi meeting at the Great Hall of the People', "Lula's state visit to China"),
    ],
  },
  {
    id: 'apart-delegations-led-by-then-each-side-included',
    form: 'ministry: "Delegations led by A and B held talks in City on Date. The X side included C; the Y side included D"',
    date: '2023-11-03',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Delegations led by Prime Minister Kishida Fumio and President Ferdinand R. Marcos Jr. held talks in Manila on 3 November 2023. ' +
      'The Japanese side included Foreign Minister Kamikawa Yoko; the Philippine side included Secretary of Foreign Affairs Enrique Manalo.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio', 'Kishida'),
      P('Ferdinand R. Marcos Jr.', 'President Ferdinand R. Marcos Jr.', 'Marcos'),
      P('Yoko Kamikawa', 'Foreign Minister Kamikawa Yoko', 'Kamikawa Yoko', 'Kamikawa'),
      P('Enrique Manalo', 'Secretary of Foreign Affairs Enrique Manalo', 'Manalo'),
      E('Kishida-Marcos talks in Manila', ['talks', 'Kishida-Marcos talks', 'Japan-Philippines talks'], '2023-11-03'),
    ],
    relations: [
      ...took(
        'Kishida-Marcos talks in Manila',
        'Fumio Kishida',
        'Ferdinand R. Marcos Jr.',
        'Yoko Kamikawa',
        'Enrique Manalo',
      ),
    ],
  },
  {
    id: 'apart-participating-in-the-talks-were',
    form: 'federal government: "A held talks with B in City on Date. Participating in the talks were Title C and Title D"',
    date: '2023-07-10',
    source: 'Press and Information Office of the Federal Government (Germany)',
    text:
      'Chancellor Olaf Scholz held talks with President Joe Biden in Vilnius on 10 July 2023. ' +
      'Participating in the talks were Foreign Minister Annalena Baerbock and Secretary of State Antony Blinken.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      E('Scholz-Biden talks in Vilnius', ['talks', 'Scholz-Biden talks'], '2023-07-10'),
    ],
    relations: [
      ...took('Scholz-Biden talks in Vilnius', 'Olaf Scholz', 'Joe Biden', 'Annalena Baerbock', 'Antony Blinken'),
    ],
  },
  {
    id: 'apart-was-flanked-by',
    form: 'wire: "A met B at <palace> on Date. A was flanked by Title C and Title D"',
    date: '2024-02-14',
    source: 'Anadolu Agency',
    text:
      'President Recep Tayyip Erdoğan met President Abdel Fattah al-Sisi at the Ittihadiya Palace in Cairo on 14 February 2024. ' +
      'Erdoğan was flanked by Foreign Minister Hakan Fidan and intelligence chief İbrahim Kalın.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Abdel Fattah al-Sisi', 'President Abdel Fattah al-Sisi', 'al-Sisi', 'Sisi'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan', 'Fidan'),
      P('İbrahim Kalın', 'intelligence chief İbrahim Kalın', 'Kalın'),
      E('Erdoğan-Sisi meeting in Cairo', ['Erdoğan-Sisi meeting', 'Erdoğan-al-Sisi meeting'], '2024-02-14'),
    ],
    relations: [
      ...took(
        'Erdoğan-Sisi meeting in Cairo',
        'Recep Tayyip Erdoğan',
        'Abdel Fattah al-Sisi',
        'Hakan Fidan',
        'İbrahim Kalın',
      ),
    ],
  },
  {
    id: 'apart-held-with-the-participation-of-named',
    form: 'news agency: "The talks between A and B were held at <palace> with the participation of Title C and Title D"',
    date: '2024-06-19',
    source: 'Korean Central News Agency',
    text: 'The talks between Chairman Kim Jong Un and President Vladimir Putin were held at the Kumsusan Guesthouse on 19 June 2024 with the participation of Foreign Minister Choe Son Hui and Foreign Minister Sergey Lavrov.',
    entities: [
      P('Kim Jong Un', 'Chairman Kim Jong Un', 'Kim'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Choe Son Hui', 'Foreign Minister Choe Son Hui', 'Choe'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      E('Kim-Putin talks at the Kumsusan Guesthouse', ['talks', 'Kim-Putin talks'], '2024-06-19'),
    ],
    relations: [
      ...took(
        'Kim-Putin talks at the Kumsusan Guesthouse',
        'Kim Jong Un',
        'Vladimir Putin',
        'Choe Son Hui',
        'Sergey Lavrov',
      ),
    ],
  },
  {
    id: 'apart-sitting-in-on-the-talks-were',
    form: 'wire: "A and B met in City on Date. Sitting in on the talks were C and D" (a phrasal verb, inverted)',
    date: '2023-11-15',
    source: 'Reuters',
    text:
      'U.S. President Joe Biden and Chinese President Xi Jinping met at the Filoli estate near San Francisco on 15 November 2023. ' +
      'Sitting in on the talks were Secretary of State Antony Blinken and Foreign Minister Wang Yi.',
    entities: [
      P('Joe Biden', 'U.S. President Joe Biden', 'Biden'),
      P('Xi Jinping', 'Chinese President Xi Jinping', 'Xi'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      E('Biden-Xi meeting at the Filoli estate', ['Biden-Xi meeting', 'Biden-Xi talks'], '2023-11-15'),
    ],
    relations: [
      ...took('Biden-Xi meeting at the Filoli estate', 'Joe Biden', 'Xi Jinping', 'Antony Blinken', 'Wang Yi'),
    ],
  },
  {
    id: 'apart-the-meeting-was-also-attended-by',
    form: 'presidency: "A received B at <palace> on Date. The meeting was also attended by Title C and Title D" (passive)',
    date: '2023-07-24',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan received Prime Minister Shehbaz Sharif at the Dolmabahçe Working Office in Istanbul on 24 July 2023. ' +
      'The meeting was also attended by Foreign Minister Hakan Fidan and Foreign Minister Bilawal Bhutto Zardari.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif', 'Sharif'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan', 'Fidan'),
      P('Bilawal Bhutto Zardari', 'Foreign Minister Bilawal Bhutto Zardari', 'Bhutto Zardari'),
      E('Erdoğan-Sharif meeting in Istanbul', ['Erdoğan-Sharif meeting', 'meeting'], '2023-07-24'),
    ],
    relations: [
      ...took(
        'Erdoğan-Sharif meeting in Istanbul',
        'Recep Tayyip Erdoğan',
        'Shehbaz Sharif',
        'Hakan Fidan',
        'Bilawal Bhutto Zardari',
      ),
    ],
  },
  {
    id: 'apart-also-took-part-in-the-talks-postposed',
    form: 'ministry: "A hosted B in City on Date. Ministers C and D also took part in the talks" (a plural title before two names)',
    date: '2023-03-16',
    source: "Prime Minister's Office of Japan",
    text:
      'Prime Minister Kishida Fumio hosted President Yoon Suk Yeol in Tokyo on 16 March 2023. ' +
      'Foreign Ministers Hayashi Yoshimasa and Park Jin also took part in the talks.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio', 'Kishida'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Yoshimasa Hayashi', 'Hayashi Yoshimasa', 'Hayashi'),
      P('Park Jin', 'Park'),
      E('Kishida-Yoon talks in Tokyo', ['talks', 'Kishida-Yoon talks', 'Kishida-Yoon meeting'], '2023-03-16'),
    ],
    relations: [
      ...took('Kishida-Yoon talks in Tokyo', 'Fumio Kishida', 'Yoon Suk Yeol', 'Yoshimasa Hayashi', 'Park Jin'),
    ],
  },
];

/** Participants told by office only, by pronoun, by "the pair", "both ministers" or "the two leaders". */
const REFERRED: BankCase[] = [
  {
    id: 'ref-the-secretary-met-after-travelled-for-a-visit',
    form: 'department: "Secretary A travelled to City on Date for a visit to X. The Secretary met B at <palace> that evening"',
    date: '2023-06-06',
    source: 'U.S. Department of State',
    text:
      'Secretary of State Antony Blinken travelled to Jeddah on 6 June 2023 for a three-day visit to Saudi Arabia. ' +
      'The Secretary met Crown Prince Mohammed bin Salman at Al-Salam Palace that evening.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken', 'The Secretary'),
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      S('Saudi Arabia'),
      E("Blinken's visit to Saudi Arabia", ['three-day visit to Saudi Arabia', 'visit'], '2023-06-06'),
      E(
        'Blinken-Mohammed bin Salman meeting at Al-Salam Palace',
        ['Blinken-Mohammed bin Salman meeting'],
        '2023-06-06',
      ),
    ],
    relations: [
      ...took("Blinken's visit to Saudi Arabia", 'Antony Blinken'),
      ...took('Blinken-Mohammed bin Salman meeting at Al-Salam Palace', 'Antony Blinken', 'Mohammed bin Salman'),
      part('Blinken-Mohammed bin Salman meeting at Al-Salam Palace', "Blinken's visit to Saudi Arabia"),
    ],
  },
  {
    id: 'ref-welcomed-then-they-held-talks',
    form: 'No. 10: "A welcomed B to <residence> on Date, and they then held talks over a working lunch" (pronoun subject)',
    date: '2023-04-27',
    source: "Prime Minister's Office, 10 Downing Street",
    text: 'Prime Minister Rishi Sunak welcomed Prime Minister Giorgia Meloni to Downing Street on 27 April 2023, and they then held talks over a working lunch.',
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      E('Sunak-Meloni talks at Downing Street', ['talks', 'Sunak-Meloni talks', 'working lunch'], '2023-04-27'),
    ],
    relations: [...took('Sunak-Meloni talks at Downing Street', 'Rishi Sunak', 'Giorgia Meloni')],
  },
  {
    id: 'ref-both-ministers-addressed-a-joint-press-conference',
    form: 'ministry: "A received B in City on Date. Both ministers later addressed a joint press conference" (a session by "both")',
    date: '2023-10-08',
    source: 'Ministry of Foreign Affairs of Algeria',
    text:
      'Foreign Minister Ahmed Attaf received his Tunisian counterpart Nabil Ammar in Algiers on 8 October 2023. ' +
      'Both ministers later addressed a joint press conference.',
    entities: [
      P('Ahmed Attaf', 'Foreign Minister Ahmed Attaf', 'Attaf'),
      P('Nabil Ammar', 'Ammar'),
      E('Attaf-Ammar meeting in Algiers', ['Attaf-Ammar meeting'], '2023-10-08'),
      E('joint press conference', [], '2023-10-08'),
    ],
    relations: [
      ...took('Attaf-Ammar meeting in Algiers', 'Ahmed Attaf', 'Nabil Ammar'),
      ...took('joint press conference', 'Ahmed Attaf', 'Nabil Ammar'),
      part('joint press conference', 'Attaf-Ammar meeting in Algiers'),
    ],
  },
  {
    id: 'ref-the-two-leaders-attended-a-parade-earlier',
    form: 'external affairs: "A and B held talks in City on Date. Earlier in the day, the two leaders attended the X parade" (a second event)',
    date: '2023-07-14',
    source: 'Ministry of External Affairs (India)',
    text:
      'Prime Minister Narendra Modi and President Emmanuel Macron held talks at the Elysée Palace on 14 July 2023. ' +
      'Earlier in the day, the two leaders attended the Bastille Day parade on the Champs-Elysées.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('Modi-Macron talks at the Elysée Palace', ['talks', 'Modi-Macron talks'], '2023-07-14'),
      E('Bastille Day parade', ['Bastille Day parade on the Champs-Elysées'], '2023-07-14'),
    ],
    relations: [
      ...took('Modi-Macron talks at the Elysée Palace', 'Narendra Modi', 'Emmanuel Macron'),
      ...took('Bastille Day parade', 'Narendra Modi', 'Emmanuel Macron'),
    ],
  },
  {
    id: 'ref-the-head-of-state-on-the-sidelines',
    form: 'state house: "President A opened the X Summit in City on Date. On its sidelines, the Head of State held a bilateral meeting with B"',
    date: '2023-09-04',
    source: 'State House Kenya',
    text:
      'President William Ruto opened the Africa Climate Summit in Nairobi on 4 September 2023. ' +
      'On its sidelines, the Head of State held a bilateral meeting with UN Secretary-General António Guterres.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto', 'the Head of State'),
      P('António Guterres', 'UN Secretary-General António Guterres', 'Guterres'),
      E('Africa Climate Summit', ['Africa Climate Summit in Nairobi'], '2023-09-04'),
      E('Ruto-Guterres meeting', ['bilateral meeting'], '2023-09-04'),
    ],
    relations: [
      ...took('Africa Climate Summit', 'William Ruto', 'António Guterres'),
      ...took('Ruto-Guterres meeting', 'William Ruto', 'António Guterres'),
      part('Ruto-Guterres meeting', 'Africa Climate Summit'),
    ],
  },
  {
    id: 'ref-the-pair-held-a-one-on-one-then-talks',
    form: 'wire: "A welcomed B to City on Date at the start of a state visit. The pair held an informal one-on-one, followed by official talks the next day"',
    date: '2023-03-20',
    source: 'Agence France-Presse',
    text:
      'President Vladimir Putin welcomed President Xi Jinping to Moscow on 20 March 2023 at the start of a three-day state visit. ' +
      'The pair held an informal one-on-one meeting at the Kremlin that evening, followed by official talks the next day.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      E("Xi's state visit to Russia", ['three-day state visit', 'state visit'], '2023-03-20'),
      E(
        'informal one-on-one meeting at the Kremlin',
        ['one-on-one meeting', 'Putin-Xi one-on-one meeting'],
        '2023-03-20',
      ),
      E('official talks', ['Putin-Xi talks', 'Putin-Xi official talks'], '2023-03-21'),
    ],
    relations: [
      ...took("Xi's state visit to Russia", 'Xi Jinping'),
      ...took('informal one-on-one meeting at the Kremlin', 'Vladimir Putin', 'Xi Jinping'),
      ...took('official talks', 'Vladimir Putin', 'Xi Jinping'),
      part('informal one-on-one meeting at the Kremlin', "Xi's state visit to Russia"),
      part('official talks', "Xi's state visit to Russia"),
    ],
  },
  {
    id: 'ref-he-later-called-on-after-a-first-meeting',
    form: 'ministry: "A met B in City on Date. He later called on Title C at <venue>" (a pronoun for the visitor in a second meeting)',
    date: '2023-07-28',
    source: 'Ministry of Foreign Affairs of Singapore',
    text:
      'Minister for Foreign Affairs Vivian Balakrishnan met Foreign Minister Wang Yi in Beijing on 28 July 2023. ' +
      'He later called on Vice President Han Zheng at the Zhongnanhai.',
    entities: [
      P('Vivian Balakrishnan', 'Minister for Foreign Affairs Vivian Balakrishnan', 'Balakrishnan'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      P('Han Zheng', 'Vice President Han Zheng', 'Han'),
      E('Balakrishnan-Wang meeting in Beijing', ['Balakrishnan-Wang meeting'], '2023-07-28'),
      E('Balakrishnan-Han call', ['Balakrishnan-Han meeting', 'call on Vice President Han Zheng'], '2023-07-28'),
    ],
    relations: [
      ...took('Balakrishnan-Wang meeting in Beijing', 'Vivian Balakrishnan', 'Wang Yi'),
      ...took('Balakrishnan-Han call', 'Vivian Balakrishnan', 'Han Zheng'),
    ],
  },
  {
    id: 'ref-the-foreign-minister-after-full-name-second-meeting',
    form: 'ministry: "Foreign Minister A held consultations with his <demonym> counterpart B in City on Date. The Foreign Minister was also received by President C"',
    date: '2023-05-15',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Foreign Minister Murat Nurtleu held consultations with his Azerbaijani counterpart Jeyhun Bayramov in Baku on 15 May 2023. ' +
      'The Foreign Minister was also received by President Ilham Aliyev.',
    entities: [
      P('Murat Nurtleu', 'Foreign Minister Murat Nurtleu', 'Nurtleu'),
      P('Jeyhun Bayramov', 'Bayramov'),
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      E('Nurtleu-Bayramov consultations in Baku', ['consultations', 'Nurtleu-Bayramov consultations'], '2023-05-15'),
      E('Aliyev-Nurtleu meeting', ['Nurtleu-Aliyev meeting'], '2023-05-15'),
    ],
    relations: [
      ...took('Nurtleu-Bayramov consultations in Baku', 'Murat Nurtleu', 'Jeyhun Bayramov'),
      ...took('Aliyev-Nurtleu meeting', 'Murat Nurtleu', 'Ilham Aliyev'),
    ],
  },
  {
    id: 'ref-the-two-presidents-then-jointly-opened',
    form: 'presidency: "A and B met in City on Date. The two Presidents then jointly opened the X" (a second event by "the two Presidents")',
    date: '2023-10-26',
    source: 'Presidency of the Republic of Serbia',
    text:
      'President Aleksandar Vučić and President Kassym-Jomart Tokayev met in Belgrade on 26 October 2023. ' +
      'The two Presidents then jointly opened the Serbia-Kazakhstan Business Forum.',
    entities: [
      P('Aleksandar Vučić', 'President Aleksandar Vučić', 'Vučić'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      E('Vučić-Tokayev meeting in Belgrade', ['Vučić-Tokayev meeting'], '2023-10-26'),
      E('Serbia-Kazakhstan Business Forum', [], '2023-10-26'),
    ],
    relations: [
      ...took('Vučić-Tokayev meeting in Belgrade', 'Aleksandar Vučić', 'Kassym-Jomart Tokayev'),
      ...took('Serbia-Kazakhstan Business Forum', 'Aleksandar Vučić', 'Kassym-Jomart Tokayev'),
    ],
  },
  {
    id: 'ref-the-two-ministers-then-visited-together',
    form: 'department: "A met B in City on Date. The two ministers then toured the X together" (a visit to a site by both)',
    date: '2023-08-04',
    source: 'Global Affairs Canada',
    text:
      'Minister of Foreign Affairs Mélanie Joly met Foreign Minister Álvaro Leyva in Bogotá on 4 August 2023. ' +
      'The two ministers then visited the Museum of Memory together.',
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly', 'Joly'),
      P('Álvaro Leyva', 'Foreign Minister Álvaro Leyva', 'Leyva'),
      E('Joly-Leyva meeting in Bogotá', ['Joly-Leyva meeting'], '2023-08-04'),
      E('visit to the Museum of Memory', ['Joly-Leyva visit to the Museum of Memory'], '2023-08-04'),
    ],
    relations: [
      ...took('Joly-Leyva meeting in Bogotá', 'Mélanie Joly', 'Álvaro Leyva'),
      ...took('visit to the Museum of Memory', 'Mélanie Joly', 'Álvaro Leyva'),
    ],
  },
];

/** Multilateral gatherings: lists of leaders, co-hosts, guests, those represented, absent or observing. */
const MULTI: BankCase[] = [
  {
    id: 'multi-plural-title-list-of-presidents-attended',
    form: 'EAC: "The Nth Ordinary Summit of the X was held in City on Date, attended by Presidents A of X, B of Y and C of Z" (plural title)',
    date: '2023-11-24',
    source: 'East African Community Secretariat',
    text: 'The 23rd Ordinary Summit of the EAC Heads of State was held in Arusha on 24 November 2023, attended by Presidents Yoweri Museveni of Uganda, William Ruto of Kenya and Salva Kiir of South Sudan.',
    entities: [
      P('Yoweri Museveni', 'Museveni'),
      P('William Ruto', 'Ruto'),
      P('Salva Kiir', 'Kiir'),
      O('East African Community', 'EAC'),
      E('23rd Ordinary Summit of the EAC Heads of State', ['23rd Ordinary EAC Summit'], '2023-11-24'),
    ],
    relations: [
      ...took('23rd Ordinary Summit of the EAC Heads of State', 'Yoweri Museveni', 'William Ruto', 'Salva Kiir'),
    ],
  },
  {
    id: 'multi-chaired-attended-by-one-by-video-link-represented',
    form: 'presidency: "A chaired the X Summit in City on Date, attended by B, C and D. Y was represented by E; F took part by video link"',
    date: '2023-08-23',
    source: 'The Presidency (South Africa)',
    text:
      'President Cyril Ramaphosa chaired the 15th BRICS Summit in Johannesburg on 23 August 2023, attended by President Luiz Inácio Lula da Silva, Prime Minister Narendra Modi and President Xi Jinping. ' +
      'Russia was represented by Foreign Minister Sergey Lavrov; President Vladimir Putin took part by video link.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      O('BRICS'),
      E('15th BRICS Summit', ['BRICS Summit'], '2023-08-23'),
    ],
    relations: [
      ...took(
        '15th BRICS Summit',
        'Cyril Ramaphosa',
        'Luiz Inácio Lula da Silva',
        'Narendra Modi',
        'Xi Jinping',
        'Sergey Lavrov',
        'Vladimir Putin',
      ),
    ],
  },
  {
    id: 'multi-co-hosted-by-two',
    form: 'foreign office: "The X Conference took place in City on Date, co-hosted by Title A and Title B" (co-hosts)',
    date: '2023-06-21',
    source: 'Foreign, Commonwealth & Development Office',
    text: 'The Ukraine Recovery Conference took place in London on 21 and 22 June 2023, co-hosted by Foreign Secretary James Cleverly and Prime Minister of Ukraine Denys Shmyhal.',
    entities: [
      P('James Cleverly', 'Foreign Secretary James Cleverly', 'Cleverly'),
      P('Denys Shmyhal', 'Prime Minister of Ukraine Denys Shmyhal', 'Shmyhal'),
      E('Ukraine Recovery Conference', ['Ukraine Recovery Conference in London'], '2023-06-21'),
    ],
    relations: [...took('Ukraine Recovery Conference', 'James Cleverly', 'Denys Shmyhal')],
  },
  {
    id: 'multi-invited-leaders-joined-the-outreach-session',
    form: 'G7 presidency: "At the X Summit, invited leaders A, B and C joined the outreach session on Date" (guests in a session)',
    date: '2023-05-20',
    source: 'G7 Hiroshima Summit (Government of Japan)',
    text: 'At the G7 Hiroshima Summit, invited leaders Prime Minister Narendra Modi, President Luiz Inácio Lula da Silva and President Joko Widodo joined the outreach session on 20 May 2023.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      O('G7'),
      E('G7 Hiroshima Summit', ['G7 Summit'], '2023-05-19'),
      E('outreach session', ['G7 outreach session'], '2023-05-20'),
    ],
    relations: [
      ...took('G7 Hiroshima Summit', 'Narendra Modi', 'Luiz Inácio Lula da Silva', 'Joko Widodo'),
      ...took('outreach session', 'Narendra Modi', 'Luiz Inácio Lula da Silva', 'Joko Widodo'),
      part('outreach session', 'G7 Hiroshima Summit'),
    ],
  },
  {
    id: 'multi-did-not-attend-represented-by',
    form: 'wire: "A hosted the X Summit in City on D-D. B did not attend; Y was represented by Title C" (absent, represented)',
    date: '2023-09-09',
    source: 'Associated Press',
    text:
      'Prime Minister Narendra Modi hosted the G20 Summit in New Delhi on 9 and 10 September 2023. ' +
      'President Xi Jinping did not attend; China was represented by Premier Li Qiang.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Li Qiang', 'Premier Li Qiang', 'Li'),
      O('G20'),
      E('G20 Summit in New Delhi', ['G20 Summit', 'G20 New Delhi Summit'], '2023-09-09'),
    ],
    relations: [...took('G20 Summit in New Delhi', 'Narendra Modi', 'Li Qiang')],
  },
  {
    id: 'multi-delegation-led-by-vice-president-absent-leader',
    form: 'news agency: "The Nth X Summit opened in City on Date, chaired by A. B did not attend; the Y delegation was led by Title C"',
    date: '2023-05-19',
    source: 'Saudi Press Agency',
    text:
      'The 32nd Arab League Summit opened in Jeddah on 19 May 2023, chaired by Crown Prince Mohammed bin Salman. ' +
      'President Sheikh Mohamed bin Zayed Al Nahyan did not attend; the UAE delegation was led by Vice President Sheikh Mansour bin Zayed Al Nahyan.',
    entities: [
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      P('Mohamed bin Zayed Al Nahyan', 'President Sheikh Mohamed bin Zayed Al Nahyan', 'Sheikh Mohamed bin Zayed'),
      P('Mansour bin Zayed Al Nahyan', 'Vice President Sheikh Mansour bin Zayed Al Nahyan', 'Sheikh Mansour bin Zayed'),
      O('Arab League', 'League of Arab States'),
      E('32nd Arab League Summit', ['Arab League Summit', 'Jeddah Summit'], '2023-05-19'),
    ],
    relations: [...took('32nd Arab League Summit', 'Mohammed bin Salman', 'Mansour bin Zayed Al Nahyan')],
  },
  {
    id: 'multi-addressed-as-an-invited-guest',
    form: 'news agency: "The X Summit was held in City on Date. Title A addressed the summit as an invited guest" (a guest takes part)',
    date: '2023-05-19',
    source: 'Ukrinform',
    text:
      'The Arab League Summit was held in Jeddah on 19 May 2023. ' +
      'President Volodymyr Zelenskyy addressed the summit in person as an invited guest.',
    entities: [
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      O('Arab League', 'League of Arab States'),
      E('Arab League Summit', ['Arab League Summit in Jeddah'], '2023-05-19'),
    ],
    relations: [...took('Arab League Summit', 'Volodymyr Zelenskyy')],
  },
  {
    id: 'multi-attended-as-an-observer',
    form: 'ASEAN: "The Nth X Summit was held in City on D-D, chaired by A. Title B of Y attended as an observer"',
    date: '2023-05-10',
    source: 'ASEAN Secretariat',
    text:
      'The 42nd ASEAN Summit was held in Labuan Bajo on 10 and 11 May 2023, chaired by President Joko Widodo. ' +
      'Prime Minister Taur Matan Ruak of Timor-Leste attended as an observer.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Taur Matan Ruak', 'Prime Minister Taur Matan Ruak', 'Ruak'),
      O('ASEAN'),
      S('Timor-Leste'),
      E('42nd ASEAN Summit', ['ASEAN Summit'], '2023-05-10'),
    ],
    relations: [...took('42nd ASEAN Summit', 'Joko Widodo', 'Taur Matan Ruak')],
  },
  {
    id: 'multi-dash-enclosed-list-of-ministers',
    form: 'department: "The foreign ministers of the X — A, B, C and D — met in City on Date" (a list in dashes)',
    date: '2024-07-29',
    source: 'Department of Foreign Affairs and Trade (Australia)',
    text: 'The foreign ministers of the Quad — Antony Blinken, Penny Wong, Kamikawa Yoko and S. Jaishankar — met in Tokyo on 29 July 2024.',
    entities: [
      P('Antony Blinken', 'Blinken'),
      P('Penny Wong', 'Wong'),
      P('Yoko Kamikawa', 'Kamikawa Yoko', 'Kamikawa'),
      P('S. Jaishankar', 'Jaishankar'),
      O('Quad'),
      E(
        "Quad Foreign Ministers' Meeting in Tokyo",
        ['Quad foreign ministers meeting', 'meeting in Tokyo'],
        '2024-07-29',
      ),
    ],
    relations: [
      ...took(
        "Quad Foreign Ministers' Meeting in Tokyo",
        'Antony Blinken',
        'Penny Wong',
        'Yoko Kamikawa',
        'S. Jaishankar',
      ),
    ],
  },
  {
    id: 'multi-guest-in-a-session-host-of-the-summit',
    form: 'government: "A hosted the X Summit in City on D-D. Pope B took part in the summit\'s session on Y" (a guest in one session)',
    date: '2024-06-14',
    source: 'Palazzo Chigi (Government of Italy)',
    text:
      'Prime Minister Giorgia Meloni hosted the G7 Summit at Borgo Egnazia in Apulia from 13 to 15 June 2024. ' +
      "Pope Francis took part in the summit's session on artificial intelligence on 14 June.",
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      P('Pope Francis', 'Francis'),
      O('G7'),
      E('G7 Summit in Apulia', ['G7 Summit', 'G7 Apulia Summit'], '2024-06-13'),
      E('session on artificial intelligence', ['G7 session on artificial intelligence'], '2024-06-14'),
    ],
    relations: [
      ...took('G7 Summit in Apulia', 'Giorgia Meloni', 'Pope Francis'),
      ...took('session on artificial intelligence', 'Pope Francis'),
      part('session on artificial intelligence', 'G7 Summit in Apulia'),
    ],
  },
  {
    id: 'multi-taking-part-were-among-them',
    form: 'No. 10: "The Nth X meeting took place at <venue> on Date, hosted by A. Taking part were more than 40 leaders, among them B and C"',
    date: '2024-07-18',
    source: "Prime Minister's Office, 10 Downing Street",
    text:
      'The fourth European Political Community meeting took place at Blenheim Palace on 18 July 2024, hosted by Prime Minister Keir Starmer. ' +
      'Taking part were more than 40 leaders, among them President Volodymyr Zelenskyy and President Emmanuel Macron.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      O('European Political Community', 'EPC'),
      E(
        'fourth European Political Community meeting',
        ['European Political Community meeting', 'EPC summit'],
        '2024-07-18',
      ),
    ],
    relations: [
      ...took('fourth European Political Community meeting', 'Keir Starmer', 'Volodymyr Zelenskyy', 'Emmanuel Macron'),
    ],
  },
  {
    id: 'multi-represented-the-president-at-an-inauguration',
    form: 'ministry: "Title A represented President B at the inauguration of President C in City on Date" (the representative, not the principal)',
    date: '2023-05-29',
    source: 'Ministry of Foreign Affairs of Ghana',
    text: 'Vice President Mahamudu Bawumia represented President Nana Addo Dankwa Akufo-Addo at the inauguration of President Bola Ahmed Tinubu in Abuja on 29 May 2023.',
    entities: [
      P('Mahamudu Bawumia', 'Vice President Mahamudu Bawumia', 'Bawumia'),
      P('Nana Addo Dankwa Akufo-Addo', 'President Nana Addo Dankwa Akufo-Addo', 'Akufo-Addo'),
      P('Bola Ahmed Tinubu', 'President Bola Ahmed Tinubu', 'Tinubu'),
      E(
        'inauguration of President Bola Ahmed Tinubu',
        ['inauguration of President Tinubu', 'Tinubu inauguration'],
        '2023-05-29',
      ),
    ],
    relations: [...took('inauguration of President Bola Ahmed Tinubu', 'Mahamudu Bawumia', 'Bola Ahmed Tinubu')],
  },
  {
    id: 'multi-co-chairs-named-in-a-second-sentence',
    form: 'UN: "The X Conference opened in City on Date. Its co-chairs, Title A and Title B, …" (co-chairs told after the event)',
    date: '2023-06-28',
    source: 'United Nations (Department of Political and Peacebuilding Affairs)',
    text:
      'The Seventh Brussels Conference on Supporting the Future of Syria opened in Brussels on 14 June 2023. ' +
      'Its co-chairs, High Representative Josep Borrell and Under-Secretary-General Martin Griffiths, appealed for sustained funding.',
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell', 'Borrell'),
      P('Martin Griffiths', 'Under-Secretary-General Martin Griffiths', 'Griffiths'),
      E(
        'Seventh Brussels Conference on Supporting the Future of Syria',
        ['Brussels Conference', 'Brussels VII Conference'],
        '2023-06-14',
      ),
    ],
    relations: [
      ...took('Seventh Brussels Conference on Supporting the Future of Syria', 'Josep Borrell', 'Martin Griffiths'),
    ],
  },
  {
    id: 'multi-leaders-of-the-member-states-named-after-a-colon',
    form: 'council: "Leaders of the X member states met in City on Date: A, B, C and D" (names after a colon)',
    date: '2023-07-04',
    source: 'Shanghai Cooperation Organisation Secretariat',
    text: 'Leaders of the SCO member states met by videoconference on 4 July 2023 under the chairmanship of India: Prime Minister Narendra Modi, President Xi Jinping, President Vladimir Putin and Prime Minister Shehbaz Sharif.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif', 'Sharif'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      S('India'),
      E('SCO leaders videoconference', ['SCO Summit', 'SCO leaders meeting', 'videoconference'], '2023-07-04'),
    ],
    relations: [
      ...took('SCO leaders videoconference', 'Narendra Modi', 'Xi Jinping', 'Vladimir Putin', 'Shehbaz Sharif'),
    ],
  },
];

/** Sessions inside a visit or summit, and who took part in which. */
const SESSIONS: BankCase[] = [
  {
    id: 'sess-tete-a-tete-only-the-two-plenary-with-ministers',
    form: 'presidency: "A and B held talks in City on Date. The tête-à-tête was attended only by the two presidents; C and D joined the plenary session"',
    date: '2022-12-22',
    source: 'Presidency of the Republic of Uzbekistan',
    text:
      'President Shavkat Mirziyoyev and President Kassym-Jomart Tokayev held talks in Tashkent on 22 December 2022. ' +
      'The tête-à-tête was attended only by the two presidents; Foreign Ministers Bakhtiyor Saidov and Murat Nurtleu joined the plenary session that followed.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      P('Bakhtiyor Saidov', 'Saidov'),
      P('Murat Nurtleu', 'Nurtleu'),
      E('Mirziyoyev-Tokayev talks in Tashkent', ['talks', 'Mirziyoyev-Tokayev talks'], '2022-12-22'),
      E('tête-à-tête', ['tête-à-tête meeting'], '2022-12-22'),
      E('plenary session', [], '2022-12-22'),
    ],
    relations: [
      ...took(
        'Mirziyoyev-Tokayev talks in Tashkent',
        'Shavkat Mirziyoyev',
        'Kassym-Jomart Tokayev',
        'Bakhtiyor Saidov',
        'Murat Nurtleu',
      ),
      ...took('tête-à-tête', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'),
      ...took('plenary session', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev', 'Bakhtiyor Saidov', 'Murat Nurtleu'),
      part('tête-à-tête', 'Mirziyoyev-Tokayev talks in Tashkent'),
      part('plenary session', 'Mirziyoyev-Tokayev talks in Tashkent'),
    ],
  },
  {
    id: 'sess-working-lunch-at-which-a-minister-joined',
    form: 'government: "A received B at <residence> on Date. The talks continued over a working lunch, at which Title C joined the leaders"',
    date: '2023-01-30',
    source: 'Government of Spain (La Moncloa)',
    text:
      'Prime Minister Pedro Sánchez received Chancellor Olaf Scholz at the Moncloa Palace on 30 January 2023. ' +
      'The talks continued over a working lunch, at which Foreign Minister José Manuel Albares joined the leaders.',
    entities: [
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez', 'Sánchez'),
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('José Manuel Albares', 'Foreign Minister José Manuel Albares', 'Albares'),
      E(
        'Sánchez-Scholz talks at the Moncloa Palace',
        ['talks', 'Sánchez-Scholz talks', 'Sánchez-Scholz meeting'],
        '2023-01-30',
      ),
      E('working lunch', [], '2023-01-30'),
    ],
    relations: [
      ...took('Sánchez-Scholz talks at the Moncloa Palace', 'Pedro Sánchez', 'Olaf Scholz', 'José Manuel Albares'),
      ...took('working lunch', 'Pedro Sánchez', 'Olaf Scholz', 'José Manuel Albares'),
      part('working lunch', 'Sánchez-Scholz talks at the Moncloa Palace'),
    ],
  },
  {
    id: 'sess-joint-media-availability-after-talks',
    form: 'prime minister\'s office: "A and B held talks in City on Date, and then took questions at a joint media availability"',
    date: '2023-07-25',
    source: 'Prime Minister of New Zealand',
    text: 'Prime Minister Chris Hipkins and Prime Minister Anthony Albanese held talks in Wellington on 25 July 2023, and then took questions at a joint media availability.',
    entities: [
      P('Chris Hipkins', 'Prime Minister Chris Hipkins', 'Hipkins'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      E('Hipkins-Albanese talks in Wellington', ['talks', 'Hipkins-Albanese talks'], '2023-07-25'),
      E('joint media availability', [], '2023-07-25'),
    ],
    relations: [
      ...took('Hipkins-Albanese talks in Wellington', 'Chris Hipkins', 'Anthony Albanese'),
      ...took('joint media availability', 'Chris Hipkins', 'Anthony Albanese'),
      part('joint media availability', 'Hipkins-Albanese talks in Wellington'),
    ],
  },
  {
    id: 'sess-second-working-session-of-a-summit-spoke',
    form: 'chancellery: "At the second working session of the X Summit, on Y, Chancellor A called for …" (a session told by an ordinal)',
    date: '2023-09-10',
    source: 'Federal Chancellor (Germany)',
    text: 'At the second working session of the G20 Summit in New Delhi, on One Family, Chancellor Olaf Scholz called for a fairer international financial architecture.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      O('G20'),
      E('G20 Summit in New Delhi', ['G20 Summit', 'G20 New Delhi Summit'], '2023-09-09'),
      E('second working session of the G20 Summit', ['second working session', 'One Family session'], '2023-09-09'),
    ],
    relations: [
      ...took('G20 Summit in New Delhi', 'Olaf Scholz'),
      ...took('second working session of the G20 Summit', 'Olaf Scholz'),
      part('second working session of the G20 Summit', 'G20 Summit in New Delhi'),
    ],
  },
  {
    id: 'sess-visit-programme-in-prose-state-dinner-with-king',
    form: 'presidency: "A\'s state visit to X began on Date. On the first evening, King B gave a state dinner for A at <palace>; on the second day, A addressed the Y"',
    date: '2023-09-20',
    source: 'Présidence de la République (Elysée)',
    text:
      'King Charles III began his state visit to France on 20 September 2023. ' +
      'On the first evening, President Emmanuel Macron gave a state dinner in his honour at the Palace of Versailles; on the second day, the King addressed the Senate.',
    entities: [
      P('Charles III', 'King Charles III', 'the King'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      S('France'),
      E("Charles III's state visit to France", ['state visit to France', 'state visit'], '2023-09-20'),
      E('state dinner at the Palace of Versailles', ['state dinner'], '2023-09-20'),
      E("King Charles III's address to the Senate", ['address to the Senate'], '2023-09-21'),
    ],
    relations: [
      ...took("Charles III's state visit to France", 'Charles III'),
      ...took('state dinner at the Palace of Versailles', 'Charles III', 'Emmanuel Macron'),
      ...took("King Charles III's address to the Senate", 'Charles III'),
      part('state dinner at the Palace of Versailles', "Charles III's state visit to France"),
      part("King Charles III's address to the Senate", "Charles III's state visit to France"),
    ],
  },
  {
    id: 'sess-restricted-format-with-named-aides-then-expanded',
    form: 'kremlin: "Talks between A and B took place in City. In restricted format, the presidents were joined by C and D" (who sat in a session)',
    date: '2023-07-27',
    source: 'Kremlin (President of Russia)',
    text:
      'Talks between Vladimir Putin and President of the Central African Republic Faustin-Archange Touadéra took place in St Petersburg on 27 July 2023. ' +
      'In restricted format, the presidents were joined by Sergey Lavrov and Yury Ushakov.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Faustin-Archange Touadéra', 'President of the Central African Republic Faustin-Archange Touadéra', 'Touadéra'),
      P('Sergey Lavrov', 'Lavrov'),
      P('Yury Ushakov', 'Ushakov'),
      E('Putin-Touadéra talks in St Petersburg', ['talks', 'Putin-Touadéra talks'], '2023-07-27'),
      E('talks in restricted format', ['restricted format', 'restricted-format talks'], '2023-07-27'),
    ],
    relations: [
      ...took(
        'Putin-Touadéra talks in St Petersburg',
        'Vladimir Putin',
        'Faustin-Archange Touadéra',
        'Sergey Lavrov',
        'Yury Ushakov',
      ),
      ...took(
        'talks in restricted format',
        'Vladimir Putin',
        'Faustin-Archange Touadéra',
        'Sergey Lavrov',
        'Yury Ushakov',
      ),
      part('talks in restricted format', 'Putin-Touadéra talks in St Petersburg'),
    ],
  },
  {
    id: 'sess-the-leaders-retreat-of-a-summit-host-and-chair',
    form: 'Commonwealth: "The leaders\' retreat, held on the last day of the X in City, was chaired by A" (a retreat inside a meeting)',
    date: '2024-10-26',
    source: 'Commonwealth Secretariat',
    text: "The leaders' retreat, held on the last day of the Commonwealth Heads of Government Meeting in Apia on 26 October 2024, was chaired by Prime Minister Fiamē Naomi Mataʻafa of Samoa.",
    entities: [
      P('Fiamē Naomi Mataʻafa', 'Prime Minister Fiamē Naomi Mataʻafa', 'Mataʻafa'),
      O('Commonwealth'),
      E(
        'Commonwealth Heads of Government Meeting in Apia',
        ['Commonwealth Heads of Government Meeting', 'CHOGM'],
        '2024-10-21',
      ),
      E("leaders' retreat", ['Commonwealth leaders retreat'], '2024-10-26'),
    ],
    relations: [
      ...took('Commonwealth Heads of Government Meeting in Apia', 'Fiamē Naomi Mataʻafa'),
      ...took("leaders' retreat", 'Fiamē Naomi Mataʻafa'),
      part("leaders' retreat", 'Commonwealth Heads of Government Meeting in Apia'),
    ],
  },
  {
    id: 'sess-opening-ceremony-of-a-visit-both-then-talks',
    form: 'ministry: "A paid an official visit to X on Date. B welcomed him at an official ceremony at <palace>, after which the two held talks"',
    date: '2024-01-11',
    source: 'Ministry of Foreign Affairs of Cyprus',
    text: 'Prime Minister Kyriakos Mitsotakis paid an official visit to Cyprus on 11 January 2024. President Nikos Christodoulides welcomed him at an official ceremony at the Presidential Palace, after which the two held talks.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Nikos Christodoulides', 'President Nikos Christodoulides', 'Christodoulides'),
      S('Cyprus'),
      E("Mitsotakis's official visit to Cyprus", ['official visit to Cyprus', 'official visit'], '2024-01-11'),
      E(
        'official welcome ceremony at the Presidential Palace',
        ['official ceremony', 'welcome ceremony'],
        '2024-01-11',
      ),
      E('Mitsotakis-Christodoulides talks', ['talks'], '2024-01-11'),
    ],
    relations: [
      ...took("Mitsotakis's official visit to Cyprus", 'Kyriakos Mitsotakis'),
      ...took('official welcome ceremony at the Presidential Palace', 'Kyriakos Mitsotakis', 'Nikos Christodoulides'),
      ...took('Mitsotakis-Christodoulides talks', 'Kyriakos Mitsotakis', 'Nikos Christodoulides'),
      part('official welcome ceremony at the Presidential Palace', "Mitsotakis's official visit to Cyprus"),
      part('Mitsotakis-Christodoulides talks', "Mitsotakis's official visit to Cyprus"),
    ],
  },
];

/** REACHED_AT: signings and adoptions at talks, visits, ceremonies and sessions. */
const REACHED: BankCase[] = [
  {
    id: 'reach-talks-ended-with-the-signing-of',
    form: 'presidency: "A and B held talks at <palace> on Date. The talks ended with the signing of the X Agreement" (the event as subject)',
    date: '2023-06-08',
    source: 'Presidency of the Republic of Cuba',
    text:
      'President Miguel Díaz-Canel and President Gustavo Petro held talks at the Palace of the Revolution in Havana on 8 June 2023. ' +
      'The talks ended with the signing of the Agreement on Cooperation in Health.',
    entities: [
      P('Miguel Díaz-Canel', 'President Miguel Díaz-Canel', 'Díaz-Canel'),
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      A('Agreement on Cooperation in Health'),
      E('Díaz-Canel-Petro talks in Havana', ['talks', 'Díaz-Canel-Petro talks'], '2023-06-08'),
    ],
    relations: [
      ...took('Díaz-Canel-Petro talks in Havana', 'Miguel Díaz-Canel', 'Gustavo Petro'),
      at('Agreement on Cooperation in Health', 'Díaz-Canel-Petro talks in Havana'),
    ],
  },
  {
    id: 'reach-witnessed-the-signing-of-agreements-among-them',
    form: 'PMO: "After their talks at <venue> on Date, A and B witnessed the signing of three agreements, among them X and Y"',
    date: '2023-07-21',
    source: "Prime Minister's Office (India)",
    text: 'After their talks at Hyderabad House on 21 July 2023, Prime Minister Narendra Modi and President Ranil Wickremesinghe witnessed the signing of five agreements, among them a Memorandum of Understanding on Renewable Energy and an Agreement on Animal Husbandry and Dairying.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Ranil Wickremesinghe', 'President Ranil Wickremesinghe', 'Wickremesinghe'),
      A('Memorandum of Understanding on Renewable Energy'),
      A('Agreement on Animal Husbandry and Dairying'),
      E('Modi-Wickremesinghe talks at Hyderabad House', ['talks', 'Modi-Wickremesinghe talks'], '2023-07-21'),
    ],
    relations: [
      ...took('Modi-Wickremesinghe talks at Hyderabad House', 'Narendra Modi', 'Ranil Wickremesinghe'),
      at('Memorandum of Understanding on Renewable Energy', 'Modi-Wickremesinghe talks at Hyderabad House'),
      at('Agreement on Animal Husbandry and Dairying', 'Modi-Wickremesinghe talks at Hyderabad House'),
    ],
  },
  {
    id: 'reach-concluded-during-the-visit-count-and-names',
    form: 'ministry: "A paid a state visit to X from D to D. Four agreements were concluded during the visit, including X and Y"',
    date: '2023-10-18',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text:
      'President Vo Van Thuong paid a state visit to China from 17 to 20 October 2023. ' +
      'Four agreements were concluded during the visit, including an Agreement on Cooperation in Customs and a Memorandum of Understanding on Railway Connectivity.',
    entities: [
      P('Vo Van Thuong', 'President Vo Van Thuong'),
      S('China'),
      A('Agreement on Cooperation in Customs'),
      A('Memorandum of Understanding on Railway Connectivity'),
      E("Vo Van Thuong's state visit to China", ['state visit to China', 'state visit'], '2023-10-17'),
    ],
    relations: [
      ...took("Vo Van Thuong's state visit to China", 'Vo Van Thuong'),
      at('Agreement on Cooperation in Customs', "Vo Van Thuong's state visit to China"),
      at('Memorandum of Understanding on Railway Connectivity', "Vo Van Thuong's state visit to China"),
    ],
  },
  {
    id: 'reach-signed-in-the-presence-of-at-a-ceremony',
    form: 'presidency: "The X Agreement was signed by Title A and Title B at a ceremony at <palace> on Date, in the presence of C and D"',
    date: '2022-08-22',
    source: 'Presidency of the Republic of Azerbaijan',
    text: 'The Agreement on Strategic Partnership was signed by Foreign Minister Jeyhun Bayramov and Foreign Minister Bakhtiyor Saidov at a ceremony at the Kuksaroy Residence in Tashkent on 22 August 2022, in the presence of President Ilham Aliyev and President Shavkat Mirziyoyev.',
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov', 'Saidov'),
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      A('Agreement on Strategic Partnership'),
      E('signing ceremony at the Kuksaroy Residence', ['ceremony', 'signing ceremony'], '2022-08-22'),
    ],
    relations: [
      ...took(
        'signing ceremony at the Kuksaroy Residence',
        'Jeyhun Bayramov',
        'Bakhtiyor Saidov',
        'Ilham Aliyev',
        'Shavkat Mirziyoyev',
      ),
      at('Agreement on Strategic Partnership', 'signing ceremony at the Kuksaroy Residence'),
    ],
  },
  {
    id: 'reach-fronted-on-the-sidelines-of-the-summit-signed',
    form: 'government: "A attended the X Summit in City on Date. On the sidelines of the summit, Title B and Title C signed a Y" (REACHED_AT the summit told before)',
    date: '2024-07-10',
    source: 'Government of Sweden',
    text:
      'Prime Minister Ulf Kristersson attended the NATO Summit in Washington on 10 July 2024. ' +
      'On the sidelines of the summit, Defence Minister Pål Jonson and Defence Minister Hanno Pevkur signed a Memorandum of Understanding on Defence Cooperation.',
    entities: [
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      P('Pål Jonson', 'Defence Minister Pål Jonson', 'Jonson'),
      P('Hanno Pevkur', 'Defence Minister Hanno Pevkur', 'Pevkur'),
      O('NATO'),
      A('Memorandum of Understanding on Defence Cooperation'),
      E('NATO Summit in Washington', ['NATO Summit', 'Washington Summit'], '2024-07-10'),
    ],
    relations: [
      ...took('NATO Summit in Washington', 'Ulf Kristersson', 'Pål Jonson', 'Hanno Pevkur'),
      at('Memorandum of Understanding on Defence Cooperation', 'NATO Summit in Washington'),
    ],
  },
  {
    id: 'reach-adopted-at-the-closing-session-of-a-summit',
    form: 'AU: "The X Declaration was adopted at the closing session of the Y Summit in City on Date, chaired by A" (a session of a summit)',
    date: '2023-09-06',
    source: 'African Union Commission',
    text: 'The Nairobi Declaration was adopted at the closing session of the Africa Climate Summit in Nairobi on 6 September 2023, chaired by President William Ruto.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      A('Nairobi Declaration'),
      E('Africa Climate Summit', ['Africa Climate Summit in Nairobi'], '2023-09-04'),
      E('closing session of the Africa Climate Summit', ['closing session'], '2023-09-06'),
    ],
    relations: [
      ...took('Africa Climate Summit', 'William Ruto'),
      ...took('closing session of the Africa Climate Summit', 'William Ruto'),
      part('closing session of the Africa Climate Summit', 'Africa Climate Summit'),
      at('Nairobi Declaration', 'closing session of the Africa Climate Summit'),
    ],
  },
  {
    id: 'reach-following-the-meeting-exchanged-notes',
    form: 'ministry: "A and B met in City on Date. Following their meeting, the two ministers exchanged notes on X" (an exchange of notes after a meeting)',
    date: '2024-07-08',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister Kamikawa Yoko and Secretary of Foreign Affairs Enrique Manalo met in Manila on 8 July 2024. ' +
      "Following their meeting, the two ministers exchanged notes on the provision of coastal radar systems under Japan's Official Security Assistance.",
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister Kamikawa Yoko', 'Kamikawa Yoko', 'Kamikawa'),
      P('Enrique Manalo', 'Secretary of Foreign Affairs Enrique Manalo', 'Manalo'),
      A(
        'Exchange of Notes on the provision of coastal radar systems',
        'notes on the provision of coastal radar systems',
      ),
      E('Kamikawa-Manalo meeting in Manila', ['meeting', 'Kamikawa-Manalo meeting'], '2024-07-08'),
    ],
    relations: [
      ...took('Kamikawa-Manalo meeting in Manila', 'Yoko Kamikawa', 'Enrique Manalo'),
      at('Exchange of Notes on the provision of coastal radar systems', 'Kamikawa-Manalo meeting in Manila'),
    ],
  },
  {
    id: 'reach-exchange-of-notes-place-only',
    form: 'embassy: "An Exchange of Notes on X was signed in City on Date by Ambassador A and Title B" (a place alone: no event)',
    date: '2023-03-02',
    source: 'Embassy of Japan in Sri Lanka',
    text: 'An Exchange of Notes on Japanese grant aid for the improvement of water supply was signed in Colombo on 2 March 2023 by Ambassador Mizukoshi Hideaki and Secretary to the Treasury Mahinda Siriwardana.',
    entities: [
      P('Hideaki Mizukoshi', 'Ambassador Mizukoshi Hideaki', 'Mizukoshi Hideaki'),
      P('Mahinda Siriwardana', 'Secretary to the Treasury Mahinda Siriwardana', 'Siriwardana'),
      A('Exchange of Notes on Japanese grant aid for the improvement of water supply', 'Exchange of Notes'),
    ],
    relations: [],
  },
  {
    id: 'reach-issued-upon-conclusion-of-the-talks-passive',
    form: 'news agency: "A received B at <palace> on Date. Upon the conclusion of the talks, a X Joint Statement was issued" (passive)',
    date: '2023-12-06',
    source: 'Emirates News Agency (WAM)',
    text:
      'President Sheikh Mohamed bin Zayed Al Nahyan received President Vladimir Putin at Qasr Al Watan in Abu Dhabi on 6 December 2023. ' +
      'Upon the conclusion of the talks, a UAE-Russia Joint Statement was issued.',
    entities: [
      P('Mohamed bin Zayed Al Nahyan', 'President Sheikh Mohamed bin Zayed Al Nahyan', 'Sheikh Mohamed bin Zayed'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      A('UAE-Russia Joint Statement'),
      E(
        'Mohamed bin Zayed-Putin talks at Qasr Al Watan',
        ['talks', 'Mohamed bin Zayed-Putin talks', 'Mohamed bin Zayed-Putin meeting'],
        '2023-12-06',
      ),
    ],
    relations: [
      ...took('Mohamed bin Zayed-Putin talks at Qasr Al Watan', 'Mohamed bin Zayed Al Nahyan', 'Vladimir Putin'),
      at('UAE-Russia Joint Statement', 'Mohamed bin Zayed-Putin talks at Qasr Al Watan'),
    ],
  },
  {
    id: 'reach-ministers-signed-leaders-looked-on-during-visit',
    form: 'government: "During A\'s official visit to City on Date, Title B and Title C signed the X as the two leaders looked on"',
    date: '2024-02-29',
    source: 'Government of Poland',
    text: "During Prime Minister Donald Tusk's official visit to Prague on 29 February 2024, Foreign Minister Radosław Sikorski and Foreign Minister Jan Lipavský signed the Joint Declaration on Strategic Partnership as the two prime ministers looked on.",
    entities: [
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski', 'Sikorski'),
      P('Jan Lipavský', 'Foreign Minister Jan Lipavský', 'Lipavský'),
      A('Joint Declaration on Strategic Partnership'),
      E("Tusk's official visit to Prague", ['official visit to Prague', 'official visit'], '2024-02-29'),
    ],
    relations: [
      ...took("Tusk's official visit to Prague", 'Donald Tusk'),
      at('Joint Declaration on Strategic Partnership', "Tusk's official visit to Prague"),
    ],
  },
];

/** Negatives: people who did not take part (planned, thanked, quoted, briefing afterwards, expected). */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-named-ministers-would-meet-next-month',
    form: 'presidency: "A and B spoke by phone on Date. They agreed that their foreign ministers, C and D, would meet in City next month" (planned, named)',
    date: '2023-09-01',
    source: 'Presidency of the Republic of Finland',
    text:
      'President Sauli Niinistö and President Joe Biden spoke by phone on 1 September 2023. ' +
      'They agreed that their foreign ministers, Elina Valtonen and Antony Blinken, would meet in Washington next month.',
    entities: [
      P('Sauli Niinistö', 'President Sauli Niinistö', 'Niinistö'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Elina Valtonen', 'Valtonen'),
      P('Antony Blinken', 'Blinken'),
      E('Niinistö-Biden telephone call', ['phone call', 'Niinistö-Biden call'], '2023-09-01'),
      E('Valtonen-Blinken meeting in Washington', ['meeting in Washington'], '2023-10'),
    ],
    relations: [...took('Niinistö-Biden telephone call', 'Sauli Niinistö', 'Joe Biden')],
  },
  {
    id: 'negative-thanked-a-third-leader-for-support',
    form: 'ministry: "A met B in City on Date. A thanked President C for his support" (a leader thanked, not present)',
    date: '2023-06-12',
    source: 'Ministry of Foreign Affairs of Ukraine',
    text:
      'Foreign Minister Dmytro Kuleba met Foreign Minister Catherine Colonna in Paris on 12 June 2023. ' +
      'Kuleba thanked President Emmanuel Macron for his personal support.',
    entities: [
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba'),
      P('Catherine Colonna', 'Foreign Minister Catherine Colonna', 'Colonna'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('Kuleba-Colonna meeting in Paris', ['Kuleba-Colonna meeting'], '2023-06-12'),
    ],
    relations: [...took('Kuleba-Colonna meeting in Paris', 'Dmytro Kuleba', 'Catherine Colonna')],
  },
  {
    id: 'negative-spokesperson-briefed-reporters-afterwards',
    form: 'wire: "A and B met in City on Date. Spokesperson C briefed reporters on the talks afterwards" (no participant)',
    date: '2023-08-18',
    source: 'Yonhap News Agency',
    text:
      'President Yoon Suk Yeol and Prime Minister Kishida Fumio met at Camp David on 18 August 2023. ' +
      'Presidential spokesperson Lee Do-woon briefed reporters on the talks afterwards.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio', 'Kishida'),
      P('Lee Do-woon', 'Presidential spokesperson Lee Do-woon', 'Lee'),
      E('Yoon-Kishida meeting at Camp David', ['Yoon-Kishida meeting', 'talks'], '2023-08-18'),
    ],
    relations: [...took('Yoon-Kishida meeting at Camp David', 'Yoon Suk Yeol', 'Fumio Kishida')],
  },
  {
    id: 'negative-quoted-from-an-interview',
    form: 'wire: "A met B in City on Date. C, speaking in an interview with X last week, had called the talks …" (quoted from elsewhere)',
    date: '2023-10-12',
    source: 'Associated Press',
    text:
      'Secretary of State Antony Blinken met Prime Minister Benjamin Netanyahu in Tel Aviv on 12 October 2023. ' +
      'President Isaac Herzog, speaking in an interview with a broadcaster the day before, had welcomed the visit.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Benjamin Netanyahu', 'Prime Minister Benjamin Netanyahu', 'Netanyahu'),
      P('Isaac Herzog', 'President Isaac Herzog', 'Herzog'),
      E('Blinken-Netanyahu meeting in Tel Aviv', ['Blinken-Netanyahu meeting', 'visit'], '2023-10-12'),
    ],
    relations: [...took('Blinken-Netanyahu meeting in Tel Aviv', 'Antony Blinken', 'Benjamin Netanyahu')],
  },
  {
    id: 'negative-summit-expected-to-be-attended-by',
    form: 'wire: "The X Summit, expected to be attended by A and B, opens in City on Friday" (planned: no participants)',
    date: '2023-11-28',
    source: 'Reuters',
    text: 'The COP28 climate summit, expected to be attended by King Charles III and Prime Minister Rishi Sunak, opens in Dubai on Thursday.',
    entities: [
      P('Charles III', 'King Charles III'),
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      E('COP28 climate summit', ['COP28', 'COP28 summit'], '2023-11-30'),
    ],
    relations: [],
  },
  {
    id: 'negative-delegation-will-be-led-by',
    form: 'ministry: "The X delegation to the Y talks in City next week will be led by Title A" (planned leader)',
    date: '2023-11-10',
    source: 'Ministry of Foreign Affairs of Norway',
    text: "Norway's delegation to the COP28 climate conference in Dubai later this month will be led by Minister of Climate and Environment Andreas Bjelland Eriksen.",
    entities: [
      P('Andreas Bjelland Eriksen', 'Minister of Climate and Environment Andreas Bjelland Eriksen', 'Eriksen'),
      E('COP28 climate conference', ['COP28'], '2023-11-30'),
    ],
    relations: [],
  },
  {
    id: 'negative-stayed-away-minister-attended-in-his-place',
    form: 'government: "A stayed away from the X Summit in City on Date; Title B attended in his place" (the absent leader no participant)',
    date: '2022-06-08',
    source: 'Government of Mexico',
    text: 'President Andrés Manuel López Obrador stayed away from the Ninth Summit of the Americas in Los Angeles on 8 June 2022; Foreign Minister Marcelo Ebrard attended in his place.',
    entities: [
      P('Andrés Manuel López Obrador', 'President Andrés Manuel López Obrador', 'López Obrador'),
      P('Marcelo Ebrard', 'Foreign Minister Marcelo Ebrard', 'Ebrard'),
      E('Ninth Summit of the Americas', ['Summit of the Americas'], '2022-06-08'),
    ],
    relations: [...took('Ninth Summit of the Americas', 'Marcelo Ebrard')],
  },
  {
    id: 'negative-mentioned-as-host-of-an-earlier-meeting',
    form: 'ministry: "A met B in City on Date. B had previously served as Title of X" (a former office: no second event)',
    date: '2023-09-29',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      'Foreign Minister Margus Tsahkna met Foreign Minister Krišjānis Kariņš in Tallinn on 29 September 2023. ' +
      'Kariņš had previously served as Prime Minister of Latvia.',
    entities: [
      P('Margus Tsahkna', 'Foreign Minister Margus Tsahkna', 'Tsahkna'),
      P('Krišjānis Kariņš', 'Foreign Minister Krišjānis Kariņš', 'Kariņš'),
      E('Tsahkna-Kariņš meeting in Tallinn', ['Tsahkna-Kariņš meeting'], '2023-09-29'),
    ],
    relations: [...took('Tsahkna-Kariņš meeting in Tallinn', 'Margus Tsahkna', 'Krišjānis Kariņš')],
  },
  {
    id: 'negative-invited-to-attend-accepted-later',
    form: 'wire: "A has been invited to the X Summit in City in Month and is expected to attend" (planned, invited)',
    date: '2024-05-30',
    source: 'Agence France-Presse',
    text: 'President Volodymyr Zelenskyy has been invited to the NATO Summit in Washington in July and is expected to attend, Secretary General Jens Stoltenberg said.',
    entities: [
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      O('NATO'),
      E('NATO Summit in Washington', ['NATO Summit', 'Washington Summit'], '2024-07-09'),
    ],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [...APART, ...REFERRED, ...MULTI, ...SESSIONS, ...REACHED, ...NEGATIVES];
