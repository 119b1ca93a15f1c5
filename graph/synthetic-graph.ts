// The benchmark's synthetic graph (`kg bench`): `nodes` nodes and `relationships` relationships in the
// project's storage model, with hubs (a few states, events and people hold most facts), built inside
// Neo4j by graph/queries/bench.ts. Only for a throwaway database: it never deletes, it only adds.
import neo4j from 'neo4j-driver';

import type { GraphConnection } from './connection.ts';
import { AWAIT_INDEXES } from './constraints.ts';
import { SET_MISSING_DEGREES } from './queries/degree.ts';
import {
  CREATE_SYNTHETIC_DOCUMENTS,
  CREATE_SYNTHETIC_ENTITIES,
  CREATE_SYNTHETIC_FACTS,
  CREATE_SYNTHETIC_MENTIONS,
} from './queries/bench.ts';
import { RELATION_ENDPOINTS, type EntityLabel, type FactType } from './schema.ts';

/** Share of the nodes per label (Documents included). */
const NODE_SHARE: Record<EntityLabel | 'Document', number> = {
  Person: 0.4,
  Office: 0.08,
  State: 0.002,
  Organization: 0.018,
  Event: 0.3,
  Agreement: 0.15,
  Document: 0.05,
};

/** Share of the relationships per fact type; MENTIONS take the remaining tenth. */
const FACT_SHARE: Record<FactType, number> = {
  PARTICIPATED_IN: 0.27,
  INVOLVES: 0.18,
  DISCUSSED: 0.135,
  HOLDS_OFFICE: 0.072,
  OFFICE_OF: 0.008,
  NEGOTIATES: 0.072,
  NEGOTIATES_FOR: 0.072,
  PARTY_TO: 0.054,
  REPORTS_TO: 0.018,
  PART_OF: 0.009,
  BASED_ON: 0.006,
  REACHED_AT: 0.004,
};

export interface SyntheticGraphSize {
  nodes: number;
  relationships: number;
}

/** Node counts per label for a graph of `nodes` nodes (at least one of each). */
export function syntheticCounts(nodes: number): Record<EntityLabel | 'Document', number> {
  return Object.fromEntries(
    Object.entries(NODE_SHARE).map(([label, share]) => [label, Math.max(1, Math.round(nodes * share))]),
  ) as Record<EntityLabel | 'Document', number>;
}

async function run(conn: GraphConnection, query: string, params: Record<string, unknown>): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction.
  const session = conn.driver.session({ database: conn.database });
  try {
    await session.run(query, params);
  } finally {
    await session.close();
  }
}

/**
 * Adds the synthetic graph to the (empty, schema-ready) database at `conn`; `onStep` hears each stage.
 * @example await buildSyntheticGraph(conn, { nodes: 100_000, relationships: 1_000_000 });
 */
export async function buildSyntheticGraph(
  conn: GraphConnection,
  size: SyntheticGraphSize,
  onStep: (step: string) => void = () => undefined,
): Promise<void> {
  const counts = syntheticCounts(size.nodes);
  const int = (n: number) => neo4j.int(Math.max(1, Math.round(n)));
  onStep('nodes');
  await run(conn, CREATE_SYNTHETIC_DOCUMENTS, { count: int(counts.Document) });
  for (const [label, query] of Object.entries(CREATE_SYNTHETIC_ENTITIES)) {
    await run(conn, query, { count: int(counts[label as EntityLabel]) });
  }
  for (const [type, query] of Object.entries(CREATE_SYNTHETIC_FACTS)) {
    onStep(type);
    const ends = RELATION_ENDPOINTS[type as FactType];
    await run(conn, query, {
      count: int(size.relationships * FACT_SHARE[type as FactType]),
      fromCount: counts[ends.from[0]],
      toCount: counts[ends.to[0]],
      docs: int(counts.Document),
      skew: 2.5,
    });
  }
  onStep('MENTIONS');
  const labels = Object.keys(CREATE_SYNTHETIC_MENTIONS) as EntityLabel[];
  for (const label of labels) {
    await run(conn, CREATE_SYNTHETIC_MENTIONS[label], {
      count: int((size.relationships * 0.1) / labels.length),
      toCount: counts[label],
      docs: int(counts.Document),
      skew: 2,
    });
  }
  onStep('degrees');
  await run(conn, SET_MISSING_DEGREES, {});
  onStep('indexes');
  await conn.driver.executeQuery(AWAIT_INDEXES, { timeoutSeconds: 600 }, { database: conn.database });
}
