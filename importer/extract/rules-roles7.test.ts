// The roles7 round's tests (issue 6, constructions 3, 4 and 8): the third, blind roles bank (bank-roles-3.ts) and the
// rules written on its misses (rules-roles7.ts, people.ts's untitled names). Asserted are the bank cases these rules
// made pass (each failed at the bank's first look, rules of ef7f022) and the negative cases; the cases still failing
// are listed in docs/first-look.md, not asserted.
import { describe, expect, it } from 'vitest';

import { runBankCase } from './bank.ts';
import { ROLES_BANK_3 } from './bank-roles-3.ts';
import { extractFacts } from './test-facts.ts';

/** Cases that failed at the first look and pass with the roles7 rules. */
const FIXED = [
  'wire.lead-two-negotiators',
  'eu.eusr-hosted-chief-negotiators',
  'mediator.acting-as-mediator-for',
  'facilitator.facilitated-through-its',
  'chief.possessive-with-complement',
  'chief.respectively-after-names',
  'relative.who-heads-possessive-delegation',
  'relative.appointed-special-envoy-last-year',
  'envoy.sent-his-special-envoy-vp',
  'plural.respective-envoys',
  'reports.under-guidance-of-two-ministers',
  'reports.reporting-to',
  'reports.possessive-adviser',
  'reports.on-instructions-of',
  'reports.his-chief-of-staff',
];

const byId = (id: string) => ROLES_BANK_3.find((c) => c.id === id)!;
const rels = (text: string) => extractFacts(text, { file: 't.txt', date: '2025-06-01' }).rels;

describe('roles-3 bank: cases the roles7 rules made pass', () => {
  it.each(FIXED)('%s', (id) => {
    const r = runBankCase(byId(id));
    expect(r.missed).toEqual([]);
    expect(r.falseFacts).toEqual([]);
  });
  it.each(ROLES_BANK_3.filter((c) => c.id.startsWith('neg.')).map((c) => c.id))('negative %s', (id) => {
    expect(runBankCase(byId(id)).falseFacts).toEqual([]);
  });
});

describe('negotiates-for.coordinated-sides-by', () => {
  it('pairs coordinated sides with the people after "by", respectively or by their own "of X"', () => {
    const r = rels(
      'Chile and Peru were represented, respectively, by Ambassador Rosa Vidal and Ambassador Hugo Salas.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Rosa Vidal|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Hugo Salas|Peru');
    const o = rels('Chile and Peru were represented by their envoys, Rosa Vidal of Peru and Hugo Salas of Chile.');
    expect(o).toContain('NEGOTIATES_FOR|Rosa Vidal|Peru');
    expect(o).toContain('NEGOTIATES_FOR|Hugo Salas|Chile');
    expect(o).not.toContain('NEGOTIATES_FOR|Rosa Vidal|Chile');
  });
  it('pairs nobody by place without "respectively" or an "of X"', () => {
    const r = rels('Chile and Peru were represented by Ambassador Rosa Vidal and Ambassador Hugo Salas.');
    expect(r).not.toContain('NEGOTIATES_FOR|Hugo Salas|Peru');
    expect(r).not.toContain('NEGOTIATES_FOR|Rosa Vidal|Peru');
  });
});

describe('negotiates-for.plural-of-sides', () => {
  it('pairs "the lead negotiators of A and B, X and Y" in order', () => {
    const r = rels(
      'The lead negotiators of Chile and Peru, Rosa Vidal and Hugo Salas, met in Lima to resume the talks.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Rosa Vidal|Chile');
    expect(r).toContain('NEGOTIATES_FOR|Hugo Salas|Peru');
  });
  it('pairs nothing when the counts differ', () => {
    const r = rels('The lead negotiators of Chile and Peru, Rosa Vidal, Hugo Salas and Ana Ruiz, met in Lima.');
    expect(r).not.toContain('NEGOTIATES_FOR|Hugo Salas|Peru');
  });
});

describe('negotiates-for.sent-his-envoy', () => {
  it('gives the envoy the leader who sent him', () => {
    const r = rels('President Lula da Silva sent his special envoy, Ambassador Celso Amorim, to Caracas for talks.');
    expect(r).toContain('NEGOTIATES_FOR|Celso Amorim|Lula da Silva');
  });
  it('needs a verb of sending', () => {
    const r = rels('President Lula da Silva received his special envoy, Ambassador Celso Amorim, in Brasília.');
    expect(r).not.toContain('NEGOTIATES_FOR|Celso Amorim|Lula da Silva');
  });
});

describe('reports-to.reporting-to, reports-to.possessive-aide and reports-to.under-two-named', () => {
  it('reads "reporting to", a fronted "on the instructions of" and "Y\'s national security adviser, X"', () => {
    expect(
      rels('The unit, headed by Ambassador Ana Ruiz and reporting to Minister Hugo Salas, met in Lima.'),
    ).toContain('REPORTS_TO|Ana Ruiz|Hugo Salas');
    expect(rels('On the instructions of President Hugo Salas, Minister Ana Ruiz travelled to Quito.')).toContain(
      'REPORTS_TO|Ana Ruiz|Hugo Salas',
    );
    expect(rels("President Hugo Salas's national security adviser, Ana Ruiz, met officials in Quito.")).toContain(
      'REPORTS_TO|Ana Ruiz|Hugo Salas',
    );
  });
  it('gives no report from speech, a spouse or a fronted comma', () => {
    expect(rels('Minister Ana Ruiz spoke to President Hugo Salas in Quito.')).not.toContain(
      'REPORTS_TO|Ana Ruiz|Hugo Salas',
    );
    expect(rels("President Hugo Salas's wife, Ana Ruiz, visited a school in Quito.")).not.toContain(
      'REPORTS_TO|Ana Ruiz|Hugo Salas',
    );
    const fronted = rels(
      'Under the direction of Minister Hugo Salas, Ambassador Ana Ruiz led the negotiations in Quito.',
    );
    expect(fronted).toContain('REPORTS_TO|Ana Ruiz|Hugo Salas');
    expect(fronted).not.toContain('REPORTS_TO|Hugo Salas|Ana Ruiz');
  });
  it('pairs two deputies with "the two ministers, Y and Z" by order when no state tells', () => {
    const r = rels(
      'Deputy Minister Ana Ruiz and Deputy Minister Rosa Vidal held consultations under the guidance of the two ministers, Hugo Salas and Luis Mena.',
    );
    expect(r).toContain('REPORTS_TO|Ana Ruiz|Hugo Salas');
    expect(r).toContain('REPORTS_TO|Rosa Vidal|Luis Mena');
    expect(r).not.toContain('REPORTS_TO|Rosa Vidal|Hugo Salas');
  });
});

describe('person.of-state-name and person.state-possessive-name', () => {
  it('reads untitled names before "of <state>" and after a state\'s possessive', () => {
    const r = extractFacts("Peru's Hugo Salas met Rosa Vidal of Chile in Lima.", { file: 't.txt' }).out;
    const people = r.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Hugo Salas', 'Rosa Vidal']));
  });
  it('makes no person of a capitalised event or body name', () => {
    const r = extractFacts("Leaders attended Sudan's Neighbouring Countries Summit in Cairo.", { file: 't.txt' }).out;
    expect(r.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});
