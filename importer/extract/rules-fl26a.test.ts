// The fl26a round's tests (issue 6): constructions shown by three first-look samples in new styles (a presidency's
// communiqué on talks under its mediation, a ministry's web page on a regional summit, a prime minister's office's
// release on a regional leaders' meeting), each rule on made-up sentences with negative cases.
import { describe, expect, it, vi } from 'vitest';

import { EVENT_SECOND_HEAD, withSecondHead } from './rules-fl26a.ts';
import { eventFacts } from './test-facts.ts';

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
