// The UI store's source and compare fields: plain values (the URL sync reads them), reset with the filters.
import { describe, expect, it } from 'vitest';
import { filterQuery } from '../api/client.ts';
import { resetFilters, selectNode, setCompare, setMultiIssuerOnly, toggleIssuer, uiStore } from './ui-store.ts';

describe('issuer filter and compare in the UI store', () => {
  it('toggles issuers as a plain list and resets them with the filters', () => {
    toggleIssuer('Ministry A');
    toggleIssuer('Ministry B');
    toggleIssuer('Ministry A');
    setMultiIssuerOnly(true);
    expect(uiStore.get()).toMatchObject({ issuerFilter: ['Ministry B'], multiIssuerOnly: true });
    resetFilters();
    expect(uiStore.get()).toMatchObject({ issuerFilter: [], multiIssuerOnly: false });
  });

  it('keeps the selection while one readout is picked and clears it when both are', () => {
    selectNode('person:a');
    setCompare('document:a', undefined);
    expect(uiStore.get().selection).toEqual({ kind: 'node', id: 'person:a' });
    setCompare('document:a', 'document:b');
    expect(uiStore.get()).toMatchObject({ compareA: 'document:a', compareB: 'document:b', selection: null });
    setCompare(undefined, undefined);
    expect(uiStore.get().compareA).toBeUndefined();
  });

  it('sends the issuer filter to /api/graph as a list', () => {
    expect(filterQuery({ issuer: ['Ministry A', 'Office B'] })).toBe('issuer=Ministry+A%2COffice+B');
  });
});
