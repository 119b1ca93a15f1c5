// Tests of the ev25 rules (issue 6, bank events-17) on made-up sentences, negatives included: the readout's own meeting
// told with no noun of a meeting (a joint subject of a verb of talking, a video link).
import { describe, expect, it } from 'vitest';

import { EV25_PATTERNS, referredPairMeetings, VISIT_ARRIVED_FOR } from './rules-ev25.ts';
import { eventFacts } from './test-facts.ts';

describe('event.main-pair-verb', () => {
  it('reads the meeting of a joint subject, not the visit that frames it', () => {
    const a = eventFacts(
      "Lima, 3 May 2024. President Ana Ruiz and Prime Minister Tomas Mora reviewed trade and energy ties at the Palacio de Gobierno today, on the second day of the Prime Minister's state visit to Peru.",
    );
    const m = a.names.find((n) => /^Ruiz-Mora meeting/.test(n));
    expect(m).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', m!)).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Tomas Mora', m!)).toBe(true);
    expect(a.names.some((n) => /^Ruiz-Mora visit/.test(n))).toBe(false);
  });

  it('reads "A and B on Monday agreed to" and "A and B exchanged views" as a meeting of the two', () => {
    const a = eventFacts('President Ana Ruiz and Chancellor Tomas Mora on Monday agreed to open a new consulate.');
    expect(a.names.some((n) => /^Ruiz-Mora meeting/.test(n))).toBe(true);
    expect(
      EV25_PATTERNS.pairTalkVerb.test(
        'Foreign Minister Ana Ruiz and Foreign Minister Tomas Mora exchanged views on Syria.',
      ),
    ).toBe(true);
  });

  it('reads no meeting from a list of three, a relative clause or a future', () => {
    expect(EV25_PATTERNS.pairTalkVerb.test('Ministers from Chile, Ana Ruiz and Tomas Mora discussed the plan.')).toBe(
      false,
    );
    expect(
      EV25_PATTERNS.pairTalkVerb.test('President Ana Ruiz and Prime Minister Tomas Mora will discuss trade.'),
    ).toBe(false);
    expect(EV25_PATTERNS.pairTalkVerb.test('the ministers, who discussed trade, left.')).toBe(false);
    expect(
      eventFacts('President Ana Ruiz and Prime Minister Tomas Mora will discuss trade on Friday.').names,
    ).not.toContain('Ruiz-Mora meeting');
  });
});

describe('event.main-video-call', () => {
  it('reads "spoke by video link" as a video call of the two', () => {
    const a = eventFacts('President Ana Ruiz and President Tomas Mora spoke by video link on Tuesday.');
    const c = a.names.find((n) => /^Ruiz-Mora video call/.test(n));
    expect(c).toBeDefined();
    expect(a.has('PARTICIPATED_IN', 'Tomas Mora', c!)).toBe(true);
  });

  it('does not read a video shown or a link without a verb of talking', () => {
    expect(EV25_PATTERNS.videoVerb.test('The President watched a video of the flood.')).toBe(false);
    expect(EV25_PATTERNS.videoVerb.test('The minister spoke about the video link to the island.')).toBe(false);
  });
});

describe('event.main-headline-pair', () => {
  it('names the meeting after the two of a headline whose body names no pair', () => {
    const a = eventFacts(
      '---\ntitle: Prime Minister Ana Ruiz hosts Prime Minister Tomas Mora in Quito\ndate: 2024-05-03\n---\nPrime Minister Ana Ruiz hosts Prime Minister Tomas Mora in Quito\n\nQuito, 3 May 2024. The heads of government agreed today to open a consulate. Prime Minister Mora is the first Chilean head of government to visit Ecuador in 20 years.',
    );
    expect(a.names).toContain('Ruiz-Mora meeting in Quito');
  });

  it('names no meeting from a headline of a meeting to come', () => {
    const a = eventFacts(
      '---\ntitle: Prime Minister Ana Ruiz to meet Prime Minister Tomas Mora in Quito\ndate: 2024-05-03\n---\nPrime Minister Ana Ruiz to meet Prime Minister Tomas Mora in Quito\n\nThe heads of government will discuss trade.',
    );
    expect(a.of('PARTICIPATED_IN')).toEqual([]);
  });
});

describe('event.visit-arrived-for', () => {
  it('reads the visit told by the arrival, named by its kind and place, with the visitor', () => {
    const a = eventFacts('President Ana Ruiz arrived in Quito on 3 May 2024 for a two-day state visit.');
    expect(a.names).toContain('state visit to Quito');
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', 'state visit to Quito')).toBe(true);
  });

  it('reads no visit from an arrival for talks or a visit planned', () => {
    VISIT_ARRIVED_FOR.lastIndex = 0;
    expect(VISIT_ARRIVED_FOR.test('The minister arrived in Quito on Monday for talks on trade.')).toBe(false);
    VISIT_ARRIVED_FOR.lastIndex = 0;
    expect(VISIT_ARRIVED_FOR.test('The minister will travel to Quito for a state visit.')).toBe(false);
    VISIT_ARRIVED_FOR.lastIndex = 0;
  });
});

