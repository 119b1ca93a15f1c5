// The ninth topics paraphrase bank (issue 6, round top25): a blind bank written before any rule change of the round,
// on DISCUSSED only, the relation a readout states when it tells what a meeting dealt with, and which the extractor
// misses most often while both ends are already nodes. Short passages (two to four sentences, a few longer), in the
// voices of issuers not used by the topics banks 1–8: Austria (BMEIA), Luxembourg, Belgium, Portugal, Spain (La
// Moncloa), Slovakia, Romania, North Macedonia, Montenegro, Switzerland (FDFA), Liechtenstein, Belarus (BelTA), Iran
// (IRNA), Iraq (INA), Algeria (APS), Mauritania (AMI), Rwanda, Botswana, Mozambique, Mauritius, Seychelles, Argentina,
// Uruguay, Paraguay, Guatemala, Costa Rica, Panama, the Dominican Republic, Jamaica, Guyana, Lao (KPL), Cambodia
// (AKP), Brunei, Timor-Leste, Papua New Guinea, Vanuatu, Antara, the Philippine News Agency, NATO, the Council of
// Europe, the Arab League, the GCC Secretariat, the Pacific Islands Forum, Lusa, EFE and ANSA.
// Forms: subjects in later sentences tied back to the meeting ("The two sides also reviewed …", "Turning to X, …",
// "On X, the leaders …", "With regard to X", "Concerning X", "Regarding X", "The conversation then moved to",
// "The agenda also included", "Discussions covered", "X was also discussed", "were also on the table"); "exchanged
// views on the situation in A and B"; coordinated lists mixing states, organisations, agreements and events, a
// colon list and a bulleted list; stance verbs ("welcomed the progress of the X negotiations", "expressed concern
// about the X crisis", "underlined their commitment to the X Agreement", "reiterated support for A's accession to
// X", "briefed … on the preparations for X"); calls; negatives (a state only named in a participant's office, a venue
// "in City, A", an organisation's headquarters as venue, a headline's states, the summit on whose sidelines the
// meeting took place, a minister arriving from a state, a nationality).
// Its area is Events, Agreements and DISCUSSED (`npm run bank -- topics-9`). 54 cases, 160 facts.
// First, blind pass (bank 1201321, rules of main ff137aa): 31/54 cases pass, facts found 110/160 (68.8 %), false facts
// 17 (Event 52/68, 7 false; Agreement 14/17, 1 false; DISCUSSED 44/75, 9 false). No corrections.
// After the top25 rules (rules-top25.ts): 34/54 cases pass, facts found 112/160 (70.0 %), false facts 16 (Event 52/68,
// 7 false; Agreement 14/17, 1 false; DISCUSSED 46/75, 8 false).
import { type BankCase, A, dis, E, O, S } from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Event', 'Agreement'];

