// The fl15b round's tests (issue 6): constructions shown by three first-look samples in new styles (a regional
// organisation's press release, an African presidency's release, a European ministry's page), each rule on made-up
// sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  DELEGATION_SESSION,
  EVENT_WITNESSED_SIGNING,
  HEAD_OF_DIPLOMACY,
  SESSION_BETWEEN_DELEGATIONS,
  SESSION_OF_MEMBERS_BODY,
  SIGNED_LIST,
  THE_N_GROUP,
  TOOK_PART_AFTER,
  gatheringList,
  isMembersBody,
  itemAsAgreement,
  peopleListHeader,
  placeName,
  sameTitled,
  signedListItems,
} from './rules-fl15b.ts';
import { MET_SEPARATELY, separateGuests } from './rules-separately.ts';
import { extractFacts } from './test-facts.ts';

const META = { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Ruritania' };
const facts = (text: string) => extractFacts(text, META);
const names = (text: string, type: string) =>
  facts(text)
    .out.entities.filter((e) => e.type === type)
    .map((e) => e.name);
const relsOf = (text: string, type: string) => [...facts(text).rels].filter((r) => r.startsWith(`${type}|`));

describe('event.session-of-members-body', () => {
  it('has its id and reads bodies named after their members', () => {
    expect(SESSION_OF_MEMBERS_BODY.id).toBe('event.session-of-members-body');
    expect(isMembersBody('SADC Assembly of Heads of State and Government')).toBe(true);
    expect(isMembersBody('Council of Foreign Ministers')).toBe(true);
    expect(isMembersBody('ECOWAS Conference of Heads of State')).toBe(true);
  });

  it('does not take other capitalised words', () => {
    expect(isMembersBody('SADC Heads')).toBe(false);
    expect(isMembersBody('Ministry of Foreign Affairs')).toBe(false);
    expect(isMembersBody('Assembly of the Republic')).toBe(false);
  });

  it('names the session with the whole body, apart from another session of the same organisation', () => {
    const t =
      'The 12th Extraordinary Session of the ECOWAS Assembly of Heads of State and Government was convened today in ' +
      'Abuja under the chairmanship of President Amadou Diallo of Ruritania. It was preceded by an extraordinary ' +
      'session of the ECOWAS Council of Ministers chaired by Minister of Foreign Affairs Marie Dubois of Ruritania.';
    const ev = names(t, 'Event');
    expect(ev).toContain('12th Extraordinary Session of the ECOWAS Assembly of Heads of State and Government');
    expect(ev).toContain('extraordinary session of the ECOWAS Council of Ministers');
  });
});

describe('event.met-separately and event.held-separate-with', () => {
  type M = { start: number; end: number };
  const at = (text: string, name: string): M => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

  it('has its id and splits a list of guests only when "separately" or "separate" says so', () => {
    expect(MET_SEPARATELY.id).toBe('event.met-separately');
    const t = 'the Chair received Anna Berg and Carl Dunn separately.';
    const [a, b] = [at(t, 'Anna Berg'), at(t, 'Carl Dunn')];
    expect(separateGuests(t, t.indexOf('Anna'), a, [a, b])).toHaveLength(2);
    const u = 'the Chair received Anna Berg and Carl Dunn in the morning.';
    const [c, d] = [at(u, 'Anna Berg'), at(u, 'Carl Dunn')];
    expect(separateGuests(u, u.indexOf('Anna'), c, [c, d])).toHaveLength(1);
  });

  it('makes one meeting with each guest, with its own two people, part of the frame', () => {
    const t =
      'The Summit of the Pacific Islands Forum was held today in Suva under the chairmanship of Prime Minister Ana ' +
      'Tora of Ruritania. On the margins of the Summit, Prime Minister Ana Tora received President Ben Kalu of ' +
      'Freedonia and President Carl Moss of Sylvania separately.';
    const ms = relsOf(t, 'PARTICIPATED_IN').filter((r) => /meeting/.test(r));
    const withKalu = ms.filter((r) => /Tora-Kalu meeting/.test(r));
    const withMoss = ms.filter((r) => /Tora-Moss meeting/.test(r));
    expect(withKalu.map((r) => r.split('|')[1]).sort()).toEqual(['Ana Tora', 'Ben Kalu']);
    expect(withMoss.map((r) => r.split('|')[1]).sort()).toEqual(['Ana Tora', 'Carl Moss']);
    expect(
      relsOf(t, 'DISCUSSED').some((r) => /Tora-Kalu meeting\|Tora-Moss meeting|Tora-Moss meeting\|Tora-Kalu/.test(r)),
    ).toBe(false);
  });

  it('reads "held separate bilateral conversations with A and B", not one guest list without "separate"', () => {
    const t =
      'Minister Ana Tora of Ruritania attended the meeting in Suva. Later, Minister Ana Tora held separate ' +
      'bilateral conversations with Minister Ben Kalu of Freedonia and Minister Carl Moss of Sylvania.';
    const ev = names(t, 'Event');
    expect(ev.some((n) => /Tora-Kalu/.test(n))).toBe(true);
    expect(ev.some((n) => /Tora-Moss/.test(n))).toBe(true);
    const u =
      'Minister Ana Tora of Ruritania attended the meeting in Suva. Later, Minister Ana Tora held ' +
      'bilateral conversations with Minister Ben Kalu of Freedonia and Minister Carl Moss of Sylvania.';
    expect(names(u, 'Event').some((n) => /Tora-Moss/.test(n))).toBe(false);
  });

  it('splits "held talks with A at the Palace and with B in Berlin" by the repeated "with" after a place', () => {
    const t =
      'Minister Ana Tora of Ruritania met Minister Ben Kalu of Freedonia in Vienna on 3 May 2024. On the same day, ' +
      'Prime Minister Dan Roe of Ruritania held talks ' +
      'with President Eva Lind of Freedonia at the Presidential Palace and with Chancellor Carl Moss of Sylvania in Berlin.';
    const ev = names(t, 'Event');
    expect(ev.some((n) => /Roe-Lind/.test(n))).toBe(true);
    expect(ev.some((n) => /Roe-Moss talks in Berlin/.test(n))).toBe(true);
    expect(relsOf(t, 'PARTICIPATED_IN').some((r) => /Carl Moss\|Roe-Lind/.test(r))).toBe(false);
  });

  it('leaves "met with A, with B and with C" during a mission alone (no place of the first guest)', () => {
    const sep = MET_SEPARATELY.withAgain;
    expect(sep.test(' at the Presidential Palace and with ')).toBe(true);
    expect(sep.test(', and with the ')).toBe(false);
    expect(sep.test(', with ')).toBe(false);
  });
});

describe('negotiates-for.who-clause-agent', () => {
  it('gives the principal of "on behalf of" in a relative clause to its antecedent only', () => {
    const t =
      'In his remarks, the Secretary-General of the Arab League thanked Ambassador Omar Haddad, Special Envoy for ' +
      'Libya, who conducted the mediation on behalf of the Arab League since 2021.';
    const nf = relsOf(t, 'NEGOTIATES_FOR');
    expect(nf).toContain('NEGOTIATES_FOR|Omar Haddad|League of Arab States');
    expect(nf.filter((r) => !/Omar Haddad/.test(r))).toEqual([]);
  });

  it('still gives a plain "A and B signed on behalf of X" to both', () => {
    const t = 'President Ana Tora and Minister Ben Kalu signed the Accord on behalf of the African Union.';
    const nf = relsOf(t, 'NEGOTIATES_FOR');
    expect(nf).toContain('NEGOTIATES_FOR|Ana Tora|African Union');
    expect(nf).toContain('NEGOTIATES_FOR|Ben Kalu|African Union');
  });
});

describe('person.side-line-end, participated.side-line-list, negotiates-for.not-gathering-list', () => {
  const list =
    'The 5th Summit of the East African Community was held today in Arusha.\n\n' +
    'Heads of delegation at the Summit:\n- Kenya: Anna Wanjiru Otieno\n- Uganda: Peter Mukasa Ssali\n\n' +
    'The leaders adopted a communiqué.';

  it('reads untitled names ending the lines of a list of people as persons of their states', () => {
    expect(names(list, 'Person')).toEqual(expect.arrayContaining(['Anna Wanjiru Otieno', 'Peter Mukasa Ssali']));
    expect(peopleListHeader(list, list.indexOf('Peter'))).toBe('Heads of delegation at the Summit:');
  });

  it('gives them the gathering, not NEGOTIATES_FOR their side', () => {
    expect(gatheringList(list, list.indexOf('Peter'))).toBe(true);
    const f = facts(list);
    expect([...f.rels].some((r) => /^PARTICIPATED_IN\|Peter Mukasa Ssali\|.*Summit/.test(r))).toBe(true);
    expect([...f.rels].some((r) => r.startsWith('NEGOTIATES_FOR|'))).toBe(false);
  });

  it('reads no person from a list that is not of people, and keeps sides in a list about negotiations', () => {
    const topics =
      'The ministers met in Arusha today.\n\nTopics of the meeting:\n- Kenya: Border Security\n- Uganda: Trade ' +
      'Facilitation\n';
    expect(names(topics, 'Person')).toEqual([]);
    const talks = 'The negotiators met in Arusha.\n\nHeads of delegation to the talks:\n- Kenya: Anna Otieno\n';
    expect(gatheringList(talks, talks.indexOf('Anna'))).toBe(false);
  });
});

describe('office.head-of-diplomacy', () => {
  it('has its id and makes the bare "Minister" of the head of a state’s diplomacy its foreign minister', () => {
    expect(HEAD_OF_DIPLOMACY.id).toBe('office.head-of-diplomacy');
    const t = 'On 3 May, the head of Slovak diplomacy, Minister Jan Novak, met Minister Eva Lind of Freedonia.';
    const f = facts(t);
    expect([...f.rels].some((r) => /^HOLDS_OFFICE\|Jan Novak\|Minister of Foreign Affairs/.test(r))).toBe(true);
  });

  it('leaves a bare "Minister" with no such phrase alone', () => {
    const t = 'On 3 May, Minister Jan Novak met Minister Eva Lind of Freedonia.';
    expect([...facts(t).rels].some((r) => /^HOLDS_OFFICE\|Jan Novak\|Minister of Foreign Affairs/.test(r))).toBe(false);
  });
});

describe('person.not-a-place and person.same-title-surname', () => {
  it('reads no person from the name of a place or building', () => {
    expect(placeName('Urugwiro Village')).toBe(true);
    expect(placeName('Hyderabad House')).toBe(true);
    expect(placeName('Anna Park')).toBe(false);
    expect(placeName('John Hall')).toBe(false);
  });

  it('gives a titled surname to the namesake bearing that title', () => {
    const pres = { mentions: [{ titles: [{ title: 'President' }] }] };
    const lady = { mentions: [{ titles: [] }] };
    expect(sameTitled({ titles: [{ title: 'President' }] }, [lady, pres])).toEqual([pres]);
    expect(sameTitled({ titles: [] }, [lady, pres])).toEqual([lady, pres]);
    const t =
      'President Paul Mora hosted Prime Minister Ana Tora in Lima. In the evening, President Mora and First Lady ' +
      'Lucia Mora hosted a state banquet. On Tuesday, President Mora and Prime Minister Tora will visit Cusco.';
    const f = facts(t);
    expect([...f.rels].some((r) => /^HOLDS_OFFICE\|Lucia Mora\|President/.test(r))).toBe(false);
  });
});

describe('office.who-is-current', () => {
  it('gives "X, who is the current Chairperson of Y" that office', () => {
    const t =
      'President Paul Mora, who is the current Chairperson of the African Union, received Prime Minister Ana Tora.';
    expect(relsOf(t, 'HOLDS_OFFICE')).toContain('HOLDS_OFFICE|Paul Mora|Chairperson of the African Union');
  });

  it('keeps the holder of a rotating chair his own state for his other title', () => {
    const t =
      'President Paul Mora of Ghana, who is the current Chairperson of the African Union, received Prime ' +
      'Minister Ana Tora of Togo. President Mora thanked the Prime Minister.';
    const h = relsOf(t, 'HOLDS_OFFICE');
    expect(h).toContain('HOLDS_OFFICE|Paul Mora|President of Ghana');
    expect(h.some((r) => /Paul Mora\|President of the African Union/.test(r))).toBe(false);
  });

  it('does not give it to a person merely named beside the title', () => {
    const t = 'President Paul Mora received the current Chairperson of the African Union.';
    expect(relsOf(t, 'HOLDS_OFFICE').some((r) => /Paul Mora\|Chairperson/.test(r))).toBe(false);
  });
});

describe('event.opening-leaders-of, participated.represented-by / held-at-invitation, participated.the-n-group', () => {
  const t =
    'On 3 May, the head of Slovak diplomacy, Minister Jan Novak, took part in a meeting of the foreign ' +
    'ministers of the Visegrad Group in Bratislava. The meeting was held at the invitation of the Minister of ' +
    'Foreign Affairs of Freedonia, Eva Lind. Sylvania was represented by Foreign Minister Carl Moss. The talks of ' +
    'the three ministers were held over a working lunch and ended with a joint press conference.';

  it('has the ids', () => {
    expect(TOOK_PART_AFTER.representedBy.id).toBe('participated.represented-by');
    expect(TOOK_PART_AFTER.heldAtInvitation.id).toBe('participated.held-at-invitation');
    expect(THE_N_GROUP.id).toBe('participated.the-n-group');
  });

  it('makes the opening meeting the readout’s own, with its host, the represented side and the sessions', () => {
    const p = relsOf(t, 'PARTICIPATED_IN');
    const main = 'meeting of the foreign ministers of the Visegrad Group';
    for (const who of ['Jan Novak', 'Eva Lind', 'Carl Moss']) {
      expect(p).toContain(`PARTICIPATED_IN|${who}|${main}`);
      expect(p).toContain(`PARTICIPATED_IN|${who}|working lunch`);
    }
  });

  it('gives no sessions to "the three ministers" when the meeting had another number of people', () => {
    const u =
      'On 3 May, Minister Jan Novak of Ruritania took part in a meeting of the foreign ministers of the Visegrad ' +
      'Group in Bratislava. The talks of the three ministers were held over a working lunch.';
    expect(relsOf(u, 'PARTICIPATED_IN').filter((r) => /working lunch/.test(r) && /the-n/.test(r))).toEqual([]);
    expect(relsOf(u, 'PARTICIPATED_IN').some((r) => /Carl Moss/.test(r))).toBe(false);
  });

  it('does not read "represented by" far from the meeting or in a sentence with its own event', () => {
    const u =
      'On 3 May, Minister Jan Novak of Ruritania took part in a meeting of the foreign ministers of the Visegrad ' +
      'Group in Bratislava. At the NATO Summit in July, Sylvania was represented by Foreign Minister Carl Moss.';
    expect(relsOf(u, 'PARTICIPATED_IN').some((r) => /Carl Moss\|meeting of the foreign ministers/.test(r))).toBe(false);
  });
});

describe('event.session-between-delegations', () => {
  it('has its id and reads sessions told without "format"', () => {
    expect(SESSION_BETWEEN_DELEGATIONS.id).toMatch(/^event\.session/);
    const t =
      'President Paul Mora of Ruritania held talks with Prime Minister Ana Tora of Freedonia in Lima on 3 May 2024. ' +
      'The two leaders first held a one-on-one meeting, followed by bilateral talks between the two delegations.';
    expect(names(t, 'Event')).toContain('bilateral talks between the two delegations');
  });

  it('leaves talks between the delegations of named states to the event rules', () => {
    const re = new RegExp(SESSION_BETWEEN_DELEGATIONS.pattern.source, 'iu');
    expect(re.test('the talks between the delegations of Ukraine and the United States')).toBe(false);
    expect(re.test('an open session of parliament')).toBe(false);
    expect(re.test('followed by an open session at which')).toBe(true);
  });
});

describe('agreement.signed-list-item and reached-at.signed-list', () => {
  const t =
    'President Paul Mora of Ruritania today welcomed Prime Minister Ana Tora of Freedonia at the start of her ' +
    'State Visit to Ruritania.\n\nFollowing the talks, the two leaders witnessed the signing of the following ' +
    'agreements:\n\n- Memorandum of Understanding on Defence Cooperation\n- Cultural Exchange Programme for the ' +
    'years 2024-2027\n- Two credit lines of USD 50 million each, for irrigation and for roads\n\nIn the evening, ' +
    'President Mora hosted a state banquet.';

  it('has its ids and reads the list lines under the header only', () => {
    expect(SIGNED_LIST.id).toBe('reached-at.signed-list');
    expect(SIGNED_LIST.itemId).toBe('agreement.signed-list-item');
    expect(signedListItems(t).map((i) => i.words)).toEqual([
      'Memorandum of Understanding on Defence Cooperation',
      'Cultural Exchange Programme for the years 2024-2027',
      'Two credit lines of USD 50 million each, for irrigation and for roads',
    ]);
    expect(itemAsAgreement('Two credit lines of USD 50 million each, for irrigation and for roads')).toBe(false);
    expect(signedListItems('The ministers discussed the following topics:\n\n- Trade Policy\n')).toEqual([]);
  });

  it('reads a short item as an agreement, and each agreement of the list as reached at the visit', () => {
    const f = facts(t);
    const agr = f.out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    expect(agr).toContain('Cultural Exchange Programme for the years 2024-2027');
    expect(agr.some((n) => /credit lines/.test(n))).toBe(false);
    const reached = [...f.rels].filter((r) => r.startsWith('REACHED_AT|'));
    expect(reached.some((r) => /^REACHED_AT\|Cultural Exchange Programme[^|]*\|.*State Visit/.test(r))).toBe(true);
    expect(
      reached.some((r) => /^REACHED_AT\|Memorandum of Understanding on Defence Cooperation\|.*State Visit/.test(r)),
    ).toBe(true);
  });
});

describe('reached-at.event-witnessed-signing', () => {
  it("has its id and gives the agreement signed before the readout's own meeting to that meeting", () => {
    expect(EVENT_WITNESSED_SIGNING.id).toBe('reached-at.event-witnessed-signing');
    const t =
      'The 12th Extraordinary Session of the ECOWAS Assembly of Heads of State and Government was convened today in ' +
      'Abuja. The Session witnessed the signing of the Abuja Peace Agreement between Ruritania and Freedonia.';
    expect(relsOf(t, 'REACHED_AT')).toContain(
      'REACHED_AT|Abuja Peace Agreement between Ruritania and Freedonia|12th Extraordinary Session of the ECOWAS Assembly of Heads of State and Government',
    );
  });

  it("does not read a subject that is not of the meeting's kind", () => {
    const t =
      'The 12th Extraordinary Session of the ECOWAS Assembly of Heads of State and Government was convened today in ' +
      'Abuja. The Ceremony witnessed the signing of the Abuja Peace Agreement between Ruritania and Freedonia.';
    const rules = extractFacts(t, META, true).out.relations.map((r) => (r as { rule?: string }).rule);
    expect(rules).not.toContain('reached-at.event-witnessed-signing');
  });
});

describe('participated.delegation-session', () => {
  it("gives the members a delegation included the delegations' session, not the leaders' own one", () => {
    expect(DELEGATION_SESSION.id).toBe('participated.delegation-session');
    const t =
      'President Paul Mora of Ghana held talks with Prime Minister Ana Tora of Togo in Accra on 3 May 2024. The two ' +
      'leaders first held a one-on-one meeting, followed by bilateral talks between the two delegations. The ' +
      'Ghanaian delegation included Minister of Finance Kofi Mensah.';
    const p = relsOf(t, 'PARTICIPATED_IN');
    expect(p).toContain('PARTICIPATED_IN|Kofi Mensah|bilateral talks between the two delegations');
    expect(p).not.toContain('PARTICIPATED_IN|Kofi Mensah|one-on-one meeting');
  });
});
