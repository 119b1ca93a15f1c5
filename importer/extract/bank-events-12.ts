// The twelfth events paraphrase bank (issue 6, round ev20): a blind bank written before any rule change of the round,
// after reading the `form`s of events banks 1–11, about the readout's own meeting and the events it refers back to.
// When a readout's own meeting is never extracted, every PARTICIPATED_IN, DISCUSSED and REACHED_AT of the readout is
// lost at once (aud18/aud19: class A, sub-causes O and T). Constructions the eleven earlier banks do not hold: the own
// meeting told generically ("The talks, held at <venue> on Date, focused on", "A meeting was held between", "Talks were
// held in City on Date between", "Bilateral talks between A and B took place", "During the conversation" under a
// headline that alone names the call, "In the course of the exchange", "The parties discussed", "During the
// reception", "exchanged by telephone", "was called by … Their conversation", "held a bilateral", "The Meeting was
// chaired by … attended by", "met his <demonym> counterpart, B,", "spoke with his <demonym> counterpart, B,", a UN
// readout whose Secretary-General is named by title only, a wire body naming the two by demonym and title under a
// headline naming them, "Political consultations between the foreign ministries of A and B … led by"); one event
// referred back to ("the Summit", "the Vilnius meeting", "yesterday's talks", "this round", "the visit", "this year's
// Summit", "At the meeting … recalled their first meeting", "The meeting, their first since …, was held on the margins
// of", and "met again the next day at …" (a new event)); tours and programmes as the frame ("the first stop of a tour
// that also takes him to", "took him to A, B and C … In City1, he held talks with …; in City2, with …", "who is on a tour
// of", "On the first day of the state visit … on the second day", "His programme in City included", "On the Hanoi leg
// of his Asia trip", a meeting "in a virtual format" with those "taking part"); events named by date or place only
// ("their 7 December meeting in Athens", "the talks in Doha last week", "At the Brussels gathering", "the Sharm
// El-Sheikh summit of 13 October", "the 25 June intergovernmental conference"); REACHED_AT on a meeting told generically
// ("On the occasion, the two Ministers witnessed the signing of", "adopted at the informal meeting … in City on Date",
// "Following the talks, the two leaders witnessed the exchange of"); and negatives (a meeting only proposed, hoped for
// or called off, "high-level exchanges" and "dialogue between the peoples", a spokesperson's press briefing about the
// meeting, an invitation to visit accepted). House styles of many issuers (the Australian Prime Minister, the
// Kazakh and Uzbek foreign ministries, the Office of the President of Ukraine, the FCDO and No. 10, Kenya News Agency,
// the Swedish Government Offices, the Akorda, TASS, the Indian and German governments, WAM, the UN Spokesperson, the
// African Union Commission, the EEAS, Singapore's MFA, Reuters, AP, the Quai d'Orsay, the Armenian MFA, the Japanese
// and Korean offices, the ASEAN Secretariat, the Saudi Press Agency, CARICOM, the Élysée, NATO, Xinhua, the Egyptian
// Presidency, the White House, Planalto, the Greek Prime Minister's office, the Philippine PCO, the New Zealand
// Government, the Chinese MFA). Its area: Events, PARTICIPATED_IN, PART_OF, DISCUSSED, REACHED_AT (INVOLVES is not
// scored here: a bilateral meeting of named people gets none, and the gatherings' INVOLVES are the topics banks' area).
// Conventions (GUIDE and the non-slice dev gold): the readout's own meeting is named "A-B meeting (talks, call) in
// City" with every generic noun the text uses for it as an alias; a reception or "the reception" is the meeting; a
// meeting within a visit or tour is PART_OF it and the visitor takes part in the visit or tour; a stop of a tour told
// only by its city is no event of its own; a gathering's chair and the persons "attending" take part; a person named
// only by title (the Secretary-General of a UN readout) is the person; a meeting recalled by "their … meeting" takes
// its two participants, "the … meeting" alone none; recalled meetings are not DISCUSSED unless the text says the
// meeting dealt with them ("reviewed the follow-up to", "prepared"); a meeting planned, hoped for or called off is an
// Event without PARTICIPATED_IN; a press briefing about a meeting is no event of this bank.
// First pass (blind, bank at a75c772, rules of main 717525c): 23/61 cases pass; facts found 187/293 (63.8 %), false
// facts 29.
import { type BankCase, A, E, O, P, S, dis, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'DISCUSSED', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

/** The readout's own meeting told generically: no name, no capital, or named only in a headline or dateline. */
const GENERIC: BankCase[] = [
  {
    id: 'gen-the-talks-held-at-venue-on-date-under-a-headline',
    form: 'prime minister, headline "A meets B" over "The talks, held at <venue> on Date, focused on X and Y" (the talks as subject, no verb of meeting in the body)',
    date: '2024-11-12',
    title: 'Prime Minister Albanese meets President Prabowo',
    source: 'Prime Minister of Australia',
    text: 'The talks, held at Parliament House in Canberra on 12 November 2024, focused on defence cooperation and food security.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Albanese', 'Albanese'),
      P('Prabowo Subianto', 'President Prabowo', 'Prabowo'),
      E(
        'Albanese-Prabowo talks in Canberra',
        ['talks', 'Albanese-Prabowo talks', 'Albanese-Prabowo meeting', 'talks at Parliament House'],
        '2024-11-12',
      ),
    ],
    relations: [...took('Albanese-Prabowo talks in Canberra', 'Anthony Albanese', 'Prabowo Subianto')],
  },
  {
    id: 'gen-passive-a-meeting-was-held-between-the-parties-discussed',
    form: 'foreign ministry: "A meeting was held between Title of X A and Title of Y B in City on Date. The parties discussed cooperation within the Z"',
    date: '2024-04-04',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'A meeting was held between Minister of Foreign Affairs of Kazakhstan Murat Nurtleu and Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov in Tashkent on 4 April 2024. ' +
      'The parties discussed cooperation within the Organization of Turkic States.',
    entities: [
      P('Murat Nurtleu', 'Minister of Foreign Affairs of Kazakhstan Murat Nurtleu', 'Nurtleu'),
      P('Bakhtiyor Saidov', 'Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov', 'Saidov'),
      O('Organization of Turkic States', 'OTS'),
      E(
        'Nurtleu-Saidov meeting in Tashkent',
        ['meeting', 'Nurtleu-Saidov meeting', 'meeting in Tashkent'],
        '2024-04-04',
      ),
    ],
    relations: [
      ...took('Nurtleu-Saidov meeting in Tashkent', 'Murat Nurtleu', 'Bakhtiyor Saidov'),
      ...dis('Nurtleu-Saidov meeting in Tashkent', 'Organization of Turkic States'),
    ],
  },
  {
    id: 'gen-during-the-conversation-headline-alone-names-the-call',
    form: 'presidential office, headline "A had a phone call with Title of X B" over "During the conversation, the Presidents discussed preparations for the Y Summit in City"',
    date: '2024-06-20',
    title: 'Volodymyr Zelenskyy had a phone call with President of Finland Alexander Stubb',
    source: 'Office of the President of Ukraine',
    text: 'During the conversation, the Presidents discussed preparations for the NATO Summit in Washington.',
    entities: [
      P('Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Alexander Stubb', 'President of Finland Alexander Stubb', 'Stubb'),
      E('Zelenskyy-Stubb phone call', ['phone call', 'conversation', 'Zelenskyy-Stubb call'], '2024-06-20'),
      E('NATO Summit in Washington', ['Washington Summit', 'NATO Summit'], '2024-07-09'),
    ],
    relations: [
      ...took('Zelenskyy-Stubb phone call', 'Volodymyr Zelenskyy', 'Alexander Stubb'),
      ...dis('Zelenskyy-Stubb phone call', 'NATO Summit in Washington'),
    ],
  },
  {
    id: 'gen-met-his-demonym-counterpart-comma-name-comma-in-city',
    form: 'FCDO: "Title A met his <demonym> counterpart, B, in City on Date. The two ministers discussed the X"',
    date: '2024-07-24',
    source: 'Foreign, Commonwealth & Development Office',
    text:
      'Foreign Secretary David Lammy met his Indian counterpart, Dr S. Jaishankar, in New Delhi on 24 July 2024. ' +
      'The two ministers discussed the UK-India free trade agreement.',
    entities: [
      P('David Lammy', 'Foreign Secretary David Lammy', 'Lammy'),
      P('S. Jaishankar', 'Dr S. Jaishankar', 'Jaishankar'),
      A('UK-India free trade agreement', 'UK-India FTA'),
      E('Lammy-Jaishankar meeting in New Delhi', ['Lammy-Jaishankar meeting', 'meeting in New Delhi'], '2024-07-24'),
    ],
    relations: [
      ...took('Lammy-Jaishankar meeting in New Delhi', 'David Lammy', 'S. Jaishankar'),
      ...dis('Lammy-Jaishankar meeting in New Delhi', 'UK-India free trade agreement'),
    ],
  },
  {
    id: 'gen-dateline-discussions-between-a-and-b-focused-on',
    form: 'news agency: "CITY, D Month (Agency) — Discussions between Title A and Title B focused on the implementation of the X Agreement" (the meeting told only by "discussions")',
    date: '2024-03-12',
    source: 'Kenya News Agency',
    text: 'NAIROBI, 12 March (KNA) — Discussions between President William Ruto and President Nana Akufo-Addo of Ghana at State House focused on the implementation of the African Continental Free Trade Area Agreement.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      P('Nana Akufo-Addo', 'President Nana Akufo-Addo', 'Akufo-Addo'),
      A('African Continental Free Trade Area Agreement', 'AfCFTA Agreement'),
      E(
        'Ruto-Akufo-Addo discussions in Nairobi',
        ['discussions', 'Ruto-Akufo-Addo meeting', 'discussions at State House'],
        '2024-03-12',
      ),
    ],
    relations: [
      ...took('Ruto-Akufo-Addo discussions in Nairobi', 'William Ruto', 'Nana Akufo-Addo'),
      ...dis('Ruto-Akufo-Addo discussions in Nairobi', 'African Continental Free Trade Area Agreement'),
    ],
  },
  {
    id: 'gen-in-the-course-of-the-exchange-headline-names-the-call',
    form: 'government offices, headline "Title A\'s telephone call with Title B" over "In the course of the exchange on <weekday>, the two prime ministers discussed … and the X"',
    date: '2024-10-21',
    title: "Prime Minister Kristersson's telephone call with Prime Minister Støre",
    source: 'Government Offices of Sweden',
    text: 'In the course of the exchange on Monday, the two prime ministers discussed Nordic energy cooperation and the work of the Nordic Council.',
    entities: [
      P('Ulf Kristersson', 'Prime Minister Kristersson', 'Kristersson'),
      P('Jonas Gahr Støre', 'Prime Minister Støre', 'Støre'),
      O('Nordic Council'),
      E('Kristersson-Støre telephone call', ['telephone call', 'exchange', 'Kristersson-Støre call'], '2024-10-21'),
    ],
    relations: [
      ...took('Kristersson-Støre telephone call', 'Ulf Kristersson', 'Jonas Gahr Støre'),
      ...dis('Kristersson-Støre telephone call', 'Nordic Council'),
    ],
  },
  {
    id: 'gen-received-then-the-two-sides-held-official-talks',
    form: 'presidency: "A received B at <residence> on Date. The two sides then held official talks, which covered …" (one meeting, the reception and the talks)',
    date: '2022-12-22',
    source: 'Akorda (President of Kazakhstan)',
    text:
      'President Kassym-Jomart Tokayev received President Shavkat Mirziyoyev at the Akorda on 22 December 2022. ' +
      'The two sides then held official talks, which covered water management and transport links.',
    entities: [
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      E(
        'Tokayev-Mirziyoyev talks in Astana',
        ['official talks', 'Tokayev-Mirziyoyev talks', 'Tokayev-Mirziyoyev meeting', 'talks at the Akorda'],
        '2022-12-22',
      ),
    ],
    relations: [...took('Tokayev-Mirziyoyev talks in Astana', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev')],
  },
  {
    id: 'gen-passive-talks-were-held-in-city-between-a-and-b',
    form: 'news agency: "Talks were held in City on Date between <demonym> Title A and <demonym> Title B. The ministers discussed X and cooperation within Y"',
    date: '2024-04-09',
    source: 'TASS',
    text:
      'Talks were held in Beijing on 9 April 2024 between Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi. ' +
      'The ministers discussed Ukraine and cooperation within BRICS.',
    entities: [
      P('Sergey Lavrov', 'Russian Foreign Minister Sergey Lavrov', 'Lavrov'),
      P('Wang Yi', 'Chinese Foreign Minister Wang Yi'),
      S('Ukraine'),
      O('BRICS'),
      E('Lavrov-Wang talks in Beijing', ['talks', 'Lavrov-Wang Yi talks', 'Lavrov-Wang talks'], '2024-04-09'),
    ],
    relations: [
      ...took('Lavrov-Wang talks in Beijing', 'Sergey Lavrov', 'Wang Yi'),
      ...dis('Lavrov-Wang talks in Beijing', 'Ukraine', 'BRICS'),
    ],
  },
  {
    id: 'gen-bilateral-talks-between-a-and-b-took-place-on-the-occasion-of',
    form: 'government: "Bilateral talks between Title A and Title B took place in City on Date, on the occasion of the Nth X" (PART_OF the consultations, both in both)',
    date: '2024-10-25',
    source: 'Press and Information Office of the Federal Government (Germany)',
    text: 'Bilateral talks between Prime Minister Narendra Modi and Federal Chancellor Olaf Scholz took place in New Delhi on 25 October 2024, on the occasion of the 7th India-Germany Intergovernmental Consultations.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz', 'Scholz'),
      E(
        'Modi-Scholz talks in New Delhi',
        ['bilateral talks', 'Modi-Scholz talks', 'Modi-Scholz meeting'],
        '2024-10-25',
      ),
      E(
        '7th India-Germany Intergovernmental Consultations',
        ['India-Germany Intergovernmental Consultations', 'Intergovernmental Consultations'],
        '2024-10-25',
      ),
    ],
    relations: [
      ...took('Modi-Scholz talks in New Delhi', 'Narendra Modi', 'Olaf Scholz'),
      ...took('7th India-Germany Intergovernmental Consultations', 'Narendra Modi', 'Olaf Scholz'),
      part('Modi-Scholz talks in New Delhi', '7th India-Germany Intergovernmental Consultations'),
    ],
  },
  {
    id: 'gen-headline-receives-body-the-two-sides-reviewed',
    form: 'news agency, headline "<demonym> President receives <demonym> Prime Minister" over "CITY, Date (Agency) -- Title A and Title B of X today reviewed … and the Y Agreement" (no noun of meeting in the body)',
    date: '2024-02-13',
    title: 'UAE President receives Indian Prime Minister',
    source: 'Emirates News Agency (WAM)',
    text: 'ABU DHABI, 13th February, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan and Prime Minister Narendra Modi of India today reviewed bilateral relations and the implementation of the Comprehensive Economic Partnership Agreement.',
    entities: [
      P(
        'Mohamed bin Zayed Al Nahyan',
        'President His Highness Sheikh Mohamed bin Zayed Al Nahyan',
        'Sheikh Mohamed bin Zayed Al Nahyan',
        'UAE President',
      ),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi', 'Indian Prime Minister'),
      A('Comprehensive Economic Partnership Agreement', 'CEPA'),
      E(
        'Mohamed bin Zayed-Modi meeting in Abu Dhabi',
        ['Mohamed bin Zayed Al Nahyan-Modi meeting', 'meeting in Abu Dhabi', 'Al Nahyan-Modi meeting'],
        '2024-02-13',
      ),
    ],
    relations: [
      ...took('Mohamed bin Zayed-Modi meeting in Abu Dhabi', 'Mohamed bin Zayed Al Nahyan', 'Narendra Modi'),
      ...dis('Mohamed bin Zayed-Modi meeting in Abu Dhabi', 'Comprehensive Economic Partnership Agreement'),
    ],
  },
  {
    id: 'gen-un-readout-secretary-general-by-title-only',
    form: 'UN spokesperson, headline "Readout of the Secretary-General\'s meeting with Title of X B" over "The Secretary-General and the President exchanged views on Y and on the Z" (the Secretary-General never named)',
    date: '2023-09-19',
    title: "Readout of the Secretary-General's meeting with President of Kenya William Ruto",
    source: 'United Nations Secretary-General',
    text: 'The Secretary-General and the President exchanged views on the situation in Sudan and on the work of the Intergovernmental Authority on Development.',
    entities: [
      P('António Guterres', 'Secretary-General', "the Secretary-General's"),
      P('William Ruto', 'President of Kenya William Ruto', 'the President', 'Ruto'),
      S('Sudan'),
      O('Intergovernmental Authority on Development', 'IGAD'),
      E(
        'Guterres-Ruto meeting',
        ["Secretary-General's meeting with President of Kenya William Ruto", "Secretary-General's meeting"],
        '2023-09-19',
      ),
    ],
    relations: [
      ...took('Guterres-Ruto meeting', 'António Guterres', 'William Ruto'),
      ...dis('Guterres-Ruto meeting', 'Sudan', 'Intergovernmental Authority on Development'),
    ],
  },
  {
    id: 'gen-chairperson-received-the-meeting-provided-an-opportunity',
    form: 'AU Commission: "The Chairperson of the X, H.E. A, received the Title of Y, H.E. B, at <hq> in City on Date. The meeting provided an opportunity to discuss … and Z"',
    date: '2024-06-14',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, received the Minister of Foreign Affairs of Senegal, H.E. Yassine Fall, at the AU headquarters in Addis Ababa on 14 June 2024. ' +
      'The meeting provided an opportunity to discuss the situation in the Sahel and relations with ECOWAS.',
    entities: [
      P('Moussa Faki Mahamat', 'H.E. Moussa Faki Mahamat', 'Faki'),
      P('Yassine Fall', 'H.E. Yassine Fall', 'Fall'),
      O('Economic Community of West African States', 'ECOWAS'),
      E(
        'Faki-Fall meeting in Addis Ababa',
        ['meeting', 'Faki-Fall meeting', 'Moussa Faki Mahamat-Fall meeting', 'meeting in Addis Ababa'],
        '2024-06-14',
      ),
    ],
    relations: [
      ...took('Faki-Fall meeting in Addis Ababa', 'Moussa Faki Mahamat', 'Yassine Fall'),
      ...dis('Faki-Fall meeting in Addis Ababa', 'Economic Community of West African States'),
    ],
  },
  {
    id: 'gen-a-and-b-met-their-exchange-the-first-since',
    form: 'EEAS: "Title A and Title B met in City on Date. Their exchange, the first since A took office, lasted over an hour" (one event, a second noun)',
    date: '2025-01-27',
    source: 'European External Action Service',
    text:
      'High Representative Kaja Kallas and Foreign Minister Andrii Sybiha met in Brussels on 27 January 2025. ' +
      'Their exchange, the first since Ms Kallas took office, lasted over an hour.',
    entities: [
      P('Kaja Kallas', 'High Representative Kaja Kallas', 'Ms Kallas', 'Kallas'),
      P('Andrii Sybiha', 'Foreign Minister Andrii Sybiha', 'Sybiha'),
      E('Kallas-Sybiha meeting in Brussels', ['exchange', 'Kallas-Sybiha meeting'], '2025-01-27'),
    ],
    relations: [...took('Kallas-Sybiha meeting in Brussels', 'Kaja Kallas', 'Andrii Sybiha')],
  },
  {
    id: 'gen-headline-meeting-body-at-the-meeting-both-ministers-a-planned-retreat',
    form: 'foreign ministry, headline "Title A\'s Meeting with <demonym> Title B" over "At the meeting in City on Date, both Ministers … looked forward to the Nth X Leaders\' Retreat"',
    date: '2024-10-30',
    title:
      "Minister for Foreign Affairs Dr Vivian Balakrishnan's Meeting with Malaysian Foreign Minister Mohamad Hasan",
    source: 'Ministry of Foreign Affairs of Singapore',
    text: "At the meeting in Singapore on 30 October 2024, both Ministers reaffirmed the close bilateral relationship and looked forward to the 11th Malaysia-Singapore Leaders' Retreat.",
    entities: [
      P('Vivian Balakrishnan', 'Minister for Foreign Affairs Dr Vivian Balakrishnan', 'Dr Vivian Balakrishnan'),
      P('Mohamad Hasan', 'Malaysian Foreign Minister Mohamad Hasan'),
      E(
        'Balakrishnan-Mohamad Hasan meeting in Singapore',
        ["Vivian Balakrishnan's Meeting with Malaysian Foreign Minister Mohamad Hasan", 'meeting in Singapore'],
        '2024-10-30',
      ),
      E("11th Malaysia-Singapore Leaders' Retreat", ["Malaysia-Singapore Leaders' Retreat"], '2025-01-07'),
    ],
    relations: [
      ...took('Balakrishnan-Mohamad Hasan meeting in Singapore', 'Vivian Balakrishnan', 'Mohamad Hasan'),
      ...dis('Balakrishnan-Mohamad Hasan meeting in Singapore', "11th Malaysia-Singapore Leaders' Retreat"),
    ],
  },
  {
    id: 'gen-wire-as-the-two-met-on-the-sidelines',
    form: 'wire: "<demonym> Title A told <demonym> Title B on <weekday> that …, as the two met for the last time on the sidelines of the X summit in City" (the meeting only by "met" in a clause)',
    date: '2024-11-16',
    source: 'Reuters',
    text: 'Chinese President Xi Jinping told U.S. President Joe Biden on Saturday that China was ready to work with the new administration, as the two met for the last time on the sidelines of the APEC summit in Lima.',
    entities: [
      P('Xi Jinping', 'Chinese President Xi Jinping', 'Xi'),
      P('Joe Biden', 'U.S. President Joe Biden', 'Biden'),
      E('Xi-Biden meeting in Lima', ['Xi-Biden meeting', 'met'], '2024-11-16'),
      E('APEC summit in Lima', ['APEC summit', "APEC Economic Leaders' Meeting"], '2024-11-16'),
    ],
    relations: [
      ...took('Xi-Biden meeting in Lima', 'Xi Jinping', 'Joe Biden'),
      ...took('APEC summit in Lima', 'Xi Jinping', 'Joe Biden'),
      part('Xi-Biden meeting in Lima', 'APEC summit in Lima'),
    ],
  },
  {
    id: 'gen-spoke-with-his-demonym-counterpart-comma-name',
    form: 'Quai d\'Orsay: "A spoke with his <demonym> counterpart, B, on Date. The minister reaffirmed X\'s support for …" (a call told by "spoke with")',
    date: '2025-02-10',
    source: "Ministère de l'Europe et des Affaires étrangères (France)",
    text:
      'Jean-Noël Barrot spoke with his Lebanese counterpart, Youssef Rajji, on 10 February 2025. ' +
      "The minister reaffirmed France's support for the Lebanese armed forces.",
    entities: [
      P('Jean-Noël Barrot', 'Barrot'),
      P('Youssef Rajji', 'Rajji'),
      E('Barrot-Rajji call', ['Barrot-Rajji conversation', 'Barrot-Rajji telephone call'], '2025-02-10'),
    ],
    relations: [...took('Barrot-Rajji call', 'Jean-Noël Barrot', 'Youssef Rajji')],
  },
  {
    id: 'gen-political-consultations-between-ministries-led-by',
    form: 'foreign ministry: "Political consultations between the foreign ministries of X and Y were held in City on Date, led by Title A and Title B"',
    date: '2024-03-05',
    source: 'Ministry of Foreign Affairs of Armenia',
    text: 'Political consultations between the foreign ministries of Armenia and Georgia were held in Tbilisi on 5 March 2024, led by Deputy Foreign Minister Mnatsakan Safaryan and First Deputy Foreign Minister Lasha Darsalia.',
    entities: [
      P('Mnatsakan Safaryan', 'Deputy Foreign Minister Mnatsakan Safaryan', 'Safaryan'),
      P('Lasha Darsalia', 'First Deputy Foreign Minister Lasha Darsalia', 'Darsalia'),
      E(
        'political consultations between the foreign ministries of Armenia and Georgia',
        ['political consultations', 'Armenia-Georgia political consultations', 'political consultations in Tbilisi'],
        '2024-03-05',
      ),
    ],
    relations: [
      ...took(
        'political consultations between the foreign ministries of Armenia and Georgia',
        'Mnatsakan Safaryan',
        'Lasha Darsalia',
      ),
    ],
  },
  {
    id: 'gen-was-called-by-their-conversation-covered',
    form: 'No. 10: "The Prime Minister A was called by Title B this afternoon. Their conversation covered X\'s Y presidency" (a passive call)',
    date: '2025-02-20',
    source: "Prime Minister's Office, 10 Downing Street",
    text:
      'Prime Minister Keir Starmer was called by President Cyril Ramaphosa this afternoon. ' +
      "Their conversation covered South Africa's G20 presidency.",
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      O('G20'),
      E('Starmer-Ramaphosa call', ['conversation', 'Starmer-Ramaphosa telephone call'], '2025-02-20'),
    ],
    relations: [
      ...took('Starmer-Ramaphosa call', 'Keir Starmer', 'Cyril Ramaphosa'),
      ...dis('Starmer-Ramaphosa call', 'G20'),
    ],
  },
  {
    id: 'gen-the-meeting-their-first-since-was-held-on-the-margins-of',
    form: 'prime minister\'s office: "A and B met in City on Date. The meeting, their first since A took office, was held on the margins of the X" (PART_OF told in the second sentence)',
    date: '2024-11-15',
    source: "Prime Minister's Office of Japan",
    text:
      'Prime Minister Shigeru Ishiba and President Yoon Suk Yeol met in Lima on 15 November 2024. ' +
      "The meeting, their first since Prime Minister Ishiba took office, was held on the margins of the APEC Economic Leaders' Meeting.",
    entities: [
      P('Shigeru Ishiba', 'Prime Minister Shigeru Ishiba', 'Prime Minister Ishiba', 'Ishiba'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      E('Ishiba-Yoon meeting in Lima', ['meeting', 'Ishiba-Yoon meeting'], '2024-11-15'),
      E("APEC Economic Leaders' Meeting", ["APEC Economic Leaders' Meeting in Lima", 'APEC summit'], '2024-11-15'),
    ],
    relations: [
      ...took('Ishiba-Yoon meeting in Lima', 'Shigeru Ishiba', 'Yoon Suk Yeol'),
      ...took("APEC Economic Leaders' Meeting", 'Shigeru Ishiba', 'Yoon Suk Yeol'),
      part('Ishiba-Yoon meeting in Lima', "APEC Economic Leaders' Meeting"),
    ],
  },
  {
    id: 'gen-wire-body-names-them-by-demonym-and-title-only',
    form: 'wire, headline "A hosts B in City" over "CITY, Mon D (Agency) - The <demonym> and <demonym> presidents discussed … in a meeting closed to the press on <weekday>"',
    date: '2024-02-12',
    title: 'Erdoğan hosts Aliyev in Ankara',
    source: 'Reuters',
    text: 'ANKARA, Feb 12 (Reuters) - The Turkish and Azerbaijani presidents discussed energy cooperation and the Middle Corridor in a meeting closed to the press on Monday.',
    entities: [
      P('Recep Tayyip Erdoğan', 'Erdoğan', 'Turkish president'),
      P('Ilham Aliyev', 'Aliyev', 'Azerbaijani president'),
      E(
        'Erdoğan-Aliyev meeting in Ankara',
        ['meeting', 'Erdoğan-Aliyev meeting', 'meeting closed to the press'],
        '2024-02-12',
      ),
    ],
    relations: [...took('Erdoğan-Aliyev meeting in Ankara', 'Recep Tayyip Erdoğan', 'Ilham Aliyev')],
  },
  {
    id: 'gen-the-meeting-was-chaired-by-attended-by',
    form: 'ASEAN: "The Nth X Meeting was held in City on Date. The Meeting was chaired by Title A. The Meeting was attended by all X Ministers and the Secretary-General of X, Dr. B"',
    date: '2024-07-24',
    source: 'ASEAN Secretariat',
    text:
      "The 57th ASEAN Foreign Ministers' Meeting was held in Vientiane on 24 July 2024. " +
      'The Meeting was chaired by Minister of Foreign Affairs Saleumxay Kommasith of the Lao PDR. ' +
      'The Meeting was attended by all ASEAN Foreign Ministers and the Secretary-General of ASEAN, Dr. Kao Kim Hourn.',
    entities: [
      P('Saleumxay Kommasith', 'Minister of Foreign Affairs Saleumxay Kommasith', 'Saleumxay'),
      P('Kao Kim Hourn', 'Dr. Kao Kim Hourn'),
      E("57th ASEAN Foreign Ministers' Meeting", ["ASEAN Foreign Ministers' Meeting", 'Meeting'], '2024-07-24'),
    ],
    relations: [...took("57th ASEAN Foreign Ministers' Meeting", 'Saleumxay Kommasith', 'Kao Kim Hourn')],
  },
  {
    id: 'gen-received-during-the-reception-visitor-on-a-state-visit',
    form: 'press agency: "Title A received at <palace> in City today Title B of X, who is on a state visit to the Kingdom. During the reception, they reviewed …" (the reception is the meeting, part of the visit)',
    date: '2024-12-03',
    source: 'Saudi Press Agency',
    text:
      'His Royal Highness Crown Prince Mohammed bin Salman, Prime Minister, received at Al-Yamamah Palace in Riyadh today President Emmanuel Macron of France, who is on a state visit to the Kingdom. ' +
      'During the reception, they reviewed bilateral relations and regional developments.',
    entities: [
      P(
        'Mohammed bin Salman',
        'His Royal Highness Crown Prince Mohammed bin Salman',
        'Crown Prince Mohammed bin Salman',
      ),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E(
        'Mohammed bin Salman-Macron meeting in Riyadh',
        ['reception', 'Mohammed bin Salman-Macron meeting', 'meeting at Al-Yamamah Palace'],
        '2024-12-03',
      ),
      E("President Macron's state visit to Saudi Arabia", ['state visit to the Kingdom', 'state visit'], '2024-12-02'),
    ],
    relations: [
      ...took('Mohammed bin Salman-Macron meeting in Riyadh', 'Mohammed bin Salman', 'Emmanuel Macron'),
      ...took("President Macron's state visit to Saudi Arabia", 'Emmanuel Macron'),
      part('Mohammed bin Salman-Macron meeting in Riyadh', "President Macron's state visit to Saudi Arabia"),
    ],
  },
  {
    id: 'gen-special-emergency-meeting-convened-virtually-chaired-and-joined-by',
    form: 'CARICOM: "A special emergency meeting of the X was convened virtually on Date to consider developments concerning Y. The meeting was chaired by Title A, Chairman of the Conference, and joined by Title B"',
    date: '2023-12-04',
    source: 'CARICOM Secretariat',
    text:
      'A special emergency meeting of the CARICOM Bureau of Heads of Government was convened virtually on 4 December 2023 to consider developments concerning Guyana. ' +
      'The meeting was chaired by Prime Minister Roosevelt Skerrit of Dominica, Chairman of the Conference, and joined by President Irfaan Ali.',
    entities: [
      P('Roosevelt Skerrit', 'Prime Minister Roosevelt Skerrit', 'Skerrit'),
      P('Irfaan Ali', 'President Irfaan Ali', 'Ali'),
      S('Guyana'),
      E(
        'special emergency meeting of the CARICOM Bureau of Heads of Government',
        ['special emergency meeting', 'meeting of the CARICOM Bureau of Heads of Government'],
        '2023-12-04',
      ),
    ],
    relations: [
      ...took(
        'special emergency meeting of the CARICOM Bureau of Heads of Government',
        'Roosevelt Skerrit',
        'Irfaan Ali',
      ),
      ...dis('special emergency meeting of the CARICOM Bureau of Heads of Government', 'Guyana'),
    ],
  },
  {
    id: 'gen-exchanged-by-telephone-during-their-exchange',
    form: 'Élysée: "Title A and Title B exchanged by telephone on <weekday>. During their exchange, the two leaders discussed the X" (a call told by "exchanged")',
    date: '2025-06-15',
    source: 'Élysée',
    text:
      'President Emmanuel Macron and Chancellor Friedrich Merz exchanged by telephone on Sunday. ' +
      'During their exchange, the two leaders discussed the preparation of the G7 summit in Kananaskis.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Friedrich Merz', 'Chancellor Friedrich Merz', 'Merz'),
      E('Macron-Merz telephone call', ['exchange', 'Macron-Merz call', 'Macron-Merz exchange'], '2025-06-15'),
      E('G7 summit in Kananaskis', ['G7 summit', 'Kananaskis summit'], '2025-06-16'),
    ],
    relations: [
      ...took('Macron-Merz telephone call', 'Emmanuel Macron', 'Friedrich Merz'),
      ...dis('Macron-Merz telephone call', 'G7 summit in Kananaskis'),
    ],
  },
  {
    id: 'gen-held-a-bilateral-on-the-sidelines',
    form: 'prime minister: "A held a bilateral with Title B in City on Date, on the sidelines of the X" ("a bilateral" as the noun of the meeting)',
    date: '2024-11-19',
    source: 'Prime Minister of Australia',
    text: "Prime Minister Anthony Albanese held a bilateral with Prime Minister Narendra Modi in Rio de Janeiro on 19 November 2024, on the sidelines of the G20 Leaders' Summit.",
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E(
        'Albanese-Modi meeting in Rio de Janeiro',
        ['bilateral', 'Albanese-Modi bilateral', 'Albanese-Modi meeting'],
        '2024-11-19',
      ),
      E("G20 Leaders' Summit in Rio de Janeiro", ["G20 Leaders' Summit", 'G20 Rio de Janeiro Summit'], '2024-11-18'),
    ],
    relations: [
      ...took('Albanese-Modi meeting in Rio de Janeiro', 'Anthony Albanese', 'Narendra Modi'),
      ...took("G20 Leaders' Summit in Rio de Janeiro", 'Anthony Albanese', 'Narendra Modi'),
      part('Albanese-Modi meeting in Rio de Janeiro', "G20 Leaders' Summit in Rio de Janeiro"),
    ],
  },
];

