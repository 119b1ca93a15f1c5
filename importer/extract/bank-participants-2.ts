// The second participants paraphrase bank (issue 6, round par29): a blind bank written before any rule change of the
// round, after listing the PARTICIPATED_IN facts the 143 older annotated samples miss or give falsely (`eval:first-look`,
// pooled 1019 tp, 327 fp, 740 fn at main bd1c960) and sorting them by construction. It uses constructions and issuers
// participants-1 did not: attendance told by "among those attending were", "participants included", a relative clause
// ("The meeting, which was also attended by"), "flanked by", "sat in on", "alongside", "present at the talks were",
// "also taking part were"; delegations told by "included", "headed a delegation that included", "comprising", "the team
// consisted of", "the A side was represented by"; hosts and chairs told by a participle ("co-chaired by"), "under the
// chairmanship of", "played host to", "convened", "who hosted the talks", "welcomed leaders as host"; participants told
// by a role or pronoun ("both ministers", "the Secretary", "he and X met", "the two leaders", "the Secretary-General",
// "the Japanese leader", "the host, President X"); organisations and states represented by their heads (organisations
// and states take no PARTICIPATED_IN, their named people do); earlier meetings ("had last met at", "had previously met
// in", "when X visited"); virtual participation ("by videoconference", "a virtual meeting", "taking part online"); signers
// and witnesses ("was signed by A for X and by B for Y", "signed …, with C looking on", "the signatories were", "put their
// signatures to"); and negatives: a leader who skipped a summit and sent another, a boycott, a congratulated person's
// opponent who only welcomed a visit, a spokesman quoted from elsewhere, a planned summit announced at a news conference,
// a leader who did not travel and a leader not invited.
// About half whole short readouts (a title line, then 1–3 sentences), half fragments of 2–3 sentences.
// House styles (none used by participants-1): Al Jazeera, The Straits Times, The Jakarta Post, The Korea Herald,
// Politico Europe, The Irish Times, Gulf News, ANSA, the Vietnam News Agency, Kathimerini, the Tehran Times, the Kyiv
// Independent, Daily Sabah, CNN, Africanews, News24, The Star (Malaysia), the Middle East News Agency, the Oman News
// Agency, the Samoa Observer, Voice of America, the Canadian Press, Channel NewsAsia, RFI, the Philippine Daily
// Inquirer, Agência Brasil, EUobserver, Balkan Insight, El País, NPR, Stuff, The Kathmandu Post, The Daily Star
// (Bangladesh), Folha de S.Paulo, Sky News, the Malay Mail, Interfax, Rappler, Geo News, Le Figaro, Ukrainska Pravda,
// Bloomberg, the Mail & Guardian, the Daily Mirror (Sri Lanka), Radio Free Europe/Radio Liberty, Jiji Press, The Express
// Tribune.
// Conventions: those of participants-1 (GUIDE: "every named person who held, attended or took part in a held event";
// ONTOLOGY: PARTICIPATED_IN is Person → Event only): hosts, chairs, co-chairs, conveners and openers take part; people
// who attend, sit in, are present, are flanked or accompany take part; a delegation's named head and members take part in
// the talks it held; a person told later by a pronoun, a role or "both ministers" takes part when the text says so;
// signers and named witnesses take part in the signing; virtual participants take part; a meeting on the margins of a
// gathering gives its people the gathering too; an earlier meeting the text recalls is an Event its named people took
// part in; a visit gives the visitor; states and organisations take no PARTICIPATED_IN; nobody takes part in a planned
// meeting; a person absent, boycotting, not invited, replaced, congratulated, quoted from elsewhere or only welcoming a
// visit does not.
// Its area is Events and PARTICIPATED_IN: 66 Events and 169 PARTICIPATED_IN facts. 47 cases (23 fragments): 8 attendance, 6 delegations, 6 hosts and chairs, 6 pronouns and
// roles, 3 organisations and states represented, 4 earlier meetings, 4 virtual, 4 signings, 6 negatives.
import { type BankCase, E, O, P, S, took } from './bank-events.ts';

/** The relation types of this bank's area; Events are its entity facts. */
export const BANK_EVENT_RELATIONS = ['PARTICIPATED_IN'];

