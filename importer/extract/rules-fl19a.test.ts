// The fl19a round's tests (issue 6): constructions shown by three first-look samples in new styles, each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  EVENT_SESSION_TOLD_AT,
  EVENT_SPELLED_ORDINAL_SESSION,
  OFFICE_RANK_AFTER_TITLE,
  PARTICIPATED_CHAIRED_WITH,
  PARTICIPATED_HOST_DELEGATION,
  PARTICIPATED_JOINED_THEM_LIST,
  PARTICIPATED_SESSION_TOLD_AT,
  PARTICIPATED_VISIT_POSSESSIVE,
  REACHED_AT_END_OF_TALKS,
  actingPersons,
  chairedWithFrom,
  endOfTalksNoun,
  joinedThemListFrom,
  possessiveVisitor,
  rankAfterTitle,
  sessionsToldAt,
} from './rules-fl19a.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

/** The spans of the given names in `s`, in order. */
const spansOf = (s: string, names: string[]) =>
  names.map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length }));

describe(EVENT_SPELLED_ORDINAL_SESSION.id, () => {
  it('reads a session of a body numbered in words as an event, the body as its organisation', () => {
    const f = eventFacts(
      'On 3 May, the Minister of Foreign Affairs of Malta, Ana Vella, chaired the twenty-first meeting of the ' +
        'Joint Economic Commission in Valletta.\n\nAt the closing session, the ministers adopted a work plan.',
    );
    expect(f.names).toContain('twenty-first meeting of the Joint Economic Commission');
    expect(f.has('PARTICIPATED_IN', 'Ana Vella', 'twenty-first meeting of the Joint Economic Commission')).toBe(true);
    expect(f.has('PART_OF', 'closing session', 'twenty-first meeting of the Joint Economic Commission')).toBe(true);
  });
  it('does not read an ordinal in words before something that is no session of a body', () => {
    const f = eventFacts('On 3 May, Ana Vella marked the eighteenth anniversary of the Joint Economic Commission.');
    expect(f.names.filter((n) => /eighteenth/.test(n))).toEqual([]);
    expect(new RegExp(`^${EVENT_SPELLED_ORDINAL_SESSION.source}$`).test('eighteenth')).toBe(true);
    expect(new RegExp(`^${EVENT_SPELLED_ORDINAL_SESSION.source}$`).test('twenty-third')).toBe(true);
    expect(new RegExp(`^${EVENT_SPELLED_ORDINAL_SESSION.source}$`).test('twenty')).toBe(false);
  });
});

describe(EVENT_SESSION_TOLD_AT.id, () => {
  it('reads a qualified session told as the occasion of its sentence', () => {
    expect(
      sessionsToldAt('At the opening plenary session the Chair presented the report.').map((s) => s.surface),
    ).toEqual(['opening plenary session']);
    expect(sessionsToldAt('In the working session the leaders reviewed trade.').map((s) => s.surface)).toEqual([
      'working session',
    ]);
    expect(
      sessionsToldAt('The summit was preceded by an informal dinner of the members of the Council.').map(
        (s) => s.surface,
      ),
    ).toEqual(['informal dinner']);
  });
  it('reads neither a bare head, nor an indefinite session told in passing, nor a session of a named body', () => {
    expect(sessionsToldAt('They spoke at the session and later at dinner.')).toEqual([]);
    expect(sessionsToldAt('The negotiators launched the round at a plenary session on Monday.')).toEqual([]);
    expect(sessionsToldAt('He spoke at the plenary session of the General Assembly.')).toEqual([]);
  });
  it('joins the session to the gathering of the readout', () => {
    const f = eventFacts(
      'On 3 May, the Minister of Foreign Affairs of Malta, Ana Vella, chaired the twelfth meeting of the Joint ' +
        'Council in Valletta.\n\nIn the working session the ministers reviewed the energy plan.',
    );
    expect(f.has('PART_OF', 'working session', 'twelfth meeting of the Joint Council')).toBe(true);
  });
});

describe(PARTICIPATED_SESSION_TOLD_AT.id, () => {
  it('finds the people acting in the sentence, and those joined to them by "and"', () => {
    const s =
      'At the opening session the Chair presented the report, and the Secretary General, Ivo Marn, addressed the ' +
      'ministers.';
    expect(actingPersons(s, spansOf(s, ['Ivo Marn']))).toEqual([true]);
    const t =
      'Ana Vella and the Minister of Foreign Affairs of Bexia, Ivo Marn, were among the speakers in the debate.';
    expect(actingPersons(t, spansOf(t, ['Ana Vella', 'Ivo Marn']))).toEqual([true, true]);
  });
  it('does not take a person told as a topic', () => {
    const s = 'At the working lunch the ministers discussed the visit of President Ivo Marn to the region.';
    expect(actingPersons(s, spansOf(s, ['Ivo Marn']))).toEqual([false]);
  });
  it('gives the acting people the session and the gathering', () => {
    const f = eventFacts(
      'On 3 May, the Minister of Foreign Affairs of Malta, Ana Vella, chaired the twelfth meeting of the Joint ' +
        'Council in Valletta.\n\nAt the opening plenary session the Secretary General of the Council, Ivo Marn, ' +
        'addressed the ministers.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ivo Marn', 'opening plenary session')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ivo Marn', 'twelfth meeting of the Joint Council')).toBe(true);
  });
});

