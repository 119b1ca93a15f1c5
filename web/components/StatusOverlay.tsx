// What the canvas area says instead of a blank canvas: loading, an unreachable Neo4j (which URI and
// how to fix it), an empty database (how to import the samples), a truncated or focused view.
import { graph, loadAll, nextNodeLimit, storedEntities, useGraphState } from '../state/graph-store.ts';
import { OVERVIEW_SIZE } from '../graph/filters.ts';
import { setFilters, setFocus, useUi } from '../state/ui-store.ts';
import { RichText } from './RichText.tsx';

/** Overlays for the graph area. */
export function StatusOverlay() {
  const status = useGraphState((s) => s.status);
  const version = useGraphState((s) => s.version);
  const stats = useGraphState((s) => s.stats);
  const focus = useUi((s) => s.focus);
  const pathFrom = useUi((s) => s.pathFrom);
  const overview = useUi((s) => !!s.filters.overview);
  const graphMode = useUi((s) => s.mode !== 'negotiations');
  void version;

  if (status.kind === 'idle' || status.kind === 'loading')
    return (
      <div className="overlay" data-testid="loading">
        <div className="state-card">
          <div className="spinner" aria-hidden />
          <p>{status.kind === 'loading' ? status.message : 'Starting…'}</p>
        </div>
      </div>
    );

  if (status.kind === 'error') {
    const e = status.error;
    const unreachable = e.status === 0;
    return (
      <div className="overlay" data-testid="error-state">
        <div className="state-card error" role="alert">
          <h2>
            {unreachable
              ? 'The Readout Graph API is not running'
              : e.status === 503
                ? 'Neo4j is unreachable'
                : 'The graph could not be loaded'}
          </h2>
          <p>
            <RichText text={e.message} />
          </p>
          {e.hint && (
            <p className="hint">
              <RichText text={e.hint} />
            </p>
          )}
          {!e.hint && e.status === 503 && (
            <p className="hint">
              Start a database with <code>npm run neo4j</code> (embedded) or <code>npm run db:up</code> (Docker), or set{' '}
              <code>NEO4J_URI</code>, then retry.
            </p>
          )}
          <button type="button" className="primary" onClick={() => void loadAll()}>
            Retry
          </button>
        </div>
      </div>
    );
  }

  const entities = storedEntities(stats) ?? 0;
  if (graph.order === 0)
    return (
      <div className="overlay" data-testid="empty-state">
        <div className="state-card">
          <h2>{entities === 0 ? 'No readouts imported yet' : 'Nothing to show'}</h2>
          {entities === 0 ? (
            <>
              <p>Import the bundled sample readouts, then reload:</p>
              <pre>npx kg import importer/samples</pre>
              <p className="muted small">
                Or your own files: <code>npx kg import path/to/readouts</code> (.txt, .md, .html).
              </p>
            </>
          ) : (
            <p>The query returned no nodes.</p>
          )}
          <button type="button" className="primary" onClick={() => void loadAll()}>
            Reload
          </button>
        </div>
      </div>
    );

  // The banners speak of the graph view; the negotiations view draws over it with its own header.
  if (!graphMode) return null;

  return (
    <div className="banners">
      {status.source === 'query' && (
        <div className="banner">
          Showing a console result.{' '}
          <button type="button" className="link" onClick={() => void loadAll()}>
            Back to the whole graph
          </button>
        </div>
      )}
      {overview && status.source === 'all' && (
        <div className="banner" data-testid="overview-banner">
          Overview: the {OVERVIEW_SIZE} best-connected of {graph.order} entities, and the selection’s neighbours.{' '}
          <button type="button" className="link" onClick={() => setFilters({ overview: false })}>
            Show all
          </button>
        </div>
      )}
      {status.truncated && status.source === 'all' && <TruncatedBanner stored={entities} />}
      {pathFrom && <div className="banner accent">Select the other end of the path…</div>}
      {focus && (
        <div className="banner accent" data-testid="focus-banner">
          {focus.caption}{' '}
          <button type="button" className="link" onClick={() => setFocus(undefined)}>
            Clear
          </button>
        </div>
      )}
    </div>
  );
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The first load was capped: how much of the database the canvas holds, and a way to load more. */
function TruncatedBanner({ stored }: { stored: number }) {
  const nodeLimit = useGraphState((s) => s.nodeLimit);
  const next = nextNodeLimit(nodeLimit);
  return (
    <div className="banner" data-testid="truncated-banner">
      Showing the {count(graph.order)} best-connected of {count(Math.max(stored, graph.order))} entities (this load is
      capped at {count(nodeLimit)}).{' '}
      {next ? (
        <button type="button" className="link" onClick={() => void loadAll(next)}>
          Load up to {count(next)}
        </button>
      ) : (
        'Use search and expand to reach the rest.'
      )}
    </div>
  );
}
