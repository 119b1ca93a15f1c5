// The API described as OpenAPI 3.1, generated from the zod schemas of validation.ts (z.toJSONSchema), served
// at GET /api/openapi.json and used by the fuzz test. A new route adds its line to API_ROUTES.
import { z } from 'zod';

import {
  compareQuerySchema,
  cypherBodySchema,
  documentsQuerySchema,
  exportBodySchema,
  evidenceQuerySchema,
  exportQuerySchema,
  graphQuerySchema,
  idParamsSchema,
  neighboursQuerySchema,
  pathQuerySchema,
  relationshipParamsSchema,
  searchQuerySchema,
} from './validation.ts';
import { holdersQuerySchema, negotiationsQuerySchema } from './validation-negotiations.ts';

export interface ApiRoute {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Media type of a successful answer (default application/json). */
  produces?: string;
}

export const API_ROUTES: readonly ApiRoute[] = [
  { method: 'get', path: '/api/health', summary: 'Whether Neo4j answers, and which' },
  { method: 'get', path: '/api/stats', summary: 'Counts by label and type, states, date range, data version' },
  { method: 'get', path: '/api/templates', summary: 'Ready-made console queries' },
  { method: 'get', path: '/api/graph', summary: 'The graph, filtered', query: graphQuerySchema },
  { method: 'get', path: '/api/entities/{id}', summary: 'One entity and its facts', params: idParamsSchema },
  {
    method: 'get',
    path: '/api/entities/{id}/neighbours',
    summary: 'The neighbourhood of an entity',
    params: idParamsSchema,
    query: neighboursQuerySchema,
  },
  {
    method: 'get',
    path: '/api/relationships/{key}/evidence',
    summary: 'A page of the sentences that attest a fact, one per document',
    params: relationshipParamsSchema,
    query: evidenceQuerySchema,
  },
  { method: 'get', path: '/api/path', summary: 'A shortest path between two entities', query: pathQuerySchema },
  { method: 'get', path: '/api/search', summary: 'Entities by name or alias', query: searchQuerySchema },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'The imported readouts, oldest first, a page at a time',
    query: documentsQuerySchema,
  },
  { method: 'get', path: '/api/documents/{id}', summary: 'One readout with its mentions', params: idParamsSchema },
  {
    method: 'get',
    path: '/api/compare',
    summary: 'Facts two readouts both state, and those only one states',
    query: compareQuerySchema,
  },
  {
    method: 'get',
    path: '/api/negotiations',
    summary: 'Who negotiates for whom, with whom, towards which agreement',
    query: negotiationsQuerySchema,
  },
  {
    method: 'get',
    path: '/api/offices/{id}/holders',
    summary: 'Who held an office, and when',
    params: idParamsSchema,
    query: holdersQuerySchema,
  },
  { method: 'post', path: '/api/cypher', summary: 'A read-only Cypher query (the console)', body: cypherBodySchema },
  {
    method: 'get',
    path: '/api/export',
    summary: 'The filtered graph as a file',
    query: exportQuerySchema,
    produces: 'application/octet-stream',
  },
  {
    method: 'post',
    path: '/api/export',
    summary: 'Chosen nodes, a query or a filter as a file',
    body: exportBodySchema,
    produces: 'application/octet-stream',
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document' },
];

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of what a client sends (`io: 'input'`): defaults optional, transforms as their input. */
const inputSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string' } },
    },
  },
};

/** OpenAPI parameters (query or path) from an object schema's properties. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const json = inputSchema(schema);
  const props = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

function operation(route: ApiRoute): JsonSchema {
  const error = {
    description: 'Error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  return {
    summary: route.summary,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: inputSchema(route.body) } } } }
      : {}),
    responses: {
      '200': { description: 'OK', content: { [route.produces ?? 'application/json']: {} } },
      '4XX': error,
      '5XX': error,
    },
  };
}

/** The OpenAPI 3.1 document of API_ROUTES. */
export function openApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of API_ROUTES) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Readout Graph API',
      version: '0.1.0',
      description: 'Every error answers `{error: {code, message, hint?}}`. Same-origin only: no CORS headers.',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Only when the server has a token' } },
    },
  };
}
