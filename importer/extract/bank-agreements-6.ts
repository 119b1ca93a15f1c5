// The sixth agreements bank (issue 6, round sgn27): a blind bank written before any rule change of the round, after
// reading the headers of bank-agreements-5.ts and bank-events-18.ts and the agr25, agr26 and ev26 sections of
// docs/first-look.md, on signings and exchanges of instruments, which carry many facts at once: the Agreement, its
// PARTY_TO sides, the signing Event (when the text tells one), REACHED_AT, the signatories' and witnesses'
// PARTICIPATED_IN and the signatories' NEGOTIATES_FOR. Forms: memoranda signed during a visit or after talks, several
// at once and listed; exchanges of notes and of instruments of ratification; agreements initialled and later signed;
// signings witnessed by leaders ("in the presence of", "witnessed", "looking on"); signatories named after the
// agreement ("signed by A for X and B for Y", "each for his country", "on behalf of their respective governments");
// signings set only by a city, a venue or "today"; a signing at the close of a session; agreements entering into force;
// status of (visiting) forces agreements; and negatives (agreements only announced, to be signed, or under
// negotiation). About half are short whole readouts (a title line and 3–6 sentences), half fragments.
// House styles not used by agreements banks 1–5: Antara, BSS, Kuensel, Khmer Times, The Hindu, Prensa Latina, Belga,
// BTA, Trend, Azertag, IRNA, Petra, New Vision, The Citizen (Tanzania), Premium Times, RNZ Pacific, The Philippine
// Star, NHK World, The Korea Herald, Agerpres, Tanjug, ČTK, MENA, the Jordan News Agency, the Kenya News Agency, The
// East African, the Fiji Times, the Samoa Observer, Rudaw, The Times of Israel, the Jakarta Globe, VnExpress, AKP,
// The Straits Times, CNA, BelTA, Georgia Today, the Kyiv Independent, Euronews, Politico Europe, ANP, Ritzau, STT,
// Notimex, Andina, Interfax.
// Conventions (GUIDE.md): an agreement is REACHED_AT an event only when the text mentions one as such (a ceremony,
// talks, a meeting, a visit, a summit, a session, a round): "signed in Kigali", "signed today", "signed at Palazzo
// Chigi" make no Event, no REACHED_AT and no PARTICIPATED_IN (the GUIDE's "A place alone makes no event"; events-17 and
// events-18 read a venue or a city as the occasion, the agreements banks do not: this bank follows the GUIDE). A
// signing ceremony is an Event its signatories and the witnesses the text names take part in; the agreements signed
// there are REACHED_AT it and at the visit, talks or summit the text puts it in; the visitor takes part in the visit,
// the host only in the parts the text puts him in. Documents signed "after the talks" are REACHED_AT the talks. An
// exchange of instruments of ratification and an entry into force reach nothing (the agreement's REACHED_AT is where
// it was signed); an agreement initialled at one event and signed at another is REACHED_AT both. A signatory "for X",
// "on behalf of X", "each for his country" or "on behalf of their respective governments" NEGOTIATES_FOR X; a plain
// signature gives none. Agreements announced, to be signed or under negotiation keep their PARTY_TO and get no
// REACHED_AT. Witnesses, hosts and depositaries are no parties.
// Its area: Agreements, Events, PARTY_TO, REACHED_AT, PARTICIPATED_IN, NEGOTIATES_FOR (offices are not scored here).
// Run: `npm run bank -- agreements-6`.
import {
  A,
  type BankCase,
  E,
  O,
  P,
  S,
  partyRels as party,
  reachedAtRel as at,
  took,
  type AgreementRel as Rel,
} from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['PARTY_TO', 'REACHED_AT', 'PARTICIPATED_IN', 'NEGOTIATES_FOR'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Agreement', 'Event'];

/** "A signed for X": NEGOTIATES_FOR the side. */
const nf = (person: string, side: string): Rel => ['NEGOTIATES_FOR', person, side];

/** Several memoranda or agreements signed during a visit or after talks, listed. */
const LISTED: BankCase[] = [
  {
    id: 'listed-exchanged-at-ceremony-during-state-visit-witnessed',
    form: 'title + "PM A and PM B witnessed the exchange of several agreements and memoranda at a ceremony in City on Friday, during B\'s state visit to X. They included the Agreement on …, a memorandum of understanding on … and a memorandum of understanding on …" (listed; ceremony inside a visit)',
    date: '2024-03-22',
    title: 'Bhutan and India exchange agreements during Prime Minister Modi’s state visit',
    source: 'Kuensel',
    text:
      'THIMPHU – Prime Minister Tshering Tobgay and Prime Minister Narendra Modi witnessed the exchange of several agreements and memoranda of understanding at a ceremony in Thimphu on Friday, during Mr Modi’s state visit to Bhutan. ' +
      'They included the Agreement on the General Supply of Petroleum, Oil, Lubricants and Related Products, a memorandum of understanding on energy efficiency and energy conservation, and a memorandum of understanding on the establishment of rail links between Bhutan and India. ' +
      'The two Prime Ministers also reviewed progress on the Gelephu Mindfulness City.',
    entities: [
      P('Tshering Tobgay', 'Prime Minister Tshering Tobgay'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Mr Modi'),
      S('Bhutan'),
      S('India'),
      A('Agreement on the General Supply of Petroleum, Oil, Lubricants and Related Products'),
      A('memorandum of understanding on energy efficiency and energy conservation'),
      A('memorandum of understanding on the establishment of rail links between Bhutan and India'),
      E('exchange ceremony in Thimphu', ['ceremony', 'ceremony in Thimphu', 'exchange of agreements'], '2024-03-22'),
      E('state visit of Narendra Modi to Bhutan', ['state visit', 'Mr Modi’s state visit to Bhutan'], '2024-03-22'),
    ],
    relations: [
      ...party('Agreement on the General Supply of Petroleum, Oil, Lubricants and Related Products', 'Bhutan', 'India'),
      ...party('memorandum of understanding on energy efficiency and energy conservation', 'Bhutan', 'India'),
      ...party(
        'memorandum of understanding on the establishment of rail links between Bhutan and India',
        'Bhutan',
        'India',
      ),
      at(
        'Agreement on the General Supply of Petroleum, Oil, Lubricants and Related Products',
        'exchange ceremony in Thimphu',
      ),
      at('memorandum of understanding on energy efficiency and energy conservation', 'exchange ceremony in Thimphu'),
      at(
        'memorandum of understanding on the establishment of rail links between Bhutan and India',
        'exchange ceremony in Thimphu',
      ),
      at(
        'Agreement on the General Supply of Petroleum, Oil, Lubricants and Related Products',
        'state visit of Narendra Modi to Bhutan',
      ),
      at(
        'memorandum of understanding on energy efficiency and energy conservation',
        'state visit of Narendra Modi to Bhutan',
      ),
      at(
        'memorandum of understanding on the establishment of rail links between Bhutan and India',
        'state visit of Narendra Modi to Bhutan',
      ),
      ...took('exchange ceremony in Thimphu', 'Tshering Tobgay', 'Narendra Modi'),
      ...took('state visit of Narendra Modi to Bhutan', 'Narendra Modi'),
    ],
  },
  {
    id: 'listed-signed-after-talks-at-house-among-them',
    form: 'agency: "A and B signed ten instruments … after the official talks between PM X and her counterpart Y at House here today. Among them are a memorandum of understanding on …, …" (listed after "Among them are"; REACHED_AT the talks)',
    date: '2024-06-22',
    source: 'Bangladesh Sangbad Sangstha (BSS)',
    text:
      'NEW DELHI, June 22 (BSS) – Bangladesh and India signed ten instruments, seven of them new memoranda of understanding, after the official talks between Prime Minister Sheikh Hasina and her Indian counterpart Narendra Modi at Hyderabad House here today. ' +
      'Among them are a memorandum of understanding on maritime cooperation and the blue economy, a memorandum of understanding on cooperation in the digital domain and a memorandum of understanding on a green partnership.',
    entities: [
      P('Sheikh Hasina', 'Prime Minister Sheikh Hasina'),
      P('Narendra Modi'),
      S('Bangladesh'),
      S('India', 'Indian'),
      A('memorandum of understanding on maritime cooperation and the blue economy'),
      A('memorandum of understanding on cooperation in the digital domain'),
      A('memorandum of understanding on a green partnership'),
      E('Hasina-Modi talks at Hyderabad House', ['official talks', 'talks'], '2024-06-22'),
    ],
    relations: [
      ...party('memorandum of understanding on maritime cooperation and the blue economy', 'Bangladesh', 'India'),
      ...party('memorandum of understanding on cooperation in the digital domain', 'Bangladesh', 'India'),
      ...party('memorandum of understanding on a green partnership', 'Bangladesh', 'India'),
      at(
        'memorandum of understanding on maritime cooperation and the blue economy',
        'Hasina-Modi talks at Hyderabad House',
      ),
      at('memorandum of understanding on cooperation in the digital domain', 'Hasina-Modi talks at Hyderabad House'),
      at('memorandum of understanding on a green partnership', 'Hasina-Modi talks at Hyderabad House'),
      ...took('Hasina-Modi talks at Hyderabad House', 'Sheikh Hasina', 'Narendra Modi'),
    ],
  },
  {
    id: 'listed-leaders-held-talks-and-witnessed-exchange-among-them-treaty',
    form: 'newspaper: "PM X and President Y held talks here on Tuesday and witnessed the exchange of eight agreements, among them the Bilateral Investment Treaty and an Intergovernmental Framework Agreement on …" (witnessed exchange; REACHED_AT the talks)',
    date: '2024-02-13',
    source: 'The Hindu',
    text:
      'ABU DHABI: Prime Minister Narendra Modi and UAE President Sheikh Mohamed bin Zayed Al Nahyan held talks here on Tuesday and witnessed the exchange of eight agreements, among them the Bilateral Investment Treaty and an Intergovernmental Framework Agreement on the India-Middle East Economic Corridor. ' +
      'Mr. Modi later addressed the Indian community at the Zayed Sports City stadium.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Mr. Modi'),
      P('Mohamed bin Zayed Al Nahyan', 'UAE President Sheikh Mohamed bin Zayed Al Nahyan'),
      S('India', 'Indian'),
      S('United Arab Emirates', 'UAE'),
      A('Bilateral Investment Treaty'),
      A(
        'Intergovernmental Framework Agreement on the India-Middle East Economic Corridor',
        'Intergovernmental Framework Agreement',
      ),
      E('Modi-Mohamed bin Zayed talks in Abu Dhabi', ['talks'], '2024-02-13'),
    ],
    relations: [
      ...party('Bilateral Investment Treaty', 'India', 'United Arab Emirates'),
      ...party(
        'Intergovernmental Framework Agreement on the India-Middle East Economic Corridor',
        'India',
        'United Arab Emirates',
      ),
      at('Bilateral Investment Treaty', 'Modi-Mohamed bin Zayed talks in Abu Dhabi'),
      at(
        'Intergovernmental Framework Agreement on the India-Middle East Economic Corridor',
        'Modi-Mohamed bin Zayed talks in Abu Dhabi',
      ),
      ...took('Modi-Mohamed bin Zayed talks in Abu Dhabi', 'Narendra Modi', 'Mohamed bin Zayed Al Nahyan'),
    ],
  },
  {
    id: 'listed-two-treaties-signed-during-annual-consultation-ministers-for-each',
    form: 'agency: "A and B signed two … treaties during the Annual Consultation between President X and PM Y …: the Treaty on … and the Treaty on …. FM C signed for A and FM D for B, with the two leaders looking on" (gapped "for"; witnesses)',
    date: '2023-06-08',
    source: 'Antara',
    text:
      'Jakarta (ANTARA) - Indonesia and Malaysia signed two maritime boundary treaties during the 13th Annual Consultation between President Joko Widodo and Prime Minister Anwar Ibrahim at the Merdeka Palace on Thursday: the Treaty on the Delimitation of the Territorial Sea in the Sulawesi Sea and the Treaty on the Delimitation of the Territorial Sea in the Southernmost Part of the Strait of Malacca. ' +
      'Foreign Minister Retno Marsudi signed for Indonesia and Foreign Minister Zambry Abd Kadir for Malaysia, with the two leaders looking on.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi'),
      P('Zambry Abd Kadir', 'Foreign Minister Zambry Abd Kadir'),
      S('Indonesia'),
      S('Malaysia'),
      A('Treaty on the Delimitation of the Territorial Sea in the Sulawesi Sea'),
      A('Treaty on the Delimitation of the Territorial Sea in the Southernmost Part of the Strait of Malacca'),
      E(
        '13th Annual Consultation between Indonesia and Malaysia',
        ['13th Annual Consultation', 'Annual Consultation'],
        '2023-06-08',
      ),
    ],
    relations: [
      ...party('Treaty on the Delimitation of the Territorial Sea in the Sulawesi Sea', 'Indonesia', 'Malaysia'),
      ...party(
        'Treaty on the Delimitation of the Territorial Sea in the Southernmost Part of the Strait of Malacca',
        'Indonesia',
        'Malaysia',
      ),
      at(
        'Treaty on the Delimitation of the Territorial Sea in the Sulawesi Sea',
        '13th Annual Consultation between Indonesia and Malaysia',
      ),
      at(
        'Treaty on the Delimitation of the Territorial Sea in the Southernmost Part of the Strait of Malacca',
        '13th Annual Consultation between Indonesia and Malaysia',
      ),
      ...took(
        '13th Annual Consultation between Indonesia and Malaysia',
        'Joko Widodo',
        'Anwar Ibrahim',
        'Retno Marsudi',
        'Zambry Abd Kadir',
      ),
      nf('Retno Marsudi', 'Indonesia'),
      nf('Zambry Abd Kadir', 'Malaysia'),
    ],
  },
  {
    id: 'listed-fragment-documents-signed-during-visit-colon-list',
    form: 'fragment: "During the visit, the following documents were signed: the Agreement on …; the Memorandum of Understanding on …; and the Programme of …" (colon list; REACHED_AT the visit told before)',
    date: '2024-05-08',
    source: 'Tanjug',
    text:
      'Chinese President Xi Jinping arrived in Belgrade on Tuesday evening for a state visit to Serbia at the invitation of President Aleksandar Vučić. ' +
      'During the visit, the following documents were signed: the Agreement on Economic and Technical Cooperation between the Government of the Republic of Serbia and the Government of the People’s Republic of China; the Memorandum of Understanding on Strengthening Cooperation in the Digital Economy; and the Programme of Cooperation in Culture for 2024–2027.',
    entities: [
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      P('Aleksandar Vučić', 'President Aleksandar Vučić'),
      S('China', 'People’s Republic of China', 'Chinese'),
      S('Serbia', 'Republic of Serbia'),
      A(
        'Agreement on Economic and Technical Cooperation between the Government of the Republic of Serbia and the Government of the People’s Republic of China',
        'Agreement on Economic and Technical Cooperation',
      ),
      A('Memorandum of Understanding on Strengthening Cooperation in the Digital Economy'),
      A('Programme of Cooperation in Culture for 2024–2027', 'Programme of Cooperation in Culture'),
      E('state visit of Xi Jinping to Serbia', ['state visit', 'visit'], '2024-05-07'),
    ],
    relations: [
      ...party(
        'Agreement on Economic and Technical Cooperation between the Government of the Republic of Serbia and the Government of the People’s Republic of China',
        'Serbia',
        'China',
      ),
      ...party('Memorandum of Understanding on Strengthening Cooperation in the Digital Economy', 'Serbia', 'China'),
      ...party('Programme of Cooperation in Culture for 2024–2027', 'Serbia', 'China'),
      at(
        'Agreement on Economic and Technical Cooperation between the Government of the Republic of Serbia and the Government of the People’s Republic of China',
        'state visit of Xi Jinping to Serbia',
      ),
      at(
        'Memorandum of Understanding on Strengthening Cooperation in the Digital Economy',
        'state visit of Xi Jinping to Serbia',
      ),
      at('Programme of Cooperation in Culture for 2024–2027', 'state visit of Xi Jinping to Serbia'),
      ...took('state visit of Xi Jinping to Serbia', 'Xi Jinping'),
    ],
  },
  {
    id: 'listed-leaders-oversaw-signing-ceremony-after-talks-including',
    form: 'newspaper: title; "PM X and President Y oversaw the signing of 37 cooperation documents at the Peace Palace on Thursday following their talks, including an agreement on … and a memorandum of understanding on …" ("oversaw the signing"; REACHED_AT the talks)',
    date: '2025-04-17',
    title: 'Cambodia, China sign 37 cooperation documents during Xi visit',
    source: 'Khmer Times',
    text:
      'PHNOM PENH – Prime Minister Hun Manet and Chinese President Xi Jinping oversaw the signing of 37 cooperation documents at the Peace Palace on Thursday following their talks, including an agreement on economic and technical cooperation and a memorandum of understanding on joint law enforcement cooperation. ' +
      'Mr Xi is in Cambodia on a two-day state visit, the last leg of a tour that took him to Vietnam and Malaysia.',
    entities: [
      P('Hun Manet', 'Prime Minister Hun Manet'),
      P('Xi Jinping', 'Chinese President Xi Jinping', 'Mr Xi'),
      S('Cambodia'),
      S('China', 'Chinese'),
      S('Vietnam'),
      S('Malaysia'),
      A(
        'agreement on economic and technical cooperation between Cambodia and China',
        'agreement on economic and technical cooperation',
      ),
      A('memorandum of understanding on joint law enforcement cooperation'),
      E('Hun Manet-Xi Jinping talks at the Peace Palace', ['talks', 'their talks'], '2025-04-17'),
      E('state visit of Xi Jinping to Cambodia', ['two-day state visit', 'state visit'], '2025-04-17'),
    ],
    relations: [
      ...party('agreement on economic and technical cooperation between Cambodia and China', 'Cambodia', 'China'),
      ...party('memorandum of understanding on joint law enforcement cooperation', 'Cambodia', 'China'),
      at(
        'agreement on economic and technical cooperation between Cambodia and China',
        'Hun Manet-Xi Jinping talks at the Peace Palace',
      ),
      at(
        'memorandum of understanding on joint law enforcement cooperation',
        'Hun Manet-Xi Jinping talks at the Peace Palace',
      ),
      ...took('Hun Manet-Xi Jinping talks at the Peace Palace', 'Hun Manet', 'Xi Jinping'),
      ...took('state visit of Xi Jinping to Cambodia', 'Xi Jinping'),
    ],
  },
  {
    id: 'listed-sidelines-of-summit-eight-parties-one-memorandum-co-chaired-event',
    form: 'broadcaster: "On the sidelines of the G20 Summit, A, B, C, D, E, F, G and the EU signed a memorandum of understanding on …. PM X, who co-chaired the special event with President Y, …" (eight parties; REACHED_AT the summit)',
    date: '2023-09-09',
    source: 'Euronews',
    text:
      'NEW DELHI – On the sidelines of the G20 Summit, India, the United States, Saudi Arabia, the United Arab Emirates, France, Germany, Italy and the European Union signed a memorandum of understanding on the India-Middle East-Europe Economic Corridor. ' +
      'Prime Minister Narendra Modi, who co-chaired the special event on the corridor with President Joe Biden, called it a beacon of cooperation for the coming century.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Joe Biden', 'President Joe Biden'),
      S('India'),
      S('United States'),
      S('Saudi Arabia'),
      S('United Arab Emirates'),
      S('France'),
      S('Germany'),
      S('Italy'),
      O('European Union'),
      O('G20'),
      A('memorandum of understanding on the India-Middle East-Europe Economic Corridor', 'memorandum of understanding'),
      E('G20 Summit in New Delhi', ['G20 Summit'], '2023-09-09'),
      E('special event on the India-Middle East-Europe Economic Corridor', ['special event'], '2023-09-09'),
    ],
    relations: [
      ...party(
        'memorandum of understanding on the India-Middle East-Europe Economic Corridor',
        'India',
        'United States',
        'Saudi Arabia',
        'United Arab Emirates',
        'France',
        'Germany',
        'Italy',
        'European Union',
      ),
      at('memorandum of understanding on the India-Middle East-Europe Economic Corridor', 'G20 Summit in New Delhi'),
      ...took('G20 Summit in New Delhi', 'Narendra Modi', 'Joe Biden'),
      ...took('special event on the India-Middle East-Europe Economic Corridor', 'Narendra Modi', 'Joe Biden'),
    ],
  },
];

