// Tests of the rol26 rules on made-up sentences (not the roles-17 bank's passages), negatives included.
import { describe, expect, it } from 'vitest';

import { roleFacts as facts } from './test-facts.ts';

describe('heads of delegation in lines, items and rows (rol26)', () => {
  it('negotiates-for.delegation-lines: "State — Name, Minister …" lines after a heading', () => {
    const f = facts(
      'Heads of delegation at the Nairobi meeting on the Nile basin, 2 March:\nKenya — Alice Wanjiru, Minister of Water\nUganda — Peter Okello, Minister of Energy\nTanzania — John Carter, Minister of Lands\nObservers: the World Bank.',
    );
    expect(f.by('negotiates-for.delegation-lines')).toEqual(
      expect.arrayContaining([
        'NEGOTIATES_FOR|Alice Wanjiru|Kenya',
        'NEGOTIATES_FOR|Peter Okello|Uganda',
        'NEGOTIATES_FOR|John Carter|Tanzania',
      ]),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Peter Okello|Kenya');
    expect(f.negotiates.filter((r) => r.endsWith('|World Bank'))).toEqual([]);
    // office.line-side: each line's bare title is its own side's.
    expect(f.rels).toContain('HOLDS_OFFICE|Peter Okello|Minister of Energy of Uganda');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Peter Okello|Minister of Energy of Kenya');
  });
  it('a Markdown table after the heading: the header and rule rows are passed over', () => {
    const f = facts(
      'Heads of delegation at the fourth round of the Canada–EU talks:\n| Side | Head of delegation |\n| --- | --- |\n| Canada | Marie Tremblay, Director General |\n| European Union | Hans Becker, Director |',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Marie Tremblay|Canada', 'NEGOTIATES_FOR|Hans Becker|European Union']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Hans Becker|Canada');
  });
  it('items on one line split by semicolons, a side with its acronym in brackets', () => {
    const f = facts(
      'Heads of delegation: Sudan Revolutionary Front (SRF) – Omar Bashir Ali; Government of Sudan – Peter Okello, Chief Negotiator.',
    );
    // The item after the bracketed acronym, past the semicolon (the people stage does not read the first item's name).
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Peter Okello|Sudan');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Peter Okello|Sudan Revolutionary Front');
  });
  it('no heading, no list reading: a line "Kenya — …" in prose gives nothing by this rule', () => {
    const f = facts('The ministers met in Nairobi.\nKenya — Alice Wanjiru, Minister of Water, opened the fair.');
    expect(f.by('negotiates-for.delegation-lines')).toEqual([]);
  });
});

describe("another signer's side, a committee's chair (rol26)", () => {
  it('negotiates-for.not-other-signers-side: "signed for X by A and for Y by Prime Minister B": B is not X\'s', () => {
    const f = facts(
      'In Vilnius on 4 May, the treaty was signed for Latvia by President Rinkēvičs and for Lithuania by Prime Minister Gintautas Paluckas.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Rinkēvičs|Latvia', 'NEGOTIATES_FOR|Gintautas Paluckas|Lithuania']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Gintautas Paluckas|Latvia');
    // office.gapped-side-by: the bare title is Lithuania's, not the first state's.
    expect(f.rels).toContain('HOLDS_OFFICE|Gintautas Paluckas|Prime Minister of Lithuania');
    expect(f.rels).not.toContain('HOLDS_OFFICE|Gintautas Paluckas|Prime Minister of Latvia');
  });
  it('negotiates-for.signed-for takes the nearest signer: "A signed … on behalf of X, and the Y Minister B signed for Y"', () => {
    const f = facts(
      'The Minister of Trade, Hon Sarah Lee, signed the agreement on behalf of Australia in Lima, and the Peruvian Minister of Foreign Trade, Dr Jorge Ramos, signed for Peru.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Sarah Lee|Australia', 'NEGOTIATES_FOR|Jorge Ramos|Peru']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Sarah Lee|Peru');
  });
  it('negotiates-for.not-chair: a committee\'s chair "of X" is no head of X\'s delegation', () => {
    const f = facts(
      'The intergovernmental negotiating committee on the high seas treaty, chaired by Ambassador Maria Lopez of Chile, closed its session in New York without agreement.',
    );
    expect(f.negotiates.filter((r) => r.startsWith('NEGOTIATES_FOR|Maria Lopez|'))).toEqual([]);
  });
  it("but a side's own panel or committee is chaired by its negotiator", () => {
    const f = facts(
      'The talks resumed in Oslo. The Philippine negotiating panel was chaired by Secretary Ramon Cruz, and the other panel by Jose Reyes.',
    );
    expect(f.negotiates).toContain('NEGOTIATES_FOR|Ramon Cruz|Philippines');
  });
});

describe('parties and their officers (rol26)', () => {
  it('negotiates-for.behalf-of-own: "each on behalf of his party" gives each signer the party of his office', () => {
    const g = facts(
      'The agreement between the PSOE and Junts was signed in Madrid by the Secretary General of the PSOE, Luis Gómez, and by the Secretary General of Junts, Marta Puig, each on behalf of his party.',
    );
    expect(g.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Luis Gómez|PSOE', 'NEGOTIATES_FOR|Marta Puig|Junts']),
    );
    expect(g.negotiates).not.toContain('NEGOTIATES_FOR|Luis Gómez|Junts');
    expect(g.negotiates).not.toContain('NEGOTIATES_FOR|Luis Gómez|Spain');
  });
  it('"on behalf of their countries": each minister the state of his office', () => {
    const f = facts(
      'The transit agreement was signed in Tashkent by the Minister of Transport of Kazakhstan, Arman Nurlanov, and the Minister of Transport of Uzbekistan, Ilhom Karimov, on behalf of their countries.',
    );
    expect(f.negotiates).toEqual(
      expect.arrayContaining(['NEGOTIATES_FOR|Arman Nurlanov|Kazakhstan', 'NEGOTIATES_FOR|Ilhom Karimov|Uzbekistan']),
    );
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Arman Nurlanov|Uzbekistan');
  });
  it('negotiates-for.org-officer-by: "negotiated by CDU leader A and the SPD\'s co-leaders B and C"', () => {
    const f = facts(
      'The coalition agreement was negotiated by CDU leader Michael Schmidt and the SPD’s co-leaders Peter Okello and John Carter.',
    );
    // The people stage reads only "Peter Okello" here; the rule gives him the party of "the SPD's co-leaders".
    expect(f.by('negotiates-for.org-officer-by')).toContain('NEGOTIATES_FOR|Peter Okello|SPD');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Peter Okello|CDU');
    expect(f.negotiates).not.toContain('NEGOTIATES_FOR|Michael Schmidt|SPD');
  });
  it('not without a negotiation or signing: "CDU leader A spoke at the rally"', () => {
    const f = facts('CDU leader Michael Schmidt spoke at the party rally in Cologne on Saturday.');
    expect(f.negotiates).toEqual([]);
  });
});
