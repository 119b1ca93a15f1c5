// The off28 offices bank (issue 6, constructions 2–4): a third blind bank on offices (Office entities, HOLDS_OFFICE,
// OFFICE_OF, and NEGOTIATES_FOR where the passage gives a side), written before any rule was changed for it and before
// the extractor was run on it, on the forms earlier rounds left open: plural titles followed by their holders' names
// ("The Co-Princes, A and B", "The Captains Regent, A and B", "The Presidents of the two countries, A and B", "the
// Foreign Ministers of X and Y, A and B", "The Foreign Ministers, A and B, signed", "its co-chairs, the Foreign
// Ministers of X and Y, A and B", "The Special Representatives of X and Y …, A and B", "Presidents A of X, B of Y and C
// of Z", "The two prime ministers, A and B", "The members of the Presidency of X, A, B and C", "the ministers of foreign
// affairs, A (X), B (Y) and C (Z)", "The chief negotiators, A for X and B for Y", "The leaders of X and Y, Prime
// Minister A and President B"); titles stacked with commas or a dash before the name ("First Deputy Prime Minister,
// Minister of Foreign Affairs, A", "Deputy Prime Minister – Minister of Foreign Affairs of X A", "The Prime Minister,
// Minister for Foreign Affairs and Trade, A", "who is also Minister for Foreign Affairs"); royal, princely and collegial
// heads ("His Majesty King A", "His Highness the Amir Sheikh A", "the Emir of X, Sheikh B", "His Royal Highness Prince
// A, the Crown Prince and Prime Minister", "President His Highness Sheikh A", "His Majesty Sultan Haji A", "King A of
// X"); religious titles (the Archbishop of Canterbury, the Moderator of the Church of Scotland, a Patriarch, the
// Cardinal Secretary of State); titles in relative clauses and possessives ("who is the Secretary-General's Personal
// Envoy for X", "who is X's Special Envoy for …", "her special envoy, Mr A, Minister for …", "his counterpart, Minister
// B of X", "his Danish counterpart, B", "X's Minister of …, A, and his Y counterpart, Minister B"); titles after the
// name in parentheses ("A (President, X)", "A (Deputy Prime Minister, Minister of Foreign Affairs of X)"), after a
// dash, in lines and between em dashes, and in lowercase. Negatives: a plural or generic title with no holder ("the
// foreign ministers of the Nordic and Baltic countries", "each party will appoint a special envoy", "the ambassadors
// of the EU member states", "The two presidents were not present"), another person's title next to the name ("President
// A's spokesperson, B"), a counterpart with no title of his own; a former office counts (GUIDE, "Past offices count
// too").
// House styles used, none used by bank-offices.ts or bank-offices-2.ts: the Govern d'Andorra, San Marino's Segreteria
// di Stato per gli Affari Esteri, the Press Service of the President of Uzbekistan, Armenia's MFA, the Hellenic MFA, the
// Permanent Mission of France to the UN, the Embassy of India in Beijing, Brazil's Planalto, the Government Offices of
// Sweden, the Presidency of Bosnia and Herzegovina, Romania's MFA, the Mission of Switzerland to the EU, Malaysia's
// Prime Minister's Department, Serbia's MFA, Poland's MFA, Kazinform, Ukraine's Ministry of Economy, Samoa's MFAT,
// Qatar's MFA, the Fijian Government, the Royal Household, KUNA, the Bahrain News Agency, WAM, Brunei's Prime
// Minister's Office, the Royal Court of Spain, Lambeth Palace, the Basilica News Agency, the Holy See Press Office, the
// UN Spokesperson, Pakistan's MFA, Tanzania's State House, the Philippine DFA, Norway's Prime Minister's Office,
// Lithuania's Ministry of National Defence, the Presidency of Angola, the Council of Europe Newsroom, Moldova's MFA,
// Latvia's MFA, Ukraine's Ministry of Finance, Anadolu Agency, the Government of Iceland, South Africa's Presidency,
// Kenya's MFA, the AU Peace and Security Department and Georgia's MFA.
// Facts follow ../shared/eval/GUIDE.md and the offices banks before it: a bare title is completed with its state (the
// local cue's: "of X", a pair of states in order, a parenthesis, a demonym, a possessive; the issuer's only when
// nothing else is told); one office per (title, state), shared by every holder of a plural title; honorifics and royal
// styles dropped. `Type|name` asks for an entity of that type with that name or alias; relation facts are
// `TYPE|from|to`; `absent` facts must not come out (`*` matches anything). Scored by `bank.ts` (`npm run bank --
// offices-3`).
// 46 passages (23 of two or three sentences or lines, one of them participant lines after a dash), 412 expected facts
// (Person 96, Office 102, HOLDS_OFFICE 106, OFFICE_OF 100, NEGOTIATES_FOR 8), 111 absent checks; the Person and Office
// facts are those each HOLDS_OFFICE fact names (`withOfficeEntities`, bank.ts).
import { withOfficeEntities, type BankCase } from './bank.ts';

type OfficeCase = BankCase & { form: string };

