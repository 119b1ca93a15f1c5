// The fl18a round's tests (issue 6): constructions shown by three first-look samples in new styles, each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  EVENT_GATHERING_OBJECT,
  EVENT_BODY_OF_DATES,
  EVENT_OPENING_SKIPS_DATELINE,
  bodiesOfDates,
  NEGOTIATES_FOR_BEHALF_OF_TITLE,
  behalfOfTitle,
  titleHolderFor,
  NEGOTIATES_THOSE_TALKS,
  pointsBackToTalks,
  EVENT_SESSION_FOLLOWED_LIST,
  PARTICIPATED_DELEGATION_MEMBER,
  delegationMemberAt,
  sessionsFollowedList,
  EVENT_PLANNED_SAME_FORMAT,
  ORG_NOT_MEETINGS_OF,
  plannedSameFormat,
  withoutMeetingsOf,
  EVENT_SESSION_HELD_WITH,
  PARTICIPATED_GROUP_JOINED_BY,
  joinedByFrom,
  sessionsHeldWith,
  EVENT_SUMMIT_OF_BODY,
  gatheringObjects,
  openingSentence,
  summitsOfBodies,
} from './rules-fl18a.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

describe(EVENT_GATHERING_OBJECT.id, () => {
  it('reads a lowercase gathering told as the object of hosting, attending or accompanying someone to it', () => {
    expect(
      gatheringObjects(
        'The Foreign Minister of Malta, Ana Vella, hosted the meeting of OSCE Ministers of Defence in Valletta.',
      ).map((g) => g.surface),
    ).toEqual(['meeting of OSCE Ministers of Defence']);
    expect(
      gatheringObjects(
        'The Minister, Dr Ana Vella, accompanied the President, Mr Karl Borg, to the informal meeting in a broader format on the border question, convened in Vienna.',
      ).map((g) => g.surface),
    ).toEqual(['informal meeting in a broader format on the border question']);
    expect(
      gatheringObjects('Minister Vella attended the extraordinary session of the Council of Ministers on 3 May.').map(
        (g) => g.surface,
      ),
    ).toEqual(['extraordinary session of the Council of Ministers']);
  });
  it('makes the gathering the readout’s own event, with the people of the opening and of "Taking part"', () => {
    const t =
      'The Minister of Foreign Affairs, Dr Ana Vella, accompanied the President of the Republic, Mr Karl Borg, to the ' +
      'informal meeting in a broader format on the border question, convened by the Secretary-General of the United ' +
      'Nations, Mr Juan Soto, in Vienna on 3 May. Taking part in the meeting were the Minister of Foreign Affairs of ' +
      'Greece, Mr Nikos Papas. On the margins of the meeting, Minister Vella had a bilateral meeting with Minister Papas.';
    const f = eventFacts(t);
    const main = 'informal meeting in a broader format on the border question';
    expect(f.names).toContain(main);
    expect(f.names.filter((n) => n.startsWith('Vella-Borg'))).toEqual([]);
    for (const p of ['Ana Vella', 'Karl Borg', 'Juan Soto', 'Nikos Papas'])
      expect(f.has('PARTICIPATED_IN', p, main)).toBe(true);
    expect(f.has('PART_OF', 'Vella-Papas meeting', main)).toBe(true);
  });
  it('does not read a bare noun, a meeting with someone, a date after "on", or a phrase holding a named event', () => {
    expect(gatheringObjects('Minister Vella attended the meeting in Vienna.')).toEqual([]);
    expect(gatheringObjects('Ms Vella accompanied the President to the talks with President Karl Borg.')).toEqual([]);
    expect(gatheringObjects('Minister Vella attended the summit on 3 May in Vienna.')).toEqual([]);
    expect(gatheringObjects('The ministers discussed the meeting of the foreign ministers of the region.')).toEqual([]);
    const f = eventFacts(
      'President Karl Borg attended the plenary session of the 79th UN General Assembly in New York.',
    );
    expect(f.names.filter((n) => n.startsWith('plenary session of'))).toEqual([]);
  });
});

