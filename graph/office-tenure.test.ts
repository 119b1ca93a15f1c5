import { describe, expect, it } from 'vitest';

import { dateOnOrBefore, holdingOn, type Tenure } from './office-tenure.ts';

const kono: Tenure = { id: 'kono', firstSeen: '2018-12-01', lastSeen: '2019-05-10' };
const motegi: Tenure = { id: 'motegi', firstSeen: '2019-11-30', lastSeen: '2020-01-10' };

describe('holdingOn', () => {
  it('attests a holder between first and last seen, inclusive', () => {
    expect(holdingOn([kono, motegi], '2019-03-01').get('kono')).toBe('attested');
    expect(holdingOn([kono, motegi], '2018-12-01').get('kono')).toBe('attested');
    expect(holdingOn([kono, motegi], '2019-05-10').get('kono')).toBe('attested');
  });

  it('presumes the last holder seen still in office until a successor is first seen', () => {
    expect([...holdingOn([kono, motegi], '2019-08-01')]).toEqual([['kono', 'inferred']]);
    expect([...holdingOn([kono, motegi], '2019-12-01')]).toEqual([['motegi', 'attested']]);
    expect([...holdingOn([kono, motegi], '2021-01-01')]).toEqual([['motegi', 'inferred']]);
  });

  it('knows nobody before the first holder and ignores undated (former-only) holders', () => {
    expect(holdingOn([kono, motegi], '2017-01-01').size).toBe(0);
    expect(holdingOn([{ id: 'x' }, kono], '2019-01-01').has('x')).toBe(false);
  });

  it('keeps concurrent holders (deputy offices have several)', () => {
    const a = { id: 'a', firstSeen: '2018-01-01', lastSeen: '2019-01-01' };
    const b = { id: 'b', firstSeen: '2018-06-01', lastSeen: '2019-06-01' };
    expect([...holdingOn([a, b], '2018-12-01').keys()].sort()).toEqual(['a', 'b']);
  });

  it('compares on the day even when dates carry a time', () => {
    expect(holdingOn([{ id: 'a', firstSeen: '2018-12-01T10:00:00Z' }], '2018-12-01').get('a')).toBe('attested');
  });
});

describe('dateOnOrBefore', () => {
  it('compares full and partial dates on their first day', () => {
    expect(dateOnOrBefore('2018-12-01', '2018-12-01')).toBe(true);
    expect(dateOnOrBefore('2018-12-02', '2018-12-01')).toBe(false);
    expect(dateOnOrBefore('2018-12', '2018-12-01')).toBe(true);
    expect(dateOnOrBefore('2019', '2018-12-31')).toBe(false);
    expect(dateOnOrBefore(undefined, '2018-12-31')).toBe(false);
  });
});