/** Attendance told by "among those attending", "participants included", "flanked by", "sat in on" and their kin. */
const ATTENDANCE: BankCase[] = [
  {
    id: 'at-among-those-attending-were-three-leaders',
    form: 'broadcaster fragment: "The X summit opened in City on Monday. Among those attending were A, B and C" (among those attending)',
    date: '2024-11-11',
    source: 'Al Jazeera',
    text:
      'The extraordinary Arab-Islamic summit opened in Riyadh on Monday. ' +
      'Among those attending were Iranian First Vice President Mohammad Reza Aref, Turkish President Recep Tayyip Erdogan and Palestinian President Mahmoud Abbas.',
    entities: [
      P('Mohammad Reza Aref', 'Iranian First Vice President Mohammad Reza Aref'),
      P('Recep Tayyip Erdogan', 'Turkish President Recep Tayyip Erdogan'),
      P('Mahmoud Abbas', 'Palestinian President Mahmoud Abbas'),
      S('Iran', 'Iranian'),
      S('Turkey', 'Turkish'),
      S('Palestine', 'Palestinian'),
      E('extraordinary Arab-Islamic summit in Riyadh', ['Arab-Islamic summit', 'summit'], '2024-11-11'),
    ],
    relations: [
      ...took(
        'extraordinary Arab-Islamic summit in Riyadh',
        'Mohammad Reza Aref',
        'Recep Tayyip Erdogan',
        'Mahmoud Abbas',
      ),
    ],
  },
  {
    id: 'at-participants-included-three-ministers-and-a-president',
    form: 'newspaper: title; "The X opened in City on Friday evening. Participants included A, B, who gave the keynote address, and C" (participants included, a relative clause inside the list)',
    date: '2025-05-30',
    title: 'Shangri-La Dialogue opens with Macron keynote',
    source: 'The Straits Times',
    text:
      'The Shangri-La Dialogue opened in Singapore on Friday evening. ' +
      'Participants included US Defence Secretary Pete Hegseth, French President Emmanuel Macron, who gave the keynote address, and Malaysian Defence Minister Mohamed Khaled Nordin.',
    entities: [
      P('Pete Hegseth', 'US Defence Secretary Pete Hegseth'),
      P('Emmanuel Macron', 'French President Emmanuel Macron'),
      P('Mohamed Khaled Nordin', 'Malaysian Defence Minister Mohamed Khaled Nordin'),
      S('United States', 'US'),
      S('France', 'French'),
      S('Malaysia', 'Malaysian'),
      E('Shangri-La Dialogue in Singapore', ['Shangri-La Dialogue'], '2025-05-30'),
    ],
    relations: [
      ...took('Shangri-La Dialogue in Singapore', 'Pete Hegseth', 'Emmanuel Macron', 'Mohamed Khaled Nordin'),
    ],
  },
  {
    id: 'at-the-meeting-which-was-also-attended-by-two-ministers',
    form: 'newspaper fragment: "President A received Prime Minister B at the Palace on Thursday. The meeting, which was also attended by Minister C and Minister D, focused on X" (attended by in a relative clause)',
    date: '2025-05-15',
    source: 'The Jakarta Post',
    text:
      'President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the Merdeka Palace in Jakarta on Thursday. ' +
      'The meeting, which was also attended by Foreign Minister Sugiono and Defense Minister Sjafrie Sjamsoeddin, focused on defense cooperation.',
    entities: [
      P('Prabowo Subianto', 'President Prabowo Subianto'),
      P('Anthony Albanese', 'Australian Prime Minister Anthony Albanese'),
      P('Sugiono', 'Foreign Minister Sugiono'),
      P('Sjafrie Sjamsoeddin', 'Defense Minister Sjafrie Sjamsoeddin'),
      S('Australia', 'Australian'),
      E('Prabowo-Albanese meeting at the Merdeka Palace', ['meeting'], '2025-05-15'),
    ],
    relations: [
      ...took(
        'Prabowo-Albanese meeting at the Merdeka Palace',
        'Prabowo Subianto',
        'Anthony Albanese',
        'Sugiono',
        'Sjafrie Sjamsoeddin',
      ),
    ],
  },
  {
    id: 'at-president-flanked-by-two-aides-held-a-summit',
    form: 'newspaper: title; "President A, flanked by Adviser B and Minister C, held a summit with Prime Minister D in City on Saturday" (flanked by, in apposition)',
    date: '2025-08-23',
    title: 'Lee, Ishiba hold summit in Tokyo',
    source: 'The Korea Herald',
    text:
      'President Lee Jae Myung, flanked by National Security Adviser Wi Sung-lac and Foreign Minister Cho Hyun, held a summit with Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday. ' +
      'It was his first trip to Japan since taking office.',
    entities: [
      P('Lee Jae Myung', 'President Lee Jae Myung'),
      P('Wi Sung-lac', 'National Security Adviser Wi Sung-lac'),
      P('Cho Hyun', 'Foreign Minister Cho Hyun'),
      P('Shigeru Ishiba', 'Japanese Prime Minister Shigeru Ishiba'),
      S('Japan', 'Japanese'),
      E('Lee-Ishiba summit in Tokyo', ['summit'], '2025-08-23'),
      E('trip of Lee Jae Myung to Japan', ['first trip to Japan', 'trip'], '2025-08-23'),
    ],
    relations: [
      ...took('Lee-Ishiba summit in Tokyo', 'Lee Jae Myung', 'Wi Sung-lac', 'Cho Hyun', 'Shigeru Ishiba'),
      ...took('trip of Lee Jae Myung to Japan', 'Lee Jae Myung'),
    ],
  },
  {
    id: 'at-two-officials-sat-in-on-the-talks',
    form: 'news site fragment: "President A met President B at his resort on Sunday. Commissioner C and Secretary D sat in on the talks" (sat in on)',
    date: '2025-07-27',
    source: 'Politico Europe',
    text:
      'Commission President Ursula von der Leyen met US President Donald Trump at his Turnberry golf resort in Scotland on Sunday. ' +
      'Trade Commissioner Maroš Šefčovič and US Commerce Secretary Howard Lutnick sat in on the talks.',
    entities: [
      P('Ursula von der Leyen', 'Commission President Ursula von der Leyen'),
      P('Donald Trump', 'US President Donald Trump'),
      P('Maroš Šefčovič', 'Trade Commissioner Maroš Šefčovič'),
      P('Howard Lutnick', 'US Commerce Secretary Howard Lutnick'),
      S('United States', 'US'),
      E('von der Leyen-Trump talks at Turnberry', ['talks', 'met'], '2025-07-27'),
    ],
    relations: [
      ...took(
        'von der Leyen-Trump talks at Turnberry',
        'Ursula von der Leyen',
        'Donald Trump',
        'Maroš Šefčovič',
        'Howard Lutnick',
      ),
    ],
  },
  {
    id: 'at-taoiseach-alongside-tanaiste-met-prime-minister-for-the-summit',
    form: 'newspaper: title; "Taoiseach A, alongside Tánaiste B, met Prime Minister C in City on Friday for the first X summit" (alongside, in apposition)',
    date: '2025-03-07',
    title: 'Martin and Starmer hold first UK-Ireland summit',
    source: 'The Irish Times',
    text: 'Taoiseach Micheál Martin, alongside Tánaiste Simon Harris, met Prime Minister Keir Starmer in Liverpool on Friday for the first UK-Ireland summit.',
    entities: [
      P('Micheál Martin', 'Taoiseach Micheál Martin', 'Martin'),
      P('Simon Harris', 'Tánaiste Simon Harris'),
      P('Keir Starmer', 'Prime Minister Keir Starmer', 'Starmer'),
      E('UK-Ireland summit in Liverpool', ['first UK-Ireland summit', 'summit'], '2025-03-07'),
    ],
    relations: [...took('UK-Ireland summit in Liverpool', 'Micheál Martin', 'Simon Harris', 'Keir Starmer')],
  },
  {
    id: 'at-present-at-the-talks-were-two-ministers',
    form: 'newspaper: title; "President A received Prime Minister B at the Palace on Tuesday. Present at the talks were C, Deputy Prime Minister, and Minister D" (present at the talks were, title after the name)',
    date: '2024-02-13',
    title: 'UAE President receives Indian Prime Minister',
    source: 'Gulf News',
    text:
      'UAE President Sheikh Mohamed bin Zayed Al Nahyan received Indian Prime Minister Narendra Modi at Qasr Al Watan in Abu Dhabi on Tuesday. ' +
      'Present at the talks were Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, and Indian External Affairs Minister S. Jaishankar.',
    entities: [
      P('Mohamed bin Zayed Al Nahyan', 'UAE President Sheikh Mohamed bin Zayed Al Nahyan'),
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi'),
      P('Abdullah bin Zayed Al Nahyan', 'Sheikh Abdullah bin Zayed Al Nahyan'),
      P('S. Jaishankar', 'Indian External Affairs Minister S. Jaishankar'),
      S('United Arab Emirates', 'UAE'),
      S('India', 'Indian'),
      E('Mohamed bin Zayed-Modi talks at Qasr Al Watan', ['talks'], '2024-02-13'),
    ],
    relations: [
      ...took(
        'Mohamed bin Zayed-Modi talks at Qasr Al Watan',
        'Mohamed bin Zayed Al Nahyan',
        'Narendra Modi',
        'Abdullah bin Zayed Al Nahyan',
        'S. Jaishankar',
      ),
    ],
  },
  {
    id: 'at-prime-minister-opened-the-conference-also-taking-part-were',
    form: 'news agency fragment: "Prime Minister A opened the X Conference in City on Sunday. Also taking part were B, C and D" (also taking part were)',
    date: '2023-07-23',
    source: 'ANSA',
    text:
      'Prime Minister Giorgia Meloni opened the International Conference on Development and Migration in Rome on Sunday. ' +
      'Also taking part were Tunisian President Kais Saied, UAE President Mohamed bin Zayed and European Commission President Ursula von der Leyen.',
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni'),
      P('Kais Saied', 'Tunisian President Kais Saied'),
      P('Mohamed bin Zayed', 'UAE President Mohamed bin Zayed'),
      P('Ursula von der Leyen', 'European Commission President Ursula von der Leyen'),
      S('Tunisia', 'Tunisian'),
      S('United Arab Emirates', 'UAE'),
      O('European Commission'),
      E(
        'International Conference on Development and Migration in Rome',
        ['International Conference on Development and Migration', 'conference'],
        '2023-07-23',
      ),
    ],
    relations: [
      ...took(
        'International Conference on Development and Migration in Rome',
        'Giorgia Meloni',
        'Kais Saied',
        'Mohamed bin Zayed',
        'Ursula von der Leyen',
      ),
    ],
  },
];

