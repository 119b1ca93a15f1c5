// Tests of the rol22 rules on made-up sentences (not the roles-13 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts as facts } from './test-facts.ts';

describe('a team told in one sentence, its head in the next (rol22)', () => {
  it('negotiates-for.team-next-sentence: "A Kenyan delegation arrived … for the talks. It is led by Minister X."', () => {
    const f = facts(
      'A Kenyan delegation arrived in Addis Ababa on Tuesday for the talks on the border trade protocol. It is led by Trade Minister Rebecca Miano.',
    );
    expect(f.by('negotiates-for.team-next-sentence')).toEqual(['NEGOTIATES_FOR|Rebecca Miano|Kenya']);
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Rebecca Miano|Ethiopia');
  });
  it('"Its chief negotiator is X." after "A delegation of the M23 held talks …"', () => {
    const f = facts(
      'A delegation of the M23 held talks with the Qatari mediators in Doha on the prisoner exchange. Its chief negotiator is Benjamin Mbonimpa.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Benjamin Mbonimpa|M23');
  });
  it('"Its mediator, Minister X," after the sentence that opens with the mediating state', () => {
    const f = facts(
      'Türkiye has mediated the talks between Somalia and Ethiopia since July. Its mediator, Foreign Minister Hakan Fidan, met both delegations in Ankara.',
    );
    expect(f.by('negotiates-for.team-next-sentence')).toEqual(['NEGOTIATES_FOR|Hakan Fidan|Turkey']);
  });
  it('no head of a delegation at a summit: "It was led by X" after a summit delegation', () => {
    const f = facts(
      'A Kenyan delegation attended the summit of the African Union in Addis Ababa. It was led by Deputy President Kithure Kindiki.',
    );
    expect(f.by('negotiates-for.team-next-sentence')).toEqual([]);
  });
  it('no side without a team in the sentence before ("It is led by X" after an agreement)', () => {
    const f = facts(
      'Kenya and Ethiopia agreed to resume the talks on the road corridor. It is led by engineer Paul Maringa.',
    );
    expect(f.by('negotiates-for.team-next-sentence')).toEqual([]);
  });
});

describe('two sides in order, gapped clauses, elided teams (rol22)', () => {
  it('negotiates-for.two-delegations-in-order: "They were headed respectively by A and B."', () => {
    const f = facts(
      'Armenia and Azerbaijan each sent a delegation to the talks in Almaty. They were headed respectively by Ararat Mirzoyan and Jeyhun Bayramov.',
    );
    expect(f.by('negotiates-for.two-delegations-in-order')).toEqual([
      'NEGOTIATES_FOR|Ararat Mirzoyan|Armenia',
      'NEGOTIATES_FOR|Jeyhun Bayramov|Azerbaijan',
    ]);
  });
  it('no order when the sentence before names three sides', () => {
    const f = facts(
      'Armenia, Azerbaijan and Kazakhstan sent delegations to the talks in Almaty. They were headed respectively by Ararat Mirzoyan and Jeyhun Bayramov.',
    );
    expect(f.by('negotiates-for.two-delegations-in-order')).toEqual([]);
  });
  it('negotiates-for.gapped-second-side: "A headed the Kenyan delegation and B the Ugandan one."', () => {
    const f = facts(
      'In the talks on the pipeline tariff, Minister Opiyo Wandayi headed the Kenyan delegation and Minister Ruth Nankabirwa the Ugandan one.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Ruth Nankabirwa|Uganda');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Ruth Nankabirwa|Kenya');
  });
  it('no gapped side when the first clause gave no side ("A met the Kenyan minister and B the Ugandan one")', () => {
    const f = facts(
      'At the talks, Ambassador Mark Lewis met the Kenyan delegation and Ambassador Ruth Smith the Ugandan one.',
    );
    expect(f.by('negotiates-for.gapped-second-side')).toEqual([]);
  });
  it('negotiates-for.leads-elided-team: "A leads the government delegation; B heads the SPLM-N\'s."', () => {
    const f = facts(
      'The talks resumed in Juba. Minister Tut Kew leads the government delegation; Ammar Amoun heads the SPLM-N’s.',
    );
    expect(f.by('negotiates-for.leads-elided-team')).toEqual([
      'NEGOTIATES_FOR|Ammar Amoun|Sudan People’s Liberation Movement-North',
    ]);
  });
  it('no elided team without a team told before ("B heads the SPLM-N\'s." alone)', () => {
    const f = facts('The talks resumed in Juba. Ammar Amoun heads the SPLM-N’s.');
    expect(f.by('negotiates-for.leads-elided-team')).toEqual([]);
  });
});

