// The pty33 round's tests (issue 6): PARTY_TO precision and recall, each rule on made-up sentences, the reading it
// withholds (negative) and the one it keeps (positive).
import { describe, expect, it, vi } from 'vitest';

import { noteOrgMeetingMembers, sideMayBeParty } from './rules-pty33.ts';
import { madeUpRelations } from './test-facts.ts';

// The first extraction loads the gazetteer and lexicons: slow on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

/** The PARTY_TO facts of made-up text, as "party|agreement". */
const parties = (text: string) =>
  madeUpRelations(text)
    .of('PARTY_TO')
    .map((r) => `${r.from}|${r.to}`);

const isState = (n: string) => ['Tonga', 'Fiji'].includes(n);
const hit = (name: string) => ({ name, type: 'State', start: 0, end: 0, surface: name }) as never;

describe('sides.org-meeting-members', () => {
  it('records the participants’ states only when the sides so far are one organisation', () => {
    const org = new Set(['Pacific Islands Forum']);
    expect([...noteOrgMeetingMembers(org, ['Tonga', 'Fiji'], isState)]).toEqual(['Tonga', 'Fiji']);
    // A state already on a side: the participants complete a pair of states, no organisation's meeting.
    const state = new Set(['Tonga']);
    expect(noteOrgMeetingMembers(state, ['Fiji'], isState).size).toBe(0);
    expect(noteOrgMeetingMembers(new Set<string>(), ['Tonga', 'Fiji'], isState).size).toBe(0);
  });

  it('lets a member side be a party only where the agreement’s sentence names or counts it', () => {
    const sides = new Set(['Pacific Islands Forum']);
    noteOrgMeetingMembers(sides, ['Tonga', 'Fiji'], isState);
    expect(sideMayBeParty(sides, 'Tonga', 'The leaders endorsed the Ocean of Peace Declaration.', [])).toBe(false);
    expect(sideMayBeParty(sides, 'Pacific Islands Forum', 'The leaders endorsed the Declaration.', [])).toBe(true);
    expect(sideMayBeParty(sides, 'Tonga', 'Tonga and Fiji signed the Shipping Memorandum.', [hit('Tonga')])).toBe(true);
    expect(
      sideMayBeParty(sides, 'Fiji', 'the Shipping Memorandum, under which the two countries share vessels.', []),
    ).toBe(true);
  });

  const meeting = [
    "Pacific Islands Forum Leaders Meeting closes in Nuku'alofa",
    "The 53rd Pacific Islands Forum Leaders Meeting was held in Nuku'alofa from 26 to 30 August 2024, chaired by the Prime Minister of Tonga, Mr Siaosi Sovaleni.",
    'The Prime Minister of Fiji, Mr Sitiveni Rabuka, attended the Meeting.',
  ];

  it("gives the organisation, not its chair's and guests' states, the text its meeting endorsed", () => {
    const facts = parties(
      [
        ...meeting,
        'The leaders endorsed the Ocean of Peace Declaration, which commits the region to a peaceful future.',
      ].join('\n\n'),
    );
    expect(facts).toContain('Pacific Islands Forum|Ocean of Peace Declaration');
    expect(facts).not.toContain('Tonga|Ocean of Peace Declaration');
    expect(facts).not.toContain('Fiji|Ocean of Peace Declaration');
  });

  it('keeps the member states where the sentence counts them as the agreement’s sides', () => {
    const facts = parties(
      [
        ...meeting,
        'The leaders welcomed the Ocean Shipping Memorandum, under which the two countries will share patrol vessels.',
      ].join('\n\n'),
    );
    expect(facts).toContain('Tonga|Ocean Shipping Memorandum');
    expect(facts).toContain('Fiji|Ocean Shipping Memorandum');
  });
});
