// Unit tests of the second round of people and office rules on made-up sentences: invented people, real states.
// Each rule has a positive case and a negative one where it could overreach.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';
import { compareNames } from '../link.ts';
import { titleForms } from './offices.ts';

function facts(text: string, meta: { source?: string } = {}) {
  const { out, rels } = extractFacts(text, { file: 'made-up.txt', ...meta });
  const of = (type: string) => out.entities.filter((e) => e.type === type);
  return { rels, of, out };
}

describe('person.joined-by: the state of the leader one is joined by', () => {
  it('takes the leader state from a fuller mention of the same surname', () => {
    const { rels } = facts(
      'President Ivo Marek of Slovenia met President Pavel Orlov of the Russian Federation in Sochi on 3 May 2023. ' +
        'President Orlov was joined by Foreign Minister Dmitry Kolosov and Presidential Aide Ilya Surin.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Dmitry Kolosov|Foreign Minister of Russia');
    expect(rels).not.toContain('HOLDS_OFFICE|Dmitry Kolosov|Foreign Minister of Slovenia');
  });

  it('does not guess when the surname is given two states', () => {
    const { rels } = facts(
      'President Ivo Marek of Slovenia met Prime Minister Ana Marek of Croatia on 3 May 2023. ' +
        'Marek was joined by Foreign Minister Dmitry Kolosov.',
    );
    expect(rels).not.toContain('HOLDS_OFFICE|Dmitry Kolosov|Foreign Minister of Croatia');
  });
});

describe('office.presidential-form', () => {
  it('gives "Presidential Aide" its form "Aide to the President of …"', () => {
    expect(titleForms('Presidential Aide', 'Russia', 'Russia')).toContain('Aide to the President of Russia');
    expect(titleForms('Presidential Adviser', 'Kenya', 'Kenya')).toContain('Adviser to the President of Kenya');
  });

  it('leaves other titles alone', () => {
    expect(titleForms('Presidential Envoy', 'Russia', 'Russia').join()).not.toContain('to the President');
  });
});