/** Delegations: members told by "included", "comprising", "consisted of", "was represented by", "joined … for". */
const DELEGATIONS: BankCase[] = [
  {
    id: 'dl-the-chinese-delegation-included-two-officials',
    form: 'state news agency fragment: "General Secretary A held talks with General Secretary and President B in City on 14 April. The Chinese delegation included C, Director of X, and Minister D" (the delegation included, title after a name)',
    date: '2025-04-14',
    source: 'Vietnam News Agency',
    text:
      'General Secretary To Lam held talks with General Secretary and President Xi Jinping in Hanoi on 14 April. ' +
      'The Chinese delegation included Cai Qi, Director of the General Office of the CPC Central Committee, and Foreign Minister Wang Yi.',
    entities: [
      P('To Lam', 'General Secretary To Lam'),
      P('Xi Jinping', 'General Secretary and President Xi Jinping'),
      P('Cai Qi'),
      P('Wang Yi', 'Foreign Minister Wang Yi'),
      S('China', 'Chinese'),
      E('To Lam-Xi talks in Hanoi', ['talks'], '2025-04-14'),
    ],
    relations: [...took('To Lam-Xi talks in Hanoi', 'To Lam', 'Xi Jinping', 'Cai Qi', 'Wang Yi')],
  },
  {
    id: 'dl-president-headed-a-delegation-that-included-two-ministers-at-the-council',
    form: 'newspaper: title; "President A headed a delegation that included Minister B and Minister C at the X Council in City on Thursday, which he co-chaired with Prime Minister D" (headed a delegation that included; co-chaired with)',
    date: '2023-12-07',
    title: 'Erdogan in Athens for High-Level Cooperation Council',
    source: 'Kathimerini',
    text: 'President Recep Tayyip Erdogan headed a Turkish delegation that included Foreign Minister Hakan Fidan and Finance Minister Mehmet Şimşek at the High-Level Cooperation Council in Athens on Thursday, which he co-chaired with Prime Minister Kyriakos Mitsotakis.',
    entities: [
      P('Recep Tayyip Erdogan', 'President Recep Tayyip Erdogan'),
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan'),
      P('Mehmet Şimşek', 'Finance Minister Mehmet Şimşek'),
      P('Kyriakos Mitsotakis', 'Prime Minister Kyriakos Mitsotakis'),
      S('Turkey', 'Turkish'),
      E('High-Level Cooperation Council in Athens', ['High-Level Cooperation Council'], '2023-12-07'),
    ],
    relations: [
      ...took(
        'High-Level Cooperation Council in Athens',
        'Recep Tayyip Erdogan',
        'Hakan Fidan',
        'Mehmet Şimşek',
        'Kyriakos Mitsotakis',
      ),
    ],
  },
  {
    id: 'dl-a-delegation-led-by-minister-and-comprising-two-deputies-held-a-round',
    form: 'newspaper fragment: "An X delegation led by Minister A and comprising deputy ministers B and C held a fourth round of indirect talks with envoy D in City on Sunday" (led by … and comprising)',
    date: '2025-05-11',
    source: 'Tehran Times',
    text:
      'An Iranian delegation led by Foreign Minister Abbas Araghchi and comprising deputy foreign ministers Majid Takht-Ravanchi and Kazem Gharibabadi held a fourth round of indirect talks with US envoy Steve Witkoff in Muscat on Sunday. ' +
      'The next round will be announced by Oman.',
    entities: [
      P('Abbas Araghchi', 'Foreign Minister Abbas Araghchi'),
      P('Majid Takht-Ravanchi'),
      P('Kazem Gharibabadi'),
      P('Steve Witkoff', 'US envoy Steve Witkoff'),
      S('Iran', 'Iranian'),
      S('United States', 'US'),
      S('Oman'),
      E('fourth round of Iran-US indirect talks in Muscat', ['fourth round', 'indirect talks'], '2025-05-11'),
      E('next round of Iran-US indirect talks', ['next round']),
    ],
    relations: [
      ...took(
        'fourth round of Iran-US indirect talks in Muscat',
        'Abbas Araghchi',
        'Majid Takht-Ravanchi',
        'Kazem Gharibabadi',
        'Steve Witkoff',
      ),
    ],
  },
  {
    id: 'dl-the-us-team-consisted-of-two-officials-while-the-other-side-was-headed-by',
    form: 'news site: title; "X and Y delegations met in City on Tuesday. The US team consisted of A and B, while the X side was headed by C, head of the Office" (consisted of; headed by, title after the name)',
    date: '2025-03-11',
    title: 'US and Ukrainian delegations meet in Jeddah',
    source: 'Kyiv Independent',
    text:
      'Ukrainian and US delegations met in Jeddah on Tuesday. ' +
      'The US team consisted of Secretary of State Marco Rubio and National Security Adviser Mike Waltz, while the Ukrainian side was headed by Andriy Yermak, head of the Presidential Office.',
    entities: [
      P('Marco Rubio', 'Secretary of State Marco Rubio'),
      P('Mike Waltz', 'National Security Adviser Mike Waltz'),
      P('Andriy Yermak'),
      S('Ukraine', 'Ukrainian', 'Ukrainian side'),
      S('United States', 'US'),
      E('US-Ukraine talks in Jeddah', ['met in Jeddah'], '2025-03-11'),
    ],
    relations: [...took('US-Ukraine talks in Jeddah', 'Marco Rubio', 'Mike Waltz', 'Andriy Yermak')],
  },
  {
    id: 'dl-the-a-side-was-represented-by-two-ministers-the-b-side-by-two',
    form: 'newspaper fragment: "X and Y ministers met in City on Thursday for a high-level security meeting. The X side was represented by A and B, the Y side by C and D" (represented by, gapped second side)',
    date: '2024-08-15',
    source: 'Daily Sabah',
    text:
      'Turkish and Iraqi ministers met in Ankara on Thursday for a high-level security meeting. ' +
      'The Turkish side was represented by Foreign Minister Hakan Fidan and Defense Minister Yaşar Güler, the Iraqi side by Foreign Minister Fuad Hussein and Defense Minister Thabet al-Abbasi.',
    entities: [
      P('Hakan Fidan', 'Foreign Minister Hakan Fidan'),
      P('Yaşar Güler', 'Defense Minister Yaşar Güler'),
      P('Fuad Hussein', 'Foreign Minister Fuad Hussein'),
      P('Thabet al-Abbasi', 'Defense Minister Thabet al-Abbasi'),
      S('Turkey', 'Turkish', 'Turkish side'),
      S('Iraq', 'Iraqi', 'Iraqi side'),
      E('Turkey-Iraq high-level security meeting in Ankara', ['high-level security meeting'], '2024-08-15'),
    ],
    relations: [
      ...took(
        'Turkey-Iraq high-level security meeting in Ankara',
        'Hakan Fidan',
        'Yaşar Güler',
        'Fuad Hussein',
        'Thabet al-Abbasi',
      ),
    ],
  },
  {
    id: 'dl-two-officials-joined-the-president-for-the-three-on-three-meeting',
    form: 'broadcaster: title; "President A and President B met at the Base on Friday. C was not invited. D and E joined A for the three-on-three meeting, while B was accompanied by F and G" (joined X for; accompanied by; a person not invited)',
    date: '2025-08-15',
    title: 'Trump and Putin meet in Alaska',
    source: 'CNN',
    text:
      'President Donald Trump and Russian President Vladimir Putin met at Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Friday. ' +
      'Ukrainian President Volodymyr Zelensky was not invited. ' +
      'Secretary of State Marco Rubio and special envoy Steve Witkoff joined Trump for the three-on-three meeting, while Putin was accompanied by Foreign Minister Sergey Lavrov and aide Yuri Ushakov.',
    entities: [
      P('Donald Trump', 'President Donald Trump', 'Trump'),
      P('Vladimir Putin', 'Russian President Vladimir Putin', 'Putin'),
      P('Volodymyr Zelensky', 'Ukrainian President Volodymyr Zelensky'),
      P('Marco Rubio', 'Secretary of State Marco Rubio'),
      P('Steve Witkoff', 'special envoy Steve Witkoff'),
      P('Sergey Lavrov', 'Foreign Minister Sergey Lavrov'),
      P('Yuri Ushakov'),
      S('Russia', 'Russian'),
      S('Ukraine', 'Ukrainian'),
      E('Trump-Putin summit in Alaska', ['met at Joint Base Elmendorf-Richardson'], '2025-08-15'),
      E('three-on-three meeting', [], '2025-08-15'),
    ],
    relations: [
      ...took(
        'Trump-Putin summit in Alaska',
        'Donald Trump',
        'Vladimir Putin',
        'Marco Rubio',
        'Steve Witkoff',
        'Sergey Lavrov',
        'Yuri Ushakov',
      ),
      ...took(
        'three-on-three meeting',
        'Donald Trump',
        'Vladimir Putin',
        'Marco Rubio',
        'Steve Witkoff',
        'Sergey Lavrov',
        'Yuri Ushakov',
      ),
    ],
  },
];

