// Tests of the rol19 rules on made-up sentences (not the roles-10 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts } from './test-facts.ts';
import { sgOfOtherBody } from './rules-rol19-sg.ts';
import { observerBehalf } from './rules-rol19.ts';

const facts = roleFacts;

describe('the principal told by office (rol19)', () => {
  it('negotiates-for.office-possessive-role: "The Prime Minister\'s special envoy, former minister X," after the PM', () => {
    const f = facts(
      "Prime Minister Jonas Gahr Støre opened the conference in Oslo. The Prime Minister's special envoy, former minister Erik Solheim, met the parties in Colombo.",
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Erik Solheim|Jonas Gahr Støre');
  });
  it('reports-to.office-possessive-role: "The Minister\'s special adviser, X," reports to the one minister named', () => {
    const f = facts(
      "Minister for Foreign Affairs Lars Løkke Rasmussen hosted the talks in Copenhagen. The Minister's special adviser, Jonas Bering Liisberg, chaired the working group that followed.",
    );
    expect(f.rels).toContain('REPORTS_TO|Jonas Bering Liisberg|Lars Løkke Rasmussen');
    expect(f.by('negotiates-for.office-possessive-role')).toEqual([]);
  });
  it('negotiates-for.office-possessive-role: "The envoy of the Chairperson of the Commission, Ambassador X,"', () => {
    const f = facts(
      'The Chairperson of the ECOWAS Commission, Omar Alieu Touray, condemned the attack. The envoy of the Chairperson of the Commission, Ambassador Babatunde Ajisomo, held talks in Bamako.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Babatunde Ajisomo|Omar Alieu Touray');
  });
  it('no holder when two hold the office: "the Prime Minister\'s envoy" after two prime ministers', () => {
    const f = facts(
      "Prime Minister Narendra Modi met Prime Minister Shehbaz Sharif in Astana. The Prime Minister's envoy, Ajay Bisaria, later held talks in Islamabad.",
    );
    expect(f.by('negotiates-for.office-possessive-role')).toEqual([]);
  });
  it('negotiates-for.behalf-of-unnamed-office: "on behalf of the Head of State" with nobody holding it named', () => {
    const f = facts(
      'Minister of Transport Jacob Hara negotiated the transit arrangements with the Zambian delegation on behalf of the Head of State.',
      'Presidency of the Republic of Malawi',
    );
    expect(f.by('negotiates-for.behalf-of-unnamed-office')).toEqual(['NEGOTIATES_FOR|Jacob Hara|Malawi']);
    const named = facts(
      'President Lazarus Chakwera opened the session. Minister of Transport Jacob Hara negotiated with the Zambian delegation on behalf of the President.',
      'Presidency of the Republic of Malawi',
    );
    expect(named.by('negotiates-for.behalf-of-unnamed-office')).toEqual([]);
  });
});

describe('envoys of a named person (rol19)', () => {
  it('negotiates-for.pronoun-role-of-subject: "X travelled … with his Personal Envoy for …, Y"', () => {
    const f = facts(
      'Secretary-General António Guterres travelled to Geneva with his Personal Envoy for Libya, Ghassan Salamé.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Ghassan Salamé|António Guterres');
  });
  it('negotiates-for.pronoun-role-of-subject: "X was represented at the meeting by her special representative, Y"', () => {
    const f = facts(
      'Governor Jenniffer González was represented at the meeting in Madrid by her special representative, Carlos Mercader.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Carlos Mercader|Jenniffer González');
  });
  it('negotiates-for.envoy-of-person-apposition: "Minister X, special envoy of President Y, held talks"', () => {
    const f = facts(
      'Minister of State Khalifa Shaheen Al Marar, special envoy of President Mohamed bin Zayed Al Nahyan, held talks in Cairo.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Khalifa Shaheen Al Marar|Mohamed bin Zayed Al Nahyan');
  });
  it('a pronoun role with no person after it gives nothing', () => {
    const f = facts('President Samia Suluhu Hassan met the delegation with her special envoy and the minister.');
    expect(f.by('negotiates-for.pronoun-role-of-subject')).toEqual([]);
  });
});

describe('teams and lists (rol19)', () => {
  it('negotiates-for.led-by-and-comprising: "The X delegation, led by A and including B, held talks"', () => {
    const f = facts(
      'The Malawian delegation, led by Foreign Minister Nancy Tembo and including Ambassador Kenna Mphonda, held talks with the Mozambican delegation in Lilongwe.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Nancy Tembo|Malawi');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Nancy Tembo|Mozambique');
  });
  it('not at a summit: "The X delegation to the Summit, led by A and including B"', () => {
    const f = facts(
      'The Malawian delegation to the SADC Summit, led by Foreign Minister Nancy Tembo and including Ambassador Kenna Mphonda, arrived in Harare.',
    );
    expect(f.by('negotiates-for.led-by-and-comprising')).toEqual([]);
  });
  it('negotiates-for.team-colon-list: "X has announced its negotiating team for the talks with Y: A and B"', () => {
    const f = facts(
      'Lesotho has announced its negotiating team for the water talks with South Africa: Minister of Water Mohlomi Moleko and Principal Secretary Teboho Mokoena.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Mohlomi Moleko|Lesotho');
    expect(f.rels).toContain('NEGOTIATES_FOR|Teboho Mokoena|Lesotho');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Mohlomi Moleko|South Africa');
  });
  it('negotiates-for.panel-comprising: "The African Union Panel on Somalia, comprising A and B, met …"', () => {
    const f = facts(
      'The African Union Panel on Somalia, comprising former President Jakaya Kikwete and former President Ellen Johnson Sirleaf, met the federal member states in Mogadishu.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Jakaya Kikwete|African Union');
    expect(f.rels).toContain('NEGOTIATES_FOR|Ellen Johnson Sirleaf|African Union');
  });
  it('negotiates-for.side-colon-head: "State: A (head of delegation), B; State: C (head of delegation)"', () => {
    const f = facts(
      'The Joint Commission on the Maputo corridor met in Harare. Zimbabwe: Minister of Transport Felix Mhona (head of delegation), Permanent Secretary Theodius Chinyanga; Mozambique: Minister of Transport Mateus Magala (head of delegation), Director Joana Muchanga.',
    );
    expect(f.by('negotiates-for.side-colon-head').sort()).toEqual([
      'NEGOTIATES_FOR|Felix Mhona|Zimbabwe',
      'NEGOTIATES_FOR|Mateus Magala|Mozambique',
    ]);
  });
  it('negotiates-for.head-of-side-body: "X, acting head of the Y delegation," and "The head of the Z Government\'s panel, X,"', () => {
    const a = facts(
      'Ambassador Kenna Mphonda, acting head of the Malawian delegation, presented the proposal at the talks in Maputo.',
    );
    expect(a.rels).toContain('NEGOTIATES_FOR|Kenna Mphonda|Malawi');
    const b = facts(
      "The head of the Philippine Government's peace panel, Miriam Coronel-Ferrer, met the MILF panel in Kuala Lumpur for the talks.",
    );
    expect(b.rels).toContain('NEGOTIATES_FOR|Miriam Coronel-Ferrer|Philippines');
    const summit = facts(
      'Ambassador Kenna Mphonda, acting head of the Malawian delegation to the SADC Summit, arrived in Harare.',
    );
    expect(summit.by('negotiates-for.head-of-side-body')).toEqual([]);
  });
  it('negotiates-for.side-led-by-after-talks: "The X side was led by A and the Y side by B" after a sentence of consultations', () => {
    const f = facts(
      'The annual consultations were held in Kathmandu. The Nepali side was led by Foreign Secretary Amrit Bahadur Rai and the Indian side by Foreign Secretary Vikram Misri.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Amrit Bahadur Rai|Nepal');
    expect(f.rels).toContain('NEGOTIATES_FOR|Vikram Misri|India');
    const summit = facts('The summit was held in Kathmandu. The Indian side was led by Prime Minister Narendra Modi.');
    expect(summit.by('negotiates-for.side-led-by-after-talks')).toEqual([]);
  });
  it('negotiates-for.issuer-government-team: "The Federal Government\'s negotiating team, led by Minister X, met …"', () => {
    const f = facts(
      "The Federal Government's negotiating team, led by Minister of Finance Wale Edun, met the state governors' delegation in Abuja.",
      'State House Nigeria',
    );
    expect(f.by('negotiates-for.issuer-government-team')).toEqual(['NEGOTIATES_FOR|Wale Edun|Nigeria']);
  });
});

describe('nominal and passive roles (rol19)', () => {
  it('negotiates-for.nominal-role: representation entrusted to, leadership passed to, responsibility lies with, handled by', () => {
    expect(
      facts("Lesotho's representation at the water talks was entrusted to Minister Mohlomi Moleko.").rels,
    ).toContain('NEGOTIATES_FOR|Mohlomi Moleko|Lesotho');
    expect(
      facts('Leadership of the Zambian team at the border talks passed to Minister of Lands Elijah Muchima.').rels,
    ).toContain('NEGOTIATES_FOR|Elijah Muchima|Zambia');
    expect(
      facts('Responsibility for the talks on behalf of Malawi lies with Minister of Trade Vitumbiko Mumba.').rels,
    ).toContain('NEGOTIATES_FOR|Vitumbiko Mumba|Malawi');
    expect(
      facts("Talks on Botswana's behalf with the Namibian side were conducted by Minister Phenyo Butale.").rels,
    ).toContain('NEGOTIATES_FOR|Phenyo Butale|Botswana');
  });
  it('no agent, no role: "Responsibility for the talks on behalf of Malawi lies with the Cabinet."', () => {
    expect(
      facts('Responsibility for the talks on behalf of Malawi lies with the Cabinet.').by(
        'negotiates-for.nominal-role',
      ),
    ).toEqual([]);
  });
  it('negotiates-for.at-the-helm and negotiates-for.now-leads-sides-process', () => {
    expect(
      facts('With Foreign Minister Musalia Mudavadi at the helm of the Kenyan delegation, the talks resumed in Juba.')
        .rels,
    ).toContain('NEGOTIATES_FOR|Musalia Mudavadi|Kenya');
    expect(
      facts("The outgoing envoy handed over to Mohamed Ibn Chambas, who now leads the AU's mediation in Sudan.").rels,
    ).toContain('NEGOTIATES_FOR|Mohamed Ibn Chambas|African Union');
  });
  it('negotiates-for.for-the-group: "as chair of the Group of 77, negotiated for the group"', () => {
    const f = facts(
      'Ambassador Munir Akram, as chair of the Group of 77, negotiated for the group in the talks on the loss and damage fund.',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Munir Akram|Group of 77');
  });
});

describe('Secretaries-General and titles (rol19)', () => {
  it("negotiates-for.body-sg-envoy: another body's Secretary-General's envoy acts for that body, not the UN", () => {
    const f = facts("The ASEAN Secretary-General's special envoy, Kao Kim Hourn, met the parties in Naypyidaw.");
    expect(f.rels).toContain('NEGOTIATES_FOR|Kao Kim Hourn|ASEAN');
    expect(f.rels).not.toContain('NEGOTIATES_FOR|Kao Kim Hourn|United Nations');
  });
  it('negotiates-for.unnamed-sg-is-un: with no organisation named, "the Secretary-General\'s special envoy on X, Y" is the UN\'s', () => {
    const f = facts(
      "Foreign Minister Ivan Šramko met the Secretary-General's special envoy on Haiti, Carlos Ruiz Massieu, in Bratislava.",
      'Ministry of Foreign and European Affairs of the Slovak Republic',
    );
    expect(f.rels).toContain('NEGOTIATES_FOR|Carlos Ruiz Massieu|United Nations');
    expect(sgOfOtherBody('The Commonwealth ')).toBe(true);
    expect(sgOfOtherBody('met the ')).toBe(false);
    expect(sgOfOtherBody('The ')).toBe(false);
  });
  it("negotiates-for.issuer-remit-chief-negotiator: a remit naming no side is the issuer's; one naming a side is left to others", () => {
    const f = facts(
      'The Chief Negotiator for the Cooperative Framework Agreement, Seleshi Bekele, briefed the riparian states in Entebbe.',
      'Ministry of Foreign Affairs of Ethiopia',
    );
    expect(f.by('negotiates-for.issuer-remit-chief-negotiator')).toEqual(['NEGOTIATES_FOR|Seleshi Bekele|Ethiopia']);
    const eu = facts(
      'The Chief Negotiator for the European Union, Sabine Weyand, briefed the ministers in Entebbe.',
      'Ministry of Foreign Affairs of Ethiopia',
    );
    expect(eu.by('negotiates-for.issuer-remit-chief-negotiator')).toEqual([]);
  });
  it('negotiates-for.not-observer-behalf: an observer "on behalf of" a body acts for nobody', () => {
    expect(observerBehalf('Ambassador X attended the signing as an observer ')).toBe(true);
    expect(observerBehalf('Ambassador X signed the agreement ')).toBe(false);
    const f = facts(
      'Ambassador Fatima Kyari Mohammed attended the talks as an observer on behalf of the African Union.',
    );
    expect([...f.rels].filter((r) => r.startsWith('NEGOTIATES_FOR|'))).toEqual([]);
    const g = facts('Ambassador Fatima Kyari Mohammed negotiated on behalf of the African Union.');
    expect(g.rels).toContain('NEGOTIATES_FOR|Fatima Kyari Mohammed|African Union');
  });
  it('person.title-bracketed-remit, office.place-affairs and the Professor honorific', () => {
    expect(
      facts('Joint Secretary (East Asia) Gourangalal Das led the delegation at the consultations.').people,
    ).toContain('Gourangalal Das');
    expect(
      facts(
        'The Minister for Tobago Affairs, Farley Augustine, met the delegation in Scarborough.',
        'Government of Trinidad and Tobago',
      ).rels,
    ).toContain('HOLDS_OFFICE|Farley Augustine|Minister for Tobago Affairs of Trinidad and Tobago');
    expect(facts('Professor Ameenah Gurib-Fakim addressed the forum.').people).toContain('Ameenah Gurib-Fakim');
  });
});
