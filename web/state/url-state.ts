// The view in the URL, so that a reloaded or shared link shows the same view: one table of fields,
// each a query parameter, a place in the UI state and a codec. Adding a field is one line in
// URL_FIELDS (uiField for a plain field of UiState, filterField for one of its filters). The camera
// (`cam=x,y,ratio`) and the data version (`v`, see /api/stats) travel beside them.
import type { Filters } from '../graph/filters.ts';
import type { Selection, UiState } from './ui-store.ts';

/** Text ⇄ value; `enc` gives undefined for the default (left out of the URL), `dec` for a bad value. */
export interface Codec<T> {
  enc(value: T): string | undefined;
  dec(text: string): T | undefined;
}

export const text: Codec<string | undefined> = {
  enc: (v) => v || undefined,
  dec: (s) => s || undefined,
};

export const flag: Codec<boolean | undefined> = {
  enc: (v) => (v ? '1' : undefined),
  dec: (s) => (s === '1' ? true : s === '0' ? false : undefined),
};

// Ids in a comma-separated list: `%` and `,` inside an id are escaped.
const escapeId = (id: string): string => id.replace(/%/g, '%25').replace(/,/g, '%2C');
const unescapeId = (s: string): string => s.replace(/%2C/gi, ',').replace(/%25/g, '%');
const splitIds = (s: string): string[] => s.split(',').filter(Boolean).map(unescapeId);

/** A set of ids, comma-separated. */
export const idSet: Codec<ReadonlySet<string>> = {
  enc: (v) => (v.size ? [...v].map(escapeId).join(',') : undefined),
  dec: (s) => new Set(splitIds(s)),
};

/** A list of ids, in order. */
export const idList: Codec<string[] | undefined> = {
  enc: (v) => (v?.length ? v.map(escapeId).join(',') : undefined),
  dec: (s) => splitIds(s),
};

/** One of `values`; the first is the default (left out of the URL). */
export function choice<T extends string>(values: readonly [T, ...T[]]): Codec<T> {
  return {
    enc: (v) => (v === values[0] ? undefined : v),
    dec: (s) => values.find((v) => v === s),
  };
}

/** The selection: `n:<node id>` or `e:<edge key>`. */
export const selection: Codec<Selection> = {
  enc: (v) => (v?.kind === 'node' ? `n:${v.id}` : v?.kind === 'edge' ? `e:${v.key}` : undefined),
  dec: (s) =>
    s.startsWith('n:') && s.length > 2
      ? { kind: 'node', id: s.slice(2) }
      : s.startsWith('e:') && s.length > 2
        ? { kind: 'edge', key: s.slice(2) }
        : undefined,
};

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** The camera as `x,y,ratio` (4 decimals); the initial camera (0.5, 0.5, 1) is left out. */
export const camera: Codec<CameraView | undefined> = {
  enc: (v) => {
    const [x, y, ratio] = v ? [v.x, v.y, v.ratio].map((n) => Number(n.toFixed(4))) : [];
    if (x === undefined || (x === 0.5 && y === 0.5 && ratio === 1)) return undefined;
    return `${x},${y},${ratio}`;
  },
  dec: (s) => {
    const [x, y, ratio] = s.split(',').map(Number);
    return [x, y, ratio].every((n) => Number.isFinite(n)) && ratio! > 0 ? { x: x!, y: y!, ratio: ratio! } : undefined;
  },
};

/** What the URL carries: UI fields, filters, camera and data version. */
export interface UrlView {
  ui: Partial<UiState>;
  filters: Partial<Filters>;
  camera?: CameraView;
  dataVersion?: string;
  /** Nodes the whole-graph load asks for (`n`), when not the default. */
  nodeLimit?: number;
}

/** The state a URL is written from. */
export interface ViewSource {
  ui: UiState;
  camera?: CameraView;
  dataVersion?: string;
  /** Left out of the URL when undefined (the default load). */
  nodeLimit?: number;
}

interface Field {
  param: string;
  read(s: ViewSource): string | undefined;
  write(text: string, into: UrlView): void;
}

/** A plain field of UiState. */
export function uiField<K extends keyof UiState>(param: string, key: K, codec: Codec<UiState[K]>): Field {
  return {
    param,
    read: (s) => codec.enc(s.ui[key]),
    write: (t, into) => {
      const v = codec.dec(t);
      if (v !== undefined) into.ui[key] = v;
    },
  };
}

/** A field of UiState's filters. */
export function filterField<K extends keyof Filters>(param: string, key: K, codec: Codec<Filters[K]>): Field {
  return {
    param,
    read: (s) => codec.enc(s.ui.filters[key]),
    write: (t, into) => {
      const v = codec.dec(t);
      if (v !== undefined) into.filters[key] = v;
    },
  };
}

/** Every field of the URL, in the order they are written. */
export const URL_FIELDS: readonly Field[] = [
  uiField('sel', 'selection', selection),
  filterField('ov', 'overview', flag),
  filterField('hl', 'hiddenLabels', idSet),
  filterField('ht', 'hiddenTypes', idSet),
  filterField('unc', 'showUnconnected', flag),
  filterField('st', 'states', idSet),
  filterField('dc', 'docs', idSet),
  filterField('from', 'from', text),
  filterField('to', 'to', text),
  uiField('console', 'consoleOpen', flag as Codec<boolean>),
  uiField('mode', 'mode', choice(['graph', 'negotiations'])),
  uiField('nf', 'negotiationsFocus', text),
  uiField('asof', 'asOf', text),
  uiField('iss', 'issuerFilter', idList as Codec<string[]>),
  uiField('multi', 'multiIssuerOnly', flag as Codec<boolean>),
  uiField('ca', 'compareA', text),
  uiField('cb', 'compareB', text),
  {
    param: 'cam',
    read: (s) => camera.enc(s.camera),
    write: (t, into) => void (into.camera = camera.dec(t)),
  },
  {
    param: 'v',
    read: (s) => text.enc(s.dataVersion),
    write: (t, into) => void (into.dataVersion = text.dec(t)),
  },
  {
    param: 'n',
    read: (s) => (s.nodeLimit ? String(s.nodeLimit) : undefined),
    write: (t, into) => void (into.nodeLimit = /^[1-9][0-9]{0,8}$/.test(t) ? Number(t) : undefined),
  },
];

/** Parameters that are no view of their own: the data version and the load size. */
const NOT_A_VIEW = new Set(['v', 'n']);

/** The query string of a view (without `?`); empty for the default view. */
export function encodeView(source: ViewSource): string {
  const q = new URLSearchParams();
  for (const f of URL_FIELDS) {
    const v = f.read(source);
    if (v !== undefined) q.set(f.param, v);
  }
  return q.toString();
}

/** The view a query string holds; unknown parameters and bad values are ignored. */
export function decodeView(search: string): UrlView {
  const q = new URLSearchParams(search);
  const into: UrlView = { ui: {}, filters: {} };
  for (const f of URL_FIELDS) {
    const t = q.get(f.param);
    if (t !== null) f.write(t, into);
  }
  return into;
}

/** True when the query string holds any view field (the data version and load size alone are no view). */
export const hasView = (search: string): boolean =>
  URL_FIELDS.some((f) => !NOT_A_VIEW.has(f.param) && new URLSearchParams(search).has(f.param));
