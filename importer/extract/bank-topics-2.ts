// The second topics paraphrase bank (issue 6, round top10): a blind bank written before any rule change of the
// round, on the constructions that the round's taxonomy of INVOLVES and DISCUSSED errors found most often across
// readouts (docs/first-look.md, "topics-2"): events whose only stated parties are states or organisations, told in
// many forms ("consultations between the foreign ministries of A and B", "the A–B strategic dialogue", "talks with
// Chinese officials", "the trilateral meeting of A, B and C", "A and B held their fifth round", a joint commission's
// session, talks hosted, mediated or held under a body's auspices); incidents with their actor, target and affected
// party named or implied (demonyms, possessives, "by", "against", "on", a city's state); and what a meeting DISCUSSED
// (agreements under review, planned rounds and summits, incidents, bodies) as against what it only recalls (an
// earlier call or visit it follows up, an agreement it acts "under"). Same format and runner as the events banks
// (`npm run bank -- topics-2`): Events, DISCUSSED and INVOLVES are its facts.
import { type BankCase, A, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const STATE_TALKS: BankCase[] = [
  {
    id: 'ministries-held-round-of-consultations',
    form: '"The Ministries of Foreign Affairs of A and B held their tenth round of political consultations"',
    date: '2024-03-12',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'The Ministries of Foreign Affairs of Viet Nam and Japan held their tenth round of political consultations in Hanoi on 12 March 2024.',
    entities: [
      S('Vietnam', 'Viet Nam'),
      S('Japan'),
      E(
        'tenth round of Viet Nam-Japan political consultations',
        ['tenth round of political consultations'],
        '2024-03-12',
      ),
    ],
    relations: [...inv('tenth round of Viet Nam-Japan political consultations', 'Vietnam', 'Japan')],
  },
  {
    id: 'consultations-between-foreign-ministries-passive',
    form: '"Political consultations between the foreign ministries of A and B took place in City"',
    date: '2024-04-22',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text: 'Political consultations between the foreign ministries of Poland and Lithuania took place in Vilnius on Monday, the ministry reported.',
    entities: [
      S('Poland'),
      S('Lithuania'),
      E('political consultations between the foreign ministries of Poland and Lithuania', [
        'Poland-Lithuania political consultations',
      ]),
    ],
    relations: [
      ...inv('political consultations between the foreign ministries of Poland and Lithuania', 'Poland', 'Lithuania'),
    ],
  },
  {
    id: 'states-held-fifth-round-of-talks',
    form: '"A and B held their fifth round of talks on … in City"',
    date: '2023-08-27',
    source: 'Ethiopian News Agency',
    text: 'Egypt and Ethiopia held their fifth round of talks on the filling of the dam in Addis Ababa on Sunday.',
    entities: [
      S('Egypt'),
      S('Ethiopia'),
      E('fifth round of Egypt-Ethiopia talks in Addis Ababa', ['fifth round of talks'], '2023-08-27'),
    ],
    relations: [...inv('fifth round of Egypt-Ethiopia talks in Addis Ababa', 'Egypt', 'Ethiopia')],
  },
  {
    id: 'trilateral-meeting-of-three-states',
    form: '"The trilateral meeting of A, the B and the C on … took place in City"',
    date: '2024-06-05',
    source: 'Ministry of Defense of Japan',
    text: 'The trilateral meeting of Japan, the United States and the Republic of Korea on maritime security took place in Tokyo on 5 June.',
    entities: [
      S('Japan'),
      S('United States'),
      S('South Korea', 'Republic of Korea'),
      E(
        'trilateral meeting of Japan, the United States and the Republic of Korea',
        ['trilateral meeting'],
        '2024-06-05',
      ),
    ],
    relations: [
      ...inv(
        'trilateral meeting of Japan, the United States and the Republic of Korea',
        'Japan',
        'United States',
        'South Korea',
      ),
    ],
  },
  {
    id: 'en-dash-strategic-dialogue-convened',
    form: '"The A–B Vice-Ministerial Strategic Dialogue convened in City" (en dash)',
    date: '2024-02-14',
    source: 'Department of Foreign Affairs of the Philippines',
    text: 'The Philippines–Japan Vice-Ministerial Strategic Dialogue convened in Manila on 14 February to review defence and maritime cooperation.',
    entities: [
      S('Philippines'),
      S('Japan'),
      E(
        'Philippines–Japan Vice-Ministerial Strategic Dialogue',
        ['Philippines-Japan Vice-Ministerial Strategic Dialogue'],
        '2024-02-14',
      ),
    ],
    relations: [...inv('Philippines–Japan Vice-Ministerial Strategic Dialogue', 'Philippines', 'Japan')],
  },
  {
    id: 'headline-foreign-office-consultations',
    form: 'headline "Seventh Round of A–B Foreign Office Consultations Held in City"',
    date: '2024-01-30',
    title: 'Seventh Round of India–Bangladesh Foreign Office Consultations Held in Dhaka',
    source: 'Ministry of External Affairs of India',
    text: 'The two delegations reviewed connectivity, energy and water sharing.',
    entities: [
      S('India'),
      S('Bangladesh'),
      E('Seventh Round of India–Bangladesh Foreign Office Consultations', [
        'India-Bangladesh Foreign Office Consultations',
      ]),
    ],
    relations: [...inv('Seventh Round of India–Bangladesh Foreign Office Consultations', 'India', 'Bangladesh')],
  },
  {
    id: 'bloc-and-state-round-of-negotiations',
    form: '"The EU and A concluded the nineteenth round of negotiations on a … Agreement"',
    date: '2024-06-21',
    source: 'European Commission',
    text: 'The European Union and Indonesia concluded the nineteenth round of negotiations on a Comprehensive Economic Partnership Agreement in Brussels on Friday.',
    entities: [
      O('European Union', 'EU'),
      S('Indonesia'),
      A('EU-Indonesia Comprehensive Economic Partnership Agreement', 'Comprehensive Economic Partnership Agreement'),
      E('nineteenth round of EU-Indonesia negotiations', ['nineteenth round of negotiations'], '2024-06-21'),
    ],
    relations: [
      ...inv('nineteenth round of EU-Indonesia negotiations', 'European Union', 'Indonesia'),
      ...dis(
        'nineteenth round of EU-Indonesia negotiations',
        'EU-Indonesia Comprehensive Economic Partnership Agreement',
      ),
    ],
  },
  {
    id: 'joint-commission-session-opened',
    form: '"The 14th session of the A-B Joint Permanent Commission opened in City"',
    date: '2024-05-20',
    source: 'State House Kenya',
    text: 'The 14th session of the Kenya-Uganda Joint Permanent Commission opened in Kampala on Monday with a meeting of senior officials.',
    entities: [
      S('Kenya'),
      S('Uganda'),
      E('14th session of the Kenya-Uganda Joint Permanent Commission', [], '2024-05-20'),
      E('meeting of senior officials'),
    ],
    relations: [...inv('14th session of the Kenya-Uganda Joint Permanent Commission', 'Kenya', 'Uganda')],
  },
  {
    id: 'talks-between-governments-hosted-by',
    form: '"Talks between the governments of A and B … resumed in City, hosted by C"',
    date: '2024-05-10',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text: 'Talks between the governments of Armenia and Azerbaijan on a peace treaty resumed in Almaty, hosted by Kazakhstan.',
    entities: [
      S('Armenia'),
      S('Azerbaijan'),
      S('Kazakhstan'),
      A('peace treaty'),
      E('talks between the governments of Armenia and Azerbaijan', ['Armenia-Azerbaijan talks in Almaty']),
    ],
    relations: [
      ...inv('talks between the governments of Armenia and Azerbaijan', 'Armenia', 'Azerbaijan', 'Kazakhstan'),
      ...dis('talks between the governments of Armenia and Azerbaijan', 'peace treaty'),
    ],
  },
  {
    id: 'state-hosted-talks-between-delegations',
    form: '"A hosted talks between delegations of B and C in City"',
    date: '2025-02-18',
    source: 'Saudi Press Agency',
    text: 'The Kingdom of Saudi Arabia hosted talks between delegations of the United States and Russia in Riyadh on 18 February.',
    entities: [
      S('Saudi Arabia', 'Kingdom of Saudi Arabia'),
      S('United States'),
      S('Russia'),
      E(
        'talks between delegations of the United States and Russia in Riyadh',
        ['US-Russia talks in Riyadh'],
        '2025-02-18',
      ),
    ],
    relations: [
      ...inv(
        'talks between delegations of the United States and Russia in Riyadh',
        'United States',
        'Russia',
        'Saudi Arabia',
      ),
    ],
  },
  {
    id: 'deputy-ministers-held-consultations',
    form: '"Deputy foreign ministers of A and B held consultations in City on …" (nobody named)',
    date: '2024-07-03',
    source: 'TASS',
    text: 'MOSCOW, July 3 (TASS) - Deputy foreign ministers of Russia and Iran held consultations in Moscow on the situation in the South Caucasus.',
    entities: [S('Russia'), S('Iran'), E('Russia-Iran consultations in Moscow', ['consultations'], '2024-07-03')],
    relations: [...inv('Russia-Iran consultations in Moscow', 'Russia', 'Iran')],
  },
  {
    id: 'talks-with-demonym-officials',
    form: '"held talks with Chinese officials" during a visit',
    date: '2024-10-18',
    source: 'Foreign, Commonwealth & Development Office',
    text: 'During his visit to Beijing, Foreign Secretary David Lammy held talks with Chinese officials on trade and climate finance.',
    entities: [
      P('David Lammy', 'Foreign Secretary David Lammy', 'Lammy'),
      S('China', 'Chinese'),
      E("Lammy's visit to Beijing", ['visit to Beijing']),
      E('talks with Chinese officials', ['talks']),
    ],
    relations: [...inv('talks with Chinese officials', 'China')],
  },
  {
    id: 'indirect-talks-mediated-by',
    form: '"indirect talks between A and B, mediated by C, were held in City"',
    date: '2025-04-12',
    source: 'Oman News Agency',
    text: 'Indirect talks between the United States and Iran, mediated by the Sultanate of Oman, were held in Muscat on Saturday.',
    entities: [
      S('United States'),
      S('Iran'),
      S('Oman', 'Sultanate of Oman'),
      E('indirect talks between the United States and Iran', ['US-Iran indirect talks in Muscat'], '2025-04-12'),
    ],
    relations: [...inv('indirect talks between the United States and Iran', 'United States', 'Iran', 'Oman')],
  },
  {
    id: 'three-states-held-tripartite-summit',
    form: '"A, B and C held their tripartite summit in City" (no leader named)',
    date: '2023-05-14',
    source: 'Iraqi News Agency',
    text: 'Egypt, Jordan and Iraq held their fourth tripartite summit in Baghdad, focusing on energy interconnection.',
    entities: [
      S('Egypt'),
      S('Jordan'),
      S('Iraq'),
      E('fourth tripartite summit of Egypt, Jordan and Iraq in Baghdad', ['fourth tripartite summit']),
    ],
    relations: [...inv('fourth tripartite summit of Egypt, Jordan and Iraq in Baghdad', 'Egypt', 'Jordan', 'Iraq')],
  },
  {
    id: 'under-auspices-of-body',
    form: '"Representatives of A and B met under United Nations auspices in City"',
    date: '2024-09-12',
    source: 'United Nations',
    text: 'Representatives of Greece and Cyprus met under United Nations auspices in New York to discuss the reopening of crossing points.',
    entities: [
      S('Greece'),
      S('Cyprus'),
      O('United Nations'),
      E('meeting of representatives of Greece and Cyprus in New York', ['Greece-Cyprus meeting in New York']),
    ],
    relations: [
      ...inv('meeting of representatives of Greece and Cyprus in New York', 'Greece', 'Cyprus', 'United Nations'),
    ],
  },
  {
    id: 'border-committee-will-meet',
    form: '"The General Border Committee of A and B will meet in City next week" (planned)',
    date: '2025-08-01',
    source: 'Agence Kampuchea Presse',
    text: 'The General Border Committee of Cambodia and Thailand will meet in Phnom Penh next week, the Ministry of National Defence announced.',
    entities: [
      S('Cambodia'),
      S('Thailand'),
      E('General Border Committee meeting', ['meeting of the General Border Committee of Cambodia and Thailand']),
    ],
    relations: [...inv('General Border Committee meeting', 'Cambodia', 'Thailand')],
  },
  {
    id: 'bloc-state-summit-will-take-place',
    form: '"The EU-China Summit will take place in City later this month" (planned, no persons)',
    date: '2025-07-02',
    source: 'European External Action Service',
    text: 'The EU-China Summit will take place in Beijing later this month, the spokesperson confirmed on Wednesday.',
    entities: [O('European Union', 'EU'), S('China'), E('EU-China Summit')],
    relations: [...inv('EU-China Summit', 'European Union', 'China')],
  },
  {
    id: 'two-plus-two-meeting-was-held',
    form: '"The third A-B 2+2 Foreign and Defence Ministers\' Meeting was held in City"',
    date: '2024-08-30',
    source: 'Department of Foreign Affairs and Trade',
    text: "The third Australia-Indonesia 2+2 Foreign and Defence Ministers' Meeting was held in Melbourne on 30 August.",
    entities: [
      S('Australia'),
      S('Indonesia'),
      E("third Australia-Indonesia 2+2 Foreign and Defence Ministers' Meeting", [], '2024-08-30'),
    ],
    relations: [
      ...inv("third Australia-Indonesia 2+2 Foreign and Defence Ministers' Meeting", 'Australia', 'Indonesia'),
    ],
  },
  {
    id: 'agreed-annual-dialogue-between-ministries',
    form: '"agreed to launch an annual dialogue between A\'s Ministry of X and the B Department of Y" (planned)',
    date: '2024-04-11',
    source: 'Presidential Communications Office of the Philippines',
    text:
      'President Ferdinand Marcos Jr. met Prime Minister Fumio Kishida in Washington on 11 April. ' +
      "The two leaders agreed to launch an annual dialogue between Japan's Ministry of Defense and the Philippine Department of National Defense.",
    entities: [
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.', 'Marcos'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      S('Japan'),
      S('Philippines', 'Philippine'),
      E('Marcos-Kishida meeting in Washington', ['meeting'], '2024-04-11'),
      E('annual dialogue between Japan and the Philippines on defence', ['annual dialogue']),
    ],
    relations: [
      ...dis('Marcos-Kishida meeting in Washington', 'annual dialogue between Japan and the Philippines on defence'),
      ...inv('annual dialogue between Japan and the Philippines on defence', 'Japan', 'Philippines'),
    ],
  },
  {
    id: 'looked-ahead-to-next-dialogue',
    form: '"looked ahead to the next India-U.S. Strategic Dialogue, to be held in City"',
    date: '2024-10-01',
    source: 'U.S. Department of State',
    text:
      'Secretary Antony J. Blinken met with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington on 1 October. ' +
      'They looked ahead to the next India-U.S. Strategic Dialogue, to be held in New Delhi.',
    entities: [
      P('Antony J. Blinken', 'Secretary Antony J. Blinken', 'Blinken'),
      P('Subrahmanyam Jaishankar', 'Jaishankar'),
      S('India', 'Indian'),
      S('United States', 'U.S.'),
      E('Blinken-Jaishankar meeting in Washington', ['meeting'], '2024-10-01'),
      E('next India-U.S. Strategic Dialogue', ['India-U.S. Strategic Dialogue']),
    ],
    relations: [
      ...dis('Blinken-Jaishankar meeting in Washington', 'next India-U.S. Strategic Dialogue'),
      ...inv('next India-U.S. Strategic Dialogue', 'India', 'United States'),
    ],
  },
  {
    id: 'agreed-to-hold-next-round-in',
    form: '"The two sides agreed to hold the next round of A-B consultations in City" (planned)',
    date: '2024-11-05',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'First Vice Foreign Minister Kim Hong-kyun held talks with Canadian Deputy Minister of Foreign Affairs David Morrison in Ottawa. ' +
      'The two sides agreed to hold the next round of Korea-Canada strategic consultations in Seoul in 2025.',
    entities: [
      P('Kim Hong-kyun', 'First Vice Foreign Minister Kim Hong-kyun'),
      P('David Morrison', 'Morrison'),
      S('South Korea', 'Korea'),
      S('Canada', 'Canadian'),
      E('Kim-Morrison talks in Ottawa', ['talks']),
      E('next round of Korea-Canada strategic consultations', ['Korea-Canada strategic consultations']),
    ],
    relations: [
      ...dis('Kim-Morrison talks in Ottawa', 'next round of Korea-Canada strategic consultations'),
      ...inv('next round of Korea-Canada strategic consultations', 'South Korea', 'Canada'),
    ],
  },
  {
    id: 'discussed-follow-up-to-bloc-summit',
    form: '"discussed follow-up to the ASEAN-Australia Special Summit held in City in March"',
    date: '2024-08-06',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese met Prime Minister Anwar Ibrahim in Kuala Lumpur on 6 August. ' +
      'The leaders discussed follow-up to the ASEAN-Australia Special Summit held in Melbourne in March.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      O('ASEAN'),
      S('Australia'),
      E('Albanese-Anwar meeting in Kuala Lumpur', ['meeting'], '2024-08-06'),
      E('ASEAN-Australia Special Summit'),
    ],
    relations: [
      ...dis('Albanese-Anwar meeting in Kuala Lumpur', 'ASEAN-Australia Special Summit'),
      ...inv('ASEAN-Australia Special Summit', 'ASEAN', 'Australia'),
    ],
  },
  {
    id: 'two-blocs-summit-preparations',
    form: '"preparations for the ASEAN-GCC Summit" (two bodies)',
    date: '2025-04-20',
    source: 'Ministry of Foreign Affairs of Malaysia',
    text:
      'Foreign Minister Mohamad Hasan received the Secretary General of the Gulf Cooperation Council, Jasem Mohamed Albudaiwi, in Putrajaya on 20 April. ' +
      'They discussed preparations for the second ASEAN-GCC Summit in Kuala Lumpur.',
    entities: [
      P('Mohamad Hasan', 'Foreign Minister Mohamad Hasan'),
      P('Jasem Mohamed Albudaiwi', 'Albudaiwi'),
      O('Gulf Cooperation Council', 'GCC'),
      O('ASEAN'),
      E('Mohamad Hasan-Albudaiwi meeting in Putrajaya', ['meeting'], '2025-04-20'),
      E('second ASEAN-GCC Summit', ['ASEAN-GCC Summit']),
    ],
    relations: [
      ...dis('Mohamad Hasan-Albudaiwi meeting in Putrajaya', 'second ASEAN-GCC Summit'),
      ...inv('second ASEAN-GCC Summit', 'ASEAN', 'Gulf Cooperation Council'),
    ],
  },
  {
    id: 'negotiations-with-state-concluded',
    form: '"A\'s negotiations with B on … were concluded" told in a statement',
    date: '2024-10-07',
    source: 'Ministry of Foreign Affairs and Trade of New Zealand',
    text: "Trade Minister Todd McClay announced that New Zealand's negotiations with the United Arab Emirates on a comprehensive economic partnership agreement had concluded.",
    entities: [
      P('Todd McClay', 'Trade Minister Todd McClay', 'McClay'),
      S('New Zealand'),
      S('United Arab Emirates'),
      A('comprehensive economic partnership agreement'),
      E("New Zealand's negotiations with the United Arab Emirates", ['New Zealand-UAE negotiations']),
    ],
    relations: [
      ...inv("New Zealand's negotiations with the United Arab Emirates", 'New Zealand', 'United Arab Emirates'),
      ...dis(
        "New Zealand's negotiations with the United Arab Emirates",
        'comprehensive economic partnership agreement',
      ),
    ],
  },
  {
    id: 'foreign-ministries-held-round-on-region',
    form: '"The foreign ministries of A and B held a round of consultations on Africa in City"',
    date: '2024-02-07',
    source: 'Auswärtiges Amt',
    text: 'The foreign ministries of Germany and France held a round of consultations on Africa in Paris on 7 February.',
    entities: [
      S('Germany'),
      S('France'),
      E('Germany-France consultations on Africa in Paris', ['round of consultations'], '2024-02-07'),
    ],
    relations: [...inv('Germany-France consultations on Africa in Paris', 'Germany', 'France')],
  },
  {
    id: 'joint-committee-convened-its-meeting',
    form: '"The A-B Joint Economic Committee convened its 12th meeting in City"',
    date: '2024-09-24',
    source: 'Qatar News Agency',
    text: 'The Qatari-Turkish Joint Economic Committee convened its 12th meeting in Doha on Tuesday.',
    entities: [
      S('Qatar', 'Qatari'),
      S('Turkey', 'Turkish', 'Türkiye'),
      E('12th meeting of the Qatari-Turkish Joint Economic Committee', ['12th meeting'], '2024-09-24'),
    ],
    relations: [...inv('12th meeting of the Qatari-Turkish Joint Economic Committee', 'Qatar', 'Turkey')],
  },
  {
    id: 'dialogue-between-state-and-body',
    form: '"the high-level dialogue between A and the African Union on peace and security" as a topic',
    date: '2024-05-15',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, Moussa Faki Mahamat, received the Foreign Minister of Egypt, Sameh Shoukry, in Addis Ababa. ' +
      'They reviewed the outcome of the high-level dialogue between Egypt and the African Union on peace and security.',
    entities: [
      P('Moussa Faki Mahamat', 'Faki'),
      P('Sameh Shoukry', 'Shoukry'),
      O('African Union', 'AU'),
      S('Egypt'),
      E('Faki-Shoukry meeting in Addis Ababa', ['meeting']),
      E('high-level dialogue between Egypt and the African Union on peace and security', [
        'Egypt-African Union high-level dialogue',
      ]),
    ],
    relations: [
      ...dis(
        'Faki-Shoukry meeting in Addis Ababa',
        'high-level dialogue between Egypt and the African Union on peace and security',
      ),
      ...inv('high-level dialogue between Egypt and the African Union on peace and security', 'Egypt', 'African Union'),
    ],
  },
  {
    id: 'format-talks-past-state-pair',
    form: '"Recalling the Normandy-format talks of A, B, C and D in City" (a past meeting of four states)',
    date: '2020-01-10',
    source: 'Bundeskanzlerin',
    text:
      'Chancellor Angela Merkel spoke by telephone with President Volodymyr Zelenskyy on Friday. ' +
      'They discussed the implementation of the conclusions of the Paris summit of Germany, France, Russia and Ukraine held in December.',
    entities: [
      P('Angela Merkel', 'Chancellor Angela Merkel', 'Merkel'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Germany'),
      S('France'),
      S('Russia'),
      S('Ukraine'),
      E('Merkel-Zelenskyy telephone call', ['spoke by telephone']),
      E('Paris summit of Germany, France, Russia and Ukraine', ['Paris summit']),
    ],
    relations: [
      ...dis('Merkel-Zelenskyy telephone call', 'Paris summit of Germany, France, Russia and Ukraine'),
      ...inv('Paris summit of Germany, France, Russia and Ukraine', 'Germany', 'France', 'Russia', 'Ukraine'),
    ],
  },
];

const INCIDENTS: BankCase[] = [
  {
    id: 'missile-launched-by-state-toward',
    form: '"condemned the ballistic missile launched by A toward the Sea of Japan"',
    date: '2024-10-31',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister Takeshi Iwaya held a telephone talk with Foreign Minister Cho Tae-yul of the Republic of Korea on 31 October. ' +
      'The two ministers condemned the ballistic missile launched by North Korea toward the Sea of Japan that morning.',
    entities: [
      P('Takeshi Iwaya', 'Foreign Minister Takeshi Iwaya', 'Iwaya'),
      P('Cho Tae-yul', 'Foreign Minister Cho Tae-yul'),
      S('South Korea', 'Republic of Korea'),
      S('North Korea'),
      E('Iwaya-Cho telephone talk', ['telephone talk'], '2024-10-31'),
      E('ballistic missile launched by North Korea', ['ballistic missile launch']),
    ],
    relations: [
      ...dis('Iwaya-Cho telephone talk', 'ballistic missile launched by North Korea'),
      ...inv('ballistic missile launched by North Korea', 'North Korea'),
    ],
  },
  {
    id: 'possessive-seizure-of-vessel',
    form: '"expressed concern about A\'s seizure of a commercial vessel in the Strait of Hormuz"',
    date: '2024-04-15',
    source: "Prime Minister's Office, United Kingdom",
    text:
      'Prime Minister Rishi Sunak spoke to President Emmanuel Macron this afternoon. ' +
      "Both leaders expressed concern about Iran's seizure of a commercial vessel in the Strait of Hormuz.",
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      S('Iran'),
      E('Sunak-Macron call', ['spoke to']),
      E("Iran's seizure of a commercial vessel", ['seizure of a commercial vessel']),
    ],
    relations: [
      ...dis('Sunak-Macron call', "Iran's seizure of a commercial vessel"),
      ...inv("Iran's seizure of a commercial vessel", 'Iran'),
    ],
  },
  {
    id: 'detention-of-nationals-in-state',
    form: '"raised the detention of two Canadian citizens in China"',
    date: '2019-07-30',
    source: 'Global Affairs Canada',
    text:
      'Minister Chrystia Freeland met with Foreign Minister Wang Yi in Bangkok on the margins of the ASEAN meetings. ' +
      'The Minister raised the arbitrary detention of two Canadian citizens in China.',
    entities: [
      P('Chrystia Freeland', 'Minister Chrystia Freeland', 'Freeland'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      S('Canada', 'Canadian'),
      S('China'),
      O('ASEAN'),
      E('Freeland-Wang meeting in Bangkok', ['met']),
      E('ASEAN meetings'),
      E('arbitrary detention of two Canadian citizens in China', ['detention of two Canadian citizens']),
    ],
    relations: [
      ...dis('Freeland-Wang meeting in Bangkok', 'arbitrary detention of two Canadian citizens in China'),
      ...inv('arbitrary detention of two Canadian citizens in China', 'Canada', 'China'),
      ...inv('ASEAN meetings', 'ASEAN'),
    ],
  },
  {
    id: 'attack-on-city-carried-out-by-forces',
    form: '"the drone attack on Odesa, carried out by Russian forces" (the city\'s state as target)',
    date: '2024-03-08',
    source: 'Office of the President of Ukraine',
    text:
      'President Volodymyr Zelenskyy had a phone call with Prime Minister Kyriakos Mitsotakis of Greece. ' +
      "They condemned the drone attack on Odesa carried out by Russian forces during the Prime Minister's visit to the city.",
    entities: [
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      S('Greece'),
      S('Russia', 'Russian'),
      S('Ukraine'),
      E('Zelenskyy-Mitsotakis phone call', ['phone call']),
      E('drone attack on Odesa', ['attack on Odesa']),
      E("Mitsotakis's visit to Odesa", ["Prime Minister's visit to the city"]),
    ],
    relations: [
      ...dis('Zelenskyy-Mitsotakis phone call', 'drone attack on Odesa'),
      ...inv('drone attack on Odesa', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'war-in-state-consequences-for',
    form: '"the war in A and its consequences for B" (an affected neighbour)',
    date: '2024-02-20',
    source: 'Présidence de la République du Tchad',
    text:
      "President Mahamat Idriss Déby received the United Nations High Commissioner for Refugees, Filippo Grandi, in N'Djamena. " +
      'They discussed the war in Sudan and its humanitarian consequences for Chad.',
    entities: [
      P('Mahamat Idriss Déby', 'President Mahamat Idriss Déby', 'Déby'),
      P('Filippo Grandi', 'Grandi'),
      S('Sudan'),
      S('Chad'),
      E("Déby-Grandi meeting in N'Djamena", ['received']),
      E('war in Sudan'),
    ],
    relations: [
      ...dis("Déby-Grandi meeting in N'Djamena", 'war in Sudan', 'Chad'),
      ...inv('war in Sudan', 'Sudan', 'Chad'),
    ],
  },
  {
    id: 'floods-that-hit-city-of-state',
    form: '"conveyed condolences over the floods that hit Libya\'s eastern city of Derna"',
    date: '2023-09-13',
    source: 'Egyptian Presidency',
    text:
      'President Abdel Fattah El-Sisi received a phone call from the Chairman of the Presidential Council of Libya, Mohamed al-Menfi. ' +
      "The President conveyed Egypt's condolences over the floods that hit Libya's eastern city of Derna.",
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi', 'El-Sisi'),
      P('Mohamed al-Menfi', 'al-Menfi'),
      S('Libya'),
      S('Egypt'),
      E('El-Sisi-al-Menfi phone call', ['phone call']),
      E('floods that hit Derna', ['floods']),
    ],
    relations: [
      ...dis('El-Sisi-al-Menfi phone call', 'floods that hit Derna'),
      ...inv('floods that hit Derna', 'Libya'),
    ],
  },
  {
    id: 'situation-following-military-coup-in',
    form: '"the situation following the military coup in A"',
    date: '2023-08-10',
    source: 'Élysée',
    text:
      'President Emmanuel Macron spoke with President Bola Tinubu of Nigeria on 10 August. ' +
      'The two Presidents discussed the situation following the military coup in Niger.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Bola Tinubu', 'President Bola Tinubu', 'Tinubu'),
      S('Nigeria'),
      S('Niger'),
      E('Macron-Tinubu call', ['spoke with'], '2023-08-10'),
      E('military coup in Niger', ['coup in Niger']),
    ],
    relations: [...dis('Macron-Tinubu call', 'military coup in Niger'), ...inv('military coup in Niger', 'Niger')],
  },
  {
    id: 'possessive-full-scale-invasion-of',
    form: '"A\'s full-scale invasion of B" (actor possessive, target after "of")',
    date: '2024-02-24',
    source: 'Government of Canada',
    text:
      "Prime Minister Justin Trudeau met President Volodymyr Zelenskyy in Kyiv on the second anniversary of Russia's full-scale invasion of Ukraine. " +
      'The Prime Minister announced new military assistance.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Russia'),
      S('Ukraine'),
      E('Trudeau-Zelenskyy meeting in Kyiv', ['met'], '2024-02-24'),
      E("Russia's full-scale invasion of Ukraine", ['full-scale invasion of Ukraine']),
    ],
    relations: [...inv("Russia's full-scale invasion of Ukraine", 'Russia', 'Ukraine')],
  },
  {
    id: 'shelling-near-plant-in-state',
    form: '"the shelling near the Zaporizhzhia nuclear power plant in Ukraine" and the IAEA',
    date: '2024-04-09',
    source: 'International Atomic Energy Agency',
    text:
      'IAEA Director General Rafael Grossi met Foreign Minister Dmytro Kuleba in Kyiv on 9 April. ' +
      'They discussed the shelling near the Zaporizhzhia nuclear power plant in Ukraine and the presence of IAEA experts at the site.',
    entities: [
      P('Rafael Grossi', 'Director General Rafael Grossi', 'Grossi'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba', 'Kuleba'),
      O('International Atomic Energy Agency', 'IAEA'),
      S('Ukraine'),
      E('Grossi-Kuleba meeting in Kyiv', ['met'], '2024-04-09'),
      E('shelling near the Zaporizhzhia nuclear power plant', ['shelling']),
    ],
    relations: [
      ...dis('Grossi-Kuleba meeting in Kyiv', 'shelling near the Zaporizhzhia nuclear power plant'),
      ...inv('shelling near the Zaporizhzhia nuclear power plant', 'Ukraine'),
    ],
  },
  {
    id: 'attack-by-group-on-state-date',
    form: '"the attack by Hamas on Israel on 7 October" (non-state actor, target after "on")',
    date: '2023-10-12',
    source: 'Bundesregierung',
    text:
      'Chancellor Olaf Scholz received King Abdullah II of Jordan in Berlin on Thursday. ' +
      'They discussed the consequences of the attack by Hamas on Israel on 7 October.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Abdullah II', 'King Abdullah II'),
      S('Jordan'),
      S('Israel'),
      O('Hamas'),
      E('Scholz-Abdullah II meeting in Berlin', ['received']),
      E('attack by Hamas on Israel on 7 October', ['attack by Hamas on Israel']),
    ],
    relations: [
      ...dis('Scholz-Abdullah II meeting in Berlin', 'attack by Hamas on Israel on 7 October'),
      ...inv('attack by Hamas on Israel on 7 October', 'Hamas', 'Israel'),
    ],
  },
  {
    id: 'cyberattack-against-attributed-to',
    form: '"the cyberattack against A\'s government systems attributed to B"',
    date: '2022-09-20',
    source: 'Ministry for Europe and Foreign Affairs of Albania',
    text:
      'Prime Minister Edi Rama met NATO Secretary General Jens Stoltenberg in New York on 20 September. ' +
      "Prime Minister Rama briefed him on the cyberattack against Albania's government systems attributed to Iran.",
    entities: [
      P('Edi Rama', 'Prime Minister Edi Rama', 'Rama'),
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      O('NATO'),
      S('Albania'),
      S('Iran'),
      E('Rama-Stoltenberg meeting in New York', ['met'], '2022-09-20'),
      E("cyberattack against Albania's government systems", ['cyberattack']),
    ],
    relations: [
      ...dis('Rama-Stoltenberg meeting in New York', "cyberattack against Albania's government systems"),
      ...inv("cyberattack against Albania's government systems", 'Albania', 'Iran'),
    ],
  },
  {
    id: 'clashes-on-border-between',
    form: '"the clashes on the border between A and B in September"',
    date: '2022-10-06',
    source: 'European Council',
    text:
      'President Charles Michel met President Ilham Aliyev and Prime Minister Nikol Pashinyan in Prague on 6 October. ' +
      'The leaders reviewed the situation after the clashes on the border between Armenia and Azerbaijan in September.',
    entities: [
      P('Charles Michel', 'President Charles Michel', 'Michel'),
      P('Ilham Aliyev', 'President Ilham Aliyev', 'Aliyev'),
      P('Nikol Pashinyan', 'Prime Minister Nikol Pashinyan', 'Pashinyan'),
      S('Armenia'),
      S('Azerbaijan'),
      E('Michel-Aliyev-Pashinyan meeting in Prague', ['met'], '2022-10-06'),
      E('clashes on the border between Armenia and Azerbaijan', ['border clashes']),
    ],
    relations: [
      ...dis('Michel-Aliyev-Pashinyan meeting in Prague', 'clashes on the border between Armenia and Azerbaijan'),
      ...inv('clashes on the border between Armenia and Azerbaijan', 'Armenia', 'Azerbaijan'),
    ],
  },
  {
    id: 'earthquake-in-region-of-state',
    form: '"offered condolences for the devastating earthquake in western Afghanistan"',
    date: '2023-10-09',
    source: 'Ministry of Foreign Affairs of Pakistan',
    text:
      'Foreign Minister Jalil Abbas Jilani spoke by telephone with Foreign Minister Hossein Amir-Abdollahian of Iran. ' +
      'Both ministers offered condolences for the devastating earthquake in western Afghanistan.',
    entities: [
      P('Jalil Abbas Jilani', 'Foreign Minister Jalil Abbas Jilani', 'Jilani'),
      P('Hossein Amir-Abdollahian', 'Foreign Minister Hossein Amir-Abdollahian', 'Amir-Abdollahian'),
      S('Iran'),
      S('Afghanistan'),
      E('Jilani-Amir-Abdollahian telephone call', ['spoke by telephone']),
      E('earthquake in western Afghanistan', ['earthquake']),
    ],
    relations: [
      ...dis('Jilani-Amir-Abdollahian telephone call', 'earthquake in western Afghanistan'),
      ...inv('earthquake in western Afghanistan', 'Afghanistan'),
    ],
  },
  {
    id: 'nuclear-test-conducted-by-acronym',
    form: '"the nuclear test conducted by the DPRK" (an acronym as actor)',
    date: '2017-09-04',
    source: 'The White House',
    text:
      'President Donald J. Trump spoke with President Moon Jae-in of the Republic of Korea on Monday. ' +
      'The two leaders condemned the nuclear test conducted by the DPRK on 3 September.',
    entities: [
      P('Donald J. Trump', 'President Donald J. Trump', 'Trump'),
      P('Moon Jae-in', 'President Moon Jae-in', 'Moon'),
      S('South Korea', 'Republic of Korea'),
      S('North Korea', 'DPRK'),
      E('Trump-Moon call', ['spoke with']),
      E('nuclear test conducted by the DPRK', ['nuclear test'], '2017-09-03'),
    ],
    relations: [
      ...dis('Trump-Moon call', 'nuclear test conducted by the DPRK'),
      ...inv('nuclear test conducted by the DPRK', 'North Korea'),
    ],
  },
  {
    id: 'blockade-of-demonym-ports',
    form: '"the blockade of Ukrainian Black Sea ports" (target as demonym)',
    date: '2022-06-08',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan received Foreign Minister Sergey Lavrov in Ankara on 8 June. ' +
      'The talks centred on the blockade of Ukrainian Black Sea ports and the export of grain.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov', 'Lavrov'),
      S('Ukraine', 'Ukrainian'),
      E('Erdoğan-Lavrov talks in Ankara', ['talks'], '2022-06-08'),
      E('blockade of Ukrainian Black Sea ports', ['blockade']),
    ],
    relations: [
      ...dis('Erdoğan-Lavrov talks in Ankara', 'blockade of Ukrainian Black Sea ports'),
      ...inv('blockade of Ukrainian Black Sea ports', 'Ukraine'),
    ],
  },
  {
    id: 'poaching-by-demonym-vessels-around',
    form: '"illegal fishing by Chinese vessels in Philippine waters" (actor and affected state as demonyms)',
    date: '2024-03-20',
    source: 'Department of Foreign Affairs of the Philippines',
    text:
      'Secretary Enrique Manalo met Foreign Minister Penny Wong in Manila on 20 March. ' +
      'Secretary Manalo raised the illegal fishing by Chinese vessels in Philippine waters.',
    entities: [
      P('Enrique Manalo', 'Secretary Enrique Manalo', 'Manalo'),
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      S('China', 'Chinese'),
      S('Philippines', 'Philippine'),
      E('Manalo-Wong meeting in Manila', ['met'], '2024-03-20'),
      E('illegal fishing by Chinese vessels in Philippine waters', ['illegal fishing']),
    ],
    relations: [
      ...dis('Manalo-Wong meeting in Manila', 'illegal fishing by Chinese vessels in Philippine waters'),
      ...inv('illegal fishing by Chinese vessels in Philippine waters', 'China', 'Philippines'),
    ],
  },
  {
    id: 'strikes-carried-out-by-air-force-passive',
    form: '"strikes on targets in A carried out by the B Air Force" (a state\'s force as actor, the place\'s state)',
    date: '2024-10-27',
    source: 'Kremlin',
    text:
      'Vladimir Putin had a telephone conversation with President of Iran Masoud Pezeshkian. ' +
      'The conversation focused on the strikes on targets in Iran carried out by Israel on 26 October.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Masoud Pezeshkian', 'President of Iran Masoud Pezeshkian', 'Pezeshkian'),
      S('Iran'),
      S('Israel'),
      E('Putin-Pezeshkian telephone conversation', ['telephone conversation']),
      E('strikes on targets in Iran carried out by Israel', ['strikes on targets in Iran'], '2024-10-26'),
    ],
    relations: [
      ...dis('Putin-Pezeshkian telephone conversation', 'strikes on targets in Iran carried out by Israel'),
      ...inv('strikes on targets in Iran carried out by Israel', 'Iran', 'Israel'),
    ],
  },
];