/** Exchanges of notes and of instruments of ratification; agreements initialled, then signed. */
const EXCHANGES: BankCase[] = [
  {
    id: 'exchange-of-notes-signed-by-ambassador-and-secretary-in-presence-of-leaders',
    form: 'newspaper: "Ambassador A and Secretary B signed the exchange of notes on … in the presence of PM X and President Y, after their bilateral meeting at Malacañang" (an exchange of notes as the agreement; witnesses; REACHED_AT the meeting)',
    date: '2023-11-03',
    source: 'The Philippine Star',
    text:
      'Japanese Ambassador Kazuhiko Koshikawa and Foreign Affairs Secretary Enrique Manalo signed the exchange of notes on the provision of coastal radar systems under Japan’s Official Security Assistance in the presence of Prime Minister Fumio Kishida and President Ferdinand Marcos Jr., after their bilateral meeting at Malacañang on Friday. ' +
      'The two leaders also announced the start of negotiations on a reciprocal access agreement.',
    entities: [
      P('Kazuhiko Koshikawa', 'Japanese Ambassador Kazuhiko Koshikawa'),
      P('Enrique Manalo', 'Foreign Affairs Secretary Enrique Manalo'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.'),
      S('Japan', 'Japanese'),
      S('Philippines'),
      A('exchange of notes on the provision of coastal radar systems', 'exchange of notes'),
      A('reciprocal access agreement'),
      E('Kishida-Marcos bilateral meeting at Malacañang', ['bilateral meeting', 'meeting'], '2023-11-03'),
    ],
    relations: [
      ...party('exchange of notes on the provision of coastal radar systems', 'Japan', 'Philippines'),
      ...party('reciprocal access agreement', 'Japan', 'Philippines'),
      at(
        'exchange of notes on the provision of coastal radar systems',
        'Kishida-Marcos bilateral meeting at Malacañang',
      ),
      ...took('Kishida-Marcos bilateral meeting at Malacañang', 'Fumio Kishida', 'Ferdinand Marcos Jr.'),
    ],
  },
  {
    id: 'exchange-of-notes-grant-aid-signed-for-fiji-today-in-suva',
    form: 'newspaper: "A and B today exchanged notes on a grant of … for …, in Suva. The notes were signed by PM X for A and the Japanese Ambassador for B" (the notes as the agreement; today and a city: no Event; a signatory "for A")',
    date: '2024-03-15',
    source: 'The Fiji Times',
    text:
      'Fiji and Japan today exchanged notes on a grant of 1 billion yen for the Economic and Social Development Programme, in Suva. ' +
      'The notes were signed by Prime Minister Sitiveni Rabuka for Fiji and by the Japanese Ambassador to Fiji for Japan.',
    entities: [
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka'),
      S('Fiji'),
      S('Japan', 'Japanese'),
      A('exchange of notes on a grant for the Economic and Social Development Programme', 'notes', 'notes on a grant'),
    ],
    relations: [
      ...party('exchange of notes on a grant for the Economic and Social Development Programme', 'Fiji', 'Japan'),
      nf('Sitiveni Rabuka', 'Fiji'),
    ],
  },

  {
    id: 'ratification-instruments-exchanged-during-state-visit-no-reached-at',
    form: 'presidential press office style via agency: "During the state visit, Presidents A and B exchanged the instruments of ratification of the Treaty on …, signed in Bishkek in …" (an exchange reaches nothing; REACHED_AT none; the visit\'s participants)',
    date: '2023-01-26',
    source: 'Trend',
    text:
      'TASHKENT, Uzbekistan, January 26. Kyrgyz President Sadyr Japarov is in Tashkent on a state visit at the invitation of President Shavkat Mirziyoyev. ' +
      'Following the talks, the two presidents exchanged the instruments of ratification of the Treaty on the Uzbek-Kyrgyz State Border, which was signed in Bishkek in November last year. ' +
      'The treaty enters into force today.',
    entities: [
      P('Sadyr Japarov', 'Kyrgyz President Sadyr Japarov'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      S('Kyrgyzstan', 'Kyrgyz'),
      S('Uzbekistan', 'Uzbek'),
      A('Treaty on the Uzbek-Kyrgyz State Border', 'treaty'),
      E('state visit of Sadyr Japarov to Uzbekistan', ['state visit'], '2023-01-26'),
      E('Japarov-Mirziyoyev talks in Tashkent', ['talks'], '2023-01-26'),
    ],
    relations: [
      ...party('Treaty on the Uzbek-Kyrgyz State Border', 'Uzbekistan', 'Kyrgyzstan'),
      ...took('state visit of Sadyr Japarov to Uzbekistan', 'Sadyr Japarov'),
      ...took('Japarov-Mirziyoyev talks in Tashkent', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
    ],
  },
  {
    id: 'ratification-instruments-exchanged-at-ceremony-ministers-take-part',
    form: 'agency: title; "Foreign Ministers A and B exchanged the instruments of ratification of the … Agreement at a ceremony in City on Monday, … It will enter into force on the first day of …" (a ceremony Event; no REACHED_AT)',
    date: '2025-02-10',
    title: 'Azerbaijan, Uzbekistan exchange ratification instruments of allied relations treaty',
    source: 'Azertag',
    text:
      'BAKU – Foreign Minister Jeyhun Bayramov and his Uzbek counterpart Bakhtiyor Saidov exchanged the instruments of ratification of the Treaty on Allied Relations between the Republic of Azerbaijan and the Republic of Uzbekistan at a ceremony in Baku on Monday. ' +
      'The treaty was signed by Presidents Ilham Aliyev and Shavkat Mirziyoyev in Tashkent in August 2024. ' +
      'It will enter into force on the date of the exchange.',
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov'),
      P('Bakhtiyor Saidov', 'Uzbek counterpart Bakhtiyor Saidov'),
      P('Ilham Aliyev', 'Presidents Ilham Aliyev'),
      P('Shavkat Mirziyoyev'),
      S('Azerbaijan', 'Republic of Azerbaijan'),
      S('Uzbekistan', 'Republic of Uzbekistan', 'Uzbek'),
      A(
        'Treaty on Allied Relations between the Republic of Azerbaijan and the Republic of Uzbekistan',
        'Treaty on Allied Relations',
        'treaty',
      ),
      E('ceremony of exchange of instruments of ratification in Baku', ['ceremony', 'ceremony in Baku'], '2025-02-10'),
    ],
    relations: [
      ...party(
        'Treaty on Allied Relations between the Republic of Azerbaijan and the Republic of Uzbekistan',
        'Azerbaijan',
        'Uzbekistan',
      ),
      ...took('ceremony of exchange of instruments of ratification in Baku', 'Jeyhun Bayramov', 'Bakhtiyor Saidov'),
    ],
  },
  {
    id: 'fragment-deposited-instrument-with-depositary-at-treaty-event-no-party',
    form: 'fragment: "X\'s Permanent Representative deposited the country\'s instrument of ratification of the … Agreement with the UN Secretary-General, the depositary, at a treaty event in New York" (PARTY_TO; the depositary no party; no REACHED_AT)',
    date: '2025-06-09',
    source: 'Belga',
    text:
      'Belgium’s Permanent Representative deposited the country’s instrument of ratification of the High Seas Treaty with the United Nations Secretary-General, the depositary, at a treaty event in New York on Monday. ' +
      'Sixty ratifications are needed for the agreement to enter into force.',
    entities: [
      S('Belgium'),
      O('United Nations'),
      A('High Seas Treaty', 'agreement'),
      E('treaty event in New York', ['treaty event'], '2025-06-09'),
    ],
    relations: [...party('High Seas Treaty', 'Belgium')],
  },

  {
    id: 'initialled-at-summit-signed-at-later-ceremony-reached-at-both',
    form: 'agency: "The Association Agreement between A and the EU, initialled at the Eastern Partnership summit in Vilnius in November, was signed in Brussels today by Prime Minister X and President Y of the European Council, at a ceremony on the margins of the European Council" (initialled then signed: REACHED_AT both; signatories take part in the ceremony)',
    date: '2014-06-27',
    source: 'Georgia Today',
    text:
      'BRUSSELS – The Association Agreement between Georgia and the European Union, initialled at the Eastern Partnership summit in Vilnius in November, was signed today by Prime Minister Irakli Garibashvili and European Council President Herman Van Rompuy at a ceremony on the margins of the European Council. ' +
      'Moldova signed its own Association Agreement at the same ceremony.',
    entities: [
      P('Irakli Garibashvili', 'Prime Minister Irakli Garibashvili'),
      P('Herman Van Rompuy', 'European Council President Herman Van Rompuy'),
      S('Georgia'),
      S('Moldova'),
      O('European Union'),
      O('European Council'),
      A('Association Agreement between Georgia and the European Union', 'Association Agreement'),
      A('Association Agreement between Moldova and the European Union', 'its own Association Agreement'),
      E('Eastern Partnership summit in Vilnius', ['Eastern Partnership summit'], '2013-11-29'),
      E('signing ceremony on the margins of the European Council', ['ceremony', 'same ceremony'], '2014-06-27'),
      E('European Council meeting of June 2014', ['European Council'], '2014-06-26'),
    ],
    relations: [
      ...party('Association Agreement between Georgia and the European Union', 'Georgia', 'European Union'),
      ...party('Association Agreement between Moldova and the European Union', 'Moldova', 'European Union'),
      at('Association Agreement between Georgia and the European Union', 'Eastern Partnership summit in Vilnius'),
      at(
        'Association Agreement between Georgia and the European Union',
        'signing ceremony on the margins of the European Council',
      ),
      at(
        'Association Agreement between Moldova and the European Union',
        'signing ceremony on the margins of the European Council',
      ),
      ...took('signing ceremony on the margins of the European Council', 'Irakli Garibashvili', 'Herman Van Rompuy'),
      ...took('European Council meeting of June 2014', 'Herman Van Rompuy'),
    ],
  },
  {
    id: 'initialled-by-chief-negotiators-at-close-of-final-round',
    form: 'agency: "At the close of the final round of negotiations in City, the chief negotiators of A and B initialled the … Agreement, which is to be signed …" (initialled at a round: REACHED_AT the round; no names, no participants)',
    date: '2019-07-06',
    source: 'Interfax',
    text: 'BISHKEK. July 6 (Interfax) - At the close of the final round of negotiations in Bishkek, the chief negotiators of the European Union and the Kyrgyz Republic initialled the Enhanced Partnership and Cooperation Agreement, which is to be signed after legal review.',
    entities: [
      S('Kyrgyzstan', 'Kyrgyz Republic'),
      O('European Union'),
      A('Enhanced Partnership and Cooperation Agreement'),
      E(
        'final round of EU-Kyrgyz negotiations in Bishkek',
        ['final round of negotiations', 'final round'],
        '2019-07-06',
      ),
    ],
    relations: [
      ...party('Enhanced Partnership and Cooperation Agreement', 'European Union', 'Kyrgyzstan'),
      at('Enhanced Partnership and Cooperation Agreement', 'final round of EU-Kyrgyz negotiations in Bishkek'),
    ],
  },
];

/** Signings witnessed by leaders: witnesses take part, signatories sign for their sides. */
const WITNESSED: BankCase[] = [
  {
    id: 'witnessed-peace-declaration-signed-by-two-pms-witnessed-by-two-presidents-at-summit',
    form: 'newspaper: title; "PM A of X and PM B of Y signed the … Joint Declaration on the sidelines of the ASEAN Summit in City on Sunday, witnessed by President C and PM D" (the signatories and witnesses take part in the summit; no party for the witnesses\' states)',
    date: '2025-10-26',
    title: 'Thailand, Cambodia sign peace declaration in Kuala Lumpur',
    source: 'The Straits Times',
    text:
      'KUALA LUMPUR – Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed the Joint Declaration on the outcome of their meeting in Kuala Lumpur on the sidelines of the 47th ASEAN Summit on Sunday, witnessed by US President Donald Trump and Malaysian Prime Minister Anwar Ibrahim. ' +
      'The declaration commits both sides to withdraw heavy weapons from the border and to release Cambodian soldiers held by Thailand.',
    entities: [
      P('Anutin Charnvirakul', 'Thai Prime Minister Anutin Charnvirakul'),
      P('Hun Manet', 'Cambodian Prime Minister Hun Manet'),
      P('Donald Trump', 'US President Donald Trump'),
      P('Anwar Ibrahim', 'Malaysian Prime Minister Anwar Ibrahim'),
      S('Thailand', 'Thai'),
      S('Cambodia', 'Cambodian'),
      S('United States', 'US'),
      S('Malaysia', 'Malaysian'),
      O('ASEAN'),
      A(
        'Joint Declaration on the outcome of the meeting in Kuala Lumpur',
        'Joint Declaration',
        'declaration',
        'peace declaration',
      ),
      E('47th ASEAN Summit', ['ASEAN Summit'], '2025-10-26'),
      E(
        'meeting in Kuala Lumpur of the Thai and Cambodian Prime Ministers',
        ['their meeting in Kuala Lumpur', 'meeting'],
        '2025-10-26',
      ),
    ],
    relations: [
      ...party('Joint Declaration on the outcome of the meeting in Kuala Lumpur', 'Thailand', 'Cambodia'),
      at('Joint Declaration on the outcome of the meeting in Kuala Lumpur', '47th ASEAN Summit'),
      at(
        'Joint Declaration on the outcome of the meeting in Kuala Lumpur',
        'meeting in Kuala Lumpur of the Thai and Cambodian Prime Ministers',
      ),
      ...took('47th ASEAN Summit', 'Anutin Charnvirakul', 'Hun Manet', 'Donald Trump', 'Anwar Ibrahim'),
      ...took('meeting in Kuala Lumpur of the Thai and Cambodian Prime Ministers', 'Anutin Charnvirakul', 'Hun Manet'),
    ],
  },
  {
    id: 'witnessed-signing-ceremony-in-presence-of-two-presidents-ministers-sign',
    form: 'agency: "In the presence of Presidents A and B, Minister X and Minister Y signed the Agreement on … at a ceremony at the Palace after the talks" (witnesses and signatories take part in the ceremony; REACHED_AT ceremony and talks)',
    date: '2024-04-18',
    source: 'Azertag',
    text:
      'BAKU – President Ilham Aliyev and President of Kyrgyzstan Sadyr Japarov held talks in a narrow format at the Presidential Palace. ' +
      'After the talks, in the presence of the two heads of state, Minister of Economy Mikayil Jabbarov and Minister of Economy and Commerce Daniyar Amangeldiev signed the Agreement on the Azerbaijan-Kyrgyzstan Development Fund at a signing ceremony.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev'),
      P('Sadyr Japarov', 'President of Kyrgyzstan Sadyr Japarov'),
      P('Mikayil Jabbarov', 'Minister of Economy Mikayil Jabbarov'),
      P('Daniyar Amangeldiev', 'Minister of Economy and Commerce Daniyar Amangeldiev'),
      S('Azerbaijan'),
      S('Kyrgyzstan'),
      A('Agreement on the Azerbaijan-Kyrgyzstan Development Fund'),
      E('Aliyev-Japarov talks in Baku', ['talks in a narrow format', 'talks'], '2024-04-18'),
      E('signing ceremony in Baku', ['signing ceremony'], '2024-04-18'),
    ],
    relations: [
      ...party('Agreement on the Azerbaijan-Kyrgyzstan Development Fund', 'Azerbaijan', 'Kyrgyzstan'),
      at('Agreement on the Azerbaijan-Kyrgyzstan Development Fund', 'signing ceremony in Baku'),
      at('Agreement on the Azerbaijan-Kyrgyzstan Development Fund', 'Aliyev-Japarov talks in Baku'),
      ...took('Aliyev-Japarov talks in Baku', 'Ilham Aliyev', 'Sadyr Japarov'),
      ...took('signing ceremony in Baku', 'Ilham Aliyev', 'Sadyr Japarov', 'Mikayil Jabbarov', 'Daniyar Amangeldiev'),
    ],
  },
  {
    id: 'witnessed-king-and-president-witnessed-signing-of-memoranda-by-ministers',
    form: 'agency: "King A and President B witnessed the signing of three memoranda of understanding …, following their talks at Al Husseiniya Palace. The memoranda, on …, … and …, were signed by ministers of the two countries" (witnesses; unnamed signatories; REACHED_AT the talks)',
    date: '2023-08-13',
    source: 'Jordan News Agency (Petra)',
    text:
      'Amman, Aug. 13 (Petra) – His Majesty King Abdullah II and Egyptian President Abdel Fattah al-Sisi witnessed the signing of three memoranda of understanding between Jordan and Egypt following their talks at Al Husseiniya Palace on Sunday. ' +
      'The memoranda, on cooperation in electrical interconnection, in youth affairs and in local administration, were signed by ministers of the two countries.',
    entities: [
      P('Abdullah II', 'His Majesty King Abdullah II', 'King Abdullah II'),
      P('Abdel Fattah al-Sisi', 'Egyptian President Abdel Fattah al-Sisi'),
      S('Jordan'),
      S('Egypt', 'Egyptian'),
      A('memorandum of understanding on cooperation in electrical interconnection'),
      A('memorandum of understanding on cooperation in youth affairs'),
      A('memorandum of understanding on cooperation in local administration'),
      E('Abdullah II-Sisi talks at Al Husseiniya Palace', ['talks', 'their talks'], '2023-08-13'),
    ],
    relations: [
      ...party('memorandum of understanding on cooperation in electrical interconnection', 'Jordan', 'Egypt'),
      ...party('memorandum of understanding on cooperation in youth affairs', 'Jordan', 'Egypt'),
      ...party('memorandum of understanding on cooperation in local administration', 'Jordan', 'Egypt'),
      at(
        'memorandum of understanding on cooperation in electrical interconnection',
        'Abdullah II-Sisi talks at Al Husseiniya Palace',
      ),
      at(
        'memorandum of understanding on cooperation in youth affairs',
        'Abdullah II-Sisi talks at Al Husseiniya Palace',
      ),
      at(
        'memorandum of understanding on cooperation in local administration',
        'Abdullah II-Sisi talks at Al Husseiniya Palace',
      ),
      ...took('Abdullah II-Sisi talks at Al Husseiniya Palace', 'Abdullah II', 'Abdel Fattah al-Sisi'),
    ],
  },
  {
    id: 'witnessed-fragment-looked-on-as-ministers-signed-for-each-side-during-visit',
    form: 'fragment: "President A and President B looked on as Minister X, for Kenya, and Minister Y, for Tanzania, signed a memorandum of understanding on … during B\'s state visit" (witnesses by "looked on"; "for" in commas; REACHED_AT the visit)',
    date: '2021-05-04',
    source: 'Kenya News Agency',
    text: 'President Uhuru Kenyatta and President Samia Suluhu Hassan looked on as Foreign Affairs Cabinet Secretary Raychelle Omamo, for Kenya, and Foreign Minister Liberata Mulamula, for Tanzania, signed a memorandum of understanding on the Dar es Salaam–Mombasa natural gas pipeline at State House, Nairobi, during President Samia’s two-day state visit to Kenya.',
    entities: [
      P('Uhuru Kenyatta', 'President Uhuru Kenyatta'),
      P('Samia Suluhu Hassan', 'President Samia Suluhu Hassan', 'President Samia'),
      P('Raychelle Omamo', 'Foreign Affairs Cabinet Secretary Raychelle Omamo'),
      P('Liberata Mulamula', 'Foreign Minister Liberata Mulamula'),
      S('Kenya'),
      S('Tanzania'),
      A('memorandum of understanding on the Dar es Salaam–Mombasa natural gas pipeline', 'memorandum of understanding'),
      E('state visit of Samia Suluhu Hassan to Kenya', ['two-day state visit', 'state visit'], '2021-05-04'),
    ],
    relations: [
      ...party('memorandum of understanding on the Dar es Salaam–Mombasa natural gas pipeline', 'Kenya', 'Tanzania'),
      at(
        'memorandum of understanding on the Dar es Salaam–Mombasa natural gas pipeline',
        'state visit of Samia Suluhu Hassan to Kenya',
      ),
      ...took(
        'state visit of Samia Suluhu Hassan to Kenya',
        'Samia Suluhu Hassan',
        'Uhuru Kenyatta',
        'Raychelle Omamo',
        'Liberata Mulamula',
      ),
      nf('Raychelle Omamo', 'Kenya'),
      nf('Liberata Mulamula', 'Tanzania'),
    ],
  },

  {
    id: 'witnessed-ceremony-mediator-witness-no-party-signatories-for-government-and-movement',
    form: 'newspaper: "X signed for the Government and Y for the M23 …, at a ceremony in Doha witnessed by Qatar\'s Minister of State Z" (a rebel movement as party; the mediator\'s witness takes part, no party)',
    date: '2025-11-15',
    source: 'The East African',
    text:
      'DOHA – The Democratic Republic of the Congo and the AFC/M23 rebel alliance signed the Doha Framework for Peace at a ceremony in Doha on Saturday. ' +
      'Sumbu Sita Mambu signed for the Congolese government and Benjamin Mbonimpa for AFC/M23, in a ceremony witnessed by Qatar’s Minister of State Mohammed Al-Khulaifi and US senior adviser Massad Boulos.',
    entities: [
      P('Sumbu Sita Mambu'),
      P('Benjamin Mbonimpa'),
      P('Mohammed Al-Khulaifi', 'Minister of State Mohammed Al-Khulaifi'),
      P('Massad Boulos', 'US senior adviser Massad Boulos'),
      S('Democratic Republic of the Congo', 'Congolese'),
      S('Qatar'),
      S('United States', 'US'),
      O('AFC/M23', 'M23'),
      A('Doha Framework for Peace'),
      E('signing ceremony of the Doha Framework for Peace', ['ceremony', 'ceremony in Doha'], '2025-11-15'),
    ],
    relations: [
      ...party('Doha Framework for Peace', 'Democratic Republic of the Congo', 'AFC/M23'),
      at('Doha Framework for Peace', 'signing ceremony of the Doha Framework for Peace'),
      ...took(
        'signing ceremony of the Doha Framework for Peace',
        'Sumbu Sita Mambu',
        'Benjamin Mbonimpa',
        'Mohammed Al-Khulaifi',
        'Massad Boulos',
      ),
      nf('Sumbu Sita Mambu', 'Democratic Republic of the Congo'),
      nf('Benjamin Mbonimpa', 'AFC/M23'),
    ],
  },
  {
    id: 'witnessed-leaders-present-as-four-leaders-signed-document-at-summit',
    form: 'newspaper: "President A, President B, Emir C and President D signed a document on … at the Sharm el-Sheikh peace summit on Monday …, in the presence of some 30 leaders" (four signatories take part; witnesses unnamed; the signatories\' states parties of their own document; Israel and Hamas not told as parties)',
    date: '2025-10-13',
    source: 'The Times of Israel',
    text:
      'US President Donald Trump, Egyptian President Abdel Fattah al-Sisi, Qatar’s Emir Sheikh Tamim bin Hamad Al Thani and Turkish President Recep Tayyip Erdoğan signed a document guaranteeing the Gaza ceasefire agreement at the Sharm el-Sheikh peace summit on Monday, in the presence of some 30 world leaders. ' +
      'Neither Israel nor Hamas was represented at the summit.',
    entities: [
      P('Donald Trump', 'US President Donald Trump'),
      P('Abdel Fattah al-Sisi', 'Egyptian President Abdel Fattah al-Sisi'),
      P('Tamim bin Hamad Al Thani', 'Emir Sheikh Tamim bin Hamad Al Thani'),
      P('Recep Tayyip Erdoğan', 'Turkish President Recep Tayyip Erdoğan'),
      S('United States', 'US'),
      S('Egypt', 'Egyptian'),
      S('Qatar'),
      S('Turkey', 'Turkish'),
      S('Israel'),
      O('Hamas'),
      A('document guaranteeing the Gaza ceasefire agreement', 'document'),
      A('Gaza ceasefire agreement'),
      E('Sharm el-Sheikh peace summit', ['peace summit', 'summit'], '2025-10-13'),
    ],
    relations: [
      ...party('document guaranteeing the Gaza ceasefire agreement', 'United States', 'Egypt', 'Qatar', 'Turkey'),
      at('document guaranteeing the Gaza ceasefire agreement', 'Sharm el-Sheikh peace summit'),
      ...took(
        'Sharm el-Sheikh peace summit',
        'Donald Trump',
        'Abdel Fattah al-Sisi',
        'Tamim bin Hamad Al Thani',
        'Recep Tayyip Erdoğan',
      ),
    ],
  },
];

