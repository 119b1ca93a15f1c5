// Types shared by every side: the extraction contract (ONTOLOGY.md "Extraction output") that the
// importer produces and the writer consumes, and the wire types of the HTTP API that web/ reads.
// Types only: web/ imports this file with `import type`.

import type { AgreementStatus, EntityLabel, EventKind, FactType, NodeLabel, RelationType } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Extraction (importer → writer, and `kg extract` output)
// ---------------------------------------------------------------------------------------------

export interface DocumentMeta {
  /** The input file's base name. */
  file: string;
  title: string;
  /** ISO 8601 date of the readout (front matter, a date line or the text), if known. */
  date?: string;
  sha256: string;
  source?: string;
  /** The government or organisation that published the readout (front matter `issuer`/`source`, else inferred). */
  issuer?: string;
  url?: string;
}

/** Optional, label-specific entity properties (ONTOLOGY.md "Nodes"). */
export interface EntityProps {
  /** Office: bare title and the state or organisation it belongs to. */
  title?: string;
  state?: string;
  /** State: ISO codes. */
  iso2?: string;
  iso3?: string;
  /** Event and Agreement. */
  kind?: EventKind | string;
  date?: string;
  place?: string;
  status?: 'held' | 'planned' | AgreementStatus;
  year?: number;
}

export interface ExtractedEntity extends EntityProps {
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  /** `kg extract --explain`: the rules that produced the entity. */
  rules?: string[];
}

export interface Evidence {
  sentence: string;
  /** Character offsets of the sentence in the document text. */
  start: number;
  end: number;
}

export interface ExtractedRelation {
  type: FactType | 'MENTIONS';
  from: string;
  to: string;
  evidence: Evidence;
  /** HOLDS_OFFICE: the text says the office is a former one ("former President", "the then ..."). */
  former?: boolean;
  /** `kg extract --explain`: the rule that produced the relation. */
  rule?: string;
}

