// Unit tests of date reading.
import { describe, expect, it } from 'vitest';

import { dateFromFileName, findFullDates, parseDate, resolveDate } from './dates.ts';

describe('dates', () => {
  it('reads full dates in the usual readout formats', () => {
    expect(findFullDates('November 10, 2014 · 30 October 2016 · 30/10/2016 · 2018-12-01').map((d) => d.iso)).toEqual([
      '2014-11-10',
      '2016-10-30',
      '2016-10-30',
      '2018-12-01',
    ]);
    expect(parseDate('JUNE 23, 2020')).toBe('2020-06-23');
    expect(dateFromFileName('2018-12-01-x.txt')).toBe('2018-12-01');
  });

  it('resolves a partial date against the document date', () => {
    expect(resolveDate('On December 1, the leaders met', '2018-12-03')).toBe('2018-12-01');
    expect(resolveDate('on 9 and 10 July', '2019-07-10')).toBe('2019-07-10');
    expect(resolveDate('in October 2018', '2019-11-30')).toBe('2018-10');
    expect(resolveDate('met today', '2020-03-05')).toBe('2020-03-05');
  });
});
