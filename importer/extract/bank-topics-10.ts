// The tenth topics paraphrase bank (issue 6, round top27): a blind bank written before any rule change of the round,
// on DISCUSSED and INVOLVES where the readout names an incident, a conflict, a situation, a process or an issue
// without a kind word of a meeting or an attack, the weakest relation types of the annotated samples. Forms:
// situations named by a place ("the situation in the Sahel", "the situation on the Korean Peninsula", "the crisis in
// the east of the country", "the situation in eastern DRC, where the M23 …", "the security situation in Tripoli",
// with or without the states "in particular in A, B and C"); places standing for a conflict or an agreement ("On
// Gaza, …"); processes and tracks ("the Black Sea Grain Initiative", "the Jeddah track between A and B", "the
// UN-led Doha track on Afghanistan", "the Nairobi and Luanda processes", "the EU-facilitated dialogue with Serbia",
// "the Transnistrian settlement", "the 5+2 format"); issues and files ("the Cyprus issue", "the Palestinian
// question", "the Sudanese file": the state is the subject, no Event); withdrawals, drawdowns, disengagements,
// closures and missions ("the exit of A, B and C from X", "the drawdown of ATMIS", "the disengagement of MONUSCO
// from South Kivu", "the Kenyan-led Multinational Security Support mission", "the closure of the border between A
// and B"); accession negotiations, elections, strikes, incursions, confrontations, a siege and the fall of a city,
// with their parties told by a possessive, an adjective, "by", "to", "between" or "-led"; and negatives (policy
// areas, "regional issues", "the situation in the region", a region as the place of a tour, the denuclearisation of
// a peninsula as a goal, cooperation "in the Indo-Pacific and the Arctic", "the international situation", a body
// named after a region).
// House styles of issuers not used by the topics banks 1–9: the Ministry of Foreign Affairs of Togo, Côte d'Ivoire,
// Kazinform, HINA, the Presidency of the DRC, the UN Special Envoy for the Great Lakes, the Libyan Ministry of Foreign
// Affairs, the Royal Hashemite Court, Belga, Yemen's Ministry of Foreign Affairs, Ukrinform, SUNA, Anadolu, Burundi,
// Kosovo, Armenpress, MINREX Cuba, UNHCR, the Executive Mansion of Liberia, MONUSCO, IGAD, the Prime Minister of
// Haiti, the Presidency of Bosnia and Herzegovina, Azertag, the Gabonese Presidency, El Salvador, Lesotho, the
// Chancellery of Honduras, Interfax-Ukraine, the Ministry of Foreign Affairs of Sudan, Agenzia Nova, the Government
// of Grenada, the Moldovan Bureau for Reintegration, Eritrea's Ministry of Information, the Austrian Federal
// Chancellery, the State House of Uganda.
// Its area is Events, Agreements, DISCUSSED and INVOLVES (`npm run bank -- topics-10`). 44 cases: 8 situations, 2
// places standing for a conflict, 6 processes, 4 issues, 5 withdrawals and missions, 1 accession, 2 strikes and
// incursions, 1 election, 8 more incidents and conflicts, 7 negatives; 212 facts (Event 93, Agreement 3, DISCUSSED
// 56, INVOLVES 60).
// First, blind pass (bank 6d90cf1, rules of main d84283c): 9/44 cases pass, facts found 78/212 (36.8 %), false facts
// 37 (Event 48/93, 8 false; Agreement 1/3, 1 false; DISCUSSED 14/56, 28 false; INVOLVES 15/60, 0 false).
// Corrections after it, to the conventions (the dev gold names a meeting by the text's own word, as topics-8's): five
// meetings the text calls "talks" were named "meeting" (Adom-Touray, Tshisekedi-Prévot, Abdullah II-Christodoulides,
// Conille-Ruto, Grlić Radman-Joly). On the first pass's rules: 10/44, 84/212 (39.6 %), 31 false (Event 53/93, 3
// false; Agreement 1/3, 1 false; DISCUSSED 15/56, 27 false; INVOLVES 15/60, 0 false).
// Second correction (conventions): an undated "(security / humanitarian) situation in|on <a named place>" is no Event
// in the audited samples' gold (17 of 22 such phrases; the state is the subject, a region nothing) nor for the
// extractor (incidents.ts `notAnIncident`); "the situation in eastern DRC" and "the situation at the front" stay
// Events (the samples' "situation in the eastern DRC"). Ten situations removed (the Sahel twice, the Korean Peninsula
// twice, Tripoli, Gaza, the Red Sea, Port-au-Prince, and Haiti, Rakhine State and Somalia now subjects as states):
// 188 facts (Event 82, Agreement 3, DISCUSSED 51, INVOLVES 52). On the first pass's rules: 16/44, 89/188 (47.3 %),
// 26 false (Event 53/82, 3 false; Agreement 1/3, 1 false; DISCUSSED 20/51, 22 false; INVOLVES 15/52, 0 false).
// After the top27 rules (a83ceeb): 19/44, 116/188 (61.7 %), 19 false (Event 60/82, 3 false; Agreement 1/3, 1 false;
// DISCUSSED 27/51, 14 false; INVOLVES 28/52, 1 false).
import { type BankCase, A, dis, E, inv, O, S } from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Event', 'Agreement'];

