// The rol25 sixteenth roles bank (issue 6): a blind bank on who negotiates for whom, written after the fifteen roles
// banks were fitted and before any rule was changed for it. NEGOTIATES_FOR above all (on the unseen outside set its F1
// was 0.23, recall 0.14), with HOLDS_OFFICE and REPORTS_TO for negotiators. Forms the earlier banks under-cover: sides
// of non-state parties named by an adjective or a possessive ("the Transnistrian negotiator", "The Transnistrian side
// was headed by", "The Sahrawi side", "The Tigrayan negotiators", "The Abkhaz representative", "the South Ossetian
// representative", "The Houthi negotiator", "the Taliban's", "The movement's delegation", "RENAMO's", "Pristina's");
// rebels and movements as sides (FARC-EP, ELN, SPLM-N, MILF, NDFP, AFC/M23, Hamas, the Coordination of Azawad
// Movements, the Sudan Revolutionary Front); stacked titles before a name ("The Deputy Prime Minister, Minister for
// Foreign Affairs and Foreign Trade, Minister for Development Cooperation …, X", "The Minister of State, Minister of
// Justice, Keeper of the Seals, Mr X", "the Deputy Prime Minister, Chairman of the Commission on …, X"); a title before
// AND after a name, the office's state or body from the title, not the issuer ("Vice-President X, Vice-President of the
// European Commission and the EU's lead negotiator", "Minister X, Spain's Minister for Foreign Affairs" in Gibraltar's
// release); envoys of organisations (an EU Special Representative, the Arab League's Assistant Secretary-General "the
// League's envoy", the CARICOM Eminent Persons Group, a facilitator "appointed by ECCAS", the "Special Envoy of the ASEAN
// Chair", a Personal Envoy appointed by an unnamed Secretary-General); the issuer's government told only as "our
// delegation", "Our chief negotiator", "the Government's negotiating team", "the Government delegation", "the National
// Government"; signatories "for" a side in gapped lists ("for Mali by A, for Burkina Faso by B and for Niger by C", "for
// the Government by A and for the AFC/M23 by B", a signature block "For the …: A. For the …: B. Witnessed by: C", "A for
// the DRC and B for Rwanda"); chairs, co-chairs, facilitators, mediators, guarantors, witnesses, hosts and a spokesperson
// as negatives (no side unless told; a state's or organisation's envoy negotiates for that principal only); REPORTS_TO
// "who reports to", "X reports to the Prime Minister, Y", "who works under the guidance of", an adviser "to Prime
// Minister Y".
// House styles of issuers not used in roles 1–15 where possible: Moldpres, Infotag, Agencia EFE, The Reporter
// (Ethiopia), Civil.ge, Asharq Al-Awsat, Pajhwok, Cuba's MINREX, El Tiempo, Sudans Post, MindaNews, the Philippine Daily
// Inquirer, Actualite.cd, Radio Okapi, Luxembourg's government, Cameroon Tribune, Armenia's government, Ireland's DFA,
// Gibraltar's government, the Ethiopian News Agency, MENA, the CARICOM Secretariat, ECCAS, the Lao News Agency, a UN
// Information Centre, Mauritius's GIS, State House Seychelles, Barbados's GIS, AIM (Mozambique), Serbia's government,
// the Agence Nigérienne de Presse, the Juba Monitor, Kyodo, El Espectador, Le Républicain (Mali), Al Jazeera, the NZZ,
// the FCDO, the Kenya News Agency, the Kathmandu Post, Report.az, the PGA's office, the Earth Negotiations Bulletin,
// ANGOP, Voice of America.
// 45 passages (22 of them fragments of two or three sentences), 102 expected facts (NEGOTIATES_FOR 72,
// HOLDS_OFFICE 26, REPORTS_TO 4), 128 absent checks, 3 cases with no expected fact.
// Facts follow the gold conventions of ../shared/eval/GUIDE.md; `absent` facts must not come out. Scored by `bank.ts`.
import type { BankCase } from './bank.ts';

