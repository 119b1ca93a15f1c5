// The fifth agreements bank (issue 6, round agr26): a blind bank written before any rule change of the round, on
// agreements named by description ("the arrangement on the release of detainees", "a deal to extend the grain
// corridor", "the arrangement on fishing access", "the agreement on the status of … personnel"), agreements named in
// another language with an English gloss (Trattato del Quirinale, Vertrag von Aachen, Prespanski dogovor, Traité
// d’amitié, Acuerdo de Escazú, Acordo sobre a Mobilidade, Perjanjian Kerja Sama Pertahanan, Accord pour la paix …
// issu du processus d’Alger), amendments, protocols, annexes and extensions BASED_ON their parent (a protocol amending
// a tax convention, the Kigali Amendment, the Windsor Framework, the Ohrid Implementation Annex, the extension of New
// START, a peace agreement building on a declaration of principles, an upgrade protocol to a framework agreement, a
// code of conduct building on a declaration, an agreement negotiated "on the basis of" another), parties told by "the
// two governments", "both sides", "the parties" (resolved to the states and organisations of the text), signatories
// signing "for" or "on behalf of" a side (the side, never the person, is party), agreements only planned or under
// negotiation (PARTY_TO and NEGOTIATES, no REACHED_AT), withdrawals, denunciations and suspensions (the state stays
// PARTY_TO, as in the first agreements bank's "withdrawn-from-initiative" and "suspended-participation": the GUIDE gives
// no exception for them), and negatives (mediators, facilitators, witnesses and depositaries no parties; "replaces" no
// BASED_ON; "the Treaty Room"; "trade agreements" in general). House styles not used by agreements banks 1–4 where
// possible: the Oman News Agency, Anadolu, WAM, APS, KPL, AIM, Kabar, UzA, LRT, Xinhua, Ukrinform, the Vietnam News
// Agency, the Ghana News Agency, Mauritius's GIS, the Seychelles government, Niger's and Mali's transitional
// governments, Palazzo Chigi, the Bundesregierung, the Government of North Macedonia, Colombia's Cancillería, Lusa,
// Ireland's DFA, the EEAS, the Russian MFA, Rwanda's MINAFFET, Egypt's water ministry, the SPA, Villa Somalia, the
// Greek Prime Minister's press office, the CARICOM Secretariat, the Vietnamese Government portal, Australia's trade
// minister and Defence department, OSESGY, Latvia's MFA, the Government of Samoa, Estonia's defence ministry, the
// Council of the EU, the Hungarian Government, UNEP, WHO, the UK Cabinet Office and Department for Business and Trade,
// Indonesia's economic ministry, the GCC Secretariat, Barbados's PMO. About half are fragments of two or three
// sentences without a dateline. Its area: Agreements, PARTY_TO, REACHED_AT, BASED_ON, NEGOTIATES. Run: `npm run bank
// -- agreements-5`.
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
  type AgreementRel as Rel,
} from './bank-events.ts';

/** The relation types of this bank's area. */
export const BANK_EVENT_RELATIONS = ['PARTY_TO', 'REACHED_AT', 'BASED_ON', 'NEGOTIATES'];
/** The entity types of this bank's area. */
export const BANK_ENTITY_TYPES = ['Agreement'];

const neg = (person: string, agreement: string): Rel => ['NEGOTIATES', person, agreement];

