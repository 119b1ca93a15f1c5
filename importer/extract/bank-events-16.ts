// The sixteenth events paraphrase bank (issue 6, round ev24): a blind bank written before any rule change of the round,
// after grepping the ids and `form`s of events banks 1–15 and the incidents bank, on the first-look's weakest event
// relations: PART_OF (sessions, working lunches and dinners, plenaries, retreats, outreach sessions, press conferences,
// signings and banquets held during a visit, summit, meeting or round, told by "during", "in the course of", "on the
// first day of", "continued in an expanded format", "the talks opened with"), INVOLVES for incidents (actors and targets
// of attacks, strikes, clashes, detentions, arrests, seizures, ceasefire violations, coups, drone incursions; the states
// or groups a dispute or controversy is between; "both countries" and "the two sides" resolved to the two sides named
// before), events referred to by kind + place or date ("the Vilnius summit", "the November summit in San Francisco
// between", "the 21 February meeting of G20 foreign ministers in Rio", "the Anchorage summit", "the Istanbul talks
// between Russia and Ukraine, which Türkiye hosted"), and ceremonies told by their verb ("witnessed the signing",
// "inaugurated the new building", "laid flowers", "cut the ribbon to open", "laid the foundation stone", "planted a
// tree", "inspected a guard of honour", "presented the Order", "took part via video link in the ceremony marking"),
// with negatives (ceremonies scheduled, a clash of views, a ceremony somebody could not attend). House styles not used
// by events banks 1–15: New Zealand MFAT, Bernama, VNA, Trend, Anadolu, the White House, Akorda, PIB, NATO, Montsame,
// AFP, Global Affairs Canada, Azertac, the CARICOM Secretariat, Ukrinform, the Indian MEA, Kabar, UN News, Xinhua,
// Agerpres, AP, the ECOWAS Commission, the Saudi Press Agency, the German Federal Government, Kyodo, TASS, the
// Brazilian Itamaraty, the Kazakh MFA, the Nepali MoFA, the Malaysian PMO, Moldpres, TASR, HINA, UzA, the Ghanaian
// Presidency, the Royal Thai Government, Ahram Online, the Kyrgyz Presidency, Reuters, the Jakarta Post, Yonhap.
// Conventions (GUIDE, and events-15 as it states them): a session, working lunch or dinner, plenary, retreat session,
// press conference, signing, banquet or ceremony held during a visit, summit, meeting or round is PART_OF it; the
// participants of a part take part in the whole (the host of a visit only in its parts the text puts him in); a
// signing "witnessed" by leaders is an Event they take part in, and the agreement signed is REACHED_AT it; an incident
// (attack, strike, clash, detention, arrest, seizure, ceasefire violation, coup, drone fall) INVOLVES every state or
// organisation named or plainly implied as actor, target or affected party (nationals harmed, a city's or a flag's
// state); a dispute or controversy INVOLVES the sides it is between, "both countries" and "the two sides" standing for
// the two sides named before; an event whose only stated parties are states (delegations of states, a commission of two
// states, a planned joint commission "both countries" agreed to convene) INVOLVES them; a gathering "hosted by" or held
// "under the auspices of" a state or organisation INVOLVES it; an event referred to by kind and place or date ("the
// Vilnius summit") is an Event, and who "last met at" it or met "at" it took part; planned or scheduled events have no
// participants; who "could not attend" takes no part.
// Its area is Events, PARTICIPATED_IN, PART_OF, INVOLVES and REACHED_AT (DISCUSSED is not scored here).
import { type BankCase, A, E, O, P, S, inv, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'INVOLVES', 'REACHED_AT'];

const part = (event: string, whole: string): [string, string, string] => ['PART_OF', event, whole];
const at = (agreement: string, event: string): [string, string, string] => ['REACHED_AT', agreement, event];

