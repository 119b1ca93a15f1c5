// Unit tests of the event rules on a readout of our own (test/fixtures/readouts/2014-07-19-australia-netherlands-call.txt)
// and on short texts: incidents and their parties, planned meetings, visits told with a verb, the two leaders.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import { eventDate } from './event-when-where.ts';

const FIXTURE = new URL('../../test/fixtures/readouts/2014-07-19-australia-netherlands-call.txt', import.meta.url)
  .pathname;

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const events = out.entities.filter((e) => e.type === 'Event');
  return { out, events, rels };
}

describe('event rules on the Australia-Netherlands call', () => {
  const { events, rels } = facts(readFileSync(FIXTURE, 'utf8'), '2014-07-19-australia-netherlands-call.txt');
  const main = 'Abbott-Rutte telephone conversation of 19 July 2014';

  it('names a shoot-down and links it to the states of its actors and victims', () => {
    const downing = 'downing of Malaysia Airlines Flight MH17';
    expect(events.map((e) => e.name)).toContain(downing);
    for (const s of ['Ukraine', 'Netherlands', 'Malaysia', 'Australia', 'Indonesia', 'United Kingdom'])
      expect(rels).toContain(`INVOLVES|${downing}|${s}`);
    expect(rels).toContain(`DISCUSSED|${main}|${downing}`);
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|') && r.endsWith(`|${downing}`))).toBe(false);
  });

  it('keeps meetings looked ahead to and visits still to come planned, with nobody taking part', () => {
    const visit = "Foreign Minister Bishop's visit to the Netherlands";
    const meeting = "Australia-Netherlands Foreign Ministers' Meeting";
    for (const n of ['G20 Brisbane Summit', visit, meeting]) {
      expect(events.find((e) => e.name === n)?.status).toBe('planned');
      expect(rels).toContain(`DISCUSSED|${main}|${n}`);
      expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|') && r.endsWith(`|${n}`))).toBe(false);
    }
    expect(rels).toContain(`PART_OF|${meeting}|${visit}`);
  });

  it('does not tell the readout’s own call again as another event, and keeps the headline as a form only', () => {
    expect(events.filter((e) => /telephone conversation/.test(e.name)).map((e) => e.name)).toEqual([main]);
    expect(events.find((e) => e.name === main)?.aliases).toContain(
      'Prime Minister Abbott speaks with Prime Minister Rutte of the Netherlands',
    );
  });
});