/** Hosts and chairs: "co-chaired by", "under the chairmanship of", "played host to", "convened", "who hosted". */
const HOSTS: BankCase[] = [
  {
    id: 'ho-the-summit-co-chaired-by-two-presidents-opened-the-host-welcomed-them',
    form: 'broadcaster: title; "The X summit, co-chaired by President A and President B, opened in City on Saturday. President C welcomed the leaders" (co-chaired by in a participle clause; a host who welcomed)',
    date: '2025-02-08',
    title: 'EAC and SADC leaders meet on eastern Congo',
    source: 'Africanews',
    text:
      'The joint summit of the East African Community and the Southern African Development Community, co-chaired by Kenyan President William Ruto and Zimbabwean President Emmerson Mnangagwa, opened in Dar es Salaam on Saturday. ' +
      'Tanzanian President Samia Suluhu Hassan welcomed the leaders.',
    entities: [
      P('William Ruto', 'Kenyan President William Ruto'),
      P('Emmerson Mnangagwa', 'Zimbabwean President Emmerson Mnangagwa'),
      P('Samia Suluhu Hassan', 'Tanzanian President Samia Suluhu Hassan'),
      S('Kenya', 'Kenyan'),
      S('Zimbabwe', 'Zimbabwean'),
      S('Tanzania', 'Tanzanian'),
      O('East African Community'),
      O('Southern African Development Community'),
      E('joint EAC-SADC summit in Dar es Salaam', ['joint summit', 'summit'], '2025-02-08'),
    ],
    relations: [
      ...took('joint EAC-SADC summit in Dar es Salaam', 'William Ruto', 'Emmerson Mnangagwa', 'Samia Suluhu Hassan'),
    ],
  },
  {
    id: 'ho-the-meeting-opened-under-the-chairmanship-of-minister-two-present-one-stayed-away',
    form: 'news site fragment: "The X meeting opened in City on Thursday under the chairmanship of Minister A. B and C were present; D stayed away" (under the chairmanship of; were present; an absent minister)',
    date: '2025-02-20',
    source: 'News24',
    text:
      "The G20 foreign ministers' meeting opened in Johannesburg on Thursday under the chairmanship of Minister of International Relations Ronald Lamola. " +
      'Chinese Foreign Minister Wang Yi and Russian Foreign Minister Sergey Lavrov were present; US Secretary of State Marco Rubio stayed away.',
    entities: [
      P('Ronald Lamola', 'Minister of International Relations Ronald Lamola'),
      P('Wang Yi', 'Chinese Foreign Minister Wang Yi'),
      P('Sergey Lavrov', 'Russian Foreign Minister Sergey Lavrov'),
      P('Marco Rubio', 'US Secretary of State Marco Rubio'),
      S('China', 'Chinese'),
      S('Russia', 'Russian'),
      S('United States', 'US'),
      O('G20'),
      E("G20 foreign ministers' meeting in Johannesburg", ["G20 foreign ministers' meeting"], '2025-02-20'),
    ],
    relations: [...took("G20 foreign ministers' meeting in Johannesburg", 'Ronald Lamola', 'Wang Yi', 'Sergey Lavrov')],
  },
  {
    id: 'ho-prime-minister-played-host-to-prime-minister-for-the-annual-consultation',
    form: 'newspaper: title; "Prime Minister A played host to Prime Minister B in City on Monday for the annual consultation" (played host to)',
    date: '2024-12-16',
    title: 'Anwar hosts Paetongtarn for annual consultation',
    source: 'The Star',
    text: 'Prime Minister Anwar Ibrahim played host to Thai Prime Minister Paetongtarn Shinawatra in Putrajaya on Monday for the seventh Malaysia-Thailand annual consultation.',
    entities: [
      P('Anwar Ibrahim', 'Prime Minister Anwar Ibrahim'),
      P('Paetongtarn Shinawatra', 'Thai Prime Minister Paetongtarn Shinawatra'),
      S('Thailand', 'Thai'),
      S('Malaysia'),
      E(
        'seventh Malaysia-Thailand annual consultation in Putrajaya',
        ['Malaysia-Thailand annual consultation', 'annual consultation'],
        '2024-12-16',
      ),
    ],
    relations: [
      ...took('seventh Malaysia-Thailand annual consultation in Putrajaya', 'Anwar Ibrahim', 'Paetongtarn Shinawatra'),
    ],
  },
  {
    id: 'ho-president-convened-the-summit-three-leaders-addressed-the-gathering',
    form: 'state news agency fragment: "President A convened the X Summit in City on Saturday. King B, President C and Secretary-General D addressed the gathering" (convened; addressed the gathering)',
    date: '2023-10-21',
    source: 'Middle East News Agency',
    text:
      'President Abdel Fattah al-Sisi convened the Cairo Summit for Peace in the New Administrative Capital on Saturday. ' +
      "Jordan's King Abdullah II, Palestinian President Mahmoud Abbas and UN Secretary-General António Guterres addressed the gathering.",
    entities: [
      P('Abdel Fattah al-Sisi', 'President Abdel Fattah al-Sisi'),
      P('Abdullah II', "Jordan's King Abdullah II", 'King Abdullah II'),
      P('Mahmoud Abbas', 'Palestinian President Mahmoud Abbas'),
      P('António Guterres', 'UN Secretary-General António Guterres'),
      S('Jordan'),
      S('Palestine', 'Palestinian'),
      O('United Nations', 'UN'),
      E('Cairo Summit for Peace', ['summit', 'gathering'], '2023-10-21'),
    ],
    relations: [
      ...took('Cairo Summit for Peace', 'Abdel Fattah al-Sisi', 'Abdullah II', 'Mahmoud Abbas', 'António Guterres'),
    ],
  },
  {
    id: 'ho-the-minister-who-hosted-the-talks-described-the-atmosphere',
    form: 'state news agency: title; "Minister A and envoy B held indirect talks in City on Saturday. Minister C, who hosted the talks, described the atmosphere as friendly" (who hosted, in a relative clause)',
    date: '2025-04-12',
    title: 'Iranian and US delegations hold talks in Muscat',
    source: 'Oman News Agency',
    text:
      'Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held indirect talks in Muscat on Saturday. ' +
      'Foreign Minister Badr Albusaidi, who hosted the talks, described the atmosphere as friendly.',
    entities: [
      P('Abbas Araghchi', 'Iranian Foreign Minister Abbas Araghchi'),
      P('Steve Witkoff', 'US envoy Steve Witkoff'),
      P('Badr Albusaidi', 'Foreign Minister Badr Albusaidi'),
      S('Iran', 'Iranian'),
      S('United States', 'US'),
      E('Iran-US indirect talks in Muscat', ['indirect talks', 'talks'], '2025-04-12'),
    ],
    relations: [...took('Iran-US indirect talks in Muscat', 'Abbas Araghchi', 'Steve Witkoff', 'Badr Albusaidi')],
  },
  {
    id: 'ho-prime-minister-welcomed-leaders-as-host-the-king-opened-the-meeting',
    form: 'newspaper fragment: "Prime Minister A welcomed X leaders to City on Friday as host of the Y Meeting. King B opened the meeting, and Secretary-General C gave her final address" (as host of; opened; gave an address)',
    date: '2024-10-25',
    source: 'Samoa Observer',
    text:
      "Prime Minister Fiamē Naomi Mata'afa welcomed Commonwealth leaders to Apia on Friday as host of the Commonwealth Heads of Government Meeting. " +
      'King Charles III opened the meeting, and Secretary-General Patricia Scotland gave her final address.',
    entities: [
      P("Fiamē Naomi Mata'afa", "Prime Minister Fiamē Naomi Mata'afa"),
      P('Charles III', 'King Charles III'),
      P('Patricia Scotland', 'Secretary-General Patricia Scotland'),
      O('Commonwealth'),
      E(
        'Commonwealth Heads of Government Meeting in Apia',
        ['Commonwealth Heads of Government Meeting', 'meeting'],
        '2024-10-25',
      ),
    ],
    relations: [
      ...took(
        'Commonwealth Heads of Government Meeting in Apia',
        "Fiamē Naomi Mata'afa",
        'Charles III',
        'Patricia Scotland',
      ),
    ],
  },
];

