// Unit tests of the issuing-state inference and of bare titles that belong to one state. Fixture origins (written for
// this project in our own words, loosely after public reports; details simplified, not copied):
// 2024-02-20-uk-ukraine-call.txt — David Cameron's calls with Dmytro Kuleba, early 2024 (FCDO style);
// 2024-07-10-new-zealand-korea-washington.txt — Christopher Luxon and Yoon Suk Yeol at the NATO Summit, July 2024;
// 2024-06-13-new-zealand-china-wellington.txt — Premier Li Qiang's visit to Wellington, June 2024 (Beehive style);
// 2024-03-18-new-zealand-china-ministers.txt — Winston Peters and Wang Yi in Wellington, March 2024.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { extractText, toExtractionOutput } from '../pipeline.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { issuingState } from './index.ts';
import { titleHome } from './lexicons.ts';

const read = (f: string) =>
  readFileSync(new URL(`../../test/fixtures/readouts/${f}`, import.meta.url).pathname, 'utf8');
const issuer = (text: string) => issuingState(text, findGazetteerHits(text));
function holds(f: string) {
  const out = toExtractionOutput(extractText(read(f), { file: f }));
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.filter((r) => r.type === 'HOLDS_OFFICE').map((r) => `${name.get(r.from)}|${name.get(r.to)}`);
}

describe('issuingState: states that are topics or actors', () => {
  it('does not take the actor of an incident ("North Korea\'s missile launches") as the issuer', () => {
    const st = issuer(read('2024-07-10-new-zealand-korea-washington.txt'));
    expect(st).not.toBe('North Korea');
    expect(st).not.toBe('Russia');
    expect(issuer(read('2024-02-20-uk-ukraine-call.txt'))).not.toBe('Russia');
  });

  it('does not take a state named "between X and Y" as the issuer', () => {
    const text =
      'Trade talks\n\nMinister Todd McClay welcomed progress on the agreement between India and New Zealand. New Zealand exporters will benefit, Mr McClay said, and New Zealand will keep talking.';
    expect(issuer(text)).toBe('New Zealand');
  });

  it('still takes the demonym\'s state when the bare title is the same person ("Prime Minister Netanyahu")', () => {
    const text =
      'Statement\n\nIsraeli Prime Minister Benjamin Netanyahu spoke this evening with President Joe Biden.\n\nPrime Minister Netanyahu said Israel would keep talking to partners, and that Israel values the support.';
    expect(issuer(text)).toBe('Israel');
  });

  it('never takes the state of a participant named with a demonym when the other bears the same title bare', () => {
    expect(issuer(read('2024-03-18-new-zealand-china-ministers.txt'))).toBe('New Zealand');
    expect(holds('2024-03-18-new-zealand-china-ministers.txt')).toContain(
      'Winston Peters|Foreign Minister of New Zealand',
    );
  });
});

describe('bare titles of one state', () => {
  it('gives a bare "Foreign Secretary" to the United Kingdom, not to the state it spoke to', () => {
    const h = holds('2024-02-20-uk-ukraine-call.txt');
    expect(h).toContain('David Cameron|Foreign Secretary of the United Kingdom');
    expect(h.filter((x) => x.startsWith('David Cameron|'))).toHaveLength(1);
  });

  it('gives a bare "Premier" in a New Zealand readout to China, and the bare Foreign Minister to the issuer', () => {
    const h = holds('2024-06-13-new-zealand-china-wellington.txt');
    expect(h).toContain('Li Qiang|Premier of China');
    expect(h).not.toContain('Li Qiang|Premier of New Zealand');
    expect(h).toContain('Winston Peters|Foreign Minister of New Zealand');
    expect(h).toContain('Wang Yi|Foreign Minister of China');
  });

  it('keeps a guess that has the title and leaves a title of several states out', () => {
    expect(titleHome('Premier', 'Canada')).toBe('Canada');
    expect(titleHome('Premier', 'New Zealand')).toBe('China');
    expect(titleHome('Foreign Secretary', 'India')).toBe('India');
    expect(titleHome('Secretary of State', undefined)).toBe('United States');
    expect(titleHome('Chancellor', 'France')).toBeNull();
    expect(titleHome('Prime Minister', 'Japan')).toBe('Japan');
  });
});
