// Word lists for readout language: honorifics, office title parts, organisations, event and agreement cues,
// issuing-government cues. General vocabulary only: no person names.

import { OFFICE_MINISTER_DELEGATE } from './rules-fl14c.ts';
import { MORE_ORGANIZATIONS } from './gazetteer-orgs.ts';

/** Honorifics and styles dropped from person names (kept as aliases). Longest first. */
export const HONORIFICS = [
  'His Excellency',
  'Her Excellency',
  'His Majesty',
  'Her Majesty',
  'His Royal Highness',
  'Her Royal Highness',
  'The Honourable',
  'The Honorable',
  'the Honourable',
  'the Honorable',
  // fl27a: the Australian and New Zealand style with its full stop ("Senator the Hon. Penny Wong", "the Hon. X MP").
  'Senator the Hon.',
  'Senator the Hon',
  'Senator',
  'The Right Honourable',
  'the Right Honourable',
  // fl24b: the style written bare after a title's comma ("headed by the Prime Minister, Right Honourable X").
  'Right Honourable',
  'Right Honorable',
  'The Rt Hon',
  'the Rt Hon',
  'Rt. Hon.',
  'Rt Hon',
  // fl29a: the Caribbean styles with their stops and Jamaica's style of its former prime ministers ("the Rt. Hon.
  // Perry Christie", "the Most Hon. Andrew Holness", "The Most Honourable X").
  'The Rt. Hon.',
  'the Rt. Hon.',
  'The Most Honourable',
  'the Most Honourable',
  'The Most Hon.',
  'the Most Hon.',
  'Most Hon.',
  'The Hon.',
  'the Hon.',
  'The Hon',
  'the Hon',
  // fl21b: the style written bare before a minister's name in Southern African releases ("Honourable X, Deputy Prime
  // Minister and Minister of …").
  'Honourable',
  'Honorable',
  'Hon.',
  'Hon',
  // rol19: an academic title before a name is no office, as the gold drops it ("Professor Jose Maria Sison").
  'Professor',
  'Prof.',
  // ent22: a judge's style before the name ("the President of the Court, Judge IWASAWA Yuji"), as "Professor".
  'Judge',
  'Rear Admiral',
  'Vice Admiral',
  // Military ranks before a name are no offices (fl11a): "Marshal Ri Pyong Chol", "Colonel General X".
  'Field Marshal',
  'Air Chief Marshal',
  'Marshal',
  'Colonel General',
  'Brigadier General',
  'Colonel',
  'Admiral',
  'Major General',
  // fl11b: abbreviated ranks and the reserve or retired mark ("Maj.-Gen. (res.) X", "Brig. Gen. (ret.) Y").
  'Maj.-Gen.',
  'Maj. Gen.',
  'Brig.-Gen.',
  'Brig. Gen.',
  'Lt.-Gen.',
  'Lt. Gen.',
  'Lt.-Col.',
  'Lt. Col.',
  'Col.',
  // off13: ranks abbreviated in defence readouts ("Gen. Dan Caine", "Adm. Sir Tony Radakin", "Vice Adm. X").
  'Vice Adm.',
  'Rear Adm.',
  'Adm.',
  'Gen.',
  'Air Marshal',
  '(res.)',
  '(ret.)',
  // fl19b: a doctorate or professorship in brackets between a style and the name, as East African releases write it
  // ("Hon. (Dr.) X", "Amb. (Prof.) Y").
  '(Dr.)',
  '(Dr)',
  '(Prof.)',
  '(Prof)',
  '(Eng.)',
  'Brigadier General',
  'Lieutenant General',
  'Senior General',
  'General',
  // fl16b: Malay and Bruneian styles of address before a name ("Yang Berhormat Dato Seri Setia Awang Haji X",
  // "Yang Amat Berhormat Dato' Seri Y", "Dato' Seri Diraja Dr. Z"), longest first.
  'Yang Amat Berhormat',
  'Yang Berhormat',
  'Yang Amat Mulia',
  'Yang Mulia',
  "Dato' Seri Diraja",
  'Dato Seri Diraja',
  "Dato' Seri Setia",
  'Dato Seri Setia',
  "Dato' Seri Utama",
  'Dato Seri Utama',
  "Dato' Seri Paduka",
  'Dato Seri Paduka',
  'Awang Haji',
  'Dayang Hajah',
  'Awang',
  'Dayang',
  'Hajah',
  'Tan Sri',
  'Dato Paduka',
  'Dato',
  "Dato'",
  'Datuk',
  'Samdech Techo',
  'Samdech Moha Borvor Thipadei',
  'Moha Borvor Thipadei',
  'Samdech',
  'Sheikh',
  'Sheikha',
  // fl14a: the Gulf agencies' spelling ("Shaikh Salman bin Khalifa Al Khalifa").
  'Shaikh',
  'Shaikha',
  'Sayyid',
  'Mullah',
  // A royal rank, not an office: "Foreign Minister Prince Faisal bin Farhan" holds the Foreign Minister's
  // office; "Crown Prince" stays a title head (TITLE_HEADS).
  'Prince',
  'Princess',
  'His Highness',
  'Her Highness',
  // fl29a: Monaco's style of its Sovereign Prince ("H.S.H. Prince Albert II").
  'His Serene Highness',
  'Her Serene Highness',
  'H.S.H.',
  'His Holiness',
  'His Beatitude',
  'HRH',
  'H.R.H.',
  'H.H.',
  'YAB',
  'YB',
  "Dato' Seri",
  'Dato Seri',
  'Datuk Seri',
  'Tun',
  'Cardinal',
  'Archbishop',
  // fl24b: the clergy's style and the ranks of rebel and junta leaders before a name ("the Special Envoy …, the Reverend
  // X"; "the leader of the Front, Corporal Y"; "Captain Z, President of the Transition"), dropped as "Colonel" is.
  'The Reverend',
  'the Reverend',
  'Reverend',
  'Rev.',
  'Corporal',
  'Captain',
  'Monsignor',
  'Msgr.',
  'Counsellor',
  'Sultan Haji',
  'Haji',
  // "Md. Shahidul Haque": Mohammad abbreviated before the name, kept as an alias like an honorific (new9).
  'Md.',
  'Mohd.',
  // ent21: "Ma. Theresa Lazaro": Maria abbreviated before a Philippine name, the same way.
  'Ma.',
  'H.E.',
  'H. E.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'Prof.',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Shri',
  'Smt.',
  'Smt',
  'Madam',
  'Madame',
  'Excellency',
  // ent21: styles of address of other cultures, dropped from the name as the GUIDE drops "Mr." and "Shri": Burmese "U"
  // (Mr) and "Daw" (Ms), Bhutanese "Lyonpo" (a minister's style) and "Dasho", Samoan "Afioga", Malay "Haji" and the
  // Malaysian titles of honour ("Dato' Seri Utama X", "Tan Sri X").
  'U',
  'Daw',
  'Lyonpo',
  'Dasho',
  'Afioga',
  "Dato' Seri Utama",
  'Dato’ Seri Utama',
  "Dato' Seri",
  'Dato’ Seri',
  'Datuk Seri',
  'Tan Sri',
];

/**
 * Rule office.honorific-ends-title (fla10): a style of address or a royal or religious rank right after a title's
 * complement starts the name, never continues the title: "Minister of Defense His Royal Highness Prince X",
 * "Minister of Foreign Affairs Sheikh Y", "Minister of State for Foreign Affairs Dato' Z".
 */
