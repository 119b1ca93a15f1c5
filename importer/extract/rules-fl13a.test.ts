// The fl13a round's tests (issue 6): constructions shown by three first-look samples in new styles (Thailand's,
// Jordan's and Ethiopia's foreign ministries), each rule on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  gappedSide,
  heldOnOtherDay,
  keepsGivenFirst,
  sameVisit,
  signedInOtherMonth,
  visitOfTitle,
} from './rules-fl13a.ts';
import { titleSubjectHolder } from './rules-fl13a-events.ts';
import { eventFacts, extractFacts } from './test-facts.ts';
import type { PersonCluster } from './types.ts';

const facts = (text: string, source = 'Ministry of Foreign Affairs of Kenya') =>
  extractFacts(text, { file: 't.txt', date: '2024-05-06', source }, true);
const people = (text: string, source?: string) =>
  facts(text, source)
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name)
    .sort();

describe('person.given-name-address', () => {
  it('keeps an Ethiopian name in its order when the short mention is the first name', () => {
    const text =
      'Ethiopian Prime Minister Abebe Tessema met the Minister in Nairobi. Prime Minister Abebe said the talks were useful.';
    expect(people(text)).toEqual(['Abebe Tessema']);
  });
  it('takes the issuer for a person of no other state', () => {
    const text = 'Prime Minister Abebe Tessema received the envoy. Prime Minister Abebe said the talks were useful.';
    expect(people(text, 'Ministry of Foreign Affairs of Ethiopia')).toEqual(['Abebe Tessema']);
  });
  it('still turns round a name written family name first in other states', () => {
    const text =
      'Hungarian Prime Minister Kovacs Janos met the Minister in Rome. Prime Minister Kovacs said the talks were useful.';
    expect(people(text)).toEqual(['Janos Kovacs']);
  });
  it('knows the states by name', () => {
    expect(keepsGivenFirst('Ethiopia')).toBe(true);
    expect(keepsGivenFirst('Hungary')).toBe(false);
    expect(keepsGivenFirst(undefined)).toBe(false);
  });
});

