// The nf11 fifth roles bank (issue 6): a blind bank on negotiators in the wild, written after the roles, roles-2,
// roles-3 and roles-4 banks were fitted and before any rule was changed for it: mediated talks (Qatar, Egypt, Norway,
// the UAE, the AU and the UN as mediators and facilitators), peace processes, trade and border negotiations, hostage
// and prisoner exchanges, sherpas, chief and lead negotiators, "led the X delegation to the talks", "a negotiator for",
// "represented X at the talks", "on X's behalf", "as X's envoy", "acting for", envoys appointed, named or designated,
// "tasked with negotiating", "mandated by", "reports to", "under the guidance of", royal and presidential advisers,
// Personal Envoys and Special Coordinators of the Secretary-General, heads of delegation at negotiating rounds; and
// negatives (leaders heading a summit delegation, signatures without "on behalf of", envoys who are no party's,
// credentials, wreaths). Scored once before any rule change (docs/first-look.md, "Paraphrase banks").
// Facts follow the gold conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

export const ROLES_BANK_5: BankCase[] = [
  // Mediators and facilitators.
  {
    id: 'med5.qatar-minister-mediating-relative',
    text: 'DOHA, 14 January - Mohammed Al-Khulaifi, Qatar’s Minister of State at the Ministry of Foreign Affairs, who has been mediating between the two delegations for a week, said an announcement was close.',
    facts: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar'],
  },
  {
    id: 'med5.egyptian-mediation-delegation-headed',
    text: 'An Egyptian mediation delegation headed by Major General Ahmed Abdel Khaleq arrived in Tel Aviv on Tuesday for talks on the next phase of the truce.',
    facts: ['NEGOTIATES_FOR|Ahmed Abdel Khaleq|Egypt'],
    absent: ['NEGOTIATES_FOR|Ahmed Abdel Khaleq|Israel'],
  },
  {
    id: 'med5.facilitated-by-norway-whose-envoy',
    text: 'The talks were facilitated by Norway, whose special envoy, Dag Nylander, chaired the opening session in Caracas.',
    facts: ['NEGOTIATES_FOR|Dag Nylander|Norway'],
    absent: ['NEGOTIATES_FOR|Dag Nylander|Venezuela'],
  },
  {
    id: 'med5.mediators-led-by-respectively',
    text: 'Egyptian and Qatari mediators, led respectively by intelligence chief Hassan Rashad and Prime Minister Mohammed bin Abdulrahman Al Thani, put a revised proposal to both sides in Cairo on Sunday.',
    facts: [
      'NEGOTIATES_FOR|Hassan Rashad|Egypt',
      'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Qatar',
      'HOLDS_OFFICE|Mohammed bin Abdulrahman Al Thani|Prime Minister of Qatar',
    ],
    absent: ['NEGOTIATES_FOR|Hassan Rashad|Qatar', 'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Egypt'],
  },
  {
    id: 'med5.uae-mediation-led-by-nsa',
    text: 'The exchange of 150 prisoners of war between Russia and Ukraine was the result of mediation led by Sheikh Tahnoun bin Zayed Al Nahyan, National Security Adviser of the United Arab Emirates.',
    facts: [
      'NEGOTIATES_FOR|Tahnoun bin Zayed Al Nahyan|United Arab Emirates',
      'HOLDS_OFFICE|Tahnoun bin Zayed Al Nahyan|National Security Adviser of the United Arab Emirates',
    ],
    absent: ['NEGOTIATES_FOR|Tahnoun bin Zayed Al Nahyan|Russia', 'NEGOTIATES_FOR|Tahnoun bin Zayed Al Nahyan|Ukraine'],
  },
  {
    id: 'med5.au-high-representative-former-president',
    source: 'African Union Commission',
    text: "The African Union's High Representative for the Horn of Africa, former Nigerian President Olusegun Obasanjo, convened the parties in Pretoria on Monday.",
    facts: ['NEGOTIATES_FOR|Olusegun Obasanjo|African Union', 'HOLDS_OFFICE|Olusegun Obasanjo|President of Nigeria'],
    absent: ['NEGOTIATES_FOR|Olusegun Obasanjo|Nigeria', 'NEGOTIATES_FOR|Olusegun Obasanjo|South Africa'],
  },
  {
    id: 'med5.served-as-mediator-for',
    text: 'Former Kenyan President Uhuru Kenyatta, who served as mediator for the East African Community, met rebel leaders in Nairobi.',
    facts: ['HOLDS_OFFICE|Uhuru Kenyatta|President of Kenya'],
    absent: ['NEGOTIATES_FOR|Uhuru Kenyatta|Kenya'],
  },
  {
    id: 'med5.facilitated-by-qatar-through-minister',
    text: 'The declaration of principles between the Democratic Republic of the Congo and the rebels was facilitated by the State of Qatar through its Minister of State, Mohammed Al-Khulaifi.',
    facts: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar'],
    absent: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|DR Congo'],
  },
  {
    id: 'med5.turkey-hosted-mediator-fidan',
    text: 'Foreign Minister Hakan Fidan, whose country acted as mediator, opened the talks between the Russian and Ukrainian delegations at the Dolmabahçe Palace.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Hakan Fidan|Russia', 'NEGOTIATES_FOR|Hakan Fidan|Ukraine'],
  },
  // UN envoys, Personal Envoys, Special Coordinators.
  {
    id: 'un5.appointed-as-his-personal-envoy',
    source: 'United Nations',
    text: 'Secretary-General António Guterres has appointed Staffan de Mistura of Italy and Sweden as his Personal Envoy for Western Sahara.',
    facts: ['NEGOTIATES_FOR|Staffan de Mistura|António Guterres'],
    absent: ['NEGOTIATES_FOR|Staffan de Mistura|Italy', 'NEGOTIATES_FOR|Staffan de Mistura|Sweden'],
  },
  {
    id: 'un5.personal-envoy-title-first',
    text: 'The Personal Envoy of the Secretary-General for Western Sahara, Staffan de Mistura, held consultations in Rabat on Thursday with the Moroccan Foreign Minister, Nasser Bourita.',
    facts: [
      'NEGOTIATES_FOR|Staffan de Mistura|United Nations',
      'HOLDS_OFFICE|Staffan de Mistura|Personal Envoy of the Secretary-General for Western Sahara',
      'OFFICE_OF|Personal Envoy of the Secretary-General for Western Sahara|United Nations',
      'HOLDS_OFFICE|Nasser Bourita|Foreign Minister of Morocco',
    ],
    absent: ['NEGOTIATES_FOR|Staffan de Mistura|Morocco'],
  },
  {
    id: 'un5.special-coordinator-organisation-prefix',
    text: 'The United Nations Special Coordinator for the Middle East Peace Process, Tor Wennesland, briefed the Security Council by video link from Jerusalem.',
    facts: [
      'NEGOTIATES_FOR|Tor Wennesland|United Nations',
      'HOLDS_OFFICE|Tor Wennesland|Special Coordinator for the Middle East Peace Process',
    ],
    absent: ['NEGOTIATES_FOR|Tor Wennesland|Israel'],
  },
  {
    id: 'un5.office-of-envoy-facilitated-exchange',
    text: 'The release of some 900 detainees was facilitated by the Special Envoy of the Secretary-General for Yemen, Hans Grundberg, together with the International Committee of the Red Cross.',
    facts: [
      'NEGOTIATES_FOR|Hans Grundberg|United Nations',
      'HOLDS_OFFICE|Hans Grundberg|Special Envoy of the Secretary-General for Yemen',
    ],
    absent: ['NEGOTIATES_FOR|Hans Grundberg|Yemen'],
  },
  {
    id: 'un5.personal-envoy-after-name-un-prefix',
    text: 'Mirko Manzoni, Personal Envoy of the UN Secretary-General for Mozambique, witnessed the signing of the Maputo Accord for Peace and National Reconciliation.',
    facts: ['NEGOTIATES_FOR|Mirko Manzoni|United Nations'],
    absent: ['NEGOTIATES_FOR|Mirko Manzoni|Mozambique'],
  },
  {
    id: 'un5.envoy-observer-no-party',
    text: "The UN Secretary-General's Special Envoy for the Horn of Africa, Hanna Tetteh, attended the talks between Ethiopia and Eritrea as an observer.",
    facts: ['NEGOTIATES_FOR|Hanna Tetteh|United Nations'],
    absent: ['NEGOTIATES_FOR|Hanna Tetteh|Ethiopia', 'NEGOTIATES_FOR|Hanna Tetteh|Eritrea'],
  },
  {
    id: 'un5.asean-chair-special-envoy-title-first',
    text: 'The Special Envoy of the ASEAN Chair on Myanmar, Othman Hashim, met members of the State Administration Council in Naypyidaw.',
    facts: ['NEGOTIATES_FOR|Othman Hashim|ASEAN'],
    absent: ['NEGOTIATES_FOR|Othman Hashim|Myanmar'],
  },
  // Hostages and prisoners.
  {
    id: 'hostage5.his-special-envoy-for-hostage-affairs',
    text: 'President Donald Trump said on Monday that Adam Boehler, his Special Envoy for Hostage Affairs, had travelled to Doha to press for the release of the remaining captives.',
    facts: ['NEGOTIATES_FOR|Adam Boehler|Donald Trump'],
    absent: ['NEGOTIATES_FOR|Adam Boehler|Qatar'],
  },
  {
    id: 'hostage5.negotiated-on-each-side-by',
    text: 'The swap was negotiated on the Russian side by Sergei Naryshkin, Director of the Foreign Intelligence Service, and on the American side by CIA Director William Burns.',
    facts: [
      'NEGOTIATES_FOR|Sergei Naryshkin|Russia',
      'NEGOTIATES_FOR|William Burns|United States',
      'HOLDS_OFFICE|Sergei Naryshkin|Director of the Foreign Intelligence Service of Russia',
    ],
    absent: ['NEGOTIATES_FOR|Sergei Naryshkin|United States', 'NEGOTIATES_FOR|William Burns|Russia'],
  },
  {
    id: 'hostage5.ombudsman-negotiator-lowercase',
    text: "Ukraine's human rights commissioner, Dmytro Lubinets, who negotiates the exchanges for Kyiv, said 84 Ukrainians had come home.",
    facts: ['NEGOTIATES_FOR|Dmytro Lubinets|Ukraine'],
  },
  // Peace processes.
  {
    id: 'peace5.delegation-headed-reports-directly',
    text: 'The Colombian government delegation to the talks with the guerrillas is headed by Otty Patiño, who reports directly to President Gustavo Petro.',
    facts: [
      'NEGOTIATES_FOR|Otty Patiño|Colombia',
      'REPORTS_TO|Otty Patiño|Gustavo Petro',
      'HOLDS_OFFICE|Gustavo Petro|President of Colombia',
    ],
  },
  {
    id: 'peace5.led-team-in-doha-and-us-special-representative',
    text: 'Abdul Ghani Baradar, who led the Taliban negotiating team in Doha, met Zalmay Khalilzad, the U.S. Special Representative for Afghanistan Reconciliation, on Saturday.',
    facts: [
      'NEGOTIATES_FOR|Abdul Ghani Baradar|Taliban',
      'NEGOTIATES_FOR|Zalmay Khalilzad|United States',
      'HOLDS_OFFICE|Zalmay Khalilzad|Special Representative for Afghanistan Reconciliation of the United States',
    ],
    absent: ['NEGOTIATES_FOR|Zalmay Khalilzad|Afghanistan', 'NEGOTIATES_FOR|Abdul Ghani Baradar|Qatar'],
  },
  {
    id: 'peace5.represented-government-with-facilitator',
    text: "Presidential Peace Adviser Carlito Galvez represented the Government of the Philippines at the signing in Oslo, with Norway's special envoy, Kristina Lie Revheim, as third-party facilitator.",
    facts: ['NEGOTIATES_FOR|Carlito Galvez|Philippines', 'NEGOTIATES_FOR|Kristina Lie Revheim|Norway'],
    absent: ['NEGOTIATES_FOR|Carlito Galvez|Norway', 'NEGOTIATES_FOR|Kristina Lie Revheim|Philippines'],
  },
  {
    id: 'peace5.government-delegation-led-by-ambassador',
    text: 'JEDDAH - The Sudanese government delegation, led by Ambassador Omar Siddiq, arrived for the resumed talks brokered by Saudi Arabia and the United States.',
    facts: ['NEGOTIATES_FOR|Omar Siddiq|Sudan'],
    absent: ['NEGOTIATES_FOR|Omar Siddiq|Saudi Arabia', 'NEGOTIATES_FOR|Omar Siddiq|United States'],
  },
  {
    id: 'peace5.signed-for-gapping-witness',
    text: 'Foreign Minister Thérèse Kayikwamba Wagner signed for the Democratic Republic of the Congo and Foreign Minister Olivier Nduhungirehe for Rwanda, with Secretary of State Marco Rubio as witness.',
    facts: [
      'NEGOTIATES_FOR|Thérèse Kayikwamba Wagner|DR Congo',
      'NEGOTIATES_FOR|Olivier Nduhungirehe|Rwanda',
      'HOLDS_OFFICE|Olivier Nduhungirehe|Foreign Minister of Rwanda',
    ],
    absent: [
      'NEGOTIATES_FOR|Marco Rubio|DR Congo',
      'NEGOTIATES_FOR|Marco Rubio|Rwanda',
      'NEGOTIATES_FOR|Thérèse Kayikwamba Wagner|Rwanda',
    ],
  },
  {
    id: 'peace5.text-finalised-by-foreign-ministers',
    text: 'The text of the Agreement on the Establishment of Peace and Interstate Relations was finalised by Foreign Ministers Ararat Mirzoyan of Armenia and Jeyhun Bayramov of Azerbaijan after months of talks.',
    facts: [
      'NEGOTIATES|Ararat Mirzoyan|Agreement on the Establishment of Peace and Interstate Relations',
      'NEGOTIATES|Jeyhun Bayramov|Agreement on the Establishment of Peace and Interstate Relations',
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Armenia',
      'HOLDS_OFFICE|Jeyhun Bayramov|Foreign Minister of Azerbaijan',
    ],
  },
  {
    id: 'peace5.eu-dialogue-heading-teams',
    text: "The meeting was chaired by Miroslav Lajčák, the EU Special Representative for the Belgrade-Pristina Dialogue, with Petar Petković heading the Serbian team and Besnik Bislimi leading Kosovo's.",
    facts: [
      'NEGOTIATES_FOR|Miroslav Lajčák|European Union',
      'NEGOTIATES_FOR|Petar Petković|Serbia',
      'NEGOTIATES_FOR|Besnik Bislimi|Kosovo',
    ],
    absent: ['NEGOTIATES_FOR|Petar Petković|Kosovo', 'NEGOTIATES_FOR|Besnik Bislimi|Serbia'],
  },
  {
    id: 'peace5.bulleted-heads-of-delegation',
    text: 'Heads of delegation at the Juba talks:\n• Sudan: Shams al-Din Kabbashi, Member of the Sovereignty Council\n• South Sudan (mediator): Tut Gatluak, Presidential Adviser on Security Affairs',
    facts: ['NEGOTIATES_FOR|Shams al-Din Kabbashi|Sudan', 'NEGOTIATES_FOR|Tut Gatluak|South Sudan'],
    absent: ['NEGOTIATES_FOR|Shams al-Din Kabbashi|South Sudan'],
  },
  {
    id: 'peace5.government-negotiator-possessive-plural',
    text: "Mozambique's chief negotiator, Defence Minister Jaime Neto, and Renamo's negotiator, André Madjibire, initialled the text in Gorongosa.",
    facts: ['NEGOTIATES_FOR|Jaime Neto|Mozambique', 'HOLDS_OFFICE|Jaime Neto|Defence Minister of Mozambique'],
  },
  // Trade and border negotiations.
  {
    id: 'trade5.eu-chief-negotiator-for-fta-with',
    text: "The EU's chief negotiator for the free trade agreement with India, Rupert Schlegelmilch, led the tenth round in New Delhi.",
    facts: ['NEGOTIATES_FOR|Rupert Schlegelmilch|European Union'],
    absent: ['NEGOTIATES_FOR|Rupert Schlegelmilch|India'],
  },
  {
    id: 'trade5.chief-trade-negotiator-title-before',
    text: "OTTAWA - Canada's chief trade negotiator Steve Verheul will lead the Canadian team when talks with Washington resume next week.",
    facts: ['NEGOTIATES_FOR|Steve Verheul|Canada'],
    absent: ['NEGOTIATES_FOR|Steve Verheul|United States'],
  },
  {
    id: 'trade5.chief-negotiation-adviser',
    text: "Crawford Falconer, the UK's Chief Trade Negotiation Adviser, opened the session with his Indian counterparts.",
    facts: ['NEGOTIATES_FOR|Crawford Falconer|United Kingdom'],
    absent: ['NEGOTIATES_FOR|Crawford Falconer|India'],
  },
  {
    id: 'trade5.named-as-chief-negotiator-for-tariff-talks',
    text: "Prime Minister Shigeru Ishiba named Ryosei Akazawa, Minister for Economic Revitalization, as Japan's chief negotiator for the tariff talks with Washington.",
    facts: [
      'NEGOTIATES_FOR|Ryosei Akazawa|Japan',
      'HOLDS_OFFICE|Ryosei Akazawa|Minister for Economic Revitalization of Japan',
      'HOLDS_OFFICE|Shigeru Ishiba|Prime Minister of Japan',
    ],
    absent: ['NEGOTIATES_FOR|Ryosei Akazawa|United States'],
  },
  {
    id: 'trade5.imf-talks-led-for-by',
    text: 'Negotiations on the new loan programme were led for Pakistan by Finance Minister Muhammad Aurangzeb.',
    facts: [
      'NEGOTIATES_FOR|Muhammad Aurangzeb|Pakistan',
      'HOLDS_OFFICE|Muhammad Aurangzeb|Finance Minister of Pakistan',
    ],
  },
  {
    id: 'trade5.wto-negotiator-for-lowercase',
    text: 'Yasmin Farouk, a negotiator for Egypt at the fisheries subsidies talks in Geneva, said the draft fell short.',
    facts: ['NEGOTIATES_FOR|Yasmin Farouk|Egypt'],
    absent: ['NEGOTIATES_FOR|Yasmin Farouk|Switzerland'],
  },
  {
    id: 'trade5.dam-talks-possessive-chief-negotiator-after',
    text: "Foreign Minister Sameh Shoukry, Egypt's chief negotiator on the Grand Ethiopian Renaissance Dam, left Addis Ababa without a deal.",
    facts: ['NEGOTIATES_FOR|Sameh Shoukry|Egypt', 'HOLDS_OFFICE|Sameh Shoukry|Foreign Minister of Egypt'],
    absent: ['NEGOTIATES_FOR|Sameh Shoukry|Ethiopia'],
  },
  {
    id: 'border5.special-representatives-respectively',
    text: 'The 24th meeting of the Special Representatives on the boundary question was held in New Delhi, with National Security Adviser Ajit Doval and Foreign Minister Wang Yi representing India and China respectively.',
    facts: [
      'NEGOTIATES_FOR|Ajit Doval|India',
      'NEGOTIATES_FOR|Wang Yi|China',
      'HOLDS_OFFICE|Ajit Doval|National Security Adviser of India',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Ajit Doval|China', 'NEGOTIATES_FOR|Wang Yi|India'],
  },
  {
    id: 'border5.boundary-commission-delegations-led',
    text: 'At the Joint Boundary Commission in Phnom Penh, the Thai delegation was headed by Deputy Foreign Minister Russ Jalichandra, while the Cambodian delegation was led by Senior Minister Lam Chea.',
    facts: [
      'NEGOTIATES_FOR|Russ Jalichandra|Thailand',
      'NEGOTIATES_FOR|Lam Chea|Cambodia',
      'HOLDS_OFFICE|Russ Jalichandra|Deputy Foreign Minister of Thailand',
    ],
    absent: ['NEGOTIATES_FOR|Russ Jalichandra|Cambodia', 'NEGOTIATES_FOR|Lam Chea|Thailand'],
  },
  {
    id: 'border5.nile-talks-conducted-on-behalf-of-by',
    text: "Talks on filling the reservoir were conducted on Sudan's behalf by Irrigation Minister Yasir Abbas.",
    facts: ['NEGOTIATES_FOR|Yasir Abbas|Sudan'],
  },
  // Sherpas.
  {
    id: 'sherpa5.possessive-g7-sherpa-title-after',
    text: "Japan's G7 Sherpa, Deputy Minister for Foreign Affairs Takehiro Funakoshi, chaired the sherpas' meeting in Karuizawa.",
    facts: [
      'NEGOTIATES_FOR|Takehiro Funakoshi|Japan',
      'HOLDS_OFFICE|Takehiro Funakoshi|Deputy Minister for Foreign Affairs of Japan',
    ],
    absent: ['NEGOTIATES_FOR|Takehiro Funakoshi|G7'],
  },
  {
    id: 'sherpa5.sherpa-to-the-g20',
    text: "Brazil's sherpa to the G20, Ambassador Mauricio Lyrio, said agreement on the leaders' declaration had been reached overnight.",
    facts: ['NEGOTIATES_FOR|Mauricio Lyrio|Brazil'],
    absent: ['NEGOTIATES_FOR|Mauricio Lyrio|G20'],
  },
  {
    id: 'sherpa5.sherpa-led-side-in-negotiations',
    text: "Jon Finer, the President's G7 Sherpa and Deputy National Security Advisor, led the U.S. side in the negotiations on the leaders' communiqué.",
    facts: ['NEGOTIATES_FOR|Jon Finer|United States'],
    absent: ['NEGOTIATES_FOR|Jon Finer|G7'],
  },
  // Delegations to talks, representation.
  {
    id: 'deleg5.led-delegation-to-talks',
    text: 'Deputy Foreign Minister Sergei Ryabkov led the Russian delegation to the strategic stability talks in Geneva.',
    facts: ['NEGOTIATES_FOR|Sergei Ryabkov|Russia', 'HOLDS_OFFICE|Sergei Ryabkov|Deputy Foreign Minister of Russia'],
    absent: ['NEGOTIATES_FOR|Sergei Ryabkov|Switzerland'],
  },
  {
    id: 'deleg5.team-led-by-while-envoy-headed',
    text: "Iran's team at the Muscat talks was led by Foreign Minister Abbas Araghchi, while Steve Witkoff, special envoy of President Donald Trump, headed the American team.",
    facts: [
      'NEGOTIATES_FOR|Abbas Araghchi|Iran',
      'NEGOTIATES_FOR|Steve Witkoff|Donald Trump',
      'NEGOTIATES_FOR|Steve Witkoff|United States',
      'HOLDS_OFFICE|Abbas Araghchi|Foreign Minister of Iran',
    ],
    absent: ['NEGOTIATES_FOR|Abbas Araghchi|Oman', 'NEGOTIATES_FOR|Steve Witkoff|Iran'],
  },
  {
    id: 'deleg5.represented-state-at-talks-between',
    text: "Senegal's Foreign Minister Yassine Fall represented Senegal at the Lomé talks between ECOWAS and the Sahel states.",
    facts: ['NEGOTIATES_FOR|Yassine Fall|Senegal', 'HOLDS_OFFICE|Yassine Fall|Foreign Minister of Senegal'],
    absent: ['NEGOTIATES_FOR|Yassine Fall|Togo'],
  },
  {
    id: 'deleg5.conducted-consultations-under-direction',
    text: "China's Vice Foreign Minister Ma Zhaoxu, who conducted the consultations under the direction of Foreign Minister Wang Yi, met the Japanese side in Tokyo.",
    facts: [
      'NEGOTIATES_FOR|Ma Zhaoxu|China',
      'REPORTS_TO|Ma Zhaoxu|Wang Yi',
      'HOLDS_OFFICE|Ma Zhaoxu|Vice Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Ma Zhaoxu|Japan'],
  },
  {
    id: 'deleg5.ukrainian-delegation-to-talks-led-by',
    text: 'Saudi Crown Prince Mohammed bin Salman received in Jeddah the Ukrainian delegation to the talks with the United States, led by Andriy Yermak.',
    facts: ['NEGOTIATES_FOR|Andriy Yermak|Ukraine', 'HOLDS_OFFICE|Mohammed bin Salman|Crown Prince of Saudi Arabia'],
    absent: ['NEGOTIATES_FOR|Andriy Yermak|Saudi Arabia', 'NEGOTIATES_FOR|Mohammed bin Salman|Saudi Arabia'],
  },
  // On X's behalf, as X's envoy, acting for.
  {
    id: 'behalf5.acting-on-the-kings-behalf',
    text: 'Prince Faisal bin Farhan, acting on the King’s behalf, delivered a message from King Salman bin Abdulaziz Al Saud of Saudi Arabia to President Vladimir Putin.',
    facts: [
      'NEGOTIATES_FOR|Faisal bin Farhan|Salman bin Abdulaziz Al Saud',
      'HOLDS_OFFICE|Salman bin Abdulaziz Al Saud|King of Saudi Arabia',
    ],
    absent: ['NEGOTIATES_FOR|Faisal bin Farhan|Vladimir Putin'],
  },
  {
    id: 'behalf5.as-the-emirs-envoy',
    text: 'Sheikh Mohammed bin Abdulrahman Al Thani travelled to Kabul as the envoy of the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.',
    facts: [
      'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Tamim bin Hamad Al Thani',
      'HOLDS_OFFICE|Tamim bin Hamad Al Thani|Emir of Qatar',
    ],
    absent: ['NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Afghanistan'],
  },
  {
    id: 'behalf5.as-states-envoy-former-pm',
    text: 'Former Prime Minister Yasuo Fukuda visited Beijing as Japan’s envoy ahead of the leaders’ meeting.',
    facts: ['NEGOTIATES_FOR|Yasuo Fukuda|Japan', 'HOLDS_OFFICE|Yasuo Fukuda|Prime Minister of Japan'],
    absent: ['NEGOTIATES_FOR|Yasuo Fukuda|China'],
  },
  {
    id: 'behalf5.acting-for-president',
    text: "Tanzania's Vice-President Philip Mpango, acting for President Samia Suluhu Hassan, signed the accord in Dodoma.",
    facts: [
      'NEGOTIATES_FOR|Philip Mpango|Samia Suluhu Hassan',
      'HOLDS_OFFICE|Philip Mpango|Vice-President of Tanzania',
    ],
  },
  {
    id: 'behalf5.signed-on-behalf-of-governments-by',
    text: 'The agreement was signed on behalf of the Government of Japan by Ambassador Kazuya Endo and on behalf of the Government of Kenya by Cabinet Secretary Musalia Mudavadi.',
    facts: ['NEGOTIATES_FOR|Kazuya Endo|Japan', 'NEGOTIATES_FOR|Musalia Mudavadi|Kenya'],
    absent: ['NEGOTIATES_FOR|Kazuya Endo|Kenya', 'NEGOTIATES_FOR|Musalia Mudavadi|Japan'],
  },
  {
    id: 'behalf5.sent-his-special-envoy-king',
    text: "Jordan's King Abdullah II sent his special envoy, Ayman Safadi, to Damascus with a message for the new authorities.",
    facts: ['NEGOTIATES_FOR|Ayman Safadi|Abdullah II', 'HOLDS_OFFICE|Abdullah II|King of Jordan'],
    absent: ['NEGOTIATES_FOR|Ayman Safadi|Syria'],
  },
  {
    id: 'behalf5.talks-on-his-behalf-adviser-possessive',
    text: "Chancellor Olaf Scholz's foreign policy adviser, Jens Plötner, held talks in Washington on his behalf.",
    facts: ['NEGOTIATES_FOR|Jens Plötner|Olaf Scholz', 'REPORTS_TO|Jens Plötner|Olaf Scholz'],
  },
  {
    id: 'behalf5.headline-peace-envoy',
    text: 'Holy See peace envoy Cardinal Matteo Zuppi arrives in Beijing for talks on Ukraine',
    facts: ['NEGOTIATES_FOR|Matteo Zuppi|Vatican City'],
    absent: ['NEGOTIATES_FOR|Matteo Zuppi|China'],
  },
  // Appointed, named, designated, tasked, mandated.
  {
    id: 'appoint5.designated-as-states-special-envoy',
    text: "The Federal Council has designated Ambassador Simon Geissbühler as Switzerland's special envoy for the peace process.",
    facts: ['NEGOTIATES_FOR|Simon Geissbühler|Switzerland'],
  },
  {
    id: 'appoint5.eu-appointed-its-special-representative',
    text: 'The Council of the European Union appointed Magdalena Grono as its Special Representative for the South Caucasus and the crisis in Georgia.',
    facts: ['NEGOTIATES_FOR|Magdalena Grono|European Union'],
    absent: ['NEGOTIATES_FOR|Magdalena Grono|Georgia'],
  },
  {
    id: 'appoint5.tasked-his-minister-with-negotiating',
    text: 'South African President Cyril Ramaphosa has tasked Ronald Lamola, the Minister of International Relations and Cooperation, with negotiating the release of the detained crew.',
    facts: [
      'NEGOTIATES_FOR|Ronald Lamola|Cyril Ramaphosa',
      'HOLDS_OFFICE|Cyril Ramaphosa|President of South Africa',
      'HOLDS_OFFICE|Ronald Lamola|Minister of International Relations and Cooperation of South Africa',
    ],
  },
  {
    id: 'appoint5.mandated-by-league-to-negotiate',
    text: 'Mandated by the League of Arab States, Algerian Foreign Minister Ahmed Attaf will negotiate on its behalf with the Security Council members.',
    facts: ['NEGOTIATES_FOR|Ahmed Attaf|League of Arab States', 'HOLDS_OFFICE|Ahmed Attaf|Foreign Minister of Algeria'],
  },
  {
    id: 'appoint5.president-named-personal-envoy-passive',
    text: 'Celso Amorim was named by President Luiz Inácio Lula da Silva as his personal envoy to the talks in Caracas.',
    facts: ['NEGOTIATES_FOR|Celso Amorim|Luiz Inácio Lula da Silva'],
    absent: ['NEGOTIATES_FOR|Celso Amorim|Venezuela'],
  },
  // Reports to, under the guidance of, advisers (royal and presidential).
  {
    id: 'report5.team-led-by-reports-to-commissioner',
    text: 'The EU negotiating team, led by chief negotiator Maria Martin-Prat, reports to Trade Commissioner Maroš Šefčovič.',
    facts: ['NEGOTIATES_FOR|Maria Martin-Prat|European Union', 'REPORTS_TO|Maria Martin-Prat|Maroš Šefčovič'],
  },
  {
    id: 'report5.working-under-the-guidance-of',
    text: "Working under the guidance of Foreign Minister Penny Wong, Ambassador Jane Hardy led Australia's team at the talks.",
    facts: [
      'NEGOTIATES_FOR|Jane Hardy|Australia',
      'REPORTS_TO|Jane Hardy|Penny Wong',
      'HOLDS_OFFICE|Penny Wong|Foreign Minister of Australia',
    ],
  },
  {
    id: 'report5.adviser-to-his-majesty',
    text: 'Fouad Ali El Himma, Adviser to His Majesty King Mohammed VI of Morocco, received the American delegation in Rabat.',
    facts: ['REPORTS_TO|Fouad Ali El Himma|Mohammed VI', 'HOLDS_OFFICE|Mohammed VI|King of Morocco'],
  },
  {
    id: 'report5.nsa-to-the-emir-comma-name',
    text: 'Mohammed bin Ahmed Al-Misnad, National Security Adviser to the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, took part in the consultations.',
    facts: [
      'REPORTS_TO|Mohammed bin Ahmed Al-Misnad|Tamim bin Hamad Al Thani',
      'HOLDS_OFFICE|Tamim bin Hamad Al Thani|Emir of Qatar',
    ],
  },
  {
    id: 'report5.serves-as-nsa-to-pm',
    text: 'The hostage file was discussed with Tzachi Hanegbi, who serves as National Security Adviser to Prime Minister Benjamin Netanyahu of Israel.',
    facts: ['REPORTS_TO|Tzachi Hanegbi|Benjamin Netanyahu', 'HOLDS_OFFICE|Benjamin Netanyahu|Prime Minister of Israel'],
  },
  {
    id: 'report5.deputy-to-special-envoy',
    text: 'Morgan Ortagus, deputy to Special Envoy Steve Witkoff, travelled to Beirut for talks with Lebanese officials.',
    facts: ['REPORTS_TO|Morgan Ortagus|Steve Witkoff'],
    absent: ['NEGOTIATES_FOR|Morgan Ortagus|Lebanon'],
  },
  {
    id: 'report5.senior-adviser-crown-prince',
    text: "The Crown Prince's senior adviser, Musaed Al-Aiban, led the Saudi side, acting on the instructions of Crown Prince Mohammed bin Salman.",
    facts: ['REPORTS_TO|Musaed Al-Aiban|Mohammed bin Salman', 'NEGOTIATES_FOR|Musaed Al-Aiban|Saudi Arabia'],
  },
  {
    id: 'report5.adviser-without-leader-no-relation',
    text: 'Jake Sullivan, the National Security Advisor, met Wang Yi in Bangkok for two days of talks.',
    facts: [],
    absent: ['REPORTS_TO|Jake Sullivan|*', 'REPORTS_TO|Jake Sullivan|Wang Yi'],
  },
  // Heads of delegation at negotiating rounds, NEGOTIATES.
  {
    id: 'round5.round-closed-delegations-headed-semicolon',
    text: "The seventh round of negotiations on the Indonesia-EU Comprehensive Economic Partnership Agreement closed in Bali. Indonesia's delegation was headed by Djatmiko Bris Witjaksono; the EU's by Helena König.",
    facts: [
      'NEGOTIATES_FOR|Djatmiko Bris Witjaksono|Indonesia',
      'NEGOTIATES_FOR|Helena König|European Union',
      'NEGOTIATES|Djatmiko Bris Witjaksono|Indonesia-EU Comprehensive Economic Partnership Agreement',
      'NEGOTIATES|Helena König|Indonesia-EU Comprehensive Economic Partnership Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Djatmiko Bris Witjaksono|European Union', 'NEGOTIATES_FOR|Helena König|Indonesia'],
  },
  {
    id: 'round5.chief-negotiators-of-respectively',
    text: 'Chief negotiators Kentaro Ono and Bahram Sharipov, of Japan and Uzbekistan respectively, opened the second round of negotiations on the Japan-Uzbekistan Economic Partnership Agreement in Tashkent.',
    facts: [
      'NEGOTIATES_FOR|Kentaro Ono|Japan',
      'NEGOTIATES_FOR|Bahram Sharipov|Uzbekistan',
      'NEGOTIATES|Kentaro Ono|Japan-Uzbekistan Economic Partnership Agreement',
      'NEGOTIATES|Bahram Sharipov|Japan-Uzbekistan Economic Partnership Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Kentaro Ono|Uzbekistan'],
  },
  {
    id: 'round5.led-states-negotiations-on-agreement',
    text: "Ambassador Pedro Miguel da Costa e Silva led Brazil's negotiations on the Mercosur-EFTA Free Trade Agreement, concluded in Buenos Aires.",
    facts: [
      'NEGOTIATES_FOR|Pedro Miguel da Costa e Silva|Brazil',
      'NEGOTIATES|Pedro Miguel da Costa e Silva|Mercosur-EFTA Free Trade Agreement',
    ],
  },
  {
    id: 'round5.state-secretary-responsible-for-negotiations',
    text: 'State Secretary Helene Budliger Artieda, who was responsible for the negotiations on the EFTA-India Trade and Economic Partnership Agreement, briefed the committee in Bern.',
    facts: ['NEGOTIATES|Helene Budliger Artieda|EFTA-India Trade and Economic Partnership Agreement'],
  },
  {
    id: 'round5.lead-negotiators-for-the-two-sides',
    text: 'The lead negotiators for the two sides, Ambassador Rodrigo Yáñez for Chile and Juma Al Kait for the United Arab Emirates, initialled the Comprehensive Economic Partnership Agreement in Santiago.',
    facts: [
      'NEGOTIATES_FOR|Rodrigo Yáñez|Chile',
      'NEGOTIATES_FOR|Juma Al Kait|United Arab Emirates',
      'NEGOTIATES|Rodrigo Yáñez|Comprehensive Economic Partnership Agreement',
      'NEGOTIATES|Juma Al Kait|Comprehensive Economic Partnership Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Rodrigo Yáñez|United Arab Emirates'],
  },
  {
    id: 'round5.head-of-delegation-bracket',
    text: 'The fourth round of talks on the Framework Agreement on Partnership and Cooperation between the EU and Malaysia was held in Kuala Lumpur. The Malaysian delegation (head: Ambassador Rohana Ramli) and the EU delegation (head: Luc Devigne) reviewed the text.',
    facts: ['NEGOTIATES_FOR|Rohana Ramli|Malaysia', 'NEGOTIATES_FOR|Luc Devigne|European Union'],
  },
  // House styles: press-release openings, British spelling, lowercase titles, agency wording.
  {
    id: 'style5.press-release-opening-signed-on-behalf',
    text: 'On 12 March, H.E. Mr. Sugiono, Minister for Foreign Affairs, signed the Agreement on behalf of the Government of the Republic of Indonesia.',
    facts: ['NEGOTIATES_FOR|Sugiono|Indonesia', 'HOLDS_OFFICE|Sugiono|Minister for Foreign Affairs of Indonesia'],
  },
  {
    id: 'style5.organisation-special-envoy-possessive',
    text: "The Organisation of Islamic Cooperation's Special Envoy for Afghanistan, Tarig Ali Bakheet, held talks with the de facto authorities in Kabul.",
    facts: ['NEGOTIATES_FOR|Tarig Ali Bakheet|Organisation of Islamic Cooperation'],
    absent: ['NEGOTIATES_FOR|Tarig Ali Bakheet|Afghanistan'],
  },
  {
    id: 'style5.lowercase-envoy-of-the-president-of-state',
    text: 'Keith Kellogg, the special envoy of the President of the United States for Ukraine and Russia, met President Volodymyr Zelensky in Kyiv.',
    facts: ['NEGOTIATES_FOR|Keith Kellogg|United States'],
    absent: ['NEGOTIATES_FOR|Keith Kellogg|Ukraine', 'NEGOTIATES_FOR|Keith Kellogg|Russia'],
  },
  {
    id: 'style5.special-representative-of-the-government',
    text: 'Li Hui, Special Representative of the Chinese Government on Eurasian Affairs, held talks in Kyiv with Foreign Minister Dmytro Kuleba.',
    facts: ['NEGOTIATES_FOR|Li Hui|China'],
    absent: ['NEGOTIATES_FOR|Li Hui|Ukraine'],
  },
  // Negatives.
  {
    id: 'neg5.leader-led-summit-delegation',
    text: 'Prime Minister Narendra Modi led the Indian delegation at the BRICS Summit in Kazan, where he held bilateral talks with President Xi Jinping of China.',
    facts: ['HOLDS_OFFICE|Narendra Modi|Prime Minister of India', 'HOLDS_OFFICE|Xi Jinping|President of China'],
    absent: [
      'NEGOTIATES_FOR|Narendra Modi|India',
      'NEGOTIATES_FOR|Narendra Modi|Russia',
      'NEGOTIATES_FOR|Xi Jinping|China',
    ],
  },
  {
    id: 'neg5.signature-without-behalf',
    text: "Australia's Foreign Minister Penny Wong and New Zealand's Foreign Minister Winston Peters signed the joint statement in Wellington.",
    facts: [
      'HOLDS_OFFICE|Penny Wong|Foreign Minister of Australia',
      'HOLDS_OFFICE|Winston Peters|Foreign Minister of New Zealand',
    ],
    absent: ['NEGOTIATES_FOR|Penny Wong|Australia', 'NEGOTIATES_FOR|Winston Peters|New Zealand'],
  },
  {
    id: 'neg5.credentials-ambassador',
    text: "Germany's new ambassador to Nigeria, Annett Günther, presented her credentials to President Bola Tinubu in Abuja.",
    facts: [],
    absent: ['NEGOTIATES_FOR|Annett Günther|Nigeria', 'NEGOTIATES_FOR|Annett Günther|Germany'],
  },
  {
    id: 'neg5.wreath-on-behalf-of-people',
    text: 'Foreign Minister Radosław Sikorski laid a wreath at the memorial on behalf of the Polish people.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Radosław Sikorski|Poland'],
  },
  {
    id: 'neg5.emir-attended-summit',
    text: "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, attended the Arab League summit in Baghdad and met Iraq's Prime Minister.",
    facts: ['HOLDS_OFFICE|Tamim bin Hamad Al Thani|Emir of Qatar'],
    absent: [
      'NEGOTIATES_FOR|Tamim bin Hamad Al Thani|Qatar',
      'NEGOTIATES_FOR|Tamim bin Hamad Al Thani|League of Arab States',
    ],
  },
  {
    id: 'neg5.represented-turning-point',
    text: 'Foreign Minister Ahmed Attaf of Algeria said the meeting represented a turning point for the region.',
    facts: ['HOLDS_OFFICE|Ahmed Attaf|Foreign Minister of Algeria'],
    absent: ['NEGOTIATES_FOR|Ahmed Attaf|Algeria'],
  },
  {
    id: 'neg5.co-chaired-dialogue-ministers',
    text: 'Foreign Minister Maria Malmer Stenergard of Sweden and Foreign Minister Elina Valtonen of Finland co-chaired the Nordic-Baltic Eight meeting in Stockholm.',
    facts: [
      'HOLDS_OFFICE|Maria Malmer Stenergard|Foreign Minister of Sweden',
      'HOLDS_OFFICE|Elina Valtonen|Foreign Minister of Finland',
    ],
    absent: ['NEGOTIATES_FOR|Maria Malmer Stenergard|Sweden', 'NEGOTIATES_FOR|Elina Valtonen|Finland'],
  },
];
