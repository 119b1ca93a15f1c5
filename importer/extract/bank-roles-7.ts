// The rol15 seventh roles bank (issue 6): a blind bank on who negotiates for whom, written after the six roles banks
// were fitted and before any rule was changed for it, in constructions roles 1–6 do not hold and house styles of many
// issuers (Gulf, African, Latin American, Central Asian, South Asian and Pacific presidencies and ministries, UN, EU,
// AU, EAC and Arab League bodies, Kyodo, Yonhap, AP and AFP wire copy): sides named in new ways ("Negotiating for
// Tanzania was X", "Heading the Kenyan team … was X", "the Chilean negotiating team, under X", "with X at its head",
// "the chief negotiators, A (European Union) and B (India)", "For the Peruvian side, X took part", "It was X who led
// the Singaporean negotiators", "negotiators from Bhutan, led by X, and from China, led by Y", "Negotiators …: for
// Tuvalu, X; for Australia, Y", "The delegation of the Government of Sudan, headed by X"); principals ("whom the Sultan
// had charged with the negotiations", "designated by President Y as his representative in the talks", "President Y has
// assigned X to head", "as the emissary of King Y", "Crown Prince Y's envoy X", "the negotiator appointed by Prime
// Minister Y", "Dispatched by President Y, X held talks", "who holds his mandate for the talks"); mediators ("Under the
// mediation of Kenyan President X", "The African Union-led mediation, headed by X", "Türkiye's facilitator in the
// prisoner exchange talks", "convened … by the UN Special Envoy", "EU facilitator X", "whom the African Union
// designated as mediator", "the East African Community's facilitator", "the UN's envoy", "who leads the League's
// mediation"); NEGOTIATES of a negotiator and co-chairs of an agreement's negotiations; REPORTS_TO ("who reports to",
// "Under the stewardship of", "under the direct supervision of", "an adviser to Supreme Leader", "State Counsellor to",
// "At the direction of", "Acting on instructions from", "which answers directly to", "On the orders of"); offices with
// the owner from the local cue in another state's release; and negatives (an observer for the EU, greetings conveyed
// from a president, "could name X as its chief negotiator", a host minister who opened the talks, a spokeswoman,
// gratitude "on behalf of the people of", a vice-president representing his president at an inauguration, a declined
// invitation to mediate, a minister who did not take part in the negotiations). 62 passages, 80 expected facts
// (NEGOTIATES_FOR 51, HOLDS_OFFICE 14, REPORTS_TO 9, NEGOTIATES 6), 65 absent checks. First pass (bank at c325a34,
// rules of main 7741b44, before any rule change): facts found 41/80 (0.51), cases passed 29/62, false facts 3;
// NEGOTIATES_FOR 23/51. After the rol15 rules (branch rol15): 69/80, 52/62 cases, 0 false; NEGOTIATES_FOR 44/51
// (docs/first-look.md, "roles-7"). One absent check was added after the first pass (marked in its case).
// Facts follow the gold conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

