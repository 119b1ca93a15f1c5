// The topics paraphrase bank (issue 6, round top9): a blind bank written before any rule change of the round, on
// what scores worst on readouts in unseen styles: DISCUSSED (what a meeting dealt with, told in the many ways
// readouts list it: "exchanged views on", "touched upon", "the talks focused on", "reviewed progress on", "the
// situation in X", "briefed his counterpart on", "expressed concern over", "condemned", wars, aggressions,
// disasters, ceasefires), what is NOT a topic (hosts, venues, the participants' own states when they only identify
// them, bodies framing the meeting, regions, dates), and INVOLVES (an incident's actor, target and affected party;
// events whose only stated parties are states or organisations). Same format and runner as the events banks
// (`npm run bank -- topics`): Events and the two relation types of the area are its facts.
import { type BankCase, dis, E, inv, O, P, S, A } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const TOPIC_VERBS: BankCase[] = [
  {
    id: 'exchanged-views-situation-in',
    form: '"exchanged views on … the situation in X and Y"',
    date: '2024-05-06',
    source: 'Ministry of Foreign Affairs of Egypt',
    text:
      'Foreign Minister Sameh Shoukry met with his Jordanian counterpart Ayman Safadi in Cairo on Monday. ' +
      'The two ministers exchanged views on the situation in Sudan and Libya.',
    entities: [
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Shoukry'),
      P('Ayman Safadi', 'Safadi'),
      S('Jordan', 'Jordanian'),
      S('Sudan'),
      S('Libya'),
      E('Shoukry-Safadi meeting in Cairo', [], '2024-05-06'),
    ],
    relations: [...dis('Shoukry-Safadi meeting in Cairo', 'Sudan', 'Libya')],
  },
  {
    id: 'touched-upon-agency',
    form: 'news agency: "The two sides also touched upon …"',
    date: '2023-10-18',
    source: 'Xinhua',
    text:
      'BEIJING, Oct. 18 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Beijing on Wednesday. ' +
      'The two sides also touched upon cooperation within the Shanghai Cooperation Organisation and the situation in Afghanistan.',
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      S('China', 'Chinese'),
      S('Kazakhstan', 'Kazakh'),
      O('Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'),
      S('Afghanistan'),
      E('Xi-Tokayev talks in Beijing', ['talks'], '2023-10-18'),
    ],
    relations: [...dis('Xi-Tokayev talks in Beijing', 'Shanghai Cooperation Organisation', 'Afghanistan')],
  },
  {
    id: 'talks-focused-on-agreement',
    form: '"The talks focused on …" with an agreement under negotiation',
    date: '2024-09-10',
    source: 'Government of Canada',
    text:
      'Minister of International Trade Mary Ng met with Indonesian Trade Minister Zulkifli Hasan in Jakarta. ' +
      'The talks focused on the Canada-Indonesia Comprehensive Economic Partnership Agreement and on critical minerals.',
    entities: [
      P('Mary Ng', 'Minister of International Trade Mary Ng', 'Ng'),
      P('Zulkifli Hasan', 'Trade Minister Zulkifli Hasan', 'Hasan'),
      S('Indonesia', 'Indonesian'),
      A('Canada-Indonesia Comprehensive Economic Partnership Agreement'),
      E('Ng-Hasan meeting in Jakarta', ['talks'], '2024-09-10'),
    ],
    relations: [...dis('Ng-Hasan meeting in Jakarta', 'Canada-Indonesia Comprehensive Economic Partnership Agreement')],
  },
  {
    id: 'reviewed-progress-on-programme',
    form: '"reviewed progress on" an agreement and a planned summit',
    date: '2024-02-20',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister Dr. S. Jaishankar held a meeting with Foreign Minister Vivian Balakrishnan of Singapore in New Delhi. ' +
      'They reviewed progress on the Comprehensive Economic Cooperation Agreement and preparations for the next India-Singapore Ministerial Roundtable.',
    entities: [
      P('Subrahmanyam Jaishankar', 'Dr. S. Jaishankar', 'S. Jaishankar', 'Jaishankar'),
      P('Vivian Balakrishnan', 'Foreign Minister Vivian Balakrishnan', 'Balakrishnan'),
      S('Singapore'),
      A('Comprehensive Economic Cooperation Agreement'),
      E('Jaishankar-Balakrishnan meeting in New Delhi', [], '2024-02-20'),
      E('next India-Singapore Ministerial Roundtable', ['India-Singapore Ministerial Roundtable']),
    ],
    relations: [
      ...dis(
        'Jaishankar-Balakrishnan meeting in New Delhi',
        'Comprehensive Economic Cooperation Agreement',
        'next India-Singapore Ministerial Roundtable',
      ),
    ],
  },
  {
    id: 'developments-middle-east-region',
    form: '"developments in the Middle East" (a region, no state) and "the situation in Gaza"',
    date: '2024-01-15',
    source: 'Federal Foreign Office',
    text:
      'Foreign Minister Annalena Baerbock met Prime Minister Mohammed bin Abdulrahman Al Thani of Qatar in Doha on 15 January. ' +
      'Their conversation dealt with developments in the Middle East, the humanitarian situation in Gaza and the release of the hostages held by Hamas.',
    entities: [
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      P('Mohammed bin Abdulrahman Al Thani', 'Prime Minister Mohammed bin Abdulrahman Al Thani'),
      S('Qatar'),
      O('Hamas'),
      E('Baerbock-Al Thani meeting in Doha', ['conversation'], '2024-01-15'),
      E('hostages held by Hamas', ['hostages']),
    ],
    relations: [
      ...dis('Baerbock-Al Thani meeting in Doha', 'hostages held by Hamas'),
      ...inv('hostages held by Hamas', 'Hamas'),
    ],
  },
  {
    id: 'regional-international-issues-only',
    form: '"regional and international issues of mutual interest" names no topic',
    date: '2023-11-29',
    source: 'Saudi Press Agency',
    text:
      'RIYADH, Nov 29 -- His Royal Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, received the Foreign Minister of Brazil, Mauro Vieira, in Riyadh today. ' +
      'During the meeting, they reviewed bilateral relations and discussed regional and international issues of mutual interest.',
    entities: [
      P('Faisal bin Farhan', 'Prince Faisal bin Farhan', 'His Royal Highness Prince Faisal bin Farhan'),
      P('Mauro Vieira', 'Vieira'),
      S('Brazil'),
      S('Saudi Arabia'),
      E('Faisal bin Farhan-Vieira meeting in Riyadh', ['meeting'], '2023-11-29'),
    ],
    relations: [],
  },
  {
    id: 'briefed-counterpart-on-conference',
    form: '"briefed his counterpart on the outcome of" a conference',
    date: '2024-06-18',
    source: 'Ministry of Foreign Affairs of Ukraine',
    text:
      'Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone call with Foreign Minister Penny Wong of Australia. ' +
      'Dmytro Kuleba briefed his counterpart on the outcome of the Summit on Peace in Ukraine held in Bürgenstock.',
    entities: [
      P('Dmytro Kuleba', 'Kuleba'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      S('Ukraine'),
      S('Australia'),
      S('Switzerland'),
      E('Kuleba-Wong phone call', ['phone call'], '2024-06-18'),
      E('Summit on Peace in Ukraine', ['Summit on Peace in Ukraine held in Bürgenstock']),
    ],
    relations: [...dis('Kuleba-Wong phone call', 'Summit on Peace in Ukraine')],
  },
  {
    id: 'expressed-concern-missile-launches',
    form: '"expressed concern over the missile launches by" a state',
    date: '2023-07-13',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'On July 13, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with Mr. Park Jin, Minister of Foreign Affairs of the Republic of Korea, in Jakarta. ' +
      'The two Ministers expressed grave concern over the ballistic missile launches by North Korea.',
    entities: [
      P('Yoshimasa Hayashi', 'HAYASHI Yoshimasa', 'Mr. HAYASHI Yoshimasa'),
      P('Park Jin', 'Mr. Park Jin'),
      S('Japan'),
      S('South Korea', 'Republic of Korea'),
      S('North Korea'),
      E('Hayashi-Park meeting in Jakarta', ['Japan-ROK Foreign Ministers meeting'], '2023-07-13'),
      E('ballistic missile launches by North Korea', ['missile launches']),
    ],
    relations: [
      ...dis('Hayashi-Park meeting in Jakarta', 'ballistic missile launches by North Korea'),
      ...inv('ballistic missile launches by North Korea', 'North Korea'),
    ],
  },
  {
    id: 'condemned-attack-on',
    form: '"condemned the attack on" a target state\'s facility',
    date: '2024-04-16',
    source: 'Prime Minister of the United Kingdom',
    text:
      'Prime Minister Rishi Sunak spoke to Prime Minister Benjamin Netanyahu of Israel this afternoon. ' +
      "The Prime Minister condemned Iran's attack on Israel and said the UK would continue to stand up for Israel's security.",
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Benjamin Netanyahu', 'Prime Minister Benjamin Netanyahu', 'Netanyahu'),
      E('Sunak-Netanyahu call', ['call'], '2024-04-16'),
      S('Israel'),
      S('Iran'),
      S('United Kingdom', 'UK'),
      E("Iran's attack on Israel", ['attack on Israel']),
    ],
    relations: [
      ...dis('Sunak-Netanyahu call', "Iran's attack on Israel"),
      ...inv("Iran's attack on Israel", 'Iran', 'Israel'),
    ],
  },
  {
    id: 'war-in-ukraine-lowercase',
    form: '"the war in Ukraine" among topics',
    date: '2023-05-03',
    source: 'Government of Portugal',
    text:
      'Prime Minister António Costa received the President of Brazil, Luiz Inácio Lula da Silva, at São Bento Palace. ' +
      'The two leaders discussed the war in Ukraine and the ratification of the EU-Mercosur Agreement.',
    entities: [
      P('António Costa', 'Prime Minister António Costa', 'Costa'),
      P('Luiz Inácio Lula da Silva', 'Lula da Silva', 'Lula'),
      S('Brazil'),
      S('Ukraine'),
      A('EU-Mercosur Agreement'),
      E('Costa-Lula meeting at São Bento Palace', [], '2023-05-03'),
      E('war in Ukraine'),
    ],
    relations: [
      ...dis('Costa-Lula meeting at São Bento Palace', 'war in Ukraine', 'EU-Mercosur Agreement'),
      ...inv('war in Ukraine', 'Ukraine'),
    ],
  },
  {
    id: 'russias-aggression-against',
    form: '"Russia\'s aggression against Ukraine" (possessive actor, target after "against")',
    date: '2024-03-12',
    source: 'President of Finland',
    text:
      'President Alexander Stubb met President Petr Pavel of the Czech Republic in Helsinki on Tuesday. ' +
      "The Presidents discussed Russia's aggression against Ukraine and European defence cooperation.",
    entities: [
      P('Alexander Stubb', 'President Alexander Stubb', 'Stubb'),
      P('Petr Pavel', 'President Petr Pavel', 'Pavel'),
      S('Czech Republic'),
      S('Russia'),
      S('Ukraine'),
      E('Stubb-Pavel meeting in Helsinki', [], '2024-03-12'),
      E("Russia's aggression against Ukraine", ['aggression against Ukraine']),
    ],
    relations: [
      ...dis('Stubb-Pavel meeting in Helsinki', "Russia's aggression against Ukraine"),
      ...inv("Russia's aggression against Ukraine", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'earthquake-that-struck',
    form: '"the earthquake that struck X", condolences',
    date: '2023-09-12',
    source: 'Élysée',
    text:
      'President Emmanuel Macron spoke by telephone with King Mohammed VI. ' +
      'The President of the Republic expressed his condolences following the earthquake that struck Morocco on 8 September and offered French assistance.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Mohammed VI', 'King Mohammed VI'),
      S('Morocco'),
      S('France', 'French'),
      E('Macron-Mohammed VI telephone call', ['telephone call'], '2023-09-12'),
      E('earthquake that struck Morocco', ['earthquake'], '2023-09-08'),
    ],
    relations: [
      ...dis('Macron-Mohammed VI telephone call', 'earthquake that struck Morocco'),
      ...inv('earthquake that struck Morocco', 'Morocco'),
    ],
  },
  {
    id: 'ceasefire-in-gaza',
    form: '"the ceasefire in Gaza" (an agreement as topic)',
    date: '2025-01-20',
    source: 'Ministry of Foreign Affairs of Qatar',
    text:
      'HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met with Egyptian Foreign Minister Badr Abdelatty in Doha today. ' +
      'The meeting reviewed the implementation of the ceasefire in Gaza.',
    entities: [
      P('Mohammed bin Abdulrahman bin Jassim Al-Thani', 'Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani'),
      P('Badr Abdelatty', 'Foreign Minister Badr Abdelatty', 'Abdelatty'),
      S('Egypt', 'Egyptian'),
      A('ceasefire in Gaza', 'Gaza ceasefire'),
      E('Al-Thani-Abdelatty meeting in Doha', ['meeting'], '2025-01-20'),
    ],
    relations: [...dis('Al-Thani-Abdelatty meeting in Doha', 'ceasefire in Gaza')],
  },
  {
    id: 'compared-notes-us-spelling',
    form: '"compared notes on" (US style, Secretary)',
    date: '2024-07-26',
    source: 'U.S. Department of State',
    text:
      'Secretary Antony J. Blinken met with Lao Foreign Minister Saleumxay Kommasith in Vientiane today. ' +
      'The Secretary and Foreign Minister compared notes on the crisis in Burma and efforts to combat transnational crime.',
    entities: [
      P('Antony J. Blinken', 'Secretary Antony J. Blinken', 'Blinken'),
      P('Saleumxay Kommasith', 'Foreign Minister Saleumxay Kommasith', 'Kommasith'),
      S('Laos', 'Lao'),
      S('Myanmar', 'Burma'),
      E('Blinken-Kommasith meeting in Vientiane', [], '2024-07-26'),
      E('crisis in Burma', ['crisis in Myanmar']),
    ],
    relations: [
      ...dis('Blinken-Kommasith meeting in Vientiane', 'crisis in Burma'),
      ...inv('crisis in Burma', 'Myanmar'),
    ],
  },
  {
    id: 'discussion-covered-accession',
    form: '"The discussion covered … X\'s accession to the Y"',
    date: '2024-04-04',
    source: 'Government of Ireland',
    text:
      'The Taoiseach, Leo Varadkar, met Prime Minister Denys Shmyhal of Ukraine at Government Buildings today. ' +
      "The discussion covered Ukraine's accession to the European Union and humanitarian demining.",
    entities: [
      P('Leo Varadkar', 'Taoiseach, Leo Varadkar', 'Varadkar'),
      P('Denys Shmyhal', 'Prime Minister Denys Shmyhal', 'Shmyhal'),
      S('Ukraine'),
      O('European Union'),
      E('Varadkar-Shmyhal meeting at Government Buildings', [], '2024-04-04'),
    ],
    relations: [...dis('Varadkar-Shmyhal meeting at Government Buildings', 'European Union')],
  },
  {
    id: 'shared-assessments-of',
    form: '"shared assessments of" and "the situation on the Korean Peninsula" (no state named)',
    date: '2024-06-19',
    source: 'Kremlin',
    text:
      'Vladimir Putin held talks with Chairman of State Affairs of the DPRK Kim Jong Un in Pyongyang. ' +
      'The leaders shared assessments of the situation on the Korean Peninsula and of the Ukrainian crisis.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Kim Jong Un', 'Kim'),
      S('North Korea', 'DPRK'),
      S('Ukraine', 'Ukrainian'),
      E('Putin-Kim talks in Pyongyang', ['talks'], '2024-06-19'),
      E('Ukrainian crisis', ['crisis']),
    ],
    relations: [...dis('Putin-Kim talks in Pyongyang', 'Ukrainian crisis'), ...inv('Ukrainian crisis', 'Ukraine')],
  },
  {
    id: 'welcomed-implementation-of',
    form: '"welcomed the smooth implementation of X" (an agreement in force)',
    date: '2024-11-19',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese met Prime Minister Keir Starmer of the United Kingdom on the margins of the G20 Summit in Rio de Janeiro. ' +
      'The leaders welcomed the smooth implementation of the Australia-UK Free Trade Agreement.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      S('United Kingdom'),
      O('G20'),
      A('Australia-UK Free Trade Agreement'),
      E('Albanese-Starmer meeting', [], '2024-11-19'),
      E('G20 Summit in Rio de Janeiro', ['G20 Summit']),
    ],
    relations: [...dis('Albanese-Starmer meeting', 'Australia-UK Free Trade Agreement')],
  },
  {
    id: 'talked-about-third-state',
    form: '"talked about" a third state; "Iran\'s nuclear programme"',
    date: '2024-09-23',
    source: 'Ministry for Europe and Foreign Affairs of France',
    text:
      'Jean-Noël Barrot, Minister for Europe and Foreign Affairs, met his Saudi counterpart, Prince Faisal bin Farhan, in New York. ' +
      "They talked about Lebanon and Iran's nuclear programme.",
    entities: [
      P('Jean-Noël Barrot', 'Barrot'),
      P('Faisal bin Farhan', 'Prince Faisal bin Farhan'),
      S('Saudi Arabia', 'Saudi'),
      S('Lebanon'),
      S('Iran'),
      E('Barrot-Faisal bin Farhan meeting in New York', [], '2024-09-23'),
    ],
    relations: [...dis('Barrot-Faisal bin Farhan meeting in New York', 'Lebanon', 'Iran')],
  },
  {
    id: 'deliberated-on-bullets',
    form: 'bulleted topics after "The ministers deliberated on:"',
    date: '2024-10-02',
    source: 'Department of Foreign Affairs of the Philippines',
    text:
      'Secretary Enrique Manalo met Foreign Minister Retno Marsudi of Indonesia in Manila on 2 October 2024. The ministers deliberated on:\n' +
      '- the South China Sea;\n' +
      '- the ASEAN Outlook on the Indo-Pacific;\n' +
      '- the situation in Myanmar.',
    entities: [
      P('Enrique Manalo', 'Secretary Enrique Manalo', 'Manalo'),
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi', 'Marsudi'),
      S('Indonesia'),
      S('Myanmar'),
      A('ASEAN Outlook on the Indo-Pacific'),
      E('Manalo-Marsudi meeting in Manila', [], '2024-10-02'),
    ],
    relations: [...dis('Manalo-Marsudi meeting in Manila', 'ASEAN Outlook on the Indo-Pacific', 'Myanmar')],
  },
  {
    id: 'raised-the-case-detention',
    form: '"raised the case of … detained in X" (an incident with its state)',
    date: '2024-03-20',
    source: 'Department of Foreign Affairs and Trade of Australia',
    text:
      "Senator Penny Wong met China's Foreign Minister Wang Yi in Canberra. " +
      'The Minister raised the detention of Australian writer Yang Hengjun in China and the situation in the Taiwan Strait.',
    entities: [
      P('Penny Wong', 'Senator Penny Wong', 'Wong'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      S('China'),
      S('Australia', 'Australian'),
      E('Wong-Wang meeting in Canberra', [], '2024-03-20'),
      E('detention of Australian writer Yang Hengjun in China', ['detention of Yang Hengjun']),
    ],
    relations: [
      ...dis('Wong-Wang meeting in Canberra', 'detention of Australian writer Yang Hengjun in China'),
      ...inv('detention of Australian writer Yang Hengjun in China', 'China', 'Australia'),
    ],
  },
  {
    id: 'conversation-concentrated-on-preparations',
    form: '"The conversation concentrated on preparations for" a summit of a body',
    date: '2024-06-03',
    source: 'Chancellery of the Prime Minister of Poland',
    text:
      'Prime Minister Donald Tusk held a telephone conversation with NATO Secretary General Jens Stoltenberg. ' +
      'The conversation concentrated on preparations for the NATO Summit in Washington.',
    entities: [
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      O('NATO'),
      E('Tusk-Stoltenberg telephone conversation', ['telephone conversation'], '2024-06-03'),
      E('NATO Summit in Washington', ['NATO Summit']),
    ],
    relations: [
      ...dis('Tusk-Stoltenberg telephone conversation', 'NATO Summit in Washington'),
      ...inv('NATO Summit in Washington', 'NATO'),
    ],
  },
  {
    id: 'agreed-to-cooperate-on-third',
    form: '"agreed to work together on" a third state and a body',
    date: '2024-02-08',
    source: 'Global Affairs Canada',
    text:
      "Minister of Foreign Affairs Mélanie Joly met with Kenya's Prime Cabinet Secretary Musalia Mudavadi in Ottawa. " +
      'They agreed to work together on the crisis in Haiti and on reform of the United Nations Security Council.',
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly', 'Joly'),
      P('Musalia Mudavadi', 'Mudavadi'),
      S('Kenya'),
      S('Haiti'),
      O('United Nations Security Council'),
      E('Joly-Mudavadi meeting in Ottawa', [], '2024-02-08'),
      E('crisis in Haiti'),
    ],
    relations: [
      ...dis('Joly-Mudavadi meeting in Ottawa', 'crisis in Haiti', 'United Nations Security Council'),
      ...inv('crisis in Haiti', 'Haiti'),
    ],
  },
  {
    id: 'were-discussed-passive',
    form: 'passive: "X and Y were also discussed"',
    date: '2023-11-07',
    source: 'Government of the Netherlands',
    text:
      'Prime Minister Mark Rutte received President Gustavo Petro of Colombia at the Catshuis on Tuesday. ' +
      'Trade, the energy transition and the situation in Venezuela were also discussed.',
    entities: [
      P('Mark Rutte', 'Prime Minister Mark Rutte', 'Rutte'),
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      S('Colombia'),
      S('Venezuela'),
      E('Rutte-Petro meeting at the Catshuis', [], '2023-11-07'),
    ],
    relations: [...dis('Rutte-Petro meeting at the Catshuis', 'Venezuela')],
  },
  {
    id: 'matters-relating-to',
    form: '"matters relating to" a body and a planned conference',
    date: '2024-09-05',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text:
      'Foreign Minister Retno L.P. Marsudi received the Secretary-General of the Commonwealth, Patricia Scotland, in Jakarta. ' +
      'They discussed matters relating to the Pacific Islands Forum and the upcoming United Nations Ocean Conference in Nice.',
    entities: [
      P('Retno L.P. Marsudi', 'Retno Marsudi', 'Marsudi'),
      P('Patricia Scotland', 'Scotland'),
      O('Commonwealth'),
      O('Pacific Islands Forum'),
      O('United Nations'),
      E('Marsudi-Scotland meeting in Jakarta', [], '2024-09-05'),
      E('United Nations Ocean Conference in Nice', ['United Nations Ocean Conference']),
    ],
    relations: [
      ...dis('Marsudi-Scotland meeting in Jakarta', 'Pacific Islands Forum', 'United Nations Ocean Conference in Nice'),
      ...inv('United Nations Ocean Conference in Nice', 'United Nations'),
    ],
  },
  {
    id: 'issues-such-as',
    form: '"issues such as" a state\'s situation and an organisation',
    date: '2024-08-27',
    source: 'Prime Minister of Malaysia',
    text:
      'Prime Minister Anwar Ibrahim received a courtesy call from the Foreign Minister of Bangladesh, Touhid Hossain, at Seri Perdana. ' +
      'They touched on issues such as the Rohingya refugees from Myanmar and Bangladesh’s bid to join ASEAN as an observer.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Touhid Hossain', 'Hossain'),
      S('Bangladesh'),
      S('Myanmar'),
      O('ASEAN'),
      E('Anwar-Hossain courtesy call at Seri Perdana', ['courtesy call'], '2024-08-27'),
    ],
    relations: [...dis('Anwar-Hossain courtesy call at Seri Perdana', 'Myanmar', 'ASEAN')],
  },
];