/** One event referred back to later ("the Summit", "the Vilnius meeting", "yesterday's talks"), or a new one. */
const REFERRED: BankCase[] = [
  {
    id: 'ref-the-summit-capitalised-on-the-margins-of-the-summit',
    form: 'AU: "The Nth X Summit opened in City on Date under the chairmanship of Title A. On the margins of the Summit, Title B met Title C" (the Summit is the summit told first)',
    date: '2024-02-17',
    source: 'African Union Commission',
    text:
      'The 37th Ordinary Session of the Assembly of the African Union opened in Addis Ababa on 17 February 2024 under the chairmanship of President Azali Assoumani. ' +
      'On the margins of the Summit, President William Ruto met President Paul Kagame.',
    entities: [
      P('Azali Assoumani', 'President Azali Assoumani', 'Azali'),
      P('William Ruto', 'President William Ruto', 'Ruto'),
      P('Paul Kagame', 'President Paul Kagame', 'Kagame'),
      E(
        '37th Ordinary Session of the Assembly of the African Union',
        ['Summit', 'Assembly of the African Union', '37th African Union Summit'],
        '2024-02-17',
      ),
      E('Ruto-Kagame meeting in Addis Ababa', ['Ruto-Kagame meeting'], '2024-02-17'),
    ],
    relations: [
      ...took(
        '37th Ordinary Session of the Assembly of the African Union',
        'Azali Assoumani',
        'William Ruto',
        'Paul Kagame',
      ),
      ...took('Ruto-Kagame meeting in Addis Ababa', 'William Ruto', 'Paul Kagame'),
      part('Ruto-Kagame meeting in Addis Ababa', '37th Ordinary Session of the Assembly of the African Union'),
    ],
  },
  {
    id: 'ref-the-city-meeting-issued-a-joint-statement-at-its-end',
    form: 'alliance: "Title A hosted B and C in City on Date, on the eve of the X Summit. At the end of the <City> meeting, the three issued a joint statement" (the place-named meeting is the one told first)',
    date: '2023-07-10',
    source: 'NATO',
    text:
      'Secretary General Jens Stoltenberg hosted President Recep Tayyip Erdoğan and Prime Minister Ulf Kristersson in Vilnius on 10 July 2023, on the eve of the NATO Summit. ' +
      'At the end of the Vilnius meeting, the three issued a joint statement.',
    entities: [
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Ulf Kristersson', 'Prime Minister Ulf Kristersson', 'Kristersson'),
      A('joint statement of Türkiye, Sweden and NATO', 'joint statement'),
      E(
        'Stoltenberg-Erdoğan-Kristersson meeting in Vilnius',
        ['Vilnius meeting', 'trilateral meeting in Vilnius'],
        '2023-07-10',
      ),
      E('NATO Summit in Vilnius', ['NATO Summit', 'Vilnius Summit'], '2023-07-11'),
    ],
    relations: [
      ...took(
        'Stoltenberg-Erdoğan-Kristersson meeting in Vilnius',
        'Jens Stoltenberg',
        'Recep Tayyip Erdoğan',
        'Ulf Kristersson',
      ),
      at('joint statement of Türkiye, Sweden and NATO', 'Stoltenberg-Erdoğan-Kristersson meeting in Vilnius'),
    ],
  },
  {
    id: 'ref-yesterdays-talks-between-a-and-b-reported-by-a-minister',
    form: 'wire: "CITY, Month D (Agency) - Title A said on <weekday> that yesterday\'s talks between Title B and Title C had focused on X" (a minister reporting; he is no participant)',
    date: '2024-07-09',
    source: 'Reuters',
    text: "BEIJING, July 9 (Reuters) - Hungarian Foreign Minister Péter Szijjártó said on Tuesday that yesterday's talks between Prime Minister Viktor Orbán and President Xi Jinping had focused on Ukraine.",
    entities: [
      P('Péter Szijjártó', 'Hungarian Foreign Minister Péter Szijjártó', 'Szijjártó'),
      P('Viktor Orbán', 'Prime Minister Viktor Orbán', 'Orbán'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('Ukraine'),
      E('Orbán-Xi talks in Beijing', ['talks', 'Orbán-Xi talks', "yesterday's talks"], '2024-07-08'),
    ],
    relations: [
      ...took('Orbán-Xi talks in Beijing', 'Viktor Orbán', 'Xi Jinping'),
      ...dis('Orbán-Xi talks in Beijing', 'Ukraine'),
    ],
  },
  {
    id: 'ref-during-this-round-is-the-round-told-first',
    form: 'EU: "The Nth round of negotiations between X and Y on a Z took place in City from D to D Month. During this round, negotiators …" (one event; no second from "this round")',
    date: '2024-06-14',
    source: 'European Commission (DG Trade)',
    text:
      'The ninth round of negotiations between the EU and Indonesia on a Comprehensive Economic Partnership Agreement took place in Brussels from 10 to 14 June 2024. ' +
      'During this round, negotiators made progress on rules of origin.',
    entities: [
      O('European Union', 'EU'),
      S('Indonesia'),
      A('EU-Indonesia Comprehensive Economic Partnership Agreement', 'Comprehensive Economic Partnership Agreement'),
      E(
        'ninth round of EU-Indonesia CEPA negotiations',
        [
          'ninth round of negotiations between the EU and Indonesia on a Comprehensive Economic Partnership Agreement',
          'ninth round',
          'this round',
        ],
        '2024-06-10',
      ),
    ],
    relations: [],
  },
  {
    id: 'ref-on-the-second-day-of-the-visit-received-him',
    form: 'La Moncloa: "Title A arrived in City on Date for his Nth visit to X in as many years. On the second day of the visit, B received him at <guesthouse>" (the visit referred back to; the host by pronoun object)',
    date: '2024-09-09',
    source: 'La Moncloa',
    text:
      'The President of the Government, Pedro Sánchez, arrived in Beijing on 8 September 2024 for his third visit to China in as many years. ' +
      'On the second day of the visit, President Xi Jinping received him at the Diaoyutai State Guesthouse.',
    entities: [
      P('Pedro Sánchez', 'Pedro Sánchez', 'Sánchez', 'President of the Government'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      E("Pedro Sánchez's visit to China", ['visit to China', 'third visit to China', 'the visit'], '2024-09-08'),
      E(
        'Xi-Sánchez meeting in Beijing',
        ['Xi-Sánchez meeting', 'meeting at the Diaoyutai State Guesthouse'],
        '2024-09-09',
      ),
    ],
    relations: [
      ...took("Pedro Sánchez's visit to China", 'Pedro Sánchez'),
      ...took('Xi-Sánchez meeting in Beijing', 'Pedro Sánchez', 'Xi Jinping'),
      part('Xi-Sánchez meeting in Beijing', "Pedro Sánchez's visit to China"),
    ],
  },
  {
    id: 'ref-met-again-the-next-day-at-a-summit-a-new-event',
    form: 'No. 10: "A welcomed B to <residence> on Date. The two leaders met again the next day at <venue>, where A hosted a summit of X leaders on Y" (a second meeting, part of the summit)',
    date: '2025-03-02',
    source: "Prime Minister's Office, 10 Downing Street",
    text:
      'Prime Minister Keir Starmer welcomed President Volodymyr Zelenskyy to Downing Street on 1 March 2025. ' +
      'The two leaders met again the next day at Lancaster House, where Prime Minister Starmer hosted a summit of European leaders on Ukraine.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Prime Minister Starmer', 'Starmer'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Ukraine'),
      E('Starmer-Zelenskyy meeting at Downing Street', ['Starmer-Zelenskyy meeting in London'], '2025-03-01'),
      E('Starmer-Zelenskyy meeting at Lancaster House', ['met again the next day at Lancaster House'], '2025-03-02'),
      E(
        'London summit on Ukraine',
        ['summit of European leaders on Ukraine', 'summit at Lancaster House', 'Lancaster House summit'],
        '2025-03-02',
      ),
    ],
    relations: [
      ...took('Starmer-Zelenskyy meeting at Downing Street', 'Keir Starmer', 'Volodymyr Zelenskyy'),
      ...took('Starmer-Zelenskyy meeting at Lancaster House', 'Keir Starmer', 'Volodymyr Zelenskyy'),
      ...took('London summit on Ukraine', 'Keir Starmer', 'Volodymyr Zelenskyy'),
      part('Starmer-Zelenskyy meeting at Lancaster House', 'London summit on Ukraine'),
      ...dis('London summit on Ukraine', 'Ukraine'),
    ],
  },
  {
    id: 'ref-ahead-of-the-summit-not-part-of-it',
    form: 'MEA: "The Nth X-Y Summit took place in City on Date, co-chaired by A and B. Ahead of the Summit, A held bilateral talks with C" (before the summit: no PART_OF)',
    date: '2024-11-20',
    source: 'Ministry of External Affairs (India)',
    text:
      'The Second CARICOM-India Summit took place in Georgetown on 20 November 2024, co-chaired by Prime Minister Narendra Modi and Prime Minister Dickon Mitchell of Grenada. ' +
      'Ahead of the Summit, Prime Minister Modi held bilateral talks with Prime Minister Mia Amor Mottley of Barbados.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Prime Minister Modi', 'Modi'),
      P('Dickon Mitchell', 'Prime Minister Dickon Mitchell', 'Mitchell'),
      P('Mia Amor Mottley', 'Prime Minister Mia Amor Mottley', 'Mottley'),
      E('Second CARICOM-India Summit', ['CARICOM-India Summit', 'Summit'], '2024-11-20'),
      E(
        'Modi-Mottley talks in Georgetown',
        ['bilateral talks', 'Modi-Mottley talks', 'Modi-Mottley meeting'],
        '2024-11-20',
      ),
    ],
    relations: [
      ...took('Second CARICOM-India Summit', 'Narendra Modi', 'Dickon Mitchell'),
      ...took('Modi-Mottley talks in Georgetown', 'Narendra Modi', 'Mia Amor Mottley'),
    ],
  },
  {
    id: 'ref-at-the-meeting-recalled-their-first-meeting-held-in-place',
    form: 'Planalto: "A met B at <palace> in City on Date. At the meeting, the two presidents recalled their first meeting, held in Place in Month Year" (two events, the first recalled, not discussed)',
    date: '2024-04-17',
    source: 'Presidency of Brazil (Planalto)',
    text:
      'President Luiz Inácio Lula da Silva met President Gustavo Petro at the Casa de Nariño in Bogotá on 17 April 2024. ' +
      'At the meeting, the two presidents recalled their first meeting, held in Leticia in July 2023.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      E(
        'Lula-Petro meeting in Bogotá',
        ['meeting', 'Lula-Petro meeting', 'meeting at the Casa de Nariño'],
        '2024-04-17',
      ),
      E('Lula-Petro meeting in Leticia', ['first meeting', 'meeting in Leticia'], '2023-07'),
    ],
    relations: [
      ...took('Lula-Petro meeting in Bogotá', 'Luiz Inácio Lula da Silva', 'Gustavo Petro'),
      ...took('Lula-Petro meeting in Leticia', 'Luiz Inácio Lula da Silva', 'Gustavo Petro'),
    ],
  },
];