const LATER_SENTENCES: BankCase[] = [
  {
    id: 'two-sides-also-reviewed-agreement',
    form: 'BMEIA: a meeting, then "The two sides also reviewed the implementation of the X Agreement" (third sentence)',
    date: '2024-09-16',
    source: 'Federal Ministry for European and International Affairs of Austria',
    text:
      'Foreign Minister Alexander Schallenberg received Foreign Minister Ararat Mirzoyan of Armenia in Vienna on 16 September. ' +
      'The talks began with bilateral economic relations. ' +
      'The two sides also reviewed the implementation of the Comprehensive and Enhanced Partnership Agreement.',
    entities: [
      S('Austria'),
      S('Armenia'),
      E('Schallenberg-Mirzoyan meeting in Vienna', ['received', 'talks'], '2024-09-16'),
      A('Comprehensive and Enhanced Partnership Agreement'),
    ],
    relations: [...dis('Schallenberg-Mirzoyan meeting in Vienna', 'Comprehensive and Enhanced Partnership Agreement')],
  },
  {
    id: 'turning-to-state-the-ministers',
    form: 'Luxembourg: "Turning to A, the ministers underlined …" (a state opening a later sentence)',
    date: '2024-11-05',
    source: 'Ministry of Foreign and European Affairs of Luxembourg',
    text:
      'Deputy Prime Minister and Minister for Foreign Affairs Xavier Bettel met Foreign Minister Andrii Sybiha of Ukraine in Luxembourg on 5 November. ' +
      'They spoke first about reconstruction financing. ' +
      'Turning to Moldova, the ministers underlined the importance of its European path.',
    entities: [
      S('Luxembourg'),
      S('Ukraine'),
      S('Moldova'),
      E('Bettel-Sybiha meeting in Luxembourg', ['met'], '2024-11-05'),
    ],
    relations: [...dis('Bettel-Sybiha meeting in Luxembourg', 'Moldova')],
  },
  {
    id: 'on-organisation-the-leaders',
    form: 'Belgium: "On NATO, the two leaders agreed …" (an organisation opening a later sentence)',
    date: '2025-03-04',
    source: 'Federal Public Service Foreign Affairs of Belgium',
    text:
      'Prime Minister Bart De Wever received Prime Minister Dick Schoof of the Netherlands in Brussels on 4 March. ' +
      'The two leaders discussed Benelux cooperation and migration. ' +
      'On NATO, the two leaders agreed that defence spending must rise.',
    entities: [
      S('Belgium'),
      S('Netherlands'),
      O('North Atlantic Treaty Organization', 'NATO'),
      O('Benelux'),
      E('De Wever-Schoof meeting in Brussels', ['received'], '2025-03-04'),
    ],
    relations: [...dis('De Wever-Schoof meeting in Brussels', 'Benelux', 'North Atlantic Treaty Organization')],
  },
  {
    id: 'exchanged-views-on-situation-in-two-states',
    form: 'Portugal: "The ministers exchanged views on the situation in A and B" (two states, second sentence)',
    date: '2025-02-11',
    source: 'Ministry of Foreign Affairs of Portugal',
    text:
      'Minister of State and Foreign Affairs Paulo Rangel met Minister of Foreign Affairs Mauro Vieira of Brazil in Lisbon on 11 February. ' +
      'The ministers exchanged views on the situation in Venezuela and Mozambique.',
    entities: [
      S('Portugal'),
      S('Brazil'),
      S('Venezuela'),
      S('Mozambique'),
      E('Rangel-Vieira meeting in Lisbon', ['met'], '2025-02-11'),
    ],
    relations: [...dis('Rangel-Vieira meeting in Lisbon', 'Venezuela', 'Mozambique')],
  },
  {
    id: 'with-regard-to-state-president-stressed',
    form: 'La Moncloa: "With regard to A, the President of the Government stressed …" (a later sentence, a long title as subject)',
    date: '2024-10-21',
    source: 'La Moncloa (Spain)',
    text:
      'The President of the Government, Pedro Sánchez, held a meeting with President Abdelmadjid Tebboune of Algeria at the Palacio de la Moncloa on 21 October. ' +
      'Both leaders addressed energy supply and migration. ' +
      'With regard to Lebanon, the President of the Government stressed the need for an immediate ceasefire.',
    entities: [
      S('Spain'),
      S('Algeria'),
      S('Lebanon'),
      E('Sánchez-Tebboune meeting at the Palacio de la Moncloa', ['meeting'], '2024-10-21'),
    ],
    relations: [...dis('Sánchez-Tebboune meeting at the Palacio de la Moncloa', 'Lebanon')],
  },
  {
    id: 'concerning-organisation-minister-informed',
    form: 'Slovakia: "Concerning the OSCE, Minister X informed his counterpart …" (an organisation, a later sentence)',
    date: '2024-06-20',
    source: 'Ministry of Foreign and European Affairs of the Slovak Republic',
    text:
      'Minister of Foreign and European Affairs Juraj Blanár met Foreign Minister Ian Borg of Malta in Bratislava on 20 June. ' +
      'The ministers talked about energy and transport links. ' +
      'Concerning the OSCE, Minister Blanár informed his counterpart of Slovakia’s priorities.',
    entities: [
      S('Slovakia'),
      S('Malta'),
      O('Organization for Security and Co-operation in Europe', 'OSCE'),
      E('Blanár-Borg meeting in Bratislava', ['met'], '2024-06-20'),
    ],
    relations: [...dis('Blanár-Borg meeting in Bratislava', 'Organization for Security and Co-operation in Europe')],
  },
  {
    id: 'regarding-agreement-both-welcomed',
    form: 'Romania: "Regarding the X Agreement, both welcomed …" (an agreement opening a later sentence)',
    date: '2024-03-28',
    source: 'Ministry of Foreign Affairs of Romania',
    text:
      'Minister of Foreign Affairs Luminița Odobescu held talks with Minister of Foreign Affairs Mihai Popșoi of Moldova in Bucharest on 28 March. ' +
      'The two ministers focused on interconnection projects. ' +
      'Regarding the Association Agreement, both welcomed the progress made by Moldova in its implementation.',
    entities: [
      S('Romania'),
      S('Moldova'),
      A('Association Agreement'),
      E('Odobescu-Popșoi talks in Bucharest', ['held talks'], '2024-03-28'),
    ],
    relations: [...dis('Odobescu-Popșoi talks in Bucharest', 'Association Agreement')],
  },
  {
    id: 'conversation-then-moved-to',
    form: 'North Macedonia: "The conversation then moved to A and B" (a later sentence, states)',
    date: '2024-12-09',
    source: 'Government of North Macedonia',
    text:
      'Prime Minister Hristijan Mickoski met Prime Minister Edi Rama of Albania in Skopje on 9 December. ' +
      'They agreed to speed up the Corridor VIII railway. ' +
      'The conversation then moved to Serbia and Kosovo.',
    entities: [
      S('North Macedonia'),
      S('Albania'),
      S('Serbia'),
      S('Kosovo'),
      E('Mickoski-Rama meeting in Skopje', ['met'], '2024-12-09'),
    ],
    relations: [...dis('Mickoski-Rama meeting in Skopje', 'Serbia', 'Kosovo')],
  },
  {
    id: 'agenda-also-included-event',
    form: 'Montenegro: "The agenda also included the upcoming X summit" (a planned gathering of a body)',
    date: '2025-04-14',
    source: 'Government of Montenegro',
    text:
      'Prime Minister Milojko Spajić hosted Prime Minister Andrej Plenković of Croatia in Podgorica on 14 April. ' +
      'The agenda also included the upcoming EU-Western Balkans summit in Tirana.',
    entities: [
      S('Montenegro'),
      S('Croatia'),
      E('Spajić-Plenković meeting in Podgorica', ['hosted'], '2025-04-14'),
      E('EU-Western Balkans summit in Tirana', ['summit']),
    ],
    relations: [...dis('Spajić-Plenković meeting in Podgorica', 'EU-Western Balkans summit in Tirana')],
  },
  {
    id: 'discussions-covered-list',
    form: 'FDFA: "Discussions covered A, the B and the C process" (a state, a body and a process)',
    date: '2024-05-27',
    source: 'Federal Department of Foreign Affairs of Switzerland',
    text:
      'Federal Councillor Ignazio Cassis received Foreign Minister Hakan Fidan of Türkiye in Bern on 27 May. ' +
      'Discussions covered Syria, the United Nations Human Rights Council and the Geneva peace process for Cyprus.',
    entities: [
      S('Switzerland'),
      S('Türkiye'),
      S('Syria'),
      S('Cyprus'),
      O('United Nations Human Rights Council'),
      E('Cassis-Fidan meeting in Bern', ['received'], '2024-05-27'),
      E('Geneva peace process for Cyprus', ['peace process']),
    ],
    relations: [
      ...dis(
        'Cassis-Fidan meeting in Bern',
        'Syria',
        'United Nations Human Rights Council',
        'Geneva peace process for Cyprus',
      ),
    ],
  },
  {
    id: 'state-was-also-discussed-passive',
    form: 'Liechtenstein: "The situation in A was also discussed" (a passive later sentence)',
    date: '2024-08-22',
    source: 'Government of the Principality of Liechtenstein',
    text:
      'Foreign Minister Dominique Hasler met Federal Minister Beate Meinl-Reisinger of Austria in Vaduz on 22 August. ' +
      'Talks centred on the European Economic Area. ' +
      'The situation in Ukraine was also discussed.',
    entities: [
      S('Liechtenstein'),
      S('Austria'),
      S('Ukraine'),
      A('Agreement on the European Economic Area', 'European Economic Area'),
      E('Hasler-Meinl-Reisinger meeting in Vaduz', ['met'], '2024-08-22'),
    ],
    relations: [
      ...dis('Hasler-Meinl-Reisinger meeting in Vaduz', 'Agreement on the European Economic Area', 'Ukraine'),
    ],
  },
  {
    id: 'were-also-on-the-table',
    form: 'BelTA: "Regional issues, including A and B, were also on the table" (an including list, passive)',
    date: '2025-01-23',
    source: 'BelTA (Belarus)',
    text:
      'MINSK, 23 January (BelTA) – Belarusian Foreign Minister Maxim Ryzhenkov met with Foreign Minister Mirzo Sirojiddin of Tajikistan. ' +
      'The sides focused on trade. ' +
      'Regional issues, including Afghanistan and the Collective Security Treaty Organization, were also on the table.',
    entities: [
      S('Belarus'),
      S('Tajikistan'),
      S('Afghanistan'),
      O('Collective Security Treaty Organization'),
      E('Ryzhenkov-Sirojiddin meeting in Minsk', ['met with'], '2025-01-23'),
    ],
    relations: [
      ...dis('Ryzhenkov-Sirojiddin meeting in Minsk', 'Afghanistan', 'Collective Security Treaty Organization'),
    ],
  },
  {
    id: 'also-compared-notes-on',
    form: 'IRNA: "They also compared notes on A and the B" (a wire, a state and a body)',
    date: '2024-10-03',
    source: 'IRNA (Iran)',
    text:
      'Tehran, IRNA – Iranian Foreign Minister Abbas Araghchi held talks with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Thursday. ' +
      'They also compared notes on Lebanon and the Gulf Cooperation Council.',
    entities: [
      S('Iran'),
      S('Qatar'),
      S('Lebanon'),
      O('Gulf Cooperation Council'),
      E('Araghchi-Al Thani talks in Doha', ['held talks'], '2024-10-03'),
    ],
    relations: [...dis('Araghchi-Al Thani talks in Doha', 'Lebanon', 'Gulf Cooperation Council')],
  },
  {
    id: 'meeting-also-addressed-agreement',
    form: 'INA: "The meeting also addressed the X Agreement" (the meeting as subject, a later sentence)',
    date: '2024-07-09',
    source: 'Iraqi News Agency (INA)',
    text:
      'Baghdad – INA: Prime Minister Mohammed Shia al-Sudani received Turkish Foreign Minister Hakan Fidan on Tuesday. ' +
      'The two sides discussed water releases and the Development Road project. ' +
      'The meeting also addressed the Strategic Framework Agreement.',
    entities: [
      S('Iraq'),
      S('Türkiye'),
      A('Strategic Framework Agreement'),
      E('al-Sudani-Fidan meeting in Baghdad', ['received', 'meeting'], '2024-07-09'),
    ],
    relations: [...dis('al-Sudani-Fidan meeting in Baghdad', 'Strategic Framework Agreement')],
  },
  {
    id: 'president-also-shared-assessment-of',
    form: 'APS: "President X also shared his assessment of the situation in A" (a surname subject, a region of a state)',
    date: '2024-11-18',
    source: 'Algérie Presse Service (APS)',
    text:
      'ALGIERS – President of the Republic Abdelmadjid Tebboune received the Minister of Foreign Affairs of Mauritania, Mohamed Salem Ould Merzouk, on Monday. ' +
      'President Tebboune also shared his assessment of the situation in Mali.',
    entities: [
      S('Algeria'),
      S('Mauritania'),
      S('Mali'),
      E('Tebboune-Ould Merzouk meeting in Algiers', ['received'], '2024-11-18'),
    ],
    relations: [...dis('Tebboune-Ould Merzouk meeting in Algiers', 'Mali')],
  },
  {
    id: 'talks-touched-on-body-and-event',
    form: 'AMI: "The talks touched on the X and the Y election" (a body and a planned event)',
    date: '2024-05-30',
    source: 'Agence Mauritanienne d’Information (AMI)',
    text:
      'Nouakchott (AMI) – The President of the Republic, Mohamed Ould Ghazouani, held talks at the Presidential Palace with Senegalese Prime Minister Ousmane Sonko on Thursday. ' +
      'The talks touched on the Organisation for the Development of the Senegal River and the African Development Bank presidential election.',
    entities: [
      S('Mauritania'),
      S('Senegal'),
      O('Organisation for the Development of the Senegal River'),
      O('African Development Bank'),
      E('Ghazouani-Sonko talks in Nouakchott', ['held talks'], '2024-05-30'),
      E('African Development Bank presidential election', ['election']),
    ],
    relations: [
      ...dis(
        'Ghazouani-Sonko talks in Nouakchott',
        'Organisation for the Development of the Senegal River',
        'African Development Bank presidential election',
      ),
    ],
  },
];