/** Signatories named after the agreement: "signed by A for X and B for Y", "each for his country". */
const SIGNATORIES: BankCase[] = [
  {
    id: 'signatories-after-signed-by-a-for-x-and-b-for-y-after-talks',
    form: 'online newspaper: title; "The 100-Year Partnership Agreement between A and B was signed in Kyiv on Thursday by PM X for B and President Y for A, after talks at Palace" (passive, "by … for … and … for …"; REACHED_AT the talks)',
    date: '2025-01-16',
    title: 'Starmer, Zelensky sign 100-year partnership in Kyiv',
    source: 'The Kyiv Independent',
    text:
      'The 100-Year Partnership Agreement between Ukraine and the United Kingdom was signed in Kyiv on Thursday by Prime Minister Keir Starmer for the United Kingdom and President Volodymyr Zelensky for Ukraine, after talks at Mariinskyi Palace. ' +
      'It is Starmer’s first visit to Ukraine as prime minister.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky'),
      S('Ukraine'),
      S('United Kingdom'),
      A(
        '100-Year Partnership Agreement between Ukraine and the United Kingdom',
        '100-Year Partnership Agreement',
        '100-year partnership',
      ),
      E('Starmer-Zelensky talks at Mariinskyi Palace', ['talks'], '2025-01-16'),
      E('visit of Keir Starmer to Ukraine', ['first visit to Ukraine', 'visit'], '2025-01-16'),
    ],
    relations: [
      ...party('100-Year Partnership Agreement between Ukraine and the United Kingdom', 'Ukraine', 'United Kingdom'),
      at(
        '100-Year Partnership Agreement between Ukraine and the United Kingdom',
        'Starmer-Zelensky talks at Mariinskyi Palace',
      ),
      ...took('Starmer-Zelensky talks at Mariinskyi Palace', 'Keir Starmer', 'Volodymyr Zelensky'),
      ...took('visit of Keir Starmer to Ukraine', 'Keir Starmer'),
      nf('Keir Starmer', 'United Kingdom'),
      nf('Volodymyr Zelensky', 'Ukraine'),
    ],
  },
  {
    id: 'signatories-each-for-his-country-after-kremlin-talks',
    form: 'agency: "Presidents A and B signed the Treaty on …, each for his country, after their talks in the Kremlin on Friday" ("each for his country": NEGOTIATES_FOR each one\'s state)',
    date: '2025-01-17',
    source: 'IRNA',
    text:
      'MOSCOW, Jan. 17 (IRNA) – Presidents Masoud Pezeshkian and Vladimir Putin signed the Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian Federation, each for his country, after their talks in the Kremlin on Friday. ' +
      'The treaty is valid for twenty years.',
    entities: [
      P('Masoud Pezeshkian', 'Presidents Masoud Pezeshkian'),
      P('Vladimir Putin'),
      S('Iran', 'Islamic Republic of Iran'),
      S('Russia', 'Russian Federation'),
      A(
        'Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian Federation',
        'Treaty on Comprehensive Strategic Partnership',
        'treaty',
      ),
      E('Pezeshkian-Putin talks in the Kremlin', ['talks', 'their talks'], '2025-01-17'),
    ],
    relations: [
      ...party(
        'Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian Federation',
        'Iran',
        'Russia',
      ),
      at(
        'Treaty on Comprehensive Strategic Partnership between the Islamic Republic of Iran and the Russian Federation',
        'Pezeshkian-Putin talks in the Kremlin',
      ),
      ...took('Pezeshkian-Putin talks in the Kremlin', 'Masoud Pezeshkian', 'Vladimir Putin'),
      nf('Masoud Pezeshkian', 'Iran'),
      nf('Vladimir Putin', 'Russia'),
    ],
  },
  {
    id: 'signatories-on-behalf-of-their-respective-states-city-only',
    form: 'newspaper fragment: "PM A and President B signed the Agreement on … on behalf of their respective states in Warsaw on Monday" (respective: each for his own; a city alone: no Event)',
    date: '2024-07-08',
    source: 'Politico Europe',
    text: 'Polish Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelenskyy signed the Agreement on Security Cooperation between Ukraine and the Republic of Poland on behalf of their respective states in Warsaw on Monday, a day before the NATO summit opened in Washington.',
    entities: [
      P('Donald Tusk', 'Polish Prime Minister Donald Tusk'),
      P('Volodymyr Zelenskyy', 'Ukrainian President Volodymyr Zelenskyy'),
      S('Poland', 'Republic of Poland', 'Polish'),
      S('Ukraine', 'Ukrainian'),
      O('NATO'),
      A(
        'Agreement on Security Cooperation between Ukraine and the Republic of Poland',
        'Agreement on Security Cooperation',
      ),
      E('NATO summit in Washington', ['NATO summit'], '2024-07-09'),
    ],
    relations: [
      ...party('Agreement on Security Cooperation between Ukraine and the Republic of Poland', 'Ukraine', 'Poland'),
      nf('Donald Tusk', 'Poland'),
      nf('Volodymyr Zelenskyy', 'Ukraine'),
    ],
  },
  {
    id: 'signatories-plain-signed-by-minister-and-secretary-at-department-no-for',
    form: 'agency: "The Defence Cooperation Agreement between A and B was signed by Minister X and Secretary of State Y at the State Department on Thursday" (a plain signature: no NEGOTIATES_FOR; a venue alone: no Event)',
    date: '2023-12-21',
    source: 'Ritzau',
    text:
      'The Defence Cooperation Agreement between Denmark and the United States was signed by Minister of Defence Troels Lund Poulsen and Secretary of State Antony Blinken at the State Department in Washington on Thursday. ' +
      'The agreement must be approved by the Folketing before it can enter into force.',
    entities: [
      P('Troels Lund Poulsen', 'Minister of Defence Troels Lund Poulsen'),
      P('Antony Blinken', 'Secretary of State Antony Blinken'),
      S('Denmark'),
      S('United States'),
      O('State Department'),
      O('Folketing'),
      A(
        'Defence Cooperation Agreement between Denmark and the United States',
        'Defence Cooperation Agreement',
        'agreement',
      ),
    ],
    relations: [
      ...party('Defence Cooperation Agreement between Denmark and the United States', 'Denmark', 'United States'),
    ],
  },
  {
    id: 'signatories-on-behalf-of-state-and-union-two-agreements-city',
    form: 'agency: "The Advanced Framework Agreement between A and the EU and an Interim Trade Agreement were signed in Brussels on Wednesday by Minister X on behalf of A and by High Representative Y and Commissioner Z on behalf of the European Union" (two agreements; one side with two signatories)',
    date: '2023-12-13',
    source: 'Prensa Latina',
    text:
      'Brussels, Dec 13 (Prensa Latina) The Advanced Framework Agreement between Chile and the European Union and an Interim Trade Agreement were signed in Brussels on Wednesday by Foreign Minister Alberto van Klaveren on behalf of Chile and by High Representative Josep Borrell and Commissioner Valdis Dombrovskis on behalf of the European Union. ' +
      'The accords replace the Association Agreement of 2002.',
    entities: [
      P('Alberto van Klaveren', 'Foreign Minister Alberto van Klaveren'),
      P('Josep Borrell', 'High Representative Josep Borrell'),
      P('Valdis Dombrovskis', 'Commissioner Valdis Dombrovskis'),
      S('Chile'),
      O('European Union'),
      A('Advanced Framework Agreement between Chile and the European Union', 'Advanced Framework Agreement'),
      A('Interim Trade Agreement between Chile and the European Union', 'Interim Trade Agreement'),
      A('Association Agreement of 2002', 'Association Agreement'),
    ],
    relations: [
      ...party('Advanced Framework Agreement between Chile and the European Union', 'Chile', 'European Union'),
      ...party('Interim Trade Agreement between Chile and the European Union', 'Chile', 'European Union'),
      nf('Alberto van Klaveren', 'Chile'),
      nf('Josep Borrell', 'European Union'),
      nf('Valdis Dombrovskis', 'European Union'),
    ],
  },
  {
    id: 'signatories-the-signatories-were-a-for-x-and-b-for-y-during-visit',
    form: 'newspaper: title; "A and B signed the … Partnership in Abuja on Tuesday. The signatories were Minister X for A and Secretary Y for B. The signing took place during Y\'s visit to A" (signatories in a separate sentence; REACHED_AT the visit)',
    date: '2024-02-20',
    title: 'Nigeria, UK sign enhanced trade and investment partnership',
    source: 'Premium Times',
    text:
      'Nigeria and the United Kingdom signed the Enhanced Trade and Investment Partnership in Abuja on Tuesday. ' +
      'The signatories were the Minister of Industry, Trade and Investment, Doris Uzoka-Anite, for Nigeria and the Business and Trade Secretary, Kemi Badenoch, for the United Kingdom. ' +
      'The signing took place during Ms Badenoch’s two-day visit to Nigeria.',
    entities: [
      P('Doris Uzoka-Anite', 'Minister of Industry, Trade and Investment, Doris Uzoka-Anite'),
      P('Kemi Badenoch', 'Business and Trade Secretary, Kemi Badenoch', 'Ms Badenoch'),
      S('Nigeria'),
      S('United Kingdom'),
      A('Enhanced Trade and Investment Partnership'),
      E('visit of Kemi Badenoch to Nigeria', ['two-day visit to Nigeria', 'visit'], '2024-02-20'),
    ],
    relations: [
      ...party('Enhanced Trade and Investment Partnership', 'Nigeria', 'United Kingdom'),
      at('Enhanced Trade and Investment Partnership', 'visit of Kemi Badenoch to Nigeria'),
      ...took('visit of Kemi Badenoch to Nigeria', 'Kemi Badenoch', 'Doris Uzoka-Anite'),
      nf('Doris Uzoka-Anite', 'Nigeria'),
      nf('Kemi Badenoch', 'United Kingdom'),
    ],
  },
];