describe(PARTICIPATED_JOINED_THEM_LIST.id, () => {
  it('finds the list after a group joined them', () => {
    const s = 'On Friday the leaders of the partner states joined them: the President of Bexia, Ivo Marn.';
    expect(joinedThemListFrom(s)).toBe(s.indexOf('the President'));
  });
  it('reads no list mark, and no single person who joined', () => {
    expect(joinedThemListFrom('The ministers joined the call launched by President Ivo Marn.')).toBeUndefined();
    expect(joinedThemListFrom('President Ivo Marn joined them: it was his first summit.')).toBeUndefined();
  });
  it('gives the readout gathering the people listed', () => {
    const f = eventFacts(
      'On 3 May, the Prime Minister of Malta, Ana Vella, took part in the Mediterranean Summit in Valletta.\n\n' +
        'The leaders discussed energy.\n\nIn the afternoon the leaders of the partner states joined them: the ' +
        'President of Tunisia, Karim Ben Ali, and the Prime Minister of Albania, Edi Dervishi.',
    );
    expect(f.has('PARTICIPATED_IN', 'Karim Ben Ali', 'Mediterranean Summit')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Edi Dervishi', 'Mediterranean Summit')).toBe(true);
  });
});

describe(PARTICIPATED_CHAIRED_WITH.id, () => {
  it('finds the people beside the chair of the gathering', () => {
    const s =
      'The summit was chaired by the President of the Council, Ana Vella, with the President of the Commission, Ivo Marn.';
    expect(chairedWithFrom(s)).toBe(s.indexOf('the President of the Commission'));
  });
  it('reads no "with" outside a passive of chairing the gathering', () => {
    expect(chairedWithFrom('Ana Vella met the President, Ivo Marn, with the ministers.')).toBeUndefined();
    expect(chairedWithFrom('The President, chaired by no one, met Ivo Marn, with whom he spoke.')).toBeUndefined();
  });
});

describe(PARTICIPATED_VISIT_POSSESSIVE.id, () => {
  it('gives a possessive visit to the guest of a verb of welcoming', () => {
    const s = 'President Ana Vella welcomed President Ivo Marn at the Palace during her State Visit to Malta.';
    expect(possessiveVisitor(s, spansOf(s, ['Ana Vella', 'Ivo Marn']))).toBe(1);
  });
  it("gives it to the sentence's first person otherwise, and to no one without a possessive visit", () => {
    const s = 'Ana Vella, during her official visit to Bexia, met President Ivo Marn.';
    expect(possessiveVisitor(s, spansOf(s, ['Ana Vella', 'Ivo Marn']))).toBe(0);
    const w = 'Ana Vella recalled the plan that Minister Ivo Marn set out during his visit to Bexia.';
    expect(possessiveVisitor(w, spansOf(w, ['Ana Vella', 'Ivo Marn']))).toBe(1);
    const m = 'Minister Ana Vella met today with the Minister of Bexia, Ivo Marn, during her visit to Bexia.';
    expect(possessiveVisitor(m, spansOf(m, ['Ana Vella', 'Ivo Marn']))).toBe(0);
    const t = 'President Ana Vella welcomed President Ivo Marn at the Palace.';
    expect(possessiveVisitor(t, spansOf(t, ['Ana Vella', 'Ivo Marn']))).toBe(-1);
  });
});

describe(PARTICIPATED_HOST_DELEGATION.id, () => {
  const text = (side: string) =>
    'STATE VISIT OF THE PRESIDENT OF BEXIA TO MALTA\n\nHis Excellency the President of Malta, Dr Ana Vella, today ' +
    'welcomed the President of Bexia, Her Excellency Dr Iva Marn, at the Palace in Valletta during her State Visit ' +
    'to Malta from 2 to 4 May.\n\nThe two Presidents first held a tête-à-tête, followed by official talks between ' +
    `the two delegations. The ${side} delegation included the Minister of Finance, Karl Borg.`;
  const inVisit = (f: ReturnType<typeof eventFacts>) =>
    f.of('PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Karl Borg\|.*VISIT/i.test(r));
  it("does not put the host's delegation in the visit, only in the talks", () => {
    const f = eventFacts(text('Maltese'));
    expect(inVisit(f)).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Karl Borg', 'official talks between the two delegations')).toBe(true);
  });
  it("still puts the visitor's delegation in the visit", () => {
    expect(inVisit(eventFacts(text('Bexian')))).toBe(true);
  });
});

describe(REACHED_AT_END_OF_TALKS.id, () => {
  it('reads a signing told at the close of the talks', () => {
    expect(endOfTalksNoun('At the end of the talks the two Presidents witnessed the signing of a treaty.')).toBe(
      'talks',
    );
    expect(endOfTalksNoun('Following their meeting, the ministers signed a memorandum.')).toBe('meeting');
  });
  it('reads no sentence without a signing, nor talks told elsewhere in it', () => {
    expect(endOfTalksNoun('At the end of the talks the two Presidents addressed the press.')).toBeUndefined();
    expect(endOfTalksNoun('The ministers signed a memorandum after the talks.')).toBeUndefined();
  });
  it('gives the agreements the talks, not the visit that frames them', () => {
    const f = eventFacts(
      'STATE VISIT OF THE PRESIDENT OF BEXIA TO MALTA\n\nHis Excellency the President of Malta, Dr Ana Vella, today ' +
        'welcomed the President of Bexia, Her Excellency Dr Iva Marn, at the Palace in Valletta during her State Visit ' +
        'to Malta.\n\nThe two Presidents first held a tête-à-tête, followed by official talks between the two ' +
        'delegations. At the end of the talks the two Heads of State witnessed the signing of a Memorandum of ' +
        'Understanding on Cooperation in Tourism.',
    );
    const mou = 'Memorandum of Understanding on Cooperation in Tourism';
    expect(f.has('REACHED_AT', mou, 'official talks between the two delegations')).toBe(true);
    expect(f.of('REACHED_AT').filter((r) => /VISIT/i.test(r))).toEqual([]);
  });
  it("leaves the signing to the readout's own talks when they are its event", () => {
    const f = eventFacts(
      'On 3 May, President Ana Vella held talks with President Ivo Marn of Bexia in Valletta. The leaders first met ' +
        'one-on-one and then held delegation-level talks. Following the talks, the two sides exchanged a Memorandum ' +
        'of Understanding on Cooperation in Tourism.',
    );
    const mou = 'Memorandum of Understanding on Cooperation in Tourism';
    expect(f.of('REACHED_AT').filter((r) => r.startsWith(`REACHED_AT|${mou}|delegation-level`))).toEqual([]);
  });
});

describe(OFFICE_RANK_AFTER_TITLE.id, () => {
  it('reads "Ambassador" after a title in apposition as a rank', () => {
    const s = 'The Special Representative of the Chair for Protracted Conflicts, Ambassador Ivo Marn, spoke.';
    expect(rankAfterTitle(s, 'Ambassador', s.indexOf('Ambassador'))).toBe(true);
    const t = 'the Co-Chairs of the Contact Group, Ambassadors Ivo Marn of Bexia and Ana Vella of Malta, met';
    expect(rankAfterTitle(t, 'Ambassadors', t.indexOf('Ambassadors'))).toBe(true);
  });
  it('leaves an ambassador named with no title before, or after an ambassador title, and other titles', () => {
    const s = 'On Monday, Ambassador Ivo Marn met the minister.';
    expect(rankAfterTitle(s, 'Ambassador', s.indexOf('Ambassador'))).toBe(false);
    const t = 'the Ambassador of Bexia to Malta, Ambassador Ivo Marn, said';
    expect(rankAfterTitle(t, 'Ambassador', t.lastIndexOf('Ambassador'))).toBe(false);
    const u = 'The Special Representative of the Chair, Minister Ivo Marn, spoke.';
    expect(rankAfterTitle(u, 'Minister', u.indexOf('Minister Ivo'))).toBe(false);
  });
  it('gives no ambassador office to the co-chairs listed after their plural title', () => {
    const f = extractFacts(
      'On 3 May, the Co-Chairs of the Contact Group, Ambassadors Ivo Marn of Austria and Ana Vella of Malta, met ' +
        'the Minister of Foreign Affairs of Serbia, Petar Ilic, in Vienna.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect([...f.rels].filter((r) => /^HOLDS_OFFICE\|(?:Ivo Marn|Ana Vella)\|Ambassador/.test(r))).toEqual([]);
    expect(f.rels.has('HOLDS_OFFICE|Petar Ilic|Minister of Foreign Affairs of Serbia')).toBe(true);
  });
});
