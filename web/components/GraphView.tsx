// The sigma canvas over the explorer's one graph, with its render-nothing controllers and toolbar.
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { createEdgeCompoundProgram, createNodeCompoundProgram } from 'sigma/rendering';
import type { NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { NOT_DRAWN } from '../graph/scale.ts';
import { graph } from '../state/graph-store.ts';
import type { SigmaEdge, SigmaNode } from '../graph/to-sigma-graph.ts';
import { CameraController } from './controllers/CameraController.tsx';
import { EventsController } from './controllers/EventsController.tsx';
import { FiltersController } from './controllers/FiltersController.tsx';
import { HighlightController } from './controllers/HighlightController.tsx';
import { KeyboardController } from './controllers/KeyboardController.tsx';
import { LabelsController } from './controllers/LabelsController.tsx';
import { ResizeController } from './controllers/ResizeController.tsx';
import { ScaleController } from './controllers/ScaleController.tsx';
import { UrlController } from './controllers/UrlController.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';

// Programs of no parts: what a large view culls (graph/scale.ts) costs nothing per frame.
const NoNodes = createNodeCompoundProgram([] as unknown as [NodeProgramType]);
const NoEdges = createEdgeCompoundProgram([]);

const SETTINGS: Partial<Settings<SigmaNode, SigmaEdge>> = {
  nodeProgramClasses: { [NOT_DRAWN]: NoNodes },
  edgeProgramClasses: { [NOT_DRAWN]: NoEdges },
  allowInvalidContainer: true,
  renderEdgeLabels: true,
  enableEdgeEvents: true,
  zIndex: true,
  defaultEdgeType: 'arrow',
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  labelColor: { color: '#1F2328' },
  // Larger nodes get labels first, never overlapping (LabelsController); zooming in shows more.
  labelRenderedSizeThreshold: 10,
  edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  edgeLabelSize: 10,
  edgeLabelColor: { color: '#57606A' },
  minCameraRatio: 0.05,
  maxCameraRatio: 6,
  stagePadding: 40,
};

/** The graph canvas. */
export function GraphView() {
  return (
    <SigmaContainer<SigmaNode, SigmaEdge> graph={graph} settings={SETTINGS} className="sigma" id="graph-canvas">
      <EventsController />
      <FiltersController />
      <HighlightController />
      <CameraController />
      <UrlController />
      <ResizeController />
      <KeyboardController />
      <LabelsController />
      <ScaleController />
      <GraphToolbar />
    </SigmaContainer>
  );
}