/** Each case's `form` names the construction it tests. */
const CASES: OfficeCase[] = [
  // Plural titles followed by their holders' names.
  {
    id: 'plural.co-princes-comma-names-and-head-of-government',
    form: '"The Co-Princes, A and B, presided over … with the Head of Government, C." (a plural collegial title, one office for both holders)',
    source: "Govern d'Andorra",
    text: 'The Co-Princes, Emmanuel Macron and Joan-Enric Vives, presided over the ceremony at Casa de la Vall on 13 September 2019, with the Head of Government, Xavier Espot Zamora. It was the first visit of a French Co-Prince to Andorra in a decade.',
    facts: [
      'HOLDS_OFFICE|Emmanuel Macron|Co-Prince of Andorra',
      'HOLDS_OFFICE|Joan-Enric Vives|Co-Prince of Andorra',
      'OFFICE_OF|Co-Prince of Andorra|Andorra',
      'HOLDS_OFFICE|Xavier Espot Zamora|Head of Government of Andorra',
      'OFFICE_OF|Head of Government of Andorra|Andorra',
    ],
    absent: [
      'Person|Emmanuel Macron and Joan-Enric Vives',
      'HOLDS_OFFICE|Emmanuel Macron|Head of Government of Andorra',
      'OFFICE_OF|Co-Prince of Andorra|France',
    ],
  },
  {
    id: 'plural.captains-regent-comma-names-receive-secretary-of-state',
    form: '"The Captains Regent, A and B, received the Secretary of State for Foreign Affairs, C, at the Palazzo Pubblico …" (a collegial head of state in the plural)',
    source: 'Segreteria di Stato per gli Affari Esteri, Repubblica di San Marino',
    text: 'The Captains Regent, Alessandro Rossi and Milena Gasperoni, received the Secretary of State for Foreign Affairs, Luca Beccari, at the Palazzo Pubblico on 15 May 2024. The Secretary of State reported on the association agreement with the European Union.',
    facts: [
      'HOLDS_OFFICE|Alessandro Rossi|Captain Regent of San Marino',
      'HOLDS_OFFICE|Milena Gasperoni|Captain Regent of San Marino',
      'OFFICE_OF|Captain Regent of San Marino|San Marino',
      'HOLDS_OFFICE|Luca Beccari|Secretary of State for Foreign Affairs of San Marino',
      'OFFICE_OF|Secretary of State for Foreign Affairs of San Marino|San Marino',
    ],
    absent: ['Person|Alessandro Rossi and Milena Gasperoni', 'OFFICE_OF|Captain Regent of San Marino|European Union'],
  },
  {
    id: 'plural.presidents-of-the-two-countries-names-states-told-before',
    form: '"X and Y raised their relations … . The Presidents of the two countries, A and B, signed the Treaty …" (each name the state of its rank in the pair told before)',
    source: 'Press Service of the President of the Republic of Uzbekistan',
    text: 'Uzbekistan and Azerbaijan raised their relations to an alliance in Tashkent on 22 August 2024. The Presidents of the two countries, Shavkat Mirziyoyev and Ilham Aliyev, signed the Treaty on Allied Relations and chaired the first meeting of the Supreme Interstate Council.',
    facts: [
      'HOLDS_OFFICE|Shavkat Mirziyoyev|President of Uzbekistan',
      'OFFICE_OF|President of Uzbekistan|Uzbekistan',
      'HOLDS_OFFICE|Ilham Aliyev|President of Azerbaijan',
      'OFFICE_OF|President of Azerbaijan|Azerbaijan',
    ],
    absent: [
      'HOLDS_OFFICE|Ilham Aliyev|President of Uzbekistan',
      'HOLDS_OFFICE|Shavkat Mirziyoyev|President of Azerbaijan',
      'Person|Shavkat Mirziyoyev and Ilham Aliyev',
    ],
  },
  {
    id: 'plural.foreign-ministers-of-x-and-y-comma-names-initialled',
    form: '"the Foreign Ministers of X and Y, A and B, initialled the text of the Agreement …" (respectively)',
    source: 'Ministry of Foreign Affairs of the Republic of Armenia',
    text: 'In Washington on 8 August 2025, the Foreign Ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, initialled the text of the Agreement on the Establishment of Peace and Interstate Relations.',
    facts: [
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Armenia',
      'OFFICE_OF|Foreign Minister of Armenia|Armenia',
      'HOLDS_OFFICE|Jeyhun Bayramov|Foreign Minister of Azerbaijan',
      'OFFICE_OF|Foreign Minister of Azerbaijan|Azerbaijan',
    ],
    absent: [
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Azerbaijan',
      'HOLDS_OFFICE|Jeyhun Bayramov|Foreign Minister of Armenia',
    ],
  },
  {
    id: 'plural.the-foreign-ministers-comma-names-signed-states-told-before',
    form: '"X and Y signed the agreement on … in City on Date. The Foreign Ministers, A and B, signed it after …" (a bare plural title, the states of the pair in order; no side word, no NEGOTIATES_FOR)',
    source: 'Hellenic Republic, Ministry of Foreign Affairs',
    text: 'Greece and Egypt signed the agreement on the delimitation of their exclusive economic zones in Cairo on 6 August 2020. The Foreign Ministers, Nikos Dendias and Sameh Shoukry, signed it after a meeting of the two delegations.',
    facts: [
      'HOLDS_OFFICE|Nikos Dendias|Foreign Minister of Greece',
      'OFFICE_OF|Foreign Minister of Greece|Greece',
      'HOLDS_OFFICE|Sameh Shoukry|Foreign Minister of Egypt',
      'OFFICE_OF|Foreign Minister of Egypt|Egypt',
    ],
    absent: [
      'HOLDS_OFFICE|Sameh Shoukry|Foreign Minister of Greece',
      'HOLDS_OFFICE|Nikos Dendias|Foreign Minister of Egypt',
      'NEGOTIATES_FOR|Nikos Dendias|*',
    ],
  },
  {
    id: 'plural.co-chairs-the-foreign-ministers-of-x-and-y-names',
    form: '"… opened by its co-chairs, the Foreign Ministers of X and Y, A and B." (two plural heads, the second with the states)',
    source: 'Permanent Mission of France to the United Nations in New York',
    text: 'The high-level conference on the peaceful settlement of the question of Palestine was opened in New York on 28 July 2025 by its co-chairs, the Foreign Ministers of Saudi Arabia and France, Prince Faisal bin Farhan Al Saud and Jean-Noël Barrot.',
    facts: [
      'HOLDS_OFFICE|Faisal bin Farhan Al Saud|Foreign Minister of Saudi Arabia',
      'OFFICE_OF|Foreign Minister of Saudi Arabia|Saudi Arabia',
      'HOLDS_OFFICE|Jean-Noël Barrot|Foreign Minister of France',
      'OFFICE_OF|Foreign Minister of France|France',
    ],
    absent: [
      'HOLDS_OFFICE|Jean-Noël Barrot|Foreign Minister of Saudi Arabia',
      'HOLDS_OFFICE|Faisal bin Farhan Al Saud|Foreign Minister of France',
    ],
  },
  {
    id: 'plural.special-representatives-of-x-and-y-names-negotiate',
    form: '"The Special Representatives of X and Y on the boundary question, A and B, held their 23rd meeting …" (each holds the office and negotiates for his own state)',
    source: 'Embassy of India, Beijing',
    text: 'The Special Representatives of India and China on the boundary question, Ajit Doval and Wang Yi, held their 23rd meeting in Beijing on 18 December 2024. They discussed peace and tranquillity in the border areas.',
    facts: [
      'HOLDS_OFFICE|Ajit Doval|Special Representative of India',
      'OFFICE_OF|Special Representative of India|India',
      'HOLDS_OFFICE|Wang Yi|Special Representative of China',
      'OFFICE_OF|Special Representative of China|China',
      'NEGOTIATES_FOR|Ajit Doval|India',
      'NEGOTIATES_FOR|Wang Yi|China',
    ],
    absent: [
      'NEGOTIATES_FOR|Ajit Doval|China',
      'NEGOTIATES_FOR|Wang Yi|India',
      'HOLDS_OFFICE|Wang Yi|Special Representative of India',
    ],
  },
  {
    id: 'plural.presidents-a-of-x-b-of-y-and-c-of-z-joined-host',
    form: '"Presidents A of X, B of Y and C of Z joined President D in City for …" (a plural title, each name with its own "of X")',
    source: 'Presidência da República (Planalto)',
    text: 'Presidents Luis Arce of Bolivia, Gustavo Petro of Colombia and Dina Boluarte of Peru joined President Luiz Inácio Lula da Silva in Belém on 8 August 2023 for the Amazon Summit.',
    facts: [
      'HOLDS_OFFICE|Luis Arce|President of Bolivia',
      'OFFICE_OF|President of Bolivia|Bolivia',
      'HOLDS_OFFICE|Gustavo Petro|President of Colombia',
      'OFFICE_OF|President of Colombia|Colombia',
      'HOLDS_OFFICE|Dina Boluarte|President of Peru',
      'OFFICE_OF|President of Peru|Peru',
      'HOLDS_OFFICE|Luiz Inácio Lula da Silva|President of Brazil',
      'OFFICE_OF|President of Brazil|Brazil',
    ],
    absent: [
      'HOLDS_OFFICE|Luis Arce|President of Brazil',
      'HOLDS_OFFICE|Gustavo Petro|President of Brazil',
      'HOLDS_OFFICE|Dina Boluarte|President of Brazil',
      'Person|Presidents Luis Arce',
    ],
  },
  {
    id: 'plural.the-two-prime-ministers-comma-names-states-told-before',
    form: '"Prime Minister A hosted B for talks on … between X and Y. The two prime ministers, A and B, also …" (a bare plural title, the visitor\'s state from the pair)',
    source: 'Government Offices of Sweden (Regeringskansliet)',
    text: 'Prime Minister Ulf Kristersson hosted Petteri Orpo at Harpsund on 14 August 2023 for talks on defence cooperation between Sweden and Finland. The two prime ministers, Ulf Kristersson and Petteri Orpo, also discussed the accession process to NATO.',
    facts: [
      'HOLDS_OFFICE|Ulf Kristersson|Prime Minister of Sweden',
      'OFFICE_OF|Prime Minister of Sweden|Sweden',
      'HOLDS_OFFICE|Petteri Orpo|Prime Minister of Finland',
      'OFFICE_OF|Prime Minister of Finland|Finland',
    ],
    absent: ['HOLDS_OFFICE|Petteri Orpo|Prime Minister of Sweden'],
  },
  {
    id: 'plural.members-of-the-presidency-names-collegial',
    form: '"The members of the Presidency of X, A, B and C, met in City and agreed …" (a collegial head: one office, three holders)',
    source: 'Presidency of Bosnia and Herzegovina',
    text: 'The members of the Presidency of Bosnia and Herzegovina, Denis Bećirović, Željko Komšić and Željka Cvijanović, met in Sarajevo on 12 December 2023 and welcomed the decision of the European Council to open accession negotiations once the criteria are met.',
    facts: [
      'HOLDS_OFFICE|Denis Bećirović|Member of the Presidency of Bosnia and Herzegovina',
      'HOLDS_OFFICE|Željko Komšić|Member of the Presidency of Bosnia and Herzegovina',
      'HOLDS_OFFICE|Željka Cvijanović|Member of the Presidency of Bosnia and Herzegovina',
      'OFFICE_OF|Member of the Presidency of Bosnia and Herzegovina|Bosnia and Herzegovina',
    ],
    absent: ['HOLDS_OFFICE|*|President of Bosnia and Herzegovina', 'Person|Denis Bećirović, Željko Komšić'],
  },
  {
    id: 'plural.ministers-of-foreign-affairs-names-each-with-parenthesis-state',
    form: '"the ministers of foreign affairs, A (X), B (Y) and C (Z), met in City" (a lowercase plural title, each state in parentheses)',
    source: 'Ministry of Foreign Affairs of Romania',
    text: 'The trilateral format on security in the Black Sea region met in Bucharest on 12 September 2023. Taking part were the ministers of foreign affairs, Luminița Odobescu (Romania), Nicu Popescu (Republic of Moldova) and Dmytro Kuleba (Ukraine).',
    facts: [
      'HOLDS_OFFICE|Luminița Odobescu|Minister of Foreign Affairs of Romania',
      'OFFICE_OF|Minister of Foreign Affairs of Romania|Romania',
      'HOLDS_OFFICE|Nicu Popescu|Minister of Foreign Affairs of Moldova',
      'OFFICE_OF|Minister of Foreign Affairs of Moldova|Moldova',
      'HOLDS_OFFICE|Dmytro Kuleba|Minister of Foreign Affairs of Ukraine',
      'OFFICE_OF|Minister of Foreign Affairs of Ukraine|Ukraine',
    ],
    absent: [
      'HOLDS_OFFICE|Dmytro Kuleba|Minister of Foreign Affairs of Romania',
      'HOLDS_OFFICE|Nicu Popescu|Minister of Foreign Affairs of Romania',
    ],
  },
  {
    id: 'plural.chief-negotiators-comma-names-for-sides',
    form: '"The chief negotiators, A for X and B for Y, closed the last round …" (a plural title, each holder with his side)',
    source: 'Mission of Switzerland to the European Union',
    text: 'The chief negotiators, Patric Franzen for Switzerland and Richard Szostak for the European Union, closed the last round of talks on the package in Brussels on 20 December 2024.',
    facts: [
      'HOLDS_OFFICE|Patric Franzen|Chief Negotiator of Switzerland',
      'OFFICE_OF|Chief Negotiator of Switzerland|Switzerland',
      'HOLDS_OFFICE|Richard Szostak|Chief Negotiator of the European Union',
      'OFFICE_OF|Chief Negotiator of the European Union|European Union',
      'NEGOTIATES_FOR|Patric Franzen|Switzerland',
      'NEGOTIATES_FOR|Richard Szostak|European Union',
    ],
    absent: [
      'NEGOTIATES_FOR|Patric Franzen|European Union',
      'NEGOTIATES_FOR|Richard Szostak|Switzerland',
      'HOLDS_OFFICE|Richard Szostak|Chief Negotiator of Switzerland',
    ],
  },
  {
    id: 'plural.leaders-of-x-and-y-names-witnessed',
    form: '"The leaders of X and Y, Prime Minister A and President B, witnessed the exchange of …" (a plural head then titled names in the order of the states)',
    source: 'Prime Minister’s Department, Malaysia',
    text: 'The leaders of Malaysia and Indonesia, Prime Minister Anwar Ibrahim and President Joko Widodo, witnessed the exchange of three border treaties in Jakarta on 8 June 2023.',
    facts: [
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Malaysia',
      'OFFICE_OF|Prime Minister of Malaysia|Malaysia',
      'HOLDS_OFFICE|Joko Widodo|President of Indonesia',
      'OFFICE_OF|President of Indonesia|Indonesia',
    ],
    absent: [
      'HOLDS_OFFICE|Joko Widodo|President of Malaysia',
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Indonesia',
    ],
  },
  // Titles stacked with commas (or a dash) before the name.
  {
    id: 'stack.first-deputy-pm-comma-minister-comma-name-received-ambassador',
    form: '"First Deputy Prime Minister, Minister of Foreign Affairs, A, received the Ambassador of X, B" (a comma stack before the name, both the issuer\'s)',
    source: 'Ministry of Foreign Affairs of the Republic of Serbia',
    text: 'First Deputy Prime Minister, Minister of Foreign Affairs, Ivica Dačić, received the Ambassador of Hungary, József Zoltán Magyar, in Belgrade on 9 March 2023.',
    facts: [
      'HOLDS_OFFICE|Ivica Dačić|First Deputy Prime Minister of Serbia',
      'OFFICE_OF|First Deputy Prime Minister of Serbia|Serbia',
      'HOLDS_OFFICE|Ivica Dačić|Minister of Foreign Affairs of Serbia',
      'OFFICE_OF|Minister of Foreign Affairs of Serbia|Serbia',
      'HOLDS_OFFICE|József Zoltán Magyar|Ambassador of Hungary',
      'OFFICE_OF|Ambassador of Hungary|Hungary',
    ],
    absent: [
      'HOLDS_OFFICE|József Zoltán Magyar|Minister of Foreign Affairs of Serbia',
      'OFFICE_OF|Ambassador of Hungary|Serbia',
    ],
  },
  {
    id: 'stack.deputy-pm-comma-minister-no-comma-name-met-fm-of-x',
    form: '"Deputy Prime Minister, Minister of Foreign Affairs A met the Minister of Foreign Affairs of X, B, in City" (a stack with no comma before the name)',
    source: 'Ministry of Foreign Affairs of the Republic of Poland',
    text: 'Deputy Prime Minister, Minister of Foreign Affairs Radosław Sikorski met the Minister of Foreign Affairs of Lithuania, Kęstutis Budrys, in Vilnius on 4 September 2025. They discussed the protection of the Suwałki Gap.',
    facts: [
      'HOLDS_OFFICE|Radosław Sikorski|Deputy Prime Minister of Poland',
      'OFFICE_OF|Deputy Prime Minister of Poland|Poland',
      'HOLDS_OFFICE|Radosław Sikorski|Minister of Foreign Affairs of Poland',
      'OFFICE_OF|Minister of Foreign Affairs of Poland|Poland',
      'HOLDS_OFFICE|Kęstutis Budrys|Minister of Foreign Affairs of Lithuania',
      'OFFICE_OF|Minister of Foreign Affairs of Lithuania|Lithuania',
    ],
    absent: [
      'HOLDS_OFFICE|Radosław Sikorski|Minister of Foreign Affairs of Lithuania',
      'HOLDS_OFFICE|Kęstutis Budrys|Deputy Prime Minister of Poland',
    ],
  },
  {
    id: 'stack.deputy-pm-dash-minister-of-x-name',
    form: '"Deputy Prime Minister – Minister of Foreign Affairs of X A held talks with …" (a dash joining two titles, "of X" for both, no comma before the name)',
    source: 'Kazinform International News Agency',
    text: 'ASTANA. KAZINFORM – Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held talks with the Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov in Astana on 14 November 2023.',
    facts: [
      'HOLDS_OFFICE|Murat Nurtleu|Deputy Prime Minister of Kazakhstan',
      'OFFICE_OF|Deputy Prime Minister of Kazakhstan|Kazakhstan',
      'HOLDS_OFFICE|Murat Nurtleu|Minister of Foreign Affairs of Kazakhstan',
      'OFFICE_OF|Minister of Foreign Affairs of Kazakhstan|Kazakhstan',
      'HOLDS_OFFICE|Jeyhun Bayramov|Minister of Foreign Affairs of Azerbaijan',
      'OFFICE_OF|Minister of Foreign Affairs of Azerbaijan|Azerbaijan',
    ],
    absent: [
      'HOLDS_OFFICE|Jeyhun Bayramov|Minister of Foreign Affairs of Kazakhstan',
      'Person|Kazakhstan Murat Nurtleu',
    ],
  },
  {
    id: 'stack.first-deputy-pm-dash-minister-of-economy-signed-on-behalf',
    form: '"First Deputy Prime Minister – Minister of Economy of X A and Secretary of the Treasury B signed … on behalf of the two countries" (a dash stack; "on behalf of the two countries" respectively)',
    source: 'Ministry of Economy of Ukraine',
    text: 'First Deputy Prime Minister – Minister of Economy of Ukraine Yulia Svyrydenko and Secretary of the Treasury Scott Bessent signed the Agreement on the Establishment of the United States–Ukraine Reconstruction Investment Fund in Washington on 30 April 2025. They signed it on behalf of Ukraine and the United States respectively.',
    facts: [
      'HOLDS_OFFICE|Yulia Svyrydenko|First Deputy Prime Minister of Ukraine',
      'OFFICE_OF|First Deputy Prime Minister of Ukraine|Ukraine',
      'HOLDS_OFFICE|Yulia Svyrydenko|Minister of Economy of Ukraine',
      'OFFICE_OF|Minister of Economy of Ukraine|Ukraine',
      'HOLDS_OFFICE|Scott Bessent|Secretary of the Treasury of the United States',
      'OFFICE_OF|Secretary of the Treasury of the United States|United States',
      'NEGOTIATES_FOR|Yulia Svyrydenko|Ukraine',
      'NEGOTIATES_FOR|Scott Bessent|United States',
    ],
    absent: [
      'HOLDS_OFFICE|Scott Bessent|Secretary of the Treasury of Ukraine',
      'NEGOTIATES_FOR|Scott Bessent|Ukraine',
      'NEGOTIATES_FOR|Yulia Svyrydenko|United States',
    ],
  },
  {
    id: 'stack.pm-comma-minister-for-foreign-affairs-and-trade-comma-name-received-pm-of-x',
    form: '"The Prime Minister, Minister for Foreign Affairs and Trade, A, received the Prime Minister of X, B, in City" (a comma stack whose second title has "and" inside)',
    source: 'Ministry of Foreign Affairs and Trade, Samoa',
    text: 'The Prime Minister, Minister for Foreign Affairs and Trade, Fiamē Naomi Mataʻafa, received the Prime Minister of New Zealand, Christopher Luxon, in Apia on 24 October 2024, on the eve of the Commonwealth Heads of Government Meeting.',
    facts: [
      'HOLDS_OFFICE|Fiamē Naomi Mataʻafa|Prime Minister of Samoa',
      'OFFICE_OF|Prime Minister of Samoa|Samoa',
      'HOLDS_OFFICE|Fiamē Naomi Mataʻafa|Minister for Foreign Affairs and Trade of Samoa',
      'OFFICE_OF|Minister for Foreign Affairs and Trade of Samoa|Samoa',
      'HOLDS_OFFICE|Christopher Luxon|Prime Minister of New Zealand',
      'OFFICE_OF|Prime Minister of New Zealand|New Zealand',
    ],
    absent: ['HOLDS_OFFICE|Christopher Luxon|Prime Minister of Samoa', 'Person|Trade'],
  },
  {
    id: 'stack.pm-and-minister-of-x-comma-sheikh-name-announced',
    form: '"the Prime Minister and Minister of Foreign Affairs of X, Sheikh A, announced … with the US Special Envoy for the Middle East, B" (an "and" stack with "of X" for both; an honorific before the name)',
    source: 'Ministry of Foreign Affairs of the State of Qatar',
    text: 'In Doha on 15 January 2025, the Prime Minister and Minister of Foreign Affairs of Qatar, Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani, announced the agreement on a ceasefire in Gaza. He was joined by the US Special Envoy for the Middle East, Steve Witkoff.',
    facts: [
      'HOLDS_OFFICE|Mohammed bin Abdulrahman bin Jassim Al Thani|Prime Minister of Qatar',
      'OFFICE_OF|Prime Minister of Qatar|Qatar',
      'HOLDS_OFFICE|Mohammed bin Abdulrahman bin Jassim Al Thani|Minister of Foreign Affairs of Qatar',
      'OFFICE_OF|Minister of Foreign Affairs of Qatar|Qatar',
      'HOLDS_OFFICE|Steve Witkoff|Special Envoy for the Middle East of the United States',
      'OFFICE_OF|Special Envoy for the Middle East of the United States|United States',
    ],
    absent: ['HOLDS_OFFICE|Steve Witkoff|Special Envoy for the Middle East of Qatar', 'Person|Sheikh Mohammed'],
  },
  {
    id: 'stack.who-is-also-minister-for-foreign-affairs',
    form: '"Prime Minister A, who is also Minister for Foreign Affairs, met the Prime Minister of X, B, …" (a second office in a relative clause)',
    source: 'Fijian Government',
    text: 'Prime Minister Sitiveni Rabuka, who is also Minister for Foreign Affairs, met the Prime Minister of Tuvalu, Feleti Teo, on the margins of the Pacific Islands Forum Leaders Meeting in Nukuʻalofa on 27 August 2024.',
    facts: [
      'HOLDS_OFFICE|Sitiveni Rabuka|Prime Minister of Fiji',
      'OFFICE_OF|Prime Minister of Fiji|Fiji',
      'HOLDS_OFFICE|Sitiveni Rabuka|Minister for Foreign Affairs of Fiji',
      'OFFICE_OF|Minister for Foreign Affairs of Fiji|Fiji',
      'HOLDS_OFFICE|Feleti Teo|Prime Minister of Tuvalu',
      'OFFICE_OF|Prime Minister of Tuvalu|Tuvalu',
    ],
    absent: [
      'HOLDS_OFFICE|Feleti Teo|Minister for Foreign Affairs of Fiji',
      'HOLDS_OFFICE|Feleti Teo|Prime Minister of Fiji',
    ],
  },
  // Royal, princely and collegial heads.
  {
    id: 'royal.his-majesty-king-name-welcomed-president-of-x-comma-name',
    form: '"His Majesty King A welcomed the President of X, B, at … at the start of a State Visit" (a royal style before a regnal name; the issuer\'s monarch)',
    source: 'The Royal Household (royal.uk)',
    text: 'His Majesty King Charles III welcomed the President of the Republic of Korea, Yoon Suk Yeol, at Horse Guards Parade on 21 November 2023 at the start of a State Visit. The King later hosted a State Banquet at Buckingham Palace.',
    facts: [
      'HOLDS_OFFICE|Charles III|King of the United Kingdom',
      'OFFICE_OF|King of the United Kingdom|United Kingdom',
      'HOLDS_OFFICE|Yoon Suk Yeol|President of the Republic of Korea',
      'OFFICE_OF|President of the Republic of Korea|South Korea',
    ],
    absent: [
      'HOLDS_OFFICE|Yoon Suk Yeol|King of the United Kingdom',
      'Person|His Majesty King Charles III',
      'Person|King Charles',
    ],
  },
  {
    id: 'royal.amir-highness-sheikh-received-emir-of-x-comma-sheikh',
    form: '"His Highness the Amir Sheikh A received … the Emir of X, Sheikh B" (the issuer\'s Amir by style; the visitor\'s "Emir of X" before his name)',
    source: 'Kuwait News Agency (KUNA)',
    text: 'KUWAIT, Jan 23 (KUNA) – His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received at Bayan Palace on Tuesday the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and his accompanying delegation.',
    facts: [
      'HOLDS_OFFICE|Meshal Al-Ahmad Al-Jaber Al-Sabah|Amir of Kuwait',
      'OFFICE_OF|Amir of Kuwait|Kuwait',
      'HOLDS_OFFICE|Tamim bin Hamad Al Thani|Emir of Qatar',
      'OFFICE_OF|Emir of Qatar|Qatar',
    ],
    absent: [
      'HOLDS_OFFICE|Tamim bin Hamad Al Thani|Amir of Kuwait',
      'OFFICE_OF|Emir of Qatar|Kuwait',
      'Person|Amir Sheikh Meshal',
    ],
  },
  {
    id: 'royal.hrh-prince-name-comma-crown-prince-and-prime-minister',
    form: '"His Royal Highness Prince A, the Crown Prince and Prime Minister, received the British Foreign Secretary, B" (an "and" stack after a princely name; a demonym for the visitor)',
    source: 'Bahrain News Agency',
    text: 'Manama, Oct. 24 (BNA) – His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, received the British Foreign Secretary, David Lammy, at Gudaibiya Palace.',
    facts: [
      'HOLDS_OFFICE|Salman bin Hamad Al Khalifa|Crown Prince of Bahrain',
      'OFFICE_OF|Crown Prince of Bahrain|Bahrain',
      'HOLDS_OFFICE|Salman bin Hamad Al Khalifa|Prime Minister of Bahrain',
      'OFFICE_OF|Prime Minister of Bahrain|Bahrain',
      'HOLDS_OFFICE|David Lammy|Foreign Secretary of the United Kingdom',
      'OFFICE_OF|Foreign Secretary of the United Kingdom|United Kingdom',
    ],
    absent: [
      'HOLDS_OFFICE|David Lammy|Foreign Secretary of Bahrain',
      'HOLDS_OFFICE|David Lammy|Prime Minister of Bahrain',
    ],
  },
  {
    id: 'royal.president-his-highness-sheikh-name-received-pm-a-of-x',
    form: '"President His Highness Sheikh A received Prime Minister B of X at …" (an honorific chain between the title and the name)',
    source: 'Emirates News Agency (WAM)',
    text: 'ABU DHABI, 13th February, 2024 (WAM) – President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Prime Minister Narendra Modi of India at Qasr Al Watan in Abu Dhabi.',
    facts: [
      'HOLDS_OFFICE|Mohamed bin Zayed Al Nahyan|President of the United Arab Emirates',
      'OFFICE_OF|President of the United Arab Emirates|United Arab Emirates',
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of India',
      'OFFICE_OF|Prime Minister of India|India',
    ],
    absent: ['HOLDS_OFFICE|Narendra Modi|President of the United Arab Emirates', 'Person|His Highness Sheikh Mohamed'],
  },
  {
    id: 'royal.his-majesty-sultan-name-received-pm-of-x',
    form: '"His Majesty Sultan Haji A received the Prime Minister of X, B, at … . The Prime Minister was on his introductory visit …" (a sultan\'s style and title before the name)',
    source: 'Prime Minister’s Office, Brunei Darussalam',
    text: 'His Majesty Sultan Haji Hassanal Bolkiah received the Prime Minister of Singapore, Lawrence Wong, at Istana Nurul Iman on 11 June 2024. The Prime Minister was on his introductory visit to Brunei Darussalam.',
    facts: [
      'HOLDS_OFFICE|Hassanal Bolkiah|Sultan of Brunei',
      'OFFICE_OF|Sultan of Brunei|Brunei',
      'HOLDS_OFFICE|Lawrence Wong|Prime Minister of Singapore',
      'OFFICE_OF|Prime Minister of Singapore|Singapore',
    ],
    absent: [
      'HOLDS_OFFICE|Lawrence Wong|Prime Minister of Brunei',
      'Person|Haji Hassanal Bolkiah',
      'Person|Sultan Haji',
    ],
  },
  {
    id: 'royal.the-kings-and-the-crown-prince-of-x-comma-name',
    form: '"King A of X received the Crown Prince of Y, B, … . The King and the Crown Prince …" (a regnal name with "of X"; another state\'s heir by "Crown Prince of Y")',
    source: 'Royal Court of Spain (Casa de S.M. el Rey)',
    text: 'King Felipe VI of Spain received the Crown Prince of Kuwait, Sheikh Sabah Khalid Al-Hamad Al-Sabah, at the Zarzuela Palace on 4 June 2024. The King and the Crown Prince discussed cooperation in energy and tourism.',
    facts: [
      'HOLDS_OFFICE|Felipe VI|King of Spain',
      'OFFICE_OF|King of Spain|Spain',
      'HOLDS_OFFICE|Sabah Khalid Al-Hamad Al-Sabah|Crown Prince of Kuwait',
      'OFFICE_OF|Crown Prince of Kuwait|Kuwait',
    ],
    absent: ['HOLDS_OFFICE|Sabah Khalid Al-Hamad Al-Sabah|King of Spain', 'OFFICE_OF|Crown Prince of Kuwait|Spain'],
  },
  // Religious titles.
  {
    id: 'religious.archbishop-and-moderator-with-pope-met-president',
    form: '"Pope A, the Archbishop of Canterbury, B, and the Moderator of the General Assembly of the Church of Scotland, C, met President D in City" (church offices before names in a list)',
    source: 'Lambeth Palace (The Archbishop of Canterbury)',
    text: 'Pope Francis, the Archbishop of Canterbury, Justin Welby, and the Moderator of the General Assembly of the Church of Scotland, Iain Greenshields, met President Salva Kiir Mayardit of South Sudan in Juba on 3 February 2023 at the start of their pilgrimage of peace.',
    facts: [
      'HOLDS_OFFICE|Justin Welby|Archbishop of Canterbury',
      'HOLDS_OFFICE|Iain Greenshields|Moderator of the General Assembly of the Church of Scotland',
      'HOLDS_OFFICE|Salva Kiir Mayardit|President of South Sudan',
      'OFFICE_OF|President of South Sudan|South Sudan',
    ],
    absent: [
      'HOLDS_OFFICE|Justin Welby|President of South Sudan',
      'OFFICE_OF|Archbishop of Canterbury|South Sudan',
      'OFFICE_OF|Moderator of the General Assembly of the Church of Scotland|South Sudan',
    ],
  },
  {
    id: 'religious.his-beatitude-patriarch-name-received-pm',
    form: '"His Beatitude A, Patriarch of the Romanian Orthodox Church, received Prime Minister B at the Patriarchal Residence" (a religious style, then the name and its office in apposition)',
    source: 'Basilica News Agency (Romanian Patriarchate)',
    text: 'His Beatitude Daniel, Patriarch of the Romanian Orthodox Church, received Prime Minister Marcel Ciolacu at the Patriarchal Residence in Bucharest on 21 June 2023.',
    facts: [
      'HOLDS_OFFICE|Daniel|Patriarch of the Romanian Orthodox Church',
      'OFFICE_OF|Patriarch of the Romanian Orthodox Church|Romanian Orthodox Church',
      'HOLDS_OFFICE|Marcel Ciolacu|Prime Minister of Romania',
      'OFFICE_OF|Prime Minister of Romania|Romania',
    ],
    absent: [
      'OFFICE_OF|Patriarch of the Romanian Orthodox Church|Romania',
      'HOLDS_OFFICE|Marcel Ciolacu|Patriarch of the Romanian Orthodox Church',
    ],
  },
  {
    id: 'religious.cardinal-secretary-of-state-received-fm-of-x',
    form: '"Cardinal A, Secretary of State of His Holiness, received the Minister of Foreign Affairs of X, B, …" (a cardinal\'s office "of His Holiness": the Holy See\'s)',
    source: 'Holy See Press Office (Sala Stampa)',
    text: 'Cardinal Pietro Parolin, Secretary of State of His Holiness, received the Minister of Foreign Affairs of Indonesia, Retno Marsudi, in the Apostolic Palace on 2 November 2023. They spoke of the humanitarian situation in Gaza.',
    facts: [
      'HOLDS_OFFICE|Pietro Parolin|Secretary of State of the Holy See',
      'OFFICE_OF|Secretary of State of the Holy See|Holy See',
      'HOLDS_OFFICE|Retno Marsudi|Minister of Foreign Affairs of Indonesia',
      'OFFICE_OF|Minister of Foreign Affairs of Indonesia|Indonesia',
    ],
    absent: ['HOLDS_OFFICE|Retno Marsudi|Secretary of State of the Holy See', 'Person|His Holiness'],
  },
  // Titles in relative clauses and possessives.
  {
    id: 'rel.who-is-the-secretary-generals-personal-envoy-for-x',
    form: '"A, who is the Secretary-General\'s Personal Envoy for X, met the Chairman of X\'s Transitional Sovereignty Council, B, in City" (an envoy title in a relative clause)',
    source: 'Office of the Spokesperson for the UN Secretary-General',
    text: "In Port Sudan on Monday, Ramtane Lamamra, who is the Secretary-General's Personal Envoy for Sudan, met the Chairman of Sudan's Transitional Sovereignty Council, Abdel Fattah al-Burhan. He pressed for a return to talks between the parties to the war.",
    facts: [
      'HOLDS_OFFICE|Ramtane Lamamra|Personal Envoy of the Secretary-General for Sudan',
      'OFFICE_OF|Personal Envoy of the Secretary-General for Sudan|United Nations',
      'HOLDS_OFFICE|Abdel Fattah al-Burhan|Chairman of the Transitional Sovereignty Council of Sudan',
      'OFFICE_OF|Chairman of the Transitional Sovereignty Council of Sudan|Sudan',
    ],
    absent: [
      'OFFICE_OF|Personal Envoy of the Secretary-General for Sudan|Sudan',
      'HOLDS_OFFICE|Ramtane Lamamra|Chairman of the Transitional Sovereignty Council of Sudan',
    ],
  },
  {
    id: 'rel.who-is-states-special-envoy-received-by-special-representative',
    form: "\"Special Representative for X B received A, who is Y's Special Envoy for X and Z, in City\" (a state's envoy by possessive in a relative clause; the issuer's own special representative)",
    source: 'Ministry of Foreign Affairs of Pakistan',
    text: "Special Representative for Afghanistan Mohammad Sadiq received Jasper Wieck, who is Germany's Special Envoy for Afghanistan and Pakistan, in Islamabad on 9 October 2024. They exchanged views on the situation in Afghanistan.",
    facts: [
      'HOLDS_OFFICE|Mohammad Sadiq|Special Representative for Afghanistan of Pakistan',
      'OFFICE_OF|Special Representative for Afghanistan of Pakistan|Pakistan',
      'HOLDS_OFFICE|Jasper Wieck|Special Envoy for Afghanistan and Pakistan of Germany',
      'OFFICE_OF|Special Envoy for Afghanistan and Pakistan of Germany|Germany',
    ],
    absent: [
      'OFFICE_OF|Special Envoy for Afghanistan and Pakistan of Germany|Pakistan',
      'HOLDS_OFFICE|Jasper Wieck|Special Representative for Afghanistan of Pakistan',
    ],
  },
  {
    id: 'rel.her-special-envoy-mr-name-comma-minister-with-message',
    form: '"President A has sent her special envoy, Mr B, Minister for …, to City with a message to President C of X" (a possessive envoy of a named leader; the envoy negotiates for her)',
    source: 'Ikulu, State House Tanzania',
    text: 'President Samia Suluhu Hassan has sent her special envoy, Mr January Makamba, Minister for Foreign Affairs and East African Cooperation, to Kinshasa with a message to President Félix Tshisekedi of the Democratic Republic of the Congo on the talks on the security of eastern Congo.',
    facts: [
      'HOLDS_OFFICE|Samia Suluhu Hassan|President of Tanzania',
      'OFFICE_OF|President of Tanzania|Tanzania',
      'HOLDS_OFFICE|January Makamba|Minister for Foreign Affairs and East African Cooperation of Tanzania',
      'OFFICE_OF|Minister for Foreign Affairs and East African Cooperation of Tanzania|Tanzania',
      'HOLDS_OFFICE|Félix Tshisekedi|President of the Democratic Republic of the Congo',
      'OFFICE_OF|President of the Democratic Republic of the Congo|Democratic Republic of the Congo',
      'NEGOTIATES_FOR|January Makamba|Samia Suluhu Hassan',
    ],
    absent: [
      'HOLDS_OFFICE|January Makamba|Minister for Foreign Affairs and East African Cooperation of the Democratic Republic of the Congo',
      'NEGOTIATES_FOR|January Makamba|Félix Tshisekedi',
      'Person|Mr January Makamba, Minister',
    ],
  },
  {
    id: 'rel.his-counterpart-comma-title-name-of-x',
    form: '"Secretary A met his counterpart, Minister for Foreign Affairs B of X, in City" (the counterpart\'s own title and state, never the subject\'s)',
    source: 'Department of Foreign Affairs, Republic of the Philippines',
    text: 'Foreign Affairs Secretary Enrique Manalo met his counterpart, Minister for Foreign Affairs Yoko Kamikawa of Japan, in Manila on 8 July 2024, the day the Reciprocal Access Agreement was signed.',
    facts: [
      'HOLDS_OFFICE|Enrique Manalo|Foreign Affairs Secretary of the Philippines',
      'OFFICE_OF|Foreign Affairs Secretary of the Philippines|Philippines',
      'HOLDS_OFFICE|Yoko Kamikawa|Minister for Foreign Affairs of Japan',
      'OFFICE_OF|Minister for Foreign Affairs of Japan|Japan',
    ],
    absent: [
      'HOLDS_OFFICE|Yoko Kamikawa|Foreign Affairs Secretary of the Philippines',
      'HOLDS_OFFICE|Yoko Kamikawa|Minister for Foreign Affairs of the Philippines',
    ],
  },
  {
    id: 'rel.his-demonym-counterpart-comma-name-no-title',
    form: '"Prime Minister A received his Danish counterpart, B, in City" (a counterpart with no title of his own: never the subject\'s office)',
    source: 'Office of the Prime Minister of Norway (Statsministerens kontor)',
    text: 'Prime Minister Jonas Gahr Støre received his Danish counterpart, Mette Frederiksen, in Oslo on 10 April 2024 for talks on the security of the Nordic region.',
    facts: ['HOLDS_OFFICE|Jonas Gahr Støre|Prime Minister of Norway', 'OFFICE_OF|Prime Minister of Norway|Norway'],
    absent: [
      'HOLDS_OFFICE|Mette Frederiksen|Prime Minister of Norway',
      'HOLDS_OFFICE|Jonas Gahr Støre|Prime Minister of Denmark',
    ],
  },
  {
    id: 'rel.possessive-state-title-comma-name-and-his-counterpart-title-name',
    form: '"X\'s Minister of Defence, A, and his Y counterpart, Minister B, signed …" (a possessive state\'s title; a demonym counterpart with a bare title)',
    source: 'Ministry of National Defence of Lithuania',
    text: "Lithuania's Minister of National Defence, Laurynas Kasčiūnas, and his German counterpart, Minister Boris Pistorius, signed the roadmap for the stationing of a German brigade in Lithuania in Vilnius on 18 December 2023.",
    facts: [
      'HOLDS_OFFICE|Laurynas Kasčiūnas|Minister of National Defence of Lithuania',
      'OFFICE_OF|Minister of National Defence of Lithuania|Lithuania',
      'HOLDS_OFFICE|Boris Pistorius|Minister of Germany',
      'OFFICE_OF|Minister of Germany|Germany',
    ],
    absent: [
      'HOLDS_OFFICE|Boris Pistorius|Minister of National Defence of Lithuania',
      'HOLDS_OFFICE|Boris Pistorius|Minister of Lithuania',
    ],
  },
  {
    id: 'rel.the-presidents-envoy-who-is-also-minister-negotiated',
    form: '"The President\'s envoy to the talks, A, who is also Minister of …, negotiated for X with B of Y" (an envoy of an unnamed leader: the issuer\'s state; a second office in a relative clause)',
    source: 'Presidency of the Republic of Angola',
    text: "The President's envoy to the Luanda process, Téte António, who is also Minister of External Relations, negotiated for Angola with the Rwandan and Congolese delegations in Luanda on 30 July 2024.",
    facts: [
      'HOLDS_OFFICE|Téte António|Minister of External Relations of Angola',
      'OFFICE_OF|Minister of External Relations of Angola|Angola',
      'NEGOTIATES_FOR|Téte António|Angola',
    ],
    absent: [
      'NEGOTIATES_FOR|Téte António|Rwanda',
      'HOLDS_OFFICE|Téte António|Minister of External Relations of Rwanda',
    ],
  },
  // Titles after the name: in parentheses, after a dash.
  {
    id: 'after.parenthesis-title-comma-state-signed',
    form: '"… was signed in City by A (President, X) and B (Secretary General, Council of Europe)" (a title and its state or organisation inside parentheses)',
    source: 'Council of Europe Newsroom',
    text: 'The agreement establishing the Special Tribunal for the Crime of Aggression against Ukraine was signed in Strasbourg on 25 June 2025 by Volodymyr Zelenskyy (President, Ukraine) and Alain Berset (Secretary General, Council of Europe).',
    facts: [
      'HOLDS_OFFICE|Volodymyr Zelenskyy|President of Ukraine',
      'OFFICE_OF|President of Ukraine|Ukraine',
      'HOLDS_OFFICE|Alain Berset|Secretary General of the Council of Europe',
      'OFFICE_OF|Secretary General of the Council of Europe|Council of Europe',
    ],
    absent: ['HOLDS_OFFICE|Alain Berset|Secretary General of Ukraine', 'Person|President, Ukraine'],
  },
  {
    id: 'after.parenthesis-stacked-title-of-state',
    form: '"… attended by A (Deputy Prime Minister, Minister of Foreign Affairs of X) and B (Minister of Foreign Affairs of Y)" (a comma stack inside parentheses, "of X" for both)',
    source: 'Ministry of Foreign Affairs of the Republic of Moldova',
    text: 'The Moldova Support Platform met in Chișinău on 17 September 2024. The meeting was attended by Mihai Popșoi (Deputy Prime Minister, Minister of Foreign Affairs of Moldova) and Jean-Noël Barrot (Minister of Foreign Affairs of France).',
    facts: [
      'HOLDS_OFFICE|Mihai Popșoi|Deputy Prime Minister of Moldova',
      'OFFICE_OF|Deputy Prime Minister of Moldova|Moldova',
      'HOLDS_OFFICE|Mihai Popșoi|Minister of Foreign Affairs of Moldova',
      'OFFICE_OF|Minister of Foreign Affairs of Moldova|Moldova',
      'HOLDS_OFFICE|Jean-Noël Barrot|Minister of Foreign Affairs of France',
      'OFFICE_OF|Minister of Foreign Affairs of France|France',
    ],
    absent: [
      'HOLDS_OFFICE|Jean-Noël Barrot|Minister of Foreign Affairs of Moldova',
      'HOLDS_OFFICE|Jean-Noël Barrot|Deputy Prime Minister of Moldova',
    ],
  },
  {
    id: 'after.dash-title-of-state-lines',
    form: 'Lines "A – Minister of Foreign Affairs of X" (a title after a dash, one line a person)',
    source: 'Ministry of Foreign Affairs of the Republic of Latvia',
    text: 'Baltic foreign ministers met in Riga on 3 March 2025.\nParticipants:\nMargus Tsahkna – Minister of Foreign Affairs of Estonia\nBaiba Braže – Minister of Foreign Affairs of Latvia\nKęstutis Budrys – Minister of Foreign Affairs of Lithuania',
    facts: [
      'HOLDS_OFFICE|Margus Tsahkna|Minister of Foreign Affairs of Estonia',
      'OFFICE_OF|Minister of Foreign Affairs of Estonia|Estonia',
      'HOLDS_OFFICE|Baiba Braže|Minister of Foreign Affairs of Latvia',
      'OFFICE_OF|Minister of Foreign Affairs of Latvia|Latvia',
      'HOLDS_OFFICE|Kęstutis Budrys|Minister of Foreign Affairs of Lithuania',
      'OFFICE_OF|Minister of Foreign Affairs of Lithuania|Lithuania',
    ],
    absent: [
      'HOLDS_OFFICE|Margus Tsahkna|Minister of Foreign Affairs of Latvia',
      'HOLDS_OFFICE|Kęstutis Budrys|Minister of Foreign Affairs of Latvia',
    ],
  },
  {
    id: 'after.em-dash-possessive-title-in-sentence',
    form: '"The loan agreement was signed by A — X\'s Minister of Finance — and B — President of the Z — in City" (titles between dashes after the names)',
    source: 'Ministry of Finance of Ukraine',
    text: 'The guarantee agreement was signed by Serhii Marchenko — Ukraine’s Minister of Finance — and Nadia Calviño — President of the European Investment Bank — at the Ukraine Recovery Conference in Rome on 10 July 2025.',
    facts: [
      'HOLDS_OFFICE|Serhii Marchenko|Minister of Finance of Ukraine',
      'OFFICE_OF|Minister of Finance of Ukraine|Ukraine',
      'HOLDS_OFFICE|Nadia Calviño|President of the European Investment Bank',
      'OFFICE_OF|President of the European Investment Bank|European Investment Bank',
    ],
    absent: [
      'HOLDS_OFFICE|Nadia Calviño|President of Ukraine',
      'OFFICE_OF|President of the European Investment Bank|Ukraine',
      'OFFICE_OF|President of the European Investment Bank|Italy',
    ],
  },
  {
    id: 'after.name-comma-lowercase-title-of-x-then-bare-title-next-sentence',
    form: '"A, foreign minister of X, met B in City. The foreign minister later …" (a lowercase title after a comma; the bare title again later is the same person)',
    source: 'Anadolu Agency',
    text: 'Hakan Fidan, foreign minister of Türkiye, met Giorgos Gerapetritis in Athens on 8 November 2024. The foreign minister later briefed the press on the positive agenda between Türkiye and Greece.',
    facts: ['HOLDS_OFFICE|Hakan Fidan|Foreign Minister of Türkiye', 'OFFICE_OF|Foreign Minister of Türkiye|Türkiye'],
    absent: ['HOLDS_OFFICE|Giorgos Gerapetritis|Foreign Minister of Türkiye', 'Person|foreign minister'],
  },
  // Negatives: generic titles with no holder, another person's title next to the name.
  {
    id: 'neg.generic-plural-foreign-ministers-with-no-names',
    form: '"Minister A announced that the foreign ministers of the Nordic and Baltic countries will meet in City …" (a plural title with no holder)',
    source: 'Government of Iceland (Stjórnarráð Íslands)',
    text: 'Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir announced that the foreign ministers of the Nordic and Baltic countries will meet in Reykjavík in the autumn. Each minister will present a plan on support for Ukraine.',
    facts: [
      'HOLDS_OFFICE|Þorgerður Katrín Gunnarsdóttir|Minister for Foreign Affairs of Iceland',
      'OFFICE_OF|Minister for Foreign Affairs of Iceland|Iceland',
    ],
    absent: [
      'Person|Nordic',
      'Person|Baltic',
      'Person|Each minister',
      'HOLDS_OFFICE|Þorgerður Katrín Gunnarsdóttir|Minister for Foreign Affairs of Ukraine',
    ],
  },
  {
    id: 'neg.presidents-spokesperson-not-the-president',
    form: '"President A\'s spokesperson, B, said … " (the title next to the name is another person\'s)',
    source: 'The Presidency, Republic of South Africa',
    text: "President Cyril Ramaphosa's spokesperson, Vincent Magwenya, said on Sunday that the President would travel to Washington for talks with President Donald Trump of the United States.",
    facts: [
      'HOLDS_OFFICE|Cyril Ramaphosa|President of South Africa',
      'OFFICE_OF|President of South Africa|South Africa',
      'HOLDS_OFFICE|Donald Trump|President of the United States',
      'OFFICE_OF|President of the United States|United States',
    ],
    absent: [
      'HOLDS_OFFICE|Vincent Magwenya|President of South Africa',
      'HOLDS_OFFICE|Vincent Magwenya|President of the United States',
      'HOLDS_OFFICE|Donald Trump|President of South Africa',
    ],
  },
  {
    id: 'neg.each-party-will-appoint-a-special-envoy',
    form: '"A and B signed the roadmap. Under it, each party will appoint a special envoy …" (a post not yet filled: no holder)',
    source: 'Ministry of Foreign Affairs of the Republic of Kenya',
    text: 'Cabinet Secretary Musalia Mudavadi and Foreign Minister Abdisalam Abdi Ali of Somalia signed the roadmap on border cooperation in Nairobi on 20 March 2025. Under it, each party will appoint a special envoy for the border communities.',
    facts: [
      'HOLDS_OFFICE|Musalia Mudavadi|Cabinet Secretary of Kenya',
      'OFFICE_OF|Cabinet Secretary of Kenya|Kenya',
      'HOLDS_OFFICE|Abdisalam Abdi Ali|Foreign Minister of Somalia',
      'OFFICE_OF|Foreign Minister of Somalia|Somalia',
    ],
    absent: [
      'HOLDS_OFFICE|*|Special Envoy of Kenya',
      'HOLDS_OFFICE|*|Special Envoy of Somalia',
      'HOLDS_OFFICE|Abdisalam Abdi Ali|Cabinet Secretary of Kenya',
    ],
  },
  {
    id: 'neg.the-two-presidents-no-names-and-former-president-title',
    form: '"Former President A, the AU High Representative for the Horn of Africa, opened the talks. The two presidents were not present." (a past office counts, GUIDE; a plural title with no names)',
    source: 'African Union Peace and Security Department',
    text: 'Former President Olusegun Obasanjo of Nigeria, the African Union High Representative for the Horn of Africa, opened the talks between the two parties in Pretoria on 25 October 2022. The two presidents were not present.',
    facts: [
      'HOLDS_OFFICE|Olusegun Obasanjo|President of Nigeria',
      'OFFICE_OF|President of Nigeria|Nigeria',
      'HOLDS_OFFICE|Olusegun Obasanjo|High Representative for the Horn of Africa of the African Union',
      'OFFICE_OF|High Representative for the Horn of Africa of the African Union|African Union',
    ],
    absent: [
      'OFFICE_OF|High Representative for the Horn of Africa of the African Union|Nigeria',
      'Person|two presidents',
      'HOLDS_OFFICE|*|President of South Africa',
    ],
  },
  {
    id: 'neg.plural-ambassadors-of-eu-states-and-one-named-head-of-delegation',
    form: '"The Minister briefed the ambassadors of the EU member states and the Head of the EU Delegation, A, on …" (a plural title with no holder; an organisation\'s office next to it)',
    source: 'Ministry of Foreign Affairs of Georgia',
    text: 'Minister of Foreign Affairs Maka Botchorishvili briefed the ambassadors of the EU member states and the Head of the EU Delegation, Paweł Herczyński, on the preparations for the local elections in Tbilisi on 20 March 2025.',
    facts: [
      'HOLDS_OFFICE|Maka Botchorishvili|Minister of Foreign Affairs of Georgia',
      'OFFICE_OF|Minister of Foreign Affairs of Georgia|Georgia',
      'HOLDS_OFFICE|Paweł Herczyński|Head of the EU Delegation',
      'OFFICE_OF|Head of the EU Delegation|European Union',
    ],
    absent: [
      'HOLDS_OFFICE|*|Ambassador of Georgia',
      'OFFICE_OF|Head of the EU Delegation|Georgia',
      'HOLDS_OFFICE|Paweł Herczyński|Minister of Foreign Affairs of Georgia',
    ],
  },
];

/** The bank: each case with the Person and Office entities its HOLDS_OFFICE facts name. */
export const OFFICES_3_BANK: OfficeCase[] = CASES.map(withOfficeEntities);
