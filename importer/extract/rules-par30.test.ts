// Tests of the par30 rules (issue 6, the samples' missed PARTICIPATED_IN) on made-up sentences, negatives included.
import { describe, expect, it } from 'vitest';

import { madeUpRelations } from './test-facts.ts';

describe('participated.signer-ceremony', () => {
  it("gives the readout's one signing ceremony the signatories told before it, with no event in their sentence", () => {
    const r = madeUpRelations(
      'On 3 May, at the University of Lisbon, Foreign Minister Eva Berg of Norway and Foreign Minister Karl Novak of ' +
        'Austria signed the Protocol on Fisheries Cooperation between Norway and Austria. ' +
        'The signing ceremony was hosted by Foreign Minister Ana Ruiz of Portugal.',
    );
    const by = r.byRule('participated.signer-ceremony');
    expect(by).toContain('PARTICIPATED_IN|Eva Berg|signing ceremony');
    expect(by).toContain('PARTICIPATED_IN|Karl Novak|signing ceremony');
  });

  it('reads a passive signing with gapped sides, and a witness of the signing', () => {
    const r = madeUpRelations(
      'Chile and Peru signed today a Free Trade Agreement in a virtual ceremony presided over by President Luis Vega. ' +
        'The Agreement was signed on behalf of Chile by Trade Minister Eva Berg, and on behalf of Peru by Trade ' +
        'Minister Karl Novak. Secretary of State Jon Okafor witnessed the signing.',
    );
    const by = r.byRule('participated.signer-ceremony');
    for (const n of ['Eva Berg', 'Karl Novak', 'Jon Okafor'])
      expect(by).toContain(`PARTICIPATED_IN|${n}|virtual ceremony`);
  });

  it('leaves an earlier signing, a principal on whose behalf one signs, and a text with two signings', () => {
    const earlier = madeUpRelations(
      'The signing ceremony was hosted by Foreign Minister Ana Ruiz of Portugal. The Protocol builds on the Treaty ' +
        'that President Eva Berg and President Karl Novak signed in 2015.',
    );
    expect(earlier.byRule('participated.signer-ceremony')).toEqual([]);
    const principal = madeUpRelations(
      'The signing ceremony was hosted by Foreign Minister Ana Ruiz of Portugal. Minister Karl Novak signed the ' +
        'Protocol on behalf of President Jon Okafor.',
    );
    const took = principal.of('PARTICIPATED_IN').map((f) => `${f.from}|${f.to}`);
    expect(took).toContain('Karl Novak|signing ceremony');
    expect(took.some((f) => f.includes('Jon Okafor'))).toBe(false);
    const two = madeUpRelations(
      'The signing ceremony was hosted by Foreign Minister Ana Ruiz of Portugal. A welcome ceremony and the signing ' +
        'of the Treaty of Porto followed on Friday. Minister Karl Novak signed the Protocol.',
    );
    expect(two.byRule('participated.signer-ceremony')).toEqual([]);
  });

  it('leaves a signing still to come', () => {
    const r = madeUpRelations(
      'The signing ceremony was hosted by Foreign Minister Ana Ruiz of Portugal. Minister Karl Novak will sign the ' +
        'Protocol next month.',
    );
    expect(r.byRule('participated.signer-ceremony')).toEqual([]);
  });
});

const MEETING =
  'President Ana Ruiz of Chile and President Luis Vega of Peru met at Arica on 3 May to address the boundary dispute. ' +
  'The talks were facilitated by Prime Minister Karl Novak of Spain. ' +
  'The talks were convened eleven days after the referendum held in Peru in April.\n\n';

