// The /api routes: each validates its input with the zod schemas of validation.ts, calls the read
// store and answers the wire types of graph/types.ts. Errors are thrown and mapped in server.ts.
import type { FastifyInstance, FastifyReply } from 'fastify';

import type { GraphConnection } from '../connection.ts';
import { runConsoleQuery } from '../cypher-console.ts';
import { toGraphStoreError } from '../errors.ts';
import { renderExport, type CsvPart } from '../formats/render.ts';
import {
  expandNeighbours,
  exportGraph,
  getDocument,
  getEntity,
  getGraph,
  getStats,
  listDocuments,
  searchEntities,
  shortestPath,
} from '../read-store.ts';
import { coalesce } from '../read-coalesce.ts';
import type { GraphCap } from '../read-common.ts';
import { readEvidence } from '../read-evidence.ts';
import { getGraphAsOf } from '../read-time.ts';
import { CONSOLE_TEMPLATES, DEFAULT_CONSOLE_QUERY } from '../queries/templates.ts';
import type { ApiGraph, ExportFormat, HealthResponse, TemplatesResponse } from '../types.ts';
import { registerCompareRoutes } from './compare-routes.ts';
import { toErrorReply } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { registerNegotiationRoutes } from './routes-negotiations.ts';
import {
  cypherBodySchema,
  documentsQuerySchema,
  exportBodySchema,
  exportQuerySchema,
  graphQuerySchema,
  graphQuerySchemaFor,
  entityQuerySchema,
  evidenceQuerySchema,
  idParamsSchema,
  neighboursQuerySchema,
  parseInput,
  pathQuerySchema,
  relationshipParamsSchema,
  searchQuerySchema,
  toFilter,
} from './validation.ts';

/** Console limits of POST /api/cypher. */
export const CONSOLE_TIMEOUT_MS = 15_000;
export const CONSOLE_ROW_LIMIT = 1000;

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by routes that run the user's own Cypher: a QUERY error is then a 400. */
    userQuery?: boolean;
  }
}

function sendExport(reply: FastifyReply, graph: ApiGraph, format: ExportFormat, part: CsvPart) {
  const file = renderExport(graph, format, part);
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('x-readout-graph-truncated', String(graph.truncated))
    .send(file.body);
}

/** Registers every /api route on `app`, reading from `conn`. */
export function registerRoutes(app: FastifyInstance, conn: GraphConnection, graphCap?: GraphCap): void {
  app.get('/api/health', async (_req, reply) => {
    try {
      const info = await conn.driver.getServerInfo({ database: conn.database });
      const body: HealthResponse = { ok: true, uri: conn.uri, serverVersion: info.agent ?? conn.serverVersion };
      if (conn.database) body.database = conn.database;
      return body;
    } catch (err) {
      // Both shapes in one body: HealthResponse (`ok: false`) and ApiErrorBody (code, message, hint).
      const { body } = toErrorReply(toGraphStoreError(err, 'graph/api: health'));
      return reply.code(503).send({ ok: false, uri: conn.uri, ...body });
    }
  });

  // The overview and the stats are what every explorer asks first: identical ones in flight share one query.
  app.get('/api/stats', () => coalesce(`${conn.uri}|stats`, () => getStats(conn)));

  const openApi = openApiDocument();
  app.get('/api/openapi.json', () => openApi);

  app.get('/api/templates', (): TemplatesResponse => ({
    templates: [...CONSOLE_TEMPLATES],
    defaultQuery: DEFAULT_CONSOLE_QUERY,
  }));

  const graphQuery = graphCap ? graphQuerySchemaFor(graphCap.nodes) : graphQuerySchema;
  app.get('/api/graph', (req) => {
    const q = parseInput(graphQuery, req.query, 'graph filter');
    const filter = toFilter(q);
    const asOf = q.asOf;
    return asOf
      ? coalesce(`${conn.uri}|graph|${asOf}|${JSON.stringify(filter)}`, () => getGraphAsOf(conn, filter, asOf))
      : coalesce(`${conn.uri}|graph|${JSON.stringify(filter)}`, () => getGraph(conn, filter, graphCap));
  });

  app.get('/api/entities/:id', (req) => {
    const { id } = parseInput(idParamsSchema, req.params, 'entity id');
    const { limit, offset } = parseInput(entityQuerySchema, req.query, 'entity query');
    return getEntity(conn, id, { limit, offset });
  });

  app.get('/api/entities/:id/neighbours', (req) => {
    const { id } = parseInput(idParamsSchema, req.params, 'entity id');
    const { depth, limit } = parseInput(neighboursQuerySchema, req.query, 'neighbours query');
    return expandNeighbours(conn, id, depth, limit);
  });

  app.get('/api/relationships/:key/evidence', (req) => {
    const { key } = parseInput(relationshipParamsSchema, req.params, 'relationship key');
    const { limit, offset } = parseInput(evidenceQuerySchema, req.query, 'evidence query');
    return readEvidence(conn, key, offset, limit);
  });

  app.get('/api/path', (req) => {
    const { from, to, maxHops } = parseInput(pathQuerySchema, req.query, 'path query');
    return shortestPath(conn, from, to, maxHops);
  });

  app.get('/api/search', (req) => {
    const { q, limit } = parseInput(searchQuerySchema, req.query, 'search query');
    return searchEntities(conn, q, limit);
  });

  app.get('/api/documents', (req) =>
    listDocuments(conn, parseInput(documentsQuerySchema, req.query, 'documents query')),
  );

  app.get('/api/documents/:id', (req) => {
    const { id } = parseInput(idParamsSchema, req.params, 'document id');
    return getDocument(conn, id);
  });

  registerCompareRoutes(app, conn);

  app.post('/api/cypher', (req) => {
    const { query, params } = parseInput(cypherBodySchema, req.body, 'console request');
    req.userQuery = true;
    return runConsoleQuery(conn, query, params ?? {}, { timeoutMs: CONSOLE_TIMEOUT_MS, rowLimit: CONSOLE_ROW_LIMIT });
  });

  app.get('/api/export', async (req, reply) => {
    const q = parseInput(exportQuerySchema, req.query, 'export query');
    return sendExport(reply, await exportGraph(conn, { filter: toFilter(q) }), q.format, q.part);
  });

  app.post('/api/export', async (req, reply) => {
    const b = parseInput(exportBodySchema, req.body, 'export request');
    if (b.query !== undefined) req.userQuery = true;
    const graph = await exportGraph(conn, {
      ids: b.ids,
      query: b.query,
      filter: b.filter ? toFilter(b.filter) : undefined,
    });
    return sendExport(reply, graph, b.format, b.part);
  });

  registerNegotiationRoutes(app, conn);
}
