// Page layout: top bar (search, export), filters | canvas | selection, console drawer, toasts.
// Loads the graph once on mount.
import { useEffect } from 'react';
import { ConsolePanel } from '../components/console/ConsolePanel.tsx';
import { ExportMenu } from '../components/ExportMenu.tsx';
import { GraphView } from '../components/GraphView.tsx';
import { NegotiationsView } from '../components/negotiations/NegotiationsView.tsx';
import { FiltersPanel } from '../components/panels/FiltersPanel.tsx';
import { SidePanel } from '../components/panels/SidePanel.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { StatusOverlay } from '../components/StatusOverlay.tsx';
import { Toasts } from '../components/Toasts.tsx';
import { loadTemplates } from '../state/console-templates.ts';
import { loadAll, useGraphState } from '../state/graph-store.ts';
import { decodeView } from '../state/url-state.ts';
import { startHealthPoll } from '../state/health-poll.ts';
import { getSigma } from '../state/sigma-ref.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

function TopBar() {
  const health = useGraphState((s) => s.health);
  const failed = useGraphState((s) => s.status.kind === 'error' || s.online === false);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden>
          ◉
        </span>
        Readout Graph
      </div>
      <SearchBox />
      <div className="topbar-right">
        {failed ? (
          <span className="conn" data-testid="conn-status" title="The API or Neo4j did not answer">
            <span className="dot down" /> offline
          </span>
        ) : (
          health && (
            <span
              className="conn"
              data-testid="conn-status"
              title={`${health.uri}${health.serverVersion ? ` · ${health.serverVersion}` : ''}`}
            >
              <span className="dot ok" /> Neo4j
            </span>
          )
        )}
        <ExportMenu />
      </div>
    </header>
  );
}

/** Why the canvas may have failed: no WebGL at all, or something else. */
function webglAdvice(): string {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
  return gl
    ? 'Reload the page; search, the panels and the console still work.'
    : 'This browser gives the page no WebGL, which the graph canvas needs: enable hardware acceleration (or software WebGL), or try another browser.';
}

/** The skip link's target: sigma's focusable container (see KeyboardController). */
function skipToGraph(e: React.MouseEvent): void {
  const canvas = getSigma()?.getContainer();
  if (!canvas) return;
  e.preventDefault();
  canvas.focus();
}

/** The explorer. */
export function App() {
  useEffect(() => {
    // `?n=` asks the first load for more (or fewer) nodes than the default.
    void loadAll(decodeView(location.search).nodeLimit);
    void loadTemplates();
    return startHealthPoll();
  }, []);
  return (
    <div className="app">
      <a className="skip-link" href="#graph-canvas" onClick={skipToGraph}>
        Skip to the graph
      </a>
      <TopBar />
      <div className="workspace">
        <FiltersPanel />
        <main className="canvas-area" data-testid="graph-container">
          <ErrorBoundary what="the graph view" advice={webglAdvice}>
            <GraphView />
          </ErrorBoundary>
          <StatusOverlay />
          <NegotiationsView />
        </main>
        <SidePanel />
      </div>
      <ConsolePanel />
      <Toasts />
    </div>
  );
}
