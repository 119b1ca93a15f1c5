// Left column: the legend that filters. Labels and relationship types as coloured checkboxes with
// counts (visible / loaded), states and documents as searchable multi-selects, dates, one reset.
import { useMemo } from 'react';
import { LABEL_ORDER, RELATION_ORDER, humanizeRelation, labelColor, relationColor } from '../../graph/appearance.ts';
import { OVERVIEW_SIZE, countByKind, isFiltering } from '../../graph/filters.ts';
import { graph, useGraphState } from '../../state/graph-store.ts';
import { resetFilters, resetUi, setFilters, toggleFilter, useUi } from '../../state/ui-store.ts';
import { useVisibility } from '../../state/visibility.ts';
import { TimeSection } from '../negotiations/TimeSection.tsx';
import { ViewModeSection } from '../negotiations/ViewModeSection.tsx';
import { ComparePicker } from '../compare/ComparePicker.tsx';
import { SourcesFilter } from '../sources/SourcesFilter.tsx';
import { isSourceFiltering } from '../../graph/source-filter.ts';
import { DateFilter } from './DateFilter.tsx';
import { MultiSelect } from './MultiSelect.tsx';

/** The filters column. */
export function FiltersPanel() {
  const version = useGraphState((s) => s.version);
  const documents = useGraphState((s) => s.documents);
  const filters = useUi((s) => s.filters);
  const focus = useUi((s) => s.focus);
  const asOf = useUi((s) => s.asOf);
  const sourceFiltering = useUi((s) =>
    isSourceFiltering({ issuers: s.issuerFilter, multiIssuerOnly: s.multiIssuerOnly }),
  );
  const { hiddenNodes, hiddenEdges } = useVisibility();

  const { total, visible, states } = useMemo(() => {
    void version; // recount whenever the graph changes
    const total = countByKind(graph);
    const visible = { labels: {} as Record<string, number>, types: {} as Record<string, number> };
    const states: { value: string; label: string }[] = [];
    graph.forEachNode((n, a) => {
      if (!hiddenNodes.has(n)) visible.labels[a.entityType] = (visible.labels[a.entityType] ?? 0) + 1;
      if (a.entityType === 'State') states.push({ value: n, label: a.label });
    });
    graph.forEachEdge((e, a) => {
      if (!hiddenEdges.has(e)) visible.types[a.relType] = (visible.types[a.relType] ?? 0) + 1;
    });
    states.sort((a, b) => a.label.localeCompare(b.label));
    return { total, visible, states };
  }, [version, hiddenNodes, hiddenEdges]);

  const labels = LABEL_ORDER.filter((l) => total.labels[l] || filters.hiddenLabels.has(l));
  const types = RELATION_ORDER.filter((t) => total.types[t] || filters.hiddenTypes.has(t));
  const docs = (documents ?? [])
    .slice()
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .map((d) => ({ value: d.id, label: d.title, hint: d.date?.slice(0, 10) }));
  const count = (v: number | undefined, t: number | undefined) =>
    (isFiltering(filters) || sourceFiltering || asOf) && v !== t ? `${v ?? 0}/${t ?? 0}` : `${t ?? 0}`;

  return (
    <aside className="filters" aria-label="Filters">
      <ViewModeSection />
      <TimeSection />
      <section className="filter-group">
        <label className="switch" title="Only the best-connected entities, and the neighbours of the selection">
          <input
            type="checkbox"
            data-testid="overview-toggle"
            checked={!!filters.overview}
            onChange={(e) => setFilters({ overview: e.target.checked })}
          />
          Overview: the {OVERVIEW_SIZE} best connected
        </label>
      </section>
      <section className="filter-group" data-testid="legend">
        <h3>Entities</h3>
        <ul className="legend">
          {labels.map((l) => (
            <li key={l}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`label-filter-${l}`}
                  checked={!filters.hiddenLabels.has(l)}
                  onChange={() => toggleFilter('hiddenLabels', l)}
                />
                <span className="swatch" style={{ background: labelColor(l) }} />
                <span className="legend-name">{l}</span>
                <span className="count" data-testid={`label-count-${l}`}>
                  {count(visible.labels[l], total.labels[l])}
                </span>
              </label>
            </li>
          ))}
          {labels.length === 0 && <li className="muted small">No entities loaded.</li>}
        </ul>
      </section>
      <section className="filter-group">
        <h3>Relationships</h3>
        <ul className="legend">
          {types.map((t) => (
            <li key={t}>
              <label title={t}>
                <input
                  type="checkbox"
                  data-testid={`type-filter-${t}`}
                  checked={!filters.hiddenTypes.has(t)}
                  onChange={() => toggleFilter('hiddenTypes', t)}
                />
                <span className="swatch line" style={{ background: relationColor(t) }} />
                <span className="legend-name">{humanizeRelation(t)}</span>
                <span className="count">{count(visible.types[t], total.types[t])}</span>
              </label>
            </li>
          ))}
        </ul>
        <label className="switch small" title="When a relationship type is unchecked">
          <input
            type="checkbox"
            data-testid="show-unconnected"
            checked={!!filters.showUnconnected}
            onChange={(e) => setFilters({ showUnconnected: e.target.checked })}
          />
          Keep entities left unconnected
        </label>
      </section>
      <MultiSelect
        title="States"
        testId="state-filter"
        options={states}
        selected={filters.states}
        onToggle={(v) => toggleFilter('states', v)}
      />
      <MultiSelect
        title="Documents"
        testId="doc-filter"
        options={docs}
        selected={filters.docs}
        onToggle={(v) => toggleFilter('docs', v)}
      />
      <SourcesFilter />
      <DateFilter documents={documents ?? []} />
      <div className="filter-actions">
        <button
          type="button"
          data-testid="reset-filters"
          disabled={!isFiltering(filters) && !sourceFiltering && !focus}
          onClick={() => {
            resetFilters();
            if (focus) resetUi();
          }}
        >
          Reset filters
        </button>
      </div>
      <ComparePicker />
    </aside>
  );
}
