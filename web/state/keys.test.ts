import { describe, expect, it } from 'vitest';
import { isTextEntry, menuIndex } from './keys.ts';

describe('isTextEntry', () => {
  it('counts text inputs, textareas and editable regions, not checkboxes or buttons', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'date' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});

describe('menuIndex', () => {
  it('moves with the arrows (wrapping), Home and End', () => {
    expect(menuIndex('ArrowDown', -1, 3)).toBe(0);
    expect(menuIndex('ArrowDown', 2, 3)).toBe(0);
    expect(menuIndex('ArrowUp', 0, 3)).toBe(2);
    expect(menuIndex('End', 0, 3)).toBe(2);
    expect(menuIndex('Home', 2, 3)).toBe(0);
    expect(menuIndex('Enter', 1, 3)).toBeUndefined();
    expect(menuIndex('ArrowDown', 0, 0)).toBeUndefined();
  });
});