describe('office.and-title-name', () => {
  const list =
    'The Minister hosted a meeting with Qatari Minister of State Sheikh Hamad bin Ali, Iraqi Deputy Prime Minister and Minister of Planning Omar Salih and Egyptian Minister of Foreign Affairs Adel Nour.';
  it("gives both titles before a name, with the first one's state, to that name", () => {
    const { rels } = facts(list);
    expect(rels.has('HOLDS_OFFICE|Omar Salih|Deputy Prime Minister of Iraq')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Omar Salih|Minister of Planning of Iraq')).toBe(true);
  });
  it('no longer reads the first title as an apposition of the name before', () => {
    const { rels } = facts(list);
    expect(rels.has('HOLDS_OFFICE|Hamad bin Ali|Deputy Prime Minister of Iraq')).toBe(false);
    expect(rels.has('HOLDS_OFFICE|Omar Salih|Minister of Planning of Qatar')).toBe(false);
  });
  it('keeps two titles in an apposition that no name follows', () => {
    const { rels } = facts(
      'Mr. Tom Reed, Deputy Prime Minister and Minister of Finance of Norway, met the Minister in Oslo.',
    );
    expect(rels.has('HOLDS_OFFICE|Tom Reed|Deputy Prime Minister of Norway')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Tom Reed|Minister of Finance of Norway')).toBe(true);
  });
});

describe('person.gapped-side', () => {
  it('gives the side of a gapped "and the X delegation by" to the person after it', () => {
    const { rels } = facts(
      'The Kenyan delegation was led by Jane Wambui, Cabinet Secretary for Foreign Affairs, and the Ugandan delegation by Minister of Foreign Affairs Peter Okello.',
    );
    expect(rels.has('HOLDS_OFFICE|Peter Okello|Minister of Foreign Affairs of Uganda')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Peter Okello|Minister of Foreign Affairs of Kenya')).toBe(false);
    expect(rels.has('HOLDS_OFFICE|Jane Wambui|Cabinet Secretary for Foreign Affairs of Kenya')).toBe(true);
  });
  it('reads the side with or without its verb, and only right before the person', () => {
    const endsAt = (before: string, word: string) => (at: number) =>
      before.slice(0, at).endsWith(word) ? 'Ruritania' : undefined;
    const a = 'The talks were held in Nairobi, and the Ruritanian side was led by ';
    expect(gappedSide(a, endsAt(a, 'Ruritanian'))).toBe('Ruritania');
    const b = 'The talks were held in Nairobi, and the Ruritanian delegation by ';
    expect(gappedSide(b, endsAt(b, 'Ruritanian delegation'))).toBe('Ruritania');
    const c = 'The Ruritanian delegation arrived on Monday and was received by ';
    expect(gappedSide(c, endsAt(c, 'Ruritanian'))).toBeUndefined();
    const d = 'The talks were opened by ';
    expect(gappedSide(d, () => 'Ruritania')).toBeUndefined();
  });
});

describe('office.assistant-to-leader', () => {
  it('reads "Assistant to the President … for National Security Affairs" as one title', () => {
    const { rels } = facts(
      'The Minister met Mr. Tom Grey, Assistant to the President of the United States for National Security Affairs, in Bangkok.',
    );
    expect(
      rels.has('HOLDS_OFFICE|Tom Grey|Assistant to the President of the United States for National Security Affairs'),
    ).toBe(true);
    expect([...rels].some((r) => r.includes('|President of the United States for'))).toBe(false);
  });
  it('keeps "Assistant" a modifier elsewhere', () => {
    const { rels } = facts('U.S. Assistant Secretary of State Tom Grey met the Minister in Bangkok.');
    expect(rels.has('HOLDS_OFFICE|Tom Grey|Assistant Secretary of State of the United States')).toBe(true);
  });
});

describe('participated.title-caller', () => {
  const rule = (text: string) =>
    facts(text)
      .out.relations.filter((r) => r.rule === 'participated.title-caller')
      .map((r) => `${r.from}|${r.to}`);
  it('gives a call made by "the <demonym> <title>" to the one holder of that office', () => {
    const text =
      'Mr. Karl Berg, Minister of Foreign Affairs of Norway, visited Kenya from 3 to 5 May 2024. On 4 May, the Norwegian Foreign Minister paid a courtesy call on Mr. Ivo Petrov, President of Kenya.';
    expect(rule(text)).toEqual(['person:karl-berg|event:courtesy-call-on-president-ivo-petrov']);
  });
  it('gives nothing for a title that nobody of that state holds', () => {
    const text =
      'Mr. Karl Berg, Minister of Foreign Affairs of Norway, visited Kenya from 3 to 5 May 2024. On 4 May, the Norwegian Defence Minister paid a courtesy call on Mr. Ivo Petrov, President of Kenya.';
    expect(rule(text)).toEqual([]);
  });
  it('needs one holder: two people with the title give nothing', () => {
    const c = (name: string) => ({ name }) as PersonCluster;
    const a = c('A');
    const b = c('B');
    const offices = new Map([
      [a, [{ title: 'Minister of Foreign Affairs', owner: 'Norway' }]],
      [b, [{ title: 'Minister for Foreign Affairs', owner: 'Norway' }]],
    ]);
    expect(titleSubjectHolder('Norwegian Foreign Minister', [a, b], (x) => offices.get(x) ?? [])).toBeUndefined();
    expect(titleSubjectHolder('Norwegian Foreign Minister', [a], (x) => offices.get(x) ?? [])).toBe(a);
    expect(titleSubjectHolder('Swedish Foreign Minister', [a], (x) => offices.get(x) ?? [])).toBeUndefined();
  });
});

describe('event.possessive-with and participated.possessor', () => {
  const base =
    'Mr. Karl Berg, Minister of Foreign Affairs of Norway, met Mr. Ivo Petrov, Cabinet Secretary for Foreign Affairs of Kenya, in Nairobi on 4 May 2024. ';
  it('reads "his meeting with X in <place>" as a meeting of its own, held by the subject and X', () => {
    const f = eventFacts(
      base +
        'Mr. Petrov recalled his meeting with President Li Wei in Beijing on the sidelines of the Third Belt and Road Forum for International Cooperation in October 2023.',
    );
    expect(f.names).toContain('meeting in Beijing');
    expect(f.has('PARTICIPATED_IN', 'Ivo Petrov', 'meeting in Beijing')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Li Wei', 'meeting in Beijing')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Karl Berg', 'meeting in Beijing')).toBe(false);
  });
  it("gives the sidelines to that meeting, not to the readout's own", () => {
    const f = eventFacts(
      base +
        'Mr. Petrov recalled his meeting with President Li Wei in Beijing on the sidelines of the Third Belt and Road Forum for International Cooperation in October 2023.',
    );
    // ent23 (event.conference-on-tail): the forum keeps its full name, "… for International Cooperation".
    const forum = 'Third Belt and Road Forum for International Cooperation';
    expect(f.of('PART_OF').filter((r) => r.endsWith(`|${forum}`))).toEqual([`PART_OF|meeting in Beijing|${forum}`]);
  });
  it('needs a place: "his meeting with X" alone is no new meeting', () => {
    const f = eventFacts(base + 'Mr. Petrov said his meeting with Mr. Berg had been useful.');
    expect(f.events.filter((e) => e.name.startsWith('meeting in'))).toEqual([]);
  });
});

describe('event.group-held, part-of.group-held, participated.group-held', () => {
  const visit =
    'Mr. Karl Berg, Minister of Foreign Affairs of Norway, paid an official visit to Kenya from 3 to 5 May 2024 at the invitation of Ms. Ada Mwangi, Minister of Foreign Affairs of Kenya. On 4 May, Mr. Berg paid a courtesy call on Mr. Ivo Petrov, President of Kenya. ';
  it('reads "The two Foreign Ministers then held talks" as a session of the visit held by the two', () => {
    const f = eventFacts(visit + 'The two Foreign Ministers then held talks. They discussed trade.');
    const talks = f.names.find((n) => n.startsWith('talks of the two'));
    expect(talks).toBe('talks of the two Foreign Ministers');
    expect(f.has('PARTICIPATED_IN', 'Karl Berg', talks!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ada Mwangi', talks!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ivo Petrov', talks!)).toBe(false);
    expect(f.of('PART_OF').some((r) => r.startsWith(`PART_OF|${talks}|`))).toBe(true);
  });
  it('gives no holders when the number does not fit', () => {
    const f = eventFacts(visit + 'The three Foreign Ministers then held talks.');
    const talks = f.names.find((n) => n.startsWith('talks of the three'));
    expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith(`|${talks}`))).toEqual([]);
  });
  it('reads nothing still to come', () => {
    const f = eventFacts(visit + 'The two Foreign Ministers will hold talks in June.');
    expect(f.names.some((n) => n.startsWith('talks of the two'))).toBe(false);
  });
});

