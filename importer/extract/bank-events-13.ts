// The thirteenth events paraphrase bank (issue 6, round ev21): a blind bank written before any rule change of the
// round, after reading the `form`s of the incidents bank and events banks 1–12, about incidents told in passing (aud20:
// 22 of the first looks' missing events, 50 of their relation misses, are an incident, situation or measure told in
// lowercase). Readouts condemn, deplore, mourn and discuss incidents far more often than they name them. Constructions
// the earlier banks do not hold: lowercase incidents pinned by a place, actor, target or date ("the Russian drone
// strikes on the port of Odesa", "last week's earthquake in Herat province", "the 7 October Hamas terrorist attacks",
// "this morning's Russian drone incursion into Polish airspace", "the May 2024 floods in Rio Grande do Sul"), told by a
// participle or a relative clause ("the ballistic missile North Korea launched towards Japan's exclusive economic zone",
// "the civilians killed in the Russian drone strike on Kharkiv", "the Israeli strike that killed …", "the terrorist
// attack which targeted a military post in …", "the rockets fired at Haifa by Hezbollah"), plural and coordinated
// ("Russia's overnight attacks on Kyiv, Kharkiv and Odesa", "the suicide bombings in Mastung and Hangu", "the earthquake
// in Morocco and the floods in eastern Libya"), with heads the lexicon lacks (bombardment, famine, damage to cables,
// confrontation, shooting at, a named hurricane); the parties by demonym, by a city's, region's or capital's state, by
// a mission that was the target (UNIFIL, MONUSCO), by the nationals harmed and by implication; one incident referred to
// twice ("the attack", "the strike", "the launch", "the incident" later in the text: one node), an incident told first by
// a verb ("North Korea launched … lodged a protest against the launch"); crises and wars as events ("the war in Ukraine"
// with both parties, "the situation in Gabon since 30 August" as the dev gold's "situation in Myanmar since 1 February",
// "the crisis in the east of the Democratic Republic of the Congo"); and negatives (generic and hypothetical attacks,
// "the risk of further escalation", "terrorism in all its forms", an attack prevented, an offensive denied, a labour
// strike, "attacks on the multilateral trading system", "a nuclear war cannot be won", "the war on drugs", "post-war
// reconstruction"). House styles of many issuers: the FCDO, the UN Spokesperson, Qatar's, Morocco's, Algeria's,
// Armenia's, Azerbaijan's, Japan's, Korea's, Thailand's, Indonesia's and China's foreign ministries, the EU High
// Representative, the Nigerian, Polish, Angolan and Congolese presidencies, the Australian, Estonian, Greek and Irish
// governments, WAM, the Saudi MFA, the AU Commission, CARICOM, the Pacific Islands Forum, the ASEAN Chair, NATO, Reuters,
// Itamaraty, the Commonwealth Secretariat and UNAMA.
// Conventions (GUIDE "Incidents and INVOLVES" and the non-slice dev gold): each incident is an Event with INVOLVES to
// every state or organisation named or plainly implied as actor, target or affected party (a city's, province's or
// capital's state; the flag state of a seized ship; the state of the nationals harmed; a UN mission that was the
// target, as itself: UNIFIL, not the United Nations, as events-2 does); not the states that condemn, help or mourn; the
// meeting that raised it DISCUSSED it; a statement or message is no meeting (no DISCUSSED). The dev and samples' gold
// give no PART_OF from an attack to its war, so the bank has none; a war, conflict or crisis named as such is an Event
// ("war in Ukraine" INVOLVES Russia and Ukraine, "crisis in Myanmar" with its alias "situation in Myanmar since 1
// February"), a bare "situation in X" (Hong Kong in the dev gold) is not. Its facts: Events, DISCUSSED, INVOLVES.
// First pass (blind; bank committed at 3becc0d, rules of main f26c9d6 unchanged): 27/59 cases pass, facts found
// 138/220 (62.7 %), false facts 23.
import { type BankCase, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const UKRAINE = S('Ukraine', 'Ukrainian');
const RUSSIA = S('Russia', 'Russian', 'Russian Federation');

/** Lowercase incidents pinned by a place, actor, target or date, nominal. */
const NOMINAL: BankCase[] = [
  {
    id: 'nom-demonym-drone-strikes-on-the-port-of-city',
    form: 'FCDO: "The Foreign Secretary condemned the <demonym> drone strikes on the port of City, which hit …" (actor by demonym, target by a city\'s port)',
    date: '2025-03-11',
    source: 'Foreign, Commonwealth & Development Office',
    text:
      'The Foreign Secretary, David Lammy, spoke to Ukrainian Foreign Minister Andrii Sybiha on 11 March 2025. ' +
      'The Foreign Secretary condemned the Russian drone strikes on the port of Odesa, which hit a civilian vessel loading grain.',
    entities: [
      P('David Lammy', 'The Foreign Secretary'),
      P('Andrii Sybiha', 'Foreign Minister Andrii Sybiha'),
      UKRAINE,
      RUSSIA,
      E('Lammy-Sybiha call', ['spoke to', 'Lammy-Sybiha telephone call'], '2025-03-11'),
      E('Russian drone strikes on the port of Odesa', ['drone strikes on the port of Odesa']),
    ],
    relations: [
      ...dis('Lammy-Sybiha call', 'Russian drone strikes on the port of Odesa'),
      ...inv('Russian drone strikes on the port of Odesa', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'nom-recent-shelling-of-civilian-areas-in-region-by-forces',
    form: 'UN Spokesperson: "The Secretary-General is gravely concerned by the recent shelling of civilian areas in the X region by <demonym> forces" (a statement: no meeting)',
    date: '2024-06-12',
    source: 'United Nations Spokesperson',
    text:
      'The Secretary-General is gravely concerned by the recent shelling of civilian areas in the Kherson region of Ukraine by Russian forces, which killed at least nine people on Tuesday. ' +
      'He reiterates that attacks against civilians are prohibited under international humanitarian law.',
    entities: [
      O('United Nations', 'UN'),
      UKRAINE,
      RUSSIA,
      E('shelling of civilian areas in the Kherson region', [
        'recent shelling of civilian areas in the Kherson region of Ukraine by Russian forces',
      ]),
    ],
    relations: [...inv('shelling of civilian areas in the Kherson region', 'Russia', 'Ukraine')],
  },
  {
    id: 'nom-last-weeks-earthquake-in-province',
    form: "Gulf ministry: \"received a phone call … During the call, B offered the condolences of the State of X for last week's earthquake in Y province\" (a date as possessive, a province's state named as the caller's)",
    date: '2023-10-14',
    source: 'Ministry of Foreign Affairs of the State of Qatar',
    text:
      'Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi received a phone call today from Acting Minister of Foreign Affairs of Afghanistan Amir Khan Muttaqi. ' +
      "During the call, Dr. Al-Khulaifi offered the condolences of the State of Qatar for last week's earthquake in Herat province.",
    entities: [
      P('Mohammed bin Abdulaziz Al-Khulaifi', 'Dr. Al-Khulaifi'),
      P('Amir Khan Muttaqi'),
      S('Qatar', 'State of Qatar'),
      S('Afghanistan'),
      E('Al-Khulaifi-Muttaqi phone call', ['phone call', 'the call', 'Al-Khulaifi-Muttaqi call'], '2023-10-14'),
      E('earthquake in Herat province', ["last week's earthquake in Herat province", 'Herat earthquake']),
    ],
    relations: [
      ...dis('Al-Khulaifi-Muttaqi phone call', 'earthquake in Herat province'),
      ...inv('earthquake in Herat province', 'Afghanistan'),
    ],
  },
  {
    id: 'nom-bare-coup-in-capital-last-weekday',
    form: 'presidency: "A received B at the State House in City on Date to discuss the coup in <capital> last Wednesday" (a bare "coup", the capital\'s state)',
    date: '2023-07-30',
    source: 'State House, Nigeria',
    text: 'President Bola Ahmed Tinubu, Chairman of the ECOWAS Authority of Heads of State and Government, received President Patrice Talon of Benin at the State House in Abuja on 30 July 2023 to discuss the coup in Niamey last Wednesday.',
    entities: [
      P('Bola Ahmed Tinubu', 'President Bola Ahmed Tinubu'),
      P('Patrice Talon', 'President Patrice Talon'),
      O('ECOWAS'),
      S('Benin'),
      S('Niger'),
      E('Tinubu-Talon meeting in Abuja', ['received', 'Tinubu-Talon meeting'], '2023-07-30'),
      E('coup in Niamey', ['coup in Niger', 'Niger coup']),
    ],
    relations: [...dis('Tinubu-Talon meeting in Abuja', 'coup in Niamey'), ...inv('coup in Niamey', 'Niger')],
  },
  {
    id: 'nom-flash-floods-that-swept-through-the-province-of',
    form: 'Maghreb ministry: "conveyed the solidarity of the Kingdom … after the flash floods that swept through the province of X" (a relative verb the lexicon lacks; the province\'s state named as the counterpart\'s)',
    date: '2024-10-31',
    source: 'Ministry of Foreign Affairs of the Kingdom of Morocco',
    text: 'Minister of Foreign Affairs Nasser Bourita had a telephone conversation on Thursday with his Spanish counterpart José Manuel Albares, to whom he conveyed the solidarity of the Kingdom of Morocco after the flash floods that swept through the province of Valencia.',
    entities: [
      P('Nasser Bourita', 'Minister of Foreign Affairs Nasser Bourita'),
      P('José Manuel Albares'),
      S('Spain', 'Spanish'),
      S('Morocco', 'Kingdom of Morocco'),
      E('Bourita-Albares telephone conversation', ['telephone conversation', 'Bourita-Albares call'], '2024-10-31'),
      E('flash floods in the province of Valencia', [
        'flash floods that swept through the province of Valencia',
        'Valencia floods',
      ]),
    ],
    relations: [
      ...dis('Bourita-Albares telephone conversation', 'flash floods in the province of Valencia'),
      ...inv('flash floods in the province of Valencia', 'Spain'),
    ],
  },
  {
    id: 'nom-attack-on-a-un-convoy-in-region-on-weekday',
    form: 'UN Spokesperson: "The Secretary-General condemns the attack on a United Nations humanitarian convoy in North Darfur on Sunday" (the body as target, a region\'s state)',
    date: '2025-06-03',
    source: 'United Nations Spokesperson',
    text:
      'The Secretary-General condemns the attack on a United Nations humanitarian convoy in North Darfur, Sudan, on Sunday, in which five drivers were killed. ' +
      'He calls on the parties to ensure the safe passage of humanitarian personnel.',
    entities: [
      O('United Nations', 'UN'),
      S('Sudan'),
      E('attack on a United Nations humanitarian convoy in North Darfur', ['attack on a UN humanitarian convoy']),
    ],
    relations: [...inv('attack on a United Nations humanitarian convoy in North Darfur', 'United Nations', 'Sudan')],
  },
  {
    id: 'nom-demonym-strike-that-killed-demonym-aid-worker',
    form: 'prime minister: "conveyed X\'s anger at the <demonym> strike that killed <demonym> aid worker A" (a relative "that killed", the victim\'s state)',
    date: '2024-04-02',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese spoke with Israeli Prime Minister Benjamin Netanyahu on 2 April 2024. ' +
      "The Prime Minister conveyed Australia's anger at the Israeli strike that killed Australian aid worker Zomi Frankcom and six of her World Central Kitchen colleagues.",
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      P('Benjamin Netanyahu'),
      P('Zomi Frankcom'),
      S('Australia', 'Australian'),
      S('Israel', 'Israeli'),
      E('Albanese-Netanyahu call', ['spoke with', 'Albanese-Netanyahu telephone call'], '2024-04-02'),
      E('Israeli strike that killed Zomi Frankcom', [
        'Israeli strike',
        'killing of Zomi Frankcom',
        'killing of Australian aid worker Zomi Frankcom',
      ]),
    ],
    relations: [
      ...dis('Albanese-Netanyahu call', 'Israeli strike that killed Zomi Frankcom'),
      ...inv('Israeli strike that killed Zomi Frankcom', 'Israel', 'Australia'),
    ],
  },
  {
    id: 'nom-shooting-at-the-embassy-of-state-in-capital',
    form: 'foreign ministry: "received the Ambassador of X … in connection with the shooting at the Embassy of Y in <capital>" ("shooting at", the embassy\'s state and the capital\'s)',
    date: '2023-01-27',
    source: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
    text: "Foreign Minister Jeyhun Bayramov received the Ambassador of the Islamic Republic of Iran, Abbas Mousavi, on 27 January 2023 in connection with the shooting at the Embassy of Azerbaijan in Tehran, in which the head of the embassy's security service was killed.",
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov'),
      P('Abbas Mousavi'),
      S('Iran', 'Islamic Republic of Iran'),
      S('Azerbaijan'),
      E(
        "Bayramov meeting with Iran's Ambassador",
        ['received the Ambassador', 'Bayramov-Mousavi meeting'],
        '2023-01-27',
      ),
      E('shooting at the Embassy of Azerbaijan in Tehran', ['attack on the Embassy of Azerbaijan in Tehran']),
    ],
    relations: [
      ...dis("Bayramov meeting with Iran's Ambassador", 'shooting at the Embassy of Azerbaijan in Tehran'),
      ...inv('shooting at the Embassy of Azerbaijan in Tehran', 'Azerbaijan', 'Iran'),
    ],
  },
  {
    id: 'nom-date-premodified-group-terrorist-attacks',
    form: 'prime minister\'s office: "reiterated his condemnation of the 7 October <group> terrorist attacks" (a date and an actor before the head)',
    date: '2023-10-23',
    source: 'Office of the Prime Minister of Greece',
    text:
      'Prime Minister Kyriakos Mitsotakis met Israeli President Isaac Herzog in Jerusalem on 23 October 2023. ' +
      'The Prime Minister reiterated his condemnation of the 7 October Hamas terrorist attacks and stressed the need to protect civilians.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis'),
      P('Isaac Herzog'),
      S('Israel', 'Israeli'),
      O('Hamas'),
      E('Mitsotakis-Herzog meeting in Jerusalem', ['met', 'Mitsotakis-Herzog meeting'], '2023-10-23'),
      E('7 October Hamas terrorist attacks', ['Hamas terrorist attacks of 7 October', 'Hamas attacks on Israel']),
    ],
    relations: [
      ...dis('Mitsotakis-Herzog meeting in Jerusalem', '7 October Hamas terrorist attacks'),
      ...inv('7 October Hamas terrorist attacks', 'Hamas', 'Israel'),
    ],
  },
  {
    id: 'nom-this-mornings-demonym-drone-incursion-into-demonym-airspace',
    form: 'foreign ministry statement: "X condemns this morning\'s <demonym> drone incursion into <demonym> airspace" (time as possessive, actor and target by demonyms)',
    date: '2025-09-10',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      "Estonia strongly condemns this morning's Russian drone incursion into Polish airspace and stands in full solidarity with Poland. " +
      'We are in close contact with our Allies.',
    entities: [
      S('Estonia'),
      S('Poland', 'Polish'),
      RUSSIA,
      E('Russian drone incursion into Polish airspace', ['drone incursion into Polish airspace']),
    ],
    relations: [...inv('Russian drone incursion into Polish airspace', 'Russia', 'Poland')],
  },
  {
    id: 'nom-month-year-floods-in-region-of-counterpart',
    form: 'foreign ministry: "the reconstruction after the May 2024 floods in <region>" (a month and year before the head, a region\'s state named as the counterpart\'s)',
    date: '2024-07-08',
    source: 'Ministry of Foreign Affairs of Argentina',
    text:
      'Foreign Minister Diana Mondino met Brazilian Foreign Minister Mauro Vieira in Asunción on 8 July 2024. ' +
      'The ministers discussed cooperation in the reconstruction after the May 2024 floods in Rio Grande do Sul.',
    entities: [
      P('Diana Mondino', 'Foreign Minister Diana Mondino'),
      P('Mauro Vieira'),
      S('Brazil', 'Brazilian'),
      E('Mondino-Vieira meeting in Asunción', ['met', 'Mondino-Vieira meeting'], '2024-07-08'),
      E('May 2024 floods in Rio Grande do Sul', ['floods in Rio Grande do Sul']),
    ],
    relations: [
      ...dis('Mondino-Vieira meeting in Asunción', 'May 2024 floods in Rio Grande do Sul'),
      ...inv('May 2024 floods in Rio Grande do Sul', 'Brazil'),
    ],
  },
  {
    id: 'nom-famine-in-region-of-demonym-counterpart',
    form: 'foreign ministry: "They discussed the famine in North Darfur and access for humanitarian aid" (a head the lexicon lacks, a region\'s state named as the guest\'s)',
    date: '2025-03-03',
    source: 'Norwegian Ministry of Foreign Affairs',
    text:
      'Minister of Foreign Affairs Espen Barth Eide met Sudanese Minister of Foreign Affairs Ali Youssef in Oslo on 3 March 2025. ' +
      'They discussed the famine in North Darfur and access for humanitarian aid across the front lines.',
    entities: [
      P('Espen Barth Eide', 'Minister of Foreign Affairs Espen Barth Eide'),
      P('Ali Youssef'),
      S('Sudan', 'Sudanese'),
      E('Eide-Youssef meeting in Oslo', ['met', 'Eide-Youssef meeting'], '2025-03-03'),
      E('famine in North Darfur', ['North Darfur famine']),
    ],
    relations: [
      ...dis('Eide-Youssef meeting in Oslo', 'famine in North Darfur'),
      ...inv('famine in North Darfur', 'Sudan'),
    ],
  },
  {
    id: 'nom-magnitude-earthquake-that-struck-capital',
    form: 'Pacific Islands Forum: "expresses the Forum\'s solidarity with the Government and people of X following the 7.3 magnitude earthquake that struck <capital>" (a magnitude before the head)',
    date: '2024-12-18',
    source: 'Pacific Islands Forum Secretariat',
    text: "The Pacific Islands Forum Secretary General, Baron Waqa, expresses the Forum's deep solidarity with the Government and people of Vanuatu following the 7.3 magnitude earthquake that struck Port Vila on 17 December.",
    entities: [
      P('Baron Waqa'),
      O('Pacific Islands Forum'),
      S('Vanuatu'),
      E('7.3 magnitude earthquake that struck Port Vila', ['earthquake that struck Port Vila', 'Port Vila earthquake']),
    ],
    relations: [...inv('7.3 magnitude earthquake that struck Port Vila', 'Vanuatu')],
  },
];

