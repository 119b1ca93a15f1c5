import { describe, expect, it } from 'vitest';

import { lastOfText } from './text-memo.ts';

describe('lastOfText (perf23a)', () => {
  it('scans a text once while it is the last asked, and again after another text', () => {
    const seen: string[] = [];
    const words = lastOfText((text: string) => {
      seen.push(text);
      return text.split(' ');
    });
    const first = words('the talks went on');
    expect(words('the talks went on')).toBe(first);
    expect(seen).toEqual(['the talks went on']);
    expect(words('a second readout')).toEqual(['a', 'second', 'readout']);
    expect(words('the talks went on')).toEqual(first);
    expect(words('the talks went on')).not.toBe(first);
    expect(seen).toEqual(['the talks went on', 'a second readout', 'the talks went on']);
  });

  it('keeps the answer for an equal text built anew (the answer is a function of the text alone)', () => {
    let runs = 0;
    const length = lastOfText((text: string) => ++runs && text.length);
    expect(length(['ministers', 'met'].join(' '))).toBe(13);
    expect(length(`ministers ${'met'}`)).toBe(13);
    expect(runs).toBe(1);
  });
});
