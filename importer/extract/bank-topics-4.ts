// The fourth topics paraphrase bank (issue 6, round top15): a blind bank written before any rule change of the round,
// on INVOLVES and DISCUSSED told in constructions the topics, topics-2, topics-3 and incidents banks do not hold, in the
// voices of Gulf, African, Latin American, Asian and Pacific ministries and presidencies, UN, AU, EU and OSCE bodies and
// wire agencies: events whose only stated parties are states or bodies (a "Director-General-level consultations
// between A and B", a "Binational Cabinet", "the EU–AU ministerial meeting", "border talks" of two demonyms, "the two
// countries' Joint Commission", consultations "with B" in A's own readout), parties told by adjectives ("the Libyan
// crisis", "Russian drone incursions into Moldovan airspace", "Qatari-mediated talks"), by "on"/"by"/"of"; and the
// topics of a meeting told in many ways ("The agenda of the meeting included", "took stock of", lists after a colon,
// "High on the agenda were", "In the course of the meeting, the sides addressed", "held discussions with B in City
// on", "said after talks … that they had discussed", "The meeting provided an opportunity to review"); negatives: the
// participants' own states, background history, an earlier meeting's topics, "thanked … for", regions, named
// co-chairs. Same format and runner as topics-3 (`npm run bank -- topics-4`): Events, DISCUSSED and INVOLVES are its
// facts.
// First, blind pass (bank ca1209d, rules of main 7741b44): 107 / 194 facts, 23 / 58 cases, 30 false facts. After the
// top15 rules (rules-top15.ts, rules-top15-events.ts): 139 / 194, 36 / 58 cases, 25 false facts (docs/first-look.md, "top15").
import { type BankCase, A, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const STATE_ONLY_EVENTS: BankCase[] = [
  {
    id: 'dg-level-consultations-between',
    form: '"Director-General-level consultations between A and B were held in City" (no person named)',
    date: '2024-06-18',
    source: 'Ministry of Foreign Affairs of Thailand',
    text:
      'Director-General-level consultations between Thailand and Cambodia were held in Siem Reap on 18 June. ' +
      'The delegations reviewed the demarcation of the common land boundary.',
    entities: [
      S('Thailand'),
      S('Cambodia'),
      E(
        'Thailand-Cambodia Director-General-level consultations in Siem Reap',
        ['Director-General-level consultations'],
        '2024-06-18',
      ),
    ],
    relations: [...inv('Thailand-Cambodia Director-General-level consultations in Siem Reap', 'Thailand', 'Cambodia')],
  },
  {
    id: 'joint-commission-session-en-dash',
    form: '"The ministerial session of the A–B Joint Commission of Cooperation ended in City" (en dash, no person)',
    date: '2024-09-13',
    source: 'Ministry of External Relations of Angola',
    text:
      'The ministerial session of the Angola–Namibia Joint Commission of Cooperation ended in Windhoek on Friday ' +
      'with the adoption of a programme of joint patrols along the Kunene River.',
    entities: [
      S('Angola'),
      S('Namibia'),
      E(
        'ministerial session of the Angola–Namibia Joint Commission of Cooperation',
        ['Angola–Namibia Joint Commission of Cooperation'],
        '2024-09-13',
      ),
    ],
    relations: [
      ...inv('ministerial session of the Angola–Namibia Joint Commission of Cooperation', 'Angola', 'Namibia'),
    ],
  },
  {
    id: 'two-bodies-ministerial-meeting',
    form: '"The EU–AU ministerial meeting took place in City. Ministers discussed …" (two bodies, a planned summit of both)',
    date: '2025-05-21',
    source: 'Council of the European Union',
    text:
      'The EU–AU ministerial meeting took place in Brussels on 21 May. ' +
      'Ministers discussed the situation in Sudan and the preparations for the next AU–EU Summit.',
    entities: [
      O('European Union', 'EU'),
      O('African Union', 'AU'),
      S('Sudan'),
      E('EU–AU ministerial meeting in Brussels', ['EU–AU ministerial meeting'], '2025-05-21'),
      E('next AU–EU Summit', ['AU–EU Summit']),
    ],
    relations: [
      ...inv('EU–AU ministerial meeting in Brussels', 'European Union', 'African Union'),
      ...dis('EU–AU ministerial meeting in Brussels', 'Sudan', 'next AU–EU Summit'),
      ...inv('next AU–EU Summit', 'African Union', 'European Union'),
    ],
  },
  {
    id: 'border-talks-by-demonyms',
    form: 'wire: "A-ian and B-ian government delegations wrapped up another round of border talks in City"',
    date: '2024-11-06',
    source: 'AKIpress',
    text:
      'Kyrgyz and Tajik government delegations wrapped up another round of border talks in Batken on Wednesday, ' +
      'the Kyrgyz security service said.',
    entities: [
      S('Kyrgyzstan', 'Kyrgyz'),
      S('Tajikistan', 'Tajik'),
      E('Kyrgyzstan-Tajikistan border talks in Batken', ['border talks', 'round of border talks'], '2024-11-06'),
    ],
    relations: [...inv('Kyrgyzstan-Tajikistan border talks in Batken', 'Kyrgyzstan', 'Tajikistan')],
  },
  {
    id: 'trilateral-summit-agreed-by-states',
    form: 'wire: "A, B and C agreed to hold their trilateral summit in City" (planned, states as subject)',
    date: '2023-11-26',
    source: 'Yonhap',
    text:
      'South Korea, Japan and China agreed to hold their trilateral summit in Seoul at the earliest convenient time, ' +
      "Seoul's foreign ministry said on Sunday.",
    entities: [S('South Korea'), S('Japan'), S('China'), E('trilateral summit in Seoul', ['trilateral summit'])],
    relations: [...inv('trilateral summit in Seoul', 'South Korea', 'Japan', 'China')],
  },
  {
    id: 'intergovernmental-conference-on-accession',
    form: '"The first intergovernmental conference on the accession of A to the EU was held in City"',
    date: '2024-06-25',
    source: 'Council of the European Union',
    text: 'The first intergovernmental conference on the accession of Moldova to the European Union was held in Luxembourg on 25 June.',
    entities: [
      S('Moldova'),
      O('European Union'),
      E(
        'first intergovernmental conference on the accession of Moldova',
        ['intergovernmental conference'],
        '2024-06-25',
      ),
    ],
    relations: [...inv('first intergovernmental conference on the accession of Moldova', 'Moldova', 'European Union')],
  },
  {
    id: 'discussions-co-chaired-by-bodies',
    form: '"The 60th round of the X Discussions, co-chaired by the OSCE, the EU and the UN, took place" (bodies as co-chairs)',
    date: '2023-12-12',
    source: 'OSCE',
    text: 'The 60th round of the Geneva International Discussions, co-chaired by the OSCE, the EU and the UN, took place on 12 December.',
    entities: [
      O('OSCE'),
      O('European Union', 'EU'),
      O('United Nations', 'UN'),
      E('60th round of the Geneva International Discussions', ['Geneva International Discussions'], '2023-12-12'),
    ],
    relations: [
      ...inv('60th round of the Geneva International Discussions', 'OSCE', 'European Union', 'United Nations'),
    ],
  },
  {
    id: 'binational-cabinet',
    form: '"The Binational Cabinet of A and B met in City" (a cabinet meeting of two states, no person named)',
    date: '2024-10-18',
    source: 'Ministry of Foreign Affairs of Peru',
    text:
      'The Binational Cabinet of Peru and Ecuador met in Tumbes on 18 October and approved a joint action plan ' +
      'on security in the border area.',
    entities: [
      S('Peru'),
      S('Ecuador'),
      E('Binational Cabinet of Peru and Ecuador in Tumbes', ['Binational Cabinet'], '2024-10-18'),
    ],
    relations: [...inv('Binational Cabinet of Peru and Ecuador in Tumbes', 'Peru', 'Ecuador')],
  },
  {
    id: 'bloc-state-dialogue-co-chaired-by-officials',
    form: '"The 31st ASEAN–B Dialogue was held in City, co-chaired by senior officials of both sides"',
    date: '2024-04-15',
    source: 'ASEAN Secretariat',
    text:
      'The 31st ASEAN–New Zealand Dialogue was held in Wellington on 15 April, co-chaired by senior officials of both sides. ' +
      'The meeting reviewed the implementation of the ASEAN–New Zealand Plan of Action.',
    entities: [
      O('ASEAN'),
      S('New Zealand'),
      A('ASEAN–New Zealand Plan of Action'),
      E('31st ASEAN–New Zealand Dialogue', ['ASEAN–New Zealand Dialogue'], '2024-04-15'),
    ],
    relations: [
      ...inv('31st ASEAN–New Zealand Dialogue', 'ASEAN', 'New Zealand'),
      ...dis('31st ASEAN–New Zealand Dialogue', 'ASEAN–New Zealand Plan of Action'),
    ],
  },
  {
    id: 'two-countries-joint-commission-planned',
    form: '"agreed that the two countries\' Joint Commission would meet in City" (parties only as "the two countries")',
    date: '2025-01-08',
    source: 'Ministry of Foreign Affairs of Malaysia',
    text:
      'Foreign Minister Mohamad Hasan received Foreign Minister Sugiono of Indonesia in Putrajaya on 8 January. ' +
      "The ministers agreed that the two countries' Joint Commission would meet in Kuala Lumpur in the second half of the year.",
    entities: [
      P('Mohamad Hasan', 'Foreign Minister Mohamad Hasan'),
      P('Sugiono', 'Foreign Minister Sugiono'),
      S('Malaysia'),
      S('Indonesia'),
      E('Hasan-Sugiono meeting in Putrajaya', ['received'], '2025-01-08'),
      E('Joint Commission meeting in Kuala Lumpur', ['Joint Commission']),
    ],
    relations: [
      ...dis('Hasan-Sugiono meeting in Putrajaya', 'Joint Commission meeting in Kuala Lumpur'),
      ...inv('Joint Commission meeting in Kuala Lumpur', 'Malaysia', 'Indonesia'),
    ],
  },
  {
    id: 'bloc-to-bloc-summit-held',
    form: '"The third EU–CELAC Summit, held in City on …, adopted a declaration" (two bodies, no person)',
    date: '2023-07-18',
    source: 'European Council',
    text: 'The third EU–CELAC Summit, held in Brussels on 17 and 18 July, closed with the adoption of a joint declaration.',
    entities: [
      O('European Union', 'EU'),
      O('Community of Latin American and Caribbean States', 'CELAC'),
      E('third EU–CELAC Summit', ['EU–CELAC Summit'], '2023-07-17'),
    ],
    relations: [...inv('third EU–CELAC Summit', 'European Union', 'Community of Latin American and Caribbean States')],
  },
  {
    id: 'consultations-with-state-in-own-readout',
    form: '"Political consultations with B were held at the Czernin Palace" (the issuer\'s own state implied)',
    date: '2024-05-14',
    source: 'Ministry of Foreign Affairs of the Czech Republic',
    text:
      'Political consultations with Mongolia were held at the Czernin Palace in Prague on 14 May. ' +
      'The delegations discussed cooperation in mining and education.',
    entities: [
      S('Czech Republic', 'Czechia'),
      S('Mongolia'),
      E('Czech-Mongolian political consultations in Prague', ['political consultations'], '2024-05-14'),
    ],
    relations: [...inv('Czech-Mongolian political consultations in Prague', 'Czech Republic', 'Mongolia')],
  },
  {
    id: 'adjective-mediated-talks',
    form: 'wire: "the Qatari-mediated talks between Congo and the M23 rebels in Doha" (mediator as adjective)',
    date: '2025-07-15',
    source: 'Reuters',
    text:
      "Rwanda's foreign minister Olivier Nduhungirehe said on Tuesday that the Qatari-mediated talks between Congo " +
      'and the M23 rebels in Doha were making progress.',
    entities: [
      P('Olivier Nduhungirehe'),
      S('Rwanda'),
      S('Qatar', 'Qatari'),
      S('Democratic Republic of the Congo', 'Congo'),
      O('M23'),
      E('talks between Congo and the M23 in Doha', ['talks']),
    ],
    relations: [...inv('talks between Congo and the M23 in Doha', 'Qatar', 'Democratic Republic of the Congo', 'M23')],
  },
  {
    id: 'negotiations-possessive-with-body',
    form: '"briefed B on A\'s negotiations with the International Monetary Fund" (possessive state, body after "with")',
    date: '2023-07-21',
    source: "President's Media Division, Sri Lanka",
    text:
      'President Ranil Wickremesinghe held talks with Prime Minister Narendra Modi in New Delhi on 21 July. ' +
      "The President briefed Mr Modi on Sri Lanka's negotiations with the International Monetary Fund.",
    entities: [
      P('Ranil Wickremesinghe', 'President Ranil Wickremesinghe'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Mr Modi'),
      S('Sri Lanka'),
      O('International Monetary Fund'),
      E('Wickremesinghe-Modi talks in New Delhi', ['held talks'], '2023-07-21'),
      E("Sri Lanka's negotiations with the International Monetary Fund", ['negotiations']),
    ],
    relations: [
      ...dis('Wickremesinghe-Modi talks in New Delhi', "Sri Lanka's negotiations with the International Monetary Fund"),
      ...inv(
        "Sri Lanka's negotiations with the International Monetary Fund",
        'Sri Lanka',
        'International Monetary Fund',
      ),
    ],
  },
  {
    id: 'tripartite-negotiations-with-two',
    form: '"the tripartite negotiations with B and C on the dam" (the speaker\'s state implied by "tripartite")',
    date: '2023-03-20',
    source: 'Ministry of Foreign Affairs of Egypt',
    text:
      'Foreign Minister Sameh Shoukry met High Representative Josep Borrell in Cairo on 20 March. ' +
      'Mr Shoukry briefed Mr Borrell on the stalled tripartite negotiations between Egypt, Sudan and Ethiopia on the Renaissance Dam.',
    entities: [
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Mr Shoukry'),
      P('Josep Borrell', 'High Representative Josep Borrell', 'Mr Borrell'),
      S('Egypt'),
      S('Sudan'),
      S('Ethiopia'),
      E('Shoukry-Borrell meeting in Cairo', ['met'], '2023-03-20'),
      E('tripartite negotiations on the Renaissance Dam', ['tripartite negotiations']),
    ],
    relations: [
      ...dis('Shoukry-Borrell meeting in Cairo', 'tripartite negotiations on the Renaissance Dam'),
      ...inv('tripartite negotiations on the Renaissance Dam', 'Egypt', 'Sudan', 'Ethiopia'),
    ],
  },
];

const INCIDENT_PARTIES: BankCase[] = [
  {
    id: 'drone-incursions-into-airspace',
    form: '"informed him about the Russian drone incursions into Moldovan airspace" (actor and target as adjectives)',
    date: '2024-02-16',
    source: 'Presidency of the Republic of Moldova',
    text:
      'President Maia Sandu had a telephone conversation with President Klaus Iohannis on 16 February. ' +
      'She informed him about the Russian drone incursions into Moldovan airspace over the past week.',
    entities: [
      P('Maia Sandu', 'President Maia Sandu'),
      P('Klaus Iohannis', 'President Klaus Iohannis'),
      S('Russia', 'Russian'),
      S('Moldova', 'Moldovan'),
      E('Sandu-Iohannis telephone conversation', ['telephone conversation'], '2024-02-16'),
      E('Russian drone incursions into Moldovan airspace', ['drone incursions']),
    ],
    relations: [
      ...dis('Sandu-Iohannis telephone conversation', 'Russian drone incursions into Moldovan airspace'),
      ...inv('Russian drone incursions into Moldovan airspace', 'Russia', 'Moldova'),
    ],
  },
  {
    id: 'adjective-airstrikes-in-region',
    form: '"They discussed the Israeli airstrikes in southern Lebanon" (actor as adjective, the region\'s state)',
    date: '2024-08-28',
    source: 'Presidency of the Council of Ministers of Lebanon',
    text:
      'Prime Minister Najib Mikati received the UNIFIL Head of Mission, Lieutenant General Aroldo Lázaro, at the Grand Serail. ' +
      'They discussed the Israeli airstrikes in southern Lebanon.',
    entities: [
      P('Najib Mikati', 'Prime Minister Najib Mikati'),
      P('Aroldo Lázaro', 'Lieutenant General Aroldo Lázaro'),
      O('UNIFIL'),
      S('Israel', 'Israeli'),
      S('Lebanon'),
      E('Mikati-Lázaro meeting at the Grand Serail', ['received'], '2024-08-28'),
      E('Israeli airstrikes in southern Lebanon', ['airstrikes']),
    ],
    relations: [
      ...dis('Mikati-Lázaro meeting at the Grand Serail', 'Israeli airstrikes in southern Lebanon'),
      ...inv('Israeli airstrikes in southern Lebanon', 'Israel', 'Lebanon'),
    ],
  },
  {
    id: 'attacks-on-flagged-ships',
    form: '"the attacks on A-flagged merchant ships in the Red Sea" (target as flag adjective, no actor)',
    date: '2024-03-05',
    source: 'Ministry of Foreign Affairs of Greece',
    text:
      'Foreign Minister Giorgos Gerapetritis met Foreign Minister Sameh Shoukry in Athens on 5 March. ' +
      'The ministers discussed the attacks on Greek-flagged merchant ships in the Red Sea.',
    entities: [
      P('Giorgos Gerapetritis', 'Foreign Minister Giorgos Gerapetritis'),
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry'),
      S('Greece', 'Greek'),
      E('Gerapetritis-Shoukry meeting in Athens', ['met'], '2024-03-05'),
      E('attacks on Greek-flagged merchant ships in the Red Sea', ['attacks']),
    ],
    relations: [
      ...dis('Gerapetritis-Shoukry meeting in Athens', 'attacks on Greek-flagged merchant ships in the Red Sea'),
      ...inv('attacks on Greek-flagged merchant ships in the Red Sea', 'Greece'),
    ],
  },
  {
    id: 'killing-of-peacekeepers-in-state',
    form: 'UN: "condemned the killing of two A-ian peacekeepers in B" (victims by demonym, the place\'s state, a mission)',
    date: '2024-02-20',
    source: 'United Nations Spokesperson',
    text: 'The Secretary-General condemned the killing of two Nepali peacekeepers serving with MINUSCA in the Central African Republic.',
    entities: [
      S('Nepal', 'Nepali'),
      S('Central African Republic'),
      O('MINUSCA'),
      E('killing of two Nepali peacekeepers in the Central African Republic', ['killing']),
    ],
    relations: [
      ...inv(
        'killing of two Nepali peacekeepers in the Central African Republic',
        'Nepal',
        'Central African Republic',
        'MINUSCA',
      ),
    ],
  },
  {
    id: 'referendum-by-on-region-of',
    form: 'CARICOM: "the referendum held by A on the X region of B" (actor after "by", affected state after "of")',
    date: '2023-12-08',
    source: 'CARICOM Secretariat',
    text:
      'CARICOM Heads of Government met President Irfaan Ali by videoconference on 8 December. ' +
      'They discussed the referendum held by Venezuela on the Essequibo region of Guyana.',
    entities: [
      P('Irfaan Ali', 'President Irfaan Ali'),
      O('CARICOM'),
      S('Venezuela'),
      S('Guyana'),
      E('CARICOM Heads of Government meeting with Irfaan Ali', ['met', 'videoconference'], '2023-12-08'),
      E('Venezuelan referendum on the Essequibo region', ['referendum']),
    ],
    relations: [
      ...dis('CARICOM Heads of Government meeting with Irfaan Ali', 'Venezuelan referendum on the Essequibo region'),
      ...inv('Venezuelan referendum on the Essequibo region', 'Venezuela', 'Guyana'),
    ],
  },
  {
    id: 'incursion-into-airspace-of-balloon',
    form: '"the incursion of a Chinese surveillance balloon into US airspace" (actor and target as adjectives)',
    date: '2023-02-18',
    source: 'U.S. Department of State',
    text:
      'Secretary Antony Blinken met Director Wang Yi on the margins of the Munich Security Conference. ' +
      'The Secretary raised the incursion of a Chinese surveillance balloon into US airspace.',
    entities: [
      P('Antony Blinken', 'Secretary Antony Blinken'),
      P('Wang Yi', 'Director Wang Yi'),
      S('China', 'Chinese'),
      S('United States', 'US'),
      E('Blinken-Wang meeting in Munich', ['met'], '2023-02-18'),
      E('Munich Security Conference'),
      E('incursion of a Chinese surveillance balloon into US airspace', ['incursion']),
    ],
    relations: [
      ...dis('Blinken-Wang meeting in Munich', 'incursion of a Chinese surveillance balloon into US airspace'),
      ...inv('incursion of a Chinese surveillance balloon into US airspace', 'China', 'United States'),
    ],
  },
  {
    id: 'adjective-crisis-and-conflict',
    form: '"exchanged assessments of the Libyan crisis and the Sudanese conflict" (a state only as an adjective)',
    date: '2024-07-02',
    source: 'Ministry of Foreign Affairs of Algeria',
    text:
      'Foreign Minister Ahmed Attaf received Foreign Minister Antonio Tajani in Algiers on 2 July. ' +
      'The two ministers exchanged assessments of the Libyan crisis and the Sudanese conflict.',
    entities: [
      P('Ahmed Attaf', 'Foreign Minister Ahmed Attaf'),
      P('Antonio Tajani', 'Foreign Minister Antonio Tajani'),
      S('Libya', 'Libyan'),
      S('Sudan', 'Sudanese'),
      E('Attaf-Tajani meeting in Algiers', ['received'], '2024-07-02'),
      E('Libyan crisis'),
      E('Sudanese conflict'),
    ],
    relations: [
      ...dis('Attaf-Tajani meeting in Algiers', 'Libyan crisis', 'Sudanese conflict'),
      ...inv('Libyan crisis', 'Libya'),
      ...inv('Sudanese conflict', 'Sudan'),
    ],
  },
  {
    id: 'raised-issue-of-attacks-in-participant-state',
    form: '"He raised the issue of attacks on X temples in B" (an incident in the counterpart\'s state)',
    date: '2023-03-10',
    source: 'Ministry of External Affairs of India',
    text:
      'Prime Minister Narendra Modi held talks with Prime Minister Anthony Albanese of Australia in New Delhi on 10 March. ' +
      'Mr Modi raised the issue of attacks on Hindu temples in Australia.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Mr Modi'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      S('Australia'),
      E('Modi-Albanese talks in New Delhi', ['held talks'], '2023-03-10'),
      E('attacks on Hindu temples in Australia', ['attacks']),
    ],
    relations: [
      ...dis('Modi-Albanese talks in New Delhi', 'attacks on Hindu temples in Australia'),
      ...inv('attacks on Hindu temples in Australia', 'Australia'),
    ],
  },
  {
    id: 'briefed-on-own-elections',
    form: '"briefed B on the preparations for A\'s general elections in December" (an election of a participant\'s state)',
    date: '2024-07-09',
    source: 'Jubilee House, Ghana',
    text:
      'President Nana Addo Dankwa Akufo-Addo met President Emmanuel Macron in Paris on 9 July. ' +
      "He briefed President Macron on the preparations for Ghana's general elections in December.",
    entities: [
      P('Nana Addo Dankwa Akufo-Addo', 'President Nana Addo Dankwa Akufo-Addo'),
      P('Emmanuel Macron', 'President Emmanuel Macron'),
      S('Ghana'),
      E('Akufo-Addo-Macron meeting in Paris', ['met'], '2024-07-09'),
      E("Ghana's general elections", ['general elections']),
    ],
    relations: [
      ...dis('Akufo-Addo-Macron meeting in Paris', "Ghana's general elections"),
      ...inv("Ghana's general elections", 'Ghana'),
    ],
  },
  {
    id: 'situation-following-election',
    form: '"consulted closely on the situation in A following the presidential election of 28 July" (state and its election)',
    date: '2024-08-02',
    source: 'Ministry of Foreign Affairs of Colombia',
    text:
      'Foreign Minister Luis Gilberto Murillo spoke by telephone with Foreign Minister Mauro Vieira on 2 August. ' +
      'The two ministers consulted closely on the situation in Venezuela following the presidential election of 28 July.',
    entities: [
      P('Luis Gilberto Murillo', 'Foreign Minister Luis Gilberto Murillo'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira'),
      S('Venezuela'),
      E('Murillo-Vieira telephone call', ['spoke by telephone'], '2024-08-02'),
      E('Venezuelan presidential election of 28 July', ['presidential election'], '2024-07-28'),
    ],
    relations: [
      ...dis('Murillo-Vieira telephone call', 'Venezuela', 'Venezuelan presidential election of 28 July'),
      ...inv('Venezuelan presidential election of 28 July', 'Venezuela'),
    ],
  },
];

const TOPIC_FORMS: BankCase[] = [
  {
    id: 'talks-covered-colon-list',
    form: '"The talks covered three areas: X, the situation in A, and cooperation within B" (list after a colon)',
    date: '2024-04-03',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Foreign Minister Murat Nurtleu held talks with Foreign Minister Jeyhun Bayramov in Astana on 3 April. ' +
      'The talks covered three areas: trade along the Middle Corridor, the situation in Afghanistan, and cooperation ' +
      'within the Organization of Turkic States.',
    entities: [
      P('Murat Nurtleu', 'Foreign Minister Murat Nurtleu'),
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov'),
      S('Afghanistan'),
      O('Organization of Turkic States'),
      E('Nurtleu-Bayramov talks in Astana', ['held talks'], '2024-04-03'),
    ],
    relations: [...dis('Nurtleu-Bayramov talks in Astana', 'Afghanistan', 'Organization of Turkic States')],
  },
  {
    id: 'agenda-of-meeting-included',
    form: 'WAM: "The agenda of the meeting included the situation in A and preparations for the next B Summit"',
    date: '2024-04-22',
    source: 'Emirates News Agency (WAM)',
    text:
      'Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Foreign Minister Ahmed Attaf in Abu Dhabi. ' +
      'The agenda of the meeting included the situation in Libya and preparations for the next Arab League Summit.',
    entities: [
      P('Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed Al Nahyan'),
      P('Ahmed Attaf', 'Foreign Minister Ahmed Attaf'),
      S('Libya'),
      O('Arab League'),
      E('Abdullah bin Zayed-Attaf meeting in Abu Dhabi', ['received']),
      E('next Arab League Summit', ['Arab League Summit']),
    ],
    relations: [...dis('Abdullah bin Zayed-Attaf meeting in Abu Dhabi', 'Libya', 'next Arab League Summit')],
  },
  {
    id: 'took-stock-of-implementation',
    form: '"The leaders took stock of the implementation of the X Treaty" (Pacific, agreement as topic)',
    date: '2024-08-28',
    source: 'Prime Minister of Australia',
    text:
      "Prime Minister Anthony Albanese met Prime Minister Feleti Teo in Nuku'alofa on 28 August. " +
      'The leaders took stock of the implementation of the Falepili Union Treaty.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      P('Feleti Teo', 'Prime Minister Feleti Teo'),
      A('Falepili Union Treaty'),
      E("Albanese-Teo meeting in Nuku'alofa", ['met'], '2024-08-28'),
    ],
    relations: [...dis("Albanese-Teo meeting in Nuku'alofa", 'Falepili Union Treaty')],
  },
  {
    id: 'also-exchanged-views-next-sentence',
    form: '"The talks centred on X. The two Presidents also exchanged views on the withdrawal of A, B and C from D"',
    date: '2024-12-03',
    source: 'The Presidency, Republic of South Africa',
    text:
      'President Cyril Ramaphosa received President Bola Tinubu at the Union Buildings in Pretoria on 3 December. ' +
      'The talks centred on trade and energy. The two Presidents also exchanged views on the withdrawal of Mali, ' +
      'Burkina Faso and Niger from ECOWAS.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa'),
      P('Bola Tinubu', 'President Bola Tinubu'),
      S('Mali'),
      S('Burkina Faso'),
      S('Niger'),
      O('ECOWAS'),
      E('Ramaphosa-Tinubu meeting in Pretoria', ['received', 'talks'], '2024-12-03'),
    ],
    relations: [...dis('Ramaphosa-Tinubu meeting in Pretoria', 'Mali', 'Burkina Faso', 'Niger', 'ECOWAS')],
  },
  {
    id: 'briefed-on-preparations-for-conference',
    form: '"Mr X briefed the President on the preparations for COP30 in City" (a title\'s body is no topic)',
    date: '2025-02-12',
    source: 'Presidency of Brazil',
    text:
      'President Luiz Inácio Lula da Silva received the UNFCCC Executive Secretary, Simon Stiell, at the Planalto Palace. ' +
      'Mr Stiell briefed the President on the preparations for COP30 in Belém.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'President'),
      P('Simon Stiell', 'Mr Stiell'),
      O('UNFCCC'),
      E('Lula-Stiell meeting at the Planalto Palace', ['received']),
      E('COP30 in Belém', ['COP30']),
    ],
    relations: [...dis('Lula-Stiell meeting at the Planalto Palace', 'COP30 in Belém')],
  },
  {
    id: 'talks-also-addressed-within',
    form: 'VNA: "The talks also addressed cooperation within A and the B" (bodies as topics, "the talks" as anaphor)',
    date: '2024-03-06',
    source: 'Viet Nam News Agency',
    text:
      'Foreign Minister Bui Thanh Son held talks with Foreign Minister Mauro Vieira in Hanoi on 6 March. ' +
      'The talks also addressed cooperation within BRICS and the G20.',
    entities: [
      P('Bui Thanh Son', 'Foreign Minister Bui Thanh Son'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira'),
      O('BRICS'),
      O('G20'),
      E('Bui Thanh Son-Vieira talks in Hanoi', ['held talks'], '2024-03-06'),
    ],
    relations: [...dis('Bui Thanh Son-Vieira talks in Hanoi', 'BRICS', 'G20')],
  },
  {
    id: 'during-the-conversation',
    form: 'Kremlin: "During the conversation, the two leaders discussed the situation in A and B coordination"',
    date: '2024-12-10',
    source: 'Kremlin',
    text:
      'Vladimir Putin had a telephone conversation with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan. ' +
      'During the conversation, the two leaders discussed the situation in Syria and coordination within OPEC+.',
    entities: [
      P('Vladimir Putin'),
      P('Mohamed bin Zayed Al Nahyan'),
      S('Syria'),
      O('OPEC+'),
      E('Putin-Mohamed bin Zayed telephone conversation', ['telephone conversation'], '2024-12-10'),
    ],
    relations: [...dis('Putin-Mohamed bin Zayed telephone conversation', 'Syria', 'OPEC+')],
  },
  {
    id: 'discussions-focused-on-osce',
    form: 'OSCE: "Discussions focused on border management and on the situation in A" (agentless subject)',
    date: '2024-03-14',
    source: 'OSCE Chairpersonship',
    text:
      'OSCE Chair-in-Office Ian Borg met Foreign Minister Bakhtiyor Saidov in Tashkent on 14 March. ' +
      'Discussions focused on border management and on the situation in Afghanistan.',
    entities: [
      P('Ian Borg', 'Chair-in-Office Ian Borg'),
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov'),
      O('OSCE'),
      S('Afghanistan'),
      E('Borg-Saidov meeting in Tashkent', ['met'], '2024-03-14'),
    ],
    relations: [...dis('Borg-Saidov meeting in Tashkent', 'Afghanistan')],
  },
  {
    id: 'sought-support-for-seat',
    form: '"sought Ghana\'s support for A\'s bid for a non-permanent seat on the UN Security Council" (body as topic)',
    date: '2023-05-16',
    source: 'Ministry of Foreign Affairs and International Cooperation, Sierra Leone',
    text:
      'Foreign Minister David Francis met his Ghanaian counterpart, Shirley Ayorkor Botchwey, in Accra on 16 May ' +
      "and sought Ghana's support for Sierra Leone's bid for a non-permanent seat on the UN Security Council.",
    entities: [
      P('David Francis', 'Foreign Minister David Francis'),
      P('Shirley Ayorkor Botchwey'),
      S('Ghana', 'Ghanaian'),
      S('Sierra Leone'),
      O('United Nations Security Council', 'UN Security Council'),
      E('Francis-Botchwey meeting in Accra', ['met'], '2023-05-16'),
    ],
    relations: [...dis('Francis-Botchwey meeting in Accra', 'United Nations Security Council')],
  },
  {
    id: 'expressed-support-for-membership',
    form: '"expressed support for A becoming B\'s eleventh member" (third state and bloc as topics)',
    date: '2024-12-16',
    source: "Prime Minister's Office, Malaysia",
    text:
      'Prime Minister Anwar Ibrahim met Prime Minister Paetongtarn Shinawatra in Bangkok on 16 December. ' +
      "Both leaders expressed support for Timor-Leste becoming ASEAN's eleventh member.",
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      P('Paetongtarn Shinawatra', 'Prime Minister Paetongtarn Shinawatra'),
      S('Timor-Leste'),
      O('ASEAN'),
      E('Anwar-Paetongtarn meeting in Bangkok', ['met'], '2024-12-16'),
    ],
    relations: [...dis('Anwar-Paetongtarn meeting in Bangkok', 'Timor-Leste', 'ASEAN')],
  },
  {
    id: 'situation-passive-reviewed',
    form: 'AU: "The situation in A and in B was reviewed in depth" (passive, two states)',
    date: '2025-04-07',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received the Foreign Minister of Egypt, ' +
      'Badr Abdelatty, in Addis Ababa. The situation in Sudan and in Libya was reviewed in depth.',
    entities: [
      P('Mahmoud Ali Youssouf'),
      P('Badr Abdelatty'),
      S('Egypt'),
      S('Sudan'),
      S('Libya'),
      O('African Union Commission'),
      E('Youssouf-Abdelatty meeting in Addis Ababa', ['received']),
    ],
    relations: [...dis('Youssouf-Abdelatty meeting in Addis Ababa', 'Sudan', 'Libya')],
  },
  {
    id: 'matters-discussed-included',
    form: 'Fiji: "Matters discussed included the X Group, climate financing and labour mobility to A"',
    date: '2024-05-02',
    source: 'Office of the Prime Minister, Fiji',
    text:
      'Prime Minister Sitiveni Rabuka met Prime Minister James Marape in Port Moresby on 2 May. ' +
      'Matters discussed included the Melanesian Spearhead Group, climate financing and labour mobility to Australia.',
    entities: [
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka'),
      P('James Marape', 'Prime Minister James Marape'),
      O('Melanesian Spearhead Group'),
      S('Australia'),
      E('Rabuka-Marape meeting in Port Moresby', ['met'], '2024-05-02'),
    ],
    relations: [...dis('Rabuka-Marape meeting in Port Moresby', 'Melanesian Spearhead Group', 'Australia')],
  },
  {
    id: 'high-on-the-agenda',
    form: '"High on the agenda were the war in A and the situation in B" (inverted copula)',
    date: '2024-05-29',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Foreign Minister Espen Barth Eide met Foreign Minister Hakan Fidan in Oslo on 29 May. ' +
      'High on the agenda were the war in Ukraine and the situation in Syria.',
    entities: [
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan'),
      S('Ukraine'),
      S('Syria'),
      E('Eide-Fidan meeting in Oslo', ['met'], '2024-05-29'),
      E('war in Ukraine'),
    ],
    relations: [...dis('Eide-Fidan meeting in Oslo', 'war in Ukraine', 'Syria'), ...inv('war in Ukraine', 'Ukraine')],
  },
  {
    id: 'building-on-earlier-meeting',
    form: '"Building on their meeting in City last July, the two presidents discussed the X Treaty and A\'s accession to B"',
    date: '2025-02-05',
    source: 'Presidency of Brazil',
    text:
      'President Lula received President Santiago Peña at the Planalto Palace on 5 February. ' +
      "Building on their meeting in Asunción last July, the two presidents discussed the Itaipu Treaty and Bolivia's accession to Mercosur.",
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Lula'),
      P('Santiago Peña', 'President Santiago Peña'),
      S('Bolivia'),
      O('Mercosur'),
      A('Itaipu Treaty'),
      E('Lula-Peña meeting at the Planalto Palace', ['received'], '2025-02-05'),
      E('Lula-Peña meeting in Asunción', ['meeting in Asunción']),
    ],
    relations: [...dis('Lula-Peña meeting at the Planalto Palace', 'Itaipu Treaty', 'Bolivia', 'Mercosur')],
  },
  {
    id: 'held-discussions-in-city-on',
    form: '"held discussions with B in City on A\'s membership of C" (topic after a place, "on")',
    date: '2024-02-21',
    source: 'Office of the Prime Minister of Ethiopia',
    text:
      'Prime Minister Abiy Ahmed held discussions with President Mohamed bin Zayed Al Nahyan in Abu Dhabi on ' +
      "Ethiopia's membership of BRICS and on investment in renewable energy.",
    entities: [
      P('Abiy Ahmed', 'Prime Minister Abiy Ahmed'),
      P('Mohamed bin Zayed Al Nahyan', 'President Mohamed bin Zayed Al Nahyan'),
      S('Ethiopia'),
      O('BRICS'),
      E('Abiy-Mohamed bin Zayed discussions in Abu Dhabi', ['held discussions'], '2024-02-21'),
    ],
    relations: [...dis('Abiy-Mohamed bin Zayed discussions in Abu Dhabi', 'BRICS')],
  },
  {
    id: 'in-the-course-of-the-meeting',
    form: 'MFA Russia: "In the course of the meeting, the sides addressed the X Plan of Action" (agreement as topic)',
    date: '2024-12-25',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text:
      'Sergey Lavrov met Foreign Minister Abbas Araghchi in Moscow. In the course of the meeting, the sides addressed ' +
      'the Joint Comprehensive Plan of Action and the situation in the South Caucasus.',
    entities: [
      P('Sergey Lavrov'),
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi'),
      A('Joint Comprehensive Plan of Action'),
      E('Lavrov-Araghchi meeting in Moscow', ['met']),
    ],
    relations: [...dis('Lavrov-Araghchi meeting in Moscow', 'Joint Comprehensive Plan of Action')],
  },
  {
    id: 'un-readout-contribution-including-in-mission',
    form: 'UN: "They discussed the situation in A and B\'s contribution to UN peacekeeping, including in C"',
    date: '2024-11-15',
    source: 'United Nations Secretary-General',
    text:
      'The Secretary-General met with H.E. Mr. Prabowo Subianto, President of Indonesia, in Lima. ' +
      "They discussed the situation in Myanmar and Indonesia's contribution to UN peacekeeping, including in UNIFIL.",
    entities: [
      P('Prabowo Subianto', 'H.E. Mr. Prabowo Subianto'),
      S('Indonesia'),
      S('Myanmar'),
      O('UNIFIL'),
      E('Secretary-General-Prabowo meeting in Lima', ['met']),
    ],
    relations: [...dis('Secretary-General-Prabowo meeting in Lima', 'Myanmar', 'UNIFIL')],
  },
  {
    id: 'briefed-on-his-recent-visit',
    form: '"Mr A briefed Mr B on his recent visit to C" (a visit raised at the meeting is its topic)',
    date: '2024-10-31',
    source: 'Ministry of Foreign Affairs and Trade of Hungary',
    text:
      'Foreign Minister Péter Szijjártó met Foreign Minister Sergey Lavrov in Minsk on 31 October. ' +
      'Mr Szijjártó briefed Mr Lavrov on his recent visit to China.',
    entities: [
      P('Péter Szijjártó', 'Foreign Minister Péter Szijjártó', 'Mr Szijjártó'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Mr Lavrov'),
      S('China'),
      E('Szijjártó-Lavrov meeting in Minsk', ['met'], '2024-10-31'),
      E("Szijjártó's visit to China", ['visit to China']),
    ],
    relations: [...dis('Szijjártó-Lavrov meeting in Minsk', "Szijjártó's visit to China")],
  },
  {
    id: 'coordinate-positions-ahead-of-conference',
    form: '"agreed to coordinate their positions ahead of the UN Ocean Conference in City" (planned conference)',
    date: '2024-11-07',
    source: 'Ministry of Foreign Affairs of Costa Rica',
    text:
      'Foreign Minister Arnoldo André Tinoco met Minister Jean-Noël Barrot in Paris on 7 November. ' +
      'They agreed to coordinate their positions ahead of the UN Ocean Conference in Nice.',
    entities: [
      P('Arnoldo André Tinoco', 'Foreign Minister Arnoldo André Tinoco'),
      P('Jean-Noël Barrot', 'Minister Jean-Noël Barrot'),
      E('André Tinoco-Barrot meeting in Paris', ['met'], '2024-11-07'),
      E('UN Ocean Conference in Nice', ['UN Ocean Conference']),
    ],
    relations: [...dis('André Tinoco-Barrot meeting in Paris', 'UN Ocean Conference in Nice')],
  },
  {
    id: 'said-after-talks-had-discussed',
    form: 'Bernama: "A said after talks with B in City that they had discussed the C and the reconstruction of D"',
    date: '2025-02-11',
    source: 'Bernama',
    text:
      'Malaysian Prime Minister Anwar Ibrahim said after talks with Turkish President Recep Tayyip Erdoğan in Ankara ' +
      'that they had discussed the D-8 and the reconstruction of Syria.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      S('Malaysia', 'Malaysian'),
      S('Türkiye', 'Turkish'),
      S('Syria'),
      O('D-8'),
      E('Anwar-Erdoğan talks in Ankara', ['talks'], '2025-02-11'),
    ],
    relations: [...dis('Anwar-Erdoğan talks in Ankara', 'D-8', 'Syria')],
  },
  {
    id: 'meeting-provided-opportunity-to-review',
    form: '"The meeting provided an opportunity to review preparations for the X in City" (planned summit)',
    date: '2024-04-11',
    source: 'Ministry for Europe and Foreign Affairs of France',
    text:
      'Minister Stéphane Séjourné met his Senegalese counterpart, Yassine Fall, in Paris on 11 April. ' +
      'The meeting provided an opportunity to review preparations for the Summit of the Future in New York.',
    entities: [
      P('Stéphane Séjourné', 'Minister Stéphane Séjourné'),
      P('Yassine Fall'),
      S('Senegal', 'Senegalese'),
      E('Séjourné-Fall meeting in Paris', ['met'], '2024-04-11'),
      E('Summit of the Future in New York', ['Summit of the Future']),
    ],
    relations: [...dis('Séjourné-Fall meeting in Paris', 'Summit of the Future in New York')],
  },
  {
    id: 'talks-dealt-with-reform-of-body',
    form: 'Swiss FDFA: "Talks dealt with the reform of the World Trade Organization" (a body as topic)',
    date: '2024-06-03',
    source: 'Federal Department of Foreign Affairs (Switzerland)',
    text:
      'Federal Councillor Ignazio Cassis received Foreign Minister Kamina Johnson Smith in Bern on 3 June. ' +
      'Talks dealt with the reform of the World Trade Organization and with climate finance.',
    entities: [
      P('Ignazio Cassis', 'Federal Councillor Ignazio Cassis'),
      P('Kamina Johnson Smith', 'Foreign Minister Kamina Johnson Smith'),
      O('World Trade Organization'),
      E('Cassis-Johnson Smith meeting in Bern', ['received'], '2024-06-03'),
    ],
    relations: [...dis('Cassis-Johnson Smith meeting in Bern', 'World Trade Organization')],
  },
  {
    id: 'topic-two-sentences-later-pronoun',
    form: '"A received B. This year marks …. They then discussed C and the D Agreement" (topics two sentences later)',
    date: '2024-09-10',
    source: 'Presidential Communications Office, Chile',
    text:
      'President Gabriel Boric received Prime Minister Justin Trudeau at La Moneda on 10 September. ' +
      "This year marks fifty years of consular cooperation. They then discussed Canada's support for Ukraine " +
      'and the modernised Canada-Chile Free Trade Agreement.',
    entities: [
      P('Gabriel Boric', 'President Gabriel Boric'),
      P('Justin Trudeau', 'Prime Minister Justin Trudeau'),
      S('Canada'),
      S('Ukraine'),
      A('Canada-Chile Free Trade Agreement'),
      E('Boric-Trudeau meeting at La Moneda', ['received'], '2024-09-10'),
    ],
    relations: [...dis('Boric-Trudeau meeting at La Moneda', 'Ukraine', 'Canada-Chile Free Trade Agreement')],
  },
  {
    id: 'exchanged-views-regarding-bloc-enlargement',
    form: 'Kuwait (KUNA): "exchanged views regarding the GCC\'s relations with A" (preposition "regarding")',
    date: '2024-10-02',
    source: 'Kuwait News Agency (KUNA)',
    text:
      'Foreign Minister Abdullah Al-Yahya met Foreign Minister Jaishankar in New Delhi on 2 October. ' +
      "The two ministers exchanged views regarding the Gulf Cooperation Council's relations with Iran.",
    entities: [
      P('Abdullah Al-Yahya', 'Foreign Minister Abdullah Al-Yahya'),
      P('Jaishankar', 'Foreign Minister Jaishankar'),
      O('Gulf Cooperation Council'),
      S('Iran'),
      E('Al-Yahya-Jaishankar meeting in New Delhi', ['met'], '2024-10-02'),
    ],
    relations: [...dis('Al-Yahya-Jaishankar meeting in New Delhi', 'Gulf Cooperation Council', 'Iran')],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-participants-countries',
    form: 'negative: "President A of X met President B of Y" (the participants\' own states are no topics)',
    date: '2024-06-24',
    source: 'State House Zambia',
    text:
      'President Hakainde Hichilema of Zambia met President Emmerson Mnangagwa of Zimbabwe at Victoria Falls on 24 June. ' +
      'They discussed the Batoka Gorge hydroelectric project.',
    entities: [
      P('Hakainde Hichilema', 'President Hakainde Hichilema'),
      P('Emmerson Mnangagwa', 'President Emmerson Mnangagwa'),
      S('Zambia'),
      S('Zimbabwe'),
      E('Hichilema-Mnangagwa meeting at Victoria Falls', ['met'], '2024-06-24'),
    ],
    relations: [],
  },
  {
    id: 'negative-background-history',
    form: 'negative: "A and B established diplomatic relations in 1975" (history not raised at the meeting)',
    date: '2024-08-14',
    source: "The President's Office, Maldives",
    text:
      'President Mohamed Muizzu received Minister Vivian Balakrishnan in Malé on 14 August. ' +
      'Singapore and the Maldives established diplomatic relations in 1975. The two discussed digital government and fisheries.',
    entities: [
      P('Mohamed Muizzu', 'President Mohamed Muizzu'),
      P('Vivian Balakrishnan', 'Minister Vivian Balakrishnan'),
      S('Singapore'),
      S('Maldives'),
      E('Muizzu-Balakrishnan meeting in Malé', ['received'], '2024-08-14'),
    ],
    relations: [],
  },
  {
    id: 'negative-thanked-for-hospitality',
    form: 'negative: "thanked the Government and people of A for their warm hospitality" (the host state is no topic)',
    date: '2025-05-20',
    source: 'Office of the President of Namibia',
    text:
      'President Netumbo Nandi-Ndaitwah met President Duma Boko in Gaborone on 20 May. She thanked the Government and ' +
      'people of Botswana for their warm hospitality, and the two presidents discussed the Trans-Kalahari Corridor.',
    entities: [
      P('Netumbo Nandi-Ndaitwah', 'President Netumbo Nandi-Ndaitwah'),
      P('Duma Boko', 'President Duma Boko'),
      S('Botswana'),
      E('Nandi-Ndaitwah-Boko meeting in Gaborone', ['met'], '2025-05-20'),
    ],
    relations: [],
  },
  {
    id: 'negative-regions-only',
    form: 'negative: "discussed regional security in the Gulf and the wider Middle East" (regions, no state)',
    date: '2024-11-12',
    source: 'Kuwait News Agency (KUNA)',
    text:
      'Foreign Minister Abdullah Al-Yahya met Foreign Secretary David Lammy in London on 12 November. ' +
      'They discussed regional security in the Gulf and the wider Middle East, and developments in the Sahel.',
    entities: [
      P('Abdullah Al-Yahya', 'Foreign Minister Abdullah Al-Yahya'),
      P('David Lammy', 'Foreign Secretary David Lammy'),
      E('Al-Yahya-Lammy meeting in London', ['met'], '2024-11-12'),
    ],
    relations: [],
  },
  {
    id: 'negative-wire-demonym-participants',
    form: 'negative: Xinhua "Chinese Vice President A met with Colombian Foreign Minister B" (demonyms of participants)',
    date: '2024-10-22',
    source: 'Xinhua',
    text:
      'Chinese Vice President Han Zheng met with Colombian Foreign Minister Luis Gilberto Murillo in Beijing on Tuesday. ' +
      'The two sides discussed cooperation in trade and infrastructure.',
    entities: [
      P('Han Zheng', 'Vice President Han Zheng'),
      P('Luis Gilberto Murillo', 'Foreign Minister Luis Gilberto Murillo'),
      S('China', 'Chinese'),
      S('Colombia', 'Colombian'),
      E('Han-Murillo meeting in Beijing', ['met'], '2024-10-22'),
    ],
    relations: [],
  },
  {
    id: 'negative-previous-meeting-topic',
    form: 'negative for the main meeting: "At their previous meeting, in City in December, the two ministers had discussed A"',
    date: '2025-04-20',
    source: 'Ministry of Foreign Affairs of Indonesia',
    text:
      'Foreign Minister Sugiono received Foreign Minister Penny Wong in Jakarta on 20 April. ' +
      'At their previous meeting, in Canberra in December, the two ministers had discussed the situation in Myanmar. ' +
      'This time they focused on food security.',
    entities: [
      P('Sugiono', 'Foreign Minister Sugiono'),
      P('Penny Wong', 'Foreign Minister Penny Wong'),
      S('Myanmar'),
      E('Sugiono-Wong meeting in Jakarta', ['received'], '2025-04-20'),
      E('Sugiono-Wong meeting in Canberra', ['previous meeting']),
    ],
    relations: [...dis('Sugiono-Wong meeting in Canberra', 'Myanmar')],
  },
  {
    id: 'negative-named-co-chairs-commission',
    form: 'negative: "The A–B Joint Commission, co-chaired by Minister X and Minister Y, met in City" (attended: no INVOLVES)',
    date: '2024-02-08',
    source: 'Ministry of Foreign Affairs and Regional Integration, Ghana',
    text:
      'The Ghana–Togo Permanent Joint Commission for Cooperation, co-chaired by Foreign Minister Shirley Ayorkor Botchwey ' +
      'and Foreign Minister Robert Dussey, met in Lomé on 8 February.',
    entities: [
      P('Shirley Ayorkor Botchwey', 'Foreign Minister Shirley Ayorkor Botchwey'),
      P('Robert Dussey', 'Foreign Minister Robert Dussey'),
      S('Ghana'),
      S('Togo'),
      E(
        'Ghana–Togo Permanent Joint Commission for Cooperation in Lomé',
        ['Permanent Joint Commission for Cooperation'],
        '2024-02-08',
      ),
    ],
    relations: [],
  },
  {
    id: 'negative-speaker-country-as-adjective',
    form: 'negative: "the Japanese Government\'s position" and "Japan\'s support" (the speaker\'s own state)',
    date: '2024-07-11',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister Yoko Kamikawa held a meeting with Foreign Minister Mohamed Salem Ould Merzoug in Tokyo on 11 July. ' +
      "Minister Kamikawa explained the Japanese Government's position on development finance and Japan's support for food security.",
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa', 'Minister Kamikawa'),
      P('Mohamed Salem Ould Merzoug', 'Foreign Minister Mohamed Salem Ould Merzoug'),
      S('Japan', 'Japanese'),
      E('Kamikawa-Ould Merzoug meeting in Tokyo', ['held a meeting'], '2024-07-11'),
    ],
    relations: [],
  },
  {
    id: 'negative-generic-issues-of-interest',
    form: 'negative: "discussed bilateral relations and issues on the regional and multilateral agenda" (no named topic)',
    date: '2024-09-26',
    source: 'Ministry of Foreign Affairs of Paraguay',
    text:
      'Foreign Minister Rubén Ramírez Lezcano met Foreign Minister Elmer Schialer in New York on 26 September. ' +
      'They discussed bilateral relations and issues on the regional and multilateral agenda.',
    entities: [
      P('Rubén Ramírez Lezcano', 'Foreign Minister Rubén Ramírez Lezcano'),
      P('Elmer Schialer', 'Foreign Minister Elmer Schialer'),
      E('Ramírez Lezcano-Schialer meeting in New York', ['met'], '2024-09-26'),
    ],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [...STATE_ONLY_EVENTS, ...INCIDENT_PARTIES, ...TOPIC_FORMS, ...NEGATIVES];
