// Unit tests of the ev18 rules (issue 6) on made-up sentences about invented people in invented settings: who else took
// part told apart from the meeting's sentence ("Also attending were", "Sitting in on the talks were", "was flanked by",
// "Its co-chairs", "addressed the summit"), who did not ("did not attend", "stayed away from", quoted from an
// interview), a companion in apposition, pinyin family names in a pair's event, more sessions and the event they are
// part of, and agreements reached "during the visit, including" or "Upon the conclusion of the talks, … was issued";
// negative cases with each. The tenth events bank (bank-events-10.test.ts) holds more.
import { describe, expect, it } from 'vitest';

import { EV18_PATTERNS, pinyinFamilyFirst } from './rules-ev18.ts';
import { eventFacts as facts } from './test-facts.ts';

const meetingOf = (names: string[], re: RegExp) => names.find((n) => re.test(n));

describe('participated.attending-cue', () => {
  it('gives the meeting the people listed after "Also attending were"', () => {
    const f = facts(
      'President Lina Morel received Prime Minister Karl Tamm at the Kadriorg Palace on 2 May 2024. ' +
        'Also attending were Foreign Minister Ana Ruiz and Defence Minister Piet Maas.',
    );
    const m = meetingOf(f.names, /Morel-Tamm/);
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', m!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Piet Maas', m!)).toBe(true);
  });

  it('reads "Sitting in on the talks were" and "was flanked by"', () => {
    const f = facts(
      'President Lina Morel held talks with Prime Minister Karl Tamm in Tartu on 2 May 2024. ' +
        'Morel was flanked by Foreign Minister Ana Ruiz and Defence Minister Piet Maas.',
    );
    const m = meetingOf(f.names, /Morel-Tamm/);
    expect(f.has('PARTICIPATED_IN', 'Piet Maas', m!)).toBe(true);
    const p = EV18_PATTERNS.attendingCue;
    expect(p.test('Sitting in on the talks were the two foreign ministers')).toBe(true);
    expect(p.test('Participating in the meeting were A and B')).toBe(true);
    expect(p.test('The Estonian delegation at the talks comprised: A; B')).toBe(true);
    expect(p.test('Its co-chairs, A and B, appealed for funding')).toBe(true);
  });

  it('is no cue in a sentence about attending something later or a non-gathering address', () => {
    const p = EV18_PATTERNS.attendingCue;
    expect(p.test('He looks forward to attending the summit next year')).toBe(false);
    expect(p.test('She addressed a letter to the Secretary-General')).toBe(false);
    expect(p.test('The flanks of the mountain were steep')).toBe(false);
  });
});

describe('participated.not-absent and participated.quoted-elsewhere', () => {
  it('keeps a leader who did not attend out, and his representative in', () => {
    const f = facts(
      'President Lina Morel hosted the Baltic Summit in Tartu on 2 May 2024. ' +
        'President Omar Dallas did not attend; Latvia was represented by Prime Minister Karl Tamm.',
    );
    const summit = meetingOf(f.names, /Baltic Summit/);
    expect(summit).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Karl Tamm', summit!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Omar Dallas', summit!)).toBe(false);
  });

  it('reads "stayed away from" and an interview after the name, nothing else', () => {
    const p = EV18_PATTERNS.notAttending;
    expect(p.test(' stayed away from the summit')).toBe(true);
    expect(p.test(' of Latvia did not attend the dinner')).toBe(true);
    expect(p.test(', the chair, could not travel to Riga')).toBe(true);
    expect(p.test(' attended the summit')).toBe(false);
    expect(p.test(' met B, who did not attend the dinner')).toBe(false);
    const q = EV18_PATTERNS.quotedElsewhere;
    expect(q.test(', speaking in an interview with a broadcaster, had welcomed')).toBe(true);
    expect(q.test(' told a newspaper that')).toBe(true);
    expect(q.test(' told reporters after the meeting that')).toBe(false);
  });

  it('gives a person quoted from an interview no part in the meeting', () => {
    const f = facts(
      'Foreign Minister Ana Ruiz met Prime Minister Karl Tamm in Tartu on 2 May 2024. ' +
        'President Lina Morel, speaking in an interview with a broadcaster the day before, had welcomed the visit.',
    );
    const m = meetingOf(f.names, /Ruiz-Tamm/);
    expect(m).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lina Morel', m!)).toBe(false);
  });
});

