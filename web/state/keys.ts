// Keyboard helpers shared by the page-wide shortcuts and the menus.

/** Input types that take no typed text (a `/` pressed there is a shortcut, not a character). */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

interface ElementLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** True when `el` takes typed text: a text-like input, a textarea, a select or an editable region. */
export function isTextEntry(el: ElementLike | null | undefined): boolean {
  if (!el) return false;
  if (el.tagName === 'INPUT') return !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
  return el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || !!el.isContentEditable;
}

/** The index after `current` for a menu key (wrapping), or undefined when the key does not move. */
export function menuIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
