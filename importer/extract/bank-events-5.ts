// The fifth events paraphrase bank (issue 6, round ev11): a blind bank written before any rule change of the round,
// on what the four earlier events banks left: the readout's own meeting told by its lead sentence in many house styles
// (wire datelines, presidencies, ministries, UN / AU / ASEAN / EU bodies), events told by a clause whose people are
// named by title only ("the two foreign ministers met", "the President received the visiting Prime Minister"),
// sessions of a meeting (plenary sessions, roundtables, tête-à-têtes, restricted-format talks) PART_OF it, meetings
// named by kind plus place, partner or date, what an agreement was REACHED_AT, and negatives (planned meetings,
// statements with no meeting). Its area is the events and PARTICIPATED_IN, PART_OF and REACHED_AT. Same format and
// runner as the earlier events banks (`npm run bank -- events-5`).
import { A, type BankCase, E, O, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

const LEADS: BankCase[] = [
  {
    id: 'lead-wire-dateline-met',
    form: 'wire dateline "CITY, Month D (Agency) -" then "A met B on Tuesday"',
    date: '2024-09-10',
    source: 'Reuters',
    text:
      'CANBERRA, Sept 10 (Reuters) - Australian Prime Minister Anthony Albanese met New Zealand Prime Minister Christopher Luxon on Tuesday, ' +
      'and the two leaders pledged closer defence ties.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      S('Australia', 'Australian'),
      S('New Zealand'),
      E('Albanese-Luxon meeting', ['meeting'], '2024-09-10'),
    ],
    relations: [...took('Albanese-Luxon meeting', 'Anthony Albanese', 'Christopher Luxon')],
  },
  {
    id: 'lead-presidency-received-at-palace',
    form: 'presidency: "President A received at the X Palace today B, who is on an official visit"',
    date: '2023-10-04',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan received at the Dolmabahçe Office today Prime Minister Viktor Orbán of Hungary, who is on a working visit to Istanbul. ' +
      'The meeting was closed to the press.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Viktor Orbán', 'Prime Minister Viktor Orbán', 'Orbán'),
      S('Hungary'),
      E('Erdoğan-Orbán meeting', ['meeting', 'the meeting'], '2023-10-04'),
      E("Orbán's working visit to Istanbul", ['working visit', 'working visit to Istanbul'], '2023-10-04'),
    ],
    relations: [
      ...took('Erdoğan-Orbán meeting', 'Recep Tayyip Erdoğan', 'Viktor Orbán'),
      ...took("Orbán's working visit to Istanbul", 'Viktor Orbán'),
      part('Erdoğan-Orbán meeting', "Orbán's working visit to Istanbul"),
    ],
  },
  {
    id: 'lead-ministry-held-consultations-with-counterpart',
    form: 'ministry: "Minister A held consultations with his B counterpart, C, in City"',
    date: '2024-02-20',
    source: 'Ministry of Foreign Affairs of Brazil',
    text:
      'Minister Mauro Vieira held consultations with his Argentine counterpart, Diana Mondino, in Brasília on 20 February. ' +
      'The ministers reviewed the bilateral agenda.',
    entities: [
      P('Mauro Vieira', 'Minister Mauro Vieira', 'Vieira'),
      P('Diana Mondino', 'Mondino'),
      S('Argentina', 'Argentine'),
      E('Vieira-Mondino consultations in Brasília', ['consultations'], '2024-02-20'),
    ],
    relations: [...took('Vieira-Mondino consultations in Brasília', 'Mauro Vieira', 'Diana Mondino')],
  },
  {
    id: 'lead-un-sg-met-with',
    form: 'UN readout: "The Secretary-General met today with X, Title of Y"',
    date: '2024-01-18',
    source: 'United Nations, Office of the Spokesperson for the Secretary-General',
    title: "Readout of the Secretary-General's meeting with the Prime Minister of Iraq",
    text:
      'The Secretary-General, António Guterres, met today with Mohammed Shia al-Sudani, Prime Minister of Iraq, on the margins of the World Economic Forum in Davos. ' +
      'They discussed the situation in the region.',
    entities: [
      P('António Guterres', 'Secretary-General', 'Guterres'),
      P('Mohammed Shia al-Sudani', 'al-Sudani'),
      S('Iraq'),
      E('Guterres-al-Sudani meeting', ['meeting'], '2024-01-18'),
      E('World Economic Forum in Davos', ['World Economic Forum'], '2024-01-18'),
    ],
    relations: [
      ...took('Guterres-al-Sudani meeting', 'António Guterres', 'Mohammed Shia al-Sudani'),
      ...took('World Economic Forum in Davos', 'António Guterres', 'Mohammed Shia al-Sudani'),
      part('Guterres-al-Sudani meeting', 'World Economic Forum in Davos'),
    ],
  },
  {
    id: 'lead-au-chairperson-received',
    form: 'AU: "The Chairperson of the African Union Commission, H.E. X, received in audience H.E. Y"',
    date: '2023-06-12',
    source: 'African Union Commission',
    text: 'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, received in audience H.E. Naledi Pandor, Minister of International Relations and Cooperation of South Africa, at the AU Headquarters in Addis Ababa.',
    entities: [
      P('Moussa Faki Mahamat', 'H.E. Moussa Faki Mahamat', 'Faki'),
      P('Naledi Pandor', 'H.E. Naledi Pandor', 'Pandor'),
      S('South Africa'),
      O('African Union Commission', 'AU Commission'),
      E('Faki-Pandor audience', ['audience', 'Faki-Pandor meeting'], '2023-06-12'),
    ],
    relations: [...took('Faki-Pandor audience', 'Moussa Faki Mahamat', 'Naledi Pandor')],
  },
  {
    id: 'lead-asean-sg-courtesy-call',
    form: 'ASEAN: "X paid a courtesy call on the Secretary-General of ASEAN, Y, at the ASEAN Secretariat"',
    date: '2024-03-05',
    source: 'ASEAN Secretariat',
    text:
      'Ambassador Kim Chang-beom paid a courtesy call on the Secretary-General of ASEAN, Dr. Kao Kim Hourn, at the ASEAN Secretariat in Jakarta today. ' +
      'They exchanged views on ASEAN-Korea cooperation.',
    entities: [
      P('Kim Chang-beom', 'Ambassador Kim Chang-beom'),
      P('Kao Kim Hourn', 'Dr. Kao Kim Hourn'),
      O('ASEAN'),
      E('Kim-Kao courtesy call', ['courtesy call'], '2024-03-05'),
    ],
    relations: [...took('Kim-Kao courtesy call', 'Kim Chang-beom', 'Kao Kim Hourn')],
  },
  {
    id: 'lead-eu-hrvp-hosted',
    form: 'EU: "High Representative X hosted Y, Minister for Foreign Affairs of Z, in Brussels"',
    date: '2022-11-21',
    source: 'European External Action Service',
    text:
      'High Representative Josep Borrell hosted Ayman Safadi, Deputy Prime Minister and Minister for Foreign Affairs of Jordan, in Brussels on 21 November. ' +
      'The discussion focused on regional stability.',
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell', 'Borrell'),
      P('Ayman Safadi', 'Safadi'),
      S('Jordan'),
      E('Borrell-Safadi meeting in Brussels', ['discussion', 'meeting'], '2022-11-21'),
    ],
    relations: [...took('Borrell-Safadi meeting in Brussels', 'Josep Borrell', 'Ayman Safadi')],
  },
  {
    id: 'lead-fronted-date-held-a-meeting',
    form: '"On 14 May, A held a meeting with B, Title of C, in City" (press-release opening)',
    date: '2024-05-14',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'On 14 May, Minister of Foreign Affairs Murat Nurtleu held a meeting with Ararat Mirzoyan, Minister of Foreign Affairs of Armenia, in Astana. ' +
      'The parties discussed transport connectivity.',
    entities: [
      P('Murat Nurtleu', 'Minister of Foreign Affairs Murat Nurtleu', 'Nurtleu'),
      P('Ararat Mirzoyan', 'Mirzoyan'),
      S('Armenia'),
      S('Kazakhstan'),
      E('Nurtleu-Mirzoyan meeting in Astana', ['meeting'], '2024-05-14'),
    ],
    relations: [...took('Nurtleu-Mirzoyan meeting in Astana', 'Murat Nurtleu', 'Ararat Mirzoyan')],
  },
  {
    id: 'lead-passive-was-received-by',
    form: 'passive lead: "A was received by B at the C on Monday"',
    date: '2023-04-03',
    source: 'Ministry of Foreign Affairs of Chile',
    text:
      'Foreign Minister Alberto van Klaveren was received by President Gustavo Petro of Colombia at the Casa de Nariño on Monday. ' +
      'The conversation covered regional integration.',
    entities: [
      P('Alberto van Klaveren', 'Foreign Minister Alberto van Klaveren', 'van Klaveren'),
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      S('Colombia'),
      E('Petro-van Klaveren meeting', ['conversation', 'meeting'], '2023-04-03'),
    ],
    relations: [...took('Petro-van Klaveren meeting', 'Alberto van Klaveren', 'Gustavo Petro')],
  },
  {
    id: 'lead-headline-meets-then-titles',
    form: 'headline "A meets B" over a lead that names them by title and surname',
    date: '2024-06-27',
    source: 'Prime Minister of Malaysia',
    title: 'Anwar meets Chinese Premier Li Qiang',
    text:
      'Prime Minister Anwar Ibrahim met Premier Li Qiang of China at Seri Perdana in Putrajaya on Wednesday. ' +
      'Anwar said the meeting reaffirmed the close ties between the two countries.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Li Qiang', 'Premier Li Qiang'),
      S('China', 'Chinese'),
      E('Anwar-Li Qiang meeting in Putrajaya', ['meeting', 'the meeting'], '2024-06-27'),
    ],
    relations: [...took('Anwar-Li Qiang meeting in Putrajaya', 'Anwar Ibrahim', 'Li Qiang')],
  },
  {
    id: 'lead-news-agency-held-talks-at',
    form: 'news agency: "A and B held talks at the C in City on Thursday, the X Agency reported"',
    date: '2024-08-22',
    source: 'Anadolu Agency',
    text:
      'ANKARA (AA) - Turkish Foreign Minister Hakan Fidan and his Egyptian counterpart Badr Abdelatty held talks at the Foreign Ministry in Ankara on Thursday. ' +
      'Fidan told reporters after the talks that the two countries would deepen trade.',
    entities: [
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan', 'Fidan'),
      P('Badr Abdelatty', 'Abdelatty'),
      S('Türkiye', 'Turkish', 'Turkey'),
      S('Egypt', 'Egyptian'),
      E('Fidan-Abdelatty talks in Ankara', ['talks', 'the talks'], '2024-08-22'),
    ],
    relations: [...took('Fidan-Abdelatty talks in Ankara', 'Hakan Fidan', 'Badr Abdelatty')],
  },
  {
    id: 'lead-chancellery-title-first-received',
    form: 'presidency, title first: "The Federal Chancellor received X at the Chancellery", named in headline',
    date: '2024-03-15',
    source: 'The Federal Government of Germany',
    title: 'Chancellor Scholz meets Polish Prime Minister Tusk',
    text:
      'The Federal Chancellor received Prime Minister Donald Tusk at the Federal Chancellery on Friday. ' +
      'The two heads of government discussed support for Ukraine.',
    entities: [
      P('Olaf Scholz', 'Chancellor Scholz', 'Scholz', 'The Federal Chancellor'),
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      S('Poland', 'Polish'),
      E('Scholz-Tusk meeting', ['meeting'], '2024-03-15'),
    ],
    relations: [...took('Scholz-Tusk meeting', 'Olaf Scholz', 'Donald Tusk')],
  },
  {
    id: 'lead-spokesperson-q-a-met',
    form: 'spokesperson: "Spokesperson: State Councilor X met with Y in City yesterday."',
    date: '2023-07-19',
    source: 'Ministry of Foreign Affairs of China',
    text:
      'Spokesperson Mao Ning: Director of the Office of the Central Foreign Affairs Commission Wang Yi met with former U.S. Secretary of State Henry Kissinger in Beijing yesterday. ' +
      'Wang Yi said China and the United States should respect each other.',
    entities: [
      P('Wang Yi', 'Wang'),
      P('Henry Kissinger', 'Kissinger'),
      P('Mao Ning'),
      S('China'),
      S('United States', 'U.S.'),
      E('Wang Yi-Kissinger meeting in Beijing', ['meeting'], '2023-07-18'),
    ],
    relations: [...took('Wang Yi-Kissinger meeting in Beijing', 'Wang Yi', 'Henry Kissinger')],
  },
  {
    id: 'lead-bulleted-programme-met',
    form: 'bulleted programme lines: "- Meeting with X, Title of Y"',
    date: '2024-10-01',
    source: 'Ministry of Foreign Affairs of Estonia',
    title: 'Foreign Minister Margus Tsahkna in New York',
    text:
      'Foreign Minister Margus Tsahkna held the following meetings in New York on 1 October:\n' +
      '- a meeting with Penny Wong, Minister for Foreign Affairs of Australia;\n' +
      '- a meeting with Antony Blinken, Secretary of State of the United States.',
    entities: [
      P('Margus Tsahkna', 'Foreign Minister Margus Tsahkna', 'Tsahkna'),
      P('Penny Wong', 'Wong'),
      P('Antony Blinken', 'Blinken'),
      S('Australia'),
      S('United States'),
      E('Tsahkna-Wong meeting', ['meeting with Penny Wong'], '2024-10-01'),
      E('Tsahkna-Blinken meeting', ['meeting with Antony Blinken'], '2024-10-01'),
    ],
    relations: [
      ...took('Tsahkna-Wong meeting', 'Margus Tsahkna', 'Penny Wong'),
      ...took('Tsahkna-Blinken meeting', 'Margus Tsahkna', 'Antony Blinken'),
    ],
  },
];

