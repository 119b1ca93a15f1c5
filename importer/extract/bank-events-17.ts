// The seventeenth events paraphrase bank (issue 6, round ev25): a blind bank written before any rule change of the
// round, after reading the header of bank-events-16.ts and the events sections of docs/first-look.md, on the
// first-look's costliest event failure: the readout's OWN meeting not found (then its participants, parts and what was
// reached there are lost with it). Mostly whole short readouts or readout openings (a title line, a dateline, the first
// sentences) where the readout's own meeting is told only by a verb in the headline or dateline ("President receives
// …", "PM hosts …", "meets"), by a title line and then "today", by the two leaders "discussed"/"reviewed"/"spoke" with
// no kind word, by "The talks between A and B took place", by "a meeting between the two delegations" after a date, by
// the signing as the meeting, by a video link, by the programme of a visit; sessions told after the whole ("the visit
// continued with a working lunch", "The summit was followed by a joint press conference", "The day ended with a state
// banquet"); events named by place ("the Kazan meeting", "the Washington summit", "the Putrajaya talks", "the Geneva
// talks") or by ordinal ("the fifth round of indirect talks", "the 23rd meeting of the Special Representatives", "the
// ninth Annual Leaders' Meeting"), with PARTICIPATED_IN and PART_OF; negatives: planned meetings and programmes (Events
// with no participants), a headline that is a slogan (no Event), a leader who stayed away.
// House styles not used by events banks 1–16: the Sri Lankan President's Media Division, the Maldivian President's
// Office, the Chancellery of the Prime Minister of Poland, the Brunei Prime Minister's Office, the Vietnam Government
// Portal, NHK World, ABC News (Australia), Agenzia Nova, Bloomberg, Agence Kampuchea Presse, The New Times (Rwanda), the
// UK Department for Business and Trade, China Daily, The Kyiv Independent, dpa, DD News, Kathimerini, Korea JoongAng
// Daily, the Hungarian Government, Rossiyskaya Gazeta, Euronews, The Hindu, IRNA, Armenpress, the South China Morning
// Post, Khmer Times, The Canberra Times, Nikkei Asia, The Indian Express, ANTARA, Korea.net, Sky News, Euractiv, RNZ,
// The Guardian (Australia), CBC News, Al-Monitor, Hindustan Times, The Sydney Morning Herald, Kazinform, Nhân Dân.
// Conventions (GUIDE; events-15 and events-16 as they state them): a readout's own meeting told by a headline verb or
// by "the two leaders discussed" is an Event (the meeting) its two sides take part in; a meeting or session held during
// a visit is PART_OF the visit; the visitor takes part in the visit, the host only in the parts the text puts him in;
// sessions, meals, banquets and press conferences of a visit, summit or meeting are PART_OF it; the participants of a
// part take part in the whole; a signing told as the occasion is an Event whose signatories and witnesses take part,
// and the agreement signed is REACHED_AT it; an event referred to by place or ordinal is an Event and who is said to
// have met or taken part in it took part; a summit or session of an organisation INVOLVES it, an event named "A-B
// Summit" or told "between" two states INVOLVES them, a meeting "hosted by" a state INVOLVES it; planned, announced,
// postponed or programmed events are Events with no PARTICIPATED_IN; a headline that names no event gives none.
// Its area is Events, PARTICIPATED_IN, PART_OF, INVOLVES and REACHED_AT (DISCUSSED is not scored here).
import { type BankCase, A, E, O, P, S, inv, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'INVOLVES', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

/** The readout's own meeting told by a headline or dateline verb, or by a title line and then "today". */
const HEADLINES: BankCase[] = [
  {
    id: 'hl-president-receives-minister-then-the-two-discussed-this-morning',
    form: 'presidential media office: title "President X receives <demonym> Title Y"; body "City, Date. President X and <demonym> Title Y discussed … at Place this morning" (the meeting told only by the headline verb)',
    date: '2024-10-04',
    title: 'President Dissanayake receives Indian External Affairs Minister',
    source: "President's Media Division (Sri Lanka)",
    text:
      'Colombo, 4 October 2024. President Anura Kumara Dissanayake and Indian External Affairs Minister Dr. S. Jaishankar discussed cooperation in energy, debt restructuring and fisheries at the Presidential Secretariat this morning. ' +
      'Minister Jaishankar conveyed the greetings of Prime Minister Narendra Modi.',
    entities: [
      P('Anura Kumara Dissanayake', 'President Anura Kumara Dissanayake', 'President Dissanayake', 'Dissanayake'),
      P('Subrahmanyam Jaishankar', 'Dr. S. Jaishankar', 'S. Jaishankar', 'Minister Jaishankar', 'Jaishankar'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('India', 'Indian'),
      E('Dissanayake-Jaishankar meeting in Colombo', ['Dissanayake-Jaishankar meeting', 'meeting'], '2024-10-04'),
    ],
    relations: [
      ...took('Dissanayake-Jaishankar meeting in Colombo', 'Anura Kumara Dissanayake', 'Subrahmanyam Jaishankar'),
    ],
  },
  {
    id: 'hl-president-meets-pm-then-the-leaders-reviewed-today-on-the-second-day-of-the-state-visit',
    form: 'presidential office: title "President X meets Prime Minister Y"; body "City, Date: President X and Prime Minister Y reviewed … at Place today, on the second day of the President\'s state visit to Z" (the headline\'s meeting inside the visit)',
    date: '2024-10-07',
    title: 'President Dr Mohamed Muizzu meets Prime Minister Narendra Modi',
    source: "The President's Office (Maldives)",
    text:
      "New Delhi, 7 October 2024: President Dr Mohamed Muizzu and Prime Minister Narendra Modi reviewed the full breadth of Maldives-India relations at Hyderabad House today, on the second day of the President's state visit to India. " +
      'The two leaders also exchanged views on maritime security in the Indian Ocean.',
    entities: [
      P('Mohamed Muizzu', 'President Dr Mohamed Muizzu', 'Dr Mohamed Muizzu', 'Muizzu'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('Maldives'),
      S('India'),
      E('Muizzu-Modi meeting at Hyderabad House', ['Muizzu-Modi meeting', 'meeting'], '2024-10-07'),
      E("Muizzu's state visit to India", ['state visit to India', 'state visit'], '2024-10-06'),
    ],
    relations: [
      ...took('Muizzu-Modi meeting at Hyderabad House', 'Mohamed Muizzu', 'Narendra Modi'),
      ...took("Muizzu's state visit to India", 'Mohamed Muizzu'),
      part('Muizzu-Modi meeting at Hyderabad House', "Muizzu's state visit to India"),
    ],
  },
  {
    id: 'hl-pm-hosts-pm-in-city-then-the-heads-of-government-agreed-today',
    form: 'prime minister\'s chancellery: title "Prime Minister X hosts Prime Minister Y in City"; body "City, Date. The heads of government agreed today to … Prime Minister Y is the first <demonym> head of government to visit Z in N years" (the meeting told by "hosts"; "the heads of government"; a visit)',
    date: '2024-08-22',
    title: 'Prime Minister Donald Tusk hosts Prime Minister Narendra Modi in Warsaw',
    source: 'Chancellery of the Prime Minister of Poland',
    text:
      'Warsaw, 22 August 2024. The heads of government agreed today to raise Polish-Indian relations to a strategic partnership. ' +
      'Prime Minister Modi is the first Indian head of government to visit Poland in 45 years.',
    entities: [
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Prime Minister Modi', 'Modi'),
      S('Poland', 'Polish'),
      S('India', 'Indian'),
      E('Tusk-Modi meeting in Warsaw', ['Tusk-Modi meeting', 'meeting'], '2024-08-22'),
      E("Modi's visit to Poland", ['visit to Poland', 'visit'], '2024-08-21'),
    ],
    relations: [
      ...took('Tusk-Modi meeting in Warsaw', 'Donald Tusk', 'Narendra Modi'),
      ...took("Modi's visit to Poland", 'Narendra Modi'),
      part('Tusk-Modi meeting in Warsaw', "Modi's visit to Poland"),
    ],
  },
  {
    id: 'hl-his-majesty-receives-pm-then-discussed-this-morning-first-bilateral-visit',
    form: 'royal PMO: title "His Majesty receives <demonym> Prime Minister at Place"; body "City, Date – His Majesty Title X and Prime Minister Y discussed … at Place this morning. The Prime Minister is on the first bilateral visit by …" (audience told by the headline; the visit told after)',
    date: '2024-09-04',
    title: 'His Majesty receives Indian Prime Minister at Istana Nurul Iman',
    source: "Prime Minister's Office, Brunei Darussalam",
    text:
      'Bandar Seri Begawan, 4 September 2024 – His Majesty Sultan Haji Hassanal Bolkiah and Prime Minister Narendra Modi discussed defence, trade and space cooperation at Istana Nurul Iman this morning. ' +
      'The Prime Minister is on the first bilateral visit by an Indian Prime Minister to Brunei Darussalam.',
    entities: [
      P('Hassanal Bolkiah', 'His Majesty Sultan Haji Hassanal Bolkiah', 'Sultan Haji Hassanal Bolkiah', 'His Majesty'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('Brunei', 'Brunei Darussalam'),
      S('India', 'Indian'),
      E('Hassanal Bolkiah-Modi meeting at Istana Nurul Iman', ['audience', 'meeting'], '2024-09-04'),
      E("Modi's visit to Brunei", ['first bilateral visit', 'visit to Brunei Darussalam'], '2024-09-03'),
    ],
    relations: [
      ...took('Hassanal Bolkiah-Modi meeting at Istana Nurul Iman', 'Hassanal Bolkiah', 'Narendra Modi'),
      ...took("Modi's visit to Brunei", 'Narendra Modi'),
      part('Hassanal Bolkiah-Modi meeting at Istana Nurul Iman', "Modi's visit to Brunei"),
    ],
  },
  {
    id: 'hl-president-welcomes-president-then-the-two-presidents-exchanged-views-during-state-visit',
    form: 'government portal: title "President X welcomes <demonym> President Y"; body "City, Date – The two Presidents exchanged views on … at Place today, during President Y\'s state visit to Z" (the meeting told by "welcomes" and "exchanged views")',
    date: '2024-06-20',
    title: 'President To Lam welcomes Russian President Vladimir Putin',
    source: 'Vietnam Government Portal',
    text: "Hanoi, 20 June 2024 – The two Presidents exchanged views on bilateral ties and international issues of mutual concern at the Presidential Palace today, during President Putin's state visit to Viet Nam.",
    entities: [
      P('To Lam', 'President To Lam'),
      P('Vladimir Putin', 'Russian President Vladimir Putin', 'President Putin', 'Putin'),
      S('Vietnam', 'Viet Nam'),
      S('Russia', 'Russian'),
      E('To Lam-Putin talks in Hanoi', ['To Lam-Putin talks', 'talks', 'meeting'], '2024-06-20'),
      E("Putin's state visit to Vietnam", ['state visit to Viet Nam', 'state visit'], '2024-06-20'),
    ],
    relations: [
      ...took('To Lam-Putin talks in Hanoi', 'To Lam', 'Vladimir Putin'),
      ...took("Putin's state visit to Vietnam", 'Vladimir Putin'),
      part('To Lam-Putin talks in Hanoi', "Putin's state visit to Vietnam"),
    ],
  },
  {
    id: 'hl-broadcaster-has-met-then-the-two-leaders-agreed-on-saturday',
    form: 'broadcaster: "<demonym> Prime Minister X has met <demonym> President Y in City. The two leaders agreed on Saturday to …" (present perfect "has met" as the whole report)',
    date: '2025-08-23',
    source: 'NHK World',
    text:
      'Japanese Prime Minister Ishiba Shigeru has met South Korean President Lee Jae-myung in Tokyo. ' +
      'The two leaders agreed on Saturday to keep up visits between their capitals and to work together on North Korea.',
    entities: [
      P('Shigeru Ishiba', 'Japanese Prime Minister Ishiba Shigeru', 'Ishiba Shigeru', 'Ishiba'),
      P('Lee Jae-myung', 'South Korean President Lee Jae-myung', 'Lee'),
      S('Japan', 'Japanese'),
      S('South Korea', 'South Korean'),
      S('North Korea'),
      E('Ishiba-Lee meeting in Tokyo', ['Ishiba-Lee meeting', 'meeting'], '2025-08-23'),
    ],
    relations: [...took('Ishiba-Lee meeting in Tokyo', 'Shigeru Ishiba', 'Lee Jae-myung')],
  },
  {
    id: 'hl-has-met-in-city-the-first-visit-in-seven-years-then-spoke-for-an-hour',
    form: 'broadcaster: "X has met <demonym> President Y in City, the first visit by a <demonym> prime minister to Z in seven years. Mr X and Mr Y spoke for about an hour at Place on Monday" (the meeting told by "has met" and "spoke"; the visit in apposition)',
    date: '2023-11-06',
    source: 'ABC News (Australia)',
    text:
      'Anthony Albanese has met Chinese President Xi Jinping in Beijing, the first visit by an Australian prime minister to China in seven years. ' +
      'Mr Albanese and Mr Xi spoke for about an hour at the Great Hall of the People on Monday.',
    entities: [
      P('Anthony Albanese', 'Mr Albanese', 'Albanese'),
      P('Xi Jinping', 'Chinese President Xi Jinping', 'Mr Xi', 'Xi'),
      S('China', 'Chinese'),
      S('Australia', 'Australian'),
      E('Albanese-Xi meeting in Beijing', ['Albanese-Xi meeting', 'meeting'], '2023-11-06'),
      E("Albanese's visit to China", ['first visit by an Australian prime minister to China', 'visit'], '2023-11-04'),
    ],
    relations: [
      ...took('Albanese-Xi meeting in Beijing', 'Anthony Albanese', 'Xi Jinping'),
      ...took("Albanese's visit to China", 'Anthony Albanese'),
      part('Albanese-Xi meeting in Beijing', "Albanese's visit to China"),
    ],
  },
  {
    id: 'hl-slogan-headline-then-dateline-a-and-b-on-monday-agreed-on-the-fourth-day-of-the-visit',
    form: 'news agency: title a quotation; body "CITY, Month Day (Agency) – Premier X and <demonym> President Y on Monday agreed to … at Place, on the fourth day of X\'s visit" (the meeting told by "agreed"; a headline that names no event)',
    date: '2024-07-29',
    title: "Meloni and Xi open a 'new phase' in relations",
    source: 'Agenzia Nova',
    text:
      "BEIJING, July 29 (Agenzia Nova) – Premier Giorgia Meloni and Chinese President Xi Jinping on Monday agreed to open a new phase in relations between Italy and China at the Diaoyutai State Guesthouse, on the fourth day of Meloni's visit. " +
      'The two leaders signed a three-year action plan.',
    entities: [
      P('Giorgia Meloni', 'Premier Giorgia Meloni', 'Meloni'),
      P('Xi Jinping', 'Chinese President Xi Jinping', 'Xi'),
      S('Italy'),
      S('China', 'Chinese'),
      A('three-year action plan', 'action plan'),
      E('Meloni-Xi meeting in Beijing', ['Meloni-Xi meeting', 'meeting'], '2024-07-29'),
      E("Meloni's visit to China", ["Meloni's visit", 'visit'], '2024-07-26'),
    ],
    relations: [
      ...took('Meloni-Xi meeting in Beijing', 'Giorgia Meloni', 'Xi Jinping'),
      ...took("Meloni's visit to China", 'Giorgia Meloni'),
      part('Meloni-Xi meeting in Beijing', "Meloni's visit to China"),
      at('three-year action plan', 'Meloni-Xi meeting in Beijing'),
    ],
  },
  {
    id: 'hl-leaders-agree-headline-then-covered-topics-on-saturday-a-day-before-the-parade',
    form: 'news agency: title "X, Y agree to …"; body "City (Agency) – President X and Prime Minister Y on Saturday covered … at Place, a day before the President attends the Z parade as chief guest" (the meeting told by the topics; the parade still to come: no participants)',
    date: '2025-01-25',
    title: 'Prabowo, Modi agree to deepen defence ties',
    source: 'ANTARA',
    text: 'New Delhi (ANTARA) - President Prabowo Subianto and Prime Minister Narendra Modi on Saturday covered defence, health and the digital economy at Hyderabad House, a day before the President attends the Republic Day parade as chief guest.',
    entities: [
      P('Prabowo Subianto', 'President Prabowo Subianto', 'Prabowo'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('Prabowo-Modi meeting at Hyderabad House', ['Prabowo-Modi meeting', 'meeting'], '2025-01-25'),
      E('Republic Day parade', ['Republic Day parade in New Delhi'], '2025-01-26'),
    ],
    relations: [...took('Prabowo-Modi meeting at Hyderabad House', 'Prabowo Subianto', 'Narendra Modi')],
  },
  {
    id: 'hl-president-holds-summit-headline-then-welcomed-today-less-than-two-months-after-his-trip',
    form: 'state portal: title "President X holds summit with <demonym> PM Y"; body "President X welcomed Prime Minister Y at Place today, less than two months after his own trip to City. The two leaders agreed to …" (the summit in the headline; an earlier trip referred to)',
    date: '2023-05-07',
    title: 'President Yoon holds summit with Japanese PM Kishida',
    source: 'Korea.net',
    text:
      'President Yoon Suk Yeol welcomed Prime Minister Fumio Kishida at the Yongsan presidential office today, less than two months after his own trip to Tokyo. ' +
      'The two leaders agreed to restore regular visits between the two capitals.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'President Yoon', 'Yoon'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'PM Kishida', 'Kishida'),
      S('Japan', 'Japanese'),
      E('Yoon-Kishida summit in Seoul', ['Yoon-Kishida summit', 'summit'], '2023-05-07'),
      E("Yoon's trip to Tokyo", ['trip to Tokyo', 'trip'], '2023-03-16'),
    ],
    relations: [
      ...took('Yoon-Kishida summit in Seoul', 'Yoon Suk Yeol', 'Fumio Kishida'),
      ...took("Yoon's trip to Tokyo", 'Yoon Suk Yeol'),
    ],
  },
  {
    id: 'hl-x-meets-y-headline-then-discussed-on-monday-during-first-visit-since-taking-office',
    form: 'broadcaster: title "X meets Y in City to discuss Z"; body "Sir X and Y discussed … at Place on Monday, during the prime minister\'s first visit to City since taking office" (meeting by the topics; a visit told after)',
    date: '2024-09-16',
    title: 'Starmer meets Meloni in Rome to discuss migration',
    source: 'Sky News',
    text: "Sir Keir Starmer and Giorgia Meloni discussed Italy's migration deal with Albania at Villa Doria Pamphilj on Monday, during the prime minister's first visit to Rome since taking office.",
    entities: [
      P('Keir Starmer', 'Sir Keir Starmer', 'Starmer'),
      P('Giorgia Meloni', 'Meloni'),
      S('Italy'),
      S('Albania'),
      E('Starmer-Meloni meeting in Rome', ['Starmer-Meloni meeting', 'meeting'], '2024-09-16'),
      E("Starmer's visit to Rome", ['first visit to Rome', 'visit to Rome', 'visit'], '2024-09-16'),
    ],
    relations: [
      ...took('Starmer-Meloni meeting in Rome', 'Keir Starmer', 'Giorgia Meloni'),
      ...took("Starmer's visit to Rome", 'Keir Starmer'),
      part('Starmer-Meloni meeting in Rome', "Starmer's visit to Rome"),
    ],
  },
  {
    id: 'hl-headline-names-the-trip-then-president-welcomed-him-today-where-the-two-leaders-spoke',
    form: 'newspaper: title "X in City for first overseas trip of new term"; body "President Y welcomed X to Place today, where the two leaders spoke about …" (the trip named in the headline; the meeting told by "welcomed" and "spoke")',
    date: '2025-05-15',
    title: 'Albanese in Jakarta for first overseas trip of new term',
    source: 'The Sydney Morning Herald',
    text: 'President Prabowo Subianto welcomed Anthony Albanese to the Merdeka Palace today, where the two leaders spoke about defence ties, food security and trade.',
    entities: [
      P('Anthony Albanese', 'Albanese'),
      P('Prabowo Subianto', 'President Prabowo Subianto'),
      E("Albanese's trip to Jakarta", ['first overseas trip of new term', 'first overseas trip', 'trip'], '2025-05-15'),
      E('Prabowo-Albanese meeting at the Merdeka Palace', ['Prabowo-Albanese meeting', 'meeting'], '2025-05-15'),
    ],
    relations: [
      ...took("Albanese's trip to Jakarta", 'Anthony Albanese'),
      ...took('Prabowo-Albanese meeting at the Merdeka Palace', 'Prabowo Subianto', 'Anthony Albanese'),
      part('Prabowo-Albanese meeting at the Merdeka Palace', "Albanese's trip to Jakarta"),
    ],
  },
  {
    id: 'hl-dateline-agency-held-narrow-format-talks-opening-the-state-visit-which-precedes-the-summit',
    form: 'news agency: "CITY. AGENCY – X and Y on Tuesday held narrow-format talks at Place, opening the <demonym> leader\'s state visit, which precedes the Z summit in City" (talks opening a visit; a summit still to come)',
    date: '2024-07-02',
    source: 'Kazinform',
    text: "ASTANA. KAZINFORM – Kassym-Jomart Tokayev and Xi Jinping on Tuesday held narrow-format talks at the Akorda, opening the Chinese leader's state visit, which precedes the SCO summit in Astana.",
    entities: [
      P('Kassym-Jomart Tokayev', 'Tokayev'),
      P('Xi Jinping', 'Xi'),
      S('China', 'Chinese'),
      S('Kazakhstan'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      E('Tokayev-Xi talks in Astana', ['narrow-format talks', 'Tokayev-Xi talks'], '2024-07-02'),
      E("Xi's state visit to Kazakhstan", ["Chinese leader's state visit", 'state visit'], '2024-07-02'),
      E('SCO summit in Astana', ['SCO summit'], '2024-07-04'),
    ],
    relations: [
      ...took('Tokayev-Xi talks in Astana', 'Kassym-Jomart Tokayev', 'Xi Jinping'),
      ...took("Xi's state visit to Kazakhstan", 'Xi Jinping'),
      part('Tokayev-Xi talks in Astana', "Xi's state visit to Kazakhstan"),
      ...inv('SCO summit in Astana', 'Shanghai Cooperation Organisation'),
    ],
  },
];

/** The meeting told by "the talks", "a meeting between the two delegations", the signing, a video link, a programme. */
const TALKS: BankCase[] = [
  {
    id: 'tk-headline-agree-then-the-talks-between-a-and-b-took-place-at-the-residence',
    form: 'wire: title "A, B agree to … after City weekend"; body "The United States and China agreed to … The talks between Title X and <demonym> Title Y took place at Place on Saturday and Sunday" ("the talks" with no kind word, told after the outcome)',
    date: '2025-05-11',
    title: 'US, China agree to slash tariffs after Geneva weekend',
    source: 'Bloomberg',
    text:
      "GENEVA, May 12 (Bloomberg) – The United States and China announced a 90-day cut in tariffs on each other's goods. " +
      'The talks between Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng took place at the residence of the Swiss ambassador to the UN on Saturday and Sunday.',
    entities: [
      P('Scott Bessent', 'Treasury Secretary Scott Bessent', 'Bessent'),
      P('He Lifeng', 'Chinese Vice Premier He Lifeng'),
      S('United States'),
      S('China', 'Chinese'),
      E('Bessent-He talks in Geneva', ['Bessent-He talks', 'talks'], '2025-05-10'),
    ],
    relations: [...took('Bessent-He talks in Geneva', 'Scott Bessent', 'He Lifeng')],
  },
  {
    id: 'tk-on-date-a-meeting-between-the-two-delegations-led-by-concluded-with-the-adoption-hosted-as-chair',
    form: 'news agency: "City, Date – On Date, a meeting between the two delegations, led by Title X and <demonym> Title Y, concluded with the adoption of an N-point agreement on Z. S hosted the extraordinary meeting of the W as ASEAN Chair" (a delegations\' meeting; an agreement adopted there; a host state)',
    date: '2025-08-07',
    source: 'Agence Kampuchea Presse',
    text:
      'Kuala Lumpur, 7 August 2025 – On 7 August, a meeting between the two delegations, led by Deputy Prime Minister and Minister of National Defence Tea Seiha and Thai Acting Defence Minister Nattaphon Narkphanit, concluded with the adoption of a 13-point agreement on the ceasefire. ' +
      'Malaysia hosted the extraordinary meeting of the General Border Committee as ASEAN Chair.',
    entities: [
      P('Tea Seiha', 'Deputy Prime Minister and Minister of National Defence Tea Seiha'),
      P('Nattaphon Narkphanit', 'Thai Acting Defence Minister Nattaphon Narkphanit'),
      S('Malaysia'),
      S('Thailand', 'Thai'),
      O('ASEAN'),
      A('13-point agreement on the ceasefire', '13-point agreement'),
      E(
        'extraordinary meeting of the General Border Committee',
        ['meeting between the two delegations', 'extraordinary meeting', 'General Border Committee meeting'],
        '2025-08-07',
      ),
    ],
    relations: [
      ...took('extraordinary meeting of the General Border Committee', 'Tea Seiha', 'Nattaphon Narkphanit'),
      ...inv('extraordinary meeting of the General Border Committee', 'Malaysia'),
      at('13-point agreement on the ceasefire', 'extraordinary meeting of the General Border Committee'),
    ],
  },
  {
    id: 'tk-signed-a-peace-agreement-put-pen-to-paper-with-the-secretary-looking-on',
    form: 'newspaper: "A and B on Friday signed a peace agreement in City. Title X and his <demonym> counterpart Y put pen to paper at Place, with Title Z looking on" (the signing is the meeting; its signatories and witness)',
    date: '2025-06-27',
    source: 'The New Times (Rwanda)',
    text:
      'Rwanda and the Democratic Republic of Congo on Friday signed a peace agreement in Washington. ' +
      'Foreign Minister Olivier Nduhungirehe and his Congolese counterpart Thérèse Kayikwamba Wagner put pen to paper at the State Department, with US Secretary of State Marco Rubio looking on.',
    entities: [
      P('Olivier Nduhungirehe', 'Foreign Minister Olivier Nduhungirehe', 'Nduhungirehe'),
      P('Thérèse Kayikwamba Wagner', 'Kayikwamba Wagner'),
      P('Marco Rubio', 'US Secretary of State Marco Rubio', 'Rubio'),
      S('Rwanda'),
      S('Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congolese'),
      S('United States', 'US'),
      A('Rwanda-DRC peace agreement', 'peace agreement'),
      E(
        'signing of the Rwanda-DRC peace agreement in Washington',
        ['signing of the peace agreement', 'signing'],
        '2025-06-27',
      ),
    ],
    relations: [
      ...took(
        'signing of the Rwanda-DRC peace agreement in Washington',
        'Olivier Nduhungirehe',
        'Thérèse Kayikwamba Wagner',
        'Marco Rubio',
      ),
      at('Rwanda-DRC peace agreement', 'signing of the Rwanda-DRC peace agreement in Washington'),
    ],
  },
  {
    id: 'tk-headline-sign-then-signed-at-place-today-in-the-presence-of-the-two-prime-ministers',
    form: 'government department: title "A and B sign landmark trade deal"; body "Title X and Title Y signed the Z at Place today, in the presence of Prime Minister P and Prime Minister Q" (the signing as the meeting; signatories and the two leaders present)',
    date: '2025-07-24',
    title: 'UK and India sign landmark trade deal',
    source: 'Department for Business and Trade (United Kingdom)',
    text: 'Business and Trade Secretary Jonathan Reynolds and Commerce and Industry Minister Piyush Goyal signed the UK-India Free Trade Agreement at Chequers today, in the presence of Prime Minister Keir Starmer and Prime Minister Narendra Modi.',
    entities: [
      P('Jonathan Reynolds', 'Business and Trade Secretary Jonathan Reynolds'),
      P('Piyush Goyal', 'Commerce and Industry Minister Piyush Goyal'),
      P('Keir Starmer', 'Prime Minister Keir Starmer'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('United Kingdom', 'UK'),
      S('India'),
      A('UK-India Free Trade Agreement'),
      E('signing of the UK-India Free Trade Agreement at Chequers', ['signing at Chequers', 'signing'], '2025-07-24'),
    ],
    relations: [
      ...took(
        'signing of the UK-India Free Trade Agreement at Chequers',
        'Jonathan Reynolds',
        'Piyush Goyal',
        'Keir Starmer',
        'Narendra Modi',
      ),
      at('UK-India Free Trade Agreement', 'signing of the UK-India Free Trade Agreement at Chequers'),
    ],
  },
  {
    id: 'tk-spoke-by-video-link-on-tuesday-the-two-heads-of-state-reviewed',
    form: 'newspaper: "<demonym> President X and <demonym> President Y spoke by video link on Tuesday. The two heads of state reviewed …" (a video conversation with no "call" or "meeting" word)',
    date: '2025-01-21',
    source: 'China Daily',
    text:
      'Chinese President Xi Jinping and Russian President Vladimir Putin spoke by video link on Tuesday. ' +
      'The two heads of state reviewed bilateral relations over the past year and exchanged views on the Ukraine crisis.',
    entities: [
      P('Xi Jinping', 'Chinese President Xi Jinping', 'Xi'),
      P('Vladimir Putin', 'Russian President Vladimir Putin', 'Putin'),
      S('China', 'Chinese'),
      S('Russia', 'Russian'),
      S('Ukraine'),
      E('Xi-Putin video call', ['video call', 'video link', 'Xi-Putin video conversation'], '2025-01-21'),
    ],
    relations: [...took('Xi-Putin video call', 'Xi Jinping', 'Vladimir Putin')],
  },
  {
    id: 'tk-addressed-the-summit-in-city-by-video-link',
    form: 'newspaper: "President X addressed the G20 summit in City by video link on Date, setting out …" (taking part in a summit by video link)',
    date: '2022-11-15',
    source: 'The Kyiv Independent',
    text: 'President Volodymyr Zelensky addressed the G20 summit in Bali by video link on 15 November 2022, setting out a ten-point peace formula.',
    entities: [
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky', 'Zelensky'),
      O('G20'),
      E('G20 summit in Bali', ['G20 summit', 'Bali summit'], '2022-11-15'),
    ],
    relations: [...took('G20 summit in Bali', 'Volodymyr Zelensky'), ...inv('G20 summit in Bali', 'G20')],
  },
  {
    id: 'tk-heard-from-president-who-joined-the-summit-by-video-link-president-chaired-the-two-day-meeting',
    form: 'news site: "EU leaders meeting in City on Thursday heard from President X, who joined the summit by video link from City. Title Y chaired the two-day meeting" (a summit told by "leaders meeting"; a video participant; its chair)',
    date: '2024-03-21',
    source: 'Euractiv',
    text:
      'EU leaders meeting in Brussels on Thursday heard from President Volodymyr Zelenskyy, who joined the summit by video link from Kyiv. ' +
      'European Council President Charles Michel chaired the two-day meeting.',
    entities: [
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Charles Michel', 'European Council President Charles Michel', 'Michel'),
      O('European Union', 'EU'),
      O('European Council'),
      E('European Council summit in Brussels', ['summit', 'two-day meeting', 'EU leaders meeting'], '2024-03-21'),
    ],
    relations: [
      ...took('European Council summit in Brussels', 'Volodymyr Zelenskyy', 'Charles Michel'),
      ...inv('European Council summit in Brussels', 'European Union'),
    ],
  },
  {
    id: 'tk-ended-his-visit-the-programme-in-city-included-a-meeting-with-and-a-lunch-with',
    form: 'news agency: "Title X ended his three-day visit to Z on Tuesday. The programme in City included a meeting with Title Y at Place and a lunch with Title W" (the visit\'s programme as its parts)',
    date: '2024-04-16',
    source: 'dpa',
    text:
      'Chancellor Olaf Scholz ended his three-day visit to China on Tuesday. ' +
      'The programme in Beijing included a meeting with President Xi Jinping at the Diaoyutai State Guesthouse and a lunch with Premier Li Qiang.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Xi Jinping', 'President Xi Jinping'),
      P('Li Qiang', 'Premier Li Qiang'),
      S('China'),
      E("Scholz's visit to China", ['three-day visit to China', 'visit'], '2024-04-14'),
      E('Scholz-Xi meeting in Beijing', ['meeting with President Xi Jinping', 'Scholz-Xi meeting'], '2024-04-16'),
      E('Scholz-Li lunch in Beijing', ['lunch with Premier Li Qiang', 'lunch'], '2024-04-16'),
    ],
    relations: [
      ...took("Scholz's visit to China", 'Olaf Scholz'),
      ...took('Scholz-Xi meeting in Beijing', 'Olaf Scholz', 'Xi Jinping'),
      part('Scholz-Xi meeting in Beijing', "Scholz's visit to China"),
      ...took('Scholz-Li lunch in Beijing', 'Olaf Scholz', 'Li Qiang'),
      part('Scholz-Li lunch in Beijing', "Scholz's visit to China"),
    ],
  },
  {
    id: 'tk-concluded-his-visit-the-programme-of-the-visit-included-one-on-one-talks-followed-by-delegation-level-talks',
    form: 'broadcaster: "Prime Minister X concluded his visit to Z on Date. The programme of the visit included one-on-one talks with President Y at Place, followed by delegation-level talks" (two sessions of the visit told by its programme)',
    date: '2024-08-23',
    source: 'DD News',
    text:
      'Prime Minister Narendra Modi concluded his visit to Ukraine on 23 August 2024. ' +
      'The programme of the visit included one-on-one talks with President Volodymyr Zelenskyy at the Mariinskyi Palace, followed by delegation-level talks.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy'),
      S('Ukraine'),
      E("Modi's visit to Ukraine", ['visit to Ukraine', 'visit'], '2024-08-23'),
      E('Modi-Zelenskyy one-on-one talks', ['one-on-one talks'], '2024-08-23'),
      E('Modi-Zelenskyy delegation-level talks', ['delegation-level talks'], '2024-08-23'),
    ],
    relations: [
      ...took("Modi's visit to Ukraine", 'Narendra Modi'),
      ...took('Modi-Zelenskyy one-on-one talks', 'Narendra Modi', 'Volodymyr Zelenskyy'),
      part('Modi-Zelenskyy one-on-one talks', "Modi's visit to Ukraine"),
      ...took('Modi-Zelenskyy delegation-level talks', 'Narendra Modi', 'Volodymyr Zelenskyy'),
      part('Modi-Zelenskyy delegation-level talks', "Modi's visit to Ukraine"),
    ],
  },
];

/** Sessions told after the whole: "the visit continued with", "was followed by", "The day ended with". */
const SESSIONS: BankCase[] = [
  {
    id: 'ss-arrived-for-a-working-visit-after-talks-the-visit-continued-with-a-working-lunch-and-the-nth-council',
    form: 'newspaper: "President X arrived in City on Date for a one-day working visit. After talks with Prime Minister Y at Place, the visit continued with a working lunch hosted by the Prime Minister and the fifth meeting of the Z Council, which the two leaders co-chaired" (three parts of a visit told after it)',
    date: '2023-12-07',
    source: 'Kathimerini',
    text:
      'President Recep Tayyip Erdoğan arrived in Athens on 7 December 2023 for a one-day working visit. ' +
      'After talks with Prime Minister Kyriakos Mitsotakis at the Maximos Mansion, the visit continued with a working lunch hosted by the Prime Minister and the fifth meeting of the Greece-Türkiye High-Level Cooperation Council, which the two leaders co-chaired.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'the Prime Minister', 'Mitsotakis'),
      S('Greece'),
      S('Türkiye', 'Turkey'),
      E("Erdoğan's working visit to Athens", ['one-day working visit', 'working visit', 'visit'], '2023-12-07'),
      E('Erdoğan-Mitsotakis talks at the Maximos Mansion', ['Erdoğan-Mitsotakis talks', 'talks'], '2023-12-07'),
      E('working lunch hosted by Mitsotakis', ['working lunch'], '2023-12-07'),
      E(
        'fifth meeting of the Greece-Türkiye High-Level Cooperation Council',
        ['fifth meeting of the High-Level Cooperation Council', 'High-Level Cooperation Council'],
        '2023-12-07',
      ),
    ],
    relations: [
      ...took("Erdoğan's working visit to Athens", 'Recep Tayyip Erdoğan'),
      ...took('Erdoğan-Mitsotakis talks at the Maximos Mansion', 'Recep Tayyip Erdoğan', 'Kyriakos Mitsotakis'),
      part('Erdoğan-Mitsotakis talks at the Maximos Mansion', "Erdoğan's working visit to Athens"),
      ...took('working lunch hosted by Mitsotakis', 'Recep Tayyip Erdoğan', 'Kyriakos Mitsotakis'),
      part('working lunch hosted by Mitsotakis', "Erdoğan's working visit to Athens"),
      ...took(
        'fifth meeting of the Greece-Türkiye High-Level Cooperation Council',
        'Recep Tayyip Erdoğan',
        'Kyriakos Mitsotakis',
      ),
      part('fifth meeting of the Greece-Türkiye High-Level Cooperation Council', "Erdoğan's working visit to Athens"),
      ...inv('fifth meeting of the Greece-Türkiye High-Level Cooperation Council', 'Greece', 'Türkiye'),
    ],
  },
  {
    id: 'ss-held-their-first-trilateral-summit-the-summit-was-followed-by-a-joint-press-conference',
    form: 'newspaper: "X, <demonym> President Y and <demonym> Prime Minister Z held their first stand-alone trilateral summit at Place on Friday. The summit was followed by a joint press conference, and the three leaders adopted the W" (a press conference after the whole; a document adopted)',
    date: '2023-08-18',
    source: 'Korea JoongAng Daily',
    text:
      'President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida held their first stand-alone trilateral summit at Camp David on Friday. ' +
      'The summit was followed by a joint press conference, and the three leaders adopted the Camp David Principles.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol'),
      P('Joe Biden', 'U.S. President Joe Biden'),
      P('Fumio Kishida', 'Japanese Prime Minister Fumio Kishida'),
      S('United States', 'U.S.'),
      S('Japan', 'Japanese'),
      A('Camp David Principles'),
      E('Camp David trilateral summit', ['trilateral summit', 'summit at Camp David', 'summit'], '2023-08-18'),
      E('joint press conference at Camp David', ['joint press conference'], '2023-08-18'),
    ],
    relations: [
      ...took('Camp David trilateral summit', 'Yoon Suk Yeol', 'Joe Biden', 'Fumio Kishida'),
      ...took('joint press conference at Camp David', 'Yoon Suk Yeol', 'Joe Biden', 'Fumio Kishida'),
      part('joint press conference at Camp David', 'Camp David trilateral summit'),
      at('Camp David Principles', 'Camp David trilateral summit'),
    ],
  },
  {
    id: 'ss-held-talks-in-city-the-talks-were-preceded-by-a-tete-a-tete',
    form: 'government: "Prime Minister X held talks with President Y in City on Monday. The talks were preceded by a tête-à-tête between the two leaders" (a session told after the whole)',
    date: '2024-07-08',
    source: 'Government of Hungary',
    text:
      'Prime Minister Viktor Orbán held talks with President Xi Jinping in Beijing on Monday. ' +
      'The talks were preceded by a tête-à-tête between the two leaders.',
    entities: [
      P('Viktor Orbán', 'Prime Minister Viktor Orbán', 'Orbán'),
      P('Xi Jinping', 'President Xi Jinping'),
      E('Orbán-Xi talks in Beijing', ['Orbán-Xi talks', 'talks'], '2024-07-08'),
      E('Orbán-Xi tête-à-tête', ['tête-à-tête'], '2024-07-08'),
    ],
    relations: [
      ...took('Orbán-Xi talks in Beijing', 'Viktor Orbán', 'Xi Jinping'),
      ...took('Orbán-Xi tête-à-tête', 'Viktor Orbán', 'Xi Jinping'),
      part('Orbán-Xi tête-à-tête', 'Orbán-Xi talks in Beijing'),
    ],
  },
  {
    id: 'ss-held-official-talks-the-visit-had-begun-the-evening-before-with-an-informal-dinner',
    form: 'newspaper: "<demonym> President X and <demonym> Prime Minister Y held official talks in Place on Date. The visit had begun the evening before with an informal dinner at Place, where the two leaders spoke one-on-one" (a visit told only by "The visit"; its dinner told after)',
    date: '2024-07-09',
    source: 'Rossiyskaya Gazeta',
    text:
      'Russian President Vladimir Putin and Indian Prime Minister Narendra Modi held official talks in the Kremlin on 9 July 2024. ' +
      'The visit had begun the evening before with an informal dinner at the Novo-Ogaryovo residence, where the two leaders spoke one-on-one.',
    entities: [
      P('Vladimir Putin', 'Russian President Vladimir Putin'),
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi'),
      S('Russia', 'Russian'),
      S('India', 'Indian'),
      E('Putin-Modi talks in the Kremlin', ['official talks', 'Putin-Modi talks'], '2024-07-09'),
      E("Modi's visit to Russia", ['visit'], '2024-07-08'),
      E('informal dinner at Novo-Ogaryovo', ['informal dinner', 'dinner at the Novo-Ogaryovo residence'], '2024-07-08'),
    ],
    relations: [
      ...took('Putin-Modi talks in the Kremlin', 'Vladimir Putin', 'Narendra Modi'),
      ...took("Modi's visit to Russia", 'Narendra Modi'),
      part('Putin-Modi talks in the Kremlin', "Modi's visit to Russia"),
      ...took('informal dinner at Novo-Ogaryovo', 'Vladimir Putin', 'Narendra Modi'),
      part('informal dinner at Novo-Ogaryovo', "Modi's visit to Russia"),
    ],
  },
  {
    id: 'ss-the-nth-summit-took-place-first-met-and-the-summit-continued-with-a-session-chaired-by',
    form: 'news site: "The Nth A-B Summit took place in City on Date. Title X and Title Y first met President Z, and the summit continued in the afternoon with a session chaired by Premier W" (two parts of a summit told after it)',
    date: '2025-07-24',
    source: 'Euronews',
    text:
      'The 25th EU-China Summit took place in Beijing on 24 July 2025. ' +
      'President of the European Council António Costa and President of the European Commission Ursula von der Leyen first met President Xi Jinping, and the summit continued in the afternoon with a session chaired by Premier Li Qiang.',
    entities: [
      P('António Costa', 'President of the European Council António Costa', 'Costa'),
      P('Ursula von der Leyen', 'President of the European Commission Ursula von der Leyen', 'von der Leyen'),
      P('Xi Jinping', 'President Xi Jinping'),
      P('Li Qiang', 'Premier Li Qiang'),
      O('European Union', 'EU'),
      S('China'),
      E('25th EU-China Summit', ['EU-China Summit', 'summit'], '2025-07-24'),
      E('meeting of Costa and von der Leyen with Xi Jinping', ['Costa-von der Leyen-Xi meeting'], '2025-07-24'),
      E(
        'afternoon session of the 25th EU-China Summit',
        ['afternoon session', 'session chaired by Premier Li Qiang'],
        '2025-07-24',
      ),
    ],
    relations: [
      ...took('25th EU-China Summit', 'António Costa', 'Ursula von der Leyen', 'Xi Jinping', 'Li Qiang'),
      ...inv('25th EU-China Summit', 'European Union', 'China'),
      ...took(
        'meeting of Costa and von der Leyen with Xi Jinping',
        'António Costa',
        'Ursula von der Leyen',
        'Xi Jinping',
      ),
      part('meeting of Costa and von der Leyen with Xi Jinping', '25th EU-China Summit'),
      ...took('afternoon session of the 25th EU-China Summit', 'António Costa', 'Ursula von der Leyen', 'Li Qiang'),
      part('afternoon session of the 25th EU-China Summit', '25th EU-China Summit'),
    ],
  },
  {
    id: 'ss-held-talks-on-the-first-day-of-the-state-visit-the-day-ended-with-a-state-banquet-hosted-by',
    form: 'party newspaper: "Title X held talks with Title Y in City on Date, the first day of Y\'s state visit to Z. The day ended with a state banquet hosted by Title W in honour of the <demonym> leader" (a banquet told after; its host and guest)',
    date: '2025-04-14',
    source: 'Nhân Dân',
    text:
      "General Secretary To Lam held talks with General Secretary and President Xi Jinping in Hanoi on 14 April 2025, the first day of Xi's state visit to Viet Nam. " +
      'The day ended with a state banquet hosted by State President Luong Cuong in honour of the Chinese leader.',
    entities: [
      P('To Lam', 'General Secretary To Lam'),
      P('Xi Jinping', 'General Secretary and President Xi Jinping', 'Chinese leader', 'Xi'),
      P('Luong Cuong', 'State President Luong Cuong'),
      S('Vietnam', 'Viet Nam'),
      S('China', 'Chinese'),
      E('To Lam-Xi talks in Hanoi', ['To Lam-Xi talks', 'talks'], '2025-04-14'),
      E("Xi's state visit to Vietnam", ['state visit to Viet Nam', 'state visit'], '2025-04-14'),
      E('state banquet in honour of Xi Jinping', ['state banquet'], '2025-04-14'),
    ],
    relations: [
      ...took('To Lam-Xi talks in Hanoi', 'To Lam', 'Xi Jinping'),
      ...took("Xi's state visit to Vietnam", 'Xi Jinping'),
      part('To Lam-Xi talks in Hanoi', "Xi's state visit to Vietnam"),
      ...took('state banquet in honour of Xi Jinping', 'Luong Cuong', 'Xi Jinping'),
      part('state banquet in honour of Xi Jinping', "Xi's state visit to Vietnam"),
    ],
  },
];

