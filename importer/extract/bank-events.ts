// The events paraphrase bank (issue 6, round ev6): short made-up passages, written for this bank in our own
// words, that state events and the facts that hang on them (PARTICIPATED_IN, PART_OF, DISCUSSED, INVOLVES,
// REACHED_AT) in the many ways issuers write them. Each case gives the facts the gold conventions
// (../shared/eval/GUIDE.md) would give for this area; the persons, states, organisations and agreements
// listed are the relation ends, not facts of the bank. `scripts/bank.mjs` scores the bank with the shared
// scorer (lenient Event matching) and prints per-case results and the pass rate; `bank-events.test.ts`
// asserts the cases that pass.

/** One entity of a bank case, in the gold file's terms. */
export interface BankEntity {
  type: 'Person' | 'State' | 'Organization' | 'Agreement' | 'Event';
  name: string;
  aliases?: string[];
  date?: string;
}

/** One relation of a bank case: type, from (canonical name), to (canonical name). */
export type BankRelation = [type: string, from: string, to: string];

/** One passage with its expected facts. */
export interface BankCase {
  id: string;
  /** The construction the passage states, in a few words. */
  form: string;
  date: string;
  title?: string;
  source?: string;
  text: string;
  entities: BankEntity[];
  relations: BankRelation[];
}

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN', 'PART_OF', 'DISCUSSED', 'INVOLVES', 'REACHED_AT'];

export const P = (name: string, ...aliases: string[]): BankEntity => ({ type: 'Person', name, aliases });
export const S = (name: string, ...aliases: string[]): BankEntity => ({ type: 'State', name, aliases });
export const O = (name: string, ...aliases: string[]): BankEntity => ({ type: 'Organization', name, aliases });
export const A = (name: string, ...aliases: string[]): BankEntity => ({ type: 'Agreement', name, aliases });
/** A relation of the agreements banks: type, from, to. */
export type AgreementRel = [string, string, string];
/** The agreements banks' relations: parties to an agreement, where it was reached, what it builds on, who discussed it. */
export const partyRels = (agreement: string, ...parties: string[]): AgreementRel[] =>
  parties.map((p) => ['PARTY_TO', p, agreement]);
export const reachedAtRel = (agreement: string, event: string): AgreementRel => ['REACHED_AT', agreement, event];
export const basedOnRel = (agreement: string, base: string): AgreementRel => ['BASED_ON', agreement, base];
export const discussedRels = (event: string, ...agreements: string[]): AgreementRel[] =>
  agreements.map((a) => ['DISCUSSED', event, a]);
export const E = (name: string, aliases: string[] = [], date?: string): BankEntity => ({
  type: 'Event',
  name,
  aliases,
  ...(date ? { date } : {}),
});
export const took = (event: string, ...people: string[]): BankRelation[] =>
  people.map((p) => ['PARTICIPATED_IN', p, event]);
export const inv = (event: string, ...parties: string[]): BankRelation[] => parties.map((s) => ['INVOLVES', event, s]);
export const dis = (event: string, ...topics: string[]): BankRelation[] => topics.map((t) => ['DISCUSSED', event, t]);

