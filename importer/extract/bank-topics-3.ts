// The third topics paraphrase bank (issue 6, round top13): a blind bank written before any rule change of the round,
// on the general causes of DISCUSSED errors on the non-slice dev readouts (docs/first-look.md, "topics-3"): states and
// organisations a meeting dealt with ("Sweden's application to join NATO", "the situation in Myanmar", "coordination
// within the G20"), the topics of a second meeting the readout tells (an earlier call, a summit on the sidelines of
// which the meeting took place) linked to that meeting rather than the main one, agreements reviewed, welcomed or
// implemented, planned meetings arranged; and negatives: a venue, a host, an organisation only in a title, an earlier
// meeting recalled, a frame ("on the sidelines of"). Same format and runner as topics-2 (`npm run bank -- topics-3`):
// Events, DISCUSSED and INVOLVES are its facts.
// First, blind pass (bank 6093622, rules of main 7a65169): 48 / 79 facts, 11 / 30 cases, 15 false facts. After the
// top13 rules (rules-top13.ts): 48 / 79, 12 / 30 cases, 14 false facts (see docs/first-look.md, "top13").
import { type BankCase, A, dis, E, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const STATE_TOPICS: BankCase[] = [
  {
    id: 'application-to-join-bloc',
    form: '"discussed B\'s application to join NATO" (a third state and a bloc as topics)',
    date: '2023-02-14',
    source: 'Office of the President of Finland',
    text:
      'President Sauli Niinistö met Prime Minister Mark Rutte in The Hague on 14 February. ' +
      "The two discussed Sweden's application to join NATO and support for Ukraine.",
    entities: [
      P('Sauli Niinistö', 'President Sauli Niinistö'),
      P('Mark Rutte', 'Prime Minister Mark Rutte'),
      S('Sweden'),
      S('Ukraine'),
      O('NATO'),
      E('Niinistö-Rutte meeting in The Hague', ['met'], '2023-02-14'),
    ],
    relations: [...dis('Niinistö-Rutte meeting in The Hague', 'Sweden', 'NATO', 'Ukraine')],
  },
  {
    id: 'situation-in-member-state',
    form: '"exchanged views on the situation in A" (a state as topic)',
    date: '2023-09-05',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text:
      'Foreign Minister Retno Marsudi received Foreign Minister Penny Wong in Jakarta on 5 September. ' +
      'The ministers exchanged views on the situation in Myanmar.',
    entities: [
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi'),
      P('Penny Wong', 'Foreign Minister Penny Wong'),
      S('Myanmar'),
      E('Marsudi-Wong meeting in Jakarta', ['received'], '2023-09-05'),
    ],
    relations: [...dis('Marsudi-Wong meeting in Jakarta', 'Myanmar')],
  },
  {
    id: 'cooperation-within-forum',
    form: '"agreed to strengthen coordination within the G20 and ASEAN" (forums as topics)',
    date: '2022-11-14',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese held talks with President Joko Widodo in Bali on 14 November. ' +
      'The leaders agreed to strengthen coordination within the G20 and with ASEAN.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      P('Joko Widodo', 'President Joko Widodo'),
      O('G20'),
      O('ASEAN'),
      E('Albanese-Widodo talks in Bali', ['held talks'], '2022-11-14'),
    ],
    relations: [...dis('Albanese-Widodo talks in Bali', 'G20', 'ASEAN')],
  },
  {
    id: 'conflict-in-state-and-peace-topic',
    form: '"the leaders discussed the conflict in A" (incident and its state)',
    date: '2024-01-22',
    source: 'State House Kenya',
    text:
      'President William Ruto hosted President Salva Kiir at State House, Nairobi, on Monday. ' +
      'The two leaders discussed the conflict in Sudan and the role of IGAD in ending it.',
    entities: [
      P('William Ruto', 'President William Ruto'),
      P('Salva Kiir', 'President Salva Kiir'),
      S('Sudan'),
      O('IGAD'),
      E('conflict in Sudan'),
      E('Ruto-Kiir meeting in Nairobi', ['hosted'], '2024-01-22'),
    ],
    relations: [
      ...dis('Ruto-Kiir meeting in Nairobi', 'conflict in Sudan', 'Sudan', 'IGAD'),
      ['INVOLVES', 'conflict in Sudan', 'Sudan'],
    ],
  },
  {
    id: 'relations-with-third-state',
    form: '"discussed relations with B" (a third state as topic, wire style)',
    date: '2023-05-19',
    source: 'Reuters',
    text:
      'Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi met in Hiroshima on Friday ' +
      'and discussed relations with China, a Japanese official said.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('China'),
      E('Kishida-Modi meeting in Hiroshima', ['met'], '2023-05-19'),
    ],
    relations: [...dis('Kishida-Modi meeting in Hiroshima', 'China')],
  },
  {
    id: 'briefed-on-body-membership',
    form: '"briefed his counterpart on A\'s candidacy for the Human Rights Council" (organisation as topic)',
    date: '2024-04-10',
    source: 'Ministry of Foreign Affairs of Chile',
    text:
      "Minister Alberto van Klaveren met Foreign Minister Mauro Vieira in Santiago. He briefed Mr Vieira on Chile's " +
      'candidacy for the Human Rights Council.',
    entities: [
      P('Alberto van Klaveren', 'Minister Alberto van Klaveren'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Mr Vieira'),
      O('Human Rights Council'),
      E('van Klaveren-Vieira meeting in Santiago', ['met']),
    ],
    relations: [...dis('van Klaveren-Vieira meeting in Santiago', 'Human Rights Council')],
  },
];