describe('event.sidelines-held and part-of.sidelines-held', () => {
  const meeting =
    'Mr. Karl Berg, Minister of Foreign Affairs of Norway, hosted in Oslo on 4 May 2024 a meeting with Ms. Ada Mwangi, Minister of Foreign Affairs of Kenya, and Mr. Omar Salih, Minister of Foreign Affairs of Iraq. ';
  it("makes the bilateral meeting a part of the readout's meeting, held by its two", () => {
    const f = eventFacts(
      meeting +
        'On the sidelines of the meeting, Mr. Berg held a bilateral meeting with Mr. Salih, in which they discussed trade.',
    );
    expect(f.names).toContain('bilateral meeting');
    const parts = f.of('PART_OF');
    expect(parts.some((r) => r.startsWith('PART_OF|bilateral meeting|'))).toBe(true);
    expect(parts.some((r) => r.endsWith('|bilateral meeting'))).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Omar Salih', 'bilateral meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ada Mwangi', 'bilateral meeting')).toBe(false);
  });
  it('leaves a named gathering to part-of.occasion', () => {
    const f = eventFacts(
      'On the sidelines of the NATO Summit in Vilnius on 11 July 2023, Mr. Karl Berg, Minister of Foreign Affairs of Norway, held a bilateral meeting with Ms. Ada Mwangi, Minister of Foreign Affairs of Kenya.',
      '2023-07-11',
    );
    expect(f.events.some((e) => e.rules?.includes('event.sidelines-held'))).toBe(false);
  });
});

