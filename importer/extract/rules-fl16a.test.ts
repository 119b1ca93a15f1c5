// The fl16a round's tests (issue 6): constructions shown by three first-look samples in new styles (a regional
// organisation's secretariat release, a Caucasian foreign ministry's press release, a Pacific prime minister's office
// page), each rule on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { FL16A_PATTERNS } from './rules-fl16a.ts';
import { metRestrictedSessions, reportsBehalf } from './rules-fl16a-sessions.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

/** The relations a rule gave, by its id. */
const byRule = (text: string, rule: string) =>
  extractFacts(text, { file: 'made-up.txt', date: '2024-05-03' }, true).out.relations.filter(
    (r) => (r as { rule?: string }).rule === rule,
  );

const CALL =
  'On 3 May 2024, a videoconference was held between President of Slovenia Emil Novak and President of Chile Marta Ruiz.\n\n' +
  'During the videoconference, the leaders reviewed cooperation in energy and transport.\n\n';

describe('participated.took-part-in-own', () => {
  it('reads a person who also took part in the readout meeting, paragraphs after it', () => {
    const f = eventFacts(CALL + 'Minister of Foreign Affairs of Chile Ana Mora also took part in the videoconference.');
    expect(f.of('PARTICIPATED_IN').some((r) => /^PARTICIPATED_IN\|Ana Mora\|.*videoconference/.test(r))).toBe(true);
  });

  it('reads no one who did not or will take part, nor a meeting noun the readout meeting does not bear', () => {
    const no = eventFacts(
      CALL + 'Minister of Foreign Affairs of Chile Ana Mora did not take part in the videoconference.',
    );
    expect(no.of('PARTICIPATED_IN').some((r) => r.includes('Ana Mora'))).toBe(false);
    const later = eventFacts(
      CALL + 'Minister of Foreign Affairs of Chile Ana Mora will take part in the videoconference.',
    );
    expect(later.of('PARTICIPATED_IN').some((r) => r.includes('Ana Mora'))).toBe(false);
    const other = CALL + 'Minister of Foreign Affairs of Chile Ana Mora attended the summit.';
    expect(byRule(other, 'participated.took-part-in-own')).toEqual([]);
  });

  it('matches only a taking part followed by a meeting noun', () => {
    const re = new RegExp(FL16A_PATTERNS.tookPartInThe.source, 'iu');
    expect(re.exec('X also took part in the talks')?.[1]).toBe('talks');
    expect(re.exec('X took part in the discussion of the budget')).toBeNull();
  });
});

describe('involves.joint-body-meeting', () => {
  const HELD =
    'President Emil Novak of Slovenia held talks with President Marta Ruiz of Chile in Santiago on 3 May 2024. ';

  it('gives a joint body meeting that names no side the readout states', () => {
    const f = eventFacts(
      HELD + 'The sides agreed to hold the next meeting of the Intergovernmental Commission on trade in 2025.',
    );
    const inv = f.of('INVOLVES').filter((r) => /Intergovernmental Commission/.test(r));
    expect(inv.some((r) => r.endsWith('|Chile'))).toBe(true);
    expect(inv.some((r) => r.endsWith('|Slovenia'))).toBe(true);
  });

  it('matches a joint body, not any commission', () => {
    const re = FL16A_PATTERNS.jointBodyMeeting;
    expect(re.test('the fifth session of the Joint Committee on fisheries')).toBe(true);
    expect(re.test('the next meeting of the European Commission')).toBe(false);
    expect(re.test('a meeting of the Security Council')).toBe(false);
  });
});

describe('event.session-met-restricted', () => {
  it('reads "met one-on-one" before a further session as a session of the talks, with the leaders in it', () => {
    const t =
      'Prime Minister Emil Novak of Slovenia held talks with President Marta Ruiz of Chile in Ljubljana on 3 May 2024. ' +
      'The leaders first met one-on-one and then held delegation-level talks on trade.';
    const f = eventFacts(t);
    expect(f.of('PART_OF').some((r) => /^PART_OF\|met one-on-one\|/.test(r))).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Marta Ruiz', 'met one-on-one')).toBe(true);
  });

  it('reads no session from a one-on-one meeting alone, nor from another verb', () => {
    expect(metRestrictedSessions('President A met one-on-one with President B in Rome.')).toEqual([]);
    expect(metRestrictedSessions('They met one-on-one; later, officials held talks.')).toEqual([]);
    expect(metRestrictedSessions('They spoke one-on-one and then held talks.')).toEqual([]);
    expect(
      metRestrictedSessions('They met tête-à-tête before the talks with the delegations.').map((x) => x.surface),
    ).toEqual(['met tête-à-tête']);
  });
});

describe('negotiates-for.not-reporter', () => {
  it('gives no principal to the one who reports what is done on behalf of someone', () => {
    const t =
      'The Spokesperson of the Ministry, Mr. Jan Kowal, stated that the talks are conducted on behalf of ' +
      'President Marta Ruiz.';
    expect(reportsBehalf(t, t.indexOf(', stated'), t.indexOf('on behalf of'))).toBe(true);
    const { rels } = extractFacts(t, { file: 'made-up.txt', date: '2024-05-03' });
    expect([...rels].some((r) => r.startsWith('NEGOTIATES_FOR|Jan Kowal|'))).toBe(false);
  });

  it('still reads the agent who acts on behalf of someone', () => {
    const t = 'Mr. Jan Kowal conducted the talks on behalf of President Marta Ruiz.';
    expect(reportsBehalf(t, t.indexOf(' conducted'), t.indexOf('on behalf of'))).toBe(false);
    const { rels } = extractFacts(t, { file: 'made-up.txt', date: '2024-05-03' });
    expect(rels.has('NEGOTIATES_FOR|Jan Kowal|Marta Ruiz')).toBe(true);
  });
});