const OTHER_MEETING_TOPICS: BankCase[] = [
  {
    id: 'earlier-call-discussed',
    form: '"In a telephone conversation on 2 May, the two presidents had discussed X" (topic of another meeting)',
    date: '2024-05-09',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan received President Ilham Aliyev in Ankara on 9 May. ' +
      'In a telephone conversation on 2 May, the two presidents had discussed the border delimitation process.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      P('Ilham Aliyev', 'President Ilham Aliyev'),
      E('Erdoğan-Aliyev meeting in Ankara', ['received'], '2024-05-09'),
      E('Erdoğan-Aliyev telephone conversation of 2 May', ['telephone conversation']),
      E('border delimitation process'),
    ],
    relations: [...dis('Erdoğan-Aliyev telephone conversation of 2 May', 'border delimitation process')],
  },
  {
    id: 'summit-itself-discussed-crisis',
    form: '"The Summit, chaired by A, discussed the crisis in B" (the frame summit has its own topic)',
    date: '2024-02-17',
    source: 'African Union Commission',
    text:
      'Chairperson Moussa Faki Mahamat met President Félix Tshisekedi on the sidelines of the 37th AU Summit in Addis Ababa. ' +
      'The Summit discussed the crisis in eastern DRC.',
    entities: [
      P('Moussa Faki Mahamat', 'Chairperson Moussa Faki Mahamat'),
      P('Félix Tshisekedi', 'President Félix Tshisekedi'),
      E('Faki-Tshisekedi meeting in Addis Ababa', ['met']),
      E('37th AU Summit', ['AU Summit']),
      E('crisis in eastern DRC'),
      S('Democratic Republic of the Congo', 'DRC'),
    ],
    relations: [
      ...dis('37th AU Summit', 'crisis in eastern DRC'),
      ['INVOLVES', 'crisis in eastern DRC', 'Democratic Republic of the Congo'],
    ],
  },
  {
    id: 'call-preceding-talks-arranged',
    form: '"The talks were agreed during a telephone call between A and B on 11 May" (call discussed the talks)',
    date: '2025-05-20',
    source: 'Kremlin',
    text:
      'Russian and Ukrainian delegations held talks in Geneva on 20 May. ' +
      'The talks were agreed during a telephone call between Vladimir Putin and Recep Tayyip Erdoğan on 11 May.',
    entities: [
      P('Vladimir Putin'),
      P('Recep Tayyip Erdoğan'),
      S('Russia', 'Russian'),
      S('Ukraine', 'Ukrainian'),
      E('Russia-Ukraine talks in Geneva', ['talks'], '2025-05-20'),
      E('Putin-Erdoğan telephone call of 11 May', ['telephone call']),
    ],
    relations: [
      ...dis('Putin-Erdoğan telephone call of 11 May', 'Russia-Ukraine talks in Geneva'),
      ['INVOLVES', 'Russia-Ukraine talks in Geneva', 'Russia'],
      ['INVOLVES', 'Russia-Ukraine talks in Geneva', 'Ukraine'],
    ],
  },
  {
    id: 'courtesy-call-discussed-summit',
    form: '"During their call on the Prime Minister, the ministers discussed the Annual Summit" (topic of the call)',
    date: '2024-08-20',
    source: 'Ministry of External Affairs of India',
    text:
      'The second India-Japan 2+2 Ministerial Dialogue was held in New Delhi on 20 August. ' +
      'Later, the Japanese ministers called on Prime Minister Narendra Modi, and during the call they discussed ' +
      'preparations for the India-Japan Annual Summit in Tokyo.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('India'),
      S('Japan', 'Japanese'),
      E('second India-Japan 2+2 Ministerial Dialogue', ['2+2 Ministerial Dialogue'], '2024-08-20'),
      E('call on Prime Minister Narendra Modi by the Japanese ministers', ['called on', 'call']),
      E('India-Japan Annual Summit in Tokyo', ['Annual Summit']),
    ],
    relations: [
      ...dis('call on Prime Minister Narendra Modi by the Japanese ministers', 'India-Japan Annual Summit in Tokyo'),
      ['INVOLVES', 'second India-Japan 2+2 Ministerial Dialogue', 'India'],
      ['INVOLVES', 'second India-Japan 2+2 Ministerial Dialogue', 'Japan'],
    ],
  },
];

