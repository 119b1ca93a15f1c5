// The prc32 round's tests (issue 6): PARTICIPATED_IN precision, each rule on made-up sentences, the reading it
// withholds (negative) and the one it keeps (positive).
import { describe, expect, it, vi } from 'vitest';

import { negotiatorNotMain } from './rules-prc32.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The PARTICIPATED_IN facts of made-up text, as "person|event". */
const participants = (text: string) =>
  madeUpRelations(text)
    .of('PARTICIPATED_IN')
    .map((r) => `${r.from}|${r.to}`);

describe('participated.negotiator-not-main', () => {
  it('reads a sentence telling who negotiated against a main event that is no negotiation', () => {
    const signing = 'signing of the Peace Agreement';
    expect(
      negotiatorNotMain(
        'The Government delegation was led by the Minister of Justice, Mr Dan Obi, who negotiated for the Government throughout the talks.',
        signing,
      ),
    ).toBe(true);
    expect(
      negotiatorNotMain('The text was negotiated over several weeks by technical teams of both sides.', signing),
    ).toBe(true);
    expect(
      negotiatorNotMain('The Bordurian side was led by Mr Ivo Ban, his Special Envoy for the negotiations.', signing),
    ).toBe(true);
    expect(negotiatorNotMain('The mediation committee was headed by Ana Lu, who steered the talks.', signing)).toBe(
      true,
    );
    // "conducted the talks" against a meeting: the meeting's own talks, kept.
    expect(negotiatorNotMain('Minister Ana Lu conducted the talks on behalf of the EU.', 'Lu-Ban meeting')).toBe(false);
    expect(negotiatorNotMain('Minister Ana Lu conducted the talks on behalf of the EU.', signing)).toBe(true);
  });

  it('keeps the main event that is itself the negotiations, and a sentence that tells a signing', () => {
    expect(
      negotiatorNotMain('The delegation was led by X, who negotiated on behalf of Y.', 'third round of talks'),
    ).toBe(false);
    expect(negotiatorNotMain('The chief negotiator, X, led the negotiations.', 'negotiations on the treaty')).toBe(
      false,
    );
    expect(
      negotiatorNotMain('The Agreement, negotiated by A, was signed by B and C.', 'signing of the Agreement'),
    ).toBe(false);
    // No negotiating told: the delegation of the main event.
    expect(negotiatorNotMain('The Bordurian side was led by Mr Ivo Ban.', 'signing of the Peace Agreement')).toBe(
      false,
    );
  });

  it('gives the negotiator no part in the readout signing, and keeps the signers', () => {
    const signing =
      'The President of Ghana, Kwame Asante, and the President of Togo, Koffi Mensah, today signed the Peace Agreement at the State House in Lomé.';
    const text = [
      signing,
      "The Group was chaired by Ghana's coordinator, Ambassador Daniel Boateng, who conducted the negotiations on behalf of the host Government.",
    ].join('\n\n');
    const facts = participants(text);
    expect(facts).toContain('Kwame Asante|signing of the Peace Agreement');
    expect(facts).toContain('Koffi Mensah|signing of the Peace Agreement');
    expect(facts).not.toContain('Daniel Boateng|signing of the Peace Agreement');
    // The same ambassador told without negotiating still takes part.
    const present = participants(
      [signing, "The ceremony was chaired by Ghana's coordinator, Ambassador Daniel Boateng."].join('\n\n'),
    );
    expect(present).toContain('Daniel Boateng|signing of the Peace Agreement');
  });
});