export const EVENT_BANK: BankCase[] = [
  {
    id: 'held-talks-with',
    form: '"held talks with … in City", topics after "discussed"',
    date: '2024-05-03',
    text:
      'On 3 May 2024, Foreign Minister Penny Wong held talks with Indonesian Foreign Minister Retno Marsudi in Jakarta. ' +
      'The two ministers discussed maritime cooperation and the situation in Myanmar.',
    entities: [
      P('Penny Wong', 'Foreign Minister Penny Wong', 'Wong'),
      P('Retno Marsudi', 'Foreign Minister Retno Marsudi', 'Marsudi'),
      S('Indonesia', 'Indonesian'),
      S('Myanmar'),
      E('Wong-Marsudi talks in Jakarta', ['talks'], '2024-05-03'),
    ],
    relations: [
      ...took('Wong-Marsudi talks in Jakarta', 'Penny Wong', 'Retno Marsudi'),
      ...dis('Wong-Marsudi talks in Jakarta', 'Myanmar'),
    ],
  },
  {
    id: 'telephone-conversation',
    form: '"had a telephone conversation with", a planned summit as topic',
    date: '2024-04-16',
    source: 'Élysée',
    text:
      'President Emmanuel Macron had a telephone conversation with President Volodymyr Zelenskyy of Ukraine on Tuesday. ' +
      'They discussed the protection of Ukrainian energy infrastructure and the preparations for the peace summit to be held in Switzerland in June.',
    entities: [
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Ukraine', 'Ukrainian'),
      S('Switzerland'),
      E('Macron-Zelenskyy telephone conversation', ['telephone conversation'], '2024-04-16'),
      E('peace summit in Switzerland', ['peace summit']),
    ],
    relations: [
      ...took('Macron-Zelenskyy telephone conversation', 'Emmanuel Macron', 'Volodymyr Zelenskyy'),
      ...dis('Macron-Zelenskyy telephone conversation', 'peace summit in Switzerland'),
    ],
  },
  {
    id: 'met-on-margins',
    form: '"met … on the margins of the <summit>" (meeting told by a verb)',
    date: '2023-05-19',
    text: 'Prime Minister Fumio Kishida met President Joe Biden of the United States on the margins of the G7 Hiroshima Summit on 19 May 2023.',
    entities: [
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      S('United States'),
      O('G7'),
      E('Kishida-Biden meeting on the margins of the G7 Hiroshima Summit', [], '2023-05-19'),
      E('G7 Hiroshima Summit', ['G7 Summit']),
    ],
    relations: [
      ['PART_OF', 'Kishida-Biden meeting on the margins of the G7 Hiroshima Summit', 'G7 Hiroshima Summit'],
      ...took('Kishida-Biden meeting on the margins of the G7 Hiroshima Summit', 'Fumio Kishida', 'Joe Biden'),
      ...took('G7 Hiroshima Summit', 'Fumio Kishida', 'Joe Biden'),
    ],
  },
  {
    id: 'received-at-place',
    form: '"X received Y at <building> in City" (meeting told by a verb)',
    date: '2023-08-22',
    text:
      'President Cyril Ramaphosa received the Prime Minister of India, Narendra Modi, at the Union Buildings in Pretoria on 22 August 2023. ' +
      'The leaders reviewed trade and investment between South Africa and India.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa', 'Ramaphosa'),
      P('Narendra Modi', 'Modi'),
      S('India'),
      S('South Africa'),
      E('Ramaphosa-Modi meeting in Pretoria', [], '2023-08-22'),
    ],
    relations: [...took('Ramaphosa-Modi meeting in Pretoria', 'Cyril Ramaphosa', 'Narendra Modi')],
  },
  {
    id: 'hosted-working-dinner',
    form: '"hosted X for a working dinner", topics',
    date: '2024-01-22',
    text:
      'Chancellor Olaf Scholz hosted President Emmanuel Macron for a working dinner in Berlin on Monday evening. ' +
      "The two leaders discussed the European Union's budget and continued support for Ukraine.",
    entities: [
      P('Olaf Scholz', 'Chancellor Olaf Scholz', 'Scholz'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      O('European Union'),
      S('Ukraine'),
      E('working dinner in Berlin', ['working dinner'], '2024-01-22'),
    ],
    relations: [
      ...took('working dinner in Berlin', 'Olaf Scholz', 'Emmanuel Macron'),
      ...dis('working dinner in Berlin', 'European Union', 'Ukraine'),
    ],
  },
  {
    id: 'paid-visit-met-during',
    form: '"paid an official visit to", "during which she met"',
    date: '2022-11-21',
    text: 'Vice President Kamala Harris paid an official visit to the Philippines from 20 to 22 November 2022, during which she met President Ferdinand Marcos Jr. at Malacañang Palace.',
    entities: [
      P('Kamala Harris', 'Vice President Kamala Harris', 'Harris'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.', 'Marcos'),
      S('Philippines'),
      E("Harris's official visit to the Philippines", ['official visit to the Philippines', 'official visit']),
      E('Harris-Marcos meeting at Malacañang Palace'),
    ],
    relations: [
      ['PART_OF', 'Harris-Marcos meeting at Malacañang Palace', "Harris's official visit to the Philippines"],
      ...took("Harris's official visit to the Philippines", 'Kamala Harris'),
      ...took('Harris-Marcos meeting at Malacañang Palace', 'Kamala Harris', 'Ferdinand Marcos Jr.'),
    ],
  },
  {
    id: 'co-chaired-joint-commission',
    form: '"co-chaired the 14th meeting of the Joint Commission", "reviewed" an agreement',
    date: '2022-12-04',
    text:
      'External Affairs Minister Dr S. Jaishankar and Foreign Minister H.H. Sheikh Abdullah bin Zayed Al Nahyan co-chaired the 14th meeting of the India-UAE Joint Commission in Abu Dhabi on 4 December 2022. ' +
      'The two sides reviewed the implementation of the Comprehensive Economic Partnership Agreement.',
    entities: [
      P('S. Jaishankar', 'Dr S. Jaishankar', 'Jaishankar'),
      P(
        'Abdullah bin Zayed Al Nahyan',
        'Sheikh Abdullah bin Zayed Al Nahyan',
        'H.H. Sheikh Abdullah bin Zayed Al Nahyan',
      ),
      S('India'),
      S('United Arab Emirates', 'UAE'),
      A('Comprehensive Economic Partnership Agreement', 'CEPA'),
      E('14th meeting of the India-UAE Joint Commission', ['14th meeting of the Joint Commission'], '2022-12-04'),
    ],
    relations: [
      ...took('14th meeting of the India-UAE Joint Commission', 'S. Jaishankar', 'Abdullah bin Zayed Al Nahyan'),
      ...dis('14th meeting of the India-UAE Joint Commission', 'Comprehensive Economic Partnership Agreement'),
    ],
  },
  {
    id: 'nth-round-dialogue-held',
    form: '"The fifth round of the X-Y strategic dialogue was held in City", delegation led by',
    date: '2024-03-12',
    source: 'Ministry of Foreign Affairs of Pakistan',
    text:
      'The fifth round of the Pakistan-Türkiye Strategic Dialogue was held in Islamabad on 12 March 2024. ' +
      'The Pakistani delegation was led by Foreign Secretary Muhammad Syrus Sajjad Qazi, and the Turkish delegation by Deputy Foreign Minister Mehmet Kemal Bozay.',
    entities: [
      P('Muhammad Syrus Sajjad Qazi', 'Foreign Secretary Muhammad Syrus Sajjad Qazi', 'Qazi'),
      P('Mehmet Kemal Bozay', 'Deputy Foreign Minister Mehmet Kemal Bozay', 'Bozay'),
      S('Pakistan', 'Pakistani'),
      S('Türkiye', 'Turkish', 'Turkey'),
      E(
        'fifth round of the Pakistan-Türkiye Strategic Dialogue',
        ['Pakistan-Türkiye Strategic Dialogue'],
        '2024-03-12',
      ),
    ],
    relations: [
      ...took(
        'fifth round of the Pakistan-Türkiye Strategic Dialogue',
        'Muhammad Syrus Sajjad Qazi',
        'Mehmet Kemal Bozay',
      ),
    ],
  },
  {
    id: 'exchanged-views-war-crisis',
    form: '"met … The two sides exchanged views on the war in X and the crisis in Y"',
    date: '2024-06-05',
    text:
      'President Abdel Fattah El-Sisi met President William Ruto of Kenya in Cairo on 5 June 2024. ' +
      'The two sides exchanged views on the war in Sudan and the security crisis in Haiti.',
    entities: [
      P('Abdel Fattah El-Sisi', 'President Abdel Fattah El-Sisi', 'El-Sisi'),
      P('William Ruto', 'President William Ruto', 'Ruto'),
      S('Kenya'),
      S('Sudan'),
      S('Haiti'),
      E('El-Sisi-Ruto meeting in Cairo', [], '2024-06-05'),
      E('war in Sudan'),
      E('security crisis in Haiti', ['crisis in Haiti']),
    ],
    relations: [
      ...took('El-Sisi-Ruto meeting in Cairo', 'Abdel Fattah El-Sisi', 'William Ruto'),
      ...dis('El-Sisi-Ruto meeting in Cairo', 'war in Sudan', 'security crisis in Haiti'),
      ...inv('war in Sudan', 'Sudan'),
      ...inv('security crisis in Haiti', 'Haiti'),
    ],
  },
  {
    id: 'consulted-regarding-planned-summit',
    form: '"talks" then "consulted regarding the upcoming <summit>" (planned event as topic)',
    date: '2024-06-20',
    text:
      'Secretary of State Antony Blinken held talks with Foreign Minister Radosław Sikorski of Poland in Washington. ' +
      'The two ministers also consulted regarding the upcoming NATO Summit in Washington in July.',
    entities: [
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      P('Radosław Sikorski', 'Foreign Minister Radosław Sikorski', 'Sikorski'),
      S('Poland'),
      O('NATO'),
      E('Blinken-Sikorski talks in Washington', ['talks']),
      E('NATO Summit in Washington', ['NATO Summit']),
    ],
    relations: [
      ...took('Blinken-Sikorski talks in Washington', 'Antony Blinken', 'Radosław Sikorski'),
      ...dis('Blinken-Sikorski talks in Washington', 'NATO Summit in Washington'),
      // Added in the ev7 round after the dev gold's convention: a summit still to come that nobody is said to attend
      // involves the body that holds it ("NATO Leaders' Summit in Vilnius", "meeting of the leaders of the Normandy Four").
      ...inv('NATO Summit in Washington', 'NATO'),
    ],
  },
  {
    id: 'video-conference',
    form: '"held a video conference with"',
    date: '2021-11-16',
    text: 'President Xi Jinping held a video conference with President Joe Biden of the United States on the morning of 16 November.',
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      S('United States'),
      E('Xi-Biden video conference', ['video conference'], '2021-11-16'),
    ],
    relations: [...took('Xi-Biden video conference', 'Xi Jinping', 'Joe Biden')],
  },
  {
    id: 'summit-chaired-passive',
    form: '"The 43rd ASEAN Summit was held in City …, chaired by President X"',
    date: '2023-09-05',
    source: 'ASEAN Secretariat',
    text:
      'The 43rd ASEAN Summit was held in Jakarta on 5 September 2023 under the chairmanship of President Joko Widodo of Indonesia. ' +
      'Leaders discussed the implementation of the Five-Point Consensus on Myanmar.',
    entities: [
      P('Joko Widodo', 'President Joko Widodo', 'Widodo'),
      S('Indonesia'),
      S('Myanmar'),
      O('ASEAN', 'Association of Southeast Asian Nations'),
      A('Five-Point Consensus on Myanmar', 'Five-Point Consensus'),
      E('43rd ASEAN Summit', ['ASEAN Summit'], '2023-09-05'),
    ],
    relations: [
      ...took('43rd ASEAN Summit', 'Joko Widodo'),
      ...dis('43rd ASEAN Summit', 'Five-Point Consensus on Myanmar'),
    ],
  },
  {
    id: 'signing-ceremony-after-talks',
    form: '"Following their talks, … attended a signing ceremony at which the Treaty … was signed"',
    date: '2022-12-22',
    text: 'Following their talks in Tashkent, President Shavkat Mirziyoyev and President Kassym-Jomart Tokayev attended a signing ceremony at which the Treaty on the Demarcation of the Uzbek-Kazakh State Border was signed.',
    entities: [
      P('Shavkat Mirziyoyev', 'President Shavkat Mirziyoyev', 'Mirziyoyev'),
      P('Kassym-Jomart Tokayev', 'President Kassym-Jomart Tokayev', 'Tokayev'),
      A('Treaty on the Demarcation of the Uzbek-Kazakh State Border'),
      E('Mirziyoyev-Tokayev talks in Tashkent', ['talks']),
      E('signing ceremony in Tashkent', ['signing ceremony']),
    ],
    relations: [
      ...took('Mirziyoyev-Tokayev talks in Tashkent', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'),
      ...took('signing ceremony in Tashkent', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'),
      ['REACHED_AT', 'Treaty on the Demarcation of the Uzbek-Kazakh State Border', 'signing ceremony in Tashkent'],
      // A session after the talks (GUIDE: "the joint press conference after it"); added after the first pass.
      ['PART_OF', 'signing ceremony in Tashkent', 'Mirziyoyev-Tokayev talks in Tashkent'],
    ],
  },
  {
    id: 'joint-press-conference-part',
    form: '"At a joint press conference after the talks" (a session part of the talks)',
    date: '2024-02-16',
    text:
      'Chancellor Karl Nehammer held talks with Prime Minister Petr Fiala of the Czech Republic in Vienna on Friday. ' +
      'At a joint press conference after the talks, the two heads of government announced closer cooperation on energy.',
    entities: [
      P('Karl Nehammer', 'Chancellor Karl Nehammer', 'Nehammer'),
      P('Petr Fiala', 'Prime Minister Petr Fiala', 'Fiala'),
      S('Czech Republic'),
      E('Nehammer-Fiala talks in Vienna', ['talks']),
      E('joint press conference'),
    ],
    relations: [
      ...took('Nehammer-Fiala talks in Vienna', 'Karl Nehammer', 'Petr Fiala'),
      ...took('joint press conference', 'Karl Nehammer', 'Petr Fiala'),
      ['PART_OF', 'joint press conference', 'Nehammer-Fiala talks in Vienna'],
    ],
  },
  {
    id: 'condemned-attack-by',
    form: 'an incident as topic: "condemned the missile attack on X carried out by Y"',
    date: '2024-07-10',
    text:
      'President Alexander Stubb spoke by telephone with President Volodymyr Zelenskyy on Wednesday. ' +
      "President Stubb condemned the missile attack on Kyiv's Okhmatdyt children's hospital carried out by Russia on 8 July.",
    entities: [
      P('Alexander Stubb', 'President Alexander Stubb', 'Stubb'),
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      S('Russia'),
      S('Ukraine'),
      E('Stubb-Zelenskyy telephone call', ['telephone call'], '2024-07-10'),
      E("missile attack on Kyiv's Okhmatdyt children's hospital", ['missile attack'], '2024-07-08'),
    ],
    relations: [
      ...took('Stubb-Zelenskyy telephone call', 'Alexander Stubb', 'Volodymyr Zelenskyy'),
      ...dis('Stubb-Zelenskyy telephone call', "missile attack on Kyiv's Okhmatdyt children's hospital"),
      ...inv("missile attack on Kyiv's Okhmatdyt children's hospital", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'missiles-launched-participle',
    form: 'an incident told by a participle: "the ballistic missiles launched by North Korea"',
    date: '2023-04-14',
    text:
      'Foreign Minister Park Jin and Foreign Minister Yoshimasa Hayashi held a telephone call on 14 April. ' +
      'The ministers strongly condemned the ballistic missiles launched by North Korea the day before.',
    entities: [
      P('Park Jin', 'Foreign Minister Park Jin', 'Park'),
      P('Yoshimasa Hayashi', 'Foreign Minister Yoshimasa Hayashi', 'Hayashi'),
      S('North Korea'),
      E('Park-Hayashi telephone call', ['telephone call'], '2023-04-14'),
      E('ballistic missile launch by North Korea', ['ballistic missiles launched by North Korea']),
    ],
    relations: [
      ...took('Park-Hayashi telephone call', 'Park Jin', 'Yoshimasa Hayashi'),
      ...dis('Park-Hayashi telephone call', 'ballistic missile launch by North Korea'),
      ...inv('ballistic missile launch by North Korea', 'North Korea'),
    ],
  },
  {
    id: 'conflict-between',
    form: '"the conflict between A and B" as topic of a meeting',
    date: '2023-06-01',
    text:
      'Secretary General Jens Stoltenberg met Prime Minister Nikol Pashinyan in Brussels. ' +
      'Their meeting focused on the conflict between Armenia and Azerbaijan and on the peace process.',
    entities: [
      P('Jens Stoltenberg', 'Secretary General Jens Stoltenberg', 'Stoltenberg'),
      P('Nikol Pashinyan', 'Prime Minister Nikol Pashinyan', 'Pashinyan'),
      S('Armenia'),
      S('Azerbaijan'),
      E('Stoltenberg-Pashinyan meeting in Brussels', ['meeting']),
      E('conflict between Armenia and Azerbaijan'),
    ],
    relations: [
      ...took('Stoltenberg-Pashinyan meeting in Brussels', 'Jens Stoltenberg', 'Nikol Pashinyan'),
      ...dis('Stoltenberg-Pashinyan meeting in Brussels', 'conflict between Armenia and Azerbaijan'),
      ...inv('conflict between Armenia and Azerbaijan', 'Armenia', 'Azerbaijan'),
    ],
  },
  {
    id: 'agreed-next-summit-planned',
    form: '"agreed to hold the next summit in City" (planned: no participants)',
    date: '2024-05-27',
    text:
      'President Yoon Suk Yeol held a summit meeting with Premier Li Qiang in Seoul. ' +
      'The two leaders agreed to hold the next trilateral summit with Japan in Tokyo.',
    entities: [
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Li Qiang', 'Premier Li Qiang', 'Li'),
      S('Japan'),
      E('Yoon-Li summit meeting in Seoul', ['summit meeting']),
      E('next trilateral summit in Tokyo', ['next trilateral summit']),
    ],
    relations: [
      ...took('Yoon-Li summit meeting in Seoul', 'Yoon Suk Yeol', 'Li Qiang'),
      ...dis('Yoon-Li summit meeting in Seoul', 'next trilateral summit in Tokyo'),
      ...inv('next trilateral summit in Tokyo', 'Japan'),
    ],
  },
  {
    id: 'passive-talks-between',
    form: 'passive: "Talks were held between A and B in City"',
    date: '2024-04-26',
    title: 'Foreign Secretary visits Beijing',
    text:
      'Talks were held between Foreign Secretary David Cameron and Foreign Minister Wang Yi in Beijing on 26 April. ' +
      'They discussed Hong Kong and the war in Ukraine.',
    entities: [
      P('David Cameron', 'Foreign Secretary David Cameron', 'Cameron'),
      P('Wang Yi', 'Foreign Minister Wang Yi', 'Wang'),
      S('Ukraine'),
      E('Cameron-Wang talks in Beijing', ['talks'], '2024-04-26'),
      E('war in Ukraine'),
    ],
    relations: [
      ...took('Cameron-Wang talks in Beijing', 'David Cameron', 'Wang Yi'),
      ...dis('Cameron-Wang talks in Beijing', 'war in Ukraine'),
      ...inv('war in Ukraine', 'Ukraine'),
    ],
  },
  {
    id: 'was-received-by',
    form: 'passive: "X was received by Y" (meeting told by a verb)',
    date: '2023-10-12',
    text:
      'Foreign Minister Annalena Baerbock was received by President Isaac Herzog in Jerusalem on 13 October. ' +
      'The talks focused on the hostages held in Gaza.',
    entities: [
      P('Annalena Baerbock', 'Foreign Minister Annalena Baerbock', 'Baerbock'),
      P('Isaac Herzog', 'President Isaac Herzog', 'Herzog'),
      E('Baerbock-Herzog talks in Jerusalem', ['talks']),
    ],
    relations: [...took('Baerbock-Herzog talks in Jerusalem', 'Annalena Baerbock', 'Isaac Herzog')],
  },
  {
    id: 'called-on',
    form: '"called on" the Prime Minister',
    date: '2024-03-20',
    text: 'Singapore’s Minister for Foreign Affairs Vivian Balakrishnan called on Prime Minister Anwar Ibrahim in Putrajaya on 20 March 2024.',
    entities: [
      P('Vivian Balakrishnan', 'Minister for Foreign Affairs Vivian Balakrishnan', 'Balakrishnan'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim', 'Anwar'),
      S('Singapore'),
      E('Balakrishnan call on Anwar in Putrajaya', [], '2024-03-20'),
    ],
    relations: [...took('Balakrishnan call on Anwar in Putrajaya', 'Vivian Balakrishnan', 'Anwar Ibrahim')],
  },
  {
    id: 'spoke-by-phone',
    form: '"spoke by phone with" (a call told by a verb)',
    date: '2024-02-02',
    text: 'Prime Minister Justin Trudeau spoke by phone with Prime Minister Rishi Sunak of the United Kingdom today about the situation in the Red Sea.',
    entities: [
      P('Justin Trudeau', 'Prime Minister Justin Trudeau', 'Trudeau'),
      P('Rishi Sunak', 'Prime Minister Rishi Sunak', 'Sunak'),
      S('United Kingdom'),
      E('Trudeau-Sunak phone call', [], '2024-02-02'),
    ],
    relations: [...took('Trudeau-Sunak phone call', 'Justin Trudeau', 'Rishi Sunak')],
  },
  {
    id: 'visit-programme-list',
    form: 'bulleted programme of a visit: sessions part of the visit',
    date: '2023-11-15',
    text:
      'President Gustavo Petro paid a state visit to Spain on 15 November 2023. The programme of the visit included:\n' +
      '- a meeting with King Felipe VI at the Royal Palace;\n' +
      '- talks with Prime Minister Pedro Sánchez at La Moncloa.',
    entities: [
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      P('Felipe VI', 'King Felipe VI'),
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez', 'Sánchez'),
      S('Spain'),
      E("Petro's state visit to Spain", ['state visit to Spain', 'state visit'], '2023-11-15'),
      E('Petro-Felipe VI meeting at the Royal Palace', ['meeting with King Felipe VI']),
      E('Petro-Sánchez talks at La Moncloa', ['talks with Prime Minister Pedro Sánchez']),
    ],
    relations: [
      ...took("Petro's state visit to Spain", 'Gustavo Petro'),
      ...took('Petro-Felipe VI meeting at the Royal Palace', 'Gustavo Petro', 'Felipe VI'),
      ...took('Petro-Sánchez talks at La Moncloa', 'Gustavo Petro', 'Pedro Sánchez'),
      ['PART_OF', 'Petro-Felipe VI meeting at the Royal Palace', "Petro's state visit to Spain"],
      ['PART_OF', 'Petro-Sánchez talks at La Moncloa', "Petro's state visit to Spain"],
    ],
  },
  {
    id: 'un-general-debate-sidelines',
    form: '"on the sidelines of the 78th session of the United Nations General Assembly"',
    date: '2023-09-20',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'On the sidelines of the 78th session of the United Nations General Assembly in New York, Prime Minister Pham Minh Chinh met with President Luiz Inácio Lula da Silva of Brazil.',
    entities: [
      P('Pham Minh Chinh', 'Prime Minister Pham Minh Chinh', 'Chinh'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      S('Brazil'),
      O('United Nations General Assembly', 'United Nations'),
      E('78th session of the United Nations General Assembly', ['78th session of the UN General Assembly']),
      E('Chinh-Lula meeting in New York'),
    ],
    relations: [
      ['PART_OF', 'Chinh-Lula meeting in New York', '78th session of the United Nations General Assembly'],
      ...took('Chinh-Lula meeting in New York', 'Pham Minh Chinh', 'Luiz Inácio Lula da Silva'),
      ...took('78th session of the United Nations General Assembly', 'Pham Minh Chinh', 'Luiz Inácio Lula da Silva'),
    ],
  },
  {
    id: 'au-psc-meeting-on',
    form: 'a body\'s numbered meeting "on the situation in X"',
    date: '2024-02-14',
    source: 'African Union Peace and Security Council',
    text:
      'The Peace and Security Council of the African Union held its 1200th meeting on 14 February 2024 on the situation in Sudan. ' +
      'The meeting was chaired by Ambassador Miguel César Domingos Bembe of Angola.',
    entities: [
      P('Miguel César Domingos Bembe', 'Ambassador Miguel César Domingos Bembe', 'Bembe'),
      O('Peace and Security Council of the African Union', 'Peace and Security Council'),
      O('African Union'),
      S('Angola'),
      S('Sudan'),
      E('1200th meeting of the Peace and Security Council', ['1200th meeting'], '2024-02-14'),
    ],
    relations: [
      ...took('1200th meeting of the Peace and Security Council', 'Miguel César Domingos Bembe'),
      ...dis('1200th meeting of the Peace and Security Council', 'Sudan'),
    ],
  },
  {
    id: 'eu-summit-took-place',
    form: '"The 24th EU-China Summit took place in City", "represented by"',
    date: '2023-12-07',
    source: 'European Council',
    text:
      'The 24th EU-China Summit took place in Beijing on 7 December 2023. The EU was represented by Charles Michel, President of the European Council, and Ursula von der Leyen, President of the European Commission. ' +
      'China was represented by President Xi Jinping.',
    entities: [
      P('Charles Michel', 'Michel'),
      P('Ursula von der Leyen', 'von der Leyen'),
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      O('European Union', 'EU'),
      O('European Council'),
      O('European Commission'),
      S('China'),
      E('24th EU-China Summit', ['EU-China Summit'], '2023-12-07'),
    ],
    relations: [...took('24th EU-China Summit', 'Charles Michel', 'Ursula von der Leyen', 'Xi Jinping')],
  },
  {
    id: 'met-then-the-meeting',
    form: 'a verb meeting named later by "The meeting": one event',
    date: '2024-04-09',
    source: 'State House Kenya',
    text:
      'President William Ruto met President Yoweri Museveni at State House, Entebbe. ' +
      'The meeting focused on the oil pipeline project and trade along the Northern Corridor.',
    entities: [
      P('William Ruto', 'President William Ruto', 'Ruto'),
      P('Yoweri Museveni', 'President Yoweri Museveni', 'Museveni'),
      E('Ruto-Museveni meeting in Entebbe', ['meeting']),
    ],
    relations: [...took('Ruto-Museveni meeting in Entebbe', 'William Ruto', 'Yoweri Museveni')],
  },
  {
    id: 'met-in-vienna-margins-ministerial',
    form: '"met … in Vienna on the margins of the OSCE Ministerial Council"',
    date: '2024-12-05',
    text: 'Foreign Minister Ararat Mirzoyan met Foreign Minister Jeyhun Bayramov in Valletta on the margins of the OSCE Ministerial Council on 5 December 2024.',
    entities: [
      P('Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan', 'Mirzoyan'),
      P('Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov'),
      O('OSCE'),
      E('Mirzoyan-Bayramov meeting in Valletta', [], '2024-12-05'),
      E('OSCE Ministerial Council', ['Ministerial Council']),
    ],
    relations: [
      ...took('Mirzoyan-Bayramov meeting in Valletta', 'Ararat Mirzoyan', 'Jeyhun Bayramov'),
      ...took('OSCE Ministerial Council', 'Ararat Mirzoyan', 'Jeyhun Bayramov'),
      ['PART_OF', 'Mirzoyan-Bayramov meeting in Valletta', 'OSCE Ministerial Council'],
    ],
  },
  {
    id: 'their-third-meeting',
    form: 'an ordinal reference: "It was their third meeting this year"',
    date: '2024-06-14',
    text: 'Prime Minister Giorgia Meloni held a bilateral meeting with Prime Minister Narendra Modi in Borgo Egnazia. It was their third meeting this year.',
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni', 'Meloni'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('Meloni-Modi bilateral meeting in Borgo Egnazia', ['bilateral meeting', 'third meeting']),
    ],
    relations: [...took('Meloni-Modi bilateral meeting in Borgo Egnazia', 'Giorgia Meloni', 'Narendra Modi')],
  },
  {
    id: 'talks-they-held-last-tuesday',
    form: '"the talks they held in Lisbon last Tuesday" (an earlier event by kind and place)',
    date: '2024-05-10',
    text:
      'Foreign Minister Paulo Rangel spoke with Foreign Minister Mauro Vieira of Brazil by telephone on Friday. ' +
      'The ministers followed up on the talks they held in Lisbon last Tuesday.',
    entities: [
      P('Paulo Rangel', 'Foreign Minister Paulo Rangel', 'Rangel'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira', 'Vieira'),
      S('Brazil'),
      E('Rangel-Vieira telephone call', [], '2024-05-10'),
      E('Rangel-Vieira talks in Lisbon', ['talks they held in Lisbon']),
    ],
    relations: [
      ...took('Rangel-Vieira telephone call', 'Paulo Rangel', 'Mauro Vieira'),
      ...took('Rangel-Vieira talks in Lisbon', 'Paulo Rangel', 'Mauro Vieira'),
      ...dis('Rangel-Vieira telephone call', 'Rangel-Vieira talks in Lisbon'),
    ],
  },
  {
    id: 'negotiating-round-fta',
    form: '"the second round of negotiations on a free trade agreement between A and B"',
    date: '2024-03-22',
    text: 'The second round of negotiations on a free trade agreement between the European Union and the Philippines took place in Manila from 18 to 22 March 2024.',
    entities: [
      O('European Union'),
      S('Philippines'),
      A('EU-Philippines free trade agreement', 'free trade agreement'),
      E('second round of negotiations on a free trade agreement between the European Union and the Philippines', [
        'second round of negotiations',
      ]),
    ],
    relations: [
      ...dis(
        'second round of negotiations on a free trade agreement between the European Union and the Philippines',
        'EU-Philippines free trade agreement',
      ),
      ...inv(
        'second round of negotiations on a free trade agreement between the European Union and the Philippines',
        'European Union',
        'Philippines',
      ),
    ],
  },
  {
    id: 'inaugural-2plus2-dialogue',
    form: '"The inaugural India-Australia 2+2 Ministerial Dialogue was held in New Delhi"',
    date: '2021-09-11',
    text:
      'The inaugural India-Australia 2+2 Ministerial Dialogue was held in New Delhi on 11 September 2021. ' +
      'Defence Minister Rajnath Singh and External Affairs Minister S. Jaishankar hosted Defence Minister Peter Dutton and Foreign Minister Marise Payne.',
    entities: [
      P('Rajnath Singh', 'Defence Minister Rajnath Singh'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar', 'Jaishankar'),
      P('Peter Dutton', 'Defence Minister Peter Dutton', 'Dutton'),
      P('Marise Payne', 'Foreign Minister Marise Payne', 'Payne'),
      E('inaugural India-Australia 2+2 Ministerial Dialogue', ['2+2 Ministerial Dialogue'], '2021-09-11'),
    ],
    relations: [
      ...took(
        'inaugural India-Australia 2+2 Ministerial Dialogue',
        'Rajnath Singh',
        'S. Jaishankar',
        'Peter Dutton',
        'Marise Payne',
      ),
    ],
  },
  {
    id: 'plenary-session-part',
    form: '"In the plenary session that followed, the delegations discussed" (a session of the talks)',
    date: '2024-09-09',
    text:
      'President Prabowo Subianto and Prime Minister Anthony Albanese held a restricted meeting in Canberra. ' +
      'In the plenary session that followed, the delegations discussed defence cooperation and the situation in the South China Sea.',
    entities: [
      P('Prabowo Subianto', 'President Prabowo Subianto', 'Prabowo'),
      P('Anthony Albanese', 'Prime Minister Anthony Albanese', 'Albanese'),
      E('Prabowo-Albanese restricted meeting in Canberra', ['restricted meeting']),
      E('plenary session'),
    ],
    relations: [
      ...took('Prabowo-Albanese restricted meeting in Canberra', 'Prabowo Subianto', 'Anthony Albanese'),
      ...took('plenary session', 'Prabowo Subianto', 'Anthony Albanese'),
    ],
  },
  {
    id: 'working-lunch-in-honour',
    form: '"hosted a working lunch in honour of the visiting President"',
    date: '2024-10-02',
    text:
      'President Alexander Van der Bellen received President Maia Sandu of Moldova at the Hofburg. ' +
      'Afterwards, Chancellor Karl Nehammer hosted a working lunch in honour of the visiting President.',
    entities: [
      P('Alexander Van der Bellen', 'President Alexander Van der Bellen', 'Van der Bellen'),
      P('Maia Sandu', 'President Maia Sandu', 'Sandu'),
      P('Karl Nehammer', 'Chancellor Karl Nehammer', 'Nehammer'),
      S('Moldova'),
      E('Van der Bellen-Sandu meeting at the Hofburg'),
      E('working lunch in honour of President Sandu', ['working lunch']),
    ],
    relations: [
      ...took('Van der Bellen-Sandu meeting at the Hofburg', 'Alexander Van der Bellen', 'Maia Sandu'),
      ...took('working lunch in honour of President Sandu', 'Karl Nehammer', 'Maia Sandu'),
    ],
  },
  {
    id: 'state-visit-at-invitation',
    form: '"At the invitation of X, Y paid a state visit to China from … to …"',
    date: '2023-04-14',
    source: 'Xinhua',
    text: 'At the invitation of President Xi Jinping, President Luiz Inácio Lula da Silva of Brazil paid a state visit to China from 12 to 15 April 2023.',
    entities: [
      P('Xi Jinping', 'President Xi Jinping', 'Xi'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      S('Brazil'),
      S('China'),
      E("Lula's state visit to China", ['state visit to China', 'state visit'], '2023-04-12'),
    ],
    relations: [...took("Lula's state visit to China", 'Luiz Inácio Lula da Silva')],
  },
  {
    id: 'consultations-between-ministries',
    form: '"Political consultations between the foreign ministries of A and B were held"',
    date: '2024-02-20',
    text: 'Political consultations between the foreign ministries of Poland and Lithuania were held in Vilnius on 20 February 2024.',
    entities: [
      S('Poland'),
      S('Lithuania'),
      E(
        'political consultations between the foreign ministries of Poland and Lithuania',
        ['political consultations'],
        '2024-02-20',
      ),
    ],
    relations: [
      ...inv('political consultations between the foreign ministries of Poland and Lithuania', 'Poland', 'Lithuania'),
    ],
  },
  {
    id: 'news-agency-courtesy-call',
    form: 'news-agency dateline, "received a courtesy call from"',
    date: '2024-01-10',
    source: 'Bernama',
    text: 'KUALA LUMPUR, Jan 10 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from Singapore Deputy Prime Minister Lawrence Wong at Seri Perdana.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Datuk Seri Anwar Ibrahim', 'Anwar'),
      P('Lawrence Wong', 'Deputy Prime Minister Lawrence Wong', 'Wong'),
      S('Singapore'),
      E('courtesy call at Seri Perdana', ['courtesy call'], '2024-01-10'),
    ],
    relations: [...took('courtesy call at Seri Perdana', 'Anwar Ibrahim', 'Lawrence Wong')],
  },
  {
    id: 'received-phone-call-from',
    form: '"received a phone call from" (Gulf house style, honorific chain)',
    date: '2024-08-03',
    source: 'WAM',
    text: 'His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received a phone call from President Recep Tayyip Erdoğan of Türkiye, during which they discussed the situation in Lebanon.',
    entities: [
      P(
        'Mohamed bin Zayed Al Nahyan',
        'Sheikh Mohamed bin Zayed Al Nahyan',
        'His Highness Sheikh Mohamed bin Zayed Al Nahyan',
      ),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      S('United Arab Emirates', 'UAE'),
      S('Türkiye'),
      S('Lebanon'),
      E('Mohamed bin Zayed Al Nahyan-Erdoğan phone call', ['phone call'], '2024-08-03'),
    ],
    relations: [
      ...took('Mohamed bin Zayed Al Nahyan-Erdoğan phone call', 'Mohamed bin Zayed Al Nahyan', 'Recep Tayyip Erdoğan'),
      ...dis('Mohamed bin Zayed Al Nahyan-Erdoğan phone call', 'Lebanon'),
    ],
  },
  {
    id: 'regional-developments-including-attacks',
    form: 'topics after "including": "regional developments, including … and the Houthi attacks on shipping"',
    date: '2024-01-15',
    text:
      'Crown Prince Mohammed bin Salman received Secretary of State Antony Blinken in Al-Ula. ' +
      'They reviewed regional developments, including the situation in Yemen and the Houthi attacks on shipping in the Red Sea.',
    entities: [
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      P('Antony Blinken', 'Secretary of State Antony Blinken', 'Blinken'),
      S('Yemen'),
      O('Houthis', 'Houthi', 'Ansar Allah'),
      E('Mohammed bin Salman-Blinken meeting in Al-Ula'),
      E('Houthi attacks on shipping in the Red Sea', ['attacks on shipping in the Red Sea']),
    ],
    relations: [
      ...took('Mohammed bin Salman-Blinken meeting in Al-Ula', 'Mohammed bin Salman', 'Antony Blinken'),
      ...dis('Mohammed bin Salman-Blinken meeting in Al-Ula', 'Yemen', 'Houthi attacks on shipping in the Red Sea'),
      ...inv('Houthi attacks on shipping in the Red Sea', 'Houthis'),
    ],
  },
  {
    id: 'held-bilateral-meeting-headline',
    form: 'a headline then "held a bilateral meeting": the headline is not a second event',
    date: '2024-07-11',
    title: 'Prime Minister meets President of Finland',
    text: 'Prime Minister Keir Starmer held a bilateral meeting with President Alexander Stubb of Finland at the NATO Summit in Washington today.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      P('Alexander Stubb', 'President Alexander Stubb', 'Stubb'),
      S('Finland'),
      O('NATO'),
      E('Starmer-Stubb bilateral meeting', ['bilateral meeting'], '2024-07-11'),
      E('NATO Summit in Washington', ['NATO Summit']),
    ],
    relations: [
      ...took('Starmer-Stubb bilateral meeting', 'Keir Starmer', 'Alexander Stubb'),
      ...took('NATO Summit in Washington', 'Keir Starmer', 'Alexander Stubb'),
      ['PART_OF', 'Starmer-Stubb bilateral meeting', 'NATO Summit in Washington'],
    ],
  },
  {
    id: 'in-the-framework-of-visit',
    form: '"In the framework of the visit, the Minister also met"',
    date: '2024-03-05',
    text: 'Foreign Minister José Manuel Albares paid a working visit to Morocco on 5 March. In the framework of the visit, the Minister also met Prime Minister Aziz Akhannouch in Rabat.',
    entities: [
      P('José Manuel Albares', 'Foreign Minister José Manuel Albares', 'Albares'),
      P('Aziz Akhannouch', 'Prime Minister Aziz Akhannouch', 'Akhannouch'),
      S('Morocco'),
      E("Albares's working visit to Morocco", ['working visit to Morocco', 'working visit'], '2024-03-05'),
      E('Albares-Akhannouch meeting in Rabat'),
    ],
    relations: [
      ...took("Albares's working visit to Morocco", 'José Manuel Albares'),
      ...took('Albares-Akhannouch meeting in Rabat', 'José Manuel Albares', 'Aziz Akhannouch'),
      ['PART_OF', 'Albares-Akhannouch meeting in Rabat', "Albares's working visit to Morocco"],
    ],
  },
  {
    id: 'virtual-summit',
    form: '"held a virtual summit" (American spelling, house style of a presidency)',
    date: '2022-03-21',
    text: 'Prime Minister Scott Morrison and Prime Minister Narendra Modi held a virtual summit on 21 March 2022.',
    entities: [
      P('Scott Morrison', 'Prime Minister Scott Morrison', 'Morrison'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      E('Morrison-Modi virtual summit', ['virtual summit'], '2022-03-21'),
    ],
    relations: [...took('Morrison-Modi virtual summit', 'Scott Morrison', 'Narendra Modi')],
  },
  {
    id: 'election-topic',
    form: 'an election as topic: "the presidential election in Venezuela"',
    date: '2024-08-01',
    text: 'President Luiz Inácio Lula da Silva spoke with President Gustavo Petro by telephone about the presidential election in Venezuela.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva', 'Lula'),
      P('Gustavo Petro', 'President Gustavo Petro', 'Petro'),
      S('Venezuela'),
      E('Lula-Petro telephone call', [], '2024-08-01'),
      E('presidential election in Venezuela'),
    ],
    relations: [
      ...took('Lula-Petro telephone call', 'Luiz Inácio Lula da Silva', 'Gustavo Petro'),
      ...dis('Lula-Petro telephone call', 'presidential election in Venezuela'),
      ...inv('presidential election in Venezuela', 'Venezuela'),
    ],
  },
  {
    id: 'coup-in',
    form: 'an incident as topic: "the coup d\'état in Niger"',
    date: '2023-08-10',
    source: 'ECOWAS Commission',
    text: 'The Heads of State and Government of ECOWAS held an extraordinary summit in Abuja on 10 August 2023 on the coup d’état in Niger.',
    entities: [
      O('ECOWAS'),
      S('Niger'),
      E('extraordinary summit of ECOWAS in Abuja', ['extraordinary summit'], '2023-08-10'),
      E('coup d’état in Niger', ['coup in Niger']),
    ],
    relations: [
      ...dis('extraordinary summit of ECOWAS in Abuja', 'coup d’état in Niger'),
      ...inv('coup d’état in Niger', 'Niger'),
      ...inv('extraordinary summit of ECOWAS in Abuja', 'ECOWAS'),
    ],
  },
  {
    id: 'earthquake-condolences',
    form: 'a disaster as topic: "the earthquake that struck X"',
    date: '2023-02-08',
    text: 'Prime Minister Kyriakos Mitsotakis spoke by phone with President Recep Tayyip Erdoğan and expressed his condolences for the victims of the earthquake that struck Türkiye on Monday.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      P('Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan', 'Erdoğan'),
      S('Türkiye'),
      E('Mitsotakis-Erdoğan phone call', [], '2023-02-08'),
      E('earthquake in Türkiye', ['earthquake'], '2023-02-06'),
    ],
    relations: [
      ...took('Mitsotakis-Erdoğan phone call', 'Kyriakos Mitsotakis', 'Recep Tayyip Erdoğan'),
      ...dis('Mitsotakis-Erdoğan phone call', 'earthquake in Türkiye'),
      ...inv('earthquake in Türkiye', 'Türkiye'),
    ],
  },
  {
    id: 'framework-reached-at-summit',
    form: '"the commitments they adopted at their summit at Camp David" (REACHED_AT an earlier summit)',
    date: '2023-11-17',
    text:
      'President Joe Biden, President Yoon Suk Yeol and Prime Minister Fumio Kishida met in San Francisco on 16 November. ' +
      'The leaders reaffirmed the Camp David Principles they adopted at their trilateral summit at Camp David in August.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Yoon Suk Yeol', 'President Yoon Suk Yeol', 'Yoon'),
      P('Fumio Kishida', 'Prime Minister Fumio Kishida', 'Kishida'),
      A('Camp David Principles'),
      E('Biden-Yoon-Kishida meeting in San Francisco', [], '2023-11-16'),
      E('trilateral summit at Camp David', ['trilateral summit'], '2023-08'),
    ],
    relations: [
      ...took('Biden-Yoon-Kishida meeting in San Francisco', 'Joe Biden', 'Yoon Suk Yeol', 'Fumio Kishida'),
      ...took('trilateral summit at Camp David', 'Joe Biden', 'Yoon Suk Yeol', 'Fumio Kishida'),
      ['REACHED_AT', 'Camp David Principles', 'trilateral summit at Camp David'],
      ...dis('Biden-Yoon-Kishida meeting in San Francisco', 'Camp David Principles'),
    ],
  },
  {
    id: 'signed-during-visit',
    form: '"The memorandum signed during the visit" (REACHED_AT the visit)',
    date: '2024-02-27',
    text:
      'Prime Minister Kyriakos Mitsotakis paid an official visit to India on 21 February 2024. ' +
      'The Memorandum of Understanding on Migration and Mobility signed during the visit will ease the movement of students and workers.',
    entities: [
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis', 'Mitsotakis'),
      S('India'),
      A('Memorandum of Understanding on Migration and Mobility'),
      E("Mitsotakis's official visit to India", ['official visit to India', 'official visit'], '2024-02-21'),
    ],
    relations: [
      ...took("Mitsotakis's official visit to India", 'Kyriakos Mitsotakis'),
      ['REACHED_AT', 'Memorandum of Understanding on Migration and Mobility', "Mitsotakis's official visit to India"],
    ],
  },
  {
    id: 'will-meet-next-week-planned',
    form: 'future tense: "will meet … next week" (planned: no participants)',
    date: '2024-06-03',
    text: 'President Joe Biden will meet President Emmanuel Macron in Paris next week for a state visit.',
    entities: [
      P('Joe Biden', 'President Joe Biden', 'Biden'),
      P('Emmanuel Macron', 'President Emmanuel Macron', 'Macron'),
      E("Biden's state visit to France", ['state visit']),
    ],
    relations: [],
  },
  {
    id: 'negative-support-peace-process',
    form: 'negative: no event in "expressed support for the peace process"',
    date: '2024-06-03',
    text: 'Foreign Minister Espen Barth Eide expressed support for the peace process and welcomed the commitment of the parties to dialogue.',
    entities: [P('Espen Barth Eide', 'Foreign Minister Espen Barth Eide', 'Eide')],
    relations: [],
  },
  {
    id: 'negative-meeting-room',
    form: 'negative: "meeting room", "call for" are no events',
    date: '2024-06-03',
    text: 'The Government of Norway renewed its call for restraint. The new meeting room of the ministry was opened by State Secretary Andreas Kravik.',
    entities: [S('Norway'), P('Andreas Kravik', 'State Secretary Andreas Kravik', 'Kravik')],
    relations: [],
  },
  {
    id: 'meeting-between-told-by-noun',
    form: '"A meeting between the Foreign Ministers of A and B took place in City"',
    date: '2024-09-18',
    text:
      'A meeting between the Foreign Ministers of Greece and Türkiye, George Gerapetritis and Hakan Fidan, took place in Athens on 18 September. ' +
      'They discussed the Aegean and the situation in Cyprus.',
    entities: [
      P('George Gerapetritis', 'Gerapetritis'),
      P('Hakan Fidan', 'Fidan'),
      S('Greece'),
      S('Türkiye'),
      S('Cyprus'),
      E('Gerapetritis-Fidan meeting in Athens', ['meeting'], '2024-09-18'),
    ],
    relations: [
      ...took('Gerapetritis-Fidan meeting in Athens', 'George Gerapetritis', 'Hakan Fidan'),
      ...dis('Gerapetritis-Fidan meeting in Athens', 'Cyprus'),
    ],
  },
  {
    id: 'tete-a-tete-and-expanded',
    form: '"a tête-à-tête meeting, followed by talks in an expanded format"',
    date: '2024-05-16',
    source: 'Kremlin',
    text: 'Vladimir Putin and Xi Jinping held a tête-à-tête meeting in Beijing, followed by talks in an expanded format with the participation of members of both delegations.',
    entities: [
      P('Vladimir Putin', 'Putin'),
      P('Xi Jinping', 'Xi'),
      E('Putin-Xi tête-à-tête meeting in Beijing', ['tête-à-tête meeting']),
      E('Putin-Xi talks in an expanded format', ['talks in an expanded format']),
    ],
    relations: [
      ...took('Putin-Xi tête-à-tête meeting in Beijing', 'Vladimir Putin', 'Xi Jinping'),
      ...took('Putin-Xi talks in an expanded format', 'Vladimir Putin', 'Xi Jinping'),
    ],
  },
  {
    id: 'lowercase-talks-british-spelling',
    form: 'lowercase kinds, British spelling: "the two foreign secretaries held a dialogue on … organised by"',
    date: '2024-03-14',
    text:
      'The UK–Japan Strategic Dialogue was held in London on 14 March 2024, organised by the Foreign, Commonwealth and Development Office. ' +
      'Foreign Secretary David Cameron and Foreign Minister Yoko Kamikawa discussed defence co-operation and the situation in the Indo-Pacific.',
    entities: [
      P('David Cameron', 'Foreign Secretary David Cameron', 'Cameron'),
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa', 'Kamikawa'),
      O('Foreign, Commonwealth and Development Office'),
      E('UK–Japan Strategic Dialogue', ['Strategic Dialogue'], '2024-03-14'),
    ],
    relations: [...took('UK–Japan Strategic Dialogue', 'David Cameron', 'Yoko Kamikawa')],
  },
  {
    id: 'fronted-date-sent-opening',
    form: 'press-release opening "On 12 June, … held a meeting with …"',
    date: '2024-06-12',
    text:
      'On 12 June, Minister of Foreign Affairs Ahmed Attaf held a meeting with Minister of Foreign Affairs Vincent Biruta of Rwanda at the ministry headquarters in Algiers. ' +
      'The meeting dealt with the situation in the eastern Democratic Republic of the Congo.',
    entities: [
      P('Ahmed Attaf', 'Minister of Foreign Affairs Ahmed Attaf', 'Attaf'),
      P('Vincent Biruta', 'Minister of Foreign Affairs Vincent Biruta', 'Biruta'),
      S('Rwanda'),
      S('Democratic Republic of the Congo'),
      E('Attaf-Biruta meeting in Algiers', ['meeting'], '2024-06-12'),
    ],
    relations: [
      ...took('Attaf-Biruta meeting in Algiers', 'Ahmed Attaf', 'Vincent Biruta'),
      ...dis('Attaf-Biruta meeting in Algiers', 'Democratic Republic of the Congo'),
    ],
  },
  {
    id: 'gathered-for-round-of-talks',
    form: '"Delegations of A and B gathered in City for the third round of talks on X"',
    date: '2024-05-30',
    text: 'Delegations of Serbia and Kosovo gathered in Brussels for the third round of talks on the normalisation of relations, facilitated by EU Special Representative Miroslav Lajčák.',
    entities: [
      S('Serbia'),
      S('Kosovo'),
      P('Miroslav Lajčák', 'EU Special Representative Miroslav Lajčák', 'Lajčák'),
      E('third round of talks on the normalisation of relations', ['third round of talks'], '2024-05-30'),
    ],
    relations: [
      ...took('third round of talks on the normalisation of relations', 'Miroslav Lajčák'),
      ...inv('third round of talks on the normalisation of relations', 'Serbia', 'Kosovo'),
    ],
  },
  {
    id: 'dinner-hosted-by-passive',
    form: 'passive meal: "a state banquet was given in honour of X by Y"',
    date: '2024-10-23',
    text: 'In the evening, a state banquet was given by King Charles III in honour of President Bola Tinubu at Buckingham Palace.',
    entities: [
      P('Charles III', 'King Charles III'),
      P('Bola Tinubu', 'President Bola Tinubu', 'Tinubu'),
      E('state banquet at Buckingham Palace', ['state banquet']),
    ],
    relations: [...took('state banquet at Buckingham Palace', 'Charles III', 'Bola Tinubu')],
  },
  {
    id: 'talks-between-two-presidents-adj',
    form: '"Ukrainian-Polish talks" (adjective pair), "took part"',
    date: '2024-07-08',
    text: 'Ukrainian-Polish talks took place in Warsaw on 8 July 2024. President Volodymyr Zelenskyy and Prime Minister Donald Tusk took part.',
    entities: [
      P('Volodymyr Zelenskyy', 'President Volodymyr Zelenskyy', 'Zelenskyy'),
      P('Donald Tusk', 'Prime Minister Donald Tusk', 'Tusk'),
      S('Ukraine', 'Ukrainian'),
      S('Poland', 'Polish'),
      E('Ukrainian-Polish talks in Warsaw', ['Ukrainian-Polish talks'], '2024-07-08'),
    ],
    relations: [...took('Ukrainian-Polish talks in Warsaw', 'Volodymyr Zelenskyy', 'Donald Tusk')],
  },
  {
    id: 'videolink-meeting',
    form: '"held talks via videolink" and "met virtually"',
    date: '2022-06-15',
    text: 'Prime Minister Jacinda Ardern held talks via videolink with Prime Minister Fiamē Naomi Mataʻafa of Samoa.',
    entities: [
      P('Jacinda Ardern', 'Prime Minister Jacinda Ardern', 'Ardern'),
      P('Fiamē Naomi Mataʻafa', 'Prime Minister Fiamē Naomi Mataʻafa'),
      S('Samoa'),
      E('Ardern-Mataʻafa talks via videolink', ['talks']),
    ],
    relations: [...took('Ardern-Mataʻafa talks via videolink', 'Jacinda Ardern', 'Fiamē Naomi Mataʻafa')],
  },
  {
    id: 'sanctions-violations-war',
    form: '"Russia\'s war of aggression against Ukraine" as topic',
    date: '2024-06-27',
    text: 'The Prime Minister met the President of the European Commission, Ursula von der Leyen, in Brussels. They discussed Russia’s war of aggression against Ukraine and enlargement.',
    source: 'Government of Ireland',
    entities: [
      P('Ursula von der Leyen', 'von der Leyen'),
      O('European Commission'),
      S('Russia'),
      S('Ukraine'),
      E('meeting with Ursula von der Leyen in Brussels'),
      E('Russia’s war of aggression against Ukraine', ['war of aggression against Ukraine']),
    ],
    relations: [
      ...took('meeting with Ursula von der Leyen in Brussels', 'Ursula von der Leyen'),
      ...dis('meeting with Ursula von der Leyen in Brussels', 'Russia’s war of aggression against Ukraine'),
      ...inv('Russia’s war of aggression against Ukraine', 'Russia', 'Ukraine'),
    ],
  },
];