const AGREEMENT_TOPICS: BankCase[] = [
  {
    id: 'reviewed-implementation-of-agreement',
    form: '"reviewed the implementation of the X Agreement" (agreement as topic)',
    date: '2024-06-11',
    source: 'Ministry of Foreign Affairs of Singapore',
    text:
      'Minister Vivian Balakrishnan met Foreign Minister Sugiono in Singapore on 11 June. ' +
      'They reviewed the implementation of the Defence Cooperation Agreement and the Extradition Treaty.',
    entities: [
      P('Vivian Balakrishnan', 'Minister Vivian Balakrishnan'),
      P('Sugiono', 'Foreign Minister Sugiono'),
      A('Defence Cooperation Agreement'),
      A('Extradition Treaty'),
      E('Balakrishnan-Sugiono meeting in Singapore', ['met'], '2024-06-11'),
    ],
    relations: [
      ...dis('Balakrishnan-Sugiono meeting in Singapore', 'Defence Cooperation Agreement', 'Extradition Treaty'),
    ],
  },
  {
    id: 'welcomed-entry-into-force',
    form: '"welcomed the entry into force of the X" (agreement as topic)',
    date: '2024-05-01',
    source: 'European Commission',
    text:
      'President Ursula von der Leyen received Prime Minister Christopher Luxon in Brussels. ' +
      'They welcomed the entry into force of the EU-New Zealand Free Trade Agreement.',
    entities: [
      P('Ursula von der Leyen', 'President Ursula von der Leyen'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon'),
      A('EU-New Zealand Free Trade Agreement'),
      E('von der Leyen-Luxon meeting in Brussels', ['received']),
    ],
    relations: [...dis('von der Leyen-Luxon meeting in Brussels', 'EU-New Zealand Free Trade Agreement')],
  },
  {
    id: 'should-be-reached-on-basis-of-declaration',
    form: '"stressed that the deal should respect the Declaration of Principles" (agreement invoked in talks)',
    date: '2024-03-02',
    source: 'Presidency of Egypt',
    text:
      'President Abdel Fattah El-Sisi received Prime Minister Abiy Ahmed in Cairo. ' +
      'The President stressed that any deal on the dam must respect the Declaration of Principles signed in Khartoum.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi'),
      P('Abiy Ahmed', 'Prime Minister Abiy Ahmed'),
      A('Declaration of Principles'),
      E('El-Sisi-Abiy meeting in Cairo', ['received']),
    ],
    relations: [...dis('El-Sisi-Abiy meeting in Cairo', 'Declaration of Principles')],
  },
  {
    id: 'negotiations-on-agreement-round',
    form: '"The round focused on the draft X Agreement" (a round of negotiations and its agreement)',
    date: '2024-10-08',
    source: 'Department for Business and Trade (UK)',
    text:
      'UK and Indian negotiators met in London for the fifteenth round of talks. ' +
      'The round focused on the draft UK-India Free Trade Agreement, in particular goods and services.',
    entities: [
      S('United Kingdom', 'UK'),
      S('India', 'Indian'),
      A('UK-India Free Trade Agreement'),
      E('fifteenth round of UK-India talks in London', ['fifteenth round of talks']),
    ],
    relations: [
      ...dis('fifteenth round of UK-India talks in London', 'UK-India Free Trade Agreement'),
      ['INVOLVES', 'fifteenth round of UK-India talks in London', 'United Kingdom'],
      ['INVOLVES', 'fifteenth round of UK-India talks in London', 'India'],
    ],
  },
  {
    id: 'signing-ceremony-of-agreement',
    form: '"attended the signing of the X Agreement" (the signing is about the agreement)',
    date: '2023-07-09',
    source: 'New Zealand Government',
    text: 'Prime Minister Chris Hipkins attended the signing of the New Zealand-EU Free Trade Agreement in Brussels on 9 July.',
    entities: [
      P('Chris Hipkins', 'Prime Minister Chris Hipkins'),
      A('New Zealand-EU Free Trade Agreement'),
      E('signing of the New Zealand-EU Free Trade Agreement', ['signing'], '2023-07-09'),
    ],
    relations: [...dis('signing of the New Zealand-EU Free Trade Agreement', 'New Zealand-EU Free Trade Agreement')],
  },
  {
    id: 'joint-statement-issued-on-meeting',
    form: '"issued a Joint Statement on the elevation of relations" (discussed by the meeting that issued it)',
    date: '2024-03-07',
    source: 'Viet Nam News Agency',
    text:
      'Prime Minister Pham Minh Chinh held talks with Prime Minister Anthony Albanese in Canberra on 7 March. ' +
      'After the talks, the two leaders issued a Joint Statement on the elevation of bilateral relations.',
    entities: [
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      A('Joint Statement on the elevation of bilateral relations'),
      E('Chinh-Albanese talks in Canberra', ['held talks'], '2024-03-07'),
    ],
    relations: [...dis('Chinh-Albanese talks in Canberra', 'Joint Statement on the elevation of bilateral relations')],
  },
];

