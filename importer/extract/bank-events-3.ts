// The third events paraphrase bank (issue 6, round ev9): a blind bank written before any rule change of the round,
// in house styles and wordings the two earlier events banks (bank-events.ts, bank-events-2.ts) do not use: wire copy
// with datelines, spokesperson question-and-answer transcripts, UN / AU / ASEAN / OAS / EU press releases,
// presidential diaries ("The President received …", "a one-on-one", "a restricted-format meeting followed by
// expanded talks", "a state banquet", "paid a courtesy call on", "the fourth round of political consultations",
// "the 12th Session of the Joint Commission", "the ministerial meeting of the Quad", "on the fringes of"), events
// named by kind, place, date and partner, meetings told only by a verb ("hosted", "welcomed", "sat down with",
// "conferred with"), a visit holding several meetings (PART_OF), agreements signed at, during or in the presence of
// an event (REACHED_AT), planned events (no participants), headlines and bulleted programmes. Its area is the
// events themselves and PARTICIPATED_IN, PART_OF and REACHED_AT (topics and parties belong to other rounds). Same
// format and runner as the first two banks (`npm run bank -- events-3`).
import { A, type BankCase, E, O, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

const WIRE: BankCase[] = [
  {
    id: 'wire-dateline-met-weekday',
    form: 'wire dateline "CITY, Month D (Agency) -" then "met … on <weekday>"',
    date: '2023-03-20',
    source: 'Reuters',
    text:
      'NEW DELHI, March 20 (Reuters) - Japanese Prime Minister Fumio Kishida met his Indian counterpart Narendra Modi on Monday, ' +
      'and the two leaders pledged to deepen defence and economic ties, officials said.',
    entities: [
      P('Fumio Kishida', 'Japanese Prime Minister Fumio Kishida', 'Kishida'),
      P('Narendra Modi', 'Modi'),
      S('Japan', 'Japanese'),
      S('India', 'Indian'),
      E('Kishida-Modi meeting in New Delhi', ['meeting'], '2023-03-20'),
    ],
    relations: [...took('Kishida-Modi meeting in New Delhi', 'Fumio Kishida', 'Narendra Modi')],
  },
  {
    id: 'wire-said-after-talks',
    form: 'wire "X said on Friday after talks with Y in City that …"',
    date: '2024-02-12',
    source: 'Associated Press',
    text:
      'BERLIN (AP) — German Chancellor Olaf Scholz said Monday after talks with Polish Prime Minister Donald Tusk in Berlin ' +
      'that Europe must strengthen its own defence industry.',
    entities: [
      P('Olaf Scholz', 'German Chancellor Olaf Scholz', 'Scholz'),
      P('Donald Tusk', 'Polish Prime Minister Donald Tusk', 'Tusk'),
      S('Germany', 'German'),
      S('Poland', 'Polish'),
      E('Scholz-Tusk talks in Berlin', ['talks'], '2024-02-12'),
    ],
    relations: [...took('Scholz-Tusk talks in Berlin', 'Olaf Scholz', 'Donald Tusk')],
  },
  {
    id: 'wire-talks-were-held-between',
    form: 'wire passive "Talks were held in City on Tuesday between A and his counterpart B, the ministry said"',
    date: '2024-03-19',
    source: 'Anadolu Agency',
    text:
      'ANKARA — Talks were held in Ankara on Tuesday between Turkish Foreign Minister Hakan Fidan and his Iraqi counterpart Fuad Hussein, ' +
      'the Turkish Foreign Ministry said in a statement.',
    entities: [
      P('Hakan Fidan', 'Turkish Foreign Minister Hakan Fidan', 'Fidan'),
      P('Fuad Hussein', 'Hussein'),
      S('Türkiye', 'Turkish', 'Turkey'),
      S('Iraq', 'Iraqi'),
      E('Fidan-Hussein talks in Ankara', ['talks'], '2024-03-19'),
    ],
    relations: [...took('Fidan-Hussein talks in Ankara', 'Hakan Fidan', 'Fuad Hussein')],
  },
  {
    id: 'wire-speaking-after-two-hour-meeting',
    form: 'wire "Speaking to reporters after a two-hour meeting with Y in City, X said …"',
    date: '2023-11-06',
    source: 'Australian Associated Press',
    text:
      'Speaking to reporters after a two-hour meeting with Chinese Premier Li Qiang in Beijing, Australian Prime Minister Anthony Albanese ' +
      'said the relationship was moving in the right direction.',
    entities: [
      P('Li Qiang', 'Chinese Premier Li Qiang', 'Li'),
      P('Anthony Albanese', 'Australian Prime Minister Anthony Albanese', 'Albanese'),
      S('China', 'Chinese'),
      S('Australia', 'Australian'),
      E('Albanese-Li meeting in Beijing', ['two-hour meeting', 'meeting'], '2023-11-06'),
    ],
    relations: [...took('Albanese-Li meeting in Beijing', 'Anthony Albanese', 'Li Qiang')],
  },
  {
    id: 'wire-dateline-held-talks-here',
    form: 'dateline "NEW DELHI, 3 May —" then "held talks here today with"',
    date: '2023-05-03',
    source: 'Press Trust of India',
    text:
      'NEW DELHI, 3 May — External Affairs Minister S. Jaishankar held talks here today with visiting Saudi Foreign Minister ' +
      'Prince Faisal bin Farhan Al Saud on energy and connectivity.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Faisal bin Farhan Al Saud', 'Prince Faisal bin Farhan Al Saud', 'Faisal bin Farhan'),
      S('Saudi Arabia', 'Saudi'),
      E('Jaishankar-Faisal bin Farhan talks in New Delhi', ['talks'], '2023-05-03'),
    ],
    relations: [
      ...took('Jaishankar-Faisal bin Farhan talks in New Delhi', 'S. Jaishankar', 'Faisal bin Farhan Al Saud'),
    ],
  },
  {
    id: 'wire-headline-meet-amid',
    form: 'headline "A, B meet in City amid …" over a wire lead told by "met"',
    date: '2024-01-14',
    title: 'Wang, Sisi meet in Cairo amid Gaza war',
    source: 'Xinhua',
    text: 'CAIRO, Jan. 14 (Xinhua) -- Egyptian President Abdel Fattah al-Sisi met with visiting Chinese Foreign Minister Wang Yi in Cairo on Sunday.',
    entities: [
      P('Abdel Fattah al-Sisi', 'Egyptian President Abdel Fattah al-Sisi', 'Sisi'),
      P('Wang Yi', 'Chinese Foreign Minister Wang Yi', 'Wang'),
      S('Egypt', 'Egyptian'),
      S('China', 'Chinese'),
      E('Sisi-Wang Yi meeting in Cairo', ['meeting'], '2024-01-14'),
    ],
    relations: [...took('Sisi-Wang Yi meeting in Cairo', 'Abdel Fattah al-Sisi', 'Wang Yi')],
  },
  {
    id: 'wire-sat-down-with',
    form: '"sat down with Y in City on Monday, hours before …" (meeting told by a phrasal verb)',
    date: '2023-03-13',
    source: 'Bloomberg',
    text: 'SAN DIEGO — British Prime Minister Rishi Sunak sat down with President Joe Biden in San Diego on Monday, hours before the AUKUS leaders announced their submarine plan.',
    entities: [
      P('Rishi Sunak', 'British Prime Minister Rishi Sunak', 'Sunak'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      S('United Kingdom', 'British'),
      E('Sunak-Biden meeting in San Diego', ['meeting'], '2023-03-13'),
    ],
    relations: [...took('Sunak-Biden meeting in San Diego', 'Rishi Sunak', 'Joe Biden')],
  },
];

