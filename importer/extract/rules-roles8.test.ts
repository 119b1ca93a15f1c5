// The roles8 round's tests (issue 6): office synonyms as one identity (construction 5: office-identity.ts, the Office
// id in resolve.ts) on made-up names and documents, negatives included; then the rules written on roles-3's left
// cases (rules-roles8.ts) and the bank cases they made pass.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { runBankCase } from './bank.ts';
import { ROLES_BANK_3 } from './bank-roles-3.ts';
import { officeIdentityKey, sameOffice } from './office-identity.ts';
import { extractFacts } from './test-facts.ts';

describe('officeIdentityKey: one office under its title forms', () => {
  it.each([
    ['Foreign Minister of Russia', 'Minister of Foreign Affairs of Russia'],
    ['Foreign Minister of Russia', 'Minister for Foreign Affairs of Russia'],
    ['Deputy Foreign Minister of Russia', 'Deputy Minister of Foreign Affairs of Russia'],
    ['Vice-Minister for Foreign Affairs of Japan', 'Vice Foreign Minister of Japan'],
    ['Defence Minister of India', 'Minister of Defence of India'],
    ['Defense Minister of India', 'Minister for Defence of India'],
    ['Minister of Defense of Poland', 'Minister of Defence of Poland'],
    ['Trade Minister of Canada', 'Minister of Trade of Canada'],
    ['Interior Minister of France', 'Minister of the Interior of France'],
    ['Treasury Secretary of United States', 'Secretary of the Treasury of United States'],
    ['Defense Secretary of United States', 'Secretary of Defense of United States'],
    ['Trade and Industry Minister of Singapore', 'Minister for Trade and Industry of Singapore'],
    ['Labor Minister of Chile', 'Minister of Labour of Chile'],
    ['Minister for Europe and Foreign Affairs of France', 'Minister of Europe and Foreign Affairs of France'],
    ['Secretary of State of United States', 'Secretary of State of United States'],
  ])('"%s" is "%s"', (a, b) => {
    expect(sameOffice(a, b)).toBe(true);
  });

  it.each([
    ['Minister of Trade and Industry of Singapore', 'Minister of Trade of Singapore'],
    ['Trade Minister of Singapore', 'Minister of Trade and Industry of Singapore'],
    ['Foreign Minister of Russia', 'Foreign Minister of Ukraine'],
    ['Minister of Foreign Affairs of Russia', 'Minister of Foreign Affairs of Belarus'],
    ['Deputy Foreign Minister of Russia', 'Foreign Minister of Russia'],
    ['Deputy Minister of Foreign Affairs of Russia', 'Vice Minister of Foreign Affairs of Russia'],
    ['First Deputy Foreign Minister of Russia', 'Deputy Foreign Minister of Russia'],
    ['Foreign Trade Minister of Brazil', 'Foreign Minister of Brazil'],
    ['Minister of State for Foreign Affairs of United Kingdom', 'Minister of Foreign Affairs of United Kingdom'],
    ['State Secretary of Germany', 'Secretary of State of Germany'],
    ['Prime Minister of Japan', 'Minister of Japan'],
    ['Defence Minister of India', 'Defence Secretary of India'],
    ['Special Envoy for Syria of Norway', 'Special Envoy of Syria of Norway'],
  ])('"%s" is not "%s"', (a, b) => {
    expect(sameOffice(a, b)).toBe(false);
  });

  it('leaves titles it has no form for as they are (case and hyphens aside)', () => {
    expect(officeIdentityKey('Secretary-General of the United Nations')).toBe(
      'secretary general of the united nations',
    );
    expect(officeIdentityKey('Prime Minister of Japan')).toBe('prime minister of japan');
  });
});

const extract = (text: string, file = 't.txt') =>
  toExtractionOutput(extractText(text, { file, date: '2025-06-01', source: 'Ministry of Foreign Affairs of Austria' }));

