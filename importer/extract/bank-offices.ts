// The off13 offices bank (issue 6): a blind bank on office titles in house styles the rules have not seen, written
// before any rule was changed for it and before the extractor was run on it: titles in apposition after the name
// ("X, Minister of …", "X (Minister …, State)", "the Minister of …, X", "H.E. X, …"), the office's state read from the
// local cue (a demonym, a possessive, "of <state>") rather than from the issuer, deputy / vice / acting / first /
// senior / under forms, ambassadors, high commissioners and permanent representatives "to" a state or organisation,
// offices of organisations (UN, EU, AU, ASEAN, OSCE, NATO, IAEA, WTO), royal, religious and military titles, titles
// in other languages' English renderings (State Secretary, Federal Councillor, Undersecretary, Taoiseach, Tánaiste,
// Chancellor), long portfolio lists, and the NEGOTIATES_FOR that follows from "on behalf of", negotiating delegations
// and envoys; and negatives (a title used generically or in the plural, "the Ministry of X" as a body, a post not yet
// filled, a leader heading a summit delegation). Past offices are offices too (GUIDE: "Past offices count too").
// Facts follow ../shared/eval/GUIDE.md. A fact `Office|name` (two parts) asks for an entity of that type with that
// name or alias; relation facts are `TYPE|from|to`; `absent` facts must not come out (`*` matches anything).
// Scored by `bank.ts` (`npm run bank -- offices`).
// First pass (blind, on the unchanged rules of main f71645a, bank at 7881d64): facts found 194/254 (0.76), cases passed
// 52/84, false facts 6. (Prettier re-wrapped the file's lines after that commit; no case
// was changed.) After the off13 rules: 227/254 (0.89), 67/84, false facts 2.
import type { BankCase } from './bank.ts';

