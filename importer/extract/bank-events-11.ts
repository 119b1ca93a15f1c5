// The eleventh events paraphrase bank (issue 6, round ev19): a blind bank written before any rule change of the round,
// with its weight on which node a relation hangs on (the visit, the talks inside it, a session, the summit) and who
// took part in what. Constructions the ten earlier events banks do not hold: one meeting told by several nouns ("the
// discussion", "the negotiations", "the engagement", "the leaders' talks" for the meeting already named; a summit
// meeting inside a visit told by "who is visiting"; a dialogue held "during his stay"); sessions with limited
// participants ("a restricted session of the two presidents", "a tête-à-tête followed by talks in an expanded format
// with the delegations, in which …", "the two leaders first met alone; … then joined them", a working lunch of heads of
// delegation only, "a one-to-one conversation preceded the plenary meeting", a parallel meeting of the ministers, a
// summit's opening dinner); meetings told by "was also received by", "was received in audience by", "paid a courtesy
// call on", "was received by A and by B", "also called on" after a dialogue; multilateral lists (heads of state
// "gathered …: Presidents A, B, C, D and E", "the 40th and 41st ASEAN Summits" (two events), ministers named in the
// next sentence, a chair and the leaders he invited, a council's inaugural meeting inside a summit, "hosted A and B for
// the first trilateral summit", "A for X, B for Y and C for Z", presidents listed with their states in brackets, the
// leaders attending "included"); REACHED_AT (signed at a 2+2, at a ceremony after a plenary session, at a bilateral
// on the margins of a summit, adopted at a summit's plenary session, initialled at the end of a negotiating round, one
// agreement at the talks and one at the end of the visit, "signed … the next day" at a meeting inside a state visit,
// and an agreement only announced (the launch of negotiations) or initialled at a place: no REACHED_AT); and negatives (a leader who "will travel"
// to a summit, leaders thanked, a spokesperson "who did not attend the meeting", delegations "expected at" a summit, a
// past prime minister only mentioned, ministers tasked with a later meeting, a planned state visit with planned talks).
// House styles of many issuers (MOFA Japan, the German Federal Government, the Kremlin, ASEAN, the Pacific Islands
// Forum, DFAT, FCDO, State House Kenya, the Azerbaijani and Serbian presidencies, Planalto, the Itamaraty, the State
// Department, the Imperial Household style of the Philippine PCO, India's MEA, La Moncloa, Xinhua, Oman News Agency,
// the Organization of Turkic States, NATO, the White House, the Quai d'Orsay, the Bundesregierung, the UN, the SCO,
// the Greek Prime Minister's office, the Korean presidential office, Kenya's Ministry of Trade, Swiss federal
// government, Indonesian Cabinet Secretariat, Buckingham Palace). Its area is Events, PARTICIPATED_IN, PART_OF and
// REACHED_AT. Same format and runner as the earlier events banks (`npm run bank -- events-11`).
// First pass (blind, bank at d962fc7, rules of main d4a1689): 10/55 cases pass; facts found 202/345 (58.6 %), false
// facts 45.
import { type BankCase, A, E, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

/** One meeting told by several descriptions: which of them is the same node, which a part. */
const ONE: BankCase[] = [
  {
    id: 'one-summit-meeting-of-a-visitor-who-is-visiting',
    form: 'MOFA Japan: "A, who is visiting X, held a Summit Meeting with B at <palace> on Date. At the outset of the meeting, A …"',
    date: '2023-11-03',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Prime Minister KISHIDA Fumio, who is visiting the Philippines, held a Japan-Philippines Summit Meeting with President Ferdinand R. Marcos Jr. at Malacañang Palace on November 3, 2023. ' +
      'At the outset of the meeting, Prime Minister Kishida expressed his gratitude for the warm welcome extended to him.',
    entities: [
      P('Fumio Kishida', 'Prime Minister KISHIDA Fumio', 'KISHIDA Fumio', 'Prime Minister Kishida', 'Kishida'),
      P('Ferdinand R. Marcos Jr.', 'President Ferdinand R. Marcos Jr.', 'Marcos'),
      S('Philippines'),
      E('Japan-Philippines Summit Meeting', ['Summit Meeting', 'the meeting', 'Kishida-Marcos meeting'], '2023-11-03'),
      E(
        "Prime Minister Kishida's visit to the Philippines",
        ['visiting the Philippines', 'visit to the Philippines'],
        '2023-11-03',
      ),
    ],
    relations: [
      ...took('Japan-Philippines Summit Meeting', 'Fumio Kishida', 'Ferdinand R. Marcos Jr.'),
      ...took("Prime Minister Kishida's visit to the Philippines", 'Fumio Kishida'),
      part('Japan-Philippines Summit Meeting', "Prime Minister Kishida's visit to the Philippines"),
    ],
  },
  {
    id: 'one-received-then-the-discussion-between-the-two',
    form: 'federal government: "A received B in City on Date. The discussion between the two, which lasted more than two hours, focused on …" (one event, two nouns)',
    date: '2023-10-09',
    source: 'Federal Government of Germany',
    text:
      'Federal Chancellor Olaf Scholz received President Emmanuel Macron in Hamburg on 9 October 2023. ' +
      "The discussion between the two, which lasted more than two hours, focused on the reform of the EU's fiscal rules.",
    entities: [
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz', 'Scholz'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E(
        'Scholz-Macron meeting in Hamburg',
        ['discussion', 'Scholz-Macron meeting', 'meeting in Hamburg'],
        '2023-10-09',
      ),
    ],
    relations: [...took('Scholz-Macron meeting in Hamburg', 'Olaf Scholz', 'Emmanuel Macron')],
  },
  {
    id: 'one-state-visit-then-talks-the-negotiations',
    form: 'kremlin: "A\'s state visit to X began on Date in City. Russian-X talks with B were held at <palace>; the negotiations lasted …"',
    date: '2023-11-09',
    source: 'President of Russia',
    text:
      "Vladimir Putin's state visit to Kazakhstan began on 9 November 2023 in Astana. " +
      'Russian-Kazakh talks with President Kassym-Jomart Tokayev were held at the Akorda; the negotiations lasted more than three hours.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      S('Kazakhstan'),
      E("Vladimir Putin's state visit to Kazakhstan", ['state visit to Kazakhstan', 'state visit'], '2023-11-09'),
      E('Russian-Kazakh talks', ['talks', 'negotiations', 'Putin-Tokayev talks'], '2023-11-09'),
    ],
    relations: [
      ...took("Vladimir Putin's state visit to Kazakhstan", 'Vladimir Putin'),
      ...took('Russian-Kazakh talks', 'Vladimir Putin', 'Kassym-Jomart Tokayev'),
      part('Russian-Kazakh talks', "Vladimir Putin's state visit to Kazakhstan"),
    ],
  },
  {
    id: 'one-summit-chair-and-a-speaker-at-its-plenary-session',
    form: 'ASEAN: "The Nth X Summit opened in City on Date, chaired by A. At the plenary session, Title B of Y called for …"',
    date: '2023-09-05',
    source: 'ASEAN Secretariat',
    text:
      'The 43rd ASEAN Summit opened in Jakarta on 5 September 2023, chaired by President Joko Widodo. ' +
      'At the plenary session, Prime Minister Anwar Ibrahim of Malaysia called for a stronger regional food security framework.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      E('43rd ASEAN Summit', ['ASEAN Summit'], '2023-09-05'),
      E('plenary session of the 43rd ASEAN Summit', ['plenary session'], '2023-09-05'),
    ],
    relations: [
      ...took('43rd ASEAN Summit', 'Joko Widodo', 'Anwar Ibrahim'),
      ...took('plenary session of the 43rd ASEAN Summit', 'Anwar Ibrahim'),
      part('plenary session of the 43rd ASEAN Summit', '43rd ASEAN Summit'),
    ],
  },
  {
    id: 'one-leaders-retreat-attended-only-by-heads-of-delegation',
    form: 'forum: "The Nth X Leaders Meeting was held in City from D to D, chaired by A. The leaders\' retreat took place in Y on Date, attended only by heads of delegation, among them B and C"',
    date: '2023-11-10',
    source: 'Pacific Islands Forum Secretariat',
    text:
      'The 52nd Pacific Islands Forum Leaders Meeting was held in Rarotonga from 6 to 10 November 2023, chaired by Prime Minister Mark Brown of the Cook Islands. ' +
      "The leaders' retreat took place in Aitutaki on 9 November, attended only by heads of delegation, among them Prime Minister Anthony Albanese and Prime Minister Sitiveni Rabuka.",
    entities: [
      P('Mark Brown', 'Prime Minister Mark Brown', 'Brown'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka', 'Rabuka'),
      E('52nd Pacific Islands Forum Leaders Meeting', ['Pacific Islands Forum Leaders Meeting'], '2023-11-06'),
      E("leaders' retreat in Aitutaki", ["leaders' retreat", 'retreat'], '2023-11-09'),
    ],
    relations: [
      ...took('52nd Pacific Islands Forum Leaders Meeting', 'Mark Brown', 'Anthony Albanese', 'Sitiveni Rabuka'),
      ...took("leaders' retreat in Aitutaki", 'Anthony Albanese', 'Sitiveni Rabuka'),
      part("leaders' retreat in Aitutaki", '52nd Pacific Islands Forum Leaders Meeting'),
    ],
  },
  {
    id: 'one-arrived-for-a-visit-during-his-stay-held-a-dialogue',
    form: 'DFAT: "A arrived in City on Date for the first visit to X by a Y foreign minister in N years. During his stay, A held the Nth X-Y Dialogue with B"',
    date: '2024-03-20',
    source: 'Department of Foreign Affairs and Trade (Australia)',
    text:
      'Foreign Minister Wang Yi arrived in Canberra on 20 March 2024 for the first visit to Australia by a Chinese foreign minister in seven years. ' +
      'During his stay, Wang Yi held the seventh Australia-China Foreign and Strategic Dialogue with Foreign Minister Penny Wong at Parliament House.',
    entities: [
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      S('Australia'),
      E("Wang Yi's visit to Australia", ['visit to Australia', 'first visit to Australia'], '2024-03-20'),
      E(
        'seventh Australia-China Foreign and Strategic Dialogue',
        ['Australia-China Foreign and Strategic Dialogue'],
        '2024-03-20',
      ),
    ],
    relations: [
      ...took("Wang Yi's visit to Australia", 'Wang Yi'),
      ...took('seventh Australia-China Foreign and Strategic Dialogue', 'Wang Yi', 'Penny Wong'),
      part('seventh Australia-China Foreign and Strategic Dialogue', "Wang Yi's visit to Australia"),
    ],
  },
  {
    id: 'one-met-on-the-sidelines-then-at-the-talks',
    form: 'MEA: "A met B on the sidelines of the X Meeting in City on Date. At the talks, both sides agreed …" (the talks are the meeting, part of the gathering)',
    date: '2024-07-25',
    source: 'Ministry of External Affairs (India)',
    text:
      "External Affairs Minister Dr. S. Jaishankar met Foreign Minister Wang Yi on the sidelines of the East Asia Summit Foreign Ministers' Meeting in Vientiane on 25 July 2024. " +
      'At the talks, both sides agreed on the need to complete the disengagement process along the border.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      E(
        'Jaishankar-Wang meeting in Vientiane',
        ['talks', 'Jaishankar-Wang meeting', 'Jaishankar-Wang Yi meeting'],
        '2024-07-25',
      ),
      E(
        "East Asia Summit Foreign Ministers' Meeting",
        ["East Asia Summit Foreign Ministers' Meeting in Vientiane"],
        '2024-07-25',
      ),
    ],
    relations: [
      ...took('Jaishankar-Wang meeting in Vientiane', 'S. Jaishankar', 'Wang Yi'),
      ...took("East Asia Summit Foreign Ministers' Meeting", 'S. Jaishankar', 'Wang Yi'),
      part('Jaishankar-Wang meeting in Vientiane', "East Asia Summit Foreign Ministers' Meeting"),
    ],
  },
  {
    id: 'one-annual-meeting-whose-leaders-talks-were-followed-by-a-press-conference',
    form: 'prime minister: "A and B held the Annual X Leaders\' Meeting in City on Date. The leaders\' talks at <venue> were followed by a joint press conference"',
    date: '2024-08-16',
    source: 'Prime Minister of Australia',
    text:
      "Prime Minister Anthony Albanese and Prime Minister Christopher Luxon held the Annual Australia-New Zealand Leaders' Meeting in Sydney on 16 August 2024. " +
      "The leaders' talks at Admiralty House were followed by a joint press conference.",
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      E(
        "Annual Australia-New Zealand Leaders' Meeting",
        ["Australia-New Zealand Leaders' Meeting", "leaders' talks", "leaders' talks at Admiralty House"],
        '2024-08-16',
      ),
      E('joint press conference', [], '2024-08-16'),
    ],
    relations: [
      ...took("Annual Australia-New Zealand Leaders' Meeting", 'Anthony Albanese', 'Christopher Luxon'),
      ...took('joint press conference', 'Anthony Albanese', 'Christopher Luxon'),
      part('joint press conference', "Annual Australia-New Zealand Leaders' Meeting"),
    ],
  },
  {
    id: 'one-visit-in-the-headline-meeting-in-the-body',
    form: 'prime minister, headline "Title\'s official visit to X" over "A met B at <building> in City on Date"',
    date: '2023-06-04',
    source: 'Prime Minister of Australia',
    title: "Prime Minister's official visit to Viet Nam",
    text: 'Prime Minister Anthony Albanese met Prime Minister Pham Minh Chinh at the Government Office in Hanoi on 4 June 2023 to discuss the next steps in the relationship.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'),
      S('Viet Nam', 'Vietnam'),
      E(
        "Prime Minister's official visit to Viet Nam",
        ['official visit to Viet Nam', "Albanese's official visit to Viet Nam"],
        '2023-06-03',
      ),
      E('Albanese-Pham Minh Chinh meeting in Hanoi', ['Albanese-Chinh meeting', 'meeting in Hanoi'], '2023-06-04'),
    ],
    relations: [
      ...took("Prime Minister's official visit to Viet Nam", 'Anthony Albanese'),
      ...took('Albanese-Pham Minh Chinh meeting in Hanoi', 'Anthony Albanese', 'Pham Minh Chinh'),
      part('Albanese-Pham Minh Chinh meeting in Hanoi', "Prime Minister's official visit to Viet Nam"),
    ],
  },
  {
    id: 'one-met-then-the-engagement-his-first-abroad',
    form: 'foreign office: "A met B in City on Date. The engagement, his first abroad as Title, focused on …" (one event, two nouns)',
    date: '2024-07-06',
    source: 'Foreign, Commonwealth & Development Office',
    text:
      'Foreign Secretary David Lammy met Foreign Minister Annalena Baerbock in Berlin on 6 July 2024. ' +
      'The engagement, his first abroad as Foreign Secretary, focused on European security and support for Ukraine.',
    entities: [
      P('David Lammy', 'Foreign Secretary David Lammy', 'Lammy'),
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      E(
        'Lammy-Baerbock meeting in Berlin',
        ['engagement', 'Lammy-Baerbock meeting', 'meeting in Berlin'],
        '2024-07-06',
      ),
    ],
    relations: [...took('Lammy-Baerbock meeting in Berlin', 'David Lammy', 'Annalena Baerbock')],
  },
  {
    id: 'one-official-visit-co-chaired-a-commission-and-also-called-on',
    form: 'MEA: "A paid an official visit to X from D to D and co-chaired the Nth X-Y Joint Commission Meeting with B in City. The Minister also called on Title C"',
    date: '2023-06-16',
    source: 'Ministry of External Affairs (India)',
    text:
      'Minister of Foreign Affairs Bui Thanh Son of Viet Nam paid an official visit to India from 15 to 17 June 2023 and co-chaired the 18th India-Vietnam Joint Commission Meeting with External Affairs Minister Dr. S. Jaishankar in New Delhi. ' +
      'The Minister also called on Vice President Jagdeep Dhankhar.',
    entities: [
      P('Bui Thanh Son', 'Minister of Foreign Affairs Bui Thanh Son'),
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('Jagdeep Dhankhar', 'Vice President Jagdeep Dhankhar', 'Dhankhar'),
      S('India'),
      E("Bui Thanh Son's official visit to India", ['official visit to India'], '2023-06-15'),
      E('18th India-Vietnam Joint Commission Meeting', ['India-Vietnam Joint Commission Meeting'], '2023-06-16'),
      E(
        'call on Vice President Jagdeep Dhankhar',
        ['Bui Thanh Son-Dhankhar meeting', 'Son-Dhankhar meeting'],
        '2023-06-16',
      ),
    ],
    relations: [
      ...took("Bui Thanh Son's official visit to India", 'Bui Thanh Son'),
      ...took('18th India-Vietnam Joint Commission Meeting', 'Bui Thanh Son', 'S. Jaishankar'),
      ...took('call on Vice President Jagdeep Dhankhar', 'Bui Thanh Son', 'Jagdeep Dhankhar'),
      part('18th India-Vietnam Joint Commission Meeting', "Bui Thanh Son's official visit to India"),
      part('call on Vice President Jagdeep Dhankhar', "Bui Thanh Son's official visit to India"),
    ],
  },
];

