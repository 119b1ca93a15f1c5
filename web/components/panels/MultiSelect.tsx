// A searchable multi-select: a collapsible list of checkboxes with a filter box and a count.
import { useState } from 'react';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  title: string;
  options: Option[];
  selected: ReadonlySet<string>;
  onToggle: (value: string) => void;
  testId: string;
}

/** Collapsible, searchable checkbox list. */
export function MultiSelect({ title, options, selected, onToggle, testId }: Props) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const shown = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options;
  return (
    <section className="filter-group" data-testid={testId}>
      <button type="button" className="group-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span>{title}</span>
        <span className="muted">{selected.size ? `${selected.size} selected` : `all ${options.length}`}</span>
        <span className="chevron">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="multi">
          {options.length > 6 && (
            <input
              type="search"
              className="multi-search"
              placeholder={`Filter ${title.toLowerCase()}…`}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          )}
          <ul>
            {shown.map((o) => (
              <li key={o.value}>
                <label title={o.label}>
                  <input type="checkbox" checked={selected.has(o.value)} onChange={() => onToggle(o.value)} />
                  <span className="multi-label">{o.label}</span>
                  {o.hint && <span className="muted small">{o.hint}</span>}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted small">Nothing matches.</li>}
          </ul>
        </div>
      )}
    </section>
  );
}
