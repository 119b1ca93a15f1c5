// The sixth topics paraphrase bank (issue 6, round top19): a blind bank written before any rule change of the round,
// on DISCUSSED and INVOLVES where both ends are plainly in the text but the relation is told in constructions the
// topics banks 1–5 and the incidents bank do not hold, in the voices of Nordic (Norway, Sweden, Finland, Denmark,
// Iceland), Baltic (Estonia, Latvia, Lithuania), Gulf (Qatar, the UAE, Saudi Arabia, Oman, Kuwait, Bahrain),
// Maghreb (Morocco, Algeria, Tunisia, Mauritania), Southern African (Botswana, Namibia, Zambia, South Africa,
// Mozambique, Zimbabwe), South Asian (India, Nepal, Bangladesh, Sri Lanka, the Maldives) and Pacific (Tonga, Tuvalu,
// Fiji) issuers, the Commonwealth, OIC, CARICOM, SADC, ECOWAS, OSCE and UN bodies, and wire agencies (WAM, SPA, KUNA,
// MAP, APS, Reuters, AFP): topics told away from the meeting's sentence ("On the X, the two ministers …", "Turning to
// …", "As regards the upcoming …", a participant's quoted words, a list of areas of cooperation that names
// agreements, "took stock of", "reaffirmed their commitment to", "hailed the entry into force of", "Also on the
// agenda were …"); which meeting talks (the talks within a visit, not the visit; a later audience; a bilateral meeting
// on the margins, not the summit; a joint commission reviewing earlier agreements; a call reflecting on an earlier
// summit); incidents whose actors are told by adjective or demonym ("Houthi attacks on shipping", "the Russian strikes
// on City", "the Sudanese civil war", "Israeli-Palestinian violence", "the Myanmar crisis"); events whose only parties
// are organisations; gatherings with their organisation and host state; negatives (topics of another meeting named in
// passing, generic "regional and global developments", the participants' own states, a state only thanked). Its area
// is Events and Agreements and DISCUSSED and INVOLVES (`npm run bank -- topics-6`).
// First, blind pass (bank 27891f9, rules of main d4a1689): 25/62 cases pass, facts found 172/252 (68.3 %), false
// facts 31.
import { type BankCase, A, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Event', 'Agreement'];

const TOLD_APART: BankCase[] = [
  {
    id: 'next-paragraph-on-the-agreement',
    form: 'Nordic: "On the X Agreement, the two ministers …" in the sentence after the meeting (agreement as topic)',
    date: '2024-05-14',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Foreign Minister Espen Barth Eide met Foreign Minister Ahmed Attaf of Algeria in Oslo on 14 May. ' +
      'On the Agreement on Peace and Reconciliation in Mali, the two ministers regretted its termination by the transitional authorities.',
    entities: [
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide'),
      P('Ahmed Attaf', 'Foreign Minister Ahmed Attaf'),
      S('Norway'),
      S('Algeria'),
      E('Eide-Attaf meeting in Oslo', ['met'], '2024-05-14'),
      A('Agreement on Peace and Reconciliation in Mali'),
    ],
    relations: [...dis('Eide-Attaf meeting in Oslo', 'Agreement on Peace and Reconciliation in Mali')],
  },
  {
    id: 'turning-to-situation-in-state',
    form: 'Nordic: "Turning to the situation in A, the Minister stressed …" in a later sentence (state as topic)',
    date: '2025-02-03',
    source: 'Government Offices of Sweden',
    text:
      'Minister for Foreign Affairs Maria Malmer Stenergard received Foreign Minister Badr Abdelatty of Egypt in Stockholm on 3 February. ' +
      'Turning to the situation in Sudan, the Minister stressed the need for unhindered humanitarian access.',
    entities: [
      P('Maria Malmer Stenergard', 'Minister for Foreign Affairs Maria Malmer Stenergard'),
      P('Badr Abdelatty', 'Foreign Minister Badr Abdelatty'),
      S('Sweden'),
      S('Egypt'),
      S('Sudan'),
      E('Malmer Stenergard-Abdelatty meeting in Stockholm', ['received'], '2025-02-03'),
    ],
    relations: [...dis('Malmer Stenergard-Abdelatty meeting in Stockholm', 'Sudan')],
  },
  {
    id: 'as-regards-upcoming-summit-of-two-bodies',
    form: 'Gulf: "As regards the upcoming A–B Summit in City, the two sides …" (planned summit of two bodies, host by city)',
    date: '2025-04-20',
    source: 'Ministry of Foreign Affairs of Qatar',
    text:
      'HE the Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani met Foreign Minister Mohamad Hasan of Malaysia in Doha on 20 April. ' +
      'As regards the upcoming ASEAN-GCC Summit in Kuala Lumpur, the two sides stressed the importance of its success.',
    entities: [
      P('Mohammed bin Abdulrahman bin Jassim Al-Thani', 'Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani'),
      P('Mohamad Hasan', 'Foreign Minister Mohamad Hasan'),
      S('Qatar'),
      S('Malaysia'),
      O('ASEAN'),
      O('Gulf Cooperation Council', 'GCC'),
      E('Al-Thani-Hasan meeting in Doha', ['met'], '2025-04-20'),
      E('ASEAN-GCC Summit in Kuala Lumpur'),
    ],
    relations: [
      ...dis('Al-Thani-Hasan meeting in Doha', 'ASEAN-GCC Summit in Kuala Lumpur'),
      ...inv('ASEAN-GCC Summit in Kuala Lumpur', 'ASEAN', 'Gulf Cooperation Council', 'Malaysia'),
    ],
  },
  {
    id: 'quoted-statement-names-incident',
    form: 'Baltic: "\\"The Russian strikes on City show …,\\" X said after the meeting" (a participant\'s quoted words)',
    date: '2025-01-10',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      'Foreign Minister Margus Tsahkna met Foreign Minister Andrii Sybiha of Ukraine in Tallinn on 10 January. ' +
      '"The Russian strikes on Odesa show that the aggressor has no interest in peace," Tsahkna said after the meeting.',
    entities: [
      P('Margus Tsahkna', 'Foreign Minister Margus Tsahkna', 'Tsahkna'),
      P('Andrii Sybiha', 'Foreign Minister Andrii Sybiha'),
      S('Estonia'),
      S('Ukraine'),
      S('Russia'),
      E('Tsahkna-Sybiha meeting in Tallinn', ['met', 'the meeting'], '2025-01-10'),
      E('Russian strikes on Odesa'),
    ],
    relations: [
      ...dis('Tsahkna-Sybiha meeting in Tallinn', 'Russian strikes on Odesa'),
      ...inv('Russian strikes on Odesa', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'quoted-statement-names-convention',
    form: 'Baltic: "\\"We discussed our joint withdrawal from the X Convention,\\" X told journalists after the talks"',
    date: '2025-03-06',
    source: 'Ministry of Foreign Affairs of Latvia',
    text:
      'Foreign Minister Baiba Braže held talks with Foreign Minister Kęstutis Budrys of Lithuania in Riga on 6 March. ' +
      '"We discussed our coordinated withdrawal from the Ottawa Convention," Braže told journalists after the talks.',
    entities: [
      P('Baiba Braže', 'Foreign Minister Baiba Braže', 'Braže'),
      P('Kęstutis Budrys', 'Foreign Minister Kęstutis Budrys'),
      S('Latvia'),
      S('Lithuania'),
      E('Braže-Budrys talks in Riga', ['held talks', 'the talks'], '2025-03-06'),
      A('Ottawa Convention'),
    ],
    relations: [...dis('Braže-Budrys talks in Riga', 'Ottawa Convention')],
  },
  {
    id: 'areas-of-cooperation-list-names-agreements',
    form: 'Southern Africa: "The areas of cooperation reviewed included the X Agreement, the Memorandum of Understanding on Y and tourism"',
    date: '2025-02-18',
    source: 'Office of the President of Botswana',
    text:
      'President Duma Boko received President Hakainde Hichilema of Zambia at the State House in Gaborone on 18 February. ' +
      'The areas of cooperation reviewed included the Kazungula Bridge Agreement, the Memorandum of Understanding on Defence Cooperation and tourism.',
    entities: [
      P('Duma Boko', 'President Duma Boko'),
      P('Hakainde Hichilema', 'President Hakainde Hichilema'),
      S('Botswana'),
      S('Zambia'),
      E('Boko-Hichilema meeting at the State House in Gaborone', ['received'], '2025-02-18'),
      A('Kazungula Bridge Agreement'),
      A('Memorandum of Understanding on Defence Cooperation'),
    ],
    relations: [
      ...dis(
        'Boko-Hichilema meeting at the State House in Gaborone',
        'Kazungula Bridge Agreement',
        'Memorandum of Understanding on Defence Cooperation',
      ),
    ],
  },
  {
    id: 'exchanged-views-on-dialogue-by-capitals',
    form: 'EU: "The sides exchanged views on the Belgrade–Pristina Dialogue" (a process named by two capitals)',
    date: '2025-02-12',
    source: 'European External Action Service',
    text:
      'High Representative Kaja Kallas met Foreign Minister Ervin Ibrahimović of Montenegro in Brussels on 12 February. ' +
      'The sides exchanged views on the Belgrade–Pristina Dialogue.',
    entities: [
      P('Kaja Kallas', 'High Representative Kaja Kallas'),
      P('Ervin Ibrahimović', 'Foreign Minister Ervin Ibrahimović'),
      S('Montenegro'),
      S('Serbia'),
      S('Kosovo'),
      E('Kallas-Ibrahimović meeting in Brussels', ['met'], '2025-02-12'),
      E('Belgrade–Pristina Dialogue'),
    ],
    relations: [
      ...dis('Kallas-Ibrahimović meeting in Brussels', 'Belgrade–Pristina Dialogue'),
      ...inv('Belgrade–Pristina Dialogue', 'Serbia', 'Kosovo'),
    ],
  },
  {
    id: 'took-stock-of-implementation-of-agreement',
    form: 'South Asia: "The two Ministers took stock of the implementation of the Agreement on X between A and B"',
    date: '2024-08-18',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister Dr. S. Jaishankar met Foreign Minister Arzu Rana Deuba of Nepal in New Delhi on 18 August. ' +
      'The two Ministers took stock of the implementation of the Agreement on Long-Term Power Trade between India and Nepal.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar'),
      P('Arzu Rana Deuba', 'Foreign Minister Arzu Rana Deuba'),
      S('India'),
      S('Nepal'),
      E('Jaishankar-Deuba meeting in New Delhi', ['met'], '2024-08-18'),
      A('Agreement on Long-Term Power Trade between India and Nepal', 'Agreement on Long-Term Power Trade'),
    ],
    relations: [
      ...dis('Jaishankar-Deuba meeting in New Delhi', 'Agreement on Long-Term Power Trade between India and Nepal'),
    ],
  },
  {
    id: 'reaffirmed-commitment-to-declaration',
    form: 'Pacific: "The two leaders reaffirmed their commitment to the X Declaration" (a regional declaration as topic)',
    date: '2024-07-09',
    source: 'Office of the Prime Minister of Fiji',
    text:
      'Prime Minister Sitiveni Rabuka held bilateral talks with Prime Minister Feleti Teo of Tuvalu in Suva on 9 July. ' +
      'The two leaders reaffirmed their commitment to the Boe Declaration on Regional Security.',
    entities: [
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka'),
      P('Feleti Teo', 'Prime Minister Feleti Teo'),
      S('Fiji'),
      S('Tuvalu'),
      E('Rabuka-Teo talks in Suva', ['bilateral talks'], '2024-07-09'),
      A('Boe Declaration on Regional Security', 'Boe Declaration'),
    ],
    relations: [...dis('Rabuka-Teo talks in Suva', 'Boe Declaration on Regional Security')],
  },
  {
    id: 'hailed-entry-into-force-wam',
    form: 'WAM: "The two sides hailed the entry into force of the A-B Comprehensive Economic Partnership Agreement"',
    date: '2025-01-22',
    source: 'Emirates News Agency (WAM)',
    text:
      'ABU DHABI, 22nd January, 2025 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, received Dhananjay Ramful, Minister of Foreign Affairs of Mauritius. ' +
      'The two sides hailed the entry into force of the UAE-Mauritius Comprehensive Economic Partnership Agreement.',
    entities: [
      P('Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed Al Nahyan'),
      P('Dhananjay Ramful'),
      S('United Arab Emirates', 'UAE'),
      S('Mauritius'),
      E('Al Nahyan-Ramful meeting in Abu Dhabi', ['received'], '2025-01-22'),
      A('UAE-Mauritius Comprehensive Economic Partnership Agreement', 'Comprehensive Economic Partnership Agreement'),
    ],
    relations: [
      ...dis('Al Nahyan-Ramful meeting in Abu Dhabi', 'UAE-Mauritius Comprehensive Economic Partnership Agreement'),
    ],
  },
  {
    id: 'in-this-context-reviewed-outcomes-of-summit',
    form: 'SPA: "In this context, X reviewed the outcomes of the OIC extraordinary summit held in City" (third sentence, a body\'s summit and its host)',
    date: '2024-12-02',
    source: 'Saudi Press Agency',
    text:
      'Riyadh, December 02, 2024, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan received Foreign Adviser Touhid Hossain of Bangladesh in Riyadh today. ' +
      'The meeting dealt with bilateral relations. ' +
      'In this context, Prince Faisal reviewed the outcomes of the OIC extraordinary summit held in Riyadh in November.',
    entities: [
      P('Faisal bin Farhan', 'Prince Faisal bin Farhan', 'Prince Faisal'),
      P('Touhid Hossain', 'Foreign Adviser Touhid Hossain'),
      S('Saudi Arabia'),
      S('Bangladesh'),
      O('Organisation of Islamic Cooperation', 'OIC'),
      E('Faisal bin Farhan-Hossain meeting in Riyadh', ['received', 'The meeting'], '2024-12-02'),
      E('OIC extraordinary summit held in Riyadh', ['OIC extraordinary summit']),
    ],
    relations: [
      ...dis('Faisal bin Farhan-Hossain meeting in Riyadh', 'OIC extraordinary summit held in Riyadh'),
      ...inv('OIC extraordinary summit held in Riyadh', 'Organisation of Islamic Cooperation', 'Saudi Arabia'),
    ],
  },
  {
    id: 'on-state-sentence-opening',
    form: 'Nordic: "On Afghanistan, the two ministers agreed that …" (a bare state opening a later sentence)',
    date: '2024-10-08',
    source: 'Ministry for Foreign Affairs of Finland',
    text:
      'Minister for Foreign Affairs Elina Valtonen met Minister of State for Foreign Affairs Mohammed Al-Khulaifi of Qatar in Helsinki on 8 October. ' +
      'On Afghanistan, the two ministers agreed that the rights of women and girls must remain at the centre of international engagement.',
    entities: [
      P('Elina Valtonen', 'Minister for Foreign Affairs Elina Valtonen'),
      P('Mohammed Al-Khulaifi', 'Minister of State for Foreign Affairs Mohammed Al-Khulaifi'),
      S('Finland'),
      S('Qatar'),
      S('Afghanistan'),
      E('Valtonen-Al-Khulaifi meeting in Helsinki', ['met'], '2024-10-08'),
    ],
    relations: [...dis('Valtonen-Al-Khulaifi meeting in Helsinki', 'Afghanistan')],
  },
  {
    id: 'also-spoke-about-un-conference-in-city',
    form: 'Pacific: "The leaders also spoke about the upcoming UN Ocean Conference in City" (a UN gathering and its host by city)',
    date: '2025-02-25',
    source: "Prime Minister's Office of Tonga",
    text:
      "Prime Minister Aisake Valu Eke received Prime Minister Christopher Luxon of New Zealand in Nuku'alofa on 25 February. " +
      'Fisheries and climate resilience were the main subjects. ' +
      'The leaders also spoke about the upcoming UN Ocean Conference in Nice.',
    entities: [
      P('Aisake Valu Eke', 'Prime Minister Aisake Valu Eke'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon'),
      S('Tonga'),
      S('New Zealand'),
      S('France'),
      O('United Nations', 'UN'),
      E("Eke-Luxon meeting in Nuku'alofa", ['received'], '2025-02-25'),
      E('UN Ocean Conference in Nice', ['UN Ocean Conference']),
    ],
    relations: [
      ...dis("Eke-Luxon meeting in Nuku'alofa", 'UN Ocean Conference in Nice'),
      ...inv('UN Ocean Conference in Nice', 'United Nations', 'France'),
    ],
  },
  {
    id: 'also-on-the-agenda-were',
    form: 'Gulf: "Also on the agenda were the preparations for the X Council of Ministers in City" (inverted passive, a body\'s meeting)',
    date: '2024-09-30',
    source: 'Ministry of Foreign Affairs of Oman',
    text:
      'Sayyid Badr bin Hamad Al Busaidi, Foreign Minister, received Abdulla Khaleel, Minister of Foreign Affairs of the Maldives, in Muscat on 30 September. ' +
      'Also on the agenda were the preparations for the Indian Ocean Rim Association Council of Ministers in Colombo.',
    entities: [
      P('Badr bin Hamad Al Busaidi', 'Sayyid Badr bin Hamad Al Busaidi'),
      P('Abdulla Khaleel'),
      S('Oman'),
      S('Maldives'),
      S('Sri Lanka'),
      O('Indian Ocean Rim Association', 'IORA'),
      E('Al Busaidi-Khaleel meeting in Muscat', ['received'], '2024-09-30'),
      E('Indian Ocean Rim Association Council of Ministers in Colombo', ['Council of Ministers']),
    ],
    relations: [
      ...dis('Al Busaidi-Khaleel meeting in Muscat', 'Indian Ocean Rim Association Council of Ministers in Colombo'),
      ...inv(
        'Indian Ocean Rim Association Council of Ministers in Colombo',
        'Indian Ocean Rim Association',
        'Sri Lanka',
      ),
    ],
  },
  {
    id: 'underscored-importance-of-treaty',
    form: 'ASEAN member: "Both sides underscored the importance of the Treaty of X in Southeast Asia" (a treaty as topic)',
    date: '2024-11-05',
    source: 'Ministry of Foreign Affairs of Brunei Darussalam',
    text:
      'Second Minister of Foreign Affairs Dato Erywan Yusof received Minister of Foreign Affairs Retno Marsudi of Indonesia in Bandar Seri Begawan on 5 November. ' +
      'Both sides underscored the importance of the Treaty of Amity and Cooperation in Southeast Asia.',
    entities: [
      P('Erywan Yusof', 'Dato Erywan Yusof'),
      P('Retno Marsudi', 'Minister of Foreign Affairs Retno Marsudi'),
      S('Brunei'),
      S('Indonesia'),
      E('Yusof-Marsudi meeting in Bandar Seri Begawan', ['received'], '2024-11-05'),
      A('Treaty of Amity and Cooperation in Southeast Asia'),
    ],
    relations: [
      ...dis('Yusof-Marsudi meeting in Bandar Seri Begawan', 'Treaty of Amity and Cooperation in Southeast Asia'),
    ],
  },
  {
    id: 'briefed-her-on-election-preparations',
    form: 'South Asia: "He briefed her on the preparations for A\'s general election" (an election of a state, a Commonwealth visitor)',
    date: '2025-03-11',
    source: "Chief Adviser's Press Wing, Bangladesh",
    text:
      'Chief Adviser Professor Muhammad Yunus received Commonwealth Secretary-General Shirley Botchwey at the State Guest House Jamuna in Dhaka on 11 March. ' +
      "He briefed her on the preparations for Bangladesh's general election.",
    entities: [
      P('Muhammad Yunus', 'Chief Adviser Professor Muhammad Yunus'),
      P('Shirley Botchwey', 'Commonwealth Secretary-General Shirley Botchwey'),
      S('Bangladesh'),
      O('Commonwealth'),
      E('Yunus-Botchwey meeting in Dhaka', ['received'], '2025-03-11'),
      E("Bangladesh's general election", ['general election']),
    ],
    relations: [
      ...dis('Yunus-Botchwey meeting in Dhaka', "Bangladesh's general election"),
      ...inv("Bangladesh's general election", 'Bangladesh'),
    ],
  },
  {
    id: 'discussion-then-moved-to-treaty',
    form: 'South Asia: "The discussion then moved to the X Treaty" (a later sentence with "the discussion" as subject)',
    date: '2024-12-09',
    source: 'Ministry of Foreign Affairs of Bangladesh',
    text:
      'Foreign Secretary Md. Jashim Uddin held Foreign Office Consultations with Foreign Secretary Vikram Misri of India in Dhaka on 9 December. ' +
      'The discussion then moved to the Ganges Water Sharing Treaty, which expires in 2026.',
    entities: [
      P('Jashim Uddin', 'Foreign Secretary Md. Jashim Uddin'),
      P('Vikram Misri', 'Foreign Secretary Vikram Misri'),
      S('Bangladesh'),
      S('India'),
      E('Foreign Office Consultations in Dhaka', ['Foreign Office Consultations'], '2024-12-09'),
      A('Ganges Water Sharing Treaty'),
    ],
    relations: [...dis('Foreign Office Consultations in Dhaka', 'Ganges Water Sharing Treaty')],
  },
  {
    id: 'later-sentence-they-also-addressed-body',
    form: 'Nordic: "They also addressed the X Council\'s work" (a body as topic in a later sentence)',
    date: '2025-04-02',
    source: 'Government of Iceland',
    text:
      'Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir met Minister for Foreign Affairs Lars Løkke Rasmussen of Denmark in Reykjavík on 2 April. ' +
      "They also addressed the Arctic Council's work under the Danish chairship.",
    entities: [
      P('Þorgerður Katrín Gunnarsdóttir', 'Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir'),
      P('Lars Løkke Rasmussen', 'Minister for Foreign Affairs Lars Løkke Rasmussen'),
      S('Iceland'),
      S('Denmark'),
      O('Arctic Council'),
      E('Gunnarsdóttir-Rasmussen meeting in Reykjavík', ['met'], '2025-04-02'),
    ],
    relations: [...dis('Gunnarsdóttir-Rasmussen meeting in Reykjavík', 'Arctic Council')],
  },
  {
    id: 'maghreb-reaffirmed-attachment-to-treaty',
    form: 'MAP: "The two ministers reaffirmed their attachment to the Treaty establishing the X Union" (Maghreb wire)',
    date: '2025-01-15',
    source: 'Maghreb Arabe Presse (MAP)',
    text:
      'Rabat - Minister of Foreign Affairs Nasser Bourita held talks on Wednesday in Rabat with Mauritanian Foreign Minister Mohamed Salem Ould Merzoug. ' +
      'The two ministers reaffirmed their attachment to the Treaty establishing the Arab Maghreb Union.',
    entities: [
      P('Nasser Bourita', 'Minister of Foreign Affairs Nasser Bourita'),
      P('Mohamed Salem Ould Merzoug', 'Mauritanian Foreign Minister Mohamed Salem Ould Merzoug'),
      S('Morocco'),
      S('Mauritania'),
      E('Bourita-Ould Merzoug talks in Rabat', ['held talks'], '2025-01-15'),
      A('Treaty establishing the Arab Maghreb Union'),
    ],
    relations: [...dis('Bourita-Ould Merzoug talks in Rabat', 'Treaty establishing the Arab Maghreb Union')],
  },
  {
    id: 'maghreb-the-demonym-file',
    form: 'APS: "Turning to the Libyan file, the two sides …" (a state told by its adjective and "file")',
    date: '2025-02-17',
    source: 'Algérie Presse Service (APS)',
    text:
      'ALGIERS - Minister of Foreign Affairs Ahmed Attaf received on Monday in Algiers Tunisian Minister of Foreign Affairs Mohamed Ali Nafti. ' +
      'Turning to the Libyan file, the two sides stressed their support for a Libyan-led political solution.',
    entities: [
      P('Ahmed Attaf', 'Minister of Foreign Affairs Ahmed Attaf'),
      P('Mohamed Ali Nafti', 'Tunisian Minister of Foreign Affairs Mohamed Ali Nafti'),
      S('Algeria'),
      S('Tunisia'),
      S('Libya'),
      E('Attaf-Nafti meeting in Algiers', ['received'], '2025-02-17'),
    ],
    relations: [...dis('Attaf-Nafti meeting in Algiers', 'Libya')],
  },
  {
    id: 'particular-emphasis-on-continental-agreement',
    form: 'Southern Africa: "Particular emphasis was placed on the Agreement establishing the X" (passive emphasis)',
    date: '2024-10-24',
    source: 'Office of the President of Zimbabwe',
    text:
      'President Emmerson Mnangagwa held talks with President Nangolo Mbumba of Namibia at State House in Harare on 24 October. ' +
      'Particular emphasis was placed on the Agreement establishing the African Continental Free Trade Area.',
    entities: [
      P('Emmerson Mnangagwa', 'President Emmerson Mnangagwa'),
      P('Nangolo Mbumba', 'President Nangolo Mbumba'),
      S('Zimbabwe'),
      S('Namibia'),
      E('Mnangagwa-Mbumba talks in Harare', ['held talks'], '2024-10-24'),
      A('Agreement establishing the African Continental Free Trade Area'),
    ],
    relations: [
      ...dis('Mnangagwa-Mbumba talks in Harare', 'Agreement establishing the African Continental Free Trade Area'),
    ],
  },
];

const WHICH_MEETING: BankCase[] = [
  {
    id: 'visit-and-its-talks-topic-on-talks',
    form: 'South Asia: "X paid a state visit to A … During the official talks at Y, X and Z discussed the W Agreement" (the talks discuss, not the visit)',
    date: '2024-12-16',
    source: 'Presidential Secretariat of Sri Lanka',
    text:
      'President Anura Kumara Dissanayake paid a state visit to India from 15 to 17 December. ' +
      'During the official talks at Hyderabad House, President Dissanayake and Prime Minister Narendra Modi discussed the Economic and Technology Cooperation Agreement.',
    entities: [
      P('Anura Kumara Dissanayake', 'President Anura Kumara Dissanayake', 'President Dissanayake'),
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      S('Sri Lanka'),
      S('India'),
      E('state visit of President Dissanayake to India', ['state visit'], '2024-12-15'),
      E('official talks at Hyderabad House', ['official talks'], '2024-12-16'),
      A('Economic and Technology Cooperation Agreement'),
    ],
    relations: [...dis('official talks at Hyderabad House', 'Economic and Technology Cooperation Agreement')],
  },
  {
    id: 'visit-alone-discusses-planned-summit',
    form: 'CARICOM: "During the visit, the two leaders discussed the X Summit to be held in City" (a visit with no talks named discusses)',
    date: '2024-09-05',
    source: 'Barbados Government Information Service',
    text:
      'Prime Minister Mia Amor Mottley paid an official visit to Ghana from 3 to 5 September at the invitation of President Nana Addo Dankwa Akufo-Addo. ' +
      'During the visit, the two leaders discussed the Africa-CARICOM Summit to be held in Addis Ababa.',
    entities: [
      P('Mia Amor Mottley', 'Prime Minister Mia Amor Mottley'),
      P('Nana Addo Dankwa Akufo-Addo', 'President Nana Addo Dankwa Akufo-Addo'),
      S('Barbados'),
      S('Ghana'),
      S('Ethiopia'),
      O('Caribbean Community', 'CARICOM'),
      E('official visit of Prime Minister Mottley to Ghana', ['official visit', 'the visit'], '2024-09-03'),
      E('Africa-CARICOM Summit to be held in Addis Ababa', ['Africa-CARICOM Summit']),
    ],
    relations: [
      ...dis('official visit of Prime Minister Mottley to Ghana', 'Africa-CARICOM Summit to be held in Addis Ababa'),
      ...inv('Africa-CARICOM Summit to be held in Addis Ababa', 'Caribbean Community', 'Ethiopia'),
    ],
  },
  {
    id: 'call-reflected-on-outcomes-of-earlier-summit',
    form: 'Southern Africa: a telephone call "reflected on the outcomes of the G20 Leaders\' Summit in City" (an earlier summit as topic of a call)',
    date: '2025-12-02',
    source: 'The Presidency, Republic of South Africa',
    text:
      'President Cyril Ramaphosa held a telephone conversation with President Luiz Inácio Lula da Silva of Brazil on 2 December. ' +
      "The two Presidents reflected on the outcomes of the G20 Leaders' Summit in Johannesburg.",
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva'),
      S('South Africa'),
      S('Brazil'),
      O('G20'),
      E('Ramaphosa-Lula telephone conversation', ['telephone conversation'], '2025-12-02'),
      E("G20 Leaders' Summit in Johannesburg", ["G20 Leaders' Summit"]),
    ],
    relations: [
      ...dis('Ramaphosa-Lula telephone conversation', "G20 Leaders' Summit in Johannesburg"),
      ...inv("G20 Leaders' Summit in Johannesburg", 'G20', 'South Africa'),
    ],
  },
  {
    id: 'joint-commission-reviewed-earlier-agreements',
    form: 'Southern Africa: "The Nth Session of the A–B Joint Permanent Commission … reviewed the implementation of the existing agreements, including the X" (co-chairs named)',
    date: '2025-05-22',
    source: 'Ministry of International Relations and Trade of Namibia',
    text:
      'The 5th Session of the Namibia–Botswana Joint Permanent Commission on Cooperation was held in Windhoek on 22 May, co-chaired by Minister Selma Ashipala-Musavyi and Minister Phenyo Butale. ' +
      'The Commission reviewed the implementation of the existing agreements, including the Memorandum of Understanding on the Trans-Kalahari Railway.',
    entities: [
      P('Selma Ashipala-Musavyi', 'Minister Selma Ashipala-Musavyi'),
      P('Phenyo Butale', 'Minister Phenyo Butale'),
      S('Namibia'),
      S('Botswana'),
      E(
        '5th Session of the Namibia–Botswana Joint Permanent Commission on Cooperation',
        ['The Commission'],
        '2025-05-22',
      ),
      A('Memorandum of Understanding on the Trans-Kalahari Railway'),
    ],
    relations: [
      ...dis(
        '5th Session of the Namibia–Botswana Joint Permanent Commission on Cooperation',
        'Memorandum of Understanding on the Trans-Kalahari Railway',
      ),
      ...inv('5th Session of the Namibia–Botswana Joint Permanent Commission on Cooperation', 'Namibia', 'Botswana'),
    ],
  },
  {
    id: 'margins-meeting-discusses-not-the-summit',
    form: 'West Africa: "On the margins of the Nth OIC Summit in City, X met Y. The two Presidents discussed the A-B Presidential Council" (the bilateral discusses; the summit involves its body and host)',
    date: '2024-05-04',
    source: 'Office of the President of The Gambia',
    text:
      'On the margins of the 15th OIC Summit in Banjul, President Adama Barrow met President Bassirou Diomaye Faye of Senegal on 4 May. ' +
      'The two Presidents discussed the next session of the Senegalo-Gambian Presidential Council.',
    entities: [
      P('Adama Barrow', 'President Adama Barrow'),
      P('Bassirou Diomaye Faye', 'President Bassirou Diomaye Faye'),
      S('Gambia', 'The Gambia'),
      S('Senegal'),
      O('Organisation of Islamic Cooperation', 'OIC'),
      E('Barrow-Faye meeting in Banjul', ['met'], '2024-05-04'),
      E('15th OIC Summit in Banjul', ['OIC Summit']),
      E('next session of the Senegalo-Gambian Presidential Council', ['Senegalo-Gambian Presidential Council']),
    ],
    relations: [
      ...dis('Barrow-Faye meeting in Banjul', 'next session of the Senegalo-Gambian Presidential Council'),
      ...inv('15th OIC Summit in Banjul', 'Organisation of Islamic Cooperation', 'Gambia'),
      ...inv('next session of the Senegalo-Gambian Presidential Council', 'Senegal', 'Gambia'),
    ],
  },
  {
    id: 'later-audience-has-its-own-topic',
    form: 'Levant/Gulf style: talks, then "X was later received by King Y; the audience focused on the Z agreement" (the audience discusses, not the talks)',
    date: '2025-01-27',
    source: 'Jordan News Agency (Petra)',
    text:
      'Foreign Minister Ayman Safadi held talks with Foreign Minister Jean-Noël Barrot of France in Amman on 27 January on bilateral cooperation. ' +
      'Barrot was later received by King Abdullah II; the audience focused on the Gaza ceasefire agreement.',
    entities: [
      P('Ayman Safadi', 'Foreign Minister Ayman Safadi'),
      P('Jean-Noël Barrot', 'Foreign Minister Jean-Noël Barrot', 'Barrot'),
      P('Abdullah II', 'King Abdullah II'),
      S('Jordan'),
      S('France'),
      E('Safadi-Barrot talks in Amman', ['held talks'], '2025-01-27'),
      E('audience of Barrot with King Abdullah II', ['audience', 'received'], '2025-01-27'),
      A('Gaza ceasefire agreement'),
    ],
    relations: [...dis('audience of Barrot with King Abdullah II', 'Gaza ceasefire agreement')],
  },
  {
    id: 'wire-meeting-then-said-summit',
    form: 'Reuters: "X and Y met in City on Monday … They also discussed the next EU-Gulf summit, X\'s office said" (a summit of two bodies, attribution at the end)',
    date: '2025-03-03',
    source: 'Reuters',
    text:
      "Kuwait's Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah met European Council President António Costa in Kuwait City on Monday, Kuwait's state news agency KUNA said. " +
      "They also discussed the next EU-GCC summit, the emir's office said.",
    entities: [
      P('Meshal Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah'),
      P('António Costa', 'European Council President António Costa'),
      S('Kuwait'),
      O('European Council'),
      O('European Union', 'EU'),
      O('Gulf Cooperation Council', 'GCC'),
      E('Al-Sabah-Costa meeting in Kuwait City', ['met'], '2025-03-03'),
      E('next EU-GCC summit', ['EU-GCC summit']),
    ],
    relations: [
      ...dis('Al-Sabah-Costa meeting in Kuwait City', 'next EU-GCC summit'),
      ...inv('next EU-GCC summit', 'European Union', 'Gulf Cooperation Council'),
    ],
  },
  {
    id: 'consultations-reviewed-earlier-memorandum',
    form: 'Baltic: "The political consultations between the ministries of A and B … reviewed the Memorandum on X signed in 2019" (state-only consultations review an earlier agreement)',
    date: '2024-11-19',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Political consultations between the foreign ministries of Lithuania and Georgia were held in Vilnius on 19 November. ' +
      'The delegations reviewed the Memorandum of Understanding on European Integration signed in 2019.',
    entities: [
      S('Lithuania'),
      S('Georgia'),
      E(
        'Political consultations between the foreign ministries of Lithuania and Georgia',
        ['political consultations'],
        '2024-11-19',
      ),
      A('Memorandum of Understanding on European Integration'),
    ],
    relations: [
      ...dis(
        'Political consultations between the foreign ministries of Lithuania and Georgia',
        'Memorandum of Understanding on European Integration',
      ),
      ...inv('Political consultations between the foreign ministries of Lithuania and Georgia', 'Lithuania', 'Georgia'),
    ],
  },
];

const INCIDENTS: BankCase[] = [
  {
    id: 'houthi-attacks-on-shipping',
    form: 'Nordic: "They discussed the Houthi attacks on shipping in the Red Sea" (actor as an adjective of a group)',
    date: '2024-02-06',
    source: 'Ministry of Foreign Affairs of Denmark',
    text:
      'Minister for Foreign Affairs Lars Løkke Rasmussen met Foreign Minister Sameh Shoukry of Egypt in Copenhagen on 6 February. ' +
      'They discussed the Houthi attacks on shipping in the Red Sea.',
    entities: [
      P('Lars Løkke Rasmussen', 'Minister for Foreign Affairs Lars Løkke Rasmussen'),
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry'),
      S('Denmark'),
      S('Egypt'),
      O('Ansar Allah', 'Houthis', 'Houthi'),
      E('Rasmussen-Shoukry meeting in Copenhagen', ['met'], '2024-02-06'),
      E('Houthi attacks on shipping in the Red Sea', ['Houthi attacks']),
    ],
    relations: [
      ...dis('Rasmussen-Shoukry meeting in Copenhagen', 'Houthi attacks on shipping in the Red Sea'),
      ...inv('Houthi attacks on shipping in the Red Sea', 'Ansar Allah'),
    ],
  },
  {
    id: 'russian-strikes-on-city-plural',
    form: 'Baltic: "condemned the Russian strikes on City" (actor as a demonym, a city\'s state as target)',
    date: '2024-06-04',
    source: 'Ministry of Foreign Affairs of Latvia',
    text:
      'Minister of Foreign Affairs Krišjānis Kariņš held a telephone conversation with Minister of Foreign Affairs Dmytro Kuleba of Ukraine on 4 June. ' +
      'The ministers condemned the Russian strikes on Kharkiv.',
    entities: [
      P('Krišjānis Kariņš', 'Minister of Foreign Affairs Krišjānis Kariņš'),
      P('Dmytro Kuleba', 'Minister of Foreign Affairs Dmytro Kuleba'),
      S('Latvia'),
      S('Ukraine'),
      S('Russia'),
      E('Kariņš-Kuleba telephone conversation', ['telephone conversation'], '2024-06-04'),
      E('Russian strikes on Kharkiv'),
    ],
    relations: [
      ...dis('Kariņš-Kuleba telephone conversation', 'Russian strikes on Kharkiv'),
      ...inv('Russian strikes on Kharkiv', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'sudanese-civil-war',
    form: 'Nordic: "the Sudanese civil war and its impact on the region" (a war told by a demonym only)',
    date: '2024-09-12',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'State Secretary Andreas Motzfeldt Kravik met Foreign Minister Hussein Awad Ali of Sudan in Port Sudan on 12 September. ' +
      'Talks centred on the Sudanese civil war and the famine it has caused.',
    entities: [
      P('Andreas Motzfeldt Kravik', 'State Secretary Andreas Motzfeldt Kravik'),
      P('Hussein Awad Ali', 'Foreign Minister Hussein Awad Ali'),
      S('Norway'),
      S('Sudan'),
      E('Kravik-Awad Ali meeting in Port Sudan', ['met', 'Talks'], '2024-09-12'),
      E('Sudanese civil war'),
    ],
    relations: [
      ...dis('Kravik-Awad Ali meeting in Port Sudan', 'Sudanese civil war'),
      ...inv('Sudanese civil war', 'Sudan'),
    ],
  },
  {
    id: 'israeli-palestinian-violence',
    form: 'Nordic: "concern over the rising Israeli-Palestinian violence in the West Bank" (two states as a compound of demonyms)',
    date: '2024-05-28',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Foreign Minister Espen Barth Eide met Prime Minister Mohammad Mustafa of the Palestinian Authority in Brussels on 28 May. ' +
      'Both expressed concern over the rising Israeli-Palestinian violence in the West Bank.',
    entities: [
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide'),
      P('Mohammad Mustafa', 'Prime Minister Mohammad Mustafa'),
      S('Norway'),
      S('Israel'),
      S('Palestine'),
      O('Palestinian Authority'),
      E('Eide-Mustafa meeting in Brussels', ['met'], '2024-05-28'),
      E('Israeli-Palestinian violence in the West Bank'),
    ],
    relations: [
      ...dis('Eide-Mustafa meeting in Brussels', 'Israeli-Palestinian violence in the West Bank'),
      ...inv('Israeli-Palestinian violence in the West Bank', 'Israel', 'Palestine'),
    ],
  },
  {
    id: 'state-name-crisis',
    form: 'ASEAN member: "They exchanged views on the Myanmar crisis" (a state name as the modifier of a crisis)',
    date: '2025-01-09',
    source: 'Ministry of Foreign Affairs of Thailand',
    text:
      'Minister of Foreign Affairs Maris Sangiampongsa received Minister of Foreign Affairs Mohamad Hasan of Malaysia in Bangkok on 9 January. ' +
      "They exchanged views on the Myanmar crisis ahead of Malaysia's ASEAN Chairmanship.",
    entities: [
      P('Maris Sangiampongsa', 'Minister of Foreign Affairs Maris Sangiampongsa'),
      P('Mohamad Hasan', 'Minister of Foreign Affairs Mohamad Hasan'),
      S('Thailand'),
      S('Malaysia'),
      S('Myanmar'),
      O('ASEAN'),
      E('Sangiampongsa-Hasan meeting in Bangkok', ['received'], '2025-01-09'),
      E('Myanmar crisis'),
    ],
    relations: [
      ...dis('Sangiampongsa-Hasan meeting in Bangkok', 'Myanmar crisis'),
      ...inv('Myanmar crisis', 'Myanmar'),
    ],
  },
  {
    id: 'political-crisis-in-state-sadc',
    form: 'SADC: "The meeting considered the post-election political crisis in A" (a crisis of a member state)',
    date: '2024-11-20',
    source: 'SADC Secretariat',
    text:
      'The SADC Executive Secretary, Mr Elias Magosi, met the Minister of Foreign Affairs of Zimbabwe, Professor Amon Murwira, in Gaborone on 20 November. ' +
      'The meeting considered the post-election political crisis in Mozambique.',
    entities: [
      P('Elias Magosi', 'Mr Elias Magosi'),
      P('Amon Murwira', 'Professor Amon Murwira'),
      S('Zimbabwe'),
      S('Botswana'),
      S('Mozambique'),
      O('Southern African Development Community', 'SADC'),
      E('Magosi-Murwira meeting in Gaborone', ['met', 'The meeting'], '2024-11-20'),
      E('post-election political crisis in Mozambique', ['political crisis']),
    ],
    relations: [
      ...dis('Magosi-Murwira meeting in Gaborone', 'post-election political crisis in Mozambique'),
      ...inv('post-election political crisis in Mozambique', 'Mozambique'),
    ],
  },
  {
    id: 'adjective-backed-group-offensive',
    form: 'AU: "the offensive of the A-backed X in eastern B" (a backer as a hyphenated adjective, a group, a region\'s state)',
    date: '2025-02-10',
    source: 'African Union Commission',
    text:
      'The Chairperson of the AU Commission, Moussa Faki Mahamat, received the Minister of Foreign Affairs of Angola, Téte António, in Addis Ababa on 10 February. ' +
      'They discussed the offensive of the Rwandan-backed M23 in the east of the Democratic Republic of the Congo.',
    entities: [
      P('Moussa Faki Mahamat', 'Moussa Faki Mahamat'),
      P('Téte António', 'Téte António'),
      S('Angola'),
      S('Rwanda'),
      S('DR Congo', 'Democratic Republic of the Congo'),
      O('African Union', 'AU'),
      O('M23'),
      E('Faki-António meeting in Addis Ababa', ['received'], '2025-02-10'),
      E('offensive of the Rwandan-backed M23', ['offensive']),
    ],
    relations: [
      ...dis('Faki-António meeting in Addis Ababa', 'offensive of the Rwandan-backed M23'),
      ...inv('offensive of the Rwandan-backed M23', 'M23', 'Rwanda', 'DR Congo'),
    ],
  },
  {
    id: 'outbreak-in-state-who',
    form: 'UN agency: "the cholera outbreak in A" as a topic of a meeting of a UN head (an epidemic as a crisis)',
    date: '2024-03-05',
    source: 'World Health Organization, Regional Office for Africa',
    text:
      'WHO Regional Director for Africa Dr Matshidiso Moeti met Minister of Health Sylvia Masebo of Zambia in Lusaka on 5 March. ' +
      'The response to the cholera outbreak in Zambia was at the centre of the discussion.',
    entities: [
      P('Matshidiso Moeti', 'Dr Matshidiso Moeti'),
      P('Sylvia Masebo', 'Minister of Health Sylvia Masebo'),
      S('Zambia'),
      O('World Health Organization', 'WHO'),
      E('Moeti-Masebo meeting in Lusaka', ['met', 'the discussion'], '2024-03-05'),
      E('cholera outbreak in Zambia'),
    ],
    relations: [
      ...dis('Moeti-Masebo meeting in Lusaka', 'cholera outbreak in Zambia'),
      ...inv('cholera outbreak in Zambia', 'Zambia'),
    ],
  },
  {
    id: 'iranian-missile-attack-on-base-in-state',
    form: 'KUNA: "the Iranian missile attack on X Air Base in A" (actor as a demonym, the base\'s state)',
    date: '2025-06-24',
    source: 'Kuwait News Agency (KUNA)',
    text:
      'KUWAIT, June 24 (KUNA) -- Foreign Minister Abdullah Al-Yahya received a phone call from Qatari Minister of State for Foreign Affairs Mohammed Al-Khulaifi on Tuesday. ' +
      'They discussed the Iranian missile attack on Al Udeid Air Base in Qatar.',
    entities: [
      P('Abdullah Al-Yahya', 'Foreign Minister Abdullah Al-Yahya'),
      P('Mohammed Al-Khulaifi', 'Qatari Minister of State for Foreign Affairs Mohammed Al-Khulaifi'),
      S('Kuwait'),
      S('Qatar'),
      S('Iran'),
      E('Al-Yahya-Al-Khulaifi phone call', ['phone call'], '2025-06-24'),
      E('Iranian missile attack on Al Udeid Air Base', ['missile attack']),
    ],
    relations: [
      ...dis('Al-Yahya-Al-Khulaifi phone call', 'Iranian missile attack on Al Udeid Air Base'),
      ...inv('Iranian missile attack on Al Udeid Air Base', 'Iran', 'Qatar'),
    ],
  },
  {
    id: 'damage-to-cable-between-two-states',
    form: 'Nordic: "the damage to the X power cable between A and B" (an incident told by "damage to", the two states it links)',
    date: '2025-01-07',
    source: 'Ministry for Foreign Affairs of Finland',
    text:
      'Minister for Foreign Affairs Elina Valtonen met Minister of Foreign Affairs Margus Tsahkna of Estonia in Helsinki on 7 January. ' +
      'The ministers discussed the damage to the Estlink 2 power cable between Finland and Estonia on Christmas Day.',
    entities: [
      P('Elina Valtonen', 'Minister for Foreign Affairs Elina Valtonen'),
      P('Margus Tsahkna', 'Minister of Foreign Affairs Margus Tsahkna'),
      S('Finland'),
      S('Estonia'),
      E('Valtonen-Tsahkna meeting in Helsinki', ['met'], '2025-01-07'),
      E('damage to the Estlink 2 power cable', ['damage to the Estlink 2 power cable between Finland and Estonia']),
    ],
    relations: [
      ...dis('Valtonen-Tsahkna meeting in Helsinki', 'damage to the Estlink 2 power cable'),
      ...inv('damage to the Estlink 2 power cable', 'Finland', 'Estonia'),
    ],
  },
  {
    id: 'possessive-economic-crisis',
    form: 'Commonwealth: "A\'s economic crisis" as a topic (possessive state, a crisis)',
    date: '2024-02-14',
    source: 'Commonwealth Secretariat',
    text:
      'Commonwealth Secretary-General Patricia Scotland met Foreign Minister Ali Sabry of Sri Lanka at Marlborough House in London on 14 February. ' +
      "Sri Lanka's economic crisis and its debt restructuring were discussed.",
    entities: [
      P('Patricia Scotland', 'Commonwealth Secretary-General Patricia Scotland'),
      P('Ali Sabry', 'Foreign Minister Ali Sabry'),
      S('Sri Lanka'),
      O('Commonwealth'),
      E('Scotland-Sabry meeting at Marlborough House', ['met'], '2024-02-14'),
      E("Sri Lanka's economic crisis", ['economic crisis']),
    ],
    relations: [
      ...dis('Scotland-Sabry meeting at Marlborough House', "Sri Lanka's economic crisis"),
      ...inv("Sri Lanka's economic crisis", 'Sri Lanka'),
    ],
  },
  {
    id: 'israeli-strikes-on-port-in-state',
    form: 'Gulf: "condemned the Israeli strikes on the port of City in A" (actor as a demonym, the state after the city)',
    date: '2025-05-07',
    source: 'Ministry of Foreign Affairs of Oman',
    text:
      'Sayyid Badr bin Hamad Al Busaidi, Foreign Minister, received a telephone call from Hans Grundberg, the UN Special Envoy for Yemen, on 7 May. ' +
      'The Foreign Minister condemned the Israeli strikes on the port of Hodeidah in Yemen.',
    entities: [
      P('Badr bin Hamad Al Busaidi', 'Sayyid Badr bin Hamad Al Busaidi'),
      P('Hans Grundberg'),
      S('Oman'),
      S('Israel'),
      S('Yemen'),
      O('United Nations', 'UN'),
      E('Al Busaidi-Grundberg telephone call', ['telephone call'], '2025-05-07'),
      E('Israeli strikes on the port of Hodeidah'),
    ],
    relations: [
      ...dis('Al Busaidi-Grundberg telephone call', 'Israeli strikes on the port of Hodeidah'),
      ...inv('Israeli strikes on the port of Hodeidah', 'Israel', 'Yemen'),
    ],
  },
  {
    id: 'jihadist-attacks-in-region-of-state',
    form: 'ECOWAS: "the jihadist attacks in northern A" (no actor named, a region of a state)',
    date: '2025-04-23',
    source: 'ECOWAS Commission',
    text:
      'The President of the ECOWAS Commission, Dr Omar Alieu Touray, received the Minister of Foreign Affairs of Benin, Olushegun Adjadi Bakari, in Abuja on 23 April. ' +
      'They discussed the jihadist attacks in northern Benin, in which 54 soldiers were killed.',
    entities: [
      P('Omar Alieu Touray', 'Dr Omar Alieu Touray'),
      P('Olushegun Adjadi Bakari'),
      S('Benin'),
      S('Nigeria'),
      O('Economic Community of West African States', 'ECOWAS'),
      E('Touray-Bakari meeting in Abuja', ['received'], '2025-04-23'),
      E('jihadist attacks in northern Benin'),
    ],
    relations: [
      ...dis('Touray-Bakari meeting in Abuja', 'jihadist attacks in northern Benin'),
      ...inv('jihadist attacks in northern Benin', 'Benin'),
    ],
  },
  {
    id: 'named-war-between-two-states',
    form: 'Gulf: "the twelve-day war between A and B" (a war named by its length, parties after "between")',
    date: '2025-07-02',
    source: 'Bahrain News Agency (BNA)',
    text:
      'Manama, July 2 (BNA) -- Foreign Minister Dr Abdullatif bin Rashid Al Zayani received Foreign Minister Sayyid Badr bin Hamad Al Busaidi of Oman. ' +
      'The two ministers reviewed the repercussions of the twelve-day war between Israel and Iran on the security of the Gulf.',
    entities: [
      P('Abdullatif bin Rashid Al Zayani', 'Dr Abdullatif bin Rashid Al Zayani'),
      P('Badr bin Hamad Al Busaidi', 'Sayyid Badr bin Hamad Al Busaidi'),
      S('Bahrain'),
      S('Oman'),
      S('Israel'),
      S('Iran'),
      E('Al Zayani-Al Busaidi meeting in Manama', ['received'], '2025-07-02'),
      E('twelve-day war between Israel and Iran'),
    ],
    relations: [
      ...dis('Al Zayani-Al Busaidi meeting in Manama', 'twelve-day war between Israel and Iran'),
      ...inv('twelve-day war between Israel and Iran', 'Israel', 'Iran'),
    ],
  },
  {
    id: 'attacks-by-forces-on-mission-positions',
    form: 'Ireland/UN: "the attacks by A-ian forces on X positions" (actor as a demonym after "by", a UN mission as target)',
    date: '2024-10-15',
    source: 'Department of Foreign Affairs of Ireland',
    text:
      'Tánaiste Micheál Martin spoke by phone with UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix on 15 October. ' +
      'They discussed the attacks by Israeli forces on UNIFIL positions.',
    entities: [
      P('Micheál Martin', 'Tánaiste Micheál Martin'),
      P('Jean-Pierre Lacroix'),
      S('Ireland'),
      S('Israel'),
      O('United Nations', 'UN'),
      O('UNIFIL'),
      E('Martin-Lacroix phone call', ['spoke by phone'], '2024-10-15'),
      E('attacks by Israeli forces on UNIFIL positions'),
    ],
    relations: [
      ...dis('Martin-Lacroix phone call', 'attacks by Israeli forces on UNIFIL positions'),
      ...inv('attacks by Israeli forces on UNIFIL positions', 'Israel', 'UNIFIL'),
    ],
  },
  {
    id: 'demonym-seizure-told-in-second-sentence',
    form: 'Nordic: "The seizure of the A-flagged tanker X by B-ian forces was also raised" (passive, target as flag adjective, actor as demonym)',
    date: '2024-04-16',
    source: 'Government Offices of Sweden',
    text:
      'Minister for Foreign Affairs Tobias Billström met Minister of Foreign Affairs Abdullah bin Zayed Al Nahyan of the United Arab Emirates in Stockholm on 16 April. ' +
      'The seizure of the Portuguese-flagged container ship MSC Aries by Iranian forces was also raised.',
    entities: [
      P('Tobias Billström', 'Minister for Foreign Affairs Tobias Billström'),
      P('Abdullah bin Zayed Al Nahyan'),
      S('Sweden'),
      S('United Arab Emirates', 'UAE'),
      S('Portugal'),
      S('Iran'),
      E('Billström-Al Nahyan meeting in Stockholm', ['met'], '2024-04-16'),
      E('seizure of the container ship MSC Aries', ['seizure of the Portuguese-flagged container ship MSC Aries']),
    ],
    relations: [
      ...dis('Billström-Al Nahyan meeting in Stockholm', 'seizure of the container ship MSC Aries'),
      ...inv('seizure of the container ship MSC Aries', 'Portugal', 'Iran'),
    ],
  },
];

const BODY_EVENTS: BankCase[] = [
  {
    id: 'joint-summit-of-two-regional-bodies',
    form: 'SADC: "the preparations for the joint EAC–SADC Summit in City" (two bodies, en dash, host by city)',
    date: '2025-02-03',
    source: 'SADC Secretariat',
    text:
      'SADC Executive Secretary Elias Magosi received the Secretary General of the East African Community, Veronica Nduva, in Gaborone on 3 February. ' +
      'The two discussed the preparations for the joint EAC–SADC Summit in Dar es Salaam.',
    entities: [
      P('Elias Magosi', 'SADC Executive Secretary Elias Magosi'),
      P('Veronica Nduva'),
      O('Southern African Development Community', 'SADC'),
      O('East African Community', 'EAC'),
      S('Tanzania'),
      E('Magosi-Nduva meeting in Gaborone', ['received'], '2025-02-03'),
      E('joint EAC–SADC Summit in Dar es Salaam', ['EAC–SADC Summit']),
    ],
    relations: [
      ...dis('Magosi-Nduva meeting in Gaborone', 'joint EAC–SADC Summit in Dar es Salaam'),
      ...inv(
        'joint EAC–SADC Summit in Dar es Salaam',
        'East African Community',
        'Southern African Development Community',
        'Tanzania',
      ),
    ],
  },
  {
    id: 'osce-ministerial-council-in-state',
    form: 'OSCE: "the forthcoming 31st OSCE Ministerial Council in A" (a body\'s council, host state named)',
    date: '2024-11-12',
    source: 'OSCE Secretariat',
    text:
      'OSCE Secretary General Helga Maria Schmid met Minister for Foreign Affairs Ian Borg of Malta in Vienna on 12 November. ' +
      'Their meeting focused on the forthcoming 31st OSCE Ministerial Council in Malta.',
    entities: [
      P('Helga Maria Schmid', 'OSCE Secretary General Helga Maria Schmid'),
      P('Ian Borg', 'Minister for Foreign Affairs Ian Borg'),
      S('Malta'),
      O('OSCE'),
      E('Schmid-Borg meeting in Vienna', ['met', 'Their meeting'], '2024-11-12'),
      E('31st OSCE Ministerial Council in Malta', ['OSCE Ministerial Council']),
    ],
    relations: [
      ...dis('Schmid-Borg meeting in Vienna', '31st OSCE Ministerial Council in Malta'),
      ...inv('31st OSCE Ministerial Council in Malta', 'OSCE', 'Malta'),
    ],
  },
  {
    id: 'chogm-in-capital',
    form: 'Commonwealth: "the Commonwealth Heads of Government Meeting in City" (a body\'s gathering, host by its capital)',
    date: '2024-09-18',
    source: 'Commonwealth Secretariat',
    text:
      'Secretary-General Patricia Scotland met Prime Minister Feleti Teo of Tuvalu at Marlborough House on 18 September. ' +
      'The Secretary-General and the Prime Minister looked ahead to the Commonwealth Heads of Government Meeting in Apia.',
    entities: [
      P('Patricia Scotland', 'Secretary-General Patricia Scotland'),
      P('Feleti Teo', 'Prime Minister Feleti Teo'),
      S('Tuvalu'),
      S('Samoa'),
      O('Commonwealth'),
      E('Scotland-Teo meeting at Marlborough House', ['met'], '2024-09-18'),
      E('Commonwealth Heads of Government Meeting in Apia', ['CHOGM']),
    ],
    relations: [
      ...dis('Scotland-Teo meeting at Marlborough House', 'Commonwealth Heads of Government Meeting in Apia'),
      ...inv('Commonwealth Heads of Government Meeting in Apia', 'Commonwealth', 'Samoa'),
    ],
  },
  {
    id: 'ecowas-authority-extraordinary-summit',
    form: 'AFP: "coordinate ahead of the extraordinary summit of the ECOWAS Authority in City" (a body\'s organ, host by city)',
    date: '2024-12-10',
    source: 'Agence France-Presse',
    text:
      'Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbé met in Accra on Tuesday, AFP reported. ' +
      'The two leaders agreed to coordinate ahead of the extraordinary summit of the ECOWAS Authority of Heads of State and Government in Abuja.',
    entities: [
      P('Nana Akufo-Addo', 'Ghanaian President Nana Akufo-Addo'),
      P('Faure Gnassingbé', 'Togolese President Faure Gnassingbé'),
      S('Ghana'),
      S('Togo'),
      S('Nigeria'),
      O('Economic Community of West African States', 'ECOWAS'),
      E('Akufo-Addo-Gnassingbé meeting in Accra', ['met'], '2024-12-10'),
      E('extraordinary summit of the ECOWAS Authority of Heads of State and Government in Abuja', [
        'extraordinary summit',
      ]),
    ],
    relations: [
      ...dis(
        'Akufo-Addo-Gnassingbé meeting in Accra',
        'extraordinary summit of the ECOWAS Authority of Heads of State and Government in Abuja',
      ),
      ...inv(
        'extraordinary summit of the ECOWAS Authority of Heads of State and Government in Abuja',
        'Economic Community of West African States',
        'Nigeria',
      ),
    ],
  },
  {
    id: 'nb8-ministers-meeting-in-capital',
    form: 'Baltic: "the NB8 foreign ministers\' meeting in City, which Lithuania will host" (a body by acronym, host told)',
    date: '2025-05-05',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Minister of Foreign Affairs Kęstutis Budrys met Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir of Iceland in Vilnius on 5 May. ' +
      "The ministers prepared the NB8 foreign ministers' meeting in Trakai, which Lithuania will host in June.",
    entities: [
      P('Kęstutis Budrys', 'Minister of Foreign Affairs Kęstutis Budrys'),
      P('Þorgerður Katrín Gunnarsdóttir', 'Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir'),
      S('Lithuania'),
      S('Iceland'),
      O('Nordic-Baltic Eight', 'NB8'),
      E('Budrys-Gunnarsdóttir meeting in Vilnius', ['met'], '2025-05-05'),
      E("NB8 foreign ministers' meeting in Trakai", ["NB8 foreign ministers' meeting"]),
    ],
    relations: [
      ...dis('Budrys-Gunnarsdóttir meeting in Vilnius', "NB8 foreign ministers' meeting in Trakai"),
      ...inv("NB8 foreign ministers' meeting in Trakai", 'Nordic-Baltic Eight', 'Lithuania'),
    ],
  },
  {
    id: 'un-council-session-in-city',
    form: 'UN: "the 58th session of the Human Rights Council in Geneva" (a UN body\'s session, host by city)',
    date: '2025-02-11',
    source: 'Office of the United Nations High Commissioner for Human Rights',
    text:
      'High Commissioner Volker Türk met Foreign Minister Vijitha Herath of Sri Lanka in Geneva on 11 February. ' +
      'They discussed the 58th session of the Human Rights Council, which opens in Geneva on 24 February.',
    entities: [
      P('Volker Türk', 'High Commissioner Volker Türk'),
      P('Vijitha Herath', 'Foreign Minister Vijitha Herath'),
      S('Sri Lanka'),
      S('Switzerland'),
      O('United Nations Human Rights Council', 'Human Rights Council'),
      O('Office of the United Nations High Commissioner for Human Rights', 'OHCHR'),
      E('Türk-Herath meeting in Geneva', ['met'], '2025-02-11'),
      E('58th session of the Human Rights Council'),
    ],
    relations: [
      ...dis('Türk-Herath meeting in Geneva', '58th session of the Human Rights Council'),
      ...inv('58th session of the Human Rights Council', 'United Nations Human Rights Council', 'Switzerland'),
    ],
  },
  {
    id: 'acronym-body-summit-in-capital',
    form: 'South Asia: "preparations for the sixth BIMSTEC Summit in City" (a body by acronym, host by capital)',
    date: '2025-03-04',
    source: 'Ministry of Foreign Affairs of Nepal',
    text:
      'Foreign Minister Dr. Arzu Rana Deuba held a bilateral meeting with Foreign Minister D.N. Dhungyel of Bhutan in Kathmandu on 4 March. ' +
      'The two ministers also discussed preparations for the sixth BIMSTEC Summit in Bangkok.',
    entities: [
      P('Arzu Rana Deuba', 'Foreign Minister Dr. Arzu Rana Deuba'),
      P('D.N. Dhungyel', 'Foreign Minister D.N. Dhungyel'),
      S('Nepal'),
      S('Bhutan'),
      S('Thailand'),
      O('BIMSTEC'),
      E('Deuba-Dhungyel meeting in Kathmandu', ['bilateral meeting'], '2025-03-04'),
      E('sixth BIMSTEC Summit in Bangkok', ['BIMSTEC Summit']),
    ],
    relations: [
      ...dis('Deuba-Dhungyel meeting in Kathmandu', 'sixth BIMSTEC Summit in Bangkok'),
      ...inv('sixth BIMSTEC Summit in Bangkok', 'BIMSTEC', 'Thailand'),
    ],
  },
  {
    id: 'high-level-meeting-between-two-bodies',
    form: 'OIC: "the next high-level meeting between the OIC and the United Nations" (an event whose only parties are two bodies)',
    date: '2024-10-02',
    source: 'Organisation of Islamic Cooperation',
    text:
      'OIC Secretary-General Hissein Brahim Taha met Foreign Minister Hakan Fidan of Türkiye in Istanbul on 2 October. ' +
      'The Secretary-General briefed the Minister on the next high-level meeting between the OIC and the United Nations on cooperation.',
    entities: [
      P('Hissein Brahim Taha', 'OIC Secretary-General Hissein Brahim Taha'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan'),
      S('Turkey', 'Türkiye'),
      O('Organisation of Islamic Cooperation', 'OIC'),
      O('United Nations'),
      E('Taha-Fidan meeting in Istanbul', ['met'], '2024-10-02'),
      E('next high-level meeting between the OIC and the United Nations', ['high-level meeting']),
    ],
    relations: [
      ...dis('Taha-Fidan meeting in Istanbul', 'next high-level meeting between the OIC and the United Nations'),
      ...inv(
        'next high-level meeting between the OIC and the United Nations',
        'Organisation of Islamic Cooperation',
        'United Nations',
      ),
    ],
  },
  {
    id: 'caricom-sica-summit-two-bodies',
    form: 'CARICOM: "the CARICOM–SICA Summit" (two regional bodies by acronym, no host)',
    date: '2024-07-03',
    source: 'CARICOM Secretariat',
    text:
      'CARICOM Secretary-General Dr Carla Barnett met SICA Secretary-General Werner Vargas Torres at the CARICOM Secretariat in Georgetown on 3 July. ' +
      'The two Secretaries-General agreed to convene the next CARICOM–SICA Summit before the end of the year.',
    entities: [
      P('Carla Barnett', 'CARICOM Secretary-General Dr Carla Barnett'),
      P('Werner Vargas Torres', 'SICA Secretary-General Werner Vargas Torres'),
      S('Guyana'),
      O('Caribbean Community', 'CARICOM'),
      O('Central American Integration System', 'SICA'),
      E('Barnett-Vargas meeting in Georgetown', ['met'], '2024-07-03'),
      E('next CARICOM–SICA Summit', ['CARICOM–SICA Summit']),
    ],
    relations: [
      ...dis('Barnett-Vargas meeting in Georgetown', 'next CARICOM–SICA Summit'),
      ...inv('next CARICOM–SICA Summit', 'Caribbean Community', 'Central American Integration System'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-topic-of-another-meeting-in-passing',
    form: 'negative DISCUSSED: "X, who had attended the Y Meeting in City, where leaders endorsed the Z, met W" (the other meeting\'s topic is not this meeting\'s)',
    date: '2024-09-02',
    source: 'Office of the Prime Minister of Fiji',
    text:
      "Prime Minister Sitiveni Rabuka, who had attended the Pacific Islands Forum Leaders Meeting in Nuku'alofa, where leaders endorsed the Ocean of Peace concept, " +
      'met Prime Minister Feleti Teo of Tuvalu in Nadi on 2 September to discuss labour mobility.',
    entities: [
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka'),
      P('Feleti Teo', 'Prime Minister Feleti Teo'),
      S('Fiji'),
      S('Tuvalu'),
      S('Tonga'),
      O('Pacific Islands Forum'),
      E('Rabuka-Teo meeting in Nadi', ['met'], '2024-09-02'),
      E("Pacific Islands Forum Leaders Meeting in Nuku'alofa", ['Pacific Islands Forum Leaders Meeting']),
    ],
    relations: [...inv("Pacific Islands Forum Leaders Meeting in Nuku'alofa", 'Pacific Islands Forum', 'Tonga')],
  },
  {
    id: 'negative-regional-and-global-developments',
    form: 'negative: "exchanged views on regional and global developments of common concern" (generic, no topic)',
    date: '2024-08-27',
    source: 'Ministry of Foreign Affairs of Sri Lanka',
    text:
      'Foreign Minister Ali Sabry received Foreign Minister Arzu Rana Deuba of Nepal in Colombo on 27 August. ' +
      'The two ministers exchanged views on regional and global developments of common concern and on South-South cooperation.',
    entities: [
      P('Ali Sabry', 'Foreign Minister Ali Sabry'),
      P('Arzu Rana Deuba', 'Foreign Minister Arzu Rana Deuba'),
      S('Sri Lanka'),
      S('Nepal'),
      E('Sabry-Deuba meeting in Colombo', ['received'], '2024-08-27'),
    ],
    relations: [],
  },
  {
    id: 'negative-participants-own-states-in-topic',
    form: 'negative: "discussed ways to boost A-ian exports to B and B-ian investment in A" (the participants\' own states are no topics)',
    date: '2025-03-18',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      'Foreign Minister Margus Tsahkna met Foreign Minister Baiba Braže of Latvia in Tallinn on 18 March. ' +
      'They discussed ways to boost Estonian exports to Latvia and Latvian investment in Estonia.',
    entities: [
      P('Margus Tsahkna', 'Foreign Minister Margus Tsahkna'),
      P('Baiba Braže', 'Foreign Minister Baiba Braže'),
      S('Estonia'),
      S('Latvia'),
      E('Tsahkna-Braže meeting in Tallinn', ['met'], '2025-03-18'),
    ],
    relations: [],
  },
  {
    id: 'negative-state-only-thanked',
    form: 'negative: "The Minister thanked C for its long-standing development assistance" (a third state only thanked: no topic, no INVOLVES)',
    date: '2024-06-12',
    source: 'Ministry of Foreign Affairs and Cooperation of Mozambique',
    text:
      'Minister of Foreign Affairs Verónica Macamo received Minister for International Development Cooperation Johan Forssell of Sweden in Maputo on 12 June. ' +
      'The Minister thanked Norway and Sweden for their long-standing development assistance.',
    entities: [
      P('Verónica Macamo', 'Minister of Foreign Affairs Verónica Macamo'),
      P('Johan Forssell', 'Minister for International Development Cooperation Johan Forssell'),
      S('Mozambique'),
      S('Sweden'),
      S('Norway'),
      E('Macamo-Forssell meeting in Maputo', ['received'], '2024-06-12'),
    ],
    relations: [],
  },
  {
    id: 'negative-quoted-statement-own-states',
    form: 'negative: "\\"A and B stand together,\\" X said after the talks" (a participant\'s quoted words naming only the two states)',
    date: '2025-04-08',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Minister of Foreign Affairs Kęstutis Budrys held talks with Minister of Foreign Affairs Radosław Sikorski of Poland in Warsaw on 8 April. ' +
      '"Lithuania and Poland stand together on every question of regional security," Budrys said after the talks.',
    entities: [
      P('Kęstutis Budrys', 'Minister of Foreign Affairs Kęstutis Budrys', 'Budrys'),
      P('Radosław Sikorski', 'Minister of Foreign Affairs Radosław Sikorski'),
      S('Lithuania'),
      S('Poland'),
      E('Budrys-Sikorski talks in Warsaw', ['held talks', 'the talks'], '2025-04-08'),
    ],
    relations: [],
  },
  {
    id: 'negative-venue-ministry-in-capital',
    form: 'negative: Maghreb "The talks took place at the headquarters of the Ministry in City" (a venue, no topic)',
    date: '2024-10-29',
    source: 'Tunis Afrique Presse (TAP)',
    text:
      'Minister of Foreign Affairs Mohamed Ali Nafti held talks with Foreign Minister Mohamed Salem Ould Merzoug of Mauritania on 29 October. ' +
      'The talks took place at the headquarters of the Ministry of Foreign Affairs in Tunis and dealt with bilateral trade.',
    entities: [
      P('Mohamed Ali Nafti', 'Minister of Foreign Affairs Mohamed Ali Nafti'),
      P('Mohamed Salem Ould Merzoug', 'Foreign Minister Mohamed Salem Ould Merzoug'),
      S('Tunisia'),
      S('Mauritania'),
      E('Nafti-Ould Merzoug talks in Tunis', ['held talks', 'The talks'], '2024-10-29'),
    ],
    relations: [],
  },
  {
    id: 'negative-recalled-meeting-on-call',
    form: 'negative: "Recalling their meeting at the X Summit in City, the two Presidents discussed Y" on a call (the recalled meeting is no topic; the summit involves its body and host)',
    date: '2024-09-25',
    source: 'The Presidency, Republic of South Africa',
    text:
      'President Cyril Ramaphosa held a telephone call with President Emmerson Mnangagwa of Zimbabwe on 25 September. ' +
      'Recalling their meeting at the SADC Summit in Harare, the two Presidents discussed energy cooperation.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa'),
      P('Emmerson Mnangagwa', 'President Emmerson Mnangagwa'),
      S('South Africa'),
      S('Zimbabwe'),
      O('Southern African Development Community', 'SADC'),
      E('Ramaphosa-Mnangagwa telephone call', ['telephone call'], '2024-09-25'),
      E('SADC Summit in Harare', ['SADC Summit']),
    ],
    relations: [...inv('SADC Summit in Harare', 'Southern African Development Community', 'Zimbabwe')],
  },
  {
    id: 'negative-organisation-of-the-speaker-title',
    form: 'negative: "X, Special Envoy of the UN Secretary-General for A, briefed Y on the peace process" (the envoy\'s body and mandate state in a title)',
    date: '2024-11-06',
    source: 'Ministry of Foreign Affairs of Mauritania',
    text:
      'Minister of Foreign Affairs Mohamed Salem Ould Merzoug received Ramtane Lamamra, Personal Envoy of the UN Secretary-General for Sudan, in Nouakchott on 6 November. ' +
      'The Envoy briefed the Minister on his contacts with the parties.',
    entities: [
      P('Mohamed Salem Ould Merzoug', 'Minister of Foreign Affairs Mohamed Salem Ould Merzoug'),
      P('Ramtane Lamamra'),
      S('Mauritania'),
      S('Sudan'),
      O('United Nations', 'UN'),
      E('Ould Merzoug-Lamamra meeting in Nouakchott', ['received'], '2024-11-06'),
    ],
    relations: [],
  },
];

/** The bank: topics told apart, which meeting talks, incidents, events of bodies, and negatives. */
export const EVENT_BANK: BankCase[] = [...TOLD_APART, ...WHICH_MEETING, ...INCIDENTS, ...BODY_EVENTS, ...NEGATIVES];
