import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segments.ts';

const text = 'Mr. Shinzo Abe met Mr. Putin in Buenos Aires.';
const m = (name: string, entityType = 'Person') => {
  const start = text.indexOf(name);
  return { entityId: `x:${name}`, entityType, name, start, end: start + name.length };
};

describe('segmentText', () => {
  it('reassembles the text exactly and marks mentions', () => {
    const segs = segmentText(text, [m('Putin'), m('Shinzo Abe'), m('Buenos Aires', 'Event')]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mention).map((s) => s.text)).toEqual(['Shinzo Abe', 'Putin', 'Buenos Aires']);
  });

  it('splits a mention that crosses the highlight boundary', () => {
    const start = text.indexOf('Abe');
    const segs = segmentText(text, [m('Shinzo Abe')], { start, end: text.indexOf(' in') });
    const hl = segs
      .filter((s) => s.highlighted)
      .map((s) => s.text)
      .join('');
    expect(hl).toBe('Abe met Mr. Putin');
    expect(segs.find((s) => s.text === 'Abe')?.mention?.name).toBe('Shinzo Abe');
    expect(segs.find((s) => s.text === 'Shinzo ')?.highlighted).toBe(false);
  });

  it('drops overlapping and out-of-range mentions', () => {
    const segs = segmentText(text, [
      m('Shinzo Abe'),
      { ...m('Abe'), entityId: 'x:dup' },
      { ...m('Putin'), start: 500, end: 510 },
    ]);
    expect(segs.filter((s) => s.mention).map((s) => s.mention!.entityId)).toEqual(['x:Shinzo Abe']);
    expect(segmentText('', [])).toEqual([]);
  });
});