export const ROLES_BANK_7: BankCase[] = [
  // Sides named in new ways.
  {
    id: 'side7.led-the-talks-for-state-after-title',
    source: 'Department of Foreign Affairs and Trade of Papua New Guinea',
    text: 'Justin Tkatchenko, the Minister for Foreign Affairs, led the talks for Papua New Guinea on the security agreement with Australia in Canberra.',
    facts: [
      'NEGOTIATES_FOR|Justin Tkatchenko|Papua New Guinea',
      'HOLDS_OFFICE|Justin Tkatchenko|Minister for Foreign Affairs of Papua New Guinea',
    ],
    absent: ['NEGOTIATES_FOR|Justin Tkatchenko|Australia'],
  },
  {
    id: 'side7.negotiating-for-state-was-inverted',
    text: 'Negotiating for Tanzania was Palamagamba Kabudi, the Minister for Constitutional and Legal Affairs, who said the revised contract protected the national interest.',
    facts: ['NEGOTIATES_FOR|Palamagamba Kabudi|Tanzania'],
  },
  {
    id: 'side7.heading-the-adjective-team-was-inverted',
    text: "Heading the Kenyan team at the talks with Tanzania on the shared border was Principal Secretary Korir Sing'oei.",
    facts: ["NEGOTIATES_FOR|Korir Sing'oei|Kenya"],
    absent: ["NEGOTIATES_FOR|Korir Sing'oei|Tanzania"],
  },
  {
    id: 'side7.adjective-negotiating-team-under-name',
    source: 'Subsecretaría de Relaciones Económicas Internacionales de Chile',
    text: 'The Chilean negotiating team, under Undersecretary of International Economic Relations Claudia Sanhueza, closed the chapter on digital trade with the European Union.',
    facts: ['NEGOTIATES_FOR|Claudia Sanhueza|Chile'],
    absent: ['NEGOTIATES_FOR|Claudia Sanhueza|European Union'],
  },
  {
    id: 'side7.who-spearheaded-the-countrys-negotiations',
    text: "Zambia's Finance Minister, Situmbeko Musokotwane, who spearheaded the country's debt restructuring negotiations with the bondholders, welcomed the agreement in principle.",
    facts: [
      'NEGOTIATES_FOR|Situmbeko Musokotwane|Zambia',
      'HOLDS_OFFICE|Situmbeko Musokotwane|Finance Minister of Zambia',
    ],
  },
  {
    id: 'side7.delegation-with-name-at-its-head',
    source: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    text: 'The Uzbek delegation, with Deputy Foreign Minister Bakhromjon Aloyev at its head, held the third round of consultations on the readmission agreement with Latvia in Riga.',
    facts: [
      'NEGOTIATES_FOR|Bakhromjon Aloyev|Uzbekistan',
      'HOLDS_OFFICE|Bakhromjon Aloyev|Deputy Foreign Minister of Uzbekistan',
    ],
    absent: ['NEGOTIATES_FOR|Bakhromjon Aloyev|Latvia'],
  },
  {
    id: 'side7.chief-negotiators-names-with-parenthesised-sides',
    text: 'The chief negotiators, Christophe Kiener (European Union) and Darpan Jain (India), closed the tenth round of the free trade talks in New Delhi.',
    facts: ['NEGOTIATES_FOR|Christophe Kiener|European Union', 'NEGOTIATES_FOR|Darpan Jain|India'],
    absent: ['NEGOTIATES_FOR|Christophe Kiener|India', 'NEGOTIATES_FOR|Darpan Jain|European Union'],
  },
  {
    id: 'side7.for-the-adjective-side-comma-name-took-part',
    source: 'Ministerio de Comercio Exterior y Turismo del Perú',
    text: 'For the Peruvian side, Vice Minister of Foreign Trade Ana Cecilia Gervasi took part in the negotiating round on the agreement with Hong Kong.',
    facts: ['NEGOTIATES_FOR|Ana Cecilia Gervasi|Peru'],
    absent: ['NEGOTIATES_FOR|Ana Cecilia Gervasi|Hong Kong'],
  },
  {
    id: 'side7.states-negotiating-team-comprised',
    text: "Sri Lanka's negotiating team with the bondholders comprised Treasury Secretary Mahinda Siriwardana and Central Bank Governor Nandalal Weerasinghe.",
    facts: ['NEGOTIATES_FOR|Mahinda Siriwardana|Sri Lanka', 'NEGOTIATES_FOR|Nandalal Weerasinghe|Sri Lanka'],
  },
  {
    id: 'side7.cleft-it-was-who-led-adjective-negotiators',
    text: 'It was Foreign Minister Vivian Balakrishnan who led the Singaporean negotiators through the final night of talks on the maritime boundary with Indonesia.',
    facts: ['NEGOTIATES_FOR|Vivian Balakrishnan|Singapore'],
    absent: ['NEGOTIATES_FOR|Vivian Balakrishnan|Indonesia'],
  },
  {
    id: 'side7.government-negotiator-dateline-state',
    text: 'BOGOTÁ, June 3 (AP) - Government negotiator Otty Patiño said the talks with the ELN would resume in Caracas next month.',
    facts: ['NEGOTIATES_FOR|Otty Patiño|Colombia'],
    absent: ['NEGOTIATES_FOR|Otty Patiño|Venezuela'],
  },
  {
    id: 'side7.negotiators-from-state-led-by-twice',
    text: 'Negotiators from Bhutan, led by Foreign Secretary Pema Choden, and from China, led by Vice Foreign Minister Sun Weidong, held the 25th round of boundary talks in Beijing.',
    facts: ['NEGOTIATES_FOR|Pema Choden|Bhutan', 'NEGOTIATES_FOR|Sun Weidong|China'],
    absent: ['NEGOTIATES_FOR|Pema Choden|China', 'NEGOTIATES_FOR|Sun Weidong|Bhutan'],
  },
  {
    id: 'side7.colon-list-for-state-semicolon',
    text: 'Negotiators of the Falepili Union treaty: for Tuvalu, Foreign Minister Simon Kofe; for Australia, Ambassador Ewen McDonald.',
    facts: ['NEGOTIATES_FOR|Simon Kofe|Tuvalu', 'NEGOTIATES_FOR|Ewen McDonald|Australia'],
    absent: ['NEGOTIATES_FOR|Simon Kofe|Australia', 'NEGOTIATES_FOR|Ewen McDonald|Tuvalu'],
  },
  {
    id: 'side7.delegation-of-the-government-of-state-headed',
    text: 'The delegation of the Government of Sudan, headed by Minister of Defence Yassin Ibrahim, took part in the Jeddah talks with the Rapid Support Forces.',
    facts: ['NEGOTIATES_FOR|Yassin Ibrahim|Sudan', 'HOLDS_OFFICE|Yassin Ibrahim|Minister of Defence of Sudan'],
    absent: ['NEGOTIATES_FOR|Yassin Ibrahim|Saudi Arabia'],
  },
  {
    id: 'side7.possessive-team-leader-title-apposition',
    text: "The Solomon Islands' team leader at the tuna treaty talks, Fisheries Permanent Secretary Christain Ramofafia, said the new access terms were fair.",
    facts: ['NEGOTIATES_FOR|Christain Ramofafia|Solomon Islands'],
  },
  {
    id: 'side7.delegation-in-negotiations-on-agreement-led-by',
    source: 'Global Affairs Canada',
    text: "Canada's delegation in the negotiations on the Canada-Indonesia Comprehensive Economic Partnership Agreement was led by Chief Negotiator Bruce Christie.",
    facts: [
      'NEGOTIATES_FOR|Bruce Christie|Canada',
      'NEGOTIATES|Bruce Christie|Canada-Indonesia Comprehensive Economic Partnership Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Bruce Christie|Indonesia'],
  },
  {
    id: 'side7.adjective-mediator-title-apposition',
    text: 'The Qatari mediator, Minister of State Mohammed Al-Khulaifi, met the two delegations separately in Doha.',
    facts: [
      'NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar',
      'HOLDS_OFFICE|Mohammed Al-Khulaifi|Minister of State of Qatar',
    ],
  },
  {
    id: 'side7.co-mediators-name-of-state',
    text: 'The co-mediators, Abbas Kamel of Egypt and Mohammed bin Abdulrahman Al Thani of Qatar, presented the new proposal to the two delegations.',
    facts: ['NEGOTIATES_FOR|Abbas Kamel|Egypt', 'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Qatar'],
    absent: ['NEGOTIATES_FOR|Abbas Kamel|Qatar', 'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Egypt'],
  },
  {
    id: 'side7.wire-kyodo-chief-negotiator-at-talks-minister',
    text: "TOKYO, July 3 Kyodo - Japan's chief negotiator at the tariff talks, Economic Revitalization Minister Ryosei Akazawa, left for Washington on Thursday for a seventh round.",
    facts: ['NEGOTIATES_FOR|Ryosei Akazawa|Japan'],
    absent: ['NEGOTIATES_FOR|Ryosei Akazawa|United States'],
  },
  {
    id: 'side7.wire-yonhap-top-negotiator-for-talks-with',
    text: "SEOUL, Oct. 4 (Yonhap) -- Lee Tae-woo, South Korea's top negotiator for the defense cost-sharing talks with the United States, said the two sides had narrowed their differences.",
    facts: ['NEGOTIATES_FOR|Lee Tae-woo|South Korea'],
    absent: ['NEGOTIATES_FOR|Lee Tae-woo|United States'],
  },
  // Principals through a possessive, a relative or a participle.
  {
    id: 'prin7.whom-the-sultan-had-charged-with',
    source: 'Ministry of Foreign Affairs of the Sultanate of Oman',
    text: 'Foreign Minister Badr Albusaidi, whom Sultan Haitham bin Tarik had charged with the negotiations, briefed the Council of Ministers on their outcome.',
    facts: ['NEGOTIATES_FOR|Badr Albusaidi|Haitham bin Tarik'],
  },
  {
    id: 'prin7.designated-by-president-as-his-representative',
    text: 'Former President Goodluck Jonathan, designated by President Bola Tinubu as his representative in the talks with the military leaders in Niamey, returned to Abuja on Sunday.',
    facts: ['NEGOTIATES_FOR|Goodluck Jonathan|Bola Tinubu'],
    // Added after the first pass (which gave this reverse fact too): not counted in the first-pass figures.
    absent: ['NEGOTIATES_FOR|Goodluck Jonathan|Niger', 'NEGOTIATES_FOR|Bola Tinubu|Goodluck Jonathan'],
  },
  {
    id: 'prin7.president-has-assigned-to-head-negotiations',
    source: 'State House Zambia',
    text: "President Hakainde Hichilema has assigned Foreign Minister Mulambo Haimbe to head Zambia's negotiations with Tanzania on the TAZARA railway.",
    facts: [
      'NEGOTIATES_FOR|Mulambo Haimbe|Zambia',
      'NEGOTIATES_FOR|Mulambo Haimbe|Hakainde Hichilema',
      'HOLDS_OFFICE|Mulambo Haimbe|Foreign Minister of Zambia',
    ],
    absent: ['NEGOTIATES_FOR|Mulambo Haimbe|Tanzania'],
  },
  {
    id: 'prin7.as-the-emissary-of-king',
    text: 'Foreign Minister Ayman Safadi travelled to Damascus as the emissary of King Abdullah II for talks with the new authorities.',
    facts: ['NEGOTIATES_FOR|Ayman Safadi|Abdullah II'],
    absent: ['NEGOTIATES_FOR|Ayman Safadi|Syria'],
  },
  {
    id: 'prin7.leaders-envoy-no-comma',
    source: 'Saudi Press Agency',
    text: "Crown Prince Mohammed bin Salman's envoy Musaed Al-Aiban took part in the talks in Jeddah between the American and Ukrainian delegations.",
    facts: ['NEGOTIATES_FOR|Musaed Al-Aiban|Mohammed bin Salman'],
    absent: ['NEGOTIATES_FOR|Musaed Al-Aiban|Ukraine', 'NEGOTIATES_FOR|Musaed Al-Aiban|United States'],
  },
  {
    id: 'prin7.the-negotiator-appointed-by-prime-minister',
    text: 'Jagdish Koonjul, the negotiator appointed by Prime Minister Navin Ramgoolam, met the British team in London to review the text on the Chagos Archipelago.',
    facts: ['NEGOTIATES_FOR|Jagdish Koonjul|Navin Ramgoolam'],
    absent: ['NEGOTIATES_FOR|Jagdish Koonjul|United Kingdom'],
  },
  {
    id: 'prin7.fronted-dispatched-by-president',
    text: 'Dispatched by President Cyril Ramaphosa, Minister in the Presidency Khumbudzo Ntshavheni held talks in Maputo with the leaders of the parties on the post-election crisis.',
    facts: ['NEGOTIATES_FOR|Khumbudzo Ntshavheni|Cyril Ramaphosa'],
    absent: ['NEGOTIATES_FOR|Khumbudzo Ntshavheni|Mozambique'],
  },
  {
    id: 'prin7.who-holds-his-mandate-for-talks',
    text: 'President William Ruto said Treasury Cabinet Secretary John Mbadi, who holds his mandate for the talks with the International Monetary Fund, would travel to Washington next week.',
    facts: ['NEGOTIATES_FOR|John Mbadi|William Ruto'],
    absent: ['NEGOTIATES_FOR|John Mbadi|International Monetary Fund'],
  },
  {
    id: 'prin7.on-the-orders-of-king-led-delegation-at-talks',
    source: 'Maghreb Arab Press',
    text: 'On the orders of King Mohammed VI, Foreign Minister Nasser Bourita led the Moroccan delegation at the talks on the fisheries agreement with the European Union.',
    facts: [
      'NEGOTIATES_FOR|Nasser Bourita|Morocco',
      'REPORTS_TO|Nasser Bourita|Mohammed VI',
      'HOLDS_OFFICE|Nasser Bourita|Foreign Minister of Morocco',
    ],
    absent: ['NEGOTIATES_FOR|Nasser Bourita|European Union'],
  },
  // Mediators and facilitators.
  {
    id: 'med7.under-the-mediation-of-adjective-president',
    text: 'Under the mediation of Kenyan President William Ruto, the South Sudanese parties resumed the Tumaini Initiative talks in Nairobi.',
    facts: ['NEGOTIATES_FOR|William Ruto|Kenya', 'HOLDS_OFFICE|William Ruto|President of Kenya'],
    absent: ['NEGOTIATES_FOR|William Ruto|South Sudan'],
  },
  {
    id: 'med7.organisation-led-mediation-headed-by',
    text: 'The African Union-led mediation, headed by former Nigerian President Olusegun Obasanjo, brought the federal government and the TPLF to Pretoria.',
    facts: ['NEGOTIATES_FOR|Olusegun Obasanjo|African Union'],
    absent: ['NEGOTIATES_FOR|Olusegun Obasanjo|Nigeria', 'NEGOTIATES_FOR|Olusegun Obasanjo|South Africa'],
  },
  {
    id: 'med7.states-facilitator-in-talks-between',
    text: "İbrahim Kalın, Türkiye's facilitator in the prisoner exchange talks between Moscow and Kyiv, met both delegations in Ankara.",
    facts: ['NEGOTIATES_FOR|İbrahim Kalın|Türkiye'],
    absent: ['NEGOTIATES_FOR|İbrahim Kalın|Russia', 'NEGOTIATES_FOR|İbrahim Kalın|Ukraine'],
  },
  {
    id: 'med7.talks-convened-by-un-special-envoy',
    text: 'The talks on the economy between the Yemeni parties were convened in Muscat by the UN Special Envoy for Yemen, Hans Grundberg.',
    facts: ['NEGOTIATES_FOR|Hans Grundberg|United Nations'],
    absent: ['NEGOTIATES_FOR|Hans Grundberg|Oman', 'NEGOTIATES_FOR|Hans Grundberg|Yemen'],
  },
  {
    id: 'med7.org-facilitator-title-before-name',
    text: 'EU facilitator Miroslav Lajčák convened the chief negotiators of Belgrade and Pristina in Brussels on Tuesday.',
    facts: ['NEGOTIATES_FOR|Miroslav Lajčák|European Union'],
    absent: ['NEGOTIATES_FOR|Miroslav Lajčák|Serbia', 'NEGOTIATES_FOR|Miroslav Lajčák|Belgium'],
  },
  {
    id: 'med7.whom-organisation-designated-as-mediator',
    text: 'Angolan President João Lourenço, whom the African Union designated as mediator between the Democratic Republic of the Congo and Rwanda, hosted the two foreign ministers in Luanda.',
    facts: ['NEGOTIATES_FOR|João Lourenço|African Union', 'HOLDS_OFFICE|João Lourenço|President of Angola'],
    absent: ['NEGOTIATES_FOR|João Lourenço|Rwanda', 'NEGOTIATES_FOR|João Lourenço|Democratic Republic of the Congo'],
  },
  {
    id: 'med7.organisations-facilitator-possessive',
    text: "Former Kenyan President Uhuru Kenyatta, the East African Community's facilitator for the peace process in eastern Congo, met the armed groups in Nairobi.",
    facts: ['NEGOTIATES_FOR|Uhuru Kenyatta|East African Community'],
    absent: ['NEGOTIATES_FOR|Uhuru Kenyatta|Kenya'],
  },
  {
    id: 'med7.the-uns-envoy-possessive',
    text: "Huang Xia, the UN's envoy for the Great Lakes region, briefed the Security Council on the talks between Kinshasa and Kigali.",
    facts: ['NEGOTIATES_FOR|Huang Xia|United Nations'],
  },
  {
    id: 'med7.who-leads-the-leagues-mediation',
    text: "Hossam Zaki, the Arab League's Assistant Secretary-General, who leads the League's mediation between the Sudanese parties, met the army delegation in Cairo.",
    facts: [
      'NEGOTIATES_FOR|Hossam Zaki|Arab League',
      'HOLDS_OFFICE|Hossam Zaki|Assistant Secretary-General of the Arab League',
    ],
    absent: ['NEGOTIATES_FOR|Hossam Zaki|Sudan', 'NEGOTIATES_FOR|Hossam Zaki|Egypt'],
  },
  {
    id: 'med7.mediator-title-of-organisation-after-name-round',
    source: 'United Nations Office at Geneva',
    text: 'Martin Griffiths, the Emergency Relief Coordinator of the United Nations, mediated the talks between the delegations on humanitarian access.',
    facts: ['NEGOTIATES_FOR|Martin Griffiths|United Nations'],
  },
  // NEGOTIATES: negotiators and co-chairs of an agreement's negotiations.
  {
    id: 'neg7.led-the-negotiations-on-agreement-for-org',
    text: "Sabine Weyand, the Commission's Director-General for Trade, led the negotiations on the EU-New Zealand Free Trade Agreement for the European Union.",
    facts: [
      'NEGOTIATES_FOR|Sabine Weyand|European Union',
      'NEGOTIATES|Sabine Weyand|EU-New Zealand Free Trade Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Sabine Weyand|New Zealand'],
  },
  {
    id: 'neg7.negotiations-on-agreement-co-chaired-by-two',
    text: 'The negotiations on the WHO Pandemic Agreement, co-chaired by Precious Matsoso and Roland Driece, resumed in Geneva on Monday.',
    facts: ['NEGOTIATES|Precious Matsoso|WHO Pandemic Agreement', 'NEGOTIATES|Roland Driece|WHO Pandemic Agreement'],
  },
  {
    id: 'neg7.chief-negotiator-of-org-for-agreement-other-issuer',
    source: 'Ministry of Foreign Affairs of the Kingdom of Thailand',
    text: 'Permanent Secretary Eksiri Pintaruchi met Helena König, Chief Negotiator of the European Union for the EU-Thailand Free Trade Agreement, in Bangkok.',
    facts: ['NEGOTIATES_FOR|Helena König|European Union', 'NEGOTIATES|Helena König|EU-Thailand Free Trade Agreement'],
    absent: ['NEGOTIATES_FOR|Helena König|Thailand', 'NEGOTIATES_FOR|Eksiri Pintaruchi|European Union'],
  },
  {
    id: 'neg7.chaired-the-negotiations-of-state-chair',
    text: 'Ambassador Luis Vayas Valdivieso of Ecuador, who chairs the negotiations on the Global Plastics Treaty, presented a revised text in Busan.',
    facts: ['NEGOTIATES|Luis Vayas Valdivieso|Global Plastics Treaty'],
    absent: ['NEGOTIATES_FOR|Luis Vayas Valdivieso|South Korea'],
  },
  // REPORTS_TO.
  {
    id: 'rep7.who-reports-to-commissioner',
    text: 'Chief negotiator Christophe Kiener, who reports to Trade Commissioner Maroš Šefčovič, will lead the next round in Brussels.',
    facts: ['REPORTS_TO|Christophe Kiener|Maroš Šefčovič'],
  },
  {
    id: 'rep7.under-the-stewardship-of-prime-minister',
    text: "Under the stewardship of Prime Minister Mark Brown, Foreign Secretary Tepaeru Herrmann led the Cook Islands' negotiations on the partnership with China.",
    facts: ['REPORTS_TO|Tepaeru Herrmann|Mark Brown', 'NEGOTIATES_FOR|Tepaeru Herrmann|Cook Islands'],
    absent: ['NEGOTIATES_FOR|Tepaeru Herrmann|China'],
  },
  {
    id: 'rep7.team-under-direct-supervision-led-by',
    text: 'The negotiating team works under the direct supervision of President Andry Rajoelina and is led by Foreign Minister Rasata Rafaravavitafika.',
    facts: ['REPORTS_TO|Rasata Rafaravavitafika|Andry Rajoelina'],
  },
  {
    id: 'rep7.an-adviser-to-supreme-leader',
    text: 'TEHRAN (AFP) - Ali Shamkhani, an adviser to Supreme Leader Ali Khamenei, said Iran was ready for indirect talks.',
    facts: ['REPORTS_TO|Ali Shamkhani|Ali Khamenei'],
  },
  {
    id: 'rep7.state-counsellor-to-president',
    source: 'Akorda',
    text: 'Yerlan Karin, State Counsellor to President Kassym-Jomart Tokayev, met the Afghan delegation in Astana.',
    facts: ['REPORTS_TO|Yerlan Karin|Kassym-Jomart Tokayev'],
  },
  {
    id: 'rep7.at-the-direction-of-president-led-delegation',
    source: 'The President’s Office, Republic of Maldives',
    text: 'At the direction of President Mohamed Muizzu, Foreign Minister Abdulla Khaleel led the Maldivian delegation at the debt talks with India in New Delhi.',
    facts: [
      'REPORTS_TO|Abdulla Khaleel|Mohamed Muizzu',
      'NEGOTIATES_FOR|Abdulla Khaleel|Maldives',
      'HOLDS_OFFICE|Abdulla Khaleel|Foreign Minister of Maldives',
    ],
    absent: ['NEGOTIATES_FOR|Abdulla Khaleel|India'],
  },
  {
    id: 'rep7.acting-on-instructions-from-emir',
    text: 'Acting on instructions from Emir Tamim bin Hamad Al Thani, Prime Minister Mohammed bin Abdulrahman Al Thani led the Qatari mediation between the two sides.',
    facts: [
      'REPORTS_TO|Mohammed bin Abdulrahman Al Thani|Tamim bin Hamad Al Thani',
      'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Qatar',
    ],
  },
  {
    id: 'rep7.team-which-answers-directly-to-led-by',
    text: "Ethiopia's negotiating team on the Grand Ethiopian Renaissance Dam, which answers directly to Prime Minister Abiy Ahmed, is led by Water Minister Habtamu Itefa.",
    facts: [
      'NEGOTIATES_FOR|Habtamu Itefa|Ethiopia',
      'REPORTS_TO|Habtamu Itefa|Abiy Ahmed',
      'HOLDS_OFFICE|Habtamu Itefa|Water Minister of Ethiopia',
    ],
  },
  // Offices with the owner from the local cue.
  {
    id: 'off7.states-ambassador-at-large-other-issuer',
    source: 'Ministry of Foreign Affairs of Malaysia',
    text: "Foreign Minister Mohamad Hasan received Singapore's Ambassador-at-Large Ong Keng Yong in Putrajaya.",
    facts: ['HOLDS_OFFICE|Ong Keng Yong|Ambassador-at-Large of Singapore'],
    absent: ['HOLDS_OFFICE|Ong Keng Yong|Ambassador-at-Large of Malaysia'],
  },
  {
    id: 'off7.adjective-national-security-advisor-other-issuer',
    source: 'Ministry of External Affairs of India',
    text: 'External Affairs Minister S. Jaishankar met the American National Security Advisor, Jake Sullivan, in New Delhi.',
    facts: ['HOLDS_OFFICE|Jake Sullivan|National Security Advisor of United States'],
    absent: ['HOLDS_OFFICE|Jake Sullivan|National Security Advisor of India'],
  },
  // Negatives.
  {
    id: 'not7.observer-for-organisation-at-signing',
    text: 'Ambassador Nicolás Berlanga Martínez attended the signing in Kinshasa as an observer for the European Union.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Nicolás Berlanga Martínez|European Union'],
  },
  {
    id: 'not7.greetings-conveyed-from-president',
    source: 'Emirates News Agency',
    text: 'Minister of State Shakhboot bin Nahyan conveyed the greetings of President Mohamed bin Zayed to President Mahamat Idriss Déby in N’Djamena.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Shakhboot bin Nahyan|*'],
  },
  {
    id: 'not7.hypothetical-could-name-as-chief-negotiator',
    text: 'If the talks resume in the new year, Kenya could name former Vice-President Kalonzo Musyoka as its chief negotiator, officials said.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Kalonzo Musyoka|Kenya'],
  },
  {
    id: 'not7.host-minister-welcomed-and-opened',
    text: 'Foreign Minister Hakan Fidan welcomed the Russian and Ukrainian delegations to the Dolmabahçe Palace and opened the talks.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Hakan Fidan|Russia', 'NEGOTIATES_FOR|Hakan Fidan|Ukraine'],
  },
  {
    id: 'not7.spokeswoman-on-delegation',
    text: "Maria Zakharova, the Foreign Ministry spokeswoman, said Russia's delegation to the Istanbul talks would be announced later.",
    facts: [],
    absent: ['NEGOTIATES_FOR|Maria Zakharova|Russia', 'NEGOTIATES_FOR|Maria Zakharova|Turkey'],
  },
  {
    id: 'not7.gratitude-on-behalf-of-the-people',
    text: 'On behalf of the people of Tonga, Prime Minister Siaosi Sovaleni expressed gratitude to Japan for the relief supplies.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Siaosi Sovaleni|Tonga', 'NEGOTIATES_FOR|Siaosi Sovaleni|Japan'],
  },
  {
    id: 'not7.vice-president-represented-president-at-inauguration',
    text: 'Vice President Kashim Shettima represented President Bola Tinubu at the inauguration of President Netumbo Nandi-Ndaitwah in Windhoek.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Kashim Shettima|Bola Tinubu', 'NEGOTIATES_FOR|Kashim Shettima|Namibia'],
  },
  {
    id: 'not7.declined-invitation-to-mediate',
    text: "Former Tanzanian President Jakaya Kikwete declined the African Union's invitation to lead the mediation, his office said.",
    facts: [],
    absent: ['NEGOTIATES_FOR|Jakaya Kikwete|African Union', 'NEGOTIATES_FOR|Jakaya Kikwete|Tanzania'],
  },
  {
    id: 'not7.did-not-take-part-in-negotiations',
    text: 'Foreign Secretary Yvette Cooper did not take part in the negotiations on the Chagos treaty, which were conducted by officials.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Yvette Cooper|*', 'NEGOTIATES|Yvette Cooper|*'],
  },
];