const NOT_TOPICS: BankCase[] = [
  {
    id: 'at-invitation-host-and-venue',
    form: 'host "at the invitation of" and the venue are no topics',
    date: '2024-05-15',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text:
      'At the invitation of Minister of Foreign Affairs of Cambodia Sok Chenda Sophea, Minister of Foreign Affairs Bui Thanh Son held talks with him at the Peace Palace in Phnom Penh on 15 May. ' +
      'The two ministers discussed the Funan Techo canal project and cooperation within the Mekong River Commission.',
    entities: [
      P('Sok Chenda Sophea', 'Minister of Foreign Affairs of Cambodia Sok Chenda Sophea'),
      P('Bui Thanh Son', 'Minister of Foreign Affairs Bui Thanh Son'),
      S('Cambodia'),
      S('Viet Nam', 'Vietnam'),
      O('Mekong River Commission'),
      E('Bui Thanh Son-Sok Chenda Sophea talks at the Peace Palace in Phnom Penh', ['talks'], '2024-05-15'),
    ],
    relations: [
      ...dis('Bui Thanh Son-Sok Chenda Sophea talks at the Peace Palace in Phnom Penh', 'Mekong River Commission'),
    ],
  },
  {
    id: 'own-states-identifying-only',
    form: "the participants' own states, named only to identify them, are no topics",
    date: '2024-03-25',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'On March 25, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Ahmed Attaf, Minister of Foreign Affairs of Algeria. ' +
      'The two ministers discussed the situation in Mali.',
    entities: [
      P('Yoko Kamikawa', 'KAMIKAWA Yoko', 'Ms. KAMIKAWA Yoko'),
      P('Ahmed Attaf', 'Mr. Ahmed Attaf', 'Attaf'),
      S('Japan'),
      S('Algeria'),
      S('Mali'),
      E('Kamikawa-Attaf telephone talk', ['telephone talk'], '2024-03-25'),
    ],
    relations: [...dis('Kamikawa-Attaf telephone talk', 'Mali')],
  },
  {
    id: 'sidelines-body-not-topic',
    form: 'the gathering met on the sidelines of, and its body, are no topics',
    date: '2023-09-20',
    source: 'Government of New Zealand',
    text:
      'On the sidelines of the 78th session of the United Nations General Assembly in New York, Prime Minister Chris Hipkins met Prime Minister Lee Hsien Loong of Singapore. ' +
      'They discussed the Indo-Pacific Economic Framework and the situation in Myanmar.',
    entities: [
      P('Chris Hipkins', 'Prime Minister Chris Hipkins', 'Hipkins'),
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong', 'Lee'),
      S('Singapore'),
      S('Myanmar'),
      O('United Nations General Assembly', 'United Nations'),
      A('Indo-Pacific Economic Framework'),
      E('Hipkins-Lee meeting in New York', [], '2023-09-20'),
      E('78th session of the United Nations General Assembly', ['United Nations General Assembly']),
    ],
    relations: [...dis('Hipkins-Lee meeting in New York', 'Indo-Pacific Economic Framework', 'Myanmar')],
  },
  {
    id: 'summit-of-body-participants-not-topics',
    form: 'a summit of a body and a state: neither side is a topic, a third state is',
    date: '2023-07-13',
    source: 'European Council',
    text:
      'The 29th EU-Japan Summit took place in Brussels on 13 July 2023. The EU was represented by Charles Michel, President of the European Council, and Ursula von der Leyen, President of the European Commission; Japan by Prime Minister Kishida Fumio. ' +
      'Leaders discussed China, the situation in the East and South China Seas, and the EU-Japan Economic Partnership Agreement.',
    entities: [
      P('Charles Michel', 'Michel'),
      P('Ursula von der Leyen', 'von der Leyen'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio'),
      O('European Union', 'EU'),
      S('Japan'),
      S('China'),
      A('EU-Japan Economic Partnership Agreement'),
      E('29th EU-Japan Summit', ['EU-Japan Summit'], '2023-07-13'),
    ],
    relations: [...dis('29th EU-Japan Summit', 'China', 'EU-Japan Economic Partnership Agreement')],
  },
  {
    id: 'ally-membership-support-for',
    form: 'a membership in apposition is no topic; "support for Ukraine" is',
    date: '2024-05-21',
    source: 'Government Offices of Sweden',
    text:
      'Prime Minister Ulf Kristersson welcomed Danish Prime Minister Mette Frederiksen, a close Nordic partner and NATO Ally, to Harpsund on Tuesday. ' +
      'The two prime ministers discussed continued support for Ukraine and energy security in the Baltic Sea region.',
    entities: [
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      P('Mette Frederiksen', 'Prime Minister Mette Frederiksen', 'Frederiksen'),
      S('Denmark', 'Danish'),
      O('NATO'),
      S('Ukraine'),
      E('Kristersson-Frederiksen meeting at Harpsund', [], '2024-05-21'),
    ],
    relations: [...dis('Kristersson-Frederiksen meeting at Harpsund', 'Ukraine')],
  },
  {
    id: 'office-body-not-topic-peace-process',
    form: 'the body of a participant\'s title is no topic; "the peace process between A and B" involves both',
    date: '2024-02-14',
    source: 'OSCE',
    text:
      'OSCE Secretary General Helga Maria Schmid met Foreign Minister Ararat Mirzoyan of Armenia in Vienna on 14 February. ' +
      'They discussed the peace process between Armenia and Azerbaijan and the work of the OSCE Office in Yerevan.',
    entities: [
      P('Helga Maria Schmid', 'Secretary General Helga Maria Schmid', 'Schmid'),
      P('Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan', 'Mirzoyan'),
      O('OSCE'),
      S('Armenia'),
      S('Azerbaijan'),
      E('Schmid-Mirzoyan meeting in Vienna', [], '2024-02-14'),
      E('peace process between Armenia and Azerbaijan', ['peace process']),
    ],
    relations: [
      ...dis('Schmid-Mirzoyan meeting in Vienna', 'peace process between Armenia and Azerbaijan'),
      ...inv('peace process between Armenia and Azerbaijan', 'Armenia', 'Azerbaijan'),
    ],
  },
  {
    id: 'palace-host-capital-not-topics',
    form: 'palace, capital and host are no topics; "efforts to reach a ceasefire in Gaza" and "the situation in Syria" are',
    date: '2024-08-12',
    source: 'Presidency of the Arab Republic of Egypt',
    text:
      'President Abdel Fattah El-Sisi received King Abdullah II of Jordan at Al-Ittihadiya Palace in Cairo today. ' +
      'The two leaders discussed efforts to reach a ceasefire in Gaza and the situation in Syria.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi', 'El-Sisi'),
      P('Abdullah II', 'King Abdullah II'),
      S('Jordan'),
      S('Egypt'),
      S('Syria'),
      A('ceasefire in Gaza'),
      E('El-Sisi-Abdullah II meeting at Al-Ittihadiya Palace', [], '2024-08-12'),
    ],
    relations: [...dis('El-Sisi-Abdullah II meeting at Al-Ittihadiya Palace', 'ceasefire in Gaza', 'Syria')],
  },
  {
    id: 'thanked-for-hosting',
    form: '"thanked X for hosting" names a host, no topic',
    date: '2024-11-08',
    source: 'Prime Minister of Pakistan',
    text:
      'Prime Minister Muhammad Shehbaz Sharif met President Ilham Aliyev of Azerbaijan in Baku. ' +
      'The Prime Minister thanked Azerbaijan for hosting COP29 and the two leaders discussed the Pakistan-Azerbaijan preferential trade agreement.',
    entities: [
      P('Muhammad Shehbaz Sharif', 'Prime Minister Muhammad Shehbaz Sharif', 'Shehbaz Sharif'),
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      S('Azerbaijan'),
      S('Pakistan'),
      E('Sharif-Aliyev meeting in Baku', [], '2024-11-08'),
      E('COP29'),
      A('Pakistan-Azerbaijan preferential trade agreement', 'preferential trade agreement'),
    ],
    relations: [...dis('Sharif-Aliyev meeting in Baku', 'COP29', 'Pakistan-Azerbaijan preferential trade agreement')],
  },
  {
    id: 'in-capacity-as-chair',
    form: '"in his capacity as Chairperson of the African Union": the body is no topic; a conflict is',
    date: '2025-02-20',
    source: 'Presidency of Angola',
    text:
      'President João Lourenço, in his capacity as Chairperson of the African Union, spoke by telephone with President Félix Tshisekedi. ' +
      'The two Heads of State discussed the conflict in the east of the Democratic Republic of the Congo.',
    entities: [
      P('João Lourenço', 'President João Lourenço', 'Lourenço'),
      P('Félix Tshisekedi', 'President Félix Tshisekedi', 'Tshisekedi'),
      O('African Union'),
      S('Democratic Republic of the Congo', 'DRC'),
      E('Lourenço-Tshisekedi telephone call', ['telephone call'], '2025-02-20'),
      E('conflict in the east of the Democratic Republic of the Congo', ['conflict']),
    ],
    relations: [
      ...dis('Lourenço-Tshisekedi telephone call', 'conflict in the east of the Democratic Republic of the Congo'),
      ...inv('conflict in the east of the Democratic Republic of the Congo', 'Democratic Republic of the Congo'),
    ],
  },
  {
    id: 'anniversary-date-not-topic',
    form: 'an anniversary and a date are no topics; an agreement in force is',
    date: '2024-06-11',
    source: 'Presidency of Nigeria',
    text:
      'President Bola Tinubu received President Cyril Ramaphosa at the State House in Abuja as the two countries marked thirty years of diplomatic relations. ' +
      'The Presidents reviewed the implementation of the African Continental Free Trade Area Agreement.',
    entities: [
      P('Bola Tinubu', 'President Bola Tinubu', 'Tinubu'),
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      S('South Africa'),
      A('African Continental Free Trade Area Agreement', 'AfCFTA'),
      E('Tinubu-Ramaphosa meeting at the State House in Abuja', [], '2024-06-11'),
    ],
    relations: [
      ...dis('Tinubu-Ramaphosa meeting at the State House in Abuja', 'African Continental Free Trade Area Agreement'),
    ],
  },
  {
    id: 'on-behalf-of-body-not-topic',
    form: '"on behalf of the European Union" and the issuing body are no topics',
    date: '2025-01-30',
    source: 'European External Action Service',
    text:
      'High Representative Kaja Kallas met Foreign Minister Gideon Saar of Israel in Brussels on behalf of the European Union. ' +
      'They discussed the hostages held in Gaza and the humanitarian situation in Lebanon.',
    entities: [
      P('Kaja Kallas', 'High Representative Kaja Kallas', 'Kallas'),
      P('Gideon Saar', 'Foreign Minister Gideon Saar', 'Saar'),
      S('Israel'),
      O('European Union'),
      S('Lebanon'),
      E('Kallas-Saar meeting in Brussels', [], '2025-01-30'),
      E('hostages held in Gaza', ['hostages']),
    ],
    relations: [...dis('Kallas-Saar meeting in Brussels', 'hostages held in Gaza', 'Lebanon')],
  },
];

