// The fl13c round's tests (issue 6): constructions shown by three first-look samples in new styles (a Central Asian
// foreign ministry's note, a Caribbean foreign ministry's page, a South Asian foreign ministry's release), each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import {
  doubleSurnameSame,
  formatSessions,
  initialsPrefixSame,
  inQuotedTitle,
  ordinalBodyMeetings,
  pluralListSpans,
} from './rules-fl13c.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

const people = (text: string) =>
  extractFacts(text, { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Ruritania' })
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('event.session-format', () => {
  it('reads the formats told after a verb, in order', () => {
    const t = 'The talks began in a narrow format and continued in an extended format with the delegations.';
    expect(formatSessions(t).map((s) => s.surface)).toEqual(['narrow format', 'extended format']);
    const u = 'The meeting was held first in a restricted format, and then in an expanded format.';
    expect(formatSessions(u).map((s) => s.surface)).toEqual(['restricted format', 'expanded format']);
  });

  it('makes the sessions parts of the talks, with the leaders in them', () => {
    const t =
      'President Emil Novak of Slovenia held talks with President Marta Ruiz of Chile in Ljubljana on 3 May 2024. ' +
      'The talks began in a narrow format and continued in an extended format with the participation of the delegations.';
    const f = eventFacts(t);
    expect(f.names.some((e) => /narrow format/i.test(e))).toBe(true);
    expect(f.names.some((e) => /extended format/i.test(e))).toBe(true);
    expect(f.of('PART_OF').some((p) => /^PART_OF\|[^|]*narrow format/i.test(p))).toBe(true);
    expect(f.of('PARTICIPATED_IN').some((p) => /^PARTICIPATED_IN\|Emil Novak\|[^|]*narrow format/i.test(p))).toBe(true);
  });

  it('does not read a format that is no session of talks', () => {
    expect(formatSessions('The report was published in a narrow format and then in an extended format.')).toEqual([]);
    expect(formatSessions('The talks were useful. The bulletin continued in an expanded format.')).toEqual([]);
    // A format told in another sentence than the talks' is not a session of them.
    const t = 'The talks began in a narrow format. The newspaper then appeared in an expanded format.';
    expect(formatSessions(t)).toEqual([]);
    // One format alone, the rest told otherwise, is not read.
    const u = 'The talks were held first in a restricted format and then with the participation of the delegations.';
    expect(formatSessions(u)).toEqual([]);
  });
});

describe('person.quoted-title', () => {
  it('finds quoted titles after "titled" / "entitled"', () => {
    const t = 'The leaders adopted a vision document titled "Building Bridges, Sharing Futures" today.';
    const s = t.indexOf('Building');
    expect(inQuotedTitle(t, s, s + 'Building Bridges'.length)).toBe(true);
    expect(inQuotedTitle(t, 0, 3)).toBe(false);
  });

  it('reads no people in a quoted title', () => {
    const t =
      'Prime Minister Ana Lopes and President Ivo Marin adopted a joint document titled "Promoting Growth, Sharing Prosperity, Building Trust".';
    const p = people(t);
    expect(p).toContain('Ana Lopes');
    expect(p).toContain('Ivo Marin');
    expect(p.some((x) => /Promoting|Sharing|Building/.test(x))).toBe(false);
  });

  it('still reads a person quoted without a title verb', () => {
    const t = '"We will continue," said President Ivo Marin, while Foreign Minister Petra Horvat met the press.';
    expect(people(t)).toContain('Ivo Marin');
    expect(people(t)).toContain('Petra Horvat');
  });
});

describe('agreement.plural-list', () => {
  const agreements = (text: string) =>
    extractFacts(text, { file: 't.txt', date: '2024-05-03' })
      .out.entities.filter((e) => e.type === 'Agreement')
      .map((e) => e.name);

  it('names one agreement per "on" subject after a plural head', () => {
    const t =
      'In the presence of the two leaders, Ruritania and Borduria exchanged Memoranda of Understanding on cooperation in health, on port development in Varna and on fisheries, as well as a letter of intent.';
    expect(pluralListSpans(t).map((x) => x.surface)).toEqual([
      'Memorandum of Understanding on cooperation in health',
      'Memorandum of Understanding on port development in Varna',
      'Memorandum of Understanding on fisheries',
    ]);
    const a = agreements(
      'President Ana Lopes of Portugal and President Ivo Marin of Croatia held talks in Lisbon. The two sides signed agreements on tourism, on maritime transport and on culture.',
    );
    expect(a).toContain('Agreement on tourism');
    expect(a).toContain('Agreement on culture');
  });

  it('reads no list where one subject is told, or where "and" joins words of one subject', () => {
    expect(pluralListSpans('The ministers signed agreements on trade and investment.')).toEqual([]);
    expect(pluralListSpans('They exchanged MoUs on cooperation in renewable energy.')).toEqual([]);
    // A capitalised complement is a name another rule reads whole.
    expect(pluralListSpans('They noted the Agreements on Trade, on Transit and on Customs.')).toEqual([]);
  });
});

describe('event.ordinal-body-meeting', () => {
  it('reads an ordinal joint body as one of its meetings, with its co-chairs, not as an organisation', () => {
    const t =
      'The Minister of Foreign Affairs of Ruritania, Ana Lopes, and the Minister of Foreign Affairs of Borduria, Ivo Marin, co-chaired today in Varna the Fifth Ruritania-Borduria Joint Commission.';
    const f = eventFacts(t);
    expect(f.names).toContain('Fifth Ruritania-Borduria Joint Commission');
    expect(f.has('PARTICIPATED_IN', 'Ana Lopes', 'Fifth Ruritania-Borduria Joint Commission')).toBe(true);
    const orgs = extractFacts(t)
      .out.entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name);
    expect(orgs.some((o) => /Joint Commission/.test(o))).toBe(false);
  });

  it('takes a later shorter mention with the same ordinal and head as the same meeting', () => {
    const t = 'The 7th India-Oman Joint Commission met in Muscat. The 7th Joint Commission adopted its minutes.';
    expect(ordinalBodyMeetings(t).map((x) => x.surface)).toEqual(['7th India-Oman Joint Commission']);
  });

  it('reads "the next meeting of the A-B Joint Commission" as one planned meeting, with its body', () => {
    const t =
      'The ministers prepared the next meeting of the Ruritania-Borduria Joint Commission, to be held in Varna.';
    expect(ordinalBodyMeetings(t).map((x) => x.surface)).toEqual([
      'next meeting of the Ruritania-Borduria Joint Commission',
    ]);
    const orgs = extractFacts(t)
      .out.entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name);
    expect(orgs.some((o) => /Joint Commission/.test(o))).toBe(false);
    // A meeting of a body that is no joint body of two sides is left to the other rules.
    expect(ordinalBodyMeetings('the next meeting of the Security Council')).toEqual([]);
  });

  it('leaves organs and offices with ordinals alone', () => {
    expect(ordinalBodyMeetings('The draft went to the Third Committee of the General Assembly.')).toEqual([]);
    expect(ordinalBodyMeetings('The First Secretary of the Central Committee received the guest.')).toEqual([]);
    expect(ordinalBodyMeetings('The Joint Commission will meet next year.')).toEqual([]);
  });
});