/** Participants told by a role or a pronoun: "both ministers", "the Secretary", "he and X", "the Japanese leader". */
const TOLD: BankCase[] = [
  {
    id: 'tl-both-ministers-then-the-secretary-met-the-president',
    form: 'broadcaster: title; "Secretary A and Minister B met in City on Friday. Both ministers described the talks as candid. Later in the day, the Secretary met President C" (both ministers; the Secretary told by role in a second meeting)',
    date: '2024-04-26',
    title: 'Blinken meets Wang Yi and Xi in Beijing',
    source: 'Voice of America',
    text:
      'US Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi met in Beijing on Friday. ' +
      'Both ministers described the talks as candid. ' +
      'Later in the day, the Secretary met President Xi Jinping at the Great Hall of the People.',
    entities: [
      P('Antony Blinken', 'US Secretary of State Antony Blinken', 'the Secretary'),
      P('Wang Yi', 'Chinese Foreign Minister Wang Yi'),
      P('Xi Jinping', 'President Xi Jinping'),
      S('United States', 'US'),
      S('China', 'Chinese'),
      E('Blinken-Wang talks in Beijing', ['talks', 'met in Beijing'], '2024-04-26'),
      E('Blinken-Xi meeting at the Great Hall of the People', [], '2024-04-26'),
    ],
    relations: [
      ...took('Blinken-Wang talks in Beijing', 'Antony Blinken', 'Wang Yi'),
      ...took('Blinken-Xi meeting at the Great Hall of the People', 'Antony Blinken', 'Xi Jinping'),
    ],
  },
  {
    id: 'tl-he-and-the-president-met-in-the-oval-office-during-his-first-visit',
    form: 'news agency fragment: "Prime Minister A arrived at the White House on Tuesday for his first visit since the election. He and President B met in the Oval Office" (he and X met)',
    date: '2025-05-06',
    source: 'Canadian Press',
    text:
      'Prime Minister Mark Carney arrived at the White House on Tuesday for his first visit since the election. ' +
      'He and President Donald Trump met in the Oval Office for about two hours.',
    entities: [
      P('Mark Carney', 'Prime Minister Mark Carney'),
      P('Donald Trump', 'President Donald Trump'),
      E('visit of Mark Carney to the White House', ['first visit'], '2025-05-06'),
      E('Carney-Trump meeting in the Oval Office', ['met in the Oval Office'], '2025-05-06'),
    ],
    relations: [
      ...took('visit of Mark Carney to the White House', 'Mark Carney'),
      ...took('Carney-Trump meeting in the Oval Office', 'Mark Carney', 'Donald Trump'),
    ],
  },
  {
    id: 'tl-the-two-leaders-witnessed-the-signing-at-the-retreat',
    form: 'broadcaster: title; "Prime Minister A met Prime Minister B in City on Tuesday for the 11th X Retreat. The two leaders witnessed the signing of an agreement on Y" (the two leaders as witnesses)',
    date: '2025-01-07',
    title: "Wong and Anwar hold Leaders' Retreat in Putrajaya",
    source: 'Channel NewsAsia',
    text:
      "Prime Minister Lawrence Wong met Malaysian Prime Minister Anwar Ibrahim in Putrajaya on Tuesday for the 11th Malaysia-Singapore Leaders' Retreat. " +
      'The two leaders witnessed the signing of an agreement on the Johor-Singapore Special Economic Zone.',
    entities: [
      P('Lawrence Wong', 'Prime Minister Lawrence Wong'),
      P('Anwar Ibrahim', 'Malaysian Prime Minister Anwar Ibrahim'),
      S('Malaysia', 'Malaysian'),
      S('Singapore'),
      E(
        "11th Malaysia-Singapore Leaders' Retreat in Putrajaya",
        ["Malaysia-Singapore Leaders' Retreat", "Leaders' Retreat"],
        '2025-01-07',
      ),
      E('signing of the agreement on the Johor-Singapore Special Economic Zone', ['signing'], '2025-01-07'),
    ],
    relations: [
      ...took("11th Malaysia-Singapore Leaders' Retreat in Putrajaya", 'Lawrence Wong', 'Anwar Ibrahim'),
      ...took(
        'signing of the agreement on the Johor-Singapore Special Economic Zone',
        'Lawrence Wong',
        'Anwar Ibrahim',
      ),
    ],
  },
  {
    id: 'tl-the-secretary-general-told-the-summit-the-chairperson-opened-it',
    form: 'broadcaster fragment: "Secretary-General A travelled to City for the X summit on Saturday. The Secretary-General told the assembled heads of state … Chairperson B opened the summit" (the Secretary-General by role; opened)',
    date: '2024-02-17',
    source: 'RFI',
    text:
      'UN Secretary-General António Guterres travelled to Addis Ababa for the African Union summit on Saturday. ' +
      'The Secretary-General told the assembled heads of state that Africa deserved permanent seats on the Security Council. ' +
      'AU Commission Chairperson Moussa Faki Mahamat opened the summit.',
    entities: [
      P('António Guterres', 'UN Secretary-General António Guterres', 'the Secretary-General'),
      P('Moussa Faki Mahamat', 'AU Commission Chairperson Moussa Faki Mahamat'),
      O('United Nations', 'UN'),
      O('African Union', 'AU'),
      E('African Union summit in Addis Ababa', ['African Union summit', 'summit'], '2024-02-17'),
    ],
    relations: [...took('African Union summit in Addis Ababa', 'António Guterres', 'Moussa Faki Mahamat')],
  },
  {
    id: 'tl-the-japanese-leader-addressed-a-joint-session-during-the-visit',
    form: 'newspaper: title; "Prime Minister A arrived in City on Friday for a two-day visit and held talks with President B. On Saturday, the Japanese leader addressed a joint session of Congress" (the X leader by demonym and role)',
    date: '2023-11-04',
    title: 'Kishida addresses Congress',
    source: 'Philippine Daily Inquirer',
    text:
      'Japanese Prime Minister Fumio Kishida arrived in Manila on Friday for a two-day visit and held talks with President Ferdinand Marcos Jr. at Malacañang. ' +
      'On Saturday, the Japanese leader addressed a joint session of Congress, the first by a Japanese premier.',
    entities: [
      P('Fumio Kishida', 'Japanese Prime Minister Fumio Kishida'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.'),
      S('Japan', 'Japanese'),
      E('visit of Fumio Kishida to Manila', ['two-day visit'], '2023-11-03'),
      E('Kishida-Marcos talks at Malacañang', ['talks'], '2023-11-03'),
      E('joint session of Congress', ['joint session'], '2023-11-04'),
    ],
    relations: [
      ...took('visit of Fumio Kishida to Manila', 'Fumio Kishida'),
      ...took('Kishida-Marcos talks at Malacañang', 'Fumio Kishida', 'Ferdinand Marcos Jr.'),
      ...took('joint session of Congress', 'Fumio Kishida'),
    ],
  },
  {
    id: 'tl-the-host-president-launched-an-alliance-two-leaders-among-those-present',
    form: 'state news agency fragment: "The X Summit opened in City on Monday. In his opening speech, the host, President A, launched Y. Presidents B and C were among the leaders present" (the host, in apposition; among the leaders present)',
    date: '2024-11-18',
    source: 'Agência Brasil',
    text:
      "The G20 Leaders' Summit opened in Rio de Janeiro on Monday. " +
      'In his opening speech, the host, President Luiz Inácio Lula da Silva, launched the Global Alliance against Hunger and Poverty. ' +
      'Chinese President Xi Jinping and US President Joe Biden were among the leaders present.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva'),
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      P('Joe Biden', 'US President Joe Biden'),
      S('China', 'Chinese'),
      S('United States', 'US'),
      O('G20'),
      O('Global Alliance against Hunger and Poverty'),
      E("G20 Leaders' Summit in Rio de Janeiro", ["G20 Leaders' Summit"], '2024-11-18'),
    ],
    relations: [
      ...took("G20 Leaders' Summit in Rio de Janeiro", 'Luiz Inácio Lula da Silva', 'Xi Jinping', 'Joe Biden'),
    ],
  },
];

/** Organisations and states represented by their heads: the people take part, the bodies do not. */
const REPRESENTED: BankCase[] = [
  {
    id: 'or-the-union-was-represented-by-president-and-germany-by-chancellor',
    form: 'news site: title; "A and B co-hosted the X Conference in City on Thursday. The European Union was represented by President C, and Germany by Chancellor D" (an organisation and a state represented, gapped)',
    date: '2025-07-10',
    title: 'Ukraine Recovery Conference opens in Rome',
    source: 'EUobserver',
    text:
      'Prime Minister Giorgia Meloni and President Volodymyr Zelensky co-hosted the Ukraine Recovery Conference in Rome on Thursday. ' +
      'The European Union was represented by Commission President Ursula von der Leyen, and Germany by Chancellor Friedrich Merz.',
    entities: [
      P('Giorgia Meloni', 'Prime Minister Giorgia Meloni'),
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky'),
      P('Ursula von der Leyen', 'Commission President Ursula von der Leyen'),
      P('Friedrich Merz', 'Chancellor Friedrich Merz'),
      O('European Union'),
      S('Germany'),
      E('Ukraine Recovery Conference in Rome', ['Ukraine Recovery Conference'], '2025-07-10'),
    ],
    relations: [
      ...took(
        'Ukraine Recovery Conference in Rome',
        'Giorgia Meloni',
        'Volodymyr Zelensky',
        'Ursula von der Leyen',
        'Friedrich Merz',
      ),
    ],
  },
  {
    id: 'or-nato-was-represented-by-its-secretary-general-and-the-council-by-its-president',
    form: 'news site fragment: "Prime Minister A hosted the sixth summit of X in City on Friday. NATO was represented by Secretary General B and the European Council by its President, C" (organisations represented by their heads)',
    date: '2025-05-16',
    source: 'Balkan Insight',
    text:
      'Albanian Prime Minister Edi Rama hosted the sixth summit of the European Political Community in Tirana on Friday. ' +
      'NATO was represented by Secretary General Mark Rutte and the European Council by its President, António Costa.',
    entities: [
      P('Edi Rama', 'Albanian Prime Minister Edi Rama'),
      P('Mark Rutte', 'Secretary General Mark Rutte'),
      P('António Costa'),
      S('Albania', 'Albanian'),
      O('European Political Community'),
      O('NATO'),
      O('European Council'),
      E(
        'sixth summit of the European Political Community in Tirana',
        ['summit of the European Political Community', 'European Political Community summit'],
        '2025-05-16',
      ),
    ],
    relations: [
      ...took('sixth summit of the European Political Community in Tirana', 'Edi Rama', 'Mark Rutte', 'António Costa'),
    ],
  },
  {
    id: 'or-banks-sent-delegations-and-the-secretary-general-opened-the-proceedings',
    form: 'newspaper: title; "The X Conference opened in City on Monday, hosted by Prime Minister A. The World Bank, the IMF and the AfDB sent delegations, and Secretary-General B opened the proceedings" (organisations only as senders; hosted by; opened)',
    date: '2025-06-30',
    title: 'Seville hosts financing for development conference',
    source: 'El País',
    text:
      'The Fourth International Conference on Financing for Development opened in Seville on Monday, hosted by Prime Minister Pedro Sánchez. ' +
      'The World Bank, the International Monetary Fund and the African Development Bank sent delegations, and UN Secretary-General António Guterres opened the proceedings.',
    entities: [
      P('Pedro Sánchez', 'Prime Minister Pedro Sánchez'),
      P('António Guterres', 'UN Secretary-General António Guterres'),
      O('World Bank'),
      O('International Monetary Fund'),
      O('African Development Bank'),
      O('United Nations', 'UN'),
      E(
        'Fourth International Conference on Financing for Development in Seville',
        [
          'Fourth International Conference on Financing for Development',
          'International Conference on Financing for Development',
        ],
        '2025-06-30',
      ),
    ],
    relations: [
      ...took(
        'Fourth International Conference on Financing for Development in Seville',
        'Pedro Sánchez',
        'António Guterres',
      ),
    ],
  },
];

