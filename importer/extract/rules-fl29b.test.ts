// The fl29b round's tests (issue 6): constructions shown by three first-look samples in new styles (a foreign
// ministry's Markdown release on a boundary agreement, a government's web page on a summit and its sideline talks, a
// chancellery's plain-text release on a mediated release), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { AGREEMENT_SIGNED_WITH_PARTY } from './rules-fl29b.ts';
import { agreementNames, eventFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(AGREEMENT_SIGNED_WITH_PARTY.id, () => {
  it('names an agreement told by its head and the party after "with", after a signing verb', () => {
    expect(
      agreementNames(
        'Foreign Minister Ida Sten of Norway today signed in Reykjavik an agreement with Iceland that settles the fisheries zone.',
      ),
    ).toContain('agreement with Iceland');
    expect(agreementNames('Chile concluded a new treaty with the European Union on Tuesday.')).toContain(
      'treaty with the European Union',
    );
  });

  it('gives the opening signing of such an agreement as the readout event, with its signers and parties', () => {
    const f = eventFacts(
      'Foreign Minister Ida Sten of Norway today signed in Reykjavik an agreement with Iceland that settles the fisheries zone. The agreement was signed at a ceremony at the Foreign Ministry.',
    );
    expect(f.names).toContain('signing of the agreement with Iceland');
    expect(f.has('PARTICIPATED_IN', 'Ida Sten', 'signing of the agreement with Iceland')).toBe(true);
    expect(f.has('REACHED_AT', 'agreement with Iceland', 'signing of the agreement with Iceland')).toBe(true);
    expect(f.has('PARTY_TO', 'Iceland', 'agreement with Iceland')).toBe(true);
  });

  it('names nothing without a signing verb, before a possessive or a subject, or with no state or body after "with"', () => {
    expect(agreementNames('The minister said he was in agreement with Iceland on the matter.')).not.toContain(
      'agreement with Iceland',
    );
    expect(agreementNames('Norway signed an agreement with Iceland’s fisheries agency.').join()).not.toMatch(
      /agreement with Iceland/,
    );
    expect(agreementNames('Norway signed an agreement with Iceland on fisheries.').join()).not.toMatch(
      /^agreement with Iceland$/,
    );
    expect(agreementNames('The company signed an agreement with Nordic Shipping Lines.')).not.toContain(
      'agreement with Nordic Shipping Lines',
    );
  });
});
