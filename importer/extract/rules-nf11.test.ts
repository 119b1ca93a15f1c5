// The nf11 round's tests (issue 6, construction 8): the rules written on the fifth, blind roles bank (bank-roles-5.ts),
// each on made-up sentences with negatives, and the bank cases they made pass (each fails at d2c4180, the bank's first
// pass with the rules of 6579eb1).
import { describe, expect, it } from 'vitest';

import { ROLES_BANK_3 } from './bank-roles-3.ts';
import { ROLES_BANK_4 } from './bank-roles-4.ts';
import { ROLES_BANK_5 } from './bank-roles-5.ts';
import { itGivesNoFalseFacts, itPassesBankCases } from './bank-roles.test-helper.ts';
import { extractFacts } from './test-facts.ts';

const facts = (text: string) => extractFacts(text, { file: 't.txt', date: '2025-06-01' }).rels;
const roleOf = (r: Set<string>, who: string) =>
  [...r].filter((f) => f.startsWith(`NEGOTIATES_FOR|${who}|`) || f.startsWith(`REPORTS_TO|${who}|`));

/** roles-5 cases that failed at the bank's first pass (d2c4180) and pass with the nf11 rules. */
const FIXED_5 = [
  'appoint5.mandated-by-league-to-negotiate',
  'deleg5.conducted-consultations-under-direction',
  'med5.facilitated-by-norway-whose-envoy',
  'report5.working-under-the-guidance-of',
  'appoint5.designated-as-states-special-envoy',
  'appoint5.president-named-personal-envoy-passive',
  'behalf5.acting-on-the-kings-behalf',
  'behalf5.as-states-envoy-former-pm',
  'behalf5.talks-on-his-behalf-adviser-possessive',
  'border5.nile-talks-conducted-on-behalf-of-by',
  'hostage5.his-special-envoy-for-hostage-affairs',
  'hostage5.negotiated-on-each-side-by',
  'med5.qatar-minister-mediating-relative',
  'med5.uae-mediation-led-by-nsa',
  'peace5.led-team-in-doha-and-us-special-representative',
  'round5.round-closed-delegations-headed-semicolon',
  'sherpa5.possessive-g7-sherpa-title-after',
  'sherpa5.sherpa-led-side-in-negotiations',
  'trade5.imf-talks-led-for-by',
  'un5.appointed-as-his-personal-envoy',
  'un5.office-of-envoy-facilitated-exchange',
  'un5.personal-envoy-title-first',
];

/** Cases of the earlier banks the nf11 rules made pass (each fails at d2c4180). */
const FIXED_3 = ['sherpa.possessive-chaired-negotiations', 'un.special-envoy-of-sg-briefed'];
const FIXED_4 = ['un4.mediated-through-srsg'];

describe('roles-5 bank: cases the nf11 rules made pass, and its negatives', () => {
  itPassesBankCases('roles-5', ROLES_BANK_5, FIXED_5);
  itPassesBankCases('roles-3', ROLES_BANK_3, FIXED_3);
  itPassesBankCases('roles-4', ROLES_BANK_4, FIXED_4);
  itGivesNoFalseFacts(
    'negative',
    ROLES_BANK_5,
    ROLES_BANK_5.filter((c) => c.id.startsWith('neg5.')).map((c) => c.id),
  );
});