/** Sessions, lunches, dinners, plenaries, press conferences, signings and banquets inside a visit, summit or round. */
const SESSIONS: BankCase[] = [
  {
    id: 'sess-during-the-visit-talks-opened-small-group-then-working-lunch',
    form: 'foreign ministry: "Title A held talks with Title B in City on Date, during his official visit to X. The two prime ministers met first in a small-group session and then continued over a working lunch" (talks inside a visit; two sessions of the talks)',
    date: '2024-06-18',
    source: 'New Zealand Ministry of Foreign Affairs and Trade',
    text:
      'Prime Minister Christopher Luxon held talks with Prime Minister Kishida Fumio in Tokyo on 18 June 2024, during his official visit to Japan. ' +
      'The two prime ministers met first in a small-group session and then continued their discussion over a working lunch.',
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio'),
      S('Japan'),
      E("Luxon's official visit to Japan", ['official visit to Japan', 'official visit'], '2024-06-18'),
      E('Luxon-Kishida talks in Tokyo', ['Luxon-Kishida talks', 'talks'], '2024-06-18'),
      E('small-group session of the Luxon-Kishida talks', ['small-group session'], '2024-06-18'),
      E('working lunch of the Luxon-Kishida talks', ['working lunch'], '2024-06-18'),
    ],
    relations: [
      ...took("Luxon's official visit to Japan", 'Christopher Luxon'),
      ...took('Luxon-Kishida talks in Tokyo', 'Christopher Luxon', 'Fumio Kishida'),
      part('Luxon-Kishida talks in Tokyo', "Luxon's official visit to Japan"),
      ...took('small-group session of the Luxon-Kishida talks', 'Christopher Luxon', 'Fumio Kishida'),
      part('small-group session of the Luxon-Kishida talks', 'Luxon-Kishida talks in Tokyo'),
      ...took('working lunch of the Luxon-Kishida talks', 'Christopher Luxon', 'Fumio Kishida'),
      part('working lunch of the Luxon-Kishida talks', 'Luxon-Kishida talks in Tokyo'),
    ],
  },
  {
    id: 'sess-addressed-the-plenary-of-the-summit-and-later-joined-the-retreat-chaired-by',
    form: 'news agency: "Title A addressed the plenary session of the Nth X Summit in City on Date, and later joined the leaders\' retreat session chaired by <demonym> Title B" (two sessions of a summit; the chair of one)',
    date: '2024-10-09',
    source: 'Bernama',
    text: 'Prime Minister Anwar Ibrahim addressed the plenary session of the 44th ASEAN Summit in Vientiane on 9 October 2024, and later joined the leaders’ retreat session chaired by Lao Prime Minister Sonexay Siphandone.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      P('Sonexay Siphandone', 'Lao Prime Minister Sonexay Siphandone'),
      S('Laos', 'Lao'),
      O('ASEAN'),
      E('44th ASEAN Summit', ['44th ASEAN Summit in Vientiane', 'ASEAN Summit'], '2024-10-09'),
      E('plenary session of the 44th ASEAN Summit', ['plenary session'], '2024-10-09'),
      E(
        "leaders' retreat session of the 44th ASEAN Summit",
        ["leaders' retreat session", 'retreat session'],
        '2024-10-09',
      ),
    ],
    relations: [
      ...took('44th ASEAN Summit', 'Anwar Ibrahim', 'Sonexay Siphandone'),
      ...took('plenary session of the 44th ASEAN Summit', 'Anwar Ibrahim'),
      part('plenary session of the 44th ASEAN Summit', '44th ASEAN Summit'),
      ...took("leaders' retreat session of the 44th ASEAN Summit", 'Anwar Ibrahim', 'Sonexay Siphandone'),
      part("leaders' retreat session of the 44th ASEAN Summit", '44th ASEAN Summit'),
    ],
  },
  {
    id: 'sess-witnessed-the-signing-of-documents-during-the-state-visit-of',
    form: 'news agency: "Title A and Title B witnessed the signing of N cooperation documents in City on Date, during the state visit to X of the <demonym> leader" (a signing witnessed by two, inside the guest\'s visit)',
    date: '2023-06-23',
    source: 'Vietnam News Agency (VNA)',
    text: 'President Vo Van Thuong and President Yoon Suk Yeol witnessed the signing of 17 cooperation documents at the Presidential Palace in Hanoi on 23 June 2023, during the state visit to Viet Nam of the Korean leader.',
    entities: [
      P('Vo Van Thuong', 'President Vo Van Thuong'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol'),
      S('Vietnam', 'Viet Nam'),
      S('South Korea', 'Korean'),
      E("Yoon Suk Yeol's state visit to Vietnam", ['state visit to Viet Nam', 'state visit'], '2023-06-23'),
      E('signing of 17 cooperation documents', ['signing of cooperation documents', 'signing'], '2023-06-23'),
    ],
    relations: [
      ...took("Yoon Suk Yeol's state visit to Vietnam", 'Yoon Suk Yeol'),
      ...took('signing of 17 cooperation documents', 'Vo Van Thuong', 'Yoon Suk Yeol'),
      part('signing of 17 cooperation documents', "Yoon Suk Yeol's state visit to Vietnam"),
    ],
  },
  {
    id: 'sess-signed-at-the-closing-session-of-the-meeting-of-the-commissions',
    form: 'news agency: "The Nth meeting of the X and Y state commissions on Z was held on Date. Title A and Title B, who chair the commissions, signed the W at the closing session of the meeting" (a closing session inside a meeting; an agreement signed there)',
    date: '2024-08-30',
    source: 'Trend',
    text:
      'The eleventh meeting of the Azerbaijani and Armenian state commissions on the delimitation of the state border was held on the border on 30 August 2024. ' +
      'Deputy Prime Minister Shahin Mustafayev and Deputy Prime Minister Mher Grigoryan, who chair the commissions, signed the Regulations on the Joint Activity of the Commissions at the closing session of the meeting.',
    entities: [
      P('Shahin Mustafayev', 'Deputy Prime Minister Shahin Mustafayev'),
      P('Mher Grigoryan', 'Deputy Prime Minister Mher Grigoryan'),
      S('Azerbaijan', 'Azerbaijani'),
      S('Armenia', 'Armenian'),
      A('Regulations on the Joint Activity of the Commissions'),
      E(
        'eleventh meeting of the Azerbaijani and Armenian border delimitation commissions',
        ['eleventh meeting of the state commissions on the delimitation of the state border', 'eleventh meeting'],
        '2024-08-30',
      ),
      E(
        'closing session of the eleventh meeting of the border delimitation commissions',
        ['closing session'],
        '2024-08-30',
      ),
    ],
    relations: [
      ...took(
        'eleventh meeting of the Azerbaijani and Armenian border delimitation commissions',
        'Shahin Mustafayev',
        'Mher Grigoryan',
      ),
      ...took(
        'closing session of the eleventh meeting of the border delimitation commissions',
        'Shahin Mustafayev',
        'Mher Grigoryan',
      ),
      part(
        'closing session of the eleventh meeting of the border delimitation commissions',
        'eleventh meeting of the Azerbaijani and Armenian border delimitation commissions',
      ),
      at(
        'Regulations on the Joint Activity of the Commissions',
        'closing session of the eleventh meeting of the border delimitation commissions',
      ),
    ],
  },
  {
    id: 'sess-joint-press-conference-that-concluded-their-talks',
    form: 'news agency: "Title A and Title B held a joint press conference at <house> in City on Date that concluded their talks" (a press conference inside talks told only through it)',
    date: '2023-11-17',
    source: 'Anadolu Agency',
    text: 'President Recep Tayyip Erdoğan and Chancellor Olaf Scholz held a joint press conference at the Federal Chancellery in Berlin on 17 November 2023 that concluded their talks.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      P('Olaf Scholz', 'Chancellor Olaf Scholz'),
      E('Erdoğan-Scholz talks in Berlin', ['Erdoğan-Scholz talks', 'talks'], '2023-11-17'),
      E('joint press conference of Erdoğan and Scholz', ['joint press conference'], '2023-11-17'),
    ],
    relations: [
      ...took('Erdoğan-Scholz talks in Berlin', 'Recep Tayyip Erdoğan', 'Olaf Scholz'),
      ...took('joint press conference of Erdoğan and Scholz', 'Recep Tayyip Erdoğan', 'Olaf Scholz'),
      part('joint press conference of Erdoğan and Scholz', 'Erdoğan-Scholz talks in Berlin'),
    ],
  },
  {
    id: 'sess-hosted-for-a-state-dinner-as-part-of-the-official-visit',
    form: 'presidency: "Title A hosted Title B and <spouse> C for a State Dinner at X on Date, as part of the Prime Minister\'s official visit to Y" (a dinner inside a visit; the spouse a guest)',
    date: '2024-04-10',
    source: 'The White House',
    text: 'President Biden hosted Prime Minister Kishida Fumio and Mrs. Kishida Yuko for a State Dinner at the White House on 10 April 2024, as part of the Prime Minister’s official visit to the United States.',
    entities: [
      P('Joe Biden', 'President Biden'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio'),
      P('Yuko Kishida', 'Mrs. Kishida Yuko', 'Kishida Yuko'),
      S('United States'),
      E(
        "Kishida's official visit to the United States",
        ['official visit to the United States', 'official visit'],
        '2024-04-10',
      ),
      E('State Dinner at the White House', ['State Dinner'], '2024-04-10'),
    ],
    relations: [
      ...took("Kishida's official visit to the United States", 'Fumio Kishida'),
      ...took('State Dinner at the White House', 'Joe Biden', 'Fumio Kishida', 'Yuko Kishida'),
      part('State Dinner at the White House', "Kishida's official visit to the United States"),
    ],
  },
  {
    id: 'sess-talks-in-narrow-format-continued-in-expanded-format-with-the-participation-of',
    form: 'presidency: "Title A held talks in narrow format with Title B in City on Date. The talks continued in an expanded format with the participation of Title C and Title D" (two formats of one talks; the ministers in the expanded one take part in the talks)',
    date: '2024-08-22',
    source: 'Akorda',
    text:
      'President Kassym-Jomart Tokayev held talks in narrow format with President Shavkat Mirziyoyev in Astana on 22 August 2024. ' +
      'The talks continued in an expanded format with the participation of Foreign Minister Murat Nurtleu and Foreign Minister Bakhtiyor Saidov.',
    entities: [
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      P('Murat Nurtleu', 'Foreign Minister Murat Nurtleu'),
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov'),
      E('Tokayev-Mirziyoyev talks in Astana', ['Tokayev-Mirziyoyev talks', 'talks'], '2024-08-22'),
      E('narrow-format talks', ['talks in narrow format', 'narrow format'], '2024-08-22'),
      E('expanded-format talks', ['talks in an expanded format', 'expanded format'], '2024-08-22'),
    ],
    relations: [
      ...took(
        'Tokayev-Mirziyoyev talks in Astana',
        'Kassym-Jomart Tokayev',
        'Shavkat Mirziyoyev',
        'Murat Nurtleu',
        'Bakhtiyor Saidov',
      ),
      ...took('narrow-format talks', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'),
      part('narrow-format talks', 'Tokayev-Mirziyoyev talks in Astana'),
      ...took(
        'expanded-format talks',
        'Kassym-Jomart Tokayev',
        'Shavkat Mirziyoyev',
        'Murat Nurtleu',
        'Bakhtiyor Saidov',
      ),
      part('expanded-format talks', 'Tokayev-Mirziyoyev talks in Astana'),
    ],
  },
  {
    id: 'sess-participated-in-the-outreach-session-of-the-summit-at-the-invitation-of',
    form: 'press bureau: "Title A participated in the Outreach Session of the X Summit in Region, Y on Date, at the invitation of Title B" (a session of a summit; the inviter not a participant)',
    date: '2024-06-14',
    source: 'Press Information Bureau (PIB), India',
    text: 'Prime Minister Narendra Modi participated in the Outreach Session of the G7 Summit in Apulia, Italy on 14 June 2024, at the invitation of Prime Minister Giorgia Meloni.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni'),
      S('Italy'),
      O('G7'),
      E('G7 Summit in Apulia', ['G7 Summit', 'G7 Apulia Summit'], '2024-06-14'),
      E('Outreach Session of the G7 Summit', ['Outreach Session'], '2024-06-14'),
    ],
    relations: [
      ...took('G7 Summit in Apulia', 'Narendra Modi'),
      ...took('Outreach Session of the G7 Summit', 'Narendra Modi'),
      part('Outreach Session of the G7 Summit', 'G7 Summit in Apulia'),
    ],
  },
  {
    id: 'sess-hosted-a-working-dinner-on-the-first-evening-and-a-council-the-next-day',
    form: 'organisation: "Title A hosted a working dinner for X foreign ministers on the first evening of their meeting in City on Date. Title B joined the ministers the next day for a meeting of the Y Council" (two parts of a ministerial meeting)',
    date: '2024-04-03',
    source: 'NATO',
    text:
      'Secretary General Jens Stoltenberg hosted a working dinner for NATO foreign ministers on the first evening of their meeting in Brussels on 3 April 2024. ' +
      'Foreign Minister Dmytro Kuleba of Ukraine joined the ministers the next day for a meeting of the NATO-Ukraine Council.',
    entities: [
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba'),
      S('Ukraine'),
      O('NATO'),
      O('NATO-Ukraine Council'),
      E(
        'meeting of NATO Foreign Ministers in Brussels',
        ['meeting of NATO foreign ministers', 'NATO Foreign Ministers meeting'],
        '2024-04-03',
      ),
      E('working dinner of NATO foreign ministers', ['working dinner'], '2024-04-03'),
      E('meeting of the NATO-Ukraine Council', ['NATO-Ukraine Council meeting'], '2024-04-04'),
    ],
    relations: [
      ...took('meeting of NATO Foreign Ministers in Brussels', 'Jens Stoltenberg', 'Dmytro Kuleba'),
      ...took('working dinner of NATO foreign ministers', 'Jens Stoltenberg'),
      part('working dinner of NATO foreign ministers', 'meeting of NATO Foreign Ministers in Brussels'),
      ...took('meeting of the NATO-Ukraine Council', 'Dmytro Kuleba'),
      part('meeting of the NATO-Ukraine Council', 'meeting of NATO Foreign Ministers in Brussels'),
      ...inv('meeting of the NATO-Ukraine Council', 'NATO-Ukraine Council'),
    ],
  },
  {
    id: 'sess-in-the-course-of-the-visit-held-talks-and-the-two-attended-a-performance',
    form: 'news agency: "Title A paid a visit to X on Date. In the course of the visit, he held talks with Title B at <palace>, and the two presidents attended a performance in his honour" (two events inside a visit told by "in the course of")',
    date: '2023-05-21',
    source: 'Montsame',
    text:
      'President Emmanuel Macron paid a visit to Mongolia on 21 May 2023, the first by a French head of state. ' +
      'In the course of the visit, he held talks with President Ukhnaagiin Khurelsukh at the State Palace, and the two presidents attended a Naadam performance in his honour.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron'),
      P('Ukhnaagiin Khurelsukh', 'President Ukhnaagiin Khurelsukh'),
      S('Mongolia'),
      S('France', 'French'),
      E("Macron's visit to Mongolia", ['visit to Mongolia', 'visit'], '2023-05-21'),
      E('Macron-Khurelsukh talks', ['talks'], '2023-05-21'),
      E('Naadam performance', ['Naadam performance in his honour', 'performance'], '2023-05-21'),
    ],
    relations: [
      ...took("Macron's visit to Mongolia", 'Emmanuel Macron'),
      ...took('Macron-Khurelsukh talks', 'Emmanuel Macron', 'Ukhnaagiin Khurelsukh'),
      part('Macron-Khurelsukh talks', "Macron's visit to Mongolia"),
      ...took('Naadam performance', 'Emmanuel Macron', 'Ukhnaagiin Khurelsukh'),
      part('Naadam performance', "Macron's visit to Mongolia"),
    ],
  },
];