const SPOKESPERSON: BankCase[] = [
  {
    id: 'qa-spokesperson-met-yesterday',
    form: 'transcript "Q: … A: … met … yesterday" (answer tells the meeting)',
    date: '2024-01-16',
    source: 'Ministry of Foreign Affairs of China, regular press conference',
    text:
      "Question: Could you share more details about yesterday's talks with the Egyptian side?\n" +
      'Mao Ning: Yesterday, Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo. ' +
      'The two sides agreed to strengthen coordination.',
    entities: [
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      P('Sameh Shoukry', 'Egyptian Foreign Minister Sameh Shoukry', 'Shoukry'),
      P('Mao Ning'),
      S('Egypt', 'Egyptian'),
      E('Wang Yi-Shoukry talks in Cairo', ['talks'], '2024-01-15'),
    ],
    relations: [...took('Wang Yi-Shoukry talks in Cairo', 'Wang Yi', 'Sameh Shoukry')],
  },
  {
    id: 'qa-will-pay-state-visit-planned',
    form: 'transcript answer "At the invitation of X, Y will pay a state visit to Z from … to …" (planned, no participants)',
    date: '2023-03-20',
    source: 'Ministry of Foreign Affairs of China, regular press conference',
    text:
      "Q: Can you confirm the Brazilian President's trip?\n" +
      'A: At the invitation of President Xi Jinping, President Luiz Inácio Lula da Silva of Brazil will pay a state visit to China from 26 to 31 March.',
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      S('Brazil'),
      S('China'),
      E("Lula's state visit to China", ['state visit to China', 'state visit'], '2023-03-26'),
    ],
    relations: [],
  },
  {
    id: 'qa-spoke-over-the-phone',
    form: 'spokesperson "Official Spokesperson: X spoke over the phone with Y"',
    date: '2023-10-12',
    source: 'Ministry of External Affairs of India, weekly media briefing',
    text:
      'Official Spokesperson: Prime Minister Narendra Modi spoke over the phone with Prime Minister Benjamin Netanyahu of Israel on 10 October. ' +
      "He conveyed India's solidarity.",
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Benjamin Netanyahu', 'Prime Minister Benjamin Netanyahu', 'Netanyahu'),
      S('Israel'),
      S('India'),
      E('Modi-Netanyahu call', ['phone call', 'call'], '2023-10-10'),
    ],
    relations: [...took('Modi-Netanyahu call', 'Narendra Modi', 'Benjamin Netanyahu')],
  },
  {
    id: 'qa-question-names-meeting-answer-confirms',
    form: 'transcript "Q: Did the Secretary meet …? MR MILLER: Yes, the Secretary met … this morning"',
    date: '2023-06-19',
    source: 'U.S. Department of State, press briefing',
    text:
      'QUESTION: Did the Secretary meet President Xi in Beijing?\n' +
      'MR MILLER: Yes. Secretary Antony Blinken met President Xi Jinping at the Great Hall of the People this afternoon.',
    entities: [
      P('Antony Blinken', 'Secretary Antony Blinken', 'Blinken'),
      P('Xi Jinping', 'President Xi Jinping', 'President Xi', 'Xi'),
      P('Matthew Miller', 'MR MILLER'),
      E('Blinken-Xi meeting at the Great Hall of the People', ['meeting'], '2023-06-19'),
    ],
    relations: [...took('Blinken-Xi meeting at the Great Hall of the People', 'Antony Blinken', 'Xi Jinping')],
  },
];

const BODIES: BankCase[] = [
  {
    id: 'un-sg-met-on-margins-cop',
    form: 'UN readout "The Secretary-General, X, met today with H.E. Mr. Y, President of Z, on the margins of COP29"',
    date: '2024-11-12',
    source: "United Nations, readout of the Secretary-General's meeting",
    text:
      'Secretary-General António Guterres met today with H.E. Mr. Ilham Aliyev, President of the Republic of Azerbaijan, ' +
      'on the margins of the twenty-ninth session of the Conference of the Parties (COP29) in Baku.',
    entities: [
      P('António Guterres', 'Secretary-General António Guterres', 'Guterres'),
      P('Ilham Aliyev', 'H.E. Mr. Ilham Aliyev', 'Aliyev'),
      S('Azerbaijan', 'Republic of Azerbaijan'),
      E('Guterres-Aliyev meeting', ['meeting'], '2024-11-12'),
      E('COP29', ['twenty-ninth session of the Conference of the Parties', 'COP29 in Baku']),
    ],
    relations: [
      ...took('Guterres-Aliyev meeting', 'António Guterres', 'Ilham Aliyev'),
      ...took('COP29', 'António Guterres', 'Ilham Aliyev'),
      part('Guterres-Aliyev meeting', 'COP29'),
    ],
  },
  {
    id: 'un-council-heard-briefing-at-meeting',
    form: 'UN press "At its 9,512th meeting, on 19 December, the Security Council heard a briefing by X"',
    date: '2023-12-19',
    source: 'United Nations, meetings coverage',
    text:
      'At its 9512th meeting, on 19 December 2023, the Security Council heard a briefing by Special Coordinator Tor Wennesland ' +
      'on the situation in the Middle East.',
    entities: [
      P('Tor Wennesland', 'Special Coordinator Tor Wennesland', 'Wennesland'),
      O('Security Council'),
      E('9512th meeting of the Security Council', ['9512th meeting'], '2023-12-19'),
    ],
    relations: [...took('9512th meeting of the Security Council', 'Tor Wennesland')],
  },
  {
    id: 'un-dsg-will-travel-planned',
    form: 'UN note "Deputy Secretary-General X will travel to Y from … to …, where she will meet …" (planned)',
    date: '2024-03-01',
    source: 'United Nations, note to correspondents',
    text:
      'Deputy Secretary-General Amina J. Mohammed will travel to Nigeria from 4 to 7 March 2024. ' +
      'In Abuja, she is expected to meet with President Bola Ahmed Tinubu.',
    entities: [
      P('Amina J. Mohammed', 'Deputy Secretary-General Amina J. Mohammed', 'Mohammed'),
      P('Bola Ahmed Tinubu', 'President Bola Ahmed Tinubu', 'Tinubu'),
      S('Nigeria'),
      E("Mohammed's visit to Nigeria", ['travel to Nigeria', 'visit'], '2024-03-04'),
      E('Mohammed-Tinubu meeting in Abuja', ['meeting']),
    ],
    relations: [part('Mohammed-Tinubu meeting in Abuja', "Mohammed's visit to Nigeria")],
  },
  {
    id: 'au-chairperson-granted-audience',
    form: 'AU "The Chairperson of the AU Commission, H.E. X, granted an audience to H.E. Y … at the AU Headquarters"',
    date: '2024-02-14',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, granted an audience on 14 February 2024 to ' +
      'the Minister of Foreign Affairs of Senegal, H.E. Ismaïla Madior Fall, at the AU Headquarters in Addis Ababa.',
    entities: [
      P('Moussa Faki Mahamat', 'H.E. Moussa Faki Mahamat', 'Faki'),
      P('Ismaïla Madior Fall', 'H.E. Ismaïla Madior Fall', 'Fall'),
      O('African Union', 'AU'),
      S('Senegal'),
      E('Faki-Fall audience at the AU Headquarters', ['audience'], '2024-02-14'),
    ],
    relations: [...took('Faki-Fall audience at the AU Headquarters', 'Moussa Faki Mahamat', 'Ismaïla Madior Fall')],
  },
  {
    id: 'au-fringes-of-assembly',
    form: '"On the fringes of the 37th Ordinary Session of the AU Assembly, X held a bilateral meeting with Y"',
    date: '2024-02-17',
    source: 'State House Kenya',
    text:
      'On the fringes of the 37th Ordinary Session of the Assembly of the African Union in Addis Ababa, President William Ruto ' +
      'held a bilateral meeting with President Paul Kagame of Rwanda.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      P('Paul Kagame', 'President Paul Kagame', 'Kagame'),
      S('Rwanda'),
      O('African Union'),
      E('37th Ordinary Session of the Assembly of the African Union', ['37th Ordinary Session']),
      E('Ruto-Kagame bilateral meeting', ['bilateral meeting'], '2024-02-17'),
    ],
    relations: [
      ...took('Ruto-Kagame bilateral meeting', 'William Ruto', 'Paul Kagame'),
      ...took('37th Ordinary Session of the Assembly of the African Union', 'William Ruto', 'Paul Kagame'),
      part('Ruto-Kagame bilateral meeting', '37th Ordinary Session of the Assembly of the African Union'),
    ],
  },
  {
    id: 'asean-summit-under-chairmanship',
    form: 'ASEAN "The 43rd ASEAN Summit was held in City on … under the chairmanship of X"',
    date: '2023-09-05',
    source: 'ASEAN Secretariat',
    text:
      'The 43rd ASEAN Summit was held in Jakarta on 5 September 2023 under the chairmanship of President Joko Widodo of Indonesia. ' +
      'Prime Minister Anwar Ibrahim of Malaysia and Prime Minister Hun Manet of Cambodia were among the leaders in attendance.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Hun Manet', 'Prime Minister Hun Manet'),
      S('Indonesia'),
      S('Malaysia'),
      S('Cambodia'),
      O('ASEAN'),
      E('43rd ASEAN Summit', ['ASEAN Summit'], '2023-09-05'),
    ],
    relations: [...took('43rd ASEAN Summit', 'Joko Widodo', 'Anwar Ibrahim', 'Hun Manet')],
  },
  {
    id: 'asean-retreat-took-place-chaired-by',
    form: 'ASEAN "The X Retreat took place in City on …, chaired by Y, Minister of … of Z"',
    date: '2024-01-29',
    source: 'ASEAN Secretariat',
    text:
      "The ASEAN Foreign Ministers' Retreat took place in Luang Prabang on 29 January 2024, chaired by Saleumxay Kommasith, " +
      'Minister of Foreign Affairs of the Lao PDR.',
    entities: [
      P('Saleumxay Kommasith', 'Kommasith'),
      S('Laos', 'Lao PDR'),
      O('ASEAN'),
      E("ASEAN Foreign Ministers' Retreat", ['Retreat'], '2024-01-29'),
    ],
    relations: [...took("ASEAN Foreign Ministers' Retreat", 'Saleumxay Kommasith')],
  },
  {
    id: 'oas-sg-working-meeting-headquarters',
    form: 'OAS "Secretary General X held a working meeting with Y at the headquarters of the Organization"',
    date: '2023-10-04',
    source: 'Organization of American States',
    text:
      'OAS Secretary General Luis Almagro held a working meeting with the Minister of Foreign Affairs of Paraguay, Rubén Ramírez Lezcano, ' +
      'at the headquarters of the Organization in Washington, D.C.',
    entities: [
      P('Luis Almagro', 'OAS Secretary General Luis Almagro', 'Almagro'),
      P('Rubén Ramírez Lezcano', 'Ramírez Lezcano'),
      O('Organization of American States', 'OAS'),
      S('Paraguay'),
      E('Almagro-Ramírez Lezcano working meeting', ['working meeting'], '2023-10-04'),
    ],
    relations: [...took('Almagro-Ramírez Lezcano working meeting', 'Luis Almagro', 'Rubén Ramírez Lezcano')],
  },
  {
    id: 'oas-general-assembly-opened-addressed',
    form: 'OAS "The 53rd Regular Session of the General Assembly opened … X addressed the opening session"',
    date: '2023-06-21',
    source: 'Organization of American States',
    text:
      'The 53rd Regular Session of the OAS General Assembly opened today in Washington, D.C. ' +
      'Secretary General Luis Almagro and the Minister of Foreign Affairs of Peru, Ana Cecilia Gervasi, addressed the inaugural session.',
    entities: [
      P('Luis Almagro', 'Secretary General Luis Almagro', 'Almagro'),
      P('Ana Cecilia Gervasi', 'Gervasi'),
      O('Organization of American States', 'OAS'),
      S('Peru'),
      E('53rd Regular Session of the OAS General Assembly', ['53rd Regular Session'], '2023-06-21'),
      E('inaugural session', ['inaugural session of the 53rd Regular Session']),
    ],
    relations: [
      ...took('53rd Regular Session of the OAS General Assembly', 'Luis Almagro', 'Ana Cecilia Gervasi'),
      ...took('inaugural session', 'Luis Almagro', 'Ana Cecilia Gervasi'),
      part('inaugural session', '53rd Regular Session of the OAS General Assembly'),
    ],
  },
  {
    id: 'eu-summit-represented-by',
    form: 'EU "The 29th EU-Japan Summit took place in City. The EU was represented by A and B; Japan by C"',
    date: '2023-07-13',
    source: 'European Council',
    text:
      'The 29th EU-Japan Summit took place in Brussels on 13 July 2023. The EU was represented by Charles Michel, President of the European Council, ' +
      'and Ursula von der Leyen, President of the European Commission. Japan was represented by Prime Minister Kishida Fumio.',
    entities: [
      P('Charles Michel', 'Michel'),
      P('Ursula von der Leyen', 'von der Leyen'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio'),
      O('European Union', 'EU'),
      S('Japan'),
      E('29th EU-Japan Summit', ['EU-Japan Summit'], '2023-07-13'),
    ],
    relations: [...took('29th EU-Japan Summit', 'Charles Michel', 'Ursula von der Leyen', 'Fumio Kishida')],
  },
  {
    id: 'eu-council-chaired-joined-via-video',
    form: 'EU "X chaired the Foreign Affairs Council on … Ministers were joined by Y via videoconference"',
    date: '2023-03-20',
    source: 'Council of the European Union',
    text:
      'High Representative Josep Borrell chaired the Foreign Affairs Council on 20 March 2023 in Brussels. ' +
      'Ministers were joined by the Ukrainian Foreign Minister, Dmytro Kuleba, via videoconference.',
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell', 'Borrell'),
      P('Dmytro Kuleba', 'Kuleba'),
      S('Ukraine', 'Ukrainian'),
      O('Foreign Affairs Council'),
      E('Foreign Affairs Council meeting of 20 March 2023', ['Foreign Affairs Council'], '2023-03-20'),
    ],
    relations: [...took('Foreign Affairs Council meeting of 20 March 2023', 'Josep Borrell', 'Dmytro Kuleba')],
  },
  {
    id: 'eu-association-council-delegation-led',
    form: 'EU "The 8th meeting of the EU-Georgia Association Council took place … chaired by X. The Georgian delegation was led by Y"',
    date: '2023-09-06',
    source: 'Council of the European Union',
    text:
      'The eighth meeting of the EU-Georgia Association Council took place in Brussels on 6 September 2023. ' +
      'The meeting was chaired by High Representative Josep Borrell. The Georgian delegation was led by Prime Minister Irakli Garibashvili.',
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell', 'Borrell'),
      P('Irakli Garibashvili', 'Prime Minister Irakli Garibashvili', 'Garibashvili'),
      S('Georgia', 'Georgian'),
      O('European Union', 'EU'),
      E(
        'eighth meeting of the EU-Georgia Association Council',
        ['8th meeting of the EU-Georgia Association Council'],
        '2023-09-06',
      ),
    ],
    relations: [
      ...took('eighth meeting of the EU-Georgia Association Council', 'Josep Borrell', 'Irakli Garibashvili'),
    ],
  },
  {
    id: 'quad-ministerial-joined-counterparts',
    form: '"X joined his counterparts from A, B and C, P, Q and R, for the ministerial meeting of the Quad in City"',
    date: '2024-07-29',
    source: 'U.S. Department of State',
    text:
      'Secretary of State Antony J. Blinken joined his counterparts from Australia, India and Japan, Penny Wong, Subrahmanyam Jaishankar and Yoko Kamikawa, ' +
      'for the ministerial meeting of the Quad in Tokyo on 29 July 2024.',
    entities: [
      P('Antony J. Blinken', 'Secretary of State Antony J. Blinken', 'Blinken'),
      P('Penny Wong', 'Wong'),
      P('Subrahmanyam Jaishankar', 'Jaishankar'),
      P('Yoko Kamikawa', 'Kamikawa'),
      S('Australia'),
      S('India'),
      S('Japan'),
      O('Quad'),
      E(
        'ministerial meeting of the Quad in Tokyo',
        ['ministerial meeting of the Quad', 'Quad Foreign Ministers’ Meeting'],
        '2024-07-29',
      ),
    ],
    relations: [
      ...took(
        'ministerial meeting of the Quad in Tokyo',
        'Antony J. Blinken',
        'Penny Wong',
        'Subrahmanyam Jaishankar',
        'Yoko Kamikawa',
      ),
    ],
  },
];

