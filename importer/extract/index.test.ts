// Unit tests of the document-level people rules: the issuing state and same-person office forms.
import { describe, expect, it } from 'vitest';

import { findGazetteerHits } from './gazetteer.ts';
import { issuingState } from './index.ts';
import { shortFormOf } from './offices.ts';

const issuer = (text: string) => issuingState(text, findGazetteerHits(text));

describe('issuingState', () => {
  it('reads the host from a guest "who was visiting" it, past honorific dots', () => {
    const text =
      'Meeting\n\nOn May 2, Prime Minister Sato held a meeting with Ms. Jane Roe, Vice President of the United States of America, who was visiting Japan to attend a conference.';
    expect(issuer(text)).toBe('Japan');
  });

  it('reads the issuer from its principal named by title alone', () => {
    const text =
      'Telephone conversation with Prime Minister of Israel A B\n\nC D had a telephone conversation with Prime Minister of the State of Israel A B.\n\nThe President of Russia noted that Syrian air defence was involved and Syria was discussed.';
    expect(issuer(text)).toBe('Russia');
  });
});

describe('shortFormOf', () => {
  it('matches shortened and inverted forms of one title', () => {
    expect(shortFormOf('Minister', 'Minister for Foreign Affairs')).toBe(true);
    expect(shortFormOf('Chancellor', 'Federal Chancellor')).toBe(true);
    expect(shortFormOf('Foreign Minister', 'Minister of Foreign Affairs')).toBe(true);
    expect(shortFormOf('Deputy Foreign Minister', 'Deputy Minister for Foreign Affairs')).toBe(true);
    expect(shortFormOf('Foreign Minister', 'Minister of Defence')).toBe(false);
    expect(shortFormOf('Deputy Foreign Minister', 'Minister of Foreign Affairs')).toBe(false);
  });
});