export const OFFICES_BANK: BankCase[] = [
  // Apposition after the name, each office with its own state (the issuer's only where the text gives no other).
  {
    id: 'app.mofa-japan-both-ministers-of',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'On February 18, commencing at 9:10 a.m. for approximately 40 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Meeting with H.E. Mr. CHO Tae-yul, Minister of Foreign Affairs of the Republic of Korea.',
    facts: [
      'Office|Minister for Foreign Affairs of Japan',
      'Office|Minister of Foreign Affairs of the Republic of Korea',
      'HOLDS_OFFICE|Takeshi Iwaya|Minister for Foreign Affairs of Japan',
      'HOLDS_OFFICE|Cho Tae-yul|Minister of Foreign Affairs of the Republic of Korea',
      'OFFICE_OF|Minister for Foreign Affairs of Japan|Japan',
      'OFFICE_OF|Minister of Foreign Affairs of the Republic of Korea|South Korea',
    ],
    absent: [
      'OFFICE_OF|Minister of Foreign Affairs of the Republic of Korea|Japan',
      'HOLDS_OFFICE|Cho Tae-yul|Minister for Foreign Affairs of Japan',
    ],
  },
  {
    id: 'app.bare-apposition-issuer-state',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'Mr. IWAYA Takeshi, Minister for Foreign Affairs, welcomed the delegation and expressed his appreciation for the long-standing friendship between the two countries.',
    facts: [
      'Office|Minister for Foreign Affairs of Japan',
      'HOLDS_OFFICE|Takeshi Iwaya|Minister for Foreign Affairs of Japan',
      'OFFICE_OF|Minister for Foreign Affairs of Japan|Japan',
    ],
  },
  {
    id: 'app.parenthesis-title-state',
    source: 'Pacific Islands Forum Secretariat',
    text: 'The Forum Foreign Ministers’ Meeting in Suva was co-chaired by Penny Wong (Minister for Foreign Affairs, Australia) and Winston Peters (Minister of Foreign Affairs, New Zealand).',
    facts: [
      'HOLDS_OFFICE|Penny Wong|Minister for Foreign Affairs of Australia',
      'HOLDS_OFFICE|Winston Peters|Minister of Foreign Affairs of New Zealand',
      'OFFICE_OF|Minister for Foreign Affairs of Australia|Australia',
      'OFFICE_OF|Minister of Foreign Affairs of New Zealand|New Zealand',
    ],
    absent: ['OFFICE_OF|Minister of Foreign Affairs of New Zealand|Australia'],
  },
  {
    id: 'app.title-first-comma-name',
    source: 'Ministry of Foreign Affairs of the Arab Republic of Egypt',
    text: 'The Minister of Foreign Affairs, Emigration and Egyptian Expatriates, Badr Abdelatty, received on Sunday the Foreign Minister of Jordan, Ayman Safadi, in Cairo.',
    facts: [
      'Office|Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt',
      'HOLDS_OFFICE|Badr Abdelatty|Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt',
      'OFFICE_OF|Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt|Egypt',
      'HOLDS_OFFICE|Ayman Safadi|Foreign Minister of Jordan',
      'OFFICE_OF|Foreign Minister of Jordan|Jordan',
    ],
    absent: ['OFFICE_OF|Foreign Minister of Jordan|Egypt'],
  },
  {
    id: 'app.he-asean-secretary-general-and-thai-minister',
    source: 'ASEAN Secretariat',
    text: 'H.E. Dr. Kao Kim Hourn, Secretary-General of ASEAN, received a courtesy call from H.E. Mr. Maris Sangiampongsa, Minister of Foreign Affairs of the Kingdom of Thailand, at the ASEAN Secretariat in Jakarta.',
    facts: [
      'Office|Secretary-General of ASEAN',
      'HOLDS_OFFICE|Kao Kim Hourn|Secretary-General of ASEAN',
      'OFFICE_OF|Secretary-General of ASEAN|ASEAN',
      'HOLDS_OFFICE|Maris Sangiampongsa|Minister of Foreign Affairs of the Kingdom of Thailand',
      'OFFICE_OF|Minister of Foreign Affairs of the Kingdom of Thailand|Thailand',
    ],
    absent: ['OFFICE_OF|Minister of Foreign Affairs of the Kingdom of Thailand|Indonesia'],
  },
  {
    id: 'app.mea-external-affairs-minister-and-saudi',
    source: 'Ministry of External Affairs, Government of India',
    text: 'External Affairs Minister Dr. S. Jaishankar held talks with the Foreign Minister of the Kingdom of Saudi Arabia, H.H. Prince Faisal bin Farhan Al Saud, in New Delhi today.',
    facts: [
      'HOLDS_OFFICE|S. Jaishankar|External Affairs Minister of India',
      'OFFICE_OF|External Affairs Minister of India|India',
      'HOLDS_OFFICE|Faisal bin Farhan Al Saud|Foreign Minister of the Kingdom of Saudi Arabia',
      'OFFICE_OF|Foreign Minister of the Kingdom of Saudi Arabia|Saudi Arabia',
    ],
    absent: ['OFFICE_OF|Foreign Minister of the Kingdom of Saudi Arabia|India'],
  },
  {
    id: 'app.us-readout-indian-minister-local-demonym',
    source: 'U.S. Department of State',
    text: 'Secretary of State Marco Rubio met today with Indian External Affairs Minister Subrahmanyam Jaishankar in Washington to discuss the Quad.',
    facts: [
      'HOLDS_OFFICE|Marco Rubio|Secretary of State of the United States',
      'OFFICE_OF|Secretary of State of the United States|United States',
      'HOLDS_OFFICE|Subrahmanyam Jaishankar|External Affairs Minister of India',
      'OFFICE_OF|External Affairs Minister of India|India',
    ],
    absent: [
      'OFFICE_OF|External Affairs Minister of India|United States',
      'Office|External Affairs Minister of the United States',
    ],
  },
  {
    id: 'app.of-state-after-title-before-name',
    source: 'Prime Minister’s Office, India',
    text: 'Prime Minister Shri Narendra Modi received the Prime Minister of Australia Anthony Albanese at Hyderabad House this morning.',
    facts: [
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of India',
      'HOLDS_OFFICE|Anthony Albanese|Prime Minister of Australia',
      'OFFICE_OF|Prime Minister of Australia|Australia',
    ],
    absent: ['HOLDS_OFFICE|Anthony Albanese|Prime Minister of India'],
  },
  {
    id: 'app.title-of-state-after-name',
    source: 'Kemlu',
    text: 'President Prabowo Subianto received Anwar Ibrahim, Prime Minister of Malaysia, at the Merdeka Palace on Monday.',
    facts: [
      'HOLDS_OFFICE|Prabowo Subianto|President of Indonesia',
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Malaysia',
      'OFFICE_OF|Prime Minister of Malaysia|Malaysia',
    ],
    absent: ['OFFICE_OF|Prime Minister of Malaysia|Indonesia', 'Office|Prime Minister of Indonesia'],
  },
  {
    id: 'app.name-of-state-after-title',
    source: 'The White House',
    text: 'President Trump spoke today with President Ferdinand Marcos Jr. of the Philippines and President Lee Jae-myung of the Republic of Korea.',
    facts: [
      'HOLDS_OFFICE|Ferdinand Marcos Jr.|President of the Philippines',
      'HOLDS_OFFICE|Lee Jae-myung|President of the Republic of Korea',
      'OFFICE_OF|President of the Republic of Korea|South Korea',
    ],
    absent: [
      'HOLDS_OFFICE|Lee Jae-myung|President of the United States',
      'HOLDS_OFFICE|Ferdinand Marcos Jr.|President of the United States',
    ],
  },
  {
    id: 'app.elysee-president-of-republic-and-canadian',
    source: 'Élysée',
    text: 'Le Président de la République s’est entretenu avec le Premier ministre du Canada. The President of the Republic, Emmanuel Macron, spoke by telephone with the Prime Minister of Canada, Mark Carney.',
    facts: [
      'HOLDS_OFFICE|Emmanuel Macron|President of France',
      'HOLDS_OFFICE|Mark Carney|Prime Minister of Canada',
      'OFFICE_OF|Prime Minister of Canada|Canada',
    ],
    absent: ['OFFICE_OF|Prime Minister of Canada|France'],
  },
  {
    id: 'app.wire-possessive-top-diplomat',
    source: 'Reuters',
    text: 'TOKYO (Reuters) - Japan’s Foreign Minister Takeshi Iwaya and his Chinese counterpart Wang Yi agreed on Saturday to keep talking about seafood imports.',
    facts: ['HOLDS_OFFICE|Takeshi Iwaya|Foreign Minister of Japan', 'OFFICE_OF|Foreign Minister of Japan|Japan'],
    absent: ['HOLDS_OFFICE|Wang Yi|Foreign Minister of Japan'],
  },
  {
    id: 'app.wire-demonym-lowercase-title',
    source: 'Associated Press',
    text: 'BERLIN (AP) — The German foreign minister, Johann Wadephul, said Thursday after meeting Poland’s foreign minister, Radosław Sikorski, that the two governments would coordinate closely.',
    facts: [
      'HOLDS_OFFICE|Johann Wadephul|Foreign Minister of Germany',
      'HOLDS_OFFICE|Radosław Sikorski|Foreign Minister of Poland',
      'OFFICE_OF|Foreign Minister of Poland|Poland',
    ],
    absent: ['OFFICE_OF|Foreign Minister of Poland|Germany'],
  },
  {
    id: 'app.xinhua-member-and-minister',
    source: 'Xinhua',
    text: 'BEIJING, March 7 (Xinhua) -- Wang Yi, a member of the Political Bureau of the Communist Party of China Central Committee and Chinese foreign minister, held talks with Brazilian Foreign Minister Mauro Vieira in Beijing on Friday.',
    facts: [
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
      'OFFICE_OF|Foreign Minister of China|China',
      'HOLDS_OFFICE|Mauro Vieira|Foreign Minister of Brazil',
      'OFFICE_OF|Foreign Minister of Brazil|Brazil',
    ],
    absent: ['OFFICE_OF|Foreign Minister of Brazil|China'],
  },
  {
    id: 'app.mofa-japan-wang-yi-prc-long',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'Mr. IWAYA held a meeting with Mr. Wang Yi, Member of the Political Bureau of the Central Committee of the Communist Party of China and Minister of Foreign Affairs of the People’s Republic of China.',
    facts: [
      'HOLDS_OFFICE|Wang Yi|Minister of Foreign Affairs of the People’s Republic of China',
      'OFFICE_OF|Minister of Foreign Affairs of the People’s Republic of China|China',
    ],
    absent: ['OFFICE_OF|Minister of Foreign Affairs of the People’s Republic of China|Japan'],
  },
  // Titles cut short or run on: long portfolios, double titles.
  {
    id: 'cut.italy-deputy-pm-and-minister-list',
    source: 'Farnesina',
    text: 'Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Antonio Tajani met his Slovenian counterpart, Tanja Fajon, in Rome.',
    facts: [
      'HOLDS_OFFICE|Antonio Tajani|Deputy Prime Minister of Italy',
      'HOLDS_OFFICE|Antonio Tajani|Minister of Foreign Affairs and International Cooperation of Italy',
      'OFFICE_OF|Minister of Foreign Affairs and International Cooperation of Italy|Italy',
    ],
    absent: ['HOLDS_OFFICE|Tanja Fajon|Minister of Foreign Affairs and International Cooperation of Italy'],
  },
  {
    id: 'cut.france-europe-and-foreign-affairs',
    source: 'France Diplomatie',
    text: 'Jean-Noël Barrot, Minister for Europe and Foreign Affairs, will travel to Beirut on Friday, where he will meet President Joseph Aoun.',
    facts: [
      'HOLDS_OFFICE|Jean-Noël Barrot|Minister for Europe and Foreign Affairs of France',
      'OFFICE_OF|Minister for Europe and Foreign Affairs of France|France',
      'HOLDS_OFFICE|Joseph Aoun|President of Lebanon',
    ],
    absent: ['HOLDS_OFFICE|Joseph Aoun|President of France'],
  },
  {
    id: 'cut.argentina-foreign-trade-worship',
    source: 'Cancillería Argentina',
    text: 'The Minister of Foreign Affairs, International Trade and Worship of Argentina, Gerardo Werthein, signed a letter of intent with his Paraguayan counterpart, Rubén Ramírez Lezcano.',
    facts: [
      'HOLDS_OFFICE|Gerardo Werthein|Minister of Foreign Affairs, International Trade and Worship of Argentina',
      'OFFICE_OF|Minister of Foreign Affairs, International Trade and Worship of Argentina|Argentina',
    ],
    absent: [
      'HOLDS_OFFICE|Rubén Ramírez Lezcano|Minister of Foreign Affairs, International Trade and Worship of Argentina',
    ],
  },
  {
    id: 'cut.uk-secretary-of-state-fcda',
    source: 'GOV.UK',
    text: 'The Secretary of State for Foreign, Commonwealth and Development Affairs, David Lammy, met the Foreign Minister of Kazakhstan, Murat Nurtleu, in London.',
    facts: [
      'HOLDS_OFFICE|David Lammy|Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom',
      'OFFICE_OF|Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom|United Kingdom',
      'HOLDS_OFFICE|Murat Nurtleu|Foreign Minister of Kazakhstan',
      'OFFICE_OF|Foreign Minister of Kazakhstan|Kazakhstan',
    ],
    absent: ['OFFICE_OF|Foreign Minister of Kazakhstan|United Kingdom'],
  },
  {
    id: 'cut.south-africa-dirco',
    source: 'DIRCO',
    text: 'The Minister of International Relations and Cooperation, Mr Ronald Lamola, will host his counterpart from the Federal Republic of Nigeria, Ambassador Yusuf Tuggar, Minister of Foreign Affairs, for the Bi-National Commission.',
    facts: [
      'HOLDS_OFFICE|Ronald Lamola|Minister of International Relations and Cooperation of South Africa',
      'OFFICE_OF|Minister of International Relations and Cooperation of South Africa|South Africa',
      'HOLDS_OFFICE|Yusuf Tuggar|Minister of Foreign Affairs of Nigeria',
      'OFFICE_OF|Minister of Foreign Affairs of Nigeria|Nigeria',
    ],
    absent: [
      'OFFICE_OF|Minister of Foreign Affairs of Nigeria|South Africa',
      'HOLDS_OFFICE|Yusuf Tuggar|Minister of Foreign Affairs of South Africa',
    ],
  },
  {
    id: 'cut.title-then-name-then-verb-wire',
    source: 'Agence France-Presse',
    text: 'Ukrainian Foreign Minister Andrii Sybiha on Tuesday urged European partners to speed up the delivery of air defence systems.',
    facts: ['HOLDS_OFFICE|Andrii Sybiha|Foreign Minister of Ukraine', 'OFFICE_OF|Foreign Minister of Ukraine|Ukraine'],
  },
  {
    id: 'cut.defence-minister-of-state-then-name',
    source: 'Ministry of Defence of Estonia',
    text: 'Minister of Defence of Estonia Hanno Pevkur and Minister of National Defence of Lithuania Dovilė Šakalienė signed a joint letter on border security.',
    facts: [
      'HOLDS_OFFICE|Hanno Pevkur|Minister of Defence of Estonia',
      'OFFICE_OF|Minister of Defence of Estonia|Estonia',
      'HOLDS_OFFICE|Dovilė Šakalienė|Minister of National Defence of Lithuania',
      'OFFICE_OF|Minister of National Defence of Lithuania|Lithuania',
    ],
    absent: ['OFFICE_OF|Minister of National Defence of Lithuania|Estonia'],
  },
  {
    id: 'cut.indonesia-coordinating-minister',
    source: 'Kemlu',
    text: 'Coordinating Minister for Economic Affairs Airlangga Hartarto led the Indonesian side at the second round of talks on the comprehensive economic partnership with Canada.',
    facts: [
      'HOLDS_OFFICE|Airlangga Hartarto|Coordinating Minister for Economic Affairs of Indonesia',
      'OFFICE_OF|Coordinating Minister for Economic Affairs of Indonesia|Indonesia',
      'NEGOTIATES_FOR|Airlangga Hartarto|Indonesia',
    ],
    absent: ['NEGOTIATES_FOR|Airlangga Hartarto|Canada'],
  },
  // Deputy, vice, acting, first, senior, under.
  {
    id: 'rank.first-deputy-prime-minister',
    source: 'Government Portal of Ukraine',
    text: 'First Deputy Prime Minister – Minister of Economy of Ukraine Yulia Svyrydenko held a meeting with the U.S. Treasury Secretary, Scott Bessent.',
    facts: [
      'HOLDS_OFFICE|Yulia Svyrydenko|First Deputy Prime Minister of Ukraine',
      'OFFICE_OF|First Deputy Prime Minister of Ukraine|Ukraine',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of the United States',
      'OFFICE_OF|Treasury Secretary of the United States|United States',
    ],
    absent: ['OFFICE_OF|Treasury Secretary of the United States|Ukraine'],
  },
  {
    id: 'rank.vice-foreign-minister-china',
    source: 'Ministry of Foreign Affairs of the People’s Republic of China',
    text: 'On 10 June, Vice Foreign Minister Sun Weidong held consultations in Beijing with Vice Minister for Foreign Affairs of Viet Nam Nguyen Minh Vu.',
    facts: [
      'HOLDS_OFFICE|Sun Weidong|Vice Foreign Minister of China',
      'OFFICE_OF|Vice Foreign Minister of China|China',
      'HOLDS_OFFICE|Nguyen Minh Vu|Vice Minister for Foreign Affairs of Viet Nam',
      'OFFICE_OF|Vice Minister for Foreign Affairs of Viet Nam|Vietnam',
    ],
    absent: ['OFFICE_OF|Vice Minister for Foreign Affairs of Viet Nam|China'],
  },
  {
    id: 'rank.acting-foreign-minister',
    source: 'Islamic Republic News Agency',
    text: 'Acting Foreign Minister Ali Bagheri Kani met Iraqi Foreign Minister Fuad Hussein on the sidelines of the meeting in Tehran.',
    facts: [
      'HOLDS_OFFICE|Ali Bagheri Kani|Acting Foreign Minister of Iran',
      'OFFICE_OF|Acting Foreign Minister of Iran|Iran',
      'HOLDS_OFFICE|Fuad Hussein|Foreign Minister of Iraq',
    ],
    absent: ['OFFICE_OF|Foreign Minister of Iraq|Iran'],
  },
  {
    id: 'rank.deputy-secretary-of-state',
    source: 'U.S. Department of State',
    text: 'Deputy Secretary of State Christopher Landau met with Colombian Vice Foreign Minister Mauricio Jaramillo Jassir to discuss migration.',
    facts: [
      'HOLDS_OFFICE|Christopher Landau|Deputy Secretary of State of the United States',
      'OFFICE_OF|Deputy Secretary of State of the United States|United States',
      'HOLDS_OFFICE|Mauricio Jaramillo Jassir|Vice Foreign Minister of Colombia',
      'OFFICE_OF|Vice Foreign Minister of Colombia|Colombia',
    ],
    absent: ['OFFICE_OF|Vice Foreign Minister of Colombia|United States'],
  },
  {
    id: 'rank.under-secretary-for',
    source: 'U.S. Department of State',
    text: 'Under Secretary of State for Political Affairs Allison Hooker traveled to Seoul, where she met First Vice Foreign Minister Park Yoon-joo.',
    facts: [
      'HOLDS_OFFICE|Allison Hooker|Under Secretary of State for Political Affairs of the United States',
      'OFFICE_OF|Under Secretary of State for Political Affairs of the United States|United States',
      'HOLDS_OFFICE|Park Yoon-joo|First Vice Foreign Minister of South Korea',
    ],
    absent: ['HOLDS_OFFICE|Park Yoon-joo|First Vice Foreign Minister of the United States'],
  },
  {
    id: 'rank.senior-vice-minister-japan',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'Mr. MIYAJI Takuma, State Minister for Foreign Affairs, and Ms. Zhanna Zhakupova, Deputy Minister of Foreign Affairs of the Republic of Kazakhstan, co-chaired the Japan-Kazakhstan consultations.',
    facts: [
      'HOLDS_OFFICE|Takuma Miyaji|State Minister for Foreign Affairs of Japan',
      'OFFICE_OF|State Minister for Foreign Affairs of Japan|Japan',
      'HOLDS_OFFICE|Zhanna Zhakupova|Deputy Minister of Foreign Affairs of the Republic of Kazakhstan',
      'OFFICE_OF|Deputy Minister of Foreign Affairs of the Republic of Kazakhstan|Kazakhstan',
    ],
    absent: ['OFFICE_OF|Deputy Minister of Foreign Affairs of the Republic of Kazakhstan|Japan'],
  },
  {
    id: 'rank.kremlin-deputy-chief-of-staff',
    source: 'Kremlin',
    text: 'Taking part in the talks on the Russian side were Deputy Chief of Staff of the Presidential Executive Office Maxim Oreshkin and Presidential Aide Yury Ushakov.',
    facts: [
      'HOLDS_OFFICE|Maxim Oreshkin|Deputy Chief of Staff of the Presidential Executive Office of Russia',
      'HOLDS_OFFICE|Yury Ushakov|Aide to the President of Russia',
      'OFFICE_OF|Aide to the President of Russia|Russia',
    ],
  },
  // Ambassadors, high commissioners, permanent representatives.
  {
    id: 'amb.ambassador-of-to-apposition',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'The ceremony was attended by H.E. Mr. YAMADA Shigeo, Ambassador of Japan to the United States, and Mr. Kevin Kim, Deputy Assistant Secretary of State.',
    facts: [
      'HOLDS_OFFICE|Shigeo Yamada|Ambassador of Japan to the United States',
      'OFFICE_OF|Ambassador of Japan to the United States|Japan',
    ],
    absent: ['OFFICE_OF|Ambassador of Japan to the United States|United States'],
  },
  {
    id: 'amb.possessive-permanent-representative-to-un',
    source: 'Xinhua',
    text: 'UNITED NATIONS, April 2 (Xinhua) -- China’s Permanent Representative to the United Nations Fu Cong on Wednesday called for an immediate ceasefire.',
    facts: [
      'HOLDS_OFFICE|Fu Cong|Permanent Representative of China to the United Nations',
      'OFFICE_OF|Permanent Representative of China to the United Nations|China',
    ],
    absent: ['OFFICE_OF|Permanent Representative of China to the United Nations|United Nations'],
  },
  {
    id: 'amb.us-ambassador-to-nato',
    source: 'U.S. Mission to NATO',
    text: 'U.S. Ambassador to NATO Matthew Whitaker joined Allied ambassadors at the North Atlantic Council on Wednesday.',
    facts: [
      'HOLDS_OFFICE|Matthew Whitaker|Ambassador of the United States to NATO',
      'OFFICE_OF|Ambassador of the United States to NATO|United States',
    ],
    absent: ['OFFICE_OF|Ambassador of the United States to NATO|NATO'],
  },
  {
    id: 'amb.high-commissioner-of-to',
    source: 'High Commission of India, London',
    text: 'High Commissioner of India to the United Kingdom, Vikram Doraiswami, called on the Minister of State for the Indo-Pacific, Catherine West, at the Foreign Office.',
    facts: [
      'HOLDS_OFFICE|Vikram Doraiswami|High Commissioner of India to the United Kingdom',
      'OFFICE_OF|High Commissioner of India to the United Kingdom|India',
      'HOLDS_OFFICE|Catherine West|Minister of State for the Indo-Pacific of the United Kingdom',
      'OFFICE_OF|Minister of State for the Indo-Pacific of the United Kingdom|United Kingdom',
    ],
    absent: ['OFFICE_OF|High Commissioner of India to the United Kingdom|United Kingdom'],
  },
  {
    id: 'amb.eu-ambassador-to-state',
    source: 'Delegation of the European Union to China',
    text: 'EU Ambassador to China Jorge Toledo presented the Union’s position at a seminar at Tsinghua University.',
    facts: [
      'HOLDS_OFFICE|Jorge Toledo|Ambassador of the European Union to China',
      'OFFICE_OF|Ambassador of the European Union to China|European Union',
    ],
    absent: ['OFFICE_OF|Ambassador of the European Union to China|China'],
  },
  {
    id: 'amb.extraordinary-plenipotentiary',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text: 'Deputy Foreign Minister Andrey Rudenko received Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Russian Federation Lee Do-hoon at his request.',
    facts: [
      'HOLDS_OFFICE|Andrey Rudenko|Deputy Foreign Minister of Russia',
      'OFFICE_OF|Deputy Foreign Minister of Russia|Russia',
      'HOLDS_OFFICE|Lee Do-hoon|Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Russian Federation',
      'OFFICE_OF|Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Russian Federation|South Korea',
    ],
    absent: [
      'OFFICE_OF|Ambassador Extraordinary and Plenipotentiary of the Republic of Korea to the Russian Federation|Russia',
    ],
  },
  {
    id: 'amb.ambassador-lowercase-apposition',
    source: 'Reuters',
    text: 'Yechiel Leiter, Israel’s ambassador to the United States, said the talks in Washington had been constructive.',
    facts: [
      'HOLDS_OFFICE|Yechiel Leiter|Ambassador of Israel to the United States',
      'OFFICE_OF|Ambassador of Israel to the United States|Israel',
    ],
    absent: ['OFFICE_OF|Ambassador of Israel to the United States|United States'],
  },
  // Offices of organisations.
  {
    id: 'org.au-commission-chairperson-prefix',
    source: 'African Union Commission',
    text: 'The Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf, received the Minister of Foreign Affairs of the Republic of Senegal, H.E. Cheikh Niang, in Addis Ababa.',
    facts: [
      'HOLDS_OFFICE|Mahmoud Ali Youssouf|Chairperson of the African Union Commission',
      'OFFICE_OF|Chairperson of the African Union Commission|African Union Commission',
      'HOLDS_OFFICE|Cheikh Niang|Minister of Foreign Affairs of the Republic of Senegal',
      'OFFICE_OF|Minister of Foreign Affairs of the Republic of Senegal|Senegal',
    ],
    absent: ['OFFICE_OF|Minister of Foreign Affairs of the Republic of Senegal|Ethiopia'],
  },
  {
    id: 'org.osce-chair-in-office-double',
    source: 'OSCE',
    text: 'The OSCE Chairperson-in-Office, Finland’s Minister for Foreign Affairs Elina Valtonen, visited Chisinau on Monday.',
    facts: [
      'HOLDS_OFFICE|Elina Valtonen|Chairperson-in-Office of the OSCE',
      'OFFICE_OF|Chairperson-in-Office of the OSCE|OSCE',
      'HOLDS_OFFICE|Elina Valtonen|Minister for Foreign Affairs of Finland',
      'OFFICE_OF|Minister for Foreign Affairs of Finland|Finland',
    ],
    absent: ['OFFICE_OF|Minister for Foreign Affairs of Finland|Moldova'],
  },
  {
    id: 'org.nato-deputy-secretary-general',
    source: 'NATO',
    text: 'NATO Deputy Secretary General Radmila Shekerinska welcomed the Minister of Defence of Montenegro, Dragan Krapović, to NATO Headquarters.',
    facts: [
      'HOLDS_OFFICE|Radmila Shekerinska|Deputy Secretary General of NATO',
      'OFFICE_OF|Deputy Secretary General of NATO|NATO',
      'HOLDS_OFFICE|Dragan Krapović|Minister of Defence of Montenegro',
      'OFFICE_OF|Minister of Defence of Montenegro|Montenegro',
    ],
    absent: ['OFFICE_OF|Minister of Defence of Montenegro|NATO'],
  },
  {
    id: 'org.eu-council-president-and-hrvp',
    source: 'European Council',
    text: 'The President of the European Council, António Costa, and High Representative/Vice-President Kaja Kallas met President Volodymyr Zelenskyy in Kyiv.',
    facts: [
      'HOLDS_OFFICE|António Costa|President of the European Council',
      'OFFICE_OF|President of the European Council|European Council',
      'HOLDS_OFFICE|Kaja Kallas|High Representative',
      'OFFICE_OF|High Representative|European Union',
      'HOLDS_OFFICE|Volodymyr Zelenskyy|President of Ukraine',
    ],
    absent: ['HOLDS_OFFICE|Volodymyr Zelenskyy|President of the European Council'],
  },
  {
    id: 'org.iaea-director-general-after-name',
    source: 'International Atomic Energy Agency',
    text: 'Rafael Mariano Grossi, Director General of the International Atomic Energy Agency, met Iran’s Foreign Minister Abbas Araghchi in Tehran.',
    facts: [
      'HOLDS_OFFICE|Rafael Mariano Grossi|Director General of the International Atomic Energy Agency',
      'OFFICE_OF|Director General of the International Atomic Energy Agency|International Atomic Energy Agency',
      'HOLDS_OFFICE|Abbas Araghchi|Foreign Minister of Iran',
    ],
    absent: ['OFFICE_OF|Director General of the International Atomic Energy Agency|Iran'],
  },
  {
    id: 'org.wto-director-general-prefix',
    source: 'World Trade Organization',
    text: 'WTO Director-General Ngozi Okonjo-Iweala met the Minister of Trade of Cameroon, Luc Magloire Mbarga Atangana, in Geneva.',
    facts: [
      'HOLDS_OFFICE|Ngozi Okonjo-Iweala|Director-General of the WTO',
      'OFFICE_OF|Director-General of the WTO|World Trade Organization',
      'HOLDS_OFFICE|Luc Magloire Mbarga Atangana|Minister of Trade of Cameroon',
    ],
    absent: ['OFFICE_OF|Director-General of the WTO|Cameroon'],
  },
  {
    id: 'org.un-high-commissioner-for-refugees',
    source: 'UNHCR',
    text: 'The United Nations High Commissioner for Refugees, Filippo Grandi, concluded a three-day visit to Chad, where he met Prime Minister Allamaye Halina.',
    facts: [
      'HOLDS_OFFICE|Filippo Grandi|United Nations High Commissioner for Refugees',
      'OFFICE_OF|United Nations High Commissioner for Refugees|United Nations',
      'HOLDS_OFFICE|Allamaye Halina|Prime Minister of Chad',
    ],
    absent: ['OFFICE_OF|United Nations High Commissioner for Refugees|Chad'],
  },
  {
    id: 'org.srsg-for-country',
    source: 'United Nations Support Mission in Libya',
    text: 'The Special Representative of the Secretary-General for Libya, Hanna Tetteh, briefed the Security Council on the work of the advisory committee.',
    facts: [
      'HOLDS_OFFICE|Hanna Tetteh|Special Representative of the Secretary-General for Libya',
      'OFFICE_OF|Special Representative of the Secretary-General for Libya|United Nations',
      'NEGOTIATES_FOR|Hanna Tetteh|United Nations',
    ],
    absent: [
      'OFFICE_OF|Special Representative of the Secretary-General for Libya|Libya',
      'NEGOTIATES_FOR|Hanna Tetteh|Libya',
    ],
  },
  {
    id: 'org.eusr-horn-of-africa',
    source: 'European External Action Service',
    text: 'EU Special Representative for the Horn of Africa Annette Weber held talks in Port Sudan with the Sudanese Foreign Minister, Ali Youssef.',
    facts: [
      'HOLDS_OFFICE|Annette Weber|Special Representative for the Horn of Africa of the European Union',
      'OFFICE_OF|Special Representative for the Horn of Africa of the European Union|European Union',
      'NEGOTIATES_FOR|Annette Weber|European Union',
      'HOLDS_OFFICE|Ali Youssef|Foreign Minister of Sudan',
    ],
    absent: ['NEGOTIATES_FOR|Annette Weber|Sudan', 'OFFICE_OF|Foreign Minister of Sudan|European Union'],
  },
  {
    id: 'org.commissioner-for-lowercase-of-eu',
    source: 'European Commission',
    text: 'Maroš Šefčovič, the Commissioner for Trade and Economic Security, held a video call with Commerce Secretary Howard Lutnick.',
    facts: [
      'HOLDS_OFFICE|Maroš Šefčovič|European Commissioner for Trade and Economic Security',
      'OFFICE_OF|European Commissioner for Trade and Economic Security|European Commission',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of the United States',
    ],
    absent: ['OFFICE_OF|Commerce Secretary of the United States|European Commission'],
  },
  {
    id: 'org.ecowas-commission-president',
    source: 'ECOWAS',
    text: 'The President of the ECOWAS Commission, Dr Omar Alieu Touray, led a mission to Bissau to meet President Umaro Sissoco Embaló.',
    facts: [
      'HOLDS_OFFICE|Omar Alieu Touray|President of the ECOWAS Commission',
      'HOLDS_OFFICE|Umaro Sissoco Embaló|President of Guinea-Bissau',
    ],
    absent: ['HOLDS_OFFICE|Umaro Sissoco Embaló|President of the ECOWAS Commission'],
  },
  // Royal, religious and military titles.
  {
    id: 'royal.king-of-state-after-name',
    source: 'Royal Hashemite Court',
    text: 'His Majesty King Abdullah II received at Al Husseiniya Palace on Tuesday the President of the Republic of Cyprus, Nikos Christodoulides.',
    facts: [
      'HOLDS_OFFICE|Abdullah II|King of Jordan',
      'OFFICE_OF|King of Jordan|Jordan',
      'HOLDS_OFFICE|Nikos Christodoulides|President of the Republic of Cyprus',
      'OFFICE_OF|President of the Republic of Cyprus|Cyprus',
    ],
    absent: ['OFFICE_OF|President of the Republic of Cyprus|Jordan'],
  },
  {
    id: 'royal.crown-prince-and-prime-minister',
    source: 'Saudi Press Agency',
    text: 'His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received at Al-Yamamah Palace the President of the French Republic, Emmanuel Macron.',
    facts: [
      'HOLDS_OFFICE|Mohammed bin Salman bin Abdulaziz Al Saud|Crown Prince of Saudi Arabia',
      'HOLDS_OFFICE|Mohammed bin Salman bin Abdulaziz Al Saud|Prime Minister of Saudi Arabia',
      'HOLDS_OFFICE|Emmanuel Macron|President of the French Republic',
      'OFFICE_OF|President of the French Republic|France',
    ],
    absent: ['OFFICE_OF|President of the French Republic|Saudi Arabia'],
  },
  {
    id: 'royal.amir-of-state-of-qatar',
    source: 'Amiri Diwan',
    text: 'His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar, held a phone call with His Majesty Sultan Haitham bin Tarik of the Sultanate of Oman.',
    facts: [
      'HOLDS_OFFICE|Tamim bin Hamad Al Thani|Amir of the State of Qatar',
      'OFFICE_OF|Amir of the State of Qatar|Qatar',
      'HOLDS_OFFICE|Haitham bin Tarik|Sultan of the Sultanate of Oman',
      'OFFICE_OF|Sultan of the Sultanate of Oman|Oman',
    ],
    absent: ['OFFICE_OF|Sultan of the Sultanate of Oman|Qatar'],
  },
  {
    id: 'royal.governor-general-of-realm',
    source: 'Office of the Governor-General of New Zealand',
    text: 'The Governor-General, Dame Cindy Kiro, hosted the King of Tonga, His Majesty King Tupou VI, at Government House in Wellington.',
    facts: [
      'HOLDS_OFFICE|Cindy Kiro|Governor-General of New Zealand',
      'OFFICE_OF|Governor-General of New Zealand|New Zealand',
      'HOLDS_OFFICE|Tupou VI|King of Tonga',
      'OFFICE_OF|King of Tonga|Tonga',
    ],
    absent: ['OFFICE_OF|King of Tonga|New Zealand'],
  },
  {
    id: 'rel.grand-imam-of-al-azhar',
    source: 'State Information Service, Egypt',
    text: 'The Grand Imam of Al-Azhar, Ahmed al-Tayeb, received the Prime Minister of Malaysia, Anwar Ibrahim, at the Al-Azhar headquarters in Cairo.',
    facts: [
      'HOLDS_OFFICE|Ahmed al-Tayeb|Grand Imam of Al-Azhar',
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Malaysia',
      'OFFICE_OF|Prime Minister of Malaysia|Malaysia',
    ],
    absent: ['OFFICE_OF|Prime Minister of Malaysia|Egypt', 'HOLDS_OFFICE|Ahmed al-Tayeb|Prime Minister of Malaysia'],
  },
  {
    id: 'rel.ecumenical-patriarch',
    source: 'Presidency of the Republic of Türkiye',
    text: 'President Recep Tayyip Erdoğan received Ecumenical Patriarch Bartholomew at the Dolmabahçe Working Office.',
    facts: ['HOLDS_OFFICE|Recep Tayyip Erdoğan|President of Türkiye', 'HOLDS_OFFICE|Bartholomew|Ecumenical Patriarch'],
    absent: ['HOLDS_OFFICE|Bartholomew|President of Türkiye'],
  },
  {
    id: 'mil.chairman-joint-chiefs',
    source: 'U.S. Department of Defense',
    text: 'Chairman of the Joint Chiefs of Staff Gen. Dan Caine met with the Chief of the Defence Staff of the United Kingdom, Adm. Sir Tony Radakin, at the Pentagon.',
    facts: [
      'HOLDS_OFFICE|Dan Caine|Chairman of the Joint Chiefs of Staff of the United States',
      'OFFICE_OF|Chairman of the Joint Chiefs of Staff of the United States|United States',
      'HOLDS_OFFICE|Tony Radakin|Chief of the Defence Staff of the United Kingdom',
      'OFFICE_OF|Chief of the Defence Staff of the United Kingdom|United Kingdom',
    ],
    absent: ['OFFICE_OF|Chief of the Defence Staff of the United Kingdom|United States'],
  },
  {
    id: 'mil.chief-of-defence-force-demonym',
    source: 'Australian Government Defence',
    text: 'The Australian Chief of the Defence Force, Admiral David Johnston, hosted his Philippine counterpart, General Romeo Brawner Jr., in Canberra.',
    facts: [
      'HOLDS_OFFICE|David Johnston|Chief of the Defence Force of Australia',
      'OFFICE_OF|Chief of the Defence Force of Australia|Australia',
    ],
    absent: ['HOLDS_OFFICE|Romeo Brawner Jr.|Chief of the Defence Force of Australia'],
  },
  {
    id: 'mil.commander-of-command',
    source: 'U.S. Indo-Pacific Command',
    text: 'Adm. Samuel Paparo, Commander of U.S. Indo-Pacific Command, met Japan’s Chief of Staff of the Joint Staff, Gen. Yoshida Yoshihide, in Tokyo.',
    facts: [
      'HOLDS_OFFICE|Samuel Paparo|Commander of U.S. Indo-Pacific Command',
      'OFFICE_OF|Commander of U.S. Indo-Pacific Command|United States',
      'HOLDS_OFFICE|Yoshihide Yoshida|Chief of Staff of the Joint Staff of Japan',
      'OFFICE_OF|Chief of Staff of the Joint Staff of Japan|Japan',
    ],
    absent: ['OFFICE_OF|Chief of Staff of the Joint Staff of Japan|United States'],
  },
  // Titles in other languages' English renderings.
  {
    id: 'lang.state-secretary-norway',
    source: 'Government.no',
    text: 'State Secretary Andreas Motzfeldt Kravik of the Norwegian Ministry of Foreign Affairs met the Colombian delegation in Oslo.',
    facts: [
      'HOLDS_OFFICE|Andreas Motzfeldt Kravik|State Secretary of Norway',
      'OFFICE_OF|State Secretary of Norway|Norway',
    ],
    absent: ['OFFICE_OF|State Secretary of Norway|Colombia'],
  },
  {
    id: 'lang.federal-councillor-head-of-fdfa',
    source: 'Swiss Federal Department of Foreign Affairs FDFA',
    text: 'Federal Councillor Ignazio Cassis, head of the Federal Department of Foreign Affairs, received the Foreign Minister of Lithuania, Kęstutis Budrys, in Bern.',
    facts: [
      'HOLDS_OFFICE|Ignazio Cassis|Federal Councillor of Switzerland',
      'OFFICE_OF|Federal Councillor of Switzerland|Switzerland',
      'HOLDS_OFFICE|Ignazio Cassis|Head of the Federal Department of Foreign Affairs',
      'HOLDS_OFFICE|Kęstutis Budrys|Foreign Minister of Lithuania',
      'OFFICE_OF|Foreign Minister of Lithuania|Lithuania',
    ],
    absent: ['OFFICE_OF|Foreign Minister of Lithuania|Switzerland'],
  },
  {
    id: 'lang.undersecretary-chile',
    source: 'Ministerio de Relaciones Exteriores de Chile',
    text: 'The Undersecretary of Foreign Affairs, Gloria de la Fuente, held political consultations in Santiago with the Vice Minister of Foreign Affairs of Peru, Félix Denegri.',
    facts: [
      'HOLDS_OFFICE|Gloria de la Fuente|Undersecretary of Foreign Affairs of Chile',
      'OFFICE_OF|Undersecretary of Foreign Affairs of Chile|Chile',
      'HOLDS_OFFICE|Félix Denegri|Vice Minister of Foreign Affairs of Peru',
      'OFFICE_OF|Vice Minister of Foreign Affairs of Peru|Peru',
    ],
    absent: ['OFFICE_OF|Vice Minister of Foreign Affairs of Peru|Chile'],
  },
  {
    id: 'lang.federal-chancellor-bundesregierung',
    source: 'Bundesregierung',
    text: 'Federal Chancellor Friedrich Merz spoke by telephone today with the President of Ukraine, Volodymyr Zelensky, and with the Prime Minister of Poland, Donald Tusk.',
    facts: [
      'HOLDS_OFFICE|Friedrich Merz|Federal Chancellor of Germany',
      'OFFICE_OF|Federal Chancellor of Germany|Germany',
      'HOLDS_OFFICE|Volodymyr Zelensky|President of Ukraine',
      'HOLDS_OFFICE|Donald Tusk|Prime Minister of Poland',
    ],
    absent: ['OFFICE_OF|Prime Minister of Poland|Germany'],
  },
  {
    id: 'lang.taoiseach-and-tanaiste',
    source: 'Department of the Taoiseach',
    text: 'The Taoiseach, Micheál Martin, and the Tánaiste and Minister for Foreign Affairs and Trade, Simon Harris, met the First Minister of Scotland, John Swinney, in Dublin.',
    facts: [
      'HOLDS_OFFICE|Micheál Martin|Taoiseach',
      'HOLDS_OFFICE|Simon Harris|Minister for Foreign Affairs and Trade of Ireland',
      'OFFICE_OF|Minister for Foreign Affairs and Trade of Ireland|Ireland',
    ],
    absent: ['OFFICE_OF|Minister for Foreign Affairs and Trade of Ireland|United Kingdom'],
  },
  {
    id: 'lang.president-of-swiss-confederation',
    source: 'admin.ch',
    text: 'The President of the Swiss Confederation, Karin Keller-Sutter, received the Prime Minister of the Netherlands, Dick Schoof, in Bern.',
    facts: [
      'HOLDS_OFFICE|Karin Keller-Sutter|President of the Swiss Confederation',
      'OFFICE_OF|President of the Swiss Confederation|Switzerland',
      'HOLDS_OFFICE|Dick Schoof|Prime Minister of the Netherlands',
      'OFFICE_OF|Prime Minister of the Netherlands|Netherlands',
    ],
    absent: ['OFFICE_OF|Prime Minister of the Netherlands|Switzerland'],
  },
  {
    id: 'lang.chief-cabinet-secretary',
    source: 'Prime Minister’s Office of Japan',
    text: 'Chief Cabinet Secretary HAYASHI Yoshimasa told reporters that the Government would convey its position through diplomatic channels.',
    facts: [
      'HOLDS_OFFICE|Yoshimasa Hayashi|Chief Cabinet Secretary of Japan',
      'OFFICE_OF|Chief Cabinet Secretary of Japan|Japan',
    ],
  },
  {
    id: 'lang.vice-premier-state-council',
    source: 'Xinhua',
    text: 'GENEVA, May 11 (Xinhua) -- Chinese Vice Premier He Lifeng, the Chinese lead person for China-U.S. economic and trade affairs, held talks with U.S. Treasury Secretary Scott Bessent.',
    facts: [
      'HOLDS_OFFICE|He Lifeng|Vice Premier of China',
      'OFFICE_OF|Vice Premier of China|China',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of the United States',
      'OFFICE_OF|Treasury Secretary of the United States|United States',
    ],
    absent: ['OFFICE_OF|Treasury Secretary of the United States|China'],
  },
  {
    id: 'lang.chairman-cabinet-of-ministers',
    source: 'Akorda',
    text: 'Head of State Kassym-Jomart Tokayev received the Chairman of the Cabinet of Ministers of Uzbekistan, Abdulla Aripov, at the Akorda.',
    facts: [
      'HOLDS_OFFICE|Abdulla Aripov|Chairman of the Cabinet of Ministers of Uzbekistan',
      'OFFICE_OF|Chairman of the Cabinet of Ministers of Uzbekistan|Uzbekistan',
    ],
    absent: ['OFFICE_OF|Chairman of the Cabinet of Ministers of Uzbekistan|Kazakhstan'],
  },
  // Past offices (GUIDE: past offices count too).
  {
    id: 'past.former-president-demonym',
    source: 'African Union Commission',
    text: 'Former South African President Thabo Mbeki, who chairs the African Union High-Level Implementation Panel, briefed the Peace and Security Council.',
    facts: ['HOLDS_OFFICE|Thabo Mbeki|President of South Africa', 'OFFICE_OF|President of South Africa|South Africa'],
    absent: ['HOLDS_OFFICE|Thabo Mbeki|President of the African Union'],
  },
  {
    id: 'past.the-then-prime-minister',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'The Joint Declaration was signed in 1998 by the then Prime Minister OBUCHI Keizo and President Kim Dae-jung of the Republic of Korea.',
    facts: [
      'HOLDS_OFFICE|Keizo Obuchi|Prime Minister of Japan',
      'HOLDS_OFFICE|Kim Dae-jung|President of the Republic of Korea',
      'OFFICE_OF|President of the Republic of Korea|South Korea',
    ],
    absent: ['HOLDS_OFFICE|Kim Dae-jung|Prime Minister of Japan'],
  },
  // NEGOTIATES_FOR from "on behalf of", negotiating delegations, envoys.
  {
    id: 'nf.signed-on-behalf-of-government',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'The agreement was signed by Deputy Minister of Foreign Affairs Do Hung Viet on behalf of the Government of Viet Nam and by Ambassador Iain Frew on behalf of the Government of the United Kingdom.',
    facts: [
      'HOLDS_OFFICE|Do Hung Viet|Deputy Minister of Foreign Affairs of Viet Nam',
      'NEGOTIATES_FOR|Do Hung Viet|Vietnam',
      'NEGOTIATES_FOR|Iain Frew|United Kingdom',
    ],
    absent: ['NEGOTIATES_FOR|Do Hung Viet|United Kingdom', 'NEGOTIATES_FOR|Iain Frew|Vietnam'],
  },
  {
    id: 'nf.on-behalf-of-president-person',
    source: 'Presidency of the Republic of Cyprus',
    text: 'Government Spokesman Konstantinos Letymbiotis delivered a message on behalf of President Nikos Christodoulides to the leaders gathered in Nicosia.',
    facts: [
      'HOLDS_OFFICE|Nikos Christodoulides|President of Cyprus',
      'HOLDS_OFFICE|Konstantinos Letymbiotis|Government Spokesman of Cyprus',
    ],
    absent: ['NEGOTIATES_FOR|Konstantinos Letymbiotis|*'],
  },
  {
    id: 'nf.delegation-headed-at-talks-two-sides',
    source: 'Oman News Agency',
    text: 'The Iranian delegation at the indirect talks in Muscat was headed by Foreign Minister Abbas Araghchi, and the American delegation by Special Envoy for the Middle East Steve Witkoff.',
    facts: [
      'NEGOTIATES_FOR|Abbas Araghchi|Iran',
      'NEGOTIATES_FOR|Steve Witkoff|United States',
      'HOLDS_OFFICE|Abbas Araghchi|Foreign Minister of Iran',
      'HOLDS_OFFICE|Steve Witkoff|Special Envoy for the Middle East of the United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Abbas Araghchi|United States',
      'NEGOTIATES_FOR|Steve Witkoff|Iran',
      'NEGOTIATES_FOR|*|Oman',
    ],
  },
  {
    id: 'nf.presidents-envoy-person',
    source: 'The White House',
    text: 'President Trump’s Special Envoy Steve Witkoff traveled to Moscow, where he met President Vladimir Putin for three hours.',
    facts: ['NEGOTIATES_FOR|Steve Witkoff|Donald Trump', 'HOLDS_OFFICE|Vladimir Putin|President of Russia'],
    absent: [
      'NEGOTIATES_FOR|Steve Witkoff|Vladimir Putin',
      'HOLDS_OFFICE|Vladimir Putin|President of the United States',
    ],
  },
  {
    id: 'nf.deputy-minister-led-delegation-negotiating-round',
    source: 'Ministry of Foreign Affairs of the Russian Federation',
    text: 'The Russian delegation at the consultations in Istanbul on the work of the embassies was led by Deputy Foreign Minister Alexander Darchiev, the American delegation by Deputy Assistant Secretary of State Sonata Coulter.',
    facts: [
      'NEGOTIATES_FOR|Alexander Darchiev|Russia',
      'NEGOTIATES_FOR|Sonata Coulter|United States',
      'HOLDS_OFFICE|Alexander Darchiev|Deputy Foreign Minister of Russia',
      'HOLDS_OFFICE|Sonata Coulter|Deputy Assistant Secretary of State of the United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Alexander Darchiev|United States',
      'HOLDS_OFFICE|Sonata Coulter|Deputy Foreign Minister of Russia',
    ],
  },
  {
    id: 'nf.chief-negotiator-of-state',
    source: 'Government of the United Kingdom',
    text: 'The UK’s chief trade negotiator, Harjinder Kang, will lead the British team at the next round of free trade talks with the Gulf Cooperation Council in Riyadh.',
    facts: ['NEGOTIATES_FOR|Harjinder Kang|United Kingdom'],
    absent: ['NEGOTIATES_FOR|Harjinder Kang|Gulf Cooperation Council', 'NEGOTIATES_FOR|Harjinder Kang|Saudi Arabia'],
  },
  {
    id: 'nf.au-commissioner-signed-on-behalf',
    source: 'African Union Commission',
    text: 'The memorandum of understanding was signed on behalf of the African Union by Commissioner for Political Affairs, Peace and Security Bankole Adeoye.',
    facts: [
      'NEGOTIATES_FOR|Bankole Adeoye|African Union',
      'HOLDS_OFFICE|Bankole Adeoye|Commissioner for Political Affairs, Peace and Security of the African Union',
    ],
  },
  {
    id: 'nf.envoy-of-prime-minister-lowercase',
    source: 'Press Information Bureau, India',
    text: 'Former Foreign Secretary Vijay Gokhale, the Prime Minister’s special envoy, delivered a letter from Prime Minister Modi to the President of Sri Lanka.',
    facts: [
      'NEGOTIATES_FOR|Vijay Gokhale|Narendra Modi',
      'HOLDS_OFFICE|Vijay Gokhale|Foreign Secretary of India',
      'HOLDS_OFFICE|Narendra Modi|Prime Minister of India',
    ],
    absent: [
      'NEGOTIATES_FOR|Vijay Gokhale|Sri Lanka',
      'HOLDS_OFFICE|Vijay Gokhale|Foreign Secretary of the United Kingdom',
    ],
  },
  {
    id: 'nf.leader-heads-summit-delegation-negative',
    source: 'Presidency of the Republic of Ghana',
    text: 'President John Dramani Mahama led the Ghanaian delegation to the Summit of the African Union in Addis Ababa, accompanied by the Minister for Foreign Affairs, Samuel Okudzeto Ablakwa.',
    facts: [
      'HOLDS_OFFICE|John Dramani Mahama|President of Ghana',
      'HOLDS_OFFICE|Samuel Okudzeto Ablakwa|Minister for Foreign Affairs of Ghana',
      'OFFICE_OF|Minister for Foreign Affairs of Ghana|Ghana',
    ],
    absent: ['NEGOTIATES_FOR|John Dramani Mahama|*', 'NEGOTIATES_FOR|Samuel Okudzeto Ablakwa|*'],
  },
  {
    id: 'nf.signature-without-behalf-negative',
    source: 'Ministry of Foreign Affairs of Singapore',
    text: 'Minister for Foreign Affairs Dr Vivian Balakrishnan and Minister of Foreign Affairs of Laos Thongsavanh Phomvihane signed the agreement on visa exemption.',
    facts: [
      'HOLDS_OFFICE|Vivian Balakrishnan|Minister for Foreign Affairs of Singapore',
      'HOLDS_OFFICE|Thongsavanh Phomvihane|Minister of Foreign Affairs of Laos',
      'OFFICE_OF|Minister of Foreign Affairs of Laos|Laos',
    ],
    absent: ['NEGOTIATES_FOR|*|*', 'OFFICE_OF|Minister of Foreign Affairs of Laos|Singapore'],
  },
  // Negatives: generic and plural titles, ministries as bodies, posts not filled.
  {
    id: 'neg.ministry-as-body',
    source: 'Ministry of Foreign Affairs of Viet Nam',
    text: 'The Ministry of Foreign Affairs of Viet Nam and the Ministry of Foreign Affairs of Cambodia agreed to hold the next round of consultations in Phnom Penh.',
    facts: [],
    absent: ['Office|*', 'HOLDS_OFFICE|*|*'],
  },
  {
    id: 'neg.generic-plural-ministers',
    source: 'Nordic Council of Ministers',
    text: 'The foreign ministers of the Nordic countries will meet again in the autumn; each minister will report on the consultations held with partners.',
    facts: [],
    absent: ['HOLDS_OFFICE|*|*', 'Office|*'],
  },
  {
    id: 'neg.post-not-filled',
    source: 'United Nations',
    text: 'The Secretary-General intends to appoint a new Special Envoy for the Great Lakes Region in the coming weeks; until then the office will be run by the deputy.',
    facts: [],
    absent: [
      'HOLDS_OFFICE|*|Special Envoy for the Great Lakes Region',
      'Office|Special Envoy for the Great Lakes Region',
    ],
  },
  {
    id: 'neg.title-as-adjective-level',
    source: 'Ministry of Foreign Affairs of Japan',
    text: 'The two sides agreed to hold the Japan-Australia Foreign and Defence Ministerial Consultations and a Vice-Ministerial Strategic Dialogue next year.',
    facts: [],
    absent: ['HOLDS_OFFICE|*|*', 'Office|*'],
  },
  {
    id: 'neg.office-of-spokesperson-body',
    source: 'U.S. Department of State',
    text: 'The Office of the Spokesperson released the following statement on the elections in Moldova.',
    facts: [],
    absent: ['HOLDS_OFFICE|*|*'],
  },
  {
    id: 'neg.counterpart-no-title-transfer',
    source: 'Ministry of Foreign Affairs of Singapore',
    text: 'Minister for Foreign Affairs Dr Vivian Balakrishnan called on his counterpart, Mr Sugiono, in Jakarta.',
    facts: ['HOLDS_OFFICE|Vivian Balakrishnan|Minister for Foreign Affairs of Singapore'],
    absent: ['HOLDS_OFFICE|Sugiono|Minister for Foreign Affairs of Singapore'],
  },
];
