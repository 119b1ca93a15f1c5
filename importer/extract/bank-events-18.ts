// The eighteenth events paraphrase bank (issue 6, round ev26): a blind bank written before any rule change of the
// round, after reading the header of bank-events-17.ts and the events sections of docs/first-look.md (ev25, ev25fix),
// on the costliest relation loss of the new styles: the readout's OWN meeting or signing not found, or named after
// another event, so that every PARTICIPATED_IN, DISCUSSED, REACHED_AT and PART_OF hanging on it is lost with it. About
// half whole short readouts (a title line, a dateline or lead, 2–4 sentences), half fragments. Forms: a signing told
// only by the verb ("X and Y signed the Treaty at Place on Monday", "signed for the government … with Z looking on",
// "taking part by video link"), a signing inside a virtual summit or a visit; a meeting told by the headline and then
// "the two sides"; processes and formats named without a kind word ("the Luanda process", "the Astana format", "the
// Berlin Process", "the Normandy format", "the Doha process", "the Jeddah process", "the Geneva process", "the Bali
// Process") as events discussed or as the parent of a meeting; rounds and sessions with their parent ("the fourth round
// of the indirect nuclear talks", "the sixth round of the … Strategic Dialogue", "the general debate of the 80th
// session", "the high-level segment of COP29", "the first plenary session of the 17th BRICS Summit", "the 25th session
// of the … Intergovernmental Commission"); visits told by "arrived in", "paid a working visit", "received in audience";
// telephone calls told by "spoke by telephone", "spoke by phone", "talked by phone"; negatives: announced, scheduled,
// postponed or cancelled events (no PARTICIPATED_IN), a leader who stayed away.
// House styles not used by events banks 1–17: Dawn, the PNG Post-Courier, Ahram Online, KCNA, the Philippine News
// Agency, Defimedia (Mauritius), Addis Standard, Khovar, Gulf News, The Kathmandu Post, the Ethiopian News Agency,
// Montsame, the Georgian Public Broadcaster, The Times of India, The National (UAE), Mexico News Daily, ANGOP, The
// Astana Times, Balkan Insight, RFE/RL, TOLOnews, Arab News, The Jakarta Post, SANA, Tasnim, WION, France 24, Agência
// Brasil, the Bahrain News Agency, APP, L'Osservatore Romano, MAP, Ukrainska Pravda, Daily Sabah, KUNA, Kun.uz, Meduza,
// the Global Times, ANSA, Suspilne, the Vanuatu Daily Post, Hromadske, the Solomon Star, The Moscow Times, the Mail &
// Guardian, Middle East Eye, Report.az.
// Conventions (GUIDE; events-15 to events-17 as they state them): a signing told as the occasion is an Event whose
// signatories and the witnesses the text names take part, and the agreement signed is REACHED_AT it (and at the summit
// or talks it closed, when the text puts it there); a meeting told by a headline and "the two sides" is an Event its two
// named sides take part in; a process or format named without a kind word is an Event; a round, session or meeting of
// it is PART_OF it and its participants take part in the whole; a round or session "between A and B" or named "A-B"
// INVOLVES A and B; a summit or session of an organisation INVOLVES it; a meeting held during a visit is PART_OF the
// visit, the visitor takes part in the visit, the host only in the parts the text puts him in; an audience is a meeting;
// a telephone call is an Event its two speakers take part in; DISCUSSED links a held meeting or call to the events,
// agreements, states and organisations it dealt with (a planned event arranged there included); announced, scheduled,
// postponed and cancelled events are Events with no PARTICIPATED_IN.
// Its area is Events, PARTICIPATED_IN, PART_OF, INVOLVES, REACHED_AT and DISCUSSED. 48 cases: 9 signings, 8 headline
// meetings, 8 processes and formats, 7 rounds and sessions, 7 visits, 3 calls, 6 negatives.
import { type BankCase, A, E, O, P, S, dis, inv, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'INVOLVES', 'REACHED_AT', 'DISCUSSED'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

/** The readout's own signing told only by the verb "signed". */
const SIGNINGS: BankCase[] = [
  {
    id: 'sg-headline-sign-then-a-and-b-signed-the-agreement-at-palace-on-wednesday-also-present',
    form: 'newspaper: title "A, B sign Agreement"; body "CITY: Title X and Title Y signed the Agreement at Place on Wednesday. Title Z and Title W were also present" (the signing told by the verb; witnesses)',
    date: '2025-09-17',
    title: 'Pakistan, Saudi Arabia sign strategic mutual defence agreement',
    source: 'Dawn',
    text:
      'RIYADH: Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman signed the Strategic Mutual Defence Agreement at Al-Yamamah Palace on Wednesday. ' +
      'Field Marshal Asim Munir and Deputy Prime Minister Ishaq Dar were also present.',
    entities: [
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif'),
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      P('Asim Munir', 'Field Marshal Asim Munir'),
      P('Ishaq Dar', 'Deputy Prime Minister Ishaq Dar'),
      A('Strategic Mutual Defence Agreement', 'strategic mutual defence agreement'),
      E(
        'signing of the Strategic Mutual Defence Agreement in Riyadh',
        ['signing of the Strategic Mutual Defence Agreement', 'signing', 'signing at Al-Yamamah Palace'],
        '2025-09-17',
      ),
    ],
    relations: [
      ...took(
        'signing of the Strategic Mutual Defence Agreement in Riyadh',
        'Shehbaz Sharif',
        'Mohammed bin Salman',
        'Asim Munir',
        'Ishaq Dar',
      ),
      at('Strategic Mutual Defence Agreement', 'signing of the Strategic Mutual Defence Agreement in Riyadh'),
    ],
  },
  {
    id: 'sg-a-and-b-signed-the-treaty-at-place-in-city-on-monday-the-treaty-makes',
    form: 'newspaper: "Prime Minister X and Prime Minister Y signed the Treaty at Place in City on Monday, Date. The treaty makes A and B allies" (a signing by the verb, no title line)',
    date: '2025-10-06',
    source: 'Post-Courier (Papua New Guinea)',
    text:
      'Prime Minister James Marape and Prime Minister Anthony Albanese signed the Pukpuk Treaty at Parliament House in Canberra on Monday, 6 October 2025. ' +
      'The treaty makes Papua New Guinea and Australia allies for the first time.',
    entities: [
      P('James Marape', 'Prime Minister James Marape'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      A('Pukpuk Treaty', 'Pukpuk Mutual Defence Treaty', 'treaty'),
      E('signing of the Pukpuk Treaty in Canberra', ['signing of the Pukpuk Treaty', 'signing'], '2025-10-06'),
    ],
    relations: [
      ...took('signing of the Pukpuk Treaty in Canberra', 'James Marape', 'Anthony Albanese'),
      at('Pukpuk Treaty', 'signing of the Pukpuk Treaty in Canberra'),
    ],
  },
  {
    id: 'sg-four-leaders-signed-the-declaration-in-city-on-monday-the-summit-which-x-and-y-co-chaired',
    form: 'news site: title "A, B, C, D sign X at City"; body "Title W, Title X, Title Y and Title Z signed the Declaration in City on Monday. More than 20 world leaders attended the summit, which W and X co-chaired" (a signing inside a summit told after it)',
    date: '2025-10-13',
    title: 'Egypt, US, Qatar, Türkiye sign Gaza declaration at Sharm El-Sheikh',
    source: 'Ahram Online',
    text:
      'President Abdel-Fattah El-Sisi, US President Donald Trump, Emir of Qatar Sheikh Tamim bin Hamad Al-Thani and Turkish President Recep Tayyip Erdoğan signed the Trump Declaration for Enduring Peace and Prosperity in Sharm El-Sheikh on Monday. ' +
      'More than 20 world leaders attended the summit, which El-Sisi and Trump co-chaired.',
    entities: [
      P('Abdel Fattah el-Sisi', 'President Abdel-Fattah El-Sisi', 'El-Sisi'),
      P('Donald Trump', 'US President Donald Trump', 'Trump'),
      P('Tamim bin Hamad Al Thani', 'Emir of Qatar Sheikh Tamim bin Hamad Al-Thani', 'Sheikh Tamim bin Hamad Al-Thani'),
      P('Recep Tayyip Erdoğan', 'Turkish President Recep Tayyip Erdoğan', 'Erdoğan'),
      A('Trump Declaration for Enduring Peace and Prosperity', 'Gaza declaration', 'declaration'),
      E(
        'signing of the Trump Declaration in Sharm El-Sheikh',
        ['signing of the Trump Declaration for Enduring Peace and Prosperity', 'signing'],
        '2025-10-13',
      ),
      E('Sharm El-Sheikh summit', ['Sharm El-Sheikh Peace Summit', 'summit'], '2025-10-13'),
    ],
    relations: [
      ...took(
        'signing of the Trump Declaration in Sharm El-Sheikh',
        'Abdel Fattah el-Sisi',
        'Donald Trump',
        'Tamim bin Hamad Al Thani',
        'Recep Tayyip Erdoğan',
      ),
      ...took(
        'Sharm El-Sheikh summit',
        'Abdel Fattah el-Sisi',
        'Donald Trump',
        'Tamim bin Hamad Al Thani',
        'Recep Tayyip Erdoğan',
      ),
      part('signing of the Trump Declaration in Sharm El-Sheikh', 'Sharm El-Sheikh summit'),
      at('Trump Declaration for Enduring Peace and Prosperity', 'signing of the Trump Declaration in Sharm El-Sheikh'),
      at('Trump Declaration for Enduring Peace and Prosperity', 'Sharm El-Sheikh summit'),
    ],
  },
  {
    id: 'sg-agency-dateline-x-and-y-signed-the-treaty-at-place-visitor-arrived-in-the-small-hours-for-a-state-visit',
    form: 'state agency: "City, Month D (AGENCY) -- X, long titles, and Y, title, signed the Treaty at Place on Wednesday. Y arrived in City in the small hours of the day for a state visit" (the signing by the verb; a visit told by "arrived in … for")',
    date: '2024-06-19',
    source: 'KCNA',
    text:
      "Pyongyang, June 19 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, and Vladimir Putin, president of the Russian Federation, signed the Treaty on Comprehensive Strategic Partnership at the Kumsusan State Guest House on Wednesday. " +
      'Putin arrived in Pyongyang in the small hours of the day for a state visit.',
    entities: [
      P('Kim Jong Un'),
      P('Vladimir Putin', 'Putin'),
      A('Treaty on Comprehensive Strategic Partnership', 'Comprehensive Strategic Partnership Treaty'),
      E(
        'signing of the Treaty on Comprehensive Strategic Partnership in Pyongyang',
        ['signing of the Treaty on Comprehensive Strategic Partnership', 'signing', 'Kim-Putin signing'],
        '2024-06-19',
      ),
      E(
        "Putin's state visit to the DPRK",
        ['state visit', 'state visit to the DPRK', 'visit to Pyongyang'],
        '2024-06-19',
      ),
    ],
    relations: [
      ...took(
        'signing of the Treaty on Comprehensive Strategic Partnership in Pyongyang',
        'Kim Jong Un',
        'Vladimir Putin',
      ),
      ...took("Putin's state visit to the DPRK", 'Vladimir Putin'),
      part(
        'signing of the Treaty on Comprehensive Strategic Partnership in Pyongyang',
        "Putin's state visit to the DPRK",
      ),
      at(
        'Treaty on Comprehensive Strategic Partnership',
        'signing of the Treaty on Comprehensive Strategic Partnership in Pyongyang',
      ),
    ],
  },
  {
    id: 'sg-x-and-demonym-minister-y-signed-the-agreement-at-palace-on-monday-with-the-president-witnessing',
    form: 'government news agency: "CITY – Title X and <demonym> Title Y signed the Agreement at Place on Monday, with President Z witnessing" (a signing by the verb; a witness by "witnessing")',
    date: '2024-07-08',
    source: 'Philippine News Agency',
    text: 'MANILA – Defense Secretary Gilberto Teodoro Jr. and Japanese Foreign Minister Yoko Kamikawa signed the Reciprocal Access Agreement at Malacañang on Monday, with President Ferdinand R. Marcos Jr. witnessing.',
    entities: [
      P('Gilberto Teodoro', 'Defense Secretary Gilberto Teodoro Jr.', 'Gilberto Teodoro Jr.'),
      P('Yoko Kamikawa', 'Japanese Foreign Minister Yoko Kamikawa'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand R. Marcos Jr.', 'Ferdinand R. Marcos Jr.'),
      A('Reciprocal Access Agreement', 'RAA'),
      E(
        'signing of the Reciprocal Access Agreement in Manila',
        ['signing of the Reciprocal Access Agreement', 'signing', 'signing at Malacañang'],
        '2024-07-08',
      ),
    ],
    relations: [
      ...took(
        'signing of the Reciprocal Access Agreement in Manila',
        'Gilberto Teodoro',
        'Yoko Kamikawa',
        'Ferdinand Marcos Jr.',
      ),
      at('Reciprocal Access Agreement', 'signing of the Reciprocal Access Agreement in Manila'),
    ],
  },
  {
    id: 'sg-a-and-b-signed-the-treaty-on-thursday-one-taking-part-by-video-link-while-the-other-signed-at-place',
    form: 'news site: "Prime Minister X and <demonym> Prime Minister Y signed the treaty on Z on Thursday, Dr X taking part by video link from City while Mr Y signed at Place" (a signing by the verb, one side by video)',
    date: '2025-05-22',
    source: 'Defimedia (Mauritius)',
    text: 'Prime Minister Navinchandra Ramgoolam and UK Prime Minister Keir Starmer signed the treaty on the Chagos Archipelago on Thursday, Dr Ramgoolam taking part by video link from Port Louis while Mr Starmer signed at the Northwood military headquarters.',
    entities: [
      P('Navinchandra Ramgoolam', 'Prime Minister Navinchandra Ramgoolam', 'Dr Ramgoolam', 'Ramgoolam'),
      P('Keir Starmer', 'UK Prime Minister Keir Starmer', 'Mr Starmer', 'Starmer'),
      A('treaty on the Chagos Archipelago', 'Chagos treaty', 'treaty'),
      E(
        'signing of the treaty on the Chagos Archipelago',
        ['signing of the Chagos treaty', 'signing', 'Ramgoolam-Starmer signing'],
        '2025-05-22',
      ),
    ],
    relations: [
      ...took('signing of the treaty on the Chagos Archipelago', 'Navinchandra Ramgoolam', 'Keir Starmer'),
      at('treaty on the Chagos Archipelago', 'signing of the treaty on the Chagos Archipelago'),
    ],
  },
  {
    id: 'sg-headline-a-b-sign-then-signed-an-agreement-at-the-end-of-the-organisation-led-talks-x-signed-for-y-for',
    form: 'newspaper: title "A, B sign agreement to …"; body "City, Date – A and B signed the Agreement today at the end of the <organisation>-led peace talks in City. X signed for the government and Y for B, with the <organisation> High Representative Z looking on" (a signing closing talks; signatories by "signed for")',
    date: '2022-11-02',
    title: 'Federal Government, TPLF sign agreement to silence the guns',
    source: 'Addis Standard',
    text:
      "Pretoria, 2 November 2022 – The Government of Ethiopia and the Tigray People's Liberation Front signed the Agreement for Lasting Peace through a Permanent Cessation of Hostilities today at the end of the African Union-led peace talks in Pretoria. " +
      'Redwan Hussien signed for the government and Getachew Reda for the TPLF, with the AU High Representative Olusegun Obasanjo looking on.',
    entities: [
      P('Redwan Hussien'),
      P('Getachew Reda'),
      P('Olusegun Obasanjo', 'AU High Representative Olusegun Obasanjo'),
      O('African Union', 'AU'),
      A(
        'Agreement for Lasting Peace through a Permanent Cessation of Hostilities',
        'Cessation of Hostilities Agreement',
        'Pretoria agreement',
      ),
      E('signing of the Pretoria agreement', ['signing', 'signing in Pretoria'], '2022-11-02'),
      E(
        'AU-led peace talks in Pretoria',
        ['African Union-led peace talks', 'peace talks', 'Pretoria talks'],
        '2022-10-25',
      ),
    ],
    relations: [
      ...took('signing of the Pretoria agreement', 'Redwan Hussien', 'Getachew Reda', 'Olusegun Obasanjo'),
      ...took('AU-led peace talks in Pretoria', 'Redwan Hussien', 'Getachew Reda', 'Olusegun Obasanjo'),
      part('signing of the Pretoria agreement', 'AU-led peace talks in Pretoria'),
      ...inv('AU-led peace talks in Pretoria', 'African Union'),
      at(
        'Agreement for Lasting Peace through a Permanent Cessation of Hostilities',
        'signing of the Pretoria agreement',
      ),
      at('Agreement for Lasting Peace through a Permanent Cessation of Hostilities', 'AU-led peace talks in Pretoria'),
    ],
  },
  {
    id: 'sg-dateline-agency-three-presidents-signed-the-treaty-in-city-today-also-signed-the-declaration',
    form: 'state agency: "City, Date (AGENCY) – President X, President Y and President Z signed the Treaty on … in City today. The three Presidents also signed the Declaration" (a three-way signing by the verb; two agreements)',
    date: '2025-03-31',
    source: 'Khovar',
    text:
      'Khujand, 31 March 2025 (Khovar) – President Emomali Rahmon, President Sadyr Japarov and President Shavkat Mirziyoyev signed the Treaty on the Junction Point of the State Borders in Khujand today. ' +
      'The three Presidents also signed the Khujand Declaration on Eternal Friendship.',
    entities: [
      P('Emomali Rahmon', 'President Emomali Rahmon'),
      P('Sadyr Japarov', 'President Sadyr Japarov'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      A('Treaty on the Junction Point of the State Borders', 'treaty on the junction point'),
      A('Khujand Declaration on Eternal Friendship', 'Khujand Declaration'),
      E(
        'signing in Khujand',
        [
          'signing of the Treaty on the Junction Point of the State Borders',
          'signing',
          'Khujand summit',
          'trilateral summit in Khujand',
        ],
        '2025-03-31',
      ),
    ],
    relations: [
      ...took('signing in Khujand', 'Emomali Rahmon', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
      at('Treaty on the Junction Point of the State Borders', 'signing in Khujand'),
      at('Khujand Declaration on Eternal Friendship', 'signing in Khujand'),
    ],
  },
  {
    id: 'sg-x-and-y-held-a-virtual-summit-during-which-ministers-signed-the-agreement',
    form: 'newspaper: "Prime Minister X and Title Y held a virtual summit on Date, during which Minister A and Minister B signed the Agreement" (a signing inside a virtual summit; the signatories take part in the whole)',
    date: '2022-02-18',
    source: 'Gulf News',
    text: 'Prime Minister Narendra Modi and Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, held a virtual summit on 18 February 2022, during which Commerce Minister Piyush Goyal and Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi signed the Comprehensive Economic Partnership Agreement.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Mohamed bin Zayed Al Nahyan', 'Sheikh Mohamed bin Zayed Al Nahyan'),
      P('Piyush Goyal', 'Commerce Minister Piyush Goyal'),
      P('Thani bin Ahmed Al Zeyoudi', 'Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi'),
      A('Comprehensive Economic Partnership Agreement', 'CEPA'),
      E('Modi-Mohamed bin Zayed virtual summit', ['virtual summit'], '2022-02-18'),
      E(
        'signing of the Comprehensive Economic Partnership Agreement',
        ['signing', 'signing of the CEPA'],
        '2022-02-18',
      ),
    ],
    relations: [
      ...took(
        'Modi-Mohamed bin Zayed virtual summit',
        'Narendra Modi',
        'Mohamed bin Zayed Al Nahyan',
        'Piyush Goyal',
        'Thani bin Ahmed Al Zeyoudi',
      ),
      ...took(
        'signing of the Comprehensive Economic Partnership Agreement',
        'Piyush Goyal',
        'Thani bin Ahmed Al Zeyoudi',
      ),
      part('signing of the Comprehensive Economic Partnership Agreement', 'Modi-Mohamed bin Zayed virtual summit'),
      at('Comprehensive Economic Partnership Agreement', 'signing of the Comprehensive Economic Partnership Agreement'),
      at('Comprehensive Economic Partnership Agreement', 'Modi-Mohamed bin Zayed virtual summit'),
    ],
  },
];

/** The readout's own meeting told by the headline and then "the two sides". */
const HEADLINE_SIDES: BankCase[] = [
  {
    id: 'hs-title-a-and-b-meet-in-city-then-the-two-sides-discussed-on-the-sidelines-of-the-nth-summit',
    form: 'newspaper: title "X and Y meet in City"; body "City, Date – The two sides discussed … on the sidelines of the sixth <organisation> Summit on Friday, Prime Minister X\'s first meeting with his <demonym> counterpart since …" (the meeting told by the headline; "the two sides")',
    date: '2025-04-04',
    title: 'Oli and Modi meet in Bangkok',
    source: 'The Kathmandu Post',
    text: "Bangkok, April 4 – The two sides discussed energy trade and cross-border connectivity on the sidelines of the sixth BIMSTEC Summit on Friday, Prime Minister KP Sharma Oli's first meeting with his Indian counterpart Narendra Modi since returning to office in July.",
    entities: [
      P('KP Sharma Oli', 'Prime Minister KP Sharma Oli', 'Oli'),
      P('Narendra Modi', 'Modi'),
      O('BIMSTEC'),
      E('Oli-Modi meeting in Bangkok', ['Oli-Modi meeting', 'meeting'], '2025-04-04'),
      E('sixth BIMSTEC Summit', ['BIMSTEC Summit', 'sixth BIMSTEC Summit in Bangkok'], '2025-04-04'),
    ],
    relations: [
      ...took('Oli-Modi meeting in Bangkok', 'KP Sharma Oli', 'Narendra Modi'),
      ...took('sixth BIMSTEC Summit', 'KP Sharma Oli', 'Narendra Modi'),
      part('Oli-Modi meeting in Bangkok', 'sixth BIMSTEC Summit'),
      ...inv('sixth BIMSTEC Summit', 'BIMSTEC'),
    ],
  },
  {
    id: 'hs-title-x-y-hold-talks-in-city-then-agency-dateline-the-two-sides-agreed-under-the-declaration',
    form: 'state agency: title "Prime Minister X, President Y hold talks in City"; body "City, Date (AGENCY) – The two sides agreed to … under the Declaration, the Prime Minister\'s Office said" (the meeting by the headline; a declaration dealt with)',
    date: '2025-01-11',
    title: 'Prime Minister Abiy, President Hassan Sheikh Mohamud hold talks in Addis Ababa',
    source: 'Ethiopian News Agency',
    text: "Addis Ababa, January 11, 2025 (ENA) – The two sides agreed to restore full diplomatic representation and to deepen cooperation under the Ankara Declaration, the Prime Minister's Office said.",
    entities: [
      P('Abiy Ahmed', 'Prime Minister Abiy', 'Abiy'),
      P('Hassan Sheikh Mohamud', 'President Hassan Sheikh Mohamud'),
      A('Ankara Declaration'),
      E('Abiy-Hassan Sheikh Mohamud talks in Addis Ababa', ['talks', 'talks in Addis Ababa'], '2025-01-11'),
    ],
    relations: [
      ...took('Abiy-Hassan Sheikh Mohamud talks in Addis Ababa', 'Abiy Ahmed', 'Hassan Sheikh Mohamud'),
      ...dis('Abiy-Hassan Sheikh Mohamud talks in Addis Ababa', 'Ankara Declaration'),
    ],
  },
  {
    id: 'hs-title-presidents-hold-official-talks-then-the-two-sides-exchanged-views-the-visitor-is-on-an-official-visit',
    form: 'state agency: title "President X holds official talks with President Y"; body "City, Date /AGENCY/. The two sides exchanged views on … President Y is in Z on an official visit" (the meeting by the headline; the visit told after)',
    date: '2024-09-03',
    title: 'President Khurelsukh holds official talks with President Putin',
    source: 'Montsame',
    text:
      'Ulaanbaatar, September 3, 2024 /MONTSAME/. The two sides exchanged views on the Power of Siberia 2 gas pipeline and on cooperation in railway transport. ' +
      'President Putin is in Mongolia on an official visit.',
    entities: [
      P('Ukhnaagiin Khurelsukh', 'President Khurelsukh', 'Khurelsukh'),
      P('Vladimir Putin', 'President Putin', 'Putin'),
      E('Khurelsukh-Putin talks in Ulaanbaatar', ['official talks', 'Khurelsukh-Putin talks'], '2024-09-03'),
      E("Putin's official visit to Mongolia", ['official visit', 'visit to Mongolia'], '2024-09-02'),
    ],
    relations: [
      ...took('Khurelsukh-Putin talks in Ulaanbaatar', 'Ukhnaagiin Khurelsukh', 'Vladimir Putin'),
      ...took("Putin's official visit to Mongolia", 'Vladimir Putin'),
      part('Khurelsukh-Putin talks in Ulaanbaatar', "Putin's official visit to Mongolia"),
    ],
  },
  {
    id: 'hs-title-x-hosts-y-in-city-then-the-two-prime-ministers-held-a-tete-a-tete-followed-by-an-extended-format',
    form: 'public broadcaster: title "X hosts Y in City"; body "City, Date. The two Prime Ministers held a tête-à-tête at Place, followed by a meeting in an extended format. The <demonym> Prime Minister arrived in City on Monday on a two-day visit" (sessions of a headline meeting; a visit by "arrived in")',
    date: '2024-10-28',
    title: 'Irakli Kobakhidze hosts Viktor Orbán in Tbilisi',
    source: 'Georgian Public Broadcaster',
    text:
      'Tbilisi, 28 October 2024. The two Prime Ministers held a tête-à-tête at the Government Administration, followed by a meeting in an extended format. ' +
      'The Hungarian Prime Minister arrived in Tbilisi on Monday on a two-day visit.',
    entities: [
      P('Irakli Kobakhidze', 'Kobakhidze'),
      P('Viktor Orbán', 'Orbán', 'Hungarian Prime Minister'),
      E('Kobakhidze-Orbán meeting in Tbilisi', ['Kobakhidze-Orbán meeting', 'meeting'], '2024-10-28'),
      E('Kobakhidze-Orbán tête-à-tête', ['tête-à-tête'], '2024-10-28'),
      E('extended-format meeting', ['meeting in an extended format'], '2024-10-28'),
      E("Orbán's visit to Georgia", ['two-day visit', 'visit to Tbilisi'], '2024-10-28'),
    ],
    relations: [
      ...took('Kobakhidze-Orbán meeting in Tbilisi', 'Irakli Kobakhidze', 'Viktor Orbán'),
      ...took('Kobakhidze-Orbán tête-à-tête', 'Irakli Kobakhidze', 'Viktor Orbán'),
      ...took('extended-format meeting', 'Irakli Kobakhidze', 'Viktor Orbán'),
      ...took("Orbán's visit to Georgia", 'Viktor Orbán'),
      part('Kobakhidze-Orbán tête-à-tête', 'Kobakhidze-Orbán meeting in Tbilisi'),
      part('extended-format meeting', 'Kobakhidze-Orbán meeting in Tbilisi'),
      part('Kobakhidze-Orbán meeting in Tbilisi', "Orbán's visit to Georgia"),
    ],
  },
  {
    id: 'hs-title-x-holds-talks-with-demonym-fm-y-then-the-two-sides-reviewed-ahead-of-the-pm-visit-is-scheduled-to-hold-round',
    form: 'newspaper: title "X holds talks with <demonym> FM Y"; body "CITY: The two sides reviewed … and agreed on steps ahead of Prime Minister Z\'s visit to City for the <organisation> summit at the end of the month. Y is also scheduled to hold the 24th round of … talks with W on Tuesday" (a headline meeting; a planned visit it arranged; a scheduled round)',
    date: '2025-08-18',
    title: 'Jaishankar holds talks with Chinese FM Wang Yi',
    source: 'The Times of India',
    text:
      "NEW DELHI: The two sides reviewed the situation along the border and agreed on steps ahead of Prime Minister Narendra Modi's visit to Tianjin for the SCO summit at the end of the month. " +
      "Wang is also scheduled to hold the 24th round of the Special Representatives' talks with NSA Ajit Doval on Tuesday.",
    entities: [
      P('Subrahmanyam Jaishankar', 'Jaishankar'),
      P('Wang Yi', 'Chinese FM Wang Yi', 'Wang'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Ajit Doval', 'NSA Ajit Doval'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      E('Jaishankar-Wang talks in New Delhi', ['Jaishankar-Wang talks', 'talks'], '2025-08-18'),
      E("Modi's visit to Tianjin", ['visit to Tianjin', "Modi's visit to China"], '2025-08-31'),
      E('SCO summit in Tianjin', ['SCO summit'], '2025-08-31'),
      E(
        "24th round of the Special Representatives' talks",
        ["24th round of the Special Representatives' talks", '24th round'],
        '2025-08-19',
      ),
    ],
    relations: [
      ...took('Jaishankar-Wang talks in New Delhi', 'Subrahmanyam Jaishankar', 'Wang Yi'),
      ...dis('Jaishankar-Wang talks in New Delhi', "Modi's visit to Tianjin"),
      ...inv('SCO summit in Tianjin', 'Shanghai Cooperation Organisation'),
    ],
  },
  {
    id: 'hs-title-ruler-receives-president-in-city-then-the-two-sides-discussed-at-palace-during-first-visit',
    form: 'newspaper: title "Title X receives <demonym> President in City"; body "CITY – The two sides discussed ways to support Z\'s stability … at Place on Sunday, during Mr Y\'s first visit to W since taking office" (the meeting by the headline; a state discussed; the visit)',
    date: '2025-04-13',
    title: 'Sheikh Mohamed receives Syrian President in Abu Dhabi',
    source: 'The National (UAE)',
    text: "ABU DHABI – The two sides discussed ways to support Syria's stability and reconstruction at Qasr Al Shati on Sunday, during President Ahmed Al Shara'a's first visit to the UAE since taking office.",
    entities: [
      P('Mohamed bin Zayed Al Nahyan', 'Sheikh Mohamed'),
      P('Ahmed al-Sharaa', "President Ahmed Al Shara'a", "Ahmed Al Shara'a", 'Syrian President'),
      S('Syria', 'Syrian'),
      E('Mohamed bin Zayed-al-Sharaa meeting in Abu Dhabi', ['meeting', 'meeting at Qasr Al Shati'], '2025-04-13'),
      E("al-Sharaa's visit to the UAE", ['first visit to the UAE', 'visit to the UAE'], '2025-04-13'),
    ],
    relations: [
      ...took('Mohamed bin Zayed-al-Sharaa meeting in Abu Dhabi', 'Mohamed bin Zayed Al Nahyan', 'Ahmed al-Sharaa'),
      ...took("al-Sharaa's visit to the UAE", 'Ahmed al-Sharaa'),
      part('Mohamed bin Zayed-al-Sharaa meeting in Abu Dhabi', "al-Sharaa's visit to the UAE"),
      ...dis('Mohamed bin Zayed-al-Sharaa meeting in Abu Dhabi', 'Syria'),
    ],
  },
  {
    id: 'hs-title-x-y-launch-action-plan-at-palace-then-the-two-sides-adopted-on-the-first-official-visit',
    form: 'news site: title "X, Y launch action plan at Place"; body "City, Date – The two sides adopted the Action Plan on Thursday, on the Prime Minister\'s first official visit to Z" (the meeting by a headline with no meeting word; an agreement adopted there)',
    date: '2025-09-18',
    title: 'Carney, Sheinbaum launch action plan at National Palace',
    source: 'Mexico News Daily',
    text: "Mexico City, 18 September 2025 – The two sides adopted the Canada-Mexico Action Plan 2025-2028 on Thursday, on the Prime Minister's first official visit to Mexico.",
    entities: [
      P('Mark Carney', 'Carney'),
      P('Claudia Sheinbaum', 'Sheinbaum'),
      A('Canada-Mexico Action Plan 2025-2028', 'Action Plan', 'action plan'),
      E(
        'Carney-Sheinbaum meeting in Mexico City',
        ['Carney-Sheinbaum meeting', 'meeting at National Palace'],
        '2025-09-18',
      ),
      E("Carney's official visit to Mexico", ['first official visit to Mexico', 'official visit'], '2025-09-17'),
    ],
    relations: [
      ...took('Carney-Sheinbaum meeting in Mexico City', 'Mark Carney', 'Claudia Sheinbaum'),
      ...took("Carney's official visit to Mexico", 'Mark Carney'),
      part('Carney-Sheinbaum meeting in Mexico City', "Carney's official visit to Mexico"),
      at('Canada-Mexico Action Plan 2025-2028', 'Carney-Sheinbaum meeting in Mexico City'),
    ],
  },
  {
    id: 'hs-title-presidents-meet-in-city-then-the-two-sides-signed-and-discussed-the-war-in-state',
    form: 'news agency: title "Presidents X and Y meet in City"; body "City, Date – The two sides signed a memorandum on … and discussed the war in Z. Y is in W on a two-day state visit" (the meeting by the headline; a statement signed there; a war discussed; the visit)',
    date: '2024-05-08',
    title: 'Presidents Vučić and Xi meet in Belgrade',
    source: 'Balkan Insight',
    text:
      'Belgrade, 8 May 2024 – The two sides signed a joint statement on building a Serbia-China community with a shared future and discussed the war in Ukraine. ' +
      'Xi Jinping is in Serbia on a two-day state visit.',
    entities: [
      P('Aleksandar Vučić', 'Vučić'),
      P('Xi Jinping', 'Xi'),
      S('Ukraine'),
      E('war in Ukraine', ['war']),
      A('joint statement on building a Serbia-China community with a shared future', 'joint statement'),
      E('Vučić-Xi meeting in Belgrade', ['Vučić-Xi meeting', 'meeting'], '2024-05-08'),
      E("Xi's state visit to Serbia", ['state visit', 'two-day state visit'], '2024-05-07'),
    ],
    relations: [
      ...took('Vučić-Xi meeting in Belgrade', 'Aleksandar Vučić', 'Xi Jinping'),
      ...took("Xi's state visit to Serbia", 'Xi Jinping'),
      part('Vučić-Xi meeting in Belgrade', "Xi's state visit to Serbia"),
      at('joint statement on building a Serbia-China community with a shared future', 'Vučić-Xi meeting in Belgrade'),
      ...dis('Vučić-Xi meeting in Belgrade', 'war in Ukraine'),
      ...inv('war in Ukraine', 'Ukraine'),
    ],
  },
];

/** Processes and formats named without a kind word: discussed, or the parent of a meeting. */
const PROCESSES: BankCase[] = [
  {
    id: 'pr-ministers-agreed-on-a-ceasefire-at-the-latest-ministerial-meeting-of-the-luanda-process-chaired-by',
    form: 'state agency: "City, Date (AGENCY) – The foreign ministers of A and B, X and Y, agreed on a ceasefire … at the latest ministerial meeting of the Luanda process, chaired by <demonym> Foreign Minister Z" (a process named without a kind word, the parent of a meeting; an agreement reached there)',
    date: '2024-07-30',
    source: 'ANGOP',
    text: 'Luanda, 30 July 2024 (ANGOP) – The foreign ministers of the Democratic Republic of Congo and Rwanda, Thérèse Kayikwamba Wagner and Olivier Nduhungirehe, agreed on a ceasefire in eastern DRC from 4 August at the latest ministerial meeting of the Luanda process, chaired by Angolan Foreign Minister Téte António.',
    entities: [
      P('Thérèse Kayikwamba Wagner'),
      P('Olivier Nduhungirehe'),
      P('Téte António', 'Angolan Foreign Minister Téte António'),
      A('ceasefire in eastern DRC', 'ceasefire'),
      E(
        'ministerial meeting of the Luanda process of 30 July 2024',
        ['ministerial meeting of the Luanda process', 'latest ministerial meeting', 'ministerial meeting'],
        '2024-07-30',
      ),
      E('Luanda process'),
    ],
    relations: [
      ...took(
        'ministerial meeting of the Luanda process of 30 July 2024',
        'Thérèse Kayikwamba Wagner',
        'Olivier Nduhungirehe',
        'Téte António',
      ),
      ...took('Luanda process', 'Thérèse Kayikwamba Wagner', 'Olivier Nduhungirehe', 'Téte António'),
      part('ministerial meeting of the Luanda process of 30 July 2024', 'Luanda process'),
      at('ceasefire in eastern DRC', 'ministerial meeting of the Luanda process of 30 July 2024'),
    ],
  },
  {
    id: 'pr-the-nth-international-meeting-on-state-in-the-astana-format-concluded-with-a-joint-statement-delegations-led-by',
    form: 'newspaper: "City, Date – The 22nd international meeting on Z in the Astana format concluded today with a joint statement by the three guarantor states, A, B and C. The <demonym> delegation was led by X and the <demonym> one by Y" (a meeting of a format named without a kind word; its parent, heads of delegation, parties)',
    date: '2024-11-12',
    source: 'The Astana Times',
    text:
      'Astana, 12 November 2024 – The 22nd international meeting on Syria in the Astana format concluded today with a joint statement by the three guarantor states, Russia, Iran and Türkiye. ' +
      'The Russian delegation was led by Presidential Special Envoy Alexander Lavrentiev and the Iranian one by Ali Asghar Khaji, senior adviser to the foreign minister.',
    entities: [
      P('Alexander Lavrentiev', 'Presidential Special Envoy Alexander Lavrentiev'),
      P('Ali Asghar Khaji'),
      S('Syria'),
      S('Russia', 'Russian'),
      S('Iran', 'Iranian'),
      S('Türkiye', 'Turkey'),
      A('joint statement of the 22nd Astana meeting', 'joint statement'),
      E(
        '22nd international meeting on Syria in the Astana format',
        ['22nd international meeting on Syria', '22nd international meeting', 'meeting'],
        '2024-11-12',
      ),
      E('Astana format', ['Astana process']),
    ],
    relations: [
      ...took('22nd international meeting on Syria in the Astana format', 'Alexander Lavrentiev', 'Ali Asghar Khaji'),
      ...took('Astana format', 'Alexander Lavrentiev', 'Ali Asghar Khaji'),
      part('22nd international meeting on Syria in the Astana format', 'Astana format'),
      ...inv('22nd international meeting on Syria in the Astana format', 'Russia', 'Iran', 'Türkiye'),
      ...dis('22nd international meeting on Syria in the Astana format', 'Syria'),
      at('joint statement of the 22nd Astana meeting', '22nd international meeting on Syria in the Astana format'),
    ],
  },
  {
    id: 'pr-leaders-gathered-in-city-for-this-years-berlin-process-summit-hosted-by',
    form: 'regional news site: title "Western Balkans leaders in City for the Berlin Process"; body "Leaders from the six Western Balkan countries gathered in City on Wednesday for this year\'s Berlin Process summit, hosted by Prime Minister X" (a summit of a process named without a kind word; its host)',
    date: '2025-10-22',
    title: 'Western Balkans leaders in London for the Berlin Process',
    source: 'Balkan Insight',
    text: "Leaders from the six Western Balkan countries gathered in London on Wednesday for this year's Berlin Process summit, hosted by British Prime Minister Keir Starmer.",
    entities: [
      P('Keir Starmer', 'British Prime Minister Keir Starmer'),
      E('Berlin Process summit in London', ['Berlin Process summit', 'summit'], '2025-10-22'),
      E('Berlin Process'),
    ],
    relations: [
      ...took('Berlin Process summit in London', 'Keir Starmer'),
      ...took('Berlin Process', 'Keir Starmer'),
      part('Berlin Process summit in London', 'Berlin Process'),
    ],
  },
  {
    id: 'pr-four-leaders-met-at-palace-on-date-the-first-summit-in-the-normandy-format-in-three-years',
    form: 'broadcaster: "Presidents A, B and C and Chancellor D met at Place on Date, the first summit in the Normandy format in three years. The four agreed to …" (a summit of a format named without a kind word)',
    date: '2019-12-09',
    source: 'RFE/RL',
    text:
      'Presidents Volodymyr Zelensky, Vladimir Putin and Emmanuel Macron and Chancellor Angela Merkel met at the Élysée Palace on 9 December 2019, the first summit in the Normandy format in three years. ' +
      'The four agreed to a full ceasefire in eastern Ukraine by the end of the year.',
    entities: [
      P('Volodymyr Zelensky', 'Zelensky'),
      P('Vladimir Putin', 'Putin'),
      P('Emmanuel Macron', 'Macron'),
      P('Angela Merkel', 'Chancellor Angela Merkel', 'Merkel'),
      A('ceasefire in eastern Ukraine', 'full ceasefire'),
      E(
        'Normandy format summit in Paris',
        ['summit in the Normandy format', 'Paris summit', 'Normandy summit'],
        '2019-12-09',
      ),
      E('Normandy format', ['Normandy Four']),
    ],
    relations: [
      ...took(
        'Normandy format summit in Paris',
        'Volodymyr Zelensky',
        'Vladimir Putin',
        'Emmanuel Macron',
        'Angela Merkel',
      ),
      ...took('Normandy format', 'Volodymyr Zelensky', 'Vladimir Putin', 'Emmanuel Macron', 'Angela Merkel'),
      part('Normandy format summit in Paris', 'Normandy format'),
      at('ceasefire in eastern Ukraine', 'Normandy format summit in Paris'),
    ],
  },
  {
    id: 'pr-delegation-led-by-x-returned-after-taking-part-in-the-third-doha-meeting-the-first-round-of-the-doha-process',
    form: 'broadcaster: "City – The delegation led by spokesman X returned from Z after taking part in the third Doha meeting, the first round of the Doha process it has attended. UN Under-Secretary-General Y chaired the two-day meeting" (a meeting by ordinal and place; a process named without a kind word)',
    date: '2024-07-02',
    source: 'TOLOnews',
    text:
      "Kabul – The Islamic Emirate's delegation led by spokesman Zabihullah Mujahid returned from Qatar after taking part in the third Doha meeting, the first round of the Doha process that the Islamic Emirate has attended. " +
      'UN Under-Secretary-General Rosemary DiCarlo chaired the two-day meeting.',
    entities: [
      P('Zabihullah Mujahid', 'spokesman Zabihullah Mujahid'),
      P('Rosemary DiCarlo', 'UN Under-Secretary-General Rosemary DiCarlo'),
      E('third Doha meeting', ['third Doha meeting on Afghanistan', 'two-day meeting', 'Doha meeting'], '2024-06-30'),
      E('Doha process'),
    ],
    relations: [
      ...took('third Doha meeting', 'Zabihullah Mujahid', 'Rosemary DiCarlo'),
      ...took('Doha process', 'Zabihullah Mujahid', 'Rosemary DiCarlo'),
      part('third Doha meeting', 'Doha process'),
    ],
  },
  {
    id: 'pr-x-and-y-spoke-by-telephone-on-tuesday-about-the-jeddah-process-and-the-situation-in-state',
    form: 'newspaper: "Title X and Title Y spoke by telephone on Tuesday about the Jeddah process and the humanitarian situation in Z" (a call by "spoke by telephone"; a process discussed; a state discussed)',
    date: '2024-04-16',
    source: 'Arab News',
    text: 'Foreign Minister Prince Faisal bin Farhan and US Secretary of State Antony Blinken spoke by telephone on Tuesday about the Jeddah process and the humanitarian situation in Sudan.',
    entities: [
      P('Faisal bin Farhan', 'Foreign Minister Prince Faisal bin Farhan', 'Prince Faisal bin Farhan'),
      P('Antony Blinken', 'US Secretary of State Antony Blinken'),
      S('Sudan'),
      E('Faisal bin Farhan-Blinken telephone call', ['telephone call', 'call', 'telephone conversation'], '2024-04-16'),
      E('Jeddah process', ['Jeddah talks']),
    ],
    relations: [
      ...took('Faisal bin Farhan-Blinken telephone call', 'Faisal bin Farhan', 'Antony Blinken'),
      ...dis('Faisal bin Farhan-Blinken telephone call', 'Jeddah process', 'Sudan'),
    ],
  },
  {
    id: 'pr-x-and-her-demonym-counterpart-y-co-chaired-the-eighth-ministerial-conference-of-the-bali-process',
    form: 'newspaper: "City – Foreign Minister X and her <demonym> counterpart Y co-chaired the eighth ministerial conference of the Bali Process in City on Friday, the first in five years" (a conference of a process named without a kind word; its ordinal)',
    date: '2023-02-10',
    source: 'The Jakarta Post',
    text: 'Adelaide – Foreign Minister Retno LP Marsudi and her Australian counterpart Penny Wong co-chaired the eighth ministerial conference of the Bali Process in Adelaide on Friday, the first in five years.',
    entities: [
      P('Retno Marsudi', 'Foreign Minister Retno LP Marsudi', 'Retno LP Marsudi'),
      P('Penny Wong'),
      E(
        'eighth Bali Process Ministerial Conference',
        [
          'eighth ministerial conference of the Bali Process',
          'ministerial conference',
          'eighth ministerial conference',
        ],
        '2023-02-10',
      ),
      E('Bali Process'),
    ],
    relations: [
      ...took('eighth Bali Process Ministerial Conference', 'Retno Marsudi', 'Penny Wong'),
      ...took('Bali Process', 'Retno Marsudi', 'Penny Wong'),
      part('eighth Bali Process Ministerial Conference', 'Bali Process'),
    ],
  },
  {
    id: 'pr-agency-minister-received-envoy-on-sunday-the-two-sides-discussed-the-geneva-process',
    form: 'state agency: "City, AGENCY – Title X received UN Special Envoy for Z Y on Sunday. The two sides discussed the Geneva process and the return of refugees" (an audience; a process discussed)',
    date: '2023-09-03',
    source: 'SANA',
    text:
      'Damascus, SANA – Foreign and Expatriates Minister Dr. Faisal Mekdad received UN Special Envoy for Syria Geir Pedersen on Sunday. ' +
      'The two sides discussed the Geneva process and the return of refugees.',
    entities: [
      P('Faisal Mekdad', 'Foreign and Expatriates Minister Dr. Faisal Mekdad', 'Dr. Faisal Mekdad'),
      P('Geir Pedersen', 'UN Special Envoy for Syria Geir Pedersen'),
      E('Mekdad-Pedersen meeting in Damascus', ['Mekdad-Pedersen meeting', 'meeting'], '2023-09-03'),
      E('Geneva process'),
    ],
    relations: [
      ...took('Mekdad-Pedersen meeting in Damascus', 'Faisal Mekdad', 'Geir Pedersen'),
      ...dis('Mekdad-Pedersen meeting in Damascus', 'Geneva process'),
    ],
  },
];

/** Rounds and sessions with their parent. */
const ROUNDS: BankCase[] = [
  {
    id: 'rd-agency-the-fourth-round-of-the-indirect-talks-between-a-and-b-was-held-the-fifth-round-will-be-held',
    form: 'news agency: "City, AGENCY – The fourth round of the indirect nuclear talks between A and B was held in City on Sunday, with <demonym> Foreign Minister X carrying messages between Foreign Minister Y and <demonym> special envoy Z. The fifth round will be held in City, X said" (a round and its parent; a planned round)',
    date: '2025-05-11',
    source: 'Tasnim',
    text:
      'Tehran, Tasnim – The fourth round of the indirect nuclear talks between Iran and the United States was held in Muscat on Sunday, with Omani Foreign Minister Badr Albusaidi carrying messages between Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff. ' +
      'The fifth round will be held in Rome, Albusaidi said.',
    entities: [
      P('Badr Albusaidi', 'Omani Foreign Minister Badr Albusaidi', 'Albusaidi'),
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi'),
      P('Steve Witkoff', 'US special envoy Steve Witkoff'),
      S('Iran'),
      S('United States', 'US'),
      E('Iran-US indirect nuclear talks', ['indirect nuclear talks', 'nuclear talks'], '2025-04-12'),
      E(
        'fourth round of the Iran-US nuclear talks',
        ['fourth round', 'fourth round of the indirect nuclear talks'],
        '2025-05-11',
      ),
      E('fifth round of the Iran-US nuclear talks', ['fifth round'], '2025-05-23'),
    ],
    relations: [
      ...took('fourth round of the Iran-US nuclear talks', 'Badr Albusaidi', 'Abbas Araghchi', 'Steve Witkoff'),
      ...took('Iran-US indirect nuclear talks', 'Badr Albusaidi', 'Abbas Araghchi', 'Steve Witkoff'),
      part('fourth round of the Iran-US nuclear talks', 'Iran-US indirect nuclear talks'),
      part('fifth round of the Iran-US nuclear talks', 'Iran-US indirect nuclear talks'),
      ...inv('fourth round of the Iran-US nuclear talks', 'Iran', 'United States'),
      ...inv('Iran-US indirect nuclear talks', 'Iran', 'United States'),
    ],
  },
  {
    id: 'rd-x-and-demonym-first-deputy-pm-y-co-chaired-the-25th-session-of-the-a-b-intergovernmental-commission',
    form: 'broadcaster: "City, Date – Title X and <demonym> Title Y co-chaired the 25th session of the A-B Intergovernmental Commission on … at Place. The two sides signed the protocol of the session" (a session by ordinal of a named body; a protocol signed there)',
    date: '2024-11-11',
    source: 'WION',
    text:
      'New Delhi, 11 November 2024 – External Affairs Minister S. Jaishankar and Russian First Deputy Prime Minister Denis Manturov co-chaired the 25th session of the India-Russia Intergovernmental Commission on Trade, Economic, Scientific, Technological and Cultural Cooperation at Hyderabad House. ' +
      'The two sides signed the protocol of the session.',
    entities: [
      P('Subrahmanyam Jaishankar', 'External Affairs Minister S. Jaishankar', 'S. Jaishankar'),
      P('Denis Manturov', 'Russian First Deputy Prime Minister Denis Manturov'),
      S('India'),
      S('Russia', 'Russian'),
      A('protocol of the 25th session of the IRIGC-TEC', 'protocol of the session', 'protocol'),
      E(
        '25th session of the India-Russia Intergovernmental Commission',
        [
          '25th session',
          'session',
          '25th session of the India-Russia Intergovernmental Commission on Trade, Economic, Scientific, Technological and Cultural Cooperation',
        ],
        '2024-11-11',
      ),
    ],
    relations: [
      ...took(
        '25th session of the India-Russia Intergovernmental Commission',
        'Subrahmanyam Jaishankar',
        'Denis Manturov',
      ),
      ...inv('25th session of the India-Russia Intergovernmental Commission', 'India', 'Russia'),
      at(
        'protocol of the 25th session of the IRIGC-TEC',
        '25th session of the India-Russia Intergovernmental Commission',
      ),
    ],
  },
  {
    id: 'rd-agency-president-addressed-the-opening-of-the-summit-the-high-level-segment-of-cop',
    form: 'news agency: "City, Date, AGENCY – President X addressed the opening of the World Leaders Climate Action Summit, the high-level segment of COP29, at Place. UN Secretary-General Y also spoke at the opening" (a segment told in apposition, PART_OF the conference)',
    date: '2024-11-12',
    source: 'Report.az',
    text:
      'Baku, November 12, Report – President Ilham Aliyev addressed the opening of the World Leaders Climate Action Summit, the high-level segment of COP29, at Baku Olympic Stadium. ' +
      'UN Secretary-General António Guterres also spoke at the opening.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev'),
      P('António Guterres', 'UN Secretary-General António Guterres'),
      E('World Leaders Climate Action Summit', ['high-level segment of COP29', 'high-level segment'], '2024-11-12'),
      E('COP29', ['29th UN Climate Change Conference', 'UN Climate Change Conference'], '2024-11-11'),
    ],
    relations: [
      ...took('World Leaders Climate Action Summit', 'Ilham Aliyev', 'António Guterres'),
      ...took('COP29', 'Ilham Aliyev', 'António Guterres'),
      part('World Leaders Climate Action Summit', 'COP29'),
    ],
  },
  {
    id: 'rd-president-opened-the-general-debate-of-the-80th-session-followed-by',
    form: 'broadcaster: "President X opened the general debate of the 80th session of the UN General Assembly in City on Tuesday, followed by US President Y" (a debate PART_OF a session of an organisation)',
    date: '2025-09-23',
    source: 'France 24',
    text: 'Brazilian President Luiz Inácio Lula da Silva opened the general debate of the 80th session of the UN General Assembly in New York on Tuesday, followed by US President Donald Trump.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'Brazilian President Luiz Inácio Lula da Silva', 'Lula'),
      P('Donald Trump', 'US President Donald Trump'),
      O('United Nations General Assembly', 'UN General Assembly'),
      E('general debate of the 80th session of the UN General Assembly', ['general debate'], '2025-09-23'),
      E('80th session of the UN General Assembly', ['80th session', 'UNGA 80'], '2025-09-09'),
    ],
    relations: [
      ...took(
        'general debate of the 80th session of the UN General Assembly',
        'Luiz Inácio Lula da Silva',
        'Donald Trump',
      ),
      ...took('80th session of the UN General Assembly', 'Luiz Inácio Lula da Silva', 'Donald Trump'),
      part('general debate of the 80th session of the UN General Assembly', '80th session of the UN General Assembly'),
      ...inv('80th session of the UN General Assembly', 'United Nations General Assembly'),
    ],
  },
  {
    id: 'rd-president-chaired-the-first-plenary-session-of-the-nth-summit-premier-represented-state-at-the-summit',
    form: 'state agency: "City – President X chaired the first plenary session of the 17th BRICS Summit at Place on Sunday. Premier Y represented Z at the summit" (a session PART_OF a summit by ordinal; one at the whole only)',
    date: '2025-07-06',
    source: 'Agência Brasil',
    text:
      'Rio de Janeiro – President Luiz Inácio Lula da Silva chaired the first plenary session of the 17th BRICS Summit at the Museum of Modern Art on Sunday. ' +
      'Premier Li Qiang represented China at the summit.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Li Qiang', 'Premier Li Qiang'),
      O('BRICS'),
      E('first plenary session of the 17th BRICS Summit', ['first plenary session', 'plenary session'], '2025-07-06'),
      E('17th BRICS Summit', ['BRICS Summit', 'summit', 'BRICS Summit in Rio de Janeiro'], '2025-07-06'),
    ],
    relations: [
      ...took('first plenary session of the 17th BRICS Summit', 'Luiz Inácio Lula da Silva'),
      ...took('17th BRICS Summit', 'Luiz Inácio Lula da Silva', 'Li Qiang'),
      part('first plenary session of the 17th BRICS Summit', '17th BRICS Summit'),
      ...inv('17th BRICS Summit', 'BRICS'),
    ],
  },
  {
    id: 'rd-agency-king-chaired-the-nth-arab-summit-at-palace-today-secretary-general-addressed-the-opening-session',
    form: 'state agency: "City, Date (AGENCY) – HM King X chaired the 33rd Arab Summit at Place today. <organisation> Secretary-General Y addressed the opening session" (a summit by ordinal; a session of it)',
    date: '2024-05-16',
    source: 'Bahrain News Agency',
    text:
      'Manama, May 16 (BNA) – HM King Hamad bin Isa Al Khalifa chaired the 33rd Arab Summit at Sakhir Palace today. ' +
      'Arab League Secretary-General Ahmed Aboul Gheit addressed the opening session.',
    entities: [
      P('Hamad bin Isa Al Khalifa', 'HM King Hamad bin Isa Al Khalifa', 'King Hamad bin Isa Al Khalifa'),
      P('Ahmed Aboul Gheit', 'Arab League Secretary-General Ahmed Aboul Gheit'),
      O('Arab League', 'League of Arab States'),
      E('33rd Arab Summit', ['Arab Summit', 'Manama summit', 'Bahrain summit'], '2024-05-16'),
      E('opening session of the 33rd Arab Summit', ['opening session'], '2024-05-16'),
    ],
    relations: [
      ...took('33rd Arab Summit', 'Hamad bin Isa Al Khalifa', 'Ahmed Aboul Gheit'),
      ...took('opening session of the 33rd Arab Summit', 'Ahmed Aboul Gheit'),
      part('opening session of the 33rd Arab Summit', '33rd Arab Summit'),
      ...inv('33rd Arab Summit', 'Arab League'),
    ],
  },
  {
    id: 'rd-agency-minister-arrived-here-for-the-sixth-round-of-the-a-b-strategic-dialogue-which-he-co-chaired',
    form: 'news agency: "CITY, Date (AGENCY): <demonym> Foreign Minister X arrived here on Wednesday evening for the sixth round of the A-B Foreign Ministers\' Strategic Dialogue, which he co-chaired with Title Y on Thursday" (a visit by "arrived"; a round and its parent dialogue)',
    date: '2025-08-21',
    source: 'APP',
    text: "ISLAMABAD, Aug 21 (APP): Chinese Foreign Minister Wang Yi arrived here on Wednesday evening for the sixth round of the Pakistan-China Foreign Ministers' Strategic Dialogue, which he co-chaired with Deputy Prime Minister and Foreign Minister Ishaq Dar on Thursday.",
    entities: [
      P('Wang Yi', 'Chinese Foreign Minister Wang Yi'),
      P('Ishaq Dar', 'Deputy Prime Minister and Foreign Minister Ishaq Dar'),
      S('Pakistan'),
      S('China', 'Chinese'),
      E("Wang Yi's visit to Pakistan", ['visit to Islamabad', 'visit to Pakistan'], '2025-08-20'),
      E(
        "sixth round of the Pakistan-China Foreign Ministers' Strategic Dialogue",
        ['sixth round', 'sixth round of the Strategic Dialogue'],
        '2025-08-21',
      ),
      E("Pakistan-China Foreign Ministers' Strategic Dialogue", ['Strategic Dialogue']),
    ],
    relations: [
      ...took("Wang Yi's visit to Pakistan", 'Wang Yi'),
      ...took("sixth round of the Pakistan-China Foreign Ministers' Strategic Dialogue", 'Wang Yi', 'Ishaq Dar'),
      ...took("Pakistan-China Foreign Ministers' Strategic Dialogue", 'Wang Yi', 'Ishaq Dar'),
      part("sixth round of the Pakistan-China Foreign Ministers' Strategic Dialogue", "Wang Yi's visit to Pakistan"),
      part(
        "sixth round of the Pakistan-China Foreign Ministers' Strategic Dialogue",
        "Pakistan-China Foreign Ministers' Strategic Dialogue",
      ),
      ...inv("sixth round of the Pakistan-China Foreign Ministers' Strategic Dialogue", 'Pakistan', 'China'),
      ...inv("Pakistan-China Foreign Ministers' Strategic Dialogue", 'Pakistan', 'China'),
    ],
  },
];