describe('event.pair-not-companion and event.pair-pinyin-family-name', () => {
  it('names the meeting after the subject and the one met, the companion taking part', () => {
    const f = facts(
      'Prime Minister Karl Tamm, accompanied by Foreign Minister Ana Ruiz, met President Lina Morel in Tartu on 2 May 2024.',
    );
    const m = meetingOf(f.names, /Tamm-Morel/);
    expect(m).toBeDefined();
    expect(f.names.some((n) => /Tamm-Ruiz/.test(n))).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', m!)).toBe(true);
  });

  it('calls a pinyin name by its family name, and no other two-word name', () => {
    expect(pinyinFamilyFirst(['Xi', 'Jinping'])).toBe('Xi');
    expect(pinyinFamilyFirst(['Li', 'Qiang'])).toBe('Li');
    expect(pinyinFamilyFirst(['Ma', 'Zhaoxu'])).toBe('Ma');
    expect(pinyinFamilyFirst(['Karl', 'Tamm'])).toBeUndefined();
    expect(pinyinFamilyFirst(['Li', 'Anderson'])).toBeUndefined();
    expect(pinyinFamilyFirst(['Wang', 'Yi', 'Ming'])).toBeUndefined();
  });
});

describe('event.session-more, part-of.session-of-named and participated.own-clause', () => {
  it('names a joint media availability as a session of the talks', () => {
    const f = facts(
      'Prime Minister Karl Tamm and Prime Minister Ana Ruiz held talks in Tartu on 2 May 2024, and then took questions at a joint media availability.',
    );
    const talks = meetingOf(f.names, /Tamm-Ruiz/);
    expect(f.names).toContain('joint media availability');
    expect(f.has('PART_OF', 'joint media availability', talks!)).toBe(true);
  });

  it('makes a working session part of the summit it is "of"', () => {
    const f = facts(
      'At the second working session of the Baltic Summit in Tartu, Prime Minister Karl Tamm called for more investment.',
    );
    const summit = meetingOf(f.names, /^Baltic Summit/);
    const session = meetingOf(f.names, /working session/);
    expect(summit && session).toBeTruthy();
    expect(f.has('PART_OF', session!, summit!)).toBe(true);
  });

  it('keeps the ministers of the second clause out of the first session', () => {
    const f = facts(
      'President Lina Morel and President Omar Dallas held talks in Tartu on 2 May 2024. ' +
        'The tête-à-tête was attended only by the two presidents; Foreign Ministers Ana Ruiz and Piet Maas joined the plenary session that followed.',
    );
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'tête-à-tête')).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Ana Ruiz', 'plenary session')).toBe(true);
  });

  it('names no session from a plenary session with nothing after it, nor a "working session" without ordinal', () => {
    const s = new RegExp(EV18_PATTERNS.session.source, 'iu');
    expect(s.test('addressed the plenary session')).toBe(false);
    expect(s.test('a working session on trade')).toBe(false);
    expect(s.test('the outreach session')).toBe(true);
  });
});

describe('reached-at.including-after and reached-at.fronted-passive', () => {
  it('reaches the agreements listed after "including" at the visit', () => {
    const f = facts(
      'President Lina Morel paid a state visit to Chile from 2 to 4 May 2024. ' +
        'Three agreements were concluded during the visit, including an Agreement on Cooperation in Fisheries.',
    );
    const visit = meetingOf(f.names, /visit/);
    expect(visit).toBeDefined();
    expect(f.has('REACHED_AT', 'Agreement on Cooperation in Fisheries', visit!)).toBe(true);
  });

  it('reaches a joint statement issued upon the conclusion of the talks', () => {
    const f = facts(
      'President Lina Morel received President Omar Dallas at the Kadriorg Palace on 2 May 2024. ' +
        'Upon the conclusion of the talks, an Estonia-Chile Joint Statement was issued.',
    );
    const m = meetingOf(f.names, /Morel-Dallas/);
    expect(f.has('REACHED_AT', 'Estonia-Chile Joint Statement', m!)).toBe(true);
  });

  it('reaches nothing from a fronted phrase with an active verb of hoping', () => {
    const p = EV18_PATTERNS.frontedEnd;
    expect(p.test('Upon the conclusion of the talks, the leaders hoped to sign')).toBe(true);
    expect(EV18_PATTERNS.passiveVerb.test('the leaders hoped to sign the Joint Statement')).toBe(false);
    expect(p.test('Upon arrival, the Joint Statement was issued')).toBe(false);
  });
});
