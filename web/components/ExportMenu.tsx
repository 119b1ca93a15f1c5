// Top-bar menu exporting the current view (visible nodes) as GraphML, GEXF, JSON, CSV, Cypher or PNG.
import { useEffect, useRef, useState } from 'react';
import type { ExportFormat } from '../../graph/types.ts';
import { exportPng, exportView } from '../state/export.ts';

const LABELS: Record<ExportFormat, string> = {
  graphml: 'GraphML (Gephi, yEd)',
  gexf: 'GEXF (Gephi)',
  json: 'JSON (graphology)',
  csv: 'CSV (nodes + edges)',
  cypher: 'Cypher script',
};

// Keys of LABELS (web/ imports only types from graph/, so not EXPORT_FORMATS itself).
const FORMATS = Object.keys(LABELS) as ExportFormat[];

/** The Export ▾ menu. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="menu-wrap" ref={ref}>
      <button
        type="button"
        data-testid="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Export ▾
      </button>
      {open && (
        <ul className="menu right" role="menu">
          <li className="menu-caption">Current view</li>
          {FORMATS.map((f) => (
            <li key={f}>
              <button
                type="button"
                role="menuitem"
                data-testid={`export-${f}`}
                onClick={() => (setOpen(false), void exportView(f))}
              >
                {LABELS[f]}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              role="menuitem"
              data-testid="export-png"
              onClick={() => (setOpen(false), void exportPng())}
            >
              PNG image
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