describe('event.referred-pair-meeting', () => {
  it('reads a past meeting referred to by its two and its place, the two taking part in it alone', () => {
    const a = eventFacts(
      'Foreign Minister Lena Dahl held talks with Foreign Minister Jan Novak in Oslo on 3 May 2024, following up on the meeting of Prime Minister Ana Ruiz and President Tomas Mora in Quito in April.',
    );
    expect(a.names).toContain('Ruiz-Mora meeting in Quito');
    expect(a.has('PARTICIPATED_IN', 'Ana Ruiz', 'Ruiz-Mora meeting in Quito')).toBe(true);
    expect(a.has('PARTICIPATED_IN', 'Lena Dahl', 'Ruiz-Mora meeting in Quito')).toBe(false);
    expect(a.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Ana Ruiz|Dahl'))).toBe(false);
  });

  it('needs two people joined by "and" and a place', () => {
    const ms = [
      { from: 29, to: 37, family: 'Ruiz' },
      { from: 42, to: 52, family: 'Mora' },
    ];
    const t = 'They recalled the meeting of Ana Ruiz and Tomas Mora in Quito.';
    expect(referredPairMeetings(t, 0, ms).map((r) => r.name)).toEqual(['Ruiz-Mora meeting in Quito']);
    expect(referredPairMeetings('They recalled the meeting of Ana Ruiz and Tomas Mora last year.', 0, ms)).toEqual([]);
    expect(referredPairMeetings('They recalled the meeting of Ana Ruiz with Tomas Mora in Quito.', 0, ms)).toEqual([]);
  });
});

describe('event.main-title-not-clause', () => {
  it('does not name the meeting by a headline clause; names it after the two', () => {
    const a = eventFacts(
      '---\ntitle: President Ana Ruiz holds talks with President of Peru Tomas Mora\ndate: 2024-05-03\n---\nPresident Ana Ruiz holds talks with President of Peru Tomas Mora\n\nAs part of her state visit to Peru, the Head of State held talks in narrow format with President Tomas Mora in Lima.',
    );
    expect(a.names.some((n) => /holds talks/.test(n))).toBe(false);
    expect(a.names.some((n) => /^Ruiz-Mora talks/.test(n))).toBe(true);
  });

  it('keeps a title that names the meeting ("Meeting with President X")', () => {
    const a = eventFacts(
      '---\ntitle: Prime Minister Ruiz’s Meeting with President Tomas Mora\ndate: 2024-05-03\n---\nPrime Minister Ruiz’s Meeting with President Tomas Mora\n\nPrime Minister Ana Ruiz met President Tomas Mora in Lima.',
    );
    expect(a.names.some((n) => /Meeting with President Tomas Mora/.test(n))).toBe(true);
  });
});

describe('event.main-signing-body-name', () => {
  it('names the signing by the body’s agreement when the headline only describes it', () => {
    const a = eventFacts(
      '---\ntitle: Peru and Chile sign landmark trade deal\ndate: 2024-05-03\n---\nPeru and Chile sign landmark trade deal\n\nMinister Ana Ruiz and Minister Tomas Mora signed the Peru-Chile Free Trade Agreement in Lima today.',
    );
    expect(a.names).toContain('signing of the Peru-Chile Free Trade Agreement');
    expect(a.names.some((n) => /landmark/.test(n))).toBe(false);
  });
});

describe('event.main-pair-verb, a meeting named in the sentence', () => {
  it('leaves the meeting to the noun the sentence gives it', () => {
    expect(
      EV25_PATTERNS.pairTalkVerb.test(
        'President Ana Ruiz and Prime Minister Tomas Mora reviewed the treaty during their annual consultation in Quito.',
      ),
    ).toBe(false);
  });
});

describe('ev25fix: the ev25 rules narrowed where older rules read the sentence', () => {
  it('reads a reviewing verb as a meeting only when the sentence places the two together', () => {
    expect(
      EV25_PATTERNS.pairTalkVerb.test('President Ana Ruiz and Prime Minister Tomas Mora today reviewed trade.'),
    ).toBe(false);
    expect(
      EV25_PATTERNS.pairTalkVerb.test(
        'President Ana Ruiz and Prime Minister Tomas Mora reviewed trade in Quito today.',
      ),
    ).toBe(true);
  });

  it('reads no meeting from a document discussed', () => {
    expect(
      EV25_PATTERNS.pairTalkVerb.test('President Ana Ruiz and Tomas Mora discussed a fisheries memorandum in Quito.'),
    ).toBe(false);
    expect(EV25_PATTERNS.pairTalkVerb.test('President Ana Ruiz and Tomas Mora discussed on Monday the strike.')).toBe(
      true,
    );
  });

  it('leaves "arrived in City on a state visit" with nothing between to the older rules', () => {
    VISIT_ARRIVED_FOR.lastIndex = 0;
    expect(VISIT_ARRIVED_FOR.test('President Ana Ruiz arrived in Quito on a state visit.')).toBe(false);
    VISIT_ARRIVED_FOR.lastIndex = 0;
    expect(VISIT_ARRIVED_FOR.test('President Ana Ruiz arrived in Quito on 3 May on a state visit.')).toBe(true);
    VISIT_ARRIVED_FOR.lastIndex = 0;
  });

  it('keeps a title-case headline as the name ("X Holds Talks with Y")', () => {
    const a = eventFacts(
      '---\ntitle: Ana Ruiz Holds Talks with President Tomas Mora\ndate: 2024-05-03\n---\nAna Ruiz Holds Talks with President Tomas Mora\n\nOn 3 May, Ana Ruiz held talks with President Tomas Mora in Lima.',
    );
    expect(a.names.some((n) => /Holds Talks/.test(n))).toBe(true);
  });
});
