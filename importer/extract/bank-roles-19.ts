// The rol28 nineteenth roles bank (issue 6): a blind bank on who negotiates for whom, written after the eighteen roles
// banks and the offices banks were fitted and before any rule was changed for it. NEGOTIATES_FOR above all (on the unseen
// outside set its F1 was 0.23, recall 0.14), with HOLDS_OFFICE and OFFICE_OF for negotiators and signatories. Forms that
// recur in readouts of any government and that the earlier banks under-cover: plural and coordinated negotiators ("The
// chief negotiators of the two sides, A and B", "Chief negotiators of India and the US, A and B", "A and B, who lead their
// countries' delegations", "Industry Minister A and Trade Minister B, who lead Korea's tariff negotiations", "The Special
// Representatives of India and China …, A and B", "A and B, who led the talks for their respective sides"); negotiators
// told in a second sentence by surname, role or pronoun ("It is headed by A", "He was joined by B, Canada's chief trade
// negotiator", "He faced a team led by", "The economic revitalization minister has met"); a minister who "led the talks"
// or "headed the delegation" with the side from the issuer or an earlier sentence ("Finance Minister A led the Pakistani
// side", "Svyrydenko, who led the negotiations for Kyiv"); sides that are blocs, commissions, rebel movements, parties and
// transitional authorities (the African Group of Negotiators, the IMF mission, the Sudanese Armed Forces and the RSF,
// the TPLF, the Houthis, Hamas, the ELN "for the guerrilla", Mali's transitional authorities, ECOWAS, Kenya Kwanza and
// Azimio, Libya's House of Representatives and High State Council); envoys of an organisation's chair and of a head of
// state ("the Special Representative of the OSCE Chairperson-in-Office, … Bujar Osmani", "the personal envoy of
// Secretary-General António Guterres", "the special envoy of US President Donald Trump", "Prime Minister Keir
// Starmer's special envoy", "the Russian President's special envoy"); technical teams and working groups ("The Iranian
// experts' group is led by", "the American technical team", "the working mechanism …, whose Indian side is led by", "the
// Chilean technical team", "The commissions on the delimitation …: the Azerbaijani commission is chaired by");
// negotiators named in quotes ("'We are making progress,' said A, China's international trade representative", "'A
// landmark day,' said B, who led the negotiations for the UK"); "represented by" / "on the part of" / "for the X side"
// ("The transitional authorities, represented by", "Russia was represented by", "On the part of Uzbekistan the treaty …
// was signed by A, and on the part of Kyrgyzstan by B", "led for the House side by A and for the State Council side by
// B", "The negotiations were led on the part of Mexico by A"); talks told as consultations, dialogues, rounds, shuttle
// diplomacy, proximity and indirect talks, a consultation mechanism, a dialogue committee. Negatives: mediators who
// shuttle or carry messages, facilitators, co-chairs, hosts, observers, guarantor powers, a Secretary-General who
// convenes and chairs, people who only comment, plain signatures with no "for" (the GUIDE: no NEGOTIATES_FOR), and
// ministers who co-chair a foreign ministers' dialogue (the GUIDE's India–Japan 2+2).
// House styles of issuers not used in roles 1–18 or the offices banks: Balkan Insight, The Economic Times, Azatutyun,
// Ukrainska Pravda, the South China Morning Post, CBC News, Tasnim, Al-Masdar Online, Radio Dabanga, Fana Broadcasting
// Corporate, Jeune Afrique, North Press Agency, IPN, Agenda.ge, Kun.uz, The Philippine Star, Daily News Egypt, Arab News,
// Caracol Radio, Azernews, Le Mauricien, The Guardian, Hespress, Mexico's Secretaría de Economía, the Financial Times, The
// Japan Times, The Korea Times, Press TV, Thai PBS, Hiiraan Online, RBC-Ukraine, the Hindustan Times, Capital FM (Kenya),
// SANA, the Saudi Gazette, Dawn, Mint, the Libya Observer, Cooperativa.cl, Kommersant, Novaya Gazeta Europe, the Cyprus
// Mail, The Indian Express, European Pravda, Ekonomichna Pravda.
// 45 passages (23 fragments of two or three sentences, 19 short readouts of four or five sentences with a title line, 3
// negatives `not19.*` of which two are readouts), counts of expected facts at the first pass in docs/first-look.md's
// rol28 section. Facts follow the gold conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by
// `bank.ts`.
import type { BankCase } from './bank.ts';

