// The off27 offices bank (issue 6): a second blind bank on offices (Office entities, HOLDS_OFFICE, OFFICE_OF), written
// before any rule was changed for it and before the extractor was run on it, on the forms earlier rounds left open: a
// third state's leader named by title and surname in another state's release ("Premier Li", "President Macron",
// "Chancellor Scholz", "Prime Minister Marape"), the state told elsewhere in the passage; sub-national offices
// (governors, premiers, a regional president, a chief minister, a mayor: each OFFICE_OF its country, as entities-6
// has it); party offices (the WPK's, the CPC's, the CPV's, the Communist Party of Cuba's, the LDP's and Komeito's: each
// OFFICE_OF the party, never the state); offices of organisations (IGAD, the AU Commission, the Commonwealth, the OAS,
// the GCC, the IMF, the UN General Assembly, the EU, The Elders), never the state of their holder or host; acting,
// interim, designate and former offices (past offices count: GUIDE, "Past offices count too"); stacked titles ("Deputy
// Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia", "Minister of State,
// Minister of Foreign Affairs …", "Prime Cabinet Secretary and Cabinet Secretary for …"); titles after the name with a
// comma, in parentheses, in lowercase with a demonym, told a sentence later, and in lists and tables. Negatives: a
// title used generically or in the plural, "the President" of another body (the Security Council, the World Bank
// Group, the General Assembly) never the state's President, a designate not yet the holder of the office.
// House styles used, none used by bank-offices.ts: Wisma Putra, Itamaraty, Mexico's SRE, the Vietnamese Government
// Portal, the Greek Prime Minister's Office, the Prime Minister's Office of India, Kenya's State House, the Australian
// Prime Minister's Office, the Office of the Governor of California, the Lagos State Government, the Presidency of
// Portugal, the Government of Punjab (Pakistan), the Kyiv City State Administration, the Gouvernement du Québec,
// Rodong Sinmun, CGTN, Granma, the Liberal Democratic Party of Japan, the Vietnam News Agency, IGAD, the Commonwealth
// Secretariat, the OAS, the GCC Secretariat General, the IMF, UN News, Rwanda's Village Urugwiro, the Royal Thai
// Government, the Chief Adviser's Office of Bangladesh, the Lebanese Presidency, the EAC Secretariat, The Elders, the
// Tehran Times, the Government of Luxembourg, Thailand's MFA, Kenya's Ministry of Foreign and Diaspora Affairs, the
// Algérie Presse Service, the Lao News Agency, the Visegrad Group, the Auswärtiges Amt, the Government of Armenia,
// Kazakhstan's MFA, Deutsche Welle, Lithuania's MFA, Nepal's MOFA, UN Press, Zambia's State House and Kenya's National
// Treasury.
// Facts follow ../shared/eval/GUIDE.md and the offices and entities banks before it: a bare title is completed with
// its state (the local cue's: a demonym, "of X", a parenthesis, a table column, the state the sentence or passage ties
// the holder to; the issuer's only when nothing else is told); one office per (title, state); honorifics dropped.
// `Type|name` asks for an entity of that type with that name or alias; relation facts are `TYPE|from|to`; `absent`
// facts must not come out (`*` matches anything). Scored by `bank.ts` (`npm run bank -- offices-2`).
// 48 passages (22 of two or three sentences or lines, three of them tables or side lines; one more a semicolon list),
// 458 expected facts (Person 103, Office 120, Organization 1, HOLDS_OFFICE 120, OFFICE_OF 114), 107 absent checks; the
// Person and Office facts are those each HOLDS_OFFICE fact names (`withOfficeEntities`, bank.ts).
import { withOfficeEntities, type BankCase } from './bank.ts';

type OfficeCase = BankCase & { form: string };

