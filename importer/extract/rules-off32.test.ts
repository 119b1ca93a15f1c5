// The off32 round's tests (issue 6): each office rule on made-up sentences, the reading it gives (positive) and the
// one it withholds (negative).
import { describe, expect, it, vi } from 'vitest';

import { madeUpRelations } from './test-facts.ts';
import { headOfStateRefTitle } from './rules-off32.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The names of the offices of made-up text. */
const offices = (text: string) =>
  madeUpRelations(text)
    .out.entities.filter((e) => e.type === 'Office')
    .map((e) => e.name);

describe('office.head-of-state-ref-president', () => {
  it("reads a republic's Head of State named with no holder as its President, one office", () => {
    const o = offices(
      'President Amina Sule received President Rafael Orta of Indonesia at State House. The visit is the first by an Indonesian Head of State in thirty years.',
    );
    expect(o).toContain('President of Indonesia');
    expect(o).not.toContain('Head of State of Indonesia');
  });

  it("keeps a kingdom's Head of State, and a title that is not Head of State, as they are", () => {
    expect(headOfStateRefTitle('Head of State', { type: 'State', name: 'Saudi Arabia' })).toBeUndefined();
    expect(headOfStateRefTitle('Head of State', { type: 'State', name: 'Senegal' })).toBe('President');
    expect(headOfStateRefTitle('Head of Government', { type: 'State', name: 'Senegal' })).toBeUndefined();
    expect(headOfStateRefTitle('Head of State', { type: 'Organization', name: 'African Union' })).toBeUndefined();
    const o = offices('The minister met the delegation. The Saudi Head of State was not present.');
    expect(o).not.toContain('President of Saudi Arabia');
  });
});
