// UI state with one owner: selection, hover, filters, path mode and focus, the open readout, camera
// requests and the console drawer. Named actions below; resetUi returns to the initial state.
import { NO_FILTERS } from '../graph/filters.ts';
import type { Filters } from '../graph/filters.ts';
import { createStore, useStore } from './store.ts';

import type { NodeLabel } from '../../graph/schema.ts';
import type { EdgeAttributes } from '../../graph/types.ts';

export interface EdgeEnd {
  id: string;
  name: string;
  entityType: NodeLabel;
}

/** A relationship as the panel shows it, carried along when it is not drawn in the canvas. */
export interface EdgeInfo {
  key: string;
  source: EdgeEnd;
  target: EdgeEnd;
  attributes: EdgeAttributes;
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; key: string; info?: EdgeInfo } | null;

export interface ReaderTarget {
  docId: string;
  /** The evidence sentence to highlight and scroll to. */
  highlight?: { start: number; end: number };
}

export interface UiState {
  selection: Selection;
  hoveredNode?: string;
  filters: Filters;
  /** Set after "path to…": the next selected node becomes the path's other end. */
  pathFrom?: string;
  /** Members of a highlighted path or result; everything else is dimmed. */
  focus?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; caption: string };
  reader?: ReaderTarget;
  /** A request to centre the camera on nodes: one is centred, several are fitted (`seq` makes repeats distinct). */
  cameraTarget?: { ids: string[]; seq: number };
  consoleOpen: boolean;
  /** Issuers (names) whose documents' facts stay visible; empty means every issuer. */
  issuerFilter: string[];
  /** Show only facts stated by two or more issuers. */
  multiIssuerOnly: boolean;
  /** Documents being compared ("paired readouts"): the comparison shows when both are set. */
  compareA?: string;
  compareB?: string;
  /** What the centre shows: the graph canvas or the negotiations view (web/components/negotiations/). */
  mode: ViewMode;
  /** Negotiations view: the agreement, state or person id it is centred on (none: the whole graph). */
  negotiationsFocus?: string;
  /** ISO date: the graph and the negotiations as they stood on that day (none: everything). */
  asOf?: string;
}

export type ViewMode = 'graph' | 'negotiations';

const INITIAL: UiState = {
  selection: null,
  filters: NO_FILTERS,
  consoleOpen: false,
  issuerFilter: [],
  multiIssuerOnly: false,
  mode: 'graph',
};

export const uiStore = createStore<UiState>(INITIAL);

/** Reads a slice of the UI state. */
export const useUi = <S>(selector: (s: UiState) => S): S => useStore(uiStore, selector);

const patch = (p: Partial<UiState>): void => uiStore.set((s) => ({ ...s, ...p }));
let cameraSeq = 0;

/** Selects a node (or clears with null); closes the reader unless `keepReader`. */
export function selectNode(id: string | null, opts: { center?: boolean; keepReader?: boolean } = {}): void {
  uiStore.set((s) => ({
    ...s,
    selection: id ? { kind: 'node', id } : null,
    reader: opts.keepReader ? s.reader : undefined,
    cameraTarget: id && opts.center ? { ids: [id], seq: ++cameraSeq } : s.cameraTarget,
  }));
}

/** Selects a relationship: the panel shows its evidence and opens its first document. */
export function selectEdge(key: string, reader?: ReaderTarget, info?: EdgeInfo): void {
  patch({ selection: { kind: 'edge', key, info }, reader });
}

export const hoverNode = (id: string | undefined): void => patch({ hoveredNode: id });
/** Centres the camera on one node, or fits it around several. */
export const centerOn = (...ids: string[]): void => patch({ cameraTarget: { ids, seq: ++cameraSeq } });
export const openReader = (reader: ReaderTarget | undefined): void => patch({ reader });
export const setConsoleOpen = (consoleOpen: boolean): void => patch({ consoleOpen });
export const startPath = (from: string | undefined): void => patch({ pathFrom: from });
export const setFocus = (focus: UiState['focus']): void => patch({ focus, pathFrom: undefined });

/** Changes some filters (they only hide; nothing reloads). */
export const setFilters = (p: Partial<Filters>): void =>
  uiStore.set((s) => ({ ...s, filters: { ...s.filters, ...p } }));

/** Toggles membership of `value` in one of the set-valued filters. */
export function toggleFilter(field: 'hiddenLabels' | 'hiddenTypes' | 'states' | 'docs', value: string): void {
  uiStore.set((s) => {
    const next = new Set(s.filters[field]);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return { ...s, filters: { ...s.filters, [field]: next } };
  });
}

export const resetFilters = (): void => patch({ filters: NO_FILTERS, issuerFilter: [], multiIssuerOnly: false });

/** Adds or removes an issuer from the issuer filter. */
export const toggleIssuer = (issuer: string): void =>
  uiStore.set((s) => ({
    ...s,
    issuerFilter: s.issuerFilter.includes(issuer)
      ? s.issuerFilter.filter((i) => i !== issuer)
      : [...s.issuerFilter, issuer],
  }));
export const setMultiIssuerOnly = (multiIssuerOnly: boolean): void => patch({ multiIssuerOnly });
/** Sets the compared documents (either may stay empty while the user picks); with both, the panel shows the comparison. */
export const setCompare = (compareA: string | undefined, compareB: string | undefined): void =>
  patch(compareA && compareB ? { compareA, compareB, selection: null } : { compareA, compareB });

/** Switches the centre view; `focus` (an agreement, state or person id) centres the negotiations view. */
export const setMode = (mode: ViewMode, focus?: string | null): void =>
  uiStore.set((s) => ({
    ...s,
    mode,
    negotiationsFocus: focus === undefined ? s.negotiationsFocus : (focus ?? undefined),
  }));
/** Sets (or with undefined clears) the as-of date of both views. */
export const setAsOf = (asOf: string | undefined): void => patch({ asOf: asOf || undefined });

/** Back to the initial UI state (keeps the console drawer, the view mode, its focus and the date). */
export const resetUi = (): void =>
  uiStore.set((s) => ({
    ...INITIAL,
    consoleOpen: s.consoleOpen,
    mode: s.mode,
    negotiationsFocus: s.negotiationsFocus,
    asOf: s.asOf,
  }));