const INCIDENTS: BankCase[] = [
  {
    id: 'missile-strike-on-hospital-in-city',
    form: '"the Russian missile strike on a children\'s hospital in Kyiv" (demonym actor, a city\'s state as target)',
    date: '2024-07-09',
    source: 'Prime Minister of Canada',
    text:
      'Prime Minister Justin Trudeau spoke with President Volodymyr Zelenskyy of Ukraine today. ' +
      "The Prime Minister condemned the Russian missile strike on the Okhmatdyt children's hospital in Kyiv.",
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Ukraine'),
      S('Russia', 'Russian'),
      E('Trudeau-Zelenskyy call', ['call'], '2024-07-09'),
      E("Russian missile strike on the Okhmatdyt children's hospital in Kyiv", ['missile strike']),
    ],
    relations: [
      ...dis('Trudeau-Zelenskyy call', "Russian missile strike on the Okhmatdyt children's hospital in Kyiv"),
      ...inv("Russian missile strike on the Okhmatdyt children's hospital in Kyiv", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'terrorist-attack-at-near-city',
    form: '"the terrorist attack at X near Moscow" (the place\'s state affected)',
    date: '2024-03-26',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Deputy Prime Minister and Minister of Foreign Affairs Murat Nurtleu met Russian Ambassador Alexey Borodavkin in Astana. ' +
      'Nurtleu conveyed condolences over the terrorist attack at Crocus City Hall near Moscow.',
    entities: [
      P('Murat Nurtleu', 'Nurtleu'),
      P('Alexey Borodavkin', 'Ambassador Alexey Borodavkin', 'Borodavkin'),
      S('Russia', 'Russian'),
      S('Kazakhstan'),
      E('Nurtleu-Borodavkin meeting in Astana', [], '2024-03-26'),
      E('terrorist attack at Crocus City Hall near Moscow', ['terrorist attack at Crocus City Hall']),
    ],
    relations: [
      ...dis('Nurtleu-Borodavkin meeting in Astana', 'terrorist attack at Crocus City Hall near Moscow'),
      ...inv('terrorist attack at Crocus City Hall near Moscow', 'Russia'),
    ],
  },
  {
    id: 'military-takeover-in',
    form: '"the military takeover in Niger" (a coup by another name)',
    date: '2023-08-10',
    source: 'ECOWAS Commission',
    text:
      'The President of the ECOWAS Commission, Omar Alieu Touray, received the Foreign Minister of Senegal, Aïssata Tall Sall, in Abuja. ' +
      'They reviewed the military takeover in Niger and the sanctions adopted by the Authority.',
    entities: [
      P('Omar Alieu Touray', 'Touray'),
      P('Aïssata Tall Sall', 'Tall Sall'),
      O('ECOWAS', 'ECOWAS Commission'),
      S('Senegal'),
      S('Niger'),
      E('Touray-Tall Sall meeting in Abuja', [], '2023-08-10'),
      E('military takeover in Niger', ['military takeover']),
    ],
    relations: [
      ...dis('Touray-Tall Sall meeting in Abuja', 'military takeover in Niger'),
      ...inv('military takeover in Niger', 'Niger'),
    ],
  },
  {
    id: 'floods-that-devastated',
    form: '"the floods that devastated eastern Libya" (a region of a state)',
    date: '2023-09-14',
    source: 'Ministry of Foreign Affairs of Türkiye',
    text:
      'Minister of Foreign Affairs Hakan Fidan had a phone call with Abdullah Al-Lafi, Vice-President of the Presidential Council of Libya. ' +
      'Minister Fidan expressed solidarity after the floods that devastated eastern Libya.',
    entities: [
      P('Hakan Fidan', 'Minister of Foreign Affairs Hakan Fidan', 'Fidan'),
      P('Abdullah Al-Lafi', 'Al-Lafi'),
      S('Libya'),
      E('Fidan-Al-Lafi phone call', ['phone call'], '2023-09-14'),
      E('floods that devastated eastern Libya', ['floods']),
    ],
    relations: [
      ...dis('Fidan-Al-Lafi phone call', 'floods that devastated eastern Libya'),
      ...inv('floods that devastated eastern Libya', 'Libya'),
    ],
  },
  {
    id: 'downing-of-flight-over',
    form: '"the downing of Flight MH17 over eastern Ukraine" (the place\'s state)',
    date: '2024-07-17',
    source: 'Government of the Netherlands',
    text:
      'Minister of Foreign Affairs Caspar Veldkamp met his Australian counterpart Penny Wong in The Hague. ' +
      'The ministers commemorated the victims of the downing of Flight MH17 over eastern Ukraine ten years ago.',
    entities: [
      P('Caspar Veldkamp', 'Minister of Foreign Affairs Caspar Veldkamp', 'Veldkamp'),
      P('Penny Wong', 'Wong'),
      S('Australia', 'Australian'),
      S('Ukraine'),
      E('Veldkamp-Wong meeting in The Hague', [], '2024-07-17'),
      E('downing of Flight MH17 over eastern Ukraine', ['downing of Flight MH17']),
    ],
    relations: [
      ...dis('Veldkamp-Wong meeting in The Hague', 'downing of Flight MH17 over eastern Ukraine'),
      ...inv('downing of Flight MH17 over eastern Ukraine', 'Ukraine'),
    ],
  },
  {
    id: 'attacks-on-shipping-by-group',
    form: '"attacks by the Houthis on commercial shipping in the Red Sea" (a non-state actor)',
    date: '2024-01-11',
    source: 'Ministry of Foreign Affairs of Denmark',
    text:
      'Foreign Minister Lars Løkke Rasmussen met Foreign Minister Sameh Shoukry of Egypt in Copenhagen. ' +
      'The ministers discussed the attacks by the Houthis on commercial shipping in the Red Sea.',
    entities: [
      P('Lars Løkke Rasmussen', 'Foreign Minister Lars Løkke Rasmussen', 'Rasmussen'),
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Shoukry'),
      S('Egypt'),
      O('Houthis', 'Houthi', 'Ansar Allah'),
      E('Rasmussen-Shoukry meeting in Copenhagen', [], '2024-01-11'),
      E('attacks by the Houthis on commercial shipping in the Red Sea', ['attacks on commercial shipping']),
    ],
    relations: [
      ...dis('Rasmussen-Shoukry meeting in Copenhagen', 'attacks by the Houthis on commercial shipping in the Red Sea'),
      ...inv('attacks by the Houthis on commercial shipping in the Red Sea', 'Houthis'),
    ],
  },
  {
    id: 'possessive-military-operation-in',
    form: '"Israel\'s military operation in Rafah" (possessive actor, no state for the place)',
    date: '2024-05-10',
    source: 'Ministry of Foreign Affairs of Spain',
    text:
      'The Minister of Foreign Affairs, José Manuel Albares, held a meeting with the Foreign Minister of Saudi Arabia in Madrid. ' +
      "Both ministers voiced their alarm at Israel's military operation in Rafah.",
    entities: [
      P('José Manuel Albares', 'Albares'),
      S('Saudi Arabia'),
      S('Israel'),
      E('Albares meeting in Madrid', ['meeting'], '2024-05-10'),
      E("Israel's military operation in Rafah", ['military operation in Rafah']),
    ],
    relations: [
      ...dis('Albares meeting in Madrid', "Israel's military operation in Rafah"),
      ...inv("Israel's military operation in Rafah", 'Israel'),
    ],
  },
  {
    id: 'satellite-launch-possessive',
    form: '"the DPRK\'s launch of a military reconnaissance satellite"',
    date: '2023-11-22',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'Minister of Foreign Affairs Park Jin held a phone call with U.S. Secretary of State Antony Blinken on November 22. ' +
      "The two ministers strongly condemned the DPRK's launch of a military reconnaissance satellite the previous night.",
    entities: [
      P('Park Jin', 'Minister of Foreign Affairs Park Jin'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      S('United States', 'U.S.'),
      S('North Korea', 'DPRK'),
      E('Park-Blinken phone call', ['phone call'], '2023-11-22'),
      E("DPRK's launch of a military reconnaissance satellite", ['launch of a military reconnaissance satellite']),
    ],
    relations: [
      ...dis('Park-Blinken phone call', "DPRK's launch of a military reconnaissance satellite"),
      ...inv("DPRK's launch of a military reconnaissance satellite", 'North Korea'),
    ],
  },
  {
    id: 'hurricane-that-hit',
    form: '"the hurricane that hit Jamaica" (British spelling, CARICOM style)',
    date: '2024-07-05',
    source: 'CARICOM Secretariat',
    text:
      'CARICOM Secretary-General Dr Carla Barnett met Prime Minister Andrew Holness in Kingston on Friday. ' +
      "They assessed the damage caused by Hurricane Beryl, which hit Jamaica on 3 July, and the region's recovery programme.",
    entities: [
      P('Carla Barnett', 'Dr Carla Barnett', 'Barnett'),
      P('Andrew Holness', 'Prime Minister Andrew Holness', 'Holness'),
      O('CARICOM'),
      S('Jamaica'),
      E('Barnett-Holness meeting in Kingston', [], '2024-07-05'),
      E('Hurricane Beryl', [], '2024-07-03'),
    ],
    relations: [...dis('Barnett-Holness meeting in Kingston', 'Hurricane Beryl'), ...inv('Hurricane Beryl', 'Jamaica')],
  },
  {
    id: 'border-clashes-between-states',
    form: '"the border clashes between Thailand and Cambodia"',
    date: '2025-07-26',
    source: 'Ministry of Foreign Affairs of Malaysia',
    text:
      "Foreign Minister Dato' Seri Utama Haji Mohamad bin Haji Hasan received the Ambassador of Thailand, Jakkrit Srivali, at Wisma Putra. " +
      "The discussion centred on the border clashes between Thailand and Cambodia and ASEAN's efforts towards a ceasefire.",
    entities: [
      P('Mohamad bin Haji Hasan', "Dato' Seri Utama Haji Mohamad bin Haji Hasan", 'Mohamad Hasan'),
      P('Jakkrit Srivali', 'Srivali'),
      S('Thailand'),
      S('Cambodia'),
      O('ASEAN'),
      E('Mohamad Hasan-Srivali meeting at Wisma Putra', [], '2025-07-26'),
      E('border clashes between Thailand and Cambodia', ['border clashes']),
    ],
    relations: [
      ...dis('Mohamad Hasan-Srivali meeting at Wisma Putra', 'border clashes between Thailand and Cambodia', 'ASEAN'),
      ...inv('border clashes between Thailand and Cambodia', 'Thailand', 'Cambodia'),
    ],
  },
  {
    id: 'arrest-of-national-in',
    form: '"the wrongful detention of American journalist X in Russia" (the detaining state and the national\'s state)',
    date: '2023-04-02',
    source: 'U.S. Department of State',
    text:
      'Secretary Blinken spoke with Russian Foreign Minister Sergey Lavrov today. ' +
      'The Secretary raised the wrongful detention of American journalist Evan Gershkovich in Russia and called for his immediate release.',
    entities: [
      P('Antony Blinken', 'Secretary Blinken', 'Blinken'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      S('Russia', 'Russian'),
      S('United States', 'American'),
      E('Blinken-Lavrov call', ['call'], '2023-04-02'),
      E('wrongful detention of American journalist Evan Gershkovich in Russia', ['detention of Evan Gershkovich']),
    ],
    relations: [
      ...dis('Blinken-Lavrov call', 'wrongful detention of American journalist Evan Gershkovich in Russia'),
      ...inv('wrongful detention of American journalist Evan Gershkovich in Russia', 'Russia', 'United States'),
    ],
  },
  {
    id: 'explosion-at-port-of',
    form: '"the explosion at the Port of Beirut" (the city\'s state)',
    date: '2020-08-06',
    source: 'Élysée',
    text:
      'President Emmanuel Macron met President Michel Aoun at the Baabda Palace on 6 August 2020. ' +
      'The talks were dominated by the explosion at the Port of Beirut two days earlier and by international aid to Lebanon.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Michel Aoun', 'President Michel Aoun', 'Aoun'),
      S('Lebanon'),
      E('Macron-Aoun talks at the Baabda Palace', ['talks'], '2020-08-06'),
      E('explosion at the Port of Beirut', ['explosion'], '2020-08-04'),
    ],
    relations: [
      ...dis('Macron-Aoun talks at the Baabda Palace', 'explosion at the Port of Beirut'),
      ...inv('explosion at the Port of Beirut', 'Lebanon'),
    ],
  },
  {
    id: 'invasion-of-by-year',
    form: '"the invasion of Kuwait by Iraq in 1990" (target after "of", actor after "by")',
    date: '2024-08-02',
    source: 'Kuwait News Agency',
    text:
      'KUWAIT, Aug 2 (KUNA) -- His Highness the Prime Minister Sheikh Dr. Mohammad Sabah Al-Salem Al-Sabah received the British Ambassador, Belinda Lewis, today. ' +
      'The meeting recalled the invasion of Kuwait by Iraq in 1990 and the liberation that followed.',
    entities: [
      P('Mohammad Sabah Al-Salem Al-Sabah', 'Sheikh Dr. Mohammad Sabah Al-Salem Al-Sabah'),
      P('Belinda Lewis', 'Lewis'),
      S('United Kingdom', 'British'),
      S('Kuwait'),
      S('Iraq'),
      E('Al-Sabah-Lewis meeting', ['meeting'], '2024-08-02'),
      E('invasion of Kuwait by Iraq in 1990', ['invasion of Kuwait'], '1990'),
    ],
    relations: [
      ...dis('Al-Sabah-Lewis meeting', 'invasion of Kuwait by Iraq in 1990'),
      ...inv('invasion of Kuwait by Iraq in 1990', 'Kuwait', 'Iraq'),
    ],
  },
  {
    id: 'cyberattacks-against-attributed',
    form: '"the cyberattacks against Albania, which were attributed to Iran"',
    date: '2022-09-15',
    source: 'Prime Minister of Albania',
    text:
      'Prime Minister Edi Rama received NATO Deputy Secretary General Mircea Geoană in Tirana on Thursday. ' +
      'They discussed the cyberattacks against Albania, which were attributed to Iran.',
    entities: [
      P('Edi Rama', 'Prime Minister Edi Rama', 'Rama'),
      P('Mircea Geoană', 'Deputy Secretary General Mircea Geoană', 'Geoană'),
      O('NATO'),
      S('Albania'),
      S('Iran'),
      E('Rama-Geoană meeting in Tirana', [], '2022-09-15'),
      E('cyberattacks against Albania', ['cyberattacks']),
    ],
    relations: [
      ...dis('Rama-Geoană meeting in Tirana', 'cyberattacks against Albania'),
      ...inv('cyberattacks against Albania', 'Albania', 'Iran'),
    ],
  },
  {
    id: 'offensive-possessive-region',
    form: '"Azerbaijan\'s military offensive in Karabakh" and "the displacement of" its people',
    date: '2023-09-25',
    source: 'President of France',
    text:
      'President Emmanuel Macron spoke with Prime Minister Nikol Pashinyan of Armenia on Monday. ' +
      "They discussed the consequences of Azerbaijan's military offensive in Karabakh and the humanitarian needs of the refugees arriving in Armenia.",
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Nikol Pashinyan', 'Prime Minister Nikol Pashinyan', 'Pashinyan'),
      S('Armenia'),
      S('Azerbaijan'),
      E('Macron-Pashinyan call', ['call'], '2023-09-25'),
      E("Azerbaijan's military offensive in Karabakh", ['military offensive in Karabakh']),
    ],
    relations: [
      ...dis('Macron-Pashinyan call', "Azerbaijan's military offensive in Karabakh"),
      ...inv("Azerbaijan's military offensive in Karabakh", 'Azerbaijan'),
    ],
  },
  {
    id: 'prisoner-exchange-mediated-by',
    form: '"the exchange of prisoners between A and B mediated by C"',
    date: '2024-02-01',
    source: 'WAM',
    text:
      'ABU DHABI, 1st February, 2024 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Andrii Yermak, Head of the Office of the President of Ukraine. ' +
      'They discussed the exchange of prisoners between Russia and Ukraine mediated by the UAE last month.',
    entities: [
      P(
        'Abdullah bin Zayed Al Nahyan',
        'Sheikh Abdullah bin Zayed Al Nahyan',
        'H.H. Sheikh Abdullah bin Zayed Al Nahyan',
      ),
      P('Andrii Yermak', 'Yermak'),
      S('Ukraine'),
      S('Russia'),
      S('United Arab Emirates', 'UAE'),
      E('Abdullah bin Zayed-Yermak meeting', ['meeting'], '2024-02-01'),
      E('exchange of prisoners between Russia and Ukraine', ['exchange of prisoners']),
    ],
    relations: [
      ...dis('Abdullah bin Zayed-Yermak meeting', 'exchange of prisoners between Russia and Ukraine'),
      ...inv('exchange of prisoners between Russia and Ukraine', 'Russia', 'Ukraine', 'United Arab Emirates'),
    ],
  },
  {
    id: 'named-war-tribute',
    form: 'a named war as topic: "the Second World War"',
    date: '2024-06-06',
    source: 'Élysée',
    text:
      'President Emmanuel Macron received President Joe Biden at the Élysée Palace. ' +
      'The two Presidents paid tribute to the veterans of the Second World War and discussed the war in Ukraine.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      S('Ukraine'),
      E('Macron-Biden meeting at the Élysée Palace', [], '2024-06-06'),
      E('war in Ukraine'),
      E('Second World War'),
    ],
    relations: [
      ...dis('Macron-Biden meeting at the Élysée Palace', 'war in Ukraine', 'Second World War'),
      ...inv('war in Ukraine', 'Ukraine'),
    ],
  },
];

