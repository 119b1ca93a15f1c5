// Query options of the writer's and the import's queries (not a query: test/query-plans.int.test.ts does
// not read this module).

/**
 * Keeps the first plan of a query. Neo4j plans again a cached query whose statistics have moved enough
 * (at most every 10 s per query), and an import moves them all the time: an empty store fills, so every
 * write query was planned again and again during a run (about a third of Neo4j's CPU in a 1,000-readout
 * import). The writer's queries seek by unique id whatever the counts, so their plan never needs to change.
 */
export const KEEP_PLAN = 'CYPHER replan=skip';
