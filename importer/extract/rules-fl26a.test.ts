// The fl26a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// communiqué on talks under its mediation, a ministry's web page on a regional summit, a prime minister's office's
// release on a regional leaders' meeting), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import {
  delegationsOfList,
  EVENT_SECOND_HEAD,
  OFFICE_WHOSE_TITLE,
  SIDES_DELEGATIONS_OF_LIST,
  withSecondHead,
} from './rules-fl26a.ts';
import { findGazetteerHits } from './gazetteer.ts';
import { eventFacts, roleFacts } from './test-facts.ts';

// Whole-text extractions: the first one in a file loads the extractor, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe(EVENT_SECOND_HEAD.id, () => {
  it('goes on from a body name to the gathering words and second head', () => {
    const text = 'closed the 12th Coral Sea Forum Leaders Meeting in Apia';
    const at = text.indexOf('12th');
    expect(withSecondHead(text, '12th Coral Sea Forum', at)).toBe('12th Coral Sea Forum Leaders Meeting');
    const t2 = 'the Coral Sea Forum Foreign Ministers’ Meeting opened';
    expect(withSecondHead(t2, 'Coral Sea Forum', t2.indexOf('Coral'))).toBe(
      'Coral Sea Forum Foreign Ministers’ Meeting',
    );
  });

  it('keeps the shorter name before other words, a line break or a first head of another kind', () => {
    const t1 = 'the Coral Sea Forum Secretariat Meeting room';
    expect(withSecondHead(t1, 'Coral Sea Forum', t1.indexOf('Coral'))).toBe('Coral Sea Forum');
    const t2 = 'the Coral Sea Forum\nLeaders Meeting';
    expect(withSecondHead(t2, 'Coral Sea Forum', t2.indexOf('Coral'))).toBe('Coral Sea Forum');
    const t3 = 'the Coral Sea Summit Leaders Meeting';
    expect(withSecondHead(t3, 'Coral Sea Summit', t3.indexOf('Coral'))).toBe('Coral Sea Summit');
    const t4 = 'the Coral Sea Forum leaders met';
    expect(withSecondHead(t4, 'Coral Sea Forum', t4.indexOf('Coral'))).toBe('Coral Sea Forum');
  });

  it('gives the meeting its whole name and its participants', () => {
    const f = eventFacts(
      'The Prime Minister of Samoa, Hon. Tala Ioane, today closed the 12th Coral Sea Forum Leaders Meeting in Apia.',
    );
    expect(f.names).toContain('12th Coral Sea Forum Leaders Meeting');
    expect(f.names).not.toContain('Leaders Meeting');
    expect(f.has('PARTICIPATED_IN', 'Tala Ioane', '12th Coral Sea Forum Leaders Meeting')).toBe(true);
  });
});

describe(OFFICE_WHOSE_TITLE.id, () => {
  it('gives a title after "<state> …, whose" to that state', () => {
    const f = roleFacts(
      'The next summit will be held in Vanuatu in 2026, whose Prime Minister, Hon. Tomas Lenga, will host it. The talks were held in Mozambique, whose President, Mr Carlos Mabote, welcomed the parties.',
    );
    expect(f.rels.has('HOLDS_OFFICE|Tomas Lenga|Prime Minister of Vanuatu')).toBe(true);
    expect(f.rels.has('HOLDS_OFFICE|Carlos Mabote|President of Mozambique')).toBe(true);
  });

  it('leaves a "whose" after a comma-separated clause, and a title not read whole', () => {
    const f = roleFacts(
      'The Special Monitoring Mission in Ukraine, whose Chief Monitor, Ambassador Halil Oren, also chairs the group, will report. Talks were held with Kenya, as agreed, whose President, Mr Ali Omar, was absent.',
      'Ministry of Foreign Affairs of Ghana',
    );
    expect(f.people).not.toContain('Monitor');
    expect(f.rels.has('HOLDS_OFFICE|Ali Omar|President of Kenya')).toBe(false);
  });
});

describe(SIDES_DELEGATIONS_OF_LIST.id, () => {
  const pair = (text: string) => delegationsOfList(text, findGazetteerHits(text));
  it('reads the two of a "delegations of A and (of) B" list', () => {
    expect(pair('He received the delegations of the Republic of Kenya and of the Republic of Uganda.')).toEqual([
      'Kenya',
      'Uganda',
    ]);
    expect(pair('The delegations of Kenya and the Government of Uganda met.')).toEqual(['Kenya', 'Uganda']);
  });

  it('reads no pair from a singular delegation, a longer list or demonyms', () => {
    expect(pair('He received the delegation of Kenya and of Uganda.')).toEqual([]);
    expect(pair('He received the delegations of Kenya, Uganda and Rwanda.')).toEqual([]);
    expect(pair('He received the delegations of Kenya and Uganda and Rwanda.')).toEqual([]);
    expect(pair('He received the delegations of Kenyan and Ugandan parties.')).toEqual([]);
  });

  it('makes the two sides parties to what their heads of delegation signed', () => {
    const f = roleFacts(
      'The President received the delegations of the Republic of Kenya and of the Republic of Uganda in Arusha. The Kenyan delegation was led by Mr Ali Omar, Minister of Foreign Affairs. The Ugandan delegation was headed by Mr John Okello, Minister of Trade. At the end of the session, the two heads of delegation signed, on behalf of their respective governments, a memorandum of understanding on cross-border trade.',
    );
    expect(f.rels.has('PARTY_TO|Kenya|memorandum of understanding on cross-border trade')).toBe(true);
    expect(f.rels.has('PARTY_TO|Uganda|memorandum of understanding on cross-border trade')).toBe(true);
  });
});
