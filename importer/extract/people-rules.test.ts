// Unit tests of the people, office and role rules on made-up sentences: invented people, real states (the gazetteer
// knows only real ones). Each construction has a positive case and, where a rule could overreach, a negative one.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { issuingState } from './index.ts';
import { parseTitleAt, portfolioListEnd } from './titles.ts';

function facts(text: string) {
  const out = toExtractionOutput(extractText(text, { file: 'made-up.txt' }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = new Set(out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`));
  const of = (type: string) => out.entities.filter((e) => e.type === type);
  return { rels, of };
}
const parse = (text: string) => parseTitleAt(text, 0, findGazetteerHits(text));
const issuer = (text: string) => issuingState(text, findGazetteerHits(text));

describe('title spans (office.portfolio-list, heads)', () => {
  it('keeps commas and "and" of a portfolio list inside the title', () => {
    expect(parse('Minister of Agriculture, Livestock and Food Supply, Anna Berg, said')!.title).toBe(
      'Minister of Agriculture, Livestock and Food Supply',
    );
    expect(parse('Minister for Trade, Industry and Energy Kim Jong-soo')!.title).toBe(
      'Minister for Trade, Industry and Energy',
    );
    expect(parse('Minister for Trade and Export Growth Tom Reed')!.title).toBe('Minister for Trade and Export Growth');
  });

  it('does not take a name, another title or a clause after the comma', () => {
    expect(parse('Minister of Foreign Affairs, Ambassador Karl Brun, who led')!.title).toBe(
      'Minister of Foreign Affairs',
    );
    const text = 'Minister of Finance, and Minister of Health';
    expect(portfolioListEnd(text, text.indexOf(','))).toBeUndefined();
    expect(parse('Minister of Finance, Mr Ole Dahl and Ms Kari Lund')!.title).toBe('Minister of Finance');
  });

  it('reads aides, hyphenated and royal or religious heads', () => {
    const aide = parse('Aide to the President of the Russian Federation, said')!;
    expect(aide.title).toBe('Aide to the President');
    expect(aide.owner?.name).toBe('Russia');
    expect(parse('Governor-General Ann Fox')!.title).toBe('Governor-General');
    expect(parse('Executive Vice-President Jan Berg')!.title).toBe('Executive Vice-President');
    expect(parse('Pope Clement')!.title).toBe('Pope');
  });
});

describe("a person's state from the local cue", () => {
  it('gives the whole "The X delegation …" sentence to that side (person.sentence-side)', () => {
    const { rels } = facts(
      "Chile and Norway hold talks\n3 May 2024\n\nChile's Foreign Minister Pablo Soto held talks with Norway in Santiago. The Norwegian delegation was headed by Ola Dahl, State Secretary, and included Deputy Minister of Finance Kari Lund.",
    );
    expect(rels).toContain('HOLDS_OFFICE|Pablo Soto|Foreign Minister of Chile');
    expect(rels).toContain('HOLDS_OFFICE|Kari Lund|Deputy Minister of Finance of Norway');
    expect(rels).toContain('HOLDS_OFFICE|Ola Dahl|State Secretary of Norway');
  });

  it('reads ", of <state>," after a name, but not a state inside a longer phrase', () => {
    const { rels } = facts(
      'Ministers meet\n3 May 2024\n\nBrazil hosted the meeting. Foreign Minister Ana Ruiz, of Paraguay, attended it.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Paraguay');
    const other = facts(
      'Ministers meet\n3 May 2024\n\nBrazil hosted the meeting. Foreign Minister Ana Ruiz, of the talks in Paraguay, spoke.',
    ).rels;
    expect(other).not.toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Paraguay');
  });
});

describe('issuing state cues', () => {
  it('does not take the place "at the Kremlin" or a bare "(MOFA)" for the press office', () => {
    expect(
      issuer(
        'Visit to Moscow\n\nPresident of the Republic of Indonesia Ana Putri held talks with President Ivan Petrov at the Kremlin today.',
      ),
    ).toBe('Indonesia');
    expect(issuer('Kremlin, Moscow\n\nVladimir Ivanov held talks with Chancellor Max Weber of Germany.')).toBe(
      'Russia',
    );
    expect(
      issuer(
        'Prime Minister Tran Van An meets Australian counterpart\nCanberra (MOFA) - Viet Nam and Australia agreed.',
      ),
    ).toBe('Vietnam');
  });

  it('does not take a state that names a gathering or the parties of third-party talks', () => {
    expect(
      issuer(
        'President Amr Said Receives the Prime Minister of Ethiopia at the Sudan Neighbours Summit\nCairo\n\nEgypt hosted the summit. Egypt thanked all.',
      ),
    ).toBe('Egypt');
    expect(
      issuer(
        'Talks held\n\nDirect negotiations between the delegations of the Russian Federation and Ukraine were held today under the chairmanship of the Minister of Foreign Affairs of Türkiye. Türkiye hosted them.',
      ),
    ).toBe('Turkey');
  });
});

describe('plural and coordinated titles (person.plural-title-pair)', () => {
  it('gives each name of "Presidents A, B and C" the singular title', () => {
    const { rels } = facts(
      'Summit in Lusaka\n3 May 2024\n\nZambia hosted the summit. Presidents Ada Mwale of Zambia, Ben Okoro of Nigeria and Cara Diallo of Senegal attended.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ben Okoro|President of Nigeria');
    expect(rels).toContain('HOLDS_OFFICE|Cara Diallo|President of Senegal');
  });

  it('reads "Foreign Ministers A, of Paraguay, and B, of Uruguay"', () => {
    const { rels } = facts(
      'Ministers meet\n3 May 2024\n\nBrazil hosted the meeting. Foreign Ministers Ana Ruiz, of Paraguay, and Luis Vega, of Uruguay, also took part.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Ana Ruiz|Foreign Minister of Paraguay');
    expect(rels).toContain('HOLDS_OFFICE|Luis Vega|Foreign Minister of Uruguay');
  });

  it('needs a list closed by "and" of names only', () => {
    const { rels } = facts('Talks\n3 May 2024\n\nBrazil said that Presidents Day, Labour Day and others are holidays.');
    expect([...rels].filter((r) => r.startsWith('HOLDS_OFFICE'))).toEqual([]);
  });
});
