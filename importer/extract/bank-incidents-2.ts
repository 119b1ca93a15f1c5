// The second incidents paraphrase bank (issue 6, round inv25): a blind bank written before any rule change of the
// round, on who is a party to an incident, a dispute, a crisis, a war, a negotiation or a consultation: INVOLVES
// (Event → State or Organization, a party other than the participants) and the DISCUSSED link from the meeting that
// raised the event. Forms: parties told by an adjective ("the Sudanese conflict", "the Thai-Cambodian border
// dispute"), by "between X and Y" (states, capitals, a government and an armed group, "the two countries"), by a
// possessive actor and an "on"/"of" target ("Iran's attack on Israel", "Russia's full-scale invasion of Ukraine"), by
// the place alone (a city or province whose state is not named), by a later sentence, by an organisation as party
// ("the AU-led Luanda process", "the EU-facilitated dialogue", mediators and guarantors); events whose only stated
// parties are states ("the Director-General-level consultations between X and Y"); and negatives (the participants of
// a meeting are PARTICIPATED_IN, not INVOLVES; states merely named nearby; cooperation "between X and Y" and
// figurative crises are no events). Mostly 2–3 sentence fragments in house styles of issuers the first incidents bank
// did not use (Egypt, Algeria, Oman, Malaysia, Dominican Republic, Jordan, Georgia, Trinidad and Tobago, Ireland,
// Croatia, Cuba, Bahrain, Denmark, Estonia, Argentina, Iraq, Mongolia, Singapore, Turkmenistan, Tunisia, Azerbaijan,
// Austria, Kyrgyzstan, Burundi, Benin, Portugal, Djibouti, SADC, Malta, Italy, Czech Republic, Brunei, Armenia,
// Morocco, ASEAN, Lithuania, Andorra, Iceland, Slovakia, Chile), about real events in our own words. Same format and
// runner as the first incidents bank (`npm run bank -- incidents-2`): Events, DISCUSSED and INVOLVES are its facts.
// 45 cases: 6 adjective, 7 "between", 6 possessive actor, 7 place, 3 later sentence, 5 organisation, 5 state-only
// events, 6 negatives.
import { type BankCase, dis, E, inv, O, P, S } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['DISCUSSED', 'INVOLVES'];

