// Export of the current view: the visible node ids go to POST /api/export in the chosen format; the
// canvas layers are composed into one PNG, or redrawn as SVG elements, in the browser; the evidence
// pack is the subgraph as GraphML plus its facts and sentences as Markdown (two downloads).
import { exportGraph, getEvidence } from '../api/client.ts';
import type { EvidenceRef, ExportFormat } from '../../graph/types.ts';
import { evidenceMarkdown } from '../graph/evidence-pack.ts';
import { toSvg } from '../graph/svg-export.ts';
import type { SvgEdge, SvgNode } from '../graph/svg-export.ts';
import { graph, graphStore } from './graph-store.ts';
import { drawnLabels } from './label-frame.ts';
import { getSigma } from './sigma-ref.ts';
import { pushToast, toastError } from './toast-store.ts';

/** Saves `blob` as `filename` through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Ids of the nodes the filters leave visible. */
export const visibleNodeIds = (): string[] => graph.filterNodes((_, a) => !a.hidden);

/** The visible node ids, or undefined (and a toast) when there are none. */
function idsToExport(): string[] | undefined {
  const ids = visibleNodeIds();
  if (ids.length) return ids;
  pushToast({ kind: 'info', title: 'Nothing to export', detail: 'No node is visible; reset the filters.' });
  return undefined;
}

/** Exports the visible part of the graph in `format` via the API. */
export async function exportView(format: ExportFormat): Promise<void> {
  const ids = idsToExport();
  if (!ids) return;
  try {
    const { blob, filename } = await exportGraph(format, { ids });
    downloadBlob(blob, filename);
  } catch (err) {
    toastError(`Export as ${format.toUpperCase()} failed`, err);
  }
}

/** Most sentences the evidence pack lists per fact. */
const PACK_EVIDENCE_LIMIT = 500;

/** Every sentence of the visible facts whose edge carries only the first, one request per such fact. */
async function fullEvidence(): Promise<Map<string, EvidenceRef[]>> {
  const out = new Map<string, EvidenceRef[]>();
  const partial = graph.filterEdges((_, a) => !a.hidden && (a.evidenceCount ?? 0) > a.evidence.length);
  for (const key of partial) out.set(key, (await getEvidence(key, 0, PACK_EVIDENCE_LIMIT)).evidence);
  return out;
}

/** The evidence pack of the view: the subgraph as GraphML and its facts with their sentences as Markdown. */
export async function exportEvidencePack(): Promise<void> {
  const ids = idsToExport();
  if (!ids) return;
  try {
    const { blob } = await exportGraph('graphml', { ids });
    const { stats, documents } = graphStore.get();
    const markdown = evidenceMarkdown(graph, {
      documents: Object.fromEntries((documents ?? []).map((d) => [d.id, d])),
      dataVersion: stats?.dataVersion,
      link: location.href,
      exportedAt: new Date().toISOString().slice(0, 19) + 'Z',
      evidence: await fullEvidence(),
    });
    downloadBlob(blob, 'readout-graph-evidence.graphml');
    downloadBlob(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), 'readout-graph-evidence.md');
  } catch (err) {
    toastError('Evidence pack failed', err);
  }
}

/** The view as SVG: what the canvas shows now (reducers applied), in viewport pixels. */
export function viewSvg(): string | undefined {
  const sigma = getSigma();
  if (!sigma) return undefined;
  sigma.refresh(); // a fresh frame, so the drawn labels are those of this view
  const nodes: SvgNode[] = [];
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(d);
    nodes.push({ key, x, y, r: sigma.scaleSize(d.size), color: d.color });
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    if (!d || d.hidden) return;
    edges.push({ source, target, color: d.color, size: sigma.scaleSize(d.size) });
  });
  const { width, height } = sigma.getDimensions();
  const labels = drawnLabels().map((l) => ({ text: l.text, x: l.box.x + 1, y: l.box.y + l.box.h / 2 }));
  const s = sigma.getSettings();
  return toSvg({
    width,
    height,
    nodes,
    edges,
    labels,
    font: { family: s.labelFont, size: s.labelSize, color: s.labelColor.color ?? '#1F2328' },
  });
}

/** Downloads the view as SVG. */
export function exportSvg(): void {
  const svg = viewSvg();
  if (svg) downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), 'readout-graph.svg');
}

// Layers drawn bottom to top; "mouse" is the transparent event layer.
const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'];

/** Composes sigma's canvas layers on white and downloads them as a PNG. */
export async function exportPng(): Promise<void> {
  const sigma = getSigma();
  if (!sigma) return;
  // Render synchronously first: WebGL buffers are only readable right after a frame was drawn.
  sigma.refresh();
  const canvases = sigma.getCanvases();
  const first = canvases.nodes ?? Object.values(canvases)[0];
  if (!first) return;
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of LAYERS) {
    const c = canvases[layer];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (blob) downloadBlob(blob, 'readout-graph.png');
  else toastError('PNG export failed', new Error('the browser could not encode the canvas'));
}
