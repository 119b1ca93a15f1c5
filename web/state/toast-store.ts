// Toasts: short messages (errors with their reason and hint) shown in a corner, dismissed by time or click.
import { ApiError } from '../api/client.ts';
import { createStore } from './store.ts';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  title: string;
  detail?: string;
}

export const toastStore = createStore<Toast[]>([]);
let nextId = 1;

/** Shows a toast for `ms` milliseconds. */
export function pushToast(toast: Omit<Toast, 'id'>, ms = 7000): void {
  const id = nextId++;
  toastStore.set((list) => [...list.slice(-3), { ...toast, id }]);
  setTimeout(() => dismissToast(id), ms);
}

export const dismissToast = (id: number): void => toastStore.set((list) => list.filter((t) => t.id !== id));

/** Shows an error toast: the message, and the API's hint when there is one. */
export function toastError(title: string, err: unknown): void {
  const detail =
    err instanceof ApiError
      ? [err.message, err.hint].filter(Boolean).join(' — ')
      : err instanceof Error
        ? err.message
        : String(err);
  pushToast({ kind: 'error', title, detail });
}
