// HTTP errors of the API and the one mapping from any thrown value to a status and an ApiErrorBody
// (`{error: {code, message, hint?}}`); never a stack trace.
import { GraphStoreError, type GraphStoreErrorCode } from '../errors.ts';
import type { ApiErrorBody } from '../types.ts';

/** An error with its HTTP status, thrown by routes (bad input, unknown route). */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

const STATUS_OF: Record<GraphStoreErrorCode, number> = {
  NOT_FOUND: 404,
  UNAVAILABLE: 503,
  AUTH: 503,
  FORBIDDEN: 403,
  QUERY: 500,
  CONSTRAINT: 409,
  CONFIG: 500,
};

const CODE_OF_STATUS: Record<number, string> = {
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  416: 'RANGE_NOT_SATISFIABLE',
  431: 'HEADERS_TOO_LARGE',
};

/** The error code of an HTTP status (BAD_REQUEST for any 4xx without its own). */
export const codeOfStatus = (status: number): string => CODE_OF_STATUS[status] ?? 'BAD_REQUEST';

/**
 * Status and body for a thrown value. `userQuery`: the request carried the user's own Cypher, so a
 * QUERY error (syntax, timeout, unknown function) is the client's (400), not the server's (500).
 */
export function toErrorReply(err: unknown, userQuery = false): { status: number; body: ApiErrorBody } {
  const body = (code: string, message: string, hint?: string): ApiErrorBody => ({
    error: hint ? { code, message, hint } : { code, message },
  });
  if (err instanceof HttpError) return { status: err.status, body: body(err.code, err.message, err.hint) };
  if (err instanceof GraphStoreError) {
    const status = err.code === 'QUERY' && userQuery ? 400 : STATUS_OF[err.code];
    return { status, body: body(err.code, err.message, err.hint) };
  }
  // Fastify's and @fastify/static's own errors (bad JSON, body too large, wrong content type, a path
  // outside the web root) carry a 4xx statusCode.
  const e = err as { statusCode?: unknown; message?: unknown };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, body: body(codeOfStatus(e.statusCode), `graph/api: ${String(e.message)}`) };
  }
  return { status: 500, body: body('INTERNAL', 'graph/api: internal error; see the server log') };
}
