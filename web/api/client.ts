// Typed HTTP client of the Readout Graph API: one function per endpoint. Every failure becomes an
// ApiError carrying the status, the API's error code, its message and (when given) a hint.
import type {
  ApiErrorBody,
  ApiGraph,
  CompareResponse,
  CypherResponse,
  DocumentDetail,
  DocumentSummary,
  EntityDetail,
  EvidencePage,
  ExportFormat,
  GraphFilter,
  HealthResponse,
  SearchHit,
  StatsResponse,
  TemplatesResponse,
} from '../../graph/types.ts';

/** A failed API call: `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const BASE = '/api';

function isErrorBody(x: unknown): x is ApiErrorBody {
  return typeof x === 'object' && x !== null && 'error' in x && typeof (x as ApiErrorBody).error?.message === 'string';
}

async function request(path: string, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(BASE + path, init);
  } catch (cause) {
    throw new ApiError(
      0,
      'UNREACHABLE',
      'web/api: the Readout Graph API did not answer.',
      'Start it with `npx kg start` (or `npx kg serve`).',
      { cause },
    );
  }
  if (res.ok) return res;
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) throw new ApiError(res.status, body.error.code, body.error.message, body.error.hint);
  throw new ApiError(
    res.status,
    `HTTP_${res.status}`,
    `web/api: ${init?.method ?? 'GET'} ${path} failed with ${res.status} ${res.statusText}`,
  );
}

/** GET `path` (under /api) as JSON. */
export async function getJson<T>(path: string): Promise<T> {
  return (await (await request(path)).json()) as T;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

/** GET /api/templates: ready-made console queries. */
export const fetchTemplates = (): Promise<TemplatesResponse> => getJson<TemplatesResponse>('/templates');

/** Query string of a GraphFilter (lists comma-separated, empty fields left out). */
export function filterQuery(filter: GraphFilter = {}): string {
  const q = new URLSearchParams();
  if (filter.labels?.length) q.set('labels', filter.labels.join(','));
  if (filter.types?.length) q.set('types', filter.types.join(','));
  if (filter.states?.length) q.set('states', filter.states.join(','));
  if (filter.docs?.length) q.set('docs', filter.docs.join(','));
  if (filter.issuer?.length) q.set('issuer', filter.issuer.join(','));
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  if (filter.limit !== undefined) q.set('limit', String(filter.limit));
  return q.toString();
}

const withQuery = (path: string, query: string): string => (query ? `${path}?${query}` : path);
const enc = encodeURIComponent;

/** GET /api/health: throws ApiError (503, with a hint) when Neo4j is down. */
export const getHealth = (): Promise<HealthResponse> => getJson('/health');
/** GET /api/stats: counts per label and type, states, the documents' date range and the data version. */
export const getStats = (): Promise<StatsResponse> => getJson('/stats');
/** GET /api/graph with an optional filter. */
export const getGraph = (filter?: GraphFilter): Promise<ApiGraph> => getJson(withQuery('/graph', filterQuery(filter)));
/** GET /api/entities/:id: the node, its relationships grouped by type and its documents. */
export const getEntity = (id: string): Promise<EntityDetail> => getJson(`/entities/${enc(id)}`);
/** GET /api/entities/:id/neighbours. */
export const getNeighbours = (id: string, depth = 1): Promise<ApiGraph> =>
  getJson(`/entities/${enc(id)}/neighbours?depth=${depth}`);
/** GET /api/relationships/:key/evidence: a page of the sentences attesting a fact (edge key). */
export const getEvidence = (key: string, offset = 0, limit = 50): Promise<EvidencePage> =>
  getJson(`/relationships/${enc(key)}/evidence?offset=${offset}&limit=${limit}`);
/** GET /api/path: a shortest path; ApiError 404 when the two are not connected. */
export const getPath = (from: string, to: string): Promise<ApiGraph> =>
  getJson(`/path?from=${enc(from)}&to=${enc(to)}`);
/** GET /api/search over names and aliases. */
export const searchEntities = (q: string, limit = 10): Promise<SearchHit[]> =>
  getJson(`/search?q=${enc(q)}&limit=${limit}`);
/** GET /api/documents: a page of document summaries, oldest first. */
export const getDocuments = (limit: number, offset = 0): Promise<DocumentSummary[]> =>
  getJson(`/documents?limit=${limit}&offset=${offset}`);

/** Every document's summary, `pageSize` at a time (the explorer filters by their dates and issuers). */
export async function getAllDocuments(pageSize = 5000): Promise<DocumentSummary[]> {
  const all: DocumentSummary[] = [];
  for (;;) {
    const page = await getDocuments(pageSize, all.length);
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}
/** GET /api/documents/:id: the text and its mention spans. */
export const getDocument = (id: string): Promise<DocumentDetail> => getJson(`/documents/${enc(id)}`);
/** GET /api/compare: the facts two documents both state, only the first and only the second states. */
export const getCompare = (a: string, b: string): Promise<CompareResponse> =>
  getJson(`/compare?a=${enc(a)}&b=${enc(b)}`);
/** POST /api/cypher (read-only; 403 for writes). */
export const runCypher = (query: string, params?: Record<string, unknown>): Promise<CypherResponse> =>
  postJson('/cypher', { query, params });

export interface ExportFile {
  blob: Blob;
  filename: string;
}

/** POST /api/export: the given node ids (or a query) as a file in `format`. */
export async function exportGraph(format: ExportFormat, body: { ids?: string[]; query?: string }): Promise<ExportFile> {
  const res = await request('/export', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, ...body }),
  });
  const disposition = res.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const filename = match?.[1] ? decodeURIComponent(match[1]) : `readout-graph.${format === 'csv' ? 'zip' : format}`;
  return { blob: await res.blob(), filename };
}