/** Each case's `form` names the construction it tests. */
const CASES: OfficeCase[] = [
  // A third state's leader by title and surname in another state's release, the state told elsewhere.
  {
    id: 'other.premier-surname-at-perdana-putra-then-accompanied-by-fm',
    form: '"Prime Minister A received Premier Li Qiang …, marking 50 years of relations between Malaysia and China. Premier Li was accompanied by Foreign Minister B." (the visitor\'s state from the pair; his minister his state\'s)',
    source: 'Ministry of Foreign Affairs of Malaysia (Wisma Putra)',
    text: 'Prime Minister Anwar Ibrahim received Premier Li Qiang at Perdana Putra on 19 June 2024, marking fifty years of diplomatic relations between Malaysia and China. Premier Li was accompanied by Foreign Minister Wang Yi.',
    facts: [
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Malaysia',
      'OFFICE_OF|Prime Minister of Malaysia|Malaysia',
      'HOLDS_OFFICE|Li Qiang|Premier of China',
      'OFFICE_OF|Premier of China|China',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
      'OFFICE_OF|Foreign Minister of China|China',
    ],
    absent: [
      'HOLDS_OFFICE|Li Qiang|Premier of Malaysia',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of Malaysia',
      'OFFICE_OF|Premier of China|Malaysia',
    ],
  },
  {
    id: 'other.president-surname-in-host-presidents-release-partnership-names-state',
    form: '"President Lula received President Macron at … . The two presidents launched … under the Brazil–France strategic partnership." (two "President"s, the second the other state\'s)',
    source: 'Ministério das Relações Exteriores (Itamaraty)',
    text: 'President Lula received President Macron at the Planalto Palace on 28 March 2024. The two presidents launched a programme of investment in the bioeconomy of the Amazon under the Brazil–France strategic partnership.',
    facts: [
      'HOLDS_OFFICE|Lula|President of Brazil',
      'OFFICE_OF|President of Brazil|Brazil',
      'HOLDS_OFFICE|Macron|President of France',
      'OFFICE_OF|President of France|France',
    ],
    absent: ['HOLDS_OFFICE|Macron|President of Brazil', 'HOLDS_OFFICE|Lula|President of France'],
  },
  {
    id: 'other.secretary-of-state-in-mexican-release',
    form: '"Foreign Secretary A met Secretary of State B in Mexico City to review … between Mexico and the United States." (the issuer\'s title and the other state\'s, each by its own state)',
    source: 'Secretaría de Relaciones Exteriores (Mexico)',
    text: 'Foreign Secretary Alicia Bárcena met Secretary of State Antony Blinken in Mexico City to review cooperation on migration and fentanyl between Mexico and the United States.',
    facts: [
      'HOLDS_OFFICE|Alicia Bárcena|Foreign Secretary of Mexico',
      'OFFICE_OF|Foreign Secretary of Mexico|Mexico',
      'HOLDS_OFFICE|Antony Blinken|Secretary of State of the United States',
      'OFFICE_OF|Secretary of State of the United States|United States',
    ],
    absent: [
      'HOLDS_OFFICE|Antony Blinken|Secretary of State of Mexico',
      'HOLDS_OFFICE|Antony Blinken|Foreign Secretary of Mexico',
    ],
  },
  {
    id: 'other.president-surname-at-summit-partnership-names-state',
    form: '"On the occasion of the BRICS Summit in Kazan, Prime Minister A met President Putin …, reaffirming the Viet Nam–Russia comprehensive strategic partnership." (the other state from the partnership\'s name)',
    source: 'Viet Nam Government Portal',
    text: 'On the occasion of the BRICS Summit in Kazan, Prime Minister Pham Minh Chinh met President Putin on 24 October 2024, reaffirming the Viet Nam–Russia comprehensive strategic partnership.',
    facts: [
      'HOLDS_OFFICE|Pham Minh Chinh|Prime Minister of Viet Nam',
      'OFFICE_OF|Prime Minister of Viet Nam|Viet Nam',
      'HOLDS_OFFICE|Putin|President of Russia',
      'OFFICE_OF|President of Russia|Russia',
    ],
    absent: ['HOLDS_OFFICE|Putin|President of Viet Nam', 'HOLDS_OFFICE|Putin|Prime Minister of Viet Nam'],
  },
  {
    id: 'other.president-surname-in-pm-release-declaration-names-both-states',
    form: '"Prime Minister A hosted President Erdoğan in Athens …. The two leaders signed the Athens Declaration on friendly relations between Greece and Türkiye." (the visitor\'s state from the declaration\'s pair)',
    source: 'Prime Minister of Greece',
    text: 'Prime Minister Kyriakos Mitsotakis hosted President Erdoğan in Athens on 7 December 2023. The two leaders signed the Athens Declaration on friendly relations and good-neighbourliness between Greece and Türkiye.',
    facts: [
      'HOLDS_OFFICE|Kyriakos Mitsotakis|Prime Minister of Greece',
      'OFFICE_OF|Prime Minister of Greece|Greece',
      'HOLDS_OFFICE|Erdoğan|President of Türkiye',
      'OFFICE_OF|President of Türkiye|Türkiye',
    ],
    absent: ['HOLDS_OFFICE|Erdoğan|President of Greece', 'OFFICE_OF|President of Türkiye|Greece'],
  },
  {
    id: 'other.chancellor-surname-in-pm-release-consultations-names-state',
    form: '"Prime Minister A and Chancellor Scholz co-chaired the seventh India–Germany Intergovernmental Consultations in New Delhi. Chancellor Scholz was accompanied by several federal ministers." (Chancellor read from the pair, not from "Chancellor" alone)',
    source: 'Prime Minister’s Office, India',
    text: 'Prime Minister Narendra Modi and Chancellor Scholz co-chaired the seventh India–Germany Intergovernmental Consultations in New Delhi on 25 October 2024. Chancellor Scholz was accompanied by several federal ministers.',
    facts: [
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of India',
      'OFFICE_OF|Prime Minister of India|India',
      'HOLDS_OFFICE|Scholz|Chancellor of Germany',
      'OFFICE_OF|Chancellor of Germany|Germany',
    ],
    absent: ['HOLDS_OFFICE|Scholz|Chancellor of India', 'OFFICE_OF|Chancellor of Germany|India'],
  },
  {
    id: 'other.president-of-x-then-third-state-discussed-negative',
    form: '"President A hosted President B of Uganda at …, where the two leaders discussed the peace process in South Sudan." (B\'s state from "of Uganda", never the state discussed)',
    source: 'State House Kenya',
    text: 'President William Ruto hosted President Yoweri Museveni of Uganda at State House, Nairobi, where the two leaders discussed the peace process in South Sudan.',
    facts: [
      'HOLDS_OFFICE|William Ruto|President of Kenya',
      'OFFICE_OF|President of Kenya|Kenya',
      'HOLDS_OFFICE|Yoweri Museveni|President of Uganda',
      'OFFICE_OF|President of Uganda|Uganda',
    ],
    absent: [
      'HOLDS_OFFICE|Yoweri Museveni|President of South Sudan',
      'HOLDS_OFFICE|Yoweri Museveni|President of Kenya',
      'HOLDS_OFFICE|William Ruto|President of Uganda',
    ],
  },
  {
    id: 'other.same-title-twice-agreement-between-names-states',
    form: '"Prime Minister A and Prime Minister B signed the Bilateral Security Agreement between Australia and Papua New Guinea in Canberra." (one title twice, the second the other state\'s)',
    source: 'Prime Minister of Australia',
    text: 'Prime Minister Albanese and Prime Minister Marape signed the Bilateral Security Agreement between Australia and Papua New Guinea in Canberra on 7 December 2023.',
    facts: [
      'HOLDS_OFFICE|Albanese|Prime Minister of Australia',
      'OFFICE_OF|Prime Minister of Australia|Australia',
      'HOLDS_OFFICE|Marape|Prime Minister of Papua New Guinea',
      'OFFICE_OF|Prime Minister of Papua New Guinea|Papua New Guinea',
    ],
    absent: [
      'HOLDS_OFFICE|Marape|Prime Minister of Australia',
      'HOLDS_OFFICE|Albanese|Prime Minister of Papua New Guinea',
    ],
  },
  // Sub-national offices: each OFFICE_OF its country.
  {
    id: 'subnat.state-governor-meets-president-in-beijing',
    form: '"California Governor A met with President B at the Great Hall of the People in Beijing, the first visit to China by a U.S. governor in six years." (a state governor OFFICE_OF the United States)',
    source: 'Office of Governor Gavin Newsom',
    text: 'California Governor Gavin Newsom met with President Xi Jinping at the Great Hall of the People in Beijing on 25 October 2023, the first visit to China by a U.S. governor in six years.',
    facts: [
      'HOLDS_OFFICE|Gavin Newsom|Governor of California',
      'OFFICE_OF|Governor of California|United States',
      'HOLDS_OFFICE|Xi Jinping|President of China',
      'OFFICE_OF|President of China|China',
    ],
    absent: [
      'OFFICE_OF|Governor of California|China',
      'HOLDS_OFFICE|Xi Jinping|President of the United States',
      'HOLDS_OFFICE|Gavin Newsom|President of the United States',
    ],
  },
  {
    id: 'subnat.governor-of-state-receives-british-high-commissioner',
    form: '"The Governor of Lagos State, Mr. A, received the British High Commissioner to Nigeria, Dr. B, at Lagos House, Alausa." (a federal state\'s governor OFFICE_OF Nigeria; an envoy\'s state by demonym)',
    source: 'Lagos State Government',
    text: 'The Governor of Lagos State, Mr. Babajide Sanwo-Olu, received the British High Commissioner to Nigeria, Dr. Richard Montgomery, at Lagos House, Alausa.',
    facts: [
      'HOLDS_OFFICE|Babajide Sanwo-Olu|Governor of Lagos State',
      'OFFICE_OF|Governor of Lagos State|Nigeria',
      'HOLDS_OFFICE|Richard Montgomery|High Commissioner of the United Kingdom to Nigeria',
      'OFFICE_OF|High Commissioner of the United Kingdom to Nigeria|United Kingdom',
    ],
    absent: [
      'OFFICE_OF|High Commissioner of the United Kingdom to Nigeria|Nigeria',
      'OFFICE_OF|Governor of Lagos State|United Kingdom',
    ],
  },
  {
    id: 'subnat.regional-government-president-and-head-of-state',
    form: '"President A received the President of the Regional Government of Madeira, B, at Belém Palace." (a regional president is not the state\'s President)',
    source: 'Presidency of the Portuguese Republic',
    text: 'President Marcelo Rebelo de Sousa received the President of the Regional Government of Madeira, Miguel Albuquerque, at Belém Palace in Lisbon.',
    facts: [
      'HOLDS_OFFICE|Marcelo Rebelo de Sousa|President of Portugal',
      'OFFICE_OF|President of Portugal|Portugal',
      'HOLDS_OFFICE|Miguel Albuquerque|President of the Regional Government of Madeira',
      'OFFICE_OF|President of the Regional Government of Madeira|Portugal',
    ],
    absent: ['HOLDS_OFFICE|Miguel Albuquerque|President of Portugal'],
  },
  {
    id: 'subnat.chief-minister-province-and-chinese-ambassador',
    form: '"Chief Minister Punjab A met Chinese Ambassador B in Lahore. The Chief Minister said Punjab would … under the China–Pakistan Economic Corridor." (a province\'s office OFFICE_OF Pakistan; a demonym envoy)',
    source: 'Government of the Punjab (Pakistan)',
    text: 'Chief Minister Punjab Maryam Nawaz Sharif met Chinese Ambassador Jiang Zaidong in Lahore. The Chief Minister said Punjab would set up special economic zones for Chinese investors under the China–Pakistan Economic Corridor.',
    facts: [
      'HOLDS_OFFICE|Maryam Nawaz Sharif|Chief Minister of Punjab',
      'OFFICE_OF|Chief Minister of Punjab|Pakistan',
      'HOLDS_OFFICE|Jiang Zaidong|Ambassador of China',
      'OFFICE_OF|Ambassador of China|China',
    ],
    absent: ['OFFICE_OF|Chief Minister of Punjab|India', 'OFFICE_OF|Ambassador of China|Pakistan'],
  },
  {
    id: 'subnat.mayor-of-capital-welcomes-european-parliament-president',
    form: '"The Mayor of Kyiv, A, welcomed the President of the European Parliament, B, to the capital. B, the first head of an EU institution to visit Ukraine since the invasion, …" (a mayor OFFICE_OF Ukraine; an institution\'s president OFFICE_OF it)',
    source: 'Kyiv City State Administration',
    text: 'The Mayor of Kyiv, Vitali Klitschko, welcomed the President of the European Parliament, Roberta Metsola, to the capital on 1 April 2022. Metsola, the first head of an EU institution to visit Ukraine since the invasion, later addressed the Verkhovna Rada.',
    facts: [
      'HOLDS_OFFICE|Vitali Klitschko|Mayor of Kyiv',
      'OFFICE_OF|Mayor of Kyiv|Ukraine',
      'HOLDS_OFFICE|Roberta Metsola|President of the European Parliament',
      'OFFICE_OF|President of the European Parliament|European Parliament',
    ],
    absent: ['OFFICE_OF|President of the European Parliament|Ukraine', 'HOLDS_OFFICE|Roberta Metsola|Mayor of Kyiv'],
  },
  {
    id: 'subnat.premier-of-province-meets-president-in-paris',
    form: '"Premier A of Quebec met the President of the French Republic, B, at the Élysée Palace …." (a province\'s premier OFFICE_OF Canada)',
    source: 'Gouvernement du Québec',
    text: 'Premier François Legault of Quebec met the President of the French Republic, Emmanuel Macron, at the Élysée Palace to discuss the energy transition and the French language in Canada.',
    facts: [
      'HOLDS_OFFICE|François Legault|Premier of Quebec',
      'OFFICE_OF|Premier of Quebec|Canada',
      'HOLDS_OFFICE|Emmanuel Macron|President of France',
      'OFFICE_OF|President of France|France',
    ],
    absent: ['OFFICE_OF|Premier of Quebec|France', 'HOLDS_OFFICE|François Legault|President of France'],
  },
  // Party offices: OFFICE_OF the party, never the state.
  {
    id: 'party.general-secretary-of-wpk-and-state-affairs-president',
    form: '"A, General Secretary of the Workers\' Party of Korea and President of the State Affairs of the DPRK, received Russian Defence Minister B in Pyongyang." (a party office and a state office stacked after the name)',
    source: 'Rodong Sinmun',
    text: "Kim Jong Un, General Secretary of the Workers' Party of Korea and President of the State Affairs of the DPRK, received Russian Defence Minister Sergei Shoigu in Pyongyang on 26 July 2023.",
    facts: [
      "Organization|Workers' Party of Korea",
      "HOLDS_OFFICE|Kim Jong Un|General Secretary of the Workers' Party of Korea",
      "OFFICE_OF|General Secretary of the Workers' Party of Korea|Workers' Party of Korea",
      'HOLDS_OFFICE|Kim Jong Un|President of the State Affairs of the DPRK',
      'OFFICE_OF|President of the State Affairs of the DPRK|North Korea',
      'HOLDS_OFFICE|Sergei Shoigu|Defence Minister of Russia',
      'OFFICE_OF|Defence Minister of Russia|Russia',
    ],
    absent: [
      "OFFICE_OF|General Secretary of the Workers' Party of Korea|South Korea",
      "OFFICE_OF|General Secretary of the Workers' Party of Korea|North Korea",
      'HOLDS_OFFICE|Sergei Shoigu|Defence Minister of North Korea',
    ],
  },
  {
    id: 'party.lowercase-party-and-state-titles-after-names',
    form: '"A, general secretary of the Communist Party of China (CPC) Central Committee and Chinese president, held talks with B, general secretary of the Communist Party of Vietnam (CPV) Central Committee and Vietnamese president, …" (lowercase stacked titles after each name)',
    source: 'CGTN',
    text: 'Xi Jinping, general secretary of the Communist Party of China (CPC) Central Committee and Chinese president, held talks with To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee and Vietnamese president, in Beijing on 19 August 2024.',
    facts: [
      'HOLDS_OFFICE|Xi Jinping|General Secretary of the Communist Party of China Central Committee',
      'OFFICE_OF|General Secretary of the Communist Party of China Central Committee|Communist Party of China',
      'HOLDS_OFFICE|Xi Jinping|President of China',
      'OFFICE_OF|President of China|China',
      'HOLDS_OFFICE|To Lam|General Secretary of the Communist Party of Vietnam Central Committee',
      'OFFICE_OF|General Secretary of the Communist Party of Vietnam Central Committee|Communist Party of Vietnam',
      'HOLDS_OFFICE|To Lam|President of Vietnam',
      'OFFICE_OF|President of Vietnam|Vietnam',
    ],
    absent: [
      'OFFICE_OF|General Secretary of the Communist Party of China Central Committee|China',
      'OFFICE_OF|General Secretary of the Communist Party of Vietnam Central Committee|Vietnam',
      'HOLDS_OFFICE|To Lam|President of China',
    ],
  },
  {
    id: 'party.first-secretary-and-president-of-the-republic-then-visitor',
    form: '"A, First Secretary of the Central Committee of the Communist Party of Cuba and President of the Republic, received Russian Foreign Minister B at the Palace of the Revolution. They reviewed …" (a party office OFFICE_OF the party; "President of the Republic" the issuer\'s)',
    source: 'Granma',
    text: 'Miguel Díaz-Canel Bermúdez, First Secretary of the Central Committee of the Communist Party of Cuba and President of the Republic, received Russian Foreign Minister Sergey Lavrov at the Palace of the Revolution in Havana. They reviewed economic cooperation between Cuba and Russia.',
    facts: [
      'HOLDS_OFFICE|Miguel Díaz-Canel Bermúdez|First Secretary of the Central Committee of the Communist Party of Cuba',
      'OFFICE_OF|First Secretary of the Central Committee of the Communist Party of Cuba|Communist Party of Cuba',
      'HOLDS_OFFICE|Miguel Díaz-Canel Bermúdez|President of Cuba',
      'OFFICE_OF|President of Cuba|Cuba',
      'HOLDS_OFFICE|Sergey Lavrov|Foreign Minister of Russia',
      'OFFICE_OF|Foreign Minister of Russia|Russia',
    ],
    absent: [
      'OFFICE_OF|First Secretary of the Central Committee of the Communist Party of Cuba|Cuba',
      'HOLDS_OFFICE|Sergey Lavrov|President of Cuba',
    ],
  },
  {
    id: 'party.party-president-and-coalition-partner-leader',
    form: '"The President of the Liberal Democratic Party, Prime Minister A, met Komeito Chief Representative B at the Prime Minister\'s Office to confirm the ruling coalition in Japan." (two party offices, one stacked with the state\'s)',
    source: 'Liberal Democratic Party of Japan',
    text: "The President of the Liberal Democratic Party, Prime Minister Kishida Fumio, met Komeito Chief Representative Yamaguchi Natsuo at the Prime Minister's Office to confirm the ruling coalition in Japan.",
    facts: [
      'HOLDS_OFFICE|Fumio Kishida|President of the Liberal Democratic Party',
      'OFFICE_OF|President of the Liberal Democratic Party|Liberal Democratic Party',
      'HOLDS_OFFICE|Fumio Kishida|Prime Minister of Japan',
      'OFFICE_OF|Prime Minister of Japan|Japan',
      'HOLDS_OFFICE|Natsuo Yamaguchi|Chief Representative of Komeito',
      'OFFICE_OF|Chief Representative of Komeito|Komeito',
    ],
    absent: [
      'OFFICE_OF|President of the Liberal Democratic Party|Japan',
      'OFFICE_OF|Chief Representative of Komeito|Japan',
      'HOLDS_OFFICE|Fumio Kishida|President of Japan',
    ],
  },
  {
    id: 'party.bare-party-general-secretary-in-state-agency-release',
    form: "\"Party General Secretary A held talks with Prime Minister B in Singapore …. A, who leads the Communist Party of Viet Nam, …\" (a bare party title in the state agency's release is the party's, not the state's)",
    source: 'Vietnam News Agency',
    text: 'Party General Secretary To Lam held talks with Prime Minister Lawrence Wong in Singapore on 12 March 2025, and the two sides upgraded Viet Nam–Singapore relations to a Comprehensive Strategic Partnership. To Lam, who leads the Communist Party of Viet Nam, also met President Tharman Shanmugaratnam.',
    facts: [
      'HOLDS_OFFICE|To Lam|General Secretary of the Communist Party of Viet Nam',
      'OFFICE_OF|General Secretary of the Communist Party of Viet Nam|Communist Party of Viet Nam',
      'HOLDS_OFFICE|Lawrence Wong|Prime Minister of Singapore',
      'OFFICE_OF|Prime Minister of Singapore|Singapore',
      'HOLDS_OFFICE|Tharman Shanmugaratnam|President of Singapore',
      'OFFICE_OF|President of Singapore|Singapore',
    ],
    absent: [
      'OFFICE_OF|General Secretary of the Communist Party of Viet Nam|Viet Nam',
      'HOLDS_OFFICE|Lawrence Wong|Prime Minister of Viet Nam',
      'HOLDS_OFFICE|Tharman Shanmugaratnam|President of Viet Nam',
    ],
  },
  // Offices of organisations: OFFICE_OF the organisation, never its host's or its holder's state.
  {
    id: 'org.executive-secretary-and-commission-chairperson-in-addis',
    form: '"The Executive Secretary of IGAD, Dr. A, met the AU Commission Chairperson, B, in Addis Ababa …" (two organisations\' offices, the host city no owner)',
    source: 'Intergovernmental Authority on Development (IGAD)',
    text: 'The Executive Secretary of IGAD, Dr. Workneh Gebeyehu, met the AU Commission Chairperson, Moussa Faki Mahamat, in Addis Ababa to coordinate their support for the peace process in Sudan.',
    facts: [
      'HOLDS_OFFICE|Workneh Gebeyehu|Executive Secretary of IGAD',
      'OFFICE_OF|Executive Secretary of IGAD|IGAD',
      'HOLDS_OFFICE|Moussa Faki Mahamat|Chairperson of the African Union Commission',
      'OFFICE_OF|Chairperson of the African Union Commission|African Union Commission',
    ],
    absent: [
      'OFFICE_OF|Executive Secretary of IGAD|Ethiopia',
      'OFFICE_OF|Chairperson of the African Union Commission|Ethiopia',
      'OFFICE_OF|Chairperson of the African Union Commission|Sudan',
    ],
  },
  {
    id: 'org.secretary-general-prefix-and-prime-minister-of-x',
    form: '"The Commonwealth Secretary-General, the Rt Hon A, met the Prime Minister of Barbados, B, in Bridgetown. They discussed …" (an organisation\'s office by prefix, never the state of the meeting)',
    source: 'Commonwealth Secretariat',
    text: 'The Commonwealth Secretary-General, the Rt Hon Patricia Scotland KC, met the Prime Minister of Barbados, Mia Amor Mottley, in Bridgetown. They discussed climate finance for small island states.',
    facts: [
      'HOLDS_OFFICE|Patricia Scotland|Commonwealth Secretary-General',
      'OFFICE_OF|Commonwealth Secretary-General|Commonwealth',
      'HOLDS_OFFICE|Mia Amor Mottley|Prime Minister of Barbados',
      'OFFICE_OF|Prime Minister of Barbados|Barbados',
    ],
    absent: [
      'OFFICE_OF|Commonwealth Secretary-General|Barbados',
      'HOLDS_OFFICE|Patricia Scotland|Prime Minister of Barbados',
    ],
  },
  {
    id: 'org.acronym-secretary-general-and-foreign-minister-of-x',
    form: '"OAS Secretary General A met the Minister of Foreign Affairs of Guatemala, B, at the headquarters in Washington, D.C." (an acronym office; the host city\'s state no owner)',
    source: 'Organization of American States',
    text: 'OAS Secretary General Luis Almagro met the Minister of Foreign Affairs of Guatemala, Carlos Ramiro Martínez, at the headquarters of the organization in Washington, D.C.',
    facts: [
      'HOLDS_OFFICE|Luis Almagro|Secretary General of the OAS',
      'OFFICE_OF|Secretary General of the OAS|OAS',
      'HOLDS_OFFICE|Carlos Ramiro Martínez|Minister of Foreign Affairs of Guatemala',
      'OFFICE_OF|Minister of Foreign Affairs of Guatemala|Guatemala',
    ],
    absent: [
      'OFFICE_OF|Secretary General of the OAS|United States',
      'OFFICE_OF|Secretary General of the OAS|Guatemala',
    ],
  },
  {
    id: 'org.council-secretary-general-and-eu-special-representative',
    form: '"The Secretary-General of the Gulf Cooperation Council (GCC), A, received the EU Special Representative for the Gulf, B, at the GCC Secretariat General in Riyadh." (an office of a council with its acronym; an EU envoy)',
    source: 'GCC Secretariat General',
    text: 'The Secretary-General of the Gulf Cooperation Council (GCC), Jasem Mohamed Albudaiwi, received the EU Special Representative for the Gulf, Luigi Di Maio, at the GCC Secretariat General in Riyadh.',
    facts: [
      'HOLDS_OFFICE|Jasem Mohamed Albudaiwi|Secretary-General of the Gulf Cooperation Council',
      'OFFICE_OF|Secretary-General of the Gulf Cooperation Council|Gulf Cooperation Council',
      'HOLDS_OFFICE|Luigi Di Maio|EU Special Representative for the Gulf',
      'OFFICE_OF|EU Special Representative for the Gulf|European Union',
    ],
    absent: [
      'OFFICE_OF|Secretary-General of the Gulf Cooperation Council|Saudi Arabia',
      'OFFICE_OF|EU Special Representative for the Gulf|Saudi Arabia',
    ],
  },
  {
    id: 'org.fund-managing-director-then-possessive-minister',
    form: '"IMF Managing Director A met Argentina\'s Economy Minister B in Washington. A said the Fund …" (an acronym office; a possessive state)',
    source: 'International Monetary Fund',
    text: "IMF Managing Director Kristalina Georgieva met Argentina's Economy Minister Luis Caputo in Washington. Georgieva said the Fund would keep working closely with the Argentine authorities.",
    facts: [
      'HOLDS_OFFICE|Kristalina Georgieva|Managing Director of the IMF',
      'OFFICE_OF|Managing Director of the IMF|IMF',
      'HOLDS_OFFICE|Luis Caputo|Economy Minister of Argentina',
      'OFFICE_OF|Economy Minister of Argentina|Argentina',
    ],
    absent: [
      'OFFICE_OF|Managing Director of the IMF|Argentina',
      'OFFICE_OF|Managing Director of the IMF|United States',
    ],
  },
  {
    id: 'org.president-of-general-assembly-of-x-negative-state-president',
    form: '"The President of the General Assembly, A of Trinidad and Tobago, opened … with the Secretary-General of the United Nations, B." ("President" of a body, never the state\'s President)',
    source: 'UN News',
    text: 'The President of the seventy-eighth session of the United Nations General Assembly, Dennis Francis of Trinidad and Tobago, opened the general debate with the Secretary-General of the United Nations, António Guterres.',
    facts: [
      'HOLDS_OFFICE|Dennis Francis|President of the United Nations General Assembly',
      'OFFICE_OF|President of the United Nations General Assembly|United Nations General Assembly',
      'HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations',
      'OFFICE_OF|Secretary-General of the United Nations|United Nations',
    ],
    absent: [
      'HOLDS_OFFICE|Dennis Francis|President of Trinidad and Tobago',
      'OFFICE_OF|President of the United Nations General Assembly|Trinidad and Tobago',
    ],
  },
  {
    id: 'org.commission-chairperson-in-state-release-and-former-minister',
    form: '"President A received the Chairperson of the African Union Commission, B, at Village Urugwiro. B, a former Foreign Minister of Djibouti, …" (an organisation\'s office in a state\'s release; a former office)',
    source: 'Office of the President of Rwanda (Village Urugwiro)',
    text: "President Paul Kagame received the Chairperson of the African Union Commission, Mahmoud Ali Youssouf, at Village Urugwiro in Kigali. Youssouf, a former Foreign Minister of Djibouti, briefed the President on the Commission's priorities.",
    facts: [
      'HOLDS_OFFICE|Paul Kagame|President of Rwanda',
      'OFFICE_OF|President of Rwanda|Rwanda',
      'HOLDS_OFFICE|Mahmoud Ali Youssouf|Chairperson of the African Union Commission',
      'OFFICE_OF|Chairperson of the African Union Commission|African Union Commission',
      'HOLDS_OFFICE|Mahmoud Ali Youssouf|Foreign Minister of Djibouti',
      'OFFICE_OF|Foreign Minister of Djibouti|Djibouti',
    ],
    absent: [
      'OFFICE_OF|Chairperson of the African Union Commission|Rwanda',
      'OFFICE_OF|Chairperson of the African Union Commission|Djibouti',
      'HOLDS_OFFICE|Mahmoud Ali Youssouf|President of Rwanda',
    ],
  },
  // Acting, interim, designate and former offices.
  {
    id: 'acting.acting-pm-and-minister-stacked-receives-ambassador',
    form: '"Acting Prime Minister and Minister of Commerce A received the Ambassador of the People\'s Republic of China to Thailand, B, at Government House." (an acting office stacked with a portfolio)',
    source: 'Royal Thai Government',
    text: "Acting Prime Minister and Minister of Commerce Phumtham Wechayachai received the Ambassador of the People's Republic of China to Thailand, Han Zhiqiang, at Government House in Bangkok.",
    facts: [
      'HOLDS_OFFICE|Phumtham Wechayachai|Acting Prime Minister of Thailand',
      'OFFICE_OF|Acting Prime Minister of Thailand|Thailand',
      'HOLDS_OFFICE|Phumtham Wechayachai|Minister of Commerce of Thailand',
      'OFFICE_OF|Minister of Commerce of Thailand|Thailand',
      'HOLDS_OFFICE|Han Zhiqiang|Ambassador of China to Thailand',
      'OFFICE_OF|Ambassador of China to Thailand|China',
    ],
    absent: [
      'OFFICE_OF|Ambassador of China to Thailand|Thailand',
      'HOLDS_OFFICE|Han Zhiqiang|Minister of Commerce of Thailand',
    ],
  },
  {
    id: 'interim.chief-adviser-of-interim-government-and-un-secretary-general',
    form: '"The Chief Adviser of Bangladesh\'s interim government, Professor A, received UN Secretary-General B at the State Guest House Jamuna in Dhaka. B later visited …" (an interim government\'s head; a UN office by prefix)',
    source: 'Chief Adviser’s Office, Bangladesh',
    text: "The Chief Adviser of Bangladesh's interim government, Professor Muhammad Yunus, received UN Secretary-General António Guterres at the State Guest House Jamuna in Dhaka on 13 March 2025. Guterres later visited the Rohingya camps in Cox's Bazar.",
    facts: [
      'HOLDS_OFFICE|Muhammad Yunus|Chief Adviser of Bangladesh',
      'OFFICE_OF|Chief Adviser of Bangladesh|Bangladesh',
      'HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations',
      'OFFICE_OF|Secretary-General of the United Nations|United Nations',
    ],
    absent: [
      'OFFICE_OF|Secretary-General of the United Nations|Bangladesh',
      'HOLDS_OFFICE|Muhammad Yunus|Secretary-General of the United Nations',
    ],
  },
  {
    id: 'designate.prime-minister-designate-meets-president',
    form: '"Prime Minister-designate A met President B at Baabda Palace to discuss the formation of the new government." (a designate holds the designation, not yet the office)',
    source: 'Presidency of the Republic of Lebanon',
    text: 'Prime Minister-designate Nawaf Salam met President Joseph Aoun at Baabda Palace on 15 January 2025 to discuss the formation of the new government.',
    facts: [
      'HOLDS_OFFICE|Joseph Aoun|President of Lebanon',
      'OFFICE_OF|President of Lebanon|Lebanon',
      'HOLDS_OFFICE|Nawaf Salam|Prime Minister-designate of Lebanon',
    ],
    absent: ['HOLDS_OFFICE|Nawaf Salam|Prime Minister of Lebanon', 'HOLDS_OFFICE|Nawaf Salam|President of Lebanon'],
  },
  {
    id: 'former.facilitator-former-president-of-x',
    form: '"The Facilitator of the EAC-led Nairobi Process, former President A of Kenya, met B, President of the Democratic Republic of the Congo, in Kinshasa." (a former office is still HOLDS_OFFICE: GUIDE)',
    source: 'East African Community Secretariat',
    text: 'The Facilitator of the EAC-led Nairobi Process, former President Uhuru Kenyatta of Kenya, met Félix Tshisekedi, President of the Democratic Republic of the Congo, in Kinshasa.',
    facts: [
      'HOLDS_OFFICE|Uhuru Kenyatta|President of Kenya',
      'OFFICE_OF|President of Kenya|Kenya',
      'HOLDS_OFFICE|Félix Tshisekedi|President of the Democratic Republic of the Congo',
      'OFFICE_OF|President of the Democratic Republic of the Congo|Democratic Republic of the Congo',
    ],
    absent: [
      'HOLDS_OFFICE|Uhuru Kenyatta|President of the Democratic Republic of the Congo',
      'HOLDS_OFFICE|Félix Tshisekedi|President of Kenya',
    ],
  },
  {
    id: 'former.former-secretary-general-and-deputy-chair',
    form: '"A, Deputy Chair of The Elders and former Secretary-General of the United Nations, met President B in Seoul. …" (a past office after a present one, both after the name)',
    source: 'The Elders',
    text: 'Ban Ki-moon, Deputy Chair of The Elders and former Secretary-General of the United Nations, met President Moon Jae-in in Seoul. They discussed the climate crisis and peace on the Korean Peninsula.',
    facts: [
      'HOLDS_OFFICE|Ban Ki-moon|Secretary-General of the United Nations',
      'OFFICE_OF|Secretary-General of the United Nations|United Nations',
      'HOLDS_OFFICE|Ban Ki-moon|Deputy Chair of The Elders',
      'OFFICE_OF|Deputy Chair of The Elders|The Elders',
    ],
    absent: [
      'HOLDS_OFFICE|Ban Ki-moon|President of South Korea',
      'OFFICE_OF|Secretary-General of the United Nations|South Korea',
    ],
  },
  {
    id: 'acting.lowercase-acting-president-possessive-receives-pm-of-x',
    form: '"Mohammad Mokhber, Iran\'s acting president, received the Prime Minister of Iraq, A, in Tehran. …" (a lowercase acting office after the name)',
    source: 'Tehran Times',
    text: "Mohammad Mokhber, Iran's acting president, received the Prime Minister of Iraq, Mohammed Shia al-Sudani, in Tehran on 22 May 2024. Al-Sudani offered his condolences on the death of President Ebrahim Raisi.",
    facts: [
      'HOLDS_OFFICE|Mohammad Mokhber|Acting President of Iran',
      'OFFICE_OF|Acting President of Iran|Iran',
      'HOLDS_OFFICE|Mohammed Shia al-Sudani|Prime Minister of Iraq',
      'OFFICE_OF|Prime Minister of Iraq|Iraq',
      'HOLDS_OFFICE|Ebrahim Raisi|President of Iran',
    ],
    absent: [
      'HOLDS_OFFICE|Mohammed Shia al-Sudani|Prime Minister of Iran',
      'HOLDS_OFFICE|Ebrahim Raisi|President of Iraq',
    ],
  },
  // Stacked titles.
  {
    id: 'stack.deputy-pm-comma-minister-and-counterparts-stack',
    form: '"The Deputy Prime Minister, Minister for Foreign Affairs and Foreign Trade, A, received his Belgian counterpart, B, Deputy Prime Minister and Minister of Foreign Affairs, European Affairs and Development Cooperation, in Luxembourg." (two stacks, the second the counterpart\'s state)',
    source: 'Gouvernement du Grand-Duché de Luxembourg',
    text: 'The Deputy Prime Minister, Minister for Foreign Affairs and Foreign Trade, Xavier Bettel, received his Belgian counterpart, Maxime Prévot, Deputy Prime Minister and Minister of Foreign Affairs, European Affairs and Development Cooperation, in Luxembourg.',
    facts: [
      'HOLDS_OFFICE|Xavier Bettel|Deputy Prime Minister of Luxembourg',
      'OFFICE_OF|Deputy Prime Minister of Luxembourg|Luxembourg',
      'HOLDS_OFFICE|Xavier Bettel|Minister for Foreign Affairs and Foreign Trade of Luxembourg',
      'OFFICE_OF|Minister for Foreign Affairs and Foreign Trade of Luxembourg|Luxembourg',
      'HOLDS_OFFICE|Maxime Prévot|Deputy Prime Minister of Belgium',
      'OFFICE_OF|Deputy Prime Minister of Belgium|Belgium',
      'HOLDS_OFFICE|Maxime Prévot|Minister of Foreign Affairs, European Affairs and Development Cooperation of Belgium',
      'OFFICE_OF|Minister of Foreign Affairs, European Affairs and Development Cooperation of Belgium|Belgium',
    ],
    absent: [
      'HOLDS_OFFICE|Maxime Prévot|Deputy Prime Minister of Luxembourg',
      'OFFICE_OF|Minister of Foreign Affairs, European Affairs and Development Cooperation of Belgium|Luxembourg',
    ],
  },
  {
    id: 'stack.name-comma-stack-then-name-comma-stack-of-x',
    form: '"Mr. A, Deputy Prime Minister and Minister of Foreign Affairs, held talks with Mr. B, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia, in Bangkok." (the second stack\'s "of X" holds for both its titles)',
    source: 'Ministry of Foreign Affairs of the Kingdom of Thailand',
    text: 'Mr. Parnpree Bahidda-Nukara, Deputy Prime Minister and Minister of Foreign Affairs, held talks with Mr. Sok Chenda Sophea, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia, in Bangkok.',
    facts: [
      'HOLDS_OFFICE|Parnpree Bahidda-Nukara|Deputy Prime Minister of Thailand',
      'HOLDS_OFFICE|Parnpree Bahidda-Nukara|Minister of Foreign Affairs of Thailand',
      'OFFICE_OF|Minister of Foreign Affairs of Thailand|Thailand',
      'HOLDS_OFFICE|Sok Chenda Sophea|Deputy Prime Minister of Cambodia',
      'OFFICE_OF|Deputy Prime Minister of Cambodia|Cambodia',
      'HOLDS_OFFICE|Sok Chenda Sophea|Minister of Foreign Affairs and International Cooperation of Cambodia',
      'OFFICE_OF|Minister of Foreign Affairs and International Cooperation of Cambodia|Cambodia',
    ],
    absent: [
      'HOLDS_OFFICE|Sok Chenda Sophea|Deputy Prime Minister of Thailand',
      'OFFICE_OF|Deputy Prime Minister of Cambodia|Thailand',
      'HOLDS_OFFICE|Parnpree Bahidda-Nukara|Deputy Prime Minister of Cambodia',
    ],
  },
  {
    id: 'stack.prime-cabinet-secretary-and-cabinet-secretary-receives-fm-of-x',
    form: '"The Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, A, received the Minister of Foreign Affairs and International Cooperation of Somalia, B, in Nairobi. …" (a stack before the name; the guest\'s title by "of X")',
    source: 'Ministry of Foreign and Diaspora Affairs, Kenya',
    text: 'The Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Musalia Mudavadi, received the Minister of Foreign Affairs and International Cooperation of Somalia, Ahmed Moallim Fiqi, in Nairobi. The two ministers discussed security along the common border.',
    facts: [
      'HOLDS_OFFICE|Musalia Mudavadi|Prime Cabinet Secretary of Kenya',
      'OFFICE_OF|Prime Cabinet Secretary of Kenya|Kenya',
      'HOLDS_OFFICE|Musalia Mudavadi|Cabinet Secretary for Foreign and Diaspora Affairs of Kenya',
      'OFFICE_OF|Cabinet Secretary for Foreign and Diaspora Affairs of Kenya|Kenya',
      'HOLDS_OFFICE|Ahmed Moallim Fiqi|Minister of Foreign Affairs and International Cooperation of Somalia',
      'OFFICE_OF|Minister of Foreign Affairs and International Cooperation of Somalia|Somalia',
    ],
    absent: [
      'OFFICE_OF|Minister of Foreign Affairs and International Cooperation of Somalia|Kenya',
      'HOLDS_OFFICE|Ahmed Moallim Fiqi|Prime Cabinet Secretary of Kenya',
    ],
  },
  {
    id: 'stack.minister-of-state-comma-minister-receives-org-secretary-general',
    form: '"Mr. A, Minister of State, Minister of Foreign Affairs and the National Community Abroad, received in Algiers the Secretary General of the League of Arab States, Mr. B." (a comma stack after the name; an organisation\'s office)',
    source: 'Algérie Presse Service',
    text: 'Mr. Ahmed Attaf, Minister of State, Minister of Foreign Affairs and the National Community Abroad, received in Algiers the Secretary General of the League of Arab States, Mr. Ahmed Aboul Gheit.',
    facts: [
      'HOLDS_OFFICE|Ahmed Attaf|Minister of State of Algeria',
      'OFFICE_OF|Minister of State of Algeria|Algeria',
      'HOLDS_OFFICE|Ahmed Attaf|Minister of Foreign Affairs and the National Community Abroad of Algeria',
      'OFFICE_OF|Minister of Foreign Affairs and the National Community Abroad of Algeria|Algeria',
      'HOLDS_OFFICE|Ahmed Aboul Gheit|Secretary General of the League of Arab States',
      'OFFICE_OF|Secretary General of the League of Arab States|League of Arab States',
    ],
    absent: [
      'OFFICE_OF|Secretary General of the League of Arab States|Algeria',
      'HOLDS_OFFICE|Ahmed Aboul Gheit|Minister of State of Algeria',
    ],
  },
  {
    id: 'stack.semicolon-list-name-title-parenthesis-state',
    form: '"The meeting was attended by: A, Minister of Foreign Affairs II (Brunei Darussalam); B, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation (Cambodia); C, Deputy Prime Minister and Minister of Foreign Affairs (Lao PDR)." (each title\'s state in parentheses)',
    source: 'Lao News Agency (KPL)',
    text: 'The ministerial meeting in Vientiane was attended by: Dato Erywan Pehin Yusof, Minister of Foreign Affairs II (Brunei Darussalam); Prak Sokhonn, Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation (Cambodia); and Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign Affairs (Lao PDR).',
    facts: [
      'HOLDS_OFFICE|Erywan Pehin Yusof|Minister of Foreign Affairs II of Brunei Darussalam',
      'OFFICE_OF|Minister of Foreign Affairs II of Brunei Darussalam|Brunei Darussalam',
      'HOLDS_OFFICE|Prak Sokhonn|Deputy Prime Minister of Cambodia',
      'HOLDS_OFFICE|Prak Sokhonn|Minister of Foreign Affairs and International Cooperation of Cambodia',
      'OFFICE_OF|Minister of Foreign Affairs and International Cooperation of Cambodia|Cambodia',
      'HOLDS_OFFICE|Saleumxay Kommasith|Deputy Prime Minister of Lao PDR',
      'HOLDS_OFFICE|Saleumxay Kommasith|Minister of Foreign Affairs of Lao PDR',
      'OFFICE_OF|Minister of Foreign Affairs of Lao PDR|Lao PDR',
    ],
    absent: [
      'HOLDS_OFFICE|Prak Sokhonn|Deputy Prime Minister of Lao PDR',
      'OFFICE_OF|Minister of Foreign Affairs II of Brunei Darussalam|Lao PDR',
      'HOLDS_OFFICE|Saleumxay Kommasith|Deputy Prime Minister of Cambodia',
    ],
  },
  // Titles in tables and lines.
  {
    id: 'table.markdown-country-and-name-comma-title',
    form: '"| Country | Head of delegation |" rows "| Czech Republic | A, Minister of Foreign Affairs |" (each row\'s office the row\'s state)',
    source: 'Visegrad Group',
    text: 'The foreign ministers of the Visegrad Group met in Bratislava.\n\n| Country | Head of delegation |\n| --- | --- |\n| Czech Republic | Jan Lipavský, Minister of Foreign Affairs |\n| Hungary | Péter Szijjártó, Minister of Foreign Affairs and Trade |\n| Poland | Zbigniew Rau, Minister of Foreign Affairs |\n| Slovakia | Rastislav Káčer, Minister of Foreign and European Affairs |',
    facts: [
      'HOLDS_OFFICE|Jan Lipavský|Minister of Foreign Affairs of the Czech Republic',
      'OFFICE_OF|Minister of Foreign Affairs of the Czech Republic|Czech Republic',
      'HOLDS_OFFICE|Péter Szijjártó|Minister of Foreign Affairs and Trade of Hungary',
      'OFFICE_OF|Minister of Foreign Affairs and Trade of Hungary|Hungary',
      'HOLDS_OFFICE|Zbigniew Rau|Minister of Foreign Affairs of Poland',
      'OFFICE_OF|Minister of Foreign Affairs of Poland|Poland',
      'HOLDS_OFFICE|Rastislav Káčer|Minister of Foreign and European Affairs of Slovakia',
      'OFFICE_OF|Minister of Foreign and European Affairs of Slovakia|Slovakia',
    ],
    absent: [
      'HOLDS_OFFICE|Zbigniew Rau|Minister of Foreign Affairs of the Czech Republic',
      'HOLDS_OFFICE|Jan Lipavský|Minister of Foreign Affairs of Poland',
      'OFFICE_OF|Minister of Foreign and European Affairs of Slovakia|Hungary',
    ],
  },
  {
    id: 'table.markdown-three-columns-name-title-country',
    form: '"| Name | Title | Country |" rows (the title and the state in their own columns)',
    source: 'Auswärtiges Amt',
    text: 'Participants in the Weimar Triangle foreign ministers’ meeting in Paris:\n\n| Name | Title | Country |\n| --- | --- | --- |\n| Jean-Noël Barrot | Minister for Europe and Foreign Affairs | France |\n| Johann Wadephul | Federal Foreign Minister | Germany |\n| Radosław Sikorski | Minister of Foreign Affairs | Poland |',
    facts: [
      'HOLDS_OFFICE|Jean-Noël Barrot|Minister for Europe and Foreign Affairs of France',
      'OFFICE_OF|Minister for Europe and Foreign Affairs of France|France',
      'HOLDS_OFFICE|Johann Wadephul|Federal Foreign Minister of Germany',
      'OFFICE_OF|Federal Foreign Minister of Germany|Germany',
      'HOLDS_OFFICE|Radosław Sikorski|Minister of Foreign Affairs of Poland',
      'OFFICE_OF|Minister of Foreign Affairs of Poland|Poland',
    ],
    absent: [
      'HOLDS_OFFICE|Radosław Sikorski|Minister of Foreign Affairs of France',
      'OFFICE_OF|Federal Foreign Minister of Germany|France',
    ],
  },
  {
    id: 'table.side-lines-demonym-same-title',
    form: '"The commissions were chaired as follows.\\nArmenian side: A, Deputy Prime Minister\\nAzerbaijani side: B, Deputy Prime Minister" (one title, two states by the line\'s side)',
    source: 'Government of the Republic of Armenia',
    text: 'The commissions on the delimitation of the border met on the border between the two countries. The commissions were chaired as follows.\nArmenian side: Mher Grigoryan, Deputy Prime Minister\nAzerbaijani side: Shahin Mustafayev, Deputy Prime Minister',
    facts: [
      'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Armenia',
      'OFFICE_OF|Deputy Prime Minister of Armenia|Armenia',
      'HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Azerbaijan',
      'OFFICE_OF|Deputy Prime Minister of Azerbaijan|Azerbaijan',
    ],
    absent: ['HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Armenia'],
  },
  // Titles after the name: parentheses, lowercase with a demonym, a later sentence.
  {
    id: 'after.title-surname-parenthesis-state-and-host-possessive',
    form: '"Foreign Minister A (Armenia) and Foreign Minister B (Azerbaijan) met in Almaty …, hosted by Kazakhstan\'s Foreign Minister C." (the state in parentheses after a title and surname)',
    source: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    text: "Foreign Minister Mirzoyan (Armenia) and Foreign Minister Bayramov (Azerbaijan) met in Almaty on 10–11 May 2024, hosted by Kazakhstan's Foreign Minister Murat Nurtleu.",
    facts: [
      'HOLDS_OFFICE|Mirzoyan|Foreign Minister of Armenia',
      'OFFICE_OF|Foreign Minister of Armenia|Armenia',
      'HOLDS_OFFICE|Bayramov|Foreign Minister of Azerbaijan',
      'OFFICE_OF|Foreign Minister of Azerbaijan|Azerbaijan',
      'HOLDS_OFFICE|Murat Nurtleu|Foreign Minister of Kazakhstan',
      'OFFICE_OF|Foreign Minister of Kazakhstan|Kazakhstan',
    ],
    absent: [
      'HOLDS_OFFICE|Mirzoyan|Foreign Minister of Kazakhstan',
      'HOLDS_OFFICE|Bayramov|Foreign Minister of Armenia',
    ],
  },
  {
    id: 'after.lowercase-demonym-and-possessive-titles-host-no-title',
    form: '"A, the German foreign minister, and B, Poland\'s foreign minister, joined their French host, C, at …" (lowercase titles after names; a host without a title gets none)',
    source: 'Deutsche Welle',
    text: "Annalena Baerbock, the German foreign minister, and Radosław Sikorski, Poland's foreign minister, joined their French host, Stéphane Séjourné, at La Celle-Saint-Cloud near Paris on 12 February 2024 to revive the Weimar Triangle.",
    facts: [
      'HOLDS_OFFICE|Annalena Baerbock|Foreign Minister of Germany',
      'OFFICE_OF|Foreign Minister of Germany|Germany',
      'HOLDS_OFFICE|Radosław Sikorski|Foreign Minister of Poland',
      'OFFICE_OF|Foreign Minister of Poland|Poland',
    ],
    absent: [
      'HOLDS_OFFICE|Stéphane Séjourné|Foreign Minister of Germany',
      'HOLDS_OFFICE|Stéphane Séjourné|Foreign Minister of Poland',
      'HOLDS_OFFICE|Radosław Sikorski|Foreign Minister of Germany',
    ],
  },
  {
    id: 'after.parenthesis-bare-title-then-title-of-x',
    form: '"A (Minister of Foreign Affairs) met B (Minister of Foreign Affairs of Ukraine) in Vilnius. …" (the bare title the issuer\'s, the other by its "of X")',
    source: 'Ministry of Foreign Affairs of the Republic of Lithuania',
    text: 'Gabrielius Landsbergis (Minister of Foreign Affairs) met Dmytro Kuleba (Minister of Foreign Affairs of Ukraine) in Vilnius. The ministers discussed air defence and Ukraine’s path to the European Union.',
    facts: [
      'HOLDS_OFFICE|Gabrielius Landsbergis|Minister of Foreign Affairs of Lithuania',
      'OFFICE_OF|Minister of Foreign Affairs of Lithuania|Lithuania',
      'HOLDS_OFFICE|Dmytro Kuleba|Minister of Foreign Affairs of Ukraine',
      'OFFICE_OF|Minister of Foreign Affairs of Ukraine|Ukraine',
    ],
    absent: [
      'HOLDS_OFFICE|Dmytro Kuleba|Minister of Foreign Affairs of Lithuania',
      'HOLDS_OFFICE|Gabrielius Landsbergis|Minister of Foreign Affairs of Ukraine',
    ],
  },
  {
    id: 'after.visit-then-called-on-host-leader-and-minister',
    form: '"Foreign Minister A paid an official visit to India …. She called on Prime Minister B and held talks with External Affairs Minister C." (the host\'s offices in a visitor\'s release: the host state)',
    source: 'Ministry of Foreign Affairs of Nepal',
    text: 'Foreign Minister Arzu Rana Deuba paid an official visit to India from 18 to 22 August 2024. She called on Prime Minister Narendra Modi and held talks with External Affairs Minister S. Jaishankar in New Delhi.',
    facts: [
      'HOLDS_OFFICE|Arzu Rana Deuba|Foreign Minister of Nepal',
      'OFFICE_OF|Foreign Minister of Nepal|Nepal',
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of India',
      'OFFICE_OF|Prime Minister of India|India',
      'HOLDS_OFFICE|S. Jaishankar|External Affairs Minister of India',
      'OFFICE_OF|External Affairs Minister of India|India',
    ],
    absent: [
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of Nepal',
      'HOLDS_OFFICE|Arzu Rana Deuba|Foreign Minister of India',
    ],
  },
  {
    id: 'after.title-and-state-told-next-sentence',
    form: '"A arrived in Accra on Monday. The Foreign Minister of Côte d\'Ivoire, who was received by B, Minister for Foreign Affairs, …" (the title told a sentence after the name; the issuer\'s minister bare)',
    source: 'Ministry of Foreign Affairs and Regional Integration, Ghana',
    text: "Léon Kacou Adom arrived in Accra on Monday for consultations. The Minister of Foreign Affairs of Côte d'Ivoire was received by Samuel Okudzeto Ablakwa, Minister for Foreign Affairs, at the Ministry.",
    facts: [
      "HOLDS_OFFICE|Léon Kacou Adom|Minister of Foreign Affairs of Côte d'Ivoire",
      "OFFICE_OF|Minister of Foreign Affairs of Côte d'Ivoire|Côte d'Ivoire",
      'HOLDS_OFFICE|Samuel Okudzeto Ablakwa|Minister for Foreign Affairs of Ghana',
      'OFFICE_OF|Minister for Foreign Affairs of Ghana|Ghana',
    ],
    absent: [
      "HOLDS_OFFICE|Samuel Okudzeto Ablakwa|Minister of Foreign Affairs of Côte d'Ivoire",
      'HOLDS_OFFICE|Léon Kacou Adom|Minister for Foreign Affairs of Ghana',
    ],
  },
  // Negatives: a title used generically, "President" of another body.
  {
    id: 'neg.security-council-president-ambassador-of-x',
    form: '"The President of the Security Council for April, Ambassador A of Malta, read out a press statement …" (a rotating presidency, never the state\'s President)',
    source: 'UN Press',
    text: 'The President of the Security Council for April, Ambassador Vanessa Frazier of Malta, read out a press statement condemning the attack on the humanitarian convoy.',
    facts: [
      'HOLDS_OFFICE|Vanessa Frazier|President of the Security Council',
      'HOLDS_OFFICE|Vanessa Frazier|Ambassador of Malta',
      'OFFICE_OF|Ambassador of Malta|Malta',
    ],
    absent: ['HOLDS_OFFICE|Vanessa Frazier|President of Malta', 'OFFICE_OF|President of the Security Council|Malta'],
  },
  {
    id: 'neg.generic-plural-ambassadors-and-every-ambassador',
    form: '"President A received the letters of credence of five ambassadors … and urged every ambassador to …" (a title in the plural and generically: no office of its own)',
    source: 'State House Zambia',
    text: 'President Hakainde Hichilema received the letters of credence of five ambassadors at State House in Lusaka and urged every ambassador to promote trade and investment in Zambia.',
    facts: ['HOLDS_OFFICE|Hakainde Hichilema|President of Zambia', 'OFFICE_OF|President of Zambia|Zambia'],
    absent: ['HOLDS_OFFICE|*|Ambassador of Zambia'],
  },
  {
    id: 'neg.bank-group-president-at-summit-in-state-release',
    form: '"President A met the President of the World Bank Group, B, on the sidelines of the IDA21 Heads of State Summit in Nairobi. The Cabinet Secretary for the National Treasury, C, also attended." ("President" of a bank group; a Cabinet Secretary bare)',
    source: 'The National Treasury, Kenya',
    text: 'President William Ruto met the President of the World Bank Group, Ajay Banga, on the sidelines of the IDA21 Heads of State Summit in Nairobi on 29 April 2024. The Cabinet Secretary for the National Treasury, Njuguna Ndung’u, also attended.',
    facts: [
      'HOLDS_OFFICE|William Ruto|President of Kenya',
      'OFFICE_OF|President of Kenya|Kenya',
      'HOLDS_OFFICE|Ajay Banga|President of the World Bank Group',
      'OFFICE_OF|President of the World Bank Group|World Bank Group',
      'HOLDS_OFFICE|Njuguna Ndung’u|Cabinet Secretary for the National Treasury of Kenya',
      'OFFICE_OF|Cabinet Secretary for the National Treasury of Kenya|Kenya',
    ],
    absent: [
      'HOLDS_OFFICE|Ajay Banga|President of Kenya',
      'OFFICE_OF|President of the World Bank Group|Kenya',
      'HOLDS_OFFICE|William Ruto|President of the World Bank Group',
    ],
  },
];

/** The bank: each case with the Person and Office entities its HOLDS_OFFICE facts name. */
export const OFFICES_2_BANK: OfficeCase[] = CASES.map(withOfficeEntities);
