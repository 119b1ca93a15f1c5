// The aud21 round's tests (issue 6): earlier gatherings recalled by where they were held, and meetings told by a noun
// with their two people (docs/first-look.md, "Events told in passing, third round"), on made-up sentences with
// negative cases.
import { describe, expect, it } from 'vitest';

import { AUD21_PATTERNS } from './rules-aud21.ts';
import { eventFacts } from './test-facts.ts';

const OPENING =
  'Foreign Minister of Norway meets Foreign Minister of Chile\n\nOSLO, 4 May 2025. The Minister of Foreign Affairs ' +
  'of Norway, Lena Varga, held talks today in Oslo with the Minister of Foreign Affairs of Chile, Piet Janssen.\n\n';

const heldIn = (s: string) => [...s.matchAll(AUD21_PATTERNS.heldIn)].map((m) => [m[1], m[2]]);

describe('event.held-in-recalled', () => {
  it('reads an earlier gathering recalled by where it was held, with the parties its name states', () => {
    const f = eventFacts(
      OPENING +
        'The meeting follows up on the consultative meeting of the foreign ministers of Jordan, Egypt and Iraq held ' +
        'in Amman on 14 January.',
    );
    const name = 'consultative meeting of the foreign ministers of Jordan, Egypt and Iraq held in Amman';
    expect(f.names).toContain(name);
    expect(f.events.find((e) => e.name === name)?.status).toBe('held');
    expect(f.has('INVOLVES', name, 'Egypt')).toBe(true);
  }, 30_000);

  it('gives the people of its own clause, and keeps it held whatever a later clause plans', () => {
    const f = eventFacts(
      OPENING +
        'The two ministers reviewed the follow-up to the meeting of Special Envoys on Sudan convened by the United Nations ' +
        'in Geneva on 1-2 March, at which Minister Lena Varga represented Norway, and the preparations for a further ' +
        'meeting.',
    );
    const name = 'meeting of Special Envoys on Sudan convened by the United Nations in Geneva';
    expect(f.names).toContain(name);
    expect(f.events.find((e) => e.name === name)?.status).toBe('held');
    expect(f.has('PARTICIPATED_IN', 'Lena Varga', name)).toBe(true);
    // involves.held-in-not-topic: the state its name gives as topic ("on Sudan") is no party to it.
    expect(f.has('INVOLVES', name, 'Sudan')).toBe(false);
  }, 30_000);

  it('reads the noun phrase, the place after a date, and not a gathering to come or a sentence subject', () => {
    expect(heldIn('since the Intergovernmental Conference held in June in Brussels, at which')).toEqual([
      ['Intergovernmental Conference', 'Brussels'],
    ]);
    expect(heldIn('at an extraordinary summit held by videoconference in Abuja')).toEqual([
      ['extraordinary summit', 'Abuja'],
    ]);
    // Not a verb phrase ("to be held"), not a participle clause set off by a comma (the readout's own meeting).
    expect(heldIn('ahead of the summit to be held in Lima')).toEqual([]);
    expect(heldIn('The meeting, held in Lima on 3 May, discussed trade')).toEqual([]);
    const later = eventFacts(OPENING + 'The ministers look forward to the summit held in Lima next month.');
    expect(later.names).not.toContain('summit held in Lima');
    const subject = eventFacts(OPENING + 'A meeting held in Lima in March discussed trade.');
    expect(subject.names.some((n) => /Lima/.test(n))).toBe(false);
  }, 30_000);

  it('leaves a pair told after the place to event.noun-of-pair', () => {
    const f = eventFacts(
      OPENING +
        'The two ministers welcomed the meeting held in Bern on 2–3 February 2025 between Lena Varga and the Minister of ' +
        'Foreign Affairs of Peru, Ivo Lund.',
    );
    expect(f.names).toContain('Varga-Lund meeting in Bern');
    expect(f.names.some((n) => /^meeting in Bern$/.test(n))).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Ivo Lund', 'Varga-Lund meeting in Bern')).toBe(true);
    expect(f.events.find((e) => e.name === 'Varga-Lund meeting in Bern')?.date).toBe('2025-02-02');
    // The two ministers who welcomed it did not take part in it.
    expect(f.has('PARTICIPATED_IN', 'Piet Janssen', 'Varga-Lund meeting in Bern')).toBe(false);
  }, 30_000);
});