const STANCES: BankCase[] = [
  {
    id: 'welcomed-progress-of-negotiations',
    form: 'Rwanda: "welcomed the progress of the X negotiations" (a negotiation process, an Event)',
    date: '2025-06-30',
    source: 'Ministry of Foreign Affairs and International Cooperation of Rwanda',
    text:
      'Minister of Foreign Affairs Olivier Nduhungirehe met Qatari Minister of State Mohammed Al-Khulaifi in Kigali on 30 June. ' +
      'The two ministers welcomed the progress of the Doha negotiations.',
    entities: [
      S('Rwanda'),
      S('Qatar'),
      E('Nduhungirehe-Al-Khulaifi meeting in Kigali', ['met'], '2025-06-30'),
      E('Doha negotiations', ['negotiations']),
    ],
    relations: [...dis('Nduhungirehe-Al-Khulaifi meeting in Kigali', 'Doha negotiations')],
  },
  {
    id: 'expressed-concern-about-crisis',
    form: 'Botswana: "expressed concern about the X crisis" (a crisis, an Event; the state inside it no topic of its own)',
    date: '2024-11-12',
    source: 'Ministry of International Relations of Botswana',
    text:
      'Minister of International Relations Phenyo Butale received Foreign Minister Ronald Lamola of South Africa in Gaborone on 12 November. ' +
      'Both ministers expressed concern about the post-election crisis in Mozambique.',
    entities: [
      S('Botswana'),
      S('South Africa'),
      S('Mozambique'),
      E('Butale-Lamola meeting in Gaborone', ['received'], '2024-11-12'),
      E('post-election crisis in Mozambique', ['crisis']),
    ],
    relations: [...dis('Butale-Lamola meeting in Gaborone', 'post-election crisis in Mozambique')],
  },
  {
    id: 'underlined-commitment-to-agreement',
    form: 'Mozambique: "Both sides underlined their commitment to the X Agreement" (a stance on an agreement)',
    date: '2025-03-19',
    source: 'Presidency of the Republic of Mozambique',
    text:
      'President Daniel Chapo received President Hakainde Hichilema of Zambia in Maputo on 19 March. ' +
      'Both sides underlined their commitment to the African Continental Free Trade Area Agreement.',
    entities: [
      S('Mozambique'),
      S('Zambia'),
      A('African Continental Free Trade Area Agreement'),
      E('Chapo-Hichilema meeting in Maputo', ['received'], '2025-03-19'),
    ],
    relations: [...dis('Chapo-Hichilema meeting in Maputo', 'African Continental Free Trade Area Agreement')],
  },
  {
    id: 'reiterated-support-for-accession-to-body',
    form: 'Mauritius: "reiterated support for A\'s accession to the X" (a state and a body)',
    date: '2024-09-25',
    source: 'Ministry of Foreign Affairs of Mauritius',
    text:
      'Minister of Foreign Affairs Maneesh Gobin met Foreign Minister Vivian Balakrishnan of Singapore in New York on 25 September. ' +
      'Minister Gobin reiterated support for Timor-Leste’s accession to ASEAN.',
    entities: [
      S('Mauritius'),
      S('Singapore'),
      S('Timor-Leste'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      E('Gobin-Balakrishnan meeting in New York', ['met'], '2024-09-25'),
    ],
    relations: [
      ...dis('Gobin-Balakrishnan meeting in New York', 'Timor-Leste', 'Association of Southeast Asian Nations'),
    ],
  },
  {
    id: 'briefed-on-preparations-for-conference',
    form: 'Seychelles: "briefed his counterpart on the preparations for the X conference" (a planned gathering)',
    date: '2025-02-06',
    source: 'Department of Foreign Affairs of Seychelles',
    text:
      'Minister for Foreign Affairs Sylvestre Radegonde met Minister of Foreign Affairs Mauro Vieira of Brazil in Victoria on 6 February. ' +
      'Minister Vieira briefed his counterpart on the preparations for the COP30 conference in Belém.',
    entities: [
      S('Seychelles'),
      S('Brazil'),
      E('Radegonde-Vieira meeting in Victoria', ['met'], '2025-02-06'),
      E('COP30 conference in Belém', ['COP30']),
    ],
    relations: [...dis('Radegonde-Vieira meeting in Victoria', 'COP30 conference in Belém')],
  },
  {
    id: 'hope-for-early-conclusion-of-agreement',
    form: 'Argentina: "expressed their hope for the early conclusion of the X agreement" (an agreement under negotiation)',
    date: '2024-12-06',
    source: 'Ministry of Foreign Affairs of Argentina',
    text:
      'Foreign Minister Gerardo Werthein met European Commission President Ursula von der Leyen in Montevideo on 6 December. ' +
      'They expressed their hope for the early conclusion of the EU-Mercosur Partnership Agreement.',
    entities: [
      S('Argentina'),
      O('European Commission'),
      A('EU-Mercosur Partnership Agreement'),
      E('Werthein-von der Leyen meeting in Montevideo', ['met'], '2024-12-06'),
    ],
    relations: [...dis('Werthein-von der Leyen meeting in Montevideo', 'EU-Mercosur Partnership Agreement')],
  },
  {
    id: 'thanked-for-support-to-candidacy-to-body',
    form: 'Uruguay: "thanked A for its support to B\'s candidacy to the X" (a body; the participants\' own states no topic)',
    date: '2025-04-02',
    source: 'Ministry of Foreign Affairs of Uruguay',
    text:
      'Foreign Minister Mario Lubetkin received Foreign Minister Alberto van Klaveren of Chile in Montevideo on 2 April. ' +
      'Minister Lubetkin thanked Chile for its support to Uruguay’s candidacy to the United Nations Security Council.',
    entities: [
      S('Uruguay'),
      S('Chile'),
      O('United Nations Security Council'),
      E('Lubetkin-van Klaveren meeting in Montevideo', ['received'], '2025-04-02'),
    ],
    relations: [...dis('Lubetkin-van Klaveren meeting in Montevideo', 'United Nations Security Council')],
  },
  {
    id: 'stressed-importance-of-upcoming-summit',
    form: 'Paraguay: "stressed the importance of the upcoming X Summit" (a planned summit of a body)',
    date: '2024-06-26',
    source: 'Ministry of Foreign Affairs of Paraguay',
    text:
      'Foreign Minister Rubén Ramírez Lezcano held a meeting with Foreign Minister Diana Mondino of Argentina in Asunción on 26 June. ' +
      'Both ministers stressed the importance of the upcoming Mercosur Summit.',
    entities: [
      S('Paraguay'),
      S('Argentina'),
      O('Mercosur'),
      E('Ramírez Lezcano-Mondino meeting in Asunción', ['meeting'], '2024-06-26'),
      E('Mercosur Summit', ['Summit']),
    ],
    relations: [...dis('Ramírez Lezcano-Mondino meeting in Asunción', 'Mercosur Summit')],
  },
  {
    id: 'reaffirmed-support-for-body-mission-in-state',
    form: 'Guatemala: "reaffirmed their support for the X mission in A" (a mission, an Event of a body, in a state)',
    date: '2024-08-15',
    source: 'Ministry of Foreign Affairs of Guatemala',
    text:
      'Foreign Minister Carlos Ramiro Martínez met Foreign Minister Arnoldo André Tinoco of Costa Rica in Guatemala City on 15 August. ' +
      'The ministers reaffirmed their support for the Multinational Security Support mission in Haiti.',
    entities: [
      S('Guatemala'),
      S('Costa Rica'),
      S('Haiti'),
      E('Martínez-André Tinoco meeting in Guatemala City', ['met'], '2024-08-15'),
      E('Multinational Security Support mission in Haiti', ['mission']),
    ],
    relations: [
      ...dis('Martínez-André Tinoco meeting in Guatemala City', 'Multinational Security Support mission in Haiti'),
    ],
  },
  {
    id: 'agreed-to-coordinate-within-body',
    form: 'Costa Rica: "agreed to coordinate positions within the X" (a body as topic)',
    date: '2025-05-08',
    source: 'Ministry of Foreign Affairs and Worship of Costa Rica',
    text:
      'Minister of Foreign Affairs Arnoldo André Tinoco met Minister of Foreign Relations Javier Martínez-Acha of Panama in San José on 8 May. ' +
      'The two ministers agreed to coordinate positions within the Central American Integration System.',
    entities: [
      S('Costa Rica'),
      S('Panama'),
      O('Central American Integration System'),
      E('André Tinoco-Martínez-Acha meeting in San José', ['met'], '2025-05-08'),
    ],
    relations: [...dis('André Tinoco-Martínez-Acha meeting in San José', 'Central American Integration System')],
  },
  {
    id: 'condemned-attack-and-discussed-state',
    form: 'Panama: "condemned the X attack and discussed the situation in A" (an incident and a state, one sentence)',
    date: '2024-09-10',
    source: 'Ministry of Foreign Affairs of Panama',
    text:
      'Foreign Minister Javier Martínez-Acha received Foreign Minister Luis Gilberto Murillo of Colombia in Panama City on 10 September. ' +
      'The ministers condemned the attack on the Puerto Jordán military base and discussed the situation in Venezuela.',
    entities: [
      S('Panama'),
      S('Colombia'),
      S('Venezuela'),
      E('Martínez-Acha-Murillo meeting in Panama City', ['received'], '2024-09-10'),
      E('attack on the Puerto Jordán military base', ['attack']),
    ],
    relations: [
      ...dis('Martínez-Acha-Murillo meeting in Panama City', 'attack on the Puerto Jordán military base', 'Venezuela'),
    ],
  },
];

const CALLS_AND_LISTS: BankCase[] = [
  {
    id: 'call-leaders-also-addressed',
    form: 'Dominican Republic: a call, then "The leaders also addressed A and the B" (a later sentence of a call)',
    date: '2024-03-12',
    source: 'Presidency of the Dominican Republic',
    text:
      'President Luis Abinader held a telephone conversation with Prime Minister Justin Trudeau of Canada on 12 March. ' +
      'They spoke about tourism and trade. ' +
      'The leaders also addressed Haiti and the Caribbean Community.',
    entities: [
      S('Dominican Republic'),
      S('Canada'),
      S('Haiti'),
      O('Caribbean Community'),
      E('Abinader-Trudeau telephone conversation', ['telephone conversation'], '2024-03-12'),
    ],
    relations: [...dis('Abinader-Trudeau telephone conversation', 'Haiti', 'Caribbean Community')],
  },
  {
    id: 'colon-list-of-topics',
    form: 'Jamaica: "Topics included: A; the B; and the C Agreement." (a colon list with semicolons)',
    date: '2024-10-24',
    source: 'Office of the Prime Minister of Jamaica',
    text:
      'Prime Minister Andrew Holness met Prime Minister Keir Starmer of the United Kingdom in Apia on 24 October. ' +
      'Topics included: Haiti; the Commonwealth; and the CARIFORUM-UK Economic Partnership Agreement.',
    entities: [
      S('Jamaica'),
      S('United Kingdom'),
      S('Haiti'),
      O('Commonwealth'),
      A('CARIFORUM-UK Economic Partnership Agreement'),
      E('Holness-Starmer meeting in Apia', ['met'], '2024-10-24'),
    ],
    relations: [
      ...dis('Holness-Starmer meeting in Apia', 'Haiti', 'Commonwealth', 'CARIFORUM-UK Economic Partnership Agreement'),
    ],
  },
  {
    id: 'bulleted-list-of-topics',
    form: 'Guyana: "The discussions centred on the following:" then a bulleted list (a state, a body, an agreement)',
    date: '2024-04-22',
    source: 'Ministry of Foreign Affairs and International Cooperation of Guyana',
    text:
      'Minister of Foreign Affairs Hugh Todd met Foreign Minister Mélanie Joly of Canada in Georgetown on 22 April. ' +
      'The discussions centred on the following:\n\n' +
      '- Venezuela\n' +
      '- the Organization of American States\n' +
      '- the Canada-CARICOM Trade and Economic Cooperation Agreement',
    entities: [
      S('Guyana'),
      S('Canada'),
      S('Venezuela'),
      O('Organization of American States'),
      A('Canada-CARICOM Trade and Economic Cooperation Agreement'),
      E('Todd-Joly meeting in Georgetown', ['met'], '2024-04-22'),
    ],
    relations: [
      ...dis(
        'Todd-Joly meeting in Georgetown',
        'Venezuela',
        'Organization of American States',
        'Canada-CARICOM Trade and Economic Cooperation Agreement',
      ),
    ],
  },
  {
    id: 'exchanged-views-on-cooperation-within-bodies',
    form: 'KPL: "exchanged views on cooperation within the frameworks of A and B" (bodies as frameworks)',
    date: '2024-10-08',
    source: 'Lao News Agency (KPL)',
    text:
      'Vientiane (KPL) – Prime Minister Sonexay Siphandone received Prime Minister Hun Manet of Cambodia at the Prime Minister’s Office on 8 October. ' +
      'The two leaders exchanged views on cooperation within the frameworks of ASEAN and the Mekong River Commission.',
    entities: [
      S('Laos'),
      S('Cambodia'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      O('Mekong River Commission'),
      E('Siphandone-Hun Manet meeting in Vientiane', ['received'], '2024-10-08'),
    ],
    relations: [
      ...dis(
        'Siphandone-Hun Manet meeting in Vientiane',
        'Association of Southeast Asian Nations',
        'Mekong River Commission',
      ),
    ],
  },
  {
    id: 'agreed-to-push-forward-project-and-agreement',
    form: 'AKP: "agreed to push forward the X project and the implementation of the Y Agreement" (an agreement in a list)',
    date: '2024-08-05',
    source: 'Agence Kampuchea Presse (AKP)',
    text:
      'Phnom Penh, August 5 (AKP) – Samdech Thipadei Hun Manet met with Vietnamese Prime Minister Pham Minh Chinh in Phnom Penh. ' +
      'The two leaders agreed to push forward the Funan Techo Canal project and the implementation of the Regional Comprehensive Economic Partnership Agreement.',
    entities: [
      S('Cambodia'),
      S('Viet Nam'),
      A('Regional Comprehensive Economic Partnership Agreement'),
      E('Hun Manet-Pham Minh Chinh meeting in Phnom Penh', ['met with'], '2024-08-05'),
    ],
    relations: [
      ...dis(
        'Hun Manet-Pham Minh Chinh meeting in Phnom Penh',
        'Regional Comprehensive Economic Partnership Agreement',
      ),
    ],
  },
  {
    id: 'audience-his-majesty-and-state',
    form: 'Brunei: "During the audience, … Myanmar and the ASEAN Five-Point Consensus were discussed" (an audience, passive)',
    date: '2024-05-16',
    source: 'Prime Minister’s Office of Brunei Darussalam',
    text:
      'His Majesty Sultan Haji Hassanal Bolkiah granted an audience to Foreign Minister Retno Marsudi of Indonesia at Istana Nurul Iman on 16 May. ' +
      'During the audience, Myanmar and the ASEAN Five-Point Consensus were discussed.',
    entities: [
      S('Brunei'),
      S('Indonesia'),
      S('Myanmar'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      A('Five-Point Consensus', 'ASEAN Five-Point Consensus'),
      E('Hassanal Bolkiah-Marsudi audience at Istana Nurul Iman', ['audience'], '2024-05-16'),
    ],
    relations: [...dis('Hassanal Bolkiah-Marsudi audience at Istana Nurul Iman', 'Myanmar', 'Five-Point Consensus')],
  },
  {
    id: 'president-spoke-about-membership-of-body',
    form: 'Timor-Leste: "spoke about Timor-Leste\'s full membership of the X and the Y" (a body; the own state no topic)',
    date: '2025-01-20',
    source: 'Presidency of the Republic of Timor-Leste',
    text:
      'President José Ramos-Horta received Foreign Minister Enrique Manalo of the Philippines in Dili on 20 January. ' +
      'The two spoke about Timor-Leste’s full membership of ASEAN and the World Trade Organization.',
    entities: [
      S('Timor-Leste'),
      S('Philippines'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      O('World Trade Organization'),
      E('Ramos-Horta-Manalo meeting in Dili', ['received'], '2025-01-20'),
    ],
    relations: [
      ...dis(
        'Ramos-Horta-Manalo meeting in Dili',
        'Association of Southeast Asian Nations',
        'World Trade Organization',
      ),
    ],
  },
  {
    id: 'png-bilateral-security-agreement-and-bougainville',
    form: 'PNG: "The Prime Ministers also reviewed the X Agreement and the Y referendum" (an agreement and an event)',
    date: '2024-12-12',
    source: 'Office of the Prime Minister of Papua New Guinea',
    text:
      'Prime Minister James Marape welcomed Prime Minister Anthony Albanese of Australia to Port Moresby on 12 December. ' +
      'The Prime Ministers also reviewed the Bilateral Security Agreement and the Bougainville referendum.',
    entities: [
      S('Papua New Guinea'),
      S('Australia'),
      A('Bilateral Security Agreement'),
      E('Marape-Albanese meeting in Port Moresby', ['welcomed'], '2024-12-12'),
      E('Bougainville referendum', ['referendum']),
    ],
    relations: [
      ...dis('Marape-Albanese meeting in Port Moresby', 'Bilateral Security Agreement', 'Bougainville referendum'),
    ],
  },
  {
    id: 'vanuatu-issues-of-mutual-interest-such-as',
    form: 'Vanuatu: "issues of mutual interest, such as A and the B" (a such-as list)',
    date: '2024-07-18',
    source: 'Government of Vanuatu',
    text:
      'Prime Minister Charlot Salwai met Prime Minister Sitiveni Rabuka of Fiji in Port Vila on 18 July. ' +
      'They discussed issues of mutual interest, such as New Caledonia and the Melanesian Spearhead Group.',
    entities: [
      S('Vanuatu'),
      S('Fiji'),
      S('New Caledonia'),
      O('Melanesian Spearhead Group'),
      E('Salwai-Rabuka meeting in Port Vila', ['met'], '2024-07-18'),
    ],
    relations: [...dis('Salwai-Rabuka meeting in Port Vila', 'New Caledonia', 'Melanesian Spearhead Group')],
  },
  {
    id: 'antara-wire-said-after-meeting',
    form: 'Antara: wire "said after the meeting that the two discussed A and the B" (a said-clause carrying the topics)',
    date: '2024-09-04',
    source: 'Antara (Indonesia)',
    text: 'Jakarta (ANTARA) – Foreign Minister Retno Marsudi said after meeting Australian Foreign Minister Penny Wong in Jakarta on Wednesday that the two had discussed Papua New Guinea and the Pacific Islands Forum.',
    entities: [
      S('Indonesia'),
      S('Australia'),
      S('Papua New Guinea'),
      O('Pacific Islands Forum'),
      E('Marsudi-Wong meeting in Jakarta', ['meeting'], '2024-09-04'),
    ],
    relations: [...dis('Marsudi-Wong meeting in Jakarta', 'Papua New Guinea', 'Pacific Islands Forum')],
  },
  {
    id: 'pna-two-officials-also-tackled',
    form: 'PNA: "The two officials also tackled the X and the Y" (tackled, a code of conduct under negotiation)',
    date: '2024-02-29',
    source: 'Philippine News Agency',
    text:
      'MANILA – Foreign Affairs Secretary Enrique Manalo met Japanese Foreign Minister Yoko Kamikawa in Manila on Thursday. ' +
      'The two officials also tackled the South China Sea Code of Conduct and the Reciprocal Access Agreement.',
    entities: [
      S('Philippines'),
      S('Japan'),
      A('South China Sea Code of Conduct'),
      A('Reciprocal Access Agreement'),
      E('Manalo-Kamikawa meeting in Manila', ['met'], '2024-02-29'),
    ],
    relations: [
      ...dis('Manalo-Kamikawa meeting in Manila', 'South China Sea Code of Conduct', 'Reciprocal Access Agreement'),
    ],
  },
  {
    id: 'nato-secretary-general-and-state-focus',
    form: 'NATO: "The focus of their meeting was A and the B summit" (a copular topic sentence)',
    date: '2025-02-12',
    source: 'NATO',
    text:
      'NATO Secretary General Mark Rutte met Prime Minister Kristen Michal of Estonia at NATO Headquarters on 12 February. ' +
      'The focus of their meeting was Ukraine and the NATO summit in The Hague.',
    entities: [
      S('Estonia'),
      S('Ukraine'),
      O('North Atlantic Treaty Organization', 'NATO'),
      E('Rutte-Michal meeting at NATO Headquarters', ['met', 'meeting'], '2025-02-12'),
      E('NATO summit in The Hague', ['summit']),
    ],
    relations: [...dis('Rutte-Michal meeting at NATO Headquarters', 'Ukraine', 'NATO summit in The Hague')],
  },
  {
    id: 'coe-secretary-general-convention',
    form: 'Council of Europe: "They discussed the X Convention and the Y Commission" (a convention and a body)',
    date: '2024-11-26',
    source: 'Council of Europe',
    text:
      'Secretary General Alain Berset met Prime Minister Irakli Kobakhidze of Georgia in Strasbourg on 26 November. ' +
      'They discussed the Istanbul Convention and the Venice Commission.',
    entities: [
      S('Georgia'),
      O('Council of Europe'),
      O('Venice Commission'),
      A('Istanbul Convention'),
      E('Berset-Kobakhidze meeting in Strasbourg', ['met'], '2024-11-26'),
    ],
    relations: [...dis('Berset-Kobakhidze meeting in Strasbourg', 'Istanbul Convention', 'Venice Commission')],
  },
  {
    id: 'arab-league-consultations-on-state-and-initiative',
    form: 'Arab League: "Consultations dealt with the situation in A and the Arab Peace Initiative" (consultations as subject)',
    date: '2024-06-03',
    source: 'League of Arab States',
    text:
      'Secretary-General Ahmed Aboul Gheit received Foreign Minister Ahmed Attaf of Algeria at the League’s headquarters in Cairo on 3 June. ' +
      'Consultations dealt with the situation in Sudan and the Arab Peace Initiative.',
    entities: [
      S('Algeria'),
      S('Sudan'),
      O('League of Arab States', 'League'),
      A('Arab Peace Initiative'),
      E('Aboul Gheit-Attaf meeting in Cairo', ['received', 'Consultations'], '2024-06-03'),
    ],
    relations: [...dis('Aboul Gheit-Attaf meeting in Cairo', 'Sudan', 'Arab Peace Initiative')],
  },
  {
    id: 'gcc-secretary-general-free-trade-negotiations',
    form: 'GCC: "the two sides reviewed the course of the X free trade negotiations" (negotiations, an Event)',
    date: '2025-01-15',
    source: 'GCC Secretariat General',
    text:
      'Secretary-General Jasem Mohamed Albudaiwi received the Ambassador of Japan, Ryuji Baba, in Riyadh on 15 January. ' +
      'During the meeting, the two sides reviewed the course of the GCC-Japan free trade negotiations.',
    entities: [
      S('Japan'),
      O('Gulf Cooperation Council', 'GCC'),
      E('Albudaiwi-Baba meeting in Riyadh', ['received', 'meeting'], '2025-01-15'),
      E('GCC-Japan free trade negotiations', ['negotiations']),
    ],
    relations: [...dis('Albudaiwi-Baba meeting in Riyadh', 'GCC-Japan free trade negotiations')],
  },
  {
    id: 'pif-secretary-general-declaration',
    form: 'PIF: "The meeting also considered the X Declaration and A\'s hosting of the Y" (an agreement and a planned event)',
    date: '2025-03-20',
    source: 'Pacific Islands Forum Secretariat',
    text:
      'Secretary General Baron Waqa met Prime Minister Jeremiah Manele of Solomon Islands in Suva on 20 March. ' +
      'The meeting also considered the Boe Declaration and Solomon Islands’ hosting of the 2025 Forum Leaders Meeting.',
    entities: [
      S('Solomon Islands'),
      O('Pacific Islands Forum', 'Forum'),
      A('Boe Declaration'),
      E('Waqa-Manele meeting in Suva', ['met', 'meeting'], '2025-03-20'),
      E('2025 Forum Leaders Meeting', ['Forum Leaders Meeting']),
    ],
    relations: [...dis('Waqa-Manele meeting in Suva', 'Boe Declaration', '2025 Forum Leaders Meeting')],
  },
  {
    id: 'lusa-wire-leaders-also-talked',
    form: 'Lusa: wire, the meeting told in a said-clause, then "The two leaders also talked about A" (a later sentence)',
    date: '2024-07-19',
    source: 'Lusa (Portugal)',
    text:
      'Lisbon, 19 July (Lusa) – Prime Minister Luís Montenegro said he had met President Umaro Sissoco Embaló of Guinea-Bissau at São Bento. ' +
      'The two leaders also talked about the Community of Portuguese Language Countries and Cabo Verde.',
    entities: [
      S('Portugal'),
      S('Guinea-Bissau'),
      S('Cabo Verde'),
      O('Community of Portuguese Language Countries'),
      E('Montenegro-Embaló meeting at São Bento', ['met'], '2024-07-19'),
    ],
    relations: [
      ...dis('Montenegro-Embaló meeting at São Bento', 'Community of Portuguese Language Countries', 'Cabo Verde'),
    ],
  },
  {
    id: 'efe-wire-analysed-state-and-agreement',
    form: 'EFE: "both analysed the situation in A and the B Agreement" (analysed, a wire)',
    date: '2024-10-17',
    source: 'EFE',
    text:
      'Madrid (EFE) – Foreign Minister José Manuel Albares met his Moroccan counterpart Nasser Bourita in Madrid on Thursday. ' +
      'Both analysed the situation in Western Sahara and the Joint Declaration of 2022.',
    entities: [
      S('Spain'),
      S('Morocco'),
      S('Western Sahara'),
      A('Joint Declaration of 2022'),
      E('Albares-Bourita meeting in Madrid', ['met'], '2024-10-17'),
    ],
    relations: [...dis('Albares-Bourita meeting in Madrid', 'Western Sahara', 'Joint Declaration of 2022')],
  },
  {
    id: 'ansa-wire-talks-also-on',
    form: 'ANSA: "Talks were also on A and the B plan" (talks as subject with "on", a plan)',
    date: '2025-01-29',
    source: 'ANSA (Italy)',
    text:
      'ROME – Foreign Minister Antonio Tajani met Libyan Prime Minister Abdul Hamid Dbeibah in Rome on Wednesday. ' +
      'Talks were also on Tunisia and the Mattei Plan for Africa.',
    entities: [
      S('Italy'),
      S('Libya'),
      S('Tunisia'),
      E('Tajani-Dbeibah meeting in Rome', ['met', 'Talks'], '2025-01-29'),
    ],
    relations: [...dis('Tajani-Dbeibah meeting in Rome', 'Tunisia')],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-state-in-participant-office',
    form: 'negative: "the Minister of Foreign Affairs of A" (a state only in a participant\'s office is no topic)',
    date: '2024-09-03',
    source: 'Ministry of Foreign Affairs of Mauritius',
    text:
      'The Minister of Foreign Affairs of Mauritius met the Minister of Foreign Affairs of Madagascar, Rasata Rafaravavitafika, in Port Louis on 3 September. ' +
      'They discussed fisheries and maritime security.',
    entities: [S('Mauritius'), S('Madagascar'), E('meeting in Port Louis', ['met'], '2024-09-03')],
    relations: [],
  },
  {
    id: 'negative-venue-city-comma-state',
    form: 'negative: "met … in City, A" (a state only as the venue, then topics of other kinds)',
    date: '2024-11-14',
    source: 'Ministry of Foreign Affairs of Uruguay',
    text:
      'Foreign Minister Omar Paganini met Foreign Minister Mauro Vieira of Brazil in Lima, Peru, on 14 November. ' +
      'The ministers discussed trade and border infrastructure.',
    entities: [S('Uruguay'), S('Brazil'), S('Peru'), E('Paganini-Vieira meeting in Lima', ['met'], '2024-11-14')],
    relations: [],
  },
  {
    id: 'negative-headquarters-of-body-as-venue',
    form: 'negative: "at the headquarters of the X in City" (a body only as the venue)',
    date: '2025-02-19',
    source: 'Ministry of Foreign Affairs of Rwanda',
    text:
      'Minister Olivier Nduhungirehe met Foreign Minister Kembo Mohadi of Zimbabwe at the headquarters of the African Union in Addis Ababa on 19 February. ' +
      'The ministers discussed trade and aviation links.',
    entities: [
      S('Rwanda'),
      S('Zimbabwe'),
      O('African Union'),
      E('Nduhungirehe-Mohadi meeting in Addis Ababa', ['met'], '2025-02-19'),
    ],
    relations: [],
  },
  {
    id: 'negative-sidelines-summit-frame',
    form: 'negative: "on the sidelines of the X summit" (the frame of the meeting is no topic of it)',
    date: '2024-10-25',
    source: 'Office of the Prime Minister of Jamaica',
    text:
      'Prime Minister Andrew Holness met Prime Minister Christopher Luxon of New Zealand on the sidelines of the Commonwealth Heads of Government Meeting in Apia on 25 October. ' +
      'They discussed climate finance and agriculture.',
    entities: [
      S('Jamaica'),
      S('New Zealand'),
      O('Commonwealth'),
      E('Holness-Luxon meeting in Apia', ['met'], '2024-10-25'),
      E('Commonwealth Heads of Government Meeting in Apia', ['Commonwealth Heads of Government Meeting']),
    ],
    relations: [],
  },
  {
    id: 'negative-arrived-from-state',
    form: 'negative: "arrived from A" and a demonym (a state the visitor came from is no topic)',
    date: '2024-06-11',
    source: 'Government of Montenegro',
    text:
      'Foreign Minister Ervin Ibrahimović received the Slovenian Foreign Minister Tanja Fajon, who arrived from Croatia, in Podgorica on 11 June. ' +
      'The two ministers discussed the rule of law and energy.',
    entities: [
      S('Montenegro'),
      S('Slovenia'),
      S('Croatia'),
      E('Ibrahimović-Fajon meeting in Podgorica', ['received'], '2024-06-11'),
    ],
    relations: [],
  },
  {
    id: 'negative-title-names-states',
    form: 'negative: a title naming both states ("A–B talks in City"); the body names only the participants\' states',
    date: '2024-04-30',
    title: 'Argentina–Chile talks in Santiago',
    source: 'Ministry of Foreign Affairs of Argentina',
    text:
      'Foreign Minister Diana Mondino met Foreign Minister Alberto van Klaveren of Chile in Santiago on 30 April. ' +
      'Argentina and Chile agreed to deepen energy integration.',
    entities: [
      S('Argentina'),
      S('Chile'),
      E('Mondino-van Klaveren meeting in Santiago', ['met', 'talks'], '2024-04-30'),
    ],
    relations: [],
  },
  {
    id: 'negative-ambassador-of-state-accompanied',
    form: 'negative: "accompanied by the Ambassador of A to B" (states in an office of the retinue)',
    date: '2025-03-11',
    source: 'Presidency of the Dominican Republic',
    text:
      'President Luis Abinader received Foreign Minister José Manuel Albares of Spain, accompanied by the Ambassador of Spain to the Dominican Republic, at the National Palace on 11 March. ' +
      'They discussed investment and tourism.',
    entities: [
      S('Dominican Republic'),
      S('Spain'),
      E('Abinader-Albares meeting at the National Palace', ['received'], '2025-03-11'),
    ],
    relations: [],
  },
  {
    id: 'negative-organisation-as-employer-of-participant',
    form: 'negative: "Director-General of the X, Y, paid a courtesy call" (a body only as a participant\'s employer)',
    date: '2024-08-27',
    source: 'Government of Vanuatu',
    text:
      'The Director-General of the Pacific Community, Stuart Minchin, paid a courtesy call on Prime Minister Charlot Salwai in Port Vila on 27 August. ' +
      'They discussed fisheries science and disaster preparedness.',
    entities: [
      S('Vanuatu'),
      O('Pacific Community'),
      E('Minchin-Salwai courtesy call in Port Vila', ['courtesy call'], '2024-08-27'),
    ],
    relations: [],
  },
];

/** The bank: subjects told in later sentences, by stance verbs, in calls and lists, and negatives. */
export const EVENT_BANK: BankCase[] = [...LATER_SENTENCES, ...STANCES, ...CALLS_AND_LISTS, ...NEGATIVES];
