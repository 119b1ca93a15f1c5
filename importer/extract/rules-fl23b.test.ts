// The fl23b round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// release on a peace accord signed by two leaders, a foreign ministry's page on the facilitator of talks between two
// delegations, a state house's release on a summit at a border post), each rule on made-up sentences with negative
// cases.
import { describe, expect, it, vi } from 'vitest';

import {
  EVENT_GROUP_AGAIN,
  EVENT_MAIN_NOUN_NOT_IN_ROLE,
  EVENT_MAIN_SIGNING_OPENING,
  groupAgainIn,
  nounInRoleClause,
  PARTICIPATED_NOT_OTHER_TALKS,
  passiveSignedParticiple,
  REACHED_AT_NOT_AFTER_PASSIVE,
  signedObjectGap,
  signingVerbAt,
} from './rules-fl23b.ts';
import { eventFacts, extractFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_MAIN_SIGNING_OPENING.id, () => {
  it('finds an active signing verb told by its subject', () => {
    const t = 'The President of Angola, Ana Silva, and the President of Zambia, John Banda, signed today the Accord.';
    expect(signingVerbAt(t)).toBe(t.indexOf('signed'));
    expect(signingVerbAt('The two Ministers have signed in Lusaka the Protocol on Trade.')).toBeGreaterThan(0);
  });

  it('leaves a passive, a relative clause and a future', () => {
    expect(signingVerbAt('The Protocol was signed in Lusaka by the two Ministers.')).toBe(-1);
    expect(signingVerbAt('The Accord, which the two Presidents signed in 2019, remains in force.')).toBe(-1);
    expect(signingVerbAt('The two Presidents will sign the Accord in Lusaka.')).toBe(-1);
    expect(signingVerbAt('The Accord is to be signed in Lusaka.')).toBe(-1);
  });

  it("makes the opening's signing the readout's event, with its signers, witnesses and agreement", () => {
    const f = eventFacts(
      'The President of Angola, Ana Silva, and the President of Zambia, John Banda, signed this Tuesday, at the Palace of the Nation in Luanda, the Lobito Corridor Agreement. The ceremony was witnessed by the President of Namibia, Peter Nandi, and the President of Botswana, Mark Kgosi. The two leaders said the Agreement would open a new era.',
    );
    const own = f.names.find((n) => /^signing of the .*Lobito Corridor Agreement/.test(n));
    expect(own, f.names.join(' / ')).toBeDefined();
    for (const p of ['Ana Silva', 'John Banda', 'Peter Nandi', 'Mark Kgosi'])
      expect(f.has('PARTICIPATED_IN', p, own!), p).toBe(true);
    expect(f.of('REACHED_AT').some((r) => r.endsWith(`|${own!}`))).toBe(true);
  });

  it('leaves a readout whose opening tells a meeting, and one that signs nothing named', () => {
    const met = eventFacts(
      'The President of Angola, Ana Silva, held talks today in Luanda with the President of Zambia, John Banda, and the two signed the Lobito Corridor Agreement.',
    );
    expect(met.names.some((n) => /^signing of the/.test(n))).toBe(false);
    const none = eventFacts(
      'The President of Angola, Ana Silva, and the President of Zambia, John Banda, signed this Tuesday in Luanda a number of documents.',
    );
    expect(none.names.some((n) => /^signing of the/.test(n))).toBe(false);
  });

  it('leaves a signing told with a place alone, and one whose agreement is not the object of the verb', () => {
    const bare = eventFacts(
      'The President of Angola, Ana Silva, and the President of Zambia, John Banda, signed today in Luanda the Lobito Corridor Agreement. It will enter into force in June.',
    );
    expect(bare.names.some((n) => /^signing of the/.test(n))).toBe(false);
    expect(signedObjectGap(' this Tuesday, at the Palace of the Nation in Luanda, the ')).toBe(true);
    expect(signedObjectGap(' on Tuesday an agreement annexed to the two ')).toBe(false);
  });
});

describe(REACHED_AT_NOT_AFTER_PASSIVE.id, () => {
  it('reads "…, signed by" after a name as that name\'s participle', () => {
    const t =
      'The Accord builds on the Agreement on Ceasefire, signed by the two leaders on 1 August, and on the Memorandum.';
    expect(passiveSignedParticiple(t, t.indexOf('signed'))).toBe(true);
  });

  it('leaves a signing verb with its subject, and a passive with no comma before it', () => {
    const t = 'The two Presidents signed the Memorandum on Trade.';
    expect(passiveSignedParticiple(t, t.indexOf('signed'))).toBe(false);
    const p = 'The Memorandum on Trade was signed by the two Ministers.';
    expect(passiveSignedParticiple(p, p.indexOf('signed'))).toBe(false);
  });
});

describe(EVENT_MAIN_NOUN_NOT_IN_ROLE.id, () => {
  it('reads a meeting noun inside a role clause after the meeting verb', () => {
    expect(
      nounInRoleClause(
        'The Minister received today the Special Envoy of Norway, Mr. Lars Berg, who leads the facilitation of the ',
      ),
    ).toBe(true);
    expect(nounInRoleClause('The Minister met Dr. Ana Ruiz, who chairs the Joint Commission on the ')).toBe(true);
  });

  it('leaves a noun with no meeting verb before it, or in a clause that tells a meeting', () => {
    expect(nounInRoleClause('The Special Envoy, who leads the facilitation of the ')).toBe(false);
    expect(nounInRoleClause('The Minister received Mr. Berg, who held ')).toBe(false);
    expect(nounInRoleClause('The Minister received Mr. Berg. He leads the ')).toBe(false);
  });

  it("names the reception told by its verb a meeting, not the guest's talks", () => {
    const f = eventFacts(
      'The Minister of Foreign Affairs of Jamaica, Kamina Johnson Smith, today received the Special Envoy of Norway, Mr. Lars Berg, who leads the facilitation of the talks between the parties in Colombia. The two discussed the peace process.',
    );
    expect(
      f.names.some((n) => /Smith-Berg meeting|Johnson Smith-Berg meeting/.test(n)),
      f.names.join(' / '),
    ).toBe(true);
    expect(f.names.some((n) => /-Berg talks/.test(n))).toBe(false);
  });
});

