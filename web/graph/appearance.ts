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
 * nodes, so they are also drawn lighter (see `edgeColor`).
 */
export const RELATION_COLORS: Record<RelationType, string> = {
  HOLDS_OFFICE: '#332288',
  OFFICE_OF: '#88CCEE',
  PARTICIPATED_IN: '#44AA99',
  PART_OF: '#117733',
  NEGOTIATES: '#999933',
  NEGOTIATES_FOR: '#DDCC77',
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

/**
 * The canvas colour of an edge: its type's colour, lightened so nodes stay in front; a fact that fewer than
 * two issuers state (`issuers` known and below 2) is lighter still, one stated by several issuers stronger.
 */
export const edgeColor = (type: string, issuers?: number): string =>
  lighten(relationColor(type), issuers === undefined ? 0.45 : issuers >= 2 ? 0.2 : 0.6);

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
