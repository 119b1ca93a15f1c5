// A button with a drop-down menu, usable by keyboard: Enter/Space/ArrowDown open it on the first item,
// the arrows, Home and End move through the items, Escape closes it and returns to the button, and a
// click outside closes it.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { menuIndex } from '../state/keys.ts';

interface Props {
  label: ReactNode;
  /** Classes of the list besides `menu` (placement: `right`, `up`, `history`). */
  menuClass: string;
  testId?: string;
  disabled?: boolean;
  title?: string;
  /** The items (`<li><button role="menuitem">`); `close` closes the menu and refocuses the button. */
  children: (close: () => void) => ReactNode;
}

const items = (list: HTMLElement | null): HTMLElement[] =>
  list ? [...list.querySelectorAll<HTMLElement>('[role=menuitem]:not(:disabled)')] : [];

/** The menu button and its list. */
export function MenuButton({ label, menuClass, testId, disabled, title, children }: Props) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // Opened from the keyboard: focus the first item once the list is drawn.
  const focusFirst = useRef(false);

  useEffect(() => {
    if (!open) return;
    if (focusFirst.current) items(list.current)[0]?.focus();
    focusFirst.current = false;
    const close = (e: MouseEvent) => !wrap.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || ((e.key === 'Enter' || e.key === ' ') && !open)) {
      e.preventDefault();
      focusFirst.current = true;
      if (open) items(list.current)[0]?.focus();
      else setOpen(true);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };

  const onListKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      close();
      return;
    }
    const all = items(list.current);
    const next = menuIndex(e.key, all.indexOf(document.activeElement as HTMLElement), all.length);
    if (next === undefined) return;
    e.preventDefault();
    all[next]?.focus();
  };

  return (
    <div className="menu-wrap" ref={wrap}>
      <button
        type="button"
        ref={button}
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        title={title}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKey}
      >
        {label}
      </button>
      {open && (
        <ul className={`menu ${menuClass}`} role="menu" ref={list} onKeyDown={onListKey}>
          {children(close)}
        </ul>
      )}
    </div>
  );
}
