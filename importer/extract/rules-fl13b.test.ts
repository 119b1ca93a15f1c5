// The fl13b round's tests (issue 6): constructions shown by three first-look samples in new styles (a Latin American
// presidency's note, a multilateral trade body's news item, a Commonwealth Secretariat news page), each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  amendedAgreementOf,
  bareCommonwealth,
  delegationListState,
  delegationSessionOf,
  orgTitleElsewhere,
  otherTopicItem,
} from './rules-fl13b.ts';
import { withoutQuotesBefore } from './rel-kit.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

const facts = (text: string, source = 'Ministry of Foreign Affairs of Ruritania') =>
  extractFacts(text, { file: 't.txt', date: '2024-03-01', source });
const names = (text: string, type: string, source?: string) =>
  facts(text, source)
    .out.entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();

describe('org.bare-commonwealth', () => {
  it('reads "the Commonwealth" as the organisation and gives it its officers', () => {
    const { rels } = facts('Leaders appointed Ms Ama Owusu as Secretary-General of the Commonwealth in London.');
    expect(rels.has('OFFICE_OF|Secretary-General of the Commonwealth|Commonwealth')).toBe(true);
    const t = 'Commonwealth leaders met in London.';
    expect(bareCommonwealth(t, 0, 12)).toBe(true);
  });
  it("reads the body heading its own gathering's name, which makes it the side of what the gathering adopts", () => {
    const t =
      'The Commonwealth Heads of Government Meeting 2024 closed in Apia with the adoption of the Apia Declaration.';
    expect(bareCommonwealth(t, 4, 16)).toBe(true);
    const { rels } = facts(t, 'Commonwealth Secretariat');
    expect(rels.has('PARTY_TO|Commonwealth|Apia Declaration')).toBe(true);
  });
  it('leaves longer names and ministries alone', () => {
    const t1 = 'The Commonwealth Secretariat issued a note.';
    expect(bareCommonwealth(t1, 4, 16)).toBe(false);
    const t2 = 'the Prime Minister of the Commonwealth of Dominica';
    expect(bareCommonwealth(t2, 26, 38)).toBe(false);
    const t3 = 'the Foreign, Commonwealth and Development Office';
    expect(bareCommonwealth(t3, 13, 25)).toBe(false);
    expect(
      names('The Minister met officials of the Foreign, Commonwealth and Development Office.', 'Organization'),
    ).not.toContain('Commonwealth');
  });
});

describe('office.as-title with an ordinal, office.org-title-elsewhere', () => {
  it('gives an appointee the title after "as the seventh"', () => {
    const { rels } = facts(
      'The leaders agreed to appoint Ms Ama Owusu, Minister of Trade of Ghana, as the seventh Secretary-General of the Commonwealth.',
    );
    expect(rels.has('HOLDS_OFFICE|Ama Owusu|Secretary-General of the Commonwealth')).toBe(true);
  });
  it('gives a bare organisation title the organisation the text names with it elsewhere', () => {
    const { rels } = facts(
      'The Secretary-General of the Commonwealth opened the session in Apia, Samoa. Ms Lena Brandt, who has served as Secretary-General since 2016, thanked Samoa.',
    );
    expect(rels.has('HOLDS_OFFICE|Lena Brandt|Secretary-General of the Commonwealth')).toBe(true);
    expect(orgTitleElsewhere('Secretary-General', new Map([['Secretary-General', new Set(['Commonwealth'])]]))).toBe(
      'Commonwealth',
    );
  });
  it('not for titles states have, nor when two organisations have the title', () => {
    expect(orgTitleElsewhere('President', new Map([['President', new Set(['European Commission'])]]))).toBeUndefined();
    expect(
      orgTitleElsewhere('Secretary-General', new Map([['Secretary-General', new Set(['NATO', 'United Nations'])]])),
    ).toBeUndefined();
  });
});