const DISCUSSED_CASES: BankCase[] = [
  {
    id: 'reviewed-implementation-of-agreement',
    form: '"reviewed the implementation of the A-B … Agreement"',
    date: '2024-07-02',
    source: 'Ministry of External Affairs of India',
    text:
      'Commerce Minister Piyush Goyal met Trade Minister Don Farrell in New Delhi on 2 July. ' +
      'They reviewed the implementation of the Australia-India Economic Cooperation and Trade Agreement.',
    entities: [
      P('Piyush Goyal', 'Commerce Minister Piyush Goyal', 'Goyal'),
      P('Don Farrell', 'Trade Minister Don Farrell', 'Farrell'),
      A('Australia-India Economic Cooperation and Trade Agreement'),
      E('Goyal-Farrell meeting in New Delhi', ['met'], '2024-07-02'),
    ],
    relations: [
      ...dis('Goyal-Farrell meeting in New Delhi', 'Australia-India Economic Cooperation and Trade Agreement'),
    ],
  },
  {
    id: 'signing-ceremony-discusses-its-agreement',
    form: '"The signing of the A-B Reciprocal Access Agreement took place in City in the presence of"',
    date: '2024-07-08',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'The signing of the Japan-Philippines Reciprocal Access Agreement took place in Manila on 8 July in the presence of President Ferdinand Marcos Jr. ' +
      'Foreign Minister Yoko Kamikawa and Defense Secretary Gilberto Teodoro signed for their governments.',
    entities: [
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.'),
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa', 'Kamikawa'),
      P('Gilberto Teodoro', 'Defense Secretary Gilberto Teodoro', 'Teodoro'),
      A('Japan-Philippines Reciprocal Access Agreement', 'Reciprocal Access Agreement'),
      E('signing of the Japan-Philippines Reciprocal Access Agreement', [], '2024-07-08'),
    ],
    relations: [
      ...dis(
        'signing of the Japan-Philippines Reciprocal Access Agreement',
        'Japan-Philippines Reciprocal Access Agreement',
      ),
    ],
  },
  {
    id: 'preparations-for-body-summit-in-city',
    form: '"discussed preparations for the G20 Summit in Rio de Janeiro"',
    date: '2024-09-25',
    source: 'Itamaraty',
    text:
      'Foreign Minister Mauro Vieira met Foreign Minister Wang Yi in New York on 25 September. ' +
      'The ministers discussed preparations for the G20 Summit in Rio de Janeiro.',
    entities: [
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Vieira'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      O('G20'),
      E('Vieira-Wang meeting in New York', ['met'], '2024-09-25'),
      E('G20 Summit in Rio de Janeiro', ['G20 Summit']),
    ],
    relations: [
      ...dis('Vieira-Wang meeting in New York', 'G20 Summit in Rio de Janeiro'),
      ...inv('G20 Summit in Rio de Janeiro', 'G20'),
    ],
  },
  {
    id: 'cooperation-within-two-bodies',
    form: '"discussed cooperation within ASEAN and the Pacific Islands Forum"',
    date: '2024-05-28',
    source: 'Ministry of Foreign Affairs and Trade of New Zealand',
    text:
      'Foreign Minister Winston Peters held talks with Foreign Minister Retno Marsudi in Jakarta on 28 May. ' +
      'The ministers discussed cooperation within ASEAN and the Pacific Islands Forum.',
    entities: [
      P('Winston Peters', 'Foreign Minister Winston Peters', 'Peters'),
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi', 'Marsudi'),
      O('ASEAN'),
      O('Pacific Islands Forum'),
      E('Peters-Marsudi talks in Jakarta', ['talks'], '2024-05-28'),
    ],
    relations: [...dis('Peters-Marsudi talks in Jakarta', 'ASEAN', 'Pacific Islands Forum')],
  },
  {
    id: 'welcomed-entry-into-force-of-agreement',
    form: '"welcomed the entry into force of the A-B Interim Trade Agreement"',
    date: '2025-02-03',
    source: 'Ministerio de Relaciones Exteriores de Chile',
    text:
      'President Gabriel Boric received the President of the European Council, António Costa, in Santiago. ' +
      'Both welcomed the entry into force of the EU-Chile Interim Trade Agreement.',
    entities: [
      P('Gabriel Boric', 'President Gabriel Boric', 'Boric'),
      P('António Costa', 'Costa'),
      O('European Council'),
      A('EU-Chile Interim Trade Agreement'),
      E('Boric-Costa meeting in Santiago', ['received']),
    ],
    relations: [...dis('Boric-Costa meeting in Santiago', 'EU-Chile Interim Trade Agreement')],
  },
  {
    id: 'negative-following-up-earlier-call',
    form: 'negative: "Following up on their telephone call of 3 June" (an earlier call is no topic)',
    date: '2024-06-20',
    source: 'Bundesregierung',
    text:
      'Following up on their telephone call of 3 June, Chancellor Olaf Scholz met Prime Minister Giorgia Meloni in Rome on 20 June. ' +
      'They discussed migration and support for Ukraine.',
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      S('Ukraine'),
      E('Scholz-Meloni meeting in Rome', ['met'], '2024-06-20'),
      E('Scholz-Meloni telephone call of 3 June', ['telephone call of 3 June'], '2024-06-03'),
    ],
    relations: [...dis('Scholz-Meloni meeting in Rome', 'Ukraine')],
  },
  {
    id: 'negative-recalling-earlier-visit',
    form: 'negative: "Recalling her visit to City last year" (an earlier visit is no topic)',
    date: '2024-11-15',
    source: 'Department of Foreign Affairs and Trade',
    text:
      'Recalling her visit to Hanoi last year, Foreign Minister Penny Wong welcomed Deputy Prime Minister Bui Thanh Son to Canberra on 15 November. ' +
      'The two ministers discussed climate cooperation and the Mekong.',
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Bui Thanh Son', 'Deputy Prime Minister Bui Thanh Son'),
      E('Wong-Bui Thanh Son meeting in Canberra', ['welcomed'], '2024-11-15'),
      E("Wong's visit to Hanoi", ['visit to Hanoi']),
    ],
    relations: [],
  },
  {
    id: 'negative-acting-under-agreement',
    form: 'negative: "Under the 2014 Enhanced Defense Cooperation Agreement, the two sides …" (a basis, no topic)',
    date: '2024-04-30',
    source: 'U.S. Department of Defense',
    text:
      'Secretary of Defense Lloyd J. Austin III hosted Secretary Gilberto Teodoro at the Pentagon on 30 April. ' +
      'Under the 2014 Enhanced Defense Cooperation Agreement, the two sides plan to open four new sites this year.',
    entities: [
      P('Lloyd J. Austin III', 'Secretary of Defense Lloyd J. Austin III', 'Austin'),
      P('Gilberto Teodoro', 'Secretary Gilberto Teodoro', 'Teodoro'),
      A('Enhanced Defense Cooperation Agreement'),
      E('Austin-Teodoro meeting at the Pentagon', ['hosted'], '2024-04-30'),
    ],
    relations: [],
  },
  {
    id: 'incident-and-agreement-in-one-list',
    form: '"The conversation covered the prisoner exchange agreement and the downing of the aircraft"',
    date: '2024-01-26',
    source: 'Kremlin',
    text:
      'Vladimir Putin had a telephone conversation with President of Türkiye Recep Tayyip Erdoğan. ' +
      'The conversation covered the prisoner exchange agreement and the downing of the Il-76 aircraft over Belgorod Region by Ukrainian forces.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Recep Tayyip Erdoğan', 'President of Türkiye Recep Tayyip Erdoğan', 'Erdoğan'),
      S('Turkey', 'Türkiye'),
      S('Ukraine', 'Ukrainian'),
      S('Russia'),
      A('prisoner exchange agreement'),
      E('Putin-Erdoğan telephone conversation', ['telephone conversation']),
      E('downing of the Il-76 aircraft over Belgorod Region', ['downing of the Il-76 aircraft']),
    ],
    relations: [
      ...dis(
        'Putin-Erdoğan telephone conversation',
        'prisoner exchange agreement',
        'downing of the Il-76 aircraft over Belgorod Region',
      ),
      ...inv('downing of the Il-76 aircraft over Belgorod Region', 'Ukraine', 'Russia'),
    ],
  },
  {
    id: 'state-as-topic-accession',
    form: '"discussed Sweden\'s accession to NATO" (a state and a body as topics)',
    date: '2023-07-13',
    source: 'Office of the President of Finland',
    text:
      'President Sauli Niinistö met President Joe Biden in Helsinki on 13 July. ' +
      "The Presidents discussed Sweden's accession to NATO and the coming NATO summit in Washington.",
    entities: [
      P('Sauli Niinistö', 'President Sauli Niinistö', 'Niinistö'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      S('Sweden'),
      O('NATO'),
      E('Niinistö-Biden meeting in Helsinki', ['met']),
      E('NATO summit in Washington', ['NATO summit']),
    ],
    relations: [
      ...dis('Niinistö-Biden meeting in Helsinki', 'Sweden', 'NATO', 'NATO summit in Washington'),
      ...inv('NATO summit in Washington', 'NATO'),
    ],
  },
  {
    id: 'exchanged-views-on-talks-between',
    form: '"exchanged views on the talks between A and B in City" (other parties\' talks as topic)',
    date: '2025-03-12',
    source: 'Élysée',
    text:
      'President Emmanuel Macron spoke with Crown Prince Mohammed bin Salman on 12 March. ' +
      'They exchanged views on the talks between Ukraine and the United States held in Jeddah the day before.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      S('Ukraine'),
      S('United States'),
      S('Saudi Arabia'),
      E('Macron-Mohammed bin Salman call', ['spoke with'], '2025-03-12'),
      E('talks between Ukraine and the United States in Jeddah', ['Ukraine-United States talks in Jeddah']),
    ],
    relations: [
      ...dis('Macron-Mohammed bin Salman call', 'talks between Ukraine and the United States in Jeddah'),
      ...inv('talks between Ukraine and the United States in Jeddah', 'Ukraine', 'United States', 'Saudi Arabia'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-participants-states-in-meeting',
    form: 'negative: a meeting between named leaders gives no INVOLVES of their states',
    date: '2024-05-06',
    source: "Ministry of Foreign Affairs of the People's Republic of China",
    text:
      'President Xi Jinping held talks with French President Emmanuel Macron at the Élysée Palace in Paris on 6 May. ' +
      'The two heads of state had an in-depth exchange of views on China-France relations.',
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      S('France', 'French'),
      S('China'),
      E('Xi-Macron talks in Paris', ['talks'], '2024-05-06'),
    ],
    relations: [],
  },
  {
    id: 'negative-partnership-is-no-event',
    form: 'negative: "the A-B Comprehensive Strategic Partnership" is no event and involves nobody',
    date: '2024-03-07',
    source: 'Viet Nam News Agency',
    text:
      'Prime Minister Pham Minh Chinh met Prime Minister Christopher Luxon in Hanoi on 7 March. ' +
      'The two leaders agreed to deepen the Viet Nam-New Zealand Strategic Partnership.',
    entities: [
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      S('Vietnam', 'Viet Nam'),
      S('New Zealand'),
      E('Pham Minh Chinh-Luxon meeting in Hanoi', ['met'], '2024-03-07'),
    ],
    relations: [],
  },
  {
    id: 'negative-membership-apposition',
    form: 'negative: "Singapore, as Chair of ASEAN" identifies, no topic',
    date: '2018-04-27',
    source: "Prime Minister's Office Singapore",
    text:
      'Prime Minister Lee Hsien Loong, speaking as Chair of ASEAN, met President Rodrigo Duterte in Singapore on 27 April. ' +
      'They discussed the South China Sea code of conduct.',
    entities: [
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong'),
      P('Rodrigo Duterte', 'President Rodrigo Duterte', 'Duterte'),
      O('ASEAN'),
      A('code of conduct', 'South China Sea code of conduct'),
      E('Lee-Duterte meeting in Singapore', ['met'], '2018-04-27'),
    ],
    relations: [...dis('Lee-Duterte meeting in Singapore', 'code of conduct')],
  },
];

export const EVENT_BANK: BankCase[] = [...STATE_TALKS, ...INCIDENTS, ...DISCUSSED_CASES, ...NEGATIVES];