const DIARIES: BankCase[] = [
  {
    id: 'diary-the-president-received',
    form: 'presidential diary "The President, X, received Y, Title of Z, at <palace> today"',
    date: '2023-08-08',
    source: 'President of India',
    text: 'The President of India, Smt Droupadi Murmu, received the Prime Minister of Bhutan, Dr Lotay Tshering, at Rashtrapati Bhavan today.',
    entities: [
      P('Droupadi Murmu', 'Smt Droupadi Murmu', 'Murmu'),
      P('Lotay Tshering', 'Dr Lotay Tshering', 'Tshering'),
      S('Bhutan'),
      S('India'),
      E('Murmu-Tshering meeting at Rashtrapati Bhavan', ['meeting'], '2023-08-08'),
    ],
    relations: [...took('Murmu-Tshering meeting at Rashtrapati Bhavan', 'Droupadi Murmu', 'Lotay Tshering')],
  },
  {
    id: 'diary-held-tete-a-tete-meeting',
    form: '"A and B held a tête-à-tête meeting at <palace>" (the pair\'s event named by its format)',
    date: '2024-05-16',
    source: 'President of Russia',
    text: 'Vladimir Putin and Xi Jinping held a tête-à-tête meeting at the Zhongnanhai residence in Beijing on 16 May 2024.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Xi Jinping', 'Xi'),
      E('Putin-Xi tête-à-tête meeting', ['tête-à-tête meeting', 'tête-à-tête'], '2024-05-16'),
    ],
    relations: [...took('Putin-Xi tête-à-tête meeting', 'Vladimir Putin', 'Xi Jinping')],
  },
  {
    id: 'diary-telephone-conversation-took-place',
    form: 'Kremlin "A telephone conversation took place between A and B" (passive of the event)',
    date: '2024-03-05',
    source: 'President of Russia',
    text:
      'A telephone conversation took place between President of Russia Vladimir Putin and President of the United Arab Emirates ' +
      'Mohamed bin Zayed Al Nahyan.',
    entities: [
      P('Vladimir Putin', 'President of Russia Vladimir Putin', 'Putin'),
      P('Mohamed bin Zayed Al Nahyan', 'Mohamed bin Zayed'),
      S('Russia'),
      S('United Arab Emirates'),
      E('Putin-Mohamed bin Zayed telephone conversation', ['telephone conversation'], '2024-03-05'),
    ],
    relations: [
      ...took('Putin-Mohamed bin Zayed telephone conversation', 'Vladimir Putin', 'Mohamed bin Zayed Al Nahyan'),
    ],
  },
  {
    id: 'diary-one-on-one-at-estate',
    form: '"X held a one-on-one with Y at <estate>, followed by a working lunch" (kinds one-on-one and working lunch)',
    date: '2023-11-15',
    source: 'The White House',
    text:
      "President Joe Biden held a one-on-one with President Xi Jinping of the People's Republic of China at the Filoli Estate in Woodside, California, " +
      'followed by a working lunch.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('China', "People's Republic of China"),
      E('Biden-Xi one-on-one at the Filoli Estate', ['one-on-one'], '2023-11-15'),
      E('working lunch', [], '2023-11-15'),
    ],
    relations: [
      ...took('Biden-Xi one-on-one at the Filoli Estate', 'Joe Biden', 'Xi Jinping'),
      ...took('working lunch', 'Joe Biden', 'Xi Jinping'),
    ],
  },
  {
    id: 'diary-virtual-summit-was-held',
    form: '"The first India-Australia Virtual Summit was held on … between A and B"',
    date: '2020-06-04',
    source: 'Ministry of External Affairs of India',
    text: 'The first India-Australia Virtual Summit was held on 4 June 2020 between Prime Minister Narendra Modi and Prime Minister Scott Morrison of Australia.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Scott Morrison', 'Prime Minister Scott Morrison', 'Morrison'),
      S('Australia'),
      S('India'),
      E('first India-Australia Virtual Summit', ['India-Australia Virtual Summit', 'Virtual Summit'], '2020-06-04'),
    ],
    relations: [...took('first India-Australia Virtual Summit', 'Narendra Modi', 'Scott Morrison')],
  },
  {
    id: 'diary-restricted-format-then-expanded',
    form: '"Talks between A and B began with a restricted-format meeting, followed by expanded talks with the delegations"',
    date: '2024-01-29',
    source: 'President of Russia',
    text:
      'Talks between Vladimir Putin and President of Belarus Alexander Lukashenko in St Petersburg began with a restricted-format meeting, ' +
      'followed by expanded talks with the participation of the two delegations.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Alexander Lukashenko', 'President of Belarus Alexander Lukashenko', 'Lukashenko'),
      S('Belarus'),
      E('Putin-Lukashenko talks in St Petersburg', ['talks'], '2024-01-29'),
      E('restricted-format meeting', [], '2024-01-29'),
      E('expanded talks', [], '2024-01-29'),
    ],
    relations: [
      ...took('Putin-Lukashenko talks in St Petersburg', 'Vladimir Putin', 'Alexander Lukashenko'),
      ...took('restricted-format meeting', 'Vladimir Putin', 'Alexander Lukashenko'),
      ...took('expanded talks', 'Vladimir Putin', 'Alexander Lukashenko'),
      part('restricted-format meeting', 'Putin-Lukashenko talks in St Petersburg'),
      part('expanded talks', 'Putin-Lukashenko talks in St Petersburg'),
    ],
  },
  {
    id: 'diary-summit-opened-with-plenary',
    form: '"The summit opened with a plenary session chaired by X" (session part of a named summit)',
    date: '2023-08-23',
    source: 'Presidency of South Africa',
    text: 'The 15th BRICS Summit opened in Johannesburg on 23 August 2023 with a plenary session chaired by President Cyril Ramaphosa.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      O('BRICS'),
      E('15th BRICS Summit', ['BRICS Summit'], '2023-08-23'),
      E('plenary session', ['plenary session of the 15th BRICS Summit'], '2023-08-23'),
    ],
    relations: [
      ...took('15th BRICS Summit', 'Cyril Ramaphosa'),
      ...took('plenary session', 'Cyril Ramaphosa'),
      part('plenary session', '15th BRICS Summit'),
    ],
  },
  {
    id: 'diary-state-banquet-during-state-visit',
    form: '"X is paying a state visit to Y … In the evening, King Z hosted a state banquet in X\'s honour"',
    date: '2023-11-21',
    source: 'Office of the President of the Republic of Korea',
    text:
      'President Yoon Suk Yeol is paying a state visit to the United Kingdom from 20 to 23 November 2023. ' +
      'On 21 November, King Charles III hosted a state banquet in his honour at Buckingham Palace.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Charles III', 'King Charles III'),
      S('United Kingdom'),
      E("Yoon's state visit to the United Kingdom", ['state visit to the United Kingdom', 'state visit'], '2023-11-20'),
      E('state banquet at Buckingham Palace', ['state banquet'], '2023-11-21'),
    ],
    relations: [
      ...took("Yoon's state visit to the United Kingdom", 'Yoon Suk Yeol'),
      ...took('state banquet at Buckingham Palace', 'Charles III', 'Yoon Suk Yeol'),
      part('state banquet at Buckingham Palace', "Yoon's state visit to the United Kingdom"),
    ],
  },
  {
    id: 'diary-paid-courtesy-call-on',
    form: '"X paid a courtesy call on Y in City on <date>" (a call in person)',
    date: '2023-10-12',
    source: 'Ministry of Foreign Affairs of Singapore',
    text: 'Minister for Foreign Affairs Dr Vivian Balakrishnan paid a courtesy call on Prime Minister Hun Manet in Phnom Penh on 12 October 2023.',
    entities: [
      P('Vivian Balakrishnan', 'Dr Vivian Balakrishnan', 'Balakrishnan'),
      P('Hun Manet', 'Prime Minister Hun Manet'),
      E('Balakrishnan-Hun Manet courtesy call in Phnom Penh', ['courtesy call'], '2023-10-12'),
    ],
    relations: [...took('Balakrishnan-Hun Manet courtesy call in Phnom Penh', 'Vivian Balakrishnan', 'Hun Manet')],
  },
  {
    id: 'diary-fourth-round-political-consultations-headed',
    form: '"The fourth round of political consultations between the MFAs of A and B was held in City. The A delegation was headed by X, and the B delegation by Y"',
    date: '2024-06-07',
    source: 'Ministry of Foreign Affairs of Armenia',
    text:
      'The fourth round of political consultations between the Ministries of Foreign Affairs of Armenia and Greece was held in Athens on 7 June 2024. ' +
      'The Armenian delegation was headed by Deputy Foreign Minister Vahan Kostanyan, and the Greek delegation by Secretary General Themistoklis Demiris.',
    entities: [
      P('Vahan Kostanyan', 'Deputy Foreign Minister Vahan Kostanyan', 'Kostanyan'),
      P('Themistoklis Demiris', 'Secretary General Themistoklis Demiris', 'Demiris'),
      S('Armenia', 'Armenian'),
      S('Greece', 'Greek'),
      E(
        'fourth round of political consultations between Armenia and Greece',
        ['fourth round of political consultations'],
        '2024-06-07',
      ),
    ],
    relations: [
      ...took(
        'fourth round of political consultations between Armenia and Greece',
        'Vahan Kostanyan',
        'Themistoklis Demiris',
      ),
    ],
  },
  {
    id: 'diary-joint-commission-12th-session-co-chaired',
    form: '"The 12th Session of the A-B Joint Commission was co-chaired by X and Y in City"',
    date: '2023-05-17',
    source: 'Ministry of Commerce and Industry of India',
    text:
      "The 12th Session of the India-Oman Joint Commission was co-chaired by Union Minister Piyush Goyal and Oman's Minister of Commerce, Industry and Investment Promotion, " +
      'Qais bin Mohammed Al Yousef, in Muscat on 17 May 2023.',
    entities: [
      P('Piyush Goyal', 'Union Minister Piyush Goyal', 'Goyal'),
      P('Qais bin Mohammed Al Yousef', 'Al Yousef'),
      S('Oman'),
      S('India'),
      E('12th Session of the India-Oman Joint Commission', ['India-Oman Joint Commission'], '2023-05-17'),
    ],
    relations: [
      ...took('12th Session of the India-Oman Joint Commission', 'Piyush Goyal', 'Qais bin Mohammed Al Yousef'),
    ],
  },
  {
    id: 'diary-expanded-format-talks-with-delegations',
    form: '"The meeting continued in an expanded format with the participation of the delegations" (second session)',
    date: '2024-06-20',
    source: 'President of Viet Nam',
    text:
      'President To Lam held talks with President Vladimir Putin in Hanoi on 20 June 2024. ' +
      'The talks began in a narrow format and continued in an expanded format with the participation of the two delegations.',
    entities: [
      P('To Lam', 'President To Lam'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      E('To Lam-Putin talks in Hanoi', ['talks'], '2024-06-20'),
      // (fl13c) The two sessions the sentence tells, PART_OF the talks as the GUIDE and bank-events-5's
      // "session-restricted-format-then-expanded" have them; the case listed none, though its form names a session.
      E('narrow-format talks', ['narrow format'], '2024-06-20'),
      E('expanded-format talks', ['expanded format'], '2024-06-20'),
    ],
    relations: [
      ...took('To Lam-Putin talks in Hanoi', 'To Lam', 'Vladimir Putin'),
      ...took('narrow-format talks', 'To Lam', 'Vladimir Putin'),
      ...took('expanded-format talks', 'To Lam', 'Vladimir Putin'),
      part('narrow-format talks', 'To Lam-Putin talks in Hanoi'),
      part('expanded-format talks', 'To Lam-Putin talks in Hanoi'),
    ],
  },
  {
    id: 'diary-working-breakfast-hosted',
    form: '"X hosted Y for a working breakfast at <residence>" (meal told with its host and guest)',
    date: '2024-04-11',
    source: 'Prime Minister of the Netherlands',
    text: 'Prime Minister Mark Rutte hosted President Emmanuel Macron for a working breakfast at the Catshuis in The Hague on 11 April 2024.',
    entities: [
      P('Mark Rutte', 'Prime Minister Mark Rutte', 'Rutte'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E('Rutte-Macron working breakfast at the Catshuis', ['working breakfast'], '2024-04-11'),
    ],
    relations: [...took('Rutte-Macron working breakfast at the Catshuis', 'Mark Rutte', 'Emmanuel Macron')],
  },
  {
    id: 'diary-held-videoconference',
    form: '"A and B held a videoconference on <date>" (the pair\'s event a video call)',
    date: '2022-04-11',
    source: 'The White House',
    text: 'President Joe Biden and Prime Minister Narendra Modi held a videoconference on 11 April 2022.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('Biden-Modi videoconference', ['videoconference'], '2022-04-11'),
    ],
    relations: [...took('Biden-Modi videoconference', 'Joe Biden', 'Narendra Modi')],
  },
];

