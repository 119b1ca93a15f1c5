// Tests of the rol23 rules on made-up sentences (not the roles-14 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts as facts } from './test-facts.ts';

describe('people named after a verb that appoints or sends, and lower-case envoy titles (rol23)', () => {
  it('person.after-appointing-verb: "tasked X with", "has named X chief negotiator", "dispatched X to"', () => {
    expect(facts('The Cabinet tasked Hemi Walker with leading the talks with Chile.').people).toContain('Hemi Walker');
    expect(facts('The Commission has named Ilse Vandermeer chief negotiator for the talks.').people).toContain(
      'Ilse Vandermeer',
    );
    expect(facts('The Prime Minister dispatched Kenji Morita to Canberra on Monday.').people).toContain('Kenji Morita');
  });
  it('"the Kenyan delegation led by X on Friday", "met US envoy X in Geneva"', () => {
    expect(facts('The talks opened with the Kenyan delegation led by Amina Wekesa on Friday.').people).toContain(
      'Amina Wekesa',
    );
    expect(facts('The minister met US envoy Tom Barrack in Geneva on Friday.').people).toContain('Tom Barrack');
  });
  it('no person from a capitalised phrase after "sent" that is no full name ("sent New Year greetings")', () => {
    expect(facts('The President sent New Year greetings to the people of Fiji.').people).toEqual([]);
  });
});