describe(EVENT_OPENING_SKIPS_DATELINE.id, () => {
  const s = (text: string, heading = false) => ({ text, heading });
  it('skips a date in figures set as a paragraph of its own, and keeps a dateline with a place', () => {
    expect(openingSentence([s('Title', true), s('01.12.2021.'), s('The Minister met X.')])?.text).toBe(
      'The Minister met X.',
    );
    expect(openingSentence([s('Budapest, 3 May 2024.'), s('The Minister met X.')])?.text).toBe('Budapest, 3 May 2024.');
  });
  it('keeps the first prose sentence when it tells something, and falls back to it when none does', () => {
    expect(openingSentence([s('On 3 May the Minister met X.'), s('Later.')])?.text).toBe(
      'On 3 May the Minister met X.',
    );
    expect(openingSentence([s('Title', true), s('01.12.2021.')])?.text).toBe('01.12.2021.');
  });
  it('finds the gathering of an opening after a date paragraph', () => {
    const f = eventFacts(
      'Ministers meet in Valletta\n\n03.05.2024.\n\nOn 3 May, the Minister of Foreign Affairs of Malta, Ana Vella, hosted the meeting of OSCE Ministers of Defence in Valletta.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Vella', 'meeting of OSCE Ministers of Defence')).toBe(true);
  });
});

