// zod schemas of every API input (query strings, route params, JSON bodies) and `parseInput`, which
// turns a failed parse into a 400 HttpError naming each bad field.
import { z } from 'zod';

import { MAX_PARAM_DEPTH } from '../cypher-console.ts';
import { ENTITY_LABELS, FACT_TYPES } from '../schema.ts';
import { EXPORT_FORMATS, type GraphFilter } from '../types.ts';
import { HttpError } from './errors.ts';

const MAX_LIMIT = 20000;

/** A list parameter: `a,b` or repeated (`?x=a&x=b`), trimmed, empties dropped. */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(MAX_LIMIT));

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a calendar date',
    },
  );

/** A whole number in a query string: decimal digits only (`0x10`, `1e3`, ` 5` are refused, not read as numbers). */
const intParam = (min: number, max: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .regex(/^[0-9]{1,9}$/, 'expected a whole number (decimal digits)')
        .transform(Number),
    ])
    .pipe(z.number().int().min(min).max(max));

/** How deep a JSON value nests (lists and maps), counted without recursion. */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number];
    max = Math.max(max, d);
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const id = z.string().trim().min(1).max(300);

/** The GraphFilter fields of GET /api/graph and GET /api/export. */
const filterShape = {
  labels: list(z.enum(ENTITY_LABELS)).optional(),
  types: list(z.enum(FACT_TYPES)).optional(),
  states: list(z.string().max(200)).optional(),
  docs: list(z.string().max(300)).optional(),
  issuer: list(z.string().max(300)).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: intParam(1, MAX_LIMIT).optional(),
};

const fromBeforeTo = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const FROM_AFTER_TO = { message: '`from` must not be after `to`', path: ['from'] };

/** GET /api/graph on a server whose answers may hold up to `maxNodes` nodes (see ApiServerOptions.graphCap). */
export const graphQuerySchemaFor = (maxNodes: number) =>
  z
    .strictObject({ ...filterShape, limit: intParam(1, maxNodes).optional(), asOf: isoDate.optional() })
    .refine(fromBeforeTo, FROM_AFTER_TO);

/** GET /api/graph: the filter and `asOf` (the graph as it stood on that date). */
export const graphQuerySchema = graphQuerySchemaFor(MAX_LIMIT);

/** A GraphFilter in a JSON body (lists as arrays). */
const filterBody = z
  .strictObject({
    labels: z.array(z.enum(ENTITY_LABELS)).optional(),
    types: z.array(z.enum(FACT_TYPES)).optional(),
    states: z.array(z.string().max(200)).max(MAX_LIMIT).optional(),
    docs: z.array(z.string().max(300)).max(MAX_LIMIT).optional(),
    issuer: z.array(z.string().max(300)).max(MAX_LIMIT).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
  })
  .refine(fromBeforeTo, FROM_AFTER_TO);

export const idParamsSchema = z.strictObject({ id });

export const neighboursQuerySchema = z.strictObject({
  depth: intParam(1, 3).default(1),
  limit: intParam(1, MAX_LIMIT).default(500),
});

/** GET /api/entities/:id: a page of each relationship type (hubs are never sent whole). */
export const entityQuerySchema = z.strictObject({
  limit: intParam(1, 2000).default(200),
  offset: intParam(0, 1_000_000).default(0),
});

/** GET /api/documents: a page of the document list (oldest first). */
export const documentsQuerySchema = z.strictObject({
  limit: intParam(1, 20_000).default(20_000),
  offset: intParam(0, 100_000_000).default(0),
});

/** GET /api/relationships/:key/evidence: a fact by its edge key (`TYPE:from->to`), and a page of its attestations. */
export const relationshipParamsSchema = z.strictObject({ key: z.string().trim().min(1).max(700) });

export const evidenceQuerySchema = z.strictObject({
  limit: intParam(1, 500).default(50),
  offset: intParam(0, 1_000_000).default(0),
});

export const pathQuerySchema = z.strictObject({
  from: id,
  to: id,
  maxHops: intParam(1, 8).default(6),
});

export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'q must not be empty').max(200),
  limit: intParam(1, 100).default(10),
});

/** GET /api/compare: two different document ids. */
export const compareQuerySchema = z
  .strictObject({ a: id, b: id })
  .refine((q) => q.a !== q.b, { message: 'a and b must be two different documents', path: ['b'] });

export const cypherBodySchema = z.strictObject({
  query: z.string().trim().min(1, 'query must not be empty').max(20_000),
  params: z
    .record(z.string(), z.unknown())
    .refine((p) => jsonDepth(p) <= MAX_PARAM_DEPTH, `params may nest at most ${MAX_PARAM_DEPTH} levels`)
    .optional(),
});

const csvPart = z.enum(['all', 'nodes', 'edges']).default('all');

export const exportQuerySchema = z
  .strictObject({ ...filterShape, format: z.enum(EXPORT_FORMATS), part: csvPart })
  .refine(fromBeforeTo, FROM_AFTER_TO);

export const exportBodySchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS),
    part: csvPart,
    ids: z.array(id).min(1).max(MAX_LIMIT).optional(),
    query: z.string().trim().min(1).max(20_000).optional(),
    filter: filterBody.optional(),
  })
  .refine((b) => [b.ids, b.query, b.filter].filter((x) => x !== undefined).length <= 1, {
    message: 'give at most one of ids, query or filter',
  });

/** Parses `input` with `schema`; throws HttpError 400 (BAD_REQUEST) listing every issue. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  throw new HttpError(400, 'BAD_REQUEST', `graph/api: invalid ${what}: ${issues}`);
}

/** The GraphFilter of a parsed query string or body (drops the export-only fields). */
export function toFilter(q: GraphFilter & Record<string, unknown>): GraphFilter {
  const { labels, types, states, docs, issuer, from, to, limit } = q;
  return Object.fromEntries(
    Object.entries({ labels, types, states, docs, issuer, from, to, limit }).filter(([, v]) => v !== undefined),
  ) as GraphFilter;
}
