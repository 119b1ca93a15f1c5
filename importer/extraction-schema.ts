// A zod schema of ONTOLOGY.md "Extraction output" (what `kg extract` prints and the writer consumes), with the
// cross-field checks zod cannot express per field: unique ids, relation ends among the entities, allowed endpoints.
import { z } from 'zod';

import { ENTITY_LABELS, FACT_TYPES, isAllowedRelation } from '../graph/schema.ts';
import type { EntityLabel, FactType } from '../graph/schema.ts';
import type { Extraction } from '../graph/types.ts';

const evidenceSchema = z
  .object({
    sentence: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((e) => e.end >= e.start, { message: 'end must not be before start', path: ['end'] });

const entitySchema = z.looseObject({
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, 'an id is "<label>:<slug>"'),
  type: z.enum(ENTITY_LABELS),
  name: z.string().trim().min(1),
  aliases: z.array(z.string()),
  title: z.string().optional(),
  state: z.string().optional(),
  iso2: z.string().optional(),
  iso3: z.string().optional(),
  kind: z.string().optional(),
  date: z.string().optional(),
  place: z.string().optional(),
  status: z.string().optional(),
  year: z.number().int().optional(),
  rules: z.array(z.string()).optional(),
});

const relationSchema = z.looseObject({
  type: z.enum(FACT_TYPES),
  from: z.string().min(1),
  to: z.string().min(1),
  evidence: evidenceSchema,
  former: z.boolean().optional(),
  rule: z.string().optional(),
});

/** The Extraction shape, checked field by field and across fields (ids, relation ends and endpoint types). */
export const extractionSchema = z
  .looseObject({
    document: z.looseObject({
      file: z.string().min(1),
      title: z.string(),
      date: z.string().optional(),
      sha256: z.string().min(1),
      source: z.string().optional(),
      issuer: z.string().optional(),
      url: z.string().optional(),
    }),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
  })
  .superRefine((x, ctx) => {
    const types = new Map<string, EntityLabel>();
    x.entities.forEach((e, i) => {
      if (types.has(e.id))
        ctx.addIssue({ code: 'custom', message: `duplicate entity id "${e.id}"`, path: ['entities', i, 'id'] });
      if (!e.id.startsWith(`${e.type.toLowerCase()}:`))
        ctx.addIssue({
          code: 'custom',
          message: `id "${e.id}" does not match type ${e.type}`,
          path: ['entities', i, 'id'],
        });
      types.set(e.id, e.type);
    });
    x.relations.forEach((r, i) => {
      const from = types.get(r.from);
      const to = types.get(r.to);
      if (!from)
        ctx.addIssue({
          code: 'custom',
          message: `"${r.from}" is not an entity id of this extraction`,
          path: ['relations', i, 'from'],
        });
      if (!to)
        ctx.addIssue({
          code: 'custom',
          message: `"${r.to}" is not an entity id of this extraction`,
          path: ['relations', i, 'to'],
        });
      if (from && to && !isAllowedRelation(r.type as FactType, from, to))
        ctx.addIssue({
          code: 'custom',
          message: `${r.type} may not link ${from} to ${to}`,
          path: ['relations', i, 'type'],
        });
    });
  });

/** Formats a zod path as `relations[3].evidence.start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') ||
    '(root)'
  );
}

/** One line per issue: `path: message`; at most `max` issues, then a count of the rest. */
export function describeIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more issue(s)`);
  return lines.join('; ');
}

/** Thrown by validateExtraction; `path` is the first bad field (`relations[3].to`). */
export class ExtractionValidationError extends Error {
  override name = 'ExtractionValidationError';
  readonly path: string;
  constructor(readonly zodError: z.ZodError) {
    super(`invalid extraction: ${describeIssues(zodError)}`);
    this.path = formatPath(zodError.issues[0]?.path ?? []);
  }
}

/**
 * Checks that `x` is a valid Extraction (ONTOLOGY "Extraction output") and returns it typed.
 * @throws ExtractionValidationError naming the bad field path, e.g. `relations[0].to: "x" is not an entity id …`
 */
export function validateExtraction(x: unknown): Extraction {
  const r = extractionSchema.safeParse(x);
  if (!r.success) throw new ExtractionValidationError(r.error);
  return r.data as Extraction;
}