const DESCRIBED: BankCase[] = [
  {
    id: 'detainee-release-arrangement-mediator-no-party',
    form: 'wire: "the arrangement on the release of detainees between the Islamic Republic of A and the Kingdom of B … following Omani mediation" (a description; the mediator no party)',
    date: '2023-05-26',
    source: 'Oman News Agency',
    text:
      'MUSCAT, May 26 (ONA) – The Sultanate of Oman announced today that the arrangement on the release of detainees between the Islamic Republic of Iran and the Kingdom of Belgium had been carried out, following Omani mediation between the two countries. ' +
      'Under the arrangement, a Belgian aid worker and an Iranian diplomat were flown home via Muscat.',
    entities: [
      S('Oman', 'Sultanate of Oman', 'Omani'),
      S('Iran', 'Islamic Republic of Iran', 'Iranian'),
      S('Belgium', 'Kingdom of Belgium', 'Belgian'),
      A('arrangement on the release of detainees', 'arrangement'),
    ],
    relations: [...party('arrangement on the release of detainees', 'Iran', 'Belgium')],
  },
  {
    id: 'deal-to-extend-grain-corridor-both-parties',
    form: 'wire: "talks with both parties have produced a deal to extend the grain corridor …, thanking Russia and Ukraine" (a description; "both parties" named after; an extension BASED_ON its parent)',
    date: '2023-03-18',
    source: 'Anadolu Agency',
    text:
      'ISTANBUL (AA) – Türkiye’s talks with both parties have produced a deal to extend the grain corridor, President Recep Tayyip Erdoğan said on Saturday, thanking Russia and Ukraine as well as UN Secretary-General António Guterres. ' +
      'The corridor was opened under the Black Sea Grain Initiative, signed in Istanbul in July last year.',
    entities: [
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      P('António Guterres'),
      S('Türkiye', 'Turkey'),
      S('Russia'),
      S('Ukraine'),
      O('United Nations', 'UN'),
      A('deal to extend the grain corridor', 'deal'),
      A('Black Sea Grain Initiative'),
    ],
    relations: [
      ...party('deal to extend the grain corridor', 'Russia', 'Ukraine'),
      basis('deal to extend the grain corridor', 'Black Sea Grain Initiative'),
    ],
  },
  {
    id: 'fishing-access-protocol-signed-for-and-on-behalf',
    form: '"A and the EU have signed the new protocol implementing their X Agreement, the arrangement on fishing access …; Minister B signed for A and Commissioner C on behalf of the European Union" (protocol BASED_ON the agreement; "their": both parties of both)',
    date: '2020-02-24',
    source: 'Government of Seychelles',
    text:
      'VICTORIA – Seychelles and the European Union have signed the new protocol implementing their Sustainable Fisheries Partnership Agreement, the arrangement on fishing access that allows European tuna vessels to fish in Seychelles waters for the next six years. ' +
      'Minister of Fisheries and Agriculture Charles Bastienne signed for Seychelles and Commissioner Virginijus Sinkevičius on behalf of the European Union, in Brussels.',
    entities: [
      P('Charles Bastienne', 'Minister of Fisheries and Agriculture Charles Bastienne'),
      P('Virginijus Sinkevičius', 'Commissioner Virginijus Sinkevičius'),
      S('Seychelles'),
      S('Belgium', 'Brussels'),
      O('European Union', 'EU'),
      A(
        'protocol implementing the Sustainable Fisheries Partnership Agreement',
        'new protocol',
        'protocol',
        'arrangement on fishing access',
      ),
      A('Sustainable Fisheries Partnership Agreement'),
    ],
    relations: [
      ...party('protocol implementing the Sustainable Fisheries Partnership Agreement', 'Seychelles', 'European Union'),
      ...party('Sustainable Fisheries Partnership Agreement', 'Seychelles', 'European Union'),
      basis(
        'protocol implementing the Sustainable Fisheries Partnership Agreement',
        'Sustainable Fisheries Partnership Agreement',
      ),
    ],
  },
  {
    id: 'status-of-forces-agreement-denounced',
    form: 'government spokesman: "The Government of A has decided to denounce, with immediate effect, the agreement on the status of B military personnel …" (a denunciation: both stay parties; a description with an agency inside)',
    date: '2024-03-16',
    source: 'Government of Niger',
    text:
      'Niamey – The Government of Niger has decided to denounce, with immediate effect, the agreement on the status of United States military personnel and civilian employees of the US Department of Defense on its territory, government spokesman Colonel Amadou Abdramane said on national television. ' +
      'The agreement, concluded in 2012, had been imposed unilaterally by Washington, he said.',
    entities: [
      P('Amadou Abdramane', 'Colonel Amadou Abdramane'),
      S('Niger', 'Government of Niger'),
      S('United States', 'US', 'Washington'),
      O('US Department of Defense'),
      A(
        'agreement on the status of United States military personnel and civilian employees of the US Department of Defense',
        'agreement on the status of United States military personnel',
        'agreement',
      ),
    ],
    relations: [
      ...party(
        'agreement on the status of United States military personnel and civilian employees of the US Department of Defense',
        'Niger',
        'United States',
      ),
    ],
  },
  {
    id: 'understanding-on-exchange-of-captives-mediator-no-party',
    form: 'WAM: "mediation efforts between the Russian Federation and Ukraine resulting in the understanding on the exchange of 478 captives between the two sides" (description; "the two sides"; the mediator no party)',
    date: '2024-01-03',
    source: 'Emirates News Agency (WAM)',
    text:
      'ABU DHABI, 3rd January, 2024 (WAM) – The United Arab Emirates succeeded in mediation efforts between the Russian Federation and Ukraine resulting in the understanding on the exchange of 478 captives between the two sides. ' +
      'The Ministry of Foreign Affairs thanked both countries for their cooperation with the UAE’s efforts.',
    entities: [
      S('United Arab Emirates', 'UAE'),
      S('Russia', 'Russian Federation'),
      S('Ukraine'),
      A('understanding on the exchange of 478 captives', 'understanding'),
    ],
    relations: [...party('understanding on the exchange of 478 captives', 'Russia', 'Ukraine')],
  },
  {
    id: 'gas-transit-agreement-between-companies-expired',
    form: 'fragment: "after the five-year agreement on gas transit between X of A and Y, signed in December 2019, expired … Kyiv declined to extend the deal" (companies are the parties, not the states)',
    date: '2025-01-01',
    source: 'Ministry of Energy of Ukraine',
    text:
      'Ukraine stopped the transit of Russian gas on Wednesday morning after the five-year agreement on gas transit between Naftogaz of Ukraine and Gazprom, signed in December 2019, expired. ' +
      'Kyiv declined to extend the deal, the Ministry of Energy said.',
    entities: [
      S('Ukraine', 'Kyiv'),
      S('Russia', 'Russian'),
      O('Naftogaz of Ukraine', 'Naftogaz'),
      O('Gazprom'),
      O('Ministry of Energy of Ukraine', 'Ministry of Energy'),
      A('agreement on gas transit', 'five-year agreement on gas transit', 'deal'),
    ],
    relations: [...party('agreement on gas transit', 'Naftogaz of Ukraine', 'Gazprom')],
  },
  {
    id: 'two-governments-signed-during-visit-for-each',
    form: 'UzA: "During the visit of Federal Chancellor A to B, the two governments signed an agreement on comprehensive partnership in the field of migration and mobility. … signed by C for B and D for Germany" (lowercase description; REACHED_AT the visit)',
    date: '2024-09-15',
    source: 'National News Agency of Uzbekistan (UzA)',
    text:
      'SAMARKAND (UzA) – During the visit of Federal Chancellor Olaf Scholz to Uzbekistan, the two governments signed an agreement on comprehensive partnership in the field of migration and mobility. ' +
      'The document was signed by Foreign Minister Bakhtiyor Saidov for Uzbekistan and Federal Minister of the Interior Nancy Faeser for Germany.',
    entities: [
      P('Olaf Scholz', 'Federal Chancellor Olaf Scholz'),
      P('Bakhtiyor Saidov', 'Foreign Minister Bakhtiyor Saidov'),
      P('Nancy Faeser', 'Federal Minister of the Interior Nancy Faeser'),
      S('Uzbekistan'),
      S('Germany'),
      A(
        'agreement on comprehensive partnership in the field of migration and mobility',
        'agreement on comprehensive partnership',
        'document',
      ),
      E(
        'Scholz’s visit to Uzbekistan',
        ['visit', 'visit of Federal Chancellor Olaf Scholz to Uzbekistan'],
        '2024-09-15',
      ),
    ],
    relations: [
      ...party(
        'agreement on comprehensive partnership in the field of migration and mobility',
        'Uzbekistan',
        'Germany',
      ),
      at(
        'agreement on comprehensive partnership in the field of migration and mobility',
        'Scholz’s visit to Uzbekistan',
      ),
    ],
  },
  {
    id: 'memorandum-on-power-trade-four-states-at-ministerial',
    form: 'KPL: "A, B, C and D signed a memorandum of understanding on cross-border power trade on the sidelines of the 42nd ASEAN Ministers on Energy Meeting" (lowercase description; four parties; REACHED_AT the meeting)',
    date: '2024-09-26',
    source: 'Lao News Agency (KPL)',
    text:
      'VIENTIANE (KPL) – The Lao PDR, Thailand, Malaysia and Singapore signed a memorandum of understanding on cross-border power trade on the sidelines of the 42nd ASEAN Ministers on Energy Meeting in Vientiane. ' +
      'The memorandum allows electricity from Laos to reach Singapore through the Thai and Malaysian grids.',
    entities: [
      S('Laos', 'Lao PDR'),
      S('Thailand', 'Thai'),
      S('Malaysia', 'Malaysian'),
      S('Singapore'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      A('memorandum of understanding on cross-border power trade', 'memorandum'),
      E('42nd ASEAN Ministers on Energy Meeting', ['ASEAN Ministers on Energy Meeting'], '2024-09-26'),
    ],
    relations: [
      ...party('memorandum of understanding on cross-border power trade', 'Laos', 'Thailand', 'Malaysia', 'Singapore'),
      at('memorandum of understanding on cross-border power trade', '42nd ASEAN Ministers on Energy Meeting'),
    ],
  },
];

const FOREIGN_NAMES: BankCase[] = [
  {
    id: 'italian-name-with-english-title-place-only',
    form: 'Palazzo Chigi: "signed the Treaty between Italy and France for Enhanced Bilateral Cooperation, the Trattato del Quirinale, at the Quirinal Palace" (a name in Italian as alias; a palace alone makes no event)',
    date: '2021-11-26',
    source: 'Palazzo Chigi, Government of Italy',
    text: 'Rome – President of the Council of Ministers Mario Draghi and President of the French Republic Emmanuel Macron today signed the Treaty between Italy and France for Enhanced Bilateral Cooperation, the Trattato del Quirinale, at the Quirinal Palace, in the presence of the President of the Republic, Sergio Mattarella.',
    entities: [
      P('Mario Draghi', 'President of the Council of Ministers Mario Draghi'),
      P('Emmanuel Macron', 'President of the French Republic Emmanuel Macron'),
      P('Sergio Mattarella'),
      S('Italy'),
      S('France', 'French Republic'),
      A(
        'Quirinal Treaty',
        'Treaty between Italy and France for Enhanced Bilateral Cooperation',
        'Trattato del Quirinale',
      ),
    ],
    relations: [...party('Quirinal Treaty', 'Italy', 'France')],
  },
  {
    id: 'german-name-in-brackets-builds-on-earlier-treaty',
    form: 'Bundesregierung: "signed the Treaty on Franco-German Cooperation and Integration (Vertrag von Aachen) … The treaty builds on the Élysée Treaty of 1963, which sealed the reconciliation of the two countries" (gloss in brackets; BASED_ON; "the two countries")',
    date: '2019-01-22',
    source: 'Press and Information Office of the Federal Government (Bundesregierung)',
    text:
      'Federal Chancellor Angela Merkel and President Emmanuel Macron signed the Treaty on Franco-German Cooperation and Integration (Vertrag von Aachen) in the coronation hall of Aachen’s town hall. ' +
      'The treaty builds on the Élysée Treaty of 1963, which sealed the reconciliation of the two countries.',
    entities: [
      P('Angela Merkel', 'Federal Chancellor Angela Merkel'),
      P('Emmanuel Macron', 'President Emmanuel Macron'),
      S('Germany', 'German'),
      S('France', 'Franco'),
      A('Treaty of Aachen', 'Treaty on Franco-German Cooperation and Integration', 'Vertrag von Aachen', 'treaty'),
      A('Élysée Treaty', 'Élysée Treaty of 1963'),
    ],
    relations: [
      ...party('Treaty of Aachen', 'Germany', 'France'),
      ...party('Élysée Treaty', 'Germany', 'France'),
      basis('Treaty of Aachen', 'Élysée Treaty'),
    ],
  },
  {
    id: 'macedonian-name-negotiated-by-ministers-ceremony',
    form: 'government: "the Final Agreement …, known in Macedonian as Prespanski dogovor (the Prespa Agreement) … attended the ceremony … The two ministers had negotiated the text" (NEGOTIATES; REACHED_AT the ceremony; anniversary recalled)',
    date: '2023-06-17',
    source: 'Government of the Republic of North Macedonia',
    text:
      'Skopje – Five years ago today, Foreign Minister Nikola Dimitrov and Greek Foreign Minister Nikos Kotzias signed the Final Agreement for the Settlement of the Differences, known in Macedonian as Prespanski dogovor (the Prespa Agreement), at Psarades on Lake Prespa. ' +
      'Prime Ministers Zoran Zaev and Alexis Tsipras attended the ceremony. The two ministers had negotiated the text over five months.',
    entities: [
      P('Nikola Dimitrov', 'Foreign Minister Nikola Dimitrov'),
      P('Nikos Kotzias', 'Greek Foreign Minister Nikos Kotzias'),
      P('Zoran Zaev'),
      P('Alexis Tsipras'),
      S('North Macedonia', 'Macedonian'),
      S('Greece', 'Greek'),
      A('Prespa Agreement', 'Final Agreement for the Settlement of the Differences', 'Prespanski dogovor'),
      E('signing ceremony at Psarades', ['ceremony'], '2018-06-17'),
    ],
    relations: [
      ...party('Prespa Agreement', 'North Macedonia', 'Greece'),
      at('Prespa Agreement', 'signing ceremony at Psarades'),
      neg('Nikola Dimitrov', 'Prespa Agreement'),
      neg('Nikos Kotzias', 'Prespa Agreement'),
    ],
  },
  {
    id: 'french-name-treaty-suspended',
    form: 'APS: "announced the immediate suspension of the Treaty of Friendship … (Traité d’amitié, de bon voisinage et de coopération) that Algeria concluded with Spain" (suspension: both stay parties; French gloss)',
    date: '2022-06-08',
    source: 'Algérie Presse Service',
    text: 'ALGIERS (APS) – The Presidency of the Republic announced the immediate suspension of the Treaty of Friendship, Good Neighbourliness and Cooperation (Traité d’amitié, de bon voisinage et de coopération) that Algeria concluded with Spain on 8 October 2002.',
    entities: [
      S('Algeria'),
      S('Spain'),
      A(
        'Treaty of Friendship, Good Neighbourliness and Cooperation',
        'Traité d’amitié, de bon voisinage et de coopération',
      ),
    ],
    relations: [...party('Treaty of Friendship, Good Neighbourliness and Cooperation', 'Algeria', 'Spain')],
  },
  {
    id: 'spanish-name-ratification-depositary-no-party',
    form: 'Cancillería: "deposited at United Nations Headquarters its instrument of ratification of the Escazú Agreement (Acuerdo de Escazú), the Regional Agreement on …" (ratifier party; depositary none; Spanish and full names)',
    date: '2024-01-11',
    source: 'Ministry of Foreign Affairs of Colombia (Cancillería)',
    text:
      'Bogotá – Colombia deposited at United Nations Headquarters in New York its instrument of ratification of the Escazú Agreement (Acuerdo de Escazú), the Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean. ' +
      'The agreement will enter into force for the country ninety days after the deposit.',
    entities: [
      S('Colombia'),
      S('United States', 'New York'),
      O('United Nations', 'UN'),
      A(
        'Escazú Agreement',
        'Acuerdo de Escazú',
        'Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean',
        'agreement',
      ),
    ],
    relations: [...party('Escazú Agreement', 'Colombia')],
  },
  {
    id: 'portuguese-name-signed-by-community-at-summit',
    form: 'Lusa: "The heads of state and government of the Community of Portuguese Language Countries (CPLP) signed the Acordo sobre a Mobilidade (Agreement on Mobility …) at the 13th CPLP Summit" (the community as the side; REACHED_AT the summit)',
    date: '2021-07-17',
    source: 'Lusa',
    text: 'LUANDA (Lusa) – The heads of state and government of the Community of Portuguese Language Countries (CPLP) signed the Acordo sobre a Mobilidade (Agreement on Mobility between the Member States of the CPLP) at the 13th CPLP Summit in Luanda on Saturday.',
    entities: [
      S('Angola', 'Luanda'),
      O('Community of Portuguese Language Countries', 'CPLP'),
      A(
        'Agreement on Mobility between the Member States of the CPLP',
        'Acordo sobre a Mobilidade',
        'Agreement on Mobility',
      ),
      E('13th CPLP Summit', ['CPLP Summit', '13th CPLP Summit in Luanda'], '2021-07-17'),
    ],
    relations: [
      ...party(
        'Agreement on Mobility between the Member States of the CPLP',
        'Community of Portuguese Language Countries',
      ),
      at('Agreement on Mobility between the Member States of the CPLP', '13th CPLP Summit'),
    ],
  },
  {
    id: 'indonesian-name-builds-on-lombok-treaty',
    form: 'Defence: "signed the Defence Cooperation Agreement (Perjanjian Kerja Sama Pertahanan) between Australia and Indonesia … The agreement builds on the Lombok Treaty" (gloss; BASED_ON; a college alone makes no event)',
    date: '2024-08-29',
    source: 'Australian Government, Department of Defence',
    text:
      'Canberra – Deputy Prime Minister and Minister for Defence Richard Marles and Indonesia’s Minister of Defence Prabowo Subianto signed the Defence Cooperation Agreement (Perjanjian Kerja Sama Pertahanan) between Australia and Indonesia at the Royal Military College, Duntroon. ' +
      'The agreement builds on the Lombok Treaty of 2006, the two countries’ framework for security cooperation.',
    entities: [
      P('Richard Marles', 'Deputy Prime Minister and Minister for Defence Richard Marles'),
      P('Prabowo Subianto', 'Minister of Defence Prabowo Subianto'),
      S('Australia', 'Canberra'),
      S('Indonesia'),
      A('Defence Cooperation Agreement', 'Perjanjian Kerja Sama Pertahanan', 'agreement'),
      A('Lombok Treaty', 'Lombok Treaty of 2006'),
    ],
    relations: [
      ...party('Defence Cooperation Agreement', 'Australia', 'Indonesia'),
      ...party('Lombok Treaty', 'Australia', 'Indonesia'),
      basis('Defence Cooperation Agreement', 'Lombok Treaty'),
    ],
  },
  {
    id: 'french-name-terminated-mediator-no-party',
    form: 'transitional government: "announces the termination … of the Agreement for Peace and Reconciliation in Mali resulting from the Algiers process (Accord pour la paix …)" (termination: the state stays party; the mediator no party)',
    date: '2024-01-25',
    source: 'Transitional Government of Mali',
    text:
      'Bamako – The Transitional Government announces the termination, with immediate effect, of the Agreement for Peace and Reconciliation in Mali resulting from the Algiers process (Accord pour la paix et la réconciliation au Mali issu du processus d’Alger), signed in 2015. ' +
      'The Government cited hostile acts by Algeria, the lead mediator.',
    entities: [
      S('Mali'),
      S('Algeria'),
      A(
        'Agreement for Peace and Reconciliation in Mali',
        'Agreement for Peace and Reconciliation in Mali resulting from the Algiers process',
        'Accord pour la paix et la réconciliation au Mali issu du processus d’Alger',
        'Algiers Agreement',
      ),
    ],
    relations: [...party('Agreement for Peace and Reconciliation in Mali', 'Mali')],
  },
];

const BASES: BankCase[] = [
  {
    id: 'protocol-amending-tax-convention-on-behalf-of-governments',
    form: 'GIS: "signed a Protocol amending the Convention between the two countries for the Avoidance of Double Taxation … signed by A on behalf of the Government of B and by C on behalf of the Government of D" (BASED_ON; "the two countries" parties of both)',
    date: '2024-03-07',
    source: 'Government Information Service, Mauritius',
    text:
      'PORT LOUIS – Mauritius and India signed a Protocol amending the Convention between the two countries for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income. ' +
      'The Protocol was signed by the Financial Secretary, Mr Dev Phokeer, on behalf of the Government of Mauritius and by the High Commissioner of India, Ms Nandini K. Singla, on behalf of the Government of India.',
    entities: [
      P('Dev Phokeer', 'Mr Dev Phokeer'),
      P('Nandini K. Singla', 'Ms Nandini K. Singla'),
      S('Mauritius', 'Government of Mauritius'),
      S('India', 'Government of India'),
      A('Protocol amending the Convention for the Avoidance of Double Taxation', 'Protocol'),
      A(
        'Convention for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income',
        'Convention',
      ),
    ],
    relations: [
      ...party('Protocol amending the Convention for the Avoidance of Double Taxation', 'Mauritius', 'India'),
      ...party(
        'Convention for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income',
        'Mauritius',
        'India',
      ),
      basis(
        'Protocol amending the Convention for the Avoidance of Double Taxation',
        'Convention for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes on Income',
      ),
    ],
  },
  {
    id: 'amendment-to-protocol-acceptance-party-since',
    form: 'GNA: "has deposited its instrument of acceptance of the Kigali Amendment to the Montreal Protocol on …; A has been a party to the Montreal Protocol since 1989" (amendment BASED_ON; party of both)',
    date: '2019-09-16',
    source: 'Ghana News Agency',
    text:
      'ACCRA (GNA) – Ghana has deposited its instrument of acceptance of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer, the Minister of Environment, Science, Technology and Innovation, Professor Kwabena Frimpong-Boateng, announced. ' +
      'Ghana has been a party to the Montreal Protocol since 1989.',
    entities: [
      P('Kwabena Frimpong-Boateng', 'Professor Kwabena Frimpong-Boateng'),
      S('Ghana'),
      A('Kigali Amendment', 'Kigali Amendment to the Montreal Protocol'),
      A('Montreal Protocol', 'Montreal Protocol on Substances that Deplete the Ozone Layer'),
    ],
    relations: [
      ...party('Kigali Amendment', 'Ghana'),
      ...party('Montreal Protocol', 'Ghana'),
      basis('Kigali Amendment', 'Montreal Protocol'),
    ],
  },
  {
    id: 'framework-amends-protocol-reached-at-meeting',
    form: 'DFA: "welcomed the Windsor Framework agreed by the European Union and the United Kingdom, which amends the Protocol on Ireland/Northern Ireland … The two sides reached the framework at a meeting of A and B in Windsor" (BASED_ON; a slash name; REACHED_AT a meeting)',
    date: '2023-02-27',
    source: 'Department of Foreign Affairs, Ireland',
    text:
      'Dublin – The Tánaiste welcomed the Windsor Framework agreed by the European Union and the United Kingdom, which amends the Protocol on Ireland/Northern Ireland of the Withdrawal Agreement. ' +
      'The two sides reached the framework at a meeting of Prime Minister Rishi Sunak and Commission President Ursula von der Leyen in Windsor.',
    entities: [
      P('Rishi Sunak', 'Prime Minister Rishi Sunak'),
      P('Ursula von der Leyen', 'Commission President Ursula von der Leyen'),
      S('Ireland'),
      S('United Kingdom', 'UK'),
      O('European Union', 'EU'),
      A('Windsor Framework', 'framework'),
      A('Protocol on Ireland/Northern Ireland'),
      A('Withdrawal Agreement'),
      E('Sunak-von der Leyen meeting in Windsor', ['meeting'], '2023-02-27'),
    ],
    relations: [
      ...party('Windsor Framework', 'European Union', 'United Kingdom'),
      basis('Windsor Framework', 'Protocol on Ireland/Northern Ireland'),
      at('Windsor Framework', 'Sunak-von der Leyen meeting in Windsor'),
    ],
  },
  {
    id: 'implementation-annex-to-agreement-both-parties',
    form: 'EEAS: "A and B agreed on the Implementation Annex to the Agreement on the Path to Normalisation … at the high-level meeting in Ohrid … The Agreement itself had been accepted by both parties in Brussels" (annex BASED_ON; REACHED_AT; "both parties"; a city alone no event)',
    date: '2023-03-18',
    source: 'European External Action Service',
    text:
      'Brussels – Kosovo and Serbia agreed on the Implementation Annex to the Agreement on the Path to Normalisation between Kosovo and Serbia at the high-level meeting in Ohrid, EU High Representative Josep Borrell announced. ' +
      'The Agreement itself had been accepted by both parties in Brussels on 27 February.',
    entities: [
      P('Josep Borrell', 'EU High Representative Josep Borrell'),
      S('Kosovo'),
      S('Serbia'),
      O('European Union', 'EU'),
      A(
        'Implementation Annex to the Agreement on the Path to Normalisation',
        'Implementation Annex',
        'Ohrid Agreement',
      ),
      A(
        'Agreement on the Path to Normalisation between Kosovo and Serbia',
        'Agreement on the Path to Normalisation',
        'Agreement',
      ),
      E('high-level meeting in Ohrid', ['high-level meeting'], '2023-03-18'),
    ],
    relations: [
      ...party('Implementation Annex to the Agreement on the Path to Normalisation', 'Kosovo', 'Serbia'),
      ...party('Agreement on the Path to Normalisation between Kosovo and Serbia', 'Kosovo', 'Serbia'),
      basis(
        'Implementation Annex to the Agreement on the Path to Normalisation',
        'Agreement on the Path to Normalisation between Kosovo and Serbia',
      ),
      at('Implementation Annex to the Agreement on the Path to Normalisation', 'high-level meeting in Ohrid'),
    ],
  },
  {
    id: 'agreement-to-extend-treaty-by-notes',
    form: 'MFA: "Russia and the United States completed the procedures for the entry into force of the agreement to extend the Treaty on … for five years, by exchanging diplomatic notes" (an extension BASED_ON the treaty; both parties of both)',
    date: '2021-02-03',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text:
      'On 3 February, Russia and the United States completed the procedures for the entry into force of the agreement to extend the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms for five years, by exchanging diplomatic notes. ' +
      'The extension keeps the Treaty’s limits in force until 5 February 2026.',
    entities: [
      S('Russia'),
      S('United States'),
      A('agreement to extend the Treaty', 'extension'),
      A(
        'New START Treaty',
        'Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms',
        'Treaty',
      ),
    ],
    relations: [
      ...party('agreement to extend the Treaty', 'Russia', 'United States'),
      ...party('New START Treaty', 'Russia', 'United States'),
      basis('agreement to extend the Treaty', 'New START Treaty'),
    ],
  },
  {
    id: 'peace-agreement-builds-on-declaration-signed-for-each-witness',
    form: 'MINAFFET: "signed a Peace Agreement in Washington …, at a ceremony hosted by US Secretary of State A. Minister B signed for Rwanda and Minister C for the DRC. The agreement builds on the Declaration of Principles the two countries signed on 25 April" (host no party; REACHED_AT the ceremony; BASED_ON)',
    date: '2025-06-27',
    source: 'Ministry of Foreign Affairs and International Cooperation, Rwanda',
    text:
      'Kigali – Rwanda and the Democratic Republic of the Congo signed a Peace Agreement in Washington on 27 June, at a ceremony hosted by US Secretary of State Marco Rubio. ' +
      'Minister Olivier Nduhungirehe signed for Rwanda and Minister Thérèse Kayikwamba Wagner for the DRC. ' +
      'The agreement builds on the Declaration of Principles the two countries signed on 25 April.',
    entities: [
      P('Marco Rubio', 'US Secretary of State Marco Rubio'),
      P('Olivier Nduhungirehe', 'Minister Olivier Nduhungirehe'),
      P('Thérèse Kayikwamba Wagner', 'Minister Thérèse Kayikwamba Wagner'),
      S('Rwanda'),
      S('DR Congo', 'Democratic Republic of the Congo', 'DRC'),
      S('United States', 'US', 'Washington'),
      A('Peace Agreement', 'agreement'),
      A('Declaration of Principles'),
      E('signing ceremony in Washington', ['ceremony'], '2025-06-27'),
    ],
    relations: [
      ...party('Peace Agreement', 'Rwanda', 'DR Congo'),
      ...party('Declaration of Principles', 'Rwanda', 'DR Congo'),
      basis('Peace Agreement', 'Declaration of Principles'),
      at('Peace Agreement', 'signing ceremony in Washington'),
    ],
  },
  {
    id: 'negotiating-team-head-on-the-basis-of',
    form: 'ministry: "Minister A, who heads Egypt’s negotiating team, said the talks with B and C on a binding legal agreement on the filling and operation of the X had ended … Egypt negotiated on the basis of the 2015 Declaration of Principles" (NEGOTIATES; three parties of an agreement under negotiation; BASED_ON)',
    date: '2023-12-19',
    source: 'Ministry of Water Resources and Irrigation, Egypt',
    text:
      'Cairo – Minister of Water Resources and Irrigation Hani Sewilam, who heads Egypt’s negotiating team, said the talks with Ethiopia and Sudan on a binding legal agreement on the filling and operation of the Grand Ethiopian Renaissance Dam had ended without progress. ' +
      'Egypt negotiated on the basis of the 2015 Declaration of Principles, he said.',
    entities: [
      P('Hani Sewilam', 'Minister of Water Resources and Irrigation Hani Sewilam'),
      S('Egypt'),
      S('Ethiopia', 'Ethiopian'),
      S('Sudan'),
      A(
        'binding legal agreement on the filling and operation of the Grand Ethiopian Renaissance Dam',
        'binding legal agreement',
      ),
      A('Declaration of Principles', '2015 Declaration of Principles'),
    ],
    relations: [
      ...party(
        'binding legal agreement on the filling and operation of the Grand Ethiopian Renaissance Dam',
        'Egypt',
        'Ethiopia',
        'Sudan',
      ),
      neg(
        'Hani Sewilam',
        'binding legal agreement on the filling and operation of the Grand Ethiopian Renaissance Dam',
      ),
      basis(
        'binding legal agreement on the filling and operation of the Grand Ethiopian Renaissance Dam',
        'Declaration of Principles',
      ),
    ],
  },
  {
    id: 'upgrade-protocol-amends-framework-agreement-at-summit',
    form: 'Xinhua: "China and ASEAN countries signed the Protocol to Upgrade the China-ASEAN Free Trade Area (3.0 version) on the sidelines of the 47th ASEAN Summit … The protocol amends the 2002 Framework Agreement … between the two sides" (BASED_ON; REACHED_AT the summit; witness no NEGOTIATES)',
    date: '2025-10-28',
    source: 'Xinhua',
    text:
      'KUALA LUMPUR, Oct. 28 (Xinhua) – China and ASEAN countries signed the Protocol to Upgrade the China-ASEAN Free Trade Area (3.0 version) on the sidelines of the 47th ASEAN Summit, with Chinese Premier Li Qiang witnessing the signing. ' +
      'The protocol amends the 2002 Framework Agreement on Comprehensive Economic Co-operation between the two sides.',
    entities: [
      P('Li Qiang', 'Premier Li Qiang'),
      S('China', 'Chinese'),
      S('Malaysia', 'Kuala Lumpur'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      A(
        'Protocol to Upgrade the China-ASEAN Free Trade Area',
        'protocol',
        'Protocol to Upgrade the China-ASEAN Free Trade Area (3.0 version)',
      ),
      A(
        'Framework Agreement on Comprehensive Economic Co-operation',
        '2002 Framework Agreement on Comprehensive Economic Co-operation',
      ),
      E('47th ASEAN Summit', ['ASEAN Summit'], '2025-10-26'),
    ],
    relations: [
      ...party(
        'Protocol to Upgrade the China-ASEAN Free Trade Area',
        'China',
        'Association of Southeast Asian Nations',
      ),
      ...party(
        'Framework Agreement on Comprehensive Economic Co-operation',
        'China',
        'Association of Southeast Asian Nations',
      ),
      basis(
        'Protocol to Upgrade the China-ASEAN Free Trade Area',
        'Framework Agreement on Comprehensive Economic Co-operation',
      ),
      at('Protocol to Upgrade the China-ASEAN Free Trade Area', '47th ASEAN Summit'),
    ],
  },
  {
    id: 'code-under-negotiation-builds-on-declaration',
    form: 'fragment: "ASEAN and China should complete negotiations on an effective … Code of Conduct in the South China Sea (COC) that builds on the 2002 Declaration on the Conduct of Parties …" (under negotiation: parties, no REACHED_AT; BASED_ON)',
    date: '2024-07-25',
    source: 'Vietnam News Agency',
    text:
      'Foreign Minister Bui Thanh Son said ASEAN and China should complete negotiations on an effective and substantive Code of Conduct in the South China Sea (COC) that builds on the 2002 Declaration on the Conduct of Parties in the South China Sea (DOC). ' +
      'Both sides agreed at the ASEAN-China Foreign Ministers’ Meeting in Vientiane to step up the talks.',
    entities: [
      P('Bui Thanh Son', 'Foreign Minister Bui Thanh Son'),
      S('China'),
      S('Laos', 'Vientiane'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      A('Code of Conduct in the South China Sea', 'COC'),
      A(
        'Declaration on the Conduct of Parties in the South China Sea',
        'DOC',
        '2002 Declaration on the Conduct of Parties in the South China Sea',
      ),
      E(
        'ASEAN-China Foreign Ministers’ Meeting in Vientiane',
        ['ASEAN-China Foreign Ministers’ Meeting'],
        '2024-07-25',
      ),
    ],
    relations: [
      ...party('Code of Conduct in the South China Sea', 'Association of Southeast Asian Nations', 'China'),
      basis('Code of Conduct in the South China Sea', 'Declaration on the Conduct of Parties in the South China Sea'),
    ],
  },
  {
    id: 'accord-for-government-and-for-movement-builds-on-cessation',
    form: 'AIM: "President A, for the Government, and B, for RENAMO, signed the Maputo Accord … at a ceremony in Peace Square. The accord builds on the Agreement on the Definitive Cessation of Military Hostilities" ("for the Government" → the state; a movement party; REACHED_AT the ceremony; BASED_ON)',
    date: '2019-08-06',
    source: 'Agência de Informação de Moçambique (AIM)',
    text:
      'MAPUTO (AIM) – President Filipe Nyusi, for the Government, and Ossufo Momade, for RENAMO, signed the Maputo Accord for Peace and National Reconciliation at a ceremony in Peace Square. ' +
      'The accord builds on the Agreement on the Definitive Cessation of Military Hostilities, signed on 1 August in the Gorongosa mountains.',
    entities: [
      P('Filipe Nyusi', 'President Filipe Nyusi'),
      P('Ossufo Momade'),
      S('Mozambique', 'Government'),
      O('RENAMO', 'Mozambican National Resistance'),
      A('Maputo Accord for Peace and National Reconciliation', 'Maputo Accord', 'accord'),
      A('Agreement on the Definitive Cessation of Military Hostilities'),
      E('signing ceremony in Peace Square', ['ceremony'], '2019-08-06'),
    ],
    relations: [
      ...party('Maputo Accord for Peace and National Reconciliation', 'Mozambique', 'RENAMO'),
      at('Maputo Accord for Peace and National Reconciliation', 'signing ceremony in Peace Square'),
      basis(
        'Maputo Accord for Peace and National Reconciliation',
        'Agreement on the Definitive Cessation of Military Hostilities',
      ),
    ],
  },
  {
    id: 'declaration-at-talks-under-it-negotiations-planned',
    form: 'presidency: "A and Prime Minister B of C reached the Ankara Declaration at the talks hosted by President D in Ankara. Under the declaration, the two sides will start technical negotiations … on an arrangement giving C access to the sea" (host no party; REACHED_AT the talks; a planned arrangement BASED_ON it, parties, no REACHED_AT)',
    date: '2024-12-12',
    source: 'Villa Somalia, Office of the President of Somalia',
    text:
      'Mogadishu – President Hassan Sheikh Mohamud and Prime Minister Abiy Ahmed of Ethiopia reached the Ankara Declaration at the talks hosted by President Recep Tayyip Erdoğan in Ankara. ' +
      'Under the declaration, the two sides will start technical negotiations by the end of February on an arrangement giving Ethiopia access to the sea.',
    entities: [
      P('Hassan Sheikh Mohamud', 'President Hassan Sheikh Mohamud'),
      P('Abiy Ahmed', 'Prime Minister Abiy Ahmed'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      S('Somalia'),
      S('Ethiopia'),
      S('Türkiye', 'Turkey', 'Ankara'),
      A('Ankara Declaration', 'declaration'),
      A('arrangement giving Ethiopia access to the sea', 'arrangement'),
      E('talks in Ankara', ['talks'], '2024-12-11'),
    ],
    relations: [
      ...party('Ankara Declaration', 'Somalia', 'Ethiopia'),
      ...party('arrangement giving Ethiopia access to the sea', 'Somalia', 'Ethiopia'),
      at('Ankara Declaration', 'talks in Ankara'),
      basis('arrangement giving Ethiopia access to the sea', 'Ankara Declaration'),
    ],
  },
];

const SIDES: BankCase[] = [
  {
    id: 'both-sides-declaration-at-council',
    form: 'press office: "A and B signed the Athens Declaration on … at the fifth High-Level Cooperation Council of C and D. Both sides committed to …" (leaders sign for their states; REACHED_AT the council)',
    date: '2023-12-07',
    source: 'Press Office of the Prime Minister of Greece',
    text:
      'Athens – Prime Minister Kyriakos Mitsotakis and President Recep Tayyip Erdoğan signed the Athens Declaration on Friendly Relations and Good-Neighbourliness at the fifth High-Level Cooperation Council of Greece and Türkiye. ' +
      'Both sides committed to refrain from statements and actions that could harm the spirit of the Declaration.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'),
      S('Greece'),
      S('Türkiye', 'Turkey'),
      A('Athens Declaration on Friendly Relations and Good-Neighbourliness', 'Athens Declaration', 'Declaration'),
      E('fifth High-Level Cooperation Council of Greece and Türkiye', ['High-Level Cooperation Council'], '2023-12-07'),
    ],
    relations: [
      ...party('Athens Declaration on Friendly Relations and Good-Neighbourliness', 'Greece', 'Türkiye'),
      at(
        'Athens Declaration on Friendly Relations and Good-Neighbourliness',
        'fifth High-Level Cooperation Council of Greece and Türkiye',
      ),
    ],
  },
  {
    id: 'joint-declaration-between-two-at-meeting-facilitators-no-party',
    form: 'CARICOM: "The Joint Declaration of Argyle … between A and B was adopted at the end of the meeting in Argyle … The two sides agreed … The meeting was facilitated by C, with CARICOM and D as interlocutors" (facilitators no parties; REACHED_AT the meeting)',
    date: '2023-12-14',
    source: 'CARICOM Secretariat',
    text:
      'Georgetown – The Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela was adopted at the end of the meeting in Argyle, St Vincent and the Grenadines, between President Irfaan Ali and President Nicolás Maduro. ' +
      'The two sides agreed that they will not threaten or use force against one another. ' +
      'The meeting was facilitated by Prime Minister Ralph Gonsalves, Pro Tempore President of CELAC, with CARICOM and Brazil as interlocutors.',
    entities: [
      P('Irfaan Ali', 'President Irfaan Ali'),
      P('Nicolás Maduro', 'President Nicolás Maduro'),
      P('Ralph Gonsalves', 'Prime Minister Ralph Gonsalves'),
      S('Guyana'),
      S('Venezuela'),
      S('Saint Vincent and the Grenadines', 'St Vincent and the Grenadines'),
      S('Brazil'),
      O('Caribbean Community', 'CARICOM'),
      O('Community of Latin American and Caribbean States', 'CELAC'),
      A(
        'Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela',
        'Joint Declaration of Argyle',
      ),
      E('meeting in Argyle', ['meeting'], '2023-12-14'),
    ],
    relations: [
      ...party(
        'Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela',
        'Guyana',
        'Venezuela',
      ),
      at('Joint Declaration of Argyle for Dialogue and Peace between Guyana and Venezuela', 'meeting in Argyle'),
    ],
  },
  {
    id: 'memorandum-between-the-two-governments-witnessed-after-talks',
    form: 'government portal: "After the talks, the two Prime Ministers witnessed the signing of a memorandum of understanding on education cooperation between the two governments" ("the two governments" → both states; "after the talks" no REACHED_AT)',
    date: '2025-02-26',
    source: 'Government Portal of Viet Nam',
    text:
      'Hanoi – Prime Minister Pham Minh Chinh held talks with visiting New Zealand Prime Minister Christopher Luxon. ' +
      'After the talks, the two Prime Ministers witnessed the signing of a memorandum of understanding on education cooperation between the two governments.',
    entities: [
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh'),
      P('Christopher Luxon', 'New Zealand Prime Minister Christopher Luxon'),
      S('Vietnam', 'Viet Nam'),
      S('New Zealand'),
      A('memorandum of understanding on education cooperation', 'memorandum of understanding'),
      E('Pham Minh Chinh-Luxon talks in Hanoi', ['talks'], '2025-02-26'),
    ],
    relations: [...party('memorandum of understanding on education cooperation', 'Vietnam', 'New Zealand')],
  },
  {
    id: 'ministers-responsible-for-negotiations-failed-to-conclude',
    form: 'trade minister: "travelled to Osaka for talks with … on the Australia-EU Free Trade Agreement. The two ministers, who are responsible for the negotiations, were unable to conclude the agreement" (NEGOTIATES both; parties from the name; no REACHED_AT)',
    date: '2023-10-29',
    source: 'Minister for Trade and Tourism, Australia',
    text:
      'Senator Don Farrell travelled to Osaka for talks with European Commission Executive Vice-President Valdis Dombrovskis on the Australia-EU Free Trade Agreement. ' +
      'The two ministers, who are responsible for the negotiations, were unable to conclude the agreement.',
    entities: [
      P('Don Farrell', 'Senator Don Farrell'),
      P('Valdis Dombrovskis', 'Executive Vice-President Valdis Dombrovskis'),
      S('Australia'),
      S('Japan', 'Osaka'),
      O('European Union', 'EU'),
      O('European Commission'),
      A('Australia-EU Free Trade Agreement', 'agreement'),
      E('Farrell-Dombrovskis talks in Osaka', ['talks'], '2023-10-29'),
    ],
    relations: [
      ...party('Australia-EU Free Trade Agreement', 'Australia', 'European Union'),
      neg('Don Farrell', 'Australia-EU Free Trade Agreement'),
      neg('Valdis Dombrovskis', 'Australia-EU Free Trade Agreement'),
    ],
  },
  {
    id: 'the-parties-named-in-apposition-truce',
    form: 'UN envoy office: "The parties, the Government of A and X, accepted a two-month truce …, the UN Special Envoy for A, B, announced. The truce can be renewed with the consent of the parties" (a truce as agreement; "the parties" resolved; the envoy no party)',
    date: '2022-04-01',
    source: 'Office of the Special Envoy of the Secretary-General for Yemen',
    text:
      'The parties, the Government of Yemen and Ansar Allah, accepted a two-month truce starting tomorrow, the UN Special Envoy for Yemen, Hans Grundberg, announced. ' +
      'The truce can be renewed with the consent of the parties.',
    entities: [
      P('Hans Grundberg'),
      S('Yemen', 'Government of Yemen'),
      O('Ansar Allah', 'Houthis'),
      O('United Nations', 'UN'),
      A('two-month truce', 'truce'),
    ],
    relations: [...party('two-month truce', 'Yemen', 'Ansar Allah')],
  },
  {
    id: 'the-parties-armed-forces-declaration-at-talks-ceasefire-under-negotiation',
    form: 'SPA: "Representatives of X and Y signed the Jeddah Declaration of Commitment … at the talks in Jeddah facilitated by A and B. The parties also committed to continue negotiations on a short-term ceasefire" (armed forces as parties; facilitators none; REACHED_AT the talks; a ceasefire under negotiation)',
    date: '2023-05-12',
    source: 'Saudi Press Agency',
    text:
      'JEDDAH (SPA) – Representatives of the Sudanese Armed Forces and the Rapid Support Forces signed the Jeddah Declaration of Commitment to Protect the Civilians of Sudan at the talks in Jeddah facilitated by the Kingdom of Saudi Arabia and the United States. ' +
      'The parties also committed to continue negotiations on a short-term ceasefire.',
    entities: [
      S('Saudi Arabia', 'Kingdom of Saudi Arabia'),
      S('United States'),
      S('Sudan'),
      O('Sudanese Armed Forces', 'SAF'),
      O('Rapid Support Forces', 'RSF'),
      A('Jeddah Declaration of Commitment to Protect the Civilians of Sudan', 'Jeddah Declaration'),
      A('short-term ceasefire', 'ceasefire'),
      E('talks in Jeddah', ['talks', 'Jeddah talks'], '2023-05-11'),
    ],
    relations: [
      ...party(
        'Jeddah Declaration of Commitment to Protect the Civilians of Sudan',
        'Sudanese Armed Forces',
        'Rapid Support Forces',
      ),
      ...party('short-term ceasefire', 'Sudanese Armed Forces', 'Rapid Support Forces'),
      at('Jeddah Declaration of Commitment to Protect the Civilians of Sudan', 'talks in Jeddah'),
    ],
  },
  {
    id: 'leaders-signed-on-sidelines-both-sides',
    form: 'Ukrinform: "President A and Prime Minister B signed the Agreement on Support for Ukraine and Cooperation between Ukraine and Japan on the sidelines of the G7 summit in Apulia. Both sides committed …" (REACHED_AT the summit)',
    date: '2024-06-13',
    source: 'Ukrinform',
    text:
      'KYIV (Ukrinform) – President Volodymyr Zelensky and Prime Minister Fumio Kishida signed the Agreement on Support for Ukraine and Cooperation between Ukraine and Japan on the sidelines of the G7 summit in Apulia. ' +
      'Both sides committed to ten years of cooperation.',
    entities: [
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida'),
      S('Ukraine'),
      S('Japan'),
      S('Italy', 'Apulia'),
      O('Group of Seven', 'G7'),
      A('Agreement on Support for Ukraine and Cooperation between Ukraine and Japan'),
      E('G7 summit in Apulia', ['G7 summit'], '2024-06-13'),
    ],
    relations: [
      ...party('Agreement on Support for Ukraine and Cooperation between Ukraine and Japan', 'Ukraine', 'Japan'),
      at('Agreement on Support for Ukraine and Cooperation between Ukraine and Japan', 'G7 summit in Apulia'),
    ],
  },
  {
    id: 'during-visit-signed-on-behalf-of-each',
    form: 'presidential office: "During the visit of Prime Minister A to Kyiv, the 100-Year Partnership Agreement between Ukraine and the United Kingdom was signed by President B on behalf of Ukraine and by the Prime Minister on behalf of the United Kingdom" (passive; REACHED_AT the visit)',
    date: '2025-01-16',
    source: 'Office of the President of Ukraine',
    text: 'Kyiv – During the visit of Prime Minister Keir Starmer to Kyiv, the 100-Year Partnership Agreement between Ukraine and the United Kingdom was signed by President Volodymyr Zelensky on behalf of Ukraine and by the Prime Minister on behalf of the United Kingdom.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer'),
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky'),
      S('Ukraine', 'Kyiv'),
      S('United Kingdom'),
      A('100-Year Partnership Agreement between Ukraine and the United Kingdom', '100-Year Partnership Agreement'),
      E('Starmer’s visit to Kyiv', ['visit', 'visit of Prime Minister Keir Starmer to Kyiv'], '2025-01-16'),
    ],
    relations: [
      ...party('100-Year Partnership Agreement between Ukraine and the United Kingdom', 'Ukraine', 'United Kingdom'),
      at('100-Year Partnership Agreement between Ukraine and the United Kingdom', 'Starmer’s visit to Kyiv'),
    ],
  },
  {
    id: 'signed-for-the-latvian-side-and-the-ukrainian-side',
    form: 'MFA: "A and B signed an agreement on the reconstruction of the X region. State Secretary C signed for the Latvian side and Ambassador of B D for the Ukrainian side" (sides by adjective; lowercase description)',
    date: '2024-02-14',
    source: 'Ministry of Foreign Affairs of Latvia',
    text:
      'Latvia and Ukraine signed an agreement on the reconstruction of the Chernihiv region. ' +
      'State Secretary Andris Pelšs signed for the Latvian side and Ambassador of Ukraine Anatolii Kutsevol for the Ukrainian side.',
    entities: [
      P('Andris Pelšs', 'State Secretary Andris Pelšs'),
      P('Anatolii Kutsevol', 'Ambassador of Ukraine Anatolii Kutsevol'),
      S('Latvia', 'Latvian'),
      S('Ukraine', 'Ukrainian'),
      A('agreement on the reconstruction of the Chernihiv region'),
    ],
    relations: [...party('agreement on the reconstruction of the Chernihiv region', 'Latvia', 'Ukraine')],
  },
  {
    id: 'bloc-and-organisation-on-behalf-replaces-no-basis',
    form: 'host government: "The Samoa Agreement, which replaces the Cotonou Agreement, was signed in Apia at a ceremony hosted by the Government of Samoa. Commissioner A signed on behalf of the European Union and the President of the X Council of Ministers on behalf of the Organisation of …" ("replaces" no BASED_ON; host no party; REACHED_AT the ceremony)',
    date: '2023-11-15',
    source: 'Government of Samoa',
    text:
      'Apia – The Samoa Agreement, which replaces the Cotonou Agreement, was signed in Apia at a ceremony hosted by the Government of Samoa. ' +
      'Commissioner for International Partnerships Jutta Urpilainen signed on behalf of the European Union and the President of the OACPS Council of Ministers on behalf of the Organisation of African, Caribbean and Pacific States.',
    entities: [
      P('Jutta Urpilainen', 'Commissioner for International Partnerships Jutta Urpilainen'),
      S('Samoa', 'Government of Samoa'),
      O('European Union', 'EU'),
      O('Organisation of African, Caribbean and Pacific States', 'OACPS'),
      A('Samoa Agreement'),
      A('Cotonou Agreement'),
      E('signing ceremony in Apia', ['ceremony'], '2023-11-15'),
    ],
    relations: [
      ...party('Samoa Agreement', 'European Union', 'Organisation of African, Caribbean and Pacific States'),
      at('Samoa Agreement', 'signing ceremony in Apia'),
    ],
  },
  {
    id: 'border-treaty-during-state-visit-delegation-head-negotiated',
    form: 'Kabar: "President A and President B signed the Treaty on the Kyrgyz-Tajik State Border during the Tajik leader’s state visit to Bishkek. C, who led the Kyrgyz delegation in the border talks, …" (parties from the name’s demonyms; REACHED_AT the visit; NEGOTIATES)',
    date: '2025-03-13',
    source: 'Kabar News Agency',
    text:
      'BISHKEK (Kabar) – President Sadyr Japarov and President Emomali Rahmon signed the Treaty on the Kyrgyz-Tajik State Border during the Tajik leader’s state visit to Bishkek. ' +
      'Kamchybek Tashiev, chairman of the State Committee for National Security, who led the Kyrgyz delegation in the border talks, was thanked by both presidents.',
    entities: [
      P('Sadyr Japarov', 'President Sadyr Japarov'),
      P('Emomali Rahmon', 'President Emomali Rahmon'),
      P('Kamchybek Tashiev'),
      S('Kyrgyzstan', 'Kyrgyz', 'Bishkek'),
      S('Tajikistan', 'Tajik'),
      A('Treaty on the Kyrgyz-Tajik State Border'),
      E('Rahmon’s state visit to Bishkek', ['state visit'], '2025-03-13'),
    ],
    relations: [
      ...party('Treaty on the Kyrgyz-Tajik State Border', 'Kyrgyzstan', 'Tajikistan'),
      at('Treaty on the Kyrgyz-Tajik State Border', 'Rahmon’s state visit to Bishkek'),
      neg('Kamchybek Tashiev', 'Treaty on the Kyrgyz-Tajik State Border'),
    ],
  },
];

