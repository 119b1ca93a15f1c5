// Tests of the rol32 rules on made-up sentences (not the annotated samples' passages), negatives included.
import { describe, expect, it } from 'vitest';

import { negotiatedForCue } from './rules-rol32.ts';
import { roleFacts as facts } from './test-facts.ts';

describe('a negotiator told with the side they act for (rol32, negotiates.negotiated-for)', () => {
  it('negotiatedForCue: active forms with "on behalf of" or "for" a named side', () => {
    const yes = [
      'Mr A, who negotiated on behalf of the Government, signed the text.',
      'Ms B conducted the negotiations on behalf of the President throughout.',
      'Mr C, who led the talks for the Alliance, thanked the mediators.',
      'Talks on a trade agreement open in May; Dr D will lead them on behalf of the Government of Peru.',
    ];
    for (const s of yes) expect(negotiatedForCue(s)).toBe('negotiates.negotiated-for');
    const no = [
      'Negotiations were held on behalf of nobody in particular.',
      'Mr A thanked the Government for its hospitality.',
      'The talks for peace will resume in March.',
      'Ms B led the delegation for the visit.',
    ];
    for (const s of no) expect(negotiatedForCue(s)).toBeUndefined();
  });
  it('"who negotiated on behalf of the Coalition" gives NEGOTIATES on the agreement negotiated', () => {
    const f = facts(
      'The Government of Colombia and the Patriotic Coalition signed today in Havana the Agreement on the Cessation of Hostilities. For the Coalition, the Agreement was signed by Ms. Carmen Ortiz and Mr. Luis Herrera, who negotiated on behalf of the Coalition throughout the talks.',
    );
    expect(f.by('negotiates.negotiated-for')).toEqual(
      expect.arrayContaining([
        'NEGOTIATES|Carmen Ortiz|Agreement on the Cessation of Hostilities',
        'NEGOTIATES|Luis Herrera|Agreement on the Cessation of Hostilities',
      ]),
    );
  });
  it('no agreement told as negotiated: talks on behalf of a president give no NEGOTIATES to an older agreement', () => {
    const f = facts(
      'Direct talks between the delegations of Armenia and Azerbaijan were held today in Geneva. The Armenian delegation was headed by Deputy Minister Ara Petrosyan, who conducted the talks on behalf of the Prime Minister. In 2020 the two countries signed the Trilateral Statement.',
    );
    expect(f.by('negotiates.negotiated-for')).toEqual([]);
  });
});