/** Signings set only by a city, a venue or "today": the GUIDE gives no Event. */
const PLACE_ONLY: BankCase[] = [
  {
    id: 'place-only-signed-new-treaty-in-city-on-tuesday',
    form: 'newspaper: "Secretary A and Minister B signed a new treaty on the … Partnership in Kigali on Tuesday" (a city alone: no Event, no REACHED_AT, no participants; a plain signature)',
    date: '2023-12-05',
    source: 'The New Times',
    text:
      'Home Secretary James Cleverly and Foreign Affairs Minister Vincent Biruta signed a new treaty between the United Kingdom and Rwanda on the Migration and Economic Development Partnership in Kigali on Tuesday. ' +
      'The treaty responds to the concerns raised by the UK Supreme Court last month.',
    entities: [
      P('James Cleverly', 'Home Secretary James Cleverly'),
      P('Vincent Biruta', 'Foreign Affairs Minister Vincent Biruta'),
      S('United Kingdom', 'UK'),
      S('Rwanda'),
      O('UK Supreme Court'),
      A(
        'treaty between the United Kingdom and Rwanda on the Migration and Economic Development Partnership',
        'new treaty',
        'treaty',
      ),
    ],
    relations: [
      ...party(
        'treaty between the United Kingdom and Rwanda on the Migration and Economic Development Partnership',
        'United Kingdom',
        'Rwanda',
      ),
    ],
  },
  {
    id: 'place-only-signed-today-in-city-description',
    form: 'agency: "A and B signed today in City an agreement on the construction of …, Prime Minister X announced" (today and a city: no Event; a lowercase description)',
    date: '2024-02-12',
    source: 'Agerpres',
    text:
      'Romania and the Republic of Moldova signed today in Chisinau an agreement on the construction of a new road bridge over the Prut River at Ungheni, Prime Minister Marcel Ciolacu announced. ' +
      'Works are to begin next year.',
    entities: [
      P('Marcel Ciolacu', 'Prime Minister Marcel Ciolacu'),
      S('Romania'),
      S('Moldova', 'Republic of Moldova'),
      A('agreement on the construction of a new road bridge over the Prut River at Ungheni', 'agreement'),
    ],
    relations: [
      ...party(
        'agreement on the construction of a new road bridge over the Prut River at Ungheni',
        'Romania',
        'Moldova',
      ),
    ],
  },
  {
    id: 'place-only-two-leaders-signed-protocol-at-palazzo-venue',
    form: 'agency: "PM A and PM B signed the protocol on … at Palazzo Chigi on Monday" (a venue alone: no Event per the GUIDE; events-17/18 read it otherwise)',
    date: '2023-11-06',
    source: 'Agenzia Nova',
    text:
      'Rome – Italian Prime Minister Giorgia Meloni and Albanian Prime Minister Edi Rama signed the protocol on the management of migration flows at Palazzo Chigi on Monday. ' +
      'Under the protocol, Italy will run two reception centres on Albanian territory.',
    entities: [
      P('Giorgia Meloni', 'Italian Prime Minister Giorgia Meloni'),
      P('Edi Rama', 'Albanian Prime Minister Edi Rama'),
      S('Italy', 'Italian'),
      S('Albania', 'Albanian'),
      A('protocol on the management of migration flows', 'protocol'),
    ],
    relations: [...party('protocol on the management of migration flows', 'Italy', 'Albania')],
  },
  {
    id: 'place-only-signed-in-washington-today-minister-for-x-secretary-for-y',
    form: 'agency: "A and B signed the Defence Cooperation Agreement in Washington today. Minister X signed the agreement for A and Secretary Y for B" (today and a city: no Event; gapped "for")',
    date: '2023-12-18',
    source: 'STT',
    text:
      'Finland and the United States signed the Defence Cooperation Agreement in Washington today. ' +
      'Minister of Defence Antti Häkkänen signed the agreement for Finland and Secretary of State Antony Blinken for the United States. ' +
      'The agreement will be submitted to Parliament for approval.',
    entities: [
      P('Antti Häkkänen', 'Minister of Defence Antti Häkkänen'),
      P('Antony Blinken', 'Secretary of State Antony Blinken'),
      S('Finland'),
      S('United States'),
      A(
        'Defence Cooperation Agreement between Finland and the United States',
        'Defence Cooperation Agreement',
        'agreement',
      ),
    ],
    relations: [
      ...party('Defence Cooperation Agreement between Finland and the United States', 'Finland', 'United States'),
      nf('Antti Häkkänen', 'Finland'),
      nf('Antony Blinken', 'United States'),
    ],
  },
  {
    id: 'place-only-fragment-signed-in-capital-ministry-said',
    form: 'fragment: "The … Comprehensive Economic Partnership Agreement was signed in Jakarta on Monday, the Ministry of … said" (passive, a city alone; the parties in the title)',
    date: '2025-08-11',
    source: 'Andina',
    text: 'The Indonesia-Peru Comprehensive Economic Partnership Agreement was signed in Jakarta on Monday, the Ministry of Foreign Trade and Tourism said, opening the Indonesian market to Peruvian grapes, blueberries and coffee.',
    entities: [
      S('Indonesia', 'Indonesian'),
      S('Peru', 'Peruvian'),
      O('Ministry of Foreign Trade and Tourism'),
      A('Indonesia-Peru Comprehensive Economic Partnership Agreement'),
    ],
    relations: [...party('Indonesia-Peru Comprehensive Economic Partnership Agreement', 'Indonesia', 'Peru')],
  },
];

