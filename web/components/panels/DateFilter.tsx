// Date filter: a histogram of readouts per year (click a bar to keep that year, drag across bars for a
// range) and from/to inputs.
import { useEffect, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../graph/types.ts';
import { barHeight, perYear } from '../../graph/histogram.ts';
import { setFilters, useUi } from '../../state/ui-store.ts';

/** The "Dates" block of the filters. */
export function DateFilter({ documents }: { documents: readonly DocumentSummary[] }) {
  const from = useUi((s) => s.filters.from);
  const to = useUi((s) => s.filters.to);
  const bars = perYear(documents);
  const max = Math.max(0, ...bars.map((b) => b.count));
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
              className={`${inRange(b.year) ? 'bar in' : 'bar'}${b.count ? '' : ' empty'}`}
              style={{ height: `${barHeight(b.count, max)}px` }}
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