describe(EVENT_SUMMIT_OF_BODY.id, () => {
  it('reads "the Summit of the <body>" as an event, one with a later "<acronym> Summit"', () => {
    const f = eventFacts(
      'President Ana Ruiz held talks with President Karl Borg on the sidelines of the Summit of the Forum on ' +
        'China-Africa Cooperation (FOCAC) in Beijing. The two leaders praised the FOCAC Summit.',
    );
    const summit = 'Summit of the Forum on China-Africa Cooperation';
    expect(f.names).toContain(summit);
    expect(f.names).not.toContain('FOCAC Summit');
    expect(f.has('PART_OF', 'Ruiz-Borg talks in Beijing', summit)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Karl Borg', summit)).toBe(true);
  });
  it('gives the head and the short forms from the body’s other names', () => {
    const text = 'at the Ministerial Conference of the Pacific Forum (PF) and the PF Ministerial Conference';
    const hits = [
      { type: 'Organization', name: 'Pacific Forum', surface: 'Pacific Forum', start: 37, end: 50 },
      { type: 'Organization', name: 'Pacific Forum', surface: 'PF', start: 52, end: 54 },
    ];
    expect(summitsOfBodies(text, hits)).toEqual([
      {
        surface: 'Ministerial Conference of the Pacific Forum',
        start: 7,
        shortForms: ['PF Ministerial Conference'],
        rule: 'event.summit-of-body',
        sameForms: ['Ministerial Conference of the Pacific Forum', 'Ministerial Conference of the PF'],
      },
    ]);
  });
  it('does not read a lowercase head, a state, or a body with no head before it', () => {
    const hits = (start: number, type = 'Organization') => [
      { type, name: 'Pacific Forum', surface: 'Pacific Forum', start, end: start + 13 },
    ];
    expect(summitsOfBodies('a summit of the Pacific Forum', hits(16))).toEqual([]);
    expect(summitsOfBodies('the Summit of the Pacific Forum', hits(18, 'State'))).toEqual([]);
    expect(summitsOfBodies('the members of the Pacific Forum', hits(19))).toEqual([]);
  });
});

describe('incident.organised-by and the fl18a incident words (drought, build-up, hybrid)', () => {
  it('reads an attack told with its organiser before its targets, a drought told with its cause, a build-up', () => {
    const f = eventFacts(
      'The ministers discussed the hybrid attack organised by the regime in Minsk against Latvia and Poland, ' +
        "Russia's military build-up near the borders of Ukraine, and the drought caused by El Niño in Zambia.",
    );
    const attack = f.names.find((n) => n.startsWith('hybrid attack organised by'));
    expect(attack).toBeDefined();
    expect(f.has('INVOLVES', attack!, 'Latvia')).toBe(true);
    expect(f.has('INVOLVES', attack!, 'Poland')).toBe(true);
    expect(f.names).toContain("Russia's military build-up near the borders of Ukraine");
    expect(f.has('INVOLVES', "Russia's military build-up near the borders of Ukraine", 'Russia')).toBe(true);
    expect(f.names.some((n) => n.startsWith('drought caused by'))).toBe(true);
  });
  it('does not read a build-up of something other than forces, or an organised meeting, as an incident', () => {
    const f = eventFacts(
      'The ministers discussed the meeting organised by Latvia and the build-up of trust between them.',
    );
    expect(f.names.filter((n) => /build-up|meeting organised/.test(n))).toEqual([]);
  });
});

describe('office.high-representative-of-eu', () => {
  it('gives the High Representative "of the European Union for …" to the Union, and no negotiator role', () => {
    const { rels } = extractFacts(
      'The Minister of Foreign Affairs of Malta, Ana Vella, met the High Representative of the European Union for ' +
        'Foreign Affairs and Security Policy, Josep Borrell, in Valletta.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    const office = 'High Representative of the European Union for Foreign Affairs and Security Policy';
    expect(rels.has(`OFFICE_OF|${office}|European Union`)).toBe(true);
    expect(rels.has(`OFFICE_OF|${office} of Malta|Malta`)).toBe(false);
    expect(rels.has('NEGOTIATES_FOR|Josep Borrell|European Union')).toBe(false);
  });
});

describe(EVENT_SESSION_HELD_WITH.id, () => {
  const opening =
    'On 3 May, the Minister of Foreign Affairs of Malta, Ana Vella, hosted the meeting of OSCE Ministers of Defence in Valletta.\n\n';
  it("reads a session the gathering's members held with guests, part of the gathering, with the guests in both", () => {
    const f = eventFacts(
      `${opening}The ministers then held a session with the Minister for Foreign Affairs of Finland, Pekka Lahti, and ` +
        'the Minister for Foreign Affairs of Sweden, Ann Lund, devoted to security.',
    );
    const session = 'session with the Minister for Foreign Affairs of Finland';
    expect(f.names).toContain(session);
    expect(f.has('PART_OF', session, 'meeting of OSCE Ministers of Defence')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ann Lund', session)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ann Lund', 'meeting of OSCE Ministers of Defence')).toBe(true);
  });
  it('does not read a session held with a body rather than with guests', () => {
    const f = eventFacts(
      `${opening}The delegations then held a working session with the OSCE Secretariat on the preparation of the talks.`,
    );
    expect(f.names.filter((n) => n.startsWith('working session with'))).toEqual([]);
  });
  it('does not read one person’s session or a body’s session', () => {
    expect(sessionsHeldWith('He held a session with students of the university, on security.')).toEqual([]);
    expect(sessionsHeldWith('The Council held its session with the observers, on security.')).toEqual([]);
    expect(sessionsHeldWith('The leaders held a working session with the President of Chile, Ana Soto.')).toEqual([
      { surface: 'working session with the President of Chile', start: 19 },
    ]);
  });
});

describe(PARTICIPATED_GROUP_JOINED_BY.id, () => {
  it('gives the gathering the people who joined its members', () => {
    const f = eventFacts(
      'On 3 May, the Minister of Foreign Affairs of Malta, Ana Vella, hosted the meeting of OSCE Ministers of Defence ' +
        'in Valletta.\n\nOn the second day the Allies were joined by the Minister for Foreign Affairs of Ukraine, Dmytro Kuleba.',
    );
    expect(f.has('PARTICIPATED_IN', 'Dmytro Kuleba', 'meeting of OSCE Ministers of Defence')).toBe(true);
  });
  it('does not read one person joined by someone, or a group joined by no one named', () => {
    expect(joinedByFrom('The President was joined by his wife, Maria Soto.')).toBeUndefined();
    expect(joinedByFrom('The ministers joined by video the talks.')).toBeUndefined();
    expect(joinedByFrom('The Nordic ministers were joined by the Minister of Ukraine, X.')).toBe(36);
  });
});

describe(EVENT_PLANNED_SAME_FORMAT.id, () => {
  it('reads the next gathering of a series announced with its format, planned, discussed by the meeting', () => {
    expect(plannedSameFormat('He announced that a new meeting in the same format will be held in July.')).toEqual([
      { surface: 'new meeting in the same format', start: 20 },
    ]);
    expect(
      plannedSameFormat('They agreed that another round at the same level would take place in Oslo.')[0]?.surface,
    ).toBe('round at the same level');
    const f = eventFacts(
      'The Secretary-General convened the informal meeting on the border question in Vienna on 3 May, with the ' +
        'President of Malta, Karl Borg. At its close he announced that a new meeting in the same format will be held in July.',
    );
    expect(f.has('DISCUSSED', 'informal meeting on the border question', 'new meeting in the same format')).toBe(true);
    expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith('|new meeting in the same format'))).toEqual([]);
  });
  it('does not read a gathering with no format, or one already held in that format', () => {
    expect(plannedSameFormat('A meeting will be held in July.')).toEqual([]);
    expect(plannedSameFormat('The meeting in the same format was held in July.')).toEqual([]);
  });
});

