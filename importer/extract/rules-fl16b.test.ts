// The fl16b round's tests (issue 6): constructions shown by three first-look samples in new styles, each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  EVENT_CEREMONY_TOLD,
  EVENT_MEETING_OF_WITH,
  EVENT_SESSION_SEQUENCE,
  ceremoniesTold,
  meetingsOfWith,
  sequenceSessions,
} from './rules-fl16b.ts';
import { eventFacts } from './test-facts.ts';

describe(EVENT_SESSION_SEQUENCE.id, () => {
  it('reads the stages of a meeting told in sequence as its sessions', () => {
    const t =
      'President Anna Kovacs of Hungary received Prime Minister Jan Novak of Slovakia at the Sandor Palace on 3 May ' +
      '2024. The meeting began with a tete-a-tete between the two leaders, followed by a delegation-level meeting.';
    const f = eventFacts(t);
    expect(f.names).toEqual(expect.arrayContaining(['tete-a-tete', 'delegation-level meeting']));
    expect(f.of('PART_OF').length).toBeGreaterThanOrEqual(2);
    expect(f.has('PARTICIPATED_IN', 'Jan Novak', 'delegation-level meeting')).toBe(true);
  });
  it('reads a session told as following another', () => {
    expect(
      sequenceSessions('The talks opened with a restricted session. A plenary session followed on trade.'),
    ).toEqual([
      { surface: 'restricted session', start: 24, rule: 'event.session-sequence' },
      { surface: 'plenary session', start: 46, rule: 'event.session-sequence' },
    ]);
  });
  it('does not read a session of another body, nor a session not told as a stage', () => {
    expect(sequenceSessions('The day was followed by a plenary session of the General Assembly.')).toEqual([]);
    expect(sequenceSessions('The minister addressed a plenary session on climate finance.')).toEqual([]);
    expect(sequenceSessions('The minister followed a working session closely? No: she chaired it.')).toEqual([]);
  });
});

describe(EVENT_CEREMONY_TOLD.id, () => {
  it('reads the qualified ceremony an agreement is signed in as the event it is reached at', () => {
    const t =
      'Hungary and Slovakia signed today the Agreement on Fisheries, in a virtual ceremony presided over by the ' +
      'President of Hungary, Anna Kovacs. The Minister of Trade, Jan Novak, attended the ceremony.';
    const f = eventFacts(t);
    expect(f.names).toContain('virtual ceremony');
    expect(f.has('REACHED_AT', 'Agreement on Fisheries', 'virtual ceremony')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Anna Kovacs', 'virtual ceremony')).toBe(true);
  });
  it('does not read a ceremony with no act told before it, nor one not qualified', () => {
    expect(ceremoniesTold('The minister spoke at a solemn ceremony to mark the anniversary.')).toEqual([]);
    expect(ceremoniesTold('The treaty was signed at a ceremony in the palace.')).toEqual([]);
    expect(ceremoniesTold('The treaty was signed in Rome. In a solemn ceremony, flowers were laid.')).toEqual([]);
  });
});

describe(EVENT_MEETING_OF_WITH.id, () => {
  it("reads a meeting told as one titled person's with another as their meeting", () => {
    const t =
      'The negotiations were launched after the meeting of President Kovacs of Hungary with President Novak of ' +
      'Slovakia during the state visit to Vienna in 2022.';
    const f = eventFacts(t);
    const meeting = f.names.find((n) => n.startsWith('meeting of President Kovacs'));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Kovacs', meeting!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Novak', meeting!)).toBe(true);
  });
  it('does not read a meeting of bodies, nor one person meeting with no title', () => {
    expect(meetingsOfWith('The meeting of the Council with the Commission was postponed.')).toEqual([]);
    expect(meetingsOfWith('the meeting of Anna Kovacs with the press')).toEqual([]);
  });
});
