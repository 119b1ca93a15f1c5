// Tests of the rol21 rules on made-up sentences (not the roles-12 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { eventFacts, roleFacts } from './test-facts.ts';

const facts = roleFacts;

describe("a side's possessive role, royal offices, a community's leader (rol21)", () => {
  it('negotiates-for.possessive-role-names: "Ankara\'s envoy to the talks, Deputy Minister X," (a capital)', () => {
    const f = facts(
      "Ankara's envoy to the Vienna talks, Deputy Foreign Minister Mehmet Kemal Bozay, told reporters the round was over.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Mehmet Kemal Bozay|Turkey');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Mehmet Kemal Bozay|Austria');
  });
  it('negotiates-for.possessive-role-names: a plural role gives each name of the list', () => {
    const f = facts("In Nairobi, the TPLF's negotiators, Getachew Reda and Tsadkan Gebretensae, accepted the annex.");
    expect(f.by('negotiates-for.possessive-role-names')).toEqual([
      "NEGOTIATES_FOR|Getachew Reda|Tigray People's Liberation Front",
      "NEGOTIATES_FOR|Tsadkan Gebretensae|Tigray People's Liberation Front",
    ]);
  });
  it('no possessive role when the side\'s possessive holds something else ("Kenya\'s proposal, X said")', () => {
    const f = facts("Kenya's proposal, Minister Musalia Mudavadi said, would be tabled on Friday.");
    expect(f.by('negotiates-for.possessive-role-names')).toEqual([]);
  });
  it('negotiates-for.royal-office-role: "The King\'s special envoy, X," with the King named before', () => {
    const f = facts(
      "King Abdullah II received the Iraqi Prime Minister in Amman. The King's special envoy, Ayman Safadi, will carry the reply to Baghdad.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Ayman Safadi|Abdullah II');
  });
  it('no royal principal when nobody holding the office is named', () => {
    const f = facts("The Sultan's envoy, Badr Albusaidi, arrived in Tehran on Monday for the talks.");
    expect(f.by('negotiates-for.royal-office-role')).toEqual([]);
  });
  it('negotiates-for.short-org-role: "The Community\'s envoy, X," after the East African Community is named', () => {
    const f = facts(
      "The East African Community convened the heads of state in Arusha. The Community's envoy for the Burundi dialogue, Benjamin Mkapa, met the parties.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Benjamin Mkapa|East African Community');
  });
  it('no short-named organisation when two organisations end in that word', () => {
    const f = facts(
      "The African Union and the European Union met in Brussels. The Union's envoy, Annette Weber, joined the talks.",
    );
    expect(f.by('negotiates-for.short-org-role')).toEqual([]);
  });
  it('negotiates-for.his-governments-role: "President X sent his government\'s envoy, Minister Y," (X\'s state)', () => {
    const f = facts(
      "President Hakainde Hichilema of Zambia sent his government's envoy, Minister Mulambo Haimbe, to Lilongwe for the border talks.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Mulambo Haimbe|Zambia');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Mulambo Haimbe|Malawi');
  });
  it('negotiates-for.role-for-named-leader: "X, the envoy for Bosnian Serb leader Y," and no state for the community', () => {
    const f = facts(
      'Nenad Stevandić, the envoy for Bosnian Serb leader Milorad Dodik, met the High Representative in Sarajevo.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Nenad Stevandić|Milorad Dodik');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Nenad Stevandić|Serbia');
  });
  it('negotiates-for.rol21-not: a community\'s double demonym is no state ("the Turkish Cypriot negotiator")', () => {
    const f = facts('The Turkish Cypriot negotiator, Kudret Özersay, handed the paper to the UN envoy.');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Kudret Özersay|Cyprus');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Kudret Özersay|Turkey');
  });
  it('a state named outside the compound is still a side ("Turkey\'s negotiator" beside "Turkish Cypriot")', () => {
    const f = facts(
      "Turkey's chief negotiator, Ahmet Yıldız, met the Turkish Cypriot delegation in Nicosia for the talks.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Ahmet Yıldız|Turkey');
  });
});

describe('plural roles in order (rol21)', () => {
  it('negotiates-for.plural-role-of-pair: "A and B, the sherpas of Italy and Japan," (in order)', () => {
    const f = facts(
      'Luca Ferrari and Keiichi Ono, the sherpas of Italy and Japan, agreed the wording of the communiqué.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Luca Ferrari|Italy');
    expect(f.rels).toContain('NEGOTIATES_FOR|Keiichi Ono|Japan');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Luca Ferrari|Japan');
  });
  it('negotiates-for.leaders-representatives: "the two Prime Ministers\' special envoys, A and B"', () => {
    const f = facts(
      "Prime Minister Manmohan Singh and Prime Minister Yousaf Raza Gilani agreed to resume the dialogue. The task went to the two Prime Ministers' special envoys, Satinder Lambah and Riaz Khan.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Satinder Lambah|Manmohan Singh');
    expect(f.rels).toContain('NEGOTIATES_FOR|Riaz Khan|Yousaf Raza Gilani');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Satinder Lambah|Yousaf Raza Gilani');
  });
  it("no leaders' representatives when the readout names one leader of that title only", () => {
    const f = facts(
      "President Emmanuel Macron spoke of the talks. The two Presidents' personal representatives, Emmanuel Bonne and Jake Sullivan, met in Paris.",
    );
    expect(f.by('negotiates-for.leaders-representatives')).toEqual([]);
  });
});

describe('teams, panels and their heads (rol21)', () => {
  it('negotiates-for.team-role-of-side: "X, deputy head of the Nepali negotiating team," in talks', () => {
    const f = facts(
      'Sewa Lamsal, deputy head of the Nepali negotiating team, presented the draft to the Indian side at the boundary talks.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Sewa Lamsal|Nepal');
  });
  it('no team role at a summit ("head of the Nepali delegation" to a summit is attendance)', () => {
    const f = facts('Sewa Lamsal, head of the Nepali delegation to the BIMSTEC Summit, arrived in Bangkok.');
    expect(f.by('negotiates-for.team-role-of-side')).toEqual([]);
  });
  it('negotiates-for.team-chaired-by: "the NDFP panel, chaired by X" and "The government\'s panel, led by Y" (issuer)', () => {
    const f = facts(
      "The government's panel, led by Silvestre Bello, resumed the peace talks with the NDFP panel, chaired by Fidel Agcaoili, in Rome.",
      'Department of Foreign Affairs of the Philippines',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Silvestre Bello|Philippines');
  });
  it('negotiates-for.team-chaired-by: "The Cabo Verdean team, coordinated by X," (the lusophone adjective is a state\'s)', () => {
    const f = facts(
      'The Cabo Verdean team, coordinated by Minister Olavo Correia, concluded the debt talks with Portugal.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Olavo Correia|Cape Verde');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Olavo Correia|Portugal');
  });
  it('negotiates-for.whose-delegation-led: "Kenya, whose delegation was led by A, and Somalia, whose … by B,"', () => {
    const f = facts(
      'Kenya, whose delegation was led by Attorney General Githu Muigai, and Somalia, whose delegation was led by Minister Mahdi Gulaid, opened the maritime talks.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Githu Muigai|Kenya');
    expect(f.rels).toContain('NEGOTIATES_FOR|Mahdi Gulaid|Somalia');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Githu Muigai|Somalia');
  });
  it('negotiates-for.now-leads-team: "X, formerly the spokesman, now leads the Malian team" in talks', () => {
    const f = facts(
      'In the Algiers talks, Abdoulaye Diop, formerly the spokesman, now leads the Malian government team.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Abdoulaye Diop|Mali');
  });
  it('negotiates-for.rol21-not: "the Kenyan one, headed by B" gives B the gapped side alone', () => {
    const f = facts(
      'The Ugandan delegation, headed by Minister Sam Kutesa, and the Kenyan one, headed by Minister Amina Mohamed, concluded the talks on the railway.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Amina Mohamed|Kenya');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Amina Mohamed|Uganda');
  });
});

describe('mediators with a principal of their own (rol21)', () => {
  it('negotiates-for.designated-mediator: "President X, designated by ECOWAS as mediator between …,"', () => {
    const f = facts(
      'President Faure Gnassingbé, designated by ECOWAS as mediator between Mali and the transitional authorities of Niger, received both delegations.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Faure Gnassingbé|Economic Community of West African States');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Faure Gnassingbé|Mali');
  });
  it('negotiates-for.designated-mediator: "the mediator appointed by the IGAD Summit, X,"', () => {
    const f = facts('The parties met under the mediator appointed by the IGAD Summit, Seyoum Mesfin, in Addis Ababa.');
    expect(f.rels).toContain('NEGOTIATES_FOR|Seyoum Mesfin|Intergovernmental Authority on Development');
  });
  it('negotiates-for.mediator-for-org: "X, formerly a minister and now mediator for the African Union,"', () => {
    const f = facts(
      'Mohamed Ibn Chambas, formerly a minister of Ghana and now mediator for the African Union in Guinea, met the junta.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Mohamed Ibn Chambas|African Union');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Mohamed Ibn Chambas|Guinea');
  });
  it('negotiates-for.team-of-mediators: "A SADC team of mediators led by X"', () => {
    const f = facts('A SADC team of mediators led by Joaquim Chissano met the parties in Antananarivo.');
    expect(f.rels).toContain('NEGOTIATES_FOR|Joaquim Chissano|Southern African Development Community');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Joaquim Chissano|Madagascar');
  });
  it('negotiates-for.mediates-on-behalf: "X, who facilitated the talks between A and B on Egypt\'s behalf,"', () => {
    const f = facts(
      "Minister Abbas Kamel, who facilitated the talks between Hamas and Fatah on Egypt's behalf, returned to Cairo.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Abbas Kamel|Egypt');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Abbas Kamel|Hamas');
  });
});

describe('changes of holder and the Secretary-General by title (rol21)', () => {
  it('negotiates-for.took-over-as: "A succeeded B as Norway\'s special envoy" (A only)', () => {
    const f = facts(
      "Ambassador Tore Hattrem succeeded Ambassador Dag Nylander as Norway's special envoy for the talks in January.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Tore Hattrem|Norway');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Dag Nylander|Norway');
  });
  it('negotiates-for.unnamed-sg-title: "X, who represents the Secretary-General in the talks," (no SG named)', () => {
    const f = facts('Nicholas Haysom, who represents the Secretary-General in the talks, met the parties in Juba.');
    expect(f.rels).toContain('NEGOTIATES_FOR|Nicholas Haysom|United Nations');
  });
  it('no UN for "who represents the Secretary-General" when another organisation is named', () => {
    const f = facts(
      'Nicholas Haysom, who represents the Secretary-General of the African Union in the talks, met the parties.',
    );
    expect(f.by('negotiates-for.unnamed-sg-title')).toEqual([]);
  });
  it('negotiates-for.rol21-not: "the new head, A, replacing B," and "until B takes over" give B nothing', () => {
    const f = facts(
      "Rwanda's chief negotiator, Olivier Nduhungirehe, replacing Vincent Biruta, opened the round; Nduhungirehe stays until Vincent Biruta takes over.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Olivier Nduhungirehe|Rwanda');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Vincent Biruta|Rwanda');
  });
  it('negotiates-for.rol21-not: "The former Liberian chief negotiator, X," gives no state', () => {
    const f = facts('The former Liberian chief negotiator, Gyude Bryant, recalled the Accra talks of 2003.');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Gyude Bryant|Liberia');
  });
});

describe('"for"-lists after a colon (rol21)', () => {
  it('negotiates-for.for-side-list: "The heads of delegation: A for Uzbekistan and B for Tajikistan."', () => {
    const f = facts(
      'The commission met in Dushanbe. The heads of delegation: Deputy Minister Bakhrom Aloev for Uzbekistan and Deputy Minister Sodiq Imomi for Tajikistan.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Bakhrom Aloev|Uzbekistan');
    expect(f.rels).toContain('NEGOTIATES_FOR|Sodiq Imomi|Tajikistan');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Bakhrom Aloev|Tajikistan');
  });
  it('one "for" pair is no list ("Delegations: X spoke for Uzbekistan.")', () => {
    const f = facts('Delegations: Deputy Minister Bakhrom Aloev for Uzbekistan spoke first at the forum.');
    expect(f.by('negotiates-for.for-side-list')).toEqual([]);
  });
});

describe('small edits beside the rules (rol21)', () => {
  it('a region\'s compass word opens a compound event ("the South Asia-EU summit"), not another capitalised word', () => {
    expect(eventFacts('The first South Asia-EU summit in Brussels was held on Monday.').names).toContain(
      'South Asia-EU summit in Brussels',
    );
    expect(eventFacts('The EU-Canada summit in Ottawa was held on Monday.').names).toContain(
      'EU-Canada summit in Ottawa',
    );
  });
  it('an untitled name before a bracketed state is a person; "Facilitator" before a name is a title', () => {
    const f = facts('The talks were led by Erlan Alimbayev (Kazakhstan) and Rashid Meredov (Turkmenistan).');
    expect(f.people).toEqual(expect.arrayContaining(['Erlan Alimbayev', 'Rashid Meredov']));
    expect(facts('IGAD Facilitator Ismail Wais met the parties in Juba.').people).toContain('Ismail Wais');
  });
});
