// The second events paraphrase bank (issue 6, round ev7): a blind bank written before any rule change of the round,
// in wordings the first events bank (bank-events.ts) does not use, weighted toward what scores worst on new styles:
// topics (DISCUSSED: what was discussed, not hosts, observers, places, memberships or the enclosing visit),
// incidents (INVOLVES: actors and targets told by participles and nominalisations), events told by a clause,
// headlines "A, B and C sign X", coordinated and ordinal references, kinds (audience, retreat, luncheon, welcome
// ceremony, telephone conference, negotiating round, video conference), sessions held during a visit (PART_OF),
// REACHED_AT and "Also present were". Same format and runner as the first bank (`node scripts/bank.mjs events-2`).
import { A, BANK_EVENT_RELATIONS, type BankCase, dis, E, inv, O, P, S, took } from './bank-events.ts';

export { BANK_EVENT_RELATIONS };

const TOPICS: BankCase[] = [
  {
    id: 'received-counterpart-exchanged-views',
    form: '"received his <demonym> counterpart … exchanged views on the situation in X"',
    date: '2024-02-02',
    source: 'Ministry of Foreign Affairs of Algeria',
    text:
      'Minister of Foreign Affairs Ahmed Attaf received his Tunisian counterpart Nabil Ammar in Algiers on 2 February 2024. ' +
      'The two ministers exchanged views on the situation in Libya and in the Sahel region.',
    entities: [
      P('Ahmed Attaf', 'Minister of Foreign Affairs Ahmed Attaf', 'Attaf'),
      P('Nabil Ammar', 'Ammar'),
      S('Tunisia', 'Tunisian'),
      S('Libya'),
      E('Attaf-Ammar meeting in Algiers', [], '2024-02-02'),
    ],
    relations: [
      ...took('Attaf-Ammar meeting in Algiers', 'Ahmed Attaf', 'Nabil Ammar'),
      ...dis('Attaf-Ammar meeting in Algiers', 'Libya'),
    ],
  },
  {
    id: 'agenda-of-meeting-covered',
    form: '"The agenda of the meeting between A and B in City covered …" (meeting told by its agenda)',
    date: '2024-03-14',
    source: 'Federal Chancellery of Austria',
    text:
      'The agenda of the meeting between Federal Chancellor Karl Nehammer and Prime Minister Petr Fiala in Vienna on 14 March 2024 ' +
      'covered energy security, migration and the accession of Ukraine and Moldova to the European Union.',
    entities: [
      P('Karl Nehammer', 'Federal Chancellor Karl Nehammer', 'Nehammer'),
      P('Petr Fiala', 'Prime Minister Petr Fiala', 'Fiala'),
      S('Ukraine'),
      S('Moldova'),
      O('European Union'),
      E('Nehammer-Fiala meeting in Vienna', ['meeting'], '2024-03-14'),
    ],
    relations: [
      ...took('Nehammer-Fiala meeting in Vienna', 'Karl Nehammer', 'Petr Fiala'),
      ...dis('Nehammer-Fiala meeting in Vienna', 'Ukraine', 'Moldova', 'European Union'),
    ],
  },
  {
    id: 'talks-focused-on-war',
    form: '"Talks between A and B at <palace> focused on …" (the palace is no topic)',
    date: '2023-07-14',
    source: 'Élysée',
    text:
      'Talks between President Emmanuel Macron and Prime Minister Narendra Modi at the Élysée Palace on 14 July 2023 focused on ' +
      'defence industrial cooperation, the Indo-Pacific and the war in Ukraine.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      S('Ukraine'),
      E('Macron-Modi talks at the Élysée Palace', ['talks'], '2023-07-14'),
      E('war in Ukraine'),
    ],
    relations: [
      ...took('Macron-Modi talks at the Élysée Palace', 'Emmanuel Macron', 'Narendra Modi'),
      ...dis('Macron-Modi talks at the Élysée Palace', 'war in Ukraine'),
      ...inv('war in Ukraine', 'Ukraine'),
    ],
  },
  {
    id: 'leaders-discussed-bullets',
    form: '"The leaders discussed:" then a bulleted list of topics',
    date: '2024-08-16',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese met Prime Minister Christopher Luxon of New Zealand in Melbourne on 16 August 2024. The leaders discussed:\n' +
      '- preparations for the Pacific Islands Forum Leaders Meeting in Tonga;\n' +
      '- the Australia-New Zealand Closer Economic Relations Trade Agreement;\n' +
      '- security in the Pacific.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      S('New Zealand'),
      S('Tonga'),
      O('Pacific Islands Forum'),
      A('Australia-New Zealand Closer Economic Relations Trade Agreement', 'Closer Economic Relations Trade Agreement'),
      E('Albanese-Luxon meeting in Melbourne', [], '2024-08-16'),
      E('Pacific Islands Forum Leaders Meeting in Tonga', ['Pacific Islands Forum Leaders Meeting']),
    ],
    relations: [
      ...took('Albanese-Luxon meeting in Melbourne', 'Anthony Albanese', 'Christopher Luxon'),
      ...dis(
        'Albanese-Luxon meeting in Melbourne',
        'Pacific Islands Forum Leaders Meeting in Tonga',
        'Australia-New Zealand Closer Economic Relations Trade Agreement',
      ),
      ...inv('Pacific Islands Forum Leaders Meeting in Tonga', 'Pacific Islands Forum'),
    ],
  },
  {
    id: 'touched-upon',
    form: '"met with … The two sides also touched upon …" (news agency)',
    date: '2023-06-27',
    source: 'Xinhua',
    text:
      'BEIJING, June 27 (Xinhua) -- Chinese Premier Li Qiang met with Vietnamese Prime Minister Pham Minh Chinh in Beijing on Tuesday. ' +
      'The two sides also touched upon the situation in Myanmar and the Regional Comprehensive Economic Partnership.',
    entities: [
      P('Li Qiang', 'Premier Li Qiang', 'Li'),
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh', 'Chinh'),
      S('China', 'Chinese'),
      S('Viet Nam', 'Vietnamese', 'Vietnam'),
      S('Myanmar'),
      A('Regional Comprehensive Economic Partnership', 'RCEP'),
      E('Li Qiang-Pham Minh Chinh meeting in Beijing', [], '2023-06-27'),
    ],
    relations: [
      ...took('Li Qiang-Pham Minh Chinh meeting in Beijing', 'Li Qiang', 'Pham Minh Chinh'),
      ...dis('Li Qiang-Pham Minh Chinh meeting in Beijing', 'Myanmar', 'Regional Comprehensive Economic Partnership'),
    ],
  },
  {
    id: 'reviewed-progress-consultation',
    form: '"A and B reviewed progress in implementing X during their annual consultation in City"',
    date: '2023-01-09',
    source: 'Cabinet Secretariat of Indonesia',
    text:
      'President Joko Widodo and Prime Minister Anwar Ibrahim reviewed progress in implementing the Treaty on the Delimitation of the ' +
      'Territorial Sea in the Sulawesi Sea during their annual consultation in Bogor on 9 January 2023.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      A('Treaty on the Delimitation of the Territorial Sea in the Sulawesi Sea'),
      E('Widodo-Anwar annual consultation in Bogor', ['annual consultation'], '2023-01-09'),
    ],
    relations: [
      ...took('Widodo-Anwar annual consultation in Bogor', 'Joko Widodo', 'Anwar Ibrahim'),
      ...dis(
        'Widodo-Anwar annual consultation in Bogor',
        'Treaty on the Delimitation of the Territorial Sea in the Sulawesi Sea',
      ),
    ],
  },
  {
    id: 'on-margins-they-discussed',
    form: '"On the margins of X, A and B discussed Y" (meeting told only by "discussed")',
    date: '2024-10-10',
    text:
      'On the margins of the ASEAN Summit in Vientiane, Prime Minister Shigeru Ishiba and President Ferdinand Marcos Jr. of the Philippines ' +
      'discussed the Reciprocal Access Agreement between Japan and the Philippines.',
    entities: [
      P('Shigeru Ishiba', 'Prime Minister Shigeru Ishiba', 'Ishiba'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.', 'Marcos'),
      S('Philippines'),
      S('Japan'),
      O('ASEAN'),
      A('Reciprocal Access Agreement'),
      E('Ishiba-Marcos meeting on the margins of the ASEAN Summit'),
      E('ASEAN Summit in Vientiane', ['ASEAN Summit']),
    ],
    relations: [
      ['PART_OF', 'Ishiba-Marcos meeting on the margins of the ASEAN Summit', 'ASEAN Summit in Vientiane'],
      ...took('Ishiba-Marcos meeting on the margins of the ASEAN Summit', 'Shigeru Ishiba', 'Ferdinand Marcos Jr.'),
      ...took('ASEAN Summit in Vientiane', 'Shigeru Ishiba', 'Ferdinand Marcos Jr.'),
      ...dis('Ishiba-Marcos meeting on the margins of the ASEAN Summit', 'Reciprocal Access Agreement'),
    ],
  },
  {
    id: 'at-invitation-host-not-topic',
    form: '"At the invitation of <host state>, A and B held talks in City … discussed X" (the host is no topic)',
    date: '2024-05-10',
    text:
      'At the invitation of Kazakhstan, Foreign Minister Ararat Mirzoyan of Armenia and Foreign Minister Jeyhun Bayramov of Azerbaijan ' +
      'held talks in Almaty on 10 May 2024. The ministers discussed the draft peace treaty.',
    entities: [
      P('Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan', 'Mirzoyan'),
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      S('Kazakhstan'),
      S('Armenia'),
      S('Azerbaijan'),
      A('peace treaty', 'draft peace treaty'),
      E('Mirzoyan-Bayramov talks in Almaty', ['talks'], '2024-05-10'),
    ],
    relations: [
      ...took('Mirzoyan-Bayramov talks in Almaty', 'Ararat Mirzoyan', 'Jeyhun Bayramov'),
      ...dis('Mirzoyan-Bayramov talks in Almaty', 'peace treaty'),
    ],
  },
  {
    id: 'observer-not-topic',
    form: '"met … to discuss X. <Org> attended as an observer" (the observer is no topic)',
    date: '2024-03-03',
    text:
      'Foreign Minister Sameh Shoukry and Foreign Minister Ayman Safadi met in Amman on 3 March 2024 to discuss the war in Sudan. ' +
      'The League of Arab States attended the meeting as an observer.',
    entities: [
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry', 'Shoukry'),
      P('Ayman Safadi', 'Foreign Minister Ayman Safadi', 'Safadi'),
      S('Sudan'),
      O('League of Arab States', 'Arab League'),
      E('Shoukry-Safadi meeting in Amman', ['meeting'], '2024-03-03'),
      E('war in Sudan'),
    ],
    relations: [
      ...took('Shoukry-Safadi meeting in Amman', 'Sameh Shoukry', 'Ayman Safadi'),
      ...dis('Shoukry-Safadi meeting in Amman', 'war in Sudan'),
      ...inv('war in Sudan', 'Sudan'),
    ],
  },
  {
    id: 'membership-not-topic',
    form: '"X of Y, a fellow member of the EU and NATO" (memberships are no topics)',
    date: '2024-03-06',
    source: 'Finnish Government',
    text:
      'Prime Minister Petteri Orpo met Prime Minister Kaja Kallas of Estonia, a fellow member of the European Union and NATO, in Tallinn on 6 March 2024. ' +
      'The prime ministers discussed electricity interconnections and military support for Ukraine.',
    entities: [
      P('Petteri Orpo', 'Prime Minister Petteri Orpo', 'Orpo'),
      P('Kaja Kallas', 'Prime Minister Kaja Kallas', 'Kallas'),
      S('Estonia'),
      S('Ukraine'),
      O('European Union'),
      O('NATO'),
      E('Orpo-Kallas meeting in Tallinn', [], '2024-03-06'),
    ],
    relations: [
      ...took('Orpo-Kallas meeting in Tallinn', 'Petteri Orpo', 'Kaja Kallas'),
      ...dis('Orpo-Kallas meeting in Tallinn', 'Ukraine'),
    ],
  },
  {
    id: 'visit-not-topic-summit-part',
    form: '"During his state visit to X, A held a summit with B … discussed" (the visit is no topic; the summit is part of it)',
    date: '2023-03-16',
    source: 'Office of the President of the Republic of Korea',
    text:
      'During his state visit to Japan, President Yoon Suk Yeol held a summit with Prime Minister Fumio Kishida in Tokyo on 16 March 2023. ' +
      "The leaders discussed the General Security of Military Information Agreement and North Korea's missile launches.",
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      S('Japan'),
      S('North Korea'),
      A('General Security of Military Information Agreement', 'GSOMIA'),
      E("Yoon's state visit to Japan", ['state visit to Japan']),
      E('Yoon-Kishida summit in Tokyo', ['summit'], '2023-03-16'),
      E("North Korea's missile launches", ['missile launches']),
    ],
    relations: [
      ...took("Yoon's state visit to Japan", 'Yoon Suk Yeol'),
      ...took('Yoon-Kishida summit in Tokyo', 'Yoon Suk Yeol', 'Fumio Kishida'),
      ['PART_OF', 'Yoon-Kishida summit in Tokyo', "Yoon's state visit to Japan"],
      ...dis(
        'Yoon-Kishida summit in Tokyo',
        'General Security of Military Information Agreement',
        "North Korea's missile launches",
      ),
      ...inv("North Korea's missile launches", 'North Korea'),
    ],
  },
  {
    id: 'meeting-place-palace-of-nations',
    form: '"met … at the Palace of Nations in Geneva, on the margins of the 55th session of the UN Human Rights Council"',
    date: '2024-02-26',
    source: 'Global Affairs Canada',
    text:
      'Foreign Minister Mélanie Joly met Foreign Minister Penny Wong of Australia at the Palace of Nations in Geneva on 26 February 2024, ' +
      'on the margins of the 55th session of the United Nations Human Rights Council. They discussed the situation in Myanmar.',
    entities: [
      P('Mélanie Joly', 'Foreign Minister Mélanie Joly', 'Joly'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      S('Australia'),
      S('Myanmar'),
      O('United Nations Human Rights Council', 'Human Rights Council'),
      E('Joly-Wong meeting in Geneva', [], '2024-02-26'),
      E('55th session of the United Nations Human Rights Council', ['55th session']),
    ],
    relations: [
      ...took('Joly-Wong meeting in Geneva', 'Mélanie Joly', 'Penny Wong'),
      ...took('55th session of the United Nations Human Rights Council', 'Mélanie Joly', 'Penny Wong'),
      ['PART_OF', 'Joly-Wong meeting in Geneva', '55th session of the United Nations Human Rights Council'],
      ...dis('Joly-Wong meeting in Geneva', 'Myanmar'),
    ],
  },
  {
    id: 'exchanged-opinions-regarding',
    form: '"held a phone call … and the two ministers exchanged opinions regarding …" (Korea MOFA)',
    date: '2025-01-03',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'Minister of Foreign Affairs Cho Tae-yul held a phone call with Minister for Foreign Affairs of Japan Iwaya Takeshi on 3 January 2025, ' +
      'and the two ministers exchanged opinions regarding the upcoming Korea-Japan-China trilateral summit and North Korea.',
    entities: [
      P('Cho Tae-yul', 'Minister of Foreign Affairs Cho Tae-yul', 'Cho'),
      P('Takeshi Iwaya', 'Iwaya Takeshi', 'Iwaya'),
      S('Japan'),
      S('South Korea', 'Korea', 'Republic of Korea'),
      S('China'),
      S('North Korea'),
      E('Cho-Iwaya phone call', ['phone call'], '2025-01-03'),
      E('Korea-Japan-China trilateral summit', ['trilateral summit']),
    ],
    relations: [
      ...took('Cho-Iwaya phone call', 'Cho Tae-yul', 'Takeshi Iwaya'),
      ...dis('Cho-Iwaya phone call', 'Korea-Japan-China trilateral summit', 'North Korea'),
    ],
  },
  {
    id: 'issues-raised-included',
    form: '"Issues raised included X and the detention of Y in Z" (British FCDO)',
    date: '2024-09-24',
    source: 'Foreign, Commonwealth & Development Office',
    text:
      'Foreign Secretary David Lammy met Iranian Foreign Minister Abbas Araghchi in New York on 24 September 2024. ' +
      "Issues raised included Iran's nuclear programme and the detention of British nationals in Iran.",
    entities: [
      P('David Lammy', 'Foreign Secretary David Lammy', 'Lammy'),
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi', 'Araghchi'),
      S('Iran', 'Iranian'),
      S('United Kingdom', 'British'),
      E('Lammy-Araghchi meeting in New York', [], '2024-09-24'),
      E('detention of British nationals in Iran', ['detention']),
    ],
    relations: [
      ...took('Lammy-Araghchi meeting in New York', 'David Lammy', 'Abbas Araghchi'),
      ...dis('Lammy-Araghchi meeting in New York', 'Iran', 'detention of British nationals in Iran'),
      ...inv('detention of British nationals in Iran', 'Iran', 'United Kingdom'),
    ],
  },
  {
    id: 'agenda-included-colon',
    form: '"The agenda included: …" (a colon list)',
    date: '2023-09-04',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan and President Vladimir Putin met in Sochi on 4 September 2023. ' +
      'The agenda included: regional security, energy, and the revival of the Black Sea Grain Initiative.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      A('Black Sea Grain Initiative'),
      E('Erdoğan-Putin meeting in Sochi', [], '2023-09-04'),
    ],
    relations: [
      ...took('Erdoğan-Putin meeting in Sochi', 'Recep Tayyip Erdoğan', 'Vladimir Putin'),
      ...dis('Erdoğan-Putin meeting in Sochi', 'Black Sea Grain Initiative'),
    ],
  },
  {
    id: 'conversation-centred-on',
    form: '"The Prime Minister, A, spoke to B … The conversation centred on …" (British spelling, UK No. 10)',
    date: '2024-04-29',
    source: 'Prime Minister’s Office, 10 Downing Street',
    text:
      'The Prime Minister, Rishi Sunak, spoke to the Taoiseach, Leo Varadkar, this morning. ' +
      'The conversation centred on the Windsor Framework and the forthcoming European Political Community summit at Blenheim Palace.',
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Leo Varadkar', 'Taoiseach Leo Varadkar', 'Varadkar'),
      O('European Political Community'),
      A('Windsor Framework'),
      E('Sunak-Varadkar conversation', ['conversation'], '2024-04-29'),
      E('European Political Community summit at Blenheim Palace', ['European Political Community summit']),
    ],
    relations: [
      ...took('Sunak-Varadkar conversation', 'Rishi Sunak', 'Leo Varadkar'),
      ...dis(
        'Sunak-Varadkar conversation',
        'Windsor Framework',
        'European Political Community summit at Blenheim Palace',
      ),
      ...inv('European Political Community summit at Blenheim Palace', 'European Political Community'),
    ],
  },
  {
    id: 'among-topics-were',
    form: '"received … at <palace>. Among the topics were …"',
    date: '2024-01-13',
    text:
      'President Gustavo Petro received Secretary-General António Guterres at the Casa de Nariño in Bogotá on 13 January 2024. ' +
      'Among the topics were the implementation of the Final Peace Agreement and the situation in Venezuela.',
    entities: [
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      P('António Guterres', 'Secretary-General António Guterres', 'Guterres'),
      S('Venezuela'),
      A('Final Peace Agreement'),
      E('Petro-Guterres meeting in Bogotá', [], '2024-01-13'),
    ],
    relations: [
      ...took('Petro-Guterres meeting in Bogotá', 'Gustavo Petro', 'António Guterres'),
      ...dis('Petro-Guterres meeting in Bogotá', 'Final Peace Agreement', 'Venezuela'),
    ],
  },
  {
    id: 'talks-dominated-by-attack',
    form: 'wire: "Talks between A and B in City on Monday were dominated by <attack by X on Y>"',
    date: '2024-10-07',
    source: 'Reuters',
    text: "JERUSALEM, Oct 7 (Reuters) - Talks between German Foreign Minister Annalena Baerbock and Israeli Foreign Minister Israel Katz in Jerusalem on Monday were dominated by Iran's missile attack on Israel on Oct. 1.",
    entities: [
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      P('Israel Katz', 'Foreign Minister Israel Katz', 'Katz'),
      S('Germany', 'German'),
      S('Israel', 'Israeli'),
      S('Iran'),
      E('Baerbock-Katz talks in Jerusalem', ['talks'], '2024-10-07'),
      E("Iran's missile attack on Israel", ['missile attack'], '2024-10-01'),
    ],
    relations: [
      ...took('Baerbock-Katz talks in Jerusalem', 'Annalena Baerbock', 'Israel Katz'),
      ...dis('Baerbock-Katz talks in Jerusalem', "Iran's missile attack on Israel"),
      ...inv("Iran's missile attack on Israel", 'Iran', 'Israel'),
    ],
  },
  {
    id: 'on-the-agenda-were',
    form: '"On the agenda were X and Y" (WAM, honorific chain)',
    date: '2024-01-22',
    source: 'Emirates News Agency (WAM)',
    text:
      'Dr Thani bin Ahmed Al Zeyoudi, Minister of State for Foreign Trade, met Zulkifli Hasan, Minister of Trade of Indonesia, in Jakarta on 22 January 2024. ' +
      'On the agenda were the UAE-Indonesia Comprehensive Economic Partnership Agreement and investment in renewable energy.',
    entities: [
      P('Thani bin Ahmed Al Zeyoudi', 'Dr Thani bin Ahmed Al Zeyoudi', 'Al Zeyoudi'),
      P('Zulkifli Hasan', 'Zulkifli'),
      S('Indonesia'),
      S('United Arab Emirates', 'UAE'),
      A('UAE-Indonesia Comprehensive Economic Partnership Agreement', 'Comprehensive Economic Partnership Agreement'),
      E('Al Zeyoudi-Hasan meeting in Jakarta', [], '2024-01-22'),
    ],
    relations: [
      ...took('Al Zeyoudi-Hasan meeting in Jakarta', 'Thani bin Ahmed Al Zeyoudi', 'Zulkifli Hasan'),
      ...dis('Al Zeyoudi-Hasan meeting in Jakarta', 'UAE-Indonesia Comprehensive Economic Partnership Agreement'),
    ],
  },
  {
    id: 'consulted-on-preparations',
    form: '"spoke by telephone … They also consulted on preparations for the G20 summit in City"',
    date: '2024-06-13',
    source: 'Planalto',
    text:
      'President Luiz Inácio Lula da Silva spoke by telephone with Prime Minister Narendra Modi on Thursday, 13 June 2024. ' +
      'They also consulted on preparations for the G20 summit in Rio de Janeiro.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      O('G20'),
      E('Lula-Modi telephone call', ['telephone call'], '2024-06-13'),
      E('G20 summit in Rio de Janeiro', ['G20 summit']),
    ],
    relations: [
      ...took('Lula-Modi telephone call', 'Luiz Inácio Lula da Silva', 'Narendra Modi'),
      ...dis('Lula-Modi telephone call', 'G20 summit in Rio de Janeiro'),
      ...inv('G20 summit in Rio de Janeiro', 'G20'),
    ],
  },
  {
    id: 'un-hq-host-not-topic',
    form: 'UN: "met with the President of X, Y, at United Nations Headquarters … They discussed the situation in Z"',
    date: '2023-09-21',
    source: 'United Nations Spokesperson',
    text:
      'Secretary-General António Guterres met with the President of Kenya, William Ruto, at United Nations Headquarters in New York on 21 September 2023. ' +
      'They discussed the situation in Haiti and climate finance.',
    entities: [
      P('António Guterres', 'Secretary-General António Guterres', 'Guterres'),
      P('William Ruto', 'President William Ruto', 'Ruto'),
      S('Kenya'),
      S('Haiti'),
      O('United Nations', 'UN'),
      E('Guterres-Ruto meeting in New York', [], '2023-09-21'),
    ],
    relations: [
      ...took('Guterres-Ruto meeting in New York', 'António Guterres', 'William Ruto'),
      ...dis('Guterres-Ruto meeting in New York', 'Haiti'),
    ],
  },
  {
    id: 'raised-detention-with',
    form: '"A raised the detention of Y with B during their meeting in City"',
    date: '2024-03-20',
    source: 'Department of Foreign Affairs and Trade (Australia)',
    text:
      'Foreign Minister Penny Wong raised the detention of Australian writer Yang Hengjun with Foreign Minister Wang Yi of China ' +
      'during their meeting in Canberra on 20 March 2024.',
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      P('Yang Hengjun'),
      S('China'),
      S('Australia', 'Australian'),
      E('Wong-Wang meeting in Canberra', ['meeting'], '2024-03-20'),
      E('detention of Yang Hengjun', ['detention']),
    ],
    relations: [
      ...took('Wong-Wang meeting in Canberra', 'Penny Wong', 'Wang Yi'),
      ...dis('Wong-Wang meeting in Canberra', 'detention of Yang Hengjun'),
      ...inv('detention of Yang Hengjun', 'China', 'Australia'),
    ],
  },
];