describe('event.noun-of-pair', () => {
  it('reads a meeting told by its noun with its two people, held though a later clause plans', () => {
    const f = eventFacts(
      OPENING +
        'The talks were preceded by a meeting of Prime Minister Ana Belo with Commissioner Ruth Kane, at which they ' +
        'discussed the reform, which will start in July.',
    );
    const name = f.names.find((n) => /Belo/.test(n) && /Kane/.test(n));
    expect(name).toBeDefined();
    expect(f.events.find((e) => e.name === name)?.status).toBe('held');
    expect(f.has('PARTICIPATED_IN', 'Ana Belo', name!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Ruth Kane', name!)).toBe(true);
  }, 30_000);

  it('makes a meeting still to come planned, with nobody taking part', () => {
    const f = eventFacts(OPENING + 'A meeting of Prime Minister Ana Belo with Commissioner Ruth Kane will follow.');
    const e = f.events.find((x) => /Belo/.test(x.name) && /Kane/.test(x.name));
    if (e) {
      expect(e.status).toBe('planned');
      expect(f.has('PARTICIPATED_IN', 'Ana Belo', e.name)).toBe(false);
    }
  }, 30_000);

  it('needs two people joined by "with" or "and" right after the noun', () => {
    const f = eventFacts(
      OPENING + 'The talks were preceded by a meeting of the working group, chaired by Ana Belo with Ruth Kane.',
    );
    expect(f.names.some((n) => /Belo/.test(n) && /Kane/.test(n))).toBe(false);
    expect(AUD21_PATTERNS.titleGap.test('the Minister of Foreign Affairs of Peru, ')).toBe(true);
    expect(AUD21_PATTERNS.titleGap.test('Prime Minister ')).toBe(true);
    expect(AUD21_PATTERNS.titleGap.test('the working group, chaired by ')).toBe(false);
  }, 30_000);
});

const COUNCIL =
  'Foreign Minister of Norway attends the Ministerial Council in Vienna\n\nVIENNA, 3 March 2025. The Minister of ' +
  'Foreign Affairs of Norway, Olaf Rane, took part today in the 30th meeting of the OSCE Ministerial Council in ' +
  'Vienna.\n\n';

describe('event.meetings-with-each', () => {
  it('reads one meeting with each guest told after its own "with", within the readout’s gathering', () => {
    const f = eventFacts(
      COUNCIL +
        'Minister Rane also held bilateral meetings with Secretary of State Karl Hesse, who later met students, and ' +
        'with Minister Tom Varga, with whom he discussed transit.',
    );
    for (const guest of ['Karl Hesse', 'Tom Varga']) {
      const name = f.names.find((n) => n.includes(guest.split(' ')[1]!) && /Rane/.test(n));
      expect(name, guest).toBeDefined();
      expect(f.has('PARTICIPATED_IN', guest, name!)).toBe(true);
      expect(f.has('PARTICIPATED_IN', 'Olaf Rane', name!)).toBe(true);
      expect(f.of('PART_OF').some((r) => r.startsWith(`PART_OF|${name}|`))).toBe(true);
      expect(f.of('DISCUSSED').some((r) => r.endsWith(`|${name}`))).toBe(false);
    }
  }, 30_000);

  it('needs plural meetings and a second guest after "with"', () => {
    const f = eventFacts(COUNCIL + 'Minister Rane also held bilateral meetings with Secretary of State Karl Hesse.');
    expect(f.events.some((e) => e.rules?.includes('event.meetings-with-each'))).toBe(false);
    expect([...'held meetings with A'.matchAll(AUD21_PATTERNS.meetingsWithEach)]).toHaveLength(1);
    expect([...'held a meeting with A'.matchAll(AUD21_PATTERNS.meetingsWithEach)]).toHaveLength(0);
  }, 30_000);
});

describe('event.received-group-named', () => {
  it('reads the host’s meeting with a group named in apposition, every one taking part', () => {
    const f = eventFacts(
      COUNCIL +
        'On the sidelines, Minister Rane received the heads of the delegations of the observer states, Jan Ost, ' +
        'Lev Dorn and Omar Said.',
    );
    const name = "Rane's meeting with the heads of the delegations of the observer states";
    expect(f.names).toContain(name);
    for (const p of ['Olaf Rane', 'Jan Ost', 'Lev Dorn', 'Omar Said'])
      expect(f.has('PARTICIPATED_IN', p, name), p).toBe(true);
  }, 30_000);

  it('needs a group noun and at least two people named right after it', () => {
    const one = eventFacts(COUNCIL + 'Minister Rane received the heads of the delegations, Jan Ost, in Vienna.');
    expect(one.names.some((n) => /heads of the delegations/.test(n))).toBe(false);
    expect([...'received the students of the school, A and B'.matchAll(AUD21_PATTERNS.receivedGroup)]).toHaveLength(0);
  }, 30_000);
});

describe('event.held-in-recalled complement', () => {
  it('takes no verb into the complement: a gathering that "will be held" is no recall', () => {
    expect(heldIn('the ordinary summit of Heads of State of the Union will be held in Abuja')).toEqual([]);
  });
});
