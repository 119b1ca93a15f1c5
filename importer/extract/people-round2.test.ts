// Unit tests of the second round of people and office rules on made-up sentences: invented people, real states.
// Each rule has a positive case and a negative one where it could overreach.
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { titleForms } from './offices.ts';

function facts(text: string) {
  const out = toExtractionOutput(extractText(text, { file: 'made-up.txt' }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  const rels = new Set(out.relations.map((r) => `${r.type}|${name.get(r.from)}|${name.get(r.to)}`));
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
