// The `degree` of an entity: how many facts it takes part in (every relationship but MENTIONS), stored on
// the node so that the overview (GET /api/graph) reads the best connected entities in the order of the
// `entity_degree` index instead of counting every entity's relationships. The writer refreshes it for the
// entities of each batch (graph/write-store.ts); ensureSchema fills it in on stores written before it.
import { KEEP_PLAN } from './plan-options.ts';

/** The degree of the entity bound to `v`, computed (store degree counts, never a walk). */
export const degreeOf = (v: string): string => `COUNT { (${v})--() } - COUNT { (${v})<-[:MENTIONS]-() }`;

const DEGREE = degreeOf('n');

/** $batch.rows: entity ids whose facts may have changed; sets their `degree` where it differs (no write otherwise). */
export const REFRESH_DEGREES = `
${KEEP_PLAN}
UNWIND $batch.rows AS id
MATCH (n:Entity {id: id})
WITH n, ${DEGREE} AS degree
WHERE n.degree IS NULL OR n.degree <> degree
SET n.degree = degree`;

/**
 * $batch.rows: stored documents' ids; the ids of the entities they mention (read before they are retracted: their
 * degrees change).
 */
export const READ_MENTIONED_ENTITY_IDS = `
UNWIND $batch.rows AS docId
MATCH (:Document {id: docId})-[:MENTIONS]->(e:Entity)
RETURN collect(DISTINCT e.id) AS ids`;

/** Sets the `degree` of every entity that has none (a store written before it); a no-op when all have one. */
export const SET_MISSING_DEGREES = `
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Entity) WHERE n.degree IS NOT NULL RETURN count(n) AS done }
WITH entities, done WHERE entities > done
MATCH (n:Entity) WHERE n.degree IS NULL
CALL (n) { SET n.degree = ${DEGREE} } IN TRANSACTIONS OF 10000 ROWS`;