describe('person.initials-prefix, person.double-surname', () => {
  it('joins a name led by initials and the name without them', () => {
    expect(initialsPrefixSame(['m.u.m', 'ali', 'sabry'], ['ali', 'sabry'])).toBe(true);
    expect(initialsPrefixSame(['ali', 'sabry'], ['ali', 'sabry'])).toBe(false);
    expect(initialsPrefixSame(['m', 'ali', 'sabry'], ['omar', 'sabry'])).toBe(false);
    const t =
      'Foreign Minister M.R.K. Tilak Perera met the press in Colombo. Foreign Minister Tilak Perera said the talks had gone well.';
    const p = people(t);
    expect(p.filter((x) => /Perera/.test(x))).toHaveLength(1);
  });

  it('joins a double surname told after a title with the full name, not a shared family name', () => {
    expect(doubleSurnameSame(['bruno', 'rodriguez', 'parrilla'], ['rodriguez', 'parrilla'])).toBe(true);
    expect(doubleSurnameSame(['tamim', 'bin', 'hamad', 'al', 'thani'], ['al', 'thani'])).toBe(false);
    expect(doubleSurnameSame(['bruno', 'rodriguez', 'parrilla'], ['rodriguez', 'perez'])).toBe(false);
    const t =
      'The Minister of Foreign Affairs of Ruritania, Bruno Ortega Salinas, met the press. Minister Ortega Salinas thanked the hosts.';
    expect(people(t).filter((x) => /Salinas/.test(x))).toEqual(['Bruno Ortega Salinas']);
  });
});
