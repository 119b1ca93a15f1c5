// Unit tests of the ev14 event rules (issue 6) on made-up sentences about invented people: calls told in passing
// (a call between two named people, a call framing a sentence whose subject is "the two leaders", "The two had spoken
// by telephone", "she had a phone call with"), with negative cases. The seventh events bank (bank-events-7.test.ts)
// holds more.
import { describe, expect, it } from 'vitest';

import { CALL_TOLD } from './rules-ev14.ts';
import { TOLD_ANY_CLAUSE } from './rules-ev13.ts';
import { eventFacts as facts } from './test-facts.ts';

const OPENING = 'President Marta Silvan met Prime Minister Tomas Ekberg in Riga on 3 May. ';

describe('event.call-between: a call noun phrase between two named people', () => {
  it('names the call after its two people, who take part in it, and leaves the readout meeting its own', () => {
    const f = facts(
      `${OPENING}The visit had been arranged during a telephone call between President Silvan and President Omar Haddad on 2 April.`,
    );
    expect(f.names).toContain('Silvan-Haddad telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Omar Haddad', 'Silvan-Haddad telephone conversation')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Marta Silvan', 'Silvan-Haddad telephone conversation')).toBe(true);
    expect(
      f.of('PARTICIPATED_IN').filter((r) => r.startsWith('PARTICIPATED_IN|Omar Haddad|') && !/telephone/.test(r)),
    ).toEqual([]);
  });

  it('reads a video call with a month after the pair', () => {
    const f = facts(
      `${OPENING}It followed up on the video call between Chancellor Ida Brandt and President Omar Haddad in January.`,
    );
    expect(f.names).toContain('Brandt-Haddad telephone conversation');
  });

  it('makes no call of one still to come, of a call between states, or of a call for something', () => {
    const f = facts(
      `${OPENING}The two will hold a telephone call between President Silvan and President Omar Haddad next week. ` +
        'A video conference between Latvia and Sweden took place. The leaders renewed their call for calm.',
    );
    expect(f.names.filter((n) => /telephone conversation|call$/.test(n))).toEqual([]);
  });
});

describe("event.call-frame and event.pair-again: a call of the readout meeting's pair", () => {
  it('reads "In a telephone conversation on <date>, the two leaders …" as a call of the two', () => {
    const f = facts(`${OPENING}In a telephone conversation on 9 March, the two leaders had agreed on a visit.`);
    expect(f.names).toContain('Silvan-Ekberg telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Tomas Ekberg', 'Silvan-Ekberg telephone conversation')).toBe(true);
  });

  it('reads "The two had spoken by telephone" as a call of the two', () => {
    const f = facts(`${OPENING}The two had spoken by telephone on 1 May.`);
    expect(f.names).toContain('Silvan-Ekberg telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Marta Silvan', 'Silvan-Ekberg telephone conversation')).toBe(true);
  });

  it('makes no second call when the readout is itself a call, nor of other subjects or of a meeting', () => {
    const call = facts(
      'President Marta Silvan had a telephone conversation with Prime Minister Tomas Ekberg on 3 May. ' +
        'During the call, the two leaders discussed energy.',
    );
    expect(call.events.length).toBe(1);
    const other = facts(
      `${OPENING}In a telephone conversation on 9 March, the ministers had prepared the meeting. The two had met in Oslo before.`,
    );
    expect(other.names.filter((n) => /telephone conversation/.test(n))).toEqual([]);
  });

  it('keeps its patterns as named data', () => {
    expect(CALL_TOLD.frame.test('In a phone call on 2 May, the two presidents spoke.')).toBe(true);
    expect(CALL_TOLD.frame.test('In a statement on 2 May, the two presidents spoke.')).toBe(false);
  });
});

describe('event.told-any-clause, "had a phone call with" (ev14)', () => {
  it('reads a call told by "she had a phone call with", the pronoun for the readout subject', () => {
    const f = facts(`${OPENING}Before travelling, she had a phone call with President Omar Haddad.`);
    expect(f.names).toContain('Silvan-Haddad telephone conversation');
    expect(f.has('PARTICIPATED_IN', 'Marta Silvan', 'Silvan-Haddad telephone conversation')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Omar Haddad', 'Silvan-Haddad telephone conversation')).toBe(true);
  });

  it('has the connector as named data, and not for a call one only plans', () => {
    const c = TOLD_ANY_CLAUSE.find((x) => x.id === 'had-call-with')!;
    expect(c.between.test(' had a brief telephone call with ')).toBe(true);
    expect(c.between.test(' will have a telephone call with ')).toBe(false);
  });
});