const TITLE_ONLY: BankCase[] = [
  {
    id: 'titles-two-foreign-ministers-met',
    form: '"The two foreign ministers met in City" after a sentence naming them',
    date: '2024-04-12',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Foreign Minister Espen Barth Eide welcomed Foreign Minister Tobias Billström of Sweden to Oslo. ' +
      'The two foreign ministers met at the Ministry on Friday and discussed Nordic defence cooperation.',
    entities: [
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide', 'Eide'),
      P('Tobias Billström', 'Foreign Minister Tobias Billström', 'Billström'),
      S('Sweden'),
      E('Eide-Billström meeting in Oslo', ['meeting'], '2024-04-12'),
    ],
    relations: [...took('Eide-Billström meeting in Oslo', 'Espen Barth Eide', 'Tobias Billström')],
  },
  {
    id: 'titles-president-received-visiting-pm',
    form: '"The President received the visiting Prime Minister", both named earlier',
    date: '2023-11-08',
    source: 'Presidency of Ghana',
    text:
      'Prime Minister Narendra Modi of India is in Accra for a two-day state visit at the invitation of President Nana Akufo-Addo. ' +
      'The President received the visiting Prime Minister at Jubilee House on Wednesday morning.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi', 'the visiting Prime Minister'),
      P('Nana Akufo-Addo', 'President Nana Akufo-Addo', 'Akufo-Addo', 'The President'),
      S('India'),
      E("Modi's state visit to Accra", ['state visit', 'two-day state visit'], '2023-11-08'),
      E('Akufo-Addo-Modi meeting at Jubilee House', ['meeting'], '2023-11-08'),
    ],
    relations: [
      ...took("Modi's state visit to Accra", 'Narendra Modi'),
      ...took('Akufo-Addo-Modi meeting at Jubilee House', 'Nana Akufo-Addo', 'Narendra Modi'),
      part('Akufo-Addo-Modi meeting at Jubilee House', "Modi's state visit to Accra"),
    ],
  },
  {
    id: 'titles-the-two-leaders-held-talks',
    form: '"The two leaders held talks" after a sentence naming the host and guest',
    date: '2024-07-09',
    source: 'Prime Minister of Japan',
    text:
      "Prime Minister Fumio Kishida welcomed Prime Minister Christopher Luxon of New Zealand to the Prime Minister's Office on 9 July. " +
      'The two leaders then held talks for about an hour.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      S('New Zealand'),
      E('Kishida-Luxon talks', ['talks'], '2024-07-09'),
    ],
    relations: [...took('Kishida-Luxon talks', 'Fumio Kishida', 'Christopher Luxon')],
  },
  {
    id: 'titles-the-ministers-also-met',
    form: '"The ministers also met …" naming a second meeting by title only',
    date: '2023-09-21',
    source: 'Global Affairs Canada',
    text:
      'Minister Mélanie Joly and Minister Dmytro Kuleba of Ukraine held a bilateral meeting in New York on 21 September. ' +
      'The ministers also met later that day with representatives of Ukrainian civil society.',
    entities: [
      P('Mélanie Joly', 'Minister Mélanie Joly', 'Joly'),
      P('Dmytro Kuleba', 'Minister Dmytro Kuleba', 'Kuleba'),
      S('Ukraine', 'Ukrainian'),
      E('Joly-Kuleba bilateral meeting in New York', ['bilateral meeting'], '2023-09-21'),
      E('meeting with representatives of Ukrainian civil society', [], '2023-09-21'),
    ],
    relations: [
      ...took('Joly-Kuleba bilateral meeting in New York', 'Mélanie Joly', 'Dmytro Kuleba'),
      ...took('meeting with representatives of Ukrainian civil society', 'Mélanie Joly', 'Dmytro Kuleba'),
    ],
  },
  {
    id: 'titles-the-king-received-the-minister',
    form: '"His Majesty the King received the Minister", each named once before',
    date: '2024-01-23',
    source: 'Royal Hashemite Court',
    text:
      'French Foreign Minister Stéphane Séjourné arrived in Amman on Tuesday on his first tour of the region. ' +
      'His Majesty King Abdullah II received the Minister at Al Husseiniya Palace.',
    entities: [
      P('Stéphane Séjourné', 'Foreign Minister Stéphane Séjourné', 'Séjourné', 'the Minister'),
      P('Abdullah II', 'King Abdullah II', 'His Majesty King Abdullah II'),
      S('France', 'French'),
      E('Abdullah II-Séjourné meeting', ['meeting'], '2024-01-23'),
      E("Séjourné's tour of the region", ['tour of the region'], '2024-01-23'),
    ],
    relations: [
      ...took('Abdullah II-Séjourné meeting', 'Abdullah II', 'Stéphane Séjourné'),
      ...took("Séjourné's tour of the region", 'Stéphane Séjourné'),
      part('Abdullah II-Séjourné meeting', "Séjourné's tour of the region"),
    ],
  },
  {
    id: 'titles-both-presidents-spoke-by-phone',
    form: '"Both Presidents spoke by telephone" after a sentence naming them in another frame',
    date: '2024-05-30',
    source: 'Presidency of Argentina',
    text:
      'President Javier Milei thanked President Daniel Noboa of Ecuador for his support. ' +
      'Both Presidents spoke by telephone on Thursday evening.',
    entities: [
      P('Javier Milei', 'President Javier Milei', 'Milei'),
      P('Daniel Noboa', 'President Daniel Noboa', 'Noboa'),
      S('Ecuador'),
      E('Milei-Noboa telephone call', ['telephone call', 'call'], '2024-05-30'),
    ],
    relations: [...took('Milei-Noboa telephone call', 'Javier Milei', 'Daniel Noboa')],
  },
  {
    id: 'titles-secretary-of-state-met-his-counterpart',
    form: '"The Secretary met his counterpart" with both named in the headline',
    date: '2024-02-22',
    source: 'U.S. Department of State',
    title: "Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira",
    text:
      "The Secretary met his Brazilian counterpart in Rio de Janeiro on the margins of the G20 Foreign Ministers' Meeting. " +
      'They discussed the Amazon.',
    entities: [
      P('Antony Blinken', 'Secretary Blinken', 'Blinken', 'The Secretary'),
      P('Mauro Vieira', 'Foreign Minister Vieira', 'Vieira'),
      S('Brazil', 'Brazilian'),
      E(
        'Blinken-Vieira meeting',
        ['meeting', "Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira"],
        '2024-02-22',
      ),
      E("G20 Foreign Ministers' Meeting", [], '2024-02-22'),
    ],
    relations: [
      ...took('Blinken-Vieira meeting', 'Antony Blinken', 'Mauro Vieira'),
      ...took("G20 Foreign Ministers' Meeting", 'Antony Blinken', 'Mauro Vieira'),
      part('Blinken-Vieira meeting', "G20 Foreign Ministers' Meeting"),
    ],
  },
  {
    id: 'titles-prime-minister-hosted-the-president',
    form: '"The Prime Minister hosted the President for lunch", named in the first sentence',
    date: '2023-05-04',
    source: 'Prime Minister of the United Kingdom',
    text:
      'Prime Minister Rishi Sunak welcomed President Yoon Suk Yeol of the Republic of Korea to Downing Street. ' +
      'The Prime Minister hosted the President for a working lunch after their talks.',
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak', 'The Prime Minister'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon', 'the President'),
      S('Republic of Korea'),
      E('Sunak-Yoon talks', ['talks', 'their talks'], '2023-05-04'),
      E('working lunch', ['working lunch'], '2023-05-04'),
    ],
    relations: [
      ...took('Sunak-Yoon talks', 'Rishi Sunak', 'Yoon Suk Yeol'),
      ...took('working lunch', 'Rishi Sunak', 'Yoon Suk Yeol'),
    ],
  },
  {
    id: 'titles-foreign-ministers-of-a-and-b-met',
    form: '"The Foreign Ministers of A and B met in City on date", named in the next sentence',
    date: '2024-06-05',
    source: 'Ministry of Foreign Affairs of Slovenia',
    text:
      'The Foreign Ministers of Slovenia and Croatia met in Ljubljana on 5 June. ' +
      'Tanja Fajon and Gordan Grlić Radman discussed the Western Balkans.',
    entities: [
      P('Tanja Fajon', 'Fajon'),
      P('Gordan Grlić Radman', 'Grlić Radman'),
      S('Slovenia'),
      S('Croatia'),
      E(
        'Fajon-Grlić Radman meeting in Ljubljana',
        ['meeting', "Slovenia-Croatia foreign ministers' meeting"],
        '2024-06-05',
      ),
    ],
    relations: [...took('Fajon-Grlić Radman meeting in Ljubljana', 'Tanja Fajon', 'Gordan Grlić Radman')],
  },
  {
    id: 'titles-the-leaders-lowercase-met-one-on-one',
    form: '"the leaders met one-on-one" after a headline naming both',
    date: '2023-08-24',
    source: 'Office of the President of Kenya',
    title: 'President Ruto and President Museveni hold talks in Entebbe',
    text:
      'The leaders met one-on-one at State House Entebbe before their delegations joined them. ' +
      'They agreed to fast-track the standard gauge railway.',
    entities: [
      P('William Ruto', 'President Ruto', 'Ruto'),
      P('Yoweri Museveni', 'President Museveni', 'Museveni'),
      E('Ruto-Museveni talks in Entebbe', ['talks', 'one-on-one'], '2023-08-24'),
    ],
    relations: [...took('Ruto-Museveni talks in Entebbe', 'William Ruto', 'Yoweri Museveni')],
  },
];

