// The rol27 eighteenth roles bank (issue 6): a blind bank on who negotiates for whom, written after the seventeen roles
// banks and the offices bank were fitted and before any rule was changed for it. NEGOTIATES_FOR above all (on the unseen
// outside set its F1 was 0.23, recall 0.14), with HOLDS_OFFICE and OFFICE_OF for negotiators and signatories. Forms that
// recur in readouts of any government and that the earlier banks under-cover: the side told by the issuer only ("the
// Government's chief negotiator", "led the talks", "signed on behalf of the Government", "Our team", "Our Chief
// Negotiator" in a ministry's or a newspaper's own release); sides told by a possessive or a demonym ("Australia's Trade
// Minister", "Brussels' trade chief", "Washington's special envoy", "Moscow's negotiator", "The Ethiopian negotiating
// team", "the Thai peace dialogue panel", "Fatah's delegation … that of Hamas"); negotiators told again later by surname
// or by role ("his EU counterpart", "his counterpart, the EU High Representative", "Franzen will now brief", "The
// Coordinating Minister led"); sides that are organisations or movements (the IMF's mission chief, ECOWAS's special
// envoy, the G77 and China's chair, the EU's chief negotiator at a COP, the ELN's and the BRN's negotiators, a movement
// alliance, Fatah and Hamas, a political platform, a farmers' union, Mercosur's pro tempore presidency); delegation
// tables in prose ("The Chinese side was represented by A; the US side by B, C and D", "The Azerbaijani side was
// represented by A and the Armenian side by B", "The Kyrgyz side … was headed by A, and the Tajik side by B"); talks
// told by verbs other than "negotiate" ("held talks", "held consultations", "conducted the final round", "led the talks
// for the Government", "represented X", "Tuvalu was represented at the talks by A", "handled the negotiations with");
// signatories "each for their country", "each for his country", "each on behalf of his side", "for their respective
// governments"; negatives: mediators, facilitators, chairs, hosts, observers, witnesses, co-chairs, a spokesperson, a
// moderating journalist and ministers who merely "held talks" in a bilateral visit (the GUIDE's India–Japan 2+2).
// House styles of issuers not used in roles 1–17: The Ethiopian Herald, the Government Offices of Sweden, Norway's
// Ministry of Trade, Industry and Fisheries, ABC News (Australia), the Swiss Federal Council, Colombia's Presidency,
// the Bangkok Post, Premium Times, the Global Times, APA, the Slovak foreign ministry, Thailand's Department of Trade
// Negotiations, NHK World-Japan, Cook Islands News, SECO, La Tercera, Politico Europe, Stabroek News, The Times of
// Israel, Radio Tamazuj, Down To Earth, Meduza, Indonesia's Coordinating Ministry for Economic Affairs, the Viet Nam
// News Agency, Citi Newsroom, Suspilne, Türkiye's Directorate of Communications, Uruguay's Presidency, Andina,
// Timor-Leste's foreign ministry, the UK Cabinet Office, the Korea JoongAng Daily, IRNA, Ukraine's Ministry of Economy,
// Singapore's Ministry of Trade and Industry, China Daily, Kathimerini, 24.kg, Kuensel, The Herald (Zimbabwe), news.am,
// El Nacional, China's foreign ministry, the Munich Security Conference, Health Policy Watch.
// 45 passages (22 fragments of two or three sentences, 20 short readouts of four to six sentences with a title line, 3
// negatives `not18.*`), 189 expected facts at the first pass (NEGOTIATES_FOR 86, HOLDS_OFFICE 87, OFFICE_OF 16), 143
// absent checks, 1 case with no expected fact; one correction after it (the UN mediator at Prespa: an absent check made
// an expected fact, 190 facts). The first pass is in docs/first-look.md's rol27 section. Facts follow the gold conventions
// of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

