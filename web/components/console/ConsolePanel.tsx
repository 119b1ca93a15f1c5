// Bottom drawer: the Cypher console. Editor (lazy chunk), Run with Ctrl/⌘+Enter, templates, history,
// results as a table and "show in graph" to draw the result graph in the canvas.
import { Suspense, lazy, useMemo } from 'react';
import { showGraph, useGraphState } from '../../state/graph-store.ts';
import { consoleStore, runQuery, setQuery, useConsole } from '../../state/console-store.ts';
import { setConsoleOpen, useUi } from '../../state/ui-store.ts';
import { MenuButton } from '../MenuButton.tsx';
import { RichText } from '../RichText.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { useTemplates } from '../../state/console-templates.ts';

const CypherEditorField = lazy(() => import('./CypherEditorField.tsx'));

// Property names of the storage model (graph/README.md), offered by the editor's completion.
const PROPERTY_KEYS = [
  'id',
  'name',
  'aliases',
  'title',
  'state',
  'iso2',
  'iso3',
  'kind',
  'date',
  'place',
  'status',
  'year',
  'file',
  'source',
  'url',
  'doc',
  'docs',
  'evidence',
  'start',
  'end',
  'firstSeen',
  'lastSeen',
  'former',
];

/** Completion schema from the database's own label and type counts. */
function useEditorSchema() {
  const stats = useGraphState((s) => s.stats);
  return useMemo(
    () => ({
      labels: Object.keys(stats?.labels ?? {}),
      relationshipTypes: Object.keys(stats?.types ?? {}),
      propertyKeys: PROPERTY_KEYS,
    }),
    [stats],
  );
}

/** The console drawer (a one-line bar when closed). */
export function ConsolePanel() {
  const open = useUi((s) => s.consoleOpen);
  const query = useConsole((s) => s.query);
  const history = useConsole((s) => s.history);
  const status = useConsole((s) => s.status);
  const templates = useTemplates();
  const schema = useEditorSchema();

  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    // Capture phase: CodeMirror would otherwise insert a blank line on Mod-Enter.
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      void runQuery();
    }
  };

  if (!open)
    return (
      <footer className="console closed">
        <button
          type="button"
          className="console-toggle"
          data-testid="console-toggle"
          onClick={() => setConsoleOpen(true)}
        >
          <span className="chevron">▸</span> Cypher console
        </button>
        <code className="console-preview muted">{query.split('\n')[0]}</code>
      </footer>
    );

  const result = status.kind === 'done' ? status.result : undefined;
  return (
    <footer className="console open" data-testid="console">
      <div className="console-bar">
        <button
          type="button"
          className="console-toggle"
          data-testid="console-toggle"
          onClick={() => setConsoleOpen(false)}
        >
          <span className="chevron">▾</span> Cypher console
        </button>
        <div className="console-actions">
          <MenuButton label="Templates ▾" menuClass="up" testId="console-templates">
            {(close) =>
              templates.map((t) => (
                <li key={t.id} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    data-testid="console-template"
                    onClick={() => (setQuery(t.query, t.params), close())}
                  >
                    {t.title}
                  </button>
                </li>
              ))
            }
          </MenuButton>
          <MenuButton label="History ▾" menuClass="up history" disabled={!history.length}>
            {(close) =>
              history.map((q) => (
                <li key={q} role="none">
                  <button type="button" role="menuitem" title={q} onClick={() => (setQuery(q), close())}>
                    <code>{q.replace(/\s+/g, ' ')}</code>
                  </button>
                </li>
              ))
            }
          </MenuButton>
          <button
            type="button"
            data-testid="console-show-graph"
            disabled={!result || result.graph.nodes.length === 0}
            title="Draw the nodes and relationships of the result in the canvas"
            onClick={() => result && showGraph(result.graph)}
          >
            Show in graph
          </button>
          <button
            type="button"
            className="primary"
            data-testid="console-run"
            disabled={status.kind === 'running'}
            onClick={() => void runQuery()}
          >
            {status.kind === 'running' ? 'Running…' : 'Run'} <kbd>Ctrl ⏎</kbd>
          </button>
        </div>
      </div>
      <div className="console-body">
        <div className="console-editor" data-testid="console-editor" onKeyDownCapture={onKeyDownCapture}>
          <Suspense fallback={<div className="muted pad">Loading the Cypher editor…</div>}>
            <CypherEditorField value={query} schema={schema} onChange={(v) => setQuery(v, consoleStore.get().params)} />
          </Suspense>
        </div>
        <div className="console-output">
          {status.kind === 'idle' && (
            <p className="muted pad">Write a read query and press Ctrl+Enter, or pick a template.</p>
          )}
          {status.kind === 'running' && <p className="muted pad">Running…</p>}
          {status.kind === 'error' && (
            <div className="error-text pad" data-testid="console-error">
              <strong>{status.error.status === 403 ? 'Read-only console: ' : ''}</strong>
              <RichText text={status.error.message} />
              {status.error.hint && (
                <div className="muted">
                  <RichText text={status.error.hint} />
                </div>
              )}
            </div>
          )}
          {result && (
            <>
              <div className="result-meta muted small">
                {result.rows.length} row{result.rows.length === 1 ? '' : 's'}
                {result.truncated ? ' (capped)' : ''} · {result.graph.nodes.length} nodes, {result.graph.edges.length}{' '}
                relationships · {status.kind === 'done' ? status.ms : 0} ms
              </div>
              <ResultsTable result={result} />
            </>
          )}
        </div>
      </div>
    </footer>
  );
}