const SITUATIONS: BankCase[] = [
  {
    id: 'situation-in-the-sahel-region-only',
    form: 'Togo: "discussed the situation in the Sahel" (a region\'s situation: no Event, no subject; corrected)',
    date: '2025-02-12',
    source: 'Ministry of Foreign Affairs, Regional Integration and Togolese Abroad',
    text:
      'Minister of Foreign Affairs Robert Dussey received the Special Representative of the UN Secretary-General for West Africa and the Sahel, Leonardo Santos Simão, in Lomé on 12 February 2025. ' +
      'The two men discussed the situation in the Sahel and the transitions under way in the region.',
    entities: [S('Togo'), O('United Nations', 'UN'), E('Dussey-Simão meeting in Lomé', ['received'], '2025-02-12')],
    relations: [],
  },
  {
    id: 'security-situation-in-the-sahel-in-particular-states',
    form: 'Côte d\'Ivoire: "the security situation in the Sahel, in particular in A, B and C" (the states are subjects; corrected)',
    date: '2025-03-06',
    source: "Ministry of Foreign Affairs of Côte d'Ivoire",
    text:
      'Minister of State, Minister of Foreign Affairs Léon Kacou Adom received the President of the ECOWAS Commission, Omar Alieu Touray, in Abidjan on 6 March 2025. ' +
      'Their talks focused on the security situation in the Sahel, in particular in Mali, Burkina Faso and Niger, and on its spillover towards the coastal states.',
    entities: [
      S("Côte d'Ivoire"),
      S('Mali'),
      S('Burkina Faso'),
      S('Niger'),
      O('Economic Community of West African States', 'ECOWAS'),
      E('Adom-Touray talks in Abidjan', ['received', 'talks'], '2025-03-06'),
    ],
    relations: [...dis('Adom-Touray talks in Abidjan', 'Mali', 'Burkina Faso', 'Niger')],
  },
  {
    id: 'situation-on-the-korean-peninsula',
    form: 'Kazinform: "exchanged views on the situation on the Korean Peninsula" (no Event; corrected)',
    date: '2024-06-12',
    source: 'Kazinform',
    text:
      'ASTANA. KAZINFORM – President Kassym-Jomart Tokayev held talks with President of the Republic of Korea Yoon Suk Yeol at the Akorda on 12 June 2024. ' +
      'The sides also exchanged views on the situation on the Korean Peninsula.',
    entities: [
      S('Kazakhstan'),
      S('South Korea', 'Republic of Korea'),
      E('Tokayev-Yoon talks in Astana', ['talks'], '2024-06-12'),
    ],
    relations: [],
  },
  {
    id: 'korean-peninsula-including-launches-and-aggression',
    form: 'HINA: "the situation on the Korean Peninsula, including North Korea\'s repeated ballistic missile launches, and Russia\'s aggression against Ukraine"',
    date: '2024-05-03',
    source: 'HINA',
    text:
      'ZAGREB, May 3 (Hina) - Croatian Foreign Minister Gordan Grlić Radman met with his Japanese counterpart Yoko Kamikawa in Zagreb on Friday. ' +
      "The two ministers discussed the situation on the Korean Peninsula, including North Korea's repeated ballistic missile launches, as well as Russia's aggression against Ukraine.",
    entities: [
      S('Croatia', 'Croatian'),
      S('Japan', 'Japanese'),
      S('North Korea'),
      S('Russia'),
      S('Ukraine'),
      E('Grlić Radman-Kamikawa meeting in Zagreb', ['met'], '2024-05-03'),
      E('ballistic missile launches', ["North Korea's repeated ballistic missile launches"]),
      E("Russia's aggression against Ukraine", ['Russian aggression against Ukraine']),
    ],
    relations: [
      ...dis(
        'Grlić Radman-Kamikawa meeting in Zagreb',
        'ballistic missile launches',
        "Russia's aggression against Ukraine",
      ),
      ...inv('ballistic missile launches', 'North Korea'),
      ...inv("Russia's aggression against Ukraine", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'crisis-in-the-east-of-the-country',
    form: 'DRC Presidency: "the crisis in the east of the country" (the country is the readout\'s state)',
    date: '2025-03-10',
    source: 'Presidency of the Democratic Republic of the Congo',
    text:
      "Kinshasa, 10 March 2025 – The President of the Democratic Republic of the Congo, Félix Tshisekedi, received the Belgian Minister of Foreign Affairs, Maxime Prévot, at the Cité de l'Union africaine. " +
      'Their talks focused on the crisis in the east of the country and on humanitarian access.',
    entities: [
      S('Democratic Republic of the Congo', 'DRC'),
      S('Belgium', 'Belgian'),
      E('Tshisekedi-Prévot talks in Kinshasa', ['received', 'talks'], '2025-03-10'),
      E('crisis in the east of the Democratic Republic of the Congo', ['crisis in the east of the country']),
    ],
    relations: [
      ...dis('Tshisekedi-Prévot talks in Kinshasa', 'crisis in the east of the Democratic Republic of the Congo'),
      ...inv('crisis in the east of the Democratic Republic of the Congo', 'Democratic Republic of the Congo'),
    ],
  },
  {
    id: 'situation-in-eastern-drc-where-armed-group',
    form: 'UN Envoy: "the situation in eastern DRC, where the M23 continues to advance" (the group is a party)',
    date: '2024-05-14',
    source: 'Office of the Special Envoy of the Secretary-General for the Great Lakes Region',
    text:
      'The Special Envoy of the Secretary-General for the Great Lakes Region, Huang Xia, met President Évariste Ndayishimiye of Burundi in Bujumbura on 14 May 2024. ' +
      'Their discussion centred on the situation in eastern DRC, where the M23 continues to advance, and on regional initiatives for peace.',
    entities: [
      S('Burundi'),
      S('Democratic Republic of the Congo', 'DRC'),
      O('March 23 Movement', 'M23'),
      O('United Nations'),
      E('Huang Xia-Ndayishimiye meeting in Bujumbura', ['met'], '2024-05-14'),
      E('situation in eastern DRC', ['situation in eastern Democratic Republic of the Congo']),
    ],
    relations: [
      ...dis('Huang Xia-Ndayishimiye meeting in Bujumbura', 'situation in eastern DRC'),
      ...inv('situation in eastern DRC', 'Democratic Republic of the Congo', 'March 23 Movement'),
    ],
  },
  {
    id: 'security-situation-in-capital-after-clashes',
    form: 'Libya MFA: "the security situation in Tripoli following the clashes of last week" (the capital\'s state)',
    date: '2025-05-20',
    source: 'Ministry of Foreign Affairs of Libya',
    text:
      'The Libyan Minister of Foreign Affairs, Taher al-Baour, received the Deputy Special Representative of the UN Secretary-General, Stephanie Koury, in Tripoli on 20 May 2025. ' +
      'They discussed the security situation in Tripoli following the armed clashes of last week.',
    entities: [
      S('Libya', 'Libyan'),
      O('United Nations', 'UN'),
      E('Baour-Koury meeting in Tripoli', ['received'], '2025-05-20'),
      E('armed clashes of last week', ['armed clashes', 'clashes in Tripoli']),
    ],
    relations: [
      ...dis('Baour-Koury meeting in Tripoli', 'armed clashes of last week'),
      ...inv('armed clashes of last week', 'Libya'),
    ],
  },
  {
    id: 'humanitarian-situation-in-gaza-and-escalation',
    form: 'Royal Hashemite Court: "the humanitarian situation in Gaza and the escalation in the West Bank" (places, no party)',
    date: '2024-10-15',
    source: 'Royal Hashemite Court',
    text:
      'Amman, 15 October 2024 – His Majesty King Abdullah II received President of Cyprus Nikos Christodoulides at Al Husseiniya Palace. ' +
      'The talks addressed the humanitarian situation in Gaza and the escalation in the West Bank.',
    entities: [
      S('Jordan'),
      S('Cyprus'),
      E('Abdullah II-Christodoulides talks in Amman', ['received', 'talks'], '2024-10-15'),
      E('escalation in the West Bank'),
    ],
    relations: [...dis('Abdullah II-Christodoulides talks in Amman', 'escalation in the West Bank')],
  },
];

const PLACES_FOR_CONFLICTS: BankCase[] = [
  {
    id: 'on-gaza-the-ceasefire-agreement',
    form: 'Belga: "On Gaza, the two ministers called for the full implementation of the ceasefire agreement" (an agreement)',
    date: '2025-02-04',
    source: 'Belga',
    text:
      'BRUSSELS (Belga) - Foreign Minister Maxime Prévot met Egyptian Foreign Minister Badr Abdelatty in Brussels on Tuesday. ' +
      'On Gaza, the two ministers called for the full implementation of the ceasefire agreement.',
    entities: [
      S('Belgium'),
      S('Egypt', 'Egyptian'),
      E('Prévot-Abdelatty meeting in Brussels', ['met'], '2025-02-04'),
      A('Gaza ceasefire agreement', 'ceasefire agreement', 'ceasefire in Gaza'),
    ],
    relations: [...dis('Prévot-Abdelatty meeting in Brussels', 'Gaza ceasefire agreement')],
  },
  {
    id: 'situation-in-red-sea-and-houthi-attacks',
    form: 'Yemen MFA: "the situation in the Red Sea and the Houthi attacks on merchant ships" (the militia is the actor)',
    date: '2025-03-03',
    source: 'Ministry of Foreign Affairs and Expatriates of Yemen',
    text:
      'Minister of Foreign Affairs and Expatriates Shaya al-Zindani met the UN Special Envoy for Yemen, Hans Grundberg, in Riyadh on 3 March 2025. ' +
      'The meeting reviewed the situation in the Red Sea and the Houthi attacks on merchant ships.',
    entities: [
      S('Yemen'),
      O('United Nations', 'UN'),
      O('Houthis', 'Houthi', 'Ansar Allah'),
      E('Zindani-Grundberg meeting in Riyadh', ['met', 'meeting'], '2025-03-03'),
      E('Houthi attacks on merchant ships', ['attacks on merchant ships']),
    ],
    relations: [
      ...dis('Zindani-Grundberg meeting in Riyadh', 'Houthi attacks on merchant ships'),
      ...inv('Houthi attacks on merchant ships', 'Houthis'),
    ],
  },
];

const PROCESSES: BankCase[] = [
  {
    id: 'black-sea-grain-initiative-and-withdrawal',
    form: 'Ukrinform: "ways to restore the Black Sea Grain Initiative after Russia\'s withdrawal from it" (an agreement; a withdrawal by its actor)',
    date: '2023-08-04',
    source: 'Ukrinform',
    text:
      'Minister of Foreign Affairs of Ukraine Dmytro Kuleba held a phone conversation with Turkish Foreign Minister Hakan Fidan on 4 August 2023. ' +
      "The ministers discussed ways to restore the Black Sea Grain Initiative after Russia's withdrawal from it.",
    entities: [
      S('Ukraine'),
      S('Türkiye', 'Turkish', 'Turkey'),
      S('Russia'),
      E('Kuleba-Fidan phone conversation', ['phone conversation'], '2023-08-04'),
      A('Black Sea Grain Initiative'),
      E("Russia's withdrawal from the Black Sea Grain Initiative", ["Russia's withdrawal"]),
    ],
    relations: [
      ...dis(
        'Kuleba-Fidan phone conversation',
        'Black Sea Grain Initiative',
        "Russia's withdrawal from the Black Sea Grain Initiative",
      ),
      ...inv("Russia's withdrawal from the Black Sea Grain Initiative", 'Russia'),
    ],
  },
  {
    id: 'jeddah-track-between-two-forces',
    form: 'SUNA: "the Jeddah track between A and B" (a track without a kind word; its sides are parties)',
    date: '2024-07-08',
    source: 'Sudan News Agency (SUNA)',
    text:
      'Port Sudan, 8 July (SUNA) – The Chairman of the Transitional Sovereignty Council, General Abdel Fattah al-Burhan, received the Personal Envoy of the UN Secretary-General for Sudan, Ramtane Lamamra, in Port Sudan. ' +
      'The meeting discussed the Jeddah track between the Sudanese Armed Forces and the Rapid Support Forces and the delivery of humanitarian aid.',
    entities: [
      S('Sudan'),
      O('United Nations', 'UN'),
      O('Sudanese Armed Forces'),
      O('Rapid Support Forces'),
      E('Burhan-Lamamra meeting in Port Sudan', ['received', 'meeting'], '2024-07-08'),
      E('Jeddah track'),
    ],
    relations: [
      ...dis('Burhan-Lamamra meeting in Port Sudan', 'Jeddah track'),
      ...inv('Jeddah track', 'Sudanese Armed Forces', 'Rapid Support Forces'),
    ],
  },
  {
    id: 'un-led-doha-track-on-state',
    form: 'Anadolu: "the UN-led Doha track on Afghanistan" (its leader and its subject state are parties)',
    date: '2024-06-20',
    source: 'Anadolu Agency',
    text:
      'ANKARA - Turkish Deputy Foreign Minister Ahmet Yıldız met the UN Under-Secretary-General for Political Affairs, Rosemary DiCarlo, in Ankara on Thursday. ' +
      'The two discussed the UN-led Doha track on Afghanistan ahead of its third meeting.',
    entities: [
      S('Türkiye', 'Turkish'),
      S('Afghanistan'),
      O('United Nations', 'UN'),
      E('Yıldız-DiCarlo meeting in Ankara', ['met'], '2024-06-20'),
      E('Doha track', ['UN-led Doha track on Afghanistan']),
    ],
    relations: [
      ...dis('Yıldız-DiCarlo meeting in Ankara', 'Doha track'),
      ...inv('Doha track', 'United Nations', 'Afghanistan'),
    ],
  },
  {
    id: 'nairobi-and-luanda-processes',
    form: 'Burundi: "reviewed progress in the Nairobi and Luanda processes" (two processes sharing a head)',
    date: '2023-02-02',
    source: 'Ministry of Foreign Affairs and Development Cooperation of Burundi',
    text:
      'Minister of Foreign Affairs Albert Shingiro received the Minister of External Relations of Angola, Téte António, in Bujumbura on 2 February 2023. ' +
      'The two ministers reviewed progress in the Nairobi and Luanda processes.',
    entities: [
      S('Burundi'),
      S('Angola'),
      E('Shingiro-António meeting in Bujumbura', ['received'], '2023-02-02'),
      E('Nairobi process'),
      E('Luanda process'),
    ],
    relations: [...dis('Shingiro-António meeting in Bujumbura', 'Nairobi process', 'Luanda process')],
  },
  {
    id: 'eu-facilitated-dialogue-with-state',
    form: 'Kosovo MFA: "the EU-facilitated dialogue with Serbia and the implementation of the Ohrid Agreement"',
    date: '2024-06-12',
    source: 'Ministry of Foreign Affairs and Diaspora of Kosovo',
    text:
      'Deputy Prime Minister and Minister of Foreign Affairs Donika Gërvalla-Schwarz met the EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajčák, in Pristina on 12 June 2024. ' +
      'They discussed the EU-facilitated dialogue with Serbia and the implementation of the Ohrid Agreement.',
    entities: [
      S('Kosovo'),
      S('Serbia'),
      O('European Union', 'EU'),
      E('Gërvalla-Schwarz-Lajčák meeting in Pristina', ['met'], '2024-06-12'),
      E('EU-facilitated dialogue with Serbia', ['Belgrade-Pristina Dialogue']),
      A('Ohrid Agreement'),
    ],
    relations: [
      ...dis('Gërvalla-Schwarz-Lajčák meeting in Pristina', 'EU-facilitated dialogue with Serbia', 'Ohrid Agreement'),
      ...inv('EU-facilitated dialogue with Serbia', 'European Union', 'Serbia', 'Kosovo'),
    ],
  },
  {
    id: 'transnistrian-settlement-and-format',
    form: 'Moldova: "the prospects of the Transnistrian settlement and of the 5+2 format" (a settlement by adjective)',
    date: '2024-04-17',
    source: 'Bureau for Reintegration Policies of the Republic of Moldova',
    text:
      'Deputy Prime Minister for Reintegration Oleg Serebrian met the Special Representative of the OSCE Chairperson-in-Office, Thomas Mayr-Harting, in Chișinău on 17 April 2024. ' +
      'They discussed the prospects of the Transnistrian settlement and of the 5+2 format.',
    entities: [
      S('Moldova', 'Republic of Moldova'),
      O('Organization for Security and Co-operation in Europe', 'OSCE'),
      E('Serebrian-Mayr-Harting meeting in Chișinău', ['met'], '2024-04-17'),
      E('Transnistrian settlement'),
      E('5+2 format'),
    ],
    relations: [
      ...dis('Serebrian-Mayr-Harting meeting in Chișinău', 'Transnistrian settlement', '5+2 format'),
      ...inv('Transnistrian settlement', 'Moldova'),
    ],
  },
];

const ISSUES: BankCase[] = [
  {
    id: 'cyprus-issue-state-subject',
    form: 'Armenpress: "discussed the Cyprus issue" (an issue: the state is the subject, no Event)',
    date: '2024-11-14',
    source: 'Armenpress',
    text:
      'YEREVAN, NOVEMBER 14, ARMENPRESS. Foreign Minister Ararat Mirzoyan met with Foreign Minister of Greece Giorgos Gerapetritis in Athens. ' +
      'The ministers discussed the Cyprus issue and regional connectivity.',
    entities: [
      S('Armenia'),
      S('Greece'),
      S('Cyprus'),
      E('Mirzoyan-Gerapetritis meeting in Athens', ['met'], '2024-11-14'),
    ],
    relations: [...dis('Mirzoyan-Gerapetritis meeting in Athens', 'Cyprus')],
  },
  {
    id: 'palestinian-question-and-situation-in-state',
    form: 'MINREX: "reaffirmed their positions on the Palestinian question and the situation in Haiti"',
    date: '2024-03-19',
    source: 'Ministry of Foreign Affairs of Cuba (MINREX)',
    text:
      'Havana, 19 March 2024. Foreign Minister Bruno Rodríguez Parrilla met the Minister of Foreign Affairs of Algeria, Ahmed Attaf, at the MINREX headquarters. ' +
      'The ministers reaffirmed their positions on the Palestinian question and exchanged views on the situation in Haiti.',
    entities: [
      S('Cuba'),
      S('Algeria'),
      S('Palestine', 'Palestinian', 'State of Palestine'),
      S('Haiti'),
      E('Rodríguez Parrilla-Attaf meeting in Havana', ['met'], '2024-03-19'),
    ],
    relations: [...dis('Rodríguez Parrilla-Attaf meeting in Havana', 'Palestine', 'Haiti')],
  },
  {
    id: 'rohingya-crisis-and-rakhine',
    form: 'UNHCR: "the Rohingya crisis and the situation in Myanmar\'s Rakhine State" (a possessive state)',
    date: '2025-02-10',
    source: 'UNHCR, the UN Refugee Agency',
    text:
      'UN High Commissioner for Refugees Filippo Grandi met the Chief Adviser of Bangladesh, Professor Muhammad Yunus, in Dhaka on 10 February 2025. ' +
      "They discussed the Rohingya crisis and the situation in Myanmar's Rakhine State.",
    entities: [
      S('Bangladesh'),
      S('Myanmar'),
      O('Office of the United Nations High Commissioner for Refugees', 'UNHCR'),
      E('Grandi-Yunus meeting in Dhaka', ['met'], '2025-02-10'),
      E('Rohingya crisis'),
    ],
    relations: [...dis('Grandi-Yunus meeting in Dhaka', 'Rohingya crisis', 'Myanmar')],
  },
  {
    id: 'sudanese-file-and-situation-in-state',
    form: 'Eritrea: "exchanged views on the Sudanese file and the situation in Somalia" (a file: the state is the subject)',
    date: '2025-01-22',
    source: 'Ministry of Information of Eritrea',
    text:
      'Asmara, 22 January 2025 - President Isaias Afwerki received Egyptian Foreign Minister Badr Abdelatty at the Denden Guest House. ' +
      'The two sides exchanged views on the Sudanese file and the situation in Somalia.',
    entities: [
      S('Eritrea'),
      S('Egypt', 'Egyptian'),
      S('Sudan', 'Sudanese'),
      S('Somalia'),
      E('Afwerki-Abdelatty meeting in Asmara', ['received'], '2025-01-22'),
    ],
    relations: [...dis('Afwerki-Abdelatty meeting in Asmara', 'Sudan', 'Somalia')],
  },
];

const WITHDRAWALS_AND_MISSIONS: BankCase[] = [
  {
    id: 'exit-of-three-states-from-body',
    form: 'Liberia: "the exit of A, B and C from X" (the leaving states and the body are parties)',
    date: '2025-01-20',
    source: 'Executive Mansion, Republic of Liberia',
    text:
      'President Joseph Nyuma Boakai received the President of the ECOWAS Commission, Omar Alieu Touray, at the Executive Mansion in Monrovia on 20 January 2025. ' +
      'Discussions covered the exit of Burkina Faso, Mali and Niger from ECOWAS.',
    entities: [
      S('Liberia'),
      S('Burkina Faso'),
      S('Mali'),
      S('Niger'),
      O('Economic Community of West African States', 'ECOWAS'),
      E('Boakai-Touray meeting in Monrovia', ['received'], '2025-01-20'),
      E('exit of Burkina Faso, Mali and Niger from ECOWAS', ['withdrawal of Burkina Faso, Mali and Niger from ECOWAS']),
    ],
    relations: [
      ...dis('Boakai-Touray meeting in Monrovia', 'exit of Burkina Faso, Mali and Niger from ECOWAS'),
      ...inv(
        'exit of Burkina Faso, Mali and Niger from ECOWAS',
        'Burkina Faso',
        'Mali',
        'Niger',
        'Economic Community of West African States',
      ),
    ],
  },
  {
    id: 'disengagement-of-mission-from-province',
    form: 'MONUSCO: "the disengagement of MONUSCO from South Kivu" (the mission and the province\'s state are parties)',
    date: '2024-04-25',
    source: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo (MONUSCO)',
    text:
      'Kinshasa – The Special Representative of the Secretary-General and Head of MONUSCO, Bintou Keita, met the Minister of Foreign Affairs of the Democratic Republic of the Congo, Thérèse Kayikwamba Wagner, on 25 April 2024. ' +
      'They reviewed the disengagement of MONUSCO from South Kivu.',
    entities: [
      S('Democratic Republic of the Congo'),
      O('United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'MONUSCO'),
      E('Keita-Wagner meeting in Kinshasa', ['met'], '2024-04-25'),
      E('disengagement of MONUSCO from South Kivu', ['disengagement of MONUSCO']),
    ],
    relations: [
      ...dis('Keita-Wagner meeting in Kinshasa', 'disengagement of MONUSCO from South Kivu'),
      ...inv(
        'disengagement of MONUSCO from South Kivu',
        'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
        'Democratic Republic of the Congo',
      ),
    ],
  },
  {
    id: 'drawdown-of-mission-and-fight-against-group',
    form: 'IGAD: "the drawdown of ATMIS, the African Union Transition Mission in Somalia, and the fight against al-Shabaab"',
    date: '2024-09-09',
    source: 'Intergovernmental Authority on Development (IGAD)',
    text:
      'Djibouti, 9 September 2024 – The Executive Secretary of IGAD, Workneh Gebeyehu, met the Minister of Foreign Affairs of Somalia, Ahmed Moallim Fiqi, at the IGAD Secretariat. ' +
      'They discussed the drawdown of ATMIS, the African Union Transition Mission in Somalia, and the fight against al-Shabaab.',
    entities: [
      S('Somalia'),
      O('Intergovernmental Authority on Development', 'IGAD'),
      O('African Union Transition Mission in Somalia', 'ATMIS'),
      O('al-Shabaab'),
      E('Gebeyehu-Fiqi meeting in Djibouti', ['met'], '2024-09-09'),
      E('drawdown of ATMIS', ['drawdown of the African Union Transition Mission in Somalia']),
      E('fight against al-Shabaab'),
    ],
    relations: [
      ...dis('Gebeyehu-Fiqi meeting in Djibouti', 'drawdown of ATMIS', 'fight against al-Shabaab'),
      ...inv('drawdown of ATMIS', 'African Union Transition Mission in Somalia', 'Somalia'),
      ...inv('fight against al-Shabaab', 'al-Shabaab'),
    ],
  },
  {
    id: 'state-led-mission-and-situation-in-capital',
    form: 'Haiti: "the Kenyan-led Multinational Security Support mission and the security situation in Port-au-Prince"',
    date: '2024-09-21',
    source: 'Office of the Prime Minister of Haiti',
    text:
      "Port-au-Prince, 21 September 2024 – Prime Minister Garry Conille received the President of Kenya, William Ruto, at the Villa d'Accueil. " +
      'The talks focused on the Kenyan-led Multinational Security Support mission and the security situation in Port-au-Prince.',
    entities: [
      S('Haiti'),
      S('Kenya', 'Kenyan'),
      E('Conille-Ruto talks in Port-au-Prince', ['received', 'talks'], '2024-09-21'),
      E('Multinational Security Support mission', ['Kenyan-led Multinational Security Support mission']),
    ],
    relations: [
      ...dis('Conille-Ruto talks in Port-au-Prince', 'Multinational Security Support mission'),
      ...inv('Multinational Security Support mission', 'Kenya', 'Haiti'),
    ],
  },
  {
    id: 'closure-of-border-between-and-process',
    form: 'Burundi: "the closure of the border between A and B" (both states are parties)',
    date: '2024-02-02',
    source: 'Ministry of Foreign Affairs and Development Cooperation of Burundi',
    text:
      'Minister of Foreign Affairs Albert Shingiro met the Minister of External Relations of Angola, Téte António, in Luanda on 2 February 2024. ' +
      'The two ministers discussed the closure of the border between Burundi and Rwanda.',
    entities: [
      S('Burundi'),
      S('Angola'),
      S('Rwanda'),
      E('Shingiro-António meeting in Luanda', ['met'], '2024-02-02'),
      E('closure of the border between Burundi and Rwanda', ['border closure']),
    ],
    relations: [
      ...dis('Shingiro-António meeting in Luanda', 'closure of the border between Burundi and Rwanda'),
      ...inv('closure of the border between Burundi and Rwanda', 'Burundi', 'Rwanda'),
    ],
  },
];

const NEGOTIATIONS_AND_INCIDENTS: BankCase[] = [
  {
    id: 'opening-of-accession-negotiations-possessive',
    form: 'BiH Presidency: "the opening of Bosnia and Herzegovina\'s accession negotiations with the European Union"',
    date: '2025-02-14',
    source: 'Presidency of Bosnia and Herzegovina',
    text:
      'Sarajevo, 14 February 2025 – The Chairman of the Presidency of Bosnia and Herzegovina, Denis Bećirović, met the European Commissioner for Enlargement, Marta Kos. ' +
      "They discussed the opening of Bosnia and Herzegovina's accession negotiations with the European Union.",
    entities: [
      S('Bosnia and Herzegovina'),
      O('European Union'),
      O('European Commission'),
      E('Bećirović-Kos meeting in Sarajevo', ['met'], '2025-02-14'),
      E('accession negotiations of Bosnia and Herzegovina with the European Union', ['accession negotiations']),
    ],
    relations: [
      ...dis(
        'Bećirović-Kos meeting in Sarajevo',
        'accession negotiations of Bosnia and Herzegovina with the European Union',
      ),
      ...inv(
        'accession negotiations of Bosnia and Herzegovina with the European Union',
        'Bosnia and Herzegovina',
        'European Union',
      ),
    ],
  },
  {
    id: 'adjective-strikes-on-state-in-call',
    form: 'Azertag: "condolences over the victims of the Israeli strikes on Iran" (actor by adjective, target by "on")',
    date: '2025-06-14',
    source: 'Azertag',
    text:
      'Baku, June 14, AZERTAC. President Ilham Aliyev spoke by telephone with President of Iran Masoud Pezeshkian. ' +
      'The head of state expressed condolences over the victims of the Israeli strikes on Iran.',
    entities: [
      S('Azerbaijan'),
      S('Iran'),
      S('Israel', 'Israeli'),
      E('Aliyev-Pezeshkian telephone conversation', ['spoke by telephone'], '2025-06-14'),
      E('Israeli strikes on Iran', ['strikes on Iran']),
    ],
    relations: [
      ...dis('Aliyev-Pezeshkian telephone conversation', 'Israeli strikes on Iran'),
      ...inv('Israeli strikes on Iran', 'Israel', 'Iran'),
    ],
  },
  {
    id: 'drone-incursion-into-airspace-adjectives',
    form: 'Belga: "the Russian drone incursion into Polish airspace" (actor and target by adjectives)',
    date: '2025-09-15',
    source: 'Belga',
    text:
      'WARSAW (Belga) - Prime Minister Bart De Wever met his Polish counterpart Donald Tusk in Warsaw on Monday. ' +
      'The two leaders discussed the Russian drone incursion into Polish airspace last week.',
    entities: [
      S('Belgium'),
      S('Poland', 'Polish'),
      S('Russia', 'Russian'),
      E('De Wever-Tusk meeting in Warsaw', ['met'], '2025-09-15'),
      E('Russian drone incursion into Polish airspace', ['drone incursion']),
    ],
    relations: [
      ...dis('De Wever-Tusk meeting in Warsaw', 'Russian drone incursion into Polish airspace'),
      ...inv('Russian drone incursion into Polish airspace', 'Russia', 'Poland'),
    ],
  },
  {
    id: 'presidential-election-of-date-in-host-state',
    form: 'Gabonese Presidency: "the presidential election of 12 April" (the readout\'s state holds it)',
    date: '2025-03-03',
    source: 'Présidence de la République Gabonaise',
    text:
      'Libreville, 3 March 2025 – The President of the Transition, President of the Republic of Gabon, General Brice Clotaire Oligui Nguema, received the President of the ECCAS Commission, Gilberto da Piedade Verissimo, at the Palais Rénovation. ' +
      'They discussed the presidential election of 12 April.',
    entities: [
      S('Gabon'),
      O('Economic Community of Central African States', 'ECCAS'),
      E('Oligui Nguema-Verissimo meeting in Libreville', ['received'], '2025-03-03'),
      E('presidential election of 12 April', ['presidential election']),
    ],
    relations: [
      ...dis('Oligui Nguema-Verissimo meeting in Libreville', 'presidential election of 12 April'),
      ...inv('presidential election of 12 April', 'Gabon'),
    ],
  },
  {
    id: 'crisis-in-state-including-gang-violence',
    form: 'Honduras: "the crisis in Haiti, including the wave of gang violence that forced the closure of the country\'s main airport"',
    date: '2024-03-06',
    source: 'Secretaría de Relaciones Exteriores y Cooperación Internacional de Honduras',
    text:
      'Foreign Minister Eduardo Enrique Reina met the Secretary General of the Organization of American States, Luis Almagro, in Washington on 6 March 2024. ' +
      "They discussed the crisis in Haiti, including the wave of gang violence that forced the closure of the country's main airport.",
    entities: [
      S('Honduras'),
      S('Haiti'),
      O('Organization of American States'),
      E('Reina-Almagro meeting in Washington', ['met'], '2024-03-06'),
      E('crisis in Haiti'),
      E('wave of gang violence', ['gang violence']),
    ],
    relations: [
      ...dis('Reina-Almagro meeting in Washington', 'crisis in Haiti', 'wave of gang violence'),
      ...inv('crisis in Haiti', 'Haiti'),
      ...inv('wave of gang violence', 'Haiti'),
    ],
  },
  {
    id: 'the-war-bare-and-aggression-later',
    form: 'Ukrinform: "how to bring a just end to the war … support for Ukraine against Russian aggression" (a bare "the war")',
    date: '2024-05-20',
    source: 'Ukrinform',
    text:
      'President Volodymyr Zelensky met Prime Minister of Norway Jonas Gahr Støre in Kyiv on 20 May 2024. ' +
      "The leaders discussed how to bring a just end to the war. Støre reaffirmed Norway's support for Ukraine against Russian aggression.",
    entities: [
      S('Ukraine'),
      S('Norway'),
      S('Russia', 'Russian'),
      E('Zelensky-Støre meeting in Kyiv', ['met'], '2024-05-20'),
      E('war', ['the war', 'Russian aggression']),
    ],
    relations: [...dis('Zelensky-Støre meeting in Kyiv', 'war'), ...inv('war', 'Russia', 'Ukraine')],
  },
  {
    id: 'situation-at-the-front-in-region',
    form: 'Interfax-Ukraine: "the situation at the front in the Donetsk region" (a region of the readout\'s state)',
    date: '2024-09-06',
    source: 'Interfax-Ukraine',
    text:
      'Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi met US Secretary of Defense Lloyd Austin at Ramstein Air Base on 6 September 2024. ' +
      'Syrskyi briefed Austin on the situation at the front in the Donetsk region.',
    entities: [
      S('Ukraine'),
      S('United States', 'US'),
      E('Syrskyi-Austin meeting at Ramstein Air Base', ['met'], '2024-09-06'),
      E('situation at the front in the Donetsk region', ['situation at the front']),
    ],
    relations: [
      ...dis('Syrskyi-Austin meeting at Ramstein Air Base', 'situation at the front in the Donetsk region'),
      ...inv('situation at the front in the Donetsk region', 'Ukraine'),
    ],
  },
  {
    id: 'siege-of-city-by-force',
    form: 'Sudan MFA: "the siege of El Fasher by the Rapid Support Forces" (actor by "by", the city\'s state)',
    date: '2024-10-14',
    source: 'Ministry of Foreign Affairs of Sudan',
    text:
      'Minister of Foreign Affairs Hussein Awad Ali met the Special Envoy of the European Union for the Horn of Africa, Annette Weber, in Port Sudan on 14 October 2024. ' +
      'They discussed the siege of El Fasher by the Rapid Support Forces.',
    entities: [
      S('Sudan'),
      O('European Union'),
      O('Rapid Support Forces'),
      E('Ali-Weber meeting in Port Sudan', ['met'], '2024-10-14'),
      E('siege of El Fasher', ['siege of El Fasher by the Rapid Support Forces']),
    ],
    relations: [
      ...dis('Ali-Weber meeting in Port Sudan', 'siege of El Fasher'),
      ...inv('siege of El Fasher', 'Rapid Support Forces', 'Sudan'),
    ],
  },
  {
    id: 'tensions-in-sea-and-confrontations-between-adjectives',
    form: 'Agenzia Nova: "the tensions in the South China Sea following the confrontations between Chinese and Philippine vessels"',
    date: '2024-07-09',
    source: 'Agenzia Nova',
    text:
      'Rome, 9 July 2024 - Deputy Prime Minister and Foreign Minister Antonio Tajani met Philippine Foreign Secretary Enrique Manalo at the Farnesina. ' +
      'The two ministers discussed the tensions in the South China Sea following the confrontations between Chinese and Philippine vessels near Second Thomas Shoal.',
    entities: [
      S('Italy'),
      S('Philippines', 'Philippine'),
      S('China', 'Chinese'),
      E('Tajani-Manalo meeting in Rome', ['met'], '2024-07-09'),
      E('tensions in the South China Sea'),
      E('confrontations between Chinese and Philippine vessels near Second Thomas Shoal', [
        'confrontations between Chinese and Philippine vessels',
      ]),
    ],
    relations: [
      ...dis(
        'Tajani-Manalo meeting in Rome',
        'tensions in the South China Sea',
        'confrontations between Chinese and Philippine vessels near Second Thomas Shoal',
      ),
      ...inv('confrontations between Chinese and Philippine vessels near Second Thomas Shoal', 'China', 'Philippines'),
    ],
  },
  {
    id: 'territorial-controversy-between-two-states',
    form: 'Grenada: "the Essequibo controversy between Guyana and Venezuela" (a controversy with its sides)',
    date: '2023-12-12',
    source: 'Government of Grenada',
    text:
      'Prime Minister Dickon Mitchell met the President of Brazil, Luiz Inácio Lula da Silva, by video call on 12 December 2023. ' +
      'The two leaders discussed the Essequibo controversy between Guyana and Venezuela ahead of the Argyle meeting.',
    entities: [
      S('Grenada'),
      S('Brazil'),
      S('Guyana'),
      S('Venezuela'),
      E('Mitchell-Lula da Silva video call', ['video call'], '2023-12-12'),
      E('Essequibo controversy between Guyana and Venezuela', ['Essequibo controversy']),
      E('Argyle meeting'),
    ],
    relations: [
      ...dis(
        'Mitchell-Lula da Silva video call',
        'Essequibo controversy between Guyana and Venezuela',
        'Argyle meeting',
      ),
      ...inv('Essequibo controversy between Guyana and Venezuela', 'Guyana', 'Venezuela'),
    ],
  },
  {
    id: 'wars-in-two-states-coordinated',
    form: 'Austrian Federal Chancellery: "the wars in Ukraine and Sudan" (one head, two events)',
    date: '2024-11-28',
    source: 'Federal Chancellery of Austria',
    text:
      'Federal Chancellor Karl Nehammer received the President of the International Committee of the Red Cross, Mirjana Spoljaric, in Vienna on 28 November 2024. ' +
      'The humanitarian consequences of the wars in Ukraine and Sudan were at the centre of the talks.',
    entities: [
      S('Austria'),
      S('Ukraine'),
      S('Sudan'),
      O('International Committee of the Red Cross'),
      E('Nehammer-Spoljaric meeting in Vienna', ['received', 'talks'], '2024-11-28'),
      E('war in Ukraine'),
      E('war in Sudan'),
    ],
    relations: [
      ...dis('Nehammer-Spoljaric meeting in Vienna', 'war in Ukraine', 'war in Sudan'),
      ...inv('war in Ukraine', 'Ukraine'),
      ...inv('war in Sudan', 'Sudan'),
    ],
  },
  {
    id: 'fall-of-city-to-armed-group',
    form: 'Uganda State House: "the fall of Goma to the M23" (the group and the city\'s state are parties)',
    date: '2025-01-29',
    source: 'State House of Uganda',
    text:
      'President Yoweri Kaguta Museveni received the Special Envoy of the Democratic Republic of the Congo, Sumbu Sita Mambu, at State House Entebbe on 29 January 2025. ' +
      'They discussed the fall of Goma to the M23.',
    entities: [
      S('Uganda'),
      S('Democratic Republic of the Congo'),
      O('March 23 Movement', 'M23'),
      E('Museveni-Mambu meeting in Entebbe', ['received'], '2025-01-29'),
      E('fall of Goma', ['fall of Goma to the M23']),
    ],
    relations: [
      ...dis('Museveni-Mambu meeting in Entebbe', 'fall of Goma'),
      ...inv('fall of Goma', 'March 23 Movement', 'Democratic Republic of the Congo'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-policy-areas',
    form: 'negative: "discussed maritime security, migration, climate change and food security" (policy areas: no Events)',
    date: '2024-10-02',
    source: 'Ministry of Foreign Affairs of El Salvador',
    text:
      'Minister of Foreign Affairs Alexandra Hill Tinoco met the Foreign Minister of Panama, Javier Martínez-Acha, in San Salvador on 2 October 2024. ' +
      'They discussed maritime security, migration, climate change and food security.',
    entities: [
      S('El Salvador'),
      S('Panama'),
      E('Hill Tinoco-Martínez-Acha meeting in San Salvador', ['met'], '2024-10-02'),
    ],
    relations: [],
  },
  {
    id: 'negative-regional-issues-and-the-region',
    form: 'negative: "regional issues … the situation in the region" (vague: no Event, no subject)',
    date: '2024-08-21',
    source: 'Government of the Kingdom of Lesotho',
    text:
      'Prime Minister Samuel Ntsokoane Matekane received the Minister of International Relations and Cooperation of South Africa, Ronald Lamola, in Maseru on 21 August 2024. ' +
      'They exchanged views on regional issues and on the situation in the region.',
    entities: [S('Lesotho'), S('South Africa'), E('Matekane-Lamola meeting in Maseru', ['received'], '2024-08-21')],
    relations: [],
  },
  {
    id: 'negative-region-as-place-of-a-tour',
    form: 'negative: "on a tour of the Caribbean" (a region as a place)',
    date: '2024-04-09',
    source: 'Ministry of Foreign Affairs of Cuba (MINREX)',
    text:
      'Bridgetown, 9 April 2024. First Deputy Foreign Minister Gerardo Peñalver Portal, on a tour of the Caribbean, was received by Prime Minister Mia Amor Mottley of Barbados. ' +
      'They discussed bilateral cooperation in health and education.',
    entities: [
      S('Cuba'),
      S('Barbados'),
      E('Peñalver Portal-Mottley meeting in Bridgetown', ['received'], '2024-04-09'),
    ],
    relations: [],
  },
  {
    id: 'negative-denuclearisation-of-a-peninsula-as-goal',
    form: 'negative: "their commitment to the complete denuclearisation of the Korean Peninsula" (a goal, no Event)',
    date: '2024-06-13',
    source: 'Kazinform',
    text:
      'ASTANA. KAZINFORM – Foreign Minister Murat Nurtleu met Foreign Minister of the Republic of Korea Cho Tae-yul in Astana on 13 June 2024. ' +
      'The ministers reaffirmed their commitment to the complete denuclearisation of the Korean Peninsula.',
    entities: [
      S('Kazakhstan'),
      S('South Korea', 'Republic of Korea'),
      E('Nurtleu-Cho meeting in Astana', ['met'], '2024-06-13'),
    ],
    relations: [],
  },
  {
    id: 'negative-cooperation-in-regions',
    form: 'negative: "cooperation in the Indo-Pacific and in the Arctic" (regions of cooperation)',
    date: '2024-04-24',
    source: 'HINA',
    text:
      "ZAGREB, April 24 (Hina) - Foreign Minister Gordan Grlić Radman received Canada's Minister of Foreign Affairs Mélanie Joly in Zagreb on Wednesday. " +
      'The talks dealt with cooperation in the Indo-Pacific and in the Arctic.',
    entities: [S('Croatia'), S('Canada'), E('Grlić Radman-Joly talks in Zagreb', ['received', 'talks'], '2024-04-24')],
    relations: [],
  },
  {
    id: 'negative-international-situation',
    form: 'negative: "exchanged views on the international situation and the global economy"',
    date: '2024-11-05',
    source: 'Ministry of Foreign Affairs of Cuba (MINREX)',
    text:
      'Havana, 5 November 2024. Foreign Minister Bruno Rodríguez Parrilla received the Minister of Foreign Affairs of Viet Nam, Bui Thanh Son. ' +
      'They exchanged views on the international situation and the global economy.',
    entities: [
      S('Cuba'),
      S('Viet Nam', 'Vietnam'),
      E('Rodríguez Parrilla-Bui Thanh Son meeting in Havana', ['received'], '2024-11-05'),
    ],
    relations: [],
  },
  {
    id: 'negative-body-named-after-region',
    form: 'negative: "relations with the Alliance of Sahel States" (a body, not a situation in a region)',
    date: '2025-04-15',
    source: "Ministry of Foreign Affairs of Côte d'Ivoire",
    text:
      'Minister of State, Minister of Foreign Affairs Léon Kacou Adom received the Minister of Foreign Affairs of Ghana, Samuel Okudzeto Ablakwa, in Abidjan on 15 April 2025. ' +
      'The two ministers discussed relations with the Alliance of Sahel States.',
    entities: [
      S("Côte d'Ivoire"),
      S('Ghana'),
      O('Alliance of Sahel States'),
      E('Adom-Ablakwa meeting in Abidjan', ['received'], '2025-04-15'),
    ],
    relations: [...dis('Adom-Ablakwa meeting in Abidjan', 'Alliance of Sahel States')],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...SITUATIONS,
  ...PLACES_FOR_CONFLICTS,
  ...PROCESSES,
  ...ISSUES,
  ...WITHDRAWALS_AND_MISSIONS,
  ...NEGOTIATIONS_AND_INCIDENTS,
  ...NEGATIVES,
];
