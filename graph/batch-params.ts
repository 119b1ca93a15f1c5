// The parameters of a batched query (`UNWIND $batch.rows AS …`): its rows inside a map.
//
// Neo4j 5 keys a cached plan on the size of each list parameter, by bucket (1, 2–10, 11–100, 101–1,000,
// …), so a query whose list changes length from batch to batch is planned again for every bucket it
// meets: 0.1–0.3 s per query on 2 cores, for some 25 write queries, which is most of what the first
// batches of an import cost. A map carries no size, so one plan serves every batch, and warmUpWriter
// (graph/write-store.ts) plans it once, ahead of the first write.

/** `{ batch: { rows } }`, for queries that read `$batch.rows`. */
export function batchParams<T>(rows: readonly T[]): { batch: { rows: readonly T[] } } {
  return { batch: { rows } };
}