describe(`${ORG_NOT_MEETINGS_OF.id} and ${EVENT_SUMMIT_OF_BODY.id} with two bodies`, () => {
  it('reads the Annual Meetings of two bodies as an event, not an organisation, and the MoU signed there', () => {
    const t =
      'The Memorandum of Understanding on the restructuring of the debt was signed on the margins of the Annual ' +
      'Meetings of the International Monetary Fund and the World Bank in Marrakech.';
    const { out, rels } = extractFacts(t, { file: 'made-up.txt', date: '2024-05-03' });
    const meetings = 'Annual Meetings of the International Monetary Fund and the World Bank';
    expect(out.entities.filter((e) => e.type === 'Organization' && e.name.startsWith('Annual'))).toEqual([]);
    expect(rels.has(`REACHED_AT|Memorandum of Understanding on the restructuring of the debt|${meetings}`)).toBe(true);
  });
  it('keeps what follows "Meetings of the" and leaves other chains', () => {
    expect(withoutMeetingsOf(10, 'Annual Meetings of the World Bank')).toEqual({ s: 33, name: 'World Bank' });
    expect(withoutMeetingsOf(0, 'Meeting of the Parties')).toEqual({ s: 0, name: 'Meeting of the Parties' });
  });
});

describe(EVENT_SESSION_FOLLOWED_LIST.id, () => {
  it('reads each stage told after "followed (time) by" and "and by" as a session of the gathering', () => {
    expect(
      sessionsFollowedList(
        'It opened with a working dinner, followed on Tuesday morning by a plenary session and by separate meetings ' +
          'of the Chair with each of the two leaders.',
      ).map((x) => x.surface),
    ).toEqual(['plenary session', 'separate meetings of the Chair with each of the two leaders']);
    const f = eventFacts(
      'The Secretary-General convened the informal meeting on the border question in Vienna on 3 May, with the ' +
        'President of Malta, Karl Borg. The meeting was followed the next day by a plenary session.',
    );
    expect(f.has('PART_OF', 'plenary session', 'informal meeting on the border question')).toBe(true);
  });
  it('does not read a stage with no qualifier, one of another body, or "followed" with no "by"', () => {
    expect(sessionsFollowedList('The talks were followed by a meeting.')).toEqual([]);
    expect(sessionsFollowedList('The talks were followed by a session of the working group.')).toEqual([]);
    expect(sessionsFollowedList('They followed the plenary session closely.')).toEqual([]);
  });
});

describe(PARTICIPATED_DELEGATION_MEMBER.id, () => {
  it("gives the readout's gathering the person told to be a member of a delegation", () => {
    const f = eventFacts(
      'The Secretary-General convened the informal meeting on the border question in Vienna on 3 May, with the ' +
        'President of Malta, Karl Borg. Ambassador Pedro Mora, who represents the President in the talks, was a ' +
        'member of the delegation of the Republic.',
    );
    expect(f.has('PARTICIPATED_IN', 'Pedro Mora', 'informal meeting on the border question')).toBe(true);
  });
  it('does not read a delegation to something else, or a sentence with no member', () => {
    expect(delegationMemberAt('He was a member of the delegation to the talks in 2019.')).toBeUndefined();
    expect(delegationMemberAt('The delegation of the Republic was led by the President.')).toBeUndefined();
    expect(delegationMemberAt('Mr X was also a member of the Maltese delegation.')).toBe(5);
  });
});