/** Events named by place or ordinal, and who took part in them. */
const NAMED: BankCase[] = [
  {
    id: 'nm-two-months-after-the-meeting-in-city-special-representatives-held-the-nth-round',
    form: 'newspaper: "Two months after the meeting of Prime Minister X and President Y in City in October, Special Representatives A and B held the 23rd round of their boundary talks in City on Date" (a past meeting referred to by place; a round by ordinal)',
    date: '2024-12-18',
    source: 'The Hindu',
    text: 'Two months after the meeting of Prime Minister Narendra Modi and President Xi Jinping in Kazan in October, Special Representatives Ajit Doval and Wang Yi held the 23rd round of their boundary talks in Beijing on 18 December 2024.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Xi Jinping', 'President Xi Jinping'),
      P('Ajit Doval', 'Doval'),
      P('Wang Yi'),
      E('Modi-Xi meeting in Kazan', ['meeting in Kazan', 'Kazan meeting'], '2024-10-23'),
      E(
        '23rd round of the Special Representatives boundary talks',
        ['23rd round of their boundary talks', '23rd round', 'boundary talks'],
        '2024-12-18',
      ),
    ],
    relations: [
      ...took('Modi-Xi meeting in Kazan', 'Narendra Modi', 'Xi Jinping'),
      ...took('23rd round of the Special Representatives boundary talks', 'Ajit Doval', 'Wang Yi'),
    ],
  },
  {
    id: 'nm-the-fifth-round-of-indirect-talks-between-a-and-b-ended-mediated-by-led-the-side',
    form: 'news agency: "City, Date, AGENCY – The fifth round of indirect talks between A and B ended in City on Friday. Title X said the round, mediated by <demonym> Title Y, had been … Title Z led the <demonym> side" (a round by ordinal; the mediator and the two heads)',
    date: '2025-05-23',
    source: 'IRNA',
    text:
      'Rome, May 23, IRNA – The fifth round of indirect talks between Iran and the United States ended in Rome on Friday. ' +
      "Foreign Minister Seyed Abbas Araghchi said the round, mediated by Omani Foreign Minister Badr Albusaidi, had been 'the most professional' so far. " +
      'US special envoy Steve Witkoff led the American side.',
    entities: [
      P('Abbas Araghchi', 'Foreign Minister Seyed Abbas Araghchi', 'Seyed Abbas Araghchi', 'Araghchi'),
      P('Badr Albusaidi', 'Omani Foreign Minister Badr Albusaidi'),
      P('Steve Witkoff', 'US special envoy Steve Witkoff'),
      S('Iran'),
      S('United States', 'US', 'American'),
      S('Oman', 'Omani'),
      E(
        'fifth round of Iran-US indirect talks',
        ['fifth round of indirect talks', 'fifth round', 'round'],
        '2025-05-23',
      ),
    ],
    relations: [
      ...took('fifth round of Iran-US indirect talks', 'Abbas Araghchi', 'Badr Albusaidi', 'Steve Witkoff'),
      ...inv('fifth round of Iran-US indirect talks', 'Iran', 'United States'),
    ],
  },
  {
    id: 'nm-said-the-city-summit-had-at-the-place-meeting-on-date-hosted-by-signed-a-joint-declaration',
    form: 'news agency: "Prime Minister X said on Date that the Washington summit had opened … At the White House meeting on Date, hosted by President Z, X and President Y signed a joint declaration" (a summit named by place, then by place again; its host; a declaration signed there)',
    date: '2025-08-12',
    source: 'Armenpress',
    text:
      'Prime Minister Nikol Pashinyan said on 12 August that the Washington summit had opened a new page in the region. ' +
      'At the White House meeting on 8 August, hosted by President Donald Trump, Pashinyan and President Ilham Aliyev signed a joint declaration.',
    entities: [
      P('Nikol Pashinyan', 'Prime Minister Nikol Pashinyan', 'Pashinyan'),
      P('Donald Trump', 'President Donald Trump'),
      P('Ilham Aliyev', 'President Ilham Aliyev'),
      A('Washington joint declaration', 'joint declaration'),
      E('Washington summit', ['White House meeting', 'Washington summit of 8 August'], '2025-08-08'),
    ],
    relations: [
      ...took('Washington summit', 'Nikol Pashinyan', 'Donald Trump', 'Ilham Aliyev'),
      at('Washington joint declaration', 'Washington summit'),
    ],
  },
  {
    id: 'nm-met-in-city-for-a-second-round-a-month-after-the-city-talks-produced-a-truce',
    form: 'newspaper: "<demonym> Title X and <demonym> Title Y met in City on Monday for a second round of trade talks, a month after the Geneva talks produced a 90-day truce" (a round by ordinal; an earlier round by place, with what it produced)',
    date: '2025-06-09',
    source: 'South China Morning Post',
    text: 'Chinese Vice-Premier He Lifeng and US Treasury Secretary Scott Bessent met in London on Monday for a second round of trade talks, a month after the Geneva talks produced a 90-day truce.',
    entities: [
      P('He Lifeng', 'Chinese Vice-Premier He Lifeng'),
      P('Scott Bessent', 'US Treasury Secretary Scott Bessent'),
      S('China', 'Chinese'),
      S('United States', 'US'),
      A('90-day truce', '90-day tariff truce'),
      E(
        'second round of US-China trade talks in London',
        ['second round of trade talks', 'London talks'],
        '2025-06-09',
      ),
      E('Geneva talks', ['US-China trade talks in Geneva'], '2025-05-10'),
    ],
    relations: [
      ...took('second round of US-China trade talks in London', 'He Lifeng', 'Scott Bessent'),
      at('90-day truce', 'Geneva talks'),
    ],
  },
  {
    id: 'nm-the-ceasefire-agreed-at-the-city-talks-was-holding-at-the-talks-hosted-by-he-and-agreed',
    form: 'newspaper: "Prime Minister X told Y that the ceasefire agreed at the City talks on Date was holding. At the talks, hosted by <demonym> Title Z, he and <demonym> Title W agreed to …" (talks named by place; the host and the two sides take part)',
    date: '2025-08-04',
    source: 'Khmer Times',
    text:
      'Prime Minister Hun Manet told the National Assembly that the ceasefire agreed at the Putrajaya talks on 28 July was holding. ' +
      'At the talks, hosted by Malaysian Prime Minister Anwar Ibrahim, he and Thai acting Prime Minister Phumtham Wechayachai agreed to an immediate and unconditional ceasefire.',
    entities: [
      P('Hun Manet', 'Prime Minister Hun Manet'),
      P('Anwar Ibrahim', 'Malaysian Prime Minister Anwar Ibrahim'),
      P('Phumtham Wechayachai', 'Thai acting Prime Minister Phumtham Wechayachai'),
      S('Malaysia', 'Malaysian'),
      S('Thailand', 'Thai'),
      A('Cambodia-Thailand ceasefire', 'ceasefire', 'immediate and unconditional ceasefire'),
      E('Putrajaya talks', ['talks in Putrajaya'], '2025-07-28'),
    ],
    relations: [
      ...took('Putrajaya talks', 'Hun Manet', 'Anwar Ibrahim', 'Phumtham Wechayachai'),
      at('Cambodia-Thailand ceasefire', 'Putrajaya talks'),
    ],
  },
  {
    id: 'nm-held-the-ninth-annual-leaders-meeting-the-centrepiece-of-the-first-visit-by-a-premier',
    form: 'newspaper: "Premier X and Prime Minister Y held the ninth A-B Annual Leaders\' Meeting at Place on Monday, the centrepiece of the first visit to A by a <demonym> premier in seven years" (a meeting by ordinal; a visit it is the centrepiece of)',
    date: '2024-06-17',
    source: 'The Canberra Times',
    text: "Premier Li Qiang and Prime Minister Anthony Albanese held the ninth Australia-China Annual Leaders' Meeting at Parliament House on Monday, the centrepiece of the first visit to Australia by a Chinese premier in seven years.",
    entities: [
      P('Li Qiang', 'Premier Li Qiang'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      S('Australia'),
      S('China', 'Chinese'),
      E(
        "ninth Australia-China Annual Leaders' Meeting",
        ["Annual Leaders' Meeting", "ninth Annual Leaders' Meeting"],
        '2024-06-17',
      ),
      E(
        "Li Qiang's visit to Australia",
        ['first visit to Australia by a Chinese premier in seven years', 'visit to Australia'],
        '2024-06-15',
      ),
    ],
    relations: [
      ...took("ninth Australia-China Annual Leaders' Meeting", 'Li Qiang', 'Anthony Albanese'),
      ...inv("ninth Australia-China Annual Leaders' Meeting", 'Australia', 'China'),
      ...took("Li Qiang's visit to Australia", 'Li Qiang'),
      part("ninth Australia-China Annual Leaders' Meeting", "Li Qiang's visit to Australia"),
    ],
  },
  {
    id: 'nm-held-talks-following-up-on-the-meeting-of-a-and-b-in-city-in-month',
    form: 'newspaper: "Foreign Minister X held talks with Foreign Minister Y in City on Date, following up on the meeting of Prime Minister A and President B in City in November" (a leaders\' meeting referred to by place and month)',
    date: '2024-12-25',
    source: 'Nikkei Asia',
    text: 'Foreign Minister Takeshi Iwaya held talks with Foreign Minister Wang Yi in Beijing on 25 December 2024, following up on the meeting of Prime Minister Shigeru Ishiba and President Xi Jinping in Lima in November.',
    entities: [
      P('Takeshi Iwaya', 'Foreign Minister Takeshi Iwaya'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      P('Shigeru Ishiba', 'Prime Minister Shigeru Ishiba'),
      P('Xi Jinping', 'President Xi Jinping'),
      E('Iwaya-Wang talks in Beijing', ['Iwaya-Wang talks', 'talks'], '2024-12-25'),
      E('Ishiba-Xi meeting in Lima', ['meeting in Lima', 'Ishiba-Xi meeting'], '2024-11-15'),
    ],
    relations: [
      ...took('Iwaya-Wang talks in Beijing', 'Takeshi Iwaya', 'Wang Yi'),
      ...took('Ishiba-Xi meeting in Lima', 'Shigeru Ishiba', 'Xi Jinping'),
    ],
  },
  {
    id: 'nm-met-on-the-margins-of-the-city-summit-of-the-organisation-his-first-visit-in-years',
    form: 'newspaper: "Prime Minister X met President Y on the margins of the City summit of the Z on Date, his first visit to W in seven years" (a summit named by place; the meeting on its margins; the visit in apposition)',
    date: '2025-08-31',
    source: 'The Indian Express',
    text: 'Prime Minister Narendra Modi met President Xi Jinping on the margins of the Tianjin summit of the Shanghai Cooperation Organisation on 31 August 2025, his first visit to China in seven years.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Xi Jinping', 'President Xi Jinping'),
      S('China'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      E('Modi-Xi meeting in Tianjin', ['Modi-Xi meeting', 'meeting'], '2025-08-31'),
      E(
        'SCO summit in Tianjin',
        ['Tianjin summit of the Shanghai Cooperation Organisation', 'Tianjin summit'],
        '2025-08-31',
      ),
      E("Modi's visit to China", ['first visit to China in seven years', 'visit to China'], '2025-08-31'),
    ],
    relations: [
      ...took('Modi-Xi meeting in Tianjin', 'Narendra Modi', 'Xi Jinping'),
      ...took('SCO summit in Tianjin', 'Narendra Modi', 'Xi Jinping'),
      ...inv('SCO summit in Tianjin', 'Shanghai Cooperation Organisation'),
      part('Modi-Xi meeting in Tianjin', 'SCO summit in Tianjin'),
      ...took("Modi's visit to China", 'Narendra Modi'),
      part('Modi-Xi meeting in Tianjin', "Modi's visit to China"),
    ],
  },
  {
    id: 'nm-the-third-round-of-direct-talks-between-a-and-b-took-place-delegation-led-by-opened-the-meeting',
    form: 'news agency: "The third round of direct talks between A and B took place at Place in City on Date and lasted about 40 minutes. The <demonym> delegation was led by X, the <demonym> one by Y. <demonym> Foreign Minister Z opened the meeting" (a round by ordinal; heads of delegations; the host minister)',
    date: '2025-07-23',
    source: 'Interfax',
    text:
      'The third round of direct talks between Russia and Ukraine took place at Çırağan Palace in Istanbul on 23 July 2025 and lasted about 40 minutes. ' +
      'The Ukrainian delegation was led by Rustem Umerov, the Russian one by Vladimir Medinsky. ' +
      'Turkish Foreign Minister Hakan Fidan opened the meeting.',
    entities: [
      P('Rustem Umerov', 'Umerov'),
      P('Vladimir Medinsky', 'Medinsky'),
      P('Hakan Fidan', 'Turkish Foreign Minister Hakan Fidan'),
      S('Russia', 'Russian'),
      S('Ukraine', 'Ukrainian'),
      S('Türkiye', 'Turkey', 'Turkish'),
      E(
        'third round of Russia-Ukraine direct talks in Istanbul',
        ['third round of direct talks', 'third round', 'meeting'],
        '2025-07-23',
      ),
    ],
    relations: [
      ...took(
        'third round of Russia-Ukraine direct talks in Istanbul',
        'Rustem Umerov',
        'Vladimir Medinsky',
        'Hakan Fidan',
      ),
      ...inv('third round of Russia-Ukraine direct talks in Istanbul', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'nm-said-that-the-place-summit-which-she-chaired-had-the-communique-adopted-at-the-summit',
    form: 'news site: "Federal President X said on Monday that the Place summit, which she chaired, had … More than 80 countries backed the joint communiqué adopted at the summit" (a summit by place; its chair; a document adopted there)',
    date: '2024-06-17',
    source: 'SWI swissinfo.ch',
    text:
      'Federal President Viola Amherd said on Monday that the Bürgenstock summit, which she chaired, had laid the ground for a peace process. ' +
      'More than 80 countries backed the joint communiqué adopted at the summit.',
    entities: [
      P('Viola Amherd', 'Federal President Viola Amherd', 'Amherd'),
      A('Bürgenstock joint communiqué', 'joint communiqué'),
      E('Bürgenstock summit', ['Summit on Peace in Ukraine', 'summit'], '2024-06-15'),
    ],
    relations: [
      ...took('Bürgenstock summit', 'Viola Amherd'),
      at('Bürgenstock joint communiqué', 'Bürgenstock summit'),
    ],
  },
];

/** Negatives: planned, postponed and programmed events have no participants; a slogan headline is no event. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-slogan-headline-then-met-on-the-sidelines-of-the-summit',
    form: 'newspaper: title a slogan ("Stabilising the relationship"); body "Prime Minister X met President Y on the sidelines of the Z Summit in City on Date" (the headline names no event)',
    date: '2024-11-18',
    title: 'Stabilising the relationship',
    source: 'The Guardian (Australia)',
    text: "Prime Minister Anthony Albanese met President Xi Jinping on the sidelines of the G20 Leaders' Summit in Rio de Janeiro on 18 November 2024.",
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      P('Xi Jinping', 'President Xi Jinping'),
      O('G20'),
      E('Albanese-Xi meeting in Rio de Janeiro', ['Albanese-Xi meeting', 'meeting'], '2024-11-18'),
      E("G20 Leaders' Summit in Rio de Janeiro", ["G20 Leaders' Summit", 'G20 summit'], '2024-11-18'),
    ],
    relations: [
      ...took('Albanese-Xi meeting in Rio de Janeiro', 'Anthony Albanese', 'Xi Jinping'),
      ...took("G20 Leaders' Summit in Rio de Janeiro", 'Anthony Albanese', 'Xi Jinping'),
      part('Albanese-Xi meeting in Rio de Janeiro', "G20 Leaders' Summit in Rio de Janeiro"),
      ...inv("G20 Leaders' Summit in Rio de Janeiro", 'G20'),
    ],
  },
  {
    id: 'negative-will-meet-at-place-on-tuesday-the-office-said',
    form: 'broadcaster: "Prime Minister X and President Y will meet at Place on Tuesday, the Prime Minister\'s Office said on Friday" (an announced meeting: an Event with no participants)',
    date: '2025-05-02',
    source: 'CBC News',
    text: "Prime Minister Mark Carney and President Donald Trump will meet at the White House on Tuesday, the Prime Minister's Office said on Friday.",
    entities: [
      P('Mark Carney', 'Prime Minister Mark Carney'),
      P('Donald Trump', 'President Donald Trump'),
      E('Carney-Trump meeting at the White House', ['Carney-Trump meeting', 'meeting'], '2025-05-06'),
    ],
    relations: [],
  },
  {
    id: 'negative-said-the-fourth-round-between-a-and-b-planned-for-city-had-been-postponed',
    form: 'news site: "<demonym> Title X said on Date that the fourth round of talks between A and B, planned for City on Saturday, had been postponed" (a postponed round: no participants; its two sides)',
    date: '2025-05-01',
    source: 'Al-Monitor',
    text: "Oman's Foreign Minister Badr Albusaidi said on 1 May 2025 that the fourth round of talks between Iran and the United States, planned for Rome on Saturday, had been postponed for logistical reasons.",
    entities: [
      P('Badr Albusaidi', "Oman's Foreign Minister Badr Albusaidi"),
      S('Oman'),
      S('Iran'),
      S('United States'),
      E('fourth round of Iran-US talks', ['fourth round of talks', 'fourth round'], '2025-05-03'),
    ],
    relations: [...inv('fourth round of Iran-US talks', 'Iran', 'United States')],
  },
  {
    id: 'negative-led-the-delegation-at-the-summit-with-the-president-staying-away',
    form: 'newspaper: "Premier X led the <demonym> delegation at the Z summit in City on Dates, with President Y staying away" (who stayed away takes no part)',
    date: '2023-09-09',
    source: 'Hindustan Times',
    text: 'Premier Li Qiang led the Chinese delegation at the G20 summit in New Delhi on 9 and 10 September 2023, with President Xi Jinping staying away.',
    entities: [
      P('Li Qiang', 'Premier Li Qiang'),
      P('Xi Jinping', 'President Xi Jinping'),
      S('China', 'Chinese'),
      O('G20'),
      E('G20 summit in New Delhi', ['G20 summit', 'New Delhi summit'], '2023-09-09'),
    ],
    relations: [...took('G20 summit in New Delhi', 'Li Qiang'), ...inv('G20 summit in New Delhi', 'G20')],
  },
  {
    id: 'negative-leaves-for-country-on-sunday-his-programme-includes-talks-and-an-address',
    form: 'broadcaster: "Prime Minister X leaves for Z on Sunday. His programme includes talks with Prime Minister Y in City and a keynote address at the W" (a programme still to come: Events with no participants)',
    date: '2025-03-14',
    source: 'RNZ',
    text:
      'Prime Minister Christopher Luxon leaves for India on Sunday. ' +
      'His programme includes talks with Prime Minister Narendra Modi in New Delhi and a keynote address at the Raisina Dialogue.',
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('India'),
      E("Luxon's visit to India", ['visit to India'], '2025-03-16'),
      E('Luxon-Modi talks in New Delhi', ['talks with Prime Minister Narendra Modi', 'Luxon-Modi talks'], '2025-03-17'),
      E('Raisina Dialogue', ['Raisina Dialogue 2025'], '2025-03-17'),
    ],
    relations: [part('Luxon-Modi talks in New Delhi', "Luxon's visit to India")],
  },
  {
    id: 'negative-invited-to-visit-during-their-meeting-in-the-oval-office',
    form: 'newspaper: "Taoiseach X invited President Y to visit Z during their meeting in the Oval Office on Date" (a held meeting; the visit invited to has no participants)',
    date: '2025-03-12',
    source: 'The Irish Times',
    text: 'Taoiseach Micheál Martin invited President Donald Trump to visit Ireland during their meeting in the Oval Office on 12 March 2025.',
    entities: [
      P('Micheál Martin', 'Taoiseach Micheál Martin'),
      P('Donald Trump', 'President Donald Trump'),
      S('Ireland'),
      E(
        'Martin-Trump meeting in the Oval Office',
        ['meeting in the Oval Office', 'Martin-Trump meeting'],
        '2025-03-12',
      ),
      E("Trump's visit to Ireland", ['visit Ireland', 'visit to Ireland']),
    ],
    relations: [...took('Martin-Trump meeting in the Oval Office', 'Micheál Martin', 'Donald Trump')],
  },
];

export const EVENT_BANK: BankCase[] = [...HEADLINES, ...TALKS, ...SESSIONS, ...NAMED, ...NEGATIVES];