describe('event.group-held after a meeting told already', () => {
  it('leaves plain talks "the two leaders then held" to the meeting the readout tells', () => {
    const f = eventFacts(
      "Prime Minister Karl Berg welcomed Prime Minister Ivo Petrov of Kenya to the Prime Minister's Office on 9 July. The two leaders then held talks for about an hour.",
      '2024-07-09',
    );
    expect(f.names.some((n) => n.startsWith('talks of the two'))).toBe(false);
  });
});

describe('reached-at.agreed-on and reached-at.signed-in-other-month', () => {
  const opening =
    'President Karl Berg of Norland and President Ivo Petrov of Kenya met in Geneva on 11 December 2024 and agreed on the Geneva Declaration, which opens a new chapter in their relations. ';
  it('reaches a named agreement "agreed on" at the readout\'s meeting', () => {
    const f = eventFacts(opening, '2024-12-11');
    expect(f.of('REACHED_AT').some((r) => r.startsWith('REACHED_AT|Geneva Declaration|'))).toBe(true);
  });
  it('does not read "agreed on the need to" as reaching anything', () => {
    const f = eventFacts(
      'President Karl Berg of Norland and President Ivo Petrov of Kenya met in Geneva on 11 December 2024 and agreed on the need to implement the Nairobi Accord.',
      '2024-12-11',
    );
    expect(f.of('REACHED_AT').some((r) => r.startsWith('REACHED_AT|Nairobi Accord|'))).toBe(false);
  });
  it("keeps an agreement signed in another month off the readout's meeting", () => {
    const f = eventFacts(
      opening +
        'The dispute had arisen after Norland signed a memorandum of understanding with Kenya in January 2024 and agreed on the Oslo Declaration.',
      '2024-12-11',
    );
    expect(f.of('REACHED_AT').some((r) => r.startsWith('REACHED_AT|memorandum of understanding|'))).toBe(false);
  });
  it('reads the signing verb before and the month after the agreement', () => {
    expect(signedInOtherMonth('after Norland signed a ', ' with Kenya in January 2024.', '2024-12-12')).toBe(true);
    expect(signedInOtherMonth('after Norland signed a ', ' with Kenya in December 2024.', '2024-12-12')).toBe(false);
    expect(signedInOtherMonth('Norland welcomed the ', ' of January 2024.', '2024-12-12')).toBe(false);
    expect(signedInOtherMonth('Norland signed the ', ' today.', '2024-12-12')).toBe(false);
  });
});

describe('negotiates-for.as-facilitator', () => {
  it('gives a facilitator or mediator his state', () => {
    const { rels } = facts(
      'The talks were held in Geneva, with Norwegian Minister of Foreign Affairs Karl Berg as facilitator.',
    );
    expect(rels.has('NEGOTIATES_FOR|Karl Berg|Norway')).toBe(true);
    const r2 = facts(
      'Mr. Karl Berg, Minister of Foreign Affairs of Norway, acting as mediator, met both delegations.',
    ).rels;
    expect(r2.has('NEGOTIATES_FOR|Karl Berg|Norway')).toBe(true);
  });
  it('gives nothing to a person not so told', () => {
    const { rels } = facts(
      'The talks were held in Geneva, with Norwegian Minister of Foreign Affairs Karl Berg present.',
    );
    expect(rels.has('NEGOTIATES_FOR|Karl Berg|Norway')).toBe(false);
  });
});

