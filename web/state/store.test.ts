import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store.ts';

describe('createStore', () => {
  it('notifies listeners on change and not on identical state', () => {
    const s = createStore({ n: 1 });
    const l = vi.fn();
    const off = s.subscribe(l);
    s.set((p) => ({ n: p.n + 1 }));
    expect(s.get().n).toBe(2);
    s.set(s.get());
    expect(l).toHaveBeenCalledTimes(1);
    off();
    s.set({ n: 5 });
    expect(l).toHaveBeenCalledTimes(1);
  });
});
