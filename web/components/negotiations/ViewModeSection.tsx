// Left panel entry of the view modes: the graph canvas or the negotiations view.
import { setMode, useUi } from '../../state/ui-store.ts';
import type { ViewMode } from '../../state/ui-store.ts';

const MODES: { mode: ViewMode; title: string; hint: string }[] = [
  { mode: 'graph', title: 'Graph', hint: 'Every entity and relationship on the canvas' },
  { mode: 'negotiations', title: 'Negotiations', hint: 'Who negotiates for whom, on what, under whom' },
];

/** The "View" switch at the top of the left column. */
export function ViewModeSection() {
  const mode = useUi((s) => s.mode);
  return (
    <section className="filter-group" data-testid="view-mode">
      <h3>View</h3>
      <div className="segmented" role="tablist" aria-label="View">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            role="tab"
            aria-selected={mode === m.mode}
            className={mode === m.mode ? 'on' : ''}
            data-testid={`mode-${m.mode}`}
            title={m.hint}
            onClick={() => setMode(m.mode)}
          >
            {m.title}
          </button>
        ))}
      </div>
    </section>
  );
}
