// The console guard's lexical pre-check (write and admin clauses, procedures outside the allow-list, with
// Cypher's whitespace and comment rules) and its reading of the server's plan (classifyPlan).
import { describe, expect, it } from 'vitest';

import { assertReadOnly, blankLiterals, classifyPlan, findForbiddenConstruct, type PlanNode } from './cypher-guard.ts';
import { GraphStoreError } from './errors.ts';

describe('findForbiddenConstruct', () => {
  it.each([
    ['CREATE (n:Person {name: "x"})', 'CREATE'],
    ['match (n) merge (m:Person {id: "a"})', 'MERGE'],
    ['MATCH (n) DETACH DELETE n', 'DETACH DELETE'],
    ['MATCH (n) DELETE n', 'DELETE'],
    ['MATCH (n) SET n.name = "x"', 'SET'],
    ['MATCH (n) SET n:Extra', 'SET'],
    ['MATCH (n) REMOVE n.name', 'REMOVE'],
    ['DROP CONSTRAINT person_id_unique', 'DROP'],
    ['LOAD CSV FROM "file:///x.csv" AS row RETURN row', 'LOAD CSV'],
    ['MATCH (n) FOREACH (x IN [1] | SET n.a = x)', 'FOREACH'],
    ['MATCH (n) CALL { WITH n RETURN n AS m } IN TRANSACTIONS RETURN m', 'CALL { … } IN TRANSACTIONS'],
    ['MATCH (n) CALL (n) { RETURN n AS m } IN 10 CONCURRENT TRANSACTIONS RETURN m', 'CALL { … } IN TRANSACTIONS'],
    ['CALL dbms.security.createUser("x", "y", false)', 'procedure dbms.security.createUser'],
    ['CALL apoc.create.node(["X"], {})', 'procedure apoc.create.node'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'procedure apoc.periodic.iterate'],
    ['CALL db.index.fulltext.drop("entity_names")', 'procedure db.index.fulltext.drop'],
    ['ALTER DATABASE neo4j SET ACCESS READ ONLY', 'administration commands'],
    // The three tricks of issue 8: a comment ended by \r, U+001C as a space, a backtick-quoted namespace.
    ["MATCH (n) // x\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'LOAD CSV'],
    ["LOAD\u001CCSV FROM 'http://example.com/x' AS l RETURN l", 'LOAD CSV'],
    ['CALL `dbms`.listConfig()', 'procedure dbms.listConfig'],
    ['CALL `db` . `clearQueryCaches`()', 'procedure db.clearQueryCaches'],
    ['call\u001Fdbms.killConnections(["bolt-1"])', 'procedure dbms.killConnections'],
    ['CALL dbms.components() YIELD name RETURN name', 'procedure dbms.components'],
    ['SHOW USERS', 'SHOW commands'],
    ['show\u2003transactions', 'SHOW commands'],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'administration commands'],
    ['USE system MATCH (n) RETURN n', 'USE (another database)'],
    ['RETURN 1; RETURN 2', 'more than one statement'],
    ['PROFILE MATCH (n) RETURN n', 'EXPLAIN/PROFILE'],
  ])('refuses %s', (query, construct) => {
    expect(findForbiddenConstruct(query)).toBe(construct);
  });

  it.each([
    'MATCH (p:Person)-[:NEGOTIATES_FOR]->(q) RETURN p.name, q.name',
    "MATCH (n) WHERE n.name = 'Set up a CREATE MERGE DELETE' RETURN n",
    'MATCH (n) WHERE n.`create` = 1 RETURN n.set AS set_, $delete AS d',
    'MATCH (n) RETURN {create: 1, merge: n.name} AS m // DELETE everything later',
    'MATCH (n) /* SET n.x = 1 */ RETURN count(n)',
    'CALL db.labels() YIELD label RETURN label',
    'CALL `db`.labels() YIELD label RETURN label',
    'MATCH (n) // comment\r\nRETURN n; ',
    'CALL db.index.fulltext.queryNodes("entity_names", "Abe") YIELD node RETURN node',
    'MATCH p = shortestPath((a:Person)-[*..4]-(b:State)) RETURN p',
    'MATCH (n:Document) WHERE n.title CONTAINS "removed" RETURN n.title',
  ])('allows %s', (query) => {
    expect(findForbiddenConstruct(query)).toBeUndefined();
  });

  it('blanks strings, comments and quoted names, keeping offsets', () => {
    const q = "RETURN 'a\\'b' AS x // c\n, `d e` AS y";
    const blank = blankLiterals(q);
    expect(blank).toHaveLength(q.length);
    expect(blank.replace(/\s+/g, ' ')).toBe('RETURN AS x , AS y');
    expect(blankLiterals('CALL `dbms`.x // y\rz')).toBe('CALL  dbms .x     \rz');
  });
});

describe('assertReadOnly', () => {
  it('throws a FORBIDDEN GraphStoreError naming the clause', () => {
    try {
      assertReadOnly('MATCH (n) SET n.x = 1');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GraphStoreError);
      expect((err as GraphStoreError).code).toBe('FORBIDDEN');
      expect((err as Error).message).toMatch(/SET is not allowed: the console is read-only/);
    }
  });

  it('refuses every procedure outside the allow-list, whatever its case', () => {
    expect(() => assertReadOnly('CALL DB.LABELS()')).not.toThrow();
    expect(() => assertReadOnly('CALL db.createLabel("X")')).toThrow(/procedure db.createLabel is not allowed/);
  });

  it('lets a read through', () => {
    expect(() => assertReadOnly('MATCH (n) RETURN n LIMIT 5')).not.toThrow();
  });
});

describe('classifyPlan', () => {
  const op = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({
    operatorType,
    arguments: { Details: details },
    children,
  });
  const read = (child: PlanNode) => op('ProduceResults@neo4j', 'x', [child]);

  it('lets a plain read and the allowed procedures through', () => {
    expect(classifyPlan('r', read(op('AllNodesScan@neo4j', 'n')), 'neo4j')).toBeUndefined();
    expect(classifyPlan('r', read(op('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)')))).toBeUndefined();
  });

  it.each([
    ['rw', read(op('Create@neo4j', '(n)')), 'a write'],
    ['s', read(op('ProcedureCall@neo4j', 'dbms.listConfig() :: (name :: STRING)')), 'a query of type "s"'],
    ['r', read(op('LoadCSV@neo4j', 'l')), 'the LoadCSV operation'],
    ['r', read(op('ShowTransactions@neo4j', 'allTransactions')), 'the ShowTransactions operation'],
    ['r', read(op('TerminateTransactions@neo4j', 'x')), 'the TerminateTransactions operation'],
    ['r', op('AdministrationCommand@system'), 'the AdministrationCommand operation'],
    ['r', read(op('Apply@neo4j', '', [op('Argument@neo4j'), op('LoadCSV@neo4j', 'l')])), 'the LoadCSV operation'],
    ['r', read(op('ProcedureCall@neo4j', 'db.createLabel($a) :: ()')), 'procedure db.createLabel'],
    ['r', read(op('AllNodesScan@other', 'n')), 'a query on database other'],
  ] as const)('refuses a plan of type %s: %s', (type, plan, reason) => {
    expect(classifyPlan(type, plan, 'neo4j')).toBe(reason);
  });

  it('refuses a query without a plan', () => {
    expect(classifyPlan('r', false)).toBe('a query without a plan');
  });
});