const INCIDENTS: BankCase[] = [
  {
    id: 'rockets-fired-from-into',
    form: 'an incident told by a participle: "the rockets fired from southern Lebanon into northern Israel"',
    date: '2024-04-28',
    text:
      'Foreign Minister Stéphane Séjourné held talks with Foreign Minister Abdallah Bou Habib of Lebanon in Beirut on 28 April 2024. ' +
      'They discussed the rockets fired from southern Lebanon into northern Israel since October.',
    entities: [
      P('Stéphane Séjourné', 'Foreign Minister Stéphane Séjourné', 'Séjourné'),
      P('Abdallah Bou Habib', 'Foreign Minister Abdallah Bou Habib', 'Bou Habib'),
      S('Lebanon'),
      S('Israel'),
      E('Séjourné-Bou Habib talks in Beirut', ['talks'], '2024-04-28'),
      E('rockets fired from southern Lebanon into northern Israel', ['rockets fired']),
    ],
    relations: [
      ...took('Séjourné-Bou Habib talks in Beirut', 'Stéphane Séjourné', 'Abdallah Bou Habib'),
      ...dis('Séjourné-Bou Habib talks in Beirut', 'rockets fired from southern Lebanon into northern Israel'),
      ...inv('rockets fired from southern Lebanon into northern Israel', 'Lebanon', 'Israel'),
    ],
  },
  {
    id: 'attack-on-org-patrol',
    form: '"the attack on a UNIFIL patrol near X on <date>" (an organisation as target)',
    date: '2022-12-20',
    source: 'Department of Defence (Ireland)',
    text:
      'Minister for Defence Simon Coveney met Under-Secretary-General Jean-Pierre Lacroix in Dublin on 20 December 2022. ' +
      'They discussed the attack on a UNIFIL patrol near Al-Aqbiyah on 14 December.',
    entities: [
      P('Simon Coveney', 'Minister for Defence Simon Coveney', 'Coveney'),
      P('Jean-Pierre Lacroix', 'Under-Secretary-General Jean-Pierre Lacroix', 'Lacroix'),
      O('UNIFIL'),
      E('Coveney-Lacroix meeting in Dublin', [], '2022-12-20'),
      E('attack on a UNIFIL patrol near Al-Aqbiyah', ['attack on a UNIFIL patrol'], '2022-12-14'),
    ],
    relations: [
      ...took('Coveney-Lacroix meeting in Dublin', 'Simon Coveney', 'Jean-Pierre Lacroix'),
      ...dis('Coveney-Lacroix meeting in Dublin', 'attack on a UNIFIL patrol near Al-Aqbiyah'),
      ...inv('attack on a UNIFIL patrol near Al-Aqbiyah', 'UNIFIL'),
    ],
  },
  {
    id: 'seizure-of-tanker-by',
    form: '"spoke with … about the seizure of the tanker X by Y" (nominalisation with "by")',
    date: '2023-04-28',
    source: 'U.S. Department of State',
    text: 'Secretary of State Antony Blinken spoke with Foreign Minister Mevlüt Çavuşoğlu of Türkiye on 28 April 2023 about the seizure of the oil tanker Advantage Sweet by Iran in the Gulf of Oman.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Mevlüt Çavuşoğlu', 'Foreign Minister Mevlüt Çavuşoğlu', 'Çavuşoğlu'),
      S('Türkiye', 'Turkey'),
      S('Iran'),
      E('Blinken-Çavuşoğlu call', [], '2023-04-28'),
      E('seizure of the oil tanker Advantage Sweet by Iran', ['seizure of the oil tanker Advantage Sweet']),
    ],
    relations: [
      ...took('Blinken-Çavuşoğlu call', 'Antony Blinken', 'Mevlüt Çavuşoğlu'),
      ...dis('Blinken-Çavuşoğlu call', 'seizure of the oil tanker Advantage Sweet by Iran'),
      ...inv('seizure of the oil tanker Advantage Sweet by Iran', 'Iran'),
    ],
  },
  {
    id: 'drones-launched-by-against',
    form: '"the drones launched by X against <demonym> ports" (actor and target)',
    date: '2023-09-05',
    source: 'Presidential Administration of Romania',
    text:
      'President Klaus Iohannis held a telephone call with President Volodymyr Zelenskyy on 5 September 2023. ' +
      'The two presidents discussed the drones launched by Russia against Ukrainian ports on the Danube.',
    entities: [
      P('Klaus Iohannis', 'President Klaus Iohannis', 'Iohannis'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Russia'),
      S('Ukraine', 'Ukrainian'),
      E('Iohannis-Zelenskyy telephone call', ['telephone call'], '2023-09-05'),
      E('drones launched by Russia against Ukrainian ports on the Danube', ['drone attacks']),
    ],
    relations: [
      ...took('Iohannis-Zelenskyy telephone call', 'Klaus Iohannis', 'Volodymyr Zelenskyy'),
      ...dis('Iohannis-Zelenskyy telephone call', 'drones launched by Russia against Ukrainian ports on the Danube'),
      ...inv('drones launched by Russia against Ukrainian ports on the Danube', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'shelling-around-plant',
    form: '"discussed the shelling around the Zaporizhzhia Nuclear Power Plant" (IAEA; the agency is no topic)',
    date: '2024-02-06',
    source: 'IAEA',
    text: 'IAEA Director General Rafael Grossi met President Volodymyr Zelenskyy of Ukraine in Kyiv on 6 February 2024 and discussed the shelling around the Zaporizhzhia Nuclear Power Plant.',
    entities: [
      P('Rafael Grossi', 'Director General Rafael Grossi', 'Grossi'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Ukraine'),
      O('IAEA', 'International Atomic Energy Agency'),
      E('Grossi-Zelenskyy meeting in Kyiv', [], '2024-02-06'),
      E('shelling around the Zaporizhzhia Nuclear Power Plant', ['shelling']),
    ],
    relations: [
      ...took('Grossi-Zelenskyy meeting in Kyiv', 'Rafael Grossi', 'Volodymyr Zelenskyy'),
      ...dis('Grossi-Zelenskyy meeting in Kyiv', 'shelling around the Zaporizhzhia Nuclear Power Plant'),
      ...inv('shelling around the Zaporizhzhia Nuclear Power Plant', 'Ukraine'),
    ],
  },
  {
    id: 'full-scale-invasion-possessive',
    form: '"the consequences of X\'s full-scale invasion of Y" (possessive actor, "of" target; La Moncloa)',
    date: '2024-02-01',
    source: 'La Moncloa',
    text:
      'The President of the Government, Pedro Sánchez, held a meeting with the Prime Minister of Ukraine, Denys Shmyhal, at La Moncloa Palace on 1 February 2024. ' +
      "They discussed the consequences of Russia's full-scale invasion of Ukraine for European security.",
    entities: [
      P('Pedro Sánchez', 'President of the Government Pedro Sánchez', 'Sánchez'),
      P('Denys Shmyhal', 'Prime Minister Denys Shmyhal', 'Shmyhal'),
      S('Russia'),
      S('Ukraine'),
      E('Sánchez-Shmyhal meeting at La Moncloa', ['meeting'], '2024-02-01'),
      E("Russia's full-scale invasion of Ukraine", ['full-scale invasion']),
    ],
    relations: [
      ...took('Sánchez-Shmyhal meeting at La Moncloa', 'Pedro Sánchez', 'Denys Shmyhal'),
      ...dis('Sánchez-Shmyhal meeting at La Moncloa', "Russia's full-scale invasion of Ukraine"),
      ...inv("Russia's full-scale invasion of Ukraine", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'clashes-between-demonyms',
    form: '"the clashes between Kyrgyz and Tajik border troops" (demonyms as parties), on the sidelines of a CIS summit',
    date: '2022-10-14',
    text:
      'President Sadyr Japarov and President Emomali Rahmon met in Astana on 14 October 2022 on the sidelines of the CIS summit. ' +
      'Their meeting addressed the clashes between Kyrgyz and Tajik border troops in September.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov', 'Japarov'),
      P('Emomali Rahmon', 'President Emomali Rahmon', 'Rahmon'),
      S('Kyrgyzstan', 'Kyrgyz'),
      S('Tajikistan', 'Tajik'),
      O('Commonwealth of Independent States', 'CIS'),
      E('Japarov-Rahmon meeting in Astana', [], '2022-10-14'),
      E('CIS summit in Astana', ['CIS summit']),
      E('clashes between Kyrgyz and Tajik border troops', ['border clashes']),
    ],
    relations: [
      ...took('Japarov-Rahmon meeting in Astana', 'Sadyr Japarov', 'Emomali Rahmon'),
      ...took('CIS summit in Astana', 'Sadyr Japarov', 'Emomali Rahmon'),
      ['PART_OF', 'Japarov-Rahmon meeting in Astana', 'CIS summit in Astana'],
      ...dis('Japarov-Rahmon meeting in Astana', 'clashes between Kyrgyz and Tajik border troops'),
      ...inv('clashes between Kyrgyz and Tajik border troops', 'Kyrgyzstan', 'Tajikistan'),
    ],
  },
  {
    id: 'condolences-bombing-in-city',
    form: '"received a telephone call from X, who offered condolences for the suicide bombing in <city>"',
    date: '2023-01-31',
    source: 'Prime Minister’s Office, Pakistan',
    text:
      'Prime Minister Shehbaz Sharif of Pakistan received a telephone call from President Recep Tayyip Erdoğan, ' +
      'who offered condolences for the suicide bombing at a mosque in Peshawar on Monday.',
    entities: [
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif', 'Sharif'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      S('Pakistan'),
      E('Sharif-Erdoğan telephone call', ['telephone call'], '2023-01-31'),
      E('suicide bombing at a mosque in Peshawar', ['suicide bombing'], '2023-01-30'),
    ],
    relations: [
      ...took('Sharif-Erdoğan telephone call', 'Shehbaz Sharif', 'Recep Tayyip Erdoğan'),
      ...dis('Sharif-Erdoğan telephone call', 'suicide bombing at a mosque in Peshawar'),
      ...inv('suicide bombing at a mosque in Peshawar', 'Pakistan'),
    ],
  },
  {
    id: 'strikes-carried-out-by-against',
    form: '"the air strikes carried out by X against Y earlier that day"',
    date: '2024-10-26',
    text:
      'Foreign Minister Abbas Araghchi spoke by phone with Foreign Minister Prince Faisal bin Farhan of Saudi Arabia on 26 October 2024 ' +
      'about the air strikes carried out by Israel against Iran earlier that day.',
    entities: [
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi', 'Araghchi'),
      P('Faisal bin Farhan', 'Prince Faisal bin Farhan', 'Faisal bin Farhan Al Saud'),
      S('Saudi Arabia'),
      S('Israel'),
      S('Iran'),
      E('Araghchi-Faisal bin Farhan phone call', ['phone call'], '2024-10-26'),
      E('air strikes carried out by Israel against Iran', ['air strikes'], '2024-10-26'),
    ],
    relations: [
      ...took('Araghchi-Faisal bin Farhan phone call', 'Abbas Araghchi', 'Faisal bin Farhan'),
      ...dis('Araghchi-Faisal bin Farhan phone call', 'air strikes carried out by Israel against Iran'),
      ...inv('air strikes carried out by Israel against Iran', 'Israel', 'Iran'),
    ],
  },
  {
    id: 'attempted-coup-of-date-in',
    form: '"to discuss the attempted coup of 26 June in Bolivia" (Itamaraty)',
    date: '2024-06-27',
    source: 'Itamaraty',
    text: 'Foreign Minister Mauro Vieira spoke by telephone with Foreign Minister Celinda Sosa of Bolivia on 27 June 2024 to discuss the attempted coup of 26 June in Bolivia.',
    entities: [
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Vieira'),
      P('Celinda Sosa', 'Foreign Minister Celinda Sosa', 'Sosa'),
      S('Bolivia'),
      E('Vieira-Sosa telephone call', [], '2024-06-27'),
      E('attempted coup in Bolivia', ['attempted coup'], '2024-06-26'),
    ],
    relations: [
      ...took('Vieira-Sosa telephone call', 'Mauro Vieira', 'Celinda Sosa'),
      ...dis('Vieira-Sosa telephone call', 'attempted coup in Bolivia'),
      ...inv('attempted coup in Bolivia', 'Bolivia'),
    ],
  },
  {
    id: 'trilateral-call-of-states-test-conducted',
    form: '"The Foreign Ministers of A, B and C held a trilateral telephone call … the ICBM test conducted by the DPRK"',
    date: '2024-11-01',
    text:
      'The Foreign Ministers of the Republic of Korea, Japan and the United States held a trilateral telephone call on 1 November 2024. ' +
      'They condemned the intercontinental ballistic missile test conducted by the DPRK on 31 October.',
    entities: [
      S('South Korea', 'Republic of Korea'),
      S('Japan'),
      S('United States'),
      S('North Korea', 'DPRK'),
      E('trilateral telephone call of the foreign ministers', ['trilateral telephone call'], '2024-11-01'),
      E('intercontinental ballistic missile test conducted by the DPRK', ['missile test'], '2024-10-31'),
    ],
    relations: [
      ...inv('trilateral telephone call of the foreign ministers', 'South Korea', 'Japan', 'United States'),
      ...dis(
        'trilateral telephone call of the foreign ministers',
        'intercontinental ballistic missile test conducted by the DPRK',
      ),
      ...inv('intercontinental ballistic missile test conducted by the DPRK', 'North Korea'),
    ],
  },
  {
    id: 'cyberattack-attributed-to',
    form: '"to brief him on the cyberattack against X\'s government systems attributed to Y" (NATO: the alliance is no topic)',
    date: '2022-09-08',
    text: "Prime Minister Edi Rama met NATO Secretary General Jens Stoltenberg in Brussels on 8 September 2022 to brief him on the cyberattack against Albania's government systems attributed to Iran.",
    entities: [
      P('Edi Rama', 'Prime Minister Edi Rama', 'Rama'),
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      S('Albania'),
      S('Iran'),
      O('NATO'),
      E('Rama-Stoltenberg meeting in Brussels', [], '2022-09-08'),
      E("cyberattack against Albania's government systems", ['cyberattack']),
    ],
    relations: [
      ...took('Rama-Stoltenberg meeting in Brussels', 'Edi Rama', 'Jens Stoltenberg'),
      ...dis('Rama-Stoltenberg meeting in Brussels', "cyberattack against Albania's government systems"),
      ...inv("cyberattack against Albania's government systems", 'Albania', 'Iran'),
    ],
  },
  {
    id: 'hostages-taken-by',
    form: '"spoke with the Emir of X, Y, about the hostages taken by Z" (UN; participle)',
    date: '2023-10-12',
    source: 'United Nations Spokesperson',
    text: 'Secretary-General António Guterres spoke with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on 12 October 2023 about the hostages taken by Hamas.',
    entities: [
      P('António Guterres', 'Secretary-General António Guterres', 'Guterres'),
      P('Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani', 'Tamim'),
      S('Qatar'),
      O('Hamas'),
      E('Guterres-Tamim call', [], '2023-10-12'),
      E('hostage-taking by Hamas', ['hostages taken by Hamas']),
    ],
    relations: [
      ...took('Guterres-Tamim call', 'António Guterres', 'Tamim bin Hamad Al Thani'),
      ...dis('Guterres-Tamim call', 'hostage-taking by Hamas'),
      ...inv('hostage-taking by Hamas', 'Hamas'),
    ],
  },
  {
    id: 'floods-that-hit',
    form: '"spoke with … about the floods that hit X in August" (a disaster told by a relative clause)',
    date: '2022-09-02',
    text: 'Prime Minister Justin Trudeau spoke with Prime Minister Shehbaz Sharif of Pakistan on 2 September 2022 about the floods that hit Pakistan in August.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif', 'Sharif'),
      S('Pakistan'),
      E('Trudeau-Sharif call', [], '2022-09-02'),
      E('floods in Pakistan', ['floods']),
    ],
    relations: [
      ...took('Trudeau-Sharif call', 'Justin Trudeau', 'Shehbaz Sharif'),
      ...dis('Trudeau-Sharif call', 'floods in Pakistan'),
      ...inv('floods in Pakistan', 'Pakistan'),
    ],
  },
];

const CLAUSES: BankCase[] = [
  {
    id: 'a-month-after-they-met-in',
    form: '"a month after the two leaders met in City" (an earlier meeting told by a clause)',
    date: '2023-11-14',
    text: 'President Emmanuel Macron spoke by telephone with Prime Minister Pedro Sánchez on 14 November 2023, a month after the two leaders met in Granada.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez', 'Sánchez'),
      E('Macron-Sánchez telephone call', [], '2023-11-14'),
      E('Macron-Sánchez meeting in Granada'),
    ],
    relations: [
      ...took('Macron-Sánchez telephone call', 'Emmanuel Macron', 'Pedro Sánchez'),
      ...took('Macron-Sánchez meeting in Granada', 'Emmanuel Macron', 'Pedro Sánchez'),
    ],
  },
  {
    id: 'when-they-met-in-announced',
    form: '"When the two leaders met in City in May, they announced X" (earlier meeting, REACHED_AT)',
    date: '2023-07-30',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese and President Joe Biden spoke by phone on 30 July 2023. ' +
      'When the two leaders met in Hiroshima in May, they announced the Climate, Critical Minerals and Clean Energy Transformation Compact.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      A('Climate, Critical Minerals and Clean Energy Transformation Compact'),
      E('Albanese-Biden phone call', [], '2023-07-30'),
      E('Albanese-Biden meeting in Hiroshima', [], '2023-05'),
    ],
    relations: [
      ...took('Albanese-Biden phone call', 'Anthony Albanese', 'Joe Biden'),
      ...took('Albanese-Biden meeting in Hiroshima', 'Anthony Albanese', 'Joe Biden'),
      [
        'REACHED_AT',
        'Climate, Critical Minerals and Clean Energy Transformation Compact',
        'Albanese-Biden meeting in Hiroshima',
      ],
    ],
  },
  {
    id: 'delegations-held-consultations-on',
    form: '"Delegations of A and of B, C and D held consultations in City on X" (only states as parties)',
    date: '2024-11-29',
    text: 'Delegations of Iran and of France, Germany and the United Kingdom held consultations in Geneva on 29 November 2024 on the Iranian nuclear programme.',
    entities: [
      S('Iran', 'Iranian'),
      S('France'),
      S('Germany'),
      S('United Kingdom'),
      E('consultations in Geneva', ['consultations'], '2024-11-29'),
    ],
    relations: [
      ...inv('consultations in Geneva', 'Iran', 'France', 'Germany', 'United Kingdom'),
      ...dis('consultations in Geneva', 'Iran'),
    ],
  },
  {
    id: 'following-up-talks-held-last-week',
    form: '"following up on the talks the two ministers held in City last week"',
    date: '2024-08-13',
    source: 'New Zealand Government',
    text: 'Foreign Minister Winston Peters spoke with Foreign Minister Penny Wong on 13 August 2024, following up on the talks the two ministers held in Adelaide last week.',
    entities: [
      P('Winston Peters', 'Foreign Minister Winston Peters', 'Peters'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      E('Peters-Wong call', [], '2024-08-13'),
      E('Peters-Wong talks in Adelaide', ['talks']),
    ],
    relations: [
      ...took('Peters-Wong call', 'Winston Peters', 'Penny Wong'),
      ...took('Peters-Wong talks in Adelaide', 'Winston Peters', 'Penny Wong'),
      ...dis('Peters-Wong call', 'Peters-Wong talks in Adelaide'),
    ],
  },
  {
    id: 'hosted-in-capital-recalled-visit-paid',
    form: '"Mr X recalled the visit he paid to City in <year>" (an earlier visit by a clause)',
    date: '2024-05-03',
    source: 'Chancellery of the President of Poland',
    text: 'President Andrzej Duda hosted President Gitanas Nausėda in Warsaw on 3 May 2024. Mr Nausėda recalled the visit he paid to Kraków in 2023.',
    entities: [
      P('Andrzej Duda', 'President Andrzej Duda', 'Duda'),
      P('Gitanas Nausėda', 'President Gitanas Nausėda', 'Nausėda'),
      E('Duda-Nausėda meeting in Warsaw', [], '2024-05-03'),
      E("Nausėda's visit to Kraków", ['visit to Kraków'], '2023'),
    ],
    relations: [
      ...took('Duda-Nausėda meeting in Warsaw', 'Andrzej Duda', 'Gitanas Nausėda'),
      ...took("Nausėda's visit to Kraków", 'Gitanas Nausėda'),
    ],
  },
  {
    id: 'meeting-the-two-had-in',
    form: '"The meeting the two presidents had in City on <date> …" (the main event told by a relative clause)',
    date: '2023-07-08',
    source: 'Presidency of Colombia',
    text:
      'The meeting President Gustavo Petro and President Luiz Inácio Lula da Silva had in Leticia on 8 July 2023 prepared the Amazon summit in Belém. ' +
      'The two presidents discussed deforestation in the Amazon.',
    entities: [
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      E('Petro-Lula meeting in Leticia', ['meeting'], '2023-07-08'),
      E('Amazon summit in Belém', ['Amazon summit']),
    ],
    relations: [
      ...took('Petro-Lula meeting in Leticia', 'Gustavo Petro', 'Luiz Inácio Lula da Silva'),
      ...dis('Petro-Lula meeting in Leticia', 'Amazon summit in Belém'),
    ],
  },
  {
    id: 'spoke-again-after-calls-of',
    form: '"spoke again on <date>, after their phone calls of 5 and 12 March" (coordinated dates)',
    date: '2024-03-20',
    text: 'Foreign Minister Ahmed Attaf and Secretary of State Antony Blinken spoke again on 20 March 2024, after their phone calls of 5 and 12 March.',
    entities: [
      P('Ahmed Attaf', 'Foreign Minister Ahmed Attaf', 'Attaf'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      E('Attaf-Blinken call of 20 March', [], '2024-03-20'),
      E('Attaf-Blinken call of 5 March', [], '2024-03-05'),
      E('Attaf-Blinken call of 12 March', [], '2024-03-12'),
    ],
    relations: [
      ...took('Attaf-Blinken call of 20 March', 'Ahmed Attaf', 'Antony Blinken'),
      ...took('Attaf-Blinken call of 5 March', 'Ahmed Attaf', 'Antony Blinken'),
      ...took('Attaf-Blinken call of 12 March', 'Ahmed Attaf', 'Antony Blinken'),
    ],
  },
  {
    id: 'twelfth-round-corps-commander',
    form: '"The 12th round of the India-China Corps Commander Level Meeting was held at X" (only states as parties)',
    date: '2021-07-31',
    source: 'Ministry of External Affairs of India',
    text: 'The 12th round of the India-China Corps Commander Level Meeting was held at the Chushul-Moldo border meeting point on 31 July 2021.',
    entities: [
      S('India'),
      S('China'),
      E('12th round of the India-China Corps Commander Level Meeting', [], '2021-07-31'),
    ],
    relations: [...inv('12th round of the India-China Corps Commander Level Meeting', 'India', 'China')],
  },
  {
    id: 'seventh-meeting-joint-commission-between',
    form: '"The seventh meeting of the Joint Commission … between A and B took place in City, co-chaired by X and Y"',
    date: '2024-04-18',
    text:
      'The seventh meeting of the Joint Commission on Economic Cooperation between Uzbekistan and Kazakhstan took place in Tashkent on 18 April 2024, ' +
      'co-chaired by Deputy Prime Minister Jamshid Khodjaev and Deputy Prime Minister Serik Zhumangarin.',
    entities: [
      P('Jamshid Khodjaev', 'Deputy Prime Minister Jamshid Khodjaev', 'Khodjaev'),
      P('Serik Zhumangarin', 'Deputy Prime Minister Serik Zhumangarin', 'Zhumangarin'),
      S('Uzbekistan'),
      S('Kazakhstan'),
      E(
        'seventh meeting of the Joint Commission on Economic Cooperation between Uzbekistan and Kazakhstan',
        ['seventh meeting of the Joint Commission'],
        '2024-04-18',
      ),
    ],
    relations: [
      ...took(
        'seventh meeting of the Joint Commission on Economic Cooperation between Uzbekistan and Kazakhstan',
        'Jamshid Khodjaev',
        'Serik Zhumangarin',
      ),
      ...inv(
        'seventh meeting of the Joint Commission on Economic Cooperation between Uzbekistan and Kazakhstan',
        'Uzbekistan',
        'Kazakhstan',
      ),
    ],
  },
  {
    id: 'second-and-third-rounds',
    form: '"The second and third rounds of the Jeddah talks on Sudan were held in May and June" (coordinated ordinals)',
    date: '2023-06-30',
    text: 'The second and third rounds of the Jeddah talks on Sudan were held in May and June 2023.',
    entities: [
      S('Sudan'),
      E('second round of the Jeddah talks on Sudan', [], '2023-05'),
      E('third round of the Jeddah talks on Sudan', [], '2023-06'),
    ],
    relations: [
      ...dis('second round of the Jeddah talks on Sudan', 'Sudan'),
      ...dis('third round of the Jeddah talks on Sudan', 'Sudan'),
    ],
  },
];

const HEADLINES_AND_KINDS: BankCase[] = [
  {
    id: 'headline-abc-sign-ceremony-hosted',
    form: 'headline "A, B and C sign X"; "signed … at a ceremony hosted by Z" (the signing is the main event)',
    date: '2025-06-27',
    title: 'Rwanda, DR Congo and United States sign peace agreement in Washington',
    source: 'U.S. Department of State',
    text:
      'Foreign Minister Olivier Nduhungirehe of Rwanda and Foreign Minister Thérèse Kayikwamba Wagner of the Democratic Republic of the Congo ' +
      'signed a peace agreement in Washington on 27 June 2025, at a ceremony hosted by Secretary of State Marco Rubio.',
    entities: [
      P('Olivier Nduhungirehe', 'Foreign Minister Olivier Nduhungirehe', 'Nduhungirehe'),
      P('Thérèse Kayikwamba Wagner', 'Foreign Minister Thérèse Kayikwamba Wagner', 'Kayikwamba Wagner'),
      P('Marco Rubio', 'Secretary of State Marco Rubio', 'Rubio'),
      S('Rwanda'),
      S('Democratic Republic of the Congo', 'DR Congo'),
      S('United States'),
      A('peace agreement between Rwanda and the Democratic Republic of the Congo', 'peace agreement'),
      E('signing ceremony in Washington', ['ceremony', 'signing of the peace agreement'], '2025-06-27'),
    ],
    relations: [
      ...took('signing ceremony in Washington', 'Olivier Nduhungirehe', 'Thérèse Kayikwamba Wagner', 'Marco Rubio'),
      [
        'REACHED_AT',
        'peace agreement between Rwanda and the Democratic Republic of the Congo',
        'signing ceremony in Washington',
      ],
    ],
  },
  {
    id: 'headline-conclude-at-retreat',
    form: 'headline "A and B conclude X at 11th Leaders\' Retreat"; "At the retreat, the two leaders concluded …"',
    date: '2025-01-07',
    title: 'Malaysia and Singapore conclude agreement at 11th Leaders’ Retreat',
    source: 'Prime Minister’s Office of Singapore',
    text:
      'Prime Minister Anwar Ibrahim and Prime Minister Lawrence Wong held the 11th Malaysia-Singapore Leaders’ Retreat in Putrajaya on 7 January 2025. ' +
      'At the retreat, the two leaders concluded the Agreement on the Johor-Singapore Special Economic Zone.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      P('Lawrence Wong', 'Prime Minister Lawrence Wong', 'Wong'),
      S('Malaysia'),
      S('Singapore'),
      A('Agreement on the Johor-Singapore Special Economic Zone'),
      E('11th Malaysia-Singapore Leaders’ Retreat', ['Leaders’ Retreat', 'retreat'], '2025-01-07'),
    ],
    relations: [
      ...took('11th Malaysia-Singapore Leaders’ Retreat', 'Anwar Ibrahim', 'Lawrence Wong'),
      [
        'REACHED_AT',
        'Agreement on the Johor-Singapore Special Economic Zone',
        '11th Malaysia-Singapore Leaders’ Retreat',
      ],
    ],
  },
  {
    id: 'headline-first-trilateral-hosted-for',
    form: 'headline "… hold first trilateral summit"; "X hosted Y and Z at the White House for the first A-B-C Leaders\' Summit"',
    date: '2024-04-11',
    title: 'Japan, Philippines and US leaders hold first trilateral summit',
    source: 'The White House',
    text:
      'President Joe Biden hosted Prime Minister Fumio Kishida and President Ferdinand Marcos Jr. at the White House on 11 April 2024 ' +
      'for the first Japan-Philippines-United States Leaders’ Summit. The three leaders issued a Joint Vision Statement.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.', 'Marcos'),
      S('Japan'),
      S('Philippines'),
      S('United States'),
      A('Joint Vision Statement'),
      E('first Japan-Philippines-United States Leaders’ Summit', ['trilateral summit'], '2024-04-11'),
    ],
    relations: [
      ...took(
        'first Japan-Philippines-United States Leaders’ Summit',
        'Joe Biden',
        'Fumio Kishida',
        'Ferdinand Marcos Jr.',
      ),
      ['REACHED_AT', 'Joint Vision Statement', 'first Japan-Philippines-United States Leaders’ Summit'],
    ],
  },
  {
    id: 'headline-reach-political-agreement-at-summit',
    form: 'headline "EU and Mercosur reach agreement"; "reached political agreement on X at the <org> summit in City"',
    date: '2024-12-06',
    title: 'EU and Mercosur reach political agreement',
    source: 'European Commission',
    text:
      'European Commission President Ursula von der Leyen and the leaders of the Mercosur countries reached political agreement on the EU-Mercosur Partnership Agreement ' +
      'at the Mercosur summit in Montevideo on 6 December 2024.',
    entities: [
      P('Ursula von der Leyen', 'President Ursula von der Leyen', 'von der Leyen'),
      O('European Commission'),
      O('Mercosur'),
      A('EU-Mercosur Partnership Agreement'),
      E('Mercosur summit in Montevideo', ['Mercosur summit'], '2024-12-06'),
    ],
    relations: [
      ...took('Mercosur summit in Montevideo', 'Ursula von der Leyen'),
      ['REACHED_AT', 'EU-Mercosur Partnership Agreement', 'Mercosur summit in Montevideo'],
    ],
  },
  {
    id: 'audience-then-met',
    form: 'Holy See: "received in audience X … Following the audience, X met with Cardinal Y"',
    date: '2024-02-12',
    source: 'Holy See Press Office',
    text:
      'Pope Francis received in audience President Javier Milei of Argentina in the Vatican Apostolic Palace on 12 February 2024. ' +
      'The cordial discussions touched upon the economic situation in Argentina. Following the audience, President Milei met with Cardinal Secretary of State Pietro Parolin.',
    entities: [
      P('Pope Francis', 'Francis'),
      P('Javier Milei', 'President Javier Milei', 'Milei'),
      P('Pietro Parolin', 'Cardinal Pietro Parolin', 'Parolin'),
      S('Argentina'),
      E('audience of Pope Francis with Milei', ['audience'], '2024-02-12'),
      E('Milei-Parolin meeting', [], '2024-02-12'),
    ],
    relations: [
      ...took('audience of Pope Francis with Milei', 'Pope Francis', 'Javier Milei'),
      ...took('Milei-Parolin meeting', 'Javier Milei', 'Pietro Parolin'),
      ...dis('audience of Pope Francis with Milei', 'Argentina'),
    ],
  },
  {
    id: 'welcome-ceremony-during-state-visit',
    form: '"During X\'s state visit to Y, Z held a welcome ceremony for him …, followed by talks" (sessions of a visit)',
    date: '2023-04-06',
    source: 'Xinhua',
    text:
      "During President Emmanuel Macron's state visit to China, President Xi Jinping held a welcome ceremony for him at the Great Hall of the People in Beijing on 6 April 2023, " +
      'followed by talks between the two presidents.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      S('China'),
      E("Macron's state visit to China", ['state visit to China']),
      E('welcome ceremony for Macron in Beijing', ['welcome ceremony'], '2023-04-06'),
      E('Xi-Macron talks in Beijing', ['talks'], '2023-04-06'),
    ],
    relations: [
      ...took("Macron's state visit to China", 'Emmanuel Macron'),
      ...took('welcome ceremony for Macron in Beijing', 'Xi Jinping', 'Emmanuel Macron'),
      ...took('Xi-Macron talks in Beijing', 'Xi Jinping', 'Emmanuel Macron'),
      ['PART_OF', 'welcome ceremony for Macron in Beijing', "Macron's state visit to China"],
      ['PART_OF', 'Xi-Macron talks in Beijing', "Macron's state visit to China"],
    ],
  },
  {
    id: 'retreat-chaired-by',
    form: '"Leaders of <org> gathered for the Leaders\' Retreat in City, chaired by X"',
    date: '2023-11-09',
    source: 'Pacific Islands Forum Secretariat',
    text: 'Leaders of the Pacific Islands Forum gathered for the Leaders’ Retreat in Aitutaki on 9 November 2023, chaired by Prime Minister Mark Brown of the Cook Islands.',
    entities: [
      P('Mark Brown', 'Prime Minister Mark Brown', 'Brown'),
      S('Cook Islands'),
      O('Pacific Islands Forum'),
      E('Pacific Islands Forum Leaders’ Retreat in Aitutaki', ['Leaders’ Retreat'], '2023-11-09'),
    ],
    relations: [...took('Pacific Islands Forum Leaders’ Retreat in Aitutaki', 'Mark Brown')],
  },
  {
    id: 'telephone-conference-three',
    form: '"A, B and C held a telephone conference on Sunday evening" (German Federal Government)',
    date: '2023-10-22',
    source: 'Federal Government of Germany',
    text: 'Federal Chancellor Olaf Scholz, President Emmanuel Macron and Prime Minister Giorgia Meloni held a telephone conference on Sunday evening, 22 October 2023, on the situation in the Middle East.',
    entities: [
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz', 'Scholz'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      E('Scholz-Macron-Meloni telephone conference', ['telephone conference'], '2023-10-22'),
    ],
    relations: [
      ...took('Scholz-Macron-Meloni telephone conference', 'Olaf Scholz', 'Emmanuel Macron', 'Giorgia Meloni'),
    ],
  },
  {
    id: 'concluded-ninth-round-for-fta',
    form: '"Negotiators from A and B concluded the ninth round of negotiations for a free trade agreement in City"',
    date: '2024-09-27',
    source: 'European Commission',
    text: 'Negotiators from the European Union and India concluded the ninth round of negotiations for a free trade agreement in Brussels on 27 September 2024.',
    entities: [
      O('European Union'),
      S('India'),
      A('EU-India free trade agreement', 'free trade agreement'),
      E(
        'ninth round of negotiations for an EU-India free trade agreement',
        ['ninth round of negotiations'],
        '2024-09-27',
      ),
    ],
    relations: [
      ...inv('ninth round of negotiations for an EU-India free trade agreement', 'European Union', 'India'),
      ...dis('ninth round of negotiations for an EU-India free trade agreement', 'EU-India free trade agreement'),
    ],
  },
  {
    id: 'luncheon-hosted-following',
    form: '"Following the meeting, X hosted a luncheon for Y" (a meal as a session of the meeting)',
    date: '2025-01-25',
    source: 'Ministry of External Affairs of India',
    text:
      'Prime Minister Narendra Modi held a meeting with President Prabowo Subianto of Indonesia at Hyderabad House in New Delhi on 25 January 2025. ' +
      'Following the meeting, Prime Minister Modi hosted a luncheon for President Prabowo.',
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Prabowo Subianto', 'President Prabowo Subianto', 'Prabowo'),
      S('Indonesia'),
      E('Modi-Prabowo meeting in New Delhi', ['meeting'], '2025-01-25'),
      E('luncheon for President Prabowo', ['luncheon'], '2025-01-25'),
    ],
    relations: [
      ...took('Modi-Prabowo meeting in New Delhi', 'Narendra Modi', 'Prabowo Subianto'),
      ...took('luncheon for President Prabowo', 'Narendra Modi', 'Prabowo Subianto'),
      ['PART_OF', 'luncheon for President Prabowo', 'Modi-Prabowo meeting in New Delhi'],
    ],
  },
  {
    id: 'joined-video-conference-of-leaders',
    form: '"joined a video conference of G7 leaders convened by X"',
    date: '2025-02-24',
    source: 'Prime Minister’s Office, 10 Downing Street',
    text: 'Prime Minister Keir Starmer joined a video conference of G7 leaders convened by Prime Minister Justin Trudeau on 24 February 2025.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      O('G7'),
      E('video conference of G7 leaders', ['video conference'], '2025-02-24'),
    ],
    relations: [...took('video conference of G7 leaders', 'Keir Starmer', 'Justin Trudeau')],
  },
  {
    id: 'talks-during-working-visit-fronted',
    form: '"During a working visit to City on <date>, X held talks with Y" (talks part of the visit)',
    date: '2024-01-10',
    source: 'Government Office of the Slovak Republic',
    text: 'During a working visit to Budapest on 10 January 2024, Prime Minister Robert Fico held talks with Prime Minister Viktor Orbán.',
    entities: [
      P('Robert Fico', 'Prime Minister Robert Fico', 'Fico'),
      P('Viktor Orbán', 'Prime Minister Viktor Orbán', 'Orbán'),
      E("Fico's working visit to Budapest", ['working visit'], '2024-01-10'),
      E('Fico-Orbán talks in Budapest', ['talks'], '2024-01-10'),
    ],
    relations: [
      ...took("Fico's working visit to Budapest", 'Robert Fico'),
      ...took('Fico-Orbán talks in Budapest', 'Robert Fico', 'Viktor Orbán'),
      ['PART_OF', 'Fico-Orbán talks in Budapest', "Fico's working visit to Budapest"],
    ],
  },
  {
    id: 'as-part-of-visit-narrow-expanded',
    form: '"arrived … on an official visit. As part of the visit, talks in narrow format … followed by an expanded meeting"',
    date: '2023-12-22',
    source: 'Press service of the President of Uzbekistan',
    text:
      'President Shavkat Mirziyoyev arrived in Astana on 22 December 2023 on an official visit. ' +
      'As part of the visit, talks in narrow format with President Kassym-Jomart Tokayev were held at the Akorda, followed by an expanded meeting with the participation of the two delegations.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      E("Mirziyoyev's official visit to Astana", ['official visit'], '2023-12-22'),
      E('talks in narrow format', ['narrow-format talks'], '2023-12-22'),
      E('expanded meeting', [], '2023-12-22'),
    ],
    relations: [
      ...took("Mirziyoyev's official visit to Astana", 'Shavkat Mirziyoyev'),
      ...took('talks in narrow format', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'),
      ...took('expanded meeting', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'),
      ['PART_OF', 'talks in narrow format', "Mirziyoyev's official visit to Astana"],
      ['PART_OF', 'expanded meeting', "Mirziyoyev's official visit to Astana"],
    ],
  },
  {
    id: 'summit-opened-adopted-declaration',
    form: '"The ASEAN-Australia Special Summit opened in City … At the summit, leaders adopted the X Declaration"',
    date: '2024-03-06',
    source: 'ASEAN Secretariat',
    text: 'The ASEAN-Australia Special Summit opened in Melbourne on 5 March 2024. At the summit, leaders adopted the Melbourne Declaration.',
    entities: [
      O('ASEAN'),
      S('Australia'),
      A('Melbourne Declaration'),
      E('ASEAN-Australia Special Summit', ['Special Summit'], '2024-03-05'),
    ],
    relations: [
      ...inv('ASEAN-Australia Special Summit', 'ASEAN', 'Australia'),
      ['REACHED_AT', 'Melbourne Declaration', 'ASEAN-Australia Special Summit'],
    ],
  },
];