/** Tours, multi-day programmes and virtual formats as the frame of the meeting. */
const TOURS: BankCase[] = [
  {
    id: 'tour-first-stop-of-a-tour-that-also-takes-him-to',
    form: 'news agency: "Title A held talks with <demonym> Title B in City on Date, the first stop of a tour that also takes him to X, Y and Z" (talks PART_OF the tour)',
    date: '2024-01-14',
    source: 'Xinhua',
    text: "Foreign Minister Wang Yi held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo on 14 January 2024, the first stop of a tour that also takes him to Tunisia, Togo and Côte d'Ivoire.",
    entities: [
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      P('Sameh Shoukry', 'Egyptian Foreign Minister Sameh Shoukry', 'Shoukry'),
      E('Wang-Shoukry talks in Cairo', ['talks', 'Wang Yi-Shoukry talks', 'Wang-Shoukry talks'], '2024-01-14'),
      E("Wang Yi's tour of Africa", ['tour', "Wang Yi's tour of Egypt, Tunisia, Togo and Côte d'Ivoire"], '2024-01-13'),
    ],
    relations: [
      ...took('Wang-Shoukry talks in Cairo', 'Wang Yi', 'Sameh Shoukry'),
      ...took("Wang Yi's tour of Africa", 'Wang Yi'),
      part('Wang-Shoukry talks in Cairo', "Wang Yi's tour of Africa"),
    ],
  },
  {
    id: 'tour-took-him-to-in-city1-talks-with-in-city2-with',
    form: 'Élysée: "A\'s tour of X took him to A, B, C and D from D to D Month. In City1, he held talks with Title B; in City2, with Title C" (two meetings, each PART_OF the tour; the second by ellipsis)',
    date: '2023-03-04',
    source: 'Élysée',
    text:
      "President Emmanuel Macron's tour of Central Africa took him to Gabon, Angola, the Republic of the Congo and the Democratic Republic of the Congo from 1 to 4 March 2023. " +
      'In Luanda, he held talks with President João Lourenço; in Kinshasa, with President Félix Tshisekedi.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('João Lourenço', 'President João Lourenço', 'Lourenço'),
      P('Félix Tshisekedi', 'President Félix Tshisekedi', 'Tshisekedi'),
      E(
        "President Macron's tour of Central Africa",
        ['tour of Central Africa', "Macron's tour of Central Africa"],
        '2023-03-01',
      ),
      E('Macron-Lourenço talks in Luanda', ['Macron-Lourenço talks', 'talks in Luanda'], '2023-03-03'),
      E('Macron-Tshisekedi talks in Kinshasa', ['Macron-Tshisekedi talks', 'talks in Kinshasa'], '2023-03-04'),
    ],
    relations: [
      ...took("President Macron's tour of Central Africa", 'Emmanuel Macron'),
      ...took('Macron-Lourenço talks in Luanda', 'Emmanuel Macron', 'João Lourenço'),
      ...took('Macron-Tshisekedi talks in Kinshasa', 'Emmanuel Macron', 'Félix Tshisekedi'),
      part('Macron-Lourenço talks in Luanda', "President Macron's tour of Central Africa"),
      part('Macron-Tshisekedi talks in Kinshasa', "President Macron's tour of Central Africa"),
    ],
  },
  {
    id: 'tour-who-is-on-a-tour-of-met',
    form: 'prime minister\'s office: "A, who is on a tour of X, met Title B at <house> in City on Date" (the meeting PART_OF the tour told in a relative clause)',
    date: '2023-05-03',
    source: "Prime Minister's Office of Japan",
    text: 'Prime Minister Fumio Kishida, who is on a tour of Africa, met President William Ruto at State House in Nairobi on 3 May 2023.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('William Ruto', 'President William Ruto', 'Ruto'),
      E("Prime Minister Kishida's tour of Africa", ['tour of Africa', "Kishida's tour of Africa"], '2023-04-29'),
      E('Kishida-Ruto meeting in Nairobi', ['Kishida-Ruto meeting', 'meeting at State House'], '2023-05-03'),
    ],
    relations: [
      ...took("Prime Minister Kishida's tour of Africa", 'Fumio Kishida'),
      ...took('Kishida-Ruto meeting in Nairobi', 'Fumio Kishida', 'William Ruto'),
      part('Kishida-Ruto meeting in Nairobi', "Prime Minister Kishida's tour of Africa"),
    ],
  },
  {
    id: 'tour-first-day-banquet-second-day-talks',
    form: 'presidency: "A paid a state visit to X from D to D Month. On the first day, King B hosted a state banquet in the President\'s honour at <palace>; on the second day, the President held talks with Title C at <residence>"',
    date: '2022-11-23',
    source: 'The Presidency of South Africa',
    text:
      'President Cyril Ramaphosa paid a state visit to the United Kingdom from 22 to 23 November 2022. ' +
      "On the first day, King Charles III hosted a state banquet in the President's honour at Buckingham Palace; on the second day, the President held talks with Prime Minister Rishi Sunak at Downing Street.",
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      P('Charles III', 'King Charles III'),
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      E(
        "President Ramaphosa's state visit to the United Kingdom",
        ['state visit to the United Kingdom', 'state visit'],
        '2022-11-22',
      ),
      E('state banquet at Buckingham Palace', ['state banquet'], '2022-11-22'),
      E('Ramaphosa-Sunak talks at Downing Street', ['Ramaphosa-Sunak talks', 'talks'], '2022-11-23'),
    ],
    relations: [
      ...took("President Ramaphosa's state visit to the United Kingdom", 'Cyril Ramaphosa'),
      ...took('state banquet at Buckingham Palace', 'Cyril Ramaphosa', 'Charles III'),
      ...took('Ramaphosa-Sunak talks at Downing Street', 'Cyril Ramaphosa', 'Rishi Sunak'),
      part('state banquet at Buckingham Palace', "President Ramaphosa's state visit to the United Kingdom"),
      part('Ramaphosa-Sunak talks at Downing Street', "President Ramaphosa's state visit to the United Kingdom"),
    ],
  },
  {
    id: 'tour-virtual-format-among-those-taking-part',
    form: 'No. 10: "Leaders of the X met in a virtual format on Date at the invitation of Title A. Among those taking part were Title B, Title C and Title D"',
    date: '2025-03-15',
    source: "Prime Minister's Office, 10 Downing Street",
    text:
      'Leaders of the coalition of the willing met in a virtual format on 15 March 2025 at the invitation of Prime Minister Keir Starmer. ' +
      'Among those taking part were President Emmanuel Macron, Prime Minister Giorgia Meloni and President Volodymyr Zelenskyy.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E(
        'virtual meeting of the coalition of the willing',
        ['virtual meeting of leaders of the coalition of the willing', 'coalition of the willing meeting'],
        '2025-03-15',
      ),
    ],
    relations: [
      ...took(
        'virtual meeting of the coalition of the willing',
        'Keir Starmer',
        'Emmanuel Macron',
        'Giorgia Meloni',
        'Volodymyr Zelenskyy',
      ),
    ],
  },
  {
    id: 'tour-his-programme-in-city-included',
    form: 'prime minister\'s office: "A made an unannounced visit to X on Date. His programme in City included a summit meeting with Title B and a visit to Place" (two parts of the visit)',
    date: '2023-03-21',
    source: "Prime Minister's Office of Japan",
    text:
      'Prime Minister Fumio Kishida made an unannounced visit to Ukraine on 21 March 2023. ' +
      'His programme in Kyiv included a summit meeting with President Volodymyr Zelenskyy and a visit to Bucha.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      E(
        "Prime Minister Kishida's visit to Ukraine",
        ['unannounced visit to Ukraine', 'visit to Ukraine'],
        '2023-03-21',
      ),
      E(
        'Japan-Ukraine summit meeting',
        ['summit meeting', 'Kishida-Zelenskyy summit meeting', 'Kishida-Zelenskyy meeting'],
        '2023-03-21',
      ),
      E("Prime Minister Kishida's visit to Bucha", ['visit to Bucha'], '2023-03-21'),
    ],
    relations: [
      ...took("Prime Minister Kishida's visit to Ukraine", 'Fumio Kishida'),
      ...took('Japan-Ukraine summit meeting', 'Fumio Kishida', 'Volodymyr Zelenskyy'),
      ...took("Prime Minister Kishida's visit to Bucha", 'Fumio Kishida'),
      part('Japan-Ukraine summit meeting', "Prime Minister Kishida's visit to Ukraine"),
      part("Prime Minister Kishida's visit to Bucha", "Prime Minister Kishida's visit to Ukraine"),
    ],
  },
  {
    id: 'tour-on-the-city-leg-of-his-trip',
    form: 'White House: "On the <City> leg of his <region> trip, A held talks with Title B on Date" (talks PART_OF the trip)',
    date: '2023-09-10',
    source: 'The White House',
    text: 'On the Hanoi leg of his Asia trip, President Joe Biden held talks with General Secretary Nguyen Phu Trong on 10 September 2023.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Nguyen Phu Trong', 'General Secretary Nguyen Phu Trong', 'Trong'),
      E("President Biden's Asia trip", ['Asia trip', "Biden's Asia trip"], '2023-09-07'),
      E('Biden-Nguyen Phu Trong talks in Hanoi', ['Biden-Trong talks', 'talks in Hanoi'], '2023-09-10'),
    ],
    relations: [
      ...took("President Biden's Asia trip", 'Joe Biden'),
      ...took('Biden-Nguyen Phu Trong talks in Hanoi', 'Joe Biden', 'Nguyen Phu Trong'),
      part('Biden-Nguyen Phu Trong talks in Hanoi', "President Biden's Asia trip"),
    ],
  },
  {
    id: 'tour-working-visit-in-the-course-of-which-a-meeting-with',
    form: 'government: "A paid a working visit to City on Date, in the course of which he had a meeting with Title B and addressed the X" (a meeting inside a one-day visit)',
    date: '2024-05-22',
    source: "Government of Greece (Prime Minister's office)",
    text: 'Prime Minister Kyriakos Mitsotakis paid a working visit to Rome on 22 May 2024, in the course of which he had a meeting with Prime Minister Giorgia Meloni at Palazzo Chigi.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      E("Prime Minister Mitsotakis's working visit to Rome", ['working visit to Rome', 'visit to Rome'], '2024-05-22'),
      E('Mitsotakis-Meloni meeting in Rome', ['Mitsotakis-Meloni meeting', 'meeting at Palazzo Chigi'], '2024-05-22'),
    ],
    relations: [
      ...took("Prime Minister Mitsotakis's working visit to Rome", 'Kyriakos Mitsotakis'),
      ...took('Mitsotakis-Meloni meeting in Rome', 'Kyriakos Mitsotakis', 'Giorgia Meloni'),
      part('Mitsotakis-Meloni meeting in Rome', "Prime Minister Mitsotakis's working visit to Rome"),
    ],
  },
  {
    id: 'tour-final-stop-of-a-regional-tour-capital-appositive',
    form: 'foreign ministry: "Title A concluded his tour of the X region in City, the tour\'s final stop, where he was received by Title B on Date" (the meeting at the last stop PART_OF the tour)',
    date: '2024-08-02',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text: "Foreign Minister Cho Tae-yul concluded his tour of Central Asia in Astana, the tour's final stop, where he was received by President Kassym-Jomart Tokayev on 2 August 2024.",
    entities: [
      P('Cho Tae-yul', 'Foreign Minister Cho Tae-yul', 'Cho'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      E("Foreign Minister Cho Tae-yul's tour of Central Asia", ['tour of Central Asia', 'tour'], '2024-07-29'),
      E('Tokayev-Cho meeting in Astana', ['Tokayev-Cho meeting', 'Cho-Tokayev meeting'], '2024-08-02'),
    ],
    relations: [
      ...took("Foreign Minister Cho Tae-yul's tour of Central Asia", 'Cho Tae-yul'),
      ...took('Tokayev-Cho meeting in Astana', 'Cho Tae-yul', 'Kassym-Jomart Tokayev'),
      part('Tokayev-Cho meeting in Astana', "Foreign Minister Cho Tae-yul's tour of Central Asia"),
    ],
  },
  {
    id: 'tour-video-conference-the-leaders-agreed',
    form: 'government: "Title A and Title B held a meeting by video conference on Date. The leaders agreed to hold the Nth X in City later in the year" (a video meeting and a planned gathering)',
    date: '2024-05-02',
    source: 'New Zealand Government',
    text:
      'Prime Minister Christopher Luxon and Prime Minister Anthony Albanese held a meeting by video conference on 2 May 2024. ' +
      "The leaders agreed to hold the Annual Australia-New Zealand Leaders' Meeting in Sydney later in the year.",
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      E(
        'Luxon-Albanese video conference',
        ['meeting by video conference', 'Luxon-Albanese meeting', 'video conference'],
        '2024-05-02',
      ),
      E(
        "Annual Australia-New Zealand Leaders' Meeting in Sydney",
        ["Annual Australia-New Zealand Leaders' Meeting", "Australia-New Zealand Leaders' Meeting"],
        '2024-08-16',
      ),
    ],
    relations: [
      ...took('Luxon-Albanese video conference', 'Christopher Luxon', 'Anthony Albanese'),
      ...dis('Luxon-Albanese video conference', "Annual Australia-New Zealand Leaders' Meeting in Sydney"),
    ],
  },
];

