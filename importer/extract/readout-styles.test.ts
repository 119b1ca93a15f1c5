// Unit tests of people, office and agreement rules on readouts of our own in styles the dev set lacks. Origins:
// test/fixtures/readouts/2022-10-22-australia-japan-perth.txt — our own words, loosely after public reports of the
//   Albanese-Kishida meeting in Perth, 22 October 2022 (Australian PM media-release style); not copied.
// test/fixtures/readouts/2022-12-02-russia-germany-call.txt — our own words in the style of a Kremlin readout, after
//   public reports of the Putin-Scholz call of 2 December 2022; not copied.
// test/fixtures/readouts/2023-09-28-us-india-washington.txt — our own words in the style of a US State Department
//   readout, after public reports of the Blinken-Jaishankar meeting of 28 September 2023; not copied.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractFacts } from './test-facts.ts';

function facts(text: string, file = 'test.txt') {
  const { out, rels } = extractFacts(text, { file });
  const entity = (type: string, n: string) => out.entities.find((e) => e.type === type && e.name === n);
  return { out, rels, entity };
}
const fixture = (f: string) =>
  facts(readFileSync(new URL(`../../test/fixtures/readouts/${f}`, import.meta.url).pathname, 'utf8'), f);

describe('Australian media release: plural titles and a described earlier declaration', () => {
  const { rels, entity } = fixture('2022-10-22-australia-japan-perth.txt');

  it('reads "Prime Ministers Howard and Abe" as two people, each of their side', () => {
    expect(rels).toContain('HOLDS_OFFICE|Howard|Prime Minister of Australia');
    expect(rels).toContain('HOLDS_OFFICE|Abe|Prime Minister of Japan');
    expect(rels).not.toContain('HOLDS_OFFICE|Abe|Prime Minister of Australia');
    expect(entity('Office', 'Prime Minister of Japan')?.aliases).not.toContain('Prime Ministers');
  });

  it('makes the declaration "signed by … in 2007" an agreement the new one builds on', () => {
    const old = 'declaration signed by Prime Ministers Howard and Abe in 2007';
    expect(entity('Agreement', old)?.year).toBe(2007);
    expect(entity('Agreement', old)?.aliases).toContain('2007 Joint Declaration on Security Cooperation');
    expect(rels).toContain(`BASED_ON|Joint Declaration on Security Cooperation|${old}`);
    expect(rels).toContain(`PARTY_TO|Australia|${old}`);
    expect(rels).toContain(`PARTY_TO|Japan|${old}`);
  });

  it('takes a partnership announced at the meeting as an agreement of the states it names', () => {
    expect(rels).toContain('PARTY_TO|Japan|Australia-Japan Critical Minerals Partnership');
  });
});

describe('Kremlin readout: the principal named once, then by title', () => {
  const { rels, entity } = fixture('2022-12-02-russia-germany-call.txt');

  it('gives "The President of Russia" to Vladimir Putin and keeps the guest\'s title for the guest', () => {
    expect(rels).toContain('HOLDS_OFFICE|Vladimir Putin|President of Russia');
    expect(rels).toContain('HOLDS_OFFICE|Olaf Scholz|Federal Chancellor of Germany');
    expect(rels).not.toContain('HOLDS_OFFICE|Vladimir Putin|President of Germany');
  });

  it("keeps an initiative the text only mentions out of the sides' agreements", () => {
    expect(entity('Agreement', 'Black Sea Grain Initiative')).toBeDefined();
    expect(rels).not.toContain('PARTY_TO|Germany|Black Sea Grain Initiative');
  });
});

describe('Kremlin readout naming its principal "the Russian President"', () => {
  it('reads the issuer from the adjective and places a pair of foreign ministers on the two sides', () => {
    const { rels } = facts(
      'Telephone conversation with Prime Minister of India Anil Rao\nJune 5, 2024\n\nVladimir Putin had a telephone conversation with Prime Minister of India Anil Rao.\n\nThe Russian President congratulated Anil Rao on his re-election. The leaders agreed that Foreign Ministers Ivan Sokolov and Ravi Menon would stay in contact.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Vladimir Putin|President of Russia');
    expect(rels).toContain('HOLDS_OFFICE|Ivan Sokolov|Foreign Minister of Russia');
    expect(rels).toContain('HOLDS_OFFICE|Ravi Menon|Foreign Minister of India');
  });
});

describe('State Department readout: spokesperson, middle initial, demonym + honorific', () => {
  const { rels, entity } = fixture('2023-09-28-us-india-washington.txt');

  it('reads the attributed spokesperson and the usual names of the office', () => {
    expect(rels).toContain('HOLDS_OFFICE|Matthew Miller|Spokesperson of the United States');
    expect(entity('Office', 'Spokesperson of the United States')?.aliases).toContain('State Department Spokesperson');
  });

  it('names the Secretary with and without the initial, and the Indian minister without "Dr."', () => {
    expect(entity('Person', 'Antony J. Blinken')?.aliases).toContain('Antony Blinken');
    expect(rels).toContain('HOLDS_OFFICE|Antony J. Blinken|Secretary of State of the United States');
    expect(rels).toContain('HOLDS_OFFICE|S. Jaishankar|External Affairs Minister of India');
  });

  it('does not give a presidential republic a Prime Minister', () => {
    expect([...rels].filter((r) => r.startsWith('HOLDS_OFFICE|Modi|'))).toEqual([
      'HOLDS_OFFICE|Modi|Prime Minister of India',
    ]);
  });

  it('places the two Presidents by the states of the sentence and makes them parties to what they extended', () => {
    expect(rels).toContain('HOLDS_OFFICE|Biden|President of the United States');
    expect(rels).toContain('HOLDS_OFFICE|Putin|President of Russia');
    expect(entity('Agreement', 'New START Treaty between the United States and Russia')?.aliases).toContain(
      'New START Treaty',
    );
    expect(entity('Agreement', 'India-Middle East-Europe Economic Corridor')).toBeDefined();
  });
});

describe('plural titles and described agreements on short texts', () => {
  it('joins a pair under a plural title to the people named in full elsewhere', () => {
    const { rels, out } = facts(
      'Foreign Ministers meet in Tokyo\nApril 1, 2017\n\nForeign Minister Fumio Kishida of Japan held talks with Foreign Minister Wang Yi of China. Foreign Ministers Kishida and Wang agreed to meet again.',
    );
    expect(rels).toContain('HOLDS_OFFICE|Wang Yi|Foreign Minister of China');
    expect(out.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Fumio Kishida', 'Wang Yi']);
  });

  it('reads "updates the 2007 declaration" and "replaces" as BASED_ON', () => {
    const { rels } = facts(
      'Leaders sign new declaration\nOctober 22, 2022\n\nPrime Minister Anthony Albanese met Prime Minister Fumio Kishida of Japan in Perth. The Joint Declaration on Security Cooperation signed today updates the 2007 declaration.',
    );
    expect(rels).toContain('BASED_ON|Joint Declaration on Security Cooperation|2007 declaration');
  });

  it('does not take a plural noun before two names as a title', () => {
    const { out } = facts('Talks in Geneva\nJune 16, 2021\n\nTalks Smith and Jones held were useful.');
    expect(out.entities.filter((e) => e.type === 'Office')).toEqual([]);
  });
});
