// The fifth topics paraphrase bank (issue 6, round top18): a blind bank written before any rule change of the round,
// on DISCUSSED, INVOLVES and PARTY_TO told in constructions the topics banks 1–4, the incidents bank and agreements-2
// do not hold, in the voices of Central Asian, Caucasus, Balkan, Caribbean, Pacific, West African and Andean
// ministries and presidencies, UN, AU, OIC, SCO, CARICOM and CAF bodies and wire agencies (Kabar, Trend, APA, Xinhua,
// Reuters): the events and agreements a meeting dealt with (a council session it prepared, a visit it agreed, an
// agreement it reviewed, an incident it condemned) told with "the sides also touched on", "particular attention was
// paid to", "the agenda included:", "among the issues raised", "addressed the following matters:", "it was agreed to
// convene" and in a later sentence; incidents told by nouns ("the downing of …", "the detention of A's nationals",
// "cross-border shelling by …", "the blockade of …", "the floods in …", "the raid on …", "the siege of …") and
// events whose only stated parties are states or bodies (intergovernmental commissions, a cooperation council,
// consultations between two ministries, boundary negotiations of two states' officials, talks under a body's
// auspices); agreements only recalled or referred to ("the 2025 treaty between A and B on …", "under the bilateral
// investment treaty between A and B", "A's accession to the Y Convention", "the deal the two countries signed last
// year", "the Franco-Ivorian … treaty", "the Sino-Kazakh agreement", bodies as parties) and who is no party (a
// guarantor, a witness, a mediator, a host); negatives: generic topics, states named only as a participant's country,
// "thanked A for hosting", a gathering named in passing, background history. Its area is Events and Agreements and
// DISCUSSED, INVOLVES and PARTY_TO (`npm run bank -- topics-5`).
// First, blind pass (bank 2287b77, rules of main 6111230): 22/62 cases pass, facts found 173/266 (65.0 %), false
// facts 36. Corrections of the expected facts after it, to the dev gold's conventions and the gazetteer's canonical
// names (not to the extractor): a third state thanked "for hosting" the meeting is INVOLVED in it (the dev gold's
// "thank Switzerland for hosting" gives INVOLVES), and Côte d'Ivoire takes the alias "Ivory Coast". On the first
// pass's rules these give 24/62 cases, 175/267, 34 false.
import { type BankCase, type BankRelation, A, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES', 'PARTY_TO'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Event', 'Agreement'];

const pt = (agreement: string, ...parties: string[]): BankRelation[] => parties.map((p) => ['PARTY_TO', p, agreement]);

