// The nf6 paraphrase bank (issue 6): who negotiates for whom. Made-up passages in many issuers' styles
// about real or plausible meetings, each with the facts of people, offices and roles that the gold
// conventions (../shared/eval/GUIDE.md) give: NEGOTIATES_FOR, NEGOTIATES, REPORTS_TO, HOLDS_OFFICE and
// OFFICE_OF, and negatives (ministers who merely lead a delegation at a summit, signatures with no
// "on behalf of" or "for X", other senses of "represented" and "for"). Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

const MOFA = 'Ministry of Foreign Affairs';

export const ROLES_BANK: BankCase[] = [
  {
    id: 'behalf.state-signed',
    text: 'On 3 May, Foreign Minister Penny Wong signed the Treaty on Maritime Boundaries on behalf of Australia in Dili.',
    facts: [
      'NEGOTIATES_FOR|Penny Wong|Australia',
      'HOLDS_OFFICE|Penny Wong|Foreign Minister of Australia',
      'OFFICE_OF|Foreign Minister of Australia|Australia',
    ],
  },
  {
    id: 'behalf.person-message',
    text: 'Ambassador Kurt Volker, the US Special Representative for Ukraine Negotiations, delivered a message on behalf of President Donald Trump to the leadership in Kyiv.',
    facts: ['NEGOTIATES_FOR|Kurt Volker|Donald Trump', 'NEGOTIATES_FOR|Kurt Volker|United States'],
  },
  {
    id: 'represented-by.org-apposition',
    text: 'The European Union was represented by Maroš Šefčovič, Vice-President of the European Commission.',
    facts: [
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Maroš Šefčovič|Vice-President of the European Commission',
      'OFFICE_OF|Vice-President of the European Commission|European Commission',
    ],
  },
  {
    id: 'represented-by.gapping-appositions',
    text: 'At the talks in Istanbul, Ukraine was represented by Rustem Umerov, Minister of Defence, and Russia by Vladimir Medinsky, aide to the President.',
    facts: [
      'NEGOTIATES_FOR|Rustem Umerov|Ukraine',
      'NEGOTIATES_FOR|Vladimir Medinsky|Russia',
      'HOLDS_OFFICE|Rustem Umerov|Minister of Defence of Ukraine',
      'OFFICE_OF|Minister of Defence of Ukraine|Ukraine',
    ],
    absent: ['NEGOTIATES_FOR|Rustem Umerov|Russia', 'NEGOTIATES_FOR|Vladimir Medinsky|Ukraine'],
  },
  {
    id: 'side.led-for-the-side',
    text: 'The talks in Geneva were led by Vice Premier He Lifeng for the Chinese side and by Treasury Secretary Scott Bessent for the American side.',
    facts: [
      'NEGOTIATES_FOR|He Lifeng|China',
      'NEGOTIATES_FOR|Scott Bessent|United States',
      'HOLDS_OFFICE|He Lifeng|Vice Premier of China',
    ],
    absent: ['NEGOTIATES_FOR|He Lifeng|United States', 'NEGOTIATES_FOR|Scott Bessent|China'],
  },
  {
    id: 'delegation.led-round',
    text: 'Deputy Foreign Minister Mikhail Galuzin led the Russian delegation at the fourth round of negotiations on the peace treaty held in Tokyo.',
    facts: ['NEGOTIATES_FOR|Mikhail Galuzin|Russia', 'HOLDS_OFFICE|Mikhail Galuzin|Deputy Foreign Minister of Russia'],
  },
  {
    id: 'delegation.headed-negotiations',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'Mr. Takehiro Funakoshi, Director-General of the Asian and Oceanian Affairs Bureau, headed the Japanese delegation in the negotiations on the Japan-Korea Fisheries Agreement.',
    facts: [
      'NEGOTIATES_FOR|Takehiro Funakoshi|Japan',
      'NEGOTIATES|Takehiro Funakoshi|Japan-Korea Fisheries Agreement',
      'HOLDS_OFFICE|Takehiro Funakoshi|Director-General of the Asian and Oceanian Affairs Bureau of Japan',
    ],
  },
  {
    id: 'chief.possessive-org',
    text: "Michel Barnier, the EU's Chief Negotiator, met David Frost in London on Tuesday.",
    facts: [
      'NEGOTIATES_FOR|Michel Barnier|European Union',
      'HOLDS_OFFICE|Michel Barnier|Chief Negotiator of the European Union',
      'OFFICE_OF|Chief Negotiator of the European Union|European Union',
    ],
  },
  {
    id: 'chief.lowercase-lead-negotiator',
    text: "The United Kingdom's lead negotiator, Olly Robbins, briefed ministers on the state of the withdrawal talks.",
    facts: ['NEGOTIATES_FOR|Olly Robbins|United Kingdom'],
  },
  {
    id: 'envoy.un-title-before',
    text: 'UN Special Envoy for Yemen Hans Grundberg met Omani officials in Muscat on Sunday.',
    facts: [
      'NEGOTIATES_FOR|Hans Grundberg|United Nations',
      'HOLDS_OFFICE|Hans Grundberg|Special Envoy for Yemen of the United Nations',
      'OFFICE_OF|Special Envoy for Yemen of the United Nations|United Nations',
    ],
    absent: ['NEGOTIATES_FOR|Hans Grundberg|Yemen', 'NEGOTIATES_FOR|Hans Grundberg|Oman'],
  },
  {
    id: 'envoy.special-representative-for',
    text: 'Ambassador Zalmay Khalilzad, the U.S. Special Representative for Afghanistan Reconciliation, held talks with Taliban representatives in Doha.',
    facts: [
      'NEGOTIATES_FOR|Zalmay Khalilzad|United States',
      'HOLDS_OFFICE|Zalmay Khalilzad|Special Representative for Afghanistan Reconciliation of the United States',
    ],
    absent: ['NEGOTIATES_FOR|Zalmay Khalilzad|Afghanistan'],
  },
  {
    id: 'acting-for.org',
    text: 'Former President Olusegun Obasanjo, acting for the African Union, convened the two delegations in Pretoria.',
    facts: ['NEGOTIATES_FOR|Olusegun Obasanjo|African Union'],
  },
  {
    id: 'envoy.possessive-state',
    text: "Qatar's envoy Mohammed Al-Khulaifi met both delegations in Doha on Friday.",
    facts: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar'],
  },
  {
    id: 'relative.who-negotiates-for',
    text: 'Stefan Lehne, who negotiates for Austria on the energy charter, arrived in Brussels on Monday.',
    facts: ['NEGOTIATES_FOR|Stefan Lehne|Austria'],
  },
  {
    id: 'side.was-represented-by',
    text: 'The Chinese side was represented by Ambassador Xiao Qian at the consultations in Jakarta.',
    facts: ['NEGOTIATES_FOR|Xiao Qian|China', 'HOLDS_OFFICE|Xiao Qian|Ambassador of China'],
  },
  {
    id: 'signed-for.gapping',
    text: 'The protocol was signed for Norway by State Secretary Eivind Vad Petersson and for Colombia by Deputy Minister Elizabeth Taylor Jay.',
    facts: ['NEGOTIATES_FOR|Eivind Vad Petersson|Norway', 'NEGOTIATES_FOR|Elizabeth Taylor Jay|Colombia'],
    absent: ['NEGOTIATES_FOR|Eivind Vad Petersson|Colombia', 'NEGOTIATES_FOR|Elizabeth Taylor Jay|Norway'],
  },
  {
    id: 'in-the-name-of',
    text: 'In the name of the Government of Spain, Minister José Manuel Albares signed the memorandum of understanding.',
    facts: ['NEGOTIATES_FOR|José Manuel Albares|Spain'],
  },
  {
    id: 'as-the-representative-of',
    text: 'Mr Tan Wei Ming took part in the negotiations as the representative of Singapore.',
    facts: ['NEGOTIATES_FOR|Tan Wei Ming|Singapore'],
  },
  {
    id: 'chief.two-chief-negotiators',
    text: 'The two chief negotiators, Ignacio Garcia Bercero for the EU and Vangelis Vitalis for New Zealand, met in Wellington.',
    facts: ['NEGOTIATES_FOR|Ignacio Garcia Bercero|European Union', 'NEGOTIATES_FOR|Vangelis Vitalis|New Zealand'],
    absent: ['NEGOTIATES_FOR|Ignacio Garcia Bercero|New Zealand'],
  },
  {
    id: 'behalf.respectively',
    text: 'Wang Yi and Sergey Lavrov signed the documents on behalf of China and Russia respectively.',
    facts: ['NEGOTIATES_FOR|Wang Yi|China', 'NEGOTIATES_FOR|Sergey Lavrov|Russia'],
    absent: ['NEGOTIATES_FOR|Wang Yi|Russia', 'NEGOTIATES_FOR|Sergey Lavrov|China'],
  },
  {
    id: 'plural.special-representatives',
    text: 'The Special Representatives on the boundary question, National Security Adviser Ajit Doval of India and Foreign Minister Wang Yi of China, held their 23rd meeting in Beijing.',
    facts: [
      'NEGOTIATES_FOR|Ajit Doval|India',
      'NEGOTIATES_FOR|Wang Yi|China',
      'HOLDS_OFFICE|Ajit Doval|National Security Adviser of India',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Ajit Doval|China'],
  },
  {
    id: 'represented-by.gapping-titles',
    text: 'Thailand was represented by Foreign Minister Maris Sangiampongsa and Cambodia by Deputy Prime Minister Prak Sokhonn.',
    facts: [
      'NEGOTIATES_FOR|Maris Sangiampongsa|Thailand',
      'NEGOTIATES_FOR|Prak Sokhonn|Cambodia',
      'HOLDS_OFFICE|Maris Sangiampongsa|Foreign Minister of Thailand',
      'HOLDS_OFFICE|Prak Sokhonn|Deputy Prime Minister of Cambodia',
    ],
    absent: ['NEGOTIATES_FOR|Prak Sokhonn|Thailand'],
  },
  {
    id: 'negotiates.conducted',
    text: 'Chief Negotiator Sabine Weyand conducted the negotiations on the EU-Mercosur Association Agreement for the European Commission.',
    facts: [
      'NEGOTIATES|Sabine Weyand|EU-Mercosur Association Agreement',
      'NEGOTIATES_FOR|Sabine Weyand|European Commission',
    ],
  },
  {
    id: 'negotiates.leads-talks-for',
    text: 'Ambassador Katherine Tai leads the talks on the Indo-Pacific Economic Framework for the United States.',
    facts: ['NEGOTIATES|Katherine Tai|Indo-Pacific Economic Framework', 'NEGOTIATES_FOR|Katherine Tai|United States'],
  },
  {
    id: 'negotiates.took-part-as-negotiator',
    text: 'As lead negotiator, Ms Ana Pérez took part in the fifth round of negotiations on the Comprehensive Economic Partnership Agreement.',
    facts: ['NEGOTIATES|Ana Pérez|Comprehensive Economic Partnership Agreement'],
  },
  {
    id: 'neg.summit-delegation',
    text: 'Prime Minister Narendra Modi led the Indian delegation at the G20 Summit in Rome.',
    facts: ['HOLDS_OFFICE|Narendra Modi|Prime Minister of India', 'OFFICE_OF|Prime Minister of India|India'],
    absent: ['NEGOTIATES_FOR|Narendra Modi|*'],
  },
  {
    id: 'neg.signature-alone',
    text: 'French President Emmanuel Macron and German Chancellor Angela Merkel signed the Treaty of Aachen on 22 January 2019.',
    facts: ['HOLDS_OFFICE|Emmanuel Macron|President of France', 'HOLDS_OFFICE|Angela Merkel|Chancellor of Germany'],
    absent: ['NEGOTIATES_FOR|Emmanuel Macron|*', 'NEGOTIATES_FOR|Angela Merkel|*'],
  },
  {
    id: 'neg.represented-milestone',
    text: 'The meeting represented a new stage in relations between Brazil and Argentina, Brazilian Foreign Minister Mauro Vieira said.',
    facts: ['HOLDS_OFFICE|Mauro Vieira|Foreign Minister of Brazil'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'neg.two-plus-two',
    text: 'Defence Minister Rajnath Singh and External Affairs Minister S. Jaishankar led the Indian side at the India-Japan 2+2 Ministerial Dialogue in New Delhi.',
    facts: ['HOLDS_OFFICE|Rajnath Singh|Defence Minister of India'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'neg.summit-head-of-delegation',
    text: 'President Cyril Ramaphosa, head of the South African delegation to the BRICS Summit, arrived in Kazan on Tuesday.',
    facts: ['HOLDS_OFFICE|Cyril Ramaphosa|President of South Africa'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'envoy.not-host-state',
    text: 'US Special Envoy Steve Witkoff met Russian President Vladimir Putin in Moscow on Thursday.',
    facts: ['NEGOTIATES_FOR|Steve Witkoff|United States', 'HOLDS_OFFICE|Vladimir Putin|President of Russia'],
    absent: ['NEGOTIATES_FOR|Steve Witkoff|Russia', 'NEGOTIATES_FOR|Steve Witkoff|Vladimir Putin'],
  },
  {
    id: 'neg.good-for',
    text: 'Deputy Foreign Minister Andrey Rudenko said the agreement was good for Russia and for its neighbours.',
    facts: ['HOLDS_OFFICE|Andrey Rudenko|Deputy Foreign Minister of Russia'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'list.heads-of-delegation',
    text: 'Third round of maritime boundary negotiations, Jakarta, 4 June.\n\nHeads of delegation:\n- For Indonesia: Arrmanatha Nasir, Deputy Minister of Foreign Affairs\n- For Timor-Leste: Bendito dos Santos Freitas, Minister of Foreign Affairs and Cooperation\n',
    facts: [
      'NEGOTIATES_FOR|Arrmanatha Nasir|Indonesia',
      'NEGOTIATES_FOR|Bendito dos Santos Freitas|Timor-Leste',
      'HOLDS_OFFICE|Arrmanatha Nasir|Deputy Minister of Foreign Affairs of Indonesia',
    ],
    absent: ['NEGOTIATES_FOR|Arrmanatha Nasir|Timor-Leste'],
  },
  {
    id: 'relative.who-is-chief-negotiator',
    text: "Mr Sergiy Kyslytsya, who is Ukraine's chief negotiator at the talks, arrived in Istanbul on Friday.",
    facts: ['NEGOTIATES_FOR|Sergiy Kyslytsya|Ukraine'],
  },
  {
    id: 'represented-at-talks-by',
    text: 'Venezuela was represented at the talks by Jorge Rodríguez, President of the National Assembly.',
    facts: ['NEGOTIATES_FOR|Jorge Rodríguez|Venezuela'],
  },
  {
    id: 'side.chief-negotiator-of-side',
    text: "Li Chenggang, the Chinese side's chief negotiator, told reporters the consultations had been candid.",
    facts: ['NEGOTIATES_FOR|Li Chenggang|China'],
  },
  {
    id: 'team.led-and-headed',
    text: 'Steve Witkoff led the American team in the talks with Iranian officials in Muscat, while Foreign Minister Abbas Araghchi headed the Iranian team.',
    facts: ['NEGOTIATES_FOR|Steve Witkoff|United States', 'NEGOTIATES_FOR|Abbas Araghchi|Iran'],
    absent: ['NEGOTIATES_FOR|Steve Witkoff|Iran'],
  },
  {
    id: 'team.negotiating-team-led-by',
    text: "Iran's negotiating team, led by Deputy Foreign Minister Abbas Araghchi, met the E3 in Vienna.",
    facts: ['NEGOTIATES_FOR|Abbas Araghchi|Iran', 'HOLDS_OFFICE|Abbas Araghchi|Deputy Foreign Minister of Iran'],
  },
  {
    id: 'delegation.headed-by-round',
    text: 'A Chinese delegation headed by Vice Foreign Minister Sun Weidong held the tenth round of boundary negotiations with the Indian side in New Delhi.',
    facts: ['NEGOTIATES_FOR|Sun Weidong|China', 'HOLDS_OFFICE|Sun Weidong|Vice Foreign Minister of China'],
    absent: ['NEGOTIATES_FOR|Sun Weidong|India'],
  },
  {
    id: 'negotiator-for.apposition',
    text: 'Ms Helena König, negotiator for the European Union, presented the new draft to the delegations.',
    facts: ['NEGOTIATES_FOR|Helena König|European Union'],
  },
  {
    id: 'negotiates.lead-negotiator-on',
    text: "Deputy Trade Minister Nguyen Thi Lan is Viet Nam's lead negotiator on the Regional Comprehensive Economic Partnership Agreement.",
    facts: [
      'NEGOTIATES_FOR|Nguyen Thi Lan|Viet Nam',
      'NEGOTIATES|Nguyen Thi Lan|Regional Comprehensive Economic Partnership Agreement',
    ],
  },
  {
    id: 'negotiates.responsible-behalf',
    text: 'Ambassador Didier Lenoir will be responsible for the negotiations on the Pact for the Future on behalf of France.',
    facts: ['NEGOTIATES_FOR|Didier Lenoir|France', 'NEGOTIATES|Didier Lenoir|Pact for the Future'],
  },
  {
    id: 'reports.adviser-to-president',
    text: 'Jake Sullivan, National Security Advisor to President Joe Biden, met Wang Yi in Vienna.',
    facts: ['REPORTS_TO|Jake Sullivan|Joe Biden'],
    absent: ['REPORTS_TO|Jake Sullivan|Wang Yi'],
  },
  {
    id: 'reports.under-guidance',
    source: 'Ministry of Foreign Affairs of the Republic of Korea',
    text: 'The working group, led by Vice Minister Park Yoon-joo under the guidance of Foreign Minister Cho Tae-yul, met in Seoul.',
    facts: ['REPORTS_TO|Park Yoon-joo|Cho Tae-yul'],
  },
  {
    id: 'reports.aide-to',
    text: 'Yuri Ushakov, an aide to Russian President Vladimir Putin, told reporters that the talks would continue.',
    facts: ['REPORTS_TO|Yuri Ushakov|Vladimir Putin', 'HOLDS_OFFICE|Vladimir Putin|President of Russia'],
  },
  {
    id: 'envoy.leader-possessive',
    text: "Prime Minister Narendra Modi's special envoy, Ajit Doval, travelled to Moscow for talks.",
    facts: ['NEGOTIATES_FOR|Ajit Doval|Narendra Modi'],
    absent: ['NEGOTIATES_FOR|Ajit Doval|Russia'],
  },
  {
    id: 'envoy.title-possessive-unnamed',
    text: "Kirill Dmitriev, the Russian President's special envoy for investment, met Steve Witkoff in Riyadh.",
    facts: ['NEGOTIATES_FOR|Kirill Dmitriev|Russia'],
    absent: ['NEGOTIATES_FOR|Kirill Dmitriev|Saudi Arabia'],
  },
  {
    id: 'behalf.president-named',
    text: 'Foreign Minister Mauro Vieira signed the agreement on behalf of President Luiz Inácio Lula da Silva.',
    facts: ['NEGOTIATES_FOR|Mauro Vieira|Luiz Inácio Lula da Silva'],
  },
  {
    id: 'behalf.fronted-passive',
    text: 'On behalf of the European Union, the agreement was signed by Commissioner Valdis Dombrovskis.',
    facts: ['NEGOTIATES_FOR|Valdis Dombrovskis|European Union'],
  },
  {
    id: 'signed-by-for.passive',
    text: 'The memorandum was signed by Minister Ahmed Al-Sayegh for the United Arab Emirates.',
    facts: ['NEGOTIATES_FOR|Ahmed Al-Sayegh|United Arab Emirates'],
  },
  {
    id: 'signed-for.active-gapping',
    text: 'At the ceremony, Ambassador Tomás Rubio signed for Chile and State Secretary Karin Wallensteen for Sweden.',
    facts: ['NEGOTIATES_FOR|Tomás Rubio|Chile', 'NEGOTIATES_FOR|Karin Wallensteen|Sweden'],
    absent: ['NEGOTIATES_FOR|Tomás Rubio|Sweden'],
  },
  {
    id: 'chief.government-chief-negotiator',
    text: "Humberto de la Calle, the Colombian government's chief negotiator, met the guerrilla delegation in Havana.",
    facts: ['NEGOTIATES_FOR|Humberto de la Calle|Colombia'],
  },
  {
    id: 'represented-by.gapping-us-japan',
    text: 'The United States was represented by Deputy Secretary of State Wendy Sherman and Japan by Vice-Minister Takeo Mori.',
    facts: ['NEGOTIATES_FOR|Wendy Sherman|United States', 'NEGOTIATES_FOR|Takeo Mori|Japan'],
    absent: ['NEGOTIATES_FOR|Takeo Mori|United States'],
  },
  {
    id: 'side.serving-as-negotiator',
    text: "Serving as the Malaysian side's negotiator, Deputy Minister Mohamad Alamin met the Thai delegation in Putrajaya.",
    facts: ['NEGOTIATES_FOR|Mohamad Alamin|Malaysia'],
    absent: ['NEGOTIATES_FOR|Mohamad Alamin|Thailand'],
  },
  {
    id: 'delegation.respectively',
    text: 'In the negotiations on the Grand Ethiopian Renaissance Dam, the Egyptian and Ethiopian delegations were led by Hani Sewilam and Habtamu Itefa respectively.',
    facts: ['NEGOTIATES_FOR|Hani Sewilam|Egypt', 'NEGOTIATES_FOR|Habtamu Itefa|Ethiopia'],
    absent: ['NEGOTIATES_FOR|Hani Sewilam|Ethiopia'],
  },
  {
    id: 'relative.who-represented',
    text: 'Mr. Espen Barth Eide, who represented Norway at the negotiations, welcomed the outcome.',
    facts: ['NEGOTIATES_FOR|Espen Barth Eide|Norway'],
  },
  {
    id: 'neg.head-of-eu-delegation-post',
    text: 'Ambassador Jean-Eric Paquet, Head of the Delegation of the European Union to Japan, attended the reception in Tokyo.',
    facts: ['HOLDS_OFFICE|Jean-Eric Paquet|Head of the Delegation of the European Union to Japan'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'neg.led-delegation-forum',
    text: 'Chinese Foreign Minister Wang Yi led a delegation to attend the ASEAN Regional Forum in Vientiane.',
    facts: ['HOLDS_OFFICE|Wang Yi|Foreign Minister of China'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'neg.next-round',
    text: 'The two sides agreed to hold the next round of talks in Tokyo at a mutually convenient date.',
    facts: [],
    absent: ['NEGOTIATES_FOR|*|*', 'NEGOTIATES|*|*'],
  },
  {
    id: 'neg.accompanied-by',
    text: 'President Xi Jinping received Australian Prime Minister Anthony Albanese, who was accompanied by Trade Minister Don Farrell.',
    facts: ['HOLDS_OFFICE|Anthony Albanese|Prime Minister of Australia'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'office.british-portfolio',
    source: 'Foreign, Commonwealth & Development Office',
    text: 'Mr David Lammy, Secretary of State for Foreign, Commonwealth and Development Affairs, held talks with his Indian counterpart in London.',
    facts: [
      'HOLDS_OFFICE|David Lammy|Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom',
    ],
  },
  {
    id: 'envoy.personal-envoy-un',
    text: "The UN Secretary-General's Personal Envoy for Western Sahara, Staffan de Mistura, held consultations in Rabat.",
    facts: ['NEGOTIATES_FOR|Staffan de Mistura|United Nations'],
    absent: ['NEGOTIATES_FOR|Staffan de Mistura|Morocco'],
  },
  {
    id: 'envoy.au-high-representative',
    text: 'The AU High Representative for the Horn of Africa, Olusegun Obasanjo, facilitated the talks in Pretoria.',
    facts: ['NEGOTIATES_FOR|Olusegun Obasanjo|African Union'],
  },
  {
    id: 'envoy.asean-special-envoy',
    text: 'The ASEAN Special Envoy on Myanmar, Foreign Minister Prak Sokhonn of Cambodia, met the State Administration Council in Nay Pyi Taw.',
    facts: ['NEGOTIATES_FOR|Prak Sokhonn|ASEAN', 'HOLDS_OFFICE|Prak Sokhonn|Foreign Minister of Cambodia'],
    absent: ['NEGOTIATES_FOR|Prak Sokhonn|Myanmar'],
  },
  {
    id: 'reports.senior-adviser',
    text: 'Mr Jared Kushner, Senior Adviser to President Donald Trump, met King Abdullah II in Amman.',
    facts: ['REPORTS_TO|Jared Kushner|Donald Trump'],
    absent: ['REPORTS_TO|Jared Kushner|Abdullah II'],
  },
  {
    id: 'envoy.special-representative-of-government',
    source: MOFA,
    text: 'Mr. Kazuo Kodama, Special Representative of the Government of Japan for Middle East Peace, visited Ramallah.',
    facts: ['NEGOTIATES_FOR|Kazuo Kodama|Japan'],
  },
];
