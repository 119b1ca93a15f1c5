// Turns a DocumentForWrite into the parameter rows of graph/queries/write.ts, after checking it against
// the ontology: pure, so the writer's checks and row shapes are unit-tested without a database.
import neo4j, { type Integer } from 'neo4j-driver';

import { GraphStoreError } from './errors.ts';
import {
  edgeKey,
  ENTITY_LABELS,
  entityId,
  FACT_TYPES,
  isAllowedRelation,
  isEntityLabel,
  isFactType,
  labelOfId,
  RELATION_ENDPOINTS,
  type EntityLabel,
  type FactType,
} from './schema.ts';
import type { DocumentForWrite, EntityProps, ExtractedEntity, ExtractedRelation } from './types.ts';

/** A document that breaks the ontology or references unknown entities; nothing of it is written. */
export class DocumentValidationError extends GraphStoreError {
  override name = 'DocumentValidationError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super('CONSTRAINT', `graph/write-store: document "${file}": ${message}`, {
      hint: 'Fix the extractor output: relation endpoints must be entities of the same document (graph/schema.ts).',
    });
  }
}

export interface EntityRow {
  /** The id of the document that mentions the entity. */
  doc: string;
  id: string;
  /** The entity's label, set on the node when it is created (graph/queries/write.ts MERGE_ENTITIES). */
  label: EntityLabel;
  name: string;
  aliases: string[];
  props: Record<string, string | Integer>;
  starts: Integer[];
  ends: Integer[];
}

/**
 * A fact row: merges the fact `from → to` of its type and appends the row's document to its `docs`. The document's
 * attestation of the fact (sentence offsets) is not in the row: it is one entry of the Document's attestation lists
 * (`AttestationLists`), written with the Document.
 */
export interface FactRow {
  from: string;
  to: string;
  /** The id of the document that attests the fact. */
  doc: string;
  /**
   * The fact's first attestation, set on the relationship when this row creates it (`doc`, `evidence`: the sentence,
   * `start`, `end`). The writer sends a fact once per batch (graph/write-store.ts `factRows`) with its first row's
   * `first`: only the first row of a fact can create it.
   */
  first?: { doc: string; evidence: string; start: Integer; end: Integer };
  /** HOLDS_OFFICE only. */
  former?: boolean;
  date?: string | null;
}

/**
 * A document's attestations, as parallel lists on its Document node (graph/README.md "Storage model"): entry `i`
 * says that the document states the fact `attFacts[i]` (its edge key, `TYPE:from->to`) in the sentence between
 * `attStarts[i]` and `attEnds[i]` of its text. The sentences are read from the text (`LISTED_SENTENCE` in
 * graph/queries/evidence.ts); `attSentences`, every sentence, is stored only for a document where Cypher's
 * `substring` would not give one of them back (`sentenceToStore`). Absent for a document that states no fact.
 */
export interface AttestationLists {
  attFacts: string[];
  attStarts: Integer[];
  attEnds: Integer[];
  attSentences?: string[];
}

export interface WritePlan {
  docId: string;
  /**
   * Every Document property (undefined ones left out, so `SET d = $doc` removes them), its attestations' lists
   * included.
   */
  doc: Record<string, string> & Partial<AttestationLists>;
  entities: Partial<Record<EntityLabel, EntityRow[]>>;
  facts: Partial<Record<FactType, FactRow[]>>;
  /** Rows written: the Document + entities; facts + MENTIONS. */
  nodeRows: number;
  relationshipRows: number;
}

/** The Document id: `document:<slug of the file's base name without extension>`. */
export function documentId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return entityId('Document', base.replace(/\.[^.]+$/, '') || base);
}

/** Stored properties per label (graph/README.md "Storage model"); `year` is an integer. */
const PROPS_BY_LABEL = {
  Person: [],
  Office: ['title', 'state'],
  State: ['iso2', 'iso3'],
  Organization: [],
  Event: ['kind', 'date', 'place', 'status'],
  Agreement: ['kind', 'year', 'status'],
} as const satisfies Record<EntityLabel, readonly (keyof EntityProps)[]>;

function propsOf(e: ExtractedEntity): Record<string, string | Integer> {
  const props: Record<string, string | Integer> = {};
  for (const key of PROPS_BY_LABEL[e.type]) {
    const v = e[key];
    if (v === undefined || v === null || v === '') continue;
    if (key === 'year') {
      const year = Number(v);
      if (Number.isFinite(year)) props.year = neo4j.int(Math.trunc(year));
    } else props[key] = String(v);
  }
  return props;
}

