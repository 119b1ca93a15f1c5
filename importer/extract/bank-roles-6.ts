// The rol14 sixth roles bank (issue 6): a blind bank on who negotiates for whom, written after the five roles banks
// were fitted and before any rule was changed for it, in house styles the project had not seen (Gulf, African, Latin
// American, Central Asian and Pacific presidencies and ministries, UN, EU, AU, OSCE, ECOWAS, SADC, IGAD and OAS
// bodies, wire agencies): roles given by a state adjective or a side ("the Ethiopian chief negotiator, X", "X, who
// heads the Malian team at the talks", "On the Kyrgyz side the talks were led by X, Chairman of …"), roles through a
// principal's possessive or a relative clause ("the President's Special Representative for …, X", "X, whom President
// Y appointed to lead the negotiations", "whom President Y sent to"), mediators and facilitators (for a state, an
// organisation, the Secretary-General), co-chairs and co-facilitators of a process, heads of delegation at a
// negotiating round and their deputies (NEGOTIATES), REPORTS_TO from "under the guidance of", "reporting to", "on the
// instructions of" and adviser titles, offices held through such roles with the owner taken from the local cue and not
// the issuer; and negatives (a message delivered for a leader, observers, hosts, a negotiator of a past process,
// hypotheticals, spokespersons). 73 passages, 105 expected facts (NEGOTIATES_FOR 64, HOLDS_OFFICE 22, REPORTS_TO 10,
// NEGOTIATES 5, OFFICE_OF 4), 106 absent checks. First pass (bank at d0fb8c2, rules of 7800684, before any rule
// change): facts found 53/105 (0.50), cases passed 29/73, false facts 5; NEGOTIATES_FOR 24/64 (docs/first-look.md,
// "roles-6").
// Facts follow the gold conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