const MEETING_TOPICS: BankCase[] = [
  {
    id: 'also-touched-on-council-session',
    form: '"The sides also touched on preparations for the upcoming meeting of the A–B Supreme Interstate Council in City"',
    date: '2024-03-12',
    source: 'Ministry of Foreign Affairs of Uzbekistan',
    text:
      'Foreign Minister Bakhtiyor Saidov held talks with Foreign Minister Jeyhun Bayramov of Azerbaijan in Tashkent on 12 March. ' +
      'The sides also touched on preparations for the upcoming meeting of the Uzbekistan–Azerbaijan Supreme Interstate Council in Baku.',
    entities: [
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov'),
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov'),
      S('Uzbekistan'),
      S('Azerbaijan'),
      E('Saidov-Bayramov talks in Tashkent', ['held talks'], '2024-03-12'),
      E('meeting of the Uzbekistan–Azerbaijan Supreme Interstate Council in Baku', [
        'Uzbekistan–Azerbaijan Supreme Interstate Council',
      ]),
    ],
    relations: [
      ...dis(
        'Saidov-Bayramov talks in Tashkent',
        'meeting of the Uzbekistan–Azerbaijan Supreme Interstate Council in Baku',
      ),
      ...inv('meeting of the Uzbekistan–Azerbaijan Supreme Interstate Council in Baku', 'Uzbekistan', 'Azerbaijan'),
    ],
  },
  {
    id: 'attention-paid-to-state-visit',
    form: 'Akorda: "Particular attention was paid to the forthcoming state visit of President X to A" (planned visit)',
    date: '2024-06-05',
    source: 'Akorda, Office of the President of Kazakhstan',
    text:
      'President Kassym-Jomart Tokayev received Foreign Minister Antonio Tajani of Italy at the Akorda on 5 June. ' +
      'Particular attention was paid to the forthcoming state visit of President Sergio Mattarella to Kazakhstan.',
    entities: [
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev'),
      P('Antonio Tajani', 'Foreign Minister Antonio Tajani'),
      P('Sergio Mattarella', 'President Sergio Mattarella'),
      S('Kazakhstan'),
      S('Italy'),
      E('Tokayev-Tajani meeting at the Akorda', ['received'], '2024-06-05'),
      E('state visit of President Sergio Mattarella to Kazakhstan', ['state visit']),
    ],
    relations: [
      ...dis('Tokayev-Tajani meeting at the Akorda', 'state visit of President Sergio Mattarella to Kazakhstan'),
    ],
  },
  {
    id: 'agreed-that-president-would-visit',
    form: '"The leaders agreed that President X would pay an official visit to A in 2025" (planned visit, Caribbean)',
    date: '2024-02-14',
    source: 'Office of the Prime Minister of Jamaica',
    text:
      'Prime Minister Andrew Holness held bilateral talks with President Luis Abinader of the Dominican Republic at Jamaica House on 14 February. ' +
      'The leaders agreed that President Abinader would pay an official visit to Jamaica in 2025.',
    entities: [
      P('Andrew Holness', 'Prime Minister Andrew Holness'),
      P('Luis Abinader', 'President Luis Abinader', 'President Abinader'),
      S('Jamaica'),
      S('Dominican Republic'),
      E('Holness-Abinader talks at Jamaica House', ['bilateral talks'], '2024-02-14'),
      E('official visit of President Abinader to Jamaica', ['official visit']),
    ],
    relations: [...dis('Holness-Abinader talks at Jamaica House', 'official visit of President Abinader to Jamaica')],
  },
  {
    id: 'reviewed-agreement-between-and-trilateral',
    form: '"reviewed the implementation of the X Agreement between A and B and the preparations for the next trilateral meeting of the foreign ministers of A, B and C"',
    date: '2024-02-05',
    source: 'Ministry of Foreign Affairs of Georgia',
    text:
      'Minister of Foreign Affairs Ilia Darchiashvili met Minister of Foreign Affairs of Türkiye Hakan Fidan in Tbilisi on 5 February. ' +
      'The ministers reviewed the implementation of the Free Trade Agreement between Georgia and Türkiye and the preparations ' +
      'for the next trilateral meeting of the foreign ministers of Georgia, Türkiye and Azerbaijan.',
    entities: [
      P('Ilia Darchiashvili', 'Minister of Foreign Affairs Ilia Darchiashvili'),
      P('Hakan Fidan'),
      S('Georgia'),
      S('Türkiye', 'Turkey'),
      S('Azerbaijan'),
      E('Darchiashvili-Fidan meeting in Tbilisi', ['met'], '2024-02-05'),
      A('Free Trade Agreement between Georgia and Türkiye', 'Free Trade Agreement'),
      E('next trilateral meeting of the foreign ministers of Georgia, Türkiye and Azerbaijan', ['trilateral meeting']),
    ],
    relations: [
      ...dis(
        'Darchiashvili-Fidan meeting in Tbilisi',
        'Free Trade Agreement between Georgia and Türkiye',
        'next trilateral meeting of the foreign ministers of Georgia, Türkiye and Azerbaijan',
      ),
      ...pt('Free Trade Agreement between Georgia and Türkiye', 'Georgia', 'Türkiye'),
      ...inv(
        'next trilateral meeting of the foreign ministers of Georgia, Türkiye and Azerbaijan',
        'Georgia',
        'Türkiye',
        'Azerbaijan',
      ),
    ],
  },
  {
    id: 'agenda-included-colon-list',
    form: '"The agenda included: the next session of the A–B Council, energy security and A\'s path towards the EU" (Balkan)',
    date: '2024-04-11',
    source: 'Ministry of Foreign Affairs of Serbia',
    text:
      'Minister of Foreign Affairs Marko Đurić met Minister of Foreign Affairs and Trade of Hungary Péter Szijjártó in Belgrade on 11 April. ' +
      "The agenda included: the next session of the Serbia–Hungary High-Level Strategic Cooperation Council, energy security and Serbia's path towards the European Union.",
    entities: [
      P('Marko Đurić', 'Minister of Foreign Affairs Marko Đurić'),
      P('Péter Szijjártó'),
      S('Serbia'),
      S('Hungary'),
      O('European Union'),
      E('Đurić-Szijjártó meeting in Belgrade', ['met'], '2024-04-11'),
      E('next session of the Serbia–Hungary High-Level Strategic Cooperation Council', [
        'Serbia–Hungary High-Level Strategic Cooperation Council',
      ]),
    ],
    relations: [
      ...dis(
        'Đurić-Szijjártó meeting in Belgrade',
        'next session of the Serbia–Hungary High-Level Strategic Cooperation Council',
        'European Union',
      ),
      ...inv('next session of the Serbia–Hungary High-Level Strategic Cooperation Council', 'Serbia', 'Hungary'),
    ],
  },
  {
    id: 'among-issues-raised-cyberattack',
    form: '"Among the issues raised was the cyberattack on the servers of the A-ian government" (incident, target as adjective)',
    date: '2025-01-10',
    source: 'Ministry of Foreign Affairs of Armenia',
    text:
      'Foreign Minister Ararat Mirzoyan met Foreign Minister Jean-Noël Barrot of France in Yerevan on 10 January. ' +
      'Among the issues raised was the cyberattack on the servers of the Armenian government in December.',
    entities: [
      P('Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan'),
      P('Jean-Noël Barrot', 'Foreign Minister Jean-Noël Barrot'),
      S('Armenia', 'Armenian'),
      S('France'),
      E('Mirzoyan-Barrot meeting in Yerevan', ['met'], '2025-01-10'),
      E('cyberattack on the servers of the Armenian government', ['cyberattack']),
    ],
    relations: [
      ...dis('Mirzoyan-Barrot meeting in Yerevan', 'cyberattack on the servers of the Armenian government'),
      ...inv('cyberattack on the servers of the Armenian government', 'Armenia'),
    ],
  },
  {
    id: 'later-sentence-agreed-timing-of-consultations',
    form: '"Climate finance dominated the talks. The leaders further agreed on the timing of the next A–B Annual Ministerial Consultations" (later sentence, Pacific)',
    date: '2024-02-20',
    source: 'Fiji Government',
    text:
      'Prime Minister Sitiveni Rabuka met Prime Minister Christopher Luxon of New Zealand in Suva on 20 February. ' +
      'Climate finance and labour mobility dominated the talks. The leaders further agreed on the timing of the next ' +
      'Fiji–New Zealand Annual Ministerial Consultations, to be held in Wellington in August.',
    entities: [
      P('Sitiveni Rabuka', 'Prime Minister Sitiveni Rabuka'),
      P('Christopher Luxon', 'Prime Minister Christopher Luxon'),
      S('Fiji'),
      S('New Zealand'),
      E('Rabuka-Luxon meeting in Suva', ['met'], '2024-02-20'),
      E('next Fiji–New Zealand Annual Ministerial Consultations', ['Annual Ministerial Consultations']),
    ],
    relations: [
      ...dis('Rabuka-Luxon meeting in Suva', 'next Fiji–New Zealand Annual Ministerial Consultations'),
      ...inv('next Fiji–New Zealand Annual Ministerial Consultations', 'Fiji', 'New Zealand'),
    ],
  },
  {
    id: 'addressed-following-matters-burning',
    form: 'OIC: "The meeting addressed the following matters: the recent burning of copies of the Holy Quran in City, which both sides condemned, and the situation in A"',
    date: '2023-08-03',
    source: 'Organisation of Islamic Cooperation',
    text:
      'The Secretary-General of the Organisation of Islamic Cooperation (OIC), Hissein Brahim Taha, received the Minister of Foreign Affairs ' +
      'of The Gambia, Mamadou Tangara, at the General Secretariat in Jeddah on 3 August. The meeting addressed the following matters: ' +
      'the recent burning of copies of the Holy Quran in Stockholm, which both sides condemned, and the situation in Sudan.',
    entities: [
      P('Hissein Brahim Taha'),
      P('Mamadou Tangara'),
      O('Organisation of Islamic Cooperation', 'OIC'),
      S('Gambia', 'The Gambia'),
      S('Sweden'),
      S('Sudan'),
      E('Taha-Tangara meeting in Jeddah', ['received'], '2023-08-03'),
      E('burning of copies of the Holy Quran in Stockholm', ['burning']),
    ],
    relations: [
      ...dis('Taha-Tangara meeting in Jeddah', 'burning of copies of the Holy Quran in Stockholm', 'Sudan'),
      ...inv('burning of copies of the Holy Quran in Stockholm', 'Sweden'),
    ],
  },
  {
    id: 'sco-exchanged-views-on-preparations',
    form: 'SCO: "The sides exchanged views on the preparations for the SCO summit in City in July" (a body\'s summit)',
    date: '2024-05-15',
    source: 'Shanghai Cooperation Organisation Secretariat',
    text:
      'SCO Secretary-General Zhang Ming met Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev at the SCO Secretariat in Beijing on 15 May. ' +
      'The sides exchanged views on the preparations for the SCO summit in Astana in July.',
    entities: [
      P('Zhang Ming', 'SCO Secretary-General Zhang Ming'),
      P('Jeenbek Kulubaev'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      S('Kyrgyzstan', 'Kyrgyz Republic'),
      E('Zhang Ming-Kulubaev meeting in Beijing', ['met'], '2024-05-15'),
      E('SCO summit in Astana', ['SCO summit']),
    ],
    relations: [
      ...dis('Zhang Ming-Kulubaev meeting in Beijing', 'SCO summit in Astana'),
      ...inv('SCO summit in Astana', 'Shanghai Cooperation Organisation'),
    ],
  },
  {
    id: 'attention-given-to-mou-with-body',
    form: '"Attention was also given to the programme of cooperation under the Memorandum of Understanding between A and the OSCE" (a body as party)',
    date: '2024-10-22',
    source: 'Ministry of Foreign Affairs of Turkmenistan',
    text:
      'Minister of Foreign Affairs Rashid Meredov received the Secretary General of the OSCE Feridun Sinirlioğlu in Ashgabat on 22 October. ' +
      'Attention was also given to the programme of cooperation under the Memorandum of Understanding between Turkmenistan and the OSCE.',
    entities: [
      P('Rashid Meredov', 'Minister of Foreign Affairs Rashid Meredov'),
      P('Feridun Sinirlioğlu'),
      S('Turkmenistan'),
      O('OSCE', 'Organization for Security and Co-operation in Europe'),
      E('Meredov-Sinirlioğlu meeting in Ashgabat', ['received'], '2024-10-22'),
      A('Memorandum of Understanding between Turkmenistan and the OSCE', 'Memorandum of Understanding'),
    ],
    relations: [
      ...dis(
        'Meredov-Sinirlioğlu meeting in Ashgabat',
        'Memorandum of Understanding between Turkmenistan and the OSCE',
      ),
      ...pt('Memorandum of Understanding between Turkmenistan and the OSCE', 'Turkmenistan', 'OSCE'),
    ],
  },
  {
    id: 'un-discussed-preparations-for-conference',
    form: 'UN: "The Secretary-General met today with Prime Minister X of A. They discussed preparations for the Fourth International Conference on …, to be held in City"',
    date: '2024-02-20',
    source: 'United Nations Spokesperson',
    text:
      'The Secretary-General met today with Prime Minister Gaston Browne of Antigua and Barbuda. ' +
      "They discussed preparations for the Fourth International Conference on Small Island Developing States, to be held in St. John's in May.",
    entities: [
      P('António Guterres', 'The Secretary-General', 'Secretary-General'),
      P('Gaston Browne', 'Prime Minister Gaston Browne'),
      S('Antigua and Barbuda'),
      E('Guterres-Browne meeting', ['met'], '2024-02-20'),
      E('Fourth International Conference on Small Island Developing States', [
        'International Conference on Small Island Developing States',
      ]),
    ],
    relations: [...dis('Guterres-Browne meeting', 'Fourth International Conference on Small Island Developing States')],
  },
  {
    id: 'talks-centred-on-two-files',
    form: 'AU: "Talks centred on two files: the implementation of the Agreement Establishing the X and the second AU–CARICOM Summit" (colon, an agreement with no side stated, a summit of two bodies)',
    date: '2024-03-12',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, Moussa Faki Mahamat, received the Foreign Minister of Sierra Leone, Timothy Musa Kabba, in Addis Ababa on 12 March. ' +
      'Talks centred on two files: the implementation of the Agreement Establishing the African Continental Free Trade Area and the second AU–CARICOM Summit.',
    entities: [
      P('Moussa Faki Mahamat'),
      P('Timothy Musa Kabba'),
      S('Sierra Leone'),
      O('African Union', 'AU'),
      O('CARICOM', 'Caribbean Community'),
      E('Faki-Kabba meeting in Addis Ababa', ['received'], '2024-03-12'),
      A('Agreement Establishing the African Continental Free Trade Area', 'African Continental Free Trade Area'),
      E('second AU–CARICOM Summit', ['AU–CARICOM Summit']),
    ],
    relations: [
      ...dis(
        'Faki-Kabba meeting in Addis Ababa',
        'Agreement Establishing the African Continental Free Trade Area',
        'second AU–CARICOM Summit',
      ),
      ...inv('second AU–CARICOM Summit', 'African Union', 'CARICOM'),
    ],
  },
  {
    id: 'wire-discussed-ratification-signed-by-two-countries',
    form: 'wire: "A\'s minister X and his B-ian counterpart Y discussed in City the ratification of the agreement on … signed by the two countries in 2023"',
    date: '2024-04-16',
    source: 'APA',
    text:
      "Azerbaijan's Foreign Minister Jeyhun Bayramov and his Kazakh counterpart Murat Nurtleu discussed in Baku on Tuesday the ratification of the " +
      'agreement on the development of the Trans-Caspian International Transport Route signed by the two countries in 2023, APA reports.',
    entities: [
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov'),
      P('Murat Nurtleu'),
      S('Azerbaijan'),
      S('Kazakhstan', 'Kazakh'),
      E('Bayramov-Nurtleu meeting in Baku', ['discussed'], '2024-04-16'),
      A('agreement on the development of the Trans-Caspian International Transport Route'),
    ],
    relations: [
      ...dis(
        'Bayramov-Nurtleu meeting in Baku',
        'agreement on the development of the Trans-Caspian International Transport Route',
      ),
      ...pt(
        'agreement on the development of the Trans-Caspian International Transport Route',
        'Azerbaijan',
        'Kazakhstan',
      ),
    ],
  },
  {
    id: 'also-condemned-attack-later-sentence',
    form: '"The talks dealt with border integration. Both ministers also condemned the attack on a B-ian border post by illegal miners" (later sentence, Andean)',
    date: '2025-06-09',
    source: 'Ministry of Foreign Affairs and Human Mobility of Ecuador',
    text:
      'Foreign Minister Gabriela Sommerfeld received Foreign Minister Elmer Schialer of Peru in Quito on 9 June. ' +
      'The talks dealt with border integration. Both ministers also condemned the attack on a Peruvian border post by illegal miners.',
    entities: [
      P('Gabriela Sommerfeld', 'Foreign Minister Gabriela Sommerfeld'),
      P('Elmer Schialer', 'Foreign Minister Elmer Schialer'),
      S('Ecuador'),
      S('Peru', 'Peruvian'),
      E('Sommerfeld-Schialer meeting in Quito', ['received'], '2025-06-09'),
      E('attack on a Peruvian border post', ['attack']),
    ],
    relations: [
      ...dis('Sommerfeld-Schialer meeting in Quito', 'attack on a Peruvian border post'),
      ...inv('attack on a Peruvian border post', 'Peru'),
    ],
  },
  {
    id: 'working-meeting-prepared-body-council',
    form: '"held a working meeting with the Secretary-General of the Andean Community … The meeting prepared the Andean Presidential Council to be held in City"',
    date: '2024-03-07',
    source: 'Ministry of Foreign Affairs of Bolivia',
    text:
      'Foreign Minister Celinda Sosa Lunda held a working meeting with the Secretary-General of the Andean Community, Gonzalo Gutiérrez, in La Paz on 7 March. ' +
      'The meeting prepared the Andean Presidential Council to be held in Lima in the second half of the year.',
    entities: [
      P('Celinda Sosa Lunda', 'Foreign Minister Celinda Sosa Lunda'),
      P('Gonzalo Gutiérrez'),
      S('Bolivia'),
      O('Andean Community'),
      E('Sosa Lunda-Gutiérrez working meeting in La Paz', ['working meeting'], '2024-03-07'),
      E('Andean Presidential Council in Lima', ['Andean Presidential Council']),
    ],
    relations: [
      ...dis('Sosa Lunda-Gutiérrez working meeting in La Paz', 'Andean Presidential Council in Lima'),
      ...inv('Andean Presidential Council in Lima', 'Andean Community'),
    ],
  },
  {
    id: 'discussed-forthcoming-negotiations-between-bodies',
    form: '"They discussed the forthcoming negotiations between ECOWAS and the Alliance of Sahel States" (a body meeting the other body)',
    date: '2024-06-20',
    source: 'Presidency of the Republic of Senegal',
    text:
      'President Bassirou Diomaye Faye received the President of the ECOWAS Commission, Omar Alieu Touray, in Dakar on 20 June. ' +
      'They discussed the forthcoming negotiations between ECOWAS and the Alliance of Sahel States.',
    entities: [
      P('Bassirou Diomaye Faye', 'President Bassirou Diomaye Faye'),
      P('Omar Alieu Touray'),
      S('Senegal'),
      O('ECOWAS', 'Economic Community of West African States'),
      O('Alliance of Sahel States'),
      E('Faye-Touray meeting in Dakar', ['received'], '2024-06-20'),
      E('negotiations between ECOWAS and the Alliance of Sahel States', ['negotiations']),
    ],
    relations: [
      ...dis('Faye-Touray meeting in Dakar', 'negotiations between ECOWAS and the Alliance of Sahel States'),
      ...inv('negotiations between ECOWAS and the Alliance of Sahel States', 'ECOWAS', 'Alliance of Sahel States'),
    ],
  },
  {
    id: 'it-was-agreed-to-convene-council',
    form: '"It was agreed to convene the next session of the A–B Supreme Interstate Council in City in the autumn" (passive, planned)',
    date: '2024-03-14',
    source: 'Prime Minister of Kazakhstan',
    text:
      'Prime Minister Olzhas Bektenov held talks with Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev in Astana on 14 March. ' +
      'It was agreed to convene the next session of the Kazakhstan–Kyrgyzstan Supreme Interstate Council in Bishkek in the autumn.',
    entities: [
      P('Olzhas Bektenov', 'Prime Minister Olzhas Bektenov'),
      P('Adylbek Kasymaliev'),
      S('Kazakhstan'),
      S('Kyrgyzstan'),
      E('Bektenov-Kasymaliev talks in Astana', ['held talks'], '2024-03-14'),
      E('next session of the Kazakhstan–Kyrgyzstan Supreme Interstate Council', [
        'Kazakhstan–Kyrgyzstan Supreme Interstate Council',
      ]),
    ],
    relations: [
      ...dis(
        'Bektenov-Kasymaliev talks in Astana',
        'next session of the Kazakhstan–Kyrgyzstan Supreme Interstate Council',
      ),
      ...inv('next session of the Kazakhstan–Kyrgyzstan Supreme Interstate Council', 'Kazakhstan', 'Kyrgyzstan'),
    ],
  },
];

const INCIDENTS: BankCase[] = [
  {
    id: 'downing-of-drone-by-state',
    form: '"They discussed the downing of a A-ian army drone by B near City" (target as adjective, actor after "by")',
    date: '2025-04-08',
    source: 'Ministry of Foreign Affairs of Mali',
    text:
      'Foreign Minister Abdoulaye Diop received his Burkinabè counterpart Karamoko Jean-Marie Traoré in Bamako on 8 April. ' +
      'They discussed the downing of a Malian army drone by Algeria near Tinzaouaten.',
    entities: [
      P('Abdoulaye Diop', 'Foreign Minister Abdoulaye Diop'),
      P('Karamoko Jean-Marie Traoré'),
      S('Mali', 'Malian'),
      S('Burkina Faso', 'Burkinabè'),
      S('Algeria'),
      E('Diop-Traoré meeting in Bamako', ['received'], '2025-04-08'),
      E('downing of a Malian army drone by Algeria', ['downing']),
    ],
    relations: [
      ...dis('Diop-Traoré meeting in Bamako', 'downing of a Malian army drone by Algeria'),
      ...inv('downing of a Malian army drone by Algeria', 'Mali', 'Algeria'),
    ],
  },
  {
    id: 'raised-detention-of-nationals-at-city',
    form: 'Kabar: "raised the detention of A-ian nationals at City airports" (victims as adjective, the city\'s state)',
    date: '2024-04-02',
    source: 'Kabar',
    text:
      'Minister of Foreign Affairs Jeenbek Kulubaev met Russian Ambassador Sergei Vakhrukov in Bishkek on 2 April. ' +
      'The minister raised the detention of Kyrgyz nationals at Moscow airports.',
    entities: [
      P('Jeenbek Kulubaev', 'Minister of Foreign Affairs Jeenbek Kulubaev'),
      P('Sergei Vakhrukov', 'Russian Ambassador Sergei Vakhrukov'),
      S('Kyrgyzstan', 'Kyrgyz'),
      S('Russia', 'Russian'),
      E('Kulubaev-Vakhrukov meeting in Bishkek', ['met'], '2024-04-02'),
      E('detention of Kyrgyz nationals at Moscow airports', ['detention']),
    ],
    relations: [
      ...dis('Kulubaev-Vakhrukov meeting in Bishkek', 'detention of Kyrgyz nationals at Moscow airports'),
      ...inv('detention of Kyrgyz nationals at Moscow airports', 'Kyrgyzstan', 'Russia'),
    ],
  },
  {
    id: 'informed-about-cross-border-shelling-by',
    form: '"informed her about the cross-border shelling by B-ian forces of villages in the X region" (actor as adjective after "by", a region of the speaker\'s state)',
    date: '2022-10-03',
    source: 'Presidential Administration of Kyrgyzstan',
    text:
      'President Sadyr Japarov received OSCE Secretary General Helga Maria Schmid in Bishkek on 3 October. ' +
      'Japarov informed her about the cross-border shelling by Tajik forces of villages in the Batken region of Kyrgyzstan.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov', 'Japarov'),
      P('Helga Maria Schmid', 'OSCE Secretary General Helga Maria Schmid'),
      O('OSCE'),
      S('Kyrgyzstan'),
      S('Tajikistan', 'Tajik'),
      E('Japarov-Schmid meeting in Bishkek', ['received'], '2022-10-03'),
      E('cross-border shelling by Tajik forces', ['cross-border shelling', 'shelling']),
    ],
    relations: [
      ...dis('Japarov-Schmid meeting in Bishkek', 'cross-border shelling by Tajik forces'),
      ...inv('cross-border shelling by Tajik forces', 'Tajikistan', 'Kyrgyzstan'),
    ],
  },
  {
    id: 'economic-blockade-of-by',
    form: '"discussed the economic blockade of A by B and the X" (target after "of", actor after "by"; a body as topic)',
    date: '2024-01-12',
    source: 'Office of the Prime Minister of Saint Vincent and the Grenadines',
    text:
      'Prime Minister Ralph Gonsalves received Foreign Minister Bruno Rodríguez Parrilla of Cuba in Kingstown on 12 January. ' +
      'The two sides discussed the economic blockade of Cuba by the United States and the work of the Community of Latin American and Caribbean States.',
    entities: [
      P('Ralph Gonsalves', 'Prime Minister Ralph Gonsalves'),
      P('Bruno Rodríguez Parrilla', 'Foreign Minister Bruno Rodríguez Parrilla'),
      S('Saint Vincent and the Grenadines'),
      S('Cuba'),
      S('United States'),
      O('Community of Latin American and Caribbean States', 'CELAC'),
      E('Gonsalves-Rodríguez Parrilla meeting in Kingstown', ['received'], '2024-01-12'),
      E('economic blockade of Cuba by the United States', ['economic blockade', 'blockade']),
    ],
    relations: [
      ...dis(
        'Gonsalves-Rodríguez Parrilla meeting in Kingstown',
        'economic blockade of Cuba by the United States',
        'Community of Latin American and Caribbean States',
      ),
      ...inv('economic blockade of Cuba by the United States', 'Cuba', 'United States'),
    ],
  },
  {
    id: 'solidarity-following-floods-in-city',
    form: 'UN: "She expressed the solidarity of the United Nations following the floods in City" (a city\'s state, a telephone call)',
    date: '2024-09-12',
    source: 'United Nations Spokesperson',
    text:
      'The Deputy Secretary-General, Amina J. Mohammed, spoke by telephone with Vice-President Kashim Shettima of Nigeria on 12 September. ' +
      'She expressed the solidarity of the United Nations following the floods in Maiduguri.',
    entities: [
      P('Amina J. Mohammed', 'The Deputy Secretary-General'),
      P('Kashim Shettima', 'Vice-President Kashim Shettima'),
      O('United Nations'),
      S('Nigeria'),
      E('Mohammed-Shettima telephone call', ['spoke by telephone'], '2024-09-12'),
      E('floods in Maiduguri', ['floods']),
    ],
    relations: [
      ...dis('Mohammed-Shettima telephone call', 'floods in Maiduguri'),
      ...inv('floods in Maiduguri', 'Nigeria'),
    ],
  },
  {
    id: 'attack-on-soldiers-claimed-by-group',
    form: '"They discussed the attack on A-ian soldiers in Park W claimed by the X group" (victims as adjective, a group as actor in a participle)',
    date: '2025-01-14',
    source: 'Ministry of Foreign Affairs of Benin',
    text:
      'Minister of Foreign Affairs Olushegun Adjadi Bakari received the Special Representative of the Secretary-General for West Africa and the Sahel, ' +
      'Leonardo Santos Simão, in Cotonou on 14 January. They discussed the attack on Beninese soldiers in Park W claimed by the JNIM group.',
    entities: [
      P('Olushegun Adjadi Bakari', 'Minister of Foreign Affairs Olushegun Adjadi Bakari'),
      P('Leonardo Santos Simão'),
      S('Benin', 'Beninese'),
      O("Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM', 'JNIM group'),
      E('Bakari-Simão meeting in Cotonou', ['received'], '2025-01-14'),
      E('attack on Beninese soldiers in Park W', ['attack']),
    ],
    relations: [
      ...dis('Bakari-Simão meeting in Cotonou', 'attack on Beninese soldiers in Park W'),
      ...inv('attack on Beninese soldiers in Park W', 'Benin', "Jama'at Nusrat al-Islam wal-Muslimin"),
    ],
  },
  {
    id: 'incursion-was-among-issues-raised',
    form: '"The incursion of a B-ian naval vessel into A\'s exclusive economic zone was among the issues raised" (passive, incident as subject)',
    date: '2025-03-27',
    source: 'Ministry of Foreign Affairs and International Cooperation of Guyana',
    text:
      'Minister of Foreign Affairs Hugh Todd met Secretary of State Marco Rubio in Georgetown on 27 March. ' +
      "The incursion of a Venezuelan naval vessel into Guyana's exclusive economic zone earlier in the month was among the issues raised.",
    entities: [
      P('Hugh Todd', 'Minister of Foreign Affairs Hugh Todd'),
      P('Marco Rubio', 'Secretary of State Marco Rubio'),
      S('Guyana'),
      S('Venezuela', 'Venezuelan'),
      E('Todd-Rubio meeting in Georgetown', ['met'], '2025-03-27'),
      E("incursion of a Venezuelan naval vessel into Guyana's exclusive economic zone", ['incursion']),
    ],
    relations: [
      ...dis(
        'Todd-Rubio meeting in Georgetown',
        "incursion of a Venezuelan naval vessel into Guyana's exclusive economic zone",
      ),
      ...inv("incursion of a Venezuelan naval vessel into Guyana's exclusive economic zone", 'Venezuela', 'Guyana'),
    ],
  },
  {
    id: 'raised-illegal-detentions-by-occupation-forces',
    form: '"The Minister raised the illegal detentions of A-ian citizens by B-ian occupation forces along the occupation line"',
    date: '2025-01-30',
    source: 'Ministry of Foreign Affairs of Georgia',
    text:
      'Foreign Minister Maka Botchorishvili met the Head of the EU Monitoring Mission, Dimitrios Karabalis, in Tbilisi on 30 January. ' +
      'The Minister raised the illegal detentions of Georgian citizens by Russian occupation forces along the occupation line.',
    entities: [
      P('Maka Botchorishvili', 'Foreign Minister Maka Botchorishvili'),
      P('Dimitrios Karabalis'),
      S('Georgia', 'Georgian'),
      S('Russia', 'Russian'),
      E('Botchorishvili-Karabalis meeting in Tbilisi', ['met'], '2025-01-30'),
      E('illegal detentions of Georgian citizens by Russian occupation forces', ['illegal detentions', 'detentions']),
    ],
    relations: [
      ...dis(
        'Botchorishvili-Karabalis meeting in Tbilisi',
        'illegal detentions of Georgian citizens by Russian occupation forces',
      ),
      ...inv('illegal detentions of Georgian citizens by Russian occupation forces', 'Georgia', 'Russia'),
    ],
  },
  {
    id: 'condolences-over-fire-in-town',
    form: 'Balkan: "offered condolences over the nightclub fire in City" (a disaster in the counterpart\'s state, told by its town)',
    date: '2025-03-16',
    source: 'Prime Minister of Albania',
    text:
      'Prime Minister Edi Rama spoke by telephone with Prime Minister Hristijan Mickoski of North Macedonia on 16 March ' +
      'and offered condolences over the nightclub fire in Kočani.',
    entities: [
      P('Edi Rama', 'Prime Minister Edi Rama'),
      P('Hristijan Mickoski', 'Prime Minister Hristijan Mickoski'),
      S('Albania'),
      S('North Macedonia'),
      E('Rama-Mickoski telephone call', ['spoke by telephone'], '2025-03-16'),
      E('nightclub fire in Kočani', ['fire']),
    ],
    relations: [
      ...dis('Rama-Mickoski telephone call', 'nightclub fire in Kočani'),
      ...inv('nightclub fire in Kočani', 'North Macedonia'),
    ],
  },
  {
    id: 'attempted-coup-in-capital',
    form: '"They discussed the attempted coup in City the previous day" (a coup told by the capital, a body\'s head on the call)',
    date: '2024-06-27',
    source: 'Ministry of Foreign Affairs of Bolivia',
    text:
      'Foreign Minister Celinda Sosa Lunda spoke by telephone with the Secretary General of the Organization of American States, Luis Almagro, on 27 June. ' +
      'They discussed the attempted coup in La Paz the previous day.',
    entities: [
      P('Celinda Sosa Lunda', 'Foreign Minister Celinda Sosa Lunda'),
      P('Luis Almagro'),
      O('Organization of American States'),
      S('Bolivia'),
      E('Sosa Lunda-Almagro telephone call', ['spoke by telephone'], '2024-06-27'),
      E('attempted coup in La Paz', ['attempted coup', 'coup']),
    ],
    relations: [
      ...dis('Sosa Lunda-Almagro telephone call', 'attempted coup in La Paz'),
      ...inv('attempted coup in La Paz', 'Bolivia'),
    ],
  },
  {
    id: 'siege-of-city-by-group',
    form: 'AU: "They discussed the siege of City by the X" (a city\'s state, a non-state actor after "by")',
    date: '2025-05-10',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received the Foreign Minister of Egypt, Badr Abdelatty, in Addis Ababa on 10 May. ' +
      'They discussed the siege of El Fasher by the Rapid Support Forces.',
    entities: [
      P('Mahmoud Ali Youssouf'),
      P('Badr Abdelatty'),
      O('African Union'),
      S('Egypt'),
      S('Sudan'),
      O('Rapid Support Forces', 'RSF'),
      E('Youssouf-Abdelatty meeting in Addis Ababa', ['received'], '2025-05-10'),
      E('siege of El Fasher by the Rapid Support Forces', ['siege of El Fasher', 'siege']),
    ],
    relations: [
      ...dis('Youssouf-Abdelatty meeting in Addis Ababa', 'siege of El Fasher by the Rapid Support Forces'),
      ...inv('siege of El Fasher by the Rapid Support Forces', 'Sudan', 'Rapid Support Forces'),
    ],
  },
  {
    id: 'raid-on-embassy-by-police',
    form: '"expressed solidarity following the raid on the A-ian embassy in City by the B-ian police" (target and actor as adjectives)',
    date: '2024-04-06',
    source: 'Ministry of Foreign Affairs of Bolivia',
    text:
      'Foreign Minister Celinda Sosa Lunda held a telephone conversation with Foreign Minister Alicia Bárcena of Mexico on 6 April. ' +
      "Sosa expressed Bolivia's solidarity following the raid on the Mexican embassy in Quito by the Ecuadorian police.",
    entities: [
      P('Celinda Sosa Lunda', 'Foreign Minister Celinda Sosa Lunda', 'Sosa'),
      P('Alicia Bárcena', 'Foreign Minister Alicia Bárcena'),
      S('Bolivia'),
      S('Mexico', 'Mexican'),
      S('Ecuador', 'Ecuadorian'),
      E('Sosa Lunda-Bárcena telephone conversation', ['telephone conversation'], '2024-04-06'),
      E('raid on the Mexican embassy in Quito', ['raid']),
    ],
    relations: [
      ...dis('Sosa Lunda-Bárcena telephone conversation', 'raid on the Mexican embassy in Quito'),
      ...inv('raid on the Mexican embassy in Quito', 'Mexico', 'Ecuador'),
    ],
  },
  {
    id: 'hijacking-of-vessel-off-coast',
    form: 'wire: "the hijacking of the A-flagged bulk carrier X off the coast of B" (target by flag, the coast\'s state)',
    date: '2023-12-18',
    source: 'Reuters',
    text:
      "Somalia's President Hassan Sheikh Mohamud and Maltese Foreign Minister Ian Borg discussed on Monday the hijacking of the " +
      'Maltese-flagged bulk carrier MV Ruen off the coast of Somalia, the Somali presidency said.',
    entities: [
      P('Hassan Sheikh Mohamud', 'President Hassan Sheikh Mohamud'),
      P('Ian Borg', 'Foreign Minister Ian Borg'),
      S('Somalia', 'Somali'),
      S('Malta', 'Maltese'),
      E('Hassan Sheikh Mohamud-Borg meeting', ['discussed'], '2023-12-18'),
      E('hijacking of the Maltese-flagged bulk carrier MV Ruen', ['hijacking']),
    ],
    relations: [
      ...dis('Hassan Sheikh Mohamud-Borg meeting', 'hijacking of the Maltese-flagged bulk carrier MV Ruen'),
      ...inv('hijacking of the Maltese-flagged bulk carrier MV Ruen', 'Malta', 'Somalia'),
    ],
  },
];