/** Sessions with limited participants: who took part in which. */
const SESSIONS: BankCase[] = [
  {
    id: 'sess-private-talks-then-joined-by-delegations-inside-a-state-visit',
    form: 'state house: "A arrived in City on Date for a two-day state visit to X. At <venue>, he and B held private talks, after which they were joined by their delegations for bilateral talks"',
    date: '2022-10-10',
    source: 'State House Kenya',
    text:
      'President William Ruto arrived in Dar es Salaam on 9 October 2022 for a two-day state visit to Tanzania. ' +
      'At State House, he and President Samia Suluhu Hassan held private talks, after which they were joined by their delegations for bilateral talks.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      P('Samia Suluhu Hassan', 'President Samia Suluhu Hassan', 'Samia'),
      S('Tanzania'),
      E(
        "President Ruto's state visit to Tanzania",
        ['state visit to Tanzania', 'two-day state visit to Tanzania'],
        '2022-10-09',
      ),
      E('private talks', ['Ruto-Samia private talks'], '2022-10-10'),
      E('bilateral talks', ['Ruto-Samia bilateral talks', 'Ruto-Hassan bilateral talks'], '2022-10-10'),
    ],
    relations: [
      ...took("President Ruto's state visit to Tanzania", 'William Ruto'),
      ...took('private talks', 'William Ruto', 'Samia Suluhu Hassan'),
      ...took('bilateral talks', 'William Ruto', 'Samia Suluhu Hassan'),
      part('private talks', "President Ruto's state visit to Tanzania"),
      part('bilateral talks', "President Ruto's state visit to Tanzania"),
    ],
  },
  {
    id: 'sess-restricted-session-of-the-two-presidents-then-expanded-format',
    form: 'presidency: "A and B met in City on Date. A restricted session of the two presidents was followed by a meeting in an expanded format with the participation of the delegations"',
    date: '2023-09-25',
    source: 'President of the Republic of Azerbaijan',
    text:
      'President Ilham Aliyev and President Recep Tayyip Erdoğan met in Nakhchivan on 25 September 2023. ' +
      'A restricted session of the two presidents was followed by a meeting in an expanded format with the participation of the delegations.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      E('Aliyev-Erdoğan meeting in Nakhchivan', ['Aliyev-Erdoğan meeting', 'meeting in Nakhchivan'], '2023-09-25'),
      E('restricted session', ['restricted session of the two presidents'], '2023-09-25'),
      E('meeting in an expanded format', ['expanded meeting', 'expanded format'], '2023-09-25'),
    ],
    relations: [
      ...took('Aliyev-Erdoğan meeting in Nakhchivan', 'Ilham Aliyev', 'Recep Tayyip Erdoğan'),
      ...took('restricted session', 'Ilham Aliyev', 'Recep Tayyip Erdoğan'),
      ...took('meeting in an expanded format', 'Ilham Aliyev', 'Recep Tayyip Erdoğan'),
      part('restricted session', 'Aliyev-Erdoğan meeting in Nakhchivan'),
      part('meeting in an expanded format', 'Aliyev-Erdoğan meeting in Nakhchivan'),
    ],
  },
  {
    id: 'sess-tete-a-tete-then-expanded-format-in-which-ministers-took-part',
    form: 'presidency: "A and B held talks at <palace> on Date. A tête-à-tête was followed by talks in an expanded format with the delegations, in which Ministers C and D took part"',
    date: '2024-05-08',
    source: 'Presidency of the Republic of Serbia',
    text:
      'President Aleksandar Vučić and President Xi Jinping held talks at the Palace of Serbia in Belgrade on 8 May 2024. ' +
      'A tête-à-tête was followed by talks in an expanded format with the delegations, in which Foreign Ministers Wang Yi and Marko Đurić took part.',
    entities: [
      P('Aleksandar Vučić', 'President Aleksandar Vučić', 'Vučić'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Wang Yi'),
      P('Marko Đurić', 'Đurić'),
      E('Vučić-Xi talks in Belgrade', ['talks', 'Vučić-Xi talks', 'talks at the Palace of Serbia'], '2024-05-08'),
      E('tête-à-tête', ['Vučić-Xi tête-à-tête'], '2024-05-08'),
      E('talks in an expanded format', ['expanded format', 'expanded talks'], '2024-05-08'),
    ],
    relations: [
      ...took('Vučić-Xi talks in Belgrade', 'Aleksandar Vučić', 'Xi Jinping', 'Wang Yi', 'Marko Đurić'),
      ...took('tête-à-tête', 'Aleksandar Vučić', 'Xi Jinping'),
      ...took('talks in an expanded format', 'Aleksandar Vučić', 'Xi Jinping', 'Wang Yi', 'Marko Đurić'),
      part('tête-à-tête', 'Vučić-Xi talks in Belgrade'),
      part('talks in an expanded format', 'Vučić-Xi talks in Belgrade'),
    ],
  },
  {
    id: 'sess-first-met-alone-then-ministers-joined-them',
    form: 'MOFA Japan: "A and B met in City on Date. The two leaders first met alone; Ministers C and D then joined them for the rest of the talks" (one event, four people)',
    date: '2022-10-22',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Prime Minister Kishida Fumio and Prime Minister Anthony Albanese met in Perth on 22 October 2022. ' +
      'The two leaders first met alone; Foreign Ministers Hayashi Yoshimasa and Penny Wong then joined them for the rest of the talks.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio', 'Kishida'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Yoshimasa Hayashi', 'Hayashi Yoshimasa', 'Hayashi'),
      P('Penny Wong', 'Wong'),
      E('Kishida-Albanese meeting in Perth', ['talks', 'Kishida-Albanese meeting', 'meeting in Perth'], '2022-10-22'),
    ],
    relations: [
      ...took(
        'Kishida-Albanese meeting in Perth',
        'Fumio Kishida',
        'Anthony Albanese',
        'Yoshimasa Hayashi',
        'Penny Wong',
      ),
    ],
  },
  {
    id: 'sess-working-lunch-of-heads-of-delegation-only',
    form: 'Itamaraty: "The X Meeting took place in City on D-D Month, chaired by A. A working lunch for heads of delegation only was held on the first day; among those at the lunch were B and C"',
    date: '2024-02-22',
    source: 'Ministry of Foreign Affairs of Brazil',
    text:
      "The G20 Foreign Ministers' Meeting took place in Rio de Janeiro on 21 and 22 February 2024, chaired by Minister of Foreign Affairs Mauro Vieira. " +
      'A working lunch for heads of delegation only was held on the first day; among those at the lunch were Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov.',
    entities: [
      P('Mauro Vieira', 'Minister of Foreign Affairs Mauro Vieira', 'Vieira'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      E("G20 Foreign Ministers' Meeting", ["G20 Foreign Ministers' Meeting in Rio de Janeiro"], '2024-02-21'),
      E('working lunch for heads of delegation', ['working lunch', 'lunch'], '2024-02-21'),
    ],
    relations: [
      ...took("G20 Foreign Ministers' Meeting", 'Mauro Vieira', 'Antony Blinken', 'Sergey Lavrov'),
      ...took('working lunch for heads of delegation', 'Antony Blinken', 'Sergey Lavrov'),
      part('working lunch for heads of delegation', "G20 Foreign Ministers' Meeting"),
    ],
  },
  {
    id: 'sess-small-group-then-expanded-meeting-joined-by-ministers-inside-a-visit',
    form: 'MOFA Japan: "A, accompanied by Title C, held a Summit Meeting with B on Date, during his official visit to X. The meeting began in a small group; the leaders were later joined by … D, in an expanded meeting"',
    date: '2024-04-10',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Prime Minister KISHIDA Fumio, accompanied by Foreign Minister KAMIKAWA Yoko, held a Japan-U.S. Summit Meeting with President Joseph R. Biden, Jr. at the White House on April 10, 2024, during his official visit to the United States. ' +
      'The meeting began in a small group; the leaders were later joined by their ministers, including Secretary of State Antony Blinken, in an expanded meeting.',
    entities: [
      P('Fumio Kishida', 'Prime Minister KISHIDA Fumio', 'KISHIDA Fumio', 'Kishida'),
      P('Yoko Kamikawa', 'Foreign Minister KAMIKAWA Yoko', 'KAMIKAWA Yoko', 'Kamikawa'),
      P('Joseph R. Biden, Jr.', 'President Joseph R. Biden, Jr.', 'Joe Biden', 'Biden'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      S('United States'),
      E('Japan-U.S. Summit Meeting', ['Summit Meeting', 'the meeting', 'Kishida-Biden meeting'], '2024-04-10'),
      E(
        "Prime Minister Kishida's official visit to the United States",
        ['official visit to the United States'],
        '2024-04-10',
      ),
      E('small-group meeting', ['small group'], '2024-04-10'),
      E('expanded meeting', [], '2024-04-10'),
    ],
    relations: [
      ...took("Prime Minister Kishida's official visit to the United States", 'Fumio Kishida', 'Yoko Kamikawa'),
      ...took('Japan-U.S. Summit Meeting', 'Fumio Kishida', 'Yoko Kamikawa', 'Joseph R. Biden, Jr.', 'Antony Blinken'),
      ...took('small-group meeting', 'Fumio Kishida', 'Joseph R. Biden, Jr.'),
      ...took('expanded meeting', 'Fumio Kishida', 'Yoko Kamikawa', 'Joseph R. Biden, Jr.', 'Antony Blinken'),
      part('Japan-U.S. Summit Meeting', "Prime Minister Kishida's official visit to the United States"),
      part('small-group meeting', 'Japan-U.S. Summit Meeting'),
      part('expanded meeting', 'Japan-U.S. Summit Meeting'),
    ],
  },
  {
    id: 'sess-as-the-presidents-met-the-ministers-held-a-parallel-meeting',
    form: 'Planalto: "A received B at <palace> on Date. As the two presidents met one-on-one, Ministers C and D held a parallel meeting" (the ministers not in the presidents\' meeting)',
    date: '2023-05-02',
    source: 'Presidency of the Republic of Brazil',
    text:
      'President Luiz Inácio Lula da Silva received President Alberto Fernández at the Planalto Palace in Brasília on 2 May 2023. ' +
      'As the two presidents met one-on-one, Foreign Ministers Mauro Vieira and Santiago Cafiero held a parallel meeting.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Alberto Fernández', 'President Alberto Fernández', 'Fernández'),
      P('Mauro Vieira', 'Vieira'),
      P('Santiago Cafiero', 'Cafiero'),
      E(
        'Lula-Fernández meeting in Brasília',
        ['Lula-Fernández meeting', 'meeting at the Planalto Palace'],
        '2023-05-02',
      ),
      E('parallel meeting of the foreign ministers', ['parallel meeting', 'Vieira-Cafiero meeting'], '2023-05-02'),
    ],
    relations: [
      ...took('Lula-Fernández meeting in Brasília', 'Luiz Inácio Lula da Silva', 'Alberto Fernández'),
      ...took('parallel meeting of the foreign ministers', 'Mauro Vieira', 'Santiago Cafiero'),
    ],
  },
  {
    id: 'sess-summit-opened-with-a-dinner-hosted-by-the-host',
    form: 'alliance: "The X Summit opened in City on Date with a dinner for heads of state and government at <house>, hosted by A; Title B attended"',
    date: '2024-07-10',
    source: 'North Atlantic Treaty Organization',
    text: 'The NATO Summit in Washington opened on 10 July 2024 with a dinner for heads of state and government at the White House, hosted by President Joe Biden; Secretary General Jens Stoltenberg also attended.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      E('NATO Summit in Washington', ['NATO Summit', 'Washington Summit'], '2024-07-10'),
      E('dinner for heads of state and government', ['dinner', 'dinner at the White House'], '2024-07-10'),
    ],
    relations: [
      ...took('NATO Summit in Washington', 'Joe Biden', 'Jens Stoltenberg'),
      ...took('dinner for heads of state and government', 'Joe Biden', 'Jens Stoltenberg'),
      part('dinner for heads of state and government', 'NATO Summit in Washington'),
    ],
  },
  {
    id: 'sess-one-to-one-conversation-preceded-the-plenary-meeting',
    form: 'No. 10: "A and B met at <palace> in City on Date. A one-to-one conversation preceded the plenary meeting of the two delegations"',
    date: '2023-04-27',
    source: "Prime Minister's Office, 10 Downing Street",
    text:
      'Prime Minister Rishi Sunak and Prime Minister Giorgia Meloni met at Palazzo Chigi in Rome on 27 April 2023. ' +
      'A one-to-one conversation preceded the plenary meeting of the two delegations.',
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      E('Sunak-Meloni meeting in Rome', ['Sunak-Meloni meeting', 'meeting at Palazzo Chigi'], '2023-04-27'),
      E('one-to-one conversation', ['one-to-one'], '2023-04-27'),
      E('plenary meeting of the two delegations', ['plenary meeting'], '2023-04-27'),
    ],
    relations: [
      ...took('Sunak-Meloni meeting in Rome', 'Rishi Sunak', 'Giorgia Meloni'),
      ...took('one-to-one conversation', 'Rishi Sunak', 'Giorgia Meloni'),
      ...took('plenary meeting of the two delegations', 'Rishi Sunak', 'Giorgia Meloni'),
      part('one-to-one conversation', 'Sunak-Meloni meeting in Rome'),
      part('plenary meeting of the two delegations', 'Sunak-Meloni meeting in Rome'),
    ],
  },
];

