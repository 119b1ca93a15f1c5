// Tests of the ev23 rules (issue 6, bank events-15) on made-up sentences, negatives included: gatherings named in lower
// case, participants listed after a cue in a following sentence, a meeting told at the close of a gathering or inside one
// attended, "their first meeting", "met … in the margins of".
import { describe, expect, it } from 'vitest';

import { EV23_PATTERNS } from './rules-ev23.ts';
import { EV23_REL_PATTERNS } from './rules-ev23-rel.ts';
import { eventFacts } from './test-facts.ts';

describe('event.lower-case-gathering', () => {
  it("reads a body's lower-case ministers' meeting and leaders' summit", () => {
    const a = eventFacts(
      "The Nordic Five foreign ministers' meeting opened in Oslo on 2 May 2024, chaired by Minister Kari Holm.",
    );
    expect(a.names).toContain("Nordic Five foreign ministers' meeting");
    expect(a.has('PARTICIPATED_IN', 'Kari Holm', "Nordic Five foreign ministers' meeting")).toBe(true);
    const b = eventFacts('The Baltic Sea States leaders’ summit took place in Riga on 3 May 2024.');
    expect(b.names).toContain('Baltic Sea States leaders’ summit');
  });

  it('reads "the meeting of <body> foreign ministers" and "A meeting of the <format> was held"', () => {
    const a = eventFacts(
      'Minister Jan Novak travelled to Brussels on 3 May 2024 for the meeting of NATO foreign ministers.',
    );
    expect(a.names).toContain('meeting of NATO foreign ministers');
    const b = eventFacts('A meeting of the Lublin Triangle was held in Vilnius on 3 May 2024.');
    expect(b.names).toContain('meeting of the Lublin Triangle');
  });

  it('reads a summit of two capitalised words only when told as attended or as a frame', () => {
    const a = eventFacts(
      'Prime Minister Ana Ruiz attended the Southern Ocean Partnership summit in Hobart on 3 May 2024.',
    );
    expect(a.names).toContain('Southern Ocean Partnership summit in Hobart');
    const b = eventFacts('Prime Minister Ana Ruiz said the Southern Ocean Partnership summit would be useful.');
    expect(b.names.some((n) => /Southern Ocean Partnership summit/.test(n))).toBe(false);
  });

  it('reads no gathering from a sentence opening alone', () => {
    expect(eventFacts("The leaders' meeting was cordial, officials said on 3 May 2024.").names).toEqual([]);
  });
});

describe('participated.listed-after-cue', () => {
  it('gives the readout\'s event those listed after "Among those attending:" and "brought together …:"', () => {
    const a = eventFacts(
      'The Arctic Partners Summit took place in Tromsø on 3 May 2024. ' +
        'Among those attending: Prime Minister Ola Berg (host), President Lena Dahl and Prime Minister Piet Smit.',
    );
    for (const p of ['Ola Berg', 'Lena Dahl', 'Piet Smit'])
      expect(a.has('PARTICIPATED_IN', p, 'Arctic Partners Summit')).toBe(true);
    const b = eventFacts(
      'The third Andes-Pacific Summit was held in Quito on 3 May 2024. ' +
        'It brought together four heads of state: Rosa Vega, Tomas Mora, Ines Soto and Jorge Lima.',
    );
    for (const p of ['Rosa Vega', 'Tomas Mora', 'Ines Soto', 'Jorge Lima'])
      expect(b.has('PARTICIPATED_IN', p, 'Andes-Pacific Summit')).toBe(true);
  });

  it('reads "Also present at the talks were" and "were among the guests"', () => {
    const a = eventFacts(
      'Chancellor Karl Hoff received President Ana Ruiz in Vienna on 3 May 2024. ' +
        'Also present at the talks were Foreign Minister Eva Lind and Defence Minister Max Roth.',
    );
    expect(a.of('PARTICIPATED_IN').filter((r) => /Eva Lind|Max Roth/.test(r))).toHaveLength(2);
    expect(EV23_PATTERNS.attendingCue.test('Prime Minister A and President B were among the guests.')).toBe(true);
    expect(EV23_PATTERNS.attendingCue.test('Guests at the opening ceremony included A and B.')).toBe(true);
  });

  it('does not read a topic list or those brought together by a verb without a list', () => {
    expect(EV23_PATTERNS.attendingCue.test('The ministers discussed the following topics: trade and energy.')).toBe(
      false,
    );
    expect(EV23_PATTERNS.attendingCue.test('The forum brought together business leaders from both countries.')).toBe(
      false,
    );
    expect(EV23_PATTERNS.attendingCue.test('The guests at the dinner praised the host.')).toBe(false);
  });
});

