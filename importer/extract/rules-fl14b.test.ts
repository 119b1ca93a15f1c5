// The fl14b round's tests (issue 6): constructions shown by three first-look samples in new styles (a South Asian
// foreign ministry's press release, a Pacific prime minister's media release, a regional organisation's web page),
// each rule on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  approvedListSpans,
  FL14B_PATTERNS,
  heldPassive,
  isCityName,
  onHisBehalfSpans,
  ordinalHeadOfBody,
  quotedMeetings,
} from './rules-fl14b.ts';
import { extractFacts } from './test-facts.ts';

/** A plain-text readout with front matter whose title line is its headline. */
const readout = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2024-05-03\n---\n${title}\n\n${body}\n`;
const facts = (text: string) => extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }, true);
const eventNames = (text: string) =>
  facts(text)
    .out.entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe('event.main-held-passive', () => {
  it('reads an opening whose subject is a meeting told as held', () => {
    const t = 'On 3 May 2024, the meeting of the Council of Ministers of the Union was held in Riga under the chair.';
    const at = t.indexOf('meeting');
    const end = t.indexOf(' was held');
    expect(heldPassive(t, 0, at, end)).toBe(true);
    const u = 'The Fifth Joint Commission took place in Lima.';
    expect(heldPassive(u, 0, 4, u.indexOf(' took'))).toBe(true);
  });

  it('does not read a meeting that is not the subject, or not told as held', () => {
    const t = 'The ministers prepared the meeting of the Council, which was held in Riga.';
    expect(heldPassive(t, 0, t.indexOf('meeting'), t.indexOf(', which'))).toBe(false);
    const u = 'The meeting of the Council was postponed.';
    expect(heldPassive(u, 0, 4, u.indexOf(' was'))).toBe(false);
  });

  it('makes the held meeting, not a pair of its attendants, the readout’s event under a generic headline', () => {
    const t = readout(
      'Meeting of the Council of Presidents of the Andean Community held in Quito',
      'On 3 May 2024, the meeting of the Council of Presidents of the Andean Community was held in Quito. ' +
        'The meeting was attended by President of the Republic of Peru Ana Quispe and President of the ' +
        'Plurinational State of Bolivia Mario Choque. Following the meeting, the presidents signed the Quito Declaration.',
    );
    const f = facts(t);
    const names = eventNames(t);
    expect(names.some((n) => /Quispe|Choque/.test(n))).toBe(false);
    const meeting = names.find((n) => /^meeting of the Council of Presidents/i.test(n));
    expect(meeting).toBeDefined();
    expect(f.rels.has(`PARTICIPATED_IN|Ana Quispe|${meeting}`)).toBe(true);
    expect(f.rels.has(`REACHED_AT|Quito Declaration|${meeting}`)).toBe(true);
  });
});

describe('participated.delegation-composition', () => {
  const re = FL14B_PATTERNS.delegationComposition;
  it('reads a sentence whose subject is a delegation listing its members', () => {
    expect(re.test('The Chilean delegation comprised Deputy Minister Ana Soto and senior officials.')).toBe(true);
    expect(re.test('The delegation of Chile included Ambassador Pedro Rojas.')).toBe(true);
    expect(re.test('Their delegations consisted of the trade ministers.')).toBe(true);
  });

  it('does not read a delegation that is not the subject, or a verb that lists nothing', () => {
    expect(re.test('The minister received a delegation that included Senator Ana Soto.')).toBe(false);
    expect(re.test('The Chilean delegation arrived in Lima on Monday.')).toBe(false);
  });

  it('gives the members to the readout’s meeting though a sentence on the visit stands between', () => {
    const t =
      'Minister for Foreign Affairs of Peru Luis Vega and Minister of Foreign Affairs of Chile Marta Lagos co-chaired ' +
      'the Fourth Meeting of the Peru-Chile Joint Commission in Lima today. The Minister of Chile is on an official ' +
      'visit to Peru on 3 and 4 May 2024.\n\nThe Peruvian delegation comprised Vice Minister Rosa Quispe and ' +
      'Ambassador Jorge Salas. The Chilean delegation included Deputy Minister Pablo Mena.';
    const f = facts(t);
    const meeting = f.out.entities.find((e) => e.type === 'Event' && /Joint Commission/.test(e.name))?.name;
    expect(meeting).toBeDefined();
    for (const p of ['Rosa Quispe', 'Jorge Salas', 'Pablo Mena'])
      expect(f.rels.has(`PARTICIPATED_IN|${p}|${meeting}`)).toBe(true);
    // The delegations are no principals: the meeting is still known as the two co-chairs' (alias.of-participants).
    const aliases = f.out.entities.find((e) => e.name === meeting)?.aliases ?? [];
    expect(aliases.some((a) => /^meeting of (?:Luis Vega and Marta Lagos|Marta Lagos and Luis Vega)$/.test(a))).toBe(
      true,
    );
  });
});

describe('person.not-a-city', () => {
  it('knows capitals and major cities', () => {
    expect(isCityName('Kuala Lumpur')).toBe(true);
    expect(isCityName('Port Louis')).toBe(true);
    expect(isCityName('Maria Lopez')).toBe(false);
  });

  it('makes no person of a city, so that "who … on behalf of" finds the right agent', () => {
    const t =
      'Minister for Defence Anna Kowal signed the Defence Cooperation Agreement with Secretary of State Paul Reed, ' +
      'who is visiting Port Louis on behalf of President Mark Hale.';
    const f = facts(t);
    expect(f.out.entities.some((e) => e.type === 'Person' && e.name === 'Port Louis')).toBe(false);
    expect(f.rels.has('NEGOTIATES_FOR|Paul Reed|Mark Hale')).toBe(true);
    expect(f.rels.has('NEGOTIATES_FOR|Anna Kowal|Mark Hale')).toBe(false);
  });
});

describe('state alternative spellings', () => {
  it('reads no Iceland in "Island" of a name', () => {
    const t = 'Leaders of the Pacific Island Countries met Prime Minister Anna Kowal of Poland in Warsaw.';
    expect(facts(t).out.entities.some((e) => e.name === 'Iceland')).toBe(false);
    expect(facts('Prime Minister Anna Kowal visited Iceland.').out.entities.some((e) => e.name === 'Iceland')).toBe(
      true,
    );
  });
});

describe('event.visit-to-full-state', () => {
  it('runs a visit’s place on to the end of a three-word state', () => {
    const t = 'Prime Minister Anna Kowal arrived on her first visit to Papua New Guinea, the first by a Polish leader.';
    const names = eventNames(t);
    expect(names).toContain('first visit to Papua New Guinea');
    expect(names.some((n) => /Papua New$/.test(n))).toBe(false);
  });

  it('leaves a two-word place and a state on the next line alone', () => {
    expect(eventNames('Prime Minister Anna Kowal paid a visit to New Zealand last week.')).toContain(
      'visit to New Zealand',
    );
  });
});

describe('reached-at.passive-also', () => {
  it('reads a passive verb of reaching with an adverb, and "exchanged"', () => {
    const re = FL14B_PATTERNS.passiveReached;
    expect(re.test('A Memorandum on Tourism and an Agreement on Fisheries were also exchanged on the occasion.')).toBe(
      true,
    );
    expect(re.test('The Protocol was duly signed.')).toBe(true);
    expect(re.test('Views were also exchanged on the region.')).toBe(true);
    expect(re.test('The ministers exchanged views on the Protocol.')).toBe(false);
  });

  it('makes the agreements told before it reached at the readout’s meeting', () => {
    const t =
      'Minister for Foreign Affairs of Peru Luis Vega and Minister of Foreign Affairs of Chile Marta Lagos co-chaired ' +
      'the Fourth Meeting of the Peru-Chile Joint Commission in Lima today. A Memorandum of Understanding on ' +
      'Tourism Cooperation and an Agreement on Fisheries Research were also exchanged on the occasion.';
    const f = facts(t);
    const meeting = f.out.entities.find((e) => e.type === 'Event' && /Joint Commission/.test(e.name))?.name;
    expect(f.rels.has(`REACHED_AT|Memorandum of Understanding on Tourism Cooperation|${meeting}`)).toBe(true);
    expect(f.rels.has(`REACHED_AT|Agreement on Fisheries Research|${meeting}`)).toBe(true);
  });
});

describe('agreement.coordinated-titles after "and an"', () => {
  it('splits two head-first titles joined by "and an"', () => {
    const names = facts('The sides signed a Memorandum on Tourism Cooperation and an Agreement on Fisheries Research.')
      .out.entities.filter((e) => e.type === 'Agreement')
      .map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['Memorandum on Tourism Cooperation', 'Agreement on Fisheries Research']),
    );
    expect(names.some((n) => / and an /.test(n))).toBe(false);
  });
});

describe('agreement.approved-list', () => {
  it('reads each programmatic document of a list after a verb of adoption', () => {
    const t =
      'The leaders approved the Union Development Strategy until 2040 and the Initiative on Regional Water Security, ' +
      'Trade and Development.';
    expect(approvedListSpans(t).map((x) => x.surface)).toEqual([
      'Union Development Strategy until 2040',
      'Initiative on Regional Water Security, Trade and Development',
    ]);
  });

  it('does not read a document that is not adopted, nor a bare head', () => {
    expect(approvedListSpans('The ministers discussed the Union Development Strategy until 2040.')).toEqual([]);
    expect(approvedListSpans('The leaders approved the Strategy.')).toEqual([]);
    expect(approvedListSpans('The leaders approved the budget and the Union Development Strategy.')).toEqual([]);
  });
});

describe('event.visit-of-lowercase', () => {
  it('reads a lowercase visit told with its visitor and destination', () => {
    const t =
      'The ministers reviewed the understandings reached during the official visit of Prime Minister Ana Soto to ' +
      'Chile from 3 to 5 May 2023.';
    const f = facts(t);
    const visit = f.out.entities.find(
      (e) => e.type === 'Event' && /^official visit of Prime Minister Ana Soto to Chile/.test(e.name),
    );
    expect(visit).toBeDefined();
    expect(f.rels.has(`PARTICIPATED_IN|Ana Soto|${visit!.name}`)).toBe(true);
  });

  it('does not read a visit of something that is no person, or with no destination', () => {
    expect(eventNames('The ministers noted the visit of experts next month.').some((n) => /visit of/.test(n))).toBe(
      false,
    );
    expect(
      eventNames('They discussed the visit of the delegation, to be held soon.').some((n) => /visit of/.test(n)),
    ).toBe(false);
  });
});

describe('incident modifiers: the vehicle of a crash', () => {
  it('keeps "helicopter" in the name of a crash', () => {
    const t = 'The ministers expressed condolences over the helicopter crash on 19 May 2024 in the mountains.';
    expect(eventNames(t).some((n) => /^helicopter crash/.test(n))).toBe(true);
  });
});

describe('event.quoted-name', () => {
  it('reads a meeting whose name is quoted before its noun', () => {
    const q = quotedMeetings('The same day an "Outreach Plus" meeting was held with the participation of guests.');
    expect(q.map((x) => x.name)).toEqual(['Outreach Plus meeting']);
  });

  it('does not read a quoted word that is no meeting name', () => {
    expect(quotedMeetings('He called the meeting "productive" and the talks "frank".')).toEqual([]);
    expect(quotedMeetings('the "strategic" partnership')).toEqual([]);
  });

  it('gives the meeting the people who took part in it', () => {
    const t =
      'On 3 May 2024, an "Outreach Plus" meeting was held in Lima with the participation of President of Chile ' +
      'Marta Lagos and President of Peru Luis Vega.';
    const f = facts(t);
    const e = f.out.entities.find((x) => x.type === 'Event' && /Outreach Plus/.test(x.name));
    expect(e).toBeDefined();
    expect(f.rels.has(`PARTICIPATED_IN|Marta Lagos|${e!.name}`)).toBe(true);
  });
});

describe('negotiates-for.on-his-behalf', () => {
  it('finds the span of what is delivered on someone’s behalf', () => {
    const t =
      'Chile was represented by Minister Ana Soto, who delivered the address of President Luis Vega on his behalf.';
    const [span] = onHisBehalfSpans(t);
    expect(t.slice(span![0], span![1])).toBe('address of President Luis Vega on his behalf');
    expect(onHisBehalfSpans('Minister Ana Soto spoke on behalf of Chile.')).toEqual([]);
  });

  it('makes the deliverer act for the principal, who did not attend', () => {
    const t =
      'On 3 May 2024, the meeting of the Council of Presidents of the Andean Community was held in Quito. The meeting ' +
      'was attended by President of Peru Marta Lagos. Bolivia was represented by Minister of Foreign Affairs Ana Soto, ' +
      'who delivered the address of President Luis Vega on his behalf.';
    const f = facts(t);
    expect(f.rels.has('NEGOTIATES_FOR|Ana Soto|Luis Vega')).toBe(true);
    expect([...f.rels].some((r) => r.startsWith('PARTICIPATED_IN|Luis Vega|'))).toBe(false);
    expect(f.rels.has('NEGOTIATES_FOR|Marta Lagos|Luis Vega')).toBe(false);
  });
});

describe('part-of.not-before-after', () => {
  it('reads a sentence placed before or after a gathering', () => {
    const re = FL14B_PATTERNS.beforeAfterMain;
    expect(re.test('Before the Summit, the two Prime Ministers held bilateral talks.')).toBe(true);
    expect(re.test('Ahead of the Leaders Meeting, the two leaders held talks.')).toBe(true);
    expect(re.test('During the Summit, the two Prime Ministers held bilateral talks.')).toBe(false);
  });

  it('makes talks held before the summit no part of it', () => {
    const t =
      'Prime Minister Ana Soto and Prime Minister Luis Vega co-hosted the Third Andean Summit in Lima today. Before ' +
      'the Summit, the two Prime Ministers held bilateral talks.';
    const f = facts(t);
    expect([...f.rels].some((r) => r.startsWith('PART_OF|bilateral talks|'))).toBe(false);
  });
});

describe('event.ordinal-head-of-body', () => {
  it('runs an ordinal and a bare head on over the body it is of', () => {
    const t =
      'Prime Minister Ana Soto co-hosted the Third Summit of the Forum for Andean-Pacific Cooperation with Chile.';
    const at = t.indexOf('Third');
    expect(ordinalHeadOfBody(t, at, 'Third Summit')).toBe('Third Summit of the Forum for Andean-Pacific Cooperation');
    expect(eventNames(t)).toContain('Third Summit of the Forum for Andean-Pacific Cooperation');
  });

  it('leaves a name that is more than an ordinal and a head, and a lowercase complement', () => {
    const t = 'the Third Andean Summit of the Forum for Cooperation';
    expect(ordinalHeadOfBody(t, 4, 'Third Andean Summit')).toBe('Third Andean Summit');
    const u = 'the Third Summit of the leaders';
    expect(ordinalHeadOfBody(u, 4, 'Third Summit')).toBe('Third Summit');
    // An organisation the gazetteer knows is left to the rules of its gatherings.
    const v = 'the 40th Summit of the Gulf Cooperation Council in Riyadh';
    expect(ordinalHeadOfBody(v, 4, '40th Summit', (at) => at === v.indexOf('Gulf'))).toBe('40th Summit');
  });
});
