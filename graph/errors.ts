// Errors of the Neo4j side: one root class with a code, driver errors mapped once, the cause kept.

export type GraphStoreErrorCode =
  'UNAVAILABLE' | 'AUTH' | 'CONSTRAINT' | 'QUERY' | 'NOT_FOUND' | 'CONFIG' | 'FORBIDDEN';

export class GraphStoreError extends Error {
  override name = 'GraphStoreError';
  constructor(
    readonly code: GraphStoreErrorCode,
    message: string,
    options?: { cause?: unknown; hint?: string },
  ) {
    super(message, { cause: options?.cause });
    this.hint = options?.hint;
  }
  readonly hint: string | undefined;
}

const HOW_TO_GET_NEO4J =
  'Start one with `npm run neo4j` (embedded, needs Java 17 and Maven) or `docker compose up -d neo4j`, ' +
  'or point NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) at your own server or Aura.';

/** Maps a neo4j-driver error (or anything thrown near it) to a GraphStoreError with an actionable message. */
export function toGraphStoreError(err: unknown, context = 'graph'): GraphStoreError {
  if (err instanceof GraphStoreError) return err;
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  const msg = e?.message ?? String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(msg)) {
    return new GraphStoreError('UNAVAILABLE', `${context}: Neo4j is unreachable (${msg})`, {
      cause: err,
      hint: HOW_TO_GET_NEO4J,
    });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    const forbidden = /Forbidden|write|Writing in read access mode/i.test(code + msg) && !/Unauthorized/.test(code);
    return new GraphStoreError(forbidden ? 'FORBIDDEN' : 'AUTH', `${context}: ${msg}`, {
      cause: err,
      hint: forbidden ? 'The console runs queries read-only.' : 'Check NEO4J_USER and NEO4J_PASSWORD.',
    });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    // A write sent in a READ session or transaction ("Writing in read access mode not allowed").
    return new GraphStoreError('FORBIDDEN', `${context}: ${msg}`, {
      cause: err,
      hint: 'The console runs queries read-only.',
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphStoreError('CONSTRAINT', `${context}: ${msg}`, { cause: err });
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new GraphStoreError('QUERY', `${context}: ${msg}`, { cause: err });
  }
  return new GraphStoreError('QUERY', `${context}: ${msg}`, { cause: err });
}

export { HOW_TO_GET_NEO4J };
