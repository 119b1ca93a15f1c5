// Tests of the evk32a rules (issue 6) on made-up sentences, negatives included: stages of one meeting told in sequence
// that no other session rule read.
import { describe, expect, it } from 'vitest';

import { EVENT_SESSION_STAGE } from './rules-evk32a.ts';
import { eventFacts } from './test-facts.ts';

const OPENING =
  'President Anna Berg of Norway paid a state visit to Sweden on Tuesday at the invitation of President Erik Lund of Sweden. ';

/** The event names of made-up text after a made-up opening visit. */
const names = (text: string) => eventFacts(OPENING + text).names;

describe('event.session-stage', { timeout: 60000 }, () => {
  it('reads a first stage "first in a restricted format" and a later stage "then with their delegations"', () => {
    const f = eventFacts(
      OPENING + 'The two Heads of State then held talks, first in a restricted format and then with their delegations.',
    );
    expect(f.names).toEqual(expect.arrayContaining(['talks in a restricted format', 'delegation-level talks']));
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', 'talks in a restricted format')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Erik Lund', 'delegation-level talks')).toBe(true);
  });

  it('reads "continued at delegation level" after a first stage of the same sentence', () => {
    expect(
      names('The talks began with a one-on-one meeting between the two Presidents and continued at delegation level.'),
    ).toEqual(expect.arrayContaining(['one-on-one meeting', 'delegation-level talks']));
  });

  it('reads "held a closed session, followed by expanded talks"', () => {
    expect(names('The two sides held a closed session, followed by expanded talks with ministers.')).toEqual(
      expect.arrayContaining(['closed session', 'expanded talks']),
    );
  });

  it('reads no later stage without a first one, no closed session of a body, no delegation of someone', () => {
    const none = (text: string, word: RegExp) => expect(names(text).filter((n) => word.test(n))).toEqual([]);
    none('President Lund then met with both delegations at the palace.', /delegation-level/);
    none('The ministers continued at delegation level the work of the commission.', /delegation-level/);
    none('The Security Council held a closed session on the situation in the region.', /closed session/);
    none('Meetings of this kind are often held in a closed session.', /closed session/);
    none('The two Presidents held talks, first in a restricted format.', /delegation-level/);
  });

  it('keeps its patterns to the stage words', () => {
    const re = new RegExp(EVENT_SESSION_STAGE.delegationStage.source, 'iu');
    expect(re.exec('and then with their delegations')?.[1]).toBe('with their delegations');
    expect(re.exec('and continued at delegation level')?.[1]).toBe('at delegation level');
    expect(re.test('and then with their delegations of experts')).toBe(false);
    expect(new RegExp(EVENT_SESSION_STAGE.closed.source, 'iu').test('held a closed session of the Board')).toBe(false);
  });
});

describe('event.session "talks in a narrow format" (evk32a: the article "a")', { timeout: 60000 }, () => {
  it('reads talks held in a narrow format as a session', () => {
    expect(
      names('The two Presidents then held talks in a narrow format, after which their delegations joined them.'),
    ).toEqual(expect.arrayContaining(['talks in a narrow format']));
  });
});

const SIGNING =
  'Foreign Minister Anna Berg of Norway and Foreign Minister Erik Lund of Sweden today signed in Oslo the Fisheries Agreement between Norway and Sweden. ';

describe('event.their-beside-ceremony', { timeout: 60000 }, () => {
  it('reads "their meeting before the ceremony" with the two people its sentence names', () => {
    const f = eventFacts(
      SIGNING +
        'The two ministers, Anna Berg and Erik Lund, also discussed Arctic cooperation during their meeting before the ceremony.',
    );
    expect(f.names).toContain('meeting before the ceremony');
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', 'meeting before the ceremony')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Erik Lund', 'meeting before the ceremony')).toBe(true);
  });

  it('reads "In their conversation after the signing, …"', () => {
    expect(
      eventFacts(SIGNING + 'In their conversation after the signing, the ministers reviewed the fisheries quotas.')
        .names,
    ).toContain('conversation after the signing');
  });

  it('reads no meeting still to come, none beside a summit, no generic mention', () => {
    const none = (text: string) =>
      expect(eventFacts(SIGNING + text).names.filter((n) => /(?:before|after) the/.test(n))).toEqual([]);
    none('The two ministers will hold their meeting after the ceremony.');
    none('The two ministers discussed trade during their meeting after the summit.');
    none('Meetings before a ceremony are customary in Oslo.');
  });
});