describe(PARTICIPATED_NOT_OTHER_TALKS.id, () => {
  const text = (who: string) =>
    `The Minister of Foreign Affairs of Jamaica, Kamina Johnson Smith, today received the Special Envoy of Norway, Mr. Lars Berg. ${who}`;

  it('takes the sides of other talks out of the reception', () => {
    const f = eventFacts(
      text(
        'Mr. Berg briefed the Minister on the talks, which bring together the delegation of the Government, headed by Minister Pedro Gil, and the delegation of the opposition, headed by Senator Rosa Vidal.',
      ),
    );
    const own = f.names.find((n) => /-Berg meeting/.test(n));
    expect(own, f.names.join(' / ')).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Lars Berg', own!)).toBe(true);
    expect(f.has('PARTICIPATED_IN', 'Pedro Gil', own!)).toBe(false);
    expect(f.has('PARTICIPATED_IN', 'Rosa Vidal', own!)).toBe(false);
  });

  it('keeps a person named before the cue, and a sentence with no such clause', () => {
    const f = eventFacts(
      text(
        'Mr. Berg was accompanied by Ambassador Pedro Gil, who briefed the Minister on the talks between the parties.',
      ),
    );
    const own = f.names.find((n) => /-Berg meeting/.test(n));
    expect(own, f.names.join(' / ')).toBeDefined();
    expect(f.has('PARTICIPATED_IN', 'Pedro Gil', own!)).toBe(true);
  });
});

describe(EVENT_GROUP_AGAIN.id, () => {
  it("reads a group's earlier meeting with its place and day", () => {
    expect(
      groupAgainIn('When the four Heads of State last met, in Lusaka on 3rd March 2021, they agreed.'),
    ).toMatchObject({ size: 4, place: 'Lusaka', day: '2021-03-03', at: 5 });
    expect(groupAgainIn('The three leaders had previously met in Arusha.')?.place).toBe('Arusha');
  });

  it('leaves a pair, a meeting still to come, and one told with no place', () => {
    expect(
      groupAgainIn('When the two Heads of State last met, in Lusaka on 3 March 2021, they agreed.'),
    ).toBeUndefined();
    expect(groupAgainIn('The four Heads of State will meet in Lusaka on 3 March 2021.')).toBeUndefined();
    expect(groupAgainIn('The four leaders last met a year ago.')).toBeUndefined();
  });

  it("names the group's earlier meeting after the readout's gathering, with the leaders who took part", () => {
    const f = eventFacts(
      '# Tripartite Summit held at Kasumbalesa\n\nPresident Ana Silva of Angola, President John Banda of Zambia and President Paul Moyo of Zimbabwe held the Tripartite Summit at Kasumbalesa today. When the three Heads of State last met, in Lusaka on 3rd March 2021, they set up a joint commission.',
      '2021-06-10',
    );
    const earlier = f.names.find((n) => /in Lusaka on 3 March 2021$/.test(n));
    expect(earlier, f.names.join(' / ')).toBeDefined();
    for (const p of ['Ana Silva', 'John Banda', 'Paul Moyo'])
      expect(f.has('PARTICIPATED_IN', p, earlier!), p).toBe(true);
  });

  it('gives nobody the earlier meeting when the readout names more leaders than the group', () => {
    const f = eventFacts(
      '# Tripartite Summit held at Kasumbalesa\n\nPresident Ana Silva of Angola, President John Banda of Zambia, President Paul Moyo of Zimbabwe and President Luis Tembe of Mozambique held the Tripartite Summit at Kasumbalesa today. When the three Heads of State last met, in Lusaka on 3rd March 2021, they set up a joint commission.',
      '2021-06-10',
    );
    const earlier = f.names.find((n) => /in Lusaka on 3 March 2021$/.test(n));
    expect(earlier, f.names.join(' / ')).toBeDefined();
    expect(f.of('PARTICIPATED_IN').some((r) => r.endsWith(`|${earlier!}`))).toBe(false);
  });
});

describe('fl23b lexicon rows', () => {
  it('reads plural border incidents between two states, and no bare "incidents"', () => {
    const f = eventFacts(
      'President Alvaro Soto of Chile met President Luis Mora of Peru at the border. They discussed the border incidents between Chile and Peru. No incidents were reported during the visit.',
    );
    const inc = f.names.find((n) => /incidents between Chile and Peru/.test(n));
    expect(inc, f.names.join(' / ')).toBeDefined();
    expect(f.has('INVOLVES', inc!, 'Peru')).toBe(true);
    expect(f.names.some((n) => /^incidents$/i.test(n))).toBe(false);
  });

  it('reads no person in the name of a border post', () => {
    const { out } = extractFacts(
      'President Alvaro Soto of Chile met President Luis Mora of Peru at the Chacalluta/Santa Rosa Border Post today.',
      { file: 'made-up.txt', date: '2025-06-01' },
    );
    const people = out.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(
      people.some((n) => /Border Post/.test(n)),
      people.join(' / '),
    ).toBe(false);
    expect(people).toContain('Alvaro Soto');
  });
});
