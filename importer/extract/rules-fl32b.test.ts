// The fl32b round's tests (issue 6): constructions shown by three first-look samples in the house styles of
// international bodies (the Eurasian Economic Commission's plain-text news on a free trade agreement signed during an
// intergovernmental council, the Benelux Union's web page on a treaty signed by three states' ministers, OPEC's Markdown
// release on a ministerial meeting), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { extractFacts, madeUpRelations } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const holds = (text: string) =>
  madeUpRelations(text)
    .of('HOLDS_OFFICE')
    .map((r) => `${r.from}|${r.to}`);
const people = (text: string) =>
  extractFacts(text)
    .out.entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('person.he-style', () => {
  it('drops "HE" before a name as it drops "H.E."', () => {
    const text =
      'News from Vienna\n\nThe meeting was held under the chairmanship of HE Tomas Verel, Minister of Energy of Chile, and attended by HE Ana Lopes, Minister of Mines of Peru.';
    expect(people(text)).toEqual(expect.arrayContaining(['Tomas Verel', 'Ana Lopes']));
    const h = holds(text);
    expect(h).toContain('Tomas Verel|Minister of Energy of Chile');
    expect(h).toContain('Ana Lopes|Minister of Mines of Peru');
  });

  it('drops "HE" before a title and name', () => {
    const h = holds('News from Doha\n\nHE Minister of Foreign Affairs of Chile Tomas Verel met the delegation today.');
    expect(h).toContain('Tomas Verel|Minister of Foreign Affairs of Chile');
  });

  it('never takes the pronoun "he" or "He" for a style', () => {
    const names = people(
      'News from Lima\n\nThe Minister of Finance of Peru, Ana Lopes, met Tomas Verel. He thanked Tomas Verel, and he Ana Lopes welcomed.',
    );
    expect(names.some((n) => /^he\b/i.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['Ana Lopes', 'Tomas Verel']));
  });
});
