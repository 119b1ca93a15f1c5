// Unit tests of person coreference and canonical name order.
import { describe, expect, it } from 'vitest';

import type { PersonMention } from './types.ts';
import { clusterPeople } from './persons-resolve.ts';

let at = 0;
const m = (raw: string, extra: Partial<PersonMention> = {}): PersonMention => {
  at += 100;
  return { start: at, end: at + raw.length, surface: raw, raw, sentence: at / 100, rule: 'test', titles: [], ...extra };
};

describe('clusterPeople', () => {
  it('merges surname-only and shorter forms into the full name', () => {
    const c = clusterPeople([m('Vladimir Vladimirovich Putin'), m('Vladimir Putin'), m('Putin')], () => undefined);
    expect(c.map((x) => x.name)).toEqual(['Vladimir Vladimirovich Putin']);
    expect(c[0]!.mentions).toHaveLength(3);
  });

  it('puts an UPPERCASE family name last, except for family-name-first states', () => {
    const jp = clusterPeople([m('MOTEGI Toshimitsu')], () => 'Japan');
    expect(jp[0]!.name).toBe('Toshimitsu Motegi');
    const cn = clusterPeople([m('XI Jinping')], () => 'China');
    expect(cn[0]!.name).toBe('Xi Jinping');
  });

  it('reads family-name-first order from a later surname mention ("Prime Minister Kishida")', () => {
    const c = clusterPeople([m('Kishida Fumio'), m('Kishida')], () => 'Japan');
    expect(c[0]!.name).toBe('Fumio Kishida');
    const k = clusterPeople([m('Yoon Suk Yeol'), m('Yoon')], () => 'South Korea');
    expect(k[0]!.name).toBe('Yoon Suk Yeol');
  });

  it('reads "Lavrov, Sergey Viktorovich" as given names first', () => {
    const c = clusterPeople([m('Lavrov, Sergey Viktorovich', { inverted: true })], () => 'Russia');
    expect(c[0]!.name).toBe('Sergey Viktorovich Lavrov');
  });

  it('joins a surname to a full name with a middle initial and "Jr.", keeping the suffix in the name', () => {
    const c = clusterPeople([m('Joseph R. Biden, Jr.'), m('Biden')], () => undefined);
    expect(c.map((x) => x.name)).toEqual(['Joseph R. Biden Jr.']);
    expect(c[0]!.mentions).toHaveLength(2);
  });

  it('keeps two people who share a surname in different states apart', () => {
    const a = m('Taro Kono');
    const b = m('Kono Aiko');
    const c = clusterPeople([a, b], (x) => (x === a ? 'Japan' : 'Brazil'));
    expect(c).toHaveLength(2);
  });
});