export const ROLES_BANK_6: BankCase[] = [
  // Roles given by a state adjective or a side.
  {
    id: 'side6.state-adjective-chief-negotiator-comma',
    text: 'PRETORIA, 2 November (AFP) - The Ethiopian chief negotiator, Redwan Hussien, said after the signing that the guns would fall silent within days.',
    facts: ['NEGOTIATES_FOR|Redwan Hussien|Ethiopia'],
    absent: ['NEGOTIATES_FOR|Redwan Hussien|South Africa'],
  },
  {
    id: 'side6.who-heads-the-adjective-team-at-talks',
    text: 'Abdoulaye Diop, who heads the Malian team at the talks in Algiers, said his government would sign the preliminary text.',
    facts: ['NEGOTIATES_FOR|Abdoulaye Diop|Mali'],
    absent: ['NEGOTIATES_FOR|Abdoulaye Diop|Algeria'],
  },
  {
    id: 'side6.on-the-adjective-side-led-by-chairman',
    source: 'Ministry of Foreign Affairs of the Republic of Tajikistan',
    text: 'On the Kyrgyz side the talks on the delimitation of the state border were led by Kamchybek Tashiev, Chairman of the State Committee for National Security.',
    facts: [
      'NEGOTIATES_FOR|Kamchybek Tashiev|Kyrgyzstan',
      'HOLDS_OFFICE|Kamchybek Tashiev|Chairman of the State Committee for National Security of Kyrgyzstan',
    ],
    absent: ['NEGOTIATES_FOR|Kamchybek Tashiev|Tajikistan', 'OFFICE_OF|*|Tajikistan'],
  },
  {
    id: 'side6.on-the-side-led-two-sides-semicolon',
    text: "On the Guyanese side the talks were led by Foreign Minister Hugh Todd; Venezuela's delegation was headed by Foreign Minister Yván Gil.",
    facts: [
      'NEGOTIATES_FOR|Hugh Todd|Guyana',
      'NEGOTIATES_FOR|Yván Gil|Venezuela',
      'HOLDS_OFFICE|Hugh Todd|Foreign Minister of Guyana',
      'HOLDS_OFFICE|Yván Gil|Foreign Minister of Venezuela',
    ],
    absent: ['NEGOTIATES_FOR|Hugh Todd|Venezuela', 'NEGOTIATES_FOR|Yván Gil|Guyana'],
  },
  {
    id: 'side6.the-saudi-side-headed-gapped-iranian-side',
    text: 'In Baghdad the Saudi side was headed by Khalid Al-Humaidan, chief of the General Intelligence Presidency, and the Iranian side by Saeed Iravani, deputy secretary of the Supreme National Security Council.',
    facts: ['NEGOTIATES_FOR|Khalid Al-Humaidan|Saudi Arabia', 'NEGOTIATES_FOR|Saeed Iravani|Iran'],
    absent: [
      'NEGOTIATES_FOR|Khalid Al-Humaidan|Iran',
      'NEGOTIATES_FOR|Saeed Iravani|Saudi Arabia',
      'NEGOTIATES_FOR|*|Iraq',
    ],
  },
  {
    id: 'side6.adjective-government-delegation-head-of',
    text: "Vera Grabe, head of the Colombian government's delegation to the peace talks with the ELN, said the ceasefire would be extended.",
    facts: ['NEGOTIATES_FOR|Vera Grabe|Colombia'],
  },
  {
    id: 'side6.who-heads-government-delegation-and-opposition',
    text: "Jorge Rodríguez, President of the National Assembly, who heads the Venezuelan government's delegation, and Gerardo Blyde, head of the opposition delegation, signed the partial agreement in Bridgetown.",
    facts: ['NEGOTIATES_FOR|Jorge Rodríguez|Venezuela'],
    absent: ['NEGOTIATES_FOR|Gerardo Blyde|Venezuela', 'NEGOTIATES_FOR|*|Barbados'],
  },
  {
    id: 'side6.represented-at-talks-by-deputy-minister',
    source: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    text: 'The Kazakh side was represented at the consultations on the Caspian by Deputy Foreign Minister Alibek Bakayev.',
    facts: [
      'NEGOTIATES_FOR|Alibek Bakayev|Kazakhstan',
      'HOLDS_OFFICE|Alibek Bakayev|Deputy Foreign Minister of Kazakhstan',
    ],
  },
  {
    id: 'side6.adjective-negotiator-aide-to-president',
    text: 'ISTANBUL, May 16 (Reuters) - Russian negotiator Vladimir Medinsky, an aide to President Vladimir Putin, said Moscow was satisfied with the outcome of the talks.',
    facts: [
      'NEGOTIATES_FOR|Vladimir Medinsky|Russia',
      'REPORTS_TO|Vladimir Medinsky|Vladimir Putin',
      'HOLDS_OFFICE|Vladimir Putin|President of Russia',
    ],
    absent: ['NEGOTIATES_FOR|Vladimir Medinsky|Turkey'],
  },
  {
    id: 'side6.the-countrys-chief-negotiator-minister',
    text: "Ukraine will send a delegation to Istanbul on Friday, the country's chief negotiator, Defence Minister Rustem Umerov, said.",
    facts: ['NEGOTIATES_FOR|Rustem Umerov|Ukraine', 'HOLDS_OFFICE|Rustem Umerov|Defence Minister of Ukraine'],
    absent: ['NEGOTIATES_FOR|Rustem Umerov|Turkey'],
  },
  {
    id: 'side6.top-nuclear-negotiator-adjective-title',
    text: "Iran's top nuclear negotiator, Deputy Foreign Minister Ali Bagheri Kani, arrived in Vienna for the resumed talks.",
    facts: ['NEGOTIATES_FOR|Ali Bagheri Kani|Iran', 'HOLDS_OFFICE|Ali Bagheri Kani|Deputy Foreign Minister of Iran'],
    absent: ['NEGOTIATES_FOR|Ali Bagheri Kani|Austria'],
  },
  {
    id: 'side6.the-kingdoms-negotiator-issuer',
    source: 'Saudi Press Agency',
    text: 'RIYADH - The Kingdom’s chief negotiator for the free trade agreement with the United Kingdom, Fahad Al-Mubarak, led the fourth round in London.',
    facts: ['NEGOTIATES_FOR|Fahad Al-Mubarak|Saudi Arabia'],
    absent: ['NEGOTIATES_FOR|Fahad Al-Mubarak|United Kingdom'],
  },
  {
    id: 'side6.wto-accession-chief-negotiator-of',
    text: 'Zhanar Aitzhanova, Chief Negotiator of Kazakhstan for accession to the World Trade Organization, met members of the working party in Geneva.',
    facts: ['NEGOTIATES_FOR|Zhanar Aitzhanova|Kazakhstan'],
    absent: [
      'NEGOTIATES_FOR|Zhanar Aitzhanova|World Trade Organization',
      'NEGOTIATES_FOR|Zhanar Aitzhanova|Switzerland',
    ],
  },
  {
    id: 'side6.state-adjective-lead-negotiator-lowercase',
    text: 'The Bolivian lead negotiator at the climate talks, Diego Pacheco, told delegates the finance goal was far too low.',
    facts: ['NEGOTIATES_FOR|Diego Pacheco|Bolivia'],
  },
  // Roles through a principal's possessive or a relative clause.
  {
    id: 'poss6.whom-president-appointed-to-lead',
    source: 'Presidency of the Republic of Ghana',
    text: "Ghana's Finance Minister, Ken Ofori-Atta, whom President Nana Akufo-Addo appointed to lead the negotiations with the International Monetary Fund, briefed Parliament on Tuesday.",
    facts: [
      'NEGOTIATES_FOR|Ken Ofori-Atta|Ghana',
      'NEGOTIATES_FOR|Ken Ofori-Atta|Nana Akufo-Addo',
      'HOLDS_OFFICE|Ken Ofori-Atta|Finance Minister of Ghana',
    ],
    absent: ['NEGOTIATES_FOR|Ken Ofori-Atta|International Monetary Fund'],
  },
  {
    id: 'poss6.presidents-special-representative-title-first',
    source: 'Akorda',
    text: "President Kassym-Jomart Tokayev heard a report from the President's Special Representative for Afghanistan, Yerkin Tokumov, on his consultations in Kabul.",
    facts: ['NEGOTIATES_FOR|Yerkin Tokumov|Kassym-Jomart Tokayev'],
    absent: ['NEGOTIATES_FOR|Yerkin Tokumov|Afghanistan'],
  },
  {
    id: 'poss6.whom-president-sent-adviser',
    text: 'Celso Amorim, chief adviser to President Luiz Inácio Lula da Silva, whom the President sent to Caracas to meet both candidates, returned to Brasília on Monday.',
    facts: [
      'REPORTS_TO|Celso Amorim|Luiz Inácio Lula da Silva',
      'NEGOTIATES_FOR|Celso Amorim|Luiz Inácio Lula da Silva',
    ],
    absent: ['NEGOTIATES_FOR|Celso Amorim|Venezuela'],
  },
  {
    id: 'poss6.leader-possessive-name-envoy',
    text: "Josep Borrell's envoy, Enrique Mora, who coordinates the Vienna talks on the High Representative's behalf, met the Iranian delegation on Thursday.",
    facts: ['NEGOTIATES_FOR|Enrique Mora|Josep Borrell'],
    absent: ['NEGOTIATES_FOR|Enrique Mora|Iran', 'NEGOTIATES_FOR|Enrique Mora|Austria'],
  },
  {
    id: 'poss6.special-envoy-of-the-president-of-owner-local',
    source: 'Ministry of Foreign Affairs of the State of Qatar',
    text: 'Minister of State Mohammed Al-Khulaifi received the Special Envoy of the President of the United States for the Middle East, Steve Witkoff.',
    facts: [
      'NEGOTIATES_FOR|Steve Witkoff|United States',
      'HOLDS_OFFICE|Steve Witkoff|Special Envoy of the President of the United States for the Middle East',
      'OFFICE_OF|Special Envoy of the President of the United States for the Middle East|United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Steve Witkoff|Qatar',
      'OFFICE_OF|Special Envoy of the President of the United States for the Middle East|Qatar',
    ],
  },
  {
    id: 'poss6.special-representative-of-president-of-state-after-name',
    source: 'Ministry of Foreign Affairs of Turkmenistan',
    text: 'Ismatulla Irgashev, Special Representative of the President of the Republic of Uzbekistan for Afghanistan, took part in the consultations in Ashgabat.',
    facts: [
      'NEGOTIATES_FOR|Ismatulla Irgashev|Uzbekistan',
      'OFFICE_OF|Special Representative of the President of the Republic of Uzbekistan for Afghanistan|Uzbekistan',
    ],
    absent: [
      'NEGOTIATES_FOR|Ismatulla Irgashev|Turkmenistan',
      'NEGOTIATES_FOR|Ismatulla Irgashev|Afghanistan',
      'OFFICE_OF|*|Turkmenistan',
    ],
  },
  {
    id: 'poss6.special-envoy-president-russian-federation-deputy-minister',
    source: 'Ministry of Foreign Affairs of the Republic of the Sudan',
    text: 'The Minister received the Special Envoy of the President of the Russian Federation for the Middle East and Africa, Deputy Foreign Minister Mikhail Bogdanov.',
    facts: [
      'NEGOTIATES_FOR|Mikhail Bogdanov|Russia',
      'OFFICE_OF|Special Envoy of the President of the Russian Federation for the Middle East and Africa|Russia',
    ],
    absent: ['NEGOTIATES_FOR|Mikhail Bogdanov|Sudan', 'OFFICE_OF|*|Sudan'],
  },
  {
    id: 'poss6.emirs-personal-representative-at-talks',
    text: 'The Emir of Kuwait, Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, was represented at the reconciliation talks by his personal envoy, Foreign Minister Abdullah Al-Yahya.',
    facts: [
      'NEGOTIATES_FOR|Abdullah Al-Yahya|Mishal Al-Ahmad Al-Jaber Al-Sabah',
      'HOLDS_OFFICE|Abdullah Al-Yahya|Foreign Minister of Kuwait',
    ],
  },
  {
    id: 'poss6.head-of-presidents-office-led-delegation',
    text: "Andriy Yermak, head of President Volodymyr Zelensky's office, led the Ukrainian delegation at the talks with U.S. officials in Jeddah.",
    facts: ['NEGOTIATES_FOR|Andriy Yermak|Ukraine', 'REPORTS_TO|Andriy Yermak|Volodymyr Zelensky'],
    absent: ['NEGOTIATES_FOR|Andriy Yermak|Saudi Arabia', 'NEGOTIATES_FOR|Andriy Yermak|United States'],
  },
  {
    id: 'poss6.was-entrusted-by-president-with-negotiations',
    source: 'Presidency of the Republic of Senegal',
    text: 'The Minister of Finance, Cheikh Diba, was entrusted by President Bassirou Diomaye Faye with the negotiations on the new programme.',
    facts: [
      'NEGOTIATES_FOR|Cheikh Diba|Bassirou Diomaye Faye',
      'HOLDS_OFFICE|Cheikh Diba|Minister of Finance of Senegal',
    ],
  },
  // Mediators and facilitators.
  {
    id: 'med6.ecowas-mediator-former-head-of-state',
    text: 'ECOWAS mediator Abdulsalami Abubakar, a former Nigerian head of state, met the leaders of the junta in Niamey on Saturday.',
    facts: ['NEGOTIATES_FOR|Abdulsalami Abubakar|ECOWAS'],
    absent: ['NEGOTIATES_FOR|Abdulsalami Abubakar|Nigeria', 'NEGOTIATES_FOR|Abdulsalami Abubakar|Niger'],
  },
  {
    id: 'med6.eac-facilitator-of-dialogue-former-president',
    text: 'The EAC facilitator of the inter-Burundian dialogue, former Tanzanian President Benjamin Mkapa, opened the fourth session in Arusha.',
    facts: [
      'NEGOTIATES_FOR|Benjamin Mkapa|East African Community',
      'HOLDS_OFFICE|Benjamin Mkapa|President of Tanzania',
    ],
    absent: ['NEGOTIATES_FOR|Benjamin Mkapa|Tanzania', 'NEGOTIATES_FOR|Benjamin Mkapa|Burundi'],
  },
  {
    id: 'med6.sadc-facilitator-deputy-president',
    text: 'Deputy President Cyril Ramaphosa, the SADC facilitator in Lesotho, held talks with the leaders of the opposition parties in Maseru.',
    facts: ['NEGOTIATES_FOR|Cyril Ramaphosa|Southern African Development Community'],
    absent: ['NEGOTIATES_FOR|Cyril Ramaphosa|Lesotho'],
  },
  {
    id: 'med6.igad-special-envoy-who-mediated',
    text: 'Lazarus Sumbeiywo, the IGAD special envoy who mediated the Naivasha talks between Khartoum and the SPLM, was honoured in Nairobi.',
    facts: ['NEGOTIATES_FOR|Lazarus Sumbeiywo|IGAD'],
    absent: ['NEGOTIATES_FOR|Lazarus Sumbeiywo|Sudan', 'NEGOTIATES_FOR|Lazarus Sumbeiywo|Kenya'],
  },
  {
    id: 'med6.au-panel-chair-mediating',
    text: 'Thabo Mbeki, chair of the African Union High-Level Implementation Panel, is mediating between Sudan and South Sudan on the outstanding issues.',
    facts: ['NEGOTIATES_FOR|Thabo Mbeki|African Union'],
    absent: [
      'NEGOTIATES_FOR|Thabo Mbeki|Sudan',
      'NEGOTIATES_FOR|Thabo Mbeki|South Sudan',
      'NEGOTIATES_FOR|Thabo Mbeki|South Africa',
    ],
  },
  {
    id: 'med6.omani-minister-who-mediated-shuttled',
    source: 'Oman News Agency',
    text: 'Foreign Minister Sayyid Badr Albusaidi, who mediated the indirect talks, shuttled between the American and Iranian delegations in Muscat.',
    facts: ['NEGOTIATES_FOR|Badr Albusaidi|Oman', 'HOLDS_OFFICE|Badr Albusaidi|Foreign Minister of Oman'],
    absent: ['NEGOTIATES_FOR|Badr Albusaidi|Iran', 'NEGOTIATES_FOR|Badr Albusaidi|United States'],
  },
  {
    id: 'med6.facilitating-for-norway',
    text: 'The memorandum of understanding was signed in Mexico City, with Dag Nylander facilitating for Norway.',
    facts: ['NEGOTIATES_FOR|Dag Nylander|Norway'],
    absent: ['NEGOTIATES_FOR|Dag Nylander|Mexico'],
  },
  {
    id: 'med6.mediator-on-behalf-of-secretary-general-named',
    source: 'United Nations',
    text: 'Acting on behalf of Secretary-General António Guterres, Under-Secretary-General Martin Griffiths mediated the agreement on the safe passage of grain from Ukrainian ports.',
    facts: ['NEGOTIATES_FOR|Martin Griffiths|António Guterres'],
    absent: ['NEGOTIATES_FOR|Martin Griffiths|Ukraine'],
  },
  {
    id: 'med6.sant-egidio-represented-by',
    text: "The talks were facilitated by the Community of Sant'Egidio, represented by its Secretary-General, Paolo Impagliazzo.",
    facts: ["NEGOTIATES_FOR|Paolo Impagliazzo|Community of Sant'Egidio"],
  },
  {
    id: 'med6.organisation-represented-by-its-special-representative',
    source: 'European External Action Service',
    text: 'The European Union was represented at the Jeddah talks by its Special Representative for the Horn of Africa, Annette Weber.',
    facts: ['NEGOTIATES_FOR|Annette Weber|European Union'],
    absent: ['NEGOTIATES_FOR|Annette Weber|Saudi Arabia'],
  },
  {
    id: 'med6.un-envoy-short-form',
    text: 'GENEVA (AP) - UN envoy Geir Pedersen said the constitutional committee would reconvene in Geneva next month.',
    facts: ['NEGOTIATES_FOR|Geir Pedersen|United Nations'],
    absent: ['NEGOTIATES_FOR|Geir Pedersen|Switzerland'],
  },
  {
    id: 'med6.secretary-generals-personal-envoy-after-name',
    text: "Ramtane Lamamra, the Secretary-General's Personal Envoy for Sudan, held separate meetings with the two delegations in Geneva.",
    facts: ['NEGOTIATES_FOR|Ramtane Lamamra|United Nations'],
    absent: ['NEGOTIATES_FOR|Ramtane Lamamra|Sudan', 'NEGOTIATES_FOR|Ramtane Lamamra|Algeria'],
  },
  {
    id: 'med6.osce-cio-special-representative-contact-group',
    source: 'OSCE',
    text: 'The Special Representative of the OSCE Chairperson-in-Office in the Trilateral Contact Group, Ambassador Mikko Kinnunen, chaired the meeting of the working groups.',
    facts: ['NEGOTIATES_FOR|Mikko Kinnunen|OSCE'],
    absent: ['NEGOTIATES_FOR|Mikko Kinnunen|Ukraine', 'NEGOTIATES_FOR|Mikko Kinnunen|Russia'],
  },
  {
    id: 'med6.oas-mission-head-acting-for-secretary-general',
    text: 'Arnaldo Castillo, the OAS Secretary General’s representative for the dialogue, chaired the session between the government and the opposition in Tegucigalpa.',
    facts: ['NEGOTIATES_FOR|Arnaldo Castillo|Organization of American States'],
    absent: ['NEGOTIATES_FOR|Arnaldo Castillo|Honduras'],
  },
  // Co-chairs and co-facilitators of a process.
  {
    id: 'cochair6.three-cochairs-organisations',
    text: "The Geneva International Discussions are co-chaired by the EU Special Representative for the South Caucasus, Magdalena Grono, the OSCE Chairperson-in-Office's Special Representative, Viorel Moșanu, and the UN Representative, Cihan Sultanoğlu.",
    facts: [
      'NEGOTIATES_FOR|Magdalena Grono|European Union',
      'NEGOTIATES_FOR|Viorel Moșanu|OSCE',
      'NEGOTIATES_FOR|Cihan Sultanoğlu|United Nations',
    ],
    absent: [
      'NEGOTIATES_FOR|Magdalena Grono|United Nations',
      'NEGOTIATES_FOR|Cihan Sultanoğlu|European Union',
      'NEGOTIATES_FOR|*|Switzerland',
    ],
  },
  {
    id: 'cochair6.co-facilitated-negotiations-on-pact',
    text: 'The Permanent Representatives of Germany and Namibia, Antje Leendertse and Neville Gertze, co-facilitated the negotiations on the Pact for the Future.',
    facts: ['NEGOTIATES|Antje Leendertse|Pact for the Future', 'NEGOTIATES|Neville Gertze|Pact for the Future'],
    absent: ['NEGOTIATES_FOR|Antje Leendertse|Namibia', 'NEGOTIATES_FOR|Neville Gertze|Germany'],
  },
  {
    id: 'cochair6.presided-over-negotiations-on-agreement',
    text: "Rena Lee, Singapore's Ambassador for Oceans and Law of the Sea Issues, presided over the negotiations on the Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction.",
    facts: ['NEGOTIATES|Rena Lee|Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction'],
    absent: ['NEGOTIATES_FOR|Rena Lee|Singapore'],
  },
  {
    id: 'cochair6.aosis-chair-led-blocs-negotiators',
    text: "Samoa's Cedric Schuster, chair of the Alliance of Small Island States, led the bloc's negotiators at the COP29 climate conference in Baku.",
    facts: ['NEGOTIATES_FOR|Cedric Schuster|Alliance of Small Island States'],
    absent: ['NEGOTIATES_FOR|Cedric Schuster|Azerbaijan'],
  },
  // Heads of delegation at a negotiating round, and their deputies.
  {
    id: 'round6.round-opened-delegation-headed-semicolon',
    text: 'The fifth round of negotiations on the Indonesia-EU Comprehensive Economic Partnership Agreement opened in Brussels on Monday; the Indonesian delegation was headed by Djatmiko Bris Witjaksono.',
    facts: [
      'NEGOTIATES_FOR|Djatmiko Bris Witjaksono|Indonesia',
      'NEGOTIATES|Djatmiko Bris Witjaksono|Indonesia-EU Comprehensive Economic Partnership Agreement',
    ],
    absent: [
      'NEGOTIATES_FOR|Djatmiko Bris Witjaksono|European Union',
      'NEGOTIATES_FOR|Djatmiko Bris Witjaksono|Belgium',
    ],
  },
  {
    id: 'round6.chief-negotiator-assisted-by-deputy',
    text: "Australia's chief negotiator, George Mina, assisted by his deputy, Elisa Nicholson, led the Australian team at the fifteenth round of negotiations on the Australia-EU Free Trade Agreement.",
    facts: [
      'NEGOTIATES_FOR|George Mina|Australia',
      'NEGOTIATES_FOR|Elisa Nicholson|Australia',
      'NEGOTIATES|George Mina|Australia-EU Free Trade Agreement',
    ],
    absent: ['NEGOTIATES_FOR|George Mina|European Union'],
  },
  {
    id: 'round6.deputy-chief-negotiator-title',
    text: "Korea's deputy chief negotiator for the economic partnership agreement with the Gulf Cooperation Council, Yoon Sung-deok, said the text was nearly complete.",
    facts: ['NEGOTIATES_FOR|Yoon Sung-deok|South Korea'],
    absent: ['NEGOTIATES_FOR|Yoon Sung-deok|Gulf Cooperation Council'],
  },
  {
    id: 'round6.efta-delegation-headed-mercosur-by',
    text: 'At the tenth round of EFTA-Mercosur negotiations in Buenos Aires, the EFTA delegation was headed by Markus Schlagenhof and the Mercosur delegation by Marcelo Cima.',
    facts: ['NEGOTIATES_FOR|Markus Schlagenhof|EFTA', 'NEGOTIATES_FOR|Marcelo Cima|Mercosur'],
    absent: [
      'NEGOTIATES_FOR|Markus Schlagenhof|Mercosur',
      'NEGOTIATES_FOR|Marcelo Cima|EFTA',
      'NEGOTIATES_FOR|*|Argentina',
    ],
  },
  {
    id: 'round6.heads-of-delegation-parenthesis-round',
    text: 'The second round of UK-India free trade talks closed in London. Heads of delegation: Harjinder Kang (United Kingdom), Nidhi Mani Tripathi (India).',
    facts: ['NEGOTIATES_FOR|Harjinder Kang|United Kingdom', 'NEGOTIATES_FOR|Nidhi Mani Tripathi|India'],
    absent: ['NEGOTIATES_FOR|Harjinder Kang|India', 'NEGOTIATES_FOR|Nidhi Mani Tripathi|United Kingdom'],
  },
  {
    id: 'round6.headed-the-states-delegation-to-the-nth-round',
    source: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    text: 'Deputy Minister Azizbek Urunov headed the Uzbek delegation to the eighth meeting of the Working Party on the Accession of Uzbekistan to the WTO.',
    facts: ['NEGOTIATES_FOR|Azizbek Urunov|Uzbekistan'],
    absent: ['NEGOTIATES_FOR|Azizbek Urunov|World Trade Organization'],
  },
  {
    id: 'round6.lead-negotiator-for-the-states-team-round',
    text: "The Philippines' lead negotiator, Trade Undersecretary Allan Gepty, said the third round on the Philippines-Canada free trade agreement had closed two chapters.",
    facts: ['NEGOTIATES_FOR|Allan Gepty|Philippines'],
    absent: ['NEGOTIATES_FOR|Allan Gepty|Canada'],
  },
  // REPORTS_TO: guidance, reporting to, instructions, adviser titles.
  {
    id: 'rep6.under-the-guidance-of-president-minister',
    source: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    text: 'Under the guidance of President Shavkat Mirziyoyev, Foreign Minister Bakhtiyor Saidov conducted the talks on the new water-sharing arrangement with his Kyrgyz counterpart.',
    facts: [
      'REPORTS_TO|Bakhtiyor Saidov|Shavkat Mirziyoyev',
      'HOLDS_OFFICE|Bakhtiyor Saidov|Foreign Minister of Uzbekistan',
    ],
    absent: ['NEGOTIATES_FOR|Bakhtiyor Saidov|Kyrgyzstan'],
  },
  {
    id: 'rep6.team-reporting-to-prime-minister',
    text: 'The negotiating team, led by Chief Negotiator Mahmoud Mohieldin and reporting directly to Prime Minister Mostafa Madbouly, will meet the IMF mission next week.',
    facts: ['REPORTS_TO|Mahmoud Mohieldin|Mostafa Madbouly', 'HOLDS_OFFICE|Mostafa Madbouly|Prime Minister of Egypt'],
    absent: ['NEGOTIATES_FOR|Mahmoud Mohieldin|International Monetary Fund'],
  },
  {
    id: 'rep6.on-the-instructions-of-diplomatic-adviser',
    source: 'Élysée',
    text: 'On the instructions of President Emmanuel Macron, his diplomatic adviser, Emmanuel Bonne, travelled to Beirut to meet the Lebanese parties.',
    facts: ['REPORTS_TO|Emmanuel Bonne|Emmanuel Macron', 'NEGOTIATES_FOR|Emmanuel Bonne|Emmanuel Macron'],
    absent: ['NEGOTIATES_FOR|Emmanuel Bonne|Lebanon'],
  },
  {
    id: 'rep6.national-security-adviser-to-prime-minister-named',
    text: 'Ajit Doval, National Security Adviser to Prime Minister Narendra Modi, held the 23rd round of talks of the Special Representatives on the boundary question with Wang Yi.',
    facts: ['REPORTS_TO|Ajit Doval|Narendra Modi', 'NEGOTIATES_FOR|Ajit Doval|India', 'NEGOTIATES_FOR|Wang Yi|China'],
    absent: ['NEGOTIATES_FOR|Ajit Doval|China', 'NEGOTIATES_FOR|Wang Yi|India'],
  },
  {
    id: 'rep6.senior-adviser-to-the-president-named-later',
    text: 'Amos Hochstein, senior adviser to President Joe Biden, has been shuttling between Beirut and Jerusalem to broker a ceasefire.',
    facts: ['REPORTS_TO|Amos Hochstein|Joe Biden', 'NEGOTIATES_FOR|Amos Hochstein|Joe Biden'],
    absent: ['NEGOTIATES_FOR|Amos Hochstein|Lebanon', 'NEGOTIATES_FOR|Amos Hochstein|Israel'],
  },
  {
    id: 'rep6.acting-under-the-authority-of-minister',
    source: 'Ministry of Foreign Affairs of the Kingdom of Morocco',
    text: 'Ambassador Omar Hilale, acting under the authority of Foreign Minister Nasser Bourita, conducted the consultations with the members of the Security Council.',
    facts: ['REPORTS_TO|Omar Hilale|Nasser Bourita', 'HOLDS_OFFICE|Nasser Bourita|Foreign Minister of Morocco'],
  },
  {
    id: 'rep6.presidential-adviser-for-peace-reports',
    source: 'Presidential Communications Office',
    text: 'Secretary Carlito Galvez Jr., Presidential Adviser on Peace, Reconciliation and Unity, reported to President Ferdinand R. Marcos Jr. on the progress of the talks with the Bangsamoro parties.',
    facts: ['REPORTS_TO|Carlito Galvez|Ferdinand R. Marcos Jr.'],
  },
  {
    id: 'rep6.adviser-no-leader-named',
    text: 'The adviser on international affairs, Serik Zhumangarin, attended the round of talks in Astana.',
    facts: [],
    absent: ['REPORTS_TO|Serik Zhumangarin|*'],
  },
  // Offices through roles, the owner from the local cue.
  {
    id: 'off6.chief-negotiator-of-state-issuer-other',
    source: 'Ministry of Foreign Affairs and Trade of New Zealand',
    text: 'The Chief Negotiator of the Republic of India, Brahm Dutt, met New Zealand officials in Wellington ahead of the second round.',
    facts: ['NEGOTIATES_FOR|Brahm Dutt|India', 'OFFICE_OF|Chief Negotiator of the Republic of India|India'],
    absent: [
      'NEGOTIATES_FOR|Brahm Dutt|New Zealand',
      'OFFICE_OF|Chief Negotiator of the Republic of India|New Zealand',
    ],
  },
  {
    id: 'off6.special-envoy-of-state-for-region-issuer-other',
    source: 'Ministry of Foreign Affairs of the Republic of Indonesia',
    text: "Foreign Minister Retno Marsudi received China's Special Envoy for Asian Affairs, Deng Xijun, in Jakarta.",
    facts: ['NEGOTIATES_FOR|Deng Xijun|China', 'HOLDS_OFFICE|Retno Marsudi|Foreign Minister of Indonesia'],
    absent: [
      'NEGOTIATES_FOR|Deng Xijun|Indonesia',
      'HOLDS_OFFICE|Deng Xijun|Special Envoy for Asian Affairs of Indonesia',
    ],
  },
  {
    id: 'off6.au-commission-chairpersons-high-representative',
    text: "Mohamed Ibn Chambas, the African Union Commission Chairperson's High Representative for Silencing the Guns, chaired the AU panel on Sudan.",
    facts: ['NEGOTIATES_FOR|Mohamed Ibn Chambas|African Union'],
    absent: ['NEGOTIATES_FOR|Mohamed Ibn Chambas|Sudan', 'NEGOTIATES_FOR|Mohamed Ibn Chambas|Ghana'],
  },
  {
    id: 'off6.pacific-special-envoy-of-state',
    source: 'Government of Fiji',
    text: 'Vanuatu’s Special Envoy for Climate Change and Environment, Ralph Regenvanu, led the country’s negotiators at the talks on the loss and damage fund.',
    facts: ['NEGOTIATES_FOR|Ralph Regenvanu|Vanuatu'],
    absent: ['NEGOTIATES_FOR|Ralph Regenvanu|Fiji', 'OFFICE_OF|*|Fiji'],
  },
  {
    id: 'off6.gcc-chief-negotiator-secretariat',
    text: 'The Gulf Cooperation Council’s chief negotiator, Assistant Secretary-General Abdulaziz Al-Uwaisheg, opened the round with the Japanese delegation.',
    facts: ['NEGOTIATES_FOR|Abdulaziz Al-Uwaisheg|Gulf Cooperation Council'],
    absent: ['NEGOTIATES_FOR|Abdulaziz Al-Uwaisheg|Japan'],
  },
  // Negatives.
  {
    id: 'neg6.message-delivered-from-president',
    source: 'Ministry of Information of Eritrea',
    text: 'Egypt’s Foreign Minister, Sameh Shoukry, delivered a written message from President Abdel Fattah el-Sisi to President Isaias Afwerki in Asmara.',
    facts: ['HOLDS_OFFICE|Sameh Shoukry|Foreign Minister of Egypt'],
    absent: ['NEGOTIATES_FOR|Sameh Shoukry|Abdel Fattah el-Sisi', 'NEGOTIATES_FOR|Sameh Shoukry|Eritrea'],
  },
  {
    id: 'neg6.letter-on-behalf-of-king-handed-over',
    text: 'Minister of State Ahmed Al-Sayegh handed over a letter on behalf of President Mohamed bin Zayed to the President of Comoros.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Ahmed Al-Sayegh|Mohamed bin Zayed', 'NEGOTIATES_FOR|Ahmed Al-Sayegh|Comoros'],
  },
  {
    id: 'neg6.observer-ambassador-at-signing',
    text: 'The United States ambassador, Meg Whitman, attended the signing between the government and the armed groups as an observer.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Meg Whitman|United States', 'NEGOTIATES_FOR|Meg Whitman|Kenya'],
  },
  {
    id: 'neg6.host-president-opened-talks',
    text: 'President William Ruto hosted the talks between the South Sudanese parties at State House, Nairobi, and urged them to reach a deal.',
    facts: ['HOLDS_OFFICE|William Ruto|President of Kenya'],
    absent: ['NEGOTIATES_FOR|William Ruto|Kenya', 'NEGOTIATES_FOR|William Ruto|South Sudan'],
  },
  {
    id: 'neg6.past-negotiator-other-process',
    text: 'Humberto de la Calle, who led the government team at the Havana talks with the FARC in 2016, spoke at the opening of the new cycle with the ELN.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Humberto de la Calle|ELN', 'NEGOTIATES_FOR|Humberto de la Calle|Cuba'],
  },
  {
    id: 'neg6.hypothetical-would-send',
    text: 'Should the talks resume, Tehran would probably send Deputy Foreign Minister Kazem Gharibabadi to lead its delegation, a diplomat said.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Kazem Gharibabadi|Iran'],
  },
  {
    id: 'neg6.spokesperson-for-secretary-general',
    text: 'Stéphane Dujarric, Spokesperson for the Secretary-General, told reporters that the envoy would travel to the region next week.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Stéphane Dujarric|United Nations', 'NEGOTIATES_FOR|Stéphane Dujarric|*'],
  },
  {
    id: 'neg6.leader-spoke-on-behalf-of-group',
    text: 'President Mohamed Irfaan Ali, speaking on behalf of the Caribbean Community at the summit, called for climate finance to be scaled up.',
    facts: ['HOLDS_OFFICE|Mohamed Irfaan Ali|President of Guyana'],
    absent: ['NEGOTIATES_FOR|Mohamed Irfaan Ali|Caribbean Community'],
  },
  {
    id: 'neg6.minister-led-delegation-at-forum-meeting',
    text: 'Prime Minister Sitiveni Rabuka led the Fijian delegation at the Pacific Islands Forum Leaders Meeting in Nuku’alofa.',
    facts: ['HOLDS_OFFICE|Sitiveni Rabuka|Prime Minister of Fiji'],
    absent: ['NEGOTIATES_FOR|Sitiveni Rabuka|Fiji', 'NEGOTIATES_FOR|Sitiveni Rabuka|Pacific Islands Forum'],
  },
  {
    id: 'neg6.condolences-conveyed-on-behalf-of-emir',
    text: 'The Ambassador conveyed the condolences of the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, on behalf of the Qatari people.',
    facts: [],
    absent: ['NEGOTIATES_FOR|*|Qatar', 'NEGOTIATES_FOR|*|Tamim bin Hamad Al Thani'],
  },
  {
    id: 'neg6.former-negotiator-now-minister-no-talks',
    text: 'Former chief Brexit negotiator Michel Barnier was appointed Prime Minister of France on Thursday.',
    facts: ['HOLDS_OFFICE|Michel Barnier|Prime Minister of France'],
    absent: ['NEGOTIATES_FOR|Michel Barnier|France'],
  },
];