export const HONORIFIC_STARTS_NAME =
  /^(?:(?:His|Her)\s+(?:Royal\s+|Serene\s+)?(?:Highness|Excellency|Majesty|Holiness|Beatitude|Eminence)|HRH|H\.R\.H\.|H\.H\.|H\.E\.|Sheikh|Sheikha|Shaikh|Shaikha|Prince|Princess|Sayyid|Sayyida|Tan Sri|Datuk|Dato['’]?|Tun|Samdech)(?![\p{L}])/u;

/**
 * Rule person.state-word-name (ent25): lower-case nouns for a person's calling that stand right before a name
 * ("businessman Israel Ortiz", "former lawmaker Jordan Smith"), so a state's name starting the name is a given name.
 */
export const PERSON_ROLE_NOUNS = [
  'lawmaker',
  'legislator',
  'senator',
  'congressman',
  'congresswoman',
  'businessman',
  'businesswoman',
  'entrepreneur',
  'activist',
  'journalist',
  'author',
  'economist',
  'lawyer',
  'professor',
  'scholar',
  'diplomat',
  'spokesman',
  'spokeswoman',
  'candidate',
  'mayor',
];

/** Office heads: the noun that makes a phrase a title. */
export const TITLE_HEADS = [
  'Commander-in-Chief',
  // rol15: "Singapore's Ambassador-at-Large X" ("Undersecretary" cost dev precision; "Under-Secretary-General" a
  // false fact of the events-5 bank, through an event it names wrongly).
  'Ambassador-at-Large',
  'Secretary-General',
  'Secretary General',
  'Director-General',
  'Director General',
  // rol18: the law officers as Commonwealth governments write them ("Attorney-General X led the delegation").
  'Attorney-General',
  'Solicitor-General',
  // fl24b: the head of a department or province in Latin American, French and African styles ("the Prefect of the
  // Department of Tarija, X"). ("Attorney General" unhyphenated was tried: it cost a dev office, owned by the wrong state.)
  'Prefect',
  'Prime Minister',
  'Chief Negotiator',
  'Minister',
  'President',
  'Premier',
  'PM',
  // ent22 (office.acronym-national-title): the acronyms South and Southeast Asian releases write before a name ("EAM
  // Dr. S. Jaishankar", "FM X of Oman", "Singapore's DPM X"); TITLE_SYNONYMS spells them out.
  'EAM',
  'FM',
  'DPM',
  'Chancellor',
  'Secretary',
  'Minister-Counsellor',
  // office.minister-delegate (fl14c): "Minister Delegate for Foreign Trade X" (rules-fl14c.ts).
  ...OFFICE_MINISTER_DELEGATE.heads,
  'Envoy',
  'Representative',
  'Adviser',
  'Advisor',
  'Ambassador',
  'High Commissioner',
  'Commissioner',
  'Negotiator',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Governor',
  'Chairman',
  'Chairperson',
  'Chairwoman',
  'Chair',
  'Councillor',
  'Councilor',
  // ent22: Kazakhstan's and Myanmar's office ("State Counsellor of the Republic of Kazakhstan X", "Myanmar's State
  // Counsellor, X"); "Counsellor" alone stays a diplomatic rank before a name (HONORIFICS).
  'State Counsellor',
  'King',
  'Queen',
  'Sultan',
  'Emir',
  'Crown Prince',
  // fl27b: Andorra's two heads of state ("the Co-Prince, X", "the Episcopal Co-Prince").
  'Co-Prince',
  'Commander',
  'Head',
  'Director',
  'Mantri',
  'Rashtrapati',
  'Vice Premier',
  'Member',
  'Chief',
  'Coordinator',
  'Sherpa',
  'Mayor',
  'Aide',
  'Vice-President',
  'Vice-Premier',
  // fl26b (office.vice-prime-minister): the lusophone style "Vice-Prime Minister and Minister of Finance, X".
  'Vice-Prime Minister',
  'Vice-Minister',
  'Vice-Chair',
  'Vice-Chairman',
  'Vice-Chairperson',
  'Governor-General',
  'General Secretary',
  'Chairperson-in-Office',
  // rol20: the acronym titles of UN and EU envoys ("SRSG X", "DSRSG X", "the PESG for …", "EUSR for the Sahel X").
  'SRSG',
  'DSRSG',
  'PESG',
  'EUSR',
  // rol21: a body's mediators told by a title before the name ("SADC Facilitator X", "ECOWAS Mediator for Mali X").
  'Facilitator',
  'Mediator',
  'Pope',
  // ent23: the Holy See's envoy ("The Apostolic Nuncio to Kenya, Archbishop X"); Luxembourg's sovereign.
  'Apostolic Nuncio',
  // ent24: a non-member's envoy to an organisation ("Permanent Observer of the Holy See to the United Nations, X").
  'Permanent Observer',
  'Grand Duke',
  // ent23: the head of UNDP, USAID and other agencies ("UNDP Administrator X", "the Administrator of USAID, X").
  'Administrator',
  // off27: the IMF's head ("IMF Managing Director X", "the Managing Director of the IMF, X").
  'Managing Director',
  'Patriarch',
  'Grand Imam',
  'Amir',
  'Custodian of the Two Holy Mosques',
  'Supreme Leader',
  'Te Beretitenti',
  // off13: other languages' English renderings of offices: "the Taoiseach" and "the Tánaiste" (Ireland), and the full
  // diplomatic rank "Ambassador Extraordinary and Plenipotentiary of X to Y". ("Undersecretary" as a head was tried
  // and left out: it cost dev precision, two offices whose names did not match.)
  'Taoiseach',
  'Tánaiste',
  // ent21: Bhutan's head of government and king in their own words ("Lyonchhen X", "His Majesty The Druk Gyalpo"), the
  // Dutch head of government ("Minister-President X"), and the OSCE chair's acronym ("The OSCE CiO, X").
  'Lyonchhen',
  'Druk Gyalpo',
  'Minister-President',
  'CiO',
  // fl18b (office.speaker): "the Speaker of the Parliament, Mr. X", "Speaker of the National Assembly X".
  'Speaker',
  'Ambassador Extraordinary and Plenipotentiary',
  // A head-elect is a title of its own ("US President-elect Donald Trump", "Prime Minister-elect X").
  'President-elect',
  'Prime Minister-elect',
  'Chancellor-elect',
  // off27: a head designate ("Prime Minister-designate X", asked to form a government) likewise: the designation, not the
  // office itself.
  'Prime Minister-designate',
  'President-designate',
  // off31: heads the annotated samples' missed offices showed ("The Co-Chairs of the Joint Commission, A and B", "His
  // Majesty Emperor X", "the Under-Secretary-General for Political Affairs, X"). ("Chef de Cabinet" was tried: its "de"
  // cut names such as "Miguel de Serpa Soares"; "Attorney General" again cost a dev office, as at fl24b.)
  'Co-Chair',
  'Co-Chairman',
  'Co-Chairperson',
  'Emperor',
  'Under-Secretary-General',
];

/** Capitalised words that may precede a head inside a title ("Senior Deputy Minister", "Federal Chancellor"). */
export const TITLE_MODIFIERS = [
  // ent21: "Union Minister for Foreign Affairs U X" (Myanmar), "Union Minister of External Affairs" (India).
  'Union',
  'Prime',
  'Deputy',
  'Vice',
  'Senior',
  'First',
  'Second',
  'Special',
  'Federal',
  'Chief',
  'Foreign',
  'Defence',
  'Defense',
  'External',
  'Affairs',
  'Diplomatic',
  'National',
  'Security',
  'State',
  'Trade',
  'Treasury',
  'Government',
  'Presidential',
  'High',
  'Executive',
  'Permanent',
  'Raksha',
  'Assistant',
  'Under',
  'Parliamentary',
  'Interior',
  'Justice',
  'Finance',
  'Commerce',
  'Economy',
  'Economic',
  'Europe',
  'European',
  'Acting',
  'Standing',
  'Principal',
  'Lead',
  'Defence',
  'Home',
  'Health',
  'Energy',
  'Cabinet',
  'Chief',
  'Grand',
  'Supreme',
  'Commission',
  'Council',
  'Coordinating',
  'Plenipotentiary',
  'Personal',
  'Official',
  'Royal',
  // fl11b: "the Prime Minister's Foreign Policy Adviser", "Foreign Policy Adviser to the President".
  'Policy',
];

/**
 * Portfolio words of ministries and offices ("Minister of Agriculture, Livestock and Food Supply", "Minister for
 * Trade and Export Growth"): a title's complement may list them with commas and "and".
 */
export const PORTFOLIO_WORDS =
  'Europe European Union Justice Interior Internal Commerce Industry Industries Finance Treasury Defence Defense Foreign Affairs External Home Trade Development Relations Cooperation Diaspora Investment Investments Tourism Culture Energy Environment Agriculture Health Education Transport Transportation Immigration Security Planning Commonwealth Economy Innovation Science Technology Technologies Resources Fisheries Communications Communication Infrastructure International Labour Labor Employment Production Livestock Food Supply Supplies Export Exports Growth Strategic Research Rural Urban Human Rights Law Legal Maritime Marine Ocean Oceans Forestry Forests Water Climate Change Natural Mining Mines Petroleum Oil Gas Power Electricity Information Media Arts Heritage Sport Sports Youth Women Family Families Children Social Welfare Solidarity Digital Transformation Public Works Housing Land Lands Local Government Regional Territorial Administration Civil Service Budget Revenue Customs Border Borders Citizenship Multiculturalism Indigenous Veterans Emergency Emergencies Disaster Management Consumer Competition Enterprise Enterprises Small Business Aviation Shipping Ports Railways Roads Telecommunications Cyber Space Religious Endowments Higher Vocational Training Population Manpower Pensions Gender Equality Expatriates Nationals Abroad Overseas Integration Migration Asylum Refugees Humanitarian Sustainable Green Ecological Wildlife Parks Statistics Export Growth Global Partnerships Partnership Economic Affairs Climate Peace Process Reconciliation Unification Reunification National Intelligence Coastal Irrigation Water Sanitation Food Security Nutrition Cooperatives Reconstruction Recovery Policy Worship Neighbourhood Neighborhood Enlargement Emigration Emigrants Francophonie Delimitation Demarcation Mobility Political Transition Port Medium Co-operatives Logistics Territories Enforcement Productive Sectors Promotion Reform Reforms Expenditure Digitalisation Digitalization Industrial Sovereignty Initiatives Prosperity Strategy Safety Energies Renewable Renewables Hydrocarbons Operations Peacekeeping Peacebuilding Homeland'.split(
    ' ',
  );

/**
 * off13: words of the military bodies an office heads or sits in ("Chairman of the Joint Chiefs of Staff", "Chief of
 * the Naval Staff", "Commander of the Armed Forces"): a title's complement may hold them.
 */
export const MILITARY_BODY_WORDS = 'Joint Chiefs Command Forces Army Navy Air Armed Naval Corps Guard Marines'.split(
  ' ',
);

/** World regions that may name an office's remit ("for the Middle East", "for Europe and the Americas"). */
export const REGION_WORDS =
  'Americas Middle East Near Asia Pacific Caribbean Gulf Indo-Pacific Hemisphere Mediterranean Atlantic Baltic Horn Africa Eurasia Oceania'.split(
    ' ',
  );

/** Seats of government that stand for their state before an officer's title ("White House Chief of Staff X"). */
export const SEATS_OF_GOVERNMENT: Readonly<Record<string, string>> = {
  'White House': 'United States',
  Pentagon: 'United States',
  Kremlin: 'Russia',
  Élysée: 'France',
  Elysee: 'France',
  'Downing Street': 'United Kingdom',
  'Blue House': 'South Korea',
};

/**
 * Office-title forms that name one office (importer/extract/office-identity.ts): the portfolio a word before
 * "Minister"/"Secretary" stands for when it is not the portfolio itself ("Foreign Minister" is the "Minister of
 * Foreign Affairs"), and British/American spellings of portfolio words ("Defense" is "Defence").
 */
export const INVERTED_PORTFOLIO: Readonly<Record<string, string>> = {
  Foreign: 'Foreign Affairs',
  Home: 'Home Affairs',
};
export const PORTFOLIO_SPELLINGS: Readonly<Record<string, string>> = { Defense: 'Defence', Labor: 'Labour' };

/**
 * Titles that name the head of state or government (their holders lead meetings): the bare head, not "Prime
 * Minister's Europe Adviser" or "Chancellor of the Duchy of Lancaster".
 */
export const LEADER_TITLES =
  /^(President|Prime Minister|Chancellor|Federal Chancellor|Premier|King|Queen|Sultan|Emir|Rashtrapati|Supreme Leader)(?:\s+of\s+the\s+(?:Republic|Government|Confederation|Council of Ministers))?$|^Sultan and /;

/**
 * Services that issue readouts for an organisation whose name they do not carry (rule issuer.service): the
 * European External Action Service speaks for the European Union.
 */
export const ISSUING_SERVICES: [RegExp, string][] = [
  [/\bEuropean External Action Service\b|\bEEAS\b/, 'European Union'],
];

/** Organisations with their aliases. The first entry is the canonical name. */
export const ORGANIZATIONS: string[][] = [
  ['United Nations Security Council', 'UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'],
  ['United Nations General Assembly', 'UN General Assembly', 'UNGA'],
  [
    'United Nations High Commissioner for Refugees',
    'UNHCR',
    'Office of the United Nations High Commissioner for Refugees',
    'UN Refugee Agency',
    'UN refugee agency',
  ],
  ['United Nations', 'UN', 'U.N.', 'United Nations Secretariat', 'UN Secretariat', 'Secretariat of the United Nations'],
  ['European Union', 'EU', 'E.U.', 'European side'],
  ['European Commission'],
  ['European Council'],
  ['European Parliament'],
  ['Council of the European Union', 'Council of the EU'],
  ['Council of Europe'],
  ['European Communities', 'European Community'],
  ['ASEAN Secretariat'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['G20', 'Group of Twenty', 'G-20'],
  ['G7', 'Group of Seven', 'G-7'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['World Trade Organization', 'WTO'],
  ['World Health Organization', 'WHO'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  [
    'OSCE',
    'Organization for Security and Co-operation in Europe',
    'Organization for Security and Cooperation in Europe',
  ],
  ['African Union', 'AU'],
  ['SAARC', 'South Asian Association for Regional Cooperation'],
  ['Shanghai Cooperation Organisation', 'SCO'],
  ['BRICS'],
  ['Quad'],
  ['Gulf Cooperation Council', 'GCC', 'Cooperation Council for the Arab States of the Gulf'],
  ['Organization of American States', 'OAS'],
  ['League of Arab States', 'Arab League'],
  ['International Organization for Migration', 'IOM'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['Communist Party of China', 'CPC', 'Chinese Communist Party', 'CCP'],
  ['ISIL', 'ISIS', 'Islamic State', 'Daesh', 'Islamic State of Iraq and the Levant'],
  // top19: "the Houthi attacks on shipping" (the movement's adjective, capitalised).
  ['Ansar Allah', 'Houthis', 'Ansarullah', 'Houthi'],
  ['Hamas'],
  ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah'],
  ['Taliban'],
  ['Mercosur', 'MERCOSUR', 'MERCOSUL', 'Southern Common Market'],
  ['European Free Trade Association', 'EFTA'],
  ['African Union Commission', 'AU Commission', 'AUC'],
  ['Trilateral Contact Group', 'TCG'],
  // fl27a: the OSCE's mediating group on Nagorno-Karabakh ("the Co-Chairs of the OSCE Minsk Group").
  ['OSCE Minsk Group', 'Minsk Group'],
  ['Normandy Four', 'Normandy format'],
  ['Communist Party of Vietnam', 'Communist Party of Viet Nam', 'CPV'],
  ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'],
  ['Commonwealth of Independent States', 'CIS'],
  // fl13b: the bare word only where rule org.bare-commonwealth allows it (gazetteer.ts).
  ['Commonwealth', 'Commonwealth of Nations'],
  ['Collective Security Treaty Organization', 'CSTO'],
  ['Eurasian Economic Union', 'EAEU'],
  ['Economic Community of West African States', 'ECOWAS'],
  ['Southern African Development Community', 'SADC'],
  ['Intergovernmental Authority on Development', 'IGAD'],
  ['Pacific Islands Forum'],
  // fl28a: the North Pacific's standing grouping of heads of state, a side in its own name ("the Leaders of the
  // Micronesian Presidents' Summit (MPS)"; "the MPS was represented by"); not the meeting of the day.
  ["Micronesian Presidents' Summit", 'Micronesian Presidents Summit', 'MPS'],
  ['Caribbean Community', 'CARICOM'],
  ['Community of Latin American and Caribbean States', 'CELAC'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ...MORE_ORGANIZATIONS,
];

/** Heads of organisation names found by pattern ("Reserve Bank of India", "Transportation Safety Board"). */
export const ORG_HEADS = [
  'Commission',
  'Council',
  'Bank',
  'Agency',
  'Organization',
  'Organisation',
  'Secretariat',
  'Centre',
  'Center',
  'Authority',
  'Academy',
  'University',
  'Board',
  'Bureau',
  'Department',
  'Party',
  'Force',
  'Forces',
  'Coalition',
  'Foundation',
  'Union',
  'Parliament',
  'Fund',
  'Institute',
  'Court',
  'Tribunal',
  'Committee',
  'Alliance',
  'College',
  'Front',
  'Movement',
  'Corporation',
  // fl27c (org.command-head): a unified military command ("the United States Indo-Pacific Command", "Africa Command").
  'Command',
];

/** Rule org.acronym-defined-name (fl25b): heads, besides ORG_HEADS, of a name the text defines by an acronym. */
export const ACRONYM_ORG_HEADS = [
  'Mission',
  'Group',
  'Army',
  'Rally',
  'Congress',
  'League',
  'Association',
  'Federation',
];

/**
 * Rule person.unit-not-name (fl13b): head words of a ministry's or secretariat's administrative units ("Communications
 * Division", "Protocol Directorate", "Press Unit"): never part of a personal name.
 */
export const UNIT_WORDS = ['Division', 'Directorate', 'Unit', 'Section'];

/** Words that end a meeting name ("Summit Meeting", "Foreign Ministers' Meeting", "Dialogue"). */
export const EVENT_HEADS = [
  'Summit Meeting',
  'Summit Telephone Talk',
  'Telephone Talk',
  'Telephone Conversation',
  'Summit',
  'Meeting',
  'Dialogue',
  'Conference',
  'Consultations',
  'Consultation',
  'Talks',
  'Forum',
  'Session',
  'Visit',
  'State Visit',
  'Negotiations',
  // fl19b: "the Geneva International Discussions", a named negotiating format.
  'Discussions',
  'Round',
  'Ceremony',
  'Exercise',
  'Process',
  'State Funeral',
  'Funeral',
  'Inauguration',
  'Retreat',
  'Working Dinner',
  'Telephone Conference',
];

/** Agreement heads ("Joint Declaration", "Free Trade Agreement", "Treaty"). */
export const AGREEMENT_HEADS = [
  'Agreement',
  'Treaty',
  'Declaration',
  'Joint Statement',
  'Memorandum of Understanding',
  'Memorandum of Principles',
  'Memorandum',
  'MoU',
  'MOU',
  'Framework',
  'Convention',
  'Accord',
  'Accords',
  'Protocol',
  'Charter',
  'Consensus',
  'Action Plan',
  'Plan of Action',
  'Arrangement',
  'Arrangements',
  'Communiqué',
  'Communique',
  'Resolution',
  'Deal',
  'Pact',
  'Partnership Agreement',
  'Instrument',
  'Terms of Reference',
  'Implementation Plan',
  'Package of Measures',
  'Framework Decision',
  'Exchange of Letters',
  'Exchange of Notes',
  'Code of Conduct',
  'Negotiating Text',
  // "the Common Understanding that the two sides drew up in exploratory talks" (new9).
  'Common Understanding',
  'Joint Press Statement',
  'Joint Understanding',
];

/**
 * The words of an Agreement's name made of kind and function words alone ("framework agreement", "memorandum of
 * understanding on cooperation"), which name no agreement by themselves (evn29, agreement.generic-complement).
 */
export const AGREEMENT_GENERIC_WORDS = [
  ...['a', 'an', 'the', 'of', 'on', 'for', 'and', 'memorandum', 'memoranda', 'understanding', 'mou', 'agreement'],
  ...['agreements', 'framework', 'treaty', 'accord', 'protocol', 'convention', 'joint', 'declaration', 'statement'],
  ...['communiqué', 'communique', 'cooperation', 'new', 'revised', 'bilateral', 'trilateral', 'draft', 'final'],
  ...['comprehensive', 'general', 'basic', 'partnership', 'arrangement', 'deal'],
];

/**
 * Lowercase heads of an agreement described after a verb of concluding (agr17, agreement.verb-described-object):
 * "signed a framework on …", "agreed on a roadmap for …", "signed the terms of reference of …".
 */
export const AGREEMENT_DESCRIBED_HEADS = [
  'memorandum of understanding',
  'memorandum',
  'agreement',
  'treaty',
  'protocol',
  'framework',
  'roadmap',
  'road map',
  'arrangement',
  'accord',
  'terms of reference',
  'letter of intent',
  'action plan',
  'plan of action',
  'work plan',
  'joint declaration',
  'declaration',
];

/**
 * Combining forms of states' names in compounds (agr17, party-to.combining-form): "Franco-Luxembourg", "Anglo-Irish",
 * "Sino-Japanese".
 */
export const COMBINING_FORMS: Readonly<Record<string, string>> = {
  Sino: 'China',
  Franco: 'France',
  Anglo: 'United Kingdom',
  Italo: 'Italy',
  Russo: 'Russia',
  Indo: 'India',
  Germano: 'Germany',
  Hispano: 'Spain',
  Luso: 'Portugal',
  Greco: 'Greece',
  Turco: 'Türkiye',
  Austro: 'Austria',
  Belgo: 'Belgium',
  Nippo: 'Japan',
  Polono: 'Poland',
};

/** Issuing-government cues in a readout's opening lines (the press office that wrote it). */
export const ISSUER_CUES: [RegExp, string][] = [
  [/\bWhite House\b|\bDepartment of State\b|\bOFFICE OF THE SPOKESPERSON\b|\bMEDIA NOTE\b/i, 'United States'],
  [/Élysée|\bElysee\b/i, 'France'],
  [/\b10 Downing Street\b|\bGOV\.UK\b|\bCabinet Office\b|\bHM Treasury\b/i, 'United Kingdom'],
  // ent23: the sovereign's court as the issuer ("The Royal Household"); not a palace, which guests visit (events-11's
  // "Buckingham Palace" readout of a planned state visit then gave its guests PARTICIPATED_IN).
  [/\bThe Royal Household\b/, 'United Kingdom'],
  // The press office, not the place: "talks at the Kremlin" is no Russian readout.
  [/(?<!\b(?:at|in|to|from|into|inside|outside|near)\s+the\s+)\bKremlin\b/i, 'Russia'],
  // "MOFA" alone is any foreign ministry's ("Canberra (MOFA)" in a Vietnamese readout): Japan's beside Japan.
  [/\bMinistry of Foreign Affairs of Japan\b|\bMOFA\b[\s\S]*\bJapan|\bJapan[\s\S]*\bMOFA\b/, 'Japan'],
  [/\bGovernment\.se\b|\bGovernment Offices of Sweden\b/i, 'Sweden'],
  // Rule issuer.federal-government-own (rol24): the German press office's "Federal Government", capitalised, not
  // another state's ("Ethiopia's federal government", "Somalia's Federal Government", "the Federal Government of Somalia").
  [/\b[Bb]undesregierung\b|\bBUNDESREGIERUNG\b|(?<!['’]s[^\S\n]+)\bFederal Government\b(?![^\S\n]+of\b)/, 'Germany'],
  [/\bMinistry of External Affairs\b|\bRashtrapati\b/, 'India'],
  [
    /\bPrime Minister of Canada\b|\bGlobal Affairs Canada\b|\b\p{Lu}[\p{L}.'-]+, (?:Ontario|Quebec|Québec|British Columbia|Alberta|Nova Scotia|Manitoba|Saskatchewan|New Brunswick)\b/u,
    'Canada',
  ],
  [/\bXinhua\b/i, 'China'],
  [/\bCheong Wa Dae\b|\bOffice of the President\b.*\bKorea\b/i, 'South Korea'],
  [/\bSwiss\b.*\b(FDFA|Confederation)\b|\badmin\.ch\b/i, 'Switzerland'],
  [/\bpm\.gov\.au\b|\bforeignminister\.gov\.au\b|\bdfat\.gov\.au\b|\bAustralian Government\b/i, 'Australia'],
  [/\bbeehive\.govt\.nz\b|\bmfat\.govt\.nz\b|\bNew Zealand Government\b/i, 'New Zealand'],
  [/\bFCDO\b|\bForeign,? Commonwealth (?:&|and) Development Office\b/, 'United Kingdom'],
  [/\bPlanalto\b|\bItamaraty\b|\bgov\.br\b/i, 'Brazil'],
  [/\bUnion Buildings\b|\bDIRCO\b|\bgov\.za\b/i, 'South Africa'],
  [/\bState House,? (?:Nairobi|Kenya)\b|\bgo\.ke\b/i, 'Kenya'],
  // ent23: Malaysia's national palace, "Istana Negara", is no Istana of Singapore; Bernama is Malaysia's news agency.
  [/\bIstana Negara\b|\bBernama\b|\bWisma Putra\b/, 'Malaysia'],
  [/\bIstana\b(?![^\S\n]+Negara)|\bmfa\.gov\.sg\b|\bpmo\.gov\.sg\b/i, 'Singapore'],
  // Seats of government whose press offices sign readouts.
  [/\bLa Moncloa\b/, 'Spain'],
  [/\bPalazzo Chigi\b|\bPresidenza del Consiglio\b/, 'Italy'],
  [/\bCasa Rosada\b/, 'Argentina'],
  [/\bMalaca[ñn]ang\b/, 'Philippines'],
  [/\bKemlu\b|\bMerdeka Palace\b|\bBogor Presidential Palace\b|\bkemlu\.go\.id\b/i, 'Indonesia'],
  // off13: foreign ministries, royal courts and state agencies named without their state.
  [/\bFarnesina\b/, 'Italy'],
  [/\bRoyal Hashemite Court\b/, 'Jordan'],
  [/\bAmiri Diwan\b/, 'Qatar'],
  [/\bIslamic Republic News Agency\b|\bIRNA\b/, 'Iran'],
  [/\bAkorda\b/, 'Kazakhstan'],
];

/** Office titles used by one state only; they identify the issuer when no press-office cue does. */
export const STATE_TITLES: [RegExp, string][] = [
  [/\bFederal Chancellor\b/, 'Germany'],
  [/\b(Rashtrapati|Raksha Mantri|Pradhan Mantri)\b/, 'India'],
  [/\bFederal Councillor\b/, 'Switzerland'],
  [/\bState Councilor\b/, 'China'],
  [/\bTaoiseach\b/, 'Ireland'],
];

/**
 * Leader titles a state's government does not have: presidential republics have no Prime Minister, monarchies no
 * President. A bare "Prime Minister Modi" in a US readout is then not the issuer's.
 */
export const ABSENT_LEADER_TITLES: [RegExp, Set<string>][] = [
  [
    /^Prime Minister$/,
    new Set(
      'United States|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Indonesia|Philippines|Kenya|South Africa|Nigeria|Ghana|Iran|Afghanistan|Switzerland|Cyprus|Ecuador|Venezuela|Uruguay|Paraguay|Bolivia|Maldives|Zimbabwe|Tanzania|Uganda'.split(
        '|',
      ),
    ),
  ],
  [
    /^President$/,
    new Set(
      'United Kingdom|Japan|Canada|Australia|New Zealand|Netherlands|Belgium|Spain|Sweden|Norway|Denmark|Thailand|Malaysia|Luxembourg|Saudi Arabia|Jordan|Morocco|Cambodia|Brunei'.split(
        '|',
      ),
    ),
  ],
];

/** "Former Secretary of State Henry Kissinger" in a Chinese readout is not China's. */
ABSENT_LEADER_TITLES.push([
  /^Secretary of State$/,
  new Set(
    'China|Russia|Japan|India|South Korea|Australia|New Zealand|Indonesia|Singapore|Turkey|Iran|Israel|South Africa|Kenya|Brazil|Vietnam|Malaysia|Philippines|Thailand'.split(
      '|',
    ),
  ),
]);

/**
 * off13: the United States has Secretaries, not Ministers: "First Vice Foreign Minister Park Yoon-joo" in a State
 * Department readout is not the United States' ("Minister-Counsellor", a diplomatic rank, is).
 */
ABSENT_LEADER_TITLES.push([/\bMinister\b(?!-)/, new Set(['United States'])]);

/** Republics have no monarch and no heir: "Crown Prince Hussein" in a US readout is the guest's. */
ABSENT_LEADER_TITLES.push([
  /^(?:King|Queen|Crown Prince|Emir|Sultan)$/,
  new Set(
    'United States|France|Germany|Russia|China|India|South Korea|Brazil|Mexico|Indonesia|Turkey|Italy|South Africa|Kenya|Ukraine|Switzerland|Iran|Israel|Egypt|Argentina|Philippines|Singapore|Vietnam|Poland|Ireland|Finland|Austria|Portugal|Greece|Chile|Colombia|Nigeria|Pakistan'.split(
      '|',
    ),
  ),
]);

/**
 * Titles that only a few states have, with those states: a Governor-General represents the monarch in a Commonwealth
 * realm ("Governor-General David Hurley" in a Vietnamese readout is Australia's).
 */
export const ONLY_LEADER_TITLES: [RegExp, Set<string>][] = [
  // fla10: a King or Queen reigns only in a monarchy (the Commonwealth realms' monarch included): "Custodian of the
  // Two Holy Mosques King Salman" in a Kuwaiti readout is not Kuwait's, whose head of state is its Amir.
  [
    /^(?:King|Queen)$/,
    new Set(
      'United Kingdom|Spain|Netherlands|Belgium|Sweden|Norway|Denmark|Thailand|Cambodia|Saudi Arabia|Jordan|Morocco|Bahrain|Swaziland|Eswatini|Lesotho|Tonga|Bhutan|Malaysia|Australia|Canada|New Zealand|Jamaica|Papua New Guinea|Solomon Islands|Tuvalu|Bahamas|Belize|Antigua and Barbuda|Saint Lucia|Grenada|Saint Kitts and Nevis|Saint Vincent and the Grenadines'.split(
        '|',
      ),
    ),
  ],
  [/^(?:Amir|Emir)$/, new Set(['Kuwait', 'Qatar'])],
  [
    /^Governor[- ]General$/,
    new Set(
      'Australia|Canada|New Zealand|Papua New Guinea|Solomon Islands|Tuvalu|Jamaica|Bahamas|Belize|Antigua and Barbuda|Saint Lucia|Grenada|Saint Kitts and Nevis|Saint Vincent and the Grenadines'.split(
        '|',
      ),
    ),
  ],
];

/** Whether `state` has no office of that title (see ABSENT_LEADER_TITLES and ONLY_LEADER_TITLES). */
export const lacksLeaderTitle = (state: string | undefined, title: string): boolean =>
  !!state &&
  (ABSENT_LEADER_TITLES.some(([re, states]) => re.test(title) && states.has(state)) ||
    ONLY_LEADER_TITLES.some(([re, states]) => re.test(title) && !states.has(state)));

/**
 * Bare titles that only one state or a small set of states use: [title, the states it points to alone, states that
 * also have it]. "Foreign Secretary" in a readout whose issuer is unknown or lacks the post is the UK's; "Premier Li"
 * in a New Zealand readout is China's. Several states to point to (a Chancellor) leave the office's state out.
 */
export const TITLE_HOMES: [RegExp, string[], string[]][] = [
  // rol19: Bhutan's foreign ministry has a Foreign Secretary too.
  [
    /^(?:Foreign|Home) Secretary$/,
    ['United Kingdom'],
    ['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan'],
  ],
  [/^Premier$/, ['China'], ['Canada', 'Australia', 'North Korea', 'Taiwan']],
  [/^(?:Taoiseach|Tánaiste)$/, ['Ireland'], []],
  // ent21: a bare "Minister-President" in a German or Belgian readout is a region's.
  [/^Minister-President$/, ['Netherlands'], ['Germany', 'Belgium']],
  // ent22: a bare "State Counsellor" is Myanmar's (Kazakhstan and Vietnam have theirs).
  [/^State Counsellor$/, ['Myanmar'], ['Kazakhstan', 'Vietnam']],
  // A bare "Chancellor" in a UK readout is the Chancellor of the Exchequer; Switzerland has a Federal Chancellor.
  [/^(?:Federal )?Chancellor$/, ['Germany', 'Austria'], ['Switzerland', 'United Kingdom']],
  // rol17: and its deputies ("Deputy Secretary of State X" in another state's readout).
  [/^(?:Deputy |Under |Assistant )?Secretary of State$/, ['United States'], ['Holy See', 'Vatican City']],
  // off28: the US cabinet's Treasury and Defense secretaries ("Secretary of the Treasury A" in Ukraine's release);
  // fl31a: and their acting holders ("signed for the United States by the Acting Secretary of Homeland Security, X").
  [/^(?:Deputy |Acting )?Secretary of (?:the Treasury|Defense|Homeland Security)$/, ['United States'], []],
  // prc30: India's title for its foreign minister ("External Affairs Minister S. Jaishankar" in Sri Lanka's release).
  [/^External Affairs Minister$/, ['India'], []],
  // prc30: a State Council's member ("State Councilor and Foreign Minister Wang Yi" in Solomon Islands' release).
  [/^State Council(?:l)?or$/, ['China'], []],
  // off31: the one reigning Emperor ("His Majesty Emperor Naruhito" in Mongolia's release).
  [/^Emperor$/, ['Japan'], []],
];

/**
 * ent21 (office.national-title-owner): titles in a state's own words, read as an English office (TITLE_SYNONYMS in
 * titles.ts) that belongs to that state when the title names no owner.
 */
export const NATIONAL_TITLE_STATES: Readonly<Record<string, string>> = {
  Lyonchhen: 'Bhutan',
  'Druk Gyalpo': 'Bhutan',
  // ent22: India's External Affairs Minister by the MEA's acronym.
  EAM: 'India',
  // ent23: a nuncio is the Holy See's ambassador, whatever state he is accredited to.
  'Apostolic Nuncio': 'Vatican City',
  // ent24: the Holy See's foreign minister by his own title, whatever state the readout names beside him.
  'Secretary for Relations with States': 'Vatican City',
  'Secretary for Relations with States and International Organizations': 'Vatican City',
  'Secretary for Relations with States and International Organisations': 'Vatican City',
};

/**
 * The state a bare title points to given the state guessed for it: the guess when it has the title or the title is
 * not in TITLE_HOMES, the title's one home when the guess lacks it or is missing, else null (leave the state out).
 */
export function titleHome(title: string, guess: string | undefined): string | undefined | null {
  const row = TITLE_HOMES.find(([re]) => re.test(title));
  if (!row) return guess;
  const [, homes, also] = row;
  if (guess && (homes.includes(guess) || also.includes(guess))) return guess;
  return homes.length === 1 ? homes[0] : null;
}

/**
 * English given names and their usual short forms (names, not people): "Joe Biden" is "Joseph R. Biden Jr.",
 * "Bill Clinton" is "William J. Clinton". Lower case, accents folded.
 */
const GIVEN_NAME_SHORT_FORMS: Record<string, string[]> = {
  joseph: ['joe'],
  william: ['bill', 'will', 'billy'],
  robert: ['bob', 'rob', 'bobby'],
  richard: ['dick', 'rick'],
  james: ['jim', 'jimmy'],
  michael: ['mike'],
  anthony: ['tony'],
  antony: ['tony'],
  thomas: ['tom'],
  charles: ['charlie', 'chuck'],
  edward: ['ed', 'ted'],
  theodore: ['ted'],
  elizabeth: ['liz', 'beth'],
  katherine: ['kate'],
  catherine: ['kate', 'cathy'],
  margaret: ['maggie', 'meg'],
  benjamin: ['ben'],
  stephen: ['steve'],
  steven: ['steve'],
  daniel: ['dan'],
  david: ['dave'],
  christopher: ['chris'],
  nicholas: ['nick'],
  alexander: ['alex'],
  vladimir: ['vlad'],
  samuel: ['sam'],
  andrew: ['andy'],
  kenneth: ['ken'],
  lawrence: ['larry'],
  ronald: ['ron'],
  donald: ['don'],
  gerald: ['jerry'],
  frederick: ['fred'],
  patrick: ['pat'],
  timothy: ['tim'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  matthew: ['matt'],
  peter: ['pete'],
  philip: ['phil'],
  raymond: ['ray'],
  susan: ['sue'],
  rebecca: ['becky'],
  jennifer: ['jen'],
};

/** Whether two lower-case given names are one name, or a name and its short form ("joseph", "joe"). */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || !!GIVEN_NAME_SHORT_FORMS[a]?.includes(b) || !!GIVEN_NAME_SHORT_FORMS[b]?.includes(a);
}

/**
 * Head nouns of incidents: happenings that have actors, targets and affected parties (INVOLVES) rather than
 * participants. The one list of them: the incident finder, incident kinds and the relation rules all read it.
 */
export const INCIDENT_NOUNS = [
  'seizure',
  'attack',
  'attacks',
  'cyberattack',
  'cyberattacks',
  'cyber-attack',
  'shelling',
  'strike',
  'strikes',
  'bombing',
  'launch',
  'launches',
  'coup',
  'crisis',
  'conflict',
  'incident',
  // fl23b: "the shooting incidents along the common border", "the border incidents of last year".
  'incidents',
  'downing',
  'shooting',
  'crash',
  // fl20b: "the collision of two aircraft at X Airport" (event.incident-collision: not "a collision of interests").
  'collision',
  'poaching',
  'invasion',
  'occupation',
  'detention',
  'withdrawal',
  'release',
  'war',
  'aggression',
  // fl18b: "the Israeli hostilities against Lebanon" (event.incident).
  'hostilities',
  'situation',
  'earthquake',
  'earthquakes',
  'floods',
  'flooding',
  'cyclone',
  'typhoon',
  'hurricane',
  'wildfires',
  'tsunami',
  // fl18a: a drought and a military build-up ("the drought caused by El Niño", "Russia's military build-up near the
  // borders of Ukraine").
  'drought',
  'build-up',
  'buildup',
  'disaster',
  'clashes',
  // fl17c: one clash and raids ("the armed clash of 28 May in the border area", "the raids on Jenin and Nablus").
  'clash',
  'raids',
  // fl22a: riots ("after the riots in Honiara in November 2021").
  'riots',
  'election',
  'elections',
  'pandemic',
  // top9: other words for incidents ("the military takeover in Niger", "Azerbaijan's military offensive in Karabakh",
  // "the explosion at the Port of Beirut", "the referendum held in Venezuela", "the exchange of prisoners between A and B").
  'takeover',
  'offensive',
  'military operation',
  'military operations',
  'explosion',
  'explosions',
  'blast',
  'referendum',
  'exchange of prisoners',
  'prisoner exchange',
  // ev15: "the armed mutiny in Russia in June".
  'mutiny',
  'uprising',
  // top22: "the insurgency in Mozambique's Cabo Delgado province".
  'insurgency',
  'prisoner swap',
  // inc13: more kinds of incident ("the hijacking of the bulk carrier MV X by Somali pirates", "the storming of the
  // Swedish embassy in Baghdad", "the suspected sabotage of the X pipeline", "the Ebola outbreak in Uganda").
  'hijacking',
  'kidnapping',
  'abduction',
  'sabotage',
  'storming',
  'assassination',
  'eruption',
  'landslide',
  'landslides',
  'face-off',
  'exchange of fire',
  // ev24: "the arrest of journalist X by Russian security services", "the ceasefire violations by X forces".
  'arrest',
  'ceasefire violation',
  'ceasefire violations',
  'annexation',
  'blockade',
  'nuclear test',
  'hostage-taking',
  'deportation',
  'outbreak',
  'military drills',
  'naval drills',
  'dispute',
  'controversy',
  // fl14a: "the capture of the city of Goma by the M23" (incidents.ts reads it only with its "of" complement).
  'capture',
  // top15: "the Israeli airstrikes in southern Lebanon", "the killing of two Nepali peacekeepers in the Central African
  // Republic", "the incursion of a surveillance balloon into US airspace".
  // ("air strikes" stays with the participle incidents: "the air strikes carried out by A against B".)
  'airstrike',
  'airstrikes',
  'killing',
  'killings',
  'incursion',
  'incursions',
  // top18: "the siege of El Fasher by the Rapid Support Forces", "the raid on the Mexican embassy in Quito".
  'siege',
  'raid',
  // top23: "the assassination attempt on the Slovak Prime Minister", "the expulsion of the French ambassador from Niger".
  'assassination attempt',
  'expulsion',
  // top23: a mediation or a led process told with its sides ("Türkiye's mediation between Somalia and Ethiopia", "the
  // IGAD-led peace process in South Sudan"): an event of the states and bodies it names (GUIDE, INVOLVES).
  'mediation',
  'peace process',
  // top19: "the rising Israeli-Palestinian violence in the West Bank" (pinned, as every incident, by a name or place).
  'violence',
  // fl19b: fences and barriers set along a line of occupation ("the continuing process of so-called borderisation in the
  // vicinity of two villages").
  'borderisation',
  'borderization',
  // ev21: "the famine in North Darfur", "the bombardment of the Zamzam camp by the RSF", "the escalation in the Red Sea"
  // (only told definitely: rules-ev21-filters.ts), "the military confrontation between India and Pakistan" (only with
  // "military" or "armed": incidents.ts).
  'famine',
  'bombings',
  'bombardment',
  'bombardments',
  'escalation',
  'confrontation',
  // top27: "the exit of A, B and C from X", "the drawdown of ATMIS", "the disengagement of MONUSCO from South Kivu", "the
  // closure of the border between A and B" (only with who leaves or what closes: rules-top27-events.ts).
  'exit',
  'drawdown',
  'disengagement',
  'closure',
  // evk31b (event.incident, more heads): unrest, massacres, genocide, epidemics, protests and repression told with
  // their place, target or date like every incident ("the unrest in New Caledonia that began in May", "the massacres in
  // the prefectures of the north", "the measles epidemic of 2019", "the protests at schools in recent weeks", "the
  // continuing repression of the opposition in Belarus"); bare and generic uses name nothing (the incident pins). Not a
  // singular "massacre": "the victims of the X massacre at a service in the Cathedral" would run into the occasion
  // (bank events-15).
  'unrest',
  'massacres',
  'genocide',
  'epidemic',
  'protests',
  'repression',
];

/**
 * top19 (event.incident): more modifiers an incident's name may carry before its head ("the Sudanese civil war", "the
 * post-election political crisis in Mozambique", "the cholera outbreak in Zambia", "the twelve-day war between A and
 * B"). Not "economic" or "political" first: "They discussed Tunisia's economic crisis" keeps Tunisia as the topic
 * (new-styles.test.ts, the dev gold's habit of DISCUSSED to the state).
 */
export const MORE_INCIDENT_MODIFIERS = [
  'civil',
  'post-election',
  'cholera',
  'measles',
  'mpox',
  'dengue',
  '[a-z]+-day',
  // ev21: "the flash floods that swept through …", "the air strike on the village of X".
  'flash',
  'air',
  // fl23b: "the shooting incidents along the common border" (a bare "shooting" stays "shooting down").
  'shooting',
  'border',
  // top23: "the gang violence in Haiti", "the jihadist violence in the Sahel" (event.incident.kind-of-violence).
  'gang',
  'jihadist',
  'militia',
];

/**
 * ev21 (event.incident-relative-verb): verbs of a relative clause that carries an incident's place or target into its
 * name ("the flash floods that swept through the province of X", "the drone attack that targeted the X oil field in Y",
 * "the terrorist attack which targeted a military post in the X region"), beside "struck", "hit", "devastated",
 * "affected" (incidents.ts).
 */
export const INCIDENT_RELATIVE_VERBS = ['swept through', 'swept across', 'ravaged', 'battered', 'targeted'];

/**
 * event.person-participle (top15): "the killing of two Nepali peacekeepers serving with MINUSCA", "the detention of
 * nationals living in the region": a participle of what people do ends an incident's complement (before its own
 * complement), so the name is not cut inside the participle's clause.
 */
export const PERSON_PARTICIPLES =
  /^(?:serving|living|working|travelling|traveling|staying|residing|operating|studying)$/;

/**
 * What is fired, launched, carried out or taken in an incident told by a participle ("the drones launched by Russia",
 * "the hostages taken by Hamas", "the missile test conducted by the DPRK"), and those participles.
 */
export const PARTICIPLE_INCIDENT_HEADS = [
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'shells',
  'bombs',
  'strikes',
  'airstrikes',
  'attacks',
  'hostages',
  'test',
  'tests',
];
export const INCIDENT_PARTICIPLES = [
  'fired',
  'launched',
  'carried out',
  'conducted',
  'taken',
  'staged',
  'dropped',
  // inc13: "the French hostages held by Hamas since 7 October".
  'held',
  'perpetrated',
];

/** Events besides incidents known by their parties, not their participants ("bilateral exercise", "consultations"). */
export const PARTY_EVENT_NOUNS = ['exercise', 'consultations', 'process'];

/**
 * Combining forms that name the states of a meeting or relationship by themselves ("the Inter-Korean Summit": both
 * Koreas; "intra-Afghan talks": Afghanistan), with the gazetteer's names of those states.
 */
export const STATE_COMBINING_FORMS: readonly (readonly [string, readonly string[]])[] = [
  ['inter-Korean', ['North Korea', 'South Korea']],
  ['cross-Strait', ['China', 'Taiwan']],
  ['intra-Afghan', ['Afghanistan']],
  ['intra-Syrian', ['Syria']],
  ['intra-Libyan', ['Libya']],
  ['intra-Yemeni', ['Yemen']],
  ['intra-Sudanese', ['Sudan']],
  ['intra-Palestinian', ['Palestine']],
  ['inter-Cypriot', ['Cyprus']],
];

/** Nouns of what a state does as an actor beside its incidents ("North Korea's missile tests", "Russia's build-up"). */
export const ACTOR_NOUNS = [
  'test',
  'tests',
  'testing',
  'annexation',
  'provocation',
  'provocations',
  'actions',
  'activities',
  'build-up',
  'buildup',
  'deployment',
  'incursion',
  'incursions',
  'violation',
  'violations',
  'threat',
  'threats',
  'shelling',
  'nuclear',
  'missile',
  'missiles',
];

/**
 * The nouns of a host gathering's frame ("on the sidelines of", "in the margins of", "on the side-lines of", "on the
 * fringe of", "on the occasion of"): British, American and hyphenated spellings, singular and plural.
 */
export const FRAME_NOUNS = [
  'sidelines',
  'sideline',
  'side-lines',
  'side-line',
  'side lines',
  'margins',
  'margin',
  'fringes',
  'fringe',
  'occasion',
];
/** FRAME_NOUNS as a regex alternation (longest first, spaces as any run of blanks). */
export const FRAME_NOUN = `(?:${[...FRAME_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|')})`;

/**
 * ev18: common Chinese family names in pinyin, written first ("Xi Jinping", "Li Qiang", "Qin Gang"): a name element
 * gazetteer (rule event.pair-pinyin-family-name), no list of people.
 */
export const PINYIN_FAMILY_NAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang ' +
    'Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qin Xi ' +
    'Wen Jia Fu Kong Bai Meng Qian Ouyang Zhai Hou Yin Dai Lai Tan Mao Qiu Gu Hao Jin Kang Lei Mo Qi Shi Wan Xing'
  ).split(' '),
);

/** Words that tell a meeting or visit still to come ("will hold", "the upcoming summit", "agreed to convene"). */
export const PLANNED_CUES = [
  'will',
  'would',
  'shall',
  'to be held',
  'planned',
  'plan to',
  'scheduled',
  'upcoming',
  'coming',
  'forthcoming',
  'next',
  'agreed to hold',
  'agreed to launch',
  'agreed to establish',
  'agreed to set up',
  'agreed to create',
  'agreed to convene',
  'agreed to resume',
  'agreed to sign',
  'to be signed',
  'hope',
  'prior to',
  'early in the new year',
  'intend',
  'is due to',
  'are due to',
  'to take place',
  'look forward',
  'looks forward to',
  'looking forward to',
  'preparations for',
  'preparation for',
  'preparing for',
  'is expected to',
  'are expected to',
  // ev15: "The two leaders expect to meet again on the margins of the G20 summit", "agreed to work toward holding a
  // trilateral summit in Seoul".
  'expect to',
  'expects to',
  'work toward',
  'work towards',
  'working toward',
  'working towards',
  // ev18: "The COP28 summit, expected to be attended by A and B, opens on Thursday".
  'expected to be attended',
];

/**
 * Bare titles an organisation gives its own officers: in a readout the organisation issues, "Secretary General X"
 * and "the President, Y" hold that organisation's office when nothing else names an owner.
 * off13: with a remit too ("the Commissioner for Trade and Economic Security" in a Commission readout).
 */
export const ORGANISATION_OWN_TITLES =
  /^(?:(?:Deputy|Assistant|Under-|Executive)\s*)?(?:Secretary[- ]General|Director[- ]General|President|Vice[- ]President|Chair|Chairperson|Chairman|Chairwoman|Commissioner|High Representative|Special Representative|Special Envoy|Spokesperson|Executive Secretary|Registrar)(?:\s+(?:for|on)\s+\p{Lu}.*)?$/u;

/** The month names of English dates. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The days of the week. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Rule person.not-a-place (fl15b): the last words of the name of a place or building ("Urugwiro Village", "Hyderabad
 * House", "Chinggis Square"), never of a person's name; surnames that are also such words (Hall, Park) are left out.
 */
export const PLACE_NAME_HEADS: readonly string[] = [
  'Village',
  'Palace',
  'House',
  'Square',
  'Airport',
  'Memorial',
  'Avenue',
  'District',
  'Province',
  'Region',
  'Complex',
  'Building',
  'Stadium',
  'Castle',
  'Château',
  'Centre',
  'Center',
  // fl23b: "the Katuna/Gatuna One Stop Border Post", "the Rafah Crossing".
  'Post',
  'Crossing',
];

/**
 * Rule event.spelled-ordinal-session (fl19a): ordinals written in words beyond "tenth", for "the eighteenth meeting of
 * the Council", "the twenty-first session of the Commission" (the units "first" … "ninth" follow the tens with a
 * hyphen).
 */
export const SPELLED_ORDINALS = {
  teens: [
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ],
  tens: ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'],
  tensBefore: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  units: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'],
} as const;

/**
 * Rule office.acronym-title (rol20): the acronyms UN and EU readouts write for their envoys' titles, as [acronym at the
 * title's start, the title it stands for, the organisation that owns it]: "SRSG X" is the Special Representative of the
 * Secretary-General (the United Nations), "EUSR for the Sahel X" an EU Special Representative.
 */
export const ACRONYM_TITLES: readonly [RegExp, string, string][] = [
  [/^DSRSG\b/, 'Deputy Special Representative of the Secretary-General', 'United Nations'],
  [/^SRSG\b/, 'Special Representative of the Secretary-General', 'United Nations'],
  [/^PESG\b/, 'Personal Envoy of the Secretary-General', 'United Nations'],
  [/^EUSR\b/, 'Special Representative', 'European Union'],
  // ent21: "The OSCE CiO, Foreign Minister X": the Chairperson-in-Office.
  [/^CiO\b/, 'Chairperson-in-Office', 'OSCE'],
];

/**
 * Rule negotiates-for.kingdoms-role (rol20): national news agencies whose names do not name their state, as [the
 * agency in a readout's source, its state]; read only for "the Kingdom's (Sultanate's, country's) delegation" in a
 * readout with no other issuer cue (as a general issuer cue MAP changed a first-look sample's offices, rol19).
 */
export const ISSUER_AGENCIES: readonly [RegExp, string][] = [
  [/\bMaghreb Arabe Presse\b|\bMAP\b/, 'Morocco'],
  [/\bAgence Marocaine de Presse\b/, 'Morocco'],
  [/\bSaudi Press Agency\b|\bSPA\b/, 'Saudi Arabia'],
  [/\bPetra\b/, 'Jordan'],
  [/\bBNA\b/, 'Bahrain'],
  [/\bONA\b/, 'Oman'],
  [/\bWAM\b/, 'United Arab Emirates'],
  [/\bKUNA\b/, 'Kuwait'],
  [/\bQNA\b/, 'Qatar'],
  [/\bTunis Afrique Presse\b|\bTAP\b/, 'Tunisia'],
  [/\bBernama\b/, 'Malaysia'],
  [/\bAntara\b/, 'Indonesia'],
  [/\bKuensel\b|\bBBS\b/, 'Bhutan'],
  // ent25: agencies read as their readouts' issuers too (index.ts's issuer.agency-source); KCNA's name holds "Korean".
  [/\bKorean Central News Agency\b|\bKCNA\b/, 'North Korea'],
  [/\bYonhap\b/, 'South Korea'],
  [/\bArmenpress\b/i, 'Armenia'],
  [/\bAzertac\b/i, 'Azerbaijan'],
  [/\bAnadolu\b/, 'Turkey'],
  [/\bKyodo\b/, 'Japan'],
  [/\bIRNA\b/, 'Iran'],
  [/\bSANA\b|\bSyrian Arab News Agency\b/, 'Syria'],
  [/\bPrensa Latina\b/, 'Cuba'],
  [/\bBelTA\b/, 'Belarus'],
];

/**
 * Rule negotiates-for.rol21-not (rol21): the second demonym of a community's name ("Greek Cypriot", "Turkish Cypriot",
 * "Bosnian Serb", "Kosovo Albanian"): the community is neither state, so its negotiator negotiates for neither.
 */
export const COMMUNITY_DEMONYMS = ['Cypriot', 'Cypriots', 'Serb', 'Serbs', 'Croat', 'Croats', 'Albanian', 'Albanians'];

/**
 * Rules event.main-unnamed-guests and event.met-unnamed-guests (fl21b): heads of a guest phrase that tells whom a
 * person met by what they represent, not by name ("received the Chargé d'Affaires a.i. of X", "met the ambassadors of
 * the member states of Y", "met with Chiefs and traditional leaders of the Z communities"). Lower case; the first
 * letter is read in either case.
 */
export const UNNAMED_GUEST_HEADS = [
  "chargé d'affaires",
  "charge d'affaires",
  'ambassadors',
  'heads of mission',
  'heads of diplomatic missions',
  'heads of delegation',
  'heads of the delegations',
  'members of the diplomatic corps',
  'diplomatic corps',
  'representatives',
  'a delegation',
  'the delegation',
  'delegations',
  'chiefs',
  'traditional leaders',
  'elders',
  'envoys',
  'permanent representatives',
];

/**
 * Sub-national units (off27, office.subnational): states, provinces, regions and autonomous communities whose heads
 * meet foreign leaders, each with the state or states it lies in (a name two states share, "Punjab", lists both; the
 * text's or the issuer's state decides). Cities are in cities.ts; a unit named like its capital city is left out
 * ("Madrid", "Berlin"), as are names shared with a state ("Georgia") or ordinary words.
 */
export const SUBNATIONAL_UNITS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    [
      'Alabama',
      'Alaska',
      'Arizona',
      'Arkansas',
      'California',
      'Colorado',
      'Connecticut',
      'Delaware',
      'Florida',
      'Hawaii',
      'Idaho',
      'Illinois',
      'Indiana',
      'Iowa',
      'Kansas',
      'Kentucky',
      'Louisiana',
      'Maine',
      'Maryland',
      'Massachusetts',
      'Michigan',
      'Minnesota',
      'Mississippi',
      'Missouri',
      'Montana',
      'Nebraska',
      'Nevada',
      'New Hampshire',
      'New Jersey',
      'New Mexico',
      'New York State',
      'North Carolina',
      'North Dakota',
      'Ohio',
      'Oklahoma',
      'Oregon',
      'Pennsylvania',
      'Rhode Island',
      'South Carolina',
      'South Dakota',
      'Tennessee',
      'Texas',
      'Utah',
      'Vermont',
      'Virginia',
      'Washington State',
      'West Virginia',
      'Wisconsin',
      'Wyoming',
      'Puerto Rico',
    ].map((n) => [n, ['United States']]),
  ),
  ...Object.fromEntries(
    [
      'Ontario',
      'Quebec',
      'Québec',
      'British Columbia',
      'Alberta',
      'Manitoba',
      'Saskatchewan',
      'Nova Scotia',
      'New Brunswick',
      'Newfoundland and Labrador',
      'Prince Edward Island',
      'Yukon',
      'Nunavut',
      'Northwest Territories',
    ].map((n) => [n, ['Canada']]),
  ),
  ...Object.fromEntries(
    [
      'New South Wales',
      'Queensland',
      'South Australia',
      'Western Australia',
      'Tasmania',
      'Northern Territory',
      'Australian Capital Territory',
    ].map((n) => [n, ['Australia']]),
  ),
  ...Object.fromEntries(
    [
      'Abia State',
      'Adamawa State',
      'Akwa Ibom State',
      'Anambra State',
      'Bauchi State',
      'Bayelsa State',
      'Benue State',
      'Borno State',
      'Cross River State',
      'Delta State',
      'Ebonyi State',
      'Edo State',
      'Ekiti State',
      'Enugu State',
      'Gombe State',
      'Imo State',
      'Jigawa State',
      'Kaduna State',
      'Kano State',
      'Katsina State',
      'Kebbi State',
      'Kogi State',
      'Kwara State',
      'Lagos State',
      'Nasarawa State',
      'Niger State',
      'Ogun State',
      'Ondo State',
      'Osun State',
      'Oyo State',
      'Plateau State',
      'Rivers State',
      'Sokoto State',
      'Taraba State',
      'Yobe State',
      'Zamfara State',
    ].map((n) => [n, ['Nigeria']]),
  ),
  ...Object.fromEntries(
    [
      'Andhra Pradesh',
      'Arunachal Pradesh',
      'Assam',
      'Bihar',
      'Chhattisgarh',
      'Goa',
      'Gujarat',
      'Haryana',
      'Himachal Pradesh',
      'Jharkhand',
      'Karnataka',
      'Kerala',
      'Madhya Pradesh',
      'Maharashtra',
      'Manipur',
      'Meghalaya',
      'Mizoram',
      'Nagaland',
      'Odisha',
      'Rajasthan',
      'Sikkim',
      'Tamil Nadu',
      'Telangana',
      'Tripura',
      'Uttar Pradesh',
      'Uttarakhand',
      'West Bengal',
      'Jammu and Kashmir',
    ].map((n) => [n, ['India']]),
  ),
  Punjab: ['Pakistan', 'India'],
  ...Object.fromEntries(
    ['Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Gilgit-Baltistan'].map((n) => [n, ['Pakistan']]),
  ),
  ...Object.fromEntries(
    [
      'Guangdong',
      'Fujian',
      'Zhejiang',
      'Jiangsu',
      'Shandong',
      'Sichuan',
      'Yunnan',
      'Hainan',
      'Hubei',
      'Hunan',
      'Henan',
      'Hebei',
      'Shaanxi',
      'Anhui',
      'Jiangxi',
      'Liaoning',
      'Jilin',
      'Heilongjiang',
      'Guizhou',
      'Gansu',
      'Qinghai',
      'Guangxi',
      'Hong Kong',
      'Macao',
    ].map((n) => [n, ['China']]),
  ),
  ...Object.fromEntries(
    [
      'Bavaria',
      'Baden-Württemberg',
      'Saxony',
      'Hesse',
      'Lower Saxony',
      'North Rhine-Westphalia',
      'Rhineland-Palatinate',
      'Saarland',
      'Schleswig-Holstein',
      'Thuringia',
      'Brandenburg',
      'Mecklenburg-Western Pomerania',
      'Saxony-Anhalt',
    ].map((n) => [n, ['Germany']]),
  ),
  ...Object.fromEntries(
    [
      'Catalonia',
      'Andalusia',
      'Basque Country',
      'Galicia',
      'Valencian Community',
      'Canary Islands',
      'Balearic Islands',
      'Aragon',
      'Navarre',
      'Castile and León',
      'Castilla-La Mancha',
      'Extremadura',
      'Asturias',
      'Cantabria',
      'Murcia',
    ].map((n) => [n, ['Spain']]),
  ),
  Madeira: ['Portugal'],
  Azores: ['Portugal'],
  Scotland: ['United Kingdom'],
  Wales: ['United Kingdom'],
  'Northern Ireland': ['United Kingdom'],
  Flanders: ['Belgium'],
  Wallonia: ['Belgium'],
  ...Object.fromEntries(
    ['Sicily', 'Sardinia', 'Lombardy', 'Veneto', 'Piedmont', 'Tuscany', 'Campania', 'Apulia', 'Emilia-Romagna'].map(
      (n) => [n, ['Italy']],
    ),
  ),
  ...Object.fromEntries(['Hokkaido', 'Okinawa', 'Osaka Prefecture'].map((n) => [n, ['Japan']])),
  ...Object.fromEntries(
    ['Minas Gerais', 'Rio Grande do Sul', 'Bahia', 'Amazonas', 'Pará', 'Paraná', 'Pernambuco'].map((n) => [
      n,
      ['Brazil'],
    ]),
  ),
  ...Object.fromEntries(['Sabah', 'Sarawak', 'Johor', 'Penang', 'Selangor'].map((n) => [n, ['Malaysia']])),
  ...Object.fromEntries(['Aceh', 'West Java', 'Central Java', 'East Java', 'Bali'].map((n) => [n, ['Indonesia']])),
  ...Object.fromEntries(['Tigray', 'Amhara', 'Oromia'].map((n) => [n, ['Ethiopia']])),
  ...Object.fromEntries(['Puntland', 'Jubaland'].map((n) => [n, ['Somalia']])),
  ...Object.fromEntries(['Tatarstan', 'Chechnya'].map((n) => [n, ['Russia']])),
  ...Object.fromEntries(['Nuevo León', 'Jalisco', 'Chihuahua', 'Baja California'].map((n) => [n, ['Mexico']])),
};

/**
 * The heads of sub-national units (office.subnational): "Governor of Lagos State", "Premier of Quebec", "Chief Minister
 * of Punjab", "First Minister of Scotland", "President of the Regional Government of Madeira".
 */
export const SUBNATIONAL_HEADS = [
  'Governor',
  'Deputy Governor',
  'Lieutenant Governor',
  'Premier',
  'Chief Minister',
  'First Minister',
  'Deputy First Minister',
  'Minister-President',
  'Chief Executive',
  'President of the Regional Government',
  'President of the Government',
  'President of the Generalitat',
  'President of the Region',
  'Regional President',
];

/**
 * Evaluative adjectives a press office puts before an agreement ("the historic maritime boundary treaty", "a landmark
 * deal"): praise, no part of the agreement's name (rule agreement.no-praise-adjective, rules-fl28b.ts).
 */
export const PRAISE_ADJECTIVES = ['historic', 'historical', 'landmark', 'milestone', 'momentous', 'groundbreaking'];

/**
 * Capitalised plural nouns that open the name of a body or a rank and are never a person's one-word name ("the
 * Authority of ECOWAS Heads of State", "the National People's Assembly"; rule person.not-common-plural, rules-fl28b.ts).
 */
export const COMMON_PLURAL_NOUNS = [
  'People',
  'Peoples',
  'Heads',
  'States',
  'Nations',
  'Parties',
  'Members',
  'Ministers',
];

/**
 * Present-tense verbs of a news headline that follow its subject ("ECOWAS presidential mission adopts six-point
 * roadmap", "Summit closes with a declaration"; rule event.main-title-verb-cut, rules-fl28b.ts).
 */
export const HEADLINE_PRESENT_VERBS = [
  'adopts',
  'agrees',
  'approves',
  'begins',
  'calls',
  'closes',
  'concludes',
  'ends',
  'endorses',
  'opens',
  'produces',
  'reaches',
  'reviews',
  'signs',
  'starts',
  'urges',
  'wraps',
  'yields',
];

/**
 * Past participles that close a described agreement's subject when it is followed by its author or occasion ("the
 * roadmap for the resolution of the crisis proposed by the mission"; rule agreement.participle-end, rules-fl28b.ts).
 */
export const AGREEMENT_CLOSING_PARTICIPLES = [
  'proposed',
  'prepared',
  'presented',
  'drafted',
  'submitted',
  'endorsed',
  'approved',
  'negotiated',
  'ratified',
  'mediated',
  'facilitated',
];

/**
 * Head words of a state's own organs ("the Albanian Council of Ministers", "the Italian Government"): an organisation
 * named so stands for its state as a side (rule negotiates-for.behalf-longest-side, rules-fl31b.ts).
 */
export const STATE_ORGAN_HEADS = [
  'Government',
  'Council of Ministers',
  'Cabinet',
  'Presidency',
  'Executive',
  'Administration',
  'Parliament',
  'Ministry',
  'National Assembly',
  'Armed Forces',
];