describe('person.unit-not-name', () => {
  it('reads no person in an administrative unit', () => {
    expect(names('Media contact: Communications Division, Ruritanian Secretariat, London.', 'Person')).toEqual([]);
    expect(names('Questions go to the Protocol Directorate of the Ministry.', 'Person')).toEqual([]);
  });
  it('still reads a person named before the unit', () => {
    expect(names('Ms Jana Novak, head of the Press Section, said the visit went well.', 'Person')).toContain(
      'Jana Novak',
    );
  });
});

describe('event.edition-year, event.private-session', () => {
  it('keeps the edition year after a gathering and its acronym', () => {
    const { names: n } = eventFacts('The Ruritanian Heads of Government Meeting (RHOGM) 2024 closed in Apia today.');
    expect(n).toContain('Ruritanian Heads of Government Meeting (RHOGM) 2024');
    const { names: n2 } = eventFacts("Leaders met at the Ruritania Leaders' Summit 2023 in Zenda.");
    expect(n2).toContain("Ruritania Leaders' Summit 2023");
  });
  it('not a year that a number or a range continues', () => {
    const { names: n } = eventFacts(
      'The Ruritania Summit 2023 10 delegations attended. The Zenda Summit 2024-25 plan was set.',
    );
    expect(n.some((x) => /\d/.test(x))).toBe(false);
  });
  it('reads a private meeting as a session of the meeting', () => {
    const f = eventFacts(
      'President Ana Ruiz received President Tomas Mora at the Palace. The two Presidents held a private meeting, followed by an expanded meeting of the two delegations.',
    );
    expect(f.names).toContain('private meeting');
    expect(f.of('PART_OF').some((r) => r.startsWith('PART_OF|private meeting|'))).toBe(true);
  });
});

describe('office.delegation-list', () => {
  it("gives a listed member's bare title the delegation's state", () => {
    const { rels } = facts(
      'The Ruritanian delegation included the Minister of Foreign Affairs, Ana Ruiz; the Chinese delegation included the Minister of Commerce, Li Wen, and the Minister of Foreign Affairs, Zhang Hua.',
    );
    expect(rels.has('HOLDS_OFFICE|Zhang Hua|Minister of Foreign Affairs of China')).toBe(true);
    expect(rels.has('HOLDS_OFFICE|Zhang Hua|Minister of Foreign Affairs of Ruritania')).toBe(false);
  });
  it('not when the delegation meets the title holder, nor across a semicolon', () => {
    const sides = [{ start: 4, end: 22, name: 'China', surface: 'Chinese delegation' }];
    const at = (t: string) => t.indexOf('Minister');
    const met = 'The Chinese delegation met the Minister of Foreign Affairs';
    expect(delegationListState(met, at(met), sides)).toBeUndefined();
    const semi = 'The Chinese delegation included two; the Minister';
    expect(delegationListState(semi, at(semi), sides)).toBeUndefined();
    const contrast = 'The Chinese delegation included the Premier, while the Minister';
    expect(delegationListState(contrast, at(contrast), sides)).toBeUndefined();
    const listed = 'The Chinese delegation included the Minister';
    expect(delegationListState(listed, at(listed), sides)).toBe('China');
  });
});

describe('agreement.amending-protocol, based-on.amending-protocol', () => {
  it('names a protocol by the agreement it upgrades, and rests it on that agreement', () => {
    const { rels, out } = facts(
      'The ministers signed the Protocol to upgrade the Free Trade Agreement between Ruritania and Chile, in force since 2010.',
    );
    const ags = out.entities.filter((e) => e.type === 'Agreement').map((e) => e.name);
    expect(ags).toContain('Protocol to upgrade the Free Trade Agreement between Ruritania and Chile');
    expect(
      [...rels].some((r) =>
        r.startsWith('BASED_ON|Protocol to upgrade the Free Trade Agreement between Ruritania and Chile|'),
      ),
    ).toBe(true);
    expect(amendedAgreementOf('Protocol amending the Convention on Fisheries')).toBe('Convention on Fisheries');
  });
  it('not a protocol to an agreement, nor one that upgrades relations', () => {
    expect(amendedAgreementOf('Protocol to the Convention on Fisheries')).toBeUndefined();
    expect(amendedAgreementOf('Protocol to upgrade the relations between the two countries')).toBeUndefined();
  });
});

