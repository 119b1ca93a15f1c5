// The fl22b round's tests (issue 6): constructions shown by three first-look samples in new styles (a state house's
// release on a visiting foreign secretary, a foreign ministry's release on a regional mediation, a foreign ministry's
// page on a protocol signed under a treaty), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  AGREEMENT_TITLE_COMMA_SERIES,
  behalfOfGovernmentBy,
  designatingBody,
  EVENT_VISITING_MISSION,
  namedAsFoundingFrame,
  NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY,
  NEGOTIATES_FOR_PRINCIPAL_NOT_FORMER,
  OFFICE_DESIGNATED_BY_BODY,
  OFFICE_NOT_STACKED_AFTER_AS,
  PARTICIPATED_NOT_PAST_SIGNATORIES,
  pastSignatoryAt,
  REACHED_AT_NOT_FOUNDING_TREATY,
  roleAfterAs,
  visitingMissions,
} from './rules-fl22b.ts';
import { agreementNames, eventFacts, extractFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(NEGOTIATES_FOR_PRINCIPAL_NOT_FORMER.id, () => {
  it('finds the current holder of "the President" when a predecessor is recalled as "then President"', () => {
    const { negotiates } = roleFacts(
      'President Alain Morel of Mauritius received Foreign Minister Ravi Nair of India. The new text was negotiated by a team headed by Mr Paul Dorin, who conducted the talks on behalf of the President. It replaces the accord of 2015, which was signed in the presence of then President Jean Rey.',
    );
    expect(negotiates).toContain('NEGOTIATES_FOR|Paul Dorin|Alain Morel');
    expect(negotiates).not.toContain('NEGOTIATES_FOR|Paul Dorin|Jean Rey');
  });

  it('gives none when two current holders of the title are named', () => {
    const { negotiates } = roleFacts(
      'President Alain Morel of Mauritius met President Jean Rey of Mauritius. Mr Paul Dorin conducted the talks on behalf of the President.',
    );
    expect(negotiates.filter((r) => r.endsWith('|Alain Morel') || r.endsWith('|Jean Rey'))).toEqual([]);
  });
});

describe(PARTICIPATED_NOT_PAST_SIGNATORIES.id, () => {
  const s = 'under the Treaty, which was signed in Riga on 3 May 2017 by Prime Ministers Anna Berg and Lars Holm.';
  it('reads the people after "by" of a signing dated to another year', () => {
    expect(pastSignatoryAt(s, s.indexOf('Anna'), 2022)).toBe(true);
    expect(pastSignatoryAt(s, s.indexOf('Lars'), 2022)).toBe(true);
    const after = 'the Accord signed by Anna Berg and Lars Holm in 2015.';
    expect(pastSignatoryAt(after, after.indexOf('Anna'), 2022)).toBe(true);
  });

  it("leaves a signing of the readout's year, an undated one, and people before the signing", () => {
    expect(pastSignatoryAt(s, s.indexOf('Anna'), 2017)).toBe(false);
    const today = 'The Protocol was signed today in Riga by Anna Berg and Lars Holm.';
    expect(pastSignatoryAt(today, today.indexOf('Anna'), 2022)).toBe(false);
    const before = 'Anna Berg recalled the Treaty signed in 2017 by the two governments.';
    expect(pastSignatoryAt(before, 0, 2022)).toBe(false);
  });

  it("keeps the earlier treaty's signatories out of the readout's signing", () => {
    const f = eventFacts(
      'Berg and Tamm sign in Riga the Protocol on Border Crossings\n\nMinister of Foreign Affairs of Latvia Anna Berg and Minister of Foreign Affairs of Estonia Karl Tamm today signed in Riga the Protocol on Border Crossings. The Protocol implements the Treaty on the State Border, which was signed in Tallinn on 3 May 2007 by Prime Ministers Aigars Kalns and Andrus Ruut.',
      '2022-07-17',
    );
    const signing = f.of('PARTICIPATED_IN').filter((r) => r.includes('|Anna Berg|'));
    expect(signing.length).toBeGreaterThan(0);
    expect(f.of('PARTICIPATED_IN').filter((r) => r.includes('|Aigars Kalns|') || r.includes('|Andrus Ruut|'))).toEqual(
      [],
    );
  });
});

describe(REACHED_AT_NOT_FOUNDING_TREATY.id, () => {
  it('reads an agreement named as what a body was set up under', () => {
    const t = 'the Protocol of the Joint Commission established under the Treaty of Friendship';
    expect(namedAsFoundingFrame(t, t.indexOf('Treaty'))).toBe(true);
    const u = 'the council set up under Article 12 of the Agreement on Cooperation';
    expect(namedAsFoundingFrame(u, u.indexOf('Agreement'))).toBe(true);
  });

  it('leaves an agreement signed or named otherwise', () => {
    const t = 'The ministers signed the Treaty of Friendship today.';
    expect(namedAsFoundingFrame(t, t.indexOf('Treaty'))).toBe(false);
    const u = 'They agreed under the Treaty of Friendship to meet yearly.';
    expect(namedAsFoundingFrame(u, u.indexOf('Treaty'))).toBe(false);
  });

  it("keeps the founding treaty from being reached at the readout's signing", () => {
    const { rels } = extractFacts(
      'Berg and Tamm sign in Riga the Protocol of the Third Session of the Joint Commission\n\nMinister of Foreign Affairs of Latvia Anna Berg and Minister of Foreign Affairs of Estonia Karl Tamm today signed in Riga the Protocol of the Third Session of the Joint Commission established under the Treaty on Good Neighbourliness.',
      { file: 'made-up.txt', date: '2022-07-17' },
    );
    const reached = [...rels].filter((r) => r.startsWith('REACHED_AT|'));
    expect(reached.some((r) => r.startsWith('REACHED_AT|Protocol'))).toBe(true);
    expect(reached.filter((r) => r.startsWith('REACHED_AT|Treaty'))).toEqual([]);
  });
});

describe(NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.id, () => {
  it('finds the agent after a passive of leading talks "on behalf of the Government by"', () => {
    const t =
      'The talks on the framework were led on behalf of the Government by the Minister of Finance, Kofi Mensah.';
    expect(behalfOfGovernmentBy(t)).toEqual([t.indexOf('the Minister of Finance')]);
    expect(behalfOfGovernmentBy('Mr X spoke on behalf of the Government at the opening.')).toEqual([]);
    expect(behalfOfGovernmentBy('The talks were led on behalf of the Government of Ghana by Mr X.')).toEqual([]);
  });

  it("gives the agent his own office's state, and nothing to an active speaker", () => {
    const f = roleFacts(
      'The consultations on the new framework were led on behalf of the Government by the Minister of Finance of Ghana, Kofi Mensah, in coordination with the Ministry.',
    );
    expect(f.by(NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.id)).toEqual(['NEGOTIATES_FOR|Kofi Mensah|Ghana']);
    const g = roleFacts('The Minister of Finance of Ghana, Kofi Mensah, spoke on behalf of the Government.');
    expect(g.by(NEGOTIATES_FOR_BEHALF_OF_GOVERNMENT_BY.id)).toEqual([]);
  });
});

describe(EVENT_VISITING_MISSION.id, () => {
  it('reads a mission told as visiting, meeting or travelling', () => {
    expect(visitingMissions('It began with the mission of Heads of State that visited Lomé on 3 May.')).toEqual([
      { surface: 'mission of Heads of State', start: 18 },
    ]);
    expect(visitingMissions('A second mission, led by the Mediator, met the President in Lomé.')[0]?.surface).toBe(
      'second mission',
    );
    expect(visitingMissions('They sent a joint ministerial mission to Khartoum in June.')[0]?.surface).toBe(
      'joint ministerial mission',
    );
  });

  it('leaves a named mission, missions in the plural, a post and a mandate', () => {
    expect(visitingMissions('The ECOWAS Mission in Mali, which visited Gao, reported.')).toEqual([]);
    expect(visitingMissions('He thanked the diplomatic missions that visited the camps.')).toEqual([]);
    expect(visitingMissions('She heads the mission to Haiti.')).toEqual([]);
    expect(visitingMissions('The mission of the Envoy is to facilitate the dialogue.')).toEqual([]);
  });

  it('gives the mission its leader and members rather than the readout meeting', () => {
    const f = eventFacts(
      'President Kofi Mensah of Ghana received President Yao Agbo of Togo in Accra today. The talks were preceded by the mission of Heads of State that visited Lomé on 3 March, led by President Ama Owusu of Liberia, with President Ali Sow of Senegal.',
    );
    expect(f.names).toContain('mission of Heads of State');
    expect(f.has('PARTICIPATED_IN', 'Ama Owusu', 'mission of Heads of State')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ali Sow', 'mission of Heads of State')).toBe(true);
  });
});

describe(`${OFFICE_NOT_STACKED_AFTER_AS.id} and ${OFFICE_DESIGNATED_BY_BODY.id}`, () => {
  it('reads a title after "as", and the body before the verb that gave it', () => {
    const t = 'designated President A as Mediator and President B as Co-Chair';
    expect(roleAfterAs(t, t.indexOf('Mediator'))).toBe(true);
    expect(roleAfterAs(t, t.indexOf('President B'))).toBe(false);
    const s = 'The Summit of the African Union designated President Kofi Mensah';
    expect(designatingBody(s, 0, [{ name: 'African Union', start: s.indexOf('African') }])).toBe('African Union');
    expect(designatingBody('The President appointed Ama Owusu', 0, [])).toBeUndefined();
    expect(
      designatingBody('The African Union welcomed President Kofi Mensah', 0, [{ name: 'African Union', start: 4 }]),
    ).toBeUndefined();
  });

  it("gives the designated mediator the body's office, and the second person none of it", () => {
    const { rels } = extractFacts(
      'The Assembly of the African Union, meeting in Addis Ababa, designated President Kofi Mensah of Ghana as Mediator and President Yao Agbo of Togo as his deputy.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect(rels.has('HOLDS_OFFICE|Kofi Mensah|Mediator of the African Union')).toBe(true);
    expect([...rels].filter((r) => r.startsWith('HOLDS_OFFICE|Yao Agbo|Mediator'))).toEqual([]);
    expect(rels.has('HOLDS_OFFICE|Kofi Mensah|Mediator of Ghana')).toBe(false);
  });

  it('keeps a minister appointed by a president the state official he was', () => {
    const { rels } = extractFacts('President Kofi Mensah of Ghana appointed Dr Ama Owusu as Minister of Finance.', {
      file: 'made-up.txt',
      date: '2024-05-03',
    });
    expect(rels.has('HOLDS_OFFICE|Ama Owusu|Minister of Finance of Ghana')).toBe(true);
  });
});

describe(AGREEMENT_TITLE_COMMA_SERIES.id, () => {
  it('reads a comma series of capitalised nouns closed by "and" inside a formal title', () => {
    expect(
      agreementNames(
        'The ministers signed the Agreement on the Development, Management and Maintenance of Port Facilities on Rodrigues Island.',
      ),
    ).toContain('Agreement on the Development, Management and Maintenance of Port Facilities on Rodrigues Island');
  });

  it('stops at a comma that opens no such series', () => {
    const names = agreementNames(
      'The ministers recalled the Agreement on Trade, which was signed in 2010, and other texts.',
    );
    expect(names).toContain('Agreement on Trade');
    expect(names.some((n) => n.includes(','))).toBe(false);
  });
});