export interface Extraction {
  document: DocumentMeta;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** What the writer stores for a document: the extraction plus the full text and mention spans. */
export interface DocumentForWrite extends Extraction {
  text: string;
  /** Spans of entity mentions in `text` (for the readout reader's highlights). */
  mentions: MentionSpan[];
  /**
   * What produced the facts (`kg import` sets importer/fingerprint.ts's stamp): a stored document is left alone
   * only when its sha256 and this are both the same.
   */
  extractor?: string;
}

export interface MentionSpan {
  entityId: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Write results
// ---------------------------------------------------------------------------------------------

export interface WriteSummary {
  nodesCreated: number;
  nodesMatched: number;
  relationshipsCreated: number;
  relationshipsMatched: number;
  /** True when the document (same sha256) was already stored and nothing changed. */
  unchanged: boolean;
}

// ---------------------------------------------------------------------------------------------
// HTTP API wire types (graphology serialised shape)
// ---------------------------------------------------------------------------------------------

export type PropValue = string | number | boolean | null | string[] | number[];

export interface NodeAttributes {
  /** Display name (canonical `name`; a Document's title). */
  label: string;
  entityType: NodeLabel;
  aliases: string[];
  /** Every other stored property (kind, date, iso2, title, state, …); never `text` or `degree`. */
  props: Record<string, PropValue>;
}

export interface EvidenceRef {
  doc: string;
  docTitle?: string;
  /** The government or organisation that published the document. */
  docIssuer?: string;
  sentence: string;
  start: number;
  end: number;
}

/** GET /api/relationships/:key/evidence: one page of a fact's attestations. */
export interface EvidencePage {
  /** The fact's edge key (`TYPE:from->to`). */
  key: string;
  /** Attestations in all. */
  total: number;
  offset: number;
  evidence: EvidenceRef[];
}

export interface EdgeAttributes {
  relType: RelationType;
  docs: string[];
  /** The first attestation (GET /api/relationships/:key/evidence pages through all of them). */
  evidence: EvidenceRef[];
  /** How many attestations the fact has, when more than `evidence` holds. */
  evidenceCount?: number;
  /** How many distinct issuers state the fact (documents of unknown issuer do not count). */
  issuers?: number;
  /** HOLDS_OFFICE only. */
  firstSeen?: string;
  lastSeen?: string;
  former?: boolean;
}

export interface ApiNode {
  key: string;
  attributes: NodeAttributes;
}

export interface ApiEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface ApiGraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** True when the result was capped by the size limit. */
  truncated: boolean;
  /**
   * GET /api/graph: how many nodes of the asked labels and relationships of the asked types the store
   * holds (before the date, document, issuer and state filters), beside the capped page.
   */
  totals?: { nodes: number; edges: number };
}

/** Query string of GET /api/graph and of filtered exports. */
export interface GraphFilter {
  labels?: EntityLabel[];
  types?: FactType[];
  /** State ids or names: keeps entities connected to these states (and the states). */
  states?: string[];
  /** ISO dates: keep facts attested by documents dated in the range. */
  from?: string;
  to?: string;
  /** Document ids. */
  docs?: string[];
  /** Issuer names (any case): keep facts stated by a document of one of them. */
  issuer?: string[];
  limit?: number;
}

export interface RelationshipRow {
  key: string;
  relType: RelationType;
  direction: 'out' | 'in';
  other: { id: string; name: string; entityType: NodeLabel };
  attributes: EdgeAttributes;
}

export interface EntityDetail {
  node: ApiNode;
  /** Relationships grouped by type. */
  relationships: Partial<Record<RelationType, RelationshipRow[]>>;
  /** Documents that mention the entity (the oldest, at most 1000). */
  documents: { id: string; title: string; date?: string }[];
  /** How many relationships of each type the entity has, MENTIONS included (the page may hold fewer). */
  totals?: Partial<Record<RelationType, number>>;
  /** True when `relationships` or `documents` is a page, not everything (a hub: see limit and offset). */
  truncated?: boolean;
}

export interface DocumentSummary {
  id: string;
  title: string;
  file?: string;
  date?: string;
  source?: string;
  /** The government or organisation that published it. */
  issuer?: string;
  url?: string;
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  mentions: { entityId: string; entityType: NodeLabel; name: string; start: number; end: number }[];
}

/** An end of a compared fact. */
export interface FactEnd {
  id: string;
  name: string;
  entityType: NodeLabel;
}

/** One fact of GET /api/compare with the sentence each document states it in (absent: it does not). */
export interface ComparedFact {
  key: string;
  type: FactType;
  from: FactEnd;
  to: FactEnd;
  a?: Evidence;
  b?: Evidence;
}

/** GET /api/compare?a=&b=: the facts both documents state, only the first, only the second. */
export interface CompareResponse {
  a: DocumentSummary;
  b: DocumentSummary;
  both: ComparedFact[];
  onlyA: ComparedFact[];
  onlyB: ComparedFact[];
  /** The entities and facts of the three lists, for the canvas. */
  graph: ApiGraph;
}

export interface SearchHit {
  id: string;
  name: string;
  entityType: NodeLabel;
  aliases: string[];
  score: number;
}

export interface StatsResponse {
  labels: Partial<Record<NodeLabel, number>>;
  types: Partial<Record<RelationType, number>>;
  states: { id: string; name: string }[];
  /** The documents themselves: GET /api/documents (paged); `labels.Document` says how many. */
  dateRange: { min?: string; max?: string };
  /** A hash of the imported documents' sha256s: changes whenever a document is added, changed or removed. */
  dataVersion: string;
}

export interface CypherResponse {
  columns: string[];
  /** Rows as plain JSON: nodes become `{id, labels, properties}`, relationships `{type, start, end, properties}`. */
  rows: unknown[][];
  graph: ApiGraph;
  truncated: boolean;
}

/** GET /api/templates: ready-made console queries (their Cypher lives in graph/queries/templates.ts). */
export interface TemplatesResponse {
  templates: { id: string; title: string; query: string; params?: Record<string, string> }[];
  defaultQuery: string;
}

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface HealthResponse {
  ok: boolean;
  uri: string;
  database?: string;
  serverVersion?: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; hint?: string };
}

export type * from './types-negotiations.ts';
