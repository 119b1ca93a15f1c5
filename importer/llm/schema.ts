// The JSON the model is asked for (entities by name, relations by name with a verbatim evidence quote), as a
// zod schema. Lenient about letter case and missing optional parts; strict about labels and relation types.
import { z } from 'zod';

import { ENTITY_LABELS, FACT_TYPES } from '../../graph/schema.ts';
import { describeIssues } from '../extraction-schema.ts';

/** Maps `person`, `ORGANISATION` and the like onto the ontology's spelling; other strings pass unchanged. */
function caseless<T extends string>(values: readonly T[], alias: Record<string, T> = {}) {
  return (v: unknown) => {
    if (typeof v !== 'string') return v;
    const k = v
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    return values.find((x) => x.toLowerCase() === k) ?? alias[k] ?? v;
  };
}

const entityType = z.preprocess(caseless(ENTITY_LABELS, { organisation: 'Organization' }), z.enum(ENTITY_LABELS));
const relationType = z.preprocess(caseless(FACT_TYPES), z.enum(FACT_TYPES));
const optionalText = z
  .string()
  .nullish()
  .transform((s) => (s?.trim() ? s.trim() : undefined));

export const llmEntitySchema = z.object({
  type: entityType,
  name: z.string().trim().min(1, 'a name is required'),
  aliases: z
    .array(z.string())
    .nullish()
    .transform((a) => (a ?? []).map((s) => s.trim()).filter(Boolean)),
  kind: optionalText,
  date: optionalText,
  place: optionalText,
  status: optionalText,
  year: z
    .number()
    .int()
    .nullish()
    .transform((y) => y ?? undefined),
});

export const llmRelationSchema = z.object({
  type: relationType,
  from: z.string().trim().min(1, 'the name of the source entity is required'),
  to: z.string().trim().min(1, 'the name of the target entity is required'),
  evidence: optionalText,
  former: z
    .boolean()
    .nullish()
    .transform((b) => b ?? undefined),
});

/** The model's reply for one chunk of a document. */
export const llmReplySchema = z.object({
  entities: z.array(llmEntitySchema),
  relations: z.array(llmRelationSchema).default([]),
});

export type LlmEntity = z.infer<typeof llmEntitySchema>;
export type LlmRelation = z.infer<typeof llmRelationSchema>;
export type LlmReply = z.infer<typeof llmReplySchema>;

/** The result of reading one reply: the validated object, or what is wrong with it (for the repair message). */
export type ParsedReply = { ok: true; reply: LlmReply } | { ok: false; problem: string };

/**
 * Reads the model's message text as an LlmReply: tolerates a ```json fence or prose around the object; reports
 * invalid JSON or the first bad field paths (`relations[2].type: …`).
 */
export function parseLlmReply(content: string): ParsedReply {
  let body = content.trim();
  const fence = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(body);
  if (fence) body = fence[1]!;
  else if (!body.startsWith('{') && body.includes('{')) body = body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    return { ok: false, problem: `the reply is not valid JSON (${(err as Error).message})` };
  }
  const r = llmReplySchema.safeParse(json);
  if (r.success) return { ok: true, reply: r.data };
  return { ok: false, problem: `the reply does not match the required shape: ${describeIssues(r.error)}` };
}