describe('reached-at.closed-with, reached-at.concluded-by', () => {
  it('reaches what a gathering closed with the adoption of at that gathering', () => {
    const f = eventFacts(
      "The Ruritania Leaders' Summit closed in Zenda today with the adoption of the Zenda Declaration and of the Ocean Charter.",
    );
    expect(f.has('REACHED_AT', 'Zenda Declaration', "Ruritania Leaders' Summit")).toBe(true);
    expect(f.has('REACHED_AT', 'Ocean Charter', "Ruritania Leaders' Summit")).toBe(true);
    expect(f.has('DISCUSSED', "Ruritania Leaders' Summit", 'Zenda Declaration')).toBe(false);
  });
  it('reaches what members concluded a conference by adopting', () => {
    const f = eventFacts(
      'Members concluded the Fifth Ministerial Conference in Zenda on Friday by adopting the Zenda Declaration on Food Security.',
    );
    expect(f.has('REACHED_AT', 'Zenda Declaration on Food Security', 'Fifth Ministerial Conference')).toBe(true);
  });
  it('not a gathering that closed with a call, nor an earlier agreement before the cue', () => {
    const f = eventFacts(
      "The Ruritania Leaders' Summit, guided by the Zenda Declaration, closed in Zenda today with a call for peace.",
    );
    expect(f.has('REACHED_AT', 'Zenda Declaration', "Ruritania Leaders' Summit")).toBe(false);
  });
});

describe('discussed.not-followed-up: "preceded by"', () => {
  it('keeps a gathering that preceded the meeting out of its topics', () => {
    const f = eventFacts(
      "The Ruritania Leaders' Summit opened in Zenda on Friday. The leaders' meeting was preceded by the Ruritania Foreign Ministers' Meeting on 24 October.",
    );
    expect(f.has('DISCUSSED', "Ruritania Leaders' Summit", "Ruritania Foreign Ministers' Meeting")).toBe(false);
  });
});

describe('negotiates-for.not-chair', () => {
  it('gives the chair of multilateral negotiations no side', () => {
    const { rels } = facts(
      'The negotiations on the Fisheries Agreement were chaired by Ambassador Luis Mora of Colombia, who handled the text.',
    );
    expect(rels.has('NEGOTIATES_FOR|Luis Mora|Colombia')).toBe(false);
  });
  it('still gives a delegation head his side', () => {
    const { rels } = facts(
      'In the negotiations on the Fisheries Agreement, the Colombian delegation was headed by Ambassador Luis Mora.',
    );
    expect(rels.has('NEGOTIATES_FOR|Luis Mora|Colombia')).toBe(true);
  });
});

describe('sides.org-members', () => {
  it("makes the organisation whose members adopt the texts their party, not the chair's state", () => {
    const { rels } = facts(
      'WTO members concluded the Fifth Ministerial Conference under the chairmanship of Luis Mora, Deputy Minister of Trade of Colombia, by adopting the Zenda Declaration on Food Security.',
      'World Trade Organization',
    );
    expect(rels.has('PARTY_TO|World Trade Organization|Zenda Declaration on Food Security')).toBe(true);
    expect(rels.has('PARTY_TO|Colombia|Zenda Declaration on Food Security')).toBe(false);
  });
  it('not when the members only meet', () => {
    const { rels } = facts(
      'WTO members met in Zenda. Ruritania and Chile signed the Zenda Declaration on Food Security.',
      'World Trade Organization',
    );
    expect(rels.has('PARTY_TO|World Trade Organization|Zenda Declaration on Food Security')).toBe(false);
  });
});