/** Received by, received in audience, courtesy calls: separate meetings of a visit, and who took part. */
const RECEIVED: BankCase[] = [
  {
    id: 'recv-visit-began-with-talks-the-secretary-was-also-received-by',
    form: 'department: "A began a visit to X on Date with talks with B in City. The Secretary was also received by Title C in City2"',
    date: '2023-06-07',
    source: 'U.S. Department of State',
    text:
      'Secretary of State Antony J. Blinken began a visit to Saudi Arabia on 6 June 2023 with talks with Foreign Minister Prince Faisal bin Farhan Al Saud in Riyadh. ' +
      'The Secretary was also received by Crown Prince Mohammed bin Salman in Jeddah.',
    entities: [
      P('Antony J. Blinken', 'Secretary of State Antony J. Blinken', 'Antony Blinken', 'Blinken', 'The Secretary'),
      P('Faisal bin Farhan Al Saud', 'Foreign Minister Prince Faisal bin Farhan Al Saud', 'Prince Faisal bin Farhan'),
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      S('Saudi Arabia'),
      E("Secretary Blinken's visit to Saudi Arabia", ['visit to Saudi Arabia'], '2023-06-06'),
      E(
        'Blinken-Faisal bin Farhan talks in Riyadh',
        ['talks', 'talks in Riyadh', 'Blinken-Faisal talks'],
        '2023-06-06',
      ),
      E(
        'Blinken-Mohammed bin Salman meeting in Jeddah',
        ['meeting in Jeddah', 'Blinken-Mohammed bin Salman meeting'],
        '2023-06-06',
      ),
    ],
    relations: [
      ...took("Secretary Blinken's visit to Saudi Arabia", 'Antony J. Blinken'),
      ...took('Blinken-Faisal bin Farhan talks in Riyadh', 'Antony J. Blinken', 'Faisal bin Farhan Al Saud'),
      ...took('Blinken-Mohammed bin Salman meeting in Jeddah', 'Antony J. Blinken', 'Mohammed bin Salman'),
      part('Blinken-Faisal bin Farhan talks in Riyadh', "Secretary Blinken's visit to Saudi Arabia"),
      part('Blinken-Mohammed bin Salman meeting in Jeddah', "Secretary Blinken's visit to Saudi Arabia"),
    ],
  },
  {
    id: 'recv-received-in-audience-by-the-emperor-on-a-visit',
    form: 'communications office: "A, on an official working visit to X, was received in audience by His Majesty Emperor B at <palace> on Date"',
    date: '2023-02-10',
    source: 'Presidential Communications Office (Philippines)',
    text: 'President Ferdinand R. Marcos Jr., on an official working visit to Japan, was received in audience by His Majesty Emperor Naruhito at the Imperial Palace in Tokyo on 10 February 2023.',
    entities: [
      P('Ferdinand R. Marcos Jr.', 'President Ferdinand R. Marcos Jr.', 'Marcos'),
      P('Naruhito', 'His Majesty Emperor Naruhito', 'Emperor Naruhito'),
      S('Japan'),
      E("President Marcos's official working visit to Japan", ['official working visit to Japan'], '2023-02-08'),
      E(
        'audience with Emperor Naruhito',
        ['audience', 'audience at the Imperial Palace', 'Marcos-Naruhito audience'],
        '2023-02-10',
      ),
    ],
    relations: [
      ...took("President Marcos's official working visit to Japan", 'Ferdinand R. Marcos Jr.'),
      ...took('audience with Emperor Naruhito', 'Ferdinand R. Marcos Jr.', 'Naruhito'),
      part('audience with Emperor Naruhito', "President Marcos's official working visit to Japan"),
    ],
  },
  {
    id: 'recv-on-a-visit-paid-a-courtesy-call-and-held-talks',
    form: 'MEA: "A, on a visit to X from D to D, paid a courtesy call on Title B in City. He also held talks with Title C"',
    date: '2023-01-20',
    source: 'Ministry of External Affairs (India)',
    text:
      'External Affairs Minister Dr. S. Jaishankar, on a visit to Sri Lanka from 19 to 20 January 2023, paid a courtesy call on President Ranil Wickremesinghe in Colombo. ' +
      'He also held talks with Foreign Minister Ali Sabry.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('Ranil Wickremesinghe', 'President Ranil Wickremesinghe', 'Wickremesinghe'),
      P('Ali Sabry', 'Foreign Minister Ali Sabry', 'Sabry'),
      S('Sri Lanka'),
      E("Jaishankar's visit to Sri Lanka", ['visit to Sri Lanka'], '2023-01-19'),
      E(
        'courtesy call on President Ranil Wickremesinghe',
        ['courtesy call', 'Jaishankar-Wickremesinghe meeting'],
        '2023-01-20',
      ),
      E('Jaishankar-Sabry talks', ['talks', 'Jaishankar-Sabry meeting'], '2023-01-20'),
    ],
    relations: [
      ...took("Jaishankar's visit to Sri Lanka", 'S. Jaishankar'),
      ...took('courtesy call on President Ranil Wickremesinghe', 'S. Jaishankar', 'Ranil Wickremesinghe'),
      ...took('Jaishankar-Sabry talks', 'S. Jaishankar', 'Ali Sabry'),
      part('courtesy call on President Ranil Wickremesinghe', "Jaishankar's visit to Sri Lanka"),
      part('Jaishankar-Sabry talks', "Jaishankar's visit to Sri Lanka"),
    ],
  },
  {
    id: 'recv-passive-lead-on-the-second-day-of-his-visit-and-earlier-received',
    form: 'La Moncloa: "A was received by B at <guesthouse> in City on Date, on the second day of his official visit to X. He had earlier been received by Title C at <hall>"',
    date: '2024-09-09',
    source: 'La Moncloa (Government of Spain)',
    text:
      'Prime Minister Pedro Sánchez was received by President Xi Jinping at the Diaoyutai State Guesthouse in Beijing on 9 September 2024, on the second day of his official visit to China. ' +
      'He had earlier been received by Premier Li Qiang at the Great Hall of the People.',
    entities: [
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez', 'Sánchez'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Li Qiang', 'Premier Li Qiang'),
      S('China'),
      E("Pedro Sánchez's official visit to China", ['official visit to China'], '2024-09-08'),
      E(
        'Sánchez-Xi meeting in Beijing',
        ['Sánchez-Xi meeting', 'meeting at the Diaoyutai State Guesthouse'],
        '2024-09-09',
      ),
      E('Sánchez-Li Qiang meeting', ['Sánchez-Li meeting', 'meeting at the Great Hall of the People'], '2024-09-09'),
    ],
    relations: [
      ...took("Pedro Sánchez's official visit to China", 'Pedro Sánchez'),
      ...took('Sánchez-Xi meeting in Beijing', 'Pedro Sánchez', 'Xi Jinping'),
      ...took('Sánchez-Li Qiang meeting', 'Pedro Sánchez', 'Li Qiang'),
      part('Sánchez-Xi meeting in Beijing', "Pedro Sánchez's official visit to China"),
      part('Sánchez-Li Qiang meeting', "Pedro Sánchez's official visit to China"),
    ],
  },
  {
    id: 'recv-talks-then-the-title-demonym-minister-was-also-received-by',
    form: 'Xinhua: "A held talks with B in City on Date. The <demonym> Foreign Minister was also received by President C" (no visit named)',
    date: '2024-01-14',
    source: 'Xinhua',
    text:
      'Foreign Minister Wang Yi held talks with Foreign Minister Sameh Shoukry in Cairo on 14 January 2024. ' +
      'The Chinese Foreign Minister was also received by President Abdel Fattah el-Sisi.',
    entities: [
      P('Wang Yi', 'Foreign Minister Wang Yi', 'The Chinese Foreign Minister'),
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Shoukry'),
      P('Abdel Fattah el-Sisi', 'President Abdel Fattah el-Sisi', 'el-Sisi', 'Sisi'),
      E('Wang-Shoukry talks in Cairo', ['talks', 'Wang Yi-Shoukry talks', 'Wang-Shoukry talks'], '2024-01-14'),
      E('Wang-Sisi meeting', ['Wang Yi-Sisi meeting', 'Wang Yi-el-Sisi meeting'], '2024-01-14'),
    ],
    relations: [
      ...took('Wang-Shoukry talks in Cairo', 'Wang Yi', 'Sameh Shoukry'),
      ...took('Wang-Sisi meeting', 'Wang Yi', 'Abdel Fattah el-Sisi'),
    ],
  },
  {
    id: 'recv-visiting-ministers-also-called-on-after-a-dialogue',
    form: 'MEA: "The Nth X-Y 2+2 Ministerial Dialogue was held in City on Date between A and B and C and D. The visiting Secretaries also called on Title E" (no PART_OF of the call)',
    date: '2023-11-10',
    source: 'Ministry of External Affairs (India)',
    text:
      'The fifth India-U.S. 2+2 Ministerial Dialogue was held in New Delhi on 10 November 2023 between External Affairs Minister Dr. S. Jaishankar and Defence Minister Rajnath Singh and Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin. ' +
      'The visiting Secretaries also called on Prime Minister Narendra Modi.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('Rajnath Singh', 'Defence Minister Rajnath Singh'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Lloyd Austin', 'Secretary of Defense Lloyd Austin', 'Austin'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E(
        'fifth India-U.S. 2+2 Ministerial Dialogue',
        ['India-U.S. 2+2 Ministerial Dialogue', '2+2 Ministerial Dialogue'],
        '2023-11-10',
      ),
      E(
        'call on Prime Minister Narendra Modi',
        ['call on Prime Minister Modi', 'call on the Prime Minister'],
        '2023-11-10',
      ),
    ],
    relations: [
      ...took(
        'fifth India-U.S. 2+2 Ministerial Dialogue',
        'S. Jaishankar',
        'Rajnath Singh',
        'Antony Blinken',
        'Lloyd Austin',
      ),
      ...took('call on Prime Minister Narendra Modi', 'Antony Blinken', 'Lloyd Austin', 'Narendra Modi'),
    ],
  },
  {
    id: 'recv-received-in-audience-by-the-sultan-wire-dateline',
    form: 'news agency: "CITY, Month D (Agency) — His Majesty Sultan A received in audience at <palace> today B, Title of X, who conveyed …"',
    date: '2023-06-05',
    source: 'Oman News Agency',
    text: 'MUSCAT, June 5 (ONA) — His Majesty Sultan Haitham bin Tarik received in audience at Al Baraka Palace today Hossein Amir-Abdollahian, Minister of Foreign Affairs of the Islamic Republic of Iran, who conveyed the greetings of President Ebrahim Raisi.',
    entities: [
      P('Haitham bin Tarik', 'His Majesty Sultan Haitham bin Tarik', 'Sultan Haitham bin Tarik'),
      P('Hossein Amir-Abdollahian', 'Amir-Abdollahian'),
      P('Ebrahim Raisi', 'President Ebrahim Raisi', 'Raisi'),
      E('audience at Al Baraka Palace', ['audience', 'Haitham bin Tarik-Amir-Abdollahian audience'], '2023-06-05'),
    ],
    relations: [...took('audience at Al Baraka Palace', 'Haitham bin Tarik', 'Hossein Amir-Abdollahian')],
  },
  {
    id: 'recv-received-by-a-and-by-b-two-meetings-one-sentence',
    form: 'department: "In City, A was received by Title B and by Title C on Date" (two meetings by one passive verb)',
    date: '2023-04-15',
    source: 'U.S. Department of State',
    text: 'In Hanoi, Secretary Antony Blinken was received by General Secretary Nguyen Phu Trong and by Prime Minister Pham Minh Chinh on 15 April 2023.',
    entities: [
      P('Antony Blinken', 'Secretary Antony Blinken', 'Blinken'),
      P('Nguyen Phu Trong', 'General Secretary Nguyen Phu Trong'),
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'),
      E('Blinken-Nguyen Phu Trong meeting', ['Blinken-Trong meeting'], '2023-04-15'),
      E('Blinken-Pham Minh Chinh meeting', ['Blinken-Chinh meeting'], '2023-04-15'),
    ],
    relations: [
      ...took('Blinken-Nguyen Phu Trong meeting', 'Antony Blinken', 'Nguyen Phu Trong'),
      ...took('Blinken-Pham Minh Chinh meeting', 'Antony Blinken', 'Pham Minh Chinh'),
    ],
  },
  {
    id: 'recv-talks-then-she-paid-a-courtesy-call-on-the-king',
    form: 'MOFA Japan: "A held talks with B in City on Date. She then paid a courtesy call on His Majesty King C" (a pronoun visitor, a second meeting)',
    date: '2023-11-04',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister KAMIKAWA Yoko held talks with Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi in Amman on November 4, 2023. ' +
      'She then paid a courtesy call on His Majesty King Abdullah II.',
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister KAMIKAWA Yoko', 'KAMIKAWA Yoko', 'Kamikawa'),
      P('Ayman Safadi', 'Safadi'),
      P('Abdullah II', 'His Majesty King Abdullah II', 'King Abdullah II'),
      E('Kamikawa-Safadi talks in Amman', ['talks', 'Kamikawa-Safadi talks'], '2023-11-04'),
      E('courtesy call on King Abdullah II', ['courtesy call', 'Kamikawa-Abdullah II meeting'], '2023-11-04'),
    ],
    relations: [
      ...took('Kamikawa-Safadi talks in Amman', 'Yoko Kamikawa', 'Ayman Safadi'),
      ...took('courtesy call on King Abdullah II', 'Yoko Kamikawa', 'Abdullah II'),
    ],
  },
];

