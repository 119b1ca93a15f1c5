// The prc30 round's tests (issue 6): PARTY_TO, OFFICE_OF and HOLDS_OFFICE, each rule on made-up sentences, the
// reading it gives (positive) and the one it withholds (negative).
import { describe, expect, it, vi } from 'vitest';

import { behalfAfterTitle, PRC30_PATTERNS } from './rules-prc30.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The OFFICE_OF facts of made-up text, as "office|owner". */
const owners = (text: string) =>
  madeUpRelations(text)
    .of('OFFICE_OF')
    .map((r) => `${r.from}|${r.to}`);

describe('office.behalf-after-title', () => {
  it('reads the state after "Name, Title, on behalf of the Government of"', () => {
    expect(behalfAfterTitle('was signed by Mr. A, and by Mr. B, ', ', on behalf of the Government of ', ', and')).toBe(
      true,
    );
    expect(behalfAfterTitle('', ', Prof. Dana Lee, on behalf of the ', '.')).toBe(true);
  });

  it('reads "for" a state only after a signing, and only at the end of the clause', () => {
    expect(behalfAfterTitle('The MoU was signed by X, and by the ', ', Prof. Dana Lee, for the ', '.')).toBe(true);
    expect(behalfAfterTitle('The Minister thanked the ', ', Dana Lee, for the ', '.')).toBe(false);
    expect(behalfAfterTitle('It was signed by the ', ', Dana Lee, for ', "'s support")).toBe(false);
    expect(PRC30_PATTERNS.behalfAfterTitle.test(' met the delegation for the ')).toBe(false);
  });

  it('gives a title between a name and "on behalf of the Government of X" X\'s office, not the first signer\'s', () => {
    const got = owners(
      'The Agreement on Power Trade between Norway and Peru was signed by Mr. Ola Berg, Secretary at the Ministry ' +
        'of Energy, on behalf of the Government of Norway, and by Mr. Juan Rivas, Secretary at the Ministry of ' +
        'Mines, on behalf of the Government of Peru.',
    );
    expect(got).toContain('Secretary at the Ministry of Mines of Peru|Peru');
    expect(got).not.toContain('Secretary at the Ministry of Mines of Norway|Norway');
    expect(got).toContain('Secretary at the Ministry of Energy of Norway|Norway');
  });

  it('gives "the Minister of X, Name, for <state>" in a signing sentence that state', () => {
    const got = owners(
      'The memorandum was signed by the Minister of Trade, Hon. Ana Moyo, on behalf of the Government of the ' +
        'Republic of Zambia, and by the Minister of Transport, Prof. Tomas Kaira, for the Republic of Malawi.',
    );
    expect(got).toContain('Minister of Transport of Malawi|Malawi');
    expect(got).not.toContain('Minister of Transport of Zambia|Zambia');
  });
});