/** Signings inside a session or retreat: the session is the event; its participants are not given to a signing. */
const SESSIONS: BankCase[] = [
  {
    id: 'session-signed-at-meeting-of-council-also-attended-by-prime-ministers',
    form: 'agency: "Presidents A and B signed the Treaty on … at the meeting of the Supreme State Council in Minsk on Friday. The meeting was also attended by PMs X and Y" (REACHED_AT the meeting; everyone at it takes part)',
    date: '2024-12-06',
    source: 'BelTA',
    text:
      'MINSK, 6 December (BelTA) – Presidents Alexander Lukashenko and Vladimir Putin signed the Treaty on Security Guarantees within the Union State at the meeting of the Supreme State Council in Minsk on Friday. ' +
      'The meeting was also attended by Prime Ministers Roman Golovchenko and Mikhail Mishustin.',
    entities: [
      P('Alexander Lukashenko', 'Presidents Alexander Lukashenko'),
      P('Vladimir Putin'),
      P('Roman Golovchenko'),
      P('Mikhail Mishustin'),
      S('Belarus'),
      S('Russia'),
      O('Union State'),
      A('Treaty on Security Guarantees within the Union State'),
      E(
        'meeting of the Supreme State Council in Minsk',
        ['meeting of the Supreme State Council', 'meeting'],
        '2024-12-06',
      ),
    ],
    relations: [
      ...party('Treaty on Security Guarantees within the Union State', 'Belarus', 'Russia'),
      at('Treaty on Security Guarantees within the Union State', 'meeting of the Supreme State Council in Minsk'),
      ...took(
        'meeting of the Supreme State Council in Minsk',
        'Alexander Lukashenko',
        'Vladimir Putin',
        'Roman Golovchenko',
        'Mikhail Mishustin',
      ),
    ],
  },
  {
    id: 'session-co-chairs-signed-protocol-of-session-at-its-end',
    form: 'agency: "The 25th session of the A-B Intergovernmental Commission … was held in City, co-chaired by X and Y. At the end of the session, the co-chairs signed the protocol of the session" (a protocol of the session; REACHED_AT it)',
    date: '2024-11-11',
    source: 'Interfax',
    text:
      'MOSCOW. Nov 11 (Interfax) - The 25th session of the Russian-Indian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation was held in Moscow on Monday, co-chaired by First Deputy Prime Minister Denis Manturov and External Affairs Minister Subrahmanyam Jaishankar. ' +
      'At the end of the session, the co-chairs signed the protocol of the session.',
    entities: [
      P('Denis Manturov', 'First Deputy Prime Minister Denis Manturov'),
      P('Subrahmanyam Jaishankar', 'External Affairs Minister Subrahmanyam Jaishankar'),
      S('Russia', 'Russian'),
      S('India', 'Indian'),
      A(
        'protocol of the 25th session of the Russian-Indian Intergovernmental Commission',
        'protocol of the session',
        'protocol',
      ),
      E(
        '25th session of the Russian-Indian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation',
        ['25th session', 'session'],
        '2024-11-11',
      ),
    ],
    relations: [
      ...party('protocol of the 25th session of the Russian-Indian Intergovernmental Commission', 'Russia', 'India'),
      at(
        'protocol of the 25th session of the Russian-Indian Intergovernmental Commission',
        '25th session of the Russian-Indian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation',
      ),
      ...took(
        '25th session of the Russian-Indian Intergovernmental Commission on Trade, Economic, Scientific, Technical and Cultural Cooperation',
        'Denis Manturov',
        'Subrahmanyam Jaishankar',
      ),
    ],
  },
  {
    id: 'session-retreat-leaders-witnessed-exchange-of-three-agreements',
    form: 'broadcaster: "At the Leaders\' Retreat in Bintan on Tuesday, President A and PM B witnessed the exchange of the agreement on …, the Defence Cooperation Agreement and the Extradition Treaty" (a retreat as the event; three listed)',
    date: '2022-01-25',
    source: 'CNA',
    text:
      'BINTAN: At the Leaders’ Retreat in Bintan on Tuesday, President Joko Widodo and Prime Minister Lee Hsien Loong witnessed the exchange of the agreement on the realignment of the Flight Information Region, the Defence Cooperation Agreement and the Extradition Treaty. ' +
      'Mr Lee called the package a milestone in relations between Singapore and Indonesia.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo'),
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong', 'Mr Lee'),
      S('Singapore'),
      S('Indonesia'),
      A('agreement on the realignment of the Flight Information Region', 'agreement on the realignment'),
      A('Defence Cooperation Agreement'),
      A('Extradition Treaty'),
      E('Leaders’ Retreat in Bintan', ['Leaders’ Retreat'], '2022-01-25'),
    ],
    relations: [
      ...party('agreement on the realignment of the Flight Information Region', 'Singapore', 'Indonesia'),
      ...party('Defence Cooperation Agreement', 'Singapore', 'Indonesia'),
      ...party('Extradition Treaty', 'Singapore', 'Indonesia'),
      at('agreement on the realignment of the Flight Information Region', 'Leaders’ Retreat in Bintan'),
      at('Defence Cooperation Agreement', 'Leaders’ Retreat in Bintan'),
      at('Extradition Treaty', 'Leaders’ Retreat in Bintan'),
      ...took('Leaders’ Retreat in Bintan', 'Joko Widodo', 'Lee Hsien Loong'),
    ],
  },
  {
    id: 'session-signing-ceremony-after-session-only-signatories-and-witnesses',
    form: 'newspaper: "PMs A and B co-chaired the 46th meeting of the … Intergovernmental Committee in Hanoi on Sunday, attended by ministers of both governments. At a signing ceremony afterwards, Ministers X and Y signed the … agreement, with the two Prime Ministers as witnesses" (the ceremony takes only its signatories and witnesses)',
    date: '2024-01-07',
    source: 'VnExpress',
    text:
      'Prime Ministers Pham Minh Chinh and Sonexay Siphandone co-chaired the 46th meeting of the Vietnam-Laos Intergovernmental Committee in Hanoi on Sunday, attended by Planning and Investment Minister Nguyen Chi Dung and Lao Deputy Prime Minister Saleumxay Kommasith. ' +
      'At a signing ceremony afterwards, Foreign Minister Bui Thanh Son and Lao Minister of Planning and Investment Phet Phomphiphak signed the agreement on bilateral cooperation for 2024 between the two governments, with the two Prime Ministers as witnesses.',
    entities: [
      P('Pham Minh Chinh'),
      P('Sonexay Siphandone'),
      P('Nguyen Chi Dung', 'Planning and Investment Minister Nguyen Chi Dung'),
      P('Saleumxay Kommasith', 'Lao Deputy Prime Minister Saleumxay Kommasith'),
      P('Bui Thanh Son', 'Foreign Minister Bui Thanh Son'),
      P('Phet Phomphiphak', 'Lao Minister of Planning and Investment Phet Phomphiphak'),
      S('Vietnam'),
      S('Laos', 'Lao'),
      A(
        'agreement on bilateral cooperation for 2024 between the two governments',
        'agreement on bilateral cooperation for 2024',
      ),
      E('46th meeting of the Vietnam-Laos Intergovernmental Committee', ['46th meeting'], '2024-01-07'),
      E('signing ceremony in Hanoi', ['signing ceremony'], '2024-01-07'),
    ],
    relations: [
      ...party('agreement on bilateral cooperation for 2024 between the two governments', 'Vietnam', 'Laos'),
      at('agreement on bilateral cooperation for 2024 between the two governments', 'signing ceremony in Hanoi'),
      ...took(
        '46th meeting of the Vietnam-Laos Intergovernmental Committee',
        'Pham Minh Chinh',
        'Sonexay Siphandone',
        'Nguyen Chi Dung',
        'Saleumxay Kommasith',
      ),
      ...took(
        'signing ceremony in Hanoi',
        'Bui Thanh Son',
        'Phet Phomphiphak',
        'Pham Minh Chinh',
        'Sonexay Siphandone',
      ),
    ],
  },
];