const PLANNED_TOPICS: BankCase[] = [
  {
    id: 'agreed-to-hold-next-round',
    form: '"agreed to hold the next round in City in June" (planned round as topic)',
    date: '2024-03-15',
    source: 'Ministry of Foreign Affairs of Poland',
    text:
      'Deputy Minister Andrzej Szejna held political consultations with Deputy Minister Ruslan Kolbasa in Warsaw. ' +
      'They agreed to hold the next round of consultations in Vilnius in June.',
    entities: [
      P('Andrzej Szejna', 'Deputy Minister Andrzej Szejna'),
      P('Ruslan Kolbasa', 'Deputy Minister Ruslan Kolbasa'),
      E('Szejna-Kolbasa consultations in Warsaw', ['political consultations']),
      E('next round of consultations in Vilnius', ['next round of consultations']),
    ],
    relations: [...dis('Szejna-Kolbasa consultations in Warsaw', 'next round of consultations in Vilnius')],
  },
  {
    id: 'invited-to-visit',
    form: '"invited B to pay a state visit to A next year, which was accepted" (planned visit as topic)',
    date: '2023-10-12',
    source: 'Presidential Office of the Philippines',
    text:
      'President Ferdinand Marcos Jr. met Prime Minister Christopher Luxon at Malacañang on 12 October. ' +
      'President Marcos invited Mr Luxon to pay an official visit to the Philippines next year.',
    entities: [
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.', 'President Marcos'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Mr Luxon'),
      E('Marcos-Luxon meeting at Malacañang', ['met'], '2023-10-12'),
      E('official visit of Christopher Luxon to the Philippines', ['official visit']),
    ],
    relations: [...dis('Marcos-Luxon meeting at Malacañang', 'official visit of Christopher Luxon to the Philippines')],
  },
  {
    id: 'looked-forward-to-summit',
    form: '"looked forward to the X Summit in City" (hoped-for summit as topic)',
    date: '2024-09-24',
    source: 'Ministry of Foreign Affairs of Brazil',
    text:
      'Minister Mauro Vieira met Foreign Minister Ahmed Attaf in New York on Tuesday. ' +
      'Both ministers looked forward to the BRICS Summit in Kazan.',
    entities: [
      P('Mauro Vieira', 'Minister Mauro Vieira'),
      P('Ahmed Attaf', 'Foreign Minister Ahmed Attaf'),
      E('Vieira-Attaf meeting in New York', ['met'], '2024-09-24'),
      E('BRICS Summit in Kazan', ['BRICS Summit']),
    ],
    relations: [...dis('Vieira-Attaf meeting in New York', 'BRICS Summit in Kazan')],
  },
  {
    id: 'working-group-to-be-set-up',
    form: '"agreed to reactivate the working group on X" (a planned body meeting as topic)',
    date: '2022-04-07',
    source: 'La Moncloa',
    text:
      'The President of the Government, Pedro Sánchez, met King Mohammed VI in Rabat. ' +
      'Both agreed to reactivate the working group on the delimitation of maritime spaces.',
    entities: [
      P('Pedro Sánchez', 'President of the Government'),
      P('Mohammed VI', 'King Mohammed VI'),
      E('Sánchez-Mohammed VI meeting in Rabat', ['met']),
      E('working group on the delimitation of maritime spaces'),
    ],
    relations: [...dis('Sánchez-Mohammed VI meeting in Rabat', 'working group on the delimitation of maritime spaces')],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-venue-organisation',
    form: 'negative: "met at United Nations Headquarters" (a venue is no topic)',
    date: '2023-09-20',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister Yoko Kamikawa met Foreign Minister Sergey Lavrov briefly at United Nations Headquarters in New York. ' +
      'They discussed fisheries around the northern islands.',
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov'),
      E('Kamikawa-Lavrov meeting in New York', ['met']),
    ],
    relations: [],
  },
  {
    id: 'negative-sidelines-frame',
    form: 'negative: "on the sidelines of the G20 Summit" (the frame is no topic)',
    date: '2024-11-18',
    source: 'Prime Minister of Canada',
    text:
      'Prime Minister Justin Trudeau met President Luiz Inácio Lula da Silva on the sidelines of the G20 Summit in Rio de Janeiro. ' +
      'The leaders discussed clean energy cooperation.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva'),
      E('Trudeau-Lula meeting in Rio de Janeiro', ['met']),
      E('G20 Summit in Rio de Janeiro', ['G20 Summit']),
    ],
    relations: [],
  },
  {
    id: 'negative-recalled-earlier-meeting',
    form: 'negative: "recalled their meeting in Sochi in 2019" (an earlier meeting is background)',
    date: '2024-01-10',
    source: 'Presidency of Egypt',
    text:
      'President Abdel Fattah El-Sisi met President William Ruto in Cairo on 10 January. ' +
      'The two presidents recalled their meeting in Nairobi in 2022 and discussed water security.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi'),
      P('William Ruto', 'President William Ruto'),
      E('El-Sisi-Ruto meeting in Cairo', ['met'], '2024-01-10'),
      E('El-Sisi-Ruto meeting in Nairobi in 2022', ['meeting in Nairobi']),
    ],
    relations: [],
  },
  {
    id: 'negative-host-state',
    form: 'negative: "during his visit to Germany, hosted by the German Government" (host is no topic)',
    date: '2024-06-12',
    source: 'Office of the President of Ukraine',
    text:
      'During his visit to Berlin for the Ukraine Recovery Conference, hosted by Germany, President Volodymyr Zelenskyy met Chancellor Olaf Scholz. ' +
      'They discussed air defence.',
    entities: [
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy'),
      P('Olaf Scholz', 'Chancellor Olaf Scholz'),
      E('Zelenskyy-Scholz meeting in Berlin', ['met']),
      E('Ukraine Recovery Conference'),
    ],
    relations: [],
  },
  {
    id: 'negative-office-title-organisation',
    form: 'negative: "Secretary-General of NATO" (an organisation only in a title)',
    date: '2024-04-04',
    source: 'NATO',
    text:
      'The Secretary-General of NATO, Jens Stoltenberg, met the Foreign Minister of Japan, Yoko Kamikawa, in Brussels. ' +
      'They discussed cyber defence.',
    entities: [
      P('Jens Stoltenberg', 'Secretary-General of NATO'),
      P('Yoko Kamikawa', 'Foreign Minister of Japan'),
      E('Stoltenberg-Kamikawa meeting in Brussels', ['met']),
    ],
    relations: [],
  },
  {
    id: 'negative-own-states-of-participants',
    form: 'negative: "bilateral relations between A and B" (the participants\' own states are no topic)',
    date: '2024-02-20',
    source: 'Ministry of Foreign Affairs of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis received Prime Minister Edi Rama in Athens. ' +
      'They reviewed relations between Greece and Albania.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis'),
      P('Edi Rama', 'Prime Minister Edi Rama'),
      S('Greece'),
      S('Albania'),
      E('Mitsotakis-Rama meeting in Athens', ['received']),
    ],
    relations: [],
  },
  {
    id: 'negative-signed-earlier-basis',
    form: 'negative: "Under the 2017 Memorandum, the sides already cooperate" (a basis, no topic)',
    date: '2024-05-15',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Minister Murat Nurtleu met Minister Bakhtiyor Saidov in Astana on 15 May. ' +
      'Based on the 2017 Memorandum on Water Cooperation, the ministers discussed transboundary rivers.',
    entities: [
      P('Murat Nurtleu', 'Minister Murat Nurtleu'),
      P('Bakhtiyor Saidov', 'Minister Bakhtiyor Saidov'),
      A('Memorandum on Water Cooperation'),
      E('Nurtleu-Saidov meeting in Astana', ['met'], '2024-05-15'),
    ],
    relations: [],
  },
  {
    id: 'negative-issuer-organisation-in-byline',
    form: 'negative: "the European Commission said" as issuer voice (no topic)',
    date: '2024-03-21',
    source: 'European Commission',
    text:
      'Commissioner Valdis Dombrovskis met Minister Piyush Goyal in New Delhi on 21 March, the European Commission said. ' +
      'They discussed market access for agricultural goods.',
    entities: [
      P('Valdis Dombrovskis', 'Commissioner Valdis Dombrovskis'),
      P('Piyush Goyal', 'Minister Piyush Goyal'),
      O('European Commission'),
      E('Dombrovskis-Goyal meeting in New Delhi', ['met'], '2024-03-21'),
    ],
    relations: [],
  },
  {
    id: 'negative-flown-in-from',
    form: 'negative: "arrived from Canada" (a state in an itinerary is no topic)',
    date: '2023-05-21',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'Foreign Minister Park Jin, who arrived from Canada on Sunday, met Foreign Minister Catherine Colonna in Paris. ' +
      'The ministers discussed nuclear energy cooperation.',
    entities: [
      P('Park Jin', 'Foreign Minister Park Jin'),
      P('Catherine Colonna', 'Foreign Minister Catherine Colonna'),
      E('Park-Colonna meeting in Paris', ['met']),
    ],
    relations: [],
  },
  {
    id: 'negative-election-time-mark',
    form: 'negative: "their first meeting since the elections" (a time mark is no topic)',
    date: '2024-07-30',
    source: 'Kyodo News',
    text:
      'Prime Minister Keir Starmer and Prime Minister Fumio Kishida held their first meeting since the general election in Britain, in London on Tuesday, ' +
      'and discussed defence cooperation.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida'),
      E('Starmer-Kishida meeting in London', ['first meeting'], '2024-07-30'),
    ],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...STATE_TOPICS,
  ...OTHER_MEETING_TOPICS,
  ...AGREEMENT_TOPICS,
  ...PLANNED_TOPICS,
  ...NEGATIVES,
];