/** Events named by date or place only ("the 12 May meeting", "the Geneva talks", "at the Brussels gathering"). */
const DATED: BankCase[] = [
  {
    id: 'date-their-d-month-meeting-in-city-recalled',
    form: 'prime minister\'s office: "A and B met in City on Date. The two leaders reviewed progress since their D Month meeting in City2" (an earlier meeting by date and place, its two participants by "their")',
    date: '2024-05-13',
    source: "Prime Minister's Office of Greece",
    text:
      'Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdoğan met in Ankara on 13 May 2024. ' +
      'The two leaders reviewed progress since their 7 December meeting in Athens.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      E('Mitsotakis-Erdoğan meeting in Ankara', ['Mitsotakis-Erdoğan meeting'], '2024-05-13'),
      E('Mitsotakis-Erdoğan meeting in Athens', ['7 December meeting in Athens', 'meeting in Athens'], '2023-12-07'),
    ],
    relations: [
      ...took('Mitsotakis-Erdoğan meeting in Ankara', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      ...took('Mitsotakis-Erdoğan meeting in Athens', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
    ],
  },
  {
    id: 'date-the-talks-in-city-last-week-told-to-reporters',
    form: 'news agency: "Title A told reporters in City on Date that the talks in City2 last week had brought a X closer" (a recalled event by place; the speaker no participant; no event for the remarks)',
    date: '2024-08-19',
    source: 'Associated Press',
    text: 'Secretary of State Antony Blinken told reporters in Tel Aviv on 19 August 2024 that the talks in Doha last week had brought a ceasefire in Gaza closer than ever.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      E('talks in Doha', ['Doha talks'], '2024-08-15'),
    ],
    relations: [],
  },
  {
    id: 'date-at-the-city-gathering-is-the-meeting-told-first',
    form: 'alliance: "X Ministers met at <hq> in City on Date, chaired by Title A. At the <City> gathering, Title B set out …" (one event; the speaker takes part)',
    date: '2025-02-13',
    source: 'NATO',
    text:
      'NATO Defence Ministers met at NATO Headquarters in Brussels on 13 February 2025, chaired by Secretary General Mark Rutte. ' +
      "At the Brussels gathering, Secretary of Defense Pete Hegseth set out the new administration's expectations of European Allies.",
    entities: [
      P('Mark Rutte', 'Secretary General Mark Rutte', 'Rutte'),
      P('Pete Hegseth', 'Secretary of Defense Pete Hegseth', 'Hegseth'),
      E(
        'meeting of NATO Defence Ministers in Brussels',
        ['NATO Defence Ministers meeting', 'Brussels gathering', 'meeting of NATO Defence Ministers'],
        '2025-02-13',
      ),
    ],
    relations: [...took('meeting of NATO Defence Ministers in Brussels', 'Mark Rutte', 'Pete Hegseth')],
  },
  {
    id: 'date-reviewed-the-follow-up-to-the-place-summit-of-date',
    form: 'presidency: "Title A received Title B at <palace> on Date. The two leaders reviewed the follow-up to the <Place> summit of D Month" (a recalled summit the meeting dealt with: DISCUSSED, no participants)',
    date: '2025-10-20',
    source: 'Presidency of the Arab Republic of Egypt',
    text:
      'President Abdel Fattah El-Sisi received King Abdullah II at Al-Ittihadiya Palace on 20 October 2025. ' +
      'The two leaders reviewed the follow-up to the Sharm El-Sheikh summit of 13 October.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi', 'El-Sisi'),
      P('Abdullah II', 'King Abdullah II'),
      E(
        'El-Sisi-Abdullah II meeting in Cairo',
        ['El-Sisi-Abdullah II meeting', 'meeting at Al-Ittihadiya Palace'],
        '2025-10-20',
      ),
      E('Sharm El-Sheikh summit', ['Sharm El-Sheikh summit of 13 October'], '2025-10-13'),
    ],
    relations: [
      ...took('El-Sisi-Abdullah II meeting in Cairo', 'Abdel Fattah El-Sisi', 'Abdullah II'),
      ...dis('El-Sisi-Abdullah II meeting in Cairo', 'Sharm El-Sheikh summit'),
    ],
  },
  {
    id: 'date-prepared-the-d-month-conference-on-x',
    form: 'EEAS: "Title A met Title B in City on Date. They prepared the D Month intergovernmental conference on X\'s accession" (a planned event by date only, DISCUSSED)',
    date: '2024-05-27',
    source: 'European External Action Service',
    text:
      'High Representative Josep Borrell met Foreign Minister Dmytro Kuleba in Brussels on 27 May 2024. ' +
      "They prepared the 25 June intergovernmental conference on Ukraine's accession.",
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell', 'Borrell'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba'),
      S('Ukraine'),
      E('Borrell-Kuleba meeting in Brussels', ['Borrell-Kuleba meeting'], '2024-05-27'),
      E(
        "intergovernmental conference on Ukraine's accession",
        ["25 June intergovernmental conference on Ukraine's accession", 'intergovernmental conference'],
        '2024-06-25',
      ),
    ],
    relations: [
      ...took('Borrell-Kuleba meeting in Brussels', 'Josep Borrell', 'Dmytro Kuleba'),
      ...dis('Borrell-Kuleba meeting in Brussels', "intergovernmental conference on Ukraine's accession"),
    ],
  },
  {
    id: 'date-the-weekday-talks-in-city-followed-by-a-new-round',
    form: 'wire: "Title A and Title B held talks in City on Date. The City talks, their second in a month, focused on X" (one event: the place-named talks are the ones told first)',
    date: '2024-12-05',
    source: 'Reuters',
    text:
      'Foreign Minister Abbas Araghchi and Foreign Minister Hakan Fidan held talks in Ankara on 2 December 2024. ' +
      'The Ankara talks, their second in a month, focused on Syria.',
    entities: [
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi', 'Araghchi'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan', 'Fidan'),
      S('Syria'),
      E('Araghchi-Fidan talks in Ankara', ['Ankara talks', 'Araghchi-Fidan talks'], '2024-12-02'),
    ],
    relations: [
      ...took('Araghchi-Fidan talks in Ankara', 'Abbas Araghchi', 'Hakan Fidan'),
      ...dis('Araghchi-Fidan talks in Ankara', 'Syria'),
    ],
  },
];

