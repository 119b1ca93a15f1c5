// The ontology as code (shared/ONTOLOGY.md): labels, relationship types, allowed endpoints and ids.
// Every other module (importer, writer, API validation, web legend) takes its lists from here.

// ---------------------------------------------------------------------------------------------
// Labels and relationship types
// ---------------------------------------------------------------------------------------------

export const ENTITY_LABELS = ['Person', 'Office', 'State', 'Organization', 'Event', 'Agreement'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const NODE_LABELS = [...ENTITY_LABELS, 'Document'] as const;

/**
 * A storage label on every entity node besides its ontology label, with its own unique `id` constraint,
 * so that reads by id need no label: `MATCH (n:Entity {id: $id})` is one index seek. Not an ontology label.
 */
export const ENTITY_INDEX_LABEL = 'Entity';
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Fact relationships: each carries provenance (docs, evidence, start, end). */
export const FACT_TYPES = [
  'HOLDS_OFFICE',
  'OFFICE_OF',
  'PARTICIPATED_IN',
  'PART_OF',
  'NEGOTIATES',
  'NEGOTIATES_FOR',
  'REPORTS_TO',
  'PARTY_TO',
  'BASED_ON',
  'REACHED_AT',
  'DISCUSSED',
  'INVOLVES',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const RELATION_TYPES = [...FACT_TYPES, 'MENTIONS'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const EVENT_KINDS = ['summit', 'meeting', 'call', 'visit', 'conference', 'incident', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['proposed', 'under negotiation', 'concluded'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

// ---------------------------------------------------------------------------------------------
// Allowed endpoints of every fact relationship (ONTOLOGY.md "Relationships")
// ---------------------------------------------------------------------------------------------

export const RELATION_ENDPOINTS = {
  HOLDS_OFFICE: { from: ['Person'], to: ['Office'] },
  OFFICE_OF: { from: ['Office'], to: ['State', 'Organization'] },
  PARTICIPATED_IN: { from: ['Person'], to: ['Event'] },
  PART_OF: { from: ['Event'], to: ['Event'] },
  NEGOTIATES: { from: ['Person'], to: ['Agreement'] },
  NEGOTIATES_FOR: { from: ['Person'], to: ['Person', 'State', 'Organization'] },
  REPORTS_TO: { from: ['Person'], to: ['Person'] },
  PARTY_TO: { from: ['State', 'Organization'], to: ['Agreement'] },
  BASED_ON: { from: ['Agreement'], to: ['Agreement'] },
  REACHED_AT: { from: ['Agreement'], to: ['Event'] },
  DISCUSSED: { from: ['Event'], to: ['Agreement', 'Event', 'State', 'Organization'] },
  INVOLVES: { from: ['Event'], to: ['State', 'Organization'] },
} as const satisfies Record<FactType, { from: readonly EntityLabel[]; to: readonly EntityLabel[] }>;

/** True when `type` may link a `from` node to a `to` node. */
export function isAllowedRelation(type: FactType, from: EntityLabel, to: EntityLabel): boolean {
  const ends = RELATION_ENDPOINTS[type];
  return (ends.from as readonly EntityLabel[]).includes(from) && (ends.to as readonly EntityLabel[]).includes(to);
}

export const isEntityLabel = (s: string): s is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(s);
export const isNodeLabel = (s: string): s is NodeLabel => (NODE_LABELS as readonly string[]).includes(s);
export const isFactType = (s: string): s is FactType => (FACT_TYPES as readonly string[]).includes(s);
export const isRelationType = (s: string): s is RelationType => (RELATION_TYPES as readonly string[]).includes(s);

// ---------------------------------------------------------------------------------------------
// Stable ids
// ---------------------------------------------------------------------------------------------

/** Lower-case ASCII slug: accents folded, apostrophes dropped, every other run of non-alphanumerics a dash. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of a node: `<lowercased label>:<slug of canonical name>`.
 * @example entityId('Person', 'Shinzo Abe') // 'person:shinzo-abe'
 */
export function entityId(label: NodeLabel, canonicalName: string): string {
  const slug = slugify(canonicalName);
  if (!slug) throw new Error(`graph/schema: cannot derive an id for ${label} "${canonicalName}" (empty slug)`);
  return `${label.toLowerCase()}:${slug}`;
}

/** The label encoded in an id (`person:shinzo-abe` → `Person`), or undefined. */
export function labelOfId(id: string): NodeLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return NODE_LABELS.find((l) => l.toLowerCase() === prefix);
}

/** Key of an edge on the wire: `<TYPE>:<from>-><to>`; stable, never a Neo4j elementId. */
export const edgeKey = (type: RelationType, from: string, to: string): string => `${type}:${from}->${to}`;

/**
 * An edge key's parts (`edgeKey` inverted: the type before the first `:`, the ends either side of the first `->`
 * after it; ids are slugs, which hold no `>`), and the key itself; empty parts for a key of another form, which then
 * names no relationship.
 */
export function splitEdgeKey(key: string): { key: string; type: string; from: string; to: string } {
  const colon = key.indexOf(':');
  const arrow = colon < 0 ? -1 : key.indexOf('->', colon + 1);
  if (arrow < 0) return { key, type: '', from: '', to: '' };
  return { key, type: key.slice(0, colon), from: key.slice(colon + 1, arrow), to: key.slice(arrow + 2) };
}