const SESSIONS: BankCase[] = [
  {
    id: 'session-tete-a-tete-then-plenary',
    form: '"The talks began with a tête-à-tête, followed by a plenary session with the delegations"',
    date: '2024-02-06',
    source: 'Presidency of Senegal',
    text:
      'President Macky Sall held talks with President Umaro Sissoco Embaló of Guinea-Bissau in Dakar on 6 February. ' +
      'The talks began with a tête-à-tête, followed by a plenary session with the two delegations.',
    entities: [
      P('Macky Sall', 'President Macky Sall', 'Sall'),
      P('Umaro Sissoco Embaló', 'President Umaro Sissoco Embaló', 'Embaló'),
      S('Guinea-Bissau'),
      E('Sall-Embaló talks in Dakar', ['talks', 'the talks'], '2024-02-06'),
      E('tête-à-tête', ['tête-à-tête'], '2024-02-06'),
      E('plenary session', ['plenary session'], '2024-02-06'),
    ],
    relations: [
      ...took('Sall-Embaló talks in Dakar', 'Macky Sall', 'Umaro Sissoco Embaló'),
      ...took('tête-à-tête', 'Macky Sall', 'Umaro Sissoco Embaló'),
      ...took('plenary session', 'Macky Sall', 'Umaro Sissoco Embaló'),
      part('tête-à-tête', 'Sall-Embaló talks in Dakar'),
      part('plenary session', 'Sall-Embaló talks in Dakar'),
    ],
  },
  {
    id: 'session-restricted-format-then-expanded',
    form: '"The talks were held first in restricted format and then in expanded format"',
    date: '2023-10-13',
    source: 'President of Kyrgyzstan',
    text:
      'President Sadyr Japarov and President Shavkat Mirziyoyev of Uzbekistan held talks in Bishkek. ' +
      'The talks were held first in a restricted format and then in an expanded format with the participation of the delegations.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov', 'Japarov'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      S('Uzbekistan'),
      E('Japarov-Mirziyoyev talks in Bishkek', ['talks', 'the talks'], '2023-10-13'),
      E('restricted-format talks', ['restricted format'], '2023-10-13'),
      E('expanded-format talks', ['expanded format'], '2023-10-13'),
    ],
    relations: [
      ...took('Japarov-Mirziyoyev talks in Bishkek', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
      ...took('restricted-format talks', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
      ...took('expanded-format talks', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
      part('restricted-format talks', 'Japarov-Mirziyoyev talks in Bishkek'),
      part('expanded-format talks', 'Japarov-Mirziyoyev talks in Bishkek'),
    ],
  },
  {
    id: 'session-roundtable-during-visit',
    form: '"During the visit, X co-chaired a business roundtable with Y"',
    date: '2024-04-16',
    source: 'Prime Minister of Viet Nam',
    text:
      'Prime Minister Pham Minh Chinh paid an official visit to Singapore from 15 to 16 April. ' +
      'During the visit, he co-chaired a business roundtable with Prime Minister Lee Hsien Loong.',
    entities: [
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh', 'Chinh'),
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong', 'Lee'),
      S('Singapore'),
      E("Pham Minh Chinh's official visit to Singapore", ['official visit', 'the visit'], '2024-04-15'),
      E('business roundtable', ['roundtable'], '2024-04-16'),
    ],
    relations: [
      ...took("Pham Minh Chinh's official visit to Singapore", 'Pham Minh Chinh'),
      ...took('business roundtable', 'Pham Minh Chinh', 'Lee Hsien Loong'),
      part('business roundtable', "Pham Minh Chinh's official visit to Singapore"),
    ],
  },
  {
    id: 'session-plenary-of-summit-addressed',
    form: '"addressed the plenary session of the X Summit"',
    date: '2023-09-09',
    source: 'Presidency of South Africa',
    text: "President Cyril Ramaphosa addressed the plenary session of the G20 Leaders' Summit in New Delhi on Saturday.",
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      E("G20 Leaders' Summit in New Delhi", ["G20 Leaders' Summit"], '2023-09-09'),
      E("plenary session of the G20 Leaders' Summit", ['plenary session'], '2023-09-09'),
    ],
    relations: [
      ...took("G20 Leaders' Summit in New Delhi", 'Cyril Ramaphosa'),
      ...took("plenary session of the G20 Leaders' Summit", 'Cyril Ramaphosa'),
      part("plenary session of the G20 Leaders' Summit", "G20 Leaders' Summit in New Delhi"),
    ],
  },
  {
    id: 'session-one-on-one-followed-by-delegation-level',
    form: '"A and B had a one-on-one meeting, followed by delegation-level talks"',
    date: '2024-06-22',
    source: 'Ministry of External Affairs of India',
    text: 'Prime Minister Narendra Modi and Prime Minister Sheikh Hasina of Bangladesh had a one-on-one meeting at Hyderabad House, followed by delegation-level talks.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Sheikh Hasina', 'Prime Minister Sheikh Hasina', 'Hasina'),
      S('Bangladesh'),
      E('one-on-one meeting', ['one-on-one meeting'], '2024-06-22'),
      E('delegation-level talks', ['delegation-level talks'], '2024-06-22'),
    ],
    relations: [
      ...took('one-on-one meeting', 'Narendra Modi', 'Sheikh Hasina'),
      ...took('delegation-level talks', 'Narendra Modi', 'Sheikh Hasina'),
    ],
  },
  {
    id: 'session-joint-press-conference-after-meeting',
    form: '"After their meeting, A and B held a joint press conference"',
    date: '2024-01-29',
    source: 'Government of Italy',
    text:
      'Prime Minister Giorgia Meloni met President Kais Saied of Tunisia in Rome on 29 January. ' +
      'After their meeting, the two leaders held a joint press conference.',
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      P('Kais Saied', 'President Kais Saied', 'Saied'),
      S('Tunisia'),
      E('Meloni-Saied meeting in Rome', ['meeting', 'their meeting'], '2024-01-29'),
      E('joint press conference', [], '2024-01-29'),
    ],
    relations: [
      ...took('Meloni-Saied meeting in Rome', 'Giorgia Meloni', 'Kais Saied'),
      ...took('joint press conference', 'Giorgia Meloni', 'Kais Saied'),
      part('joint press conference', 'Meloni-Saied meeting in Rome'),
    ],
  },
  {
    id: 'session-opening-session-chaired',
    form: '"The opening session of the X Forum was chaired by A and B"',
    date: '2023-11-30',
    source: 'Ministry of Foreign Affairs of Portugal',
    text:
      'The Portugal-Cabo Verde Summit took place in Lisbon on 30 November. ' +
      'The opening session of the summit was chaired by Prime Minister António Costa and Prime Minister Ulisses Correia e Silva.',
    entities: [
      P('António Costa', 'Prime Minister António Costa', 'Costa'),
      P('Ulisses Correia e Silva', 'Prime Minister Ulisses Correia e Silva', 'Correia e Silva'),
      S('Portugal'),
      S('Cabo Verde'),
      E('Portugal-Cabo Verde Summit', ['summit'], '2023-11-30'),
      E('opening session of the Portugal-Cabo Verde Summit', ['opening session'], '2023-11-30'),
    ],
    relations: [
      ...took('Portugal-Cabo Verde Summit', 'António Costa', 'Ulisses Correia e Silva'),
      ...took('opening session of the Portugal-Cabo Verde Summit', 'António Costa', 'Ulisses Correia e Silva'),
      part('opening session of the Portugal-Cabo Verde Summit', 'Portugal-Cabo Verde Summit'),
    ],
  },
  {
    id: 'session-working-dinner-in-visit',
    form: '"In the evening, the Prime Minister hosted a working dinner for X" inside a visit',
    date: '2024-03-12',
    source: 'Prime Minister of the Netherlands',
    text:
      'Prime Minister Mark Rutte received Prime Minister Kristen Michal of Estonia in The Hague on 12 March for an official visit. ' +
      'In the evening, Rutte hosted a working dinner for Michal.',
    entities: [
      P('Mark Rutte', 'Prime Minister Mark Rutte', 'Rutte'),
      P('Kristen Michal', 'Prime Minister Kristen Michal', 'Michal'),
      S('Estonia'),
      E("Michal's official visit to The Hague", ['official visit'], '2024-03-12'),
      E('working dinner', [], '2024-03-12'),
    ],
    relations: [
      ...took("Michal's official visit to The Hague", 'Kristen Michal'),
      ...took('working dinner', 'Mark Rutte', 'Kristen Michal'),
      part('working dinner', "Michal's official visit to The Hague"),
    ],
  },
  {
    id: 'session-narrow-circle-talks-kremlin-style',
    form: '"Russian-X talks took place in the Kremlin, first in narrow format, then with delegations"',
    date: '2023-12-07',
    source: 'President of Russia',
    text:
      'Russian-Iranian talks took place in the Kremlin on 7 December between Vladimir Putin and President of Iran Ebrahim Raisi. ' +
      'The talks were held first in a narrow format.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Ebrahim Raisi', 'President of Iran Ebrahim Raisi', 'Raisi'),
      S('Russia', 'Russian'),
      S('Iran', 'Iranian'),
      E('Russian-Iranian talks in the Kremlin', ['Russian-Iranian talks', 'talks', 'the talks'], '2023-12-07'),
      E('narrow-format talks', ['narrow format'], '2023-12-07'),
    ],
    relations: [
      ...took('Russian-Iranian talks in the Kremlin', 'Vladimir Putin', 'Ebrahim Raisi'),
      ...took('narrow-format talks', 'Vladimir Putin', 'Ebrahim Raisi'),
      part('narrow-format talks', 'Russian-Iranian talks in the Kremlin'),
    ],
  },
];

