// Unit tests of the ar4 round's rules (issue 6, constructions 2, 4 and 8): made-up sentences about real states and
// organisations in invented settings, each with a negative case.
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

const opening = (body: string): string => `Talks in Vienna\n3 May 2024\n\n${body}`;
const people = (text: string): string[] =>
  extractFacts(opening(text))
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('person names with initials (text.ts NAME_TOKEN)', () => {
  it('reads a bare initial before a surname, as in "Minister for Law K Tan"', () => {
    const { rels } = extractFacts(
      opening(
        'The treaty was signed by Minister for Transport J Lim of Singapore and Foreign Minister A.B. Kowalski of Poland.',
      ),
    );
    expect(rels).toContain('HOLDS_OFFICE|J Lim|Minister for Transport of Singapore');
    expect(rels).toContain('HOLDS_OFFICE|A.B. Kowalski|Foreign Minister of Poland');
  });

  it('takes no article or pronoun for an initial', () => {
    const names = people('A Memorandum of Understanding was signed in Vienna. I Thank You was the motto of the day.');
    expect(names).toEqual([]);
  });
});
