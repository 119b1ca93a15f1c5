// Every query constant of the app (reads, identity look-ups, writes, retractions) is planned by Neo4j
// with EXPLAIN (nothing runs) and its plan must start from a label or an index: no AllNodesScan and no
// scan of all relationships, so that reads stay fast on a million relationships (README "Benchmark").
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphConnection } from '../graph/connection.ts';
import * as compareQueries from '../graph/queries/compare.ts';
import * as consoleQueries from '../graph/queries/console.ts';
import * as degreeQueries from '../graph/queries/degree.ts';
import * as evidenceQueries from '../graph/queries/evidence.ts';
import * as identityQueries from '../graph/queries/identity.ts';
import * as negotiationsQueries from '../graph/queries/negotiations.ts';
import * as readQueries from '../graph/queries/read.ts';
import * as sourcesQueries from '../graph/queries/sources.ts';
import * as writeQueries from '../graph/queries/write.ts';
import { testConnection } from './helpers/db.ts';

let conn: GraphConnection;

beforeAll(async () => {
  conn = await testConnection();
});
afterAll(async () => {
  await conn?.close();
});

/** Every Cypher string exported by a queries module, with lookup tables (per label, per type) flattened. */
function constants(mod: Record<string, unknown>, prefix: string): [string, string][] {
  return Object.entries(mod).flatMap(([name, v]): [string, string][] => {
    if (typeof v === 'string') return [[`${prefix}.${name}`, v]];
    if (v && typeof v === 'object') return constants(v as Record<string, unknown>, `${prefix}.${name}`);
    return [];
  });
}

const QUERIES = [
  ...constants(readQueries, 'read'),
  ...constants(identityQueries, 'identity'),
  ...constants(consoleQueries, 'console'),
  ...constants(compareQueries, 'compare'),
  ...constants(negotiationsQueries, 'negotiations'),
  ...constants(sourcesQueries, 'sources').filter(([, q]) => /\b(MATCH|CALL)\b/.test(q)),
  ...constants(writeQueries, 'write'),
  ...constants(degreeQueries, 'degree'),
  ...constants(evidenceQueries, 'evidence'),
];

/** A value of the right kind for each parameter name the queries use. */
const LISTS = [
  'ids',
  'elementIds',
  'frontier',
  'seen',
  'labels',
  'types',
  'states',
  'lowerStates',
  'rows',
  'docs',
  'names',
  'issuers',
  'agreements',
  'facts',
];
const INTS = ['limit', 'perType', 'skip', 'maxHops', 'candidates', 'walk'];
function paramsFor(query: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [, name] of query.matchAll(/\$(\w+)/g)) {
    if (LISTS.includes(name!)) params[name!] = [];
    else if (INTS.includes(name!)) params[name!] = neo4j.int(10);
    else if (['needFact', 'withNegotiates', 'allTypes', 'allLabels'].includes(name!)) params[name!] = false;
    else if (['scope', 'dateDocs'].includes(name!)) params[name!] = null;
    else if (name === 'doc') params[name] = { id: 'document:x' };
    else if (name === 'fact') params[name] = { key: 'x', type: 'x', from: 'x', to: 'x' };
    else if (name === 'batch') params[name] = { rows: [] };
    else params[name!] = 'x';
  }
  return params;
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
const operators = (p: PlanNode): string[] => [p.operatorType.split('@')[0]!, ...p.children.flatMap(operators)];
const FORBIDDEN = /^AllNodesScan$|AllRelationshipsScan$/;

describe('query plans', () => {
  it('finds the query constants', () => {
    expect(QUERIES.length).toBeGreaterThan(40);
    expect(QUERIES.map(([n]) => n)).toContain('read.READ_NODE_BY_ID');
    expect(QUERIES.map(([n]) => n)).toContain('degree.REFRESH_DEGREES');
  });

  it('sees a whole-store scan when there is one', async () => {
    const session = conn.driver.session({ database: conn.database });
    try {
      const res = await session.run('EXPLAIN MATCH (n) WHERE n.id = $id RETURN n', { id: 'x' });
      expect(operators(res.summary.plan as unknown as PlanNode).filter((op) => FORBIDDEN.test(op))).toEqual([
        'AllNodesScan',
      ]);
    } finally {
      await session.close();
    }
  });

  it.each(QUERIES)('%s scans no whole store', async (_name, query) => {
    const session = conn.driver.session({ database: conn.database });
    try {
      const res = await session.run(`EXPLAIN ${query}`, paramsFor(query));
      const ops = operators(res.summary.plan as unknown as PlanNode);
      expect(ops.length).toBeGreaterThan(0);
      expect(ops.filter((op) => FORBIDDEN.test(op))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