describe('participated.bare-attendance', () => {
  it('gives the readout\'s meeting the people who "also attended", "also took part" or were "present at" it', () => {
    const r = madeUpRelations(
      MEETING +
        "Colombia's Minister of Foreign Affairs, Eva Berg, also attended. " +
        'The Personal Envoy of the Secretary-General, Ms Mia Holm, who has conducted contacts with both sides on ' +
        'behalf of Mr Jon Okafor, also took part. ' +
        'Heads of Government present at Arica were Prime Ministers Tom Reyes of Barbados and Ian Cole of Grenada.',
    );
    const took = r.of('PARTICIPATED_IN').filter((f) => f.from !== 'Ana Ruiz' && f.from !== 'Luis Vega');
    const names = took.map((f) => f.from);
    for (const n of ['Eva Berg', 'Mia Holm', 'Tom Reyes', 'Ian Cole']) expect(names).toContain(n);
    expect(names).not.toContain('Jon Okafor');
  });

  it('leaves a verb with an object, a person in a relative clause, and a meeting still to come', () => {
    const r = madeUpRelations(
      MEETING +
        'Minister Eva Berg, who succeeded Minister Jon Okafor in March, also attended. ' +
        'Minister Tom Reyes attended the opening of the Arica port.',
    );
    const names = r.byRule('participated.bare-attendance');
    expect(names.some((f) => f.startsWith('PARTICIPATED_IN|Eva Berg|'))).toBe(true);
    expect(names.some((f) => f.includes('Jon Okafor') || f.includes('Tom Reyes'))).toBe(false);
    const planned = madeUpRelations(
      'President Ana Ruiz of Chile and President Luis Vega of Peru will meet at Arica next month. ' +
        'Minister Eva Berg will also attend.',
    );
    expect(planned.byRule('participated.bare-attendance')).toEqual([]);
  });
});

const COUNCIL =
  'The Ministerial Council of the Andean Forum met in Lima on 2 and 3 May, chaired by Foreign Minister Ana Ruiz of ' +
  'Peru. The ministers adopted a declaration on regional security.\n\n';

describe('participated.chair-handover', () => {
  it('gives the gathering the outgoing and the incoming chair, whatever the relative clause after them says', () => {
    const r = madeUpRelations(
      COUNCIL +
        'Closing the meeting, Minister Ana Ruiz handed over the chairmanship for 2025 to the Minister of Foreign ' +
        'Affairs of Chile, Luis Vega, who announced that the next meeting will be held in Santiago in May 2025.',
    );
    const by = r.byRule('participated.chair-handover');
    expect(by.some((f) => f.startsWith('PARTICIPATED_IN|Luis Vega|'))).toBe(true);
    const r2 = madeUpRelations(
      COUNCIL +
        'At the opening session, the outgoing Chairman, the Prime Minister of Bolivia, Karl Novak, handed over to ' +
        'Foreign Minister Ana Ruiz. Prime Minister Eva Berg took over the chair from Prime Minister Tom Reyes.',
    );
    const names = r2.byRule('participated.chair-handover').map((f) => f.split('|')[1]);
    for (const n of ['Karl Novak', 'Eva Berg', 'Tom Reyes']) expect(names).toContain(n);
  });

  it('leaves a state that hands over, an envoy who hands over an office, and a predecessor "as Chair from"', () => {
    const r = madeUpRelations(
      COUNCIL +
        'At the close of the meeting, Peru handed over the Pro Tempore Presidency to Chile. ' +
        'The outgoing Special Envoy, Karl Novak, handed over to Eva Berg, who now leads the mediation. ' +
        'Minister Luis Vega took over as Chair-in-Office from President Tom Reyes of Bolivia, host of the 2022 meeting.',
    );
    expect(r.byRule('participated.chair-handover')).toEqual([]);
  });
});

describe('participated.joined-by', () => {
  it('gives the readout\'s meeting the people its participants "were joined by" or "assisted at the meeting by"', () => {
    const r = madeUpRelations(
      MEETING +
        'The two presidents were joined by the Secretary General of the Andean Community, Eva Berg, and by the ' +
        'Minister of Foreign Affairs of Spain, Tom Reyes. ' +
        'President Ana Ruiz was assisted at the meeting by the Minister for National Security, Ian Cole.',
    );
    const names = r.byRule('participated.joined-by').map((f) => f.split('|')[1]);
    for (const n of ['Eva Berg', 'Tom Reyes', 'Ian Cole']) expect(names).toContain(n);
  });

  it('leaves one joined by video link, a person in a relative clause, and a meeting still to come', () => {
    const r = madeUpRelations(
      MEETING +
        'The two presidents were joined by video link by President Tom Reyes of Ecuador. ' +
        'They were joined by Minister Eva Berg, who had met President Jon Okafor in April.',
    );
    const names = r.byRule('participated.joined-by').map((f) => f.split('|')[1]);
    expect(names).not.toContain('Tom Reyes');
    expect(names).not.toContain('Jon Okafor');
    const planned = madeUpRelations(
      'President Ana Ruiz of Chile and President Luis Vega of Peru will meet at Arica next month. ' +
        'They will be joined by Minister Eva Berg.',
    );
    expect(planned.byRule('participated.joined-by')).toEqual([]);
  });
});