const TOLD_BY_VERB: BankCase[] = [
  {
    id: 'verb-hosted-counterpart',
    form: '"X hosted her <demonym> counterpart Y in City on <date>" (meeting told by "hosted")',
    date: '2024-05-21',
    source: 'Federal Foreign Office of Germany',
    text: 'Foreign Minister Annalena Baerbock hosted her Ukrainian counterpart Dmytro Kuleba in Berlin on 21 May 2024.',
    entities: [
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      P('Dmytro Kuleba', 'Kuleba'),
      S('Ukraine', 'Ukrainian'),
      E('Baerbock-Kuleba meeting in Berlin', ['meeting'], '2024-05-21'),
    ],
    relations: [...took('Baerbock-Kuleba meeting in Berlin', 'Annalena Baerbock', 'Dmytro Kuleba')],
  },
  {
    id: 'verb-welcomed-to-palace',
    form: '"X welcomed Y to <palace> on <date>" (meeting told by "welcomed")',
    date: '2024-01-22',
    source: 'Élysée',
    text: 'President Emmanuel Macron welcomed Chancellor Olaf Scholz to the Élysée Palace on 22 January 2024.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      E('Macron-Scholz meeting at the Élysée Palace', ['meeting'], '2024-01-22'),
    ],
    relations: [...took('Macron-Scholz meeting at the Élysée Palace', 'Emmanuel Macron', 'Olaf Scholz')],
  },
  {
    id: 'verb-conferred-by-telephone',
    form: '"X conferred by telephone with Y" (a call told by "conferred")',
    date: '2024-02-05',
    source: 'U.S. Department of Defense',
    text: 'Secretary of Defense Lloyd J. Austin III conferred by telephone today with Israeli Minister of Defense Yoav Gallant.',
    entities: [
      P('Lloyd J. Austin III', 'Secretary of Defense Lloyd J. Austin III', 'Austin'),
      P('Yoav Gallant', 'Israeli Minister of Defense Yoav Gallant', 'Gallant'),
      S('Israel', 'Israeli'),
      E('Austin-Gallant call', ['call'], '2024-02-05'),
    ],
    relations: [...took('Austin-Gallant call', 'Lloyd J. Austin III', 'Yoav Gallant')],
  },
  {
    id: 'verb-was-hosted-by-passive',
    form: '"X was hosted by Y at <residence> in City" (passive verb-told meeting)',
    date: '2023-07-20',
    source: 'Prime Minister of Australia',
    text: 'Prime Minister Anthony Albanese was hosted by Prime Minister Chris Hipkins at Premier House in Wellington on 20 July 2023.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Chris Hipkins', 'Prime Minister Chris Hipkins', 'Hipkins'),
      E('Albanese-Hipkins meeting at Premier House', ['meeting'], '2023-07-20'),
    ],
    relations: [...took('Albanese-Hipkins meeting at Premier House', 'Anthony Albanese', 'Chris Hipkins')],
  },
  {
    id: 'verb-went-to-where-received',
    form: '"X travelled to City, where he was received by Y" (visit and meeting told by verbs)',
    date: '2024-06-11',
    source: 'Government of Spain',
    text: 'Prime Minister Pedro Sánchez travelled to Kyiv on 11 June 2024, where he was received by President Volodymyr Zelenskyy at the Mariinskyi Palace.',
    entities: [
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez', 'Sánchez'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E("Sánchez's visit to Kyiv", ['travelled to Kyiv'], '2024-06-11'),
      E('Sánchez-Zelenskyy meeting at the Mariinskyi Palace', ['meeting'], '2024-06-11'),
    ],
    relations: [
      ...took("Sánchez's visit to Kyiv", 'Pedro Sánchez'),
      ...took('Sánchez-Zelenskyy meeting at the Mariinskyi Palace', 'Pedro Sánchez', 'Volodymyr Zelenskyy'),
      part('Sánchez-Zelenskyy meeting at the Mariinskyi Palace', "Sánchez's visit to Kyiv"),
    ],
  },
  {
    id: 'verb-the-two-met-for-talks',
    form: '"A and B met for talks in City on <date>" (plural subject)',
    date: '2023-09-10',
    source: 'Prime Minister’s Office, United Kingdom',
    text: 'Prime Minister Rishi Sunak and Prime Minister Narendra Modi met for talks in New Delhi on 9 September 2023.',
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('Sunak-Modi talks in New Delhi', ['talks'], '2023-09-09'),
    ],
    relations: [...took('Sunak-Modi talks in New Delhi', 'Rishi Sunak', 'Narendra Modi')],
  },
  {
    id: 'verb-caught-up-with',
    form: 'informal "X caught up with Y in City" (meeting told by a phrasal verb)',
    date: '2024-07-11',
    source: 'Minister of Foreign Affairs of New Zealand',
    text: 'Foreign Minister Winston Peters caught up with Secretary of State Antony Blinken in Washington on 11 July 2024.',
    entities: [
      P('Winston Peters', 'Foreign Minister Winston Peters', 'Peters'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      E('Peters-Blinken meeting in Washington', ['meeting'], '2024-07-11'),
    ],
    relations: [...took('Peters-Blinken meeting in Washington', 'Winston Peters', 'Antony Blinken')],
  },
  {
    id: 'verb-met-separately',
    form: '"X met separately with A and B" (two meetings, one verb)',
    date: '2023-06-06',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'In Tokyo on 6 June 2023, Foreign Minister Yoshimasa Hayashi met separately with Foreign Minister Eli Cohen of Israel and Foreign Minister Ayman Safadi of Jordan.',
    entities: [
      P('Yoshimasa Hayashi', 'Foreign Minister Yoshimasa Hayashi', 'Hayashi'),
      P('Eli Cohen', 'Foreign Minister Eli Cohen', 'Cohen'),
      P('Ayman Safadi', 'Foreign Minister Ayman Safadi', 'Safadi'),
      S('Israel'),
      S('Jordan'),
      E('Hayashi-Cohen meeting', ['meeting'], '2023-06-06'),
      E('Hayashi-Safadi meeting', ['meeting'], '2023-06-06'),
    ],
    relations: [
      ...took('Hayashi-Cohen meeting', 'Yoshimasa Hayashi', 'Eli Cohen'),
      ...took('Hayashi-Safadi meeting', 'Yoshimasa Hayashi', 'Ayman Safadi'),
    ],
  },
];