const WITHDRAWALS: BankCase[] = [
  {
    id: 'four-ministers-recommend-withdrawal-from-convention',
    form: 'defence ministry: "The defence ministers of A, B, C and D recommended that their countries withdraw from the Convention on … (Ottawa Convention), citing the threat posed by E and F" (all four stay parties; the threats none)',
    date: '2025-03-18',
    source: 'Ministry of Defence of Estonia',
    text: 'Tallinn – The defence ministers of Estonia, Latvia, Lithuania and Poland recommended that their countries withdraw from the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction (Ottawa Convention), citing the military threat posed by Russia and Belarus.',
    entities: [
      S('Estonia'),
      S('Latvia'),
      S('Lithuania'),
      S('Poland'),
      S('Russia'),
      S('Belarus'),
      A(
        'Ottawa Convention',
        'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
      ),
    ],
    relations: [...party('Ottawa Convention', 'Estonia', 'Latvia', 'Lithuania', 'Poland')],
  },
  {
    id: 'withdrawal-took-effect-fragment',
    form: 'fragment: "A’s withdrawal from the Convention on Cluster Munitions took effect on Thursday, six months after the Seimas voted to leave the treaty" (a possessive state stays party)',
    date: '2025-03-06',
    source: 'LRT',
    text: 'Lithuania’s withdrawal from the Convention on Cluster Munitions took effect on Thursday, six months after the Seimas voted to leave the treaty.',
    entities: [S('Lithuania'), O('Seimas'), A('Convention on Cluster Munitions', 'treaty')],
    relations: [...party('Convention on Cluster Munitions', 'Lithuania')],
  },
  {
    id: 'council-suspends-agreement-between-union-and-federation',
    form: 'Council press release: "The Council today adopted a decision fully suspending the Agreement between the European Union and the Russian Federation on the facilitation of the issuance of visas" (a suspension; both stay parties; the Council no party)',
    date: '2022-09-09',
    source: 'Council of the European Union',
    text:
      'The Council today adopted a decision fully suspending the Agreement between the European Union and the Russian Federation on the facilitation of the issuance of visas. ' +
      'The suspension will apply from 12 September.',
    entities: [
      S('Russia', 'Russian Federation'),
      O('European Union', 'EU'),
      O('Council of the European Union', 'Council'),
      A(
        'Agreement between the European Union and the Russian Federation on the facilitation of the issuance of visas',
        'EU-Russia Visa Facilitation Agreement',
      ),
    ],
    relations: [
      ...party(
        'Agreement between the European Union and the Russian Federation on the facilitation of the issuance of visas',
        'European Union',
        'Russia',
      ),
    ],
  },
  {
    id: 'bill-on-withdrawal-from-statute-court-no-party',
    form: 'government: "The Government has submitted a bill on A’s withdrawal from the Rome Statute of the International Criminal Court, Minister B announced" (the state stays party; the court no party)',
    date: '2025-05-06',
    source: 'Government of Hungary',
    text: 'Budapest – The Government has submitted to Parliament a bill on Hungary’s withdrawal from the Rome Statute of the International Criminal Court, Minister Gergely Gulyás announced.',
    entities: [
      P('Gergely Gulyás', 'Minister Gergely Gulyás'),
      S('Hungary'),
      O('International Criminal Court', 'ICC'),
      A('Rome Statute of the International Criminal Court', 'Rome Statute'),
    ],
    relations: [...party('Rome Statute of the International Criminal Court', 'Hungary')],
  },
  {
    id: 'suspended-treaty-after-others-withdrawal-allies',
    form: 'wire: "A has suspended the implementation of the Treaty on … (CFE) in its relations with the United States and other NATO allies …, after B’s withdrawal from the treaty" (A, the United States and B stay parties; the alliance no party)',
    date: '2024-04-05',
    source: 'Anadolu Agency',
    text: 'ANKARA (AA) – Türkiye has suspended the implementation of the Treaty on Conventional Armed Forces in Europe (CFE) in its relations with the United States and other NATO allies, which took the same step after Russia’s withdrawal from the treaty, according to a presidential decree.',
    entities: [
      S('Türkiye', 'Turkey'),
      S('United States'),
      S('Russia'),
      O('North Atlantic Treaty Organization', 'NATO'),
      A('Treaty on Conventional Armed Forces in Europe', 'CFE', 'treaty'),
    ],
    relations: [...party('Treaty on Conventional Armed Forces in Europe', 'Türkiye', 'United States', 'Russia')],
  },
];

