// Left column: pick two readouts to compare (typically two governments' readouts of one meeting). The
// choice lives in the UI store (compareA, compareB); this component keeps the comparison in step with it.
import { useEffect } from 'react';
import type { DocumentSummary } from '../../../graph/types.ts';
import { COMPARE_COLORS } from '../../graph/appearance.ts';
import { syncCompare } from '../../state/compare-store.ts';
import '../../styles/compare.css';
import { useGraphState } from '../../state/graph-store.ts';
import { setCompare, useUi } from '../../state/ui-store.ts';

/** The label of a document in the pickers: date, title, issuer. */
export const documentLabel = (d: DocumentSummary): string =>
  [d.date?.slice(0, 10), d.title, d.issuer && `(${d.issuer})`].filter(Boolean).join(' · ');

function DocSelect(props: {
  id: string;
  label: string;
  colour: string;
  value: string | undefined;
  documents: DocumentSummary[];
  onChange: (id: string | undefined) => void;
}) {
  return (
    <label className="compare-pick" htmlFor={props.id}>
      <span className="compare-key" style={{ background: props.colour }} aria-hidden />
      <span className="small">{props.label}</span>
      <select
        id={props.id}
        data-testid={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || undefined)}
      >
        <option value="">Choose a readout…</option>
        {props.documents.map((d) => (
          <option key={d.id} value={d.id}>
            {documentLabel(d)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The Compare group of the filters column. */
export function ComparePicker() {
  const stored = useGraphState((s) => s.documents);
  const a = useUi((s) => s.compareA);
  const b = useUi((s) => s.compareB);
  useEffect(() => syncCompare(a, b), [a, b]);
  const documents = (stored ?? []).slice().sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''));
  return (
    <section className="filter-group compare-picker" data-testid="compare-picker" aria-label="Compare two readouts">
      <h3>Compare readouts</h3>
      <DocSelect
        id="compare-a"
        label="First"
        colour={COMPARE_COLORS.onlyA}
        value={a}
        documents={documents}
        onChange={(id) => setCompare(id, b)}
      />
      <DocSelect
        id="compare-b"
        label="Second"
        colour={COMPARE_COLORS.onlyB}
        value={b}
        documents={documents.filter((d) => d.id !== a)}
        onChange={(id) => setCompare(a, id)}
      />
      {(a || b) && (
        <div className="filter-actions">
          <button type="button" disabled={!a || !b} onClick={() => setCompare(b, a)}>
            Swap
          </button>
          <button type="button" data-testid="compare-clear" onClick={() => setCompare(undefined, undefined)}>
            Clear
          </button>
        </div>
      )}
    </section>
  );
}