describe('office identity in the resolver', () => {
  it('gives two forms of one office in one readout one entity, named by its first form, the other an alias', () => {
    const out = extract(
      'Talks in Vienna\n3 May 2025\n\nForeign Minister Anna Kovac of Austria met Oleg Sokolov, the Foreign Minister of Russia, in Vienna. Ivan Petrov, the former Minister for Foreign Affairs of Russia, also attended.',
    );
    const russian = out.entities.filter((e) => e.type === 'Office' && /Russia/.test(e.name));
    expect(russian).toHaveLength(1);
    expect(russian[0]!.name).toBe('Foreign Minister of Russia');
    expect(russian[0]!.aliases).toContain('Minister for Foreign Affairs of Russia');
    const holders = out.relations
      .filter((r) => r.type === 'HOLDS_OFFICE' && r.to === russian[0]!.id)
      .map((r) => r.from);
    expect(holders.sort()).toEqual(['person:ivan-petrov', 'person:oleg-sokolov']);
  });

  it('gives two readouts naming one office in two forms the same Office id, each keeping its own name', () => {
    const a = extract(
      'Call\n3 May 2025\n\nForeign Minister Anna Kovac of Austria spoke with Russian Foreign Minister Oleg Sokolov.',
      'a.txt',
    );
    const b = extract(
      'Talks\n9 May 2025\n\nAnna Kovac, Minister for Foreign Affairs of Austria, received Oleg Sokolov, Minister of Foreign Affairs of the Russian Federation.',
      'b.txt',
    );
    const office = (out: typeof a, state: string) =>
      out.entities.find((e) => e.type === 'Office' && e.name.endsWith(`of ${state}`));
    expect(office(a, 'Russia')?.name).toBe('Foreign Minister of Russia');
    expect(office(b, 'Russia')?.name).toBe('Minister of Foreign Affairs of Russia');
    expect(office(a, 'Russia')?.id).toBe(office(b, 'Russia')?.id);
    expect(office(a, 'Austria')?.id).toBe(office(b, 'Austria')?.id);
    expect(office(a, 'Austria')?.id).not.toBe(office(a, 'Russia')?.id);
  });

  it('keeps a deputy and a minister, and two portfolios, apart in one readout', () => {
    const out = extract(
      'Talks\n3 May 2025\n\nForeign Minister Anna Kovac of Austria met Deputy Foreign Minister Oleg Sokolov of Russia and Ivan Petrov, Minister of Trade and Industry of Russia, who was joined by Trade Minister Pavel Orlov of Russia.',
    );
    const names = out.entities.filter((e) => e.type === 'Office').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Foreign Minister of Austria',
        'Deputy Foreign Minister of Russia',
        'Minister of Trade and Industry of Russia',
        'Trade Minister of Russia',
      ]),
    );
  });
});

const rels = (text: string) => extractFacts(text, { file: 't.txt', date: '2025-06-01' }).rels;
const byId = (id: string) => ROLES_BANK_3.find((c) => c.id === id)!;

/** roles-3 cases that failed before the roles8 rules (at 98cb5e3) and pass with them. */
const FIXED = [
  'office.lowercase-demonym-president',
  'office.lowercase-possessive-after-name',
  'plural.foreign-ministers-of-three',
  'joint.bulleted-composition',
  'joint.signature-block',
  'joint.two-sides-represented-for',
  'un.appointed-as-his-envoy',
  'un.sg-appointed-special-representative',
  'plural.their-ambassadors-of',
  'plural.special-representatives-of-two-leaders',
  'state-sent-its-representative',
  'represented-respectively-by',
  'office.eu-high-representative',
];

describe('roles-3 bank: cases the roles8 rules made pass', () => {
  it.each(FIXED)('%s', (id) => {
    const r = runBankCase(byId(id));
    expect(r.missed).toEqual([]);
    expect(r.falseFacts).toEqual([]);
  });
});

describe('office.lowercase-owned: lowercase leader and minister titles after a demonym or possessive', () => {
  it('reads "the <demonym> president, X", "X, <state>\'s foreign minister," and "<demonym> foreign minister X"', () => {
    const r = rels(
      'The Chilean president, Ana Ruiz, received Pavel Horak, Poland’s foreign minister, and Austrian defence minister Anna Kovac in Santiago.',
    );
    expect(r).toContain('HOLDS_OFFICE|Ana Ruiz|President of Chile');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Foreign Minister of Poland');
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Defence Minister of Austria');
  });

  it('reads no office without a state before the title, and none for someone who only mentions a president', () => {
    const r = rels(
      'The foreign minister, Ana Ruiz, met Pavel Horak in Vienna. They prepared the Chilean president’s visit, and Pavel Horak thanked the Austrian president for his support.',
    );
    expect([...r].filter((f) => f.startsWith('HOLDS_OFFICE'))).toEqual([]);
  });
});

