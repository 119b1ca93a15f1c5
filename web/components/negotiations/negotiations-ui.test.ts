import { describe, expect, it } from 'vitest';

import type { NegotiationParty } from '../../../graph/types.ts';
import { focusParam, negotiationsQuery } from '../../api/client-negotiations.ts';
import { resetUi, setAsOf, setMode, uiStore } from '../../state/ui-store.ts';
import { darken, subtitleLines } from './NegotiationDiagram.tsx';
import { tenureBars } from './OfficeTimeline.tsx';

describe('the negotiations query', () => {
  it('sends the focus under the parameter of its kind, and the date', () => {
    expect(focusParam('agreement:peace-treaty')).toBe('agreement');
    expect(focusParam('person:takeo-mori')).toBe('person');
    expect(focusParam('organization:european-union')).toBe('state');
    expect(negotiationsQuery('state:japan', '2019-01-01')).toBe('state=state%3Ajapan&asOf=2019-01-01');
    expect(negotiationsQuery()).toBe('');
  });
});

describe('view state in the UI store', () => {
  it('switches mode and focus, sets the date, and keeps them through resetUi', () => {
    setMode('negotiations', 'agreement:peace-treaty');
    setAsOf('2018-12-01');
    resetUi();
    expect(uiStore.get()).toMatchObject({
      mode: 'negotiations',
      negotiationsFocus: 'agreement:peace-treaty',
      asOf: '2018-12-01',
    });
    setMode('graph'); // keeps the focus for the next visit
    expect(uiStore.get().negotiationsFocus).toBe('agreement:peace-treaty');
    setMode('negotiations', null);
    setAsOf('');
    expect(uiStore.get().negotiationsFocus).toBeUndefined();
    expect(uiStore.get().asOf).toBeUndefined();
  });
});

describe('the diagram boxes', () => {
  const person = (offices: NegotiationParty['offices']): NegotiationParty => ({
    id: 'person:x',
    name: 'X',
    entityType: 'Person',
    side: { id: 'state:japan', name: 'Japan' },
    offices,
  });

  it('shows the offices held then, without the side’s name, else the last one as earlier', () => {
    const held = { id: 'o1', name: 'Minister for Foreign Affairs of Japan', heldOn: 'attested' as const };
    const old = { id: 'o2', name: 'Minister of Defense of Japan' };
    expect(subtitleLines(person([old, held]))).toEqual(['Minister for Foreign Affairs']);
    expect(subtitleLines(person([old]))).toEqual(['earlier: Minister of Defense']);
    expect(subtitleLines(person([]))).toEqual(['no office known']);
    expect(subtitleLines({ id: 'a', name: 'T', entityType: 'Agreement', offices: [], status: 'concluded' })).toEqual([
      'agreement · concluded',
    ]);
  });

  it('darkens colours towards black', () => {
    expect(darken('#ffffff', 0)).toBe('#ffffff');
    expect(darken('#ffffff', 1)).toBe('#000000');
    expect(darken('#DDCC77', 0.5)).toBe('#6f663c');
  });
});

describe('tenureBars', () => {
  it('places each office on a shared axis and marks the date', () => {
    const { bars, asOf } = tenureBars(
      [{ firstSeen: '2018-01-01', lastSeen: '2019-01-01' }, { firstSeen: '2019-01-01', lastSeen: '2020-01-01' }, {}],
      '2019-01-01',
    );
    expect(bars[0]!.left).toBe(0);
    expect(bars[1]!.left + bars[1]!.width).toBeCloseTo(100);
    expect(bars[2]).toBeUndefined();
    expect(asOf).toBeCloseTo(bars[1]!.left);
  });
});