/** Earlier meetings the text recalls, and meetings on the margins of a gathering. */
const EARLIER: BankCase[] = [
  {
    id: 'ea-the-two-had-last-met-at-the-estate-a-year-earlier',
    form: 'radio: title; "President A met President B in City on Saturday on the sidelines of the X summit. The two had last met at the Y estate outside City in November 2023" (had last met at; sidelines)',
    date: '2024-11-16',
    title: 'Biden and Xi meet in Lima',
    source: 'NPR',
    text:
      'President Joe Biden met Chinese President Xi Jinping in Lima on Saturday on the sidelines of the APEC summit. ' +
      'The two had last met at the Filoli estate outside San Francisco in November 2023.',
    entities: [
      P('Joe Biden', 'President Joe Biden'),
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      S('China', 'Chinese'),
      O('APEC'),
      E('Biden-Xi meeting in Lima', ['met'], '2024-11-16'),
      E('APEC summit in Lima', ['APEC summit'], '2024-11-16'),
      E('Biden-Xi meeting at the Filoli estate', ['met at the Filoli estate'], '2023-11'),
    ],
    relations: [
      ...took('Biden-Xi meeting in Lima', 'Joe Biden', 'Xi Jinping'),
      ...took('APEC summit in Lima', 'Joe Biden', 'Xi Jinping'),
      ...took('Biden-Xi meeting at the Filoli estate', 'Joe Biden', 'Xi Jinping'),
    ],
  },
  {
    id: 'ea-talks-built-on-those-he-held-with-the-premier-when-the-premier-visited',
    form: 'news site fragment: "Prime Minister A met President B in City on Friday. A said the talks built on those he held with Premier C when C visited City last June" (an earlier visit and its talks, told by a pronoun)',
    date: '2025-06-20',
    source: 'Stuff',
    text:
      'Prime Minister Christopher Luxon met President Xi Jinping in Beijing on Friday. ' +
      'Luxon said the talks built on those he held with Premier Li Qiang when Li visited Wellington last June.',
    entities: [
      P('Christopher Luxon', 'Prime Minister Christopher Luxon', 'Luxon'),
      P('Xi Jinping', 'President Xi Jinping'),
      P('Li Qiang', 'Premier Li Qiang', 'Li'),
      E('Luxon-Xi meeting in Beijing', ['talks', 'met'], '2025-06-20'),
      E('Luxon-Li talks in Wellington', ['those he held with Premier Li Qiang'], '2024-06'),
      E('visit of Li Qiang to Wellington', ['visited Wellington'], '2024-06'),
    ],
    relations: [
      ...took('Luxon-Xi meeting in Beijing', 'Christopher Luxon', 'Xi Jinping'),
      ...took('Luxon-Li talks in Wellington', 'Christopher Luxon', 'Li Qiang'),
      ...took('visit of Li Qiang to Wellington', 'Li Qiang'),
    ],
  },
  {
    id: 'ea-the-two-had-previously-met-in-new-york-on-the-margins-of-the-assembly',
    form: 'newspaper: title; "Prime Minister A met Prime Minister B on the sidelines of the X summit in City on Friday. The two had previously met in New York in September on the margins of the UN General Assembly" (had previously met; margins of a recalled gathering)',
    date: '2025-04-04',
    title: 'Oli meets Modi in Bangkok',
    source: 'The Kathmandu Post',
    text:
      'Prime Minister KP Sharma Oli met Indian Prime Minister Narendra Modi on the sidelines of the BIMSTEC summit in Bangkok on Friday. ' +
      'The two had previously met in New York in September on the margins of the UN General Assembly.',
    entities: [
      P('KP Sharma Oli', 'Prime Minister KP Sharma Oli'),
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi'),
      S('India', 'Indian'),
      O('BIMSTEC'),
      O('United Nations', 'UN'),
      E('Oli-Modi meeting in Bangkok', ['met'], '2025-04-04'),
      E('BIMSTEC summit in Bangkok', ['BIMSTEC summit'], '2025-04-04'),
      E('Oli-Modi meeting in New York', ['met in New York'], '2024-09'),
      E('UN General Assembly', ['General Assembly'], '2024-09'),
    ],
    relations: [
      ...took('Oli-Modi meeting in Bangkok', 'KP Sharma Oli', 'Narendra Modi'),
      ...took('BIMSTEC summit in Bangkok', 'KP Sharma Oli', 'Narendra Modi'),
      ...took('Oli-Modi meeting in New York', 'KP Sharma Oli', 'Narendra Modi'),
      ...took('UN General Assembly', 'KP Sharma Oli', 'Narendra Modi'),
    ],
  },
  {
    id: 'ea-on-the-day-before-he-met-the-vice-premier-on-the-sidelines-of-the-forum',
    form: 'newspaper fragment: "Chief Adviser A met President B in City on Friday. On Thursday, he met Vice Premier C on the sidelines of the X Forum in Y" (an earlier meeting told by a pronoun; sidelines)',
    date: '2025-03-28',
    source: 'The Daily Star',
    text:
      'Chief Adviser Muhammad Yunus met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Friday. ' +
      'On Thursday, he met Executive Vice Premier Ding Xuexiang on the sidelines of the Boao Forum for Asia in Hainan.',
    entities: [
      P('Muhammad Yunus', 'Chief Adviser Muhammad Yunus'),
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      P('Ding Xuexiang', 'Executive Vice Premier Ding Xuexiang'),
      S('China', 'Chinese'),
      E('Yunus-Xi meeting at the Great Hall of the People', ['met'], '2025-03-28'),
      E('Yunus-Ding meeting in Hainan', [], '2025-03-27'),
      E('Boao Forum for Asia', [], '2025-03-27'),
    ],
    relations: [
      ...took('Yunus-Xi meeting at the Great Hall of the People', 'Muhammad Yunus', 'Xi Jinping'),
      ...took('Yunus-Ding meeting in Hainan', 'Muhammad Yunus', 'Ding Xuexiang'),
      ...took('Boao Forum for Asia', 'Muhammad Yunus', 'Ding Xuexiang'),
    ],
  },
];