/** Multilateral lists: one gathering, not pairs; two summits in one phrase; chairs, guests, names in the next sentence. */
const MULTI: BankCase[] = [
  {
    id: 'multi-heads-of-state-gathered-for-a-summit-colon-list',
    form: 'organisation: "The heads of state of the X gathered in City on Date for the Nth summit of the organisation: Presidents A, B, C, D and E"',
    date: '2023-11-03',
    source: 'Organization of Turkic States',
    text: 'The heads of state of the Organization of Turkic States gathered in Astana on 3 November 2023 for the tenth summit of the organisation: Presidents Kassym-Jomart Tokayev, Recep Tayyip Erdoğan, Ilham Aliyev, Shavkat Mirziyoyev and Sadyr Japarov.',
    entities: [
      P('Kassym-Jomart Tokayev', 'Tokayev'),
      P('Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Ilham Aliyev', 'Aliyev'),
      P('Shavkat Mirziyoyev', 'Mirziyoyev'),
      P('Sadyr Japarov', 'Japarov'),
      E(
        'tenth summit of the Organization of Turkic States',
        ['tenth summit', 'Astana summit of the Organization of Turkic States'],
        '2023-11-03',
      ),
    ],
    relations: [
      ...took(
        'tenth summit of the Organization of Turkic States',
        'Kassym-Jomart Tokayev',
        'Recep Tayyip Erdoğan',
        'Ilham Aliyev',
        'Shavkat Mirziyoyev',
        'Sadyr Japarov',
      ),
    ],
  },
  {
    id: 'multi-the-nth-and-mth-summits-two-events-one-chair',
    form: 'ASEAN: "The 40th and 41st ASEAN Summits were held in City from D to D under the chairmanship of A" (two events)',
    date: '2022-11-11',
    source: 'ASEAN Secretariat',
    text: 'The 40th and 41st ASEAN Summits were held in Phnom Penh from 10 to 13 November 2022 under the chairmanship of Prime Minister Hun Sen.',
    entities: [
      P('Hun Sen', 'Prime Minister Hun Sen'),
      E('40th ASEAN Summit', [], '2022-11-10'),
      E('41st ASEAN Summit', [], '2022-11-11'),
    ],
    relations: [...took('40th ASEAN Summit', 'Hun Sen'), ...took('41st ASEAN Summit', 'Hun Sen')],
  },
  {
    id: 'multi-the-ministers-of-the-group-met-names-in-the-next-sentence',
    form: 'department: "The Foreign Ministers of the X met in City on Date. A, B and C were hosted by D" (names after the event)',
    date: '2024-07-29',
    source: 'U.S. Department of State',
    text:
      'The Foreign Ministers of the Quad met in Tokyo on 29 July 2024. ' +
      'Secretary of State Antony Blinken, Foreign Minister Penny Wong and External Affairs Minister S. Jaishankar were hosted by Foreign Minister Kamikawa Yoko.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Yoko Kamikawa', 'Foreign Minister Kamikawa Yoko', 'Kamikawa Yoko', 'Kamikawa'),
      E(
        "Quad Foreign Ministers' Meeting in Tokyo",
        ["Quad Foreign Ministers' Meeting", 'meeting of the Foreign Ministers of the Quad'],
        '2024-07-29',
      ),
    ],
    relations: [
      ...took(
        "Quad Foreign Ministers' Meeting in Tokyo",
        'Antony Blinken',
        'Penny Wong',
        'S. Jaishankar',
        'Yoko Kamikawa',
      ),
    ],
  },
  {
    id: 'multi-chair-and-the-leaders-he-invited-who-joined',
    form: 'MOFA Japan: "A chaired the X Summit from D to D Month. Among the leaders he invited were B of Y and C of Z, who joined the sessions on the final two days"',
    date: '2023-05-21',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Prime Minister KISHIDA Fumio chaired the G7 Hiroshima Summit from 19 to 21 May 2023. ' +
      'Among the leaders he invited were President Luiz Inácio Lula da Silva of Brazil and Prime Minister Narendra Modi of India, who joined the sessions on the final two days.',
    entities: [
      P('Fumio Kishida', 'Prime Minister KISHIDA Fumio', 'KISHIDA Fumio', 'Kishida'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('G7 Hiroshima Summit', ['G7 Summit', 'Hiroshima Summit'], '2023-05-19'),
    ],
    relations: [...took('G7 Hiroshima Summit', 'Fumio Kishida', 'Luiz Inácio Lula da Silva', 'Narendra Modi')],
  },
  {
    id: 'multi-inaugural-meeting-of-a-council-on-the-second-day-of-a-summit',
    form: 'alliance: "On the second day of the X Summit in City, Date, Title A chaired the inaugural meeting of the Y Council, with President B at the table alongside Allied leaders"',
    date: '2023-07-12',
    source: 'North Atlantic Treaty Organization',
    text: 'On the second day of the NATO Summit in Vilnius, 12 July 2023, Secretary General Jens Stoltenberg chaired the inaugural meeting of the NATO-Ukraine Council, with President Volodymyr Zelenskyy at the table alongside Allied leaders.',
    entities: [
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E('NATO Summit in Vilnius', ['NATO Summit', 'Vilnius Summit'], '2023-07-11'),
      E(
        'inaugural meeting of the NATO-Ukraine Council',
        ['NATO-Ukraine Council', 'meeting of the NATO-Ukraine Council'],
        '2023-07-12',
      ),
    ],
    relations: [
      ...took('NATO Summit in Vilnius', 'Jens Stoltenberg', 'Volodymyr Zelenskyy'),
      ...took('inaugural meeting of the NATO-Ukraine Council', 'Jens Stoltenberg', 'Volodymyr Zelenskyy'),
      part('inaugural meeting of the NATO-Ukraine Council', 'NATO Summit in Vilnius'),
    ],
  },
  {
    id: 'multi-hosted-two-leaders-for-a-trilateral-summit',
    form: 'White House: "A hosted B and C at <retreat> on Date for the first stand-alone trilateral summit of the three countries" (one gathering of three, not pairs)',
    date: '2023-08-18',
    source: 'The White House',
    text: 'President Joe Biden hosted Prime Minister Fumio Kishida and President Yoon Suk Yeol at Camp David on 18 August 2023 for the first stand-alone trilateral summit of the three countries.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      E('Camp David trilateral summit', ['trilateral summit', 'first stand-alone trilateral summit'], '2023-08-18'),
    ],
    relations: [...took('Camp David trilateral summit', 'Joe Biden', 'Fumio Kishida', 'Yoon Suk Yeol')],
  },
  {
    id: 'multi-ministers-met-a-for-x-b-for-y-c-for-z',
    form: 'Quai d\'Orsay: "The X foreign ministers met at <place> on Date: A for X, B for Y and C for Z"',
    date: '2024-02-12',
    source: "Ministère de l'Europe et des Affaires étrangères",
    text: 'The Weimar Triangle foreign ministers met at La Celle-Saint-Cloud on 12 February 2024: Stéphane Séjourné for France, Annalena Baerbock for Germany and Radosław Sikorski for Poland.',
    entities: [
      P('Stéphane Séjourné', 'Séjourné'),
      P('Annalena Baerbock', 'Baerbock'),
      P('Radosław Sikorski', 'Sikorski'),
      E(
        "Weimar Triangle foreign ministers' meeting",
        ['Weimar Triangle meeting', 'meeting at La Celle-Saint-Cloud'],
        '2024-02-12',
      ),
    ],
    relations: [
      ...took(
        "Weimar Triangle foreign ministers' meeting",
        'Stéphane Séjourné',
        'Annalena Baerbock',
        'Radosław Sikorski',
      ),
    ],
  },
  {
    id: 'multi-summit-brought-together-host-and-presidents-with-states-in-brackets',
    form: 'Bundesregierung: "The first X summit in City on Date brought together Title A and the presidents of the five Y states: B (Kazakhstan), C (Kyrgyzstan), …"',
    date: '2023-09-29',
    source: 'Federal Government of Germany',
    text: 'The first Central Asia-Germany summit in Berlin on 29 September 2023 brought together Federal Chancellor Olaf Scholz and the presidents of the five Central Asian states: Kassym-Jomart Tokayev (Kazakhstan), Sadyr Japarov (Kyrgyzstan), Emomali Rahmon (Tajikistan), Serdar Berdimuhamedov (Turkmenistan) and Shavkat Mirziyoyev (Uzbekistan).',
    entities: [
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz', 'Scholz'),
      P('Kassym-Jomart Tokayev', 'Tokayev'),
      P('Sadyr Japarov', 'Japarov'),
      P('Emomali Rahmon', 'Rahmon'),
      P('Serdar Berdimuhamedov', 'Berdimuhamedov'),
      P('Shavkat Mirziyoyev', 'Mirziyoyev'),
      E('first Central Asia-Germany summit', ['Central Asia-Germany summit'], '2023-09-29'),
    ],
    relations: [
      ...took(
        'first Central Asia-Germany summit',
        'Olaf Scholz',
        'Kassym-Jomart Tokayev',
        'Sadyr Japarov',
        'Emomali Rahmon',
        'Serdar Berdimuhamedov',
        'Shavkat Mirziyoyev',
      ),
    ],
  },
  {
    id: 'multi-under-the-chairmanship-the-leaders-attending-included',
    form: 'kremlin: "The Nth X Summit took place in City from D to D under the chairmanship of A. The heads of state and government attending included B, C and D"',
    date: '2024-10-23',
    source: 'President of Russia',
    text:
      'The 16th BRICS Summit took place in Kazan from 22 to 24 October 2024 under the chairmanship of President Vladimir Putin. ' +
      'The heads of state and government attending included President Xi Jinping, Prime Minister Narendra Modi and President Masoud Pezeshkian.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Masoud Pezeshkian', 'President Masoud Pezeshkian', 'Pezeshkian'),
      E('16th BRICS Summit', ['BRICS Summit', 'BRICS Summit in Kazan'], '2024-10-22'),
    ],
    relations: [...took('16th BRICS Summit', 'Vladimir Putin', 'Xi Jinping', 'Narendra Modi', 'Masoud Pezeshkian')],
  },
  {
    id: 'multi-conference-opened-with-two-named-speakers',
    form: 'UN: "The X Conference opened in City on Date with addresses by Title A and by Title B, its President"',
    date: '2024-05-27',
    source: 'United Nations',
    text: "The Fourth International Conference on Small Island Developing States opened in St John's, Antigua and Barbuda, on 27 May 2024 with addresses by Secretary-General António Guterres and by Prime Minister Gaston Browne, the Conference's President.",
    entities: [
      P('António Guterres', 'Secretary-General António Guterres', 'Guterres'),
      P('Gaston Browne', 'Prime Minister Gaston Browne', 'Browne'),
      E('Fourth International Conference on Small Island Developing States', ['SIDS4', 'the Conference'], '2024-05-27'),
    ],
    relations: [
      ...took('Fourth International Conference on Small Island Developing States', 'António Guterres', 'Gaston Browne'),
    ],
  },
];

