// Tests of the nf33 rule on made-up sentences (not the annotated samples' passages), negatives included.
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

import {
  listItems,
  NF33_AMBASSADORS_OF_STATES,
  NF33_NEGOTIATING_CUE,
  NF33_SIGNATURE,
  readoutAgreement,
  tellsNegotiating,
} from './rules-nf33.ts';
import { roleFacts as facts } from './test-facts.ts';

const RULE = 'negotiates.side-found-agreement';

describe("a found side's negotiator negotiates the readout's one agreement (nf33, negotiates.side-found-agreement)", () => {
  it('readoutAgreement: the one agreement the title names, else the only one; none when two are left', () => {
    const fisheries = { key: 'c1', name: 'Fisheries Agreement' };
    const fisheries2 = { key: 'c2', name: 'Fisheries Agreement' };
    const transit = { key: 'c3', name: 'Transit Protocol' };
    expect(readoutAgreement('Ministers sign the Fisheries Agreement', [fisheries, transit, fisheries2])).toBe('c1');
    expect(readoutAgreement('Ministers meet in Dakar', [fisheries, fisheries2])).toBe('c1');
    expect(readoutAgreement('Ministers meet in Dakar', [fisheries, transit])).toBeUndefined();
    expect(
      readoutAgreement('The Fisheries Agreement and the Transit Protocol signed', [fisheries, transit]),
    ).toBeUndefined();
  });
  it('the cue: "negotiated", "negotiations", "negotiating team" in lower case; not a body named with the word', () => {
    for (const s of [
      'Mr A, who conducted the negotiations on behalf of Peru, thanked the hosts.',
      'The Chilean negotiating team was led by Ms B.',
      'Ms C negotiated for the Government.',
    ])
      expect(NF33_NEGOTIATING_CUE.test(s)).toBe(true);
    for (const s of [
      'The Commissioner for Enlargement Negotiations, Mr D, represented the Commission.',
      'Mr E led the delegation at the talks.',
    ])
      expect(NF33_NEGOTIATING_CUE.test(s)).toBe(false);
    expect(NF33_SIGNATURE.test('The treaty was signed for Peru by Mr A, head of the negotiating team.')).toBe(true);
    expect(NF33_SIGNATURE.test('Mr A conducted the negotiations for Peru.')).toBe(false);
  });
  it('the cue: negotiations told only as the time of another act are none ("after", "before", "on the eve of")', () => {
    expect(
      tellsNegotiating("Peru's Sherpa, Mr A, chaired the dinner after the negotiations on the Lima Declaration."),
    ).toBe(false);
    expect(tellsNegotiating('On the eve of the final round of negotiations, Ms B briefed the press for Chile.')).toBe(
      false,
    );
    expect(tellsNegotiating("Peru's Sherpa, Mr A, chaired the negotiations on the Lima Declaration.")).toBe(true);
    expect(tellsNegotiating('After the dinner, Mr A negotiated for Peru until dawn.')).toBe(true);
  });
  const body =
    'The President of Peru, Mr Carlos Vega Ruiz, had a telephone conversation this morning with the President of Chile, Ms Paula Soto Lagos. The two Presidents welcomed the fisheries agreement reached between the two Governments on the waters off Arica, and issued a Joint Statement to that effect.\n\nThe agreement was reached after nine rounds of negotiations, which the two countries opened in May 2023. The Peruvian delegation, which negotiated on behalf of the Government of Peru, was led by Hon. Jorge Salas Medina, Minister of Production, and included Ms Rosa Quispe Luna, Ambassador of Peru to Chile.\n';
  it('"the delegation, which negotiated on behalf of the Government, was led by A and included B": the title\'s agreement', () => {
    const f = facts(`---\ntitle: Fisheries agreement between Peru and Chile on the waters off Arica\n---\n\n${body}`);
    expect(f.rels.has('NEGOTIATES_FOR|Jorge Salas Medina|Peru')).toBe(true);
    expect(f.by(RULE).sort()).toEqual([
      'NEGOTIATES|Jorge Salas Medina|fisheries agreement',
      'NEGOTIATES|Rosa Quispe Luna|fisheries agreement',
    ]);
  });
  it('two agreements and a title naming neither: no NEGOTIATES', () => {
    const f = facts(`---\ntitle: The President speaks with the President of Chile\n---\n\n${body}`);
    expect(f.rels.has('NEGOTIATES_FOR|Jorge Salas Medina|Peru')).toBe(true);
    expect(f.by(RULE)).toEqual([]);
  });
  it('a side read from a sentence telling a signature gives no NEGOTIATES', () => {
    const signed = body.replace(
      'The Peruvian delegation, which negotiated on behalf of the Government of Peru, was led by',
      'The text, prepared by the negotiating delegations, was signed on behalf of the Government of Peru by',
    );
    const f = facts(`---\ntitle: Fisheries agreement between Peru and Chile on the waters off Arica\n---\n\n${signed}`);
    expect(f.rels.has('NEGOTIATES_FOR|Jorge Salas Medina|Peru')).toBe(true);
    expect(f.by(RULE)).toEqual([]);
  });
});

describe('co-chairs or mediators listed as "Ambassadors A of X, B of Y and C of Z" (nf33, negotiates-for.ambassadors-of-states)', () => {
  const AMB = 'negotiates-for.ambassadors-of-states';
  it('the pattern needs the title "Ambassadors" after a plural negotiating role; listItems splits the list', () => {
    expect(
      NF33_AMBASSADORS_OF_STATES.exec(
        'The mediators, Ambassadors Ana Ruiz of Spain and Olav Berg of Norway, met the parties.',
      )?.[1],
    ).toBe('Ana Ruiz of Spain and Olav Berg of Norway');
    expect(
      NF33_AMBASSADORS_OF_STATES.test(
        'The co-chairs of the committee, Ana Ruiz of Spain and Olav Berg of Norway, spoke.',
      ),
    ).toBe(false);
    expect(listItems('A of X, B of Y and C of Z').length).toBe(3);
  });
  it('each ambassador acts for the state named after him', () => {
    const f = facts(
      'On the margins of the ministerial meeting, the Co-Chairs of the Contact Group, Ambassadors Hélène Marchand of France, Thomas Keller of Germany and Luca Bianchi of Italy, met the Ministers of Foreign Affairs of Serbia and Kosovo.',
    );
    expect(f.by(AMB).sort()).toEqual([
      'NEGOTIATES_FOR|Hélène Marchand|France',
      'NEGOTIATES_FOR|Luca Bianchi|Italy',
      'NEGOTIATES_FOR|Thomas Keller|Germany',
    ]);
  });
  it('chairs of a body who merely come from states, with no "Ambassadors": nothing from the rule', () => {
    const f = facts(
      'The co-chairs of the Intergovernmental Drafting Committee, Hélène Marchand of France and Thomas Keller of Germany, presented the revised draft convention to the delegations in Vienna.',
    );
    expect(f.by(AMB)).toEqual([]);
  });
});