const NAMED_AND_RECALLED: BankCase[] = [
  {
    id: 'recalled-last-met-in-city-month',
    form: '"The two ministers last met in City in <month>" (an earlier meeting told by a clause, beside today\'s call)',
    date: '2024-04-02',
    source: 'Ministry for Foreign Affairs of Sweden',
    text:
      'Minister for Foreign Affairs Tobias Billström spoke by telephone today with Foreign Minister Bogdan Aurescu of Romania. ' +
      'The two ministers last met in Bucharest in February.',
    entities: [
      P('Tobias Billström', 'Minister for Foreign Affairs Tobias Billström', 'Billström'),
      P('Bogdan Aurescu', 'Foreign Minister Bogdan Aurescu', 'Aurescu'),
      S('Romania'),
      E('Billström-Aurescu call', ['telephone call'], '2024-04-02'),
      E('Billström-Aurescu meeting in Bucharest', ['meeting in Bucharest'], '2024-02'),
    ],
    relations: [
      ...took('Billström-Aurescu call', 'Tobias Billström', 'Bogdan Aurescu'),
      ...took('Billström-Aurescu meeting in Bucharest', 'Tobias Billström', 'Bogdan Aurescu'),
    ],
  },
  {
    id: 'named-city-talks-of-date-between',
    form: '"the Geneva talks of 10 January between A and B" (kind + place + date + partners, recalled)',
    date: '2022-01-12',
    source: 'NATO',
    text: 'Allies were briefed on the Geneva talks of 10 January between Deputy Secretary of State Wendy Sherman and Deputy Foreign Minister Sergei Ryabkov.',
    entities: [
      P('Wendy Sherman', 'Deputy Secretary of State Wendy Sherman', 'Sherman'),
      P('Sergei Ryabkov', 'Deputy Foreign Minister Sergei Ryabkov', 'Ryabkov'),
      E('Geneva talks', ['Geneva talks of 10 January'], '2022-01-10'),
    ],
    relations: [...took('Geneva talks', 'Wendy Sherman', 'Sergei Ryabkov')],
  },
  {
    id: 'named-their-meeting-in-city-last-month',
    form: '"following up on their meeting in City last month" (a possessive earlier meeting)',
    date: '2024-05-14',
    source: 'Global Affairs Canada',
    text: 'Minister of Foreign Affairs Mélanie Joly spoke with Foreign Minister Stéphane Séjourné of France, following up on their meeting in Paris last month.',
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly', 'Joly'),
      P('Stéphane Séjourné', 'Foreign Minister Stéphane Séjourné', 'Séjourné'),
      S('France'),
      E('Joly-Séjourné call', ['call'], '2024-05-14'),
      E('Joly-Séjourné meeting in Paris', ['meeting in Paris'], '2024-04'),
    ],
    relations: [
      ...took('Joly-Séjourné call', 'Mélanie Joly', 'Stéphane Séjourné'),
      ...took('Joly-Séjourné meeting in Paris', 'Mélanie Joly', 'Stéphane Séjourné'),
    ],
  },
  {
    id: 'named-kind-place-date-partner-annual',
    form: '"the 2024 Annual Leaders\' Meeting between Australia and New Zealand, held in Wellington on …, brought together A and B"',
    date: '2024-08-16',
    source: 'Prime Minister of New Zealand',
    text:
      "The 2024 Annual Leaders' Meeting between Australia and New Zealand, held in Wellington on 16 August, brought together " +
      'Prime Minister Christopher Luxon and Prime Minister Anthony Albanese.',
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      S('Australia'),
      S('New Zealand'),
      E("2024 Annual Leaders' Meeting", ["Annual Leaders' Meeting"], '2024-08-16'),
    ],
    relations: [...took("2024 Annual Leaders' Meeting", 'Christopher Luxon', 'Anthony Albanese')],
  },
  {
    id: 'named-strategic-dialogue-inaugural-co-led',
    form: '"The inaugural X-Y Strategic Dialogue was co-led by A and B in City"',
    date: '2023-11-28',
    source: 'Ministry of Foreign Affairs of the Philippines',
    text: 'The inaugural Philippines-Japan Maritime Dialogue was co-led by Undersecretary Theresa Lazaro and Deputy Minister Masataka Okano in Manila on 28 November 2023.',
    entities: [
      P('Theresa Lazaro', 'Undersecretary Theresa Lazaro', 'Lazaro'),
      P('Masataka Okano', 'Deputy Minister Masataka Okano', 'Okano'),
      S('Philippines'),
      S('Japan'),
      E('inaugural Philippines-Japan Maritime Dialogue', ['Philippines-Japan Maritime Dialogue'], '2023-11-28'),
    ],
    relations: [...took('inaugural Philippines-Japan Maritime Dialogue', 'Theresa Lazaro', 'Masataka Okano')],
  },
  {
    id: 'named-two-plus-two-convened',
    form: '"A and B convened the X-Y 2+2 Ministerial Dialogue in City" (event told by "convened")',
    date: '2023-11-10',
    source: 'U.S. Department of State',
    text:
      'Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin convened the fifth U.S.-India 2+2 Ministerial Dialogue in New Delhi on 10 November 2023 ' +
      'with External Affairs Minister S. Jaishankar and Defence Minister Rajnath Singh.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Lloyd Austin', 'Secretary of Defense Lloyd Austin', 'Austin'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Rajnath Singh', 'Defence Minister Rajnath Singh', 'Singh'),
      S('India'),
      S('United States', 'U.S.'),
      E('fifth U.S.-India 2+2 Ministerial Dialogue', ['2+2 Ministerial Dialogue'], '2023-11-10'),
    ],
    relations: [
      ...took(
        'fifth U.S.-India 2+2 Ministerial Dialogue',
        'Antony Blinken',
        'Lloyd Austin',
        'S. Jaishankar',
        'Rajnath Singh',
      ),
    ],
  },
  {
    id: 'named-fifth-round-teams-led',
    form: '"The two delegations met in City for a fifth round of talks on X. Leading the A team was P, while the B side was led by Q"',
    date: '2023-10-25',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'The two delegations met in Oslo for a fifth round of talks on a framework agreement. ' +
      'Leading the Colombian team was Otty Patiño, while the ELN side was led by Pablo Beltrán.',
    entities: [
      P('Otty Patiño', 'Patiño'),
      P('Pablo Beltrán', 'Beltrán'),
      S('Colombia', 'Colombian'),
      E('fifth round of talks in Oslo', ['fifth round of talks'], '2023-10-25'),
    ],
    relations: [...took('fifth round of talks in Oslo', 'Otty Patiño', 'Pablo Beltrán')],
  },
];