const STATE_EVENTS: BankCase[] = [
  {
    id: 'consultations-between-ministries',
    form: '"consultations between the foreign ministries of A and B" (a state-only event, past)',
    date: '2024-04-22',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Minister of Foreign Affairs Gabrielius Landsbergis met Polish Foreign Minister Radosław Sikorski in Vilnius. ' +
      'The ministers welcomed the results of the consultations between the foreign ministries of Lithuania and Poland held in March.',
    entities: [
      P('Gabrielius Landsbergis', 'Minister of Foreign Affairs Gabrielius Landsbergis', 'Landsbergis'),
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski', 'Sikorski'),
      S('Poland', 'Polish'),
      S('Lithuania'),
      E('Landsbergis-Sikorski meeting in Vilnius', [], '2024-04-22'),
      E('consultations between the foreign ministries of Lithuania and Poland', ['consultations']),
    ],
    relations: [
      ...dis(
        'Landsbergis-Sikorski meeting in Vilnius',
        'consultations between the foreign ministries of Lithuania and Poland',
      ),
      ...inv('consultations between the foreign ministries of Lithuania and Poland', 'Lithuania', 'Poland'),
    ],
  },
  {
    id: 'negotiations-between-on-fta',
    form: '"the negotiations between the EU and Australia on a free trade agreement"',
    date: '2023-10-28',
    source: 'European Commission',
    text:
      'Executive Vice-President Valdis Dombrovskis met Australian Trade Minister Don Farrell in Osaka. ' +
      'They took stock of the negotiations between the European Union and Australia on a free trade agreement.',
    entities: [
      P('Valdis Dombrovskis', 'Executive Vice-President Valdis Dombrovskis', 'Dombrovskis'),
      P('Don Farrell', 'Trade Minister Don Farrell', 'Farrell'),
      S('Australia', 'Australian'),
      O('European Union'),
      E('Dombrovskis-Farrell meeting in Osaka', [], '2023-10-28'),
      E('negotiations between the European Union and Australia on a free trade agreement', ['negotiations']),
      A('free trade agreement', 'EU-Australia free trade agreement'),
    ],
    relations: [
      ...dis(
        'Dombrovskis-Farrell meeting in Osaka',
        'negotiations between the European Union and Australia on a free trade agreement',
      ),
      ...inv(
        'negotiations between the European Union and Australia on a free trade agreement',
        'European Union',
        'Australia',
      ),
    ],
  },
  {
    id: 'talks-between-facilitated-by',
    form: '"the talks in Jeddah between the Government of Sudan and the RSF, facilitated by A and B"',
    date: '2023-06-01',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'State Secretary Eivind Vad Petersson met the African Union Special Envoy for Sudan in Oslo. ' +
      'They discussed the talks in Jeddah between the Government of Sudan and the Rapid Support Forces, facilitated by Saudi Arabia and the United States.',
    entities: [
      P('Eivind Vad Petersson', 'State Secretary Eivind Vad Petersson', 'Petersson'),
      O('African Union'),
      O('Rapid Support Forces', 'RSF'),
      S('Sudan', 'Sudanese'),
      S('Saudi Arabia'),
      S('United States'),
      E('Petersson meeting in Oslo', ['meeting'], '2023-06-01'),
      E('talks in Jeddah', ['Jeddah talks']),
    ],
    relations: [
      ...dis('Petersson meeting in Oslo', 'talks in Jeddah'),
      ...inv('talks in Jeddah', 'Sudan', 'Rapid Support Forces', 'Saudi Arabia', 'United States'),
    ],
  },
  {
    id: 'past-summit-of-body-and-state',
    form: 'a past "ASEAN-Japan Commemorative Summit" told without participants involves both',
    date: '2024-01-25',
    source: 'Ministry of Foreign Affairs of Thailand',
    text:
      'Minister of Foreign Affairs Parnpree Bahiddha-Nukara met Japanese Ambassador Nashida Kazuya in Bangkok. ' +
      'The two sides reviewed the outcomes of the ASEAN-Japan Commemorative Summit held in Tokyo in December 2023.',
    entities: [
      P('Parnpree Bahiddha-Nukara', 'Minister of Foreign Affairs Parnpree Bahiddha-Nukara', 'Parnpree'),
      P('Kazuya Nashida', 'Nashida Kazuya', 'Ambassador Nashida Kazuya'),
      S('Japan', 'Japanese'),
      O('ASEAN'),
      E('Parnpree-Nashida meeting in Bangkok', [], '2024-01-25'),
      E('ASEAN-Japan Commemorative Summit', ['ASEAN-Japan Commemorative Summit held in Tokyo'], '2023-12'),
    ],
    relations: [
      ...dis('Parnpree-Nashida meeting in Bangkok', 'ASEAN-Japan Commemorative Summit'),
      ...inv('ASEAN-Japan Commemorative Summit', 'ASEAN', 'Japan'),
    ],
  },
  {
    id: 'joint-committee-session-demonyms',
    form: '"the 32nd session of the Egyptian-Iraqi Joint Higher Committee" (demonyms in the name)',
    date: '2024-10-14',
    source: 'Cabinet of Egypt',
    text:
      'Prime Minister Mostafa Madbouly received Iraqi Foreign Minister Fuad Hussein in Cairo on Monday. ' +
      'They agreed to convene the 32nd session of the Egyptian-Iraqi Joint Higher Committee in Baghdad early next year.',
    entities: [
      P('Mostafa Madbouly', 'Prime Minister Mostafa Madbouly', 'Madbouly'),
      P('Fuad Hussein', 'Foreign Minister Fuad Hussein', 'Hussein'),
      S('Iraq', 'Iraqi'),
      S('Egypt', 'Egyptian'),
      E('Madbouly-Hussein meeting in Cairo', [], '2024-10-14'),
      E('32nd session of the Egyptian-Iraqi Joint Higher Committee', ['Egyptian-Iraqi Joint Higher Committee']),
    ],
    relations: [
      ...dis('Madbouly-Hussein meeting in Cairo', '32nd session of the Egyptian-Iraqi Joint Higher Committee'),
      // top18: a sitting whose only stated parties are two states involves them (GUIDE, "Incidents and INVOLVES"; the
      // dev gold's planned "Spain-Morocco High-Level Meeting" and topics-4's planned "two countries' Joint Commission").
      ...inv('32nd session of the Egyptian-Iraqi Joint Higher Committee', 'Egypt', 'Iraq'),
    ],
  },
  {
    id: 'dialogue-between-government-and-group',
    form: '"the peace talks between the Government of Colombia and the ELN held in Caracas" (the venue state involved)',
    date: '2024-05-02',
    source: 'Ministry of Foreign Affairs of Colombia',
    text:
      'Foreign Minister Luis Gilberto Murillo met the Foreign Minister of Venezuela, Yván Gil, in Caracas. ' +
      'They spoke about the peace talks between the Government of Colombia and the National Liberation Army held in Caracas.',
    entities: [
      P('Luis Gilberto Murillo', 'Foreign Minister Luis Gilberto Murillo', 'Murillo'),
      P('Yván Gil', 'Gil'),
      S('Venezuela'),
      S('Colombia'),
      O('National Liberation Army', 'ELN'),
      E('Murillo-Gil meeting in Caracas', [], '2024-05-02'),
      E('peace talks between the Government of Colombia and the National Liberation Army', ['peace talks']),
    ],
    relations: [
      ...dis(
        'Murillo-Gil meeting in Caracas',
        'peace talks between the Government of Colombia and the National Liberation Army',
      ),
      ...inv(
        'peace talks between the Government of Colombia and the National Liberation Army',
        'Colombia',
        'National Liberation Army',
        'Venezuela',
      ),
    ],
  },
  {
    id: 'referendum-in-state',
    form: '"the referendum held in X" (an event of one state)',
    date: '2023-12-05',
    source: 'Ministry of Foreign Affairs of Guyana',
    text:
      'Minister of Foreign Affairs Hugh Todd met the Ambassador of Brazil in Georgetown. ' +
      'The Minister expressed concern about the referendum held in Venezuela on 3 December.',
    entities: [
      P('Hugh Todd', 'Minister of Foreign Affairs Hugh Todd', 'Todd'),
      S('Brazil'),
      S('Venezuela'),
      S('Guyana'),
      E('Todd meeting in Georgetown', ['meeting'], '2023-12-05'),
      E('referendum held in Venezuela', ['referendum'], '2023-12-03'),
    ],
    relations: [
      ...dis('Todd meeting in Georgetown', 'referendum held in Venezuela'),
      ...inv('referendum held in Venezuela', 'Venezuela'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-anniversary-statement',
    form: 'negative: a statement of an anniversary, no meeting',
    date: '2023-08-01',
    source: 'Global Affairs Canada',
    text: 'Today marks 50 years since Canada and Viet Nam established diplomatic relations, a milestone in a friendship built on trade and people-to-people ties.',
    entities: [S('Canada'), S('Viet Nam')],
    relations: [],
  },
  {
    id: 'negative-donor-statement',
    form: 'negative: a body and its members as donors, no meeting',
    date: '2024-03-18',
    source: 'Council of the European Union',
    text: 'The European Union and its Member States remain the largest donor of humanitarian aid to Syria and its neighbours, Lebanon and Jordan.',
    entities: [O('European Union'), S('Syria'), S('Lebanon'), S('Jordan')],
    relations: [],
  },
  {
    id: 'negative-biography-offices',
    form: 'negative: a biography naming states of former posts',
    date: '2024-01-10',
    source: 'Ministry of Foreign Affairs of Singapore',
    text: "Ambassador Tan Li Ling previously served as Singapore's Ambassador to France and as Deputy Permanent Representative to the United Nations in New York.",
    entities: [S('Singapore'), S('France'), O('United Nations')],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [...TOPIC_VERBS, ...NOT_TOPICS, ...INCIDENTS, ...STATE_EVENTS, ...NEGATIVES];
