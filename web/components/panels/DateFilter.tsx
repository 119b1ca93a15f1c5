// Date filter: a histogram of readouts per year (click a bar to keep that year, drag across bars for a
// range) and from/to inputs.
import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../graph/types.ts';
import { setFilters, useUi } from '../../state/ui-store.ts';

/** Years covered by the documents, with counts, in order. */
function perYear(docs: readonly DocumentSummary[]): { year: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const d of docs) {
    const y = d.date ? Number(d.date.slice(0, 4)) : NaN;
    if (Number.isFinite(y)) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  if (!counts.size) return [];
  const years = [...counts.keys()];
  const out = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/** The "Dates" block of the filters. */
export function DateFilter({ documents }: { documents: readonly DocumentSummary[] }) {
  const from = useUi((s) => s.filters.from);
  const to = useUi((s) => s.filters.to);
  const bars = perYear(documents);
  const max = Math.max(1, ...bars.map((b) => b.count));
  // A drag across the bars: the year it started on and the year under the pointer.
  const [drag, setDrag] = useState<{ start: number; end: number }>();
  const dragRef = useRef(drag);
  dragRef.current = drag;
  useEffect(() => {
    const up = () => {
      const d = dragRef.current;
      if (!d) return;
      const [a, b] = d.start <= d.end ? [d.start, d.end] : [d.end, d.start];
      setFilters({ from: `${a}-01-01`, to: `${b}-12-31` });
      setDrag(undefined);
    };
    window.addEventListener('pointerup', up);
    return () => window.removeEventListener('pointerup', up);
  }, []);
  const inRange = (y: number) =>
    drag
      ? y >= Math.min(drag.start, drag.end) && y <= Math.max(drag.start, drag.end)
      : (!from || `${y}-12-31` >= from) && (!to || `${y}-01-01` <= to);
  return (
    <section className="filter-group">
      <h3>Dates</h3>
      {bars.length > 0 && (
        <div className="histogram" role="group" aria-label="Readouts per year">
          {bars.map((b) => (
            <button
              type="button"
              key={b.year}
              className={inRange(b.year) ? 'bar in' : 'bar'}
              style={{ height: `${8 + (b.count / max) * 40}px` }}
              title={`${b.year}: ${b.count} readout${b.count === 1 ? '' : 's'} (click to keep this year, drag for a range)`}
              onPointerDown={(e) => {
                e.preventDefault();
                setDrag({ start: b.year, end: b.year });
              }}
              onPointerEnter={() => drag && setDrag({ ...drag, end: b.year })}
              onClick={() => setFilters({ from: `${b.year}-01-01`, to: `${b.year}-12-31` })}
            />
          ))}
        </div>
      )}
      {bars.length > 0 && (
        <div className="histogram-axis muted small">
          <span>{bars[0]!.year}</span>
          <span>{bars[bars.length - 1]!.year}</span>
        </div>
      )}
      <div className="date-inputs">
        <input
          type="date"
          aria-label="From date"
          data-testid="date-from"
          value={from ?? ''}
          onChange={(e) => setFilters({ from: e.target.value || undefined })}
        />
        <span className="muted">–</span>
        <input
          type="date"
          aria-label="To date"
          data-testid="date-to"
          value={to ?? ''}
          onChange={(e) => setFilters({ to: e.target.value || undefined })}
        />
      </div>
    </section>
  );
}
