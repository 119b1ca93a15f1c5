// The aud20 round's tests (issue 6): meetings told by a verb and sessions told in passing (docs/first-look.md,
// "Events told in passing, second round"), each on made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { AUD20_PATTERNS, receivedByTitledGap, withoutFrontedPhrase } from './rules-aud20.ts';
import { eventFacts } from './test-facts.ts';

const VISIT =
  'Foreign Minister of Norland visits Ostia\n\nOSTIA, 4 May 2025. The Minister of Foreign Affairs of Norland, Lena ' +
  'Varga, held talks today with the Minister of Foreign Affairs of Ostia, Piet Janssen, during her official visit ' +
  'to Ostia.\n\nThe two ministers discussed trade and energy.\n\n';

const RECEIVED = 'Lena Varga was also received by the President of Ostia, Emil Novak, at the Presidential Palace.';

describe('event.received-by-titled-host', () => {
  it('reads a host told by a title and named in apposition', () => {
    const f = eventFacts(VISIT + RECEIVED);
    const meeting = f.names.find((n) => /Novak/.test(n) && /Varga/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Emil Novak', meeting!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lena Varga', meeting!)).toBe(true);
  }, 30_000);

  it('takes a capitalised title ended by a comma, not a clause or a lowercase phrase', () => {
    expect(receivedByTitledGap('the President of Ostia, ')).toBe(true);
    expect(receivedByTitledGap('the First Secretary of the Party and President of the Republic, ')).toBe(true);
    expect(receivedByTitledGap('the people of Ostia, ')).toBe(false);
    expect(receivedByTitledGap('the President, who was accompanied by ')).toBe(false);
    const f = eventFacts(VISIT + 'Lena Varga was also received by the crowds of Ostia, with Emil Novak watching.');
    expect(f.names.some((n) => /Novak/.test(n))).toBe(false);
  });
});

describe('event.received-by-fronted-subject', () => {
  it('leaves out a time or occasion phrase fronted before the subject', () => {
    expect(withoutFrontedPhrase('During her visit, the Minister ')).toBe('the Minister ');
    expect(withoutFrontedPhrase('On the same day, the Secretary ')).toBe('the Secretary ');
    // Not a subject's own words: a phrase that is not fronted time or occasion stays.
    expect(withoutFrontedPhrase('In Ostia, the Minister ')).toBe('In Ostia, the Minister ');
    expect(withoutFrontedPhrase('The Minister ')).toBe('The Minister ');
  });
});

const SUMMIT =
  'Foreign Minister of Norland attends the Lakes Summit\n\nOSTIA, 4 May 2025. Foreign Minister Lena Varga took part ' +
  'today in the Lakes Summit in Ostia.\n\nThe summit discussed trade.\n\n';

describe('event.qualified-meeting-with', () => {
  it('reads a short meeting with a guest told by title in apposition, the subject told by title', () => {
    const f = eventFacts(
      SUMMIT +
        'The minister also had a short meeting with the Minister of Foreign Affairs of Calda, Piet Janssen, on ' +
        'the lakes.',
    );
    const meeting = f.names.find((n) => /Varga/.test(n) && /Janssen/.test(n));
    expect(meeting).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lena Varga', meeting!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Piet Janssen', meeting!)).toBe(true);
  }, 30_000);

  it('needs a qualified noun, a person after "with" and a subject', () => {
    const re = new RegExp(AUD20_PATTERNS.qualifiedMeetingWith.source, 'gu');
    expect([...'She had a short meeting with Piet Janssen.'.matchAll(re)]).toHaveLength(1);
    expect([...'She had a meeting with Piet Janssen.'.matchAll(re)]).toEqual([]);
    const f = eventFacts(SUMMIT + 'The ministers also had a short exchange with the press on the lakes.');
    expect(f.names.some((n) => /Varga-/.test(n))).toBe(false);
    const other = eventFacts(SUMMIT + 'Critics said a brief meeting with Piet Janssen would not help.');
    expect(other.names.some((n) => /Janssen/.test(n))).toBe(false);
  });
});