/** Visits told by "arrived in", "paid a working visit", "received in audience". */
const VISITS: BankCase[] = [
  {
    id: 'vs-pope-received-in-audience-the-vice-president-on-monday-morning-accompanied-by-the-secretary-of-state',
    form: 'Holy See daily: "Pope X received in audience the Vice President of Z, Mr Y, on Monday morning, Date. The Vice President was accompanied by Secretary of State W" (an audience; who accompanied)',
    date: '2025-05-19',
    source: "L'Osservatore Romano",
    text:
      'Pope Leo XIV received in audience the Vice President of the United States of America, Mr James David Vance, on Monday morning, 19 May. ' +
      'The Vice President was accompanied by Secretary of State Marco Rubio.',
    entities: [
      P('Leo XIV', 'Pope Leo XIV'),
      P('JD Vance', 'James David Vance', 'Mr James David Vance', 'Vice President'),
      P('Marco Rubio', 'Secretary of State Marco Rubio'),
      E(
        'audience of Pope Leo XIV with JD Vance',
        ['audience', 'Leo XIV-Vance audience', 'Leo XIV-Vance meeting'],
        '2025-05-19',
      ),
    ],
    relations: [...took('audience of Pope Leo XIV with JD Vance', 'Leo XIV', 'JD Vance', 'Marco Rubio')],
  },
  {
    id: 'vs-king-received-in-audience-president-who-arrived-earlier-on-a-state-visit-the-two-then-signed-the-declaration',
    form: 'state agency: "City, Date (AGENCY) – HM King X received in audience at Place President of Z Y, who arrived in the Kingdom earlier in the day on a state visit. The two Heads of State then signed the Declaration" (an audience; a visit by "arrived … on"; a signing after)',
    date: '2024-10-28',
    source: 'MAP',
    text:
      'Rabat, 28 October 2024 (MAP) – HM King Mohammed VI received in audience at the Royal Palace in Rabat President of the French Republic Emmanuel Macron, who arrived in the Kingdom earlier in the day on a state visit. ' +
      'The two Heads of State then signed the Declaration on the Reinforced Exceptional Partnership between the Kingdom of Morocco and the French Republic.',
    entities: [
      P('Mohammed VI', 'HM King Mohammed VI', 'King Mohammed VI'),
      P('Emmanuel Macron', 'President of the French Republic Emmanuel Macron'),
      A(
        'Declaration on the Reinforced Exceptional Partnership',
        'Declaration on the Reinforced Exceptional Partnership between the Kingdom of Morocco and the French Republic',
      ),
      E('audience of Mohammed VI with Macron in Rabat', ['audience', 'Mohammed VI-Macron meeting'], '2024-10-28'),
      E("Macron's state visit to Morocco", ['state visit', 'state visit to Morocco'], '2024-10-28'),
      E('signing of the Declaration on the Reinforced Exceptional Partnership', ['signing'], '2024-10-28'),
    ],
    relations: [
      ...took('audience of Mohammed VI with Macron in Rabat', 'Mohammed VI', 'Emmanuel Macron'),
      ...took('signing of the Declaration on the Reinforced Exceptional Partnership', 'Mohammed VI', 'Emmanuel Macron'),
      ...took("Macron's state visit to Morocco", 'Emmanuel Macron'),
      part('audience of Mohammed VI with Macron in Rabat', "Macron's state visit to Morocco"),
      part('signing of the Declaration on the Reinforced Exceptional Partnership', "Macron's state visit to Morocco"),
      at(
        'Declaration on the Reinforced Exceptional Partnership',
        'signing of the Declaration on the Reinforced Exceptional Partnership',
      ),
    ],
  },
  {
    id: 'vs-pm-arrived-in-city-by-train-the-first-visit-by-a-demonym-head-of-government-he-and-president-talked-for-hours',
    form: 'online newspaper: "<demonym> Prime Minister X arrived in City by train on Friday morning, the first visit by a <demonym> head of government since … He and President Y talked for almost three hours at Place" (a visit by "arrived in"; talks told by "talked")',
    date: '2024-08-23',
    source: 'Ukrainska Pravda',
    text:
      "Indian Prime Minister Narendra Modi arrived in Kyiv by train on Friday morning, the first visit by an Indian head of government since Ukraine's independence. " +
      'He and President Volodymyr Zelensky talked for almost three hours at the Mariinskyi Palace.',
    entities: [
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi'),
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky'),
      E(
        "Modi's visit to Ukraine",
        ['visit to Kyiv', 'first visit by an Indian head of government', 'visit'],
        '2024-08-23',
      ),
      E('Modi-Zelensky talks in Kyiv', ['Modi-Zelensky talks', 'talks at the Mariinskyi Palace'], '2024-08-23'),
    ],
    relations: [
      ...took("Modi's visit to Ukraine", 'Narendra Modi'),
      ...took('Modi-Zelensky talks in Kyiv', 'Narendra Modi', 'Volodymyr Zelensky'),
      part('Modi-Zelensky talks in Kyiv', "Modi's visit to Ukraine"),
    ],
  },
  {
    id: 'vs-pm-arrived-in-city-on-date-on-a-peace-mission-three-days-after-a-visit-to-city-was-received-by-x-in-the-place',
    form: 'broadcaster: "<demonym> Prime Minister X arrived in City on Date on what he called a peace mission, three days after a visit to City, and was received by Y in the Place" (a visit by "arrived in"; a past visit; a meeting by "was received by")',
    date: '2024-07-05',
    source: 'RFE/RL',
    text: 'Hungarian Prime Minister Viktor Orbán arrived in Moscow on 5 July 2024 on what he called a peace mission, three days after a visit to Kyiv, and was received by Vladimir Putin in the Kremlin.',
    entities: [
      P('Viktor Orbán', 'Hungarian Prime Minister Viktor Orbán'),
      P('Vladimir Putin'),
      E("Orbán's visit to Moscow", ['peace mission', 'visit to Moscow'], '2024-07-05'),
      E("Orbán's visit to Kyiv", ['visit to Kyiv'], '2024-07-02'),
      E('Orbán-Putin meeting in the Kremlin', ['Orbán-Putin meeting', 'meeting in the Kremlin'], '2024-07-05'),
    ],
    relations: [
      ...took("Orbán's visit to Moscow", 'Viktor Orbán'),
      ...took("Orbán's visit to Kyiv", 'Viktor Orbán'),
      ...took('Orbán-Putin meeting in the Kremlin', 'Viktor Orbán', 'Vladimir Putin'),
      part('Orbán-Putin meeting in the Kremlin', "Orbán's visit to Moscow"),
    ],
  },
  {
    id: 'vs-president-paid-a-working-visit-to-state-on-wednesday-his-first-in-years-and-met-president-at-palace',
    form: 'newspaper: "President X paid a working visit to Z on Wednesday, his first in 12 years, and met President Y at Place" (a visit by "paid a working visit"; a meeting inside it)',
    date: '2024-02-14',
    source: 'Daily Sabah',
    text: 'President Recep Tayyip Erdoğan paid a working visit to Egypt on Wednesday, his first in 12 years, and met President Abdel Fattah el-Sissi at Heliopolis Palace.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      P('Abdel Fattah el-Sisi', 'President Abdel Fattah el-Sissi', 'Abdel Fattah el-Sissi'),
      E("Erdoğan's working visit to Egypt", ['working visit to Egypt', 'working visit'], '2024-02-14'),
      E(
        'Erdoğan-Sisi meeting in Cairo',
        ['Erdoğan-Sisi meeting', 'meeting at Heliopolis Palace', 'Erdoğan-Sissi meeting'],
        '2024-02-14',
      ),
    ],
    relations: [
      ...took("Erdoğan's working visit to Egypt", 'Recep Tayyip Erdoğan'),
      ...took('Erdoğan-Sisi meeting in Cairo', 'Recep Tayyip Erdoğan', 'Abdel Fattah el-Sisi'),
      part('Erdoğan-Sisi meeting in Cairo', "Erdoğan's working visit to Egypt"),
    ],
  },
  {
    id: 'vs-agency-amir-received-in-audience-at-palace-pm-who-is-on-an-official-visit-crown-prince-attended-the-audience',
    form: 'state agency: "CITY, Month D (AGENCY) -- His Highness the Amir X received in audience at Place on Sunday <demonym> Prime Minister Y, who is on an official visit to the country … His Highness the Crown Prince Z attended the audience" (an audience inside a visit; who attended)',
    date: '2024-12-22',
    source: 'KUNA',
    text:
      'KUWAIT, Dec 22 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received in audience at Bayan Palace on Sunday Indian Prime Minister Narendra Modi, who is on an official visit to the country, the first by an Indian prime minister in 43 years. ' +
      'His Highness the Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah attended the audience.',
    entities: [
      P(
        'Meshal Al-Ahmad Al-Jaber Al-Sabah',
        'His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah',
        'Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah',
      ),
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi'),
      P('Sabah Khaled Al-Hamad Al-Sabah', 'Sheikh Sabah Khaled Al-Hamad Al-Sabah'),
      E('audience at Bayan Palace', ['audience', 'Meshal-Modi meeting'], '2024-12-22'),
      E("Modi's official visit to Kuwait", ['official visit', 'official visit to the country'], '2024-12-21'),
    ],
    relations: [
      ...took(
        'audience at Bayan Palace',
        'Meshal Al-Ahmad Al-Jaber Al-Sabah',
        'Narendra Modi',
        'Sabah Khaled Al-Hamad Al-Sabah',
      ),
      ...took("Modi's official visit to Kuwait", 'Narendra Modi'),
      part('audience at Bayan Palace', "Modi's official visit to Kuwait"),
    ],
  },
  {
    id: 'vs-dateline-president-paid-a-working-visit-to-city-today-to-take-part-in-the-sixth-meeting-chaired-by',
    form: 'news site: "City, Date – President X paid a working visit to City today to take part in the sixth Consultative Meeting of the Heads of State of Z, chaired by President Y" (a visit by "paid a working visit … to take part in"; a meeting by ordinal inside it)',
    date: '2024-08-09',
    source: 'Kun.uz',
    text: 'Tashkent, 9 August 2024 – President Shavkat Mirziyoyev paid a working visit to Astana today to take part in the sixth Consultative Meeting of the Heads of State of Central Asia, chaired by President Kassym-Jomart Tokayev.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev'),
      E("Mirziyoyev's working visit to Kazakhstan", ['working visit to Astana', 'working visit'], '2024-08-09'),
      E(
        'sixth Consultative Meeting of the Heads of State of Central Asia',
        ['Consultative Meeting of the Heads of State of Central Asia', 'sixth Consultative Meeting'],
        '2024-08-09',
      ),
    ],
    relations: [
      ...took("Mirziyoyev's working visit to Kazakhstan", 'Shavkat Mirziyoyev'),
      ...took(
        'sixth Consultative Meeting of the Heads of State of Central Asia',
        'Shavkat Mirziyoyev',
        'Kassym-Jomart Tokayev',
      ),
      part(
        'sixth Consultative Meeting of the Heads of State of Central Asia',
        "Mirziyoyev's working visit to Kazakhstan",
      ),
    ],
  },
];