const REACHED_AND_PRESENT: BankCase[] = [
  {
    id: 'adopted-at-their-virtual-summit',
    form: '"A and B adopted X at their virtual summit on <date>"',
    date: '2020-09-28',
    source: 'Prime Minister’s Office of Denmark',
    text: 'Prime Minister Mette Frederiksen and Prime Minister Narendra Modi adopted a Joint Statement on a Green Strategic Partnership at their virtual summit on 28 September 2020.',
    entities: [
      P('Mette Frederiksen', 'Prime Minister Mette Frederiksen', 'Frederiksen'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      A('Joint Statement on a Green Strategic Partnership', 'Green Strategic Partnership'),
      E('Frederiksen-Modi virtual summit', ['virtual summit'], '2020-09-28'),
    ],
    relations: [
      ...took('Frederiksen-Modi virtual summit', 'Mette Frederiksen', 'Narendra Modi'),
      ['REACHED_AT', 'Joint Statement on a Green Strategic Partnership', 'Frederiksen-Modi virtual summit'],
    ],
  },
  {
    id: 'agreed-during-talks-passive',
    form: 'passive: "A roadmap for X was agreed during the talks of A and B in City"',
    date: '2024-06-03',
    text: 'A roadmap for cooperation in renewable energy was agreed during the talks of Foreign Minister Jeyhun Bayramov and Foreign Minister Hakan Fidan in Baku on 3 June 2024.',
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan', 'Fidan'),
      A('roadmap for cooperation in renewable energy', 'roadmap'),
      E('Bayramov-Fidan talks in Baku', ['talks'], '2024-06-03'),
    ],
    relations: [
      ...took('Bayramov-Fidan talks in Baku', 'Jeyhun Bayramov', 'Hakan Fidan'),
      ['REACHED_AT', 'roadmap for cooperation in renewable energy', 'Bayramov-Fidan talks in Baku'],
    ],
  },
  {
    id: 'signed-at-end-of-talks',
    form: '"X was signed in City on <date> at the end of the talks between A and B"',
    date: '2024-06-19',
    text: 'The Treaty on Comprehensive Strategic Partnership was signed in Pyongyang on 19 June 2024 at the end of the talks between President Vladimir Putin and Chairman Kim Jong Un.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Kim Jong Un', 'Chairman Kim Jong Un', 'Kim'),
      A('Treaty on Comprehensive Strategic Partnership'),
      E('Putin-Kim talks in Pyongyang', ['talks'], '2024-06-19'),
    ],
    relations: [
      ...took('Putin-Kim talks in Pyongyang', 'Vladimir Putin', 'Kim Jong Un'),
      ['REACHED_AT', 'Treaty on Comprehensive Strategic Partnership', 'Putin-Kim talks in Pyongyang'],
    ],
  },
  {
    id: 'at-the-summit-they-agreed-on',
    form: '"At the Camp David Summit on <date>, A, B and C agreed on X" (fronted event)',
    date: '2023-08-18',
    text: 'At the Camp David Summit on 18 August 2023, President Joe Biden, Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed on the Commitment to Consult.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      A('Commitment to Consult'),
      E('Camp David Summit', [], '2023-08-18'),
    ],
    relations: [
      ...took('Camp David Summit', 'Joe Biden', 'Fumio Kishida', 'Yoon Suk Yeol'),
      ['REACHED_AT', 'Commitment to Consult', 'Camp David Summit'],
    ],
  },
  {
    id: 'also-present-were',
    form: '"held talks with … Also present were A and B" (Kremlin)',
    date: '2024-10-11',
    source: 'President of Russia',
    text:
      'President Vladimir Putin held talks with President Masoud Pezeshkian of Iran in Ashgabat on 11 October 2024. ' +
      'Also present were Foreign Minister Sergey Lavrov and Presidential Aide Yury Ushakov.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin', 'Putin'),
      P('Masoud Pezeshkian', 'President Masoud Pezeshkian', 'Pezeshkian'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      P('Yury Ushakov', 'Presidential Aide Yury Ushakov', 'Ushakov'),
      S('Iran'),
      E('Putin-Pezeshkian talks in Ashgabat', ['talks'], '2024-10-11'),
    ],
    relations: [
      ...took(
        'Putin-Pezeshkian talks in Ashgabat',
        'Vladimir Putin',
        'Masoud Pezeshkian',
        'Sergey Lavrov',
        'Yury Ushakov',
      ),
    ],
  },
  {
    id: 'following-also-attended-bullets',
    form: '"received X at <palace> … The following also attended the meeting:" then bullets',
    date: '2022-06-06',
    source: 'Presidential Secretariat of Indonesia',
    text:
      'President Joko Widodo received Prime Minister Anthony Albanese of Australia at the Bogor Palace on 6 June 2022. The following also attended the meeting:\n' +
      '- Minister of Foreign Affairs Retno Marsudi;\n' +
      '- Minister of State Secretary Pratikno.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Retno Marsudi', 'Minister of Foreign Affairs Retno Marsudi', 'Marsudi'),
      P('Pratikno', 'Minister of State Secretary Pratikno'),
      S('Australia'),
      E('Widodo-Albanese meeting at the Bogor Palace', ['meeting'], '2022-06-06'),
    ],
    relations: [
      ...took(
        'Widodo-Albanese meeting at the Bogor Palace',
        'Joko Widodo',
        'Anthony Albanese',
        'Retno Marsudi',
        'Pratikno',
      ),
    ],
  },
  {
    id: 'in-the-presence-of-signed',
    form: '"A and B signed X at a signing ceremony in City, in the presence of C and D" (those present took part)',
    date: '2024-01-24',
    text:
      'Foreign Minister Wang Yi and Foreign Minister Bakhtiyor Saidov signed the Agreement on Mutual Visa Exemption at a signing ceremony in Beijing on 24 January 2024, ' +
      'in the presence of President Xi Jinping and President Shavkat Mirziyoyev.',
    entities: [
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov', 'Saidov'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      A('Agreement on Mutual Visa Exemption'),
      E('signing ceremony in Beijing', ['signing ceremony'], '2024-01-24'),
    ],
    relations: [
      ...took('signing ceremony in Beijing', 'Wang Yi', 'Bakhtiyor Saidov', 'Xi Jinping', 'Shavkat Mirziyoyev'),
      ['REACHED_AT', 'Agreement on Mutual Visa Exemption', 'signing ceremony in Beijing'],
    ],
  },
  {
    id: 'was-joined-by',
    form: '"Secretary X was joined by A, and Secretary Y by B" (participants told by "joined by", gapping)',
    date: '2024-07-30',
    source: 'U.S. Department of Defense',
    text:
      'Secretary of Defense Lloyd Austin met Minister of National Defense Gilberto Teodoro in Manila on 30 July 2024. ' +
      'Secretary Austin was joined by Secretary of State Antony Blinken, and Secretary Teodoro by Secretary of Foreign Affairs Enrique Manalo.',
    entities: [
      P('Lloyd Austin', 'Secretary of Defense Lloyd Austin', 'Austin'),
      P('Gilberto Teodoro', 'Minister of National Defense Gilberto Teodoro', 'Teodoro'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Enrique Manalo', 'Secretary of Foreign Affairs Enrique Manalo', 'Manalo'),
      E('Austin-Teodoro meeting in Manila', [], '2024-07-30'),
    ],
    relations: [
      ...took(
        'Austin-Teodoro meeting in Manila',
        'Lloyd Austin',
        'Gilberto Teodoro',
        'Antony Blinken',
        'Enrique Manalo',
      ),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-dialogue-as-value',
    form: 'negative: "dialogue", "consultation" and "cooperation" as values, no event and no topic',
    date: '2024-05-15',
    text: 'The Minister emphasised the importance of dialogue, consultation and cooperation among ASEAN member states, and called for restraint in the region.',
    entities: [O('ASEAN')],
    relations: [],
  },
  {
    id: 'negative-statement-memberships',
    form: 'negative: a statement with memberships and support, no meeting',
    date: '2024-02-24',
    text: 'Canada, a founding member of NATO and the G7, reaffirms its unwavering support for Ukraine.',
    entities: [S('Canada'), O('NATO'), O('G7'), S('Ukraine')],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...TOPICS,
  ...INCIDENTS,
  ...CLAUSES,
  ...HEADLINES_AND_KINDS,
  ...REACHED_AND_PRESENT,
  ...NEGATIVES,
];