const BY_KIND: BankCase[] = [
  {
    id: 'kind-their-talks-in-city-last-month',
    form: '"following their talks in City last month" (an earlier meeting named by kind, place and date)',
    date: '2024-05-20',
    source: 'Ministry of Foreign Affairs of Spain',
    text: 'Minister José Manuel Albares spoke by telephone with Minister Nasser Bourita of Morocco, following their talks in Rabat last month.',
    entities: [
      P('José Manuel Albares', 'Minister José Manuel Albares', 'Albares'),
      P('Nasser Bourita', 'Minister Nasser Bourita', 'Bourita'),
      S('Morocco'),
      E('Albares-Bourita telephone call', ['spoke by telephone'], '2024-05-20'),
      E('Albares-Bourita talks in Rabat', ['their talks in Rabat'], '2024-04'),
    ],
    relations: [
      ...took('Albares-Bourita telephone call', 'José Manuel Albares', 'Nasser Bourita'),
      ...took('Albares-Bourita talks in Rabat', 'José Manuel Albares', 'Nasser Bourita'),
    ],
  },
  {
    id: 'kind-the-city-summit-of-date',
    form: '"the Vilnius summit of July 2023" recalled with its participants',
    date: '2024-01-15',
    source: 'NATO',
    text:
      'Secretary General Jens Stoltenberg met President Volodymyr Zelenskyy in Davos. ' +
      'They recalled the decisions both had taken part in at the Vilnius Summit in July 2023.',
    entities: [
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E('Stoltenberg-Zelenskyy meeting in Davos', ['meeting'], '2024-01-15'),
      E('Vilnius Summit', ['Vilnius Summit in July 2023'], '2023-07'),
    ],
    relations: [
      ...took('Stoltenberg-Zelenskyy meeting in Davos', 'Jens Stoltenberg', 'Volodymyr Zelenskyy'),
      ...took('Vilnius Summit', 'Jens Stoltenberg', 'Volodymyr Zelenskyy'),
    ],
  },
  {
    id: 'kind-annual-summit-numbered-held-in',
    form: '"The 15th annual summit between A and B was held in City on date"',
    date: '2023-11-29',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'The 15th Japan-Mongolia Summit Meeting was held in Tokyo on 29 November between Prime Minister Fumio Kishida and President Ukhnaagiin Khürelsükh.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Ukhnaagiin Khürelsükh', 'President Ukhnaagiin Khürelsükh', 'Khürelsükh'),
      S('Mongolia'),
      S('Japan'),
      E('15th Japan-Mongolia Summit Meeting', ['Japan-Mongolia Summit Meeting'], '2023-11-29'),
    ],
    relations: [...took('15th Japan-Mongolia Summit Meeting', 'Fumio Kishida', 'Ukhnaagiin Khürelsükh')],
  },
  {
    id: 'kind-the-city-talks-between-parties',
    form: '"The Doha talks between A and B ended on Sunday" (place-named talks between states)',
    date: '2024-07-01',
    source: 'Al Jazeera',
    text:
      'The Doha talks between the United Nations and Afghan officials ended on Monday. ' +
      'UN Under-Secretary-General Rosemary DiCarlo chaired the talks.',
    entities: [
      P('Rosemary DiCarlo', 'Rosemary DiCarlo', 'DiCarlo'),
      O('United Nations', 'UN'),
      S('Afghanistan', 'Afghan'),
      E('Doha talks', ['the talks'], '2024-07-01'),
    ],
    relations: [...took('Doha talks', 'Rosemary DiCarlo')],
  },
  {
    id: 'kind-video-conference-of-date',
    form: '"In a video conference on 3 March, A and B reviewed …"',
    date: '2024-03-03',
    source: 'Prime Minister of Canada',
    text: 'In a video conference on 3 March, Prime Minister Justin Trudeau and Prime Minister Giorgia Meloni reviewed preparations for the G7 Summit in Apulia.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      E('Trudeau-Meloni video conference', ['video conference'], '2024-03-03'),
      E('G7 Summit in Apulia', ['G7 Summit']),
    ],
    relations: [...took('Trudeau-Meloni video conference', 'Justin Trudeau', 'Giorgia Meloni')],
  },
  {
    id: 'kind-second-meeting-this-year',
    form: '"It was the second meeting of the two leaders this year, after their talks in City in March"',
    date: '2024-09-26',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text:
      'President Joko Widodo met Prime Minister Anthony Albanese in Jakarta on 26 September. ' +
      'It was their second meeting this year, after their talks in Melbourne in March.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      E('Widodo-Albanese meeting in Jakarta', ['meeting', 'second meeting'], '2024-09-26'),
      E('Widodo-Albanese talks in Melbourne', ['talks in Melbourne'], '2024-03'),
    ],
    relations: [
      ...took('Widodo-Albanese meeting in Jakarta', 'Joko Widodo', 'Anthony Albanese'),
      ...took('Widodo-Albanese talks in Melbourne', 'Joko Widodo', 'Anthony Albanese'),
    ],
  },
  {
    id: 'kind-strategic-dialogue-numbered-co-chaired',
    form: '"The third round of the A-B Strategic Dialogue, co-chaired by X and Y, took place in City"',
    date: '2024-04-25',
    source: 'Ministry of Foreign Affairs of Poland',
    text: 'The third round of the Poland-Korea Strategic Dialogue, co-chaired by Deputy Minister Andrzej Szejna and Vice Minister Kim Hong-kyun, took place in Warsaw on 25 April.',
    entities: [
      P('Andrzej Szejna', 'Deputy Minister Andrzej Szejna', 'Szejna'),
      P('Kim Hong-kyun', 'Vice Minister Kim Hong-kyun'),
      S('Poland'),
      S('Korea'),
      E('third round of the Poland-Korea Strategic Dialogue', ['Poland-Korea Strategic Dialogue'], '2024-04-25'),
    ],
    relations: [...took('third round of the Poland-Korea Strategic Dialogue', 'Andrzej Szejna', 'Kim Hong-kyun')],
  },
  {
    id: 'kind-state-visit-named-by-date-place',
    form: '"X\'s state visit to Y on 12-14 June" with "arrived in City"',
    date: '2024-06-12',
    source: 'Presidency of Chile',
    text: 'President Gabriel Boric arrived in Stockholm on Wednesday for a three-day state visit to Sweden at the invitation of King Carl XVI Gustaf.',
    entities: [
      P('Gabriel Boric', 'President Gabriel Boric', 'Boric'),
      P('Carl XVI Gustaf', 'King Carl XVI Gustaf'),
      S('Sweden'),
      E("Boric's state visit to Sweden", ['state visit', 'state visit to Sweden'], '2024-06-12'),
    ],
    relations: [...took("Boric's state visit to Sweden", 'Gabriel Boric')],
  },
];