describe('part-of.close-or-attended-frame and event.main-not-frame (ev23)', () => {
  it('makes a meeting at the close of a summit part of it, named as a meeting', () => {
    const a = eventFacts(
      'At the close of the Southern Ocean Partnership summit in Riga on 3 May 2024, President Ana Ruiz met Prime Minister Ola Berg.',
    );
    expect(a.names).toContain('Ruiz-Berg meeting in Riga');
    expect(a.has('PART_OF', 'Ruiz-Berg meeting in Riga', 'Southern Ocean Partnership summit in Riga')).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Ola Berg', 'Southern Ocean Partnership summit in Riga')).toBe(true);
  });

  it('makes a meeting held "there" inside an attended summit part of it', () => {
    const a = eventFacts(
      'President Ana Ruiz attended the Southern Ocean Partnership summit in Hobart on 3 May 2024 and met Prime Minister Ola Berg there.',
    );
    expect(a.has('PART_OF', 'Ruiz-Berg meeting in Hobart', 'Southern Ocean Partnership summit in Hobart')).toBe(true);
  });

  it("keeps apart a meeting on the eve of a summit and names it by its own noun, not a topic's", () => {
    const a = eventFacts(
      "President Ana Ruiz hosted Prime Minister Ola Berg in Lima on 3 May 2024, on the eve of Sunday's summit on trade.",
    );
    expect(a.names.some((n) => /^Ruiz-Berg summit/.test(n))).toBe(false);
    expect(a.of('PART_OF')).toEqual([]);
    const b = eventFacts(
      'President Ana Ruiz met Prime Minister Ola Berg in Lima on 3 May 2024 to discuss the accession talks.',
    );
    expect(b.names).toContain('Ruiz-Berg meeting in Lima');
  });

  it('does not join a meeting to a summit attended without "there"', () => {
    expect(EV23_REL_PATTERNS.metThere.test(' in Hobart and met Prime Minister B there.')).toBe(true);
    expect(EV23_REL_PATTERNS.metThere.test(' in Hobart, and later flew to Sydney, where she met B.')).toBe(false);
    expect(EV23_REL_PATTERNS.closeOf.test('At the close of the ')).toBe(true);
    expect(EV23_REL_PATTERNS.closeOf.test('After the ')).toBe(false);
    expect(EV23_REL_PATTERNS.closeOf.test('On the conclusion of the ')).toBe(true);
    expect(EV23_REL_PATTERNS.closeOf.test('met the elders to brief them on the conclusion of the ')).toBe(false);
  });
});

describe('event.told-their-first and event.told-met-framed (told-meetings.ts)', () => {
  it('reads "held their first bilateral meeting" on the sidelines of a summit told before', () => {
    const a = eventFacts(
      'The 9th Andes Summit was held in Quito on 2–3 May 2024. ' +
        'On the sidelines of the summit, President Ana Ruiz and President Tomas Mora held their first bilateral meeting in five years.',
    );
    expect(a.names).toContain('Ruiz-Mora meeting');
    expect(a.has('PARTICIPATED_IN', 'Tomas Mora', 'Ruiz-Mora meeting')).toBe(true);
  });

  it('reads "A met B in the margins of" in a later sentence, not "met" without a frame', () => {
    const a = eventFacts(
      'Chancellor Karl Hoff spoke at the Baltic Security Forum on 3 May 2024. ' +
        'Hoff met President Ana Ruiz in the margins of the conference.',
    );
    expect(a.names).toContain('Hoff-Ruiz meeting');
    const b = eventFacts(
      'Chancellor Karl Hoff spoke at the Baltic Security Forum on 3 May 2024. Hoff later thanked President Ana Ruiz, whom he had met in 2019.',
    );
    expect(b.names.some((n) => /Hoff-Ruiz/.test(n))).toBe(false);
  });
});
