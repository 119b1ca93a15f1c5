// Canvas toolbar (inside SigmaContainer): zoom, fit, ForceAtlas2 in a worker with run/stop, and the
// actions on the selected node: expand neighbours, path to…
import { useCamera } from '@react-sigma/core';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { useCallback, useEffect, useRef, useState } from 'react';
import { layoutSettings } from '../graph/layout.ts';
import { expand } from '../state/actions.ts';
import { graph, useGraphState } from '../state/graph-store.ts';
import { centerOn, startPath, useUi } from '../state/ui-store.ts';

/** Seconds a layout run lasts when started automatically after new nodes arrive. */
const AUTO_RUN_MS = 2500;

/** Fits the camera to the visible nodes when filters hide some, else shows the whole graph. */
function fit(reset: () => void): void {
  const visible = graph.filterNodes((_, a) => !a.hidden);
  if (visible.length && visible.length < graph.order) centerOn(...visible);
  else reset();
}

/** Zoom, fit, layout run/stop, expand and path buttons. */
export function GraphToolbar() {
  const { zoomIn, zoomOut, reset } = useCamera({ duration: 300, factor: 1.5 });
  const selection = useUi((s) => s.selection);
  const pathFrom = useUi((s) => s.pathFrom);
  const layoutRequest = useGraphState((s) => s.layoutRequest);
  const [running, setRunning] = useState(false);
  const layout = useRef<FA2Layout | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    clearTimeout(timer.current);
    layout.current?.kill();
    layout.current = null;
    setRunning(false);
  }, []);

  const start = useCallback(
    (ms?: number) => {
      stop();
      if (graph.order < 2) return;
      layout.current = new FA2Layout(graph, { settings: layoutSettings(graph) });
      layout.current.start();
      setRunning(true);
      if (ms) timer.current = setTimeout(stop, ms);
    },
    [stop],
  );

  useEffect(() => {
    if (layoutRequest > 0) start(AUTO_RUN_MS);
  }, [layoutRequest, start]);
  useEffect(() => stop, [stop]);

  const selected = selection?.kind === 'node' ? selection.id : undefined;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph controls">
      <button type="button" title="Zoom in" aria-label="Zoom in" onClick={() => zoomIn()}>
        +
      </button>
      <button type="button" title="Zoom out" aria-label="Zoom out" onClick={() => zoomOut()}>
        −
      </button>
      <button type="button" title="Fit the visible graph" onClick={() => fit(reset)}>
        Fit
      </button>
      <span className="sep" />
      <button
        type="button"
        data-testid="layout-toggle"
        className={running ? 'active' : ''}
        title="ForceAtlas2 layout (runs in a worker)"
        onClick={() => (running ? stop() : start())}
      >
        {running ? '■ Stop layout' : '▶ Layout'}
      </button>
      <span className="sep" />
      <button
        type="button"
        disabled={!selected}
        title="Add the neighbours of the selected entity"
        onClick={() => selected && void expand(selected)}
      >
        Expand
      </button>
      <button
        type="button"
        data-testid="path-button"
        className={pathFrom ? 'active' : ''}
        disabled={!selected && !pathFrom}
        title="Shortest path from the selected entity to the next one you select"
        onClick={() => startPath(pathFrom ? undefined : selected)}
      >
        {pathFrom ? 'Cancel path' : 'Path to…'}
      </button>
    </div>
  );
}