const ADJECTIVE_PARTIES: BankCase[] = [
  {
    id: 'adj-the-sudanese-conflict',
    form: '"ways to end the Sudanese conflict" (state by adjective)',
    date: '2024-01-22',
    source: 'Ministry of Foreign Affairs of Egypt',
    text:
      'Foreign Minister Sameh Shoukry received Ramtane Lamamra, Personal Envoy of the UN Secretary-General for Sudan, in Cairo on 22 January 2024. ' +
      'The two sides discussed ways to end the Sudanese conflict and to ensure the delivery of humanitarian aid.',
    entities: [
      P('Sameh Shoukry', 'Foreign Minister Sameh Shoukry'),
      P('Ramtane Lamamra'),
      S('Egypt'),
      S('Sudan', 'Sudanese'),
      O('United Nations', 'UN'),
      E('Shoukry-Lamamra meeting in Cairo', ['received'], '2024-01-22'),
      E('Sudanese conflict', ['conflict']),
    ],
    relations: [...dis('Shoukry-Lamamra meeting in Cairo', 'Sudanese conflict'), ...inv('Sudanese conflict', 'Sudan')],
  },
  {
    id: 'adj-the-libyan-crisis-host-state-not-party',
    form: '"a Libyan-Libyan solution to the Libyan crisis" (state by adjective; the host state is no party)',
    date: '2024-02-13',
    source: 'Ministry of Foreign Affairs of Algeria',
    text:
      'Minister of Foreign Affairs Ahmed Attaf received the Special Representative of the Secretary-General for Libya, Abdoulaye Bathily, in Algiers on 13 February 2024. ' +
      "Mr. Attaf reaffirmed Algeria's support for a Libyan-Libyan solution to the Libyan crisis, free of all foreign interference.",
    entities: [
      P('Ahmed Attaf', 'Minister of Foreign Affairs Ahmed Attaf', 'Mr. Attaf'),
      P('Abdoulaye Bathily'),
      S('Algeria'),
      S('Libya', 'Libyan'),
      E('Attaf-Bathily meeting in Algiers', ['received'], '2024-02-13'),
      E('Libyan crisis', ['crisis']),
    ],
    relations: [...dis('Attaf-Bathily meeting in Algiers', 'Libyan crisis'), ...inv('Libyan crisis', 'Libya')],
  },
  {
    id: 'adj-the-yemeni-crisis-and-the-un-led-process',
    form: '"the Yemeni crisis and the UN-led peace process in Yemen" (adjective; organisation by "-led")',
    date: '2024-04-10',
    source: 'Ministry of Foreign Affairs of the Sultanate of Oman',
    text:
      'Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received Hans Grundberg, the UN Special Envoy for Yemen, in Muscat on 10 April 2024. ' +
      'They reviewed the efforts to resolve the Yemeni crisis and to advance the UN-led peace process in Yemen.',
    entities: [
      P('Badr bin Hamad Al Busaidi', 'Sayyid Badr bin Hamad Al Busaidi'),
      P('Hans Grundberg'),
      S('Oman'),
      S('Yemen', 'Yemeni'),
      O('United Nations', 'UN'),
      E('Al Busaidi-Grundberg meeting in Muscat', ['received'], '2024-04-10'),
      E('Yemeni crisis', ['crisis']),
      E('UN-led peace process in Yemen', ['peace process']),
    ],
    relations: [
      ...dis('Al Busaidi-Grundberg meeting in Muscat', 'Yemeni crisis', 'UN-led peace process in Yemen'),
      ...inv('Yemeni crisis', 'Yemen'),
      ...inv('UN-led peace process in Yemen', 'United Nations', 'Yemen'),
    ],
  },
  {
    id: 'adj-two-demonyms-border-dispute',
    form: '"the Thai-Cambodian border dispute" (two states by hyphenated adjectives)',
    date: '2025-06-20',
    source: 'Ministry of Foreign Affairs of Malaysia',
    text:
      "Dato' Seri Utama Haji Mohamad bin Haji Hasan, Minister of Foreign Affairs, held a telephone conversation with Maris Sangiampongsa, Minister of Foreign Affairs of Thailand, on 20 June 2025. " +
      'Both Ministers exchanged views on the Thai-Cambodian border dispute, and Malaysia, as ASEAN Chair, offered its good offices.',
    entities: [
      P('Mohamad bin Haji Hasan', "Dato' Seri Utama Haji Mohamad bin Haji Hasan"),
      P('Maris Sangiampongsa'),
      S('Malaysia'),
      S('Thailand', 'Thai'),
      S('Cambodia', 'Cambodian'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      E('Mohamad-Maris telephone conversation', ['telephone conversation'], '2025-06-20'),
      E('Thai-Cambodian border dispute', ['border dispute']),
    ],
    relations: [
      ...dis('Mohamad-Maris telephone conversation', 'Thai-Cambodian border dispute'),
      ...inv('Thai-Cambodian border dispute', 'Thailand', 'Cambodia'),
    ],
  },
  {
    id: 'adj-the-deepening-haitian-crisis',
    form: '"the deepening Haitian crisis" (adjective after a participle)',
    date: '2024-03-05',
    source: 'Ministry of Foreign Affairs of the Dominican Republic',
    text:
      'Foreign Minister Roberto Álvarez met the Secretary General of the Organization of American States, Luis Almagro, in Washington on 5 March 2024. ' +
      'They discussed the deepening Haitian crisis and its effects on the region.',
    entities: [
      P('Roberto Álvarez', 'Foreign Minister Roberto Álvarez'),
      P('Luis Almagro'),
      O('Organization of American States'),
      S('Dominican Republic'),
      S('Haiti', 'Haitian'),
      E('Álvarez-Almagro meeting in Washington', ['met'], '2024-03-05'),
      E('Haitian crisis', ['crisis']),
    ],
    relations: [...dis('Álvarez-Almagro meeting in Washington', 'Haitian crisis'), ...inv('Haitian crisis', 'Haiti')],
  },
  {
    id: 'adj-the-syrian-crisis-neighbours-not-parties',
    form: '"the Syrian crisis and its repercussions on both countries" (adjective; the meeting\'s states are no parties)',
    date: '2024-05-12',
    source: 'Ministry of Foreign Affairs and Expatriates of Jordan',
    text:
      'Deputy Prime Minister and Minister of Foreign Affairs Ayman Safadi received the Minister of Foreign Affairs of Iraq, Fuad Hussein, in Amman on 12 May 2024. ' +
      'The two ministers discussed the Syrian crisis and its repercussions on both countries.',
    entities: [
      P('Ayman Safadi', 'Minister of Foreign Affairs Ayman Safadi'),
      P('Fuad Hussein'),
      S('Jordan'),
      S('Iraq'),
      S('Syria', 'Syrian'),
      E('Safadi-Hussein meeting in Amman', ['received'], '2024-05-12'),
      E('Syrian crisis', ['crisis']),
    ],
    relations: [...dis('Safadi-Hussein meeting in Amman', 'Syrian crisis'), ...inv('Syrian crisis', 'Syria')],
  },
];

const BETWEEN_PARTIES: BankCase[] = [
  {
    id: 'between-peace-process-between-two-states',
    form: '"the peace process between Armenia and Azerbaijan"',
    date: '2024-02-08',
    source: 'Ministry of Foreign Affairs of Georgia',
    text:
      'Minister of Foreign Affairs Ilia Darchiashvili met the EU Special Representative for the South Caucasus, Toivo Klaar, in Tbilisi on 8 February 2024. ' +
      'The sides discussed the peace process between Armenia and Azerbaijan.',
    entities: [
      P('Ilia Darchiashvili', 'Minister of Foreign Affairs Ilia Darchiashvili'),
      P('Toivo Klaar'),
      S('Georgia'),
      S('Armenia'),
      S('Azerbaijan'),
      O('European Union', 'EU'),
      E('Darchiashvili-Klaar meeting in Tbilisi', ['met'], '2024-02-08'),
      E('peace process between Armenia and Azerbaijan', ['peace process']),
    ],
    relations: [
      ...dis('Darchiashvili-Klaar meeting in Tbilisi', 'peace process between Armenia and Azerbaijan'),
      ...inv('peace process between Armenia and Azerbaijan', 'Armenia', 'Azerbaijan'),
    ],
  },
  {
    id: 'between-border-controversy-caller-state-not-party',
    form: '"the border controversy between Guyana and Venezuela" (the visitor\'s state is no party)',
    date: '2023-12-18',
    source: 'Ministry of Foreign and CARICOM Affairs of Trinidad and Tobago',
    text:
      'Minister of Foreign and CARICOM Affairs Dr. Amery Browne received a courtesy call from the Ambassador of Brazil on 18 December 2023. ' +
      'They discussed the border controversy between Guyana and Venezuela over the Essequibo region.',
    entities: [
      P('Amery Browne', 'Minister of Foreign and CARICOM Affairs Dr. Amery Browne'),
      S('Trinidad and Tobago'),
      S('Brazil'),
      S('Guyana'),
      S('Venezuela'),
      E('courtesy call on Minister Browne by the Ambassador of Brazil', ['courtesy call'], '2023-12-18'),
      E('border controversy between Guyana and Venezuela', ['border controversy']),
    ],
    relations: [
      ...dis(
        'courtesy call on Minister Browne by the Ambassador of Brazil',
        'border controversy between Guyana and Venezuela',
      ),
      ...inv('border controversy between Guyana and Venezuela', 'Guyana', 'Venezuela'),
    ],
  },
  {
    id: 'between-war-between-a-state-and-a-group',
    form: '"the war between Israel and Hamas" (a state and an armed group)',
    date: '2023-11-02',
    source: 'Department of Foreign Affairs of Ireland',
    text:
      'The Tánaiste and Minister for Foreign Affairs, Micheál Martin, spoke with the Foreign Minister of Egypt, Sameh Shoukry, on 2 November 2023. ' +
      'They discussed the war between Israel and Hamas and the urgent need for humanitarian access to Gaza.',
    entities: [
      P('Micheál Martin', 'Minister for Foreign Affairs, Micheál Martin'),
      P('Sameh Shoukry'),
      S('Ireland'),
      S('Egypt'),
      S('Israel'),
      O('Hamas'),
      E('Martin-Shoukry call', ['spoke'], '2023-11-02'),
      E('war between Israel and Hamas', ['war']),
    ],
    relations: [
      ...dis('Martin-Shoukry call', 'war between Israel and Hamas'),
      ...inv('war between Israel and Hamas', 'Israel', 'Hamas'),
    ],
  },
  {
    id: 'between-capitals-eu-facilitated-dialogue',
    form: '"the EU-facilitated dialogue between Belgrade and Pristina" (capitals for states; organisation by "-facilitated")',
    date: '2024-03-04',
    source: 'Ministry of Foreign and European Affairs of Croatia',
    text:
      'Minister of Foreign and European Affairs Gordan Grlić Radman met the EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajčák, in Zagreb on 4 March 2024. ' +
      'They discussed the EU-facilitated dialogue between Belgrade and Pristina and the implementation of its commitments.',
    entities: [
      P('Gordan Grlić Radman', 'Minister of Foreign and European Affairs Gordan Grlić Radman'),
      P('Miroslav Lajčák'),
      S('Croatia'),
      S('Serbia', 'Belgrade'),
      S('Kosovo', 'Pristina'),
      O('European Union', 'EU'),
      E('Grlić Radman-Lajčák meeting in Zagreb', ['met'], '2024-03-04'),
      E('EU-facilitated dialogue between Belgrade and Pristina', ['Belgrade-Pristina Dialogue', 'dialogue']),
    ],
    relations: [
      ...dis('Grlić Radman-Lajčák meeting in Zagreb', 'EU-facilitated dialogue between Belgrade and Pristina'),
      ...inv('EU-facilitated dialogue between Belgrade and Pristina', 'European Union', 'Serbia', 'Kosovo'),
    ],
  },
  {
    id: 'between-government-and-group-with-guarantor',
    form: '"the peace talks between the Government of Colombia and the ELN, for which Cuba is a guarantor"',
    date: '2024-02-06',
    source: 'Ministry of Foreign Affairs of Cuba',
    text:
      'Foreign Minister Bruno Rodríguez Parrilla received the Foreign Minister of Colombia, Luis Gilberto Murillo, in Havana on 6 February 2024. ' +
      'They reviewed the peace talks between the Government of Colombia and the National Liberation Army (ELN), for which Cuba is a guarantor country.',
    entities: [
      P('Bruno Rodríguez Parrilla', 'Foreign Minister Bruno Rodríguez Parrilla'),
      P('Luis Gilberto Murillo'),
      S('Cuba'),
      S('Colombia', 'Government of Colombia'),
      O('National Liberation Army', 'ELN'),
      E('Rodríguez-Murillo meeting in Havana', ['received'], '2024-02-06'),
      E('peace talks between the Government of Colombia and the National Liberation Army', ['peace talks']),
    ],
    relations: [
      ...dis(
        'Rodríguez-Murillo meeting in Havana',
        'peace talks between the Government of Colombia and the National Liberation Army',
      ),
      ...inv(
        'peace talks between the Government of Colombia and the National Liberation Army',
        'Colombia',
        'National Liberation Army',
        'Cuba',
      ),
    ],
  },
  {
    id: 'between-ceasefire-negotiations-mediated-by',
    form: '"the ceasefire negotiations between Israel and Hamas, mediated by Qatar, Egypt and the United States"',
    date: '2024-05-14',
    source: 'Ministry of Foreign Affairs of the Kingdom of Bahrain',
    text:
      'Foreign Minister Dr. Abdullatif bin Rashid Al Zayani held a telephone call with Sheikh Mohammed bin Abdulrahman Al Thani, Prime Minister and Minister of Foreign Affairs of Qatar, on 14 May 2024. ' +
      'They discussed the ceasefire negotiations between Israel and Hamas, mediated by Qatar, Egypt and the United States.',
    entities: [
      P('Abdullatif bin Rashid Al Zayani', 'Foreign Minister Dr. Abdullatif bin Rashid Al Zayani'),
      P('Mohammed bin Abdulrahman Al Thani', 'Sheikh Mohammed bin Abdulrahman Al Thani'),
      S('Bahrain'),
      S('Qatar'),
      S('Egypt'),
      S('United States'),
      S('Israel'),
      O('Hamas'),
      E('Al Zayani-Al Thani telephone call', ['telephone call'], '2024-05-14'),
      E('ceasefire negotiations between Israel and Hamas', ['ceasefire negotiations']),
    ],
    relations: [
      ...dis('Al Zayani-Al Thani telephone call', 'ceasefire negotiations between Israel and Hamas'),
      ...inv('ceasefire negotiations between Israel and Hamas', 'Israel', 'Hamas', 'Qatar', 'Egypt', 'United States'),
    ],
  },
  {
    id: 'between-the-two-countries-joint-commission-session',
    form: '"the next session of the Joint Commission between the two countries" (the readout\'s two states)',
    date: '2024-07-03',
    source: 'Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates',
    text:
      'Minister of Foreign Affairs Nasser Bourita held talks in Rabat on 3 July 2024 with the Minister of Foreign Affairs of Senegal, Yassine Fall. ' +
      'The two Ministers agreed to prepare the next session of the Joint Commission between the two countries.',
    entities: [
      P('Nasser Bourita', 'Minister of Foreign Affairs Nasser Bourita'),
      P('Yassine Fall'),
      S('Morocco'),
      S('Senegal'),
      E('Bourita-Fall talks in Rabat', ['talks'], '2024-07-03'),
      E('next session of the Joint Commission between the two countries', ['next session of the Joint Commission']),
    ],
    relations: [
      ...dis('Bourita-Fall talks in Rabat', 'next session of the Joint Commission between the two countries'),
      ...inv('next session of the Joint Commission between the two countries', 'Morocco', 'Senegal'),
    ],
  },
];

const POSSESSIVE_ACTORS: BankCase[] = [
  {
    id: 'poss-state-attack-on-state',
    form: '"condemned Iran\'s attack on Israel" (possessive actor, target after "on")',
    date: '2024-04-14',
    source: 'Ministry of Foreign Affairs of Denmark',
    text:
      'Minister for Foreign Affairs Lars Løkke Rasmussen spoke with the Foreign Minister of Israel, Israel Katz, on 14 April 2024. ' +
      "The Minister condemned Iran's attack on Israel overnight and called on all parties to show restraint.",
    entities: [
      P('Lars Løkke Rasmussen', 'Minister for Foreign Affairs Lars Løkke Rasmussen'),
      P('Israel Katz'),
      S('Denmark'),
      S('Israel'),
      S('Iran'),
      E('Løkke Rasmussen-Katz call', ['spoke'], '2024-04-14'),
      E("Iran's attack on Israel", ['attack']),
    ],
    relations: [
      ...dis('Løkke Rasmussen-Katz call', "Iran's attack on Israel"),
      ...inv("Iran's attack on Israel", 'Iran', 'Israel'),
    ],
  },
  {
    id: 'poss-full-scale-invasion-of-state',
    form: '"Russia\'s full-scale invasion of Ukraine" (possessive actor, target after "of")',
    date: '2024-02-27',
    source: 'Ministry of Foreign Affairs of Estonia',
    text:
      'Foreign Minister Margus Tsahkna met the Deputy Prime Minister and Minister of Foreign Affairs of Moldova, Mihai Popșoi, in Tallinn on 27 February 2024. ' +
      "The ministers discussed the consequences of Russia's full-scale invasion of Ukraine for European security.",
    entities: [
      P('Margus Tsahkna', 'Foreign Minister Margus Tsahkna'),
      P('Mihai Popșoi'),
      S('Estonia'),
      S('Moldova'),
      S('Russia'),
      S('Ukraine'),
      E('Tsahkna-Popșoi meeting in Tallinn', ['met'], '2024-02-27'),
      E("Russia's full-scale invasion of Ukraine", ['full-scale invasion']),
    ],
    relations: [
      ...dis('Tsahkna-Popșoi meeting in Tallinn', "Russia's full-scale invasion of Ukraine"),
      ...inv("Russia's full-scale invasion of Ukraine", 'Russia', 'Ukraine'),
    ],
  },
  {
    id: 'poss-raid-on-demonym-embassy-in-capital',
    form: '"Ecuador\'s raid on the Mexican Embassy in Quito" (possessive actor, target by demonym)',
    date: '2024-04-09',
    source: 'Ministerio de Relaciones Exteriores de Chile',
    text:
      'Foreign Minister Alberto van Klaveren spoke by telephone with the Foreign Minister of Uruguay, Omar Paganini, on 9 April 2024. ' +
      "Both ministers rejected Ecuador's raid on the Mexican Embassy in Quito as a violation of the Vienna Convention.",
    entities: [
      P('Alberto van Klaveren', 'Foreign Minister Alberto van Klaveren'),
      P('Omar Paganini'),
      S('Chile'),
      S('Uruguay'),
      S('Ecuador'),
      S('Mexico', 'Mexican'),
      E('van Klaveren-Paganini telephone call', ['spoke by telephone'], '2024-04-09'),
      E("Ecuador's raid on the Mexican Embassy in Quito", ['raid']),
    ],
    relations: [
      ...dis('van Klaveren-Paganini telephone call', "Ecuador's raid on the Mexican Embassy in Quito"),
      ...inv("Ecuador's raid on the Mexican Embassy in Quito", 'Ecuador', 'Mexico'),
    ],
  },
  {
    id: 'poss-demonym-strike-on-demonym-consulate-in-capital',
    form: '"the Israeli strike on the Iranian consulate in Damascus" (actor and target by demonym, a capital\'s state)',
    date: '2024-04-02',
    source: 'Ministry of Foreign Affairs of Iraq',
    text:
      'Deputy Prime Minister and Minister of Foreign Affairs Fuad Hussein received the Ambassador of Iran in Baghdad on 2 April 2024. ' +
      'The Minister condemned the Israeli strike on the Iranian consulate in Damascus.',
    entities: [
      P('Fuad Hussein', 'Minister of Foreign Affairs Fuad Hussein'),
      S('Iraq'),
      S('Iran', 'Iranian'),
      S('Israel', 'Israeli'),
      S('Syria', 'Damascus'),
      E('Hussein meeting with the Ambassador of Iran in Baghdad', ['received'], '2024-04-02'),
      E('Israeli strike on the Iranian consulate in Damascus', ['strike']),
    ],
    relations: [
      ...dis(
        'Hussein meeting with the Ambassador of Iran in Baghdad',
        'Israeli strike on the Iranian consulate in Damascus',
      ),
      ...inv('Israeli strike on the Iranian consulate in Damascus', 'Israel', 'Iran', 'Syria'),
    ],
  },
  {
    id: 'poss-state-launch-of-satellite',
    form: '"North Korea\'s launch of a military reconnaissance satellite" (possessive actor of a launch)',
    date: '2023-11-24',
    source: 'Ministry of Foreign Affairs of Mongolia',
    text:
      'Minister for Foreign Affairs Batmunkh Battsetseg met the Ambassador of the Republic of Korea, Lee Yeo-jeong, in Ulaanbaatar on 24 November 2023. ' +
      "The sides exchanged views on North Korea's launch of a military reconnaissance satellite on 21 November.",
    entities: [
      P('Batmunkh Battsetseg', 'Minister for Foreign Affairs Batmunkh Battsetseg'),
      P('Lee Yeo-jeong'),
      S('Mongolia'),
      S('South Korea', 'Republic of Korea'),
      S('North Korea'),
      E('Battsetseg meeting with the Ambassador of the Republic of Korea', ['met'], '2023-11-24'),
      E("North Korea's launch of a military reconnaissance satellite", ['launch']),
    ],
    relations: [
      ...dis(
        'Battsetseg meeting with the Ambassador of the Republic of Korea',
        "North Korea's launch of a military reconnaissance satellite",
      ),
      ...inv("North Korea's launch of a military reconnaissance satellite", 'North Korea'),
    ],
  },
  {
    id: 'poss-group-attacks-on-shipping',
    form: '"the Houthis\' attacks on commercial shipping in the Red Sea" (an armed group as possessive actor)',
    date: '2024-01-15',
    source: 'Ministry of Foreign Affairs of Singapore',
    text:
      'Minister for Foreign Affairs Dr Vivian Balakrishnan spoke with the Foreign Minister of Egypt, Sameh Shoukry, on 15 January 2024. ' +
      "They discussed the Houthis' attacks on commercial shipping in the Red Sea and their impact on global supply chains.",
    entities: [
      P('Vivian Balakrishnan', 'Minister for Foreign Affairs Dr Vivian Balakrishnan'),
      P('Sameh Shoukry'),
      S('Singapore'),
      S('Egypt'),
      O('Houthis'),
      E('Balakrishnan-Shoukry call', ['spoke'], '2024-01-15'),
      E("Houthis' attacks on commercial shipping in the Red Sea", ['attacks on commercial shipping']),
    ],
    relations: [
      ...dis('Balakrishnan-Shoukry call', "Houthis' attacks on commercial shipping in the Red Sea"),
      ...inv("Houthis' attacks on commercial shipping in the Red Sea", 'Houthis'),
    ],
  },
];

const PLACE_PARTIES: BankCase[] = [
  {
    id: 'place-earthquakes-in-province',
    form: '"the earthquakes in Herat province" (a province\'s state, not named)',
    date: '2023-10-10',
    source: 'Ministry of Foreign Affairs of Turkmenistan',
    text:
      'Minister of Foreign Affairs Rashid Meredov received the Special Representative of the Secretary-General for Afghanistan, Roza Otunbayeva, in Ashgabat on 10 October 2023. ' +
      'Mr. Meredov expressed condolences over the earthquakes in Herat province and announced humanitarian assistance.',
    entities: [
      P('Rashid Meredov', 'Minister of Foreign Affairs Rashid Meredov'),
      P('Roza Otunbayeva'),
      S('Turkmenistan'),
      S('Afghanistan'),
      E('Meredov-Otunbayeva meeting in Ashgabat', ['received'], '2023-10-10'),
      E('earthquakes in Herat province', ['earthquakes']),
    ],
    relations: [
      ...dis('Meredov-Otunbayeva meeting in Ashgabat', 'earthquakes in Herat province'),
      ...inv('earthquakes in Herat province', 'Afghanistan'),
    ],
  },
  {
    id: 'place-floods-in-city',
    form: '"the devastating floods in Derna" (a city\'s state, not named)',
    date: '2023-09-14',
    source: 'Ministry of Foreign Affairs of Tunisia',
    text:
      'Minister of Foreign Affairs Nabil Ammar held a telephone conversation with his Algerian counterpart Ahmed Attaf on 14 September 2023. ' +
      'The two ministers discussed the devastating floods in Derna and the coordination of relief.',
    entities: [
      P('Nabil Ammar', 'Minister of Foreign Affairs Nabil Ammar'),
      P('Ahmed Attaf'),
      S('Tunisia'),
      S('Algeria', 'Algerian'),
      S('Libya'),
      E('Ammar-Attaf telephone conversation', ['telephone conversation'], '2023-09-14'),
      E('floods in Derna', ['floods']),
    ],
    relations: [...dis('Ammar-Attaf telephone conversation', 'floods in Derna'), ...inv('floods in Derna', 'Libya')],
  },
  {
    id: 'place-terrorist-attack-in-city',
    form: '"condolences over the terrorist attack in Kerman" (a city\'s state, the counterpart\'s)',
    date: '2024-01-04',
    source: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
    text:
      'Minister of Foreign Affairs Jeyhun Bayramov held a telephone conversation with the Minister of Foreign Affairs of Iran, Hossein Amir-Abdollahian, on 4 January 2024. ' +
      'Minister Bayramov expressed condolences over the terrorist attack in Kerman.',
    entities: [
      P('Jeyhun Bayramov', 'Minister of Foreign Affairs Jeyhun Bayramov'),
      P('Hossein Amir-Abdollahian'),
      S('Azerbaijan'),
      S('Iran'),
      E('Bayramov-Amir-Abdollahian telephone conversation', ['telephone conversation'], '2024-01-04'),
      E('terrorist attack in Kerman', ['terrorist attack']),
    ],
    relations: [
      ...dis('Bayramov-Amir-Abdollahian telephone conversation', 'terrorist attack in Kerman'),
      ...inv('terrorist attack in Kerman', 'Iran'),
    ],
  },
  {
    id: 'place-fighting-around-city',
    form: '"the fighting around El Fasher" (a city\'s state named only in an envoy\'s title)',
    date: '2024-06-18',
    source: 'Federal Ministry for European and International Affairs of Austria',
    text:
      'Federal Minister Alexander Schallenberg met the Personal Envoy of the UN Secretary-General for Sudan, Ramtane Lamamra, in Vienna on 18 June 2024. ' +
      'They expressed grave concern about the fighting around El Fasher.',
    entities: [
      P('Alexander Schallenberg', 'Federal Minister Alexander Schallenberg'),
      P('Ramtane Lamamra'),
      S('Austria'),
      S('Sudan'),
      O('United Nations', 'UN'),
      E('Schallenberg-Lamamra meeting in Vienna', ['met'], '2024-06-18'),
      E('fighting around El Fasher', ['fighting']),
    ],
    relations: [
      ...dis('Schallenberg-Lamamra meeting in Vienna', 'fighting around El Fasher'),
      ...inv('fighting around El Fasher', 'Sudan'),
    ],
  },
  {
    id: 'place-attack-at-venue-near-capital',
    form: '"the terrorist attack at Crocus City Hall near Moscow" (a capital\'s state)',
    date: '2024-03-23',
    source: 'Ministry of Foreign Affairs of the Kyrgyz Republic',
    text:
      'Minister of Foreign Affairs Jeenbek Kulubaev held a telephone conversation with the Minister of Foreign Affairs of Tajikistan, Sirojiddin Muhriddin, on 23 March 2024. ' +
      'The ministers discussed the terrorist attack at Crocus City Hall near Moscow.',
    entities: [
      P('Jeenbek Kulubaev', 'Minister of Foreign Affairs Jeenbek Kulubaev'),
      P('Sirojiddin Muhriddin'),
      S('Kyrgyzstan'),
      S('Tajikistan'),
      S('Russia', 'Moscow'),
      E('Kulubaev-Muhriddin telephone conversation', ['telephone conversation'], '2024-03-23'),
      E('terrorist attack at Crocus City Hall near Moscow', ['terrorist attack']),
    ],
    relations: [
      ...dis('Kulubaev-Muhriddin telephone conversation', 'terrorist attack at Crocus City Hall near Moscow'),
      ...inv('terrorist attack at Crocus City Hall near Moscow', 'Russia'),
    ],
  },
  {
    id: 'place-crash-of-airline-plane-near-city',
    form: '"the crash of the Azerbaijan Airlines plane near Aktau" (the airline\'s state, the place\'s state)',
    date: '2024-12-26',
    source: 'Ministry of Foreign Affairs of the Republic of Uzbekistan',
    text:
      'Minister of Foreign Affairs Bakhtiyor Saidov spoke by telephone with the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov, on 26 December 2024. ' +
      'Mr. Saidov expressed condolences over the crash of the Azerbaijan Airlines passenger plane near Aktau.',
    entities: [
      P('Bakhtiyor Saidov', 'Minister of Foreign Affairs Bakhtiyor Saidov', 'Mr. Saidov'),
      P('Jeyhun Bayramov'),
      S('Uzbekistan'),
      S('Azerbaijan'),
      S('Kazakhstan'),
      O('Azerbaijan Airlines'),
      E('Saidov-Bayramov telephone call', ['spoke by telephone'], '2024-12-26'),
      E('crash of the Azerbaijan Airlines passenger plane near Aktau', ['crash']),
    ],
    relations: [
      ...dis('Saidov-Bayramov telephone call', 'crash of the Azerbaijan Airlines passenger plane near Aktau'),
      ...inv('crash of the Azerbaijan Airlines passenger plane near Aktau', 'Azerbaijan Airlines', 'Kazakhstan'),
    ],
  },
  {
    id: 'place-renewed-fighting-around-city-of-state',
    form: '"the renewed fighting around Goma, in the east of the Democratic Republic of the Congo"',
    date: '2025-01-27',
    source: 'Ministry of Foreign Affairs of Burundi',
    text:
      'Minister of Foreign Affairs Albert Shingiro received the Special Envoy of the African Union for the Great Lakes Region in Bujumbura on 27 January 2025. ' +
      'They discussed the renewed fighting around Goma, in the east of the Democratic Republic of the Congo.',
    entities: [
      P('Albert Shingiro', 'Minister of Foreign Affairs Albert Shingiro'),
      S('Burundi'),
      S('Democratic Republic of the Congo'),
      O('African Union'),
      E('Shingiro meeting with the Special Envoy in Bujumbura', ['received'], '2025-01-27'),
      E('renewed fighting around Goma', ['fighting']),
    ],
    relations: [
      ...dis('Shingiro meeting with the Special Envoy in Bujumbura', 'renewed fighting around Goma'),
      ...inv('renewed fighting around Goma', 'Democratic Republic of the Congo'),
    ],
  },
];

const LATER_SENTENCE: BankCase[] = [
  {
    id: 'later-coup-placed-by-the-next-sentence',
    form: '"the coup d\'état … The military seized power in Niger on 26 July" (the state in a later sentence)',
    date: '2023-08-03',
    source: 'Ministry of Foreign Affairs of Benin',
    text:
      'Minister of Foreign Affairs Shegun Adjadi Bakari received the Ambassador of France in Cotonou on 3 August 2023. ' +
      "They discussed the coup d'état and its consequences for the region. " +
      'The military seized power in Niger on 26 July, detaining President Mohamed Bazoum.',
    entities: [
      P('Shegun Adjadi Bakari', 'Minister of Foreign Affairs Shegun Adjadi Bakari'),
      P('Mohamed Bazoum', 'President Mohamed Bazoum'),
      S('Benin'),
      S('France'),
      S('Niger'),
      E('Bakari meeting with the Ambassador of France in Cotonou', ['received'], '2023-08-03'),
      E("coup d'état in Niger", ["coup d'état", 'seized power']),
    ],
    relations: [
      ...dis('Bakari meeting with the Ambassador of France in Cotonou', "coup d'état in Niger"),
      ...inv("coup d'état in Niger", 'Niger'),
    ],
  },
  {
    id: 'later-strike-told-in-the-next-sentence',
    form: '"condemned the strike of 1 April. Seven aid workers of World Central Kitchen were killed when an Israeli airstrike hit …"',
    date: '2024-04-03',
    source: 'Ministry of Foreign Affairs of Portugal',
    text:
      'Minister of Foreign Affairs João Gomes Cravinho spoke with the Foreign Minister of Jordan, Ayman Safadi, on 3 April 2024. ' +
      'Both condemned the strike of 1 April. ' +
      'Seven aid workers of World Central Kitchen were killed when an Israeli airstrike hit their convoy.',
    entities: [
      P('João Gomes Cravinho', 'Minister of Foreign Affairs João Gomes Cravinho'),
      P('Ayman Safadi'),
      S('Portugal'),
      S('Jordan'),
      S('Israel', 'Israeli'),
      O('World Central Kitchen'),
      E('Gomes Cravinho-Safadi call', ['spoke'], '2024-04-03'),
      E('strike of 1 April', ['strike', 'Israeli airstrike']),
    ],
    relations: [
      ...dis('Gomes Cravinho-Safadi call', 'strike of 1 April'),
      ...inv('strike of 1 April', 'World Central Kitchen', 'Israel'),
    ],
  },
  {
    id: 'later-talks-parties-and-mediator-told-after',
    form: '"briefed … on the talks. The talks between Ethiopia and Somalia, mediated by Türkiye, resumed in Ankara"',
    date: '2024-08-20',
    source: 'Ministry of Foreign Affairs and International Cooperation of Djibouti',
    text:
      'Minister of Foreign Affairs Mahmoud Ali Youssouf received the Ambassador of Türkiye in Djibouti on 20 August 2024. ' +
      'The Ambassador briefed the Minister on the talks held in Ankara. ' +
      'The talks between Ethiopia and Somalia, mediated by Türkiye, had resumed there on 12 August.',
    entities: [
      P('Mahmoud Ali Youssouf', 'Minister of Foreign Affairs Mahmoud Ali Youssouf'),
      S('Djibouti'),
      S('Turkey', 'Türkiye'),
      S('Ethiopia'),
      S('Somalia'),
      E('Youssouf meeting with the Ambassador of Türkiye', ['received'], '2024-08-20'),
      E('talks between Ethiopia and Somalia in Ankara', ['talks held in Ankara', 'talks']),
    ],
    relations: [
      ...dis('Youssouf meeting with the Ambassador of Türkiye', 'talks between Ethiopia and Somalia in Ankara'),
      ...inv('talks between Ethiopia and Somalia in Ankara', 'Ethiopia', 'Somalia', 'Turkey'),
    ],
  },
];

const ORGANISATION_PARTIES: BankCase[] = [
  {
    id: 'org-au-led-process-on-a-state',
    form: '"the AU-led Luanda process on the eastern Democratic Republic of the Congo"',
    date: '2024-08-16',
    source: 'SADC Secretariat',
    text:
      'The Executive Secretary of SADC, Elias Magosi, met the Minister of External Relations of Angola, Téte António, in Harare on 16 August 2024. ' +
      'They reviewed the progress of the AU-led Luanda process on the security situation in the eastern Democratic Republic of the Congo.',
    entities: [
      P('Elias Magosi', 'Executive Secretary of SADC, Elias Magosi'),
      P('Téte António'),
      O('Southern African Development Community', 'SADC'),
      O('African Union', 'AU'),
      S('Angola'),
      S('Democratic Republic of the Congo'),
      E('Magosi-António meeting in Harare', ['met'], '2024-08-16'),
      E('AU-led Luanda process', ['Luanda process']),
    ],
    relations: [
      ...dis('Magosi-António meeting in Harare', 'AU-led Luanda process'),
      ...inv('AU-led Luanda process', 'African Union', 'Democratic Republic of the Congo'),
    ],
  },
  {
    id: 'org-un-facilitated-talks-on-island',
    form: '"the resumption of UN-facilitated talks on Cyprus" (organisation by "-facilitated", the island state)',
    date: '2024-03-11',
    source: 'Ministry for Foreign and European Affairs of Malta',
    text:
      'Minister for Foreign and European Affairs Ian Borg met the Personal Envoy of the UN Secretary-General on Cyprus, María Ángela Holguín, in Valletta on 11 March 2024. ' +
      'They discussed the prospects for a resumption of UN-facilitated talks on Cyprus.',
    entities: [
      P('Ian Borg', 'Minister for Foreign and European Affairs Ian Borg'),
      P('María Ángela Holguín'),
      S('Malta'),
      S('Cyprus'),
      O('United Nations', 'UN'),
      E('Borg-Holguín meeting in Valletta', ['met'], '2024-03-11'),
      E('UN-facilitated talks on Cyprus', ['talks']),
    ],
    relations: [
      ...dis('Borg-Holguín meeting in Valletta', 'UN-facilitated talks on Cyprus'),
      ...inv('UN-facilitated talks on Cyprus', 'United Nations', 'Cyprus'),
    ],
  },
  {
    id: 'org-attack-on-peacekeepers-positions-in-state',
    form: '"the attacks on UNIFIL positions in southern Lebanon" (organisation as target, a region\'s state)',
    date: '2024-10-11',
    source: 'Ministero degli Affari Esteri e della Cooperazione Internazionale',
    text:
      'Deputy Prime Minister and Minister of Foreign Affairs Antonio Tajani spoke with the Prime Minister of Lebanon, Najib Mikati, on 11 October 2024. ' +
      'Minister Tajani condemned the attacks on UNIFIL positions in southern Lebanon.',
    entities: [
      P('Antonio Tajani', 'Minister of Foreign Affairs Antonio Tajani'),
      P('Najib Mikati'),
      S('Italy'),
      S('Lebanon'),
      O('United Nations Interim Force in Lebanon', 'UNIFIL'),
      E('Tajani-Mikati call', ['spoke'], '2024-10-11'),
      E('attacks on UNIFIL positions in southern Lebanon', ['attacks']),
    ],
    relations: [
      ...dis('Tajani-Mikati call', 'attacks on UNIFIL positions in southern Lebanon'),
      ...inv('attacks on UNIFIL positions in southern Lebanon', 'United Nations Interim Force in Lebanon', 'Lebanon'),
    ],
  },
  {
    id: 'org-mutiny-of-group-in-state',
    form: '"the armed mutiny of the Wagner Group in Russia" (organisation as actor, a state as place)',
    date: '2023-06-26',
    source: 'Ministry of Foreign Affairs of the Czech Republic',
    text:
      'Minister of Foreign Affairs Jan Lipavský met the Minister of Foreign Affairs of Slovakia, Miroslav Wlachovský, in Prague on 26 June 2023. ' +
      'The ministers assessed the armed mutiny of the Wagner Group in Russia over the weekend.',
    entities: [
      P('Jan Lipavský', 'Minister of Foreign Affairs Jan Lipavský'),
      P('Miroslav Wlachovský'),
      S('Czech Republic'),
      S('Slovakia'),
      S('Russia'),
      O('Wagner Group'),
      E('Lipavský-Wlachovský meeting in Prague', ['met'], '2023-06-26'),
      E('armed mutiny of the Wagner Group in Russia', ['mutiny']),
    ],
    relations: [
      ...dis('Lipavský-Wlachovský meeting in Prague', 'armed mutiny of the Wagner Group in Russia'),
      ...inv('armed mutiny of the Wagner Group in Russia', 'Wagner Group', 'Russia'),
    ],
  },
  {
    id: 'org-ecowas-mediation-in-state',
    form: '"the ECOWAS mediation in Guinea" (organisation as mediator, state after "in")',
    date: '2023-05-10',
    source: 'Ministry of Foreign Affairs of Iceland',
    text:
      'Minister for Foreign Affairs Þórdís Kolbrún Reykfjörð Gylfadóttir met the President of the ECOWAS Commission, Omar Alieu Touray, in Reykjavík on 10 May 2023. ' +
      'They discussed the ECOWAS mediation in Guinea and the timetable for the transition.',
    entities: [
      P('Þórdís Kolbrún Reykfjörð Gylfadóttir', 'Minister for Foreign Affairs Þórdís Kolbrún Reykfjörð Gylfadóttir'),
      P('Omar Alieu Touray'),
      S('Iceland'),
      S('Guinea'),
      O('Economic Community of West African States', 'ECOWAS'),
      E('Gylfadóttir-Touray meeting in Reykjavík', ['met'], '2023-05-10'),
      E('ECOWAS mediation in Guinea', ['mediation']),
    ],
    relations: [
      ...dis('Gylfadóttir-Touray meeting in Reykjavík', 'ECOWAS mediation in Guinea'),
      ...inv('ECOWAS mediation in Guinea', 'Economic Community of West African States', 'Guinea'),
    ],
  },
];

const STATE_ONLY_EVENTS: BankCase[] = [
  {
    id: 'state-director-general-level-consultations-between',
    form: '"the Director-General-level consultations between Brunei Darussalam and Viet Nam"',
    date: '2024-03-07',
    source: 'Ministry of Foreign Affairs of Brunei Darussalam',
    text:
      'Second Minister of Foreign Affairs Dato Erywan Pehin Yusof received the Ambassador of Viet Nam in Bandar Seri Begawan on 7 March 2024. ' +
      'They welcomed the outcome of the Director-General-level consultations between Brunei Darussalam and Viet Nam on maritime cooperation.',
    entities: [
      P('Erywan Pehin Yusof', 'Second Minister of Foreign Affairs Dato Erywan Pehin Yusof'),
      S('Brunei', 'Brunei Darussalam'),
      S('Vietnam', 'Viet Nam'),
      E('Erywan meeting with the Ambassador of Viet Nam', ['received'], '2024-03-07'),
      E('Director-General-level consultations between Brunei Darussalam and Viet Nam', [
        'Director-General-level consultations',
      ]),
    ],
    relations: [
      ...dis(
        'Erywan meeting with the Ambassador of Viet Nam',
        'Director-General-level consultations between Brunei Darussalam and Viet Nam',
      ),
      ...inv('Director-General-level consultations between Brunei Darussalam and Viet Nam', 'Brunei', 'Vietnam'),
    ],
  },
  {
    id: 'state-political-consultations-between-the-foreign-ministries-of',
    form: '"the political consultations between the Foreign Ministries of Armenia and Greece" (ministries for states)',
    date: '2024-04-16',
    source: 'Ministry of Foreign Affairs of the Republic of Armenia',
    text:
      'Minister of Foreign Affairs Ararat Mirzoyan received the Ambassador of Greece in Yerevan on 16 April 2024. ' +
      'They welcomed the holding of the political consultations between the Foreign Ministries of Armenia and Greece in Athens in March.',
    entities: [
      P('Ararat Mirzoyan', 'Minister of Foreign Affairs Ararat Mirzoyan'),
      S('Armenia'),
      S('Greece'),
      E('Mirzoyan meeting with the Ambassador of Greece', ['received'], '2024-04-16'),
      E('political consultations between the Foreign Ministries of Armenia and Greece in Athens', [
        'political consultations',
      ]),
    ],
    relations: [
      ...dis(
        'Mirzoyan meeting with the Ambassador of Greece',
        'political consultations between the Foreign Ministries of Armenia and Greece in Athens',
      ),
      ...inv(
        'political consultations between the Foreign Ministries of Armenia and Greece in Athens',
        'Armenia',
        'Greece',
      ),
    ],
  },
  {
    id: 'state-negotiations-between-on-delimitation',
    form: '"the negotiations between Indonesia and Viet Nam on the delimitation of their exclusive economic zones"',
    date: '2023-02-04',
    source: 'ASEAN Secretariat',
    text:
      'The Secretary-General of ASEAN, Dr. Kao Kim Hourn, met the Minister of Foreign Affairs of Indonesia, Retno L.P. Marsudi, in Jakarta on 4 February 2023. ' +
      'The Secretary-General congratulated Indonesia on the conclusion of the negotiations between Indonesia and Viet Nam on the delimitation of their exclusive economic zones.',
    entities: [
      P('Kao Kim Hourn', 'Dr. Kao Kim Hourn'),
      P('Retno L.P. Marsudi'),
      O('Association of Southeast Asian Nations', 'ASEAN'),
      S('Indonesia'),
      S('Vietnam', 'Viet Nam'),
      E('Kao-Marsudi meeting in Jakarta', ['met'], '2023-02-04'),
      E('negotiations between Indonesia and Viet Nam on the delimitation of their exclusive economic zones', [
        'negotiations',
      ]),
    ],
    relations: [
      ...dis(
        'Kao-Marsudi meeting in Jakarta',
        'negotiations between Indonesia and Viet Nam on the delimitation of their exclusive economic zones',
      ),
      ...inv(
        'negotiations between Indonesia and Viet Nam on the delimitation of their exclusive economic zones',
        'Indonesia',
        'Vietnam',
      ),
    ],
  },
  {
    id: 'state-meeting-of-the-commissions-of-two-states',
    form: '"the meeting of the border delimitation commissions of Armenia and Azerbaijan" (states as owners of commissions)',
    date: '2024-05-02',
    source: 'Ministry of Foreign Affairs of Lithuania',
    text:
      'Minister of Foreign Affairs Gabrielius Landsbergis met the Minister of Foreign Affairs of Armenia, Ararat Mirzoyan, in Vilnius on 2 May 2024. ' +
      'The Minister welcomed the meeting of the border delimitation commissions of Armenia and Azerbaijan held in April.',
    entities: [
      P('Gabrielius Landsbergis', 'Minister of Foreign Affairs Gabrielius Landsbergis'),
      P('Ararat Mirzoyan'),
      S('Lithuania'),
      S('Armenia'),
      S('Azerbaijan'),
      E('Landsbergis-Mirzoyan meeting in Vilnius', ['met'], '2024-05-02'),
      E('meeting of the border delimitation commissions of Armenia and Azerbaijan', ['meeting of the commissions']),
    ],
    relations: [
      ...dis(
        'Landsbergis-Mirzoyan meeting in Vilnius',
        'meeting of the border delimitation commissions of Armenia and Azerbaijan',
      ),
      ...inv('meeting of the border delimitation commissions of Armenia and Azerbaijan', 'Armenia', 'Azerbaijan'),
    ],
  },
  {
    id: 'state-hyphenated-strategic-dialogue',
    form: '"the third Slovakia-Ukraine strategic dialogue" (two states by a hyphenated name)',
    date: '2024-09-12',
    source: 'Ministry of Foreign and European Affairs of the Slovak Republic',
    text:
      'Minister of Foreign and European Affairs Juraj Blanár met the Ambassador of Ukraine in Bratislava on 12 September 2024. ' +
      'They agreed on the dates of the third Slovakia-Ukraine strategic dialogue.',
    entities: [
      P('Juraj Blanár', 'Minister of Foreign and European Affairs Juraj Blanár'),
      S('Slovakia'),
      S('Ukraine'),
      E('Blanár meeting with the Ambassador of Ukraine', ['met'], '2024-09-12'),
      E('third Slovakia-Ukraine strategic dialogue', ['strategic dialogue']),
    ],
    relations: [
      ...dis('Blanár meeting with the Ambassador of Ukraine', 'third Slovakia-Ukraine strategic dialogue'),
      ...inv('third Slovakia-Ukraine strategic dialogue', 'Slovakia', 'Ukraine'),
    ],
  },
];

const NEGATIVES: BankCase[] = [
  {
    id: 'negative-ministers-of-states-attended-the-meeting',
    form: 'negative: "The Foreign Ministers of A, B and C met in City for the Council" (participants, no INVOLVES)',
    date: '2024-04-05',
    source: 'Ministry of Foreign Affairs of Latvia',
    text:
      'The Foreign Ministers of Estonia, Latvia and Lithuania, Margus Tsahkna, Krišjānis Kariņš and Gabrielius Landsbergis, met in Riga on 5 April 2024 for the Baltic Council of Ministers. ' +
      'They discussed regional security and energy.',
    entities: [
      P('Margus Tsahkna'),
      P('Krišjānis Kariņš'),
      P('Gabrielius Landsbergis'),
      S('Estonia'),
      S('Latvia'),
      S('Lithuania'),
      E('Baltic Council of Ministers meeting in Riga', ['Baltic Council of Ministers', 'met'], '2024-04-05'),
    ],
    relations: [],
  },
  {
    id: 'negative-cooperation-between-two-states-is-no-event',
    form: 'negative: "cooperation between Malaysia and Singapore in energy" (no event, no INVOLVES)',
    date: '2024-01-11',
    source: 'Ministry of Foreign Affairs of Singapore',
    text:
      "Prime Minister Lee Hsien Loong met Prime Minister Anwar Ibrahim in Putrajaya on 11 January 2024 for their annual Leaders' Retreat. " +
      'The leaders welcomed the growing cooperation between Malaysia and Singapore in renewable energy.',
    entities: [
      P('Lee Hsien Loong', 'Prime Minister Lee Hsien Loong'),
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      S('Malaysia'),
      S('Singapore'),
      E("annual Leaders' Retreat in Putrajaya", ["Leaders' Retreat"], '2024-01-11'),
    ],
    relations: [],
  },
  {
    id: 'negative-state-named-nearby-is-no-party',
    form: 'negative: "on her return from Paris … the floods in Valencia" (Spain by the city; France merely nearby)',
    date: '2024-11-04',
    source: 'Government of Andorra',
    text:
      'On her return from Paris, Minister of Foreign Affairs Imma Tor Faus received the Ambassador of Spain in Andorra la Vella on 4 November 2024. ' +
      'The Minister conveyed the condolences of the Government of Andorra for the victims of the floods in Valencia.',
    entities: [
      P('Imma Tor Faus', 'Minister of Foreign Affairs Imma Tor Faus'),
      S('Andorra', 'Government of Andorra'),
      S('Spain'),
      S('France'),
      E('Tor Faus meeting with the Ambassador of Spain', ['received'], '2024-11-04'),
      E('floods in Valencia', ['floods']),
    ],
    relations: [
      ...dis('Tor Faus meeting with the Ambassador of Spain', 'floods in Valencia'),
      ...inv('floods in Valencia', 'Spain'),
    ],
  },
  {
    id: 'negative-talks-between-the-two-ministers-are-attended',
    form: 'negative: "the talks between the two Foreign Ministers covered trade" (participants, no INVOLVES)',
    date: '2024-06-03',
    source: 'Ministry of Foreign Affairs of Iceland',
    text:
      'Minister for Foreign Affairs Þórdís Kolbrún Reykfjörð Gylfadóttir welcomed the Foreign Minister of Norway, Espen Barth Eide, to Reykjavík on 3 June 2024. ' +
      'The talks between the two Foreign Ministers covered trade, Arctic affairs and fisheries.',
    entities: [
      P('Þórdís Kolbrún Reykfjörð Gylfadóttir', 'Minister for Foreign Affairs Þórdís Kolbrún Reykfjörð Gylfadóttir'),
      P('Espen Barth Eide'),
      S('Iceland'),
      S('Norway'),
      E('Gylfadóttir-Eide talks in Reykjavík', ['talks'], '2024-06-03'),
    ],
    relations: [],
  },
  {
    id: 'negative-figurative-crises-and-a-state-adjective',
    form: 'negative: "the climate crisis, the cost-of-living crisis and the Irish presidency" (no events)',
    date: '2024-02-20',
    source: 'Ministerio de Relaciones Exteriores de Chile',
    text:
      'Foreign Minister Alberto van Klaveren met the Minister for Foreign Affairs of Ireland, Micheál Martin, in Santiago on 20 February 2024. ' +
      'They discussed the climate crisis, the cost-of-living crisis and the Chilean contribution to the energy transition.',
    entities: [
      P('Alberto van Klaveren', 'Foreign Minister Alberto van Klaveren'),
      P('Micheál Martin'),
      S('Chile', 'Chilean'),
      S('Ireland'),
      E('van Klaveren-Martin meeting in Santiago', ['met'], '2024-02-20'),
    ],
    relations: [],
  },
  {
    id: 'negative-the-host-of-the-meeting-is-a-participant',
    form: 'negative: "A hosted the meeting of the foreign ministers of B and C" (participants by office, no INVOLVES)',
    date: '2024-05-10',
    source: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
    text:
      'Minister of Foreign Affairs Jeyhun Bayramov and Minister of Foreign Affairs of Armenia Ararat Mirzoyan held talks in Almaty on 10 May 2024, hosted by the Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu. ' +
      'The ministers discussed connectivity and regional transport links.',
    entities: [
      P('Jeyhun Bayramov', 'Minister of Foreign Affairs Jeyhun Bayramov'),
      P('Ararat Mirzoyan'),
      P('Murat Nurtleu'),
      S('Azerbaijan'),
      S('Armenia'),
      S('Kazakhstan'),
      E('Bayramov-Mirzoyan talks in Almaty', ['talks'], '2024-05-10'),
    ],
    relations: [],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...ADJECTIVE_PARTIES,
  ...BETWEEN_PARTIES,
  ...POSSESSIVE_ACTORS,
  ...PLACE_PARTIES,
  ...LATER_SENTENCE,
  ...ORGANISATION_PARTIES,
  ...STATE_ONLY_EVENTS,
  ...NEGATIVES,
];