/** REACHED_AT on a meeting told generically or by place and date. */
const REACHED: BankCase[] = [
  {
    id: 'reach-co-chaired-on-the-occasion-witnessed-the-signing',
    form: 'MEA: "A and B co-chaired the Nth X Joint Commission in City on Date. On the occasion, the two Ministers witnessed the signing of the Y agreement" (REACHED_AT the commission)',
    date: '2024-01-04',
    source: 'Ministry of External Affairs (India)',
    text:
      'External Affairs Minister Dr. S. Jaishankar and Foreign Minister N.P. Saud co-chaired the 7th India-Nepal Joint Commission in Kathmandu on 4 January 2024. ' +
      'On the occasion, the two Ministers witnessed the signing of the agreement on long-term export of power from Nepal to India.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'Dr. S. Jaishankar', 'Jaishankar'),
      P('N.P. Saud', 'Foreign Minister N.P. Saud', 'Saud'),
      A('agreement on long-term export of power from Nepal to India', 'agreement on long-term export of power'),
      E('7th India-Nepal Joint Commission', ['India-Nepal Joint Commission', 'Joint Commission'], '2024-01-04'),
    ],
    relations: [
      ...took('7th India-Nepal Joint Commission', 'S. Jaishankar', 'N.P. Saud'),
      at('agreement on long-term export of power from Nepal to India', '7th India-Nepal Joint Commission'),
    ],
  },
  {
    id: 'reach-adopted-at-the-informal-meeting-in-city-on-date-recalled',
    form: 'European Council: "Title A said in City on Date that the X declaration, adopted at the informal meeting of heads of state or government in City2 on D Month, would guide …" (REACHED_AT a recalled meeting told generically; the speaker no participant)',
    date: '2023-10-26',
    source: 'European Council',
    text: 'European Council President Charles Michel said in Brussels on 26 October 2023 that the Granada declaration, adopted at the informal meeting of heads of state or government in Granada on 6 October, would guide the debate on enlargement.',
    entities: [
      P('Charles Michel', 'European Council President Charles Michel', 'Michel'),
      A('Granada declaration'),
      E(
        'informal meeting of heads of state or government in Granada',
        ['informal meeting in Granada', 'Granada informal meeting'],
        '2023-10-06',
      ),
    ],
    relations: [at('Granada declaration', 'informal meeting of heads of state or government in Granada')],
  },
  {
    id: 'reach-passive-talks-were-held-following-the-talks-exchange',
    form: 'presidential secretariat: "Talks between Title A and Title B were held at <building> in City on Date. Following the talks, the two leaders witnessed the exchange of the X" (REACHED_AT the talks)',
    date: '2025-04-05',
    source: "President's Media Division (Sri Lanka)",
    text:
      'Talks between President Anura Kumara Dissanayake and Prime Minister Narendra Modi were held at the Presidential Secretariat in Colombo on 5 April 2025. ' +
      'Following the talks, the two leaders witnessed the exchange of the Memorandum of Understanding on Defence Cooperation.',
    entities: [
      P('Anura Kumara Dissanayake', 'President Anura Kumara Dissanayake', 'Dissanayake'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      A('Memorandum of Understanding on Defence Cooperation'),
      E(
        'Dissanayake-Modi talks in Colombo',
        ['talks', 'Dissanayake-Modi talks', 'talks at the Presidential Secretariat'],
        '2025-04-05',
      ),
    ],
    relations: [
      ...took('Dissanayake-Modi talks in Colombo', 'Anura Kumara Dissanayake', 'Narendra Modi'),
      at('Memorandum of Understanding on Defence Cooperation', 'Dissanayake-Modi talks in Colombo'),
    ],
  },
  {
    id: 'reach-at-the-talks-headline-only-names-the-visit',
    form: 'PCO, headline "X and Y sign the Z" over "At the talks in City on Date, Title A and Title B signed the Z" (REACHED_AT the talks told only by "At the talks")',
    date: '2024-07-08',
    title: 'Philippines and Japan sign Reciprocal Access Agreement',
    source: 'Presidential Communications Office (Philippines)',
    text: 'At the talks in Manila on 8 July 2024, Secretary of National Defense Gilberto Teodoro and Foreign Minister Kamikawa Yoko signed the Reciprocal Access Agreement.',
    entities: [
      P('Gilberto Teodoro', 'Secretary of National Defense Gilberto Teodoro', 'Teodoro'),
      P('Yoko Kamikawa', 'Foreign Minister Kamikawa Yoko', 'Kamikawa Yoko', 'Kamikawa'),
      A('Reciprocal Access Agreement', 'RAA'),
      E('Teodoro-Kamikawa talks in Manila', ['talks', 'talks in Manila', 'Teodoro-Kamikawa talks'], '2024-07-08'),
    ],
    relations: [
      ...took('Teodoro-Kamikawa talks in Manila', 'Gilberto Teodoro', 'Yoko Kamikawa'),
      at('Reciprocal Access Agreement', 'Teodoro-Kamikawa talks in Manila'),
    ],
  },
];

