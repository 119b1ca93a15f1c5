// The readout reader: the document's text with every mention in its label colour and the evidence
// sentence highlighted and scrolled into view; clicking a mention selects that entity.
import { useEffect, useMemo, useRef } from 'react';
import { getDocument } from '../../api/client.ts';
import { labelColor, lighten } from '../../graph/appearance.ts';
import { segmentText } from '../../graph/text-segments.ts';
import { focusEntity } from '../../state/actions.ts';
import { openReader, setCompare, uiStore } from '../../state/ui-store.ts';
import type { ReaderTarget } from '../../state/ui-store.ts';
import { useAsync } from '../../state/use-async.ts';

/** Starts a comparison from a readout: the second of one begun elsewhere, else the first (the picker asks for the other). */
function compareWith(docId: string): void {
  const { compareA } = uiStore.get();
  if (compareA && compareA !== docId) setCompare(compareA, docId);
  else {
    setCompare(docId, undefined);
    document.getElementById('compare-b')?.focus();
  }
}

/** The reader pane for `target`. */
export function ReaderView({ target }: { target: ReaderTarget }) {
  const state = useAsync(target.docId, getDocument);
  const mark = useRef<HTMLElement>(null);
  const doc = state.kind === 'ready' ? state.value : undefined;
  const segments = useMemo(
    () => (doc ? segmentText(doc.text, doc.mentions, target.highlight) : []),
    [doc, target.highlight],
  );

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [segments]);

  let firstMarked = false;
  return (
    <section className="reader" data-testid="reader" aria-label="Readout">
      <header className="reader-header">
        <div>
          <div className="eyebrow">Readout</div>
          <h3>{doc?.title ?? target.docId}</h3>
          {doc && (
            <div className="muted small">
              {[doc.date?.slice(0, 10), doc.issuer ?? doc.source].filter(Boolean).join(' · ')}
              {doc.url && (
                <>
                  {' · '}
                  <a href={doc.url} target="_blank" rel="noreferrer">
                    source ↗
                  </a>
                </>
              )}
              {' · '}
              <button
                type="button"
                className="link"
                data-testid="reader-compare"
                title="Compare this readout with another (facts both state, only one states)"
                onClick={() => compareWith(doc.id)}
              >
                compare with…
              </button>
            </div>
          )}
        </div>
        <button type="button" className="icon" aria-label="Close the readout" onClick={() => openReader(undefined)}>
          ×
        </button>
      </header>
      {state.kind === 'loading' && <p className="muted pad">Loading the readout…</p>}
      {state.kind === 'error' && (
        <p className="error-text pad">
          Could not load the readout: {String((state.error as Error).message ?? state.error)}
        </p>
      )}
      {doc && (
        <div className="reader-text" data-testid="reader-text">
          {segments.map((s) => {
            const ref = s.highlighted && !firstMarked ? ((firstMarked = true), mark) : undefined;
            const m = s.mention;
            const body = m ? (
              // An inline span (not a button) so long names wrap like the text around them.
              <span
                role="button"
                tabIndex={0}
                className="mention"
                title={`${m.name} (${m.entityType})`}
                style={{ background: lighten(labelColor(m.entityType), 0.78), borderColor: labelColor(m.entityType) }}
                onClick={() => void focusEntity(m.entityId, { keepReader: true })}
                onKeyDown={(e) =>
                  (e.key === 'Enter' || e.key === ' ') && void focusEntity(m.entityId, { keepReader: true })
                }
              >
                {s.text}
              </span>
            ) : (
              s.text
            );
            return s.highlighted ? (
              <mark key={s.start} ref={ref} data-testid="reader-highlight">
                {body}
              </mark>
            ) : (
              <span key={s.start}>{body}</span>
            );
          })}
        </div>
      )}
    </section>
  );
}