const STATE_ONLY_EVENTS: BankCase[] = [
  {
    id: 'intergovernmental-commission-by-demonyms',
    form: 'wire: "The 8th meeting of the A-ian–B-ian Intergovernmental Commission on … took place in City" (demonyms, no person)',
    date: '2024-11-19',
    source: 'Turkmenistan Today',
    text: 'The 8th meeting of the Uzbek–Turkmen Intergovernmental Commission on Economic Cooperation took place in Ashgabat on 19 November.',
    entities: [
      S('Uzbekistan', 'Uzbek'),
      S('Turkmenistan', 'Turkmen'),
      E(
        '8th meeting of the Uzbek–Turkmen Intergovernmental Commission on Economic Cooperation',
        ['Uzbek–Turkmen Intergovernmental Commission on Economic Cooperation'],
        '2024-11-19',
      ),
    ],
    relations: [
      ...inv(
        '8th meeting of the Uzbek–Turkmen Intergovernmental Commission on Economic Cooperation',
        'Uzbekistan',
        'Turkmenistan',
      ),
    ],
  },
  {
    id: 'consultations-between-ministries-level-of',
    form: '"Consultations between the ministries of foreign affairs of A and B were held in City, at the level of political directors"',
    date: '2024-06-04',
    source: 'Ministry for Europe and Foreign Affairs of Albania',
    text:
      'Consultations between the ministries of foreign affairs of Albania and North Macedonia were held in Tirana on 4 June, ' +
      'at the level of political directors. The delegations reviewed the opening of the new border crossing at Qafë Thanë.',
    entities: [
      S('Albania'),
      S('North Macedonia'),
      E(
        'consultations between the ministries of foreign affairs of Albania and North Macedonia',
        ['consultations'],
        '2024-06-04',
      ),
    ],
    relations: [
      ...inv(
        'consultations between the ministries of foreign affairs of Albania and North Macedonia',
        'Albania',
        'North Macedonia',
      ),
    ],
  },
  {
    id: 'officials-met-for-boundary-negotiations',
    form: 'Pacific: "Officials of A and B met in City this week for the first round of maritime boundary negotiations"',
    date: '2024-05-16',
    source: 'Solomon Islands Government',
    text:
      'Officials of Solomon Islands and Papua New Guinea met in Honiara this week for the first round of maritime boundary negotiations, ' +
      'the Ministry of Foreign Affairs and External Trade said.',
    entities: [
      S('Solomon Islands'),
      S('Papua New Guinea'),
      E('first round of maritime boundary negotiations', ['maritime boundary negotiations'], '2024-05-16'),
    ],
    relations: [...inv('first round of maritime boundary negotiations', 'Solomon Islands', 'Papua New Guinea')],
  },
  {
    id: 'cooperation-council-co-chaired-by-presidents',
    form: '"The A–B Cooperation Council held its fifth meeting in City under the co-chairmanship of the two Presidents" (nobody named)',
    date: '2024-12-18',
    source: 'Ministry of Foreign Affairs of Suriname',
    text: 'The Guyana–Suriname Cooperation Council held its fifth meeting in Paramaribo on 18 December under the co-chairmanship of the two Presidents.',
    entities: [
      S('Guyana'),
      S('Suriname'),
      E(
        'fifth meeting of the Guyana–Suriname Cooperation Council',
        ['Guyana–Suriname Cooperation Council'],
        '2024-12-18',
      ),
    ],
    relations: [...inv('fifth meeting of the Guyana–Suriname Cooperation Council', 'Guyana', 'Suriname')],
  },
  {
    id: 'wire-held-round-of-consultations-on',
    form: 'wire: "A and B held the 12th round of consultations on consular issues in City, the A-ian Foreign Ministry said"',
    date: '2024-09-10',
    source: 'Xinhua',
    text: 'Kazakhstan and China held the 12th round of consultations on consular issues in Beijing, the Kazakh Foreign Ministry said on Tuesday.',
    entities: [
      S('Kazakhstan', 'Kazakh'),
      S('China'),
      E('12th round of consultations on consular issues', ['consultations on consular issues'], '2024-09-10'),
    ],
    relations: [...inv('12th round of consultations on consular issues', 'Kazakhstan', 'China')],
  },
  {
    id: 'association-council-took-place',
    form: '"The 11th EU–A Association Council took place in Brussels" (a body and a state, no person)',
    date: '2024-09-05',
    source: 'Council of the European Union',
    text: 'The 11th EU–Moldova Association Council took place in Brussels on 5 September.',
    entities: [
      O('European Union', 'EU'),
      S('Moldova'),
      E('11th EU–Moldova Association Council', ['EU–Moldova Association Council'], '2024-09-05'),
    ],
    relations: [...inv('11th EU–Moldova Association Council', 'European Union', 'Moldova')],
  },
  {
    id: 'talks-under-auspices-of-body',
    form: '"Talks between A and B on … resumed in City under the auspices of the X" (two states and a body)',
    date: '2024-05-17',
    source: 'Ministry of Foreign Affairs of Belize',
    text:
      'Talks between Belize and Guatemala on confidence-building measures in the Adjacency Zone resumed in Washington on 17 May ' +
      'under the auspices of the Organization of American States.',
    entities: [
      S('Belize'),
      S('Guatemala'),
      O('Organization of American States'),
      E('talks between Belize and Guatemala on confidence-building measures', ['talks'], '2024-05-17'),
    ],
    relations: [
      ...inv(
        'talks between Belize and Guatemala on confidence-building measures',
        'Belize',
        'Guatemala',
        'Organization of American States',
      ),
    ],
  },
];