const int = (n: number): Integer => neo4j.int(Math.trunc(n));

/** Any UTF-16 surrogate: where Cypher (which counts code points) and JavaScript (code units) count differently. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * What Neo4j's `substring(text, start, length)` gives: it counts code points (an unpaired surrogate is one, as in
 * `Array.from`), clamped to the text's end. `points` is `Array.from(text)`.
 */
export function cypherSubstring(points: readonly string[], start: number, length: number): string {
  const s = Math.min(start, points.length);
  return points.slice(s, Math.min(s + length, points.length)).join('');
}

/**
 * The sentence an attestation must store itself: none (undefined) when the read's `substring(d.text, start,
 * end - start)` (graph/queries/evidence.ts LISTED_SENTENCE) gives it back, the sentence otherwise: a sentence
 * that is not the text's slice at its offsets, or one at or after a character outside the Basic Multilingual Plane
 * (Neo4j counts a string's code points, the offsets count UTF-16 code units). `points` gives the text's code points
 * (`Array.from`), asked only for such a text; `firstSurrogate` is the index of the text's first surrogate (-1: none).
 */
export function sentenceToStore(
  text: string,
  firstSurrogate: number,
  points: () => readonly string[],
  ev: { sentence: string; start: number; end: number },
): string | undefined {
  const len = ev.end - ev.start;
  const astral = firstSurrogate >= 0 && firstSurrogate < ev.end;
  const read = astral ? cypherSubstring(points(), ev.start, len) : text.slice(ev.start, ev.end);
  return read === ev.sentence && len >= 0 ? undefined : ev.sentence;
}

/**
 * Checks the document and builds the rows of its write. Throws DocumentValidationError naming the document
 * and the offending entity or relation (unknown label, id not of its label, unknown endpoint, endpoints
 * not allowed by RELATION_ENDPOINTS).
 */
export function planDocumentWrite(input: DocumentForWrite): WritePlan {
  const file = input.document.file;
  const fail = (msg: string): never => {
    throw new DocumentValidationError(file, msg);
  };
  const docId = documentId(file);

  // Entities: one row per id (a repeated id merges its aliases).
  const byId = new Map<string, { entity: ExtractedEntity; row: EntityRow }>();
  for (const e of input.entities) {
    if (!isEntityLabel(e.type))
      fail(`entity ${e.id} has unknown type "${e.type}" (expected ${ENTITY_LABELS.join(', ')})`);
    if (labelOfId(e.id) !== e.type) fail(`entity id "${e.id}" does not start with "${e.type.toLowerCase()}:"`);
    if (!e.name) fail(`entity ${e.id} has no name`);
    const prev = byId.get(e.id);
    if (prev) {
      for (const a of e.aliases ?? []) if (!prev.row.aliases.includes(a)) prev.row.aliases.push(a);
      continue;
    }
    const aliases = [...new Set((e.aliases ?? []).filter((a) => a && a !== e.name))];
    byId.set(e.id, {
      entity: e,
      row: { doc: docId, id: e.id, label: e.type, name: e.name, aliases, props: propsOf(e), starts: [], ends: [] },
    });
  }

  // Mention spans, sorted and de-duplicated per entity.
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const m of input.mentions) {
    if (!byId.has(m.entityId)) fail(`mention at ${m.start}-${m.end} names unknown entity "${m.entityId}"`);
    const list = spans.get(m.entityId) ?? [];
    if (!list.some((s) => s.start === m.start && s.end === m.end)) list.push({ start: m.start, end: m.end });
    spans.set(m.entityId, list);
  }
  const entities: Partial<Record<EntityLabel, EntityRow[]>> = {};
  for (const { entity, row } of byId.values()) {
    const list = (spans.get(row.id) ?? []).sort((a, b) => a.start - b.start);
    row.starts = list.map((s) => int(s.start));
    row.ends = list.map((s) => int(s.end));
    (entities[entity.type] ??= []).push(row);
  }

  // Facts: the first attestation of each (type, from, to) in this document.
  const facts: Partial<Record<FactType, FactRow[]>> = {};
  const seen = new Map<string, FactRow>();
  const firstSurrogate = input.text.search(SURROGATE);
  let points: string[] | undefined;
  const pointsOf = () => (points ??= Array.from(input.text));
  const lists: AttestationLists = { attFacts: [], attStarts: [], attEnds: [] };
  const sentences: string[] = [];
  let ownSentences = false;
  const ordered = [...input.relations].sort((a, b) => a.evidence.start - b.evidence.start);
  for (const r of ordered) {
    if (r.type === 'MENTIONS') continue; // every entity of the document gets its MENTIONS anyway
    const what = `relation ${r.type} ${r.from} → ${r.to}`;
    if (!isFactType(r.type)) fail(`${what}: unknown relationship type`);
    const from = byId.get(r.from)?.entity.type ?? fail(`${what}: "${r.from}" is not an entity of the document`);
    const to = byId.get(r.to)?.entity.type ?? fail(`${what}: "${r.to}" is not an entity of the document`);
    const type = r.type as FactType;
    if (!isAllowedRelation(type, from, to)) {
      const ends = RELATION_ENDPOINTS[type];
      fail(`${what}: ${from} → ${to} is not allowed (${type} goes ${ends.from.join('|')} → ${ends.to.join('|')})`);
    }
    const key = `${type}\u0000${r.from}\u0000${r.to}`;
    const kept = seen.get(key);
    if (kept) {
      // The document states the office as current if any of its attestations does.
      if (kept.former && r.former !== true) kept.former = false;
      continue;
    }
    const start = int(r.evidence.start);
    const end = int(r.evidence.end);
    lists.attFacts.push(edgeKey(type, r.from, r.to));
    lists.attStarts.push(start);
    lists.attEnds.push(end);
    sentences.push(r.evidence.sentence);
    if (sentenceToStore(input.text, firstSurrogate, pointsOf, r.evidence) !== undefined) ownSentences = true;
    const row: FactRow = {
      from: r.from,
      to: r.to,
      doc: docId,
      first: { doc: docId, evidence: r.evidence.sentence, start, end },
    };
    if (type === 'HOLDS_OFFICE') {
      row.former = r.former === true;
      row.date = input.document.date ?? null;
    }
    seen.set(key, row);
    (facts[type] ??= []).push(row);
  }
  if (ownSentences) lists.attSentences = sentences;

  const d = input.document;
  const doc: WritePlan['doc'] = { id: docId, name: d.title, title: d.title, file: d.file, sha256: d.sha256 };
  if (d.date) doc.date = d.date;
  if (d.source) doc.source = d.source;
  if (d.issuer) doc.issuer = d.issuer;
  if (d.url) doc.url = d.url;
  if (input.extractor) doc.extractor = input.extractor;
  doc.text = input.text;
  if (lists.attFacts.length > 0) Object.assign(doc, lists);

  return { docId, doc, entities, facts, nodeRows: 1 + byId.size, relationshipRows: seen.size + byId.size };
}