describe('event rules on short texts', () => {
  it('gives "the two ministers" to the two who held the meeting and the session they were at', () => {
    const { rels } = facts(
      "Foreign Ministers' Meeting\n\nOn May 3, Mr. Taro Yamada, Minister for Foreign Affairs of Japan, held a Japan-France Foreign Ministers' Meeting with Mr. Jean Dupont, Minister for Europe and Foreign Affairs of France. After the meeting, the two ministers announced its results at a joint press conference.",
    );
    expect(rels).toContain('PARTICIPATED_IN|Taro Yamada|joint press conference');
    expect(rels).toContain('PARTICIPATED_IN|Jean Dupont|joint press conference');
  });

  it('names a meeting told between two people after them and gives it to them, not to the readout’s meeting', () => {
    const { events, rels } = facts(
      'Japan-France Summit Meeting\n\nOn May 3, Prime Minister Ken Sato held a Japan-France Summit Meeting with President Paul Martin of France.\n\nEarlier, Mr. Jiro Tanaka, National Security Adviser, held talks with Mr. Luc Bernard, Diplomatic Adviser to the President of France, on May 1.',
    );
    expect(events.map((e) => e.name)).toContain('Tanaka-Bernard talks');
    expect(rels).toContain('PARTICIPATED_IN|Jiro Tanaka|Tanaka-Bernard talks');
    expect(rels).not.toContain('PARTICIPATED_IN|Jiro Tanaka|Japan-France Summit Meeting');
  });

  it('takes the round nearest before "on the occasion of" as the part, and the pair into all their rounds', () => {
    const { rels } = facts(
      "Foreign Ministers' Meeting\n\nOn May 10, Mr. Ken Sato, Minister for Foreign Affairs of Japan, held a Japan-Russia Foreign Ministers' Meeting with Mr. Ivan Petrov, Minister of Foreign Affairs of Russia. This was the third round of negotiations between the two ministers, after the first round in Moscow in January and the second round in Munich in February, held on the occasion of the Munich Security Conference.",
    );
    expect(rels).toContain('PART_OF|second round in Munich in February|Munich Security Conference');
    expect(rels).not.toContain('PART_OF|first round in Moscow in January|Munich Security Conference');
    expect(rels).toContain('PARTICIPATED_IN|Ken Sato|first round in Moscow in January');
    expect(rels).toContain('PARTICIPATED_IN|Ivan Petrov|Munich Security Conference');
  });

  it('names exercises in quotes and gives bilateral ones to the two states of the meeting', () => {
    const { events, rels } = facts(
      'Japan-India Foreign Ministers\' Meeting\n\nOn May 3, Mr. Ken Sato, Minister for Foreign Affairs of Japan, held a Japan-India Foreign Ministers\' Meeting with Dr. Ravi Kumar, External Affairs Minister of India. The ministers welcomed the bilateral exercises "Blue Wave" and "Sea Guardian" held this year.',
    );
    expect(events.map((e) => e.name)).toEqual(expect.arrayContaining(['Blue Wave', 'Sea Guardian']));
    for (const s of ['Japan', 'India']) expect(rels).toContain(`INVOLVES|Blue Wave|${s}`);
  });

  it('reads a launch from the missile and who fired it', () => {
    const { rels } = facts(
      'Japan-Korea Summit Meeting\n\nOn May 3, Prime Minister Ken Sato held a Japan-Korea Summit Meeting with President Lee Min-ho of the Republic of Korea. The two leaders condemned the ballistic missile fired by North Korea that morning.',
    );
    expect(rels).toContain('INVOLVES|ballistic missile fired by North Korea|North Korea');
    expect(rels).toContain('DISCUSSED|Japan-Korea Summit Meeting|ballistic missile fired by North Korea');
  });

  it('names a call told with its day after that day, and its subject in "In that conversation"', () => {
    const { events, rels } = facts(
      'Mission of the Diplomatic Adviser to Tehran\n\nJuly 10, 2019\n\nMr Paul Martin, Diplomatic Adviser to the President, travelled to Tehran. His mission follows the telephone conversation that the President held on Saturday 6 July with the President of Iran, Mr Ali Rezaei. In that conversation, the two Presidents discussed the Joint Comprehensive Plan of Action.',
      '2019-07-10-test.txt',
    );
    expect(events.map((e) => e.name)).toContain('telephone conversation of 6 July 2019');
    expect(rels).toContain('PARTICIPATED_IN|Ali Rezaei|telephone conversation of 6 July 2019');
    expect(rels).toContain('DISCUSSED|telephone conversation of 6 July 2019|Joint Comprehensive Plan of Action');
  });

  it('splits "separate talks" into one meeting per person met, part of the gathering, with its own topics', () => {
    const { events, rels } = facts(
      'Geneva summit: Swiss delegation holds talks with Presidents Smith and Ivanov\n\nOn the occasion of the summit in Geneva, the President of the Swiss Confederation, Hans Keller, and Federal Councillor Anna Weber held separate talks with the two delegations.\n\nOn 15 June, Mr Keller and Ms Weber met US President John Smith. The two sides talked about Iran.\n\nToday, Mr Keller and Ms Weber met Russian President Pavel Ivanov. The talks covered the OSCE.',
    );
    expect(events.map((e) => e.name)).toEqual(
      expect.arrayContaining(['meeting with US President John Smith', 'meeting with Russian President Pavel Ivanov']),
    );
    expect(rels).toContain('PARTICIPATED_IN|Anna Weber|meeting with US President John Smith');
    expect(rels).toContain('DISCUSSED|meeting with US President John Smith|Iran');
    expect(rels).toContain('DISCUSSED|meeting with Russian President Pavel Ivanov|OSCE');
  });

  it('lets nobody "late" take part, and makes the meeting part of the funeral attended', () => {
    const { rels } = facts(
      'Meeting between Prime Minister Sato and Vice President Smith\n\nOn May 3, Prime Minister Ken Sato held a meeting with Ms. Jane Smith, Vice President of the United States of America, who was visiting Japan to attend the State Funeral for the late former Prime Minister Taro Yamada.',
    );
    expect(rels).toContain('PART_OF|Meeting between Prime Minister Sato and Vice President Smith|State Funeral');
    expect([...rels].some((r) => r.startsWith('PARTICIPATED_IN|Taro Yamada|'))).toBe(false);
  });

  it('names a downing told in the passive after the aircraft it names, with the states around it', () => {
    const { rels } = facts(
      'Telephone conversation with Prime Minister of Norway Ola Nordmann\n\nIvan Petrov had a telephone conversation with Prime Minister of Norway Ola Nordmann. Ola Nordmann conveyed his condolences over the deaths of the crew of the Russian An-26 aircraft. The plane was shot down over the sea by a missile from a Syrian air defence system.',
    );
    expect(rels).toContain('INVOLVES|downing of the Russian An-26 aircraft|Russia');
    expect(rels).toContain('INVOLVES|downing of the Russian An-26 aircraft|Syria');
  });
});

describe('eventDate', () => {
  const at = (sentence: string, name: string) => {
    const s = sentence.indexOf(name);
    return eventDate(sentence, { start: 0, end: sentence.length, text: sentence }, s, s + name.length, '2018-12-03');
  };
  it('reads the date told with the event, not another date of its sentence', () => {
    expect(
      at(
        'Since the failed coup attempt of July 15, the leaders met on the margins of the G20 Summit.',
        'failed coup attempt of July 15',
      ),
    ).toBe('2018-07-15');
    expect(
      at('Since the failed coup attempt of July 15, the leaders met on the margins of the G20 Summit.', 'G20 Summit'),
    ).toBeUndefined();
    expect(
      at(
        'The leaders met at their meeting in Buenos Aires on the sidelines of the G20 summit on Dec. 1, 2018.',
        'meeting in Buenos Aires',
      ),
    ).toBe('2018-12-01');
    expect(
      at(
        "On November 8, Mr. Ken Sato met Mr. Li Wei at the Japan-China Foreign Ministers' Meeting.",
        "Japan-China Foreign Ministers' Meeting",
      ),
    ).toBe('2018-11-08');
  });
});