/** Incidents and disputes: their actors, targets and affected parties; "both countries", "the two sides". */
const INCIDENTS: BankCase[] = [
  {
    id: 'inc-cross-border-clashes-between-a-group-and-a-demonym-army',
    form: 'news agency: "Title A met Title B in City on Date. They discussed the cross-border clashes between X and the <demonym> army" (a clash between a group and a state\'s army)',
    date: '2024-04-28',
    source: 'Agence France-Presse (AFP)',
    text:
      'French Foreign Minister Stéphane Séjourné met Prime Minister Najib Mikati in Beirut on 28 April 2024. ' +
      'They discussed the cross-border clashes between Hezbollah and the Israeli army, which have displaced tens of thousands of people on both sides.',
    entities: [
      P('Stéphane Séjourné', 'French Foreign Minister Stéphane Séjourné'),
      P('Najib Mikati', 'Prime Minister Najib Mikati'),
      S('France', 'French'),
      S('Israel', 'Israeli'),
      O('Hezbollah'),
      E('Séjourné-Mikati meeting in Beirut', ['Séjourné-Mikati meeting', 'meeting'], '2024-04-28'),
      E('cross-border clashes between Hezbollah and the Israeli army', ['cross-border clashes', 'clashes']),
    ],
    relations: [
      ...took('Séjourné-Mikati meeting in Beirut', 'Stéphane Séjourné', 'Najib Mikati'),
      ...inv('cross-border clashes between Hezbollah and the Israeli army', 'Hezbollah', 'Israel'),
    ],
  },
  {
    id: 'inc-the-arbitrary-detention-of-two-nationals-by-a-state',
    form: 'foreign ministry: "Title A spoke with Title B on Date about the arbitrary detention of two <demonym>s, C and D, by X" (a detention: the detaining state and the detainees\' state)',
    date: '2019-01-08',
    source: 'Global Affairs Canada',
    text: 'Minister of Foreign Affairs Chrystia Freeland spoke with Secretary of State Mike Pompeo on 8 January 2019 about the arbitrary detention of two Canadians, Michael Kovrig and Michael Spavor, by China.',
    entities: [
      P('Chrystia Freeland', 'Minister of Foreign Affairs Chrystia Freeland'),
      P('Mike Pompeo', 'Secretary of State Mike Pompeo'),
      P('Michael Kovrig'),
      P('Michael Spavor'),
      S('Canada', 'Canadians'),
      S('China'),
      E('Freeland-Pompeo call', ['Freeland-Pompeo conversation', 'call'], '2019-01-08'),
      E('arbitrary detention of Michael Kovrig and Michael Spavor', [
        'arbitrary detention of two Canadians',
        'detention',
      ]),
    ],
    relations: [
      ...took('Freeland-Pompeo call', 'Chrystia Freeland', 'Mike Pompeo'),
      ...inv('arbitrary detention of Michael Kovrig and Michael Spavor', 'China', 'Canada'),
    ],
  },
  {
    id: 'inc-ceasefire-violation-on-the-border-in-which-servicemen-were-killed-both-countries',
    form: 'news agency: "Title A of X received Title B in City on Date. B voiced concern over the ceasefire violation on the border the previous day, in which four <demonym> servicemen were killed, and urged both countries to exercise restraint" (a ceasefire violation; "both countries" for the two states)',
    date: '2024-02-14',
    source: 'Azertac',
    text:
      'Foreign Minister of Azerbaijan Jeyhun Bayramov received the EU Special Representative for the South Caucasus, Toivo Klaar, in Baku on 14 February 2024. ' +
      'Klaar voiced concern over the ceasefire violation on the border the previous day, in which four Armenian servicemen were killed, and urged both countries to exercise restraint.',
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister of Azerbaijan Jeyhun Bayramov'),
      P('Toivo Klaar', 'EU Special Representative for the South Caucasus, Toivo Klaar', 'Klaar'),
      S('Azerbaijan'),
      S('Armenia', 'Armenian'),
      O('European Union', 'EU'),
      E('Bayramov-Klaar meeting in Baku', ['Bayramov-Klaar meeting', 'meeting'], '2024-02-14'),
      E(
        'ceasefire violation on the Armenia-Azerbaijan border',
        ['ceasefire violation on the border', 'ceasefire violation'],
        '2024-02-13',
      ),
    ],
    relations: [
      ...took('Bayramov-Klaar meeting in Baku', 'Jeyhun Bayramov', 'Toivo Klaar'),
      ...inv('ceasefire violation on the Armenia-Azerbaijan border', 'Armenia', 'Azerbaijan'),
    ],
  },
  {
    id: 'inc-met-under-the-auspices-both-countries-the-controversy-over-the-territory',
    form: 'regional secretariat: "Title A of X and Title B of Y met in City on Date, under the auspices of O1 and O2. Both countries agreed not to use force, including in the controversy over Z" (a meeting under auspices; a controversy between "both countries")',
    date: '2023-12-14',
    source: 'CARICOM Secretariat',
    text:
      'President Irfaan Ali of Guyana and President Nicolás Maduro of Venezuela met in Argyle, St Vincent and the Grenadines, on 14 December 2023, under the auspices of CELAC and CARICOM. ' +
      'Both countries agreed that they would not threaten or use force against one another in any circumstances, including those arising from the controversy over the Essequibo territory.',
    entities: [
      P('Irfaan Ali', 'President Irfaan Ali'),
      P('Nicolás Maduro', 'President Nicolás Maduro'),
      S('Guyana'),
      S('Venezuela'),
      S('Saint Vincent and the Grenadines', 'St Vincent and the Grenadines'),
      O('CELAC'),
      O('CARICOM'),
      E('Ali-Maduro meeting in Argyle', ['Ali-Maduro meeting', 'meeting in Argyle'], '2023-12-14'),
      E('controversy over the Essequibo territory', ['Essequibo controversy', 'controversy']),
    ],
    relations: [
      ...took('Ali-Maduro meeting in Argyle', 'Irfaan Ali', 'Nicolás Maduro'),
      ...inv('Ali-Maduro meeting in Argyle', 'CELAC', 'CARICOM'),
      ...inv('controversy over the Essequibo territory', 'Guyana', 'Venezuela'),
    ],
  },
  {
    id: 'inc-the-strike-that-a-state-launched-on-a-city',
    form: 'news agency: "Title A spoke by phone with Title B on Date. A told him about the missile strike that X launched on City on Palm Sunday" (an attack told by a relative clause; the target city\'s state)',
    date: '2025-04-14',
    source: 'Ukrinform',
    text:
      'President Volodymyr Zelensky spoke by phone with Prime Minister of the Netherlands Dick Schoof on 14 April 2025. ' +
      'Zelensky told him about the ballistic missile strike that Russia launched on the centre of Sumy on Palm Sunday, killing 35 people.',
    entities: [
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky', 'Zelensky'),
      P('Dick Schoof', 'Prime Minister of the Netherlands Dick Schoof'),
      S('Netherlands'),
      S('Russia'),
      S('Ukraine'),
      E('Zelensky-Schoof phone call', ['Zelensky-Schoof call', 'phone call'], '2025-04-14'),
      E('Russian ballistic missile strike on Sumy', [
        'ballistic missile strike on the centre of Sumy',
        'missile strike on Sumy',
      ]),
    ],
    relations: [
      ...took('Zelensky-Schoof phone call', 'Volodymyr Zelensky', 'Dick Schoof'),
      ...inv('Russian ballistic missile strike on Sumy', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'inc-seizure-of-a-flagged-vessel-by-a-state-which-had-nationals-among-its-crew',
    form: 'foreign ministry: "Title A spoke with Title B on Date about the seizure of the <demonym>-flagged vessel V by X, which had N <demonym> nationals among its crew" (a seizure: actor, flag state, nationals\' state)',
    date: '2024-04-14',
    source: 'Ministry of External Affairs, India',
    text: 'External Affairs Minister Dr. S. Jaishankar spoke with Foreign Minister Hossein Amir-Abdollahian of Iran on 14 April 2024 about the seizure of the Portuguese-flagged container ship MSC Aries by Iran, which had 17 Indian nationals among its crew.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar'),
      P('Hossein Amir-Abdollahian', 'Foreign Minister Hossein Amir-Abdollahian'),
      S('Iran'),
      S('Portugal', 'Portuguese'),
      S('India', 'Indian'),
      E('Jaishankar-Amir-Abdollahian call', ['Jaishankar-Amir-Abdollahian conversation', 'call'], '2024-04-14'),
      E('seizure of the container ship MSC Aries', ['seizure of MSC Aries', 'seizure']),
    ],
    relations: [
      ...took('Jaishankar-Amir-Abdollahian call', 'S. Jaishankar', 'Hossein Amir-Abdollahian'),
      ...inv('seizure of the container ship MSC Aries', 'Iran', 'Portugal', 'India'),
    ],
  },
  {
    id: 'inc-first-meeting-since-the-armed-clashes-on-the-demonym-demonym-border',
    form: 'presidency: "Title A met Title B on the sidelines of the X summit in City on Date, their first meeting since the armed clashes on the <demonym>-<demonym> border in Month" (a sideline meeting; clashes between two states by hyphenated demonyms)',
    date: '2022-10-14',
    source: 'Kabar',
    text: 'President Sadyr Japarov met President Emomali Rahmon on the sidelines of the CIS summit in Astana on 14 October 2022, their first meeting since the armed clashes on the Kyrgyz-Tajik border in September.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov'),
      P('Emomali Rahmon', 'President Emomali Rahmon'),
      S('Kyrgyzstan', 'Kyrgyz'),
      S('Tajikistan', 'Tajik'),
      O('Commonwealth of Independent States', 'CIS'),
      E('CIS summit in Astana', ['CIS summit'], '2022-10-14'),
      E('Japarov-Rahmon meeting', ['meeting'], '2022-10-14'),
      E('armed clashes on the Kyrgyz-Tajik border', ['Kyrgyz-Tajik border clashes', 'armed clashes'], '2022-09'),
    ],
    relations: [
      ...took('CIS summit in Astana', 'Sadyr Japarov', 'Emomali Rahmon'),
      ...took('Japarov-Rahmon meeting', 'Sadyr Japarov', 'Emomali Rahmon'),
      part('Japarov-Rahmon meeting', 'CIS summit in Astana'),
      ...inv('armed clashes on the Kyrgyz-Tajik border', 'Kyrgyzstan', 'Tajikistan'),
    ],
  },
  {
    id: 'inc-condemned-the-attack-on-a-patrol-in-which-a-demonym-peacekeeper-was-killed',
    form: 'organisation news: "Title A condemned the attack on a O patrol near <village> in southern X on Date, in which a <demonym> peacekeeper was killed" (a mission attacked; the place\'s state; the victim\'s state)',
    date: '2022-12-15',
    source: 'UN News',
    text: 'Secretary-General António Guterres condemned the attack on a UNIFIL patrol near the village of Al-Aqbiya in southern Lebanon on 14 December 2022, in which an Irish peacekeeper was killed.',
    entities: [
      P('António Guterres', 'Secretary-General António Guterres'),
      S('Lebanon'),
      S('Ireland', 'Irish'),
      O('UNIFIL'),
      E('attack on a UNIFIL patrol near Al-Aqbiya', ['attack on a UNIFIL patrol', 'attack'], '2022-12-14'),
    ],
    relations: [...inv('attack on a UNIFIL patrol near Al-Aqbiya', 'UNIFIL', 'Lebanon', 'Ireland')],
  },
  {
    id: 'inc-met-about-the-dispute-between-the-two-sides-over-tariffs',
    form: 'news agency: "Title A of X met Title B of O in City on Date. The talks focused on the dispute between the two sides over Z" (a trade dispute; "the two sides" for a state and an organisation)',
    date: '2024-09-19',
    source: 'Xinhua',
    text:
      'Chinese Commerce Minister Wang Wentao met European Commission Executive Vice-President Valdis Dombrovskis in Brussels on 19 September 2024. ' +
      'The talks focused on the dispute between the two sides over the EU’s countervailing duties on electric vehicles made in China.',
    entities: [
      P('Wang Wentao', 'Chinese Commerce Minister Wang Wentao'),
      P('Valdis Dombrovskis', 'European Commission Executive Vice-President Valdis Dombrovskis'),
      S('China', 'Chinese'),
      O('European Union', 'EU'),
      O('European Commission'),
      E('Wang-Dombrovskis talks in Brussels', ['Wang-Dombrovskis talks', 'talks'], '2024-09-19'),
      E('dispute over duties on Chinese electric vehicles', ['dispute between the two sides', 'dispute']),
    ],
    relations: [
      ...took('Wang-Dombrovskis talks in Brussels', 'Wang Wentao', 'Valdis Dombrovskis'),
      ...inv('dispute over duties on Chinese electric vehicles', 'China', 'European Union'),
    ],
  },
  {
    id: 'inc-discussed-by-phone-the-fall-of-drone-fragments-on-territory',
    form: 'news agency: "Title A discussed by phone with Title B on Date the fall of fragments of a <demonym> drone on <demonym> territory, near <village>" (an incursion told by a nominalisation; actor and target by demonyms)',
    date: '2023-09-07',
    source: 'Agerpres',
    text: 'President Klaus Iohannis discussed by phone with NATO Secretary General Jens Stoltenberg on 7 September 2023 the fall of fragments of a Russian drone on Romanian territory, near the village of Plauru in Tulcea County.',
    entities: [
      P('Klaus Iohannis', 'President Klaus Iohannis'),
      P('Jens Stoltenberg', 'NATO Secretary General Jens Stoltenberg'),
      S('Russia', 'Russian'),
      S('Romania', 'Romanian'),
      O('NATO'),
      E('Iohannis-Stoltenberg phone call', ['Iohannis-Stoltenberg call', 'phone call'], '2023-09-07'),
      E('fall of fragments of a Russian drone on Romanian territory', ['fall of drone fragments', 'drone fragments']),
    ],
    relations: [
      ...took('Iohannis-Stoltenberg phone call', 'Klaus Iohannis', 'Jens Stoltenberg'),
      ...inv('fall of fragments of a Russian drone on Romanian territory', 'Russia', 'Romania'),
    ],
  },
  {
    id: 'inc-the-arrest-of-a-demonym-journalist-by-demonym-security-services',
    form: 'wire: "Title A spoke with Title B on Date and demanded the release of C. Blinken raised the arrest of <demonym> journalist C by <demonym> security services in City" (an arrest: the arresting state and the journalist\'s state)',
    date: '2023-04-02',
    source: 'Associated Press (AP)',
    text:
      'Secretary of State Antony Blinken spoke with Foreign Minister Sergey Lavrov on 2 April 2023. ' +
      'Blinken raised the arrest of American journalist Evan Gershkovich by Russian security services in Yekaterinburg and demanded his immediate release.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov'),
      P('Evan Gershkovich', 'American journalist Evan Gershkovich'),
      S('United States', 'American'),
      S('Russia', 'Russian'),
      E('Blinken-Lavrov call', ['Blinken-Lavrov conversation', 'call'], '2023-04-02'),
      E('arrest of Evan Gershkovich', ['arrest of American journalist Evan Gershkovich', 'arrest']),
    ],
    relations: [
      ...took('Blinken-Lavrov call', 'Antony Blinken', 'Sergey Lavrov'),
      ...inv('arrest of Evan Gershkovich', 'Russia', 'United States'),
    ],
  },
  {
    id: 'inc-extraordinary-summit-of-the-authority-on-the-situation-following-the-coup',
    form: 'regional commission: "The Authority of Heads of State and Government of O held an extraordinary summit in City on Date on the situation in X following the coup of Date. Title A chaired the summit" (a session of an organisation\'s body; a coup in a state)',
    date: '2023-08-10',
    source: 'ECOWAS Commission',
    text:
      'The Authority of Heads of State and Government of ECOWAS held an extraordinary summit in Abuja on 10 August 2023 on the situation in Niger following the coup of 26 July. ' +
      'President Bola Ahmed Tinubu of Nigeria, Chairman of the Authority, chaired the summit.',
    entities: [
      P('Bola Ahmed Tinubu', 'President Bola Ahmed Tinubu'),
      S('Niger'),
      S('Nigeria'),
      O('ECOWAS'),
      E(
        'extraordinary summit of the ECOWAS Authority in Abuja',
        ['extraordinary summit', 'ECOWAS extraordinary summit'],
        '2023-08-10',
      ),
      E('coup in Niger', ['coup of 26 July', 'coup'], '2023-07-26'),
    ],
    relations: [
      ...took('extraordinary summit of the ECOWAS Authority in Abuja', 'Bola Ahmed Tinubu'),
      ...inv('extraordinary summit of the ECOWAS Authority in Abuja', 'ECOWAS'),
      ...inv('coup in Niger', 'Niger'),
    ],
  },
];