/** Agreements entering into force: no new REACHED_AT. */
const IN_FORCE: BankCase[] = [
  {
    id: 'in-force-after-exchange-of-diplomatic-notes-signed-in-city-in-may',
    form: 'radio: "The Defence Cooperation Agreement between A and B has entered into force after the two governments exchanged diplomatic notes, Minister X said. It was signed in Port Moresby in May by Minister Y and Secretary Z" (entry into force; a city alone; no REACHED_AT)',
    date: '2023-08-17',
    source: 'RNZ Pacific',
    text:
      'The Defence Cooperation Agreement between Papua New Guinea and the United States has entered into force after the two governments exchanged diplomatic notes, Foreign Minister Justin Tkatchenko said. ' +
      'It was signed in Port Moresby in May by Defence Minister Win Bakri Daki and US Secretary of State Antony Blinken.',
    entities: [
      P('Justin Tkatchenko', 'Foreign Minister Justin Tkatchenko'),
      P('Win Bakri Daki', 'Defence Minister Win Bakri Daki'),
      P('Antony Blinken', 'US Secretary of State Antony Blinken'),
      S('Papua New Guinea'),
      S('United States', 'US'),
      A(
        'Defence Cooperation Agreement between Papua New Guinea and the United States',
        'Defence Cooperation Agreement',
      ),
    ],
    relations: [
      ...party(
        'Defence Cooperation Agreement between Papua New Guinea and the United States',
        'Papua New Guinea',
        'United States',
      ),
    ],
  },
  {
    id: 'in-force-today-signed-in-city-last-july-by-two-ministers',
    form: 'broadcaster: "The A-B Free Trade Agreement entered into force today. … It was signed in Brussels last July by Minister X and Executive Vice-President Y" (entry into force today: no Event)',
    date: '2024-05-01',
    source: 'Euronews',
    text:
      'The EU-New Zealand Free Trade Agreement entered into force today, removing duties on New Zealand kiwifruit and on European cars and machinery. ' +
      'It was signed in Brussels last July by Trade Minister Damien O’Connor and Executive Vice-President Valdis Dombrovskis.',
    entities: [
      P('Damien O’Connor', 'Trade Minister Damien O’Connor'),
      P('Valdis Dombrovskis', 'Executive Vice-President Valdis Dombrovskis'),
      S('New Zealand'),
      O('European Union', 'EU'),
      A('EU-New Zealand Free Trade Agreement'),
    ],
    relations: [...party('EU-New Zealand Free Trade Agreement', 'European Union', 'New Zealand')],
  },
  {
    id: 'in-force-marked-at-event-attended-by-minister-and-state-secretary',
    form: 'broadcaster: "The Trade and Economic Partnership Agreement between A and the B Association entered into force on Wednesday, marked at an event in New Delhi attended by Minister X and State Secretary Y" (the event takes part; no REACHED_AT)',
    date: '2025-10-01',
    source: 'NDTV',
    text:
      'The Trade and Economic Partnership Agreement between India and the European Free Trade Association entered into force on Wednesday, marked at an event in New Delhi attended by Commerce and Industry Minister Piyush Goyal and Swiss State Secretary for Economic Affairs Helene Budliger Artieda. ' +
      'The agreement was signed in March last year.',
    entities: [
      P('Piyush Goyal', 'Commerce and Industry Minister Piyush Goyal'),
      P('Helene Budliger Artieda', 'Swiss State Secretary for Economic Affairs Helene Budliger Artieda'),
      S('India'),
      S('Switzerland', 'Swiss'),
      O('European Free Trade Association', 'EFTA'),
      A(
        'Trade and Economic Partnership Agreement between India and the European Free Trade Association',
        'Trade and Economic Partnership Agreement',
        'agreement',
      ),
      E(
        'event marking the entry into force of the India-EFTA Trade and Economic Partnership Agreement in New Delhi',
        ['event in New Delhi', 'event'],
        '2025-10-01',
      ),
    ],
    relations: [
      ...party(
        'Trade and Economic Partnership Agreement between India and the European Free Trade Association',
        'India',
        'European Free Trade Association',
      ),
      ...took(
        'event marking the entry into force of the India-EFTA Trade and Economic Partnership Agreement in New Delhi',
        'Piyush Goyal',
        'Helene Budliger Artieda',
      ),
    ],
  },
];

