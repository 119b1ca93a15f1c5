// The database schema: one uniqueness constraint on `id` per node label and on the `:Entity` storage
// label (graph/schema.ts ENTITY_INDEX_LABEL), the indexes of :Attestation (fact, doc), the `entity_names`
// full-text index over entity names and aliases, `person_names` for the importer's identity look-ups, and
// the range indexes of READ_INDEXES. Idempotent; run after every connect.
import type { GraphConnection } from './connection.ts';
import { toGraphStoreError } from './errors.ts';
import { SET_MISSING_DEGREES } from './queries/degree.ts';
import { FACT_TYPES, type NodeLabel } from './schema.ts';

/** `<label>_id_unique` per label (graph/README.md). Labels can't be parameters, hence one literal each. */
export const ID_CONSTRAINTS = {
  Person: 'CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
  Office: 'CREATE CONSTRAINT office_id_unique IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE',
  State: 'CREATE CONSTRAINT state_id_unique IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE',
  Organization: 'CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE',
  Event: 'CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE',
  Agreement: 'CREATE CONSTRAINT agreement_id_unique IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE',
  Document: 'CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
} as const satisfies Record<NodeLabel, string>;

/** Every entity node carries `:Entity`; reads by id go through this constraint's index. */
export const ENTITY_ID_CONSTRAINT =
  'CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE';

/** Stores written before `:Entity` existed get it on their entity nodes (a no-op afterwards). */
export const ADD_ENTITY_LABEL =
  'MATCH (n:Person|Office|State|Organization|Event|Agreement) WHERE NOT n:Entity ' +
  'CALL (n) { SET n:Entity } IN TRANSACTIONS OF 10000 ROWS';

/**
 * Stores written before :Attestation kept every document's sentence in parallel lists on the relationship
 * (`evidences`, `starts`, `ends`): each entry becomes an :Attestation and the lists go (a no-op afterwards).
 */
export const MOVE_EVIDENCE_LISTS =
  `MATCH (a)-[r:${FACT_TYPES.join('|')}]->(b) WHERE r.evidences IS NOT NULL ` +
  'CALL (a, r, b) { WITH a, r, b, r.evidences AS ev, r.starts AS st, r.ends AS en ' +
  'SET r.attestations = size(r.docs) REMOVE r.evidences, r.starts, r.ends ' +
  'WITH a, r, b, ev, st, en UNWIND range(0, size(r.docs) - 1) AS i ' +
  "CREATE (:Attestation {fact: type(r) + ':' + a.id + '->' + b.id, doc: r.docs[i], " +
  'sentence: ev[i], start: st[i], end: en[i]}) } IN TRANSACTIONS OF 1000 ROWS';

/**
 * Stores written before the attestations' sentences were read from their documents' text kept each sentence on its
 * :Attestation: the sentence goes wherever the read (`ATTESTATION_SENTENCE`, graph/queries/evidence.ts) gives it
 * back from the text, i.e. the very expression the reads use, so no answer changes (a no-op afterwards but for the
 * few the writer keeps: text outside the Basic Multilingual Plane before them).
 */
export const DROP_DERIVABLE_SENTENCES =
  'MATCH (a:Attestation) WHERE a.sentence IS NOT NULL ' +
  'CALL (a) { MATCH (d:Document {id: a.doc}) ' +
  `WITH a, d WHERE a.sentence = substring(d.text, a.start, a.end - a.start) REMOVE a.sentence } ` +
  'IN TRANSACTIONS OF 10000 ROWS';

/** Attestations (one document's sentence of a fact) are read by fact and retracted by document. */
export const ATTESTATION_INDEXES = [
  'CREATE INDEX attestation_fact IF NOT EXISTS FOR (n:Attestation) ON (n.fact)',
  'CREATE INDEX attestation_doc IF NOT EXISTS FOR (n:Attestation) ON (n.doc)',
] as const;

/** Name of the full-text index; `db.index.fulltext.queryNodes('entity_names', $query)` searches it. */
export const ENTITY_NAMES_INDEX = 'entity_names';

export const CREATE_ENTITY_NAMES_INDEX =
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS ' +
  'FOR (n:Person|Office|State|Organization|Event|Agreement) ON EACH [n.name, n.aliases]';

/** People by name tokens for cross-document identity (graph/identity-store.ts), accents folded. */
export const PERSON_NAMES_INDEX = 'person_names';

export const CREATE_PERSON_NAMES_INDEX =
  'CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.aliases] ' +
  "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}";

/**
 * Range indexes of the reads at scale (README "Benchmark"): entities by `degree` (the overview's
 * best connected first, graph/queries/degree.ts), documents by `date` (date filters, the date range)
 * and by `sha256` (the data version, read from the index).
 */
export const READ_INDEXES = [
  'CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree)',
  'CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date)',
  'CREATE INDEX document_sha256 IF NOT EXISTS FOR (d:Document) ON (d.sha256)',
] as const;

/** Errors that mean another process created the same constraint or index a moment before us. */
const EQUIVALENT_EXISTS =
  /^Neo\.ClientError\.Schema\.(?:EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists)$/;

/** Blocks until every index (including the constraints' backing indexes) is ONLINE, or the timeout passes. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($timeoutSeconds)';

/**
 * Creates the constraints and the full-text index if missing and waits until they are online.
 * Safe to call on every start: existing schema is left as it is.
 */
export async function ensureSchema(conn: GraphConnection, timeoutSeconds = 120): Promise<void> {
  const opts = { database: conn.database };
  try {
    // Schema commands can't share a transaction with each other, so one auto-commit query each.
    for (const query of [
      ...Object.values(ID_CONSTRAINTS),
      ENTITY_ID_CONSTRAINT,
      ...ATTESTATION_INDEXES,
      CREATE_ENTITY_NAMES_INDEX,
      CREATE_PERSON_NAMES_INDEX,
      ...READ_INDEXES,
    ]) {
      await conn.driver.executeQuery(query, {}, opts).catch((err: unknown) => {
        // Two first imports racing: the other one created it between our IF NOT EXISTS check and our CREATE.
        if (!EQUIVALENT_EXISTS.test((err as { code?: string }).code ?? '')) throw err;
      });
    }
    // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run).
    const session = conn.driver.session(opts);
    try {
      await session.run(ADD_ENTITY_LABEL);
      await session.run(MOVE_EVIDENCE_LISTS);
      await session.run(DROP_DERIVABLE_SENTENCES);
      await session.run(SET_MISSING_DEGREES);
    } finally {
      await session.close();
    }
    await conn.driver.executeQuery(AWAIT_INDEXES, { timeoutSeconds }, opts);
  } catch (err) {
    throw toGraphStoreError(err, 'graph/constraints: ensureSchema');
  }
}