/** Each case's `form` names the construction it tests. */
export const ROLES_BANK_16: (BankCase & { form: string })[] = [
  {
    id: 'one16.states-chief-negotiator-deputy-prime-minister-met-the-transnistrian-negotiator',
    form: '"X\'s chief negotiator, Deputy Prime Minister for … A, met the Transnistrian negotiator B in C" (a region\'s demonym for the side)',
    source: 'Moldpres',
    text: 'Moldova’s chief negotiator, Deputy Prime Minister for Reintegration Oleg Serebrian, met the Transnistrian negotiator Vitaly Ignatiev in Bender on Thursday.',
    facts: [
      'NEGOTIATES_FOR|Oleg Serebrian|Moldova',
      'NEGOTIATES_FOR|Vitaly Ignatiev|Transnistria',
      'HOLDS_OFFICE|Oleg Serebrian|Deputy Prime Minister for Reintegration of Moldova',
    ],
    absent: ['NEGOTIATES_FOR|Vitaly Ignatiev|Moldova', 'NEGOTIATES_FOR|Oleg Serebrian|Transnistria'],
  },
  {
    id: 'frag16.representatives-of-two-capitals-met-then-the-transnistrian-side-headed-by-the-moldovan-side-by',
    form: '"Representatives of Chișinău and Tiraspol met …. The Transnistrian side was headed by A, the Moldovan side by Deputy Prime Minister B; the head of the OSCE Mission, C, moderated." (adjectival sides; the moderator nothing)',
    source: 'Infotag',
    text: 'Representatives of Chișinău and Tiraspol met in the 1+1 format in Bender on 16 May. The Transnistrian side was headed by Vitaly Ignatiev, the Moldovan side by Deputy Prime Minister Oleg Serebrian; the head of the OSCE Mission to Moldova, Kelly Keiderling, moderated the meeting.',
    facts: ['NEGOTIATES_FOR|Vitaly Ignatiev|Transnistria', 'NEGOTIATES_FOR|Oleg Serebrian|Moldova'],
    absent: [
      'NEGOTIATES_FOR|Kelly Keiderling|Moldova',
      'NEGOTIATES_FOR|Kelly Keiderling|Transnistria',
      'NEGOTIATES_FOR|Vitaly Ignatiev|Moldova',
      'NEGOTIATES_FOR|Oleg Serebrian|Transnistria',
    ],
  },
  {
    id: 'frag16.state-and-front-met-under-envoy-then-the-sahrawi-side-headed-by-the-moroccan-side-by-minister',
    form: '"Delegations of X and the Polisario Front met in C under the auspices of the Personal Envoy, D. The Sahrawi side was headed by A; the Moroccan side by the Minister of the Interior, B." (a people\'s demonym for the movement; the envoy no side)',
    source: 'Agencia EFE',
    text: 'Delegations of Morocco and the Polisario Front met in Manhasset, New York, under the auspices of the Personal Envoy of the Secretary-General, Peter van Walsum. The Sahrawi side was headed by Mahfoud Ali Beiba; the Moroccan side by the Minister of the Interior, Chakib Benmoussa.',
    facts: [
      'NEGOTIATES_FOR|Mahfoud Ali Beiba|Polisario Front',
      'NEGOTIATES_FOR|Chakib Benmoussa|Morocco',
      'HOLDS_OFFICE|Chakib Benmoussa|Minister of the Interior of Morocco',
    ],
    absent: [
      'NEGOTIATES_FOR|Peter van Walsum|Morocco',
      'NEGOTIATES_FOR|Peter van Walsum|Polisario Front',
      'NEGOTIATES_FOR|Mahfoud Ali Beiba|Morocco',
      'NEGOTIATES_FOR|Chakib Benmoussa|Polisario Front',
    ],
  },
  {
    id: 'frag16.the-tigrayan-negotiators-led-by-and-the-governments-team-headed-by-adviser-to-pm-then-panel-mediated',
    form: '"The Tigrayan negotiators, led by A, and the Ethiopian Government\'s team, headed by B, National Security Adviser to Prime Minister P, signed …. The AU panel led by former President C mediated." (a regional demonym; an adviser\'s superior; the mediator no side)',
    source: 'The Reporter (Ethiopia)',
    text: 'The Tigrayan negotiators, led by Getachew Reda, and the Ethiopian Government’s team, headed by Redwan Hussien, National Security Adviser to Prime Minister Abiy Ahmed, signed the agreement on the cessation of hostilities in Pretoria on 2 November 2022. The African Union panel led by former President Olusegun Obasanjo mediated the talks.',
    facts: [
      'NEGOTIATES_FOR|Getachew Reda|TPLF',
      'NEGOTIATES_FOR|Redwan Hussien|Ethiopia',
      'REPORTS_TO|Redwan Hussien|Abiy Ahmed',
    ],
    absent: [
      'NEGOTIATES_FOR|Getachew Reda|Ethiopia',
      'NEGOTIATES_FOR|Redwan Hussien|TPLF',
      'NEGOTIATES_FOR|Olusegun Obasanjo|Ethiopia',
      'NEGOTIATES_FOR|Olusegun Obasanjo|TPLF',
      'NEGOTIATES_FOR|*|South Africa',
    ],
  },
  {
    id: 'one16.the-abkhaz-representative-and-the-south-ossetian-representative-at-the-discussions-rejected',
    form: '"The Abkhaz representative at the Geneva International Discussions, A, and the South Ossetian representative, B, rejected the draft …" (breakaway regions\' demonyms)',
    source: 'Civil.ge',
    text: 'The Abkhaz representative at the Geneva International Discussions, Inal Ardzinba, and the South Ossetian representative, Akhsar Dzhioev, rejected the draft statement on the non-use of force.',
    facts: ['NEGOTIATES_FOR|Inal Ardzinba|Abkhazia', 'NEGOTIATES_FOR|Akhsar Dzhioev|South Ossetia'],
    absent: [
      'NEGOTIATES_FOR|Inal Ardzinba|Georgia',
      'NEGOTIATES_FOR|Akhsar Dzhioev|Georgia',
      'NEGOTIATES_FOR|*|Switzerland',
    ],
  },
  {
    id: 'one16.the-houthi-negotiator-met-the-omani-mediators',
    form: '"The Houthi negotiator, A, met Omani mediators in C" (a movement\'s adjective; the mediators\' state nothing)',
    source: 'Asharq Al-Awsat',
    text: 'The Houthi negotiator, Mohammed Abdulsalam, met Omani mediators in Muscat on Tuesday to discuss the release of detainees.',
    facts: ['NEGOTIATES_FOR|Mohammed Abdulsalam|Ansar Allah'],
    absent: ['NEGOTIATES_FOR|Mohammed Abdulsalam|Oman', 'NEGOTIATES_FOR|Mohammed Abdulsalam|Yemen'],
  },
  {
    id: 'frag16.two-teams-opened-talks-then-the-republics-team-led-by-and-the-talibans-by',
    form: '"Negotiating teams of the Islamic Republic of Afghanistan and the Taliban opened talks in C. The Republic\'s team is led by A and the Taliban\'s by B." (gapped possessive sides)',
    source: 'Pajhwok Afghan News',
    text: 'Negotiating teams of the Islamic Republic of Afghanistan and the Taliban opened talks in Doha on 12 September 2020. The Republic’s team is led by Mohammad Masoom Stanekzai and the Taliban’s by Mawlawi Abdul Hakim Haqqani.',
    facts: ['NEGOTIATES_FOR|Mohammad Masoom Stanekzai|Afghanistan', 'NEGOTIATES_FOR|Abdul Hakim Haqqani|Taliban'],
    absent: [
      'NEGOTIATES_FOR|Mohammad Masoom Stanekzai|Taliban',
      'NEGOTIATES_FOR|Abdul Hakim Haqqani|Afghanistan',
      'NEGOTIATES_FOR|*|Qatar',
    ],
  },
  {
    id: 'frag16.government-and-movement-signed-with-guarantors-then-a-headed-the-government-delegation-and-b-the-movements',
    form: '"The Government of X and the FARC-EP signed … with Cuba and Norway as guarantors. A headed the government delegation and B the FARC-EP delegation." (gapped; guarantors nothing)',
    source: 'Ministerio de Relaciones Exteriores de Cuba',
    text: 'The Government of Colombia and the FARC-EP concluded the final agreement in Havana on 24 August 2016, with Cuba and Norway as guarantors. Humberto de la Calle headed the government delegation and Iván Márquez the FARC-EP delegation.',
    facts: ['NEGOTIATES_FOR|Humberto de la Calle|Colombia', 'NEGOTIATES_FOR|Iván Márquez|FARC'],
    absent: [
      'NEGOTIATES_FOR|Humberto de la Calle|FARC',
      'NEGOTIATES_FOR|Iván Márquez|Colombia',
      'NEGOTIATES_FOR|*|Cuba',
      'NEGOTIATES_FOR|*|Norway',
    ],
  },
  {
    id: 'one16.the-movements-chief-negotiator-and-the-head-of-the-government-delegation-read-the-communique',
    form: '"The ELN\'s chief negotiator, A, and the head of the Government delegation, B, read the joint communiqué in C." (the issuer\'s government told as "the Government")',
    source: 'El Tiempo',
    text: 'The ELN’s chief negotiator, Pablo Beltrán, and the head of the Government delegation, Otty Patiño, read the joint communiqué in Mexico City.',
    facts: ['NEGOTIATES_FOR|Pablo Beltrán|ELN', 'NEGOTIATES_FOR|Otty Patiño|Colombia'],
    absent: ['NEGOTIATES_FOR|Pablo Beltrán|Colombia', 'NEGOTIATES_FOR|Otty Patiño|ELN', 'NEGOTIATES_FOR|*|Mexico'],
  },
  {
    id: 'frag16.talks-with-movement-resumed-then-the-movements-delegation-headed-by-the-governments-by-then-mediator-chaired',
    form: '"Talks between … government and the SPLM-N resumed in C. The movement\'s delegation is headed by A, the government\'s by Lieutenant General B. South Sudan\'s chief mediator, D, chaired …" (sides by "the movement\'s" / "the government\'s"; the mediator no side)',
    source: 'Sudans Post',
    text: 'Talks between the Sudanese transitional government and the SPLM-N resumed in Juba on Monday. The movement’s delegation is headed by Ammar Amoun, the government’s by Lieutenant General Shams al-Din Kabbashi. South Sudan’s chief mediator, Tut Gatluak, chaired the opening session.',
    facts: ['NEGOTIATES_FOR|Ammar Amoun|SPLM-N', 'NEGOTIATES_FOR|Shams al-Din Kabbashi|Sudan'],
    absent: [
      'NEGOTIATES_FOR|Ammar Amoun|Sudan',
      'NEGOTIATES_FOR|Shams al-Din Kabbashi|SPLM-N',
      'NEGOTIATES_FOR|Tut Gatluak|Sudan',
      'NEGOTIATES_FOR|Tut Gatluak|SPLM-N',
    ],
  },
  {
    id: 'frag16.panels-signed-annex-then-a-signed-for-the-government-panel-and-b-for-the-front-witness-facilitator',
    form: '"The Government and MILF peace panels signed the Annex … in C. A signed for the Government panel and B for the MILF, with Malaysian facilitator D as witness." (a movement as side; the facilitator nothing)',
    source: 'MindaNews',
    text: 'The Government and MILF peace panels signed the Annex on Normalization in Kuala Lumpur on 25 January 2014. Professor Miriam Coronel-Ferrer signed for the Government panel and Mohagher Iqbal for the MILF, with Malaysian facilitator Tengku Dato’ Ab Ghafar Tengku Mohamed as witness.',
    facts: [
      'NEGOTIATES_FOR|Miriam Coronel-Ferrer|Philippines',
      'NEGOTIATES_FOR|Mohagher Iqbal|Moro Islamic Liberation Front',
    ],
    absent: [
      'NEGOTIATES_FOR|Miriam Coronel-Ferrer|Moro Islamic Liberation Front',
      'NEGOTIATES_FOR|Mohagher Iqbal|Philippines',
      'NEGOTIATES_FOR|*|Malaysia',
    ],
  },
  {
    id: 'one16.front-panel-chair-and-government-panel-chair-opened-round-facilitated-by-states-special-envoy',
    form: '"NDFP panel chair A and government panel chair B opened the third round in C, facilitated by Royal Norwegian Government Special Envoy D." (panel chairs for their sides; the state\'s envoy for the state only)',
    source: 'Philippine Daily Inquirer',
    text: 'NDFP panel chair Fidel Agcaoili and government panel chair Silvestre Bello III opened the third round of peace talks in Rome on Thursday, facilitated by Royal Norwegian Government Special Envoy Elisabeth Slåttum.',
    facts: [
      'NEGOTIATES_FOR|Fidel Agcaoili|NDFP',
      'NEGOTIATES_FOR|Silvestre Bello III|Philippines',
      'NEGOTIATES_FOR|Elisabeth Slåttum|Norway',
    ],
    absent: [
      'NEGOTIATES_FOR|Fidel Agcaoili|Philippines',
      'NEGOTIATES_FOR|Silvestre Bello III|NDFP',
      'NEGOTIATES_FOR|Elisabeth Slåttum|Philippines',
      'NEGOTIATES_FOR|Elisabeth Slåttum|NDFP',
      'NEGOTIATES_FOR|*|Italy',
    ],
  },
  {
    id: 'frag16.government-and-movement-signed-declaration-then-signed-for-the-government-by-a-and-for-the-movement-by-b',
    form: '"The Government of the DRC and the AFC/M23 signed a declaration of principles in C. It was signed for the Government by A and for the AFC/M23 by B." ("for X by A" gapped; a rebel movement as side)',
    source: 'Actualite.cd',
    text: 'The Government of the Democratic Republic of the Congo and the AFC/M23 signed a declaration of principles in Doha on 19 July 2025. It was signed for the Government by Sumbu Sita Mambu and for the AFC/M23 by Benjamin Mbonimpa.',
    facts: ['NEGOTIATES_FOR|Sumbu Sita Mambu|Democratic Republic of the Congo', 'NEGOTIATES_FOR|Benjamin Mbonimpa|M23'],
    absent: [
      'NEGOTIATES_FOR|Sumbu Sita Mambu|M23',
      'NEGOTIATES_FOR|Benjamin Mbonimpa|Democratic Republic of the Congo',
      'NEGOTIATES_FOR|*|Qatar',
    ],
  },
  {
    id: 'one16.foreign-ministers-a-for-the-drc-and-b-for-state-signed-witnessed-by-secretary-of-state',
    form: '"Foreign Ministers A for the DRC and B for Y signed the peace agreement in C, witnessed by Secretary of State D." (the DRC by its initials; the witness nothing)',
    source: 'Radio Okapi',
    text: 'Foreign Ministers Thérèse Kayikwamba Wagner for the DRC and Olivier Nduhungirehe for Rwanda signed the peace agreement in Washington on 27 June, witnessed by Secretary of State Marco Rubio.',
    facts: [
      'NEGOTIATES_FOR|Thérèse Kayikwamba Wagner|Democratic Republic of the Congo',
      'NEGOTIATES_FOR|Olivier Nduhungirehe|Rwanda',
    ],
    absent: [
      'NEGOTIATES_FOR|Thérèse Kayikwamba Wagner|Rwanda',
      'NEGOTIATES_FOR|Olivier Nduhungirehe|Democratic Republic of the Congo',
      'NEGOTIATES_FOR|Marco Rubio|*',
    ],
  },
  {
    id: 'one16.stacked-deputy-prime-minister-minister-titles-comma-name-signed-on-behalf-of-state',
    form: '"The Deputy Prime Minister, Minister for Foreign Affairs and Foreign Trade, Minister for Development Cooperation …, A, signed … with Y on behalf of X." (stacked titles before the name)',
    source: 'Government of the Grand Duchy of Luxembourg',
    text: 'The Deputy Prime Minister, Minister for Foreign Affairs and Foreign Trade, Minister for Development Cooperation and Humanitarian Affairs, Xavier Bettel, signed the new Indicative Cooperation Programme with Cabo Verde in Praia on behalf of Luxembourg.',
    facts: [
      'NEGOTIATES_FOR|Xavier Bettel|Luxembourg',
      'HOLDS_OFFICE|Xavier Bettel|Deputy Prime Minister of Luxembourg',
      'HOLDS_OFFICE|Xavier Bettel|Minister for Foreign Affairs and Foreign Trade of Luxembourg',
    ],
    absent: [
      'NEGOTIATES_FOR|Xavier Bettel|Cabo Verde',
      'HOLDS_OFFICE|Xavier Bettel|Deputy Prime Minister of Cabo Verde',
    ],
  },
  {
    id: 'one16.minister-of-state-minister-of-justice-keeper-of-the-seals-mr-a-signed-for-x-and-b-for-y',
    form: '"The Minister of State, Minister of Justice, Keeper of the Seals, Mr A, signed … for X, and the Attorney General of the Federation, Mr B, for Y." (stacked French-style titles with "Mr"; gapped "for")',
    source: 'Cameroon Tribune',
    text: 'The Minister of State, Minister of Justice, Keeper of the Seals, Mr Laurent Esso, signed the agreement on the transfer of sentenced persons for Cameroon, and the Attorney General of the Federation, Mr Abubakar Malami, for Nigeria.',
    facts: [
      'NEGOTIATES_FOR|Laurent Esso|Cameroon',
      'NEGOTIATES_FOR|Abubakar Malami|Nigeria',
      'HOLDS_OFFICE|Laurent Esso|Minister of Justice of Cameroon',
    ],
    absent: [
      'NEGOTIATES_FOR|Laurent Esso|Nigeria',
      'NEGOTIATES_FOR|Abubakar Malami|Cameroon',
      'HOLDS_OFFICE|Abubakar Malami|Minister of Justice of Cameroon',
    ],
  },
  {
    id: 'frag16.commissions-met-then-the-armenian-side-headed-by-deputy-pm-chairman-of-commission-the-azerbaijani-by',
    form: '"The … meeting of the commissions on delimitation … was held …. The Armenian side was headed by the Deputy Prime Minister, Chairman of the Commission …, A; the Azerbaijani side by the Deputy Prime Minister, Chairman of the State Commission, B." (stacked titles; demonym sides; the second gapped)',
    source: 'Government of the Republic of Armenia',
    text: 'The ninth meeting of the commissions on the delimitation of the state border between Armenia and Azerbaijan was held on 19 April 2024. The Armenian side was headed by the Deputy Prime Minister, Chairman of the Commission on Delimitation and Border Security, Mher Grigoryan; the Azerbaijani side by the Deputy Prime Minister, Chairman of the State Commission, Shahin Mustafayev.',
    facts: [
      'NEGOTIATES_FOR|Mher Grigoryan|Armenia',
      'NEGOTIATES_FOR|Shahin Mustafayev|Azerbaijan',
      'HOLDS_OFFICE|Mher Grigoryan|Deputy Prime Minister of Armenia',
      'HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Azerbaijan',
    ],
    absent: [
      'NEGOTIATES_FOR|Mher Grigoryan|Azerbaijan',
      'NEGOTIATES_FOR|Shahin Mustafayev|Armenia',
      'HOLDS_OFFICE|Shahin Mustafayev|Deputy Prime Minister of Armenia',
    ],
  },
  {
    id: 'one16.title-name-title-of-the-organisation-and-its-lead-negotiator-in-another-states-release',
    form: '"Minister A spoke with Vice-President B, Vice-President of the European Commission and the EU\'s lead negotiator on the Protocol, in C." (title before and after; the office\'s body from the title, not the issuer)',
    source: 'Department of Foreign Affairs of Ireland',
    text: 'Minister Simon Coveney spoke with Vice-President Maroš Šefčovič, Vice-President of the European Commission and the EU’s lead negotiator on the Protocol, in Brussels on Friday.',
    facts: [
      'NEGOTIATES_FOR|Maroš Šefčovič|European Union',
      'HOLDS_OFFICE|Maroš Šefčovič|Vice-President of the European Commission',
    ],
    absent: [
      'NEGOTIATES_FOR|Maroš Šefčovič|Ireland',
      'HOLDS_OFFICE|Maroš Šefčovič|Vice-President of Ireland',
      'NEGOTIATES_FOR|Simon Coveney|*',
    ],
  },
  {
    id: 'frag16.chief-minister-met-two-titled-ministers-then-a-the-uks-lead-in-the-negotiations',
    form: '"Chief Minister A met Foreign Secretary B, the United Kingdom\'s lead in the negotiations, and Minister C, Spain\'s Minister for Foreign Affairs, in D." (titles before and after; states from the titles, not the issuer)',
    source: 'Government of Gibraltar',
    text: 'The negotiations on the treaty on Gibraltar’s future relationship with the European Union continued in Brussels. Chief Minister Fabian Picardo met Foreign Secretary David Lammy, the United Kingdom’s lead in the negotiations, and Minister José Manuel Albares, Spain’s Minister for Foreign Affairs, on Wednesday.',
    facts: [
      'NEGOTIATES_FOR|David Lammy|United Kingdom',
      'HOLDS_OFFICE|José Manuel Albares|Minister for Foreign Affairs of Spain',
      'HOLDS_OFFICE|David Lammy|Foreign Secretary of the United Kingdom',
    ],
    absent: [
      'NEGOTIATES_FOR|José Manuel Albares|United Kingdom',
      'HOLDS_OFFICE|José Manuel Albares|Minister for Foreign Affairs of United Kingdom',
      'NEGOTIATES_FOR|David Lammy|Spain',
    ],
  },
  {
    id: 'one16.the-eu-special-representative-for-region-met-the-negotiating-teams-on-behalf-of-the-union',
    form: '"The European Union Special Representative for the Horn of Africa, A, met the negotiating teams in C on behalf of the Union." (an organisation\'s envoy; the teams\' states nothing)',
    source: 'Ethiopian News Agency',
    text: 'The European Union Special Representative for the Horn of Africa, Annette Weber, met the negotiating teams in Pretoria on behalf of the Union.',
    facts: [
      'NEGOTIATES_FOR|Annette Weber|European Union',
      'HOLDS_OFFICE|Annette Weber|European Union Special Representative for the Horn of Africa',
    ],
    absent: ['NEGOTIATES_FOR|Annette Weber|Ethiopia', 'NEGOTIATES_FOR|Annette Weber|South Africa'],
  },
  {
    id: 'frag16.league-sent-its-assistant-secretary-general-then-the-leagues-envoy-met-head-of-council',
    form: '"The Arab League sent its Assistant Secretary-General, Ambassador A, to C. A, the League\'s envoy, met the head of the Sovereign Council, General B." (an organisation\'s envoy told by "its" and "the League\'s")',
    source: 'Middle East News Agency',
    text: 'The Arab League sent its Assistant Secretary-General, Ambassador Hossam Zaki, to Port Sudan on Sunday. Zaki, the League’s envoy, met the head of the Sovereign Council, General Abdel Fattah al-Burhan.',
    facts: [
      'NEGOTIATES_FOR|Hossam Zaki|League of Arab States',
      'HOLDS_OFFICE|Hossam Zaki|Assistant Secretary-General of the League of Arab States',
    ],
    absent: ['NEGOTIATES_FOR|Hossam Zaki|Sudan', 'NEGOTIATES_FOR|Abdel Fattah al-Burhan|*'],
  },
  {
    id: 'one16.organisations-group-of-former-prime-ministers-of-states-on-behalf-of-the-community',
    form: '"The CARICOM Eminent Persons Group — former Prime Ministers A of X, B of Y and C of Z — met … on behalf of the Community." (three envoys of an organisation; their own states nothing)',
    source: 'CARICOM Secretariat',
    text: 'The CARICOM Eminent Persons Group — former Prime Ministers Perry Christie of The Bahamas, Kenny Anthony of Saint Lucia and Bruce Golding of Jamaica — met Haitian stakeholders in Kingston on behalf of the Community.',
    facts: [
      'NEGOTIATES_FOR|Perry Christie|CARICOM',
      'NEGOTIATES_FOR|Kenny Anthony|CARICOM',
      'NEGOTIATES_FOR|Bruce Golding|CARICOM',
    ],
    absent: [
      'NEGOTIATES_FOR|Perry Christie|Bahamas',
      'NEGOTIATES_FOR|Kenny Anthony|Saint Lucia',
      'NEGOTIATES_FOR|Bruce Golding|Jamaica',
      'NEGOTIATES_FOR|*|Haiti',
    ],
  },
  {
    id: 'one16.president-appointed-by-organisation-as-facilitator-received-the-prime-minister-of-demonym',
    form: '"President A, appointed by ECCAS as facilitator of the transition in X, received the Chadian Prime Minister B in C." (a facilitator designated by an organisation; a demonym office)',
    source: 'Economic Community of Central African States',
    text: 'President Félix Tshisekedi, appointed by ECCAS as facilitator of the transition in Chad, received the Chadian Prime Minister Albert Pahimi Padacké in Kinshasa on Saturday.',
    facts: ['NEGOTIATES_FOR|Félix Tshisekedi|ECCAS', 'HOLDS_OFFICE|Albert Pahimi Padacké|Prime Minister of Chad'],
    absent: [
      'NEGOTIATES_FOR|Félix Tshisekedi|Chad',
      'NEGOTIATES_FOR|Albert Pahimi Padacké|*',
      'HOLDS_OFFICE|Albert Pahimi Padacké|Prime Minister of Democratic Republic of the Congo',
    ],
  },
  {
    id: 'one16.special-envoy-of-the-organisations-chair-on-country-met-the-general',
    form: '"A, Special Envoy of the ASEAN Chair on Myanmar, met Senior General B in C." (an organisation chair\'s envoy; the host nothing)',
    source: 'Lao News Agency',
    text: 'Alounkeo Kittikhoun, Special Envoy of the ASEAN Chair on Myanmar, met Senior General Min Aung Hlaing in Nay Pyi Taw on Tuesday.',
    facts: [
      'NEGOTIATES_FOR|Alounkeo Kittikhoun|ASEAN',
      'HOLDS_OFFICE|Alounkeo Kittikhoun|Special Envoy of the ASEAN Chair on Myanmar',
    ],
    absent: ['NEGOTIATES_FOR|Alounkeo Kittikhoun|Myanmar', 'NEGOTIATES_FOR|Min Aung Hlaing|*'],
  },
  {
    id: 'frag16.secretary-general-appointed-a-as-his-personal-envoy-then-a-will-use-his-good-offices',
    form: '"The Secretary-General has appointed A as his Personal Envoy for X. A will use his good offices with the parties …" (an unnamed Secretary-General: the organisation)',
    source: 'United Nations Information Centre',
    text: 'The Secretary-General has appointed Ramtane Lamamra of Algeria as his Personal Envoy for Sudan. Lamamra will use his good offices with the Sudanese parties to bring about a ceasefire.',
    facts: ['NEGOTIATES_FOR|Ramtane Lamamra|United Nations'],
    absent: ['NEGOTIATES_FOR|Ramtane Lamamra|Algeria', 'NEGOTIATES_FOR|Ramtane Lamamra|Sudan'],
  },
  {
    id: 'one16.the-governments-negotiating-team-led-by-the-attorney-general-held-a-round-with-other-delegation',
    form: '"The Government\'s negotiating team on …, led by the Attorney General, Mr A, held a further round with the Y delegation in C." (the issuer\'s government; its office from the issuer)',
    source: 'Government Information Service, Mauritius',
    text: 'The Government’s negotiating team on the Chagos Archipelago, led by the Attorney General, Mr Gavin Glover, held a further round with the United Kingdom delegation in London.',
    facts: ['NEGOTIATES_FOR|Gavin Glover|Mauritius', 'HOLDS_OFFICE|Gavin Glover|Attorney General of Mauritius'],
    absent: [
      'NEGOTIATES_FOR|Gavin Glover|United Kingdom',
      'HOLDS_OFFICE|Gavin Glover|Attorney General of United Kingdom',
    ],
  },
  {
    id: 'frag16.negotiations-opened-then-our-delegation-headed-by-the-minister',
    form: '"Negotiations with X on … opened in C. Our delegation was headed by the Minister for Foreign Affairs and Tourism, A." ("our delegation": the issuer\'s state)',
    source: 'State House Seychelles',
    text: 'Negotiations with Mauritius on the joint management of the extended continental shelf opened in Victoria on Monday. Our delegation was headed by the Minister for Foreign Affairs and Tourism, Sylvestre Radegonde.',
    facts: [
      'NEGOTIATES_FOR|Sylvestre Radegonde|Seychelles',
      'HOLDS_OFFICE|Sylvestre Radegonde|Minister for Foreign Affairs and Tourism of Seychelles',
    ],
    absent: ['NEGOTIATES_FOR|Sylvestre Radegonde|Mauritius'],
  },
  {
    id: 'frag16.talks-then-our-chief-negotiator-ambassador-led-our-delegation',
    form: '"The fisheries subsidies talks resumed at the WTO in C. Our chief negotiator, Ambassador A, led our delegation and spoke for the small economies." ("our": the issuer\'s state; the group spoken for nothing asked)',
    source: 'Barbados Government Information Service',
    text: 'The fisheries subsidies talks resumed at the World Trade Organization in Geneva this week. Our chief negotiator, Ambassador Matthew Wilson, led our delegation.',
    facts: ['NEGOTIATES_FOR|Matthew Wilson|Barbados'],
    absent: ['NEGOTIATES_FOR|Matthew Wilson|World Trade Organization', 'NEGOTIATES_FOR|*|Switzerland'],
  },
  {
    id: 'frag16.the-government-delegation-headed-by-minister-and-the-movements-headed-by-a-deputy',
    form: '"The dialogue between the Government and RENAMO resumed at the … Centre in C. The Government delegation was headed by the Minister of Agriculture, A, and RENAMO\'s by B." (the issuer\'s government; a movement as side)',
    source: 'Agência de Informação de Moçambique',
    text: 'The dialogue between the Government and RENAMO resumed at the Joaquim Chissano International Conference Centre in Maputo on Monday. The Government delegation was headed by the Minister of Agriculture, José Pacheco, and RENAMO’s by Saimone Macuiana.',
    facts: [
      'NEGOTIATES_FOR|José Pacheco|Mozambique',
      'NEGOTIATES_FOR|Saimone Macuiana|RENAMO',
      'HOLDS_OFFICE|José Pacheco|Minister of Agriculture of Mozambique',
    ],
    absent: ['NEGOTIATES_FOR|José Pacheco|RENAMO', 'NEGOTIATES_FOR|Saimone Macuiana|Mozambique'],
  },
  {
    id: 'frag16.dialogue-round-then-our-delegation-headed-by-director-the-other-by-chief-negotiator-facilitator',
    form: '"The dialogue … continued in Brussels. Our delegation was headed by the Director of the Office for …, A, Pristina\'s by chief negotiator B; EU Special Representative C facilitated." ("our" the issuer\'s state; a capital for a side; the facilitator the EU only)',
    source: 'Government of the Republic of Serbia',
    text: 'The dialogue on the normalisation of relations continued in Brussels on Tuesday. Our delegation was headed by the Director of the Office for Kosovo and Metohija, Petar Petković, and Pristina’s by chief negotiator Besnik Bislimi; EU Special Representative Miroslav Lajčák facilitated the meeting.',
    facts: [
      'NEGOTIATES_FOR|Petar Petković|Serbia',
      'NEGOTIATES_FOR|Besnik Bislimi|Kosovo',
      'NEGOTIATES_FOR|Miroslav Lajčák|European Union',
    ],
    absent: [
      'NEGOTIATES_FOR|Petar Petković|Kosovo',
      'NEGOTIATES_FOR|Besnik Bislimi|Serbia',
      'NEGOTIATES_FOR|Miroslav Lajčák|Serbia',
      'NEGOTIATES_FOR|Miroslav Lajčák|Kosovo',
    ],
  },
  {
    id: 'one16.charter-signed-for-x-by-a-for-y-by-b-and-for-z-by-c',
    form: '"The Charter … was signed in C for Mali by A, for Burkina Faso by B and for Niger by D." (gapped "for X by A" list of three)',
    source: 'Agence Nigérienne de Presse',
    text: 'The Liptako-Gourma Charter establishing the Alliance of Sahel States was signed in Bamako on 16 September 2023 for Mali by Colonel Assimi Goïta, for Burkina Faso by Captain Ibrahim Traoré and for Niger by General Abdourahamane Tiani.',
    facts: [
      'NEGOTIATES_FOR|Assimi Goïta|Mali',
      'NEGOTIATES_FOR|Ibrahim Traoré|Burkina Faso',
      'NEGOTIATES_FOR|Abdourahamane Tiani|Niger',
    ],
    absent: [
      'NEGOTIATES_FOR|Assimi Goïta|Burkina Faso',
      'NEGOTIATES_FOR|Assimi Goïta|Niger',
      'NEGOTIATES_FOR|Ibrahim Traoré|Mali',
      'NEGOTIATES_FOR|Ibrahim Traoré|Niger',
      'NEGOTIATES_FOR|Abdourahamane Tiani|Mali',
      'NEGOTIATES_FOR|Abdourahamane Tiani|Burkina Faso',
    ],
  },
  {
    id: 'frag16.signature-block-for-the-government-colon-name-for-the-front-colon-name-witnessed-by',
    form: '"Signed in C on …. For the Transitional Government of Sudan: A. For the Sudan Revolutionary Front: B. Witnessed by: President D." (a signature block; the witness nothing)',
    source: 'Juba Monitor',
    text: 'Signed in Juba on 3 October 2020. For the Transitional Government of Sudan: Lieutenant General Mohamed Hamdan Dagalo. For the Sudan Revolutionary Front: Dr. Al-Hadi Idris. Witnessed by: President Salva Kiir Mayardit.',
    facts: ['NEGOTIATES_FOR|Mohamed Hamdan Dagalo|Sudan', 'NEGOTIATES_FOR|Al-Hadi Idris|Sudan Revolutionary Front'],
    absent: [
      'NEGOTIATES_FOR|Mohamed Hamdan Dagalo|Sudan Revolutionary Front',
      'NEGOTIATES_FOR|Al-Hadi Idris|Sudan',
      'NEGOTIATES_FOR|Salva Kiir Mayardit|*',
    ],
  },
  {
    id: 'one16.agreement-was-signed-for-x-by-prime-minister-a-and-for-y-by-prime-minister-b',
    form: '"The … Agreement was signed for Japan by Prime Minister A and for Australia by Prime Minister B in a virtual ceremony" ("for X by A", two sides)',
    source: 'Kyodo News',
    text: 'The Reciprocal Access Agreement was signed for Japan by Prime Minister Fumio Kishida and for Australia by Prime Minister Scott Morrison in a virtual ceremony on 6 January 2022.',
    facts: [
      'NEGOTIATES_FOR|Fumio Kishida|Japan',
      'NEGOTIATES_FOR|Scott Morrison|Australia',
      'HOLDS_OFFICE|Fumio Kishida|Prime Minister of Japan',
      'HOLDS_OFFICE|Scott Morrison|Prime Minister of Australia',
    ],
    absent: [
      'NEGOTIATES_FOR|Fumio Kishida|Australia',
      'NEGOTIATES_FOR|Scott Morrison|Japan',
      'HOLDS_OFFICE|Scott Morrison|Prime Minister of Japan',
    ],
  },
  {
    id: 'frag16.agreement-signed-for-the-national-government-by-a-and-b-for-the-movement-by-c-and-d',
    form: '"The agreement on … was signed in C on …. It was signed for the National Government by A and B; for the ELN, by D and E." (two signatories per side, the second gapped)',
    source: 'El Espectador',
    text: 'The agreement on the participation of society was signed in Mexico City on 11 March. It was signed for the National Government by Otty Patiño and Vera Grabe; for the ELN, by Pablo Beltrán and Aureliano Carbonell.',
    facts: [
      'NEGOTIATES_FOR|Otty Patiño|Colombia',
      'NEGOTIATES_FOR|Vera Grabe|Colombia',
      'NEGOTIATES_FOR|Pablo Beltrán|ELN',
      'NEGOTIATES_FOR|Aureliano Carbonell|ELN',
    ],
    absent: [
      'NEGOTIATES_FOR|Otty Patiño|ELN',
      'NEGOTIATES_FOR|Vera Grabe|ELN',
      'NEGOTIATES_FOR|Pablo Beltrán|Colombia',
      'NEGOTIATES_FOR|Aureliano Carbonell|Colombia',
      'NEGOTIATES_FOR|*|Mexico',
    ],
  },
  {
    id: 'frag16.agreement-completed-when-coordination-signed-then-a-signed-for-the-coordination-minister-for-the-government-mediator',
    form: '"The Agreement for Peace … was completed in C when the Coordination of Azawad Movements signed it. A signed for the Coordination; Minister of Foreign Affairs B had signed for the Government on …. Algeria\'s Foreign Minister D, who led the mediation, signed as chief mediator." (a movement by its short name; the mediator no side)',
    source: 'Le Républicain (Mali)',
    text: 'The Agreement for Peace and Reconciliation in Mali was completed in Bamako on 20 June 2015 when the Coordination of Azawad Movements signed it. Sidi Brahim Ould Sidati signed for the Coordination; Minister of Foreign Affairs Abdoulaye Diop had signed for the Government on 15 May. Algeria’s Foreign Minister Ramtane Lamamra, who led the international mediation, signed as chief mediator.',
    facts: [
      'NEGOTIATES_FOR|Sidi Brahim Ould Sidati|Coordination of Azawad Movements',
      'NEGOTIATES_FOR|Abdoulaye Diop|Mali',
      'HOLDS_OFFICE|Abdoulaye Diop|Minister of Foreign Affairs of Mali',
      'HOLDS_OFFICE|Ramtane Lamamra|Foreign Minister of Algeria',
    ],
    absent: [
      'NEGOTIATES_FOR|Ramtane Lamamra|Mali',
      'NEGOTIATES_FOR|Ramtane Lamamra|Coordination of Azawad Movements',
      'NEGOTIATES_FOR|Sidi Brahim Ould Sidati|Mali',
      'NEGOTIATES_FOR|Abdoulaye Diop|Coordination of Azawad Movements',
    ],
  },
  {
    id: 'one16.a-who-heads-the-movements-negotiating-team-met-two-states-mediators',
    form: '"A, who heads the Hamas negotiating team, met Egyptian and Qatari mediators in C." (a movement as side; the mediators\' states nothing)',
    source: 'Al Jazeera',
    text: 'Khalil al-Hayya, who heads the Hamas negotiating team, met Egyptian and Qatari mediators in Cairo on Saturday.',
    facts: ['NEGOTIATES_FOR|Khalil al-Hayya|Hamas'],
    absent: ['NEGOTIATES_FOR|Khalil al-Hayya|Egypt', 'NEGOTIATES_FOR|Khalil al-Hayya|Qatar'],
  },
  {
    id: 'one16.the-states-chief-negotiator-who-reports-to-federal-councillor-met-the-commissions-team',
    form: '"A, the Swiss chief negotiator, who reports to Federal Councillor B, met the Commission\'s team in C." (a demonym side; REPORTS_TO "who reports to")',
    source: 'Neue Zürcher Zeitung',
    text: 'Patric Franzen, the Swiss chief negotiator, who reports to Federal Councillor Ignazio Cassis, met the Commission’s team in Brussels on Thursday.',
    facts: ['NEGOTIATES_FOR|Patric Franzen|Switzerland', 'REPORTS_TO|Patric Franzen|Ignazio Cassis'],
    absent: ['NEGOTIATES_FOR|Patric Franzen|European Union', 'NEGOTIATES_FOR|Ignazio Cassis|*'],
  },
  {
    id: 'frag16.the-prime-ministers-special-envoy-for-negotiations-a-returned-then-a-reports-to-the-prime-minister-b',
    form: '"A, the Prime Minister\'s special envoy for the negotiations on …, returned to C. A reports to the Prime Minister, B." (envoy of a leader named in the next sentence)',
    source: 'Foreign, Commonwealth & Development Office',
    text: 'Jonathan Powell, the Prime Minister’s special envoy for the negotiations on the Chagos Archipelago, returned to Port Louis on Monday. Powell reports to the Prime Minister, Keir Starmer.',
    facts: ['NEGOTIATES_FOR|Jonathan Powell|Keir Starmer', 'REPORTS_TO|Jonathan Powell|Keir Starmer'],
    absent: ['NEGOTIATES_FOR|Jonathan Powell|Mauritius'],
  },
  {
    id: 'one16.chief-mediator-who-works-under-the-guidance-of-president-met-the-delegation-led-by',
    form: '"The … Initiative\'s chief mediator, General A, who works under the guidance of President B, met the South Sudanese government delegation led by C." (REPORTS_TO; the mediator no side; a demonym side)',
    source: 'Kenya News Agency',
    text: 'The Tumaini Initiative’s chief mediator, General Lazarus Sumbeiywo, who works under the guidance of President William Ruto, met the South Sudanese government delegation led by Kuol Manyang Juuk in Nairobi.',
    facts: ['REPORTS_TO|Lazarus Sumbeiywo|William Ruto', 'NEGOTIATES_FOR|Kuol Manyang Juuk|South Sudan'],
    absent: ['NEGOTIATES_FOR|Lazarus Sumbeiywo|South Sudan', 'NEGOTIATES_FOR|Kuol Manyang Juuk|Kenya'],
  },
  {
    id: 'frag16.two-states-resumed-boundary-negotiations-then-the-demonym-delegation-led-by-foreign-secretary-the-other-by',
    form: '"X and Y resumed their boundary negotiations in C. The Indian delegation was led by Foreign Secretary A, the Nepali one by Foreign Secretary B." (demonym sides and offices, not the issuer\'s)',
    source: 'The Kathmandu Post',
    text: 'Nepal and India resumed their boundary negotiations in Kathmandu on Sunday. The Indian delegation was led by Foreign Secretary Vikram Misri, the Nepali one by Foreign Secretary Amrit Bahadur Rai.',
    facts: [
      'NEGOTIATES_FOR|Vikram Misri|India',
      'NEGOTIATES_FOR|Amrit Bahadur Rai|Nepal',
      'HOLDS_OFFICE|Vikram Misri|Foreign Secretary of India',
      'HOLDS_OFFICE|Amrit Bahadur Rai|Foreign Secretary of Nepal',
    ],
    absent: [
      'NEGOTIATES_FOR|Vikram Misri|Nepal',
      'NEGOTIATES_FOR|Amrit Bahadur Rai|India',
      'HOLDS_OFFICE|Vikram Misri|Foreign Secretary of Nepal',
    ],
  },
  {
    id: 'frag16.negotiations-resumed-then-xs-delegation-led-by-foreign-minister-a-ys-by-foreign-minister-b',
    form: '"The negotiations on … resumed in C. X\'s delegation was led by Foreign Minister A; Y\'s by Foreign Minister B." (possessive sides, the second gapped; offices from the sides, not the issuer)',
    source: 'Report.az',
    text: 'The negotiations on the peace treaty resumed in Arlington on 1 May 2023. Armenia’s delegation was led by Foreign Minister Ararat Mirzoyan; Azerbaijan’s by Foreign Minister Jeyhun Bayramov.',
    facts: [
      'NEGOTIATES_FOR|Ararat Mirzoyan|Armenia',
      'NEGOTIATES_FOR|Jeyhun Bayramov|Azerbaijan',
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Armenia',
      'HOLDS_OFFICE|Jeyhun Bayramov|Foreign Minister of Azerbaijan',
    ],
    absent: [
      'NEGOTIATES_FOR|Ararat Mirzoyan|Azerbaijan',
      'NEGOTIATES_FOR|Jeyhun Bayramov|Armenia',
      'HOLDS_OFFICE|Ararat Mirzoyan|Foreign Minister of Azerbaijan',
      'NEGOTIATES_FOR|*|United States',
    ],
  },
  {
    id: 'not16.co-chairs-of-the-intergovernmental-negotiations-ambassadors-of-two-states-presented-elements',
    form: '"The co-chairs of the intergovernmental negotiations on Security Council reform, Ambassador A of X and Ambassador B of Y, presented the revised elements paper." (co-chairs: nothing)',
    source: 'Office of the President of the General Assembly',
    text: 'The co-chairs of the intergovernmental negotiations on Security Council reform, Ambassador Tareq Albanai of Kuwait and Ambassador Alexander Marschik of Austria, presented the revised elements paper on Tuesday.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Tareq Albanai|*', 'NEGOTIATES_FOR|Alexander Marschik|*'],
  },
  {
    id: 'not16.president-of-the-conference-of-state-gavelled-the-agreement',
    form: '"Ambassador A of X, President of the Intergovernmental Conference on …, gavelled the agreement …" (the conference president: nothing)',
    source: 'Earth Negotiations Bulletin',
    text: 'Ambassador Rena Lee of Singapore, President of the Intergovernmental Conference on marine biodiversity of areas beyond national jurisdiction, gavelled the agreement in New York on 4 March 2023.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Rena Lee|*'],
  },
  {
    id: 'not16.host-minister-welcomed-the-delegations-of-two-states-and-chaired-the-session',
    form: '"X\'s Minister of External Relations, A, welcomed the delegations of Y and Z to the ministerial meeting in C and chaired the session." (the host mediator: an office, no side)',
    source: 'ANGOP',
    text: 'Angola’s Minister of External Relations, Téte António, welcomed the delegations of the Democratic Republic of the Congo and Rwanda to the ministerial meeting in Luanda and chaired the session.',
    facts: ['HOLDS_OFFICE|Téte António|Minister of External Relations of Angola'],
    absent: ['NEGOTIATES_FOR|Téte António|*'],
  },
  {
    id: 'not16.spokesperson-said-the-talks-were-constructive-and-the-delegations-would-meet-again',
    form: '"The State Department spokesperson, A, said the talks between X and Y in C were constructive." (a spokesperson: nothing)',
    source: 'Voice of America',
    text: 'The State Department spokesperson, Matthew Miller, said the talks between Armenia and Azerbaijan in Arlington had been constructive and that the delegations would meet again.',
    facts: [],
    absent: ['NEGOTIATES_FOR|Matthew Miller|*'],
  },
];