/** Virtual participation: "by videoconference", "a virtual meeting", "taking part online", "held a video conference". */
const VIRTUAL: BankCase[] = [
  {
    id: 'vi-president-took-part-by-videoconference-the-minister-led-the-delegation',
    form: 'newspaper: title; "President A took part in the X summit in City by videoconference on Wednesday after an accident forced him to cancel the trip. Minister B led the delegation in person" (by videoconference; led the delegation)',
    date: '2024-10-23',
    title: 'Lula joins BRICS summit by video',
    source: 'Folha de S.Paulo',
    text:
      'President Luiz Inácio Lula da Silva took part in the BRICS summit in Kazan by videoconference on Wednesday after an accident at home forced him to cancel the trip. ' +
      'Foreign Minister Mauro Vieira led the Brazilian delegation in person.',
    entities: [
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva'),
      P('Mauro Vieira', 'Foreign Minister Mauro Vieira'),
      S('Brazil', 'Brazilian'),
      O('BRICS'),
      E('BRICS summit in Kazan', ['BRICS summit'], '2024-10-23'),
    ],
    relations: [...took('BRICS summit in Kazan', 'Luiz Inácio Lula da Silva', 'Mauro Vieira')],
  },
  {
    id: 'vi-prime-minister-hosted-a-virtual-meeting-three-took-part',
    form: 'broadcaster fragment: "Prime Minister A hosted a virtual meeting of some 25 leaders on Saturday. President B, Secretary General C and President D were among those who took part" (a virtual meeting; among those who took part)',
    date: '2025-03-15',
    source: 'Sky News',
    text:
      'Prime Minister Keir Starmer hosted a virtual meeting of some 25 leaders on Saturday to discuss security guarantees for Ukraine. ' +
      'President Volodymyr Zelensky, NATO Secretary General Mark Rutte and Commission President Ursula von der Leyen were among those who took part.',
    entities: [
      P('Keir Starmer', 'Prime Minister Keir Starmer'),
      P('Volodymyr Zelensky', 'President Volodymyr Zelensky'),
      P('Mark Rutte', 'NATO Secretary General Mark Rutte'),
      P('Ursula von der Leyen', 'Commission President Ursula von der Leyen'),
      S('Ukraine'),
      O('NATO'),
      E('virtual meeting of leaders hosted by Keir Starmer', ['virtual meeting'], '2025-03-15'),
    ],
    relations: [
      ...took(
        'virtual meeting of leaders hosted by Keir Starmer',
        'Keir Starmer',
        'Volodymyr Zelensky',
        'Mark Rutte',
        'Ursula von der Leyen',
      ),
    ],
  },
  {
    id: 'vi-prime-minister-chaired-the-virtual-meeting-with-two-presidents-taking-part-online',
    form: 'newspaper: title; "Prime Minister A chaired the virtual X Meeting on Friday, with President B and President C taking part online" (with … taking part online)',
    date: '2020-11-20',
    title: 'Muhyiddin chairs virtual APEC leaders meeting',
    source: 'Malay Mail',
    text: "Prime Minister Muhyiddin Yassin chaired the virtual APEC Economic Leaders' Meeting on Friday, with US President Donald Trump and Chinese President Xi Jinping taking part online.",
    entities: [
      P('Muhyiddin Yassin', 'Prime Minister Muhyiddin Yassin'),
      P('Donald Trump', 'US President Donald Trump'),
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      S('United States', 'US'),
      S('China', 'Chinese'),
      O('APEC'),
      E("APEC Economic Leaders' Meeting", ["virtual APEC Economic Leaders' Meeting"], '2020-11-20'),
    ],
    relations: [...took("APEC Economic Leaders' Meeting", 'Muhyiddin Yassin', 'Donald Trump', 'Xi Jinping')],
  },
  {
    id: 'vi-presidents-held-a-video-conference-an-aide-told-reporters',
    form: 'news agency fragment: "President A and leader B held a video conference on Tuesday, a day after C\'s inauguration. Aide D told reporters the conversation lasted" (a video conference; an aide briefing is no participant)',
    date: '2025-01-21',
    source: 'Interfax',
    text:
      "President Vladimir Putin and Chinese leader Xi Jinping held a video conference on Tuesday, a day after Donald Trump's inauguration. " +
      'Kremlin foreign policy aide Yuri Ushakov told reporters the conversation lasted an hour and a half.',
    entities: [
      P('Vladimir Putin', 'President Vladimir Putin'),
      P('Xi Jinping', 'Chinese leader Xi Jinping'),
      P('Donald Trump'),
      P('Yuri Ushakov', 'Kremlin foreign policy aide Yuri Ushakov'),
      S('China', 'Chinese'),
      E('Putin-Xi video conference', ['video conference', 'conversation'], '2025-01-21'),
      E('inauguration of Donald Trump', ['inauguration'], '2025-01-20'),
    ],
    relations: [
      ...took('Putin-Xi video conference', 'Vladimir Putin', 'Xi Jinping'),
      ...took('inauguration of Donald Trump', 'Donald Trump'),
    ],
  },
];

/** Signers and witnesses: "signed by A for X and by B for Y", "with C looking on", "the signatories were". */
const SIGNINGS: BankCase[] = [
  {
    id: 'sg-the-agreement-was-signed-by-a-for-x-and-by-b-for-y-the-president-witnessed',
    form: 'news site: title; "The X Agreement was signed in City on Monday by Secretary A for X and by Minister B for Y. President C witnessed the ceremony" (signed by … for; witnessed)',
    date: '2024-07-08',
    title: 'PH, Japan sign Reciprocal Access Agreement',
    source: 'Rappler',
    text:
      'The Reciprocal Access Agreement was signed in Manila on Monday by Defense Secretary Gilberto Teodoro Jr. for the Philippines and by Foreign Minister Yoko Kamikawa for Japan. ' +
      'President Ferdinand Marcos Jr. witnessed the ceremony at Malacañang.',
    entities: [
      P('Gilberto Teodoro Jr.', 'Defense Secretary Gilberto Teodoro Jr.'),
      P('Yoko Kamikawa', 'Foreign Minister Yoko Kamikawa'),
      P('Ferdinand Marcos Jr.', 'President Ferdinand Marcos Jr.'),
      S('Philippines'),
      S('Japan'),
      E('signing of the Reciprocal Access Agreement in Manila', ['ceremony', 'signed'], '2024-07-08'),
    ],
    relations: [
      ...took(
        'signing of the Reciprocal Access Agreement in Manila',
        'Gilberto Teodoro Jr.',
        'Yoko Kamikawa',
        'Ferdinand Marcos Jr.',
      ),
    ],
  },
  {
    id: 'sg-crown-prince-and-prime-minister-signed-the-pact-with-the-field-marshal-looking-on',
    form: 'broadcaster fragment: "X and Y inked a Z Agreement in City on Wednesday. Crown Prince A and Prime Minister B signed the pact at the Palace, with Field Marshal C looking on" (inked; looking on)',
    date: '2025-09-17',
    source: 'Geo News',
    text:
      'Pakistan and Saudi Arabia inked a Strategic Mutual Defence Agreement in Riyadh on Wednesday. ' +
      'Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif signed the pact at Al-Yamamah Palace, with Field Marshal Asim Munir looking on.',
    entities: [
      P('Mohammed bin Salman', 'Crown Prince Mohammed bin Salman'),
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif'),
      P('Asim Munir', 'Field Marshal Asim Munir'),
      S('Pakistan'),
      S('Saudi Arabia'),
      E('signing of the Strategic Mutual Defence Agreement in Riyadh', ['signed', 'inked'], '2025-09-17'),
    ],
    relations: [
      ...took(
        'signing of the Strategic Mutual Defence Agreement in Riyadh',
        'Mohammed bin Salman',
        'Shehbaz Sharif',
        'Asim Munir',
      ),
    ],
  },
  {
    id: 'sg-the-signatories-were-two-leaders-two-presidents-attended-the-ceremony',
    form: 'newspaper: title; "The X Treaty was signed in the hall of the town hall on Tuesday. The signatories were Chancellor A and President B; Presidents C and D attended the ceremony" (the signatories were; attended the ceremony)',
    date: '2019-01-22',
    title: 'Merkel and Macron sign the Treaty of Aachen',
    source: 'Le Figaro',
    text:
      'The Franco-German Treaty of Aachen was signed in the coronation hall of the Aachen town hall on Tuesday. ' +
      'The signatories were Chancellor Angela Merkel and President Emmanuel Macron; European Council President Donald Tusk and Commission President Jean-Claude Juncker attended the ceremony.',
    entities: [
      P('Angela Merkel', 'Chancellor Angela Merkel'),
      P('Emmanuel Macron', 'President Emmanuel Macron'),
      P('Donald Tusk', 'European Council President Donald Tusk'),
      P('Jean-Claude Juncker', 'Commission President Jean-Claude Juncker'),
      E('signing of the Treaty of Aachen', ['ceremony', 'signed'], '2019-01-22'),
    ],
    relations: [
      ...took(
        'signing of the Treaty of Aachen',
        'Angela Merkel',
        'Emmanuel Macron',
        'Donald Tusk',
        'Jean-Claude Juncker',
      ),
    ],
  },
  {
    id: 'sg-two-officials-put-their-signatures-to-the-agreement',
    form: 'news site fragment: "First Deputy Prime Minister A and Secretary B put their signatures to the agreement establishing X in City on Wednesday. A signed on behalf of the government" (put their signatures to; on behalf of a government)',
    date: '2025-04-30',
    source: 'Ukrainska Pravda',
    text:
      'First Deputy Prime Minister Yulia Svyrydenko and Treasury Secretary Scott Bessent put their signatures to the agreement establishing the US-Ukraine Reconstruction Investment Fund in Washington on Wednesday. ' +
      'Svyrydenko signed on behalf of the Ukrainian government.',
    entities: [
      P('Yulia Svyrydenko', 'First Deputy Prime Minister Yulia Svyrydenko', 'Svyrydenko'),
      P('Scott Bessent', 'Treasury Secretary Scott Bessent'),
      S('Ukraine', 'Ukrainian'),
      E(
        'signing of the agreement establishing the US-Ukraine Reconstruction Investment Fund',
        ['signatures', 'signed'],
        '2025-04-30',
      ),
    ],
    relations: [
      ...took(
        'signing of the agreement establishing the US-Ukraine Reconstruction Investment Fund',
        'Yulia Svyrydenko',
        'Scott Bessent',
      ),
    ],
  },
];