describe('event.received-delegation-guest', { timeout: 60000 }, () => {
  it('gives "the delegation was received by" to the one who led it', () => {
    const f = eventFacts(
      'Speaker Anna Berg of Norway led a parliamentary delegation on a visit to Sweden on 2 May, in the course of which the delegation was received by President Erik Lund.',
    );
    expect(f.names).toContain('Lund-Berg meeting');
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', 'Lund-Berg meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Erik Lund', 'Lund-Berg meeting')).toBe(true);
  });

  it('matches the side of "the Norwegian delegation" to the leader told of that delegation', () => {
    const f = eventFacts(
      'The Joint Commission of Norway and Sweden met in Stockholm on 2 May. The Norwegian delegation was led by Minister Anna Berg. The Swedish delegation was led by Minister Olof Dahl. On the sidelines of the meeting, the Norwegian delegation was received by President Erik Lund.',
    );
    expect(f.has('PARTICIPATED_IN', 'Anna Berg', 'Lund-Berg meeting')).toBe(true);
    expect(f.of('PARTICIPATED_IN').some((r) => r.startsWith('PARTICIPATED_IN|Olof Dahl|Lund-Dahl'))).toBe(false);
  });

  it('gives no guest when two leaders are told for a bare "the delegation", or none', () => {
    const lund = (text: string) => eventFacts(text).names.filter((n) => /-Lund meeting$/.test(n));
    expect(
      lund(
        'The Joint Commission of Norway and Sweden met in Stockholm on 2 May. The Norwegian delegation was led by Minister Anna Berg. The Swedish delegation was led by Minister Olof Dahl. On Thursday the delegation was also received by President Erik Lund.',
      ),
    ).toEqual([]);
    expect(
      lund(
        'A trade delegation from Norway visited Stockholm on 2 May. The delegation was received by President Erik Lund.',
      ),
    ).toEqual([]);
  });
});

describe('event.preceded-by and participated.preceded-by-group', { timeout: 60000 }, () => {
  const TRIO =
    'The Minister of National Defence of Norway, Anna Berg, the Minister of National Defence of Sweden, Erik Lund, and the Minister of National Defence of Finland, Olof Dahl, today signed in Oslo a Memorandum of Understanding on mine countermeasures. ';

  it('reads the meeting that preceded the signing, held by the three ministers the group noun names', () => {
    const f = eventFacts(
      TRIO +
        'The signing was preceded by a trilateral meeting of the three defence ministers, attended by their chiefs of staff.',
    );
    expect(f.names).toContain('trilateral meeting of the three defence ministers');
    for (const p of ['Anna Berg', 'Erik Lund', 'Olof Dahl'])
      expect(f.has('PARTICIPATED_IN', p, 'trilateral meeting of the three defence ministers')).toBe(true);
  });

  it('reads consultations told with their duration, up to the clause after them', () => {
    expect(
      eventFacts(
        TRIO +
          'The signing was preceded by two days of consultations between naval experts of Norway, Sweden and Finland, which prepared the text.',
      ).names,
    ).toContain('consultations between naval experts of Norway, Sweden and Finland');
  });

  it('reads no announcement, and gives no participants when the number does not fit', () => {
    const f = eventFacts(
      TRIO +
        'The signing was preceded by the announcement of a joint exercise. It was preceded by a meeting of the four defence ministers.',
    );
    expect(f.names.filter((n) => /announcement/.test(n))).toEqual([]);
    expect(f.of('PARTICIPATED_IN').filter((r) => r.endsWith('|meeting of the four defence ministers'))).toEqual([]);
  });
});
