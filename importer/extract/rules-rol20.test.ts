// Tests of the rol20 rules on made-up sentences (not the roles-11 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts } from './test-facts.ts';

const facts = roleFacts;

describe('acronym titles (rol20)', () => {
  it('office.acronym-title: "SRSG X" is the UN Special Representative of the Secretary-General', () => {
    const f = facts('SRSG Catriona Laing met the delegations of the two governments in Mogadishu.');
    expect(f.rels).toContain(
      'HOLDS_OFFICE|Catriona Laing|Special Representative of the Secretary-General of the United Nations',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Catriona Laing|United Nations');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Catriona Laing|Somalia');
  });
  it('office.acronym-title: "EUSR for the Horn of Africa X" is the European Union\'s', () => {
    const f = facts('EUSR for the Horn of Africa Annette Weber held talks in Asmara on the border.');
    expect(f.rels).toContain('NEGOTIATES_FOR|Annette Weber|European Union');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Annette Weber|Eritrea');
  });
  it('an acronym inside a longer word is no title ("SRSGs" as a plural noun gives no person)', () => {
    const f = facts('The SRSGs of the region met in Dakar to compare notes on the transitions.');
    expect(f.negotiates).toEqual([]);
  });
});

describe('the principal told by office or by "leader" (rol20)', () => {
  it('negotiates-for.office-possessive-role-2: "The Taoiseach\'s special envoy, X," after the Taoiseach', () => {
    const f = facts(
      "Taoiseach Leo Varadkar spoke with the party leaders in Belfast. The Taoiseach's special envoy, Bertie Ahern, will resume the talks in the new year.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Bertie Ahern|Leo Varadkar');
  });
  it('negotiates-for.office-possessive-role-2: the office told before a name ("The OSCE Chairperson-in-Office, Minister X,")', () => {
    const f = facts(
      "The OSCE Chairperson-in-Office, Foreign Minister Ian Borg, visited Tbilisi. The Chairperson-in-Office's Special Representative for the South Caucasus, Viola von Cramon, chaired the discussions in Geneva.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Viola von Cramon|Ian Borg');
  });
  it('no principal when the office has no holder named ("the Crown Prince\'s envoy" alone)', () => {
    const f = facts("The Crown Prince's envoy, Adel al-Jubeir, held talks in Islamabad on the energy projects.");
    expect(f.by('negotiates-for.office-possessive-role-2')).toEqual([]);
  });
  it('negotiates-for.unnamed-leader-role: "The President\'s representative at the talks, X," with no President named', () => {
    const f = facts(
      "The President's representative at the talks on the water treaty, Minister Abdou Karim Fofana, met the Guinean delegation in Dakar.",
      'Présidence de la République du Sénégal',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Abdou Karim Fofana|Senegal');
  });
  it('negotiates-for.unnamed-leader-role gives nothing when a leader is named ("the President\'s representative" beside President X)', () => {
    const f = facts(
      "President Bassirou Diomaye Faye opened the round. The President's representative at the talks, Minister Abdou Karim Fofana, met the Guinean delegation.",
      'Présidence de la République du Sénégal',
    );
    expect(f.by('negotiates-for.unnamed-leader-role')).toEqual([]);
  });
  it('negotiates-for.unnamed-leader-role: "X, envoy of the Head of State," with nobody holding it named', () => {
    const f = facts(
      'Minister of Foreign Affairs Bakary Yaou Sangaré, envoy of the Head of State, held talks in Algiers on the border posts.',
      'Présidence de la République du Niger',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Bakary Yaou Sangaré|Niger');
  });
  it('negotiates-for.state-leaders-role: "The Serbian leader\'s chief negotiator, X," with the leader named as President', () => {
    const f = facts(
      "President Aleksandar Vučić of Serbia met Prime Minister Albin Kurti of Kosovo in Brussels. The Serbian leader's chief negotiator, Petar Petković, stayed for the working session.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Petar Petković|Aleksandar Vučić');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Petar Petković|Albin Kurti');
  });
  it("negotiates-for.state-leaders-role gives nothing when two leaders could be the state's", () => {
    const f = facts(
      "President Nikos Christodoulides and President Nikos Anastasiades met in Nicosia. The Cypriot leader's negotiator, Andreas Mavroyiannis, attended.",
    );
    expect(f.by('negotiates-for.state-leaders-role')).toEqual([]);
  });
  it('negotiates-for.behalf-of-unnamed-sg: "facilitated the talks on behalf of the Secretary-General", only the UN named', () => {
    const f = facts(
      'The UN Resident Coordinator, Gwyn Lewis, facilitated the talks between the two delegations on behalf of the Secretary-General.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Gwyn Lewis|United Nations');
  });
  it('negotiates-for.au-chair-envoy: "The Special Envoy of the Chairperson of the AU Commission for …, X," acts for the Union', () => {
    const f = facts(
      'The Special Envoy of the Chairperson of the AU Commission for the Sahel, Pierre Buyoya, met the transitional authorities in Bamako.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Pierre Buyoya|African Union');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Pierre Buyoya|Mali');
  });
});

describe('teams and lists (rol20)', () => {
  it('negotiates-for.list-led-by: "the delegations of X, led by A, and Y, led by B" (and not the other state)', () => {
    const f = facts(
      'The round in Dodoma brought together the delegations of Tanzania, led by Permanent Secretary Samwel Shelukindo, and Malawi, led by Secretary to the Treasury Betty Ngoma, on the lake boundary.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Samwel Shelukindo|Tanzania');
    expect(f.rels).toContain('NEGOTIATES_FOR|Betty Ngoma|Malawi');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Betty Ngoma|Tanzania');
  });
  it('negotiates-for.gapped-possessive-by: "Fiji\'s team was led by A; Vanuatu\'s, by B."', () => {
    const f = facts(
      "The maritime boundary talks resumed in Port Vila. Fiji's team was led by Permanent Secretary Vimal Deo; Vanuatu's, by Director General Kalmet Tabi.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Kalmet Tabi|Vanuatu');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Kalmet Tabi|Fiji');
  });
  it('negotiates-for.counterparts-led-delegations: "Minister A and his Peruvian counterpart B led their delegations at the talks"', () => {
    const f = facts(
      'Foreign Minister Gabriela Sommerfeld and her Peruvian counterpart Elmer Schialer led their delegations at the border talks in Tumbes.',
      'Ministerio de Relaciones Exteriores y Movilidad Humana del Ecuador',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Elmer Schialer|Peru');
    expect(f.rels).toContain('NEGOTIATES_FOR|Gabriela Sommerfeld|Ecuador');
  });
  it('no counterpart rule at a summit ("led their delegations at the summit")', () => {
    const f = facts(
      'President Daniel Noboa and his Colombian counterpart Gustavo Petro led their delegations at the summit in Quito.',
    );
    expect(f.by('negotiates-for.counterparts-led-delegations')).toEqual([]);
  });
  it('negotiates-for.label-head: "Head of delegation (X): A." after a sentence of talks', () => {
    const f = facts(
      'The fisheries negotiations closed in Apia. Head of delegation (Samoa): Chief Executive Officer Peseta Noumea Simi. Head of delegation (Tonga): Secretary Viliami Manu.',
    );
    expect(f.by('negotiates-for.label-head')).toContain('NEGOTIATES_FOR|Viliami Manu|Tonga');
  });
  it('no label head at a summit', () => {
    const f = facts(
      'The Pacific Islands Forum summit closed in Nuku’alofa. Head of delegation (Tonga): Secretary Viliami Manu.',
    );
    expect(f.by('negotiates-for.label-head')).toEqual([]);
  });
  it('negotiates-for.members-colon: "Members of the X negotiating team: A, B and C."', () => {
    const f = facts(
      'The debt talks with the creditor committee resumed in Paris. Members of the Zambian negotiating team: Secretary to the Treasury Felix Nkulukusa and Permanent Secretary Mulenga Pikiti.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Mulenga Pikiti|Zambia');
  });
  it('negotiates-for.led-respectively-of-state: "headed respectively by Minister A of X and Minister B of Y"', () => {
    const f = facts(
      'The water talks resumed in Kasane. The delegations were led respectively by Minister Lefoko Moagi of Botswana and Minister Phoebe Hayes of Zimbabwe.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Lefoko Moagi|Botswana');
    expect(f.rels).toContain('NEGOTIATES_FOR|Phoebe Hayes|Zimbabwe');
  });
  it('negotiates-for.side-comma-name: "On the Cambodian side, A; on the Thai side, B." after talks', () => {
    const f = facts(
      'The General Border Committee held its talks in Siem Reap. On the Cambodian side, Minister Tea Seiha; on the Thai side, Minister Sutin Klungsang.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Tea Seiha|Cambodia');
    expect(f.rels).toContain('NEGOTIATES_FOR|Sutin Klungsang|Thailand');
  });
  it('negotiates-for.side-comma-name: no side for a person after a clause ("On the Thai side, the talks were praised by A")', () => {
    const f = facts(
      'The General Border Committee held its talks in Siem Reap. On the Thai side, the outcome was welcomed by Minister Sutin Klungsang.',
    );
    expect(f.by('negotiates-for.side-comma-name')).toEqual([]);
  });
  it('negotiates-for.panel-chaired-with: "The AU Panel …, chaired by A with B as member," acts for the Union', () => {
    const f = facts(
      'The AU High-Level Implementation Panel on Sudan, chaired by former President Thabo Mbeki with former President Abdulsalami Abubakar as members, met the delegations in Addis Ababa.',
    );
    expect(f.by('negotiates-for.panel-chaired-with')).toContain('NEGOTIATES_FOR|Thabo Mbeki|African Union');
  });
  it('negotiates-for.respective-in-order: "X and Y …; A and B negotiated for their respective governments"', () => {
    const f = facts(
      'Belize and Honduras opened talks on the Sapodilla Cayes in Tegucigalpa; Ambassador Alexis Rosado and Vice Minister Antonio García negotiated for their respective governments.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Alexis Rosado|Belize');
    expect(f.rels).toContain('NEGOTIATES_FOR|Antonio García|Honduras');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Alexis Rosado|Honduras');
  });
});

describe('bare and nominal roles (rol20)', () => {
  it('negotiates-for.issuer-bare-role: "The newly appointed chief negotiator, X, opened the talks" (the issuer\'s)', () => {
    const f = facts(
      'The newly appointed chief negotiator, Esala Masitabua, opened the talks with the Australian delegation in Suva.',
      'Ministry of Foreign Affairs, Fiji',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Esala Masitabua|Fiji');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Esala Masitabua|Australia');
  });
  it('no bare role outside talks ("The new chief negotiator, X, gave a lecture")', () => {
    const f = facts(
      'The new chief negotiator, Esala Masitabua, gave a lecture at the university.',
      'Ministry of Foreign Affairs, Fiji',
    );
    expect(f.by('negotiates-for.issuer-bare-role')).toEqual([]);
  });
  it('negotiates-for.kingdoms-role: "X, the Kingdom\'s chief negotiator" in a national agency\'s readout', () => {
    const f = facts(
      "Omar Hilale, the Kingdom's chief negotiator in the talks on the autonomy plan, met the envoy in New York.",
      'Maghreb Arabe Presse',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Omar Hilale|Morocco');
  });
  it('negotiates-for.kingdoms-role: "X, who heads the Sultanate\'s delegation to the talks," in an agency\'s readout', () => {
    const f = facts(
      "Sayyid Badr Albusaidi, who heads the Sultanate's delegation to the talks in Geneva, met the two sides.",
      'ONA',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Badr Albusaidi|Oman');
  });
  it('no kingdoms role without an agency cue', () => {
    const f = facts("Omar Hilale, the Kingdom's chief negotiator in the talks, met the envoy in New York.");
    expect(f.by('negotiates-for.kingdoms-role')).toEqual([]);
  });
  it('negotiates-for.nominal-role-2: "The task of negotiating for X … was given to Y"', () => {
    const f = facts(
      'The task of negotiating for Norway in the fisheries talks with Russia was given to State Secretary Eivind Vad Petersson.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Eivind Vad Petersson|Norway');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Eivind Vad Petersson|Russia');
  });
  it('negotiates-for.nominal-role-2: "X\'s interests at the talks were represented by Y"', () => {
    const f = facts(
      "Paraguay's interests at the talks on the Itaipu annex were represented by Ambassador Juan Ángel Delgadillo.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Juan Ángel Delgadillo|Paraguay');
  });
  it('negotiates-for.focal-point: "X, Y\'s focal point for the talks,"', () => {
    const f = facts(
      "Ambassador Satyendra Prasad, Fiji's focal point for the fisheries talks with Japan, met the delegation in Tokyo.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Satyendra Prasad|Fiji');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Satyendra Prasad|Japan');
  });
  it('no focal point of something other than talks ("focal point for gender")', () => {
    const f = facts("Ambassador Satyendra Prasad, Fiji's focal point for gender equality, spoke in Geneva.");
    expect(f.by('negotiates-for.focal-point')).toEqual([]);
  });
  it('negotiates-for.team-under-leadership: "The X team, under the leadership of Y, concluded the talks"', () => {
    const f = facts(
      'The Nepali team, under the leadership of Commerce Secretary Gopal Prasad Sigdel, concluded the transit talks with India in Kathmandu.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Gopal Prasad Sigdel|Nepal');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Gopal Prasad Sigdel|India');
  });
});

describe('negatives (rule negotiates-for.rol20-not)', () => {
  it('a predecessor gets no role ("met his predecessor as chief negotiator, B")', () => {
    const f = facts(
      "Iceland's chief negotiator, Ólafur Egilsson, met his predecessor as chief negotiator, Hannes Heimisson, in Reykjavík.",
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Hannes Heimisson|'))).toEqual([]);
  });
  it('a side "represented" after it is said to be an observer gets no negotiator', () => {
    const f = facts(
      'Japan and Canada attended the round as observers; Japan was represented at the talks by Ambassador Kenji Yamada.',
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Kenji Yamada|'))).toEqual([]);
  });
  it('a person before "as an observer" keeps the role of an envoy title', () => {
    const f = facts(
      "The UN Secretary-General's Special Envoy for the Great Lakes, Huang Xia, attended the talks between Rwanda and Burundi as an observer.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Huang Xia|United Nations');
  });
  it('a briefing "on behalf of" a body is no negotiation', () => {
    const f = facts(
      'Assistant Secretary-General Luis Franceschi briefed the High Commissioners on the ministerial meeting on behalf of the Commonwealth Secretariat.',
    );
    expect(f.negotiates).toEqual([]);
  });
  it('the one who congratulated an appointee gets no role', () => {
    const f = facts(
      "Minister for Foreign Affairs Winston Peters congratulated Ambassador Nikolasi Fonua on his appointment as Tonga's chief negotiator for the trade review.",
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Winston Peters|'))).toEqual([]);
  });
  it('a role "who as … had helped broker" a past accord is no current role', () => {
    const f = facts(
      "Prime Minister Kristrún Frostadóttir met Ambassador Jan Egeland, who as Norway's envoy had helped broker the 1993 accords.",
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Jan Egeland|'))).toEqual([]);
  });
});