/** Each case's `form` names the construction it tests. */
export const ROLES_BANK_18: (BankCase & { form: string })[] = [
  // Fragments: sides by demonym or possessive.
  {
    id: 'frag18.negotiations-resumed-then-the-demonym-negotiating-team-was-led-by-minister-while-s-minister-headed-his-countrys-delegation',
    form: '"The … negotiations … resumed in C. The Ethiopian negotiating team was led by Minister of A A, while Egypt\'s Minister of B, B, headed his country\'s delegation." (a demonym team; "his country\'s" after a possessive title)',
    source: 'The Ethiopian Herald',
    text: 'The negotiations between Ethiopia and Egypt on the filling and annual operation of the Grand Ethiopian Renaissance Dam resumed in Addis Ababa on Sunday. The Ethiopian negotiating team was led by Minister of Water and Energy Habtamu Itefa, while Egypt’s Minister of Water Resources and Irrigation, Hani Sewilam, headed his country’s delegation.',
    facts: [
      'NEGOTIATES_FOR|Habtamu Itefa|Ethiopia',
      'NEGOTIATES_FOR|Hani Sewilam|Egypt',
      'HOLDS_OFFICE|Habtamu Itefa|Minister of Water and Energy of Ethiopia',
      'HOLDS_OFFICE|Hani Sewilam|Minister of Water Resources and Irrigation of Egypt',
      'OFFICE_OF|Minister of Water and Energy of Ethiopia|Ethiopia',
      'OFFICE_OF|Minister of Water Resources and Irrigation of Egypt|Egypt',
    ],
    absent: ['NEGOTIATES_FOR|Habtamu Itefa|Egypt', 'NEGOTIATES_FOR|Hani Sewilam|Ethiopia'],
  },
  {
    id: 'frag18.the-governments-chief-negotiator-state-secretary-held-talks-in-capital-with-representatives-of-t',
    form: '"The Government\'s chief negotiator for …, State Secretary A, held talks in C on Wednesday with representatives of the T Presidency …. A was accompanied by …." (the issuer\'s state, told only by "the Government\'s"; "held talks")',
    source: 'Government Offices of Sweden',
    text: 'The Government’s chief negotiator for NATO membership, State Secretary Oscar Stenström, held talks in Ankara on Wednesday with representatives of the Turkish Presidency within the permanent joint mechanism. Stenström was accompanied by officials of the Ministry for Foreign Affairs.',
    facts: ['NEGOTIATES_FOR|Oscar Stenström|Sweden', 'HOLDS_OFFICE|Oscar Stenström|State Secretary of Sweden'],
    absent: ['NEGOTIATES_FOR|Oscar Stenström|Türkiye', 'HOLDS_OFFICE|Oscar Stenström|State Secretary of Turkey'],
  },
  {
    id: 'frag18.consultations-with-t-concluded-then-the-minister-led-the-talks-and-signed-then-the-demonym-delegation-was-led-by',
    form: '"The annual fisheries consultations with T were concluded in C. The Minister of A, A, led the talks and signed the agreed record. The British delegation was led by the UK Minister for B, B." (the issuer\'s state never named: "led the talks" in its own release)',
    source: 'Norwegian Ministry of Trade, Industry and Fisheries',
    text: 'The annual fisheries consultations with the United Kingdom were concluded in London on Friday. The Minister of Fisheries and Ocean Policy, Marianne Sivertsen Næss, led the talks and signed the agreed record. The British delegation was led by the UK Minister for Food Security and Rural Affairs, Daniel Zeichner.',
    facts: [
      'NEGOTIATES_FOR|Marianne Sivertsen Næss|Norway',
      'NEGOTIATES_FOR|Daniel Zeichner|United Kingdom',
      'HOLDS_OFFICE|Marianne Sivertsen Næss|Minister of Fisheries and Ocean Policy of Norway',
      'HOLDS_OFFICE|Daniel Zeichner|Minister for Food Security and Rural Affairs of the United Kingdom',
      'OFFICE_OF|Minister of Fisheries and Ocean Policy of Norway|Norway',
    ],
    absent: [
      'NEGOTIATES_FOR|Marianne Sivertsen Næss|United Kingdom',
      'NEGOTIATES_FOR|Daniel Zeichner|Norway',
      'HOLDS_OFFICE|Marianne Sivertsen Næss|Minister of Fisheries and Ocean Policy of the United Kingdom',
    ],
  },
  {
    id: 'frag18.s-trade-minister-walked-away-from-negotiations-after-talks-with-brussels-trade-chief-then-senator-surname-said',
    form: "\"S's Trade Minister, A, walked away from the … negotiations with the European Union in C after talks with Brussels' trade chief, B, failed …. Senator A said ….\" (a possessive state; a capital's possessive for a bloc; the host city no side)",
    source: 'ABC News (Australia)',
    text: 'Australia’s Trade Minister, Don Farrell, walked away from the free trade negotiations with the European Union in Osaka on Sunday after talks with Brussels’ trade chief, Valdis Dombrovskis, failed to produce a deal on agricultural access. Senator Farrell said Australia would not sign an agreement that did not benefit its farmers.',
    facts: [
      'NEGOTIATES_FOR|Don Farrell|Australia',
      'NEGOTIATES_FOR|Valdis Dombrovskis|European Union',
      'HOLDS_OFFICE|Don Farrell|Trade Minister of Australia',
    ],
    absent: [
      'NEGOTIATES_FOR|Don Farrell|European Union',
      'NEGOTIATES_FOR|Valdis Dombrovskis|Australia',
      'NEGOTIATES_FOR|*|Japan',
    ],
  },
  {
    id: 'frag18.negotiations-concluded-then-s-chief-negotiator-a-and-his-eu-counterpart-b-had-held-meetings-then-surname-will-brief',
    form: '"Negotiations on the package … between S and the European Union were concluded …. S\'s chief negotiator, A, and his EU counterpart, B, had held some 200 meetings …. A will now brief …." ("his EU counterpart"; the negotiator told again by surname)',
    source: 'Swiss Federal Council',
    text: 'Negotiations on the package of agreements between Switzerland and the European Union were concluded materially in Brussels on 20 December. Switzerland’s chief negotiator, Patric Franzen, and his EU counterpart, Richard Szostak, had held some 200 meetings since March. Franzen will now brief the cantons and the parliamentary committees.',
    facts: ['NEGOTIATES_FOR|Patric Franzen|Switzerland', 'NEGOTIATES_FOR|Richard Szostak|European Union'],
    absent: ['NEGOTIATES_FOR|Patric Franzen|European Union', 'NEGOTIATES_FOR|Richard Szostak|Switzerland'],
  },
  {
    id: 'frag18.cycle-of-talks-with-rebel-group-closed-then-head-of-the-government-delegation-and-the-groups-chief-negotiator-signed-then-guarantors-attended',
    form: "\"The sixth cycle of the peace talks with the National Liberation Army (ELN) closed in C. The head of the Government delegation, A, and the ELN's chief negotiator, B, signed the agreement on …. The guarantor countries, …, attended.\" (the issuer's government; a rebel group's possessive; guarantors no side)",
    source: 'Presidencia de la República de Colombia',
    text: 'The sixth cycle of the peace talks with the National Liberation Army (ELN) closed in Havana on Tuesday. The head of the Government delegation, Otty Patiño, and the ELN’s chief negotiator, Pablo Beltrán, signed the agreement on the participation of society. The guarantor countries, Cuba, Norway, Mexico, Venezuela, Brazil and Chile, attended the closing session.',
    facts: ['NEGOTIATES_FOR|Otty Patiño|Colombia', 'NEGOTIATES_FOR|Pablo Beltrán|National Liberation Army'],
    absent: [
      'NEGOTIATES_FOR|Otty Patiño|National Liberation Army',
      'NEGOTIATES_FOR|Pablo Beltrán|Colombia',
      'NEGOTIATES_FOR|*|Cuba',
      'NEGOTIATES_FOR|*|Norway',
    ],
  },
  {
    id: 'frag18.dialogue-between-government-and-movement-resumed-then-demonym-panel-was-headed-by-a-and-the-movements-delegation-by-b-then-facilitated-by',
    form: '"The peace dialogue between the Thai government and the Barisan Revolusi Nasional (BRN) resumed in C. The Thai peace dialogue panel was headed by A, …, and the BRN delegation by B. The talks were facilitated by C." (a demonym panel; a gapped movement side; a facilitator no side)',
    source: 'Bangkok Post',
    text: 'The peace dialogue between the Thai government and the Barisan Revolusi Nasional (BRN) resumed in Kuala Lumpur on Tuesday. The Thai peace dialogue panel was headed by Chatchai Bangchuad, a deputy secretary-general of the National Security Council, and the BRN delegation by Anas Abdulrahman. The talks were facilitated by Zulkifli Zainal Abidin.',
    facts: ['NEGOTIATES_FOR|Chatchai Bangchuad|Thailand', 'NEGOTIATES_FOR|Anas Abdulrahman|Barisan Revolusi Nasional'],
    absent: [
      'NEGOTIATES_FOR|Zulkifli Zainal Abidin|*',
      'NEGOTIATES_FOR|Anas Abdulrahman|Thailand',
      'NEGOTIATES_FOR|Chatchai Bangchuad|Barisan Revolusi Nasional',
      'NEGOTIATES_FOR|*|Malaysia',
    ],
  },
  {
    id: 'frag18.an-org-delegation-led-by-the-blocs-special-envoy-former-head-of-state-held-talks-with-the-military-leader-then-surname-conveyed',
    form: "\"An ECOWAS delegation led by the bloc's special envoy to S, former head of state General A, held talks with the military leader, General B, in C. A conveyed the bloc's demand for ….\" (a bloc's envoy: the bloc, not his own state nor the host)",
    source: 'Premium Times',
    text: 'An ECOWAS delegation led by the bloc’s special envoy to Niger, former head of state General Abdulsalami Abubakar, held talks with the military leader, General Abdourahamane Tiani, in Niamey on Saturday. Abubakar conveyed the bloc’s demand for the release of President Mohamed Bazoum.',
    facts: ['NEGOTIATES_FOR|Abdulsalami Abubakar|Economic Community of West African States'],
    absent: [
      'NEGOTIATES_FOR|Abdulsalami Abubakar|Nigeria',
      'NEGOTIATES_FOR|Abdulsalami Abubakar|Niger',
      'NEGOTIATES_FOR|Mohamed Bazoum|*',
    ],
  },
  // Fragments: delegation tables in prose.
  {
    id: 'frag18.meeting-of-mechanism-held-then-the-x-side-was-represented-by-a-semicolon-the-y-side-by-b-c-and-d',
    form: '"The first meeting of the China-US economic and trade consultation mechanism was held in C …. The Chinese side was represented by Vice Premier A; the US side by B, C and D." (a table in prose: one side, then a gapped side with three titled names; the host city\'s state no side)',
    source: 'Global Times',
    text: 'The first meeting of the China-US economic and trade consultation mechanism was held in London on 9 and 10 June. The Chinese side was represented by Vice Premier He Lifeng; the US side by Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer.',
    facts: [
      'NEGOTIATES_FOR|He Lifeng|China',
      'NEGOTIATES_FOR|Scott Bessent|United States',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'NEGOTIATES_FOR|Jamieson Greer|United States',
      'HOLDS_OFFICE|He Lifeng|Vice Premier of China',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of the United States',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of the United States',
      'HOLDS_OFFICE|Jamieson Greer|Trade Representative of the United States',
    ],
    absent: [
      'NEGOTIATES_FOR|He Lifeng|United States',
      'NEGOTIATES_FOR|Scott Bessent|China',
      'NEGOTIATES_FOR|*|United Kingdom',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of China',
    ],
  },
  {
    id: 'frag18.meeting-of-state-commissions-then-the-x-side-was-represented-by-deputy-pm-a-and-the-y-side-by-deputy-pm-b',
    form: '"The eighth meeting of the State Commissions on the delimitation of the state border between S and T took place …. The Azerbaijani side was represented by Deputy Prime Minister A and the Armenian side by Deputy Prime Minister B. The sides agreed …." (demonym sides, "represented by", a gapped second side)',
    source: 'APA (Azerbaijan)',
    text: 'The eighth meeting of the State Commissions on the delimitation of the state border between Azerbaijan and Armenia took place on the border on 19 April. The Azerbaijani side was represented by Deputy Prime Minister Shahin Mustafayev and the Armenian side by Deputy Prime Minister Mher Grigoryan. The sides agreed on the line of the border between four villages.',
    facts: [
      'NEGOTIATES_FOR|Shahin Mustafayev|Azerbaijan',
      'NEGOTIATES_FOR|Mher Grigoryan|Armenia',
      'HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Azerbaijan',
      'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Armenia',
      'OFFICE_OF|Deputy Prime Minister of Azerbaijan|Azerbaijan',
      'OFFICE_OF|Deputy Prime Minister of Armenia|Armenia',
    ],
    absent: [
      'NEGOTIATES_FOR|Shahin Mustafayev|Armenia',
      'NEGOTIATES_FOR|Mher Grigoryan|Azerbaijan',
      'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Azerbaijan',
    ],
  },
  // Fragments: talks told by other verbs.
  {
    id: 'frag18.minister-held-talks-in-capital-with-s-minister-then-the-ministers-discussed',
    form: '"Minister of A A held talks in C on Monday with S\'s Minister of B, B. The ministers discussed …." (a bilateral visit told by "held talks": no negotiation, no side; offices only)',
    source: 'Ministry of Foreign and European Affairs of the Slovak Republic',
    text: 'Minister of Foreign and European Affairs Juraj Blanár held talks in Budapest on Monday with Hungary’s Minister of Foreign Affairs and Trade, Péter Szijjártó. The ministers discussed energy security and cross-border infrastructure.',
    facts: [
      'HOLDS_OFFICE|Juraj Blanár|Minister of Foreign and European Affairs of Slovakia',
      'HOLDS_OFFICE|Péter Szijjártó|Minister of Foreign Affairs and Trade of Hungary',
    ],
    absent: ['NEGOTIATES_FOR|Juraj Blanár|*', 'NEGOTIATES_FOR|Péter Szijjártó|*'],
  },
  {
    id: 'frag18.the-demonym-team-headed-by-director-general-conducted-the-round-with-the-bloc-then-next-round',
    form: '"The Thai team, headed by the Director-General of the Department of Trade Negotiations, A, conducted the fourth round of negotiations on the … free trade agreement with the European Union in C …. The next round will be held in D." ("conducted the round"; a demonym team)',
    source: 'Department of Trade Negotiations (Thailand)',
    text: 'The Thai team, headed by the Director-General of the Department of Trade Negotiations, Chotima Iemsawasdikul, conducted the fourth round of negotiations on the Thailand–European Union free trade agreement with the European Union in Brussels from 24 to 28 June. The next round will be held in Bangkok in September.',
    facts: [
      'NEGOTIATES_FOR|Chotima Iemsawasdikul|Thailand',
      'HOLDS_OFFICE|Chotima Iemsawasdikul|Director-General of the Department of Trade Negotiations of Thailand',
    ],
    absent: ['NEGOTIATES_FOR|Chotima Iemsawasdikul|European Union', 'NEGOTIATES_FOR|*|Belgium'],
  },
  {
    id: 'frag18.s-chief-tariff-negotiator-minister-held-a-round-of-consultations-with-commerce-secretary-then-surname-said-the-two-sides',
    form: '"S\'s chief tariff negotiator, Minister for A A, held a seventh round of consultations with Commerce Secretary B in C on Friday. A said the two sides had narrowed …." ("held consultations" in a negotiation; the counterpart\'s side from his office)',
    source: 'NHK World-Japan',
    text: 'Japan’s chief tariff negotiator, Minister for Economic Revitalization Akazawa Ryosei, held a seventh round of consultations with US Commerce Secretary Howard Lutnick in Washington on Friday. Akazawa said the two sides had narrowed their differences on automobiles.',
    facts: [
      'NEGOTIATES_FOR|Ryosei Akazawa|Japan',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'HOLDS_OFFICE|Ryosei Akazawa|Minister for Economic Revitalization of Japan',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of the United States',
    ],
    absent: ['NEGOTIATES_FOR|Ryosei Akazawa|United States', 'NEGOTIATES_FOR|Howard Lutnick|Japan'],
  },
  {
    id: 'frag18.s-was-represented-at-the-talks-by-prime-minister-a-and-t-by-prime-minister-b-then-signed-for-their-respective-governments-hosted-by',
    form: '"S was represented at the talks on the … treaty by Prime Minister A, and T by Prime Minister B. The two leaders signed the treaty for their respective governments in C on the margins of …, hosted by Prime Minister D." ("was represented at the talks by", gapped; "for their respective governments"; the host no side)',
    source: 'Cook Islands News',
    text: 'Tuvalu was represented at the talks on the Falepili Union treaty by Prime Minister Kausea Natano, and Australia by Prime Minister Anthony Albanese. The two leaders signed the treaty for their respective governments in Rarotonga on the margins of the Pacific Islands Forum Leaders Meeting, hosted by Cook Islands Prime Minister Mark Brown.',
    facts: [
      'NEGOTIATES_FOR|Kausea Natano|Tuvalu',
      'NEGOTIATES_FOR|Anthony Albanese|Australia',
      'HOLDS_OFFICE|Kausea Natano|Prime Minister of Tuvalu',
      'HOLDS_OFFICE|Anthony Albanese|Prime Minister of Australia',
      'HOLDS_OFFICE|Mark Brown|Prime Minister of the Cook Islands',
    ],
    absent: [
      'NEGOTIATES_FOR|Mark Brown|*',
      'NEGOTIATES_FOR|Kausea Natano|Australia',
      'NEGOTIATES_FOR|Anthony Albanese|Tuvalu',
      'HOLDS_OFFICE|Anthony Albanese|Prime Minister of Tuvalu',
    ],
  },
  // Fragments: signatories each for their own side.
  {
    id: 'frag18.agreement-signed-then-councillor-and-three-possessive-ministers-signed-each-for-their-country-and-minister-signed-for-x',
    form: '"The … Agreement between the EFTA States and India was signed in C …. Federal Councillor A, Norway\'s Minister of B B, Iceland\'s Minister for C C and Liechtenstein\'s Minister for D D signed, each for their country, and Minister of E E signed for India." ("each for their country" after four possessive signatories)',
    source: 'State Secretariat for Economic Affairs (SECO)',
    text: 'The Trade and Economic Partnership Agreement between the EFTA States and India was signed in New Delhi on 10 March. Swiss Federal Councillor Guy Parmelin, Norway’s Minister of Trade and Industry Jan Christian Vestre, Iceland’s Minister for Foreign Affairs Thórdís Kolbrún Reykfjörd Gylfadóttir and Liechtenstein’s Minister for Foreign Affairs Dominique Hasler signed, each for their country, and Minister of Commerce and Industry Piyush Goyal signed for India.',
    facts: [
      'NEGOTIATES_FOR|Guy Parmelin|Switzerland',
      'NEGOTIATES_FOR|Jan Christian Vestre|Norway',
      'NEGOTIATES_FOR|Thórdís Kolbrún Reykfjörd Gylfadóttir|Iceland',
      'NEGOTIATES_FOR|Dominique Hasler|Liechtenstein',
      'NEGOTIATES_FOR|Piyush Goyal|India',
      'HOLDS_OFFICE|Guy Parmelin|Federal Councillor of Switzerland',
      'HOLDS_OFFICE|Jan Christian Vestre|Minister of Trade and Industry of Norway',
      'HOLDS_OFFICE|Thórdís Kolbrún Reykfjörd Gylfadóttir|Minister for Foreign Affairs of Iceland',
      'HOLDS_OFFICE|Dominique Hasler|Minister for Foreign Affairs of Liechtenstein',
      'HOLDS_OFFICE|Piyush Goyal|Minister of Commerce and Industry of India',
    ],
    absent: [
      'NEGOTIATES_FOR|Piyush Goyal|Switzerland',
      'NEGOTIATES_FOR|Guy Parmelin|India',
      'NEGOTIATES_FOR|Dominique Hasler|Iceland',
      'HOLDS_OFFICE|Piyush Goyal|Minister of Commerce and Industry of Switzerland',
    ],
  },
  {
    id: 'frag18.agreement-signed-then-foreign-minister-signed-for-x-semicolon-his-counterpart-the-eu-high-representative-signed-for-the-union-together-with',
    form: '"The Advanced Framework Agreement between S and the European Union was signed in C …. Foreign Minister A signed for S; his counterpart, the EU High Representative B, signed for the Union together with Executive Vice-President D." ("his counterpart"; "for the Union"; a co-signer "together with")',
    source: 'La Tercera',
    text: 'The Advanced Framework Agreement between Chile and the European Union was signed in Brussels on 13 December. Foreign Minister Alberto van Klaveren signed for Chile; his counterpart, the EU High Representative Josep Borrell, signed for the Union together with Executive Vice-President Valdis Dombrovskis.',
    facts: [
      'NEGOTIATES_FOR|Alberto van Klaveren|Chile',
      'NEGOTIATES_FOR|Josep Borrell|European Union',
      'NEGOTIATES_FOR|Valdis Dombrovskis|European Union',
      'HOLDS_OFFICE|Alberto van Klaveren|Foreign Minister of Chile',
      'HOLDS_OFFICE|Josep Borrell|High Representative of the European Union',
    ],
    absent: ['NEGOTIATES_FOR|Josep Borrell|Chile', 'NEGOTIATES_FOR|Alberto van Klaveren|European Union'],
  },
  // Fragments: spokespeople, observers and facilitators among negotiators.
  {
    id: 'frag18.spokesperson-told-reporters-that-the-blocs-trade-chief-had-held-talks-with-commerce-secretary-then-spokesperson-said-teams-would-continue',
    form: '"Commission trade spokesperson A told reporters … that the EU\'s trade chief, B, had held talks with Commerce Secretary C … on the tariff framework. A said technical teams would continue the negotiations." (the spokesperson no side; a bloc\'s possessive; "held talks" in a negotiation)',
    source: 'Politico Europe',
    text: 'Commission trade spokesperson Olof Gill told reporters in Brussels on Monday that the EU’s trade chief, Maroš Šefčovič, had held talks with US Commerce Secretary Howard Lutnick over the weekend on the tariff framework. Gill said technical teams would continue the negotiations this week.',
    facts: [
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of the United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Olof Gill|*',
      'NEGOTIATES_FOR|Maroš Šefčovič|United States',
      'NEGOTIATES_FOR|Howard Lutnick|European Union',
    ],
  },
  {
    id: 'frag18.s-president-and-t-president-met-and-agreed-then-facilitated-by-two-prime-ministers-and-an-adviser-attended-as-observer',
    form: "\"S's President A and T's President B met in C … and agreed …. The meeting was facilitated by Prime Minister D, as pro tempore President of CELAC, and Prime Minister E, as Chairman of CARICOM; Brazil's special adviser F attended as an observer.\" (facilitators and an observer no side; leaders by possessive)",
    source: 'Stabroek News',
    text: 'Guyana’s President Irfaan Ali and Venezuela’s President Nicolás Maduro met in Argyle, St Vincent and the Grenadines, on 14 December and agreed that neither side would threaten or use force against the other. The meeting was facilitated by Prime Minister Ralph Gonsalves, as pro tempore President of CELAC, and Prime Minister Roosevelt Skerrit, as Chairman of CARICOM; Brazil’s special adviser Celso Amorim attended as an observer.',
    facts: ['HOLDS_OFFICE|Irfaan Ali|President of Guyana', 'HOLDS_OFFICE|Nicolás Maduro|President of Venezuela'],
    absent: [
      'NEGOTIATES_FOR|Ralph Gonsalves|*',
      'NEGOTIATES_FOR|Roosevelt Skerrit|*',
      'NEGOTIATES_FOR|Celso Amorim|*',
      'HOLDS_OFFICE|Nicolás Maduro|President of Guyana',
    ],
  },
  {
    id: 'frag18.the-demonym-negotiating-team-headed-by-director-arrived-then-the-movements-delegation-is-led-by-the-groups-chief-negotiator-then-mediators-shuttled',
    form: "\"The Israeli negotiating team, headed by Mossad director A, arrived in C on Monday for another round of talks on …. Hamas's delegation is led by B, the group's chief negotiator. The Qatari and Egyptian mediators shuttled between the two delegations.\" (a demonym team; a movement's possessive; mediators' states no side)",
    source: 'The Times of Israel',
    text: 'The Israeli negotiating team, headed by Mossad director David Barnea, arrived in Doha on Monday for another round of talks on a hostage release deal. Hamas’s delegation is led by Khalil al-Hayya, the group’s chief negotiator. The Qatari and Egyptian mediators shuttled between the two delegations.',
    facts: ['NEGOTIATES_FOR|David Barnea|Israel', 'NEGOTIATES_FOR|Khalil al-Hayya|Hamas'],
    absent: [
      'NEGOTIATES_FOR|David Barnea|Qatar',
      'NEGOTIATES_FOR|Khalil al-Hayya|Israel',
      'NEGOTIATES_FOR|*|Qatar',
      'NEGOTIATES_FOR|*|Egypt',
    ],
  },
  {
    id: 'frag18.talks-between-the-government-of-s-and-opposition-groups-resumed-then-government-delegation-led-by-adviser-while-b-heads-the-alliances-delegation-then-chief-mediator-said',
    form: '"The … peace talks between the Government of S and the holdout opposition groups resumed in C. The government delegation is led by Presidential Adviser A, while B heads the delegation of the South Sudan Opposition Movements Alliance (SSOMA). The chief mediator, General D, said …." (a movement alliance as side; the chief mediator no side; the host state no side)',
    source: 'Radio Tamazuj',
    text: 'The Tumaini peace talks between the Government of South Sudan and the holdout opposition groups resumed in Nairobi on Thursday. The government delegation is led by Presidential Adviser Kuol Manyang Juuk, while Pagan Amum heads the delegation of the South Sudan Opposition Movements Alliance (SSOMA). The chief mediator, General Lazarus Sumbeiywo, said the talks would last ten days.',
    facts: [
      'NEGOTIATES_FOR|Kuol Manyang Juuk|South Sudan',
      'NEGOTIATES_FOR|Pagan Amum|South Sudan Opposition Movements Alliance',
      'HOLDS_OFFICE|Kuol Manyang Juuk|Presidential Adviser of South Sudan',
    ],
    absent: [
      'NEGOTIATES_FOR|Lazarus Sumbeiywo|*',
      'NEGOTIATES_FOR|Pagan Amum|South Sudan',
      'NEGOTIATES_FOR|Kuol Manyang Juuk|South Sudan Opposition Movements Alliance',
      'NEGOTIATES_FOR|*|Kenya',
    ],
  },
  {
    id: 'frag18.countries-rejected-the-draft-then-speaking-for-the-bloc-the-chair-of-the-group-ambassador-of-s-said-then-the-eus-chief-negotiator-commissioner-defended',
    form: "\"Developing countries rejected the draft text on … at COP29 in C on Thursday. Speaking for the bloc, the chair of the Group of 77 and China, Ambassador A of Uganda, said …. The EU's chief negotiator, Climate Commissioner B, defended the proposal.\" (a group's chair and a bloc's chief negotiator: the group and the bloc)",
    source: 'Down To Earth',
    text: 'Developing countries rejected the draft text on the new collective quantified goal on climate finance at COP29 in Baku on Thursday. Speaking for the bloc, the chair of the Group of 77 and China, Ambassador Adonia Ayebare of Uganda, said the offer was unacceptable. The EU’s chief negotiator, Climate Commissioner Wopke Hoekstra, defended the proposal.',
    facts: ['NEGOTIATES_FOR|Adonia Ayebare|Group of 77', 'NEGOTIATES_FOR|Wopke Hoekstra|European Union'],
    absent: [
      'NEGOTIATES_FOR|Wopke Hoekstra|Group of 77',
      'NEGOTIATES_FOR|Adonia Ayebare|European Union',
      'NEGOTIATES_FOR|*|Azerbaijan',
    ],
  },
  {
    id: 'frag18.capitals-special-envoy-held-talks-with-leader-then-the-kremlins-envoy-who-acted-as-capitals-negotiator-met-surname',
    form: "\"Washington's special envoy, A, held three hours of talks with B in the Kremlin …. The Kremlin's investment envoy, C, who has acted as Moscow's negotiator with the Trump administration, met A at the airport.\" (capitals' possessives for states; \"the Kremlin's\")",
    source: 'Meduza',
    text: 'Washington’s special envoy, Steve Witkoff, held three hours of talks with Vladimir Putin in the Kremlin on Wednesday. The Kremlin’s investment envoy, Kirill Dmitriev, who has acted as Moscow’s negotiator with the Trump administration, met Witkoff at the airport.',
    facts: ['NEGOTIATES_FOR|Steve Witkoff|United States', 'NEGOTIATES_FOR|Kirill Dmitriev|Russia'],
    absent: ['NEGOTIATES_FOR|Steve Witkoff|Russia', 'NEGOTIATES_FOR|Kirill Dmitriev|United States'],
  },
  // Short readouts with a title line.
  {
    id: 'read18.conclusion-announced-by-coordinating-minister-and-commissioner-then-the-coordinating-minister-led-the-governments-team-then-commissioner-conducted-the-final-round-for-the-union',
    form: 'Title; "The Coordinating Minister for A, A, and the European Commissioner for B, B, announced the conclusion of the negotiations …. The Coordinating Minister led the Government\'s negotiating team …. Commissioner B conducted the final round of talks for the Union." (told again by title only; "the Government\'s" in the issuer\'s release; "conducted … for the Union")',
    source: 'Coordinating Ministry for Economic Affairs of the Republic of Indonesia',
    text: 'Indonesia and the EU conclude CEPA negotiations\nBali, 23 September 2025 – The Coordinating Minister for Economic Affairs, Airlangga Hartarto, and the European Commissioner for Trade and Economic Security, Maroš Šefčovič, announced the conclusion of the negotiations on the Comprehensive Economic Partnership Agreement in Nusa Dua today. The Coordinating Minister led the Government’s negotiating team through nineteen rounds since 2016. Commissioner Šefčovič conducted the final round of talks for the Union. The two sides will now proceed with the legal review of the text.',
    facts: [
      'NEGOTIATES_FOR|Airlangga Hartarto|Indonesia',
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Airlangga Hartarto|Coordinating Minister for Economic Affairs of Indonesia',
      'OFFICE_OF|Coordinating Minister for Economic Affairs of Indonesia|Indonesia',
      'HOLDS_OFFICE|Maroš Šefčovič|European Commissioner for Trade and Economic Security',
    ],
    absent: ['NEGOTIATES_FOR|Airlangga Hartarto|European Union', 'NEGOTIATES_FOR|Maroš Šefčovič|Indonesia'],
  },
  {
    id: 'read18.minister-signed-on-behalf-of-the-demonym-government-then-commissioner-and-a-councils-presidency-minister-signed-for-the-union-then-pm-witnessed',
    form: 'Title; "Minister of A A signed the … Agreement … on behalf of the Vietnamese Government …. EU Trade Commissioner B and Romania\'s Minister of C, C, whose country held the presidency of the Council of the EU, signed for the European Union. Prime Minister D witnessed the signing." (a demonym government; a presidency\'s minister for the Union, not his state; a witness no side)',
    source: 'Viet Nam News Agency',
    text: 'Viet Nam, EU sign free trade and investment protection agreements\nHa Noi, 30 June 2019 – Minister of Industry and Trade Trần Tuấn Anh signed the EU–Viet Nam Free Trade Agreement and the Investment Protection Agreement on behalf of the Vietnamese Government at a ceremony in Ha Noi on Sunday. EU Trade Commissioner Cecilia Malmström and Romania’s Minister of Business, Trade and Entrepreneurship, Ştefan-Radu Oprea, whose country held the presidency of the Council of the EU, signed for the European Union. Prime Minister Nguyễn Xuân Phúc witnessed the signing. The minister said the agreements would open the EU market to almost all Vietnamese exports.',
    facts: [
      'NEGOTIATES_FOR|Trần Tuấn Anh|Viet Nam',
      'NEGOTIATES_FOR|Cecilia Malmström|European Union',
      'NEGOTIATES_FOR|Ştefan-Radu Oprea|European Union',
      'HOLDS_OFFICE|Trần Tuấn Anh|Minister of Industry and Trade of Viet Nam',
      'HOLDS_OFFICE|Ştefan-Radu Oprea|Minister of Business, Trade and Entrepreneurship of Romania',
      'HOLDS_OFFICE|Nguyễn Xuân Phúc|Prime Minister of Viet Nam',
    ],
    absent: [
      'NEGOTIATES_FOR|Ştefan-Radu Oprea|Romania',
      'NEGOTIATES_FOR|Nguyễn Xuân Phúc|*',
      'NEGOTIATES_FOR|Trần Tuấn Anh|European Union',
      'NEGOTIATES_FOR|Cecilia Malmström|Viet Nam',
    ],
  },
  {
    id: 'read18.s-reaches-agreement-with-imf-then-the-funds-team-led-by-mission-chief-concluded-negotiations-with-the-demonym-authorities-then-minister-led-s-team',
    form: 'Title; "S has reached a staff-level agreement with the International Monetary Fund …. The Fund\'s team, led by mission chief A, concluded its negotiations with the Ghanaian authorities in C. The Minister for B, B, led Ghana\'s team." (an organisation told as "the Fund"; a possessive state team)',
    source: 'Citi Newsroom (Ghana)',
    text: 'Ghana reaches staff-level agreement with IMF\nAccra, 12 December 2022 – Ghana has reached a staff-level agreement with the International Monetary Fund on a three-year programme worth 3 billion dollars. The Fund’s team, led by mission chief Stéphane Roudet, concluded its negotiations with the Ghanaian authorities in Accra on Monday. The Minister for Finance, Ken Ofori-Atta, led Ghana’s team. The agreement is subject to approval by the IMF’s Executive Board.',
    facts: [
      'NEGOTIATES_FOR|Stéphane Roudet|International Monetary Fund',
      'NEGOTIATES_FOR|Ken Ofori-Atta|Ghana',
      'HOLDS_OFFICE|Ken Ofori-Atta|Minister for Finance of Ghana',
      'OFFICE_OF|Minister for Finance of Ghana|Ghana',
    ],
    absent: ['NEGOTIATES_FOR|Stéphane Roudet|Ghana', 'NEGOTIATES_FOR|Ken Ofori-Atta|International Monetary Fund'],
  },
  {
    id: 'read18.direct-talks-took-place-then-the-demonym-delegation-was-headed-by-minister-semicolon-the-other-demonym-one-by-presidential-aide-then-host-fm-opened',
    form: 'Title; "The first direct talks between S and T … took place at … Palace on Friday. The Ukrainian delegation was headed by Defence Minister A; the Russian one by presidential aide B. Turkish Foreign Minister C opened the meeting. A said …." ("the Russian one"; the host\'s minister no side)',
    source: 'Suspilne',
    text: 'Ukraine–Russia talks held in Istanbul\nIstanbul, 16 May 2025 – The first direct talks between Ukraine and Russia since 2022 took place at the Dolmabahçe Palace on Friday. The Ukrainian delegation was headed by Defence Minister Rustem Umerov; the Russian one by presidential aide Vladimir Medinsky. Turkish Foreign Minister Hakan Fidan opened the meeting. Umerov said the sides had agreed to exchange 1,000 prisoners each.',
    facts: [
      'NEGOTIATES_FOR|Rustem Umerov|Ukraine',
      'NEGOTIATES_FOR|Vladimir Medinsky|Russia',
      'HOLDS_OFFICE|Rustem Umerov|Defence Minister of Ukraine',
      'HOLDS_OFFICE|Hakan Fidan|Foreign Minister of Turkey',
    ],
    absent: [
      'NEGOTIATES_FOR|Hakan Fidan|*',
      'NEGOTIATES_FOR|Rustem Umerov|Russia',
      'NEGOTIATES_FOR|Vladimir Medinsky|Ukraine',
      'NEGOTIATES_FOR|*|Turkey',
    ],
  },
  {
    id: 'read18.president-hosted-president-of-s-and-prime-minister-of-t-then-the-two-leaders-signed-for-their-respective-governments-then-fm-chaired-the-negotiations',
    form: 'Title; "President A hosted President B of S and Prime Minister C of T for technical talks …. After the talks, the two leaders signed the Ankara Declaration for their respective governments. Foreign Minister D chaired the technical negotiations between the two delegations …." ("the two leaders … for their respective governments"; the host and the chair no side)',
    source: 'Presidency of the Republic of Türkiye, Directorate of Communications',
    text: 'Ankara Declaration adopted under President Erdoğan’s auspices\nAnkara, 11 December 2024 – President Recep Tayyip Erdoğan hosted President Hassan Sheikh Mohamud of Somalia and Prime Minister Abiy Ahmed of Ethiopia for technical talks at the Presidential Complex. After the talks, the two leaders signed the Ankara Declaration for their respective governments. Foreign Minister Hakan Fidan chaired the technical negotiations between the two delegations throughout the day. President Erdoğan said the declaration opened a new page between the two neighbours.',
    facts: [
      'NEGOTIATES_FOR|Hassan Sheikh Mohamud|Somalia',
      'NEGOTIATES_FOR|Abiy Ahmed|Ethiopia',
      'HOLDS_OFFICE|Hassan Sheikh Mohamud|President of Somalia',
      'HOLDS_OFFICE|Abiy Ahmed|Prime Minister of Ethiopia',
      'HOLDS_OFFICE|Recep Tayyip Erdoğan|President of Turkey',
      'HOLDS_OFFICE|Hakan Fidan|Foreign Minister of Turkey',
    ],
    absent: [
      'NEGOTIATES_FOR|Recep Tayyip Erdoğan|*',
      'NEGOTIATES_FOR|Hakan Fidan|*',
      'NEGOTIATES_FOR|Hassan Sheikh Mohamud|Ethiopia',
      'NEGOTIATES_FOR|Abiy Ahmed|Somalia',
    ],
  },
  {
    id: 'read18.negotiations-concluded-at-summit-then-president-holding-the-pro-tempore-presidency-announced-with-commission-president-then-fm-conducted-the-last-round-on-behalf-of-the-bloc',
    form: 'Title; "The negotiations on the partnership agreement between Mercosur and the European Union were concluded today at the Mercosur summit in C. President A, who holds the pro tempore presidency of the bloc, announced the conclusion with the President of the European Commission, B. S\'s Foreign Minister, D, conducted the last round of talks on behalf of Mercosur." (a bloc as side; leaders announcing no side)',
    source: 'Presidencia de la República Oriental del Uruguay',
    text: 'Mercosur and the European Union conclude negotiations\nMontevideo, 6 December 2024 – The negotiations on the partnership agreement between Mercosur and the European Union were concluded today at the Mercosur summit in Montevideo. President Luis Lacalle Pou, who holds the pro tempore presidency of the bloc, announced the conclusion with the President of the European Commission, Ursula von der Leyen. Uruguay’s Foreign Minister, Omar Paganini, conducted the last round of talks on behalf of Mercosur. The agreement must now be signed and ratified.',
    facts: [
      'NEGOTIATES_FOR|Omar Paganini|Mercosur',
      'HOLDS_OFFICE|Luis Lacalle Pou|President of Uruguay',
      'HOLDS_OFFICE|Ursula von der Leyen|President of the European Commission',
      'HOLDS_OFFICE|Omar Paganini|Foreign Minister of Uruguay',
      'OFFICE_OF|President of the European Commission|European Commission',
      'OFFICE_OF|Foreign Minister of Uruguay|Uruguay',
    ],
    absent: ['NEGOTIATES_FOR|Omar Paganini|European Union', 'NEGOTIATES_FOR|Ursula von der Leyen|Mercosur'],
  },
  {
    id: 'read18.s-and-t-signed-then-the-minister-of-a-signed-for-s-and-trade-minister-signed-for-t-then-two-presidents-witnessed',
    form: 'Title; "S and T signed the … Agreement at … Palace on Monday. The Minister of A, A, signed for S, and Trade Minister B signed for T. President C and President D witnessed the ceremony." (gapped "signed for"; witnessing presidents no side)',
    source: 'Andina',
    text: 'Peru and Indonesia sign comprehensive economic partnership agreement\nJakarta, 11 August 2025 – Peru and Indonesia signed the Comprehensive Economic Partnership Agreement at the Merdeka Palace on Monday. The Minister of Foreign Trade and Tourism, Úrsula Desilú León, signed for Peru, and Trade Minister Budi Santoso signed for Indonesia. President Dina Boluarte and President Prabowo Subianto witnessed the ceremony. The minister said the agreement would give Peruvian exporters access to a market of 280 million people.',
    facts: [
      'NEGOTIATES_FOR|Úrsula Desilú León|Peru',
      'NEGOTIATES_FOR|Budi Santoso|Indonesia',
      'HOLDS_OFFICE|Úrsula Desilú León|Minister of Foreign Trade and Tourism of Peru',
      'HOLDS_OFFICE|Budi Santoso|Trade Minister of Indonesia',
    ],
    absent: [
      'NEGOTIATES_FOR|Dina Boluarte|*',
      'NEGOTIATES_FOR|Prabowo Subianto|*',
      'NEGOTIATES_FOR|Úrsula Desilú León|Indonesia',
      'NEGOTIATES_FOR|Budi Santoso|Peru',
      'HOLDS_OFFICE|Budi Santoso|Trade Minister of Peru',
    ],
  },
  {
    id: 'read18.treaty-signed-then-minister-signed-on-behalf-of-the-government-and-foreign-minister-signed-for-t-then-our-chief-negotiator-led-then-chair-and-sg-attended',
    form: 'Title; "The Treaty between S and T … was signed today at the United Nations Headquarters. The Minister in the Office of the Prime Minister for A, A, signed on behalf of the Government, and Foreign Minister B signed for T. Our Chief Negotiator, C, led the delegation throughout the conciliation. The Chair of the Conciliation Commission, D, and UN Secretary-General E attended." ("the Government" and "Our" in the issuer\'s release; a chair and the Secretary-General no side)',
    source: 'Ministry of Foreign Affairs and Cooperation of Timor-Leste',
    text: 'Maritime Boundary Treaty signed in New York\nNew York, 6 March 2018 – The Treaty between Timor-Leste and Australia establishing their maritime boundaries in the Timor Sea was signed today at the United Nations Headquarters. The Minister in the Office of the Prime Minister for Delimitation of Borders, Agio Pereira, signed on behalf of the Government, and Foreign Minister Julie Bishop signed for Australia. Our Chief Negotiator, Kay Rala Xanana Gusmão, led the delegation throughout the conciliation. The Chair of the Conciliation Commission, Ambassador Peter Taksøe-Jensen, and UN Secretary-General António Guterres attended the ceremony.',
    facts: [
      'NEGOTIATES_FOR|Agio Pereira|Timor-Leste',
      'NEGOTIATES_FOR|Julie Bishop|Australia',
      'NEGOTIATES_FOR|Kay Rala Xanana Gusmão|Timor-Leste',
      'HOLDS_OFFICE|Julie Bishop|Foreign Minister of Australia',
      'HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations',
      'OFFICE_OF|Secretary-General of the United Nations|United Nations',
      'OFFICE_OF|Foreign Minister of Australia|Australia',
    ],
    absent: [
      'NEGOTIATES_FOR|Peter Taksøe-Jensen|*',
      'NEGOTIATES_FOR|António Guterres|*',
      'NEGOTIATES_FOR|Julie Bishop|Timor-Leste',
      'NEGOTIATES_FOR|Agio Pereira|Australia',
    ],
  },
  {
    id: 'read18.pm-welcomed-two-eu-presidents-for-summit-then-minister-led-the-negotiations-for-the-government-and-commissioner-led-them-for-the-eu',
    form: 'Title; "The Prime Minister, A, welcomed the President of the European Commission, B, and the President of the European Council, C, … for the first UK–EU summit. The Minister for D, D, led the negotiations for the Government, and Commissioner E led them for the EU. … D will now take forward …." ("led the negotiations for the Government" in the issuer\'s release; "led them for"; the leaders at the summit no side)',
    source: 'Cabinet Office (United Kingdom)',
    text: 'UK and EU agree new partnership at first summit\nLondon, 19 May 2025 – The Prime Minister, Keir Starmer, welcomed the President of the European Commission, Ursula von der Leyen, and the President of the European Council, António Costa, to Lancaster House today for the first UK–EU summit. The Minister for European Union Relations, Nick Thomas-Symonds, led the negotiations for the Government, and Commissioner Maroš Šefčovič led them for the EU. The leaders agreed a security and defence partnership and a common understanding on agrifood trade. Thomas-Symonds will now take forward the detailed negotiations.',
    facts: [
      'NEGOTIATES_FOR|Nick Thomas-Symonds|United Kingdom',
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Keir Starmer|Prime Minister of the United Kingdom',
      'HOLDS_OFFICE|Ursula von der Leyen|President of the European Commission',
      'HOLDS_OFFICE|António Costa|President of the European Council',
      'HOLDS_OFFICE|Nick Thomas-Symonds|Minister for European Union Relations of the United Kingdom',
    ],
    absent: [
      'NEGOTIATES_FOR|Keir Starmer|*',
      'NEGOTIATES_FOR|Ursula von der Leyen|*',
      'NEGOTIATES_FOR|António Costa|*',
      'NEGOTIATES_FOR|Nick Thomas-Symonds|European Union',
    ],
  },
  {
    id: 'read18.s-and-t-release-fact-sheet-then-minister-led-the-demonym-side-in-talks-with-secretary-while-trade-minister-handled-negotiations-with-representative-then-chief-of-staff-briefed',
    form: 'Title; "S and T released a joint fact sheet …. Minister of A A led the Korean side in the talks with Commerce Secretary B, while Trade Minister C handled the negotiations with Trade Representative D. … Presidential Chief of Staff for Policy E briefed reporters …." ("led the Korean side", "handled the negotiations with"; counterparts by office; a briefer no side)',
    source: 'Korea JoongAng Daily',
    text: 'Korea, US release joint fact sheet on tariff and security deal\nSeoul, 14 November 2025 – Korea and the United States released a joint fact sheet on Friday wrapping up months of tariff negotiations. Minister of Trade, Industry and Energy Kim Jung-kwan led the Korean side in the talks with US Commerce Secretary Howard Lutnick, while Trade Minister Yeo Han-koo handled the negotiations with US Trade Representative Jamieson Greer. Kim said the deal caps the tariff on Korean cars at 15 per cent. Presidential Chief of Staff for Policy Kim Yong-beom briefed reporters on the outcome.',
    facts: [
      'NEGOTIATES_FOR|Kim Jung-kwan|South Korea',
      'NEGOTIATES_FOR|Yeo Han-koo|South Korea',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'NEGOTIATES_FOR|Jamieson Greer|United States',
      'HOLDS_OFFICE|Kim Jung-kwan|Minister of Trade, Industry and Energy of South Korea',
      'HOLDS_OFFICE|Yeo Han-koo|Trade Minister of South Korea',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of the United States',
      'HOLDS_OFFICE|Jamieson Greer|Trade Representative of the United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Kim Yong-beom|*',
      'NEGOTIATES_FOR|Kim Jung-kwan|United States',
      'NEGOTIATES_FOR|Howard Lutnick|South Korea',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of South Korea',
    ],
  },
  {
    id: 'read18.after-talks-s-and-t-agreed-then-secretary-of-council-led-the-demonym-delegation-and-the-other-demonym-delegation-was-headed-by-minister-then-host-official',
    form: 'Title; "After four days of talks in C, S and T agreed to resume …. The Secretary of the Supreme National Security Council, A, led the Iranian delegation, and the Saudi delegation was headed by Minister of State and National Security Adviser B. The Director of the Office of the Central Foreign Affairs Commission, D, hosted the talks. A described the negotiations as …." (demonym delegations, active then passive; stacked titles; the host no side)',
    source: 'IRNA',
    text: 'Iran and Saudi Arabia agree to resume diplomatic relations\nBeijing, 10 March 2023 – After four days of talks in Beijing, Iran and Saudi Arabia agreed to resume diplomatic relations and reopen their embassies within two months. The Secretary of the Supreme National Security Council, Ali Shamkhani, led the Iranian delegation, and the Saudi delegation was headed by Minister of State and National Security Adviser Musaed bin Mohammed Al-Aiban. The Director of the Office of the Central Foreign Affairs Commission, Wang Yi, hosted the talks. Shamkhani described the negotiations as clear, transparent and constructive.',
    facts: [
      'NEGOTIATES_FOR|Ali Shamkhani|Iran',
      'NEGOTIATES_FOR|Musaed bin Mohammed Al-Aiban|Saudi Arabia',
      'HOLDS_OFFICE|Ali Shamkhani|Secretary of the Supreme National Security Council of Iran',
      'HOLDS_OFFICE|Musaed bin Mohammed Al-Aiban|Minister of State of Saudi Arabia',
      'HOLDS_OFFICE|Musaed bin Mohammed Al-Aiban|National Security Adviser of Saudi Arabia',
    ],
    absent: [
      'NEGOTIATES_FOR|Wang Yi|*',
      'NEGOTIATES_FOR|Ali Shamkhani|Saudi Arabia',
      'NEGOTIATES_FOR|Musaed bin Mohammed Al-Aiban|Iran',
      'NEGOTIATES_FOR|*|China',
    ],
  },
  {
    id: 'read18.agreement-signed-then-first-deputy-pm-and-minister-signed-on-behalf-of-the-government-then-secretary-signed-for-t-then-our-team-negotiated',
    form: 'Title; "The First Deputy Prime Minister and Minister of A, A, signed the agreement establishing … on behalf of the Government. US Treasury Secretary B signed for the United States. Our team negotiated the text for more than two months, A said …." ("on behalf of the Government" in the issuer\'s release; stacked titles)',
    source: 'Ministry of Economy of Ukraine',
    text: 'Agreement on the United States–Ukraine Reconstruction Investment Fund signed\nWashington, 30 April 2025 – The First Deputy Prime Minister and Minister of Economy, Yulia Svyrydenko, signed the agreement establishing the Reconstruction Investment Fund on behalf of the Government. US Treasury Secretary Scott Bessent signed for the United States. Our team negotiated the text for more than two months, Svyrydenko said, and the agreement will now go to the Verkhovna Rada for ratification.',
    facts: [
      'NEGOTIATES_FOR|Yulia Svyrydenko|Ukraine',
      'NEGOTIATES_FOR|Scott Bessent|United States',
      'HOLDS_OFFICE|Yulia Svyrydenko|First Deputy Prime Minister of Ukraine',
      'HOLDS_OFFICE|Yulia Svyrydenko|Minister of Economy of Ukraine',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of the United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Yulia Svyrydenko|United States',
      'NEGOTIATES_FOR|Scott Bessent|Ukraine',
      'HOLDS_OFFICE|Yulia Svyrydenko|First Deputy Prime Minister of the United States',
    ],
  },
  {
    id: 'read18.deputy-pm-and-minister-and-commissioner-signed-each-on-behalf-of-his-side-then-dpm-surname-said',
    form: 'Title; "Deputy Prime Minister and Minister for A A and European Commissioner for B B signed the … Agreement today, each on behalf of his side. … DPM A said …." ("each on behalf of his side": each signer\'s own state or bloc)',
    source: 'Ministry of Trade and Industry Singapore',
    text: 'Singapore and the EU sign Digital Trade Agreement\nSingapore, 7 May 2025 – Deputy Prime Minister and Minister for Trade and Industry Gan Kim Yong and European Commissioner for Trade and Economic Security Maroš Šefčovič signed the EU–Singapore Digital Trade Agreement today, each on behalf of his side. The agreement sets common rules on cross-border data flows and electronic payments. DPM Gan said the agreement would benefit businesses in both economies.',
    facts: [
      'NEGOTIATES_FOR|Gan Kim Yong|Singapore',
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Gan Kim Yong|Deputy Prime Minister of Singapore',
      'HOLDS_OFFICE|Gan Kim Yong|Minister for Trade and Industry of Singapore',
      'OFFICE_OF|Minister for Trade and Industry of Singapore|Singapore',
      'HOLDS_OFFICE|Maroš Šefčovič|European Commissioner for Trade and Economic Security',
    ],
    absent: ['NEGOTIATES_FOR|Gan Kim Yong|European Union', 'NEGOTIATES_FOR|Maroš Šefčovič|Singapore'],
  },
  {
    id: 'read18.factions-signed-declaration-then-a-led-the-movements-delegation-and-b-led-that-of-the-other-movement-then-host-foreign-minister-attended',
    form: 'Title; "Fourteen Palestinian factions signed the Beijing Declaration …. A, vice-chairman of the Fatah Central Committee, led Fatah\'s delegation, and B, a senior member of the political bureau, led that of Hamas. Foreign Minister C, who hosted the talks, attended …." (movements\' possessives; "that of Hamas"; the host no side)',
    source: 'China Daily',
    text: 'Palestinian factions sign Beijing Declaration\nBeijing, 23 July 2024 – Fourteen Palestinian factions signed the Beijing Declaration on ending division and strengthening Palestinian national unity on Tuesday at the close of three days of talks. Mahmoud al-Aloul, vice-chairman of the Fatah Central Committee, led Fatah’s delegation, and Mousa Abu Marzouk, a senior member of the political bureau, led that of Hamas. Foreign Minister Wang Yi, who hosted the talks, attended the signing ceremony. Wang said China supported the factions in achieving reconciliation.',
    facts: [
      'NEGOTIATES_FOR|Mahmoud al-Aloul|Fatah',
      'NEGOTIATES_FOR|Mousa Abu Marzouk|Hamas',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
    ],
    absent: [
      'NEGOTIATES_FOR|Wang Yi|*',
      'NEGOTIATES_FOR|Mahmoud al-Aloul|Hamas',
      'NEGOTIATES_FOR|Mousa Abu Marzouk|Fatah',
      'NEGOTIATES_FOR|*|China',
    ],
  },
  {
    id: 'read18.foreign-ministers-of-s-and-t-a-and-b-signed-each-for-his-country-then-prime-ministers-attended-then-un-mediator-and-eu-high-representative-present',
    form: 'Title; "The foreign ministers of S and T, A and B, signed the agreement on … on Sunday, each for his country. Prime Ministers C and D attended the ceremony. The UN mediator, E, who had led the talks since 1999, and the EU\'s High Representative, F, were also present." ("each for his country" with a respective pair; a mediator who "led the talks" and a guest no side)',
    source: 'Kathimerini',
    text: 'Athens and Skopje sign name deal at Prespa\nPsarades, 17 June 2018 – The foreign ministers of Greece and the former Yugoslav Republic of Macedonia, Nikos Kotzias and Nikola Dimitrov, signed the agreement on the name dispute on the shores of Lake Prespa on Sunday, each for his country. Prime Ministers Alexis Tsipras and Zoran Zaev attended the ceremony. The UN mediator, Matthew Nimetz, who had led the talks since 1999, and the EU’s High Representative, Federica Mogherini, were also present. Kotzias called the agreement a historic step.',
    facts: [
      'NEGOTIATES_FOR|Nikos Kotzias|Greece',
      'NEGOTIATES_FOR|Nikola Dimitrov|North Macedonia',
      'HOLDS_OFFICE|Nikos Kotzias|Foreign Minister of Greece',
      'HOLDS_OFFICE|Nikola Dimitrov|Foreign Minister of North Macedonia',
      'HOLDS_OFFICE|Alexis Tsipras|Prime Minister of Greece',
      'HOLDS_OFFICE|Zoran Zaev|Prime Minister of North Macedonia',
      // Corrected after the first pass (GUIDE, "Envoys and special representatives", as roles-17's AU High
      // Representative "who led the mediation"): the UN mediator negotiates for the United Nations.
      'NEGOTIATES_FOR|Matthew Nimetz|United Nations',
    ],
    absent: [
      'NEGOTIATES_FOR|Matthew Nimetz|Greece',
      'NEGOTIATES_FOR|Federica Mogherini|*',
      'NEGOTIATES_FOR|Nikos Kotzias|North Macedonia',
      'NEGOTIATES_FOR|Nikola Dimitrov|Greece',
    ],
  },
  {
    id: 'read18.demonym-presidents-signed-treaty-then-rounds-of-talks-then-the-x-side-in-those-talks-was-headed-by-a-and-the-y-side-by-b',
    form: 'Title; "Kyrgyz President A and Tajik President B signed the treaty on the … state border …. The treaty caps more than a hundred rounds of talks between the two governments\' delegations …. The Kyrgyz side in those talks was headed by the Chairman of C, C, and the Tajik side by Prime Minister D." (a table in prose after the signing; signers without "for" no side)',
    source: '24.kg',
    text: 'Kyrgyzstan and Tajikistan sign state border treaty\nBishkek, 13 March 2025 – Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed the treaty on the Kyrgyz–Tajik state border in Bishkek on Thursday. The treaty caps more than a hundred rounds of talks between the two governments’ delegations on delimitation. The Kyrgyz side in those talks was headed by the Chairman of the State Committee for National Security, Kamchybek Tashiev, and the Tajik side by Prime Minister Kokhir Rasulzoda. Japarov called the treaty a historic event for both peoples.',
    facts: [
      'NEGOTIATES_FOR|Kamchybek Tashiev|Kyrgyzstan',
      'NEGOTIATES_FOR|Kokhir Rasulzoda|Tajikistan',
      'HOLDS_OFFICE|Sadyr Japarov|President of Kyrgyzstan',
      'HOLDS_OFFICE|Emomali Rahmon|President of Tajikistan',
      'HOLDS_OFFICE|Kamchybek Tashiev|Chairman of the State Committee for National Security of Kyrgyzstan',
      'HOLDS_OFFICE|Kokhir Rasulzoda|Prime Minister of Tajikistan',
    ],
    absent: [
      'NEGOTIATES_FOR|Sadyr Japarov|*',
      'NEGOTIATES_FOR|Emomali Rahmon|*',
      'NEGOTIATES_FOR|Kamchybek Tashiev|Tajikistan',
      'NEGOTIATES_FOR|Kokhir Rasulzoda|Kyrgyzstan',
    ],
  },
  {
    id: 'read18.round-of-boundary-talks-held-then-honorific-minister-led-the-demonym-delegation-and-the-other-demonym-delegation-was-led-by-vice-fm-then-called-on-vice-president',
    form: 'Title; "The 25th round of the Boundary Talks between S and T was held in C …. Lyonpo Dr A, Minister for B, led the Bhutanese delegation, and the Chinese delegation was led by Vice Foreign Minister D. The two sides signed …. Lyonpo also called on Vice President E." (an honorific before the name; demonym delegations; a leader called on no side)',
    source: 'Kuensel',
    text: 'Bhutan and China hold 25th round of boundary talks\nThimphu, 25 October 2023 – The 25th round of the Boundary Talks between Bhutan and China was held in Beijing on 23 October. Lyonpo Dr Tandi Dorji, Minister for Foreign Affairs and External Trade, led the Bhutanese delegation, and the Chinese delegation was led by Vice Foreign Minister Sun Weidong. The two sides signed the Cooperation Agreement on the Responsibilities and Functions of the Joint Technical Team on the Delimitation and Demarcation of the Bhutan–China Boundary. Lyonpo also called on Vice President Han Zheng.',
    facts: [
      'NEGOTIATES_FOR|Tandi Dorji|Bhutan',
      'NEGOTIATES_FOR|Sun Weidong|China',
      'HOLDS_OFFICE|Tandi Dorji|Minister for Foreign Affairs and External Trade of Bhutan',
      'HOLDS_OFFICE|Sun Weidong|Vice Foreign Minister of China',
      'HOLDS_OFFICE|Han Zheng|Vice President of China',
      'OFFICE_OF|Minister for Foreign Affairs and External Trade of Bhutan|Bhutan',
      'OFFICE_OF|Vice Foreign Minister of China|China',
    ],
    absent: [
      'NEGOTIATES_FOR|Han Zheng|*',
      'NEGOTIATES_FOR|Tandi Dorji|China',
      'NEGOTIATES_FOR|Sun Weidong|Bhutan',
      'HOLDS_OFFICE|Tandi Dorji|Minister for Foreign Affairs and External Trade of China',
    ],
  },
  {
    id: 'read18.government-and-farmers-signed-deed-then-minister-signed-on-behalf-of-the-government-and-the-unions-president-signed-for-the-union-then-president-witnessed',
    form: 'Title; "The Government and representatives of former commercial farmers signed the … Deed at State House in C …. The Minister of A, Professor A, signed on behalf of the Government, and the President of the Commercial Farmers\' Union, B, signed for the union. President D witnessed the signing." (the issuer\'s state never named in the text; a union as side; the witness no side)',
    source: 'The Herald (Zimbabwe)',
    text: 'Government signs compensation deal with former farm owners\nHarare, 29 July 2020 – The Government and representatives of former commercial farmers signed the Global Compensation Deed at State House in Harare on Wednesday. The Minister of Finance and Economic Development, Professor Mthuli Ncube, signed on behalf of the Government, and the President of the Commercial Farmers’ Union, Andrew Pascoe, signed for the union. President Emmerson Mnangagwa witnessed the signing. The deed provides for compensation of US$3.5 billion for improvements on the farms.',
    facts: [
      'NEGOTIATES_FOR|Mthuli Ncube|Zimbabwe',
      'NEGOTIATES_FOR|Andrew Pascoe|Commercial Farmers’ Union',
      'HOLDS_OFFICE|Mthuli Ncube|Minister of Finance and Economic Development of Zimbabwe',
      'HOLDS_OFFICE|Andrew Pascoe|President of the Commercial Farmers’ Union',
      'HOLDS_OFFICE|Emmerson Mnangagwa|President of Zimbabwe',
      'OFFICE_OF|President of the Commercial Farmers’ Union|Commercial Farmers’ Union',
    ],
    absent: [
      'NEGOTIATES_FOR|Emmerson Mnangagwa|*',
      'NEGOTIATES_FOR|Andrew Pascoe|Zimbabwe',
      'NEGOTIATES_FOR|Mthuli Ncube|Commercial Farmers’ Union',
    ],
  },
  {
    id: 'read18.special-representatives-for-normalisation-held-meeting-then-a-deputy-speaker-represented-s-and-b-a-former-ambassador-represented-t',
    form: 'Title; "The special representatives for the normalisation process between S and T, A and B, held their fifth meeting at … on Tuesday. A, Deputy Speaker of the National Assembly, represented S, and B, a former ambassador to Washington, represented T. The sides discussed …." (a respective pair; "represented S"; an office before the side)',
    source: 'news.am',
    text: 'Armenian and Turkish special representatives meet at the border\nMargara, 30 July 2024 – The special representatives for the normalisation process between Armenia and Turkey, Ruben Rubinyan and Serdar Kılıç, held their fifth meeting at the Margara crossing on the Armenian–Turkish border on Tuesday. Rubinyan, Deputy Speaker of the National Assembly, represented Armenia, and Kılıç, a former ambassador to Washington, represented Turkey. The sides discussed opening the border to holders of diplomatic passports. The next meeting will be held on the Turkish side of the border.',
    facts: [
      'NEGOTIATES_FOR|Ruben Rubinyan|Armenia',
      'NEGOTIATES_FOR|Serdar Kılıç|Turkey',
      'HOLDS_OFFICE|Ruben Rubinyan|Deputy Speaker of the National Assembly of Armenia',
    ],
    absent: [
      'NEGOTIATES_FOR|Ruben Rubinyan|Turkey',
      'NEGOTIATES_FOR|Serdar Kılıç|Armenia',
      'NEGOTIATES_FOR|*|United States',
    ],
  },
  {
    id: 'read18.delegations-of-the-government-and-a-platform-signed-then-head-of-government-delegation-signed-for-the-government-and-b-signed-for-the-platform-then-host-pm',
    form: 'Title; "The delegations of the Government of S and the Unitary Platform signed a partial agreement on … in C on Tuesday. The head of the government delegation, National Assembly President A, signed for the Government, and B signed for the Unitary Platform. The process is facilitated by Norway. Prime Minister D hosted the ceremony." (a political platform as side; the facilitating state and the host no side)',
    source: 'El Nacional (Venezuela)',
    text: 'Government and Unitary Platform sign agreements in Barbados\nBridgetown, 17 October 2023 – The delegations of the Government of Venezuela and the Unitary Platform signed a partial agreement on political rights and electoral guarantees in Barbados on Tuesday. The head of the government delegation, National Assembly President Jorge Rodríguez, signed for the Government, and Gerardo Blyde signed for the Unitary Platform. The process is facilitated by Norway. Prime Minister Mia Mottley of Barbados hosted the ceremony.',
    facts: [
      'NEGOTIATES_FOR|Jorge Rodríguez|Venezuela',
      'NEGOTIATES_FOR|Gerardo Blyde|Unitary Platform',
      'HOLDS_OFFICE|Jorge Rodríguez|National Assembly President of Venezuela',
      'HOLDS_OFFICE|Mia Mottley|Prime Minister of Barbados',
    ],
    absent: [
      'NEGOTIATES_FOR|Mia Mottley|*',
      'NEGOTIATES_FOR|*|Norway',
      'NEGOTIATES_FOR|*|Barbados',
      'NEGOTIATES_FOR|Gerardo Blyde|Venezuela',
    ],
  },
  // Negatives.
  {
    id: 'not18.asked-about-talks-spokesperson-said-at-regular-press-conference-that-the-two-sides-had-held-exchanges',
    form: '"Asked about the economic and trade talks in C, Spokesperson A said at Tuesday\'s regular press conference that the two sides had held candid and in-depth exchanges. He referred journalists to …." (a spokesperson no side)',
    source: 'Ministry of Foreign Affairs of the People’s Republic of China',
    text: 'Asked about the economic and trade talks in Stockholm, Spokesperson Guo Jiakun said at Tuesday’s regular press conference that the two sides had held candid and in-depth exchanges. He referred journalists to the competent authorities for details.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Guo Jiakun|*', 'NEGOTIATES_FOR|*|Sweden'],
  },
  {
    id: 'not18.journalist-moderated-a-panel-on-the-initiative-with-s-minister',
    form: '"The BBC\'s chief international correspondent, A, moderated a panel on the … Initiative with S\'s Minister of B, B, at the Munich Security Conference." (a moderating journalist and a panellist: no negotiation, no side)',
    source: 'Munich Security Conference',
    text: 'The BBC’s chief international correspondent, Lyse Doucet, moderated a panel on the Black Sea Grain Initiative with Ukraine’s Minister of Infrastructure, Oleksandr Kubrakov, at the Munich Security Conference on Saturday.',
    facts: ['HOLDS_OFFICE|Oleksandr Kubrakov|Minister of Infrastructure of Ukraine'],
    absent: ['NEGOTIATES_FOR|Lyse Doucet|*', 'NEGOTIATES_FOR|Oleksandr Kubrakov|*'],
  },
  {
    id: 'not18.negotiating-body-adopted-draft-then-co-chairs-of-the-bureau-of-s-and-of-t-gavelled-then-director-general-welcomed',
    form: '"… the Intergovernmental Negotiating Body adopted the draft Pandemic Agreement …. The co-chairs of the Bureau, A of S and B of T, gavelled the text. Director-General C welcomed …." (co-chairs no side, not their own states\')',
    source: 'Health Policy Watch',
    text: 'After more than three years of talks, the Intergovernmental Negotiating Body adopted the draft Pandemic Agreement in Geneva in the early hours of Wednesday. The co-chairs of the Bureau, Precious Matsoso of South Africa and Anne-Claire Amprou of France, gavelled the text. WHO Director-General Tedros Adhanom Ghebreyesus welcomed the outcome.',
    facts: [
      'HOLDS_OFFICE|Tedros Adhanom Ghebreyesus|Director-General of the World Health Organization',
      'OFFICE_OF|Director-General of the World Health Organization|World Health Organization',
    ],
    absent: [
      'NEGOTIATES_FOR|Precious Matsoso|*',
      'NEGOTIATES_FOR|Anne-Claire Amprou|*',
      'NEGOTIATES_FOR|Tedros Adhanom Ghebreyesus|*',
    ],
  },
];
