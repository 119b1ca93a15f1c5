// The toast stack (bottom right): errors with their reason and hint, short notices.
import { useStore } from '../state/store.ts';
import { dismissToast, toastStore } from '../state/toast-store.ts';
import { RichText } from './RichText.tsx';

/** Renders the current toasts. */
export function Toasts() {
  const toasts = useStore(toastStore, (s) => s);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={`toast ${t.kind}`}
          role={t.kind === 'error' ? 'alert' : 'status'}
          data-testid="toast"
        >
          <div>
            <strong>{t.title}</strong>
            {t.detail && (
              <div className="toast-detail">
                <RichText text={t.detail} />
              </div>
            )}
          </div>
          <button type="button" className="icon" aria-label="Dismiss" onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