const NEGOTIATING: BankCase[] = [
  {
    id: 'committee-chair-leads-negotiations-no-agreement',
    form: 'UNEP: "The fifth session … closed without agreement on the text of the global treaty to end plastic pollution. Committee Chair A of B, who leads the negotiations, said …" (NEGOTIATES; a treaty by description; no parties named; no REACHED_AT)',
    date: '2024-12-01',
    source: 'United Nations Environment Programme',
    text:
      'Busan – The fifth session of the Intergovernmental Negotiating Committee on plastic pollution closed without agreement on the text of the global treaty to end plastic pollution. ' +
      'Committee Chair Luis Vayas Valdivieso of Ecuador, who leads the negotiations, said talks would resume next year.',
    entities: [
      P('Luis Vayas Valdivieso', 'Committee Chair Luis Vayas Valdivieso'),
      S('Ecuador'),
      S('South Korea', 'Busan'),
      O('Intergovernmental Negotiating Committee on plastic pollution', 'Intergovernmental Negotiating Committee'),
      A('global treaty to end plastic pollution', 'treaty'),
      E(
        'fifth session of the Intergovernmental Negotiating Committee on plastic pollution',
        ['fifth session'],
        '2024-12-01',
      ),
    ],
    relations: [neg('Luis Vayas Valdivieso', 'global treaty to end plastic pollution')],
  },
  {
    id: 'assembly-adopted-after-negotiations-led-by-co-chairs',
    form: 'WHO: "The Seventy-eighth World Health Assembly today adopted the WHO Pandemic Agreement, after more than three years of negotiations led by the … co-chairs, A of B and C of D" (NEGOTIATES both; REACHED_AT the assembly; co-chairs’ states no parties)',
    date: '2025-05-20',
    source: 'World Health Organization',
    text: 'Geneva – The Seventy-eighth World Health Assembly today adopted the WHO Pandemic Agreement, after more than three years of negotiations led by the Intergovernmental Negotiating Body’s co-chairs, Precious Matsoso of South Africa and Anne-Claire Amprou of France.',
    entities: [
      P('Precious Matsoso'),
      P('Anne-Claire Amprou'),
      S('South Africa'),
      S('France'),
      S('Switzerland', 'Geneva'),
      O('World Health Organization', 'WHO'),
      O('Intergovernmental Negotiating Body'),
      A('WHO Pandemic Agreement', 'Pandemic Agreement'),
      E('Seventy-eighth World Health Assembly', ['World Health Assembly'], '2025-05-20'),
    ],
    relations: [
      neg('Precious Matsoso', 'WHO Pandemic Agreement'),
      neg('Anne-Claire Amprou', 'WHO Pandemic Agreement'),
      at('WHO Pandemic Agreement', 'Seventy-eighth World Health Assembly'),
    ],
  },
  {
    id: 'agreed-partnership-at-first-summit-minister-led-negotiations',
    form: 'Cabinet Office: "The United Kingdom and the European Union agreed a Security and Defence Partnership at the first UK-EU Summit in London. Minister A, who led the negotiations for the UK, said …" (REACHED_AT the summit; NEGOTIATES)',
    date: '2025-05-19',
    source: 'Cabinet Office, United Kingdom',
    text:
      'London – The United Kingdom and the European Union agreed a Security and Defence Partnership at the first UK-EU Summit in London. ' +
      'Minister for the Cabinet Office Nick Thomas-Symonds, who led the negotiations for the UK, said the partnership opened a new chapter in relations with the Union.',
    entities: [
      P('Nick Thomas-Symonds', 'Minister for the Cabinet Office Nick Thomas-Symonds'),
      S('United Kingdom', 'UK'),
      O('European Union', 'EU', 'Union'),
      A('Security and Defence Partnership', 'partnership'),
      E('first UK-EU Summit', ['UK-EU Summit', 'first UK-EU Summit in London'], '2025-05-19'),
    ],
    relations: [
      ...party('Security and Defence Partnership', 'United Kingdom', 'European Union'),
      at('Security and Defence Partnership', 'first UK-EU Summit'),
      neg('Nick Thomas-Symonds', 'Security and Defence Partnership'),
    ],
  },
  {
    id: 'who-led-the-negotiations-for-their-sides-conclusion-announced',
    form: 'ministry: "Coordinating Minister A and EU Trade Commissioner B, who led the negotiations for their sides, announced the conclusion of the negotiations on the Indonesia-European Union Comprehensive Economic Partnership Agreement (IEU-CEPA)" (NEGOTIATES both; parties from the name; place only)',
    date: '2025-09-23',
    source: 'Coordinating Ministry for Economic Affairs, Indonesia',
    text: 'Nusa Dua – Coordinating Minister for Economic Affairs Airlangga Hartarto and EU Trade Commissioner Maroš Šefčovič, who led the negotiations for their sides, announced in Bali the conclusion of the negotiations on the Indonesia-European Union Comprehensive Economic Partnership Agreement (IEU-CEPA).',
    entities: [
      P('Airlangga Hartarto', 'Coordinating Minister for Economic Affairs Airlangga Hartarto'),
      P('Maroš Šefčovič', 'EU Trade Commissioner Maroš Šefčovič'),
      S('Indonesia'),
      O('European Union', 'EU'),
      A('Indonesia-European Union Comprehensive Economic Partnership Agreement', 'IEU-CEPA'),
    ],
    relations: [
      ...party('Indonesia-European Union Comprehensive Economic Partnership Agreement', 'Indonesia', 'European Union'),
      neg('Airlangga Hartarto', 'Indonesia-European Union Comprehensive Economic Partnership Agreement'),
      neg('Maroš Šefčovič', 'Indonesia-European Union Comprehensive Economic Partnership Agreement'),
    ],
  },
  {
    id: 'launch-of-negotiations-announced-no-negotiator',
    form: 'GCC Secretariat: "Secretary-General A and Foreign Minister B announced the resumption of negotiations on a free trade agreement between the GCC and Japan at the X Ministerial Meeting" (planned: parties; announcing is not negotiating; no REACHED_AT)',
    date: '2023-09-07',
    source: 'Secretariat General of the Gulf Cooperation Council',
    text: 'Riyadh – GCC Secretary-General Jasem Mohamed Albudaiwi and Foreign Minister of Japan Yoshimasa Hayashi announced the resumption of negotiations on a free trade agreement between the GCC and Japan at the GCC-Japan Ministerial Meeting in Riyadh, with talks to restart in 2024.',
    entities: [
      P('Jasem Mohamed Albudaiwi', 'GCC Secretary-General Jasem Mohamed Albudaiwi'),
      P('Yoshimasa Hayashi', 'Foreign Minister of Japan Yoshimasa Hayashi'),
      S('Japan'),
      S('Saudi Arabia', 'Riyadh'),
      O('Gulf Cooperation Council', 'GCC'),
      A('free trade agreement between the GCC and Japan', 'free trade agreement'),
      E('GCC-Japan Ministerial Meeting in Riyadh', ['GCC-Japan Ministerial Meeting'], '2023-09-07'),
    ],
    relations: [...party('free trade agreement between the GCC and Japan', 'Gulf Cooperation Council', 'Japan')],
  },
  {
    id: 'secretary-and-minister-who-lead-negotiations-both-sides-hope',
    form: 'trade department: "A and B, who lead the negotiations on the UK-India free trade agreement, met in London to review progress. Both sides hope to close the deal this year" (NEGOTIATES both; lowercase name; "both sides")',
    date: '2024-01-10',
    source: 'Department for Business and Trade, United Kingdom',
    text:
      'Business and Trade Secretary Kemi Badenoch and Commerce and Industry Minister Piyush Goyal, who lead the negotiations on the UK-India free trade agreement, met in London to review progress. ' +
      'Both sides hope to close the deal this year.',
    entities: [
      P('Kemi Badenoch', 'Business and Trade Secretary Kemi Badenoch'),
      P('Piyush Goyal', 'Commerce and Industry Minister Piyush Goyal'),
      S('United Kingdom', 'UK', 'London'),
      S('India'),
      A('UK-India free trade agreement', 'deal'),
      E('Badenoch-Goyal meeting in London', ['meeting'], '2024-01-10'),
    ],
    relations: [
      ...party('UK-India free trade agreement', 'United Kingdom', 'India'),
      neg('Kemi Badenoch', 'UK-India free trade agreement'),
      neg('Piyush Goyal', 'UK-India free trade agreement'),
    ],
  },
];