describe(NEGOTIATES_THOSE_TALKS.id, () => {
  it('gives the head of the team "in those talks" the agreement of the sentence before, not the headline one', () => {
    const { rels } = extractFacts(
      'Malta and Chile sign the Memorandum of Understanding on Port Cooperation\n\n' +
        'Malta and Chile today signed the Memorandum of Understanding on Port Cooperation in Valletta. The President ' +
        'recalled that the Memorandum of Understanding on Debt Relief was signed with the creditors in 2023. The Maltese ' +
        'negotiating team in those talks was led by the Minister of Finance, Dr. Karl Borg.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect(rels.has('NEGOTIATES|Karl Borg|Memorandum of Understanding on Debt Relief')).toBe(true);
    expect(rels.has('NEGOTIATES|Karl Borg|Memorandum of Understanding on Port Cooperation')).toBe(false);
  });
  it('reads only a pointer back to talks', () => {
    expect(pointsBackToTalks('The team in those talks was led by X.')).toBe(true);
    expect(pointsBackToTalks('The team during these negotiations was led by X.')).toBe(true);
    expect(pointsBackToTalks('Those talks will resume in May.')).toBe(false);
    expect(pointsBackToTalks('The team in the talks was led by X.')).toBe(false);
  });
});

describe(NEGOTIATES_FOR_BEHALF_OF_TITLE.id, () => {
  it("gives the agent the holder of the leader's title of the agent's own state", () => {
    const { rels } = extractFacts(
      'President Karl Borg of Malta held talks with President Ana Soto of Chile in Beijing. The Maltese negotiating ' +
        'team was led by the Minister of Finance, Dr. Pedro Mora, on behalf of the President.',
      { file: 'made-up.txt', date: '2024-05-03' },
    );
    expect(rels.has('NEGOTIATES_FOR|Pedro Mora|Karl Borg')).toBe(true);
    expect(rels.has('NEGOTIATES_FOR|Pedro Mora|Ana Soto')).toBe(false);
  });
  it('picks one holder only', () => {
    const h = (who: string, title: string, owner: string) => ({ who, title, owner });
    const holders = [h('Borg', 'President of Malta', 'Malta'), h('Soto', 'President of Chile', 'Chile')];
    expect(titleHolderFor('President', ['Malta'], holders)).toBe('Borg');
    expect(titleHolderFor('President', ['Peru'], holders)).toBeUndefined();
    expect(titleHolderFor('Prime Minister', ['Malta'], holders)).toBeUndefined();
  });
  it('does not read a title with its own complement or a possessive', () => {
    expect(behalfOfTitle('He spoke on behalf of the President of the Council.')).toBeUndefined();
    expect(behalfOfTitle("He acted on behalf of the President's office.")).toBeUndefined();
    expect(behalfOfTitle('He signed on behalf of the Prime Minister.')).toEqual({ title: 'Prime Minister', at: 10 });
  });
});

describe(EVENT_BODY_OF_DATES.id, () => {
  it('reads a body named with the days it sits as that meeting, discussed by the meeting that prepared it', () => {
    const f = eventFacts(
      'On the margins, Minister Ana Vella had a bilateral meeting with Minister Karl Borg, in which the two ministers ' +
        'coordinated ahead of the European Council of 20 and 21 March.',
    );
    expect(f.names).toContain('European Council of 20 and 21 March');
    expect(f.of('DISCUSSED').some((r) => r.endsWith('|European Council of 20 and 21 March'))).toBe(true);
  });
  it('does not read a body followed by a year alone or by no date', () => {
    const hit = [{ type: 'Organization', start: 4, end: 20 }];
    expect(bodiesOfDates('the European Council of 2024 met', hit)).toEqual([]);
    expect(bodiesOfDates('the European Council of the Union', hit)).toEqual([]);
    expect(bodiesOfDates('the European Council of 26–27 June', hit)).toEqual([
      { surface: 'European Council of 26–27 June', start: 4 },
    ]);
  });
});