/** Negatives: people who skipped, boycotted, did not travel, only welcomed, were quoted from elsewhere; planned summits. */
const NEGATIVES: BankCase[] = [
  {
    id: 'ng-president-skipped-the-summit-sending-the-premier-in-his-place',
    form: 'news agency fragment: "President A skipped the X summit in City on Sunday, sending Premier B in his place. President C opened the summit" (skipped; sent in his place)',
    date: '2025-07-06',
    source: 'Bloomberg',
    text:
      'Chinese President Xi Jinping skipped the BRICS summit in Rio de Janeiro on Sunday, sending Premier Li Qiang in his place. ' +
      'President Luiz Inácio Lula da Silva opened the summit at the Museum of Modern Art.',
    entities: [
      P('Xi Jinping', 'Chinese President Xi Jinping'),
      P('Li Qiang', 'Premier Li Qiang'),
      P('Luiz Inácio Lula da Silva', 'President Luiz Inácio Lula da Silva'),
      S('China', 'Chinese'),
      O('BRICS'),
      E('BRICS summit in Rio de Janeiro', ['BRICS summit', 'summit'], '2025-07-06'),
    ],
    relations: [...took('BRICS summit in Rio de Janeiro', 'Li Qiang', 'Luiz Inácio Lula da Silva')],
  },
  {
    id: 'ng-president-opened-the-summit-one-president-boycotted-another-stayed-away',
    form: 'newspaper: title; "President A opened the X Summit in City on Saturday. President B boycotted the gathering, and President C also stayed away" (boycotted; stayed away)',
    date: '2025-11-22',
    title: 'Ramaphosa opens G20 summit without the US',
    source: 'Mail & Guardian',
    text:
      "President Cyril Ramaphosa opened the G20 Leaders' Summit in Johannesburg on Saturday, the first held on African soil. " +
      'US President Donald Trump boycotted the gathering, and Argentine President Javier Milei also stayed away.',
    entities: [
      P('Cyril Ramaphosa', 'President Cyril Ramaphosa'),
      P('Donald Trump', 'US President Donald Trump'),
      P('Javier Milei', 'Argentine President Javier Milei'),
      S('United States', 'US'),
      S('Argentina', 'Argentine'),
      O('G20'),
      E("G20 Leaders' Summit in Johannesburg", ["G20 Leaders' Summit", 'gathering'], '2025-11-22'),
    ],
    relations: [...took("G20 Leaders' Summit in Johannesburg", 'Cyril Ramaphosa')],
  },
  {
    id: 'ng-prime-minister-congratulated-the-president-the-opposition-leader-welcomed-the-visit',
    form: 'newspaper fragment: "President A met Prime Minister B at the House in City on Monday. B congratulated A on his party\'s mandate. Opposition leader C welcomed the visit" (congratulated; a person who only welcomed the visit)',
    date: '2024-12-16',
    source: 'Daily Mirror',
    text:
      'President Anura Kumara Dissanayake met Prime Minister Narendra Modi at Hyderabad House in New Delhi on Monday, on his first state visit abroad. ' +
      "Modi congratulated Dissanayake on his party's mandate. " +
      'Opposition leader Sajith Premadasa welcomed the visit.',
    entities: [
      P('Anura Kumara Dissanayake', 'President Anura Kumara Dissanayake', 'Dissanayake'),
      P('Narendra Modi', 'Prime Minister Narendra Modi', 'Modi'),
      P('Sajith Premadasa', 'Opposition leader Sajith Premadasa'),
      E('Dissanayake-Modi meeting at Hyderabad House', ['met'], '2024-12-16'),
      E('state visit of Anura Kumara Dissanayake to India', ['first state visit abroad', 'visit'], '2024-12-16'),
    ],
    relations: [
      ...took('Dissanayake-Modi meeting at Hyderabad House', 'Anura Kumara Dissanayake', 'Narendra Modi'),
      ...took('state visit of Anura Kumara Dissanayake to India', 'Anura Kumara Dissanayake'),
    ],
  },
  {
    id: 'ng-delegations-led-by-two-officials-held-talks-a-spokesman-in-moscow-said',
    form: 'broadcaster: title; "X and Y delegations led by Secretary A and B held talks in City on Sunday. In Moscow, spokesman C said Russia had received no details of the talks" (led by … and …; a spokesman quoted from elsewhere)',
    date: '2025-11-23',
    title: 'US and Ukraine hold talks in Geneva',
    source: 'Radio Free Europe/Radio Liberty',
    text:
      'US and Ukrainian delegations led by Secretary of State Marco Rubio and Andriy Yermak held talks in Geneva on Sunday on the US peace plan. ' +
      'In Moscow, Kremlin spokesman Dmitry Peskov said Russia had received no details of the talks.',
    entities: [
      P('Marco Rubio', 'Secretary of State Marco Rubio'),
      P('Andriy Yermak'),
      P('Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'),
      S('United States', 'US'),
      S('Ukraine', 'Ukrainian'),
      S('Russia'),
      E('US-Ukraine talks in Geneva', ['talks'], '2025-11-23'),
    ],
    relations: [...took('US-Ukraine talks in Geneva', 'Marco Rubio', 'Andriy Yermak')],
  },
  {
    id: 'ng-prime-minister-will-travel-next-week-for-a-first-summit-a-spokesman-said',
    form: 'news agency: title; "Prime Minister A will travel to City next week for his first summit with President B, Chief Cabinet Secretary C told a news conference on Friday" (a planned summit; a briefer)',
    date: '2025-01-31',
    title: 'Ishiba to visit Washington for talks with Trump',
    source: 'Jiji Press',
    text: 'Prime Minister Shigeru Ishiba will travel to Washington next week for his first summit with President Donald Trump, Chief Cabinet Secretary Yoshimasa Hayashi told a news conference on Friday.',
    entities: [
      P('Shigeru Ishiba', 'Prime Minister Shigeru Ishiba'),
      P('Donald Trump', 'President Donald Trump'),
      P('Yoshimasa Hayashi', 'Chief Cabinet Secretary Yoshimasa Hayashi'),
      E('planned Ishiba-Trump summit in Washington', ['first summit']),
    ],
    relations: [],
  },
  {
    id: 'ng-india-was-represented-by-the-minister-the-prime-minister-did-not-travel',
    form: 'newspaper fragment: "Prime Minister A chaired the meeting of the X Council in City on Wednesday. India was represented by Minister B, while Premier C and Prime Minister D attended in person. Prime Minister E did not travel to City" (represented by; did not travel)',
    date: '2024-10-16',
    source: 'The Express Tribune',
    text:
      'Prime Minister Shehbaz Sharif chaired the meeting of the SCO Council of Heads of Government in Islamabad on Wednesday. ' +
      'India was represented by External Affairs Minister S. Jaishankar, while Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin attended in person. ' +
      'Indian Prime Minister Narendra Modi did not travel to Islamabad.',
    entities: [
      P('Shehbaz Sharif', 'Prime Minister Shehbaz Sharif'),
      P('S. Jaishankar', 'External Affairs Minister S. Jaishankar'),
      P('Li Qiang', 'Chinese Premier Li Qiang'),
      P('Mikhail Mishustin', 'Russian Prime Minister Mikhail Mishustin'),
      P('Narendra Modi', 'Indian Prime Minister Narendra Modi'),
      S('India', 'Indian'),
      S('China', 'Chinese'),
      S('Russia', 'Russian'),
      O('Shanghai Cooperation Organisation', 'SCO'),
      E(
        'meeting of the SCO Council of Heads of Government in Islamabad',
        ['SCO Council of Heads of Government', 'meeting'],
        '2024-10-16',
      ),
    ],
    relations: [
      ...took(
        'meeting of the SCO Council of Heads of Government in Islamabad',
        'Shehbaz Sharif',
        'S. Jaishankar',
        'Li Qiang',
        'Mikhail Mishustin',
      ),
    ],
  },
];

export const EVENT_BANK: BankCase[] = [
  ...ATTENDANCE,
  ...DELEGATIONS,
  ...HOSTS,
  ...TOLD,
  ...REPRESENTED,
  ...EARLIER,
  ...VIRTUAL,
  ...SIGNINGS,
  ...NEGATIVES,
];
