// Unit tests of the aud26 INVOLVES rule on made-up sentences about invented people and real states and bodies (none of
// them a passage of an annotated sample), negatives included.
import { describe, expect, it } from 'vitest';

import { ORGAN_MEETING } from './rules-aud26.ts';
import { madeUpRelations } from './test-facts.ts';

/** The facts of made-up text the rule gave, as `INVOLVES|event|party`. */
const by = (text: string) => madeUpRelations(text).byRule(ORGAN_MEETING.id);
/** The subjects of made-up text's meetings, by name. */
const subjects = (text: string) =>
  madeUpRelations(text)
    .of('DISCUSSED')
    .map((r) => r.to);

describe('involves.organ-meeting', () => {
  it('reads the body whose organ held a summit nobody in the readout attended', () => {
    const t =
      'Foreign Minister Ana Ruiz of Spain met Foreign Minister Jan Novak of Czechia in Madrid on 3 May. ' +
      'The ministers discussed the conclusions of the Extraordinary Summit of the ECOWAS Authority, held in Abuja last week.';
    expect(by(t).join(' ')).toContain('|Economic Community of West African States');
  }, 60_000);

  it('reads the body after "of" without an article, and an organ named "Double Troika"', () => {
    const t =
      'President Ana Ruiz of Chile received Foreign Minister Jan Novak of Czechia in Santiago on 3 May. ' +
      'They discussed the outcome of the Extraordinary Summit of SADC Double Troika held in Harare in March.';
    expect(by(t).join(' ')).toContain('|Southern African Development Community');
  });

  it("leaves the readout's own meeting and a gathering the readout's people attended alone", () => {
    const own =
      'The Extraordinary Summit of the ECOWAS Authority was held in Abuja on 3 May. President Ana Ruiz of Ghana ' +
      'and President Jan Novak of Senegal attended the Extraordinary Summit.';
    expect(by(own)).toEqual([]);
    const attended =
      'President Ana Ruiz of Ghana met President Jan Novak of Senegal in Abuja on 3 May. Both leaders took part in ' +
      'the Extraordinary Summit of the ECOWAS Authority.';
    expect(by(attended)).toEqual([]);
  });

  it('reads no body without an organ after it, nor a body told as a place or an owner', () => {
    const place =
      'Foreign Minister Ana Ruiz of Spain met Foreign Minister Jan Novak of Czechia in Madrid on 3 May. ' +
      'They recalled the meeting at the headquarters of the African Union in Addis Ababa.';
    expect(by(place)).toEqual([]);
    const owner =
      'Foreign Minister Ana Ruiz of Spain met Foreign Minister Jan Novak of Czechia in Madrid on 3 May. ' +
      "They discussed the summit of the ECOWAS Commission's staff union held in Abuja.";
    expect(by(owner)).toEqual([]);
  });
});

describe('discussed.not-host', () => {
  const opening = 'Foreign Minister Ana Ruiz of Spain met Foreign Minister Jan Novak of Czechia in Madrid on 3 May. ';

  it('reads no subject in a state told as hosting the talks, before or after "hosted"', () => {
    const a = subjects(
      opening + 'The Government of Kenya hosted the talks, and the ministers discussed the situation in Sudan.',
    );
    expect(a).not.toContain('Kenya');
    expect(a).toContain('Sudan');
    const b = subjects(
      opening + 'They discussed the dialogue hosted by the President of Ghana and the situation in Mali.',
    );
    expect(b).not.toContain('Ghana');
    expect(b).toContain('Mali');
  });

  it('reads no subject in a state told as the host of an earlier summit', () => {
    const got = subjects(
      opening + 'They recalled the summit chaired by Senegal, host of the 2022 meeting, and discussed Chad.',
    );
    expect(got).not.toContain('Senegal');
    expect(got).toContain('Chad');
  });

  it('keeps a state whose offer to host is the subject', () => {
    const got = subjects(opening + "They discussed Qatar's offer to host the next round and the situation in Libya.");
    expect(got).toContain('Qatar');
    expect(got).toContain('Libya');
  });
});
