// The negotiations as an SVG hierarchy (web/graph/layered-layout.ts): one column per side, principals on
// top, negotiators below, the agreement in the middle. A box selects its entity; an arrow selects the
// relationship and opens its first evidence sentence in the readout.
import { useMemo } from 'react';
import type { ApiEdge, NegotiationParty, NegotiationsResponse } from '../../../graph/types.ts';
import { humanizeRelation, labelColor, relationColor } from '../../graph/appearance.ts';
import { layoutNegotiations, NODE_H } from '../../graph/layered-layout.ts';
import type { LayoutEdge, LayoutNode } from '../../graph/layered-layout.ts';
import { selectEdge, selectNode, useUi } from '../../state/ui-store.ts';
import type { EdgeEnd } from '../../state/ui-store.ts';

export const NEGOTIATION_TYPES = ['NEGOTIATES_FOR', 'REPORTS_TO', 'NEGOTIATES'] as const;

/** A colour mixed with black (`amount` 0 keeps it): the pale relationship colours made readable as lines. */
export function darken(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * (1 - amount));
  return `#${((1 << 24) | (mix((n >> 16) & 255) << 16) | (mix((n >> 8) & 255) << 8) | mix(n & 255)).toString(16).slice(1)}`;
}

export const strokeOf = (type: string): string => darken(relationColor(type), 0.3);

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** An office name without its side's name, which the column heading already gives. */
const shortOffice = (office: string, side?: string): string =>
  side
    ? office.replace(new RegExp(`\\s+(of|for)\\s+(the\\s+)?${side.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '')
    : office;

/** The lines under a party's name: offices held then for people, else kind or status. */
export function subtitleLines(p: NegotiationParty): string[] {
  if (p.entityType === 'Agreement') return [p.status ? `agreement · ${p.status}` : 'agreement'];
  if (p.entityType !== 'Person') return [p.entityType === 'State' ? 'state' : 'organisation'];
  const held = p.offices.filter((o) => o.heldOn);
  if (held.length) return held.slice(0, 2).map((o) => shortOffice(o.name, p.side?.name));
  const last = p.offices[p.offices.length - 1];
  return last ? [`earlier: ${shortOffice(last.name, p.side?.name)}`] : ['no office known'];
}

function PartyBox({ node, selected }: { node: LayoutNode; selected: boolean }) {
  const p = node.party;
  const color = labelColor(p.entityType);
  const lines = subtitleLines(p);
  const tooltip = [
    p.name,
    ...p.offices.map(
      (o) =>
        `${o.name} (${o.firstSeen?.slice(0, 10) ?? '?'} → ${o.lastSeen?.slice(0, 10) ?? '?'})${o.heldOn ? ' ✓' : ''}`,
    ),
  ].join('\n');
  return (
    <g
      className={selected ? 'neg-node selected' : 'neg-node'}
      data-testid="neg-node"
      data-id={p.id}
      transform={`translate(${node.x} ${node.y})`}
      role="button"
      tabIndex={0}
      aria-label={`${p.name}: ${lines.join(', ')}`}
      onClick={() => selectNode(p.id)}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && selectNode(p.id)}
    >
      <title>{tooltip}</title>
      <rect className="box" width={node.width} height={node.height} rx={7} style={{ stroke: color }} />
      <rect width={6} height={node.height} rx={3} style={{ fill: color }} />
      <text className="neg-name" x={16} y={21}>
        {clip(p.name, 31)}
      </text>
      {lines.map((line, i) => (
        <text key={i} className="neg-office" x={16} y={39 + i * 14}>
          {clip(line, 40)}
        </text>
      ))}
    </g>
  );
}

function LinkArrow({ edge, selected, onOpen }: { edge: LayoutEdge; selected: boolean; onOpen: () => void }) {
  const type = edge.link.attributes.relType;
  const label = humanizeRelation(type);
  return (
    <g
      className={selected ? 'neg-edge selected' : 'neg-edge'}
      data-testid="neg-edge"
      data-key={edge.key}
      role="button"
      tabIndex={0}
      aria-label={`${label}: open the evidence`}
      onClick={onOpen}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen()}
    >
      <title>{`${label} · ${edge.link.attributes.evidence.length} sentence(s): click to read`}</title>
      <path className="hit" d={edge.path} />
      <path className="line" d={edge.path} style={{ stroke: strokeOf(type) }} markerEnd={`url(#neg-arrow-${type})`} />
      <text className="neg-edge-label" x={edge.labelX} y={edge.labelY - 4} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** Selects the relationship (carrying both ends, for it may not be on the canvas) and opens its evidence. */
function openLink(link: ApiEdge, parties: ReadonlyMap<string, NegotiationParty>): void {
  const end = (id: string): EdgeEnd => {
    const p = parties.get(id);
    return { id, name: p?.name ?? id, entityType: p?.entityType ?? 'Person' };
  };
  const ev = link.attributes.evidence[0];
  selectEdge(link.key, ev ? { docId: ev.doc, highlight: { start: ev.start, end: ev.end } } : undefined, {
    key: link.key,
    source: end(link.source),
    target: end(link.target),
    attributes: link.attributes,
  });
}

/** The diagram of one /api/negotiations answer. */
export function NegotiationDiagram({ data, fit = false }: { data: NegotiationsResponse; fit?: boolean }) {
  const selection = useUi((s) => s.selection);
  const layout = useMemo(() => layoutNegotiations(data.parties, data.links, data.focus?.id), [data]);
  const parties = useMemo(() => new Map(data.parties.map((p) => [p.id, p])), [data]);
  return (
    <svg
      className="neg-diagram"
      data-testid="neg-diagram"
      width={fit ? '100%' : layout.width}
      height={fit ? undefined : layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label="Negotiation chains"
    >
      <defs>
        {NEGOTIATION_TYPES.map((t) => (
          <marker
            key={t}
            id={`neg-arrow-${t}`}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: strokeOf(t) }} />
          </marker>
        ))}
      </defs>
      {layout.blocks.map((b, i) => (
        <g key={i} className="neg-block">
          <text className="neg-block-title" x={16} y={b.y + 4}>
            {clip(b.title, 120)}
          </text>
          {b.columns.map((c) => (
            <g key={c.id}>
              <rect
                className="neg-column"
                x={c.x - 10}
                y={b.y + 14}
                width={c.width + 20}
                height={b.height - 14 + NODE_H / 4}
                rx={8}
              />
              <text className="neg-column-title" x={c.x + c.width / 2} y={b.y + 38} textAnchor="middle">
                {c.name}
              </text>
            </g>
          ))}
        </g>
      ))}
      {layout.edges.map((e) => (
        <LinkArrow
          key={e.key}
          edge={e}
          selected={selection?.kind === 'edge' && selection.key === e.key}
          onOpen={() => openLink(e.link, parties)}
        />
      ))}
      {layout.nodes.map((n) => (
        <PartyBox key={n.id} node={n} selected={selection?.kind === 'node' && selection.id === n.id} />
      ))}
    </svg>
  );
}
