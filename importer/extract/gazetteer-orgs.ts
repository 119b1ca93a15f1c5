// Organisation gazetteer, second part (gaz13): regional and specialised bodies, UN agencies and missions, development
// banks, and non-state armed and political actors that readouts name. Each row: canonical name, then the aliases and
// acronyms readouts use. Canonical names follow the dev gold's habit: the acronym where the body is known by it
// ("NATO", "OSCE", "ASEAN"), otherwise the full English name. Short or ambiguous forms are left out: two-letter
// acronyms, acronyms that are ordinary words ("WHO" is the only exception, found in capitals only), and names that are
// also surnames (the Haqqani network, the Wagner Group). Every word of a form joins the title-complement vocabulary
// (titles.ts), so no form has a loose "Al" ("Al Qaeda": "received the Minister at Al Husseiniya Palace" broke).

/**
 * ent26 (org.legislature): legislatures by their own names, which no head word finds ("the President of the
 * Bundestag", "submitted to the Jogorku Kenesh"). Not bare "Diet", "Majlis" or "Duma" (words of other names), nor
 * "Bundesrat" (Germany's and Austria's). A legislature is no side of the readout (isLegislatureName, rules-ent26.ts).
 */
export const LEGISLATURES: string[][] = [
  ['Bundestag', 'German Bundestag', 'Deutscher Bundestag'],
  ['Verkhovna Rada', 'Verkhovna Rada of Ukraine'],
  ['Storting', 'Stortinget'],
  ['Althingi', 'Alþingi'],
  ['Folketing', 'Folketinget'],
  ['Riksdag', 'Swedish Riksdag'],
  ['Eduskunta'],
  ['Sejm'],
  ['Knesset'],
  ['State Duma'],
  ['Jogorku Kenesh', 'Jogorku Kenesh of the Kyrgyz Republic'],
  ['Oliy Majlis'],
  ['Milli Majlis'],
  ['Saeima'],
  ['Seimas'],
  ['Riigikogu'],
  ['Oireachtas'],
  ['Lok Sabha'],
  ['Rajya Sabha'],
  ['Jatiya Sangsad'],
  ['Dewan Rakyat'],
  ['National Diet', 'Japanese Diet'],
  ['Hellenic Parliament'],
  ['Parliamentary Assembly of the Council of Europe', 'PACE'],
  ['Pan-African Parliament'],
];

