// The fourth agreements bank (issue 6, round agr24): a blind bank written before any rule change of the round, on
// who is party to an agreement, at which event it was concluded, what it builds on, and what is no agreement at all,
// in house styles the first three agreements banks (bank-agreements.ts, agr13; bank-agreements-2.ts, agr17;
// bank-agreements-3.ts, agr20) did not use (Colombian, Armenian, Chilean, Indonesian, Bangladeshi, Azerbaijani,
// Moldovan, Brazilian, Uruguayan, Nepalese, Portuguese, Cameroonian, German, Thai, Malaysian, Slovenian, Swiss,
// Danish and Icelandic ministries and presidencies; the AU, IGAD, EFTA, ASEAN, the European Commission; QNA, Yonhap,
// Kyodo, dpa, EFE, Bernama). Parties: governments and armed groups or movements (ELN, TPLF, AFC/M23, SPLM-IO, the
// Karen National Union, the Arakan Army, Hamas), signatories named "for" a side (the side, never the person, is party),
// witnesses, guarantors, mediators and hosts (no parties), ministries signing for their states, blocs and
// associations as the side. REACHED_AT: rounds, calls, retreats, sidelines, signing ceremonies, the end of a state
// visit, a summit of a group recalled; and its negatives: a signing planned at a coming event ("are to sign at", "are
// expected to conclude when", "will sign at"), a ceremony postponed, business deals signed at a forum. BASED_ON:
// "builds on", "an Additional Protocol to", "to operationalise", "under the umbrella of", "building upon", "in
// application of", and none for a court judgment. Precision: "agreement on the timetable", "agreed to meet", "the
// Council's agreement to open negotiations", "diplomatic protocol", a unilateral ceasefire and a decree, names of
// organisations holding "Treaty". Its area: Agreements, PARTY_TO, REACHED_AT, BASED_ON, and DISCUSSED whose target
// is an Agreement. Run: `npm run bank -- agreements-4`.
import {
  A,
  type BankCase,
  E,
  O,
  P,
  S,
  partyRels as party,
  reachedAtRel as at,
  basedOnRel as basis,
  discussedRels as disc,
} from './bank-events.ts';