describe('office.secretary-general-owner', () => {
  it('gives an office "of the Secretary-General for X" to the United Nations, not to the remit state', () => {
    const r = facts('The Special Envoy of the Secretary-General for Chad, Pavel Horak, met the parties in Ndjamena.');
    expect(r).toContain('OFFICE_OF|Special Envoy of the Secretary-General for Chad|United Nations');
    expect(r).not.toContain('OFFICE_OF|Special Envoy of the Secretary-General for Chad|Chad');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|United Nations');
  });

  it('keeps a named organisation of the Secretary-General and leaves offices of other principals alone', () => {
    const r = facts('Ana Ruiz, Special Representative of the OSCE Secretary-General for Moldova, spoke in Vienna.');
    expect(r).not.toContain(
      'OFFICE_OF|Special Representative of the OSCE Secretary-General for Moldova|United Nations',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|United Nations');
  });
});

describe('negotiates-for.respectively-pairs', () => {
  it('pairs coordinated people with coordinated sides in a sentence of representation or negotiation', () => {
    const r = facts(
      'The 5th meeting of the border commission was held in Lima, with Ambassador Ana Ruiz and Minister Pavel Horak representing Chile and Peru respectively.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Peru');
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Peru');
  });

  it('gives leaders paired by "respectively" at a summit no negotiator role', () => {
    const r = facts('Presidents Ana Ruiz and Pavel Horak, of Chile and Peru respectively, opened the summit in Lima.');
    expect(roleOf(r, 'Ana Ruiz')).toEqual([]);
    expect(roleOf(r, 'Pavel Horak')).toEqual([]);
  });
});

describe('negotiates-for.side-by-agent', () => {
  it('reads "negotiated on the X side by A, and on the Y side by B" and "led for X by A"', () => {
    const r = facts(
      'The accord was negotiated on the Chilean side by Ana Ruiz, and on the Peruvian side by Pavel Horak. Talks on the loan were led for Ecuador by Finance Minister Rosa Vela.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Peru');
    expect(r).toContain('NEGOTIATES_FOR|Rosa Vela|Ecuador');
  });

  it('needs the passive of acting: "a dinner for Chile by Ana Ruiz" gives nothing, nor a comma list of signatories', () => {
    const r = facts('A dinner was given for Chile by Ana Ruiz in Lima.');
    expect(roleOf(r, 'Ana Ruiz')).toEqual([]);
    const s = facts(
      'The first was signed by the Minister of Defence of Chile, Ana Ruiz, for Chile, by the Minister of Defence of Peru, Pavel Horak, for Peru.',
    );
    expect(s).not.toContain('NEGOTIATES_FOR|Pavel Horak|Chile');
  });
});

describe('negotiates-for.as-role', () => {
  it('reads "as <state>\'s envoy", "as its / his envoy" after a naming verb, and the passive "named by Y as his"', () => {
    const r = facts(
      "Former Prime Minister Ana Ruiz visited Lima as Chile's envoy. President Pavel Horak of Peru appointed Ambassador Rosa Vela as his special envoy for the talks. Luis Mora was named by President Pavel Horak as his personal envoy.",
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Rosa Vela|Pavel Horak');
    expect(r).toContain('NEGOTIATES_FOR|Luis Mora|Pavel Horak');
  });

  it('gives no envoy role without a naming verb for "his", nor to the person who names', () => {
    const r = facts('President Pavel Horak of Peru received Rosa Vela as his special envoy would have wished.');
    expect(r).not.toContain('NEGOTIATES_FOR|Rosa Vela|Pavel Horak');
    expect(roleOf(r, 'Pavel Horak')).toEqual([]);
  });
});

describe('negotiates-for.title-behalf', () => {
  it('reads "on the King\'s behalf" (the one holder of the title) and "on his behalf" (the possessor)', () => {
    const r = facts(
      "Prince Ana Ruiz, acting on the King's behalf, delivered a letter from King Pavel Horak of Spain. Chancellor Rosa Vela's adviser, Luis Mora, held talks in Rome on his behalf.",
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Pavel Horak');
    expect(r).toContain('NEGOTIATES_FOR|Luis Mora|Rosa Vela');
  });

  it('gives nothing when two people hold the title', () => {
    const r = facts("King Pavel Horak of Spain and King Luis Mora of Sweden met; Ana Ruiz spoke on the King's behalf.");
    expect(roleOf(r, 'Ana Ruiz').filter((f) => f.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });
});

describe('negotiates-for.mediation-led-by', () => {
  it("gives the head of a mediation the state named before it, else their office's", () => {
    const r = facts(
      'A Chilean mediation delegation headed by General Ana Ruiz arrived in Lima. The ceasefire followed mediation led by Pavel Horak, Foreign Minister of Peru.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Peru');
  });

  it('leaves a mediator whose principal the sentence names to the other rules', () => {
    const r = facts(
      'The Chilean mediation was conducted by State Secretary Ana Ruiz, who acted for the Head of the Chilean foreign ministry.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
  });
});

describe('negotiates-for.not-people and negotiates-for.not-gathering-delegation', () => {
  it('gives no principal for "on behalf of the Chilean people", and keeps "on behalf of Chile"', () => {
    const r = facts(
      'Foreign Minister Ana Ruiz laid a wreath on behalf of the Chilean people. Pavel Horak signed the accord on behalf of Peru.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Peru');
  });

  it('gives a leader heading a delegation at a summit no role, and keeps one leading a team in talks', () => {
    const r = facts(
      'President Ana Ruiz led the Chilean delegation at the Pacific Alliance Summit, where she held talks with Peru. Pavel Horak led the Peruvian team in the negotiations on the border.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Peru');
  });
});

describe('negotiates-for.group-modifier and the widened leading-team and clause-side rules', () => {
  it('gives "Chile\'s G20 Sherpa" Chile, not the G20; a lone "G20 Sherpa" keeps the G20', () => {
    const r = facts(
      "Chile's G20 Sherpa, Ambassador Ana Ruiz, chaired the talks. The G20's sherpa, Pavel Horak, spoke.",
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|G20');
  });

  it('reads an organisation\'s negotiating team, "the U.S. side in the negotiations" and possessive delegations', () => {
    const r = facts(
      "Ana Ruiz, who led the Taliban negotiating team in Doha, left. Pavel Horak led the U.S. side in the negotiations on the text. The third round of negotiations closed in Lima. Chile's delegation was headed by Rosa Vela; the EU's by Luis Mora.",
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Taliban');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|United States');
    expect(r).toContain('NEGOTIATES_FOR|Rosa Vela|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Luis Mora|European Union');
    expect(r).not.toContain('NEGOTIATES_FOR|Rosa Vela|European Union');
  });
});

describe('negotiates-for.delegations-of-talks', () => {
  it('reads gapped delegations "the X delegation was led by A, the Y delegation by B" when the readout names talks', () => {
    const r = facts(
      'The accord concludes weeks of talks in Lima.\n\nThe Chilean delegation was led by Ambassador Ana Ruiz, the Peruvian delegation by Pavel Horak, State Secretary of the Ministry for Foreign Affairs, and the Bolivian delegation by Minister Rosa Vela.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Peru');
    expect(r).toContain('NEGOTIATES_FOR|Rosa Vela|Bolivia');
  });

  it('gives no role in a readout with no talks or negotiations', () => {
    const r = facts(
      'The Chilean delegation was led by Ambassador Ana Ruiz, the Peruvian delegation by Minister Pavel Horak, at the opening of the fair.',
    );
    expect(roleOf(r, 'Ana Ruiz')).toEqual([]);
    expect(roleOf(r, 'Pavel Horak')).toEqual([]);
  });
});

describe('negotiates-for.his-role-apposition and reports-to.his-role-apposition', () => {
  it('gives "Y, his special envoy" the leader named before as principal, and "Z, her adviser" as boss', () => {
    const r = facts(
      'President Pavel Horak of Peru said that Ambassador Ana Ruiz, his special envoy for the talks, had left. Prime Minister Rosa Vela of Chile met Luis Mora, her national security adviser, in Santiago.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|Pavel Horak');
    expect(r).toContain('REPORTS_TO|Luis Mora|Rosa Vela');
  });

  it('needs a leader before: a minister\'s "his special envoy" gives no principal', () => {
    const r = facts('Minister Pavel Horak of Peru said that Ambassador Ana Ruiz, his special envoy, had left.');
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Pavel Horak');
  });
});

describe('negotiates-for.its-behalf, "whose" envoys, fronted participles and "who conducted the consultations"', () => {
  it('reads "on its behalf", "X, whose special envoy, Y", "Working under the guidance of" and "who conducted the talks"', () => {
    const r = facts(
      "Mandated by the African Union, Chilean Foreign Minister Ana Ruiz will negotiate on its behalf. The talks were facilitated by Norway, whose special envoy, Pavel Horak, chaired them. Working under the guidance of Foreign Minister Rosa Vela of Peru, Ambassador Luis Mora led the team at the talks. Peru's Vice Foreign Minister Jorge Paz, who conducted the consultations in Lima, spoke.",
    );
    expect(r).toContain('NEGOTIATES_FOR|Ana Ruiz|African Union');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Norway');
    expect(r).toContain('REPORTS_TO|Luis Mora|Rosa Vela');
    expect(r).toContain('NEGOTIATES_FOR|Jorge Paz|Peru');
  });

  it('gives no role to one who led the talks on behalf of a named principal, nor "its behalf" without a side', () => {
    const r = facts(
      'Ana Ruiz, Secretary-General of the Andean Community, who led the talks on behalf of the President, spoke. Pavel Horak spoke on its behalf.',
    );
    expect(r).not.toContain('NEGOTIATES_FOR|Ana Ruiz|Andean Community');
    expect(roleOf(r, 'Pavel Horak')).toEqual([]);
  });
});