export const MORE_ORGANIZATIONS: string[][] = [
  // United Nations bodies, agencies, funds and programmes. Peace operations by their acronyms only: their full names
  // ("Head of the United Nations Support Mission in Libya") would take offices that readouts give the UN itself, as
  // would a separate "Pacific Islands Forum Secretariat" those of the Forum.
  ['United Nations Human Rights Council', 'UN Human Rights Council', 'Human Rights Council', 'UNHRC'],
  [
    'Office of the United Nations High Commissioner for Human Rights',
    'OHCHR',
    'UN Human Rights Office',
    'UN human rights office',
  ],
  ['United Nations Economic and Social Council', 'ECOSOC', 'Economic and Social Council'],
  ["United Nations Children's Fund", 'UNICEF', "UN Children's Fund"],
  ['United Nations Development Programme', 'UNDP', 'UN Development Programme'],
  ['United Nations Environment Programme', 'UNEP', 'UN Environment Programme'],
  ['United Nations Population Fund', 'UNFPA'],
  ['UN Women', 'United Nations Entity for Gender Equality and the Empowerment of Women'],
  ['World Food Programme', 'WFP', 'World Food Program', 'UN World Food Programme'],
  ['Food and Agriculture Organization', 'FAO', 'Food and Agriculture Organization of the United Nations'],
  ['United Nations Educational, Scientific and Cultural Organization', 'UNESCO'],
  ['International Labour Organization', 'ILO', 'International Labor Organization'],
  ['International Maritime Organization', 'IMO'],
  ['International Civil Aviation Organization', 'ICAO'],
  ['International Telecommunication Union', 'ITU'],
  ['World Intellectual Property Organization', 'WIPO'],
  ['World Meteorological Organization', 'WMO'],
  ['International Fund for Agricultural Development', 'IFAD'],
  ['United Nations Industrial Development Organization', 'UNIDO'],
  ['United Nations Conference on Trade and Development', 'UNCTAD'],
  ['United Nations Framework Convention on Climate Change', 'UNFCCC'],
  ['Intergovernmental Panel on Climate Change', 'IPCC'],
  ['United Nations Office on Drugs and Crime', 'UNODC'],
  ['United Nations Office for the Coordination of Humanitarian Affairs', 'OCHA', 'UN OCHA'],
  [
    'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
    'UNRWA',
    'United Nations Relief and Works Agency',
  ],
  ['United Nations Office for Project Services', 'UNOPS'],
  // ent24: three missions and an office by their full names too ("Head of the United Nations Mission in South Sudan
  // (UNMISS), X" was cut to "Head of the United Nations").
  ['UNIFIL', 'United Nations Interim Force in Lebanon'],
  ['MONUSCO'],
  ['UNMISS', 'United Nations Mission in South Sudan'],
  ['UNOWAS', 'United Nations Office for West Africa and the Sahel'],
  // ent21: by its full name too ("Head of the United Nations Assistance Mission in Afghanistan (UNAMA)" was cut to
  // "Head of the United Nations"). Not the other missions: "as his Special Representative … and Head of the United
  // Nations Support Mission in Libya" then lost its NEGOTIATES_FOR (roles-3), and a mission's name in a source
  // becomes the issuing organisation.
  ['UNAMA', 'United Nations Assistance Mission in Afghanistan'],
  ['UNSMIL'],
  ['UNAMI'],
  ['MINUSMA'],
  ['MINUSCA'],
  ['UNFICYP'],
  ['UNDOF'],
  ['BINUH', 'United Nations Integrated Office in Haiti'],
  // ent24: the Kenyan-led force in Haiti.
  ['Multinational Security Support Mission', 'MSS Mission'],
  // fl19b: missions of other bodies, by their full names too: their heads' offices are the missions' own (the dev gold's
  // "Chief Monitor of the OSCE Special Monitoring Mission to Ukraine").
  ['European Union Monitoring Mission in Georgia', 'EUMM', 'EU Monitoring Mission in Georgia'],
  ['African Union Transition Mission in Somalia', 'ATMIS'],
  ['African Union Mission in Somalia', 'AMISOM'],
  ['Comprehensive Nuclear-Test-Ban Treaty Organization', 'CTBTO'],
  [
    'Organisation for the Prohibition of Chemical Weapons',
    'Organization for the Prohibition of Chemical Weapons',
    'OPCW',
  ],
  ['International Renewable Energy Agency', 'IRENA'],
  ['International Energy Agency', 'IEA'],
  // International finance and trade.
  ['Asian Development Bank', 'ADB'],
  ['Asian Infrastructure Investment Bank', 'AIIB'],
  ['African Development Bank', 'AfDB', 'African Development Bank Group'],
  ['Inter-American Development Bank', 'IDB', 'IADB'],
  ['European Bank for Reconstruction and Development', 'EBRD'],
  ['European Investment Bank', 'EIB'],
  ['European Central Bank', 'ECB'],
  ['New Development Bank', 'NDB', 'BRICS Bank'],
  ['Islamic Development Bank', 'IsDB'],
  // top18: the Andean development bank, known by its acronym.
  ['CAF', 'Development Bank of Latin America and the Caribbean', 'Development Bank of Latin America'],
  ['International Finance Corporation'],
  ['Bank for International Settlements'],
  ['Financial Action Task Force', 'FATF'],
  [
    'Organisation for Economic Co-operation and Development',
    'Organization for Economic Cooperation and Development',
    'OECD',
  ],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['OPEC+'],
  ['Paris Club'],
  // Regional and specialised bodies.
  ['Economic Community of Central African States', 'ECCAS'],
  ['East African Community', 'EAC'],
  ['Common Market for Eastern and Southern Africa', 'COMESA'],
  ['Arab Maghreb Union'],
  ['Arctic Council'],
  ['Nordic Council'],
  ['Nordic Council of Ministers'],
  ['Nordic-Baltic Eight', 'NB8'],
  // fl18a: the China-Africa forum whose summits readouts of African leaders' talks in Beijing are framed by.
  ['Forum on China-Africa Cooperation', 'FOCAC', 'China-Africa Cooperation Forum'],
  ['Visegrad Group', 'Visegrád Group'],
  // fl29b: the pan-European forum of heads of state and government first convened in Prague in October 2022.
  ['European Political Community'],
  ['Benelux'],
  ['Andean Community'],
  // top18: the confederation of Mali, Burkina Faso and Niger.
  ['Alliance of Sahel States', 'Confederation of Sahel States'],
  // top18: the partner of the EU in the Samoa Agreement.
  [
    'Organisation of African, Caribbean and Pacific States',
    'Organization of African, Caribbean and Pacific States',
    'OACPS',
  ],
  ['Pacific Alliance'],
  ['Central American Integration System', 'SICA'],
  // fl24b: South America's union of states (its Heads of State met at La Moneda in 2008), the OAU (the African Union's
  // forerunner, guarantor of the West African peace agreements of the 1990s) and ECOWAS's ceasefire monitoring force.
  ['Union of South American Nations', 'UNASUR', 'UNASUL'],
  ['Organization of African Unity', 'OAU', 'Organisation of African Unity'],
  ['ECOMOG', 'ECOWAS Monitoring Group', 'ECOWAS Ceasefire Monitoring Group'],
  ['Bolivarian Alliance for the Peoples of Our America', 'ALBA'],
  ['Lima Group'],
  // rol24: the bloc's full name, "and China" included ("the G77 and China's lead negotiator" is the group's, not China's).
  ['Group of 77', 'G77', 'G-77', 'Group of 77 and China', 'G77 and China', 'G-77 and China'],
  // rol17: the negotiating blocs of the climate talks ("The African Group of Negotiators' chair, X of Kenya").
  ['African Group of Negotiators', 'AGN'],
  // rol24: the African states' group at UN negotiations ("Speaking for the African Group, Ghana's head of delegation").
  ['African Group', 'Group of African States'],
  ['Alliance of Small Island States', 'AOSIS'],
  // rol23: the climate talks' bloc of the least developed countries ("Speaking for the Least Developed Countries Group").
  ['Least Developed Countries Group', 'LDC Group', 'Group of Least Developed Countries'],
  ['Non-Aligned Movement'],
  ['BIMSTEC', 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'],
  ['Indian Ocean Rim Association', 'IORA'],
  ['Mekong River Commission'],
  ['Conference on Interaction and Confidence-Building Measures in Asia', 'CICA'],
  ['Economic Cooperation Organization'],
  ['Organization of Turkic States', 'Organisation of Turkic States'],
  ['Pacific Community', 'Secretariat of the Pacific Community'],
  ['Union for the Mediterranean', 'UfM'],
  ['European External Action Service', 'EEAS'],
  ['Frontex', 'European Border and Coast Guard Agency'],
  ['Europol'],
  ['Interpol', 'INTERPOL', 'International Criminal Police Organization'],
  ['Permanent Court of Arbitration'],
  ['International Tribunal for the Law of the Sea', 'ITLOS'],
  ['European Court of Human Rights'],
  ['Court of Justice of the European Union', 'CJEU'],
  ['International Olympic Committee'],
  // Red Cross and humanitarian bodies.
  ['International Federation of Red Cross and Red Crescent Societies', 'IFRC'],
  ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'Doctors Without Borders', 'MSF'],
  // Non-state armed and political actors.
  // rol25: the movement with its political alliance, as the Doha texts name it ("for the AFC/M23 by B").
  ['M23', 'March 23 Movement', 'M23 rebels', 'M23 movement', 'AFC/M23'],
  // top18: the Sahel group that claims attacks in Mali, Burkina Faso, Niger and Benin.
  ["Jama'at Nusrat al-Islam wal-Muslimin", 'JNIM'],
  ['Allied Democratic Forces'],
  ['National Liberation Army', 'ELN', 'Ejército de Liberación Nacional'],
  ['Estado Mayor Central', 'EMC'],
  ['FARC', 'FARC-EP', 'Revolutionary Armed Forces of Colombia'],
  ['Rapid Support Forces', 'RSF'],
  ["Tigray People's Liberation Front", 'TPLF', 'Tigray People’s Liberation Front'],
  ['Sudan People’s Liberation Movement', "Sudan People's Liberation Movement", 'SPLM'],
  // fl15b: the movement's armed opposition wing is a party of its own to the 2018 peace agreement.
  [
    'Sudan People’s Liberation Movement-in-Opposition',
    "Sudan People's Liberation Movement-in-Opposition",
    'Sudan People’s Liberation Movement/Army-in-Opposition',
    "Sudan People's Liberation Movement/Army-in-Opposition",
    'SPLM-IO',
    'SPLM/A-IO',
    'SPLM/A-iO',
  ],
  // rol21: the movement's northern wing, a side of its own in the talks with Sudan's government ("the SPLM-N delegation").
  // rol22: "for the SPLM-North" (the wing's name with the word spelt out).
  [
    'Sudan People’s Liberation Movement-North',
    "Sudan People's Liberation Movement-North",
    'SPLM-N',
    'SPLM–N',
    'SPLM-North',
  ],
  ['Al-Shabaab', 'al-Shabaab', 'al-Shabab', 'Al-Shabab'],
  ['Al-Qaeda', 'al-Qaeda', 'al-Qaida', 'Al-Qaida'],
  ['Boko Haram'],
  // ent24: Haiti's gang coalition and Mali's coalition of northern armed movements.
  ['Viv Ansanm'],
  ['Permanent Strategic Framework', 'Cadre Stratégique Permanent'],
  ['Syrian Democratic Forces'], // not "SDF": Japan's Self-Defense Forces too (gaz13)
  ["Kurdistan Workers' Party", 'PKK', 'Kurdistan Workers’ Party'],
  ['Palestine Liberation Organization', 'PLO'],
  ['Palestinian Authority', 'Palestinian National Authority'],
  ['Fatah'],
  ['Palestinian Islamic Jihad', 'PIJ'],
  ['Moro Islamic Liberation Front', 'MILF'],
  // rol25: movements across the table from a government in peace talks ("For the Sudan Revolutionary Front: B", "A
  // signed for the Coordination of Azawad Movements"); not their ambiguous short forms ("SRF", "CMA"). Not the NDFP:
  // its acronym is read where the text defines it, and a listed "NDFP's Chief Political Consultant" became an office.
  ['Sudan Revolutionary Front'],
  [
    'Coordination of Azawad Movements',
    "Coordination des Mouvements de l'Azawad",
    'Coordination des Mouvements de l’Azawad',
  ],
  // rol22: the movement across the table from Thailand's peace dialogue panel ("the BRN delegation").
  ['Barisan Revolusi Nasional', 'BRN'],
  ["New People's Army", 'New People’s Army'],
  ['Arakan Army'],
  ['Kachin Independence Army'],
  ['Polisario Front', 'Frente Polisario'],
  ["Lord's Resistance Army", 'Lord’s Resistance Army'],
  ['Tehrik-i-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'TTP'],
  ['Baloch Liberation Army'],
  ['Lashkar-e-Taiba', 'Lashkar-e-Tayyiba'],
  ['Jaish-e-Mohammed', 'Jaish-e-Muhammad'],
  ['Democratic Forces for the Liberation of Rwanda', 'FDLR'],
  ['Muslim Brotherhood'],
  ['Liberation Tigers of Tamil Eelam', 'LTTE'],
  ['Sri Lanka Monitoring Mission', 'SLMM'],
  // fl22a: a side of the Libyan conflict and the Libyan chamber readouts name with it (the 2020 Geneva ceasefire, the
  // Libyan Political Dialogue Forum, the Bouznika consultations). Not the "Government of National Accord": the
  // agreement reader takes its last word for an accord's head.
  ['Libyan National Army', 'LNA'],
  ['High Council of State', 'High State Council'],
  // fl23b: Mozambique's former rebel movement, the other side of the 1992 and 2019 peace accords; the lay community that
  // mediated the 1992 accord (and others since); CARICOM's council of foreign ministers; the EU-convened group on
  // Venezuela.
  ['RENAMO', 'Mozambican National Resistance', 'Renamo'],
  ["Community of Sant'Egidio", 'Community of Sant’Egidio', "Sant'Egidio", 'Sant’Egidio'],
  ['Council for Foreign and Community Relations', 'COFCOR'],
  ['International Contact Group', 'International Contact Group on Venezuela'],
  // ent26 (org.legislature): legislatures by their own names (LEGISLATURES below).
  ...LEGISLATURES,
  // rol26: political parties readouts name as sides of coalition and power-sharing agreements and as owners of party
  // offices (their leaders, chairs and secretaries-general sign or negotiate "on behalf of" the party). Not the
  // two-letter "DA".
  ['African National Congress', 'ANC'],
  ['Democratic Alliance'],
  ['Democratic Unionist Party', 'DUP'],
  ['PSOE', "Spanish Socialist Workers' Party", 'Spanish Socialist Workers’ Party'],
  ['Junts', 'Junts per Catalunya'],
  ['CDU', 'Christian Democratic Union'],
  ['CSU', 'Christian Social Union'],
  ['SPD', 'Social Democratic Party of Germany'],
  ["Workers' Party of Korea", 'Workers’ Party of Korea', 'WPK'],
  // off27: ruling parties whose offices a state's leader also holds (OFFICE_OF the party, GUIDE: "an office of an
  // organisation names the organisation"; the dev gold's "General Secretary of the Communist Party of Vietnam").
  ['Communist Party of Cuba', 'PCC'],
  ["Lao People's Revolutionary Party", 'Lao People’s Revolutionary Party', 'LPRP'],
];