/** Status of (visiting) forces agreements. */
const FORCES: BankCase[] = [
  {
    id: 'forces-status-of-visiting-forces-agreement-signed-in-city-lowercase-lead',
    form: 'radio: title; "Minister A and Secretary B signed a status of visiting forces agreement in Manila on Friday" (a lowercase kind as the agreement; a city alone)',
    date: '2025-04-18',
    title: 'NZ and Philippines sign visiting forces deal',
    source: 'RNZ Pacific',
    text:
      'New Zealand and the Philippines have signed a status of visiting forces agreement, allowing their troops to train in each other’s territory. ' +
      'Defence Minister Judith Collins and Defence Secretary Gilberto Teodoro signed the agreement in Manila on Friday.',
    entities: [
      P('Judith Collins', 'Defence Minister Judith Collins'),
      P('Gilberto Teodoro', 'Defence Secretary Gilberto Teodoro'),
      S('New Zealand', 'NZ'),
      S('Philippines'),
      A(
        'status of visiting forces agreement between New Zealand and the Philippines',
        'status of visiting forces agreement',
        'agreement',
        'visiting forces deal',
      ),
    ],
    relations: [
      ...party(
        'status of visiting forces agreement between New Zealand and the Philippines',
        'New Zealand',
        'Philippines',
      ),
    ],
  },
  {
    id: 'forces-negotiations-on-status-of-forces-agreement-started-no-reached-at',
    form: 'newspaper fragment: "A and B have started negotiations on a status of forces agreement, Secretary X said after meeting Minister Y" (under negotiation: PARTY_TO, no REACHED_AT; the meeting with its two participants)',
    date: '2024-12-02',
    source: 'The Philippine Star',
    text: 'The Philippines and France have started negotiations on a status of forces agreement, Defense Secretary Gilberto Teodoro said after meeting French Ambassador Marie Fontanel in Manila on Monday.',
    entities: [
      P('Gilberto Teodoro', 'Defense Secretary Gilberto Teodoro'),
      P('Marie Fontanel', 'French Ambassador Marie Fontanel'),
      S('Philippines'),
      S('France', 'French'),
      A('status of forces agreement between the Philippines and France', 'status of forces agreement'),
      E('Teodoro-Fontanel meeting in Manila', ['meeting'], '2024-12-02'),
    ],
    relations: [
      ...party('status of forces agreement between the Philippines and France', 'Philippines', 'France'),
      ...took('Teodoro-Fontanel meeting in Manila', 'Gilberto Teodoro', 'Marie Fontanel'),
    ],
  },
];

