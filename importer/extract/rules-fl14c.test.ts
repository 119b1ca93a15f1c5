// The fl14c round's tests (issue 6): constructions shown by three first-look samples in new styles (an African
// ministry of information's news item, an Asian presidency's release, a European government's page), each rule on
// made-up sentences with negative cases.
import { describe, expect, it } from 'vitest';

import { FL13B_PATTERNS } from './rules-fl13b.ts';
import { OFFICE_DELEGATION_JOINED, OFFICE_MINISTER_DELEGATE, otherDestination, presidencyBody } from './rules-fl14c.ts';
import { extractFacts } from './test-facts.ts';

const META = { file: 't.txt', date: '2024-05-03', source: 'Ministry of Foreign Affairs of Ruritania' };
const facts = (text: string) => extractFacts(text, META);
const names = (text: string, type: string) =>
  facts(text)
    .out.entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('office.minister-delegate', () => {
  it('has its id and heads', () => {
    expect(OFFICE_MINISTER_DELEGATE.id).toBe('office.minister-delegate');
    expect(OFFICE_MINISTER_DELEGATE.heads).toContain('Minister Delegate');
  });

  it('reads "Minister Delegate for X" as a title, and its holder as the person', () => {
    const t =
      'President Anna Kovacs of Hungary received in Budapest Minister Delegate for European Affairs Paul Girard of France.';
    const f = facts(t);
    const people = names(t, 'Person');
    expect(people).toContain('Paul Girard');
    expect(people).not.toContain('Delegate');
    expect([...f.rels].some((r) => /^HOLDS_OFFICE\|Paul Girard\|Minister Delegate for European Affairs/.test(r))).toBe(
      true,
    );
  });

  it('leaves "delegate" as a common noun alone', () => {
    const t = 'Foreign Minister Anna Kovacs of Hungary met the delegates of the conference in Budapest.';
    expect(names(t, 'Person')).not.toContain('Delegate');
    expect(names(t, 'Office').some((o) => /Delegate/.test(o))).toBe(false);
  });
});

describe('office.delegation-joined', () => {
  const gap = FL13B_PATTERNS.delegationListGap;
  it('has its id and takes "was joined by" as a membership verb', () => {
    expect(OFFICE_DELEGATION_JOINED.id).toBe('office.delegation-joined');
    expect(gap.test(' was joined by the ')).toBe(true);
    expect(gap.test(' was also joined by ')).toBe(true);
  });

  it('does not take other verbs, or a gap across a full stop', () => {
    expect(gap.test(' joined the ')).toBe(false);
    expect(gap.test(' was welcomed by ')).toBe(false);
    expect(gap.test(' was joined by A. Then the ')).toBe(false);
  });

  it('gives a bare title the state of the delegation that was joined by its holder', () => {
    const t =
      'President Anna Kovacs of Hungary held talks with President Luis Moreno of Spain in Budapest on 3 May 2024. ' +
      'The Hungarian delegation included Minister of Foreign Affairs Peter Szabo, and the Spanish delegation was ' +
      'joined by Minister of Industry Carmen Ruiz.';
    const f = facts(t);
    expect(f.rels.has('OFFICE_OF|Minister of Industry of Spain|Spain')).toBe(true);
    expect(f.rels.has('OFFICE_OF|Minister of Foreign Affairs of Hungary|Hungary')).toBe(true);
  });
});

describe('event.visit-destination', () => {
  it('tells visits to two destinations apart', () => {
    expect(otherDestination('visit to Mongolia', 'State Visit of the President of Mongolia to France')).toBe(true);
    expect(otherDestination('official visit to Chile', 'state visit to Peru')).toBe(true);
  });

  it('says nothing of one destination, or none', () => {
    expect(otherDestination('visit to Mongolia', 'State Visit to Mongolia')).toBe(false);
    expect(
      otherDestination('visit to the United Kingdom', 'official visit of the Prime Minister to the United Kingdom'),
    ).toBe(false);
    expect(otherDestination('visit', 'State Visit to France')).toBe(false);
    expect(otherDestination('visit to Morocco', 'official visit to the Kingdom of Morocco')).toBe(false);
    expect(otherDestination('visit to the US', 'official visit to the United States')).toBe(false);
    expect(otherDestination('Japan-Russia Summit Meeting', '24th Japan-Russia Summit Meeting')).toBe(false);
  });

  it('keeps a held visit apart from a planned visit elsewhere', () => {
    const t =
      'President Anna Kovacs of Hungary held talks in Budapest with President Luis Moreno of Spain, who is paying a visit ' +
      'to Hungary on 3 May 2024. The two sides agreed to sign a Joint Declaration during the State Visit of the ' +
      'President of Hungary to Spain planned for the autumn.';
    const ev = names(t, 'Event');
    const planned = ev.find((e) => /to Spain/.test(e));
    expect(planned).toBeDefined();
    const rec = facts(t).out.entities.find((e) => e.name === planned);
    expect(rec?.aliases ?? []).not.toContain('visit to Hungary');
  });
});

describe('negotiates-for.presidency-of-body', () => {
  it('gives the body presided over as the principal, not the presiding state', () => {
    const t =
      'The agreement was signed by Foreign Minister Jan Novak, on behalf of the Czech Presidency of the Council of ' +
      'the European Union, and by Prime Minister Ilir Hoxha of Albania.';
    const f = facts(t);
    expect(f.rels.has('NEGOTIATES_FOR|Jan Novak|Council of the European Union')).toBe(true);
    expect(f.rels.has('NEGOTIATES_FOR|Jan Novak|Czech Republic')).toBe(false);
  });

  it('leaves a demonym that names no presidency alone', () => {
    const t = 'The agreement was signed by Foreign Minister Jan Novak on behalf of the Czech Government in Prague.';
    const rels = [...facts(t).rels].filter((r) => r.startsWith('NEGOTIATES_FOR|Jan Novak|'));
    expect(rels.some((r) => /Council/.test(r))).toBe(false);
    const hit = { start: 0, end: 5, type: 'State', demonym: true };
    expect(presidencyBody('Czech Government of the day', hit, [hit])).toBeUndefined();
    expect(presidencyBody('Czech Presidency of the nation', hit, [hit])).toBeUndefined();
  });
});