describe('lists, members, inverted heads, deputies and pronouns (rol22)', () => {
  it('negotiates-for.team-colon-list: "Fiji\'s negotiating team: A (chair), B and C."', () => {
    const f = facts(
      'Fiji and Australia concluded the talks on the Vuvale treaty in Suva. Fiji’s negotiating team: Minister Manoa Kamikamica (chair), Minister Pio Tikoduadua and Ambassador Filipo Tarakinikini.',
    );
    expect(f.by('negotiates-for.team-colon-list')).toEqual([
      'NEGOTIATES_FOR|Manoa Kamikamica|Fiji',
      'NEGOTIATES_FOR|Pio Tikoduadua|Fiji',
      'NEGOTIATES_FOR|Filipo Tarakinikini|Fiji',
    ]);
  });
  it('negotiates-for.colon-for-items: "The heads of delegation were: for Kenya, A; for Uganda, B."', () => {
    const f = facts(
      'The talks on the border closed in Kampala. The heads of delegation were: for Kenya, Minister Alfred Mutua; for Uganda, Minister Jeje Odongo.',
    );
    expect(f.by('negotiates-for.colon-for-items')).toEqual([
      'NEGOTIATES_FOR|Alfred Mutua|Kenya',
      'NEGOTIATES_FOR|Jeje Odongo|Uganda',
    ]);
  });
  it('negotiates-for.member-of-sides-team: "X, a member of the MILF\'s peace panel," in talks', () => {
    const f = facts('Ali Ibrahim, a member of the MILF’s peace panel, said the talks on decommissioning had advanced.');
    expect(f.rels).toContain('NEGOTIATES_FOR|Ali Ibrahim|Moro Islamic Liberation Front');
  });
  it('no member of a side\'s team outside talks ("a member of Kenya\'s peace delegation" at a summit)', () => {
    const f = facts('Jane Wambui, a member of Kenya’s peace delegation, attended the summit in Addis Ababa.');
    expect(f.by('negotiates-for.member-of-sides-team')).toEqual([]);
  });
  it('negotiates-for.inverted-heading: "Heading the Ugandan delegation was Minister X." in talks', () => {
    const f = facts(
      'The two delegations held talks on the oil pipeline in Nairobi. Heading the Ugandan delegation was Minister Ruth Nankabirwa.',
    );
    expect(f.by('negotiates-for.inverted-heading')).toEqual(['NEGOTIATES_FOR|Ruth Nankabirwa|Uganda']);
  });
  it('negotiates-for.team-consisting-of and role-and-title', () => {
    const f = facts(
      'The Malaysian negotiating delegation, consisting of Minister Tengku Zafrul Aziz and Ambassador Nazri Aziz, met the EU negotiators in Brussels. Malaysia’s chief negotiator and Deputy Minister Liew Chin Tong said the round had gone well.',
    );
    expect(f.by('negotiates-for.team-consisting-of')).toEqual([
      'NEGOTIATES_FOR|Tengku Zafrul Aziz|Malaysia',
      'NEGOTIATES_FOR|Nazri Aziz|Malaysia',
    ]);
    expect(f.by('negotiates-for.role-and-title')).toEqual(['NEGOTIATES_FOR|Liew Chin Tong|Malaysia']);
  });
  it('no member of a delegation that is not a negotiating one ("The Malaysian delegation, consisting of …")', () => {
    const f = facts(
      'The Malaysian delegation, consisting of Minister Tengku Zafrul Aziz and Ambassador Nazri Aziz, met the EU negotiators in Brussels.',
    );
    expect(f.by('negotiates-for.team-consisting-of')).toEqual([]);
  });
  it('negotiates-for.deputy-next-sentence and reports-to.deputy-next-sentence: "His deputy, X, …"', () => {
    const f = facts(
      'The third round of the trade talks with India closed in London. Harjinder Kang led the UK team. His deputy, Tom Reed, chaired the sessions on goods.',
    );
    expect(f.by('negotiates-for.deputy-next-sentence')).toEqual(['NEGOTIATES_FOR|Tom Reed|United Kingdom']);
    expect(f.by('reports-to.deputy-next-sentence')).toEqual(['REPORTS_TO|Tom Reed|Harjinder Kang']);
  });
  it('no deputy\'s side when the sentence before gave its person none ("X spoke at the forum. His deputy, Y, …")', () => {
    const f = facts('Harjinder Kang spoke at the business forum in Delhi. His deputy, Tom Reed, met the exporters.');
    expect(f.by('negotiates-for.deputy-next-sentence')).toEqual([]);
  });
  it('negotiates-for.pronoun-represents: "X arrived in Doha. He represents the M23 in the talks."', () => {
    const f = facts(
      'Benjamin Mbonimpa arrived in Doha on Sunday. He represents the M23 in the talks with the Congolese government.',
    );
    expect(f.by('negotiates-for.pronoun-represents')).toEqual(['NEGOTIATES_FOR|Benjamin Mbonimpa|M23']);
  });
  it('no pronoun principal when the sentence before does not open with the person', () => {
    const f = facts(
      'On Sunday the mediators welcomed Benjamin Mbonimpa in Doha. He represents the M23 in the talks with the Congolese government.',
    );
    expect(f.by('negotiates-for.pronoun-represents')).toEqual([]);
  });
  it('negotiates-for.apposition-leads and plural-role-colon', () => {
    const f = facts(
      'The boundary talks resumed in Vientiane. Deputy Minister Thongphane Savanphet, in charge of border affairs, led the Lao side. Two mediators took part: Malaysia’s Foreign Minister Mohamad Hasan and Indonesia’s Foreign Minister Sugiono.',
    );
    expect(f.by('negotiates-for.apposition-leads')).toEqual(['NEGOTIATES_FOR|Thongphane Savanphet|Laos']);
    expect(f.rels).toContain('NEGOTIATES_FOR|Mohamad Hasan|Malaysia');
  });
  it('no co-chairs after a colon ("The co-chairs: Malaysia\'s A and Indonesia\'s B")', () => {
    const f = facts(
      'The boundary talks resumed in Vientiane. The co-chairs took part: Malaysia’s Foreign Minister Mohamad Hasan and Indonesia’s Foreign Minister Sugiono.',
    );
    expect(f.by('negotiates-for.plural-role-colon')).toEqual([]);
  });
});