/** Negatives: agreements only announced, to be signed, postponed or under negotiation; signatures that sign no agreement. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-to-be-signed-during-visit-next-month',
    form: 'agency: "The two countries will sign the Agreement on … during President X\'s visit to City next month, Minister Y said after talks with Minister Z" (to be signed: PARTY_TO, no REACHED_AT; the planned visit an Event without participants)',
    date: '2024-09-12',
    source: 'BTA',
    text: 'SOFIA – Bulgaria and Greece will sign the Agreement on the Alexandroupolis–Burgas Oil Pipeline Project during President Rumen Radev’s visit to Athens next month, Foreign Minister Ivan Kondov said after talks with his Greek counterpart Giorgos Gerapetritis in Sofia.',
    entities: [
      P('Rumen Radev', 'President Rumen Radev'),
      P('Ivan Kondov', 'Foreign Minister Ivan Kondov'),
      P('Giorgos Gerapetritis', 'Greek counterpart Giorgos Gerapetritis'),
      S('Bulgaria'),
      S('Greece', 'Greek'),
      A('Agreement on the Alexandroupolis–Burgas Oil Pipeline Project'),
      E('visit of Rumen Radev to Athens', ['visit to Athens', 'visit'], '2024-10'),
      E('Kondov-Gerapetritis talks in Sofia', ['talks'], '2024-09-12'),
    ],
    relations: [
      ...party('Agreement on the Alexandroupolis–Burgas Oil Pipeline Project', 'Bulgaria', 'Greece'),
      ...took('Kondov-Gerapetritis talks in Sofia', 'Ivan Kondov', 'Giorgos Gerapetritis'),
    ],
  },
  {
    id: 'negative-round-of-negotiations-ended-agreement-not-expected-before',
    form: 'newspaper: "Negotiators of A and the EU concluded the tenth round of talks on the Free Trade Agreement in City on Friday; the agreement is not expected before next year" (a round held, nothing reached)',
    date: '2025-03-14',
    source: 'Mint',
    text: 'Negotiators of India and the European Union concluded the tenth round of talks on the India-EU Free Trade Agreement in New Delhi on Friday; officials said the agreement was not expected to be concluded before the end of the year.',
    entities: [
      S('India'),
      O('European Union', 'EU'),
      A('India-EU Free Trade Agreement', 'agreement'),
      E('tenth round of India-EU Free Trade Agreement talks', ['tenth round of talks', 'tenth round'], '2025-03-14'),
    ],
    relations: [...party('India-EU Free Trade Agreement', 'India', 'European Union')],
  },
  {
    id: 'negative-signing-postponed-planned-at-summit',
    form: 'online outlet: "The signing of the A–B Partnership Agreement, planned for the Mercosur summit in City on 20 December, has been postponed to January, President X told the leaders" (postponed signing: PARTY_TO, no REACHED_AT)',
    date: '2025-12-18',
    source: 'Euractiv',
    text: 'The signing of the EU-Mercosur Partnership Agreement, planned for the Mercosur summit in Foz do Iguaçu on 20 December, has been postponed to January, Commission President Ursula von der Leyen told Mercosur leaders in a letter.',
    entities: [
      P('Ursula von der Leyen', 'Commission President Ursula von der Leyen'),
      O('European Union', 'EU'),
      O('Mercosur'),
      O('European Commission', 'Commission'),
      A('EU-Mercosur Partnership Agreement'),
      E('Mercosur summit in Foz do Iguaçu', ['Mercosur summit'], '2025-12-20'),
    ],
    relations: [...party('EU-Mercosur Partnership Agreement', 'European Union', 'Mercosur')],
  },
  {
    id: 'negative-agreed-to-speed-up-negotiations-on-memorandum-at-meeting',
    form: 'agency: "Minister A and his B counterpart C agreed at their meeting in Cairo to speed up negotiations on a memorandum on …" (under negotiation: PARTY_TO, no REACHED_AT; the meeting\'s participants)',
    date: '2024-06-10',
    source: 'MENA',
    text: 'CAIRO, June 10 (MENA) – Foreign Minister Sameh Shoukry and his Greek counterpart Giorgos Gerapetritis agreed at their meeting in Cairo on Monday to speed up negotiations on a memorandum on the mobility of seasonal agricultural workers between Egypt and Greece.',
    entities: [
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry'),
      P('Giorgos Gerapetritis', 'Greek counterpart Giorgos Gerapetritis'),
      S('Egypt'),
      S('Greece', 'Greek'),
      A('memorandum on the mobility of seasonal agricultural workers between Egypt and Greece', 'memorandum'),
      E('Shoukry-Gerapetritis meeting in Cairo', ['meeting', 'their meeting in Cairo'], '2024-06-10'),
    ],
    relations: [
      ...party(
        'memorandum on the mobility of seasonal agricultural workers between Egypt and Greece',
        'Egypt',
        'Greece',
      ),
      ...took('Shoukry-Gerapetritis meeting in Cairo', 'Sameh Shoukry', 'Giorgos Gerapetritis'),
    ],
  },
  {
    id: 'negative-signed-book-of-honour-before-talks-no-agreement',
    form: 'agency: "President A signed the Book of Honour at the Palace before his talks with President B" (a signature that signs no agreement; the talks and their participants)',
    date: '2024-05-22',
    source: 'ČTK',
    text:
      'Prague – Slovak President Zuzana Čaputová signed the Book of Honour at Prague Castle before her talks with President Petr Pavel on Wednesday. ' +
      'The two presidents discussed support for Ukraine and the energy security of Central Europe.',
    entities: [
      P('Zuzana Čaputová', 'Slovak President Zuzana Čaputová'),
      P('Petr Pavel', 'President Petr Pavel'),
      S('Slovakia', 'Slovak'),
      S('Czech Republic'),
      S('Ukraine'),
      E('Čaputová-Pavel talks at Prague Castle', ['talks', 'her talks'], '2024-05-22'),
    ],
    relations: [...took('Čaputová-Pavel talks at Prague Castle', 'Zuzana Čaputová', 'Petr Pavel')],
  },
];

/** The bank: 45 passages around signings and exchanges of instruments. */
export const EVENT_BANK: BankCase[] = [
  ...LISTED,
  ...EXCHANGES,
  ...WITNESSED,
  ...SIGNATORIES,
  ...PLACE_ONLY,
  ...SESSIONS,
  ...IN_FORCE,
  ...FORCES,
  ...NEGATIVES,
];
