// The console as a security boundary, against a real Neo4j: a catalogue of escape attempts (the tricks of
// issue 8 — a `//` comment ended by \r, U+001C between words, backtick-quoted namespaces — with case,
// comment, unicode-space, subquery and multi-statement variants) is refused, by the full guard and by the
// server's classification alone, and nothing changes: counts, the schema, the connection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readSchema } from '../graph/admin.ts';
import type { GraphConnection } from '../graph/connection.ts';
import { runConsoleQuery } from '../graph/cypher-console.ts';
import { GraphStoreError } from '../graph/errors.ts';
import { writeDocument } from '../graph/write-store.ts';
import { clearDatabase, testConnection } from './helpers/db.ts';
import { counts, factDoc } from './write-helpers.ts';

let conn: GraphConnection;
let before: Awaited<ReturnType<typeof counts>>;

beforeAll(async () => {
  conn = await testConnection();
  await clearDatabase(conn);
  await writeDocument(conn, factDoc('a.txt', '2019-01-10', 'A'));
  before = await counts(conn);
});
afterAll(async () => {
  await conn?.close();
});

/** What an attacker wants, each as a plain query of words separated by single spaces. */
const ATTACKS = [
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS l RETURN l",
  'CALL dbms.listConfig() YIELD name RETURN name',
  'CALL db.clearQueryCaches()',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "CALL dbms.killConnections(['bolt-1'])",
  'SHOW USERS',
  'SHOW DATABASES',
  'SHOW TRANSACTIONS',
  'SHOW SETTINGS',
  'CALL dbms.listConnections()',
  'CALL db.createLabel("Intruder")',
  'CALL db.info()',
  "CREATE (n:Person {id: 'person:intruder'}) RETURN n",
  'MATCH (n) DETACH DELETE n',
  'DROP INDEX entity_names',
];

/** Rewrites an attack so that a naive filter misses it. */
const VARIANTS: Record<string, (q: string) => string> = {
  plain: (q) => q,
  lower: (q) => q.replace(/^[A-Z ]+(?=[^A-Z ]|$)/, (m) => m.toLowerCase()).replace(/\bCALL\b/, 'call'),
  'comment ended by \\r': (q) => `MATCH (n) WITH count(n) AS c // read only\r${q.replace(/^(\w+)/, '$1')}`,
  'U+001C between words': (q) => q.replace(/ /g, '\u001C'),
  'unicode spaces': (q) => q.replace(/ /g, '\u2003\u00A0\u000B'),
  'backticks and block comments': (q) =>
    q.replace(/\b(dbms|db)\.(\w+)/, '`$1`./*x*/`$2`').replace(/^(LOAD|SHOW|TERMINATE|DROP|CREATE) /, '$1/* */ '),
  'second statement': (q) => `RETURN 1;\n${q}`,
};

/** Subqueries and other wrappers of the attacks that can sit inside a read. */
const WRAPPED = [
  "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
  "CALL () { LOAD\u001CCSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
  'MATCH (n) CALL { CALL `dbms`.listConfig() YIELD name RETURN name } RETURN name LIMIT 1',
  'UNWIND [1] AS x CALL db.clearQueryCaches() YIELD value RETURN value',
  'CALL db.labels() YIELD label CALL dbms.components() YIELD name RETURN label, name',
  "WITH 1 AS x // \rCALL dbms.killConnections(['bolt-1']) YIELD message RETURN message",
  'RETURN COUNT { CALL db.createLabel("X") }',
  'MATCH (n) WHERE EXISTS { LOAD CSV FROM "http://127.0.0.1:9/x" AS l RETURN l } RETURN n',
  'USE system SHOW USERS',
  'USE system MATCH (n) RETURN n',
  'PROFILE MATCH (n) RETURN n',
  'CYPHER runtime=slotted SHOW TRANSACTIONS',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1',
  'FOREACH (x IN [1] | CREATE (:Intruder))',
  'MATCH (n) SET n.name = "x"',
  'MATCH (n) REMOVE n:Person',
  'MERGE (n:Intruder) RETURN n',
];

const CATALOGUE: [string, string][] = [
  ...ATTACKS.flatMap((q) => Object.entries(VARIANTS).map(([name, fn]): [string, string] => [`${name}: ${q}`, fn(q)])),
  ...WRAPPED.map((q): [string, string] => [`wrapped: ${q}`, q]),
];

async function refusal(query: string, lexical: boolean): Promise<GraphStoreError> {
  const err = await runConsoleQuery(conn, query, {}, { lexical, timeoutMs: 10_000 }).then(
    (res) => new Error(`answered ${JSON.stringify(res.rows).slice(0, 200)}`),
    (e: unknown) => e,
  );
  expect(err, query).toBeInstanceOf(GraphStoreError);
  return err as GraphStoreError;
}

describe('escape catalogue', () => {
  it('holds at least 80 attempts', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CATALOGUE)('refuses before sending: %s', async (_name, query) => {
    const err = await refusal(query, true);
    expect(err.code).toBe('FORBIDDEN');
    expect(err.cause).toBeUndefined(); // refused by the lexical pre-check, never sent
  });

  it.each(CATALOGUE)('the server classification alone refuses: %s', async (_name, query) => {
    const err = await refusal(query, false);
    // FORBIDDEN from the plan; QUERY when Neo4j cannot even plan it (two statements, EXPLAIN EXPLAIN, …).
    expect(['FORBIDDEN', 'QUERY'], `${query}: ${err.message}`).toContain(err.code);
    if (err.code === 'QUERY') expect((err.cause as { code?: string }).code).toMatch(/^Neo\.ClientError\.Statement\./);
  });

  it('changed nothing: counts, schema, this connection', async () => {
    expect(before).toMatchObject({ documents: 1 });
    expect(await counts(conn)).toEqual(before);
    const schema = await readSchema(conn);
    expect(schema.indexes.map((i) => i.name)).toContain('entity_names');
    expect((await runConsoleQuery(conn, 'MATCH (p:Person) RETURN p.name')).rows).toEqual([['Taro Kono']]);
  });
});

describe('what the console still allows', () => {
  it.each([
    'CALL db.labels() YIELD label RETURN label ORDER BY label',
    'CALL `db`.relationshipTypes()',
    'CALL db.propertyKeys()',
    'CALL db.schema.visualization()',
    "CALL db.index.fulltext.queryNodes('entity_names', 'Kono') YIELD node RETURN node.name",
    'MATCH (n) // comment\r\nRETURN count(n) AS n;',
    "RETURN 'SHOW USERS; CALL dbms.listConfig()' AS s",
    'CYPHER runtime=slotted MATCH (n) RETURN count(n) AS n',
    'CYPHER 5 MATCH (n:Person) RETURN n.name',
  ])('%s', async (query) => {
    const res = await runConsoleQuery(conn, query);
    expect(res.rows.length).toBeGreaterThan(0);
  });
});