/** Each case's `form` names the construction it tests. */
export const ROLES_BANK_19: (BankCase & { form: string })[] = [
  // Fragments: plural and coordinated negotiators.
  {
    id: 'frag19.s-and-t-resumed-dialogue-then-the-chief-negotiators-of-the-two-sides-a-and-b-met-with-the-eu-special-representative-then-surname-heads-office-surname-is-first-deputy-pm',
    form: '"S and T resumed the EU-facilitated dialogue …. The chief negotiators of the two sides, A and B, met separately with the EU Special Representative C …. A heads …; B is T\'s First Deputy Prime Minister." (a plural title with two names; the sides from the sentence before; a facilitator)',
    source: 'Balkan Insight',
    text: 'Serbia and Kosovo resumed the EU-facilitated dialogue in Brussels on Thursday. The chief negotiators of the two sides, Petar Petković and Besnik Bislimi, met separately with the EU Special Representative Miroslav Lajčák before a joint session in the afternoon. Petković heads the Serbian Government’s Office for Kosovo and Metohija; Bislimi is Kosovo’s First Deputy Prime Minister.',
    facts: [
      'NEGOTIATES_FOR|Petar Petković|Serbia',
      'NEGOTIATES_FOR|Besnik Bislimi|Kosovo',
      'HOLDS_OFFICE|Besnik Bislimi|First Deputy Prime Minister of Kosovo',
      'OFFICE_OF|First Deputy Prime Minister of Kosovo|Kosovo',
    ],
    absent: [
      'NEGOTIATES_FOR|Petar Petković|Kosovo',
      'NEGOTIATES_FOR|Besnik Bislimi|Serbia',
      'NEGOTIATES_FOR|Miroslav Lajčák|Serbia',
      'NEGOTIATES_FOR|Miroslav Lajčák|Kosovo',
    ],
  },
  {
    id: 'frag19.chief-negotiators-of-s-and-t-a-and-b-held-a-round-of-talks-then-surname-title-led-a-team',
    form: '"Chief negotiators of S and T, A and B, held a day-long round of talks in C …. B, Assistant … for …, led a five-member team." (coordinated sides and names in order; told again by surname)',
    source: 'The Economic Times',
    text: 'Chief negotiators of India and the US, Rajesh Agrawal and Brendan Lynch, held a day-long round of talks in New Delhi on Tuesday on the proposed bilateral trade agreement. Lynch, Assistant US Trade Representative for South and Central Asia, led a five-member team to the capital.',
    facts: ['NEGOTIATES_FOR|Rajesh Agrawal|India', 'NEGOTIATES_FOR|Brendan Lynch|United States'],
    absent: ['NEGOTIATES_FOR|Rajesh Agrawal|United States', 'NEGOTIATES_FOR|Brendan Lynch|India'],
  },
  {
    id: 'frag19.s-foreign-minister-a-and-t-s-b-who-lead-their-countries-delegations-met-then-host-foreign-minister-hosted-but-did-not-take-part',
    form: '"S\'s Foreign Minister A and T\'s B, who lead their countries\' delegations in the peace talks, met in C …. Kazakh Foreign Minister D hosted the round but did not take part in the talks." (a gapped possessive title; "their countries\'"; a host no side)',
    source: 'Azatutyun',
    text: 'Armenia’s Foreign Minister Ararat Mirzoyan and Azerbaijan’s Jeyhun Bayramov, who lead their countries’ delegations in the peace talks, met in Almaty on Friday. Kazakh Foreign Minister Murat Nurtleu hosted the two-day round but did not take part in the talks.',
    facts: [
      'NEGOTIATES_FOR|Ararat Mirzoyan|Armenia',
      'NEGOTIATES_FOR|Jeyhun Bayramov|Azerbaijan',
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Armenia',
      'HOLDS_OFFICE|Murat Nurtleu|Foreign Minister of Kazakhstan',
    ],
    absent: [
      'NEGOTIATES_FOR|Murat Nurtleu|*',
      'NEGOTIATES_FOR|Ararat Mirzoyan|Azerbaijan',
      'NEGOTIATES_FOR|Jeyhun Bayramov|Armenia',
    ],
  },
  {
    id: 'frag19.the-demonym-delegation-arrived-for-talks-with-s-then-it-is-headed-by-a-title-then-the-american-side-is-represented-by-b-c-and-d',
    form: '"The Ukrainian delegation arrived in C on Sunday for talks with S …. It is headed by A, the Secretary of …. The American side is represented by Secretary of State B, special envoy C and D." (the head told by a pronoun; "represented by" with three names)',
    source: 'Ukrainska Pravda',
    text: 'The Ukrainian delegation arrived in Florida on Sunday for talks with the United States on the peace framework. It is headed by Rustem Umerov, the Secretary of the National Security and Defence Council. The American side is represented by Secretary of State Marco Rubio, special envoy Steve Witkoff and Jared Kushner.',
    facts: [
      'NEGOTIATES_FOR|Rustem Umerov|Ukraine',
      'NEGOTIATES_FOR|Marco Rubio|United States',
      'NEGOTIATES_FOR|Steve Witkoff|United States',
      'NEGOTIATES_FOR|Jared Kushner|United States',
      'HOLDS_OFFICE|Rustem Umerov|Secretary of the National Security and Defence Council of Ukraine',
      'HOLDS_OFFICE|Marco Rubio|Secretary of State of United States',
    ],
    absent: ['NEGOTIATES_FOR|Rustem Umerov|United States', 'NEGOTIATES_FOR|Marco Rubio|Ukraine'],
  },
  {
    id: 'frag19.quote-said-a-s-international-trade-representative-after-talks-with-the-american-delegation-then-the-demonym-side-is-led-by-b-semicolon-c-heads-the-american-team',
    form: '"\'We are making progress,\' said A, China\'s international trade representative, after the first day of talks with the American delegation in C. The Chinese side is led by Vice-Premier B; US Treasury Secretary C heads the American team." (a negotiator named in a quote; "the X side is led by")',
    source: 'South China Morning Post',
    text: '“We are making progress,” said Li Chenggang, China’s international trade representative, after the first day of talks with the American delegation in London. The Chinese side is led by Vice-Premier He Lifeng; US Treasury Secretary Scott Bessent heads the American team.',
    facts: [
      'NEGOTIATES_FOR|Li Chenggang|China',
      'NEGOTIATES_FOR|He Lifeng|China',
      'NEGOTIATES_FOR|Scott Bessent|United States',
      'HOLDS_OFFICE|He Lifeng|Vice-Premier of China',
    ],
    absent: [
      'NEGOTIATES_FOR|Li Chenggang|United States',
      'NEGOTIATES_FOR|He Lifeng|United States',
      'NEGOTIATES_FOR|Scott Bessent|China',
    ],
  },
  {
    id: 'frag19.a-the-minister-responsible-for-s-t-trade-returned-for-another-round-with-secretary-b-then-he-was-joined-by-c-s-chief-trade-negotiator',
    form: '"A, the minister responsible for Canada-U.S. trade, returned to C for another round with Commerce Secretary B. He was joined by D, Canada\'s chief trade negotiator with the United States." (a side inside a title; the counterpart by office; a second negotiator after a pronoun)',
    source: 'CBC News',
    text: 'Dominic LeBlanc, the minister responsible for Canada-U.S. trade, returned to Washington on Wednesday for another round of talks with Commerce Secretary Howard Lutnick. He was joined by Kirsten Hillman, Canada’s chief trade negotiator with the United States.',
    facts: [
      'NEGOTIATES_FOR|Dominic LeBlanc|Canada',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'NEGOTIATES_FOR|Kirsten Hillman|Canada',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Dominic LeBlanc|United States',
      'NEGOTIATES_FOR|Howard Lutnick|Canada',
      'NEGOTIATES_FOR|Kirsten Hillman|United States',
    ],
  },
  {
    id: 'frag19.expert-level-talks-began-alongside-indirect-negotiations-then-the-demonym-experts-group-is-led-by-deputy-ministers-a-and-b-while-c-heads-the-american-technical-team',
    form: '"Expert-level talks between S and T began in C … alongside the third round of indirect negotiations. The Iranian experts\' group is led by Deputy Foreign Ministers A and B, while C, the State Department\'s director of policy planning, heads the American technical team." (a technical team; a plural title with two names)',
    source: 'Tasnim News Agency',
    text: 'Expert-level talks between Iran and the United States began in Muscat on Saturday alongside the third round of indirect negotiations. The Iranian experts’ group is led by Deputy Foreign Ministers Kazem Gharibabadi and Majid Takht-Ravanchi, while Michael Anton, the State Department’s director of policy planning, heads the American technical team.',
    facts: [
      'NEGOTIATES_FOR|Kazem Gharibabadi|Iran',
      'NEGOTIATES_FOR|Majid Takht-Ravanchi|Iran',
      'NEGOTIATES_FOR|Michael Anton|United States',
      'HOLDS_OFFICE|Kazem Gharibabadi|Deputy Foreign Minister of Iran',
      'HOLDS_OFFICE|Majid Takht-Ravanchi|Deputy Foreign Minister of Iran',
    ],
    absent: [
      'NEGOTIATES_FOR|Kazem Gharibabadi|United States',
      'NEGOTIATES_FOR|Majid Takht-Ravanchi|United States',
      'NEGOTIATES_FOR|Michael Anton|Iran',
    ],
  },
  {
    id: 'frag19.negotiations-on-detainees-resumed-under-auspices-of-un-envoys-office-and-icrc-then-the-government-delegation-is-headed-by-a-and-the-movement-delegation-by-b',
    form: '"The negotiations between the Yemeni Government and the Houthis on … resumed in S under the auspices of the Office of the UN Special Envoy and the ICRC. The government delegation is headed by A, and the Houthi delegation by B." (a gapped second side; a movement side)',
    source: 'Al-Masdar Online',
    text: 'The negotiations between the Yemeni Government and the Houthis on the exchange of detainees resumed in Switzerland on Saturday under the auspices of the Office of the UN Special Envoy and the International Committee of the Red Cross. The government delegation is headed by Hadi Haig, and the Houthi delegation by Abdulqader al-Murtada.',
    facts: ['NEGOTIATES_FOR|Hadi Haig|Yemen', 'NEGOTIATES_FOR|Abdulqader al-Murtada|Houthis'],
    absent: [
      'NEGOTIATES_FOR|Abdulqader al-Murtada|Yemen',
      'NEGOTIATES_FOR|Hadi Haig|Houthis',
      'NEGOTIATES_FOR|*|International Committee of the Red Cross',
    ],
  },
  {
    id: 'frag19.a-deputy-commander-of-org-and-b-deputy-commander-of-org2-held-secret-talks-then-surname-led-the-army-side-and-surname-that-of-the-rsf',
    form: '"Lt Gen A, deputy commander-in-chief of the Sudanese Armed Forces, and B, deputy commander of the Rapid Support Forces, held secret talks in C …. A led the army side, and B that of the RSF." (armed forces as sides; surnames in a gapped second clause)',
    source: 'Radio Dabanga',
    text: 'Lt Gen Shams al-Din Kabbashi, deputy commander-in-chief of the Sudanese Armed Forces, and Abdel Rahim Dagalo, deputy commander of the Rapid Support Forces, held secret talks in Manama in January, sources told Radio Dabanga. Kabbashi led the army side, and Dagalo that of the RSF.',
    facts: [
      'NEGOTIATES_FOR|Shams al-Din Kabbashi|Sudanese Armed Forces',
      'NEGOTIATES_FOR|Abdel Rahim Dagalo|Rapid Support Forces',
    ],
    absent: [
      'NEGOTIATES_FOR|Shams al-Din Kabbashi|Rapid Support Forces',
      'NEGOTIATES_FOR|Abdel Rahim Dagalo|Sudanese Armed Forces',
      'NEGOTIATES_FOR|*|Bahrain',
    ],
  },
  {
    id: 'frag19.senior-commanders-meeting-concluded-then-a-title-represented-the-federal-government-while-b-represented-the-movement-then-au-panel-led-by-c-facilitated',
    form: '"The senior commanders\' meeting under the Pretoria agreement concluded in C …. Field Marshal A, Chief of General Staff of the Ethiopian National Defence Force, represented the Federal Government, while General B represented the TPLF. The AU panel led by C facilitated the meeting." (the Federal Government with the state from a title; a movement; a facilitator)',
    source: 'Fana Broadcasting Corporate',
    text: 'The senior commanders’ meeting under the Pretoria agreement concluded in Nairobi on Saturday. Field Marshal Birhanu Jula, Chief of General Staff of the Ethiopian National Defence Force, represented the Federal Government, while General Tadesse Werede represented the TPLF. The AU panel led by Olusegun Obasanjo facilitated the meeting.',
    facts: ['NEGOTIATES_FOR|Birhanu Jula|Ethiopia', "NEGOTIATES_FOR|Tadesse Werede|Tigray People's Liberation Front"],
    absent: [
      "NEGOTIATES_FOR|Birhanu Jula|Tigray People's Liberation Front",
      'NEGOTIATES_FOR|Tadesse Werede|Ethiopia',
      'NEGOTIATES_FOR|Olusegun Obasanjo|Ethiopia',
      "NEGOTIATES_FOR|Olusegun Obasanjo|Tigray People's Liberation Front",
      'NEGOTIATES_FOR|*|Kenya',
    ],
  },
  {
    id: 'frag19.s-transitional-authorities-represented-by-foreign-minister-a-received-the-org-mediator-former-president-b-for-consultations-then-surname-was-accompanied',
    form: '"Mali\'s transitional authorities, represented by Foreign Minister A, received the ECOWAS mediator, former Nigerian President B, in C for consultations on …. B was accompanied by …." (a transitional authority "represented by"; an organisation\'s mediator for the organisation, not his state)',
    source: 'Jeune Afrique',
    text: 'Mali’s transitional authorities, represented by Foreign Minister Abdoulaye Diop, received the ECOWAS mediator, former Nigerian President Goodluck Jonathan, in Bamako on Monday for consultations on the transition timetable. Jonathan was accompanied by officials of the ECOWAS Commission.',
    facts: [
      'NEGOTIATES_FOR|Abdoulaye Diop|Mali',
      'NEGOTIATES_FOR|Goodluck Jonathan|Economic Community of West African States',
      'HOLDS_OFFICE|Abdoulaye Diop|Foreign Minister of Mali',
      'OFFICE_OF|Foreign Minister of Mali|Mali',
    ],
    absent: [
      'NEGOTIATES_FOR|Goodluck Jonathan|Nigeria',
      'NEGOTIATES_FOR|Goodluck Jonathan|Mali',
      'NEGOTIATES_FOR|Abdoulaye Diop|Economic Community of West African States',
    ],
  },
  {
    id: 'frag19.demonym-foreign-minister-a-met-a-demonym-delegation-for-talks-mediated-by-us-envoy-b-then-s-side-was-headed-by-minister-c',
    form: '"Syrian Foreign Minister A met an Israeli delegation in C … for talks on …, mediated by US envoy B. Israel\'s side was headed by Strategic Affairs Minister D." (the one side from a title and "met a … delegation"; a possessive side; a mediator)',
    source: 'North Press Agency',
    text: 'Syrian Foreign Minister Asaad al-Shaibani met an Israeli delegation in Paris on Tuesday for talks on de-escalation in southern Syria, mediated by US envoy Tom Barrack. Israel’s side was headed by Strategic Affairs Minister Ron Dermer.',
    facts: [
      'NEGOTIATES_FOR|Asaad al-Shaibani|Syria',
      'NEGOTIATES_FOR|Ron Dermer|Israel',
      'HOLDS_OFFICE|Asaad al-Shaibani|Foreign Minister of Syria',
      'HOLDS_OFFICE|Ron Dermer|Strategic Affairs Minister of Israel',
    ],
    absent: [
      'NEGOTIATES_FOR|Asaad al-Shaibani|Israel',
      'NEGOTIATES_FOR|Ron Dermer|Syria',
      'NEGOTIATES_FOR|Tom Barrack|Syria',
      'NEGOTIATES_FOR|Tom Barrack|Israel',
    ],
  },
  {
    id: 'frag19.a-the-special-representative-of-the-org-chairperson-in-office-s-foreign-minister-b-held-consultations-then-he-met-deputy-pm-c-the-chief-negotiator-of-s',
    form: '"A, the Special Representative of the OSCE Chairperson-in-Office, North Macedonia\'s Foreign Minister B, for the … Process, held consultations in C and D this week. In C he met Deputy Prime Minister for Reintegration E, the chief negotiator of the Republic of Moldova." (an envoy of an organisation\'s chair: the named chair is the principal; a chief negotiator "of" a state after a pronoun)',
    source: 'IPN News Agency',
    text: 'Thomas Mayr-Harting, the Special Representative of the OSCE Chairperson-in-Office, North Macedonia’s Foreign Minister Bujar Osmani, for the Transdniestrian Settlement Process, held consultations in Chisinau and Tiraspol this week. In Chisinau he met Deputy Prime Minister for Reintegration Oleg Serebrian, the chief negotiator of the Republic of Moldova.',
    facts: [
      'NEGOTIATES_FOR|Thomas Mayr-Harting|Bujar Osmani',
      'NEGOTIATES_FOR|Oleg Serebrian|Moldova',
      'HOLDS_OFFICE|Bujar Osmani|Foreign Minister of North Macedonia',
      'HOLDS_OFFICE|Oleg Serebrian|Deputy Prime Minister for Reintegration of Moldova',
      'OFFICE_OF|Deputy Prime Minister for Reintegration of Moldova|Moldova',
    ],
    absent: [
      'NEGOTIATES_FOR|Thomas Mayr-Harting|Moldova',
      'NEGOTIATES_FOR|Oleg Serebrian|North Macedonia',
      'NEGOTIATES_FOR|Bujar Osmani|Moldova',
    ],
  },
  {
    id: 'frag19.round-of-discussions-co-chaired-by-orgs-took-place-then-the-demonym-delegation-was-led-by-a-then-s-was-represented-by-b',
    form: '"The 59th round of the Geneva International Discussions, co-chaired by the EU, the UN and the OSCE, took place …. The Georgian delegation was led by First Deputy Foreign Minister A. Russia was represented by Deputy Foreign Minister B." (co-chairs no side; "S was represented by")',
    source: 'Agenda.ge',
    text: 'The 59th round of the Geneva International Discussions, co-chaired by the EU, the UN and the OSCE, took place in Geneva on Wednesday. The Georgian delegation was led by First Deputy Foreign Minister Lasha Darsalia. Russia was represented by Deputy Foreign Minister Mikhail Galuzin.',
    facts: [
      'NEGOTIATES_FOR|Lasha Darsalia|Georgia',
      'NEGOTIATES_FOR|Mikhail Galuzin|Russia',
      'HOLDS_OFFICE|Lasha Darsalia|First Deputy Foreign Minister of Georgia',
      'HOLDS_OFFICE|Mikhail Galuzin|Deputy Foreign Minister of Russia',
    ],
    absent: ['NEGOTIATES_FOR|Lasha Darsalia|Russia', 'NEGOTIATES_FOR|Mikhail Galuzin|Georgia'],
  },
  {
    id: 'frag19.on-the-part-of-s-the-treaty-was-signed-by-president-a-and-on-the-part-of-t-by-president-b-then-the-document-completes',
    form: '"On the part of S the treaty on the state border was signed by President A, and on the part of T by President B. The document completes …." ("on the part of" fronted; a gapped second side)',
    source: 'Kun.uz',
    text: 'On the part of Uzbekistan the treaty on the state border was signed by President Shavkat Mirziyoyev, and on the part of Kyrgyzstan by President Sadyr Japarov. The document completes the delimitation of the 1,300-kilometre border between the two countries.',
    facts: [
      'NEGOTIATES_FOR|Shavkat Mirziyoyev|Uzbekistan',
      'NEGOTIATES_FOR|Sadyr Japarov|Kyrgyzstan',
      'HOLDS_OFFICE|Shavkat Mirziyoyev|President of Uzbekistan',
      'HOLDS_OFFICE|Sadyr Japarov|President of Kyrgyzstan',
    ],
    absent: ['NEGOTIATES_FOR|Shavkat Mirziyoyev|Kyrgyzstan', 'NEGOTIATES_FOR|Sadyr Japarov|Uzbekistan'],
  },
  {
    id: 'frag19.the-demonym-delegation-to-the-consultation-mechanism-was-led-by-undersecretary-a-while-vice-minister-b-led-the-demonym-side-then-the-two-sides-continued-negotiations',
    form: '"The Philippine delegation to the 9th meeting of the Bilateral Consultation Mechanism on … was led by Foreign Affairs Undersecretary A, while Vice Foreign Minister B led the Chinese side. The two sides continued negotiations on a provisional arrangement …." (a consultation mechanism; "led the X side")',
    source: 'The Philippine Star',
    text: 'The Philippine delegation to the 9th meeting of the Bilateral Consultation Mechanism on the South China Sea was led by Foreign Affairs Undersecretary Theresa Lazaro, while Vice Foreign Minister Chen Xiaodong led the Chinese side. The two sides continued negotiations on a provisional arrangement for resupply missions to Ayungin Shoal.',
    facts: [
      'NEGOTIATES_FOR|Theresa Lazaro|Philippines',
      'NEGOTIATES_FOR|Chen Xiaodong|China',
      'HOLDS_OFFICE|Chen Xiaodong|Vice Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Theresa Lazaro|China', 'NEGOTIATES_FOR|Chen Xiaodong|Philippines'],
  },
  {
    id: 'frag19.indirect-talks-between-s-and-movement-continued-with-mediators-shuttling-between-delegations-then-movements-delegation-is-headed-by-a-while-agency-chief-b-led-the-demonym-team',
    form: '"Indirect talks between Israel and Hamas continued in C …, with Qatari and Egyptian mediators shuttling between the two delegations, housed in separate rooms. Hamas\'s delegation is headed by A, while Mossad chief B led the Israeli team." (proximity talks; a movement\'s possessive delegation; a demonym team)',
    source: 'Daily News Egypt',
    text: 'Indirect talks between Israel and Hamas continued in Doha on Monday, with Qatari and Egyptian mediators shuttling between the two delegations, housed in separate rooms of the same building. Hamas’s delegation is headed by Khalil al-Hayya, while Mossad chief David Barnea led the Israeli team.',
    facts: ['NEGOTIATES_FOR|Khalil al-Hayya|Hamas', 'NEGOTIATES_FOR|David Barnea|Israel'],
    absent: [
      'NEGOTIATES_FOR|Khalil al-Hayya|Israel',
      'NEGOTIATES_FOR|David Barnea|Hamas',
      'NEGOTIATES_FOR|*|Qatar',
      'NEGOTIATES_FOR|*|Egypt',
    ],
  },
  {
    id: 'frag19.a-demonym-delegation-headed-by-ambassador-a-arrived-for-talks-with-the-movement-accompanied-by-a-mediating-delegation-then-b-the-movements-chief-negotiator-said',
    form: '"A Saudi delegation headed by Ambassador A arrived in C … for talks with the Houthis, accompanied by an Omani delegation mediating between the two sides. B, the Houthis\' chief negotiator, said …." (a demonym delegation; a movement\'s chief negotiator told with a possessive; a mediating delegation)',
    source: 'Arab News',
    text: 'A Saudi delegation headed by Ambassador Mohammed Al Jaber arrived in Sanaa on Sunday for talks with the Houthis, accompanied by an Omani delegation mediating between the two sides. Mohammed Abdulsalam, the Houthis’ chief negotiator, said the talks would cover salaries and the reopening of ports.',
    facts: ['NEGOTIATES_FOR|Mohammed Al Jaber|Saudi Arabia', 'NEGOTIATES_FOR|Mohammed Abdulsalam|Houthis'],
    absent: [
      'NEGOTIATES_FOR|Mohammed Al Jaber|Houthis',
      'NEGOTIATES_FOR|Mohammed Abdulsalam|Saudi Arabia',
      'NEGOTIATES_FOR|*|Oman',
    ],
  },
  {
    id: 'frag19.cycle-of-talks-between-s-government-and-movement-closed-then-the-heads-of-the-two-delegations-a-for-the-government-and-b-for-the-guerrilla-signed-then-guarantor-diplomats-attended',
    form: '"The sixth cycle of talks between Colombia\'s Government and the ELN closed in C …. The heads of the two delegations, A for the Government and B for the guerrilla, signed the closing statement. Diplomats of Cuba and Norway, the guarantor countries, attended." (a plural title with "A for X and B for Y"; "the guerrilla" told again; guarantors)',
    source: 'Caracol Radio',
    text: 'The sixth cycle of talks between Colombia’s Government and the ELN closed in Havana on Tuesday. The heads of the two delegations, Vera Grabe for the Government and Pablo Beltrán for the guerrilla, signed the closing statement. Diplomats of Cuba and Norway, the guarantor countries, attended the ceremony.',
    facts: ['NEGOTIATES_FOR|Vera Grabe|Colombia', 'NEGOTIATES_FOR|Pablo Beltrán|National Liberation Army'],
    absent: [
      'NEGOTIATES_FOR|Vera Grabe|National Liberation Army',
      'NEGOTIATES_FOR|Pablo Beltrán|Colombia',
      'NEGOTIATES_FOR|*|Cuba',
      'NEGOTIATES_FOR|*|Norway',
    ],
  },
  {
    id: 'frag19.the-commissions-on-delimitation-between-s-and-t-held-their-meeting-then-the-demonym-commission-is-chaired-by-deputy-pm-a-and-the-other-one-by-deputy-pm-b',
    form: '"The state commissions on the delimitation of the border between S and T held their eighth meeting …. The Azerbaijani commission is chaired by Deputy Prime Minister A, and the Armenian one by Deputy Prime Minister B." (a side\'s own commission chaired: its head; "the X one")',
    source: 'Azernews',
    text: 'The state commissions on the delimitation of the border between Azerbaijan and Armenia held their eighth meeting on the border on Friday. The Azerbaijani commission is chaired by Deputy Prime Minister Shahin Mustafayev, and the Armenian one by Deputy Prime Minister Mher Grigoryan.',
    facts: [
      'NEGOTIATES_FOR|Shahin Mustafayev|Azerbaijan',
      'NEGOTIATES_FOR|Mher Grigoryan|Armenia',
      'HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Azerbaijan',
      'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Armenia',
    ],
    absent: ['NEGOTIATES_FOR|Shahin Mustafayev|Armenia', 'NEGOTIATES_FOR|Mher Grigoryan|Azerbaijan'],
  },
  {
    id: 'frag19.quote-said-prime-minister-a-after-the-treaty-was-signed-then-s-was-represented-at-the-negotiations-by-a-team-led-by-b-while-c-pm-ds-special-envoy-led-the-british-side',
    form: '"\'…,\' said Prime Minister A after the treaty was signed. S was represented at the negotiations by a team led by Attorney General B, while C, Prime Minister D\'s special envoy, led the British side." (the speaker only comments; "represented … by a team led by"; an envoy of a named head of government)',
    source: 'Le Mauricien',
    text: '“We have secured the return of the Chagos,” said Prime Minister Navin Ramgoolam after the treaty was signed. Mauritius was represented at the negotiations by a team led by Attorney General Gavin Glover, while Jonathan Powell, Prime Minister Keir Starmer’s special envoy, led the British side.',
    facts: [
      'NEGOTIATES_FOR|Gavin Glover|Mauritius',
      'NEGOTIATES_FOR|Jonathan Powell|Keir Starmer',
      'NEGOTIATES_FOR|Jonathan Powell|United Kingdom',
      'HOLDS_OFFICE|Navin Ramgoolam|Prime Minister of Mauritius',
      'HOLDS_OFFICE|Gavin Glover|Attorney General of Mauritius',
      'HOLDS_OFFICE|Keir Starmer|Prime Minister of United Kingdom',
    ],
    absent: [
      'NEGOTIATES_FOR|Navin Ramgoolam|*',
      'NEGOTIATES_FOR|Gavin Glover|United Kingdom',
      'NEGOTIATES_FOR|Jonathan Powell|Mauritius',
    ],
  },
  {
    id: 'frag19.at-conference-a-the-demonym-climate-envoy-who-chairs-the-group-of-negotiators-said-then-b-the-blocs-commissioner-leads-the-blocs-negotiators',
    form: "\"At COP29 in C, A, the Kenyan climate envoy who chairs the African Group of Negotiators, said the finance offer was 'unacceptable'. B, the EU's climate commissioner, leads the bloc's negotiators.\" (a negotiating group's chair; \"the bloc's negotiators\")",
    source: 'The Guardian',
    text: 'At COP29 in Baku, Ali Mohamed, the Kenyan climate envoy who chairs the African Group of Negotiators, said the finance offer on the table was “unacceptable”. Wopke Hoekstra, the EU’s climate commissioner, leads the bloc’s negotiators.',
    facts: ['NEGOTIATES_FOR|Ali Mohamed|African Group of Negotiators', 'NEGOTIATES_FOR|Wopke Hoekstra|European Union'],
    absent: ['NEGOTIATES_FOR|Wopke Hoekstra|African Group of Negotiators', 'NEGOTIATES_FOR|*|Azerbaijan'],
  },
  {
    id: 'frag19.a-the-personal-envoy-of-secretary-general-b-held-consultations-with-foreign-minister-c-then-he-will-travel',
    form: '"A, the personal envoy of Secretary-General B for Western Sahara, held consultations in C with Foreign Minister D. He will travel to … next week." (an envoy of an organisation\'s head: the named head is the principal, not the host state)',
    source: 'Hespress',
    text: 'Staffan de Mistura, the personal envoy of UN Secretary-General António Guterres for Western Sahara, held consultations in Rabat on Tuesday with Foreign Minister Nasser Bourita. He will travel to Tindouf and Algiers next week.',
    facts: [
      'NEGOTIATES_FOR|Staffan de Mistura|António Guterres',
      'HOLDS_OFFICE|Nasser Bourita|Foreign Minister of Morocco',
    ],
    absent: ['NEGOTIATES_FOR|Staffan de Mistura|Morocco', 'NEGOTIATES_FOR|Staffan de Mistura|Algeria'],
  },
  // Short readouts with a title line.
  {
    id: 'read19.s-and-org-conclude-agreement-then-secretary-a-and-commissioner-b-announced-then-the-negotiations-were-led-on-the-part-of-s-by-a-and-on-the-part-of-org-by-b',
    form: 'Title; "Secretary of Economy A and European Commissioner for C B announced the conclusion …. The negotiations were led on the part of Mexico by A and on the part of the European Union by B. …" ("on the part of" with surnames; the issuer\'s state)',
    source: 'Secretaría de Economía (Mexico)',
    text: 'Mexico and the European Union conclude the modernised Global Agreement\nMexico City, 17 January 2025 – Secretary of Economy Marcelo Ebrard and European Commissioner for Trade and Economic Security Maroš Šefčovič announced the conclusion of the negotiations on the modernised EU–Mexico Global Agreement on Friday. The negotiations were led on the part of Mexico by Ebrard and on the part of the European Union by Šefčovič. The agreement removes tariffs on almost all trade in goods. It will now undergo legal review.',
    facts: [
      'NEGOTIATES_FOR|Marcelo Ebrard|Mexico',
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Marcelo Ebrard|Secretary of Economy of Mexico',
      'OFFICE_OF|Secretary of Economy of Mexico|Mexico',
      'HOLDS_OFFICE|Maroš Šefčovič|European Commissioner for Trade and Economic Security',
    ],
    absent: ['NEGOTIATES_FOR|Marcelo Ebrard|European Union', 'NEGOTIATES_FOR|Maroš Šefčovič|Mexico'],
  },
  {
    id: 'read19.s-and-org-open-talks-then-negotiations-formally-began-then-a-leads-the-s-side-and-b-the-orgs-then-quote-surname-said',
    form: "Title; \"Negotiations on … between the United Kingdom and the European Union formally began …. A, the minister for European Union relations, leads the UK side, and B, the European Commissioner for …, the EU's. '…,' A said.\" (a gapped possessive side; a quote by surname)",
    source: 'Financial Times',
    text: 'UK and EU open talks on veterinary deal\nLondon, 2 June 2025 – Negotiations on a sanitary and phytosanitary agreement between the United Kingdom and the European Union formally began in Brussels on Monday. Nick Thomas-Symonds, the minister for European Union relations, leads the UK side, and Maroš Šefčovič, the European Commissioner for Trade and Economic Security, the EU’s. “We want to move quickly,” Thomas-Symonds said. Farmers’ groups welcomed the start of the talks.',
    facts: [
      'NEGOTIATES_FOR|Nick Thomas-Symonds|United Kingdom',
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Maroš Šefčovič|European Commissioner for Trade and Economic Security',
    ],
    absent: ['NEGOTIATES_FOR|Nick Thomas-Symonds|European Union', 'NEGOTIATES_FOR|Maroš Šefčovič|United Kingdom'],
  },
  {
    id: 'read19.a-heads-to-capital-for-round-then-a-s-chief-tariff-negotiator-will-travel-then-the-minister-has-met-secretaries-b-and-c-then-chief-cabinet-secretary-said',
    form: 'Title; "A, Japan\'s chief tariff negotiator, will travel to C … for another round of talks. The economic revitalization minister has met Commerce Secretary B and Treasury Secretary C several times since April. He is expected to meet B again on Monday. Chief Cabinet Secretary D told reporters …." (the counterparts by office; the negotiator told again by role and pronoun; a spokesman no side)',
    source: 'The Japan Times',
    text: 'Akazawa heads to Washington for another round of tariff talks\nTokyo, 18 July 2025 – Ryosei Akazawa, Japan’s chief tariff negotiator, will travel to Washington on Friday for another round of talks with the United States. The economic revitalization minister has met Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent several times since April. He is expected to meet Lutnick again on Monday. Chief Cabinet Secretary Yoshimasa Hayashi told reporters the government would not rush to a deal.',
    facts: [
      'NEGOTIATES_FOR|Ryosei Akazawa|Japan',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'NEGOTIATES_FOR|Scott Bessent|United States',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of United States',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of United States',
      'HOLDS_OFFICE|Yoshimasa Hayashi|Chief Cabinet Secretary of Japan',
    ],
    absent: [
      'NEGOTIATES_FOR|Yoshimasa Hayashi|*',
      'NEGOTIATES_FOR|Ryosei Akazawa|United States',
      'NEGOTIATES_FOR|Howard Lutnick|Japan',
    ],
  },
  {
    id: 'read19.s-trade-chiefs-head-to-capital-then-industry-minister-a-and-trade-minister-b-who-lead-s-tariff-negotiations-left-then-a-will-meet-secretary-c-while-b-holds-talks-with-representative-d',
    form: "Title; \"Industry Minister A and Trade Minister B, who lead Korea's tariff negotiations with the United States, left for C …. A will meet Commerce Secretary D, while B is to hold talks with U.S. Trade Representative E. Deputy Prime Minister … F was to join a '2+2' with Treasury Secretary G, but the meeting was postponed.\" (two titled names with one possessive side; counterparts by office)",
    source: 'The Korea Times',
    text: 'Seoul’s trade chiefs head to Washington\nSeoul, 22 July 2025 – Industry Minister Kim Jung-kwan and Trade Minister Yeo Han-koo, who lead Korea’s tariff negotiations with the United States, left for Washington on Tuesday. Kim will meet Commerce Secretary Howard Lutnick, while Yeo is to hold talks with U.S. Trade Representative Jamieson Greer. Deputy Prime Minister and Finance Minister Koo Yun-cheol was to join a “2+2” meeting with Treasury Secretary Scott Bessent, but the meeting was postponed. The presidential office said the talks would continue until the August deadline.',
    facts: [
      'NEGOTIATES_FOR|Kim Jung-kwan|South Korea',
      'NEGOTIATES_FOR|Yeo Han-koo|South Korea',
      'NEGOTIATES_FOR|Howard Lutnick|United States',
      'NEGOTIATES_FOR|Jamieson Greer|United States',
      'HOLDS_OFFICE|Kim Jung-kwan|Industry Minister of South Korea',
      'HOLDS_OFFICE|Yeo Han-koo|Trade Minister of South Korea',
      'HOLDS_OFFICE|Howard Lutnick|Commerce Secretary of United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Kim Jung-kwan|United States',
      'NEGOTIATES_FOR|Yeo Han-koo|United States',
      'NEGOTIATES_FOR|Jamieson Greer|South Korea',
    ],
  },
  {
    id: 'read19.s-and-t-hold-second-round-of-indirect-talks-then-the-demonym-delegation-was-headed-by-fm-and-the-american-one-by-envoy-then-mediator-fm-carried-messages-then-surname-described',
    form: 'Title; "S and T held a second round of indirect negotiations at … in C. The Iranian delegation was headed by Foreign Minister A, and the American one by Special Envoy B. Oman\'s Foreign Minister D carried messages between the two delegations, which sat in separate rooms. A described …." (indirect talks; "the American one"; a mediator)',
    source: 'Press TV',
    text: 'Iran, US hold second round of indirect talks in Rome\nRome, 19 April 2025 – Iran and the United States held a second round of indirect negotiations at the Omani embassy in Rome on Saturday. The Iranian delegation was headed by Foreign Minister Abbas Araghchi, and the American one by Special Envoy Steve Witkoff. Oman’s Foreign Minister Badr Albusaidi carried messages between the two delegations, which sat in separate rooms. Araghchi described the talks as constructive.',
    facts: [
      'NEGOTIATES_FOR|Abbas Araghchi|Iran',
      'NEGOTIATES_FOR|Steve Witkoff|United States',
      'HOLDS_OFFICE|Abbas Araghchi|Foreign Minister of Iran',
      'HOLDS_OFFICE|Badr Albusaidi|Foreign Minister of Oman',
    ],
    absent: [
      'NEGOTIATES_FOR|Abbas Araghchi|United States',
      'NEGOTIATES_FOR|Steve Witkoff|Iran',
      'NEGOTIATES_FOR|Badr Albusaidi|Iran',
      'NEGOTIATES_FOR|Badr Albusaidi|United States',
    ],
  },
  {
    id: 'read19.s-and-t-agree-on-ceasefire-then-acting-pm-a-led-the-demonym-delegation-at-meeting-hosted-by-pm-c-then-the-demonym-side-was-represented-by-pm-b-then-observers-attended',
    form: 'Title; "Acting Prime Minister A led the Thai delegation at the special meeting with Cambodia hosted by Malaysian Prime Minister C. The Cambodian side was represented by Prime Minister B. The two sides agreed …. Representatives of the United States and China attended as observers." (the issuer\'s demonym; a host; observers)',
    source: 'Thai PBS',
    text: 'Thailand and Cambodia agree on ceasefire in Putrajaya\nPutrajaya, 28 July 2025 – Acting Prime Minister Phumtham Wechayachai led the Thai delegation at the special meeting with Cambodia hosted by Malaysian Prime Minister Anwar Ibrahim. The Cambodian side was represented by Prime Minister Hun Manet. The two sides agreed to an immediate and unconditional ceasefire from midnight. Representatives of the United States and China attended as observers.',
    facts: [
      'NEGOTIATES_FOR|Phumtham Wechayachai|Thailand',
      'NEGOTIATES_FOR|Hun Manet|Cambodia',
      'HOLDS_OFFICE|Phumtham Wechayachai|Acting Prime Minister of Thailand',
      'HOLDS_OFFICE|Hun Manet|Prime Minister of Cambodia',
      'HOLDS_OFFICE|Anwar Ibrahim|Prime Minister of Malaysia',
    ],
    absent: [
      'NEGOTIATES_FOR|Anwar Ibrahim|*',
      'NEGOTIATES_FOR|Phumtham Wechayachai|Cambodia',
      'NEGOTIATES_FOR|Hun Manet|Thailand',
      'NEGOTIATES_FOR|*|China',
    ],
  },
  {
    id: 'read19.talks-between-s-and-t-hosted-by-u-ended-then-host-fm-shuttled-between-delegations-then-s-delegation-was-led-by-fm-a-and-t-by-fm-b-then-surname-said',
    form: 'Title; "Talks between S and T hosted by U ended …. Turkish Foreign Minister C shuttled between the two delegations, which did not meet face to face. Somalia\'s delegation was led by Foreign Minister A, and Ethiopia\'s by Foreign Minister B. A said …." (shuttle diplomacy: the host no side; a gapped possessive delegation)',
    source: 'Hiiraan Online',
    text: 'Ankara talks between Somalia and Ethiopia end without agreement\nAnkara, 2 July 2024 – Talks between Somalia and Ethiopia hosted by Türkiye ended on Monday without a joint statement. Turkish Foreign Minister Hakan Fidan shuttled between the two delegations, which did not meet face to face. Somalia’s delegation was led by Foreign Minister Ahmed Moallim Fiqi, and Ethiopia’s by Foreign Minister Taye Atske Selassie. Fiqi said Somalia’s sovereignty was not negotiable.',
    facts: [
      'NEGOTIATES_FOR|Ahmed Moallim Fiqi|Somalia',
      'NEGOTIATES_FOR|Taye Atske Selassie|Ethiopia',
      'HOLDS_OFFICE|Ahmed Moallim Fiqi|Foreign Minister of Somalia',
      'HOLDS_OFFICE|Taye Atske Selassie|Foreign Minister of Ethiopia',
      'HOLDS_OFFICE|Hakan Fidan|Foreign Minister of Turkey',
    ],
    absent: [
      'NEGOTIATES_FOR|Hakan Fidan|Somalia',
      'NEGOTIATES_FOR|Hakan Fidan|Ethiopia',
      'NEGOTIATES_FOR|Ahmed Moallim Fiqi|Ethiopia',
      'NEGOTIATES_FOR|Taye Atske Selassie|Somalia',
    ],
  },
  {
    id: 'read19.s-and-t-sign-agreement-then-agreement-was-signed-by-first-dpm-a-and-secretary-b-then-surname-who-led-the-negotiations-for-capital-said-then-ambassador-attended',
    form: 'Title; "The agreement establishing … was signed in C … by First Deputy Prime Minister and Minister of Economy A and Treasury Secretary B. A, who led the negotiations for Kyiv, said …. Ambassador D attended the ceremony." (a plain signature gives no side; "led the negotiations for <capital>")',
    source: 'RBC-Ukraine',
    text: 'Ukraine and the US sign minerals agreement\nWashington, 1 May 2025 – The agreement establishing a United States–Ukraine reconstruction investment fund was signed in Washington on Wednesday by First Deputy Prime Minister and Minister of Economy Yulia Svyrydenko and Treasury Secretary Scott Bessent. Svyrydenko, who led the negotiations for Kyiv, said the fund would be managed by the two countries on an equal footing. Ambassador Oksana Markarova attended the ceremony.',
    facts: [
      'NEGOTIATES_FOR|Yulia Svyrydenko|Ukraine',
      'HOLDS_OFFICE|Yulia Svyrydenko|First Deputy Prime Minister of Ukraine',
      'HOLDS_OFFICE|Yulia Svyrydenko|Minister of Economy of Ukraine',
      'HOLDS_OFFICE|Scott Bessent|Treasury Secretary of United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Scott Bessent|*',
      'NEGOTIATES_FOR|Oksana Markarova|*',
      'NEGOTIATES_FOR|Yulia Svyrydenko|United States',
    ],
  },
  {
    id: 'read19.special-representatives-hold-talks-then-the-special-representatives-of-s-and-t-nsa-a-and-fm-b-held-their-meeting-then-the-working-mechanism-whose-demonym-side-is-led-by-c',
    form: 'Title; "The Special Representatives of India and China on the boundary question, National Security Adviser A and Foreign Minister B, held their 23rd meeting in C …. … The talks followed … the Working Mechanism for Consultation and Coordination, whose Indian side is led by Joint Secretary D." (a plural title with two sides and two names; a working group\'s side)',
    source: 'Hindustan Times',
    text: 'Doval, Wang hold Special Representatives talks in Beijing\nBeijing, 18 December 2024 – The Special Representatives of India and China on the boundary question, National Security Adviser Ajit Doval and Foreign Minister Wang Yi, held their 23rd meeting in Beijing on Wednesday. It was their first meeting in five years. The talks followed an agreement on patrolling reached through the Working Mechanism for Consultation and Coordination, whose Indian side is led by Joint Secretary Gourangalal Das. The two sides agreed to meet again in India next year.',
    facts: [
      'NEGOTIATES_FOR|Ajit Doval|India',
      'NEGOTIATES_FOR|Wang Yi|China',
      'NEGOTIATES_FOR|Gourangalal Das|India',
      'HOLDS_OFFICE|Ajit Doval|National Security Adviser of India',
      'HOLDS_OFFICE|Wang Yi|Foreign Minister of China',
    ],
    absent: ['NEGOTIATES_FOR|Ajit Doval|China', 'NEGOTIATES_FOR|Wang Yi|India', 'NEGOTIATES_FOR|Gourangalal Das|China'],
  },
  {
    id: 'read19.dialogue-team-begins-work-then-committee-held-first-sitting-then-the-coalition-side-is-led-by-a-while-b-heads-the-other-coalitions-team-then-president-and-c-did-not-attend',
    form: 'Title; "The National Dialogue Committee … held its first sitting …. The Kenya Kwanza side is led by National Assembly Majority Leader A, while Wiper leader B heads the Azimio la Umoja team. … President C and D did not attend." (coalitions as sides; principals not present no side)',
    source: 'Capital FM (Kenya)',
    text: 'Bipartisan dialogue team begins work\nNairobi, 9 August 2023 – The National Dialogue Committee formed to resolve the political stalemate held its first sitting at the Bomas of Kenya on Wednesday. The Kenya Kwanza side is led by National Assembly Majority Leader Kimani Ichung’wah, while Wiper leader Kalonzo Musyoka heads the Azimio la Umoja team. The two leaders said the talks would conclude within 60 days. President William Ruto and Raila Odinga did not attend.',
    facts: [
      'NEGOTIATES_FOR|Kimani Ichung’wah|Kenya Kwanza',
      'NEGOTIATES_FOR|Kalonzo Musyoka|Azimio la Umoja',
      'HOLDS_OFFICE|William Ruto|President of Kenya',
    ],
    absent: [
      'NEGOTIATES_FOR|William Ruto|*',
      'NEGOTIATES_FOR|Raila Odinga|*',
      'NEGOTIATES_FOR|Kimani Ichung’wah|Azimio la Umoja',
      'NEGOTIATES_FOR|Kalonzo Musyoka|Kenya Kwanza',
    ],
  },
  {
    id: 'read19.host-hosts-s-t-talks-then-the-american-delegation-included-a-b-and-c-while-the-russian-side-was-represented-by-d-and-e-then-host-ministers-attended-opening-then-a-and-d-agreed',
    form: 'Title; "The Kingdom hosted talks between S and T at …. The American delegation included Secretary of State A, National Security Adviser B and Special Envoy C, while the Russian side was represented by Foreign Minister D and presidential aide E. Foreign Minister F and National Security Adviser G attended the opening session. A and D agreed …." (delegation lists on both sides; hosts no side)',
    source: 'Saudi Gazette',
    text: 'Riyadh hosts US–Russia talks\nRiyadh, 18 February 2025 – The Kingdom hosted talks between the United States and Russia at Diriyah Palace on Tuesday. The American delegation included Secretary of State Marco Rubio, National Security Adviser Mike Waltz and Special Envoy Steve Witkoff, while the Russian side was represented by Foreign Minister Sergey Lavrov and presidential aide Yuri Ushakov. Foreign Minister Prince Faisal bin Farhan and National Security Adviser Musaed Al-Aiban attended the opening session. Rubio and Lavrov agreed to appoint high-level teams to work on ending the war in Ukraine.',
    facts: [
      'NEGOTIATES_FOR|Marco Rubio|United States',
      'NEGOTIATES_FOR|Mike Waltz|United States',
      'NEGOTIATES_FOR|Steve Witkoff|United States',
      'NEGOTIATES_FOR|Sergey Lavrov|Russia',
      'NEGOTIATES_FOR|Yuri Ushakov|Russia',
      'HOLDS_OFFICE|Marco Rubio|Secretary of State of United States',
      'HOLDS_OFFICE|Mike Waltz|National Security Adviser of United States',
      'HOLDS_OFFICE|Sergey Lavrov|Foreign Minister of Russia',
      'HOLDS_OFFICE|Faisal bin Farhan|Foreign Minister of Saudi Arabia',
      'HOLDS_OFFICE|Musaed Al-Aiban|National Security Adviser of Saudi Arabia',
    ],
    absent: [
      'NEGOTIATES_FOR|Faisal bin Farhan|*',
      'NEGOTIATES_FOR|Musaed Al-Aiban|*',
      'NEGOTIATES_FOR|Marco Rubio|Russia',
      'NEGOTIATES_FOR|Sergey Lavrov|United States',
    ],
  },
  {
    id: 'read19.org-and-s-reach-staff-level-agreement-then-the-org-mission-led-by-a-held-talks-with-the-demonym-authorities-then-finance-minister-b-led-the-demonym-side-then-surname-said',
    form: 'Title; "The International Monetary Fund and Pakistan have reached a staff-level agreement …. The IMF mission, led by A, held talks with the Pakistani authorities in C …. Finance Minister B led the Pakistani side. A said …." (an organisation\'s mission; "led the X side")',
    source: 'Dawn',
    text: 'IMF, Pakistan reach staff-level agreement on $7bn programme\nIslamabad, 13 July 2024 – The International Monetary Fund and Pakistan have reached a staff-level agreement on a 37-month Extended Fund Facility. The IMF mission, led by Nathan Porter, held talks with the Pakistani authorities in Islamabad and then virtually. Finance Minister Muhammad Aurangzeb led the Pakistani side. Porter said the agreement remained subject to the approval of the Executive Board.',
    facts: [
      'NEGOTIATES_FOR|Nathan Porter|International Monetary Fund',
      'NEGOTIATES_FOR|Muhammad Aurangzeb|Pakistan',
      'HOLDS_OFFICE|Muhammad Aurangzeb|Finance Minister of Pakistan',
      'OFFICE_OF|Finance Minister of Pakistan|Pakistan',
    ],
    absent: ['NEGOTIATES_FOR|Nathan Porter|Pakistan', 'NEGOTIATES_FOR|Muhammad Aurangzeb|International Monetary Fund'],
  },
  {
    id: 'read19.s-and-t-conclude-fta-then-quote-said-secretary-a-who-led-the-negotiations-for-the-uk-then-his-demonym-counterpart-minister-b-called-then-pms-c-and-d-announced-in-a-call',
    form: 'Title; "\'A landmark day,\' said Business and Trade Secretary A, who led the negotiations for the UK. His Indian counterpart, Commerce and Industry Minister B, called …. Prime Ministers C and D announced the conclusion in a telephone call." (a quote; a demonym counterpart; leaders who only announce)',
    source: 'Mint',
    text: 'India, UK conclude free trade agreement after three years\nNew Delhi, 6 May 2025 – India and the United Kingdom have concluded negotiations on a free trade agreement. “A landmark day,” said Business and Trade Secretary Jonathan Reynolds, who led the negotiations for the UK. His Indian counterpart, Commerce and Industry Minister Piyush Goyal, called the deal balanced and ambitious. Prime Ministers Narendra Modi and Keir Starmer announced the conclusion in a telephone call.',
    facts: [
      'NEGOTIATES_FOR|Jonathan Reynolds|United Kingdom',
      'NEGOTIATES_FOR|Piyush Goyal|India',
      'HOLDS_OFFICE|Jonathan Reynolds|Business and Trade Secretary of United Kingdom',
      'HOLDS_OFFICE|Piyush Goyal|Commerce and Industry Minister of India',
    ],
    absent: [
      'NEGOTIATES_FOR|Narendra Modi|*',
      'NEGOTIATES_FOR|Keir Starmer|*',
      'NEGOTIATES_FOR|Jonathan Reynolds|India',
      'NEGOTIATES_FOR|Piyush Goyal|United Kingdom',
    ],
  },
  {
    id: 'read19.joint-committee-agrees-on-laws-then-committee-of-org-and-org2-concluded-then-work-was-led-for-the-org-side-by-a-and-for-the-org2-side-by-b-then-host-fm-attended',
    form: 'Title; "The joint 6+6 committee of the House of Representatives and the High State Council concluded its meetings in C …. The committee\'s work was led for the House side by A and for the State Council side by B. Moroccan Foreign Minister D, who hosted the meetings, attended …." (bodies of one state as sides, "for the X side by"; a host)',
    source: 'Libya Observer',
    text: '6+6 committee agrees on electoral laws in Bouznika\nBouznika, 6 June 2023 – The joint 6+6 committee of the House of Representatives and the High State Council concluded its meetings in Bouznika, Morocco, on Tuesday with agreement on the electoral laws. The committee’s work was led for the House side by Jalal al-Shwehdi and for the State Council side by Omar Boshah. Moroccan Foreign Minister Nasser Bourita, who hosted the meetings, attended the signing of the minutes. The laws now go to the two chambers.',
    facts: [
      'NEGOTIATES_FOR|Jalal al-Shwehdi|House of Representatives',
      'NEGOTIATES_FOR|Omar Boshah|High State Council',
      'HOLDS_OFFICE|Nasser Bourita|Foreign Minister of Morocco',
    ],
    absent: [
      'NEGOTIATES_FOR|Nasser Bourita|*',
      'NEGOTIATES_FOR|Jalal al-Shwehdi|High State Council',
      'NEGOTIATES_FOR|Omar Boshah|House of Representatives',
    ],
  },
  {
    id: 'read19.s-and-org-conclude-negotiations-then-fm-a-and-the-commissions-evp-b-who-led-the-talks-for-their-respective-sides-announced-then-under-secretary-c-headed-the-technical-team-then-president-welcomed',
    form: 'Title; "Foreign Minister A and the European Commission\'s Executive Vice-President B, who led the talks for their respective sides, announced the result …. Under-Secretary for … C headed the Chilean technical team in the final rounds. President D welcomed the deal." (a relative "for their respective sides"; a technical team by demonym; a leader no side)',
    source: 'Cooperativa.cl',
    text: 'Chile and the EU conclude Advanced Framework Agreement\nSantiago, 9 December 2022 – Chile and the European Union concluded the negotiations on their Advanced Framework Agreement on Friday. Foreign Minister Antonia Urrejola and the European Commission’s Executive Vice-President Valdis Dombrovskis, who led the talks for their respective sides, announced the result by video conference. Under-Secretary for International Economic Relations José Miguel Ahumada headed the Chilean technical team in the final rounds. President Gabriel Boric welcomed the deal.',
    facts: [
      'NEGOTIATES_FOR|Antonia Urrejola|Chile',
      'NEGOTIATES_FOR|Valdis Dombrovskis|European Union',
      'NEGOTIATES_FOR|José Miguel Ahumada|Chile',
      'HOLDS_OFFICE|Antonia Urrejola|Foreign Minister of Chile',
      'HOLDS_OFFICE|Valdis Dombrovskis|Executive Vice-President of the European Commission',
      'HOLDS_OFFICE|José Miguel Ahumada|Under-Secretary for International Economic Relations of Chile',
      'HOLDS_OFFICE|Gabriel Boric|President of Chile',
    ],
    absent: [
      'NEGOTIATES_FOR|Gabriel Boric|*',
      'NEGOTIATES_FOR|Antonia Urrejola|European Union',
      'NEGOTIATES_FOR|Valdis Dombrovskis|Chile',
    ],
  },
  {
    id: 'read19.s-and-t-hold-consultations-then-diplomats-held-consultations-then-the-demonym-delegation-was-headed-by-a-title-then-he-faced-a-team-led-by-deputy-assistant-secretary-b',
    form: 'Title; "Russian and American diplomats held six hours of consultations on …. The Russian delegation was headed by A, director of the Foreign Ministry\'s North America Department. He faced a team led by Deputy Assistant Secretary of State B. The Russian Foreign Ministry called …." (consultations; the counterpart after a pronoun, side from the office)',
    source: 'Kommersant',
    text: 'Russia and US hold consultations on embassies in Istanbul\nIstanbul, 27 February 2025 – Russian and American diplomats held six hours of consultations on the work of their embassies at the US consul general’s residence in Istanbul on Thursday. The Russian delegation was headed by Alexander Darchiev, director of the Foreign Ministry’s North America Department. He faced a team led by Deputy Assistant Secretary of State Sonata Coulter. The Russian Foreign Ministry called the talks substantive and businesslike.',
    facts: [
      'NEGOTIATES_FOR|Alexander Darchiev|Russia',
      'NEGOTIATES_FOR|Sonata Coulter|United States',
      'HOLDS_OFFICE|Sonata Coulter|Deputy Assistant Secretary of State of United States',
    ],
    absent: ['NEGOTIATES_FOR|Alexander Darchiev|United States', 'NEGOTIATES_FOR|Sonata Coulter|Russia'],
  },
  {
    id: 'read19.envoy-meets-president-then-a-the-special-envoy-of-us-president-b-held-talks-with-c-then-a-was-met-by-d-the-russian-presidents-special-envoy-then-spokesman-said',
    form: 'Title; "A, the special envoy of US President B, held talks with C in D …. A was met at the airport by E, the Russian President\'s special envoy for economic cooperation …. Kremlin spokesman F said …." (envoys of named heads of state: the principal is the person)',
    source: 'Novaya Gazeta Europe',
    text: 'Witkoff meets Putin in St Petersburg\nSt Petersburg, 11 April 2025 – Steve Witkoff, the special envoy of US President Donald Trump, held talks with Vladimir Putin in St Petersburg on Friday, his third trip to Russia this year. Witkoff was met at the airport by Kirill Dmitriev, the Russian President’s special envoy for economic cooperation, who had visited Washington the week before. Kremlin spokesman Dmitry Peskov said the talks lasted more than four hours.',
    facts: [
      'NEGOTIATES_FOR|Steve Witkoff|Donald Trump',
      'NEGOTIATES_FOR|Kirill Dmitriev|Vladimir Putin',
      'HOLDS_OFFICE|Donald Trump|President of United States',
    ],
    absent: [
      'NEGOTIATES_FOR|Dmitry Peskov|*',
      'NEGOTIATES_FOR|Steve Witkoff|Russia',
      'NEGOTIATES_FOR|Kirill Dmitriev|United States',
      'NEGOTIATES_FOR|Kirill Dmitriev|Donald Trump',
    ],
  },
  {
    id: 'read19.s-opens-accession-negotiations-then-the-demonym-delegation-was-headed-by-deputy-pm-a-then-the-org-side-was-represented-by-minister-b-for-the-council-presidency-and-commissioner-c',
    form: 'Title; "The first intergovernmental conference on Ukraine\'s accession … was held in C …. The Ukrainian delegation was headed by Deputy Prime Minister for … A. The EU side was represented by Belgium\'s Foreign Minister B for the Council presidency and by Commissioner for … C." (a presidency\'s minister for the Union, not her state; "the EU side was represented by")',
    source: 'European Pravda',
    text: 'Ukraine formally opens accession negotiations with the EU\nLuxembourg, 25 June 2024 – The first intergovernmental conference on Ukraine’s accession to the European Union was held in Luxembourg on Tuesday. The Ukrainian delegation was headed by Deputy Prime Minister for European and Euro-Atlantic Integration Olha Stefanishyna. The EU side was represented by Belgium’s Foreign Minister Hadja Lahbib for the Council presidency and by Commissioner for Neighbourhood and Enlargement Olivér Várhelyi. Stefanishyna called the day historic.',
    facts: [
      'NEGOTIATES_FOR|Olha Stefanishyna|Ukraine',
      'NEGOTIATES_FOR|Hadja Lahbib|European Union',
      'NEGOTIATES_FOR|Olivér Várhelyi|European Union',
      'HOLDS_OFFICE|Olha Stefanishyna|Deputy Prime Minister for European and Euro-Atlantic Integration of Ukraine',
      'HOLDS_OFFICE|Hadja Lahbib|Foreign Minister of Belgium',
      'HOLDS_OFFICE|Olivér Várhelyi|Commissioner for Neighbourhood and Enlargement',
    ],
    absent: [
      'NEGOTIATES_FOR|Hadja Lahbib|Belgium',
      'NEGOTIATES_FOR|Olha Stefanishyna|European Union',
      'NEGOTIATES_FOR|Olivér Várhelyi|Ukraine',
    ],
  },
  {
    id: 'read19.s-and-org-agree-on-trade-terms-then-on-the-demonym-side-the-talks-were-led-by-deputy-minister-and-trade-representative-a-then-the-commission-was-represented-by-officials-then-surname-said',
    form: 'Title; "On the Ukrainian side, the talks were led by Deputy Minister of Economy and Trade Representative A. The European Commission was represented by officials of … under Commissioner B. A said …." ("On the X side" fronted; stacked titles; a principal who only supervises)',
    source: 'Ekonomichna Pravda',
    text: 'Ukraine and the EU agree on new trade terms\nKyiv, 30 June 2025 – Ukraine and the European Union have concluded negotiations on reviewing the trade terms of the Association Agreement. On the Ukrainian side, the talks were led by Deputy Minister of Economy and Trade Representative Taras Kachka. The European Commission was represented by officials of the Directorate-General for Trade under Commissioner Maroš Šefčovič. Kachka said the new quotas would protect Ukrainian exporters.',
    facts: [
      'NEGOTIATES_FOR|Taras Kachka|Ukraine',
      'HOLDS_OFFICE|Taras Kachka|Deputy Minister of Economy of Ukraine',
      'HOLDS_OFFICE|Taras Kachka|Trade Representative of Ukraine',
    ],
    absent: ['NEGOTIATES_FOR|Taras Kachka|European Union', 'NEGOTIATES_FOR|Taras Kachka|European Commission'],
  },
  // Negatives.
  {
    id: 'not19.president-and-commander-sign-agreement-then-agreement-signed-at-palace-then-committees-will-be-formed',
    form: 'Title; "President A and B, commander of the Syrian Democratic Forces, signed an agreement … to integrate …. The agreement was signed at …. Committees will be formed …." (plain signatures with no "for": no NEGOTIATES_FOR)',
    source: 'SANA',
    text: 'President al-Sharaa and SDF commander sign integration agreement\nDamascus, 10 March 2025 – President Ahmed al-Sharaa and Mazloum Abdi, commander of the Syrian Democratic Forces, signed an agreement on Monday to integrate the civil and military institutions of north-east Syria into the state. The agreement was signed at the People’s Palace. Committees will be formed to implement it by the end of the year.',
    facts: ['HOLDS_OFFICE|Ahmed al-Sharaa|President of Syria'],
    absent: ['NEGOTIATES_FOR|Ahmed al-Sharaa|*', 'NEGOTIATES_FOR|Mazloum Abdi|*'],
  },
  {
    id: 'not19.informal-meeting-ends-then-convened-by-secretary-general-then-president-and-leader-attended-with-the-guarantor-powers-foreign-ministers-a-b-and-c-then-secretary-general-said',
    form: 'Title; "The enlarged informal meeting on Cyprus convened by UN Secretary-General A ended …. President B and Turkish Cypriot leader C attended with the foreign ministers of the three guarantor powers, D of Greece, E of Turkey and the UK\'s Minister for Europe F. A said …. The meeting was chaired by the Secretary-General." (a convener and chair, guarantors: no side)',
    source: 'Cyprus Mail',
    text: 'Informal meeting on Cyprus ends in Geneva\nGeneva, 18 March 2025 – The enlarged informal meeting on Cyprus convened by UN Secretary-General António Guterres ended on Tuesday. President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar attended with the foreign ministers of the three guarantor powers, Giorgos Gerapetritis of Greece, Hakan Fidan of Turkey and the UK’s Minister for Europe Stephen Doughty. Guterres said the two leaders had agreed on six initiatives, including new crossing points. The meeting was chaired by the Secretary-General.',
    facts: [
      'HOLDS_OFFICE|Nikos Christodoulides|President of Cyprus',
      'HOLDS_OFFICE|António Guterres|Secretary-General of the United Nations',
    ],
    absent: [
      'NEGOTIATES_FOR|António Guterres|*',
      'NEGOTIATES_FOR|Giorgos Gerapetritis|*',
      'NEGOTIATES_FOR|Hakan Fidan|*',
      'NEGOTIATES_FOR|Stephen Doughty|*',
    ],
  },
  {
    id: 'not19.ministers-co-chair-framework-dialogue-then-minister-a-and-foreign-minister-b-co-chaired-the-dialogue-then-they-discussed',
    form: 'Title; "External Affairs Minister A and Foreign Minister B co-chaired the 15th Foreign Ministers\' Framework Dialogue in C …. They discussed …." (ministers who co-chair a dialogue: no NEGOTIATES_FOR, the GUIDE\'s 2+2)',
    source: 'The Indian Express',
    text: 'Jaishankar, Wong hold Framework Dialogue in Canberra\nCanberra, 8 November 2024 – External Affairs Minister S. Jaishankar and Australian Foreign Minister Penny Wong co-chaired the 15th India–Australia Foreign Ministers’ Framework Dialogue in Canberra on Friday. They discussed maritime security, critical minerals and the Quad. The two ministers also reviewed progress on the Comprehensive Strategic Partnership.',
    facts: [
      'HOLDS_OFFICE|S. Jaishankar|External Affairs Minister of India',
      'HOLDS_OFFICE|Penny Wong|Foreign Minister of Australia',
    ],
    absent: ['NEGOTIATES_FOR|S. Jaishankar|*', 'NEGOTIATES_FOR|Penny Wong|*'],
  },
];