/** Telephone calls told by "spoke by telephone", "spoke by phone". */
const CALLS: BankCase[] = [
  {
    id: 'cl-x-and-y-spoke-by-telephone-for-more-than-two-hours-on-tuesday-x-agreed-to-a-pause',
    form: 'online newspaper: "X and Y spoke by telephone for more than two hours on Tuesday, according to Z. X agreed to a 30-day pause in …" (a call by "spoke by telephone"; what was agreed on it)',
    date: '2025-03-18',
    source: 'Meduza',
    text:
      'Vladimir Putin and Donald Trump spoke by telephone for more than two hours on Tuesday, according to the Kremlin. ' +
      'Putin agreed to a 30-day pause in strikes on energy infrastructure.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Donald Trump', 'Trump'),
      A('30-day pause in strikes on energy infrastructure', 'pause in strikes on energy infrastructure'),
      E('Putin-Trump telephone call', ['telephone call', 'telephone conversation', 'call'], '2025-03-18'),
    ],
    relations: [
      ...took('Putin-Trump telephone call', 'Vladimir Putin', 'Donald Trump'),
      at('30-day pause in strikes on energy infrastructure', 'Putin-Trump telephone call'),
    ],
  },
  {
    id: 'cl-x-spoke-by-phone-with-y-on-thursday-at-the-request-of-the-side-agreed-their-teams-would-hold-a-new-round',
    form: 'newspaper: "<demonym> President X spoke by phone with <demonym> President Y on Thursday at the request of the <demonym> side. The two heads of state agreed that their teams would hold a new round of talks as soon as possible" (a call; a planned round arranged on it)',
    date: '2025-06-05',
    source: 'Global Times',
    text:
      'Chinese President Xi Jinping spoke by phone with US President Donald Trump on Thursday at the request of the US side. ' +
      'The two heads of state agreed that their teams would hold a new round of talks as soon as possible.',
    entities: [
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      P('Donald Trump', 'US President Donald Trump'),
      E('Xi-Trump phone call', ['phone call', 'call', 'telephone conversation'], '2025-06-05'),
      E('new round of China-US talks', ['new round of talks', 'new round'], '2025-06-09'),
    ],
    relations: [
      ...took('Xi-Trump phone call', 'Xi Jinping', 'Donald Trump'),
      ...dis('Xi-Trump phone call', 'new round of China-US talks'),
    ],
  },
  {
    id: 'cl-x-and-y-spoke-by-telephone-on-wednesday-a-day-after-ys-call-with-z',
    form: 'public broadcaster: "President X and <demonym> President Y spoke by telephone on Wednesday, a day after Y\'s call with Z. X said it was a positive … conversation" (a call by "spoke by telephone"; a past call referred to)',
    date: '2025-03-19',
    source: 'Suspilne',
    text:
      "President Volodymyr Zelensky and US President Donald Trump spoke by telephone on Wednesday, a day after Trump's call with Vladimir Putin. " +
      'Zelensky said it was a positive, very substantive and frank conversation.',
    entities: [
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky', 'Zelensky'),
      P('Donald Trump', 'US President Donald Trump', 'Trump'),
      P('Vladimir Putin'),
      E('Zelensky-Trump telephone call', ['conversation', 'telephone call', 'call'], '2025-03-19'),
      E('Trump-Putin call', ["Trump's call with Vladimir Putin"], '2025-03-18'),
    ],
    relations: [
      ...took('Zelensky-Trump telephone call', 'Volodymyr Zelensky', 'Donald Trump'),
      ...took('Trump-Putin call', 'Donald Trump', 'Vladimir Putin'),
    ],
  },
];