/** REACHED_AT: at a session, a ceremony, a bilateral on the margins; initialled; only announced. */
const REACHED: BankCase[] = [
  {
    id: 'reach-received-by-prime-minister-on-a-state-visit-where-they-signed',
    form: 'presidential office: "A\'s state visit to X began on Date. On Date2 the President was received by B at <residence>, where the two leaders signed the Y"',
    date: '2023-11-22',
    source: 'Office of the President of the Republic of Korea',
    text:
      "President Yoon Suk Yeol's state visit to the United Kingdom began on 21 November 2023. " +
      'On 22 November the President was received by Prime Minister Rishi Sunak at 10 Downing Street, where the two leaders signed the Downing Street Accord.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      S('United Kingdom'),
      A('Downing Street Accord'),
      E(
        "President Yoon Suk Yeol's state visit to the United Kingdom",
        ['state visit to the United Kingdom', 'state visit'],
        '2023-11-21',
      ),
      E(
        'Yoon-Sunak meeting at 10 Downing Street',
        ['Yoon-Sunak meeting', 'meeting at 10 Downing Street'],
        '2023-11-22',
      ),
    ],
    relations: [
      ...took("President Yoon Suk Yeol's state visit to the United Kingdom", 'Yoon Suk Yeol'),
      ...took('Yoon-Sunak meeting at 10 Downing Street', 'Yoon Suk Yeol', 'Rishi Sunak'),
      part('Yoon-Sunak meeting at 10 Downing Street', "President Yoon Suk Yeol's state visit to the United Kingdom"),
      at('Downing Street Accord', 'Yoon-Sunak meeting at 10 Downing Street'),
    ],
  },
  {
    id: 'reach-signed-at-the-plenary-session-chaired-by',
    form: 'SCO: "At the plenary session of the X Summit in City on Date, chaired by A, the leaders signed the Y Declaration" (REACHED_AT the session)',
    date: '2022-09-16',
    source: 'Shanghai Cooperation Organisation Secretariat',
    text: 'At the plenary session of the SCO Samarkand Summit on 16 September 2022, chaired by President Shavkat Mirziyoyev, the leaders signed the Samarkand Declaration.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      A('Samarkand Declaration'),
      E('SCO Samarkand Summit', ['Samarkand Summit', 'SCO Summit'], '2022-09-15'),
      E('plenary session of the SCO Samarkand Summit', ['plenary session'], '2022-09-16'),
    ],
    relations: [
      ...took('SCO Samarkand Summit', 'Shavkat Mirziyoyev'),
      ...took('plenary session of the SCO Samarkand Summit', 'Shavkat Mirziyoyev'),
      part('plenary session of the SCO Samarkand Summit', 'SCO Samarkand Summit'),
      at('Samarkand Declaration', 'plenary session of the SCO Samarkand Summit'),
    ],
  },
  {
    id: 'reach-initialled-at-the-end-of-the-final-round',
    form: 'trade ministry: "The chief negotiators, A and B, initialled the X Agreement at the end of the final negotiating round in City on Date; it will be signed later" (REACHED_AT the round)',
    date: '2023-06-19',
    source: 'Ministry of Investments, Trade and Industry (Kenya)',
    text: 'The chief negotiators, Principal Secretary Alfred K’Ombudo and Deputy Director-General Helena König, initialled the EU-Kenya Economic Partnership Agreement at the end of the final negotiating round in Nairobi on 19 June 2023; the agreement will be signed at a later date.',
    entities: [
      P('Alfred K’Ombudo', 'Principal Secretary Alfred K’Ombudo', 'K’Ombudo'),
      P('Helena König', 'Deputy Director-General Helena König', 'König'),
      A('EU-Kenya Economic Partnership Agreement'),
      E('final negotiating round in Nairobi', ['final negotiating round', 'final round'], '2023-06-19'),
    ],
    relations: [
      ...took('final negotiating round in Nairobi', 'Alfred K’Ombudo', 'Helena König'),
      at('EU-Kenya Economic Partnership Agreement', 'final negotiating round in Nairobi'),
    ],
  },
  {
    id: 'reach-signed-at-a-two-plus-two-by-two-of-its-ministers',
    form: 'MOFA Japan: "At the Nth X-Y Foreign and Defence Ministerial Meeting (\'2+2\') in City on Date, A and B signed the Z"',
    date: '2024-07-08',
    source: 'Ministry of Foreign Affairs of Japan',
    text: "At the second Japan-Philippines Foreign and Defence Ministerial Meeting ('2+2') in Manila on 8 July 2024, Foreign Minister KAMIKAWA Yoko and Secretary of National Defense Gilberto Teodoro signed the Reciprocal Access Agreement.",
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister KAMIKAWA Yoko', 'KAMIKAWA Yoko', 'Kamikawa'),
      P('Gilberto Teodoro', 'Secretary of National Defense Gilberto Teodoro', 'Teodoro'),
      A('Reciprocal Access Agreement', 'Japan-Philippines Reciprocal Access Agreement'),
      E(
        'second Japan-Philippines Foreign and Defence Ministerial Meeting',
        ['Japan-Philippines Foreign and Defence Ministerial Meeting', '2+2'],
        '2024-07-08',
      ),
    ],
    relations: [
      ...took('second Japan-Philippines Foreign and Defence Ministerial Meeting', 'Yoko Kamikawa', 'Gilberto Teodoro'),
      at('Reciprocal Access Agreement', 'second Japan-Philippines Foreign and Defence Ministerial Meeting'),
    ],
  },
  {
    id: 'reach-met-and-signed-on-the-margins-of-a-summit',
    form: 'White House: "On the margins of the X Summit in City on Date, A and B met and signed the Y Agreement" (REACHED_AT the meeting, PART_OF the summit)',
    date: '2024-06-13',
    source: 'The White House',
    text: 'On the margins of the G7 Summit in Apulia on 13 June 2024, President Joe Biden and President Volodymyr Zelenskyy met and signed the U.S.-Ukraine Bilateral Security Agreement.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      A('U.S.-Ukraine Bilateral Security Agreement', 'Bilateral Security Agreement'),
      E('G7 Summit in Apulia', ['G7 Summit', 'G7 Apulia Summit'], '2024-06-13'),
      E('Biden-Zelenskyy meeting in Apulia', ['Biden-Zelenskyy meeting'], '2024-06-13'),
    ],
    relations: [
      ...took('Biden-Zelenskyy meeting in Apulia', 'Joe Biden', 'Volodymyr Zelenskyy'),
      ...took('G7 Summit in Apulia', 'Joe Biden', 'Volodymyr Zelenskyy'),
      part('Biden-Zelenskyy meeting in Apulia', 'G7 Summit in Apulia'),
      at('U.S.-Ukraine Bilateral Security Agreement', 'Biden-Zelenskyy meeting in Apulia'),
    ],
  },
  {
    id: 'reach-signed-at-a-ceremony-after-the-plenary-session-of-a-council',
    form: 'prime minister: "A and B co-chaired the Nth meeting of the X Council in City on Date. At a ceremony after the Council\'s plenary session, the two leaders signed the Y"',
    date: '2023-12-07',
    source: 'Office of the Prime Minister of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdoğan co-chaired the fifth meeting of the Greece-Türkiye High-Level Cooperation Council in Athens on 7 December 2023. ' +
      "At a ceremony after the Council's plenary session, the two leaders signed the Athens Declaration on Friendly Relations and Good-Neighbourliness.",
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      A('Athens Declaration on Friendly Relations and Good-Neighbourliness', 'Athens Declaration'),
      E(
        'fifth meeting of the Greece-Türkiye High-Level Cooperation Council',
        ['Greece-Türkiye High-Level Cooperation Council', 'High-Level Cooperation Council'],
        '2023-12-07',
      ),
      E("Council's plenary session", ['plenary session'], '2023-12-07'),
      E('signing ceremony in Athens', ['ceremony'], '2023-12-07'),
    ],
    relations: [
      ...took(
        'fifth meeting of the Greece-Türkiye High-Level Cooperation Council',
        'Kyriakos Mitsotakis',
        'Recep Tayyip Erdoğan',
      ),
      ...took("Council's plenary session", 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      ...took('signing ceremony in Athens', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      part("Council's plenary session", 'fifth meeting of the Greece-Türkiye High-Level Cooperation Council'),
      part('signing ceremony in Athens', 'fifth meeting of the Greece-Türkiye High-Level Cooperation Council'),
      at('Athens Declaration on Friendly Relations and Good-Neighbourliness', 'signing ceremony in Athens'),
    ],
  },
  {
    id: 'reach-one-statement-at-the-talks-one-at-the-end-of-the-visit',
    form: 'Planalto: "During their talks at <hall> on Date, A and B signed the X. The broader Y was issued at the end of B\'s state visit to Z on Date2"',
    date: '2023-04-15',
    source: 'Presidency of the Republic of Brazil',
    text:
      'During their talks at the Great Hall of the People on 14 April 2023, President Xi Jinping and President Luiz Inácio Lula da Silva signed the Joint Statement on Combating Climate Change. ' +
      "The broader China-Brazil Joint Statement was issued at the end of Lula's state visit to China on 15 April.",
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      S('China'),
      A('Joint Statement on Combating Climate Change'),
      A('China-Brazil Joint Statement'),
      E('Xi-Lula talks at the Great Hall of the People', ['talks', 'Xi-Lula talks'], '2023-04-14'),
      E("Lula's state visit to China", ['state visit to China'], '2023-04-12'),
    ],
    relations: [
      ...took('Xi-Lula talks at the Great Hall of the People', 'Xi Jinping', 'Luiz Inácio Lula da Silva'),
      ...took("Lula's state visit to China", 'Luiz Inácio Lula da Silva'),
      part('Xi-Lula talks at the Great Hall of the People', "Lula's state visit to China"),
      at('Joint Statement on Combating Climate Change', 'Xi-Lula talks at the Great Hall of the People'),
      at('China-Brazil Joint Statement', "Lula's state visit to China"),
    ],
  },
  {
    id: 'reach-announced-the-launch-of-negotiations-at-a-meeting',
    form: 'PMO: "At their meeting in City on Date, A and B announced the launch of negotiations on a X" (an agreement only announced: no REACHED_AT)',
    date: '2025-03-17',
    source: "Prime Minister's Office (India)",
    text: 'At their meeting in New Delhi on 17 March 2025, Prime Minister Narendra Modi and Prime Minister Christopher Luxon announced the launch of negotiations on a comprehensive India-New Zealand Free Trade Agreement.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      A('India-New Zealand Free Trade Agreement', 'comprehensive India-New Zealand Free Trade Agreement'),
      E('Modi-Luxon meeting in New Delhi', ['Modi-Luxon meeting', 'meeting in New Delhi'], '2025-03-17'),
    ],
    relations: [...took('Modi-Luxon meeting in New Delhi', 'Narendra Modi', 'Christopher Luxon')],
  },
  {
    id: 'reach-initialled-in-a-city-by-two-negotiators-place-only',
    form: 'commission: "The X Agreement was initialled in City on Date by A and B" (a place alone: no event, no REACHED_AT)',
    date: '2012-03-30',
    source: 'European External Action Service',
    text: 'The EU-Ukraine Association Agreement was initialled in Brussels on 30 March 2012 by chief negotiators Miroslav Lajčák and Pavlo Klimkin.',
    entities: [P('Miroslav Lajčák', 'Lajčák'), P('Pavlo Klimkin', 'Klimkin'), A('EU-Ukraine Association Agreement')],
    relations: [],
  },
];