const TALKS =
  'President of Norland receives Foreign Minister of Ostia\n\nNORDBY, 4 May 2025. President Emil Novak received ' +
  'today the Minister of Foreign Affairs of Ostia, Lena Varga, at the Presidential Palace.\n\n';
const OWN_MEETING = (f: ReturnType<typeof eventFacts>) => f.names.find((n) => /Novak-Varga meeting/.test(n))!;

describe('event.session-sequence', () => {
  it('reads the sessions a meeting begins and continues with, each part of it with its people', () => {
    const f = eventFacts(
      TALKS +
        'The meeting began privately between the President and the Minister and continued with the participation ' +
        'of both delegations.',
    );
    const own = OWN_MEETING(f);
    expect(f.names).toContain('private meeting');
    expect(f.names).toContain('meeting with the participation of both delegations');
    expect(f.has('PART_OF', 'private meeting', own)).toBe(true);
    expect(f.has('PART_OF', 'meeting with the participation of both delegations', own)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Emil Novak', 'private meeting')).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Lena Varga', 'meeting with the participation of both delegations')).toBe(true);
  });

  it('reads a format, a plenary and a session that follows', () => {
    const f = eventFacts(
      TALKS +
        'The talks continued in an expanded format with members of the two delegations.\n\n' +
        'The work began on Tuesday with a closed session of the heads of delegations chaired by the President, ' +
        'followed on Wednesday by the meetings of a drafting committee.',
    );
    expect(f.names).toContain('talks in an expanded format');
    expect(f.names).toContain('closed session of the heads of delegations');
    expect(f.names).toContain('meetings of a drafting committee');
  });

  it('needs a gathering as subject and a session noun', () => {
    const none = (s: string) => eventFacts(TALKS + s).names.filter((n) => n !== OWN_MEETING(eventFacts(TALKS + s)));
    expect(none('The President continued with the participation of civil society in the reforms.')).toEqual([]);
    expect(none('He began privately to prepare the reforms.')).toEqual([]);
    expect(none('The meeting ended with a joint call for calm.')).toEqual([]);
    // A negotiating round's plenary is no session of its own (the dev gold leaves it out).
    expect(none('The round opened with a plenary session.')).toEqual([]);
    // After a session told by its noun, the rest of the talks is the talks themselves.
    const rest = eventFacts(
      TALKS + 'The talks began with a tête-à-tête meeting and continued with the participation of the delegations.',
    );
    expect(rest.names.some((n) => /participation/.test(n))).toBe(false);
    const re = new RegExp(AUD20_PATTERNS.sequence.source, 'gu');
    expect([...'The negotiations continued in a constructive atmosphere.'.matchAll(re)]).toEqual([]);
  });
});

describe('event.session-sequence: its cue (perf20c)', () => {
  const told = [
    'The talks began privately between the two ministers.',
    'The meeting began behind closed doors.',
    'The talks began tête-à-tête and continued in plenary.',
    'The summit opened on Monday with a closed session of the heads of delegations.',
    'The talks began Tuesday with a restricted meeting.',
    'The meeting continued with the participation of both delegations.',
    'The talks continued in an expanded format.',
    'The round concluded with a plenary session.',
    'The consultations ended Friday with a plenary session.',
  ];
  it('is found in every sentence the sequence pattern matches', () => {
    for (const s of told) {
      expect([...s.matchAll(AUD20_PATTERNS.sequence)].length, s).toBeGreaterThan(0);
      expect(AUD20_PATTERNS.sequenceCue.test(s), s).toBe(true);
    }
  });
  it('is not found where a sequence verb is followed by nothing of a sequence', () => {
    for (const s of ['The minister opened the exhibition.', 'The talks ended.', 'Talks continued for three days.'])
      expect(AUD20_PATTERNS.sequenceCue.test(s), s).toBe(false);
  });
});
