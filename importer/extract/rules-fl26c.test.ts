// The fl26c round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// plain-text release on a peace agreement signed under a mediation, a government's web page on a trade agreement signed
// at a ministerial meeting, a presidency's Markdown release on a summit that signed a treaty), each rule on made-up
// sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { AGREEMENT_TITLE_PARTICIPLE } from './rules-fl26c.ts';
import { agreementNames, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(AGREEMENT_TITLE_PARTICIPLE.id, () => {
  it('reads a head-first title over a lowercase participle', () => {
    expect(agreementNames('The three leaders signed the Treaty establishing the Union of Northern Marches.')).toContain(
      'Treaty establishing the Union of Northern Marches',
    );
    expect(
      agreementNames('Parliament ratified the Protocol amending the Convention on Fisheries of the Varn Sea.'),
    ).toContain('Protocol amending the Convention on Fisheries of the Varn Sea');
    expect(agreementNames('They recalled the Agreement relating to the Status of the Joint Force.')).toContain(
      'Agreement relating to the Status of the Joint Force',
    );
  });

  it('gives the parties of the signing to the whole title', () => {
    const r = madeUpRelations(
      'Norway and Iceland signed the Agreement governing the Use of the Jan Mayen Waters on Monday.',
    );
    expect(r.of('PARTY_TO').map((x) => `${x.from}|${x.to}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Norway\|Agreement governing the Use of the Jan Mayen Waters/)]),
    );
  });

  it('leaves prose participles and a lowercase word after the participle', () => {
    const names = agreementNames('They signed the Agreement following the talks in Tarsk, creating new jobs.');
    expect(names.some((n) => /following|creating/.test(n))).toBe(false);
    expect(
      agreementNames('The Treaty on Trade, establishing a council, was signed.').some((n) => /establishing/.test(n)),
    ).toBe(false);
    expect(agreementNames('the Charter establishing rules for trade').some((n) => /establishing/.test(n))).toBe(false);
  });
});
