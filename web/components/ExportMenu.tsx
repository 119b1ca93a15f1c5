// Top-bar menu exporting the current view (visible nodes) as GraphML, GEXF, JSON, CSV, Cypher, an
// evidence pack, SVG or PNG.
import type { ExportFormat } from '../../graph/types.ts';
import { exportEvidencePack, exportPng, exportSvg, exportView } from '../state/export.ts';
import { MenuButton } from './MenuButton.tsx';

const LABELS: Record<ExportFormat, string> = {
  graphml: 'GraphML (Gephi, yEd)',
  gexf: 'GEXF (Gephi)',
  json: 'JSON (graphology)',
  csv: 'CSV (nodes + edges)',
  cypher: 'Cypher script',
};

// Keys of LABELS (web/ imports only types from graph/, so not EXPORT_FORMATS itself).
const FORMATS = Object.keys(LABELS) as ExportFormat[];

/** One item of the menu. */
function Item({ testId, onChoose, children }: { testId: string; onChoose: () => void; children: string }) {
  return (
    <li role="none">
      <button type="button" role="menuitem" data-testid={testId} onClick={onChoose}>
        {children}
      </button>
    </li>
  );
}

/** The Export ▾ menu. */
export function ExportMenu() {
  return (
    <MenuButton label="Export ▾" menuClass="right" testId="export-button">
      {(close) => (
        <>
          <li className="menu-caption" role="presentation">
            Current view
          </li>
          {FORMATS.map((f) => (
            <Item key={f} testId={`export-${f}`} onChoose={() => (close(), void exportView(f))}>
              {LABELS[f]}
            </Item>
          ))}
          <Item testId="export-evidence" onChoose={() => (close(), void exportEvidencePack())}>
            Evidence pack (GraphML + Markdown)
          </Item>
          <Item testId="export-svg" onChoose={() => (close(), exportSvg())}>
            SVG image
          </Item>
          <Item testId="export-png" onChoose={() => (close(), void exportPng())}>
            PNG image
          </Item>
        </>
      )}
    </MenuButton>
  );
}