describe('involves.other-topic-item', () => {
  it("keeps the states of the list's other items out of an incident's parties", () => {
    const t =
      'They welcomed the accession of Gabon and Togo and discussed the situation in Ukraine, the Middle East and the conflict in Sudan.';
    const e = { start: t.indexOf('conflict in Sudan') };
    const at = (w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    expect(otherTopicItem(t, at('Gabon'), e, 0)).toBe(true);
    expect(otherTopicItem(t, at('Togo'), e, 0)).toBe(true);
    expect(otherTopicItem(t, at('Ukraine'), e, 0)).toBe(true);
    const { rels } = facts(`Leaders met in Zenda on Friday. ${t}`);
    expect(rels.has('INVOLVES|conflict in Sudan|Sudan')).toBe(true);
    expect(rels.has('INVOLVES|conflict in Sudan|Gabon')).toBe(false);
  });
  it('keeps an actor told before the incident', () => {
    const t = "They condemned Russia's attack on Ukraine, and the attack in Kharkiv.";
    const at = (w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    expect(otherTopicItem(t, at('Russia'), { start: t.indexOf('attack on') }, 0)).toBe(false);
  });
});

describe('event.quote-not-planned, participated.spoke-at, executive session', () => {
  it('reads a quotation before the event as what was said, and its speaker as taking part', () => {
    const f = eventFacts(
      'The Fifth Ministerial Conference opened in Zenda on Monday. "The deal will change lives," Director-General Ana Ruiz told ministers at the closing session.',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Ana Ruiz|closing session'))).toBe(true);
    expect(withoutQuotesBefore('"We will meet," she said at the summit.', 30)).not.toMatch(/will/);
  });
  it('keeps a quotation around the event, and an event after a plain "will"', () => {
    const q = 'She said: "We will hold the summit in May."';
    expect(withoutQuotesBefore(q, q.indexOf('summit') + 6)).toBe(q);
    const f = eventFacts(
      'The two ministers will meet at the Zenda Summit next year, Ana Ruiz said at the closing session.',
    );
    expect(f.of('PARTICIPATED_IN').some((r) => r.includes('|Zenda Summit'))).toBe(false);
  });
  it('reads "opened the executive session" as taking part in a session of the gathering', () => {
    const f = eventFacts(
      "The Ruritania Leaders' Summit closed in Zenda today. King Rudolf V, Head of the Union, opened the executive session on 25 October.",
    );
    expect(f.names).toContain('executive session');
    expect(f.has('PART_OF', 'executive session', "Ruritania Leaders' Summit")).toBe(true);
  });
});

describe('event.signing-at-received, participated.delegation-session', () => {
  const text =
    'Presidents Ruiz and Mora sign the Zenda Trade Protocol and open a port\n\n' +
    'The President of the Republic, Ana Ruiz, received this afternoon at the Government Palace the President of Ruritania, Tomas Mora. ' +
    'The two Presidents held a private meeting, followed by an expanded meeting of the two delegations. ' +
    'The Ruritanian delegation included the Minister of Foreign Affairs, Jan Kral. ' +
    'The ministers then signed the Zenda Trade Protocol.';
  it('keeps the audience told in the opening as the main event, not the headline signing', () => {
    const f = eventFacts(text);
    expect(f.names.some((n) => /^signing of/.test(n))).toBe(false);
    expect(f.of('PART_OF').some((r) => r.startsWith('PART_OF|expanded meeting|'))).toBe(true);
  });
  it("gives the delegations' members the expanded meeting, not the private one", () => {
    const f = eventFacts(text);
    expect(f.has('PARTICIPATED_IN', 'Jan Kral', 'expanded meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Jan Kral', 'private meeting')).toBe(false);
    expect(delegationSessionOf(['private meeting', 'working lunch'], (x) => x)).toBeUndefined();
  });
});

describe('event.signing-at-received: only a leader received', () => {
  it('leaves the headline signing the main event when a delegation is received', () => {
    const f = eventFacts(
      'Ruritania and Chile sign the Zenda Joint Declaration\n\n' +
        'King Rudolf V received on Tuesday at the Royal Palace in Zenda a delegation from Chile led by Minister Ana Ruiz. ' +
        'The Zenda Joint Declaration was then signed in the presence of the King.',
    );
    expect(f.names.some((n) => /^signing of/.test(n))).toBe(true);
  });
});