const VISITS: BankCase[] = [
  {
    id: 'visit-during-his-stay-also-met',
    form: '"X is on an official visit to Y. During his stay in City, he also met A and B" (meetings part of the visit)',
    date: '2024-06-05',
    source: 'Prime Minister of New Zealand',
    text:
      'Prime Minister Christopher Luxon is on an official visit to Viet Nam. During his stay in Hanoi, he also met General Secretary Nguyen Phu Trong ' +
      'and National Assembly Chairman Tran Thanh Man.',
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      P('Nguyen Phu Trong', 'General Secretary Nguyen Phu Trong'),
      P('Tran Thanh Man', 'National Assembly Chairman Tran Thanh Man'),
      S('Viet Nam'),
      E("Luxon's official visit to Viet Nam", ['official visit to Viet Nam', 'official visit'], '2024-06-05'),
      E('Luxon-Nguyen Phu Trong meeting', ['meeting'], '2024-06-05'),
      E('Luxon-Tran Thanh Man meeting', ['meeting'], '2024-06-05'),
    ],
    relations: [
      ...took("Luxon's official visit to Viet Nam", 'Christopher Luxon'),
      ...took('Luxon-Nguyen Phu Trong meeting', 'Christopher Luxon', 'Nguyen Phu Trong'),
      ...took('Luxon-Tran Thanh Man meeting', 'Christopher Luxon', 'Tran Thanh Man'),
      part('Luxon-Nguyen Phu Trong meeting', "Luxon's official visit to Viet Nam"),
      part('Luxon-Tran Thanh Man meeting', "Luxon's official visit to Viet Nam"),
    ],
  },
  {
    id: 'visit-included-talks-and-meeting',
    form: '"The visit included talks with President A and a meeting with Speaker B" (visit told by its content)',
    date: '2024-03-12',
    source: 'Ministry of Foreign Affairs of Poland',
    text:
      'Foreign Minister Radosław Sikorski paid a working visit to Lithuania on 12 March 2024. ' +
      'The visit included talks with President Gitanas Nausėda and a meeting with Speaker of the Seimas Viktorija Čmilytė-Nielsen.',
    entities: [
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski', 'Sikorski'),
      P('Gitanas Nausėda', 'President Gitanas Nausėda', 'Nausėda'),
      P('Viktorija Čmilytė-Nielsen', 'Speaker of the Seimas Viktorija Čmilytė-Nielsen', 'Čmilytė-Nielsen'),
      S('Lithuania'),
      E("Sikorski's working visit to Lithuania", ['working visit to Lithuania', 'working visit'], '2024-03-12'),
      E('Sikorski-Nausėda talks', ['talks with President Gitanas Nausėda'], '2024-03-12'),
      E(
        'Sikorski-Čmilytė-Nielsen meeting',
        ['meeting with Speaker of the Seimas Viktorija Čmilytė-Nielsen'],
        '2024-03-12',
      ),
    ],
    relations: [
      ...took("Sikorski's working visit to Lithuania", 'Radosław Sikorski'),
      ...took('Sikorski-Nausėda talks', 'Radosław Sikorski', 'Gitanas Nausėda'),
      ...took('Sikorski-Čmilytė-Nielsen meeting', 'Radosław Sikorski', 'Viktorija Čmilytė-Nielsen'),
      part('Sikorski-Nausėda talks', "Sikorski's working visit to Lithuania"),
      part('Sikorski-Čmilytė-Nielsen meeting', "Sikorski's working visit to Lithuania"),
    ],
  },
  {
    id: 'visit-programme-bullets-dated',
    form: 'a dated bulleted programme under "Programme of the official visit of X to Y:"',
    date: '2024-03-05',
    source: 'Prime Minister’s Office of Finland',
    text:
      'Programme of the official visit of Prime Minister Petteri Orpo to Japan:\n' +
      '• Tuesday 5 March: meeting with Prime Minister Fumio Kishida at the Kantei\n' +
      '• Wednesday 6 March: audience with Emperor Naruhito at the Imperial Palace',
    entities: [
      P('Petteri Orpo', 'Prime Minister Petteri Orpo', 'Orpo'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Naruhito', 'Emperor Naruhito'),
      S('Japan'),
      E(
        "Orpo's official visit to Japan",
        ['official visit of Prime Minister Petteri Orpo to Japan', 'official visit'],
        '2024-03',
      ),
      E('Orpo-Kishida meeting at the Kantei', ['meeting with Prime Minister Fumio Kishida'], '2024-03-05'),
      E('Orpo-Naruhito audience at the Imperial Palace', ['audience with Emperor Naruhito'], '2024-03-06'),
    ],
    relations: [
      ...took("Orpo's official visit to Japan", 'Petteri Orpo'),
      ...took('Orpo-Kishida meeting at the Kantei', 'Petteri Orpo', 'Fumio Kishida'),
      ...took('Orpo-Naruhito audience at the Imperial Palace', 'Petteri Orpo', 'Naruhito'),
      part('Orpo-Kishida meeting at the Kantei', "Orpo's official visit to Japan"),
      part('Orpo-Naruhito audience at the Imperial Palace', "Orpo's official visit to Japan"),
    ],
  },
  {
    id: 'visit-in-the-course-of-held-talks',
    form: '"arrived in City on a state visit … In the course of the visit, he held talks with Y" (meeting part of a visit told first)',
    date: '2023-09-27',
    source: 'President of Kazakhstan',
    text:
      'President Kassym-Jomart Tokayev arrived in Berlin on a state visit on 27 September 2023. ' +
      'In the course of the visit, he held talks with Federal Chancellor Olaf Scholz at the Federal Chancellery.',
    entities: [
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz', 'Scholz'),
      E("Tokayev's state visit to Berlin", ['state visit'], '2023-09-27'),
      E('Tokayev-Scholz talks at the Federal Chancellery', ['talks'], '2023-09-27'),
    ],
    relations: [
      ...took("Tokayev's state visit to Berlin", 'Kassym-Jomart Tokayev'),
      ...took('Tokayev-Scholz talks at the Federal Chancellery', 'Kassym-Jomart Tokayev', 'Olaf Scholz'),
      part('Tokayev-Scholz talks at the Federal Chancellery', "Tokayev's state visit to Berlin"),
    ],
  },
  {
    id: 'visit-second-day-began-with',
    form: '"The second day of X\'s visit to Y began with a meeting with Z" (meeting told by the day of a visit)',
    date: '2023-04-06',
    source: 'Presidency of the French Republic',
    text: "The second day of President Emmanuel Macron's state visit to China began with a meeting with Premier Li Qiang in Beijing.",
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Li Qiang', 'Premier Li Qiang', 'Li'),
      S('China'),
      E("Macron's state visit to China", ['state visit to China', 'state visit']),
      E('Macron-Li Qiang meeting in Beijing', ['meeting with Premier Li Qiang'], '2023-04-06'),
    ],
    relations: [
      ...took("Macron's state visit to China", 'Emmanuel Macron'),
      ...took('Macron-Li Qiang meeting in Beijing', 'Emmanuel Macron', 'Li Qiang'),
      part('Macron-Li Qiang meeting in Beijing', "Macron's state visit to China"),
    ],
  },
  {
    id: 'visit-welcomed-on-arrival-ceremony',
    form: '"X was accorded a ceremonial welcome at <palace> on the first day of his state visit; he then held delegation-level talks with Y"',
    date: '2023-12-16',
    source: 'Ministry of External Affairs of India',
    text:
      'Sultan Haitham bin Tarik of Oman, on a state visit to India, was accorded a ceremonial welcome at Rashtrapati Bhavan on 16 December 2023. ' +
      'He then held delegation-level talks with Prime Minister Narendra Modi at Hyderabad House.',
    entities: [
      P('Haitham bin Tarik', 'Sultan Haitham bin Tarik'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('Oman'),
      S('India'),
      E("Haitham bin Tarik's state visit to India", ['state visit to India', 'state visit'], '2023-12'),
      E('ceremonial welcome at Rashtrapati Bhavan', ['ceremonial welcome'], '2023-12-16'),
      E('Haitham bin Tarik-Modi delegation-level talks at Hyderabad House', ['delegation-level talks'], '2023-12-16'),
    ],
    relations: [
      ...took("Haitham bin Tarik's state visit to India", 'Haitham bin Tarik'),
      ...took('ceremonial welcome at Rashtrapati Bhavan', 'Haitham bin Tarik'),
      ...took('Haitham bin Tarik-Modi delegation-level talks at Hyderabad House', 'Haitham bin Tarik', 'Narendra Modi'),
      part('ceremonial welcome at Rashtrapati Bhavan', "Haitham bin Tarik's state visit to India"),
      part(
        'Haitham bin Tarik-Modi delegation-level talks at Hyderabad House',
        "Haitham bin Tarik's state visit to India",
      ),
    ],
  },
];