describe('titles only some states have (ONLY_LEADER_TITLES)', () => {
  it('gives a Governor-General to the realm among the two sides, not to a republic issuer', () => {
    const { rels } = facts(
      'Hanoi, 7 March 2024. Prime Minister Tran Van Minh of Viet Nam held talks with Prime Minister Jack Reid of ' +
        'Australia in Canberra. Prime Minister Tran Van Minh also called on Governor-General Alan Pike.',
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Alan Pike|Governor-General of Viet'))).toBe(false);
  });
});

describe('title spans and appositions', () => {
  it('does not run a title across a blank line', () => {
    const { of } = facts('WASHINGTON - Department of the Treasury\n\nSecretary of the Treasury Ann Wells met them.');
    expect(of('Office').map((o) => o.name)).not.toContain('Treasury Secretary of the Treasury');
    expect(of('Office').some((o) => o.name.startsWith('Treasury Secretary'))).toBe(false);
  });

  it('reads a multi-word state name before a title and leaves the next titled person alone', () => {
    const { rels } = facts(
      'Secretary of the Treasury Ann Wells and United States Trade Representative Ambassador Tom Kerr met ' +
        'Vice Premier Zhao Lin in Geneva on 10 May 2025.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Tom Kerr|Trade Representative of the United States');
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Ann Wells|Trade Representative'))).toBe(false);
  });

  it('reads "the Secretary and the Ambassador pressed" as subjects, not an apposition', () => {
    const { rels } = facts(
      'Acting on behalf of President Paul Grant, the Secretary and the Ambassador pressed for fair trade on 10 May 2025.',
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Paul Grant|Secretary'))).toBe(false);
  });

  it('keeps a real apposition', () => {
    const { rels } = facts('Li Wen, China International Trade Representative, met the delegation on 10 May 2025.');
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Li Wen|International Trade Representative'))).toBe(true);
  });
});

describe('office.inverted-portfolio-list', () => {
  it('reads "Trade and Export Growth Minister" as the Minister for Trade and Export Growth', () => {
    const { rels, of } = facts(
      'Wellington, 9 July 2023. Trade and Export Growth Minister Sam Hale signed the agreement on behalf of New Zealand.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Sam Hale|Minister for Trade and Export Growth of New Zealand');
    const office = of('Office').find((o) => o.name === 'Minister for Trade and Export Growth of New Zealand');
    expect(office?.aliases).toContain('Minister of Trade and Export Growth of New Zealand');
  });

  it('reads a comma list too, but not names or words outside portfolios', () => {
    const { rels } = facts(
      'Wellington, 9 July 2023. Research, Science and Innovation Minister Ana Cole spoke. ' +
        'Sam Hale and Trade Minister Ben Ross of New Zealand spoke.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ana Cole|Minister for Research, Science and Innovation of New Zealand');
    expect([...rels].some((r) => r.includes('Sam Hale and'))).toBe(false);
  });
});

describe('person.short-given-name', () => {
  it('joins "Joe Hale" to "Joseph R. Hale Jr." in one readout', () => {
    const { of } = facts(
      'President Joseph R. Hale Jr. of the United States met President Ivo Marek of Slovenia on 3 May 2023. ' +
        'Joe Hale said the talks were useful.',
    );
    const people = of('Person').filter((p) => /Hale/.test(p.name));
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toContain('Joe Hale');
  });

  it('keeps two different given names apart', () => {
    const { of } = facts(
      'President Joseph Hale of the United States met President Ivo Marek of Slovenia on 3 May 2023. ' +
        'Secretary of State Tom Hale said the talks were useful.',
    );
    expect(of('Person').filter((p) => /Hale/.test(p.name))).toHaveLength(2);
  });

  it('links "Joe Hale" to a stored "Joseph R. Hale Jr." across readouts, not "Tom Hale"', () => {
    expect(compareNames('Joe Hale', 'Joseph R. Hale Jr.')).toBe('fuller');
    expect(compareNames('Bill Hale', 'William Hale')).toBe('fuller');
    expect(compareNames('Tom Hale', 'Joseph Hale')).toBe('none');
  });
});

describe('office.of-the-republic and office.title-ref', () => {
  it('completes "President of the Republic" with the holder\'s state, one office per state', () => {
    const { rels, of } = facts(
      'Paris, 9 December 2019. The President of the Republic, Paul Morel, received President Ana Costa of Brazil. ' +
        'President Ana Costa, President of the Republic, thanked him.',
    );
    const names = of('Office').map((o) => o.name);
    expect(names).not.toContain('President of the Republic');
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Ana Costa|President of Brazil'))).toBe(true);
  });

  it('keeps an office named by its title alone in a presidency readout', () => {
    const { rels, of } = facts(
      'Paris, 10 July 2019. At the request of the President of the Republic, Mr Luc Vidal travelled to Tehran.',
      { source: 'Élysée, Présidence de la République française — France' },
    );
    const office = of('Office').find((o) => o.name === 'President of France');
    expect(office?.aliases).toContain('President of the French Republic');
    expect(rels).toContain('OFFICE_OF|President of France|France');
  });

  it('adds no office for a bare "the Prime Minister"', () => {
    const { of } = facts('Paris, 10 July 2019. The Prime Minister said the talks were useful.');
    expect(of('Office')).toHaveLength(0);
  });
});

describe('issuer.source-state and person.one-leader-per-state', () => {
  it('takes the issuer from a source naming one state, and gives the visitor his own state', () => {
    const { rels } = facts(
      'Washington DC, 23 May 2024. President Tom Kibet has held talks with the President of the United States of ' +
        'America, Paul Grant, at the White House.',
      { source: 'State House Kenya' },
    );
    expect(rels).toContain('HOLDS_OFFICE|Tom Kibet|President of Kenya');
    expect(rels).not.toContain('HOLDS_OFFICE|Tom Kibet|President of the United States');
  });
});

describe('issuer: an organisation source', () => {
  it('gives no issuing state to a readout an organisation issued', () => {
    const { rels } = facts(
      'Brussels, 15 May 2020. Anne Roux, Head of the Task Force for Relations with the United Kingdom, presented the ' +
        'results. The Protocol on Ireland and Northern Ireland must be implemented in full.',
      { source: 'European Commission' },
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Anne Roux') && r.includes('Ireland'))).toBe(false);
  });
});

describe('an apposition ends before "<title>, <name>"', () => {
  it('gives the title to the name after its comma, not to the prince before it', () => {
    const { rels } = facts(
      'Rabat, 7 April 2022. The dinner was attended by Crown Prince Ali Idris, Prince Omar Idris, the Head of ' +
        'Government and the Minister of Foreign Affairs, Karim Tazi, as well as by the ambassador.',
    );
    expect([...rels].some((r) => r.startsWith('HOLDS_OFFICE|Omar Idris|Minister of Foreign Affairs'))).toBe(false);
  });

  it('keeps an apposition followed by a verb', () => {
    const { rels } = facts(
      'Rabat, 7 April 2022. Karim Tazi, Minister of Foreign Affairs of Morocco, said the talks were useful.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Karim Tazi|Minister of Foreign Affairs of Morocco');
  });
});