describe('false sides of the negotiator noun, "on behalf of" and "represented" (rol23)', () => {
  it('negotiates-for.remit-no-verb: the person after an envoy title that a clause verb follows is no envoy', () => {
    const f = facts(
      'EU Special Representative for the Sahel and the crisis in Mali Joao Cravinho met Foreign Minister Abdoulaye Diop in Bamako.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Abdoulaye Diop|European Union');
  });
  it('"was appointed chief negotiator of A … by Minister B": the one appointed, not the minister', () => {
    const f = facts(
      'Nomvula Dube was appointed chief negotiator of Zimbabwe for the customs union talks by Minister Frederick Shava.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Nomvula Dube|Zimbabwe');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Frederick Shava|Zimbabwe');
  });
  it('negotiates-for.behalf-clause-bound: "On behalf of A, X signed; on behalf of the NDFP, Y." (no agent across ";")', () => {
    const f = facts(
      'The accord was signed in Oslo. On behalf of Norway, Ambassador Kjetil Haga signed; on behalf of the National Democratic Front of the Philippines, Fidel Agcaoili.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Kjetil Haga|National Democratic Front of the Philippines');
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Fidel Agcaoili|National Democratic Front of the Philippines');
  });
  it('negotiates-for.longest-side-hit: "represented the Sudan Liberation Movement" is no "represented Sudan"', () => {
    const f = facts(
      'Abdel Wahid Nur represented the Sudan Liberation Movement at the talks with the Government in Paris.',
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Abdel Wahid Nur|Sudan');
  });
  it('"acted for the Swiss government as facilitator": the side with its article; "A and B, who acted for the US side"', () => {
    const f = facts(
      'Ambassador Livia Leu acted for the Swiss government as facilitator in the talks between Armenia and Turkey.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Livia Leu|Switzerland');
    const g = facts(
      'Minister Wang Wentao held talks in London with Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent, who acted for the US side.',
    );
    expect(g.negotiates).toContain('NEGOTIATES_FOR|Howard Lutnick|United States');
    expect(g.negotiates).toContain('NEGOTIATES_FOR|Scott Bessent|United States');
    expect(g.negotiates).not.toContain('NEGOTIATES_FOR|Wang Wentao|United States');
  });
});

describe('the rol23 rules', () => {
  it('negotiates-for.respectively-represented: "The mediators, the AU, IGAD and the UN, were represented by A, B and C respectively"', () => {
    const f = facts(
      'The mediators, the African Union, IGAD and the United Nations, were represented by Mohamed El Hacen Lebatt, Lawrence Korbandy and Nicholas Haysom respectively at the talks.',
    );
    expect(f.by('negotiates-for.respectively-represented')).toEqual([
      'NEGOTIATES_FOR|Mohamed El Hacen Lebatt|African Union',
      'NEGOTIATES_FOR|Lawrence Korbandy|Intergovernmental Authority on Development',
      'NEGOTIATES_FOR|Nicholas Haysom|United Nations',
    ]);
  });
  it('negotiates-for.respectively-not-crossed: no person of a respectively list acts for another side of the list', () => {
    const f = facts(
      'Kenya, Uganda and Tanzania were represented by Musalia Mudavadi, Jeje Odongo and Stergomena Tax respectively at the negotiations on the pipeline.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Stergomena Tax|Tanzania');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Musalia Mudavadi|Tanzania');
  });
  it('no respectively pairs when the counts differ or "respectively" is missing', () => {
    const f = facts(
      'Kenya, Uganda and Tanzania were represented by Musalia Mudavadi and Jeje Odongo at the negotiations on the pipeline.',
    );
    expect(f.by('negotiates-for.respectively-represented')).toEqual([]);
  });
  it('negotiates-for.negotiators-for-led-by: "Negotiators for the ELN, led by X," and "The Hamas negotiators, led by X,"', () => {
    const f = facts('Negotiators for the ELN, led by Pablo Beltrán, presented the proposal in Caracas.');
    expect(f.by('negotiates-for.negotiators-for-led-by')).toEqual([
      'NEGOTIATES_FOR|Pablo Beltrán|National Liberation Army',
    ]);
    const g = facts('The Hamas negotiators, led by Khalil al-Hayya, left Cairo on Monday.');
    expect(g.negotiates).toContain('NEGOTIATES_FOR|Khalil al-Hayya|Hamas');
  });
  it('no head from "the ministers of the ELN, led by" (no negotiators)', () => {
    const f = facts('The supporters of the ELN, led by Pablo Beltrán, marched in Caracas.');
    expect(f.by('negotiates-for.negotiators-for-led-by')).toEqual([]);
  });
  it('negotiates-for.fronted-for-side: "For the African Union, X took the floor; …"', () => {
    const f = facts(
      'The session of the negotiating committee opened in Geneva. For the African Union, Ambassador Nozipho Mxakato spoke first.',
    );
    expect(f.by('negotiates-for.fronted-for-side')).toEqual(['NEGOTIATES_FOR|Nozipho Mxakato|African Union']);
  });
  it('no fronted side from "For Kenya, X is a friend" (no verb of speaking or acting) or a "for" inside the clause', () => {
    expect(
      facts('For Kenya, Ambassador Martin Kimani is a friend of the process.').by('negotiates-for.fronted-for-side'),
    ).toEqual([]);
    expect(
      facts('Thanks for Kenya, Ambassador Martin Kimani spoke first.').by('negotiates-for.fronted-for-side'),
    ).toEqual([]);
  });
  it('negotiates-for.side-designated-as: "SADC designated former President X as mediator"; "The Government designated X as its representative"', () => {
    const f = facts(
      'The Southern African Development Community designated former President Joaquim Chissano as mediator in Madagascar.',
    );
    expect(f.by('negotiates-for.side-designated-as')).toEqual([
      'NEGOTIATES_FOR|Joaquim Chissano|Southern African Development Community',
    ]);
    const g = facts(
      'The Government designated Finance Minister Mthuli Ncube as its representative to the talks with the creditors.',
      'Ministry of Finance of Zimbabwe',
    );
    expect(g.by('negotiates-for.side-designated-as')).toEqual(['NEGOTIATES_FOR|Mthuli Ncube|Zimbabwe']);
  });
  it('no side designating from a clause before the subject, nor "designated X as Minister"', () => {
    const f = facts(
      'The Southern African Development Community designated Joaquim Chissano as chairperson of the panel.',
    );
    expect(f.by('negotiates-for.side-designated-as')).toEqual([]);
  });
  it('negotiates-for.sent-titled-envoy: "President A sent Special Envoy X to C"', () => {
    const f = facts('President William Ruto sent Special Envoy Raila Odinga to Juba for talks with the opposition.');
    expect(f.by('negotiates-for.sent-titled-envoy')).toEqual(['NEGOTIATES_FOR|Raila Odinga|William Ruto']);
  });
  it('no sent envoy from someone who is no leader ("Director A sent Special Envoy X")', () => {
    const f = facts('Director Peter Ochieng sent Special Envoy Raila Odinga to Juba.');
    expect(f.by('negotiates-for.sent-titled-envoy')).toEqual([]);
  });
  it('negotiates-for.group-chair-next-sentence: "The Alliance of Small Island States met … Its chair, X of Samoa, said …"', () => {
    const f = facts(
      'The Alliance of Small Island States met in Bonn ahead of the negotiations. Its chair, Ilana Seid of Palau, said the finance goal was the priority.',
    );
    expect(f.by('negotiates-for.group-chair-next-sentence')).toEqual([
      'NEGOTIATES_FOR|Ilana Seid|Alliance of Small Island States',
    ]);
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Ilana Seid|Palau');
  });
  it('no group chair for a body that is no group, nor outside negotiations', () => {
    const f = facts(
      'The African Union Commission met in Addis Ababa. Its chair, Mahmoud Ali Youssouf, said the budget was adopted.',
    );
    expect(f.by('negotiates-for.group-chair-next-sentence')).toEqual([]);
    const g = facts(
      'The Group of 77 celebrated its anniversary in Havana. Its chair, Ambassador Pedro Pedroso, thanked the guests.',
    );
    expect(g.by('negotiates-for.group-chair-next-sentence')).toEqual([]);
  });
});