/** Events referred to by kind and place or date: "the Vilnius summit", "the November summit in San Francisco". */
const REFERRED: BankCase[] = [
  {
    id: 'ref-after-the-city-meeting-a-state-said',
    form: 'press agency: "Title A and Title B met a <demonym> delegation led by C in City on Date. After the City meeting, X said" (a meeting told again by place)',
    date: '2025-03-11',
    source: 'Saudi Press Agency (SPA)',
    text:
      'Secretary of State Marco Rubio and National Security Advisor Mike Waltz met a Ukrainian delegation led by Andriy Yermak in Jeddah on 11 March 2025. ' +
      'After the Jeddah meeting, Ukraine said it was ready to accept a proposal for a 30-day ceasefire.',
    entities: [
      P('Marco Rubio', 'Secretary of State Marco Rubio'),
      P('Mike Waltz', 'National Security Advisor Mike Waltz'),
      P('Andriy Yermak'),
      S('Ukraine', 'Ukrainian'),
      E('US-Ukraine meeting in Jeddah', ['Jeddah meeting', 'meeting in Jeddah'], '2025-03-11'),
    ],
    relations: [...took('US-Ukraine meeting in Jeddah', 'Marco Rubio', 'Mike Waltz', 'Andriy Yermak')],
  },
  {
    id: 'ref-who-last-met-at-the-city-summit-in-month-held-talks',
    form: 'government: "Title A and Title B, who last met at the City summit in Month, held talks at <house> on Date" (a past summit named by its city; the pair took part in it)',
    date: '2023-10-10',
    source: 'German Federal Government',
    text: 'Chancellor Olaf Scholz and President Gitanas Nausėda, who last met at the Vilnius summit in July, held talks at the Federal Chancellery on 10 October 2023.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz'),
      P('Gitanas Nausėda', 'President Gitanas Nausėda'),
      E('Vilnius summit', ['NATO Vilnius summit'], '2023-07'),
      E('Scholz-Nausėda talks', ['talks'], '2023-10-10'),
    ],
    relations: [
      ...took('Vilnius summit', 'Olaf Scholz', 'Gitanas Nausėda'),
      ...took('Scholz-Nausėda talks', 'Olaf Scholz', 'Gitanas Nausėda'),
    ],
  },
  {
    id: 'ref-following-up-the-month-summit-in-city-between-two-leaders',
    form: 'news agency: "Title A and Title B held consultations in City on Date, following up the Month summit in City between Title C and Title D" (a past summit by month and city, its participants after "between")',
    date: '2024-02-22',
    source: 'Kyodo News',
    text: 'Vice-Minister for Foreign Affairs Funakoshi Takehiro and Vice Foreign Minister Sun Weidong held consultations in Tokyo on 22 February 2024, following up the November summit in San Francisco between Prime Minister Kishida Fumio and President Xi Jinping.',
    entities: [
      P('Takehiro Funakoshi', 'Vice-Minister for Foreign Affairs Funakoshi Takehiro', 'Funakoshi Takehiro'),
      P('Sun Weidong', 'Vice Foreign Minister Sun Weidong'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio', 'Kishida Fumio'),
      P('Xi Jinping', 'President Xi Jinping'),
      E('Funakoshi-Sun consultations in Tokyo', ['consultations'], '2024-02-22'),
      E('Kishida-Xi summit in San Francisco', ['November summit in San Francisco'], '2023-11'),
    ],
    relations: [
      ...took('Funakoshi-Sun consultations in Tokyo', 'Takehiro Funakoshi', 'Sun Weidong'),
      ...took('Kishida-Xi summit in San Francisco', 'Fumio Kishida', 'Xi Jinping'),
    ],
  },
  {
    id: 'ref-the-understandings-reached-at-the-city-summit-between',
    form: 'news agency: "Title A said on Date that the understandings reached at the City summit between B and C remained the basis for further contacts" (a past summit by city; an agreement reached at it)',
    date: '2025-08-20',
    source: 'TASS',
    text: 'Presidential aide Yuri Ushakov said on 20 August 2025 that the understandings reached at the Anchorage summit between Vladimir Putin and Donald Trump remained the basis for further contacts.',
    entities: [
      P('Yuri Ushakov', 'Presidential aide Yuri Ushakov'),
      P('Vladimir Putin'),
      P('Donald Trump'),
      A('Anchorage understandings', 'understandings reached at the Anchorage summit'),
      E('Anchorage summit', ['Putin-Trump summit in Anchorage'], '2025-08'),
    ],
    relations: [
      ...took('Anchorage summit', 'Vladimir Putin', 'Donald Trump'),
      at('Anchorage understandings', 'Anchorage summit'),
    ],
  },
  {
    id: 'ref-reviewed-the-outcome-of-the-date-meeting-of-ministers-in-city',
    form: 'foreign ministry: "Title A reviewed the outcome of the Date meeting of O foreign ministers in City with Title B in City on Date" (a past meeting of an organisation by date and city; nobody named in it)',
    date: '2024-03-12',
    source: 'Itamaraty',
    text: 'Foreign Minister Mauro Vieira reviewed the outcome of the 21 February meeting of G20 foreign ministers in Rio de Janeiro with Foreign Minister Diana Mondino in Buenos Aires on 12 March 2024.',
    entities: [
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira'),
      P('Diana Mondino', 'Foreign Minister Diana Mondino'),
      O('G20'),
      E('Vieira-Mondino meeting in Buenos Aires', ['Vieira-Mondino meeting', 'meeting in Buenos Aires'], '2024-03-12'),
      E('meeting of G20 foreign ministers in Rio de Janeiro', ['G20 foreign ministers meeting'], '2024-02-21'),
    ],
    relations: [
      ...took('Vieira-Mondino meeting in Buenos Aires', 'Mauro Vieira', 'Diana Mondino'),
      ...inv('meeting of G20 foreign ministers in Rio de Janeiro', 'G20'),
    ],
  },
  {
    id: 'ref-the-nth-meeting-in-the-city-format-took-place-with-the-delegations-of',
    form: 'foreign ministry: "The Nth international meeting on X in the City format took place in City on Date with the delegations of A, B and C, the guarantor states, as well as representatives of the <demonym> government" (a round whose only stated parties are states)',
    date: '2024-01-25',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text: 'The 21st international meeting on Syria in the Astana format took place in Astana on 24–25 January 2024 with the delegations of Russia, Iran and Türkiye, the guarantor states, as well as representatives of the Syrian government and the opposition.',
    entities: [
      S('Syria', 'Syrian'),
      S('Russia'),
      S('Iran'),
      S('Turkey', 'Türkiye'),
      E(
        '21st international meeting on Syria in the Astana format',
        ['21st Astana format meeting', 'Astana format meeting on Syria'],
        '2024-01-24',
      ),
    ],
    relations: [
      ...inv('21st international meeting on Syria in the Astana format', 'Russia', 'Iran', 'Turkey', 'Syria'),
    ],
  },
  {
    id: 'ref-after-the-city-talks-between-two-states-which-a-state-hosted',
    form: 'news agency: "Title A said on Date that X was ready to host a further round, after the City talks between Y and Z, which X hosted on Date" (talks by city between two states; the host state)',
    date: '2025-06-03',
    source: 'Anadolu Agency',
    text: 'Foreign Minister Hakan Fidan said on 3 June 2025 that Türkiye stood ready to host further contacts, after the Istanbul talks between Russia and Ukraine, which Türkiye hosted on 2 June.',
    entities: [
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan'),
      S('Turkey', 'Türkiye'),
      S('Russia'),
      S('Ukraine'),
      E(
        'Istanbul talks between Russia and Ukraine',
        ['Istanbul talks', 'Russia-Ukraine talks in Istanbul'],
        '2025-06-02',
      ),
    ],
    relations: [...inv('Istanbul talks between Russia and Ukraine', 'Russia', 'Ukraine', 'Turkey')],
  },
  {
    id: 'ref-both-countries-agreed-to-convene-the-next-meeting-of-the-joint-commission',
    form: 'foreign ministry: "Title A of X held talks with Title B in City on Date. Both countries agreed to convene the next meeting of the X-Y Joint Commission in City at an early date" (a planned meeting of a two-state commission; "both countries")',
    date: '2024-08-18',
    source: 'Ministry of Foreign Affairs of Nepal',
    text:
      'Foreign Minister Arzu Rana Deuba of Nepal held talks with External Affairs Minister S. Jaishankar of India in New Delhi on 18 August 2024. ' +
      'Both countries agreed to convene the next meeting of the Nepal-India Joint Commission in Kathmandu at an early date.',
    entities: [
      P('Arzu Rana Deuba', 'Foreign Minister Arzu Rana Deuba'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar'),
      S('Nepal'),
      S('India'),
      E('Deuba-Jaishankar talks in New Delhi', ['Deuba-Jaishankar talks', 'talks'], '2024-08-18'),
      E('next meeting of the Nepal-India Joint Commission', ['Nepal-India Joint Commission meeting']),
    ],
    relations: [
      ...took('Deuba-Jaishankar talks in New Delhi', 'Arzu Rana Deuba', 'S. Jaishankar'),
      ...inv('next meeting of the Nepal-India Joint Commission', 'Nepal', 'India'),
    ],
  },
];

/** Ceremonies told by their verb, with their participants. */
const CEREMONIES: BankCase[] = [
  {
    id: 'cer-during-the-retreat-witnessed-the-signing-ceremony-of-the-agreement',
    form: 'prime minister\'s office: "Title A and Title B held the Nth X Leaders\' Retreat in City on Date. During the retreat, the two leaders witnessed the signing ceremony of the Agreement on Y" (a signing ceremony inside a retreat; the agreement reached at it)',
    date: '2025-01-07',
    source: "Prime Minister's Office of Malaysia",
    text:
      'Prime Minister Anwar Ibrahim and Prime Minister Lawrence Wong held the 11th Malaysia-Singapore Leaders’ Retreat in Putrajaya on 7 January 2025. ' +
      'During the retreat, the two leaders witnessed the signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      P('Lawrence Wong', 'Prime Minister Lawrence Wong'),
      S('Malaysia'),
      S('Singapore'),
      A('Agreement on the Johor-Singapore Special Economic Zone'),
      E("11th Malaysia-Singapore Leaders' Retreat", ["Malaysia-Singapore Leaders' Retreat", 'retreat'], '2025-01-07'),
      E(
        'signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone',
        ['signing ceremony'],
        '2025-01-07',
      ),
    ],
    relations: [
      ...took("11th Malaysia-Singapore Leaders' Retreat", 'Anwar Ibrahim', 'Lawrence Wong'),
      ...took(
        'signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone',
        'Anwar Ibrahim',
        'Lawrence Wong',
      ),
      part(
        'signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone',
        "11th Malaysia-Singapore Leaders' Retreat",
      ),
      at(
        'Agreement on the Johor-Singapore Special Economic Zone',
        'signing ceremony of the Agreement on the Johor-Singapore Special Economic Zone',
      ),
    ],
  },
  {
    id: 'cer-inaugurated-the-new-building-of-the-embassy-together-with',
    form: 'news agency: "Title A inaugurated the new building of the <demonym> Embassy in City on Date, together with <demonym> Title B" (an inauguration with a companion)',
    date: '2024-06-12',
    source: 'Moldpres',
    text: 'Foreign Minister Mihai Popșoi inaugurated the new building of the Moldovan Embassy in Vienna on 12 June 2024, together with Austrian Foreign Minister Alexander Schallenberg.',
    entities: [
      P('Mihai Popșoi', 'Foreign Minister Mihai Popșoi'),
      P('Alexander Schallenberg', 'Austrian Foreign Minister Alexander Schallenberg'),
      S('Moldova', 'Moldovan'),
      S('Austria', 'Austrian'),
      E(
        'inauguration of the new building of the Moldovan Embassy in Vienna',
        ['inauguration of the Moldovan Embassy', 'inaugurated the new building'],
        '2024-06-12',
      ),
    ],
    relations: [
      ...took(
        'inauguration of the new building of the Moldovan Embassy in Vienna',
        'Mihai Popșoi',
        'Alexander Schallenberg',
      ),
    ],
  },
  {
    id: 'cer-laid-flowers-on-the-first-day-of-the-official-visit-accompanied-by',
    form: 'press agency: "<demonym> Title A laid flowers at the X in City on the first day of his official visit to Y on Date, accompanied by Title B" (a flower-laying inside a visit; the host in it)',
    date: '2023-06-05',
    source: 'TASR',
    text: 'Czech Prime Minister Petr Fiala laid flowers at the tomb of Milan Rastislav Štefánik on Bradlo hill on the first day of his official visit to Slovakia on 5 June 2023, accompanied by Prime Minister Ľudovít Ódor.',
    entities: [
      P('Petr Fiala', 'Czech Prime Minister Petr Fiala'),
      P('Ľudovít Ódor', 'Prime Minister Ľudovít Ódor'),
      S('Czech Republic', 'Czech', 'Czechia'),
      S('Slovakia'),
      E("Fiala's official visit to Slovakia", ['official visit to Slovakia', 'official visit'], '2023-06-05'),
      E('flower-laying at the tomb of Milan Rastislav Štefánik', ['laid flowers', 'flower-laying'], '2023-06-05'),
    ],
    relations: [
      ...took("Fiala's official visit to Slovakia", 'Petr Fiala'),
      ...took('flower-laying at the tomb of Milan Rastislav Štefánik', 'Petr Fiala', 'Ľudovít Ódor'),
      part('flower-laying at the tomb of Milan Rastislav Štefánik', "Fiala's official visit to Slovakia"),
    ],
  },
  {
    id: 'cer-cut-the-ribbon-to-open-the-bridge-at-a-ceremony-attended-by',
    form: 'news agency: "Title A cut the ribbon to open the X on Date, at a ceremony attended by Title B and <demonym> Title C" (an opening ceremony; its guests after "attended by")',
    date: '2022-07-26',
    source: 'HINA',
    text: 'Prime Minister Andrej Plenković cut the ribbon to open the Pelješac Bridge on 26 July 2022, at a ceremony attended by European Commissioner Elisa Ferreira and Chinese Ambassador Qi Qianjin.',
    entities: [
      P('Andrej Plenković', 'Prime Minister Andrej Plenković'),
      P('Elisa Ferreira', 'European Commissioner Elisa Ferreira'),
      P('Qi Qianjin', 'Chinese Ambassador Qi Qianjin'),
      S('China', 'Chinese'),
      E('opening ceremony of the Pelješac Bridge', ['opening of the Pelješac Bridge', 'ceremony'], '2022-07-26'),
    ],
    relations: [...took('opening ceremony of the Pelješac Bridge', 'Andrej Plenković', 'Elisa Ferreira', 'Qi Qianjin')],
  },
  {
    id: 'cer-laid-the-foundation-stone-during-the-visit-of-the-demonym-leader',
    form: 'news agency: "Title A and Title B laid the foundation stone of the X in City on Date, during the <demonym> leader\'s visit to Y" (a foundation-stone ceremony of two, inside the guest\'s visit)',
    date: '2024-10-04',
    source: 'UzA',
    text: 'President Shavkat Mirziyoyev and President Ilham Aliyev laid the foundation stone of the Mirzo Ulugbek school in Fuzuli on 4 October 2024, during the Uzbek leader’s visit to Azerbaijan.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      P('Ilham Aliyev', 'President Ilham Aliyev'),
      S('Uzbekistan', 'Uzbek'),
      S('Azerbaijan'),
      E("Mirziyoyev's visit to Azerbaijan", ['visit to Azerbaijan', 'visit'], '2024-10-04'),
      E(
        'foundation-stone ceremony of the Mirzo Ulugbek school',
        ['laid the foundation stone', 'foundation-stone laying'],
        '2024-10-04',
      ),
    ],
    relations: [
      ...took("Mirziyoyev's visit to Azerbaijan", 'Shavkat Mirziyoyev'),
      ...took('foundation-stone ceremony of the Mirzo Ulugbek school', 'Shavkat Mirziyoyev', 'Ilham Aliyev'),
      part('foundation-stone ceremony of the Mirzo Ulugbek school', "Mirziyoyev's visit to Azerbaijan"),
    ],
  },
  {
    id: 'cer-welcomed-with-an-official-ceremony-inspected-a-guard-of-honour-then-talks',
    form: 'presidency: "Title A welcomed Title B of X at <house> in City on Date with an official ceremony, at which the visiting President inspected a guard of honour. The two leaders then held closed-door talks" (a welcome ceremony of two; talks after it)',
    date: '2025-03-10',
    source: 'The Presidency, Republic of Ghana',
    text:
      'President John Dramani Mahama welcomed President Bassirou Diomaye Faye of Senegal at Jubilee House in Accra on 10 March 2025 with an official ceremony, at which the visiting President inspected a guard of honour. ' +
      'The two leaders then held closed-door talks.',
    entities: [
      P('John Dramani Mahama', 'President John Dramani Mahama'),
      P('Bassirou Diomaye Faye', 'President Bassirou Diomaye Faye'),
      S('Senegal'),
      E('official welcome ceremony at Jubilee House', ['official ceremony', 'welcome ceremony'], '2025-03-10'),
      E('Mahama-Faye talks in Accra', ['Mahama-Faye talks', 'closed-door talks'], '2025-03-10'),
    ],
    relations: [
      ...took('official welcome ceremony at Jubilee House', 'John Dramani Mahama', 'Bassirou Diomaye Faye'),
      ...took('Mahama-Faye talks in Accra', 'John Dramani Mahama', 'Bassirou Diomaye Faye'),
    ],
  },
  {
    id: 'cer-planted-a-tree-at-the-end-of-the-demonym-leaders-official-visit',
    form: 'government: "Title A and Title B planted a tree at <house> in City on Date, at the end of the <demonym> leader\'s official visit to X" (a tree-planting of two inside the guest\'s visit)',
    date: '2024-02-07',
    source: 'Royal Thai Government',
    text: 'Prime Minister Srettha Thavisin and Prime Minister Hun Manet planted a tree at Government House in Bangkok on 7 February 2024, at the end of the Cambodian leader’s official visit to Thailand.',
    entities: [
      P('Srettha Thavisin', 'Prime Minister Srettha Thavisin'),
      P('Hun Manet', 'Prime Minister Hun Manet'),
      S('Cambodia', 'Cambodian'),
      S('Thailand'),
      E("Hun Manet's official visit to Thailand", ['official visit to Thailand', 'official visit'], '2024-02-07'),
      E('tree-planting at Government House', ['planted a tree', 'tree-planting'], '2024-02-07'),
    ],
    relations: [
      ...took("Hun Manet's official visit to Thailand", 'Hun Manet'),
      ...took('tree-planting at Government House', 'Srettha Thavisin', 'Hun Manet'),
      part('tree-planting at Government House', "Hun Manet's official visit to Thailand"),
    ],
  },
  {
    id: 'cer-took-part-via-video-link-in-the-ceremony-marking-attended-on-site-by',
    form: 'news portal: "Title A and Title B took part via video link in the ceremony marking X at the Y plant on Date. Title C attended on site" (a ceremony joined remotely by two, one attendee on site)',
    date: '2024-01-23',
    source: 'Ahram Online',
    text:
      'President Abdel Fattah El-Sisi and President Vladimir Putin took part via video link in the ceremony marking the start of construction of the fourth power unit of the El Dabaa nuclear power plant on 23 January 2024. ' +
      'Rosatom Director General Alexei Likhachev attended on site.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi'),
      P('Vladimir Putin', 'President Vladimir Putin'),
      P('Alexei Likhachev', 'Rosatom Director General Alexei Likhachev'),
      E(
        'ceremony marking the start of construction of the fourth unit of El Dabaa',
        ['El Dabaa ceremony', 'ceremony'],
        '2024-01-23',
      ),
    ],
    relations: [
      ...took(
        'ceremony marking the start of construction of the fourth unit of El Dabaa',
        'Abdel Fattah El-Sisi',
        'Vladimir Putin',
        'Alexei Likhachev',
      ),
    ],
  },
  {
    id: 'cer-presented-the-order-at-a-ceremony-during-the-state-visit',
    form: 'presidency: "Title A presented the X Order to Title B at a ceremony in the Y residence in City on Date, during the <demonym> President\'s state visit to Z" (an award ceremony of two inside the guest\'s visit)',
    date: '2023-01-26',
    source: 'Presidency of the Kyrgyz Republic',
    text: 'President Sadyr Japarov presented the Danaker Order to President Shavkat Mirziyoyev at a ceremony in the Yntymak Ordo residence in Bishkek on 26 January 2023, during the Uzbek President’s state visit to Kyrgyzstan.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      S('Uzbekistan', 'Uzbek'),
      S('Kyrgyzstan'),
      E("Mirziyoyev's state visit to Kyrgyzstan", ['state visit to Kyrgyzstan', 'state visit'], '2023-01-26'),
      E('Danaker Order award ceremony', ['ceremony in the Yntymak Ordo residence', 'award ceremony'], '2023-01-26'),
    ],
    relations: [
      ...took("Mirziyoyev's state visit to Kyrgyzstan", 'Shavkat Mirziyoyev'),
      ...took('Danaker Order award ceremony', 'Sadyr Japarov', 'Shavkat Mirziyoyev'),
      part('Danaker Order award ceremony', "Mirziyoyev's state visit to Kyrgyzstan"),
    ],
  },
];