/** Negatives: planned meetings, people only mentioned, thanked or briefing, delegations expected. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-will-travel-to-attend-a-summit',
    form: 'MEA: "A will travel to City on Date to attend the Nth X Summit, the Ministry announced" (planned: no PARTICIPATED_IN)',
    date: '2024-10-18',
    source: 'Ministry of External Affairs (India)',
    text: 'Prime Minister Narendra Modi will travel to Kazan on 22 October 2024 to attend the 16th BRICS Summit, the Ministry of External Affairs announced.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('16th BRICS Summit', ['BRICS Summit'], '2024-10-22'),
    ],
    relations: [],
  },
  {
    id: 'negative-thanked-leaders-not-present',
    form: 'Élysée: "A received B at <palace> on Date. B thanked Title C, Title D and the other partners for their support"',
    date: '2024-02-16',
    source: 'Élysée',
    text:
      'President Emmanuel Macron received President Volodymyr Zelenskyy at the Élysée Palace on 16 February 2024. ' +
      'President Zelenskyy thanked Chancellor Olaf Scholz, Prime Minister Rishi Sunak and the other partners for their support.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      E(
        'Macron-Zelenskyy meeting at the Élysée Palace',
        ['Macron-Zelenskyy meeting', 'meeting at the Élysée Palace'],
        '2024-02-16',
      ),
    ],
    relations: [...took('Macron-Zelenskyy meeting at the Élysée Palace', 'Emmanuel Macron', 'Volodymyr Zelenskyy')],
  },
  {
    id: 'negative-spokesperson-who-did-not-attend-told-reporters',
    form: 'federal government: "A met B in <office> on Date. Spokesperson C, who did not attend the meeting, told reporters afterwards …"',
    date: '2024-02-09',
    source: 'Federal Government of Germany',
    text:
      'Chancellor Olaf Scholz met President Joe Biden in the Oval Office on 9 February 2024. ' +
      'Government spokesperson Steffen Hebestreit, who did not attend the meeting, told reporters afterwards that the talks had been very friendly.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Steffen Hebestreit', 'Government spokesperson Steffen Hebestreit', 'Hebestreit'),
      E('Scholz-Biden meeting in the Oval Office', ['Scholz-Biden meeting', 'the meeting', 'talks'], '2024-02-09'),
    ],
    relations: [...took('Scholz-Biden meeting in the Oval Office', 'Olaf Scholz', 'Joe Biden')],
  },
  {
    id: 'negative-delegations-expected-at-a-summit-said-the-host',
    form: 'federal council: "Delegations from more than N countries are expected at the X Summit at <resort> on D-D Month, Title A said on Monday" (planned)',
    date: '2024-06-10',
    source: 'Swiss Federal Council',
    text: 'Delegations from more than 90 countries are expected at the Summit on Peace in Ukraine at the Bürgenstock resort on 15 and 16 June 2024, Federal President Viola Amherd said on Monday.',
    entities: [
      P('Viola Amherd', 'Federal President Viola Amherd', 'Amherd'),
      E('Summit on Peace in Ukraine', ['Bürgenstock summit'], '2024-06-15'),
    ],
    relations: [],
  },
  {
    id: 'negative-past-prime-minister-only-mentioned',
    form: 'DFAT: "A held talks with B in City on Date, fifty years after Title C\'s government established diplomatic relations with X"',
    date: '2022-12-21',
    source: 'Department of Foreign Affairs and Trade (Australia)',
    text: "Foreign Minister Penny Wong held talks with Foreign Minister Wang Yi in Beijing on 21 December 2022, fifty years after Prime Minister Gough Whitlam's government established diplomatic relations with the People's Republic of China.",
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      P('Gough Whitlam', 'Prime Minister Gough Whitlam', 'Whitlam'),
      E('Wong-Wang talks in Beijing', ['talks', 'Wong-Wang Yi talks', 'Wong-Wang talks'], '2022-12-21'),
    ],
    relations: [...took('Wong-Wang talks in Beijing', 'Penny Wong', 'Wang Yi')],
  },
  {
    id: 'negative-ministers-tasked-with-convening-a-later-commission',
    form: 'cabinet secretariat: "A and B held their annual consultation in City on Date. The leaders tasked Ministers C and D with convening the X later in the year" (planned: no PARTICIPATED_IN)',
    date: '2025-01-27',
    source: 'Cabinet Secretariat of the Republic of Indonesia',
    text:
      'President Prabowo Subianto and Prime Minister Anwar Ibrahim held their annual consultation in Kuala Lumpur on 27 January 2025. ' +
      'The leaders tasked Foreign Ministers Sugiono and Mohamad Hasan with convening the Joint Commission for Bilateral Cooperation later in the year.',
    entities: [
      P('Prabowo Subianto', 'President Prabowo Subianto', 'Prabowo'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Sugiono'),
      P('Mohamad Hasan'),
      E(
        'annual consultation in Kuala Lumpur',
        ['annual consultation', 'Prabowo-Anwar annual consultation'],
        '2025-01-27',
      ),
      E('Joint Commission for Bilateral Cooperation', [], '2025-06-01'),
    ],
    relations: [...took('annual consultation in Kuala Lumpur', 'Prabowo Subianto', 'Anwar Ibrahim')],
  },
  {
    id: 'negative-planned-state-visit-with-planned-talks',
    form: 'palace: "King A will host President B for a state visit from D to D Month. During the visit, the President will also hold talks with Title C" (planned: PART_OF, no PARTICIPATED_IN)',
    date: '2025-06-10',
    source: 'Buckingham Palace',
    text:
      'King Charles III will host President Emmanuel Macron for a state visit from 8 to 10 July 2025. ' +
      'During the visit, the President will also hold talks with Prime Minister Keir Starmer.',
    entities: [
      P('Charles III', 'King Charles III'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      E("President Macron's state visit to the United Kingdom", ['state visit'], '2025-07-08'),
      E('Macron-Starmer talks', ['talks'], '2025-07-09'),
    ],
    relations: [part('Macron-Starmer talks', "President Macron's state visit to the United Kingdom")],
  },
];

export const EVENT_BANK: BankCase[] = [...ONE, ...SESSIONS, ...RECEIVED, ...MULTI, ...REACHED, ...NEGATIVES];