/** The relation types of this bank's area; DISCUSSED only towards an Agreement. */
export const BANK_EVENT_RELATIONS = ['PARTY_TO', 'REACHED_AT', 'BASED_ON', 'DISCUSSED>Agreement'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Agreement'];

const PARTIES: BankCase[] = [
  {
    id: 'government-and-armed-group-at-close-of-round',
    form: '"The delegations of the Government of A and the X (ELN) signed the Agreement on … at the close of the sixth round of talks in City" (an armed group as party; REACHED_AT the round; heads of delegation no parties)',
    date: '2024-05-25',
    source: 'Office of the High Commissioner for Peace, Colombia',
    text:
      'Caracas, 25 May 2024. The delegations of the Government of Colombia and the National Liberation Army (ELN) signed the Agreement on the Participation of Society in Peace Building at the close of the sixth round of talks in Caracas. ' +
      'The agreement was signed by Otty Patiño, head of the government delegation, and by Pablo Beltrán, head of the ELN delegation.',
    entities: [
      P('Otty Patiño'),
      P('Pablo Beltrán'),
      S('Colombia', 'Government of Colombia'),
      S('Venezuela'),
      O('National Liberation Army', 'ELN', 'Ejército de Liberación Nacional'),
      A('Agreement on the Participation of Society in Peace Building', 'agreement'),
      E('sixth round of talks in Caracas', ['sixth round of talks', 'round of talks'], '2024-05-25'),
    ],
    relations: [
      ...party('Agreement on the Participation of Society in Peace Building', 'Colombia', 'National Liberation Army'),
      at('Agreement on the Participation of Society in Peace Building', 'sixth round of talks in Caracas'),
    ],
  },
  {
    id: 'signed-for-government-and-front-witnesses-not-parties',
    form: 'AU: "A signed for the Government and B for the TPLF, while the AU High Representative and a representative of IGAD signed as witnesses" (witnesses no parties; REACHED_AT the peace talks)',
    date: '2022-11-02',
    source: 'African Union Commission',
    text:
      'Pretoria, 2 November 2022: The Government of the Federal Democratic Republic of Ethiopia and the Tigray People’s Liberation Front (TPLF) today signed the Agreement for Lasting Peace through a Permanent Cessation of Hostilities at the conclusion of the AU-led peace talks in Pretoria. ' +
      'Redwan Hussien signed for the Government and Getachew Reda for the TPLF, while the African Union High Representative for the Horn of Africa and a representative of IGAD signed as witnesses.',
    entities: [
      P('Redwan Hussien'),
      P('Getachew Reda'),
      S(
        'Ethiopia',
        'Government of the Federal Democratic Republic of Ethiopia',
        'Federal Democratic Republic of Ethiopia',
      ),
      S('South Africa'),
      O('Tigray People’s Liberation Front', 'TPLF'),
      O('African Union', 'AU'),
      O('Intergovernmental Authority on Development', 'IGAD'),
      A(
        'Agreement for Lasting Peace through a Permanent Cessation of Hostilities',
        'Permanent Cessation of Hostilities',
        'Pretoria Agreement',
      ),
      E(
        'AU-led peace talks in Pretoria',
        ['peace talks in Pretoria', 'peace talks', 'AU-led peace talks'],
        '2022-11-02',
      ),
    ],
    relations: [
      ...party(
        'Agreement for Lasting Peace through a Permanent Cessation of Hostilities',
        'Ethiopia',
        'Tigray People’s Liberation Front',
      ),
      at('Agreement for Lasting Peace through a Permanent Cessation of Hostilities', 'AU-led peace talks in Pretoria'),
    ],
  },
  {
    id: 'state-and-rebel-alliance-mediator-did-not-sign',
    form: 'wire: "A and the rebel alliance X signed a Declaration of Principles in City …; Qatar, the mediator, is not a signatory" (a movement as party; the mediator no party; place alone, no REACHED_AT)',
    date: '2025-07-19',
    source: 'Qatar News Agency',
    text:
      'Doha, July 19 (QNA) - The Democratic Republic of the Congo and the Congo River Alliance/March 23 Movement (AFC/M23) signed a Declaration of Principles in Doha on Saturday in the presence of Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi. ' +
      'Qatar, which mediated between the two sides, is not a signatory to the declaration.',
    entities: [
      P('Mohammed bin Abdulaziz Al Khulaifi', 'Dr. Mohammed bin Abdulaziz Al Khulaifi'),
      S('Democratic Republic of the Congo', 'DRC'),
      S('Qatar'),
      O('AFC/M23', 'Congo River Alliance/March 23 Movement', 'M23', 'March 23 Movement'),
      A('Declaration of Principles', 'declaration'),
    ],
    relations: [...party('Declaration of Principles', 'Democratic Republic of the Congo', 'AFC/M23')],
  },
  {
    id: 'initialled-by-ministers-for-each-state-at-trilateral-summit',
    form: 'Armenia: "initialled at the trilateral summit at the White House by the foreign ministers, A for Armenia and B for Azerbaijan, in the presence of President C" (the host present, no party; REACHED_AT the summit)',
    date: '2025-08-08',
    source: 'Ministry of Foreign Affairs of the Republic of Armenia',
    text:
      'The text of the Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan was initialled on 8 August at the trilateral summit at the White House. ' +
      'It was initialled by the foreign ministers, Ararat Mirzoyan for Armenia and Jeyhun Bayramov for Azerbaijan, in the presence of President of the United States Donald Trump.',
    entities: [
      P('Ararat Mirzoyan'),
      P('Jeyhun Bayramov'),
      P('Donald Trump', 'President of the United States Donald Trump'),
      S('Armenia', 'Republic of Armenia'),
      S('Azerbaijan', 'Republic of Azerbaijan'),
      S('United States'),
      A(
        'Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan',
        'Agreement on the Establishment of Peace and Interstate Relations',
      ),
      E('trilateral summit at the White House', ['trilateral summit'], '2025-08-08'),
    ],
    relations: [
      ...party(
        'Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan',
        'Armenia',
        'Azerbaijan',
      ),
      at(
        'Agreement on the Establishment of Peace and Interstate Relations between the Republic of Armenia and the Republic of Azerbaijan',
        'trilateral summit at the White House',
      ),
    ],
  },
  {
    id: 'two-agreements-signed-for-union-and-for-state',
    form: 'EU: "the Advanced Framework Agreement and the Interim Trade Agreement were signed in Brussels by A for the Union and by B for Chile" (two agreements; an organisation by "the Union"; place alone)',
    date: '2023-12-13',
    source: 'European Commission',
    text:
      'Brussels, 13 December 2023. The Advanced Framework Agreement and the Interim Trade Agreement between the European Union and Chile were signed in Brussels today. ' +
      'Executive Vice-President Valdis Dombrovskis signed for the Union and Foreign Minister Alberto van Klaveren for Chile.',
    entities: [
      P('Valdis Dombrovskis', 'Executive Vice-President Valdis Dombrovskis'),
      P('Alberto van Klaveren', 'Foreign Minister Alberto van Klaveren'),
      O('European Union', 'EU', 'Union'),
      S('Chile'),
      A('Advanced Framework Agreement', 'EU-Chile Advanced Framework Agreement'),
      A('Interim Trade Agreement', 'EU-Chile Interim Trade Agreement'),
    ],
    relations: [
      ...party('Advanced Framework Agreement', 'European Union', 'Chile'),
      ...party('Interim Trade Agreement', 'European Union', 'Chile'),
    ],
  },
  {
    id: 'host-state-capital-in-place-not-party-recalled',
    form: '"the Juba Peace Agreement, which Sudan’s transitional government signed with the X in Juba in October 2020" (recalled; the host’s capital in the name and place, no party; DISCUSSED)',
    date: '2024-02-14',
    source: 'Ministry of Foreign Affairs and International Cooperation of South Sudan',
    text:
      'Juba – Minister of Foreign Affairs and International Cooperation James Pitia Morgan received the Sudanese envoy, Dafallah Al-Haj Ali, on Wednesday. ' +
      'The two discussed the status of the Juba Peace Agreement, which Sudan’s transitional government signed with the Sudan Revolutionary Front in Juba in October 2020.',
    entities: [
      P('James Pitia Morgan', 'Minister of Foreign Affairs and International Cooperation James Pitia Morgan'),
      P('Dafallah Al-Haj Ali'),
      S('South Sudan'),
      S('Sudan', 'Sudanese'),
      O('Sudan Revolutionary Front', 'SRF'),
      A('Juba Peace Agreement', 'Juba Agreement for Peace in Sudan'),
      E('Morgan-Al-Haj Ali meeting in Juba', ['meeting'], '2024-02-14'),
    ],
    relations: [
      ...party('Juba Peace Agreement', 'Sudan', 'Sudan Revolutionary Front'),
      ...disc('Morgan-Al-Haj Ali meeting in Juba', 'Juba Peace Agreement'),
    ],
  },
  {
    id: 'guarantors-of-ceasefire-not-parties',
    form: '"the Gaza ceasefire agreement between Israel and Hamas, which Egypt, Qatar and the United States guarantee" (guarantors no parties, the readout’s own two states among them; DISCUSSED)',
    date: '2025-02-10',
    source: 'Ministry of Foreign Affairs of the Arab Republic of Egypt',
    text:
      'Foreign Minister Dr. Badr Abdelatty met with United States Secretary of State Marco Rubio in Washington on Monday. ' +
      'The two ministers reviewed the implementation of the Gaza ceasefire agreement between Israel and Hamas, which Egypt, Qatar and the United States guarantee.',
    entities: [
      P('Badr Abdelatty', 'Foreign Minister Dr. Badr Abdelatty', 'Dr. Badr Abdelatty'),
      P('Marco Rubio', 'United States Secretary of State Marco Rubio'),
      S('Egypt'),
      S('United States'),
      S('Israel'),
      S('Qatar'),
      O('Hamas'),
      A('Gaza ceasefire agreement', 'ceasefire agreement', 'Gaza ceasefire'),
      E('Abdelatty-Rubio meeting in Washington', ['meeting'], '2025-02-10'),
    ],
    relations: [
      ...party('Gaza ceasefire agreement', 'Israel', 'Hamas'),
      ...disc('Abdelatty-Rubio meeting in Washington', 'Gaza ceasefire agreement'),
    ],
  },
  {
    id: 'one-of-its-signatories-unnamed-groups',
    form: 'Thai: "the Nationwide Ceasefire Agreement, which the Myanmar government concluded with eight ethnic armed organisations in 2015 … the Karen National Union, one of its signatories" (unnamed groups no entity; "one of its signatories")',
    date: '2024-03-12',
    source: 'Ministry of Foreign Affairs of the Kingdom of Thailand',
    text:
      'Bangkok – Minister of Foreign Affairs Parnpree Bahiddha-nukara met with the ASEAN Special Envoy on Myanmar in Bangkok. ' +
      'They discussed the Nationwide Ceasefire Agreement, which the Myanmar government concluded with eight ethnic armed organisations in 2015, and the position of the Karen National Union, one of its signatories.',
    entities: [
      P('Parnpree Bahiddha-nukara', 'Minister of Foreign Affairs Parnpree Bahiddha-nukara'),
      S('Thailand'),
      S('Myanmar'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      O('Karen National Union', 'KNU'),
      A('Nationwide Ceasefire Agreement', 'NCA'),
      E('Parnpree meeting with the ASEAN Special Envoy in Bangkok', ['meeting'], '2024-03-12'),
    ],
    relations: [
      ...party('Nationwide Ceasefire Agreement', 'Myanmar', 'Karen National Union'),
      ...disc('Parnpree meeting with the ASEAN Special Envoy in Bangkok', 'Nationwide Ceasefire Agreement'),
    ],
  },
  {
    id: 'association-and-bloc-concluded-at-ministerial',
    form: 'Swiss: "the conclusion of negotiations on the free trade agreement between EFTA and Mercosur at the ministerial meeting in City" (two blocs as the sides, the issuer’s state and host no parties; REACHED_AT the ministerial)',
    date: '2025-07-02',
    source: 'Federal Department of Economic Affairs, Education and Research, Switzerland',
    text:
      'Bern, 2 July 2025 – Federal Councillor Guy Parmelin welcomed the conclusion of negotiations on the free trade agreement between EFTA and Mercosur at the ministerial meeting in Rio de Janeiro today. ' +
      'Switzerland chairs the EFTA Ministerial Council this year.',
    entities: [
      P('Guy Parmelin', 'Federal Councillor Guy Parmelin'),
      S('Switzerland'),
      S('Brazil'),
      O('European Free Trade Association', 'EFTA'),
      O('Mercosur', 'MERCOSUR', 'Southern Common Market'),
      A(
        'free trade agreement between EFTA and Mercosur',
        'EFTA-Mercosur free trade agreement',
        'EFTA-Mercosur Free Trade Agreement',
      ),
      E('EFTA-Mercosur ministerial meeting in Rio de Janeiro', ['ministerial meeting'], '2025-07-02'),
    ],
    relations: [
      ...party('free trade agreement between EFTA and Mercosur', 'European Free Trade Association', 'Mercosur'),
      at('free trade agreement between EFTA and Mercosur', 'EFTA-Mercosur ministerial meeting in Rio de Janeiro'),
    ],
  },
  {
    id: 'ministries-sign-states-are-parties-on-margins',
    form: '"The Ministry of National Defence of A and the Ministry of Defence of B signed a memorandum on … on the margins of the meeting of the X Group" (ministries sign, their states are parties; REACHED_AT the meeting)',
    date: '2024-02-14',
    source: 'Ministry of National Defence of the Republic of Poland',
    text:
      'The Ministry of National Defence of Poland and the Ministry of Defence of Ukraine signed a memorandum on the joint production of artillery ammunition on the margins of the meeting of the Ukraine Defence Contact Group in Brussels. ' +
      'Deputy Prime Minister Władysław Kosiniak-Kamysz called the memorandum a step towards a common defence industry.',
    entities: [
      P('Władysław Kosiniak-Kamysz', 'Deputy Prime Minister Władysław Kosiniak-Kamysz'),
      S('Poland'),
      S('Ukraine'),
      A('memorandum on the joint production of artillery ammunition', 'memorandum'),
      E(
        'meeting of the Ukraine Defence Contact Group in Brussels',
        ['Ukraine Defence Contact Group', 'meeting'],
        '2024-02-14',
      ),
    ],
    relations: [
      ...party('memorandum on the joint production of artillery ammunition', 'Poland', 'Ukraine'),
      at(
        'memorandum on the joint production of artillery ammunition',
        'meeting of the Ukraine Defence Contact Group in Brussels',
      ),
    ],
  },
  {
    id: 'revitalised-agreement-movement-host-and-mediator-not-parties',
    form: 'IGAD: "the Revitalised Agreement on …, signed by the Government and the SPLM-IO in Addis Ababa in 2018 under IGAD mediation" (a movement by acronym; the mediator and the host no parties; DISCUSSED)',
    date: '2024-05-20',
    source: 'Intergovernmental Authority on Development',
    text:
      'Djibouti – The IGAD Executive Secretary, Workneh Gebeyehu, received the Minister of Foreign Affairs of South Sudan, Ramadan Mohamed Abdallah Goc. ' +
      'They discussed the extension of the Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan, signed by the Government and the SPLM-IO in Addis Ababa in 2018 under IGAD mediation.',
    entities: [
      P('Workneh Gebeyehu'),
      P('Ramadan Mohamed Abdallah Goc'),
      S('South Sudan', 'Republic of South Sudan'),
      S('Ethiopia'),
      O('Intergovernmental Authority on Development', 'IGAD'),
      O('Sudan People’s Liberation Movement-in-Opposition', 'SPLM-IO', 'SPLM/A-IO'),
      A(
        'Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan',
        'Revitalised Agreement',
        'R-ARCSS',
      ),
      E('Gebeyehu-Goc meeting in Djibouti', ['meeting'], '2024-05-20'),
    ],
    relations: [
      ...party(
        'Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan',
        'South Sudan',
        'Sudan People’s Liberation Movement-in-Opposition',
      ),
      ...disc(
        'Gebeyehu-Goc meeting in Djibouti',
        'Revitalised Agreement on the Resolution of the Conflict in the Republic of South Sudan',
      ),
    ],
  },
  {
    id: 'ceasefire-under-negotiation-with-armed-group-mediator',
    form: 'wire: "talks between the junta and the Arakan Army on a ceasefire, mediated by China" (under negotiation; a state and an armed group; the mediator no party; DISCUSSED from the talks)',
    date: '2025-01-21',
    source: 'Kyodo News',
    text:
      'BANGKOK, Jan. 21 (Kyodo) - Myanmar’s military government and the Arakan Army held a new round of talks in Kunming on Tuesday on a ceasefire in Rakhine State, mediated by China. ' +
      'No agreement was announced.',
    entities: [
      S('Myanmar', 'Myanmar’s military government'),
      S('China'),
      O('Arakan Army'),
      A('ceasefire in Rakhine State', 'ceasefire'),
      E('round of talks in Kunming', ['talks in Kunming', 'round of talks'], '2025-01-21'),
    ],
    relations: [
      ...party('ceasefire in Rakhine State', 'Myanmar', 'Arakan Army'),
      ...disc('round of talks in Kunming', 'ceasefire in Rakhine State'),
    ],
  },
];

const REACHED: BankCase[] = [
  {
    id: 'recalled-signed-by-leaders-at-named-retreat',
    form: 'Indonesia: "the flight information region agreement, which President A and Prime Minister B signed at the Leaders’ Retreat in City in January 2022" (recalled; REACHED_AT an earlier named retreat; bilateral parties from the meeting)',
    date: '2025-03-17',
    source: 'Ministry of Foreign Affairs of the Republic of Indonesia',
    text:
      'Jakarta – Foreign Minister Sugiono received Singapore’s Minister for Foreign Affairs Vivian Balakrishnan on 17 March. ' +
      'The two ministers reviewed the flight information region agreement, which President Joko Widodo and Prime Minister Lee Hsien Loong signed at the Leaders’ Retreat in Bintan in January 2022.',
    entities: [
      P('Sugiono', 'Foreign Minister Sugiono'),
      P('Vivian Balakrishnan'),
      P('Joko Widodo', 'President Joko Widodo'),
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong'),
      S('Indonesia'),
      S('Singapore'),
      A(
        'flight information region agreement',
        'FIR agreement',
        'Agreement on the Realignment of the Flight Information Region',
      ),
      E('Leaders’ Retreat in Bintan', ['Leaders’ Retreat', 'Indonesia-Singapore Leaders’ Retreat'], '2022-01-25'),
      E('Sugiono-Balakrishnan meeting in Jakarta', ['meeting'], '2025-03-17'),
    ],
    relations: [
      ...party('flight information region agreement', 'Indonesia', 'Singapore'),
      at('flight information region agreement', 'Leaders’ Retreat in Bintan'),
      ...disc('Sugiono-Balakrishnan meeting in Jakarta', 'flight information region agreement'),
    ],
  },
  {
    id: 'presidents-are-to-sign-at-coming-cabinet-meeting',
    form: 'Chile: "finalised the text of the Agreement on …, which the presidents of A and B are to sign at the binational cabinet meeting in City in November" (planned signing: no REACHED_AT; DISCUSSED)',
    date: '2025-08-28',
    source: 'Ministerio de Relaciones Exteriores de Chile',
    text:
      'Santiago, 28 August 2025. Foreign Minister Alberto van Klaveren met the Minister of Foreign Affairs of Peru, Elmer Schialer. ' +
      'The ministers finalised the text of the Agreement on Border Integration and Development, which the presidents of Chile and Peru are to sign at the binational cabinet meeting in Lima in November.',
    entities: [
      P('Alberto van Klaveren', 'Foreign Minister Alberto van Klaveren'),
      P('Elmer Schialer'),
      S('Chile'),
      S('Peru'),
      A('Agreement on Border Integration and Development'),
      E('binational cabinet meeting in Lima', ['binational cabinet meeting'], '2025-11'),
      E('van Klaveren-Schialer meeting in Santiago', ['meeting'], '2025-08-28'),
    ],
    relations: [
      ...party('Agreement on Border Integration and Development', 'Chile', 'Peru'),
      ...disc('van Klaveren-Schialer meeting in Santiago', 'Agreement on Border Integration and Development'),
    ],
  },
  {
    id: 'capitals-expected-to-conclude-when-visit',
    form: 'wire: "Seoul and Canberra are expected to conclude a defence industry agreement when President A visits B later this year" (capitals as parties; planned, no REACHED_AT; DISCUSSED from the talks)',
    date: '2025-09-09',
    source: 'Yonhap News Agency',
    text: 'SEOUL, Sept. 9 (Yonhap) -- Seoul and Canberra are expected to conclude a defence industry agreement when President Lee Jae Myung visits Australia later this year, Defence Minister Ahn Gyu-back said after talks with his Australian counterpart Richard Marles on Tuesday.',
    entities: [
      P('Lee Jae Myung', 'President Lee Jae Myung'),
      P('Ahn Gyu-back', 'Defence Minister Ahn Gyu-back'),
      P('Richard Marles'),
      S('South Korea', 'Seoul', 'Republic of Korea'),
      S('Australia', 'Canberra', 'Australian'),
      A('defence industry agreement', 'Korea-Australia defence industry agreement'),
      E('Lee Jae Myung’s visit to Australia', ['visit to Australia', 'visit']),
      E('Ahn-Marles talks', ['talks'], '2025-09-09'),
    ],
    relations: [
      ...party('defence industry agreement', 'South Korea', 'Australia'),
      ...disc('Ahn-Marles talks', 'defence industry agreement'),
    ],
  },
  {
    id: 'signing-ceremony-postponed',
    form: '"The signing of the Memorandum of Understanding on …, planned for the ministers’ meeting on Friday, has been postponed" (no REACHED_AT for a postponed signing, no DISCUSSED from a meeting not held; parties from the title)',
    date: '2024-10-03',
    source: 'Ministry of Foreign Affairs of the Republic of Croatia',
    text:
      'Zagreb – The signing of the Memorandum of Understanding between Croatia and Bosnia and Herzegovina on the Joint Management of the Sava River Basin, planned for the ministers’ meeting in Slavonski Brod on Friday, has been postponed. ' +
      'A new date will be agreed through diplomatic channels.',
    entities: [
      S('Croatia'),
      S('Bosnia and Herzegovina'),
      A(
        'Memorandum of Understanding between Croatia and Bosnia and Herzegovina on the Joint Management of the Sava River Basin',
        'Memorandum of Understanding on the Joint Management of the Sava River Basin',
      ),
      E('ministers’ meeting in Slavonski Brod', ['ministers’ meeting']),
    ],
    relations: [
      ...party(
        'Memorandum of Understanding between Croatia and Bosnia and Herzegovina on the Joint Management of the Sava River Basin',
        'Croatia',
        'Bosnia and Herzegovina',
      ),
    ],
  },
  {
    id: 'text-concluded-at-close-of-numbered-round',
    form: 'EU: "Negotiators of A and B closed the 19th round of negotiations in City by concluding the text of the X Agreement" (REACHED_AT the round; an organisation and a state)',
    date: '2025-06-13',
    source: 'European Commission, Directorate-General for Trade',
    text:
      'Jakarta, 13 June 2025 – Negotiators of the European Union and Indonesia closed the 19th round of negotiations in Jakarta by concluding the text of the Comprehensive Economic Partnership Agreement. ' +
      'Legal scrubbing of the text will follow before the signature.',
    entities: [
      O('European Union', 'EU'),
      S('Indonesia'),
      A(
        'Comprehensive Economic Partnership Agreement',
        'EU-Indonesia Comprehensive Economic Partnership Agreement',
        'CEPA',
      ),
      E('19th round of negotiations in Jakarta', ['19th round of negotiations', 'round of negotiations'], '2025-06-13'),
    ],
    relations: [
      ...party('Comprehensive Economic Partnership Agreement', 'European Union', 'Indonesia'),
      at('Comprehensive Economic Partnership Agreement', '19th round of negotiations in Jakarta'),
    ],
  },
  {
    id: 'statement-issued-at-end-of-earlier-state-visit',
    form: 'Bangladesh: "the Joint Statement issued at the end of Prime Minister A’s state visit to B in June 2024" (recalled; REACHED_AT an earlier visit; parties from the consultations)',
    date: '2024-12-09',
    source: 'Ministry of Foreign Affairs of Bangladesh',
    text:
      'Dhaka, 9 December 2024 – Foreign Secretary Md. Jashim Uddin and Indian Foreign Secretary Vikram Misri held the Foreign Office Consultations between Bangladesh and India in Dhaka today. ' +
      'The two sides reviewed the follow-up of the Joint Statement issued at the end of Prime Minister Sheikh Hasina’s state visit to India in June 2024.',
    entities: [
      P('Md. Jashim Uddin', 'Foreign Secretary Md. Jashim Uddin'),
      P('Vikram Misri', 'Indian Foreign Secretary Vikram Misri'),
      P('Sheikh Hasina', 'Prime Minister Sheikh Hasina'),
      S('Bangladesh'),
      S('India', 'Indian'),
      A('Joint Statement', 'Bangladesh-India Joint Statement'),
      E('Sheikh Hasina’s state visit to India', ['state visit to India', 'state visit'], '2024-06'),
      E('Foreign Office Consultations between Bangladesh and India', ['Foreign Office Consultations'], '2024-12-09'),
    ],
    relations: [
      ...party('Joint Statement', 'Bangladesh', 'India'),
      at('Joint Statement', 'Sheikh Hasina’s state visit to India'),
      ...disc('Foreign Office Consultations between Bangladesh and India', 'Joint Statement'),
    ],
  },
  {
    id: 'ceremony-of-signing-documents-list',
    form: 'Azerbaijan presidency: "Following the talks, a ceremony of signing Azerbaijani-Uzbek documents was held. The Treaty on … and the Agreement on … were signed" (REACHED_AT the signing ceremony; parties by demonyms)',
    date: '2024-08-22',
    source: 'President of the Republic of Azerbaijan',
    text:
      'Tashkent, 22 August 2024. President Ilham Aliyev and President Shavkat Mirziyoyev held talks in an expanded format. ' +
      'Following the talks, a ceremony of signing Azerbaijani-Uzbek documents was held. ' +
      'The Treaty on Allied Relations and the Agreement on Cooperation in the Field of Civil Defence were signed.',
    entities: [
      P('Ilham Aliyev', 'President Ilham Aliyev'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      S('Azerbaijan', 'Azerbaijani'),
      S('Uzbekistan', 'Uzbek'),
      A('Treaty on Allied Relations', 'Azerbaijan-Uzbekistan Treaty on Allied Relations'),
      A('Agreement on Cooperation in the Field of Civil Defence'),
      E('ceremony of signing Azerbaijani-Uzbek documents', ['signing ceremony', 'ceremony'], '2024-08-22'),
      E('Aliyev-Mirziyoyev talks in Tashkent', ['talks in an expanded format', 'talks'], '2024-08-22'),
    ],
    relations: [
      ...party('Treaty on Allied Relations', 'Azerbaijan', 'Uzbekistan'),
      ...party('Agreement on Cooperation in the Field of Civil Defence', 'Azerbaijan', 'Uzbekistan'),
      at('Treaty on Allied Relations', 'ceremony of signing Azerbaijani-Uzbek documents'),
      at('Agreement on Cooperation in the Field of Civil Defence', 'ceremony of signing Azerbaijani-Uzbek documents'),
    ],
  },
  {
    id: 'initialled-at-round-will-sign-later',
    form: 'Moldova: "The text of the Readmission Agreement was initialled during the third round of consultations in City; the ministers will sign it in Brussels next spring" (initialled: REACHED_AT the round; the later signing planned)',
    date: '2024-11-20',
    source: 'Ministry of Foreign Affairs of the Republic of Moldova',
    text:
      'Chișinău – The text of the Readmission Agreement between the Republic of Moldova and Georgia was initialled during the third round of consultations in Chișinău on 20 November. ' +
      'The foreign ministers of the two countries will sign it in Brussels next spring.',
    entities: [
      S('Moldova', 'Republic of Moldova'),
      S('Georgia'),
      A('Readmission Agreement between the Republic of Moldova and Georgia', 'Readmission Agreement'),
      E(
        'third round of consultations in Chișinău',
        ['third round of consultations', 'round of consultations'],
        '2024-11-20',
      ),
    ],
    relations: [
      ...party('Readmission Agreement between the Republic of Moldova and Georgia', 'Moldova', 'Georgia'),
      at(
        'Readmission Agreement between the Republic of Moldova and Georgia',
        'third round of consultations in Chișinău',
      ),
    ],
  },
  {
    id: 'group-declaration-adopted-at-its-summit-recalled',
    form: 'Brazil: "the Kazan Declaration, which the BRICS leaders adopted at their summit in Kazan last October" (a group as party, not the readout’s states; REACHED_AT its earlier summit; DISCUSSED)',
    date: '2025-02-20',
    source: 'Ministério das Relações Exteriores do Brasil',
    text:
      'Brasília – Minister Mauro Vieira received External Affairs Minister S. Jaishankar at the Itamaraty Palace. ' +
      'The ministers discussed the preparations for the Rio de Janeiro summit and the follow-up to the Kazan Declaration, which the BRICS leaders adopted at their summit in Kazan last October.',
    entities: [
      P('Mauro Vieira', 'Minister Mauro Vieira'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Subrahmanyam Jaishankar'),
      S('Brazil'),
      S('India'),
      S('Russia'),
      O('BRICS'),
      A('Kazan Declaration'),
      E('BRICS summit in Kazan', ['summit in Kazan', '16th BRICS Summit'], '2024-10'),
      E('BRICS summit in Rio de Janeiro', ['Rio de Janeiro summit'], '2025-07'),
      E('Vieira-Jaishankar meeting in Brasília', ['meeting'], '2025-02-20'),
    ],
    relations: [
      ...party('Kazan Declaration', 'BRICS'),
      at('Kazan Declaration', 'BRICS summit in Kazan'),
      ...disc('Vieira-Jaishankar meeting in Brasília', 'Kazan Declaration'),
    ],
  },
  {
    id: 'arrangement-agreed-in-phone-call',
    form: 'Norway: "In a telephone call on Tuesday, Prime Minister A and Icelandic Prime Minister B agreed a fisheries arrangement on …" (lowercase; REACHED_AT the call; parties from the leaders)',
    date: '2025-03-11',
    source: 'Office of the Prime Minister of Norway',
    text:
      'Oslo – In a telephone call on Tuesday, Prime Minister Jonas Gahr Støre and Icelandic Prime Minister Kristrún Frostadóttir agreed a fisheries arrangement on the sharing of the mackerel quota for 2025. ' +
      'The arrangement will be reviewed in the autumn.',
    entities: [
      P('Jonas Gahr Støre', 'Prime Minister Jonas Gahr Støre'),
      P('Kristrún Frostadóttir', 'Icelandic Prime Minister Kristrún Frostadóttir'),
      S('Norway'),
      S('Iceland', 'Icelandic'),
      A('fisheries arrangement on the sharing of the mackerel quota for 2025', 'fisheries arrangement', 'arrangement'),
      E('Støre-Frostadóttir telephone call', ['telephone call', 'call'], '2025-03-11'),
    ],
    relations: [
      ...party('fisheries arrangement on the sharing of the mackerel quota for 2025', 'Norway', 'Iceland'),
      at('fisheries arrangement on the sharing of the mackerel quota for 2025', 'Støre-Frostadóttir telephone call'),
    ],
  },
  {
    id: 'signed-on-sidelines-of-general-assembly-session',
    form: 'Uruguay: "On the sidelines of the 80th session of the United Nations General Assembly, the foreign ministers of A and B signed an agreement on …" (lowercase; REACHED_AT the session; the UN no party)',
    date: '2025-09-24',
    source: 'Ministerio de Relaciones Exteriores del Uruguay',
    text:
      'New York, 24 September 2025. On the sidelines of the 80th session of the United Nations General Assembly, the foreign ministers of Uruguay and the United Arab Emirates signed an agreement on the mutual promotion and protection of investments. ' +
      'Minister Mario Lubetkin said the agreement would open new opportunities for Uruguayan exporters.',
    entities: [
      P('Mario Lubetkin', 'Minister Mario Lubetkin'),
      S('Uruguay', 'Uruguayan'),
      S('United Arab Emirates', 'UAE'),
      O('United Nations', 'UN'),
      O('United Nations General Assembly', 'General Assembly'),
      A('agreement on the mutual promotion and protection of investments', 'agreement'),
      E(
        '80th session of the United Nations General Assembly',
        ['80th session of the General Assembly', 'UNGA 80'],
        '2025-09',
      ),
    ],
    relations: [
      ...party('agreement on the mutual promotion and protection of investments', 'Uruguay', 'United Arab Emirates'),
      at(
        'agreement on the mutual promotion and protection of investments',
        '80th session of the United Nations General Assembly',
      ),
    ],
  },
  {
    id: 'past-signed-and-future-will-sign-at-summit',
    form: 'Denmark: "Last year the two countries signed a memorandum on …; in May they will sign an agreement on … at the North Sea Summit in City" (past: recalled, no event; future: planned, no REACHED_AT)',
    date: '2025-02-06',
    source: 'Ministry of Foreign Affairs of Denmark',
    text:
      'Copenhagen – Minister for Foreign Affairs Lars Løkke Rasmussen received German Foreign Minister Annalena Baerbock. ' +
      'Last year the two countries signed a memorandum on green hydrogen; in May they will sign an agreement on offshore wind cooperation at the North Sea Summit in Esbjerg.',
    entities: [
      P('Lars Løkke Rasmussen', 'Minister for Foreign Affairs Lars Løkke Rasmussen'),
      P('Annalena Baerbock', 'German Foreign Minister Annalena Baerbock'),
      S('Denmark'),
      S('Germany', 'German'),
      A('memorandum on green hydrogen'),
      A('agreement on offshore wind cooperation'),
      E('North Sea Summit in Esbjerg', ['North Sea Summit'], '2025-05'),
      E('Rasmussen-Baerbock meeting in Copenhagen', ['meeting'], '2025-02-06'),
    ],
    relations: [
      ...party('memorandum on green hydrogen', 'Denmark', 'Germany'),
      ...party('agreement on offshore wind cooperation', 'Denmark', 'Germany'),
      ...disc(
        'Rasmussen-Baerbock meeting in Copenhagen',
        'memorandum on green hydrogen',
        'agreement on offshore wind cooperation',
      ),
    ],
  },
  {
    id: 'ceasefire-reached-at-talks-hosted-by-third',
    form: 'Malaysia: "the ceasefire between A and B reached at the talks in City hosted by Prime Minister X" (the host no party; REACHED_AT earlier talks; DISCUSSED)',
    date: '2025-08-07',
    source: 'Ministry of Foreign Affairs of Malaysia (Wisma Putra)',
    text:
      'Kuala Lumpur – Foreign Minister Mohamad Hasan met the ASEAN observer team on 7 August. ' +
      'The meeting assessed the ceasefire between Thailand and Cambodia reached at the talks in Putrajaya on 28 July hosted by Prime Minister Anwar Ibrahim.',
    entities: [
      P('Mohamad Hasan', 'Foreign Minister Mohamad Hasan'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      S('Malaysia'),
      S('Thailand'),
      S('Cambodia'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      A('ceasefire between Thailand and Cambodia', 'ceasefire', 'Thailand-Cambodia ceasefire'),
      E('talks in Putrajaya', ['talks'], '2025-07-28'),
      E('Mohamad Hasan meeting with the ASEAN observer team', ['meeting'], '2025-08-07'),
    ],
    relations: [
      ...party('ceasefire between Thailand and Cambodia', 'Thailand', 'Cambodia'),
      at('ceasefire between Thailand and Cambodia', 'talks in Putrajaya'),
      ...disc('Mohamad Hasan meeting with the ASEAN observer team', 'ceasefire between Thailand and Cambodia'),
    ],
  },
];

const BASES: BankCase[] = [
  {
    id: 'new-agreement-builds-on-dated-memorandum',
    form: 'Nepal: "signed an agreement on …, which builds on the 2018 Memorandum of Understanding on …" (builds on: BASED_ON; REACHED_AT the working group meeting; the base recalled with the same parties)',
    date: '2025-04-03',
    source: 'Ministry of Foreign Affairs of Nepal',
    text:
      'Kathmandu – Nepal and Malaysia signed an agreement on the protection of migrant workers during the Joint Working Group meeting in Kathmandu on 3 April. ' +
      'The agreement builds on the 2018 Memorandum of Understanding on the Recruitment, Employment and Repatriation of Workers between the two countries.',
    entities: [
      S('Nepal'),
      S('Malaysia'),
      A('agreement on the protection of migrant workers'),
      A(
        'Memorandum of Understanding on the Recruitment, Employment and Repatriation of Workers',
        '2018 Memorandum of Understanding on the Recruitment, Employment and Repatriation of Workers',
      ),
      E(
        'Joint Working Group meeting in Kathmandu',
        ['Joint Working Group meeting', 'Joint Working Group'],
        '2025-04-03',
      ),
    ],
    relations: [
      ...party('agreement on the protection of migrant workers', 'Nepal', 'Malaysia'),
      ...party(
        'Memorandum of Understanding on the Recruitment, Employment and Repatriation of Workers',
        'Nepal',
        'Malaysia',
      ),
      at('agreement on the protection of migrant workers', 'Joint Working Group meeting in Kathmandu'),
      basis(
        'agreement on the protection of migrant workers',
        'Memorandum of Understanding on the Recruitment, Employment and Repatriation of Workers',
      ),
    ],
  },
  {
    id: 'additional-protocol-to-agreement-during-visit',
    form: 'Portugal: "the ministers signed an Additional Protocol to the Agreement on … during the visit" (an additional protocol to: BASED_ON; REACHED_AT the visit)',
    date: '2024-07-16',
    source: 'Ministério dos Negócios Estrangeiros de Portugal',
    text:
      'Praia – During the official visit of Minister of Foreign Affairs Paulo Rangel to Cabo Verde, the ministers of Portugal and Cabo Verde signed an Additional Protocol to the Agreement on Technical-Military Cooperation. ' +
      'The protocol extends training programmes to the coast guard.',
    entities: [
      P('Paulo Rangel', 'Minister of Foreign Affairs Paulo Rangel'),
      S('Portugal'),
      S('Cabo Verde', 'Cape Verde'),
      A('Additional Protocol to the Agreement on Technical-Military Cooperation', 'Additional Protocol', 'protocol'),
      A('Agreement on Technical-Military Cooperation'),
      E('official visit of Paulo Rangel to Cabo Verde', ['official visit', 'visit'], '2024-07-16'),
    ],
    relations: [
      ...party('Additional Protocol to the Agreement on Technical-Military Cooperation', 'Portugal', 'Cabo Verde'),
      ...party('Agreement on Technical-Military Cooperation', 'Portugal', 'Cabo Verde'),
      at(
        'Additional Protocol to the Agreement on Technical-Military Cooperation',
        'official visit of Paulo Rangel to Cabo Verde',
      ),
      basis(
        'Additional Protocol to the Agreement on Technical-Military Cooperation',
        'Agreement on Technical-Military Cooperation',
      ),
    ],
  },
  {
    id: 'plan-of-action-to-operationalise-joint-declaration',
    form: 'ASEAN: "adopted the Plan of Action 2026-2030 to operationalise the Joint Declaration on the X Strategic Partnership at the Post Ministerial Conference" (to operationalise: BASED_ON; the partnership itself no agreement; REACHED_AT)',
    date: '2025-07-11',
    source: 'ASEAN Secretariat',
    text:
      'Kuala Lumpur, 11 July 2025 – ASEAN and Canada adopted the Plan of Action 2026-2030 to operationalise the Joint Declaration on the ASEAN-Canada Strategic Partnership at the ASEAN-Canada Post Ministerial Conference in Kuala Lumpur. ' +
      'The meeting was co-chaired by Malaysia and Canada.',
    entities: [
      O('Association of Southeast Asian Nations', 'ASEAN'),
      S('Canada'),
      S('Malaysia'),
      A('Plan of Action 2026-2030', 'ASEAN-Canada Plan of Action 2026-2030'),
      A('Joint Declaration on the ASEAN-Canada Strategic Partnership'),
      E(
        'ASEAN-Canada Post Ministerial Conference in Kuala Lumpur',
        ['ASEAN-Canada Post Ministerial Conference', 'meeting'],
        '2025-07-11',
      ),
    ],
    relations: [
      ...party('Plan of Action 2026-2030', 'Association of Southeast Asian Nations', 'Canada'),
      ...party(
        'Joint Declaration on the ASEAN-Canada Strategic Partnership',
        'Association of Southeast Asian Nations',
        'Canada',
      ),
      at('Plan of Action 2026-2030', 'ASEAN-Canada Post Ministerial Conference in Kuala Lumpur'),
      basis('Plan of Action 2026-2030', 'Joint Declaration on the ASEAN-Canada Strategic Partnership'),
    ],
  },
  {
    id: 'no-based-on-for-court-judgment',
    form: 'Cameroon: "the Greentree Agreement, which the two countries signed in 2006 to give effect to the 2002 judgment of the International Court of Justice" (a judgment is no agreement: no BASED_ON; the Court no party; DISCUSSED)',
    date: '2024-06-18',
    source: 'Ministry of External Relations of Cameroon',
    text:
      'Yaoundé – Minister of External Relations Lejeune Mbella Mbella received the High Commissioner of Nigeria on 18 June. ' +
      'They reviewed the work of the Cameroon-Nigeria Mixed Commission under the Greentree Agreement, which the two countries signed in 2006 to give effect to the 2002 judgment of the International Court of Justice.',
    entities: [
      P('Lejeune Mbella Mbella', 'Minister of External Relations Lejeune Mbella Mbella'),
      S('Cameroon'),
      S('Nigeria'),
      O('International Court of Justice', 'ICJ'),
      O('Cameroon-Nigeria Mixed Commission', 'Mixed Commission'),
      A('Greentree Agreement'),
      E('Mbella Mbella meeting with the High Commissioner of Nigeria', ['meeting'], '2024-06-18'),
    ],
    relations: [
      ...party('Greentree Agreement', 'Cameroon', 'Nigeria'),
      ...disc('Mbella Mbella meeting with the High Commissioner of Nigeria', 'Greentree Agreement'),
    ],
  },
  {
    id: 'implementing-agreement-under-umbrella-of-framework',
    form: 'Germany: "signed, under the umbrella of the 2021 Framework Agreement on …, an implementing agreement on …" (under the umbrella of: BASED_ON; REACHED_AT the government negotiations)',
    date: '2024-11-27',
    source: 'Federal Ministry for Economic Cooperation and Development, Germany',
    text: 'Maputo – At the close of the intergovernmental negotiations on development cooperation in Maputo, Germany and Mozambique signed, under the umbrella of the 2021 Framework Agreement on Development Cooperation, an implementing agreement on water supply in Tete province.',
    entities: [
      S('Germany'),
      S('Mozambique'),
      A('Framework Agreement on Development Cooperation', '2021 Framework Agreement on Development Cooperation'),
      A('implementing agreement on water supply in Tete province', 'implementing agreement'),
      E(
        'intergovernmental negotiations on development cooperation in Maputo',
        ['intergovernmental negotiations'],
        '2024-11-27',
      ),
    ],
    relations: [
      ...party('Framework Agreement on Development Cooperation', 'Germany', 'Mozambique'),
      ...party('implementing agreement on water supply in Tete province', 'Germany', 'Mozambique'),
      at(
        'implementing agreement on water supply in Tete province',
        'intergovernmental negotiations on development cooperation in Maputo',
      ),
      basis(
        'implementing agreement on water supply in Tete province',
        'Framework Agreement on Development Cooperation',
      ),
    ],
  },
  {
    id: 'memorandum-building-upon-declaration-adopted-at-summit',
    form: 'Thai: "signed a Memorandum of Understanding on …, building upon the Joint Declaration on … adopted at their summit in City in 2024" (building upon: BASED_ON; the base REACHED_AT an earlier summit; the new one REACHED_AT the talks)',
    date: '2025-05-22',
    source: 'Ministry of Foreign Affairs of the Kingdom of Thailand',
    text: 'Vientiane – Following their talks on 22 May, the Prime Ministers of Thailand and Laos witnessed the signing of a Memorandum of Understanding on Cross-Border Electricity Trade, building upon the Joint Declaration on Enhanced Connectivity adopted at their summit in Bangkok in 2024.',
    entities: [
      S('Thailand'),
      S('Laos', 'Lao PDR'),
      A('Memorandum of Understanding on Cross-Border Electricity Trade'),
      A('Joint Declaration on Enhanced Connectivity'),
      E('Thailand-Laos talks in Vientiane', ['talks'], '2025-05-22'),
      E('Thailand-Laos summit in Bangkok', ['summit in Bangkok'], '2024'),
    ],
    relations: [
      ...party('Memorandum of Understanding on Cross-Border Electricity Trade', 'Thailand', 'Laos'),
      ...party('Joint Declaration on Enhanced Connectivity', 'Thailand', 'Laos'),
      at('Memorandum of Understanding on Cross-Border Electricity Trade', 'Thailand-Laos talks in Vientiane'),
      at('Joint Declaration on Enhanced Connectivity', 'Thailand-Laos summit in Bangkok'),
      basis(
        'Memorandum of Understanding on Cross-Border Electricity Trade',
        'Joint Declaration on Enhanced Connectivity',
      ),
    ],
  },
  {
    id: 'arrangement-in-application-of-article',
    form: 'Slovenia: "the arrangement on joint patrols, adopted in application of Article 7 of the Agreement on Police Cooperation between A and B" (in application of: BASED_ON; lowercase arrangement; REACHED_AT the meeting of the joint commission)',
    date: '2024-05-06',
    source: 'Government of the Republic of Slovenia',
    text:
      'Ljubljana – The interior ministers of Slovenia and Croatia met at the fourth meeting of the Joint Police Commission in Ljubljana. ' +
      'At the meeting they adopted the arrangement on joint patrols in tourist areas, in application of Article 7 of the Agreement on Police Cooperation between Slovenia and Croatia.',
    entities: [
      S('Slovenia'),
      S('Croatia'),
      A('arrangement on joint patrols in tourist areas', 'arrangement on joint patrols'),
      A('Agreement on Police Cooperation between Slovenia and Croatia', 'Agreement on Police Cooperation'),
      E(
        'fourth meeting of the Joint Police Commission in Ljubljana',
        ['fourth meeting of the Joint Police Commission', 'meeting'],
        '2024-05-06',
      ),
    ],
    relations: [
      ...party('arrangement on joint patrols in tourist areas', 'Slovenia', 'Croatia'),
      ...party('Agreement on Police Cooperation between Slovenia and Croatia', 'Slovenia', 'Croatia'),
      at('arrangement on joint patrols in tourist areas', 'fourth meeting of the Joint Police Commission in Ljubljana'),
      basis(
        'arrangement on joint patrols in tourist areas',
        'Agreement on Police Cooperation between Slovenia and Croatia',
      ),
    ],
  },
  {
    id: 'supplementing-protocol-signed-at-joint-committee-recalled-base',
    form: 'Kuwait: "signed a protocol supplementing the 2013 Agreement on … at the joint committee session" (supplementing: BASED_ON; REACHED_AT the session)',
    date: '2025-01-14',
    source: 'Kuwait News Agency (KUNA)',
    text: 'KUWAIT, Jan 14 (KUNA) -- Kuwait and Jordan signed a protocol supplementing the 2013 Agreement on the Avoidance of Double Taxation at the sixth session of the Kuwaiti-Jordanian Joint Committee on Tuesday.',
    entities: [
      S('Kuwait', 'Kuwaiti'),
      S('Jordan', 'Jordanian'),
      A('protocol supplementing the 2013 Agreement on the Avoidance of Double Taxation', 'protocol'),
      A('Agreement on the Avoidance of Double Taxation', '2013 Agreement on the Avoidance of Double Taxation'),
      E(
        'sixth session of the Kuwaiti-Jordanian Joint Committee',
        ['Kuwaiti-Jordanian Joint Committee', 'sixth session'],
        '2025-01-14',
      ),
    ],
    relations: [
      ...party('protocol supplementing the 2013 Agreement on the Avoidance of Double Taxation', 'Kuwait', 'Jordan'),
      ...party('Agreement on the Avoidance of Double Taxation', 'Kuwait', 'Jordan'),
      at(
        'protocol supplementing the 2013 Agreement on the Avoidance of Double Taxation',
        'sixth session of the Kuwaiti-Jordanian Joint Committee',
      ),
      basis(
        'protocol supplementing the 2013 Agreement on the Avoidance of Double Taxation',
        'Agreement on the Avoidance of Double Taxation',
      ),
    ],
  },
];

const PRECISION: BankCase[] = [
  {
    id: 'declared-intention-to-conclude-agreement',
    form: '"declared their intention to conclude an agreement on … by the end of the year" (proposed agreement: Agreement and parties, no REACHED_AT for the meeting)',
    date: '2024-10-08',
    source: 'Federal Foreign Office, Germany',
    text:
      'Berlin – Federal Foreign Minister Annalena Baerbock and Foreign Minister of Moldova Mihai Popșoi met in Berlin on 8 October. ' +
      'The two ministers declared their intention to conclude an agreement on the mutual recognition of driving licences by the end of the year.',
    entities: [
      P('Annalena Baerbock', 'Federal Foreign Minister Annalena Baerbock'),
      P('Mihai Popșoi', 'Foreign Minister of Moldova Mihai Popșoi'),
      S('Germany'),
      S('Moldova'),
      A('agreement on the mutual recognition of driving licences'),
      E('Baerbock-Popșoi meeting in Berlin', ['meeting'], '2024-10-08'),
    ],
    relations: [
      ...party('agreement on the mutual recognition of driving licences', 'Germany', 'Moldova'),
      ...disc('Baerbock-Popșoi meeting in Berlin', 'agreement on the mutual recognition of driving licences'),
    ],
  },
  {
    id: 'negative-agreement-on-timetable-and-agreed-to-meet',
    form: 'negative: "expressed their agreement on the timetable for …", "agreed to meet again in City", "reached an understanding that talks would continue" (consensus and verbs, no agreement)',
    date: '2024-09-17',
    source: 'Agencia EFE',
    text:
      'QUITO, 17 Sep (EFE) - The presidents of Ecuador and Colombia expressed their agreement on the timetable for reopening the border crossings and agreed to meet again in Ipiales in December. ' +
      'They also reached an understanding that technical talks on electricity tariffs would continue.',
    entities: [S('Ecuador'), S('Colombia')],
    relations: [],
  },
  {
    id: 'negative-council-agreement-to-open-negotiations',
    form: 'negative: "welcomed the Council’s agreement to open accession negotiations", "with the consent of both governments" (consent, no instrument)',
    date: '2024-06-26',
    source: 'Government of Montenegro',
    text:
      'Podgorica – Prime Minister Milojko Spajić welcomed the Council’s agreement to open accession negotiations with Ukraine and Moldova. ' +
      'With the consent of both governments, Montenegro will share its experience of the screening process.',
    entities: [
      P('Milojko Spajić', 'Prime Minister Milojko Spajić'),
      S('Montenegro'),
      S('Ukraine'),
      S('Moldova'),
      O('Council of the European Union', 'Council'),
    ],
    relations: [],
  },
  {
    id: 'negative-diplomatic-protocol-and-arrangements-for-visit',
    form: 'negative: "the Chief of Protocol", "in accordance with diplomatic protocol", "the arrangements for the visit" (ceremony and logistics, no agreement)',
    date: '2024-04-22',
    source: 'Ministry of Foreign Affairs of Iceland',
    text:
      'Reykjavík – The Chief of Protocol welcomed the Foreign Minister of Estonia, Margus Tsahkna, at Keflavík Airport in accordance with diplomatic protocol. ' +
      'The two foreign ministries had coordinated the arrangements for the visit over several weeks.',
    entities: [P('Margus Tsahkna'), S('Iceland'), S('Estonia')],
    relations: [],
  },
  {
    id: 'negative-unilateral-ceasefire-and-decree',
    form: 'negative: "announced a unilateral ceasefire", "signed a decree on …" (one side’s acts, no agreement)',
    date: '2025-04-19',
    source: 'Deutsche Presse-Agentur (dpa)',
    text:
      'BERLIN (dpa) - Russia announced a unilateral ceasefire for the Easter holiday on Saturday, and President Vladimir Putin signed a decree on the call-up of reservists. ' +
      'German Foreign Minister Annalena Baerbock called the announcement a public relations move.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin'),
      P('Annalena Baerbock', 'German Foreign Minister Annalena Baerbock'),
      S('Russia'),
      S('Germany', 'German'),
    ],
    relations: [],
  },
  {
    id: 'negative-business-deals-at-forum',
    form: 'negative: "Companies from both countries signed 14 commercial deals worth … at the business forum held alongside the visit" (companies’ deals, no agreement; no REACHED_AT)',
    date: '2024-10-17',
    source: 'Bernama',
    text:
      'KUALA LUMPUR, Oct 17 (Bernama) -- Companies from Malaysia and Türkiye signed 14 commercial deals worth RM5.6 billion at the business forum held alongside the visit of Prime Minister Anwar Ibrahim to Ankara. ' +
      'The deals cover defence, halal food and logistics.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      S('Malaysia'),
      S('Türkiye', 'Turkey'),
      E('business forum', ['business forum held alongside the visit'], '2024-10'),
      E('Anwar Ibrahim’s visit to Ankara', ['visit'], '2024-10'),
    ],
    relations: [],
  },
  {
    id: 'negative-treaty-in-organisation-names',
    form: 'negative: "the Collective Security Treaty Organization", "the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization" ("Treaty" inside organisations’ names, no agreement)',
    date: '2024-07-04',
    source: 'Ministry of Foreign Affairs of the Republic of Armenia',
    text:
      'Yerevan – Foreign Minister Ararat Mirzoyan received the Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization, Robert Floyd. ' +
      'Minister Mirzoyan also briefed him on Armenia’s relations with the Collective Security Treaty Organization.',
    entities: [
      P('Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan', 'Minister Mirzoyan'),
      P('Robert Floyd'),
      S('Armenia'),
      O('Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty Organization', 'CTBTO'),
      O('Collective Security Treaty Organization', 'CSTO'),
      E('Mirzoyan-Floyd meeting in Yerevan', ['meeting'], '2024-07-04'),
    ],
    relations: [],
  },
  {
    id: 'negative-agreed-on-steps-and-joint-commitment-verbs',
    form: 'negative: "the sides agreed on concrete steps to …", "made a joint commitment to …", "signalled readiness to sign" with no instrument named (verb phrases)',
    date: '2025-01-29',
    source: 'Ministry of Foreign Affairs of Georgia',
    text:
      'Tbilisi – Minister of Foreign Affairs Maka Botchorishvili held talks with the Foreign Minister of Lithuania, Kęstutis Budrys. ' +
      'The sides agreed on concrete steps to expand direct flights, made a joint commitment to deepen energy links and signalled their readiness to sign further documents in the future.',
    entities: [
      P('Maka Botchorishvili', 'Minister of Foreign Affairs Maka Botchorishvili'),
      P('Kęstutis Budrys'),
      S('Georgia'),
      S('Lithuania'),
      E('Botchorishvili-Budrys talks in Tbilisi', ['talks'], '2025-01-29'),
    ],
    relations: [],
  },
  {
    id: 'anniversary-reception-not-reached-at',
    form: 'negative BASED_ON and REACHED_AT: "marked the 30th anniversary of the Dayton Peace Agreement at a reception" (the agreement recalled, DISCUSSED; an anniversary event is not where it was reached)',
    date: '2025-11-21',
    source: 'Ministry of Foreign Affairs of Bosnia and Herzegovina',
    text:
      'Sarajevo – Minister of Foreign Affairs Elmedin Konaković hosted a reception marking the 30th anniversary of the Dayton Peace Agreement, which Bosnia and Herzegovina, Croatia and Serbia initialled in Dayton in November 1995. ' +
      'Ambassadors of the Peace Implementation Council attended.',
    entities: [
      P('Elmedin Konaković', 'Minister of Foreign Affairs Elmedin Konaković'),
      S('Bosnia and Herzegovina'),
      S('Croatia'),
      S('Serbia'),
      O('Peace Implementation Council'),
      A('Dayton Peace Agreement', 'General Framework Agreement for Peace in Bosnia and Herzegovina'),
      E('reception marking the 30th anniversary of the Dayton Peace Agreement', ['reception'], '2025-11-21'),
    ],
    relations: [
      ...party('Dayton Peace Agreement', 'Bosnia and Herzegovina', 'Croatia', 'Serbia'),
      ...disc('reception marking the 30th anniversary of the Dayton Peace Agreement', 'Dayton Peace Agreement'),
    ],
  },
  {
    id: 'negative-others-joint-statement-as-example-no-readout-parties',
    form: 'negative PARTY_TO for the readout’s states: "such as the 1992 Joint Declaration on the Denuclearization of the Korean Peninsula between the two Koreas" (others’ agreement; its own parties only)',
    date: '2024-06-04',
    source: 'Ministry of Foreign Affairs of Mongolia',
    text:
      'Ulaanbaatar – Minister for Foreign Affairs Battsetseg Batmunkh met the Foreign Minister of Slovakia, Juraj Blanár. ' +
      'The ministers noted that commitments such as the 1992 Joint Declaration on the Denuclearization of the Korean Peninsula between North Korea and South Korea remain relevant.',
    entities: [
      P('Battsetseg Batmunkh', 'Minister for Foreign Affairs Battsetseg Batmunkh'),
      P('Juraj Blanár'),
      S('Mongolia'),
      S('Slovakia'),
      S('North Korea'),
      S('South Korea'),
      A(
        'Joint Declaration on the Denuclearization of the Korean Peninsula',
        '1992 Joint Declaration on the Denuclearization of the Korean Peninsula',
      ),
      E('Batmunkh-Blanár meeting in Ulaanbaatar', ['meeting'], '2024-06-04'),
    ],
    relations: [
      ...party('Joint Declaration on the Denuclearization of the Korean Peninsula', 'North Korea', 'South Korea'),
      ...disc(
        'Batmunkh-Blanár meeting in Ulaanbaatar',
        'Joint Declaration on the Denuclearization of the Korean Peninsula',
      ),
    ],
  },
];

/** The bank: 40-odd passages on parties, the event an agreement was reached at, bases, and precision. */
export const EVENT_BANK: BankCase[] = [...PARTIES, ...REACHED, ...BASES, ...PRECISION];
