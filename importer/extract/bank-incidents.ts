// The incidents paraphrase bank (issue 6, round inc13): a blind bank written before any rule change of the round, on
// incidents and state-level events and what hangs on them: the Event, its INVOLVES parties (every state or
// organisation named or plainly implied as actor, target or affected party: by name, demonym, possessive, capital, a
// city's or region's state, the nationals harmed) and the DISCUSSED link from the meeting that raised it. Incidents of
// many kinds (shelling, hijackings, kidnappings, detentions of nationals, cyberattacks, exchanges of fire on a border,
// airspace violations, sabotage, eruptions, outbreaks, earthquakes and floods, seizures of power, assassinations) told as
// noun phrases, participles ("the Japanese national detained in China", "the missile that hit …") and nominalisations
// ("the shooting down of …"); state-level processes and mechanisms whose only stated parties are states; and negatives
// (attended talks, a planned visit, a generic security situation, a sanctions package, figurative attacks and crises,
// the launch of an initiative). Written in the house styles of ministries, presidencies, wire agencies and
// international bodies, about real meetings in our own words. The GUIDE lists no sanctions: a sanctions package is no
// Event (the dev gold has none). Same format and runner as the events banks (`npm run bank -- incidents`): Events,
// DISCUSSED and INVOLVES are its facts.
//
// First pass (blind; bank committed at 35f8b96, rules of main f71645a unchanged): 13/69 cases pass, facts found
// 150/317 (47.3 %), false facts 63. About a third of the false facts and misses are names of the readout's own meeting
// or call that the lenient scorer does not pair ("Scholz-al-Sisi conversation of 15 April 2024" for "… telephone call",
// "Fumio-Marcos" for "Kishida Fumio"), outside this bank's constructions.
import { type BankCase, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const NAMED_PARTIES: BankCase[] = [
  {
    id: 'hijacking-of-flagged-carrier-by-demonym-pirates',
    form: '"the hijacking of the A-flagged bulk carrier … by B pirates" (affected flag state, actor by demonym)',
    date: '2024-03-20',
    source: 'Ministry of Foreign Affairs of Bangladesh',
    text:
      'Foreign Minister Dr. Hasan Mahmud held a telephone conversation with Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan of the United Arab Emirates on 20 March 2024. ' +
      'The Foreign Minister sought the support of the UAE following the hijacking of the Bangladeshi-flagged bulk carrier MV Abdullah by Somali pirates in the Indian Ocean.',
    entities: [
      P('Hasan Mahmud', 'Foreign Minister Dr. Hasan Mahmud'),
      P('Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed Al Nahyan'),
      S('United Arab Emirates', 'UAE'),
      S('Bangladesh', 'Bangladeshi'),
      S('Somalia', 'Somali'),
      E('Mahmud-Abdullah bin Zayed telephone conversation', ['telephone conversation'], '2024-03-20'),
      E('hijacking of the Bangladeshi-flagged bulk carrier MV Abdullah', ['hijacking of MV Abdullah']),
    ],
    relations: [
      ...dis(
        'Mahmud-Abdullah bin Zayed telephone conversation',
        'hijacking of the Bangladeshi-flagged bulk carrier MV Abdullah',
      ),
      ...inv('hijacking of the Bangladeshi-flagged bulk carrier MV Abdullah', 'Bangladesh', 'Somalia'),
    ],
  },
  {
    id: 'demonym-shelling-of-target-in-city',
    form: '"condemned the Russian shelling of a hypermarket in Kharkiv" (actor by demonym, a city\'s state)',
    date: '2024-05-27',
    source: 'Foreign, Commonwealth & Development Office',
    text:
      'The Foreign Secretary, Lord Cameron, spoke to Ukrainian Foreign Minister Dmytro Kuleba on 27 May. ' +
      'The Foreign Secretary condemned the Russian shelling of a hypermarket in Kharkiv, which killed at least 18 civilians.',
    entities: [
      P('David Cameron', 'Lord Cameron', 'The Foreign Secretary'),
      P('Dmytro Kuleba', 'Foreign Minister Dmytro Kuleba'),
      S('Ukraine', 'Ukrainian'),
      S('Russia', 'Russian'),
      E('Cameron-Kuleba call', ['spoke to'], '2024-05-27'),
      E('Russian shelling of a hypermarket in Kharkiv', ['shelling of a hypermarket in Kharkiv']),
    ],
    relations: [
      ...dis('Cameron-Kuleba call', 'Russian shelling of a hypermarket in Kharkiv'),
      ...inv('Russian shelling of a hypermarket in Kharkiv', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'ransomware-attacks-against-demonym-institutions',
    form: '"the ransomware attacks against Costa Rican government institutions in 2022" (target by demonym)',
    date: '2023-03-14',
    source: 'U.S. Department of State',
    text:
      'Secretary Antony J. Blinken met with Costa Rican President Rodrigo Chaves Robles in Washington on March 14. ' +
      'The Secretary and President Chaves discussed the recovery from the ransomware attacks against Costa Rican government institutions in 2022 and cooperation on cybersecurity.',
    entities: [
      P('Antony J. Blinken', 'Secretary Antony J. Blinken', 'The Secretary'),
      P('Rodrigo Chaves Robles', 'President Rodrigo Chaves Robles', 'President Chaves'),
      S('Costa Rica', 'Costa Rican'),
      E('Blinken-Chaves meeting in Washington', ['met with'], '2023-03-14'),
      E('ransomware attacks against Costa Rican government institutions', ['ransomware attacks']),
    ],
    relations: [
      ...dis('Blinken-Chaves meeting in Washington', 'ransomware attacks against Costa Rican government institutions'),
      ...inv('ransomware attacks against Costa Rican government institutions', 'Costa Rica'),
    ],
  },
  {
    id: 'exchange-of-fire-on-demonym-demonym-border',
    form: '"the exchange of fire on the Kyrgyz-Tajik border" (two states as a compound of demonyms)',
    date: '2022-09-16',
    source: 'OSCE Chairmanship',
    text:
      'The OSCE Chairman-in-Office, Foreign Minister Zbigniew Rau of Poland, spoke by telephone with Foreign Minister Jeenbek Kulubaev of Kyrgyzstan on 16 September. ' +
      'They discussed the exchange of fire on the Kyrgyz-Tajik border and the need for a lasting ceasefire.',
    entities: [
      P('Zbigniew Rau', 'Foreign Minister Zbigniew Rau'),
      P('Jeenbek Kulubaev', 'Foreign Minister Jeenbek Kulubaev'),
      O('OSCE'),
      S('Poland'),
      S('Kyrgyzstan', 'Kyrgyz'),
      S('Tajikistan', 'Tajik'),
      E('Rau-Kulubaev telephone call', ['spoke by telephone'], '2022-09-16'),
      E('exchange of fire on the Kyrgyz-Tajik border', ['exchange of fire']),
    ],
    relations: [
      ...dis('Rau-Kulubaev telephone call', 'exchange of fire on the Kyrgyz-Tajik border'),
      ...inv('exchange of fire on the Kyrgyz-Tajik border', 'Kyrgyzstan', 'Tajikistan'),
    ],
  },
  {
    id: 'violation-of-airspace-by-demonym-missile',
    form: '"the violation of Polish airspace by a Russian missile" (target and actor as demonyms)',
    date: '2023-12-29',
    source: 'Ministry of Foreign Affairs of the Republic of Poland',
    text:
      "Deputy Foreign Minister Andrzej Szejna met the Chargé d'Affaires of the Russian Federation in Warsaw on 29 December. " +
      'He demanded explanations for the violation of Polish airspace by a Russian missile that morning.',
    entities: [
      P('Andrzej Szejna', 'Deputy Foreign Minister Andrzej Szejna'),
      S('Russia', 'Russian Federation', 'Russian'),
      S('Poland', 'Polish'),
      E("Szejna meeting with the Russian Chargé d'Affaires in Warsaw", ["met the Chargé d'Affaires"]),
      E('violation of Polish airspace by a Russian missile', ['violation of Polish airspace']),
    ],
    relations: [
      ...dis(
        "Szejna meeting with the Russian Chargé d'Affaires in Warsaw",
        'violation of Polish airspace by a Russian missile',
      ),
      ...inv('violation of Polish airspace by a Russian missile', 'Poland', 'Russia'),
    ],
  },
  {
    id: 'suspected-sabotage-of-pipeline-between',
    form: '"the suspected sabotage of the Balticconnector gas pipeline between A and B"',
    date: '2023-10-11',
    source: 'Office of the President of the Republic of Finland',
    text:
      'President of the Republic Sauli Niinistö spoke with NATO Secretary General Jens Stoltenberg on Wednesday 11 October. ' +
      'They discussed the suspected sabotage of the Balticconnector gas pipeline between Finland and Estonia.',
    entities: [
      P('Sauli Niinistö', 'President of the Republic Sauli Niinistö'),
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg'),
      O('NATO'),
      S('Finland'),
      S('Estonia'),
      E('Niinistö-Stoltenberg call', ['spoke with'], '2023-10-11'),
      E('sabotage of the Balticconnector gas pipeline', ['suspected sabotage of the Balticconnector gas pipeline']),
    ],
    relations: [
      ...dis('Niinistö-Stoltenberg call', 'sabotage of the Balticconnector gas pipeline'),
      ...inv('sabotage of the Balticconnector gas pipeline', 'Finland', 'Estonia'),
    ],
  },
  {
    id: 'kidnapping-of-demonym-workers-in-state',
    form: '"the kidnapping of three Chinese workers in Mali" (victims\' state by demonym, the place\'s state)',
    date: '2022-07-25',
    source: 'Xinhua',
    text:
      'BAMAKO, July 25 (Xinhua) -- Chinese Ambassador Chen Zhihong met with Malian Foreign Minister Abdoulaye Diop in Bamako on Monday. ' +
      'The ambassador urged the Malian side to spare no effort in rescuing the hostages after the kidnapping of three Chinese workers in Mali last week.',
    entities: [
      P('Chen Zhihong', 'Ambassador Chen Zhihong'),
      P('Abdoulaye Diop', 'Foreign Minister Abdoulaye Diop'),
      S('China', 'Chinese'),
      S('Mali', 'Malian', 'the Malian side'),
      E('Chen-Diop meeting in Bamako', ['met with'], '2022-07-25'),
      E('kidnapping of three Chinese workers in Mali', ['kidnapping of three Chinese workers']),
    ],
    relations: [
      ...dis('Chen-Diop meeting in Bamako', 'kidnapping of three Chinese workers in Mali'),
      ...inv('kidnapping of three Chinese workers in Mali', 'China', 'Mali'),
    ],
  },
  {
    id: 'seizure-of-power-by-military-in-state',
    form: '"the seizure of power by the military in A on 30 August" (communiqué style)',
    date: '2023-08-31',
    source: 'African Union Peace and Security Council',
    text:
      'The Peace and Security Council of the African Union, at its 1168th meeting held on 31 August 2023, considered the seizure of power by the military in Gabon on 30 August 2023. ' +
      'Council decided to immediately suspend the participation of Gabon in all activities of the African Union.',
    entities: [
      O('African Union', 'AU'),
      O('Peace and Security Council of the African Union', 'Peace and Security Council', 'Council'),
      S('Gabon'),
      E('1168th meeting of the Peace and Security Council', ['1168th meeting'], '2023-08-31'),
      E('seizure of power by the military in Gabon', ['seizure of power in Gabon'], '2023-08-30'),
    ],
    relations: [
      ...dis('1168th meeting of the Peace and Security Council', 'seizure of power by the military in Gabon'),
      ...inv('seizure of power by the military in Gabon', 'Gabon'),
    ],
  },
  {
    id: 'suicide-bombing-near-embassy-in-capital',
    form: '"the suicide bombing near the Russian embassy in Kabul" (a target\'s state, a capital\'s state)',
    date: '2022-09-06',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text:
      'On 6 September, Foreign Minister Sergey Lavrov received Ambassador of Pakistan Shafqat Ali Khan in Moscow. ' +
      'The discussion focused on the suicide bombing near the Russian embassy in Kabul, which killed two embassy staff members.',
    entities: [
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov'),
      P('Shafqat Ali Khan', 'Ambassador of Pakistan Shafqat Ali Khan'),
      S('Pakistan'),
      S('Russia', 'Russian'),
      S('Afghanistan'),
      E('Lavrov-Khan meeting in Moscow', ['received'], '2022-09-06'),
      E('suicide bombing near the Russian embassy in Kabul', ['bombing near the Russian embassy']),
    ],
    relations: [
      ...dis('Lavrov-Khan meeting in Moscow', 'suicide bombing near the Russian embassy in Kabul'),
      ...inv('suicide bombing near the Russian embassy in Kabul', 'Russia', 'Afghanistan'),
    ],
  },
  {
    id: 'attack-by-forces-on-org-convoy',
    form: '"the attack by Russian forces on a convoy of the International Committee of the Red Cross" (a body as target)',
    date: '2024-09-13',
    source: 'Swiss Federal Department of Foreign Affairs',
    text:
      'Federal Councillor Ignazio Cassis met the President of the International Committee of the Red Cross, Mirjana Spoljaric, in Bern on 13 September. ' +
      'They discussed the attack by Russian forces on a convoy of the International Committee of the Red Cross in the Donetsk region of Ukraine, in which three staff members were killed.',
    entities: [
      P('Ignazio Cassis', 'Federal Councillor Ignazio Cassis'),
      P('Mirjana Spoljaric'),
      O('International Committee of the Red Cross', 'ICRC'),
      S('Russia', 'Russian'),
      S('Ukraine'),
      E('Cassis-Spoljaric meeting in Bern', ['met'], '2024-09-13'),
      E('attack by Russian forces on a convoy of the International Committee of the Red Cross', [
        'attack on a convoy of the ICRC',
      ]),
    ],
    relations: [
      ...dis(
        'Cassis-Spoljaric meeting in Bern',
        'attack by Russian forces on a convoy of the International Committee of the Red Cross',
      ),
      ...inv(
        'attack by Russian forces on a convoy of the International Committee of the Red Cross',
        'Russia',
        'International Committee of the Red Cross',
        'Ukraine',
      ),
    ],
  },
  {
    id: 'outbreak-of-disease-in-state',
    form: '"the Ebola outbreak in Uganda" (an epidemic as a crisis)',
    date: '2022-10-12',
    source: 'Africa CDC',
    text:
      'The Director General of Africa CDC, Dr. Jean Kaseya, met the Minister of Health of Uganda, Dr. Jane Ruth Aceng, in Kampala on 12 October. ' +
      'The meeting reviewed the response to the Ebola outbreak in Uganda and support for contact tracing.',
    entities: [
      P('Jean Kaseya', 'Dr. Jean Kaseya'),
      P('Jane Ruth Aceng', 'Dr. Jane Ruth Aceng'),
      O('Africa CDC'),
      S('Uganda'),
      E('Kaseya-Aceng meeting in Kampala', ['met'], '2022-10-12'),
      E('Ebola outbreak in Uganda', ['Ebola outbreak']),
    ],
    relations: [
      ...dis('Kaseya-Aceng meeting in Kampala', 'Ebola outbreak in Uganda'),
      ...inv('Ebola outbreak in Uganda', 'Uganda'),
    ],
  },
  {
    id: 'eruption-and-tsunami-possessive-state',
    form: '"the eruption of the Hunga Tonga-Hunga Ha\'apai volcano and the tsunami that followed" (the state named earlier)',
    date: '2022-01-18',
    source: 'Ministry of Foreign Affairs and Trade of New Zealand',
    text:
      "Foreign Minister Nanaia Mahuta spoke with Tonga's Prime Minister Siaosi Sovaleni on 18 January. " +
      "They discussed New Zealand's assistance after the eruption of the Hunga Tonga-Hunga Ha'apai volcano and the tsunami that struck Tonga.",
    entities: [
      P('Nanaia Mahuta', 'Foreign Minister Nanaia Mahuta'),
      P('Siaosi Sovaleni', 'Prime Minister Siaosi Sovaleni'),
      S('Tonga'),
      S('New Zealand'),
      E('Mahuta-Sovaleni call', ['spoke with'], '2022-01-18'),
      E("eruption of the Hunga Tonga-Hunga Ha'apai volcano", ['volcanic eruption']),
      E('tsunami that struck Tonga', ['tsunami']),
    ],
    relations: [
      ...dis('Mahuta-Sovaleni call', "eruption of the Hunga Tonga-Hunga Ha'apai volcano", 'tsunami that struck Tonga'),
      ...inv("eruption of the Hunga Tonga-Hunga Ha'apai volcano", 'Tonga'),
      ...inv('tsunami that struck Tonga', 'Tonga'),
    ],
  },
  {
    id: 'prisoner-swap-between-brokered-by',
    form: '"the prisoner swap between A and B brokered by C" (a state-level exchange and its broker)',
    date: '2023-12-21',
    source: 'Qatar News Agency',
    text:
      'Doha, December 21 (QNA) - HE Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al Khulaifi received a phone call from US Assistant Secretary of State Brian Nichols. ' +
      'The call dealt with the prisoner swap between the United States and Venezuela brokered by the State of Qatar.',
    entities: [
      P('Mohammed bin Abdulaziz Al Khulaifi', 'Dr. Mohammed bin Abdulaziz Al Khulaifi'),
      P('Brian Nichols', 'Assistant Secretary of State Brian Nichols'),
      S('Qatar', 'State of Qatar'),
      S('United States', 'US'),
      S('Venezuela'),
      E('Al Khulaifi-Nichols phone call', ['phone call'], '2023-12-21'),
      E('prisoner swap between the United States and Venezuela', ['prisoner swap']),
    ],
    relations: [
      ...dis('Al Khulaifi-Nichols phone call', 'prisoner swap between the United States and Venezuela'),
      ...inv('prisoner swap between the United States and Venezuela', 'United States', 'Venezuela', 'Qatar'),
    ],
  },
  {
    id: 'forcible-deportation-possessive-actor',
    form: '"Russia\'s forcible deportation of children from occupied areas of Ukraine"',
    date: '2023-04-04',
    source: 'Global Affairs Canada',
    text:
      "Minister of Foreign Affairs Mélanie Joly met with Qatar's Minister of State for International Cooperation, Lolwah Al-Khater, in Ottawa on April 4. " +
      "They discussed Qatar's mediation following Russia's forcible deportation of children from occupied areas of Ukraine.",
    entities: [
      P('Mélanie Joly', 'Minister of Foreign Affairs Mélanie Joly'),
      P('Lolwah Al-Khater', 'Lolwah Al-Khater'),
      S('Qatar'),
      S('Russia'),
      S('Ukraine'),
      E('Joly-Al-Khater meeting in Ottawa', ['met with'], '2023-04-04'),
      E("Russia's forcible deportation of children from occupied areas of Ukraine", [
        'forcible deportation of children',
      ]),
    ],
    relations: [
      ...dis(
        'Joly-Al-Khater meeting in Ottawa',
        "Russia's forcible deportation of children from occupied areas of Ukraine",
      ),
      ...inv("Russia's forcible deportation of children from occupied areas of Ukraine", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'annexation-by-capital-metonym',
    form: '"Moscow\'s illegal annexation of Crimea" (actor by its capital, target by its territory)',
    date: '2024-02-26',
    source: 'European External Action Service',
    text:
      'High Representative Josep Borrell met the Chairman of the Mejlis of the Crimean Tatar People, Refat Chubarov, in Brussels on 26 February. ' +
      "The talks centred on the human rights situation of Crimean Tatars ten years after Moscow's illegal annexation of Crimea, which the European Union does not recognise. " +
      'Mr Borrell reaffirmed the support of the EU for Ukraine.',
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell', 'Mr Borrell'),
      P('Refat Chubarov'),
      O('European Union', 'EU'),
      S('Russia', 'Moscow'),
      S('Ukraine'),
      E('Borrell-Chubarov meeting in Brussels', ['met'], '2024-02-26'),
      E("Moscow's illegal annexation of Crimea", ['annexation of Crimea']),
    ],
    relations: [
      ...dis('Borrell-Chubarov meeting in Brussels', "Moscow's illegal annexation of Crimea"),
      ...inv("Moscow's illegal annexation of Crimea", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'military-drills-by-capital-around-island',
    form: '"Beijing\'s large-scale military drills around Taiwan" (actor by capital, target named)',
    date: '2024-05-24',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'Foreign Minister Yoko Kamikawa held a telephone talk with Secretary of State Antony Blinken on 24 May. ' +
      "The two ministers expressed concern over Beijing's large-scale military drills around Taiwan, which began on 23 May.",
    entities: [
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa'),
      P('Antony Blinken', 'Secretary of State Antony Blinken'),
      S('China', 'Beijing'),
      S('Taiwan'),
      E('Kamikawa-Blinken telephone talk', ['telephone talk'], '2024-05-24'),
      E("Beijing's large-scale military drills around Taiwan", ['military drills around Taiwan']),
    ],
    relations: [
      ...dis('Kamikawa-Blinken telephone talk', "Beijing's large-scale military drills around Taiwan"),
      ...inv("Beijing's large-scale military drills around Taiwan", 'China', 'Taiwan'),
    ],
  },
  {
    id: 'capital-possessive-drone-and-missile-attack-on',
    form: '"Tehran\'s drone and missile attack on Israel of 13 April"',
    date: '2024-04-15',
    source: 'Bundesregierung',
    text:
      'Federal Chancellor Olaf Scholz spoke on the telephone with the President of Egypt, Abdel Fattah al-Sisi, on Monday. ' +
      "The conversation focused on Tehran's drone and missile attack on Israel of 13 April and the danger of a regional conflagration.",
    entities: [
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz'),
      P('Abdel Fattah al-Sisi', 'President of Egypt, Abdel Fattah al-Sisi'),
      S('Egypt'),
      S('Iran', 'Tehran'),
      S('Israel'),
      E('Scholz-al-Sisi telephone call', ['spoke on the telephone'], '2024-04-15'),
      E("Tehran's drone and missile attack on Israel", ['drone and missile attack on Israel'], '2024-04-13'),
    ],
    relations: [
      ...dis('Scholz-al-Sisi telephone call', "Tehran's drone and missile attack on Israel"),
      ...inv("Tehran's drone and missile attack on Israel", 'Iran', 'Israel'),
    ],
  },
  {
    id: 'demonym-launch-of-solid-fuel-icbm-wire',
    form: 'wire: "the North Korean launch of a solid-fuel ICBM on Monday" (actor by demonym)',
    date: '2023-12-19',
    source: 'Yonhap News Agency',
    text:
      'SEOUL, Dec. 19 (Yonhap) -- Foreign Minister Park Jin held phone talks with his Japanese counterpart Yoko Kamikawa on Tuesday. ' +
      'The two ministers strongly condemned the North Korean launch of a solid-fuel ICBM on Monday, calling it a clear violation of U.N. Security Council resolutions.',
    entities: [
      P('Park Jin', 'Foreign Minister Park Jin'),
      P('Yoko Kamikawa'),
      S('South Korea'),
      S('Japan', 'Japanese'),
      S('North Korea', 'North Korean'),
      E('Park-Kamikawa phone talks', ['phone talks'], '2023-12-19'),
      E('North Korean launch of a solid-fuel ICBM', ['launch of a solid-fuel ICBM']),
    ],
    relations: [
      ...dis('Park-Kamikawa phone talks', 'North Korean launch of a solid-fuel ICBM'),
      ...inv('North Korean launch of a solid-fuel ICBM', 'North Korea'),
    ],
  },
];

const IMPLIED_PARTIES: BankCase[] = [
  {
    id: 'earthquake-in-province-state-named-elsewhere',
    form: '"the earthquake in the Al Haouz province" (the province\'s state named only as the leader\'s)',
    date: '2023-09-09',
    source: 'La Moncloa',
    text:
      'The President of the Government, Pedro Sánchez, spoke by telephone on Saturday with King Mohammed VI of Morocco. ' +
      'Sánchez conveyed the condolences of the Spanish people for the victims of the earthquake in the Al Haouz province and offered the help of the Military Emergencies Unit.',
    entities: [
      P('Pedro Sánchez', 'The President of the Government, Pedro Sánchez', 'Sánchez'),
      P('Mohammed VI', 'King Mohammed VI'),
      S('Morocco'),
      S('Spain', 'Spanish'),
      E('Sánchez-Mohammed VI telephone call', ['spoke by telephone'], '2023-09-09'),
      E('earthquake in the Al Haouz province', ['earthquake']),
    ],
    relations: [
      ...dis('Sánchez-Mohammed VI telephone call', 'earthquake in the Al Haouz province'),
      ...inv('earthquake in the Al Haouz province', 'Morocco'),
    ],
  },
  {
    id: 'monsoon-floods-in-provinces-of-state',
    form: '"the monsoon floods in the provinces of Sindh and Balochistan" (a region\'s state named in the call)',
    date: '2022-08-29',
    source: 'Presidency of the Republic of Türkiye',
    text:
      'President Recep Tayyip Erdoğan held a phone call with Prime Minister of Pakistan Shehbaz Sharif. ' +
      'President Erdoğan said that Türkiye stood by the Pakistani people in the face of the monsoon floods in the provinces of Sindh and Balochistan.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      P('Shehbaz Sharif', 'Prime Minister of Pakistan Shehbaz Sharif'),
      S('Pakistan', 'Pakistani'),
      S('Turkey', 'Türkiye'),
      E('Erdoğan-Sharif phone call', ['phone call']),
      E('monsoon floods in the provinces of Sindh and Balochistan', ['monsoon floods']),
    ],
    relations: [
      ...dis('Erdoğan-Sharif phone call', 'monsoon floods in the provinces of Sindh and Balochistan'),
      ...inv('monsoon floods in the provinces of Sindh and Balochistan', 'Pakistan'),
    ],
  },
  {
    id: 'terror-attack-in-town-of-state-named-after',
    form: '"the terror attack in Pahalgam" (the host state named in the same sentence as its victim)',
    date: '2025-04-23',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister Dr. S. Jaishankar received a telephone call from the Foreign Minister of France, Jean-Noël Barrot, on 23 April 2025. ' +
      'Foreign Minister Barrot condemned the terror attack in Pahalgam and expressed the solidarity of France with India.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar'),
      P('Jean-Noël Barrot', 'Foreign Minister Barrot'),
      S('France'),
      S('India'),
      E('Jaishankar-Barrot telephone call', ['telephone call'], '2025-04-23'),
      E('terror attack in Pahalgam', ['attack in Pahalgam']),
    ],
    relations: [
      ...dis('Jaishankar-Barrot telephone call', 'terror attack in Pahalgam'),
      ...inv('terror attack in Pahalgam', 'India'),
    ],
  },
  {
    id: 'assassination-of-former-leader-of-state',
    form: '"condolences on the assassination of former Prime Minister Abe Shinzo" (the victim\'s state)',
    date: '2022-09-27',
    source: "Prime Minister's Office of India",
    text:
      'Prime Minister Narendra Modi met Prime Minister of Japan Kishida Fumio in Tokyo on 27 September 2022. ' +
      "Prime Minister Modi conveyed his deep condolences on the assassination of former Prime Minister Abe Shinzo, Japan's longest-serving Prime Minister.",
    entities: [
      P('Narendra Modi', 'Prime Minister Narendra Modi'),
      P('Fumio Kishida', 'Kishida Fumio'),
      P('Shinzo Abe', 'Abe Shinzo'),
      S('Japan'),
      S('India'),
      E('Modi-Kishida meeting in Tokyo', ['met'], '2022-09-27'),
      E('assassination of former Prime Minister Abe Shinzo', ['assassination of Abe Shinzo']),
    ],
    relations: [
      ...dis('Modi-Kishida meeting in Tokyo', 'assassination of former Prime Minister Abe Shinzo'),
      ...inv('assassination of former Prime Minister Abe Shinzo', 'Japan'),
    ],
  },
  {
    id: 'presidential-election-of-the-host',
    form: '"congratulated … on the successful conduct of the presidential election" (the host\'s state)',
    date: '2024-03-22',
    source: 'Ministry of Foreign Affairs of the Republic of Senegal',
    text:
      'Minister of Foreign Affairs Ismaïla Madior Fall received the Ambassador of the European Union, Jean-Marc Pisani, in Dakar on 22 March 2024. ' +
      "Mr Pisani commended Senegal's authorities on the preparations for the presidential election of 24 March.",
    entities: [
      P('Ismaïla Madior Fall', 'Minister of Foreign Affairs Ismaïla Madior Fall'),
      P('Jean-Marc Pisani', 'Mr Pisani'),
      O('European Union'),
      S('Senegal'),
      E('Fall-Pisani meeting in Dakar', ['received'], '2024-03-22'),
      E('presidential election of 24 March', ['presidential election']),
    ],
    relations: [
      ...dis('Fall-Pisani meeting in Dakar', 'presidential election of 24 March'),
      ...inv('presidential election of 24 March', 'Senegal'),
    ],
  },
  {
    id: 'war-in-state-implies-aggressor-named',
    form: '"the war in Ukraine" with Russia named as its party in the next sentence',
    date: '2023-04-22',
    source: 'Itamaraty',
    text:
      'President Luiz Inácio Lula da Silva met the Prime Minister of Portugal, António Costa, in Lisbon on 22 April. ' +
      'The leaders discussed the war in Ukraine. President Lula reiterated that Brazil was ready to help Russia and Ukraine find a negotiated way out of the war.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'President Lula'),
      P('António Costa', 'Prime Minister of Portugal, António Costa'),
      S('Portugal'),
      S('Brazil'),
      S('Russia'),
      S('Ukraine'),
      E('Lula-Costa meeting in Lisbon', ['met'], '2023-04-22'),
      E('war in Ukraine', ['the war']),
    ],
    relations: [
      ...dis('Lula-Costa meeting in Lisbon', 'war in Ukraine'),
      ...inv('war in Ukraine', 'Ukraine', 'Russia'),
    ],
  },
  {
    id: 'demonym-coast-guard-detained-fishermen',
    form: '"the detention of 22 Indian fishermen by the Sri Lankan Navy" (victims and actor by demonym)',
    date: '2024-06-20',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister Dr. S. Jaishankar called on President Ranil Wickremesinghe of Sri Lanka in Colombo on 20 June 2024. ' +
      'EAM raised the detention of 22 Indian fishermen by the Sri Lankan Navy and sought their early release.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'EAM'),
      P('Ranil Wickremesinghe', 'President Ranil Wickremesinghe'),
      S('Sri Lanka', 'Sri Lankan'),
      S('India', 'Indian'),
      E('Jaishankar-Wickremesinghe meeting in Colombo', ['called on'], '2024-06-20'),
      E('detention of 22 Indian fishermen by the Sri Lankan Navy', ['detention of 22 Indian fishermen']),
    ],
    relations: [
      ...dis('Jaishankar-Wickremesinghe meeting in Colombo', 'detention of 22 Indian fishermen by the Sri Lankan Navy'),
      ...inv('detention of 22 Indian fishermen by the Sri Lankan Navy', 'India', 'Sri Lanka'),
    ],
  },
  {
    id: 'military-takeover-in-capital',
    form: '"the unconstitutional change of government in Niamey" (the capital\'s state as the affected party)',
    date: '2023-07-31',
    source: 'ECOWAS Commission',
    text:
      'The President of the ECOWAS Commission, Dr. Omar Alieu Touray, received the Foreign Minister of Benin, Olushegun Adjadi Bakari, in Abuja on 31 July. ' +
      'Their talks focused on the military coup in Niamey and the sanctions adopted by the Authority.',
    entities: [
      P('Omar Alieu Touray', 'Dr. Omar Alieu Touray'),
      P('Olushegun Adjadi Bakari', 'Foreign Minister of Benin, Olushegun Adjadi Bakari'),
      O('Economic Community of West African States', 'ECOWAS'),
      S('Benin'),
      S('Niger', 'Niamey'),
      E('Touray-Bakari meeting in Abuja', ['received'], '2023-07-31'),
      E('military coup in Niamey', ['coup in Niamey']),
    ],
    relations: [
      ...dis('Touray-Bakari meeting in Abuja', 'military coup in Niamey'),
      ...inv('military coup in Niamey', 'Niger'),
    ],
  },
  {
    id: 'flooding-in-region-of-possessive-state',
    form: '"the flooding in Slovenia\'s northern regions" (the possessive state as the affected party)',
    date: '2023-08-09',
    source: 'European Commission',
    text:
      'President Ursula von der Leyen visited Ljubljana on 9 August and met Prime Minister Robert Golob. ' +
      "They discussed EU support for reconstruction after the flooding in Slovenia's northern regions.",
    entities: [
      P('Ursula von der Leyen', 'President Ursula von der Leyen'),
      P('Robert Golob', 'Prime Minister Robert Golob'),
      O('European Union', 'EU'),
      S('Slovenia'),
      E('von der Leyen-Golob meeting in Ljubljana', ['met'], '2023-08-09'),
      E("flooding in Slovenia's northern regions", ['flooding']),
    ],
    relations: [
      ...dis('von der Leyen-Golob meeting in Ljubljana', "flooding in Slovenia's northern regions"),
      ...inv("flooding in Slovenia's northern regions", 'Slovenia'),
    ],
  },
  {
    id: 'wildfires-in-state-possessive-neighbour-help',
    form: '"the wildfires in Quebec" (a province\'s state; the helping state is no party)',
    date: '2023-06-09',
    source: 'Prime Minister of Canada',
    text:
      'Prime Minister Justin Trudeau spoke with President Emmanuel Macron of France today. ' +
      'The Prime Minister thanked President Macron for the French firefighters deployed to Canada to help fight the wildfires in Quebec.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau'),
      P('Emmanuel Macron', 'President Emmanuel Macron'),
      S('France', 'French'),
      S('Canada'),
      E('Trudeau-Macron call', ['spoke with'], '2023-06-09'),
      E('wildfires in Quebec', ['wildfires']),
    ],
    relations: [...dis('Trudeau-Macron call', 'wildfires in Quebec'), ...inv('wildfires in Quebec', 'Canada')],
  },
];