/** Negatives: announced, scheduled, postponed and cancelled events have no participants; a leader who stayed away. */
const NEGATIVES: BankCase[] = [
  {
    id: 'ng-the-signing-of-the-agreement-set-for-tuesday-has-been-postponed-pm-said-after-talks-with-pm-in-city',
    form: 'newspaper: "The signing of the Agreement between A and B, set for Tuesday, has been postponed, Prime Minister X said after talks with Prime Minister Y in City" (a postponed signing: no participants; the talks held)',
    date: '2025-09-30',
    source: 'Vanuatu Daily Post',
    text: 'The signing of the Nakamal Agreement between Vanuatu and Australia, set for Tuesday, has been postponed, Prime Minister Jotham Napat said after talks with Prime Minister Anthony Albanese in Port Vila.',
    entities: [
      P('Jotham Napat', 'Prime Minister Jotham Napat'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      A('Nakamal Agreement'),
      E('signing of the Nakamal Agreement', ['signing'], '2025-09-30'),
      E('Napat-Albanese talks in Port Vila', ['talks', 'Napat-Albanese talks'], '2025-09-30'),
    ],
    relations: [...took('Napat-Albanese talks in Port Vila', 'Jotham Napat', 'Anthony Albanese')],
  },
  {
    id: 'ng-the-signing-scheduled-for-friday-after-the-meeting-in-the-oval-office-did-not-take-place',
    form: 'online outlet: "The signing of the agreement between A and B, scheduled for Friday after President X\'s meeting with Y in the Oval Office, did not take place. X left the White House early" (a cancelled signing; the meeting held)',
    date: '2025-02-28',
    source: 'Hromadske',
    text:
      "The signing of the minerals agreement between Ukraine and the United States, scheduled for Friday after President Volodymyr Zelensky's meeting with Donald Trump in the Oval Office, did not take place. " +
      'Zelensky left the White House early.',
    entities: [
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky', 'Zelensky'),
      P('Donald Trump'),
      A('minerals agreement'),
      E('signing of the minerals agreement', ['signing'], '2025-02-28'),
      E(
        'Zelensky-Trump meeting in the Oval Office',
        ["Zelensky's meeting with Donald Trump", 'meeting in the Oval Office'],
        '2025-02-28',
      ),
    ],
    relations: [...took('Zelensky-Trump meeting in the Oval Office', 'Volodymyr Zelensky', 'Donald Trump')],
  },
  {
    id: 'ng-pm-will-chair-the-nth-leaders-meeting-in-city-next-month',
    form: 'newspaper: "Prime Minister X will chair the 54th <organisation> Leaders Meeting in City next month. Dialogue partners will not be invited to this year\'s meeting, he said" (an announced meeting: no participants)',
    date: '2025-08-12',
    source: 'Solomon Star',
    text:
      'Prime Minister Jeremiah Manele will chair the 54th Pacific Islands Forum Leaders Meeting in Honiara next month. ' +
      "Dialogue partners will not be invited to this year's meeting, he said.",
    entities: [
      P('Jeremiah Manele', 'Prime Minister Jeremiah Manele'),
      O('Pacific Islands Forum'),
      E(
        '54th Pacific Islands Forum Leaders Meeting',
        ['Pacific Islands Forum Leaders Meeting', 'meeting'],
        '2025-09-08',
      ),
    ],
    relations: [...inv('54th Pacific Islands Forum Leaders Meeting', 'Pacific Islands Forum')],
  },
  {
    id: 'ng-spokesman-said-the-president-would-travel-to-city-in-early-month-for-the-nth-a-b-annual-summit',
    form: 'newspaper: "<office> spokesman X said on Friday that President Y would travel to City in early December for the 23rd A-B annual summit with Prime Minister Z" (an announced visit and summit: no participants)',
    date: '2025-11-28',
    source: 'The Moscow Times',
    text: 'Kremlin spokesman Dmitry Peskov said on Friday that President Vladimir Putin would travel to New Delhi in early December for the 23rd India-Russia annual summit with Prime Minister Narendra Modi.',
    entities: [
      P('Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'),
      P('Vladimir Putin', 'President Vladimir Putin'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('India'),
      S('Russia'),
      E("Putin's visit to India", ['visit to New Delhi', 'travel to New Delhi'], '2025-12-04'),
      E('23rd India-Russia annual summit', ['India-Russia annual summit', 'annual summit'], '2025-12-05'),
    ],
    relations: [...inv('23rd India-Russia annual summit', 'India', 'Russia')],
  },
  {
    id: 'ng-the-summit-opened-in-city-on-saturday-without-state-after-president-said-no-official-would-attend',
    form: 'newspaper: "The G20 leaders\' summit opened in City on Saturday without Z, after President X said no <demonym> official would attend. President Y welcomed the leaders at Place" (a leader who stayed away; the host takes part)',
    date: '2025-11-22',
    source: 'Mail & Guardian',
    text:
      "The G20 leaders' summit opened in Johannesburg on Saturday without the United States, after President Donald Trump said no US official would attend. " +
      'President Cyril Ramaphosa welcomed the leaders at the Nasrec Expo Centre.',
    entities: [
      P('Donald Trump', 'President Donald Trump'),
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa'),
      O('G20'),
      E(
        "G20 leaders' summit in Johannesburg",
        ["G20 leaders' summit", 'G20 summit', 'Johannesburg summit'],
        '2025-11-22',
      ),
    ],
    relations: [
      ...took("G20 leaders' summit in Johannesburg", 'Cyril Ramaphosa'),
      ...inv("G20 leaders' summit in Johannesburg", 'G20'),
    ],
  },
  {
    id: 'ng-the-sixth-round-of-talks-between-a-and-b-set-for-sunday-in-city-will-not-take-place-minister-said',
    form: 'online outlet: "The sixth round of nuclear talks between A and B, set for Sunday in City, will not take place, <demonym> Foreign Minister X said" (a called-off round: no participants; its parties)',
    date: '2025-06-13',
    source: 'Middle East Eye',
    text: "The sixth round of nuclear talks between Iran and the United States, set for Sunday in Muscat, will not take place, Oman's Foreign Minister Badr Albusaidi said.",
    entities: [
      P('Badr Albusaidi', "Oman's Foreign Minister Badr Albusaidi"),
      S('Iran'),
      S('United States'),
      E('sixth round of Iran-US nuclear talks', ['sixth round of nuclear talks', 'sixth round'], '2025-06-15'),
    ],
    relations: [...inv('sixth round of Iran-US nuclear talks', 'Iran', 'United States')],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...SIGNINGS,
  ...HEADLINE_SIDES,
  ...PROCESSES,
  ...ROUNDS,
  ...VISITS,
  ...CALLS,
  ...NEGATIVES,
];
