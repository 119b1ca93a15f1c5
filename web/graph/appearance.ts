// The look of the graph, shared by canvas, legend, badges and text highlights: one colour per
// label (Okabe-Ito, safe for colour-blind readers), one per relationship type, size by degree.
import type { NodeLabel, RelationType } from '../../graph/schema.ts';

/** Okabe-Ito colours per node label; the same value is used everywhere a label is shown. */
export const LABEL_COLORS: Record<NodeLabel, string> = {
  Person: '#0072B2',
  Office: '#56B4E9',
  State: '#009E73',
  Organization: '#CC79A7',
  Event: '#E69F00',
  Agreement: '#D55E00',
  Document: '#7A7A7A',
};

/** Display order of labels in the legend and filters. */
export const LABEL_ORDER: readonly NodeLabel[] = [
  'Person',
  'Office',
  'State',
  'Organization',
  'Event',
  'Agreement',
  'Document',
];

/**
 * Relationship colours: Paul Tol's muted scheme (colour-blind safe) plus greys; edges sit behind the
 * nodes, so they are also drawn lighter (see `edgeColor`). The negotiation relationships, what the
 * analyst looks for first, are dark and apart (crimson and petrol blue differ for every colour
 * vision) and drawn at full strength.
 */
export const RELATION_COLORS: Record<RelationType, string> = {
  HOLDS_OFFICE: '#332288',
  OFFICE_OF: '#88CCEE',
  PARTICIPATED_IN: '#44AA99',
  PART_OF: '#117733',
  NEGOTIATES: '#0F5A7A',
  NEGOTIATES_FOR: '#B2182B',
  REPORTS_TO: '#CC6677',
  PARTY_TO: '#882255',
  BASED_ON: '#AA4499',
  REACHED_AT: '#6F6F6F',
  DISCUSSED: '#A0A0A0',
  INVOLVES: '#4B4B4B',
  MENTIONS: '#C8C8C8',
};

export const RELATION_ORDER = Object.keys(RELATION_COLORS) as RelationType[];

const FALLBACK = '#888888';

/** Colour of a node label (grey for an unknown label). */
export const labelColor = (label: string): string => LABEL_COLORS[label as NodeLabel] ?? FALLBACK;

/** Colour of a relationship type (grey for an unknown type). */
export const relationColor = (type: string): string => RELATION_COLORS[type as RelationType] ?? FALLBACK;

/** Mixes a hex colour with white: `amount` 0 keeps it, 1 gives white. */
export function lighten(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix) as [number, number, number];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** Relationship types drawn at full colour and a little thicker: who negotiates, and for whom. */
export const KEY_RELATIONS: ReadonlySet<string> = new Set<RelationType>(['NEGOTIATES', 'NEGOTIATES_FOR']);

/**
 * The canvas colour of an edge: its type's colour, lightened so nodes stay in front (the key relations
 * keep their full colour); a fact that fewer than two issuers state (`issuers` known and below 2) is
 * lighter, one stated by several issuers stronger.
 */
export function edgeColor(type: string, issuers?: number): string {
  const single = issuers !== undefined && issuers < 2;
  if (KEY_RELATIONS.has(type)) return single ? lighten(relationColor(type), 0.3) : relationColor(type);
  return lighten(relationColor(type), issuers === undefined ? 0.3 : single ? 0.55 : 0.15);
}

/** WCAG contrast ratio of a colour against white (1 to 21). */
export function contrastOnWhite(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** Colours of a comparison of two readouts (Okabe-Ito): facts both state, only the first, only the second. */
export const COMPARE_COLORS = { both: '#7B3294', onlyA: '#0072B2', onlyB: '#D55E00' } as const;

/** Node size from degree: grows with the square root, bounded so hubs do not swallow the view. */
export function nodeSize(degree: number): number {
  return Math.min(22, 4 + 2.2 * Math.sqrt(Math.max(0, degree)));
}

/** A relationship type for people: `HOLDS_OFFICE` → `holds office`. */
export const humanizeRelation = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

/** Dimmed colour used by the hover and path reducers for everything not in focus. */
export const DIM_NODE = '#E4E6EA';
export const DIM_EDGE = '#EEF0F3';