describe('a name right after a role word (person.role-word-before-end, rol22)', () => {
  it('"Its chief negotiator is X." and "by presidential aide X." are people', () => {
    const f = facts(
      'The ELN delegation arrived in Caracas for the talks. Its chief negotiator is Pablo Beltrán. The Russian side was represented by presidential aide Vladimir Medinsky.',
    );
    expect(f.people).toEqual(expect.arrayContaining(['Pablo Beltrán', 'Vladimir Medinsky']));
  });
  it('no person from a capitalised place after "chief" ("the chief Port Louis.")', () => {
    const f = facts('The round was held at the harbour of the chief Port Louis.');
    expect(f.people).toEqual([]);
  });
});

describe('the government team, sides led near talks, members, short organisations, advisers (rol22, rules-rol22-more)', () => {
  it('negotiates-for.government-team: "The Government delegation is headed by X" after the Government of Peru is named', () => {
    const f = facts(
      'The talks between the Government of Peru and the transport unions resumed in Lima. The Government delegation is headed by Minister Raúl Pérez Reyes.',
    );
    expect(f.by('negotiates-for.government-team')).toEqual(['NEGOTIATES_FOR|Raúl Pérez Reyes|Peru']);
  });
  it('no government team outside talks ("The Government delegation was headed by X" at a summit)', () => {
    const f = facts(
      'The Government of Peru attended the summit of the Pacific Alliance in Santiago. The Government delegation was headed by Minister Raúl Pérez Reyes.',
    );
    expect(f.by('negotiates-for.government-team')).toEqual([]);
  });
  it('no government team when two governments are named', () => {
    const f = facts(
      'The talks between the Government of Peru and the Government of Chile resumed in Lima. The Government delegation is headed by Minister Raúl Pérez Reyes.',
    );
    expect(f.by('negotiates-for.government-team')).toEqual([]);
  });
  it('negotiates-for.leads-side-in-talks: "B leads the MILF side" with the talks told in the sentence before', () => {
    const f = facts('The two panels resumed the talks in Kuala Lumpur. Mohagher Iqbal leads the MILF side.');
    expect(f.rels).toContain('NEGOTIATES_FOR|Mohagher Iqbal|Moro Islamic Liberation Front');
  });
  it('no state\'s delegation led near talks by this rule ("The talks were cordial. X led the Kenyan delegation.")', () => {
    const f = facts('The talks were cordial. Minister Musalia Mudavadi led the Kenyan delegation.');
    expect(f.by('negotiates-for.leads-side-in-talks')).toEqual([]);
  });
  it('no side led without talks around ("B leads the Kenyan delegation" to a summit)', () => {
    const f = facts('The summit opened in Kigali on Monday. Musalia Mudavadi leads the Kenyan delegation.');
    expect(f.by('negotiates-for.leads-side-in-talks')).toEqual([]);
  });
  it('negotiates-for.under-leadership and negotiates-for.his-team-members', () => {
    const f = facts(
      'Malaysia and the European Union held a new round of talks on their trade agreement in Kuala Lumpur. Malaysia’s delegation was under the leadership of Secretary-General Hairil Yahri Yaacob. Members of his negotiating team included Deputy Secretary-General Mastura Ahmad Mustafa.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Hairil Yahri Yaacob|Malaysia');
    expect(f.by('negotiates-for.his-team-members')).toEqual(['NEGOTIATES_FOR|Mastura Ahmad Mustafa|Malaysia']);
  });
  it('no members of "his team" when the sentence before gave nobody a side', () => {
    const f = facts(
      'Secretary-General Hairil Yahri Yaacob visited the port of Klang. Members of his team included Deputy Secretary-General Mastura Ahmad Mustafa.',
    );
    expect(f.by('negotiates-for.his-team-members')).toEqual([]);
  });
  it('negotiates-for.authorities-team and negotiates-for.negotiator-in-chief', () => {
    const f = facts(
      'Finance Minister Enoch Godongwana led the authorities’ team in the talks with the Fund on the new programme in Pretoria. South Africa’s negotiator-in-chief, Director-General Duncan Pieterse, summed up.',
    );
    expect(f.by('negotiates-for.authorities-team')).toEqual(['NEGOTIATES_FOR|Enoch Godongwana|South Africa']);
    expect(f.by('negotiates-for.negotiator-in-chief')).toEqual(['NEGOTIATES_FOR|Duncan Pieterse|South Africa']);
  });
  it('negotiates-for.behalf-of-short-org: "negotiated on behalf of the group" after the Group of 77', () => {
    const f = facts(
      'Ambassador Pedro Comissário of Mozambique, as chair of the Group of 77, negotiated the final text on behalf of the group.',
    );
    expect(f.by('negotiates-for.behalf-of-short-org')).toEqual(['NEGOTIATES_FOR|Pedro Comissário|Group of 77']);
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Pedro Comissário|Mozambique');
  });
  it('no short organisation when two named before hold the word', () => {
    const f = facts(
      'The Group of 77 and the African Group of Negotiators met in Geneva; Ambassador Pedro Comissário negotiated the text on behalf of the group.',
    );
    expect(f.by('negotiates-for.behalf-of-short-org')).toEqual([]);
  });
  it('reports-to.leaders-possessive-adviser: "President X\'s security adviser, Y," (a lowercase adviser)', () => {
    const f = facts(
      'President Hakainde Hichilema’s security adviser, Mulambo Haimbe, represented Lusaka in the talks with the Malawian delegation in Lilongwe.',
    );
    expect(f.by('reports-to.leaders-possessive-adviser')).toEqual(['REPORTS_TO|Mulambo Haimbe|Hakainde Hichilema']);
  });
  it('no adviser relation without a name after the comma ("President X\'s adviser, who …")', () => {
    const f = facts(
      'President Hakainde Hichilema’s security adviser, who asked not to be named, represented Lusaka in the talks.',
    );
    expect(f.by('reports-to.leaders-possessive-adviser')).toEqual([]);
  });
});
