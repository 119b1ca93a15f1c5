// The par33 round's tests (issue 6): a part's people take part in the whole (docs/first-look.md, par33), on made-up
// sentences, with the visit guard as the negative case.
import { describe, expect, it } from 'vitest';

import { PAR33_PATTERNS } from './rules-par33.ts';
import { roleFacts } from './test-facts.ts';

const RULE = 'participated.part-up-to-whole';

describe(RULE, () => {
  it('gives the people of a round of negotiations the negotiations it is a round of', () => {
    const f = roleFacts(
      'Minister briefs Parliament on border talks\n\nGABORONE, 3 May 2024 – The Minister of Foreign Affairs of ' +
        'Botswana, Dr Anna Berg, today briefed Parliament on the conclusion of the negotiations between the ' +
        'Government of the Republic of Botswana and the Government of the Republic of Zambia on the river ' +
        'boundary.\n\nDr Berg informed the members that the fifth round of negotiations, held in Vienna from 2 to 4 ' +
        'April 2024, concluded with the initialling of a Border Treaty by the two chief negotiators. The Zambian ' +
        'delegation to the talks was led by Mr Piet Janssen, Special Envoy of the Government of Zambia.\n',
    );
    const given = f.by(RULE);
    expect(given.some((r) => /Piet Janssen/.test(r) && /negotiations between the Government/.test(r))).toBe(true);
    expect(given.some((r) => /fifth round/.test(r))).toBe(false);
  }, 30_000);

  it('leaves a visit to the text: the pattern that guards it', () => {
    expect(PAR33_PATTERNS.visit.test('state visit of Daniel Moyo to Kenya')).toBe(true);
    expect(PAR33_PATTERNS.visit.test('Summit of the East African Community')).toBe(false);
    const f = roleFacts(
      'Final communique of the visit of the President of Senegal to Mauritania\n\nAt the invitation of His ' +
        'Excellency Mr Amadou Diallo, President of the Islamic Republic of Mauritania, His Excellency Mr Ibrahima ' +
        'Ndiaye, President of the Republic of Senegal, paid a working visit to Nouakchott on 9 and 10 February ' +
        '2024.\n\nThe two Heads of State held a private meeting at the Presidential Palace, followed by talks in an ' +
        'enlarged format between the delegations of the two countries.\n',
    );
    expect([...f.rels].some((r) => r.startsWith('PART_OF|') && /visit/i.test(r))).toBe(true);
    expect(f.by(RULE).some((r) => /visit/i.test(r))).toBe(false);
    expect([...f.rels].some((r) => r.startsWith('PARTICIPATED_IN|Amadou Diallo|') && /visit/i.test(r))).toBe(false);
  }, 30_000);
});
