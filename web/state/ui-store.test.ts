import { describe, expect, it } from 'vitest';
import { isFiltering } from '../graph/filters.ts';
import {
  centerOn,
  resetFilters,
  resetUi,
  selectEdge,
  selectNode,
  setConsoleOpen,
  toggleFilter,
  uiStore,
} from './ui-store.ts';

describe('ui-store', () => {
  it('toggles set filters immutably and resets them', () => {
    const before = uiStore.get().filters;
    toggleFilter('hiddenLabels', 'Person');
    expect(uiStore.get().filters.hiddenLabels.has('Person')).toBe(true);
    expect(before.hiddenLabels.has('Person')).toBe(false);
    toggleFilter('hiddenLabels', 'Person');
    expect(isFiltering(uiStore.get().filters)).toBe(false);
    toggleFilter('docs', 'document:a');
    resetFilters();
    expect(isFiltering(uiStore.get().filters)).toBe(false);
  });

  it('selection closes the reader unless asked, camera requests are distinct, resetUi keeps the console', () => {
    selectEdge('X:a->b', { docId: 'document:a', highlight: { start: 1, end: 5 } });
    expect(uiStore.get().reader?.docId).toBe('document:a');
    selectNode('a', { keepReader: true });
    expect(uiStore.get().reader?.docId).toBe('document:a');
    selectNode('b', { center: true });
    expect(uiStore.get().reader).toBeUndefined();
    const first = uiStore.get().cameraTarget;
    centerOn('b');
    expect(uiStore.get().cameraTarget?.seq).not.toBe(first?.seq);
    setConsoleOpen(true);
    resetUi();
    expect(uiStore.get()).toMatchObject({ selection: null, consoleOpen: true });
    expect(uiStore.get().cameraTarget).toBeUndefined();
  });
});