const REACHED: BankCase[] = [
  {
    id: 'reached-signed-during-the-talks',
    form: '"During the talks, the two ministers signed X"',
    date: '2024-03-19',
    source: 'Ministry of Foreign Affairs of Thailand',
    text:
      'Foreign Minister Parnpree Bahiddha-Nukara held talks with Foreign Minister Bui Thanh Son of Viet Nam in Bangkok on 19 March. ' +
      'During the talks, the two ministers signed a Memorandum of Understanding on Consular Cooperation.',
    entities: [
      P('Parnpree Bahiddha-Nukara', 'Foreign Minister Parnpree Bahiddha-Nukara', 'Parnpree'),
      P('Bui Thanh Son', 'Foreign Minister Bui Thanh Son'),
      S('Viet Nam'),
      A('Memorandum of Understanding on Consular Cooperation'),
      E('Parnpree-Bui Thanh Son talks in Bangkok', ['talks', 'the talks'], '2024-03-19'),
    ],
    relations: [
      ...took('Parnpree-Bui Thanh Son talks in Bangkok', 'Parnpree Bahiddha-Nukara', 'Bui Thanh Son'),
      at('Memorandum of Understanding on Consular Cooperation', 'Parnpree-Bui Thanh Son talks in Bangkok'),
    ],
  },
  {
    id: 'reached-adopted-at-the-end-of-summit',
    form: '"At the end of the summit, the leaders adopted the X Declaration"',
    date: '2023-09-07',
    source: 'ASEAN Secretariat',
    text:
      'The 43rd ASEAN Summit was held in Jakarta on 5 September under the chairmanship of President Joko Widodo. ' +
      "At the end of the summit, the leaders adopted the ASEAN Leaders' Declaration on the Blue Economy.",
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      O('ASEAN'),
      A("ASEAN Leaders' Declaration on the Blue Economy"),
      E('43rd ASEAN Summit', ['ASEAN Summit', 'the summit'], '2023-09-05'),
    ],
    relations: [
      ...took('43rd ASEAN Summit', 'Joko Widodo'),
      at("ASEAN Leaders' Declaration on the Blue Economy", '43rd ASEAN Summit'),
    ],
  },
  {
    id: 'reached-agreement-reached-at-their-meeting-in',
    form: '"the understanding the two leaders reached at their meeting in City" recalled',
    date: '2024-04-02',
    source: 'Ministry of Foreign Affairs of China',
    text:
      'President Xi Jinping spoke on the phone with President Joe Biden on 2 April. ' +
      'Xi said both sides should implement the San Francisco vision the two presidents reached at their meeting in Woodside last November.',
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      A('San Francisco vision'),
      E('Xi-Biden phone call', ['phone call'], '2024-04-02'),
      E('Xi-Biden meeting in Woodside', ['their meeting in Woodside'], '2023-11'),
    ],
    relations: [
      ...took('Xi-Biden phone call', 'Xi Jinping', 'Joe Biden'),
      ...took('Xi-Biden meeting in Woodside', 'Xi Jinping', 'Joe Biden'),
      at('San Francisco vision', 'Xi-Biden meeting in Woodside'),
    ],
  },
  {
    id: 'reached-exchanged-instruments-in-presence',
    form: '"the two sides exchanged X in the presence of the two Presidents" after talks',
    date: '2024-05-27',
    source: 'Presidency of the Republic of Korea',
    text:
      'President Yoon Suk Yeol held a summit with President Kassym-Jomart Tokayev of Kazakhstan in Seoul. ' +
      'Following the summit, the two sides exchanged an Agreement on Critical Minerals Cooperation in the presence of the two Presidents.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      S('Kazakhstan'),
      S('Republic of Korea'),
      A('Agreement on Critical Minerals Cooperation'),
      E('Yoon-Tokayev summit in Seoul', ['summit', 'the summit'], '2024-05-27'),
    ],
    relations: [
      ...took('Yoon-Tokayev summit in Seoul', 'Yoon Suk Yeol', 'Kassym-Jomart Tokayev'),
      at('Agreement on Critical Minerals Cooperation', 'Yoon-Tokayev summit in Seoul'),
    ],
  },
  {
    id: 'reached-concluded-in-call',
    form: '"A and B concluded X in a telephone call on Monday"',
    date: '2024-08-05',
    source: 'Government of New Zealand',
    text: 'Trade Minister Todd McClay and Trade Minister Piyush Goyal concluded the Terms of Reference for a Trade Dialogue in a telephone call on Monday.',
    entities: [
      P('Todd McClay', 'Trade Minister Todd McClay', 'McClay'),
      P('Piyush Goyal', 'Trade Minister Piyush Goyal', 'Goyal'),
      A('Terms of Reference for a Trade Dialogue'),
      E('McClay-Goyal telephone call', ['telephone call'], '2024-08-05'),
    ],
    relations: [
      ...took('McClay-Goyal telephone call', 'Todd McClay', 'Piyush Goyal'),
      at('Terms of Reference for a Trade Dialogue', 'McClay-Goyal telephone call'),
    ],
  },
  {
    id: 'reached-issued-following-talks',
    form: '"A Joint Statement was issued following the talks" (passive, fronted meeting)',
    date: '2023-12-18',
    source: 'Ministry of Foreign Affairs of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis held talks with President Recep Tayyip Erdoğan in Athens on 7 December. ' +
      'The Athens Declaration on Friendly Relations and Good-Neighbourliness was signed following the talks.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      A('Athens Declaration on Friendly Relations and Good-Neighbourliness', 'Athens Declaration'),
      E('Mitsotakis-Erdoğan talks in Athens', ['talks', 'the talks'], '2023-12-07'),
    ],
    relations: [
      ...took('Mitsotakis-Erdoğan talks in Athens', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      at('Athens Declaration on Friendly Relations and Good-Neighbourliness', 'Mitsotakis-Erdoğan talks in Athens'),
    ],
  },
  {
    id: 'reached-agreed-at-the-session',
    form: '"At the session, the Commission agreed on the X" (body session, fronted)',
    date: '2024-10-10',
    source: 'Ministry of Foreign Affairs of Uzbekistan',
    text:
      'The fifth session of the Uzbekistan-Tajikistan Intergovernmental Commission was held in Tashkent on 10 October, co-chaired by Deputy Prime Minister Jamshid Khodjaev and Deputy Prime Minister Sulaymon Davlatzoda. ' +
      'At the session, the parties agreed on the Roadmap for Trade Cooperation for 2025-2026.',
    entities: [
      P('Jamshid Khodjaev', 'Deputy Prime Minister Jamshid Khodjaev', 'Khodjaev'),
      P('Sulaymon Davlatzoda', 'Deputy Prime Minister Sulaymon Davlatzoda', 'Davlatzoda'),
      A('Roadmap for Trade Cooperation for 2025-2026'),
      E('fifth session of the Uzbekistan-Tajikistan Intergovernmental Commission', ['the session'], '2024-10-10'),
    ],
    relations: [
      ...took(
        'fifth session of the Uzbekistan-Tajikistan Intergovernmental Commission',
        'Jamshid Khodjaev',
        'Sulaymon Davlatzoda',
      ),
      at(
        'Roadmap for Trade Cooperation for 2025-2026',
        'fifth session of the Uzbekistan-Tajikistan Intergovernmental Commission',
      ),
    ],
  },
  {
    id: 'reached-meeting-produced',
    form: '"The meeting produced a X" (the event the subject of the agreement verb)',
    date: '2024-11-16',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese met President Xi Jinping in Lima on 16 November on the sidelines of APEC. ' +
      'The meeting produced a Joint Outcome Statement on climate cooperation.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      A('Joint Outcome Statement on climate cooperation', 'Joint Outcome Statement'),
      E('Albanese-Xi meeting in Lima', ['meeting', 'the meeting'], '2024-11-16'),
      E('APEC', ['APEC meetings'], '2024-11-16'),
    ],
    relations: [
      ...took('Albanese-Xi meeting in Lima', 'Anthony Albanese', 'Xi Jinping'),
      ...took('APEC', 'Anthony Albanese', 'Xi Jinping'),
      part('Albanese-Xi meeting in Lima', 'APEC'),
      at('Joint Outcome Statement on climate cooperation', 'Albanese-Xi meeting in Lima'),
    ],
  },
];

