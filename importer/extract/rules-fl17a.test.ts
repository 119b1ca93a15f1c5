// The fl17a round's tests (issue 6): constructions shown by three first-look samples in new styles, each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  EVENT_FRAME_BODY_WITH_HEAD,
  EVENT_MAIN_GROUP_SUBJECT,
  EVENT_PRONOUN_HELD_WITH,
  EVENT_SESSION_FOLLOWED_BY,
  EVENT_VISIT_COORDINATED,
  NEGOTIATES_FOR_NAMED_PRINCIPAL,
  OFFICE_APPOSITION_AND_CURRENT,
  OFFICE_PROPOSED_NOT_HELD,
  PARTY_TO_COLLECTIVE_SAME_TITLE,
  REACHED_AT_SIGNED_ON_MARGINS,
  appositionAndCurrent,
  capitalVisitRenames,
  collectiveTitle,
  coordinatedVisits,
  groupSubjectMeeting,
  negotiatedForPairs,
  pronounHeldWith,
  proposedForTitle,
  sessionsFollowedBy,
  signedOnMargins,
} from './rules-fl17a.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

describe(EVENT_MAIN_GROUP_SUBJECT.id, () => {
  it("reads a qualified group's meeting with a guest as the readout's own meeting, with the people named after", () => {
    const t =
      'The Baltic prime ministers met the President of Moldova, Ana Popescu, in Riga on Friday on the occasion of ' +
      "the Baltic Assembly Session. The meeting was chaired by Latvia's Prime Minister Karlis Berzins. Taking part " +
      "were Estonia's Prime Minister Mari Tamm and Lithuania's Prime Minister Jonas Petraitis.";
    const f = eventFacts(t);
    const main = 'meeting of the Baltic prime ministers with Ana Popescu in Riga';
    expect(f.names).toContain(main);
    expect(f.has('PARTICIPATED_IN', 'Ana Popescu', main)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Mari Tamm', main)).toBe(true);
    expect(f.has('PART_OF', main, 'Baltic Assembly Session')).toBe(true);
  });
  it('reads the group and its verb', () => {
    expect(groupSubjectMeeting('The EU foreign ministers held talks with Foreign Minister Ana Popescu.')).toEqual({
      group: 'EU foreign ministers',
      verbAt: 25,
      verb: 'held talks with',
    });
    expect(groupSubjectMeeting('Today, the G7 leaders met with President Ana Popescu.')).toBeUndefined();
    expect(groupSubjectMeeting('Today, The G7 leaders met with President Ana Popescu.')?.group).toBe('G7 leaders');
  });
  it('does not read a pair, a group with no qualifier, or a group that did something else', () => {
    expect(groupSubjectMeeting('The Two Presidents met in Riga.')).toBeUndefined();
    expect(groupSubjectMeeting('The ministers met the President of Moldova, Ana Popescu.')).toBeUndefined();
    expect(groupSubjectMeeting('The Nordic prime ministers welcomed the decision of Ana Popescu.')).toBeUndefined();
    expect(groupSubjectMeeting('The Nordic Council met in Riga with Ana Popescu.')).toBeUndefined();
    const f = eventFacts('The Nordic prime ministers met in Oslo to discuss energy security.');
    expect(f.names.filter((n) => n.startsWith('meeting of the Nordic'))).toEqual([]);
  });
});

describe(EVENT_SESSION_FOLLOWED_BY.id, () => {
  it('reads a stage told as following another, with no article or a head other than session, as a session', () => {
    const t =
      'President Anna Kovacs of Hungary received President Jan Novak of Slovakia at the Sandor Palace on 3 May 2024. ' +
      'The two Presidents first held a tete-a-tete, which was followed by expanded talks with the two delegations.';
    const f = eventFacts(t);
    expect(f.names).toContain('expanded talks');
    expect(f.has('PARTICIPATED_IN', 'Jan Novak', 'expanded talks')).toBe(true);
    expect(f.of('PART_OF').some((r) => r.startsWith('PART_OF|expanded talks|'))).toBe(true);
    expect(sessionsFollowedBy('The lunch was followed by an enlarged meeting.')).toEqual([
      { surface: 'enlarged meeting', start: 29, rule: EVENT_SESSION_FOLLOWED_BY.id },
    ]);
  });
  it('does not read a stage of another body, nor one not told as following', () => {
    expect(sessionsFollowedBy('It was followed by expanded talks of the working group.')).toEqual([]);
    expect(sessionsFollowedBy('They agreed on expanded talks on trade.')).toEqual([]);
    expect(sessionsFollowedBy('The visit was followed by new talks.')).toEqual([]);
  });
});

describe(EVENT_VISIT_COORDINATED.id, () => {
  it('names a visit by its two coordinated kinds', () => {
    expect(coordinatedVisits('The President made a friendship and working visit to Bamako on Monday.')).toEqual([
      { surface: 'friendship and working visit to Bamako', start: 21 },
    ]);
    const f = eventFacts('President Anna Kovacs made an official and working visit to Slovakia on 3 May 2024.');
    expect(f.names).toContain('official and working visit to Slovakia');
  });
  it('does not read two kinds of something else, nor a lowercase destination', () => {
    expect(coordinatedVisits('a trade and investment visit to Bamako')).toEqual([]);
    expect(coordinatedVisits('an official and working visit to the region')).toEqual([]);
  });
});

describe('event.visit-capital-same', () => {
  const stateOf = (d: string) => ({ 'Republic of Mali': 'Mali', Mali: 'Mali', Senegal: 'Senegal' })[d];
  const capitalOf = (d: string) => ({ Bamako: 'Mali', Dakar: 'Senegal' })[d];
  it('makes a visit to a capital the visit to its state told with the same kind words', () => {
    expect(
      capitalVisitRenames(['working visit to the Republic of Mali', 'working visit to Bamako'], stateOf, capitalOf),
    ).toEqual([['working visit to Bamako', 'working visit to the Republic of Mali']]);
  });
  it("leaves visits of other kinds, to another state's capital, or to a city no capital", () => {
    expect(capitalVisitRenames(['state visit to Mali', 'working visit to Bamako'], stateOf, capitalOf)).toEqual([]);
    expect(capitalVisitRenames(['working visit to Mali', 'working visit to Dakar'], stateOf, capitalOf)).toEqual([]);
    expect(capitalVisitRenames(['working visit to Mali', 'working visit to Timbuktu'], stateOf, capitalOf)).toEqual([]);
  });
});

describe(NEGOTIATES_FOR_NAMED_PRINCIPAL.id, () => {
  it('makes the person named after "negotiated for" the principal, and no negotiator', () => {
    const t =
      'Prime Minister Anna Kovacs of Hungary and President Jan Novak of Slovakia signed the Agreement on Fisheries ' +
      'between Hungary and Slovakia. The text was negotiated by delegations led by the State Secretary of the Ministry ' +
      'of Foreign Affairs of Hungary, Peter Szabo, and by the Head of the Office of the President of Slovakia, Marek ' +
      'Horvath, who negotiated for President Novak.';
    const { rels } = extractFacts(t, { date: '2024-05-03' });
    expect(rels.has('NEGOTIATES_FOR|Marek Horvath|Jan Novak')).toBe(true);
    expect(rels.has('NEGOTIATES|Jan Novak|Agreement on Fisheries between Hungary and Slovakia')).toBe(false);
    expect(rels.has('NEGOTIATES|Marek Horvath|Agreement on Fisheries between Hungary and Slovakia')).toBe(true);
  });
  it('pairs the agent before the cue with the person right after it', () => {
    const text = 'A met B, who negotiated for C.';
    const m = (start: number) => ({ start, end: start + 1 });
    expect(negotiatedForPairs(text, 0, text.length, [m(0), m(6), m(28)])).toEqual([[m(6), m(28)]]);
  });
  it('reads no principal in "negotiated for months", nor a person far from the cue', () => {
    const m = (start: number) => ({ start, end: start + 1 });
    const a = 'B negotiated for months with C.';
    expect(negotiatedForPairs(a, 0, a.length, [m(0), m(29)])).toEqual([]);
    const b = 'B negotiated for the country, and C agreed.';
    expect(negotiatedForPairs(b, 0, b.length, [m(0), m(33)])).toEqual([]);
  });
});

describe(REACHED_AT_SIGNED_ON_MARGINS.id, () => {
  it('reaches an agreement at the gathering it was signed on the margins of, also when told by its head alone', () => {
    const t =
      'Prime Minister Anna Kovacs of Hungary and President Jan Novak of Slovakia today signed in Vienna the Agreement ' +
      'on Fisheries between Hungary and Slovakia. The agreement was signed on the margins of the Danube Summit.';
    const { rels } = extractFacts(t, { date: '2024-05-03' });
    expect(rels.has('REACHED_AT|Agreement on Fisheries between Hungary and Slovakia|Danube Summit')).toBe(true);
    expect(signedOnMargins('It was signed on the sidelines of the Summit.')).toEqual({
      gatheringAt: 38,
      cueAt: 7,
      anaphor: '',
    });
  });
  it('reads nothing without a signing, nor a gathering told apart from the signing', () => {
    expect(signedOnMargins('The ministers met on the margins of the Summit.')).toBeUndefined();
    expect(signedOnMargins('The treaty was signed in Rome; they met on the margins of the Summit.')).toBeUndefined();
    const t =
      'Hungary and Slovakia signed the Agreement on Fisheries in Vienna. The ministers later met on the margins of the ' +
      'Danube Summit.';
    const { rels } = extractFacts(t, { date: '2024-05-03' });
    expect([...rels].filter((r) => r.startsWith('REACHED_AT|') && r.endsWith('|Danube Summit'))).toEqual([]);
  });
});

describe(EVENT_FRAME_BODY_WITH_HEAD.id, () => {
  it('leaves the body of a frame followed by its gathering noun an organisation, the meeting the event', () => {
    const f = eventFacts(
      'Prime Minister Anna Kovacs met President Jan Novak on the margins of the European Council meeting.',
    );
    expect(f.names).not.toContain('European Council');
    const g = eventFacts(
      'Prime Minister Anna Kovacs met President Jan Novak on the sidelines of the European Council.',
    );
    expect(g.names).toContain('European Council');
  });
});

describe(OFFICE_PROPOSED_NOT_HELD.id, () => {
  it('gives no office a person is only proposed for, and keeps her own office with its state', () => {
    const t =
      'Prime Minister Mari Tamm of Estonia met President Jan Novak of Slovakia in Brussels. At the meeting of the ' +
      'European Council the leaders agreed to propose Prime Minister Tamm as the next Secretary General of the Council ' +
      'of the European Union.';
    const { rels } = extractFacts(t, { date: '2024-05-03' });
    expect(rels.has('HOLDS_OFFICE|Mari Tamm|Prime Minister of Estonia')).toBe(true);
    expect([...rels].filter((r) => r.startsWith('HOLDS_OFFICE|Mari Tamm|Secretary General'))).toEqual([]);
    expect(proposedForTitle('The Council nominated Ms Tamm as the future ')).toBe(true);
  });
  it('leaves an appointment or a capacity held', () => {
    expect(proposedForTitle('The Council appointed Ms Tamm as the next ')).toBe(false);
    expect(proposedForTitle('Ms Tamm spoke in her capacity as ')).toBe(false);
  });
});

describe(PARTY_TO_COLLECTIVE_SAME_TITLE.id, () => {
  it('gives a statement "the prime ministers" adopted to the prime ministers\' states, not to their guest\'s', () => {
    const t =
      "The Baltic prime ministers met the President of Moldova, Ana Popescu, in Riga. Taking part were Estonia's " +
      "Prime Minister Mari Tamm, Latvia's Prime Minister Karlis Berzins and Lithuania's Prime Minister Jonas " +
      'Petraitis. The prime ministers adopted a joint statement on energy security.';
    const { rels } = extractFacts(t, { date: '2024-05-03' });
    expect(rels.has('PARTY_TO|Estonia|joint statement on energy security')).toBe(true);
    expect(rels.has('PARTY_TO|Latvia|joint statement on energy security')).toBe(true);
    expect(rels.has('PARTY_TO|Moldova|joint statement on energy security')).toBe(false);
  });
  it('reads the title of a plural subject, and none for "the leaders"', () => {
    expect(collectiveTitle('The prime ministers adopted a ')?.test('Prime Minister')).toBe(true);
    expect(collectiveTitle('the two foreign ministers signed the ')?.test('Minister of Foreign Affairs')).toBe(true);
    expect(collectiveTitle('The leaders adopted a ')).toBeUndefined();
    expect(collectiveTitle('The two heads of state signed the ')).toBeUndefined();
  });
});

describe(OFFICE_APPOSITION_AND_CURRENT.id, () => {
  it('gives the person a second title coordinated in the apposition with "current"', () => {
    const t =
      'At the invitation of Mr. Omar Diallo, President of the Republic of Guinea and current Chairperson of the ' +
      'Economic Community of West African States, President Ana Popescu of Moldova visited Conakry on 3 May 2024.';
    const { rels } = extractFacts(t, { date: '2024-05-03' });
    expect([...rels].some((r) => /^HOLDS_OFFICE\|Omar Diallo\|Chairperson of the Economic Community/.test(r))).toBe(
      true,
    );
    expect(appositionAndCurrent(', President of Guinea and current ', false)).toBe(true);
    expect(appositionAndCurrent(' and current ', true)).toBe(true);
  });
  it('reads no second title across a verb, nor after a bare name', () => {
    expect(appositionAndCurrent(' met the President and current ', false)).toBe(false);
    expect(appositionAndCurrent(' and current ', false)).toBe(false);
    expect(appositionAndCurrent(', who met the President and current ', false)).toBe(false);
  });
});

describe(EVENT_PRONOUN_HELD_WITH.id, () => {
  it('reads a meeting told with a pronoun subject as the meeting of the person before with the one after "with"', () => {
    const t =
      'President Anna Kovacs of Hungary attended the Danube Summit in Vienna on 3 May 2024. In the afternoon she held ' +
      'bilateral talks with Prime Minister Jan Novak of Slovakia.';
    const f = eventFacts(t);
    const e = f.names.find((n) => /Kovacs-Novak|Novak-Kovacs/.test(n));
    expect(e).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Anna Kovacs', e!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Jan Novak', e!)).toBe(true);
  });
  it('reads nothing when "with" names no person', () => {
    const text = 'He then held talks with the delegation of Slovakia.';
    expect(pronounHeldWith(text, 0, text.length, [{ start: 0, end: 2 }])).toEqual([]);
    const u = 'He said the talks with Jan Novak went well.';
    expect(pronounHeldWith(u, 0, u.length, [{ start: 23, end: 31 }])).toEqual([]);
  });
});