/** Properties of the warm-up document's entities: one of each kind a label stores, so rows have their usual types. */
const WARM_UP_PROPS: Partial<Record<EntityLabel, EntityProps>> = {
  Office: { title: 'Minister', state: 'Warm-up' },
  State: { iso2: 'ZZ', iso3: 'ZZZ' },
  Event: { kind: 'meeting', date: '2000-01-01', place: 'Warm-up', status: 'held' },
  Agreement: { kind: 'treaty', year: 2000, status: 'concluded' },
};

/**
 * A made-up document with two entities of every label and one fact of every type (all ids
 * `<label>:readout-graph-warm-up-<n>`): written in a transaction that is rolled back, it has Neo4j plan
 * every write query before the first real batch (graph/write-store.ts warmUpWriter). Never stored.
 */
export function warmUpDocument(): DocumentForWrite {
  const sentence = 'Warm-up.';
  const id = (label: EntityLabel, n: number) => entityId(label, `readout graph warm up ${n}`);
  const entities: ExtractedEntity[] = ENTITY_LABELS.flatMap((type) =>
    [1, 2].map((n) => ({
      id: id(type, n),
      type,
      name: `Warm-up ${type} ${n}`,
      aliases: [`W. ${n}`],
      ...WARM_UP_PROPS[type],
    })),
  );
  const relations: ExtractedRelation[] = FACT_TYPES.map((type) => ({
    type,
    from: id(RELATION_ENDPOINTS[type].from[0], 1),
    to: id(RELATION_ENDPOINTS[type].to[0], 2),
    evidence: { sentence, start: 0, end: sentence.length },
    ...(type === 'HOLDS_OFFICE' ? { former: false } : {}),
  }));
  return {
    document: { file: 'readout-graph-warm-up.txt', title: 'Warm-up', date: '2000-01-01', sha256: 'warm-up' },
    text: sentence,
    entities,
    relations,
    mentions: entities.map((e) => ({ entityId: e.id, start: 0, end: 7 })),
  };
}
