// The eighth topics paraphrase bank (issue 6, round top23): a blind bank written before any rule change of the round,
// on DISCUSSED and INVOLVES, still the two weakest relations at first look, told in constructions the topics banks
// 1–7 and the incidents bank do not hold, in the voices of issuers not used there: Iceland, Malta, Slovenia,
// Bulgaria (BTA), Serbia (Tanjug), Estonia (ERR), Mongolia (Montsame), Ghana, Australia (DFAT), the ASEAN Secretariat,
// India (MEA), South Africa (DIRCO), Ireland, Türkiye, Singapore, Qatar (QNA), Oman (ONA), Bahrain (BNA), Moldova,
// France, Zambia, Nepal, Bangladesh, Japan, Poland, Tajikistan, Cameroon, Morocco, Malaysia, Croatia, Libya/Malta,
// Samoa, Djibouti, Jordan (Petra), Somalia, the United Kingdom (FCDO), Ecuador, the Bahamas, Canada and Armenia:
// topics told in later paragraphs and tied back to the meeting ("On A, the two leaders …", "As regards the Middle
// East, …", "The Minister also raised", "The talks focused on", "Items on the agenda included", "Also raised were",
// "Attention then turned to", "A large part of the conversation was devoted to", a numbered list), agreements and
// gatherings as topics ("reviewed the state of play of", "preparations for the X summit, which will be held in"),
// topics of calls, videoconferences and of a session inside a summit, topics told by verbs of stance ("welcomed the
// accession of A, B and C to X", "expressed support for A's bid to join X", "reaffirmed their support for the
// territorial integrity of A", "congratulated A on its chairmanship of X"); INVOLVES of incidents and crises (a coup
// d'état and a coup attempt, floods in a city, detentions by a state, attacks on a UN mission, an assassination
// attempt, a shipwreck off a coast, an occupation, a volcanic eruption, hostage-taking, deportation, gang violence,
// an expulsion) and of mediations and negotiation rounds ("A's mediation between B and C", "under A-ian, B-i and C-n
// mediation", "hosted by", "IGAD-led", "convened by … with A, B and C", "held in A"); negatives (a state only as the
// venue, a speaker's nationality, a topic of an earlier meeting, "the international community", an embassy as venue,
// a body that only condemned an incident, the participants' own states).
// Its area is Events and Agreements and DISCUSSED and INVOLVES (`npm run bank -- topics-8`).
// First, blind pass (bank 232db19, rules of main fa9eec0): 18/56 cases pass, facts found 151/226 (66.8 %), false facts
// 31 (Event 74/88, 6 false; Agreement 6/7, 1 false; DISCUSSED 46/79, 21 false; INVOLVES 25/52, 3 false). Six
// corrections after it, to the conventions (docs/first-look.md, "Round top23": five meeting names by the surname as
// written last or the text's own "talks", one ceasefire under negotiation an Agreement): 23/56, 164/228, 18 false
// (Event 79/88, 1 false; Agreement 7/8; DISCUSSED 53/80, 14 false; INVOLVES 25/52, 3 false).
// Three more corrections with the rules, to the dev gold: a summit that frames the readout's meeting (a bilateral on its
// sidelines, a session of it) gets no INVOLVES of its body (9 of 11 such frames in the dev gold have none): 225 facts.
// After the top23 rules (rules-top23.ts, rules-top23-events.ts): 35/56 cases pass, facts found 190/225 (84.4 %), false
// facts 14 (Event 84/88, 1 false; Agreement 7/8; DISCUSSED 62/80, 11 false; INVOLVES 37/49, 2 false).
import { type BankCase, A, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Event', 'Agreement'];

const TOLD_LATER: BankCase[] = [
  {
    id: 'on-state-the-two-leaders-later-paragraph',
    form: 'Iceland: a meeting, a paragraph on other matters, then "On A, the two leaders agreed …" (a state opening a third paragraph)',
    date: '2025-06-02',
    source: 'Government of Iceland',
    text:
      'Prime Minister Kristrún Frostadóttir received Prime Minister Jonas Gahr Støre of Norway in Reykjavík on 2 June.\n\n' +
      'The two leaders discussed Arctic cooperation, fisheries and energy.\n\n' +
      'On Ukraine, the two leaders agreed that support must be sustained through the coming winter.',
    entities: [
      P('Kristrún Frostadóttir', 'Prime Minister Kristrún Frostadóttir'),
      P('Jonas Gahr Støre', 'Prime Minister Jonas Gahr Støre'),
      S('Iceland'),
      S('Norway'),
      S('Ukraine'),
      E('Frostadóttir-Støre meeting in Reykjavík', ['received'], '2025-06-02'),
    ],
    relations: [...dis('Frostadóttir-Støre meeting in Reykjavík', 'Ukraine')],
  },
  {
    id: 'as-regards-region-then-states',
    form: 'Malta: "As regards the Middle East, the two ministers discussed the transition in A and the situation in B" (a region opening a later sentence)',
    date: '2025-01-14',
    source: 'Ministry for Foreign and European Affairs and Trade of Malta',
    text:
      'Minister for Foreign and European Affairs Ian Borg held talks with Foreign Minister Ayman Safadi of Jordan in Valletta on 14 January. ' +
      'The ministers first reviewed trade and tourism links. ' +
      'As regards the Middle East, the two ministers discussed the transition in Syria and the situation in Lebanon.',
    entities: [
      P('Ian Borg', 'Minister for Foreign and European Affairs Ian Borg'),
      P('Ayman Safadi', 'Foreign Minister Ayman Safadi'),
      S('Malta'),
      S('Jordan'),
      S('Syria'),
      S('Lebanon'),
      E('Borg-Safadi talks in Valletta', ['held talks'], '2025-01-14'),
    ],
    relations: [...dis('Borg-Safadi talks in Valletta', 'Syria', 'Lebanon')],
  },
  {
    id: 'minister-also-raised-state-and-body',
    form: 'Slovenia: "The talks centred on X. Minister Y also raised the situation in A and the work of the B" (surname subject, third sentence)',
    date: '2024-04-15',
    source: 'Ministry of Foreign and European Affairs of Slovenia',
    text:
      'Minister of Foreign and European Affairs Tanja Fajon received Foreign Minister Elmedin Konaković of Bosnia and Herzegovina in Ljubljana on 15 April. ' +
      'The talks centred on economic cooperation and energy links. ' +
      'Minister Fajon also raised the situation in Georgia and the work of the Organization for Security and Co-operation in Europe.',
    entities: [
      P('Tanja Fajon', 'Minister of Foreign and European Affairs Tanja Fajon', 'Minister Fajon'),
      P('Elmedin Konaković', 'Foreign Minister Elmedin Konaković'),
      S('Slovenia'),
      S('Bosnia and Herzegovina'),
      S('Georgia'),
      O('Organization for Security and Co-operation in Europe', 'OSCE'),
      E('Fajon-Konaković talks in Ljubljana', ['received', 'The talks'], '2024-04-15'),
    ],
    relations: [
      ...dis('Fajon-Konaković talks in Ljubljana', 'Georgia', 'Organization for Security and Co-operation in Europe'),
    ],
  },
  {
    id: 'talks-focused-on-implementation-and-preparations',
    form: 'Montsame: "The talks focused on the implementation of the X Agreement and on preparations for COP29" (an agreement and a planned gathering, no host)',
    date: '2024-09-10',
    source: 'Montsame (Mongolia)',
    text:
      'Ulaanbaatar, September 10 (MONTSAME). Minister of Foreign Affairs Battsetseg Batmunkh held talks with Foreign Minister Cho Tae-yul of the Republic of Korea today. ' +
      'The talks focused on the implementation of the Paris Agreement and on preparations for COP29.',
    entities: [
      P('Battsetseg Batmunkh', 'Minister of Foreign Affairs Battsetseg Batmunkh'),
      P('Cho Tae-yul', 'Foreign Minister Cho Tae-yul'),
      S('Mongolia'),
      S('Republic of Korea', 'South Korea'),
      E('Battsetseg-Cho talks in Ulaanbaatar', ['held talks', 'The talks'], '2024-09-10'),
      E('COP29'),
      A('Paris Agreement'),
    ],
    relations: [...dis('Battsetseg-Cho talks in Ulaanbaatar', 'Paris Agreement', 'COP29')],
  },
  {
    id: 'items-on-agenda-included',
    form: 'BTA: "Items on the agenda included the X and the situation in A" (a body and a state as subjects of "included")',
    date: '2025-02-28',
    source: 'Bulgarian News Agency (BTA)',
    text:
      'Sofia, February 28 (BTA) - Foreign Minister Georg Georgiev received Foreign Minister Emil Hurezeanu of Romania at the Ministry on Friday. ' +
      'Items on the agenda included the Organization of the Black Sea Economic Cooperation and the situation in Moldova.',
    entities: [
      P('Georg Georgiev', 'Foreign Minister Georg Georgiev'),
      P('Emil Hurezeanu', 'Foreign Minister Emil Hurezeanu'),
      S('Bulgaria'),
      S('Romania'),
      S('Moldova'),
      O('Organization of the Black Sea Economic Cooperation', 'BSEC'),
      E('Georgiev-Hurezeanu meeting in Sofia', ['received'], '2025-02-28'),
    ],
    relations: [
      ...dis('Georgiev-Hurezeanu meeting in Sofia', 'Organization of the Black Sea Economic Cooperation', 'Moldova'),
    ],
  },
  {
    id: 'reviewed-state-of-play-of-agreement',
    form: 'Tanjug: "They reviewed the state of play of the X Agreement and A\'s alignment with …" (an agreement; the participant\'s own state is no topic)',
    date: '2025-03-17',
    source: 'Tanjug (Serbia)',
    text:
      'BRUSSELS, March 17 (Tanjug) - Serbian Foreign Minister Marko Đurić met EU High Representative Kaja Kallas in Brussels on Monday. ' +
      "They reviewed the state of play of the Stabilisation and Association Agreement and Serbia's alignment with the EU's foreign policy.",
    entities: [
      P('Marko Đurić', 'Serbian Foreign Minister Marko Đurić'),
      P('Kaja Kallas', 'EU High Representative Kaja Kallas'),
      S('Serbia'),
      O('European Union', 'EU'),
      E('Đurić-Kallas meeting in Brussels', ['met'], '2025-03-17'),
      A('Stabilisation and Association Agreement'),
    ],
    relations: [...dis('Đurić-Kallas meeting in Brussels', 'Stabilisation and Association Agreement')],
  },
  {
    id: 'preparations-for-body-summit-which-will-be-held',
    form: 'ERR: "discussed preparations for the X summit, which will be held in City in June" (a body\'s summit, host by city only)',
    date: '2025-05-12',
    source: 'ERR News (Estonia)',
    text:
      'Prime Minister Kristen Michal met Prime Minister Dick Schoof of the Netherlands in Tallinn on Monday, 12 May. ' +
      'The two prime ministers discussed preparations for the NATO summit, which will be held in The Hague in June.',
    entities: [
      P('Kristen Michal', 'Prime Minister Kristen Michal'),
      P('Dick Schoof', 'Prime Minister Dick Schoof'),
      S('Estonia'),
      S('Netherlands'),
      O('North Atlantic Treaty Organization', 'NATO'),
      E('Michal-Schoof meeting in Tallinn', ['met'], '2025-05-12'),
      E('NATO summit', ['NATO summit in The Hague']),
    ],
    relations: [
      ...dis('Michal-Schoof meeting in Tallinn', 'NATO summit'),
      ...inv('NATO summit', 'North Atlantic Treaty Organization'),
    ],
  },
  {
    id: 'the-call-covered',
    form: 'Ghana: "X spoke by telephone with Y. The call covered the X standby force and the political transition in A" (a call as subject)',
    date: '2025-01-14',
    source: 'Office of the President of Ghana',
    text:
      'President John Dramani Mahama spoke by telephone with President Bola Ahmed Tinubu of Nigeria on 14 January. ' +
      'The call covered the ECOWAS standby force and the political transition in Guinea.',
    entities: [
      P('John Dramani Mahama', 'President John Dramani Mahama'),
      P('Bola Ahmed Tinubu', 'President Bola Ahmed Tinubu'),
      S('Ghana'),
      S('Nigeria'),
      S('Guinea'),
      O('Economic Community of West African States', 'ECOWAS'),
      E('Mahama-Tinubu telephone call', ['spoke by telephone', 'The call'], '2025-01-14'),
    ],
    relations: [...dis('Mahama-Tinubu telephone call', 'Economic Community of West African States', 'Guinea')],
  },
  {
    id: 'videoconference-body-meeting-in-state',
    form: 'DFAT: "held a videoconference with Y. They discussed the X Leaders Meeting in A and developments in B" (a videoconference, a body\'s meeting in a host state)',
    date: '2024-08-02',
    source: 'Department of Foreign Affairs and Trade of Australia',
    text:
      'Foreign Minister Penny Wong held a videoconference with Foreign Minister Winston Peters of New Zealand on 2 August. ' +
      'They discussed the Pacific Islands Forum Leaders Meeting in Tonga and developments in Papua New Guinea.',
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong'),
      P('Winston Peters', 'Foreign Minister Winston Peters'),
      S('Australia'),
      S('New Zealand'),
      S('Tonga'),
      S('Papua New Guinea'),
      O('Pacific Islands Forum'),
      E('Wong-Peters videoconference', ['videoconference'], '2024-08-02'),
      E('Pacific Islands Forum Leaders Meeting in Tonga', ['Pacific Islands Forum Leaders Meeting']),
    ],
    relations: [
      ...dis('Wong-Peters videoconference', 'Pacific Islands Forum Leaders Meeting in Tonga', 'Papua New Guinea'),
      ...inv('Pacific Islands Forum Leaders Meeting in Tonga', 'Pacific Islands Forum', 'Tonga'),
    ],
  },
  {
    id: 'retreat-session-of-summit-its-own-topic',
    form: 'ASEAN Secretariat: "X chaired the Retreat Session of the 44th ASEAN Summit. Leaders discussed the situation in A at the Retreat" (a session inside a summit)',
    date: '2024-10-10',
    source: 'ASEAN Secretariat',
    text:
      'Prime Minister Sonexay Siphandone of the Lao PDR chaired the Retreat Session of the 44th ASEAN Summit on 10 October. ' +
      'Leaders discussed the situation in Myanmar at the Retreat.',
    entities: [
      P('Sonexay Siphandone', 'Prime Minister Sonexay Siphandone'),
      S('Laos', 'Lao PDR'),
      S('Myanmar'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      E('44th ASEAN Summit', ['ASEAN Summit']),
      E('Retreat Session of the 44th ASEAN Summit', ['Retreat Session', 'the Retreat'], '2024-10-10'),
    ],
    relations: [...dis('Retreat Session of the 44th ASEAN Summit', 'Myanmar')],
  },
  {
    id: 'session-of-g20-summit-discussed-bodies',
    form: 'MEA India: "X addressed the session on … at the G20 Leaders\' Summit in City. The session discussed the reform of the A and of the B" (a session\'s topics)',
    date: '2024-11-19',
    source: 'Ministry of External Affairs of India',
    text:
      "Prime Minister Narendra Modi addressed the session on the reform of global governance institutions at the G20 Leaders' Summit in Rio de Janeiro on 19 November. " +
      'The session discussed the reform of the United Nations Security Council and of the World Trade Organization.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('India'),
      O('G20'),
      O('United Nations Security Council'),
      O('World Trade Organization'),
      E("G20 Leaders' Summit in Rio de Janeiro", ["G20 Leaders' Summit"]),
      E('session on the reform of global governance institutions', ['session', 'The session'], '2024-11-19'),
    ],
    relations: [
      ...dis(
        'session on the reform of global governance institutions',
        'United Nations Security Council',
        'World Trade Organization',
      ),
    ],
  },
  {
    id: 'welcomed-accession-of-states-to-body',
    form: 'DIRCO: "The two ministers welcomed the accession of A, B and C to X" (three third states and a bloc)',
    date: '2024-02-05',
    source: 'Department of International Relations and Cooperation of South Africa',
    text:
      'Minister of International Relations and Cooperation Naledi Pandor held talks with External Affairs Minister S. Jaishankar in Pretoria on 5 February. ' +
      'The two ministers welcomed the accession of Egypt, Ethiopia and the United Arab Emirates to BRICS.',
    entities: [
      P('Naledi Pandor', 'Minister of International Relations and Cooperation Naledi Pandor'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar'),
      S('South Africa'),
      S('India'),
      S('Egypt'),
      S('Ethiopia'),
      S('United Arab Emirates'),
      O('BRICS'),
      E('Pandor-Jaishankar talks in Pretoria', ['held talks'], '2024-02-05'),
    ],
    relations: [...dis('Pandor-Jaishankar talks in Pretoria', 'Egypt', 'Ethiopia', 'United Arab Emirates', 'BRICS')],
  },
  {
    id: 'expressed-support-for-bid-to-join',
    form: 'Ireland: "Both ministers expressed support for A\'s bid to join the X" (a third state and a body after a stance verb)',
    date: '2025-03-03',
    source: 'Department of Foreign Affairs of Ireland',
    text:
      'The Tánaiste and Minister for Foreign Affairs, Micheál Martin, met Foreign Minister Radosław Sikorski of Poland at Iveagh House in Dublin on 3 March. ' +
      "Both ministers expressed support for Ukraine's bid to join the European Union.",
    entities: [
      P('Micheál Martin', 'Minister for Foreign Affairs, Micheál Martin', 'The Tánaiste'),
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski'),
      S('Ireland'),
      S('Poland'),
      S('Ukraine'),
      O('European Union'),
      E('Martin-Sikorski meeting at Iveagh House', ['met'], '2025-03-03'),
    ],
    relations: [...dis('Martin-Sikorski meeting at Iveagh House', 'Ukraine', 'European Union')],
  },
  {
    id: 'reaffirmed-support-for-territorial-integrity',
    form: 'Türkiye: "The two Ministers reaffirmed their support for the unity and territorial integrity of A" (a third state after "of")',
    date: '2024-12-04',
    source: 'Ministry of Foreign Affairs of Türkiye',
    text:
      'Minister of Foreign Affairs Hakan Fidan met with Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al Thani of Qatar in Ankara on 4 December. ' +
      'The two Ministers reaffirmed their support for the unity and territorial integrity of Somalia.',
    entities: [
      P('Hakan Fidan', 'Minister of Foreign Affairs Hakan Fidan'),
      P('Mohammed bin Abdulrahman Al Thani', 'Sheikh Mohammed bin Abdulrahman Al Thani'),
      S('Türkiye', 'Turkey'),
      S('Qatar'),
      S('Somalia'),
      E('Fidan-Al Thani meeting in Ankara', ['met'], '2024-12-04'),
    ],
    relations: [...dis('Fidan-Al Thani meeting in Ankara', 'Somalia')],
  },
  {
    id: 'congratulated-state-on-chairmanship-of-body',
    form: 'Singapore: "The two ministers congratulated A on its chairmanship of X in 2025" (a third state and a body)',
    date: '2025-02-03',
    source: 'Ministry of Foreign Affairs of Singapore',
    text:
      'Minister for Foreign Affairs Vivian Balakrishnan met Foreign Minister Maris Sangiampongsa of Thailand in Singapore on 3 February. ' +
      'The two ministers congratulated Malaysia on its chairmanship of ASEAN in 2025.',
    entities: [
      P('Vivian Balakrishnan', 'Minister for Foreign Affairs Vivian Balakrishnan'),
      P('Maris Sangiampongsa', 'Foreign Minister Maris Sangiampongsa'),
      S('Singapore'),
      S('Thailand'),
      S('Malaysia'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      E('Balakrishnan-Sangiampongsa meeting in Singapore', ['met'], '2025-02-03'),
    ],
    relations: [
      ...dis('Balakrishnan-Sangiampongsa meeting in Singapore', 'Malaysia', 'Association of Southeast Asian Nations'),
    ],
  },
  {
    id: 'discussions-also-extended-to',
    form: 'QNA: "During the meeting, they reviewed bilateral relations. Discussions also extended to the latest developments in A" (an agentless later sentence)',
    date: '2024-12-06',
    source: 'Qatar News Agency (QNA)',
    text:
      'Doha, December 06 (QNA) - Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani met today with Minister of Foreign Affairs of the Republic of Türkiye Hakan Fidan. ' +
      'During the meeting, they reviewed bilateral relations. ' +
      'Discussions also extended to the latest developments in Syria.',
    entities: [
      P('Mohammed bin Abdulrahman bin Jassim Al Thani', 'Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani'),
      P('Hakan Fidan'),
      S('Qatar'),
      S('Türkiye', 'Turkey'),
      S('Syria'),
      E('Al Thani-Fidan meeting in Doha', ['met', 'the meeting'], '2024-12-06'),
    ],
    relations: [...dis('Al Thani-Fidan meeting in Doha', 'Syria')],
  },
  {
    id: 'sides-briefed-each-other-on',
    form: 'ONA: "The two sides briefed each other on developments in A and B" (reciprocal briefing, two states)',
    date: '2025-04-11',
    source: 'Oman News Agency (ONA)',
    text:
      'Muscat, 11 April (ONA) - Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received Foreign Minister Abbas Araghchi of the Islamic Republic of Iran today. ' +
      'The two sides briefed each other on developments in Yemen and Sudan.',
    entities: [
      P('Badr bin Hamad Al Busaidi', 'Sayyid Badr bin Hamad Al Busaidi'),
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi'),
      S('Oman'),
      S('Iran', 'Islamic Republic of Iran'),
      S('Yemen'),
      S('Sudan'),
      E('Al Busaidi-Araghchi meeting in Muscat', ['received'], '2025-04-11'),
    ],
    relations: [...dis('Al Busaidi-Araghchi meeting in Muscat', 'Yemen', 'Sudan')],
  },
  {
    id: 'also-raised-were-inverted',
    form: 'BNA: "Also raised were the X Initiative and the situation in A" (inverted passive, an agreement and a state)',
    date: '2023-06-20',
    source: 'Bahrain News Agency (BNA)',
    text:
      'Manama, June 20 (BNA) - Foreign Minister Dr Abdullatif bin Rashid Al Zayani received Foreign Minister Dmytro Kuleba of Ukraine today. ' +
      'The two ministers reviewed bilateral cooperation in food security. ' +
      'Also raised were the Black Sea Grain Initiative and the situation in Sudan.',
    entities: [
      P('Abdullatif bin Rashid Al Zayani', 'Foreign Minister Dr Abdullatif bin Rashid Al Zayani'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba'),
      S('Bahrain'),
      S('Ukraine'),
      S('Sudan'),
      E('Al Zayani-Kuleba meeting in Manama', ['received'], '2023-06-20'),
      A('Black Sea Grain Initiative'),
    ],
    relations: [...dis('Al Zayani-Kuleba meeting in Manama', 'Black Sea Grain Initiative', 'Sudan')],
  },
  {
    id: 'numbered-list-after-discussed-colon',
    form: 'Moldova: "The ministers discussed:" then a numbered list "1. … 2. … 3. …" naming a body and a regional organisation',
    date: '2025-01-10',
    source: 'Ministry of Foreign Affairs of the Republic of Moldova',
    text:
      'Deputy Prime Minister and Minister of Foreign Affairs Mihai Popșoi received Foreign Minister Andrii Sybiha of Ukraine in Chișinău on 10 January. The ministers discussed:\n' +
      '1. the end of gas transit and energy security in the region;\n' +
      '2. the accession negotiations of both countries with the European Union;\n' +
      '3. cooperation within GUAM.',
    entities: [
      P('Mihai Popșoi', 'Minister of Foreign Affairs Mihai Popșoi'),
      P('Andrii Sybiha', 'Foreign Minister Andrii Sybiha'),
      S('Moldova', 'Republic of Moldova'),
      S('Ukraine'),
      O('European Union'),
      O('GUAM'),
      E('Popșoi-Sybiha meeting in Chișinău', ['received'], '2025-01-10'),
    ],
    relations: [...dis('Popșoi-Sybiha meeting in Chișinău', 'European Union', 'GUAM')],
  },
  {
    id: 'meeting-was-also-an-opportunity-to-address',
    form: 'France: "The meeting was also an opportunity to address the situation in A and the X" (a French-style later sentence)',
    date: '2025-02-12',
    source: 'Ministry for Europe and Foreign Affairs of France',
    text:
      'Minister for Europe and Foreign Affairs Jean-Noël Barrot received Foreign Minister Mauro Vieira of Brazil at the Quai d’Orsay on 12 February. ' +
      'The meeting was also an opportunity to address the situation in Haiti and the preparations for COP30.',
    entities: [
      P('Jean-Noël Barrot', 'Minister for Europe and Foreign Affairs Jean-Noël Barrot'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira'),
      S('France'),
      S('Brazil'),
      S('Haiti'),
      E('Barrot-Vieira meeting at the Quai d’Orsay', ['received', 'The meeting'], '2025-02-12'),
      E('COP30'),
    ],
    relations: [...dis('Barrot-Vieira meeting at the Quai d’Orsay', 'Haiti', 'COP30')],
  },
  {
    id: 'attention-then-turned-to',
    form: 'Zambia: "Attention then turned to the situation in eastern A and the X" (a later sentence with "attention" as subject)',
    date: '2024-07-18',
    source: 'Ministry of Foreign Affairs and International Cooperation of Zambia',
    text:
      'Minister of Foreign Affairs and International Cooperation Mulambo Haimbe received Minister of External Relations Téte António of Angola in Lusaka on 18 July. ' +
      'The ministers opened with the Lobito Corridor railway. ' +
      'Attention then turned to the situation in the eastern Democratic Republic of the Congo and the Southern African Development Community.',
    entities: [
      P('Mulambo Haimbe', 'Minister of Foreign Affairs and International Cooperation Mulambo Haimbe'),
      P('Téte António', 'Minister of External Relations Téte António'),
      S('Zambia'),
      S('Angola'),
      S('Democratic Republic of the Congo'),
      O('Southern African Development Community', 'SADC'),
      E('Haimbe-António meeting in Lusaka', ['received'], '2024-07-18'),
    ],
    relations: [
      ...dis(
        'Haimbe-António meeting in Lusaka',
        'Democratic Republic of the Congo',
        'Southern African Development Community',
      ),
    ],
  },
  {
    id: 'large-part-of-conversation-devoted-to',
    form: 'Armenia: "A large part of the conversation was devoted to the X Treaty" (a treaty as topic of a conversation)',
    date: '2024-05-21',
    source: 'Ministry of Foreign Affairs of Armenia',
    text:
      'Minister of Foreign Affairs Ararat Mirzoyan had a telephone conversation with Foreign Minister Stéphane Séjourné of France on 21 May. ' +
      'A large part of the conversation was devoted to the Treaty on Conventional Armed Forces in Europe and the work of the European Union Mission in Armenia.',
    entities: [
      P('Ararat Mirzoyan', 'Minister of Foreign Affairs Ararat Mirzoyan'),
      P('Stéphane Séjourné', 'Foreign Minister Stéphane Séjourné'),
      S('Armenia'),
      S('France'),
      O('European Union Mission in Armenia', 'EUMA'),
      E('Mirzoyan-Séjourné telephone conversation', ['telephone conversation', 'the conversation'], '2024-05-21'),
      A('Treaty on Conventional Armed Forces in Europe'),
    ],
    relations: [
      ...dis(
        'Mirzoyan-Séjourné telephone conversation',
        'Treaty on Conventional Armed Forces in Europe',
        'European Union Mission in Armenia',
      ),
    ],
  },
  {
    id: 'among-other-things-they-talked-about',
    form: 'Austria-style call: "In the telephone call, they talked, among other things, about the X and A" (an interrupted "talked about")',
    date: '2024-10-29',
    source: 'Office of the Federal President of Germany',
    text:
      'Federal President Frank-Walter Steinmeier spoke on the telephone with President Alexander Van der Bellen of Austria on 29 October. ' +
      'In the call, they talked, among other things, about the Council of Europe and Moldova.',
    entities: [
      P('Frank-Walter Steinmeier', 'Federal President Frank-Walter Steinmeier'),
      P('Alexander Van der Bellen', 'President Alexander Van der Bellen'),
      S('Germany'),
      S('Austria'),
      S('Moldova'),
      O('Council of Europe'),
      E('Steinmeier-Van der Bellen telephone call', ['spoke on the telephone', 'the call'], '2024-10-29'),
    ],
    relations: [...dis('Steinmeier-Van der Bellen telephone call', 'Council of Europe', 'Moldova')],
  },
  {
    id: 'preparations-for-conference-in-city-comma-state',
    form: 'Sri Lanka: "discussed preparations for the X Conference on Y in City, A" (a planned UN conference, the host state after the city)',
    date: '2025-04-22',
    source: 'Ministry of Foreign Affairs of Sri Lanka',
    text:
      'Minister of Foreign Affairs Vijitha Herath received Foreign Minister Arzu Rana Deuba of Nepal in Colombo on 22 April. ' +
      'They discussed preparations for the Fourth International Conference on Financing for Development in Seville, Spain.',
    entities: [
      P('Vijitha Herath', 'Minister of Foreign Affairs Vijitha Herath'),
      P('Arzu Rana Deuba', 'Foreign Minister Arzu Rana Deuba'),
      S('Sri Lanka'),
      S('Nepal'),
      S('Spain'),
      E('Herath-Deuba meeting in Colombo', ['received'], '2025-04-22'),
      E('Fourth International Conference on Financing for Development', [
        'International Conference on Financing for Development',
      ]),
    ],
    relations: [
      ...dis('Herath-Deuba meeting in Colombo', 'Fourth International Conference on Financing for Development'),
      ...inv('Fourth International Conference on Financing for Development', 'Spain'),
    ],
  },
  {
    id: 'on-the-state-issue-the-leaders',
    form: 'Viet Nam: "On the A issue, the two leaders agreed …" (a state name as the modifier of "issue", opening a later sentence)',
    date: '2024-03-07',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text:
      'Prime Minister Pham Minh Chinh held talks with Prime Minister Anthony Albanese of Australia in Canberra on 7 March. ' +
      'The two leaders upgraded relations to a Comprehensive Strategic Partnership. ' +
      'On the Myanmar issue, the two leaders agreed to support the role of ASEAN.',
    entities: [
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      S('Viet Nam', 'Vietnam'),
      S('Australia'),
      S('Myanmar'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      E('Pham Minh Chinh-Albanese talks in Canberra', ['held talks'], '2024-03-07'),
    ],
    relations: [
      ...dis('Pham Minh Chinh-Albanese talks in Canberra', 'Myanmar', 'Association of Southeast Asian Nations'),
    ],
  },
  {
    id: 'bold-subheading-then-paragraph',
    form: 'Namibia: a bold line "**Regional matters**" then "The ministers exchanged views on A and the X" (a Markdown sub-heading with no entity)',
    date: '2024-07-30',
    source: 'Ministry of International Relations and Trade of Namibia',
    text:
      'Minister of International Relations and Trade Peya Mushelenga received Minister of Foreign Affairs Frederick Shava of Zimbabwe in Windhoek on 30 July.\n\n' +
      '**Regional matters**\n\n' +
      'The ministers exchanged views on Mozambique and the Southern African Development Community Mission in the Democratic Republic of the Congo.',
    entities: [
      P('Peya Mushelenga', 'Minister of International Relations and Trade Peya Mushelenga'),
      P('Frederick Shava', 'Minister of Foreign Affairs Frederick Shava'),
      S('Namibia'),
      S('Zimbabwe'),
      S('Mozambique'),
      O('Southern African Development Community Mission in the Democratic Republic of the Congo', 'SAMIDRC'),
      E('Mushelenga-Shava meeting in Windhoek', ['received'], '2024-07-30'),
    ],
    relations: [
      ...dis(
        'Mushelenga-Shava meeting in Windhoek',
        'Mozambique',
        'Southern African Development Community Mission in the Democratic Republic of the Congo',
      ),
    ],
  },
];

const WHICH_MEETING: BankCase[] = [
  {
    id: 'sidelines-summit-topic-of-bilateral',
    form: 'BSS: "X met Y in City on the sidelines of the Nth X Summit. The two leaders discussed the Z Treaty" (the treaty is the bilateral\'s topic, not the summit\'s)',
    date: '2025-04-04',
    source: 'Bangladesh Sangbad Sangstha (BSS)',
    text:
      'Bangkok, April 4 (BSS) - Chief Adviser Professor Muhammad Yunus met Prime Minister Narendra Modi of India in Bangkok today on the sidelines of the sixth BIMSTEC Summit. ' +
      'The two leaders discussed the Ganges Water Treaty, which expires in 2026.',
    entities: [
      P('Muhammad Yunus', 'Chief Adviser Professor Muhammad Yunus'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('Bangladesh'),
      S('India'),
      O('BIMSTEC'),
      E('Yunus-Modi meeting in Bangkok', ['met'], '2025-04-04'),
      E('sixth BIMSTEC Summit', ['BIMSTEC Summit']),
      A('Ganges Water Treaty'),
    ],
    relations: [...dis('Yunus-Modi meeting in Bangkok', 'Ganges Water Treaty')],
  },
  {
    id: 'meeting-then-telephone-talk-each-own-topic',
    form: 'MOFA Japan: a meeting on an agreement, then "On the same evening, X held a telephone talk with Z, in which the two ministers exchanged views on the situation in A" (each topic its meeting)',
    date: '2024-12-14',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'On December 14, Mr. IWAYA Takeshi, Minister for Foreign Affairs, held a meeting with Senator the Hon. Penny Wong, Minister for Foreign Affairs of Australia, in Tokyo. ' +
      'The two ministers discussed the Japan-Australia Reciprocal Access Agreement. ' +
      'On the same evening, Minister Iwaya held a telephone talk with Mr. Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea, in which the two ministers exchanged views on the situation in Myanmar.',
    entities: [
      P('Takeshi Iwaya', 'Mr. IWAYA Takeshi', 'IWAYA Takeshi', 'Minister Iwaya'),
      P('Penny Wong', 'Senator the Hon. Penny Wong'),
      P('Cho Tae-yul', 'Mr. Cho Tae-yul'),
      S('Japan'),
      S('Australia'),
      S('Republic of Korea', 'South Korea'),
      S('Myanmar'),
      E('Iwaya-Wong meeting in Tokyo', ['held a meeting'], '2024-12-14'),
      E('Iwaya-Cho telephone talk', ['telephone talk'], '2024-12-14'),
      A('Japan-Australia Reciprocal Access Agreement', 'Reciprocal Access Agreement'),
    ],
    relations: [
      ...dis('Iwaya-Wong meeting in Tokyo', 'Japan-Australia Reciprocal Access Agreement'),
      ...dis('Iwaya-Cho telephone talk', 'Myanmar'),
    ],
  },
  {
    id: 'third-parties-talks-held-in-state',
    form: 'Poland: "The ministers discussed the talks between A and B held in C, which had addressed …" (other parties\' talks, the venue state told)',
    date: '2025-03-26',
    source: 'Ministry of Foreign Affairs of Poland',
    text:
      'Minister of Foreign Affairs Radosław Sikorski received Foreign Minister Andrii Sybiha of Ukraine in Warsaw on 26 March. ' +
      'The ministers discussed the talks between the United States and Russia held in Saudi Arabia, which had addressed a maritime ceasefire in the Black Sea.',
    entities: [
      P('Radosław Sikorski', 'Minister of Foreign Affairs Radosław Sikorski'),
      P('Andrii Sybiha', 'Foreign Minister Andrii Sybiha'),
      S('Poland'),
      S('Ukraine'),
      S('United States'),
      S('Russia'),
      S('Saudi Arabia'),
      E('Sikorski-Sybiha meeting in Warsaw', ['received'], '2025-03-26'),
      E('talks between the United States and Russia held in Saudi Arabia', [
        'talks between the United States and Russia',
      ]),
      A('maritime ceasefire in the Black Sea'),
    ],
    relations: [
      ...dis('Sikorski-Sybiha meeting in Warsaw', 'talks between the United States and Russia held in Saudi Arabia'),
      ...inv(
        'talks between the United States and Russia held in Saudi Arabia',
        'United States',
        'Russia',
        'Saudi Arabia',
      ),
      ...dis('talks between the United States and Russia held in Saudi Arabia', 'maritime ceasefire in the Black Sea'),
    ],
  },
  {
    id: 'earlier-meeting-when-they-discussed-negative-for-current',
    form: 'Tajikistan: "They last met in City in June, when they discussed A" (the topic belongs to the earlier meeting, not to this one)',
    date: '2024-08-22',
    source: 'Ministry of Foreign Affairs of Tajikistan',
    text:
      'Minister of Foreign Affairs Sirojiddin Muhriddin received Minister of Foreign Affairs Murat Nurtleu of Kazakhstan in Dushanbe on 22 August. ' +
      'The ministers discussed water and energy cooperation in Central Asia. ' +
      'They last met in Astana in June, when they discussed Afghanistan.',
    entities: [
      P('Sirojiddin Muhriddin', 'Minister of Foreign Affairs Sirojiddin Muhriddin'),
      P('Murat Nurtleu', 'Minister of Foreign Affairs Murat Nurtleu'),
      S('Tajikistan'),
      S('Kazakhstan'),
      S('Afghanistan'),
      E('Muhriddin-Nurtleu meeting in Dushanbe', ['received'], '2024-08-22'),
      E('Muhriddin-Nurtleu meeting in Astana', ['last met']),
    ],
    relations: [...dis('Muhriddin-Nurtleu meeting in Astana', 'Afghanistan')],
  },
];

const INCIDENTS: BankCase[] = [
  {
    id: 'coup-d-etat-in-state-and-consequences-for-body',
    form: 'Cameroon: "discussed the coup d\'état in A and its consequences for the X" (a coup d\'état, an affected bloc)',
    date: '2023-09-04',
    source: 'Ministry of External Relations of Cameroon',
    text:
      'Minister of External Relations Lejeune Mbella Mbella received Minister of Foreign Affairs Jean-Claude Gakosso of the Republic of the Congo in Yaoundé on 4 September. ' +
      "The two ministers discussed the coup d'état in Gabon and its consequences for the Economic Community of Central African States.",
    entities: [
      P('Lejeune Mbella Mbella', 'Minister of External Relations Lejeune Mbella Mbella'),
      P('Jean-Claude Gakosso', 'Minister of Foreign Affairs Jean-Claude Gakosso'),
      S('Cameroon'),
      S('Republic of the Congo'),
      S('Gabon'),
      O('Economic Community of Central African States', 'ECCAS'),
      E('Mbella Mbella-Gakosso meeting in Yaoundé', ['received'], '2023-09-04'),
      E("coup d'état in Gabon", ["coup d'état"]),
    ],
    relations: [
      ...dis(
        'Mbella Mbella-Gakosso meeting in Yaoundé',
        "coup d'état in Gabon",
        'Gabon',
        'Economic Community of Central African States',
      ),
      ...inv("coup d'état in Gabon", 'Gabon', 'Economic Community of Central African States'),
    ],
  },
  {
    id: 'condolences-floods-in-city-counterpart-state',
    form: "Morocco: \"X conveyed A's condolences over the floods in City\" (a city's state is affected; the speaker's state is no party)",
    date: '2024-11-04',
    source: 'Ministry of Foreign Affairs of Morocco',
    text:
      'Minister of Foreign Affairs Nasser Bourita received Minister of Foreign Affairs José Manuel Albares of Spain in Rabat on 4 November. ' +
      "Bourita conveyed Morocco's condolences over the floods in Valencia.",
    entities: [
      P('Nasser Bourita', 'Minister of Foreign Affairs Nasser Bourita', 'Bourita'),
      P('José Manuel Albares', 'Minister of Foreign Affairs José Manuel Albares'),
      S('Morocco'),
      S('Spain'),
      E('Bourita-Albares meeting in Rabat', ['received'], '2024-11-04'),
      E('floods in Valencia', ['floods']),
    ],
    relations: [
      ...dis('Bourita-Albares meeting in Rabat', 'floods in Valencia'),
      ...inv('floods in Valencia', 'Spain'),
    ],
  },
  {
    id: 'arbitrary-detention-of-nationals-by-state',
    form: 'France: "The ministers discussed the arbitrary detention of A-ese nationals by B" (the victims\' state by demonym, the detaining state after "by")',
    date: '2025-05-20',
    source: 'Ministry for Europe and Foreign Affairs of France',
    text:
      'Minister for Europe and Foreign Affairs Jean-Noël Barrot met Federal Foreign Minister Johann Wadephul of Germany in Paris on 20 May. ' +
      'The ministers discussed the arbitrary detention of French nationals by Iran.',
    entities: [
      P('Jean-Noël Barrot', 'Minister for Europe and Foreign Affairs Jean-Noël Barrot'),
      P('Johann Wadephul', 'Federal Foreign Minister Johann Wadephul'),
      S('France'),
      S('Germany'),
      S('Iran'),
      E('Barrot-Wadephul meeting in Paris', ['met'], '2025-05-20'),
      E('arbitrary detention of French nationals by Iran', ['detention']),
    ],
    relations: [
      ...dis('Barrot-Wadephul meeting in Paris', 'arbitrary detention of French nationals by Iran'),
      ...inv('arbitrary detention of French nationals by Iran', 'France', 'Iran'),
    ],
  },
  {
    id: 'attacks-on-un-mission-positions-in-region',
    form: 'Malaysia: "condemned the attacks on X positions in southern A" (a UN mission as target, a region\'s state)',
    date: '2024-10-14',
    source: 'Ministry of Foreign Affairs of Malaysia (Wisma Putra)',
    text:
      'Foreign Minister Dato’ Seri Utama Haji Mohamad bin Haji Hasan received Foreign Minister Sugiono of Indonesia in Putrajaya on 14 October. ' +
      'The two ministers condemned the attacks on UNIFIL positions in southern Lebanon.',
    entities: [
      P('Mohamad bin Haji Hasan', 'Foreign Minister Dato’ Seri Utama Haji Mohamad bin Haji Hasan'),
      P('Sugiono', 'Foreign Minister Sugiono'),
      S('Malaysia'),
      S('Indonesia'),
      S('Lebanon'),
      O('United Nations Interim Force in Lebanon', 'UNIFIL'),
      E('Mohamad-Sugiono meeting in Putrajaya', ['received'], '2024-10-14'),
      E('attacks on UNIFIL positions in southern Lebanon', ['attacks']),
    ],
    relations: [
      ...dis('Mohamad-Sugiono meeting in Putrajaya', 'attacks on UNIFIL positions in southern Lebanon'),
      ...inv('attacks on UNIFIL positions in southern Lebanon', 'United Nations Interim Force in Lebanon', 'Lebanon'),
    ],
  },
  {
    id: 'assassination-attempt-on-demonym-leader',
    form: 'Croatia: "condemned the assassination attempt on A-ian Prime Minister X" (the target\'s state told by the office\'s demonym)',
    date: '2024-05-16',
    source: 'Ministry of Foreign and European Affairs of Croatia',
    text:
      'Minister of Foreign and European Affairs Gordan Grlić Radman received Federal Minister Alexander Schallenberg of Austria in Zagreb on 16 May. ' +
      'The two ministers condemned the assassination attempt on Slovak Prime Minister Robert Fico the previous day.',
    entities: [
      P('Gordan Grlić Radman', 'Minister of Foreign and European Affairs Gordan Grlić Radman'),
      P('Alexander Schallenberg', 'Federal Minister Alexander Schallenberg'),
      P('Robert Fico', 'Slovak Prime Minister Robert Fico'),
      S('Croatia'),
      S('Austria'),
      S('Slovakia'),
      E('Grlić Radman-Schallenberg meeting in Zagreb', ['received'], '2024-05-16'),
      E('assassination attempt on Slovak Prime Minister Robert Fico', ['assassination attempt']),
    ],
    relations: [
      ...dis(
        'Grlić Radman-Schallenberg meeting in Zagreb',
        'assassination attempt on Slovak Prime Minister Robert Fico',
      ),
      ...inv('assassination attempt on Slovak Prime Minister Robert Fico', 'Slovakia'),
    ],
  },
  {
    id: 'sinking-of-boat-off-coast-of-state',
    form: 'Malta/Libya: "expressed sorrow at the sinking of a fishing boat carrying migrants off the coast of A" (a shipwreck, the coast\'s state)',
    date: '2023-06-16',
    source: 'Ministry for Foreign and European Affairs and Trade of Malta',
    text:
      'Minister for Foreign and European Affairs Ian Borg met Minister of Foreign Affairs Najla Mangoush of Libya in Tripoli on 16 June. ' +
      'Both ministers expressed sorrow at the sinking of a fishing boat carrying migrants off the coast of Greece.',
    entities: [
      P('Ian Borg', 'Minister for Foreign and European Affairs Ian Borg'),
      P('Najla Mangoush', 'Minister of Foreign Affairs Najla Mangoush'),
      S('Malta'),
      S('Libya'),
      S('Greece'),
      E('Borg-Mangoush meeting in Tripoli', ['met'], '2023-06-16'),
      E('sinking of a fishing boat carrying migrants off the coast of Greece', ['sinking']),
    ],
    relations: [
      ...dis('Borg-Mangoush meeting in Tripoli', 'sinking of a fishing boat carrying migrants off the coast of Greece'),
      ...inv('sinking of a fishing boat carrying migrants off the coast of Greece', 'Greece'),
    ],
  },
  {
    id: 'occupation-of-regions-of-state-by-demonym',
    form: 'Estonia: "the Russian occupation of A\'s X and Y regions" (an occupation, actor as demonym, possessive target)',
    date: '2024-08-08',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      'Minister of Foreign Affairs Margus Tsahkna received Minister of Foreign Affairs Ilia Darsalia of Georgia in Tallinn on 8 August. ' +
      "The ministers also discussed the Russian occupation of Georgia's Abkhazia and Tskhinvali regions.",
    entities: [
      P('Margus Tsahkna', 'Minister of Foreign Affairs Margus Tsahkna'),
      P('Ilia Darsalia', 'Minister of Foreign Affairs Ilia Darsalia'),
      S('Estonia'),
      S('Georgia'),
      S('Russia'),
      E('Tsahkna-Darsalia meeting in Tallinn', ['received'], '2024-08-08'),
      E("Russian occupation of Georgia's Abkhazia and Tskhinvali regions", ['occupation']),
    ],
    relations: [
      ...dis('Tsahkna-Darsalia meeting in Tallinn', "Russian occupation of Georgia's Abkhazia and Tskhinvali regions"),
      ...inv("Russian occupation of Georgia's Abkhazia and Tskhinvali regions", 'Russia', 'Georgia'),
    ],
  },
  {
    id: 'volcanic-eruption-in-state',
    form: 'Samoa: "recalled the recovery after the volcanic eruption and tsunami in A" (a natural disaster of a third state)',
    date: '2023-03-08',
    source: 'Government of Samoa',
    text:
      'Prime Minister Fiamē Naomi Mataʻafa received Prime Minister Sitiveni Rabuka of Fiji in Apia on 8 March. ' +
      'The two Prime Ministers discussed the recovery after the volcanic eruption and tsunami in Tonga.',
    entities: [
      P('Fiamē Naomi Mataʻafa', 'Prime Minister Fiamē Naomi Mataʻafa'),
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka'),
      S('Samoa'),
      S('Fiji'),
      S('Tonga'),
      E('Mataʻafa-Rabuka meeting in Apia', ['received'], '2023-03-08'),
      E('volcanic eruption and tsunami in Tonga', ['volcanic eruption']),
    ],
    relations: [
      ...dis('Mataʻafa-Rabuka meeting in Apia', 'volcanic eruption and tsunami in Tonga', 'Tonga'),
      ...inv('volcanic eruption and tsunami in Tonga', 'Tonga'),
    ],
  },
  {
    id: 'attack-condemned-by-body-not-party',
    form: 'Somalia: "the attack on a X convoy in A\'s Y region, which the Z condemned" (the condemning body is neither party nor topic)',
    date: '2024-06-03',
    source: 'Ministry of Foreign Affairs of Somalia',
    text:
      'Minister of Foreign Affairs Ahmed Moallim Fiqi received Minister of Foreign Affairs Mahmoud Ali Youssouf of Djibouti in Mogadishu on 3 June. ' +
      "The ministers discussed the attack on a World Food Programme convoy in Sudan's Darfur region, which the African Union condemned.",
    entities: [
      P('Ahmed Moallim Fiqi', 'Minister of Foreign Affairs Ahmed Moallim Fiqi'),
      P('Mahmoud Ali Youssouf', 'Minister of Foreign Affairs Mahmoud Ali Youssouf'),
      S('Somalia'),
      S('Djibouti'),
      S('Sudan'),
      O('World Food Programme', 'WFP'),
      O('African Union'),
      E('Fiqi-Youssouf meeting in Mogadishu', ['received'], '2024-06-03'),
      E("attack on a World Food Programme convoy in Sudan's Darfur region", ['attack']),
    ],
    relations: [
      ...dis('Fiqi-Youssouf meeting in Mogadishu', "attack on a World Food Programme convoy in Sudan's Darfur region"),
      ...inv("attack on a World Food Programme convoy in Sudan's Darfur region", 'World Food Programme', 'Sudan'),
    ],
  },
  {
    id: 'national-taken-hostage-by-group',
    form: 'Nepal: "raised the case of a A-i student taken hostage by X" (hostage-taking, the victim\'s state by demonym, a group as actor)',
    date: '2023-11-03',
    source: 'Ministry of Foreign Affairs of Nepal',
    text:
      'Minister for Foreign Affairs N. P. Saud held a meeting with Minister of State Mohammed bin Abdulaziz Al-Khulaifi of Qatar in Doha on 3 November. ' +
      'Minister Saud raised the case of a Nepali student taken hostage by Hamas.',
    entities: [
      P('N. P. Saud', 'Minister for Foreign Affairs N. P. Saud', 'Minister Saud'),
      P('Mohammed bin Abdulaziz Al-Khulaifi', 'Minister of State Mohammed bin Abdulaziz Al-Khulaifi'),
      S('Nepal'),
      S('Qatar'),
      O('Hamas'),
      E('Saud-Al-Khulaifi meeting in Doha', ['held a meeting'], '2023-11-03'),
      E('Nepali student taken hostage by Hamas', ['taken hostage']),
    ],
    relations: [
      ...dis('Saud-Al-Khulaifi meeting in Doha', 'Nepali student taken hostage by Hamas'),
      ...inv('Nepali student taken hostage by Hamas', 'Nepal', 'Hamas'),
    ],
  },
  {
    id: 'forced-deportation-of-children-to-state',
    form: 'Canada: "the forced deportation of A-ian children to B" (a deportation, victims by demonym, destination state)',
    date: '2024-02-02',
    source: 'Global Affairs Canada',
    text:
      'Minister of Foreign Affairs Mélanie Joly met Foreign Minister Dmytro Kuleba of Ukraine in Ottawa on 2 February. ' +
      'They discussed the forced deportation of Ukrainian children to Russia.',
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba'),
      S('Canada'),
      S('Ukraine'),
      S('Russia'),
      E('Joly-Kuleba meeting in Ottawa', ['met'], '2024-02-02'),
      E('forced deportation of Ukrainian children to Russia', ['deportation']),
    ],
    relations: [
      ...dis('Joly-Kuleba meeting in Ottawa', 'forced deportation of Ukrainian children to Russia'),
      ...inv('forced deportation of Ukrainian children to Russia', 'Ukraine', 'Russia'),
    ],
  },
  {
    id: 'gang-violence-in-state-international-community',
    form: 'Bahamas: "called on the international community to help end the gang violence in A" ("the international community" is no entity; the crisis and its state)',
    date: '2024-03-11',
    source: 'Ministry of Foreign Affairs of The Bahamas',
    text:
      'Minister of Foreign Affairs Frederick Mitchell received Foreign Minister Kamina Johnson Smith of Jamaica in Nassau on 11 March. ' +
      'The two ministers called on the international community to help end the gang violence in Haiti.',
    entities: [
      P('Frederick Mitchell', 'Minister of Foreign Affairs Frederick Mitchell'),
      P('Kamina Johnson Smith', 'Foreign Minister Kamina Johnson Smith'),
      S('Bahamas', 'The Bahamas'),
      S('Jamaica'),
      S('Haiti'),
      E('Mitchell-Johnson Smith meeting in Nassau', ['received'], '2024-03-11'),
      E('gang violence in Haiti', ['gang violence']),
    ],
    relations: [
      ...dis('Mitchell-Johnson Smith meeting in Nassau', 'gang violence in Haiti', 'Haiti'),
      ...inv('gang violence in Haiti', 'Haiti'),
    ],
  },
  {
    id: 'expulsion-of-ambassador-of-state-from-state',
    form: 'Cameroon/ECCAS style: "the expulsion of the A-ese ambassador from B" (an expulsion: the envoy\'s state and the expelling state)',
    date: '2023-09-28',
    source: 'Ministry of Foreign Affairs of Chad',
    text:
      'Minister of Foreign Affairs Mahamat Saleh Annadif received Minister of Foreign Affairs Bakary Yaou Sangaré of Niger in N’Djamena on 28 September. ' +
      'The two ministers discussed the expulsion of the French ambassador from Niger.',
    entities: [
      P('Mahamat Saleh Annadif', 'Minister of Foreign Affairs Mahamat Saleh Annadif'),
      P('Bakary Yaou Sangaré', 'Minister of Foreign Affairs Bakary Yaou Sangaré'),
      S('Chad'),
      S('Niger'),
      S('France'),
      E('Annadif-Sangaré meeting in N’Djamena', ['received'], '2023-09-28'),
      E('expulsion of the French ambassador from Niger', ['expulsion']),
    ],
    relations: [
      ...dis('Annadif-Sangaré meeting in N’Djamena', 'expulsion of the French ambassador from Niger'),
      ...inv('expulsion of the French ambassador from Niger', 'France', 'Niger'),
    ],
  },
  {
    id: 'coup-attempt-in-state',
    form: 'Ecuador: "rejected the coup attempt in A" ("coup attempt", noun before noun)',
    date: '2024-06-27',
    source: 'Ministry of Foreign Affairs and Human Mobility of Ecuador',
    text:
      'Minister of Foreign Affairs Gabriela Sommerfeld received Foreign Minister Rubén Ramírez Lezcano of Paraguay in Quito on 27 June. ' +
      'The two ministers rejected the coup attempt in Bolivia the previous day.',
    entities: [
      P('Gabriela Sommerfeld', 'Minister of Foreign Affairs Gabriela Sommerfeld'),
      P('Rubén Ramírez Lezcano', 'Foreign Minister Rubén Ramírez Lezcano'),
      S('Ecuador'),
      S('Paraguay'),
      S('Bolivia'),
      E('Sommerfeld-Ramírez Lezcano meeting in Quito', ['received'], '2024-06-27'),
      E('coup attempt in Bolivia', ['coup attempt']),
    ],
    relations: [
      ...dis('Sommerfeld-Ramírez Lezcano meeting in Quito', 'coup attempt in Bolivia', 'Bolivia'),
      ...inv('coup attempt in Bolivia', 'Bolivia'),
    ],
  },
];

const MEDIATIONS: BankCase[] = [
  {
    id: 'possessive-mediation-between-states',
    form: 'Djibouti: "the ministers discussed A\'s mediation between B and C" (a mediation: the mediator possessive, the sides after "between")',
    date: '2024-08-20',
    source: 'Ministry of Foreign Affairs and International Cooperation of Djibouti',
    text:
      'Minister of Foreign Affairs and International Cooperation Mahmoud Ali Youssouf received Minister of Foreign Affairs Taye Atske Selassie of Ethiopia in Djibouti on 20 August. ' +
      "The two ministers discussed Türkiye's mediation between Somalia and Ethiopia.",
    entities: [
      P('Mahmoud Ali Youssouf', 'Minister of Foreign Affairs and International Cooperation Mahmoud Ali Youssouf'),
      P('Taye Atske Selassie', 'Minister of Foreign Affairs Taye Atske Selassie'),
      S('Djibouti'),
      S('Ethiopia'),
      S('Türkiye', 'Turkey'),
      S('Somalia'),
      E('Youssouf-Taye meeting in Djibouti', ['received'], '2024-08-20'),
      E("Türkiye's mediation between Somalia and Ethiopia", ['mediation']),
    ],
    relations: [
      ...dis('Youssouf-Taye meeting in Djibouti', "Türkiye's mediation between Somalia and Ethiopia"),
      ...inv("Türkiye's mediation between Somalia and Ethiopia", 'Türkiye', 'Somalia', 'Ethiopia'),
    ],
  },
  {
    id: 'round-of-talks-under-three-demonym-mediators',
    form: 'Petra: "the new round of talks between A and X in City under B-ian, C-i and D-n mediation" (three mediators as demonyms)',
    date: '2024-08-17',
    source: 'Jordan News Agency (Petra)',
    text:
      'Amman, Aug. 17 (Petra) - Deputy Prime Minister and Foreign Minister Ayman Safadi received Foreign Minister Badr Abdelatty of Egypt in Amman on Saturday. ' +
      'The two ministers discussed the new round of talks between Israel and Hamas in Doha under Egyptian, Qatari and American mediation.',
    entities: [
      P('Ayman Safadi', 'Deputy Prime Minister and Foreign Minister Ayman Safadi'),
      P('Badr Abdelatty', 'Foreign Minister Badr Abdelatty'),
      S('Jordan'),
      S('Egypt'),
      S('Israel'),
      S('Qatar'),
      S('United States'),
      O('Hamas'),
      E('Safadi-Abdelatty meeting in Amman', ['received'], '2024-08-17'),
      E('new round of talks between Israel and Hamas in Doha', ['round of talks']),
    ],
    relations: [
      ...dis('Safadi-Abdelatty meeting in Amman', 'new round of talks between Israel and Hamas in Doha'),
      ...inv(
        'new round of talks between Israel and Hamas in Doha',
        'Israel',
        'Hamas',
        'Egypt',
        'Qatar',
        'United States',
      ),
    ],
  },
  {
    id: 'direct-talks-between-demonym-delegations-hosted-by',
    form: 'Malaysia-style wire: "the direct talks between A-ian and B-ian delegations hosted by C in City" (sides as demonym delegations, a host)',
    date: '2025-05-20',
    source: 'Bernama',
    text:
      'KUALA LUMPUR, May 20 (Bernama) - Foreign Minister Datuk Seri Mohamad Hasan met Foreign Minister Hakan Fidan of Türkiye in Kuala Lumpur today. ' +
      'The two ministers discussed the direct talks between Russian and Ukrainian delegations hosted by Türkiye in Istanbul.',
    entities: [
      P('Mohamad Hasan', 'Foreign Minister Datuk Seri Mohamad Hasan'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan'),
      S('Malaysia'),
      S('Türkiye', 'Turkey'),
      S('Russia'),
      S('Ukraine'),
      E('Hasan-Fidan meeting in Kuala Lumpur', ['met'], '2025-05-20'),
      E('direct talks between Russian and Ukrainian delegations', ['direct talks']),
    ],
    relations: [
      ...dis('Hasan-Fidan meeting in Kuala Lumpur', 'direct talks between Russian and Ukrainian delegations'),
      ...inv('direct talks between Russian and Ukrainian delegations', 'Russia', 'Ukraine', 'Türkiye'),
    ],
  },
  {
    id: 'body-led-peace-process-in-state',
    form: 'Somalia: "the ministers reviewed the X-led peace process in A" (a hyphenated leading body, the state of the process)',
    date: '2024-05-09',
    source: 'Ministry of Foreign Affairs of Somalia',
    text:
      'Minister of Foreign Affairs Ahmed Moallim Fiqi met Minister of Foreign Affairs James Pitia Morgan of South Sudan in Mogadishu on 9 May. ' +
      'The ministers reviewed the IGAD-led peace process in South Sudan.',
    entities: [
      P('Ahmed Moallim Fiqi', 'Minister of Foreign Affairs Ahmed Moallim Fiqi'),
      P('James Pitia Morgan', 'Minister of Foreign Affairs James Pitia Morgan'),
      S('Somalia'),
      S('South Sudan'),
      O('Intergovernmental Authority on Development', 'IGAD'),
      E('Fiqi-Morgan meeting in Mogadishu', ['met'], '2024-05-09'),
      E('IGAD-led peace process in South Sudan', ['peace process']),
    ],
    relations: [
      ...dis('Fiqi-Morgan meeting in Mogadishu', 'IGAD-led peace process in South Sudan'),
      ...inv('IGAD-led peace process in South Sudan', 'Intergovernmental Authority on Development', 'South Sudan'),
    ],
  },
  {
    id: 'meeting-convened-by-body-with-states',
    form: 'FCDO: "the informal meeting on A convened by the UN Secretary-General in City with B, C and D" (a convener body, the states attending)',
    date: '2025-03-10',
    source: 'Foreign, Commonwealth and Development Office of the United Kingdom',
    text:
      'Foreign Secretary David Lammy met Foreign Minister Giorgos Gerapetritis of Greece in London on 10 March. ' +
      'They discussed the informal meeting on Cyprus convened by the UN Secretary-General in Geneva with Greece, Türkiye and the United Kingdom.',
    entities: [
      P('David Lammy', 'Foreign Secretary David Lammy'),
      P('Giorgos Gerapetritis', 'Foreign Minister Giorgos Gerapetritis'),
      S('United Kingdom'),
      S('Greece'),
      S('Cyprus'),
      S('Türkiye', 'Turkey'),
      O('United Nations', 'UN'),
      E('Lammy-Gerapetritis meeting in London', ['met'], '2025-03-10'),
      E('informal meeting on Cyprus', ['informal meeting']),
    ],
    relations: [
      ...dis('Lammy-Gerapetritis meeting in London', 'informal meeting on Cyprus'),
      ...inv('informal meeting on Cyprus', 'United Nations', 'Cyprus', 'Greece', 'Türkiye', 'United Kingdom'),
    ],
  },
  {
    id: 'round-of-negotiations-between-body-and-state-on-agreement',
    form: 'Canada: "reviewed the outcome of the ninth round of negotiations between A and the X on a Y agreement" (a round: a state and a body as sides, the agreement)',
    date: '2024-04-16',
    source: 'Global Affairs Canada',
    text:
      'Minister of International Trade Mary Ng met Minister of Trade Zulkifli Hasan of Indonesia in Ottawa on 16 April. ' +
      'They reviewed the outcome of the ninth round of negotiations between Canada and ASEAN on a free trade agreement.',
    entities: [
      P('Mary Ng', 'Minister of International Trade Mary Ng'),
      P('Zulkifli Hasan', 'Minister of Trade Zulkifli Hasan'),
      S('Canada'),
      S('Indonesia'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      E('Ng-Hasan meeting in Ottawa', ['met'], '2024-04-16'),
      E('ninth round of negotiations between Canada and ASEAN', ['ninth round of negotiations']),
      A('Canada-ASEAN free trade agreement', 'free trade agreement'),
    ],
    relations: [
      ...dis(
        'Ng-Hasan meeting in Ottawa',
        'ninth round of negotiations between Canada and ASEAN',
        'Canada-ASEAN free trade agreement',
      ),
      ...inv(
        'ninth round of negotiations between Canada and ASEAN',
        'Canada',
        'Association of Southeast Asian Nations',
      ),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-state-only-as-venue-after-city',
    form: 'negative: "X met Y in City, A, on date" (a state only named as the venue is no topic and no party)',
    date: '2024-05-10',
    source: 'Ministry of Foreign Affairs of Armenia',
    text:
      'Minister of Foreign Affairs Ararat Mirzoyan met Minister of Foreign Affairs Jeyhun Bayramov of Azerbaijan in Almaty, Kazakhstan, on 10 May. ' +
      'The ministers discussed the delimitation of the state border.',
    entities: [
      P('Ararat Mirzoyan', 'Minister of Foreign Affairs Ararat Mirzoyan'),
      P('Jeyhun Bayramov', 'Minister of Foreign Affairs Jeyhun Bayramov'),
      S('Armenia'),
      S('Azerbaijan'),
      S('Kazakhstan'),
      E('Mirzoyan-Bayramov meeting in Almaty', ['met'], '2024-05-10'),
    ],
    relations: [],
  },
  {
    id: 'negative-speaker-nationality-told-reporters',
    form: 'negative: wire "The A-ian foreign minister, X, told reporters after meeting his B-ish counterpart Y in City that …" (nationalities are no topics)',
    date: '2024-04-09',
    source: 'Yle News (Finland)',
    text: 'The Estonian foreign minister, Margus Tsahkna, told reporters after meeting his Finnish counterpart Elina Valtonen in Helsinki on Tuesday that the two countries would deepen their defence ties.',
    entities: [
      P('Margus Tsahkna', 'The Estonian foreign minister, Margus Tsahkna'),
      P('Elina Valtonen'),
      S('Estonia'),
      S('Finland'),
      E('Tsahkna-Valtonen meeting in Helsinki', ['meeting'], '2024-04-09'),
    ],
    relations: [],
  },
  {
    id: 'negative-international-community-only',
    form: 'negative: "urged the international community to step up humanitarian assistance" (no entity, no topic)',
    date: '2024-09-24',
    source: 'Ministry of Foreign Affairs of Mongolia',
    text:
      'Minister of Foreign Affairs Battsetseg Batmunkh met Minister of Foreign Affairs Jeenbek Kulubaev of Kyrgyzstan in New York on 24 September. ' +
      'The ministers urged the international community to step up humanitarian assistance to vulnerable regions.',
    entities: [
      P('Battsetseg Batmunkh', 'Minister of Foreign Affairs Battsetseg Batmunkh'),
      P('Jeenbek Kulubaev', 'Minister of Foreign Affairs Jeenbek Kulubaev'),
      S('Mongolia'),
      S('Kyrgyzstan'),
      E('Batmunkh-Kulubaev meeting in New York', ['met'], '2024-09-24'),
    ],
    relations: [],
  },
  {
    id: 'negative-embassy-of-state-as-venue',
    form: 'negative: "The meeting took place at the Embassy of A in City" (a third state\'s embassy as venue is no topic)',
    date: '2024-11-19',
    source: 'Ministry of Foreign Affairs of Nepal',
    text:
      'Minister for Foreign Affairs Arzu Rana Deuba met Minister of Foreign Affairs Vijitha Herath of Sri Lanka in Rio de Janeiro on 19 November. ' +
      'The meeting took place at the Embassy of Portugal in the city, and covered tourism and labour migration.',
    entities: [
      P('Arzu Rana Deuba', 'Minister for Foreign Affairs Arzu Rana Deuba'),
      P('Vijitha Herath', 'Minister of Foreign Affairs Vijitha Herath'),
      S('Nepal'),
      S('Sri Lanka'),
      S('Portugal'),
      E('Deuba-Herath meeting in Rio de Janeiro', ['met', 'The meeting'], '2024-11-19'),
    ],
    relations: [],
  },
  {
    id: 'negative-own-states-in-stance-sentence',
    form: 'negative: "welcomed the growth of A-B trade and A-ian investment in B" after a stance verb (the participants\' own states are no topics)',
    date: '2024-06-11',
    source: 'Ministry of Foreign Affairs of Iceland',
    text:
      'Minister for Foreign Affairs Þórdís Kolbrún Reykfjörð Gylfadóttir received Foreign Minister Margus Tsahkna of Estonia in Reykjavík on 11 June. ' +
      'The ministers welcomed the growth of trade between Iceland and Estonia and of Icelandic investment in Estonia.',
    entities: [
      P('Þórdís Kolbrún Reykfjörð Gylfadóttir', 'Minister for Foreign Affairs Þórdís Kolbrún Reykfjörð Gylfadóttir'),
      P('Margus Tsahkna', 'Foreign Minister Margus Tsahkna'),
      S('Iceland'),
      S('Estonia'),
      E('Gylfadóttir-Tsahkna meeting in Reykjavík', ['received'], '2024-06-11'),
    ],
    relations: [],
  },
  {
    id: 'negative-drought-in-region-no-party',
    form: 'negative INVOLVES: "the drought in Southern Africa" (a disaster of a region: an Event with no state)',
    date: '2024-04-05',
    source: 'Ministry of Foreign Affairs of Zambia',
    text:
      'Minister of Foreign Affairs and International Cooperation Mulambo Haimbe met Minister of Foreign Affairs Nancy Tembo of Malawi in Lilongwe on 5 April. ' +
      'The two ministers discussed the drought in Southern Africa.',
    entities: [
      P('Mulambo Haimbe', 'Minister of Foreign Affairs and International Cooperation Mulambo Haimbe'),
      P('Nancy Tembo', 'Minister of Foreign Affairs Nancy Tembo'),
      S('Zambia'),
      S('Malawi'),
      E('Haimbe-Tembo meeting in Lilongwe', ['met'], '2024-04-05'),
      E('drought in Southern Africa', ['drought']),
    ],
    relations: [...dis('Haimbe-Tembo meeting in Lilongwe', 'drought in Southern Africa')],
  },
];

/** The bank: topics told later, which meeting talks, incidents, mediations and rounds, and negatives. */
export const EVENT_BANK: BankCase[] = [...TOLD_LATER, ...WHICH_MEETING, ...INCIDENTS, ...MEDIATIONS, ...NEGATIVES];
