// The roles7 third roles bank (issue 6): a blind bank written after the roles and roles-2 banks were fitted, in
// wordings and house styles they do not use (wire-agency leads, UN/AU/ASEAN/OSCE/EU communiqués, joint statements
// and signature blocks, facilitators and mediators, sherpas and heads of delegation at rounds, plural and
// coordinated appositions, lowercase titles and honorific chains, REPORTS_TO from guidance, instructions and aides),
// scored once before any rule was changed for it (docs/first-look.md, "Paraphrase banks"). Facts follow the gold
// conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

export const ROLES_BANK_3: BankCase[] = [
  // Wire-agency leads.
  {
    id: 'wire.who-led-delegation-statement',
    text: "GENEVA, May 12 (Reuters) - China's Vice Premier He Lifeng, who led Beijing's delegation at the trade talks, said in a statement that the consultations had been candid and constructive.",
    facts: ['NEGOTIATES_FOR|He Lifeng|China', 'HOLDS_OFFICE|He Lifeng|Vice Premier of China'],
    absent: ['NEGOTIATES_FOR|He Lifeng|Switzerland'],
  },
  {
    id: 'wire.according-to-ministry',
    text: 'Deputy Foreign Minister Sergei Ryabkov will head the Russian delegation at the strategic stability talks in Geneva, according to the Russian Foreign Ministry.',
    facts: ['NEGOTIATES_FOR|Sergei Ryabkov|Russia', 'HOLDS_OFFICE|Sergei Ryabkov|Deputy Foreign Minister of Russia'],
    absent: ['NEGOTIATES_FOR|Sergei Ryabkov|Switzerland'],
  },
  {
    id: 'wire.lead-two-negotiators',
    text: "(LEAD) N. Korea, U.S. resume working-level nuclear talks in Stockholm\n\nSTOCKHOLM, Oct. 5 (Yonhap) -- North Korea's chief nuclear negotiator Kim Myong-gil and U.S. Special Representative for North Korea Stephen Biegun met for the first time in seven months on Saturday.",
    facts: [
      'NEGOTIATES_FOR|Kim Myong-gil|North Korea',
      'NEGOTIATES_FOR|Stephen Biegun|United States',
      'HOLDS_OFFICE|Stephen Biegun|Special Representative for North Korea of the United States',
    ],
    absent: ['NEGOTIATES_FOR|Stephen Biegun|North Korea', 'NEGOTIATES_FOR|Kim Myong-gil|United States'],
  },
  {
    id: 'wire.capital-sent-delegation',
    text: 'ISTANBUL, May 16 (AFP) - Kyiv sent a delegation led by Defence Minister Rustem Umerov to the direct talks with Russia, the presidential office said.',
    facts: ['NEGOTIATES_FOR|Rustem Umerov|Ukraine', 'HOLDS_OFFICE|Rustem Umerov|Defence Minister of Ukraine'],
    absent: ['NEGOTIATES_FOR|Rustem Umerov|Russia'],
  },
  {
    id: 'wire.capitals-gapping-aide',
    text: 'Moscow was represented by Vladimir Medinsky, an aide to President Vladimir Putin, and Kyiv by Defence Minister Rustem Umerov.',
    facts: [
      'NEGOTIATES_FOR|Vladimir Medinsky|Russia',
      'NEGOTIATES_FOR|Rustem Umerov|Ukraine',
      'REPORTS_TO|Vladimir Medinsky|Vladimir Putin',
    ],
    absent: ['NEGOTIATES_FOR|Rustem Umerov|Russia', 'NEGOTIATES_FOR|Vladimir Medinsky|Ukraine'],
  },
  {
    id: 'wire.trump-envoy-surname',
    text: "President Donald Trump said on Friday that talks on Gaza were making progress. Trump's envoy Steve Witkoff is expected in Doha next week to meet the mediators.",
    facts: ['NEGOTIATES_FOR|Steve Witkoff|Donald Trump'],
    absent: ['NEGOTIATES_FOR|Steve Witkoff|Qatar'],
  },
  // UN, AU, ASEAN, OSCE, EU communiqués.
  {
    id: 'un.special-envoy-of-sg-briefed',
    source: 'United Nations',
    text: 'The Special Envoy of the Secretary-General for Syria, Geir O. Pedersen, briefed the Security Council on the work of the Constitutional Committee.',
    facts: [
      'NEGOTIATES_FOR|Geir O. Pedersen|United Nations',
      'HOLDS_OFFICE|Geir O. Pedersen|Special Envoy of the Secretary-General for Syria',
      'OFFICE_OF|Special Envoy of the Secretary-General for Syria|United Nations',
    ],
    absent: [
      'NEGOTIATES_FOR|Geir O. Pedersen|Syria',
      'OFFICE_OF|Special Envoy of the Secretary-General for Syria|Syria',
    ],
  },
  {
    id: 'un.appointed-as-his-envoy',
    text: 'United Nations Secretary-General António Guterres has appointed Jean Arnault of France as his Personal Envoy on Afghanistan and the region.',
    facts: [
      'NEGOTIATES_FOR|Jean Arnault|António Guterres',
      'HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations',
    ],
    absent: ['NEGOTIATES_FOR|Jean Arnault|France', 'NEGOTIATES_FOR|Jean Arnault|Afghanistan'],
  },
  {
    id: 'un.sg-appointed-special-representative',
    source: 'United Nations',
    text: 'The Secretary-General has appointed Ms. Hanna Serwaa Tetteh of Ghana as his Special Representative for Libya and Head of the United Nations Support Mission in Libya.',
    facts: ['NEGOTIATES_FOR|Hanna Serwaa Tetteh|United Nations'],
    absent: ['NEGOTIATES_FOR|Hanna Serwaa Tetteh|Ghana', 'NEGOTIATES_FOR|Hanna Serwaa Tetteh|Libya'],
  },
  {
    id: 'au.chairperson-dispatched-his-envoy',
    source: 'African Union Commission',
    text: 'The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, has dispatched his Special Envoy for Sudan, Ambassador Mohamed Belaiche, to Port Sudan for consultations with the parties.',
    facts: [
      'NEGOTIATES_FOR|Mohamed Belaiche|Moussa Faki Mahamat',
      'HOLDS_OFFICE|Moussa Faki Mahamat|Chairperson of the African Union Commission',
    ],
    absent: ['NEGOTIATES_FOR|Mohamed Belaiche|Sudan'],
  },
  {
    id: 'asean.chairs-special-envoy',
    text: "The ASEAN Chair's Special Envoy on Myanmar, Alounkeo Kittikhoun, met senior officials of the State Administration Council in Nay Pyi Taw on 11 January.",
    facts: ['NEGOTIATES_FOR|Alounkeo Kittikhoun|ASEAN'],
    absent: ['NEGOTIATES_FOR|Alounkeo Kittikhoun|Myanmar'],
  },
  {
    id: 'osce.special-representative-of-cio',
    source: 'Organization for Security and Co-operation in Europe',
    text: 'Ambassador Heidi Grau, the Special Representative of the OSCE Chairperson-in-Office in Ukraine and in the Trilateral Contact Group, chaired the meeting in Minsk.',
    facts: ['NEGOTIATES_FOR|Heidi Grau|OSCE'],
    absent: ['NEGOTIATES_FOR|Heidi Grau|Ukraine', 'NEGOTIATES_FOR|Heidi Grau|Belarus'],
  },
  {
    id: 'eu.eusr-hosted-chief-negotiators',
    text: 'The EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajčák, hosted the chief negotiators of Kosovo and Serbia, Besnik Bislimi and Petar Petković, in Brussels.',
    facts: [
      'NEGOTIATES_FOR|Miroslav Lajčák|European Union',
      'NEGOTIATES_FOR|Besnik Bislimi|Kosovo',
      'NEGOTIATES_FOR|Petar Petković|Serbia',
    ],
    absent: ['NEGOTIATES_FOR|Besnik Bislimi|Serbia', 'NEGOTIATES_FOR|Petar Petković|Kosovo'],
  },
  {
    id: 'eu.represented-by-semicolon-side',
    source: 'Council of the European Union',
    text: 'At the intergovernmental conference opening the accession negotiations, the EU was represented by High Representative Kaja Kallas and Commissioner Marta Kos; the Moldovan side by Prime Minister Dorin Recean.',
    facts: [
      'NEGOTIATES_FOR|Kaja Kallas|European Union',
      'NEGOTIATES_FOR|Marta Kos|European Union',
      'NEGOTIATES_FOR|Dorin Recean|Moldova',
      'HOLDS_OFFICE|Dorin Recean|Prime Minister of Moldova',
    ],
    absent: ['NEGOTIATES_FOR|Dorin Recean|European Union'],
  },
  {
    id: 'igad.lowercase-org-mediator',
    text: 'General Lazarus Sumbeiywo, the IGAD mediator, brought the two parties back to the table in Naivasha.',
    facts: ['NEGOTIATES_FOR|Lazarus Sumbeiywo|IGAD'],
  },
  // Joint statements and signature blocks.
  {
    id: 'joint.two-sides-represented-for',
    text: 'The two sides were represented by Deputy Foreign Minister Shigeo Yamada for Japan and Vice Foreign Minister Sun Weidong for China.',
    facts: [
      'NEGOTIATES_FOR|Shigeo Yamada|Japan',
      'NEGOTIATES_FOR|Sun Weidong|China',
      'HOLDS_OFFICE|Shigeo Yamada|Deputy Foreign Minister of Japan',
      'HOLDS_OFFICE|Sun Weidong|Vice Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Shigeo Yamada|China', 'NEGOTIATES_FOR|Sun Weidong|Japan'],
  },
  {
    id: 'joint.delegations-were-headed-by',
    text: 'At the fifth round of negotiations on the delimitation of the state border, the delegations were headed by H.E. Mr. Bakhtiyor Saidov, Minister of Foreign Affairs of the Republic of Uzbekistan, and H.E. Mr. Murat Nurtleu, Minister of Foreign Affairs of the Republic of Kazakhstan.',
    facts: [
      'NEGOTIATES_FOR|Bakhtiyor Saidov|Uzbekistan',
      'NEGOTIATES_FOR|Murat Nurtleu|Kazakhstan',
      'HOLDS_OFFICE|Bakhtiyor Saidov|Minister of Foreign Affairs of Uzbekistan',
      'HOLDS_OFFICE|Murat Nurtleu|Minister of Foreign Affairs of Kazakhstan',
    ],
    absent: ['NEGOTIATES_FOR|Bakhtiyor Saidov|Kazakhstan', 'NEGOTIATES_FOR|Murat Nurtleu|Uzbekistan'],
  },
  {
    id: 'joint.signature-block',
    text: 'Done at Astana on 12 October 2024 in two original copies.\n\nFor the Government of the Republic of Kazakhstan: Murat Nurtleu, Minister of Foreign Affairs\n\nFor the Government of the Kyrgyz Republic: Jeenbek Kulubaev, Minister of Foreign Affairs',
    facts: [
      'NEGOTIATES_FOR|Murat Nurtleu|Kazakhstan',
      'NEGOTIATES_FOR|Jeenbek Kulubaev|Kyrgyzstan',
      'HOLDS_OFFICE|Murat Nurtleu|Minister of Foreign Affairs of Kazakhstan',
      'HOLDS_OFFICE|Jeenbek Kulubaev|Minister of Foreign Affairs of Kyrgyzstan',
    ],
    absent: ['NEGOTIATES_FOR|Jeenbek Kulubaev|Kazakhstan'],
  },
  {
    id: 'joint.delegation-comprising',
    source: 'Coordinating Ministry for Economic Affairs of Indonesia',
    text: "Indonesia's delegation to the tariff negotiations in Washington, led by Coordinating Minister for Economic Affairs Airlangga Hartarto, also comprised Trade Minister Budi Santoso.",
    facts: [
      'NEGOTIATES_FOR|Airlangga Hartarto|Indonesia',
      'HOLDS_OFFICE|Budi Santoso|Trade Minister of Indonesia',
      'HOLDS_OFFICE|Airlangga Hartarto|Coordinating Minister for Economic Affairs of Indonesia',
    ],
    absent: ['NEGOTIATES_FOR|Airlangga Hartarto|United States'],
  },
  {
    id: 'neg.accompanied-by-deputy',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text: 'Foreign Minister Sergey Lavrov, accompanied by Deputy Foreign Minister Andrei Rudenko, held talks with Chinese Foreign Minister Wang Yi in Beijing.',
    facts: [
      'HOLDS_OFFICE|Andrei Rudenko|Deputy Foreign Minister of Russia',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
      'HOLDS_OFFICE|Sergey Lavrov|Foreign Minister of Russia',
    ],
    absent: ['NEGOTIATES_FOR|*|*', 'HOLDS_OFFICE|Andrei Rudenko|Deputy Foreign Minister of China'],
  },
  {
    id: 'joint.bulleted-composition',
    text: 'Talks in Jeddah on a ceasefire, 11 March 2025.\n\nComposition of the delegations:\n- Ukraine: Andriy Yermak, Head of the Office of the President (head of delegation)\n- United States: Marco Rubio, Secretary of State (head of delegation)\n',
    facts: [
      'NEGOTIATES_FOR|Andriy Yermak|Ukraine',
      'NEGOTIATES_FOR|Marco Rubio|United States',
      'HOLDS_OFFICE|Marco Rubio|Secretary of State of the United States',
    ],
    absent: ['NEGOTIATES_FOR|Andriy Yermak|United States', 'NEGOTIATES_FOR|Marco Rubio|Ukraine'],
  },
  // Facilitators and mediators.
  {
    id: 'facilitator.as-facilitator-represented-by',
    text: 'The talks took place with Norway as facilitator, represented by its Special Envoy Dag Halvor Nylander.',
    facts: ['NEGOTIATES_FOR|Dag Halvor Nylander|Norway', 'OFFICE_OF|Special Envoy|Norway'],
  },
  {
    id: 'mediator.acting-as-mediator-for',
    text: 'Acting as mediator for the Government of Qatar, Minister of State Mohammed Al-Khulaifi shuttled between the two delegations.',
    facts: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar', 'OFFICE_OF|Minister of State|Qatar'],
  },
  {
    id: 'mediator.guarantors-their-envoys-of',
    text: 'The guarantor countries were represented by their envoys, Ambassador Luis Gómez Robledo of Mexico and Ambassador Andrés Ruiz Pardo of Brazil.',
    facts: [
      'NEGOTIATES_FOR|Luis Gómez Robledo|Mexico',
      'NEGOTIATES_FOR|Andrés Ruiz Pardo|Brazil',
      'HOLDS_OFFICE|Luis Gómez Robledo|Ambassador of Mexico',
      'HOLDS_OFFICE|Andrés Ruiz Pardo|Ambassador of Brazil',
    ],
    absent: ['NEGOTIATES_FOR|Luis Gómez Robledo|Brazil', 'NEGOTIATES_FOR|Andrés Ruiz Pardo|Mexico'],
  },
  {
    id: 'facilitator.facilitated-through-its',
    text: 'The dialogue was facilitated by South Africa through its Deputy Minister of International Relations, Alvin Botes.',
    facts: [
      'NEGOTIATES_FOR|Alvin Botes|South Africa',
      'HOLDS_OFFICE|Alvin Botes|Deputy Minister of International Relations of South Africa',
    ],
  },
  {
    id: 'mediator.possessive-titles-mediated',
    text: "Egypt's intelligence chief, Hassan Rashad, and Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, mediated between the two sides in Cairo.",
    facts: [
      'NEGOTIATES_FOR|Hassan Rashad|Egypt',
      'NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Qatar',
      'HOLDS_OFFICE|Mohammed bin Abdulrahman Al Thani|Prime Minister of Qatar',
    ],
    absent: ['NEGOTIATES_FOR|Hassan Rashad|Qatar'],
  },
  // Chief negotiators, sherpas, heads of delegation at rounds.
  {
    id: 'sherpa.possessive-chaired-negotiations',
    text: "India's G20 Sherpa, Amitabh Kant, chaired the final negotiations on the New Delhi Leaders' Declaration.",
    facts: ['NEGOTIATES_FOR|Amitabh Kant|India', "NEGOTIATES|Amitabh Kant|New Delhi Leaders' Declaration"],
  },
  {
    id: 'chief.possessive-with-complement',
    text: "Kenya's chief negotiator at the climate talks, Ali Mohamed, told delegates in Baku that finance remained the main obstacle.",
    facts: ['NEGOTIATES_FOR|Ali Mohamed|Kenya'],
    absent: ['NEGOTIATES_FOR|Ali Mohamed|Azerbaijan'],
  },
  {
    id: 'round.inverted-heading-is',
    text: 'India-UK free trade negotiations: the sixth round opens in London.\n\nHeading the Indian team is Additional Secretary Rajesh Agrawal; the British team is led by Harjinder Kang.',
    facts: ['NEGOTIATES_FOR|Rajesh Agrawal|India', 'NEGOTIATES_FOR|Harjinder Kang|United Kingdom'],
    absent: ['NEGOTIATES_FOR|Rajesh Agrawal|United Kingdom', 'NEGOTIATES_FOR|Harjinder Kang|India'],
  },
  {
    id: 'chief.respectively-after-names',
    text: 'Linda Specht and Park Min-soo, the chief negotiators of the United States and the Republic of Korea respectively, opened the first meeting in Honolulu.',
    facts: ['NEGOTIATES_FOR|Linda Specht|United States', 'NEGOTIATES_FOR|Park Min-soo|Republic of Korea'],
    absent: ['NEGOTIATES_FOR|Linda Specht|Republic of Korea', 'NEGOTIATES_FOR|Park Min-soo|United States'],
  },
  {
    id: 'chief.final-text-agreed-by-of',
    text: 'The final text of the Peru-Australia Free Trade Agreement was agreed by the two chief negotiators, Ms. Ana Soto of Peru and Mr. David Ng of Australia.',
    facts: [
      'NEGOTIATES|Ana Soto|Peru-Australia Free Trade Agreement',
      'NEGOTIATES|David Ng|Peru-Australia Free Trade Agreement',
      'NEGOTIATES_FOR|Ana Soto|Peru',
      'NEGOTIATES_FOR|David Ng|Australia',
    ],
    absent: ['NEGOTIATES_FOR|Ana Soto|Australia', 'NEGOTIATES_FOR|David Ng|Peru'],
  },
  {
    id: 'round.delegation-led-with-deputy',
    text: 'At the negotiations on the fisheries agreement in Seoul, the Japanese delegation was led by Director-General Masaaki Kanai, with Deputy Director-General Yuki Tanaka as deputy head.',
    facts: ['NEGOTIATES_FOR|Masaaki Kanai|Japan', 'OFFICE_OF|Director-General|Japan'],
    absent: ['NEGOTIATES_FOR|Masaaki Kanai|Republic of Korea'],
  },
  {
    id: 'relative.who-heads-possessive-delegation',
    text: "Mr Yusuf Tuggar, who heads Nigeria's delegation to the negotiations on the investment protocol, met the Secretary-General of the AfCFTA Secretariat in Accra.",
    facts: ['NEGOTIATES_FOR|Yusuf Tuggar|Nigeria'],
    absent: ['NEGOTIATES_FOR|Yusuf Tuggar|Ghana'],
  },
  {
    id: 'relative.who-serves-as-envoy',
    text: "Rosemary DiCarlo, who serves as the Secretary-General's envoy for the talks, arrived in Nicosia on Monday.",
    facts: ['NEGOTIATES_FOR|Rosemary DiCarlo|United Nations'],
    absent: ['NEGOTIATES_FOR|Rosemary DiCarlo|Cyprus'],
  },
  {
    id: 'relative.appointed-special-envoy-last-year',
    text: "Mr Tore Hattrem, who was appointed Norway's special envoy for the Middle East peace process last year, visited Ramallah and Jerusalem.",
    facts: ['NEGOTIATES_FOR|Tore Hattrem|Norway'],
    absent: ['NEGOTIATES_FOR|Tore Hattrem|Israel'],
  },
  {
    id: 'lower.special-envoy-of-state-for',
    text: 'Ambassador Lars Ronnås, special envoy of Sweden for the Horn of Africa, visited Addis Ababa on Tuesday.',
    facts: ['NEGOTIATES_FOR|Lars Ronnås|Sweden'],
    absent: ['NEGOTIATES_FOR|Lars Ronnås|Ethiopia'],
  },
  {
    id: 'state-sent-its-representative',
    text: 'China sent Li Hui, its Special Representative for Eurasian Affairs, to Kyiv and Moscow for consultations.',
    facts: ['NEGOTIATES_FOR|Li Hui|China', 'HOLDS_OFFICE|Li Hui|Special Representative for Eurasian Affairs of China'],
    absent: ['NEGOTIATES_FOR|Li Hui|Ukraine', 'NEGOTIATES_FOR|Li Hui|Russia'],
  },
  {
    id: 'envoy.sent-his-special-envoy-vp',
    text: 'Chinese President Xi Jinping sent his special envoy, Vice President Han Zheng, to attend the inauguration in Jakarta.',
    facts: ['NEGOTIATES_FOR|Han Zheng|Xi Jinping', 'HOLDS_OFFICE|Han Zheng|Vice President of China'],
    absent: ['NEGOTIATES_FOR|Han Zheng|Indonesia'],
  },
  {
    id: 'passive.conducted-on-side-by',
    text: 'Negotiations were conducted on the Philippine side by Secretary Enrique Manalo and on the Chinese side by Vice Minister Sun Weidong.',
    facts: ['NEGOTIATES_FOR|Enrique Manalo|Philippines', 'NEGOTIATES_FOR|Sun Weidong|China'],
    absent: ['NEGOTIATES_FOR|Enrique Manalo|China', 'NEGOTIATES_FOR|Sun Weidong|Philippines'],
  },
  {
    id: 'represented-respectively-by',
    text: 'At the border commission talks, Armenia and Azerbaijan were represented, respectively, by Deputy Prime Minister Mher Grigoryan and Deputy Prime Minister Shahin Mustafayev.',
    facts: [
      'NEGOTIATES_FOR|Mher Grigoryan|Armenia',
      'NEGOTIATES_FOR|Shahin Mustafayev|Azerbaijan',
      'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Armenia',
      'HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Azerbaijan',
    ],
    absent: ['NEGOTIATES_FOR|Mher Grigoryan|Azerbaijan', 'NEGOTIATES_FOR|Shahin Mustafayev|Armenia'],
  },
  // Plural and coordinated appositions (construction 3).
  {
    id: 'plural.special-representatives-of-two-leaders',
    text: "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi agreed in Kazan to revive the boundary mechanism. The special representatives of the two leaders, China's Wang Yi and India's Ajit Doval, held their 24th meeting in New Delhi on 19 August.",
    facts: [
      'NEGOTIATES_FOR|Wang Yi|Xi Jinping',
      'NEGOTIATES_FOR|Ajit Doval|Narendra Modi',
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of India',
    ],
    absent: ['NEGOTIATES_FOR|Wang Yi|Narendra Modi', 'NEGOTIATES_FOR|Ajit Doval|Xi Jinping'],
  },
  {
    id: 'plural.their-ambassadors-of',
    text: 'Finland and Sweden were represented by their ambassadors, Jukka Salovaara of Finland and Karin Höglund of Sweden.',
    facts: [
      'NEGOTIATES_FOR|Jukka Salovaara|Finland',
      'NEGOTIATES_FOR|Karin Höglund|Sweden',
      'HOLDS_OFFICE|Jukka Salovaara|Ambassador of Finland',
      'HOLDS_OFFICE|Karin Höglund|Ambassador of Sweden',
    ],
    absent: ['NEGOTIATES_FOR|Jukka Salovaara|Sweden', 'NEGOTIATES_FOR|Karin Höglund|Finland'],
  },
  {
    id: 'plural.respective-envoys',
    text: 'The United States and Russia were represented by their respective envoys, Steve Witkoff and Kirill Dmitriev.',
    facts: ['NEGOTIATES_FOR|Steve Witkoff|United States', 'NEGOTIATES_FOR|Kirill Dmitriev|Russia'],
    absent: ['NEGOTIATES_FOR|Steve Witkoff|Russia', 'NEGOTIATES_FOR|Kirill Dmitriev|United States'],
  },
  {
    id: 'plural.foreign-ministers-of-three',
    text: 'The memorandum was signed by the foreign ministers of Türkiye, Finland and Sweden, Mevlüt Çavuşoğlu, Pekka Haavisto and Ann Linde.',
    facts: [
      'HOLDS_OFFICE|Mevlüt Çavuşoğlu|Foreign Minister of Turkey',
      'HOLDS_OFFICE|Pekka Haavisto|Foreign Minister of Finland',
      'HOLDS_OFFICE|Ann Linde|Foreign Minister of Sweden',
    ],
    absent: ['HOLDS_OFFICE|Ann Linde|Foreign Minister of Turkey', 'NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'plural.title-names-of-states',
    text: 'Foreign Ministers Jeyhun Bayramov of Azerbaijan and Ararat Mirzoyan of Armenia initialled the text of the peace agreement in Washington.',
    facts: [
      'HOLDS_OFFICE|Jeyhun Bayramov|Foreign Minister of Azerbaijan',
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Armenia',
    ],
    absent: ['HOLDS_OFFICE|Jeyhun Bayramov|Foreign Minister of Armenia'],
  },
  {
    id: 'plural.co-chairs-of-committee',
    text: 'The two co-chairs of the negotiating committee, Ambassador Ana Castro of Chile and Ambassador Peter Lund of Denmark, presented a revised draft.',
    facts: ['HOLDS_OFFICE|Ana Castro|Ambassador of Chile', 'HOLDS_OFFICE|Peter Lund|Ambassador of Denmark'],
    absent: ['HOLDS_OFFICE|Ana Castro|Ambassador of Denmark', 'NEGOTIATES_FOR|Ana Castro|Denmark'],
  },
  // Titles, offices, honorifics and name orders.
  {
    id: 'office.senator-the-hon',
    source: 'Australian Department of Foreign Affairs and Trade',
    text: 'Senator the Hon Penny Wong, Minister for Foreign Affairs, met her Indonesian counterpart in Canberra on 4 June.',
    facts: [
      'HOLDS_OFFICE|Penny Wong|Minister for Foreign Affairs of Australia',
      'OFFICE_OF|Minister for Foreign Affairs of Australia|Australia',
    ],
    absent: ['OFFICE_OF|Minister for Foreign Affairs|Indonesia'],
  },
  {
    id: 'office.lowercase-possessive-after-name',
    text: "Sergey Lavrov, Russia's foreign minister, met Hakan Fidan, his Turkish counterpart, in Antalya.",
    facts: ['HOLDS_OFFICE|Sergey Lavrov|Foreign Minister of Russia'],
    absent: ['HOLDS_OFFICE|Hakan Fidan|Foreign Minister of Russia'],
  },
  {
    id: 'office.family-name-capitals',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'Mr. IWAYA Takeshi, Minister for Foreign Affairs, held a telephone talk with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea.',
    facts: [
      'HOLDS_OFFICE|Takeshi Iwaya|Minister for Foreign Affairs of Japan',
      'HOLDS_OFFICE|Cho Tae-yul|Minister of Foreign Affairs of the Republic of Korea',
    ],
    absent: ['HOLDS_OFFICE|Cho Tae-yul|Minister for Foreign Affairs of Japan'],
  },
  {
    id: 'office.two-titles-vietnamese',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'Deputy Prime Minister and Foreign Minister Bui Thanh Son received Ambassador Marc Knapper of the United States in Ha Noi.',
    facts: [
      'HOLDS_OFFICE|Bui Thanh Son|Deputy Prime Minister of Vietnam',
      'HOLDS_OFFICE|Bui Thanh Son|Foreign Minister of Vietnam',
      'HOLDS_OFFICE|Marc Knapper|Ambassador of the United States',
    ],
    absent: ['HOLDS_OFFICE|Marc Knapper|Ambassador of Vietnam'],
  },
  {
    id: 'office.royal-highness-chain',
    source: 'Saudi Press Agency',
    text: 'His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received the Special Envoy of the President of the Russian Federation for the Middle East, Mikhail Bogdanov, in Riyadh.',
    facts: [
      'HOLDS_OFFICE|Faisal bin Farhan bin Abdullah|Minister of Foreign Affairs of Saudi Arabia',
      'NEGOTIATES_FOR|Mikhail Bogdanov|Russia',
    ],
    absent: ['NEGOTIATES_FOR|Mikhail Bogdanov|Saudi Arabia'],
  },
  {
    id: 'office.malay-honorific',
    source: "Prime Minister's Office of Malaysia",
    text: "Prime Minister Dato' Seri Anwar Ibrahim received a courtesy call from Thai Foreign Minister Maris Sangiampongsa in Putrajaya.",
    facts: [
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Malaysia',
      'HOLDS_OFFICE|Maris Sangiampongsa|Foreign Minister of Thailand',
    ],
  },
  {
    id: 'office.single-name-indonesian',
    text: 'Indonesian Foreign Minister Sugiono and his Malaysian counterpart, Mohamad Hasan, signed the minutes of the joint commission.',
    facts: ['HOLDS_OFFICE|Sugiono|Foreign Minister of Indonesia'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'office.lowercase-demonym-president',
    text: 'The Kenyan president, William Ruto, and the Haitian prime minister, Ariel Henry, witnessed the signing in Nairobi.',
    facts: ['HOLDS_OFFICE|William Ruto|President of Kenya', 'HOLDS_OFFICE|Ariel Henry|Prime Minister of Haiti'],
    absent: ['HOLDS_OFFICE|Ariel Henry|Prime Minister of Kenya'],
  },
  {
    id: 'office.eu-high-representative',
    text: 'Josep Borrell, High Representative of the Union for Foreign Affairs and Security Policy, opened the EU-Ukraine Association Council in Brussels.',
    facts: [
      'HOLDS_OFFICE|Josep Borrell|High Representative of the Union for Foreign Affairs and Security Policy',
      'OFFICE_OF|High Representative of the Union for Foreign Affairs and Security Policy|European Union',
    ],
    absent: ['OFFICE_OF|High Representative of the Union for Foreign Affairs and Security Policy|Ukraine'],
  },
  {
    id: 'office.state-secretary-of-office',
    text: 'State Secretary Thomas Bagger of the German Federal Foreign Office held consultations with Polish Deputy Foreign Minister Władysław Bartoszewski in Warsaw.',
    facts: [
      'OFFICE_OF|State Secretary|Germany',
      'HOLDS_OFFICE|Władysław Bartoszewski|Deputy Foreign Minister of Poland',
    ],
    absent: ['OFFICE_OF|State Secretary|Poland'],
  },
  // REPORTS_TO.
  {
    id: 'reports.under-guidance-of-two-ministers',
    text: 'Chinese Vice Foreign Minister Ma Zhaoxu and Russian Deputy Foreign Minister Andrei Rudenko held consultations in Beijing under the guidance of the two foreign ministers, Wang Yi and Sergey Lavrov.',
    facts: [
      'REPORTS_TO|Ma Zhaoxu|Wang Yi',
      'REPORTS_TO|Andrei Rudenko|Sergey Lavrov',
      'HOLDS_OFFICE|Ma Zhaoxu|Vice Foreign Minister of China',
    ],
    absent: ['REPORTS_TO|Ma Zhaoxu|Sergey Lavrov', 'REPORTS_TO|Andrei Rudenko|Wang Yi'],
  },
  {
    id: 'reports.reporting-to',
    source: 'Ministry of Foreign Affairs of Mexico',
    text: 'The task force, headed by Ambassador Laura Jiménez and reporting to Foreign Minister Alicia Bárcena, will prepare the negotiations.',
    facts: ['REPORTS_TO|Laura Jiménez|Alicia Bárcena', 'HOLDS_OFFICE|Alicia Bárcena|Foreign Minister of Mexico'],
  },
  {
    id: 'reports.lowercase-diplomatic-adviser',
    text: 'Emmanuel Bonne, diplomatic adviser to President Emmanuel Macron, spoke by telephone with Jake Sullivan.',
    facts: ['REPORTS_TO|Emmanuel Bonne|Emmanuel Macron'],
    absent: ['REPORTS_TO|Emmanuel Bonne|Jake Sullivan'],
  },
  {
    id: 'reports.possessive-adviser',
    source: 'The Presidency of the Republic of South Africa',
    text: "President Cyril Ramaphosa's national security adviser, Sydney Mufamadi, met Ukrainian officials in Kyiv.",
    facts: ['REPORTS_TO|Sydney Mufamadi|Cyril Ramaphosa', 'HOLDS_OFFICE|Cyril Ramaphosa|President of South Africa'],
  },
  {
    id: 'reports.on-instructions-of',
    text: 'Acting on the instructions of President Recep Tayyip Erdoğan, Foreign Minister Hakan Fidan travelled to Damascus for talks.',
    facts: ['REPORTS_TO|Hakan Fidan|Recep Tayyip Erdoğan'],
  },
  {
    id: 'reports.team-under-authority-led-by',
    source: 'Prime Minister of Canada',
    text: "Canada's negotiating team works under the authority of Prime Minister Mark Carney and is led by Minister Dominic LeBlanc.",
    facts: ['NEGOTIATES_FOR|Dominic LeBlanc|Canada', 'REPORTS_TO|Dominic LeBlanc|Mark Carney'],
  },
  {
    id: 'reports.his-chief-of-staff',
    source: 'Ministry of Foreign Affairs of Brazil',
    text: 'President Luiz Inácio Lula da Silva was accompanied by his Chief of Staff, Rui Costa, and by Foreign Minister Mauro Vieira.',
    facts: ['REPORTS_TO|Rui Costa|Luiz Inácio Lula da Silva', 'HOLDS_OFFICE|Mauro Vieira|Foreign Minister of Brazil'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  // NEGOTIATES.
  {
    id: 'negotiates.negotiated-by-two',
    text: 'The Windsor Framework was negotiated by Vice-President Maroš Šefčovič and Foreign Secretary James Cleverly.',
    facts: ['NEGOTIATES|Maroš Šefčovič|Windsor Framework', 'NEGOTIATES|James Cleverly|Windsor Framework'],
  },
  {
    id: 'negotiates.in-charge-of',
    source: 'Federal Department of Foreign Affairs of Switzerland',
    text: 'State Secretary Livia Leu, who was in charge of the negotiations on the Institutional Framework Agreement, briefed the committee in Bern.',
    facts: ['NEGOTIATES|Livia Leu|Institutional Framework Agreement'],
  },
  // Negatives.
  {
    id: 'neg.led-delegation-to-summit-relative',
    text: 'Vice President Kamala Harris, who led the U.S. delegation to the Summit on Peace in Ukraine, met President Volodymyr Zelenskyy in Bürgenstock.',
    facts: ['HOLDS_OFFICE|Kamala Harris|Vice President of the United States'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'neg.presented-credentials',
    text: 'The new Ambassador of Brazil to China, Marcos Galvão, presented his credentials to President Xi Jinping.',
    facts: ['OFFICE_OF|Ambassador of Brazil to China|Brazil'],
    absent: ['NEGOTIATES_FOR|Marcos Galvão|China', 'NEGOTIATES_FOR|Marcos Galvão|Xi Jinping'],
  },
  {
    id: 'neg.represented-in-sense-of-was',
    text: 'For Foreign Minister Ahmed Attaf of Algeria, the agreement represented a turning point for the region.',
    facts: ['HOLDS_OFFICE|Ahmed Attaf|Foreign Minister of Algeria'],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
];