const PARTICIPLES: BankCase[] = [
  {
    id: 'national-detained-in-state-participle',
    form: '"called for the early release of the Japanese national detained in China" (participle, victim by demonym)',
    date: '2023-11-16',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      "On November 16, Mr. KISHIDA Fumio, Prime Minister of Japan, held a Japan-China Summit Meeting with Mr. Xi Jinping, President of the People's Republic of China, in San Francisco. " +
      'Prime Minister Kishida called for the early release of the Japanese national detained in China.',
    entities: [
      P('Fumio Kishida', 'KISHIDA Fumio', 'Prime Minister Kishida'),
      P('Xi Jinping', 'Mr. Xi Jinping'),
      S('Japan', 'Japanese'),
      S('China', "People's Republic of China"),
      E('Japan-China Summit Meeting', [], '2023-11-16'),
      E('detention of a Japanese national in China', ['Japanese national detained in China']),
    ],
    relations: [
      ...dis('Japan-China Summit Meeting', 'detention of a Japanese national in China'),
      ...inv('detention of a Japanese national in China', 'Japan', 'China'),
    ],
  },
  {
    id: 'vessel-seized-by-state-participle',
    form: '"the MSC Aries, the vessel seized by Iran near the Strait of Hormuz" (participle, crew\'s state)',
    date: '2024-04-14',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister Dr. S. Jaishankar spoke with Iranian Foreign Minister H. Amir-Abdollahian on 14 April. ' +
      'EAM took up the release of the 17 Indian crew members of the container ship MSC Aries, seized by Iran near the Strait of Hormuz on 13 April.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar', 'EAM'),
      P('Hossein Amir-Abdollahian', 'H. Amir-Abdollahian'),
      S('Iran', 'Iranian'),
      S('India', 'Indian'),
      E('Jaishankar-Amir-Abdollahian call', ['spoke with'], '2024-04-14'),
      E('seizure of the container ship MSC Aries by Iran', ['MSC Aries, seized by Iran']),
    ],
    relations: [
      ...dis('Jaishankar-Amir-Abdollahian call', 'seizure of the container ship MSC Aries by Iran'),
      ...inv('seizure of the container ship MSC Aries by Iran', 'Iran', 'India'),
    ],
  },
  {
    id: 'missile-that-hit-building-in-city',
    form: '"the Russian missile that hit a residential building in Dnipro" (relative clause, a city\'s state)',
    date: '2023-01-16',
    source: 'Office of the President of Ukraine',
    text:
      'President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of the United Kingdom Rishi Sunak. ' +
      'The President informed his counterpart about the consequences of the Russian missile that hit a residential building in Dnipro on Saturday.',
    entities: [
      P('Volodymyr Zelenskyy', 'President of Ukraine Volodymyr Zelenskyy'),
      P('Rishi Sunak', 'Prime Minister of the United Kingdom Rishi Sunak'),
      S('Ukraine'),
      S('United Kingdom'),
      S('Russia', 'Russian'),
      E('Zelenskyy-Sunak phone conversation', ['phone conversation']),
      E('Russian missile strike on a residential building in Dnipro', [
        'Russian missile that hit a residential building in Dnipro',
      ]),
    ],
    relations: [
      ...dis('Zelenskyy-Sunak phone conversation', 'Russian missile strike on a residential building in Dnipro'),
      ...inv('Russian missile strike on a residential building in Dnipro', 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'drones-shot-down-over-state-participle',
    form: '"the fragments of Russian drones found on Romanian territory after the attacks on the Ukrainian port of Izmail"',
    date: '2024-02-14',
    source: 'Ministry of Foreign Affairs of Romania',
    text:
      'Minister of Foreign Affairs Luminița Odobescu had a meeting with NATO Deputy Secretary General Mircea Geoană in Bucharest on 14 February. ' +
      'The discussion addressed the fragments of Russian drones found on Romanian territory after the attacks on the Ukrainian port of Izmail.',
    entities: [
      P('Luminița Odobescu', 'Minister of Foreign Affairs Luminița Odobescu'),
      P('Mircea Geoană', 'NATO Deputy Secretary General Mircea Geoană'),
      O('NATO'),
      S('Romania', 'Romanian'),
      S('Russia', 'Russian'),
      S('Ukraine', 'Ukrainian'),
      E('Odobescu-Geoană meeting in Bucharest', ['meeting'], '2024-02-14'),
      E('attacks on the Ukrainian port of Izmail', ['attacks on Izmail']),
    ],
    relations: [
      ...dis('Odobescu-Geoană meeting in Bucharest', 'attacks on the Ukrainian port of Izmail'),
      ...inv('attacks on the Ukrainian port of Izmail', 'Ukraine', 'Russia', 'Romania'),
    ],
  },
  {
    id: 'shooting-down-of-airliner-victims-states',
    form: '"accountability for the shooting down of flight MH17 over eastern Ukraine" with the victims\' states',
    date: '2024-07-17',
    source: 'Government of the Netherlands',
    text:
      'Minister of Foreign Affairs Hanke Bruins Slot met Australian Foreign Minister Penny Wong in The Hague on 17 July. ' +
      'Ten years after the shooting down of flight MH17 over eastern Ukraine, the Netherlands and Australia reaffirmed that they would continue to hold the Russian Federation accountable.',
    entities: [
      P('Hanke Bruins Slot', 'Minister of Foreign Affairs Hanke Bruins Slot'),
      P('Penny Wong', 'Australian Foreign Minister Penny Wong'),
      S('Netherlands'),
      S('Australia', 'Australian'),
      S('Russia', 'Russian Federation'),
      S('Ukraine'),
      E('Bruins Slot-Wong meeting in The Hague', ['met'], '2024-07-17'),
      E('shooting down of flight MH17', ['downing of MH17']),
    ],
    relations: [
      ...dis('Bruins Slot-Wong meeting in The Hague', 'shooting down of flight MH17'),
      ...inv('shooting down of flight MH17', 'Ukraine', 'Netherlands', 'Australia', 'Russia'),
    ],
  },
  {
    id: 'hostages-held-by-group-since',
    form: '"the hostages held by Hamas since 7 October" with the nationals\' state',
    date: '2023-11-20',
    source: 'Élysée',
    text:
      'President Emmanuel Macron spoke with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on 20 November. ' +
      'The President thanked Qatar for its mediation to free the French hostages held by Hamas since 7 October.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'The President'),
      P('Tamim bin Hamad Al Thani', 'Sheikh Tamim bin Hamad Al Thani', 'Emir of Qatar'),
      S('Qatar'),
      S('France', 'French'),
      O('Hamas'),
      E('Macron-Al Thani call', ['spoke with'], '2023-11-20'),
      E('hostage-taking by Hamas', ['French hostages held by Hamas']),
    ],
    relations: [
      ...dis('Macron-Al Thani call', 'hostage-taking by Hamas'),
      ...inv('hostage-taking by Hamas', 'Hamas', 'France', 'Qatar'),
    ],
  },
  {
    id: 'rockets-fired-from-state-at-state',
    form: '"the rockets fired from Lebanon at northern Israel" (origin state and target)',
    date: '2023-10-09',
    source: 'Anadolu Agency',
    text:
      'ANKARA (AA) - Turkish Foreign Minister Hakan Fidan spoke by phone with his Lebanese counterpart Abdallah Bou Habib on Monday, diplomatic sources said. ' +
      'The ministers discussed the rockets fired from Lebanon at northern Israel and the risk of the conflict spreading.',
    entities: [
      P('Hakan Fidan', 'Turkish Foreign Minister Hakan Fidan'),
      P('Abdallah Bou Habib'),
      S('Turkey', 'Turkish'),
      S('Lebanon', 'Lebanese'),
      S('Israel'),
      E('Fidan-Bou Habib phone call', ['spoke by phone'], '2023-10-09'),
      E('rockets fired from Lebanon at northern Israel', ['rockets fired from Lebanon']),
    ],
    relations: [
      ...dis('Fidan-Bou Habib phone call', 'rockets fired from Lebanon at northern Israel'),
      ...inv('rockets fired from Lebanon at northern Israel', 'Lebanon', 'Israel'),
    ],
  },
  {
    id: 'ships-attacked-in-sea-passive-told',
    form: '"the merchant vessels attacked in the Red Sea by the Houthis" (passive participle, a sea, a group)',
    date: '2024-01-12',
    source: 'Saudi Press Agency',
    text:
      'Riyadh, January 12, 2024, SPA -- His Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, received a phone call from the Foreign Minister of the Netherlands, Hanke Bruins Slot. ' +
      'They reviewed the situation of the merchant vessels attacked in the Red Sea by the Houthis.',
    entities: [
      P('Faisal bin Farhan', 'Prince Faisal bin Farhan'),
      P('Hanke Bruins Slot', 'Foreign Minister of the Netherlands, Hanke Bruins Slot'),
      S('Saudi Arabia'),
      S('Netherlands'),
      O('Houthis', 'Ansar Allah'),
      E('Faisal bin Farhan-Bruins Slot phone call', ['phone call'], '2024-01-12'),
      E('attacks on merchant vessels in the Red Sea by the Houthis', ['merchant vessels attacked in the Red Sea']),
    ],
    relations: [
      ...dis('Faisal bin Farhan-Bruins Slot phone call', 'attacks on merchant vessels in the Red Sea by the Houthis'),
      ...inv('attacks on merchant vessels in the Red Sea by the Houthis', 'Houthis'),
    ],
  },
];