const RECALLED_AGREEMENTS: BankCase[] = [
  {
    id: 'year-treaty-between-on',
    form: '"The sides praised the 2025 treaty between A and B on the state border" (recalled, year first, lowercase kind)',
    date: '2025-05-20',
    source: 'Ministry of Foreign Affairs of Tajikistan',
    text:
      'Foreign Minister Sirojiddin Muhriddin met Foreign Minister Jeenbek Kulubaev of Kyrgyzstan in Dushanbe on 20 May. ' +
      'The sides praised the 2025 treaty between Tajikistan and Kyrgyzstan on the state border.',
    entities: [
      P('Sirojiddin Muhriddin', 'Foreign Minister Sirojiddin Muhriddin'),
      P('Jeenbek Kulubaev', 'Foreign Minister Jeenbek Kulubaev'),
      S('Tajikistan'),
      S('Kyrgyzstan'),
      E('Muhriddin-Kulubaev meeting in Dushanbe', ['met'], '2025-05-20'),
      A(
        'treaty between Tajikistan and Kyrgyzstan on the state border',
        '2025 treaty between Tajikistan and Kyrgyzstan on the state border',
      ),
    ],
    relations: [
      ...dis('Muhriddin-Kulubaev meeting in Dushanbe', 'treaty between Tajikistan and Kyrgyzstan on the state border'),
      ...pt('treaty between Tajikistan and Kyrgyzstan on the state border', 'Tajikistan', 'Kyrgyzstan'),
    ],
  },
  {
    id: 'projects-under-bilateral-investment-treaty',
    form: '"Projects under the bilateral investment treaty between A and B were reviewed" (lowercase, "under", passive)',
    date: '2024-07-08',
    source: 'Office of the President of Guyana',
    text:
      'President Irfaan Ali met Prime Minister Mia Amor Mottley of Barbados in Georgetown on 8 July. ' +
      'Projects under the bilateral investment treaty between Guyana and Barbados were reviewed.',
    entities: [
      P('Irfaan Ali', 'President Irfaan Ali'),
      P('Mia Amor Mottley', 'Prime Minister Mia Amor Mottley'),
      S('Guyana'),
      S('Barbados'),
      E('Ali-Mottley meeting in Georgetown', ['met'], '2024-07-08'),
      A('bilateral investment treaty between Guyana and Barbados', 'bilateral investment treaty'),
    ],
    relations: [
      ...dis('Ali-Mottley meeting in Georgetown', 'bilateral investment treaty between Guyana and Barbados'),
      ...pt('bilateral investment treaty between Guyana and Barbados', 'Guyana', 'Barbados'),
    ],
  },
  {
    id: 'welcomed-accession-to-convention',
    form: 'UN: "welcomed A\'s accession to the Convention on …" (the acceding state is party; the convention discussed)',
    date: '2024-06-10',
    source: 'United Nations Spokesperson',
    text:
      'The Secretary-General met today with President Shavkat Mirziyoyev of Uzbekistan. ' +
      "He welcomed Uzbekistan's accession to the Convention on the Rights of Persons with Disabilities.",
    entities: [
      P('António Guterres', 'The Secretary-General', 'Secretary-General'),
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      S('Uzbekistan'),
      E('Guterres-Mirziyoyev meeting', ['met'], '2024-06-10'),
      A('Convention on the Rights of Persons with Disabilities'),
    ],
    relations: [
      ...dis('Guterres-Mirziyoyev meeting', 'Convention on the Rights of Persons with Disabilities'),
      ...pt('Convention on the Rights of Persons with Disabilities', 'Uzbekistan'),
    ],
  },
  {
    id: 'wire-deal-the-two-countries-signed-last-year',
    form: 'wire: "they discussed the gas supply deal the two countries signed last year" (lowercase deal, parties "the two countries")',
    date: '2024-10-18',
    source: 'Reuters',
    text:
      "Peru's President Dina Boluarte met Bolivian President Luis Arce in Lima on Friday, where they discussed the gas supply deal " +
      "the two countries signed last year, Peru's presidency said.",
    entities: [
      P('Dina Boluarte', 'President Dina Boluarte'),
      P('Luis Arce', 'President Luis Arce'),
      S('Peru'),
      S('Bolivia', 'Bolivian'),
      E('Boluarte-Arce meeting in Lima', ['met'], '2024-10-18'),
      A('gas supply deal'),
    ],
    relations: [
      ...dis('Boluarte-Arce meeting in Lima', 'gas supply deal'),
      ...pt('gas supply deal', 'Peru', 'Bolivia'),
    ],
  },
  {
    id: 'reviewed-progress-under-combining-form-agreement',
    form: 'Pacific: "They reviewed progress under the PNG–A Bilateral Security Agreement" (abbreviated state in a combining form)',
    date: '2024-05-09',
    source: 'Office of the Prime Minister of Papua New Guinea',
    text:
      'Prime Minister James Marape met Deputy Prime Minister Richard Marles of Australia in Port Moresby on 9 May. ' +
      'They reviewed progress under the PNG–Australia Bilateral Security Agreement.',
    entities: [
      P('James Marape', 'Prime Minister James Marape'),
      P('Richard Marles', 'Deputy Prime Minister Richard Marles'),
      S('Papua New Guinea', 'PNG'),
      S('Australia'),
      E('Marape-Marles meeting in Port Moresby', ['met'], '2024-05-09'),
      A('PNG–Australia Bilateral Security Agreement', 'Bilateral Security Agreement'),
    ],
    relations: [
      ...dis('Marape-Marles meeting in Port Moresby', 'PNG–Australia Bilateral Security Agreement'),
      ...pt('PNG–Australia Bilateral Security Agreement', 'Papua New Guinea', 'Australia'),
    ],
  },
  {
    id: 'franco-adjective-treaty',
    form: '"The two ministers reviewed the Franco-Ivorian defence partnership treaty of 2012" (combining-form adjectives)',
    date: '2024-02-22',
    source: "Presidency of Côte d'Ivoire",
    text:
      'President Alassane Ouattara received the French Minister of the Armed Forces, Sébastien Lecornu, in Abidjan on 22 February. ' +
      'They reviewed the Franco-Ivorian defence partnership treaty of 2012.',
    entities: [
      P('Alassane Ouattara', 'President Alassane Ouattara'),
      P('Sébastien Lecornu'),
      S("Côte d'Ivoire", 'Ivorian', 'Ivory Coast'),
      S('France', 'French', 'Franco'),
      E('Ouattara-Lecornu meeting in Abidjan', ['received'], '2024-02-22'),
      A('Franco-Ivorian defence partnership treaty', 'defence partnership treaty'),
    ],
    relations: [
      ...dis('Ouattara-Lecornu meeting in Abidjan', 'Franco-Ivorian defence partnership treaty'),
      ...pt('Franco-Ivorian defence partnership treaty', 'France', "Côte d'Ivoire"),
    ],
  },
  {
    id: 'agreement-between-two-bodies-not-in-force',
    form: '"They discussed the Economic Partnership Agreement between ECOWAS and the European Union, which has yet to enter into force" (two bodies as parties)',
    date: '2024-11-05',
    source: 'ECOWAS Commission',
    text:
      'The President of the ECOWAS Commission, Omar Alieu Touray, received the European Commissioner for International Partnerships, Jutta Urpilainen, in Abuja on 5 November. ' +
      'They discussed the Economic Partnership Agreement between ECOWAS and the European Union, which has yet to enter into force.',
    entities: [
      P('Omar Alieu Touray'),
      P('Jutta Urpilainen'),
      O('ECOWAS', 'Economic Community of West African States'),
      O('European Union'),
      O('ECOWAS Commission'),
      O('European Commission'),
      E('Touray-Urpilainen meeting in Abuja', ['received'], '2024-11-05'),
      A('Economic Partnership Agreement between ECOWAS and the European Union', 'Economic Partnership Agreement'),
    ],
    relations: [
      ...dis(
        'Touray-Urpilainen meeting in Abuja',
        'Economic Partnership Agreement between ECOWAS and the European Union',
      ),
      ...pt('Economic Partnership Agreement between ECOWAS and the European Union', 'ECOWAS', 'European Union'),
    ],
  },
  {
    id: 'guarantors-are-no-parties',
    form: '"the 2016 Final Peace Agreement between the Government of A and the X, of which B and C are guarantor countries" (guarantors no parties, no topics)',
    date: '2024-02-28',
    source: 'Presidency of Colombia',
    text:
      "President Gustavo Petro received Norway's Foreign Minister Espen Barth Eide in Bogotá on 28 February. " +
      'They reviewed the implementation of the 2016 Final Peace Agreement between the Government of Colombia and the FARC-EP, ' +
      'of which Norway and Cuba are guarantor countries.',
    entities: [
      P('Gustavo Petro', 'President Gustavo Petro'),
      P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide'),
      S('Colombia'),
      S('Norway'),
      S('Cuba'),
      O('FARC-EP'),
      E('Petro-Eide meeting in Bogotá', ['received'], '2024-02-28'),
      A(
        'Final Peace Agreement between the Government of Colombia and the FARC-EP',
        '2016 Final Peace Agreement',
        'Final Peace Agreement',
      ),
    ],
    relations: [
      ...dis(
        'Petro-Eide meeting in Bogotá',
        'Final Peace Agreement between the Government of Colombia and the FARC-EP',
      ),
      ...pt('Final Peace Agreement between the Government of Colombia and the FARC-EP', 'Colombia', 'FARC-EP'),
    ],
  },
  {
    id: 'witnesses-are-no-parties',
    form: 'AU: "the peace agreement signed in City in June between A and B, witnessed by C and D" (witnesses no parties, no topics)',
    date: '2025-07-15',
    source: 'African Union Commission',
    text:
      'The Chairperson of the African Union Commission, Mahmoud Ali Youssouf, received the Foreign Minister of Togo, Robert Dussey, in Addis Ababa on 15 July. ' +
      'They discussed the peace agreement signed in Washington in June between the Democratic Republic of the Congo and Rwanda, witnessed by the United States and Qatar.',
    entities: [
      P('Mahmoud Ali Youssouf'),
      P('Robert Dussey'),
      O('African Union'),
      S('Togo'),
      S('Democratic Republic of the Congo'),
      S('Rwanda'),
      S('United States'),
      S('Qatar'),
      E('Youssouf-Dussey meeting in Addis Ababa', ['received'], '2025-07-15'),
      A('peace agreement between the Democratic Republic of the Congo and Rwanda', 'peace agreement'),
    ],
    relations: [
      ...dis(
        'Youssouf-Dussey meeting in Addis Ababa',
        'peace agreement between the Democratic Republic of the Congo and Rwanda',
      ),
      ...pt(
        'peace agreement between the Democratic Republic of the Congo and Rwanda',
        'Democratic Republic of the Congo',
        'Rwanda',
      ),
    ],
  },
  {
    id: 'mediator-is-no-party',
    form: '"noted the historic role of the X Declaration, signed by A and B in 1966 with the mediation of C" (a mediator no party)',
    date: '2024-06-06',
    source: 'Press Service of the President of Uzbekistan',
    text:
      'President Shavkat Mirziyoyev received External Affairs Minister Subrahmanyam Jaishankar in Tashkent on 6 June. ' +
      'The two sides noted the historic role of the Tashkent Declaration, signed by India and Pakistan in 1966 with the mediation of the Soviet Union.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev'),
      P('Subrahmanyam Jaishankar', 'External Affairs Minister Subrahmanyam Jaishankar'),
      S('Uzbekistan'),
      S('India'),
      S('Pakistan'),
      S('Soviet Union'),
      E('Mirziyoyev-Jaishankar meeting in Tashkent', ['received'], '2024-06-06'),
      A('Tashkent Declaration'),
    ],
    relations: [
      ...dis('Mirziyoyev-Jaishankar meeting in Tashkent', 'Tashkent Declaration'),
      ...pt('Tashkent Declaration', 'India', 'Pakistan'),
    ],
  },
  {
    id: 'host-is-no-party-concluded-in',
    form: '"recalled the 1999 X Peace Agreement between the Government of A and the Y, concluded in B under the chairmanship of its President" (the host no party, no topic)',
    date: '2024-04-26',
    source: 'State House, Sierra Leone',
    text:
      'President Julius Maada Bio received President Faure Gnassingbé of Togo at State House in Freetown on 26 April. ' +
      'President Bio recalled the 1999 Lomé Peace Agreement between the Government of Sierra Leone and the Revolutionary United Front, ' +
      'concluded in Togo under the chairmanship of President Gnassingbé Eyadéma.',
    entities: [
      P('Julius Maada Bio', 'President Julius Maada Bio', 'President Bio'),
      P('Faure Gnassingbé', 'President Faure Gnassingbé'),
      P('Gnassingbé Eyadéma', 'President Gnassingbé Eyadéma'),
      S('Sierra Leone'),
      S('Togo'),
      O('Revolutionary United Front'),
      E('Bio-Gnassingbé meeting at State House in Freetown', ['received'], '2024-04-26'),
      A('Lomé Peace Agreement', '1999 Lomé Peace Agreement'),
    ],
    relations: [
      ...dis('Bio-Gnassingbé meeting at State House in Freetown', 'Lomé Peace Agreement'),
      ...pt('Lomé Peace Agreement', 'Sierra Leone', 'Revolutionary United Front'),
    ],
  },
  {
    id: 'un-au-framework-participants-bodies-parties',
    form: 'UN: "They reviewed the implementation of the UN–AU Joint Framework for …" (the participants\' two bodies are its parties)',
    date: '2025-04-22',
    source: 'United Nations Spokesperson',
    text:
      'The Secretary-General met today with the Chairperson of the African Union Commission, Mahmoud Ali Youssouf. ' +
      'They reviewed the implementation of the UN–AU Joint Framework for Enhanced Partnership in Peace and Security.',
    entities: [
      P('António Guterres', 'The Secretary-General', 'Secretary-General'),
      P('Mahmoud Ali Youssouf'),
      O('United Nations', 'UN'),
      O('African Union', 'AU'),
      O('African Union Commission'),
      E('Guterres-Youssouf meeting', ['met'], '2025-04-22'),
      A(
        'UN–AU Joint Framework for Enhanced Partnership in Peace and Security',
        'Joint Framework for Enhanced Partnership in Peace and Security',
      ),
    ],
    relations: [
      ...dis('Guterres-Youssouf meeting', 'UN–AU Joint Framework for Enhanced Partnership in Peace and Security'),
      ...pt('UN–AU Joint Framework for Enhanced Partnership in Peace and Security', 'United Nations', 'African Union'),
    ],
  },
  {
    id: 'signed-by-the-presidents-of-three',
    form: 'Kabar: "welcomed the agreement on … signed by the presidents of A, B and C in City" (three states from "the presidents of")',
    date: '2025-04-10',
    source: 'Kabar',
    text:
      'Minister of Foreign Affairs Jeenbek Kulubaev met the EU Special Representative for Central Asia, Terhi Hakala, in Bishkek on 10 April. ' +
      'Hakala welcomed the agreement on the junction point of the state borders signed by the presidents of Kyrgyzstan, Tajikistan and Uzbekistan in Khujand.',
    entities: [
      P('Jeenbek Kulubaev', 'Minister of Foreign Affairs Jeenbek Kulubaev'),
      P('Terhi Hakala', 'Hakala'),
      S('Kyrgyzstan'),
      S('Tajikistan'),
      S('Uzbekistan'),
      O('European Union', 'EU'),
      E('Kulubaev-Hakala meeting in Bishkek', ['met'], '2025-04-10'),
      A('agreement on the junction point of the state borders'),
    ],
    relations: [
      ...dis('Kulubaev-Hakala meeting in Bishkek', 'agreement on the junction point of the state borders'),
      ...pt('agreement on the junction point of the state borders', 'Kyrgyzstan', 'Tajikistan', 'Uzbekistan'),
    ],
  },
  {
    id: 'loan-agreement-concluded-with-bank',
    form: '"reviewed the disbursements under the loan agreement A concluded with CAF last year" (a development bank as party, "concluded with")',
    date: '2024-03-19',
    source: 'CAF – Development Bank of Latin America and the Caribbean',
    text:
      'CAF Executive President Sergio Díaz-Granados met President Luis Arce in La Paz on 19 March. ' +
      'They reviewed the disbursements under the loan agreement Bolivia concluded with CAF last year for the El Sillar road.',
    entities: [
      P('Sergio Díaz-Granados', 'CAF Executive President Sergio Díaz-Granados'),
      P('Luis Arce', 'President Luis Arce'),
      O('CAF', 'Development Bank of Latin America and the Caribbean'),
      S('Bolivia'),
      E('Díaz-Granados-Arce meeting in La Paz', ['met'], '2024-03-19'),
      A('loan agreement for the El Sillar road', 'loan agreement'),
    ],
    relations: [
      ...dis('Díaz-Granados-Arce meeting in La Paz', 'loan agreement for the El Sillar road'),
      ...pt('loan agreement for the El Sillar road', 'Bolivia', 'CAF'),
    ],
  },
  {
    id: 'sino-adjective-agreement-in-force',
    form: 'Xinhua: "Wang said the Sino-A agreement on mutual visa exemption, in force since November, has boosted exchanges" (Sino- combining form)',
    date: '2024-03-28',
    source: 'Xinhua',
    text:
      'Chinese Foreign Minister Wang Yi met Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu in Beijing on Thursday. ' +
      'Wang said the Sino-Kazakh agreement on mutual visa exemption, in force since November, has boosted exchanges.',
    entities: [
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      P('Murat Nurtleu'),
      S('China', 'Chinese', 'Sino'),
      S('Kazakhstan', 'Kazakh'),
      E('Wang Yi-Nurtleu meeting in Beijing', ['met'], '2024-03-28'),
      A('Sino-Kazakh agreement on mutual visa exemption', 'agreement on mutual visa exemption'),
    ],
    relations: [
      ...dis('Wang Yi-Nurtleu meeting in Beijing', 'Sino-Kazakh agreement on mutual visa exemption'),
      ...pt('Sino-Kazakh agreement on mutual visa exemption', 'China', 'Kazakhstan'),
    ],
  },
  {
    id: 'agreement-which-the-two-countries-signed-in-year',
    form: '"welcomed the entry into force of the agreement on …, which the two countries signed in 2022" (parties "the two countries" in a relative clause)',
    date: '2024-05-23',
    source: 'Ministry of Foreign Affairs of Kazakhstan',
    text:
      'Foreign Minister Murat Nurtleu met Foreign Minister Bakhtiyor Saidov of Uzbekistan in Astana on 23 May. ' +
      'The ministers welcomed the entry into force of the agreement on the demarcation of the state border, which the two countries signed in 2022.',
    entities: [
      P('Murat Nurtleu', 'Foreign Minister Murat Nurtleu'),
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov'),
      S('Kazakhstan'),
      S('Uzbekistan'),
      E('Nurtleu-Saidov meeting in Astana', ['met'], '2024-05-23'),
      A('agreement on the demarcation of the state border'),
    ],
    relations: [
      ...dis('Nurtleu-Saidov meeting in Astana', 'agreement on the demarcation of the state border'),
      ...pt('agreement on the demarcation of the state border', 'Kazakhstan', 'Uzbekistan'),
    ],
  },
  {
    id: 'samoa-agreement-between-body-and-body',
    form: 'Pacific: "cooperation under the X Agreement between the European Union and the Organisation of …" (two bodies as parties; the host state a member, not stated)',
    date: '2024-11-15',
    source: 'Government of Samoa',
    text:
      'Prime Minister Fiamē Naomi Mataʻafa met European Commissioner Jutta Urpilainen in Apia on 15 November. ' +
      'They discussed cooperation under the Samoa Agreement between the European Union and the Organisation of African, Caribbean and Pacific States.',
    entities: [
      P('Fiamē Naomi Mataʻafa', 'Prime Minister Fiamē Naomi Mataʻafa'),
      P('Jutta Urpilainen', 'European Commissioner Jutta Urpilainen'),
      S('Samoa'),
      O('European Union'),
      O('European Commission'),
      O('Organisation of African, Caribbean and Pacific States', 'OACPS'),
      E('Mataʻafa-Urpilainen meeting in Apia', ['met'], '2024-11-15'),
      A('Samoa Agreement'),
    ],
    relations: [
      ...dis('Mataʻafa-Urpilainen meeting in Apia', 'Samoa Agreement'),
      ...pt('Samoa Agreement', 'European Union', 'Organisation of African, Caribbean and Pacific States'),
    ],
  },
  {
    id: 'history-agreement-no-topic',
    form: 'background: "Relations between A and B rest on the 1992 Treaty on …" in a sentence of its own (parties yes, no DISCUSSED)',
    date: '2024-10-14',
    source: 'Ministry of Foreign Affairs of Mongolia',
    text:
      'Foreign Minister Battsetseg Batmunkh met Foreign Minister Murat Nurtleu of Kazakhstan in Ulaanbaatar on 14 October. ' +
      'Relations between Mongolia and Kazakhstan rest on the 1993 Treaty on Friendly Relations and Cooperation. ' +
      'The ministers discussed direct flights between Ulaanbaatar and Astana.',
    entities: [
      P('Battsetseg Batmunkh', 'Foreign Minister Battsetseg Batmunkh'),
      P('Murat Nurtleu', 'Foreign Minister Murat Nurtleu'),
      S('Mongolia'),
      S('Kazakhstan'),
      E('Batmunkh-Nurtleu meeting in Ulaanbaatar', ['met'], '2024-10-14'),
      A('Treaty on Friendly Relations and Cooperation', '1993 Treaty on Friendly Relations and Cooperation'),
    ],
    relations: [...pt('Treaty on Friendly Relations and Cooperation', 'Mongolia', 'Kazakhstan')],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-topical-issues-of-agenda',
    form: 'negative: "exchanged views on topical issues of the regional and international agenda and on cooperation within multilateral structures" (generic)',
    date: '2024-08-20',
    source: 'Ministry of Foreign Affairs of Turkmenistan',
    text:
      'Minister of Foreign Affairs Rashid Meredov held talks with Minister of Foreign Affairs Bakhtiyor Saidov of Uzbekistan in Ashgabat on 20 August. ' +
      'The sides exchanged views on topical issues of the regional and international agenda and on cooperation within multilateral structures.',
    entities: [
      P('Rashid Meredov', 'Minister of Foreign Affairs Rashid Meredov'),
      P('Bakhtiyor Saidov', 'Minister of Foreign Affairs Bakhtiyor Saidov'),
      S('Turkmenistan'),
      S('Uzbekistan'),
      E('Meredov-Saidov talks in Ashgabat', ['held talks'], '2024-08-20'),
    ],
    relations: [],
  },
  {
    id: 'negative-wire-demonym-leaders-at-border',
    form: 'negative: wire "A-ian junta leader X met B-ian President Y in City" (states only as the participants\' countries)',
    date: '2024-02-24',
    source: 'Agence France-Presse',
    text:
      'Guinean junta leader Mamady Doumbouya met Liberian President Joseph Boakai in Conakry on Saturday, ' +
      'and the two men discussed electricity interconnection and the fight against drug trafficking.',
    entities: [
      P('Mamady Doumbouya'),
      P('Joseph Boakai', 'President Joseph Boakai'),
      S('Guinea', 'Guinean'),
      S('Liberia', 'Liberian'),
      E('Doumbouya-Boakai meeting in Conakry', ['met'], '2024-02-24'),
    ],
    relations: [],
  },
  {
    id: 'thanked-third-state-for-hosting',
    form: 'negative DISCUSSED: "The ministers thanked C for hosting the meeting" (a third state as host: no topic; INVOLVES as host, as the dev gold gives "thank Switzerland for hosting")',
    date: '2024-09-25',
    source: 'Trend',
    text:
      'Foreign Minister Jeenbek Kulubaev of Kyrgyzstan and Foreign Minister Sirojiddin Muhriddin of Tajikistan met in Tashkent on 25 September ' +
      'to discuss water management in the Fergana Valley. The ministers thanked Uzbekistan for hosting the meeting.',
    entities: [
      P('Jeenbek Kulubaev', 'Foreign Minister Jeenbek Kulubaev'),
      P('Sirojiddin Muhriddin', 'Foreign Minister Sirojiddin Muhriddin'),
      S('Kyrgyzstan'),
      S('Tajikistan'),
      S('Uzbekistan'),
      E('Kulubaev-Muhriddin meeting in Tashkent', ['met'], '2024-09-25'),
    ],
    relations: [...inv('Kulubaev-Muhriddin meeting in Tashkent', 'Uzbekistan')],
  },
  {
    id: 'negative-gathering-named-in-passing',
    form: 'negative: "The ministers, who first met at the X Forum in March, discussed …" (a gathering named in passing is no topic)',
    date: '2024-06-12',
    source: 'Ministry of Foreign Affairs of North Macedonia',
    text:
      'Foreign Minister Timčo Mucunski received Foreign Minister Ervin Ibrahimović of Montenegro in Skopje on 12 June. ' +
      'The ministers, who first met at the Antalya Diplomacy Forum in March, discussed rail links between the two capitals.',
    entities: [
      P('Timčo Mucunski', 'Foreign Minister Timčo Mucunski'),
      P('Ervin Ibrahimović', 'Foreign Minister Ervin Ibrahimović'),
      S('North Macedonia'),
      S('Montenegro'),
      E('Mucunski-Ibrahimović meeting in Skopje', ['received'], '2024-06-12'),
      E('Antalya Diplomacy Forum'),
    ],
    relations: [],
  },
  {
    id: 'negative-credentials-of-ambassador',
    form: 'negative: "received the credentials of the newly appointed Ambassador of A, X" (a state only in a title)',
    date: '2024-10-03',
    source: 'Government of Barbados',
    text:
      'Prime Minister Mia Amor Mottley received the newly appointed Ambassador of Cuba, Félix Ramón Valdés, at Ilaro Court on 3 October. ' +
      'They discussed medical cooperation and scholarships for Barbadian students.',
    entities: [
      P('Mia Amor Mottley', 'Prime Minister Mia Amor Mottley'),
      P('Félix Ramón Valdés'),
      S('Cuba'),
      S('Barbados', 'Barbadian'),
      E('Mottley-Valdés meeting at Ilaro Court', ['received'], '2024-10-03'),
    ],
    relations: [],
  },
  {
    id: 'negative-bodies-of-the-participants',
    form: 'negative: "the OIC Secretary-General and the SCO Secretary-General met … to discuss cooperation between the two organisations" (the participants\' own bodies)',
    date: '2024-07-18',
    source: 'Organisation of Islamic Cooperation',
    text:
      'The OIC Secretary-General, Hissein Brahim Taha, met the SCO Secretary-General, Zhang Ming, in Jeddah on 18 July ' +
      'to discuss cooperation between the two organisations in countering terrorism.',
    entities: [
      P('Hissein Brahim Taha'),
      P('Zhang Ming'),
      O('Organisation of Islamic Cooperation', 'OIC'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      E('Taha-Zhang Ming meeting in Jeddah', ['met'], '2024-07-18'),
    ],
    relations: [],
  },
  {
    id: 'negative-visit-told-as-past-itinerary',
    form: 'negative: "X, who arrived from City where she had attended the inauguration of President Y, …" (an itinerary event is no topic)',
    date: '2024-06-03',
    source: 'Ministry of Foreign Affairs of Ecuador',
    text:
      'Foreign Minister Gabriela Sommerfeld, who arrived from San Salvador where she had attended the inauguration of President Nayib Bukele, ' +
      'met Foreign Minister Javier González-Olaechea of Peru in Quito on 3 June to discuss the binational development plan.',
    entities: [
      P('Gabriela Sommerfeld', 'Foreign Minister Gabriela Sommerfeld'),
      P('Javier González-Olaechea', 'Foreign Minister Javier González-Olaechea'),
      P('Nayib Bukele', 'President Nayib Bukele'),
      S('Ecuador'),
      S('Peru'),
      E('Sommerfeld-González-Olaechea meeting in Quito', ['met'], '2024-06-03'),
      E('inauguration of President Nayib Bukele', ['inauguration']),
    ],
    relations: [],
  },
];

/** The bank: meetings' topics, incidents, state-only events, recalled agreements and negatives. */
export const EVENT_BANK: BankCase[] = [
  ...MEETING_TOPICS,
  ...INCIDENTS,
  ...STATE_ONLY_EVENTS,
  ...RECALLED_AGREEMENTS,
  ...NEGATIVES,
];