const SIGNING_LEADS: BankCase[] = [
  {
    id: 'signing-lead-witnessed-by-leaders',
    form: 'headline "A and B sign X" over "The signing was witnessed by P and Q"',
    date: '2024-02-14',
    source: 'Emirates News Agency (WAM)',
    title: 'UAE and India sign Bilateral Investment Treaty',
    text:
      'ABU DHABI, 14th February, 2024 (WAM) -- The UAE and India signed a Bilateral Investment Treaty in Abu Dhabi today. ' +
      'The signing was witnessed by President Sheikh Mohamed bin Zayed Al Nahyan and Prime Minister Narendra Modi.',
    entities: [
      P('Mohamed bin Zayed Al Nahyan', 'President Sheikh Mohamed bin Zayed Al Nahyan', 'Sheikh Mohamed bin Zayed'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('United Arab Emirates', 'UAE'),
      S('India'),
      A('Bilateral Investment Treaty'),
      E('signing of the Bilateral Investment Treaty', ['signing', 'the signing'], '2024-02-14'),
    ],
    relations: [
      ...took('signing of the Bilateral Investment Treaty', 'Mohamed bin Zayed Al Nahyan', 'Narendra Modi'),
      at('Bilateral Investment Treaty', 'signing of the Bilateral Investment Treaty'),
    ],
  },
  {
    id: 'signing-lead-attended-the-ceremony',
    form: '"The ceremony was attended by A, B and C" after "signed at a ceremony in City"',
    date: '2023-06-30',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Lithuania and Ukraine signed an Agreement on Defence Industry Cooperation at a ceremony in Vilnius on 30 June. ' +
      'The ceremony was attended by Foreign Minister Gabrielius Landsbergis and Foreign Minister Dmytro Kuleba.',
    entities: [
      P('Gabrielius Landsbergis', 'Foreign Minister Gabrielius Landsbergis', 'Landsbergis'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba'),
      S('Lithuania'),
      S('Ukraine'),
      A('Agreement on Defence Industry Cooperation'),
      E('signing ceremony in Vilnius', ['ceremony', 'the ceremony'], '2023-06-30'),
    ],
    relations: [
      ...took('signing ceremony in Vilnius', 'Gabrielius Landsbergis', 'Dmytro Kuleba'),
      at('Agreement on Defence Industry Cooperation', 'signing ceremony in Vilnius'),
    ],
  },
  {
    id: 'signing-lead-present-at-the-signing',
    form: '"Also present at the signing were A and B"',
    date: '2024-09-03',
    source: 'Office of the President of the Philippines',
    text:
      'The Philippines and Japan signed the Reciprocal Access Agreement in Manila on 3 September, with Defence Secretary Gilberto Teodoro and Minister Minoru Kihara signing for their governments. ' +
      'Also present at the signing were Foreign Secretary Enrique Manalo and Foreign Minister Yoko Kamikawa.',
    entities: [
      P('Gilberto Teodoro', 'Defence Secretary Gilberto Teodoro', 'Teodoro'),
      P('Minoru Kihara', 'Minister Minoru Kihara', 'Kihara'),
      P('Enrique Manalo', 'Foreign Secretary Enrique Manalo', 'Manalo'),
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa', 'Kamikawa'),
      S('Philippines'),
      S('Japan'),
      A('Reciprocal Access Agreement'),
      E('signing of the Reciprocal Access Agreement', ['signing', 'the signing'], '2024-09-03'),
    ],
    relations: [
      ...took(
        'signing of the Reciprocal Access Agreement',
        'Gilberto Teodoro',
        'Minoru Kihara',
        'Enrique Manalo',
        'Yoko Kamikawa',
      ),
      at('Reciprocal Access Agreement', 'signing of the Reciprocal Access Agreement'),
    ],
  },
  {
    id: 'signing-lead-received-earlier-in-the-day',
    form: 'a signing headline over "Earlier in the day, the Amir received X at Y Palace"',
    date: '2024-03-20',
    source: 'Qatar News Agency',
    title: 'Qatar and Kenya sign double taxation agreement',
    text:
      'DOHA, March 20 (QNA) - Qatar and Kenya signed an agreement on the avoidance of double taxation in Doha on Wednesday. ' +
      'Earlier in the day, Amir Sheikh Tamim bin Hamad Al Thani received President William Ruto at Lusail Palace.',
    entities: [
      P('Tamim bin Hamad Al Thani', 'Amir Sheikh Tamim bin Hamad Al Thani', 'Sheikh Tamim'),
      P('William Ruto', 'President William Ruto', 'Ruto'),
      S('Qatar'),
      S('Kenya'),
      A('agreement on the avoidance of double taxation'),
      E('Tamim-Ruto meeting at Lusail Palace', ['meeting'], '2024-03-20'),
    ],
    relations: [...took('Tamim-Ruto meeting at Lusail Palace', 'Tamim bin Hamad Al Thani', 'William Ruto')],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-will-meet-next-week',
    form: 'a planned meeting: "A will meet B in City next week"',
    date: '2024-05-02',
    source: 'Government of Ireland',
    text: 'The Taoiseach, Simon Harris, will meet Prime Minister Pedro Sánchez in Madrid next week to discuss the recognition of Palestine.',
    entities: [
      P('Simon Harris', 'The Taoiseach, Simon Harris', 'Harris'),
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez', 'Sánchez'),
      E('Harris-Sánchez meeting in Madrid', ['meeting']),
    ],
    relations: [],
  },
  {
    id: 'negative-statement-no-meeting',
    form: 'a statement with no meeting: "The Minister welcomed the decision of X"',
    date: '2024-06-10',
    source: 'Ministry of Foreign Affairs of Finland',
    text:
      'Foreign Minister Elina Valtonen welcomed the decision of the European Council to open accession negotiations with Moldova. ' +
      'The Minister said Finland would continue its support.',
    entities: [P('Elina Valtonen', 'Foreign Minister Elina Valtonen', 'Valtonen'), S('Moldova'), S('Finland')],
    relations: [],
  },
  {
    id: 'negative-condolence-message',
    form: 'a message, not a meeting: "President A sent a message of condolence to President B"',
    date: '2024-01-04',
    source: 'Presidency of Azerbaijan',
    text: 'President Ilham Aliyev sent a message of condolence to President Masoud Pezeshkian following the explosions in Kerman.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      P('Masoud Pezeshkian', 'President Masoud Pezeshkian', 'Pezeshkian'),
      E('explosions in Kerman', ['explosions']),
    ],
    relations: [],
  },
  {
    id: 'negative-invited-to-visit',
    form: 'an invitation only: "A invited B to visit City at a mutually convenient time"',
    date: '2024-07-15',
    source: 'Ministry of Foreign Affairs of Mongolia',
    text: 'In a letter, Foreign Minister Battsetseg Batmunkh invited Foreign Minister Penny Wong to visit Ulaanbaatar at a mutually convenient time.',
    entities: [
      P('Battsetseg Batmunkh', 'Foreign Minister Battsetseg Batmunkh', 'Batmunkh'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      E("Wong's visit to Ulaanbaatar", ['visit to Ulaanbaatar']),
    ],
    relations: [],
  },
  {
    id: 'negative-expected-to-hold-talks',
    form: 'a headline meeting still to come: "X to hold talks with Y on Friday"',
    date: '2024-10-16',
    source: 'Associated Press',
    title: 'Scholz to hold talks with Biden in Berlin on Friday',
    text: 'BERLIN (AP) — German Chancellor Olaf Scholz is expected to hold talks with U.S. President Joe Biden in Berlin on Friday, officials said on Wednesday.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      E('Scholz-Biden talks in Berlin', ['talks']),
    ],
    relations: [],
  },
  {
    id: 'negative-meeting-cancelled',
    form: 'a meeting called off: "The meeting between A and B planned for Monday was cancelled"',
    date: '2024-02-12',
    source: 'Ministry of Foreign Affairs of Serbia',
    text: 'The meeting between Prime Minister Ana Brnabić and Prime Minister Albin Kurti planned for Monday in Brussels was cancelled.',
    entities: [
      P('Ana Brnabić', 'Prime Minister Ana Brnabić', 'Brnabić'),
      P('Albin Kurti', 'Prime Minister Albin Kurti', 'Kurti'),
      E('Brnabić-Kurti meeting in Brussels', ['meeting']),
    ],
    relations: [],
  },
  {
    id: 'negative-interview-not-meeting',
    form: 'an interview, not a meeting: "In an interview with X, the Minister said"',
    date: '2024-04-08',
    source: 'Ministry of Foreign Affairs of Latvia',
    text: 'In an interview with the BBC on Monday, Foreign Minister Krišjānis Kariņš said that Latvia would raise its defence spending.',
    entities: [P('Krišjānis Kariņš', 'Foreign Minister Krišjānis Kariņš', 'Kariņš'), S('Latvia')],
    relations: [],
  },
];

/** The bank: 60 passages. */
export const EVENT_BANK: BankCase[] = [
  ...LEADS,
  ...TITLE_ONLY,
  ...SESSIONS,
  ...BY_KIND,
  ...REACHED,
  ...SIGNING_LEADS,
  ...NEGATIVES,
];