/** Negatives: a meeting proposed, hoped for or called off; generic nouns; a briefing about the meeting. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-ready-to-meet-a-meeting-only-proposed',
    form: 'wire: "Title A said on <weekday> he was ready to meet Title B to discuss X" (a proposed meeting: Event, no PARTICIPATED_IN)',
    date: '2025-05-27',
    source: 'Reuters',
    text: 'Pakistani Prime Minister Shehbaz Sharif said on Tuesday he was ready to meet Indian Prime Minister Narendra Modi for talks on water sharing.',
    entities: [
      P('Shehbaz Sharif', 'Pakistani Prime Minister Shehbaz Sharif', 'Sharif'),
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi', 'Modi'),
      E('Sharif-Modi talks', ['talks on water sharing', 'Sharif-Modi meeting'], '2025-05-27'),
    ],
    relations: [],
  },
  {
    id: 'negative-high-level-exchanges-and-dialogue-between-the-peoples',
    form: 'foreign ministry: "A received B in City on Date. The two sides agreed to maintain high-level exchanges and to promote dialogue between the peoples" (generic nouns: no event)',
    date: '2024-12-10',
    source: "Ministry of Foreign Affairs of the People's Republic of China",
    text:
      'Premier Li Qiang received Foreign Minister Bui Thanh Son in Beijing on 10 December 2024. ' +
      'The two sides agreed to maintain high-level exchanges and to promote dialogue between the peoples of the two countries.',
    entities: [
      P('Li Qiang', 'Premier Li Qiang'),
      P('Bui Thanh Son', 'Foreign Minister Bui Thanh Son'),
      E(
        'Li Qiang-Bui Thanh Son meeting in Beijing',
        ['Li Qiang-Bui Thanh Son meeting', 'meeting in Beijing'],
        '2024-12-10',
      ),
    ],
    relations: [...took('Li Qiang-Bui Thanh Son meeting in Beijing', 'Li Qiang', 'Bui Thanh Son')],
  },
  {
    id: 'negative-spokesperson-told-a-regular-press-briefing-about-the-meeting',
    form: 'foreign ministry: "Spokesperson A told a regular press briefing in City on Date that the meeting between Title B and Title C in City2 had been candid" (the briefing no event, the spokesperson no participant)',
    date: '2023-11-17',
    source: "Ministry of Foreign Affairs of the People's Republic of China",
    text: 'Foreign Ministry Spokesperson Mao Ning told a regular press briefing in Beijing on 17 November 2023 that the meeting between President Xi Jinping and President Joe Biden in Woodside had been candid and in-depth.',
    entities: [
      P('Mao Ning', 'Foreign Ministry Spokesperson Mao Ning'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      E(
        'Xi-Biden meeting in Woodside',
        ['meeting between President Xi Jinping and President Joe Biden in Woodside'],
        '2023-11-15',
      ),
    ],
    relations: [...took('Xi-Biden meeting in Woodside', 'Xi Jinping', 'Joe Biden')],
  },
  {
    id: 'negative-agreed-to-meet-in-person-hoped-for',
    form: 'chancellery: "Title A spoke by telephone with Title B on <weekday>. The two agreed to meet in person soon" (the call held; the meeting hoped for: Event, no PARTICIPATED_IN)',
    date: '2025-05-11',
    source: 'Federal Government of Germany',
    text:
      'Chancellor Friedrich Merz spoke by telephone with President Donald Trump on Sunday. ' +
      'The two agreed to meet in person soon.',
    entities: [
      P('Friedrich Merz', 'Chancellor Friedrich Merz', 'Merz'),
      P('Donald Trump', 'President Donald Trump', 'Trump'),
      E('Merz-Trump telephone call', ['Merz-Trump call', 'Merz-Trump telephone conversation'], '2025-05-11'),
      E('Merz-Trump meeting in person', ['meeting in person', 'in-person meeting'], '2025-06-05'),
    ],
    relations: [
      ...took('Merz-Trump telephone call', 'Friedrich Merz', 'Donald Trump'),
      ...dis('Merz-Trump telephone call', 'Merz-Trump meeting in person'),
    ],
  },
  {
    id: 'negative-accepted-an-invitation-to-visit',
    form: 'government: "A met B in City on Date. A accepted an invitation to visit X" (a planned visit, DISCUSSED, no PARTICIPATED_IN)',
    date: '2024-06-13',
    source: 'New Zealand Government',
    text:
      'Prime Minister Christopher Luxon met Premier Li Qiang in Wellington on 13 June 2024. ' +
      'Prime Minister Luxon accepted an invitation to visit China.',
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Prime Minister Luxon', 'Luxon'),
      P('Li Qiang', 'Premier Li Qiang'),
      E('Luxon-Li Qiang meeting in Wellington', ['Luxon-Li meeting', 'Luxon-Li Qiang meeting'], '2024-06-13'),
      E("Prime Minister Luxon's visit to China", ['visit to China', "Luxon's visit to China"], '2025-06-17'),
    ],
    relations: [
      ...took('Luxon-Li Qiang meeting in Wellington', 'Christopher Luxon', 'Li Qiang'),
      ...dis('Luxon-Li Qiang meeting in Wellington', "Prime Minister Luxon's visit to China"),
    ],
  },
  {
    id: 'negative-a-planned-meeting-between-a-and-b-was-called-off',
    form: 'wire: "A planned meeting between Title A and Title B on the margins of the X in City was called off on Date" (no PARTICIPATED_IN in the meeting; the gathering held but nobody said to attend)',
    date: '2018-09-21',
    source: 'Press Trust of India',
    text: 'A planned meeting between External Affairs Minister Sushma Swaraj and Foreign Minister Shah Mahmood Qureshi on the margins of the UN General Assembly in New York was called off on 21 September 2018.',
    entities: [
      P('Sushma Swaraj', 'External Affairs Minister Sushma Swaraj', 'Swaraj'),
      P('Shah Mahmood Qureshi', 'Foreign Minister Shah Mahmood Qureshi', 'Qureshi'),
      E('Swaraj-Qureshi meeting in New York', ['planned meeting', 'Swaraj-Qureshi meeting'], '2018-09-27'),
      E(
        'UN General Assembly',
        ['73rd session of the UN General Assembly', 'United Nations General Assembly'],
        '2018-09-18',
      ),
    ],
    relations: [part('Swaraj-Qureshi meeting in New York', 'UN General Assembly')],
  },
  {
    id: 'negative-regular-contacts-in-a-call-no-second-event',
    form: 'presidency: "A had a telephone conversation with B on <weekday>. The presidents agreed to keep in regular contact and to intensify contacts between the two governments" (generic nouns: no event)',
    date: '2024-03-05',
    source: 'President of the Republic of Poland',
    text:
      'President Andrzej Duda had a telephone conversation with President Gitanas Nausėda on Tuesday. ' +
      'The presidents agreed to keep in regular contact and to intensify contacts between the two governments.',
    entities: [
      P('Andrzej Duda', 'President Andrzej Duda', 'Duda'),
      P('Gitanas Nausėda', 'President Gitanas Nausėda', 'Nausėda'),
      E('Duda-Nausėda telephone conversation', ['telephone conversation', 'Duda-Nausėda call'], '2024-03-05'),
    ],
    relations: [...took('Duda-Nausėda telephone conversation', 'Andrzej Duda', 'Gitanas Nausėda')],
  },
  {
    id: 'negative-later-briefed-journalists-alone-after-the-talks',
    form: 'prime minister: "A held talks with B at <residence> on Date. Mr A later briefed journalists on the outcome at the X embassy" (a briefing by one side: no event)',
    date: '2025-05-06',
    source: 'Prime Minister of Canada',
    text:
      'Prime Minister Mark Carney held talks with President Donald Trump at the White House on 6 May 2025. ' +
      'Mr Carney later briefed journalists on the outcome at the Canadian embassy.',
    entities: [
      P('Mark Carney', 'Prime Minister Mark Carney', 'Mr Carney', 'Carney'),
      P('Donald Trump', 'President Donald Trump', 'Trump'),
      E('Carney-Trump talks at the White House', ['talks', 'Carney-Trump talks', 'Carney-Trump meeting'], '2025-05-06'),
    ],
    relations: [...took('Carney-Trump talks at the White House', 'Mark Carney', 'Donald Trump')],
  },
];

export const EVENT_BANK: BankCase[] = [...GENERIC, ...REFERRED, ...TOURS, ...DATED, ...REACHED, ...NEGATIVES];
