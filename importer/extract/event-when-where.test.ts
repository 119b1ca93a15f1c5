import { describe, expect, it } from 'vitest';
import { eventDate } from './event-when-where.ts';

describe('eventDate: the date told right after an event', () => {
  const date = (sentence: string, name: string) => {
    const s = sentence.indexOf(name);
    return eventDate(sentence, { start: 0, end: sentence.length, text: sentence }, s, s + name.length, '2022-03-03');
  };

  it('reads a full date after the name', () => {
    expect(date('They met at the summit held in Lima on 2 March 2022.', 'the summit')).toBe('2022-03-02');
  });

  it('does not cut a year in two: "in Santiago in October 2019" is no 20 October of the readout\'s year', () => {
    expect(
      date('They recalled the retreat in Santiago in October 2019, which set the course.', 'the retreat'),
    ).not.toBe('2022-10-20');
  });
});
