import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../graph/filters.ts';
import { choice, decodeView, encodeView, hasView, idList, idSet } from './url-state.ts';
import { resetUi, uiStore } from './ui-store.ts';
import type { UiState } from './ui-store.ts';

resetUi();
const INITIAL = uiStore.get();
const ui = (p: Partial<UiState> = {}): UiState => ({ ...INITIAL, ...p });

describe('the URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeView({ ui: ui() })).toBe('');
    expect(encodeView({ ui: ui(), camera: { x: 0.5, y: 0.5, ratio: 1 } })).toBe('');
    expect(hasView('')).toBe(false);
    expect(hasView('?v=abc')).toBe(false);
  });

  it('carries the load size `n`, which alone is no view, and ignores a bad one', () => {
    expect(encodeView({ ui: ui(), nodeLimit: 8000 })).toBe('n=8000');
    expect(decodeView('?n=8000').nodeLimit).toBe(8000);
    expect(decodeView('?n=0').nodeLimit).toBeUndefined();
    expect(decodeView('?n=12abc').nodeLimit).toBeUndefined();
    expect(hasView('?n=8000&v=abc')).toBe(false);
  });

  it('round-trips selection, filters, camera and data version', () => {
    const state = ui({
      selection: { kind: 'node', id: 'person:igor-vladimirovich-morgulov' },
      consoleOpen: true,
      filters: {
        ...NO_FILTERS,
        hiddenLabels: new Set(['Office', 'Event']),
        hiddenTypes: new Set(['MENTIONS']),
        states: new Set(['state:japan']),
        docs: new Set(['document:a,b']),
        from: '2018-01-01',
        to: '2019-12-31',
        showUnconnected: true,
        overview: true,
      },
    });
    const search = encodeView({ ui: state, camera: { x: 0.51234567, y: 0.4, ratio: 0.25 }, dataVersion: 'abc123' });
    expect(search).toContain('sel=n%3Aperson%3Aigor-vladimirovich-morgulov');
    const back = decodeView(`?${search}`);
    expect(back.ui).toEqual({ selection: state.selection, consoleOpen: true });
    expect(back.filters).toEqual({
      hiddenLabels: new Set(['Office', 'Event']),
      hiddenTypes: new Set(['MENTIONS']),
      states: new Set(['state:japan']),
      docs: new Set(['document:a,b']),
      from: '2018-01-01',
      to: '2019-12-31',
      showUnconnected: true,
      overview: true,
    });
    expect(back.camera).toEqual({ x: 0.5123, y: 0.4, ratio: 0.25 });
    expect(back.dataVersion).toBe('abc123');
    expect(hasView(search)).toBe(true);
  });

  it('keeps an edge selection and ignores unknown or malformed parameters', () => {
    const key = 'NEGOTIATES_FOR:person:a->state:b';
    const back = decodeView(`?${encodeView({ ui: ui({ selection: { kind: 'edge', key } }) })}&zz=1&cam=1,x,2&sel2=n:q`);
    expect(back.ui.selection).toEqual({ kind: 'edge', key });
    expect(back.camera).toBeUndefined();
    expect(decodeView('?sel=q:1&cam=0.5,0.5,0').ui.selection).toBeUndefined();
    expect(decodeView('?cam=0.5,0.5,0').camera).toBeUndefined();
  });

  it('escapes commas and percent signs inside listed ids', () => {
    const ids = ['a,b', '100%', 'plain'];
    expect(idList.dec(idList.enc(ids)!)).toEqual(ids);
    expect(idSet.dec(idSet.enc(new Set(ids))!)).toEqual(new Set(ids));
    expect(idSet.enc(new Set())).toBeUndefined();
  });

  it('carries the view mode, its focus and the as-of date', () => {
    const search = encodeView({
      ui: ui({ mode: 'negotiations', negotiationsFocus: 'agreement:peace-treaty', asOf: '2019-01-22' }),
    });
    expect(decodeView(search).ui).toEqual({
      mode: 'negotiations',
      negotiationsFocus: 'agreement:peace-treaty',
      asOf: '2019-01-22',
    });
    expect(encodeView({ ui: ui({ mode: 'graph' }) })).toBe('');
  });

  it('carries the issuer filter and the compared readouts', () => {
    const state = ui({
      issuerFilter: ['Kremlin', 'MOFA, Japan'],
      multiIssuerOnly: true,
      compareA: 'document:a',
      compareB: 'document:b',
    });
    expect(decodeView(encodeView({ ui: state })).ui).toEqual({
      issuerFilter: ['Kremlin', 'MOFA, Japan'],
      multiIssuerOnly: true,
      compareA: 'document:a',
      compareB: 'document:b',
    });
  });

  it('writes a choice only when it is not the default', () => {
    const mode = choice(['graph', 'negotiations']);
    expect(mode.enc('graph')).toBeUndefined();
    expect(mode.enc('negotiations')).toBe('negotiations');
    expect(mode.dec('negotiations')).toBe('negotiations');
    expect(mode.dec('other')).toBeUndefined();
  });
});