const REACHED: BankCase[] = [
  {
    id: 'reached-signed-in-presence-of-after-talks',
    form: '"After the talks, the A and B were signed in the presence of the two Prime Ministers"',
    date: '2024-02-26',
    source: 'Government of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis held talks with Prime Minister Narendra Modi in New Delhi on 21 February 2024. ' +
      'After the talks, a Memorandum of Understanding on Migration and Mobility was signed in the presence of the two Prime Ministers.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      A('Memorandum of Understanding on Migration and Mobility'),
      E('Mitsotakis-Modi talks in New Delhi', ['talks'], '2024-02-21'),
    ],
    relations: [
      ...took('Mitsotakis-Modi talks in New Delhi', 'Kyriakos Mitsotakis', 'Narendra Modi'),
      at('Memorandum of Understanding on Migration and Mobility', 'Mitsotakis-Modi talks in New Delhi'),
    ],
  },
  {
    id: 'reached-adopted-at-close-of-summit',
    form: '"At the close of the 11th X Summit, leaders adopted the Y Declaration"',
    date: '2023-06-02',
    source: 'Council of Europe',
    text: 'At the close of the Fourth Summit of Heads of State and Government of the Council of Europe in Reykjavík, leaders adopted the Reykjavík Declaration.',
    entities: [
      O('Council of Europe'),
      A('Reykjavík Declaration'),
      E('Fourth Summit of Heads of State and Government of the Council of Europe', [
        'Fourth Summit',
        'Reykjavík Summit',
      ]),
    ],
    relations: [at('Reykjavík Declaration', 'Fourth Summit of Heads of State and Government of the Council of Europe')],
  },
  {
    id: 'reached-in-the-course-of-state-visit-signed',
    form: '"In the course of the state visit, the two sides signed an Agreement on …"',
    date: '2024-04-09',
    source: 'Ministry of Foreign Affairs of Kyrgyzstan',
    text:
      'President Sadyr Japarov paid a state visit to Hungary on 9 April 2024. In the course of the state visit, the two sides signed ' +
      'an Agreement on Visa Exemption for Holders of Diplomatic Passports.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov', 'Japarov'),
      S('Hungary'),
      A('Agreement on Visa Exemption for Holders of Diplomatic Passports'),
      E("Japarov's state visit to Hungary", ['state visit to Hungary', 'state visit'], '2024-04-09'),
    ],
    relations: [
      ...took("Japarov's state visit to Hungary", 'Sadyr Japarov'),
      at('Agreement on Visa Exemption for Holders of Diplomatic Passports', "Japarov's state visit to Hungary"),
    ],
  },
  {
    id: 'reached-issued-at-end-of-meeting',
    form: '"At the end of their meeting, the leaders issued a Joint Statement on X"',
    date: '2023-05-25',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese met Prime Minister James Marape in Port Moresby on 25 May 2023. ' +
      'At the end of their meeting, the leaders issued a Joint Statement on the Bilateral Security Agreement negotiations.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('James Marape', 'Prime Minister James Marape', 'Marape'),
      A('Joint Statement on the Bilateral Security Agreement negotiations', 'Joint Statement'),
      E('Albanese-Marape meeting in Port Moresby', ['meeting'], '2023-05-25'),
    ],
    relations: [
      ...took('Albanese-Marape meeting in Port Moresby', 'Anthony Albanese', 'James Marape'),
      at('Joint Statement on the Bilateral Security Agreement negotiations', 'Albanese-Marape meeting in Port Moresby'),
    ],
  },
  {
    id: 'reached-signed-on-the-margins-of-summit',
    form: '"X was signed on the margins of the NATO Summit in Vilnius by A and B"',
    date: '2023-07-12',
    source: 'Government of Sweden',
    text:
      'A Joint Declaration of Intent on Defence Cooperation was signed on the margins of the NATO Summit in Vilnius on 12 July 2023 ' +
      'by Prime Minister Ulf Kristersson and Prime Minister Mark Rutte.',
    entities: [
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      P('Mark Rutte', 'Prime Minister Mark Rutte', 'Rutte'),
      O('NATO'),
      A('Joint Declaration of Intent on Defence Cooperation'),
      E('NATO Summit in Vilnius', ['NATO Summit'], '2023-07-12'),
    ],
    relations: [
      ...took('NATO Summit in Vilnius', 'Ulf Kristersson', 'Mark Rutte'),
      at('Joint Declaration of Intent on Defence Cooperation', 'NATO Summit in Vilnius'),
    ],
  },
  {
    id: 'reached-witnessed-exchange-after-meeting',
    form: '"Following their meeting, the two leaders witnessed the exchange of the X"',
    date: '2024-09-05',
    source: 'Prime Minister’s Office of Singapore',
    text:
      'Prime Minister Lawrence Wong met Prime Minister Narendra Modi at the Istana on 5 September 2024. ' +
      'Following their meeting, the two leaders witnessed the exchange of the Memorandum of Understanding on Semiconductor Ecosystem Partnership.',
    entities: [
      P('Lawrence Wong', 'Prime Minister Lawrence Wong', 'Wong'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      A('Memorandum of Understanding on Semiconductor Ecosystem Partnership'),
      E('Wong-Modi meeting at the Istana', ['meeting'], '2024-09-05'),
    ],
    relations: [
      ...took('Wong-Modi meeting at the Istana', 'Lawrence Wong', 'Narendra Modi'),
      at('Memorandum of Understanding on Semiconductor Ecosystem Partnership', 'Wong-Modi meeting at the Istana'),
    ],
  },
  {
    id: 'reached-adopted-by-council-at-session',
    form: '"The Ministerial Council adopted the X at its 30th meeting in City" (a body\'s session)',
    date: '2023-12-01',
    source: 'OSCE',
    text: 'The OSCE Ministerial Council adopted the Skopje Declaration at its 30th meeting in Skopje on 1 December 2023.',
    entities: [
      O('OSCE'),
      O('OSCE Ministerial Council', 'Ministerial Council'),
      A('Skopje Declaration'),
      E('30th meeting of the OSCE Ministerial Council', ['30th meeting'], '2023-12-01'),
    ],
    relations: [at('Skopje Declaration', '30th meeting of the OSCE Ministerial Council')],
  },
];