describe('participated.earlier-rounds', () => {
  const opening =
    'President Karl Berg of Norland and President Ivo Petrov of Kenya met in Geneva on 11 December 2024 and agreed on the Geneva Declaration. ';
  it("keeps the delegation heads of earlier rounds out of the readout's meeting", () => {
    const f = eventFacts(
      opening +
        'The Declaration builds on the two rounds of talks held in Oslo in July and August 2024, in which the Kenyan delegation was led by Ms. Ada Mwangi, Minister of Foreign Affairs of Kenya.',
      '2024-12-11',
    );
    expect(f.of('PARTICIPATED_IN').filter((r) => r.startsWith('PARTICIPATED_IN|Ada Mwangi|'))).toEqual([]);
  });
  it("still gives the readout's meeting its own delegation head", () => {
    const f = eventFacts(
      opening + 'The Kenyan delegation was led by Ms. Ada Mwangi, Minister of Foreign Affairs of Kenya.',
      '2024-12-11',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Ada Mwangi|'))).toBe(true);
  });
});

describe('event.title-visit-of', () => {
  it('reads a release title "Visit to <place> of <visitor>" as the visit the body tells', () => {
    const f = eventFacts(
      'Visit to Kenya of the Minister of Foreign Affairs of Norway and signing of the Agreement on Visa Exemption\n\n' +
        'Mr. Karl Berg, Minister of Foreign Affairs of Norway, paid an official visit to Kenya from 3 to 5 May 2024.',
    );
    const visits = f.names.filter((n) => /visit/i.test(n));
    expect(visits).toEqual(['official visit to Kenya']);
    expect(f.has('PARTICIPATED_IN', 'Karl Berg', 'official visit to Kenya')).toBe(true);
  });
  it('cuts the title at the visitor, and reads no other title', () => {
    expect(visitOfTitle("Visit to Thailand of the Minister of Foreign Affairs of the People's Republic of China")).toBe(
      'Visit to Thailand',
    );
    expect(visitOfTitle('Official Visit to the United Kingdom by Prime Minister Ann Lee')).toBe(
      'Official Visit to the United Kingdom',
    );
    expect(visitOfTitle('Visit to Thailand')).toBeUndefined();
    expect(visitOfTitle('Joint Statement of the Minister of Foreign Affairs of Norway')).toBeUndefined();
  });
  it("takes the body's visit to the same place only", () => {
    const ev = [
      { name: 'official visit to Kenya', planned: false },
      { name: 'visit to Uganda', planned: true },
    ];
    expect(sameVisit('Visit to Kenya', ev)).toBe(ev[0]);
    expect(sameVisit('Visit to Uganda', ev)).toBeUndefined();
    expect(sameVisit('Visit to Tanzania', ev)).toBeUndefined();
  });
});

describe('participated.alias-other-day', () => {
  const visit =
    'Mr. Karl Berg, Minister of Foreign Affairs of Norway, paid an official visit to Kenya from 3 to 5 May 2024 at the invitation of Ms. Ada Mwangi, Minister of Foreign Affairs of Kenya. ';
  it('leaves the people of "the meeting held … on <other days>" out of the readout\'s own event', () => {
    const f = eventFacts(
      visit +
        'The Kenyan side welcomed the meeting held in Nairobi on 1–2 May 2024 between Mr. Karl Berg and Mr. Tom Grey, Secretary of State of the United States.',
      '2024-05-04',
    );
    expect(f.has('PARTICIPATED_IN', 'Tom Grey', 'official visit to Kenya')).toBe(false);
  });
  it("reads the days against the readout's date", () => {
    expect(heldOnOtherDay(' held in Nairobi on 1–2 May 2024 between', '2024-05-04')).toBe(true);
    expect(heldOnOtherDay(' held on 3 May', '2024-05-04')).toBe(true);
    expect(heldOnOtherDay(' held on 3–5 May', '2024-05-04')).toBe(false);
    expect(heldOnOtherDay(' held on 4 April', '2024-05-04')).toBe(true);
    expect(heldOnOtherDay(' was useful', '2024-05-04')).toBe(false);
  });
});
