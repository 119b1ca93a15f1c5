// Cypher of the benchmark's synthetic graph (graph/synthetic-graph.ts, `kg bench`): entities, documents,
// facts and mentions generated inside Neo4j in the project's storage model (labels, `:Entity`, ids,
// provenance lists), in batches of auto-commit transactions. Never run on a user's database.
import { ENTITY_LABELS, FACT_TYPES, RELATION_ENDPOINTS, type EntityLabel, type FactType } from '../schema.ts';

/** $count entity nodes of one label, ids `<label>:syn-<i>` and names `<Label> <i>`. */
export const CREATE_SYNTHETIC_ENTITIES = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `UNWIND range(0, $count - 1) AS i
CALL (i) {
  CREATE (n:${label}:Entity {id: '${label.toLowerCase()}:syn-' + i, name: '${label} ' + i, aliases: ['${label[0]}. ' + i]})
} IN TRANSACTIONS OF 20000 ROWS`,
  ]),
) as Record<EntityLabel, string>;

/** $count Documents `document:syn-<i>`, dated over 2000–2025. */
export const CREATE_SYNTHETIC_DOCUMENTS = `UNWIND range(0, $count - 1) AS i
CALL (i) {
  CREATE (:Document {id: 'document:syn-' + i, name: 'Readout ' + i, title: 'Readout ' + i, file: 'syn-' + i + '.txt',
    sha256: toString(i), date: toString(date({year: 2000 + i % 26, month: 1 + i % 12, day: 1 + i % 28})),
    text: 'Synthetic readout ' + i + '.'})
} IN TRANSACTIONS OF 10000 ROWS`;

/**
 * $count facts of one type between random endpoints (the first allowed label of each end; $fromCount,
 * $toCount nodes; index = count × rand()^$skew, so low indexes are hubs), each attested by one of $docs
 * (int) documents.
 */
export const CREATE_SYNTHETIC_FACTS = Object.fromEntries(
  FACT_TYPES.map((type) => {
    const from = RELATION_ENDPOINTS[type].from[0];
    const to = RELATION_ENDPOINTS[type].to[0];
    return [
      type,
      `UNWIND range(0, $count - 1) AS i
CALL (i) {
  WITH i, toInteger($fromCount * rand() ^ $skew) AS f, toInteger($toCount * rand() ^ $skew) AS t,
    'document:syn-' + toString(i % $docs) AS doc
  MATCH (a:${from} {id: '${from.toLowerCase()}:syn-' + f})
  MATCH (b:${to} {id: '${to.toLowerCase()}:syn-' + t})
  CREATE (a)-[r:${type} {doc: doc, evidence: 'Synthetic evidence ' + i + '.', start: 0, end: 20,
    docs: [doc], attestations: 1}]->(b)
} IN TRANSACTIONS OF 10000 ROWS`,
    ];
  }),
) as Record<FactType, string>;

/** $count MENTIONS from the $docs (int) documents to random entities of one label ($toCount, rand()^$skew). */
export const CREATE_SYNTHETIC_MENTIONS = Object.fromEntries(
  ENTITY_LABELS.map((label) => [
    label,
    `UNWIND range(0, $count - 1) AS i
CALL (i) {
  WITH i, toInteger($toCount * rand() ^ $skew) AS t
  MATCH (d:Document {id: 'document:syn-' + toString(i % $docs)})
  MATCH (e:${label} {id: '${label.toLowerCase()}:syn-' + t})
  CREATE (d)-[:MENTIONS {starts: [0], ends: [5]}]->(e)
} IN TRANSACTIONS OF 10000 ROWS`,
  ]),
) as Record<EntityLabel, string>;
