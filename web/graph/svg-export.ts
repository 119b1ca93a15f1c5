// The current view as an SVG document: edges (lines with arrowheads), nodes (circles) and the labels
// the canvas shows, all as SVG elements in viewport pixels, on white.

export interface SvgNode {
  key: string;
  x: number;
  y: number;
  r: number;
  color: string;
}

export interface SvgEdge {
  source: string;
  target: string;
  color: string;
  size: number;
}

export interface SvgLabel {
  text: string;
  /** Left end of the text and its vertical middle. */
  x: number;
  y: number;
}

export interface SvgView {
  width: number;
  height: number;
  nodes: SvgNode[];
  edges: SvgEdge[];
  labels: SvgLabel[];
  font?: { family: string; size: number; color: string };
}

/** Text escaped for XML content and attribute values. */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const n = (v: number): string => String(Math.round(v * 10) / 10);

/** A line from the source's centre to the target's rim, and an arrowhead there. */
function edgeElements(e: SvgEdge, a: SvgNode, b: SvgNode): string {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len < 1e-6) return '';
  const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
  const tip = { x: b.x - ux * b.r, y: b.y - uy * b.r };
  const head = Math.min(len / 3, 4 + 2 * e.size);
  const base = { x: tip.x - ux * head, y: tip.y - uy * head };
  const half = head / 2;
  const points = [
    [tip.x, tip.y],
    [base.x - uy * half, base.y + ux * half],
    [base.x + uy * half, base.y - ux * half],
  ]
    .map(([x, y]) => `${n(x!)},${n(y!)}`)
    .join(' ');
  return (
    `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(base.x)}" y2="${n(base.y)}" stroke="${escapeXml(e.color)}" stroke-width="${n(e.size)}"/>` +
    `<polygon points="${points}" fill="${escapeXml(e.color)}"/>`
  );
}

/** The SVG document of `view`. */
export function toSvg(view: SvgView): string {
  const font = view.font ?? { family: 'sans-serif', size: 12, color: '#1F2328' };
  const byKey = new Map(view.nodes.map((d) => [d.key, d]));
  const edges = view.edges.map((e) => {
    const [a, b] = [byKey.get(e.source), byKey.get(e.target)];
    return a && b ? edgeElements(e, a, b) : '';
  });
  const nodes = view.nodes.map(
    (d) => `<circle cx="${n(d.x)}" cy="${n(d.y)}" r="${n(d.r)}" fill="${escapeXml(d.color)}" stroke="#FFFFFF"/>`,
  );
  const labels = view.labels.map(
    (l) => `<text x="${n(l.x)}" y="${n(l.y)}" dominant-baseline="middle">${escapeXml(l.text)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${view.width}" height="${view.height}" viewBox="0 0 ${view.width} ${view.height}">`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels" font-family="${escapeXml(font.family)}" font-size="${font.size}" fill="${escapeXml(font.color)}" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}