/** Incidents told by a participle or a relative clause. */
const PARTICIPIAL: BankCase[] = [
  {
    id: 'part-flagged-tanker-seized-by-demonym-naval-forces',
    form: 'foreign minister: "spoke with … about the <state>-flagged tanker X, seized by <demonym> naval forces in the Gulf of Oman the day before" (flag state and actor by demonym)',
    date: '2024-01-12',
    source: 'Minister for Foreign Affairs of Australia',
    text: 'Foreign Minister Penny Wong spoke with Omani Foreign Minister Sayyid Badr Albusaidi on 12 January 2024 about the Marshall Islands-flagged tanker St Nikolas, seized by Iranian naval forces in the Gulf of Oman the day before.',
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong'),
      P('Sayyid Badr Albusaidi', 'Badr Albusaidi'),
      S('Oman', 'Omani'),
      S('Iran', 'Iranian'),
      S('Marshall Islands'),
      E('Wong-Albusaidi call', ['spoke with', 'Wong-Albusaidi telephone call'], '2024-01-12'),
      E('seizure of the tanker St Nikolas', [
        'seizure of the Marshall Islands-flagged tanker St Nikolas by Iranian naval forces',
        'seizure of the St Nikolas',
      ]),
    ],
    relations: [
      ...dis('Wong-Albusaidi call', 'seizure of the tanker St Nikolas'),
      ...inv('seizure of the tanker St Nikolas', 'Iran', 'Marshall Islands'),
    ],
  },
  {
    id: 'part-missile-actor-launched-towards-eez-contact-clause',
    form: 'MOFA: "strongly condemned the ballistic missile North Korea launched towards Japan\'s exclusive economic zone on 12 July" (a contact clause: object, actor, participle, no "that")',
    date: '2023-07-13',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Minister for Foreign Affairs HAYASHI Yoshimasa held a telephone talk with the Honorable Antony Blinken, Secretary of State of the United States, on 13 July 2023. ' +
      "The two ministers strongly condemned the ballistic missile North Korea launched towards Japan's exclusive economic zone on 12 July.",
    entities: [
      P('Yoshimasa Hayashi', 'HAYASHI Yoshimasa'),
      P('Antony Blinken', 'the Honorable Antony Blinken'),
      S('United States'),
      S('North Korea', 'DPRK'),
      S('Japan'),
      E(
        'Hayashi-Blinken telephone talk',
        ['telephone talk', "Japan-U.S. Foreign Ministers' Telephone Talk"],
        '2023-07-13',
      ),
      E(
        'North Korean ballistic missile launch of 12 July',
        [
          "ballistic missile North Korea launched towards Japan's exclusive economic zone",
          'ballistic missile launch by North Korea',
        ],
        '2023-07-12',
      ),
    ],
    relations: [
      ...dis('Hayashi-Blinken telephone talk', 'North Korean ballistic missile launch of 12 July'),
      ...inv('North Korean ballistic missile launch of 12 July', 'North Korea', 'Japan'),
    ],
  },
  {
    id: 'part-rockets-fired-at-city-by-group-over-the-weekend',
    form: 'foreign office: "condemned in a call with … the rockets fired at <city> by <group> over the weekend" (participle, target city\'s state, a group as actor)',
    date: '2024-09-23',
    source: 'German Federal Foreign Office',
    text: 'Foreign Minister Annalena Baerbock condemned in a call with Israeli Foreign Minister Israel Katz on Monday the rockets fired at Haifa by Hezbollah over the weekend.',
    entities: [
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock'),
      P('Israel Katz'),
      S('Israel', 'Israeli'),
      O('Hezbollah'),
      E('Baerbock-Katz call', ['call', 'Baerbock-Katz telephone call'], '2024-09-23'),
      E('rockets fired at Haifa by Hezbollah', ['rocket fire on Haifa', 'Hezbollah rocket attack on Haifa']),
    ],
    relations: [
      ...dis('Baerbock-Katz call', 'rockets fired at Haifa by Hezbollah'),
      ...inv('rockets fired at Haifa by Hezbollah', 'Hezbollah', 'Israel'),
    ],
  },
  {
    id: 'part-civilians-killed-in-the-demonym-strike-on-city',
    form: 'government: "offered her condolences for the civilians killed in the <demonym> drone strike on <city> the night before" (the incident inside a participle on its victims)',
    date: '2024-04-05',
    source: 'Government of Estonia',
    text: 'Prime Minister Kaja Kallas spoke with President Volodymyr Zelenskyy on 5 April 2024 and offered her condolences for the civilians killed in the Russian drone strike on Kharkiv the night before.',
    entities: [
      P('Kaja Kallas', 'Prime Minister Kaja Kallas'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy'),
      UKRAINE,
      RUSSIA,
      E('Kallas-Zelenskyy call', ['spoke with', 'Kallas-Zelenskyy telephone call'], '2024-04-05'),
      E('Russian drone strike on Kharkiv', ['drone strike on Kharkiv']),
    ],
    relations: [
      ...dis('Kallas-Zelenskyy call', 'Russian drone strike on Kharkiv'),
      ...inv('Russian drone strike on Kharkiv', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'part-demonym-workers-killed-in-rocket-attack-on-farm-in-region',
    form: 'foreign ministry statement: "condolences to the families of the two <demonym> workers killed in the rocket attack on a farm in northern X" (the nationals\' state and the region\'s)',
    date: '2024-03-05',
    source: 'Ministry of Foreign Affairs of Thailand',
    text:
      'The Ministry of Foreign Affairs expresses its deepest condolences to the families of the two Thai workers killed in the rocket attack on a farm in northern Israel on 4 March. ' +
      'The Royal Thai Embassy in Tel Aviv is assisting the injured.',
    entities: [
      S('Thailand', 'Thai'),
      S('Israel'),
      E('rocket attack on a farm in northern Israel', ['rocket attack of 4 March']),
    ],
    relations: [...inv('rocket attack on a farm in northern Israel', 'Thailand', 'Israel')],
  },
  {
    id: 'part-mission-peacekeepers-injured-in-demonym-attack-on-hq-in-town',
    form: "foreign ministry: \"about the two <demonym> UNIFIL peacekeepers injured in the <demonym> attack on the mission's headquarters in <town>\" (the mission as target, the nationals' state, the town's)",
    date: '2024-10-11',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text: "Minister for Foreign Affairs Retno L.P. Marsudi spoke with UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix on 11 October 2024 about the two Indonesian UNIFIL peacekeepers injured in the Israeli attack on the mission's headquarters in Naqoura.",
    entities: [
      P('Retno L.P. Marsudi', 'Retno Marsudi'),
      P('Jean-Pierre Lacroix'),
      O('United Nations', 'UN'),
      O('UNIFIL'),
      S('Indonesia', 'Indonesian'),
      S('Israel', 'Israeli'),
      S('Lebanon'),
      E('Marsudi-Lacroix call', ['spoke with', 'Marsudi-Lacroix telephone call'], '2024-10-11'),
      E('Israeli attack on the UNIFIL headquarters in Naqoura', [
        "Israeli attack on the mission's headquarters in Naqoura",
        'attack on the UNIFIL headquarters',
      ]),
    ],
    relations: [
      ...dis('Marsudi-Lacroix call', 'Israeli attack on the UNIFIL headquarters in Naqoura'),
      ...inv('Israeli attack on the UNIFIL headquarters in Naqoura', 'Israel', 'UNIFIL', 'Indonesia', 'Lebanon'),
    ],
  },
  {
    id: 'part-attack-near-airport-that-killed-demonym-nationals',
    form: 'Chinese MFA: "expressed condolences over the terrorist attack near <city> airport that killed two Chinese nationals" (a relative "that killed", the victims\' state, the city\'s)',
    date: '2024-10-07',
    source: "Ministry of Foreign Affairs of the People's Republic of China",
    text:
      'Wang Yi held a phone call with Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar on 7 October 2024. ' +
      'Ishaq Dar expressed condolences over the terrorist attack near Karachi airport that killed two Chinese nationals, and Wang Yi asked Pakistan to hunt down the perpetrators.',
    entities: [
      P('Wang Yi'),
      P('Ishaq Dar', 'Deputy Prime Minister and Foreign Minister Ishaq Dar'),
      S('Pakistan', 'Pakistani'),
      S('China', 'Chinese'),
      E('Wang-Dar phone call', ['phone call', 'Wang Yi-Dar call'], '2024-10-07'),
      E('terrorist attack near Karachi airport', ['attack near Karachi airport', 'Karachi airport attack']),
    ],
    relations: [
      ...dis('Wang-Dar phone call', 'terrorist attack near Karachi airport'),
      ...inv('terrorist attack near Karachi airport', 'China', 'Pakistan'),
    ],
  },
  {
    id: 'part-drone-attack-that-targeted-oil-field-in-kingdom',
    form: 'Gulf news agency: "has strongly condemned the drone attack that targeted the X oil field in the Kingdom of Y" (a relative "that targeted", the target\'s state)',
    date: '2019-08-18',
    source: 'WAM (Emirates News Agency)',
    text: 'The United Arab Emirates has strongly condemned the drone attack that targeted the Shaybah oil field in the Kingdom of Saudi Arabia, affirming its full solidarity with the Kingdom against all threats to its security.',
    entities: [
      S('United Arab Emirates', 'UAE'),
      S('Saudi Arabia', 'Kingdom of Saudi Arabia'),
      E('drone attack on the Shaybah oil field', ['drone attack that targeted the Shaybah oil field']),
    ],
    relations: [...inv('drone attack on the Shaybah oil field', 'Saudi Arabia')],
  },
  {
    id: 'part-terrorist-attack-which-targeted-post-in-region-of-republic',
    form: 'Maghreb ministry: "strongly condemns the heinous terrorist attack which targeted a military post in the X region of the Republic of Y, killing …"',
    date: '2023-08-16',
    source: 'Ministry of Foreign Affairs of Algeria',
    text:
      'Algeria strongly condemns the heinous terrorist attack which targeted a military post in the Tillabéri region of the Republic of Niger on Tuesday, killing several soldiers. ' +
      'Algeria expresses its solidarity with the brotherly people of Niger.',
    entities: [
      S('Algeria'),
      S('Niger'),
      E('terrorist attack on a military post in the Tillabéri region', [
        'terrorist attack which targeted a military post in the Tillabéri region',
      ]),
    ],
    relations: [...inv('terrorist attack on a military post in the Tillabéri region', 'Niger')],
  },
];

/** Plural and coordinated incidents. */
const COORDINATED: BankCase[] = [
  {
    id: 'coord-possessive-overnight-attacks-on-three-cities',
    form: 'presidency: "spoke by phone with … and condemned Russia\'s overnight attacks on Kyiv, Kharkiv and Odesa" (one incident on a list of cities)',
    date: '2023-12-29',
    source: 'Office of the President of the Republic of Poland',
    text: "President Andrzej Duda spoke by phone with President Volodymyr Zelenskyy on 29 December 2023 and condemned Russia's overnight attacks on Kyiv, Kharkiv and Odesa.",
    entities: [
      P('Andrzej Duda', 'President Andrzej Duda'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy'),
      UKRAINE,
      RUSSIA,
      E('Duda-Zelenskyy call', ['spoke by phone', 'Duda-Zelenskyy phone call'], '2023-12-29'),
      E("Russia's overnight attacks on Kyiv, Kharkiv and Odesa", [
        'overnight attacks on Kyiv, Kharkiv and Odesa',
        'attacks on Kyiv, Kharkiv and Odesa',
      ]),
    ],
    relations: [
      ...dis('Duda-Zelenskyy call', "Russia's overnight attacks on Kyiv, Kharkiv and Odesa"),
      ...inv("Russia's overnight attacks on Kyiv, Kharkiv and Odesa", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'coord-two-suicide-bombings-that-targeted-worshippers-in-two-towns',
    form: 'Gulf ministry: "the Kingdom\'s condemnation of the two suicide bombings that targeted worshippers in A and B in the Islamic Republic of X on Friday"',
    date: '2023-09-30',
    source: 'Ministry of Foreign Affairs of Saudi Arabia',
    text: "The Ministry of Foreign Affairs expresses the Kingdom of Saudi Arabia's strong condemnation of the two suicide bombings that targeted worshippers in Mastung and Hangu in the Islamic Republic of Pakistan on Friday.",
    entities: [
      S('Saudi Arabia', 'Kingdom of Saudi Arabia'),
      S('Pakistan', 'Islamic Republic of Pakistan'),
      E('suicide bombings in Mastung and Hangu', [
        'two suicide bombings that targeted worshippers in Mastung and Hangu',
      ]),
    ],
    relations: [...inv('suicide bombings in Mastung and Hangu', 'Pakistan')],
  },
  {
    id: 'coord-two-incidents-each-with-its-state',
    form: 'AU Commission: "expresses his deep sorrow at the earthquake in X and the floods in eastern Y" (two incidents coordinated, each with its own state)',
    date: '2023-09-12',
    source: 'African Union Commission',
    text: 'The Chairperson of the African Union Commission, Moussa Faki Mahamat, expresses his deep sorrow at the earthquake in Morocco and the floods in eastern Libya, and extends the condolences of the Commission to both peoples.',
    entities: [
      P('Moussa Faki Mahamat'),
      O('African Union Commission'),
      S('Morocco'),
      S('Libya'),
      E('earthquake in Morocco', ['Morocco earthquake']),
      E('floods in eastern Libya', ['Libya floods']),
    ],
    relations: [...inv('earthquake in Morocco', 'Morocco'), ...inv('floods in eastern Libya', 'Libya')],
  },
  {
    id: 'coord-landslides-and-floods-in-district-of-demonym-state',
    form: 'foreign ministry statement: "the loss of lives in the landslides and floods in X, in the <demonym> state of Y" (two heads coordinated, the state by demonym)',
    date: '2024-07-31',
    source: 'Ministry of Foreign Affairs of Nepal',
    text:
      'The Ministry of Foreign Affairs expresses deep sorrow over the loss of lives in the landslides and floods in Wayanad, in the Indian state of Kerala. ' +
      'Nepal stands with the people of India in this difficult hour.',
    entities: [
      S('Nepal'),
      S('India', 'Indian'),
      E('landslides and floods in Wayanad', ['landslides in Wayanad', 'Wayanad landslides']),
    ],
    relations: [...inv('landslides and floods in Wayanad', 'India')],
  },
  {
    id: 'coord-demonym-strikes-on-possessive-energy-infrastructure',
    form: 'alliance: "They discussed the <demonym> strikes on X\'s energy infrastructure and the supply of air defence systems" (the target state as a possessive)',
    date: '2024-11-13',
    source: 'NATO',
    text:
      'NATO Secretary General Mark Rutte met Prime Minister of Ukraine Denys Shmyhal at NATO Headquarters in Brussels on 13 November 2024. ' +
      "They discussed the Russian strikes on Ukraine's energy infrastructure and the supply of air defence systems.",
    entities: [
      P('Mark Rutte', 'Secretary General Mark Rutte'),
      P('Denys Shmyhal', 'Prime Minister of Ukraine Denys Shmyhal'),
      O('NATO'),
      UKRAINE,
      RUSSIA,
      E('Rutte-Shmyhal meeting in Brussels', ['met', 'Rutte-Shmyhal meeting'], '2024-11-13'),
      E("Russian strikes on Ukraine's energy infrastructure", ['strikes on Ukrainian energy infrastructure']),
    ],
    relations: [
      ...dis('Rutte-Shmyhal meeting in Brussels', "Russian strikes on Ukraine's energy infrastructure"),
      ...inv("Russian strikes on Ukraine's energy infrastructure", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'coord-devastation-caused-by-named-hurricane-in-three-states',
    form: 'CARICOM: "solidarity with the Governments and people of A, B and C following the devastation caused by Hurricane X" (a named storm, the three states it struck)',
    date: '2024-07-04',
    source: 'CARICOM Secretariat',
    text: 'The Caribbean Community expresses its solidarity with the Governments and people of Grenada, St Vincent and the Grenadines and Jamaica following the devastation caused by Hurricane Beryl.',
    entities: [
      O('CARICOM', 'Caribbean Community'),
      S('Grenada'),
      S('Saint Vincent and the Grenadines', 'St Vincent and the Grenadines'),
      S('Jamaica'),
      E('Hurricane Beryl', ['devastation caused by Hurricane Beryl']),
    ],
    relations: [...inv('Hurricane Beryl', 'Grenada', 'Saint Vincent and the Grenadines', 'Jamaica')],
  },
];

/** Which states and organisations an incident involves: demonyms, a city's or region's state, affected parties. */
const PARTIES: BankCase[] = [
  {
    id: 'par-demonym-shelling-of-towns-in-possessive-provinces',
    form: 'foreign ministry: "briefed his interlocutor on the <demonym> shelling of A, B and other settlements in X\'s provinces" (actor by demonym, target by a possessive)',
    date: '2022-09-13',
    source: 'Ministry of Foreign Affairs of Armenia',
    text:
      'Foreign Minister Ararat Mirzoyan held a telephone conversation with the OSCE Chairman-in-Office, Foreign Minister of Poland Zbigniew Rau, on 13 September 2022. ' +
      "Minister Mirzoyan briefed his interlocutor on the Azerbaijani shelling of Jermuk, Goris and other settlements in Armenia's Syunik and Vayots Dzor provinces.",
    entities: [
      P('Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan'),
      P('Zbigniew Rau'),
      O('OSCE'),
      S('Poland'),
      S('Armenia'),
      S('Azerbaijan', 'Azerbaijani'),
      E('Mirzoyan-Rau telephone conversation', ['telephone conversation', 'Mirzoyan-Rau call'], '2022-09-13'),
      E('Azerbaijani shelling of Jermuk, Goris and other settlements', [
        'Azerbaijani shelling of Jermuk',
        'shelling of Jermuk and Goris',
      ]),
    ],
    relations: [
      ...dis('Mirzoyan-Rau telephone conversation', 'Azerbaijani shelling of Jermuk, Goris and other settlements'),
      ...inv('Azerbaijani shelling of Jermuk, Goris and other settlements', 'Azerbaijan', 'Armenia'),
    ],
  },
  {
    id: 'par-demonym-air-strikes-in-two-provinces-of-neighbour',
    form: 'UN mission: "civilian casualties from the <demonym> air strikes in A and B provinces on Monday" (actor by demonym, the provinces\' state named as the mission\'s)',
    date: '2024-03-18',
    source: 'United Nations Assistance Mission in Afghanistan',
    text: 'The United Nations Assistance Mission in Afghanistan said it had received credible reports of civilian casualties from the Pakistani air strikes in Khost and Paktika provinces on Monday, and urged restraint.',
    entities: [
      O('United Nations Assistance Mission in Afghanistan', 'UNAMA'),
      S('Afghanistan'),
      S('Pakistan', 'Pakistani'),
      E('Pakistani air strikes in Khost and Paktika provinces', ['air strikes in Khost and Paktika']),
    ],
    relations: [...inv('Pakistani air strikes in Khost and Paktika provinces', 'Pakistan', 'Afghanistan')],
  },
  {
    id: 'par-bombardment-of-camp-by-named-force',
    form: 'foreign ministry: "spoke with the UN Secretary-General\'s Personal Envoy for X … about the bombardment of the Y camp for displaced people by the Z" (a head the lexicon lacks, a force as actor)',
    date: '2025-04-13',
    source: 'Ministry of Foreign Affairs of Egypt',
    text: "Minister of Foreign Affairs Badr Abdelatty spoke with the UN Secretary-General's Personal Envoy for Sudan, Ramtane Lamamra, on 13 April 2025 about the bombardment of the Zamzam camp for displaced people by the Rapid Support Forces.",
    entities: [
      P('Badr Abdelatty', 'Minister of Foreign Affairs Badr Abdelatty'),
      P('Ramtane Lamamra'),
      O('United Nations', 'UN'),
      O('Rapid Support Forces', 'RSF'),
      S('Sudan'),
      E('Abdelatty-Lamamra call', ['spoke with', 'Abdelatty-Lamamra telephone call'], '2025-04-13'),
      E('bombardment of the Zamzam camp by the Rapid Support Forces', [
        'bombardment of the Zamzam camp',
        'attack on Zamzam camp',
      ]),
    ],
    relations: [
      ...dis('Abdelatty-Lamamra call', 'bombardment of the Zamzam camp by the Rapid Support Forces'),
      ...inv('bombardment of the Zamzam camp by the Rapid Support Forces', 'Rapid Support Forces', 'Sudan'),
    ],
  },
  {
    id: 'par-demonym-air-strike-on-consular-building-of-third-state-in-capital',
    form: 'foreign ministry: "They discussed the <demonym> air strike on the <demonym> consular building in <capital>" (actor, the building\'s state and the capital\'s state)',
    date: '2024-04-02',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text:
      'Russian Foreign Minister Sergey Lavrov held a telephone conversation with Iranian Foreign Minister Hossein Amir-Abdollahian on 2 April 2024. ' +
      'They discussed the Israeli air strike on the Iranian consular building in Damascus.',
    entities: [
      P('Sergey Lavrov', 'Russian Foreign Minister Sergey Lavrov'),
      P('Hossein Amir-Abdollahian'),
      RUSSIA,
      S('Iran', 'Iranian'),
      S('Israel', 'Israeli'),
      S('Syria'),
      E(
        'Lavrov-Amir-Abdollahian telephone conversation',
        ['telephone conversation', 'Lavrov-Amir-Abdollahian call'],
        '2024-04-02',
      ),
      E('Israeli air strike on the Iranian consular building in Damascus', [
        'air strike on the Iranian consulate in Damascus',
      ]),
    ],
    relations: [
      ...dis(
        'Lavrov-Amir-Abdollahian telephone conversation',
        'Israeli air strike on the Iranian consular building in Damascus',
      ),
      ...inv('Israeli air strike on the Iranian consular building in Damascus', 'Israel', 'Iran', 'Syria'),
    ],
  },
  {
    id: 'par-terrorist-attack-on-demonym-company-facility-in-capital',
    form: 'foreign ministry statement: "We strongly condemn the terrorist attack on the <demonym> Aerospace Industries facility in <capital> on 23 October" (target by demonym and capital)',
    date: '2024-10-23',
    source: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
    text:
      'We strongly condemn the terrorist attack on the Turkish Aerospace Industries facility in Ankara on 23 October. ' +
      'Azerbaijan stands in solidarity with brotherly Türkiye.',
    entities: [
      S('Azerbaijan'),
      S('Turkey', 'Türkiye', 'Turkish'),
      E('terrorist attack on the Turkish Aerospace Industries facility in Ankara', [
        'terrorist attack in Ankara',
        'attack on TUSAŞ',
      ]),
    ],
    relations: [...inv('terrorist attack on the Turkish Aerospace Industries facility in Ankara', 'Turkey')],
  },
  {
    id: 'par-attack-on-a-mission-base-in-town-wounding-demonym-peacekeepers',
    form: 'UN Security Council press statement: "condemned the attack on a MONUSCO base in X, in the eastern Democratic Republic of the Congo, which wounded peacekeepers from Y" (the mission, the place\'s state and the peacekeepers\')',
    date: '2024-11-01',
    source: 'United Nations Security Council',
    text: 'The members of the Security Council condemned in the strongest terms the attack on a MONUSCO base in Sake, in the eastern Democratic Republic of the Congo, on 31 October, which wounded peacekeepers from South Africa.',
    entities: [
      O('United Nations Security Council', 'Security Council'),
      O('MONUSCO'),
      S('Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo, The Democratic Republic of the'),
      S('South Africa'),
      E('attack on a MONUSCO base in Sake', ['attack on a MONUSCO base']),
    ],
    relations: [
      ...inv('attack on a MONUSCO base in Sake', 'MONUSCO', 'Democratic Republic of the Congo', 'South Africa'),
    ],
  },
  {
    id: 'par-capital-as-actor-launch-of-reconnaissance-satellite',
    form: 'MOFA: "strongly condemned Pyongyang\'s launch of a military reconnaissance satellite the previous night" (the actor by its capital as possessive)',
    date: '2023-11-22',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'Foreign Minister Park Jin and Japanese Foreign Minister Kamikawa Yoko held a phone call on 22 November 2023. ' +
      "The two ministers strongly condemned Pyongyang's launch of a military reconnaissance satellite the previous night.",
    entities: [
      P('Park Jin', 'Foreign Minister Park Jin'),
      P('Yoko Kamikawa', 'Kamikawa Yoko'),
      S('Japan', 'Japanese'),
      S('North Korea', 'DPRK'),
      E('Park-Kamikawa phone call', ['phone call', 'Park Jin-Kamikawa call'], '2023-11-22'),
      E("Pyongyang's launch of a military reconnaissance satellite", [
        'launch of a military reconnaissance satellite',
        'North Korean satellite launch',
      ]),
    ],
    relations: [
      ...dis('Park-Kamikawa phone call', "Pyongyang's launch of a military reconnaissance satellite"),
      ...inv("Pyongyang's launch of a military reconnaissance satellite", 'North Korea'),
    ],
  },
  {
    id: 'par-incursion-of-demonym-personnel-into-region-of-state',
    form: 'Commonwealth Secretariat: "deeply concerned by the incursion of <demonym> naval vessels into the maritime area of Y off the X region" (actor by demonym before a vessel noun, target by "area of")',
    date: '2025-03-03',
    source: 'Commonwealth Secretariat',
    text:
      'The Commonwealth Secretary-General, the Rt Hon Patricia Scotland KC, is deeply concerned by the incursion of Venezuelan naval vessels into the maritime area of Guyana off the Essequibo region on 1 March. ' +
      "She reaffirms the Commonwealth's support for the sovereignty and territorial integrity of Guyana.",
    entities: [
      P('Patricia Scotland', 'the Rt Hon Patricia Scotland KC'),
      O('Commonwealth'),
      S('Venezuela', 'Venezuelan'),
      S('Guyana'),
      E('incursion of Venezuelan naval vessels into the maritime area of Guyana', [
        'incursion of Venezuelan naval vessels',
      ]),
    ],
    relations: [
      ...inv('incursion of Venezuelan naval vessels into the maritime area of Guyana', 'Venezuela', 'Guyana'),
    ],
  },
  {
    id: 'par-air-strike-on-village-in-possessive-region',
    form: 'ASEAN Chair: "As ASEAN Chair, X strongly condemns the air strike on the village of A in <state>\'s B Region on Date" (the region\'s state as possessive, no actor named)',
    date: '2023-04-12',
    source: 'ASEAN Chair (Indonesia)',
    text: "As ASEAN Chair, Indonesia strongly condemns the air strike on the village of Pazigyi in Myanmar's Sagaing Region on 11 April 2023, which killed scores of civilians.",
    entities: [
      O('ASEAN'),
      S('Indonesia'),
      S('Myanmar'),
      E('air strike on the village of Pazigyi', ['air strike on Pazigyi', 'Pazigyi air strike']),
    ],
    relations: [...inv('air strike on the village of Pazigyi', 'Myanmar')],
  },
  {
    id: 'par-attack-on-demonym-engineers-convoy-target-by-nationals',
    form: 'wire: "The ministers discussed the attack on a convoy of <demonym> engineers in <region> in March, in which five <demonym> nationals were killed" (the victims\' state, the region\'s)',
    date: '2024-04-25',
    source: 'Associated Press of Pakistan',
    text:
      'ISLAMABAD, April 25 (APP) - Foreign Minister Ishaq Dar and Chinese Ambassador Jiang Zaidong met at the Foreign Office on Thursday. ' +
      'The two sides discussed the suicide attack on a convoy of Chinese engineers in Besham in March, in which five Chinese nationals were killed.',
    entities: [
      P('Ishaq Dar', 'Foreign Minister Ishaq Dar'),
      P('Jiang Zaidong', 'Chinese Ambassador Jiang Zaidong'),
      S('China', 'Chinese'),
      S('Pakistan'),
      E(
        'Dar-Jiang meeting in Islamabad',
        ['met', 'Dar-Jiang Zaidong meeting', 'meeting at the Foreign Office'],
        '2024-04-25',
      ),
      E('suicide attack on a convoy of Chinese engineers in Besham', [
        'attack on a convoy of Chinese engineers',
        'Besham attack',
      ]),
    ],
    relations: [
      ...dis('Dar-Jiang meeting in Islamabad', 'suicide attack on a convoy of Chinese engineers in Besham'),
      ...inv('suicide attack on a convoy of Chinese engineers in Besham', 'China', 'Pakistan'),
    ],
  },
];

/** One incident referred to twice: the later "the attack" is the same node. */
const TWICE: BankCase[] = [
  {
    id: 'twice-shooting-at-venue-near-capital-then-the-attack',
    form: 'wire: "sent a message of condolence … over the shooting at the X concert venue near <capital>. Y said … strongly condemned the attack" (one node; a message is no meeting)',
    date: '2024-03-23',
    source: 'Reuters',
    text:
      'BEIJING, March 23 (Reuters) - Chinese President Xi Jinping sent a message of condolence to Russian President Vladimir Putin on Saturday over the shooting at the Crocus City Hall concert venue near Moscow. ' +
      'Xi said China opposed all forms of terrorism and strongly condemned the attack.',
    entities: [
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      P('Vladimir Putin', 'Russian President Vladimir Putin'),
      S('China', 'Chinese'),
      RUSSIA,
      E('shooting at the Crocus City Hall concert venue', [
        'the attack',
        'Crocus City Hall attack',
        'attack on Crocus City Hall',
      ]),
    ],
    relations: [...inv('shooting at the Crocus City Hall concert venue', 'Russia')],
  },
  {
    id: 'twice-demonym-missile-strike-on-hospital-then-the-strike',
    form: 'Irish government: "spoke with … following the <demonym> missile strike on the X children\'s hospital in <capital>. The Tánaiste said the strike was …" (one node)',
    date: '2024-07-09',
    source: 'Department of Foreign Affairs, Ireland',
    text:
      "Tánaiste Micheál Martin spoke with Ukrainian Foreign Minister Dmytro Kuleba on 9 July 2024 following the Russian missile strike on the Okhmatdyt children's hospital in Kyiv. " +
      'The Tánaiste said the strike was an appalling violation of international humanitarian law.',
    entities: [
      P('Micheál Martin', 'Tánaiste Micheál Martin', 'The Tánaiste'),
      P('Dmytro Kuleba'),
      UKRAINE,
      RUSSIA,
      E('Martin-Kuleba call', ['spoke with', 'Martin-Kuleba telephone call'], '2024-07-09'),
      E("Russian missile strike on the Okhmatdyt children's hospital in Kyiv", [
        'the strike',
        'missile strike on the Okhmatdyt hospital',
      ]),
    ],
    relations: [
      ...dis('Martin-Kuleba call', "Russian missile strike on the Okhmatdyt children's hospital in Kyiv"),
      ...inv("Russian missile strike on the Okhmatdyt children's hospital in Kyiv", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'twice-launch-told-by-verb-then-protest-against-the-launch',
    form: 'MOFA press release: "X launched an intercontinental ballistic missile from the vicinity of Y at around 7:11 this morning … lodged a strong protest against the launch" (the incident told by a verb, named later by "the launch")',
    date: '2024-10-31',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'North Korea launched an intercontinental ballistic missile from the vicinity of Pyongyang at around 7:11 this morning. ' +
      'Japan lodged a strong protest against the launch with North Korea through the embassy channel in Beijing.',
    entities: [
      S('North Korea'),
      S('Japan'),
      E(
        'launch of an intercontinental ballistic missile by North Korea',
        ['the launch', 'North Korean ICBM launch'],
        '2024-10-31',
      ),
    ],
    relations: [...inv('launch of an intercontinental ballistic missile by North Korea', 'North Korea')],
  },
  {
    id: 'twice-damage-to-cables-linking-pairs-then-the-incident',
    form: 'foreign ministry: "discussed with … the damage to the undersea cables linking A with B and C with D. The ministers agreed that the incident must be investigated" (a head the lexicon lacks; the incident referred back to)',
    date: '2024-11-19',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Foreign Minister Gabrielius Landsbergis discussed with his Finnish counterpart Elina Valtonen on 19 November 2024 the damage to the undersea cables linking Finland with Germany and Lithuania with Sweden. ' +
      'The ministers agreed that the incident must be investigated thoroughly.',
    entities: [
      P('Gabrielius Landsbergis', 'Foreign Minister Gabrielius Landsbergis'),
      P('Elina Valtonen'),
      S('Finland', 'Finnish'),
      S('Germany'),
      S('Lithuania'),
      S('Sweden'),
      E('Landsbergis-Valtonen call', ['discussed with', 'Landsbergis-Valtonen conversation'], '2024-11-19'),
      E('damage to the undersea cables in the Baltic Sea', ['the incident', 'damage to the undersea cables']),
    ],
    relations: [
      ...dis('Landsbergis-Valtonen call', 'damage to the undersea cables in the Baltic Sea'),
      ...inv('damage to the undersea cables in the Baltic Sea', 'Finland', 'Germany', 'Lithuania', 'Sweden'),
    ],
  },
  {
    id: 'twice-named-attack-then-this-attack-in-a-later-call',
    form: 'presidency: "expressed condolences for the attack on the X in Y on Date. The two presidents agreed that those behind this attack must be brought to justice" ("this attack": one node)',
    date: '2025-03-12',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan spoke by telephone with Pakistani Prime Minister Shehbaz Sharif on 12 March 2025 and expressed condolences for the attack on the Jaffar Express passenger train in Balochistan on 11 March. ' +
      'The two leaders agreed that those behind this attack must be brought to justice.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      P('Shehbaz Sharif'),
      S('Turkey', 'Türkiye'),
      S('Pakistan', 'Pakistani'),
      E('Erdoğan-Sharif call', ['spoke by telephone', 'Erdoğan-Sharif telephone call'], '2025-03-12'),
      E('attack on the Jaffar Express passenger train in Balochistan', [
        'this attack',
        'attack on the Jaffar Express',
        'Jaffar Express hijacking',
      ]),
    ],
    relations: [
      ...dis('Erdoğan-Sharif call', 'attack on the Jaffar Express passenger train in Balochistan'),
      ...inv('attack on the Jaffar Express passenger train in Balochistan', 'Pakistan'),
    ],
  },
];

/** Wars, conflicts and crises as events, and a situation with a date. */
const CRISES: BankCase[] = [
  {
    id: 'cris-war-in-state-other-party-named-after',
    form: 'presidency: "The two presidents discussed the war in X and agreed that any lasting settlement must involve both Y and X" (the other party named in the same sentence)',
    date: '2025-02-22',
    source: 'Presidência da República (Planalto)',
    text:
      'President Luiz Inácio Lula da Silva spoke by telephone with President Cyril Ramaphosa of South Africa on 22 February 2025. ' +
      'The two presidents discussed the war in Ukraine and agreed that any lasting settlement must involve both Russia and Ukraine.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva'),
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa'),
      S('South Africa'),
      UKRAINE,
      RUSSIA,
      E('Lula-Ramaphosa call', ['spoke by telephone', 'Lula-Ramaphosa telephone call'], '2025-02-22'),
      E('war in Ukraine', ['Russia-Ukraine war']),
    ],
    relations: [...dis('Lula-Ramaphosa call', 'war in Ukraine'), ...inv('war in Ukraine', 'Ukraine', 'Russia')],
  },
  {
    id: 'cris-crisis-in-the-east-of-state-and-talks-with-group',
    form: 'presidency: "received B in City on Date to discuss the crisis in the east of X and the direct talks between <capital> and the Y" (a crisis in a part of a state; planned talks by capital and group)',
    date: '2025-03-11',
    source: 'Presidency of the Republic of Angola',
    text: 'President João Lourenço received President Félix Tshisekedi in Luanda on 11 March 2025 to discuss the crisis in the east of the Democratic Republic of the Congo and the direct talks between Kinshasa and the M23.',
    entities: [
      P('João Lourenço', 'President João Lourenço'),
      P('Félix Tshisekedi', 'President Félix Tshisekedi'),
      S('Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo, The Democratic Republic of the'),
      O('M23', 'March 23 Movement'),
      E('Lourenço-Tshisekedi meeting in Luanda', ['received', 'Lourenço-Tshisekedi meeting'], '2025-03-11'),
      E('crisis in the east of the Democratic Republic of the Congo', ['crisis in eastern DRC']),
      E('direct talks between Kinshasa and the M23', ['direct talks']),
    ],
    relations: [
      ...dis(
        'Lourenço-Tshisekedi meeting in Luanda',
        'crisis in the east of the Democratic Republic of the Congo',
        'direct talks between Kinshasa and the M23',
      ),
      ...inv('crisis in the east of the Democratic Republic of the Congo', 'Democratic Republic of the Congo'),
      ...inv('direct talks between Kinshasa and the M23', 'Democratic Republic of the Congo', 'M23'),
    ],
  },
  {
    id: 'cris-military-confrontation-between-two-states',
    form: 'FCDO: "welcomed the ceasefire ending the military confrontation between A and B" (a head the lexicon lacks, two states after "between")',
    date: '2025-05-10',
    source: 'Foreign, Commonwealth & Development Office',
    text:
      'The Foreign Secretary spoke to Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar on 10 May 2025. ' +
      'He welcomed the ceasefire ending the military confrontation between India and Pakistan and urged both sides to sustain it.',
    entities: [
      P('David Lammy', 'The Foreign Secretary'),
      P('Ishaq Dar', 'Deputy Prime Minister and Foreign Minister Ishaq Dar'),
      S('Pakistan', 'Pakistani'),
      S('India'),
      E('Lammy-Dar call', ['spoke to', 'Lammy-Dar telephone call'], '2025-05-10'),
      E('military confrontation between India and Pakistan', [
        'India-Pakistan military confrontation',
        'India-Pakistan conflict',
      ]),
    ],
    relations: [
      ...dis('Lammy-Dar call', 'military confrontation between India and Pakistan'),
      ...inv('military confrontation between India and Pakistan', 'India', 'Pakistan'),
    ],
  },
  {
    id: 'cris-situation-in-state-since-date',
    form: 'presidency: "received B … to discuss the situation in X since 30 August" (a situation dated from a seizure of power: a crisis, as the dev gold\'s "situation in Myanmar since 1 February")',
    date: '2023-09-02',
    source: 'Presidency of the Republic of the Congo',
    text: 'President Denis Sassou Nguesso, Chairman in office of the Economic Community of Central African States, received President Teodoro Obiang Nguema Mbasogo of Equatorial Guinea in Oyo on 2 September 2023 to discuss the situation in Gabon since 30 August.',
    entities: [
      P('Denis Sassou Nguesso', 'President Denis Sassou Nguesso'),
      P('Teodoro Obiang Nguema Mbasogo'),
      O('Economic Community of Central African States', 'ECCAS'),
      S('Equatorial Guinea'),
      S('Gabon'),
      E('Sassou Nguesso-Obiang meeting in Oyo', ['received', 'Sassou Nguesso-Obiang meeting'], '2023-09-02'),
      E('situation in Gabon since 30 August', ['crisis in Gabon', 'Gabon coup']),
    ],
    relations: [
      ...dis('Sassou Nguesso-Obiang meeting in Oyo', 'situation in Gabon since 30 August'),
      ...inv('situation in Gabon since 30 August', 'Gabon'),
    ],
  },
  {
    id: 'cris-escalation-in-sea-and-demonym-attacks-on-shipping',
    form: 'EU High Representative: "They discussed the escalation in the Red Sea, where <demonym> attacks on merchant shipping have disrupted traffic through the X" (an escalation as the crisis; the attacks a second incident)',
    date: '2024-01-19',
    source: 'European External Action Service',
    text:
      'High Representative Josep Borrell spoke with Egyptian Minister of Foreign Affairs Sameh Shoukry on 19 January 2024. ' +
      'They discussed the escalation in the Red Sea, where Houthi attacks on merchant shipping have disrupted traffic through the Suez Canal.',
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell'),
      P('Sameh Shoukry'),
      O('European Union', 'EU'),
      S('Egypt', 'Egyptian'),
      O('Ansar Allah', 'Houthis', 'Houthi'),
      E('Borrell-Shoukry call', ['spoke with', 'Borrell-Shoukry telephone call'], '2024-01-19'),
      E('escalation in the Red Sea', ['Red Sea escalation', 'Red Sea crisis']),
      E('Houthi attacks on merchant shipping', ['attacks on merchant shipping']),
    ],
    relations: [
      ...dis('Borrell-Shoukry call', 'escalation in the Red Sea', 'Houthi attacks on merchant shipping'),
      ...inv('escalation in the Red Sea', 'Ansar Allah'),
      ...inv('Houthi attacks on merchant shipping', 'Ansar Allah'),
    ],
  },
  {
    id: 'cris-escalation-of-violence-in-state-including-an-air-strike',
    form: 'ASEAN foreign ministers: "expressed grave concern over the escalation of violence in X, including the air strike on a school in the Y Region" (a crisis and an incident it includes, each with its state)',
    date: '2022-09-22',
    source: 'ASEAN Secretariat',
    text:
      'The ASEAN Foreign Ministers met informally on the margins of the 77th session of the United Nations General Assembly in New York on 22 September 2022. ' +
      'They expressed grave concern over the escalation of violence in Myanmar, including the air strike on a school in the Sagaing Region on 16 September.',
    entities: [
      O('ASEAN'),
      O('United Nations General Assembly', 'UN General Assembly'),
      S('Myanmar'),
      E(
        'informal meeting of ASEAN Foreign Ministers in New York',
        ['met informally', "ASEAN Foreign Ministers' informal meeting"],
        '2022-09-22',
      ),
      E('77th session of the United Nations General Assembly', ['UN General Assembly']),
      E('escalation of violence in Myanmar', ['violence in Myanmar']),
      E('air strike on a school in the Sagaing Region', ['air strike on a school in Sagaing']),
    ],
    relations: [
      ...dis(
        'informal meeting of ASEAN Foreign Ministers in New York',
        'escalation of violence in Myanmar',
        'air strike on a school in the Sagaing Region',
      ),
      ...inv('informal meeting of ASEAN Foreign Ministers in New York', 'ASEAN'),
      ...inv('escalation of violence in Myanmar', 'Myanmar'),
      ...inv('air strike on a school in the Sagaing Region', 'Myanmar'),
    ],
  },
];

/** Negatives: generic, hypothetical, denied or prevented incidents, and words that are no incident. */
const NEGATIVES: BankCase[] = [
  {
    id: 'negative-any-attack-on-shipping-is-unacceptable',
    form: 'negative: "agreed that any attack on commercial shipping in the X is unacceptable" (a generic attack: no Event)',
    date: '2024-02-06',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Minister for Foreign Affairs KAMIKAWA Yoko held a meeting with Minister of Foreign Affairs of Egypt Sameh Shoukry in Cairo on 6 February 2024. ' +
      'The two ministers agreed that any attack on commercial shipping in the Red Sea is unacceptable and that freedom of navigation must be upheld.',
    entities: [
      P('Yoko Kamikawa', 'KAMIKAWA Yoko'),
      P('Sameh Shoukry'),
      S('Egypt'),
      E('Kamikawa-Shoukry meeting in Cairo', ['meeting', "Japan-Egypt Foreign Ministers' Meeting"], '2024-02-06'),
    ],
    relations: [],
  },
  {
    id: 'negative-risk-of-further-escalation-and-terrorism-in-all-its-forms',
    form: 'negative: "expressed concern about the risk of further escalation in the region and condemned terrorism in all its forms and manifestations" (no Event)',
    date: '2024-08-06',
    source: 'Ministry of External Affairs, India',
    text:
      'External Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister Vivian Balakrishnan of Singapore in New Delhi on 6 August 2024. ' +
      'The ministers expressed concern about the risk of further escalation in the region and condemned terrorism in all its forms and manifestations.',
    entities: [
      P('S. Jaishankar', 'Dr. S. Jaishankar'),
      P('Vivian Balakrishnan'),
      S('Singapore'),
      E('Jaishankar-Balakrishnan talks in New Delhi', ['talks', 'Jaishankar-Balakrishnan talks'], '2024-08-06'),
    ],
    relations: [],
  },
  {
    id: 'negative-cooperation-helped-to-prevent-a-terrorist-attack',
    form: 'negative: "thanked … for the cooperation that had helped to prevent a terrorist attack" (an attack prevented: no Event)',
    date: '2024-05-14',
    source: 'Ministry of the Interior of Spain',
    text:
      'Minister of the Interior Fernando Grande-Marlaska met his Moroccan counterpart Abdelouafi Laftit in Rabat on 14 May 2024. ' +
      'He thanked the Moroccan authorities for the cooperation that had helped to prevent a terrorist attack in Spain earlier in the year.',
    entities: [
      P('Fernando Grande-Marlaska', 'Minister of the Interior Fernando Grande-Marlaska'),
      P('Abdelouafi Laftit'),
      S('Morocco', 'Moroccan'),
      S('Spain'),
      E('Grande-Marlaska-Laftit meeting in Rabat', ['met', 'Grande-Marlaska-Laftit meeting'], '2024-05-14'),
    ],
    relations: [],
  },
  {
    id: 'negative-denied-preparing-a-military-offensive',
    form: 'negative: "The ministry denied that it was preparing a military offensive against X" (an incident only denied: no Event)',
    date: '2023-10-04',
    source: 'Ministry of Foreign Affairs of Azerbaijan',
    text: 'The Ministry of Foreign Affairs denied on Wednesday that Azerbaijan was preparing a military offensive against Armenia and called such reports a provocation.',
    entities: [S('Azerbaijan'), S('Armenia')],
    relations: [],
  },
  {
    id: 'negative-general-strike-called-by-trade-unions',
    form: 'negative: "discussed the effects of the general strike called by the trade unions on port operations" (a labour strike: no incident)',
    date: '2024-05-10',
    source: 'Ministério das Relações Exteriores (Itamaraty)',
    text:
      'Foreign Minister Mauro Vieira met the Argentine Foreign Minister Diana Mondino in Brasília on 10 May 2024. ' +
      'They discussed the effects of the general strike called by the trade unions on port operations and on bilateral trade.',
    entities: [
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira'),
      P('Diana Mondino'),
      S('Argentina', 'Argentine'),
      E('Vieira-Mondino meeting in Brasília', ['met', 'Vieira-Mondino meeting'], '2024-05-10'),
    ],
    relations: [],
  },
  {
    id: 'negative-attacks-on-the-multilateral-trading-system',
    form: 'negative: "rejected attacks on the multilateral trading system and on international law" (figurative attacks: no Event)',
    date: '2025-04-15',
    source: 'Government of Canada',
    text:
      'Minister of Foreign Affairs Mélanie Joly met with the European Commissioner for Trade and Economic Security, Maroš Šefčovič, in Ottawa on 15 April 2025. ' +
      'They rejected attacks on the multilateral trading system and on international law.',
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly'),
      P('Maroš Šefčovič'),
      O('European Commission'),
      E('Joly-Šefčovič meeting in Ottawa', ['met with', 'Joly-Šefčovič meeting'], '2025-04-15'),
    ],
    relations: [],
  },
  {
    id: 'negative-hypothetical-strike-on-nuclear-facilities',
    form: 'negative: "warned that any strike on nuclear facilities in the region would have grave consequences" (hypothetical: no Event)',
    date: '2024-10-10',
    source: 'Ministry of Foreign Affairs of Oman',
    text:
      'Sayyid Badr Albusaidi, Minister of Foreign Affairs, received the Foreign Minister of Ireland, Micheál Martin, in Muscat on 10 October 2024. ' +
      'The two ministers warned that any strike on nuclear facilities in the region would have grave consequences.',
    entities: [
      P('Badr Albusaidi', 'Sayyid Badr Albusaidi'),
      P('Micheál Martin'),
      S('Ireland'),
      E('Albusaidi-Martin meeting in Muscat', ['received', 'Albusaidi-Martin meeting'], '2024-10-10'),
    ],
    relations: [],
  },
  {
    id: 'negative-nuclear-war-cannot-be-won-and-the-war-on-drugs',
    form: 'negative: "reaffirmed that a nuclear war cannot be won and must never be fought … cooperation in the war on drugs" (generic and figurative wars: no Event)',
    date: '2023-11-17',
    source: 'The White House',
    text:
      'President Biden met President López Obrador of Mexico in San Francisco on 17 November 2023. ' +
      'The leaders reaffirmed that a nuclear war cannot be won and must never be fought, and discussed cooperation in the war on drugs.',
    entities: [
      P('Joe Biden', 'President Biden'),
      P('Andrés Manuel López Obrador', 'President López Obrador'),
      S('Mexico'),
      E('Biden-López Obrador meeting in San Francisco', ['met', 'Biden-López Obrador meeting'], '2023-11-17'),
    ],
    relations: [],
  },
  {
    id: 'negative-post-war-reconstruction-and-crisis-of-confidence',
    form: 'negative: "the post-war reconstruction of X" and "the crisis of confidence in multilateral institutions" (war as a modifier, a figurative crisis: no Event)',
    date: '2024-06-11',
    source: 'Federal Foreign Office, Germany',
    text:
      'Foreign Minister Annalena Baerbock met Japanese Foreign Minister Kamikawa Yoko in Berlin on 11 June 2024. ' +
      'They discussed the post-war reconstruction of Ukraine and the crisis of confidence in multilateral institutions.',
    entities: [
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock'),
      P('Yoko Kamikawa', 'Kamikawa Yoko'),
      S('Japan', 'Japanese'),
      UKRAINE,
      E('Baerbock-Kamikawa meeting in Berlin', ['met', 'Baerbock-Kamikawa meeting'], '2024-06-11'),
    ],
    relations: [...dis('Baerbock-Kamikawa meeting in Berlin', 'Ukraine')],
  },
  {
    id: 'negative-in-the-event-of-an-armed-attack-against-an-ally',
    form: 'negative: "reaffirmed that an armed attack against one Ally shall be considered an attack against them all" (a treaty commitment: no Event)',
    date: '2024-04-04',
    source: 'NATO',
    text:
      'NATO Foreign Ministers met in Brussels on 4 April 2024. ' +
      'They reaffirmed that an armed attack against one Ally shall be considered an attack against them all.',
    entities: [
      O('NATO'),
      E(
        'meeting of NATO Foreign Ministers in Brussels',
        ["NATO Foreign Ministers' meeting", 'met in Brussels'],
        '2024-04-04',
      ),
    ],
    relations: [...inv('meeting of NATO Foreign Ministers in Brussels', 'NATO')],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...NOMINAL,
  ...PARTICIPIAL,
  ...COORDINATED,
  ...PARTIES,
  ...TWICE,
  ...CRISES,
  ...NEGATIVES,
];