const STATE_EVENTS: BankCase[] = [
  {
    id: 'maritime-consultations-named-by-two-states',
    form: '"the Japan-China High-Level Consultation on Maritime Affairs" (a mechanism named by its two states)',
    date: '2024-04-18',
    source: 'Ministry of Foreign Affairs of Japan',
    text:
      'On April 18, Mr. KAMIKAWA Yoko, Minister for Foreign Affairs, received a courtesy call from Mr. Wu Jianghao, Ambassador of China to Japan. ' +
      'Minister Kamikawa expressed her hope that the Japan-China High-Level Consultation on Maritime Affairs would produce concrete results.',
    entities: [
      P('Yoko Kamikawa', 'KAMIKAWA Yoko', 'Minister Kamikawa'),
      P('Wu Jianghao', 'Mr. Wu Jianghao'),
      S('Japan'),
      S('China'),
      E('courtesy call on Minister Kamikawa by Ambassador Wu Jianghao', ['courtesy call'], '2024-04-18'),
      E('Japan-China High-Level Consultation on Maritime Affairs', []),
    ],
    relations: [
      ...dis(
        'courtesy call on Minister Kamikawa by Ambassador Wu Jianghao',
        'Japan-China High-Level Consultation on Maritime Affairs',
      ),
      ...inv('Japan-China High-Level Consultation on Maritime Affairs', 'Japan', 'China'),
    ],
  },
  {
    id: 'process-in-which-states-are-guarantors',
    form: '"the Astana format, in which Russia, Iran and Türkiye act as guarantors" (parties told after "in which")',
    date: '2023-06-21',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Deputy Foreign Minister Kanat Tumysh met the UN Special Envoy for Syria, Geir Pedersen, in Astana on 21 June. ' +
      'They discussed the twentieth international meeting in the Astana format, in which Russia, Iran and Türkiye act as guarantors.',
    entities: [
      P('Kanat Tumysh', 'Deputy Foreign Minister Kanat Tumysh'),
      P('Geir Pedersen'),
      O('United Nations', 'UN'),
      S('Kazakhstan'),
      S('Russia'),
      S('Iran'),
      S('Turkey', 'Türkiye'),
      S('Syria'),
      E('Tumysh-Pedersen meeting in Astana', ['met'], '2023-06-21'),
      E('twentieth international meeting in the Astana format', ['Astana format']),
    ],
    relations: [
      ...dis('Tumysh-Pedersen meeting in Astana', 'twentieth international meeting in the Astana format'),
      ...inv('twentieth international meeting in the Astana format', 'Russia', 'Iran', 'Turkey'),
    ],
  },
  {
    id: 'working-mechanism-meetings-on-border-affairs',
    form: '"the recent meetings of the Working Mechanism for Consultation and Coordination on India-China Border Affairs"',
    date: '2024-07-25',
    source: 'Ministry of External Affairs of India',
    text:
      'External Affairs Minister Dr. S. Jaishankar met Foreign Minister Wang Yi on the sidelines of the ASEAN-related meetings in Vientiane on 25 July 2024. ' +
      'The two Ministers took stock of the recent meetings of the Working Mechanism for Consultation and Coordination on India-China Border Affairs.',
    entities: [
      P('S. Jaishankar', 'External Affairs Minister Dr. S. Jaishankar'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      O('ASEAN'),
      S('India'),
      S('China'),
      E('Jaishankar-Wang Yi meeting in Vientiane', ['met'], '2024-07-25'),
      E('ASEAN-related meetings in Vientiane', ['ASEAN-related meetings']),
      E('meetings of the Working Mechanism for Consultation and Coordination on India-China Border Affairs', [
        'WMCC meetings',
      ]),
    ],
    relations: [
      ...dis(
        'Jaishankar-Wang Yi meeting in Vientiane',
        'meetings of the Working Mechanism for Consultation and Coordination on India-China Border Affairs',
      ),
      ...inv(
        'meetings of the Working Mechanism for Consultation and Coordination on India-China Border Affairs',
        'India',
        'China',
      ),
      ...inv('ASEAN-related meetings in Vientiane', 'ASEAN'),
    ],
  },
  {
    id: 'trilateral-strategic-dialogue-of-three-states',
    form: '"the Trilateral Strategic Dialogue between Australia, Japan and the United States" (no attendees named)',
    date: '2023-05-19',
    source: 'Department of Foreign Affairs and Trade of Australia',
    text:
      'Prime Minister Anthony Albanese met Prime Minister Kishida Fumio in Hiroshima on 19 May. ' +
      'The Prime Ministers welcomed the work of the Trilateral Strategic Dialogue between Australia, Japan and the United States.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese'),
      P('Fumio Kishida', 'Prime Minister Kishida Fumio'),
      S('Australia'),
      S('Japan'),
      S('United States'),
      E('Albanese-Kishida meeting in Hiroshima', ['met'], '2023-05-19'),
      E('Trilateral Strategic Dialogue between Australia, Japan and the United States', [
        'Trilateral Strategic Dialogue',
      ]),
    ],
    relations: [
      ...dis(
        'Albanese-Kishida meeting in Hiroshima',
        'Trilateral Strategic Dialogue between Australia, Japan and the United States',
      ),
      ...inv(
        'Trilateral Strategic Dialogue between Australia, Japan and the United States',
        'Australia',
        'Japan',
        'United States',
      ),
    ],
  },
  {
    id: 'maritime-border-negotiations-mediated-by',
    form: '"the indirect negotiations between Lebanon and Israel on the maritime border, mediated by the United States"',
    date: '2022-10-13',
    source: 'Presidency of the Republic of Cyprus',
    text:
      'President Nicos Anastasiades received the Prime Minister of Lebanon, Najib Mikati, at the Presidential Palace in Nicosia on 13 October. ' +
      'President Anastasiades welcomed the outcome of the indirect negotiations between Lebanon and Israel on the maritime border, mediated by the United States.',
    entities: [
      P('Nicos Anastasiades', 'President Nicos Anastasiades'),
      P('Najib Mikati', 'Prime Minister of Lebanon, Najib Mikati'),
      S('Cyprus'),
      S('Lebanon'),
      S('Israel'),
      S('United States'),
      E('Anastasiades-Mikati meeting in Nicosia', ['received'], '2022-10-13'),
      E('indirect negotiations between Lebanon and Israel on the maritime border', [
        'Lebanon-Israel maritime border negotiations',
      ]),
    ],
    relations: [
      ...dis(
        'Anastasiades-Mikati meeting in Nicosia',
        'indirect negotiations between Lebanon and Israel on the maritime border',
      ),
      ...inv(
        'indirect negotiations between Lebanon and Israel on the maritime border',
        'Lebanon',
        'Israel',
        'United States',
      ),
    ],
  },
  {
    id: 'political-dialogue-mechanism-between-ministries',
    form: '"the mechanism of political consultations between the foreign ministries of the two countries" (both states)',
    date: '2023-02-07',
    source: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    text:
      'Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov met with Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov in Tashkent on 7 February. ' +
      'The ministers positively assessed the mechanism of political consultations between the foreign ministries of the two countries.',
    entities: [
      P('Bakhtiyor Saidov', 'Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov'),
      P('Jeyhun Bayramov', 'Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov'),
      S('Uzbekistan'),
      S('Azerbaijan'),
      E('Saidov-Bayramov meeting in Tashkent', ['met with'], '2023-02-07'),
      E('political consultations between the foreign ministries of Uzbekistan and Azerbaijan', [
        'mechanism of political consultations between the foreign ministries of the two countries',
      ]),
    ],
    relations: [
      ...dis(
        'Saidov-Bayramov meeting in Tashkent',
        'political consultations between the foreign ministries of Uzbekistan and Azerbaijan',
      ),
      ...inv(
        'political consultations between the foreign ministries of Uzbekistan and Azerbaijan',
        'Uzbekistan',
        'Azerbaijan',
      ),
    ],
  },
  {
    id: 'talks-in-format-with-listed-participants',
    form: '"the talks on the settlement of the Transnistrian conflict in the 5+2 format" (a body and states named)',
    date: '2023-03-15',
    source: 'OSCE Mission to Moldova',
    text:
      'The Head of the OSCE Mission to Moldova, Kelly Keiderling, met Deputy Prime Minister for Reintegration Oleg Serebrian in Chisinau on 15 March. ' +
      'They discussed the resumption of the 5+2 talks on the Transnistrian settlement, in which Moldova, Russia, Ukraine, the OSCE, the United States and the European Union take part.',
    entities: [
      P('Kelly Keiderling'),
      P('Oleg Serebrian', 'Deputy Prime Minister for Reintegration Oleg Serebrian'),
      O('OSCE'),
      O('European Union'),
      S('Moldova'),
      S('Russia'),
      S('Ukraine'),
      S('United States'),
      E('Keiderling-Serebrian meeting in Chisinau', ['met'], '2023-03-15'),
      E('5+2 talks on the Transnistrian settlement', ['5+2 talks']),
    ],
    relations: [
      ...dis('Keiderling-Serebrian meeting in Chisinau', '5+2 talks on the Transnistrian settlement'),
      ...inv(
        '5+2 talks on the Transnistrian settlement',
        'Moldova',
        'Russia',
        'Ukraine',
        'OSCE',
        'United States',
        'European Union',
      ),
    ],
  },
  {
    id: 'joint-military-exercise-of-two-states-named',
    form: '"the first joint maritime exercise between the A Maritime Self-Defense Force and the B Navy" (states by forces)',
    date: '2023-11-02',
    source: 'Ministry of Defence of Japan',
    text:
      'Minister of Defense KIHARA Minoru held a meeting with Secretary of National Defense of the Philippines Gilberto Teodoro in Tokyo on November 2. ' +
      'The two ministers welcomed the first joint maritime exercise between the Japan Maritime Self-Defense Force and the Philippine Navy.',
    entities: [
      P('Minoru Kihara', 'KIHARA Minoru', 'Minister of Defense KIHARA Minoru'),
      P('Gilberto Teodoro', 'Secretary of National Defense of the Philippines Gilberto Teodoro'),
      S('Japan'),
      S('Philippines', 'Philippine'),
      E('Kihara-Teodoro meeting in Tokyo', ['meeting'], '2023-11-02'),
      E('first joint maritime exercise between Japan and the Philippines', ['first joint maritime exercise']),
    ],
    relations: [
      ...dis('Kihara-Teodoro meeting in Tokyo', 'first joint maritime exercise between Japan and the Philippines'),
      ...inv('first joint maritime exercise between Japan and the Philippines', 'Japan', 'Philippines'),
    ],
  },
  {
    id: 'peace-process-between-government-and-group',
    form: '"the peace process between the Government of A and the B" (a state and a non-state party)',
    date: '2024-01-30',
    source: 'Royal Norwegian Ministry of Foreign Affairs',
    text:
      "Minister of Foreign Affairs Espen Barth Eide met Colombia's Foreign Minister Álvaro Leyva in Oslo on 30 January. " +
      'The ministers discussed the peace process between the Government of Colombia and the FARC-EP dissident group EMC, in which Norway is a guarantor.',
    entities: [
      P('Espen Barth Eide', 'Minister of Foreign Affairs Espen Barth Eide'),
      P('Álvaro Leyva', "Colombia's Foreign Minister Álvaro Leyva"),
      S('Colombia'),
      S('Norway'),
      O('Estado Mayor Central', 'EMC'),
      E('Eide-Leyva meeting in Oslo', ['met'], '2024-01-30'),
      E('peace process between the Government of Colombia and the EMC', ['peace process']),
    ],
    relations: [
      ...dis('Eide-Leyva meeting in Oslo', 'peace process between the Government of Colombia and the EMC'),
      ...inv(
        'peace process between the Government of Colombia and the EMC',
        'Colombia',
        'Estado Mayor Central',
        'Norway',
      ),
    ],
  },
  {
    id: 'dialogue-between-two-states-held-no-attendees',
    form: '"the second Greece-Türkiye Political Dialogue was held in Athens" (a held dialogue named by its states)',
    date: '2023-11-03',
    source: 'Hellenic Ministry of Foreign Affairs',
    text:
      'Minister of Foreign Affairs George Gerapetritis received the Ambassador of Türkiye in Athens on 3 November. ' +
      'They reviewed the results of the Greece-Türkiye Political Dialogue held in Ankara in October and the preparation of the next High-Level Cooperation Council.',
    entities: [
      P('George Gerapetritis', 'Minister of Foreign Affairs George Gerapetritis'),
      S('Greece'),
      S('Turkey', 'Türkiye'),
      E('Gerapetritis meeting with the Ambassador of Türkiye in Athens', ['received'], '2023-11-03'),
      E('Greece-Türkiye Political Dialogue held in Ankara', ['Greece-Türkiye Political Dialogue']),
      E('next High-Level Cooperation Council', ['High-Level Cooperation Council']),
    ],
    relations: [
      ...dis(
        'Gerapetritis meeting with the Ambassador of Türkiye in Athens',
        'Greece-Türkiye Political Dialogue held in Ankara',
        'next High-Level Cooperation Council',
      ),
      ...inv('Greece-Türkiye Political Dialogue held in Ankara', 'Greece', 'Turkey'),
    ],
  },
  {
    id: 'consultations-of-two-governments-on-topic-passive',
    form: '"consultations between the Governments of A and B on the return of … were held in City" (the readout\'s own)',
    date: '2024-05-15',
    source: 'Ministry of Foreign Affairs of Ukraine',
    text:
      'Consultations between the Governments of Ukraine and Hungary on the rights of national minorities were held in Uzhhorod on 15 May. ' +
      'The parties agreed to continue work in the format of the joint intergovernmental commission.',
    entities: [
      S('Ukraine'),
      S('Hungary'),
      E('consultations between the Governments of Ukraine and Hungary on the rights of national minorities', [
        'Ukraine-Hungary consultations in Uzhhorod',
      ]),
    ],
    relations: [
      ...inv(
        'consultations between the Governments of Ukraine and Hungary on the rights of national minorities',
        'Ukraine',
        'Hungary',
      ),
    ],
  },
  {
    id: 'talks-between-states-hosted-by-capital-possessive',
    form: '"the round of talks between Ethiopia and Somalia hosted by Ankara" (the host by its capital)',
    date: '2024-08-14',
    source: 'IGAD Secretariat',
    text:
      'IGAD Executive Secretary Workneh Gebeyehu met the Minister of Foreign Affairs of Djibouti, Mahmoud Ali Youssouf, on 14 August. ' +
      'They welcomed the second round of talks between Ethiopia and Somalia hosted by Ankara and urged both countries to reduce tensions.',
    entities: [
      P('Workneh Gebeyehu', 'IGAD Executive Secretary Workneh Gebeyehu'),
      P('Mahmoud Ali Youssouf', 'Minister of Foreign Affairs of Djibouti, Mahmoud Ali Youssouf'),
      O('Intergovernmental Authority on Development', 'IGAD'),
      S('Djibouti'),
      S('Ethiopia'),
      S('Somalia'),
      S('Turkey', 'Ankara'),
      E('Gebeyehu-Youssouf meeting', ['met'], '2024-08-14'),
      E('second round of talks between Ethiopia and Somalia', ['second round of talks']),
    ],
    relations: [
      ...dis('Gebeyehu-Youssouf meeting', 'second round of talks between Ethiopia and Somalia'),
      ...inv('second round of talks between Ethiopia and Somalia', 'Ethiopia', 'Somalia', 'Turkey'),
    ],
  },
];

