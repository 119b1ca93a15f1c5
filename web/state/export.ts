// Export of the current view: the visible node ids go to POST /api/export in the chosen format,
// or the canvas layers are composed into one PNG in the browser.
import { exportGraph } from '../api/client.ts';
import type { ExportFormat } from '../../graph/types.ts';
import { graph } from './graph-store.ts';
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

/** Exports the visible part of the graph in `format` via the API. */
export async function exportView(format: ExportFormat): Promise<void> {
  const ids = visibleNodeIds();
  if (!ids.length) {
    pushToast({ kind: 'info', title: 'Nothing to export', detail: 'No node is visible; reset the filters.' });
    return;
  }
  try {
    const { blob, filename } = await exportGraph(format, { ids });
    downloadBlob(blob, filename);
  } catch (err) {
    toastError(`Export as ${format.toUpperCase()} failed`, err);
  }
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