describe('person.plural-of-states: "the foreign ministers of A, B and C, X, Y and Z"', () => {
  it('gives each name the singular title of the state in the same place of the list', () => {
    const r = rels(
      'The Foreign Ministers of Austria, Poland and Chile, Anna Kovac, Pavel Horak and Ana Ruiz, met in Vienna.',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Foreign Minister of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Foreign Minister of Poland');
    expect(r).toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Chile');
    expect(r).not.toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Austria');
    const two = rels('The talks were led by the prime ministers of Japan and India, Taro Abe and Ravi Mehta.');
    expect(two).toContain('HOLDS_OFFICE|Taro Abe|Prime Minister of Japan');
    expect(two).toContain('HOLDS_OFFICE|Ravi Mehta|Prime Minister of India');
  });

  it('pairs nothing when the counts differ or no title heads the list', () => {
    const r = rels('The Foreign Ministers of Austria, Poland and Chile, Anna Kovac and Pavel Horak, met in Vienna.');
    expect(r).not.toContain('HOLDS_OFFICE|Pavel Horak|Foreign Minister of Poland');
    const plain = rels('The peoples of Austria and Poland, Anna Kovac and Pavel Horak said, share a history.');
    expect([...plain].filter((f) => f.startsWith('HOLDS_OFFICE'))).toEqual([]);
  });
});

describe('office.not-table-role: a role at the talks in parentheses is no part of the title', () => {
  it('drops "(head of delegation)" and "(co-chair)", keeps a unit in parentheses', () => {
    const r = rels(
      'Talks in Vienna on 3 May.\n\nThe delegations:\n- Austria: Anna Kovac, Minister for Foreign Affairs (head of delegation)\n- Poland: Pavel Horak, Deputy Minister of Foreign Affairs (co-chair)\n',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Minister for Foreign Affairs of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Deputy Minister of Foreign Affairs of Poland');
    expect([...r].some((f) => /head of delegation|co-chair/i.test(f))).toBe(false);
    const unit = rels(
      'Ms. Anna Kovac, Director-General (Asian Affairs), of the Austrian side, met Pavel Horak of Poland.',
    );
    expect([...unit].some((f) => f.startsWith('HOLDS_OFFICE|Anna Kovac|Director-General (Asian Affairs)'))).toBe(true);
  });
});

describe('person.side-line-name and complements that end with their line', () => {
  it('gives a name after "- <State>:" or "For the Government of <State>:" that state, and its bare title', () => {
    const r = rels(
      'Done at Vienna on 3 May 2025.\n\nFor the Government of Austria: Anna Kovac, Minister of Foreign Affairs\n\nFor the Government of Poland: Pavel Horak, Minister of Foreign Affairs',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Minister of Foreign Affairs of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Minister of Foreign Affairs of Poland');
  });

  it('reads no side from a state and a colon inside a sentence', () => {
    const r = rels(
      'Talks in Vienna.\n\nThe ministers agreed on one point about Poland: Anna Kovac, Minister of Foreign Affairs of Austria, will visit.',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Minister of Foreign Affairs of Austria');
    expect(r).not.toContain('HOLDS_OFFICE|Anna Kovac|Minister of Foreign Affairs of Poland');
  });
});

describe('person.for-side: the state a name acts "for" is the state of its bare title', () => {
  it('gives each of "Title A for X and Title B for Y" the office of their own side', () => {
    const r = rels(
      'The two sides were represented by Deputy Foreign Minister Anna Kovac for Austria and Vice Foreign Minister Pavel Horak for Poland.',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Deputy Foreign Minister of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Vice Foreign Minister of Poland');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(r).not.toContain('NEGOTIATES_FOR|Anna Kovac|Poland');
  });

  it('takes no state from "for" that does not close the phrase', () => {
    const r = rels(
      'Foreign Minister Anna Kovac of Austria thanked Deputy Foreign Minister Pavel Horak for Poland’s support.',
    );
    expect(r).not.toContain('HOLDS_OFFICE|Pavel Horak|Deputy Foreign Minister of Poland');
  });
});

describe("office.organisation-prefix: an organisation's name of several words before a title owns it", () => {
  it('gives "United Nations Secretary-General X" the Organization, not a state named later', () => {
    const r = rels(
      'United Nations Secretary-General Ana Ruiz has appointed Pavel Horak of Poland as her Personal Envoy.',
    );
    expect(r).toContain('HOLDS_OFFICE|Ana Ruiz|Secretary-General of the United Nations');
    expect(r).not.toContain('HOLDS_OFFICE|Ana Ruiz|Secretary-General of Poland');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Ana Ruiz');
  });

  it('reads no owner from an organisation that does not stand right before the title', () => {
    const r = rels('At the United Nations, Foreign Minister Anna Kovac of Austria met Pavel Horak of Poland.');
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Foreign Minister of Austria');
  });
});

describe('negotiates-for.title-appointed: a sender named by a title alone', () => {
  it('gives the one holder of the title named in the readout', () => {
    const r = rels(
      // The holder's office read by office.organisation-prefix ("Secretary-General Ana Ruiz of the United Nations" gives
      // no office since off32's office.org-title-no-guessed-state: the state it guessed, Norway, was wrong).
      'United Nations Secretary-General Ana Ruiz opened the session. The Secretary-General has appointed Ms. Eva Berg of Norway as her Special Envoy for Cyprus.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Eva Berg|Ana Ruiz');
    expect(r).not.toContain('NEGOTIATES_FOR|Eva Berg|Norway');
  });

  it("gives the issuing organisation when no holder is named, and nothing when the readout's issuer is a state", () => {
    const un = extractFacts(
      'The Secretary-General has appointed Ms. Eva Berg of Norway as his Special Envoy for Cyprus and Head of the United Nations Peacekeeping Force in Cyprus.',
      { file: 't.txt', date: '2025-06-01', source: 'United Nations' },
    ).rels;
    expect(un).toContain('NEGOTIATES_FOR|Eva Berg|United Nations');
    expect([...un].some((f) => f.startsWith('HOLDS_OFFICE|Peacekeeping'))).toBe(false);
    const state = extractFacts('The Minister has appointed Ms. Eva Berg of Norway as his Special Envoy for Cyprus.', {
      file: 't.txt',
      date: '2025-06-01',
      source: 'Ministry of Foreign Affairs of Austria',
    }).rels;
    expect([...state].filter((f) => f.startsWith('NEGOTIATES_FOR'))).toEqual([]);
  });
});

describe('negotiates-for.state-sent-its-envoy', () => {
  it('gives "<State> sent X, its Special Envoy, to A and B" the sending state, not the places', () => {
    const r = rels(
      'Austria sent Eva Berg, its Special Envoy for the Western Balkans, to Belgrade and Pristina for talks.',
    );
    expect(r).toContain('NEGOTIATES_FOR|Eva Berg|Austria');
    expect(r).toContain('HOLDS_OFFICE|Eva Berg|Special Envoy for the Western Balkans of Austria');
    // An envoy of a state acts for it (GUIDE), whatever the verb; never for the place they come back from.
    const not = rels('Austria welcomed Eva Berg, its Special Envoy for the Western Balkans, back from Serbia.');
    expect(not).not.toContain('NEGOTIATES_FOR|Eva Berg|Serbia');
    expect(not).not.toContain('HOLDS_OFFICE|Eva Berg|Special Envoy for the Western Balkans of Serbia');
  });
});

describe('plural appositions: "their (respective) ambassadors, A of X and B of Y", "China\'s A and India\'s B"', () => {
  it('gives each name of "their ambassadors, A of X and B of Y" the ambassador\'s office of their own state', () => {
    const r = rels(
      'Austria and Poland were represented by their ambassadors, Anna Kovac of Austria and Pavel Horak of Poland.',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Ambassador of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Ambassador of Poland');
    expect(r).toContain('NEGOTIATES_FOR|Pavel Horak|Poland');
    expect(r).not.toContain('NEGOTIATES_FOR|Pavel Horak|Austria');
  });

  it('reads a state\'s possessive before each listed name as that name\'s state, and no "Respective" in a title', () => {
    const r = rels(
      "The talks were prepared by the co-chairs, Austria's Anna Kovac and Poland's Pavel Horak, and by their respective envoys, Eva Berg and Ivan Petrov.",
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Co-Chair of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Co-Chair of Poland');
    expect([...r].some((f) => /Respective/i.test(f))).toBe(false);
  });
});

describe('person.respective-side: "A and B were represented, respectively, by X and Y"', () => {
  it("gives each person the state in the same place, so that a shared bare title takes each one's state", () => {
    const r = rels(
      'At the commission talks, Austria and Poland were represented, respectively, by Deputy Prime Minister Anna Kovac and Deputy Prime Minister Pavel Horak.',
    );
    expect(r).toContain('HOLDS_OFFICE|Anna Kovac|Deputy Prime Minister of Austria');
    expect(r).toContain('HOLDS_OFFICE|Pavel Horak|Deputy Prime Minister of Poland');
    expect(r).not.toContain('HOLDS_OFFICE|Pavel Horak|Deputy Prime Minister of Austria');
  });

  it('pairs nothing without "respectively" or when the counts differ', () => {
    const r = rels(
      'At the commission talks, Austria, Chile and Poland were represented, respectively, by Deputy Prime Minister Anna Kovac and Deputy Prime Minister Pavel Horak.',
    );
    expect(r).not.toContain('HOLDS_OFFICE|Pavel Horak|Deputy Prime Minister of Chile');
  });
});

describe('office.high-representative-of-the-union', () => {
  it('gives "High Representative of the Union for …" the European Union, not a state of the sentence, as its name', () => {
    const r = rels(
      'Anna Kovac, High Representative of the Union for Foreign Affairs and Security Policy, opened the EU-Moldova Association Council in Brussels.',
    );
    expect(r).toContain(
      'HOLDS_OFFICE|Anna Kovac|High Representative of the Union for Foreign Affairs and Security Policy',
    );
    expect(r).toContain(
      'OFFICE_OF|High Representative of the Union for Foreign Affairs and Security Policy|European Union',
    );
    expect([...r].some((f) => f.endsWith('|Moldova') && f.startsWith('OFFICE_OF'))).toBe(false);
  });
});
