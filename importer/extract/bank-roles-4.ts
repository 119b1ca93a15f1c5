// The roles9 fourth roles bank (issue 6): a blind bank written after the roles, roles-2 and roles-3 banks were fitted,
// in house styles and wordings none of them uses: wire copy (AFP, Reuters, Xinhua, TASS, Anadolu, Bernama datelines),
// UN and AU press releases and spokesperson notes, parliamentary and presidential-office statements, Latin American,
// African, Gulf, South and Southeast Asian, Nordic and Central European foreign ministries; ranked, acting, double and
// bracketed office titles, "for" complements, lowercase titles; capitals standing for states ("Moscow's envoy",
// "Beijing's chief negotiator"), mediators and facilitators, "heads the X delegation", "X's point man on",
// "represented X at the talks", "spoke for", "on the X side"; NEGOTIATES from heads of delegation at rounds and
// "negotiated / hammered out / drafted / finalised the text"; REPORTS_TO from advisers, deputies "under" and
// envoys "of the President". Scored once before any rule was changed for it (docs/first-look.md, "Paraphrase banks").
// Facts follow the gold conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

export const ROLES_BANK_4: BankCase[] = [
  // Wire copy: capitals standing for states, datelines, agency attributions.
  {
    id: 'wire4.afp-moscow-envoy',
    text: "ISTANBUL, June 2 (AFP) - Moscow's envoy to the talks, Vladimir Medinsky, handed the Ukrainian delegation a memorandum setting out Russia's terms, Russian news agencies reported.",
    facts: ['NEGOTIATES_FOR|Vladimir Medinsky|Russia'],
    absent: ['NEGOTIATES_FOR|Vladimir Medinsky|Ukraine', 'NEGOTIATES_FOR|Vladimir Medinsky|Turkey'],
  },
  {
    id: 'wire4.xinhua-beijing-chief-negotiator',
    text: "BEIJING, Oct. 27 (Xinhua) -- Beijing's chief negotiator Li Chenggang, Vice Minister of Commerce, said on Monday that the two sides had reached a basic consensus in Kuala Lumpur.",
    facts: ['NEGOTIATES_FOR|Li Chenggang|China', 'HOLDS_OFFICE|Li Chenggang|Vice Minister of Commerce of China'],
    absent: ['NEGOTIATES_FOR|Li Chenggang|Malaysia'],
  },
  {
    id: 'wire4.tass-who-heads-delegation',
    text: 'RIYADH, March 24. /TASS/. Senator Grigory Karasin, who heads the Russian delegation at the consultations with the US side, said the talks were intensive but constructive.',
    facts: ['NEGOTIATES_FOR|Grigory Karasin|Russia'],
    absent: ['NEGOTIATES_FOR|Grigory Karasin|United States', 'NEGOTIATES_FOR|Grigory Karasin|Saudi Arabia'],
  },
  {
    id: 'wire4.anadolu-represented-ankara',
    text: "ANKARA (AA) - Deputy Foreign Minister Nuh Yilmaz represented Ankara at the talks on navigation in the Black Sea held in Istanbul, Türkiye's Foreign Ministry said on Tuesday.",
    facts: ['NEGOTIATES_FOR|Nuh Yilmaz|Turkey', 'HOLDS_OFFICE|Nuh Yilmaz|Deputy Foreign Minister of Turkey'],
  },
  {
    id: 'wire4.bernama-point-man',
    text: "PUTRAJAYA, Aug 4 (Bernama) -- Malaysia's point man on the Thailand-Cambodia ceasefire talks, Foreign Minister Mohamad Hasan, said the observer team would be deployed this week.",
    facts: ['NEGOTIATES_FOR|Mohamad Hasan|Malaysia', 'HOLDS_OFFICE|Mohamad Hasan|Foreign Minister of Malaysia'],
    absent: ['NEGOTIATES_FOR|Mohamad Hasan|Thailand', 'NEGOTIATES_FOR|Mohamad Hasan|Cambodia'],
  },
  {
    id: 'wire4.reuters-on-the-side-fronted',
    text: 'On the Ukrainian side, the talks were led by Rustem Umerov, secretary of the National Security and Defence Council, Reuters reported.',
    facts: [
      'NEGOTIATES_FOR|Rustem Umerov|Ukraine',
      'HOLDS_OFFICE|Rustem Umerov|Secretary of the National Security and Defence Council of Ukraine',
    ],
  },
  {
    id: 'wire4.washington-trade-envoy',
    text: "GENEVA, May 11 (Reuters) - The U.S. team was headed by Treasury Secretary Scott Bessent, with Washington's trade envoy Jamieson Greer also at the table.",
    facts: ['NEGOTIATES_FOR|Scott Bessent|United States', 'NEGOTIATES_FOR|Jamieson Greer|United States'],
    absent: ['NEGOTIATES_FOR|Scott Bessent|Switzerland'],
  },
  {
    id: 'wire4.kyiv-delegation-headed-by',
    text: "Kyiv's delegation, headed by Defence Minister Rustem Umerov, arrived in Istanbul on Thursday evening for the second round.",
    facts: ['NEGOTIATES_FOR|Rustem Umerov|Ukraine', 'HOLDS_OFFICE|Rustem Umerov|Defence Minister of Ukraine'],
    absent: ['NEGOTIATES_FOR|Rustem Umerov|Turkey'],
  },
  {
    id: 'wire4.tehran-top-negotiator',
    text: "Tehran's top negotiator, Deputy Foreign Minister Kazem Gharibabadi, met diplomats from Britain, France and Germany in Geneva on Friday.",
    facts: ['NEGOTIATES_FOR|Kazem Gharibabadi|Iran', 'HOLDS_OFFICE|Kazem Gharibabadi|Deputy Foreign Minister of Iran'],
    absent: ['NEGOTIATES_FOR|Kazem Gharibabadi|United Kingdom', 'NEGOTIATES_FOR|Kazem Gharibabadi|Switzerland'],
  },
  {
    id: 'wire4.spoke-for-at-talks',
    text: 'Minister of State Mohammed Al-Khulaifi, who spoke for Qatar at the talks, told reporters in Doha that both parties had accepted the proposal.',
    facts: ['NEGOTIATES_FOR|Mohammed Al-Khulaifi|Qatar'],
  },
  {
    id: 'wire4.seoul-negotiator-lowercase',
    text: "SEOUL, July 31 (Yonhap) -- Seoul's top trade negotiator, trade minister Yeo Han-koo, returned from Washington after the tariff deal was struck.",
    facts: ['NEGOTIATES_FOR|Yeo Han-koo|South Korea', 'HOLDS_OFFICE|Yeo Han-koo|Trade Minister of South Korea'],
    absent: ['NEGOTIATES_FOR|Yeo Han-koo|United States'],
  },
  {
    id: 'wire4.islamabad-and-kabul-sent',
    text: 'DOHA, Oct 19 (Reuters) - Islamabad sent Defence Minister Khawaja Asif to the talks, while Kabul was represented by its Defence Minister, Mullah Mohammad Yaqoob.',
    facts: [
      'NEGOTIATES_FOR|Khawaja Asif|Pakistan',
      'NEGOTIATES_FOR|Mohammad Yaqoob|Afghanistan',
      'HOLDS_OFFICE|Khawaja Asif|Defence Minister of Pakistan',
    ],
    absent: ['NEGOTIATES_FOR|Khawaja Asif|Afghanistan', 'NEGOTIATES_FOR|Mohammad Yaqoob|Pakistan'],
  },
  // UN and AU press releases and spokesperson notes.
  {
    id: 'un4.spokesperson-his-envoy-facilitated',
    source: 'United Nations',
    text: 'Statement attributable to the Spokesperson for the Secretary-General\n\nThe Secretary-General welcomes the talks held in Kinshasa, facilitated by his Special Envoy for the Great Lakes Region, Huang Xia.',
    facts: ['NEGOTIATES_FOR|Huang Xia|United Nations'],
    absent: ['NEGOTIATES_FOR|Huang Xia|Democratic Republic of the Congo'],
  },
  {
    id: 'un4.permanent-representative-after-name',
    text: 'Ambassador Vassily Nebenzia, Permanent Representative of the Russian Federation to the United Nations, told the Security Council that Moscow would not support the draft.',
    facts: [
      'HOLDS_OFFICE|Vassily Nebenzia|Permanent Representative of the Russian Federation to the United Nations',
      'OFFICE_OF|Permanent Representative of the Russian Federation to the United Nations|Russia',
    ],
    absent: ['OFFICE_OF|Permanent Representative of the Russian Federation to the United Nations|United Nations'],
  },
  {
    id: 'un4.permanent-representative-before-name',
    text: 'Permanent Representative of Brazil to the United Nations Sérgio França Danese presided over the Council meeting.',
    facts: [
      'HOLDS_OFFICE|Sérgio França Danese|Permanent Representative of Brazil to the United Nations',
      'OFFICE_OF|Permanent Representative of Brazil to the United Nations|Brazil',
    ],
  },
  {
    id: 'un4.mediated-through-srsg',
    source: 'United Nations Support Mission in Libya',
    text: 'The talks in Tunis were mediated by the United Nations, through the Acting Special Representative of the Secretary-General for Libya, Stephanie Koury.',
    facts: [
      'NEGOTIATES_FOR|Stephanie Koury|United Nations',
      'HOLDS_OFFICE|Stephanie Koury|Acting Special Representative of the Secretary-General for Libya',
    ],
    absent: ['NEGOTIATES_FOR|Stephanie Koury|Libya', 'NEGOTIATES_FOR|Stephanie Koury|Tunisia'],
  },
  {
    id: 'au4.facilitator-former-president',
    source: 'African Union Commission',
    text: "Former Kenyan President Uhuru Kenyatta, the African Union's facilitator for the Ethiopia peace process, met the two delegations in Pretoria.",
    facts: ['NEGOTIATES_FOR|Uhuru Kenyatta|African Union', 'HOLDS_OFFICE|Uhuru Kenyatta|President of Kenya'],
    absent: ['NEGOTIATES_FOR|Uhuru Kenyatta|Kenya', 'NEGOTIATES_FOR|Uhuru Kenyatta|Ethiopia'],
  },
  {
    id: 'au4.panel-chaired-by',
    source: 'African Union Commission',
    text: 'The African Union High-Level Implementation Panel, chaired by former President Thabo Mbeki, convened the parties in Addis Ababa to resume the negotiations.',
    facts: ['NEGOTIATES_FOR|Thabo Mbeki|African Union'],
    absent: ['NEGOTIATES_FOR|Thabo Mbeki|Ethiopia'],
  },
  {
    id: 'un4.joint-mediation-two-envoys',
    text: 'The mediation is led jointly by the AU Special Envoy, Mr. Mohamed El Hacen Lebatt, and the UN Personal Envoy, Mr. Ramtane Lamamra.',
    facts: ['NEGOTIATES_FOR|Mohamed El Hacen Lebatt|African Union', 'NEGOTIATES_FOR|Ramtane Lamamra|United Nations'],
    absent: ['NEGOTIATES_FOR|Mohamed El Hacen Lebatt|United Nations', 'NEGOTIATES_FOR|Ramtane Lamamra|African Union'],
  },
  // Presidential-office and parliamentary statements.
  {
    id: 'pres4.instructed-adviser-to-lead',
    source: 'Office of the President of the Republic of Korea',
    text: 'President Lee Jae-myung instructed his National Security Adviser, Wi Sung-lac, to lead the negotiations with Washington on the tariff package.',
    facts: ['REPORTS_TO|Wi Sung-lac|Lee Jae-myung', 'NEGOTIATES_FOR|Wi Sung-lac|South Korea'],
    absent: ['NEGOTIATES_FOR|Wi Sung-lac|United States'],
  },
  {
    id: 'parl4.speaker-delegation-no-negotiation',
    text: 'Speaker of the National Assembly of the Republic of Korea Woo Won-shik led a parliamentary delegation to the inauguration of President Prabowo Subianto in Jakarta.',
    facts: [
      'HOLDS_OFFICE|Woo Won-shik|Speaker of the National Assembly of South Korea',
      'HOLDS_OFFICE|Prabowo Subianto|President of Indonesia',
    ],
    absent: ['NEGOTIATES_FOR|Woo Won-shik|*'],
  },
  {
    id: 'pres4.under-the-supervision-of',
    text: 'The working group, headed by First Deputy Foreign Minister Vladimir Titov under the supervision of Foreign Minister Sergey Lavrov, drafted the text of the treaty.',
    facts: [
      'REPORTS_TO|Vladimir Titov|Sergey Lavrov',
      'HOLDS_OFFICE|Vladimir Titov|First Deputy Foreign Minister of Russia',
    ],
    source: 'Ministry of Foreign Affairs of the Russian Federation',
  },
  {
    id: 'pres4.deputy-to-chief-negotiator',
    text: "Ms Ana Ruiz, deputy to Chile's Chief Negotiator Tomás Berg, chaired the technical session on rules of origin.",
    facts: ['REPORTS_TO|Ana Ruiz|Tomás Berg', 'NEGOTIATES_FOR|Tomás Berg|Chile'],
  },
  {
    id: 'pres4.special-envoy-of-the-president-of',
    text: 'Steve Witkoff, Special Envoy of the President of the United States, arrived in Moscow for talks at the Kremlin.',
    facts: [
      'HOLDS_OFFICE|Steve Witkoff|Special Envoy of the President of the United States',
      'OFFICE_OF|Special Envoy of the President of the United States|United States',
      'NEGOTIATES_FOR|Steve Witkoff|United States',
    ],
    absent: ['NEGOTIATES_FOR|Steve Witkoff|Russia'],
  },
  {
    id: 'pres4.diplomatic-adviser-to-the-president-comma-name',
    text: 'Dr Anwar Gargash, Diplomatic Adviser to the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, received the delegation in Abu Dhabi.',
    facts: [
      'REPORTS_TO|Anwar Gargash|Mohamed bin Zayed Al Nahyan',
      'HOLDS_OFFICE|Mohamed bin Zayed Al Nahyan|President of the United Arab Emirates',
    ],
  },
  {
    id: 'pres4.kremlin-aide-lowercase',
    text: 'Kremlin foreign policy aide Yuri Ushakov, who accompanies President Vladimir Putin on the trip, said the sides had not discussed a new round.',
    facts: ['REPORTS_TO|Yuri Ushakov|Vladimir Putin'],
    absent: ['NEGOTIATES_FOR|Yuri Ushakov|*'],
  },
  // Latin American foreign ministries.
  {
    id: 'latam4.itamaraty-received-foreign-minister-of',
    source: 'Ministry of Foreign Affairs of Brazil',
    text: 'Minister of Foreign Affairs Mauro Vieira received in Brasília the Foreign Minister of Paraguay, Rubén Ramírez Lezcano.',
    facts: [
      'HOLDS_OFFICE|Mauro Vieira|Minister of Foreign Affairs of Brazil',
      'HOLDS_OFFICE|Rubén Ramírez Lezcano|Foreign Minister of Paraguay',
    ],
    absent: ['HOLDS_OFFICE|Mauro Vieira|Minister of Foreign Affairs of Paraguay'],
  },
  {
    id: 'latam4.undersecretary-for-headed-round',
    source: 'Secretariat of Foreign Affairs of Mexico',
    text: 'The Undersecretary for Foreign Affairs, Emilio Ruiz, headed the Mexican delegation at the second round of negotiations on the modernised Global Agreement with the European Union.',
    facts: [
      'NEGOTIATES_FOR|Emilio Ruiz|Mexico',
      'HOLDS_OFFICE|Emilio Ruiz|Undersecretary for Foreign Affairs of Mexico',
    ],
    absent: ['NEGOTIATES_FOR|Emilio Ruiz|European Union'],
  },
  {
    id: 'latam4.represented-santiago-final-round',
    text: "Chile's Undersecretary of International Economic Relations, Claudia Sanhueza, represented Santiago at the final round of negotiations on the Chile-India Comprehensive Economic Partnership Agreement.",
    facts: [
      'NEGOTIATES_FOR|Claudia Sanhueza|Chile',
      'HOLDS_OFFICE|Claudia Sanhueza|Undersecretary of International Economic Relations of Chile',
      'NEGOTIATES|Claudia Sanhueza|Chile-India Comprehensive Economic Partnership Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Claudia Sanhueza|India'],
  },
  {
    id: 'latam4.government-delegation-headed-by',
    text: 'The Colombian Government delegation to the peace talks with the ELN, headed by Vera Grabe, met the guarantor countries in Caracas.',
    facts: ['NEGOTIATES_FOR|Vera Grabe|Colombia'],
    absent: ['NEGOTIATES_FOR|Vera Grabe|Venezuela'],
  },
  {
    id: 'latam4.canciller-bracketed',
    text: 'Foreign Minister Gerardo Werthein (Argentina) and Foreign Minister Mario Lubetkin (Uruguay) signed the joint communiqué in Montevideo.',
    facts: [
      'HOLDS_OFFICE|Gerardo Werthein|Foreign Minister of Argentina',
      'HOLDS_OFFICE|Mario Lubetkin|Foreign Minister of Uruguay',
    ],
    absent: ['HOLDS_OFFICE|Gerardo Werthein|Foreign Minister of Uruguay'],
  },
  {
    id: 'latam4.hammered-out-text',
    text: 'Brazilian diplomat Ambassador Maurício Lyrio and EU negotiator Rupert Schlegelmilch hammered out the final text of the EU-Mercosur Partnership Agreement in Montevideo.',
    facts: [
      'NEGOTIATES|Maurício Lyrio|EU-Mercosur Partnership Agreement',
      'NEGOTIATES|Rupert Schlegelmilch|EU-Mercosur Partnership Agreement',
      'NEGOTIATES_FOR|Rupert Schlegelmilch|European Union',
    ],
  },
  // African foreign ministries and presidencies.
  {
    id: 'africa4.cabinet-secretary-for-double',
    source: 'State House Kenya',
    text: 'Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi received the Special Envoy of Somalia in Nairobi.',
    facts: [
      'HOLDS_OFFICE|Musalia Mudavadi|Prime Cabinet Secretary of Kenya',
      'HOLDS_OFFICE|Musalia Mudavadi|Cabinet Secretary for Foreign and Diaspora Affairs of Kenya',
    ],
  },
  {
    id: 'africa4.dirco-led-delegation-talks',
    source: 'Department of International Relations and Cooperation of South Africa',
    text: 'Minister of International Relations and Cooperation, Mr Ronald Lamola, led the South African delegation to the peace talks on the eastern DRC in Luanda.',
    facts: [
      'NEGOTIATES_FOR|Ronald Lamola|South Africa',
      'HOLDS_OFFICE|Ronald Lamola|Minister of International Relations and Cooperation of South Africa',
    ],
    absent: ['NEGOTIATES_FOR|Ronald Lamola|Angola'],
  },
  {
    id: 'africa4.honourable-minister-post-nominal',
    source: 'Ministry of Foreign Affairs of Nigeria',
    text: 'The Honourable Minister of Foreign Affairs, Ambassador Yusuf Maitama Tuggar, OON, received the Ambassador of Ghana in Abuja.',
    facts: ['HOLDS_OFFICE|Yusuf Maitama Tuggar|Minister of Foreign Affairs of Nigeria'],
    absent: ['HOLDS_OFFICE|Yusuf Maitama Tuggar|Minister of Foreign Affairs of Ghana'],
  },
  {
    id: 'africa4.egypt-long-title-commas',
    text: "Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Dr. Badr Abdelatty, received the Sudanese delegation in Cairo.",
    facts: [
      'HOLDS_OFFICE|Badr Abdelatty|Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt',
      'OFFICE_OF|Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt|Egypt',
    ],
    absent: ['OFFICE_OF|*|Sudan'],
  },
  {
    id: 'africa4.ethiopia-side-delegation-led-by',
    text: 'On the Ethiopian side, the delegation was led by National Security Adviser Redwan Hussien; the TPLF side was headed by Getachew Reda.',
    facts: ['NEGOTIATES_FOR|Redwan Hussien|Ethiopia'],
    absent: ['NEGOTIATES_FOR|Getachew Reda|Ethiopia'],
  },
  {
    id: 'africa4.senegal-drafted-text',
    text: 'The text of the Dakar Declaration was drafted by Senegalese Foreign Minister Yassine Fall and her Mauritanian counterpart, Mohamed Salem Ould Merzouk.',
    facts: [
      'NEGOTIATES|Yassine Fall|Dakar Declaration',
      'NEGOTIATES|Mohamed Salem Ould Merzouk|Dakar Declaration',
      'HOLDS_OFFICE|Yassine Fall|Foreign Minister of Senegal',
    ],
  },
  // Gulf foreign ministries and agencies.
  {
    id: 'gulf4.in-his-capacity-as-mediator',
    source: 'Ministry of Foreign Affairs of the State of Qatar',
    text: 'Minister of State at the Ministry of Foreign Affairs H.E. Dr. Mohammed bin Abdulaziz Al-Khulaifi, in his capacity as mediator, met the two delegations separately in Doha.',
    facts: [
      'NEGOTIATES_FOR|Mohammed bin Abdulaziz Al-Khulaifi|Qatar',
      'HOLDS_OFFICE|Mohammed bin Abdulaziz Al-Khulaifi|Minister of State at the Ministry of Foreign Affairs of Qatar',
    ],
  },
  {
    id: 'gulf4.represented-saudi-at-talks',
    text: 'Minister of State for Foreign Affairs Adel Al-Jubeir represented Saudi Arabia at the Jeddah talks on Sudan.',
    facts: [
      'NEGOTIATES_FOR|Adel Al-Jubeir|Saudi Arabia',
      'HOLDS_OFFICE|Adel Al-Jubeir|Minister of State for Foreign Affairs of Saudi Arabia',
    ],
    absent: ['NEGOTIATES_FOR|Adel Al-Jubeir|Sudan'],
  },
  {
    id: 'gulf4.oman-who-facilitated',
    text: "Oman's Foreign Minister Sayyid Badr bin Hamad Al Busaidi, who facilitated the indirect talks between Iran and the United States in Muscat, briefed his GCC counterparts.",
    facts: [
      'NEGOTIATES_FOR|Badr bin Hamad Al Busaidi|Oman',
      'HOLDS_OFFICE|Badr bin Hamad Al Busaidi|Foreign Minister of Oman',
    ],
    absent: ['NEGOTIATES_FOR|Badr bin Hamad Al Busaidi|Iran', 'NEGOTIATES_FOR|Badr bin Hamad Al Busaidi|United States'],
  },
  {
    id: 'gulf4.wam-deputy-pm-and-minister-of',
    source: 'Emirates News Agency (WAM)',
    text: 'H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, received the Foreign Minister of Armenia in Abu Dhabi.',
    facts: [
      'HOLDS_OFFICE|Abdullah bin Zayed Al Nahyan|Deputy Prime Minister of the United Arab Emirates',
      'HOLDS_OFFICE|Abdullah bin Zayed Al Nahyan|Minister of Foreign Affairs of the United Arab Emirates',
    ],
    absent: ['HOLDS_OFFICE|Abdullah bin Zayed Al Nahyan|Minister of Foreign Affairs of Armenia'],
  },
  {
    id: 'gulf4.kuwait-envoy-of-the-emir',
    text: 'Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah, envoy of the Emir of Kuwait, delivered a message to King Abdullah II in Amman.',
    facts: [
      'HOLDS_OFFICE|Ahmad Nasser Al-Mohammad Al-Sabah|Envoy of the Emir of Kuwait',
      'NEGOTIATES_FOR|Ahmad Nasser Al-Mohammad Al-Sabah|Kuwait',
    ],
    absent: ['NEGOTIATES_FOR|Ahmad Nasser Al-Mohammad Al-Sabah|Jordan'],
  },
  // South and Southeast Asian foreign ministries.
  {
    id: 'sasia4.chief-negotiator-for-fta',
    text: "India's chief negotiator for the India-EU Free Trade Agreement, Special Secretary Rajesh Agrawal, led the Indian team at the twelfth round in Brussels.",
    facts: ['NEGOTIATES_FOR|Rajesh Agrawal|India', 'NEGOTIATES|Rajesh Agrawal|India-EU Free Trade Agreement'],
    absent: ['NEGOTIATES_FOR|Rajesh Agrawal|European Union', 'NEGOTIATES_FOR|Rajesh Agrawal|Belgium'],
  },
  {
    id: 'sasia4.shri-union-minister',
    source: 'Ministry of External Affairs of India',
    text: 'Shri Piyush Goyal, Union Minister of Commerce and Industry, met the United Kingdom Secretary of State for Business and Trade, Jonathan Reynolds, in London.',
    facts: [
      'HOLDS_OFFICE|Piyush Goyal|Union Minister of Commerce and Industry of India',
      'HOLDS_OFFICE|Jonathan Reynolds|Secretary of State for Business and Trade of the United Kingdom',
    ],
    absent: ['HOLDS_OFFICE|Jonathan Reynolds|Secretary of State for Business and Trade of India'],
  },
  {
    id: 'sasia4.pakistan-deputy-pm-and-fm-senator',
    source: 'Ministry of Foreign Affairs of Pakistan',
    text: 'Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar received the Ambassador of Japan in Islamabad.',
    facts: [
      'HOLDS_OFFICE|Mohammad Ishaq Dar|Deputy Prime Minister of Pakistan',
      'HOLDS_OFFICE|Mohammad Ishaq Dar|Foreign Minister of Pakistan',
    ],
    absent: ['HOLDS_OFFICE|Mohammad Ishaq Dar|Foreign Minister of Japan'],
  },
  {
    id: 'sasia4.chief-advisers-high-representative',
    text: "Chief Adviser Muhammad Yunus's High Representative on the Rohingya issue, Khalilur Rahman, met Myanmar officials in Bangkok.",
    facts: ['NEGOTIATES_FOR|Khalilur Rahman|Muhammad Yunus'],
    absent: ['NEGOTIATES_FOR|Khalilur Rahman|Myanmar', 'NEGOTIATES_FOR|Khalilur Rahman|Thailand'],
  },
  {
    id: 'seasia4.standing-deputy-co-chaired',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu and Chinese Vice Foreign Minister Sun Weidong co-chaired the meeting of the Steering Committee for bilateral cooperation in Ha Noi.',
    facts: [
      'HOLDS_OFFICE|Nguyen Minh Vu|Standing Deputy Minister of Foreign Affairs of Vietnam',
      'HOLDS_OFFICE|Sun Weidong|Vice Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Nguyen Minh Vu|*', 'NEGOTIATES_FOR|Sun Weidong|*'],
  },
  {
    id: 'seasia4.senior-minister-of-state-for',
    source: 'Ministry of Foreign Affairs of Singapore',
    text: 'Senior Minister of State for Foreign Affairs Dr Mohamad Maliki Osman led the Singapore delegation at the negotiations on the ASEAN Digital Economy Framework Agreement in Jakarta.',
    facts: [
      'HOLDS_OFFICE|Mohamad Maliki Osman|Senior Minister of State for Foreign Affairs of Singapore',
      'NEGOTIATES_FOR|Mohamad Maliki Osman|Singapore',
      'NEGOTIATES|Mohamad Maliki Osman|ASEAN Digital Economy Framework Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Mohamad Maliki Osman|Indonesia'],
  },
  {
    id: 'seasia4.philippines-secretary-lowercase-after-name',
    text: 'Enrique Manalo, the Philippine foreign affairs secretary, and Yoko Kamikawa, Japan’s foreign minister, witnessed the signing of the Reciprocal Access Agreement.',
    facts: [
      'HOLDS_OFFICE|Enrique Manalo|Foreign Affairs Secretary of the Philippines',
      'HOLDS_OFFICE|Yoko Kamikawa|Foreign Minister of Japan',
    ],
    absent: ['NEGOTIATES_FOR|*|*'],
  },
  {
    id: 'seasia4.thailand-negotiating-panel-chaired',
    text: "Thailand's negotiating panel on the southern peace dialogue, chaired by Chatchai Bangchuad, met the BRN delegation in Kuala Lumpur with Malaysia's facilitator, Mohd Rabin Basir.",
    facts: ['NEGOTIATES_FOR|Chatchai Bangchuad|Thailand', 'NEGOTIATES_FOR|Mohd Rabin Basir|Malaysia'],
    absent: ['NEGOTIATES_FOR|Chatchai Bangchuad|Malaysia', 'NEGOTIATES_FOR|Mohd Rabin Basir|Thailand'],
  },
  // Nordic and Central European foreign ministries.
  {
    id: 'nordic4.state-secretary-of-ministry-led',
    source: 'Government of Norway',
    text: "State Secretary Andreas Motzfeldt Kravik of Norway's Ministry of Foreign Affairs led the Norwegian facilitation team at the talks in Doha.",
    facts: [
      'HOLDS_OFFICE|Andreas Motzfeldt Kravik|State Secretary of Norway',
      'NEGOTIATES_FOR|Andreas Motzfeldt Kravik|Norway',
    ],
    absent: ['NEGOTIATES_FOR|Andreas Motzfeldt Kravik|Qatar'],
  },
  {
    id: 'nordic4.lowercase-minister-for-after-name',
    text: "Maria Malmer Stenergard, Sweden's minister for foreign affairs, met her Finnish colleague Elina Valtonen in Helsinki.",
    facts: [
      'HOLDS_OFFICE|Maria Malmer Stenergard|Minister for Foreign Affairs of Sweden',
      'OFFICE_OF|Minister for Foreign Affairs of Sweden|Sweden',
    ],
    absent: ['HOLDS_OFFICE|Elina Valtonen|Minister for Foreign Affairs of Sweden'],
  },
  {
    id: 'nordic4.foreign-ministers-special-envoy',
    text: "Ambassador Anna Mäkinen, the Finnish Foreign Minister's special envoy for mediation, met the Sudanese parties in Jeddah.",
    facts: ['NEGOTIATES_FOR|Anna Mäkinen|Finland'],
    absent: ['NEGOTIATES_FOR|Anna Mäkinen|Sudan', 'NEGOTIATES_FOR|Anna Mäkinen|Saudi Arabia'],
  },
  {
    id: 'nordic4.on-the-danish-side-conducted',
    text: 'On the Danish side, the negotiations on the Defence Cooperation Agreement with the United States were conducted by Ambassador Jesper Møller Sørensen.',
    facts: [
      'NEGOTIATES_FOR|Jesper Møller Sørensen|Denmark',
      'NEGOTIATES|Jesper Møller Sørensen|Defence Cooperation Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Jesper Møller Sørensen|United States'],
  },
  {
    id: 'ce4.deputy-minister-of-state-after-title',
    text: 'Deputy Minister of Foreign Affairs of the Czech Republic Jiří Kozák held political consultations with his Slovak counterpart in Prague.',
    facts: [
      'HOLDS_OFFICE|Jiří Kozák|Deputy Minister of Foreign Affairs of the Czech Republic',
      'OFFICE_OF|Deputy Minister of Foreign Affairs of the Czech Republic|Czech Republic',
    ],
    absent: ['OFFICE_OF|*|Slovakia'],
  },
  {
    id: 'ce4.secretary-of-state-at-ministry',
    source: 'Ministry of Foreign Affairs of the Republic of Poland',
    text: 'Secretary of State at the Ministry of Foreign Affairs Władysław Teofil Bartoszewski held talks with the Deputy Foreign Minister of Ukraine, Andrii Sybiha.',
    facts: [
      'HOLDS_OFFICE|Władysław Teofil Bartoszewski|Secretary of State at the Ministry of Foreign Affairs of Poland',
      'HOLDS_OFFICE|Andrii Sybiha|Deputy Foreign Minister of Ukraine',
    ],
    absent: [
      'HOLDS_OFFICE|Władysław Teofil Bartoszewski|Secretary of State at the Ministry of Foreign Affairs of Ukraine',
    ],
  },
  {
    id: 'ce4.minister-of-foreign-affairs-and-trade',
    text: 'Hungarian Minister of Foreign Affairs and Trade Péter Szijjártó signed the agreement on behalf of the Hungarian Government in Baku.',
    facts: [
      'HOLDS_OFFICE|Péter Szijjártó|Minister of Foreign Affairs and Trade of Hungary',
      'NEGOTIATES_FOR|Péter Szijjártó|Hungary',
    ],
    absent: ['NEGOTIATES_FOR|Péter Szijjártó|Azerbaijan'],
  },
  {
    id: 'ce4.state-secretary-of-the-ministry-of-slovak',
    text: 'State Secretary of the Ministry of Foreign and European Affairs of the Slovak Republic Marek Eštok received the Ambassador of Austria.',
    facts: [
      'HOLDS_OFFICE|Marek Eštok|State Secretary of the Ministry of Foreign and European Affairs of Slovakia',
      'OFFICE_OF|State Secretary of the Ministry of Foreign and European Affairs of Slovakia|Slovakia',
    ],
    absent: ['OFFICE_OF|State Secretary of the Ministry of Foreign and European Affairs of Slovakia|Austria'],
  },
  {
    id: 'ce4.state-secretary-name-of-ministry',
    text: 'State Secretary Jan Hamáček of the Czech Ministry of Foreign Affairs represented Prague at the negotiations on the Treaty on the Protection of Investments.',
    facts: [
      'HOLDS_OFFICE|Jan Hamáček|State Secretary of the Czech Republic',
      'NEGOTIATES_FOR|Jan Hamáček|Czech Republic',
      'NEGOTIATES|Jan Hamáček|Treaty on the Protection of Investments',
    ],
  },
  // Office title forms.
  {
    id: 'title4.minister-counsellor-of-embassy',
    text: 'Mr Kenji Sato, Minister-Counsellor of the Embassy of Japan, attended the briefing at the Ministry in Manila.',
    facts: [
      'HOLDS_OFFICE|Kenji Sato|Minister-Counsellor of the Embassy of Japan',
      'OFFICE_OF|Minister-Counsellor of the Embassy of Japan|Japan',
    ],
    absent: ['OFFICE_OF|*|Philippines'],
  },
  {
    id: 'title4.acting-minister-possessive',
    text: "Ukraine's Acting Minister of Foreign Affairs, Andrii Sybiha, met Polish Foreign Minister Radosław Sikorski in Rzeszów.",
    facts: [
      'HOLDS_OFFICE|Andrii Sybiha|Acting Minister of Foreign Affairs of Ukraine',
      'HOLDS_OFFICE|Radosław Sikorski|Foreign Minister of Poland',
    ],
    absent: ['HOLDS_OFFICE|Andrii Sybiha|Foreign Minister of Poland'],
  },
  {
    id: 'title4.first-deputy-prime-minister-demonym',
    text: 'Ukrainian First Deputy Prime Minister Yulia Svyrydenko signed the minerals agreement for Ukraine in Washington.',
    facts: [
      'HOLDS_OFFICE|Yulia Svyrydenko|First Deputy Prime Minister of Ukraine',
      'NEGOTIATES_FOR|Yulia Svyrydenko|Ukraine',
    ],
    absent: ['NEGOTIATES_FOR|Yulia Svyrydenko|United States'],
  },
  {
    id: 'title4.brackets-after-names',
    text: 'Mr Takeshi Iwaya (Minister for Foreign Affairs of Japan) and Mr Cho Tae-yul (Minister of Foreign Affairs of the Republic of Korea) held a meeting in Tokyo.',
    facts: [
      'HOLDS_OFFICE|Takeshi Iwaya|Minister for Foreign Affairs of Japan',
      'HOLDS_OFFICE|Cho Tae-yul|Minister of Foreign Affairs of South Korea',
    ],
    absent: ['HOLDS_OFFICE|Takeshi Iwaya|Minister of Foreign Affairs of South Korea'],
  },
  {
    id: 'title4.lowercase-minister-for-complement',
    text: "Australia's minister for trade and tourism, Don Farrell, met the Indian commerce minister in New Delhi.",
    facts: ['HOLDS_OFFICE|Don Farrell|Minister for Trade and Tourism of Australia'],
    absent: ['HOLDS_OFFICE|Don Farrell|Minister for Trade and Tourism of India'],
  },
  {
    id: 'title4.special-envoy-for-with-complement',
    text: 'Ambassador Karen Lee, Special Envoy for Maritime Affairs of New Zealand, headed the New Zealand delegation to the negotiations on the BBNJ Agreement.',
    facts: [
      'HOLDS_OFFICE|Karen Lee|Special Envoy for Maritime Affairs of New Zealand',
      'NEGOTIATES_FOR|Karen Lee|New Zealand',
      'NEGOTIATES|Karen Lee|BBNJ Agreement',
    ],
  },
  // Who negotiates for whom, told in other ways.
  {
    id: 'neg4.served-as-lead-negotiator-for',
    text: 'Ms Ngozi Achebe, who served as lead negotiator for the African Union in the climate finance talks, briefed ministers in Addis Ababa.',
    facts: ['NEGOTIATES_FOR|Ngozi Achebe|African Union'],
    absent: ['NEGOTIATES_FOR|Ngozi Achebe|Ethiopia'],
  },
  {
    id: 'neg4.negotiating-on-behalf-of-the-president',
    text: 'Negotiating on behalf of President Volodymyr Zelenskyy, Andriy Yermak met the American team in Geneva.',
    facts: ['NEGOTIATES_FOR|Andriy Yermak|Volodymyr Zelenskyy'],
    absent: ['NEGOTIATES_FOR|Andriy Yermak|United States', 'NEGOTIATES_FOR|Andriy Yermak|Switzerland'],
  },
  {
    id: 'neg4.represented-the-eu-at-talks',
    text: 'Stefano Sannino, Director-General for the Middle East, North Africa and the Gulf, represented the European Union at the talks in Cairo.',
    facts: ['NEGOTIATES_FOR|Stefano Sannino|European Union'],
    absent: ['NEGOTIATES_FOR|Stefano Sannino|Egypt'],
  },
  {
    id: 'neg4.finalised-the-text-respectively',
    text: 'The negotiators, Ambassador Anil Wadhwa for India and Ambassador Ricardo Solís for Mexico, finalised the text of the Bilateral Investment Treaty in Geneva.',
    facts: [
      'NEGOTIATES_FOR|Anil Wadhwa|India',
      'NEGOTIATES_FOR|Ricardo Solís|Mexico',
      'NEGOTIATES|Anil Wadhwa|Bilateral Investment Treaty',
      'NEGOTIATES|Ricardo Solís|Bilateral Investment Treaty',
    ],
    absent: ['NEGOTIATES_FOR|Anil Wadhwa|Mexico', 'NEGOTIATES_FOR|Ricardo Solís|India'],
  },
  {
    id: 'neg4.heads-of-delegation-at-round',
    text: 'The heads of delegation at the third round of negotiations on the Indonesia-EU Comprehensive Economic Partnership Agreement were Djatmiko Bris Witjaksono for Indonesia and Helena König for the European Union.',
    facts: [
      'NEGOTIATES_FOR|Djatmiko Bris Witjaksono|Indonesia',
      'NEGOTIATES_FOR|Helena König|European Union',
      'NEGOTIATES|Djatmiko Bris Witjaksono|Indonesia-EU Comprehensive Economic Partnership Agreement',
      'NEGOTIATES|Helena König|Indonesia-EU Comprehensive Economic Partnership Agreement',
    ],
    absent: ['NEGOTIATES_FOR|Djatmiko Bris Witjaksono|European Union'],
  },
  {
    id: 'neg4.negotiated-the-agreement-for-lowercase',
    text: 'The agreement on the return of migrants was negotiated for Italy by Undersecretary Alfredo Mantovano, who reports to Prime Minister Giorgia Meloni.',
    facts: [
      'NEGOTIATES_FOR|Alfredo Mantovano|Italy',
      'REPORTS_TO|Alfredo Mantovano|Giorgia Meloni',
      'HOLDS_OFFICE|Giorgia Meloni|Prime Minister of Italy',
    ],
  },
  {
    id: 'neg4.mediators-plural-of-states',
    text: 'The mediators, Sheikh Mohammed bin Abdulrahman Al Thani of Qatar and Hassan Rashad of Egypt, presented the revised proposal to both delegations.',
    facts: ['NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Qatar', 'NEGOTIATES_FOR|Hassan Rashad|Egypt'],
    absent: ['NEGOTIATES_FOR|Mohammed bin Abdulrahman Al Thani|Egypt', 'NEGOTIATES_FOR|Hassan Rashad|Qatar'],
  },
  {
    id: 'neg4.acted-as-facilitator-for',
    text: 'Switzerland acted as facilitator, with Ambassador Thomas Greminger leading the Swiss team of facilitators in Geneva.',
    facts: ['NEGOTIATES_FOR|Thomas Greminger|Switzerland'],
  },
  {
    id: 'neg4.mandated-by-to-negotiate',
    text: 'Mandated by the Council to negotiate on behalf of the Union, Commissioner Maroš Šefčovič opened the talks with the United Kingdom.',
    facts: ['NEGOTIATES_FOR|Maroš Šefčovič|European Union'],
    absent: ['NEGOTIATES_FOR|Maroš Šefčovič|United Kingdom'],
  },
  {
    id: 'neg4.whose-negotiating-team-led-by',
    text: 'Armenia, whose negotiating team is led by Deputy Prime Minister Mher Grigoryan, proposed to sign the text in Washington.',
    facts: ['NEGOTIATES_FOR|Mher Grigoryan|Armenia', 'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Armenia'],
  },
  // Negatives.
  {
    id: 'neg4.negative-headed-summit-delegation',
    text: 'President Bola Tinubu headed the Nigerian delegation to the ECOWAS summit in Abuja.',
    facts: ['HOLDS_OFFICE|Bola Tinubu|President of Nigeria'],
    absent: ['NEGOTIATES_FOR|Bola Tinubu|*'],
  },
  {
    id: 'neg4.negative-represented-the-best',
    text: "Foreign Minister Luis Gilberto Murillo said the accord represented the best of Colombia's diplomatic tradition.",
    facts: [],
    absent: ['NEGOTIATES_FOR|Luis Gilberto Murillo|*'],
  },
  {
    id: 'neg4.negative-spoke-for-minutes',
    text: 'President Gustavo Petro spoke for forty minutes at the General Assembly on climate and drugs.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Gustavo Petro|*'],
  },
  {
    id: 'neg4.negative-ambassador-accredited',
    text: 'Ambassador Maria Svensson of Sweden to Kenya presented copies of her credentials to the Cabinet Secretary in Nairobi.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Maria Svensson|*', 'HOLDS_OFFICE|Maria Svensson|Ambassador of Kenya'],
  },
];