const PLANNED: BankCase[] = [
  {
    id: 'planned-agreed-next-round-in-city',
    form: '"The two sides agreed to hold the next round of consultations in City in …" (planned, no participants)',
    date: '2024-10-08',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'First Vice Minister Kim Hong-kyun held strategic consultations with Deputy Foreign Minister Anna Lührmann in Seoul on 8 October 2024. ' +
      'The two sides agreed to hold the next round of consultations in Berlin in the first half of 2025.',
    entities: [
      P('Kim Hong-kyun', 'First Vice Minister Kim Hong-kyun'),
      P('Anna Lührmann', 'Deputy Foreign Minister Anna Lührmann', 'Lührmann'),
      E('Kim Hong-kyun-Lührmann strategic consultations in Seoul', ['strategic consultations'], '2024-10-08'),
      E('next round of consultations in Berlin', ['next round of consultations'], '2025'),
    ],
    relations: [...took('Kim Hong-kyun-Lührmann strategic consultations in Seoul', 'Kim Hong-kyun', 'Anna Lührmann')],
  },
  {
    id: 'planned-is-expected-to-attend',
    form: '"X is expected to attend the Y in City in October" (planned, no participants)',
    date: '2024-09-30',
    source: 'State House Kenya',
    text: 'President William Ruto is expected to attend the Commonwealth Heads of Government Meeting in Apia, Samoa, in October.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      S('Samoa'),
      E('Commonwealth Heads of Government Meeting in Apia', ['Commonwealth Heads of Government Meeting'], '2024-10'),
    ],
    relations: [],
  },
  {
    id: 'planned-accepted-invitation-to-visit',
    form: '"X accepted an invitation to visit Y at a mutually convenient time" (planned visit, no participants)',
    date: '2024-08-19',
    source: 'Prime Minister’s Office of Malaysia',
    text:
      'Prime Minister Anwar Ibrahim received a courtesy call from Foreign Minister Penny Wong at Seri Perdana on 19 August 2024. ' +
      'Ms Wong conveyed an invitation from Prime Minister Anthony Albanese for Anwar to visit Australia, which he accepted.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Ms Wong', 'Wong'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      S('Australia'),
      E('Anwar-Wong courtesy call at Seri Perdana', ['courtesy call'], '2024-08-19'),
      E("Anwar's visit to Australia", ['visit Australia']),
    ],
    relations: [...took('Anwar-Wong courtesy call at Seri Perdana', 'Anwar Ibrahim', 'Penny Wong')],
  },
  {
    id: 'planned-summit-to-be-convened',
    form: '"The third X Summit will be convened in City in 2025" (planned, with a held meeting that prepared it)',
    date: '2024-11-19',
    source: 'Ministry of Foreign Affairs of Brazil',
    text:
      'Foreign Minister Mauro Vieira met Foreign Minister Wang Yi in Rio de Janeiro on 19 November 2024. ' +
      'The fourth China-CELAC Ministerial Forum will be convened in Beijing in 2025.',
    entities: [
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Vieira'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      O('CELAC'),
      S('China'),
      E('Vieira-Wang Yi meeting in Rio de Janeiro', ['meeting'], '2024-11-19'),
      E('fourth China-CELAC Ministerial Forum', ['China-CELAC Ministerial Forum'], '2025'),
    ],
    relations: [...took('Vieira-Wang Yi meeting in Rio de Janeiro', 'Mauro Vieira', 'Wang Yi')],
  },
];

const HEADLINES: BankCase[] = [
  {
    id: 'headline-meets-with-counterpart-lead',
    form: 'headline "Minister X meets with <demonym> counterpart" over "Today, X met with Y, Title of Z, in City"',
    date: '2023-10-13',
    title: 'Minister Joly meets with Mexican counterpart',
    source: 'Global Affairs Canada',
    text: 'Today, Minister of Foreign Affairs Mélanie Joly met with Alicia Bárcena, Secretary of Foreign Affairs of Mexico, in Ottawa.',
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly', 'Minister Joly', 'Joly'),
      P('Alicia Bárcena', 'Bárcena'),
      S('Mexico', 'Mexican'),
      E('Joly-Bárcena meeting in Ottawa', ['meeting'], '2023-10-13'),
    ],
    relations: [...took('Joly-Bárcena meeting in Ottawa', 'Mélanie Joly', 'Alicia Bárcena')],
  },
  {
    id: 'headline-readout-call-with',
    form: 'headline "Readout of President X\'s Call with Prime Minister Y" over "X spoke today with Y"',
    date: '2024-03-18',
    title: "Readout of President Joe Biden's Call with Prime Minister Netanyahu of Israel",
    source: 'The White House',
    text: 'President Joseph R. Biden, Jr. spoke today with Prime Minister Benjamin Netanyahu of Israel.',
    entities: [
      P('Joe Biden', 'President Joseph R. Biden, Jr.', 'President Joe Biden', 'Biden'),
      P('Benjamin Netanyahu', 'Prime Minister Benjamin Netanyahu', 'Netanyahu'),
      S('Israel'),
      E('Biden-Netanyahu call', ['call'], '2024-03-18'),
    ],
    relations: [...took('Biden-Netanyahu call', 'Joe Biden', 'Benjamin Netanyahu')],
  },
  {
    id: 'headline-to-visit-planned',
    form: 'headline "Prime Minister X to visit Y" over "X will travel to City next week" (planned)',
    date: '2023-09-15',
    title: 'Prime Minister Albanese to visit Papua New Guinea',
    source: 'Prime Minister of Australia',
    text: 'Prime Minister Anthony Albanese will travel to Port Moresby next week for the Australia-Papua New Guinea Annual Leaders’ Dialogue.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      S('Papua New Guinea'),
      E("Albanese's visit to Papua New Guinea", ['visit Papua New Guinea', 'travel to Port Moresby']),
      E('Australia-Papua New Guinea Annual Leaders’ Dialogue', ['Annual Leaders’ Dialogue']),
    ],
    relations: [part('Australia-Papua New Guinea Annual Leaders’ Dialogue', "Albanese's visit to Papua New Guinea")],
  },
  {
    id: 'headline-in-brief-dated-agenda-bullets',
    form: 'a dated daily agenda "Agenda of the Minister — Thursday 7 March" with bullets "10:00 Meeting with X, Title of Y"',
    date: '2024-03-07',
    title: 'Agenda of the Minister of Foreign Affairs — Thursday 7 March 2024',
    source: 'Ministry of Foreign Affairs of Spain',
    text:
      '• 10:00 Meeting of Minister José Manuel Albares with the Minister of Foreign Affairs of Portugal, João Gomes Cravinho, at the Palacio de Santa Cruz.\n' +
      '• 13:30 Working lunch of Minister Albares with the Secretary General of the OECD, Mathias Cormann.',
    entities: [
      P('José Manuel Albares', 'Minister José Manuel Albares', 'Albares'),
      P('João Gomes Cravinho', 'Gomes Cravinho'),
      P('Mathias Cormann', 'Cormann'),
      S('Portugal'),
      O('OECD'),
      E('Albares-Gomes Cravinho meeting at the Palacio de Santa Cruz', ['meeting'], '2024-03-07'),
      E('Albares-Cormann working lunch', ['working lunch'], '2024-03-07'),
    ],
    relations: [
      ...took(
        'Albares-Gomes Cravinho meeting at the Palacio de Santa Cruz',
        'José Manuel Albares',
        'João Gomes Cravinho',
      ),
      ...took('Albares-Cormann working lunch', 'José Manuel Albares', 'Mathias Cormann'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-meeting-the-targets',
    form: 'negative: "meeting" as a verb ("meeting the targets of the Paris Agreement") makes no event',
    date: '2024-04-10',
    source: 'Ministry of Foreign Affairs of Denmark',
    text: 'Denmark and Viet Nam stressed the importance of meeting the targets of the Paris Agreement and of visiting each other regularly.',
    entities: [S('Denmark'), S('Viet Nam'), A('Paris Agreement')],
    relations: [],
  },
  {
    id: 'negative-visiting-forces-agreement',
    form: 'negative: a kind word inside an agreement\'s title ("Visiting Forces Agreement", "Summit Declaration") makes no event',
    date: '2024-01-20',
    source: 'Department of Foreign Affairs of the Philippines',
    text: 'The Philippines and Australia reaffirmed the importance of the Visiting Forces Agreement that entered into force in 2012.',
    entities: [S('Philippines'), S('Australia'), A('Visiting Forces Agreement')],
    relations: [],
  },
  {
    id: 'negative-no-meeting-scheduled',
    form: 'negative: a meeting ruled out ("No meeting between the two presidents is scheduled") has no participants',
    date: '2024-02-02',
    source: 'Press service',
    text: 'The spokesperson said that no meeting between President Emmanuel Macron and President Vladimir Putin was scheduled.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
    ],
    relations: [],
  },
];

/** The bank: every case in the order of its house-style groups. */
export const EVENT_BANK: BankCase[] = [
  ...WIRE,
  ...SPOKESPERSON,
  ...BODIES,
  ...DIARIES,
  ...TOLD_BY_VERB,
  ...NAMED_AND_RECALLED,
  ...VISITS,
  ...REACHED,
  ...PLANNED,
  ...HEADLINES,
  ...NEGATIVES,
];
