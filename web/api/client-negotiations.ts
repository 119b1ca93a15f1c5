// Typed client of the negotiations and time routes (see client.ts for the error handling).
import type { ApiGraph, NegotiationsResponse, OfficeHoldersResponse } from '../../graph/types.ts';
import { getJson } from './client.ts';

/** The query parameter that takes a focus id: agreements, people, and states or organisations. */
export function focusParam(id: string): 'agreement' | 'person' | 'state' {
  if (id.startsWith('agreement:')) return 'agreement';
  if (id.startsWith('person:')) return 'person';
  return 'state';
}

/** Query string of GET /api/negotiations. */
export function negotiationsQuery(focus?: string, asOf?: string): string {
  const q = new URLSearchParams();
  if (focus) q.set(focusParam(focus), focus);
  if (asOf) q.set('asOf', asOf);
  return q.toString();
}

/** GET /api/negotiations: the chains for the whole graph or around `focus`, as of `asOf`. */
export const getNegotiations = (focus?: string, asOf?: string): Promise<NegotiationsResponse> => {
  const q = negotiationsQuery(focus, asOf);
  return getJson(q ? `/negotiations?${q}` : '/negotiations');
};

/** GET /api/offices/:id/holders, with the holders on `date` when given. */
export const getOfficeHolders = (id: string, date?: string): Promise<OfficeHoldersResponse> =>
  getJson(`/offices/${encodeURIComponent(id)}/holders${date ? `?date=${date}` : ''}`);

/** GET /api/graph?asOf=: the graph as it stood on that date. */
export const getGraphAsOf = (asOf: string, limit: number): Promise<ApiGraph> =>
  getJson(`/graph?asOf=${asOf}&limit=${limit}`);
