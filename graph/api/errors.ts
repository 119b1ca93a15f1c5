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
  // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode.
  const e = err as { statusCode?: unknown; message?: unknown };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, body: body('BAD_REQUEST', `graph/api: ${String(e.message)}`) };
  }
  return { status: 500, body: body('INTERNAL', 'graph/api: internal error; see the server log') };
}