/** Negatives: scheduled ceremonies, a figurative clash, a ceremony somebody could not attend. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-is-scheduled-to-lay-a-wreath-and-to-inaugurate',
    form: 'wire: "Title A arrived in City on Date for a two-day visit. He is scheduled to lay a wreath at X on Day and to inaugurate Y" (an arrival opening a held visit; two planned ceremonies with no participants)',
    date: '2024-09-05',
    source: 'Reuters',
    text:
      'Prime Minister Narendra Modi arrived in Singapore on 4 September 2024 for a two-day visit. ' +
      'He is scheduled to lay a wreath at the Kranji War Memorial on Thursday and to inaugurate a new business centre.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('Singapore'),
      E("Modi's visit to Singapore", ['two-day visit', 'visit to Singapore'], '2024-09-04'),
      E('wreath-laying at the Kranji War Memorial', ['lay a wreath', 'wreath-laying']),
      E('inauguration of a new business centre', ['inaugurate a new business centre']),
    ],
    relations: [
      ...took("Modi's visit to Singapore", 'Narendra Modi'),
      part('wreath-laying at the Kranji War Memorial', "Modi's visit to Singapore"),
      part('inauguration of a new business centre', "Modi's visit to Singapore"),
    ],
  },
  {
    id: 'negative-a-clash-of-views-at-a-meeting-is-no-incident',
    form: 'newspaper: "Title A and Title B held talks in City on Date. Officials described a clash of views on X, but both countries agreed to keep talking" (a figurative clash; "both countries" with no incident)',
    date: '2024-05-20',
    source: 'The Jakarta Post',
    text:
      'Foreign Minister Retno Marsudi and Foreign Minister Penny Wong held talks in Jakarta on 20 May 2024. ' +
      'Officials described a clash of views on fisheries access, but both countries agreed to keep talking.',
    entities: [
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi'),
      P('Penny Wong', 'Foreign Minister Penny Wong'),
      E('Marsudi-Wong talks in Jakarta', ['Marsudi-Wong talks', 'talks'], '2024-05-20'),
    ],
    relations: [...took('Marsudi-Wong talks in Jakarta', 'Retno Marsudi', 'Penny Wong')],
  },
  {
    id: 'negative-could-not-attend-the-swearing-in-sent-a-message',
    form: 'news agency: "Title A, who could not attend the swearing-in of Title B in City on Date, sent a message of congratulations" (a held ceremony; who could not attend takes no part)',
    date: '2024-10-20',
    source: 'Yonhap',
    text: 'President Yoon Suk Yeol, who could not attend the swearing-in of President Prabowo Subianto in Jakarta on 20 October 2024, sent a message of congratulations.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol'),
      P('Prabowo Subianto', 'President Prabowo Subianto'),
      E('swearing-in of President Prabowo Subianto', ['swearing-in of Prabowo', 'swearing-in'], '2024-10-20'),
    ],
    relations: [...took('swearing-in of President Prabowo Subianto', 'Prabowo Subianto')],
  },
];

export const EVENT_BANK: BankCase[] = [...SESSIONS, ...INCIDENTS, ...REFERRED, ...CEREMONIES, ...NEGATIVES];