const MORE_INCIDENTS: BankCase[] = [
  {
    id: 'border-incident-between-demonym-forces',
    form: '"the incident between Indian and Chinese troops in the Tawang sector" (two states by demonym)',
    date: '2022-12-13',
    source: 'Press Information Bureau, Government of India',
    text:
      'Defence Minister Rajnath Singh chaired a meeting with the Chief of Defence Staff and the three Service Chiefs in New Delhi on 13 December. ' +
      'The meeting reviewed the face-off between Indian and Chinese troops in the Tawang sector of Arunachal Pradesh on 9 December.',
    entities: [
      P('Rajnath Singh', 'Defence Minister Rajnath Singh'),
      S('India', 'Indian'),
      S('China', 'Chinese'),
      E('meeting chaired by Rajnath Singh in New Delhi', ['meeting'], '2022-12-13'),
      E('face-off between Indian and Chinese troops in the Tawang sector', ['face-off in the Tawang sector']),
    ],
    relations: [
      ...dis(
        'meeting chaired by Rajnath Singh in New Delhi',
        'face-off between Indian and Chinese troops in the Tawang sector',
      ),
      ...inv('face-off between Indian and Chinese troops in the Tawang sector', 'India', 'China'),
    ],
  },
  {
    id: 'storming-of-embassy-in-capital',
    form: '"the storming of the Swedish embassy in Baghdad" (target state by demonym, place by capital)',
    date: '2023-07-21',
    source: 'Government Offices of Sweden',
    text:
      'Minister for Foreign Affairs Tobias Billström spoke by telephone with Iraqi Foreign Minister Fuad Hussein on 21 July. ' +
      'Mr Billström protested in the strongest terms against the storming of the Swedish embassy in Baghdad.',
    entities: [
      P('Tobias Billström', 'Minister for Foreign Affairs Tobias Billström', 'Mr Billström'),
      P('Fuad Hussein', 'Iraqi Foreign Minister Fuad Hussein'),
      S('Sweden', 'Swedish'),
      S('Iraq', 'Iraqi'),
      E('Billström-Hussein telephone call', ['spoke by telephone'], '2023-07-21'),
      E('storming of the Swedish embassy in Baghdad', ['storming of the embassy']),
    ],
    relations: [
      ...dis('Billström-Hussein telephone call', 'storming of the Swedish embassy in Baghdad'),
      ...inv('storming of the Swedish embassy in Baghdad', 'Sweden', 'Iraq'),
    ],
  },
  {
    id: 'blockade-imposed-by-states-on-state',
    form: '"the blockade imposed on Qatar by four Arab states in 2017" (target named, actors by count)',
    date: '2021-01-10',
    source: 'Kuwait News Agency',
    text:
      'KUWAIT, Jan 10 (KUNA) -- His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah received a phone call from the Emir of Qatar, Sheikh Tamim bin Hamad Al-Thani. ' +
      'The Emir of Qatar thanked Kuwait for its mediation, which ended the blockade imposed on Qatar by Saudi Arabia, the UAE, Bahrain and Egypt in 2017.',
    entities: [
      P('Nawaf Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah'),
      P('Tamim bin Hamad Al-Thani', 'Sheikh Tamim bin Hamad Al-Thani', 'Emir of Qatar'),
      S('Kuwait'),
      S('Qatar'),
      S('Saudi Arabia'),
      S('United Arab Emirates', 'UAE'),
      S('Bahrain'),
      S('Egypt'),
      E('Nawaf-Tamim phone call', ['phone call'], '2021-01-10'),
      E('blockade imposed on Qatar', ['blockade of Qatar']),
    ],
    relations: [
      ...dis('Nawaf-Tamim phone call', 'blockade imposed on Qatar'),
      ...inv('blockade imposed on Qatar', 'Qatar', 'Saudi Arabia', 'United Arab Emirates', 'Bahrain', 'Egypt'),
    ],
  },
  {
    id: 'chemical-attack-possessive-regime',
    form: '"the Assad regime\'s chemical weapons attack on Douma" (actor by its regime)',
    date: '2018-04-10',
    source: 'The White House',
    text:
      'President Donald J. Trump spoke with President Emmanuel Macron of France on April 10. ' +
      "The two leaders condemned the Assad regime's chemical weapons attack on the people of Douma, Syria.",
    entities: [
      P('Donald J. Trump', 'President Donald J. Trump'),
      P('Emmanuel Macron', 'President Emmanuel Macron'),
      S('France'),
      S('Syria'),
      E('Trump-Macron call', ['spoke with'], '2018-04-10'),
      E('chemical weapons attack on Douma', ["Assad regime's chemical weapons attack"]),
    ],
    relations: [
      ...dis('Trump-Macron call', 'chemical weapons attack on Douma'),
      ...inv('chemical weapons attack on Douma', 'Syria'),
    ],
  },
  {
    id: 'nationals-killed-in-attack-victims-state',
    form: '"the bomb attack on a tourist bus near the Giza pyramids, in which three Vietnamese tourists were killed"',
    date: '2018-12-31',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text:
      'Deputy Prime Minister and Foreign Minister Pham Binh Minh held a phone talk with Egyptian Foreign Minister Sameh Shoukry on December 31. ' +
      'Minister Shoukry extended condolences over the bomb attack on a tourist bus near the Giza pyramids, in which three Vietnamese tourists were killed.',
    entities: [
      P('Pham Binh Minh', 'Deputy Prime Minister and Foreign Minister Pham Binh Minh'),
      P('Sameh Shoukry', 'Egyptian Foreign Minister Sameh Shoukry', 'Minister Shoukry'),
      S('Vietnam', 'Vietnamese', 'Viet Nam'),
      S('Egypt', 'Egyptian'),
      E('Pham Binh Minh-Shoukry phone talk', ['phone talk'], '2018-12-31'),
      E('bomb attack on a tourist bus near the Giza pyramids', ['bomb attack on a tourist bus']),
    ],
    relations: [
      ...dis('Pham Binh Minh-Shoukry phone talk', 'bomb attack on a tourist bus near the Giza pyramids'),
      ...inv('bomb attack on a tourist bus near the Giza pyramids', 'Egypt', 'Vietnam'),
    ],
  },
  {
    id: 'cyberattack-on-ministry-possessive',
    form: '"the cyberattack on the Montenegrin government\'s servers" (the target state as demonym + possessive)',
    date: '2022-09-01',
    source: 'Government of Montenegro',
    text:
      'Prime Minister Dritan Abazović received the Ambassador of the United States, Judy Rising Reinke, in Podgorica on 1 September. ' +
      "They discussed the large-scale cyberattack on the Montenegrin government's servers and the assistance of the FBI.",
    entities: [
      P('Dritan Abazović', 'Prime Minister Dritan Abazović'),
      P('Judy Rising Reinke', 'Ambassador of the United States, Judy Rising Reinke'),
      S('United States'),
      S('Montenegro', 'Montenegrin'),
      E('Abazović-Reinke meeting in Podgorica', ['received'], '2022-09-01'),
      E("cyberattack on the Montenegrin government's servers", ['large-scale cyberattack']),
    ],
    relations: [
      ...dis('Abazović-Reinke meeting in Podgorica', "cyberattack on the Montenegrin government's servers"),
      ...inv("cyberattack on the Montenegrin government's servers", 'Montenegro'),
    ],
  },
  {
    id: 'offensive-launched-by-state-in-region',
    form: '"the offensive by the M23 rebels on Goma", a backer told after "attributes to support from"',
    date: '2025-01-28',
    source: 'Presidency of the Republic of Angola',
    text:
      'President João Lourenço received a telephone call from President Félix Tshisekedi of the Democratic Republic of the Congo on 28 January. ' +
      'They discussed the offensive by the M23 rebels on Goma, which the Congolese Government attributes to support from Rwanda.',
    entities: [
      P('João Lourenço', 'President João Lourenço'),
      P('Félix Tshisekedi', 'President Félix Tshisekedi'),
      S('Democratic Republic of the Congo', 'Congolese'),
      S('Rwanda'),
      O('M23'),
      E('Lourenço-Tshisekedi telephone call', ['telephone call'], '2025-01-28'),
      E('offensive by the M23 rebels on Goma', ['M23 offensive on Goma']),
    ],
    relations: [
      ...dis('Lourenço-Tshisekedi telephone call', 'offensive by the M23 rebels on Goma'),
      ...inv('offensive by the M23 rebels on Goma', 'M23', 'Democratic Republic of the Congo', 'Rwanda'),
    ],
  },
  {
    id: 'crisis-named-by-demonym-adjective',
    form: '"the Venezuelan migration crisis" (a crisis named by a demonym, the affected neighbour named)',
    date: '2019-09-04',
    source: 'Cancillería de Colombia',
    text:
      'Foreign Minister Carlos Holmes Trujillo met the UN High Commissioner for Refugees, Filippo Grandi, in Bogotá on 4 September. ' +
      'They discussed the Venezuelan migration crisis and its impact on Colombia.',
    entities: [
      P('Carlos Holmes Trujillo', 'Foreign Minister Carlos Holmes Trujillo'),
      P('Filippo Grandi'),
      S('Venezuela', 'Venezuelan'),
      S('Colombia'),
      E('Holmes Trujillo-Grandi meeting in Bogotá', ['met'], '2019-09-04'),
      E('Venezuelan migration crisis', ['migration crisis']),
    ],
    relations: [
      ...dis('Holmes Trujillo-Grandi meeting in Bogotá', 'Venezuelan migration crisis'),
      ...inv('Venezuelan migration crisis', 'Venezuela', 'Colombia'),
    ],
  },
  {
    id: 'release-of-national-held-in-state',
    form: '"its role in the release of the Belgian aid worker X, who had been held in A" (detaining state, mediator)',
    date: '2023-05-26',
    source: 'Belgian Federal Public Service Foreign Affairs',
    text:
      'Minister of Foreign Affairs Hadja Lahbib met Omani Foreign Minister Sayyid Badr Albusaidi in Brussels on 26 May. ' +
      'Minister Lahbib thanked Oman for its role in the release of the Belgian aid worker Olivier Vandecasteele, who had been held in Iran for 455 days.',
    entities: [
      P('Hadja Lahbib', 'Minister of Foreign Affairs Hadja Lahbib'),
      P('Badr Albusaidi', 'Sayyid Badr Albusaidi'),
      P('Olivier Vandecasteele'),
      S('Oman', 'Omani'),
      S('Iran'),
      S('Belgium', 'Belgian'),
      E('Lahbib-Albusaidi meeting in Brussels', ['met'], '2023-05-26'),
      E('release of Olivier Vandecasteele', []),
    ],
    relations: [
      ...dis('Lahbib-Albusaidi meeting in Brussels', 'release of Olivier Vandecasteele'),
      ...inv('release of Olivier Vandecasteele', 'Iran', 'Belgium', 'Oman'),
    ],
  },
  {
    id: 'landslide-in-province-of-state-named',
    form: '"the landslide in Enga Province" (a disaster in a region, the state named as the leader\'s)',
    date: '2024-05-27',
    source: 'Prime Minister of Australia',
    text:
      'Prime Minister Anthony Albanese spoke with Prime Minister James Marape of Papua New Guinea on 27 May. ' +
      'Mr Albanese offered Australian assistance following the devastating landslide in Enga Province.',
    entities: [
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Mr Albanese'),
      P('James Marape', 'Prime Minister James Marape'),
      S('Papua New Guinea'),
      S('Australia', 'Australian'),
      E('Albanese-Marape call', ['spoke with'], '2024-05-27'),
      E('landslide in Enga Province', ['landslide']),
    ],
    relations: [
      ...dis('Albanese-Marape call', 'landslide in Enga Province'),
      ...inv('landslide in Enga Province', 'Papua New Guinea'),
    ],
  },
  {
    id: 'nuclear-test-state-possessive-sixth',
    form: '"the DPRK\'s sixth nuclear test" (actor possessive by acronym) in a UN spokesperson\'s voice',
    date: '2017-09-04',
    source: 'United Nations Spokesperson',
    text:
      'The Secretary-General, António Guterres, met the Permanent Representative of the Republic of Korea, Cho Tae-yul, in New York on 4 September. ' +
      "The Secretary-General condemned the DPRK's sixth nuclear test as a profoundly destabilizing act.",
    entities: [
      P('António Guterres', 'The Secretary-General, António Guterres', 'The Secretary-General'),
      P('Cho Tae-yul'),
      O('United Nations'),
      S('South Korea', 'Republic of Korea'),
      S('North Korea', 'DPRK'),
      E('Guterres-Cho meeting in New York', ['met'], '2017-09-04'),
      E("DPRK's sixth nuclear test", ['sixth nuclear test']),
    ],
    relations: [
      ...dis('Guterres-Cho meeting in New York', "DPRK's sixth nuclear test"),
      ...inv("DPRK's sixth nuclear test", 'North Korea'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-attended-talks-no-involves',
    form: 'negative: "A and B held the fourth round of talks in City" with their named heads (attended: no INVOLVES)',
    date: '2023-09-14',
    source: 'Ministry of Foreign Affairs of Latvia',
    text:
      'State Secretary Andris Pelšs and Deputy Foreign Minister of Georgia Alexander Khvtisiashvili held the fourth round of political consultations in Riga on 14 September. ' +
      'They discussed energy security and connectivity.',
    entities: [
      P('Andris Pelšs', 'State Secretary Andris Pelšs'),
      P('Alexander Khvtisiashvili', 'Deputy Foreign Minister of Georgia Alexander Khvtisiashvili'),
      S('Georgia'),
      S('Latvia'),
      E('fourth round of political consultations in Riga', ['fourth round of political consultations'], '2023-09-14'),
    ],
    relations: [],
  },
  {
    id: 'negative-planned-visit-no-involves',
    form: 'negative: "President A will pay a state visit to B in May" (planned: DISCUSSED, no INVOLVES)',
    date: '2024-02-08',
    source: 'Bundespräsidialamt',
    text:
      'Federal President Frank-Walter Steinmeier received President Rumen Radev of Bulgaria at Bellevue Palace on 8 February. ' +
      'They discussed the preparations for the state visit that President Steinmeier will pay to Bulgaria in May.',
    entities: [
      P('Frank-Walter Steinmeier', 'Federal President Frank-Walter Steinmeier', 'President Steinmeier'),
      P('Rumen Radev', 'President Rumen Radev'),
      S('Bulgaria'),
      S('Germany'),
      E('Steinmeier-Radev meeting at Bellevue Palace', ['received'], '2024-02-08'),
      E("Steinmeier's state visit to Bulgaria", ['state visit']),
    ],
    relations: [...dis('Steinmeier-Radev meeting at Bellevue Palace', "Steinmeier's state visit to Bulgaria")],
  },
  {
    id: 'negative-generic-security-situation',
    form: 'negative: "exchanged views on the security situation in the region" (no incident)',
    date: '2024-06-11',
    source: 'Ministry of Foreign Affairs of the Republic of Indonesia',
    text:
      'Foreign Minister Retno L.P. Marsudi received the Foreign Minister of Timor-Leste, Bendito dos Santos Freitas, in Jakarta on 11 June. ' +
      'The two ministers exchanged views on the security situation in the region and on the accession of Timor-Leste to ASEAN.',
    entities: [
      P('Retno L.P. Marsudi', 'Foreign Minister Retno L.P. Marsudi'),
      P('Bendito dos Santos Freitas', 'Foreign Minister of Timor-Leste, Bendito dos Santos Freitas'),
      S('Timor-Leste'),
      O('ASEAN'),
      E('Marsudi-Freitas meeting in Jakarta', ['received'], '2024-06-11'),
    ],
    relations: [],
  },
  {
    id: 'negative-sanctions-package-no-event',
    form: 'negative: "the EU\'s fourteenth package of sanctions against Russia" (a measure, no Event)',
    date: '2024-06-24',
    source: 'Council of the European Union',
    text:
      'High Representative Josep Borrell met the Foreign Minister of Kazakhstan, Murat Nurtleu, in Luxembourg on 24 June. ' +
      "They discussed the EU's fourteenth package of sanctions against Russia and the prevention of their circumvention.",
    entities: [
      P('Josep Borrell', 'High Representative Josep Borrell'),
      P('Murat Nurtleu', 'Foreign Minister of Kazakhstan, Murat Nurtleu'),
      O('European Union', 'EU'),
      S('Kazakhstan'),
      S('Russia'),
      E('Borrell-Nurtleu meeting in Luxembourg', ['met'], '2024-06-24'),
    ],
    relations: [],
  },
  {
    id: 'negative-figurative-attack-and-crisis',
    form: 'negative: "attacks on multilateralism" and "the climate crisis" (figurative, no Event)',
    date: '2023-09-20',
    source: 'Ministry of Foreign Affairs of Norway',
    text:
      'Prime Minister Jonas Gahr Støre met President Gustavo Petro of Colombia in New York on 20 September. ' +
      'The two leaders spoke about the growing attacks on multilateralism and the climate crisis.',
    entities: [
      P('Jonas Gahr Støre', 'Prime Minister Jonas Gahr Støre'),
      P('Gustavo Petro', 'President Gustavo Petro'),
      S('Colombia'),
      E('Støre-Petro meeting in New York', ['met'], '2023-09-20'),
    ],
    relations: [],
  },
  {
    id: 'negative-launch-of-initiative',
    form: 'negative: "the launch of the Global Gateway investment package" (a launch that is no incident)',
    date: '2023-06-13',
    source: 'European Commission',
    text:
      'Commissioner Jutta Urpilainen met President Hage Geingob of Namibia in Windhoek on 13 June. ' +
      'They discussed the launch of the Global Gateway investment package for green hydrogen in Namibia.',
    entities: [
      P('Jutta Urpilainen', 'Commissioner Jutta Urpilainen'),
      P('Hage Geingob', 'President Hage Geingob'),
      S('Namibia'),
      E('Urpilainen-Geingob meeting in Windhoek', ['met'], '2023-06-13'),
    ],
    relations: [],
  },
  {
    id: 'negative-situation-on-peninsula',
    form: 'negative: "the situation on the Korean Peninsula" (a state of affairs, no Event)',
    date: '2024-11-15',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text:
      'Foreign Minister Cho Tae-yul held a meeting with Foreign Minister Penny Wong of Australia in Lima on 15 November. ' +
      'The two ministers exchanged views on the situation on the Korean Peninsula and regional affairs.',
    entities: [
      P('Cho Tae-yul', 'Foreign Minister Cho Tae-yul'),
      P('Penny Wong', 'Foreign Minister Penny Wong'),
      S('Australia'),
      E('Cho-Wong meeting in Lima', ['meeting'], '2024-11-15'),
    ],
    relations: [],
  },
  {
    id: 'negative-release-of-statement',
    form: 'negative: "welcomed the release of the joint statement" (a release that is no incident)',
    date: '2024-03-27',
    source: 'Ministry of Foreign Affairs of Thailand',
    text:
      'Minister of Foreign Affairs Parnpree Bahiddha-Nukara met Minister for Foreign Affairs of Singapore Vivian Balakrishnan in Bangkok on 27 March. ' +
      'The two ministers welcomed the release of the report of the joint working group on the digital economy.',
    entities: [
      P('Parnpree Bahiddha-Nukara', 'Minister of Foreign Affairs Parnpree Bahiddha-Nukara'),
      P('Vivian Balakrishnan', 'Minister for Foreign Affairs of Singapore Vivian Balakrishnan'),
      S('Singapore'),
      E('Parnpree-Balakrishnan meeting in Bangkok', ['met'], '2024-03-27'),
    ],
    relations: [],
  },
  {
    id: 'negative-state-as-meeting-side-not-party',
    form: 'negative: the states of the leaders who discussed an incident are not its parties',
    date: '2024-08-06',
    source: "Prime Minister's Office, Japan",
    text:
      'Prime Minister Kishida Fumio held a telephone talk with President Ferdinand Marcos Jr. of the Philippines on 6 August. ' +
      'The two leaders discussed the landslides caused by Typhoon Gaemi in Taiwan.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Kishida Fumio'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.'),
      S('Philippines'),
      S('Japan'),
      S('Taiwan'),
      E('Kishida-Marcos telephone talk', ['telephone talk'], '2024-08-06'),
      E('landslides caused by Typhoon Gaemi in Taiwan', ['Typhoon Gaemi']),
    ],
    relations: [
      ...dis('Kishida-Marcos telephone talk', 'landslides caused by Typhoon Gaemi in Taiwan'),
      ...inv('landslides caused by Typhoon Gaemi in Taiwan', 'Taiwan'),
    ],
  },
  {
    id: 'negative-conflict-prevention-and-war-crimes-court',
    form: 'negative: "conflict prevention" and "the war crimes tribunal" (no incident)',
    date: '2023-06-05',
    source: 'Ministry of Foreign Affairs of Finland',
    text:
      'Minister for Foreign Affairs Pekka Haavisto met the President of the International Criminal Court, Piotr Hofmański, in Helsinki on 5 June. ' +
      'They discussed conflict prevention, mediation and the work of the war crimes tribunals.',
    entities: [
      P('Pekka Haavisto', 'Minister for Foreign Affairs Pekka Haavisto'),
      P('Piotr Hofmański'),
      O('International Criminal Court'),
      E('Haavisto-Hofmański meeting in Helsinki', ['met'], '2023-06-05'),
    ],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...NAMED_PARTIES,
  ...IMPLIED_PARTIES,
  ...PARTICIPLES,
  ...STATE_EVENTS,
  ...MORE_INCIDENTS,
  ...NEGATIVES,
];