const PRECISION: BankCase[] = [
  {
    id: 'negative-treaty-room',
    form: 'negative: "met … in the Treaty Room of the Department of State" (a room, no agreement)',
    date: '2023-07-29',
    source: 'Minister for Foreign Affairs, Australia',
    text: 'Washington – Minister for Foreign Affairs Penny Wong met Secretary of State Antony Blinken in the Treaty Room of the Department of State to discuss the situation in the Indo-Pacific.',
    entities: [
      P('Penny Wong', 'Minister for Foreign Affairs Penny Wong'),
      P('Antony Blinken', 'Secretary of State Antony Blinken'),
      S('Australia'),
      S('United States'),
      O('Department of State'),
    ],
    relations: [],
  },
  {
    id: 'negative-trade-agreements-in-general',
    form: 'negative: "small island states needed fair trade agreements and climate finance" (agreements in general, no entity)',
    date: '2024-05-28',
    source: 'Office of the Prime Minister of Barbados',
    text: 'Bridgetown – Prime Minister Mia Amor Mottley told the Fourth International Conference on Small Island Developing States that small island states needed fair trade agreements and climate finance rather than new loans.',
    entities: [P('Mia Amor Mottley', 'Prime Minister Mia Amor Mottley'), S('Barbados')],
    relations: [],
  },
];

/** The bank: 45-odd passages on agreements by description and in other languages, bases, sides, withdrawals, negotiators. */
export const EVENT_BANK: BankCase[] = [
  ...DESCRIBED,
  ...FOREIGN_NAMES,
  ...BASES,
  ...SIDES,
  ...WITHDRAWALS,
  ...NEGOTIATING,
  ...PRECISION,
];
